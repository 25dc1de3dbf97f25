"""Furniture of source kinds no reference had when the rules were written (print pages, forum re-posts, small
agencies' wires): synthetic lines with invented publishers and people, both sides."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

from .test_cleaning_sources import AFTER, BEFORE, assert_kept_everywhere, assert_removed_everywhere, parse, removed_by

# Print pages: a caption a blank line above its credit in capitals


@pytest.mark.parametrize(
    "credit",
    ["PHOTO ARCHIVES MATHILDE ROUSSANGE", "PHOTO DR", "PHOTO ILLUSTRATION GASPARD LEHUÉDÉ", "INFOGRAPHIE LE RÉVEIL"],
)
def test_a_print_credit_in_capitals_and_its_caption_go(credit: str) -> None:
    caption = "Le parc reste ouvert, mais les spectacles en plein air sont annulés."
    art = parse(f"{BEFORE}\n\n{caption}\n\n{credit}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert caption in removed_by(art, "caption") and credit in removed_by(art, "caption")


@pytest.mark.parametrize(
    "above",
    [
        # Two sentences are text, not a caption.
        "Le parc reste ouvert. Les spectacles en plein air sont annulés jusqu'en avril.",
        # Speech is text.
        '"Le parc reste ouvert", a indiqué la direction.',
    ],
)
def test_text_above_a_print_credit_stays(above: str) -> None:
    art = parse(f"{BEFORE}\n\n{above}\n\nPHOTO DR\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{above}\n\n{AFTER}"


def test_a_sentence_above_a_credit_not_in_capitals_stays_unless_it_is_a_bare_caption() -> None:
    sentence = "Le parc reste ouvert, mais les spectacles en plein air sont annulés."
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}\n\nPhoto : Léa Fontaine")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"
    assert_kept_everywhere("PHOTO FINISH POUR LES ÉLUS, a titré le journal local.")


# Wire datelines of an agency no list knows


@pytest.mark.parametrize(
    "dateline", ["Rouen, 31 janv. 2018 (MPI) - ", "Brest, 4 mars 2021 (PRB) — ", "Saint-Malo, 1er juin 2019 (AGP) - "]
)
def test_an_unknown_agency_dateline_with_a_full_date_is_cut(dateline: str) -> None:
    text = "Ce sont ainsi cinq notes qui ont été rédigées avant l'attentat."
    art = parse(f"{BEFORE}\n\n{dateline}{text}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{text}\n\n{AFTER}"
    assert dateline.strip() in removed_by(art, "agency_credit")


@pytest.mark.parametrize(
    "sentence",
    [
        # No date, or no year: an organisation's initials in brackets opening a sentence.
        "Rouen (CGT) - Les syndicats appellent à la grève jeudi.",
        "Rouen, 31 janvier (CGT) - Les syndicats appellent à la grève jeudi.",
        # No dash after the brackets.
        "Rouen, 31 janvier 2018 (CGT) Les syndicats appellent à la grève jeudi.",
    ],
)
def test_initials_in_brackets_without_a_wire_dateline_shape_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# A shouted heading ending on a question mark, glued between sentences


def test_a_shouted_question_heading_glued_between_sentences_goes() -> None:
    head = "MAUVAISE COMMUNICATION ENTRE LES SERVICES ?"
    art = parse(f"Le service avait ouvert le bal le 21 juillet.{head}Comme l'avait révélé le site, il a alerté.")
    assert head in removed_by(art, "subheading")
    assert "le 21 juillet.\n\nComme l'avait" in art.body


def test_a_shouted_question_inside_a_quotation_stays() -> None:
    assert_kept_everywhere('Les manifestants scandaient "OÙ EST L\'ARGENT ?" devant la mairie, selon la police.')


# Forum and group re-posts: the re-poster's greeting and sign-off


@pytest.mark.parametrize(
    "greeting",
    [
        "Salut à tous ! Je vous partage cet article trouvé ce matin, à lire avant de commander vos cadeaux :",
        "Hello les amis, voici un article qui devrait vous intéresser.",
        "Coucou tout le monde ! Je suis tombée sur ça en prenant mon café…",
    ],
)
def test_a_reposters_greeting_goes(greeting: str) -> None:
    assert_removed_everywhere(greeting, "byline")


@pytest.mark.parametrize(
    "signoff",
    [
        "Voilà, prenez soin de vos loulous et racontez-moi vos mésaventures en commentaire ! Bises, Cricri_des_Landes",
        "Bonne lecture à tous ! @+ Fred74",
        "Bises, Nanou",
    ],
)
def test_a_reposters_signoff_goes(signoff: str) -> None:
    assert_removed_everywhere(signoff, "byline")


@pytest.mark.parametrize(
    "sentence",
    [
        "Bonjour, je vous partage mon inquiétude, a écrit le maire dans une lettre ouverte publiée jeudi.",
        '"Salut à tous ! Je vous partage cette nouvelle", a lancé le chanteur sur scène.',
        "Le ministre a terminé sa lettre par ces mots : bises, Jean.",
        "Les élus ont souhaité une bonne journée à tous les participants de la course.",
        "Il a salué la foule avant de partir. À bientôt, a-t-il lancé.",
    ],
)
def test_greetings_and_farewells_in_the_text_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# A pull quote's attribution a blank line under it


QUOTE = "« Un prix excessivement attractif doit être vu comme un signal d'alerte »"
BODY = "« Un prix excessivement attractif doit être vu comme un signal d'alerte », souligne-t-il."


def test_a_pull_quote_attribution_with_a_role_may_stand_a_blank_line_under_it() -> None:
    said = "— Mounir Durand, secrétaire d'État chargé du Numérique"
    art = parse(f"{BEFORE}\n\n{QUOTE}\n\n{said}\n\n{BODY}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{BODY}\n\n{AFTER}"
    assert said in removed_by(art, "duplicate_pull_quote")


@pytest.mark.parametrize("line", ["— Mounir Durand", "— Mounir Durand, qui a signé le texte"])
def test_a_bare_name_or_a_clause_a_blank_line_under_a_pull_quote_stays(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{QUOTE}\n\n{line}\n\n{BODY}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{line}\n\n{BODY}\n\n{AFTER}"


# A flattened sub-heading spaced between a sentence end and the next sentence's opener


@pytest.mark.parametrize(
    ("before", "head", "after"),
    [
        (
            "on parle \"d'un gros paquet d'actions\". ",
            "La retraite et une indemnité de non concurrence",
            " En mars, alors qu'il fêtera ses 65 ans, il pourra prétendre à sa retraite.",
        ),
        (
            "ont indiqué les gendarmes. ",
            "Un des enfants héliporté à Lyon",
            " L'un des enfants, blessé à la tête, a été héliporté.",
        ),
        (  # after a quotation closing the sentence without its full stop
            "« Nous ne prendrons aucun risque avec la santé des Français » ",
            "Des vacances toujours menacées",
            " De nombreux Français tentent de prévoir leur été.",
        ),
    ],
)
def test_a_spaced_heading_before_a_sentence_opener_goes(before: str, head: str, after: str) -> None:
    art = parse(f"Le conseil se réunit jeudi et {before}{head}{after}")
    assert head in removed_by(art, "subheading")
    assert after.strip() in art.body.split("\n\n")[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        # The "opener" opens a name in apposition to a media or work noun.
        "La lumière a été vue partout. Selon le média local L'indépendant, la météorite est tombée en mer.",
        "Le film est prêt. Il sera diffusé en 2019 sur la chaîne La chaîne parlementaire, qui le coproduit.",
        "Le film est prêt. Sa diffusion est prévue sur la chaîne Les amis du cinéma, qui le coproduit.",
        # A name after the opener ("Le Pen"), a function word at the end: one sentence.
        "Le débat est lancé. Le président sortant fait face à Le Pen dans les sondages.",
        # No sentence end before it.
        "Le président du département est décidé La mairie a réagi.",
        # A quotation closing inside the sentence, a name after it.
        "Il a jugé cette mesure « inacceptable » Marine Le Pen aussi, dans un communiqué.",
    ],
)
def test_sentences_with_a_capitalised_article_inside_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# Comment sections, live blogs, paywalls, web archives, print/PDF exports, apps, machine translation: a line of
# furniture goes between paragraphs, after the text and before it (not only where a short line looks like a heading).


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Cricri_des_Landes · il y a 3 heures", "comments"),
        ("Jean-Marc D. — 12 mars 2019 à 14h32", "comments"),
        ("Marcel75 le 12/03/2019 à 14:32", "comments"),
        ("Marcel75 a écrit :", "comments"),
        ("Répondre à Marcel75", "comments"),
        ("Trier par : Les plus récents", "comments"),
        ("Réagir à cet article", "comments"),
        ("Ce commentaire a été supprimé par la modération.", "comments"),
        ("EN DIRECT", "publisher_boilerplate"),
        ("10h32", "publisher_boilerplate"),
        ("Il y a 5 min", "publisher_boilerplate"),
        ("Ce direct est désormais terminé. Merci de l'avoir suivi.", "publisher_boilerplate"),
        ("Suivez notre direct", "publisher_boilerplate"),
        ("Afficher les nouveaux messages (3)", "publisher_boilerplate"),
        ("📌 Épinglé", "publisher_boilerplate"),
        ("Vous avez lu 3 articles gratuits ce mois-ci.", "publisher_boilerplate"),
        ("Offre spéciale : 1€ le premier mois", "publisher_boilerplate"),
        ("Capture du 12 mars 2019 à 14:32:10", "publisher_boilerplate"),
        ("Wayback Machine", "publisher_boilerplate"),
        ("Cette page a été archivée le 12/03/2019.", "publisher_boilerplate"),
        ("La page que vous consultez est une archive.", "publisher_boilerplate"),
        ("Page 2/3", "publisher_boilerplate"),
        ("- 2 -", "subheading"),
        ("Imprimé le 13/03/2020 à 05:02", "publisher_boilerplate"),
        ("Document imprimé depuis le site exemple.fr", "publisher_boilerplate"),
        ("Ouvrir dans l'application", "publisher_boilerplate"),
        ("Version AMP", "publisher_boilerplate"),
        ("Cet article est une traduction automatique.", "publisher_boilerplate"),
    ],
)
def test_furniture_of_unseen_source_kinds_goes_anywhere(line: str, rule: str) -> None:
    assert_removed_everywhere(line, rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le direct de la chaîne est terminé depuis 20 heures, selon la direction.",
        "À 10h32, le train est reparti de la gare de Lyon.",
        "Page 2 du rapport, le ministre détaille ses chiffres.",
        "Capturé le 12 mars par les rebelles, le soldat a été libéré.",
        "Téléchargé le 3 mars plus de deux millions de fois, le jeu a séduit.",
        "Marcel Dupont a écrit : le texte a été publié dans la presse locale.",
        "Jean-Marc Durand, 12 mars 2019 à Lyon, a signé le contrat avec la mairie.",
        "Il y a 5 minutes à peine, le ministre a quitté la salle.",
        "La page que vous consultez est une archive du ministère, a rappelé le porte-parole.",
        "Vous avez lu 3 articles gratuits ce mois-ci, écrit le journal à ses lecteurs dans un courriel.",
    ],
)
def test_sentences_like_unseen_furniture_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_a_name_and_date_under_the_title_still_dates_the_page() -> None:
    art = parse(f"Claire Dubois - 4 juillet 2018\n\n{BEFORE}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert str(art.date.value) == "2018-07-04"


@pytest.mark.parametrize("line", ["Imprimé le 13/03/2020 à 05:02", "Publié le 12/03/2019 à 14:32"])
def test_a_participle_and_a_date_is_no_comment_header(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert "comments" not in {e.rule for e in art.edits}


# A print or PDF page's running head or footer, repeated on every page


def test_a_running_head_repeated_with_its_page_number_goes_every_time() -> None:
    head = "LE RÉVEIL DU BOCAGE · ÉDITION DU NORD · PAGE {}"
    foot = "lereveil-exemple.fr · Édition de Bressuire"
    body = f"{head.format(4)}\n\n{BEFORE}\n\n{foot}\n\n{head.format(5)}\n\n{AFTER}\n\n{foot}"
    art = parse(body)
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert removed_by(art, "navigation").count("PAGE") == 2


@pytest.mark.parametrize(
    "line",
    [
        "Emmanuel Durand :",  # an interview's speaker label
        "— Non",  # dialogue
    ],
)
def test_repeated_labels_and_dialogue_stay(line: str) -> None:
    body = f"{line}\n\n{BEFORE}\n\n{line}\n\n{AFTER}"
    assert parse(body).body == body


def test_a_repeated_pull_quote_is_kept_once_not_dropped_as_a_running_head() -> None:
    quote = "« Nous ne lâcherons rien »"
    art = parse(f"{quote}\n\n{BEFORE}\n\n{quote}\n\n{AFTER}")
    assert art.body.count(quote) == 1


def test_a_short_line_seen_once_is_no_running_head() -> None:
    body = f"{BEFORE}\n\n{AFTER}\n\nLE RÉVEIL DU BOCAGE"
    assert "navigation" not in {e.rule for e in parse(body).edits}


# A comment section: headers, buttons and each comment's text right under its header


COMMENTS = """37 commentaires

