"""Publication dates: the leading ``date`` header, an explicit "Publié le" line, a record's or source line's
publication field, a dated URL, page metadata.

Two-digit years are read day first as French writes them ("31.08.19", "15/03/21"; in a date header also "1.3.19",
"31 août 19"); years 00-69 are 2000-2069 and 70-99 are 1970-1999 (news archives start in the 1970s). With dashes
("16-02-22") a two-digit year is left undated: it is as often written year first.
"""

from __future__ import annotations

import email.utils
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from pipeline.core.records import DatePrecision, PublicationDate, alternation

_DATA = Path(__file__).resolve().parents[1] / "data" / "dates" / "months.toml"
_RECORDS = _DATA.with_name("records.toml")
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)"
# A time after a date ("à 08h12", "| 10:32"), maybe with its zone ("CET", "(heure de Paris)").
_FR_TIME = (
    r"(?:\s*(?:à|a|,|-|–|—|/|\||·)?\s*\d{1,2}\s*[hH:]\s*\d{0,2}(?::\d{2})?(?:\s*min)?"
    r"(?:\s*(?:CET|CEST|UTC|GMT)\b|\s*[+-]\d{2}:?\d{2}\b|\s*\(heure (?:de Paris|locale|française)\))?)"
)


# An English time: "14:05:00 GMT", "at 2:05 pm", "14:05 +0200".
_EN_TIME = (
    r"(?:,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s*(?:GMT|UTC|Z|CET|CEST|BST|EST|EDT|PST|PDT|[+-]\d{2}:?\d{2}))?)"
)


TWO_DIGIT_YEAR_PIVOT = 70  # "19" is 2019, "85" is 1985


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """A leading date header: its parsed date (or problem) and where it ends in the text."""

    date: PublicationDate
    start: int
    end: int


@cache
def _data() -> dict:
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))


@cache
def _records() -> dict:
    return tomllib.loads(_RECORDS.read_text(encoding="utf-8"))["record"]


@cache
def _lexicon() -> tuple[dict[str, int], list[str], list[str]]:
    data = _data()
    months = {name: int(num) for num, names in data["months"].items() for name in names}
    markers = data["publication"]["markers"] + _records()["publication_fields"]  # "PD   30 juillet 2020"
    return months, data["weekdays"]["names"], markers


@cache
def _english_months() -> dict[str, int]:
    return {name: int(num) for num, names in _data()["english_months"].items() for name in names}


@cache
def month_names() -> str:
    """Every French month name and abbreviation as a regex alternation (lowercase; match case-insensitively)."""
    return alternation(list(_lexicon()[0]))


@cache
def _date_pattern() -> str:
    """One regex alternation for every supported date shape (named groups per shape)."""
    months, weekdays, _ = _lexicon()
    month = alternation(list(months))
    weekday = alternation(weekdays)
    english = alternation(list(_english_months()))
    return (
        rf"(?:(?:{weekday})\.?,?\s+)?"
        rf"(?:(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})(?:-(?P<id>\d{{1,2}}){_TIME}?)?"
        rf"|(?P<sy>\d{{4}})/(?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}})"
        rf"|(?P<nd>\d{{1,2}})[/.\-](?P<nm>\d{{1,2}})[/.\-](?P<ny>\d{{4}}){_FR_TIME}?"
        # "15/03/21": a two-digit year, with two-digit day and month only.
        rf"|(?P<sd2>\d{{2}})(?P<sep2>[/.])(?P<sm2>\d{{2}})(?P=sep2)(?P<sy2>\d{{2}})(?![\d/.]){_FR_TIME}?"
        rf"|(?P<mm>\d{{1,2}})/(?P<my>\d{{4}})"
        rf"|(?:(?P<td>\d{{1,2}})(?:er|ER)?\s+)?"
        rf"(?P<tm>{month})\.?\s+(?P<ty>\d{{4}}){_FR_TIME}?"
        # English: "03 May 2021 14:05:00 GMT" (RFC 822), "May 3, 2021", "May 3rd 2021 at 2:05 pm".
        # "21-JUN-2019 08:47 GMT": a terminal's or a log's day-month-year.
        rf"|(?P<ed>\d{{1,2}})(?:\s+|-)(?P<em>{english})\.?(?:,?\s+|-)(?P<ey>\d{{4}}){_EN_TIME}?"
        rf"|(?P<em2>{english})\.?\s+(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ey2>\d{{4}}){_EN_TIME}?"
        rf"|(?P<yy>\d{{4}}))"
    )


