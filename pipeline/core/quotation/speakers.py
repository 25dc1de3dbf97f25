"""Speaker resolution: a cue's subject (mention, pronoun, description) -> canonical speaker.

Mentions give their entity's canonical name. Pronouns go to the last compatible person or group before the
quote (gender from "Mme"/"M." and feminine titles, number from the pronoun). Descriptions go to the person the
article gave that title ("le chef de l'Otan" -> the person introduced as "le secrétaire général de l'Otan,
Jens Stoltenberg"), organisation words to the organisation ("l'organisation", "le communiqué"); groups and
unnamed people keep their description.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import pairwise

from pipeline.core.quotation.attribution import (
    ASIDE,
    CLAUSE_WORDS,
    DE,
    DETS,
    FINITE_AUX,
    HONORIFICS,
    PASSIVE,
    PREPS,
    PUNCT_STOP,
    Context,
    Subject,
)
from pipeline.core.quotation.tokens import SENTENCE_END
from pipeline.core.records import EntityMention

ARTICLES = {"le", "la", "les", "l'"}
NAME_PARTICLES = {"di", "da", "del", "della", "van", "von", "der", "den", "dos", "das", "ter"}
PLURAL_INVERSION = re.compile(
    r"(?:ont|sont|avaient|étaient|auraient|seraient|auront|seront)-(?:t-)?(?:il|elle)\b", re.I
)
WORK_MARKS = ("«", '"', "“")  # a quoted title of a work inside a description
MARKET_SCOPE = {"mondial", "mondiale", "européen", "européenne", "français", "française", "national", "un", "une"}
GENERIC_HEADS = {"chef", "cheffe", "dirigeant", "dirigeante", "patron", "patronne", "leader", "responsable"}
LEADER_TITLES = {
    "secrétaire général", "secrétaire générale", "président", "présidente", "chef", "cheffe", "directeur",
    "directrice", "premier ministre", "première ministre", "dirigeant", "dirigeante", "patron", "patronne",
    "chancelier", "chancelière", "directeur général", "directrice générale", "leader", "pdg",
}  # fmt: skip
FEMININE_CUES = {"mme", "mmes", "madame", "la", "elle", "l'ancienne", "une"}
IMPERSONAL = {"y", "faut", "fallait", "faudra", "faudrait", "s'agit", "s'agissait", "semble", "paraît", "parait"}
FORMER = {"ancien", "ancienne", "ex", "ex-président", "ex-présidente", "ex-ministre", "ex-chef", "ex-patron"}
STOP_QUALIFIERS = DE | DETS | {"l'", "d'", "à", "et"}


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: canonical name, entity label (None unless a named entity) and how sure."""

    name: str | None
    label: str | None
    confidence: float
    plural: bool = False
    gender: str | None = None  # "f"/"m" when a description or pronoun says so


