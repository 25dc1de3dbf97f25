"""Places and institutions named by a common noun and the place they are in: "gare de Lyon", "théâtre de Paris",
"préfecture des Landes", "tribunal de grande instance de Paris", "office de l'habitat de Corse".

The model usually tags only the city inside ("Lyon"), or the whole name with a type the head noun contradicts. The
head noun decides the type (data: ``facility_loc_heads``, ``facility_org_heads``): a station, theatre, stadium or
prison is a place; a court, prefecture, town hall or office is an organisation. A place facility swallows the
city in its name (no separate "Paris" for "théâtre de Paris"); an organisation's seat is added back as a place
mention later (``entities.seat_of``).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.core.entity.lexicon import APOSTROPHES, Lexicon
from pipeline.core.entity.spans import Candidate, venue_start

# Lower-case words between the head and the final "de" ("de grande instance", "de l'habitat", "correctionnel").
_MIDDLE = r"(?:\s+(?:(?:de|du|des|d['’]|de\s+la|de\s+l['’])\s*)?[a-zà-öø-ÿ][a-zà-öø-ÿ\-]{2,}){0,3}?"
_OF = r"\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])$"
_STOP_MIDDLE = frozenset({"qui", "que", "dont", "est", "sont", "pour", "par", "avec", "sans", "sur", "sous", "dans"})
_BARE_OF = re.compile(_OF)
_DEFINITE_ELIDED = re.compile(r"(?<![\w\-])[lL]['’]\s*$")


def _after_elided_article(text: str, pos: int) -> bool:
    """Whether "l'" stands right before ``pos`` ("l'hôtel de Lassay", not "un hôtel de Manhattan": a hotel there)."""
    return _DEFINITE_ELIDED.search(text, max(0, pos - 3), pos) is not None


def _bare_name(text: str, pos: int, phrase: str, head: str) -> bool:
    """Whether a bare facility head at ``pos`` names its own building: after "l'" and right before its "de"
    ("l'hôtel de Lassay"), not "un hôtel de Manhattan" (a hotel there) nor "l'hôtel de ville de Pau"."""
    return _after_elided_article(text, pos) and _BARE_OF.fullmatch(phrase, len(head)) is not None


# A facility noun that is the complement of another noun ("préfet de police de Paris", "agent de police"): no
# institution's name starts there.
_BARE_OF_BEFORE = re.compile(r"(?<![\w\-])(?:de|d['’])\s*$")


@cache
def _pattern(heads: frozenset[str], acronyms: frozenset[str] = frozenset()) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(heads, key=len, reverse=True))
    written = "".join(f"|{re.escape(a)}" for a in sorted(acronyms, key=len, reverse=True))  # in capitals only
    return re.compile(rf"(?<![\w\-])(?:(?i:{alternatives}){written}){_MIDDLE}{_OF}")


def _heads(lex: Lexicon) -> frozenset[str]:
    return lex.facility_loc_heads | lex.facility_org_heads


def head_label(head: str, lex: Lexicon) -> str | None:
    """The type a facility head noun gives a name ("gare" -> LOC, "tribunal" -> ORG), or None."""
    low = re.sub(r"\s+", " ", head.lower().translate(APOSTROPHES))
    if low in lex.facility_loc_heads:
        return "LOC"
    if low in lex.facility_org_heads or head in lex.facility_org_acronyms:
        return "ORG"
    return None


def facility_start(text: str, start: int, lex: Lexicon) -> tuple[int, str] | None:
    """Start and type of a facility name ending with the name at ``start`` ("gare de " before "Lyon"), or None."""
    window = text[max(0, start - 80) : start]
    m = _pattern(_heads(lex), lex.facility_org_acronyms).search(window)
    if m is None or _BARE_OF_BEFORE.search(window, 0, m.start()):
        return None
    words = re.findall(r"[\w\-]+", m.group())
    if any(w.lower() in _STOP_MIDDLE for w in words):
        return None
    pos = max(0, start - 80) + m.start()
    if words[0] in lex.facility_org_acronyms:
        return pos, "ORG"  # "CHU de Lille"
    head = next(h for h in sorted(_heads(lex), key=len, reverse=True) if m.group().lower().startswith(h))
    if head in lex.bare_facility_heads and not _bare_name(text, pos, m.group(), head):
        return None  # "hôtel de ville de Pau", "un hôtel de Manhattan": no name of its own
    label = head_label(head, lex)
    return None if label is None else (pos, label)


# A facility noun in lower case, its adjectives, "de la" and a proper name: the facility's own name, a place
# ("l'hôpital parisien de la Pitié-Salpêtrière", "l'hôpital de la Timone").
_NAMED_VENUE = re.compile(r"([a-zà-öø-ÿ]+)(?:\s+[a-zà-öø-ÿ]+){0,2}?\s+de\s+la\s+([A-ZÀ-ÖØ-Ý][\w\-]*)")


def named_venue(surface: str, lex: Lexicon) -> bool:
    """Whether a facility's name is its noun in lower case with a proper name of its own after "de la", no known
    place ("l'hôpital de la Pitié-Salpêtrière" is a place; "l'hôpital du Kremlin-Bicêtre", named after its town,
    an institution)."""
    m = _NAMED_VENUE.fullmatch(surface)
    return m is not None and m.group(1) in lex.named_facilities and lex.gazetteer.lookup(m.group(2)) is None


# The town a facility named by a name of its own is in, after it ("... de la Charité de Berlin").
_TOWN_AFTER = re.compile(r"\s+(?:de|du|d['’])\s*([A-ZÀ-ÖØ-Ý][\w\-]*)$")


def _own_head(text: str, cand: Candidate, lex: Lexicon) -> str | None:
    """The type the candidate's own first word gives it when it is a facility head followed by "de" and a name (no
    type for "l'hôtel de ville" alone: a common noun, no name)."""
    surface = text[cand.start : cand.end]
    if surface.islower():
        return None
    for head in sorted(_heads(lex), key=len, reverse=True):
        bare = head in lex.bare_facility_heads
        if bare and not _after_elided_article(text, cand.start):
            continue  # "un hôtel de Manhattan": a hotel there
        name = r"\s*[A-ZÀ-ÖØ-Ý]" if bare else ""  # "hôtel de Lassay", not "hôtel de ville"
        if re.match(rf"(?i:{re.escape(head)})\s+(?:de\s+la|de\s+l['’]|de|du|des|d['’]){name}", surface):
            return "LOC" if named_venue(surface, lex) else head_label(head, lex)
    acronym = re.match(r"(\w+)\s+(?:de|du|des|d['’])", surface)
    return "ORG" if acronym and acronym.group(1) in lex.facility_org_acronyms else None


def _canonical(text: str, start: int, end: int) -> str:
    """A facility's canonical name: lower-case head, as French writes it ("gare de Lyon"), one space each."""
    surface = re.sub(r"\s+", " ", text[start:end])
    return surface[0].lower() + surface[1:]


