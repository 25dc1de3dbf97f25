"""A learned furniture-paragraph classifier: the shape of a line of furniture (a field, a button row, a counter, a
program's note) as a linear model trained on every reference's labelled paragraphs
(``pipeline/evaluation/furniture_training.py``); it removes what the rules left, only where the document shows
furniture. Before it, a meta-text model (``metatext``) removes the paragraphs written as sentences that speak of the
page, the site or the reader, outside the text's prose."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.lang.fr.stop_words import STOP_WORDS

from pipeline.core.cleaning import metatext, patterns
from pipeline.core.quotation.lexicon import load_lexicon

if TYPE_CHECKING:
    from pipeline.core.cleaning.blocks import Paragraph

RULE = "furniture_model"
META_RULE = "furniture_meta"
MODEL_FILE = "furniture_model.json"
META_FILE = "furniture_meta.json"
MAX_META_WORDS = 80  # a paragraph longer than this is never scored as meta-text
MAX_WORDS = 40  # a longer paragraph is never removed
MIN_SENTENCE_WORDS = 6  # a sentence this long, mostly grammar words, is never removed
MIN_SENTENCE_STOP_SHARE = 0.25
MAX_TOPIC_WORDS = 5  # a headline's topic before its colon …
MIN_CLAUSE_WORDS = 3  # … and its clause after it
MAX_ITEM_WORDS = 6  # a list's first item under its colon, after a blank line
MIN_SHOWN = 3  # paragraphs the model is sure of, …
MIN_SHAPES = 2  # … of different shapes
# A notice at the kept body's edge right beside furniture ("Info : Page importée le … reproduit tel quel ci-dessous.",
# a reader's reply under a re-posted thread) is removed from this meta-text score, below the threshold outside the
# prose: the two notices of heldout20 score 0.90; of the 3,105 first or last paragraphs of the 35,973 corpus articles
# that are sentence-shaped and speak of the page, 4 score as high (an offer's prices 0.98, a contest's invitation
# 0.96, "Les abonnés devront signaler …" 0.89), none beside furniture; the references' such paragraphs 0.002.
EDGE_META_THRESHOLD = 0.85

_TOKEN = re.compile(r"\w[\w'-]*|[^\w\s]")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_SHAPES = {
    "time": re.compile(r"\b\d{1,2}[:h]\d{2}\b"),
    "date_num": re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}"),
    "size": re.compile(r"(?i)\b\d+(?:[.,]\d+)?\s?(?:ko|mo|go|kb|mb|ms|min|mn|s|px|%)\b"),
    "counter": re.compile(r"\(\d+\)|\b\d+\s?/\s?\d+\b|\bn°\s?\d"),
    "url": re.compile(r"https?://|www\.|\b[\w-]+\.(?:fr|com|net|org|eu|io|be|ch)\b", re.IGNORECASE),
    "email": re.compile(r"\b[\w.-]+@[\w-]+\.\w+"),
    "handle": re.compile(r"(?<!\w)@\w"),
    "hashtag": re.compile(r"(?<!\w)#\w"),
    "label_colon": re.compile(r"^[^\W\d][\w' -]{0,30}?\s?:\s"),
    "ends_colon": re.compile(r":\s*$"),
    "bracketed": re.compile(r"^\s*[\[(].*[\])]\s*$"),
    "framed": re.compile(r"^\s*([=\-–—*_#~]{2,}).*\1\s*$|^[=\-–—*_#~]{3,}"),
    "quote_marks": re.compile(r"[«»“”]|\"[^\"]{3,}\""),
    "filename": re.compile(r"\b\w+\.(?:pdf|mp3|mp4|jpg|png|docx?|xlsx?|csv|txt)\b", re.IGNORECASE),
}
# A program's field label with its key or counter in brackets: "Notes de l'orateur (diapositive 2) :".
_KEYED_LABEL = re.compile(r"[^\W\d_][\w'’ -]{1,30}\([^()\n]{1,30}\)\s?:(?:\s|$)")
_LIST_ITEM = re.compile(r"[-–•*▪◦·]\s|\d{1,2}[.)]\s")
_INCISE = re.compile(r"[,»”\"]\s*[^\W\d_]+(?:-t)?-(?:il|elle|ils|elles)\b|\bselon\b", re.IGNORECASE)
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient"})
_PROGRAM_MARKS = re.compile(r"[·|\[\]@#/=_*›•]|https?://|\d{1,2}[:h]\d{2}")
_SYMBOLS = "·|>[]()•▶©…=_*›»«/@#+&"


@dataclass(frozen=True, slots=True)
class Model:
    """A logistic regression's weights over feature names; ``threshold`` removes a paragraph, ``strong`` counts
    one as showing that the document has furniture."""

    weights: dict[str, float]
    bias: float
    threshold: float
    strong: float

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that a paragraph with these features is furniture."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model:
    """The trained model of ``pipeline/data/cleaning/furniture_model.json``."""
    data = json.loads((patterns.DATA_DIR / MODEL_FILE).read_text(encoding="utf-8"))
    return Model(data["weights"], data["bias"], data["threshold"], data["strong"])


@cache
def meta_model() -> Model:
    """The trained meta-text model of ``pipeline/data/cleaning/furniture_meta.json`` (``strong``: a paragraph that
    shows the document has furniture)."""
    data = json.loads((patterns.DATA_DIR / META_FILE).read_text(encoding="utf-8"))
    return Model(data["weights"], data["bias"], data["threshold"], data["strong"])


def _bucket(value: float, bounds: tuple[float, ...]) -> str:
    """The first bound ``value`` does not exceed, as a name ("le8"), or "gt" + the last one."""
    return next((f"le{b:g}" for b in bounds if value <= b), f"gt{bounds[-1]:g}")


def _char_class(c: str) -> str:
    if c.isupper():
        return "upper"
    if c.islower():
        return "lower"
    if c.isdigit():
        return "digit"
    if c in _SYMBOLS or c in ".,;:!?\"'«»-–—":
        return c
    return "symbol" if unicodedata.category(c).startswith("S") else "other"


def _shape(token: str) -> str:
    """A token's shape: Xx, x, X, d, or the mark itself ("·", "|")."""
    if token.isdigit():
        return "d"
    if token.isupper() and len(token) > 1:
        return "X"
    if token[:1].isupper():
        return "Xx"
    if token[:1].isalpha():
        return "x"
    return _char_class(token[:1])


