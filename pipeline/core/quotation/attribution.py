"""Attribution cues around a quotation: who the writer says spoke, with which reporting verb or noun.

Cues, strongest first: an incise inside the quote (« …, a-t-il déclaré, … »); an incise right after it
(« … », a déclaré X / a-t-elle ajouté / selon X); a colon after it naming someone (« … » : X, …); a final
"selon X" / "d'après X" in its sentence; a cue before it in its sentence (X a déclaré : « … », X estime que
« … », Selon X, « … », Pour X, « … », la menace de X de « … », X : « … »). Each cue yields a ``Subject`` (a
mention, a pronoun, a description or a relative "qui") that speakers.py resolves to a canonical speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from pipeline.core.quotation.lexicon import Lexicon
from pipeline.core.quotation.tokens import SENTENCE_END, Token
from pipeline.core.records import EntityMention

PRONOUNS = {"il", "elle", "ils", "elles"}
PLAIN_PRONOUNS = (("il",), ("elle",), ("ils",), ("elles",))
DE = {"de", "d'", "du", "des"}
LIST_MARKS = {"•", "-", "–", "—", "*", "·", "►", "▶", "▪"}
DETS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs",
    "ce", "cet", "cette", "ces", "plusieurs", "certains", "certaines", "deux", "trois", "quatre", "nombre",
}  # fmt: skip
PREPS = {
    "à", "au", "aux", "dans", "sur", "lors", "devant", "auprès", "en", "pendant", "avant", "après", "depuis",
    "chez", "avec", "face", "par", "pour", "vers", "contre", "sous", "entre", "durant", "dès", "via", "malgré",
    "sans", "hors", "outre", "parmi",
}  # fmt: skip
CLAUSE_WORDS = {
    "que", "qu'", "qui", "et", "mais", "car", "donc", "or", "puis", "lorsque", "lorsqu'", "quand", "si",
    "comme", "où", "dont", "puisque", "puisqu'", "alors",
}  # fmt: skip
PUNCT_STOP = {",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "…", "...", "«", "»", '"', "“", "”", "–", "—", "-"}
ASIDE = {",": ",", "-": "-", "–": "–", "—": "—", ")": "("}
TIME_WORDS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "matin", "soir",
    "aujourd'hui", "récemment", "encore", "aussi", "également", "ensuite", "alors", "enfin", "déjà",
}  # fmt: skip
DEMONSTRATIVE = {"celui": "il", "celle": "elle", "ceux": "ils", "celles": "elles"}
ANAPHORS = {"ce dernier": "il", "cette dernière": "elle", "celui-ci": "il", "celle-ci": "elle", "ces derniers": "ils"}
HONORIFICS = {"m.", "mm.", "mme", "mmes", "dr", "me"}
MODALS = {
    "tenu", "tient", "tiennent", "tenait", "voulu", "veut", "veulent", "voulait", "souhaité", "souhaite", "pu",
    "peut", "su", "dû", "doit", "va", "vont", "allait", "vient", "venait", "préféré", "préfère", "choisi",
    "décidé", "décide", "laissé", "fini", "finit", "cessé", "commencé", "continue", "continué",
}  # fmt: skip
PASSIVE = {
    "été", "être", "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "soit",
    "soient", "furent",
}  # fmt: skip
INCISE_BREAKS = {":", ";", "«", "»", '"', "“", "”", "'", "‘", "’"}  # an incise inside the marks never crosses these
FINITE_AUX = {"a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "était", "étaient"}
ADVERBIAL = {"son côté", "sa part", "leur côté", "leur part", "notre côté", "mon côté", "ma part"}
POSSESSIVE = {"son", "sa", "ses", "leur", "leurs"}
ARTICLES = {"le", "la", "les", "l'", "un", "une", "des", "du"}
STRESSED = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}
STRESSED_FORMS = {*STRESSED, "lui-même", "elle-même", "eux-mêmes", "elles-mêmes"}
AVOIR = {"a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "ayant", "avoir"}
MAX_INCISE_OPENER_TOKENS = 5  # "En outre", "Par ailleurs", "Dans la foulée", "Lors de son discours"
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes")


@dataclass(frozen=True, slots=True)
class Subject:
    """Who a cue names: kind is "mention", "pronoun", "description" or "relative"."""

    kind: str
    text: str
    start: int  # section offset where the words that attribute the quote start
    mention: EntityMention | None = None
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue: its subject (may be None: verb found, speaker left implicit), verb and strength."""

    kind: str  # incise_inside, incise, colon_after, selon_after, left_verb, left_noun, left_selon, left_colon
    subject: Subject | None
    verb: str | None
    position: int
    end: int | None = None  # an incise inside the marks: offset where it ends (its closing comma included)


def _manner_adverb(t: Token) -> bool:
    """A lowercase word in "-ment" standing alone after a verb ("ironiquement", "sobrement"): an adverb, not the
    subject's noun ("le gouvernement" comes after its determiner)."""
    return t.is_word and t.text[:1].islower() and len(t.low) > 6 and t.low.endswith("ment")


