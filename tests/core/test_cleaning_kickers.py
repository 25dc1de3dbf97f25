"""Kickers in capitals opening a paragraph and shouted headings glued before an elided word, a one-letter word,
an opening quote or the paragraph's end: removed; capitals inside real sentences kept."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

BEFORE = "Le gouvernement a présenté mercredi son projet de loi."


def parse(body: str) -> Article:
    art = parse_article("x.txt", f"Le titre\n\n{body}".encode())
    assert isinstance(art, Article)
    return art


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "REPÈRES. Rien ne va plus entre Rome et Paris depuis le début de l'année, selon nos informations.",
            "Rien ne va plus entre Rome et Paris depuis le début de l'année, selon nos informations.",
        ),
        (
            "RETRAITES DES ÉLUS - Le sénateur l'a fait savoir samedi devant la presse réunie à la mairie.",
            "Le sénateur l'a fait savoir samedi devant la presse réunie à la mairie.",
        ),
        (
            f"{BEFORE} \"C'EST UN PAYS IDÉAL\" L'animateur idéalise sans complexe le pays voisin.",
            f"{BEFORE}\n\nL'animateur idéalise sans complexe le pays voisin.",
        ),
        (
            f'{BEFORE} DÉBAT SUR LE "CARACTÈRE PRIVÉ" DU COURRIEL A la barre, le prévenu se défend.',
            f"{BEFORE}\n\nA la barre, le prévenu se défend.",
        ),
        (
            f'{BEFORE}LES TAUX DE PARTICIPATION EN HAUSSE"Mes revenus sont plafonnés", dit-il.',
            f'{BEFORE}\n\n"Mes revenus sont plafonnés", dit-il.',
        ),
        (
            'Il a proposé d\'accueillir le bateau, "si les autorités le permettent".80 PASSAGERS, DONT DES ENFANTS',
            'Il a proposé d\'accueillir le bateau, "si les autorités le permettent".',
        ),
    ],
)
def test_kickers_and_shouted_headings_are_removed(text: str, kept: str) -> None:
    assert parse(text).body == kept


@pytest.mark.parametrize(
    "text",
    [
        "La SNCF et la RATP ont annoncé une grève. Le trafic sera perturbé jeudi dans toute la région.",
        "PARIS est une ville chère, rappelle l'étude publiée mardi par l'institut.",
        f"{BEFORE} Le texte prévoit la SUPPRESSION DE L'ISF, a-t-il rappelé devant les députés.",
        f"{BEFORE} Il a crié « VIVE LA RÉPUBLIQUE » devant la foule réunie place de la mairie.",
        "Ils ont vu le film. OK",
    ],
)
def test_capitals_in_real_sentences_are_kept(text: str) -> None:
    assert parse(text).body == text
