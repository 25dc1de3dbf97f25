"""Mentions the model missed: known names (gazetteer), "Firstname Surname" patterns, acronyms defined in text."""

from __future__ import annotations

import re

from pipeline.core.entity.lexicon import Lexicon, fold
from pipeline.core.entity.spans import Candidate, cardinal_region, glue_cut, is_sentence_start, venue_start

_WORD_START = re.compile(r"(?<![\w\-])\w[\w\-]*")
_CAPITALISED = re.compile(r"(?<![\w\-'’])[A-ZÀ-ÖØ-Ý][\w\-]*")
_PARTICLE = r"(?:(?:de|du|des|van|von|der|den|da|di|dos|le|la|Le|La|De|Van|Von|Del|El|Al|al|ben|bin|ibn)\s+)"
_SURNAME = re.compile(rf"\s+({_PARTICLE}?[A-ZÀ-ÖØ-Ý][\w'’\-]*[\w])(\s+[A-ZÀ-ÖØ-Ý][\w\-]*[\w])?")
_ACRONYM_AFTER = re.compile(r"[\"»”]?\s*\(\s*([A-ZÀ-ÖØ-Ý][A-Za-zÀ-ÖØ-öø-ÿ0-9&\-]{1,11})\s*\)")
_BOUNDARY_AFTER = re.compile(r"[\w]")


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not _BOUNDARY_AFTER.match(text[end])


def _alias_at(text: str, pos: int, alias: str) -> bool:
    end = pos + len(alias)
    if len(alias.split()) >= 3:  # long names are often written in another case ("Organisation Mondiale de la Santé")
        head = _leading_article(alias)  # but not the name after an article ("lors de la réunion", "de la poste")
        found = text[pos:end].lower() == alias.lower() and text[pos] == alias[0] and text[pos + head] == alias[head]
    else:
        found = text.startswith(alias, pos)
    return found and _ends_word(text, end)


_ARTICLE = re.compile(r"(?:(?:à |de )?(?:le|la|les|l['’])|au|aux|du|des)(?: |(?<=['’]))")


def _leading_article(alias: str) -> int:
    """Length of a lower-case article opening an alias: it is matched but left out of the mention."""
    m = _ARTICLE.match(alias)
    return m.end() if m and alias[m.end() :][:1].isupper() else 0


def known_names(text: str, lex: Lexicon) -> list[Candidate]:
    """Every occurrence of a known name or alias (longest first at each position)."""
    gaz, out, covered = lex.gazetteer, [], 0
    for m in _WORD_START.finditer(text):
        if m.start() < covered:
            continue
        for alias in gaz.by_first_word.get(m.group(), ()):
            if not _alias_at(text, m.start(), alias):
                continue
            if cardinal_region(text, m.start(), alias, lex):
                continue
            end = m.start() + len(alias)
            start = m.start() + _leading_article(alias)
            known = gaz.lookup(alias)
            if known is None:  # context alias: resolved later, only if the entity is named elsewhere
                known = gaz.lookup_context(alias)
                if known is None or (" " not in alias and is_sentence_start(text, m.start())):
                    continue
                out.append(Candidate(start, end, known.label, 5, known.canonical))
            else:
                out.append(Candidate(start, end, known.label, 0, known.canonical))
            covered = end
            break
    return out


def person_names(text: str, lex: Lexicon) -> list[Candidate]:
    """ "Firstname Surname" sequences with a known first name and capitalised surname."""
    out = []
    for m in _CAPITALISED.finditer(text):
        if m.group() not in lex.first_names:
            continue
        tail = _SURNAME.match(text, m.end())
        if not tail:
            continue
        surname = tail.group(1)
        if lex.gazetteer.lookup(surname) or surname.lower() in lex.stop_words:
            continue
        end = tail.end() if tail.group(2) and not lex.gazetteer.lookup(tail.group(2)) else tail.end(1)
        out.append(Candidate(m.start(), glue_cut(text, m.start(), end, lex), "PER", 3))
    return out


_BRACKETED_FIRST = re.compile(r"\(\s*([A-ZÀ-ÖØ-Ý][\w\-]+)\s*\)\s+([A-ZÀ-ÖØ-Ý][\w'’\-]*\w)")


