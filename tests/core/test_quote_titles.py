"""Titles of shows, works, projects, lists and groups, and names, in quotation marks: not reported speech."""

from __future__ import annotations

import pytest

from tests.core.test_quotes import only, run

CLAIRE = [("Claire Martin", "PER", "Claire Martin"), ("Martin", "PER", "Claire Martin")]


@pytest.mark.parametrize(
    "body",
    [
        "Claire Martin a raconté samedi avoir participé à l'émission « La Ferme célébrités » en 2005.",
        "Le projet « Montagne d'or » était le plus important du pays, selon Claire Martin.",
        "Claire Martin regrette son retrait de la liste du « Ralliement d'initiative citoyenne », a-t-elle dit.",
        "Claire Martin a annoncé un nouveau groupe d'opposition baptisé « La République ensemble » mardi.",
        "Pour Claire Martin, actrice de la série culte « Star Trek », les progrès sont lents.",
        "Claire Martin a raconté son enfance dans « On n'est pas couché » samedi soir.",
    ],
    ids=["show", "project", "list-du", "baptise", "noun-adjective", "preposition"],
)
def test_a_title_after_a_naming_noun_is_no_quote(body: str) -> None:
    assert run(body, CLAIRE) == []


def test_a_name_the_article_recognised_is_no_quote() -> None:
    body = "Claire Martin a clôturé la série de concerts en faveur des « Restos du coeur », a-t-elle dit."
    specs = [*CLAIRE, ("Restos du coeur", "ORG", "Restos du coeur")]
    assert run(body, specs) == []


def test_a_dropped_title_still_leads_the_passage() -> None:
    body = (
        "Claire Martin a réagi dans l'émission « Les Grandes Gueules » lundi.\n"
        "« Je ne démissionnerai pas, ce serait une faute », a-t-elle ajouté."
    )
    quote = only(run(body, CLAIRE))
    assert quote.text == "Je ne démissionnerai pas, ce serait une faute"
    assert quote.speaker == "Claire Martin"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # a lower-case partial quote after the noun is the writer's quoting of words ("un projet « fou »")
        ("Claire Martin a qualifié le projet de « totalement irréaliste et dangereux ».", "totalement"),
        # a verb between the noun and the quote: the quote is what the subject said
        ("Le projet, selon Claire Martin, prévoit « Une refonte complète du système ».", "Une refonte"),
        # a full sentence with its closing punctuation is not a title
        ("Claire Martin a lancé dans l'émission : « Nous ne lâcherons rien ! »", "Nous ne lâcherons"),
        # a preposition before words an incise closes: the writer opened the quote early
        ("Le site de Renault à « Flins ne doit pas fermer », a précisé Claire Martin.", "Flins ne doit"),
        # words shouted after a speech verb, even if they are a name
        ("Selon Claire Martin, l'homme a crié « Allah Akbar » lors de son arrestation.", "Allah Akbar"),
    ],
    ids=["lowercase", "verb-between", "sentence", "incise-after-preposition", "shouted"],
)
def test_words_near_a_naming_noun_stay_quotes(body: str, text: str) -> None:
    specs = [*CLAIRE, ("Allah Akbar", "MISC", "Allah Akbar")]
    quote = only(run(body, specs))
    assert quote.text.startswith(text)


def test_a_capitalised_quote_opening_the_sentence_is_kept() -> None:
    body = "« La Ferme célébrités », a ironisé Claire Martin à propos du gouvernement."
    assert only(run(body, CLAIRE)).speaker == "Claire Martin"


def test_a_term_the_article_keeps_quoting_is_no_quote() -> None:
    body = (
        "Les « gilets jaunes » ont manifesté samedi.\n"
        "Claire Martin a rencontré des « gilets jaunes » lundi, a-t-elle dit.\n"
        "Le mouvement des « gilets jaunes » dure, selon Claire Martin."
    )
    assert run(body, CLAIRE) == []


def test_a_term_quoted_in_the_headline_counts_with_the_body() -> None:
    title = "« Gilets jaunes » : Claire Martin dénonce la violence"
    body = "Les « gilets jaunes » ont manifesté samedi. Claire Martin a reçu des « gilets jaunes » lundi."
    assert [q.text for q in run(body, CLAIRE, title=title) if q.section == "title"] == []


@pytest.mark.parametrize(
    "body",
    [
        # quoted twice only
        "Les « gilets jaunes » ont manifesté. Claire Martin a rencontré des « gilets jaunes » lundi, a-t-elle dit.",
        # words with a verb, said again and again
        "« C'est gonflé », a lancé Claire Martin. « C'est gonflé », a-t-elle répété. « C'est gonflé », dit-elle.",
        # shouted after a speech verb
        "L'homme a crié « Allah Akbar ». Il a crié « Allah Akbar » deux fois, « Allah Akbar », selon Claire Martin.",
    ],
    ids=["twice", "verb", "shouted"],
)
def test_repeated_words_that_are_speech_stay(body: str) -> None:
    assert run(body, CLAIRE) != []


def test_a_short_quote_said_again_with_an_inverted_incise_is_words() -> None:
    title = "Affiches retirées : « Totalement inadmissible », estime Claire Martin"
    body = (
        "Claire Martin a jugé « totalement inadmissible » ce retrait. « Totalement inadmissible ». "
        "C'est l'avis de Claire Martin."
    )
    got = [q for q in run(body, CLAIRE, title=title) if q.section == "title"]
    assert [(q.text, q.speaker) for q in got] == [("Totalement inadmissible", "Claire Martin")]


def test_a_term_quoted_again_and_again_after_an_incise_elsewhere_stays_no_quote() -> None:
    body = (
        "Les « gilets jaunes » ont manifesté samedi. Des « gilets jaunes » ont défilé lundi, a-t-elle dit.\n"
        "Le mouvement des « gilets jaunes » dure, selon Claire Martin."
    )
    assert run(body, CLAIRE) == []
