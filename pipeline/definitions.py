"""The Dagster code location: everything under ``pipeline/defs``."""

from pathlib import Path

import dagster as dg


@dg.definitions
def defs() -> dg.Definitions:
    # Steps run in the run's own process: on two cores a subprocess per step only adds start-up time, and the
    # extraction step's NLP workers are the parallelism that matters.
    return dg.Definitions.merge(
        dg.load_from_defs_folder(path_within_project=Path(__file__).parent),
        dg.Definitions(executor=dg.in_process_executor),
    )
