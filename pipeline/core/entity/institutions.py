"""Institutions named by a common-noun head and a complement: "Académie nationale de médecine", "Haut Conseil à
l'intégration", "ministère français des Affaires étrangères", "chambre régionale des comptes".

The model often stops at the head and its adjectives ("Académie nationale"), misses a ministry with a demonym
between the noun and its portfolio, or runs a name over the verb after it ("la Direction générale de la santé
calme l'inquiétude"). These rules give the whole name back and cut the verb.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.core.entity.lexicon import APOSTROPHES, Lexicon
from pipeline.core.entity.spans import Candidate

# A word shaped like an adjective (it may follow a complement noun: "de santé publique", "des jeunes socialistes").
_ADJECTIVE = re.compile(
    r"(?:ique|al|ale|aux|el|elle|aire|ien|ienne|ier|ière|if|ive|iste|ais|aise|é|ée|ant|ante|eur|ois|oise|ain|aine"
    r"|man|mane)s?$"
)
# What a verb's object or clause starts with: a verb ran into the name before it.
_OBJECT_AFTER = re.compile(r"\s+(?:l['’]|le |la |les |un |une |des |ses |son |sa |leur |leurs |que |qu['’])")
# A past participle with "de"/"à" and an infinitive after a name ("chargé de guider", "destinée à aider").
_DUTY = re.compile(r"\s+[a-zà-öø-ÿ]+(?:é|ée|és|ées)\s+(?:de|d['’]|à)\s*[a-zà-öø-ÿ]+(?:er|ir|re)\b")
# A preposition and a demonstrative or possessive determiner: a clause's complement, never inside a name ("l'Ordre
# des médecins [pour ces manquements]"; names keep "pour la", "pour l'": "Fondation pour la recherche médicale").
_CLAUSE_COMPLEMENT = re.compile(
    r"\s+(?:pour|par|avec|contre|sur|dans|depuis|après|avant)\s+(?:ces|ce|cet|cette|ses|son|sa|leur|leurs|nos|vos|notre|votre|mes|mon|ma)\s"
)
_LINK = re.compile(r"\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]|à\s+la|à\s+l['’]|au|aux)(?:\s+|(?<=['’]))")
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ\-]{2,}(?![\w\-'’])")
_SPACE_WORD = re.compile(r"\s+([a-zà-öø-ÿ][a-zà-öø-ÿ\-]{2,})(?![\w\-'’])")


def _heads(lex: Lexicon) -> frozenset[str]:
    return lex.institution_heads


def _low(word: str) -> str:
    return word.lower().translate(APOSTROPHES)


def is_adjective(word: str) -> bool:
    """Whether a lower-case word has an adjective's ending ("publique", "territorial", "socialistes")."""
    return _ADJECTIVE.search(word) is not None


def verb_cut(text: str, start: int, end: int) -> int:
    """End of an organisation name that ran over a verb: its last lower-case word after a lower-case complement
    is no adjective and an object follows it ("Direction générale de la santé calme l'inquiétude"); or over a
    clause's complement ("Ordre des médecins pour ces manquements")."""
    clause = _CLAUSE_COMPLEMENT.search(text, start, end)
    if clause is not None and clause.start() > start:
        end = clause.start()
    words = text[start:end].split()
    duty = _DUTY.search(text, start, min(len(text), end + 40))
    if duty is not None and start < duty.start() < end:
        return duty.start()  # "Conseil scientifique chargé (de guider)": a participle and its infinitive
    if len(words) < 4 or not words[-1].islower() or not words[-2].islower() or is_adjective(words[-1]):
        return end
    if not _OBJECT_AFTER.match(text, end):
        return end
    return start + text[start:end].rstrip().rfind(" ")


