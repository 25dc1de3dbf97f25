"""Paragraph rules: whole paragraphs that are publisher noise, and the repeated or heading-like ones."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from pipeline.core import dates
from pipeline.core.cleaning import inline, patterns
from pipeline.core.cleaning.inline import LOWER, SENTENCE_END, UPPER
from pipeline.core.cleaning.spans import Block
from pipeline.core.records import PublicationDate

MAX_NOISE_WORDS = 40  # a paragraph rule never removes a longer paragraph
MAX_SUBHEADING_WORDS = 14
MAX_HEADLINE_WORDS = 30
MIN_DUPLICATE_WORDS = 6

_DASH_HEADING = re.compile(r"[-–—]\s*[^\n.!?]{2,90}?[?!]?\s*[-–—]")
# A bare URL, or one after its label ("Source : …", "Article original : https://…/2015/05/11/…", "Lire l'article sur
# le site : https://…": the page itself).
_URL_ONLY = re.compile(
    r"(?i)(?:(?:source|lien|url|link|(?:article|lien|source) (?:original|d'origine|initial)e?"
    r"|(?:lire|voir|retrouvez|consulter) (?:l'article|cet article|la suite)(?: complet| en entier)?"
    r"(?: sur (?:le|notre) site(?: web| internet)?| en ligne| sur le web| sur [\w.-]+\.[a-z]{2,4})?)\s*:?\s*)?"
    r"<?(?:https?://|www\.)\S+?>?"
)
# A text-mode browser's list of the page's links ("References" then "1. https://…", "12. file:///…").
_NUMBERED_URL = re.compile(r"\d{1,3}\.\s+(?:https?://|www\.|file:///)\S+")
# "## Une mise en ligne reportée": a heading in Markdown (hashes, a space, a title; not a "#hashtag").
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+\S.*")
# Markdown around a line's words: a link "[text](url)" keeps its text; emphasis stars and underscores, a quote's
# "> ", and arrows or a pin pictogram before a link are furniture. A line left empty was markup only ("---", "**").
_MD_LINK = re.compile(r"\[([^\[\]\n]*)\]\(\s*<?(?:https?://|/)[^()\s]*>?\s*\)")
_MD_FURNITURE = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|^\s*>\s*|[←→📌👉]\ufe0f?|^[-=*_]{3,}$")
# The page's own URL printed at the end of a widget line ("Partager · Tweeter · Envoyer par e-mail https://…").
_TRAILING_URL = re.compile(r"\s+(?:https?://|www\.)\S+$")
_WORD = re.compile(r"[\w'-]+")
_CLITIC_VERB = re.compile(r"(?i)\b(?:s|n|j|qu|c|m|t)'")
_VERBISH = frozenset(
    {"est", "sont", "a", "ont", "était", "étaient", "sera", "seront", "fait", "font", "dit"}
    | {"il", "elle", "ils", "elles", "nous", "vous", "je", "on", "se", "ne", "pas", "qui", "que"}
    | {"is", "are", "was", "were", "has", "have", "i", "we", "you", "he", "she", "they"}
)
_LIST_ITEM = re.compile(r"[-•*▪◦·]|\d+[.)]\s")
_TERMINAL = re.compile(rf"[{SENTENCE_END}:;,]\W*$|[{SENTENCE_END}:;,][»”\"']$")
_STARTS_LIKE_TEXT = re.compile(rf"[\"«“]?\s?[{UPPER}0-9]")
# A quotation followed by its attribution is a sentence, not a heading.
_ATTRIBUTION = re.compile(
    r"(?i)-t-(?:il|elle|ils|elles|on)\b|[\"»”]\s*,|,\s*(?:a|ont|avait|selon|dit|explique|affirme|estime|"
    r"souligne|déclare|indique|assure|ajoute|précise|insiste|confie|raconte)\b"
)
_SENTENCE_THEN_ASIDE = re.compile(rf"[{SENTENCE_END}][»”\"']?\s*\([^()]*\)$")
# A sentence of the text before a glued heading ("Les cantines rouvrent.+ Masques obligatoires au lycée", "Voici les
# noms :- Amy Coney Barrett"): a full stop after a word, or a colon before a list's marker, then more text.
_SENTENCE_INSIDE = re.compile(rf"[^\W\d][»”\"]?[{SENTENCE_END}][»”\"']?\s*[{UPPER}0-9+•-]|:\s*[-–—•+]")
_SOCIAL_TRACE = re.compile(r"pic\.twitter\.com|t\.co/|#\w|@\w|https?://")


@dataclass(slots=True)
class Paragraph:
    """A body paragraph candidate: its block, rendered text, and the rule that drops it (if any)."""

    block: Block
    text: str
    drop: str | None = None

    @property
    def n_words(self) -> int:
        return len(self.text.split())


@dataclass(slots=True)
class Found:
    """Dates stated by dropped paragraphs: a publication line, the article's own URL, a bare dated line."""

    text_date: PublicationDate | None = None
    url_date: PublicationDate | None = None
    near_date: PublicationDate | None = None  # a bare date under the title or next to the author widget


@cache
def _agency_line() -> re.Pattern[str]:
    # "AFP", "(Avec AFP)", "- Reuters", "Le Parisien avec AFP".
    media = rf"(?![Pp]ar\s)[{UPPER}][\w'.-]*(?:\s[\w'.-]+){{0,3}}\s(?=avec\s)"
    return re.compile(rf"(?i)\(?(?:{media})?(?:{patterns.AGENCY_LEAD}|[-–—] ?)?{patterns.agencies()}\)?\.?")


# A breadcrumb: "Accueil › Actualités › France", "Actu > Monde > Europe > Italie" (short items between separators).
_CRUMB_SEP = re.compile(r"\s+[›>»/|]\s+")
_HOME = re.compile(r"(?i)(?:accueil|home|actu|actus|actualités?|infos?|news|à la une)")
MAX_CRUMB_WORDS = 5


_CRUMB_ARROW = re.compile(r"\s+[›>»]\s+")


_SECTION_PAIR = re.compile(rf"[{UPPER}][^\d›>«»\"“”]{{0,40}}\s[›>]\s[{UPPER}][^\d›>«»\"“”]{{0,40}}")


def _is_section_pair(text: str) -> bool:
    """A section and its sub-section joined by an arrow, both capitalised, no number ("Politique › Gouvernement")."""
    return bool(_SECTION_PAIR.fullmatch(text))


def is_breadcrumb(text: str) -> bool:
    """Short page sections between separators, from the home page ("Accueil › …") or three levels deep; from the
    home page with arrows, the last item may be the article's own title ("Accueil › France › Le titre …")."""
    items = _CRUMB_SEP.split(text.strip())
    if len(items) < 2 or any(not i or len(i.split()) > MAX_CRUMB_WORDS or i[-1] in ".:!?," for i in items[:-1]):
        return False
    home = bool(_HOME.fullmatch(items[0]))
    if len(items[-1].split()) <= MAX_CRUMB_WORDS and items[-1][-1] not in ".:!?,":
        return home or len(items) >= 3 or _is_section_pair(text.strip())
    arrows = _CRUMB_ARROW.split(text.strip())
    return home and len(arrows) == len(items) and len(items[-1].split()) <= MAX_SUBHEADING_WORDS


def crumb_title(text: str) -> str | None:
    """The last item of a breadcrumb when it is longer than a section name (the article's own title)."""
    text = inline.plain(inline.without_markup(text)).strip()
    items = _CRUMB_SEP.split(text)
    return items[-1] if is_breadcrumb(text) and len(items[-1].split()) > MAX_CRUMB_WORDS else None


def crumb_title_offset(text: str) -> int:
    """Where the last item of a breadcrumb starts in the raw line (after its last separator)."""
    seps = list(_CRUMB_ARROW.finditer(text))
    return seps[-1].end() if seps else 0


