"""One entity per thing in an article: case variants, a former name in brackets, a capitalised noun before a name,
a media word glued to a name (invented sentences)."""

from __future__ import annotations

import pytest

from pipeline.core.entities import join_case_variants
from pipeline.core.entity.canonical import Resolved, renamed
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.spans import clean_span
from pipeline.core.records import EntityMention


def clean(text: str, span: str, label: str) -> list[tuple[str, str]]:
    start = text.index(span)
    return [
        (text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, lambda w: False)
    ]


def _m(name: str, label: str = "ORG") -> EntityMention:
    return EntityMention("body", 0, len(name), name, label, name)


def test_case_variants_of_one_body_are_one_entity():
    got = join_case_variants([_m("conseil de Lyon"), _m("Conseil de Lyon"), _m("Conseil de Lyon"), _m("Lyon", "LOC")])
    assert [m.canonical_name for m in got] == ["Conseil de Lyon", "Conseil de Lyon", "Conseil de Lyon", "Lyon"]


def test_different_names_and_people_stay_apart():
    names = [_m("conseil de Lyon"), _m("Conseil de Lille"), _m("Le Pen", "PER"), _m("le Pen", "PER")]
    assert [m.canonical_name for m in join_case_variants(names)] == [
        "conseil de Lyon",
        "Conseil de Lille",
        "Le Pen",
        "le Pen",
    ]


def _resolved(text: str, spans: list[tuple[str, str]]) -> list[Resolved]:
    out, cursor = [], 0
    for surface, canonical in spans:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        out.append(Resolved(start, cursor, "ORG", canonical))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Le trésorier du Parti de la Rose (PDR, ex-UDF) parle. L'UDF a des dettes.",
        "Le trésorier du Parti de la Rose (ex-UDF) parle. L'UDF a des dettes.",
        "Le trésorier du Parti de la Rose (anciennement UDF) parle. L'UDF a des dettes.",
    ],
)
def test_former_name_in_brackets_is_the_same_organisation(text):
    got = renamed(text, _resolved(text, [("Parti de la Rose", "Parti de la Rose"), ("UDF", "UDF")]), lexicon())
    assert [r.canonical for r in got] == ["Parti de la Rose", "Parti de la Rose"]


def test_other_brackets_join_nothing():
    text = "Le Parti de la Rose (PDR) et l'UDF (ex-allié) parlent. L'UDF a des dettes."
    spans = [("Parti de la Rose", "Parti de la Rose"), ("UDF", "UDF"), ("UDF", "UDF")]
    assert [r.canonical for r in renamed(text, _resolved(text, spans), lexicon())] == [
        "Parti de la Rose",
        "UDF",
        "UDF",
    ]


def test_capitalised_noun_before_a_name_at_a_sentence_start():
    text = "Dossier Durandeau : le juge tranche.\n\nDans le dossier Durandeau, Paul Durandeau nie."
    assert clean(text, "Dossier Durandeau", "PER") == [("Durandeau", "PER")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rose Durandeau : la chanteuse revient. Une rose blanche.", "Rose Durandeau"),  # a first name
        ("Grâce Durandeau parle. Il a dit grâce à Durandeau.", "Grâce Durandeau"),  # not written before the name
        ("Il a vu Dossier Durandeau hier. Le dossier Durandeau.", "Dossier Durandeau"),  # not a sentence start
    ],
)
def test_names_opening_with_a_word_kept(text, span):
    assert clean(text, span, "PER") == [(span, "PER")]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("selon un article publié par Vraienews, rien.", "Vraienews", "PER"),
        ("interrogé sur Lillemag samedi.", "Lillemag", "LOC"),
        ("a confié à Gironde-info lundi.", "Gironde-info", "PER"),
    ],
)
def test_media_word_glued_to_a_name(text, span, label):
    assert clean(text, span, label) == [(span, "ORG")]


@pytest.mark.parametrize(("text", "span"), [("selon Tim Stevens hier", "Tim Stevens"), ("selon Mattv hier", "Mattv")])
def test_person_names_without_a_glued_media_word(text, span):
    assert clean(text, span, "PER") == [(span, "PER")]
