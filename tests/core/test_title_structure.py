"""Title choice from document structure on kinds of document never seen in the gold sets: when the first line reads
as no headline (an app's or a tool's name, a masthead, a page header, a notice), the headline is the last
headline-shaped line among the short lines right above the article's first sentence, and what stands above it is
furniture (its dates still date the article). Near misses keep the first line as the title."""

from __future__ import annotations

import pytest

from pipeline.core import dates, title
from pipeline.core.article import parse_article
from pipeline.core.records import Article

TITLE = "Rennes rend les bus gratuits pour les moins de 18 ans"
P1 = (
    "Le conseil municipal de Rennes a voté lundi soir la gratuité des transports pour les moins de 18 ans, une "
    "mesure qui entrera en vigueur à la rentrée de septembre."
)
P2 = "L'opposition a dénoncé un coût mal évalué, estimé à 4 millions d'euros par an, et demande une étude indépendante."


def parse(text: str) -> Article:
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    return art


def _reads(text: str) -> tuple[str, str | None, str]:
    """The title, the ISO date and the body read from ``text``."""
    art = parse(text)
    return art.title, art.date.value and art.date.value.isoformat(), art.body


@pytest.mark.parametrize(
    "top",
    [
        # An e-paper reader's page: the app's name, the paper, the edition's date, the section and page.
        "PRESSREADER\nLe Journal de l'Ouest\n14 mars 2023\nRennes et sa région · Page 5",
        # An RSS reader's item (Feedly): the app, the day's label, the feed's name and the item's age.
        "Feedly\nAujourd'hui\nLe Journal de l'Ouest · 2h",
        # A browser's "copy all" of the page: skip link, masthead in capitals, menu, breadcrumb.
        "Aller au contenu principal\nLE JOURNAL DE L'OUEST\nActualité Sport Économie Culture Météo\n"
        "Accueil > Bretagne > Rennes",
        # A word processor's export: the page header over the title.
        "Mairie de Rennes · Direction de la communication\nNote interne · Diffusion restreinte",
        # A news-alert service's header.
        "ALERTE INFO\nOuestFlash",
        "Alerte info — Ouest Matin\nmardi 14 mars 2023 à 07:31",
        # An RSS reader's item (Inoreader): the app, its folder label in a headline's shape, the feed.
        "Inoreader\nTous les articles\nOuest Matin",
        # A signed-in page copied whole: account links laid out with spaces, masthead, the edition's date.
        "Mon compte   Se connecter   S'abonner\nLE JOURNAL DE L'OUEST\nÉdition du mardi 14 mars 2023",
    ],
)
def test_headline_above_the_text_is_the_title_under_a_header(top: str) -> None:
    art = parse(f"{top}\n{TITLE}\n{P1}\n{P2}\n")
    assert art.title == TITLE
    assert art.body.startswith(P1)
    assert art.body.rstrip().endswith(P2)


def test_date_in_the_header_above_the_title_dates_the_article() -> None:
    art = parse(f"PRESSREADER\nLe Journal de l'Ouest\n14 mars 2023\n{TITLE}\n{P1}\n")
    assert str(art.date.value) == "2023-03-14"
    assert art.title == TITLE


def test_byline_and_dateline_under_the_title_are_not_the_title() -> None:
    art = parse(
        f"Aller au contenu principal\nLE JOURNAL DE L'OUEST\n{TITLE}\nPar Jeanne Morel\n"
        f"Publié le 14/03/2023 à 07h30\n{P1}\n"
    )
    assert art.title == TITLE
    assert str(art.date.value) == "2023-03-14"


