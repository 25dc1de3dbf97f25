"""Unit tests: person spans are joined or split only with evidence that they are one name (invented sentences)."""

from __future__ import annotations

import pytest

from pipeline.core.entities import join_regions
from pipeline.core.entity.canonical import merge_adjacent, regional_editions
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.spans import Candidate, clean_span
from pipeline.core.records import EntityMention


def never_common(word: str) -> bool:
    return False


def clean(text: str, span: str, label: str) -> list[tuple[str, str]]:
    start = text.index(span)
    return [(text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, never_common)]


def merged(text: str, spans: list[tuple[str, str]]) -> list[str]:
    cands, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        cands.append(Candidate(start, cursor, label, 1))
    return [text[c.start : c.end] for c in merge_adjacent(text, cands, lexicon())]


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # one name: the first part is only a first name, or a particle links them
        ("selon Karim Hassan Benali hier", [("Karim", "PER"), ("Hassan Benali", "PER")], ["Karim Hassan Benali"]),
        ("selon Omar Ben Salah hier", [("Omar Ben", "PER"), ("Salah", "PER")], ["Omar Ben Salah"]),
        ("selon Tarik Abdel Wahid hier", [("Tarik", "PER"), ("Abdel Wahid", "PER")], ["Tarik Abdel Wahid"]),
        # two names: a full name then another full name, a word then a full name (also misspelt first name)
        (
            "le gouvernement de Michel Durandal Jean-Claude Fourier",
            [("Michel Durandal", "PER"), ("Jean-Claude Fourier", "PER")],
            ["Michel Durandal", "Jean-Claude Fourier"],
        ),
        (
            "le patron de Vexlor Valérié Manon",
            [("Vexlor", "PER"), ("Valérié Manon", "PER")],
            ["Vexlor", "Valérié Manon"],
        ),
        (
            "selon Pierre Martinot Sophie Lebrun",
            [("Pierre Martinot", "PER"), ("Sophie Lebrun", "PER")],
            ["Pierre Martinot", "Sophie Lebrun"],
        ),
    ],
)
def test_person_spans_join_only_with_evidence(text, spans, expected):
    assert merged(text, spans) == expected


def test_model_span_over_two_full_names_is_split():
    text = "le gouvernement de Michel Durandal Jean-Claude Fourier a dit."
    got = clean(text, "Michel Durandal Jean-Claude Fourier", "PER")
    assert got == [("Michel Durandal", "PER"), ("Jean-Claude Fourier", "PER")]


def test_model_span_over_a_recurring_word_and_a_name_is_split():
    text = "Le groupe Vexlor proteste. La patronne de Vexlor Valérié Manon dénonce."
    assert clean(text, "Vexlor Valérié Manon", "PER") == [("Vexlor", "PER"), ("Valérié Manon", "PER")]


@pytest.mark.parametrize(
    "name",
    [
        "Khawaja Mohammad Asifou",  # a name with a first name inside, its first word nowhere alone
        "Jean Pierre Marchal",  # two first names then a surname
        "Marie Claire Dubosc",
        "Jean Pierre Marie Dubosc",
    ],
)
def test_one_long_name_stays_whole(name):
    text = f"Le ministre {name} a dit."
    assert clean(text, name, "PER") == [(name, "PER")]


def test_recurring_full_name_stays_whole():
    text = "Le ministre Karamat Mohammad Asifou a dit. Puis Karamat Mohammad Asifou a lu."
    assert clean(text, "Karamat Mohammad Asifou", "PER") == [("Karamat Mohammad Asifou", "PER")]


def test_surname_pair_of_two_people_is_no_name():
    text = "L'affaire Durandal-Fourier. Michel Durandal a vu Paul Fourier."
    assert clean(text, "Durandal-Fourier", "PER") == []
    text = "Jean Dupont-Fourier a parlé. Paul Fourier aussi."  # a double-barrelled surname stays
    assert clean(text, "Dupont-Fourier", "PER") == [("Dupont-Fourier", "PER")]


