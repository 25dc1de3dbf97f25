"""Unit tests of the rules for error families found on a fresh blind set (invented sentences, no model)."""

from __future__ import annotations

import re

import pytest

from pipeline.core.entities import seat_of
from pipeline.core.entity.canonical import canonicalize, merge_adjacent, resolve
from pipeline.core.entity.lexicon import inflections, lexicon
from pipeline.core.entity.spans import Candidate, clean_span


def never_common(word: str) -> bool:
    return False


def clean(text: str, span: str, label: str, is_common=never_common) -> list[tuple[str, str]]:
    start = text.index(span)
    return [(text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, is_common)]


def _cands(text: str, spans: list[tuple[str, str]]) -> list[Candidate]:
    cands, cursor = [], 0
    for surface, label in spans:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        cands.append(Candidate(start, cursor, label, 1))
    return cands


def _resolved(text: str, spans: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    out = canonicalize(text, resolve(_cands(text, spans)), lexicon())
    return {text[r.start : r.end]: (r.label, r.canonical) for r in out}


def _merged(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.label) for c in merge_adjacent(text, _cands(text, spans), lexicon())]


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # demonyms in every gender and number, as nouns
        ("Les supporters ont salué l'Ivoirien hier.", "Ivoirien", "LOC"),
        ("Il a abandonné les Kurdes aux Turcs.", "Turcs", "LOC"),
        ("Les Libanaises manifestent.", "Libanaises", "MISC"),
        # cardinal points and holidays
        ("Les pays du Sud attendent.", "Sud", "LOC"),
        ("Une trêve de Noël est demandée.", "Noël", "PER"),
        ("Une trêve de Noël est demandée.", "Noël", "MISC"),
        # acronyms of common nouns
        ("Elle a signé un CDD de six mois.", "CDD", "ORG"),
        ("Il a été victime d'un AVC.", "AVC", "ORG"),
        ("Le Smic augmente.", "Smic", "MISC"),
        # adjectives built on a name, a district without its city
        ("Une manifestation anti-Macron a eu lieu.", "anti-Macron", "LOC"),
        ("Il a été conduit au commissariat du XIe arrondissement.", "commissariat du XIe arrondissement", "ORG"),
    ],
)
def test_junk_dropped(text, span, label):
    assert clean(text, span, label) == []


def test_demonym_inflections():
    forms = inflections(frozenset({"ivoirien", "turc", "grec", "kurde", "anglais"}))
    assert {"ivoirienne", "ivoiriens", "ivoiriennes", "turque", "turcs", "grecque", "kurdes", "anglaise"} <= forms


def test_first_name_still_a_person():
    assert clean("Selon Noël Le Graët, rien.", "Noël Le Graët", "PER") == [("Noël Le Graët", "PER")]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Le match contre Leeds United a été reporté.", "Leeds United", "LOC", [("Leeds United", "ORG")]),
        ("Il a signé au FC Nantes.", "FC Nantes", "LOC", [("FC Nantes", "ORG")]),
        ("Il joue au Real Madrid.", "Real Madrid", "LOC", [("Real Madrid", "ORG")]),
        ("Il vit à Kansas City.", "Kansas City", "LOC", [("Kansas City", "LOC")]),  # a known city stays a place
        ("Il écrit pour le Banlieue Blog depuis.", "Banlieue Blog", "LOC", [("Banlieue Blog", "ORG")]),
    ],
)
def test_clubs_and_media_by_shape(text, span, label, expected):
    assert clean(text, span, label) == expected