# A site's menu or a footer's navigation row: short items joined by separators ("Accueil · Actualité · Contact",
# "LA LETTRE DU FIL · n° 312 · Édition du vendredi"), or words around a menu glyph ("☰ Menu Accueil Sports ▾").
_ROW_SEP = re.compile(r"\s+[|•·›/▸»—–▪■◆♦●◾]\s+|\t+|\s{3,}")
# A square or diamond between items never joins words of a sentence: two items make a row ("ACTUALITÉ ▪ FRANCE").
_GLYPH_SEP = re.compile(r"\s[▪■◆♦●◾]\s")
_MENU_GLYPH = re.compile(r"[☰≡▾▼⌄⋮]")
_ITEM_START = re.compile(rf"(?:[{UPPER}0-9]|n°|[^\w\s\"«“'(])")
_NO_ITEM = re.compile(r"[.!?,;:«»\"“”]$|[«»\"“”]|https?://|www\.")  # no sentence, quotation or link
MAX_ROW_ITEM_WORDS = 5
MAX_TITLED_ITEM_WORDS = 10  # the live blog's or newsletter's name next to its label ("🔴 EN DIRECT · Le fil …")
MAX_MENU_WORDS = 30


def is_menu_row(text: str) -> bool:
    """A navigation or masthead row: no sentence in it, only short capitalised items between separators, three or
    more of them, or fewer next to an item of furniture ("La Gazette — Édition abonnés")."""
    if len(text.split()) > MAX_MENU_WORDS:
        return False
    if _MENU_GLYPH.search(text):
        words = _MENU_GLYPH.sub(" ", text).split()
        capitalised = sum(bool(re.match(f"[{UPPER}]", w)) for w in words)
        return len(words) >= 3 and not re.search(r"[.!?,;«»\"“”]", text) and capitalised >= 0.6 * len(words)
    items = [i.strip() for i in _ROW_SEP.split(text.strip())]
    if len(items) < 2 or any(not i or not _ITEM_START.match(i) or _NO_ITEM.search(i) for i in items):
        return False
    furniture = [_classify(i, Found()) is not None for i in items]
    plain = [len(i.split()) for f, i in zip(furniture, items, strict=True) if not f]
    short = all(n <= MAX_ROW_ITEM_WORDS for n in plain)
    if any(furniture):
        return short or (len(plain) == 1 and plain[0] <= MAX_TITLED_ITEM_WORDS)
    return (len(items) >= 3 or bool(_GLYPH_SEP.search(text))) and short


def is_counter_row(text: str) -> bool:
    """A row of pictograms and numbers with no word ("👍 124  💬 38  🔁 12", "♥ 3 · ↗ 12"): a widget's counters."""
    return (
        not any(c.isalpha() for c in text)
        and any(c.isdigit() for c in text)
        and any(unicodedata.category(c) == "So" and c not in "°℃" for c in text)  # "35°" is a temperature
    )


def is_symbol_row(text: str) -> bool:
    """A line with no letter in it ("…/…", "· 1 ·", "( 7 )"): a print folio, a jump mark, a separator."""
    return not any(c.isalpha() for c in text) and any(not c.isspace() for c in text)


# Pictograms that lead a line of furniture: arrows, geometric shapes, dingbats, emoji ("▶ 04:18 · Titre", "⤷ Message
# transféré depuis : …", "🎬 Nos vidéos", "👁 12,7 k · modifié"); not a bullet, dash or quotation mark.
_PICTOGRAM = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff"
_PICTOGRAM_LEAD = re.compile(rf"(?:[{_PICTOGRAM}][\ufe0f\u200d]?\s*)+")
_PICTOGRAM_END = re.compile(rf"[{_PICTOGRAM}][\ufe0f\u200d]?$")
# A playlist's item: a duration then the video's title ("04:18 · RIP sur ADP : mode d'emploi …").
_DURATION_LEAD = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*[·•|—–-]\s")
_CHANNEL_LINK = re.compile(r"(?i)\b(?:t\.me|wa\.me|chat\.whatsapp\.com|discord\.gg)/|https?://|www\.")
MAX_PICTOGRAM_LABEL_WORDS = 6
_BULLETS = "►▶▸▪■◆♦●◾"


def pictogram_rule(text: str, found: Found) -> str | None:
    """A line opened by a pictogram, as apps and channels lay out their furniture: what follows the pictogram is
    furniture, a playlist item, a short label with no final punctuation, or a line closed by a pictogram too or
    holding a channel's link (an admin's note, a join prompt); a sentence after a pictogram stays."""
    lead = _PICTOGRAM_LEAD.match(text)
    rest = text[lead.end() :].strip() if lead else text
    if not rest:
        return "publisher_boilerplate"
    rule = _classify(rest, found)
    if rule:
        return rule
    if _DURATION_LEAD.match(rest):
        return "video_embed"
    # A list's bullet ("► 1999 : Rachid Arhab", a timeline's entry) may lead a short line of the text.
    if len(rest.split()) <= MAX_PICTOGRAM_LABEL_WORDS and not _TERMINAL.search(rest) and text[0] not in _BULLETS:
        return "navigation"
    if _PICTOGRAM_END.search(rest) or _CHANNEL_LINK.search(rest):
        return "social_embed"
    return None


# A legal footer's items: "Le Fil Mécanique SAS – 14 rue des Tanneurs, 69002 Lyon – RCS Lyon 812 345 678 – © 2020".
_LEGAL_SEP = re.compile(r"\s+[|•·—–-]\s+")


def is_legal_footer(text: str) -> bool:
    """A line of a publisher's legal notice: every item a legal mention, an address, a phone number, a copyright or
    a URL, but for the publisher's name first, and at least one legal mention (an address alone is no footer)."""
    items = [i.strip() for i in _LEGAL_SEP.split(text.strip())]
    legal = [patterns.fullmatch_any("legal.txt", i) or patterns.fullmatch_any("boilerplate.txt", i) for i in items]
    contact = [patterns.fullmatch_any("legal_contact.txt", i) or bool(_URL_ONLY.fullmatch(i)) for i in items]
    named = bool(_PUBLISHER_NAME.fullmatch(items[0])) and not (legal[0] or contact[0])
    rest = zip(legal[named:], contact[named:], strict=True)
    return len(items) >= 2 + named and any(legal) and all(a or b for a, b in rest)


_PUBLISHER_NAME = re.compile(rf"[{UPPER}][\w'-]*(?:\s(?:[{UPPER}][\w'-]*|de|du|des|la|le|les|d'\w+)){{0,5}}")


# "8 août 2019 - 2 févr. 2021": a range of bare dates (a web archive's captures, an event widget); it dates nothing.
_RANGE_SEP = re.compile(r"\s+(?:[-–—→]|au)\s+")


def is_date_range(text: str) -> bool:
    """Two bare dates joined by a dash, an arrow or "au", and nothing else."""
    parts = _RANGE_SEP.split(text.strip())
    return len(parts) == 2 and all(dates.is_bare_date(p) for p in parts)


def leading_furniture(text: str) -> str | None:
    """The rule of a line that can stand above the title: a breadcrumb, a newsletter email's greeting,
    introduction or section label, a web archive's capture notice, the site's host name or reader mode's switch
    (never a title's own wording: nothing else is tested here)."""
    text = inline.plain(inline.without_markup(text)).strip()
    if is_breadcrumb(text):
        return "navigation"
    if patterns.fullmatch_any("email.txt", text) or patterns.fullmatch_any("archive.txt", text):
        return "publisher_boilerplate"
    if patterns.fullmatch_any("above_title.txt", text) or is_menu_row(text):
        return "navigation"
    if is_date_range(text):
        return "publisher_boilerplate"
    return None


def is_author_bio(text: str) -> bool:
    """A run of short self-descriptive noun phrases ("Organisateur amateur. Fan général du Web. …")."""
    core = text.strip(" «»\"“”'")
    segments = [s.strip() for s in re.split(rf"[{SENTENCE_END}]+", core) if s.strip()]
    if len(segments) < 3:
        return False
    lexicon = patterns.words("bio_words.txt")
    hits = 0
    for seg in segments:
        tokens = _WORD.findall(seg.lower())
        if not tokens or len(tokens) > 7 or not seg[0].isupper() or any(c.isdigit() for c in seg):
            return False
        if _CLITIC_VERB.search(seg) or any(t in _VERBISH for t in tokens):
            return False
        hits += any(t in lexicon for t in tokens)
    return hits >= 2 and 2 * hits >= len(segments)