def _completed(text: str, first: str, label: str = "PER") -> list[tuple[str, str | None]]:
    from pipeline.core.entity.matching import completed_first_names

    start = text.index(first)
    got = completed_first_names(text, [Candidate(start, start + len(first), label, 1)], lexicon())
    return [(text[c.start : c.end], c.canonical) for c in got]


def test_first_name_completed_by_its_surname_in_brackets():
    text = "Je comprends la réaction de Yasmina (Ben Haddou, sœur d'une victime) hier."
    assert _completed(text, "Yasmina") == [("Yasmina (Ben Haddou", "Yasmina Ben Haddou")]
    text = "selon Odile (Marchetti) ce matin"
    assert _completed(text, "Odile") == [("Odile (Marchetti", "Odile Marchetti")]


@pytest.mark.parametrize(
    ("text", "first", "label"),
    [
        ("selon Odile (AFP) ce matin", "Odile", "PER"),  # an acronym
        ("selon Odile (Paris) ce matin", "Odile", "PER"),  # a known place
        ("selon Odile (Le Monde) ce matin", "Odile", "PER"),  # a stop word opens it
        ("la ville de Nantes (Loire-Atlantique) hier", "Nantes", "LOC"),  # not a person
    ],
)
def test_no_surname_in_brackets(text, first, label):
    assert _completed(text, first, label) == [(first, None)]


def test_place_cut_at_its_spaces_joined_when_written_hyphenated_elsewhere():
    text = "à Saint-Paul-de-Varax hier. L'église de Saint-Paul de Varax a brûlé."
    assert merged(text, [("Saint-Paul-de-Varax", "LOC"), ("Saint-Paul", "LOC"), ("Varax", "LOC")]) == [
        "Saint-Paul-de-Varax",
        "Saint-Paul de Varax",
    ]


def test_two_places_linked_by_de_stay_apart_without_the_hyphenated_name():
    text = "Le train de Lyon de Paris part. La route de Nantes de Rennes."
    assert merged(text, [("Lyon", "LOC"), ("Paris", "LOC")]) == ["Lyon", "Paris"]


def _loc(name: str) -> EntityMention:
    return EntityMention("body", 0, len(name), name, "LOC", name)


def test_region_is_its_place_when_the_article_names_the_place_alone():
    joined = join_regions(
        [_loc("Méditerranée centrale"), _loc("Méditerranée"), _loc("Asie centrale et orientale"), _loc("Asie")],
        lexicon(),
    )
    assert [m.canonical_name for m in joined] == ["Méditerranée", "Méditerranée", "Asie", "Asie"]


def test_region_alone_or_other_words_stay_apart():
    mentions = [_loc("Europe occidentale"), _loc("France"), _loc("Caroline du Nord"), _loc("Caroline")]
    assert [m.canonical_name for m in join_regions(mentions, lexicon())] == [m.canonical_name for m in mentions]


def test_a_brand_and_its_company_in_brackets_is_no_first_name_and_surname():
    from pipeline.core.entity.matching import completed_first_names

    text = "la soupe Kardam (Pagen). La réaction de Sophie (Durandeau). Et de Kardami (Ibn Zia, sa mère)."
    cands = [
        Candidate(text.index(w), text.index(w) + len(w.split()[0]), "PER", 1) for w in ("Kardam (", "Sophie", "Kardami")
    ]
    got = [(text[c.start : c.end], c.canonical) for c in completed_first_names(text, cands, lexicon())]
    assert got == [
        ("Kardam", None),
        ("Sophie (Durandeau", "Sophie Durandeau"),
        ("Kardami (Ibn Zia", "Kardami Ibn Zia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word-like acronym with its name spelled out in lower case in brackets, opening with an institution's noun
        (
            "payés par l'Anah (agence nationale de l'habitat) pour Marseille. L'Anah paiera.",
            {("Anah", "Anah"), ("agence nationale de l'habitat", "Anah")},
        ),
        (
            "une intervention du Cross (centre régional opérationnel de surveillance et de sauvetage), puis",
            {("Cross", "Cross"), ("centre régional opérationnel de surveillance et de sauvetage", "Cross")},
        ),
    ],
)
def test_acronym_with_its_name_spelled_out_in_brackets(text, expected):
    from pipeline.core.entity.matching import spelled_out_acronyms

    got = {(text[c.start : c.end], c.canonical) for c in spelled_out_acronyms(text, lexicon())}
    assert got == expected
    assert all(c.label == "ORG" for c in spelled_out_acronyms(text, lexicon()))


