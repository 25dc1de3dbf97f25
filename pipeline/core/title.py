"""Title choice: document furniture above the headline (a record's fields, a search query, counters, navigation
bars, mastheads in capitals, bracketed markers, a worksheet's headings) is skipped when the first line under it
reads as a headline. Word lists are data (pipeline/data/title/furniture.toml)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice, pairwise
from pathlib import Path

from pipeline.core import dates
from pipeline.core.cleaning import blocks, embedded, inline, patterns
from pipeline.core.records import alternation

_DATA = Path(__file__).resolve().parents[1] / "data" / "title" / "furniture.toml"
MAX_FURNITURE_LINES = 30  # a record's fields above the headline (a reference manager's item: 13, an audit: 22)
MAX_FORWARD_FRAME_LINES = 12
MAX_COUNTER_WORDS = 8  # a counter line alone, not a headline opening on one
MIN_HEADLINE_WORDS = 3
MIN_SHORT_HEADLINE_WORDS = 2  # a first line this long in a headline's shape stays the title
MAX_HEADLINE_WORDS = 30
MIN_MASTHEAD_LETTERS = 8
MAX_SEGMENT_WORDS = 6
MAX_LINES_UNDER_TITLE = 8  # lines read under a headline for its text, a record's fields or the page's address
MAX_RECORD_LINE_WORDS = 25  # a longer line under the title is the text, no record field

_LINE = re.compile(r"[^\n]*\S[^\n]*")
_SEGMENT_SEP = re.compile(r"\s+[·|•—–]\s+")
_COUNT = r"\d{1,3}(?:[ .\u202f\u00a0]\d{3})*"  # "789", "1 250", "1.250"
_LENGTH_SEP = re.compile(r"\s+[·|•—–]\s+|,\s+")
# A text-mode browser's numbered link marker "[12]", a placeholder or cue "[IMG]", "[JINGLE …]", "[image : …]".
_BRACKETED = re.compile(r"\[\d{1,3}\]|^\[[^\[\]]{1,80}\]")
_ARROWS = re.compile(r"[‹›◄►◀▶←→⇐⇒]")
_URL = re.compile(r"https?://|www\.\w", re.IGNORECASE)
_FIELD = re.compile(r"(?:^|\s[·|•—–]\s|\s{2,})[\w'’ -]{1,25}?\s?:\s", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"[ \t\r]*(?:\n[ \t\r]*\n|\n?[ \t\r]*\Z)")
_OPENING = re.compile(r"[\"«“'(\d]|[^\W\d_]")
_HASHTAG_END = re.compile(r"(?<!\S)#\w+\s*$")  # a social post's tags close it ("… ? #hébergement #solidarité")
_COLUMNS = re.compile(r"\S(?: {3,}|\t)\S")  # words laid out in columns: a menu or a tool bar ("Connexion   Essayer")


@dataclass(frozen=True, slots=True)
class FurnitureLine:
    """A line above the title and the rule that removes it."""

    start: int
    end: int
    rule: str
    dates: bool = True  # a forwarder's note and its message date never date the article


@dataclass(frozen=True, slots=True)
class TitleChoice:
    """The furniture lines skipped above the title, and the title line's span."""

    furniture: tuple[FurnitureLine, ...]
    start: int
    end: int
    reposted: bool = False  # a re-poster's note stands above the title (a social or intranet share)


@cache
def _res() -> dict[str, re.Pattern[str]]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    word = r"(?![\w'’])"
    number = r"(?:\d+(?![\d.,])|[IVXLC]+\b)"
    return {
        "field": re.compile(rf"\s*(?:{alternation(data['field_labels'])})\s?:", re.IGNORECASE),
        "part": re.compile(rf"\s*(?:{alternation(data['part_words'])})\s+(?:n°\s*)?(?:{number}|du\s)", re.IGNORECASE),
        "counter": re.compile(
            rf"(?:{alternation(data['counter_words'])})\s+(?:n°\s*)?\d+\s*(?:sur|/)\s*\d+{word}", re.IGNORECASE
        ),
        "navigation": re.compile(rf"(?<![\w'’])(?:{alternation(data['navigation_words'])}){word}", re.IGNORECASE),
        "search": re.compile(rf"(?:{alternation(data['search_words'])})", re.IGNORECASE),
        "source": re.compile(rf".{{1,60}}\((?:{alternation(data['source_kinds'])})\)", re.IGNORECASE),
        "issue": re.compile(rf".{{1,80}},\s*(?:{alternation(data['issue_markers'])})\s*\d+(?:-\d+)?", re.IGNORECASE),
        "length": re.compile(rf"{_COUNT}\s*(?:{alternation(data['word_count_units'])})", re.IGNORECASE),
        "publication_field": re.compile(rf"\s*(?:{alternation(data['publication_labels'])})\s?:", re.IGNORECASE),
        "message_field": re.compile(rf"\s*(?:{alternation(data['message_labels'])})\s?:", re.IGNORECASE),
        "end_marker": re.compile(
            # the marker and a few words, or a record's fields ("Fin du document doc-0b41e7 · 4 fragments exportés
            # sur 4 · somme de contrôle 5c1f09ad"), no sentence
            rf"[\s\W]{{0,12}}(?:{alternation(data['end_markers'])})(?![\w'’])(?:[^\n]{{0,60}}|[^\n]{{0,100}}(?<![.!?…]))$"
            # or any end framed as a mark: "[Fin du stimulus — …]", "==== FIN DU LOT ===="
            rf"|\s*(?:\[\s*fin\s+d[^\[\]\n]{{1,80}}\]|[-—–=~_*]{{2,}}\s*fin\s+d[^\n]{{1,80}}?[-—–=~_*]{{2,}})\s*$",
            re.IGNORECASE,
        ),
        "continuation": re.compile(
            rf"(?<![\w'’])(?:{alternation(data['end_marker_continuations'])})(?![\w'’])", re.IGNORECASE
        ),
        "forward_note": re.compile(
            rf".{{0,150}}(?<![\w'’])(?:{alternation(data['forwarded_things'])})\s"
            rf"(?:{alternation(data['forward_pointers'])})(?![\w'’]).{{0,150}}",
            re.IGNORECASE,
        ),
    }