@cache
def _header_re() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*date[ \t]*:?[ \t]+{_date_pattern()}(?=\s|$)[ \t]*", re.IGNORECASE)


_HEADER_FALLBACK = re.compile(r"[ \t]*date[ \t]*:?[ \t]+(\S*\d\S*)(?=\s|$)[ \t]*", re.IGNORECASE)


def _build(y: str, m: str | None, d: str | None, source: str, raw: str) -> PublicationDate:
    """A PublicationDate from numeric parts, or an undated one whose ``problem`` says why."""
    year, month, day = int(y), int(m) if m else None, int(d) if d else None
    precision: DatePrecision = "day" if day else "month" if month else "year"
    if not 1800 <= year <= 2200:
        return PublicationDate(problem=f"implausible year in date {raw!r}")
    if month is not None and not 1 <= month <= 12:
        return PublicationDate(problem=f"invalid month {month} in date {raw!r}")
    try:
        value = date(year, month or 1, day or 1)
    except ValueError as err:
        return PublicationDate(problem=f"invalid date {raw!r}: {err}")
    return PublicationDate(value, precision, source)


def _from_match(m: re.Match[str], source: str) -> PublicationDate:
    raw = m.group(0).strip()
    raw = re.sub(r"^date\s*:?\s*", "", raw, flags=re.IGNORECASE)
    g = m.groupdict()
    if g["iy"]:
        return _build(g["iy"], g["im"], g["id"], source, raw)
    if g["sy"]:
        return _build(g["sy"], g["sm"], g["sd"], source, raw)
    if g["ny"]:
        return _build(g["ny"], g["nm"], g["nd"], source, raw)
    if g["sy2"]:
        century = "20" if int(g["sy2"]) < TWO_DIGIT_YEAR_PIVOT else "19"
        return _build(century + g["sy2"], g["sm2"], g["sd2"], source, raw)
    if g["my"]:
        return _build(g["my"], g["mm"], None, source, raw)
    if g["ty"]:
        month = _lexicon()[0][g["tm"].lower()]
        return _build(g["ty"], str(month), g["td"], source, raw)
    if g["ey"] or g["ey2"]:
        day, name, year = (g["ed"], g["em"], g["ey"]) if g["ey"] else (g["ed2"], g["em2"], g["ey2"])
        return _build(year, str(_english_months()[name.lower()]), day, source, raw)
    return _build(g["yy"], None, None, source, raw)


@cache
def _header_short_re() -> re.Pattern[str]:
    """A header's short numeric or two-digit-year forms: "1.3.19", "31-08-19", "2019.08.31", "31 août 19"."""
    return re.compile(
        rf"[ \t]*date[ \t]*:?[ \t]+(?:(?P<a>\d{{1,4}})(?P<s>[./-])(?P<b>\d{{1,2}})(?P=s)(?P<c>\d{{1,4}})"
        rf"|(?P<td>\d{{1,2}})(?:er)?\s+(?P<tm>{month_names()})\.?\s+(?P<ty>\d{{2}}))"
        rf"{_FR_TIME}?(?=\s|$)[ \t]*",
        re.IGNORECASE,
    )


def _year(digits: str) -> str:
    """A year from four digits, or from two (00-69 are 2000-2069, 70-99 are 1970-1999)."""
    if len(digits) == 4:
        return digits
    return ("20" if int(digits) < TWO_DIGIT_YEAR_PIVOT else "19") + digits.zfill(2)


def _short_date(m: re.Match[str]) -> PublicationDate:
    """Day first as French writes it ("1.3.19" is 1 March 2019); a four-digit first part is the year
    ("2019.08.31")."""
    raw = m.group(0).strip()
    if m["ty"]:
        return _build(_year(m["ty"]), str(_lexicon()[0][m["tm"].lower()]), m["td"], "header", raw)
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4:
        return _build(a, b, c, "header", raw) if len(c) <= 2 else PublicationDate(problem=f"bad date {raw!r}")
    if len(a) > 2 or len(c) == 3 or (m["s"] == "-" and len(c) == 2):
        # "16-02-22" is left undated: dashes with a two-digit year are as often year first (ISO-like) as day first.
        return PublicationDate(problem=f"unrecognized header date {raw!r}")
    return _build(_year(c), b, a, "header", raw)