_FIRST_THEN_BRACKETED = re.compile(
    r"(?<![\w\-])([A-ZÀ-ÖØ-Ý][\w\-]+) \(\s*("
    r"(?:(?:[A-ZÀ-ÖØ-Ý][\w'’\-]*\w|de|du|ben|ibn|el|al) )*[A-ZÀ-ÖØ-Ý][\w'’\-]*\w)\s*[,)]"
)


_PLACE_LINK = re.compile(r"-(?:sur|sous|en|lès|le|la|de|des|du|aux|d['’])-?", re.IGNORECASE)
_ACRONYM_PART = re.compile(r"(?:^|-)[A-Z]{2,}(?:-|$)")


def _bracketed_surname(words: str, lex: Lexicon) -> bool:
    """Whether the words bracketed after a first name can be its surname: not a known name, an acronym, a party
    ("UDI-Agir"), a place ("Val-d'Oise"), a portfolio ("Agriculture") nor another person's full name (an actor after
    the role: "Zoé (Charlotte Le Bon)")."""
    parts = words.split()
    if lex.gazetteer.lookup(words) or words.isupper() or parts[0].lower() in lex.stop_words:
        return False
    if _ACRONYM_PART.search(words) or _PLACE_LINK.search(words) or words.lower() in lex.portfolios:
        return False
    return not (len(parts) >= 2 and parts[0] in lex.first_names)


