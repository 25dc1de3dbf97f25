"""Headings and player notes glued between the sentences of a paragraph whose line breaks were lost, in forms the
inline rules (``inline.subheadings``) do not cover: a bullet-led heading closed by a quotation or an ellipsis, a
heading closed by its quotation and glued on both sides, a video's time code note."""

from __future__ import annotations

import re

from pipeline.core.cleaning import inline, patterns
from pipeline.core.cleaning.spans import Block, Edit

# A bullet-led heading glued to the next sentence by its closing quotation mark or ellipsis, as an e-reader's or a
# text export's "►" sub-headings come out ('….► "L'Europe à Lille"Cette semaine …', '► À Paris, un appel à "bloquer
# la place"Pour le seizième …', '► Mobilisation à Bordeaux, Lyon...Enfin, …'): after a sentence end or opening the
# paragraph; a heading's length, no sentence inside, its quotations balanced.
_GLUED_BULLET_HEADING = re.compile(
    rf"(?:(?<=[{inline.SENTENCE_END}\"»”])|^)\s*[►▶•]\s*"
    rf"(?P<head>[{inline.UPPER}0-9\"«“][^\n►▶]{{2,150}}?(?:[\"»”]|\.\.\.|…))"
    rf"(?=[{inline.UPPER}](?:[{inline.LOWER}]|['’]))"
)
_SENTENCE_IN_HEAD = re.compile(rf"[{inline.SENTENCE_END}]")
# A timeline's dated entry ("• 28 août : le PS prépare …"): an item of a list, text.
_DATED_ITEM = re.compile(rf"[\"«“]?\s?{inline.DAY_MONTH}\b", re.IGNORECASE)
MAX_BULLET_HEADING_WORDS = 12


def bullet_headings(block: Block, source: str) -> list[Edit]:
    """Bullet-led headings glued to the next sentence by a closing quotation mark or an ellipsis (``subheading``)."""
    text = source[block.start : block.end]
    edits = []
    for m in _GLUED_BULLET_HEADING.finditer(text):
        head = m.group("head")
        if (
            len(head.split()) <= MAX_BULLET_HEADING_WORDS
            and inline.balanced_quotes(head)
            and not _DATED_ITEM.match(head)
            and not _SENTENCE_IN_HEAD.search(head.rstrip(".…"))
        ):
            edits.append(Edit("subheading", block.start + m.start(), block.start + m.end(), breaks=True))
    return edits


# A bare quotation with no stop of its own, ending on a word ('"Le seul truc de toute ma vie …"').
_BARE_HEAD = (
    rf"\"[{inline.UPPER}][^\"«»“”\n.!?…]{{6,140}}[^\s\".!?…,;:]\""
    rf"|«\s?[{inline.UPPER}][^\"«»“”\n.!?…]{{6,140}}[^\s.!?…,;:]\s?»"
)

