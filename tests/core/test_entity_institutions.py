"""Institutions named by a common-noun head and a complement (invented sentences, other names than the references)."""

from __future__ import annotations

import pytest

from pipeline.core.entities import join_institution_heads
from pipeline.core.entity.institutions import extend_complements, institution_names, military_units, verb_cut
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.matching import expansions
from pipeline.core.entity.spans import Candidate
from pipeline.core.records import EntityMention


def extended(text: str, span: str, label: str = "ORG", canonical: str | None = None) -> str:
    start = text.index(span)
    (got,) = extend_complements(text, [Candidate(start, start + len(span), label, 1, canonical)], lexicon())
    return text[got.start : got.end]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Selon l'Institut national de démographie, la natalité baisse.", "Institut national", None),
        ("Membre de l'Académie royale de pharmacie depuis 2010.", "Académie royale", "Académie royale de pharmacie"),
        ("Le Haut Conseil à la famille a rendu un avis.", "Haut Conseil", "Haut Conseil à la famille"),
        ("la Haute Autorité de santé publique recommande", "Haute Autorité", "Haute Autorité de santé publique"),
    ],
)
def test_head_gets_its_complement(text, span, expected):
    assert extended(text, span) == (expected or "Institut national de démographie")


@pytest.mark.parametrize(
    ("text", "span", "label", "canonical"),
    [
        ("Le Conseil national de mardi a voté.", "Conseil national", "ORG", None),  # a date, no complement
        ("L'Institut national de la ville de Lyon.", "Institut national de la ville", "ORG", None),  # has one
        ("l'Assemblée nationale de l'époque", "Assemblée nationale", "ORG", "Assemblée nationale"),  # known name
        ("Le Bureau Veritas de Lille.", "Bureau Veritas", "ORG", None),  # capitalised: a place, other rules
        ("Le Centre Pompidou de ce quartier", "Centre Pompidou", "ORG", None),  # a determiner, not a complement
        ("Marie Institut de danse", "Marie", "PER", None),  # not an organisation
    ],
)
def test_no_complement(text, span, label, canonical):
    assert extended(text, span, label, canonical) == span


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Interrogée, la Direction régionale de la culture rassure les élus.",
            "Direction régionale de la culture rassure",
            "Direction régionale de la culture",
        ),
        (
            "l'Agence nationale de la recherche dément qu'il y ait un retard",
            "Agence nationale de la recherche dément",
            "Agence nationale de la recherche",
        ),
        # adjectives stay, and a last word with nothing after it that looks like an object
        (
            "la Haute Autorité de santé publique recommande le port",
            "Haute Autorité de santé publique",
            "Haute Autorité de santé publique",
        ),
        ("le Mouvement des jeunes socialistes, qui", "Mouvement des jeunes socialistes", None),
        ("le Conseil supérieur de la magistrature statue.", "Conseil supérieur de la magistrature statue", None),
    ],
)
def test_verb_cut(text, span, expected):
    start = text.index(span)
    assert text[start : verb_cut(text, start, start + len(span))] == (expected or span)


def test_ministry_with_a_demonym_and_long_state_bodies():
    text = (
        "convoqué au ministère japonais des Affaires étrangères. Le ministère de la Culture aussi. "
        "Selon la chambre régionale des comptes Bretagne, et la chambre de commerce et d'industrie."
    )
    got = [text[c.start : c.end] for c in institution_names(text, lexicon())]
    assert "ministère japonais des Affaires étrangères" in got
    assert "ministère de la Culture" in got
    assert "chambre régionale des comptes Bretagne" in got
    assert "chambre de commerce et d'industrie" in got


@pytest.mark.parametrize(
    "text",
    [
        "le ministère public a requis",  # no portfolio
        "un ministère fort de la Défense",  # an adjective that is no demonym
        "une chambre régionale des comptes peut saisir",  # any of them
        "le ministère des Finances publiques",  # counted once, with its adjective
    ],
)
def test_no_institution_pattern(text):
    got = [text[c.start : c.end] for c in institution_names(text, lexicon())]
    assert got in ([], ["ministère des Finances publiques"])


def test_lower_case_institution_before_its_acronym():
    text = "une note de la direction nationale du renseignement douanier (DNRD) circule"
    assert [text[c.start : c.end] for c in expansions(text, lexicon())] == [
        "direction nationale du renseignement douanier"
    ]
    text = "une note sur les véhicules de transport avec chauffeur (VTC)"  # no institution noun
    assert expansions(text, lexicon()) == []


def _mention(name: str) -> EntityMention:
    return EntityMention("body", 0, len(name), name, "ORG", name)


def test_institution_and_its_place_joined():
    got = join_institution_heads(
        [_mention("tribunal correctionnel"), _mention("tribunal correctionnel de Rennes"), _mention("Institut Curie")]
    )
    assert [m.canonical_name for m in got] == [
        "tribunal correctionnel de Rennes",
        "tribunal correctionnel de Rennes",
        "Institut Curie",
    ]


