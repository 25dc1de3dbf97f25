"""A quote heading a paragraph with no attribution of its own: the next sentence's named subject before the
previous paragraph's source."""

from __future__ import annotations

from tests.core.test_quotes import run

NAMES = [("Marie Dupont", "PER", "Marie Dupont"), ("Jean Martin", "PER", "Jean Martin")]
PREVIOUS = "Le préfet Jean Martin a expliqué que la région rappelle ses habitants au civisme.\n\n"
QUOTE = "« Tous nos indicateurs étaient au vert, mais il nous apparaît quelques frémissements depuis juillet ». "


def test_the_next_sentence_names_the_speaker_of_a_paragraph_opening_quote() -> None:
    body = PREVIOUS + QUOTE + "Directrice de l'agence régionale de santé, Marie Dupont n'est pas encore alarmiste."
    assert run(body, NAMES)[-1].speaker == "Marie Dupont"


def test_with_no_one_named_next_the_previous_paragraph_source_keeps_it() -> None:
    body = PREVIOUS + QUOTE + "Cependant, les autorités ont appelé lundi à la vigilance."
    assert run(body, NAMES)[-1].speaker == "Jean Martin"


def test_a_source_in_the_same_paragraph_keeps_the_quote() -> None:
    body = (
        "Le préfet Jean Martin a expliqué la situation aux journalistes. "
        + QUOTE
        + "Directrice de l'agence régionale de santé, Marie Dupont n'est pas encore alarmiste."
    )
    assert run(body, NAMES)[-1].speaker == "Jean Martin"


def test_a_bare_title_next_does_not_take_the_quote() -> None:
    body = PREVIOUS + QUOTE + "Sénatrice de l'aile gauche du Parti socialiste, elle n'est pas encore alarmiste."
    assert run(body, NAMES)[-1].speaker == "Jean Martin"