@pytest.mark.parametrize(
    "text",
    [
        "une ville du Mato Grosso (centre-ouest), où",  # a region after a place
        "à Caen (centre de la France), il",  # the letters do not fit, and a region
        "un employé d'un Ehpad (établissement d'hébergement pour personnes âgées) à Arcueil",  # a common noun's acronym
        "Karine Lebon (union des gauches) est en tête",  # a person's list, the letters do not fit
    ],
)
def test_no_spelled_out_acronym(text):
    from pipeline.core.entity.matching import spelled_out_acronyms

    assert spelled_out_acronyms(text, lexicon()) == []


def _mention(text: str, label: str, canonical: str) -> EntityMention:
    return EntityMention("body", 0, len(text), text, label, canonical)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # a venue with and without the town it is in (also a place of the article): one place, the longer name
        (
            ["Théâtre du Capitole de Toulouse", "Théâtre du Capitole", "Toulouse"],
            ["Théâtre du Capitole de Toulouse", "Théâtre du Capitole de Toulouse", "Toulouse"],
        ),
        # a venue's own name after its article, alone: the venue
        (["Château du Sautou", "Sautou"], ["Château du Sautou", "Château du Sautou"]),
        (["prison de la Santé", "Santé"], ["prison de la Santé", "prison de la Santé"]),
        # a known place stays itself; a town not named alone leaves the venue's name as it is
        (["gare du Nord", "Nord"], ["gare du Nord", "Nord"]),
        (
            ["Théâtre du Capitole de Toulouse", "Théâtre du Capitole"],
            ["Théâtre du Capitole de Toulouse", "Théâtre du Capitole"],
        ),
        # no venue noun before the article: two places
        (["Seine-Saint-Denis", "Saint-Denis"], ["Seine-Saint-Denis", "Saint-Denis"]),
    ],
)
def test_venue_names_joined(names, expected):
    from pipeline.core.entities import join_venue_names

    got = join_venue_names([_mention(n, "LOC", n) for n in names], lexicon())
    assert [m.canonical_name for m in got] == expected


@pytest.mark.parametrize(
    "names",
    [
        ["Afrique du Nord", "Afrique", "Nord"],  # a region, no venue in a town
        ["parc de l'Ouest", "Ouest"],  # a cardinal point is no venue's own name
        ["Colisée de Rome", "Colisée", "Rome"],  # no venue noun
    ],
)
def test_no_venue_join(names):
    from pipeline.core.entities import join_venue_names

    got = join_venue_names([_mention(n, "LOC", n) for n in names], lexicon())
    assert [m.canonical_name for m in got] == names


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a broadcaster's regional station: the region after its name belongs to it
        ("une équipe de France 3 Bourgogne agressée", "France 3", "France 3 Bourgogne"),
        ("comme le révèle France Bleu Gard Lozère, un automobiliste", "France Bleu", "France Bleu Gard Lozère"),
        ("raconte France 3 Provence-Alpes-Côte d'Azur.", "France 3", "France 3 Provence-Alpes-Côte d'Azur"),
        # a person, a weekday or an ordinary word after it: the broadcaster alone
        ("a dit sur France Bleu Emmanuel Macron", "France Bleu", "France Bleu"),
        ("selon France 3 Lundi, rien", "France 3", "France 3"),
        ("il regardait France 3 Les infos", "France 3", "France 3"),
    ],
)
def test_regional_station_of_a_broadcaster(text, span, expected):
    start = text.index(span)
    (got,) = regional_editions(text, [Candidate(start, start + len(span), "ORG", 0, span)], lexicon())
    assert (text[got.start : got.end], got.canonical) == (expected, span)
