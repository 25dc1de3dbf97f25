"""One canonical name per real-world thing inside an article.

Known names take the gazetteer's canonical form, so they agree across articles. A person's surname or first name
joins the full name given in the same article (never across articles); an acronym defined in brackets joins its
expansion; case and accent variants of one name take its fullest common form.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise

from pipeline.core.entity.lexicon import Lexicon, fold
from pipeline.core.entity.matching import defined_acronyms, occurrences
from pipeline.core.entity.spans import Candidate, century, is_sentence_start

LABEL_ORDER = {"ORG": 0, "PER": 1, "LOC": 2, "MISC": 3}


@dataclass(frozen=True, slots=True)
class Resolved:
    """A final mention in the joined text, with its label and canonical name."""

    start: int
    end: int
    label: str
    canonical: str


def best_form(forms: list[tuple[str, int]]) -> str:
    """The fullest common written form: most frequent, then with accents and capitals, then first seen."""
    counts = Counter(f for f, _ in forms)
    first = {}
    for f, pos in forms:
        first.setdefault(f, pos)

    def key(f: str) -> tuple[int, int, int, int]:
        accents = sum(not c.isascii() for c in f)
        capitals = sum(w[:1].isupper() for w in f.split())
        return (-counts[f], -accents, -capitals, first[f])

    return min(counts, key=key)


def overlaps(a: Candidate, spans: list[Candidate]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in spans)


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then by rank (known name, model, acronym, name pattern)."""
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, c.rank, c.start)):
        if not overlaps(cand, chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


_OF_PLACE = re.compile(r"\s+(?:de|du)\s+|\s+d['’]")


def is_first_name(word: str, lex: Lexicon) -> bool:
    """A first name, also misspelt in its accents ("Valérié")."""
    return word in lex.first_names or fold(word) in lex.folded_first_names


_PARTICLE = re.compile(r"\s+(?:de|da|van|von|der|van der|van den|ter)\s+")


def _hyphenated_elsewhere(text: str, prev: Candidate, cand: Candidate) -> bool:
    """Two places linked by "de"/"du"/"des" that the article also writes as one hyphenated name ("Saint-Paul de
    Varax" and "Saint-Paul-de-Varax"): one place cut at its spaces."""
    between = text[prev.end : cand.start]
    if prev.label != "LOC" or cand.label != "LOC" or not _PLACE_BETWEEN.fullmatch(between):
        return False
    name = "-".join([text[prev.start : prev.end], *between.split(), text[cand.start : cand.end]])
    return re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text, re.IGNORECASE) is not None


_PLACE_BETWEEN = re.compile(r" (?:de|du|des|de la|sur|sous|en|lès|le|la|les) ")


def _joins(text: str, prev: Candidate, cand: Candidate, lex: Lexicon) -> bool:
    between = text[prev.end : cand.start]
    if _hyphenated_elsewhere(text, prev, cand):
        return True
    if prev.label == "PER" and cand.canonical is None and prev.canonical is None and between == " ":
        # two person spans with only a space between are one name ("Adel" + "Abdel Mahdi"); a first name
        # followed by a name the model typed otherwise too ("Alain" + "Soral")
        # -- only with evidence that it is one name: the first part is only a first name, ends with a particle,
        # or the second starts with one; never two full names ("Lionel Jospin" + "Jean-Claude Gayssot") nor a
        # word and a full name ("Boiron" + "Valérie Poinsot")
        surface, before = text[cand.start : cand.end], text[prev.start : prev.end].split()
        if len(before) == 1 and is_first_name(before[0], lex):
            return surface[:1].isupper()
        first = surface.split()[0]  # not "Noyer" + "Bernard Boulloud", but "Adel" + "Abdel Mahdi"
        if cand.label != "PER":
            return False
        if first.lower() in _NAME_PARTICLES or before[-1].lower() in _NAME_PARTICLES:
            return True
        return len(before) == 1 and not is_first_name(first, lex)
    if prev.label == "PER" and cand.label == "PER":  # "Anuna" + "de" + "Wever"
        return prev.canonical is None and _PARTICLE.fullmatch(between) is not None
    if prev.label == "PER" and cand.label == "LOC" and prev.canonical is None and cand.canonical is None:
        # "Marc Ladreit" + "de" + "Lacharrière": a first name and surname, a particle and one name no one knows
        # as a place is one person's name; not "Jean Dupont de Lyon"
        before, surface = text[prev.start : prev.end].split(), text[cand.start : cand.end]
        return (
            between in (" de ", " d'", " d’")
            and len(before) == 2
            and is_first_name(before[0], lex)
            and " " not in surface
            and lex.gazetteer.lookup(surface) is None
        )
    return (
        prev.label == "ORG"
        and prev.canonical is None
        and cand.label == "LOC"
        and text[prev.start : prev.end].split()[0].lower() in lex.org_heads
        and _OF_PLACE.fullmatch(between) is not None
    )