def test_club_gives_no_seat():
    text = "Il a rejoint l'Olympique de Nice."
    start = text.index("Olympique")
    assert seat_of(text, start, start + len("Olympique de Nice"), "ORG", lexicon()) is None


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a question or exclamation mark ends a name; a closing single quote too
        ("Tu connais Julien?+ Certainement pas.", "Julien?+ Certainement", "PER", [("Julien", "PER")]),
        ("les 'anti-Lucien' finiront mal", "Lucien' finiront", "PER", [("Lucien", "PER")]),
        # a word between '"+' and '+"' is a quoted word
        ('a-t-il dit : "+Menteur+", rien.', "Menteur", "PER", []),
    ],
)
def test_quote_fragments(text, span, label, expected):
    common = {"Menteur", "Certainement"}
    assert clean(text, span, label, is_common=lambda w: w in common) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # two person spans separated by one space are one name
        ("Le Premier ministre Ali Hassan Karim a dit", [("Ali", "PER"), ("Hassan Karim", "PER")], "Ali Hassan Karim"),
        # a first name followed by a name the model typed otherwise
        ("comme Pierre Durandeau l'a dit", [("Pierre", "PER"), ("Durandeau", "ORG")], "Pierre Durandeau"),
        # a name cut after its particle gets its surname back
        ("a dit Bruno Le Fourbe hier", [("Bruno Le", "PER")], "Bruno Le Fourbe"),
        ("a dit Omar Ben Salah hier", [("Omar Ben", "PER"), ("Salah", "PER")], "Omar Ben Salah"),
    ],
)
def test_split_person_names_joined(text, spans, expected):
    assert _merged(text, spans) == [(expected, "PER")]


def test_separated_names_stay_apart():
    text = "Pierre, Durandeau et Paul"
    assert len(_merged(text, [("Pierre", "PER"), ("Durandeau", "ORG")])) == 2
    text = "Sanofi Pierre Durand"  # an organisation before a person is not joined
    assert len(_merged(text, [("Sanofi", "ORG"), ("Pierre Durand", "PER")])) == 2


def test_cut_short_name_joins_the_full_name():
    text = "Bruno Lemarchand a parlé. Bruno Le Marchand a dit que Bruno Le a tort."
    got = _resolved(text, [("Bruno Le Marchand", "PER"), ("Bruno Le", "PER")])
    assert got["Bruno Le"] == ("PER", "Bruno Le Marchand")


def test_misspelt_surname_joins_the_more_frequent_spelling():
    text = "Paul Devaux a dit. Paul Devaux a redit. Paul Deveaux a conclu. Paul Roux aussi. Paul Rous non."
    got = _resolved(
        text,
        [
            ("Paul Devaux", "PER"),
            ("Paul Devaux", "PER"),
            ("Paul Deveaux", "PER"),
            ("Paul Roux", "PER"),
            ("Paul Rous", "PER"),
        ],
    )
    assert got["Paul Deveaux"] == ("PER", "Paul Devaux")
    assert got["Paul Rous"] == ("PER", "Paul Rous")  # surnames under five letters are never guessed


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("selon l'agence officielle Sana.", "Sana", "PER", [("Sana", "ORG")]),
        ("Solidaires et la FSU", "Solidaires", "LOC", [("Solidaires", "ORG")]),
        ("L'Unsa ferroviaire proteste", "Unsa ferroviaire", "ORG", [("Unsa ferroviaire", "ORG")]),
        ("le Parlement a voté", "Parlement", "ORG", [("Parlement", "ORG")]),
    ],
)
def test_known_agencies_unions_institutions(text, span, label, expected):
    assert clean(text, span, label) == expected


def test_two_full_names_side_by_side_stay_apart():
    text = "le maire Noyer Bernard Durandeau a dit"
    assert len(_merged(text, [("Noyer", "PER"), ("Bernard Durandeau", "PER")])) == 2


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("le Bassin parisien souffre", "Bassin parisien", "LOC", [("Bassin parisien", "LOC")]),
        ("les élus de l'Ouest disent", "Ouest", "LOC", [("Ouest", "LOC")]),
    ],
)
def test_regional_words_stay(text, span, label, expected):
    assert clean(text, span, label) == expected


