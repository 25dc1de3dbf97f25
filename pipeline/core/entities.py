"""Named-entity mentions of an article with clean spans and canonical names.

Pipeline: the model's spans are cleaned (``entity.spans``), known names and "Firstname Surname" patterns the model
missed are added (``entity.matching``), overlaps are resolved, then each mention gets its canonical name
(``entity.canonical``). Needs only the ``ner`` component and, for one sentence-start check, token POS tags
(``morphologizer``); it works without the parser.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.core.entity.canonical import canonicalize, resolve
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.matching import known_names, person_names
from pipeline.core.entity.spans import Candidate, clean_span
from pipeline.core.records import DocLayout, EntityMention


def _pos_lookup(doc: Doc):
    """Coarse POS of the token starting at a character offset ("" when unknown or untagged)."""
    by_start = {t.idx: t.pos_ for t in doc}
    return lambda offset: by_start.get(offset, "")


def candidates(doc: Doc) -> list[Candidate]:
    """Non-overlapping mention candidates of a document, in text order."""
    lex, text = lexicon(), doc.text
    pos_at = _pos_lookup(doc)
    found: list[Candidate] = []
    for ent in doc.ents:
        found.extend(clean_span(text, ent.start_char, ent.end_char, ent.label_, pos_at))
    found.extend(known_names(text, lex))
    found.extend(person_names(text, lex))
    firm = {c.canonical for c in found if c.canonical is not None and c.rank < 5}
    found = [c for c in found if c.rank < 5 or c.canonical in firm]
    return resolve(found)


def extract_mentions(doc: Doc, layout: DocLayout) -> list[EntityMention]:
    """Entity mentions of an article, with offsets in their section and a canonical name."""
    text = doc.text
    mentions = []
    for r in canonicalize(text, candidates(doc), lexicon()):
        try:
            section, start, end = layout.to_section(r.start, r.end)
        except ValueError:
            continue
        mentions.append(EntityMention(section, start, end, text[r.start : r.end], r.label, r.canonical))
    return mentions
