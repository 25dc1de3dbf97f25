"""The contract rule tying a quote's text to its span: what the quotes table promises and the release checks."""

from __future__ import annotations

import re

_MARKS_AND_SPACE = re.compile(r"[«»\"“”„\s]+")

# A quote interrupted by its own attribution (« A, a-t-il dit, B » or « A », a-t-il dit, « B ») is one row whose
# text leaves the incise out; more cut runs than this would no longer be one quotation.
MAX_INCISES = 2


def quote_text_matches(span: str, text: str) -> bool:
    """A quote's text is its span, except for paragraph breaks and continuation marks in a multi-paragraph quote,
    and the attribution incises it leaves out: its words are the span's, in order, from its first to its last.
    """
    if span == text:
        return True
    span_words, text_words = _words(span), _words(text)
    if not text_words or span_words[:1] != text_words[:1] or span_words[-1:] != text_words[-1:]:
        return False
    runs = _cut_runs(span_words, text_words)
    return runs is not None and runs <= MAX_INCISES


def _words(text: str) -> list[str]:
    # the comma before an incise may go with it: "unis, a-t-il dit, et" -> "unis et"
    return [w.strip(",;:") for w in _MARKS_AND_SPACE.sub(" ", text).split() if w.strip(",;:")]


def _cut_runs(span_words: list[str], text_words: list[str]) -> int | None:
    """Runs of the span's words that the text leaves out, or None when the text is not the span's words in order."""
    runs, i, in_cut = 0, 0, False
    for word in span_words:
        if i < len(text_words) and word == text_words[i]:
            i, in_cut = i + 1, False
        elif not in_cut:
            runs, in_cut = runs + 1, True
    return runs if i == len(text_words) else None
