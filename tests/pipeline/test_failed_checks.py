"""A failing check publishes nothing, leaves LATEST as it was and shows the failing rows."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from dagster import DagsterEventType, DagsterInstance

from pipeline.build import BuildError
from pipeline.core.records import Quote
from pipeline.dataset.validation import ValidationIssue
from tests.pipeline.conftest import build, copy_seeds


def _check_evaluations(asset: str, check_name: str) -> list:
    """The latest run's evaluations of one asset check."""
    instance = DagsterInstance.get()
    run = instance.get_runs(limit=1)[0]
    events = instance.all_logs(run.run_id, of_type=DagsterEventType.ASSET_CHECK_EVALUATION)
    data = [e.dagster_event.event_specific_data for e in events]
    return [d for d in data if d.check_name == check_name and d.asset_key.to_user_string() == asset]


@pytest.mark.usefixtures("in_process_nlp")
def test_invalid_extraction_fails_its_check_and_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = copy_seeds(tmp_path / "src")
    first = build(source, tmp_path / "datasets")
    (source / "late.txt").write_text(" date 2020-01 Un titre\n\nUn texte « cité » ici.\n", encoding="utf-8")

    def bad_quotes(doc, layout, mentions):
        return [Quote("body", 0, 3, "Un ", "direct", confidence=2.0)]

    monkeypatch.setattr("pipeline.core.nlp.extract_quotes", bad_quotes)
    with pytest.raises(BuildError, match="failed"):
        build(source, tmp_path / "datasets")
    assert first.layout.latest_release_id() == first.summary.release_id
    assert len(list(first.layout.releases.iterdir())) == 1
    [evaluation] = _check_evaluations("quotes", "matches_contract_schema")
    assert not evaluation.passed
    details = evaluation.metadata["details"].value
    assert "confidence" in details and "2.0" in details


def test_a_failing_release_check_publishes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = copy_seeds(tmp_path / "src")
    first = build(source, tmp_path / "datasets")
    (source / "late.txt").write_text(" date 2020-02 Un titre\n\nUn texte ici.\n", encoding="utf-8")
    sample = pl.DataFrame({"quote_id": ["0123456789abcdef"], "problem": ["speaker unknown"]})
    issue = ValidationIssue("quotes", "speaker_entity_id exists in entities", 1, sample, kind="integrity")
    monkeypatch.setattr("pipeline.dataset.publish.validate_release_inputs", lambda layout, months: [issue])
    with pytest.raises(BuildError, match="nothing published"):
        build(source, tmp_path / "datasets")
    assert first.layout.latest_release_id() == first.summary.release_id
    assert len(list(first.layout.releases.iterdir())) == 1
    assert not list(first.layout.staging.glob("release-*"))
    [evaluation] = _check_evaluations("dataset_release", "all_tables_valid")
    assert not evaluation.passed
    assert "0123456789abcdef" in evaluation.metadata["details"].value


@pytest.mark.usefixtures("in_process_nlp")
def test_an_extraction_error_on_one_article_is_reported_and_blocks_publishing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.core import nlp

    source = copy_seeds(tmp_path / "src")
    real = nlp.extract_quotes

    def fragile(doc, layout, mentions):
        if "Stoltenberg a convoqué" in doc.text:
            raise RuntimeError("boom on one article")
        return real(doc, layout, mentions)

    monkeypatch.setattr("pipeline.core.nlp.extract_quotes", fragile)
    with pytest.raises(BuildError, match="failed"):
        build(source, tmp_path / "datasets")
    [evaluation] = _check_evaluations("quotes", "offsets_and_keys_consistent")
    assert not evaluation.passed
    assert "boom on one article" in evaluation.metadata["details"].value
    assert evaluation.metadata["failing_rows"].value == 1
