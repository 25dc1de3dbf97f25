"""From a source file's bytes to a cleaned, dated Article (or a Rejection)."""

from __future__ import annotations

import hashlib
import re

from pipeline.core import dates, front_matter, subtitles, title
from pipeline.core.cleaning import blocks, clean, embedded, inline
from pipeline.core.cleaning.spans import Edit
from pipeline.core.ingest import Decoded, decode
from pipeline.core.records import Article, CleaningEdit, PublicationDate, Rejection, stable_id

_FIRST_LINE = re.compile(r"[^\n]*\S[^\n]*")
MAX_LINES_ABOVE_TITLE = 10
MAX_MARKUP_LINES_ABOVE_TITLE = 40
# A whole HTML document's opening: "<!DOCTYPE html>", "<html>", then its <head> … </head>.
_HTML_HEAD = re.compile(
    r"\s*(?:<!DOCTYPE[^<>]*>\s*)?(?:<html\b[^<>]*>\s*)?<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL
)
# A news feed (RSS, Atom) up to its first item: the channel's own title, link and description are no article.
_FEED_HEAD = re.compile(
    r"\s*(?:<\?xml\b[^<>]*\?>\s*)?<(?:rss|feed|rdf:RDF)\b.*?<(?:item|entry)\b[^<>]*>", re.IGNORECASE | re.DOTALL
)
_FEED_ITEM_END = re.compile(r"</(?:item|entry)\s*>", re.IGNORECASE)
# An XML document's prolog and header up to its text element (a TEI file's <teiHeader>, a NewsML or NITF <head>):
# the record's metadata (the file's own title, its encoder, its dates), no article text.
_XML_HEAD = re.compile(r"\s*<\?xml\b[^<>]*\?>.*?(?=<(?:text|body)\b[^<>]*>)", re.IGNORECASE | re.DOTALL)
# The site's header or menu on one line above the title (without the article's own <h1>).
_PAGE_HEADER = re.compile(
    r"<(header|nav)\b[^<>]*>(?:(?!<h1\b|</?\1\b).)*</\1\s*>", re.IGNORECASE
)  # a scraped page's opening tags ("<html>", "<body>", "<article class=…>")


_ADDRESS_LINE = re.compile(r"\s*<?https?://\S{4,300}>?\s*")


def _address_date(text: str, title_end: int, *, near: bool) -> PublicationDate | None:
    """The date of the article's own address alone on a line under the title: among the short lines right under it
    (``near``: a read-later program's record of the page), or anywhere under it (a social network's or an
    intranet's re-post, whose own post date never dates the article)."""
    for n, m in enumerate(_FIRST_LINE.finditer(text, title_end)):
        line = m.group(0)
        if near and (n >= title.MAX_LINES_UNDER_TITLE or len(line.split()) > title.MAX_RECORD_LINE_WORDS):
            return None
        if _ADDRESS_LINE.fullmatch(line) and ((found := dates.url_date(line)) or near):
            return found  # near the title, the first address is the article's own, dated or not
    return None


def _stated_in_furniture(edits: tuple[CleaningEdit, ...]) -> PublicationDate | None:
    """The first publication date a removed furniture line anywhere in the document states in so many words (a
    slide's "Document étudié : article web publié le 25/07/2016", a reviewer's "article du 16/07/2018")."""
    lines = [line for e in edits if e.rule != "whitespace" for line in e.removed_text.splitlines()]
    return dates.article_publication(lines)


def parse_article(source_path: str, data: bytes) -> Article | Rejection:
    """Decode, split (date header, title, body), clean and date one source file; never raises.

    Cleaning-log offsets index the decoded source text (see ``pipeline.core.ingest``).
    """
    sha = hashlib.sha256(data).hexdigest()
    try:
        decoded = decode(data)
        if isinstance(decoded, str):
            return Rejection(source_path, sha, decoded)
        return _parse(source_path, sha, decoded)
    except Exception as err:  # a bad input must be reported, never crash the batch
        return Rejection(source_path, sha, f"could not be parsed: {type(err).__name__}: {err}")


