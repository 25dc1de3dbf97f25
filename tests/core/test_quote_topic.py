"""Pronouns go to the person the passage is about: the first person subject of the sentence, not the last named."""

from __future__ import annotations

from tests.core.test_quotes import run

PEOPLE = [
    ("Paul Martin", "PER", "Paul Martin"),
    ("Jean Durand", "PER", "Jean Durand"),
    ("Luc Bernard", "PER", "Luc Bernard"),
]


def test_pronoun_is_the_subject_of_the_sentence_before() -> None:
    body = (
        "Paul Martin a dit espérer que son homologue Jean Durand agisse avec prudence. "
        "« S'il le fait mal, il paiera un prix très lourd », a-t-il mis en garde."
    )
    assert run(body, PEOPLE)[-1].speaker == "Paul Martin"


def test_pronoun_incise_skips_a_speaker_of_a_contrasting_clause() -> None:
    body = (
        "« Nous défendrons cette liberté sans faiblir », justifie Paul Martin, alors que le ministre Jean Durand a "
        "jugé que « ce n'est pas souhaitable ». « C'est donc mon affaire de législateur », souligne-t-il."
    )
    assert run(body, PEOPLE)[-1].speaker == "Paul Martin"


def test_titled_name_opening_the_sentence_is_its_subject() -> None:
    body = (
        "Luc Bernard a quitté le parti. Le patron de LREM Paul Martin ne manque pas de critiquer ce départ. "
        "« Nos valeurs comptent plus que quelques sièges de conseillers », conclut-il."
    )
    assert run(body, [*PEOPLE, ("LREM", "ORG", "LREM")])[-1].speaker == "Paul Martin"


def test_the_person_the_quote_is_about_is_not_its_speaker() -> None:
    body = (
        "« C'est une faute », s'est insurgé Jean Durand. Paul Martin « a perdu la main sur son gouvernement », "
        "a-t-il accusé."
    )
    assert run(body, PEOPLE)[-1].speaker == "Jean Durand"


def test_short_capitalised_description_is_the_organisation_with_that_head() -> None:
    body = (
        "La Cour des comptes a publié mardi son rapport sur la société Transrail. « Ces évolutions nécessitent "
        "des transformations profondes », estime la Cour."
    )
    specs = [("Cour des comptes", "ORG", "Cour des comptes"), ("Transrail", "ORG", "Transrail")]
    assert run(body, specs)[-1].speaker == "Cour des comptes"


def test_a_place_after_a_preposition_does_not_speak() -> None:
    body = "« Le chantage n'est jamais une voie acceptable », a déclaré mardi en France le ministre Paul Martin."
    quote = run(body, [*PEOPLE, ("France", "LOC", "France")])[-1]
    assert quote.speaker != "France"


def test_person_opening_a_sentence_after_the_last_quote_takes_the_pronoun() -> None:
    body = (
        "Le sénateur Jean Durand juge que ce texte « ne passera pas ». Paul Martin compte bien réagir à cette "
        "manœuvre. Une pétition circule déjà. « Nous allons déposer un amendement dès demain », déclare-t-il."
    )
    assert run(body, PEOPLE)[-1].speaker == "Paul Martin"


def test_person_named_in_a_complement_after_the_last_quote_leaves_the_pronoun_to_the_speaker() -> None:
    body = (
        "Le sénateur Jean Durand juge que ce texte « ne passera pas ». Il a écrit à Paul Martin la veille. "
        "« Nous allons déposer un amendement dès demain », déclare-t-il."
    )
    assert run(body, PEOPLE)[-1].speaker == "Jean Durand"