def test_institution_with_two_places_or_a_capitalised_name_stays():
    names = ["tribunal correctionnel", "tribunal correctionnel de Rennes", "tribunal correctionnel de Brest"]
    assert [m.canonical_name for m in join_institution_heads([_mention(n) for n in names])] == names
    names = ["Institut Curie", "Institut Curie de Saint-Cloud"]
    assert [m.canonical_name for m in join_institution_heads([_mention(n) for n in names])] == names


def test_body_named_after_a_person_is_the_body():
    text = "La fondation Jacques Durandeau a porté plainte, comme l'association Marie de Villers."
    got = [(text[c.start : c.end], c.label) for c in institution_names(text, lexicon())]
    assert ("fondation Jacques Durandeau", "ORG") in got
    assert ("association Marie de Villers", "ORG") in got


@pytest.mark.parametrize(
    "text",
    [
        "La fondation Abbé Durandeau a parlé.",  # no first name: the model decides
        "Une fondation a reçu Jacques. Durandeau parle.",  # no name right after the noun
        "l'école Jacques Le a fermé",  # a particle with no surname
    ],
)
def test_no_body_named_after_a_person(text):
    got = [text[c.start : c.end] for c in institution_names(text, lexicon())]
    assert not any(g.lower().startswith(("fondation", "école", "association")) for g in got)


def test_demonym_with_lower_case_words_is_no_place():
    from pipeline.core.entity.spans import clean_span

    text = "Il se dit Monégasque de cœur et vit à Monaco."
    start = text.index("Monégasque de cœur")
    assert clean_span(text, start, start + len("Monégasque de cœur"), "LOC", lambda w: False) == []
    start = text.index("Monaco")
    assert [c.label for c in clean_span(text, start, start + 6, "LOC", lambda w: False)] == ["LOC"]


def _names(text: str) -> list[str]:
    return [text[c.start : c.end] for c in institution_names(text, lexicon())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a été exclu du lycée Anatole-Vernet de Brest.", "lycée Anatole-Vernet"),
        ("Une alerte à l'école Méhul ce matin.", "école Méhul"),
        ("Elle entre au collège Immaculate Heart.", "collège Immaculate Heart"),
        ("selon le ministère du Tourisme, les arrivées baissent.", "ministère du Tourisme"),
        ("Le ministère russe des Situations d'urgence a dit.", "ministère russe des Situations d'urgence"),
        ("Le ministère de la Mer et des Pêches a dit.", "ministère de la Mer et des Pêches"),
        (
            "le ministère de la Transition énergétique et solidaire",
            "ministère de la Transition énergétique et solidaire",
        ),
    ],
)
def test_school_named_after_anything_and_any_ministry_portfolio(text, expected):
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Il a quitté l'école très tôt.", "école"),
        ("Le ministère de Benjamin Netanyahu a dit.", "ministère de Benjamin"),  # a person, no portfolio
        ("Le ministère de la Culture et Franck Riester ont dit.", "ministère de la Culture et Franck"),
        ("Le ministère de l'Education a annoncé la rentrée.", "ministère de l'Education a"),  # the verb stops it
    ],
)
def test_no_school_or_portfolio_without_a_name(text, unexpected):
    assert all(not n.startswith(unexpected) or n == unexpected.rsplit(" ", 1)[0] for n in _names(text))
    assert unexpected not in _names(text)


def test_complement_takes_a_religious_adjective():
    text = "le délégué du Conseil français du culte musulman a parlé"
    assert extended(text, "Conseil français") == "Conseil français du culte musulman"


def test_participle_with_its_infinitive_is_cut_from_a_name():
    text = "le président du Conseil scientifique chargé de guider les gouvernements"
    start = text.index("Conseil")
    assert text[start : verb_cut(text, start, text.index(" de guider"))] == "Conseil scientifique"
    text = "le Conseil supérieur de l'audiovisuel a parlé"  # no participle: left alone
    start = text.index("Conseil")
    assert verb_cut(text, start, text.index(" a parlé")) == text.index(" a parlé")


