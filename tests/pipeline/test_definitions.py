"""The code location loads, and the sensor requests exactly the months that new files touch."""

from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline.definitions import defs
from pipeline.defs.partitions import CORPUS_ASSETS
from pipeline.defs.resources import NewsDataset
from pipeline.defs.sensors import new_sources_sensor
from tests.pipeline.conftest import build, copy_seeds

TABLES = {"articles", "cleaning_log", "quotes", "entity_mentions", "entities", "rejected_sources"}


def test_code_location_loads_with_every_table_asset() -> None:
    loaded = defs()
    dg.Definitions.validate_loadable(loaded)
    keys = {k.to_user_string() for k in loaded.resolve_all_asset_keys()}
    assert TABLES | {"dataset_release", "raw_articles"} <= keys
    graph = loaded.resolve_asset_graph()
    for key in TABLES - {"entities", "rejected_sources"}:
        node = graph.get(dg.AssetKey(key))
        assert node.partitions_def is not None and node.group_name in {"ingest", "extract"}
        assert node.description and node.code_version
    assert loaded.resolve_sensor_def("new_sources_sensor")


def test_sensor_requests_only_the_touched_month(tmp_path: Path) -> None:
    source = copy_seeds(tmp_path / "src")
    out = tmp_path / "datasets"
    build(source, out)
    resources = {"dataset": NewsDataset(source_dir=str(source), out_dir=str(out))}
    instance = dg.DagsterInstance.get()

    idle = new_sources_sensor(dg.build_sensor_context(instance=instance, resources=resources))
    assert not idle.run_requests

    (source / "new.txt").write_text(" date 1999-07-14 Un titre\n\nUn texte.\n", encoding="utf-8")
    context = dg.build_sensor_context(instance=instance, resources=resources)
    result = new_sources_sensor(context)
    month_runs = [r for r in result.run_requests if r.partition_key]
    assert [r.partition_key for r in month_runs] == ["1999-07"]
    corpus_runs = [r for r in result.run_requests if not r.partition_key]
    assert len(corpus_runs) == 1 and set(corpus_runs[0].asset_selection) == set(CORPUS_ASSETS)
    assert [req.partition_keys for req in result.dynamic_partitions_requests] == [["1999-07"]]

    repeat = new_sources_sensor(dg.build_sensor_context(instance=instance, resources=resources, cursor=result.cursor))
    assert not repeat.run_requests