@dataclass(slots=True)
class SpeakerIndex:
    """Persons and organisations of an article, their titles and genders, and the speakers found so far."""

    ctx: Context
    titles: list[tuple[int, EntityMention, str]] = field(default_factory=list)  # (offset, person, title)
    gender: dict[str, str] = field(default_factory=dict)
    history: list[tuple[int, Speaker]] = field(default_factory=list)
    persons: list[tuple[int, EntityMention, bool]] = field(default_factory=list)  # (offset, person, oblique)
    orgs: list[tuple[int, EntityMention]] = field(default_factory=list)
    unnamed: list[tuple[int, Speaker]] = field(default_factory=list)  # "un élu républicain a dénoncé …"
    new_subjects: list[int] = field(default_factory=list)  # offsets of persons named as subjects of reporting
    bodies: list[tuple[int, Subject]] = field(default_factory=list)  # "la présidence affirme …", later "elle"
    reporters: list[tuple[int, Subject]] = field(default_factory=list)  # titled subjects of reporting verbs
    sources: list[int] = field(default_factory=list)  # offsets of persons named as sources ("selon X")
    described: list[tuple[int, Speaker]] = field(default_factory=list)  # "une infirmière raconte …", same paragraph
    avoid: frozenset[str] = frozenset()  # persons the quote being resolved speaks of ("M. Bas en fait …")
    by_pronoun: set[int] = field(default_factory=set)  # cue offsets whose speaker was found from a pronoun

    @classmethod
    def build(cls, ctx: Context, prior: SpeakerIndex | None = None) -> SpeakerIndex:
        """Index a section; ``prior`` (the headline's index) counts as text before it."""
        index = cls(ctx)
        if prior is not None:
            shift = -(10**6)
            index.titles = [(o + shift, m, t) for o, m, t in prior.titles]
            index.gender = dict(prior.gender)
            index.history = [(o + shift, sp) for o, sp in prior.history]
            index.persons = [(o + shift, m, ob) for o, m, ob in prior.persons]
            index.orgs = [(o + shift, m) for o, m in prior.orgs]
            # "une aide-soignante interpelle Macron" in the headline: the unnamed person "elle" may stand for
            index.unnamed = [(o + shift, sp) for o, sp in prior.unnamed]
        for offset, subject in ctx.reporting_subjects():
            words = subject.words
            person_like = (subject.kind == "mention" and subject.mention.label == "PER") or (
                subject.kind == "description" and _longest_title(" " + " ".join(words) + " ", ctx.titles)
            )
            possessive = subject.kind == "description" and words[:1] in (("son",), ("sa",), ("leur",))
            plain = (
                possessive
                and not any(w in ctx.lex.words(n) for w in words for n in ("group_word", "org_word", "doc_word"))
                and can_speak(subject, ctx)  # "sa codétenue" but not "son visage"
            )
            body_words = ctx.lex.words("org_word") | ctx.lex.words("group_word")
            if subject.kind == "description" and not person_like and any(w in body_words for w in words[:3]):
                index.bodies.append((subject.start, subject))
            if person_like and subject.kind == "description":
                index.reporters.append((subject.start, subject))
            if subject.kind == "mention" and subject.mention.label == "ORG":
                before = ctx.text[max(0, subject.mention.start - 4) : subject.mention.start].lower().replace("’", "'")
                det = before.split()[-1] if before.strip() and before.endswith(" ") else before[-2:]
                if det in ARTICLES:
                    # "La fondation X s'était dite … dans un communiqué dans lequel elle …": the body, named
                    words = (det, *subject.mention.text.lower().split())
                    index.bodies.append(
                        (subject.start, Subject("mention", subject.text, subject.start, subject.mention, words))
                    )
            if person_like or plain:
                index.new_subjects.append(offset)
            if plain and not person_like:
                # "sa codétenue a confirmé …", later "a-t-elle témoigné": an unnamed person
                index.unnamed.append((offset, Speaker(subject.text, None, 0.6, gender=description_gender(words))))
            if (
                subject.kind == "description"
                and words
                and words[0] in {"un", "une"}
                and _longest_title(" " + " ".join(words) + " ", ctx.titles)
            ):
                # "Lundi, un élu républicain a dénoncé …": an unnamed person later called "il"
                index.unnamed.append((offset, Speaker(subject.text, None, 0.6, gender=description_gender(words))))
            elif (
                subject.kind == "description"
                and words[:1] in (("un",), ("une",))
                and _one_person(words, ctx)
                and _active_opening(ctx, subject, offset)
            ):
                # "Une aide-soignante témoigne. « … », dit-elle": an unnamed person opening a sentence is the
                # antecedent of "il"/"elle" in the rest of its paragraph
                index.described.append((offset, Speaker(subject.text, None, 0.6, gender=description_gender(words))))
        toks = ctx.tokens
        seen: set[int] = set()
        for i, tok in enumerate(toks):
            m = ctx.mention_of.get(i)
            if m is None or id(m) in seen:
                continue
            seen.add(id(m))
            if tok.quote < 0 and m.label == "ORG" and m.text.lower() not in ctx.lex.words("platform"):
                index.orgs.append((m.start, m))
            if (
                tok.quote < 0
                and m.label == "PER"
                and not _attributive(ctx, i)
                and not _work_author(ctx, i)
                and plausible_name(m, ctx)
            ):
                # "…, selon X.": the source of a report speaks, like a subject
                source = _after_source(ctx, i)
                index.persons.append((m.start, m, _oblique(ctx, i) and not source))
                if source:
                    index.sources.append(m.start)
            if m.label == "PER":
                first = m.canonical_name.split()[0].lower()
                if first not in ctx.lex.female_names | ctx.lex.male_names and "-" in first:
                    first = first.split("-")[0]  # "Pierre-François", "Marie-Noëlle": the first name gives it
                if first in ctx.lex.female_names:
                    index.gender.setdefault(m.canonical_name, "f")
                elif first in ctx.lex.male_names and len(m.canonical_name.split()) > 1:
                    index.gender.setdefault(m.canonical_name, "m")
            if m.label != "PER":
                continue
            end = ctx.mention_last(i)
            before = _title_before(ctx, i)
            after = _title_after(ctx, end)
            for title in (before, after):
                if title:
                    index.titles.append((tok.start, m, title))
                    g = _gender_of_title(title, ctx)
                    if g:
                        index.gender.setdefault(m.canonical_name, g)
            if _feminine_agreement(ctx, end):
                index.gender.setdefault(m.canonical_name, "f")
            if i > 0 and toks[i - 1].low in HONORIFIC_TITLES and toks[i - 1].text[:1].isupper():
                index.titles.append((tok.start, m, HONORIFIC_TITLES[toks[i - 1].low]))  # "Me Daoud": l'avocat
            if i > 0 and toks[i - 1].low in {"mme", "mmes", "madame"}:
                index.gender.setdefault(m.canonical_name, "f")
            if i > 0 and toks[i - 1].low in {"m.", "monsieur"}:
                index.gender.setdefault(m.canonical_name, "m")
        return index

    # -- resolution -------------------------------------------------------------------------------------
    def resolve(self, subject: Subject | None, position: int, incise: bool = False) -> Speaker | None:
        """The speaker a cue's subject names; ``incise``: an inverted pronoun right after a quote ("a-t-il
        ajouté"), which refers to the current speaker first."""
        if subject is None:
            return None
        if subject.kind == "mention" and subject.mention is not None:
            m = subject.mention
            if not plausible_mention(subject, self.ctx):
                return None  # "Contactée, l'agence …", "Voici les critères": not who speaks
            if m.label == "LOC" and self._after_preposition(m):
                return None  # "en France", "en Irak": a place speaks only as a subject ("Paris a dénoncé")
            titled = self._titled_holder(m.start, m.end) if m.label == "ORG" else None
            if titled is not None:
                # "le ministre de la Transition écologique, qui martèle": the office holder, not the office's name
                return self._description(titled, position)
            if m.label == "ORG" and self._is_media(m) and self._told_to(m):
                return None  # "a expliqué la policière au Parisien": the medium is who was told, not who speaks
            return Speaker(m.canonical_name, m.label, 0.95, plural=m.label == "ORG")
        if subject.kind == "pronoun":
            self.by_pronoun.add(position)
            pronoun = subject.words[0] if subject.words else subject.text.lower()
            if pronoun in ("il", "elle") and PLURAL_INVERSION.match(self.ctx.text, subject.start):
                pronoun += "s"  # "ont-il dénoncé": the plural verb says who ("ils"), the pronoun lost its "s"
            if pronoun == "on":
                # "ajoute-t-on de même source": attributed, but to no one, unless the body is named after the verb
                return self._source_of_on(subject) or Speaker(None, None, 0.5)
            if pronoun == "soi":  # "selon ses propres mots": whoever is speaking
                return self._current_speaker(position, None) or self._person_before(position, None, 0.6)
            if subject.text.lower().replace("’", "'") in ("ce dernier", "cette dernière"):
                last = self._last_named(position, "f" if pronoun == "elle" else "m")
                if last is not None:
                    return last
            body = self._body_just_before(pronoun, position)
            if body is not None:
                return body
            topic = self._topic(pronoun, position) if pronoun in ("il", "elle") else None
            if topic is not None:
                return topic
            if incise and pronoun in ("il", "elle"):
                current = self._current_speaker(position, "f" if pronoun == "elle" else "m")
                if current is not None:
                    return current
            found = self._pronoun(pronoun, position)
            if found is not None and found.label == "PER" and pronoun in ("il", "elle"):
                self.gender.setdefault(found.name or "", "f" if pronoun == "elle" else "m")
            return found
        if subject.kind == "description" and subject.text[:1].islower():
            # "le ministre de la Transition écologique, qui martèle": the office holder, not the office's name
            titled = self._titled_holder(subject.start, subject.start + len(subject.text.rstrip()))
            if titled is not None:
                return self._description(titled, position)
        classed = self._classed_name(subject, position)
        if classed is not None:
            return classed
        force = self._force_body(" " + " ".join(subject.words) + " ", position)
        if force is not None:
            return force
        if not can_speak(subject, self.ctx):
            return None  # "son visage", "le film", "Lors des dernières rencontres": no one who can speak
        return self._description(subject, position)

    def _source_of_on(self, subject: Subject) -> Speaker | None:
        """ "a-t-on appris auprès de la préfecture", "a-t-on indiqué à Matignon", "a-t-on confirmé dans
        l'entourage de X": "on" stands for the body named right after its verb. After "à" only an organisation
        that is not a medium ("a-t-on indiqué à l'AFP" is whom it was told)."""
        toks = self.ctx.tokens
        i = bisect_right(self.ctx._starts, subject.start) - 1
        for n in range(i + 1, min(i + 6, len(toks) - 2)):
            low = toks[n].low
            if toks[n].quote >= 0 or low in PUNCT_STOP or toks[n].sent != toks[i].sent:
                return None
            if low == "auprès" and toks[n + 1].low in DE | {"au", "aux"}:
                found = self.ctx.read_np(n + 2, len(toks), bare=True)
                return self._body_named(found, n + 2, any_body=True)
            if low == "dans" and toks[n + 1].low == "l'" and toks[n + 2].low == "entourage":
                found = self.ctx.read_np(n + 1, len(toks))
                return Speaker(found.text.strip(), None, 0.6, True) if found is not None else None
            if low in {"à", "au", "aux"}:
                return self._body_named(self.ctx.read_np(n + 1, len(toks), bare=True), n + 1, any_body=False)
        return None

    def _body_named(self, found: Subject | None, n: int, any_body: bool) -> Speaker | None:
        """The speaker a complement names: an organisation named (not a medium), or with ``any_body`` a
        description of someone who can speak ("la préfecture", "les pompiers")."""
        if found is None:
            return None
        m = found.mention if found.kind == "mention" else self.ctx.mention_of.get(n)
        if m is not None and m.label == "ORG" and m.start == self.ctx.tokens[n].start:
            return None if self._is_media(m) else Speaker(m.canonical_name, "ORG", 0.7, True)
        if any_body and found.kind == "description" and can_speak(found, self.ctx):
            return Speaker(found.text.strip(), None, 0.6, True)
        return None

    def _classed_name(self, subject: Subject, position: int) -> Speaker | None:
        """ "indique le parc" after "le parc Disneyland Paris": a definite noun the article put before a name
        that is no person's stands for that name."""
        words = subject.words
        if subject.kind != "description" or len(words) != 2 or words[0] not in {"le", "la", "l'"}:
            return None
        if words[1] in self.ctx.titles or words[1] in self.ctx.lex.words("speaker_noun"):
            return None  # "la candidate LREM", "le maire PS": a person's title before a party
        toks = self.ctx.tokens
        found: EntityMention | None = None
        for n in range(1, len(toks) - 1):
            if toks[n].start >= position:
                break
            m = self.ctx.mention_of.get(n + 1)
            if (
                toks[n].low == words[1]
                and toks[n - 1].low in {"le", "la", "l'"}
                and toks[n].quote < 0
                and m is not None
                and m.start == toks[n + 1].start
                and m.label != "PER"
            ):
                found = m
        if found is None:
            return None
        return Speaker(found.canonical_name, found.label, 0.7, plural=True)

    def _last_named(self, position: int, gender: str) -> Speaker | None:
        """ "à l'instar du président X. Pour ce dernier, « … »": the last person named, subject or not, of that
        gender (or of unknown gender for "ce dernier"), if named in this or the previous sentence."""
        earlier = [(pos, m) for pos, m, _ in self.persons if pos < position and m.canonical_name not in self.avoid]
        if not earlier:
            return None
        pos, m = earlier[-1]
        known = self.gender.get(m.canonical_name)
        if known != gender and not (gender == "m" and known is None):
            return None
        if self._sentences_between(pos, position) > 1 or pos < 0:
            return None
        return Speaker(m.canonical_name, "PER", 0.75, gender=known)

    def _topic(self, pronoun: str, position: int, depth: int = 0) -> Speaker | None:
        """ "il"/"elle" is the person the passage is about: the first person subject of its own sentence (before
        it) or of the sentence before, not the last person named ("Le milliardaire a dit espérer que son
        homologue X agisse … « … », a-t-il mis en garde" is the milliardaire). A sentence opened by the same
        pronoun passes the question on to the sentence before it."""
        toks = self.ctx.tokens
        i = bisect_right(self.ctx._starts, position) - 1
        if i < 0 or depth > 3:
            return None
        gender = "f" if pronoun == "elle" else "m"
        a = i
        while a > 0 and toks[a - 1].sent == toks[i].sent and toks[a - 1].para == toks[i].para:
            a -= 1
        ranges = [(toks[a].start, position)]
        if a > 0 and toks[i].para - toks[a - 1].para <= 1:
            b = a - 1
            while b > 0 and toks[b - 1].sent == toks[a - 1].sent and toks[b - 1].para == toks[a - 1].para:
                b -= 1
            ranges.append((toks[b].start, toks[a].start))
        for lo, hi in ranges:
            candidates: list[tuple[int, Speaker | None]] = []
            for pos, m, oblique in self.persons:
                if (
                    lo <= pos < hi
                    and (not oblique or self._titled_opening(lo, pos) or self._topic_opening(lo, pos))
                    and not self._quoted_after(m)
                    and m.canonical_name not in self.avoid
                ):
                    candidates.append((pos, Speaker(m.canonical_name, "PER", 0.75)))
            for pos, subject in self.reporters:
                if lo <= pos < hi:
                    found = self._description(subject, pos)
                    if found.gender is None:
                        # "L'ancienne championne … avait plaidé", then "avait-elle expliqué": the description's
                        # own gender is the named person's
                        found = replace(found, gender=description_gender(subject.words))
                    if found.label == "PER" or found.label is None:
                        candidates.append((pos, found))
            for n in range(bisect_right(self.ctx._starts, lo - 1), len(toks)):
                if toks[n].start >= hi:
                    break
                if (
                    toks[n].low == pronoun
                    and toks[n].quote < 0
                    and n not in self.ctx.mention_of
                    and not (n + 1 < len(toks) and toks[n + 1].low in IMPERSONAL)  # "Il y a", "Il faut"
                ):
                    candidates.append((toks[n].start, None))  # "Il a …": the topic goes on from before
                    break
            if not candidates:  # "« … », a affirmé le trentenaire. … il …": no subject named, who spoke there
                candidates = self._spoke_in(lo, hi)
            unknown = False
            for pos, sp in sorted(candidates, key=lambda c: c[0]):
                if sp is None:
                    if unknown:
                        return None
                    return self._topic(pronoun, pos, depth + 1) if pos < position else None
                known = self.gender.get(sp.name or "") or sp.gender
                if known == gender or (gender == "m" and known is None):  # "il": anyone not known to be a woman
                    return Speaker(sp.name, sp.label, 0.75, gender=known)
                unknown = unknown or known is None
            if unknown:
                return None  # "elle" and a person of unknown gender: left to the search further back
        return None

    def _spoke_in(self, lo: int, hi: int) -> list[tuple[int, Speaker | None]]:
        """Who was quoted between ``lo`` and ``hi`` under a name or description (one person or unnamed): "« … », a
        affirmé le trentenaire. … il …". A speaker found from a pronoun there ("Selon elle, …") is itself a guess
        and is not passed on to the next pronoun."""
        return [
            (pos, sp)
            for pos, sp in self.history
            if lo <= pos < hi and not sp.plural and sp.label in ("PER", None) and pos not in self.by_pronoun
        ]

    def _after_preposition(self, m: EntityMention) -> bool:
        toks = self.ctx.tokens
        n = bisect_right(self.ctx._starts, m.start) - 1
        return n > 0 and (toks[n - 1].low in PREPS or toks[n - 1].low in DE or toks[n - 1].low in {"au", "aux"})

    def _titled_holder(self, start: int, end: int) -> Subject | None:
        """ "le ministre de la Transition écologique": a name completing a person title just before it ("le
        ministre de"), read as the whole description; None when no title leads to the name."""
        toks = self.ctx.tokens
        n = self._article_skipped(start)
        if n < 2 or toks[n - 1].low not in DE:
            return None
        for k in range(n - 2, max(n - 5, -1), -1):
            if toks[k].low in PUNCT_STOP or toks[k].quote >= 0 or k in self.ctx.mention_of:
                return None
            if toks[k].low in {"le", "la", "l'"}:
                words = tuple(t.low for t in toks[k : n - 1])
                if _longest_title(" " + " ".join(words) + " ", self.ctx.titles) is None:
                    return None
                text = self.ctx.text[toks[k].start : end]
                rest = tuple(t.low for t in toks[n - 1 :] if t.start < end)
                return Subject("description", text, toks[k].start, words=words + rest)
        return None

    def _told_to(self, m: EntityMention) -> bool:
        """ "au Parisien", "à l'AFP": a name right after "à"/"au"/"aux" (its article between)."""
        n = self._article_skipped(m.start)
        return n > 0 and self.ctx.tokens[n - 1].low in {"à", "au", "aux"}

    def _article_skipped(self, start: int) -> int:
        """The index of the token opening a name at ``start``, or of its article right before it ("la", "l'"):
        the word before that index is the one governing the name."""
        toks = self.ctx.tokens
        n = bisect_right(self.ctx._starts, start) - 1
        if n > 0 and toks[n - 1].low in ARTICLES:
            n -= 1
        return n

    def _in_complement(self, m: EntityMention) -> bool:
        """ "à l'Arcom", "par Alstom", "au CSA": a name after a preposition, its article between."""
        toks = self.ctx.tokens
        n = bisect_right(self.ctx._starts, m.start) - 1
        if n > 1 and toks[n - 1].low == "(" and n - 2 in self.ctx.mention_of:
            return self._in_complement(self.ctx.mention_of[n - 2])  # "au Conseil supérieur … (CSA)"
        n = self._article_skipped(m.start)
        return n > 0 and (toks[n - 1].low in PREPS or toks[n - 1].low in DE or toks[n - 1].low in {"au", "aux"})

    def _quoted_after(self, m: EntityMention) -> bool:
        """ "X « a perdu la main », a-t-il accusé": X is who the quote is about, not who speaks."""
        toks = self.ctx.tokens
        n = bisect_right(self.ctx._starts, m.end - 1)
        return n < len(toks) and toks[n].quote >= 0

    def _titled_opening(self, lo: int, pos: int) -> bool:
        """ "Le patron de LREM Stanislas Guerini ne manque pas …": a person named after the title that opens the
        sentence is its subject, although a complement comes right before the name."""
        toks = self.ctx.tokens
        first = self._after_fronted_adverbial(bisect_right(self.ctx._starts, lo - 1))
        if first >= len(toks) or toks[first].low not in DETS | {"l'"}:
            return False
        titled = False
        for n in range(first, len(toks)):
            if toks[n].start >= pos:
                return titled
            titled = titled or toks[n].low in self.ctx.titles
            if toks[n].low in PUNCT_STOP or toks[n].low in FINITE_AUX or self.ctx.verb_at(n) or toks[n].quote >= 0:
                return False
        return False

    def _after_fronted_adverbial(self, first: int) -> int:
        """The token after a short adverbial opening a sentence and closed by a comma ("Mardi matin, le Premier
        ministre X …", "De son côté, le chef de file de LFI X …"); ``first`` itself when there is none."""
        toks = self.ctx.tokens
        for n in range(first, min(first + 5, len(toks))):
            if toks[n].low == ",":
                return n + 1 if n > first else first
            if toks[n].quote >= 0 or toks[n].low in PUNCT_STOP or toks[n].low in FINITE_AUX or self.ctx.verb_at(n):
                return first
        return first

    def _topic_opening(self, lo: int, pos: int) -> bool:
        """ "Même son de cloche du côté du président X, à qui …", "Chez X, …": a person introduced by a phrase
        that names whom the passage turns to, before any verb of its sentence."""
        toks = self.ctx.tokens
        first = bisect_right(self.ctx._starts, lo - 1)
        topical = False
        for n in range(first, len(toks)):
            if toks[n].start >= pos:
                return topical
            low = toks[n].low
            topical = topical or low in self.ctx.lex.words("topic_word")
            if low in PUNCT_STOP or low in FINITE_AUX or low in CLAUSE_WORDS or self.ctx.verb_at(n):
                return False
            if toks[n].quote >= 0:
                return False
        return False

    def _body_just_before(self, pronoun: str, position: int) -> Speaker | None:
        """ "La présidence française affirme … Elle précise que …": an organisation or group described as the
        subject of the previous reporting verb of the paragraph, agreeing with the pronoun, and no person
        named in between."""
        if pronoun not in ("il", "elle", "ils", "elles"):
            return None
        earlier = [(pos, sp) for pos, sp in self.bodies if pos < position]
        if not earlier:
            return None
        pos, subject = earlier[-1]
        if self.ctx.para_at(pos) != self.ctx.para_at(position):
            return None
        if any(pos < p < position for p in self.new_subjects):
            return None
        if any(pos < m.start < position and m.label == "PER" for m in self.ctx.mentions):
            return None
        words = list(subject.words)
        plural = words[:1] in (["les"], ["des"], ["ces"], ["leurs"])
        gender = "f" if pronoun.startswith("elle") else "m"
        if plural != pronoun.endswith("s") or description_gender(words) != gender:
            return None
        if subject.kind == "mention" and subject.mention is not None:
            return Speaker(subject.mention.canonical_name, "ORG", 0.7, True, gender)
        found = self._description(subject, position)
        return Speaker(found.name, found.label, 0.7, found.plural, gender)

    def remember(self, position: int, speaker: Speaker) -> None:
        if speaker.name:
            self.history.append((position, speaker))

    def _current_speaker(self, position: int, gender: str | None) -> Speaker | None:
        """The last speaker if quoted in this or the previous two paragraphs and of a compatible gender."""
        earlier = [(pos, sp) for pos, sp in self.history if pos < position and not sp.plural]
        if not earlier:
            return None
        pos, sp = earlier[-1]
        if pos < 0 or self.ctx.para_at(position) - self.ctx.para_at(pos) > 2:
            return None
        if any(pos < other < position for other in self.new_subjects):
            return None  # someone else has been introduced as a speaker since
        if any(pos < p < position and self.ctx.para_at(p) == self.ctx.para_at(position) for p, _ in self.described):
            return None  # "Une infirmière raconte …": an unnamed person has taken the floor in this paragraph
        if any(
            pos < p < position and m.canonical_name != sp.name and self._opens_sentence(p)
            for p, m, oblique in self.persons
            if not oblique
        ):
            return None  # "X compte bien réagir. … « … », déclare-t-il": a new person opened a sentence since
        known = self.gender.get(sp.name or "") or sp.gender
        if gender and known and known != gender:
            return None
        if gender == "f" and known != "f":
            return None  # "a-t-elle": the last speaker only if known to be a woman
        if sp.label != "PER" and (known != gender or not self._named_source(sp.name or "")):
            return None  # a group or an organisation only when its description agrees ("la présidence … a-t-elle")
        return Speaker(sp.name, sp.label, 0.75, gender=sp.gender)

    def _opens_sentence(self, offset: int) -> bool:
        """Whether the person named at ``offset`` is the subject opening its sentence, outside quotes, after at
        most a determiner and title words ("Le député européen X estime …", "X compte bien réagir …")."""
        toks = self.ctx.tokens
        i = bisect_right(self.ctx._starts, offset) - 1
        if i < 0 or toks[i].quote >= 0 or self._quoted_after_at(offset):
            return False
        j = i - 1
        while j >= 0 and toks[j].sent == toks[i].sent and toks[j].para == toks[i].para:
            low = toks[j].low
            if (
                toks[j].quote >= 0
                or low in PUNCT_STOP
                or low in PREPS
                or low in DE
                or low in CLAUSE_WORDS
                or low in FINITE_AUX
                or self.ctx.verb_at(j)
                or not toks[j].is_word
            ):
                return False
            j -= 1
        return True

    def _quoted_after_at(self, offset: int) -> bool:
        m = next((m for p, m, _ in self.persons if p == offset), None)
        return m is not None and self._quoted_after(m)

    def _pronoun(self, pronoun: str, position: int) -> Speaker | None:
        plural = pronoun in ("ils", "elles")
        if plural:
            for _, sp in reversed([h for h in self.history if h[0] < position]):
                if sp.plural:
                    return Speaker(sp.name, sp.label, 0.75, True)
            pair = self._coordinated_persons(position)
            if pair is not None:
                return pair
            # "ils" is not the outlet the words were given to ("a indiqué à l'AFP le procureur")
            orgs = [m for pos, m in self.orgs if pos < position and not self._is_media(m)]
            if orgs:
                return Speaker(orgs[-1].canonical_name, "ORG", 0.65, True)
            return None
        return self._person_before(position, "f" if pronoun == "elle" else "m", 0.75, recent_complement=True)

    def _coordinated_persons(self, position: int) -> Speaker | None:
        """ "ils" after "Mes X et Y ont saisi …": the two persons just named together (the first
        one stands for both)."""
        named = [m for pos, m, _ in self.persons if pos < position]
        for a, b in reversed(list(pairwise(named))):
            if position - b.end > 400:
                break
            between = self.ctx.text[a.end : b.start].strip().lower()
            if between in {"et", "et me", "et m.", "et mme", "et maître"} and a.canonical_name != b.canonical_name:
                return Speaker(a.canonical_name, "PER", 0.7, True)
        return None

    def _person_before(
        self,
        position: int,
        gender: str | None,
        confidence: float,
        speakers_first: bool = False,
        strict: bool = False,
        exclude: str | None = None,
        others: frozenset[str] = frozenset(),
        recent_complement: bool = False,
    ) -> Speaker | None:
        """The last person before ``position`` compatible with ``gender``: earlier speakers and persons named
        as subjects first, then persons named in complements ("le livre de Mary Trump"). ``speakers_first``:
        a speaker quoted in the last three paragraphs beats a person merely named since."""
        speakers: list[tuple[int, Speaker]] = [
            (pos, sp)
            for pos, sp in self.history
            if pos < position
            and not sp.plural
            and sp.name
            and sp.name != exclude
            and sp.name not in others
            and sp.name not in self.avoid
            and (sp.label == "PER" or sp.label is None)
        ]
        subjects = list(speakers) + [(pos, sp) for pos, sp in self.unnamed if pos < position]
        here = self.ctx.para_at(position)
        subjects += [(pos, sp) for pos, sp in self.described if pos < position and self.ctx.para_at(pos) == here]
        obliques: list[tuple[int, Speaker]] = []
        for pos, m, oblique in self.persons:
            if pos < position and m.canonical_name != exclude and m.canonical_name not in others | self.avoid:
                (obliques if oblique else subjects).append((pos, Speaker(m.canonical_name, "PER", confidence)))
        if speakers_first:
            here = self.ctx.para_at(position)
            recent = [
                (pos, sp)
                for pos, sp in speakers
                if pos >= 0
                and here - self.ctx.para_at(pos) <= 3
                and not any(pos < other < position for other in self.sources)  # "…, selon X. « … »"
            ]
            found = self._first_compatible([recent], gender, confidence, strict_only=True)
            if found is not None:
                return found
        if strict and not gender:
            return None
        return self._first_compatible(
            [subjects, obliques], gender, confidence, strict_only=strict, recent_complement=recent_complement
        )

    def _first_compatible(
        self,
        groups: list[list[tuple[int, Speaker]]],
        gender: str | None,
        confidence: float,
        strict_only: bool = False,
        recent_complement: bool = False,
    ) -> Speaker | None:
        # "elle" needs a person known to be a woman if there is one; "il" anyone not known to be a woman
        strict = [True, False] if gender == "f" else [False]
        if strict_only:
            strict = [True] if gender else [False]
        for must_know in strict:
            found = [self._last_compatible(group, gender, must_know) for group in groups]
            if recent_complement and len(found) == 2 and found[0] is not None and found[1] is not None:
                (subject_pos, _), (oblique_pos, _) = found
                if self._sentences_between(subject_pos, oblique_pos) >= 3:
                    # "Cette affaire a été relancée par les révélations de X, son ancienne compagne. Elle a
                    # avoué …": a person named in a complement since beats a subject named sentences before
                    found = found[1:]
            for hit in found:
                if hit is not None:
                    sp = hit[1]
                    known = self.gender.get(sp.name or "") or sp.gender
                    return Speaker(sp.name, sp.label, confidence, gender=sp.gender or known)
        return None

    def _last_compatible(
        self, group: list[tuple[int, Speaker]], gender: str | None, must_know: bool
    ) -> tuple[int, Speaker] | None:
        for pos, sp in sorted(group, key=lambda c: c[0], reverse=True):
            known = self.gender.get(sp.name or "") or sp.gender
            if (gender and known and known != gender) or (must_know and known != gender):
                continue
            if sp.label is None and not self._definite_person(sp.name or "") and not self._unnamed(sp):
                continue
            return pos, sp
        return None

    def _sentences_between(self, lo: int, hi: int) -> int:
        """Sentence boundaries between two offsets of the section (none from the headline, whose subject is the
        article's)."""
        if lo < 0 or hi <= lo:
            return 0
        toks = self.ctx.tokens
        a = max(0, bisect_right(self.ctx._starts, lo) - 1)
        b = max(0, bisect_right(self.ctx._starts, hi) - 1)
        return toks[b].sent - toks[a].sent

    def _unnamed(self, speaker: Speaker) -> bool:
        """Whether a speaker is one of the unnamed persons introduced as subjects ("sa codétenue")."""
        return any(sp.name == speaker.name for _, sp in [*self.unnamed, *self.described])

    def _named_source(self, description: str) -> bool:
        """A description that can speak: a person title, an organisation, a group or an institution."""
        words = description.lower().replace("’", "'").split()
        lists = ("org_word", "group_word", "doc_word")
        return (
            self._definite_person(description)
            or any(w in self.ctx.lex.words(n) for w in words for n in lists)
            or (any(w[:1].isupper() for w in description.split()[1:]))
        )

    def _definite_person(self, description: str) -> bool:
        words = description.lower().split()
        return bool(words) and _longest_title(" " + " ".join(words) + " ", self.ctx.titles) is not None

    def _description(self, subject: Subject, position: int) -> Speaker:
        named = (
            self._apposed_name(subject)
            or self._name_led(subject)
            or self._coordinated_name(subject)
            or self._named_after_comma(subject)
        )
        if named is not None:
            return named
        words = [w for w in subject.words if w not in HONORIFICS]
        plural = bool(words) and words[0] in {"les", "des", "ces", "leurs", "plusieurs", "certains"}
        joined = " " + " ".join(words) + " "
        org_words = self.ctx.lex.words("org_word")
        head_index = next((k for k, w in enumerate(words) if w not in DETS and w not in {"l'"}), None)
        head = words[head_index] if head_index is not None else ""
        groups = self.ctx.lex.words("group_word")
        definite = bool(words) and words[0] in {"le", "la", "l'", "son", "sa", "leur"}
        demonstrative = bool(words) and words[0] in {"ce", "cet", "cette"}
        if _market_leader(words):
            # "le leader mondial de l'homéopathie", "le numéro un européen de l'acier": a company, the one
            # quoted just before if any, never a person with a leader's title
            here = self.ctx.para_at(position)
            firms = [
                sp
                for pos, sp in self.history
                if 0 <= pos < position and sp.label == "ORG" and here - self.ctx.para_at(pos) <= 2
            ]
            if firms:
                return Speaker(firms[-1].name, "ORG", 0.7, True)
            return Speaker(subject.text.strip(), None, 0.7, False, description_gender(words))
        named_head = self._org_by_head(subject, head, position) if definite and not plural else None
        if named_head is not None:
            # "la Cour" after "la Cour des comptes", "l'Agence" after "l'Agence internationale de l'énergie"
            return Speaker(named_head.canonical_name, "ORG", 0.75, True)
        if not plural and head not in groups:
            title = _longest_title(joined, self.ctx.titles)
            indefinite = bool(words) and words[0] in {"un", "une"}  # "un autre proche du chef de l'État"
            if title and not indefinite:
                named = _named_domain(subject.text, title)
                person = self._person_with_title(title, words, position, named)
                if person is not None:
                    return Speaker(person.canonical_name, "PER", 0.8)
            if head in self.ctx.lex.words("doc_word"):
                inner = self._mention_in(subject)
                if inner is not None and inner.label in ("ORG", "PER"):
                    return Speaker(inner.canonical_name, inner.label, 0.75, inner.label == "ORG")
                earlier = [sp for pos, sp in self.history if pos < position]
                if demonstrative and earlier:  # "selon cette déclaration": the one just quoted
                    return Speaker(earlier[-1].name, earlier[-1].label, 0.65, earlier[-1].plural)
                docs = self.ctx.lex.words("doc_word")
                last = earlier[-1] if earlier else None
                if definite and last is not None and last.label is None and last.name:
                    last_words = last.name.lower().replace("'", "' ").split()
                    if any(w in docs for w in last_words[:3]):  # "souligne le communiqué" … "poursuit le texte"
                        return Speaker(last.name, None, 0.65, last.plural, last.gender)
                # "selon le communiqué", "selon le rapport": who issued it is not said; keep the document
            elif head in org_words and not title:
                inner = self._mention_in(subject)
                if inner is not None and inner.label == "PER" and subject.text.split()[-1] in inner.text:
                    # "la fondation Brigitte Bardot": a body named after a person, not the person
                    return Speaker(subject.text.strip(), None, 0.75, True)
                if inner is not None and inner.label == "ORG":
                    between = self.ctx.text[subject.start : inner.start].lower().replace("'", "' ").split()
                    nouns = [w for w in between[head_index + 1 :] if w not in DE | DETS | {"l'"}]
                    people = self.ctx.lex.words("speaker_noun") | self.ctx.titles
                    if any(w in people or w.rstrip("sx") in people for w in nouns):
                        # "le syndicat des commissaires de la police nationale" is not the police
                        return Speaker(subject.text.strip(), None, 0.7, plural, description_gender(words))
                    return Speaker(inner.canonical_name, "ORG", 0.75, True)
                # "selon le gouvernement" is not the "Financial Times" named as the channel, nor "la mairie" the
                # préfecture: only a body the head noun can describe
                outside = [m for pos, m in self.orgs if pos < position and self._org_fits(head, m)]
                # "Le PS compte saisir le Conseil supérieur de l'audiovisuel (CSA). « … », a annoncé
                # l'organisation": an organisation named as a subject before one named in a complement
                subjects = [m for m in outside[-3:] if not self._in_complement(m)]
                if subjects:
                    return Speaker(subjects[-1].canonical_name, "ORG", 0.7, True)
                if outside:
                    return Speaker(outside[-1].canonical_name, "ORG", 0.7, True)
            elif definite and title and head in self.ctx.lex.words("unbound_role"):
                pass  # "la victime, elle, se dit « détruite »": an unnamed person, kept as said
            elif (definite or demonstrative) and title:
                # "a affirmé l'avocate", "a déclaré cet élu de la Drôme": the last speaker or person of that
                # gender, speakers first; a family relation ("l'épouse du président") only someone known to be of
                # that gender
                relative = any(w in self.ctx.lex.words("relative_title") for w in words)
                gender = description_gender(words)
                possessive = words[0] in {"son", "sa", "leur"}
                # "son ancien collaborateur", "son avocat": someone related to another person, not the last one
                # named; kept as said unless the article gave that title to someone
                exclude = self._possessor(position) if possessive else None
                kin = self._same_family(subject, position) if relative else None
                if kin is not None:
                    return kin
                if self._by_work(subject):
                    # "l'interprète des « Lacs du Connemara »", "l'auteur de « Sapiens »": one person known by a
                    # work the article did not tie to a name: the one being quoted, else kept as said, not the
                    # last man or woman named
                    current = self._current_speaker(position, gender) or self._subject_nearby(position, gender)
                    if current is not None and current.label == "PER":
                        return Speaker(current.name, "PER", 0.6, gender=current.gender)
                    return Speaker(subject.text.strip(), None, 0.6, plural, gender)
                if relative and possessive:
                    # "assure son fils", "a confié sa mère": a relative of someone, whom the article did not name
                    # with that relation; the last person of that gender is most often the relative's parent or
                    # child, or someone unrelated
                    return Speaker(subject.text.strip(), None, 0.6, plural, gender)
                person = self._person_before(
                    position,
                    gender,
                    0.6,
                    speakers_first=True,
                    strict=relative,
                    exclude=exclude,
                    others=self._titled_otherwise(title, words, subject.text) if not relative else frozenset(),
                )
                other = (person.name or "").lower() if person is not None and person.label is None else ""
                other_title = _longest_title(f" {other} ".replace("'", "' "), self.ctx.titles) if other else None
                # only another title held by the unnamed person ("un député PS" is not "le ministre"); "l'élu"
                # may describe anyone
                unnamed_other = (
                    other_title is not None
                    and (title not in other or _another_title(other, title, self.ctx.titles))
                    and title not in LOOSE_TITLES
                )
                if unnamed_other:
                    pass  # "le procureur" is not "un policier" quoted before: another unnamed person, kept as said
                elif person is not None and not self._holds_other_office(person, words):
                    if self._one_of_headline_persons(person, position):
                        return Speaker(subject.text.strip(), None, 0.6, plural, gender)
                    return person
        text = subject.text.strip()
        return Speaker(text, None, 0.7, plural, description_gender(words))

    def _force_body(self, joined: str, position: int) -> Speaker | None:
        """ "les forces de l'ordre estiment": the police body the article named before ("la préfecture de police
        de Paris"), the one that speaks for them; none named, kept as said."""
        plain = joined.replace("' ", "'")
        if not any(f" {phrase} " in plain for phrase in self.ctx.lex.words("police_force")):
            return None
        bodies = [m for pos, m in self.orgs if pos < position and self._org_fits("police", m)]
        return Speaker(bodies[-1].canonical_name, "ORG", 0.7, True) if bodies else None

    def _subject_nearby(self, position: int, gender: str | None) -> Speaker | None:
        """The last person named as the subject of a reporting verb in this or the previous sentence ("Marie
        Dupont a raconté son histoire."), of a compatible gender."""
        for pos, m, oblique in reversed(self.persons):
            if pos >= position or oblique or m.canonical_name in self.avoid:
                continue
            if not any(pos < verb < pos + 80 and self._sentences_between(pos, verb) == 0 for verb in self.new_subjects):
                continue  # "Emmanuel Macron a été élu.": named, but not as someone who speaks
            if pos < 0 or self._sentences_between(pos, position) > 1:
                return None
            known = self.gender.get(m.canonical_name)
            if gender is None or known is None or known == gender:
                return Speaker(m.canonical_name, "PER", 0.6, gender=known)
        return None

    def _one_of_headline_persons(self, person: Speaker, position: int) -> bool:
        """Whether ``person`` is known before ``position`` only from a headline naming several persons and is not
        its one subject ("Plainte contre Le Drian et Belloubet", then "assure l'avocat"; "pour Retailleau, Véran
        a trompé", then "Le chef de file des Républicains"): which of them a title describes is not said; kept as
        said."""
        earlier = {m.canonical_name for pos, m, _ in self.persons if pos < position}
        earlier |= {sp.name for pos, sp in self.history if pos < position and sp.label == "PER"}
        if person.label != "PER" or person.name not in earlier:
            return False
        in_body = any(m.canonical_name == person.name for pos, m, _ in self.persons if 0 <= pos < position) or any(
            sp.name == person.name for pos, sp in self.history if 0 <= pos < position
        )
        headline = {m.canonical_name: oblique for pos, m, oblique in self.persons if pos < 0}
        if in_body or person.name not in headline or len(headline) < 2:
            return False
        # "Mélenchon répond à Macron", then "l'ancien candidat": the headline's one subject is whom the article is
        # about
        others = [name for name, oblique in headline.items() if name != person.name and not oblique]
        return headline[person.name] or bool(others)

    def _by_work(self, subject: Subject) -> bool:
        """A description ending with "de"/"des"/"du" and a quoted title ("l'auteur de « Sapiens »"); not a
        nickname in marks ("le « roi des forains »")."""
        text = subject.text.replace("’", "'")
        at = min((text.find(m) for m in WORK_MARKS if m in text), default=-1)
        if at <= 0:
            return False
        before = text[:at].split()
        return bool(before) and (before[-1].lower() in DE or before[-1].lower().endswith("d'"))

    def _holds_other_office(self, person: Speaker, words: list[str]) -> bool:
        """ "la porte-parole du ministère" is not the person the article made "la ministre des Affaires
        européennes": a role someone fills for another (spokesperson, lawyer, prosecutor) is not a person known
        only by other titles."""
        roles = [w for w in words if w in self.ctx.lex.words("agent_role")]
        if not roles:
            return False
        known = [t for _, m, t in self.titles if m.canonical_name == person.name]
        return bool(known) and not any(r in t.split() or r.rstrip("e") in t.split() for t in known for r in roles)

    def _titled_otherwise(self, title: str, words: list[str], text: str) -> frozenset[str]:
        """Persons the article gave only other offices than a description naming a single office ("le Premier
        ministre X" is not "le chef de l'État"; "le ministre de la Défense" is not "le Premier ministre X" nor
        "le maire Y")."""
        joined = (" " + " ".join(words) + " ").replace("' ", "'")
        same = next((v for k, v in EQUIVALENT_TITLES.items() if f" {k} " in joined), None)
        domain = _named_domain(text, title) if same is None else frozenset()
        if same is None and not domain:
            # other titles overlap too often ("le ministre", "le député", "l'élu"), but not a head of state or
            # government's ("le PDG" is not "le Premier ministre X")
            return self._state_heads_otherwise(title)
        titled: dict[str, bool] = {}
        for _, person, known in self.titles:
            name = person.canonical_name
            plain = f" {known} ".replace("' ", "'")
            if same is not None:
                match = any(f" {t} " in plain for t in same)
            else:
                # the same title ("ministre", not "premier ministre"); a complement may differ ("député France
                # insoumise" and "député de la Somme" are one person)
                match = not _another_title(known, title, self.ctx.titles)
            titled[name] = titled.get(name, False) or match
        return frozenset(name for name, match in titled.items() if not match)

    def _state_heads_otherwise(self, title: str) -> frozenset[str]:
        """Persons the article named only by a head of state or government's office ("le Premier ministre X")
        that shares no word with ``title`` ("le PDG"): another person."""
        offices = self.ctx.lex.words("state_office")
        words = set(title.split())
        known: dict[str, list[str]] = {}
        for _, person, t in self.titles:
            known.setdefault(person.canonical_name, []).append(t)
        return frozenset(
            name
            for name, ts in known.items()
            if all(any(f" {o} " in f" {t} " for o in offices) and not words & set(t.split()) for t in ts)
        )

    def _same_family(self, subject: Subject, position: int) -> Speaker | None:
        """ "le fils de Jacques Dutronc": the other person of the article with that family name (Thomas
        Dutronc), if exactly one."""
        inner = self._mention_in(subject)
        if inner is None or inner.label != "PER" or len(inner.canonical_name.split()) < 2:
            return None
        surname = inner.canonical_name.split()[-1]
        kin = {
            m.canonical_name
            for pos, m, _ in self.persons
            if pos < position
            and m.canonical_name != inner.canonical_name
            and len(m.canonical_name.split()) > 1
            and m.canonical_name.split()[-1] == surname
        }
        if len(kin) != 1:
            return None
        return Speaker(kin.pop(), "PER", 0.7)

    def _org_by_head(self, subject: Subject, head: str, position: int) -> EntityMention | None:
        """The organisation named earlier whose name starts with the capitalised head noun of a short definite
        description ("la Cour" -> "Cour des comptes")."""
        raw = [w.split("'")[-1] for w in subject.text.replace("’", "'").split()]
        if (
            not head
            or len(subject.words) > 3
            or not any(w[:1].isupper() and w.lower() == head for w in raw[1:] + raw[:1])
        ):
            return None
        if raw[:1] and raw[0].lower() == head and "'" not in subject.text.replace("’", "'").split()[0]:
            return None  # a capital that only opens the sentence
        for pos, m in reversed(self.orgs):
            words = m.canonical_name.replace("’", "'").lower().split()
            words = words[1:] if words[:1] and words[0] in DETS else words
            first = words[0].split("'")[-1] if words else ""
            if pos < position and first == head and len(words) > 1:
                return m
        return None

    def _apposed_name(self, subject: Subject) -> Speaker | None:
        """ "le ministre des Finances Rishi Sunak": a title followed by a name the recognizer missed names that
        person, never another one holding the title. The name is the run of two or more capitalised words closing
        the description that follows a word directly (not "de", "la": "de la République Française" is a title),
        and overlaps no organisation or place."""
        raw = subject.text.replace("’", "'").split()
        n = len(raw)
        while n > 0 and (
            (raw[n - 1][:1].isupper() and not raw[n - 1].isupper())
            or (raw[n - 1] in NAME_PARTICLES and n < len(raw) and n >= 2 and raw[n - 2][:1].isupper())
        ):
            n -= 1  # "Fabien di Filippo", "Ursula von der Leyen": a particle inside the name
        while n < len(raw) and raw[n] in NAME_PARTICLES:
            n += 1
        start = next(
            (
                s
                for s in range(max(n, 1), len(raw))
                if raw[s - 1].lower() not in DE | DETS | STOP_QUALIFIERS and not raw[s - 1].lower().endswith("'")
            ),
            None,
        )
        if start is None or len(raw) - start < 2:
            return None
        before = [w.lower() for w in raw[:start]]
        if not _longest_title(" " + " ".join(before) + " ", self.ctx.titles):
            return None
        if any(w in self.ctx.lex.words("agent_role") for w in before):
            return None  # "un porte-parole de Forest Shepherd Occitanie": the body's name, not a person's
        at = subject.start + len(" ".join(raw[:start])) + 1
        end = subject.start + len(subject.text)
        first = raw[start].lower()
        given = first in self.ctx.lex.female_names | self.ctx.lex.male_names
        for m in self.ctx.mentions:
            if m.label != "PER" and m.end > at and m.start < end and not (given and m.start < at):
                # "le patron d'Air France KLM"; but "le député LR Fabien di Filippo" read as one organisation from
                # the party to the name is a first name and a name all the same
                return None
        name = " ".join(raw[start:])
        for m in self.ctx.mentions:
            if m.label == "PER" and m.canonical_name.split()[-1] == raw[-1]:
                return Speaker(m.canonical_name, "PER", 0.8)
        return Speaker(name, None, 0.8)

    def _name_led(self, subject: Subject) -> Speaker | None:
        """ "François Hollande préfère ironiser. « … »", "Marine Le Pen elle-même a dit": a subject opening with a
        person's name (or an organisation's after its article: "la Direction générale de la santé calme
        l'inquiétude") and going on in lower-case words only (a verb or "lui-même" the subject read ran over) is
        that person or body; not a name coordinated or completed ("X et Y", "X de …")."""
        end = subject.start + len(subject.text.rstrip())
        person = next((m for m in self.ctx.mentions if m.label == "PER" and m.start == subject.start), None)
        lead = subject.text.replace("’", "'").split()[0] if subject.text.split() else ""
        if person is None and (lead.lower() in {"la", "le"} or lead.lower().startswith("l'")):
            # "la Direction générale de la santé calme l'inquiétude": an organisation after its article
            at = subject.start + (2 if lead.lower().startswith("l'") else len(lead) + 1)
            person = next((m for m in self.ctx.mentions if m.label == "ORG" and m.start == at), None)
        if person is None or person.end >= end:
            return None
        rest = self.ctx.text[person.end : end].replace("’", "'").split()
        if not rest or not all(w[:1].islower() for w in rest):
            return None
        if rest[0] in DE | DETS | {"et", "ou", "l'", "d'"} or rest[0].endswith("'") or rest[0][:2] in {"l'", "d'"}:
            return None
        if person.label == "ORG" and rest[0] in PREPS | {"au", "aux"}:
            return None  # "l'État sous forme de prise en charge …": a complement, not a verb run over
        return Speaker(person.canonical_name, person.label, 0.8, plural=person.label == "ORG")

    def _coordinated_name(self, subject: Subject) -> Speaker | None:
        """ "a abondé l'eurodéputé EELV et ex-secrétaire national David Cormand": a definite title, "et", a second
        title with no determiner (the same person's), then a name: that person. "le maire et le député X" (a
        determiner again) are two persons."""
        words = subject.words
        if (
            not words
            or words[0] not in {"le", "la", "l'"}
            or not _longest_title(" " + " ".join(words) + " ", self.ctx.titles)
        ):
            return None
        toks = self.ctx.tokens
        i = bisect_left(self.ctx._starts, subject.start + len(subject.text.rstrip()))
        if i >= len(toks) or toks[i].low != "et" or toks[i].quote >= 0:
            return None
        second: list[str] = []
        for n in range(i + 1, min(i + 10, len(toks))):
            tok = toks[n]
            if tok.low == "-" and toks[n - 1].end == tok.start:
                continue  # "ex-secrétaire"
            if tok.quote >= 0 or tok.low in PUNCT_STOP or tok.sent != toks[i].sent:
                return None
            m = self.ctx.mention_of.get(n)
            if m is not None and m.label == "PER" and m.start == tok.start:
                title = _longest_title(" " + " ".join(second) + " ", self.ctx.titles)
                return Speaker(m.canonical_name, "PER", 0.8) if title else None
            if not second and (tok.low in DETS | DE or tok.low.endswith("'")):
                return None
            second.append(tok.low.removeprefix("ex-"))  # "ex-secrétaire national": a former office, a title
        return None

    def _named_after_comma(self, subject: Subject) -> Speaker | None:
        """ "a affirmé l'une des candidates déclarées à l'investiture LREM, la députée Anne-Laurence Petel, qui …":
        one person described, then after a comma the name (a title before it or not) closing the apposition: that
        person. Only a singular description, a short complement between, and the name ending the apposition."""
        words = subject.words
        if not words or words[0] not in {"le", "la", "l'", "un", "une"}:
            return None
        toks = self.ctx.tokens
        i = bisect_left(self.ctx._starts, subject.start + len(subject.text.rstrip()))
        n = i
        while n < len(toks) and n - i <= 8 and toks[n].low != ",":
            tok = toks[n]
            if tok.quote >= 0 or tok.low in PUNCT_STOP or tok.low in CLAUSE_WORDS | {"et", "ou", "mais"}:
                return None
            if tok.sent != toks[i].sent or (
                self.ctx.mention_of.get(n) is not None and self.ctx.mention_of[n].label == "PER"
            ):
                return None
            n += 1
        if n >= len(toks) or toks[n].low != "," or toks[n].sent != toks[i - 1].sent:
            return None
        k = n + 1
        title: list[str] = []
        if k < len(toks) and toks[k].low in {"le", "la", "l'"}:
            k += 1
            while k < len(toks) and k - n <= 6 and self.ctx.mention_of.get(k) is None:
                if toks[k].quote >= 0 or toks[k].low in PUNCT_STOP or not toks[k].text[:1].islower():
                    return None
                title.append(toks[k].low)
                k += 1
            if not _longest_title(" " + " ".join(title) + " ", self.ctx.titles):
                return None
        m = self.ctx.mention_of.get(k)
        if m is None or m.label != "PER" or m.start != toks[k].start:
            return None
        e = self.ctx.mention_last(k)
        closing = e + 1 >= len(toks) or toks[e + 1].low in PUNCT_STOP or toks[e + 1].low == "qui"
        return Speaker(m.canonical_name, "PER", 0.8) if closing else None

    def _org_fits(self, head: str, m: EntityMention) -> bool:
        """Whether a description by ``head`` ("le parquet", "l'association", "le quotidien") can stand for the
        organisation ``m``: an institution named by its noun only one whose name holds it ("parquet de Lille");
        a newspaper or channel only a media noun or "l'agence"; a body of another kind never an institution
        named by another noun ("l'association" is no "préfecture maritime")."""
        lex = self.ctx.lex
        name = {w.split("'")[-1] for w in m.canonical_name.replace("’", "'").lower().split()}
        if head in lex.words("union_word"):
            return self._is_union(m)
        wanted = (
            "print" if head in lex.words("print_word") else "broadcast" if head in lex.words("broadcast_word") else None
        )
        if wanted is not None and self._media_kind(m) not in (wanted, None):
            return False  # "selon RTL et Le Parisien … selon le journal": the newspaper
        if head in lex.words("named_by_head"):
            return head in name
        if self._is_media(m) and head not in lex.words("media_word") and head not in lex.words("generic_body"):
            return False
        if head in lex.words("generic_body"):
            return True
        words = [w.split("'")[-1] for w in m.canonical_name.replace("’", "'").lower().split() if w not in DETS]
        return not words or words[0] not in lex.words("named_by_head")  # "syndicat des … de la police": a union

    def _words_before(self, m: EntityMention, n: int) -> list[str]:
        """The last ``n`` words before a mention, elisions cut ("l'agence" -> "agence")."""
        before = self.ctx.text[max(0, m.start - 12 * n) : m.start].lower().replace("’", "'").split()
        return [w.split("'")[-1] for w in before[-n:]]

    def _media_kind(self, m: EntityMention) -> str | None:
        """ "print" or "broadcast" for a newspaper or a channel, by its known name or the media noun the article
        introduces it with ("le quotidien La Provence"); None when unknown."""
        lex = self.ctx.lex
        names = {m.canonical_name.lower().replace("’", "'"), m.text.lower().replace("’", "'")}
        if names & lex.words("broadcast_name"):
            return "broadcast"
        nouns = self._words_before(m, 2)
        if any(w in lex.words("print_word") for w in nouns):
            return "print"
        if any(w in lex.words("broadcast_word") for w in nouns):
            return "broadcast"
        return "print" if names & lex.words("media_name") else None

    def _is_union(self, m: EntityMention) -> bool:
        """A trade union: a name holding a union word ("CGT Métallurgie", "SNPNC-FO"), or a body the article
        introduces as one ("le syndicat Alliance", "le principal syndicat de la profession (Snof)")."""
        lex = self.ctx.lex
        for name in (m.canonical_name, m.text):
            words = name.lower().replace("’", "'").replace("-", " ").split()
            if any(w.split("'")[-1] in lex.words("union_name") for w in words):
                return True
        if any(w in lex.words("union_word") for w in self._words_before(m, 2)):
            return True
        before = self.ctx.text[max(0, m.start - 80) : m.start].rstrip()
        if not before.endswith("("):
            return False
        phrase = re.split(r"[.;:!?,()«»\"]", before[:-1])[-1].lower().split()
        return any(w.split("'")[-1] in lex.words("union_word") for w in phrase)

    def _is_media(self, m: EntityMention) -> bool:
        """A newspaper, channel or agency: a known name, or one the article introduces by a media noun ("le
        quotidien La Provence")."""
        media = self.ctx.lex.words("media_name")
        if m.canonical_name.lower().replace("’", "'") in media or m.text.lower().replace("’", "'") in media:
            return True
        before = self.ctx.text[max(0, m.start - 30) : m.start].lower().replace("’", "'").split()
        nouns = [w.split("'")[-1] for w in before[-2:]]
        return any(w in self.ctx.lex.words("media_word") for w in nouns)

    def _mention_in(self, subject: Subject) -> EntityMention | None:
        end = subject.start + len(subject.text)
        for m in self.ctx.mentions:
            if subject.start <= m.start and m.end <= end:
                return m
        return None

    def person_titled(self, words: tuple[str, ...]) -> EntityMention | None:
        """The person this section gives the title in ``words``, wherever it is named."""
        title = _longest_title(" " + " ".join(words) + " ", self.ctx.titles)
        return self._person_with_title(title, list(words), 10**9) if title else None

    def _possessor(self, position: int) -> str | None:
        """Whom "son"/"sa" most likely refers to: the person named or quoted last before ``position``."""
        named = [(pos, m.canonical_name) for pos, m, _ in self.persons if pos < position]
        quoted = [(pos, sp.name) for pos, sp in self.history if pos < position and sp.label == "PER"]
        last = max(named + quoted, default=None, key=lambda c: c[0])
        return last[1] if last is not None else None

    def _person_with_title(
        self, title: str, words: list[str], position: int, domain: frozenset[str] = frozenset()
    ) -> EntityMention | None:
        """The person the article gave ``title``; ``domain``: the capitalised office the description names ("le
        ministre de l'Intérieur"), which rules out a person known by the same title for another office ("le
        ministre de la Justice, X")."""
        generic = title in GENERIC_HEADS
        qualifiers = {w for w in words if w not in STOP_QUALIFIERS and w not in title.split()}
        best: tuple[int, int, EntityMention] | None = None
        former = any(w in FORMER for w in words)
        nationalities = self.ctx.lex.words("nationality")
        wanted = {w for w in words if w in nationalities}
        gender = description_gender(words)
        joined = (" " + " ".join(words) + " ").replace("' ", "'")
        same = next((v for k, v in EQUIVALENT_TITLES.items() if f" {k} " in joined), None)
        for offset, person, known in self.titles:
            if same is not None:
                # "le chef de l'État" is the president, not the Premier ministre though "chef" is generic
                plain = f" {known} ".replace("' ", "'")
                if not any(f" {t} " in plain for t in same):
                    continue
                generic = False
                title = next(t for t in same if f" {t} " in plain).replace("'", "' ")
            known_gender = self.gender.get(person.canonical_name)
            if gender and known_gender and gender != known_gender:
                continue  # "la ministre" is not "le ministre de l'Intérieur X"
            stated = {w for w in known.split() if w in nationalities}
            if wanted and stated and not wanted & stated:
                continue  # "l'actrice française" is not "l'actrice américaine Amber Heard"
            known_padded = f" {known} "
            if former != any(w in FORMER for w in known.split()):
                continue  # "l'ancien chef de l'État" is not the one in office
            if generic:
                if not any(f" {t} " in known_padded for t in LEADER_TITLES | GENERIC_HEADS):
                    continue
            elif f" {title} " not in known_padded and not (wanted and wanted & stated):
                continue
            elif same is None and _another_title(known, title, self.ctx.titles):
                continue  # "le ministre de l'Action et des Comptes publics" is not "le Premier ministre"
            if offset > position:
                continue  # a description refers back to someone already introduced
            if domain and same is None and _other_office(domain, known, title, self.ctx.text):
                continue
            overlap = len(qualifiers & set(known.split()))
            score = (overlap, self._last_named_at(person, offset, position) - position)
            if best is None or score > best[:2]:
                best = (score[0], score[1], person)
        return best[2] if best else None

    def _last_named_at(self, person: EntityMention, titled: int, position: int) -> int:
        """Where ``person`` was last named as other than a complement before ``position``: "le député" is the
        deputy the passage is about ("X tente d'éteindre l'incendie. « … », assure le député"), not the one whose
        title was given last."""
        name = person.canonical_name
        named = [pos for pos, m, oblique in self.persons if m.canonical_name == name and not oblique and pos < position]
        return max([titled, *named])