Trier par : Les plus récents

Marcel79 · il y a 3 heures
Enfin une bonne nouvelle pour ceux qui n'ont pas de voiture !
J'aime (12) · Répondre

Sophie L. — 12 mars 2019 à 21h14
Et qui va payer ? Les entreprises évidemment...
Répondre

Ce commentaire a été supprimé par la modération.

Voir plus de commentaires"""


def test_a_comment_section_goes_with_the_comments_texts() -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{COMMENTS}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Les entreprises évidemment" in removed_by(art, "comments")


@pytest.mark.parametrize(
    "header",
    [
        "Claire Dubois - 4 juillet 2018",  # an author's byline
        "Paris · il y a 3 heures",  # a dateline
        "Macron a écrit :",  # a letter quoted in the text
    ],
)
def test_text_under_a_byline_dateline_or_letter_header_stays(header: str) -> None:
    art = parse(f"{BEFORE}\n\n{header}\n{AFTER}")
    assert AFTER in art.body


# Lines above the title: a web archive's capture, a reader-mode page's host and switch


def _parse_raw(raw: str) -> Article:
    art = parse_article("x.txt", raw.encode())
    assert isinstance(art, Article)
    return art


def test_a_web_archive_capture_above_the_title_goes_and_its_page_url_dates_the_page() -> None:
    url = "https://web.archive.org/web/20190312143210/https://www.exemple-info.fr/politique/2019/03/10/le-senat-adopte"
    raw = f"The Wayback Machine - {url}\n\nCapture du 12 mars 2019 à 14:32:10\n\nLe Sénat adopte la loi\n\n{BEFORE}"
    art = _parse_raw(raw)
    assert art.title == "Le Sénat adopte la loi" and art.body == BEFORE
    assert str(art.date.value) == "2019-03-10" and art.date.source == "url"


def test_a_capture_timestamp_alone_dates_nothing() -> None:
    url = "https://web.archive.org/web/20190312143210/https://www.exemple-info.fr/politique/le-senat-adopte"
    art = _parse_raw(f"The Wayback Machine - {url}\n\nLe Sénat adopte la loi\n\n{BEFORE}")
    assert art.title == "Le Sénat adopte la loi" and art.date.value is None


def test_a_reader_mode_pages_host_and_switch_above_the_title_go() -> None:
    art = _parse_raw(f"exemple-quotidien.fr\nMode lecture\nLa Cour des comptes épingle les cantines\n{BEFORE}")
    assert art.title == "La Cour des comptes épingle les cantines" and art.body == BEFORE


@pytest.mark.parametrize("title", ["Doctolib.fr victime d'une panne géante", "Le site Doctolib.fr en panne"])
def test_a_title_naming_a_site_stays_the_title(title: str) -> None:
    assert _parse_raw(f"{title}\n\n{BEFORE}").title == title


# A sentence cut by a page break: its halves join once the page's furniture between them is gone


@pytest.mark.parametrize("furniture", ["Page 1/2", "PHOTO DR", "Imprimé le 04/06/2021 à 06:15"])
def test_a_sentence_cut_by_page_furniture_is_joined(furniture: str) -> None:
    art = parse(
        f"{BEFORE}\n\nLe pont sera fermé, a annoncé jeudi la société\n\n{furniture}\n\nconcessionnaire.\n\n{AFTER}"
    )
    assert art.body == f"{BEFORE}\n\nLe pont sera fermé, a annoncé jeudi la société concessionnaire.\n\n{AFTER}"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Le pont sera fermé, a annoncé jeudi la société.", "concessionnaire et mairie se sont entendues."),
        ("Le pont sera fermé, a annoncé jeudi la société", "Concessionnaire et mairie se sont entendues."),
    ],
)
def test_paragraphs_with_a_sentence_end_or_a_capital_between_them_stay_apart(first: str, second: str) -> None:
    art = parse(f"{BEFORE}\n\n{first}\n\nPage 1/2\n\n{second}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{first}\n\n{second}\n\n{AFTER}"


def test_a_sentence_cut_by_a_running_head_is_joined() -> None:
    head = "LE RÉVEIL DU BOCAGE — PAGE {}"
    art = parse(f"{head.format(1)}\n\nLe pont sera fermé, a annoncé la société\n\n{head.format(2)}\n\nconcessionnaire.")
    assert art.body == "Le pont sera fermé, a annoncé la société concessionnaire."


def test_no_join_without_furniture_between() -> None:
    body = f"{BEFORE}\n\nLe pont sera fermé, a annoncé jeudi la société\n\nconcessionnaire.\n\n{AFTER}"
    assert parse(body).body == body


@pytest.mark.parametrize(
    "head",
    ["LA DÉPÊCHE DU CAUSSE — LUNDI 16 MARS 2020", "OUEST-EXEMPLE · Lundi 16 mars 2020 · Page 7"],
)
def test_a_print_running_head_with_its_edition_date_goes_even_once(head: str) -> None:
    assert_removed_everywhere(head, "publisher_boilerplate")


def test_a_sentence_opening_on_a_name_in_capitals_and_a_date_stays() -> None:
    assert_kept_everywhere("LA DÉPÊCHE DU CAUSSE — lundi 16 mars 2020, le journal a changé de format.")


def test_a_comment_set_off_by_blank_lines_goes_between_its_header_and_its_buttons() -> None:
    comment = "Et qui va payer ? Les entreprises évidemment..."
    art = parse(f"{BEFORE}\n\n{AFTER}\n\nSophie L. — 12 mars 2019 à 21h14\n\n{comment}\n\nJ'aime (3) · Répondre")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert comment in removed_by(art, "comments")


def test_text_after_a_comment_header_without_buttons_under_it_stays() -> None:
    art = parse(f"{BEFORE}\n\nMarcel79 · il y a 3 heures\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
