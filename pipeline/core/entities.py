"""Named-entity mentions of an article with clean spans and canonical names.

Pipeline: the model's spans are cleaned (``entity.spans``), known names and "Firstname Surname" patterns the model
missed are added (``entity.matching``), overlaps are resolved, then each mention gets its canonical name
(``entity.canonical``). Needs only ``tok2vec`` + ``ner`` (and the model's word vectors); no parser, tagger or
lemmatizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.core.entity.canonical import (
    Resolved,
    best_form,
    canonicalize,
    extend_heads,
    merge_adjacent,
    overlaps,
    regional_editions,
    renamed,
    resolve,
)
from pipeline.core.entity.facilities import facilities, head_label
from pipeline.core.entity.institutions import extend_complements, institution_names, military_units, verb_cut
from pipeline.core.entity.lexicon import Known, Lexicon, fold, lexicon
from pipeline.core.entity.matching import (
    article_names,
    bracketed_expansions,
    bracketed_first_names,
    completed_first_names,
    expansions,
    known_names,
    person_names,
    spelled_out_acronyms,
    venue_names,
)
from pipeline.core.entity.spans import Candidate, clean_span
from pipeline.core.records import DocLayout, EntityMention


def common_word(vocab: Vocab, word: str) -> bool:
    """Whether a capitalised word is mostly an ordinary word: its lower-case form has a more frequent vector.

    The model's vectors are ordered by frequency and shared between case variants of proper names
    ("Vosges"/"vosges"), so "Inoffensive" or "Dernières" opening a sentence are common, "Lyon" is not.
    """
    low = word.lower()
    if low != word and _verb_form(vocab, low):
        return True
    if low == word or not vocab.has_vector(low):
        return False
    if not vocab.has_vector(word):
        return True
    low_row, row = vocab.vectors.find(key=low), vocab.vectors.find(key=word)
    if low_row == row:  # both forms share one vector: the word the row was kept for decides ("Reportage")
        return row_heads(vocab).get(row) == vocab.strings[low]
    return low_row < row


def _verb_form(vocab: Vocab, low: str) -> bool:
    """Whether a word is a first-group verb in the imperative or the first and second person plural ("arrêtez",
    "marchons"): a stem of four letters or more whose infinitive is a word the vectors were kept for."""
    for ending in lexicon().verb_endings:
        stem = low.removesuffix(ending)
        if stem == low or len(stem) < 4:
            continue
        # French capitals often drop their accent: "Evitons" is "évitons" of "éviter".
        accented = ("é" + stem[1:],) if stem.startswith("e") else ()
        if any(_kept(vocab, s + "er") for s in (stem, *accented)):
            return True
    return False


def _kept(vocab: Vocab, word: str) -> bool:
    """Whether the vectors hold a row kept for this very word (not a pruned word mapped onto another's row)."""
    if word not in vocab.strings or vocab.strings[word] not in vocab.vectors.key2row:
        return False
    return row_heads(vocab).get(vocab.vectors.key2row[vocab.strings[word]]) == vocab.strings[word]


def kept_common_word(vocab: Vocab, word: str) -> bool:
    """Whether a capitalised word's lower-case form is a frequent word the vectors were kept for ("Défense"), not
    a rare word mapped onto another word's vector when the table was pruned ("alfortville")."""
    low = word.lower()
    if low == word or not vocab.has_vector(low):
        return False
    low_row = vocab.vectors.find(key=low)
    if row_heads(vocab).get(low_row) != vocab.strings[low]:
        return False
    return not vocab.has_vector(word) or low_row < vocab.vectors.find(key=word)


_ROW_HEADS: dict[int, dict[int, int]] = {}


def row_heads(vocab: Vocab) -> dict[int, int]:
    """Vector row -> key of the word it was kept for (the first key mapped to it; pruned words follow)."""
    heads = _ROW_HEADS.get(id(vocab.vectors))
    if heads is None:
        heads = {}
        for key, row in vocab.vectors.key2row.items():
            heads.setdefault(row, key)
        _ROW_HEADS.clear()
        _ROW_HEADS[id(vocab.vectors)] = heads
    return heads


# What a known name may run on with in a model's span and not be part of it: a preposition, then lower-case words
# only ("Le Point" + " des kiosques de presse").
_LOWER_COMPLEMENT = re.compile(r"(?:\s+(?:de|des|du|pour|à|au|aux)\s+|\s+d['’])[a-zà-öø-ÿ][a-zà-öø-ÿ'’\- ]*")


def cut_at_known_names(text: str, found: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """Model spans that open with a known name and run on with a lower-case complement (« retirées du magazine
    Le Point des kiosques de presse ») end with the known name; the known names are added."""
    starts = {(k.start, k.label): k for k in known}
    out = []
    for cand in found:
        k = starts.get((cand.start, cand.label))
        if k is not None and k.end < cand.end and _LOWER_COMPLEMENT.fullmatch(text, k.end, cand.end):
            cand = Candidate(cand.start, k.end, cand.label, cand.rank, cand.canonical, cand.firm)
        out.append(cand)
    return out + known


def candidates(doc: Doc) -> list[Candidate]:
    """Non-overlapping mention candidates of a document, in text order."""
    lex, text = lexicon(), doc.text

    def is_common(word: str) -> bool:
        """An ordinary word: written in lower case elsewhere in the article, or by the vectors' frequencies."""
        low = word.lower()
        if low != word and re.search(rf"(?<![\w\-]){re.escape(low)}(?![\w\-])", text):
            return True
        return common_word(doc.vocab, word)

    found: list[Candidate] = []
    for ent in doc.ents:
        for cand in clean_span(text, ent.start_char, ent.end_char, ent.label_, is_common):
            if cand.label == "ORG" and cand.canonical is None:
                cand.end = verb_cut(text, cand.start, cand.end)  # "... de la santé calme l'inquiétude"
            found.append(cand)
    found = cut_at_known_names(text, found, known_names(text, lex))
    found.extend(bracketed_first_names(text, lex))
    found.extend(article_names(text, lex))
    found.extend(venue_names(text, lex))
    found.extend(spelled_out_acronyms(text, lex))
    found.extend(institution_names(text, lex))
    found.extend(military_units(text, lex))
    # A name whose initials spell the 3+ letter acronym bracketed after it is one name, even where the model cut
    # it into pieces ("Régie immobilière de la ville de Paris (RIVP)").
    found.extend(expansions(text, lex, min_letters=3) + bracketed_expansions(text, lex))
    firm = {c.canonical for c in found if c.canonical is not None and c.rank < 5}
    chosen = resolve([c for c in found if c.rank < 5 or c.canonical in firm])
    # Patterns only fill gaps the model and the gazetteer left.
    patterns = [c for c in expansions(text, lex) + person_names(text, lex) if not overlaps(c, chosen)]
    merged = merge_adjacent(text, extend_heads(text, resolve(chosen + patterns), lex), lex)
    merged = regional_editions(text, merged, lex)
    return facilities(text, completed_first_names(text, extend_complements(text, merged, lex), lex), lex)


def line_of(text: str, start: int, end: int) -> str:
    """The line (between line breaks) holding ``text[start:end]``."""
    return text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]


# A web address running up to the end of the mention (the mention is inside the address).
_IN_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]*\Z")


