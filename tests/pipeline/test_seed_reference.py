"""The released seed dataset measured against the hand-made seed reference (tests/gold/seeds.json)."""

from __future__ import annotations

import polars as pl
import pytest

from pipeline.evaluation.gold import load_gold, normalize
from pipeline.evaluation.report import score_all, tables_from_release
from tests.conftest import GOLD
from tests.pipeline.conftest import Build

SPAM_BIO = "Ninja Internet certifié"
PULL_QUOTE = (
    "Les mesures que nous prenons sont et demeurent préventives, proportionnées et non constitutives d'une escalade"
)


@pytest.fixture(scope="module")
def tables(seed_build: Build) -> dict[str, pl.DataFrame]:
    return tables_from_release(seed_build.out, seed_build.summary.release_id)


@pytest.fixture(scope="module")
def scores(tables: dict[str, pl.DataFrame]) -> dict:
    return {aspect: s.summary() for aspect, s in score_all(load_gold(GOLD / "seeds.json"), tables).items()}


def test_quotes_found_without_spurious_ones_and_attributed(scores: dict) -> None:
    quotes = scores["quotes"]
    assert quotes["recall"] >= 0.95
    assert quotes["spurious"] == 0
    assert quotes["speaker_accuracy"] >= 0.85


def test_every_date_and_cleaning_expectation_holds(scores: dict) -> None:
    cleaning = scores["cleaning and dates"]
    assert cleaning["date_accuracy"] == 1.0
    assert cleaning["removed_noise_rate"] == 1.0 and cleaning["kept_text_rate"] == 1.0
    assert cleaning["occur_once_rate"] == 1.0


def test_spam_bio_is_gone_logged_and_never_a_quote(tables: dict[str, pl.DataFrame]) -> None:
    articles, quotes, log = tables["articles"], tables["quotes"], tables["cleaning_log"]
    assert not articles["body"].str.contains(SPAM_BIO).any()
    assert not quotes["text"].str.contains(SPAM_BIO).any()
    removed = log.filter(pl.col("removed_text").str.contains(SPAM_BIO))
    assert removed.height == 1 and removed["rule"][0] == "author_bio"


def test_pull_quote_survives_once(tables: dict[str, pl.DataFrame]) -> None:
    body = tables["articles"].filter(pl.col("source_path").str.starts_with("002_"))["body"][0]
    assert normalize(body).count(PULL_QUOTE) == 1


def test_the_same_entity_is_one_row_across_the_corpus(seed_build: Build) -> None:
    entities = pl.read_parquet(seed_build.release_dir / "entities")
    for name, label in (("Jens Stoltenberg", "PER"), ("OTAN", "ORG")):
        row = entities.filter(pl.col("canonical_name") == name)
        assert row.height == 1 and row["label"][0] == label
        assert row["n_articles"][0] == 5


def test_evaluate_command_prints_every_aspect(seed_build: Build, capsys: pytest.CaptureFixture) -> None:
    from pipeline.cli import main

    assert main(["evaluate", "--gold", str(GOLD / "seeds.json"), "--out", str(seed_build.out)]) == 0
    out = capsys.readouterr().out
    for heading in ("== quotes", "== entities", "== cleaning and dates", "speaker_accuracy", "overall_f1"):
        assert heading in out
    assert main(["evaluate", "--gold", str(GOLD / "seeds.json"), "--out", str(seed_build.out / "none")]) == 2
