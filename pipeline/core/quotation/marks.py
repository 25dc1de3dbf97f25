"""Quotation marks -> quoted spans, paragraph by paragraph.

French news uses « » (with or without inner, often non-breaking, spaces), “ ” and straight double quotes, nests
one style inside another, and runs long quotes over several paragraphs: each inner paragraph reopens with a mark
and the quote closes once at the end, or the first paragraph is left open and the next one simply closes it.
A stray or unbalanced mark never swallows text beyond its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_CLOSE = {"«": "»", "“": "”", "„": "”", "‹": "›"}
CLOSERS = {"»", "”", "›"}
STRAIGHT = '"'
FAMILY = {"«": "«", "»": "«", "‹": "«", "›": "«", "“": '"', "”": '"', "„": '"', '"': '"'}
INNER_SPACE = " \u00a0\u202f\u2009\t"
SENTENCE_END_MARKS = ".!?…"
_PARAGRAPH = re.compile(r"[^\n]+")
_ELISION = re.compile(r"\b(?i:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’]$")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One outermost quotation: its content pieces (one per paragraph) as offsets in the section text."""

    pieces: tuple[tuple[int, int], ...]
    open_at: int  # offset of the opening mark
    close_at: int  # offset just after the closing mark (or the paragraph end when never closed)
    closed: bool
    family: str  # "«" or '"'
    opened: bool = True  # False: a closing mark whose opening mark the writer left out (see _unopened)

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def text(self, section_text: str) -> str:
        return " ".join(section_text[s:e] for s, e in self.pieces)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line of a section."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _is_opening_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after in INNER_SPACE + "\n" or after in ",.;:!?)":
        return before in INNER_SPACE + "\n(['’:" and after not in "\n,.;)"
    return before in INNER_SPACE + "\n(['’:-–—/" or not before.isalnum()


def _kind(text: str, i: int, stack: list[str]) -> str | None:
    """'open', 'close' or None (ignored) for the mark at i, given the marks currently open."""
    ch = text[i]
    if ch in OPEN_CLOSE:
        return "open"
    if ch in CLOSERS:
        return "close" if any(FAMILY[m] == FAMILY[ch] for m in stack) else None
    if ch == STRAIGHT:
        if stack and stack[-1] == STRAIGHT:
            return "close"
        if STRAIGHT in stack and not _is_opening_straight(text, i):
            return "close"
        return "open" if _is_opening_straight(text, i) else None
    return None


def _closes_unopened(text: str, start: int, end: int, family: str) -> int | None:
    """Offset of the first closing mark of ``family`` in text[start:end] that closes nothing opened there."""
    stack: list[str] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in FAMILY:
            continue
        kind = _kind(text, i, stack)
        if kind == "open" and not (ch == STRAIGHT and family == '"' and not stack and _looks_closing(text, i)):
            stack.append(ch)
        elif kind == "close":
            while stack and FAMILY[stack[-1]] != FAMILY[ch]:
                stack.pop()
            if stack:
                stack.pop()
        elif kind is None and FAMILY[ch] == family and ch in CLOSERS:
            return i
        if ch == STRAIGHT and family == '"' and kind in ("open", None) and _looks_closing(text, i) and not stack[:-1]:
            return i
    return None


def _looks_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before not in INNER_SPACE + "\n(" and (after in INNER_SPACE + "\n,.;:!?)" or i + 1 == len(text))