def line_features(text: str) -> dict[str, float]:
    """Shape features of one paragraph as the cleaning renders it: lengths, edges, case, digits, shapes, symbols,
    stop words."""
    text = text.strip()
    words = text.split()
    tokens = _TOKEN.findall(text)
    alpha = _WORD.findall(text)
    f: dict[str, float] = {
        f"words:{_bucket(len(words), (1, 2, 3, 5, 8, 12, 20, 30))}": 1.0,
        f"chars:{_bucket(len(text), (10, 20, 40, 80, 160))}": 1.0,
        f"first:{_char_class(text[0])}": 1.0,
        f"last:{_char_class(text[-1])}": 1.0,
        f"first_shape:{_shape(tokens[0])}": 1.0,
        f"last_shape:{_shape(tokens[-1])}": 1.0,
    }
    letters = [c for c in text if c.isalpha()]
    digits = sum(c.isdigit() for c in text)
    f[f"digits:{_bucket(digits / len(text), (0, 0.05, 0.15, 0.3))}"] = 1.0
    if letters:
        f[f"upper:{_bucket(sum(c.isupper() for c in letters) / len(letters), (0.05, 0.15, 0.4, 0.8))}"] = 1.0
    if alpha:
        capitalised = sum(w[0].isupper() for w in alpha) / len(alpha)
        f[f"capitalised:{_bucket(capitalised, (0, 0.2, 0.4, 0.7, 0.99))}"] = 1.0
        stop = sum(w.lower() in STOP_WORDS for w in alpha) / len(alpha)
        f[f"stop:{_bucket(stop, (0, 0.15, 0.3, 0.45))}"] = 1.0
    else:
        f["no_word"] = 1.0
    for name, pattern in _SHAPES.items():
        if pattern.search(text):
            f[f"shape:{name}"] = 1.0
    for symbol in set(text) & set(_SYMBOLS):
        f[f"symbol:{symbol}"] = 1.0
    if any(unicodedata.category(c) == "So" for c in text):
        f["pictogram"] = 1.0
    return f


def features(paragraphs: list[Paragraph]) -> list[dict[str, float]]:
    """Each paragraph's shape features, its place in the body (before the first or after the last prose paragraph)
    and its neighbours' length."""
    n = len(paragraphs)
    prose = [j for j, p in enumerate(paragraphs) if _is_prose(p.text)]
    out = []
    for i, para in enumerate(paragraphs):
        f = line_features(para.text)
        if not prose or i < prose[0]:
            f["before_prose"] = 1.0
        elif i > prose[-1]:
            f["after_prose"] = 1.0
        f[f"position:{_bucket(i / max(1, n - 1), (0, 0.2, 0.8, 0.99))}"] = 1.0
        for side, j in (("prev", i - 1), ("next", i + 1)):
            if 0 <= j < n:
                f[f"{side}_words:{_bucket(paragraphs[j].n_words, (3, 8, 20))}"] = 1.0
            else:
                f[f"{side}:none"] = 1.0
        out.append(f)
    return out


