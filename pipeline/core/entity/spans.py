"""Clean-up of the model's entity spans: glue, determiners, titles, ordinary words, obvious label errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.core.entity.lexicon import APOSTROPHES, Lexicon, fold, lexicon

# Where a span must be cut: line breaks, "et" before an article and a name ("Solidaires et la FSU"), "contre" (not
# before a lower-case noun: "Ligue contre le cancer"), quotation marks, brackets, a sentence end glued to the next
# sentence ("AFP.\"Le", "fin.Début") and a lower-to-upper case change inside a word ("LabordeUne", checked below).
_CUT = re.compile(
    r"\s*[@#]\w+|\n|\s[-–—]\s|\set(?=\s(?:la|le|les|l['’])\s?[A-ZÀ-ÖØ-Ý])"
    r"|[!?]|['’](?=\s)|\s+:\s|\s(?:dans|chez|avec|selon|depuis|contre(?!\s(?:la|le|les|l['’])\s?[a-zà-öø-ÿ])|lors)\s"
    r"|[\"«»“”()\[\]•♦■▪►]"
    r"|[.!?;](?=[\"«“]?[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ])|(?<=[a-zà-öø-ÿ]{2})\.(?=\d)|(?:(?<=[a-zà-öø-ÿ])|(?<=[A-ZÀ-ÖØ-Ý]{2}))(?=[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]+)"
)
# "ministre de la Santé", also with the country's adjective ("la ministre péruvienne des Femmes").
_PORTFOLIO_CONTEXT = re.compile(r"\bministre (?:([a-zà-öø-ÿ]+) )?(?:de l['’]|de la |des |du |de )$")
# A ministry or a government portfolio named after "ministres de la", "secrétaire d'État chargée de l'",
# "ministre déléguée aux PME et à l'": an organisation-like span there is a portfolio, not an entity.
_PORTFOLIO_AFTER = re.compile(
    r"\b(?:ministres?|secrétaires? d['’][ée]tat)\b[^.,;:!?\"«»()\n]{0,50}?"
    r"(?:\b(?:de|à) l['’]|\b(?:de|à) la |\bdes |\bdu |\bde |\baux |\bau )$",
    re.IGNORECASE,
)
_FACILITY_IN_DISTRICT = re.compile(
    r"(?:^|\s)[a-zà-öø-ÿ]{4,}\s+(?:du|de\s+la)\s+(?:[IVXL]+|\d+)(?:e|er|ème)\s+arrondissement$"
)
_PREFIXED = re.compile(r"(?:anti|pro|néo|post|ex)-")
# A street or square named with its noun: "rue de Lyon", "place de la Nation", "avenue du Général-Leclerc".
_STREET_NAME = re.compile(r"[a-zà-öø-ÿ]+ (?:de la |des |du |de |de l['’]|d['’])[A-ZÀ-ÖØ-Ý]")
# A venue named by its noun, an article and a proper name ("jardin des Plantes", "prison de la Santé"); a cardinal
# point after a district noun ("quartiers Nord").
_VENUE_NAME = re.compile(r"[a-zà-öø-ÿ]+ (?:de la |des |du |de l['’])[A-ZÀ-ÖØ-Ý]")
_VENUE_BEFORE = re.compile(r"(?<![\w\-])([a-zà-öø-ÿ]+) (de la |des |du |de l['’])?$")
_IN_PLACE_BEFORE = re.compile(r"(?<![\w\-])[àÀA]\s+$")
_INSTEAD = re.compile(r"(?<![\w\-])à\s+(?:la\s+)?$")
_GLUED_MEDIA = re.compile(r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ]{3})-?(?:news|info|infos|TV|mag|actu)$")
# A lower-case noun saying where a named place is ("du centre-ville", "de la ville"): no part of its name.
_WHERE_NOUNS = frozenset({"centre-ville", "ville", "village", "commune", "quartier", "région", "capitale"})
_NAMING = frozenset({"baptisé", "baptisée", "nommé", "nommée", "appelé", "appelée", "dénommé", "dénommée"})
# A district of a city named with its number ("XVe arrondissement de Paris"): the mention is the city.
_DISTRICT = re.compile(r"(?:[IVXL]+|\d+)(?:e|er|ème)\s+arrondissement\s+(?:de\s+|d['’])(?=[A-ZÀ-ÖØ-Ý])")
_OF_BEFORE = re.compile(r"\s+(?:de|du)\s+$|\s+d['’]$")
_LAST_WORD = re.compile(r"[\w\-]+")
# A company noun and the kind of company after "de" ("groupe de mercenaires ", "chaîne de télévision ").
_COMPANY_OF_KIND = re.compile(r"(?<![\w\-])([\w\-]+)\s+(?:de|d['’])\s*([a-zà-öø-ÿ]{3,})\s+$")
_ENDING_WORD = re.compile(r"[\w\-]+$")
_PERSON_PARTICLES = frozenset({"de", "du", "van", "von", "da", "di", "del", "della", "ben", "bin", "ibn", "el", "al"})
_MEMBERS_OF = re.compile(r"([A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]+) (?:de l['’]|du |des |de la )([A-Z]{2,})")
_CARDINAL_POINTS = frozenset({"nord", "sud", "est", "ouest"})  # "Caroline du Nord" is a place
_ADMINISTRATION_BEFORE = re.compile(r"(?<![\w\-])administration $")
# What stands before a square's noun when it is one ("la place X", "l'emblématique place X", "la célèbre place X").
# Lower-case words after a known place: geographic adjectives make a region of it ("Europe occidentale").
_REGION_WORD = re.compile(r"(\s+et)?\s+([a-zà-öø-ÿ]+)")
_SQUARE_ARTICLE = re.compile(r"(?<![\w\-])(?:[Ll]a|[Ll]a [a-zà-öø-ÿ]+|[Ll]['’][a-zà-öø-ÿ]+) $")
_STREET_BEFORE = re.compile(r"(?<![\w\-])([a-zà-öø-ÿ]+)(?: (?:de la|des|du|de) | (?:de l|d)['’]| )$")
# A verb with its subject pronoun after it ("Tweetera-t-il", "Macronise-t-on") or an imperative with its object
# ("Suicidez-vous", "Dites-nous"): not a name.
_INVERSION_AFTER = re.compile(r"-(?:t-)?(?:il|elle|on|ils|elles|vous|nous|moi|toi|les|lui|leur|y|en)\b")
_LIST_AFTER = re.compile(r",\s+[A-ZÀ-ÖØ-Ý][\w\-]+(?:,|\s+et\s)")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w\-])(?:M\.|MM\.|Mme|Mmes|Mlle|Mgr)\s+$")
_SAINT_PLACE = re.compile(r"Saint(?:e|s|es)?-[A-ZÀ-ÖØ-Ý][\w\-]*")
_GLUED_WORD = re.compile(r"[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿ]+")
_WORD = re.compile(r"\S+")
_ELISION = re.compile(r"(?:[dlDLjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)")
_OPENERS = "«\"“‘'(-–—[+ \t\u00a0\u202f"
_TRAILING = ",;:!?»\"”’')]…-–—+#&•♦■▪►"
_SENTENCE_END = ".!?…\n•♦■▪►"

IsCommon = Callable[[str], bool]  # is a capitalised word more often an ordinary lower-case word?


@dataclass(slots=True)
class Candidate:
    """A possible mention in the joined title+body text; lower ``rank`` wins ties between overlapping spans."""

    start: int
    end: int
    label: str
    rank: int  # 0 known name, 1 model, 2 acronym, 3 name pattern, 4 repeated form
    canonical: str | None = None
    firm: bool = False  # the label comes from the text ("la radio X", "Corse-Matin"), not the model's guess


def is_sentence_start(text: str, pos: int) -> bool:
    """True when only opening marks separate ``pos`` from the start of the text or of a sentence."""
    j = pos - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


def _quote_start(text: str, pos: int) -> bool:
    """True right after an opening quotation mark (a quoted title capitalises its first word), also past the
    marks some sites put inside quotes ('"+Prédateur+"')."""
    j = pos - 1
    while j >= 0 and pos - j <= 4 and text[j] in " \u00a0\u202f+*'‘":
        j -= 1
    return j >= 0 and text[j] in {'"', "«", "“"}


def words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word spans of ``text[start:end]``: elisions split off ("l'", "d'"), edge punctuation dropped."""
    out = []
    for m in _WORD.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s] in _OPENERS:
            s += 1
        while e > s and text[e - 1] in _TRAILING + ".":
            if text[e - 1] == "." and ("." in text[s : e - 1] or e - s <= 3):
                break  # an abbreviation such as "M." or "U.S.", not a full stop
            e -= 1
        elision = _ELISION.match(text, s, e)
        if elision:
            out.append((s, elision.end()))
            s = elision.end()
        if e > s:
            out.append((s, e))
    return out