def _clearly_opening(text: str, i: int) -> bool:
    """A straight mark with a space or an elided word (qu', l', d') before and a letter after opens a quote; it
    cannot close one: no quote ends on an elision."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    elided = _ELISION.search(text, max(0, i - 8), i) is not None
    return (before in INNER_SPACE + "\n" or elided) and after.isalnum()


def _nests(text: str, i: int, end: int) -> bool:
    """Whether a straight mark opening a word inside a straight quote opens an inner quote: the paragraph has an
    even number of straight marks left after it (its own close and the outer one), at least two."""
    rest = text.count(STRAIGHT, i + 1, end)
    if rest >= 2 and rest % 2 == 0:
        return True
    # or the next two marks both close (« cela "tirer à la ligne"", critique-t-il »)
    j1 = text.find(STRAIGHT, i + 1, end)
    j2 = text.find(STRAIGHT, j1 + 1, end) if j1 >= 0 else -1
    return j2 >= 0 and not _clearly_opening(text, j1) and not _clearly_opening(text, j2) and j2 - j1 <= 3


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in INNER_SPACE:
        start += 1
    while end > start and text[end - 1] in INNER_SPACE:
        end -= 1
    return start, end


def find_spans(text: str) -> list[QuotedSpan]:
    """Outermost quoted spans of a section, joined over paragraphs where the quote continues."""
    paras = paragraphs(text)
    spans: list[QuotedSpan] = []
    p, i = 0, 0
    while p < len(paras):
        start, end = paras[p]
        i = max(i, start)
        if i >= end:
            p += 1
            continue
        if text[i] in FAMILY and _kind(text, i, []) == "open":
            if _doubled_opening(text, i, end):
                i += 1  # ' ""Nous serons là", a-t-il dit': a typed-twice opening mark opens one quote
            i, p = _read_quote(text, paras, p, i, spans)
        elif _opens_next_paragraph(text, paras, p, i):
            i, p = _read_quote(text, paras, p, i, spans, content_at=paras[p + 1][0])
        else:
            unopened = _unopened(text, paras[p], i, spans)
            if unopened is not None:
                spans.append(unopened)
            i += 1
    return spans


_INCISE_AFTER = re.compile(r",[ \u00a0\u202f]+[a-zà-öø-ÿ]")
_SENTENCE_START = re.compile(r"[.!?…]+[ \u00a0\u202f]*(?=[A-ZÀ-ÖØ-Ý])")
MAX_UNOPENED_CHARS = 400


def _glued_opening(text: str, k: int) -> bool:
    """A straight mark glued between a word and a capital ('ancien"Je'): read as closing, it opens the words
    after it more often, a heading or a caption having been glued on before it."""
    return text[k] == STRAIGHT and 0 < k < len(text) - 1 and text[k - 1].isalnum() and text[k + 1].isupper()


def _unopened(text: str, para: tuple[int, int], i: int, spans: list[QuotedSpan]) -> QuotedSpan | None:
    """A closing mark that closes nothing, followed by a comma and a lower-case word (the incise "…, regrette X"
    that quotes.py must find): the writer left the opening mark out ('indignes". Le but c'est … les endormir",
    regrette Arnold Lhomme'). The quote starts at the first sentence after the paragraph's last quotation mark
    (right after it when it is glued between a word and a capital), never more than a few sentences back; at the
    paragraph start only when the paragraph before ends with a mark (the opening one, cut from its words)."""
    ch = text[i]
    if ch not in CLOSERS and ch != STRAIGHT:
        return None
    if not _looks_closing(text, i) or _clearly_opening(text, i) or not _INCISE_AFTER.match(text, i + 1):
        return None
    start, _ = para
    last_mark = max((k for k in range(start, i) if text[k] in FAMILY), default=-1)
    if spans and spans[-1].close_at > start:
        last_mark = max(last_mark, spans[-1].close_at - 1)
    if last_mark >= 0 and _glued_opening(text, last_mark):
        start = last_mark + 1  # 'Un lien ancien"Je lui ai dit …, il m'a répondu", a confié X': a heading glued on
    elif last_mark >= 0:
        m = _SENTENCE_START.search(text, last_mark + 1, i)
        if m is None:
            return None  # the stretch after the last mark is one sentence's end: no quote of its own starts there
        start = m.end()
    elif text[:start].rstrip(INNER_SPACE + "\n")[-1:] not in FAMILY:
        return None  # no mark before it in its paragraph nor ending the one before: the words' start is a guess
    start, end = _trim(text, start, i)
    if end - start > MAX_UNOPENED_CHARS or not text[start : start + 1].isupper():
        return None
    return QuotedSpan(((start, end),), start, i + 1, True, FAMILY[ch], opened=False)


def _opens_next_paragraph(text: str, paras: list[tuple[int, int]], p: int, i: int) -> bool:
    """A straight mark glued to a sentence end as the last character of a paragraph, when the next paragraph
    closes a quote it never opened ('… a-t-il poursuivi."' then 'Il y a … logique", a-t-il ajouté.'): a line
    break was put after the mark that opens the next paragraph's quote."""
    if text[i] != STRAIGHT or p + 1 >= len(paras) or text[i + 1 : paras[p][1]].strip(INNER_SPACE):
        return False
    if i == 0 or text[i - 1] not in SENTENCE_END_MARKS:
        return False
    nstart, nend = paras[p + 1]
    if text[nstart:nend].lstrip(INNER_SPACE)[:1] in FAMILY:
        return False
    first = text.find(STRAIGHT, nstart, nend)  # the next paragraph's first mark must close, not open a quote
    return first >= 0 and _looks_closing(text, first) and not _clearly_opening(text, first)


def _doubled_opening(text: str, i: int, end: int) -> bool:
    """Two straight marks opening a word outside any quote: one opening mark typed twice, not an empty quote."""
    return text[i] == STRAIGHT and i + 2 < end and text[i + 1] == STRAIGHT and text[i + 2].isalnum()


def _read_quote(
    text: str,
    paras: list[tuple[int, int]],
    p: int,
    open_at: int,
    spans: list[QuotedSpan],
    content_at: int | None = None,
) -> tuple[int, int]:
    """Read one quote opened at ``open_at`` (its words from ``content_at``, the next paragraph's start, when the
    mark ends a paragraph); return where scanning resumes (offset, paragraph index)."""
    family = FAMILY[text[open_at]]
    stack = [text[open_at]]
    pieces: list[tuple[int, int]] = []
    piece_start = open_at + 1 if content_at is None else content_at
    i = piece_start
    if content_at is not None:
        p += 1
    nested = False  # whether an inner quote has opened in this one
    while True:
        end = paras[p][1]
        while i < end:
            ch = text[i]
            if ch in FAMILY:
                cut = _incise_cut(text, piece_start, i) if len(stack) == 1 and not nested else i
                if cut < i and _restarts(text, i, open_at, family):
                    # « A, a-t-il dit. « B … »: A was never closed; the new mark opens a quote of its own
                    pieces.append(_trim(text, piece_start, cut))
                    spans.append(QuotedSpan(tuple(pieces), open_at, pieces[-1][1], False, family))
                    return i, p
                kind = _kind(text, i, stack)
                if ch == STRAIGHT and stack and stack[-1] == STRAIGHT and _clearly_opening(text, i):
                    if _nests(text, i, end):
                        stack.append(ch)  # "… je lui dis : "On pourrait". Il me dit : "Non", faut …" : inner
                        nested = True
                        i += 1
                        continue
                    if stack == [STRAIGHT] and not pieces:
                        # the first mark was stray ("affaire "Paul Bismuth. …): restart here; unless an incise
                        # ends its words ('"Partout on ferme des lits, a-t-il poursuivi avançant le chiffre de "900')
                        cut = _bare_incise_cut(text, piece_start, i)
                        if cut is not None and _opens_sentence(text, open_at):
                            spans.append(QuotedSpan((_trim(text, piece_start, cut),), open_at, cut, False, family))
                        return i, p
                if kind is None and len(stack) == 1 and _closes_other_family(text, i, end, stack[0]):
                    kind = "close"
                    stack = [ch]  # closed by a mark of the other style
                if kind == "open":
                    stack.append(ch)
                    nested = True
                elif kind == "close":
                    while stack and FAMILY[stack[-1]] != FAMILY[ch]:
                        stack.pop()
                    stack.pop()
                    if not stack:
                        pieces.append(_trim(text, piece_start, i))
                        spans.append(QuotedSpan(tuple(pieces), open_at, i + 1, True, family))
                        return i + 1, p
            i += 1
        # paragraph ended with the quote still open
        pieces.append(_trim(text, piece_start, end))
        if p + 1 < len(paras):
            nstart, nend = paras[p + 1]
            j = nstart
            while j < nend and text[j] in INNER_SPACE:
                j += 1
            reopens = j < nend and text[j] in FAMILY and FAMILY[text[j]] == family and text[j] not in CLOSERS
            if reopens and text[j] == STRAIGHT and _looks_closing(text, j):
                reopens = False
            if reopens:
                p, i, piece_start, stack = p + 1, j + 1, j + 1, [text[j]]
                continue
            closing = _closes_unopened(text, nstart, nend, family)
            if closing is not None and pieces[0][0] - 1 == _first_mark(text, paras[_para_of(paras, open_at)]):
                p, i, piece_start, stack = p + 1, nstart, nstart, [stack[0]]
                continue
        spans.append(QuotedSpan(tuple(pieces), open_at, end, False, family))
        return end, p + 1


def _restarts(text: str, i: int, open_at: int, family: str) -> bool:
    """An opening mark of the open quote's own style, after a sentence end, in a quote that opened a sentence
    (and holds no inner quote and an inverted incise, the caller checks): the writer left the first quote
    unclosed ('"Je pense …, a-t-il dit. "Le problème …"'), and this mark opens the next one."""
    ch = text[i]
    if FAMILY[ch] != family or ch in CLOSERS:
        return False
    if ch == STRAIGHT and not _clearly_opening(text, i):
        return False
    if text[i - 1] not in INNER_SPACE:
        return False  # "fin."Début': a glued mark closes more often than it opens
    before = text[open_at + 1 : i].rstrip(INNER_SPACE)
    if not before or before[-1] not in SENTENCE_END_MARKS:
        return False
    return _opens_sentence(text, open_at)


_INVERTED_INCISE_HEAD = r",[ \u00a0\u202f]+[^\W\d_]+(?:-t-|[ \u00a0]t-|-)(?:il|elle|ils|elles|on)\b"  # ", a-t-il"
_INVERTED_INCISE = re.compile(rf"{_INVERTED_INCISE_HEAD}[^,.!?…«»\"“”\n]{{0,40}}[.!?…]+(?=\s)")
_BARE_INVERTED_INCISE = re.compile(_INVERTED_INCISE_HEAD)


def _bare_incise_cut(text: str, start: int, end: int) -> int | None:
    """Where a quote's words end before an inverted incise ("…, a-t-il poursuivi", "…, dit-elle"), its sentence
    going on in the writer's words, else None."""
    m = _BARE_INVERTED_INCISE.search(text, start, end)
    return m.start() if m and m.start() > start else None


def _opens_sentence(text: str, open_at: int) -> bool:
    """Whether a mark at ``open_at`` stands where a sentence starts (text start, after a sentence end, a colon, a
    line break or a closing mark)."""
    head = text[:open_at].rstrip(INNER_SPACE)
    return not head or head[-1] in SENTENCE_END_MARKS + ":\n»”"


def _incise_cut(text: str, start: int, end: int) -> int:
    """Where an unclosed quote's words end: before the first inverted attribution incise that closes one of its
    sentences ("…, a-t-il dit. ", "…, poursuit-elle. "), else at ``end``."""
    m = _INVERTED_INCISE.search(text, start, end)
    return m.start() if m else end


def _closes_other_family(text: str, i: int, end: int, opener: str) -> bool:
    """A quote opened in one style and closed in the other, as copy converted by halves leaves it ("son fils
    "bien au-delà de la maladie ». Et « la paix"."): the mark at i closes it when it looks closing and no mark
    of the opening style follows before the next quote opens."""
    ch = text[i]
    rest = text[i + 1 : end]
    if opener == STRAIGHT and ch == "»":
        nxt = rest.find(STRAIGHT)
        return nxt < 0 or "«" in rest[:nxt]
    if FAMILY[opener] == "«" and ch == STRAIGHT and _looks_closing(text, i) and not _clearly_opening(text, i):
        nxt = rest.find("»")
        return nxt < 0 or "«" in rest[:nxt] or STRAIGHT in rest[:nxt]
    return False


def _para_of(paras: list[tuple[int, int]], offset: int) -> int:
    for k, (s, e) in enumerate(paras):
        if s <= offset < e:
            return k
    return len(paras) - 1


def _first_mark(text: str, para: tuple[int, int]) -> int:
    """Offset of the first non-space character of a paragraph (a quote opening the paragraph starts there)."""
    s, e = para
    while s < e and text[s] in INNER_SPACE:
        s += 1
    return s