# A quotation with no sentence end inside (an asked or exclaimed one may end on its mark): straight quotes touch
# their words ('"tous les choix"', never '", poursuit-il, "'), French ones may be spaced.
_QUOTATION = (
    r'(?:"[^\s".!?…][^"\n.!?…]{0,78}(?:[^\s".!?…]|\s?[?!])"'
    r"|«\s?[^«»\n.!?…]{1,80}?(?:\s?[?!])?\s?»|“[^“”\n.!?…]{1,80}?(?:\s?[?!])?”)"
)
_HEAD_WORDS = r"[^\n.!?:;()\"«»“”]"
# A heading's words then quotations, ending on one ('Les "comportements" ne resteront pas "sans réponse"').
_HEAD_ENDING_ON_QUOTATION = (
    rf"[{inline.UPPER}]{_HEAD_WORDS}{{1,80}}?(?:{_QUOTATION}{_HEAD_WORDS}{{0,60}}?)*?{_QUOTATION}"
)
# '…selon Benjamin Griveaux.Les "comportements inadmissibles" ne resteront pas "sans réponse pénale"Revenant …',
# '…Stanislas Guerini.Villani se demande si « cette question est sérieuse ? »Cet ultimatum …', '… transports en
# commun".Les catholiques ne sont pas "persécutés"Outre la …': a heading ending on a
# quotation, glued with no space to a sentence end before it and to the next sentence's capital after it.
_QUOTE_CLOSED_HEADING = re.compile(
    rf"(?:(?<=[{inline.LOWER}0-9)][{inline.SENTENCE_END}])|(?<=[{inline.SENTENCE_END}][\"»”])"
    rf"|(?<=[\"»”][{inline.SENTENCE_END}]))"
    rf"(?P<head>{_HEAD_ENDING_ON_QUOTATION})"
    rf"(?=[{inline.UPPER}][{inline.LOWER}]|\"[{inline.UPPER}])"  # '…au Havre.Maire, "le plus beau des mandats""Si …'
)
# '… dit-il. "Le seul truc de toute ma vie dont je n'arriverai pas à guérir"David écrit …': a bare quotation spaced
# from the sentence end before it, with no sentence end of its own, glued to the next sentence's capital (a quoted
# sentence of the text ends on its stop: '"Je pars."Il …', '"Je pars". Il …'; a conjunction goes on with the speech:
# '"… c'est symboliser l'Europe"Et l'option …').
_BARE_QUOTE_HEADING = re.compile(
    rf"(?:(?<=[{inline.SENTENCE_END}]\s)|(?<=[{inline.SENTENCE_END}][\"»”]\s))"
    rf"(?P<head>{_BARE_HEAD})"
    rf"(?!(?:Et|Mais|Or|Car|Donc|Puis|Si|Quand)\b)(?=[{inline.UPPER}][{inline.LOWER}])"
)
# '… totale. "Valérie Pécresse n'est pas maire de Paris" "Une main tendue" très vite …': the same bare quotation
# spaced on both sides before the next sentence's quotation, its words said again in the article (a pull quote made
# heading; once only, it may be speech going on).
_REPEATED_BARE_QUOTE_HEADING = re.compile(
    rf"(?:(?<=[{inline.SENTENCE_END}]\s)|(?<=[{inline.SENTENCE_END}][\"»”]\s))"
    rf"(?P<head>{_BARE_HEAD})"
    rf"\s(?=[\"«“]\s?[{inline.UPPER}])"
)
# '… Taubira"par France Inter"J'appelle tous les socialistes à nous rejoindre""Je suis fier …': a bare quotation
# glued to the text before it (a video's credit, a sentence end) and to the next sentence's opening quotation mark
# (a closing mark touching an opening one: a lost line break), its words said again in the article (a pull quote).
_GLUED_REPEATED_QUOTE_HEADING = re.compile(
    rf"(?<=[^\s:])(?P<head>\"[{inline.UPPER}][^\"«»“”\n.!?…]{{6,140}}[^\s\".!?…,;:]\")(?=\"[{inline.UPPER}])"
)
MAX_BARE_QUOTE_HEADING_WORDS = 16


def bare_quote_headings(block: Block, source: str) -> list[Edit]:
    """Bare quotations made headings between two sentences (``subheading``): glued to the next sentence, or spaced
    before or glued to the next sentence's quotation and said again in the article; never inside a quotation."""
    text = source[block.start : block.end]
    edits = []
    for pattern in (_BARE_QUOTE_HEADING, _REPEATED_BARE_QUOTE_HEADING, _GLUED_REPEATED_QUOTE_HEADING):
        for m in pattern.finditer(text):
            head = m.group("head")
            if not inline.balanced_quotes(text[: m.start()]) or len(head.split()) > MAX_BARE_QUOTE_HEADING_WORDS:
                continue
            if pattern is not _BARE_QUOTE_HEADING and not inline.said_again(head, source):
                continue
            edits.append(Edit("subheading", block.start + m.start(), block.start + m.end(), breaks=True))
    return edits