def completed_first_names(text: str, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A one-word person the article completes with a surname in brackets ("la réaction de Sophie (Durandeau,
    sa sœur)"): one mention over both, named "Sophie Durandeau"; mentions inside the brackets go."""
    out: list[Candidate] = []
    skip_until = -1
    for cand in chosen:
        if cand.start < skip_until:
            continue
        m = _FIRST_THEN_BRACKETED.match(text, cand.start)
        # a first name, or a surname followed by who the person is ("Latifa (Ibn Ziaten, mère de …)"); not a brand
        # and its company ("Knorr (Pagen)")
        first = m is not None and (
            m.group().endswith(",") or m.group(1) in lex.first_names or fold(m.group(1)) in lex.folded_first_names
        )
        if cand.label == "PER" and cand.canonical is None and first and m.end(1) == cand.end:
            surname = m.group(2)
            if _bracketed_surname(surname, lex):
                cand = Candidate(cand.start, m.end(2), "PER", cand.rank, f"{m.group(1)} {surname}")
                skip_until = m.end(2)
        out.append(cand)
    return out


def bracketed_first_names(text: str, lex: Lexicon) -> list[Candidate]:
    """A surname after its first name in brackets, as quotes complete a name ("comme Dieudonné ou (Alain)
    Soral"): one person mention over both, named "Alain Soral"; also a first name completed by its surname in
    brackets ("la réaction de Sophie (Durandeau, sa sœur)"), named "Sophie Durandeau"."""
    out = []
    for m in _FIRST_THEN_BRACKETED.finditer(text):
        first, surname = m.group(1), m.group(2)
        if first not in lex.first_names or not _bracketed_surname(surname, lex):
            continue
        out.append(Candidate(m.start(), m.end(2), "PER", 3, f"{first} {surname}"))
    for m in _BRACKETED_FIRST.finditer(text):
        first, surname = m.group(1), m.group(2)
        if first not in lex.first_names or surname.lower() in lex.stop_words or lex.gazetteer.lookup(surname):
            continue
        out.append(Candidate(m.start(), m.end(), "PER", 3, f"{first} {surname}"))
    return out


_NAMED_AFTER_ARTICLE = re.compile(
    r"(?<![\w\-])([a-zà-öø-ÿ\-]+)\s+(?:la|le|les|l['’])\s*([A-ZÀ-ÖØ-Ý][\w\-]+(?:\s+[A-ZÀ-ÖØ-Ý][\w\-]+)*)"
    r"(\s+[a-zà-öø-ÿ]+(?:é|ée|és|ées))?(?![\w\-])"
)
_GROUP_NOUNS = frozenset({"collectif", "collectifs"})


def article_names(text: str, lex: Lexicon) -> list[Candidate]:
    """An association or company named with a lower-case article ("l'association la Parole libérée", "le
    collectif les Dégommeuses"): every occurrence of the name (without the article) is that organisation."""
    names: dict[str, str] = {}
    ordinary = lex.stop_words | lex.demonyms | lex.titles | lex.not_entities | lex.org_heads
    for m in _NAMED_AFTER_ARTICLE.finditer(text):
        if m.group(1) not in lex.company_nouns and m.group(1) not in _GROUP_NOUNS:
            continue
        name = m.group(2) + (m.group(3) or "")
        article = text[m.end(1) : m.start(2)].strip()
        if lex.gazetteer.lookup(name) is None and m.group(2).split()[0].lower() not in ordinary:
            names[name] = article
    out = []
    for name, article in names.items():  # only where the name follows its article ("de la Parole libérée")
        for s, e in occurrences(text, name):
            if text[max(0, s - len(article) - 1) : s].strip().lower() == article:
                out.append(Candidate(s, e, "ORG", 0, name, firm=True))
    return out


def _initials_fit(acronym: str, expansion: str) -> bool:
    """An acronym plausibly abbreviates an expansion: same first letter and 2+ capitals, or its letters in order."""
    acro, exp = fold(acronym).replace(" ", ""), fold(expansion)
    if not acro or not exp or acro[0] != exp[0]:
        return False
    if sum(c.isupper() for c in acronym) >= 2:
        return True
    rest = iter(exp)
    return all(c in rest for c in acro)


def defined_acronyms(text: str, chosen: list[Candidate]) -> dict[str, Candidate]:
    """Acronyms given in brackets right after a mention ("Conseil Otan-Russie (COR)") -> that mention."""
    out: dict[str, Candidate] = {}
    for cand in chosen:
        m = _ACRONYM_AFTER.match(text, cand.end)
        if m and cand.label != "PER" and _initials_fit(m.group(1), text[cand.start : cand.end]):
            out.setdefault(m.group(1), cand)
    return out


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Whole-word, exact-case occurrences of ``form``."""
    pattern = rf"(?<![\w\-]){re.escape(form)}(?![\w\-])"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


_LINK_WORDS = frozenset({"de", "des", "du", "la", "le", "les", "l'", "d'", "et", "en", "pour", "à", "au", "aux", "sur"})
_BRACKETED = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]{1,9})\s*\)")
_PHRASE_WORD = re.compile(r"[\w\-]+|[ldLD]['’]")


def _low_word(text: str, start: int) -> str:
    m = _PHRASE_WORD.match(text, start)
    return m.group().lower() if m else ""


_ACRONYM_THEN_NAME = re.compile(
    r"(?<![\w\-])([A-Z]{3,6})\s*\(\s*([A-ZÀ-ÖØ-Ý][^()\n]{4,120}?)\s*(?:,\s*(?i:ndlr)\.?\s*)?\)"
)


def bracketed_expansions(text: str, lex: Lexicon) -> list[Candidate]:
    """A name written out in brackets after its 3+ letter acronym, with its initials ("la RIVP (Régie
    immobilière de la ville de Paris, ndlr)"): the name in brackets is one organisation."""
    out = []
    for m in _ACRONYM_THEN_NAME.finditer(text):
        words = re.findall(r"[\w\-]+", m.group(2).replace("'", " ").replace("’", " "))
        content = [w for w in words if w.lower() not in _LINK_WORDS and w.lower() not in {"l", "d"}]
        if "".join(fold(w)[:1] for w in content).upper() == m.group(1) and words[0].lower() not in lex.titles:
            out.append(Candidate(m.start(2), m.end(2), "ORG", 2))
    return out


_ACRONYM_THEN_DESCRIPTION = re.compile(
    r"(?<![\w\-])([A-Z][a-z]{2,6}|[A-Z]{3,6})\s*\(\s*([a-zà-öø-ÿ][^()\n]{4,120}?)\s*(?:,\s*(?i:ndlr)\.?\s*)?\)"
)
# "centre de la Chine", "centre-est": a region in brackets after a place, not a centre's name.
_REGION_CENTRE = re.compile(r"centre(?:-|\s+(?:de|du|des|d['’]))")


def spelled_out_acronyms(text: str, lex: Lexicon) -> list[Candidate]:
    """An acronym, in capitals or written as a word, with its name spelled out in lower case in brackets after it,
    opening with an institution's noun ("l'Anah (agence nationale de l'habitat)", "le Codis (centre opérationnel
    départemental d'incendie et de secours)"): an organisation wherever the article names it, and its name too."""
    out = []
    for m in _ACRONYM_THEN_DESCRIPTION.finditer(text):
        acronym, name = m.group(1), m.group(2)
        head = name.split()[0].lower()
        known = lex.gazetteer.lookup(acronym)
        if head not in lex.org_heads or _REGION_CENTRE.match(name) or (known is not None and known.label != "ORG"):
            continue
        if not _letters_in_order(acronym, name) or acronym.lower() in lex.common_acronyms:
            continue
        canonical = known.canonical if known is not None else acronym
        out.extend(Candidate(s, e, "ORG", 0, canonical, firm=True) for s, e in occurrences(text, acronym))
        out.append(Candidate(m.start(2), m.end(2), "ORG", 0, canonical, firm=True))
    return out


def _letters_in_order(acronym: str, name: str) -> bool:
    """Whether an acronym's letters appear in order in a name, the first one opening it."""
    acro, full = fold(acronym), fold(name)
    rest = iter(full)
    return acro[:1] == full[:1] and all(c in rest for c in acro)


def expansions(text: str, lex: Lexicon, min_letters: int = 2) -> list[Candidate]:
    """Names written out before a bracketed acronym whose letters are their initials ("Conseil permanent des
    écrivains (CPE)"): the model often misses such long lower-case names, or cuts them into pieces."""
    out = []
    for m in _BRACKETED.finditer(text):
        letters = [c for c in m.group(1) if c.isupper()]
        if len(letters) < max(2, min_letters) or len(letters) != len(m.group(1)):
            continue
        words = list(_PHRASE_WORD.finditer(text, max(0, m.start() - 200), m.start()))
        k = len(letters) - 1
        start = None
        for w in reversed(words):
            word = w.group()
            if k < 0:
                break
            if word.lower().replace("’", "'") in _LINK_WORDS and k < len(letters) - 1:
                continue
            if fold(word)[:1] != fold(letters[k]):
                break
            k -= 1
            start = w.start()
        # a capitalised name, or a 3+ letter one opening with an institution's noun ("service central du
        # renseignement territorial (SCRT)")
        named = start is not None and (
            text[start].isupper() or (len(letters) >= 3 and _low_word(text, start) in lex.org_heads)
        )
        if k < 0 and named and _low_word(text, start) not in lex.titles:
            end = m.start()
            while end > start and text[end - 1] in ' "»”':
                end -= 1
            out.append(Candidate(start, end, "ORG", 2))
    return out


_VENUE = re.compile(
    r"(?<![\w\-])([a-zà-öø-ÿ]+) (?:de la |des |du |de l['’])([A-ZÀ-ÖØ-Ý][\w\-]*\w(?: [A-ZÀ-ÖØ-Ý][\w\-]*\w)*)"
)


# A venue's noun in lower case and a hyphenated name right after it, as French names places after people
# ("le stade Jean-Bouin", "l'église Saint-Sulpice").
_VENUE_HYPHENATED = re.compile(
    r"(?<![\w\-])([a-zà-öø-ÿ]+) ([A-ZÀ-ÖØ-Ý][\w]*\w(?:-[A-ZÀ-ÖØ-Ý0-9][\w]*)+)(?![\w\-]| [A-ZÀ-ÖØ-Ý])"
)


def venue_names(text: str, lex: Lexicon) -> list[Candidate]:
    """Venues named by their noun, an article and a proper name the model may miss ("l'église de la Madeleine",
    "la prison des Baumettes"), or by their noun and a hyphenated name ("le stade Jean-Bouin"): one place over the
    whole phrase. Not "place", too often "instead of"."""
    out = []
    for m in _VENUE_HYPHENATED.finditer(text):
        if m.group(1) != "place" and m.group(1) in lex.venue_nouns and lex.gazetteer.lookup(m.group(2)) is None:
            out.append(Candidate(m.start(), m.end(), "LOC", 2))
    for m in _VENUE.finditer(text):
        if m.group(1) == "place" or m.group(1) not in lex.venue_nouns:
            continue
        end = glue_cut(text, m.start(2), m.end(2), lex)
        if venue_start(text, m.start(2), end, "LOC", lex) == m.start():
            out.append(Candidate(m.start(), end, "LOC", 2))
    return out
