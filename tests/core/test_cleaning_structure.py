"""Furniture recognised by its structure, whatever its wording: navigation and masthead rows, legal footers, ranges
of dates, reader comments without a known header. Synthetic pages of source kinds (apps, e-mail, archives, live
blogs, forums) with invented publishers; both sides."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.cleaning.blocks import is_counter_row
from pipeline.core.records import Article

from .test_cleaning_sources import AFTER, BEFORE, assert_kept_everywhere, assert_removed_everywhere, parse, removed_by


def assert_furniture_everywhere(noise: str) -> None:
    """Between two paragraphs, after the text and before it: the line goes (a widget's or a menu's rule)."""
    bodies = (f"{BEFORE}\n\n{noise}\n\n{AFTER}", f"{BEFORE}\n\n{AFTER}\n\n{noise}", f"{noise}\n\n{BEFORE}\n\n{AFTER}")
    for body in bodies:
        art = parse(body)
        assert art.body == f"{BEFORE}\n\n{AFTER}", body
        assert any(e.removed_text == noise for e in art.edits), art.edits


# Navigation, menu and masthead rows


@pytest.mark.parametrize(
    "row",
    [
        "Accueil · Actualité · Pays basque · Mentions légales · Plan du site · Contact",
        "Une | Flash | Vidéos | Podcasts | Météo",
        "Politique / Économie / Culture / Sports",
        "☰ Menu Accueil Actualité Landes Sports Loisirs Services ▾ Se connecter",
        "≡ Rubriques Régions Faits divers Vidéos",
        "LA LETTRE DU FIL ROUGE · n° 87 · Édition du lundi",
        "Le Courrier des Deux-Caps — Édition abonnés",
        "🔴 EN DIRECT · Le fil Sport & Montagne du Petit Vigilant",
    ],
)
def test_a_navigation_or_masthead_row_goes(row: str) -> None:
    assert_furniture_everywhere(row)


@pytest.mark.parametrize(
    "sentence",
    [
        # A sentence between separators is text.
        "Santé · Le gouvernement a présenté son plan pour l'hôpital.",
        "Paris · Lyon · Marseille : les trois villes restent en alerte maximale jusqu'à lundi.",
        # Items with a sentence end, or a name and role with a verb, are text.
        "Santé — Le ministre a tranché. Les addictions au travail seront mieux suivies.",
        "Marie Lenoir — maire de Vireux — a démissionné mardi.",
        # A menu glyph in a sentence.
        "Le bouton ▾ ouvre la liste des rubriques, explique le développeur.",
    ],
)
def test_rows_with_a_sentence_or_too_few_items_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_a_menu_above_the_title_is_no_title() -> None:
    page = (
        "☰ Menu Accueil Actualité Béarn Sports ▾ Se connecter\n\n"
        "Le pont de Lescar rouvre à la circulation\n\nPublié le 08/08/2019 à 18h32\n\n" + BEFORE
    )
    art = parse_article("x.txt", page.encode())
    assert isinstance(art, Article)
    assert art.title == "Le pont de Lescar rouvre à la circulation"
    assert art.body == BEFORE


def test_an_archive_banner_above_the_title_goes_line_by_line() -> None:
    page = (
        "The Wayback Machine - https://web.archive.org/web/20190810071522/https://www.exemple-sud.fr/2019/08/08/pont\n"
        "INTERNET ARCHIVE\nWayback Machine\nhttps://www.exemple-sud.fr/2019/08/08/pont | Go\n12 captures\n"
        "8 août 2019 - 2 févr. 2021\nÀ propos de cette capture\n\nLe pont de Lescar rouvre\n\n" + BEFORE
    )
    art = parse_article("x.txt", page.encode())
    assert isinstance(art, Article)
    assert art.title == "Le pont de Lescar rouvre"
    assert art.date.value is not None and art.date.value.isoformat() == "2019-08-08"


# Legal footers of newsletters, PDFs and sites


@pytest.mark.parametrize(
    "footer",
    [
        "Le Fil Rouge SAS – 14 rue des Tanneurs, 69002 Lyon – RCS Lyon 812 345 678 – © 2020 Tous droits réservés",
        "Éditions du Causse SARL au capital de 10 000 € | 3 bis, avenue Foch 46000 Cahors | SIRET 812 345 678 00017",
        "Les Nouvelles du Val · BP 42, 33000 Bordeaux · Tél. : 05 56 00 00 00 · Mentions légales",
        "RCS Nantes B 451 222 333",
        "Directeur de la publication : Paul Verdier",
        "ISSN 1234-567X",
    ],
)
def test_a_legal_footer_goes(footer: str) -> None:
    assert_removed_everywhere(footer, "publisher_boilerplate")


@pytest.mark.parametrize(
    "sentence",
    [
        # A practical box's address in a sentence is the article's.
        "Le magasin a rouvert au 14 rue des Tanneurs, 69002 Lyon, après trois mois de travaux.",
        "La société Martin SAS a été placée en redressement judiciaire.",
        "Tél. : 05 56 00 00 00 – ouvert tous les jours de 9 h à 18 h, sauf le dimanche.",
    ],
)
def test_addresses_and_companies_in_the_text_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# Ranges of dates, section labels, edition labels


@pytest.mark.parametrize(
    "line", ["8 août 2019 - 2 févr. 2021", "12/03/2019 – 14/05/2020", "1er mars 2020 au 3 avril 2020"]
)
def test_a_bare_range_of_dates_goes_and_dates_nothing(line: str) -> None:
    art = parse(f"{line}\n\n{BEFORE}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert line in removed_by(art, "publisher_boilerplate")
    assert art.date.value is None


def test_a_range_of_dates_in_a_sentence_stays() -> None:
    assert_kept_everywhere("L'exposition se tiendra du 8 août 2019 au 2 février 2020 au musée des Augustins.")


@pytest.mark.parametrize(
    "line",
    [
        "Rubrique : Santé publique — Addictions",
        "Catégorie : Poids lourds",
        "Traduit automatiquement — voir l'original",
        "Rafraîchir",
        "Charger les messages précédents",
        "Afficher les publications plus anciennes",
        "Jusqu'au 29 février, -20 % sur votre deuxième paire de lunettes chez Optique Marval. J'en profite >",
        "« Le Réveil éco » : chaque matin à 7 h, l'essentiel de l'économie dans votre boîte mail.",
        "Tous les vendredis, le meilleur de nos enquêtes dans votre boîte e-mail",
    ],
)
def test_labels_buttons_offers_and_pitches_go(line: str) -> None:
    assert_removed_everywhere(line, "publisher_boilerplate")


@pytest.mark.parametrize(
    "line", ["Haut de page ↑", "↑ Retour en haut de page", "Vous avez aimé cette lettre ? Transférez-la à un ami"]
)
def test_page_and_email_links_go(line: str) -> None:
    assert_furniture_everywhere(line)


def test_sentences_naming_the_top_of_a_page_or_a_friend_stay() -> None:
    assert_kept_everywhere("Le maire a demandé de remonter la page des comptes rendus jusqu'au haut de la liste.")
    assert_kept_everywhere("Transférez-la à un ami, avait lancé le ministre en riant à propos de la réforme.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Chaque jour, des escrocs glissent de faux messages dans votre boîte mail.",
        "Les clients en profitent jusqu'au 29 février.",
        "Section : le tribunal a rendu sa décision mardi.",
    ],
)
def test_sentences_like_pitches_and_labels_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# Reader comments whose header no list knows: the lines between a line ending on its time and its buttons


def test_a_comment_between_its_time_and_its_buttons_goes() -> None:
    comments = (
        "Mireille Dantec\nil y a 2 heures\n« Valeur absolue » ? Laissez-moi rire.\n"
        "Répondre · J'aime (7) · Signaler un abus\n\n"
        "Patrick Lamy · 14h32\nEncore une annonce sans lendemain.\nSi seulement...\nRépondre"
    )
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{comments}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Laissez-moi rire" in removed_by(art, "comments") and "Si seulement" in removed_by(art, "comments")


def test_text_above_buttons_without_a_time_line_stays() -> None:
    # No header ending on a time above it: a paragraph of the page, even next to a button.
    body = f"{BEFORE}\n\n{AFTER}\nLe maire a répondu aux habitants.\nRépondre"
    art = parse(body)
    assert "Le maire a répondu aux habitants." in art.body


def test_a_time_line_set_off_by_a_blank_line_takes_no_comment() -> None:
    body = f"{BEFORE}\n\nMise à jour à 14h32\n\n{AFTER}\nRépondre"
    art = parse(body)
    assert AFTER in art.body


# Headings glued inside a flattened paragraph


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        # A quoted AFP heading whose closing dash touches its quote.
        ('sans que leur méthode soit critiquée.-"Pieds nickelés"-L\'étude a été attaquée.', '"Pieds nickelés"'),
        # An exclaimed quotation glued on both sides.
        ('revenue à la normale dimanche."Non à la censure !"L\'ancienne porte-parole a fustigé.', "censure"),
        # A verbless heading opening on "Pas de".
        ("à moins de dix pratiquants.- Pas de contactsDans un premier temps, les sports restent proscrits.", "Pas de"),
        ("les rassemblements sur la voie publique.Pas de reconfinementCes dispositions n'y autorisent pas.", "Pas de"),
    ],
)
def test_glued_headings_go(glued: str, heading: str) -> None:
    art = parse(f"{BEFORE}\n\nLe texte a été modifié {glued}")
    assert heading in removed_by(art, "subheading")
    assert heading not in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        # A quotation between dashes inside a sentence.
        'Le collectif -"les Gilets roses"- a manifesté samedi devant la mairie.',
        # An exclaimed quotation followed by its attribution.
        'Le texte a été modifié dimanche."Non à la censure !", a répété la députée devant la presse.',
        # "ne … pas de" in a dash-led item: a clause, text on its own line.
        "Le texte a été modifié.- On ne prévoit pas de contactsDans un premier temps, tout reste fermé.",
    ],
)
def test_glued_quotes_and_clauses_stay(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}")
    assert not removed_by(art, "subheading")


# Other source kinds: apps, aggregators, e-mail, messaging, print, transcripts


@pytest.mark.parametrize(
    "line",
    [
        "Accueil   Flash   Vidéos   Podcasts   Moi",
        "Activez les notifications pour ne rien manquer",
        "Mode sombre",
        "Taille du texte A- A+",
        "Le Petit Vigilant · 3 h",
        "Voir plus d'articles de Le Petit Vigilant",
        "👍 124  💬 38  🔁 12",
        "★★★★☆ (37 avis)",
        "Note : 4,2/5 (128 votes)",
        "Pour être sûr de recevoir nos e-mails, ajoutez lettre@petit-vigilant.fr à votre carnet d'adresses.",
        "Message transféré",
        "Rejoignez notre chaîne WhatsApp",
        "Suivez-nous sur Telegram : t.me/petitvigilant",
        "LE PETIT VIGILANT MARDI 3 MARS 2020 7",
        "Contact : redaction@petit-vigilant.fr",
        "(Transcription automatique)",
        "Transcription générée automatiquement, des erreurs peuvent subsister.",
        "00:12:34",
        "Mis en ligne il y a 3 heures",
        "Signaler un contenu",
        "Faire un don",
        "Cet article vous a plu ? Soutenez notre journal",
    ],
)
def test_furniture_of_other_source_kinds_goes_even_after_the_text(line: str) -> None:
    assert_furniture_everywhere(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le mode sombre de l'application a été salué par les utilisateurs.",
        "Il a été transféré de la prison de Fresnes à l'hôpital de Villejuif.",
        "Le train est arrivé avec 3 h de retard, selon la SNCF.",
        "Le sondage donne 👍 124 votes pour et 38 contre, selon les organisateurs.",
        "Le Petit Vigilant a publié mardi 3 mars 2020 7 démentis de la préfecture.",
        "Le jury lui a donné la note de 4,2/5 pour son interprétation.",
        "Les abonnés peuvent activer les notifications, mais peu le font, selon l'étude.",
    ],
)
def test_sentences_about_apps_and_ratings_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_a_pseudonym_initial_closing_its_line_is_no_sentence_end() -> None:
    comments = "Patrice.K\nil y a 58 minutes\n\"Borderline\", c'est le moins qu'on puisse dire.\nRépondre · J'aime (1)"
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{comments}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    # A sentence glued to the next one still splits.
    assert parse("Le texte a été voté.Le maire a signé.").body == "Le texte a été voté.\n\nLe maire a signé."


def test_a_counter_row_has_a_pictogram_and_no_word() -> None:
    assert is_counter_row("👍 124  💬 38  🔁 12") and is_counter_row("♥ 3 · ↗ 12")
    assert not is_counter_row("35°") and not is_counter_row("124 - 38") and not is_counter_row("👍 124 votes")


# An abridged pull quote: the quotation's words, in order, with cuts

_LATER = (
    "Selon le doyen, \"les étudiantes me disaient souvent qu'elles avaient peur. Certaines demandaient à des garçons"
    " d'être présents à leurs côtés pour se rassurer lorsqu'elles se savaient seules avec lui\", a-t-il expliqué."
)


def test_an_abridged_pull_quote_is_kept_once() -> None:
    pull = "\"Certaines demandaient à des garçons d'être présents lorsqu'elles se savaient seules avec lui\""
    art = parse(f"{BEFORE}\n\n{pull}\n\n{AFTER}\n\n{_LATER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}\n\n{_LATER}"
    assert pull in removed_by(art, "duplicate_pull_quote")


@pytest.mark.parametrize(
    "quote",
    [
        # Words of the other quote out of order, or mostly new words: a quote of its own.
        "\"Lorsqu'elles se savaient seules avec lui, certaines demandaient à des garçons d'être présents.\"",
        '"Certaines demandaient à des garçons de venir, et le doyen n\'a rien fait pour elles"',
    ],
)
def test_a_quotation_with_other_words_or_order_stays(quote: str) -> None:
    art = parse(f"{BEFORE}\n\n{quote}\n\n{AFTER}\n\n{_LATER}")
    assert quote in art.body