def complement_end(text: str, cand: Candidate, lex: Lexicon) -> int | None:
    """End of the complement an institution's head and adjectives need ("Académie nationale" + " de médecine",
    "Haut Conseil" + " à l'intégration"), or None: one lower-case noun, and adjectives after it."""
    words = text[cand.start : cand.end].split()
    if cand.label != "ORG" or cand.canonical is not None or _low(words[0]) not in _heads(lex):
        return None
    if any(_low(w) in lex.stop_words for w in words[1:]):
        return None  # the span already has its complement ("Direction générale de la santé")
    link = _LINK.match(text, cand.end)
    noun = _LOWER_WORD.match(text, link.end()) if link else None
    if noun is None or noun.group() in lex.stop_words or noun.group() in lex.dates or noun.group() in lex.determiners:
        return None
    end = noun.end()
    while (adj := _SPACE_WORD.match(text, end)) and is_adjective(adj.group(1)):
        end = adj.end()
    return end


# A second lower-case complement coordinated with the last one ("de la vigne" + " et du vin").
_AND_LINK = re.compile(r"\s+et\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])(?:\s+|(?<=['’]))")
_LINKED_LAST = re.compile(r"(?:^|\s)(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*([a-zà-öø-ÿ][\w\-]*)$")


def coordinated_end(text: str, cand: Candidate, lex: Lexicon) -> int | None:
    """End of a second complement coordinated with the last one of an institution's name ("Association
    nationale des élus de la vigne" + " et du vin", "Office national de la chasse" + " et de la faune sauvage"),
    or None. Not when the second noun names a body of its own ("du Conseil des ministres et de la présidence")."""
    words = text[cand.start : cand.end].split()
    if cand.label != "ORG" or _low(words[0]) not in _heads(lex) or not _LINKED_LAST.search(text[cand.start : cand.end]):
        return None
    link = _AND_LINK.match(text, cand.end)
    noun = _LOWER_WORD.match(text, link.end()) if link else None
    if noun is None or any(noun.group() in s for s in (lex.stop_words, lex.dates, lex.determiners, _bodies(lex))):
        return None
    end = _adjectives_end(text, noun.end())
    link = _LINK.match(text, end)  # its own complement: "et des produits" + " de santé"
    noun = _LOWER_WORD.match(text, link.end()) if link else None
    if noun is not None and not any(noun.group() in s for s in (lex.stop_words, lex.dates, _bodies(lex))):
        end = _adjectives_end(text, noun.end())
    return end


def _adjectives_end(text: str, end: int) -> int:
    while (adj := _SPACE_WORD.match(text, end)) and is_adjective(adj.group(1)) and not _PARTICIPLE.search(adj.group(1)):
        end = adj.end()
    return end


def _bodies(lex: Lexicon) -> frozenset[str]:
    """Nouns naming a body of their own: a complement coordinated with one is a second body."""
    return _heads(lex) | lex.body_nouns


