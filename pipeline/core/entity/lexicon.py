"""Word lists and known entities, loaded once from ``pipeline/data``."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.lang.fr.stop_words import STOP_WORDS

from pipeline.core.records import without_accents

DATA = Path(__file__).resolve().parents[2] / "data"
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


WORD = re.compile(r"\w[\w\-]*")


def first_word(text: str) -> str:
    """The first run of word characters and hyphens, the key known names are indexed by."""
    match = WORD.search(text)
    return match.group() if match else text


def fold(text: str) -> str:
    """Comparison key: lower case, no accents, plain apostrophes, single spaces, hyphens as spaces."""
    text = without_accents(text.translate(APOSTROPHES).lower()).replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True, slots=True)
class Known:
    """A known entity: its label and canonical name."""

    label: str
    canonical: str


@dataclass(slots=True)
class Gazetteer:
    """Known names indexed by their first word; ``context`` aliases count only next to a firm mention."""

    by_key: dict[str, Known] = field(default_factory=dict)
    context: dict[str, Known] = field(default_factory=dict)
    by_first_word: dict[str, list[str]] = field(default_factory=dict)

    def add(self, form: str, known: Known, context: bool = False) -> None:
        (self.context if context else self.by_key).setdefault(fold(form), known)
        first = first_word(form)
        self.by_first_word.setdefault(first, [])
        if form not in self.by_first_word[first]:
            self.by_first_word[first].append(form)
            self.by_first_word[first].sort(key=len, reverse=True)

    def lookup(self, text: str) -> Known | None:
        return self.by_key.get(fold(text))

    def lookup_context(self, text: str) -> Known | None:
        return self.context.get(fold(text))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All word lists the clean-up rules use (lower case, except first names)."""

    determiners: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    portfolios: frozenset[str]
    not_entities: frozenset[str]
    dates: frozenset[str]
    demonyms: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    loc_heads: frozenset[str]
    first_names: frozenset[str]
    stop_words: frozenset[str]
    gazetteer: Gazetteer
    place_nouns: frozenset[str] = frozenset()  # "ville de X", "camp d'X": X is a place
    place_offices: frozenset[str] = frozenset()  # "maire de X", "évêque de X": X is a place, also if tagged PER
    company_phrases: frozenset[str] = frozenset()  # "la maison d'édition X": X is an organisation
    number_words: frozenset[str] = frozenset()  # "Trente-neuf": a number written out is no name
    verb_endings: tuple[str, ...] = ()  # "Arrêtez", "Marchons": a verb form opening a quote is no name
    folded_portfolios: frozenset[str] = frozenset()  # fold()ed: "Economie" is a portfolio without its accent
    event_nouns: frozenset[str] = frozenset()  # "Affaire Benalla :": an event named after a person, not a name
    era_nouns: frozenset[str] = frozenset()  # "XIXe siècle": a Roman ordinal with one is a date, no name
    attribute_nouns: frozenset[str] = frozenset()  # 'une livrée « Magma Red »': a colour, trim or version, no name
    colour_words: frozenset[str] = frozenset()  # "Alpina Blue", "Gris Urbain" after a colour noun: a colour
    work_nouns: frozenset[str] = frozenset()  # 'la série "X"': the quoted title of a work, no entity of its own
    address_forms: frozenset[str] = frozenset()  # "Mesdames": a form of address alone is no one
    weekdays: frozenset[str] = frozenset()  # "Mardi M. Dupont": a weekday glued on before a person
    company_nouns: frozenset[str] = frozenset()  # "le groupe britannique X": X is an organisation
    company_adjectives: frozenset[str] = frozenset()  # "le quotidien local X": other adjectives of company nouns
    street_nouns: frozenset[str] = frozenset()  # "pont de X", "rue X": the noun belongs to the place's name
    region_adjectives: frozenset[str] = frozenset()  # "Europe occidentale": a region named after a known place
    cardinal_points: frozenset[str] = frozenset()  # "l'Est de la Chine": a part of a known place, that place
    square_nouns: frozenset[str] = frozenset()  # "la place Tahrir": a name right after the noun, after an article
    venue_nouns: frozenset[str] = frozenset()  # "jardin des Plantes", "prison de la Santé": one place with its noun
    accented_first_names: dict[str, str] = field(default_factory=dict)  # "Edouard" -> "Édouard"
    folded_first_names: frozenset[str] = frozenset()  # fold()ed: "Valérié" is a misspelt first name
    title_phrases: frozenset[str] = frozenset()  # "garde des sceaux": its capitalised last word is no entity
    media_words: frozenset[str] = frozenset()  # "Corse-Matin", "Télé-Loisirs": a hyphenated name with one is media
    facility_loc_heads: frozenset[str] = frozenset()  # "gare de X", "théâtre de X": a place named with the noun
    bare_facility_heads: frozenset[str] = frozenset()  # "hôtel de X", never "hôtel de ville de X": name right after
    facility_org_acronyms: frozenset[str] = frozenset()  # "CHU de Lille": an institution's acronym, in capitals
    facility_org_heads: frozenset[str] = frozenset()  # "tribunal de X", "préfecture de X": an institution
    institution_heads: frozenset[str] = frozenset()  # org_heads and the one-word facility_org_heads
    boilerplate_lines: tuple[str, ...] = ()  # a line holding one of these is page furniture (share buttons, captions)
    common_acronyms: frozenset[str] = frozenset()  # "CDD", "AVC", "Smic": common nouns, never an entity alone
    club_heads: frozenset[str] = frozenset()  # "FC Nantes", "Olympique de X": a sports club
    club_tails: frozenset[str] = frozenset()  # "Manchester City", "Leeds United": a sports club
    capital_names: frozenset[str] = frozenset()  # "SUD" (the union) in capitals, but "le Sud" is no entity
    described_facilities: frozenset[str] = frozenset()  # "l'hôpital de Vichy": a description, its town the mention
    religious_titles: frozenset[str] = frozenset()  # "l'abbé Pierre", "Sœur André": the title is part of the name
    company_nouns_before_names: frozenset[str] = frozenset()  # "le collectif X": an organisation, even if tagged PER
    regional_media: frozenset[str] = frozenset()  # "France 3": "France 3 Bourgogne" is its regional station
    named_facilities: frozenset[str] = frozenset()  # "l'hôpital de la Timone": a place named by a name of its own
    military_units: frozenset[str] = frozenset()  # "5e régiment de …", "11e brigade …": a unit, an organisation
    military_unit_words: frozenset[str] = frozenset()  # "1er régiment étranger …": words a unit's name goes on with
    not_unit_acronyms: frozenset[str] = frozenset()  # "1er RER", "2e BTS": an ordinal and an acronym, no unit
    body_nouns: frozenset[str] = frozenset()  # "présidence": a complement coordinated with one is a second body
    given_names: frozenset[str] = frozenset()  # first names, with the longer lists of the gender files ("Adama")


