"""Command line: ``news-pipeline build | verify | evaluate``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.settings import default_out_dir, default_source_dir


def _build(args: argparse.Namespace) -> int:
    from pipeline.build import BuildError, run_build
    from pipeline.dataset.sources import SourceFolderError

    try:
        summary = run_build(Path(args.source), Path(args.out), report=lambda line: print(line, flush=True))
    except (BuildError, SourceFolderError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    counts = summary.row_counts
    print(
        f"\nrelease {summary.release_id} "
        + ("published" if summary.published else "unchanged (same sources and code as the latest release)")
        + f" in {summary.seconds:.1f}s\n"
        f"  articles: {counts['articles']}  quotes: {counts['quotes']}  entity mentions: {counts['entity_mentions']}"
        f"  entities: {counts['entities']}  cleaning edits: {counts['cleaning_log']}"
        f"  rejected files: {counts['rejected_sources']}\n"
        f"  months rebuilt: {len(summary.months_built)}\n"
        f"  {Path(args.out) / 'releases' / summary.release_id}"
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    from pipeline.dataset.layout import DatasetLayout
    from pipeline.dataset.verify import verify_release

    layout = DatasetLayout(Path(args.out))
    release_id = args.release or layout.latest_release_id()
    problems = verify_release(layout, release_id)
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    if problems:
        print(f"release {release_id}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"release {release_id}: files match the manifest, all schema and integrity checks pass")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluation.report import evaluate

    return evaluate(Path(args.gold), Path(args.source) if args.source else None, Path(args.out), args.release)


def _bench(args: argparse.Namespace) -> int:
    from pipeline.bench import bench, default_corpus_dir

    corpus = Path(args.corpus) if args.corpus else default_corpus_dir()
    return bench(corpus, args.n, args.skip, Path(args.work) if args.work else None, args.baseline_n)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``news-pipeline`` console script."""
    parser = argparse.ArgumentParser(prog="news-pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build the dataset and publish a release")
    build.add_argument("--source", default=str(default_source_dir()), help="folder of raw *.txt articles")
    build.add_argument("--out", default=str(default_out_dir()), help="dataset folder (LATEST, releases/)")
    build.set_defaults(func=_build)

    verify = sub.add_parser("verify", help="re-check a release against its manifest and schemas")
    verify.add_argument("--out", default=str(default_out_dir()))
    verify.add_argument("--release", help="release id (default: LATEST)")
    verify.set_defaults(func=_verify)

    evaluate = sub.add_parser("evaluate", help="score a build against a reference file")
    evaluate.add_argument("--gold", required=True, help="reference file in the format of tests/gold/seeds.json")
    evaluate.add_argument("--source", help="score a fresh in-memory build of this folder instead of a release")
    evaluate.add_argument("--out", default=str(default_out_dir()))
    evaluate.add_argument("--release", help="release id (default: LATEST)")
    evaluate.set_defaults(func=_evaluate)

    bench = sub.add_parser("bench", help="benchmark a build of the shared corpus against plain spaCy")
    bench.add_argument("--corpus", help="folder with orangesum.jsonl.gz (default: ../shared/corpus)")
    bench.add_argument("-n", type=int, default=1000, help="articles to build (0: the whole corpus)")
    bench.add_argument("--skip", type=int, default=0, help="corpus articles to skip first")
    bench.add_argument("--work", help="work folder (default: a new temporary folder)")
    bench.add_argument(
        "--baseline-n", type=int, default=2000, help="articles plain spaCy runs over (extrapolated to all; 0: all)"
    )
    bench.set_defaults(func=_bench)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