def _is_prose(text: str) -> bool:
    return len(text.split()) >= 20 and text.rstrip("»”\"' )")[-1:] in ".!?…"


def _is_sentence(text: str) -> bool:
    """A sentence of the text (maybe a list's item): a capital or a number, several words, a quarter of them the
    grammar's own, a full stop (or a colon: a list's introduction); one in parentheses too ("(Il a été réélu en
    2017.)"), its number a word of it."""
    if item := _LIST_ITEM.match(text):
        text = text[item.end() :]
    text = text.lstrip('(«"“ ')
    words = _WORD.findall(text)
    stop = sum(w.lower() in STOP_WORDS for w in words)
    return (
        len(text.split()) >= MIN_SENTENCE_WORDS
        and (text[:1].isupper() or text[:1].isdigit())
        and text.rstrip("»”\"' )")[-1:] in ".!?…:"
        and stop >= MIN_SENTENCE_STOP_SHARE * len(words)
    )


def _reported(text: str) -> bool:
    """A quotation with its reporting verb, or closed by a sentence's end: a speaker's words, not a label's."""
    if not _SHAPES["quote_marks"].search(text):
        return False
    verbs = load_lexicon().verb_forms
    return any(w.lower() in verbs for w in _WORD.findall(text)) or text.rstrip("»”\"' )")[-1:] in ".!?…"


def _is_headline(text: str) -> bool:
    """A headline "Topic : what happens" ("Réforme des retraites : le gouvernement recule"), not a field "Label :
    value": a short capitalised topic, then a clause of three words or more in lowercase or opening on a number,
    a quarter of them the grammar's own; no other mark of a program's line."""
    topic, colon, clause = text.partition(" : ")
    words = _WORD.findall(clause)
    return (
        bool(colon)
        and len(topic.split()) <= MAX_TOPIC_WORDS
        and topic[:1].isupper()
        and len(clause.split()) >= MIN_CLAUSE_WORDS
        and (clause[:1].islower() or clause[:1].isdigit())
        and sum(w.lower() in STOP_WORDS for w in words) >= MIN_SENTENCE_STOP_SHARE * len(words)
        and not _PROGRAM_MARKS.search(text)
    )


def _protected(para: Paragraph) -> bool:
    """A paragraph the model never removes: a long one, a sentence (not one under a program's field label with its
    key in brackets: "Légende courte (2:120) : Le cinéaste …", "Question 1 (2 points) : Distinguez …"), a
    headline, a quotation."""
    text = para.text
    sentence = _is_sentence(text) and not _KEYED_LABEL.match(text)
    return para.n_words > MAX_WORDS or sentence or _is_headline(text) or _reported(text)


def _reports_speech(text: str) -> bool:
    """A speaker's words reported without quotation marks: an incise ("…, a-t-il tranché", "…, dit-elle"), "selon",
    or a speech verb's participle after an auxiliary ("a précisé le ministre")."""
    if _INCISE.search(text):
        return True
    verbs = load_lexicon().verb_forms
    words = metatext.words(text)
    return any(
        aux in _AUXILIARIES and verb in verbs and verb.endswith(("é", "ée", "és", "ées"))
        for aux, verb in pairwise(words)
    )


def sentence_shaped(para: Paragraph) -> bool:
    """A paragraph of a sentence's length (the shape model never removes most of them), not a speaker's words
    (quoted or reported): what the meta-text model scores."""
    return (
        MIN_SENTENCE_WORDS <= para.n_words <= MAX_META_WORDS
        and not _reported(para.text)
        and not _reports_speech(para.text)
    )


def _outside_prose(paragraphs: list[Paragraph]) -> list[int]:
    """The paragraphs before the first or after the last prose paragraph (none when the body has no prose)."""
    prose = [j for j, p in enumerate(paragraphs) if _is_prose(p.text)]
    return [i for i in range(len(paragraphs)) if prose and (i < prose[0] or i > prose[-1])]


def _meta_scores(paragraphs: list[Paragraph]) -> dict[int, float]:
    """The meta-text model's score of each sentence-shaped paragraph outside the prose core that speaks of the page
    or to the reader."""
    m = meta_model()
    out = {}
    for i in _outside_prose(paragraphs):
        if paragraphs[i].drop is None and sentence_shaped(paragraphs[i]):
            f = metatext.features(paragraphs[i].text)
            if metatext.speaks_of_the_page(f):
                out[i] = m.probability(f)
    return out


def _introduces_list(para: Paragraph) -> bool:
    """A kept paragraph of the text ending with a colon ("Les villes concernées :"), not a program's label."""
    words = _WORD.findall(para.text)
    return para.drop is None and para.text.rstrip().endswith(":") and any(w.lower() in STOP_WORDS for w in words)


