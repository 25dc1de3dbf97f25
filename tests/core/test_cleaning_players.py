"""Author widgets with an article count, autoplay controls, © credits glued to a caption, an embedded post's lines
above its sign-off: removed; similar text kept."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

BEFORE = "Le gouvernement a présenté mercredi son projet de loi."
AFTER = "Les débats commenceront en mars à l'Assemblée nationale."
SIGN_OFF = "— Jean Dupont (@JDupont) May 2, 2021"


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


def test_caption_with_a_glued_copyright_credit_is_removed() -> None:
    caption = "Le maire reçu à la préfecture de Lyon, en mars 2019. © Léa Fontaine / Exemple Photo"
    art = parse(f"{BEFORE}\n\n{caption}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_copyright_sign_in_a_narrated_sentence_is_kept() -> None:
    sentence = "Le maire a été reçu à la préfecture en mars 2019. © Léa Fontaine / Exemple Photo"
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert "Le maire a été reçu à la préfecture en mars 2019." in art.body
    sentence = "La marque © Disney / Pixar est déposée depuis 2006, rappelle le tribunal."
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"


def test_tweet_lines_above_the_sign_off_are_removed() -> None:
    tweet = "Une immense artiste nous quitte.\nToutes mes pensées pour sa famille.\n" + SIGN_OFF
    art = parse(f"{BEFORE}\n\n{tweet}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_text_paragraph_before_a_set_off_sign_off_is_kept() -> None:
    # the sign-off stands alone after a blank line: the paragraph above is the article's own text
    body = f"{BEFORE}\n\nLe ministre a réagi sur les réseaux sociaux.\n\n{SIGN_OFF}\n\n{AFTER}"
    art = parse(body)
    assert "Le ministre a réagi sur les réseaux sociaux." in art.body
    # a long run of lines is not a post
    long_run = "\n".join([BEFORE] * 8)
    art = parse(f"{long_run}\n{SIGN_OFF}\n\n{AFTER}")
    assert BEFORE in art.body


@pytest.mark.parametrize(
    ("teaser", "sentence"),
    [
        # Glued to "?" then to the next sentence, with a one-word channel of any name.
        ("Que va faire le ministre après Matignon ?par 6MEDIAS", "Un de ses proches assure qu'il restera."),
        # Spaced from the next sentence, whose first word is no sentence opener.
        ("Un clash évité ?par 6MEDIAS ", "Préférant finalement animer un talk-show, elle a renoncé."),
        # A channel of several words before a word opening a sentence.
        ("Eau de baignade : des contrôles insuffisants ?par La Quotidienne ", "Un arrêté interdit la baignade."),
        # After a closing bracket, glued to an elided article or a capitalised word.
        ("Essai de la nouvelle berline (2019)par Chaîne Exemple", "L'histoire retiendra ce modèle."),
        ("Ce moment fut relayé ?par Chaîne Exemple", "La suite est connue."),
        # A site's address after "?par", glued to the next sentence or spaced from it.
        ("La volte-face de la députée dictée par un coup de fil ?par rtl.fr", "Invitée vendredi, elle a nié."),
        ("Le projet de loi sera-t-il voté ?par video.lefigaro.fr ", "Le texte arrive au Sénat."),
    ],
)
def test_a_video_teaser_glued_before_par_and_its_channel_is_removed(teaser: str, sentence: str) -> None:
    art = parse(f"{BEFORE} {teaser}{sentence}")
    assert art.body == f"{BEFORE}\n\n{sentence}"
    assert teaser.strip() in " ".join(e.removed_text for e in art.edits if e.rule == "video_embed")


@pytest.mark.parametrize(
    "sentence",
    [
        'Lui qui est surnommé "Sleepy Joe" (Joe l\'endormi) par Donald Trump. Il a répondu.',
        'Cette pratique, jugée "révoltante" par Brune Poirson, est toutefois légale.',
        "Le parti, présidé jusqu'à hier (lundi 22 août) par Nicolas Sarkozy, est divisé.",
        "Qui l'emportera ? Par trois voix contre deux, le conseil a tranché.",
    ],
)
def test_par_after_a_space_or_a_question_is_text(sentence: str) -> None:
    art = parse(f"{BEFORE} {sentence}")
    assert art.body == f"{BEFORE} {sentence}"


def test_a_teaser_credited_to_a_lowercase_channel_with_its_language_is_removed() -> None:
    teaser = "Inquiétant record de fonte glaciaire au Groenlandpar euronews (en français)"
    art = parse(f"{BEFORE} {teaser}Néanmoins, la fonte ralentit.")
    assert art.body == f"{BEFORE}\n\nNéanmoins, la fonte ralentit."
    assert teaser in " ".join(e.removed_text for e in art.edits if e.rule == "video_embed")


@pytest.mark.parametrize(
    "sentence",
    [
        # A sentence naming a site after "par": spaced, ending the sentence, no glue.
        "Cette enquête a été publiée par lemonde.fr et reprise partout.",
        "Le classement est établi chaque année par meilleursagents.com",
    ],
)
def test_a_site_address_after_par_in_a_sentence_stays(sentence: str) -> None:
    art = parse(f"{BEFORE} {sentence}")
    assert art.body == f"{BEFORE} {sentence}"


def test_an_embedded_post_inside_a_paragraph_goes_with_its_sign_off() -> None:
    post = "Attentats : la Belgique frappée https://t.co/uCVVcomZIf pic.twitter.com/U0OrlqN9FL"
    art = parse(f"{BEFORE} {post}— Nawak (@NawakNawak) 22 mars 2016 {AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert post in " ".join(e.removed_text for e in art.edits if e.rule == "social_embed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Le dessinateur — Nawak (@NawakNawak) sur Twitter — a réagi mardi.",
        "La radio Europe 1 (@Europe1) a publié le 22 juin 2016 un sondage.",
    ],
)
def test_a_handle_in_a_sentence_is_no_post_sign_off(sentence: str) -> None:
    art = parse(f"{BEFORE} {sentence}")
    assert art.body == f"{BEFORE} {sentence}"