def _cross_link(text: str) -> tuple[bool, bool]:
    """(is a cross-link, is a bare marker whose headline is the next paragraph)."""
    for pattern in patterns.regexes("cross_links.txt"):
        m = pattern.match(text)
        if m:
            rest = text[m.end() :].strip(" :.-–—>»|")
            if rest and len(rest.split()) > MAX_HEADLINE_WORDS:
                return False, False
            return True, not rest
    return False, False


def markdown_plain(text: str) -> str:
    """A Markdown line's words without its markup ("*Par [X](https://…)*": "Par X")."""
    plain = _MD_FURNITURE.sub("", _MD_LINK.sub(r"\1", text))
    return text if plain == text else re.sub(r"\s+", " ", plain).strip()


def classify(text: str, found: Found) -> str | None:
    """The rule that removes this whole paragraph, or None to keep it (dates found are recorded)."""
    rule = _classify(text, found)
    shared = _TRAILING_URL.search(text) if rule is None else None
    if shared and (rule := _classify(text[: shared.start()], found)):
        _classify(shared.group().strip(), found)  # the page's own URL under its share row: it dates the page
        return rule
    plain = markdown_plain(text) if rule is None else text
    if plain == text:
        return rule or ("publisher_boilerplate" if is_symbol_row(text) else None)
    if not any(c.isalnum() for c in plain):
        return "html"  # a rule ("---") or stray emphasis ("**")
    return _classify(plain, found) or ("cross_link" if _cross_link(plain)[0] else None)


# A list archive's or an attachment's address: its date is the message's or the upload's, not the article's.
_ARCHIVE_URL = re.compile(r"/(?:attachments?|pipermail|hyperkitty|mailman|sympa)/", re.IGNORECASE)


def _classify(text: str, found: Found) -> str | None:
    if _URL_ONLY.fullmatch(text) or _NUMBERED_URL.fullmatch(text):
        url = dates.url_date(text)
        if url and found.url_date is None and not _ARCHIVE_URL.search(text):
            found.url_date = url
        return "url"
    if len(text.split()) > MAX_NOISE_WORDS:  # only widgets made of matching items can be this long
        return "author_bio" if is_author_bio(text) else widget_rule(text)
    if _DASH_HEADING.fullmatch(text) and len(text.split()) <= MAX_SUBHEADING_WORDS + 2:
        return "subheading"
    if _MARKDOWN_HEADING.fullmatch(text) and len(text.split()) <= MAX_SUBHEADING_WORDS + 2 and text[-1] != ".":
        return "subheading"
    if is_date_range(text) or is_counter_row(text):
        return "publisher_boilerplate"
    is_dateline, published = dates.dateline(text)
    if is_dateline or dates.is_bare_date(text):
        if published and found.text_date is None:
            found.text_date = published
        return "publisher_boilerplate"
    if dates.is_decoy_line(text):
        return "publisher_boilerplate"  # "Consulté le 20 février 2022": never the publication date
    families = (
        *_WIDGET_FAMILIES,
        ("boilerplate.txt", "publisher_boilerplate"),
        ("email.txt", "publisher_boilerplate"),
        ("archive.txt", "publisher_boilerplate"),
        ("above_title.txt", "navigation"),
        ("comment_headers.txt", "comments"),
        ("slugs.txt", "publisher_boilerplate"),
        ("sponsored.txt", "publisher_boilerplate"),
        ("bylines.txt", "byline"),
        ("wire_initials.txt", "byline"),
        ("captions.txt", "caption"),
        ("social.txt", "social_embed"),
        ("video.txt", "video_embed"),
    )
    if _agency_line().fullmatch(text):
        return "agency_credit"
    if is_breadcrumb(text):
        return "navigation"
    for name, rule in families:
        if patterns.fullmatch_any(name, text):
            return rule
    if is_signoff(text) or _dated_byline(text):
        return "byline"
    if patterns.fullmatch_any("legal.txt", text) or is_legal_footer(text):
        return "publisher_boilerplate"
    if _FORM_ROW.fullmatch(text):
        items = [i.strip() for i in re.findall(r"\[([^\[\]]*)\]", text)]
        if all(any(c.isalpha() for c in i) and len(i.split()) <= MAX_FORM_LABEL_WORDS for i in items):
            ruled = [rule_of_item(i) for i in items]
            return next((r for r in ruled if r), "publisher_boilerplate")
    if _ends_with_author_link(text):
        return "author_bio"
    if is_author_bio(text):
        return "author_bio"
    widget = widget_rule(text)
    if widget or is_company_only(text):  # a row of bare buttons is left to its widget's company
        return widget
    if is_menu_row(text):
        _note_row_date(text, found)
        return "navigation"
    return pictogram_rule(text, found) if _PICTOGRAM_LEAD.match(text) else None


def _note_row_date(text: str, found: Found) -> None:
    """The publication date of a row's dated item ("Par la rédaction · Publié le 18 mars 2018 à 07h02 · Lecture
    4 min"): the page's date when no dated line came before."""
    if found.text_date is not None:
        return
    for item in _ROW_SEP.split(text.strip()):
        is_dateline, published = dates.dateline(item.strip())
        if is_dateline and published:
            found.text_date = published
            return


# Widget lines made of several items ("Qu'en pensez-vous ? Laissez un commentaire (12 commentaires)",
# "Nous utilisons des cookies… Accepter | Paramétrer"): every item matches one of these families.
_WIDGET_FAMILIES = (
    ("consent.txt", "consent_banner"),
    ("comments.txt", "comments"),
    ("navigation.txt", "navigation"),
)
# Items that are widget text only in a widget's company (a question to the reader, a bare button).
_COMPANY_ONLY = ("comment_prompts.txt", "buttons.txt")
MAX_WIDGET_WORDS = 150


def widget_rule(text: str) -> str | None:
    """The rule of a line made only of widget items, at least one of them unambiguous (None otherwise)."""
    items = patterns.segments(text)
    if len(items) < 2 or len(text.split()) > MAX_WIDGET_WORDS:
        return None
    families = (
        *_WIDGET_FAMILIES,
        ("boilerplate.txt", "publisher_boilerplate"),
        ("email.txt", "publisher_boilerplate"),
        ("social.txt", "social_embed"),
    )
    rule = None
    for item in items:
        found = next((r for name, r in families if patterns.fullmatch_any(name, item.strip("()"))), None)
        if found is None and not is_company_only(item):
            return None
        rule = rule or found
    return rule


def rule_of_item(item: str) -> str | None:
    """The widget family of one item ("Envoyer le commentaire": comments), if any."""
    families = (*_WIDGET_FAMILIES, ("boilerplate.txt", "publisher_boilerplate"), ("email.txt", "publisher_boilerplate"))
    return next((r for name, r in families if patterns.fullmatch_any(name, item)), None)


# A form rendered as text: "[ Votre e-mail ] [ Je m'abonne ]", "[ Envoyer le commentaire ]" (short bracketed labels).
_FORM_ROW = re.compile(r"(?:\[[^\[\]\n]{1,40}\]\s*){1,6}")
MAX_FORM_LABEL_WORDS = 5
# An author box's bio closed by its link: "Ancienne pigiste, X décortique ici … Voir tous ses billets →".
_AUTHOR_LINK = re.compile(
    rf"(?<=[{SENTENCE_END}])\s+(?i:voir|retrouvez|lire|découvrir) (?i:tous|toutes) (?i:ses|les) "
    r"(?i:articles|billets|publications|contenus|chroniques|posts|papiers)(?: (?:de|d') [^.!?]{1,60})?\s*[→>»]?$"
)
MAX_AUTHOR_BOX_WORDS = 60


def _ends_with_author_link(text: str) -> bool:
    return len(text.split()) <= MAX_AUTHOR_BOX_WORDS and bool(_AUTHOR_LINK.search(text))


def is_company_only(text: str) -> bool:
    """Whether every item of a line is a prompt or a button (widget text only next to a widget)."""
    items = patterns.segments(text)
    return bool(items) and all(any(patterns.fullmatch_any(n, i) for n in _COMPANY_ONLY) for i in items)


