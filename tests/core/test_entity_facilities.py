"""Facility and institution names with a common-noun head ("gare de Lyon", "tribunal de grande instance de X")."""

from __future__ import annotations

import pytest

from pipeline.core.entities import seat_of
from pipeline.core.entity.facilities import facilities
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.spans import Candidate


def run(text: str, span: str, label: str) -> list[tuple[str, str, str | None]]:
    start = text.index(span)
    out = facilities(text, [Candidate(start, start + len(span), label, 1)], lexicon())
    return [(text[c.start : c.end], c.label, c.canonical) for c in out]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a place facility swallows the city it is named after
        ("Il a été arrêté à la gare de Tours hier.", "Tours", "LOC", ("gare de Tours", "LOC")),
        ("Elle joue au théâtre de Nîmes jusqu'en mai.", "Nîmes", "LOC", ("théâtre de Nîmes", "LOC")),
        # institutions are organisations, with the words between the head and the place
        ("selon la préfecture des Vosges, rien.", "Vosges", "LOC", ("préfecture des Vosges", "ORG")),
        (
            "le tribunal de grande instance de Rennes a jugé",
            "Rennes",
            "LOC",
            ("tribunal de grande instance de Rennes", "ORG"),
        ),
        ("une lettre de l'office de l'habitat de Savoie", "Savoie", "LOC", ("office de l'habitat de Savoie", "ORG")),
        ("la cour d'appel de Douai a confirmé", "Douai", "LOC", ("cour d'appel de Douai", "ORG")),
        ("Le Tribunal correctionnel de Lille a jugé", "Lille", "LOC", ("Tribunal correctionnel de Lille", "ORG")),
        # the model's whole span with a head that says otherwise
        ("Il joue au théâtre de Nîmes.", "théâtre de Nîmes", "ORG", ("théâtre de Nîmes", "LOC")),
        # a mansion named after its first owner is a place
        ("son appartement de l'hôtel de Roquelaure.", "Roquelaure", "LOC", ("hôtel de Roquelaure", "LOC")),
        ("des dîners à l'hôtel de Lassay.", "hôtel de Lassay", "LOC", ("hôtel de Lassay", "LOC")),
    ],
)
def test_facility_heads(text, span, label, expected):
    (got,) = run(text, span, label)
    assert got[:2] == expected


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Il habite dans le centre de Lyon.", "Lyon", "LOC"),  # a part of a city, not a facility
        ("le maire de Lyon a parlé", "Lyon", "LOC"),  # a title, not an institution
        ("la gare de Dupont", "Dupont", "PER"),  # only places are extended
        ("la mairie qui est près de Lyon", "Lyon", "LOC"),  # a clause, not a name
        ("Il est détenu à la prison de Fresnes.", "Fresnes", "LOC"),  # descriptive location: the town
        ("devant l'hôtel de ville de Pau, hier", "Pau", "LOC"),  # a common noun between: the town
        ("devant l'hôtel de police de Pau, hier", "Pau", "LOC"),
        ("l'avoir violée dans un hôtel de Manhattan il y a 7 ans", "Manhattan", "LOC"),  # a hotel there
    ],
)
def test_not_facilities(text, span, label):
    (got,) = run(text, span, label)
    assert got[0] == span


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        # a facility noun with no name after it gives no type: the model's label stays
        ("les drapeaux étaient en berne devant l'hôtel de ville.", "hôtel de ville", "ORG"),
        ("devant le tribunal de grande instance, hier", "tribunal de grande instance", "LOC"),
    ],
)
def test_facility_noun_without_a_name_gives_no_type(text, span, label):
    (got,) = run(text, span, label)
    assert got[:2] == (span, label)


def test_facility_canonical_has_lower_case_head():
    """ "Gare de Tours" and "gare de Tours" are one entity across articles."""
    a = run("Gare de Tours : un train bloqué.", "Tours", "LOC")
    b = run("Il attend à la gare de Tours.", "Tours", "LOC")
    assert a[0][2] == b[0][2] == "gare de Tours"


@pytest.mark.parametrize(
    ("text", "span", "seat"),
    [
        ("selon le parquet d'Angoulême, rien", "parquet d'Angoulême", "Angoulême"),
        ("la mairie de Bastia a répondu", "mairie de Bastia", "Bastia"),
    ],
)
def test_institution_gives_its_place_even_unknown(text, span, seat):
    start = text.index(span)
    got = seat_of(text, start, start + len(span), "ORG", lexicon())
    assert got is not None and got[2] == seat and got[3] == "LOC"