def glue_cut(text: str, start: int, end: int, lex: Lexicon) -> int:
    """End of ``text[start:end]`` before a function word glued on without a space ("LabordeUne" -> "Laborde")."""
    parts = pieces(text, start, end, lex)
    return parts[0][1] if parts else end


def pieces(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Split a span where it runs over a line break, a quotation mark or a glued sentence."""
    out, begin = [], start
    for m in _CUT.finditer(text, start, end):
        if m.start() == m.end():  # case change inside a word: cut only before a glued function word
            glued = _GLUED_WORD.match(text, m.start(), end)
            if not glued or glued.group().lower() not in lex.stop_words:
                continue
        out.append((begin, m.start()))
        begin = m.end()
    out.append((begin, end))
    return [(s, e) for s, e in out if e > s]


def _low(text: str) -> str:
    return text.lower().translate(APOSTROPHES)


def _org_after_link(text: str, ws: list[tuple[int, int]], i: int, lex: Lexicon) -> bool:
    """Whether a lower-case head is followed by "du/de la/des" and another organisation's capitalised head
    ("ordre du Conseil constitutionnel", "groupe du Parti socialiste"): that organisation is the name."""
    if i + 2 >= len(ws) or _low(text[ws[i + 1][0] : ws[i + 1][1]]) not in {"du", "des", "de", "d'"}:
        return False
    k = i + 2
    if _low(text[ws[k - 1][0] : ws[k - 1][1]]) == "de" and _low(text[ws[k][0] : ws[k][1]]) in {"la", "l'"}:
        k += 1
    word = text[ws[k][0] : ws[k][1]] if k < len(ws) else ""
    return word[:1].isupper() and _low(word) in lex.org_heads


def _elided_article_start(text: str, pos: int) -> bool:
    """True after a capitalised elided article opening a sentence or a quote ("« L'Ogre des Landes »")."""
    return (
        pos >= 2
        and text[pos - 2] in "LD"
        and text[pos - 1] in "'’"
        and (is_sentence_start(text, pos - 2) or _quote_start(text, pos - 2))
    )


def _strip_leading(text: str, ws: list[tuple[int, int]], label: str, lex: Lexicon) -> tuple[int, bool]:
    """Index of the first word kept, and whether an ordinary noun + "de" was dropped ("séisme de X")."""
    i, event = 0, False
    gaz = lex.gazetteer
    while i < len(ws) - 1:
        word = text[ws[i][0] : ws[i][1]]
        low = _low(word)
        whole = text[ws[i][0] : ws[-1][1]]
        if gaz.lookup(whole) and not word[0].islower():
            break
        if low in lex.determiners:
            if word[0].isupper() and low[-1] != "'" and label == "PER":
                break  # "Le Pen", "De Gaulle"
            if word[0].isupper() and low[-1] != "'" and not is_sentence_start(text, ws[i][0]):
                rest = text[ws[i + 1][0] : ws[-1][1]]
                if not gaz.lookup(rest) and rest[:1].isupper():
                    break  # "Le Monde", "La Rochelle" inside a sentence (but "Un hashtag" glued on: stripped)
        elif low in lex.religious_titles and _religious_name(text, ws, i, lex):
            break  # "l'abbé Pierre", "Sœur André": the title is part of the name
        elif low in lex.honorifics or low in lex.titles:
            pass
        elif low in lex.weekdays and _person_follows(text, ws[i + 1], lex):
            pass  # a weekday glued on before a person ("Mardi M. Dupont a publié")
        elif word[0].islower() and not word[0].isdigit():
            following_word = text[ws[i + 1][0] : ws[i + 1][1]]
            if low in lex.loc_heads or (
                low in lex.institution_heads
                and not following_word[:1].isupper()
                and not _org_after_link(text, ws, i, lex)
            ):
                break  # "mer Noire", "ministère de la Défense", "préfecture de police de Paris" (but "institut
                # Ipsos" -> "Ipsos", "ordre du Conseil d'État" -> "Conseil d'État": a rappel à l'ordre of it)
            street = i == 0 and label == "LOC" and (low in lex.street_nouns or low == "place")
            if street and _STREET_NAME.match(whole) and not (low == "place" and _role_of_a_country(text, ws, lex)):
                break  # the model's "rue de Lyon", "place de la Nation": a street, not the city it is named after
            venue = i == 0 and label != "PER" and low in lex.venue_nouns and _VENUE_NAME.match(whole)
            if venue and not (low == "place" and _role_of_a_country(text, ws, lex)):
                break  # the model's "jardin des Plantes", "prison de la Santé": the venue, not a part of its name
            following = _low(text[ws[i + 1][0] : ws[i + 1][1]])
            event = event or following in {"de", "du", "des", "d'"}
        else:
            break
        i += 1
    return i, event


_DEFINITE_BEFORE = re.compile(r"(?:^|[\s(«\"“])(?:le|la|l['’]|Le|La|L['’])\s?$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-ZÀ-ÖØ-Ý]")


def _religious_name(text: str, ws: list[tuple[int, int]], i: int, lex: Lexicon) -> bool:
    """Whether a religious title and the one name after it are a person's name ("l'abbé Pierre", "Sœur André",
    "la mère Teresa"): no surname follows ("le père Jacques Hamel"); a kinship noun is the title only before a
    first name ("le père Hamel" is Hamel), capitalised or after a definite article ("sa sœur Audrey" is a sister)."""
    title, end = text[ws[i][0] : ws[i][1]], ws[-1][1]
    if len(ws) != i + 2 or not text[ws[i + 1][0]].isupper() or _CAPITALISED_AFTER.match(text, end):
        return False
    if _low(text[ws[i + 1][0] : end]) in lex.not_entities:
        return False  # "le Père Noël"
    if _low(title) == "abbé":
        return True
    if not _is_first_name(text[ws[i + 1][0] : end], lex):
        return False  # "le père Hamel": a priest's surname, the name is "Hamel"
    return title[0].isupper() or _DEFINITE_BEFORE.search(text, 0, ws[i][0]) is not None


# A determiner right before a name (and an opening mark): French writes none before a person's name.
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w\-])(?:le|la|les|l['’]|du|au|aux|un|une|Le|La|Les|L['’]|Du|Au|Aux|Un|Une)\s?[«\"“+]?\s?$"
)
# A definite article in lower case right before a name: French writes none before a person's own name ("souligne
# l'Expert", "la Porsche 911", "le Molière du théâtre public"); capitalised it may be part of one ("Le Pen").
_DEFINITE_LOWER_BEFORE = re.compile(r"(?<![\w\-])(?:le|la|l['’]|du|au)\s?[«\"“]?\s?$")
# "le Macron de Bercy": a figure of speech for a person, named after a place or body.
_OF_NAME_AFTER = re.compile(r"\s(?:de|du|d['’])\s?[A-ZÀ-ÖØ-Ý]")


def _a_thing_by_its_article(text: str, start: int, end: int) -> bool:
    """Whether a one-word name has a lower-case definite article before it, so names a thing ("l'Expert", "la
    Porsche"), not a person (but "le Macron de Bercy" is a person)."""
    return _DEFINITE_LOWER_BEFORE.search(text, max(0, start - 8), start) is not None and not _OF_NAME_AFTER.match(
        text, end
    )


# "de la santé", "du meilleur acteur": a common noun's complement right after the name.
_OF_NOUN_AFTER = re.compile(r"[»\"”+]?\s(?:de\sla|de\sl['’]|du|des)\s?[a-zà-öø-ÿ]")


# "Premier" before "ministre" belongs to the title, not to the name before it.
_PRIME_MINISTER = re.compile(r"(?:[Ee]x-)?Premi(?:er|ère)")
_MINISTER_AFTER = re.compile(r"\s+ministre\b")
_NUMBER_BEFORE = re.compile(r"\d\s?$")
# A unit's shape: no vowel ("Nm", "GHz", "Wh"), a superscript ("dm³"), a capital after a small letter ("kWh", "mAh"),
# or a per-unit after it ("Km/h", "Bq/l").
_UNIT_SHAPE = re.compile(r"(?=.*[a-zµ])[^aeiouyàâéèêëîïôûüAEIOUY]{1,4}|.{0,3}[²³]|[a-zµ]{1,2}[A-Z][a-z]?")


def _unit(text: str, start: int, surface: str) -> bool:
    """Whether a short word right after a number is a unit of measure, by its shape."""
    if len(surface) > 4 or not _NUMBER_BEFORE.search(text, max(0, start - 2), start):
        return False
    return _UNIT_SHAPE.fullmatch(surface) is not None or (text[start + len(surface) : start + len(surface) + 1] == "/")


_ROMAN_ORDINAL = r"[IVXLC]*[IVX][IVXLC]*(?:e|er|re|ère|ème|eme|es|èmes)"
_ORDINAL_SPAN = re.compile(rf"{_ROMAN_ORDINAL}(?:\s+([a-zà-ÿ]+))?")
# The next ordinals of a list and the noun they share ("XIVe et XVe siècles", "du XVIe au XVIIIe siècle").
_ORDINALS_AFTER = re.compile(rf"(?:\s*(?:,|et|ou|à|au|-)\s*(?:la\s+)?{_ROMAN_ORDINAL})*\s+([a-zà-ÿ]+)")


_PART_OF_ERA_BEFORE = re.compile(r"(?<![\w\-])(?:début|fin|milieu|moitié|tournant|cours)\s+du\s+$")


def century(text: str, surface: str, end: int, lex: Lexicon) -> bool:
    """Whether a span is a Roman ordinal with a noun of time, in the span or right after it (and its list), or after
    a part of an era ("au début du XXe,")."""
    m = _ORDINAL_SPAN.fullmatch(surface)
    if m is None:
        return False
    noun = m.group(1) or (n.group(1) if (n := _ORDINALS_AFTER.match(text, end)) else "")
    start = end - len(surface)
    after_part = _PART_OF_ERA_BEFORE.search(text, max(0, start - 20), start) is not None
    return noun in lex.era_nouns or (not m.group(1) and after_part)


def _person_follows(text: str, word: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a word is an honorific or a first name: a person's name starts there."""
    surface = text[word[0] : word[1]]
    return _low(surface) in lex.honorifics or _is_first_name(surface, lex)


def _compound_demonym(low: str, lex: Lexicon) -> bool:
    """A hyphenated demonym: combining forms then a demonym ("franco-sénégalais", "italo-américaines")."""
    parts = low.split("-")
    return len(parts) >= 2 and parts[-1] in lex.demonyms and all(p.endswith("o") and len(p) >= 4 for p in parts[:-1])


def _role_of_a_country(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> bool:
    """ "la place de la France en Europe": a country's role, no square (named after a known country)."""
    rest = text[ws[1][0] : ws[-1][1]]
    m = re.match(r"(?:de la|du|de l['’])\s?(.+)$", rest)
    known = lex.gazetteer.lookup(m.group(1)) if m else None
    return known is not None and known.label == "LOC"


def _strip_trailing(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> int:
    """Index after the last word kept: lower-case function words, titles, weekdays and months go."""
    j = len(ws)
    while j > 1:
        word = text[ws[j - 1][0] : ws[j - 1][1]]
        low = _low(word)
        if (
            not word[0].islower()
            or not (
                low in lex.stop_words
                or low in lex.determiners
                or low in lex.titles
                or low in lex.dates
                or (len(low) == 1 and low.isalpha())  # an elided "d'", "l'" the model ran into ("Sécurité sociale d'")
                or (low in lex.demonyms and _low(text[ws[0][0] : ws[0][1]]) not in lex.org_heads)
            )
        ):
            break
        j -= 1
    return j


def _first_name_at(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> int | None:
    """Index of a first name followed by a capitalised word ("... Marine Le Pen"), if any."""
    for k in range(len(ws) - 1):
        word = text[ws[k][0] : ws[k][1]]
        nxt = text[ws[k + 1][0] : ws[k + 1][1]]
        if word in lex.first_names and nxt[:1].isupper():
            return k
    return None


# A title and the article or preposition a portfolio follows ("commissaire à la ", "ministre française de l'").
_TITLE_BEFORE_PORTFOLIO = re.compile(
    r"(?<![\w\-])([a-zà-öø-ÿ\-]+)(?: ([a-zà-öø-ÿ]+))? (?:de la |à la |de l['’]|à l['’]|du |des |au |aux |de )$"
)


def _portfolio_before_person(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> int | None:
    """Where a person's name starts in a span glued after the portfolio of their title ("commissaire à la Santé
    Stella Kyriakides", "ministre de la Culture Jean Durand"): one or two capitalised names after the portfolio."""
    before = _TITLE_BEFORE_PORTFOLIO.search(text, max(0, ws[0][0] - 60), ws[0][0])
    if before is None or not {before.group(1), before.group(2)} & lex.titles:
        return None
    for k in range(1, len(ws)):
        if fold(_low(text[ws[0][0] : ws[k - 1][1]])) not in lex.folded_portfolios:
            continue
        names = [text[a:b] for a, b in ws[k:]]
        if 1 <= len(names) <= 3 and all(w[:1].isupper() and not w.isupper() for w in names):
            return k
    return None


def _known_before_person(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> int | None:
    """Where a person's full name starts in a span glued after a known organisation or place with no comma ("au
    micro de RTL Flavie Flament", "la maire de Rome Virginia Raggi", "le député LR Fabien di Filippo"): a first
    name, then one or two capitalised names (a particle allowed), with no known name among them."""
    for k in range(1, len(ws) - 1):
        known = lex.gazetteer.lookup(text[ws[0][0] : ws[k - 1][1]])
        rest = [text[a:b] for a, b in ws[k:]]
        if known is None or not (rest[0] in lex.given_names or _is_first_name(rest[0], lex)):
            continue
        names = [w for w in rest[1:] if _low(w) not in _PERSON_PARTICLES]
        if not 1 <= len(names) <= 2 or not all(w[:1].isupper() and not w.isupper() for w in names):
            continue
        if not any(lex.gazetteer.lookup(w) for w in rest) and lex.gazetteer.lookup(" ".join(rest)) is None:
            return k
    return None


_TOLD_BEFORE = re.compile(r"(?<![\w\-])(?:à|sur|au)\s+(?:l['’])?$")
_APPOSITION_AFTER = re.compile(r"\s*[,.]")
# A role held in an organisation ("la vice-présidente de l'Unef Maryam Pougetoux."): the title and its "de".
_ROLE_OF_BEFORE = re.compile(r"(?<![\w\-])([\w\-]+)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+|d['’])$")


def _told_to_medium(text: str, ws: list[tuple[int, int]], is_common: IsCommon, lex: Lexicon) -> int | None:
    """Where a person's name starts in a span glued after a known organisation the words were told to, in the
    French inversion with no comma ("assure à l'AFP Ken Farnaso, de l'équipe", "a écrit sur Facebook Joshua
    Wong,"), or the organisation of the person's role ("la vice-présidente de l'Unef Maryam Pougetoux."): two or
    three unknown capitalised words after the organisation, then a comma or a full stop."""
    if len(ws) < 3:
        return None
    role = _ROLE_OF_BEFORE.search(text, max(0, ws[0][0] - 40), ws[0][0])
    if not _TOLD_BEFORE.search(text, max(0, ws[0][0] - 8), ws[0][0]) and (
        role is None or _low(role.group(1)) not in lex.titles
    ):
        return None
    if not _APPOSITION_AFTER.match(text, ws[-1][1]):
        return None
    for k in (1, 2):
        rest = [text[a:b] for a, b in ws[k:]]
        known = lex.gazetteer.lookup(text[ws[0][0] : ws[k - 1][1]])
        if known is None or known.label != "ORG" or not 2 <= len(rest) <= 3:
            continue
        if lex.gazetteer.lookup(" ".join(rest)) is None and all(
            w[:1].isupper() and not w.isupper() and not is_common(w) and _low(w) not in lex.stop_words for w in rest
        ):
            return k
    return None


def _is_first_name(word: str, lex: Lexicon) -> bool:
    return word in lex.first_names or fold(word) in lex.folded_first_names


def _capitalised_common_noun(text: str, ws: list[tuple[int, int]], lex: Lexicon, is_common: IsCommon) -> bool:
    """Whether a person span opens with an ordinary noun capitalised at a sentence start that the article also
    writes in lower case before the same name ("Affaire Dupont : ..." where it says "l'affaire Dupont"), or that
    is one of the event nouns news names after a person ("Affaire Benalla", "Procès Fillon")."""
    first = text[ws[0][0] : ws[0][1]]
    if not first[:1].isupper() or first.isupper() or _is_first_name(first, lex):
        return False
    if not (is_sentence_start(text, ws[0][0]) or _quote_start(text, ws[0][0])):
        return False
    if _low(first) in lex.event_nouns and is_common(first):
        return True
    rest = text[ws[1][0] : ws[-1][1]]
    return re.search(rf"(?<![\w\-]){re.escape(first.lower())}\s+{re.escape(rest)}(?![\w\-])", text) is not None


def two_names_at(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> int | None:
    """Where a person span the model ran over two names starts its second one, or None: a full name then
    another full name ("Lionel Jospin Jean-Claude Gayssot"), or a word then a full name where that word also
    stands alone elsewhere in the article ("de Boiron Valérie Poinsot" where "Boiron" recurs)."""
    names = [text[a:b] for a, b in ws]
    for k in range(1, len(ws) - 1):
        if not _is_first_name(names[k], lex) or not names[k + 1][:1].isupper() or not names[k - 1][:1].isupper():
            continue
        if _low(names[k - 1]) in lex.stop_words or _low(names[k]) in lex.stop_words:
            continue
        if k >= 2 and _is_first_name(names[0], lex) and not all(_is_first_name(n, lex) for n in names[1:k]):
            return k  # two full names side by side (a first name, a surname; not "Jean Pierre Marie Dupont")
        left = text[ws[0][0] : ws[k - 1][1]]
        rest = text[: ws[0][0]] + " " * (ws[k - 1][1] - ws[0][0]) + text[ws[k - 1][1] :]
        alone = rf"(?<![\w\-]){re.escape(left)}(?![\w\-])(?!\s+{re.escape(names[k])})"
        if k == 1 and not _is_first_name(left, lex) and re.search(alone, rest):
            return k  # a word that stands alone elsewhere (an organisation, a place) glued before a full name
    return None


def _surname_pair(text: str, surface: str, lex: Lexicon) -> bool:
    """A hyphenated pair of surnames of two people named in full in the article ("l'affaire Dupont-Durand")."""
    parts = surface.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return False
    for part in parts:
        before = [m.group(1) for m in re.finditer(rf"(\w[\w\-]*) {re.escape(part)}(?![\w\-])", text)]
        if not any(_is_first_name(b, lex) for b in before):
            return False
    return True


def _not_a_name(text: str, ws: list[tuple[int, int]], is_common: IsCommon, lex: Lexicon) -> bool:
    """Whether the words before a first name are something else than the start of the same name: a known
    entity, a lower-case word, or an ordinary capitalised word ("Reportage", "Photo")."""
    if lex.gazetteer.lookup(text[ws[0][0] : ws[-1][1]]) is not None:
        return True
    return any(not text[a].isupper() or is_common(text[a:b]) or _low(text[a:b]) in lex.stop_words for a, b in ws)


def _after_title_phrase(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> int | None:
    """Where a span continues after a title phrase's capitalised word it starts with ("Sceaux" of "garde des
    Sceaux", "République" of "procureur de la République"), past a following "de"; None if no such phrase."""
    before = re.sub(r"\s+", " ", _low(text[max(0, ws[0][0] - 40) : ws[0][0]]))
    first = _low(text[ws[0][0] : ws[0][1]])
    for phrase in lex.title_phrases:
        head, _, last = phrase.rpartition(" ")
        if first == last and re.search(rf"(?:^|[\s\-']){re.escape(head)} $", before):
            k = 1
            if k < len(ws) and _low(text[ws[k][0] : ws[k][1]]) in {"de", "d'", "du", "des"}:
                k += 1
            return ws[k][0] if k < len(ws) else ws[-1][1]
    return None


def region_end(text: str, end: int, lex: Lexicon) -> int | None:
    """End of the geographic adjectives right after a place ("Europe| occidentale", "Asie| centrale et
    orientale"), or None when none follows."""
    last = None
    for m in _REGION_WORD.finditer(text, end):
        if m.start() != (last or end) or _low(m.group(2)) not in lex.region_adjectives:
            break
        last = m.end()
    return last


def _qualified_place(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> Candidate | None:
    """A known place with lower-case words after it, or a cardinal point "de" a known place: a region named
    with a geographic adjective is a place of its own ("Europe occidentale"); any other adjective only
    qualifies the place ("l'Allemagne nazie" -> "Allemagne"), and so does a part of it ("l'Est de la Chine")."""
    names = [text[a:b] for a, b in ws]
    for k in range(len(ws) - 1, 0, -1):
        if not all(n.isalpha() and n.islower() and n not in lex.stop_words for n in names[k:]):
            break
        known = lex.gazetteer.lookup(text[ws[0][0] : ws[k - 1][1]])
        if known is not None and known.label == "LOC":
            if all(_low(n) in lex.region_adjectives for n in names[k:]):
                return Candidate(ws[0][0], ws[-1][1], "LOC", 1)
            return Candidate(ws[0][0], ws[k - 1][1], "LOC", 1, known.canonical)
    if len(ws) >= 3 and _low(names[0]) in lex.cardinal_points and _low(names[1]) in {"de", "du", "des", "d'"}:
        k = 3 if _low(names[1]) == "de" and _low(names[2]) in {"la", "l'"} else 2
        known = lex.gazetteer.lookup(text[ws[k][0] : ws[-1][1]]) if k < len(ws) else None
        if known is not None and known.label == "LOC":
            return Candidate(ws[k][0], ws[-1][1], "LOC", 1, known.canonical)
    return None


def _known_place_prefix(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> Candidate | None:
    """A known place followed by "de <Name>" ("l'Amérique de Biden") is that place."""
    for k in range(1, len(ws) - 1):
        if _low(text[ws[k][0] : ws[k][1]]) in {"de", "d'"}:
            known = lex.gazetteer.lookup(text[ws[0][0] : ws[k - 1][1]])
            if known is not None and known.label == "LOC":
                return Candidate(ws[0][0], ws[k - 1][1], "LOC", 1, known.canonical)
    return None


def _known_after_article(
    text: str, ws: list[tuple[int, int]], label: str, is_common: IsCommon, lex: Lexicon
) -> list[Candidate] | None:
    """A span running over a lower-case article into a known name: a person into a place or organisation ("Sans
    Neymar le Brésil perd"), an organisation into a known organisation after "au" ("un responsable de la
    Fédération au Monde", i.e. told "Le Monde"). The first name (none when it is a bare head noun such as
    "Fédération"), then the known one; None when no such article."""
    for k in range(1, len(ws) - 1):
        word = text[ws[k][0] : ws[k][1]]
        person = label == "PER" and word in {"le", "la", "les", "l'", "l’"}
        if not person and not (label in {"ORG", "MISC"} and word in {"au", "aux"}):
            continue
        known = lex.gazetteer.lookup(text[ws[k if not person else k + 1][0] : ws[-1][1]])
        if known is None or known.label == "PER" or (not person and known.label != "ORG"):
            continue
        left = clean_piece(text, ws[0][0], ws[k - 1][1], label, is_common, lex)
        if not person and k == 1 and _low(text[ws[0][0] : ws[0][1]]) in lex.org_heads:
            left = []
        return [*left, Candidate(ws[k + 1][0], ws[-1][1], known.label, 1, known.canonical)]
    return None


def noun_context(text: str, start: int, label: str, lex: Lexicon) -> str | None:
    """The type a common noun right before a name gives it: "ville de X", "camp d'X" -> LOC; "le groupe
    (britannique) X", "l'enseigne X", "le groupe de mercenaires X" -> ORG. None when no such noun, or the model said
    PER for a place noun or for a name opening with a first name."""
    before = text[max(0, start - 60) : start]
    of = _OF_BEFORE.search(before)
    if of:
        noun = _ENDING_WORD.search(before[: of.start()])
        if noun and noun.group() in lex.place_nouns and label != "PER":
            return "LOC"
        office = _LAST_WORD.findall(before[: of.start()])[-2:]
        if any(w in lex.place_offices for w in office) and label != "ORG":
            return "LOC"  # "le premier maire noir de Charlotte": a town, whatever the model said
        return None
    if not before[-1:].isspace() or label not in {"ORG", "LOC", "MISC", "PER"}:
        return None
    if label == "PER":
        return _company_before_person(text, start, before, lex)
    last = _LAST_WORD.findall(before)[-2:]
    if last and _low(last[-1]) in lex.company_nouns:
        return "ORG"
    kind = _COMPANY_OF_KIND.search(before)
    if kind is not None and _low(kind.group(1)) in lex.company_nouns and kind.group(2) not in lex.stop_words:
        return "ORG"  # "la chaîne de télévision X"
    if any(_low(before).endswith(f" {noun} ") for noun in lex.company_phrases):
        return "ORG"  # "la maison d'édition X", "l'institut de sondage X"
    qualifiers = lex.demonyms | lex.company_adjectives | _NAMING
    if len(last) == 2 and _low(last[0]) in lex.company_nouns and _low(last[1]) in qualifiers:
        return "ORG"  # "le groupe britannique X", "le quotidien local X", "une structure baptisée X"
    return None


def _company_before_person(text: str, start: int, before: str, lex: Lexicon) -> str | None:
    """ "ORG" for a name the model took for a person right after a company noun that never stands before a
    person's name ("le collectif Forest Shepherd Occitanie", "le groupe de mercenaires Wagner", "le laboratoire
    Servier"); not a name opening with a first name ("la fondation Jean Dupont"), nor after a medium's noun
    ("explique au quotidien Yaakoub, étudiant")."""
    first = _LAST_WORD.match(text, start)
    if first is None or _is_first_name(first.group(), lex) or first.group() in lex.given_names:
        return None
    noun = _NOUN_RIGHT_BEFORE.search(before)
    kind = _COMPANY_OF_KIND.search(before)
    if noun is not None and _low(noun.group(1)) in lex.company_nouns_before_names:
        return "ORG"
    if (
        kind is not None
        and _low(kind.group(1)) in lex.company_nouns_before_names
        and kind.group(2) not in lex.stop_words
    ):
        return "ORG"
    return None


# A noun right before a name, not another noun's complement ("directrice de cabinet Violette X": a role).
_NOUN_RIGHT_BEFORE = re.compile(r"(?<![\w\-])(?<!\sde\s)(?<!\sd['’])([\w\-]+)\s+$")


def _both_known_orgs(surface: str, lex: Lexicon) -> bool:
    """ "X-Y" or "X/Y" where X and Y are both known organisations: a match or a pairing, not one entity."""
    parts = re.split(r"\s*[-/–]\s*", surface)
    if len(parts) != 2:
        return False
    known = [lex.gazetteer.lookup(p) for p in parts]
    return all(k is not None and k.label == "ORG" for k in known) and known[0] != known[1]


_SEATED_IN = re.compile(r"(.+?)\s+(?:au|aux|à\s+la|à\s+l['’]\s*)\s*(\S.*)")


def _org_in_known_body(text: str, s: int, e: int, lex: Lexicon) -> list[Candidate]:
    """ "X au Y", "X à l'Y" where X and Y are both known organisations: a party's group in a chamber
    ("Rassemblement national au Sénat", "LR à l'Assemblée nationale"), two organisations, not one."""
    m = _SEATED_IN.fullmatch(text, s, e)
    if m is None:
        return []
    known = [lex.gazetteer.lookup(m.group(1)), lex.gazetteer.lookup(m.group(2))]
    if not all(k is not None and k.label == "ORG" for k in known) or known[0] == known[1]:
        return []
    return [
        Candidate(m.start(1), m.end(1), "ORG", 1, known[0].canonical),
        Candidate(m.start(2), m.end(2), "ORG", 1, known[1].canonical),
    ]


def _known_branch(text: str, ws: list[tuple[int, int]], lex: Lexicon) -> Candidate | None:
    """A known organisation followed by a known place is that organisation's branch ("Castorama France",
    "Amazon Allemagne"): the organisation, not a place."""
    for k in range(1, len(ws)):
        org = lex.gazetteer.lookup(text[ws[0][0] : ws[k - 1][1]])
        place = lex.gazetteer.lookup(text[ws[k][0] : ws[-1][1]])
        if org is not None and org.label == "ORG" and place is not None and place.label == "LOC":
            return Candidate(ws[0][0], ws[-1][1], "ORG", 1, org.canonical)
    return None


def media_name(surface: str, lex: Lexicon) -> bool:
    """A newspaper, radio or TV name by its shape: a hyphenated name with a media word ("Corse-Matin",
    "Télé-Loisirs", "Paris-Match") or a name ending in one ("Var Matin", "Sud Radio")."""
    parts = [p for p in re.split(r"[\s\-]+", surface) if p]
    if len(parts) < 2 or not all(p[:1].isupper() or p[:1].isdigit() for p in parts):
        return False
    if "-" in surface and " " not in surface:
        return any(_low(p) in lex.media_words for p in parts)
    return _low(parts[-1]) in lex.media_words and len(parts) == 2


def _relabel(text: str, ws: list[tuple[int, int]], label: str, event: bool, lex: Lexicon) -> tuple[str, bool]:
    """Fix labels a rule is sure of: organisation and place head nouns, nouns before a name, media names,
    events named after a place. Returns the label and whether the text itself says so (a firm label)."""
    head, tail = _low(text[ws[0][0] : ws[0][1]]), _low(text[ws[-1][0] : ws[-1][1]])
    context = noun_context(text, ws[0][0], label, lex)
    if context is not None:
        return context, True
    if (label != "PER" or "-" in text[ws[0][0] : ws[-1][1]]) and media_name(text[ws[0][0] : ws[-1][1]], lex):
        return "ORG", True
    if len(ws) == 1 and _GLUED_MEDIA.search(text, ws[0][0], ws[0][1]):
        return "ORG", True  # "Euronews", "Franceinfo", "Lyonmag": a media word glued to a name, whatever the model said
    return _head_label(head, tail, label, event, len(ws), lex), False


def _head_label(head: str, tail: str, label: str, event: bool, n_words: int, lex: Lexicon) -> str:
    if (head in lex.org_heads or (tail in lex.org_tails and n_words > 1)) and label != "PER":
        return "ORG"
    if n_words > 1 and (head in lex.club_heads or tail in lex.club_tails) and label != "PER":
        return "ORG"  # a sports club: "FC Nantes", "Manchester City"
    if head in lex.loc_heads and label != "PER" and n_words > 1:
        return "LOC"
    if label == "MISC" and event:
        return "LOC"
    return label


_REGION_BEFORE = re.compile(r"(?:\(|\b(?:le|du|au|dans le|l['’]))\s*$", re.IGNORECASE)


def cardinal_region(text: str, start: int, name: str, lex: Lexicon) -> bool:
    """A known name that is also a cardinal point ("Sud-Ouest" the newspaper) after an article or in brackets
    ("le Sud-Ouest", "du Baloutchistan (Sud-Ouest)"): the part of a country, not the name."""
    return fold(name).replace(" ", "-") in lex.cardinal_points and bool(
        _REGION_BEFORE.search(text, max(0, start - 10), start)
    )


def clean_piece(text: str, start: int, end: int, label: str, is_common: IsCommon, lex: Lexicon) -> list[Candidate]:
    """The clean mentions inside one piece of a model span (none, one, or two when a name is glued on)."""
    ws = words(text, start, end)
    if not ws:
        return []
    i, event = _strip_leading(text, ws, label, lex)
    ws = ws[i:]
    ws = ws[: _strip_trailing(text, ws, lex)]
    if len(ws) >= 4 and text[ws[-1][0] : ws[-1][1]] in _WHERE_NOUNS and text[ws[0][0]].isupper():
        kept = ws[: _strip_trailing(text, ws[:-1], lex)]
        if len(kept) >= 2:
            ws = kept  # "Palais X du centre-ville": where it is, not its name
    s, e = ws[0][0], ws[-1][1]
    if len(ws) > 1 and _PRIME_MINISTER.fullmatch(text, ws[-1][0], e) and _MINISTER_AFTER.match(text, e):
        if _low(text[s : ws[0][1]]) in lex.org_heads and _low(text[ws[-2][0] : ws[-2][1]]) == "du":
            return [Candidate(s, _MINISTER_AFTER.match(text, e).end(), "ORG", 1)]  # "Bureau du Premier ministre"
        return clean_piece(text, s, ws[-2][1], label, is_common, lex)  # "Jean Castex Premier ministre", "ENA le"
    rest = _after_title_phrase(text, ws, lex)
    if rest is not None:  # "garde des Sceaux", "procureur de la République de Lons": a title, then a place
        return clean_piece(text, rest, e, label, is_common, lex) if rest < e else []
    district = _DISTRICT.match(text, s, e)
    if district:
        return clean_piece(text, district.end(), e, "LOC", is_common, lex)
    k = _portfolio_before_person(text, ws, lex)
    if k is not None:
        return [Candidate(ws[k][0], e, "PER", 1)]  # "la commissaire à la Santé Stella Kyriakides"
    surface = text[s:e]
    venue = venue_start(text, s, e, label, lex)
    if venue is not None:
        return [Candidate(venue, e, "LOC", 1)]
    if (
        label != "PER"
        and _low(text[s : ws[0][1]]) in lex.venue_nouns
        and _VENUE_NAME.match(surface)
        and not (_low(text[s : ws[0][1]]) == "place" and _role_of_a_country(text, ws, lex))
    ):
        return [Candidate(s, e, "LOC", 1)]  # the model's whole "jardin des Plantes", whatever its type
    known = lex.gazetteer.lookup(surface)
    if known and len(ws) == 1 and surface.islower() and surface not in lex.gazetteer.by_first_word.get(surface, ()):
        return []  # "lors de la réunion", "les paris hippiques": an ordinary word spelled like a known name
    if (known.label if known else label) == "LOC":
        region = region_end(text, e, lex)
        if region is not None:
            return [Candidate(s, region, "LOC", 1)]  # "Europe occidentale", "Asie centrale et orientale"
    if known and cardinal_region(text, s, surface, lex):
        return []  # "la province du Baloutchistan (Sud-Ouest)": a part of a country, not the newspaper
    if known:
        return [Candidate(s, e, known.label, 1, known.canonical)]
    seated = _org_in_known_body(text, s, e, lex)
    if seated:
        return seated
    qualified = _qualified_place(text, ws, lex)
    if qualified is not None:
        return [qualified]
    branch = _known_branch(text, ws, lex)
    if branch is not None:
        return [branch]
    member = _MEMBERS_OF.fullmatch(surface)
    parent = lex.gazetteer.lookup(member.group(2)) if member and label != "ORG" else None
    if parent is not None and parent.label == "ORG" and _low(member.group(1)) not in lex.org_heads:
        a = s + member.start(2)  # "les pays de l'OTAN", "États de l'UE": the organisation, not a place
        return [Candidate(a, a + len(member.group(2)), "ORG", 1, parent.canonical)]
    low = _low(surface)
    if len(ws) == 1 and label == "ORG" and surface in lex.capital_names:
        return [Candidate(s, e, "ORG", 1)]  # "élue SUD à l'hôpital": the union, not the cardinal point
    if label == "ORG" and len(ws) == 1 and _ADMINISTRATION_BEFORE.search(text, max(0, s - 20), s):
        return [Candidate(s, e, "PER", 1)]  # "l'administration Obama": the president it is named after
    if not any(c.isalpha() for c in surface) or (len(ws) == 1 and low in lex.address_forms):
        return []  # a number ("50.000" glued to a name) or a form of address alone ("Mesdames")
    if all(part in lex.number_words for part in re.split(r"[\s\-]+", low)):
        return []  # a number written out, capitalised at a sentence start ("Trente-neuf corps", "Vingt et un")
    if len(ws) == 1 and _unit(text, s, surface):
        return []  # "759 Nm", "3,5 GHz", "505 dm³", "176 Km/h": a unit after a number
    if century(text, surface, e, lex):
        return []  # "XIXe siècle", "fin du XIIe" siècle: a date
    if "," in surface and all(_low(p.strip()) in lex.portfolios for p in surface.split(",")):
        return []  # a list of ministries by their portfolios ("(Éducation, Justice, Intérieur)")
    if len(ws) == 1 and (low in lex.not_entities or low in lex.common_acronyms):
        return []  # "Noël", "Sud", "CDD": an ordinary word or a common noun's acronym (before the first-name rule)
    if _PREFIXED.match(surface) or _FACILITY_IN_DISTRICT.search(text, max(0, s - 40), e):
        return []  # "anti-Charlie", "pro-Trump" are adjectives; "commissariat du VIIIe arrondissement" names no place
    if len(ws) == 1 and surface in lex.first_names and label != "PER" and not _IN_PLACE_BEFORE.search(text, 0, s):
        return [Candidate(s, e, "PER", 1)]  # not "à Florence, en Toscane": a town after "à", as the model said
    if (
        label == "PER"
        and len(ws) == 1
        and _ARTICLE_BEFORE.search(text, max(0, s - 8), s)
        and (_OF_NOUN_AFTER.match(text, e) or _a_thing_by_its_article(text, s, e))
    ):
        return []  # "le César du meilleur acteur", "un +Ségur de la santé+", "l'Expert": an award, event or thing
    if label == "PER" and len(ws) == 1 and _surname_pair(text, surface, lex):
        return []  # "l'affaire Dupont-Durand": two people's surnames, no one's name
    if (
        label != "PER"
        and len(ws) == 3
        and _is_first_name(text[ws[0][0] : ws[0][1]], lex)
        and _low(text[ws[0][0] : ws[0][1]]) not in lex.not_entities  # "(marché de) Noël de Strasbourg"
        and _low(text[ws[1][0] : ws[1][1]]) in _PERSON_PARTICLES
        and text[ws[2][0]].isupper()
        and _low(text[ws[2][0] : ws[2][1]]) not in _CARDINAL_POINTS
    ):
        return [Candidate(s, e, "PER", 1)]  # a first name, a particle, a name: "Anne de Villiers" is a person
    if label == "PER" and len(ws) >= 2 and _capitalised_common_noun(text, ws, lex, is_common):
        return clean_piece(text, ws[1][0], e, label, is_common, lex)  # "Affaire Dupont :" of "l'affaire Dupont"
    two = two_names_at(text, ws, lex) if label == "PER" else None
    if two is not None:
        return [
            *clean_piece(text, s, ws[two - 1][1], label, is_common, lex),
            *clean_piece(text, ws[two][0], e, label, is_common, lex),
        ]
    k = _known_before_person(text, ws, lex)
    if k is None:
        k = _first_name_at(text, ws, lex)
    if k is None:
        k = _told_to_medium(text, ws, is_common, lex)  # "a dit à l'AFP Ken Farnaso,": the medium, then the speaker
    if k is not None and k > 0 and label == "PER" and not _not_a_name(text, ws[:k], is_common, lex):
        k = None  # "Khawaja Mohammad Asif": a name with a first name inside, not a word glued to a name
    if k is not None and (k > 0 or label != "PER"):
        left = clean_piece(text, s, ws[k - 1][1], label, is_common, lex) if k > 0 else []
        return [*left, Candidate(ws[k][0], e, "PER", 1)]
    if not any(c.isupper() or c.isdigit() for c in surface) or len(surface) < 2:
        return []
    place = _known_place_prefix(text, ws, lex)
    if place is not None:
        return [place]
    split = _known_after_article(text, ws, label, is_common, lex)
    if split is not None:
        return split
    if low in lex.not_entities or fold(low) in lex.folded_portfolios or low in lex.stop_words:
        return []  # also a portfolio written without its accent ("à l'Economie")
    if surface.isupper() and (len(ws) > 1 and any(_low(text[a:b]) in lex.stop_words for a, b in ws)):
        return []  # a shouted headline ("THÉORIE DU COMPLOT")
    if len(ws) == 1 and surface.isupper() and len(surface) >= 6 and is_common(surface):
        return []  # a shouted ordinary word ("ENRICHIR")
    portfolio = _PORTFOLIO_CONTEXT.search(text, max(0, s - 40), s) if label != "PER" else None
    if portfolio is not None and (portfolio.group(1) is None or portfolio.group(1) in lex.demonyms):
        return []  # "ministre de l'Action et des Comptes publics"
    if label in {"ORG", "MISC"} and _PORTFOLIO_AFTER.search(text[max(0, s - 80) : s]):
        return []  # "secrétaire d'État chargée de l'Égalité femmes-hommes", "ministres de la Justice, des Armées"
    if len(ws) == 1 and (low in lex.demonyms or low in lex.titles):
        return []  # a capitalised demonym or title ("le président Russe", "la jeune Suédoise", "la Haute-Commissaire")
    if len(ws) == 1 and _compound_demonym(low, lex):
        return []  # "ce Franco-Sénégalais de 25 ans", "les Italo-Américains"
    if len(ws) > 1 and _low(text[ws[0][0] : ws[0][1]]) in lex.demonyms and text[ws[1][0] : e].islower():
        return []  # a demonym and lower-case words ("Luxembourgeois de cœur")
    if (
        len(ws) == 1
        and (is_sentence_start(text, s) or _quote_start(text, s) or _elided_article_start(text, s))
        and is_common(surface)
        and not (label == "LOC" and _LIST_AFTER.match(text, e))
    ):
        return []  # a capitalised ordinary word opening a sentence or a quoted title ("Dernières", "Lacs"), not
        # the first of a list of places ('"Tours, Strasbourg, Dijon"')
    if len(ws) == 1 and _INVERSION_AFTER.match(text, e):
        return []  # a capitalised verb before its pronoun ("Tweetera-t-il")
    if _both_known_orgs(surface, lex):
        return []  # a match between two clubs ("PSG-OM"), not an organisation
    street = street_start(text, s, lex)
    if street is not None:
        return [Candidate(street, e, "LOC", 1)]
    if _HONORIFIC_BEFORE.search(text, max(0, s - 8), s) and surface[:1].isupper() and not surface.isupper():
        return [Candidate(s, e, "PER", 1, firm=True)]  # "M. Dumont", "Mme Vallet": a person wherever it recurs
    if label == "PER" and len(ws) == 1 and _SAINT_PLACE.fullmatch(surface):
        return [Candidate(s, e, "LOC", 1)]  # "Saint-Martin", "Sainte-Maxime" alone: a place named after a saint
    new_label, firm = _relabel(text, ws, label, event, lex)
    return [Candidate(s, e, new_label, 1, firm=firm)]


def street_start(text: str, start: int, lex: Lexicon) -> int | None:
    """Where a place's name starts when a street or bridge noun stands before it ("pont de Bir-Hakeim",
    "passerelle Léopold Sédar-Senghor"), or None."""
    m = _STREET_BEFORE.search(text, max(0, start - 30), start)
    if m and m.group(1) in lex.square_nouns and m.group().endswith(" ") and m.end() - m.start() == len(m.group(1)) + 1:
        # "la place Tahrir", "l'emblématique place Tiananmen"; not the verb ("cela place Israël au quatrième rang")
        return m.start() if _SQUARE_ARTICLE.search(text, max(0, m.start() - 30), m.start()) else None
    return m.start() if m and m.group(1) in lex.street_nouns else None


def venue_start(text: str, start: int, end: int, label: str, lex: Lexicon) -> int | None:
    """Where a venue's name starts when the mention is a venue named by its noun and an article ("jardin des
    Plantes", "église de la Madeleine", "place de la Contrescarpe") or a district by a cardinal point ("les
    quartiers Nord"), or None. The model often tags only the proper part, which is no place of its own; a known
    place after an article is left alone ("la place de la France en Europe"), as is a town after a bare "de"
    ("prison de Fresnes")."""
    if label == "PER":
        return None
    m = _VENUE_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(1) not in lex.venue_nouns:
        return None
    surface = text[start:end]
    if m.group(2) is None:  # no article: only a cardinal point naming a district ("les quartiers Nord")
        return m.start() if surface in {"Nord", "Sud", "Est", "Ouest"} and m.group(1).startswith("quartier") else None
    if lex.gazetteer.lookup(surface) is not None or not surface[:1].isupper():
        return None
    if m.group(2) == "du " and lex.gazetteer.lookup(f"Le {surface}") is not None:
        return None  # "l'hôpital du Mans": "du" holds a known town's article
    if m.group(1) == "place" and label != "LOC" and _INSTEAD.search(text, max(0, m.start() - 8), m.start()):
        return None  # "à la place de la Fédération": instead of it
    return m.start()


def clean_span(text: str, start: int, end: int, label: str, is_common: IsCommon) -> list[Candidate]:
    """Clean mentions for one model span of ``text`` (offsets in the joined title+body text)."""
    lex = lexicon()
    out: list[Candidate] = []
    for s, e in pieces(text, start, end, lex):
        out.extend(with_religious_title(text, c, lex) for c in clean_piece(text, s, e, label, is_common, lex))
    return out


_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\s$")


def with_religious_title(text: str, cand: Candidate, lex: Lexicon) -> Candidate:
    """A one-word person the model tagged without the religious title before it ("la mère [Teresa]", "le frère
    [Roger]"): the title is part of the name (see ``_religious_name``)."""
    if cand.label != "PER" or " " in text[cand.start : cand.end].strip():
        return cand
    m = _TITLE_BEFORE.search(text, max(0, cand.start - 12), cand.start)
    if m is None or _low(m.group(1)) not in lex.religious_titles:
        return cand
    ws = [(m.start(1), m.end(1)), (cand.start, cand.end)]
    return replace(cand, start=m.start(1)) if _religious_name(text, ws, 0, lex) else cand