@pytest.mark.parametrize(
    "text",
    [
        # A short title in a headline's shape stays the title, with a dated byline under it.
        f"Le titre\nClaire Dubois - 4 juillet 2018\n\n{P1}\n",
        # A title in capitals alone in its paragraph, a standfirst without a full stop under it.
        f"RENNES REND LES BUS GRATUITS AUX JEUNES\n\nUne mesure votée lundi soir par le conseil municipal\n\n{P1}\n",
        # Short sentences before the text: they are the text, no header.
        f"Brexit\nLe vote a eu lieu hier soir.\nLes députés ont approuvé le texte\n{P1}\n",
    ],
)
def test_first_line_stays_the_title_without_a_header(text: str) -> None:
    art = parse(text)
    assert art.title == text.split("\n")[0]


def test_headline_then_standfirst_then_byline_under_an_app_header() -> None:
    standfirst = "Une mesure votée lundi soir par le conseil municipal"
    art = parse(f"PRESSREADER\n\nOuest Matin\n\n14 mars 2023\n\n{TITLE}\n\n{standfirst}\n\nJeanne Morel\n\n{P1}\n")
    assert art.title == TITLE
    assert str(art.date.value) == "2023-03-14"
    assert P1 in art.body


CAPTURE_FRAME = (
    "VTX-Capture 2.3 — export texte — service : INFO 24 — capturé le 25/07/2018 07:12 — sous-pages 1/3 à 3/3\n"
    "P150   INFO 24 TXT   150   mer 25 juil 07:12:44\nINFO EN CONTINU   1/3\n============================="
)
# a fax's cover: a note and a notice among its fields, and a "Date :" field that is not the source's header
FAX_COVER = (
    "12/03/2021 10:02      +33 1 40 00 00 00      GARAGE CENTRAL      P.001/002\nTÉLÉCOPIE\n"
    "Date : 12/03/2021      Nombre de pages : 2\n"
    "Message : Bonjour, voici l'article dont nous avons parlé au téléphone. Cordialement.\n"
    "Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de nous prévenir."
)


@pytest.mark.parametrize(
    ("frame", "header", "date"),
    [(CAPTURE_FRAME, "24.07.2018", "2018-07-24"), (FAX_COVER, "2021-03-10", "2021-03-10")],
    ids=["capture-frame", "fax-cover"],
)
def test_date_header_under_a_frame_gives_title_and_date(frame: str, header: str, date: str) -> None:
    art = parse(f"{frame}\n date {header} {TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE
    assert str(art.date.value) == date
    assert art.body == f"{P1}\n\n{P2}"


def test_date_header_under_a_sentence_is_no_header() -> None:
    text = f"{P2}\n date 24.07.2018 {TITLE}\n\n{P1}\n"
    art = parse(text)
    assert art.title == P2
    assert art.date.value is None


def test_tool_bar_in_columns_is_no_title_and_the_quoted_address_dates_the_page() -> None:
    top = (
        "LinguaPont Traduction   Texte   Documents   Sites web\nConnexion   Essayer LinguaPont Pro\n"
        "Traduire un site web : https://www.journal-ouest.fr/rennes/2020/02/06/bus-gratuits_20448.html\n"
        "Texte source — 1 834 / 5 000 caractères"
    )
    art = parse(f"{top}\n\n{TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE
    assert str(art.date.value) == "2020-02-06"
    assert art.body == f"{P1}\n\n{P2}"


def test_headline_in_one_line_stays_the_title() -> None:
    art = parse(f"{TITLE}\n\n{P1}\n")
    assert art.title == TITLE


def test_message_date_field_above_the_title_is_furniture_and_never_dates() -> None:
    top = (
        "MESSAGERIE   Boîte de réception (3)\nDe : Alertes Ouest Matin <alertes@ouest-matin.fr>\n"
        f"Objet : {TITLE}\nDate : mar. 14 mars 2023 07:31"
    )
    art = parse(f"{top}\n\n{TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE
    assert art.date.value is None  # the message's sending date
    assert art.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Date : mar. 14 mars 2023 07:31", True),
        ("Date: 14/03/2023", True),
        ("Parution : 14/03/2023", False),  # a publication line
        ("Date de publication (published_at) : 2021-03-12T07:30:00+01:00", False),
        ("Source : la préfecture ferme le pont le 14 mars 2023", False),
        ("Date limite pour les dossiers le 14 mars 2023", False),
    ],
)
def test_other_date_field_is_a_label_then_only_a_date(line: str, field: bool) -> None:
    assert dates.is_other_date_field(line) is field


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Action : balayée (23/04/2020 07:16:40)", False),
        ("Désignation : article de presse en ligne, tiré le 14/06/2018", False),
        # a headline's topic and clause, even with a date in words
        ('Coronavirus : Laurent Berger prône un "impôt exceptionnel" pour sortir de la crise', True),
        ("Municipales : le second tour fixé au 28 juin 2020", True),
    ],
)
def test_a_stamped_record_field_is_no_headline(line: str, headline: bool) -> None:
    assert title.reads_as_headline(line) is headline


