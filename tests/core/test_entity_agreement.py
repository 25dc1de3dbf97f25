"""Unit tests of the rules from the 500-article precision check and the bracketed-name families (invented
sentences, no model)."""

from __future__ import annotations

import pytest
from spacy.vectors import Vectors
from spacy.vocab import Vocab

from pipeline.core.entities import join_place_heads, kept_common_word, seat_of
from pipeline.core.entity.canonical import canonicalize, resolve
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.matching import (
    article_names,
    bracketed_expansions,
    bracketed_first_names,
    expansions,
    known_names,
)
from pipeline.core.entity.spans import Candidate, clean_span
from pipeline.core.records import EntityMention


def never_common(word: str) -> bool:
    return False


def always_common(word: str) -> bool:
    return True


def clean(text: str, span: str, label: str, is_common=never_common) -> list[tuple[str, str]]:
    start = text.index(span)
    return [(text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, is_common)]


def _resolved(text: str, cands: list[Candidate]) -> dict[str, tuple[str, str]]:
    out = canonicalize(text, resolve(cands), lexicon())
    return {text[r.start : r.end]: (r.label, r.canonical) for r in out}


def _cand(text: str, surface: str, label: str, cursor: int = 0) -> Candidate:
    start = text.index(surface, cursor)
    return Candidate(start, start + len(surface), label, 1)


def test_a_longer_name_with_a_suffix_is_another_person():
    text = "Jacob Blake Sr a parlé à la presse. Jacob Blake est toujours hospitalisé."
    got = _resolved(text, [_cand(text, "Jacob Blake Sr", "PER"), _cand(text, "Jacob Blake", "PER", 20)])
    assert got["Jacob Blake"] == ("PER", "Jacob Blake")
    text = "Gordon Murray Automotive a présenté sa voiture. Gordon Murray est content."
    got = _resolved(text, [_cand(text, "Gordon Murray Automotive", "PER"), _cand(text, "Gordon Murray", "PER", 20)])
    assert got["Gordon Murray"] == ("PER", "Gordon Murray")


def test_a_name_cut_at_its_particle_still_joins_the_full_name():
    text = "Bruno Le Marchand a dit que Bruno Le a tort."
    got = _resolved(text, [_cand(text, "Bruno Le Marchand", "PER"), _cand(text, "Bruno Le", "PER", 10)])
    assert got["Bruno Le"] == ("PER", "Bruno Le Marchand")


def test_honorific_without_accent_is_stripped():
    assert clean("selon Maitre Nathalie Rorand, avocate", "Maitre Nathalie Rorand", "PER") == [
        ("Nathalie Rorand", "PER")
    ]


def test_facility_noun_before_an_ordinary_word_gives_no_place():
    text = "Covid: Conseil de Défense avant les annonces"
    start, end = text.index("Conseil"), text.index(" avant")
    assert seat_of(text, start, end, "ORG", lexicon(), lambda w: w == "Défense") is None
    text = "le parquet de Chambreuil a ouvert une enquête"
    start, end = text.index("parquet"), text.index(" a ouvert")
    assert seat_of(text, start, end, "ORG", lexicon(), never_common) is not None


def test_first_place_of_a_quoted_list_is_kept():
    text = 'Il a cité "Tours, Strasbourg, Dijon et Nice" parmi les villes.'
    assert clean(text, "Tours", "LOC", always_common) == [("Tours", "LOC")]
    text = 'Son film "Tours étroitement surveillées" a gagné.'
    assert clean(text, "Tours", "LOC", always_common) == []


def test_saint_hyphenated_name_alone_is_a_place():
    text = "Les îles de Saint-Martin et Sainte-Maxime ont souffert."
    assert clean(text, "Saint-Martin", "PER") == [("Saint-Martin", "LOC")]
    assert clean(text, "Sainte-Maxime", "PER") == [("Sainte-Maxime", "LOC")]
    text = "Antoine de Saint-Exupéry a écrit un livre."
    assert clean(text, "Antoine de Saint-Exupéry", "PER") == [("Antoine de Saint-Exupéry", "PER")]


def test_first_name_in_brackets_completes_the_surname():
    text = 'comme avant il avait reçu Dieudonné ou (Alain) Soral", dit-il. Soral a répondu.'
    found = bracketed_first_names(text, lexicon())
    assert [(text[c.start : c.end], c.canonical) for c in found] == [("(Alain) Soral", "Alain Soral")]
    later = text.rindex("Soral")
    got = _resolved(text, [*found, Candidate(later, later + 5, "ORG", 1)])
    assert got["Soral"] == ("PER", "Alain Soral")
    assert bracketed_first_names("la ville (Paris) Sud", lexicon()) == []  # not a first name in brackets


