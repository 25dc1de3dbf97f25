"""Train and measure the furniture-paragraph model (``pipeline.core.cleaning.furniture``), run on demand:

    uv run --group train python -m pipeline.evaluation.furniture_training CORPUS_DIR [--loso] [--write]

Labels: every paragraph of every reference under tests/gold, as the cleaning cuts it (before the model): furniture
when it is (inside) a ``must_remove`` string, real when it holds the article's own text or meets no ``must_remove``
string at all (the references list every furniture line); a paragraph partly noise is left out. Real negatives: the
paragraphs the rules keep in the corpus articles of CORPUS_DIR (``to_text.py`` files not used by any reference).
``--loso``: for each of the last held-out sets, train without it and score it, with the embedded-document families
(written by reading those sets) off, then all on. ``--write``: train on everything, write the model's JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.core import article
from pipeline.core.cleaning import embedded, furniture, patterns
from pipeline.core.records import Article
from pipeline.evaluation.cleaning import CleaningScores, _real_texts, _score_one
from pipeline.evaluation.gold import load_gold, normalize

GOLD = Path("tests/gold")
FIRST_LOSO_SET = 9  # the first held-out set scored leave-one-set-out (the earlier ones shaped the features)


def heldout_sets(gold: Path = GOLD) -> list[str]:
    """Every ``heldoutN`` reference directory under ``gold``, in order of N."""
    found = [p.name for p in gold.glob("heldout*") if p.is_dir() and p.name.removeprefix("heldout").isdigit()]
    return sorted(found, key=lambda name: int(name.removeprefix("heldout")))


HELDOUT = heldout_sets()
LOSO_SETS = [name for name in HELDOUT if int(name.removeprefix("heldout")) >= FIRST_LOSO_SET]
SETS = ["seeds", "blind", *HELDOUT, "corpus_cleaning"]
MIN_FURNITURE_SHARE = 0.5  # a must_remove string inside a paragraph makes it furniture when it is most of it


def set_paths(name: str) -> tuple[Path, Path]:
    """A reference set's JSON file and its source directory."""
    if name == "seeds":
        return GOLD / "seeds.json", Path("seeds")
    if name.startswith("corpus_"):
        return GOLD / f"{name}.json", GOLD / "corpus"
    return GOLD / name / f"{name}.json", GOLD / name


@dataclass(frozen=True, slots=True)
class Example:
    """One paragraph: its features, label (1 furniture, 0 real), where it comes from."""

    features: dict[str, float]
    label: int
    origin: str
    text: str


@contextmanager
def configured(model: furniture.Model | None, families: bool) -> Iterator[list[list[tuple[str, str | None, dict]]]]:
    """Run the cleaning with ``model`` (None: no model) and the embedded-document families on or off; yields the
    list that receives every document's paragraphs (text, rule drop, features) as the model saw them."""
    seen: list[list[tuple[str, str | None, dict]]] = []
    real_mark, real_model, real_families = furniture.mark, furniture.model, embedded.FAMILIES

    def capture(paragraphs: list, source: str) -> None:
        feats = furniture.features(paragraphs)
        seen.append([(p.text, p.drop, f) for p, f in zip(paragraphs, feats, strict=True)])
        if model is not None:
            real_mark(paragraphs, source)

    furniture.mark = capture  # type: ignore[assignment]
    furniture.model = lambda: model  # type: ignore[assignment]
    embedded.FAMILIES = real_families if families else ()
    embedded.families.cache_clear()
    try:
        yield seen
    finally:
        furniture.mark, furniture.model, embedded.FAMILIES = real_mark, real_model, real_families
        embedded.families.cache_clear()


def _parse(path: Path) -> Article | None:
    parsed = article.parse_article(path.name, path.read_bytes())
    return parsed if isinstance(parsed, Article) else None


def label(text: str, gold: dict[str, Any]) -> int | None:
    """1 when a paragraph is furniture, 0 when real, None when it is partly noise or holds both."""
    p = normalize(text)
    noise = [normalize(m) for m in gold.get("must_remove", []) if normalize(m)]
    real = [r for r in _real_texts(gold) if len(r) >= 12]
    holds_real = any(r in p or p in r for r in real)
    inside_noise = any(p in m for m in noise) or any(m in p and len(m) >= MIN_FURNITURE_SHARE * len(p) for m in noise)
    if inside_noise and not holds_real:
        return 1
    if not any(m in p for m in noise):
        return 0
    return None


