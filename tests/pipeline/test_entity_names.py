"""One entity per real-world thing across articles: 'Olivier Véran' in one month and 'Olivier Veran' in another are
one row of `entities`, and the release names him one way in every month (invented articles)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import polars as pl
import pytest

from pipeline.dataset.layout import DatasetLayout
from pipeline.dataset.parquet_io import sha256_file
from pipeline.dataset.release import content_hash
from pipeline.dataset.verify import verify_release
from tests.pipeline.conftest import Build, build

ARTICLES = {
    "a.txt": " date 2021-03-15 Le ministre de la Santé en visite à Lyon\n\nLe ministre de la Santé Olivier Véran a "
    "visité mardi un hôpital de Lyon. « Nous tiendrons », a déclaré Olivier Véran devant les soignants.\n",
    "b.txt": " date 2021-04-20 Vaccins : le calendrier se précise\n\n« La vaccination sera ouverte à tous en juin », "
    "a annoncé Olivier Veran jeudi à Paris.\n",
    "c.txt": " date 2021-05-02 Marseille prépare son été\n\nLa mairie de Marseille a présenté lundi son programme "
    "pour les plages de la ville.\n",
}
NAME = "Olivier Véran"


@pytest.fixture(scope="module")
def names_build(tmp_path_factory: pytest.TempPathFactory, dagster_home: Path) -> Build:
    source = tmp_path_factory.mktemp("names_src")
    for name, text in ARTICLES.items():
        (source / name).write_text(text, encoding="utf-8")
    return build(source, tmp_path_factory.mktemp("names_build") / "datasets")


def _table(b: Build, name: str) -> pl.DataFrame:
    return pl.read_parquet(b.release_dir / name, hive_partitioning=True)


def test_two_spellings_are_one_entity_named_by_the_majority(names_build: Build) -> None:
    entities = _table(names_build, "entities").filter(pl.col("label") == "PER")
    assert entities["canonical_name"].to_list() == [NAME]
    assert entities["aliases"][0].to_list() == ["Olivier Veran", "Olivier Véran"]
    assert (entities["n_mentions"][0], entities["n_articles"][0]) == (3, 2)


def test_every_month_of_the_release_names_him_one_way(names_build: Build) -> None:
    mentions = _table(names_build, "entity_mentions").filter(pl.col("label") == "PER")
    assert sorted(set(mentions["month"])) == ["2021-03", "2021-04"]
    assert set(mentions["canonical_name"]) == {NAME}
    assert set(mentions["text"]) == {"Olivier Veran", "Olivier Véran"}  # the text stays as written
    quotes = _table(names_build, "quotes")
    assert quotes["speaker"].to_list() == [NAME, NAME]
    assert quotes["speaker_entity_id"].n_unique() == 1
    # the month's work table keeps the article's own spelling
    work = pl.read_parquet(names_build.layout.month_table("2021-04", "entity_mentions"))
    assert "Olivier Veran" in work["canonical_name"].to_list()


def _same_file(b: Build, table: str, month: str) -> bool:
    release = b.release_dir / table / f"month={month}" / "part-0.parquet"
    return os.stat(release).st_ino == os.stat(b.layout.month_table(month, table)).st_ino


def test_only_the_renamed_month_files_are_written_again(names_build: Build) -> None:
    assert not _same_file(names_build, "entity_mentions", "2021-04")
    assert not _same_file(names_build, "quotes", "2021-04")
    for month in ("2021-03", "2021-05"):
        for table in ("articles", "quotes", "entity_mentions", "cleaning_log"):
            assert _same_file(names_build, table, month), (table, month)
    assert _same_file(names_build, "articles", "2021-04")


def test_rebuilding_publishes_nothing_new(names_build: Build) -> None:
    again = build(names_build.source, names_build.out)
    assert not again.summary.published and again.summary.release_id == names_build.summary.release_id
    assert verify_release(names_build.layout) == []


def _forge(b: Build, dest: Path, table: str, month: str) -> DatasetLayout:
    """A copy of the release whose month file is the work file (the article's own spelling), with a manifest and
    release id re-signed to match: only the cross-table check can tell."""
    shutil.copytree(b.out, dest, ignore=shutil.ignore_patterns(".staging", ".lock"))
    layout = DatasetLayout(dest)
    old = layout.release_dir(b.summary.release_id)
    rel = f"{table}/month={month}/part-0.parquet"
    (old / rel).unlink()
    shutil.copy(layout.month_table(month, table), old / rel)
    manifest = json.loads((old / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["tables"][table]["files"] if e["path"] == rel)
    entry.update(sha256=sha256_file(old / rel), bytes=(old / rel).stat().st_size)
    digest = content_hash(manifest["code_version"], manifest["source_fingerprint"], manifest["tables"])
    release_id = f"{b.summary.release_id.split('-')[0]}-{digest[:16]}"
    manifest.update(release_id=release_id, content_hash=digest)
    (old / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    old.rename(layout.release_dir(release_id))
    layout.latest_file.write_text(release_id + "\n", encoding="utf-8")
    return layout


@pytest.mark.parametrize(("table", "check"), [("entity_mentions", "canonical_name"), ("quotes", "speaker")])
def test_verify_catches_a_name_that_differs_from_its_entity(
    names_build: Build, tmp_path: Path, table: str, check: str, capsys: pytest.CaptureFixture
) -> None:
    from pipeline.cli import main

    layout = _forge(names_build, tmp_path / "forged", table, "2021-04")
    problems = verify_release(layout)
    assert len(problems) == 1 and check in problems[0] and "entities" in problems[0], problems
    assert main(["verify", "--out", str(layout.out)]) == 1
    assert "1 problem(s)" in capsys.readouterr().err