# '… catégories". Vers le "libre-choix" et "un système de décote""Tant qu'on …': spaced from the sentence end before
# it, glued to the next sentence's opening quotation (a closing mark touching an opening one: a lost line break);
# it opens on a word, and has no clause word outside its quotations.
_QUOTE_CLOSED_HEADING_BEFORE_QUOTE = re.compile(
    rf"(?<=[{inline.SENTENCE_END}]\s)"
    rf"(?P<head>{_HEAD_ENDING_ON_QUOTATION})"
    rf"(?=[\"«“][{inline.UPPER}])"
)
# '… a-t-elle répondu à Mediapart. Pour Laetitia Avia, c'est un "acharnement"Elle s'est …', '… comme le rappelle
# Voici. Norbert Tarayre pas très "people"Il semblerait …': spaced from the sentence end before it, its closing mark
# touching the next sentence's capitalised word (a lost line break: a sentence of the text ends on its stop). In
# the 35,973 corpus articles this shape matches 190 times, every one of a sample of 40 a heading, verbs and all,
# when it has few words outside its quotations; a sentence that lost its stop has more ('Les lignes 2 et 10
# fonctionneront elles "sur les horaires …"La RATP'), or ends its quotation on one ('… avait répondu "Bien sûr !"').
_SPACED_QUOTE_CLOSED_HEADING_GLUED = re.compile(
    rf"(?:(?<=[{inline.SENTENCE_END}]\s)|(?<=[{inline.SENTENCE_END}][\"»”]\s))"
    rf"(?P<head>{_HEAD_ENDING_ON_QUOTATION})"
    rf"(?=[{inline.UPPER}][{inline.LOWER}])"
)
MAX_QUOTE_CLOSED_HEADING_WORDS = 14
MAX_WORDS_OUTSIDE_QUOTATIONS = 6  # the spaced heading glued after, with a verb
_QUOTATION_RE = re.compile(_QUOTATION)
_STOP_IN_QUOTATION = re.compile(r"[!?…]\s?[\"»”]$")


def _verbless_outside_quotations(head: str) -> bool:
    """Two words or more outside the heading's quotations (which may be long: someone's words), none a clause
    word ('Puis "rien"' may be speech going on)."""
    return inline.is_title_like(_QUOTATION_RE.sub(" ", head), min_words=2)


def _few_words_outside_quotations(head: str) -> bool:
    """Verbless outside its quotations, or a few words outside them; its last quotation not ending a sentence."""
    if _STOP_IN_QUOTATION.search(head):
        return False
    outside = _QUOTATION_RE.sub(" ", head).split()
    return _verbless_outside_quotations(head) or len(outside) <= MAX_WORDS_OUTSIDE_QUOTATIONS


def quote_closed_headings(block: Block, source: str) -> list[Edit]:
    """Headings ending on a quotation, glued on both sides, or spaced before and glued to the next sentence's
    quotation or capitalised word (``subheading``); never inside a quotation."""
    text = source[block.start : block.end]
    edits = []
    for pattern in (_QUOTE_CLOSED_HEADING, _QUOTE_CLOSED_HEADING_BEFORE_QUOTE, _SPACED_QUOTE_CLOSED_HEADING_GLUED):
        for m in pattern.finditer(text):
            before, head = text[: m.start()], m.group("head")
            inside = not inline.balanced_quotes(before)
            if (
                inside
                or len(head.split()) > MAX_QUOTE_CLOSED_HEADING_WORDS
                or (pattern is _QUOTE_CLOSED_HEADING_BEFORE_QUOTE and not _verbless_outside_quotations(head))
                or (pattern is _SPACED_QUOTE_CLOSED_HEADING_GLUED and not _few_words_outside_quotations(head))
            ):
                continue
            edits.append(Edit("subheading", block.start + m.start(), block.start + m.end(), breaks=True))
    return edits