FEMININE_ENDINGS = ("rice", "euse", "ée", "ienne", "ère", "esse", "ate", "ue", "ine", "ante", "ente", "aise", "oise")
MASCULINE_ENDINGS = ("eur", "ier", "ien", "é", "at", "ant", "ent", "ais", "ois", "u", "in", "teur")
FEMININE_WORDS = {
    "sa",
    "ancienne", "nouvelle", "première", "seule", "cette", "une", "la", "celle", "elle", "épouse", "femme",
    "fille", "mère", "sœur", "soeur", "compagne", "veuve", "nièce", "tante", "cousine", "dame", "madame",
}  # fmt: skip
MASCULINE_WORDS = {
    "ancien", "nouveau", "premier", "seul", "ce", "cet", "un", "le", "celui", "il", "mari", "fils", "père",
    "frère", "compagnon", "veuf", "neveu", "oncle", "cousin", "homme", "monsieur",
}  # fmt: skip
EPICENE = {"ministre", "journaliste", "secrétaire", "porte-parole", "juge", "maire", "responsable", "élu", "auteur"}


def description_gender(words: list[str] | tuple[str, ...]) -> str | None:
    """Grammatical gender of a person description: its determiner or adjective, else its noun's ending."""
    for w in words[:3]:
        if w in FEMININE_WORDS:
            return "f"
        if w in MASCULINE_WORDS:
            return "m"
    for w in words[:3]:
        if w in DETS or w in {"l'", "de", "d'"} or w in EPICENE:
            continue
        if w.endswith(FEMININE_ENDINGS):
            return "f"
        if w.endswith(MASCULINE_ENDINGS):
            return "m"
    return None