_NAME_WORD = rf"[{UPPER}][\w'.-]+"
_NAMES = (
    rf"{_NAME_WORD}(?:\s(?:(?:de|du|des|le|la|van|von|di|da|el|ben|al)\s|d'|l')?{_NAME_WORD}){{0,3}}"
    rf"(?:\s(?:et|and|&)\s{_NAME_WORD}(?:\s(?:(?:de|du|des|le|la|van|von)\s|d')?{_NAME_WORD}){{0,3}})*"
)
_AT_PLACE = rf"(?:\s(?:à|a|depuis|in)\s{_NAME_WORD}(?:[\s-]{_NAME_WORD}){{0,2}})?"


@cache
def _signoff_items() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = patterns.alternation("signoffs.txt")
    # "Jean Martin", "Jean Martin et Paul Durand à Berlin", "Jean Martin à Ankara et Paul Durand à Beyrouth".
    named = rf"{_NAMES}{_AT_PLACE}(?:\s(?:et|and|&)\s(?:(?i:de)\s|d')?{_NAMES}{_AT_PLACE})*"
    role = re.compile(rf"(?i:{roles})\s*:?\s*(?:(?i:par|de|d')\s*)?{named}")
    other = re.compile(rf"{named}|(?i:{patterns.AGENCY_LEAD}?{patterns.agencies()})")
    return role, other


def is_signoff(text: str) -> bool:
    """A wire copy's or a re-poster's credit line: "(Reportage Jean Martin, édité par Paul Durand)"."""
    core = text.strip().rstrip(".").strip()
    if core.startswith("(") and core.endswith(")"):
        core = core[1:-1]
    if len(core.split()) > 30 or "(" in core:
        return False
    role, other = _signoff_items()
    items = [re.sub(r"^(?:et|and)\s+", "", i.strip()) for i in re.split(r"[;,]", core)]
    if not all(role.fullmatch(i) or other.fullmatch(i) for i in items):
        return False
    return any(role.fullmatch(i) for i in items)


# "Par Claire Dubois, le 4 juillet 2018", "Publié par Claire Dubois le 4 juillet 2018 à 10h05"; under the title
# also "Claire Dubois - 4 juillet 2018" (a first and last name: not "C'était le 9 mars 2015"; a dash or a pipe).
_PLAIN_NAME_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
_DATED_BYLINE = re.compile(
    rf"(?:(?P<by>(?i:par|publiée? par|posté par|écrit par|rédigé par))\s+{_NAMES}"
    rf"|{_PLAIN_NAME_WORD}(?:\s(?:(?:de|du|des|le|la|van|von)\s)?{_PLAIN_NAME_WORD}){{1,2}})(?P<sep>\s*[,|·•–—-]\s*|\s+)"
    rf"(?P<date>(?i:le\s+)?\d.{{3,40}}|(?i:le\s+)?[{UPPER}]?[{LOWER}]+\.?,?\s+\d.{{3,40}}"
    rf"|(?i:publiée?|mise? en ligne|postée?)\s.{{3,100}})"  # "Par X, publié le 16 mars 2020 - Mis à jour …"
)


def _dated_byline(text: str, named_only: bool = False) -> PublicationDate | None:
    """The date of a byline with its date; without "Par" only when ``named_only`` (under the title)."""
    m = _DATED_BYLINE.fullmatch(text.strip())
    # Without "Par", a name and a date joined by a comma is a photo caption ("Emmanuel Macron, le 4 mai 2018.").
    if not m or not (m["by"] or (named_only and m["sep"].strip() in ("|", "·", "•", "–", "—", "-"))):
        return None
    return dates.bare_date_value(m["date"]) or dates.dateline(m["date"])[1]


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def is_subheading(text: str) -> bool:
    """A short title-like line: no final punctuation, starts like a sentence, not a list item."""
    core = text.strip()
    if _LIST_ITEM.match(core) or not _STARTS_LIKE_TEXT.match(core):
        return False
    if len(core.split()) > MAX_SUBHEADING_WORDS or _ATTRIBUTION.search(core):
        return False
    # "Le texte sera voté en juin. (Jean Dupont)": a sentence with an aside after its full stop.
    if _SENTENCE_INSIDE.search(core):
        return False
    return not _TERMINAL.search(core) and not _SENTENCE_THEN_ASIDE.search(core)


def mark(paragraphs: list[Paragraph], source: str) -> Found:
    """Set ``drop`` on every noise paragraph; return the dates stated by dropped lines."""
    found = Found()
    for i, para in enumerate(paragraphs):
        if para.drop:
            continue
        para.drop = classify(para.text, found)
        raw = source[para.block.start : para.block.end]
        if found.url_date is None and _NUMBERED_URL.fullmatch(raw.strip()):
            found.url_date = dates.url_date(raw)  # a link list's item, its address taken out by the inline rule
        if para.drop is None and raw != para.text and is_menu_row(raw):
            para.drop = "navigation"  # items laid out with runs of spaces or tabs ("Accueil   Flash   Vidéos")
        leading = all(p.drop for p in paragraphs[:i])
        if para.drop is None and leading and _dated_byline(para.text, named_only=True):
            para.drop = "byline"  # "Claire Dubois - 4 juillet 2018" under the title
        if para.drop is None and _credited(para) and is_bare_caption(para.text):
            para.drop = "caption"  # "Anne Hidalgo, maire de Paris, le 28 mai 2020. (Crédit : …)"
        if para.drop is None:
            is_link, bare = _cross_link(para.text)
            if is_link:
                para.drop = "cross_link"
                if bare:
                    _mark_linked_headlines(paragraphs, i, source)
        if para.drop == "social_embed" and i > 0:
            prev = paragraphs[i - 1]
            raw = source[prev.block.start : prev.block.end]
            if prev.drop is None and prev.n_words <= 80 and _SOCIAL_TRACE.search(raw):
                prev.drop = "social_embed"
    _mark_email_frame(paragraphs)
    _mark_sponsored_block(paragraphs)
    _mark_author_box(paragraphs, source)
    _mark_closing_bio(paragraphs)
    _mark_tweet_text(paragraphs, source)
    _mark_neighbours(paragraphs, source)
    _mark_comment_texts(paragraphs, source)
    _mark_conversation(paragraphs, source)
    _mark_video_widget(paragraphs, source)
    _mark_widget_company(paragraphs, source)
    _mark_box_titles(paragraphs, source)
    _mark_running_heads(paragraphs)
    _mark_teaser_lists(paragraphs, source)
    _mark_ranked_lists(paragraphs, source)
    _mark_closing_block(paragraphs, source)
    _mark_duplicates(paragraphs)
    _mark_pull_quote_attributions(paragraphs, source)
    _mark_subheadings(paragraphs, source)
    found.near_date = _date_under_title(paragraphs)
    return found


def _mark_email_frame(paragraphs: list[Paragraph]) -> None:
    """A forwarded email's frame: the forwarder's note and signature above the original message's separator line,
    and what follows an explicit end of the article (a digest's list footer, the next item)."""
    at = next((i for i, p in enumerate(paragraphs) if patterns.fullmatch_any("forward_separators.txt", p.text)), None)
    # The forwarded message holds the article: more words under the separator than above it (not a reply's quote).
    if at is not None and sum(p.n_words for p in paragraphs[at + 1 :]) > sum(p.n_words for p in paragraphs[:at]):
        for para in paragraphs[: at + 1]:
            para.drop = para.drop or "publisher_boilerplate"
    end = next((i for i, p in enumerate(paragraphs) if patterns.fullmatch_any("article_end.txt", p.text)), None)
    if end is None or all(p.drop for p in paragraphs[:end]):
        return
    # After the end, the list's footer: it holds a mailing list's trace (an address, a link) or a furniture line.
    tail = paragraphs[end + 1 :]
    if any(p.drop or _LIST_TRACE.search(p.text) for p in tail):
        for para in paragraphs[end:]:
            para.drop = para.drop or "publisher_boilerplate"


_LIST_TRACE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://|www\.")


MIN_CLOSING_BLOCK_LINES = 3
MAX_CLOSING_LINE_WORDS = 8


