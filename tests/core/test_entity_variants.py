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


def common_ogre(word: str) -> bool:
    return word in {"Ogre", "Tigre", "Tribune"}


def clean_common(text: str, span: str, label: str) -> list[tuple[str, str]]:
    start = text.index(span)
    return [(text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, common_ogre)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Le tueur, « L'Ogre des Landes », nie tout.", "Ogre"),  # a nickname's head noun after an elided article
        ("L'Tigre du Bengale. D'Tribune en tribune.", "Tigre"),
    ],
)
def test_ordinary_noun_after_an_elided_article_opening_a_quote_or_sentence(text, span):
    assert clean_common(text, span, "LOC") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Le tueur, « L'Oréal des Landes », nie tout.", "Oréal"),  # not an ordinary word
        ("Il a vu l'Ogre des Landes hier.", "Ogre"),  # inside a sentence: the model's call stands
    ],
)
def test_names_after_an_elided_article_kept(text, span):
    assert clean_common(text, span, "LOC") == [(span, "LOC")]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("un rappel à l'ordre du Conseil d'État hier", "ordre du Conseil d'État", "Conseil d'État"),
        ("le président du groupe du Parti radical", "groupe du Parti radical", "Parti radical"),
        ("selon le ministère de la Défense hier", "ministère de la Défense", "ministère de la Défense"),
        ("selon la direction du Musée Grévin hier", "direction du Musée Grévin", "Musée Grévin"),
        ("selon la direction du Louvre hier", "direction du Louvre", "direction du Louvre"),  # no head: unchanged
    ],
)
def test_lower_case_head_before_another_organisation(text, span, expected):
    assert clean(text, span, "ORG")[0][0] == expected


def test_slug_line_in_capitals_is_page_furniture():
    from pipeline.core.entities import page_furniture

    text = "Titre\n\nMONDE-SANTÉ/ÉPIDÉMIE (PAPIER D'ANGLE)\nLe texte cite MONDE-SANTÉ et l'OMS."
    start = text.index("MONDE-SANTÉ")
    assert page_furniture(text, start, start + 11, "ORG", ())
    start = text.index("MONDE-SANTÉ", start + 1)
    assert not page_furniture(text, start, start + 11, "ORG", ())
    text = "Titre\n\nOMS\nLe texte."  # one word alone on its line is no slug line
    assert not page_furniture(text, text.index("OMS"), text.index("OMS") + 3, "ORG", ())


def test_plural_variant_of_one_organisation():
    got = join_case_variants([_m("Alpha Transport"), _m("Alpha transports"), _m("Alpha")])
    assert [m.canonical_name for m in got] == ["Alpha Transport", "Alpha Transport", "Alpha"]


def test_organisation_named_after_a_place_and_its_longer_name():
    from pipeline.core.entities import join_place_heads

    names = ["Clinique Sainte-Anne de Villiers", "Clinique Sainte-Anne de Villiers-le-Bel", "Villiers"]
    got = join_place_heads([_m(names[0]), _m(names[1]), _m(names[2], "LOC")])
    assert [m.canonical_name for m in got] == [names[1], names[1], "Villiers"]
    names = ["Groupe Alpha", "Groupe Alpha-sur-Mer"]  # no place after "de": left alone
    assert [m.canonical_name for m in join_place_heads([_m(n) for n in names])] == names


def test_misspelt_first_name_of_one_person():
    from pipeline.core.entity.canonical import _join_misspellings

    full = {"martin durandeau": [("Martin Durandeau", 0)] * 2, "martine durandeau": [("Martine Durandeau", 50)]}
    names = {"martin durandeau": "Martin Durandeau", "martine durandeau": "Martine Durandeau"}
    _join_misspellings(names, full)
    assert names["martine durandeau"] == "Martin Durandeau"
    full = {"paul durandeau": [("Paul Durandeau", 0)], "saul durandeau": [("Saul Durandeau", 50)]}
    names = {"paul durandeau": "Paul Durandeau", "saul durandeau": "Saul Durandeau"}
    _join_misspellings(names, full)  # short first names one letter apart: two people
    assert names["saul durandeau"] == "Saul Durandeau"


def test_known_dailies_and_a_duration_that_is_no_newspaper():
    from pipeline.core.entity.matching import known_names

    text = "selon 20 Minutes et La Vanguardia, il a parlé pendant 20 minutes."
    assert [(text[c.start : c.end], c.canonical) for c in known_names(text, lexicon())] == [
        ("20 Minutes", "20 Minutes"),
        ("La Vanguardia", "La Vanguardia"),
    ]


def test_great_britain_and_the_united_kingdom_are_two_places():
    gaz = lexicon().gazetteer
    assert gaz.lookup("Grande-Bretagne").canonical == "Grande-Bretagne"  # the island, named as such
    assert gaz.lookup("Royaume-Uni").canonical == "Royaume-Uni"
    assert gaz.lookup("Royaume Uni").canonical == "Royaume-Uni"


def test_a_town_with_and_without_its_article_is_one_place():
    names = [
        _m("La Kardamie-Saint-Gilles", "LOC"),
        _m("Kardamie-Saint-Gilles", "LOC"),
        _m("La Kardamie-Saint-Gilles", "LOC"),
    ]
    assert {m.canonical_name for m in join_case_variants(names)} == {"La Kardamie-Saint-Gilles"}
    names = [_m("Kardamie", "LOC"), _m("Kardamie", "ORG"), _m("Kardamie-Saint-Gilles", "LOC")]  # other type or name
    assert [m.canonical_name for m in join_case_variants(names)] == ["Kardamie", "Kardamie", "Kardamie-Saint-Gilles"]
