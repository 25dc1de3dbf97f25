"""heldout15's classes of furniture (a page's skip link, a paywall's label, a section pair above the title, a
dated byline row, ...): each rule tested on both sides (the noise goes, similar real text stays)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.article import parse_article
from pipeline.core.cleaning import blocks
from pipeline.core.records import Article

TITLE = "La réforme des retraites adoptée au Sénat"
TEXT = (
    "Le gouvernement a présenté mercredi son projet de loi devant le conseil des ministres réuni à Paris.\n\n"
    "Les débats commenceront en mars à l'Assemblée nationale, selon le calendrier fixé par Matignon."
)


def parse_raw(text: str) -> Article:
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article), art
    return art


PAYWALL_PAGE = f"""{{skip}}
Menu   Rechercher   S'abonner   Se connecter
LA GAZETTE DU SOIR
Politique › Parlement
Article réservé aux abonnés

{TITLE}

Par la rédaction de la Gazette · Publié le 12 février 2020 à 08h15 · Lecture 3 min

{TEXT}
"""


@pytest.mark.parametrize("skip", ["Aller au contenu principal", "Passer au contenu", "Skip to content"])
def test_a_paywalled_page_s_skip_link_and_labels_are_no_title(skip: str) -> None:
    art = parse_raw(PAYWALL_PAGE.format(skip=skip))
    assert art.title == TITLE
    assert skip in " ".join(e.removed_text for e in art.edits)
    assert "Article réservé aux abonnés" not in art.body


def test_a_dated_byline_row_dates_the_page() -> None:
    art = parse_raw(PAYWALL_PAGE.format(skip="Aller au contenu principal"))
    assert art.date.value == date(2020, 2, 12)
    assert "Publié le" not in art.body


@pytest.mark.parametrize("crumb", ["Politique › Gouvernement", "Sport > Football"])
def test_a_section_pair_is_a_breadcrumb(crumb: str) -> None:
    assert blocks.is_breadcrumb(crumb)


@pytest.mark.parametrize("text", ["Inflation > 2 %", "Paris › Lyon en 2 heures", "Le « oui » > le « non »"])
def test_a_comparison_is_no_breadcrumb(text: str) -> None:
    assert not blocks.is_breadcrumb(text)


def test_a_headline_about_content_is_kept_as_title() -> None:
    title = "Aller au contenu des négociations, la priorité du ministre"
    art = parse_raw(f"{title}\n\n{TEXT}\n")
    assert art.title == title