def extend_complements(text: str, chosen: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Institutions the model cut after their head and adjectives get their complement back, and a second
    complement coordinated with their last one."""
    out = []
    for i, cand in enumerate(chosen):
        nxt = chosen[i + 1].start if i + 1 < len(chosen) else len(text)
        for extend in (complement_end, coordinated_end):
            end = extend(text, cand, lex)
            if end is not None and end <= nxt:
                cand = Candidate(cand.start, end, "ORG", cand.rank, firm=cand.firm)
        out.append(cand)
    return out


_MINISTRY_OF = re.compile(
    r"(?<![\w\-])[mM]inistère(?:\s+([a-zà-öø-ÿ]+))?\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+)(?=[A-ZÀ-ÖØ-Ý])"
)


@cache
def _ministry(portfolios: frozenset[str]) -> re.Pattern[str]:
    """A ministry named with a listed portfolio: ``_MINISTRY_OF`` and the portfolio (group 2)."""
    alternatives = "|".join(re.escape(p) for p in sorted(portfolios, key=len, reverse=True))
    return re.compile(rf"{_MINISTRY_OF.pattern}((?i:{alternatives}))(?![\w\-])")


# A participle after a ministry's name is the sentence's verb ("du ministère de l'Économie rémunérés").
_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|ant)$")
_PORTFOLIO_WORD = re.compile(r"[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ\-]+")
_PORTFOLIO_MORE = re.compile(r"\s+et\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|à\s+la\s+|aux\s+)(?=[A-ZÀ-ÖØ-Ý])")
_PORTFOLIO_OF = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])(?=[a-zà-öø-ÿ]{3})")


def portfolio_end(text: str, start: int, lex: Lexicon) -> int | None:
    """End of a government portfolio written after "ministère de": a capitalised noun that is no person's first
    name nor a known name, its adjectives and noun complements ("Transition écologique", "Situations
    d'urgence"), and more portfolios after "et" ("Jeunesse et des Sports"); None when no such noun."""
    word = _PORTFOLIO_WORD.match(text, start)
    if word is None or word.group() in lex.first_names or lex.gazetteer.lookup(word.group()) is not None:
        return None
    end = word.end()
    while True:
        adj = _SPACE_WORD.match(text, end + 3 if text.startswith(" et ", end) else end)
        if adj is not None and is_adjective(adj.group(1)) and not _PARTICIPLE.search(adj.group(1)):
            end = adj.end()
            continue
        link = _PORTFOLIO_OF.match(text, end)
        noun = _LOWER_WORD.match(text, link.end()) if link else None
        if noun is not None and noun.group() not in lex.stop_words and noun.group() not in lex.dates:
            end = noun.end()
            continue
        more = _PORTFOLIO_MORE.match(text, end)
        nxt = _PORTFOLIO_WORD.match(text, more.end()) if more else None
        if nxt is not None and nxt.group() not in lex.first_names and lex.gazetteer.lookup(nxt.group()) is None:
            if _low(nxt.group()) in _bodies(lex):
                return end  # "du ministère de la Santé et de l'Agence régionale de santé": two bodies
            end = nxt.end()
            continue
        return end


# A body named after a person: its noun and the person's full name ("la fondation Émile Durand").
_NAMED_AFTER_PERSON = re.compile(
    r"(?<![\w\-])([Ff]ondation|[Aa]ssociation|[Ii]nstitut|[Cc]ollège|[Ll]ycée|[ÉéEe]cole) "
    r"([A-ZÀ-ÖØ-Ý][\w\-]+) ((?:(?:de|du|Le|La|De) )?[A-ZÀ-ÖØ-Ý][\w\-]*\w)"
)
# A school named by its noun and a name right after it ("le lycée Édouard-Branly", "l'école Méhul", "le collège
# Immaculate Heart"): the school, whatever the name is (a person, a saint, a place).
_SCHOOL_NAME = re.compile(
    r"(?<![\w\-])(?:[Ll]ycée|[Cc]ollège|[ÉéEe]cole|[Gg]roupe scolaire)"
    r" [A-ZÀ-ÖØ-Ý][\w\-]*\w(?: [A-ZÀ-ÖØ-Ý][\w\-]*\w){0,2}"
)
_OF_A_NAME = re.compile(r"\s+(?:de|du|d['’])\s*[A-ZÀ-ÖØ-Ý]")
_DEFINITE_BEFORE = re.compile(r"(?:^|[\s(«\"“])(?:la|La|l['’]|L['’])\s?$")


@cache
def _unit_pattern(units: frozenset[str]) -> re.Pattern[str]:
    nouns = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(units, key=len, reverse=True))
    ordinal = r"(?<![\w\-])\d{1,3}(?:e|er|re|ère|ème)\s+"
    return re.compile(rf"{ordinal}(?:(?i:{nouns})(?![\w\-])|[RB][A-Z]{{1,5}}[a-z]?(?![\w\-]))")


def military_units(text: str, lex: Lexicon) -> list[Candidate]:
    """Military units named by an ordinal and their noun, with the complements and adjectives after it ("5e
    régiment d'hélicoptères de combat", "11e brigade parachutiste"), or an ordinal and the unit's acronym ("1er
    RPIMa")."""
    out = []
    for m in _unit_pattern(lex.military_units).finditer(text):
        if m.group().split()[-1] in lex.not_unit_acronyms:
            continue
        end = m.end()
        while not m.group().split()[-1].isupper():  # an acronym is the whole name
            adj = _SPACE_WORD.match(text, end)
            word = adj.group(1) if adj is not None else ""
            if word in lex.military_unit_words or (is_adjective(word) and not _PARTICIPLE.search(word)):
                end = adj.end()
                continue
            link = _LINK.match(text, end)
            noun = _LOWER_WORD.match(text, link.end()) if link else None
            if noun is None or noun.group() in lex.stop_words or noun.group() in lex.dates:
                break
            end = noun.end()
        out.append(Candidate(m.start(), end, "ORG", 2))
    return out


_COMMITTEE_OF = re.compile(r"(?<![\w\-])commission\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+)(?=[A-ZÀ-ÖØ-Ý])")


def institution_names(text: str, lex: Lexicon) -> list[Candidate]:
    """Institutions named by their noun the model misses: a ministry with a demonym before its portfolio
    ("ministère israélien de la Défense"), a body named after a person ("la fondation Émile Durand": the body,
    not the person) and the long names of state bodies ("la chambre régionale des comptes", with a known region
    right after it)."""
    out = []
    listed: dict[int, int] = {}
    for m in _ministry(lex.portfolios).finditer(text):
        if m.group(1) is None or _low(m.group(1)) in lex.demonyms:
            listed[m.start()] = m.end()
    for m in _MINISTRY_OF.finditer(text):
        end = portfolio_end(text, m.end(), lex)
        if end is not None and (m.group(1) is None or _low(m.group(1)) in lex.demonyms):
            listed[m.start()] = max(end, listed.get(m.start(), end))  # "ministère du Tourisme" (not listed)
    out.extend(Candidate(start, end, "ORG", 2) for start, end in listed.items())
    for m in _NAMED_AFTER_PERSON.finditer(text):
        if m.group(2) in lex.first_names and _low(m.group(3)) not in lex.stop_words:
            out.append(Candidate(m.start(), m.end(), "ORG", 2))  # "la fondation Émile Durand"
    for m in _SCHOOL_NAME.finditer(text):
        if lex.gazetteer.lookup(m.group()) is None and _low(m.group().split()[-1]) not in lex.stop_words:
            name = m.group()[0].lower() + m.group()[1:]  # named in full: "de Créteil" after it is where it is
            out.append(Candidate(m.start(), m.end(), "ORG", 2, name))
    for m in _COMMITTEE_OF.finditer(text):
        # "la commission des Lois", "la commission de la Défense": a parliamentary committee named by its field
        end = portfolio_end(text, m.end(), lex)
        if end is not None and _DEFINITE_BEFORE.search(text[max(0, m.start() - 5) : m.start()]):
            out.append(Candidate(m.start(), end, "ORG", 2))
    gaz = lex.gazetteer
    for head in (h for h in lex.facility_org_heads if len(h.split()) >= 3):
        pattern = re.escape(head).replace(r"\ ", r"\s+")
        for m in re.finditer(rf"(?<![\w\-])(?i:{pattern[:1]}){pattern[1:]}(?![\w\-])", text):
            if not _DEFINITE_BEFORE.search(text[max(0, m.start() - 5) : m.start()]):
                continue  # "une chambre régionale des comptes" is any of them
            end = m.end()
            if _OF_A_NAME.match(text, end):
                continue  # "la préfecture de police de Paris": the name goes on, the facility rules read it whole
            first = re.match(r" ([\w\-]+)", text[end:])
            for alias in gaz.by_first_word.get(first.group(1), ()) if first else ():
                known = gaz.lookup(alias)
                if text.startswith(alias, end + 1) and known is not None and known.label == "LOC":
                    end += 1 + len(alias)  # "la chambre régionale des comptes Bretagne"
                    break
            out.append(Candidate(m.start(), end, "ORG", 2))
    return out