def _parse(source_path: str, sha: str, decoded: Decoded) -> Article | Rejection:
    text, warnings = decoded.text, list(decoded.warnings)
    header = dates.parse_header(text)
    prelude = [Edit("date_header", header.start, header.end)] if header else []
    start = header.end if header else 0
    head = _HTML_HEAD.match(text, start)
    head_date = dates.metadata_date(head.group(0)) if head else None  # its datePublished / published_time
    if head:  # a whole HTML document: its <head> (title tag, metadata, scripts) is no article text
        prelude.append(Edit("html", head.start(), head.end()))
        start = head.end()
    body_end: int | None = None
    feed = _FEED_HEAD.match(text, start)
    if feed:
        prelude.append(Edit("html", feed.start(), feed.end()))
        start = feed.end()
        item_end = _FEED_ITEM_END.search(text, start)
        if item_end:  # the feed's later items are other articles
            body_end = item_end.start()
            prelude.append(Edit("html", body_end, len(text)))
    xml_head = None if head or feed else _XML_HEAD.match(text, start)
    if xml_head:
        prelude.append(Edit("html", xml_head.start(), xml_head.end()))
        head_date = dates.metadata_date(xml_head.group(0))
        start = xml_head.end()
    front = front_matter.read(text, start)  # a static site's source: its front matter holds title and date
    front_start = start
    if front:
        prelude += [Edit("front_matter", s, e) for s, e in front.furniture]
        start = front.end
    source = text
    structure = subtitles.structure(text, start)
    above_url_date: PublicationDate | None = None
    if structure:  # a subtitle file: the title and its furniture are read among the cues' words alone
        prelude += [Edit("subtitles", span.start, span.end) for span in structure]
        notes = [text[span.start : span.end] for span in structure if span.block]  # its notes may name the address
        above_url_date = next((d for note in notes for line in note.splitlines() if (d := dates.url_date(line))), None)
        text = subtitles.masked(text, structure)
    masked = inline.masked_tagged_text(text)  # a layout program's export: its lines read without their style tags
    line_paragraphs, text = masked is not text, masked
    body_start: int | None = None
    if front and front.title:  # the headline is the front matter's title; the text starts under the block
        (title_start, title_end), body_start = front.title, front.end
        record_date, shared_url_date, shown = front.date, None, embedded.kinds(text)
        above_url_date = above_url_date or next(
            (d for line in text[front_start : front.end].splitlines() if (d := dates.url_date(line))), None
        )
    else:
        title_line = _FIRST_LINE.search(text, start)
        if title_line is None:
            return Rejection(source_path, sha, "no title: nothing after the date header")
        # Page furniture above the title (a breadcrumb, an email's greeting, a scraped page's markup-only lines such as
        # "<article class=…>"): removed, the title is the next line.
        title_start = title_line.start()
        furniture, markup_lines = 0, 0
        while furniture < MAX_LINES_ABOVE_TITLE and markup_lines < MAX_MARKUP_LINES_ABOVE_TITLE:
            next_line = _FIRST_LINE.search(text, title_line.end())
            if next_line is None:
                break
            chrome = _PAGE_HEADER.fullmatch(title_line.group(0).strip())
            if chrome or not inline.without_markup(title_line.group(0)).strip():
                markup_lines += 1
                prelude.append(Edit("navigation" if chrome else "html", title_line.start(), title_line.end()))
                title_line = next_line
                title_start = title_line.start()
                continue
            rule = blocks.leading_furniture(title_line.group(0))
            if rule is None:
                break
            furniture += 1
            crumb = blocks.crumb_title(title_line.group(0))
            if crumb and not next_line.group(0).strip().startswith(" ".join(crumb.split()[:3])):
                # A breadcrumb ending on the title, with no title under it: the title is its last item.
                title_start = title_line.start() + blocks.crumb_title_offset(title_line.group(0))
                prelude.append(Edit(rule, title_line.start(), title_start))
                break
            prelude.append(Edit(rule, title_line.start(), title_line.end()))
            above_url_date = above_url_date or dates.url_date(title_line.group(0))  # an archive's capture of the page
            title_line = next_line
            title_start = title_line.start()
        title_end = title_line.end()
        record_date: PublicationDate | None = None  # a record's or source line's publication date above the title
        shared_url_date: PublicationDate | None = None
        shown = embedded.kinds(text)  # the kinds of document the article is embedded in (a list archive, an alert)
        chosen = title.choose(text, title_start, shown, line_paragraphs)
        choice = (
            (None if header else title.date_header_under_frame(text, title_start, shown))
            or title.later_headline(
                chosen or title.headline_over_text(text, title_start, shown),
                title.headline_above_prose(text, title_start, shown)
                or title.headline_closing_header_block(text, title_start, shown),
            )
            or title.headline_under_title_label(text, title_start, shown)
        )
        if choice is not None:
            prelude += [Edit(line.rule, line.start, line.end) for line in choice.furniture]
            lines = [text[line.start : line.end] for line in choice.furniture if line.dates]
            record_date = dates.article_publication(lines) or next(
                (d for line in lines if (d := dates.furniture_date(line))), None
            )  # a line stating the publication in so many words first, then any dated furniture line
            # The article's own address dates it even on a line whose stated dates are not its (a cache's notice).
            urls = [text[line.start : line.end] for line in choice.furniture]
            above_url_date = above_url_date or next((d for line in urls if (d := dates.url_date(line))), None)
            title_start, title_end = choice.start, choice.end
            shared_url_date = _address_date(text, title_end, near=False) if choice.reposted else None
            late = None if header else dates.parse_header(text[title_start:title_end])
            if late and late.end < len(text[title_start:title_end].rstrip()):  # a date header under the furniture
                header = dates.HeaderMatch(late.date, title_start + late.start, title_start + late.end)
                prelude.append(Edit("date_header", header.start, header.end))
                title_start = header.end
        record_date = record_date or dates.record_block_date(title.furniture_under(text, title_end))
    under_url_date = _address_date(text, title_end, near=True)
    if (headline_start := title.title_label_end(text, title_start, title_end)) is not None:
        prelude.append(Edit("publisher_boilerplate", title_start, headline_start))  # "Titre de l'article : …"
        title_start = headline_start
    body_start = title_end if body_start is None else body_start
    if body_end is None and (closing := title.closing_rule(text, start, title_start, title_end)) is not None:
        body_end = closing  # the frame's rule closing the pasted article: what follows is the frame's
        prelude.append(Edit("wrapper", closing, len(text)))
    covered = [(e.start, e.end) for e in prelude]
    prelude += [  # a layout program's tags above the title, on lines read as blank
        Edit("html", s, e)
        for s, e in inline.tagged_text_spans(source, 0, title_start)
        if not any(cs <= s and e <= ce for cs, ce in covered)
    ]
    cleaned = clean(source, (title_start, title_end), body_start, prelude, body_end, shown)
    if not cleaned.title:
        return Rejection(source_path, sha, "no title: the first line is empty after cleaning")
    warnings += cleaned.warnings
    if header:
        published = header.date
        if published.problem:
            warnings.append(f"date header not used: {published.problem}")
    else:
        feed_date = dates.feed_item_date(text, start) if feed else None
        published = (
            feed_date
            or head_date
            or record_date
            or cleaned.text_date
            or cleaned.url_date
            or shared_url_date
            or above_url_date
            or under_url_date
            or _stated_in_furniture(cleaned.edits)
            or PublicationDate()
        )
    return Article(
        article_id=stable_id("article", source_path),
        source_path=source_path,
        content_sha256=sha,
        title=cleaned.title,
        body=cleaned.body,
        date=published,
        encoding=decoded.encoding,
        edits=decoded.repairs + cleaned.edits,  # the decode step's repairs first, then the cleaner's
        warnings=tuple(warnings),
    )