def facilities(text: str, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Extend place mentions over the facility noun before them and type facility names by their head."""
    out: list[Candidate] = []
    for cand in chosen:
        surface = text[cand.start : cand.end]
        known = lex.gazetteer.lookup(surface)
        own = _own_head(text, cand, lex) if known is None else None
        town = _TOWN_AFTER.search(surface) if own == "ORG" else None
        place = lex.gazetteer.lookup(town.group(1)) if town else None
        if town and place and place.label == "LOC" and named_venue(surface[: town.start()], lex):
            own, split = "LOC", cand.start + town.start()  # "l'hôpital de la Charité" + " de Berlin": two places
            out.append(Candidate(cand.start, split, own, cand.rank, firm=True))
            out.append(Candidate(cand.start + town.start(1), cand.end, "LOC", cand.rank, place.canonical, firm=True))
            continue
        if own is not None:
            out.append(Candidate(cand.start, cand.end, own, cand.rank, firm=True))
            continue
        is_place = cand.label == "LOC" or (known is not None and known.label == "LOC")
        venue = venue_start(text, cand.start, cand.end, "LOC", lex) if is_place else None
        if venue is not None and (not out or out[-1].end <= venue):
            out.append(Candidate(venue, cand.end, "LOC", min(cand.rank, 1)))  # "quartiers Nord" of a known "Nord"
            continue
        found = facility_start(text, cand.start, lex) if is_place and surface[:1].isupper() else None
        if found is not None and (not out or out[-1].end <= found[0]):
            start, label = found
            label = "LOC" if named_venue(text[start : cand.end], lex) else label
            out.append(Candidate(start, cand.end, label, min(cand.rank, 1), _canonical(text, start, cand.end)))
            continue
        out.append(cand)
    return out