# '… aurait-il même ajouté. Comparé à "un enfant de 12 ans" Autre sujet pointé …', '… a déclaré Édouard Philippe.
# "Les valeurs de notre République" En outre, …': a verbless heading ending on a quotation, spaced from the sentence
# end before it and from a word opening the next sentence (then a lowercase word: not "Le Pen"; not a conjunction
# going on with the sentence: '"Félicitations !" Et glisse …'); not after another quotation ('…merde !" "On …'),
# not asked or exclaimed (speech going on).
_SPACED_QUOTE_CLOSED_HEADING = re.compile(
    rf"(?:(?<=[{inline.LOWER}0-9)][{inline.SENTENCE_END}]\s)|(?<=[\"»”][{inline.SENTENCE_END}]\s))"
    rf"(?P<head>(?:[{inline.UPPER}]{_HEAD_WORDS}{{1,80}}?)?(?:{_QUOTATION}{_HEAD_WORDS}{{0,60}}?)*?{_QUOTATION})"
    rf"(?=\s(?!(?:Et|Mais|Or|Car|Si|Quand|Pas)\s)(?:{inline._GLUED_OPENER}|(?:{patterns.alternation('heading_openers.txt')})\s)[^\s{inline.UPPER}])"
)


_EXCLAIMED_END = re.compile(r"[!?]\s?[\"»”]$")
_BARE_QUOTATION = re.compile(r"[\"«“]\s?(?P<words>[^\"«»“”]+?)\s?[\"»”]")


_NAME_IN_QUOTATION = re.compile(rf"(?<=\s)[{inline.UPPER}][{inline.LOWER}]+(?:[ -][{inline.UPPER}][{inline.LOWER}]+)*")


def _said_once(head: str, source: str) -> bool:
    """A heading that is a bare quotation whose words the article does not say again ('… conseil. "Une ville plus
    verte" Pour lui, …'): a quotation of the text, not a heading (a heading repeats words of the passage, or names
    someone the passage names again: '"Valérie Pécresse ne supporte pas d'être minoritaire" Quant au départ de
    Valérie Pécresse …')."""
    bare = _BARE_QUOTATION.fullmatch(head)
    if bare is None or source.lower().count(bare.group("words").lower()) >= 2:
        return False
    names = _NAME_IN_QUOTATION.findall(bare.group("words"))  # not its first word
    return not any(source.count(name) >= 2 for name in names)


def spaced_quote_closed_headings(block: Block, source: str) -> list[Edit]:
    """Verbless headings ending on a quotation, spaced between two sentences (``subheading``); never inside a
    quotation, no clause word outside the heading's quotations."""
    text = source[block.start : block.end]
    edits = []
    for m in _SPACED_QUOTE_CLOSED_HEADING.finditer(text):
        before, head = text[: m.start()], m.group("head")
        inside = not inline.balanced_quotes(before)
        exclaimed = _EXCLAIMED_END.search(head)  # '"On a du mal à comprendre tout ça !" Avant de …': speech
        if (
            not inside
            and not exclaimed
            and not _said_once(head, source)
            and inline.is_title_like(head)
            and len(head.split()) <= MAX_QUOTE_CLOSED_HEADING_WORDS
        ):
            edits.append(Edit("subheading", block.start + m.start(), block.start + m.end(), breaks=False))
    return edits


def video_timecodes(block: Block, source: str) -> list[Edit]:
    """A video's time code note glued after a sentence end ('….(À partir de la 24e minute)"Il …', `video_embed`)."""
    text = source[block.start : block.end]
    edits = []
    for pattern in patterns.regexes("video_timecodes.txt"):
        for m in pattern.finditer(text):
            before = text[: m.start()].rstrip()
            if not before or before[-1] in inline.SENTENCE_END + '"»”':
                edits.append(Edit("video_embed", block.start + m.start(), block.start + m.end(), breaks=True))
    return edits


# Before the inline rules: they win overlaps.
RULES = (bullet_headings, quote_closed_headings, bare_quote_headings, video_timecodes)
# After the inline rules: they win overlaps (a dated timeline entry 'Janvier 2019. Titre "…"' is theirs).
LAST_RULES = (spaced_quote_closed_headings,)