def test_regnal_name_keeps_its_title():
    text = "Le refus du pape François de voir démissionner le cardinal"
    found = known_names(text, lexicon())
    assert [(text[c.start : c.end], c.label, c.canonical) for c in found] == [("pape François", "PER", "pape François")]


def test_union_in_capitals_is_kept_but_the_south_is_not():
    text = "Anne, infirmière et élue SUD à l'hôpital, et le Sud du pays."
    assert clean(text, "SUD", "ORG") == [("SUD", "ORG")]
    assert clean(text, "Sud", "LOC") == []


def test_person_span_running_into_a_known_place_is_split():
    text = "Sans Neymar le Brésil a perdu."
    assert clean(text, "Neymar le Brésil", "PER") == [("Neymar", "PER"), ("Brésil", "LOC")]
    text = "Jean-Yves le Drian a parlé."
    assert clean(text, "Jean-Yves le Drian", "PER") == [("Jean-Yves le Drian", "PER")]


def test_association_named_with_a_lower_case_article():
    text = "cofondateur de l'association la Parole libérée qui aide. Le cofondateur de la Parole libérée dit."
    found = article_names(text, lexicon())
    assert [(text[c.start : c.end], c.label) for c in found] == [("Parole libérée", "ORG")] * 2
    text = "l'entreprise la Française a dit; le collectif les Dégommeuses joue"
    assert [text[c.start : c.end] for c in article_names(text, lexicon())] == ["Dégommeuses"]


def test_organisation_span_running_into_a_known_one_after_au():
    text = "a assuré un responsable de la Fédération au Monde hier."
    assert clean(text, "Fédération au Monde", "ORG") == [("Monde", "ORG")]
    text = "le Haut-Commissariat aux Réfugiés a dit"  # no known organisation after "aux": one name
    assert clean(text, "Haut-Commissariat aux Réfugiés", "ORG") == [("Haut-Commissariat aux Réfugiés", "ORG")]


def test_place_and_its_longer_hyphenated_name_are_one():
    mentions = [
        EntityMention("body", 0, 22, "Saint-Germain-des-Prés", "LOC", "Saint-Germain-des-Prés"),
        EntityMention("body", 30, 43, "Saint-Germain", "LOC", "Saint-Germain"),
        EntityMention("body", 50, 57, "Neuilly", "LOC", "Neuilly"),
        EntityMention("body", 60, 65, "Paris", "LOC", "Paris"),
        EntityMention("body", 70, 81, "Paris-Match", "ORG", "Paris-Match"),
    ]
    got = [m.canonical_name for m in join_place_heads(mentions)]
    assert got == ["Saint-Germain-des-Prés", "Saint-Germain-des-Prés", "Neuilly", "Paris", "Paris-Match"]
    neuilly = [EntityMention("body", 0, 7, "Neuilly", "LOC", "Neuilly")]
    neuilly.append(EntityMention("body", 10, 27, "Neuilly-sur-Seine", "LOC", "Neuilly-sur-Seine"))
    assert {m.canonical_name for m in join_place_heads(neuilly)} == {"Neuilly-sur-Seine"}


def test_two_names_joined_by_et_and_an_article_are_two():
    text = "pendant que la CGT, Solidaires et la FSU continuent"
    assert clean(text, "Solidaires et la FSU", "MISC") == [("Solidaires", "ORG"), ("FSU", "ORG")]
    text = "le parti Droit et Justice a gagné"
    assert clean(text, "Droit et Justice", "ORG") == [("Droit et Justice", "ORG")]


def test_article_name_needs_its_article_and_an_unusual_word():
    text = "le groupe la République en marche. Le président de la République a dit."
    assert article_names(text, lexicon()) == []
    text = "l'association les Dégommeuses joue. Les Dégommeuses gagnent, Dégommeuses seules."
    assert [text[c.start : c.end] for c in article_names(text, lexicon())] == ["Dégommeuses", "Dégommeuses"]


def test_a_name_followed_by_its_particle_joins_the_longer_name():
    text = "Rabbi Nahman de Breslev est mort en 1810. Rabbi Nahman est vénéré."
    got = _resolved(text, [_cand(text, "Rabbi Nahman de Breslev", "PER"), _cand(text, "Rabbi Nahman", "PER", 30)])
    assert got["Rabbi Nahman"] == ("PER", "Rabbi Nahman de Breslev")