QUANTIFIERS = {"un", "une", "l'un", "l'une", "certains", "certaines", "plusieurs", "chacun", "chacune", "aucun"}
LOOSE_TITLES = {"élu", "élue", "habitant", "habitante"}
PRENOMINAL = {"ancien", "ancienne", "anciens", "anciennes", "certain", "certaine", "prochain", "prochaine"}
SPEAKER_ENDINGS = ("iste", "ien", "ienne", "eur", "euse", "rice", "ier", "ière", "ant", "ante", "aire", "ain", "aine")


def _market_leader(words: list[str]) -> bool:
    """ "le leader mondial de …", "le numéro un européen de …", "le champion français de …": a company."""
    head = next((k for k, w in enumerate(words) if w not in DETS and w != "l'"), None)
    if head is None or words[head] not in {"leader", "numéro", "champion"}:
        return False
    return bool(MARKET_SCOPE & set(words[head + 1 : head + 3]))


def _one_of_them(words: list[str]) -> bool:
    """ "l'un d'entre eux", "l'une d'elles", "chacun d'entre nous": a quantifier picking one of a group of
    people the personal pronoun stands for."""
    rest = words[1:] if words[:1] == ["l'"] else words
    if len(rest) < 3 or rest[0] not in QUANTIFIERS or rest[1] not in {"d'", "de"}:
        return False
    group = rest[3:4] if rest[2] == "entre" else rest[2:3]
    return group in (["eux"], ["elles"], ["nous"], ["vous"])


