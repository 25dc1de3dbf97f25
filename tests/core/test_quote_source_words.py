"""The words a source is quoted in ("selon les termes d'un élu") and one of a group ("l'un d'entre eux")
(attribution.py: read_source, _partitive_group; speakers.py: _one_of_them)."""

from __future__ import annotations

from tests.core.test_quotes import run

WASERMAN = ("Sylvain Waserman", "PER", "Sylvain Waserman")


def test_the_terms_of_someone_name_who_used_them() -> None:
    body = (
        "Sylvain Waserman préside la séance. Les députés sont engagés dans une « partie de ping-pong infernale », "
        "selon les termes d'un élu centriste."
    )
    assert run(body, [WASERMAN])[-1].speaker == "un élu centriste"


def test_the_words_of_someone_before_the_quote_name_who_used_them() -> None:
    body = "Selon les mots du porte-parole, le texte est « une provocation »."
    assert run(body)[-1].speaker_mention == "le porte-parole"


def test_words_with_no_complement_are_read_as_they_are() -> None:
    body = (
        "Sylvain Waserman préside la séance. Les députés sont engagés dans une « partie de ping-pong infernale », "
        "selon des propos relayés par la presse."
    )
    assert run(body, [WASERMAN])[-1].speaker != "la presse"


def test_a_source_that_is_no_words_noun_is_unchanged() -> None:
    body = (
        "Sylvain Waserman préside la séance. Les députés sont engagés dans une « partie de ping-pong infernale », "
        "selon les proches d'un élu centriste."
    )
    assert run(body, [WASERMAN])[-1].speaker == "les proches d'un élu centriste"


def test_one_of_them_is_a_speaker() -> None:
    body = (
        "Des manifestants ont défilé. « On en a marre de ce système », a déclaré l'un d'entre eux, sous couvert "
        "d'anonymat."
    )
    assert run(body)[-1].speaker == "l'un d'entre eux"


def test_between_two_places_is_no_group_member() -> None:
    body = "Des manifestants ont défilé. « On en a marre de ce système », a déclaré l'un d'entre les deux camps."
    assert run(body)[-1].speaker != "l'un d'entre les deux camps"


def test_one_of_them_without_entre_is_a_speaker() -> None:
    body = "Des élus ont posé pour la photo. « On ne va pas être sur la photo quand même », aurait déclaré l'un d'eux."
    assert run(body)[-1].speaker == "l'un d'eux"