_ARTICLE_FORMS = {
    "Le ": ("le ", "au ", "du "),
    "La ": ("la ", "à la ", "de la "),
    "Les ": ("les ", "aux ", "des "),
    "L'": ("l'", "l’", "à l'", "à l’", "de l'", "de l’"),
}


def _article_variants(form: str) -> list[str]:
    """How a name starting with an article is written inside a sentence ("Le Monde" -> "au Monde")."""
    for article, variants in _ARTICLE_FORMS.items():
        if form.startswith(article) and form[len(article) :][:1].isupper():
            return [v + form[len(article) :] for v in variants]
    return []


def _gazetteer(path: Path) -> Gazetteer:
    gaz = Gazetteer()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [*line.split("\t"), "", "", ""]
        label, canonical, aliases, context = cols[:4]
        known = Known(label, canonical)
        forms = [f for f in [canonical, *aliases.split("|")] if f]
        for form in forms:
            gaz.add(form, known)
        for form in forms:
            for variant in _article_variants(form):
                gaz.add(variant, known)
        for form in context.split("|"):
            if form:
                gaz.add(form, known, context=True)
    return gaz


def inflections(bases: frozenset[str]) -> frozenset[str]:
    """Demonyms in every gender and number from their base forms ("ivoirien" -> "ivoirienne", "ivoiriens",
    "ivoiriennes"; "turc" -> "turque"; "kurde" -> "kurdes")."""
    out = set(bases)
    for base in bases:
        if base.endswith("en"):
            feminine = base + "ne"
        elif base.endswith("c"):
            feminine = base + "que" if base.endswith("ec") else base[:-1] + "que"  # "grecque", "turque"
        elif base.endswith("e"):
            feminine = base
        else:
            feminine = base + "e"
        out |= {feminine, feminine + "s"}
        out.add(base if base.endswith(("s", "x")) else base + "s")
    return frozenset(out)


