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


WOMEN = [
    ("Claire Durand", "PER", "Claire Durand"),
    ("Marie Lenoir", "PER", "Marie Lenoir"),
    ("Louvre", "ORG", "Louvre"),
]


def test_person_named_in_a_complement_sentences_after_the_subject_takes_the_pronoun() -> None:
    body = (
        "La juge Claire Durand a repris les auditions lundi. L'audience a duré trois heures. Le dossier est épais. "
        "Cette affaire avait été relancée par les aveux de Marie Lenoir, son ancienne compagne. Elle a reconnu "
        "les faits. En mars, elle a même évoqué « des repérages faits de nuit dans le quartier »."
    )
    assert run(body, WOMEN)[-1].speaker == "Marie Lenoir"


def test_person_named_in_a_complement_of_the_subject_sentence_leaves_it_the_pronoun() -> None:
    body = (
        "La ministre Claire Durand a reçu Marie Lenoir lundi. La rencontre a duré une heure. "
        "« Nous avons beaucoup avancé sur ce dossier », a-t-elle déclaré."
    )
    assert run(body, WOMEN)[-1].speaker == "Claire Durand"


def test_an_institution_noun_speaks_as_its_description() -> None:
    body = (
        "Le quotidien Le Louvre rapporte les échanges. Pour rompre avec cette image, le musée annonce qu'il va "
        "modifier son texte « en ayant recours à une autre terminologie » dès cet été."
    )
    quote = run(body, WOMEN)[-1]
    assert (quote.speaker, quote.speaker_label) == ("le musée", None)


def test_a_titled_person_of_an_institution_is_still_the_person() -> None:
    body = "Selon le directeur du musée, Paul Martin, « ce texte sera modifié dès cet été »."
    assert run(body, [("Paul Martin", "PER", "Paul Martin")])[-1].speaker == "Paul Martin"


def test_person_a_sentence_turns_to_takes_the_pronoun() -> None:
    body = (
        "« Il faut attendre », a estimé Jean Durand. Même constat du côté du président régional Paul Martin, "
        "à qui il reviendra de trancher. « Nous verrons cela après les élections », a-t-il déclaré."
    )
    assert run(body, PEOPLE)[-1].speaker == "Paul Martin"


def test_person_in_a_plain_complement_of_a_verb_does_not_take_the_pronoun() -> None:
    body = (
        "« Il faut attendre », a estimé Jean Durand. Le texte a été envoyé au président de la région Paul Martin. "
        "« Nous verrons cela après les élections », a-t-il ajouté."
    )
    assert run(body, PEOPLE)[-1].speaker == "Jean Durand"


ORGS = [("Claire Durand", "PER", "Claire Durand"), ("CFDT", "ORG", "CFDT"), ("Unesco", "ORG", "Unesco")]


def test_a_named_body_subject_of_the_last_reporting_verb_is_the_pronoun() -> None:
    body = (
        "Claire Durand est arrivée lundi. La CFDT a dénoncé « une provocation inutile » dans un texte où elle "
        "réclame « des excuses publiques et rapides »."
    )
    assert run(body, ORGS)[-1].speaker == "CFDT"


def test_a_body_of_the_other_gender_leaves_the_pronoun_to_the_person() -> None:
    body = (
        "Claire Durand est arrivée lundi. Le syndicat CFDT a dénoncé « une provocation inutile ». "
        "Elle réclame « des excuses publiques et rapides »."
    )
    assert run(body, ORGS)[-1].speaker == "Claire Durand"


def test_ce_dernier_is_the_last_person_named_even_in_a_complement() -> None:
    body = (
        "« Nous sommes fiers de cette équipe », a déclaré Jean Durand. D'autres ont salué la victoire, à "
        "l'instar du président italien Paul Martin. Pour ce dernier, « c'est toute la ville qui a gagné »."
    )
    assert run(body, PEOPLE)[-1].speaker == "Paul Martin"


def test_ce_dernier_far_from_the_last_name_is_left_to_the_passage() -> None:
    body = (
        "Paul Martin a salué la victoire de Jean Durand. La fête a duré toute la nuit. Les rues étaient pleines. "
        "Ce dernier a déclaré : « C'est toute la ville qui a gagné »."
    )
    assert run(body, PEOPLE)[-1].speaker == "Paul Martin"


def test_pronoun_chain_reaches_who_spoke_in_an_inverted_incise() -> None:
    # "il" opening the sentences before goes back to the speaker of the quote there, not a name in a complement
    body = (
        "Paul Martin passe aux aveux. La jeune femme « ne savait rien » de ses projets, a affirmé le trentenaire. "
        "Selon ses propos, c'est en novembre qu'il a remarqué le fichier. "
        "Mais il ne lui a pas confié son intention de diffuser la vidéo de Jean Durand. "
        "« Je lui ai montré ce que je faisais après publication », a-t-il expliqué."
    )
    assert run(body, PEOPLE)[-1].speaker == "le trentenaire"


def test_pronoun_chain_does_not_take_a_woman_who_spoke_before() -> None:
    body = (
        "Jean Durand a volé la vidéo. « Je ne savais rien », a affirmé la jeune femme. "
        "Mais il ne lui a pas confié son intention de diffuser la vidéo de Paul Martin. "
        "« Je lui ai montré ce que je faisais après publication », a-t-il expliqué."
    )
    assert run(body, PEOPLE)[-1].speaker != "la jeune femme"


GE = [
    ("Manon Aubry", "PER", "Manon Aubry"),
    ("Agnès Pannier-Runacher", "PER", "Agnès Pannier-Runacher"),
    ("Sibeth Ndiaye", "PER", "Sibeth Ndiaye"),
    ("Franceinfo", "ORG", "Franceinfo"),
    ("France Inter", "ORG", "France Inter"),
]


def test_pronoun_chain_does_not_pass_on_a_speaker_found_from_a_pronoun() -> None:
    # "Selon elle" was itself resolved by guess; the next "elle" is who was just named speaking (Ndiaye)
    body = (
        "Cette annonce « tombe opportunément », a également tweeté l'eurodéputée Manon Aubry. "
        "Invitée de Franceinfo mercredi matin, la secrétaire d'État Agnès Pannier-Runacher a nié les faits. "
        'Selon elle, cela faisait "plusieurs semaines" que le gouvernement était "dans l\'attente d\'une nouvelle" '
        'mais qu\'il n\'était "pas plus au courant que les personnes concernées.""Je vous confirme que le '
        "gouvernement n'était pas au courant\" des projets, a insisté Sibeth Ndiaye, la porte-parole du "
        "gouvernement. Plus tôt dans la journée, elle avait assuré sur France Inter que ce choix n'était pas "
        '"une erreur".'
    )
    assert run(body, GE)[-1].speaker != "Manon Aubry"
