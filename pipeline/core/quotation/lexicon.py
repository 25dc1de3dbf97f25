"""Word lists for quotation attribution, loaded once from the data files.

The reporting-verb file lists lemmas with a conjugation class; every third-person form a news article uses
(present, passé composé participle, imperfect, passé simple, future, conditional, present participle,
infinitive) is generated here by rule, so the file stays a readable list of lemmas.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "data"
VERBS_FILE = DATA / "reporting_verbs.tsv"
LEXICON_FILE = DATA / "quote_lexicon.tsv"
FEMALE_NAMES_FILE = DATA / "female_first_names.txt"
MALE_NAMES_FILE = DATA / "male_first_names.txt"
PREPOSITIONS = {"de", "d'"}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Reporting verb forms (form -> lemma) and the word lists of quote_lexicon.tsv."""

    verb_forms: dict[str, str]
    multiword_forms: dict[tuple[str, ...], str]
    lists: dict[str, frozenset[str]]
    reflexive: frozenset[str]  # lemmas listed as pronominal ("se féliciter"): reporting after "se"/"s'"
    female_names: frozenset[str] = frozenset()
    male_names: frozenset[str] = frozenset()
    intent_forms: dict[str, str] = field(default_factory=dict)  # "compte" -> "compter"

    def words(self, name: str) -> frozenset[str]:
        return self.lists.get(name, frozenset())


def _soften(stem: str, ending: str) -> str:
    """Spelling of an -er stem before an ending: annonç-a, juge-a."""
    if ending[:1] in ("a", "o"):
        if stem.endswith("c"):
            return stem[:-1] + "ç" + ending
        if stem.endswith("g"):
            return stem + "e" + ending
    return stem + ending


GRAVE_STEMS = {"martel", "harcel", "model", "cisel", "gel", "congel", "pel", "achet", "halet"}


def _grave(stem: str) -> str:
    """Present-tense stem with a grave accent: répét -> répèt, rappel -> rappell, lev -> lèv."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "éeè" and i < len(stem) - 1:
            if stem in GRAVE_STEMS:
                pass  # "marteler" -> "martèle", not "martelle"
            elif stem.endswith(("el", "et")) and i == len(stem) - 2 and stem[i] == "e":
                return stem + stem[-1]
            return stem[:i] + "è" + stem[i + 1 :]
        if stem[i] in "aiouyâîôû":
            break
    return stem


def _participles(pp: str) -> list[str]:
    if pp.endswith("s"):
        return [pp, pp + "e", pp + "es"]
    return [pp, pp + "e", pp + "s", pp + "es"]


def conjugate(lemma: str, klass: str, irregular: str = "") -> set[str]:
    """Third-person forms (and infinitive) of a one-word verb."""
    forms = {lemma}
    if klass == "er":
        stem = lemma[:-2]
        for end in ("e", "ent", "ait", "aient", "a", "èrent", "era", "eront", "erait", "eraient", "ant"):
            forms.add(_soften(stem, end))
        grave = _grave(stem)
        forms.update({grave + "e", grave + "ent", grave + "era", grave + "erait", grave + "eront"})
        forms.update(_participles(stem + "é"))
    elif klass == "ir":
        stem = lemma[:-2]
        for end in ("it", "issent", "issait", "issaient", "irent", "ira", "iront", "irait", "iraient", "issant"):
            forms.add(stem + end)
        forms.update(_participles(stem + "i"))
    elif klass == "re":
        stem = lemma[:-2]
        for end in ("", "ent", "ait", "aient", "it", "irent", "ra", "ront", "rait", "raient", "ant"):
            forms.add(stem + end)
        forms.update(_participles(stem + "u"))
    elif klass == "irr":
        pp, p3s, p3p, impf, ps3s, ps3p, fut, ppr = irregular.split("|")
        forms.update(_participles(pp))
        forms.update({p3s, p3p, impf + "ait", impf + "aient", ps3s, ps3p, ppr})
        forms.update({fut + "a", fut + "ont", fut + "ait", fut + "aient"})
    return forms


def _strip_reflexive(lemma: str) -> str:
    for prefix in ("se ", "s'"):
        if lemma.startswith(prefix):
            return lemma[len(prefix) :]
    return lemma


@cache
def load_lexicon() -> Lexicon:
    """Parse the data files once per process."""
    verb_forms: dict[str, str] = {}
    multi: dict[tuple[str, ...], str] = {}
    reflexive: set[str] = set()
    for line in VERBS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        lemma = _strip_reflexive(cols[0])
        if lemma != cols[0]:
            reflexive.add(lemma)
        klass = cols[1] if len(cols) > 1 else "er"
        irregular = cols[2] if len(cols) > 2 else ""
        head, _, rest = lemma.partition(" ")
        forms = {f + (" " + rest if rest else "") for f in conjugate(head, klass, irregular)}
        # "parler de": the preposition is part of the cue ("parle d'« … »"), not of the lemma
        reported = head if rest in PREPOSITIONS else lemma
        # the 1990 spelling drops the circumflex of "aît"/"oît" ("reconnait", "apparait")
        forms |= {f.replace("aît", "ait").replace("oît", "oit") for f in forms}
        for form in forms:
            words = tuple(form.split())
            if len(words) == 1:
                verb_forms.setdefault(form, reported)
            else:
                multi.setdefault(words, reported)
    lists: dict[str, set[str]] = defaultdict(set)
    intent: dict[str, str] = {}
    for line in LEXICON_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, entry = line.split("\t")[:2]
        lists[name].add(entry.strip())
        if name == "intent_verb":
            intent.update({form: entry for form in conjugate(entry, "irr", line.split("\t")[2])})
    female, male = (
        {
            line.strip().lower()
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
        for path in (FEMALE_NAMES_FILE, MALE_NAMES_FILE)
    )
    return Lexicon(
        verb_forms,
        multi,
        {k: frozenset(v) for k, v in lists.items()},
        frozenset(reflexive),
        frozenset(female),
        frozenset(male - female),
        intent,
    )
