"""A name joined by "et" after an aside keeps the role of the first conjunct (speakers.py: _before_aside), and a
person named after a place phrase closing an inverted incise speaks (attribution.py: _place_noun_before)."""

from __future__ import annotations

from tests.core.test_quotes import run

ANNE = ("Anne Pauly", "PER", "Anne Pauly")
VINCENT = ("Vincent Message", "PER", "Vincent Message")
OLIVIA = ("Olivia Rosenthal", "PER", "Olivia Rosenthal")
WASERMAN = ("Sylvain Waserman", "PER", "Sylvain Waserman")
MODEM = ("MoDem", "ORG", "MoDem")


def test_a_second_conjunct_after_an_aside_is_a_complement_too() -> None:
    body = (
        "Anne Pauly a reçu le prix. La romancière est passée par le Master (animé notamment par Vincent Message "
        "- qui était également en lice pour le prix - et Olivia Rosenthal). « Depuis l'enfance j'avais la "
        "certitude de vouloir écrire », dit-elle."
    )
    assert run(body, [ANNE, VINCENT, OLIVIA])[-1].speaker == "Anne Pauly"


def test_a_subject_after_an_aside_and_a_conjunction_stays_a_subject() -> None:
    body = (
        "Anne Pauly a reçu le prix. Le jury a délibéré longtemps - trois heures - et Olivia Rosenthal a parlé. "
        "« Depuis l'enfance j'avais la certitude de vouloir écrire », dit-elle."
    )
    assert run(body, [ANNE, OLIVIA])[-1].speaker == "Olivia Rosenthal"


def test_a_person_after_a_place_phrase_is_the_inverted_subject() -> None:
    body = "L'amendement a été adopté. « Merci pour cet enthousiasme », a salué au perchoir Sylvain Waserman (MoDem)."
    assert run(body, [WASERMAN, MODEM])[-1].speaker == "Sylvain Waserman"


def test_a_person_after_a_title_in_a_complement_is_who_was_told() -> None:
    body = "L'amendement a été adopté. « Merci pour cet enthousiasme », a déclaré à l'avocat Sylvain Waserman."
    assert run(body, [WASERMAN])[-1].speaker != "Sylvain Waserman"