def parse_header(text: str) -> HeaderMatch | None:
    """The leading ``date …`` header of a decoded source, if any (``end`` includes trailing blanks).

    A header whose date is malformed (``2022-13``, ``31/02/2022``) is still a header: it is removed
    and its ``PublicationDate`` carries a ``problem`` instead of a value.
    """
    m = _header_re().match(text)
    if m:
        return HeaderMatch(_from_match(m, "header"), 0, m.end())
    short = _header_short_re().match(text)
    if short and (found := _short_date(short)).value:
        return HeaderMatch(found, 0, short.end())
    m = _HEADER_FALLBACK.match(text)
    if m:
        problem = f"unrecognized header date {m.group(1)!r}"
        return HeaderMatch(PublicationDate(problem=problem), 0, m.end())
    return None


@cache
def _publication_re() -> re.Pattern[str]:
    markers = alternation(_lexicon()[2])
    return re.compile(rf"\s*(?:{markers})\s*:?\s*(?:le\s+)?{_date_pattern()}", re.IGNORECASE)


def publication_line_date(paragraph: str) -> PublicationDate | None:
    """The date stated by an explicit publication line ("Publié le 15 mars 2021 à 08h12")."""
    m = _publication_re().match(paragraph)
    if not m or m.group("yy"):
        return None
    return _from_match(m, "text")


_URL_DATE = re.compile(
    r"https?://[^\s/]+(?:/[^\s/]+)*?/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]?\d)(?:[/-](?P<d>[0-3]?\d))?(?=[/-])"
)
# Other shapes, tried when that one finds nothing, each a whole day inside the URL's path or query (after the
# host): "…-2021-05-03.html", "…_2021_05_03", "/20210503-…", "…-20210503.html", "?date=2021-05-03", "/03-05-2021/".
_URL_END = r"(?=[/_.\-?#&]|$)"
_URL_DAY_DATES = (
    re.compile(rf"[/_.\-=](?P<y>(?:19|20)\d{{2}})(?P<s>[-_.])(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d){_URL_END}"),
    re.compile(rf"[/_\-=](?P<y>(?:19|20)\d{{2}})(?P<m>[01]\d)(?P<d>[0-3]\d){_URL_END}"),
    re.compile(rf"/(?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y>(?:19|20)\d{{2}}){_URL_END}"),
)
_URL_HOST = re.compile(r"https?://[^\s/?#]+")


def url_date(url: str) -> PublicationDate | None:
    """The date encoded in an article URL (``…/2021/03/15/…``, ``…-20210315.html``), if any and valid."""
    m = _URL_DATE.search(url)
    if m:
        found = _build(m["y"], m["m"], m["d"], "url", m.group(0))
        return found if found.value else None
    host = _URL_HOST.search(url)
    if host is None:
        return None
    for pattern in _URL_DAY_DATES:
        for m in pattern.finditer(url, host.end()):
            found = _build(m["y"], m["m"], m["d"], "url", m.group(0))
            if found.value:
                return found
    return None


@cache
def _update_markers() -> str:
    return alternation(_data()["update"]["markers"])


# "il y a 3 h", "il y a 2 jours", "hier à 18h", "à 09h20": a relative time, as portals show an update.
_RELATIVE = (
    r"(?:il y a\s+(?:\d+|une?|quelques)\s*(?:heures?|h|minutes?|min|mn|jours?|j|secondes?|sec|s|semaines?|mois)\b"
    r"|(?:aujourd'hui|hier|avant-hier)(?:\s*(?:à|,)\s*\d{1,2}\s*[hH:]\s*\d{0,2})?"
    # "Mis à jour à 09h20": a bare time, the same day as the publication.
    r"|à\s*\d{1,2}\s*(?:[hH]\s*\d{0,2}|:\d{2})(?!\d))\.?"
)
_SEPARATOR = r"(?:\s*(?:[,|/·•–—(-]|et)\s*)"