def page_furniture(text: str, start: int, end: int, label: str, boilerplate: tuple[str, ...]) -> bool:
    """A mention outside the article's prose: a byline (a person's name alone on its line) or a name in a share
    button, newsletter prompt or picture caption line ("Partager sur Twitter", "... (illustration).")."""
    line = line_of(text, start, end)
    if _IN_WEB_ADDRESS.search(text, max(0, start - 200), end) is not None:
        return True  # "https://site.fr/2019/06/07": a link, not prose
    if label == "PER" and line.strip(" \t\u00a0.,") == text[start:end]:
        return True
    if not any(c.islower() for c in line) and len(re.findall(r"[^\W\d_]{3,}", line)) >= 2:
        return True  # a wire slug or keyword line in capitals ("MONDE-SANTÉ/ÉPIDÉMIE (PAPIER D'ANGLE)")
    low = line.lower()
    return any(marker in low for marker in boilerplate)


_SEAT = re.compile(r"(?:\s(?:de|du)\s|\sd['’])([A-ZÀ-ÖØ-Ý][\w\-]*(?:\s[A-ZÀ-ÖØ-Ý][\w\-]*)?)$")


def _low_first(surface: str) -> str:
    return surface.split()[0].lower() if surface.split() else ""


def described_facility(text: str, start: int, place: tuple[int, int, str, str, str] | None, lex: Lexicon) -> bool:
    """Whether an organisation is only a facility noun in lower case and the place it is in ("l'hôpital de
    Vichy", "le commissariat d'Evry"): a description of the local one, not a name; its place is the mention."""
    if place is None:
        return False
    head = _FACILITY_OF.fullmatch(text, start, place[0])
    return head is not None and head.group(1) in lex.described_facilities