# --- media names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "media"),
    [
        ("Var-Matin", True),
        ("Télé-Star", True),
        ("Télé-Loisirs", True),
        ("Ouest-Éclair", True),
        ("Paris Match", True),
        ("Saint-Étienne", False),
        ("Sud Radio", True),
        ("Info", False),  # a single word is not enough
        ("Matin-de-Paris", False),  # a lower-case part: not a name of this shape
    ],
)
def test_media_name_shape(surface, media):
    from pipeline.core.entity.spans import media_name

    assert media_name(surface, lexicon()) is media


def test_noun_before_name_types_every_occurrence():
    """ "la radio Nostalgix" once makes every "Nostalgix" of the article an organisation, whatever the model."""
    from pipeline.core.entity.canonical import canonicalize
    from pipeline.core.entity.spans import clean_span

    text = "Il parle sur la radio Nostalgix. Il revient sur Nostalgix. Puis sur Nostalgix encore."
    starts = [i for i in range(len(text)) if text.startswith("Nostalgix", i)]
    cands = [c for s in starts for c in clean_span(text, s, s + 9, "LOC", lambda w: False)]
    assert [c.firm for c in cands] == [True, False, False]
    assert {r.label for r in canonicalize(text, cands, lexicon())} == {"ORG"}


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Il est mort au CHU de Brest hier.", "CHU de Brest", "LOC", ("CHU de Brest", "ORG")),
        ("Il est soigné au CHU de Brest.", "Brest", "LOC", ("CHU de Brest", "ORG")),
        ("selon un communiqué de la police de l'Oregon.", "Oregon", "LOC", ("police de l'Oregon", "ORG")),
    ],
)
def test_hospital_acronym_and_police_of_a_place_are_organisations(text, span, label, expected):
    assert run(text, span, label)[0][:2] == expected


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Le préfet de police de Brest a parlé.", "Brest", "LOC"),  # a title: "préfet de police"
        ("Un agent de police de Brest a parlé.", "Brest", "LOC"),  # a bare "de": a noun's complement
        ("Steven Chu de Brest a parlé.", "Brest", "LOC"),  # "Chu" is no hospital: capitals only
    ],
)
def test_no_institution_after_a_bare_de_nor_a_lower_case_acronym(text, span, label):
    assert run(text, span, label) == [(span, label, None)]


def test_seat_after_du_takes_the_town_article():
    text = "Il vise la mairie du Mans."
    start = text.index("mairie")
    assert seat_of(text, start, text.index("."), "ORG", lexicon())[2:] == ("Mans", "LOC", "Le Mans")
    text = "Il vise la mairie de Nantes."  # no article: the town as written
    start = text.index("mairie")
    assert seat_of(text, start, text.index("."), "ORG", lexicon())[2:] == ("Nantes", "LOC", "Nantes")


@pytest.mark.parametrize(
    ("text", "span", "described"),
    [
        # a facility noun in lower case and only its town: the local one, described; the town is the mention
        ("Il a été évacué vers l'hôpital de Pau.", "hôpital de Pau", True),
        ("après sa visite au commissariat d'Evry, il", "commissariat d'Evry", True),
        ("au commissariat de police de Brest hier", "commissariat de police de Brest", True),
        ("selon la gendarmerie du Loiret, rien", "gendarmerie du Loiret", True),
        # a name of its own, an adjective, a capital or another institution: a name
        ("Il est soigné à l'Hôpital de Pau.", "Hôpital de Pau", False),
        ("à l'hôpital militaire de Gao", "hôpital militaire de Gao", False),
        ("le tribunal de Nanterre a jugé", "tribunal de Nanterre", False),
        ("la mairie de Bastia a répondu", "mairie de Bastia", False),
    ],
)
def test_a_facility_described_by_its_town_is_no_organisation(text, span, described):
    from pipeline.core.entities import described_facility

    start = text.index(span)
    place = seat_of(text, start, start + len(span), "ORG", lexicon())
    assert place is not None
    assert described_facility(text, start, place, lexicon()) is described


def test_a_hospital_with_its_own_name_has_no_seat():
    text = "à l'hôpital de la Pitié-Salpêtrière hier"
    start = text.index("hôpital")
    place = seat_of(text, start, start + len("hôpital de la Pitié-Salpêtrière"), "ORG", lexicon())
    from pipeline.core.entities import described_facility

    assert not described_facility(text, start, place, lexicon())