def _mark_closing_block(paragraphs: list[Paragraph], source: str) -> None:
    """A block of three or more short lines closing the page, one under the other with no blank line between and
    none with final punctuation, a blank line under the last sentence of the text (a footer's columns, a signature,
    an address block); not a list (bullets, or after a line ending with a colon)."""
    kept = [i for i, p in enumerate(paragraphs) if p.drop is None]
    run: list[int] = []
    for i in reversed(kept):
        para = paragraphs[i]
        short = para.n_words <= MAX_CLOSING_LINE_WORDS and not _TERMINAL.search(para.text)
        if not short or _LIST_ITEM.match(para.text) or (run and not _no_blank_line(para, paragraphs[run[-1]], source)):
            break
        run.append(i)
    if len(run) < MIN_CLOSING_BLOCK_LINES:
        return
    first = run[-1]
    above = next((paragraphs[j] for j in range(first - 1, -1, -1) if paragraphs[j].drop is None), None)
    if above is None or not _SENTENCE_ENDED.search(above.text) or _no_blank_line(above, paragraphs[first], source):
        return
    for i in run:
        paragraphs[i].drop = "navigation"


def _headline_like(para: Paragraph) -> bool:
    """A linked headline: short, with no final full stop (a question or an exclamation may end it)."""
    return para.n_words <= MAX_HEADLINE_WORDS and not re.search(r"[.:;,]\W*$", para.text)


MAX_LINKED_HEADLINES = 6


def _mark_linked_headlines(paragraphs: list[Paragraph], i: int, source: str) -> None:
    """The headlines under a bare "Lire aussi" / "Articles similaires" marker: the next line, and the lines
    right under it with no blank line between (a list of links)."""
    for j in range(i + 1, min(len(paragraphs), i + 1 + MAX_LINKED_HEADLINES)):
        nxt = paragraphs[j]
        if nxt.drop or not _headline_like(nxt) or (j > i + 1 and not _adjacent(paragraphs[j - 1], nxt, source)):
            break
        nxt.drop = "cross_link"


MIN_TEASERS = 2
MAX_LIST_TITLE_WORDS = 8


def _stamped_headline(paragraphs: list[Paragraph], i: int, source: str) -> int:
    """How many paragraphs from ``i`` make one teaser: a headline whose last line is a time stamp (a wrapped
    "il y a 38 min" joins it), or a headline then its stamp line ("Le Courrier · il y a 5 h"); 0 if none."""
    para = paragraphs[i]
    lines = _raw_lines(para, source)
    if len(lines) > 1 and _is_stamp(lines[-1]):
        head = Paragraph(para.block, " ".join(inline.plain(x).strip() for x in lines[:-1]))
        return 1 if _headline_like(head) and head.text else 0
    if i + 1 >= len(paragraphs) or not _headline_like(para) or patterns.fullmatch_any("teaser_stamps.txt", para.text):
        return 0
    stamp = paragraphs[i + 1]
    adjacent = _no_blank_line(para, stamp, source)
    return 2 if adjacent and patterns.fullmatch_any("teaser_stamps.txt", stamp.text) else 0


def _mark_teaser_lists(paragraphs: list[Paragraph], source: str) -> None:
    """A list of other articles' teasers, each a headline and its time stamp, two or more with no blank line
    between them; the list's own title goes with them (a short line right above, no final full stop)."""
    i = 0
    while i < len(paragraphs):
        run, j = [], i
        while j < len(paragraphs) and not paragraphs[j].drop and (n := _stamped_headline(paragraphs, j, source)):
            if run and not _no_blank_line(run[-1], paragraphs[j], source):
                break
            run += paragraphs[j : j + n]
            j += n
        if len(run) >= MIN_TEASERS * 2 - 2 and _teasers(run, source) >= MIN_TEASERS:
            for p in run:
                p.drop = "cross_link"
            above = paragraphs[i - 1] if i > 0 else None
            if (
                above
                and above.drop is None
                and above.n_words <= MAX_LIST_TITLE_WORDS
                and _no_blank_line(above, run[0], source)
                and not _TERMINAL.search(above.text)
            ):
                above.drop = "cross_link"
        i = max(j, i + 1)


MAX_RANKED_ITEMS = 12
_RANK = re.compile(r"(?:n°\s?|#)?\d{1,2}[.)]?")


def _mark_ranked_lists(paragraphs: list[Paragraph], source: str) -> None:
    """A "most read / most shared" widget (ranked_lists.txt): its heading, and under it every ranked headline (a
    short line with no final full stop) and rank number, up to the next sentence of text. A headline standing after
    a blank line needs another item under it, or to close the page under other items (a sub-heading of the text has
    its sentences under it)."""
    for i, para in enumerate(paragraphs):
        if not patterns.fullmatch_any("ranked_lists.txt", para.text):
            continue
        items = 0
        for j in range(i + 1, len(paragraphs)):
            if items >= MAX_RANKED_ITEMS or not _ranked_item(paragraphs[j]):
                break
            nxt, after = paragraphs[j], paragraphs[j + 1] if j + 1 < len(paragraphs) else None
            spaced = not _no_blank_line(paragraphs[j - 1], nxt, source)
            alone = spaced and nxt.drop is None and not _RANK.fullmatch(nxt.text)
            last = after is None and items > 0  # the page's last line, under other items
            if alone and not last and (after is None or not _ranked_item(after)):
                break
            if nxt.drop is None or nxt.drop in _ITEM_RULES:
                items += not _RANK.fullmatch(nxt.text)
                nxt.drop = "cross_link"
        if items:
            para.drop = "cross_link"


def _ranked_item(para: Paragraph) -> bool:
    """A ranked list's rank number, headline, or a line already removed."""
    return bool(_RANK.fullmatch(para.text) or _headline_like(para) or para.drop)


_ITEM_RULES = frozenset({"subheading", "comments"})  # a ranked headline or rank number taken for these


def _teasers(run: list[Paragraph], source: str) -> int:
    """The number of time stamps in a run of teaser paragraphs."""
    return sum(_is_stamp(_raw_lines(p, source)[-1]) for p in run)


def _raw_lines(para: Paragraph, source: str) -> list[str]:
    """A paragraph's lines as in the source."""
    return source[para.block.start : para.block.end].split("\n")


def _is_stamp(line: str) -> bool:
    """A teaser's time stamp line ("Le Courrier · il y a 5 h", "hier, 18:05")."""
    return patterns.fullmatch_any("teaser_stamps.txt", inline.plain(line).strip())


def _mark_sponsored_block(paragraphs: list[Paragraph]) -> None:
    """The ad headlines under a sponsored block's title ("Contenu sponsorisé"), up to the next noise line (its
    "Publicité" label) or the text's end; a real paragraph (a full stop) ends the block."""
    for i, para in enumerate(paragraphs):
        if para.drop is None or not patterns.fullmatch_any("sponsored.txt", para.text):
            continue
        run = []
        for nxt in paragraphs[i + 1 : i + 1 + MAX_LINKED_HEADLINES]:
            if nxt.drop or not _headline_like(nxt):
                break
            run.append(nxt)
        for p in run:
            p.drop = "publisher_boilerplate"


MAX_BOX_TITLE_WORDS = 6
_BOX_RULES = frozenset({"publisher_boilerplate", "comments", "consent_banner"})


def _mark_box_titles(paragraphs: list[Paragraph], source: str) -> None:
    """A widget box's title ("La lettre du vendredi", "Nos newsletters") on the line right above its dropped pitch
    or form line, set off from the text above it by a blank line: a few words with no final punctuation."""
    for i, para in enumerate(paragraphs[:-1]):
        below = paragraphs[i + 1]
        if para.drop or below.drop not in _BOX_RULES or not _adjacent(para, below, source):
            continue
        if dates.dateline(below.text)[0] or dates.is_bare_date(below.text):
            continue  # a name above a dated line is a byline (see _mark_neighbours)
        above = paragraphs[i - 1] if i > 0 else None
        set_off = above is None or above.drop or not _adjacent(above, para, source)
        short = para.n_words <= MAX_BOX_TITLE_WORDS and not _TERMINAL.search(para.text)
        if set_off and short and _STARTS_LIKE_TEXT.match(para.text):
            para.drop = below.drop


def _mark_author_box(paragraphs: list[Paragraph], source: str) -> None:
    """The bio on the line right under an author box's heading ("À propos de l'auteure : Claire Dubois")."""
    for i, para in enumerate(paragraphs[1:], 1):
        head = paragraphs[i - 1]
        if para.drop or para.n_words > MAX_AUTHOR_BOX_WORDS or not _adjacent(head, para, source):
            continue
        if head.drop and _AUTHOR_BOX_HEAD.match(head.text):
            para.drop = "author_bio"