@cache
def _dateline_segment() -> re.Pattern[str]:
    published = alternation(_lexicon()[2])
    return re.compile(
        rf"\s*(?:(?:article|page|contenu|dépêche)\s+)?(?:(?P<pub>{published})|(?:{_update_markers()}))\s*:?\s*(?:le\s+)?"
        rf"(?:(?P<rel>{_RELATIVE})|{_date_pattern()}"
        # "Publié le 15 mars à 08h12": a day without its year dates nothing.
        rf"|(?P<yearless>\d{{1,2}}(?:er)?\s+(?:{month_names()})\.?(?![\w.]*\s*\d{{4}}){_FR_TIME}?))"
        rf"{_SEPARATOR}?",
        re.IGNORECASE,
    )


@cache
def _dateline_lead() -> re.Pattern[str]:
    """A bare full date opening a dateline, before its update marker ("17 décembre 2018, 10:32 · Mis à jour …")."""
    return re.compile(rf"\s*(?:le\s+)?{_date_pattern()}{_SEPARATOR}", re.IGNORECASE)


_READING_TIME = re.compile(
    r"\s*(?:(?:temps de )?lecture\s*:?\s*\d{1,2}\s*(?:min|minutes?|mn)"
    r"|\d{1,2}\s*(?:min|minutes?|mn)\.?\s*(?:de lecture)?)\.?\s*",
    re.IGNORECASE,
)
_DATELINE_TAIL = re.compile(r"\)?(?:\s*par\s+.{1,80}|\.)?\s*", re.IGNORECASE)


def dateline(paragraph: str) -> tuple[bool, PublicationDate | None]:
    """Whether a paragraph is only a "Publié le … / Mis à jour le …" line, and its publication date.

    The date comes from the publication marker only; an update date is never the publication date. A paragraph
    that is only a publication metadata field ('"datePublished": "2021-05-03T14:05:00Z",') is a dateline too.
    """
    if (meta := metadata_line(paragraph)) is not None:
        return True, meta
    pos, segments, found = 0, 0, None
    lead = _dateline_lead().match(paragraph)
    if lead and not lead["yy"] and (stated := _from_match(lead, "text")).value:
        # The page's date, then its update: the date shown first is the publication's.
        pos, found = lead.end(), stated
    while (m := _dateline_segment().match(paragraph, pos)) and m.end() > pos:
        segments += 1
        if m["pub"] and found is None and not m["yy"] and not m["rel"] and not m["yearless"]:
            found = _from_match(m, "text")
        pos = m.end()
    if found is not None and not segments and _READING_TIME.fullmatch(paragraph, pos):
        return True, found  # "17 décembre 2018 · 3 min de lecture"
    if segments and _READING_TIME.fullmatch(paragraph, pos):
        return True, found  # "Publié le 15 mars 2021 à 08h12 · Lecture 3 min"
    if not segments or not _DATELINE_TAIL.fullmatch(paragraph, pos):
        return False, None
    return True, found


@cache
def _bare_date() -> re.Pattern[str]:
    months, weekdays, _ = _lexicon()
    return re.compile(
        rf"(?:le\s+)?(?:(?:{alternation(weekdays)})\.?,?\s+)?(?:\d{{1,2}}(?:er)?\s+)?(?:{alternation(list(months))})\.?"
        rf"(?:\s+\d{{4}})?{_FR_TIME}?\.?|(?:le\s+)?{_date_pattern()}\.?",
        re.IGNORECASE,
    )


def is_bare_date(paragraph: str) -> bool:
    """Whether a paragraph is nothing but a date ("20 février", "Lundi 3 mars 2021 à 10h")."""
    text = paragraph.strip()
    return bool(text) and not text.isdigit() and bool(_bare_date().fullmatch(text))


@cache
def _stated_date() -> re.Pattern[str]:
    return re.compile(rf"(?:le\s+)?{_date_pattern()}\.?", re.IGNORECASE)


def bare_date_value(paragraph: str) -> PublicationDate | None:
    """The date of a paragraph that is nothing but a full date with its year ("4 juillet 2018",
    "Le 04/07/2018 à 10h05", "Mercredi 4 juillet 2018"); None for a partial date ("20 février", "2018")."""
    m = _stated_date().fullmatch(paragraph.strip())
    if not m or m["yy"]:
        return None
    found = _from_match(m, "text")
    return found if found.value else None