_FACILITY_OF = re.compile(r"([a-zà-öø-ÿ]+(?: de police)?)\s+(?:de\s+|du\s+|d['’]\s?)")


def seat_of(
    text: str, start: int, end: int, label: str, lex: Lexicon, is_common: Callable[[str], bool] = lambda w: False
) -> tuple[int, int, str, str, str] | None:
    """The known place an organisation is named after ("tribunal de Nanterre", "mairie de Paris"): a place
    mention of its own inside the organisation's (start, end, text, "LOC", canonical), or None. Organisations
    known by name ("Olympique de Marseille") keep their place to themselves; an unknown ordinary word after a
    facility noun is no place ("Conseil de Défense")."""
    surface = text[start:end]
    m = _SEAT.search(surface)
    if label != "ORG" or m is None or lex.gazetteer.lookup(surface) is not None:
        return None
    if _low_first(surface) in lex.club_heads:
        return None  # "Olympique de Lyon" is a club, not a mention of the city
    known = lex.gazetteer.lookup(m.group(1))
    if " du " in m.group() and lex.gazetteer.lookup(f"Le {m.group(1)}") is not None:
        known = lex.gazetteer.lookup(f"Le {m.group(1)}")  # "mairie du Mans": "du" holds the town's article
    if known is None and head_label(surface.split()[0], lex) == "ORG" and not is_common(m.group(1)):
        known = Known("LOC", m.group(1))  # "parquet d'Angoulême": a facility noun names its place
    if known is None or known.label != "LOC":
        return None
    return start + m.start(1), end, m.group(1), "LOC", known.canonical


_QUOTED = re.compile(r"[\"«“]\s?([^\"«»“”\n]{2,80}?)\s?[\"»”]")
_BRACKET_AFTER = re.compile(r"\s\([^()\n]{1,30}\)")
_NEXT_TITLE = re.compile(r"(?:\s\([^()\n]{1,30}\))?(?:,\s|\s(?:ou|et)\s)$")


@cache
def _after_work_noun(nouns: frozenset[str]) -> re.Pattern[str]:
    """A work's noun ending the text before a quoted title ('la série ', 'le roman culte ')."""
    alternatives = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?i:{alternatives})(?:\s+(?:intitulée?s?|baptisée?s?|culte|à succès))?\s+$")