_FULL_NAME = rf"{_NAME_WORD}(?:\s(?:(?:de|du|des|le|la|van|von|di|da|el|ben)\s|d'|l')?{_NAME_WORD}){{1,3}}"
# "Claire Dubois est rédactrice web et grande amatrice de …; elle partage … sur son blog": an author's bio in the
# third person, a name and "est" and a writer's trade.
_BIO_OPENING = re.compile(
    rf"{_FULL_NAME} est (?:une? )?(?:[\w'-]+ ){{0,2}}?(?:rédact(?:eur|rice)|journaliste|blogueu(?:r|se)|auteure?"
    r"|autrice|chroniqueu(?:r|se)|pigiste|reporter|photographe|vidéaste|podcasteu(?:r|se)|consultante?|créat(?:eur|rice))\b"
)
_CLOSING_RULES = frozenset({"agency_credit", "byline"})


# "Maëlys Fontanarosa, passionnée de cuisine et de voyages, partage ici ses coups de cœur et ses bons plans.": the
# author presented by a passion (a bio word) and what she offers on this page ("ici", "sur ce blog").
_SELF_PROMOTION = re.compile(
    rf"{_FULL_NAME}, (?P<about>[^,.!?]{{3,100}}), (?:vous )?(?:partage|livre|raconte|décrypte|distille|propose"
    r"|dévoile|présente|fait découvrir|emmène|donne|signe|tient|anime)(?: \w+)? (?:ici|sur ce (?:blog|site)"
    r"|dans (?:cette rubrique|ces colonnes|ces pages))\b[^.!?]{0,150}[.!]?"
)


def _self_promotion(text: str) -> bool:
    m = _SELF_PROMOTION.fullmatch(text)
    return bool(m) and bool(set(_WORD.findall(m["about"].lower())) & patterns.words("bio_words.txt"))


def _mark_closing_bio(paragraphs: list[Paragraph]) -> None:
    """An author's bio closing the text, with only noise after it: after the text's sign-off ("(Avec AFP)", a
    byline), or presenting the author's passion and what she offers here."""
    for i, para in enumerate(paragraphs):
        if para.drop or i == 0:
            continue
        if any(p.drop is None for p in paragraphs[i + 1 :]) or para.n_words > MAX_AUTHOR_BOX_WORDS:
            continue
        signed = paragraphs[i - 1].drop in _CLOSING_RULES
        if (signed and _BIO_OPENING.match(para.text)) or _self_promotion(para.text):
            para.drop = "author_bio"


_AUTHOR_BOX_HEAD = re.compile(r"(?i)(?:à propos de l'aut(?:eur|eure|rice)|qui est l'aut(?:eur|eure|rice))\b")


# An embedded post's sign-off alone on its line: "— Hélène Marchetti (@HMarchetti) September 4, 2020".
_TWEET_SIGNOFF = re.compile(
    r"(?i)[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+(?:[a-zéû]+\.? \d{1,2},? \d{4}|\d{1,2}(?:er)? [a-zéû]+\.? \d{4})\.?"
)
MAX_TWEET_WORDS = 60


def _mark_tweet_text(paragraphs: list[Paragraph], source: str) -> None:
    """The embedded post's own lines, on the lines right above its sign-off up to the blank line above them
    (a post is short: the run must start after a blank line or at the top and hold few words)."""
    for i, para in enumerate(paragraphs):
        if para.drop != "social_embed" or not _TWEET_SIGNOFF.fullmatch(para.text):
            continue
        run, j = [], i - 1
        while j >= 0 and paragraphs[j].drop is None and _adjacent(paragraphs[j], paragraphs[j + 1], source):
            run.append(paragraphs[j])
            j -= 1
        set_off = j < 0 or not _adjacent(paragraphs[j], paragraphs[j + 1], source)
        if run and set_off and sum(p.n_words for p in run) <= MAX_TWEET_WORDS:
            for p in run:
                p.drop = "social_embed"


def _credited(para: Paragraph) -> bool:
    """Whether a photo credit was cut from the end of this paragraph."""
    return any(e.rule == "caption" and not e.breaks for e in para.block.edits)


_WIDGET_RULES = frozenset(
    {"consent_banner", "comments", "navigation", "publisher_boilerplate", "social_embed", "video_embed"}
)


def _mark_widget_company(paragraphs: list[Paragraph], source: str) -> None:
    """A prompt or bare button ("Qu'en pensez-vous ?", "Accepter") on the line next to a dropped widget line,
    or after the text with only dropped widget lines around it."""
    for i, para in enumerate(paragraphs):
        if para.drop or not is_company_only(para.text):
            continue
        tail = all(p.drop for p in paragraphs[i + 1 :])
        for j in (i - 1, i + 1):
            other = paragraphs[j] if 0 <= j < len(paragraphs) else None
            # A banner's row of buttons ("Tout accepter · Tout refuser") may stand a blank line under it.
            row = other is not None and other.drop == "consent_banner" and len(patterns.segments(para.text)) > 1
            if other and other.drop in _WIDGET_RULES and (tail or row or _adjacent(para, other, source)):
                para.drop = "comments" if other.drop == "publisher_boilerplate" else other.drop
                break


# "— Emmanuel Grégoire, adjoint à la maire de Paris": who said a pull quote, on the line under it.
# Also a description instead of a name: "— Un élu, cité par BFMTV", "— Une proche de la famille".
_DESCRIPTION = rf"(?:[Uu]ne?|[Ll]es?|[Ll]a|[Ll]')\s?[{LOWER}][\w'-]*(?:\s[\w'-]+){{0,5}}"
_PULL_QUOTE_BY = re.compile(
    rf"[—–-]\s*(?P<name>{_FULL_NAME}|{_DESCRIPTION})(?:\s*,\s*(?P<role>[^.!?\"«»“”()]{{1,100}}))?\.?"
)


def _mark_pull_quote_attributions(paragraphs: list[Paragraph], source: str) -> None:
    for i, para in enumerate(paragraphs):
        if para.drop or i == 0 or paragraphs[i - 1].drop != "duplicate_pull_quote":
            continue
        m = _PULL_QUOTE_BY.fullmatch(para.text)
        # The role, and a description in place of a name, hold no verb or pronoun ("— Un élu a répondu non").
        role = set(_WORD.findall(f"{m['role'] or ''} {m['name']}".lower())) if m else set()
        # With a role after the name, it may stand a blank line under the quote ("— X, secrétaire d'État").
        if m and not role & _PAST_OR_PERSON and (m["role"] or _adjacent(para, paragraphs[i - 1], source)):
            para.drop = "duplicate_pull_quote"


def _date_under_title(paragraphs: list[Paragraph]) -> PublicationDate | None:
    """A bare dated line ("4 juillet 2018", "Claire Dubois - 4 juillet 2018") before the text starts, right
    under the title or next to the author widget: the page's publication date."""
    for i, para in enumerate(paragraphs):
        if para.drop is None:
            return None
        stated = dates.bare_date_value(para.text) or _dated_byline(para.text, named_only=True)
        near = [paragraphs[j] for j in (i - 1, i + 1) if 0 <= j < len(paragraphs)]
        if stated and (i == 0 or any(_is_author_widget(p) for p in near)):
            return stated
    return None