def _speaking_noun(word: str, speaking: frozenset[str]) -> bool:
    singular = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
    return word in speaking or singular in speaking or singular.endswith(SPEAKER_ENDINGS)


def _one_person(words: tuple[str, ...] | list[str], ctx: Context) -> bool:
    """ "une aide-soignante", "un brancardier du service": an indefinite description whose head phrase (before
    its first complement) is a singular person noun, not a group, organisation, document or medium."""
    lex = ctx.lex
    bodies = lex.words("group_word") | lex.words("org_word") | lex.words("doc_word") | lex.words("media_word")
    head: list[str] = []
    for w in words[1:]:
        if w in DE or w in PREPS or w in CLAUSE_WORDS or w in DETS or w in QUANTIFIERS:
            break
        head.append(w)
    if not head or any(w in bodies for w in head) or any(w.endswith(("s", "x")) for w in head):
        return False
    persons = ctx.titles | lex.words("speaker_noun")
    return any(w in persons or w.endswith(SPEAKER_ENDINGS) for w in head)


def _active_opening(ctx: Context, subject: Subject, verb: int) -> bool:
    """Whether a subject opens its sentence (after nothing but a paragraph or sentence break) and its verb is
    not passive ("Une contrôleuse est alors prévenue": who was told, not who speaks)."""
    toks = ctx.tokens
    i = bisect_right(ctx._starts, subject.start) - 1
    if i < 0 or toks[i].start != subject.start or toks[i].quote >= 0:
        return False
    if i > 0 and toks[i - 1].sent == toks[i].sent and toks[i - 1].para == toks[i].para:
        return False
    k = i
    while k < len(toks) and toks[k].start < verb:
        if toks[k].low in PASSIVE and toks[k - 1].low not in {"s'", "se"}:
            return False
        k += 1
    return True


