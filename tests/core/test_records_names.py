"""One entity per real-world thing across articles: spellings of a name share an id, and the corpus-wide table
names the entity by the spelling most mentions use (names as they occur in the corpus)."""

from __future__ import annotations

import polars as pl
import pytest

from pipeline.core.entity.lexicon import fold
from pipeline.core.records import EntityMention, Extraction, Quote, entity_id, name_key, without_accents
from pipeline.dataset.validation import check_global_tables
from pipeline.evaluation.quotes import speaker_key
from pipeline.tables import entities_table, extraction_frames, frame, renamed_entities, with_entity_names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Olivier Véran", "Olivier Veran"),  # accent dropped
        ("Jean-Yves Le Drian", "Jean-Yves le Drian"),  # particle case
        ("OTAN", "Otan"),  # acronym written as a word
        ("Corse-du-Sud", "Corse du Sud"),  # hyphens or spaces
        ("Jean–Yves  Le Drian", "Jean-Yves Le Drian"),  # an en dash, two spaces
        ("Côte d’Ivoire", "Côte d'Ivoire"),  # typographic apostrophe
        ("Restos du Cœur", "Restos du Coeur"),  # the œ ligature
        ("ÉTATS-UNIS", "Etats-Unis"),  # capital accents
        (" Laurent Nuñez ", "Laurent Nunez"),
    ],
)
def test_spellings_of_one_name_share_a_key_and_an_id(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)
    assert entity_id("PER", a) == entity_id("PER", b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Marie Le Pen", "Marine Le Pen"),  # one letter more is another person
        ("Jean-Yves Le Drian", "Yves Le Drian"),  # a first name less is not joined across articles
        ("Saint-Denis", "Saint-Denis-de-Pile"),
        ("ONU", "O.N.U."),  # dots are letters' business, not spelling: left apart
        ("Le Pen", "Pen"),
    ],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_the_label_still_separates_entities() -> None:
    # 'Paris' and 'Pâris' share a key (documented: accents never tell two names apart here), but a place and a
    # person of one name stay two entities
    assert name_key("Paris") == name_key("Pâris")
    assert entity_id("LOC", "Paris") != entity_id("PER", "Pâris")


def _extraction(mentions: list[EntityMention], quotes: list[Quote] | None = None) -> Extraction:
    return Extraction(tuple(mentions), tuple(quotes or ()))


def _many(rows: list[tuple[str, str, str]]) -> pl.DataFrame:
    """(article_id, text, canonical_name) PER mentions as the extraction writes them."""
    by_article: dict[str, list[EntityMention]] = {}
    for aid, text, name in rows:
        start = 10 * len(by_article.get(aid, []))
        by_article.setdefault(aid, []).append(EntityMention("body", start, start + len(text), text, "PER", name))
    return extraction_frames((aid, _extraction(ms)) for aid, ms in by_article.items())["entity_mentions"]


def test_one_row_named_by_the_majority_spelling() -> None:
    mentions = _many(
        [
            ("a1", "Olivier Veran", "Olivier Veran"),
            ("a1", "Veran", "Olivier Veran"),
            ("a2", "Olivier Véran", "Olivier Véran"),
            ("a3", "Olivier Veran", "Olivier Veran"),
        ]
    )
    entities = entities_table(mentions)
    assert entities.height == 1
    row = entities.row(0, named=True)
    assert row["canonical_name"] == "Olivier Veran"  # 3 mentions against 1
    assert row["aliases"] == ["Olivier Veran", "Olivier Véran", "Veran"]
    assert (row["n_mentions"], row["n_articles"]) == (4, 3)


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (["Olivier Veran", "Olivier Véran"], "Olivier Véran"),  # a tie: accents kept
        (["Jean-Yves le Drian", "Jean-Yves Le Drian"], "Jean-Yves Le Drian"),  # then capitals opening words
        (["Otan", "OTAN"], "OTAN"),  # then code-point order
    ],
)
def test_ties_are_broken_the_same_way_whatever_the_order(forms: list[str], expected: str) -> None:
    for ordered in (forms, forms[::-1]):
        mentions = _many([(f"a{i}", name, name) for i, name in enumerate(ordered)])
        assert entities_table(mentions)["canonical_name"].to_list() == [expected]


