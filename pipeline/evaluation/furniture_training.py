"""Train and measure the furniture-paragraph models (``pipeline.core.cleaning.furniture``), run on demand:

    uv run --group train python -m pipeline.evaluation.furniture_training CORPUS_DIR --guard GUARD_DIR [--loso]
        [--write]

Labels: every paragraph of every reference under tests/gold, as the cleaning cuts it (before the models): furniture
when it is (inside) a ``must_remove`` string, real when it holds the article's own text or meets no ``must_remove``
string at all (the references list every furniture line); a paragraph partly noise is left out. Real negatives: the
paragraphs the rules keep in the corpus articles of CORPUS_DIR (``to_text.py`` files not used by any reference), and
for the meta-text model every sentence of them that names a meta-text word or the reader. The meta-text model's
threshold is the lowest that removes nothing in the articles of GUARD_DIR (more corpus articles, in no training).
``--loso``: for each of the last held-out sets, train without it and score it, with the embedded-document families
(written by reading those sets) off (then on: ``--all-rules``). ``--write``: train on everything, write both models'
JSON."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.core import article
from pipeline.core.cleaning import embedded, furniture, metatext, patterns
from pipeline.core.cleaning.blocks import Paragraph
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
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ý«\"])")
NEVER = furniture.Model({}, -30.0, 2.0, 2.0)  # a model that removes nothing
META_MARGIN = 0.02  # the meta-text threshold: this much above the guard corpus's highest score
MIN_META_THRESHOLD = 0.9


def set_paths(name: str) -> tuple[Path, Path]:
    """A reference set's JSON file and its source directory."""
    if name == "seeds":
        return GOLD / "seeds.json", Path("seeds")
    if name.startswith("corpus_"):
        return GOLD / f"{name}.json", GOLD / "corpus"
    return GOLD / name / f"{name}.json", GOLD / name


@dataclass(frozen=True, slots=True)
class Example:
    """One paragraph: its features, label (1 furniture, 0 real), where it comes from; its meta-text features when
    it is sentence-shaped (``outside``: outside the prose core, where the meta-text model applies)."""

    features: dict[str, float]
    label: int
    origin: str
    text: str
    meta: dict[str, float] | None = None
    outside: bool = False


Seen = tuple[str, str | None, dict, dict | None, bool]


@contextmanager
def configured(
    model: furniture.Model | None, families: bool, meta: furniture.Model | None = None
) -> Iterator[list[list[Seen]]]:
    """Run the cleaning with ``model`` (None: no model at all) and ``meta`` (None: no meta-text model), the
    embedded-document families on or off; yields the list that receives every document's paragraphs (text, rule
    drop, features, meta-text features when sentence-shaped, outside the prose core) as the models saw them."""
    seen: list[list[Seen]] = []
    real_mark, real_model, real_meta, real_families = (
        furniture.mark,
        furniture.model,
        furniture.meta_model,
        embedded.FAMILIES,
    )

    def capture(paragraphs: list, source: str, embedded_in: bool = False) -> None:
        feats = furniture.features(paragraphs)
        outside = set(furniture._outside_prose(paragraphs))
        seen.append(
            [
                (p.text, p.drop, f, _meta_features(p), i in outside)
                for i, (p, f) in enumerate(zip(paragraphs, feats, strict=True))
            ]
        )
        if model is not None:
            real_mark(paragraphs, source, embedded_in)

    furniture.mark = capture  # type: ignore[assignment]
    furniture.model = lambda: model  # type: ignore[assignment]
    furniture.meta_model = lambda: meta or NEVER  # type: ignore[assignment]
    embedded.FAMILIES = real_families if families else ()
    embedded.families.cache_clear()
    try:
        yield seen
    finally:
        furniture.mark, furniture.model, furniture.meta_model = real_mark, real_model, real_meta
        embedded.FAMILIES = real_families
        embedded.families.cache_clear()


def _meta_features(para: Paragraph) -> dict[str, float] | None:
    """A paragraph's meta-text features when the meta-text model scores it (sentence-shaped, speaking of the page or
    to the reader)."""
    f = metatext.features(para.text) if furniture.sentence_shaped(para) else None
    return f if f is not None and metatext.speaks_of_the_page(f) else None


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
            for text, _drop, feats, meta, outside in seen[0] if seen else []:
                if (y := label(text, gold)) is not None:
                    out.append(Example(feats, y, f"{name}/{gold['file']}", text, meta, outside))
    return out


def corpus_examples(directory: Path, families: bool) -> list[Example]:
    """Real negatives: the paragraphs the rules keep in corpus articles."""
    out = []
    for path in sorted(directory.glob("*.txt")):
        with configured(None, families) as seen:
            _parse(path)
        for text, drop, feats, meta, outside in seen[0] if seen else []:
            if drop is None:
                out.append(Example(feats, 0, f"corpus/{path.name}", text, meta, outside))
    return out


def corpus_sentences(corpus: list[Example]) -> list[Example]:
    """Real negatives for the meta-text model: every sentence of the corpus paragraphs, with its meta-text
    features (no shape features: the shape model never sees them)."""
    out = []
    for e in corpus:
        for sentence in _SENTENCE_END.split(e.text):
            f = metatext.features(sentence)
            if len(sentence.split()) >= furniture.MIN_SENTENCE_WORDS and metatext.speaks_of_the_page(f):
                out.append(Example({}, 0, e.origin, sentence, f))
    return out