# A feed item's own date element: RSS "<pubDate>Thu, 16 Apr 2020 18:47:03 +0200</pubDate>" (RFC 822), Atom
# "<published>2020-04-16T18:47:03+02:00</published>"; the first one after the item's opening.
_FEED_DATE = re.compile(
    r"<(pubDate|dc:date|published|updated)>\s*(?:<!\[CDATA\[)?\s*(?P<raw>[^<>\]]+?)\s*(?:\]\]>)?\s*</\1>",
    re.IGNORECASE,
)
_FEED_ITEM_BOUNDARY = re.compile(r"</(?:item|entry)>|<(?:item|entry)\b", re.IGNORECASE)  # the item's end


def feed_item_date(text: str, item_start: int) -> PublicationDate | None:
    """The date element of the feed item opening at ``item_start`` (before the next item), if readable."""
    end = _FEED_ITEM_BOUNDARY.search(text, item_start)
    m = _FEED_DATE.search(text, item_start, end.start() if end else len(text))
    if m is None:
        return None
    raw = m.group("raw")
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", raw)
    if iso:
        return _build(*iso.groups(), "feed", raw)
    try:
        stamp = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return _build(str(stamp.year), str(stamp.month), str(stamp.day), "feed", raw)


# A page's own publication metadata: JSON-LD '"datePublished": "2021-05-03T14:05:00+02:00"', a
# '<meta property="article:published_time" content="…">' tag (either attribute first). The names are data
# (months.toml, [metadata]); modification dates ("dateModified", "article:modified_time") are never read.
@cache
def _metadata_res() -> tuple[re.Pattern[str], ...]:
    names = alternation(_data()["metadata"]["published"])
    key = rf"(?:property|name|itemprop)\s*=\s*[\"'](?:{names})[\"']"
    content = r"content\s*=\s*[\"'](?P<raw>[^\"'<>]{4,40})[\"']"
    kinds = alternation(_data()["metadata"]["typed"])
    typed = rf"(?:type|name|property)\s*=\s*[\"'](?:{names}|{kinds})[\"']"
    value = r"(?:when|norm|content|value)\s*=\s*[\"'](?P<raw>[^\"'<>]{4,40})[\"']"
    elements = alternation(_data()["metadata"]["elements"])
    return (
        re.compile(rf"[\"'](?:{names})[\"']\s*:\s*[\"'](?P<raw>[^\"'<>]{{4,40}})[\"']", re.IGNORECASE),
        re.compile(rf"<meta\b[^<>]*?{key}[^<>]*?{content}[^<>]*>", re.IGNORECASE),
        re.compile(rf"<meta\b[^<>]*?{content}[^<>]*?{key}[^<>]*>", re.IGNORECASE),
        # an XML element typed as the publication ('<date type="publication" when="2016-11-06">', a TEI source's)
        re.compile(rf"<[\w:.-]+\b[^<>]*?\b{typed}[^<>]*?\b{value}[^<>]*>", re.IGNORECASE),
        re.compile(rf"<[\w:.-]+\b[^<>]*?\b{value}[^<>]*?\b{typed}[^<>]*>", re.IGNORECASE),
        # an element named so: "<dcterms:issued>2016-11-06</dcterms:issued>", "<published>…</published>" (Atom)
        re.compile(rf"<(?:{names}|{elements})\b[^<>]*>\s*(?P<raw>[^<>]{{4,40}}?)\s*</", re.IGNORECASE),
        re.compile(rf"<(?:{names}|{elements})\b[^<>]*?\b{value}[^<>]*>", re.IGNORECASE),  # NITF: "<date.issue norm=…/>"
        # a tool's metadata row: "source=orangesum ; date_publication=2016-08-07 ; rubrique=monde"
        re.compile(
            rf"(?<![\w-])(?:{names})\s?=\s?(?P<raw>\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?)?)",
            re.IGNORECASE,
        ),
    )