def _accented(names: list[str]) -> dict[str, str]:
    """First names written without their initial's accent ("Edouard", "Eric") -> the accented spelling."""
    out = {}
    for name in names:
        plain = unicodedata.normalize("NFKD", name[0])[0] + name[1:]  # the initial's base letter (not a folding)
        if plain != name:
            out[plain] = name
    return out


@cache
def _names(*paths: Path) -> frozenset[str]:
    """Names listed one a line in text files (blank lines and "#" comments aside)."""
    lines = (line.strip() for path in paths for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def lexicon() -> Lexicon:
    """The lexicon, read from the data files on first use."""
    lists = json.loads((DATA / "entity_lexicon.json").read_text(encoding="utf-8"))

    def words(name: str) -> frozenset[str]:
        return frozenset(w.translate(APOSTROPHES) for w in lists[name])

    return Lexicon(
        determiners=words("determiners"),
        honorifics=words("honorifics"),
        titles=words("titles"),
        portfolios=words("portfolios"),
        not_entities=words("not_entities"),
        dates=words("dates"),
        demonyms=inflections(words("demonyms")),
        org_heads=words("org_heads"),
        org_tails=words("org_tails"),
        loc_heads=words("loc_heads"),
        first_names=frozenset(lists["first_names"]),
        stop_words=frozenset(STOP_WORDS),
        gazetteer=_gazetteer(DATA / "known_entities.tsv"),
        place_nouns=words("place_nouns"),
        company_nouns=words("company_nouns"),
        company_adjectives=words("company_adjectives"),
        company_phrases=words("company_phrases"),
        place_offices=words("place_offices"),
        number_words=words("number_words"),
        weekdays=words("weekdays"),
        address_forms=words("address_forms"),
        work_nouns=words("work_nouns"),
        folded_portfolios=frozenset(fold(p) for p in lists["portfolios"]),
        event_nouns=words("event_nouns"),
        era_nouns=words("era_nouns"),
        attribute_nouns=words("attribute_nouns"),
        colour_words=words("colour_words"),
        verb_endings=tuple(lists.get("verb_endings", ())),
        street_nouns=words("street_nouns"),
        region_adjectives=words("region_adjectives"),
        cardinal_points=words("cardinal_points"),
        square_nouns=words("square_nouns"),
        venue_nouns=words("venue_nouns"),
        accented_first_names=_accented(lists["first_names"]),
        folded_first_names=frozenset(fold(n) for n in lists["first_names"]),
        title_phrases=words("title_phrases"),
        media_words=words("media_words"),
        facility_loc_heads=words("facility_loc_heads"),
        bare_facility_heads=words("bare_facility_heads"),
        facility_org_heads=words("facility_org_heads"),
        institution_heads=words("org_heads") | {h for h in words("facility_org_heads") if " " not in h},
        facility_org_acronyms=words("facility_org_acronyms"),
        boilerplate_lines=tuple(lists.get("boilerplate_lines", ())),
        common_acronyms=words("common_acronyms"),
        club_heads=words("club_heads"),
        club_tails=words("club_tails"),
        capital_names=frozenset(lists.get("capital_names", ())),
        described_facilities=words("described_facilities"),
        religious_titles=words("religious_titles"),
        company_nouns_before_names=words("company_nouns_before_names"),
        body_nouns=words("body_nouns"),
        named_facilities=words("named_facilities"),
        military_units=words("military_units"),
        military_unit_words=words("military_unit_words"),
        not_unit_acronyms=frozenset(lists["not_unit_acronyms"]),
        regional_media=frozenset(lists["regional_media"]),
        given_names=frozenset(lists["first_names"])
        | _names(DATA / "female_first_names.txt", DATA / "male_first_names.txt"),
    )