def test_first_names_with_two_letters_swapped_are_one_person():
    text = "Gui Kardam écrit. Gui Kardam publie. Giu Kardam a dit. Tom Kardam et Tim Kardam sont frères."
    got = _resolved(
        text,
        [
            ("Gui Kardam", "PER"),
            ("Gui Kardam", "PER"),
            ("Giu Kardam", "PER"),
            ("Tom Kardam", "PER"),
            ("Tim Kardam", "PER"),
        ],
    )
    assert got["Giu Kardam"] == ("PER", "Gui Kardam")
    assert got["Tim Kardam"] == ("PER", "Tim Kardam")  # one letter apart, short: two people


def test_first_name_tagged_otherwise_is_the_person_whose_full_name_recurs():
    text = "Jonathann Kardam a dit. Jonathann Kardam nie. La ville où Jonathann est détenu."
    got = _resolved(text, [("Jonathann Kardam", "PER"), ("Jonathann Kardam", "PER"), ("Jonathann", "LOC")])
    assert got["Jonathann"] == ("PER", "Jonathann Kardam")
    text = "Florence Kardam a dit. Il vit à Florence."  # the full name once: the place stays
    got = _resolved(text, [("Florence Kardam", "PER"), ("Florence", "LOC")])
    assert got["Florence"] == ("LOC", "Florence")


@pytest.mark.parametrize(
    ("text", "spans", "alias", "expected"),
    [
        (
            "Claude Kardam, dit Raël, a fondé un mouvement.",
            [("Claude Kardam", "PER"), ("Raël", "PER")],
            "Raël",
            ("PER", "Claude Kardam"),
        ),
        (
            "Léonie Kardam, dite Nini, chantait.",
            [("Léonie Kardam", "PER"), ("Nini", "LOC")],
            "Nini",
            ("PER", "Léonie Kardam"),
        ),
        (
            "Le rappeur Kardam, de son vrai nom Jean Durandeau, est mort.",
            [("Kardam", "PER"), ("Jean Durandeau", "PER")],
            "Jean Durandeau",
            ("PER", "Kardam"),
        ),
        # the verb of an incise and a full name: two people
        (
            "J'ai vu Paul Kardam, dit Jean Durandeau au journal.",
            [("Paul Kardam", "PER"), ("Jean Durandeau", "PER")],
            "Jean Durandeau",
            ("PER", "Jean Durandeau"),
        ),
        ("Sans nom, dit Raël.", [("Raël", "PER")], "Raël", ("PER", "Raël")),
    ],
)
def test_a_nickname_given_with_dit_or_alias_is_the_same_person(text, spans, alias, expected):
    assert _resolved(text, spans)[alias] == expected


def test_a_compound_first_name_alone_is_the_person():
    text = "Pierre-Kardam Veil a parlé. Son frère Pierre-Kardam a dit. Jean Veil aussi."
    got = _resolved(text, [("Pierre-Kardam Veil", "PER"), ("Pierre-Kardam", "PER"), ("Jean Veil", "PER")])
    assert got["Pierre-Kardam"] == ("PER", "Pierre-Kardam Veil")
    text = "Saint-Kardam a parlé. Saint Kardam Veil aussi."  # no first name: a surname of its own
    got = _resolved(text, [("Saint-Kardam", "PER"), ("Saint Kardam Veil", "PER")])
    assert got["Saint-Kardam"] == ("PER", "Saint-Kardam")


def test_a_full_name_typed_otherwise_once_is_the_person():
    text = "Maurane et France Kardam. Selon France Kardam, rien. Vive France Kardam."
    typed = [
        Candidate(m.start(), m.end(), lab, 1)
        for m, lab in zip(re.finditer("France Kardam", text), ["PER", "ORG", "PER"], strict=True)
    ]
    out = canonicalize(text, typed, lexicon())
    assert [(r.label, r.canonical) for r in out] == [("PER", "France Kardam")] * 3
    text = "La Kardam Lyonnaise a dit. Kardam a parlé."  # no full name of a person: left to the model
    got = _resolved(text, [("Kardam Lyonnaise", "ORG"), ("Kardam", "PER")])
    assert got["Kardam Lyonnaise"][0] == "ORG"
