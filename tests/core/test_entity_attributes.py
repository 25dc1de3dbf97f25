"""Names of a colour, a trim or a version (car articles) are no entities."""

from __future__ import annotations

import pytest

from pipeline.core.entities import attribute_spans, attribute_words, completed
from pipeline.core.entity.canonical import Resolved
from pipeline.core.entity.lexicon import lexicon


def _attributes(text: str) -> list[str]:
    return [text[a:b] for a, b in attribute_spans(text, lexicon())]


def test_quoted_names_after_a_colour_or_trim_noun():
    text = "Les nouvelles teintes « Phytonic Blue » métallisée et « Frozen Bluestone » métallisée arrivent."
    assert _attributes(text) == ["Phytonic Blue", "Frozen Bluestone"]
    assert _attributes("une livrée rouge « Magma Red » rehaussée") == ["Magma Red"]
    assert _attributes("des versions coupé et « Volante », présentées") == ["Volante"]


def test_quoted_names_after_other_nouns_are_no_attributes():
    assert _attributes("le ministre a déclaré « Emmanuel Macron a raison »") == []
    assert _attributes("l'entreprise « Kardam Motors » a annoncé") == []
    assert _attributes("elle fera campagne sous les couleurs de « Kardam en commun »") == []


@pytest.mark.parametrize(
    ("text", "span", "dropped"),
    [
        # a name with a colour word after a colour noun in its sentence
        ("dont les teintes Alpina Blue et Alpina Green, on trouvera", "Alpina Green", True),
        ("quatre peintures métallisées (Gris Urbain, Noir Minuit ou Blanc Candy), trois", "Noir Minuit", True),
        # a person's full name, a colour word with no colour noun, a name with no colour word stay
        ("la version de Michel Blanc, sa couleur préférée", "Michel Blanc", False),
        ("le groupe Black Eyed Peas a chanté", "Black Eyed Peas", False),
        ("les couleurs de l'équipe de Lyon", "Lyon", False),
    ],
)
def test_colour_names_in_a_colour_sentence(text, span, dropped):
    start = text.index(span)
    resolved = [Resolved(start, start + len(span), "ORG", span)]
    assert (attribute_words(text, resolved, lexicon()) == {0}) is dropped


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a name cut after a function word runs to its acronym, or loses the function words
        (
            "confiée à l'Office central de répression des violences faites aux personnes (OCRVP).",
            "Office central de",
            "Office central de répression des violences faites aux personnes",
        ),
        (
            "de saisir l'Organisation mondiale du commerce des taxes",
            "Organisation mondiale du commerce des",
            ("Organisation mondiale du commerce"),
        ),
        # a relative pronoun or an editor's note ends the name, even with an acronym later in the clause
        (
            "devant le ministère de la Santé auquel ils ont remis un prix (PDM).",
            "ministère de la Santé auquel",
            "ministère de la Santé",
        ),
        ("Lagayette (administrateur de Renault NDLR) a reçu", "Renault NDLR", "Renault"),
        ("le groupe Kardam auxquels", "groupe Kardam auxquels", "groupe Kardam"),
        # a capitalised name that only looks like a relative pronoun stays
        ("selon la société Duquel", "société Duquel", "société Duquel"),
        # a whole name, and a name ending in a capitalised particle, stay
        ("selon l'Office central de lutte (OCLCTIC).", "Office central de lutte", "Office central de lutte"),
        (
            "le Front de Libération Nationale de La",
            "Front de Libération Nationale de La",
            ("Front de Libération Nationale de La"),
        ),
    ],
)
def test_a_name_cut_after_a_function_word(text, span, expected):
    start = text.index(span)
    got = completed(text, Resolved(start, start + len(span), "ORG", span))
    assert got is not None and text[got.start : got.end] == expected == got.canonical


def test_a_cut_name_with_nothing_left_goes():
    text = "une pierre dans le jardin du voisin"
    start = text.index("jardin du")
    assert completed(text, Resolved(start, start + len("jardin du"), "LOC", "jardin du")) is None