# How a photo caption ends: its date ("…, le 20 novembre 2019.") or a marker ("(illustration)", "(archives)").
_CAPTION_END = re.compile(
    rf"(?i)(?:,\s(?:le\s)?{inline.DAY_MONTH}\s\d{{4}}"
    rf"|\((?:illustration|archives?|photo d'illustration)\))\.?$"
)
_CAPTION_CLAUSE = frozenset(
    {"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "est", "sont", "a", "ont", "était", "sera"}
    | {"se", "ne", "pas", "qui", "que"}
)
_PAST_OR_PERSON = frozenset(
    {"a", "ont", "avait", "avaient", "été", "était", "étaient", "sera", "seront", "aura", "auront"}
    | {"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "qui", "que"}
)
# A bare author name: two to four capitalised words ("Claire Lefèvre", "Jean-Pierre de La Tour").
_NAME = re.compile(
    rf"[{UPPER}][\w'-]+(?:\s(?:(?:de|du|des|le|la|van|von|di|da|el|ben)\s|d'|l')?[{UPPER}][\w'-]+){{1,3}}"
)
MAX_CAPTION_WORDS = 30


def _adjacent(a: Paragraph, b: Paragraph, source: str) -> bool:
    """Two paragraphs on consecutive lines (one line break between them), as a widget lays them out."""
    lo, hi = (a, b) if a.block.start < b.block.start else (b, a)
    return source[lo.block.end : hi.block.start].count("\n") == 1


def is_bare_caption(text: str) -> bool:
    """A one-sentence descriptive line ending with its date or "(illustration)", or with no clause in it."""
    core = text.strip()
    if len(core.split()) > MAX_CAPTION_WORDS or not _STARTS_LIKE_TEXT.match(core) or core[0] in '"«“':
        return False
    if re.search(rf"[{SENTENCE_END}:;]\s", core) or re.search(r"[\"«»“”]", core):
        return False
    tokens = set(_WORD.findall(core.lower()))
    if _CLITIC_VERB.search(core) or tokens & _PAST_OR_PERSON:
        return False  # a narrated sentence ("L'accord a été signé à Paris, le 20 novembre 2019.")
    # Captions are in the present tense ("Des militants manifestent …, le 20 août 2020").
    return bool(_CAPTION_END.search(core)) or not tokens & _CAPTION_CLAUSE


def _is_photo_credit(para: Paragraph) -> bool:
    """A dropped caption or credit line ("© AFP / Corinne Malvaux" is also a copyright notice)."""
    return para.drop == "caption" or (para.drop is not None and patterns.fullmatch_any("captions.txt", para.text))


# One short sentence: a caption's statement ("Le parc reste ouvert, mais les spectacles sont annulés.").
_ONE_SENTENCE = re.compile(rf"[{UPPER}][^{SENTENCE_END}\n\"«»“”]{{10,200}}\.")
MAX_PRINT_CAPTION_WORDS = 25


def _is_print_credit(para: Paragraph) -> bool:
    """A dropped photo credit in capitals ("PHOTO ARCHIVES MATHILDE ROUSSANGE"): a print page's, under its caption."""
    return _is_photo_credit(para) and para.text.isupper() and para.text.split()[0] in _PRINT_CREDIT_WORDS


_PRINT_CREDIT_WORDS = frozenset(
    {"PHOTO", "PHOTOS", "CLICHÉ", "CLICHÉS", "CRÉDIT", "CRÉDITS", "ILLUSTRATION", "INFOGRAPHIE", "DESSIN"}
)


def _print_caption(text: str) -> bool:
    return bool(_ONE_SENTENCE.fullmatch(text)) and len(text.split()) <= MAX_PRINT_CAPTION_WORDS


def _mark_neighbours(paragraphs: list[Paragraph], source: str) -> None:
    """Widget parts without a marker of their own, on the line next to one that has it: a photo caption
    next to its credit ("Photo : AFP / …"), an author's bare name next to the bio or byline."""
    for i, para in enumerate(paragraphs):
        if para.drop:
            continue
        n = len(paragraphs)
        # The widget line and this one form a unit, set off from the text on the other side by a blank line.
        neighbours = [
            paragraphs[j]
            for j, k in ((i - 1, i + 1), (i + 1, i - 1))
            if 0 <= j < n
            and paragraphs[j].drop
            and _adjacent(para, paragraphs[j], source)
            and not (0 <= k < n and _adjacent(para, paragraphs[k], source))
        ]
        if any(_is_photo_credit(n) for n in neighbours) and is_bare_caption(para.text):
            para.drop = "caption"
        elif i + 1 < n and _is_print_credit(paragraphs[i + 1]) and _print_caption(para.text):
            para.drop = "caption"  # a print page's caption, a blank line above its credit in capitals
        elif _NAME.fullmatch(para.text) and any(
            _is_author_widget(n) or (dates.bare_date_value(n.text) and all(p.drop for p in paragraphs[:i]))
            for n in neighbours
        ):
            para.drop = "byline"  # next to the author widget, or to a dated line under the title


MAX_COMMENT_WORDS = 150


def _mark_comment_texts(paragraphs: list[Paragraph], source: str) -> None:
    """A reader comment's text: the lines right under its header ("Marcel79 · il y a 3 heures", "X a écrit :"),
    with no blank line between them, up to the next blank line."""
    for i, para in enumerate(paragraphs):
        if para.drop != "comments" or not patterns.fullmatch_any("comment_headers.txt", para.text):
            continue
        for prev, line in zip(paragraphs[i:], paragraphs[i + 1 :], strict=False):
            if not _no_blank_line(prev, line, source):
                break
            if line.drop is None and line.n_words <= MAX_COMMENT_WORDS:
                line.drop = "comments"
        # Set off by blank lines, the text between its header and its buttons ("Répondre", "J'aime · Répondre").
        text, buttons = paragraphs[i + 1 : i + 2], paragraphs[i + 2 : i + 3]
        if not (text and buttons and text[0].drop is None and buttons[0].drop == "comments"):
            continue
        if text[0].n_words <= MAX_COMMENT_WORDS and not patterns.fullmatch_any("comment_headers.txt", buttons[0].text):
            text[0].drop = "comments"
    _mark_headerless_comments(paragraphs, source)


def _is_turn_header(line: str) -> bool:
    return patterns.fullmatch_any("conversation_turns.txt", line.strip())


def _mark_conversation(paragraphs: list[Paragraph], source: str) -> None:
    """An article pasted in a conversation's turn (a chat with an assistant): when a turn header stands above the
    text and another speaker's under it, the text ends at the first turn header after it, and everything from there
    is the conversation's (the assistant's reply, the next turns, the program's notices)."""
    if not paragraphs:
        return
    first = paragraphs[0].block.start
    above = [line for line in source[:first].splitlines() if _is_turn_header(line)]
    if not above:
        return
    speakers = {line.split()[0] for line in above}
    for i, para in enumerate(paragraphs):
        if _is_turn_header(para.text) and para.text.split()[0] not in speakers and i > 0:
            for later in paragraphs[i:]:
                later.drop = later.drop or "conversation"
            return


MAX_COMMENT_LINES = 4
_TIME_END = re.compile(r"(?i)(?:il y a \d+ ?\w+|à l'instant|hier|\d{1,2}[h:]\d{2}|\d{4})$")


def _mark_headerless_comments(paragraphs: list[Paragraph], source: str) -> None:
    """A reader comment whose header no list knows ("Mireille Dantec" / "il y a 2 heures"): the lines right above
    its buttons ("Répondre · J'aime (7)"), with no blank line between, up to a dropped line ending on its time."""
    for i, para in enumerate(paragraphs):
        if para.drop != "comments" or not _is_comment_buttons(para.text):
            continue
        run: list[Paragraph] = []
        for j in range(i - 1, max(i - 2 - MAX_COMMENT_LINES, -1), -1):
            line = paragraphs[j]
            if not _no_blank_line(line, paragraphs[j + 1], source) or line.n_words > MAX_COMMENT_WORDS:
                break
            if _is_comment_header(line):
                if run:
                    line.drop = line.drop or "comments"
                    for p in run:
                        p.drop = "comments"
                break
            if line.drop:
                break
            run.append(line)


MAX_COMMENT_HEADER_WORDS = 8


def _is_comment_header(para: Paragraph) -> bool:
    """A short line ending on a time: "Mireille Dantec il y a 2 heures", "Patrice.K · 14h32"."""
    return para.n_words <= MAX_COMMENT_HEADER_WORDS and bool(_TIME_END.search(para.text))


def _is_comment_buttons(text: str) -> bool:
    """A comment's button row: "Répondre", "Répondre · J'aime (12) · Signaler un abus"."""
    items = patterns.segments(text)
    if len(items) == 1:
        return bool(_REPLY.fullmatch(text))
    return any(_REPLY.fullmatch(i) for i in items) and widget_rule(text) is not None


_REPLY = re.compile(r"(?i)répondre(?: \(\d+\))?")


# A video channel credited under the title of an embedded video: "Exemple TV", "France 24", "Le Monde".
_CHANNEL = re.compile(rf"[{UPPER}0-9][\w'&.-]*(?:\s(?:[{UPPER}0-9][\w'&.-]*|de|du|des|la|le|à)){{0,3}}")
MAX_VIDEO_TITLE_WORDS = 25


def _no_blank_line(a: Paragraph, b: Paragraph, source: str) -> bool:
    """Two paragraphs of one widget: no blank line between them (lines removed whole may sit between)."""
    return not re.search(r"\n[ \t]*\n", source[a.block.end : b.block.start])


def _mark_video_widget(paragraphs: list[Paragraph], source: str) -> None:
    """The video's title and its channel, on the lines under a dropped player line ("Vidéo", CSS), when the
    widget is set off from the text by a blank line: "Vidéo / .player{…} / Titre de la vidéo / Exemple TV"."""
    n = len(paragraphs)
    for i, para in enumerate(paragraphs):
        if para.drop != "video_embed" or (i + 1 < n and paragraphs[i + 1].drop == "video_embed"):
            continue
        rest = []  # the widget's next lines, up to its end (a blank line)
        j = i + 1
        while j < n and len(rest) < 3 and _no_blank_line(paragraphs[j - 1], paragraphs[j], source):
            rest.append(paragraphs[j])
            j += 1
        if not 1 <= len(rest) <= 2 or (j < n and _no_blank_line(paragraphs[j - 1], paragraphs[j], source)):
            continue
        *title, channel = rest
        if any(p.n_words > MAX_VIDEO_TITLE_WORDS or _TERMINAL.search(p.text) for p in title):
            continue
        known = channel.text in patterns.words("video_channels.txt")
        if known or (_CHANNEL.fullmatch(channel.text) and not _TERMINAL.search(channel.text)):
            for p in rest:
                if p.drop in (None, "subheading"):
                    p.drop = "video_embed"


def _is_author_widget(para: Paragraph) -> bool:
    """A dropped bio, byline or "Publié le … / Mis à jour le …" line (what an author's name sits next to)."""
    return para.drop in ("author_bio", "byline") or (
        para.drop == "publisher_boilerplate" and dates.dateline(para.text)[0]
    )


# A page's header or footer repeated on every page of a print or PDF export ("LE COURRIER | PAGE 6" … "PAGE 7",
# "exemple-info.fr · Politique"): a short line with no sentence end, no dialogue dash, no speaker's colon and no
# quotation (a pull quote repeated is kept once, see ``_mark_duplicates``).
_NOT_RUNNING = re.compile(rf"[{SENTENCE_END}:;,][»”\"']?$|^[-–—•\"«“]")
MAX_RUNNING_HEAD_WORDS = 15


def _running_key(para: Paragraph) -> str | None:
    text = para.text.strip()
    if para.n_words > MAX_RUNNING_HEAD_WORDS or _NOT_RUNNING.search(text) or sum(c.isalpha() for c in text) < 3:
        return None
    return re.sub(r"\d+", "#", _norm(text))


def _mark_running_heads(paragraphs: list[Paragraph]) -> None:
    """Every copy of a short line repeated as its own paragraph (page numbers aside) is page furniture."""
    kept = [(p, _running_key(p)) for p in paragraphs if p.drop is None]
    counts = Counter(key for _, key in kept if key)
    for para, key in kept:
        if key and counts[key] >= 2:
            para.drop = "navigation"


_QUOTE_MARK = re.compile(r"[\"«»“”]")
# A paragraph that is nothing but a quotation ('"C'est la loi!"', '« Je suis une victime »').
_QUOTED_ONLY = re.compile(r'"[^"\n]+"|«[^«»\n]+»|“[^“”\n]+”')
MIN_QUOTED_DUPLICATE_WORDS = 3


def _mark_duplicates(paragraphs: list[Paragraph]) -> None:
    """A paragraph repeated verbatim inside another (a pull quote): kept once. A paragraph that is only a quotation
    may be shorter ('"C'est la loi!"' above '… "C'est la loi! Il faut restaurer …"').
    """
    kept = [p for p in paragraphs if p.drop is None]
    normed = [f" {_norm(p.text)} " for p in kept]
    cased = [f" {' '.join(_WORD.findall(p.text))} " for p in kept]
    glued = {id(a) for a, b in pairwise(paragraphs) if a.block.end == b.block.start}  # split from the text after it
    for i, para in enumerate(kept):
        quoted = bool(_QUOTED_ONLY.fullmatch(para.text.rstrip(".")))
        if len(normed[i].split()) < (MIN_QUOTED_DUPLICATE_WORDS if quoted else MIN_DUPLICATE_WORDS):
            continue
        # A plain sentence glued to the text after it, found again with its case changed inside a longer one
        # ("Trois blessés ….Maintenu …" / "… et trois blessés …"), is the text restating itself; a pull quote is a
        # quotation's words ('… vous avez un pont !"' / '"…, donc tous les cinq kilomètres, vous avez …"'), a
        # verbless heading no sentence.
        restates = (
            id(para) in glued
            and para.text.rstrip().endswith(".")
            and not _QUOTE_MARK.search(para.text)
            and not inline.is_title_like(para.text.strip().rstrip("."))
        )
        for j, other in enumerate(normed):
            if j == i or kept[j].drop:
                continue
            longer = len(other) > len(normed[i])
            if longer and restates and cased[i] not in cased[j]:
                continue
            if normed[i] in other and (longer or j < i):
                para.drop = "duplicate_pull_quote"
                break
            if quoted and len(normed[i].split()) >= MIN_DUPLICATE_WORDS and _abridged_in(normed[i].split(), other):
                para.drop = "duplicate_pull_quote"  # an abridged pull quote: the quotation's words, cuts made
                break


MIN_ABRIDGED_RUN_WORDS = 4
MAX_ABRIDGED_RUNS = 3


def _abridged_in(words: list[str], other: str) -> bool:
    """Whether these words are another paragraph's, in order, in a few runs of four words or more with cuts between
    ('"Certaines demandaient à des garçons d'être présents lorsqu'elles se savaient seules avec lui"' from '…
    Certaines demandaient à des garçons d'être présents à leurs côtés pour se rassurer lorsqu'elles se savaient …')."""
    pos, k, runs = 0, 0, 0
    while k < len(words):
        for size in range(len(words) - k, MIN_ABRIDGED_RUN_WORDS - 1, -1):
            phrase = f" {' '.join(words[k : k + size])} "
            at = other.find(phrase, pos)
            if at >= 0:
                pos, k, runs = at + len(phrase) - 1, k + size, runs + 1
                break
        else:
            return False
    return 1 < runs <= MAX_ABRIDGED_RUNS


# A bullet opening a line: a list's item, or a heading when it stands alone between sentences.
_BULLET = re.compile(r"•\s*")
_SENTENCE_ENDED = re.compile(rf"[{SENTENCE_END}][»”\"]?$|[»”\"]$")


def _mark_subheadings(paragraphs: list[Paragraph], source: str) -> None:
    kept = [p for p in paragraphs if p.drop is None]
    for i in range(1, len(kept) - 1):
        prev, para, nxt = kept[i - 1], kept[i], kept[i + 1]
        if prev.drop == "subheading" or not _TERMINAL.search(prev.text):
            continue
        text = para.text
        bullet = _BULLET.match(text)
        if bullet:  # '….\n\n• Le masque obligatoire en entreprise\n\nEn entreprise, …': not one item of a list
            if not _SENTENCE_ENDED.search(prev.text) or _LIST_ITEM.match(prev.text) or _LIST_ITEM.match(nxt.text):
                continue
            # A timeline's entry ("• 20 août : les écologistes ouvrent le bal"), a sentence: items of a list.
            if ":" in text or not inline.is_title_like(text):
                continue
            text = text[bullet.end() :]
        # Cut from the next sentence inside a token ("… son pèreIl est revenu"): maybe a sentence that lost its full
        # stop, a heading only without a clause word.
        glued = source[para.block.end : para.block.end + 1].isalpha()
        if glued and not inline.is_title_like(text):
            continue
        if is_subheading(text) and _STARTS_LIKE_TEXT.match(nxt.text):
            para.drop = "subheading"