def work_titles(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of quoted titles of works: after a work's noun ('la série "X"', 'le livre « Y »') with the next
    quoted items of its list, and a list of quoted items with their channels or authors in brackets ('"X" (OCS et
    NT1), "Y" (Netflix), "Z" ou "W" (TF1)')."""
    after_noun = _after_work_noun(lex.work_nouns)
    chains: list[list[re.Match[str]]] = []
    for m in _QUOTED.finditer(text):
        if not (m.group(1)[:1].isupper() or m.group(1)[:1].isdigit()):
            chains.append([])  # a quoted fragment of speech ("porté principalement par X"), no title
            continue
        if chains and chains[-1] and _NEXT_TITLE.fullmatch(text, chains[-1][-1].end(), m.start()) is not None:
            chains[-1].append(m)
        else:
            chains.append([m])
    spans: list[tuple[int, int]] = []
    for chain in filter(None, chains):
        named = after_noun.search(text[max(0, chain[0].start() - 40) : chain[0].start()]) is not None
        bracketed = any(_BRACKET_AFTER.match(text, m.end()) for m in chain)
        if named or (len(chain) >= 2 and bracketed):  # a list of quoted items with their channels or authors
            spans.extend((m.start(1), m.end(1)) for m in chain)
    return spans


def title_words(text: str, resolved: list[Resolved], lex: Lexicon) -> set[int]:
    """Indexes of place and organisation mentions that are only words of a work's title ('la série "13 Reasons
    Why"', '"Grey's anatomy"'), named nowhere else in the article; a title that is all the name stays."""
    titles = work_titles(text, lex)
    if not titles:
        return set()

    def title_of(r: Resolved) -> tuple[int, int] | None:
        return next((t for t in titles if t[0] <= r.start and r.end <= t[1]), None)

    elsewhere = {r.canonical for r in resolved if title_of(r) is None}
    out = set()
    for i, r in enumerate(resolved):
        title = title_of(r)
        if title is None or r.label == "PER" or r.canonical in elsewhere:
            continue
        if text[title[0] : title[1]].strip(" .,!?") != text[r.start : r.end]:
            out.add(i)
    return out


_ATTRIBUTE_BEFORE = re.compile(r"(?:(?<![\w\-'’])[a-zà-öø-ÿ]+\s+){1,3}$")
_SENTENCE_BEFORE = re.compile(r"[^.!?\n]{0,80}$")


def attribute_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of quoted names of a colour, trim or version: after its noun and up to two adjectives ('une livrée
    rouge « Magma Red »', 'la version « Volante »'), with the next quoted items of its list; not after "de" ('sous
    les couleurs de « Paris en commun »')."""
    chains: list[list[re.Match[str]]] = []
    for m in _QUOTED.finditer(text):
        if chains and chains[-1] and _NEXT_ITEM.fullmatch(text, chains[-1][-1].end(), m.start()) is not None:
            chains[-1].append(m)
        else:
            chains.append([m])
    spans = []
    for chain in chains:
        tail = _ATTRIBUTE_BEFORE.search(text, max(0, chain[0].start() - 40), chain[0].start())
        words = tail.group().split() if tail is not None else []
        if words and words[-1] not in {"de", "du", "des"} and any(w in lex.attribute_nouns for w in words):
            spans.extend((m.start(1), m.end(1)) for m in chain)
    return spans


# Between two items of a list of quoted names, with an adjective after each ('« X » métallisée et « Y »').
_NEXT_ITEM = re.compile(r"(?:\s+[a-zà-öø-ÿ]+)?(?:,\s|\s(?:ou|et)\s)")


def attribute_words(text: str, resolved: list[Resolved], lex: Lexicon) -> set[int]:
    """Indexes of mentions naming a colour, trim or version: inside a quoted attribute name, or a name with a colour
    word after an attribute noun in its sentence ('les teintes Alpina Blue et Alpina Green'), not a person's
    full name ('Michel Blanc')."""
    spans = attribute_spans(text, lex)
    out = set()
    for i, r in enumerate(resolved):
        if any(a <= r.start and r.end <= b for a, b in spans):
            out.add(i)
            continue
        words = text[r.start : r.end].split()
        if not any(w.lower() in lex.colour_words for w in words) or words[0] in lex.first_names:
            continue
        before = _SENTENCE_BEFORE.search(text, max(0, r.start - 80), r.start)
        if before and any(w in lex.attribute_nouns for w in re.findall(r"[a-zé]+", before.group())):
            out.add(i)
    return out


_FUNCTION_END = re.compile(r"(?:\s(?:de|du|des|la|le|les|et|à|au|aux|en|pour|sur)|\s(?:de\s)?[dl]['’])$")
# A relative pronoun ("le ministère de la Santé auquel ils ont remis") or an editor's note ("de Renault NDLR") ends
# no name: cut, never a reason to run on to an acronym.
_CLAUSE_END = re.compile(
    r"\s(?:auquel|auxquels|auxquelles|duquel|desquels|desquelles|lequel|laquelle|lesquels|lesquelles"
    r"|NDLR|ndlr|N\.D\.L\.R\.?)$"
)
# The rest of a name up to its acronym in brackets, in the same clause ("... de [répression des violences faites aux
# personnes] (OCRVP)").
_REST_BEFORE_ACRONYM = re.compile(r"[^,.;:!?()\[\]«»\"\n]{1,80}?(?=\s\([A-ZÀ-ÖØ-Ý][A-Za-z]{1,10}\))")


def completed(text: str, r: Resolved) -> Resolved | None:
    """A mention the model cut after a function word: up to its acronym in brackets when one follows ("Office
    central de répression des violences faites aux personnes (OCRVP)"), else without the function words
    ("Organisation mondiale du commerce des" taxes); None when nothing is left."""
    clause = _CLAUSE_END.search(text, r.start, r.end)
    if clause is not None:
        kept = text[r.start : clause.start()]
        if not any(c.isupper() for c in kept):
            return None
        r = replace(r, end=clause.start(), canonical=kept if r.canonical == text[r.start : r.end] else r.canonical)
    surface = text[r.start : r.end]
    if _FUNCTION_END.search(surface) is None:
        return r
    rest = _REST_BEFORE_ACRONYM.match(text, r.end)
    if rest is not None and r.label != "PER":
        end = rest.end()
    else:
        end = r.end
        while (cut := _FUNCTION_END.search(text, r.start, end)) is not None:
            end = cut.start()
    if end <= r.start or not any(c.isupper() for c in text[r.start : end]):
        return None
    canonical = text[r.start : end] if r.canonical == surface else r.canonical
    return replace(r, end=end, canonical=canonical)


def extract_mentions(doc: Doc, layout: DocLayout) -> list[EntityMention]:
    """Entity mentions of an article, with offsets in their section and a canonical name."""
    text, lex = doc.text, lexicon()
    mentions = []
    resolved = renamed(text, canonicalize(text, candidates(doc), lex), lex)
    resolved = [c for c in (completed(text, r) for r in resolved) if c is not None]
    in_titles = title_words(text, resolved, lex) | attribute_words(text, resolved, lex)
    for i, r in enumerate(resolved):
        if page_furniture(text, r.start, r.end, r.label, lex.boilerplate_lines) or i in in_titles:
            continue
        try:
            section, start, end = layout.to_section(r.start, r.end)
        except ValueError:
            continue
        place = seat_of(text, r.start, r.end, r.label, lex, lambda w: kept_common_word(doc.vocab, w))
        if not described_facility(text, r.start, place, lex):
            mentions.append(EntityMention(section, start, end, text[r.start : r.end], r.label, r.canonical))
        if place is not None:
            mentions.append(EntityMention(section, *layout.to_section(*place[:2])[1:], *place[2:]))
        parent = parent_of(text, r.start, r.end, r.label, r.canonical, lex)
        if parent is not None:
            mentions.append(EntityMention(section, *layout.to_section(*parent[:2])[1:], *parent[2:]))
    joined = join_venue_names(join_place_heads(join_regions(mentions, lex)), lex)
    return join_case_variants(join_institution_heads(joined))


def join_regions(mentions: list[EntityMention], lex: Lexicon) -> list[EntityMention]:
    """A region named by a place and geographic adjectives is that place when the article also names the place
    alone: "Méditerranée centrale" and "Méditerranée" are one sea; "Europe occidentale" alone stays a region."""
    places = {m.canonical_name for m in mentions if m.label == "LOC"}
    heads: dict[str, str] = {}
    for name in places:
        words = name.split()
        k = len(words)
        while k > 1 and (words[k - 1].lower() in lex.region_adjectives or words[k - 1] == "et"):
            k -= 1
        if k < len(words) and " ".join(words[:k]) in places:
            heads[name] = " ".join(words[:k])
    if not heads:
        return mentions
    return [
        replace(m, canonical_name=heads[m.canonical_name]) if m.label == "LOC" and m.canonical_name in heads else m
        for m in mentions
    ]


def join_case_variants(mentions: list[EntityMention]) -> list[EntityMention]:
    """Names of one place or organisation written in another case or accent, or with a plural "s", in one article
    ("Conseil de Paris" and "conseil de Paris") are one entity, named by the form most of its mentions have."""
    groups: dict[tuple[str, str], list[str]] = {}
    for m in mentions:
        if m.label != "PER":
            groups.setdefault((m.label, _variant_key(m.canonical_name)), []).append(m.canonical_name)
    names = {key: best_form([(n, i) for i, n in enumerate(forms)]) for key, forms in groups.items()}
    if all(len(set(forms)) == 1 for forms in groups.values()):
        return mentions
    return [
        m if m.label == "PER" else replace(m, canonical_name=names[(m.label, _variant_key(m.canonical_name))])
        for m in mentions
    ]


_LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l')\s?(?=\w)")


def _variant_key(name: str) -> str:
    """Case, accents, a plural "s" and a leading article aside ("Groupe X Transport" / "groupe X transports", "La
    Salvetat-Saint-Gilles" / "Salvetat-Saint-Gilles")."""
    folded = _LEADING_ARTICLE.sub("", fold(name))
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in folded.split())


def join_institution_heads(mentions: list[EntityMention]) -> list[EntityMention]:
    """An institution named by its common noun alone and with its place in one article are one organisation:
    "la chambre régionale des comptes" and "la chambre régionale des comptes Bretagne", "le tribunal
    correctionnel" and "le tribunal correctionnel de Lyon" take the longer name (only if it is the one)."""
    orgs = {m.canonical_name for m in mentions if m.label == "ORG"}
    longer: dict[str, str] = {}
    for name in orgs:
        if not name[:1].islower():
            continue
        fuller = [o for o in orgs if o.startswith(name + " ") and o[len(name) + 1 :][:1].isupper()]
        fuller += [o for o in orgs if _OF_INNER.match(o, len(name)) and o.startswith(name)]
        if len(set(fuller)) == 1:
            longer[name] = fuller[0]
    if not longer:
        return mentions
    return [
        replace(m, canonical_name=longer[m.canonical_name]) if m.label == "ORG" and m.canonical_name in longer else m
        for m in mentions
    ]


_PLACE_LINK = re.compile(r"-(?:sur|sous|en|lès|lez|les|le|la|de|des|du|aux|d['’])-", re.IGNORECASE)


def join_place_heads(mentions: list[EntityMention]) -> list[EntityMention]:
    """A place and its longer hyphenated name in one article are one place: "Saint-Germain" and
    "Saint-Germain-des-Prés", "Neuilly" and "Neuilly-sur-Seine" take the longer name; so are an organisation named
    after either ("Hôpital X de Neuilly" and "Hôpital X de Neuilly-sur-Seine")."""
    longer: dict[tuple[str, str], str] = {}
    for label in ("LOC", "ORG"):
        names = {m.canonical_name for m in mentions if m.label == label}
        for name in names:
            for link in _PLACE_LINK.finditer(name):
                head = name[: link.start()]
                if head not in names or len(name) <= len(longer.get((label, head), "")):
                    continue
                if label == "LOC" or _OF_PLACE_END.search(head):
                    longer[(label, head)] = name
    if not longer:
        return mentions
    return [
        replace(m, canonical_name=longer[(m.label, m.canonical_name)]) if (m.label, m.canonical_name) in longer else m
        for m in mentions
    ]


_OF_PLACE_END = re.compile(r"\s(?:de|du|d['’])\s?[A-ZÀ-ÖØ-Ý][\w\-]*$")
# A venue's noun and its own name after an article ("Château du Sautou", "prison de la Santé").
_VENUE_OWN_NAME = re.compile(
    r"^([\w\-]+)\s(?:du|des|de\sla|de\sl['’])\s?([A-ZÀ-ÖØ-Ý][\w\-]*(?:\s[A-ZÀ-ÖØ-Ý][\w\-]*)*)$"
)


def join_venue_names(mentions: list[EntityMention], lex: Lexicon) -> list[EntityMention]:
    """A venue and the same venue written longer or shorter in one article are one place: "Théâtre du Capitole"
    and "Théâtre du Capitole de Toulouse" (the town it is in, also a place of the article) take the longer name;
    the venue's own name alone ("Sautou" of "Château du Sautou", "la Santé" of "prison de la Santé") is the
    venue when it is no known place ("Nord" of "gare du Nord" stays the département)."""
    places = {m.canonical_name for m in mentions if m.label == "LOC"}
    venues = lex.venue_nouns | lex.facility_loc_heads
    to: dict[str, str] = {}
    for name in places:
        seat = _OF_PLACE_END.search(name)
        town = _seat_name(seat.group()) if seat is not None else ""
        if seat is None or _low_word(name.split()[0]) not in venues or town.lower() in lex.cardinal_points:
            continue  # "Afrique du Nord" is no venue in a town
        if name[: seat.start()] in places and town in places:
            to[name[: seat.start()]] = name
    for name in places:
        own = _VENUE_OWN_NAME.match(to.get(name, name))
        if own is None or _low_word(own.group(1)) not in venues:
            continue
        known = lex.gazetteer.lookup(own.group(2)) is not None or own.group(2).lower() in lex.cardinal_points
        if own.group(2) in places and not known:
            to.setdefault(own.group(2), to.get(name, name))
    if not to:
        return mentions
    return [
        replace(m, canonical_name=to[m.canonical_name]) if m.label == "LOC" and m.canonical_name in to else m
        for m in mentions
    ]


def _seat_name(of_place: str) -> str:
    """The place of a " de Toulouse" ending."""
    return re.sub(r"^\s(?:de|du|d['’])\s?", "", of_place)


def _low_word(word: str) -> str:
    return word.lower().replace("’", "'")


_OF_INNER = re.compile(r"\s(?:de\sl['’]|des\s|du\s|de\s)|\sd['’]")
_NAME_WORDS = re.compile(r"[A-ZÀ-ÖØ-Ý][\w\-]*(?:\s+(?:[A-ZÀ-ÖØ-Ý][\w\-]*|unies|européenne))*")


def parent_of(
    text: str, start: int, end: int, label: str, canonical: str, lex: Lexicon
) -> tuple[int, int, str, str, str] | None:
    """A known organisation an organisation's name says it belongs to ("Conseil de sécurité de l'ONU",
    "Haut-Commissariat de l'ONU aux droits de l'Homme"): a mention of its own, (start, end, text, "ORG",
    canonical), or None."""
    if label != "ORG":
        return None
    for link in _OF_INNER.finditer(text, start, end):
        name = _NAME_WORDS.match(text, link.end(), end)
        if name is None:
            continue
        words = name.group().split()
        for n in range(len(words), 0, -1):
            form = " ".join(words[:n])
            known = lex.gazetteer.lookup(form)
            if known is not None and known.label == "ORG" and known.canonical != canonical:
                return name.start(), name.start() + len(form), form, "ORG", known.canonical
    return None