def _listed(paragraphs: list[Paragraph], source: str) -> set[int]:
    """The items of a list the text introduces: right under its colon, the lines with no blank line between them,
    the marked items ("- Grenoble", "1. …"), a short first item."""
    out: set[int] = set()
    previous = ""
    for i, para in enumerate(paragraphs):
        adjacent = i > 0 and source.count("\n", paragraphs[i - 1].block.end, para.block.start) <= 1
        marked = bool(_LIST_ITEM.match(para.text))
        first = previous == "intro" and (adjacent or marked or para.n_words <= MAX_ITEM_WORDS)
        if first or (previous == "item" and (adjacent or marked)):
            out.add(i)
            previous = "item"
        else:
            previous = "intro" if _introduces_list(para) else ""
    return out


def _edges(text: str) -> tuple[str, str]:
    """The classes of a line's first and last characters: a series of one shape ("♦ 2007 : DÉBUT DU CHANTIER", "♦
    2016 : …") is the text's own structure, a program's furniture comes in several."""
    return _char_class(text[0]), _char_class(text[-1])


def mark(paragraphs: list[Paragraph], source: str, embedded_in: bool = False) -> None:
    """Drop the paragraphs outside the prose core that the meta-text model scores as speaking of the page, the site
    or the reader (never a speaker's words); then the paragraphs the shape model scores as furniture, where the
    document shows furniture: it is embedded in a program's document (``embedded_in``: the rules found that
    document's kind), the meta-text model found such a paragraph, or the shape model is sure of enough paragraphs,
    of different shapes (no paragraph a rule dropped, no protected one counts). The meta-text model is never
    applied inside the prose: there a real sentence about an app or a subscription scores as high as a notice. Last,
    the notices left at the kept body's edges right beside furniture, from a lower meta-text score."""
    meta = _meta_scores(paragraphs)
    for i, score in meta.items():
        if score >= meta_model().threshold:
            paragraphs[i].drop = META_RULE
    m = model()
    listed = _listed(paragraphs, source)
    scores = {
        i: m.probability(f)
        for i, (p, f) in enumerate(zip(paragraphs, features(paragraphs), strict=True))
        if p.drop is None and not _protected(p) and i not in listed
    }
    sure = [paragraphs[i].text for i, score in scores.items() if score >= m.strong]
    shown = len(sure) >= MIN_SHOWN and len({_edges(text) for text in sure}) >= MIN_SHAPES
    meta_shown = any(score >= meta_model().strong for score in meta.values())
    if embedded_in or shown or meta_shown:
        for i, score in scores.items():
            if score >= m.threshold:
                paragraphs[i].drop = RULE
        _mark_keyed_siblings(paragraphs)
    _mark_edge_notices(paragraphs)


def _label_stem(text: str) -> str | None:
    """The words of a keyed field label before its brackets, without numbers ("Question 2 (3 points) : …" ->
    "question")."""
    if (m := _KEYED_LABEL.match(text)) is None:
        return None
    return " ".join(w for w in text[: text.index("(", m.start())].lower().split() if not w.isdigit()) or None


def _mark_keyed_siblings(paragraphs: list[Paragraph]) -> None:
    """Drop the lines under a keyed label the model left when another line under the same label went (the
    second of three exercise questions, a caption sheet's fields): one series of a program's fields."""
    dropped = {_label_stem(p.text) for p in paragraphs if p.drop is not None} - {None}
    for p in paragraphs:
        if p.drop is None and p.n_words <= MAX_WORDS and not _reported(p.text) and _label_stem(p.text) in dropped:
            p.drop = RULE


def _edge_notice(paragraphs: list[Paragraph], i: int) -> bool:
    """Whether the kept paragraph ``i``, the body's first or last, right beside furniture, speaks of the page or to
    the reader."""
    beside = [paragraphs[j].drop for j in (i - 1, i + 1) if 0 <= j < len(paragraphs)]
    if not any(beside) or not sentence_shaped(paragraphs[i]):
        return False
    f = metatext.features(paragraphs[i].text)
    return metatext.speaks_of_the_page(f) and meta_model().probability(f) >= EDGE_META_THRESHOLD


def _mark_edge_notices(paragraphs: list[Paragraph]) -> None:
    """Drop the notices that open or close the kept body right beside furniture, one after the other."""
    for order in (range(len(paragraphs)), reversed(range(len(paragraphs)))):
        for i in order:
            if paragraphs[i].drop is not None:
                continue
            if not _edge_notice(paragraphs, i):
                break
            paragraphs[i].drop = META_RULE