_HEAD_EXTENSION = re.compile(r"(?:\s+[a-zà-öø-ÿ]{4,}){1,2}\s+(?:de|du|d['’])\s*[A-ZÀ-ÖØ-Ý][\w\-]*")


def extend_heads(text: str, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """An organisation head the model cut short gets its adjectives and place back: "Centre" + " hospitalier
    de Poitiers", "Tribunal" + " correctionnel de Lille"."""
    out = []
    for i, cand in enumerate(chosen):
        surface = text[cand.start : cand.end]
        nxt = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
        m = _HEAD_EXTENSION.match(text, cand.end)
        words = m.group().split() if m else []
        if (
            m
            and cand.canonical is None
            and " " not in surface
            and surface.lower() in lex.org_heads
            and not any(w.lower() in lex.stop_words for w in words[:-2])
            and m.end() <= max(nxt, chosen[i + 1].end if i + 1 < len(chosen) else nxt)
        ):
            cand = Candidate(cand.start, m.end(), "ORG", cand.rank)
            if i + 1 < len(chosen) and chosen[i + 1].start < m.end():
                chosen[i + 1] = Candidate(0, 0, "", 9)  # swallowed place
        out.append(cand)
    return [c for c in out if c.end > c.start]


# Up to three capitalised words (a region, département or town) right after a name: "Bourgogne", "Gard Lozère",
# "Provence-Alpes-Côte d'Azur".
_EDITION_PLACE = re.compile(
    r" ([A-ZÀ-ÖØ-Ý][\w\-]*\w)((?: [A-ZÀ-ÖØ-Ý][\w\-]*\w){0,2}(?: d['’][A-ZÀ-ÖØ-Ý][\w\-]*\w)?)(?![\w\-'’])"
)


def regional_editions(text: str, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A broadcaster with regional stations named by their region (data: ``regional_media``) is that station
    with the place after it ("France 3" + " Bourgogne", "France Bleu" + " Gard Lozère"); the place is no mention
    of its own. Not a person's name after it ("à France Bleu Emmanuel Macron a dit"), nor an ordinary word."""
    out: list[Candidate] = []
    for cand in chosen:
        surface = text[cand.start : cand.end]
        media = next((n for n in lex.regional_media if surface == n or surface.startswith(n + " ")), None)
        if media is not None and (m := _EDITION_PLACE.match(text, cand.start + len(media))) and _a_place(m, lex):
            cand = Candidate(cand.start, max(cand.end, m.end()), "ORG", cand.rank, media, firm=cand.firm)
        if out and out[-1].end > cand.start:
            continue  # the place the station swallowed
        out.append(cand)
    return out


def _a_place(m: re.Match[str], lex: Lexicon) -> bool:
    first = m.group(1)
    return first not in lex.given_names and first.lower() not in lex.stop_words | lex.weekdays | lex.dates


def merge_adjacent(text: str, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Join mentions the model split: an organisation named after its place ("Conservatoire d'art dramatique"
    + "de Bordeaux") and a name cut at its particle ("Anuna" + "de Wever")."""
    out: list[Candidate] = []
    for cand in chosen:
        if out and _joins(text, out[-1], cand, lex):
            out[-1] = Candidate(out[-1].start, cand.end, out[-1].label, out[-1].rank)
            continue
        out.append(cand)
    return extend_particles(text, out)


_NAME_PARTICLES = frozenset(
    {"le", "la", "de", "du", "van", "von", "ben", "bin", "ibn", "abdel", "abd", "al", "el", "da", "di"}
)
_NEXT_NAME = re.compile(r" ([A-ZÀ-ÖØ-Ý][\w\-]*\w)")


def extend_particles(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A person's name cut after a particle ("Bruno Le" of "Bruno Le Maire", "Adel Abdel") gets the capitalised
    word that follows it back (and swallows a mention of that word)."""
    out: list[Candidate] = []
    skip_until = -1
    for i, cand in enumerate(chosen):
        if cand.start < skip_until:
            continue
        words = text[cand.start : cand.end].split()
        m = _NEXT_NAME.match(text, cand.end)
        if cand.label == "PER" and len(words) >= 2 and words[-1].lower() in _NAME_PARTICLES and m:
            nxt = chosen[i + 1] if i + 1 < len(chosen) else None
            if nxt is None or nxt.start >= m.start(1):
                end = max(m.end(), nxt.end) if nxt is not None and nxt.start < m.end() else m.end()
                cand = Candidate(cand.start, end, "PER", cand.rank)
                skip_until = end
        out.append(cand)
    return out


def _is_tail(parts: list[str], name_parts: list[str]) -> bool:
    """Whether ``parts`` are the last words of the longer name ``name_parts`` (folded words)."""
    return len(parts) < len(name_parts) and name_parts[-len(parts) :] == parts


_LOWER_PARTICLE = re.compile(r"(?<![\w\-])(?<!de )(le|la)(?=\s+[A-ZÀ-ÖØ-Ý])")


def person_form(name: str, lex: Lexicon) -> str:
    """One spelling of a full name in every article: the accented first name ("Edouard" -> "Édouard") and a
    capitalised article particle ("Jean-Yves le Drian" -> "Jean-Yves Le Drian"), as French writes them."""
    first, _, rest = name.partition(" ")
    accented = lex.accented_first_names.get(first)
    if accented is not None:
        first = accented
    return first + (" " + _LOWER_PARTICLE.sub(lambda m: m.group(1).capitalize(), rest) if rest else "")


def _is_head(parts: list[str], name_parts: list[str]) -> bool:
    """Whether ``parts`` (2+ words, ending with a particle: a span cut short) are the first words of the longer
    name ``name_parts``; not "Jacob Blake" of "Jacob Blake Sr" or "Gordon Murray" of "Gordon Murray Automotive"."""
    return (
        2 <= len(parts) < len(name_parts)
        and (parts[-1] in _NAME_PARTICLES or name_parts[len(parts)] in _NAME_PARTICLES)  # "Rabbi Nahman de Breslev"
        and name_parts[: len(parts)] == parts
    )


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words differ by one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _transposed(a: str, b: str) -> bool:
    """Whether two different words are the same letters with two neighbours swapped ("Gui", "Giu")."""
    diff = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _join_misspellings(names: dict[str, str], full: dict[str, list[tuple[str, int]]]) -> None:
    """Two spellings of one full name in an article ("François Devaux", "François Deveaux", "Olivier Martin",
    "Oliver Martin"): the same first name and surnames one letter apart (5+ letters), or the same surname and
    first names one letter apart or with two neighbour letters swapped ("Gui"/"Giu"), are one person, named
    as the more frequent spelling."""
    keys = sorted(names, key=lambda k: (-len(full.get(k, ())), full[k][0][1] if k in full else 0))
    for i, key in enumerate(keys):
        parts = key.split()
        for other in keys[:i]:
            o = other.split()
            if len(o) == len(parts) >= 2 and (
                (o[:-1] == parts[:-1] and min(len(o[-1]), len(parts[-1])) >= 5 and _one_edit(o[-1], parts[-1]))
                or (o[1:] == parts[1:] and min(len(o[0]), len(parts[0])) >= 5 and _one_edit(o[0], parts[0]))
                or (o[1:] == parts[1:] and len(o[-1]) >= 4 and _transposed(o[0], parts[0]))  # a typo: "Giu"
            ):
                names[key] = names[other]
                break


_DROPPABLE_PARTICLES = frozenset({"de", "d'", "du", "des", "von", "van", "di", "da"})


def _join_dropped_particles(names: dict[str, str]) -> None:
    """A full name written once without its lower-case particle ("François Rugy" for "François de Rugy",
    "Marc Ladreit Lacharrière") is the same person: same first and last words, the longer name's extra words
    all particles."""
    for key in names:
        parts = key.split()
        if len(parts) < 2:
            continue
        for other in names:
            o = other.split()
            same_ends = len(o) > len(parts) and o[0] == parts[0] and o[-1] == parts[-1]
            if same_ends and [w for w in o if w not in _DROPPABLE_PARTICLES] == parts:
                names[key] = names[other]
                break


def _persons(text: str, cands: list[Candidate], lex: Lexicon) -> None:
    """Join surnames and first names to the full name of the same article; relabel surnames tagged otherwise."""
    full: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for c in cands:
        if c.label == "PER" and c.canonical is None and len(text[c.start : c.end].split()) >= 2:
            full[fold(text[c.start : c.end])].append((text[c.start : c.end], c.start))
        elif c.label == "PER" and c.canonical is not None and c.rank == 3:  # "(Alain) Soral" named "Alain Soral"
            full[fold(c.canonical)].append((c.canonical, c.start))
    # "Le Drian" is the surname of "Jean-Yves le Drian", not a full name of its own
    tails = {key for key in full for other in full if _is_tail(key.split(), other.split())}
    # "Bruno Le" is the start of "Bruno Le Maire" (a span cut short), not another person
    heads = {key: other for key in full for other in full if _is_head(key.split(), other.split())}
    tails |= set(heads)
    names = {key: person_form(best_form(forms), lex) for key, forms in full.items() if key not in tails}
    for key, other in heads.items():
        if other in names:
            names[key] = names[other]
    _join_misspellings(names, full)
    _join_dropped_particles(names)
    order = sorted(names, key=lambda k: (-len(full[k]), full[k][0][1]))
    for c in cands:
        surface = text[c.start : c.end]
        key = fold(surface)
        if c.canonical is not None:
            continue
        if key in names and (c.label == "PER" or not c.firm):
            c.label, c.canonical = "PER", names[key]  # a full name the model typed otherwise once ("France Gall")
            continue
        parts = key.split()
        for name_key in order:
            name_parts = name_key.split()
            is_surname = _is_tail(parts, name_parts)
            # a first name alone is that person; tagged otherwise, only when the full name recurs ("... Jonathann
            # Daval ... Jonathann Daval ... où Jonathann est détenu")
            recurring = c.label == "PER" or (not c.firm and len(full.get(name_key, ())) >= 2)
            is_first = recurring and len(parts) == 1 and name_parts[0] == parts[0]
            # a compound first name alone ("Pierre-François" of "Pierre-François Veil")
            is_first = is_first or (
                c.label == "PER"
                and " " not in surface.strip()
                and 1 < len(parts) < len(name_parts)
                and name_parts[: len(parts)] == parts
                and is_first_name(surface.split("-")[0], lex)
            )
            if is_surname or is_first:
                c.label, c.canonical = "PER", names[name_key]
                break


# A person's other name introduced after the name ("Claude Vorilhon, dit Raël"; "Raël, de son vrai nom Claude
# Vorilhon"): the same person.
_ALIAS_LINK = re.compile(
    r",?\s+(?:dit|dite|alias|surnommée?|connue? sous le (?:nom|pseudonyme) de|de son vrai nom|"
    r"née?\s+[A-ZÀ-ÖØ-Ý][\w\-]+,?\s+dite?)\s+$"
)


def _person_aliases(text: str, cands: list[Candidate]) -> None:
    """Both names of a person given with "dit", "alias", "de son vrai nom" are one person: every mention of the
    second name takes the first name's canonical form."""
    ordered = sorted(cands, key=lambda c: c.start)
    same: dict[str, str] = {}
    for prev, cand in pairwise(ordered):
        if prev.label != "PER" or prev.canonical is None or cand.canonical is None:
            continue
        link = _ALIAS_LINK.fullmatch(text, prev.end, cand.start)
        if link is None or cand.canonical == prev.canonical:
            continue
        if " " in text[cand.start : cand.end] and "vrai nom" not in link.group():
            continue  # "…, dit François Hollande": the verb of an incise, not a nickname
        same.setdefault(cand.canonical, prev.canonical)
    for c in cands:
        if c.canonical in same and c.label in {"PER", "LOC", "ORG", "MISC"}:
            c.label, c.canonical = "PER", same[c.canonical]


def _others(text: str, cands: list[Candidate]) -> None:
    """Case/accent variants of one name: one label (majority) and one canonical form."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.canonical is None:
            groups[fold(text[c.start : c.end])].append(c)
    for members in groups.values():
        firm = [c for c in members if c.firm]  # "la radio Voltage" types every "Voltage" of the article
        votes = Counter(c.label for c in firm or members)
        label = min(votes, key=lambda lab: (-votes[lab], LABEL_ORDER.get(lab, 9)))
        canonical = best_form([(text[c.start : c.end], c.start) for c in members])
        for c in members:
            c.label, c.canonical = label, canonical


def _one_label(text: str, cands: list[Candidate]) -> None:
    """One name, one label in an article where the model hesitated between an organisation and a person, or gave
    a miscellaneous label once ("selon Midi Libre" PER, "le Midi Libre" ORG): the label the text says ("l'agence
    Santé publique France"), else the majority; the name written in full or as its acronym only, not a surname
    linked to a person ("Bentley" of "W.O. Bentley"). A person and a place of one name may both be right."""
    groups: dict[str, list[Candidate]] = defaultdict(list)
    for c in cands:
        surface = text[c.start : c.end]
        if c.canonical is not None and (fold(surface) == fold(c.canonical) or surface.isupper() or c.rank == 2):
            groups[c.canonical].append(c)
    for members in groups.values():
        labels = {c.label for c in members}
        if len(labels) < 2 or not (labels <= {"ORG", "PER", "MISC"} or len(labels - {"MISC"}) == 1):
            continue
        named = [c for c in members if c.label != "MISC"]
        votes = Counter(c.label for c in [c for c in named if c.firm] or named)
        label = min(votes, key=lambda lab: (-votes[lab], LABEL_ORDER.get(lab, 9)))
        for c in members:
            c.label = label


def _acronyms(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Join acronyms defined in brackets to their expansion; add their other occurrences."""
    added = []
    for acronym, target in defined_acronyms(text, cands).items():
        for start, end in occurrences(text, acronym):
            cand = next((c for c in cands if c.start == start and c.end == end), None)
            if cand is None:
                cand = Candidate(start, end, target.label, 2)
                if overlaps(cand, cands + added):
                    continue
                added.append(cand)
            known = lex.gazetteer.lookup(acronym)
            if target.canonical is None and known is not None:
                target.label, target.canonical = known.label, known.canonical
            cand.label, cand.canonical = target.label, target.canonical or text[target.start : target.end]
    return added


def _context_aliases(text: str, cands: list[Candidate], lex: Lexicon) -> None:
    """Weak aliases ("l'Alliance") join a known entity only when it is firmly named in the article."""
    present = {c.canonical for c in cands if c.canonical is not None and c.rank < 5}
    for c in cands:
        known = lex.gazetteer.lookup_context(text[c.start : c.end])
        if c.canonical is None and known is not None and known.canonical in present:
            c.label, c.canonical = known.label, known.canonical


def _repeat(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Other occurrences of forms already recognised (e.g. a surname the model missed once)."""
    forms: dict[str, tuple[str, str]] = {}
    for c in cands:
        forms.setdefault(text[c.start : c.end], (c.label, c.canonical or ""))
    for c in cands:
        words = (c.canonical or "").split()
        if c.label == "PER" and len(words) >= 2 and words[1][:1].isupper():
            forms.setdefault(" ".join(words[1:]), (c.label, c.canonical or ""))
    added: list[Candidate] = []
    for form, (label, canonical) in forms.items():
        if len(form) < 3 and not (len(form) == 2 and form.isupper()):
            continue
        for start, end in occurrences(text, form):
            cand = Candidate(start, end, label, 4, canonical)
            if " " not in form and is_sentence_start(text, start) and form.lower() in lex.stop_words:
                continue
            if century(text, form, end, lex):
                continue  # "XXe" named a district once, a century here ("du XXe siècle")
            if not overlaps(cand, cands) and not overlaps(cand, added):
                added.append(cand)
    return added


_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-Ý]{2,6}")
_LINK = frozenset({"de", "des", "du", "la", "le", "les", "l", "d", "et", "en", "pour", "a", "au", "aux", "sur"})


def initials(name: str, every_word: bool = False) -> str:
    """Upper-case initials of a name's content words ("Fédération française de boxe" -> "FFB"), or of all its
    words for a person ("Mohammed ben Salmane" -> "MBS")."""
    words = re.findall(r"\w+", fold(name).replace("'", " "))
    return "".join(w[0] for w in words if every_word or w not in _LINK).upper()


def _undefined_acronyms(text: str, cands: list[Candidate], lex: Lexicon) -> None:
    """An unknown acronym whose letters are the initials of one multi-word organisation or person of the article
    ("FFB" after "Fédération française de boxe", "MBS" after "Mohammed ben Salmane", no brackets) is that one."""
    longs = [c for c in cands if c.label in {"ORG", "PER"} and len(text[c.start : c.end].split()) >= 2]
    for c in cands:
        surface = text[c.start : c.end]
        if c.canonical is not None or not _ACRONYM.fullmatch(surface) or lex.gazetteer.lookup(surface):
            continue
        targets = {
            (t.label, t.canonical or text[t.start : t.end])
            for t in longs
            if initials(text[t.start : t.end], every_word=t.label == "PER") == surface
        }
        if len(targets) == 1:
            c.label, c.canonical = targets.pop()


def canonicalize(text: str, cands: list[Candidate], lex: Lexicon) -> list[Resolved]:
    """Label and canonical name of every mention of one article (adds acronyms and repeated forms)."""
    cands = list(cands)
    for c in cands:
        if c.canonical is None:
            known = lex.gazetteer.lookup(text[c.start : c.end])
            if known is not None:
                c.label, c.canonical = known.label, known.canonical
    _context_aliases(text, cands, lex)
    acronyms = _acronyms(text, cands, lex)
    _undefined_acronyms(text, cands, lex)
    _persons(text, cands, lex)
    _others(text, cands)
    _person_aliases(text, cands)
    cands += acronyms
    _one_label(text, cands)
    cands += _repeat(text, cands, lex)
    return [
        Resolved(c.start, c.end, c.label, c.canonical or text[c.start : c.end])
        for c in sorted(cands, key=lambda c: c.start)
    ]


_FORMER_NAME = re.compile(
    r"\s*\((?:[^()]{1,20},\s*)?(?:ex-|ex\s|anciennement\s|ancien\s|ancienne\s)\s*([^(),]{2,60}?)\s*\)"
)


def renamed(text: str, resolved: list[Resolved], lex: Lexicon) -> list[Resolved]:
    """An organisation's former name given in brackets after it ("le Parti X (ex-Y)", "la ZZ (ZZ, ex-YY)") is the
    same organisation in this article: mentions of the former name take the current one."""
    former: dict[str, str] = {}
    for r in resolved:
        m = _FORMER_NAME.match(text, r.end) if r.label == "ORG" else None
        if m is None:
            continue
        known = lex.gazetteer.lookup(m.group(1))
        old = known.canonical if known is not None else m.group(1)
        if old != r.canonical:
            former.setdefault(old, r.canonical)
    if not former:
        return resolved
    return [
        Resolved(r.start, r.end, r.label, former[r.canonical]) if r.label == "ORG" and r.canonical in former else r
        for r in resolved
    ]
