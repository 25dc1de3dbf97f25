"""A quote interrupted by its own attribution incise is one row: the pieces joined, the incise left out."""

from __future__ import annotations

import pytest

from pipeline.core.quotation.text_rule import quote_text_matches
from tests.core.test_quotes import STOLTENBERG, only, run

MARTIN = [("Paul Martin", "PER", "Paul Martin"), ("Martin", "PER", "Paul Martin")]
PORTEJOIE = [("Renaud Portejoie", "PER", "Renaud Portejoie"), ("Claire Dupont", "PER", "Claire Dupont")]


def test_closed_and_reopened_around_the_incise_is_one_quote() -> None:
    body = "Paul Martin est arrivé. « Nous sommes prêts », a déclaré Paul Martin, « mais pas à n'importe quel prix »."
    quote = only(run(body, MARTIN))
    assert quote.text == "Nous sommes prêts mais pas à n'importe quel prix"
    assert quote.speaker == "Paul Martin" and quote.verb == "déclarer"
    assert quote_text_matches(body[quote.start : quote.end], quote.text)


def test_reopened_with_a_pronoun_incise() -> None:
    body = "Paul Martin est arrivé. « Nous sommes prêts », a-t-il dit lundi, « à négocier dès demain »."
    quote = only(run(body, MARTIN))
    assert quote.text == "Nous sommes prêts à négocier dès demain" and quote.speaker == "Paul Martin"


def test_a_new_sentence_after_the_incise_is_a_new_quote() -> None:
    body = "« Nous sommes prêts », a déclaré Paul Martin. « Nous partirons demain », a-t-il ajouté."
    assert [q.text for q in run(body, MARTIN)] == ["Nous sommes prêts", "Nous partirons demain"]


def test_a_second_verb_introduces_a_quote_of_its_own() -> None:
    body = "« Mon cœur est lourd ce soir », a commenté Paul Martin avant d'ajouter, « Merci pour tout »."
    assert len(run(body, MARTIN)) == 2


def test_coordinated_quotes_sharing_a_closing_incise_stay_apart() -> None:
    body = "Il prévoit la « fin du statut », le « passage en société anonyme », détaille Paul Martin."
    quotes = run(body, MARTIN)
    assert [q.text for q in quotes] == ["fin du statut", "passage en société anonyme"]


def test_incise_inside_with_an_apposition_is_left_out_whole() -> None:
    body = (
        "« Un signalement a été fait, a confié au journal l'avocat de Claire Dupont, Renaud Portejoie. Elle va mieux. »"
    )
    quote = only(run(body, PORTEJOIE))
    assert quote.text == "Un signalement a été fait Elle va mieux." and quote.speaker == "Renaud Portejoie"


def test_incise_inside_at_the_end_ends_the_quote() -> None:
    body = "Jens Stoltenberg est venu. « Nous sommes prêts à tout, a-t-il déclaré. »"
    quote = only(run(body, STOLTENBERG))
    assert quote.text == "Nous sommes prêts à tout" and quote.speaker == "Jens Stoltenberg"
    assert body[quote.start : quote.end] == "Nous sommes prêts à tout"


def test_an_infinitive_after_a_comma_and_a_colon_are_no_incise() -> None:
    body = (
        "« Ils aiment se battre. Je les ai vus crier au poste, menacer des hommes assis au banc : 'toi on va te "
        "frapper!' Et chaque fois c'était cette équipe », raconte un ancien gardien."
    )
    quote = only(run(body))
    assert quote.text == body[2 : body.index(" »")]
    assert quote.speaker == "un ancien gardien" and quote.verb == "raconter"


def test_a_plain_incise_inside_never_crosses_a_colon() -> None:
    body = "« Nous irons, a expliqué Paul Martin : demain matin sans faute. »"
    quote = only(run(body, MARTIN))
    assert "demain matin sans faute" in quote.text


GUTERRES = [("Antonio Guterres", "PER", "Antonio Guterres"), ("ONU", "ORG", "ONU")]


