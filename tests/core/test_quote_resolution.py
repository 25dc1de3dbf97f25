"""Speaker resolution: which person a description, a pronoun or a title stands for."""

from __future__ import annotations

import pytest

from pipeline.core.quotation.speakers import _before_parenthesis, _oblique
from tests.core.test_quote_speakers import context
from tests.core.test_quotes import run

DARMANIN = [
    ("Gérald Darmanin", "PER", "Gérald Darmanin"),
    ("Eric Dupond-Moretti", "PER", "Éric Dupond-Moretti"),
    ("Marine Le Pen", "PER", "Marine Le Pen"),
]
INTRO = (
    "Marine Le Pen a attaqué de front le ministre de la Justice, Eric Dupond-Moretti. "
    "« Elle n'est pas sérieuse », a répliqué lundi Gérald Darmanin. "
)


@pytest.mark.parametrize(
    ("last", "speaker"),
    [
        # another office than the one the article gave X: not X, the person just quoted
        ("« C'est l'irresponsabilité faite femme », a dénoncé le ministre de l'Intérieur.", "Gérald Darmanin"),
        ("« C'est l'irresponsabilité faite femme », a dénoncé le ministre des Affaires étrangères.", "Gérald Darmanin"),
        # the same office, or the bare title: the person the article gave it
        ("« C'est l'irresponsabilité faite femme », a dénoncé le ministre de la Justice.", "Éric Dupond-Moretti"),
        ("« C'est l'irresponsabilité faite femme », a dénoncé le ministre.", "Éric Dupond-Moretti"),
    ],
)
def test_a_title_for_another_office_is_not_the_person_titled(last: str, speaker: str) -> None:
    quotes = [q for q in run(INTRO + last, DARMANIN) if "irresponsabilité" in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


def test_a_lowercase_complement_names_no_office_of_its_own() -> None:
    people = [("Jacques-Henri Eyraud", "PER", "Jacques-Henri Eyraud"), ("Rudi Garcia", "PER", "Rudi Garcia")]
    body = (
        "Le président de l'OM, Jacques-Henri Eyraud, a reçu l'entraîneur Rudi Garcia. "
        "« Nous restons ensemble », a confirmé le président du club."
    )
    quotes = [q for q in run(body, [*people, ("OM", "ORG", "Olympique de Marseille")]) if "ensemble" in q.text]
    assert [q.speaker for q in quotes] == ["Jacques-Henri Eyraud"]


MELENCHON = [
    ("Jean-Luc Mélenchon", "PER", "Jean-Luc Mélenchon"),
    ("Jair Bolsonaro", "PER", "Jair Bolsonaro"),
    ("La France insoumise", "ORG", "La France insoumise"),
    ("LFI", "ORG", "La France insoumise"),
]


def test_a_title_reaches_its_name_over_an_acronym_in_parentheses() -> None:
    body = (
        "Brigitte Macron a déjà été attaquée par le président Jair Bolsonaro. "
        "Le chef de file de La France insoumise (LFI), Jean-Luc Mélenchon, juge les Brésiliens « outrés ». "
        "« Moi de même », ajoute le responsable LFI."
    )
    quotes = [q for q in run(body, MELENCHON) if q.text == "Moi de même"]
    assert [q.speaker for q in quotes] == ["Jean-Luc Mélenchon"]


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("le chef de file de La France insoumise (LFI), Jean", True),
        ("le député (Les Républicains), Jean", True),
        # a long aside or one that holds a clause's punctuation is not a label in parentheses
        ("le député (qui avait été élu en 2017 contre lui), Jean", False),
        ("le député (LR, Nice), Jean", False),
    ],
)
def test_only_a_short_parenthesis_is_stepped_over(text: str, skipped: bool) -> None:
    ctx = context(text)
    close = max(n for n, t in enumerate(ctx.tokens) if t.low == ")")
    assert (_before_parenthesis(ctx, close) != close) is skipped


HIDALGO = [("Lionel Jospin", "PER", "Lionel Jospin"), ("Anne Hidalgo", "PER", "Anne Hidalgo")]