def can_speak(subject: Subject, ctx: Context) -> bool:
    """Whether a description names someone who can speak: its head phrase (the words before its first
    complement) has a person title, a person or group noun, an organisation or document word, or a proper
    noun ("le principal groupe de fans", "l'un de ses amis", "le JDD"); not "son visage", "le film",
    "ces suppressions d'emplois", "Lors des dernières rencontres", "Voici les critères"."""
    if subject.kind != "description":
        return True
    lex = ctx.lex
    speaking = ctx.titles | lex.words("speaker_noun") | lex.words("group_word") | lex.words("org_word")
    speaking = speaking | lex.words("doc_word") | lex.words("media_word")  # "indique la station"
    things = lex.words("thing_noun")
    words = list(subject.words)
    if not words or words[0] in lex.words("not_speaker_start") or words[0] in PREPS:
        return False
    bodies = lex.words("org_word") | lex.words("group_word") | lex.words("media_word") | lex.words("doc_word")
    if words[0] in {"du", "de", "d'"} and not (len(words) > 1 and words[1] in bodies):
        return False  # "du XVe arrondissement": a complement the subject read cut off, not who speaks
    if _market_leader(words):
        return True  # "le numéro un européen de l'acier"
    if _one_of_them(words):
        return True  # "l'un d'entre eux", "chacune d'entre elles": one of the people named before
    k = 0
    first_head: list[str] = []
    while k < len(words):
        head: list[str] = []
        while k < len(words) and (words[k] in DETS or words[k] == "l'"):
            head.append(words[k])  # leading determiners ("des élus", "les proches")
            k += 1
        while k < len(words) and words[k] not in DE and words[k] not in PREPS and words[k] not in CLAUSE_WORDS:
            head.append(words[k])
            k += 1
        first_head = first_head or head
        # "ce dossier", "le secteur": a thing whose ending looks like a person noun's ("-ier", "-eur")
        nouns = [w for w in head if w not in DETS and w != "l'" and w not in things and w[:-1] not in things]
        # "une ancienne caserne": an adjective before its noun ("ancienne") is no person noun
        indefinite = words[0] in {"un", "une", "des"}
        if any(
            _speaking_noun(w, speaking)
            for n, w in enumerate(nouns)
            if not indefinite or w not in PRENOMINAL or n == len(nouns) - 1
        ):
            return True
        nouns = [w for w in head if w not in DETS and w != "l'" and w not in QUANTIFIERS]
        if nouns and all(w in lex.words("elliptic_head") for w in nouns):
            return True  # "s'emporte un autre", "renchérit une autre des manifestantes": the noun left out
        if not head or not all(w in QUANTIFIERS or w in DETS or w == "l'" for w in head):
            break
        k += 1  # "l'un de ses amis": the head is after the quantifier's complement
    title = _longest_title(" " + " ".join(words) + " ", ctx.titles)
    if title in PRENOMINAL and words[0] in {"un", "une", "des"}:
        after = words[words.index(title) + 1 :][:1]
        noun = after[0] if after else ""
        # "son ancien chargé de mission": a participle after it may name an office; "une ancienne caserne" no one
        if (
            noun
            and noun not in DE | PREPS | CLAUSE_WORDS
            and not _speaking_noun(noun, speaking)
            and not noun.endswith(("é", "ée", "és", "ées"))
        ):
            title = None  # "une ancienne caserne": "ancienne" qualifies a thing, not "l'ancienne" elided
    if title:
        return True  # "la garde des Sceaux"
    raw = subject.text.replace("’", "'").split()
    # a proper noun in the head phrase ("le JDD", "l'Elysée"), not the capital that starts a sentence
    names = [w.split("'")[-1] for n, w in enumerate(raw) if n > 0 or "'" in w]
    proper = {w.lower() for w in names if w[:1].isupper()}
    return any(w in proper for w in first_head)