RECORD = (
    "Référencia 4.2 — Rapport généré à partir de 1 élément · 03/12/2018 16:47\n"
    "Bibliothèque de groupe : Mémoire (partagée, 6 membres)\nType d'élément : Article de journal\n"
    "Titre court : Bus gratuits\nPublication : Le Journal de l'Ouest\nDate : 14/03/2023\n"
    "Consulté le : 26/11/2023 21:14:08\nAjouté le : 26/11/2023 21:14:09\nModifié le : 02/12/2023 10:31:55\n"
    "Marqueurs : transports · Rennes\nLangue : fr\nPièces jointes : Capture (HTML, 212 Ko)\n"
    "Note de l'élément (texte de la capture) :"
)


def test_a_reference_managers_record_is_furniture_and_its_date_field_dates_the_article() -> None:
    """Thirteen record fields above the headline; the record names the publication, so its "Date" is the
    article's (not the report's, added or consulted dates)."""
    art = parse(f"{RECORD}\n{TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE
    assert (art.date.value.isoformat(), art.date.precision) == ("2023-03-14", "day")
    assert art.body == f"{P1}\n\n{P2}"


def test_a_record_naming_no_publication_never_dates_by_its_date_field() -> None:
    record = RECORD.replace("Publication : Le Journal de l'Ouest\n", "")
    art = parse(f"{record}\n{TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE and art.date.value is None


RECORD_ROWS = (
    "Type d'élément : Article\nBibliothèque de groupe : Mémoire\nPublication : Le Journal\n\nBrexit : Theresa part"
)
ALERT_ROWS = "Article 2 sur 5\nNice : un incendie mortel\nSource : Azur Web\nLien : https://azur.fr/a"
CATALOGUE_ROWS = "Titre :\nBrexit : Xavier Bertrand part\nDate de publication : 24 janvier 2020\nLangue : français"


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        # A record's fields: a label of several words or a record's label.
        (RECORD_ROWS, "Type d'élément : Article", True),
        (RECORD_ROWS, "Bibliothèque de groupe : Mémoire", True),
        (RECORD_ROWS, "Publication : Le Journal", True),
        (RECORD_ROWS, "Brexit : Theresa part", False),  # alone in its paragraph
        # A headline on a topic (one word before its colon) over a record's source and address lines.
        (ALERT_ROWS, "Nice : un incendie mortel", False),
        (ALERT_ROWS, "Source : Azur Web", True),
        # A record's title: the value under a bare label, whatever its shape.
        (CATALOGUE_ROWS, "Brexit : Xavier Bertrand part", False),
    ],
)
def test_field_lines_in_a_run_are_a_record_and_a_topic_headline_is_not(text: str, line: str, field: bool) -> None:
    match = next(m for m in title._LINE.finditer(text) if m.group(0) == line)
    assert title._in_field_run(text, match) is field


