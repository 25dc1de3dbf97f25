"""Blog page furniture: comment form, forms rendered as bracketed labels, a newsletter box's title, an author box,
a blog's cookie notice. The noise goes, similar real text stays."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

BEFORE = "Le gouvernement a présenté mercredi son projet de loi."
AFTER = "Les débats commenceront en mars à l'Assemblée nationale."


def parse(body: str, title: str = "Le titre") -> Article:
    art = parse_article("x.txt", f"{title}\n\n{body}".encode())
    assert isinstance(art, Article)
    return art


def test_comment_form_is_removed() -> None:
    form = (
        "Laisser une réponse\nVotre adresse e-mail ne sera pas publiée.\nPseudo *\nCommentaire *\n"
        "Nom * · Adresse e-mail * · Site internet\n"
        "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.\n"
        "[ Publier le commentaire ]"
    )
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{form}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "noise",
    ["[ Votre adresse e-mail ] [ S'inscrire ]", "[Rechercher]", "[ Envoyer ] [ Annuler ]"],
)
def test_form_rendered_as_bracketed_labels_is_removed(noise: str) -> None:
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a laissé un commentaire sous la vidéo du ministre.",
        "Son nom, son e-mail et son adresse ont été enregistrés dans le fichier.",
        "[…] Le reste de la lettre est illisible.",
        "Le texte [de la loi] sera voté en mars.",
        "Commentaire du ministre : « nous verrons ».",
    ],
)
def test_real_sentences_like_forms_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"


def test_newsletter_box_title_above_its_pitch_is_removed() -> None:
    box = "Le courrier du dimanche\nRecevez chaque semaine une sélection de nos articles dans votre boîte mail."
    art = parse(f"{BEFORE}\n\n{box}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_sentence_above_a_pitch_is_kept() -> None:
    # A sentence (final punctuation): not a box title.
    pitch = "Recevez chaque semaine une sélection de nos articles dans votre boîte mail."
    art = parse(f"{BEFORE}\n\nLa vente est close !\n{pitch}\n\n{AFTER}")
    assert "La vente est close !" in art.body


@pytest.mark.parametrize(
    "box",
    [
        "À propos de l'auteur : Paul Exemple\nJournaliste depuis vingt ans, Paul tient ici la chronique des "
        "conseils municipaux.",
        "Ex-reporter radio, Léa raconte ici les coulisses des tribunaux. Voir tous ses articles →",
    ],
)
def test_author_box_is_removed(box: str) -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{box}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_paragraph_mentioning_all_articles_is_kept() -> None:
    sentence = "Le juge a demandé à voir tous les articles publiés sur le sujet depuis 2015."
    art = parse(f"{BEFORE}\n\n{sentence}")
    assert sentence in art.body


def test_blog_cookie_notice_is_removed() -> None:
    notice = (
        "Ce blog utilise des cookies pour mesurer son audience. En poursuivant votre navigation, vous acceptez "
        "leur utilisation. J'accepte · En savoir plus"
    )
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{notice}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
