"""Named-entity mentions and their in-article canonical names. (Placeholder: raw model entities.)"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.core.records import DocLayout, EntityMention


def extract_mentions(doc: Doc, layout: DocLayout) -> list[EntityMention]:
    """Entity mentions of an article, with offsets in their section and a canonical name."""
    mentions = []
    for ent in doc.ents:
        try:
            section, start, end = layout.to_section(ent.start_char, ent.end_char)
        except ValueError:
            continue
        mentions.append(EntityMention(section, start, end, ent.text, ent.label_, ent.text))
    return mentions
