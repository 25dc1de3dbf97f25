"""Venues named by a common noun, an article and a proper name ("jardin des Plantes"): one place (invented text)."""

from __future__ import annotations

import pytest

from pipeline.core.entity.facilities import facilities
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.matching import venue_names
from pipeline.core.entity.spans import Candidate, clean_span


def clean(text: str, span: str, label: str) -> list[tuple[str, str]]:
    start = text.index(span)
    return [
        (text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, lambda w: False)
    ]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # the model tagged only the proper part: the venue noun and its article belong to the name
        ("Ils se sont retrouvés au jardin des Tuileries samedi.", "Tuileries", "LOC", "jardin des Tuileries"),
        ("Il a passé un an à la prison des Baumettes.", "Baumettes", "LOC", "prison des Baumettes"),
        ("Un rassemblement sur la place de la Bastille hier.", "Bastille", "LOC", "place de la Bastille"),
        ("Les obsèques à l'église de la Trinité lundi.", "Trinité", "MISC", "église de la Trinité"),
        ("La police patrouille dans les quartiers Sud de Nîmes.", "Sud", "LOC", "quartiers Sud"),
        # the model's whole span keeps its noun, whatever type it gave
        ("Une fête au parc des Buttes-Chaumont.", "parc des Buttes-Chaumont", "LOC", "parc des Buttes-Chaumont"),
        ("Il sort de la prison de la Santé.", "prison de la Santé", "ORG", "prison de la Santé"),
    ],
)
def test_venue_named_with_its_noun(text, span, label, expected):
    assert clean(text, span, label) == [(expected, "LOC")]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Il est détenu à la prison de Fresnes.", "Fresnes", "LOC", ("Fresnes", "LOC")),  # a town after a bare "de"
        ("la place de la France en Europe", "France", "LOC", ("France", "LOC")),  # a known place
        ("Il parlera à la place de la Présidente.", "Présidente", "ORG", None),  # "instead of"
        ("Le jardin de Claude Monet à Giverny.", "Claude Monet", "PER", ("Claude Monet", "PER")),  # a person
        ("Il vit dans le Nord depuis un an.", "Nord", "LOC", ("Nord", "LOC")),  # a region, no district noun
        ("Le séisme de Lisbonne a tué.", "séisme de Lisbonne", "LOC", ("Lisbonne", "LOC")),  # not a venue noun
        ("Il repose au cimetière du Mans.", "Mans", "LOC", ("Mans", "LOC")),  # "du" holds a known town's article
    ],
)
def test_not_a_venue(text, span, label, expected):
    got = clean(text, span, label)
    assert "place de la Présidente" not in [g[0] for g in got]
    if expected is not None:
        assert got == [expected]


def test_venue_the_model_missed_is_found_by_its_noun():
    text = "La messe sera dite à l'église de la Sorbonne, puis au cimetière du Montparnasse."
    assert [(text[c.start : c.end], c.label) for c in venue_names(text, lexicon())] == [
        ("église de la Sorbonne", "LOC"),
        ("cimetière du Montparnasse", "LOC"),
    ]


def test_no_venue_pattern_for_place_or_known_names():
    text = "à la place de la Commission, au jardin du Luxembourg, sur la place de la Nation"
    assert venue_names(text, lexicon()) == []


def test_known_cardinal_point_after_a_district_noun():
    text = "Les quartiers Est de la ville."
    start = text.index("Est")
    out = facilities(text, [Candidate(start, start + 3, "LOC", 0, "Est")], lexicon())
    assert [(text[c.start : c.end], c.label) for c in out] == [("quartiers Est", "LOC")]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Le Palais royal du centre-ville est fermé.", "Palais royal du centre-ville", "Palais royal"),
        ("la Maison des jeunes de la commune ouvre", "Maison des jeunes de la commune", "Maison des jeunes"),
        # a name with the place noun inside, capitalised, or nothing left but the head: unchanged
        ("la Régie immobilière de la ville de Paris", "Régie immobilière de la ville de Paris", None),
        ("Le Théâtre de la Ville est fermé.", "Théâtre de la Ville", None),
        ("Le Musée de la ville est fermé.", "Musée de la ville", None),
    ],
)
def test_where_a_place_is_is_no_part_of_its_name(text, span, expected):
    assert clean(text, span, "LOC")[0][0] == (expected or span)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a venue's noun in lower case and a hyphenated name right after it: one place
        ("une réunion au stade Jean-Bouin, en présence du maire", ["stade Jean-Bouin"]),
        ("Il est à l'église Saint-Sulpice depuis midi.", ["église Saint-Sulpice"]),
        # a name running on, no hyphen, "place" (also a verb), a known name: not this rule
        ("au parc Jean-Jacques Rousseau hier", []),
        ("Le stade Toulousain a gagné.", []),
        ("Cela place Jean-Luc en tête.", []),
    ],
)
def test_venue_named_with_a_hyphenated_name(text, expected):
    from pipeline.core.entity.matching import venue_names

    got = [text[c.start : c.end] for c in venue_names(text, lexicon()) if c.label == "LOC"]
    assert got == expected


def _facility(text: str, span: str, label: str = "LOC") -> tuple[str, str]:
    start = text.index(span)
    (got,) = facilities(text, [Candidate(start, start + len(span), label, 0)], lexicon())
    return text[got.start : got.end], got.label


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a hospital named by a name of its own after an article is a place, with or without an adjective
        ("Il a été admis à l'hôpital de la Timone, dit-on.", "Timone", ("hôpital de la Timone", "LOC")),
        (
            "transporté à l'hôpital lyonnais de la Croix-Rousse dimanche",
            "Croix-Rousse",
            ("hôpital lyonnais de la Croix-Rousse", "LOC"),
        ),
        # named by its town (a bare "de", "du") or capitalised as its own name: an institution
        ("Il a été admis à l'hôpital de Vichy.", "Vichy", ("hôpital de Vichy", "ORG")),
        ("transféré à l'hôpital du Kremlin-Bicêtre", "Kremlin-Bicêtre", ("hôpital du Kremlin-Bicêtre", "ORG")),
        ("Il a été admis à l'hôpital du Mans.", "Mans", ("hôpital du Mans", "ORG")),
        (
            "Il est mort à l'Hôpital américain de Neuilly.",
            "Hôpital américain de Neuilly",
            ("Hôpital américain de Neuilly", "ORG"),
        ),
        ("Il est jugé au tribunal de la Seine.", "Seine", ("tribunal de la Seine", "ORG")),  # no venue noun
    ],
)
def test_hospital_named_as_a_place(text, span, expected):
    assert _facility(text, span, "ORG" if span.startswith("Hôpital") else "LOC") == expected


def test_hospital_named_as_a_place_and_its_town():
    text = "depuis son transfert à l'hôpital de la Charité de Berlin, dit-il"
    start = text.index("hôpital")
    out = facilities(text, [Candidate(start, text.index(","), "LOC", 0)], lexicon())
    assert [(text[c.start : c.end], c.label) for c in out] == [("hôpital de la Charité", "LOC"), ("Berlin", "LOC")]
    text = "au tribunal de la Seine de Paris, dit-il"  # an institution's noun: one name, as before
    start = text.index("tribunal")
    out = facilities(text, [Candidate(start, text.index(","), "LOC", 0)], lexicon())
    assert [(text[c.start : c.end], c.label) for c in out] == [("tribunal de la Seine de Paris", "ORG")]
