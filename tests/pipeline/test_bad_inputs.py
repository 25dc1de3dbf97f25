"""Bad inputs are recorded as rejections or decoded with a warning while the rest builds."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tests.pipeline.conftest import Build, build, copy_seeds

CP1252_TEXT = " date 2021-06-02 Élection à l'Assemblée\n\nLe député a été réélu, a-t-on appris mercredi.\n"
UNBALANCED = (
    " date 2021-06 Un guillemet orphelin\n\n"
    "« Nous ne reculerons pas, a déclaré le maire de Lyon, Grégory Doucet.\n\n"
    "Le conseil municipal se réunira de nouveau en septembre pour voter le budget.\n"
)


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    source = copy_seeds(tmp_path_factory.mktemp("bad") / "src")
    (source / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (source / "empty.txt").write_bytes(b"")
    (source / "blank.txt").write_bytes(b"  \n\r\n  ")
    (source / "sub").mkdir()
    (source / "sub" / "cp1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (source / "sub" / "unbalanced.txt").write_text(UNBALANCED, encoding="utf-8")
    (source / "bom_crlf.txt").write_bytes(b"\xef\xbb\xbf date 2021-06-03 Titre\r\n\r\nUn corps de texte.\r\n")
    (source / "ignored.md").write_text("not an article", encoding="utf-8")
    return build(source, source.parent / "datasets")


def _read(b: Build, table: str) -> pl.DataFrame:
    return pl.read_parquet(b.release_dir / table, hive_partitioning=table != "rejected_sources")


def test_rejections_are_recorded_with_specific_reasons(bad_build: Build) -> None:
    rejected = {r["source_path"]: r["reason"] for r in _read(bad_build, "rejected_sources").iter_rows(named=True)}
    assert set(rejected) == {"binary.txt", "empty.txt", "blank.txt"}
    assert "binary" in rejected["binary.txt"]
    assert "empty" in rejected["empty.txt"] and "empty" in rejected["blank.txt"]


def test_the_rest_builds(bad_build: Build) -> None:
    articles = _read(bad_build, "articles")
    paths = set(articles["source_path"])
    assert {"sub/cp1252.txt", "sub/unbalanced.txt", "bom_crlf.txt"} <= paths
    assert len(paths) == 5 + 3
    assert bad_build.summary.row_counts["rejected_sources"] == 3


def test_cp1252_and_bom_crlf_are_decoded(bad_build: Build) -> None:
    rows = {r["source_path"]: r for r in _read(bad_build, "articles").iter_rows(named=True)}
    assert rows["sub/cp1252.txt"]["title"] == "Élection à l'Assemblée"
    assert "réélu" in rows["sub/cp1252.txt"]["body"]
    assert str(rows["sub/cp1252.txt"]["published_date"]) == "2021-06-02"
    assert rows["bom_crlf.txt"]["title"] == "Titre" and rows["bom_crlf.txt"]["body"] == "Un corps de texte."


def test_an_unbalanced_mark_does_not_swallow_the_text(bad_build: Build) -> None:
    article = _read(bad_build, "articles").filter(pl.col("source_path") == "sub/unbalanced.txt").row(0, named=True)
    assert "Le conseil municipal se réunira" in article["body"]
    quotes = _read(bad_build, "quotes").filter(pl.col("article_id") == article["article_id"])
    for text in quotes["text"]:
        assert "conseil municipal" not in text


def test_ingest_never_sees_non_txt_files(bad_build: Build) -> None:
    assert "ignored.md" not in set(_read(bad_build, "articles")["source_path"])
    assert "ignored.md" not in set(_read(bad_build, "rejected_sources")["source_path"])


def test_a_missing_source_folder_is_a_clear_error(tmp_path: Path) -> None:
    from pipeline.cli import main

    assert main(["build", "--source", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 1


def test_a_parser_crash_on_one_file_is_a_recorded_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.dataset import reading

    source = copy_seeds(tmp_path / "src")
    real = reading.parse_article

    def fragile(path: str, data: bytes):
        if path.startswith("003_"):
            raise ValueError("unexpected layout")
        return real(path, data)

    monkeypatch.setattr(reading, "parse_article", fragile)
    result = build(source, tmp_path / "datasets")
    rejected = _read(result, "rejected_sources").row(0, named=True)
    assert rejected["source_path"].startswith("003_") and "unexpected layout" in rejected["reason"]
    assert result.summary.row_counts["articles"] == 4