def test_a_comma_after_an_adverbial_of_the_incise_is_skipped() -> None:
    body = (
        "« Le monde ne peut se permettre une nouvelle guerre », a affirmé de son côté, le secrétaire général "
        "de l'ONU, Antonio Guterres, dans un communiqué."
    )
    assert run(body, GUTERRES)[-1].speaker == "Antonio Guterres"


def test_a_clause_after_the_adverbial_of_an_incise_names_no_one() -> None:
    body = "« Le monde ne peut se permettre une nouvelle guerre », a affirmé de son côté, alors que la tension montait."
    assert all(q.speaker is None for q in run(body, GUTERRES))


LARCHER = [("Gérard Larcher", "PER", "Gérard Larcher"), ("Édouard Philippe", "PER", "Édouard Philippe")]


def test_a_leading_inverted_incise_after_an_opener_names_the_speaker() -> None:
    body = (
        "« Il aimait les territoires », a déclaré Édouard Philippe. En outre, a fait valoir Gérard Larcher, "
        "« Jacques Chirac a incarné les valeurs de notre République »."
    )
    quote = run(body, LARCHER)[-1]
    assert quote.speaker == "Gérard Larcher" and quote.verb == "faire valoir"


def test_a_leading_inverted_incise_with_a_description() -> None:
    body = "« Nous tiendrons », a déclaré Édouard Philippe. Par ailleurs, a ajouté la ministre, « rien n'est joué »."
    quote = run(body, LARCHER)[-1]
    assert quote.speaker == "la ministre" and quote.verb == "ajouter"


def test_a_clause_before_an_incise_is_no_opener() -> None:
    """'Il a promis, a ajouté X, « … »' is no adverbial opener: no leading incise read there."""
    body = "Édouard Philippe a parlé. Il est venu, il a vu, a ajouté Gérard Larcher, « puis il est reparti »."
    quote = run(body, LARCHER)[-1]
    assert quote.speaker != "Gérard Larcher" or quote.verb != "ajouter"


def test_name_after_an_unnamed_medium_is_the_inverted_subject() -> None:
    # "explique au quotidien Yaakoub": the medium is unnamed, the name after it speaks
    body = "« Je ne tombe quasiment jamais malade », explique au quotidien Yaakoub, étudiant de 21 ans."
    assert run(body, [("Yaakoub", "PER", "Yaakoub")])[0].speaker == "Yaakoub"


def test_name_after_a_title_addressee_is_not_the_inverted_subject() -> None:
    # "a déclaré au ministre Paul Martin": a title, not a medium, so the name is whom it was told
    body = "« Je ne tombe quasiment jamais malade », a déclaré au ministre Paul Martin le syndicaliste."
    assert run(body, [("Paul Martin", "PER", "Paul Martin")])[0].speaker != "Paul Martin"


def test_a_writer_clause_after_the_incise_subject_is_left_out_to_its_full_stop() -> None:
    # "…, a noté X, alors qu'il … . B": the writer's clause ends at the full stop, the quote goes on after it
    body = (
        "« Le mois de juillet a été un mois de flottement, a noté Paul Martin, alors que le parti a connu une chute "
        "dans les sondages. Le président sait bien ce que je lui en ai dit », a-t-il ajouté."
    )
    quote = only(run(body, MARTIN))
    assert quote.text == "Le mois de juillet a été un mois de flottement Le président sait bien ce que je lui en ai dit"
    assert quote.speaker == "Paul Martin"


def test_a_source_participle_after_the_incise_subject_is_left_out() -> None:
    body = "« Le bruit a couru en mai, se souvient Paul Martin, cité par Le Parisien. Puis tout s'est accéléré. »"
    quote = only(run(body, MARTIN))
    assert quote.text == "Le bruit a couru en mai Puis tout s'est accéléré."


def test_the_quote_going_on_after_the_incise_comma_stays_in() -> None:
    # "…, a dit X, que …": the words after the incise's comma are still the quote's
    body = "« Je pense, a déclaré Paul Martin, que nous sommes prêts. Nous partirons demain. »"
    quote = only(run(body, MARTIN))
    assert quote.text == "Je pense que nous sommes prêts. Nous partirons demain."


