"""Furniture of the source kinds heldout7 brought: Markdown blog copy, print e-paper export, aggregator app, agency
wire, web embed (synthetic lines, both sides)."""

from __future__ import annotations

import pytest

from pipeline.core.cleaning.blocks import Found, classify, markdown_plain

from .test_cleaning_sources import AFTER, BEFORE, assert_kept_everywhere, parse, removed_by


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("*Par [Anne Durand](https://blog.example.fr/auteurs/anne-durand) — Le Carnet*", "byline"),
        ("---", "html"),
        ("**", "html"),
        (
            "> 📌 **À lire aussi :** [Les élus quittent le parti](https://blog.example.fr/2019/06/04/elus/)",
            "cross_link",
        ),
        (
            "*Cet article vous a plu ? [Abonnez-vous à la lettre](https://blog.example.fr/newsletter)*",
            "publisher_boilerplate",
        ),
        (
            "[← Article précédent](https://blog.example.fr/a/) · [Article suivant →](https://blog.example.fr/b/)",
            "navigation",
        ),
        ("ÉCONOMIE | LOISIRS", "publisher_boilerplate"),
        ("SPORTS | FOOTBALL | LIGUE 1", "navigation"),
        ("Suite de la page 6", "navigation"),
        ("Lire la suite en page 12", "navigation"),
        (
            "Reproduction interdite – édition numérique du Courrier de l'Ouest – exporté le 13/03/2020 à 05:02",
            "publisher_boilerplate",
        ),
        ("❤️ 1,4 k · 💬 96 commentaires · ↗ 318 partages", "social_embed"),
        ("Signaler ce contenu · Masquer les articles de cette source", "navigation"),
        ("Partagé depuis l'application KiosqueFil pour Android", "social_embed"),
        ("URGENT", "publisher_boilerplate"),
        ("FRA-POLITIQUE-RETRAITES (2e version) + photo", "publisher_boilerplate"),
        ("(Par Jeanne MARTIN)", "byline"),
        ("(Par Jean DUPONT et Paul DURAND)", "byline"),
        ("Presse-Info — service France — 31/01/2018 10:42", "byline"),
        (
            "Cette dépêche annule et remplace la version diffusée à 09h58 (précision au quatrième paragraphe).",
            "publisher_boilerplate",
        ),
        ("Vidéo suivante dans 5 s", "video_embed"),
        ("MPI 311042 HNF JAN 18", "publisher_boilerplate"),
        ("AFP 121530 GMT MAR 20", "publisher_boilerplate"),
    ],
)
def test_export_furniture_is_removed(line: str, rule: str) -> None:
    assert classify(line, Found()) == rule


@pytest.mark.parametrize(
    "sentence",
    [
        # Markdown emphasis and links around real text: the words stay text.
        "Le gouvernement a annoncé des mesures pour le *secteur*.",
        "*Mehdi raconte être tombé dans un véritable traquenard.*",
        # Near misses of the new families.
        "Le texte sera examiné à partir de la page 6 du rapport, selon le député.",
        "La dépêche annonçait que le ministre remplace son directeur de cabinet.",
        "Par Jean Dupont, le maire a été interpellé sur la sécurité du quartier et les travaux à venir.",
        "Il a été partagé depuis longtemps par ses amis.",
        "L'urgence est absolue, selon les secours.",
        "Il faut signaler ce contenu aux autorités, a expliqué la ministre.",
        "Le vol AF 311042 part à 18 heures.",
    ],
)
def test_text_near_export_furniture_is_kept(sentence: str) -> None:
    assert classify(sentence, Found()) is None
    assert_kept_everywhere(sentence)


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        (
            '> "On ne lâchera rien", a lancé le **député** devant [ses militants](https://x.fr/a).',
            '> "On ne lâchera rien", a lancé le député devant [ses militants](https://x.fr/a).',
        ),
        (
            "**Le gouvernement annonce des mesures. Le secteur attendait.**",
            "Le gouvernement annonce des mesures. Le secteur attendait.",
        ),
        ("Le __gouvernement__ a annoncé des mesures.", "Le gouvernement a annoncé des mesures."),
    ],
)
def test_markdown_strong_markers_go_and_their_words_stay(marked: str, plain: str) -> None:
    art = parse(f"{BEFORE}\n\n{marked}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{plain}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    ["Le score final, 2**10, surprend.", "Le mot de passe était **** selon la police.", "La note *** du guide."],
)
def test_asterisks_that_are_no_strong_emphasis_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_markdown_plain_only_unwraps_markup() -> None:
    assert markdown_plain("Un texte sans balises,  avec  espaces.") == "Un texte sans balises,  avec  espaces."
    assert markdown_plain("**Gras** et [lien](https://x.fr)") == "Gras et lien"


def test_a_banner_button_row_may_stand_a_blank_line_under_it() -> None:
    banner = "Nous utilisons des cookies pour vous proposer des contenus adaptés."
    art = parse(f"{banner}\n\nTout accepter · Tout refuser · Personnaliser\n\n{BEFORE}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Tout accepter" in removed_by(art, "consent_banner")
    # A bare reply alone after the text is no button row.
    assert parse(f"{BEFORE}\n\n{AFTER}\n\nD'accord").body == f"{BEFORE}\n\n{AFTER}\n\nD'accord"


def test_the_page_url_under_a_share_row_goes_and_dates_the_page() -> None:
    url = "https://www.journal-exemple.fr/societe/2019/02/11/la-doyenne-a-115-ans_88213.html"
    found = Found()
    assert classify(f"Partager · Tweeter · Envoyer par e-mail {url}", found) == "publisher_boilerplate"
    assert found.url_date is not None and str(found.url_date.value) == "2019-02-11"
    # A sentence ending with a URL stays text.
    assert classify(f"Le rapport est en ligne sur le site du ministère {url}", Found()) is None


def test_a_bare_button_goes_next_to_a_player_line() -> None:
    art = parse(f"{BEFORE}\nVidéo suivante dans 5 s\nAnnuler\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Annuler" in removed_by(art, "video_embed")
    assert parse(f"{BEFORE}\n\n{AFTER}\n\nAnnuler").body == f"{BEFORE}\n\n{AFTER}\n\nAnnuler"
