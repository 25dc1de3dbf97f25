"""Capitalised ordinary words, words glued before a name, and the first-name split of person spans."""

from __future__ import annotations

import pytest

from pipeline.core.entities import common_word
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.spans import clean_span


def clean(text: str, span: str, label: str, is_common=lambda w: False) -> list[tuple[str, str]]:
    start = text.index(span)
    return [(text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, is_common)]


@pytest.mark.parametrize(
    ("word", "common"),
    [
        # one vector shared by both forms: the word it was kept for decides
        ("Reportage", True),
        ("Municipales", True),
        ("Vosges", False),
        # distinct vectors: the more frequent form decides
        ("Paris", False),
        ("Marche", True),
    ],
)
def test_common_word_by_vectors(nlp, word, common):
    assert common_word(nlp.vocab, word) is common


def test_quoted_title_first_word_is_like_a_sentence_start():
    text = 'l\'auteur des "Ruisseaux du Vercors" a dit'
    assert clean(text, "Ruisseaux", "LOC", is_common=lambda w: True) == []
    text = "l'auteur des Ruisseaux a dit"
    assert clean(text, "Ruisseaux", "LOC", is_common=lambda w: True) == [("Ruisseaux", "LOC")]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a name with a first name inside stays whole
        ("selon Khalid Mohammed Oumar, rien", "Khalid Mohammed Oumar", "PER", [("Khalid Mohammed Oumar", "PER")]),
        # an ordinary word or a known name before a first name is split off
        ("(Photo Jean Dupont)", "Photo Jean Dupont", "PER", [("Jean Dupont", "PER")]),
        ("le PSG Jean Dupont a", "PSG Jean Dupont", "PER", [("PSG", "ORG"), ("Jean Dupont", "PER")]),
        # a first name makes a person of a span the model typed otherwise
        ("l'évasion de Redouane Faro hier", "Redouane Faro", "ORG", [("Redouane Faro", "PER")]),
    ],
)
def test_first_name_split(text, span, label, expected):
    is_common = lambda w: w == "Photo"  # noqa: E731
    assert clean(text, span, label, is_common) == expected


def test_first_names_are_data():
    assert {"Redouane", "Mohammad", "Yassine"} <= lexicon().first_names


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("l'ex-garde des Sceaux a parlé", "Sceaux", "LOC", []),
        ("Le garde des Sceaux a parlé", "Sceaux", "LOC", []),
        ("a dit le procureur de la République de Vesoul, M. X", "République de Vesoul", "LOC", [("Vesoul", "LOC")]),
        ("Il habite à Sceaux depuis mai.", "Sceaux", "LOC", [("Sceaux", "LOC")]),  # the town itself
    ],
)
def test_title_phrases(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "parent"),
    [
        ("le Conseil de sécurité de l'ONU a voté", "Conseil de sécurité de l'ONU", ("ONU", "ORG", "ONU")),
        ("le Bureau régional de l'OTAN a dit", "Bureau régional de l'OTAN", ("OTAN", "ORG", "OTAN")),
        ("l'Olympique de Marseille a gagné", "Olympique de Marseille", None),  # a place, not a parent
    ],
)
def test_parent_organisation_is_a_mention(text, span, parent):
    from pipeline.core.entities import parent_of

    start = text.index(span)
    got = parent_of(text, start, start + len(span), "ORG", span, lexicon())
    assert (got[2:] if got else None) == parent
    if got:
        assert text[got[0] : got[1]] == got[2]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Edouard Dupont", "Édouard Dupont"),  # capital without its accent
        ("Jean-Yves le Gall", "Jean-Yves Le Gall"),  # article particle
        ("Anne de la Tour", "Anne de la Tour"),  # "de la" stays
        ("Pierre de Villiers", "Pierre de Villiers"),
        ("Emma Stone", "Emma Stone"),
    ],
)
def test_person_canonical_spelling_is_article_independent(name, canonical):
    from pipeline.core.entity.canonical import person_form

    assert person_form(name, lexicon()) == canonical