def test_different_people_stay_two_rows() -> None:
    mentions = _many([("a1", "Marine Le Pen", "Marine Le Pen"), ("a2", "Marie Le Pen", "Marie Le Pen")])
    assert sorted(entities_table(mentions)["canonical_name"]) == ["Marie Le Pen", "Marine Le Pen"]


def _quotes(speakers: list[tuple[str, str | None]]) -> pl.DataFrame:
    """One quote per (article_id, speaker); a speaker with a label is a named entity."""
    return frame(
        "quotes",
        extraction_frames(
            (
                aid,
                _extraction(
                    [],
                    [
                        Quote(
                            "body",
                            0,
                            5,
                            "Non !",
                            "direct",
                            speaker=s,
                            speaker_label="PER" if s and s[0].isupper() else None,
                        )
                    ],
                ),
            )
            for aid, s in speakers
        )["quotes"],
    )


def test_month_rows_take_the_entity_name_and_unchanged_ones_say_so() -> None:
    mentions = _many([("a1", "Olivier Véran", "Olivier Véran"), ("a2", "Olivier Véran", "Olivier Véran")])
    other = _many([("a3", "Olivier Veran", "Olivier Veran")])
    entities = entities_table(pl.concat([mentions, other]))
    assert renamed_entities("entity_mentions", mentions, entities) is None
    renamed = renamed_entities("entity_mentions", other, entities)
    assert renamed is not None and renamed["canonical_name"].to_list() == ["Olivier Véran"]
    assert renamed.drop("canonical_name").equals(other.drop("canonical_name"))  # nothing else moves

    quotes = _quotes([("a3", "Olivier Veran"), ("a4", "une source proche du dossier")])
    named = renamed_entities("quotes", quotes, entities)
    assert named is not None and named["speaker"].to_list() == ["Olivier Véran", "une source proche du dossier"]


def test_the_check_catches_a_mention_or_speaker_spelled_otherwise() -> None:
    mentions = pl.concat(
        [_many([("a1", "Olivier Véran", "Olivier Véran")]), _many([("a2", "Olivier Veran", "Olivier Veran")])]
    )
    quotes = _quotes([("a2", "Olivier Veran")])
    entities = entities_table(mentions)
    rejected = frame("rejected_sources", [])
    issues = check_global_tables(entities, mentions.lazy(), quotes.lazy(), rejected)
    checks = {i.table: i for i in issues}
    assert checks["entity_mentions"].failures == 1 and "canonical_name" in checks["entity_mentions"].check
    assert checks["quotes"].failures == 1 and "speaker" in checks["quotes"].check
    fixed = [with_entity_names(n, df.lazy(), entities) for n, df in (("entity_mentions", mentions), ("quotes", quotes))]
    assert check_global_tables(entities, *fixed, rejected) == []


def test_one_accent_folding_for_names_lexicon_and_evaluation_keys() -> None:
    assert without_accents("Élodie Brânça, État") == "Elodie Branca, Etat"
    # compatibility decomposition by default (names, lexicon), canonical only for the evaluation's keys
    assert without_accents("ﬁn² à 5\u00a0km") == "fin2 a 5 km"
    assert without_accents("ﬁn² à", compatibility=False) == "ﬁn² a"
    assert name_key("Hélène d’Orléans-Bragança") == "helene d'orleans braganca"
    assert fold("L’Île-de-France") == "l'ile de france"
    assert speaker_key("la Première ministre Élisabeth Borne-Lévy") == "premiere ministre elisabeth borne levy"


def test_letters_that_differ_by_more_than_an_accent_keep_apart() -> None:
    assert without_accents("Łódź Øresund ß") == "Łodz Øresund ß"  # no decomposition: left as they are
    assert name_key("Marie Lepen") != name_key("Marine Le Pen")