def test_a_participle_after_a_ministry_is_the_verb():
    names = _names("les fonctionnaires du ministère du Kardamisme rémunérés plus que les autres")
    assert "ministère du Kardamisme" in names
    assert "ministère de la Santé publique" in _names("le ministère de la Santé publique a dit")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a second lower-case complement coordinated with the last one belongs to the name
        (
            "Selon l'Union nationale des arboriculteurs de la pomme et de la poire (UNAP), rien.",
            "Union nationale des arboriculteurs de la pomme",
            "Union nationale des arboriculteurs de la pomme et de la poire",
        ),
        (
            "le Centre régional de la forêt et des milieux aquatiques a dit",
            "Centre régional de la forêt",
            "Centre régional de la forêt et des milieux aquatiques",
        ),
        (
            "l'Agence nationale de contrôle du bois et des produits de santé a dit",
            "Agence nationale de contrôle du bois",
            "Agence nationale de contrôle du bois et des produits de santé",
        ),
        # a body or group after "et": a second one, not a complement of the name
        ("relève du Conseil des sages et de la présidence, selon lui", "Conseil des sages", None),
        ("les membres de l'Association des maires ruraux et des élus locaux", "Association des maires ruraux", None),
        ("le Syndicat des cheminots de la Somme et des Ardennes", "Syndicat des cheminots de la Somme", None),
        ("l'Institut de la mer et de mardi", "Institut de la mer", None),  # a date, no noun
    ],
)
def test_coordinated_complement(text, span, expected):
    assert extended(text, span) == (expected or span)


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        # a capitalised institution noun after "ministère de X et de" opens a second body
        (
            "a-t-on appris auprès du ministère de la Culture et de l'Agence régionale de santé",
            "ministère de la Culture",
            "ministère de la Culture et de l'Agence",
        ),
        (
            "sous l'impulsion du ministère de l'Intérieur et de la Préfecture de police",
            "ministère de l'Intérieur",
            "ministère de l'Intérieur et de la Préfecture",
        ),
        # two portfolios of one ministry stay one name
        ("Le ministère de l'Économie et des Finances a dit.", "ministère de l'Économie et des Finances", None),
    ],
)
def test_ministry_and_a_second_body(text, expected, unexpected):
    names = _names(text)
    assert expected in names
    assert unexpected is None or all(not n.startswith(unexpected) for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les soldats du 7e régiment de génie de combat sont rentrés.", ["7e régiment de génie de combat"]),
        ("Il servait au 2e régiment étranger d'infanterie, à Nîmes.", ["2e régiment étranger d'infanterie"]),
        ("La 9e brigade d'infanterie de marine et le 6e BIMa", ["9e brigade d'infanterie de marine", "6e BIMa"]),
        ("un caporal du 16e bataillon de chasseurs alpins a été blessé", ["16e bataillon de chasseurs alpins"]),
        ("Le 12ème escadron de gendarmerie mobile est arrivé.", ["12ème escadron de gendarmerie mobile"]),
    ],
)
def test_military_units_are_organisations(text: str, expected: list[str]) -> None:
    found = military_units(text, lexicon())
    assert [text[c.start : c.end] for c in found] == expected and {c.label for c in found} == {"ORG"}


@pytest.mark.parametrize(
    "text",
    [
        "Le club évolue en 3e division depuis deux saisons.",  # a league, not a unit
        "Elle a fini 2e de la compagnie de danse.",  # a rank
        "Le 1er RER de la journée est parti.",  # an ordinal and an acronym that is no unit
        "C'est le 5e régime de sanctions adopté.",
    ],
)
def test_ordinals_that_are_no_military_unit(text: str) -> None:
    assert military_units(text, lexicon()) == []


def test_emergency_services_named_by_their_place_are_organisations() -> None:
    from pipeline.core.entity.facilities import facility_start

    text = "Le Samu de Marseille et le Sdis des Bouches-du-Rhône sont intervenus."
    lex = lexicon()
    assert facility_start(text, text.index("Marseille"), lex) == (text.index("Samu"), "ORG")
    assert facility_start(text, text.index("Bouches"), lex) == (text.index("Sdis"), "ORG")


def test_police_headquarters_in_lower_case_and_left_to_the_facility_rules_with_its_city():
    text = "a annoncé la préfecture de police mardi. Selon la préfecture de police de Lyon, rien ne bouge."
    got = [text[c.start : c.end] for c in institution_names(text, lexicon())]
    assert got == ["préfecture de police"]


def test_police_headquarters_needs_the_definite_article():
    text = "une préfecture de police a ouvert, et un agent de police de Lyon."
    assert institution_names(text, lexicon()) == []


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "il veut saisir le Conseil régional des notaires pour ces erreurs de procédure",
            "Conseil régional des notaires pour ces erreurs de procédure",
            "Conseil régional des notaires",
        ),
        (
            "la Chambre nationale des huissiers avec ses adhérents a voté",
            "Chambre nationale des huissiers avec ses adhérents",
            "Chambre nationale des huissiers",
        ),
        # an article after the preposition is part of a name
        (
            "selon la Fondation pour la recherche sur les algues, le taux monte",
            "Fondation pour la recherche sur les algues",
            None,
        ),
    ],
)
def test_a_clause_complement_ends_an_organisation(text, span, expected):
    start = text.index(span)
    assert text[start : verb_cut(text, start, start + len(span))] == (expected or span)


def test_regional_dailies_are_known_organisations():
    from pipeline.core.entity.matching import known_names

    text = "interrogé par La Provence, puis cité par L'Est républicain et L'Indépendant."
    got = {(text[c.start : c.end], c.label) for c in known_names(text, lexicon())}
    assert ("La Provence", "ORG") in got
    assert ("L'Est républicain", "ORG") in got
    assert ("L'Indépendant", "ORG") in got
