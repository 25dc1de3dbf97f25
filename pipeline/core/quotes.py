"""Quotations and their speakers: the entry point of the quotation stage.

For each section: find the quoted spans (quotation/marks.py), tokenize around them (quotation/tokens.py),
look for attribution cues (quotation/attribution.py) and resolve speakers (quotation/speakers.py). Quotes
without any cue are kept only when they continue the previous speaker's quotation; scare quotes, names and
titles (short fragments with no cue) are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.core.quotation.attribution import CLAUSE_WORDS, FINITE_AUX, Context, Cue, Subject
from pipeline.core.quotation.lexicon import Lexicon, load_lexicon
from pipeline.core.quotation.marks import QuotedSpan, find_spans
from pipeline.core.quotation.speakers import Speaker, SpeakerIndex, can_speak
from pipeline.core.quotation.text_rule import quote_text_matches
from pipeline.core.quotation.tokens import SENTENCE_END, Token, tokenize
from pipeline.core.records import DocLayout, EntityMention, Quote, Section

CONFIDENCE = {
    "incise_inside": 0.9, "incise": 0.95, "colon_after": 0.85, "selon_after": 0.85, "left_verb": 0.85,
    "left_noun": 0.75, "left_selon": 0.9, "left_colon": 0.8, "continuation": 0.65, "next_sentence": 0.6,
    "prior_sentence": 0.6,
    "unattributed": 0.4,
}  # fmt: skip
SHARED_CUES = {"incise", "incise_inside", "selon_after", "colon_after"}
CLITICS = {"se", "s'", "ne", "n'", "y", "en", "lui", "leur", "le", "la", "les", "l'"}  # between a subject and its verb


def extract_quotes(doc: Doc, layout: DocLayout, mentions: Sequence[EntityMention]) -> list[Quote]:
    """Quotations of an article with speaker, verb, type and confidence."""
    text = doc.text
    sections: dict[Section, str] = {
        "title": text[: layout.title_len],
        "body": text[layout.body_offset :],
    }
    spans = {name: find_spans(section_text) for name, section_text in sections.items()}
    times = quoted_times(sections["title"], spans["title"]) + quoted_times(sections["body"], spans["body"])
    title_mentions = [m for m in mentions if m.section == "title"]
    title_quotes, title_index = extract_section(
        sections["title"], "title", title_mentions, keep_unattributed=True, times=times, spans=spans["title"]
    )
    body_mentions = [m for m in mentions if m.section == "body"]
    body_quotes, body_index = extract_section(
        sections["body"], "body", body_mentions, prior=title_index, times=times, spans=spans["body"]
    )
    title_quotes = [_resolve_in_body(q, body_index) for q in title_quotes]
    quotes = _attribute_title_from_body(title_quotes, body_quotes) + body_quotes
    return [_within_contract(q, sections[q.section]) for q in quotes]


def _within_contract(quote: Quote, section_text: str) -> Quote:
    """A quote whose shortened text (incise left out) strays from its span keeps the span's own words instead:
    a wrong cut must never make a row that breaks the contract and blocks the release."""
    span = section_text[quote.start : quote.end]
    return quote if quote_text_matches(span, quote.text) else replace(quote, text=span)


def _resolve_in_body(quote: Quote, body_index: SpeakerIndex) -> Quote:
    """A headline attributed to a description ("le président de la Fédération") takes the person the body
    gives that title."""
    if quote.speaker is None or not quote.speaker_mention:
        return quote
    words = tuple(quote.speaker_mention.lower().replace("’", "'").split())
    if quote.speaker_label is not None and (
        quote.speaker_label != "PER"
        or not words
        or not (words[0] in {"le", "la"} or words[0].startswith("l'"))
        or quote.confidence >= 0.75
    ):
        return quote  # a name, or a title the headline itself bound; "témoigne le pilote" guessed from the headline
    person = body_index.person_titled(words)
    if person is None:
        return quote
    return replace(quote, speaker=person.canonical_name, speaker_label=person.label)


def extract_section(
    text: str,
    section: Section,
    mentions: list[EntityMention],
    keep_unattributed: bool = False,
    prior: SpeakerIndex | None = None,
    times: Counter[str] | None = None,
    spans: list[QuotedSpan] | None = None,
) -> tuple[list[Quote], SpeakerIndex]:
    """Quotations of one section (offsets in that section) and the speaker index built for it.

    Unattributed quotes are kept only if asked (headlines); ``prior`` is the headline's index; ``times`` counts
    how often the article quotes each text (this section's count by default); ``spans`` are the section's quoted
    spans when the caller has found them already."""
    spans = spans if spans is not None else find_spans(text)
    tokens = tokenize(text, spans)
    ctx = Context(text, tokens, mentions, load_lexicon())
    index = SpeakerIndex.build(ctx, prior)
    found: dict[int, tuple[int, int, int, int, Cue | None]] = {}
    present = {t.quote for t in tokens if t.quote >= 0}
    for q in sorted(present):
        lo, first, after, hi = ctx.sentence_bounds(q)
        cue = (
            ctx.incise_inside(q, first, after)
            or ctx.right_incise(after, hi)
            or ctx.colon_after(after, hi)
            or ctx.selon_after(after, hi)
            or ctx.left_cue(lo, first)
            or (ctx.headline_name(lo, first) if section == "title" else None)
        )
        if cue is not None and cue.subject is None:
            # « … » menaçant des « … » after "Selon lui,": a verb with no subject leaves the quote to the source
            left = ctx.left_cue(lo, first)
            if left is not None and left.kind == "left_selon" and left.subject is not None:
                cue = left
        if _relayed(cue, ctx) or _medium_source(cue, ctx):
            # « … », précise le JDD after "elle affirme …", "le président leur a demandé « … » selon BFMTV": the
            # outlet relays the words of the one before
            left = ctx.left_cue(lo, first)
            subject = left.subject if left is not None else None
            if subject is not None and (
                subject.kind == "pronoun"
                or (subject.mention is not None and subject.mention.label == "PER")
                or (_medium_source(cue, ctx) and _speaking_subject(subject, ctx))
            ):
                cue = left
        if _medium_cue(cue, ctx):
            # "Selon Le Parisien, les 143 secrétaires ont voté une résolution déclarant que « … »", "le président
            # a dû leur demander « … » selon BFMTV": the outlet only reports; the one whose clause carries the
            # quote with a reporting verb speaks
            cue = _reported_speaker(ctx, cue, lo, first) or cue
        found[q] = (lo, first, after, hi, cue)
    for q in sorted(found, reverse=True):
        # « A » et « B », a-t-il dit: coordinated quotes of one sentence share its closing attribution
        lo, first, after, hi, cue = found[q]
        nxt = found.get(q + 1)
        shares = nxt is not None and nxt[4] is not None and nxt[4].kind in SHARED_CUES
        if cue is None and shares and tokens[nxt[1]].sent == tokens[first].sent:
            found[q] = (lo, first, after, hi, nxt[4])
    quotes: list[Quote] = []
    previous: tuple[int, Speaker] | None = None  # (last paragraph, speaker) of the last attributed quote
    named_last = False  # whether the last attributed quote's cue named its speaker ("a déclaré Michel Sapin")
    rows: dict[int, int] = {}  # quote -> its row in ``quotes``
    charge_end = -1  # end of the last quote that named a legal charge
    unheard: list[tuple[int, int, str, bool]] = []  # quotes with no attribution: (start, end, text, direct)
    times = times if times is not None else quoted_times(text, spans)
    for q, span in enumerate(spans):
        if q not in found:
            continue
        if q - 1 in rows and _reopened(ctx, found, q - 1):
            # « A », a déclaré X, « B »: one quote "A B", said by X
            row = quotes[rows[q - 1]]
            quotes[rows[q - 1]] = replace(row, end=span.end, text=f"{row.text} {span.text(text)}")
            rows[q] = rows[q - 1]
            continue
        lo, first, after, hi, cue = found[q]
        if not span.opened and (cue is None or cue.kind != "incise"):
            continue  # a closing mark with no opening one is a quote only when an incise says who spoke
        quote_text = span.text(text)
        start, end = span.start, span.end
        if cue is not None and cue.kind == "incise_inside" and cue.end is not None:
            # « A, a-t-il déclaré, B »: one quote "A B", the incise left out
            quote_text, end = _without_incise(span, text, text.rfind(",", span.start, cue.position), cue.end)
        n_words = sum(1 for w in quote_text.split() if any(c.isalnum() for c in w))
        if n_words == 0:
            continue
        starts_sentence = first == lo or tokens[first - 1].low == ":"
        charge = not starts_sentence and _legal_charge(text, span.start, quote_text, ctx, charge_end)
        if charge:
            charge_end = span.end
        # "l'émission « La Ferme célébrités »", "le projet « Montagne d'or »": a title or a name, no one's words
        title = not starts_sentence and _names_a_work(ctx, lo, first, span, quote_text, cue)
        # "les « gilets jaunes »" quoted all along the article: a name it keeps quoting, no one's words
        title = title or (not _incised(cue) and _recurring_term(ctx, lo, first, quote_text, times))
        para = tokens[first].para
        direct_form = starts_sentence and quote_text[:1].isupper()
        speaker: Speaker | None = None
        kind = cue.kind if cue else None
        if cue is not None and cue.subject is not None:
            index.avoid = _spoken_of(quote_text, mentions) if cue.subject.kind != "mention" else frozenset()
            answered = _answered(cue, ctx, previous if named_last else None, para, (lo, first))
            if answered is not None and cue.subject.kind == "description":
                index.avoid |= {answered}
            if cue.subject.kind in ("pronoun", "description"):
                index.avoid |= _named_after_subject(cue.subject, mentions, ctx, (lo, hi), (start, end))
            speaker = index.resolve(cue.subject, cue.position, incise=cue.kind in SHARED_CUES)
            index.avoid = frozenset()
        if speaker is None and first == lo and n_words >= 3 and cue is None:
            # « … » after "Philippe Martin s'est confié au Parisien." or "Pour la ministre, c'est …"
            prior = ctx.prior_source(lo, first)
            if prior is not None and _opens_paragraph(tokens, first) and ctx.para_at(prior.position) < para:
                # « … ». Directrice de l'ARS, Marie Dupont, n'est pas alarmiste: a quote heading a paragraph is
                # the words of the person the next sentence names, not of the previous paragraph's source (a
                # person the index knows by name: a bare title may be a misread subject)
                lede_source = _next_sentence_source(ctx, index, after, hi)
                if lede_source is not None and lede_source[0].label == "PER":
                    (speaker, cue), kind, prior = lede_source, "next_sentence", None
            source = index.resolve(prior.subject, prior.position) if prior is not None else None
            if source is not None and source.name is not None:
                speaker, kind, cue = source, "prior_sentence", prior
        # a fragment in the paragraph of the last attributed quote goes on with its words; a short one only when
        # it reads as words, not a capitalised title of a show or a work ("Touche pas à mon poste")
        fragment = n_words >= 6 or (n_words >= 3 and quote_text[:1].islower())
        long_fragment = fragment and previous is not None and previous[0] == para
        if speaker is None and cue is None and fragment and previous is not None and para - previous[0] == 1:
            # "X avait célébré un héros de « … » et comparé le gendarme aux « … »" in the paragraph after X's
            # words: a fragment in a sentence whose subject is the passage's speaker goes on with them
            long_fragment = _subject_is(ctx, index, lo, first, previous[1])
        if speaker is None and previous is not None and (starts_sentence or cue or long_fragment) and n_words >= 3:
            # a quote with no attribution continues the last speaker's words (next paragraph at most); one
            # whose verb has no subject ("cela signifiera « … »") takes the speaker of the passage
            prev_para, prev_speaker = previous
            if para - prev_para <= (1 if cue is None else 3):
                speaker, kind = prev_speaker, "continuation"
        if speaker is None and cue is None and first == lo and n_words >= 3:
            # « Une phrase de voyou ». Le secrétaire national d'EELV Julien Bayou a fustigé …
            cue = ctx.next_sentence_cue(after, hi)
            if cue is not None and cue.subject is not None:
                speaker, kind = index.resolve(cue.subject, cue.position), "next_sentence"
        if cue is None and speaker is None and n_words >= 4 and _sounds_spoken(quote_text, starts_sentence):
            # unattributed, but reported speech all the same ("« Nous ne céderons pas. »" alone): keep it,
            # with the passage's speaker if there is one nearby, at low confidence
            kind = "unattributed"
            if previous is not None and para - previous[0] <= 3:
                speaker = previous[1]
            keep_unattributed = True
            if speaker is None:
                prior = ctx.prior_source(lo, first, bare=True)
                source = index.resolve(prior.subject, prior.position) if prior is not None else None
                if source is not None and source.name is not None:
                    speaker, cue = source, prior
            if speaker is None and _opens_paragraph(tokens, first):
                lede_source = _next_sentence_source(ctx, index, after, hi)
                if lede_source is not None:
                    (speaker, cue), kind = lede_source, "next_sentence"
        if cue is None and speaker is None and n_words >= 4 and direct_form and _opens_paragraph(tokens, first):
            # « Il faut oublier cette affaire ». Le député Jean-Michel Fauvergue a suscité …: a whole sentence
            # quoted alone at the head of a paragraph, then a sentence whose subject names a person, is that
            # person's words even in the third person ("Le pilote répond" is too loose: the other party's lines)
            lede_source = _next_sentence_source(ctx, index, after, hi, named_only=True)
            if lede_source is not None:
                (speaker, cue), kind = lede_source, "next_sentence"
        if cue is None and speaker is None and not (keep_unattributed and n_words >= 3):
            if n_words >= REPEAT_MIN_WORDS and quote_text[:1].islower() and not (charge or title):
                unheard.append((start, end, quote_text, direct_form))
            continue
        if speaker is not None and speaker.name is None:
            speaker = None  # attributed to no one ("ajoute-t-on de même source")
        if n_words == 1 and (cue is None or cue.kind not in ("incise", "incise_inside", "colon_after")):
            continue
        if charge or title:
            # "mis en examen pour « meurtre »", "a annoncé le parquet": the name of a charge or a title, no one's
            # words; who the sentence quotes still leads the passage
            if speaker is not None:
                index.remember(cue.position if cue else span.start, speaker)
                previous = (tokens[ctx.quote_range[q][1]].para, speaker)
                named_last = _names_speaker(cue, kind)
            continue
        confidence = CONFIDENCE.get(kind or "", 0.5) * (speaker.confidence if speaker else 0.5)
        if not direct_form:
            confidence *= 0.9 if n_words > 3 else 0.7
        quotes.append(
            Quote(
                section=section,
                start=start,
                end=end,
                text=quote_text,
                quote_type="direct" if direct_form else "partial",
                speaker=speaker.name if speaker else None,
                speaker_label=speaker.label if speaker else None,
                speaker_mention=_mention_words(cue, kind),
                verb=cue.verb if cue is not None and kind != "continuation" else None,
                confidence=round(min(1.0, max(0.0, confidence)), 3),
            )
        )
        rows[q] = len(quotes) - 1
        if speaker is not None:
            index.remember(cue.position if cue else span.start, speaker)
        if speaker is not None:
            previous = (tokens[ctx.quote_range[q][1]].para, speaker)
            named_last = _names_speaker(cue, kind)
    return _said_again(section, unheard, quotes), index


REPEAT_MIN_WORDS = 3
DE_WORDS = {"de", "d'", "du"}


def _names_speaker(cue: Cue | None, kind: str | None) -> bool:
    """Whether a quote's own cue names its speaker ("a déclaré Michel Sapin"), not a pronoun, a description or
    the passage's speaker carried over."""
    return cue is not None and cue.subject is not None and cue.subject.kind == "mention" and kind != "continuation"


def _answered(
    cue: Cue, ctx: Context, previous: tuple[int, Speaker] | None, para: int, left: tuple[int, int]
) -> str | None:
    """Whom a reply answers: the person quoted last, by name, in this paragraph or the one before ("Alors que X
    assurait qu'il fallait « … », le chef du gouvernement répliquait : « … »", "le président lui a répondu,
    expliquant que « … »"); None unless the cue's verb, or a verb between its subject and the quote, is a reply,
    and none when this sentence or the one before says a question was put ("Interrogé sur …, le Premier ministre
    a répondu"): the one who asked is answered."""
    if previous is None or para - previous[0] > 1 or cue.subject is None:
        return None
    replies = ctx.lex.words("reply_verb")
    lo, first = left
    after_subject = cue.subject.start + len(cue.subject.text)
    between = [t for t in ctx.tokens[lo:first] if t.start >= after_subject]
    if cue.verb not in replies and not any(ctx.lex.verb_forms.get(t.low) in replies for t in between):
        return None
    asking = ctx.lex.words("asking_verb")
    start = lo
    while start > 0 and ctx.tokens[start - 1].sent >= ctx.tokens[lo].sent - 1:
        start -= 1  # "Interrogé …, X s'est défendu. « … », a répondu l'élu": X answers the one who asked
    before = [t for t in ctx.tokens[start:] if t.start < cue.position]
    if any(ctx.lex.verb_forms.get(t.low) in asking for t in before):
        return None
    return previous[1].name if previous[1].label == "PER" else None


def _subject_is(ctx: Context, index: SpeakerIndex, lo: int, first: int, speaker: Speaker) -> bool:
    """Whether the sentence running from token ``lo`` to a quote at ``first`` has a named person for subject,
    at its start or after a leading phrase set off by a comma ("Dans sa réponse, X se prévaut …"), and that
    person is ``speaker``."""
    toks = ctx.tokens
    starts = [lo] + [k + 1 for k in range(lo, first - 1) if toks[k].low == "," and toks[k].quote < 0]
    for k in starts[:2]:
        if k >= first or toks[k].quote >= 0:
            continue
        subject = ctx.read_np(k, first)
        if subject is None or subject.kind != "mention" or subject.mention is None or subject.start != toks[k].start:
            continue
        if subject.mention.label != "PER":
            return False
        return subject.mention.canonical_name == speaker.name
    return False


def _next_sentence_source(
    ctx: Context, index: SpeakerIndex, after: int, hi: int, named_only: bool = False
) -> tuple[Speaker, Cue] | None:
    """The named speaker the sentence after a quote has as its subject, and that sentence's cue; with
    ``named_only``, only a subject the entity step recognised (not a bare description)."""
    lede = ctx.next_sentence_subject(after, hi)
    if lede is None or (named_only and (lede.subject is None or lede.subject.mention is None)):
        return None
    source = index.resolve(lede.subject, lede.position)
    return (source, lede) if source is not None and source.name is not None else None


def _opens_paragraph(tokens: list[Token], first: int) -> bool:
    """Whether the token at ``first`` is the first of its paragraph."""
    return first == 0 or tokens[first - 1].para != tokens[first].para


def _said_again(section: Section, unheard: list[tuple[int, int, str, bool]], quotes: list[Quote]) -> list[Quote]:
    """A lower-case quote with no attribution whose words an attributed quote of the section repeats (the standfirst's
    « prioritairement distribués aux plus fragiles », the body's « seront prioritairement distribués aux plus
    fragiles : … », promet la maire) is that speaker's, at lower confidence."""
    added = []
    for start, end, words, direct in unheard:
        key = _plain(words)
        said = [q for q in quotes if q.speaker is not None and q.start != start and key in _plain(q.text)]
        if said:
            q = said[0]
            confidence = round(q.confidence * 0.8, 3)
            kind = "direct" if direct else "partial"
            added.append(Quote(section, start, end, words, kind, q.speaker, q.speaker_label, None, None, confidence))
    return sorted(quotes + added, key=lambda q: q.start) if added else quotes


def _plain(words: str) -> str:
    """Lower-case words of a quote without punctuation, for comparing two quotes' words."""
    return " ".join(re.findall(r"\w+", words.lower()))


COORDINATION = {"et", "ou", ",", "et de", "et d'", "ou de", "ou d'", "et pour", "ainsi que"}


def _legal_charge(text: str, start: int, quote_text: str, ctx: Context, charge_end: int) -> bool:
    """A quote naming a legal charge: right after a judicial word and "pour" ("inculpé pour « … »", "une enquête
    ouverte notamment pour « … »") or a charge noun and "de" ("du chef de « … »"), or coordinated with such a
    quote ("pour « crimes de guerre » et « crimes contre l'humanité »"); not a purpose ("une enquête ouverte pour
    « établir les responsabilités »")."""
    first = quote_text.split()[0].lower() if quote_text.split() else ""
    if first.endswith(("er", "ir")) and first != "avoir":
        return False
    before = text[max(0, start - 80) : start].replace("’", "'").rstrip(' \u00a0\u202f«"“')
    if 0 <= charge_end < start:
        between = text[charge_end:start].strip(" \u00a0\u202f«»\"“”'")
        if between.lower() in COORDINATION:
            return True
    words = before.lower().replace("'", "' ").split()
    if not words:
        return False
    prep = words.pop()
    while words and (words[-1] in ctx.lex.words("skip_word") or words[-1].isdigit()):
        words.pop()  # "poursuivi notamment pour", "une enquête ouverte en 2016 pour"
        if words and words[-1] in {"en", "depuis"}:
            words.pop()
    if not words:
        return False
    if prep == "pour":
        return words[-1] in ctx.lex.words("charge_word")
    return prep in {"de", "d'", "du", "des"} and words[-1] in ctx.lex.words("charge_noun")


TITLE_MAX_WORDS = 5
TITLE_MODIFIERS = 2  # words between a naming noun and the title ("la série culte « … »", "la liste du « … »")


def _names_a_work(ctx: Context, lo: int, first: int, span: QuotedSpan, quote_text: str, cue: Cue | None) -> bool:
    """A short capitalised quote with no closing punctuation, inside the writer's sentence, that is a name the
    article recognised ("les « Restos du coeur »"), or that a naming noun or participle ("l'émission « La Ferme
    célébrités »", "le projet de loi « École de la confiance »", "un groupe baptisé « … »") or a preposition
    ("dans « Envoyé spécial »", unless an incise closes the quote as someone's words) introduces."""
    words = quote_text.split()
    if not words or len(words) > TITLE_MAX_WORDS or not quote_text[:1].isupper() or quote_text[-1:] in ".!?…":
        return False
    said = first > lo and ctx.verb_at(first - 1) is not None  # "il a crié « Allah Akbar »": shouted words
    if not said and any(m.start == span.start and m.end == span.end for m in ctx.mentions):
        return True
    nouns = ctx.lex.words("work_noun")
    toks = ctx.tokens
    k = first - 1
    closing = cue is not None and cue.kind in SHARED_CUES  # "à « Flins ne doit pas fermer », a précisé X"
    if k >= lo and toks[k].quote < 0 and toks[k].low in ctx.lex.words("title_preposition") and not closing:
        return True  # "invité dans « On n'est pas couché »", "pour « Merci Patron »"
    for _ in range(TITLE_MODIFIERS + 1):
        if k < lo or toks[k].quote >= 0 or not toks[k].is_word or not toks[k].text[:1].islower():
            return False
        if toks[k].low in nouns:
            return True
        if ctx.verb_at(k) or toks[k].low in ctx.aux or toks[k].low in ctx.lex.verb_forms:
            return False
        k -= 1
    return False


def quoted_times(text: str, spans: Sequence[QuotedSpan] | None = None) -> Counter[str]:
    """How many times a text puts each set of words in quotation marks (its quoted spans, found if not given)."""
    return Counter(_plain(span.text(text)) for span in (spans if spans is not None else find_spans(text)))


TERM_MAX_WORDS = 3
TERM_MIN_TIMES = 3


def _recurring_term(ctx: Context, lo: int, first: int, quote_text: str, times: Counter[str]) -> bool:
    """A quote of three words at most, with no verb and no closing punctuation, that the section puts in quotation
    marks three times or more ("les « gilets jaunes »", "le « Ségur de la santé »"): a term the article keeps
    quoting, not words someone said; unless a speech verb introduces it ("en criant « Allah Akbar »")."""
    words = _plain(quote_text).split()
    if not words or len(words) > TERM_MAX_WORDS or quote_text.rstrip()[-1:] in ".!?…":
        return False
    if times[" ".join(words)] < TERM_MIN_TIMES:
        return False
    if any(w in ctx.aux or w in ctx.lex.verb_forms for w in words):
        return False  # « c'est gonflé » said again and again is still words
    before = first - 1
    while before >= lo and ctx.tokens[before].low in {":", ","}:
        before -= 1
    return not (before >= lo and ctx.verb_at(before) is not None)


def _incised(cue: Cue | None) -> bool:
    """Whether an inverted incise attributes the quote ("« Totalement inadmissible », estime X"): words said, even
    when the article keeps quoting them."""
    return cue is not None and cue.kind in {"incise", "incise_inside"}


def _reopened(ctx: Context, found: dict[int, tuple[int, int, int, int, Cue | None]], q: int) -> bool:
    """« A », a déclaré X, « B »: quote q closes for its attribution incise and the sentence goes on, after a
    comma, with the next quote, which has no attribution of its own."""
    nxt = found.get(q + 1)
    cue = found[q][4]
    if cue is None or cue.kind != "incise" or nxt is None:
        return False
    between = ctx.tokens[found[q][2] : nxt[1]]
    if sum(1 for k in range(found[q][2], nxt[1]) if ctx.verb_at(k)) > 1:
        return False  # « A », a commenté X avant d'ajouter, « B »: B has its own verb
    if not between or len(between) > 14 or between[-1].low != ",":
        return False
    if not between[0].start <= cue.position < between[-1].start:
        return False  # « A », « B », a-t-il dit: coordinated quotes sharing one closing incise
    if nxt[4] is not None and nxt[4].kind in SHARED_CUES and nxt[4].position > between[-1].start:
        return False  # « B », ajoute-t-il: a quote of its own
    return not any(t.low in SENTENCE_END or t.quote >= 0 or t.para != between[0].para for t in between)


def _without_incise(span: QuotedSpan, text: str, cut_start: int, cut_end: int) -> tuple[str, int]:
    """The words of a quote without the incise at text[cut_start:cut_end] (its comma before included), and the
    quote's end (where its last words end)."""
    if cut_start < span.start or cut_end > span.end:
        return span.text(text), span.end
    head = _words_between(span, text, span.start, cut_start)
    tail = _words_between(span, text, cut_end, span.end)
    if not tail.strip(" .,;!?…"):
        end = len(text[:cut_start].rstrip())  # « A, a-t-il dit. »: the quote is A
        return head, end
    return f"{head} {tail}", span.end


def _words_between(span: QuotedSpan, text: str, lo: int, hi: int) -> str:
    """The quote's pieces clipped to text[lo:hi], joined with a space."""
    parts = [text[max(s, lo) : min(e, hi)].strip() for s, e in span.pieces if max(s, lo) < min(e, hi)]
    return " ".join(p for p in parts if p)


def _spoken_of(quote_text: str, mentions: list[EntityMention]) -> frozenset[str]:
    """Persons a quote names in the third person, with a title or their full name ("J'ignorais que M. Benjamin
    Griveaux fût …"): not who says it."""
    out = set()
    for m in mentions:
        if m.label != "PER" or len(m.canonical_name.split()) < 2:
            continue
        surname = re.escape(m.canonical_name.split()[-1])
        if m.canonical_name in quote_text or re.search(rf"\b(?:M\.|Mme|Madame|Monsieur)\s+{surname}\b", quote_text):
            out.add(m.canonical_name)
    return frozenset(out)


def _named_after_subject(
    subject: Subject, mentions: list[EntityMention], ctx: Context, sentence: tuple[int, int], quote: tuple[int, int]
) -> frozenset[str]:
    """Persons named after a pronoun or description subject in its own sentence, outside the quote ("l'homme
    politique a affirmé qu'il « n'en voulait pas » à Jordan", "« … », a-t-elle lancé à Marine Le Pen"), or in
    the description's own complement ("l'ancien collaborateur d'Emmanuel Macron"): a subject is not a person its
    own clause goes on to name. A pronoun counts only opening its sentence or inverted after the quote: one in
    a fronted clause ("Évoquant X, qu'il avait qualifié de « … », Olivier Faure a souligné") may stand for the
    main subject named after it."""
    tokens, lexicon = ctx.tokens, ctx.lex
    lo, hi = sentence
    if hi <= lo or not tokens[lo].start <= subject.start < tokens[hi - 1].end:
        return frozenset()
    opening = [t.low for t in tokens[lo:] if t.is_word and t.start < subject.start and t.quote < 0]
    opening = opening[1:] if opening[:1] in (["mais"], ["et"], ["or"], ["car"]) else opening
    fronted = lexicon.words("fronted_clause")
    if opening[:1] and (opening[0] in fronted or " ".join(opening[:2]) in fronted):
        return frozenset()  # "S'il a observé que « … », Gérard Larcher a jugé": the main subject, named after
    if subject.kind == "pronoun" and opening and subject.start < quote[0]:
        return frozenset()
    start, after, end = subject.start, subject.start + len(subject.text), tokens[hi - 1].end
    return frozenset(
        m.canonical_name
        for m in mentions
        if m.label == "PER"
        and not quote[0] <= m.start < quote[1]
        and (
            (after <= m.start < end and (subject.kind == "pronoun" or _clause_between(tokens, after, m.start, lexicon)))
            or (subject.kind == "description" and start < m.start < after and _after_de(ctx, m.start))
        )
    )


def _after_de(ctx: Context, offset: int) -> bool:
    """Whether the word before ``offset`` is "de", "d'" or "du" ("le fils de X", "l'avocat d'Y")."""
    i = bisect_right(ctx._starts, offset - 1) - 1
    return i >= 0 and ctx.tokens[i].low in DE_WORDS


def _clause_between(tokens: list[Token], lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Whether a verb, a clause word or a comma stands between two offsets: a name right after a description
    ("a lancé la jeune activiste pour le climat Greta Thunberg") is its own, not another person of the clause."""
    return any(
        t.low in CLAUSE_WORDS or t.low == "," or t.low in lexicon.verb_forms or t.low in FINITE_AUX
        for t in tokens
        if lo <= t.start < hi
    )


def _relayed(cue: Cue | None, ctx: Context) -> bool:
    """A closing incise whose subject is an organisation or an outlet ("précise le JDD", "rapporte la
    station"): it may only relay a quote."""
    subject = cue.subject if cue is not None else None
    if cue is None or cue.kind != "incise" or subject is None:
        return False
    if subject.kind == "mention":
        return subject.mention is not None and subject.mention.label == "ORG"
    names = subject.text.split()[1:]  # "le JDD", "Le Parisien": a title with no person noun
    outlet = len(subject.words) == 2 and subject.words[1] in ctx.lex.words("media_word")
    return subject.kind == "description" and ((len(names) == 1 and names[0][:1].isupper()) or outlet)


def _medium_source(cue: Cue | None, ctx: Context) -> bool:
    """ "selon BFMTV", "d'après Le Parisien" after a quote: a newspaper or channel named as the source."""
    if cue is None or cue.kind not in ("incise", "selon_after") or cue.verb != "selon":
        return False
    return _medium_cue(cue, ctx)


def _medium_cue(cue: Cue | None, ctx: Context) -> bool:
    """A cue whose subject is a newspaper, channel or agency ("selon BFMTV", "France Info précise que")."""
    return cue is not None and cue.subject is not None and _medium_subject(cue.subject, ctx)


def _medium_subject(subject: Subject, ctx: Context) -> bool:
    """A subject that names a newspaper, channel or agency, by its words or by its entity mention."""
    media = ctx.lex.words("media_name")
    texts = [subject.text, subject.mention.text if subject.mention is not None else ""]
    return any(t.lower().replace("’", "'").strip() in media for t in texts if t)


def _reported_speaker(ctx: Context, cue: Cue, lo: int, first: int) -> Cue | None:
    """The speaker of a quote an outlet only reports: the subject of the clause that carries the quote, a person
    or a body with a reporting verb of its own before the quote, after "que" when the outlet's verb reports a
    clause, else at the head of the sentence ("Selon X, les délégués ont voté une résolution déclarant « … »",
    "le président a dû leur demander « … » selon X"). Not a subject with no reporting verb ("X rapporte que Y
    avait fait une apparition lors d'un « pot amical »": the outlet's words)."""
    toks = ctx.tokens
    if cue.kind == "left_verb":
        k = next((j for j in range(lo, first) if toks[j].start > cue.position), first)
        if k >= first or toks[k].low not in {"que", "qu'"}:
            return None
        return _clause_subject(ctx, k + 1, first)
    if cue.verb != "selon" or cue.kind not in ("left_selon", "selon_after"):
        return None
    starts = [lo] + [k + 1 for k in range(lo, first - 1) if toks[k].low == "," and toks[k].quote < 0]
    for k in starts[:2]:
        found = _clause_subject(ctx, k, first)
        if found is not None:
            return found
    return None


def _clause_subject(ctx: Context, k: int, first: int) -> Cue | None:
    """A cue for the person or body whose noun phrase opens at token ``k`` (before the quote at ``first``), when
    it can speak, is no outlet and a reporting verb follows it before the quote."""
    toks = ctx.tokens
    if k >= first or toks[k].quote >= 0:
        return None
    head = next((j for j in range(k + 1, first) if toks[j].low in FINITE_AUX or ctx.verb_at(j)), None)
    while head is not None and head - 1 > k and toks[head - 1].low in CLITICS:
        head -= 1  # "Le syndicat s'oppose": the subject ends before the pronoun
    subject = ctx.read_np(k, head) if head is not None else None
    if subject is None or subject.start != toks[k].start or subject.kind not in ("mention", "description"):
        return None
    if not _speaking_subject(subject, ctx) or _medium_subject(subject, ctx):
        return None
    verb = next((ctx.verb_at(j) for j in range(k, first) if ctx.verb_at(j) and toks[j].quote < 0), None)
    return Cue("left_verb", subject, verb[0], toks[k].start) if verb is not None else None


def _speaking_subject(subject: Subject, ctx: Context) -> bool:
    """A person or a body as the subject of a clause ("le président", "la préfecture", "la CGT"), not another
    outlet ("Le Monde a écrit que « … », selon l'AFP": the newspaper)."""
    media = ctx.lex.words("media_name") | ctx.lex.words("media_word")
    if any(w in media for w in subject.words) or subject.text.lower().replace("’", "'").strip() in media:
        return False
    if subject.kind == "mention":
        return subject.mention is not None and subject.mention.label in ("PER", "ORG")
    return subject.kind == "description" and can_speak(subject, ctx)


SPOKEN = re.compile(r"\b(je|j'|me|m'|moi|nous|vous|mon|ma|mes|notre|nos|votre|vos|on)\b|[?!]\s*$", re.IGNORECASE)


def _sounds_spoken(text: str, starts_sentence: bool) -> bool:
    """A quote that reads as someone's words: first or second person, or a question or exclamation; a
    fragment inside the writer's sentence must be long as well."""
    if not SPOKEN.search(text.replace("’", "'")):
        return False
    return starts_sentence or len(text.split()) >= 8


def _mention_words(cue: Cue | None, kind: str | None) -> str | None:
    if cue is None or cue.subject is None or kind == "continuation":
        return None
    return cue.subject.text


def _attribute_title_from_body(title_quotes: list[Quote], body_quotes: list[Quote]) -> list[Quote]:
    """A headline quote repeated in the body takes the body quote's speaker when it has none of its own."""
    out = []
    for tq in title_quotes:
        unnamed = tq.speaker is not None and tq.speaker_label is None and tq.speaker == tq.speaker_mention
        if unnamed:
            # "la ministre de la Transition écologique veut « … »": a headline's description gives way to the
            # person the body quotes saying the same words
            named = [bq for bq in body_quotes if bq.speaker_label == "PER" and _repeats(tq, bq)]
            if named:
                tq = replace(tq, speaker=named[0].speaker, speaker_label="PER")
        if tq.speaker is None:
            repeated = [bq for bq in body_quotes if tq.text.strip(" .").lower() in bq.text.lower()]
            same = [bq for bq in repeated if bq.speaker]
            if repeated and not same:
                out.append(tq)  # the body quotes it too, without a speaker: still a quotation
                continue
            if same:
                bq = same[0]
                tq = Quote(tq.section, tq.start, tq.end, tq.text, tq.quote_type, bq.speaker, bq.speaker_label,
                           bq.speaker_mention, bq.verb, round(bq.confidence * 0.8, 3))  # fmt: skip
            elif tq.verb is None and tq.speaker_mention is None:
                continue
        out.append(tq)
    return out


def _repeats(title_quote: Quote, body_quote: Quote) -> bool:
    """Whether a body quote repeats a headline quote's words."""
    return title_quote.text.strip(" .").lower() in body_quote.text.lower()