@pytest.mark.parametrize(
    ("sentence", "oblique"),
    [
        # a name after a verb that follows its subject is the object
        ("Anne Hidalgo a remercié Lionel Jospin dans son tweet.", True),
        ("Le pompier avait critiqué Lionel Jospin la veille.", True),
        # after a quote or a comma, the auxiliary opens an inverted incise: the name is its subject
        ("« Merci », a déclaré Lionel Jospin.", False),
        ("« Merci », nous a confié Lionel Jospin.", False),
    ],
)
def test_a_name_after_a_verb_and_its_subject_is_an_object(sentence: str, oblique: bool) -> None:
    ctx = context(sentence)
    n = next(k for k, t in enumerate(ctx.tokens) if t.text == "Lionel")
    assert _oblique(ctx, n) is oblique


def test_the_subject_who_thanks_is_the_speaker_of_the_partial_quote() -> None:
    body = (
        "« Tu as mon plein soutien », a écrit Lionel Jospin. "
        "Anne Hidalgo a remercié Lionel Jospin, qualifiant ce soutien de « grand honneur »."
    )
    quotes = [q for q in run(body, HIDALGO) if q.text == "grand honneur"]
    assert [q.speaker for q in quotes] == ["Anne Hidalgo"]


ON_SOURCES = [("Matignon", "ORG", "Matignon"), ("AFP", "ORG", "AFP"), ("Jean Castex", "PER", "Jean Castex")]


@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        # "on" stands for the body named right after its verb
        ("a-t-on indiqué mercredi à Matignon", "Matignon"),
        ("a-t-on précisé auprès de la préfecture", "la préfecture"),
        ("a-t-on confirmé dans l'entourage de Jean Castex", "l'entourage de Jean Castex"),
        # whom it was told, where it was said, or no body at all: attributed to no one
        ("a-t-on indiqué à l'AFP", None),
        ("a-t-on indiqué à Paris", None),
        ("a-t-on ajouté de même source", None),
    ],
)
def test_on_stands_for_the_body_named_after_its_verb(incise: str, speaker: str | None) -> None:
    body = f"« Le dispositif va changer », {incise}."
    quotes = run(body, [*ON_SOURCES, ("Paris", "LOC", "Paris")])
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [(speaker, "on")]


GORSUCH = [("Neil Gorsuch", "PER", "Neil Gorsuch"), ("Brett Kavanaugh", "PER", "Brett Kavanaugh")]


@pytest.mark.parametrize(
    ("turn", "speaker"),
    [
        # "Quant à X, il …" turns the passage to X: the next "il" is X, not the person quoted before.
        ("Quant à Brett Kavanaugh, nommé en 2018, il s'est opposé au texte.", "Brett Kavanaugh"),
        # Without the turn, X is only an object: "il" stays the person quoted before.
        ("Il s'est opposé à Brett Kavanaugh, nommé en 2018, sur ce texte.", "Neil Gorsuch"),
    ],
)
def test_quant_a_turns_the_passage_to_a_person(turn: str, speaker: str) -> None:
    text = (
        "« La décision est juste », a déclaré Neil Gorsuch. "
        + turn
        + " Malgré ces objections, « il est important de saluer le travail accompli », a-t-il toutefois souligné."
    )
    quotes = [q for q in run(text, GORSUCH) if "saluer" in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


DEPUTIES = [("Jean Dupuis", "PER", "Jean Dupuis"), ("Paul Martin", "PER", "Paul Martin")]


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        # the passage turned back to the first deputy: "le député" is him, not the one titled last
        ("Jean Dupuis tente d'éteindre l'incendie mercredi. Mais il assume ses propos.", "Jean Dupuis"),
        # named only in a complement: the passage stays with the deputy titled last
        ("Beaucoup ont réagi aux propos de Jean Dupuis mercredi.", "Paul Martin"),
        # nothing in between: the deputy titled last
        ("", "Paul Martin"),
    ],
)
def test_a_title_shared_by_two_persons_is_the_one_named_last(between: str, speaker: str) -> None:
    text = (
        "Le député de la Somme Jean Dupuis a suscité de nombreuses réactions. "
        "« Vous me faites honte », a renchéri le député de Gironde Paul Martin. "
        + between
        + " « Je suis d'accord avec ça », assure le député dans Le Parisien."
    )
    quotes = [q for q in run(text, DEPUTIES) if "accord" in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker
