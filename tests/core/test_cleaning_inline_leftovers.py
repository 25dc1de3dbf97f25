"""A bullet-marked heading opening a paragraph glued to its first sentence's quotation, and a link pasted between a
quotation and its inverted incise: both go; a bullet item or a link given as information stays (synthetic lines)."""

from __future__ import annotations

import pytest

from .test_cleaning_sources import AFTER, BEFORE, parse, removed_by


def test_a_bullet_heading_glued_to_the_first_quotation_goes() -> None:
    text = '"Nous ne céderons pas", a affirmé le maire devant le conseil municipal.'
    art = parse("\n\n".join([BEFORE, "• Les enjeux du vote des habitants" + text, AFTER]))
    assert text in art.body.split("\n\n"), art.body
    assert "Les enjeux du vote des habitants" in removed_by(art, "subheading")


@pytest.mark.parametrize(
    "paragraph",
    [
        '• Le maire a déclaré"Nous ne céderons pas", selon son entourage.',  # a clause: a sentence, not a heading
        '• Les mesures "phares" du gouvernement seront présentées mardi.',
        '• Les enjeux du vote "Nous ne céderons pas", a dit le maire.',  # spaced: the writer's quotation
    ],
)
def test_a_bullet_item_stays(paragraph: str) -> None:
    art = parse("\n\n".join([BEFORE, paragraph, AFTER]))
    assert removed_by(art, "subheading") == "", art.edits


def test_a_link_between_a_quotation_and_its_incise_goes() -> None:
    art = parse(
        "\n\n".join(
            [BEFORE, '"La situation se dégrade", https://exemple.fr/a/b-123.html a-t-il ajouté mardi soir.', AFTER]
        )
    )
    assert '"La situation se dégrade", a-t-il ajouté mardi soir.' in art.body, art.body


@pytest.mark.parametrize(
    "sentence",
    [
        'Le site "Alerte", https://exemple.fr, a été lancé mardi par la préfecture.',
        '"Tout est en ligne", a-t-il ajouté, renvoyant au site https://exemple.fr pour les détails.',
    ],
)
def test_a_link_given_as_information_stays(sentence: str) -> None:
    art = parse("\n\n".join([BEFORE, sentence, AFTER]))
    assert sentence in art.body, art.body
