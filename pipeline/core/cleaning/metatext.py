"""Meta-text features of a paragraph written as sentences: what speaks of the page, the site, the software, the
subscription, the reader's account, the comments or the rights ("Il vous reste 78 % de cet article à lire.") rather
than of the news. The kinds' words are data (``pipeline/data/cleaning/meta_words.txt``); the grammar words say how
the sentence is built (news: "il a", "selon", "ont"; a notice: "vous", "votre", "pour"). The weights are learnt
(``pipeline/evaluation/furniture_training.py``) and scored by ``furniture``."""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.fr.stop_words import STOP_WORDS

from pipeline.core.cleaning import patterns

WORDS_FILE = "meta_words.txt"

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_IMPERATIVE = re.compile(r"[^\W\d_]{3,}ez$")  # "abonnez", "cliquez": the reader addressed
# a verb of the news's narration in the third person: imperfect, conditional, future plural, past historic plural
# ("devront", "aurait", "étaient", "annoncèrent"); a notice speaks to the reader in the present or the imperative
_NARRATION = re.compile(r"[^\W\d_]{2,}(?:ront|raient|rait|aient|ait|èrent)$")
_LINK = re.compile(r"https?://|www\.|@")
_SECOND_PERSON = frozenset({"vous", "votre", "vos", "vôtre", "vôtres", "tu", "ton", "ta", "tes"})


@cache
def kinds() -> dict[str, str]:
    """Each meta-text word's kind (page, subscription, account, software, comments, rights)."""
    return dict(reversed(entry.split(maxsplit=1)) for entry in patterns.words(WORDS_FILE))


def words(text: str) -> list[str]:
    """A paragraph's words in lowercase, an elided article or pronoun cut off ("l'article" → "l", "article")."""
    return [w.lower() for w in _WORD.findall(text.replace("’", "'"))]


def speaks_of_the_page(f: dict[str, float]) -> bool:
    """Whether a paragraph's features name a meta-text kind or address the reader: what the model scores."""
    return "kinds:0" not in f or "second_person" in f or "verb_ez" in f


def features(text: str) -> dict[str, float]:
    """A sentence-shaped paragraph's meta-text words and their kinds, its grammar words (each once), how many kinds
    it names, the reader addressed (second person, a verb in -ez), a verb of narration, a price, a share, a link."""
    found = set(words(text))
    meta = kinds()
    f = {f"w:{w}": 1.0 for w in found if w in meta or w in STOP_WORDS}
    named = {meta[w] for w in found if w in meta}
    f.update({f"kind:{k}": 1.0 for k in named})
    f[f"kinds:{min(len(named), 3)}"] = 1.0
    if _SECOND_PERSON & found:
        f["second_person"] = 1.0
    if any(_IMPERATIVE.match(w) for w in found):
        f["verb_ez"] = 1.0
    if any(_NARRATION.match(w) for w in found):
        f["narration"] = 1.0
    if "€" in text:
        f["euro"] = 1.0
    if "%" in text:
        f["percent"] = 1.0
    if _LINK.search(text):
        f["link"] = 1.0
    return f
