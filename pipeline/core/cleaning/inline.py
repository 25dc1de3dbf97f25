"""Inline rules: edits inside a paragraph (markup, typography, glued paragraphs, embedded leftovers)."""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from pipeline.core import dates
from pipeline.core.cleaning import patterns
from pipeline.core.cleaning.spans import Block, Edit

UPPER = "A-ZÀ-ÖØ-ÞŒ"
LOWER = "a-zß-öø-ÿœ"
SENTENCE_END = ".!?…"
# A day of a month in full ("20 août", "1er mai"), for dates that end a caption or open a timeline's entry.
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
DAY_MONTH = rf"\d{{1,2}}(?:er)?\s(?:{MONTHS})"

_APOSTROPHES = re.compile("[\u2019\u2018\u02bc\u00b4\u2032]")
_SPACES = re.compile("[\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000\t]")
# "30\u202f%", "1,8\u00a0°": a typesetting space the CMS put between a number and its percent or degree sign; the
# plain-text convention of French news copy is "30%", "1,8°" (a space typed as such stays).
_UNIT_SPACE = re.compile("(?<=\\d)[\u00a0\u202f\u2007\u2009\u200a](?=[%°])")
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\u200c\u200e\u200f\u2060\ufeff\u00ad]")
_COMBINING = re.compile(r"\w[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_MULTISPACE = re.compile(r" {2,}")
_LINEBREAK = re.compile(r"[ \t]*\n[ \t]*")

_BLOCK_TAGS = r"br|p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|figure|figcaption|hr"
_KNOWN_TAGS = _BLOCK_TAGS + r"|a|b|i|u|em|strong|span|img|iframe|small|sup|sub|font|center|mark|cite|q"
# HTML comments and declarations ("<!-- pub -->", "<!DOCTYPE html>"), an XML prolog ("<?xml version=…?>").
_COMMENT = re.compile(r"<!--.*?(?:-->|$)|<![A-Za-z][^<>]*>|<\?xml\b[^<>]*\?>", re.DOTALL)
# A CDATA wrapper's two ends in a feed ("<![CDATA[", "]]>"): its content is text.
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")
# A tag escaped once more, as a feed's item content carries its HTML ("&lt;p&gt;", "&lt;a href=&quot;…&quot;&gt;").
_ESCAPED_TAG = re.compile(r"&lt;/?[A-Za-z][A-Za-z0-9]*(?:\s+(?:(?!&gt;)[^<>\n])*?)?\s*/?&gt;")
_SCRIPT = re.compile(r"<(script|style|iframe|noscript)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
# A tag, also a feed's namespaced one ("<dc:creator>", "<content:encoded>", "<atom:link … />").
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?::[A-Za-z][\w-]*)?(?:\s+[^<>]*?)?\s*/?>")
# A layout program's tagged text (InDesign's): the encoding line, style definitions and the paragraph and character
# style tags glued to the text ("<pstyle:Texte\:Courant>", "<cstyle:Rouge>OPÉRA<cstyle:>"), one level nested.
_TAGGED_TEXT = re.compile(
    r"<(?:UNICODE|ASCII)-(?:WIN|MAC|UNIX|BE|LE)>"
    r"|<(?:pstyle|cstyle|ParaStyle|CharStyle|vsn|fset|ctable|ColorTable|dps|dcs|DefineParaStyle|DefineCharStyle)"
    r":(?:\\.|[^<>\\\n]|<(?:\\.|[^<>\\\n])*>)*>"
)
# A template's tags (Liquid, Jinja, a Hugo shortcode) left in a static site's source: "{% include figure.html … %}".
_TEMPLATE_TAG = re.compile(r"\{%-?[^\n]*?-?%\}|\{\{[<%][^\n]*?[>%]\}\}")
_BROKEN_TAG = re.compile(rf"</?(?:{_KNOWN_TAGS})\s*/?(?=[\s<]|$)", re.IGNORECASE)
# "</ br>", "< /p>", "< br />": a known tag with stray spaces inside its brackets.
_SPACED_TAG = re.compile(rf"<\s*/\s*(?:{_KNOWN_TAGS})\s*/?\s*>|<\s+(?:{_KNOWN_TAGS})\s*/?\s*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
# An entity escaped once more, as in a feed's escaped HTML ("&amp;eacute;", "&amp;#8217;").
_ESCAPED_ENTITY = re.compile(r"&amp;(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_IS_BLOCK_TAG = re.compile(rf"<\s*/?\s*(?:{_BLOCK_TAGS})\b", re.IGNORECASE)

_JS = re.compile(r"\b(?:window|document)\.[\w$.]+\s*=\s*new\s+\w+\s*\(.*$|\bnew\s+Pvp\s*\(.*$")
_CSS = re.compile(r"(?:[.#@]?[\w-]+(?:\s*[,>]\s*[.#]?[\w-]+)*\s*)?\{[^{}\n]*?[\w-]+\s*:\s*[^{}\n]+?\}")
_PIC = re.compile(r"\s*(?:https?://)?pic\.twitter\.com/\w+")


def _scan(block: Block, source: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, re.Match[str]]]:
    text = source[block.start : block.end]
    for m in pattern.finditer(text):
        yield block.start + m.start(), block.start + m.end(), m


def plain(text: str) -> str:
    """A raw line with plain apostrophes and spaces (to test it against rule data before cleaning)."""
    return _SPACES.sub(" ", _APOSTROPHES.sub("'", text))


def masked_tagged_text(text: str) -> str:
    """A layout program's tagged text with each line's tags taken out and the line padded with spaces to its length
    (a line's span stays the source's), for reading its lines as a reader sees them; unchanged without such tags."""
    if not _TAGGED_TEXT.search(text):
        return text

    def unmask(m: re.Match[str]) -> str:
        line = _TAGGED_TEXT.sub("", m.group(0))
        return line + " " * (len(m.group(0)) - len(line))

    return re.sub(r"[^\n]+", unmask, text)


def tagged_text_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a layout program's tags between ``start`` and ``end``."""
    return [(m.start(), m.end()) for m in _TAGGED_TEXT.finditer(text, start, end)]


def without_markup(text: str) -> str:
    """A raw line with its HTML tags, scripts and entities taken out (what a reader of the page sees of it)."""
    text = _SCRIPT.sub(" ", _COMMENT.sub(" ", text))
    for pattern in (_TAG, _TAGGED_TEXT, _TEMPLATE_TAG, _SPACED_TAG, _BROKEN_TAG, _CDATA, _ESCAPED_TAG):
        text = pattern.sub(" ", text)
    return html.unescape(text)


def typography(block: Block, source: str) -> list[Edit]:
    """Apostrophes to ``'``, special spaces to `` ``, invisible characters out, NFC, single spaces."""
    edits = [Edit("typography", s, e, "'") for s, e, _ in _scan(block, source, _APOSTROPHES)]
    edits += [Edit("typography", s, e) for s, e, _ in _scan(block, source, _UNIT_SPACE)]
    edits += [Edit("typography", s, e, " ") for s, e, _ in _scan(block, source, _SPACES)]
    edits += [Edit("typography", s, e) for s, e, _ in _scan(block, source, _INVISIBLE)]
    for s, e, m in _scan(block, source, _COMBINING):
        composed = unicodedata.normalize("NFC", m.group(0))
        if composed != m.group(0):
            edits.append(Edit("typography", s, e, composed))
    return edits


def whitespace(block: Block, source: str) -> list[Edit]:
    """Runs of spaces to one; a line break inside a paragraph (hard wrap) to a space."""
    edits = [Edit("whitespace", s, e, " ") for s, e, _ in _scan(block, source, _MULTISPACE)]
    edits += [Edit("whitespace", s, e, " ") for s, e, _ in _scan(block, source, _LINEBREAK)]
    return edits


# "**Le standfirst en gras.**", "__mot__": Markdown strong emphasis, its markers in pairs around words.
_MD_STRONG = re.compile(r"(?<![*\w])(\*\*|__)(?=[^\s*_])(?:(?!\1)[^\n]){1,2000}?(?<=[^\s*_])\1(?![*\w])")


def markup(block: Block, source: str) -> list[Edit]:
    """HTML: scripts/styles out, tags out (block tags end the paragraph), entities decoded; Markdown strong
    emphasis markers out (their words stay)."""
    edits = [Edit("html", s, e) for s, e, _ in _scan(block, source, _SCRIPT)]
    for s, e, _ in _scan(block, source, _MD_STRONG):
        edits += [Edit("html", s, s + 2), Edit("html", e - 2, e)]
    for pattern in (_TAG, _TAGGED_TEXT, _TEMPLATE_TAG, _SPACED_TAG, _BROKEN_TAG, _CDATA, _ESCAPED_TAG):
        for s, e, m in _scan(block, source, pattern):
            tag = html.unescape(m.group(0)) if pattern is _ESCAPED_TAG else m.group(0)
            edits.append(Edit("html", s, e, breaks=bool(_IS_BLOCK_TAG.match(tag))))
    for s, e, m in _scan(block, source, _ESCAPED_ENTITY):
        decoded = html.unescape(html.unescape(m.group(0)))
        if not decoded.startswith("&"):
            edits.append(Edit("html", s, e, _SPACES.sub(" ", _APOSTROPHES.sub("'", decoded))))
    for s, e, m in _scan(block, source, _ENTITY):
        raw = m.group(0)
        if not raw.endswith(";") and raw[1:] not in html.entities.html5:
            continue
        decoded = html.unescape(raw)
        if decoded != raw:
            decoded = _SPACES.sub(" ", _APOSTROPHES.sub("'", decoded))
            edits.append(Edit("html", s, e, decoded))
    return edits


@cache
def _furniture_elements() -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per entry of html_elements.txt ("figcaption caption", "blockquote.twitter-tweet social_embed")."""
    out = []
    for entry in sorted(patterns.words("html_elements.txt")):
        selector, rule = entry.split()
        tag, _, css_class = selector.partition(".")
        attrs = rf"[^<>]*\bclass=[\"']?[^\"'<>]*\b{re.escape(css_class)}\b[^<>]*" if css_class else r"[^<>]*"
        element = rf"<({tag})\b{attrs}>(?:(?!<\1\b).)*?</\1\s*>"
        out.append((re.compile(element, re.IGNORECASE | re.DOTALL), rule))
    return tuple(out)


def html_furniture(block: Block, source: str) -> list[Edit]:
    """An element that is page furniture with all its content (a ``<figcaption>``, a ``<nav>``, a ``<form>``, an
    embedded post's ``<blockquote class="twitter-tweet">``); HTML comments."""
    if "<" not in source[block.start : block.end]:
        return []
    edits = [Edit("html", s, e) for s, e, _ in _scan(block, source, _COMMENT)]
    for element, rule in _furniture_elements():
        for s, e, m in _scan(block, source, element):
            # An embedded post carries its author's handle or its link; a page may set its own text in such a
            # blockquote ('"…", a réagi Marine Le Pen dans un tweet'): only the tags go then.
            if rule != "social_embed" or _EMBED_TRACE.search(m.group(0)):
                edits.append(Edit(rule, s, e, breaks=True))
    return edits


_EMBED_TRACE = re.compile(r"\(@\w{1,30}\)|pic\.twitter\.com/|https?://(?:www\.)?(?:twitter|x|instagram|tiktok)\.com/")


_CMS_RULES = ("video_embed", "html", "html", "html")  # the rule of each pattern of cms_leftovers.txt, in order
_CMS_BREAKS = (True, True, False, False)  # whether one after a sentence end ends the paragraph there
_AFTER_SENTENCE = re.compile(rf"(?:^|[{SENTENCE_END}\"»”])\s*$")


def cms_leftovers(block: Block, source: str) -> list[Edit]:
    """A CMS's embed placeholders and style values pasted into the text ('[EMBED url=" "]', "=11pt=12.0pt"), an
    editor's markup tag ("(/BOLD]"); a placeholder or style right after a sentence end (or opening the paragraph)
    also ends the paragraph there."""
    text = source[block.start : block.end]
    if "=" not in text and "[" not in text and "]" not in text:
        return []
    edits = []
    rules = zip(patterns.regexes("cms_leftovers.txt"), _CMS_RULES, _CMS_BREAKS, strict=True)
    for pattern, rule, ends in rules:
        for s, e, _ in _scan(block, source, pattern):
            edits.append(Edit(rule, s, e, breaks=ends and bool(_AFTER_SENTENCE.search(text[: s - block.start]))))
    return edits


# '…a-t-il encore jugé.https://twitter.com/X/status/1097134981376344064Des propos …': an embedded post's or video's
# link standing between two sentences (after a sentence end, never after "sur le site" or a colon), up to the next
# sentence's first word glued to it ("Des ", "L'", '"À') or a space and a capital.
_STANDALONE_URL = re.compile(
    rf"(?<=[{SENTENCE_END}\"»”])\s?(?:https?://|www\.)[^\s\"«»“”<>]+?"
    rf"(?=\s+[{UPPER}\"«“]|\s*$|[{UPPER}][{LOWER}]*['’\s,]|[{UPPER}]\.\s|(?<=\d{{6}})[{UPPER}][{LOWER}.]|[\"«“][{UPPER}]|[►▶•])"
)


# A link pasted between a quotation's closing comma and its inverted reporting incise ('…doublement la semaine
# dernière", https://exemple.fr/… a-t-il ajouté'): no one says an address there.
_INCISE_URL = re.compile(
    rf"(?<=[\"»”],)\s(?:https?://|www\.)[^\s\"«»“”<>]+(?=\s[{LOWER}]+(?:-t)?-(?:il|elle|ils|elles|on)\b)"
)


def standalone_urls(block: Block, source: str) -> list[Edit]:
    """A link between two sentences (see ``_STANDALONE_URL``); glued to the next sentence, it ends the paragraph. A
    link between a quotation and its incise goes too (``_INCISE_URL``)."""
    if "http" not in source[block.start : block.end] and "www." not in source[block.start : block.end]:
        return []
    return [
        Edit("url", s, e, breaks=not source[e : e + 1].isspace() and e < block.end)
        for s, e, _ in _scan(block, source, _STANDALONE_URL)
    ] + [Edit("url", s, e) for s, e, _ in _scan(block, source, _INCISE_URL)]


# "<h2>Journée décisive jeudi ?</h2>": a section heading of the page, marked up as such.
_HTML_HEADING = re.compile(r"<h([1-6])\b[^<>]*>(?P<head>(?:(?!</?h[1-6]\b)[^\n]){1,200}?)</h\1\s*>", re.IGNORECASE)
MAX_HTML_HEADING_WORDS = 16


def html_headings(block: Block, source: str) -> list[Edit]:
    """A short heading in ``<h1>``…``<h6>`` tags (not a standfirst set in a heading tag: no final full stop)."""
    edits = []
    for s, e, m in _scan(block, source, _HTML_HEADING):
        head = _TAG.sub(" ", m.group("head")).strip()
        if head and len(head.split()) <= MAX_HTML_HEADING_WORDS and not head.endswith("."):
            edits.append(Edit("subheading", s, e, breaks=True))
    return edits


_LAST_SENTENCE_END = re.compile(rf"[{SENTENCE_END}\"»”][^{SENTENCE_END}\"»”]*$")


def _with_stray_title(source: str, block_start: int, start: int) -> int:
    """Extend a player removal back over the video's stray title ("Titre du clip window.pvp…")."""
    before = source[block_start:start]
    m = _LAST_SENTENCE_END.search(before)
    head = before[m.start() + 1 :] if m else before
    if head.strip() and len(head.split()) <= 10 and head.strip()[0].isupper():
        return start - len(head)
    return start


def embeds(block: Block, source: str) -> list[Edit]:
    """Player scripts (with a stray video title), CSS fragments, ``pic.twitter.com`` links."""
    text = source[block.start : block.end]
    edits: list[Edit] = []
    if "{" in text:  # cheap guards: these patterns are slow to scan for
        edits += [
            Edit("video_embed", _with_stray_title(source, block.start, s), e, breaks=True)
            for s, e, _ in _scan(block, source, _JS)
        ]
        edits += [Edit("video_embed", s, e) for s, e, _ in _scan(block, source, _CSS)]
    if "(@" in text:
        edits += _inline_posts(block, source)
    if "pic.twitter" in text:
        edits += [Edit("social_embed", s, e) for s, e, _ in _scan(block, source, _PIC)]
    return edits


# '… Ouest France. Attentats : la Belgique frappée https://t.co/uCVVcomZIf— Nawak (@NawakNawak) 22 mars 2016 Bidu …':
# an embedded post's sign-off (its link, author, handle and date) inside a paragraph.
_INLINE_POST_SIGNOFF = re.compile(
    r"(?:\s*https?://t\.co/\w+)?\s*[—–]\s*[^()\n—–]{1,80}\(@\w{1,30}\)\s+"
    r"(?:[A-Za-zéû]+\.? \d{1,2},? \d{4}|\d{1,2}(?:er)? [a-zéû]+\.? \d{4})"
)
# A sentence end before the post (not a dot inside a link: "pic.twitter.com").
_POST_START = re.compile(rf"[{SENTENCE_END}](?![\w/])[\"»”)]*\s*")
MAX_INLINE_POST_WORDS = 50
# What a post's text carries and a sentence naming an account does not: its link, a hashtag, a handle.
_POST_TRACE = re.compile(r"https?://|pic\.twitter\.com|#\w|@\w")


def _inline_posts(block: Block, source: str) -> list[Edit]:
    """An embedded post inside a paragraph: its text, from the sentence end before it, and its sign-off."""
    text = source[block.start : block.end]
    edits = []
    for m in _INLINE_POST_SIGNOFF.finditer(text):
        start = max((e.end() for e in _POST_START.finditer(text, 0, m.start())), default=0)
        post = text[start : m.start()]
        if len(post.split()) > MAX_INLINE_POST_WORDS or not _balanced(post) or not _POST_TRACE.search(post):
            continue  # a sign-off opening its line is the paragraph rule's (see ``_GLUED_POST_SIGNOFF``)
        edits.append(Edit("social_embed", block.start + start, block.start + m.end(), breaks=True))
    return edits


_CAMEL_RUN = rf"[{UPPER}][{LOWER}0-9'&-]*(?:\s[{UPPER}][{LOWER}0-9'&-]*){{0,3}}(?=[{UPPER}\"«])"


@cache
def _video_title() -> re.Pattern[str]:
    channels = patterns.alternation("video_channels.txt")
    return re.compile(
        rf"(?:(?<=[{SENTENCE_END}\"»”])|^)\s*[{UPPER}0-9«\"][^\n.!?]{{2,160}}?\s*\((?:vidéo|video|VIDÉO|VIDEO)\)"
        rf"\s*(?:par\s+(?:(?:{channels})|{_CAMEL_RUN}|[{UPPER}][{LOWER}0-9'&-]*))?"
    )


def video_titles(block: Block, source: str) -> list[Edit]:
    """An embedded video's stray title and channel credit ("Titre (vidéo)par Chaîne") inside text."""
    edits = [Edit("video_embed", s, e, breaks=True) for s, e, _ in _scan(block, source, _video_title())]
    return edits + _glued_video_credits(block, source)


# A channel's name after "par": up to four capitalised words (the shortest that fits what follows).
_CHANNEL_WORDS = rf"[{UPPER}0-9][\w.'&-]*?(?:\s[{UPPER}0-9][\w.'&-]*?){{0,3}}"


_SITE_ADDRESS = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,4}"  # "rtl.fr", "video.lefigaro.fr"


@cache
def _glued_channel() -> re.Pattern[str]:
    channels = patterns.alternation("video_channels.txt")
    # "…titrepar ChaîneSuite": "par" glued to the title, the channel to the next sentence (or known by name).
    return re.compile(
        rf"(?<=[\w\"»”)?!….])par\s(?:(?:{channels})(?=[\u200b\u2060\ufeff]*[{UPPER}0-9\"«“•]|\s+[{UPPER}0-9\"«“]|\s*$)"
        rf"|[{UPPER}][\w.'&-]*?(?:\s[{UPPER}0-9][\w.'&-]*?){{0,3}}(?<=[^\W_])(?=[{UPPER}][{LOWER}]|[\"«“])"
        # "… ?par 6MEDIASUn …", "…)par Sport AutoL'histoire …", "… ?par La Quotidienne Un arrêté …", "… ?par 6MEDIAS
        # Préférant …": glued to a question mark, an exclamation mark, a closing bracket or a full stop (a sentence's
        # "par" follows a space), any channel glued to the next sentence, or before a word opening one, or one word.
        rf"|(?<=[?!).]par\s){_CHANNEL_WORDS}(?<![0-9\s])(?<!\bLe)(?<!\bLa)(?=[{UPPER}](?:[{LOWER}]|['’])|À\s|•)"
        rf"|(?<=[?!).]par\s){_CHANNEL_WORDS}(?=\s{_SENTENCE_OPENER}\s[{LOWER}])"
        rf"|(?<=[?!).]par\s)(?!(?:Le|La|Les|Un|Une|Des)\s)[{UPPER}0-9][\w.'&-]*(?<![0-9])(?=\s+[\"«“]?[{UPPER}0-9]|\s*$)"
        # "… ?par rtl.frInvitée …": a site's address glued to the next sentence (or after a question, to its end).
        rf"|{_SITE_ADDRESS}(?=[{UPPER}][{LOWER}'’])|(?<=[?!]par\s){_SITE_ADDRESS}(?=\s+[{UPPER}]|\s*$))"
    )


# Where a stray video title can start: after a sentence end (possibly glued), at a capital or a quote.
_TITLE_START = re.compile(rf"[{SENTENCE_END}]+[\"»”)]*\s*(?=[\"«“\[]?\s?[{UPPER}0-9])")
_INITIAL = re.compile(rf"(?:^|[\s.'])(?:[{UPPER}]|{patterns.alternation('abbreviations.txt')})$")
MAX_VIDEO_TITLE_WORDS = 40


def _balanced(text: str) -> bool:
    pairs = (("«", "»"), ("“", "”"), ("(", ")"), ("[", "]"))
    return text.count('"') % 2 == 0 and all(text.count(a) == text.count(b) for a, b in pairs)


def _video_title_start(text: str, end: int) -> int | None:
    """Where the stray title ending at ``end`` starts: after the last sentence end outside its quotes."""
    # Not after an initial or an abbreviation ("M. Macron"); a number may end a sentence ("France 3. Titre").
    starts = [
        m.end()
        for m in _TITLE_START.finditer(text, 0, end)
        if not _INITIAL.search(text[max(0, m.start() - 12) : m.start()])
    ]
    for start in reversed([0, *starts]):
        title = text[start:end]
        if len(title.split()) > MAX_VIDEO_TITLE_WORDS:
            return None
        if title.strip() and _balanced(title) and re.match(rf"[\"«“\[]?\s?[{UPPER}0-9]", title):
            return start
    return None


def _glued_video_credits(block: Block, source: str) -> list[Edit]:
    """An embedded video's title and channel glued into the text without "(vidéo)":
    "…a détaillé le ministre. Titre de la vidéo estime le ministrepar France InterLa suite …"."""
    text = source[block.start : block.end]
    if "par " not in text:
        return []
    edits = []
    for m in _glued_channel().finditer(text):
        start = _video_title_start(text, m.start())
        begin = m.start() if start is None else start
        edits.append(Edit("video_embed", block.start + begin, block.start + m.end(), breaks=True))
        head = _CREDIT_GLUED_HEAD.match(text, m.end())
        if head is None or _FUNCTION_END.search(head["head"]) or not _title_like(head["head"], 2):
            continue
        # Glued to any capitalised word ("… du Premier ministreBon nombre …"), the glue must join plain words.
        if head["camel"] is None or _glued_to_a_word("", head["head"], text[head.end() :]):
            edits.append(Edit("subheading", block.start + m.end(), block.start + head.end(), breaks=True))
    return edits


_INLINE_SUBHEADING = re.compile(
    rf"(?:(?<=[{SENTENCE_END}\"»”])|^)\s*[-–—]\s*(?=[{UPPER}0-9\"«]|['‘][{UPPER}])"
    rf"(?P<head>(?:[^\n.!?\-–—]|(?<=\w)-(?=\w)){{2,90}}?[?!]?)(?:\s+[-–—]|(?<=[?!\"»”])[-–—]|[-–—](?=\s))\s*"
    rf"(?=[\"«“]?\s?[{UPPER}0-9])"
)  # '…fin.-"Peur de contaminer"-"Ces semaines …"': a quoted AFP heading may close on a dash glued to its quote
# "…fin.Sous-titre en minusculesDébut": a short unpunctuated run glued to the next sentence's capital.
_CAMEL_SUBHEADING = re.compile(
    rf"(?<=[{SENTENCE_END}\"»”])\s*(?P<head>[{UPPER}][^\n.!?\"«»:;,()]{{2,80}}?\s[{LOWER}]{{3,}})(?=[{UPPER}][{LOWER}'])"
)


_END = rf"[{SENTENCE_END}\"»”]"
_END_CHARS = SENTENCE_END + '"»”'
# Scraped sub-headings glued between sentences (the page's line breaks were lost). Each form needs a glue:
# a sentence end or a closing quote touching the next capital with no space (or the paragraph's start).
# '…fin."Titre entre guillemets"Début' / '…fin."Titre" Début' / '…fin". "Titre"Début' / '…fin.« Titre » Début'
# (no punctuation inside).
_QUOTED_HEAD = (
    rf"\"[{UPPER}][^\"\n.!?:;,()«»“”]{{1,80}}[^\"\s.!?:;,()«»“”]\""
    rf"|«\s?[{UPPER}][^\"\n.!?:;,()«»“”]{{1,80}}[^\"\s.!?:;,()«»“”]\s?»"
    rf"|“[{UPPER}][^\"\n.!?:;,()«»“”]{{1,80}}[^\"\s.!?:;,()«»“”]”"
)
_QUOTED_SUBHEADING = re.compile(
    rf"(?:(?<={_END})|^)(?P<sp>\s?)(?P<head>{_QUOTED_HEAD})(?P<after>\s?)(?=[\"«“]?\s?[{UPPER}])"
)
# "…fin.Titre en minuscules"Début" / "…fin. Titre "cité" en minusculesDébut" / "…finTitreDébut" / "35°C attendu
# dans la régionL'institut" /
# "…fin. Une "formule citée""Début": glued to the next sentence's capital, after a sentence end or a lowercase
# word, or opening the paragraph.
_GLUED_SUBHEADING = re.compile(
    rf"(?:(?<={_END})\s?|(?<=[{LOWER}]{{3}})|^)"
    rf"(?P<head>(?:[\"“]|«\s?)?(?:[{UPPER}]|(?<![\w,.])[0-9]|(?<=[{LOWER}]{{2}}\.)[0-9])[^\n.!?:;,()#@]{{2,80}}?[\s\"«“][{LOWER}](?:[{LOWER}'-]*[{LOWER}])?[{LOWER}])"
    rf"(?=(?:\s?[»”]|\")?[\"«“]?[{UPPER}][{LOWER}'])"
)
# "…pays.Titre avec une "formule citée" Dans ce texte, …": glued to the previous sentence, closing on its
# quotation, and followed by a word that opens a sentence.
_SENTENCE_OPENER = (
    r"(?:Le|La|Les|L'|Un|Une|Des|Du|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles|On|Selon|Mais|Pour|Dans|En|Depuis|Après|Lors"
    r"|Pourtant|Ainsi|Alors|Si|Quant|Au|Aux|Par|Sur|Avec)"
)
_QUOTE_ENDED_SUBHEADING = re.compile(
    rf"(?<={_END})(?P<head>[{UPPER}][^\n.!?:;,()#@]{{2,80}}?(?:\"|\s?»|”))\s(?={_SENTENCE_OPENER}[\s'])"
)
# '…ajoute-t-il. "Souvenez-vous que …""A ce discours-là': a longer quotation without sentence punctuation, after a
# sentence end and glued to the next sentence's opening quote.
_DOUBLE_QUOTED_SUBHEADING = re.compile(
    rf"(?<={_END})\s?(?P<head>\"[{UPPER}][^\"\n.!?:;()«»“”]{{10,140}}[^\"\s.!?:;,()«»“”]\")(?=\"[{UPPER}])"
)
# '…sur Twitter. Janvier 2019. L'exécutif soutient les "gilets jaunes" Le 7 janvier …', '…le 27.Février 2019.
# Rupture consomméeM. Di Maio …': a timeline entry's heading (month, year, full stop, a few words) glued between
# sentences: camel-glued to the next capital or followed by a word that opens a sentence.
_TIMELINE_HEAD = re.compile(
    rf"(?i:(?<={_END})\s?)(?P<head>(?:Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre"
    rf"|Décembre) (?:19|20)\d\d\. [{UPPER}][^\n.!?:;()]{{2,80}}?[{LOWER}\"»”])"
    rf"(?=[{UPPER}]|\s{_SENTENCE_OPENER}\s)"
)
# Words that open a sentence, glued with no space to the end of a line that has no final punctuation.
_GLUED_OPENER = (
    r"(?:(?:Le|La|Les|Un|Une|Des|Du|De|Ce|Cette|Ces|Cet|Cela|Il|Elle|Ils|Elles|On|Selon|Mais|Pour|Dans|En|Depuis"
    r"|Après|Avant|Lors|Pourtant|Ainsi|Alors|Si|Au|Aux|Par|Sur|Sous|Avec|Et|Or|Car|Face|Entre|Sans|Malgré|Parmi"
    r"|Son|Sa|Ses|Leur|Leurs|Tout|Tous|Toute|Toutes|Plusieurs|Certains|Certaines|Chaque|Aucun|Aucune|Quand"
    rf"|Comment|Pourquoi|Déjà|Enfin|Pas|Près|Outre|Cependant|Toutefois|Néanmoins|Reste)\s|(?:L|D|C|Qu|S|J|N)'[{LOWER}]"
    # "À Paris, …" opening a sentence, never the end of a word in capitals ("DÉJÀ BIEN ANCRÉE")
    rf"|À\s(?![{UPPER}]{{2}})"
    # A day opening the next sentence ("…au Pontet et à ValenceDimanche, l'hebdomadaire …").
    r"|(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Hier)[\s,])"
)
# '…dans les années 80.Anne Hidalgo ne connaissait pas l'existence du déjeuner de 2019Ce repas …', '… de manifester.
# »270 000 manifestants dans toute la FranceLes services …': a line without final punctuation glued with no space
# on both sides, to the sentence end before it and to a word opening the next sentence: both glues say it stood on a
# line of its own without a full stop, a heading even with a verb in it (opening the paragraph, a run with a verb is
# more likely sentences that lost their full stops: see _GLUED_SUBHEADING).
_BOTH_GLUED_SUBHEADING = re.compile(
    rf"(?<={_END})(?P<head>(?:[{UPPER}]|(?<![\w,.])[0-9]|(?<=[{LOWER}]{{2}}\.)[0-9]|(?<=[\"»”]\.)[0-9])"
    rf"(?:[^\n.!?:;()\"«»“”#@]|(?<=\d)\.(?=\d{{3}})){{2,100}}?[{LOWER}0-9%°])"
    # '… deux Smic.Pas d'augmentation des tarifs en 2019Interrogé sur …': or a year glued to any capitalised word.
    rf"(?={_GLUED_OPENER}|(?<=\s(?:19|20)\d\d)[{UPPER}][{LOWER}])"
)
# '…leurs témoignages". Les regrets de Brigitte LahaieDans un entretien …', '…par Loïc Prud'homme. La démission de
# X demandée par LFIDans la foulée, …': the same line spaced after the sentence end (as the corpus flattened its
# line breaks) and glued with no space to a word opening the next sentence; it may end on a name or an acronym.
# Weaker glue than both sides: no clause word (see ``subheadings``).
_QUOTE_CLOSED_END = re.compile(rf"[\"»”][{SENTENCE_END}]$")
_PLAIN_TOKEN = re.compile(rf"[{UPPER}]?[{LOWER}'’]+|[{UPPER}]{{2,}}|\d+")  # "Lahaie", "huîtres", "LFI", "2008"
# Words of a heading: no sentence punctuation, a number's separators ("20.000", "3,6"), short quotations.
_HEAD_RUN = r"(?:[^\n.!?:;()\"«»“”#@]|(?<=\d)[.,](?=\d)|\"[^\"\n.!?]{1,40}\"|«[^«»\n.!?]{1,40}»)"
# ". 240 drones, un par quartierFace à …", '… assure-t-il. 20.000 "boutons" pour alerter la policeLa lutte …': it
# may open on a number and hold a short quotation.
_SPACED_GLUED_SUBHEADING = re.compile(
    rf"(?:(?<=[{SENTENCE_END}]\s)|(?<=[{SENTENCE_END}][\"»”]\s)|(?<=[\"»”][{SENTENCE_END}]\s))"
    rf"(?P<head>[{UPPER}0-9]{_HEAD_RUN}{{2,100}}?[{LOWER}{UPPER}0-9])"
    rf"(?={_GLUED_OPENER})"
)
_GLUED_OPENER_RE = re.compile(_GLUED_OPENER)
# A head glued by its closing year alone that holds a comma or ends on a full date reads as a sentence's end.
_YEAR_GLUED_SENTENCE = re.compile(
    rf",|\b{DAY_MONTH}\s(?:19|20)\d\d$",
    re.IGNORECASE,
)
# '… du protocole sanitaire. Soutien scolaire gratuit pendant l'été4% des élèves …': a heading after a sentence end
# (spaced or not), its last word glued to the number opening the next sentence (no word of the text runs into a
# number so: "été4%"; a name with its number is capitalised: "Track25"); it may hold a short quotation ('Le mouvement
# des "gilets jaunes" partagé8.000 policiers …').
_DIGIT_GLUED_SUBHEADING = re.compile(
    rf"(?:(?<={_END})|(?<=[{SENTENCE_END}]\s)|(?<=[{SENTENCE_END}][\"»”]\s))"
    rf"(?P<head>[{UPPER}](?:[^\n.!?:;()\"«»“”#@0-9]|\"[^\"\n.!?0-9]{{1,40}}\"|«[^«»\n.!?0-9]{{1,40}}»){{2,100}}?"
    rf"(?<![\w-])(?:[{LOWER}]+['’])?[{LOWER}]{{3,}})"
    rf"(?=\d+(?:[,.]\d+)?(?:[\s\u202f\u00a0]\d{{3}})*(?:\s?%|[\s\u202f\u00a0]+[{LOWER}]))"
)
# '… l'ex-candidate à la présidentielle.Le RN plus fort que le LFI"C'est la raison …': a heading glued with no space
# to the sentence end before it and to the opening quotation of the next sentence (not a quoted phrase going on with
# the sentence: 'Les manifestants scandaient"Vive le Pakistan", ou …').
_CONTINUED_QUOTATION = re.compile(
    r'(?:"[^"\n.!?…]{1,80}"|«[^«»\n.!?…]{1,80}»|“[^“”\n.!?…]{1,80}”)(?:\s?[,;]|\s[a-zàâçéèêëîïôûùüÿœ])'
)
MAX_CONTINUED_QUOTATION_WORDS = 4  # a longer quotation then a comma is speech and its incise ('"…", a-t-elle dit')
_QUOTE_GLUED_SUBHEADING = re.compile(
    rf"(?<={_END})(?P<head>[{UPPER}][^\n.!?:;()\"«»“”#@]{{2,100}}?[{LOWER}{UPPER}0-9])(?=(?:\"|«\s?|“)[{UPPER}])"
)
# '… c'est la notre". Des transfuges LR"Dans le contexte …': the same spaced after the sentence end, with no clause
# word (a sentence glued to its quotation keeps its verb: '… Le ministre a répondu"Non"').
_ELIDED_CLAUSE = re.compile(r"\b(?:[nsj]|qu)['’]", re.IGNORECASE)  # "n'a", "s'est", "qu'il": a clause's words
_SPACED_QUOTE_GLUED_SUBHEADING = re.compile(
    rf"(?:(?<=[{SENTENCE_END}]\s)|(?<=[{SENTENCE_END}][\"»”]\s))"
    rf"(?P<head>[{UPPER}][^\n.!?:;,()\"«»“”#@]{{2,100}}?[{LOWER}{UPPER}0-9])(?=(?:\"|«\s?|“)[{UPPER}])"
)
# '… a déploré l'organisation syndicale.La colère du FNSébastien Chenu demande …': a heading after a sentence end
# (spaced or not) ending on an acronym glued to the capitalised name opening the next sentence (no word is written
# so, save a name in camel case, camel_names.txt: "JPMorgan", or a roman numeral's: "XIIème"), the name followed by
# a space ("à TVMag, Denis …" is one sentence).
_ACRONYM_GLUED_SUBHEADING = re.compile(
    rf"(?:(?<={_END})|(?<=[{SENTENCE_END}]\s)|(?<=[{SENTENCE_END}][\"»”]\s))"
    rf"(?P<head>[{UPPER}](?:[^\n.!?:;()\"«»“”#@]|\"[^\"\n.!?]{{1,60}}\"|«[^«»\n.!?]{{1,60}}»){{2,100}}?"
    rf"(?<![\w'’-])(?P<acronym>[{UPPER}]{{2,}}|[{UPPER}]+[0-9]{{1,2}}))"  # "LFI", a channel's "TF1"
    # '… par LRAu Sénat, les débats …': or a short word opening a sentence
    rf"(?=(?P<name>[{UPPER}][{LOWER}]{{2,}})\s|(?P<name2>Au|Aux|En|Le|La|Les|Un|Une|Il|On|De|Du|Des)\s)"
)
_ROMAN = re.compile(r"[IVXLCDM]+")  # "du XIIème siècle", "XXXTentacion": a numeral or a name, no acronym
# '…relayés par Le Point.Qui pour payer ?Si la cérémonie …': a short question glued with no space on both sides.
_QUESTION_SUBHEADING = re.compile(
    rf"(?<={_END})(?P<head>[{UPPER}][^\n.!?:;()\"«»“”#@]{{2,80}}?[{LOWER}]\s?\?"
    # '… très cultivé."Les émissions culinaires ? Non merci !Autre personnalité …': with its short answer
    rf"(?:\s[{UPPER}][^\n.!?:;()\"«»“”#@]{{1,40}}?[{LOWER}]\s?!)?)(?=[\"«“]?[{UPPER}][{LOWER}'\s])"
)
MAX_QUESTION_HEADING_WORDS = 8
# '…on ne peut pas y renoncer." Le masque obligatoire dans les transports ?Autre outil …': a short question with no
# verb, spaced after a statement's end, glued to the next sentence's capital (a question of the text asks with a
# verb, "Aurait-il pu s'échapper ?", or follows another question, or opens on a conjunction: "Ou bien gardés ?").
_SPACED_QUESTION_SUBHEADING = re.compile(
    rf"(?:(?<=[.…]\s)|(?<=[.…][\"»”]\s)|(?<=[\"»”]\.\s))"
    rf"(?!(?:Et|Ou|Mais|Or|Donc|Car)\b)(?P<head>[{UPPER}][^\n.!?:;\"«»“”()]{{2,80}}?[{LOWER}]\s?\?)"
    rf"(?=[\"«“]?[{UPPER}][{LOWER}'\s])"
)
# '…promet Laurent Berger."Insuffisant", pour la CFDT-CheminotsPourtant, au sein …', '… et sanction"."Une
# expression artistique et pacifiste" pour le maire de StainsLundi 22 juin, …': a heading led by a quotation, glued
# with no space to the sentence end before it and to a word opening the next sentence (63 corpus matches, all
# headings).
_QUOTE_LED_GLUED_SUBHEADING = re.compile(
    rf"(?<={_END})(?P<head>\"[{UPPER}][^\"\n.!?]{{1,60}}\",?\s[^\n.!?:;()\"«»“”#@]{{2,80}}?[{LOWER}])"
    rf"(?={_GLUED_OPENER}|(?:Pourtant|Ainsi|Enfin|Cependant|Toutefois|Néanmoins|Alors|Mais|Or|Depuis)\s?,)"
)
MAX_QUOTE_LED_HEADING_WORDS = 14
_INVERTED_SUBJECT = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|je|nous|vous)\b|\best-ce\b", re.IGNORECASE)
# '…à midi."Non à la censure !"L'ancienne porte-parole …': an exclaimed or asked quotation glued with no space on
# both sides, to a sentence end and to the next sentence's capital (a spaced one may be a quote of the text).
_EXCLAIMED_QUOTED_SUBHEADING = re.compile(
    rf"(?<=[{SENTENCE_END}])(?P<head>(?:\"|«\s?)[{UPPER}][^\"\n.!?:;,()«»“”]{{1,80}}[^\s…]\s?[!?](?:\"|\s?»))"
    rf"(?=[{UPPER}][{LOWER}'])"
)
# '…de son médecin.Une surexposition médiatique pesante Le plombier de 40 ans a …': a heading glued to the sentence
# end before it, then a space and a word opening the next sentence followed by a lowercase word (not "Le Pen").
# A word opening the next sentence, after a space, followed by a lowercase word (not "Le Pen").
_SPACED_OPENER = (
    rf"(?:(?:Le|La|Les|Un|Une|Des|De|Du|Ce|Cette|Ces|Cet|Il|Elle|Ils|Elles|Selon|Depuis|Pour|Dans|En|Après|Lors|Mais"
    rf"|Pourtant|Ainsi|Alors|Au|Aux|Face|Sur|Avec)\s[{LOWER}]|(?:L|D|C|Qu)'[{LOWER}]"
    # a day and its time opening the next sentence ("…de discipline Mardi soir à Paris, …"), not a title's day
    # ("l'émission Dimanche en politique", "France Dimanche")
    rf"|(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\s(?:soir|matin|midi|après-midi|dernier|[0-9]))"
)
_SPACED_OPENER_SUBHEADING = re.compile(
    rf"(?<={_END})(?P<head>[{UPPER}][^\n.!?:;,()\"«»“”#@]{{2,80}}?[{LOWER}]{{2,}})\s(?={_SPACED_OPENER})"
)
# '…pas le droit à ces actions'". La retraite et une indemnité de non concurrence En mars, alors …': the same
# heading spaced after a sentence end, as the corpus flattened its sub-headings.
_SPACED_BOTH_SUBHEADING = re.compile(
    rf"(?:(?<=[{SENTENCE_END}]\s)|(?<=[{SENTENCE_END}][\"»”]\s)|(?<=[\"»”][{SENTENCE_END}]\s)"
    # '… la santé des Français » Des vacances toujours menacées De nombreux …': a quotation closing a sentence
    # without its full stop (a French guillemet after a word).
    rf"|(?<=[{LOWER}]\s»\s)|(?<=[{LOWER}]»\s))" + _SPACED_OPENER_SUBHEADING.pattern.removeprefix(f"(?<={_END})")
)


@cache
def _connective_led_subheading() -> re.Pattern[str]:
    """A run after a sentence end (or opening the paragraph), then a space and a connective opening the next
    sentence with a comma (connective_adverbs.txt): "… le Canard enchaîné. Nicolas Sarkozy n'y croit pas Toutefois,
    selon …"."""
    connectives = patterns.alternation("connective_adverbs.txt").replace("'", "['’]")
    return re.compile(
        rf"(?:(?<={_END})|(?<=[{SENTENCE_END}]\s)|(?<=[{SENTENCE_END}][\"»”]\s)|^)"
        rf"(?P<head>(?:[{UPPER}]|(?<![\w,.])[0-9]|(?<=[{LOWER}]{{2}}\.)[0-9]){_HEAD_RUN}{{2,100}}?[{LOWER}0-9%])"
        rf"(?:\s|(?<=[{LOWER}]))(?=(?:{connectives}),)"  # spaced or glued ("… dans les EhpadDésormais, …")
    )


# '…(LREM)par franceinfoUn dîner pour "caler" les derniers arbitrages Cette réunion …': the article's sub-heading
# glued to the credit of an embedded video, then the next sentence (spaced or glued).
_CREDIT_GLUED_HEAD = re.compile(
    rf"(?P<head>[{UPPER}0-9]{_HEAD_RUN}{{2,80}}?[{LOWER}]{{2,}})"
    rf"(?:\s(?={_SPACED_OPENER})|(?={_GLUED_OPENER})|(?P<camel>(?=[{UPPER}][{LOWER}])))"
)
_SOURCE_LEAD = re.compile(r"(?:Selon|D'après)\s")
# A heading does not end on a function word ("… face à Le Pen", "… soutenu par Les Républicains").
_FUNCTION_END = re.compile(
    r"\s(?:à|de|du|des|le|la|les|l|un|une|et|ou|en|au|aux|par|pour|sur|avec|contre|face|chez|dans|vers|entre"
    r"|sans|sous|que|qui|dont|son|sa|ses|leur|leurs|ce|cette|ces)$",
    re.IGNORECASE,
)
_LOWER_WORD_END = re.compile(rf"(?:^|\s)[{LOWER}]+$")
# "… pays». AVIS FAVORABLE DE LA HATVP Native de Séoul …", '…a-t-il lancé."LA DISPERSION NE PEUT QU'AGGRAVER
# CES PÉRILS" Il …': a run of capitalised words (possibly quoted) between sentences or opening the paragraph.
_CAPS_WORD = rf"(?:«\s?|[\"“])?[{UPPER}0-9](?:[{UPPER}0-9'’%-]|(?<=\d)[.,](?=\d))*(?:\s?»|[\"”])?"
_CAPS_SUBHEADING = re.compile(
    rf"(?:(?<={_END})\s?|^)(?:•\s*)?(?P<head>{_CAPS_WORD}(?:,?\s{_CAPS_WORD}){{1,15}}(?:\s?\?)?)"
    # A one-letter word after the heading needs a space before it, else it is the heading's last letter ("LE PETIT
    # VIGILANT a publié" is one sentence); only "À", which ends almost no word, may be glued ("…NATIONALÀ la lire").
    rf"(?=\s?[\"«“]?\s?(?:[{UPPER}]'?[{LOWER}]|À\s[{LOWER}])|\s[\"«“]?\s?[{UPPER}]\s[{LOWER}]|$)"
)
# "… M. Marchal.MULTIRÉCIDIVISTEDans une interview …", "… concerné. CANNABISExpérimentation …": one shouted word of
# seven letters or more after a sentence end (or opening the paragraph), glued to the next sentence's capital (no
# acronym is written glued to a capitalised word).
_CAPS_ONE_WORD_SUBHEADING = re.compile(
    rf"(?:(?<={_END})\s?|^)(?P<head>[{UPPER}][{UPPER}'’-]{{6,}}|[\"«“]\s?[{UPPER}][{UPPER}'’-]{{3,}}\s?[\"»”])"
    rf"(?=[{UPPER}][{LOWER}])"
)  # '… l'Île-aux-Moines. "FOURBE"Gabriel Attal …': quoted, four letters are enough
# "REPÈRES. Rien ne va plus …", "CUMUL DES MANDATS - Gérard Collomb …": a kicker in capitals opening the
# paragraph, closed by a full stop (one word of five letters or more) or a spaced dash (up to six words).
_CAPS_KICKER = re.compile(
    # "MEURTHE-ET-MOSELLE. "1/3 de finances en moins" …": a hyphenated place, a quotation after it
    rf"^(?P<head>[{UPPER}]{{5,}}\.|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})+\.|{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,5}}\s[-–—])"
    rf"\s(?=[{UPPER}][{LOWER}']|[\"«“]\s?[{UPPER}0-9])"
)
# "… Me Ravanas. • Une victoire pour Laura Smet Le tribunal …", '….• 200 millions de masques commandés en France
# Pour ajouter …', '….• Stocks mondiaux insuffisants Et la demande …': a bullet-marked heading inside a paragraph.
_BULLET_SUBHEADING = re.compile(
    rf"(?<={_END})\s*•\s*(?P<head>[{UPPER}0-9][^\n.!?•:;,\"«»()]{{2,90}}?)"
    rf"(?<!\s(?:et|ou|de|du|au|en))(?<!\sà)(?<!\s(?:par|sur|des|aux))(?<!\spour)(?<!\sentre)"
    rf"(?:\s+(?=(?:Le|La|Les|Un|Une|Des|Ce|Cette|Ces|Il|Elle|Ils|Elles|Selon|Mais|Et|Pour|Dans|En)\s[{LOWER}])"
    rf"|(?=[\"«“][{UPPER}]))"
)
# "• Analyse du contenu des phrases"Alors que …": a bullet-marked heading opening the paragraph, glued to the opening
# quotation of the first sentence (no space before it: no writer types a quotation so).
_LEADING_BULLET_SUBHEADING = re.compile(
    rf"^\s*•\s*(?P<head>[{UPPER}][^\n.!?•:;,\"«»“”()]{{2,90}}?)(?<=\S)(?=[\"«“][{UPPER}])"
)
# Words of a clause, not of a title: a glued run holding one of them is a sentence that lost its full stop.
_CLAUSE_WORDS = frozenset(
    {"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "est", "sont", "a", "ont", "était", "sera"}
    | {"fait", "dit", "se", "ne", "pas"}
)
_HEAD_WORD = re.compile(r"[\w'-]+")
# "Pas d'antécédents judiciaires", "Pas mieux dans le sud": "pas" opening a heading, with no "ne" before it, denies
# in a verbless heading; it is no clause word there.
_VERBLESS_NEGATION = re.compile(r"^(?:[\"«“]\s?)?[Pp]as\b")


MAX_TITLE_WORDS = 12
MAX_SHOUTED_TITLE_WORDS = 16  # a heading in capitals may be a whole sentence ("UN TIERS DES FRANÇAIS A REFUSÉ …")


def _title_like(head: str, min_words: int = 3, clause_words: bool = False, max_words: int = MAX_TITLE_WORDS) -> bool:
    """A heading's shape: a few words, balanced quotes, and (unless ``clause_words``) no clause word outside
    its quotations."""
    tokens = _HEAD_WORD.findall(head.lower())
    if not min_words <= len(tokens) <= max_words or not balanced_quotes(head):
        return False
    # Words quoted in a heading are someone's speech: a verb there does not make the heading a sentence.
    unquoted = _HEAD_WORD.findall(_QUOTATION.sub(" ", _VERBLESS_NEGATION.sub("", head)).lower())
    return clause_words or not any(t in _CLAUSE_WORDS for t in unquoted)


def is_title_like(head: str, min_words: int = 1) -> bool:
    """A heading's shape with no clause word outside its quotations (see ``_title_like``)."""
    return _title_like(head, min_words)


_QUOTATION = re.compile(r'"[^"]*"|«[^«»]*»|“[^“”]*”')


_CLOSING_STRAIGHT = re.compile(r'(?<=[^\s"])"(?=[\s,;.!?)])')


def _in_quotation(before: str) -> bool:
    """Whether the text before a heading leaves a straight or « » quotation open: the heading would be inside it
    (“ ” are not counted here). An odd count of straight quotes whose last one closes a quotation ('… et
    favorable" pour ces personnes.') is a mark missing earlier in the paragraph, not a quotation left open."""
    if before.count("«") != before.count("»"):
        return True
    last = before.rfind('"')
    return before.count('"') % 2 == 1 and _CLOSING_STRAIGHT.match(before, last) is None


def balanced_quotes(text: str) -> bool:
    """Whether every quotation mark in the text is closed (straight quotes even, « » and “ ” paired)."""
    return text.count('"') % 2 == 0 and text.count("«") == text.count("»") and text.count("“") == text.count("”")


def _opens_quote(text_before: str, head: str) -> bool:
    """Whether a heading's leading straight quote opens a quotation (not closes an earlier one): after a space,
    or right after another quote, or glued to a sentence end with an even number of quotes before it."""
    if not head.startswith('"') or not text_before.strip() or text_before[-1] in ' "»”':
        return True  # after a space or right after a closing quote ('…fin.""Titre"')
    return text_before.count('"') % 2 == 0


_QUOTE_THEN_LOWER = re.compile(rf"\"[^\"\n]{{1,200}}\"\s[{LOWER}]")
_GLUED_OPENER_AFTER_QUOTE = re.compile(rf"\"{_GLUED_OPENER}")


def _quote_goes_on(text: str, end: int, head: str) -> bool:
    """Whether the quotation glued after a heading candidate goes on in lowercase: when the candidate is not
    glued to the sentence before, it and the quote are one sentence with a missing space ("… interviews.
    Invitée dans l'émission"Vivement la télé" de Michel Drucker …"); unless the quotation opens on a word opening a
    sentence after a heading whose last word names no work ('… d'années. La piste du drame intra-familial"Des
    écrits" consultés par …': the next sentence's subject)."""
    if not _QUOTE_THEN_LOWER.match(text, end):
        return False
    opens_sentence = _GLUED_OPENER_AFTER_QUOTE.match(text, end)
    last_word = re.split(r"['’]", head.split()[-1])[-1].lower()  # "l'émission"
    return not opens_sentence or last_word in patterns.words("apposition_nouns.txt")


def _quote_led(head: str, text: str, end: int, pattern: re.Pattern[str]) -> bool:
    """Whether a glued heading is mostly a quotation, so that a verb in it does not make it a sentence:
    '…santé.Il « ne s'intéressait plus … » Depuis' (at most one word outside the quotation, no full stop after
    it) or '… » « Plus de 250 millions de masques » ont été commandésParmi' (opening on the quotation, glued to the
    next sentence's capital with no space)."""
    outside = _HEAD_WORD.findall(_QUOTATION.sub(" ", head))
    if pattern is _QUOTE_ENDED_SUBHEADING:
        return len(outside) <= 1 and len(outside) < len(_HEAD_WORD.findall(head)) - 3
    return head[:1] in '"«“' and bool(_QUOTATION.match(head)) and text[end : end + 1].isupper()


# '…des Républicains. - Les émeutes anti-CPELes deux hommes …', '….- VaccinsLe président …': an AFP inline heading
# ("- Titre -") that lost its closing dash and its line break, so its last word is glued to the next sentence's first
# one. The glue point is a case change inside a token: a lowercase letter or digit then a capital and a lowercase
# word ("FillonNicolas"), or a run of capitals then a capitalised word ("FNPatrick", "DSKSelon").
# A list's bullet does the same after a sentence end or opening the paragraph ("….• Des départements qui pourraient
# passer au vertPour l'heure, …", "….3• Supprimer les frais bancairesSelon …"); after a word, it is an item of a list
# ("… 50 ml • 2,64 euros pour 100 mlCe texte …"), only cut from the next sentence.
_DASH_LEAD = re.compile(
    rf"(?<=[{SENTENCE_END}\"»”)])\s*[-–—]\s*(?=[{UPPER}0-9\"«“])"
    rf"|(?:(?<=[{SENTENCE_END}\"»”)])\d{{0,2}}|^)\s*(?P<bullet>[•►▶♦■▪]|>(?=\s))\s*(?=[{UPPER}0-9\"«“])"
    rf"|(?<=[\w\s)»\"”])(?P<item>[•►▶♦■▪])\s*(?=[{UPPER}0-9\"«“])"
)
# Up to a closing dash: a spaced one, or one glued to an article ("- Aéroport binational-La spécificité …").
_DASH_HEAD_SPAN = re.compile(
    r"(?:[^\n.!?\-–—•►▶♦■▪>]|(?<=\w)-(?=\w)(?!(?:Le|La|Les|L'|Un|Une|Des|Il|Elle|Ce)\b)){1,120}"
)
_CASE_GLUE = re.compile(
    rf"(?:(?<=[{LOWER}0-9%])|(?<=[{UPPER}]{{2}}))(?=[{UPPER}][{LOWER}]{{2,}}|(?:[LDCJNSMT]|Qu)['’]|[{UPPER}][{LOWER}]\s)"
)
_GLUED_TOKEN = re.compile(r"[\w'’]*$")
_CAMEL_PARTICLE = re.compile(r"(?:.*['’])?(?:Mc|Mac|Le|La|De|Di|Du|Da|Van|Von|[a-zA-Z])", re.IGNORECASE)
_ROMAN_ORDINAL = re.compile(r"[IVXLCDM]+(?:e|er|ème)")
_CREDIT_PAR = re.compile(rf"[{UPPER}]par")
MAX_DASH_HEADING_WORDS = 12


def _dash_glued_heads(block: Block, source: str) -> list[Edit]:
    """Dash-led and bullet-led headings glued to the next sentence by a case change (see ``_DASH_LEAD``); a
    bullet's list item that is no heading is cut from the next sentence."""
    text = source[block.start : block.end]
    camel = patterns.words("camel_names.txt")
    edits = []
    for lead in _DASH_LEAD.finditer(text):
        span = _DASH_HEAD_SPAN.match(text, lead.end())
        if not span:
            continue
        bullet = lead["bullet"] or lead["item"]
        if (
            not bullet
            and text[span.end() : span.end() + 1] in ("-", "–", "—")
            and (len(_HEAD_WORD.findall(span.group(0))) <= MAX_DASH_HEADING_WORDS)
        ):
            continue  # "- Titre -": the closing dash is there (see ``_INLINE_SUBHEADING``)
        for glue in _CASE_GLUE.finditer(text, lead.end(), span.end()):
            head, cut = text[lead.end() : glue.start()], glue.start()
            left = _GLUED_TOKEN.search(head).group(0)
            right = re.match(r"[\w]*", text[cut:]).group(0)
            hashtag = head[: len(head) - len(left)].endswith(("#", "@"))
            if _CAMEL_PARTICLE.fullmatch(left) or left + right in camel or _ROMAN_ORDINAL.fullmatch(left + right):
                continue  # "McCain", "d'iPhone", "TikTok", "XIIe"
            if hashtag or _CREDIT_PAR.fullmatch(right):
                continue  # "#ShutDownAcademia"; a video credit "Archive INApar INA" is cut at its end, not in it

            if len(_HEAD_WORD.findall(head)) > MAX_DASH_HEADING_WORDS or _FUNCTION_END.search(" " + head):
                break
            if _title_like(head, 1) and not lead["item"] and not (bullet and ":" in head):
                edits.append(Edit("subheading", block.start + lead.start(), block.start + cut, breaks=True))
            elif bullet:  # a list item ("• 5 novembre 1984 : X inculpé", a sentence): text, on its own line
                if lead["bullet"] and lead.start() > 0:
                    at = block.start + lead.start("bullet")
                    edits.append(Edit("glued_paragraph", at, at, breaks=True))
                edits.append(Edit("glued_paragraph", block.start + cut, block.start + cut, breaks=True))
            break
    return edits


# '…témoignait un autre. Avant l'événement, le bloc n'existe pas ; après, il n'existe plusFonctionner sans …': a
# pull quote glued with no space to the next sentence's capital, its words repeated elsewhere in the article.
_GLUED_PULL_QUOTE = re.compile(
    rf"(?<=[{SENTENCE_END}]\s)(?P<head>[{UPPER}][^\n.!?()\"«»“”]{{20,200}}?[{LOWER}]{{2}})(?=[{UPPER}][{LOWER}])"
)
MIN_PULL_QUOTE_WORDS = 6
# '… au journal. Si je le juge utile pour mon pays, (...) je prendrai la liberté de m'exprimer à nouveau"L'intéressé
# …': the same, abridged (its cuts marked "(...)") or closed by the quotation mark whose opening it lost.
_ABRIDGED_CUT = re.compile(r"\s*[(\[](?:\.\.\.|…)[)\]]\s*")
_GLUED_ABRIDGED_PULL_QUOTE = re.compile(
    rf"(?<=[{SENTENCE_END}]\s)(?P<head>[{UPPER}](?:[^\n.!?()\"«»“”]|[(\[](?:\.\.\.|…)[)\]]){{20,200}}?[{LOWER}]{{2}})"
    rf"(?P<close>\"|\s?»|”)?(?=[{UPPER}][{LOWER}'’])"
)
MIN_PULL_QUOTE_RUN_WORDS = 3  # each piece of an abridged pull quote, said again in the text


def _glued_pull_quotes(block: Block, source: str) -> list[Edit]:
    """Pull quotes glued to the next sentence and repeated word for word elsewhere in the article: the glued copy
    goes (``duplicate_pull_quote``), the sentence of the text stays. An abridged copy goes when each of its pieces
    is said elsewhere."""
    edits = []
    for s, e, m in _scan(block, source, _GLUED_PULL_QUOTE):
        head = m.group("head")
        if len(head.split()) >= MIN_PULL_QUOTE_WORDS and source.count(head) > 1:
            edits.append(Edit("duplicate_pull_quote", s, e, breaks=True))
    lowered = source.lower()
    for s, e, m in _scan(block, source, _GLUED_ABRIDGED_PULL_QUOTE):
        runs = [r.strip(" ,;:") for r in _ABRIDGED_CUT.split(m["head"])]
        if (len(runs) == 1 and not m["close"]) or len(m["head"].split()) < MIN_PULL_QUOTE_WORDS:
            continue  # a plain copy: the rule above
        if m["close"] and not balanced_quotes(source[block.start : s]):
            continue  # the end of a quotation of the text
        if all(len(r.split()) >= MIN_PULL_QUOTE_RUN_WORDS and _said_elsewhere(r, lowered, s, e) for r in runs):
            edits.append(Edit("duplicate_pull_quote", s, e, breaks=True))
    return edits


def _said_elsewhere(words: str, lowered_source: str, start: int, end: int) -> bool:
    """Whether the words occur in the source (lowercase) outside the span."""
    needle = words.lower()
    at = lowered_source.find(needle)
    while at != -1:
        if at + len(needle) <= start or at >= end:
            return True
        at = lowered_source.find(needle, at + 1)
    return False


_OPENED_QUOTE_END = re.compile(r"(?:^|\s)[\"«“]\s?$")


def _continued_quotation(text: str, start: int) -> bool:
    """A quotation going on with the sentence around it: a lowercase word after it ('"Divorce …" pour'), or a comma
    after a few quoted words ('scandaient"Vive la République", ou …')."""
    m = _CONTINUED_QUOTATION.match(text, start)
    if m is None:
        return False
    return m.group(0)[-1].isalpha() or len(m.group(0).split()) <= MAX_CONTINUED_QUOTATION_WORDS


def _glued_number_and_quote_heads(block: Block, source: str) -> list[Edit]:
    """Verbless headings glued to the number, the opening quotation or the capitalised name (after an acronym)
    opening the next sentence (``subheading``); never inside a quotation."""
    text = source[block.start : block.end]
    edits = []
    for pattern in (
        _DIGIT_GLUED_SUBHEADING,
        _QUOTE_GLUED_SUBHEADING,
        _SPACED_QUOTE_GLUED_SUBHEADING,
        _ACRONYM_GLUED_SUBHEADING,
    ):
        for s, e, m in _scan(block, source, pattern):
            before, head = text[: m.start("head")], m.group("head")
            # Glued on both sides to a sentence end and to an opening quotation, a heading may hold a verb ('….Sa
            # famille l'appelle à se rendre"Il a fait …': 27 corpus matches, every one a heading).
            clause = pattern is _QUOTE_GLUED_SUBHEADING
            if not balanced_quotes(before) or not _title_like(head, 2, clause_words=clause):  # unbalanced: quoted
                continue
            if len(head.split()[-1]) < 2:
                continue  # cut inside a word ('UN MAGOT À NEUF MILLIONS D"EUROS"')
            if pattern is _SPACED_QUOTE_GLUED_SUBHEADING and _ELIDED_CLAUSE.search(head):
                continue  # '… Le meurtrier présumé n'a plus donné de signes de vie depuis 1976"Rien …': a sentence
            if pattern in (_QUOTE_GLUED_SUBHEADING, _SPACED_QUOTE_GLUED_SUBHEADING) and _continued_quotation(
                text, m.end()
            ):
                continue
            if pattern is _ACRONYM_GLUED_SUBHEADING and (
                m["acronym"] + (m["name"] or m["name2"]) in patterns.words("camel_names.txt")
                or _ROMAN.fullmatch(m["acronym"])
                or (m["acronym"][-1].isdigit() and m["acronym"] not in patterns.words("video_channels.txt"))
            ):
                continue  # a name in camel case ("JPMorgan"), a roman numeral, a model's name ("GTC4Lusso")
            if before[-1:] in '"«“' or _OPENED_QUOTE_END.search(before):
                continue  # a quotation's words ('… le journal. "Me faire élire …"Et …'): _QUOTED_SUBHEADING's
            if before and _is_abbreviation(before.rstrip(_END_CHARS), text[m.start("head") :]):
                continue
            edits.append(Edit("subheading", s, e, breaks=True))
    return edits


def subheadings(block: Block, source: str) -> list[Edit]:
    """Inline sub-headings between sentences: AFP-style ("… fin. - Titre - Début …") and glued scraped ones."""
    edits = []
    for pattern in (_INLINE_SUBHEADING, _CAMEL_SUBHEADING):
        for s, e, m in _scan(block, source, pattern):
            # "… lu parCyril Hanouna": a sentence missing a space after a preposition, not a heading.
            if pattern is _CAMEL_SUBHEADING and _FUNCTION_END.search(m.group("head")):
                continue
            if len(m.group("head").split()) <= 12:
                edits.append(Edit("subheading", s, e, breaks=True))
    edits += _dash_glued_heads(block, source)
    text = source[block.start : block.end]
    for s, e, m in _scan(block, source, _QUOTED_SUBHEADING):
        head = m.group("head")
        # Opening the paragraph, it needs the glue after it ('"Titre"Début': its line break lost, as when the
        # furniture standing between it and the sentence before is removed).
        if not text[: m.start("head")].strip() and m.group("after"):
            continue
        glued = not m.group("sp") or not m.group("after")
        # Glued on both sides ('…fin."Titre"Début'), its quotes are the heading's whatever the quotes before.
        opens = not m.group("sp") + m.group("after") or _opens_quote(text[: m.start("head")], head)
        # A quotation standing alone between glued sentences is a heading even with a verb in it.
        if glued and opens and _title_like(head, 2, clause_words=True):
            edits.append(Edit("subheading", s, e, breaks=True))
    for pattern in (_GLUED_SUBHEADING, _QUOTE_ENDED_SUBHEADING):
        for s, e, m in _scan(block, source, pattern):
            before = text[: m.start("head")]
            # Glued to a lowercase word ("gouvernementLa"), not inside a camel-case name ("PlayStation").
            starts_clean = not before.strip() or not before[-1].isalpha() or _LOWER_WORD_END.search(before)
            head = m.group("head")
            closing = re.match(r'"|\s?»|”', text[m.end() :])
            if closing and not balanced_quotes(head):  # the heading's closing quote
                head, e = head + closing.group(0), e + closing.end()
            goes_on = before[-1:].isspace() and _quote_goes_on(text, e - block.start, head)
            if (
                starts_clean
                and _opens_quote(before, head)
                and not _FUNCTION_END.search(head)  # "… traumatisanteInterviewée parEric Dussart …": a sentence
                and _title_like(head, _min_glued_words(before, head), _quote_led(head, text, e - block.start, pattern))
                and not goes_on
            ):
                edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, m in _scan(block, source, _EXCLAIMED_QUOTED_SUBHEADING):
        head = m.group("head")
        if source.count(head.strip('"«» ')) > 1:
            continue  # a pull quote repeated from the text: kept once by its own rule (duplicate_pull_quote)
        if _opens_quote(text[: m.start("head")], head) and _title_like(head, 2, clause_words=True):
            edits.append(Edit("subheading", s, e, breaks=True))
    for pattern, limit in ((_BOTH_GLUED_SUBHEADING, 12), (_QUESTION_SUBHEADING, MAX_QUESTION_HEADING_WORDS)):
        for s, e, m in _scan(block, source, pattern):
            before, head = text[: m.start("head")], m.group("head")
            # Not after an initial or an abbreviation ("M.Le Maire"), nor a decimal number ("2.5 millions"); a
            # quotation closed before the full stop ends a sentence ('… @LePoint".Titre').
            quote_closed = _QUOTE_CLOSED_END.search(before)
            if before and not quote_closed and _is_abbreviation(before.rstrip(_END_CHARS), text[m.start("head") :]):
                continue
            if head[0].isdigit() and before.rstrip(_END_CHARS)[-1:].isdigit():
                continue
            # Not inside a quotation ('… la question : "Comment vivrons-nous ensemble?"La question …').
            if _in_quotation(before) or re.search(r"[\s:]\"$", before):
                continue
            if (
                pattern is _BOTH_GLUED_SUBHEADING
                and _YEAR_GLUED_SENTENCE.search(head)
                and not _GLUED_OPENER_RE.match(text, m.end("head"))
            ):
                continue  # glued by its year alone: a sentence's dateline ("…, le 20 août 2020Mme Merkel …")
            short = _title_like(head, 2, clause_words=True) and len(_HEAD_WORD.findall(head)) <= limit
            # A longer glued question with no clause word is a heading too ("Le suspect interpellé, une attaque
            # dans la lignée de … ?"), unless a quoted answer follows it (an interview's question).
            answered = text[m.end("head") :][:1] in '"«“'
            verbless = pattern is _QUESTION_SUBHEADING and _title_like(head, 2) and not answered
            if short or verbless:
                edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, m in _scan(block, source, _QUOTE_LED_GLUED_SUBHEADING):
        before = text[: m.start("head")]
        if balanced_quotes(before) and len(m.group("head").split()) <= MAX_QUOTE_LED_HEADING_WORDS:
            edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, m in _scan(block, source, _SPACED_QUESTION_SUBHEADING):
        before, head = text[: m.start("head")], m.group("head")
        if not balanced_quotes(before) or len(_HEAD_WORD.findall(head)) > MAX_QUESTION_HEADING_WORDS:
            continue  # inside a quotation (an open one leaves the marks unbalanced), or too long
        if _is_abbreviation(before.rstrip(_END_CHARS + " "), text[m.start("head") :]):
            continue
        if not _INVERTED_SUBJECT.search(head) and _title_like(head.rstrip(" ?"), 2):
            edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, m in _scan(block, source, _connective_led_subheading()):
        before, head = text[: m.start("head")], m.group("head")
        if _in_quotation(before) or _FUNCTION_END.search(head):
            continue
        if before.strip() and _is_abbreviation(before.rstrip(_END_CHARS + " "), text[m.start("head") :]):
            continue
        # Before such a connective even a run with a verb is a heading ("Jérôme Cahuzac devra se faire poser un
        # nouveau bracelet Toutefois, …").
        if _title_like(head, 2, clause_words=True):
            edits.append(Edit("subheading", s, e, breaks=True))
    edits += _glued_number_and_quote_heads(block, source)
    edits += _spaced_heads(block, source, (_SPACED_GLUED_SUBHEADING,), _END_CHARS + " ", _glued_to_a_word)
    # A word opening the next sentence then a lowercase word: two words make a heading ("… à Toulon. Gifle violente
    # La première vidéo …").
    edits += _spaced_heads(
        block, source, (_SPACED_OPENER_SUBHEADING, _SPACED_BOTH_SUBHEADING), _END_CHARS, _no_apposition, min_words=2
    )
    for s, e, m in _scan(block, source, _TIMELINE_HEAD):
        if _title_like(m.group("head").split(". ", 1)[1], 2, clause_words=True):
            edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, m in _scan(block, source, _DOUBLE_QUOTED_SUBHEADING):
        if (
            _opens_quote(text[: m.start("head")], m.group("head"))
            and 3 <= len(_HEAD_WORD.findall(m.group("head"))) <= 20
        ):
            edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, m in _scan(block, source, _CAPS_SUBHEADING):
        head = m.group("head")
        if head.endswith('"') and not head.startswith('"') and not balanced_quotes(head):
            head, e = head[:-1], e - 1  # the next sentence's opening quote
        # At the paragraph's end, a shouted heading glued after a sentence end needs three words.
        if not text[m.end() :].strip() and (len(head.split()) < 3 or not text[: m.start()].strip()):
            continue
        # Capitals only: a shouted heading may hold a verb ("L'ANTISÉMITISME EN FRANCE EST PROFOND").
        if sum(c.isalpha() for c in head) >= 10 and _title_like(head, 2, True, MAX_SHOUTED_TITLE_WORDS):
            edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, _ in _scan(block, source, _CAPS_ONE_WORD_SUBHEADING):
        edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, m in _scan(block, source, _CAPS_KICKER):
        if sum(c.isalpha() for c in m.group("head")) >= 5 and len(text.split()) > 8:
            edits.append(Edit("subheading", s, e, breaks=True))
    for s, e, m in [*_scan(block, source, _BULLET_SUBHEADING), *_scan(block, source, _LEADING_BULLET_SUBHEADING)]:
        if _title_like(m.group("head")):
            edits.append(Edit("subheading", s, e, breaks=True))
    edits += _repeated_quoted_heads(block, source)
    edits += _glued_pull_quotes(block, source)
    return edits


def _min_glued_words(before: str, head: str) -> int:
    """Two words make a glued heading ("…d'années. Querelles d'expertsLe 5 décembre …"), three after an opening mark
    or inside a quotation ('- "Troisième tour"Les …' is a quoted heading's; '"… dans la tête. Sans pitié"Selon …'
    ends the quotation) or with a quotation in it ('… des "régimes". Puis "rien""Tant …': a clause)."""
    quoted = before.endswith(('"', "«", "“")) or _in_quotation(before) or any(c in head for c in '"«»“”')
    return 3 if quoted else 2


def _spaced_heads(
    block: Block,
    source: str,
    pattern_list: tuple[re.Pattern[str], ...],
    end_chars: str,
    own_check: Callable[[str, str, str], bool],
    min_words: int = 3,
) -> list[Edit]:
    """Spaced sub-headings of the patterns between sentences: not after an abbreviation (``end_chars`` stripped
    before it), not inside a quotation, not ending on a function word, not opening on a source ("Selon …"),
    title-like, and passing the patterns' ``own_check(before, head, after)``."""
    text = source[block.start : block.end]
    edits = []
    for pattern in pattern_list:
        for s, e, m in _scan(block, source, pattern):
            before, head, after = text[: m.start("head")], m.group("head"), text[m.end() :]
            if _is_abbreviation(before.rstrip(end_chars), text[m.start("head") :]):
                continue
            if _in_quotation(before) or _FUNCTION_END.search(head) or _SOURCE_LEAD.match(head):
                continue
            if own_check(before, head, after) and _title_like(head, min_words):
                edits.append(Edit("subheading", s, e, breaks=True))
    return edits


def _glued_to_a_word(before: str, head: str, after: str) -> bool:
    """The heading's last word glued to the next sentence's first is a plain word, not a name ("McCain",
    "TikTok") nor a model's name ("BMW X1 xDrive25Le est …")."""
    left, right = _GLUED_TOKEN.search(head).group(0), re.match(r"\w*", after).group(0)
    if _CAMEL_PARTICLE.fullmatch(left) or left + right in patterns.words("camel_names.txt"):
        return False
    return bool(_PLAIN_TOKEN.fullmatch(left))


def _no_apposition(before: str, head: str, after: str) -> bool:
    """Text before the heading, whose last word is no apposition noun ("Selon le média local L'indépendant, …": one
    sentence, the "opener" opens a name)."""
    last = head.split()[-1]
    if last[:1].isupper() and after.startswith("Un "):
        return False  # a name ending on "Un" ("le dirigeant Kim Jong Un a …")
    return bool(before) and last.lower() not in patterns.words("apposition_nouns.txt")


# '"C'est la République qu'on attaque" Sur le même plateau …', '… de la décence. • "Vous me faites vomir" Des
# propos …': a quotation with no punctuation inside, opening the paragraph or led by a bullet after a sentence end,
# then a capital, whose words the article says again elsewhere: a heading made of a quote of the text.
_REPEATED_QUOTED_HEAD = re.compile(
    rf"(?:(?<={_END})|^)(?P<lead>\s?(?:•\s?)?)(?P<head>{_QUOTED_HEAD})(?P<after>\s?)(?=[\"«“]?\s?[{UPPER}])"
)
MIN_REPEATED_HEAD_WORDS = 3


def _repeated_quoted_heads(block: Block, source: str) -> list[Edit]:
    """Quoted headings repeating words said elsewhere in the article (see ``_REPEATED_QUOTED_HEAD``)."""
    text = source[block.start : block.end]
    edits = []
    for s, e, m in _scan(block, source, _REPEATED_QUOTED_HEAD):
        head = m.group("head")
        words = _HEAD_WORD.findall(head)
        if len(words) < MIN_REPEATED_HEAD_WORDS or not _opens_quote(text[: m.start("head")], head):
            continue
        # Opening the paragraph, or led by a bullet: between two spaced sentences a quotation may be the next
        # sentence's lead-in ('… X. "Titre" En outre, a fait valoir Y, « … »'), which the speakers read.
        if text[: m.start()].strip() and "•" not in m.group("lead"):
            continue
        if said_again(head, source):
            edits.append(Edit("subheading", s, e, breaks=True))
    return edits


def said_again(head: str, source: str) -> bool:
    """Whether a quoted heading's words are said elsewhere in the article too."""
    return _folded_source(source).count(_fold(head.strip('"«»“” '))) >= 2


@lru_cache(maxsize=4)
def _folded_source(source: str) -> str:
    """The whole article folded once, for every heading of its blocks that is checked against it."""
    return _fold(source)


def _fold(text: str) -> str:
    """Lowercase words separated by single spaces (apostrophes kept), to find a phrase said again."""
    return " ".join(_HEAD_WORD.findall(plain(text).lower()))


# "…selon la chancelière.Des militants manifestent devant la Chancellerie, le 20 août 2020Mme Merkel …":
# a photo caption ending with its date, glued between two sentences.
_GLUED_CAPTION = re.compile(
    rf"(?<=[{SENTENCE_END}\"»”])(?P<head>[{UPPER}][^\n.!?\"«»]{{10,250}}?,\s(?:le\s)?{DAY_MONTH}\s\d{{4}})"
    rf"(?=[{UPPER}])"
)
_NARRATION = re.compile(
    r"(?i)\b(?:[snjmtl]'|qu'|a|ont|avait|avaient|été|était|étaient|il|elle|ils|elles|on|je|nous|vous|qui|que)(?:\b|(?<='))"
)
# "…, l'… Lire la suite sur Le Figaro": a syndication teaser's link closing the (truncated) paragraph, with no
# final punctuation of its own.
_READ_MORE = re.compile(
    rf"(?<=[{SENTENCE_END}\"»”])\s*(?:\[|\()?Lire la suite (?:de l'article |de cet article )?(?:sur|dans|de|du|de l') ?"
    rf"[{UPPER}][\w'’-]*(?:\s[\w'’-]+){{0,4}}(?:\]|\))?\s*$"
)


# "… le 28 mai 2020. (Crédit : Léa Fontaine / Exemple Photo)", "… en juin 2018. © Léa Fontaine / Exemple Photo":
# a photo credit closing a caption or a paragraph (a bare "©" credit names a photographer and an agency).
_CREDIT_WORD = r"(?i:crédits?(?: photos?)?|photos?|illustrations?|images?)"
_CREDIT_TAIL = re.compile(
    rf"(?<=[{SENTENCE_END}\"»”)])\s*(?:\({_CREDIT_WORD}\s*:\s*[^()\n]{{1,80}}\)|\(©\s*[^()\n]{{1,80}}\)"
    rf"|(?i:crédits?(?: photos?)?|photos?)\s*:\s*[^()\n{SENTENCE_END}]{{1,80}}"
    rf"|©\s*[{UPPER}][^()\n{SENTENCE_END}©]{{0,60}}/[^()\n{SENTENCE_END}©]{{1,60}})\.?\s*$"
)


def photo_credits(block: Block, source: str) -> list[Edit]:
    """A photo credit at the end of a paragraph ("(Crédit : X / Y)", "(© X)", "Photo : X")."""
    return [Edit("caption", s, e) for s, e, m in _scan(block, source, _CREDIT_TAIL) if len(m.group(0).split()) <= 14]


# '…adopté. Lire aussi : La réforme des retraites', '…adopté.Lire aussi : La réforme des retraitesLes débats …': a
# "Lire aussi" marker (then a colon, an arrow or a capital: not "Lire aussi les rapports …") and its headline inside a
# paragraph, after a sentence end, up to the paragraph's end, to the next sentence glued to the headline's last word,
# to its own full stop before the next sentence, or to a spaced sentence opener ("… Murielle Bolle Pour l'avocat").
_INLINE_CROSS_LINK = re.compile(
    rf"(?:(?<=[{SENTENCE_END}\"»”])|^)\s*(?:[-–—»>→►▶•]\s*)?(?i:(?:[àa] )?(?:lire|voir) (?:aussi|également))"
    rf"(?:\s*[:>»→-]+\s*|\s+(?=[{UPPER}\"«“]))(?P<head>[^\n{SENTENCE_END}]{{3,150}}?)"
    rf"(?:\s*$|(?<=[{LOWER}0-9])(?=[{UPPER}][{LOWER}]+[\s'’]|[{UPPER}]['’])|[{SENTENCE_END}](?=\s+[\"«“]?[{UPPER}])"
    rf"|(?P<opener>\s)(?={_SENTENCE_OPENER}(?:\s[{LOWER}]|(?<=')[{LOWER}])))"
)
MAX_CROSS_LINK_HEADLINE_WORDS = 20


def inline_cross_links(block: Block, source: str) -> list[Edit]:
    """A "Lire aussi" marker and its headline inside a paragraph (a whole line is the paragraph rule's)."""
    text = source[block.start : block.end]
    edits = []
    for s, e, m in _scan(block, source, _INLINE_CROSS_LINK):
        if (m.start() == 0 and m.end() == len(text)) or len(m["head"].split()) > MAX_CROSS_LINK_HEADLINE_WORDS:
            continue
        if m.start() == 0 and m["opener"]:
            continue  # opening the paragraph, a list of headlines may go on: the paragraph rule's

        edits.append(Edit("cross_link", s, e, breaks=True))
    return edits


def teasers(block: Block, source: str) -> list[Edit]:
    """Glued photo captions ending with a date, and a "… Lire la suite sur <Média>" link ending a paragraph."""
    edits = [
        Edit("caption", s, e, breaks=True)
        for s, e, m in _scan(block, source, _GLUED_CAPTION)
        if not _NARRATION.search(m.group("head"))  # "Le sommet s'est ouvert à Paris, le 20 août 2020" is text
    ]
    edits += [Edit("cross_link", s, e) for s, e, _ in _scan(block, source, _READ_MORE)]
    return edits


@cache
def _agency_tail() -> re.Pattern[str]:
    return re.compile(rf"(?<=[{SENTENCE_END}\"»”)])\s*\({patterns.AGENCY_LEAD}?{patterns.agencies()}\)\s*$")


_PLACE = rf"[{UPPER}][\w'’ .-]{{1,40}}?(?:\s*/\s*[{UPPER}][\w'’ .-]{{1,40}}?)*"


@cache
def _agency_dateline() -> re.Pattern[str]:
    """ "PARIS (AFP) -", "PARIS, 27 avril (Reuters) -", "WASHINGTON/PARIS, 3 mai 2020 (AFP) -", "(Belga) Le …"."""
    day = rf"\d{{1,2}}(?:er)?\s+(?i:{dates.month_names()})\.?(?:\s+\d{{4}})?"
    # An agency no list knows is still one between a place with a full date and a dash ("Rouen, 31 janv. 2018
    # (MPI) -").
    full_day = rf"\d{{1,2}}(?:er)?\s+(?i:{dates.month_names()})\.?\s+\d{{4}}"
    unknown = rf"{_PLACE},\s*(?:le\s+)?{full_day}\s*\([{UPPER}]{{2,6}}\)\s*[-–—]"
    return re.compile(
        rf"^(?:(?:{_PLACE})(?:,\s*(?:le\s+)?{day})?\s*\({patterns.agencies()}\)\s*[-–—:]"
        rf"|{unknown}|\({patterns.agencies()}\)\s*[-–—:]?)\s*(?=[{UPPER}\"«])"
    )


@cache
def _agency_title_tail() -> re.Pattern[str]:
    return re.compile(rf"(?:(?<=[\"»”)])\s*[-–—|/]?|\s+[-–—|/])\s*{patterns.agencies()}\s*$")


@cache
def _initials_tail() -> re.Pattern[str]:
    initials = "|".join(p.pattern for p in patterns.regexes("wire_initials.txt"))
    return re.compile(rf"(?<=[{SENTENCE_END}\"»”)])\s*(?:{initials})\s*$")


# '… du monde."(Avec Jean Martin à Rome; édité par Paul Durand)': a wire sign-off glued to the last sentence.
_PAREN_TAIL = re.compile(rf"(?<=[{SENTENCE_END}\"»”])\s*\([^()\n]{{5,250}}\)\s*$")


def _signoff_tail(block: Block, source: str) -> list[Edit]:
    from pipeline.core.cleaning.blocks import is_signoff  # the paragraph rule, on the parenthesis alone

    return [Edit("byline", s, e) for s, e, m in _scan(block, source, _PAREN_TAIL) if is_signoff(m.group(0))]


def agency_credits(block: Block, source: str) -> list[Edit]:
    """ "(AFP)" closing a paragraph, "PARIS (AFP) -" opening one; editors' initials and a wire sign-off glued to
    the last sentence."""
    edits = [Edit("agency_credit", s, e) for s, e, _ in _scan(block, source, _agency_tail())]
    edits += [Edit("agency_credit", s, e) for s, e, _ in _scan(block, source, _agency_dateline())]
    text = source[block.start : block.end]
    for s, e, m in _scan(block, source, _initials_tail()):
        run = _RUN_BEFORE.search(text[: s - block.start])
        if not _URLISH.search((run.group(0) if run else "") + m.group(0).strip()):  # not a URL's path
            edits.append(Edit("byline", s, e))
    return edits + _signoff_tail(block, source)


def title_agency_credit(block: Block, source: str) -> list[Edit]:
    """An agency name trailing the title ("«…» AFP", "Titre - AFP")."""
    return [Edit("agency_credit", s, e) for s, e, _ in _scan(block, source, _agency_title_tail())]


def title_suffix(block: Block, source: str) -> list[Edit]:
    """Publisher furniture trailing the title (": actualité automobile, infos, scoop", "| Le Monde")."""
    text = source[block.start : block.end]
    for p in patterns.regexes("title_suffixes.txt"):
        m = p.search(text)
        if m and m.end() == len(text) and m.start() > 0:
            return [Edit("publisher_boilerplate", block.start + m.start(), block.end)]
    return []


_GLUED = re.compile(
    rf"[{SENTENCE_END}]+[»”)]*(?=[\"“]?[{UPPER}]|«\s?[{UPPER}])|(?<=[\w{SENTENCE_END}])\s?[»”](?=[{UPPER}])"
)
_GLUED_QUOTE = re.compile(rf"(?<=[\w{SENTENCE_END}]{{2}})\"(?=[{UPPER}])")
_TOKEN_BEFORE = re.compile(r"(\S*?)([\w°]*)\W*$")
_URLISH = re.compile(r"://|www\.|@|\.(?:com|fr|org|net|io|gouv|eu)\b", re.IGNORECASE)


_RUN_BEFORE = re.compile(r"\S*$")
_RUN_AFTER = re.compile(r"\S*")


def _is_abbreviation(text_before: str, text_after: str) -> bool:
    m = _TOKEN_BEFORE.search(text_before[-60:])
    word = m.group(2) if m else ""
    before = _RUN_BEFORE.search(text_before[-200:])
    after = _RUN_AFTER.match(text_after)
    if _URLISH.search(f"{before.group(0) if before else ''}.{after.group(0) if after else ''}"):
        return True
    if len(word) <= 1:  # initials ("J.Dupont", "M.Dupont"), list numbers ("1.Titre"), "U.S.A"
        return True
    if _LONE_INITIAL.match(text_after):  # a pseudonym's initial closing its line ("Patrice.K"): no sentence
        return True
    return word in patterns.words("abbreviations.txt")


_LONE_INITIAL = re.compile(rf"[{UPPER}]\.?(?:\n|$)")


# "— Rennes 24 (@Rennes24) 11 octobre 2016Le feu s'est déclaré …": an embedded post's sign-off opening its line, glued
# to the text's next sentence.
_GLUED_POST_SIGNOFF = re.compile(
    r"^\s*[—–-]\s*[^()\n—–]{1,80}\(@\w{1,30}\)\s+(?:[A-Za-zéû]+\.? \d{1,2},? \d{4}|\d{1,2}(?:er)? [a-zéû]+\.? \d{4})"
    rf"(?=\s?[{UPPER}\"«“])"
)


# "… était derrière luiLes Républicains pariaient …": a sentence that lost its full stop, glued to a word opening the
# next one (a French word has no capital after three lowercase letters; "easyJet", "OpinionWay" end on no such word).
_CASE_GLUED_OPENER = re.compile(
    rf"(?<=[{LOWER}]{{3}})(?={_GLUED_OPENER}|(?:Concernant|Durant|Afin|Plus|Moins|Bien|Quelle|Quel|Toujours|Côté"
    rf"|Désormais|Ensuite|Puis|Lorsque|Autre|Interrogée?|Âgée?|Prévue?)\s)"
)


# The last sentence end before a glue point, spaced from what follows or glued to it (where the glued run starts).
_RUN_START = re.compile(rf"[{SENTENCE_END}][\"»”)]*(\s*)(?=[^{SENTENCE_END}]*$)")


def _case_glued_sentences(text: str) -> Iterator[tuple[int, bool]]:
    """Where a sentence with no full stop is glued to the next one's first word (see ``_CASE_GLUED_OPENER``), and
    whether the run glued there stood on a line of its own (opening the paragraph or glued to the sentence end
    before it: a paragraph ends there) or ran on after a spaced sentence end (a space is missing)."""
    camel = patterns.words("camel_names.txt")
    for m in _CASE_GLUED_OPENER.finditer(text):
        run = _RUN_BEFORE.search(text[: m.start()]).group(0)
        left = _GLUED_TOKEN.search(run).group(0)
        right = re.match(r"\w*", text[m.start() :]).group(0)
        if _URLISH.search(run) or "#" in run or left + right in camel or _FUNCTION_END.search(" " + left):
            continue  # "#libertéPresse", "site.frLes", "parLes" (a space missing inside a sentence)
        end = _RUN_START.search(text, 0, m.start())
        yield m.start(), end is None or not end.group(1)


def glued_paragraphs(block: Block, source: str) -> list[Edit]:
    """Zero-width paragraph breaks where a paragraph end is glued to the next one ("…fin.Début", "…finDébut"); a
    space where a line ran on after a sentence of the paragraph ("… les Nazis. Objectif : le dialogueCette …")."""
    text = source[block.start : block.end]
    edits = [
        Edit("glued_paragraph", block.start + at, block.start + at, replacement="" if breaks else " ", breaks=breaks)
        for at, breaks in _case_glued_sentences(text)
    ]
    for m in _GLUED.finditer(text):
        punct_end = m.start() + len(m.group(0).rstrip("»”)"))
        before, after = text[:punct_end].rstrip(SENTENCE_END), text[m.end() :]
        # A question or exclamation mark ends no abbreviation ("… au stade 3 ?Des mesures …"), only a URL's path.
        if "." not in m.group(0) and "…" not in m.group(0):
            if _URLISH.search(_RUN_BEFORE.search(before).group(0) + "?" + _RUN_AFTER.match(after).group(0)):
                continue
        elif _is_abbreviation(before, after):
            continue
        cut = m.end()
        # A straight quote after the full stop closes a quotation when an odd number precede it.
        if text[cut : cut + 1] == '"' and text[:cut].count('"') % 2 == 1:
            cut += 1
        edits.append(Edit("glued_paragraph", block.start + cut, block.start + cut, breaks=True))
    for m in _GLUED_QUOTE.finditer(text):
        if text[: m.start()].count('"') % 2 == 1:  # this quote closes a quotation
            cut = block.start + m.end()
            edits.append(Edit("glued_paragraph", cut, cut, breaks=True))
    signoff = _GLUED_POST_SIGNOFF.match(text)
    if signoff:  # the sign-off becomes its own line (a social_embed paragraph), the text goes on after it
        edits.append(Edit("glued_paragraph", block.start + signoff.end(), block.start + signoff.end(), breaks=True))
    return edits


Rule = Callable[[Block, str], list[Edit]]
# Priority order: earlier families win overlaps.
BODY_RULES: tuple[Rule, ...] = (
    html_furniture,
    cms_leftovers,
    standalone_urls,
    html_headings,
    markup,
    embeds,
    video_titles,
    inline_cross_links,
    teasers,
    subheadings,
    agency_credits,
    photo_credits,
    glued_paragraphs,
    typography,
    whitespace,
)
TITLE_RULES: tuple[Rule, ...] = (markup, embeds, title_suffix, title_agency_credit, typography, whitespace)