def metadata_value(raw: str) -> PublicationDate | None:
    """A metadata field's date value: ISO ("2020-06-26 17:52:00 +0200", "2020-06-26T17:52") or a stated date."""
    iso = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])", raw)
    if iso:
        found = _build(*iso.groups(), "meta", raw)
        return found if found.value else None
    m = _stated_date().fullmatch(raw.strip())
    if m and not m["yy"] and (found := _from_match(m, "meta")).value:
        return found
    return None


def metadata_date(text: str) -> PublicationDate | None:
    """The publication date a page's metadata states (JSON-LD ``datePublished``, an ``article:published_time``
    meta tag …): the first readable one, or None."""
    hits = sorted((m.start(), m["raw"]) for pattern in _metadata_res() for m in pattern.finditer(text))
    for _, raw in hits:
        found = metadata_value(raw)
        if found is not None:
            return found
    return None


def metadata_line(paragraph: str) -> PublicationDate | None:
    """The date of a paragraph that is nothing but one publication metadata field or tag, else None."""
    text = paragraph.strip().rstrip(",;")
    for pattern in _metadata_res():
        m = pattern.fullmatch(text)
        if m:
            return metadata_value(m["raw"])
    return None


# A record or source line's segments: "Rubrique : Spectacles, mercredi 17 avril 2019 · 412 mots · Français".
_SEGMENT_SEP = re.compile(r"\s+[·|•—–]\s+")
MAX_RECORD_SEGMENT_WORDS = 20  # a field or a source note, never a sentence of the text
_FIELD_KEY = r"(?:\s*\([\w\s.-]{1,40}\))?"  # a CMS field's key in brackets: "Date de publication (published_at) :"


@cache
def _record_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _records()
    edge = r"(?<!\w)"  # "Date d'indexation"
    return (
        re.compile(rf"{edge}(?:{alternation(data['decoys'])})(?![\w'’])", re.IGNORECASE),
        re.compile(rf"{edge}(?:{alternation(data['phrases'])})\s*:?\s*(?=\S)", re.IGNORECASE),
        re.compile(rf"\s*(?:{alternation(data['dated_fields'])}){_FIELD_KEY}\s*:?\s+(?=\S)", re.IGNORECASE),
        re.compile(rf"(?<![\w/.-]){_date_pattern()}(?![\w/-]|\.\d)", re.IGNORECASE),
    )


MAX_DECOY_LABEL_WORDS = 2  # "Imprimé le …", "Copie délivrée le …", "Date d'indexation : …"
MAX_DECOY_SEGMENT_WORDS = 12


def is_decoy_dated(segment: str) -> bool:
    """Whether a segment states another date than the publication's, labelled at its start ("Imprimé le
    05/02/2020 depuis …", "Récupérée le mer. 05 févr. 2020 à 06:05", "Date d'indexation : 06/02/2020")."""
    m = _record_res()[0].search(segment)
    if m is None or len(segment.split()) > MAX_DECOY_SEGMENT_WORDS:
        return False
    return len(segment[: m.start()].split()) < MAX_DECOY_LABEL_WORDS and bool(stated_dates(segment))


MAX_DECOY_LINE_WORDS = 4  # the words of a decoy line besides its date: "Consulté le", "Date d'accès :"


def is_decoy_line(paragraph: str) -> bool:
    """A line that is only another date than the publication's, labelled ("Consulté le 20 février 2022 à 10h",
    "Date d'accès : 20/02/2022", "Accessed 2022-02-20"): a reader's, a printer's or a fetcher's trace."""
    text = paragraph.strip()
    rest = _record_res()[3].sub(" ", text)
    return len(stated_dates(text)) == 1 and len(rest.split()) <= MAX_DECOY_LINE_WORDS and is_decoy_dated(text)


def stated_dates(segment: str) -> list[PublicationDate]:
    """The full dates (day or month precision) a segment states, in order; a bare year is none."""
    found = []
    for m in _record_res()[3].finditer(segment):
        if not m["yy"] and (stated := _from_match(m, "text")).value:
            found.append(stated)
    return found


