"""A subject is not a person its own clause names, nor the person its reply answers."""

from __future__ import annotations

import pytest

from tests.core.test_quotes import only, run

VALLS = [
    ("Manuel Valls", "PER", "Manuel Valls"),
    ("Michel Sapin", "PER", "Michel Sapin"),
    ("Myriam El Khomri", "PER", "Myriam El Khomri"),
]
VALLS_INTRO = "Manuel Valls a défendu jeudi la loi portée par la ministre du Travail Myriam El Khomri. "


@pytest.mark.parametrize(
    ("sentences", "start", "speaker"),
    [
        pytest.param(
            "Alors que Michel Sapin assurait jeudi matin qu'il fallait « peut-être toucher à l'article 2 », "
            "le chef du gouvernement répliquait quelques minutes plus tard : « On ne touchera pas à l'article 2 ».",
            "On ne",
            "Manuel Valls",
            id="a reply is not by the person it answers",
        ),
        pytest.param(
            "Michel Sapin assurait jeudi matin qu'il fallait « peut-être toucher à l'article 2 ». "
            "« Nous verrons avec les partenaires sociaux », a ajouté le ministre.",
            "Nous verrons",
            "Michel Sapin",
            id="words added after a quote are by the person quoted",
        ),
        pytest.param(
            "Michel Sapin assurait jeudi matin qu'il fallait « peut-être toucher à l'article 2 ». "
            "Interrogé sur un possible report, le ministre a répondu : « Non, pas du tout ».",
            "Non",
            "Michel Sapin",
            id="a reply to a question may be by the person quoted before",
        ),
    ],
)
def test_a_reply_and_the_person_it_answers(sentences: str, start: str, speaker: str) -> None:
    quote = only([q for q in run(VALLS_INTRO + sentences, VALLS) if q.text.startswith(start)])
    assert quote.speaker == speaker


GANTT = [("Michael Jordan", "PER", "Michael Jordan"), ("Harvey Gantt", "PER", "Harvey Gantt")]


def test_a_description_is_not_the_person_its_clause_goes_on_to_name() -> None:
    body = (
        "En 1990, il avait été reproché à Michael Jordan de ne pas soutenir le candidat démocrate Harvey Gantt. "
        "« Les républicains achètent aussi des sneakers », avait alors plaisanté Michael Jordan. "
        "Interrogé par un site, l'homme politique a affirmé qu'il « n'en voulait pas » à Michael Jordan."
    )
    quote = only([q for q in run(body, GANTT) if q.text == "n'en voulait pas"])
    assert quote.speaker == "Harvey Gantt"


def test_a_name_right_after_a_description_is_its_own() -> None:
    body = (
        "« Comment osez-vous ? », a lancé la jeune activiste pour le climat Greta Thunberg aux dirigeants "
        "réunis à New York."
    )
    quotes = run(body, [("Greta Thunberg", "PER", "Greta Thunberg")], title="Greta Thunberg à l'ONU")
    quote = only([q for q in quotes if q.text.startswith("Comment")])
    assert quote.speaker == "Greta Thunberg"


LARCHER = [("Gérard Larcher", "PER", "Gérard Larcher"), ("François Fillon", "PER", "François Fillon")]


def test_a_pronoun_in_a_fronted_clause_may_stand_for_the_main_subject() -> None:
    body = (
        "Gérard Larcher a répondu mercredi aux critiques sur le cumul des mandats. "
        "S'il a observé que « les élections de 2017 étaient difficiles à modifier », Gérard Larcher a surtout "
        "jugé la question tranchée par François Fillon."
    )
    quote = only([q for q in run(body, LARCHER) if q.text.startswith("les élections")])
    assert quote.speaker == "Gérard Larcher"


COLLOMB = [("Gérard Collomb", "PER", "Gérard Collomb"), ("Gérard Larcher", "PER", "Gérard Larcher")]


def test_a_reply_said_before_the_verb_that_carries_the_quote() -> None:
    body = (
        "Gérard Collomb a confié samedi vivre un « vrai cauchemar » depuis le règlement instauré par Gérard Larcher. "
        "Le président du Sénat lui a répondu ce mercredi, expliquant que le maire de Lyon avait « la liberté de "
        "ne pas exercer deux mandats »."
    )
    quote = only([q for q in run(body, COLLOMB) if q.text.startswith("la liberté")])
    assert quote.speaker == "Gérard Larcher"


def test_the_author_of_a_quoted_work_is_not_a_person_of_the_story() -> None:
    body = (
        "Des habitants ont dansé samedi dans la rue au son de « Laissez-moi danser » de Dalida. "
        "Le Parisien a retrouvé le responsable de cet attroupement. "
        "« Je suis dépassé », avoue le jeune homme."
    )
    quote = only([q for q in run(body, [("Dalida", "PER", "Dalida")]) if q.text.startswith("Je suis")])
    assert quote.speaker == "le jeune homme"


def test_a_person_after_quoted_words_is_still_a_person_of_the_story() -> None:
    # "les « propos indignes » de X": X said them, a person "elle" may stand for
    body = "Les « propos indignes » de Marine Le Pen ont choqué lundi. « Je ne retire rien », a-t-elle répondu mardi."
    quote = only([q for q in run(body, [("Marine Le Pen", "PER", "Marine Le Pen")]) if q.text.startswith("Je ne")])
    assert quote.speaker == "Marine Le Pen"