def test_a_kiosk_page_section_label_is_no_title_and_the_edition_dates_the_article() -> None:
    top = (
        "KiosqueLib · Lecteur e-paper 4.2 — mode texte\n"
        "Le Journal de l'Ouest — Édition numérique du mardi 14 mars 2023\n"
        "Page 27/40 · Rubrique : Rennes et région · Zoom 125 %\n"
        "◄ Page précédente   |   Sommaire de l'édition   |   Page suivante ►\nRennes et région"
    )
    assert _reads(f"{top}\n\n{TITLE}\n\n{P1}\n\n{P2}\n") == (TITLE, "2023-03-14", f"{P1}\n\n{P2}")


def test_a_short_headline_repeating_no_field_value_stays_the_title() -> None:
    top = "KiosqueLib · Lecteur e-paper 4.2 — mode texte\nPage 27/40 · Rubrique : Sport · Zoom 125 %"
    art = parse(f"{top}\n{TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE


def test_a_program_page_above_a_pasted_article_is_furniture_down_to_the_headline_over_its_prose() -> None:
    """A petition site's page: its name, a breadcrumb, counters, a button, a heading and a note above the pasted
    article; the headline is the line alone over the article's prose, past its dateline."""
    top = (
        "Signons.fr — la plateforme des pétitions citoyennes\nAccueil › Pétitions › Transports\n"
        "Pétition · Des bus gratuits pour tous : interpellons nos élus !\n12 847 signatures · Objectif : 15 000\n"
        "[ Signer cette pétition ]\nPourquoi cette pétition est importante\n"
        "Nous reproduisons ci-dessous l'article qui a motivé notre pétition :"
    )
    dateline = "Publié le mardi 14 mars 2023 à 11h42 — Agence Ouest"
    assert _reads(f"{top}\n\n{TITLE}\n{dateline}\n\n{P1}\n\n{P2}\n") == (TITLE, "2023-03-14", f"{P1}\n\n{P2}")


def test_minutes_quoting_an_article_under_their_heading_block() -> None:
    """A document's heading over a block of its date and fields (no furniture the rules know): the headline over
    the pasted article's prose is the title, even one closing on a quotation."""
    headline = 'Rennes : la maire veut "des bus gratuits" et "un métro plus long"'
    top = (
        "FÉDÉRATION DES USAGERS DES TRANSPORTS\nCompte rendu de la réunion du bureau\n"
        "Mardi 14 mars 2023, 18 h 00 — en visioconférence\nPrésents : Mme Roux (présidente), M. Sarda (trésorier)\n"
        "Ordre du jour : 1. Gratuité · 2. Questions diverses\n\nPoint 1 — Gratuité\n"
        "La secrétaire donne lecture de l'article suivant :\nSource : Ouest Info · date 13/03/2023"
    )
    art = parse(f"{top}\n{headline}\n\n{P1}\n\n{P2}\n")
    assert art.title == headline
    assert art.date.value is not None and art.date.value.isoformat() == "2023-03-13"


@pytest.mark.parametrize(
    "under",
    [
        "Par Julien Martin\nSuivre\nPublié le 14 mars 2023 à 08h12\nTemps de lecture : 2 min",
        "Temps de lecture : 3 min\nPartager sur Facebook Partager sur Twitter Envoyer par e-mail",
    ],
)
def test_a_headline_over_its_byline_and_buttons_stays_the_title(under: str) -> None:
    art = parse(f"{TITLE}\n{under}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE


def test_a_date_header_under_a_books_front_matter_and_contents() -> None:
    front = "\n".join(
        ["Otages. Récits de presse, 2013-2018", "Anthologie établie par Mathilde Arvenne", "© Éditions du Quai, 2019"]
        + ["ISBN numérique : 978-2-49317-062-4", "Dépôt légal : mars 2019", "Table des matières", "Avant-propos"]
        + [f"{n}. Chapitre {n}" for n in range(1, 12)]
        + ["[Texte paru dans la presse en ligne ; reproduit sans modification.]"]
    )
    art = parse(f"{front}\n\n date 2023-03-14 {TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE and art.date.value is not None and art.date.value.isoformat() == "2023-03-14"


CHAT = (
    "Parolia — Export de conversation\nTitre de la conversation : Bus gratuits à Rennes\n"
    "Modèle : Parolia-4 mini · Exporté le 15/03/2023 à 08:41\n────────────────\nVous · 14/03/2023 21:14\n"
    "Peux-tu me résumer cet article en trois points ?\n"
    "Je l'ai copié ce soir, le 15 mars 2023. Date de publication indiquée sous le titre : mardi 14 mars 2023.\n"
    "[Texte collé · 1 874 caractères]"
)
REPLY = (
    "Parolia · 14/03/2023 21:14\nVoici un résumé en trois points :\n1. Rennes rend les bus gratuits aux jeunes.\n"
    "Souhaites-tu une version plus courte ?\nVous · 14/03/2023 21:16\nNon merci, c'est parfait.\n"
    "Parolia peut faire des erreurs. Vérifiez les informations importantes."
)


def test_an_assistants_conversation_export_keeps_the_pasted_article_alone() -> None:
    """The conversation's title field is no headline (the headline right above the prose stands lower), the user's
    note dates the article by its sentence naming the publication date, and the assistant's reply and the next
    turns go."""
    assert _reads(f"{CHAT}\n\n{TITLE}\n\n{P1}\n\n{P2}\n\n{REPLY}\n") == (TITLE, "2023-03-14", f"{P1}\n\n{P2}")


def test_a_turn_header_under_the_text_with_no_turn_above_is_kept_as_text() -> None:
    """No conversation opened above the text: a line shaped like a turn header under it ends nothing."""
    art = parse(f"{TITLE}\n\n{P1}\n\nMairie de Rennes · 14:07\n\n{P2}\n")
    assert P2 in art.body


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Heure de l'article : 21-JUN-2019 08:47 GMT · Priorité : URGENT · Langue : FR", "2019-06-21"),
        ("Client : L'Hebdo · N° 412 · parution prévue le jeudi 6 février 2020", None),  # a planned date
        ("Mise en ligne prévue : 2019-05-07 07:00 · durée totale 00:01:52", None),
        ("Je l'ai copié le 2 juillet 2020. Date de publication indiquée : mercredi 1er juillet 2020.", "2020-07-01"),
    ],
)
def test_furniture_dates_of_a_terminal_a_print_proof_and_a_note(line: str, day: str | None) -> None:
    found = dates.furniture_date(line)
    assert (found.value.isoformat() if found and found.value else None) == day


def test_a_thread_exports_note_dates_the_article_by_its_own_words() -> None:
    """A re-poster's note above the headline dates nothing, unless it states the article's publication itself."""
    top = (
        "Fil exporté avec Tootlog 2.3 · export du 07/09/2023 22:18\nLien du fil : https://babille.social/@nqa/1027\n"
        "Nolwenn Quéméner @nqa@babille.social · 5 sept. 2023, 08:12 · Public\n"
        "🧵 Article paru le 04/09/2023, recopié en fil pour celles et ceux sans abonnement (1/5)"
    )
    art = parse(f"{top}\n\n{TITLE}\n\n{P1}\n\n{P2}\n")
    assert art.title == TITLE and art.date.value is not None and art.date.value.isoformat() == "2023-09-04"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Métadonnées : source=orangesum ; langue=fr ; date_publication=2016-08-07 ; rubrique=monde", "2016-08-07"),
        ("Métadonnées : source=orangesum ; langue=fr ; importé=2016-09-12 ; rubrique=monde", None),
    ],
)
def test_a_tools_metadata_row_dates_by_its_publication_key(line: str, day: str | None) -> None:
    found = dates.furniture_date(line)
    assert (found.value.isoformat() if found and found.value else None) == day