def record_line_date(line: str) -> PublicationDate | None:
    """The publication date a record's or source line states: a segment opening on a publication field label
    ("Rubrique : Spectacles, mercredi 17 avril 2019 · 412 mots", "PD   30 juillet 2020") or holding explicit
    publication wording ("Source : d'après Horizon Infos, article en ligne du 7 mai 2019"). Segments about another
    date (indexed, printed, fetched, delivered, a lesson, a search period "du … au …") are skipped. Only for lines
    that are document furniture, never for body text (date_source "text")."""
    _, phrase, field, _ = _record_res()
    segments = _SEGMENT_SEP.split(line.strip())
    # A record's line (a field label, a word count): its one date is the article's.
    record = any(field.match(s) for s in segments) or _record_trace().search(line) is not None

    def dates_it(segment: str) -> bool:  # a field or a source note, never a sentence of the text
        short = len(segment.split()) <= MAX_RECORD_SEGMENT_WORDS
        return short and bool(phrase.search(segment) or field.match(segment) or record)

    return _segment_date(segments, dates_it)


def _segment_date(segments: list[str], dates_it: Callable[[str], bool]) -> PublicationDate | None:
    """The first date a publication phrase names in a segment ("… voici l'article mis en ligne le dimanche 27
    octobre 2019 …"), else the one date of a segment about no other date that ``dates_it`` accepts (a period "du …
    au …" holds two)."""
    for segment in segments:
        if named := _phrase_date(segment):
            return named
        if _record_res()[0].search(segment):
            continue
        stated = stated_dates(segment)
        if len(stated) == 1 and dates_it(segment):
            return stated[0]
    return None


PHRASE_DECOY_CONTEXT = 20  # characters before a publication phrase where another date's word makes it that date's


def _phrase_date(segment: str) -> PublicationDate | None:
    """The full date right after a phrase stating the publication ("paru le 14 mars 2017", "article du
    16/07/2018"), however long the segment and whatever other dates it states."""
    decoy, phrase, date_re = _record_res()[0], _record_res()[1], _record_res()[3]
    documents = [m for m in _document_phrase().finditer(segment) if _article_word().search(segment, 0, m.start())]
    for m in [*phrase.finditer(segment), *_relative_phrase().finditer(segment), *documents]:
        if decoy.search(segment, max(0, m.start() - PHRASE_DECOY_CONTEXT), m.end()):
            continue  # "mise à jour publiée le …", "séance diffusée le …": the phrase is the other date's
        if (d := date_re.match(segment, m.end())) and not d["yy"] and (stated := _from_match(d, "text")).value:
            return stated
    return None


@cache
def _document_phrase() -> re.Pattern[str]:
    """A phrase dating any document ("daté du"), before the date (see ``_phrase_date``)."""
    return re.compile(rf"(?<!\w)(?:{alternation(_records()['document_phrases'])})\s+", re.IGNORECASE)


@cache
def _article_word() -> re.Pattern[str]:
    """A word naming the article or its page, in a segment whose document phrase then dates it."""
    return re.compile(rf"(?<![\w'’])(?:{alternation(_records()['article_words'])})(?![\w'’])", re.IGNORECASE)


@cache
def _relative_phrase() -> re.Pattern[str]:
    """A publication verb, then a day said relatively before the date: "mis en ligne hier, jeudi 9 août 2018"."""
    verbs, days = alternation(_records()["phrase_verbs"]), alternation(_records()["relative_days"])
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:{days})\s?,?\s+", re.IGNORECASE)


@cache
def _publication_field() -> re.Pattern[str]:
    labels = _records()["publication_fields"] + _records()["publication_labels"]
    return re.compile(rf"\s*(?:{alternation(labels)}){_FIELD_KEY}\s*:?\s+(?=\S)", re.IGNORECASE)


def stated_publication(line: str) -> PublicationDate | None:
    """The publication date a removed furniture line states in so many words: a phrase right before a date
    ("publié le 25/07/2016") or a field naming the publication ("Date de publication autorisée (2:30) :
    07/09/2020"), in a segment about no other date. Never a bare "Date" field or a record's only date: anywhere in
    a document, those are as often a message's, an export's or a photo's."""
    segments = _SEGMENT_SEP.split(line.strip())
    found = _segment_date(segments, lambda segment: bool(_publication_field().match(segment)))
    return found or next((d for segment in segments if (d := _labelled_publication(segment))), None)


