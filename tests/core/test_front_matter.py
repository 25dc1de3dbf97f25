"""A static site's source: the front matter's title and date, its other lines furniture, template tags out."""

from __future__ import annotations

from datetime import date

from pipeline.core import front_matter
from pipeline.core.article import parse_article
from pipeline.core.records import Article

_TEXT = (
    "Le conseil municipal de Tours a reporté mercredi le vote de son budget, a indiqué le maire devant les élus.\n\n"
    '{% include figure.html src="/img/conseil.jpg" caption="La salle du conseil (photo d\'archive)." %}\n\n'
    "L'opposition a dénoncé un report qui retarde les travaux prévus dans les écoles de la ville.\n"
)


def _parse(text: str) -> Article:
    art = parse_article("x.md", text.encode())
    assert isinstance(art, Article)
    return art


def test_a_yaml_front_matter_gives_the_title_and_the_date() -> None:
    text = (
        "---\nlayout: post\ntitle: >-\n  Tours : le vote du budget municipal reporté à avril\n"
        "date: 2020-06-26 17:52:00 +0200\nlast_modified_at: 2020-07-02 09:15:00 +0200\npublished: true\n"
        "tags: [budget, tours]\n...\n\n" + _TEXT
    )
    art = _parse(text)
    assert art.title == "Tours : le vote du budget municipal reporté à avril"
    assert (art.date.value, art.date.source) == (date(2020, 6, 26), "meta")
    assert art.body.startswith("Le conseil municipal") and "{%" not in art.body and "layout" not in art.body
    assert art.body.endswith("écoles de la ville.")


def test_a_toml_front_matter_with_a_quoted_title() -> None:
    text = (
        '+++\ntitle = "Tours : le vote du budget municipal reporté à avril"\nlastmod = 2020-07-02\n'
        "date = 2020-06-25T08:00:00+02:00\ndraft = false\n+++\n" + _TEXT
    )
    art = _parse(text)
    assert art.title == "Tours : le vote du budget municipal reporté à avril"
    assert art.date.value == date(2020, 6, 25)


def test_a_rule_of_dashes_over_the_text_is_no_front_matter() -> None:
    assert front_matter.read("---\nLe titre : une phrase\n---\nLe texte.\n") is None
    assert front_matter.read("Le titre\n---\nauthor: x\ndate: 2020-01-01\n---\n") is None  # not at the start
