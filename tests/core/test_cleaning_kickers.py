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
        # A hyphenated place in capitals, before the quotation opening the text.
        (
            'ILLE-ET-VILAINE. "Un tiers de moyens en moins", a écrit le maire sur la façade de la mairie.',
            '"Un tiers de moyens en moins", a écrit le maire sur la façade de la mairie.',
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


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            'Il y aurait trop de joueurs étrangers", ajoute-t-il. "Souvenez-vous que certains ont voulu imposer des'
            ' quotas aux clubs de la région parisienne""A ce discours-là, la fédération oppose ses chiffres.',
            'Il y aurait trop de joueurs étrangers", ajoute-t-il.\n\n'
            '"A ce discours-là, la fédération oppose ses chiffres.',
        ),
        (
            "Il souffrait d'une maladie grave.Il « ne s'intéressait plus vraiment à la vie publique » Depuis 2015, "
            "le couple vivait à Paris.",
            "Il souffrait d'une maladie grave.\n\nDepuis 2015, le couple vivait à Paris.",
        ),
        (
            "« Nous devrons vérifier. » « Plus de 200 millions de tests » ont été commandésParmi les demandes, "
            "la crainte d'une pénurie.",
            "« Nous devrons vérifier. »\n\nParmi les demandes, la crainte d'une pénurie.",
        ),
    ],
)
def test_glued_quoted_headings_with_a_verb_are_removed(text: str, kept: str) -> None:
    assert parse(text).body == kept


@pytest.mark.parametrize(
    "text",
    [
        'Il l\'a dit. "Souvenez-vous que certains ont voulu imposer des quotas", a-t-il ajouté devant la presse.',
        'Il l\'a dit. "Souvenez-vous de ce jour." "Nous étions là", a-t-il ajouté devant la presse.',
        "Il souffrait d'une maladie grave. Il « ne s'intéressait plus vraiment à la vie publique ». Depuis 2015, "
        "le couple vivait à Paris.",
        "Selon lui, « plus de 200 millions de tests » ont été commandés. Parmi les demandes, la crainte d'une pénurie.",
        "Le ministre a tranché. Il a « refusé de céder aux pressions du lobby » Depuis le dossier est clos.",
    ],
)
def test_quoted_speech_between_sentences_is_kept(text: str) -> None:
    assert parse(text).body == text


def test_glued_sentence_with_a_verb_outside_its_quotation_is_kept() -> None:
    body = parse(
        "Le ministre a tranché.Il a « refusé de céder aux pressions du lobby » Depuis le dossier est clos."
    ).body
    assert "Il a « refusé de céder aux pressions du lobby » Depuis le dossier est clos." in body


def test_glued_timeline_entry_heading_is_removed() -> None:
    text = (
        'Il l\'a écrit sur Twitter. Mars 2018. Le gouvernement soutient les "bonnets rouges" Le 7 mars 2018, '
        "le ministre a reçu les manifestants.Avril 2018. Rupture consomméeM. Dupont annonce son départ."
    )
    assert parse(text).body == (
        "Il l'a écrit sur Twitter.\n\nLe 7 mars 2018, le ministre a reçu les manifestants.\n\n"
        "M. Dupont annonce son départ."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le bilan est tombé. Janvier 2019. Les ventes ont chuté de 10 % selon le rapport publié mardi.",
        "Le bilan est tombé en mars 2019. Les ventes ont chuté de 10 % Le rapport le confirme.",
    ],
)
def test_month_and_year_in_real_sentences_are_kept(text: str) -> None:
    assert parse(text).body == text