def train(examples: list[Example], threshold: float, strong: float, c: float = 1.0) -> furniture.Model:
    """The shape model: a logistic regression on the examples' shape features."""
    return fit([(e.features, e.label) for e in examples], threshold, strong, c)


def train_meta(examples: list[Example], guard: list[Example], c: float) -> furniture.Model:
    """The meta-text model on the sentence-shaped examples; its threshold the lowest that removes nothing in the
    ``guard`` corpus (articles used neither here nor anywhere in training), a paragraph at it shows furniture."""
    model = fit([(e.meta, e.label) for e in examples if e.meta is not None], 1.0, 1.0, c)
    highest = max((model.probability(e.meta) for e in guard if e.meta is not None and e.outside), default=0.0)
    threshold = round(max(MIN_META_THRESHOLD, highest + META_MARGIN), 4)
    return furniture.Model(model.weights, model.bias, threshold, threshold)


def fit(pairs: list[tuple[dict[str, float], int]], threshold: float, strong: float, c: float) -> furniture.Model:
    """A logistic regression on feature dicts and labels (scikit-learn, the ``train`` group only)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([f for f, _ in pairs])
    y = [label for _, label in pairs]
    regression = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {name: round(float(w), 4) for name, w in zip(names, regression.coef_[0], strict=True)}
    bias = round(float(regression.intercept_[0]), 4)
    return furniture.Model({k: w for k, w in weights.items() if w}, bias, threshold, strong)


def score(
    name: str, model: furniture.Model | None, families: bool, meta: furniture.Model | None = None
) -> CleaningScores:
    """Noise removed and real text kept on one reference set, with these models and families setting."""
    scores = CleaningScores()
    gold_path, source = set_paths(name)
    for gold in load_gold(gold_path):
        with configured(model, families, meta):
            parsed = _parse(source / gold["file"])
        if parsed is None:
            continue
        row = {"title": parsed.title, "body": parsed.body, "published_date": None, "date_precision": None}
        _score_one(gold, row, scores)
    return scores


def _rates(s: CleaningScores) -> str:
    summary = s.summary()
    return f"removed {summary['removed_noise_rate']:.3f} kept {summary['kept_text_rate']:.3f}"


def leave_one_set_out(
    corpus: list[Example], sentences: list[Example], guard: list[Example], args: argparse.Namespace
) -> None:
    """For each K of LOSO_SETS: train both models without K, score K rules-only, with the shape model, with the
    meta-text model too; families off (then on, ``--all-rules``)."""
    for families in (False, True) if args.all_rules else (False,):
        refs = reference_examples(SETS, None, families)
        for k in LOSO_SETS:
            kept = [e for e in refs if not e.origin.startswith(f"{k}/")] + corpus
            model = train(kept, args.threshold, args.strong)
            meta = train_meta(kept + sentences, guard, args.meta_c)
            runs = {
                "rules-only": score(k, None, families),
                "+shape": score(k, model, families),
                "+meta": score(k, model, families, meta),
            }
            mode = "all rules" if families else "families off"
            table = " | ".join(f"{name} {_rates(s)}" for name, s in runs.items())
            print(f"{k} {mode} (meta threshold {meta.threshold}): {table}", flush=True)
            for miss in runs["+meta"].misses:
                if "real text lost" in miss or args.verbose:
                    print("   ", miss)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="to_text.py articles not used in any reference (real negatives)")
    parser.add_argument("--loso", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--threshold", type=float, default=0.75)
    parser.add_argument("--strong", type=float, default=0.95)
    parser.add_argument("--guard", type=Path, required=True, help="more corpus articles, used in no training")
    parser.add_argument("--meta-c", type=float, default=1.0, help="the meta-text model's inverse regularisation")
    parser.add_argument("--verbose", action="store_true", help="--loso: print every miss")
    parser.add_argument("--all-rules", action="store_true", help="--loso: then again with every family on")
    args = parser.parse_args(argv)
    corpus = corpus_examples(args.corpus, True)
    sentences = corpus_sentences(corpus)
    guard = corpus_examples(args.guard, True)
    print(
        f"{len(corpus)} corpus paragraphs, {len(sentences)} sentences, {len(guard)} guard paragraphs", file=sys.stderr
    )
    if args.loso:
        leave_one_set_out(corpus, sentences, guard, args)
    if args.write:
        write_model(reference_examples(SETS, None, True), corpus, sentences, guard, args)


def write_model(
    refs: list[Example], corpus: list[Example], sentences: list[Example], guard: list[Example], args: argparse.Namespace
) -> None:
    """Train both models on every reference and the corpus negatives; write their weights as JSON for the
    runtime."""
    model = train(refs + corpus, args.threshold, args.strong)
    _write(model, furniture.MODEL_FILE, "furniture paragraphs' logistic regression", refs, corpus, args)
    meta = train_meta(refs + corpus + sentences, guard, args.meta_c)
    refs, corpus = [e for e in refs if e.meta is not None], [e for e in corpus + sentences if e.meta is not None]
    _write(meta, furniture.META_FILE, "sentence-shaped meta-text's logistic regression", refs, corpus, args)


def _write(
    model: furniture.Model, file: str, about: str, refs: list[Example], corpus: list[Example], args: argparse.Namespace
) -> None:
    furniture_count = sum(e.label for e in refs)
    data = {
        "about": f"{about} (pipeline/evaluation/furniture_training.py)",
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
    (patterns.DATA_DIR / file).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