def plausible_mention(subject: Subject, ctx: Context) -> bool:
    """A named subject that can speak: not a sentence adverbial or presentative ("Voici …", "Lors de …"), not
    a participle opening a sentence taken for a name ("Contactée, …"), not a platform words were posted on."""
    return subject.mention is None or plausible_name(subject.mention, ctx)


def plausible_name(m: EntityMention, ctx: Context) -> bool:
    words = m.text.replace("’", "'").lower().split()
    if not words or words[0] in ctx.lex.words("not_speaker_start") or m.text.lower() in ctx.lex.words("platform"):
        return False
    # a past participle is longer than the first names that end like one ("René", "André", "Désiré")
    participle = len(words) == 1 and len(words[0]) >= 7 and words[0].endswith(("é", "ée", "és", "ées"))
    # "Contactée, l'agence a …", "Contactée par France info, l'agence …"
    opens = ctx.text[: m.start].rstrip()[-1:] in ("", ".", "!", "?", "\n", "»", '"')
    return not (participle and (opens or ctx.text[m.end : m.end + 1] == ",") and words[0] not in ctx.lex.female_names)


def _attributive(ctx: Context, i: int) -> bool:
    """Whether the mention at token i names a thing after a person ("l'affaire Benalla", "la réforme
    Macron") rather than the person: it follows a common noun that is neither a title nor a nationality."""
    toks = ctx.tokens
    if i == 0:
        return False
    prev = toks[i - 1]
    if not (prev.is_word and prev.text[:1].islower()) or prev.low in DETS | DE | PREPS | CLAUSE_WORDS:
        return False
    if prev.low in ctx.titles or prev.low in ctx.lex.words("nationality") or prev.low in ctx.aux:
        return False
    if ctx.verb_at(i - 1) or prev.inversion():
        return False
    before = toks[i - 2].low if i >= 2 else ""
    return before in DETS | {"l'"}


def _work_author(ctx: Context, i: int) -> bool:
    """Whether the mention at token i names the author of a work whose capitalised title is quoted right before
    it ("au son de « Laissez-moi danser » de Dalida"): not a person of the story, whom a later "il", "le jeune
    homme" or "l'auteur" could stand for."""
    toks = ctx.tokens
    if i < 2 or toks[i - 1].low not in {"de", "d'"} or toks[i - 2].quote < 0:
        return False
    title = [t for t in toks[max(0, i - 12) : i - 1] if t.quote == toks[i - 2].quote and t.is_word]
    return bool(title) and len(title) <= 8 and title[0].text[:1].isupper()


def _after_source(ctx: Context, i: int) -> bool:
    """ "selon X", "d'après X" (a title may come between: "selon le porte-parole X"), "Pour X, …" opening a
    sentence."""
    toks = ctx.tokens
    j = i - 1
    while j >= 0 and i - j <= 6 and (toks[j].low in DETS | HONORIFICS | {"l'"} or toks[j].low in ctx.titles):
        j -= 1
    if j < 0 or toks[j].quote >= 0:
        return False
    if toks[j].low == "pour" and _opens_with_comma(ctx, j, i):
        return True  # "Pour X, Kohl était « … »": whose view the sentence gives
    return toks[j].low == "selon" or (toks[j].low == "après" and j > 0 and toks[j - 1].low == "d'")


def _opens_with_comma(ctx: Context, j: int, i: int) -> bool:
    """Whether token j opens its sentence and the name starting at token i right after it ends with a comma."""
    toks = ctx.tokens
    if j > 0 and toks[j - 1].sent == toks[j].sent and toks[j - 1].para == toks[j].para and toks[j - 1].is_word:
        return False
    end = ctx.mention_last(i)
    return end + 1 < len(toks) and toks[end + 1].low == ","


def _oblique(ctx: Context, i: int) -> bool:
    """Whether the mention starting at token i is not a subject: a complement ("par le général X", "la nièce du
    président américain Donald Trump") or an object ("Hollande conseille Emmanuel Macron"). A subject follows a
    boundary (start, punctuation, "et", "que"...) or an inverted reporting verb ("a déclaré X")."""
    toks = ctx.tokens
    j = i - 1
    while j >= 0 and i - j <= 6:
        low = toks[j].low
        if low in DE or low in PREPS:
            return True
        if low in FINITE_AUX and toks[j + 1].text[:1].islower() and _subject_before(ctx, j):
            return True  # "Le pompier avait critiqué X": the object of a verb after its subject
        if (
            low in HONORIFICS | {"l'"} | DETS
            or low in ctx.titles
            or _opens_compound_title(ctx, j)
            or (toks[j].text[:1].islower() and toks[j].is_word and not ctx.verb_at(j) and low not in CLAUSE_WORDS)
        ):
            j -= 1
            continue
        break
    if j < 0:
        return False
    low = toks[j].low
    if low in {"et", "ou"}:  # "entre Marine Le Pen et Emmanuel Macron": as the first conjunct
        k = _before_aside(ctx, j - 1)  # "par X - qui … - et Y": the first conjunct before its aside
        if k >= 0 and k in ctx.mention_of:
            m = ctx.mention_of[k]
            while k > 0 and ctx.mention_of.get(k - 1) is m:
                k -= 1
            return _oblique(ctx, k)
        return False
    if low in PUNCT_STOP or low in CLAUSE_WORDS or toks[j].quote >= 0 or low in ctx.skip:
        return False
    if ctx.verb_at(j):  # "a déclaré X" (inverted subject) but "Hollande conseille X" (object)
        before = toks[j - 1] if j > 0 else None
        if before is None or before.low in PUNCT_STOP or before.quote >= 0:
            return False
        return before.low not in ctx.aux or _subject_before(ctx, j - 1)
    return True


def _before_aside(ctx: Context, k: int) -> int:
    """The token before an aside closing at token k ("X - qui était en lice -", "X (Verdier)"), or k itself
    when no aside closes there."""
    toks = ctx.tokens
    if k < 0 or toks[k].low not in ASIDE or toks[k].low == ",":
        return k
    opener = ASIDE[toks[k].low]
    for n in range(k - 1, max(k - 30, -1), -1):
        if toks[n].low == opener:
            return n - 1
        if toks[n].low in SENTENCE_END or toks[n].quote >= 0:
            break
    return k


