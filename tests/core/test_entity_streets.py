"""Unit tests: streets, prefixed party labels, interjections, demonyms, 'administration X' (invented sentences)."""

from __future__ import annotations

import pytest

from pipeline.core.entity.spans import clean_span


def clean(text: str, span: str, label: str) -> list[tuple[str, str]]:
    start = text.index(span)
    return [
        (text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, lambda w: False)
    ]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Ils défilent place de la Nation ce soir.", "place de la Nation", [("place de la Nation", "LOC")]),
        ("Ses bureaux de la rue de Tournon, dit-il.", "rue de Tournon", [("rue de Tournon", "LOC")]),
        ("Sur l'avenue du Maine, la foule.", "avenue du Maine", [("avenue du Maine", "LOC")]),
    ],
)
def test_street_named_by_the_model_keeps_its_noun(text, span, expected):
    assert clean(text, span, "LOC") == expected


def test_lower_case_head_that_is_no_street_is_still_stripped():
    assert clean("Le séisme de Lisbonne a tué.", "séisme de Lisbonne", "LOC") == [("Lisbonne", "LOC")]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Cet ex-RPR a parlé.", "ex-RPR", "ORG"),
        ("Euh, je ne sais pas.", "Euh", "PER"),
        ("Hein, tu crois ?", "Hein", "PER"),
        ("Il se dit Monégasque avant tout.", "Monégasque", "LOC"),
        ("Les Luxembourgeoises votent.", "Luxembourgeoises", "LOC"),
    ],
)
def test_junk_dropped(text, span, label):
    assert clean(text, span, label) == []


def test_administration_named_after_its_president_is_a_person():
    text = "La politique de l'administration Kerrigan a changé."
    assert clean(text, "Kerrigan", "ORG") == [("Kerrigan", "PER")]
    text = "Le groupe Kerrigan a changé."  # only after 'administration'
    assert clean(text, "Kerrigan", "ORG") == [("Kerrigan", "ORG")]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Merci à Sophie de Marnes d'avoir parlé.", "Sophie de Marnes", "LOC", [("Sophie de Marnes", "PER")]),
        ("Il vit en Caroline du Sud.", "Caroline du Sud", "LOC", [("Caroline du Sud", "LOC")]),
        ("Un prêt de la Caisse nationale d'une banque.", "Caisse nationale d'", "ORG", [("Caisse nationale", "ORG")]),
    ],
)
def test_first_name_particle_name_and_cut_elision(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Les Pays de l'OTAN hésitent.", "Pays de l'OTAN", "LOC", [("OTAN", "ORG")]),
        ("Les États de l'UE hésitent.", "États de l'UE", "LOC", [("UE", "ORG")]),
    ],
)
def test_members_of_a_known_organisation_are_that_organisation(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Ils manifestent sur la place Kardamir ce soir.", "Kardamir", "ORG", [("place Kardamir", "LOC")]),
        ("Il a rejoint l'emblématique place Kardamir hier.", "Kardamir", "ORG", [("place Kardamir", "LOC")]),
        ("Un défilé sur la grande place Kardamir.", "Kardamir", "LOC", [("place Kardamir", "LOC")]),
    ],
)
def test_square_named_right_after_its_noun_is_the_place(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Je pense que cela place Kardanie au quatrième rang.", "Kardanie", "LOC"),  # the verb
        ("Le sondage place Lucien Morvan en tête.", "Lucien Morvan", "PER"),
        ("Il vient à la place de Morvan.", "Morvan", "PER"),  # instead of him
    ],
)
def test_verb_place_or_instead_of_is_no_square(text, span, label):
    assert clean(text, span, label) == [(span, label)]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("La victoire sur l'Allemagne nazie fut fêtée.", "Allemagne nazie", "ORG", [("Allemagne", "LOC")]),
        ("Il vit en France métropolitaine.", "France métropolitaine", "LOC", [("France", "LOC")]),
        ("Le pays d'Europe occidentale le plus touché.", "Europe", "LOC", [("Europe occidentale", "LOC")]),
        ("En Asie centrale et orientale, la crise.", "Asie", "LOC", [("Asie centrale et orientale", "LOC")]),
        ("Ils viennent d'Afrique subsaharienne.", "Afrique subsaharienne", "LOC", [("Afrique subsaharienne", "LOC")]),
        ("Il vit dans l'Est de la Chine depuis.", "Est de la Chine", "LOC", [("Chine", "LOC")]),
        ("Des attaques dans le Nord-Est du Nigeria.", "Nord-Est du Nigeria", "LOC", [("Nigeria", "LOC")]),
    ],
)
def test_place_with_an_adjective_or_a_cardinal_point(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Il vit en Europe et il aime ça.", "Europe", "LOC", [("Europe", "LOC")]),
        ("La Kardamir centrale a dit.", "Kardamir", "ORG", [("Kardamir", "ORG")]),  # only a place grows
        ("Il vit en Corée du Nord depuis.", "Corée du Nord", "LOC", [("Corée du Nord", "LOC")]),
        ("Il vit en Caroline du Sud depuis.", "Caroline du Sud", "LOC", [("Caroline du Sud", "LOC")]),
        ("Le Sud de Kardamir est sec.", "Sud de Kardamir", "LOC", [("Sud de Kardamir", "LOC")]),  # unknown place
    ],
)
def test_place_adjective_near_misses(text, span, label, expected):
    assert clean(text, span, label) == expected
