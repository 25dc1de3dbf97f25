"""A light word tokenizer over one section, with paragraphs, quotations and sentences marked.

Attribution rules work on these tokens rather than on spaCy's: French clitic inversions ("a-t-il",
"déclare-t-elle", "s'est-il") stay one token, elisions ("l'", "qu'") are split off, and nothing here needs the
dependency parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.core.quotation.marks import QuotedSpan, paragraphs

_TOKEN = re.compile(
    r"(?:MM?\.|Mmes?|Dr|Me)(?=\s)"
    r"|(?i:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’](?=[\w«“\"])"
    r"|[^\W\d_]*[a-zà-ÿ]{3}(?=[A-ZÀ-Ý][a-zà-ÿ])"  # camel-glued paragraphs ("défenseIl") split in two
    r"|\w+(?:[-'’]\w+)*"
    r"|\.\.\.|[^\w\s]",
)
_INVERSION = re.compile(r"^(.+?)-(?:t-)?(il|elle|ils|elles|on)$")
_DANGLING_INVERSION = re.compile(r"^t-(il|elle|ils|elles|on)$")
SENTENCE_END = {".", "!", "?", "…", "..."}
CLOSING_MARKS = {"»", "”", '"'}
ABBREVIATIONS = {"m", "mm", "mme", "dr", "st", "av", "j.-c", "etc"}


@dataclass(slots=True)
class Token:
    """A word or punctuation mark; ``low`` is lower case with plain apostrophes."""

    start: int
    end: int
    text: str
    low: str
    para: int
    quote: int = -1  # index of the quoted span the token lies in (marks included), -1 outside quotes
    sent: int = 0  # sentence number, counted over tokens outside quotes

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    def inversion(self) -> tuple[str, str] | None:
        """(verb, pronoun) of an inverted form such as "a-t-il" or "déclare-t-elle"."""
        if "-" not in self.low:
            return None
        m = _INVERSION.match(self.low)
        return (m.group(1), m.group(2)) if m else None


def tokenize(text: str, spans: list[QuotedSpan]) -> list[Token]:
    """Tokens of a section with paragraph, quotation and sentence numbers."""
    paras = paragraphs(text)
    tokens: list[Token] = []
    p = 0
    for m in _TOKEN.finditer(text):
        while p + 1 < len(paras) and m.start() >= paras[p][1]:
            p += 1
        low = m.group().lower().replace("’", "'")
        last = tokens[-1] if tokens else None
        if (
            last is not None
            and _DANGLING_INVERSION.match(low)
            and last.is_word
            and text[last.end : m.start()] == " "
            and last.inversion() is None
        ):
            # "martèle t-il", "a t-elle": an inversion written without its first hyphen
            tokens[-1] = Token(last.start, m.end(), text[last.start : m.end()], f"{last.low}-{low}", last.para)
            continue
        tokens.append(Token(m.start(), m.end(), m.group(), low, p))
    q = 0
    for tok in tokens:
        while q < len(spans) and tok.start >= spans[q].close_at:
            q += 1
        if q < len(spans) and spans[q].open_at <= tok.start < spans[q].close_at:
            tok.quote = q
    sent = 0
    prev: Token | None = None
    for n, tok in enumerate(tokens):
        if prev is not None and tok.para != prev.para:
            sent += 1
        tok.sent = sent
        abbreviation = (
            tok.low == "."
            and prev is not None
            and (prev.low in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper()))
        )
        glued = (
            prev is not None
            and prev.end == tok.start
            and prev.is_word
            and tok.text[:1].isupper()
            and (prev.text[-1:].islower())
        )
        if glued and tok.quote < 0 and prev.quote < 0:
            sent += 1
            tok.sent = sent
        if tok.quote < 0 and tok.low in SENTENCE_END and not abbreviation and not _goes_on(tokens, n):
            sent += 1
        elif _closes_a_sentence(tokens, n):
            sent += 1  # « … logement. » Voilà …: the full stop inside the marks ends the writer's sentence too
        prev = tok
    return tokens


def _goes_on(tokens: list[Token], n: int) -> bool:
    """ "!" or "?" followed by a lower-case word of the same paragraph ends no sentence: a name ("le candidat
    d'En Marche! au second tour") or an exclamation inside it ("c'est fini ! lance-t-il")."""
    tok = tokens[n]
    if tok.low not in {"!", "?"} or n + 1 >= len(tokens):
        return False
    nxt = tokens[n + 1]
    return nxt.para == tok.para and nxt.is_word and nxt.text[:1].islower() and nxt.quote < 0


def _closes_a_sentence(tokens: list[Token], n: int) -> bool:
    """A closing mark after a full stop (or ! ?) inside the quote, followed by a capitalised word outside it."""
    tok = tokens[n]
    if tok.quote < 0 or n == 0 or n + 1 >= len(tokens) or tok.text not in CLOSING_MARKS:
        return False
    nxt = tokens[n + 1]
    return (
        tokens[n - 1].low in SENTENCE_END
        and tokens[n - 1].quote == tok.quote
        and nxt.quote != tok.quote
        and nxt.para == tok.para
        and nxt.text[:1].isupper()
    )
