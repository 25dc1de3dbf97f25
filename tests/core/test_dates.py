"""Publication dates: header forms, malformed headers, publication lines, dated URLs."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core import dates
from pipeline.core.article import parse_article
from pipeline.core.records import Article


@pytest.mark.parametrize(
    ("header", "value", "precision"),
    [
        (" date 2022-02 ", date(2022, 2, 1), "month"),
        ("date 2022-02-16 ", date(2022, 2, 16), "day"),
        ("date 16/02/2022 ", date(2022, 2, 16), "day"),
        ("date 16.02.2022 ", date(2022, 2, 16), "day"),
        ("date 16 février 2022 ", date(2022, 2, 16), "day"),
        ("date 1er mars 2021 ", date(2021, 3, 1), "day"),
        ("date mercredi 16 février 2022 à 08h12 ", date(2022, 2, 16), "day"),
        ("date 16 févr. 2022 ", date(2022, 2, 16), "day"),
        ("date sept. 2021 ", date(2021, 9, 1), "month"),
        ("date Décembre 2019 ", date(2019, 12, 1), "month"),
        ("date 2022-02-16T08:12:00+01:00 ", date(2022, 2, 16), "day"),
        ("date 2022-02-16 08:12 ", date(2022, 2, 16), "day"),
        ("Date: 2020 ", date(2020, 1, 1), "year"),
    ],
)
def test_header_forms(header: str, value: date, precision: str) -> None:
    art = parse_article("x.txt", f"{header}Le titre\n\nLe corps.".encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.precision, art.date.source) == (value, precision, "header")
    assert art.title == "Le titre"
    assert art.edits[0].rule == "date_header" and art.edits[0].start == 0


def test_title_on_the_next_line() -> None:
    art = parse_article("x.txt", b"date 2022-02-16\nLe titre\nLe corps.")
    assert isinstance(art, Article)
    assert art.title == "Le titre" and art.body == "Le corps." and art.date.value == date(2022, 2, 16)


@pytest.mark.parametrize("bad", ["2022-13", "31/02/2022", "2022-02-30", "32 janvier 2022", "16-02-22"])
def test_malformed_header_date_keeps_the_article_undated(bad: str) -> None:
    art = parse_article("x.txt", f" date {bad} Le titre\n\nLe corps.".encode())
    assert isinstance(art, Article)
    assert art.date.value is None and art.date.precision is None and art.date.problem
    assert art.title == "Le titre"
    assert any("date header" in w for w in art.warnings)


def test_a_title_starting_with_the_word_date_is_not_a_header() -> None:
    art = parse_article("x.txt", "Date limite des impôts repoussée\n\nLe corps.".encode())
    assert isinstance(art, Article)
    assert art.title == "Date limite des impôts repoussée" and art.date.value is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Publié le 15 mars 2021 à 08h12", date(2021, 3, 15)),
        ("Publié le 15/03/2021 à 08:12 - Mis à jour le 16/03/2021 à 10:00", date(2021, 3, 15)),
        ("Mis à jour le 16/03/2021 à 10h00, publié le 15/03/2021 à 08h12", date(2021, 3, 15)),
        ("Publié le lundi 15 mars 2021", date(2021, 3, 15)),
        ("Mis en ligne le 2021-03-15T08:12:00Z", date(2021, 3, 15)),
    ],
)
def test_publication_line_dates_an_undated_article(line: str, value: date) -> None:
    art = parse_article("x.txt", f"Le titre\n{line}\n\nLe corps du texte.".encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.precision, art.date.source) == (value, "day", "text")
    assert line not in art.body and art.body == "Le corps du texte."


def test_update_line_is_removed_but_is_not_a_publication_date() -> None:
    art = parse_article("x.txt", "Le titre\nMis à jour le 16 mars 2021 à 10h00\n\nLe corps.".encode())
    assert isinstance(art, Article)
    assert art.date.value is None and art.body == "Le corps."


def test_dated_url_of_the_article() -> None:
    text = "Le titre\nhttps://www.exemple.fr/monde/2021/03/15/un-article_42.html\n\nLe corps."
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.precision, art.date.source) == (date(2021, 3, 15), "day", "url")
    assert "https" not in art.body


def test_labelled_source_url_at_the_end_dates_the_page_and_is_removed() -> None:
    url = "https://www.exemple.fr/monde/2015/05/11/un-article_42.html"
    text = f"Le titre\n\nLe corps.\n\nArticle original : {url}"
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (date(2015, 5, 11), "url")
    assert art.body == "Le corps."


def test_original_article_mentioned_in_a_sentence_is_kept() -> None:
    body = "L'article original : il était paru le 11 mai 2015 dans un quotidien du soir, a précisé l'auteur."
    art = parse_article("x.txt", f"Le titre\n\n{body}".encode())
    assert isinstance(art, Article)
    assert art.date.value is None
    assert art.body == body


def test_blog_date_line_under_the_author_widget() -> None:
    text = (
        "Le titre\n\nÉcrit par Julie Martin\nJournaliste politique · 87 articles · S'abonner à l'auteur\n\n"
        "Lundi 2 mars 2020 - 09:15\n\nLe corps."
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (date(2020, 3, 2), "text")
    assert art.body == "Le corps."


def test_header_wins_over_text_and_url() -> None:
    text = " date 2022-02 Le titre\nPublié le 15 mars 2021\n\nLe corps."
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (date(2022, 2, 1), "header")


@pytest.mark.parametrize(
    "body",
    [
        "Le sommet a eu lieu mercredi à Bruxelles.",
        "Le traité a été signé le 15 mars 2021 à Paris.",
        "Le rapport, publié le 15 mars 2021, conclut que la situation est grave.",
        "Selon https://www.exemple.fr/2021/03/15/autre-article, la décision est tombée.",
    ],
)
def test_no_date_guessed_from_event_dates_or_other_urls(body: str) -> None:
    art = parse_article("x.txt", f"Le titre\n\n{body}".encode())
    assert isinstance(art, Article)
    assert art.date.value is None
    assert art.body == body


def test_url_date_helper_rejects_impossible_dates() -> None:
    assert dates.url_date("https://x.fr/2021/13/45/a") is None
    assert dates.url_date("https://x.fr/2021/03/a").precision == "month"


@pytest.mark.parametrize("text", ["20 février", "Lundi 3 mars 2021 à 10h", "4 sept. 2020"])
def test_bare_date_lines(text: str) -> None:
    assert dates.is_bare_date(text)


@pytest.mark.parametrize("text", ["2021", "Le 20 février, il pleuvait.", "Mars attaque"])
def test_not_bare_date_lines(text: str) -> None:
    assert not dates.is_bare_date(text)


T = "Le pilote a été pris en otage par deux individus, venus faire un baptême de l'air."


@pytest.mark.parametrize(
    "top",
    [
        "Par Claire Dubois | Suivre\n4 juillet 2018",
        "4 juillet 2018",
        "Le 4 juillet 2018",
        "Mercredi 4 juillet 2018 à 10h05",
        "04/07/2018 à 10:05",
        "Claire Dubois\n4 juillet 2018",
        "Claire Dubois - 4 juillet 2018",
        "Par Claire Dubois, le 4 juillet 2018",
        "Publié par Claire Dubois le 4 juillet 2018",
        "Posté le 4 juillet 2018 par Claire Dubois",
        "Article publié le 4 juillet 2018",
    ],
)
def test_a_dated_line_under_the_title_dates_an_article_without_header(top: str) -> None:
    art = parse_article("x.txt", f"Le titre\n{top}\n\n{T}".encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.precision) == (date(2018, 7, 4), "day")
    assert art.body == T


@pytest.mark.parametrize(
    "body",
    [
        f"{T}\n\nSamedi 7 juillet 2018\n\nLe concert commencera à 20h.",  # an event date inside the text
        f"Le 4 juillet 2018, le pilote a témoigné.\n\n{T}",  # a sentence, not a dated line
        f"Mis à jour le 5 juillet 2018\n\n{T}",  # an update is not the publication
        f"Jeudi soir\n\n{T}",  # a relative date
        f"20 février\n\n{T}",  # no year
    ],
)
def test_no_publication_date_from_event_dates_or_updates(body: str) -> None:
    art = parse_article("x.txt", f"Le titre\n{body}".encode())
    assert isinstance(art, Article)
    assert art.date.value is None


def test_a_dated_url_wins_over_a_bare_dated_line() -> None:
    art = parse_article("x.txt", f"Le titre\n4 juillet 2018\n\n{T}\n\nhttps://ex.fr/2018/07/05/article".encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (date(2018, 7, 5), "url")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4 juillet 2018", date(2018, 7, 4)),
        ("Le 04/07/2018 à 10h05", date(2018, 7, 4)),
        ("2018-07-04T10:05:00+02:00", date(2018, 7, 4)),
        ("20 février", None),
        ("2018", None),
        ("31/02/2018", None),
        ("Le 4 juillet 2018, il a plu.", None),
    ],
)
def test_bare_date_value(text: str, value: date | None) -> None:
    found = dates.bare_date_value(text)
    assert (found.value if found else None) == value


def test_a_caption_under_the_title_does_not_date_the_article() -> None:
    art = parse_article("x.txt", f"Le titre\nEmmanuel Macron, le 4 juillet 2018.\n\n{T}".encode())
    assert isinstance(art, Article)
    assert art.date.value is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # A portal's date, then its update (relative or dated): the date shown first is the publication's.
        ("4 mars 2019, 08:15 · Mis à jour il y a 2 h", date(2019, 3, 4)),
        ("12/06/2020 - Mis à jour le 13/06/2020", date(2020, 6, 12)),
        ("Publié le 3 mars 2020 · Mis à jour il y a 2 jours", date(2020, 3, 3)),
        # An update at a bare time is the same day's; an abbreviated weekday before the date.
        ("Publié le 22/01/2019 à 06h48 - Mis à jour à 09h20", date(2019, 1, 22)),
        ("Publié le dim. 22 mars 2020 à 19h12 · Actualisé à 20h05", date(2020, 3, 22)),
        # Relative times alone: a dateline, but no date.
        ("Publié il y a 3 h", None),
        ("Mis à jour il y a une heure", None),
    ],
)
def test_dateline_with_relative_update(line: str, value: date | None) -> None:
    is_dateline, found = dates.dateline(line)
    assert is_dateline
    assert (found.value if found else None) == value


@pytest.mark.parametrize(
    "text",
    [
        "4 mars 2019, le conseil a voté · Mis à jour il y a 2 h",
        "4 mars 2019, 08:15",
        "Il y a 3 h, le maire a démissionné.",
        "Mis à jour à la demande du ministre.",
        "Publié le 22/01/2019 - Mis à jour à 9 heures du matin selon la mairie",
    ],
)
def test_not_datelines(text: str) -> None:
    assert dates.dateline(text) == (False, None)


@pytest.mark.parametrize(
    "top",
    [
        "17.12.2018 | 10:32",
        "Par Claire Dubois · 17 décembre 2018",
        "Claire Dubois · 17/12/2018",
        "17 décembre 2018 · 3 min de lecture",
        "17 décembre 2018 - Lecture : 4 min",
    ],
)
def test_more_dated_lines_under_the_title(top: str) -> None:
    art = parse_article("x.txt", f"Le titre\n{top}\n\n{T}".encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.body) == (date(2018, 12, 17), T)


@pytest.mark.parametrize(
    "text", ["17 décembre 2018, le conseil · 3 min", "Le 17 décembre 2018, il a lu 3 minutes de lecture."]
)
def test_a_sentence_with_a_date_and_minutes_is_not_a_dateline(text: str) -> None:
    assert dates.dateline(text) == (False, None)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Publication : 15/03/2021", date(2021, 3, 15)),
        ("Date de publication : 15 mars 2021", date(2021, 3, 15)),
        # An update in brackets, a time zone, a reading time after the dateline.
        ("Publié le 15 mars 2021 à 08h12 (mis à jour à 10h30)", date(2021, 3, 15)),
        ("Publié le 15 mars 2021 à 08h12 CET", date(2021, 3, 15)),
        ("Publié le 15 mars 2021 à 08:12 (heure de Paris)", date(2021, 3, 15)),
        ("Publié le 15 mars 2021 à 08h12 · Lecture 3 min", date(2021, 3, 15)),
        # A two-digit year.
        ("Publié le 15/03/21", date(2021, 3, 15)),
        # A day without its year: a dateline, but no date.
        ("Publié le 15 mars à 08h12", None),
    ],
)
def test_more_datelines(line: str, value: date | None) -> None:
    is_dateline, found = dates.dateline(line)
    assert is_dateline
    assert (found.value if found else None) == value


@pytest.mark.parametrize(
    "text",
    [
        "Publication le 15 mars 2021 du rapport de la Cour des comptes.",
        "Publié le 15 mars 2021 à 08h12 CET, le décret entre en vigueur.",
        "Publié le 15 mars, le rapport a fait grand bruit.",
        "Le score était de 15/03/21 points.",
    ],
)
def test_sentences_with_publication_words_are_not_datelines(text: str) -> None:
    assert dates.dateline(text) == (False, None)


def test_a_two_digit_year_is_no_fraction_or_score() -> None:
    assert dates.bare_date_value("15/03/21") is not None
    assert dates.bare_date_value("15/03/2") is None
    assert dates.bare_date_value("1/3/21") is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Par Jean Martin, publié le 16 mars 2020 à 19h45", date(2020, 3, 16)),
        ("Par Jean Martin - Publié le 16/03/2020 à 19:45 - Mis à jour le 17/03/2020 à 20:30", date(2020, 3, 16)),
        ("Édition du 16 mars 2020", date(2020, 3, 16)),
        ("Paru dans l'édition du 16/03/2020", date(2020, 3, 16)),
    ],
)
def test_a_byline_with_its_publication_line_and_a_print_edition_date_the_page(line: str, value: date) -> None:
    art = parse_article("x.txt", f"Le titre\n\n{line}\n\nLe texte commence ici.".encode())
    assert isinstance(art, Article)
    assert art.body == "Le texte commence ici." and art.date.value == value and art.date.source == "text"


@pytest.mark.parametrize(
    "line",
    [
        "Par Jean Martin, mis à jour le 17 mars 2020",  # an update is no publication
        "L'édition du 16 mars 2020 a été retirée des kiosques.",  # a sentence about an edition
    ],
)
def test_an_update_or_an_edition_named_in_a_sentence_dates_nothing(line: str) -> None:
    art = parse_article("x.txt", f"Le titre\n\n{line}\n\nLe texte commence ici.".encode())
    assert isinstance(art, Article) and art.date.value is None


def test_feed_item_date() -> None:
    """From just after the item's opening tag: its own pubDate (RFC 822) or Atom date, never one of a later item;
    none when unreadable."""
    rss = "<item>\n<title>T</title>\n<pubDate>Thu, 16 Apr 2020 18:47:03 +0200</pubDate>\n</item>"
    got = dates.feed_item_date(rss, len("<item>"))
    assert got is not None and str(got.value) == "2020-04-16" and got.precision == "day"
    atom = "<entry><published>2019-06-11T08:00:00+02:00</published></entry>"
    assert str(dates.feed_item_date(atom, len("<entry>")).value) == "2019-06-11"
    later = "<item><title>T</title></item>\n<item><pubDate>Wed, 15 Apr 2020 21:05:40 +0200</pubDate></item>"
    assert dates.feed_item_date(later, len("<item>")) is None
    assert dates.feed_item_date("<item><pubDate>demain matin</pubDate></item>", 6) is None


_BODY = "Le conseil municipal a voté le budget hier soir après un long débat sur les écoles."


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Mise en ligne : 07/11/2023", date(2023, 11, 7)),
        ("Mise en ligne le 7 novembre 2023 à 18h40", date(2023, 11, 7)),
        ("Créé le 07/11/2023 à 18h40", date(2023, 11, 7)),
        ("7 novembre 2023 / 18:40", date(2023, 11, 7)),
        ("07.11.2023 – 18:40:12", date(2023, 11, 7)),
        ("Tue, 07 Nov 2023 18:40:12 GMT", date(2023, 11, 7)),
        ("Published: Tue, 07 Nov 2023 18:40:12 +0100", date(2023, 11, 7)),
        ("Posted on November 7th, 2023 at 6:40 pm", date(2023, 11, 7)),
        ("7 November 2023", date(2023, 11, 7)),
        ("Last updated: Nov 8, 2023 | Published on Nov 7, 2023", date(2023, 11, 7)),
        ("Updated on November 8, 2023", None),  # an update, in English too, is no publication date
        ('"datePublished": "2023-11-07T18:40:12+01:00",', date(2023, 11, 7)),
    ],
)
def test_more_publication_line_shapes(line: str, value: date | None) -> None:
    art = parse_article("x.txt", f"Un titre\n\n{line}\n\n{_BODY}\n".encode())
    assert isinstance(art, Article)
    assert art.date.value == value and art.body == _BODY


@pytest.mark.parametrize(
    "line",
    [
        "La mise en ligne du nouveau site, le 7 novembre 2023, a pris du retard.",
        "Date : 18 novembre 2023",  # an event box's date (or a forwarded email's sending date), not the page's
        "Envoyé le 7 novembre 2023 à 18h40",
        "Imprimé le 8 novembre 2023",
        '"dateModified": "2023-11-08T09:00:00Z",',
        "Mon 7 novembre préféré reste celui de 2023, dit-elle.",
    ],
)
def test_decoy_dates_do_not_date_the_article(line: str) -> None:
    art = parse_article("x.txt", f"Un titre\n\n{line}\n\n{_BODY}\n".encode())
    assert isinstance(art, Article)
    assert art.date.value is None


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://www.exemple.fr/actu/20231107-le-budget-vote", date(2023, 11, 7)),
        ("https://exemple.fr/news/le-budget-vote-20231107.html", date(2023, 11, 7)),
        ("https://exemple.fr/a/budget_2023-11-07_4521", date(2023, 11, 7)),
        ("https://exemple.fr/story/budget.2023.11.07.html", date(2023, 11, 7)),
        ("https://exemple.fr/07-11-2023/budget", date(2023, 11, 7)),
        ("https://exemple.fr/lire?date=2023-11-07&id=4", date(2023, 11, 7)),
        ("https://exemple.fr/produit/12345678/fiche", None),  # an id, not a date
        ("https://exemple.fr/contact/0612345678", None),
        ("https://exemple.fr/a/20231345-budget", None),  # month 13
        ("https://2023-11-07.exemple.fr/budget", None),  # in the host name
        ("https://exemple.fr/ref/120231107", None),  # a longer number
    ],
)
def test_more_dated_url_shapes(url: str, value: date | None) -> None:
    found = dates.url_date(url)
    assert (found.value if found else None) == value


def test_page_metadata_publication_date_and_not_its_modification_date() -> None:
    head = (
        '<head><meta property="article:modified_time" content="2023-11-08T09:00:00Z">'
        '<meta content="2023-11-07T18:40:12+01:00" property="article:published_time" />'
        '<script type="application/ld+json">{"dateModified": "2023-11-09", "datePublished": "2023-11-06"}</script>'
    )
    found = dates.metadata_date(head)
    assert found is not None and (found.value, found.source) == (date(2023, 11, 7), "meta")
    modified_only = '<meta property="article:modified_time" content="2023-11-08">{"dateModified": "2023-11-08"}'
    assert dates.metadata_date(modified_only) is None
    assert dates.metadata_date('<meta name="description" content="Le 7 novembre 2023, le budget…">') is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Date de première mise en ligne de l'œuvre présentée : dimanche 18 septembre 2016 (texte non modifié)", 18),
        ("Date de mise à jour de la publication : 3 mars 2016", None),  # an update's
        ("Support de publication : site d'information, rubrique Société", None),
        ("Candidature déposée le lundi 9 janvier 2017 : dossier complet", None),
    ],
)
def test_a_field_whose_label_names_the_publication_among_a_few_words(line: str, want: int | None) -> None:
    found = dates.stated_publication(line)
    assert (found.value.day if found and found.value else None) == want


@pytest.mark.parametrize(
    ("markup", "want"),
    [
        ('<date when="2018-03-19">19 mars 2018</date><date type="publication" when="2016-11-06">6 nov.</date>', 6),
        ('<date when="2016-11-07"/><dateline><date.issue norm="2016-11-06"/></dateline>', 6),
        ("<dc:date>2016-11-01</dc:date><dcterms:issued>2016-11-06</dcterms:issued>", 6),
        ('<date type="creation" when="2016-11-02"/><date when="2016-11-03"/>', None),  # a file's dates, no typed one
    ],
)
def test_an_xml_documents_publication_element(markup: str, want: int | None) -> None:
    found = dates.metadata_date(markup)
    assert (found.value.day if found and found.value else None) == want


@pytest.mark.parametrize(
    ("header", "value"),
    [
        (" date 31.08.19 ", date(2019, 8, 31)),  # dotted day.month.two-digit year: 00-69 are 2000-2069
        (" date 05.11.87 ", date(1987, 11, 5)),  # 70-99 are 1970-1999
        (" date 01.03.2019 ", date(2019, 3, 1)),
        (" date 09/12/21 ", date(2021, 12, 9)),
    ],
)
def test_dotted_and_two_digit_year_headers(header: str, value: date) -> None:
    art = parse_article("x.txt", f"{header}Rennes : un incendie ravage un entrepôt\n\nLe feu a pris.".encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.precision, art.date.source) == (value, "day", "header")
    assert art.title == "Rennes : un incendie ravage un entrepôt"


@pytest.mark.parametrize(
    ("line", "value", "precision"),
    [
        ("Rubrique : Économie, jeudi 5 mars 2020 · 640 mots · Français", date(2020, 3, 5), "day"),
        ("Source : d'après Le Courrier, article en ligne du 12 juin 2018 (texte intégral).", date(2018, 6, 12), "day"),
        ("Le Courrier · Section : Société | 14/09/2021 | 512 mots", date(2021, 9, 14), "day"),
        ("PD   3 février 2021", date(2021, 2, 3), "day"),
        ("Parution : mars 2019 · Page 12", date(2019, 3, 1), "month"),
        ("Source : La Voix du Nord, paru le 2 octobre 2017", date(2017, 10, 2), "day"),
    ],
)
def test_record_line_dates(line: str, value: date, precision: str) -> None:
    found = dates.record_line_date(line)
    assert found is not None
    assert (found.value, found.precision, found.source) == (value, precision, "text")


@pytest.mark.parametrize(
    "line",
    [
        "Indexé le 18/04/2019 · Référence interne : ABC-20190417-00871",  # indexing date, date in a code
        "Archives Pressalia · Imprimé le 02/08/2020 à 10:17 · Page 1 sur 2",  # print date
        "Le Fil · édition liseuse n° 12 · Récupérée le sam. 02 mars 2019 à 06:05",  # fetch date
        "Copie délivrée le 3 février 2021 à l'usager de : Médiathèque",  # delivery date
        "Requête : « pétition » — Période : 15/04/2019 au 30/04/2019 — Tri : pertinence",  # search period
        "Source : Le Courrier, du 3 mars 2020 au 5 mars 2020",  # a period, not a day
        "Séance du jeudi 16 mai 2019 · Travail en autonomie",  # lesson date
        "Copie à rendre au plus tard le lundi 20 mai 2019.",  # hand-in date
        "AN   Document ABCD0020200731eg7v0002k",  # a date inside an accession code
        "Rubrique : Sports · 412 mots · Français",  # no date
        "Le concert aura lieu le 5 mars 2020 au Zénith.",  # an event in body text: no label, no wording
        "Rediffusion prévue : dimanche 1er septembre 2019",
        "Alerte envoyée le jeudi 23 août 2018 à 07h00",  # a monitoring alert's sending date
    ],
)
def test_record_line_decoys(line: str) -> None:
    assert dates.record_line_date(line) is None


RECORD_EXPORT = (
    "Pressalia · Consultation d'archives · Document 3 sur 27\n"
    "Requête : « pétition » ET concert — Période : 15/04/2019 au 30/04/2019 — Tri : pertinence\n"
    "‹ Document précédent | Document suivant ›\n\n"
    "Le Courrier des Vallées (site web)\n"
    "Rubrique : Culture, mercredi 17 avril 2019 · 412 mots · Français\n\n"
    "Une pétition pour un concert de soutien à la cathédrale\n\n"
    "Mardi 16 avril, la pétition avait recueilli 20.000 signatures. Le concert aura lieu le 2 juin 2019.\n\n"
    "Indexé le 18/04/2019 · Référence interne : CDV-20190417-00871\n"
    "Copie délivrée le 3 février 2021 à l'usager de : Médiathèque de Valbonne\n"
)


def test_record_line_above_the_title_dates_the_article() -> None:
    art = parse_article("x.txt", RECORD_EXPORT.encode())
    assert isinstance(art, Article)
    assert art.title == "Une pétition pour un concert de soutien à la cathédrale"
    assert (art.date.value, art.date.precision, art.date.source) == (date(2019, 4, 17), "day", "text")


def test_header_outranks_a_record_line() -> None:
    art = parse_article("x.txt", (" date 2019-04-18 " + RECORD_EXPORT).encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (date(2019, 4, 18), "header")


def _title_and_date(text: str) -> tuple[str, date | None, str | None]:
    """The title, the date and its source of the article parsed from ``text``."""
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    return art.title, art.date.value, art.date.source


def test_worksheet_source_line_dates_and_lesson_dates_do_not() -> None:
    text = (
        "LYCÉE MARIE-CURIE — BELVAL\n"
        "Séance du jeudi 16 mai 2019 · Travail en autonomie (45 min)\n"
        "DOCUMENT 2 — Le débat sur les retraites\n"
        "Source : d'après Le Courrier, article en ligne du 7 mai 2019.\n\n"
        "Retraites : un sénateur veut repousser l'âge légal\n\n"
        "Le sénateur a défendu mardi 7 mai une hausse de l'âge légal.\n\n"
        "Copie à rendre au plus tard le lundi 20 mai 2019.\n"
    )
    assert _title_and_date(text) == ("Retraites : un sénateur veut repousser l'âge légal", date(2019, 5, 7), "text")


def test_record_publication_field_in_the_body() -> None:
    text = (
        "Aisne : un poids lourd percute cinq voitures\n\n"
        "SE   Faits divers\nWC   438 mots\nPD   30 juillet 2020\nET   18:47\n\n"
        "Le chauffeur a été mis en examen jeudi.\n\n"
        "Archives Pressalia · Imprimé le 02/08/2020 à 10:17 · Page 1 sur 2\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (date(2020, 7, 30), "text")
    assert "PD" not in art.body


def test_body_event_dates_date_nothing() -> None:
    text = "Un concert pour la cathédrale\n\nLe concert aura lieu le 5 mars 2020 au Zénith, a annoncé l'organisateur.\n"
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.date.value is None


def test_a_link_list_dates_the_page_by_its_own_url() -> None:
    text = (
        "Force ouvrière : le secrétaire général sur le départ ?\n\n"
        "Le comité confédéral s'est réuni vendredi à Paris.\n\n"
        "References\n\n"
        "   1. https://www.exemple-actu.fr/social/flux.xml\n"
        "   2. https://www.exemple-actu.fr/social/2017/09/29/fo-secretaire-general-depart\n"
        "   3. https://www.exemple-actu.fr/social/2017/09/22/autre-article\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (date(2017, 9, 29), "url")


def test_source_and_date_lines_above_the_title_date_it() -> None:
    text = (
        "Le Courrier des Vallées (site web)\n"
        "Culture, mercredi 17 avril 2019 · 412 mots · Français\n\n"
        "Une pétition pour un concert de soutien à la cathédrale\n\n"
        "La pétition a recueilli 20.000 signatures. Le concert aura lieu le 2 juin 2019.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Une pétition pour un concert de soutien à la cathédrale"
    assert (art.date.value, art.date.source) == (date(2019, 4, 17), "text")


@pytest.mark.parametrize(
    ("under", "value"),
    [
        ("Rubrique : Culture, mercredi 17 avril 2019 · 412 mots · Français", date(2019, 4, 17)),
        ("Le Courrier, 17 avril 2019, 412 mots", date(2019, 4, 17)),
        ("Archives Pressalia · Imprimé le 02/08/2020 · 412 mots", None),  # a print date is no publication
        ("Indexé le 18/04/2019 · 412 mots", None),
    ],
)
def test_record_line_under_the_title(under: str, value: date | None) -> None:
    text = f"Une pétition pour la cathédrale\n{under}\n\nLa pétition a recueilli 20.000 signatures lundi soir.\n"
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Une pétition pour la cathédrale"
    assert art.date.value == value


def test_record_line_date_word_count_lines() -> None:
    found = dates.record_line_date("Le Courrier, no. 23456 / Culture, mercredi 17 avril 2019, p. 12, 678 mots")
    assert found is not None and found.value == date(2019, 4, 17)
    assert dates.record_line_date("Le Courrier · 678 mots · du 3 mars 2020 au 5 mars 2020") is None


def test_press_database_export_with_source_and_date_lines_above_the_title() -> None:
    text = (
        "Le Quotidien du Centre, no. 12345\n"
        "Économie, mardi 4 février 2020, p. 7\n\n"
        "Grève : la SNCF prévoit un trafic très perturbé\n\n"
        "La direction annonce un train sur trois jeudi 6 février.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Grève : la SNCF prévoit un trafic très perturbé"
    assert (art.date.value, art.date.source) == (date(2020, 2, 4), "text")


def test_record_block_under_the_title_dates_by_its_date_line() -> None:
    text = (
        "Grève : la SNCF prévoit un trafic très perturbé\n"
        "412 mots\n3 février 2020\nLe Quotidien du Centre\nQUOCEN\nFrançais\n\n"
        "La direction annonce un train sur trois jeudi 6 février.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (date(2020, 2, 3), "text")
    assert dates.record_block_date(["Le Quotidien du Centre", "3 février 2020"]) is None  # no record's trace


def test_record_block_date_takes_no_decoy() -> None:
    assert dates.record_block_date(["412 mots", "Imprimé le 5 février 2020"]) is None


@pytest.mark.parametrize(
    ("header", "value"),
    [
        (" date 1.3.19 ", date(2019, 3, 1)),  # one-digit day and month, two-digit year: day first
        (" date 31/8/19 ", date(2019, 8, 31)),
        (" date 31 août 19 ", date(2019, 8, 31)),
        (" date 2019.08.31 ", date(2019, 8, 31)),  # a four-digit first part is the year
        (" date 3.1.85 à 10h ", date(1985, 1, 3)),
    ],
)
def test_short_numeric_headers(header: str, value: date) -> None:
    art = parse_article("x.txt", f"{header}Rennes : un incendie ravage un entrepôt\n\nLe feu a pris.".encode())
    assert isinstance(art, Article)
    assert (art.date.value, art.date.source) == (value, "header")
    assert art.title == "Rennes : un incendie ravage un entrepôt"


@pytest.mark.parametrize("header", [" date 31.13.19 ", " date 123.4.5 ", " date 32/1/19 ", " date 1-3-19 "])
def test_short_numeric_headers_that_are_no_date(header: str) -> None:
    art = parse_article("x.txt", f"{header}Un titre\n\nLe corps.".encode())
    assert isinstance(art, Article)
    assert art.date.value is None and art.title == "Un titre"
    assert any("date header not used" in w for w in art.warnings)


def test_an_index_date_field_is_a_decoy_beside_the_publication_field() -> None:
    found = dates.record_line_date("Date d'indexation : 06/02/2020 · Date de publication : 03/02/2020")
    assert found is not None and found.value == date(2020, 2, 3)


def test_a_fetch_date_above_the_title_dates_nothing() -> None:
    text = (
        "| Article suivant | Menu de la rubrique | Menu principal |\n\n"
        "La Gazette du Soir · édition liseuse n° 12 · Récupérée le mer. 05 févr. 2020 à 06:05\n"
        "Rubrique 3/7 : Société · Article 2/9\n\n"
        "Grève : la SNCF prévoit un trafic très perturbé\n\n"
        "La direction annonce un train sur trois ce samedi 8 février.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Grève : la SNCF prévoit un trafic très perturbé"
    assert art.date.value is None


BODY_TEXT = (
    "Le gouvernement a annoncé mardi une hausse des crédits pour les écoles rurales, jugée insuffisante par les "
    "syndicats."
)


@pytest.mark.parametrize(
    "line",
    [
        "Mis en ligne le 16 février 2022",
        "Date de publication : 16/02/2022",
        "Diffusé le 16 février 2022 à 20h",
        "Diffusée le 16.02.2022",
        "Posté le 16.02.2022",
        "16.02.2022",
        "16 févr. 2022 à 08h12",
        "2022-02-16T08:12:00+01:00",
        "Published: 2022-02-16",
    ],
)
def test_publication_line_under_the_title_dates_the_article(line: str) -> None:
    art = parse_article("x.txt", f"Les écoles rurales obtiennent une rallonge\n\n{line}\n\n{BODY_TEXT}\n".encode())
    assert isinstance(art, Article)
    assert art.date.value == date(2022, 2, 16)
    assert art.body == BODY_TEXT


@pytest.mark.parametrize(
    "decoy",
    [
        "Consulté le 20 février 2022",
        "Envoyé le 20/02/2022 à 10h",
        "Accessed 2022-02-20",
        "Date d'accès : 20/02/2022",
        "Fetched: 2022-02-20",
        "Printed on 20 February 2022",
    ],
)
def test_access_send_or_fetch_line_is_removed_and_never_dates(decoy: str) -> None:
    art = parse_article("x.txt", f"Les écoles rurales obtiennent une rallonge\n\n{decoy}\n\n{BODY_TEXT}\n".encode())
    assert isinstance(art, Article)
    assert art.date.value is None
    assert art.body == BODY_TEXT
    dated = parse_article("x.txt", f"Le titre du jour ici\n\n{decoy}\nPublié le 16/02/2022\n\n{BODY_TEXT}\n".encode())
    assert isinstance(dated, Article)
    assert dated.date.value == date(2022, 2, 16)


@pytest.mark.parametrize(
    "sentence",
    [
        "Consulté le 20 février 2022 par le préfet, le rapport recommande la fermeture de trois écoles du canton.",
        "Envoyé le 20/02/2022 aux maires du département, le courrier précise le calendrier des fermetures.",
    ],
)
def test_sentence_opening_on_a_decoy_label_stays(sentence: str) -> None:
    art = parse_article("x.txt", f"Les écoles rurales obtiennent une rallonge\n\n{sentence}\n\n{BODY_TEXT}\n".encode())
    assert isinstance(art, Article)
    assert art.body == f"{sentence}\n\n{BODY_TEXT}"
    assert art.date.value is None


def test_broadcast_since_line_above_the_title_dates_the_article() -> None:
    text = (
        "P532   TELETEXTE 532   Lun 29 Avr  07:12:44\nRÉGIONS › BRETAGNE   1/2\nDiffusé depuis le 28/04/2019 à 11:05"
        f"\n\nLes écoles rurales obtiennent une rallonge\n\n{BODY_TEXT}\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Les écoles rurales obtiennent une rallonge"
    assert art.date.value == date(2019, 4, 28)
    assert art.body == BODY_TEXT


@pytest.mark.parametrize("line", ["Article du lundi 6 août 2018, 15:47", "Dépêche du 6 août 2018 à 15h47"])
def test_item_line_with_weekday_and_time_under_the_title_dates_the_article(line: str) -> None:
    art = parse_article("x.txt", f"Les écoles rurales obtiennent une rallonge\n{line}\n\n{BODY_TEXT}\n".encode())
    assert isinstance(art, Article)
    assert art.date.value == date(2018, 8, 6)
    assert art.body == BODY_TEXT


def test_sentence_about_an_article_of_a_date_stays_and_dates_nothing() -> None:
    sentence = "Article du 6 août 2018 sur la réforme des retraites, le texte a été modifié par la loi de 2019."
    art = parse_article("x.txt", f"Les écoles rurales obtiennent une rallonge\n\n{sentence}\n\n{BODY_TEXT}\n".encode())
    assert isinstance(art, Article)
    assert art.body == f"{sentence}\n\n{BODY_TEXT}"
    assert art.date.value is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # a phrase right before the date, in a long instruction or beside another date
        (
            "Consigne : lisez l'article ci-dessous, paru le 14 mars 2017 dans la presse régionale en ligne, puis "
            "traitez la partie « À vous de jouer » en bas de page.",
            date(2017, 3, 14),
        ),
        ("Commentaire · A. K. · 17/07/2018 09:14 : article du 16/07/2018, à verser au dossier", date(2018, 7, 16)),
        ("• Document étudié : article web publié le 25/07/2016 (rubrique Musique)", date(2016, 7, 25)),
        # another date's word elsewhere in the segment, not right before the phrase
        ("Exporté le 02/10/2016, article publié le 25/07/2016", date(2016, 7, 25)),
        ("Article publié hier matin, mardi 27 novembre 2018, transmis avant la séance.", date(2018, 11, 27)),
        # a field naming the publication, with a key in brackets
        ("Date de publication autorisée (2:30 Release Date) : 07/09/2020 · Heure (2:35) : 06:00", date(2020, 9, 7)),
        # a document phrase dating the article it names, after a form's other date
        (
            "Pièce analysée : billet de blog repris, rubrique société, daté du lundi 3 février 2020 (vérifié)",
            date(2020, 2, 3),
        ),
        # a field whose key joins its words with underscores
        ("Champ date_publication : 2019-06-21 (vendredi), repris des métadonnées de la page", date(2019, 6, 21)),
        # the day named with its weekday after "ce"
        ("Note de l'utilisateur : article publié ce vendredi 27 mars 2020, à archiver", date(2020, 3, 27)),
        # the law's words for the online publication
        ("Contenu visé : page web, mise à la disposition du public le 12 mai 2021 selon le constat", date(2021, 5, 12)),
    ],
)
def test_a_furniture_line_states_the_publication_in_so_many_words(line: str, value: date) -> None:
    found = dates.stated_publication(line)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "Date : 12/03/2020 · De : Paul Martin",  # a bare "Date" field: a message's
        "Date de création de la photo (2:55) : 24/02/2011",  # another date's field
        "Mise à jour publiée le 5 mars 2020",  # the phrase is another date's (an update's)
        "Compte rendu transmis le 29/11/2018 à l'équipe",  # a sending date, no publication phrase
        "Rubrique : Culture · 12/03/2020 · 412 mots",  # a record's only date, no publication wording
        "Pièce jointe : lettre du requérant datée du 14/09/2020",  # a document phrase about a letter, no article
        "Délai : trois mois à compter de la mise à disposition du public, soit le 10/12/2020",  # a deadline
    ],
)
def test_other_dates_in_furniture_are_no_stated_publication(line: str) -> None:
    assert dates.stated_publication(line) is None


def test_a_furniture_line_anywhere_dates_an_undated_document() -> None:
    """A slide deck's notes: the publication is stated on a slide's bullet far under the title, the other dates
    (export, modification, a seminar, a hand-in) are not it."""
    text = (
        "seance4.pptx — Pages de notes (export texte)\n"
        "Auteur : T. Martin · Dernière modification : 28/09/2016 22:14 · Exporté le 02/10/2016 à 19:03\n"
        "Diapositive 1 / 3\n"
        "Notes de l'orateur (diapositive 1) :\n"
        "Le rappeur répond à ses détracteurs avec une nouvelle chanson\n\n"
        "Le rappeur a publié mercredi une chanson en réponse aux critiques, deux mois après l'annulation de son "
        "concert, a indiqué son entourage.\n"
        "--- page de notes 1 ---\n\n"
        "Diapositive 2 / 3\n"
        "• Document étudié : article web publié le 25/07/2016 (rubrique Musique), lien sur l'ENT\n"
        "• À préparer pour le 10/10/2016 : comparer avec un autre cas\n"
        "Notes de l'orateur (diapositive 2) :\n"
        "Le clip met en scène de nombreux symboles du patrimoine, comme l'Arc de Triomphe ou le Mont Saint-Michel.\n"
        "--- page de notes 2 ---\n"
    )
    title = "Le rappeur répond à ses détracteurs avec une nouvelle chanson"
    assert _title_and_date(text) == (title, date(2016, 7, 25), "text")


def test_a_publication_verb_then_a_relative_day_dates_a_furniture_line() -> None:
    found = dates.stated_publication("Je lis le papier mis en ligne hier, jeudi 9 août 2018. Titre :")
    assert found is not None and found.value == date(2018, 8, 9)
    assert dates.stated_publication("Le film sera diffusé demain, jeudi 9 août 2018.") is None


def test_the_line_naming_the_article_dates_it_before_a_re_post_date() -> None:
    lines = [
        "Publiée le jeudi 20/08/2020 à 07:46 par la référente de la communauté",
        "Message : je relaie ci-dessous un article de presse en ligne paru hier, mercredi 19 août 2020.",
    ]
    found = dates.article_publication(lines)
    assert found is not None and found.value == date(2020, 8, 19)
    first = dates.article_publication(lines[:1])
    assert first is not None and first.value == date(2020, 8, 20)  # alone, the only stated publication
