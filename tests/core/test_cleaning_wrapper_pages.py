"""Kind-agnostic wrapper furniture of pages and posts by shape (pipeline/data/cleaning/wrapper.txt): a site's path and
name row, user-interface labels, a shared post's hashtags, link preview and comments, a record's fields and
bracketed notes, internal-use notices. Each class goes in a wrapper of a kind no family knows; a real sentence of the
same words stays (synthetic lines, other wording than the reference files)."""

from __future__ import annotations

import pytest

from pipeline.core.cleaning import embedded

from .test_cleaning_sources import AFTER, BEFORE, parse, removed_by

# The kinds' own families dropped (tests/core/conftest.py): only the kind-agnostic family is left.
pytestmark = pytest.mark.usefixtures("wrapper_only")

# One class a group: the group alone makes a document show the wrapper kind (three lines, two patterns).
SHAPES = {
    "site page": [
        "Annuaire du personnel — Intranet du groupe",
        "Accueil > Ressources humaines > Congés",
        "Rechercher sur le site",
        "Cette page est destinée à un usage strictement interne.",
        "À l'attention des chefs de service : note reprise pour la réunion de lundi.",
    ],
    "interface": [
        "Afficher les 5 autres commentaires",
        "Voir plus",
        "Ajoutez votre commentaire…",
        "Les plus récents ▾",
        "(suite)",
    ],
    "shared post": [
        "Je relaie l'article pour les membres de l'association, à lire avant l'assemblée générale.",
        "#tramway #mobilité #Tours",
        "exemple-infos.fr · Le tramway « enfin » sur les rails",
        "[Photo] Le chantier du tramway, place Jean-Jaurès",
        "Merci du partage, très utile pour notre collectif.",
    ],
    "record": [
        "Cote : DOC PRESSE 2021/044",
        "Résumé :",
        "Texte intégral :",
        "2021-03-04T08:15:00+01:00",
        "[RELECTURE : chiffres vérifiés auprès de la mairie. Avis : CONFORME]",
        "[PHONÉTIQUE : Tours = « tour » ; SNCF = « èss-èn-cé-èf »]",
    ],
}

# Real sentences opening or built like the classes above.
NEAR_MISSES = (
    "Voir plus loin que le bout de son nez, c'est ce que demande le maire.",
    "Rechercher sur le site de la mairie les horaires est devenu un casse-tête, selon les usagers.",
    "La police a demandé de ne pas diffuser de photos de la scène.",
    "Je partage l'avis du ministre sur ce point, a déclaré le sénateur.",
    "Merci pour le partage des richesses, scandaient les manifestants.",
    "Tours — Site du futur dépôt, le terrain a été choisi par la métropole, selon le maire.",
    "Le document interne, révélé par la presse, prévoit 300 suppressions de postes.",
    "Afficher sa différence n'est pas toujours simple, reconnaît-elle.",
)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_shape_of_page_furniture_shows_a_wrapper_and_goes(shape: str) -> None:
    lines = SHAPES[shape]
    assert [f.rule for f in embedded.kinds("\n".join(lines))] == ["wrapper"]
    art = parse("\n\n".join([BEFORE, *lines, AFTER]))
    assert art.body == "\n\n".join([BEFORE, AFTER]), art.body


def test_a_heading_in_capitals_goes_beside_a_field() -> None:
    lines = ["NOTICE COMPLÈTE", *SHAPES["record"]]
    art = parse("\n\n".join([BEFORE, *lines, AFTER]))
    assert art.body == "\n\n".join([BEFORE, AFTER]), art.body


def test_a_comment_author_goes_above_the_comment() -> None:
    lines = [*SHAPES["interface"][:3], "Julie Marchand", "Merci pour le lien !", "J'aime · Répondre · 2 h"]
    art = parse("\n\n".join([BEFORE, *lines, AFTER]))
    assert art.body == "\n\n".join([BEFORE, AFTER]), art.body


def test_a_name_alone_in_a_plain_article_stays() -> None:
    art = parse("\n\n".join([BEFORE, "Julie Marchand", AFTER]))
    assert removed_by(art, "wrapper") == "", art.edits


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_a_real_sentence_in_such_a_page_stays(sentence: str) -> None:
    lines = [*SHAPES["interface"], *SHAPES["record"]]
    art = parse("\n\n".join([BEFORE, *lines[:3], sentence, *lines[3:], AFTER]))
    assert sentence in art.body, art.body


@pytest.mark.parametrize("shape", list(SHAPES))
def test_one_such_line_in_a_plain_article_stays(shape: str) -> None:
    line = SHAPES[shape][0]
    art = parse("\n\n".join([BEFORE, line, AFTER]))
    assert removed_by(art, "wrapper") == "", art.edits
