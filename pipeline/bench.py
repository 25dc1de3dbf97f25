"""`news-pipeline bench`: build N articles of the shared corpus and compare with plain spaCy.

Prints articles/s, per-stage times, peak memory of the whole process tree, the ratio of the full build to
spaCy's own single-process ``nlp.pipe`` (all components) over the same raw texts, and the time of a rebuild
after one source file changed.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from pipeline.settings import project_root

CORPUS_ENV = "NEWS_PIPELINE_CORPUS"
CORPUS_FILE = "orangesum.jsonl.gz"


def default_corpus_dir() -> Path:
    """$NEWS_PIPELINE_CORPUS, else ../shared/corpus next to the project."""
    return Path(os.environ.get(CORPUS_ENV) or project_root().parent / "shared" / "corpus")


class PeakMemory:
    """Samples the resident memory of this process and all its children; keeps the peak."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval, self.peak = interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _plain_spacy(texts_dir: str, limit: int, queue: multiprocessing.Queue) -> None:
    import spacy

    from pipeline.core.nlp import MODEL_NAME

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(texts_dir).glob("*.txt"))[:limit]]
    nlp = spacy.load(MODEL_NAME)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    queue.put((time.perf_counter() - start, sum(len(t.split()) for t in texts)))


def plain_spacy_seconds(texts_dir: Path, limit: int) -> tuple[float, int]:
    """Seconds of single-process ``nlp.pipe`` with every component over the first ``limit`` texts (model load
    excluded), and their word count."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_plain_spacy, args=(str(texts_dir), limit, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


@dataclass
class Timed:
    seconds: float
    peak_rss: int
    stages: dict[str, float]


def _stage_times(run_ids: list[str]) -> dict[str, float]:
    from dagster import DagsterInstance

    instance = DagsterInstance.get()
    stages: dict[str, float] = {}
    for run_id in run_ids:
        for step in instance.get_run_step_stats(run_id):
            if step.start_time and step.end_time:
                stages[step.step_key] = stages.get(step.step_key, 0.0) + step.end_time - step.start_time
    return stages


def timed_build(source: Path, out: Path) -> Timed:
    """One build through Dagster, timed, with the peak memory of the process tree."""
    from pipeline.build import run_build

    with PeakMemory() as memory:
        start = time.perf_counter()
        summary = run_build(source, out, report=lambda line: print("  " + line, flush=True))
        seconds = time.perf_counter() - start
    stages = _stage_times(summary.run_ids)
    stages["scan, Dagster runs and other"] = seconds - sum(stages.values())
    return Timed(seconds, memory.peak, stages)


def _touch_one(texts_dir: Path) -> Path:
    victim = sorted(texts_dir.glob("*.txt"))[len(list(texts_dir.glob("*.txt"))) // 2]
    with victim.open("a", encoding="utf-8") as f:
        f.write("\n\nCet article a été mis à jour par la rédaction.")
    return victim


def _gib(n: int) -> str:
    return f"{n / 2**30:.2f} GiB"


def _words(texts_dir: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in texts_dir.glob("*.txt"))


def bench(corpus: Path, n: int | None, skip: int, work: Path | None, baseline_n: int) -> int:
    """Run the benchmark; 0 when the corpus is absent (nothing to measure)."""
    if not (corpus / CORPUS_FILE).exists():
        print(f"corpus not found: no {CORPUS_FILE} in {corpus}; nothing to benchmark (pass --corpus DIR)")
        return 0
    work = work or Path(tempfile.mkdtemp(prefix="news-bench-"))
    texts = work / "articles"
    home = work / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(home)
    if not texts.exists():
        args = (
            [sys.executable, str(corpus / "to_text.py"), str(texts)] + ([str(n)] if n else []) + ["--skip", str(skip)]
        )
        subprocess.run(args, check=True)
    count = len(list(texts.glob("*.txt")))
    print(f"benchmark: {count} articles in {texts}, work folder {work}, {os.cpu_count()} cores", flush=True)

    sample = min(count, baseline_n) if baseline_n > 0 else count
    print(f"plain spaCy (fr_core_news_md, all components, one process) over {sample} articles ...", flush=True)
    sample_seconds, sample_words = plain_spacy_seconds(texts, sample)
    words = _words(texts) if sample < count else sample_words
    base_seconds = sample_seconds * words / sample_words  # extrapolated by words when sampled
    rate, word_rate = sample / sample_seconds, sample_words / sample_seconds
    print(f"  {sample_seconds:.1f}s, {rate:.1f} articles/s, {word_rate:.0f} words/s")

    print("full build ...", flush=True)
    full = timed_build(texts, work / "datasets")
    victim = _touch_one(texts)
    print(f"rebuild after changing {victim.name} ...", flush=True)
    again = timed_build(texts, work / "datasets")

    print(f"\n== results ({count} articles, {words} words)")
    extrapolated = f" (extrapolated from {sample} articles by word count)" if sample < count else ""
    print(f"plain nlp.pipe:      {base_seconds:8.1f}s  {count / base_seconds:7.1f} articles/s{extrapolated}")
    print(
        f"full build:          {full.seconds:8.1f}s  {count / full.seconds:7.1f} articles/s  "
        f"ratio to nlp.pipe {full.seconds / base_seconds:.2f} (target <= 0.60)"
    )
    print(f"peak RSS (tree):     {_gib(full.peak_rss)} (target < 3 GiB)")
    for stage, seconds in sorted(full.stages.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<32} {seconds:8.1f}s")
    print(
        f"rebuild, 1 changed:  {again.seconds:8.1f}s  {100 * again.seconds / full.seconds:.1f}% of the full build "
        "(target <= 20%)"
    )
    for stage, seconds in sorted(again.stages.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:<32} {seconds:8.1f}s")
    return 0