def test_se_souvenir_is_a_reporting_incise() -> None:
    body = "« C'était une des grandes figures de l'après-guerre », se souvient Paul Martin."
    quote = only(run(body, MARTIN))
    assert quote.speaker == "Paul Martin" and quote.verb == "souvenir"


def test_rendre_hommage_introduces_the_words_praised() -> None:
    body = "Paul Martin a rendu hommage à « une des rares cantatrices à mener une carrière internationale »."
    quote = only(run(body, MARTIN))
    assert quote.speaker == "Paul Martin" and quote.verb == "rendre hommage"


def test_the_noun_souvenir_is_no_reporting_verb() -> None:
    body = "Paul Martin est venu. Le souvenir de « cette nuit-là » reste vif dans la ville."
    assert all(q.verb != "souvenir" for q in run(body, MARTIN))


def test_an_inverted_incise_with_a_short_adverbial_is_left_out() -> None:
    # "…, a-t-il dit mardi sur Europe 1. …": the adverbial belongs to the incise
    body = "Paul Martin est venu. « Nous sommes prêts, a-t-il dit mardi sur Europe 1. Nous partirons demain. »"
    quote = only(run(body, MARTIN))
    assert quote.text == "Nous sommes prêts Nous partirons demain." and quote.speaker == "Paul Martin"


def test_an_inverted_verb_followed_by_a_clause_is_no_incise_with_an_adverbial() -> None:
    # "…, dit-il qu'il …": a verb after the inversion ends the search; the words stay the quote's
    body = "Paul Martin est venu. « Nous sommes prêts, a-t-il dit que nous partirons demain. »"
    quote = only(run(body, MARTIN))
    assert "a-t-il dit" in quote.text


def test_an_apposition_with_a_title_and_no_article_belongs_to_the_incise() -> None:
    body = (
        "« Non, c'est l'inverse, a répondu Paul Martin, député La France insoumise (LFI) de Seine-Saint-Denis. "
        "Chaque policier doit s'en souvenir. »"
    )
    quote = only(run(body, MARTIN))
    assert quote.text == "Non, c'est l'inverse Chaque policier doit s'en souvenir." and quote.speaker == "Paul Martin"


SARKOZY = [("Nicolas Sarkozy", "PER", "Nicolas Sarkozy"), ("Jacques Chirac", "PER", "Jacques Chirac")]


def test_an_object_clitic_after_a_subject_pronoun_leaves_the_verb_a_verb() -> None:
    # "Il le décrit comme « … »": "le" is the object of the verb, not an article before a noun
    body = "Nicolas Sarkozy est venu. Il le décrit comme « le plus détestable de tous les présidents »."
    quote = only(run(body, SARKOZY))
    assert quote.speaker == "Nicolas Sarkozy" and quote.verb == "décrire"


def test_an_article_before_a_reporting_noun_is_still_no_verb() -> None:
    # "il a fait l'annonce « … »": the article after a verb makes the form a noun
    body = "Nicolas Sarkozy est venu. Le constat « le plus détestable de tous les présidents » circule."
    assert all(q.verb != "constater" for q in run(body, SARKOZY))


def test_on_in_an_incise_stands_for_the_circle_named_after_it() -> None:
    body = "« Il n'y a eu aucun coup, explique-t-on dans son entourage. Il leur a répondu. »"
    quote = only(run(body, MARTIN))
    assert quote.speaker == "son entourage"


def test_on_in_an_incise_with_a_time_adverbial_stays_unnamed() -> None:
    body = "« Il n'y a eu aucun coup, explique-t-on lundi soir. Il leur a répondu. »"
    assert only(run(body, MARTIN)).speaker != "lundi soir"


@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        ("a souligné ironiquement le journaliste Paul Martin", "Paul Martin"),
        ("a de son côté souligné sobrement Paul Martin", "Paul Martin"),
        # a noun in "-ment" after its determiner is no adverb: the government speaks
        ("a souligné le gouvernement", "le gouvernement"),
    ],
)
def test_a_manner_adverb_between_the_verb_and_its_subject(incise: str, speaker: str) -> None:
    assert only(run(f"« Il aura une parole rare et parcimonieuse », {incise}.", MARTIN)).speaker == speaker
