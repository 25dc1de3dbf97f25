"""Weak wrapper furniture (pipeline/data/cleaning/wrapper.txt, kind "weak"): a program's field of a vocabulary never
seen ("Label : value" by its shape) and a bare field code go where other lines show the wrapper and right beside one
of them, never show it themselves; a page counter alone is furniture of the wrapper. Headlines and sentences of the
same shape stay (synthetic lines, other wording than the reference files)."""

from __future__ import annotations

import pytest

from pipeline.core.cleaning import embedded
from pipeline.core.cleaning.blocks import Paragraph
from pipeline.core.cleaning.spans import Block

from .test_cleaning_sources import AFTER, BEFORE, parse, removed_by

# The kinds' own families dropped (tests/core/conftest.py): only the kind-agnostic family is left.
pytestmark = pytest.mark.usefixtures("wrapper_only")

# Lines that show the wrapper kind (three lines, two patterns).
SHOWN = [
    "Chaîne Infos Tours · 12 400 abonnés",
    "Statut : Publié",
    "[Encadré masqué : carte du tracé]",
]

WEAK_FIELDS = (
    "Lieu de tournage : gare de Tours (Indre-et-Loire)",
    "Intervenant principal : Paul Martin, adjoint aux transports",
    "Diffusion suivante : flash de 18h du samedi 6 mars 2021",
    "- Thème abordé : mobilités urbaines",
    "RT",
)

# Real sentences and headlines of the same shape.
NEAR_MISSES = (
    "Réforme des retraites : le gouvernement recule",
    "Affaire Benalla : 3 questions sur l'enquête",
    "Prochaine étape du projet : le vote au Sénat, prévu le 12 mars.",
    "Pour le maire de Tours : pas question de reculer",
    "Le ministre l'a dit : « Nous irons jusqu'au bout »",
    "Le bilan est lourd : douze blessés et deux morts",
    "Tramway : la ligne 2 ouvrira en 2025",
)


@pytest.mark.parametrize("line", WEAK_FIELDS)
def test_a_weak_field_goes_where_the_wrapper_is_shown(line: str) -> None:
    art = parse("\n\n".join([BEFORE, *SHOWN[:2], line, SHOWN[2], AFTER]))
    assert art.body == "\n\n".join([BEFORE, AFTER]), art.body


def test_weak_fields_alone_never_show_the_wrapper() -> None:
    assert embedded.kinds("\n".join(WEAK_FIELDS)) == ()
    art = parse("\n\n".join([BEFORE, *WEAK_FIELDS, AFTER]))
    assert removed_by(art, "wrapper") == "", art.edits


def test_a_page_counter_shows_the_wrapper() -> None:
    lines = ["Page 1/2", "Coupure de presse · service documentation · reçue le 08/06/2018"]
    assert [f.rule for f in embedded.kinds("\n".join([*lines, lines[1], "p. 2 sur 2"]))] == ["wrapper"]


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_a_headline_or_sentence_of_that_shape_stays(sentence: str) -> None:
    art = parse("\n\n".join([BEFORE, *SHOWN[:2], sentence, SHOWN[2], AFTER]))
    assert sentence in art.body, art.body


def _marked(texts: list[str]) -> list[str | None]:
    """The wrapper's drops of these paragraphs (one a line, blank lines between)."""
    source = "\n\n".join(texts)
    paragraphs, start = [], 0
    for text in texts:
        paragraphs.append(Paragraph(Block(start, start + len(text)), text))
        start += len(text) + 2
    embedded.mark(paragraphs, source, embedded.kinds(source))
    return [p.drop for p in paragraphs]


def test_a_weak_field_goes_beside_furniture_only() -> None:
    line = WEAK_FIELDS[1]
    assert _marked([*SHOWN, line, BEFORE, AFTER]) == ["wrapper"] * 4 + [None, None]
    assert _marked([*SHOWN, BEFORE, line, AFTER]) == ["wrapper"] * 3 + [None, None, None]