class Context:
    """Tokens and mentions of one section with the lookups attribution needs."""

    def __init__(self, text: str, tokens: list[Token], mentions: list[EntityMention], lexicon: Lexicon) -> None:
        self.text = text
        self.tokens = tokens
        self.lex = lexicon
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.mention_of: dict[int, EntityMention] = {}
        j = 0
        for i, tok in enumerate(tokens):
            while j < len(self.mentions) and self.mentions[j].end <= tok.start:
                j += 1
            if j < len(self.mentions) and self.mentions[j].start <= tok.start < self.mentions[j].end:
                self.mention_of[i] = self.mentions[j]
        self.skip = lexicon.words("skip_word")
        self.months = lexicon.words("month")
        self.adverb_suffixes = tuple(lexicon.words("adverb_suffix"))
        self.aux = lexicon.words("aux")
        self.titles = lexicon.words("person_title")
        self.nouns = lexicon.words("reporting_noun")
        self.asides = {tuple(a.split()) for a in lexicon.words("aside_phrase")}
        self.inside = -1  # a quote whose own words are read as text (for an incise inside its marks)
        self._starts = [t.start for t in tokens]
        self._verbs: dict[int, tuple[str, int] | None] = {}
        self.quote_range: dict[int, tuple[int, int]] = {}  # quote -> (first token, last token)
        for i, tok in enumerate(tokens):
            if tok.quote >= 0:
                first_last = self.quote_range.get(tok.quote)
                self.quote_range[tok.quote] = (first_last[0] if first_last else i, i)
        self.quote_words: dict[int, int] = {}
        for tok in tokens:
            if tok.quote >= 0 and tok.is_word:
                self.quote_words[tok.quote] = self.quote_words.get(tok.quote, 0) + 1

    def aside_len(self, i: int) -> int:
        """Length of a fixed adverbial starting at token i ("pour sa part", "de son côté"), else 0."""
        toks = self.tokens
        for n in (4, 3, 2, 1):
            if i + n <= len(toks) and tuple(t.low for t in toks[i : i + n]) in self.asides:
                return n
        return 0

    def aside_end(self, i: int) -> int:
        """The token after a fixed adverbial ending at token i (the index before it), else i."""
        toks = self.tokens
        for n in (4, 3, 2, 1):
            if i - n + 1 >= 0 and tuple(t.low for t in toks[i - n + 1 : i + 1]) in self.asides:
                return i - n
        return i

    def date_len(self, i: int, limit: int) -> int:
        """Length of a calendar date starting at token i ("4 novembre", "le 1er mars 2019"), else 0."""
        toks = self.tokens
        if toks[i].low == "le" and i + 1 < limit:
            inner = self.date_len(i + 1, limit)
            return inner + 1 if inner else 0
        day = toks[i].low
        if not ((day.isdigit() and 1 <= int(day) <= 31) or day == "1er"):
            return 0
        if i + 1 >= limit or toks[i + 1].low not in self.months:
            return 0
        year = i + 2 < limit and len(toks[i + 2].low) == 4 and toks[i + 2].low.isdigit()
        return 3 if year else 2

    def time_phrase_len(self, i: int, limit: int) -> int:
        """Length of a time phrase starting at token i ("la semaine dernière", "la veille"), else 0."""
        toks, words = self.tokens, self.lex.words
        if toks[i].low not in DETS or i + 1 >= limit:
            return 0
        if toks[i + 1].low in words("time_alone"):
            return 2
        past = i + 2 < limit and toks[i + 2].low in words("time_past")
        return 3 if past and toks[i + 1].low in words("time_noun") else 0

    def mention_last(self, i: int) -> int:
        """Index of the last token of the mention covering token i (i itself when none covers it)."""
        m, last = self.mention_of.get(i), i
        while m is not None and last + 1 < len(self.tokens) and self.mention_of.get(last + 1) is m:
            last += 1
        return last

    def para_at(self, offset: int) -> int:
        """Paragraph number of a section offset."""
        i = bisect_right(self._starts, offset) - 1
        return self.tokens[i].para if i >= 0 else 0

    def _quoted(self, tok: Token) -> bool:
        return tok.quote >= 0 and tok.quote != self.inside

    def skippable(self, j: int) -> bool:
        """A word between a subject and its reporting verb: a skip word, or a manner adverb right after an
        auxiliary ("a sommairement déclaré", "a sèchement réagi"), which no word list can hold whole."""
        toks = self.tokens
        if toks[j].low in self.skip:
            return True
        low = toks[j].low
        adverb = len(low) > 6 and low.isalpha() and low.endswith(self.adverb_suffixes) and toks[j].text.islower()
        return adverb and j > 0 and toks[j - 1].low in AVOIR | PASSIVE and not self._quoted(toks[j])

    # -- verbs -------------------------------------------------------------------------------------------
    def verb_at(self, i: int) -> tuple[str, int] | None:
        """(lemma, index after the verb) when a reporting verb form starts at token i."""
        if i in self._verbs:
            return self._verbs[i]
        found = self._verb_at(i)
        self._verbs[i] = found
        return found

    def _verb_at(self, i: int) -> tuple[str, int] | None:
        toks = self.tokens
        m = self.mention_of.get(i)
        if m is not None and m.start < toks[i].start and toks[i].text[:1].isupper():
            return None  # a word of a name ("l'Institut d'Études sociales Avancées"), not a verb
        low = toks[i].low
        inv = toks[i].inversion()
        base = inv[0] if inv else low
        for n in (3, 2):
            if i + n - 1 < len(toks):
                words = (base, *(t.low for t in toks[i + 1 : i + n]))
                if words in self.lex.multiword_forms:
                    return self.lex.multiword_forms[words], i + n
        lemma = self.lex.verb_forms.get(base)
        if lemma and self._other_sense(lemma, i):
            return None  # "relève de la provocation", "continue de se dégrader": says nothing
        return (lemma, i + 1) if lemma else None

    def _other_sense(self, lemma: str, i: int) -> bool:
        """Whether the preposition after a reporting form gives it a sense with no speech (other_sense)."""
        toks = self.tokens
        j = i + 1
        while j < len(toks) and toks[j].low in self.skip:
            j += 1
        after = ("de" if toks[j].low in DE else toks[j].low) if j < len(toks) else ""
        return f"{lemma} {after}" in self.lex.words("other_sense")

    def passive_agent(self, i: int, limit: int) -> Subject | None:
        """The agent of a reporting participle used as an adjective or a passive ("une information démentie par
        la SNCF", "les critères exigés par la propriétaire", "des propos tenus par le ministre"); not an active
        past tense ("a déclaré par communiqué") and not a means ("par téléphone")."""
        toks = self.tokens
        verb = self.verb_at(i)
        if verb is None or i == 0 or toks[i].inversion():
            return None
        lemma, nxt = verb
        low = toks[i].low
        if low == lemma or not low.endswith(PARTICIPLE_ENDINGS) or nxt + 1 >= limit or toks[nxt].low != "par":
            return None
        j = i - 1
        while j > 0 and toks[j].low in self.aux and toks[j].low not in AVOIR | PASSIVE:
            j -= 1
        if toks[j].low in AVOIR:
            return None  # "a déclaré par communiqué": active
        subject = self.read_np(nxt + 1, limit)
        if subject is None or subject.kind == "pronoun" or lemma in self.lex.words("asking_verb"):
            return None  # "interrogé par le Financial Times": who asked, not who answered
        if subject.kind == "mention":
            return subject if subject.mention is not None and subject.mention.label in ("PER", "ORG") else None
        words = set(subject.words)
        lists = ("speaker_noun", "group_word", "org_word")
        if self._has_title(subject.words) or any(w in self.lex.words(n) for w in words for n in lists):
            return subject
        n = nxt + 2  # "par la SNCF": a named organisation or person right after the determiner
        m = self.mention_of.get(n)
        if m is not None and m.label in ("PER", "ORG") and toks[nxt + 1].low in DETS | {"l'"}:
            return Subject("mention", m.text, toks[nxt + 1].start, m)
        return None

    def is_verb_use(self, i: int) -> bool:
        """Whether a reporting form at i is used as a verb: not a noun after a determiner ("l'analyse"), not a
        passive ("a été annoncé"), not a non-reporting pronominal ("se poursuit"), an infinitive only after a
        modal ("a tenu à préciser")."""
        toks = self.tokens
        if i == 0:
            return True
        prev = toks[i - 1].low
        before = toks[i - 2].low if i >= 2 else ""
        # "leur"/"le"/"la"/"les"/"l'" after a subject pronoun is the verb's object clitic ("il le décrit comme")
        clitic = prev in {"leur", "le", "la", "les", "l'"} and before in PRONOUNS | {"ne", "n'", "on", "qui"}
        if (prev in DETS | {"l'"} and not clitic) or prev in PREPS - {"à", "en"}:
            # "leur" after a subject pronoun is the object clitic of a verb ("il leur demandera « … »")
            return False  # "l'analyse", "par communiqué"
        lemma = self.lex.verb_forms.get(toks[i].low)
        pronominal = prev in {"se", "s'"} or (prev in PASSIVE and i >= 2 and toks[i - 2].low in {"se", "s'"})
        if pronominal and lemma not in self.lex.reflexive:
            return False  # "un incendie s'est déclaré", "le dialogue se poursuit"
        if prev in PASSIVE and not (i >= 2 and toks[i - 2].low in {"s'", "se"}):
            return False
        after_modal = prev in MODALS or (prev in {"à", "de", "d'"} and i >= 2 and toks[i - 2].low in MODALS)
        # an infinitive reports only after a modal ("a tenu à préciser", "a voulu rassurer")
        return not (toks[i].low == lemma and not after_modal)

    # -- noun phrases ------------------------------------------------------------------------------------
    def read_np(self, i: int, limit: int, bare: bool = False) -> Subject | None:
        """The noun phrase starting at token i (a mention, a pronoun or a description); ``bare``: it may
        start without a determiner (after "du"/"des")."""
        toks = self.tokens
        if i >= limit or self._quoted(toks[i]):
            return None
        if toks[i].low in PRONOUNS or toks[i].low in STRESSED:
            pronoun = STRESSED.get(toks[i].low, toks[i].low)
            return Subject("pronoun", toks[i].text, toks[i].start, words=(pronoun,))
        anaphor = self._anaphor(i)
        if anaphor is not None:
            return anaphor
        if toks[i].low in DEMONSTRATIVE and i + 1 < limit and toks[i + 1].low == "qui":
            # "celui qui partage la scène avec X": the person the passage is about
            return Subject("pronoun", toks[i].text + " qui", toks[i].start, words=(DEMONSTRATIVE[toks[i].low],))
        j = i
        while j < limit and toks[j].low in HONORIFICS | {"."} and not self._quoted(toks[j]):
            j += 1
        if j < limit and j in self.mention_of and not self._quoted(toks[j]):
            m = self.mention_of[j]
            k = j
            while k < limit and self.mention_of.get(k) is m:
                k += 1
            if toks[i].low in DETS or toks[i].low in HONORIFICS or j == i:
                return self._with_apposition(Subject("mention", m.text, toks[i].start, m), k, limit)
        if toks[i].low not in DETS and not toks[i].text[:1].isupper() and not bare:
            return None
        k = i
        words: list[str] = []
        while k < limit and len(words) < 12:
            t = toks[k]
            portfolio = (
                t.low == "et" and k > i and toks[k - 1].text[:1].isupper() and k + 1 < limit and toks[k + 1].low in DE
            )  # "le ministre de l'Action et des Comptes publics Gérald Darmanin": one title
            if portfolio:
                words.append(t.low)
                k += 1
                continue
            if self._partitive_group(k, i, limit):  # "l'un d'entre eux": one of a group named before
                words += [t.low, toks[k + 1].low]
                k += 2
                continue
            if self._quoted(t) or t.low in PUNCT_STOP or t.low in CLAUSE_WORDS or (t.low in PREPS and k > i):
                break
            if k > i and t.low in TIME_WORDS and toks[k - 1].low not in DE:
                # "le Journal du Dimanche", "un visiteur du soir": a time word after "du" complements the noun
                break
            participle = t.text[:1].islower() and (
                t.low.endswith(("é", "ée", "és", "ées")) or t.low in self.lex.words("participle")
            )  # "d'un appartement mis en location": an irregular participle ends the noun phrase too
            after_noun = toks[k - 1].low not in DE | DETS | self.lex.words("prenominal")
            if k > i + 1 and participle and t.low not in self.titles and after_noun:
                break  # "le chef désigné", but a noun after its article or adjective ("du musée", "le jeune marié")
            passive = k + 1 < limit and toks[k + 1].low == "par" and t.low.endswith(PARTICIPLE_ENDINGS)
            if k > i + 1 and passive and t.text[:1].islower() and t.low not in self.titles:
                break  # "un rapport obtenu par X": the document, not who obtained it
            if k > i and self.verb_at(k) and t.low not in self.titles and toks[k - 1].low not in DETS | DE:
                break
            m = self.mention_of.get(k)
            first_of_mention = m is not None and self.mention_of.get(k - 1) is not m
            if first_of_mention and m.label == "PER" and k > i and toks[k - 1].low not in DE:
                return Subject("mention", m.text, toks[i].start, m)
            words.append(t.low)
            k += 1
        if not words:
            return None
        if len(words) == 1 and words[0] in DETS:
            return None
        if " ".join(words[:2]) in ADVERBIAL:
            return None  # "de son côté", "pour sa part"
        if words[0] in POSSESSIVE and words[-1] in self.lex.words("own_words"):
            return Subject("pronoun", self.text[toks[i].start : toks[k - 1].end], toks[i].start, words=("soi",))
        end = toks[k - 1].end
        work = k < len(toks) and self._quoted(toks[k]) and toks[k].para == toks[k - 1].para
        if work and words[-1] in DE and self.quote_words.get(toks[k].quote, 0) <= 5:
            # "l'interprète des « Lacs du Connemara »": a title of a work ends the noun phrase (the sentence's
            # bounds stop at the next quote)
            last = self.quote_range[toks[k].quote][1]
            words += [t.low for t in toks[k : last + 1] if t.is_word]
            end, k = toks[last].end, last + 1
        text = self.text[toks[i].start : end]
        subject = Subject("description", text, toks[i].start, words=tuple(words))
        return self._with_apposition(subject, k, limit)

    def _partitive_group(self, k: int, i: int, limit: int) -> bool:
        """Whether token k opens "entre eux/elles/nous/vous" after "l'un d'", "chacune d'" (one of a group)."""
        toks = self.tokens
        return (
            k > i
            and toks[k].low == "entre"
            and toks[k - 1].low in {"d'", "de"}
            and k + 1 < limit
            and toks[k + 1].low in {"eux", "elles", "nous", "vous"}
        )

    def read_source(self, i: int, limit: int) -> Subject | None:
        """The source after "selon"/"d'après": "selon les termes d'un élu" is the élu who used them ("selon ses
        termes", "selon ces propos" are read as they are)."""
        subject = self.read_np(i, limit)
        toks = self.tokens
        words = subject.words if subject is not None and subject.kind == "description" else ()
        if len(words) < 2 or words[0] not in ARTICLES or words[1] not in self.lex.words("own_words"):
            return subject
        k = i + 2
        if k < limit and toks[k].low in DE and not self._quoted(toks[k]):
            return self.read_np(k + 1, limit, bare=toks[k].low in {"du", "des"}) or subject
        return subject

    def _anaphor(self, i: int) -> Subject | None:
        """ "ce dernier", "cette dernière", "celui-ci": a pronoun in disguise."""
        toks = self.tokens
        for n in (2, 1):
            words = " ".join(t.low for t in toks[i : i + n])
            if words in ANAPHORS:
                return Subject("pronoun", words, toks[i].start, words=(ANAPHORS[words],))
        return None

    def _with_apposition(self, subject: Subject, k: int, limit: int) -> Subject:
        """ "le secrétaire général de l'Otan, Jens Stoltenberg," names the person after the comma."""
        toks = self.tokens
        opens = PREPS | DE | {"et", "("}
        if subject.kind == "description" and k < limit and toks[k].low in opens and self._has_title(subject.words):
            # "l'ancien chef des forces américaines au Moyen-Orient, le général Joseph Votel,", "le vice-président
            # des LR et maire de Chalon-sur-Saône (Saône-et-Loire), Gilles Platret"
            n, depth = k, 0
            while n < limit and n - k < 12 and not self._quoted(toks[n]):
                low = toks[n].low
                depth += (low == "(") - (low == ")")
                if depth == 0 and low not in {"(", ")"} and low in PUNCT_STOP:
                    break
                if self.verb_at(n) or (low in CLAUSE_WORDS and low != "et") or depth < 0:
                    break
                if depth == 0 and toks[k].low in PREPS and self._named_after_portfolio(n):
                    # "la commissaire à la Santé Stella Kyriakides": the name closes the title, no comma
                    return Subject("mention", self.mention_of[n].text, subject.start, self.mention_of[n])
                n += 1
            if n < limit and toks[n].low == "," and depth == 0:
                k = n
        if subject.kind == "description" and k + 1 < limit and toks[k].low == ",":
            j = k + 1
            while j < limit and toks[j].low in HONORIFICS | {"."}:
                j += 1
            if j < limit and toks[j].low in DETS | {"l'"} and j not in self.mention_of:
                # "…, le général Joseph Votel,": a title word or two before the name
                n = j + 1
                while n < limit and n - j <= 3 and n not in self.mention_of and toks[n].low in self.titles:
                    n += 1
                if n > j + 1 and n in self.mention_of:
                    j = n
            m = self.mention_of.get(j)
            if m is not None and m.label == "PER" and not self._quoted(toks[j]):
                return Subject("mention", m.text, subject.start, m)
        return subject

    def _named_after_portfolio(self, n: int) -> bool:
        """A person's name starts at token n, right after a capitalised word of a title's complement (not a
        title's honorific, "le procureur et M. Andrieux": two people)."""
        m, before = self.mention_of.get(n), self.tokens[n - 1]
        return (
            m is not None
            and m.label == "PER"
            and self.mention_of.get(n - 1) is None
            and before.text[:1].isupper()
            and before.low not in PREPS | DE | DETS | HONORIFICS
        )

    def np_after(self, i: int, limit: int) -> Subject | None:
        """The subject of an inverted reporting verb: the first noun phrase after it, skipping time words,
        adverbs and prepositional phrases ("a déclaré à l'AFP mercredi le porte-parole")."""
        toks = self.tokens
        after_prep = False
        prev = ""
        aside_open = False  # a comma opened a time or place aside ("a annoncé, dimanche 26 janvier, la ministre")
        k = i
        while k < limit and k < i + 25:
            t = toks[k]
            if self._quoted(t):
                q = t.quote
                if after_prep and self.quote_words.get(q, 0) <= 5:
                    k = self.quote_range[q][1] + 1  # "dans une interview accordée au « Grand Jury »"
                    prev = "»"
                    continue
                return None
            if t.low == ",":
                nxt = toks[k + 1].low if k + 1 < limit else ""
                if nxt in PREPS or nxt in self.skip:
                    after_prep, prev, k, aside_open = False, ",", k + 1, True
                    continue
                if aside_open and prev != ",":
                    after_prep, prev, k, aside_open = False, ",", k + 1, False  # the aside closes
                    continue
                return None
            if t.low in PUNCT_STOP or t.low in CLAUSE_WORDS - {"alors"}:
                return None
            pair = " ".join(x.low for x in toks[k + 1 : min(k + 3, limit)])
            if (t.low in PREPS or t.low in DE) and pair in ADVERBIAL:
                after_prep, prev, k = False, ",", k + 3  # "tranche pour sa part Jean-Pierre Fouillot"
                if k < limit and toks[k].low == ",":
                    k += 1  # "a affirmé de son côté, le secrétaire général de l'ONU"
                continue
            if t.low in PREPS or (t.low == "d'" and k + 1 < limit and toks[k + 1].low == "après"):
                after_prep, prev, k = True, t.low, k + 1
                continue
            if t.low in self.skip and k not in self.mention_of and self._anaphor(k) is None:
                prev, k = t.low, k + 1  # but "a assuré cette dernière": a pronoun in disguise
                continue
            if _manner_adverb(t) and prev not in DETS | DE | PREPS and k not in self.mention_of:
                prev, k = t.low, k + 1  # "a souligné ironiquement le journaliste"
                continue
            date_len = self.date_len(k, limit) or self.time_phrase_len(k, limit)
            if date_len:  # "révèle lundi 4 novembre une source", "expliquait la semaine dernière un malade"
                prev, k = "", k + date_len
                continue
            if after_prep:
                new_np = t.low in DETS and prev not in PREPS | DE | DETS
                m = self.mention_of.get(k)
                # "à l'AFP Jean Dupont": a second entity right after the first; not "sur son compte Twitter"
                follows_entity = k - 1 in self.mention_of and self.mention_of.get(k - 1) is not m
                if m is not None and (follows_entity or prev in self.skip or prev == ","):
                    new_np = True
                if t.low in HONORIFICS:  # "a affirmé à BFMTV Me Rajon"
                    new_np = True
                media_named = m is not None and m.text.lower() in self.lex.words("media_name")
                if m is not None and m.label == "PER" and prev in self.lex.words("media_word") and not media_named:
                    new_np = True  # "explique au quotidien Yaakoub": the medium is unnamed, the name speaks
                if t.low in DEMONSTRATIVE and k + 1 < limit and toks[k + 1].low == "qui":
                    new_np = True  # "a expliqué à la radio celui qui …"
                if m is not None and m.label == "PER" and self._place_noun_before(k):
                    new_np = True  # "a salué au perchoir Sylvain Waserman": a place phrase, then the speaker
                if not new_np:
                    prev, k = t.low, k + 1
                    continue
            return self.read_np(k, limit)
        return None

    def _place_noun_before(self, k: int) -> bool:
        """Whether token k follows a short phrase of a preposition, its article and one common noun that names
        no person ("au perchoir", "à la tribune", "dans l'hémicycle"), not "à l'avocat" (then the name is his)."""
        toks = self.tokens
        if k < 2:
            return False
        noun, before = toks[k - 1], toks[k - 2]
        person = self.titles | self.lex.words("speaker_noun") | self.lex.words("relative_title")
        if not noun.is_word or not noun.text[:1].islower() or noun.low in person or k - 1 in self.mention_of:
            return False
        if noun.low in DE | DETS | PREPS or noun.low in self.lex.words("media_word") or noun.low in self.skip:
            return False
        opener = toks[k - 3].low if k >= 3 and before.low in DETS else before.low
        return opener in PREPS - {"par", "pour", "avec", "contre", "entre", "parmi", "chez", "vers"}

    def np_before(self, v: int, lo: int) -> Subject | None:
        """The subject of a reporting verb whose verb group starts at token v: the noun phrase before it."""
        toks = self.tokens
        j = v - 1
        while j >= lo and self.aside_end(j) != j and toks[self.aside_end(j) + 1].low not in STRESSED_FORMS:
            j = self.aside_end(j)  # "X a pour sa part estimé": the adverbial is no subject
            if j >= lo and toks[j].low == ",":
                j -= 1
        while j >= lo and (toks[j].low in self.aux or self.skippable(j)) and toks[j].low != ",":
            for n in (j - 1, j):
                if n >= lo and self._anaphor(n) is not None:
                    return self._anaphor(n)
            j -= 1
        if j < lo:
            return None
        t = toks[j]
        if t.low in PRONOUNS:
            return Subject("pronoun", t.text, t.start, words=(t.low,))
        if t.low in {"et", "ou", "puis", "mais"}:
            # "X a soutenu le message de Y et appelé à « … »": the subject of the first verb; "X assure que la
            # France est « … » mais rappelle que …": the reporting verb, not the verb of its clause
            for k in range(j - 1, lo - 1, -1):
                if toks[k].low in FINITE_AUX and not self._quoted(toks[k]):
                    clause = self._reported_clause_verb(k, lo)
                    return self.np_before(clause if clause is not None else k, lo)
            return None
        if t.low == "qui":
            k = j - 1
            if k >= lo and toks[k].low == ",":
                k -= 1
            antecedent = self._np_ending_at(k, lo, relative=True)
            if antecedent is not None and antecedent.kind == "mention" and antecedent.mention.label != "PER":
                whole = self._np_ending_at(k, lo)
                if whole is not None and whole.kind == "description" and self._has_title(whole.words):
                    return whole  # "le leader de la CGT, qui a affirmé …": the leader, not the CGT
            if antecedent is not None and (antecedent.kind == "mention" or self._has_title(antecedent.words)):
                return antecedent
            for n in range(k, lo - 1, -1):
                m = self.mention_of.get(n)
                if m is not None and m.label == "PER" and toks[n].quote < 0:
                    return Subject("mention", m.text, m.start, m)
            return antecedent
        if t.low in ASIDE:
            opener = ASIDE[t.low]
            k = j - 1
            while k >= lo and (toks[k].low != opener or self._quoted(toks[k])) and j - k < 48:
                k -= 1
            if k >= lo and toks[k].low == opener:
                aside = k + 1
                while aside < j and toks[aside].low in self.aux:
                    aside += 1
                if aside < j and self.verb_at(aside) and self.is_verb_use(aside):
                    # "X, qui « … », précise l'hebdomadaire, explique …": skip the incise of another speaker
                    return self.np_before(k + 1, lo)
                if k - 1 >= lo and toks[k - 1].low == ")":
                    # "Philippe Martinez (CGT), lui, a demandé": the name before the parenthesis
                    paren = k - 1
                    while paren > lo and toks[paren].low != "(" and k - paren < 10:
                        paren -= 1
                    if toks[paren].low == "(":
                        head = self._np_ending_at(paren - 1, lo)
                        if (
                            head is not None
                            and head.kind == "mention"
                            and all(toks[n].low in STRESSED_FORMS or toks[n].low in self.skip for n in range(k + 1, j))
                        ):
                            return head
                named = {id(self.mention_of.get(n)) for n in range(k + 1, j)}
                m = self.mention_of.get(k + 1)
                if m is not None and m.label == "PER" and named == {id(m)} and t.low == ",":
                    before = self._np_ending_at(k - 1, lo)
                    if before is not None and before.kind == "description":
                        # "Son homologue de FO, Yves Veyrier, a dénoncé": the name in apposition speaks
                        return Subject("mention", m.text, m.start, m)
                before = self._np_ending_at(k - 1, lo)
                if before is not None and (
                    before.kind in ("mention", "pronoun") or t.low != "," or self.speaking(before)
                ):
                    return before  # "Le Premier ministre, qui avait défendu …, estime"
            inner = self._np_ending_at(j - 1, lo)
            if t.low == "," and inner is not None and inner.kind == "description" and self._after_preposition(inner):
                return None  # "« … » à la vie religieuse, a déclaré X": a complement, the subject follows the verb
            return inner
        found = self._np_ending_at(j, lo)
        if found is not None and found.kind == "description" and not self._has_title(found.words):
            # "La secrétaire d'État chargée de l'Égalité entre les femmes et les hommes répond": the noun
            # phrase before the verb is a complement; the subject is the titled one opening the sentence
            k = self._starts.index(found.start) if found.start in self._starts else lo
            if k > lo and toks[k - 1].low in PREPS | DE | {"et", "ou"}:
                opening = self.read_np(lo, j + 1)
                if opening is not None and opening.kind == "description" and self._has_title(opening.words):
                    return opening
                named = opening is not None and opening.kind == "mention" and opening.mention.label in ("PER", "ORG")
                if named and self._relative_follows(opening, j):
                    # "Sœur André, qui a eu droit à « … » pour son anniversaire avoue": the relative's antecedent
                    return opening
        return found

    def _after_preposition(self, subject: Subject) -> bool:
        """Whether a noun phrase follows a preposition ("à la vie religieuse"): a complement, never a subject."""
        k = self._starts.index(subject.start) if subject.start in self._starts else 0
        return k > 0 and self.tokens[k - 1].low in PREPS | DE

    def _relative_follows(self, subject: Subject, j: int) -> bool:
        """Whether a relative clause opens right after a subject ("X, qui …") and runs to token j."""
        toks = self.tokens
        end = subject.mention.end if subject.mention is not None else subject.start + len(subject.text)
        k = bisect_right(self._starts, end - 1)
        if k < len(toks) and toks[k].low == ",":
            k += 1
        return k < j and toks[k].low == "qui"

    def _reported_clause_verb(self, k: int, lo: int) -> int | None:
        """The reporting verb whose "que" clause the verb at k belongs to ("X assure que la France est …"), if
        nothing but the clause's subject lies between them."""
        toks = self.tokens
        for n in range(k - 1, lo - 1, -1):
            low = toks[n].low
            if low in {"que", "qu'"}:
                return n - 1 if n - 1 >= lo and self.verb_at(n - 1) and self.is_verb_use(n - 1) else None
            if (
                low in PUNCT_STOP
                or low in FINITE_AUX
                or low in CLAUSE_WORDS
                or self.verb_at(n)
                or self._quoted(toks[n])
            ):
                return None
        return None

    def speaking(self, subject: Subject) -> bool:
        """Whether a description names someone who can speak (see speakers.can_speak)."""
        from pipeline.core.quotation.speakers import can_speak

        return can_speak(subject, self)

    def _np_ending_at(self, j: int, lo: int, relative: bool = False) -> Subject | None:
        toks = self.tokens
        if j >= lo and self._quoted(toks[j]) and self.quote_words.get(toks[j].quote, 0) <= 5:
            # "l'interprète des « Lacs du Connemara »": a title of a work ends the noun phrase
            first = self.quote_range[toks[j].quote][0]
            if first - 1 >= lo and toks[first - 1].low in DE | DETS | {"l'"}:
                inner = self._np_ending_at(first - 1, lo, relative)
                if inner is not None and inner.kind == "description":
                    text = self.text[inner.start : toks[j].end]
                    words = inner.words + tuple(t.low for t in toks[first : j + 1] if t.is_word)
                    return Subject("description", text, inner.start, words=words)
            return None
        if j < lo or self._quoted(toks[j]):
            return None
        m = self.mention_of.get(j)
        k = j
        while k > lo and toks[k - 1].low not in PUNCT_STOP and toks[k - 1].low not in CLAUSE_WORDS:
            if self.verb_at(k - 1) and toks[k - 1].low not in self.titles and self.is_verb_use(k - 1):
                break
            if self._quoted(toks[k - 1]) or j - k > 12:
                break
            k -= 1
        for n in range(k + 1, j + 1 if not relative else k + 1):  # "à en croire un fidèle, qui": the closest NP
            if toks[n].low in self.lex.words("finite_aux") and toks[n - 1].low not in DE | DETS | {"l'"}:
                # "la mairie a pour sa part tenu à …", "François Pupponi a une autre …": the subject ends before
                # the auxiliary; what follows it is the clause, not the speaker
                end = n - 1
                while end >= k and toks[end].low in self.lex.words("clitic"):
                    end -= 1  # "Marylise Lebranchu y va", "X lui en a offert", "Y ne serait"
                return self._np_ending_at(end, lo, relative) if end >= k else None
        if relative and m is None:
            n = j
            while n > k and toks[n].low not in DETS | {"l'"}:
                n -= 1
            k = n  # "le débat est parti de l'Elysée, qui …": the closest noun phrase
        if m is not None:
            ms = j
            while ms > lo and self.mention_of.get(ms - 1) is m:
                ms -= 1
            # "la présence d'un hijab à l'Assemblée nationale relève": a name after a preposition is no subject
            before = DE | PREPS | {"au", "aux"}
            complement = toks[ms - 1].low in before or (
                ms - 2 >= lo and toks[ms - 1].low in DETS | {"l'"} and toks[ms - 2].low in before
            )
            named_after = (
                m.label == "PER"
                and ms - 2 >= lo
                and toks[ms - 1].low in self.lex.words("org_word") | {"fondation", "institut", "association"}
                and toks[ms - 2].low in (DETS | {"l'"}) - DE
                and not (ms - 3 >= lo and toks[ms - 3].low in DE)
            )  # not "le porte-parole du gouvernement Benjamin Griveaux": the body is a complement of the title
            if named_after and not relative:
                # "la fondation Brigitte Bardot s'est dite …": the body named after the person speaks
                words = tuple(t.low for t in toks[ms - 2 : j + 1])
                return Subject(
                    "description", self.text[toks[ms - 2].start : toks[j].end], toks[ms - 2].start, words=words
                )
            # "Le président du groupe MoDem compte": a titled head with the body's name in its complement is the
            # subject; not a person the recognizer took for a body ("L'animateur Piers Morgan", "de l'OMS Tedros")
            titled_head = (
                m.label != "PER"
                and any(toks[n].low in self.titles for n in range(k, ms))
                and (any(toks[n].low in DE for n in range(k, ms)) or m.text.isupper())  # "le député LFI"
                and ms - 1 not in self.mention_of
            )
            if ms == k or relative or not (complement or titled_head):
                return Subject("mention", m.text, toks[ms].start, m)
        if toks[k].low in PRONOUNS and k == j:
            return Subject("pronoun", toks[k].text, toks[k].start, words=(toks[k].low,))
        for n in (j - 1, j):
            if n >= lo and self._anaphor(n) is not None:
                return self._anaphor(n)
        while k <= j and toks[k].low not in DETS and not toks[k].text[:1].isupper() and toks[k].low not in HONORIFICS:
            k += 1
        if k > j:
            return None
        words = tuple(t.low for t in toks[k : j + 1])
        if " ".join(words[:2]) in ADVERBIAL:
            return None
        return Subject("description", self.text[toks[k].start : toks[j].end], toks[k].start, words=words)

    # -- cues --------------------------------------------------------------------------------------------
    def sentence_bounds(self, q: int) -> tuple[int, int, int, int]:
        """Token indices: first of the quote's sentence, first of the quote, after the quote, sentence end."""
        toks = self.tokens
        first, last = self.quote_range[q]
        sent_first = toks[first].sent
        lo = first
        while lo > 0 and toks[lo - 1].sent == sent_first and toks[lo - 1].para == toks[first].para:
            if toks[lo - 1].quote >= 0 and toks[lo - 1].quote != q and lo == first:
                break
            lo -= 1
        hi = last + 1
        sent_last = toks[last].sent
        while hi < len(toks) and toks[hi].sent == sent_last and toks[hi].para == toks[last].para:
            if toks[hi].quote >= 0 and toks[hi].quote != q:
                break
            hi += 1
        return lo, first, last + 1, hi

    def right_incise(self, after: int, hi: int) -> Cue | None:
        """« … », a déclaré X / a-t-il ajouté / lance-t-elle / selon X / d'après X."""
        toks = self.tokens
        k = after
        if k < hi and toks[k].low == ",":
            k += 1
        elif k < hi and toks[k].inversion() is None and not self.verb_at(k) and not self._bare_incise(after, hi):
            dative = toks[k].low in {"lui", "leur"} and k + 1 < hi and toks[k + 1].inversion() is not None
            if not dative:  # « … » lui a-t-elle dit: a dative clitic before the inverted verb, no comma
                return None
        if k >= hi:
            return None
        t = toks[k]
        if t.low == "comme" and k + 2 < hi and toks[k + 1].low in {"le", "l'"}:
            # "« … », comme le souligne X", "comme l'a rappelé X": the clitic stands for the quoted words
            k += 2
            t = toks[k]
        if t.low in {"selon", "d'"} or (t.low == "pour" and k + 1 < hi and toks[k + 1].quote < 0):
            if t.low == "d'" and not (k + 1 < hi and toks[k + 1].low == "après"):
                return None
            start = k + 2 if t.low == "d'" else k + 1
            subject = self.read_source(start, hi) if t.low != "pour" else self.read_np(start, hi)
            if subject is not None:
                return Cue("incise", subject, "selon" if t.low != "pour" else "pour", t.start)
            return None
        pronoun: str | None = None
        j = k
        limit = k + 6
        while j < hi and j < limit:
            tj = toks[j]
            aside = self.aside_len(j) if j > k else 0
            if aside:  # "« … », a pour sa part estimé X"
                j += aside
                limit += aside
                continue
            inv = tj.inversion()
            verb = self.verb_at(j)
            if verb:
                lemma, nxt = verb
                if inv:
                    pronoun = inv[1]
                if pronoun:
                    return Cue("incise", Subject("pronoun", pronoun, toks[k].start, words=(pronoun,)), lemma, t.start)
                participle = tj.low.endswith("ant")  # "« … », qualifiant les déclarations de X": X is the object
                return Cue("incise", None if participle else self.np_after(nxt, hi), lemma, t.start)
            if inv and inv[0] not in self.aux and inv[0] not in {"est", "sont", "a", "ont", "avait", "avaient"}:
                # an inverted verb missing from the lexicon still marks an incise ("sourit-il")
                return Cue("incise", Subject("pronoun", inv[1], tj.start, words=(inv[1],)), inv[0], tj.start)
            if inv:
                pronoun = inv[1]
            elif tj.low not in self.aux and not self.skippable(j):
                return None
            j += 1
        return None

    def _bare_incise(self, after: int, hi: int) -> bool:
        """« … ! » s'est amusé X / « … » a ironisé la députée: an incise with no comma, after a quote that opens
        its sentence, made of auxiliaries and a reporting participle."""
        toks = self.tokens
        first = self.quote_range[toks[after - 1].quote][0] if toks[after - 1].quote >= 0 else after
        opens = first == 0 or toks[first - 1].sent != toks[first].sent or toks[first - 1].low == ":"
        if not opens:
            return False
        j = after
        while j < hi and j < after + 3 and toks[j].low in {"a", "s'", "se", "s'est", "est", "avait", "ont"}:
            j += 1
        verb = self.verb_at(j) if j < hi and j > after else None
        return verb is not None and toks[j].low != verb[0]

    def colon_after(self, after: int, hi: int) -> Cue | None:
        """« … » : Jens Stoltenberg, …"""
        toks = self.tokens
        if after < hi and toks[after].low == ":":
            subject = self.read_np(after + 1, hi)
            if subject is not None and subject.kind == "mention" and subject.mention.label in ("PER", "ORG"):
                return Cue("colon_after", subject, None, toks[after].start)
            if subject is not None and subject.kind == "description" and self._has_title(subject.words):
                return Cue("colon_after", subject, None, toks[after].start)
        return None

    def selon_after(self, after: int, hi: int) -> Cue | None:
        """…« … » …, selon X. / …« … » …, a-t-il réitéré. (a source or incise later in the sentence)"""
        toks = self.tokens
        for k in range(after, hi):
            low = toks[k].low
            if low == "," and k > after:
                cue = self.right_incise(k, hi)
                if cue is not None and cue.subject is not None:
                    if cue.verb == "selon" and self._heads_a_clause(cue.subject, hi, cue.position):
                        continue  # "…, où, selon ses proches, il a été …": the source of the clause after it
                    return Cue("selon_after", cue.subject, cue.verb, cue.position)
            if low in {"a", "ont", "avait", "avaient"} and k > after and toks[k - 1].is_word:
                cue = self._final_inversion(k, hi)
                if cue is not None:
                    return cue
            if low == "selon" or (low == "d'" and k + 1 < hi and toks[k + 1].low == "après"):
                if k > after and toks[k - 1].low not in {",", "("}:
                    continue
                subject = self.read_source(k + (2 if low == "d'" else 1), hi)
                if subject is not None:
                    if self._heads_a_clause(subject, hi, toks[k].start):
                        continue
                    return Cue("selon_after", subject, "selon", toks[k].start)
        return None

    def _heads_a_clause(self, subject: Subject, hi: int, at: int) -> bool:
        """Whether a "selon X," aside opens a relative clause with its own subject pronoun ("à Tomsk, où, selon ses
        proches, il a été « … » empoisonné"): X is the source of that clause, not of a quote before it."""
        toks = self.tokens
        s = bisect_right(self._starts, at) - 1
        relative = s >= 2 and toks[s - 1].low == "," and toks[s - 2].low in self.lex.words("relative_word")
        k = bisect_right(self._starts, subject.start + len(subject.text) - 1)
        return relative and k + 1 < hi and toks[k].low == "," and toks[k + 1].low in PRONOUNS

    def _final_inversion(self, k: int, hi: int) -> Cue | None:
        """ "… « … » pour l'après-crise a indiqué son entourage.": an inverted attribution closing the sentence
        without its comma; the subject must name a speaker (a mention, a title, a group or an organisation)."""
        toks = self.tokens
        prev = toks[k - 1].low
        if prev in PRONOUNS or prev in CLAUSE_WORDS or prev in self.aux or k - 1 in self.mention_of:
            return None
        verb = self.verb_at(k + 1) if k + 1 < hi else None
        if verb is None:
            return None
        subject = self.np_after(verb[1], hi)
        if subject is None:
            return None
        end = subject.start + len(subject.text)
        rest = [t for t in toks[verb[1] : hi] if t.start >= end and t.low not in SENTENCE_END]
        named = subject.kind == "mention" or any(
            w in self.titles or w in self.lex.words("group_word") or w in self.lex.words("org_word")
            for w in subject.words
        )
        if rest or not named:
            return None
        return Cue("selon_after", subject, verb[0], toks[k].start)

    def next_sentence_cue(self, after: int, hi: int) -> Cue | None:
        """A quote standing alone as a sentence, attributed by the next one: « … ». X a fustigé …"""
        toks = self.tokens
        if any(t.is_word for t in toks[after:hi]) or hi >= len(toks):
            return None
        nxt = hi
        end = nxt
        while end < len(toks) and toks[end].sent == toks[nxt].sent and toks[end].para == toks[nxt].para:
            if toks[end].quote >= 0:
                return None
            end += 1
        for i in range(nxt, min(end, nxt + 20)):
            verb = self.verb_at(i)
            agent = self.passive_agent(i, end) if verb else None
            if agent is not None:  # « … ». Voici les critères exigés par la propriétaire.
                return Cue("next_sentence", agent, verb[0], toks[i].start)
            if verb and self.is_verb_use(i) and not toks[i].inversion():
                subject = self.np_before(i, nxt)
                if subject is not None:
                    return Cue("next_sentence", subject, verb[0], toks[i].start)
                return None
        return None

    def next_sentence_subject(self, after: int, hi: int) -> Cue | None:
        """A quote opening a paragraph alone, then a sentence whose subject is a named or titled person ("« … ».
        La secrétaire d'État, Marlène Schiappa, n'a pas masqué sa colère."): the lede's speaker."""
        toks = self.tokens
        if any(t.is_word for t in toks[after:hi]) or hi >= len(toks) or toks[hi].para != toks[after - 1].para:
            return None
        subject = self.read_np(hi, len(toks))
        if subject is None or subject.start != toks[hi].start:
            return None
        named = subject.kind == "mention" and subject.mention is not None and subject.mention.label == "PER"
        if named or (subject.kind == "description" and self._has_title(subject.words)):
            return Cue("next_sentence", subject, None, subject.start)
        return None

    def prior_source(self, lo: int, first: int, bare: bool = False) -> Cue | None:
        """Who the sentence before a quote standing alone names as speaking: « … » after "X s'est confié à
        l'AFP.", "Selon X, …", "Pour X, ce n'est pas …", "X explique avoir …" (incises of other quotes are not
        read); ``bare``: also a person opening that sentence as its subject ("La chanteuse a donné de ses
        nouvelles.")."""
        toks = self.tokens
        if lo == 0 or toks[first].para - toks[lo - 1].para > 1:
            return None
        b = lo
        a = b - 1
        while a > 0 and toks[a - 1].sent == toks[b - 1].sent and toks[a - 1].para == toks[b - 1].para:
            a -= 1
        for i in range(a, b):
            t = toks[i]
            if self._quoted(t):
                continue
            if t.low == "selon" or (t.low == "d'" and i + 1 < b and toks[i + 1].low == "après"):
                subject = self.read_source(i + (2 if t.low == "d'" else 1), b)
                if subject is not None:
                    return Cue("prior_sentence", subject, "selon", t.start)
            if t.low == "pour" and i == a:
                subject = self.read_np(i + 1, b)
                end = subject.start + len(subject.text) if subject is not None else -1
                named = subject is not None and (
                    subject.kind in ("mention", "pronoun") or self._has_title(subject.words)
                )
                if named and any(x.low == "," and x.start >= end for x in toks[i + 1 : b][:14]):
                    return Cue("prior_sentence", subject, "pour", t.start)
            verb = self.verb_at(i)
            if verb is None or t.inversion():
                continue
            incise = i > a and (toks[i - 1].low == "," or self._quoted(toks[i - 1]))
            k = i - 1
            while k > a and toks[k].low in self.aux:
                k -= 1
            incise = incise or (k < i - 1 and (toks[k].low == "," or self._quoted(toks[k])))
            if incise and not self._governs_clause(verb[1], b):
                continue
            agent = self.passive_agent(i, b)
            if agent is not None:
                return Cue("prior_sentence", agent, verb[0], t.start)
            if self.is_verb_use(i):
                subject = self.np_before(i, a)
                if subject is not None and (subject.kind != "description" or self.speaking(subject)):
                    return Cue("prior_sentence", subject, verb[0], t.start)
        if bare:
            subject = self.read_np(a, b)
            if subject is not None and subject.kind == "mention" and subject.mention.label == "PER":
                return Cue("prior_sentence", subject, None, subject.start)
            if subject is not None and subject.kind == "description" and self._has_title(subject.words):
                return Cue("prior_sentence", subject, None, subject.start)
        return None

    def reporting_subjects(self) -> list[tuple[int, Subject]]:
        """Subjects of reporting verbs outside quotes, in text order (antecedents for later pronouns)."""
        toks = self.tokens
        out: list[tuple[int, Subject]] = []
        lo = 0
        for i, t in enumerate(toks):
            if i and (t.sent != toks[i - 1].sent or t.para != toks[i - 1].para):
                lo = i
            if t.quote >= 0 or t.inversion() or not self.verb_at(i) or not self.is_verb_use(i):
                continue
            subject = self.np_before(i, lo)
            if subject is not None:
                out.append((t.start, subject))
        return out

    def left_cue(self, lo: int, first: int) -> Cue | None:
        """The cue nearest before the quote in its sentence."""
        toks = self.tokens
        if first - 1 >= lo and toks[first - 1].low == ":":
            cue = self._left_scan(lo, first - 1)
            if cue is not None:
                return cue
            subject = self.read_np(lo, first - 1)
            named = subject is not None and subject.kind == "mention" and subject.mention.label in ("PER", "ORG")
            if subject is not None and (named or self._has_title(subject.words)):
                return Cue("left_colon", subject, None, toks[lo].start)
            if subject is not None and subject.kind == "pronoun" and self._speech_after_colon(lo, first):
                return Cue("left_colon", subject, None, toks[lo].start)
            return None  # "Levallois-Perret : « … »": a place is the topic, not the speaker
        return self._left_scan(lo, first) or self._intent(lo, first)

    def _intent(self, lo: int, first: int) -> Cue | None:
        """ "Il compte « leur demander … »", "X veut « prendre rapidement des mesures »": a verb of intent right
        before a quoted infinitive phrase reports what its subject said it would do."""
        toks = self.tokens
        i = first - 1
        while i > lo and toks[i].low in self.skip:
            i -= 1  # "compte bien", "entend désormais"
        lemma = self.lex.intent_forms.get(toks[i].low) if i >= lo else None
        inner = first + 1 if first + 1 < len(toks) and not toks[first].is_word else first
        if lemma is None or not toks[inner].is_word or not toks[inner].text[:1].islower():
            return None
        if self.quote_words.get(toks[first].quote, 0) < 2:
            return None
        prev = toks[i - 1].low if i > 0 else ""
        if prev in DETS | PREPS | {"l'", "se", "s'", "en"}:
            return None  # "le compte", "prendre en compte", "se veut": no intent of a speaker
        subject = self.np_before(i, lo)
        return Cue("left_verb", subject, lemma, toks[i].start) if subject is not None else None

    def _left_scan(self, lo: int, first: int) -> Cue | None:
        toks = self.tokens
        fallback: Cue | None = None
        for i in range(first - 1, lo - 1, -1):
            t = toks[i]
            if t.quote >= 0 and not (t.is_word and self.quote_words.get(t.quote, 0) == 1):
                continue
            if t.low == "selon" or (t.low == "d'" and i + 1 < first and toks[i + 1].low == "après"):
                subject = self.read_source(i + (2 if t.low == "d'" else 1), first)
                if subject is not None:
                    return Cue("left_selon", subject, "selon", t.start)
            if t.low == "pour" and (i == lo or self._list_marks(lo, i)):
                subject = self.read_np(i + 1, first)
                definite = subject is not None and subject.words[:1] in (("le",), ("la",), ("l'",), ("les",))
                if subject is not None and (subject.kind in ("mention", "pronoun") or definite):
                    return Cue("left_selon", subject, "pour", t.start)
            if t.low == "pour" and i > lo:
                subject = self._pour_aside(i, lo, first)
                if subject is not None:
                    return Cue("left_selon", subject, "pour", t.start)
            near = first - i <= 8 or toks[first - 1].low in {"de", "d'", ":"}
            if t.low in self.nouns and i + 1 < first and toks[i + 1].low in DE and self._after_det(i, lo) and near:
                contracted = toks[i + 1].low in {"du", "des"}
                subject = self.read_np(i + 2, first, bare=contracted)
                if subject is not None and toks[i + 1].low in {"du", "des"} and subject.kind == "description":
                    det = "le " if toks[i + 1].low == "du" else "les "
                    subject = Subject("description", det + subject.text, subject.start, None, subject.words)
                if subject is not None:
                    return Cue("left_noun", subject, t.low, t.start)
            verb = self.verb_at(i)
            agent = self.passive_agent(i, first) if verb else None
            if agent is not None:
                # "une information démentie par la SNCF, qui parle d'« … »": the agent said it
                return Cue("left_verb", agent, verb[0], t.start)
            if verb and self.is_verb_use(i):
                lemma, _ = verb
                inv = t.inversion()
                if inv:
                    return Cue("left_verb", Subject("pronoun", inv[1], t.start, words=(inv[1],)), lemma, t.start)
                j = i - 1
                while j >= lo and (toks[j].low in self.aux or self.skippable(j)):
                    inv = toks[j].inversion()
                    if inv:
                        subject = Subject("pronoun", inv[1], toks[j].start, words=(inv[1],))
                        return Cue("left_verb", subject, lemma, t.start)
                    j -= 1
                if j >= lo and toks[j].inversion():
                    inv = toks[j].inversion()
                    subject = Subject("pronoun", inv[1], toks[j].start, words=(inv[1],))
                    return Cue("left_verb", subject, lemma, t.start)
                leading = self._leading_incise(lo, i, verb[1], first)
                if leading is not None:
                    return Cue("left_verb", leading, lemma, t.start)
                subject = self.participle_subject(lo, i) if t.low.endswith("ant") else self.np_before(i, lo)
                if subject is not None and subject.kind == "pronoun" and subject.words[:1] in PLAIN_PRONOUNS:
                    # "Un autre fidèle explique qu'ensemble ils évoquaient « … »", "a-t-elle ajouté, soulignant
                    # qu'il regrettait ce « … »": the one who tells it (the same person when "il" is the teller)
                    k = bisect_right(self._starts, subject.start) - 1
                    main = self._reported_clause_verb(k, lo)
                    teller = None
                    if main is not None:
                        participial = toks[main].low.endswith("ant")
                        teller = self.participle_subject(lo, main) if participial else self.np_before(main, lo)
                    if teller is not None and (
                        teller.kind in ("mention", "description") or teller.words != subject.words
                    ):
                        return Cue("left_verb", teller, self.verb_at(main)[0], toks[main].start)
                cue = Cue("left_verb", subject, lemma, t.start)
                if self._document(subject) and self._source_opens(lo, i):
                    # "Selon elle, la note n'évoque « … »": the document says what its source reads in it
                    source = self.read_np(lo + (2 if toks[lo].low == "d'" else 1), i)
                    if source is not None and not self._document(source):
                        return Cue("left_selon", source, "selon", toks[lo].start)
                if subject is not None or not self._source_opens(lo, i):
                    return cue
                fallback = fallback or cue  # "Selon lui, X préparait une « action » menaçant des « … »"
        return fallback

    def _leading_incise(self, lo: int, i: int, nxt: int, first: int) -> Subject | None:
        """ "En outre, a fait valoir Gérard Larcher, « … »", "Par ailleurs, a ajouté la ministre, « … »": an inverted
        reporting clause set off by commas after a short adverbial opener, right before the quote, names its
        speaker (the noun phrase after the verb)."""
        toks = self.tokens
        if toks[i].low.endswith("ant") or first - 1 <= nxt or toks[first - 1].low != ",":
            return None
        j = i - 1
        while j >= lo and (toks[j].low in self.aux or self.skippable(j)):
            j -= 1
        if j <= lo or toks[j].low != "," or j - lo > MAX_INCISE_OPENER_TOKENS:
            return None
        if any(toks[k].quote >= 0 or toks[k].low in PUNCT_STOP or self.verb_at(k) for k in range(lo, j)):
            return None  # the opener is an adverbial phrase, not a clause of its own
        if any(toks[k].low in PUNCT_STOP or toks[k].quote >= 0 for k in range(nxt, first - 1)):
            return None
        subject = self.np_after(nxt, first - 1)
        return subject if subject is not None and subject.kind in ("mention", "description") else None

    def _document(self, subject: Subject | None) -> bool:
        """Whether a description names a document with no author of its own ("la note", "ce rapport", not "le
        rapport du ministère"), which speaks for the source that reads it."""
        if subject is None or subject.kind != "description" or any(w in DE for w in subject.words):
            return False
        return any(w in self.lex.words("doc_word") for w in subject.words[:2])

    def _source_opens(self, lo: int, i: int) -> bool:
        """Whether "selon"/"d'après" opens the sentence before token i: a participle with no subject of its own
        then leaves the quote to that source."""
        toks = self.tokens
        return i > lo + 1 and (toks[lo].low == "selon" or (toks[lo].low == "d'" and toks[lo + 1].low == "après"))

    def headline_name(self, lo: int, first: int) -> Cue | None:
        """A headline's "Marine Le Pen « n'enverrait pas ses enfants »": the person named right before the
        quote, opening its clause, said it."""
        toks = self.tokens
        m = self.mention_of.get(first - 1) if first - 1 >= lo else None
        if m is None or m.label != "PER":
            return None
        k = first - 1
        while k > lo and self.mention_of.get(k - 1) is m:
            k -= 1
        if k > lo and toks[k - 1].low not in {":", ",", "-", "–", "—"} | HONORIFICS:
            return None
        if any(t.low in {"pour", "selon"} and not self._quoted(t) for t in toks[lo:k]):
            return None  # "pour X, Y « est travaillé par … »": Y is who the words are about
        return Cue("left_colon", Subject("mention", m.text, m.start, m), None, m.start)

    def incise_inside(self, q: int, first: int, after: int) -> Cue | None:
        """« …, a-t-il déclaré, … »: an attribution incise left inside the marks."""
        self.inside = q
        try:
            return self._incise_inside(q, first, after)
        finally:
            self.inside = -1

    def _incise_inside(self, q: int, first: int, after: int) -> Cue | None:
        toks = self.tokens
        for k in range(first + 2, after - 2):
            if toks[k - 1].low != "," or toks[k].quote != q:
                continue
            inv = toks[k].inversion()
            verb = self.verb_at(k)
            n = k + 1
            while inv and n < after and n < k + 3 and toks[n].low in self.skip:
                n += 1  # "…, a-t-il encore assuré. …": an adverb between the auxiliary and the participle
            if inv and verb:
                end = verb[1]
            elif inv and n < after and self.verb_at(n):
                verb = self.verb_at(n)
                end = verb[1]
            elif not inv:
                cue = self._plain_incise(q, k, after)
                if cue is not None:
                    return cue
                continue
            else:
                continue
            verb_end, end = end, self._incise_adverbial(end, after)
            if end < after and toks[end].low in {",", "."} | SENTENCE_END:
                subject = Subject("pronoun", inv[1], toks[k].start, words=(inv[1],))
                if inv[1] == "on":
                    subject = self._on_source(verb_end, end) or subject
                return Cue("incise_inside", subject, verb[0], toks[k].start, self._incise_end(end))
        return None

    def _incise_adverbial(self, end: int, after: int) -> int:
        """Where a short adverbial after an inverted incise's verb ends ("…, explique-t-on dans son entourage.
        …", "…, a-t-il dit mardi sur Europe 1, …"): its comma or full stop; ``end`` if none comes within a few
        words with no verb, mark or other punctuation on the way."""
        toks = self.tokens
        n = end
        while n < after and n < end + 6 and toks[n].low not in {",", "."} | PUNCT_STOP | SENTENCE_END:
            if self.verb_at(n) or toks[n].low in FINITE_AUX or toks[n].low in CLAUSE_WORDS or toks[n].inversion():
                return end
            n += 1
        return n if n < after and toks[n].low in {",", "."} else end

    def _on_source(self, i: int, end: int) -> Subject | None:
        """Who "on" stands for in an incise's adverbial ("…, explique-t-on dans son entourage", "…, indique-t-on
        chez Renault"): the noun phrase after "dans"/"chez", if it names or describes someone."""
        if i >= end or self.tokens[i].low not in {"dans", "chez"}:
            return None
        subject = self.read_np(i + 1, end)
        return subject if subject is not None and subject.kind in ("mention", "description") else None

    def _plain_incise(self, q: int, k: int, after: int) -> Cue | None:
        """« …, a déclaré Jean Dupont à la radio. … »: auxiliary + reporting verb + named subject, closed by a
        comma or a full stop, inside the marks."""
        toks = self.tokens
        j = k
        while j < after and j < k + 3 and toks[j].low in {"a", "avait", "s'", "se", "est", "était", "lui", "leur"}:
            j += 1
        verb = self.verb_at(j) if j < after else None
        if verb is None or (j == k and toks[j].low == verb[0]):
            return None  # ", menacer des hommes …": an infinitive in an enumeration is no incise
        subject = self.np_after(verb[1], after)
        if subject is None or subject.kind not in ("mention", "description"):
            return None
        end = verb[1]
        subject_end = max(subject.start + len(subject.text), subject.mention.end if subject.mention else 0)
        while (
            end < after
            and end < verb[1] + 12
            and (toks[end].low not in {",", "."} | SENTENCE_END or toks[end].start < subject_end)
        ):
            if toks[end].low in INCISE_BREAKS:
                return None  # "…, menacer des hommes : 'toi …!'": a colon or an inner quote is no incise
            end += 1  # "a confié l'avocat de X, Renaud Portejoie.": the apposition belongs to the incise
        if end >= after or toks[end].low not in {",", "."} | SENTENCE_END:
            return None
        if (
            toks[end].low == ","
            and end + 1 < after
            and toks[end + 1].low in DETS | {"l'"} | self.lex.words("person_title")
        ):
            # "…, avait répondu un responsable de Polydor, le label du groupe. On ne veut pas …": an
            # apposition closed by a full stop belongs to the incise
            n = end + 1
            # "député La France insoumise (LFI) de Seine-Saint-Denis.": a bracketed acronym stays in
            while n < after and n < end + 12 and toks[n].low not in {",", "."} | SENTENCE_END | PUNCT_STOP - {"(", ")"}:
                if self.verb_at(n) or toks[n].low in FINITE_AUX or toks[n].low in CLAUSE_WORDS:
                    break
                n += 1
            if n < after and toks[n].low in {"."} | SENTENCE_END:
                end = n
        return Cue("incise_inside", subject, verb[0], toks[k].start, self._incise_end(self._incise_tail(end, after)))

    def _incise_tail(self, end: int, after: int) -> int:
        """Where an incise inside the marks ends when a clause of the writer's follows its subject ("…, a noté le
        maire, alors qu'il … . B", "…, se souvient un cadre, cité par Le Parisien. B"): the full stop closing that
        clause, if the marks go on after it; else ``end``."""
        toks = self.tokens
        if toks[end].low != "," or end + 2 >= after:
            return end
        head = toks[end + 1].low
        if head not in self.lex.words("incise_tail") and f"{head} {toks[end + 2].low}" not in self.lex.words(
            "incise_tail"
        ):
            return end
        for n in range(end + 2, min(after - 1, end + 30)):
            if toks[n].low in INCISE_BREAKS:
                return end
            if toks[n].low in SENTENCE_END:
                return n
        return end

    def _incise_end(self, end: int) -> int:
        """Where an incise inside the marks stops: after its comma or full stop."""
        return self.tokens[end].end

    def participle_subject(self, lo: int, i: int) -> Subject | None:
        """The subject of a present participle ("…, a-t-il dit, invitant « … »"): the nearest person,
        organisation or pronoun before it in the sentence."""
        from pipeline.core.quotation.speakers import _oblique

        toks = self.tokens
        last_quote = max((j for j in range(lo, i) if toks[j].quote >= 0), default=None)
        if last_quote is not None:
            # "« … », a dit X, ajoutant « … »": the previous quote's speaker, unless a new clause follows it
            for j in range(i - 1, last_quote, -1):
                if toks[j].low in FINITE_AUX:
                    if toks[j - 1].low == "," or toks[j - 1].quote >= 0:
                        # "« … », a encore estimé la vice-présidente, en qualifiant …": inverted subject
                        verb = next((self.verb_at(n) for n in range(j + 1, min(j + 4, i)) if self.verb_at(n)), None)
                        return self.np_after(verb[1], i) if verb else None
                    return self.np_before(j + 1, last_quote + 1)
        incise = self._incise_before(lo, i)
        if incise is not None:
            return incise
        j = i - 1
        while j > lo and toks[j].low in {"se", "s'", "en", "tout"}:
            j -= 1
        absolute = self._np_ending_at(j, lo) if j >= lo and toks[j].quote < 0 else None
        if (
            absolute is not None
            and absolute.kind == "description"
            and absolute.words[:1] in (("le",), ("la",), ("l'",))
            and self._has_title(absolute.words)
        ):
            start = bisect_right(self._starts, absolute.start) - 1
            plain = not any(toks[n].low in FINITE_AUX or self.verb_at(n) for n in range(start, j + 1))
            if plain and start > lo and toks[start - 1].low in {",", ";"}:
                return absolute  # "…, le président se disant « disposé à améliorer » sa réforme"
        for j in range(i - 1, lo - 1, -1):
            if toks[j].quote >= 0:
                continue  # "X a expliqué qu'elle n'arrivait « pas à comprendre » …, ajoutant : « … »"
            inv = toks[j].inversion()
            if inv:
                return Subject("pronoun", inv[1], toks[j].start, words=(inv[1],))
            if toks[j].low in PRONOUNS:
                return Subject("pronoun", toks[j].text, toks[j].start, words=(toks[j].low,))
            m = self.mention_of.get(j)
            k = j
            while m is not None and k > 0 and self.mention_of.get(k - 1) is m:
                k -= 1  # "de GE Belfort": whether the whole mention is a complement
            oblique = k > 0 and (toks[k - 1].low in DE or toks[k - 1].low in PREPS or toks[k - 1].low == "l'")
            if m is not None and m.label in ("PER", "ORG") and not oblique and not _oblique(self, k):
                # "X a demandé à être reçu par le président Y, affirmant …": Y, a complement, is not its subject
                return Subject("mention", m.text, m.start, m)
        for j in range(lo, i):
            if toks[j].low in FINITE_AUX and not (j > lo and toks[j - 1].low in {"qui", "que", "qu'", "dont"}):
                return self.np_before(j + 1, lo)  # "X, qui a son siège à Lyon, a demandé": X's own verb
        return None

    def _incise_before(self, lo: int, i: int) -> Subject | None:
        """ "…, a indiqué le parquet, précisant qu'il avait été « distrait »": a participle right after an
        inverted reporting clause set off by commas has that clause's subject."""
        toks = self.tokens
        if i - 1 <= lo or toks[i - 1].low != ",":
            return None
        start = next((k for k in range(i - 2, max(lo, i - 14), -1) if toks[k].low in {",", ";"}), None)
        if start is None or toks[start].low != "," or start + 1 >= i - 1:
            return None
        if not any(toks[n].low in FINITE_AUX or toks[n].quote >= 0 for n in range(lo, start)):
            return None  # "X, avocate de la partie civile, a qualifié l'accusé de …, estimant": no inversion
        first = start + 1
        if toks[first].low in FINITE_AUX:
            verb = next((self.verb_at(n) for n in range(first + 1, min(first + 3, i)) if self.verb_at(n)), None)
        else:
            verb = self.verb_at(first)
        if verb is None or verb[1] >= i - 1:
            return None
        found = self.np_after(verb[1], i - 1)
        if found is None or found.kind == "pronoun" or found.words[:1] in {(w,) for w in POSSESSIVE}:
            return None  # "ont annoncé ses services, précisant …": whose services, read as before
        return found

    def _after_det(self, i: int, lo: int) -> bool:
        """Whether token i follows a determiner, possibly with one adjective between ("la lourde menace")."""
        toks = self.tokens
        return (i - 1 >= lo and toks[i - 1].low in DETS | {"l'"}) or (
            i - 2 >= lo and toks[i - 2].low in DETS | {"l'"} and toks[i - 1].is_word
        )

    def _governs_clause(self, n: int, limit: int) -> bool:
        """Whether the reporting verb ending before token n has a complement ("…, précise l'hebdomadaire,
        explique avoir voté …", "…, explique qu'il …"): the main verb of its sentence, not an incise."""
        toks = self.tokens
        if n >= limit:
            return False
        low = toks[n].low
        return low in {"que", "qu'", "avoir", "être", ":"}

    def _speech_after_colon(self, lo: int, first: int) -> bool:
        """ "Il évacue la polémique : « C'est simple et ridicule »": a sentence opened by a subject pronoun
        (not an impersonal "il y a", "il faut") introduces with its colon the words of that person; a short
        quote may be a title ("Elle enchaîne les rôles : « Les Parapluies de Cherbourg »")."""
        toks = self.tokens
        if toks[lo].low not in PRONOUNS or lo + 1 >= first or toks[lo + 1].low in self.lex.words("impersonal"):
            return False
        q = toks[first].quote if toks[first].quote >= 0 else toks[min(first + 1, len(toks) - 1)].quote
        return q >= 0 and self.quote_words.get(q, 0) >= 5

    def _list_marks(self, lo: int, i: int) -> bool:
        """Whether only list marks ("•", "-", "*") stand between the sentence start and token i: "• Pour X,
        « … »" opens its sentence as much as "Pour X, « … »"."""
        return i > lo and all(self.tokens[k].quote < 0 and self.tokens[k].low in LIST_MARKS for k in range(lo, i))

    def _pour_aside(self, i: int, lo: int, first: int) -> Subject | None:
        """ "ce sont, pour X, des règles « … »", "Même explication pour X, sociologue à … : « … »": "pour" with a
        person set off by commas means "according to"; not "voter pour X, …" (after a verb or a noun of the
        sentence) nor "pour la plupart," (no person)."""
        toks = self.tokens
        prev = toks[i - 1].low
        colon = ":" in (toks[first - 1].low, toks[min(first, len(toks) - 1)].low)
        heading = i - lo <= 3 and colon  # a verbless opener: "Même analyse pour X, … :"
        if prev not in {",", "et", "mais", "donc", "or"} and not heading:
            return None
        subject = self.read_np(i + 1, first)
        if subject is None or subject.kind == "pronoun":
            return None
        named = subject.kind == "mention" and subject.mention is not None and subject.mention.label == "PER"
        if not named and not (subject.kind == "description" and self._has_title(subject.words)):
            return None
        end = subject.start + len(subject.text)
        after = next((k for k in range(i + 1, first) if toks[k].start >= end), first)
        return subject if after < first and toks[after].low in {",", ":"} else None

    def _has_title(self, words: tuple[str, ...]) -> bool:
        joined = " ".join(words)
        return any(f" {t} " in f" {joined} " for t in self.titles)
