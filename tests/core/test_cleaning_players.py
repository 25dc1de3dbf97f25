"""Author widgets with an article count, autoplay controls under a video player: removed; similar text kept."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

BEFORE = "Le gouvernement a présenté mercredi son projet de loi."
AFTER = "Les débats commenceront en mars à l'Assemblée nationale."


def parse(body: str) -> Article:
    art = parse_article("x.txt", f"Le titre\n\n{body}".encode())
    assert isinstance(art, Article)
    return art


@pytest.mark.parametrize(
    "noise",
    [
        "Journaliste société · 214 articles · S'abonner à l'auteur",
        "Rédactrice culture | 1 203 articles",
        "S'abonner à l'auteur",
        "Votre vidéo commence dans 10 secondes",
        "Désactiver la lecture automatique",
        "Activer la lecture automatique",
    ],
)
def test_author_count_and_autoplay_widgets_are_removed(noise: str) -> None:
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le journaliste a signé 214 articles sur le sujet en dix ans.",
        "Votre vidéo commence par une scène de tempête, explique le réalisateur.",
        "Il faut désactiver la lecture automatique des vidéos pour économiser des données mobiles.",
        "Elle a décidé de s'abonner à l'auteur de ce blog, raconte-t-elle.",
    ],
)
def test_similar_sentences_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"