def test_kept_common_word_ignores_pruned_rows():
    vocab = Vocab()
    vectors = Vectors(shape=(3, 2))
    for word, row in [("défense", 0), ("bobigny", 2), ("Défense", 1), ("alfortville", 2), ("Alfortville", 1)]:
        vectors.add(vocab.strings.add(word), row=row)
    vocab.vectors = vectors
    assert kept_common_word(vocab, "Défense")
    assert not kept_common_word(vocab, "Alfortville")  # its lower-case form only borrows another word's row


def test_name_after_an_honorific_is_a_firm_person():
    text = "Selon M. Dumontier, la ville de Dumontier a voté. Mme Vallon aussi."
    start = text.index("Dumontier")
    got = clean_span(text, start, start + len("Dumontier"), "LOC", never_common)
    assert [(c.label, c.firm) for c in got] == [("PER", True)]
    later = text.index("Dumontier", start + 5)
    cands = [*got, Candidate(later, later + len("Dumontier"), "LOC", 1)]
    assert _resolved(text, cands)["Dumontier"][0] == "PER"
    assert clean(text, "Vallon", "ORG") == [("Vallon", "PER")]


def test_expansion_of_a_long_acronym_wins_over_the_pieces():
    text = "la Régie immobilière de la ville de Paris (RIVP) gère des logements"
    pieces = [_cand(text, "Régie", "LOC"), _cand(text, "Paris", "LOC")]
    found = resolve(pieces + expansions(text, lexicon(), min_letters=3))
    assert [(text[c.start : c.end], c.label) for c in found] == [("Régie immobilière de la ville de Paris", "ORG")]
    assert expansions("le Front national (FN) a dit", lexicon(), min_letters=3) == []


def test_name_in_brackets_after_its_acronym():
    text = "la RIVP (Régie immobilière de la ville de Paris, ndlr) loge; le FN (Front national) aussi"
    found = bracketed_expansions(text, lexicon())
    assert [(text[c.start : c.end], c.label) for c in found] == [("Régie immobilière de la ville de Paris", "ORG")]
    assert bracketed_expansions("la DDSP (Directrice départementale de la sécurité publique)", lexicon()) == []


def test_a_bracketed_dash_is_no_initial():
    # A lone dash is a "word" of no letter: it neither crashes the initials nor counts as one.
    text = "le CNRS (Centre national - recherche scientifique) a dit"
    found = [text[c.start : c.end] for c in bracketed_expansions(text, lexicon())]
    assert found == ["Centre national - recherche scientifique"]
    assert bracketed_expansions("l'UNU (Université - Nations) a dit", lexicon()) == []


def test_expansion_starting_with_a_title_is_no_organisation():
    text = "la Directrice départementale de la Sécurité publique (DDSP) a dit"
    assert expansions(text, lexicon(), min_letters=3) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the surname bracketed after a first name
        ("à part Valérie (Pécresse), je ne vois", [("Valérie (Pécresse", "Valérie Pécresse")]),
        ("Merci à Michèle (Alliot-Marie) d'être là", [("Michèle (Alliot-Marie", "Michèle Alliot-Marie")]),
        # a role then its actor, a party, a place, a portfolio: no surname
        ("l'histoire de Zoé (Charlotte Le Bon), une jeune Française", []),
        ("Paul Christophe (UDI-Agir), à l'origine", []),
        ("avant son arrivée à Albert (Val-d'Oise), où il a", []),
        ("Didier Guillaume (Agriculture) a dit", []),
    ],
)
def test_bracketed_surname_after_a_first_name(text, expected):
    found = bracketed_first_names(text, lexicon())
    assert [(text[c.start : c.end], c.canonical) for c in found] == expected


def _labels(text: str, spans: list[tuple[int, str, str, bool]]) -> list[tuple[str, str]]:
    cands = [Candidate(s, s + len(w), label, 1, firm=firm) for s, w, label, firm in spans]
    return [(text[r.start : r.end], r.label) for r in canonicalize(text, cands, lexicon())]


def test_one_name_gets_one_label_between_organisation_and_person():
    text = "Selon Kardam Libre, rien. Le journal Kardam Libre le dit. Kardam Libre insiste."
    spans = [(text.index("Kardam"), "Kardam Libre", "PER", False)]
    spans += [
        (text.index("Kardam", 10), "Kardam Libre", "ORG", True),
        (text.rindex("Kardam"), "Kardam Libre", "PER", False),
    ]
    assert {label for _, label in _labels(text, spans)} == {"ORG"}


def test_a_person_and_a_place_of_one_name_keep_their_labels():
    text = "Jean Kardam a parlé. Ils vivent à Jean Kardam, une ville."
    spans = [(0, "Jean Kardam", "PER", False), (text.rindex("Jean"), "Jean Kardam", "LOC", True)]
    assert [label for _, label in _labels(text, spans)] == ["PER", "LOC"]