def _segments(text: str) -> list[str]:
    return [s for s in _SEGMENT_SEP.split(text) if s.strip(" |·•—–")]


def _is_masthead(text: str) -> bool:
    """A line in capitals: a school's, a station's or a paper's name ("LYCÉE POLYVALENT … — VAUNOY-SUR-ERDRE")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_MASTHEAD_LETTERS and len(text.split()) >= 2 and all(c.isupper() for c in letters)


def _is_navigation_bar(text: str, segments: list[str]) -> bool:
    """Links between separators or arrows, at least one a navigation word ("‹ Document précédent | Document
    suivant ›", "| Article suivant | Menu de la rubrique |")."""
    framed = len(segments) >= 2 or bool(_ARROWS.search(text)) or text.startswith("|")
    short = all(len(s.split()) <= MAX_SEGMENT_WORDS for s in segments)
    return framed and short and bool(_res()["navigation"].search(text))


def _ends_on_length(text: str) -> bool:
    """A line ending on a record's length after a date: "Société, lundi 3 février 2020 789 mots"."""
    m = re.search(rf"\s({_COUNT}\s*\S+)$", text)
    return bool(m and _res()["length"].fullmatch(m.group(1).strip()) and dates.stated_dates(text[: m.start()]))


def furniture_rule(line: str) -> str | None:
    """The rule of a line that is document furniture and never a headline, else None."""
    text = line.strip()
    flat = " ".join(text.split())
    res = _res()
    segments = _segments(text)
    if _BRACKETED.search(flat):
        return "navigation"
    if _is_navigation_bar(flat, segments):
        return "navigation"
    if _is_masthead(flat) and len(segments) >= 2:
        return "publisher_boilerplate"  # "RADIO VALLÉE FM · RÉDACTION · JOURNAL DE 8H"
    if len(_FIELD.findall(text)) >= 2 or res["field"].match(flat) or res["part"].match(flat):
        return "publisher_boilerplate"
    if res["source"].fullmatch(flat) or res["search"].fullmatch(flat):
        return "publisher_boilerplate"  # a source line, a search box's label alone ("Rechercher sur ce site")
    if res["counter"].match(flat) and len(flat.split()) <= MAX_COUNTER_WORDS:
        return "publisher_boilerplate"  # a counter alone: "Article 2 sur 5 de cette alerte", "Résultat 3/14"
    if len(segments) >= 2 and any(
        res["counter"].search(s) or res["search"].fullmatch(s.strip()) or res["part"].match(s) for s in segments
    ):
        return "publisher_boilerplate"
    if len(segments) >= 3 and all(len(s.split()) <= MAX_SEGMENT_WORDS for s in segments):
        return "publisher_boilerplate"  # "Sciences économiques et sociales · Terminale ES 2 · M. Rouxel-Dantec"
    if any(res["length"].fullmatch(s.strip()) for s in _LENGTH_SEP.split(flat)) or _ends_on_length(flat):
        return "publisher_boilerplate"  # a record's source or date line: "mercredi 17 avril 2019 · 412 mots"
    if res["issue"].fullmatch(flat):
        return "publisher_boilerplate"  # "Le Courrier, no. 12345", "Économie, mardi 4 février 2020, p. 7"
    if any(dates.is_decoy_dated(s) for s in segments):
        return "publisher_boilerplate"  # a print, fetch or index date: "Imprimé le 05/02/2020 depuis …"
    if len(segments) >= 2 and any(dates.dateline(s)[0] for s in segments):
        return "publisher_boilerplate"  # a masthead and its edition: "Le Courrier — Édition numérique du 22 juin 2018"
    if dates.dateline(flat)[0] or dates.is_bare_date(flat) or dates.is_other_date_field(flat):
        return "publisher_boilerplate"  # "Publié le 3 mars 2020 à 10h", "Mercredi 17 avril 2019", "Date : 14/03/2023"
    return None


def _repeats_a_field_value(line: str, furniture: list[FurnitureLine], text: str) -> bool:
    """A short line repeating the value of a field of the furniture above it ("Télé & People" under "Page 27/40 ·
    Rubrique : Télé & People"): the section's label over the headline, not the headline."""
    flat = " ".join(line.split()).casefold()
    if len(flat.split()) > MAX_SEGMENT_WORDS:
        return False
    for f in furniture:
        for segment in _segments(" ".join(text[f.start : f.end].split())):
            label = _LABEL_OPENING.match(segment.strip())
            if label and segment.strip()[label.end() :].strip().casefold() == flat:
                return True
    return False


def _dated_by_record(text: str, furniture: list[FurnitureLine]) -> list[FurnitureLine]:
    """A record naming its publication ("Publication : …") and no message's sender or subject: its field labelled
    only "Date" is the publication's date, the one line that dates the article (the record's added, modified or
    consulted dates never do)."""
    rows = [" ".join(text[f.start : f.end].split()) for f in furniture]
    res = _res()
    if not any(res["publication_field"].match(r) for r in rows) or any(res["message_field"].match(r) for r in rows):
        return furniture
    if not any(dates.is_other_date_field(r) for r in rows):
        return furniture
    return [replace(f, dates=dates.is_other_date_field(r)) for f, r in zip(furniture, rows, strict=True)]


def _is_other_date_field(line: str) -> bool:
    """A line that is only a date field no publication marker names ("Date : 14/03/2023"): it never dates."""
    return dates.is_other_date_field(" ".join(line.split()))


def reads_as_headline(line: str, min_words: int = MIN_HEADLINE_WORDS) -> bool:
    """A headline's shape: a few words in sentence case, no final full stop or colon, no URL, no separators, no
    words laid out in columns."""
    text = " ".join(line.split())
    words = text.split()
    if not min_words <= len(words) <= MAX_HEADLINE_WORDS or not _OPENING.match(text):
        return False
    if text[-1] in ".:;,|" or _URL.search(text) or _HASHTAG_END.search(text) or len(_segments(line.strip())) > 1:
        return False
    if _COLUMNS.search(line.strip()) or (_LABEL_OPENING.match(text) and _NUMERIC_STAMP.search(text)):
        return False  # "Action : balayée (23/04/2020 07:16:40)": a record's field, stamped, not a headline
    return not _is_masthead(text) and any(c.islower() for c in text) and furniture_rule(line) is None


_LABEL = r"[^\W\d][\w'’ -]{0,30}?\s?:"  # a field's label and its colon
_LABEL_OPENING = re.compile(_LABEL + r"\s")
_NUMERIC_STAMP = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{1,2}:\d{2}\b")


MIN_FIELD_RUN = 3  # consecutive "Label : value" lines: a record's fields (a headline "Brexit : …" stands alone)
MAX_LABEL_WORDS = 4
# "Titre :", "Résumé :", "Titre principal (h1) :": its value on the next line
_BARE_LABEL = re.compile(r"[^\W\d][\w'’ -]{0,30}?(?:\s?\([^()\n]{1,30}\))?\s?:\s*")


def _is_field_line(line: str) -> bool:
    """A "Label : value" line with a short label ("Titre court : Hôpitaux-prisons", "Publication : Actu-Santé")."""
    m = _LABEL_OPENING.match(" ".join(line.split()))
    return m is not None and len(m.group(0).split()) <= MAX_LABEL_WORDS + 1


def _is_record_field(line: str) -> bool:
    """A field line whose label is no headline's topic: a record's label ("Publication", "Source") or a label of
    several words ("Titre court", "Bibliothèque de groupe"); a headline's topic is one word ("Brexit : …")."""
    flat = " ".join(line.split())
    label = _LABEL_OPENING.match(flat)
    if label is None:
        return False
    words = label.group(0).rstrip(" :").split()
    res = _res()
    known = any(res[key].match(flat) for key in ("field", "publication_field", "message_field"))
    return known or len(words) >= 2


def _in_field_run(text: str, line: re.Match[str]) -> bool:
    """A record's field among at least ``MIN_FIELD_RUN`` consecutive field lines (no blank line between them), not
    the value of a bare label above it ("Titre :"): never a headline."""
    if not _is_record_field(line.group(0)):
        return False
    rows = text[: line.start()].split("\n")[-MIN_FIELD_RUN:-1][::-1]  # the lines above, nearest first
    if rows and _BARE_LABEL.fullmatch(rows[0].strip()):
        return False
    above = next((n for n, row in enumerate(rows) if not _is_field_line(row)), len(rows))
    below_rows = text[line.end() :].split("\n")[1:MIN_FIELD_RUN]
    below = next((n for n, row in enumerate(below_rows) if not _is_field_line(row)), len(below_rows))
    return above + 1 + below >= MIN_FIELD_RUN


def _is_masthead_opening(line: str) -> bool:
    """A name in capitals alone or opening a line of segments ("COUPURES & CIE · Service de revue de presse")."""
    flat = " ".join(line.split())
    return _is_masthead(flat) or (len(segments := _segments(flat)) >= 2 and _is_masthead(segments[0].strip()))


MAX_SITE_NAME_WORDS = 5
_SITE_NAME = re.compile(
    rf"[{inline.UPPER}0-9][\w'’&.-]*(?:\s(?:[{inline.UPPER}0-9&][\w'’&.-]*|de|du|des|la|le|les|et|d'\w+|l'\w+)){{0,4}}"
)


def _is_site_name(line: str) -> bool:
    """A site's name: a few capitalised words, no sentence ("Santé Quotidien Info", "Le Fil de l'Ouest")."""
    flat = " ".join(line.split())
    return len(flat.split()) <= MAX_SITE_NAME_WORDS and bool(_SITE_NAME.fullmatch(flat))


def _first_lines(text: str, start: int, n: int) -> list[re.Match[str]]:
    """The first ``n`` non-blank lines from ``start``."""
    return list(islice(_LINE.finditer(text, start), n))


def _forward_frame(text: str, start: int) -> list[FurnitureLine]:
    """A forwarder's note above the separator opening the forwarded article ("Bonjour, je fais suivre l'article
    ci-dessous …" / "---------- Texte de l'article ----------"), among the first lines: the note's lines and the
    separator, when more words stand under the separator than above it (not a reply quoting its original). With no
    separator, a note announcing the article under it ("je vous transmets l'article ci-dessous") and its signature
    close the frame."""
    first = _first_lines(text, start, MAX_FORWARD_FRAME_LINES)
    plains = [inline.plain(m.group(0)).strip() for m in first]
    end = next((i for i, p in enumerate(plains) if patterns.fullmatch_any("forward_separators.txt", p)), None)
    if end is None:
        note = _res()["forward_note"]
        end = next((i for i, p in enumerate(plains) if len(p.split()) <= MAX_NOTE_WORDS and note.fullmatch(p)), None)
        while end is not None and end + 1 < len(first) and _is_signature(first[end + 1].group(0)):
            if text.count("\n", first[end].end(), first[end + 1].start()) > 1:
                break  # the signature stands right under the note
            end += 1
    if end is None:
        return []
    lines = first[: end + 1]
    if len(text[lines[-1].end() :].split()) <= sum(len(line.group(0).split()) for line in lines):
        return []
    return [FurnitureLine(line.start(), line.end(), "publisher_boilerplate", dates=False) for line in lines]


MAX_NOTE_WORDS = 40
_SIGNATURE = re.compile(rf"[{inline.UPPER}][\w'’-]*(?:\s[{inline.UPPER}][\w'’-]*\.?){{0,2}}")


def _is_signature(line: str) -> bool:
    """A short name closing a note: capitalised words, an initial at most ("Solène", "Jean-Paul M.")."""
    return bool(_SIGNATURE.fullmatch(line.strip()))


def _opens_on_date_header(line: str) -> bool:
    """A source's ``date …`` header with the headline on the same line (under a program's furniture)."""
    if dates.opens_on_date_field(" ".join(line.split())):
        return False  # "Date : 16/09/2019   Nombre de pages : 3": a form's field, not the source's header
    header = dates.parse_header(line)
    return bool(header and header.date.value and reads_as_headline(line[header.end :]))


MAX_NOTES_ABOVE_TITLE = 3  # a re-poster's note, a button, a label skipped inside the furniture
MIN_TEXT_WORDS = 10  # a line under a headline this long, ending a sentence, is the article's text


def _text_follows(text: str, title_end: int) -> bool:
    """Whether the article's standfirst or text (a sentence of some length, past a record's fields) stands among
    the lines under a headline: what makes it the article's title and not a line of a note or of the furniture."""
    for n, m in enumerate(_LINE.finditer(text, title_end)):
        if n >= MAX_LINES_UNDER_TITLE:
            break
        if len(m.group(0).split()) >= MIN_TEXT_WORDS and _SENTENCE_END.search(m.group(0)):
            return True
    return False


def _above_title_rule(line: str, shown: tuple[embedded.Family, ...]) -> str | None:
    """The rule of a line that may stand above any title (a record's or a search page's field, a line of the
    embedded document's kind, an email's header field or greeting, a breadcrumb), or None."""
    return furniture_rule(line) or embedded.furniture_rule(line, shown) or blocks.leading_furniture(line)


def _labels_the_next_line(line: str) -> bool:
    """A short line ending on a colon, no sentence: a program's label over its value ("Paragraphe (p.chapo) — ⚠
    contraste insuffisant :")."""
    return line.rstrip().endswith(":") and len(line.split()) <= MAX_FRAME_LINE_WORDS and not _is_text_line(line)


def choose(
    text: str, start: int, shown: tuple[embedded.Family, ...], line_paragraphs: bool = False
) -> TitleChoice | None:
    """Furniture lines from ``start`` and the headline under them, or None when the first line is no furniture or
    no line reading as a headline (alone in its paragraph, or above more furniture) follows them: the first line
    then stays the title. ``shown``: the kinds of document the article is embedded in (``embedded.kinds``);
    ``line_paragraphs``: a layout program's export, one paragraph a line (a headline over its text line)."""
    furniture = _forward_frame(text, start)
    pos = furniture[-1].end if furniture else start
    notes, skipped = 0, False  # lines skipped that no furniture rule names: the headline must have text under it
    while len(furniture) <= MAX_FURNITURE_LINES and (m := _LINE.search(text, pos)):
        line = m.group(0)
        if furniture and _opens_on_date_header(line):
            return TitleChoice(tuple(furniture), m.start(), m.end())  # a date header under the program's furniture
        rule = _above_title_rule(line, shown)
        below = _LINE.search(text, m.end())
        if rule is None and _is_masthead_opening(m.group(0)) and below and _above_title_rule(below.group(0), shown):
            rule = "publisher_boilerplate"  # a name in capitals above more furniture (a title in capitals is alone)
        if rule is None and _in_field_run(text, m):
            rule = "publisher_boilerplate"  # one of a record's fields ("Titre court : …", "Publication : …")
        site = shown and below and _is_site_name(line) and _PARAGRAPH_END.match(text, m.end()) is None
        if (
            rule is None
            and site
            and (
                embedded.furniture_rule(below.group(0), shown)
                or blocks.leading_furniture(below.group(0))
                or furniture_rule(below.group(0)) == "navigation"
            )
        ):
            rule = "publisher_boilerplate"  # an embedded page's site name on the line over its menu
        undated = embedded.undated(line, shown) or _is_other_date_field(line)
        if rule is None and furniture and _repeats_a_field_value(line, furniture, text):
            rule = "navigation"
        if rule is None and furniture and below and _BARE_LABEL.fullmatch(below.group(0).strip()):
            value = _LINE.search(text, below.end())  # a section's heading over a label, the headline its value
            rule = "publisher_boilerplate" if value and reads_as_headline(value.group(0)) else None
        if rule is None and furniture and _BARE_LABEL.fullmatch(line.strip()) and below:
            rule = "publisher_boilerplate"  # "Titre principal (h1) :" over the headline
        if rule is None:
            alone = (
                _PARAGRAPH_END.match(text, m.end()) is not None
                or furniture_rule(below.group(0)) is not None
                or (line_paragraphs and _is_text_line(below.group(0)))
                or _labels_the_next_line(below.group(0))
            )
            if furniture and alone and reads_as_headline(m.group(0)) and (not skipped or _text_follows(text, m.end())):
                furniture = _dated_by_record(text, furniture)
                return TitleChoice(tuple(furniture), m.start(), m.end(), reposted=notes > 0)
            if not furniture and below and not reads_as_headline(line) and _above_title_rule(below.group(0), shown):
                rule, skipped = "publisher_boilerplate", True  # a program's or a site's name above its furniture
            elif furniture and notes < MAX_NOTES_ABOVE_TITLE and not reads_as_headline(line):
                notes, skipped = notes + 1, True  # a re-poster's note, a button, a label: only above a headline
                # Its own words may state the article's publication ("🧵 Article paru le 04/09/2019, recopié …").
                rule, undated = "publisher_boilerplate", dates.record_line_date(line) is None
                # The dates above a re-poster's note are the re-post's (its post date), never the article's.
                furniture = [replace(f, dates=False) for f in furniture]
            else:
                return None
        furniture.append(FurnitureLine(m.start(), m.end(), rule, dates=not undated))
        pos = m.end()
    return None


_SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")

MAX_LINES_OVER_TEXT = 10  # a page's or an app's header lines above the headline, and the lines under it
MAX_FRAME_LINE_WORDS = 20  # a longer line before the text is a sentence of it, no header line
MIN_OVER_TEXT_HEADLINE_WORDS = 5  # a label in a headline's shape is shorter ("Tous les articles")
MAX_SENTENCE_FREE_WORDS = 3  # a longer header line ending on a full stop is furniture ("Publié le 3 mars 2020.")


def _is_text_line(line: str) -> bool:
    """A line of the article's standfirst or text: a sentence of some length."""
    return len(line.split()) >= MIN_TEXT_WORDS and bool(_SENTENCE_END.search(line))


def _is_long(line: str) -> bool:
    """A line longer than any headline: a paragraph of text."""
    return len(line.split()) > MAX_HEADLINE_WORDS


def _is_sentence_line(line: str) -> bool:
    """A line of a few words ending as a sentence ends (a header line this long is furniture: "Publié le 3 mars
    2020.")."""
    return len(line.split()) > MAX_SENTENCE_FREE_WORDS and bool(_SENTENCE_END.search(line))


def _is_caps_title(text: str, line: re.Match[str]) -> bool:
    """A headline written in capitals, alone in its paragraph ("MACRON ANNONCE LA FIN DU MASQUE")."""
    flat = " ".join(line.group(0).split())
    alone = _PARAGRAPH_END.match(text, line.end()) is not None
    return alone and _is_masthead(flat) and len(flat.split()) >= MIN_HEADLINE_WORDS + 1


def _is_short_headline(line: str) -> bool:
    """A headline's shape, two words allowed ("Le titre", "Brexit évité"): a first line that stays the title."""
    return reads_as_headline(line, MIN_SHORT_HEADLINE_WORDS)


def headline_over_text(text: str, start: int, shown: tuple[embedded.Family, ...]) -> TitleChoice | None:
    """When the first line reads as no headline (an app's or a tool's name, a masthead, a page header, a notice),
    the headline is among the short lines right above the article's first sentence: the first line reading as one
    (no site's name, byline or date) of a headline's length, else the last one; the lines above it are furniture.
    None when the first line reads as a headline, is a title in capitals, or no such short frame stands above the
    text."""
    lines: list[re.Match[str]] = []
    for m in _LINE.finditer(text, start):
        if _is_text_line(m.group(0)) and not reads_as_headline(m.group(0)):  # a headline may close on a quotation
            break
        if len(lines) >= MAX_LINES_OVER_TEXT or len(m.group(0).split()) > MAX_FRAME_LINE_WORDS:
            return None
        if _is_sentence_line(m.group(0)) and furniture_rule(m.group(0)) is None:
            return None  # a sentence before the text: the first lines are the text's, no header
        lines.append(m)
    else:
        return None
    if not lines or _is_short_headline(lines[0].group(0)) or _is_caps_title(text, lines[0]):
        return None
    found = [i for i, m in enumerate(lines) if i and _over_text_headline(m.group(0), shown)]
    if not found:
        return None
    # The first one of a headline's length (an app's or a page's label is shorter), else the last (under the labels).
    at = next((i for i in found if len(lines[i].group(0).split()) >= MIN_OVER_TEXT_HEADLINE_WORDS), found[-1])
    return TitleChoice(_frame_lines(lines[:at], shown), lines[at].start(), lines[at].end())


def _frame_lines(
    lines: list[re.Match[str]], shown: tuple[embedded.Family, ...], dated: bool = True
) -> tuple[FurnitureLine, ...]:
    """The header lines framing a headline as furniture, each with the rule that names it (``dated``: whether
    their dates may date the article)."""
    return tuple(
        FurnitureLine(
            m.start(),
            m.end(),
            _above_title_rule(m.group(0), shown) or "publisher_boilerplate",
            dated and not _is_other_date_field(m.group(0)),
        )
        for m in lines
    )


MAX_LINES_ABOVE_DATE_HEADER = 30  # a fax's or an app's cover, a book's front matter and contents


def _is_prose(line: str) -> bool:
    """A line of text, no header line: a sentence of a few words, or longer than any headline."""
    return _is_long(line) or _is_sentence_line(line)


def date_header_under_frame(text: str, start: int, shown: tuple[embedded.Family, ...]) -> TitleChoice | None:
    """A source's ``date …`` header line opening on the headline, found under a few lines that are no prose (a
    capture's header, a page's number line, a rule): everything above it is furniture, and its headline is the
    title (the header dates the article, never the furniture's capture or page dates); a cover's short note or
    notice ("Ce message est confidentiel.") among its fields is furniture too. None when the first line holds the
    header, or sentences as many as the other lines, a paragraph longer than a headline or too many lines stand
    above it."""
    lines: list[re.Match[str]] = []
    for m in _LINE.finditer(text, start):
        if _opens_on_date_header(m.group(0)):
            prose = sum(_is_prose(line.group(0)) for line in lines)
            if not lines or prose * 2 >= len(lines):
                return None  # sentences stand above on their own, not a cover's note among its fields
            return TitleChoice(_frame_lines(lines, shown, dated=False), m.start(), m.end())
        if len(lines) >= MAX_LINES_ABOVE_DATE_HEADER or _is_long(m.group(0)):
            return None  # an article's paragraph stands above: the line is no header of this text
        lines.append(m)
    return None


def _over_text_headline(line: str, shown: tuple[embedded.Family, ...]) -> bool:
    """A line that may be the headline above the text: a headline's shape, no furniture (a breadcrumb), no site's
    name or byline, no date."""
    if not reads_as_headline(line) or _above_title_rule(line, shown) is not None:
        return False
    return not _is_site_name(line) and not dates.stated_dates(line)


def furniture_under(text: str, title_end: int) -> list[str]:
    """The furniture lines right under the title (a record's fields, its source and date line), up to the first
    line long enough to be the text."""
    found = []
    for n, m in enumerate(_LINE.finditer(text, title_end)):
        line = m.group(0)
        if n >= MAX_LINES_UNDER_TITLE or len(line.split()) > MAX_RECORD_LINE_WORDS:
            break
        if furniture_rule(line):
            if not _is_other_date_field(line):
                found.append(line)
        elif _SENTENCE_END.search(line):
            break  # the standfirst or the text
    return found


MAX_LINES_ABOVE_PROSE = 40  # a program's page, a record, a note above a pasted article
MAX_LINES_BETWEEN_HEADLINE_AND_PROSE = 3  # its dateline, byline or date under the headline


MIN_PROSE_PARAGRAPH_WORDS = 60  # a paragraph this long is the text, never a note above it
_BLANKS = re.compile(r"[ \t\r]+")


def _is_mark(line: str) -> bool:
    """A bracketed mark or a known furniture line between two paragraphs of text ("[p. 212 de l'édition
    imprimée]", a page's folio): the text goes on under it."""
    return bool(_BRACKETED.match(line.strip())) or _known_furniture(line)


def _prose_start(lines: list[re.Match[str]]) -> int | None:
    """The index of the article's first prose line: a text line (no headline: a quotation may close one) whose next
    line is text too (past a mark between them), or a paragraph longer than any note (a note above a pasted article
    is one sentence)."""
    note = False  # in a message's paragraph opened by a greeting ("Bonjour à tous,"): a note above the article
    for i, m in enumerate(lines):
        line = m.group(0)
        if i == 0 or "\n\n" in _BLANKS.sub("", m.string[lines[i - 1].end() : m.start()]):
            note = patterns.fullmatch_any("email.txt", line.strip())
        if note or not _is_text_line(line) or reads_as_headline(line):
            continue
        after = next((m.group(0) for m in lines[i + 1 : i + 3] if not _is_mark(m.group(0))), "")
        if len(line.split()) >= MIN_PROSE_PARAGRAPH_WORDS or _is_text_line(after) or _is_long(after):
            return i
    return None


MIN_HEADER_BLOCK_LINES = 3


def _opens_header_block(text: str, first: re.Match[str]) -> bool:
    """A first line opening a block of short lines with no blank line between them and no text among them, some of
    them no furniture the rules know (a document's heading over its date and fields), not a headline over its
    byline, dateline, reading time or sharing buttons, nor over its standfirst."""
    block = text[first.start() : (m.start() if (m := _PARAGRAPH_END.search(text, first.end())) else len(text))]
    rows = [row for row in block.split("\n") if row.strip()]
    if len(rows) < MIN_HEADER_BLOCK_LINES or any(_is_text_line(row) for row in rows[1:MIN_HEADER_BLOCK_LINES]):
        return False
    return any(not _known_furniture(row) for row in rows[1:])


def _known_furniture(line: str) -> bool:
    """A line the title's or the paragraph rules remove (a byline, a dateline, a reading time, sharing buttons)."""
    return furniture_rule(line) is not None or blocks.classify(line.strip(), blocks.Found()) is not None


def headline_above_prose(text: str, start: int, shown: tuple[embedded.Family, ...]) -> TitleChoice | None:
    """When the first line is a program's, a site's or a document's own (it reads as no headline, or a furniture
    rule names it) and no other reading found the title: the headline is the headline-shaped line alone in its
    paragraph right above the article's prose (past its dateline or byline), and every line above it is furniture."""
    first = _LINE.search(text, start)
    if first is None or _is_caps_title(text, first):
        return None
    headline = reads_as_headline(first.group(0)) and _above_title_rule(first.group(0), shown) is None
    if headline and not _opens_header_block(text, first):
        return None
    lines = _first_lines(text, start, MAX_LINES_ABOVE_PROSE + MAX_LINES_BETWEEN_HEADLINE_AND_PROSE + 1)
    prose = _prose_start(lines)
    if prose is None:
        return None
    found = _headline_above(text, lines, prose, shown)
    # The first prose is the frame's own (an exam's instructions, a leaflet's call): the headline may stand over a
    # later paragraph of prose, so long as most lines above it are no prose (a document's fields, marks and lists,
    # never an article's paragraphs and a sub-heading).
    while found is None and (prose := _next_prose_start(text, lines, prose)) is not None:
        found = _headline_above(text, lines, prose, shown)
        if found is not None:
            above = [m.group(0) for m in lines if m.end() <= found.start]
            if sum(map(_is_prose, above)) * 2 > len(above):
                return None
    return found


def _headline_above(
    text: str, lines: list[re.Match[str]], prose: int, shown: tuple[embedded.Family, ...]
) -> TitleChoice | None:
    """The headline-shaped line alone in its paragraph right above the prose line ``prose`` (past its dateline or
    byline), the lines above it furniture; or None."""
    for at in range(prose - 1, max(0, prose - 1 - MAX_LINES_BETWEEN_HEADLINE_AND_PROSE), -1):
        line = lines[at]
        if _above_title_rule(line.group(0), shown) is not None or _known_furniture(line.group(0)):
            continue  # "Publié le …", a byline's or a record's line under the headline
        alone = _PARAGRAPH_END.match(text, line.end()) is not None or at + 1 < prose
        if at == 0 or not alone or not reads_as_headline(line.group(0)) or dates.stated_dates(line.group(0)):
            return None
        return TitleChoice(_frame_lines(lines[:at], shown), line.start(), line.end())
    return None


def _next_prose_start(text: str, lines: list[re.Match[str]], prose: int) -> int | None:
    """The first prose line of the next paragraph after the one holding line ``prose``, or None."""
    for i in range(prose + 1, len(lines)):
        if "\n\n" not in _BLANKS.sub("", text[lines[i - 1].end() : lines[i].start()]):
            continue  # the same paragraph
        later = _prose_start(lines[i:])
        return None if later is None else i + later
    return None


MAX_HEADER_BLOCK_LINES = 40  # a document's heading, fields and notes run without a blank line above the headline
MIN_FRAME_EVIDENCE_LINES = 2  # sentences, fields or known furniture lines: a document's frame, no headline's kicker


def headline_closing_header_block(text: str, start: int, shown: tuple[embedded.Family, ...]) -> TitleChoice | None:
    """A document opening on a block of lines run together (its heading, fields and notes: a council's minutes,
    a register's entry) whose last line reads as a headline, right above the article's prose: that line is the
    headline and the block's other lines are furniture. None when the block opens on a headline, fewer than two
    lines above the last are sentences, a record's fields or known furniture (a kicker or a dateline over a headline
    and its subtitle), or no prose follows."""
    end = _PARAGRAPH_END.search(text, start)
    if end is None or end.end() >= len(text):
        return None
    matches = list(_LINE.finditer(text, start, end.start()))
    lines = [m.group(0) for m in matches]
    if not MIN_HEADER_BLOCK_LINES <= len(lines) <= MAX_HEADER_BLOCK_LINES:
        return None
    if reads_as_headline(lines[0]) and _above_title_rule(lines[0], shown) is None:
        return None  # the headline over its standfirst and a caption
    frame = sum(
        not reads_as_headline(line) and (_is_prose(line) or _is_record_field(line) or _known_furniture(line))
        for line in lines[:-1]
    )
    if not _over_text_headline(lines[-1], shown) or frame < MIN_FRAME_EVIDENCE_LINES:
        return None  # a kicker or a dateline over a headline and its subtitle
    after = _LINE.search(text, end.end())
    if after is None or not (_is_text_line(after.group(0)) or _is_long(after.group(0))):
        return None
    return TitleChoice(_frame_lines(matches[:-1], shown), matches[-1].start(), matches[-1].end())


# A rule line: a run of one rule character, ASCII or box-drawing, its marks touching or spaced ("- - - - - - - -"),
# maybe labelled ("~~~~~~~~ fin de l'article reproduit").
_RULE_LINE = re.compile(r"(?m)^[ \t]*([-=~_*#+─━═▬—])(?: ?\1){7,}[^\n]*$")


MAX_END_MARKER_WORDS = 16  # "[Fin du stimulus — temps de lecture enregistré dans la variable T_STIM (en secondes)]"


def closing_rule(text: str, start: int, title_start: int, title_end: int) -> int | None:
    """Where a pasted article ends and its frame goes on: the first line under the title saying so ("—— fin de
    l'œuvre présentée ——"), or, when the frame opens a rule line above the headline (a leaflet's, a memo's), the
    first rule line under it; only under a frame above the headline, and when fewer words follow that line than
    stand between the title and it (an article's own "=== Fin de l'article 1/2 ===" ends nothing)."""
    if not text[start:title_start].strip():
        return None
    marker = next(
        (
            m
            for m in _LINE.finditer(text, title_end)
            if len(m.group(0).split()) <= MAX_END_MARKER_WORDS
            and _res()["end_marker"].match(m.group(0))
            and not _res()["continuation"].search(m.group(0))  # "[Fin de la page 1 · page 2 ci-dessous]"
        ),
        None,
    )
    rule = _RULE_LINE.search(text, title_end) if _RULE_LINE.search(text, start, title_start) else None
    closing = min((m for m in (marker, rule) if m is not None), key=lambda m: m.start(), default=None)
    if closing is None or len(text[closing.end() :].split()) >= len(text[title_end : closing.start()].split()):
        return None
    return closing.start()


# A label announcing the title: "Titre :", "Titre principal (h1) :", "Capture n° 1 (…) — en-tête de la page et titre :".
_TITLE_LABEL = re.compile(r"(?:.*\W)?(?:titre|title|headline)(?:\s[\w'’-]+){0,2}\s?(?:\([^()\n]{1,30}\))?\s?:", re.I)
MAX_LINES_ABOVE_TITLE_LABEL = 60
MAX_TITLE_LABEL_WORDS = 4  # "Titre de l'article :" before the headline on its line
# A label naming the article's own title at the start of the headline's line ("Titre de l'article : …", not
# "Titre de séjour : …", a headline's topic).
_OWN_TITLE_LABEL = re.compile(
    r"(?:titre|title|headline)(?:\s(?:de\sl'article|du\sdocument|de\sla\spage|principal|original|\(h1\)))?\s?:\s",
    re.IGNORECASE,
)


def headline_under_title_label(text: str, start: int, shown: tuple[embedded.Family, ...]) -> TitleChoice | None:
    """When the first line reads as no headline and no other reading found the title: the line reading as a
    headline under a label announcing the title, every line above it furniture (a certification's preamble, a
    report's findings)."""
    lines = _first_lines(text, start, MAX_LINES_ABOVE_TITLE_LABEL + 1)
    if not lines or reads_as_headline(lines[0].group(0)):
        return None
    for i, (label, head) in enumerate(pairwise(lines)):
        short = len(label.group(0).split()) <= MAX_FRAME_LINE_WORDS
        if short and _TITLE_LABEL.fullmatch(label.group(0).strip()) and reads_as_headline(head.group(0)):
            return TitleChoice(_frame_lines(lines[: i + 1], shown), head.start(), head.end())
    for i, line in enumerate(lines):  # "Titre de l'article : « Gilets jaunes », transition énergétique : …"
        labelled = _TITLE_LABEL.match(line.group(0))
        if labelled and len(labelled.group(0).split()) <= MAX_TITLE_LABEL_WORDS:
            value = line.group(0)[labelled.end() :]
            start = line.start() + labelled.end() + len(value) - len(value.lstrip())
            if reads_as_headline(value.strip()):
                label = FurnitureLine(line.start(), start, "publisher_boilerplate")
                return TitleChoice((*_frame_lines(lines[:i], shown), label), start, line.end())
    return None


def title_label_end(text: str, start: int, end: int) -> int | None:
    """Where the headline starts on a title line opening on a label announcing it ("Titre de l'article : …"), or
    None."""
    labelled = _OWN_TITLE_LABEL.match(text, start, end)
    if labelled is None:
        return None
    value = text[labelled.end() : end]
    return end - len(value.lstrip()) if reads_as_headline(value.strip()) else None


def later_headline(found: TitleChoice | None, above_prose: TitleChoice | None) -> TitleChoice | None:
    """The headline found in the document's furniture, unless the headline right above the article's prose stands
    lower (the first pick was a line of the frame: "Titre de la conversation : …" over a model's line)."""
    if found is None or (above_prose is not None and above_prose.start > found.start):
        return above_prose or found
    return found