def _opens_compound_title(ctx: Context, j: int) -> bool:
    """Whether token j opens a two-word title with the next one, capitalised or not ("le Premier ministre X")."""
    toks = ctx.tokens
    return j + 1 < len(toks) and f"{toks[j].low} {toks[j + 1].low}" in ctx.titles


def _subject_before(ctx: Context, k: int) -> bool:
    """Whether the verb group ending at token k (auxiliaries, clitics, adverbs) follows its subject ("Le pompier
    avait critiqué X": X is the object) rather than a quote or a punctuation mark ("« … », nous a confié X": X is
    the inverted subject)."""
    toks = ctx.tokens
    while k >= 0 and toks[k].low in ctx.aux and toks[k].quote < 0:
        k -= 1
    if k < 0:
        return False
    tok = toks[k]
    return tok.quote < 0 and tok.is_word and tok.low not in PUNCT_STOP and tok.low not in CLAUSE_WORDS


# descriptions that name an office by another title (either way round)
EQUIVALENT_TITLES = {
    "chef de l'état": ("chef de l'état", "président", "présidente", "président de la république"),
    "chef de l'etat": ("chef de l'etat", "chef de l'état", "président", "présidente"),
    "chef du gouvernement": ("chef du gouvernement", "premier ministre", "première ministre"),
    "chef de la diplomatie": ("chef de la diplomatie", "ministre des affaires étrangères"),
    "cheffe de la diplomatie": ("cheffe de la diplomatie", "ministre des affaires étrangères"),
    "garde des sceaux": ("garde des sceaux", "ministre de la justice"),
}
HONORIFIC_TITLES = {"me": "avocat avocate", "maître": "avocat avocate", "dr": "médecin docteur"}
FEMININE_PARTICIPLES = {
    "dite", "prise", "mise", "surprise", "élue", "réélue", "venue", "revenue", "devenue", "émue", "déçue",
    "convaincue", "connue", "entendue", "retenue", "partie", "sortie", "née", "morte", "seule", "heureuse",
    "furieuse", "soucieuse", "ravie", "inquiète", "fière", "première", "dernière",
}  # fmt: skip
PARTICIPLE_AUX = {"est", "était", "a", "avait", "s'est", "s'était", "été", "sera", "serait", "fut", "reste", "semble"}


def _feminine_word(low: str) -> bool:
    return low.endswith("ée") or low in FEMININE_PARTICIPLES


def _feminine_agreement(ctx: Context, end: int) -> bool:
    """ "X, arrivée en 2017, …" / "X s'est dite …" / "X a été élue": a feminine participle or adjective agreeing
    with the name that ends at token ``end``."""
    toks = ctx.tokens
    j = end + 1
    if j >= len(toks) or toks[j].quote >= 0:
        return False
    if toks[j].low == ",":
        return j + 1 < len(toks) and toks[j + 1].quote < 0 and _feminine_word(toks[j + 1].low)
    seen_aux = False
    while (
        j < len(toks)
        and j <= end + 4
        and (toks[j].low in PARTICIPLE_AUX or toks[j].low in {"s'", "se", "ne", "n'", "pas"})
    ):
        seen_aux = seen_aux or toks[j].low in PARTICIPLE_AUX
        j += 1
    return seen_aux and j < len(toks) and toks[j].quote < 0 and _feminine_word(toks[j].low)


def _longest_title(joined: str, titles: frozenset[str]) -> str | None:
    found = [t for t in titles if f" {t} " in joined or f" ex-{t} " in joined]  # "l'ex-candidat EELV": a title
    return max(found, key=lambda t: (len(t), t)) if found else None  # ties broken by text: hash-seed proof


def _another_title(known: str, title: str, titles: frozenset[str]) -> bool:
    """Whether a title the article gave is another office than ``title`` though it holds its word: a title
    ending with it ("premier ministre") is no "ministre"; "ministre de l'Intérieur" is a "ministre"."""
    padded = f" {known} "
    return any(t != title and t.endswith(" " + title) and f" {t} " in padded for t in titles)


def _domain_words(words: list[str], title: str) -> list[str]:
    """The words of the complement right after ``title`` ("de la justice" -> ["justice"]), up to a comma."""
    head = title.split()
    for k in range(len(words) - len(head) + 1):
        if words[k : k + len(head)] == head:
            rest = words[k + len(head) :]
            if not rest or rest[0] not in DE | {"l'"}:
                return []
            out: list[str] = []
            for w in rest:
                if w in PUNCT_STOP:
                    break
                if w not in STOP_QUALIFIERS:
                    out.append(w)
            return out
    return []


def _named_domain(text: str, title: str) -> frozenset[str]:
    """The words of the office a description names when it opens with a capital ("le ministre de l'Intérieur",
    "des Affaires étrangères"); a lowercase complement ("le président du club") names no office of its own."""
    raw = text.replace("’", "'").replace("'", "' ").split()
    words = [w.lower() for w in raw]
    domain = _domain_words(words, title)
    capitals = {w.lower() for w in raw if w[:1].isupper()}
    acronyms = {w.lower() for w in raw if len(w) > 1 and w.isupper()}  # "l'AP-HP": its full name may differ
    if not domain or domain[0] not in capitals or acronyms & set(domain):
        return frozenset()
    return frozenset(_fold(w) for w in domain)


def _other_office(domain: frozenset[str], known: str, title: str, text: str) -> bool:
    """Whether a known title ("le ministre de la justice") names another office than ``domain`` for the same
    title: its complement opens with a word the article writes with a capital ("Justice") and shares no word
    with ``domain``. A known title without a complement ("le ministre") or a common noun for one ("député du
    nouveau groupe") names none."""
    theirs = _domain_words(known.replace("'", "' ").split(), title)
    if not theirs or not re.search(rf"\b{re.escape(theirs[0][:1].upper() + theirs[0][1:])}\b", text):
        return False
    return not domain & {_fold(w) for w in theirs}


def _fold(word: str) -> str:
    """A word without its accents ("État" and "Etat" agree)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _title_before(ctx: Context, i: int) -> str | None:
    """ "le secrétaire général de l'Otan, Jens Stoltenberg" / "le président russe Vladimir Poutine" / "le député
    La République en marche (LREM) de Seine-et-Marne Jean-Michel Fauvergue" (short parentheses inside)."""
    toks = ctx.tokens
    j = i - 1
    if j >= 0 and toks[j].low in HONORIFICS:
        j -= 1
    if j >= 0 and toks[j].low == ",":
        j -= 1
    skipped = j - _before_parenthesis(ctx, j)  # "le chef de file de La France insoumise (LFI), X"
    j -= skipped
    if j >= 0 and toks[j].low in DE | {"l'"}:
        return None  # "la fille de X": X is the complement, not the one titled
    k = j
    while k >= 0 and i - k - skipped < 12:
        if toks[k].low == ")" and k < j:  # "le député La République en marche (LREM) de Seine-et-Marne X"
            before = _before_parenthesis(ctx, k)
            if before == k:
                return None
            skipped += k - before
            k = before
            continue
        if toks[k].low in PUNCT_STOP or toks[k].quote >= 0:
            return None
        if toks[k].low in DE and k + 1 < j and _infinitive(toks[k + 1].text):
            return None  # "l'ancien chef de l'État d'envoyer des piques à X": X is the infinitive's complement
        if not _in_apposed_name(ctx, k) and (
            toks[k].low in (PREPS - {"à"}) | CLAUSE_WORDS | FINITE_AUX | {"s'", "se"} or ctx.verb_at(k)
        ):
            return None  # "X s'est entretenu avec Y": not a title of Y
        if toks[k].low in DETS - {"de", "d'"} and (k == 0 or toks[k - 1].low not in DE):
            words = " ".join(_qualified(ctx, n) for n in range(k, j + 1))
            if _longest_title(f" {words} ", ctx.titles):
                return words
        k -= 1
    return None


def _infinitive(word: str) -> bool:
    """A lower-case word shaped like an infinitive ("envoyer", "réagir"), not a noun in "-ier" ("quartier")."""
    return word[:1].islower() and len(word) >= 5 and word.endswith(("er", "ir")) and not word.endswith("ier")


def _in_apposed_name(ctx: Context, k: int) -> bool:
    """Whether token ``k`` is inside an organisation's name set right after a title noun ("en" of "le député La
    République en marche"); not inside a complement ("du président de la Fondation pour la mémoire …")."""
    m = ctx.mention_of.get(k)
    if m is None or m.label == "PER":
        return False
    first = k
    while first > 0 and ctx.mention_of.get(first - 1) is m:
        first -= 1
    return first > 0 and ctx.tokens[first - 1].low not in DETS | DE | {"l'"} | PUNCT_STOP


def _before_parenthesis(ctx: Context, j: int) -> int:
    """The token before a short parenthesis closing at ``j`` (an acronym, a party, an age), else ``j``."""
    toks = ctx.tokens
    if j < 0 or toks[j].low != ")":
        return j
    k = j - 1
    while k >= 0 and j - k <= 5 and toks[k].low != "(":
        if toks[k].low in PUNCT_STOP or toks[k].quote >= 0:
            return j
        k -= 1
    return k - 1 if k >= 1 and toks[k].low == "(" and k < j - 1 else j


def _title_after(ctx: Context, end: int) -> str | None:
    """ "Jens Stoltenberg, le secrétaire général de l'Otan," """
    toks = ctx.tokens
    j = end + 1
    if j < len(toks) and toks[j].low == "," and j + 1 < len(toks) and _opens_title(ctx, j + 1):
        k = j + 1
        while k < len(toks) and k - j < 12 and toks[k].low not in PUNCT_STOP:
            k += 1
        start = end
        while start > 0 and ctx.mention_of.get(start - 1) is ctx.mention_of.get(end):
            start -= 1
        verb = any(toks[n].low in FINITE_AUX or ctx.verb_at(n) for n in range(j + 1, k))
        if verb and start > 0 and toks[start - 1].low in DE:
            return None  # "le livre de Vanessa Springora, l'écrivain est revenu …": a new clause's subject
        words = " ".join(_qualified(ctx, n) for n in range(j + 1, k))
        return words if _longest_title(f" {words} ", ctx.titles) else None
    return None


def _opens_title(ctx: Context, n: int) -> bool:
    """A determiner, or a bare title noun ("X, secrétaire général de la CGT, …")."""
    toks = ctx.tokens
    if toks[n].low in DETS:
        return True
    if toks[n].quote >= 0 or n in ctx.mention_of:
        return False
    two = " ".join(t.low for t in toks[n : n + 2])
    return toks[n].low in ctx.titles or two in ctx.titles


def _qualified(ctx: Context, n: int) -> str:
    """A title word, or the canonical name of the entity it belongs to (so "Alliance" and "Otan" agree)."""
    m = ctx.mention_of.get(n)
    return m.canonical_name.lower() if m is not None else ctx.tokens[n].low


def _gender_of_title(title: str, ctx: Context) -> str | None:
    first = title.split()[0] if title else ""
    if first == "la" or title.endswith(("trice", "ère", "euse")) or " présidente" in f" {title}":
        return "f"
    if first == "le":
        return "m"
    return None
