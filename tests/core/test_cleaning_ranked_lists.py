"""A "most read / most shared" widget: its heading and every ranked headline under it go, with their rank numbers;
a sub-heading of the text after such a heading, with its sentences under it, is no item of it."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

TEXT = (
    "Le conseil municipal a voté lundi soir la gratuité des transports pour les moins de 18 ans.\n\n"
    "La mesure entrera en vigueur à la rentrée de septembre, a précisé la maire."
)


def parse(body: str) -> Article:
    art = parse_article("x.txt", f"Le titre de l'article du jour\n\n{body}".encode())
    assert isinstance(art, Article)
    return art


@pytest.mark.parametrize(
    "widget",
    [
        "LES PLUS LUS\n1\nUn incendie ravage un entrepôt à Vitré\n2\nLa météo se dégrade ce week-end\n3\n"
        "Stade Rennais : le club recrute un attaquant",
        "Les plus partagés\nGrève à la SNCF : le trafic perturbé lundi\nBrest : un nouveau pont sur la Penfeld",
        "Populaires\n\nUn incendie ravage un entrepôt à Vitré\n\nLa météo se dégrade ce week-end\n\n"
        "Brest : un nouveau pont sur la Penfeld",
        "Les articles les plus lus de la semaine :\n1. Un incendie ravage un entrepôt à Vitré\n"
        "2. La météo se dégrade ce week-end",
    ],
)
def test_ranked_widget_and_its_headlines_are_removed(widget: str) -> None:
    art = parse(f"{TEXT}\n\n{widget}\n")
    assert art.body.strip() == TEXT


def test_subheading_with_its_text_after_a_ranked_heading_stays() -> None:
    rest = "Une rentrée sous tension\n\nLes syndicats appellent à la grève dès le 5 septembre, selon un communiqué."
    art = parse(f"{TEXT}\n\nLes plus lus\n\n{rest}\n")
    assert art.body.endswith("Les syndicats appellent à la grève dès le 5 septembre, selon un communiqué.")
    assert not any(e.rule == "cross_link" for e in art.edits)  # the heading is left to the sub-heading rules
