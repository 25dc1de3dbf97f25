"""Entity rules for kinds of names found in unseen articles (invented sentences, other names than the references):
a cardinal point that is also a newspaper's name, screen words of exported pages, parliamentary committees, a
person's name with a particle split by the model or written once without it."""

from __future__ import annotations

import pytest

from pipeline.core.entity.canonical import canonicalize, merge_adjacent, resolve
from pipeline.core.entity.institutions import institution_names
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.matching import known_names
from pipeline.core.entity.spans import Candidate, clean_span


def never_common(word: str) -> bool:
    return False


def clean(text: str, span: str, label: str) -> list[tuple[str, str]]:
    start = text.index(span)
    return [(text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, never_common)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("la province du Kivu (Sud-Ouest), près de la frontière", []),
        ("il vit dans le Sud-Ouest depuis dix ans", []),
        ("selon Sud-Ouest, le maire a démissionné", ["Sud Ouest"]),
        ("a révélé le quotidien Sud Ouest mardi", ["Sud Ouest"]),
    ],
)
def test_a_cardinal_point_after_an_article_or_in_brackets_is_no_newspaper(text, found):
    got = [c.canonical for c in known_names(text, lexicon()) if c.rank == 0]
    assert got == found


def test_the_model_span_of_a_cardinal_point_region_is_dropped():
    assert clean("la province du Kivu (Sud-Ouest), près de la frontière", "Sud-Ouest", "LOC") == []
    assert clean("selon Sud-Ouest, le maire a démissionné", "Sud-Ouest", "ORG") == [("Sud-Ouest", "ORG")]


@pytest.mark.parametrize("word", ["Disponible", "Signature", "Chapô", "Mots-clés", "Contenus", "Ctrl+F"])
def test_screen_words_of_exported_pages_are_no_entities(word):
    text = f"[Champ] {word} : la rédaction"
    assert clean(text, word, "LOC") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("La présidente de la commission des Lois a démissionné.", ["commission des Lois"]),
        ("Le rapport de la commission de la Défense nationale est paru.", ["commission de la Défense nationale"]),
        ("Il a saisi une commission des Finances locale.", []),  # no definite article: any of them
        ("Le vote de la commission de Bruxelles est attendu.", []),  # a known place: where it sits
    ],
)
def test_parliamentary_committees(text, found):
    got = [text[c.start : c.end] for c in institution_names(text, lexicon()) if "commission" in text[c.start : c.end]]
    assert got == found


def _merged(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    cands, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        cands.append(Candidate(start, cursor, label, 1))
    return [(text[c.start : c.end], c.label) for c in merge_adjacent(text, cands, lexicon())]


def test_a_particle_and_an_unknown_name_after_a_full_name_are_one_person():
    text = "On a vu Pierre Gaudin de Lacharrière hier."
    assert _merged(text, [("Pierre Gaudin", "PER"), ("Lacharrière", "LOC")]) == [
        ("Pierre Gaudin de Lacharrière", "PER")
    ]


def test_a_full_name_from_a_known_place_stays_two_mentions():
    text = "On a vu Pierre Gaudin de Marseille hier."
    assert _merged(text, [("Pierre Gaudin", "PER"), ("Marseille", "LOC")]) == [
        ("Pierre Gaudin", "PER"),
        ("Marseille", "LOC"),
    ]


def _canonical(text: str, spans: list[str]) -> dict[str, str]:
    cands, cursor = [], 0
    for surface in spans:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        cands.append(Candidate(start, cursor, "PER", 1))
    return {text[r.start : r.end]: r.canonical for r in canonicalize(text, resolve(cands), lexicon())}


def test_a_full_name_written_once_without_its_particle_is_the_same_person():
    text = "Hugo de Villemur a parlé. Plus tard, Hugo Villemur a démissionné."
    assert set(_canonical(text, ["Hugo de Villemur", "Hugo Villemur"]).values()) == {"Hugo de Villemur"}


def test_another_surname_is_another_person():
    text = "Hugo de Villemur a parlé. Plus tard, Hugo Martin a démissionné."
    assert set(_canonical(text, ["Hugo de Villemur", "Hugo Martin"]).values()) == {"Hugo de Villemur", "Hugo Martin"}