def reference_examples(names: list[str], model: furniture.Model | None, families: bool) -> list[Example]:
    """The labelled paragraphs of reference sets (features with the rules as configured, before the model)."""
    out = []
    for name in names:
        gold_path, source = set_paths(name)
        for gold in load_gold(gold_path):
            with configured(model, families) as seen:
                _parse(source / gold["file"])
            for text, _drop, feats in seen[0] if seen else []:
                if (y := label(text, gold)) is not None:
                    out.append(Example(feats, y, f"{name}/{gold['file']}", text))
    return out


def corpus_examples(directory: Path, families: bool) -> list[Example]:
    """Real negatives: the paragraphs the rules keep in corpus articles."""
    out = []
    for path in sorted(directory.glob("*.txt")):
        with configured(None, families) as seen:
            _parse(path)
        for text, drop, feats in seen[0] if seen else []:
            if drop is None:
                out.append(Example(feats, 0, f"corpus/{path.name}", text))
    return out


def train(examples: list[Example], threshold: float, strong: float, c: float = 1.0) -> furniture.Model:
    """A logistic regression on the examples' feature dicts (scikit-learn, the ``train`` group only)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([e.features for e in examples])
    y = [e.label for e in examples]
    fit = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x, y)
    weights = {
        name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), fit.coef_[0], strict=True)
    }
    bias = round(float(fit.intercept_[0]), 4)
    return furniture.Model({k: w for k, w in weights.items() if w}, bias, threshold, strong)


def score(name: str, model: furniture.Model | None, families: bool) -> CleaningScores:
    """Noise removed and real text kept on one reference set, with this model and families setting."""
    scores = CleaningScores()
    gold_path, source = set_paths(name)
    for gold in load_gold(gold_path):
        with configured(model, families):
            parsed = _parse(source / gold["file"])
        if parsed is None:
            continue
        row = {"title": parsed.title, "body": parsed.body, "published_date": None, "date_precision": None}
        _score_one(gold, row, scores)
    return scores


def _rates(s: CleaningScores) -> str:
    summary = s.summary()
    return f"removed {summary['removed_noise_rate']:.3f} kept {summary['kept_text_rate']:.3f}"


def leave_one_set_out(corpus: list[Example], args: argparse.Namespace) -> None:
    """For each K of LOSO_SETS: train without K, score K rules-only and rules+model, families off then on."""
    for families in (False, True):
        refs = reference_examples(SETS, None, families)
        for k in LOSO_SETS:
            model = train([e for e in refs if not e.origin.startswith(f"{k}/")] + corpus, args.threshold, args.strong)
            before, after = score(k, None, families), score(k, model, families)
            mode = "all rules" if families else "families off"
            print(f"{k} {mode}: rules-only {_rates(before)} | rules+model {_rates(after)}", flush=True)
            for miss in after.misses:
                if "real text lost" in miss:
                    print("   LOST", miss)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="to_text.py articles not used in any reference (real negatives)")
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--threshold", type=float, default=0.75)
    parser.add_argument("--strong", type=float, default=0.95)
    args = parser.parse_args(argv)
    corpus = corpus_examples(args.corpus, True)
    print(f"{len(corpus)} corpus paragraphs", file=sys.stderr)
    if args.loso:
        leave_one_set_out(corpus, args)
    if args.write:
        write_model(reference_examples(SETS, None, True), corpus, args)


def write_model(refs: list[Example], corpus: list[Example], args: argparse.Namespace) -> None:
    """Train on every reference and the corpus negatives; write the weights as JSON for the runtime."""
    model = train(refs + corpus, args.threshold, args.strong)
    furniture_count = sum(e.label for e in refs)
    data = {
        "about": "furniture paragraphs' logistic regression (pipeline/evaluation/furniture_training.py)",
        "trained": datetime.now(UTC).date().isoformat(),
        "sets": SETS,
        "examples": {"furniture": furniture_count, "real": len(refs) + len(corpus) - furniture_count},
        "corpus_articles": len(list(args.corpus.glob("*.txt"))),
        "threshold": model.threshold,
        "strong": model.strong,
        "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    (patterns.DATA_DIR / furniture.MODEL_FILE).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