def article_publication(lines: list[str]) -> PublicationDate | None:
    """The first publication date the lines state in so many words (``stated_publication``), a line naming the
    article first: "Publiée le jeudi 20/08/2020" dates a re-post, "je relaie un article paru hier, mercredi 19 août
    2020" the article it relays."""
    stated = [(line, found) for line in lines if (found := stated_publication(line))]
    named = (found for line, found in stated if _article_word().search(line))
    return next(named, None) or next((found for _, found in stated), None)


MAX_PUBLICATION_LABEL_WORDS = 10  # "Date de première mise en ligne de l'œuvre présentée"
_LABEL_BEFORE_COLON = re.compile(r"\s*(?P<label>[^:\n]{1,80}?)\s?:\s+(?=\S)")


def _labelled_publication(segment: str) -> PublicationDate | None:
    """The date opening the value of a field whose label names the publication among a few words ("Date de première
    mise en ligne de l'œuvre présentée : dimanche 18 septembre 2016 (texte non modifié depuis)"), no other date's."""
    m = _LABEL_BEFORE_COLON.match(segment)
    if m is None or len(m["label"].split()) > MAX_PUBLICATION_LABEL_WORDS or not _publication_word().search(m["label"]):
        return None
    if _record_res()[0].search(m["label"]):
        return None  # "Date de mise à jour de la publication : …"
    d = _record_res()[3].match(segment, m.end())
    return stated if d and not d["yy"] and (stated := _from_match(d, "text")).value else None


@cache
def _publication_word() -> re.Pattern[str]:
    labels = _records()["publication_labels"]
    # a field's key may join its words with underscores ("Champ date_publication : 2019-06-21")
    return re.compile(rf"(?<![^\W_])(?<!['’])(?:{alternation(labels)})(?![^\W_])(?!['’])", re.IGNORECASE)


@cache
def _record_trace() -> re.Pattern[str]:
    """A record's length ("412 mots") or the issue or page its source line ends on (", p. 7", ", no. 12345")."""
    units = alternation(_records()["word_count_units"])
    issue = alternation(_records()["issue_markers"])
    return re.compile(
        rf"(?<![\w,.])\d{{1,3}}(?:[ .\u202f\u00a0]\d{{3}})*\s*(?:{units})(?![\w'’])|,\s*(?:{issue})\s*\d+(?:-\d+)?\s*$",
        re.IGNORECASE,
    )


def record_block_date(lines: list[str]) -> PublicationDate | None:
    """The publication date of a record's lines under its title: a record line's date, else, when one of them is
    a record's line (a field, a length), the first line that is only a full date ("412 mots" / "3 février 2020")."""
    if found := next((d for line in lines if (d := record_line_date(line))), None):
        return found
    if not any(_record_trace().search(line) or _record_res()[2].match(line) for line in lines):
        return None
    return next((d for line in lines if (d := bare_date_value(line))), None)


_DATE_FIELD = re.compile(r"\s*date\s?:\s?", re.IGNORECASE)


def opens_on_date_field(line: str) -> bool:
    """A line opening on a field labelled only "Date" ("Date : 16/09/2019   Nombre de pages : 3")."""
    return _DATE_FIELD.match(line) is not None


def is_other_date_field(line: str) -> bool:
    """A field labelled only "Date", holding only a date ("Date : mar. 14 mars 2023 07:31": a message's sending
    date, an event box's date): furniture around the title, never the publication's date (its own field names
    the publication: "Date de publication : …")."""
    m = _DATE_FIELD.match(line)
    return m is not None and is_bare_date(line[m.end() :])


def furniture_date(line: str) -> PublicationDate | None:
    """The publication date a furniture line around the title states: a record or source line, a publication
    line ("Publié le 3 mars 2020"), a full date alone ("Mercredi 17 avril 2019") or in a "Date" field."""
    field = _DATE_FIELD.match(line)  # a record's "Date : 20/05/2018", when the record names the publication
    found = record_line_date(line) or dateline(line)[1] or bare_date_value(line[field.end() :] if field else line)
    found = found or metadata_date(line)
    sentences = _NOTE_SENTENCE.split(line.strip())
    if found is None and len(sentences) > 1:  # a note's sentence: "Je l'ai copié le 2 juillet. Date de publication : …"
        found = next((d for s in sentences if (d := record_line_date(s) or dateline(s)[1])), None)
    return found


_NOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")
