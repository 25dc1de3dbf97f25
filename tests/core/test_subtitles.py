"""Subtitle files (WebVTT, SubRip) made from an article: their structure is furniture, the cues' words the text."""

from __future__ import annotations

from pipeline.core import subtitles
from pipeline.core.article import parse_article
from pipeline.core.records import Article

TITLE = "Rennes rend les bus gratuits pour les moins de 18 ans"
P1 = "Le conseil municipal de Rennes a voté lundi soir la gratuité des transports pour les moins de 18 ans."
P2 = "L'opposition a dénoncé un coût mal évalué, estimé à 4 millions d'euros par an."
P3 = "La mesure entrera en vigueur à la rentrée de septembre, a précisé la maire."

VTT = (
    "WEBVTT\nKind: captions\nLanguage: fr\n\n"
    "NOTE\nSous-titres générés par ClipActu Studio 3.8\n"
    "Article source : https://www.journal-ouest.fr/rennes/2023/03/14/bus-gratuits_123.html\n"
    "Mise en ligne prévue : 2023-03-16 07:00\n\n"
    "STYLE\n::cue { color: #ffffff; }\n\n"
    "seg-001\n00:00:00.000 --> 00:00:03.000 line:85% align:center\n[musique]\n\n"
    f"seg-002\n00:00:03.040 --> 00:00:07.318 line:85% align:center\n{TITLE}\n\n"
    f"seg-003\n00:00:07.358 --> 00:00:18.247\n{P1}\n\n"
    f"seg-004\n00:00:18.287 --> 00:00:27.398\n{P2}\n\n"
    f"seg-005\n00:00:27.438 --> 00:00:36.493\n{P3}\n"
)
SRT = (
    f"1\n00:00:00,000 --> 00:00:04,000\n{TITLE}\n\n2\n00:00:04,100 --> 00:00:09,000\n{P1}\n\n"
    f"3\n00:00:09,100 --> 00:00:14,000\n{P2}\n\n4\n00:00:14,100 --> 00:00:19,000\n{P3}\n"
)


def parse(text: str) -> Article:
    art = parse_article("x.vtt", text.encode())
    assert isinstance(art, Article)
    return art


def test_a_webvtt_file_gives_the_title_the_text_and_the_date_of_its_source_address() -> None:
    art = parse(VTT)
    assert art.title == TITLE
    assert art.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert art.date.value is not None and art.date.value.isoformat() == "2023-03-14" and art.date.source == "url"
    removed = " ".join(e.removed_text for e in art.edits if e.rule == "subtitles")
    assert "WEBVTT" in removed and "00:00:07.358 --> 00:00:18.247" in removed and "seg-004" in removed


def test_a_subrip_file_gives_the_title_and_the_text() -> None:
    art = parse(SRT)
    assert art.title == TITLE
    assert art.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_an_article_citing_a_timing_line_is_no_subtitle_file() -> None:
    """Fewer than three timing lines: no structure; the text is untouched."""
    text = f"{TITLE}\n\n{P1} La vidéo (00:00:03,040 --> 00:00:07,318) circule.\n\n{P2}\n"
    assert subtitles.structure(text) == []
    art = parse(text)
    assert "00:00:03,040 --> 00:00:07,318" in art.body
