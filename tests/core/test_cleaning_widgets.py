"""Page widgets without an explicit marker (share rows, newsletter pitches, bare captions and author names,
"Lire la suite" teasers) and glued inline sub-headings: the noise goes, similar real text stays."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

BEFORE = "Le gouvernement a présenté mercredi son projet de loi."
AFTER = "Les débats commenceront en mars à l'Assemblée nationale."
BIO = "Internaute primé. Fan de café depuis toujours. Spécialiste de la bière. Explorateur subtilement charmant."


def parse(body: str, title: str = "Le titre") -> Article:
    art = parse_article("x.txt", f"{title}\n\n{body}".encode())
    assert isinstance(art, Article)
    return art


def removed_by(art: Article, rule: str) -> str:
    return " ".join(e.removed_text for e in art.edits if e.rule == rule)


@pytest.mark.parametrize(
    "noise",
    [
        "Partager sur Facebook Partager sur Twitter",
        "Partager sur Facebook Partager sur Twitter Envoyer par e-mail",
        "Partager sur Facebook | Partager sur Twitter",
        "Envoyer par e-mail",
        "Recevez chaque matin l'essentiel de l'actualité internationale.",
        "Chaque soir, l'essentiel de l'actualité dans votre boîte mail.",
        "Tous les jours, le meilleur de l'info sur votre smartphone",
    ],
)
def test_share_rows_and_newsletter_pitches_are_removed(noise: str) -> None:
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert noise in removed_by(art, "publisher_boilerplate")


@pytest.mark.parametrize(
    "sentence",
    [
        "Recevez les invités dans le salon, conseille-t-il.",
        "Recevez chaque matin vos clients avec le sourire, insiste la formatrice.",
        "Chaque soir, l'essentiel de la population regarde le journal télévisé.",
        "Chaque jour, l'essentiel de l'actualité change.",
        "Il a envoyé par e-mail sa lettre de démission au ministre.",
        "Partager sur Facebook ses photos de vacances est devenu banal.",
    ],
)
def test_real_sentences_like_widgets_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"


def test_read_more_teaser_is_cut_from_the_truncated_paragraph() -> None:
    art = parse(f"{BEFORE}\n\nAprès un attentat, la traque, l'… Lire la suite sur Le Figaro")
    assert art.body == f"{BEFORE}\n\nAprès un attentat, la traque, l'…"
    assert "Lire la suite sur Le Figaro" in removed_by(art, "cross_link")


def test_reading_on_is_kept_in_real_text() -> None:
    sentence = "Il a promis de lire la suite sur Le Figaro dès sa parution."
    assert parse(f"{BEFORE}\n\n{sentence}").body == f"{BEFORE}\n\n{sentence}"


@pytest.mark.parametrize(
    "caption",
    [
        "Le Premier ministre Édouard Philippe, le 20 novembre 2019.",
        "Myriam El Khomri, le 5 juillet 2016.",
        "Des migrants secourus en Méditerranée centrale (illustration).",
        "Le logo de l'application TikTok sur l'écran d'un smartphone.",
    ],
)
def test_caption_next_to_its_credit_is_removed(caption: str) -> None:
    art = parse(f"{BEFORE}\n\n{caption}\nPhoto : AFP / Thomas Girard\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert caption in removed_by(art, "caption")


@pytest.mark.parametrize(
    "sentence",
    [
        "L'accord a été signé à Paris, le 20 novembre 2019.",
        "Le ministre est arrivé à l'Élysée en fin de matinée.",
        "« Nous ne céderons pas », a répété le ministre devant la presse.",
    ],
)
def test_real_sentence_next_to_a_credit_is_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\nPhoto : AFP / Thomas Girard\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"


def test_caption_like_line_without_credit_is_kept() -> None:
    lines = ("Le Premier ministre Édouard Philippe, le 20 novembre 2019.", "Rendez-vous à Madrid, le 20 juin 2022.")
    for last in lines:
        art = parse(f"{BEFORE}\n\n{last}")
        assert art.body == f"{BEFORE}\n\n{last}"


def test_bare_author_name_next_to_the_bio_is_removed() -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\nMarc Leroy\n{BIO}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Marc Leroy" in removed_by(art, "byline")


def test_sentence_naming_the_author_next_to_a_bio_is_kept() -> None:
    art = parse(f"{BEFORE}\n\nIl a remercié Marc Leroy.\n{BIO}")
    assert art.body == f"{BEFORE}\n\nIl a remercié Marc Leroy."


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        (
            "ont dit que c'était un très bon film\", a justifié le chef du gouvernementLa question divise le "
            "gouvernementUn hashtag est apparu sur les réseaux sociaux.",
            "La question divise le gouvernement",
            ["a justifié le chef du gouvernement", "Un hashtag est apparu sur les réseaux sociaux."],
        ),
        (
            "Il a été interrogé par l'AFP à Belfort.\"La plus grande vigilance de la part de l'État\" Début mai, "
            "Emmanuel Macron avait écrit aux élus.",
            "La plus grande vigilance",
            ["interrogé par l'AFP à Belfort.", "Début mai, Emmanuel Macron avait écrit aux élus."],
        ),
        (
            'Elle veut "jouer un rôle dans le destin de ce pays". AVIS FAVORABLE DE LA HATVP Native de Séoul, '
            "elle va créer sa société.",
            "AVIS FAVORABLE",
            ['destin de ce pays".', "Native de Séoul, elle va créer sa société."],
        ),
        (
            "Il n'a plus perdu depuis 2011.Des chants \"inadmissibles\" l'année dernièreLors du match de mars "
            "2019, la ministre a réagi.",
            "Des chants",
            ["Il n'a plus perdu depuis 2011.", "Lors du match de mars 2019, la ministre a réagi."],
        ),
        (
            "C'est difficile, a insisté Me Ravanas. • Une victoire pour Laura Smet et David Hallyday Le tribunal "
            "de Nanterre estime être compétent.",
            "Une victoire pour Laura Smet",
            ["a insisté Me Ravanas.", "Le tribunal de Nanterre estime être compétent."],
        ),
        (
            "Le préfet a donné l'alerte.• Stocks mondiaux insuffisants Et la demande ne touche pas que ces masques.",
            "Stocks mondiaux insuffisants",
            ["Le préfet a donné l'alerte.", "Et la demande ne touche pas que ces masques."],
        ),
        (
            "Le gouvernement a tranché.• 200 millions de masques commandés en France Pour ajouter aux difficultés, "
            "la Chine produit moins.",
            "200 millions de masques",
            ["Le gouvernement a tranché.", "Pour ajouter aux difficultés, la Chine produit moins."],
        ),
        (
            '"Je me dégage et sors du métro". "J\'ai culpabilisé"Marlène Schiappa a porté plainte.',
            "culpabilisé",
            ['sors du métro".', "Marlène Schiappa a porté plainte."],
        ),
    ],
)
def test_glued_inline_subheading_is_removed(glued: str, heading: str, kept: list[str]) -> None:
    art = parse(f"{BEFORE}\n\n{glued}")
    assert heading not in art.body
    assert heading in removed_by(art, "subheading")
    for text in kept:
        assert text in art.body


def test_glued_caption_with_its_date_is_removed() -> None:
    glued = (
        "Elles ont sollicité cette rencontre, selon la chancelière.Des militants manifestent devant la Chancellerie "
        "où Greta Thunberg doit être reçue, le 20 août 2020Mme Merkel s'est dite heureuse de les accueillir."
    )
    art = parse(f"{BEFORE}\n\n{glued}")
    assert "Des militants" not in art.body and "Des militants" in removed_by(art, "caption")
    assert "selon la chancelière." in art.body and "Mme Merkel s'est dite heureuse" in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        '"Fans de "Charmed" ! Il n\'y a pas de fans comme vous", écrit l\'actrice.',
        "Il travaille chez McDonald's depuis 2019. Le groupe PlayStation a réagi.",
        'Elle a dit "Bonjour Monsieur" puis elle est partie. Il a dit "Au revoir" Puis rien.',
        "Le texte a été voté. SOS Racisme a salué la décision. L'ONU aussi.",
        "Les mesures sont connues. • La baisse de la TVA pour les ménages.",
        "Les mesures sont connues. • 45% des ménages concernés : une baisse de la TVA pour tous.",
        "Il a fini son discours en parlant de son pèreIl est revenu le lendemain avec ses amisIls ont dîné.",
        "La question divise le gouvernement et les syndicats depuis des mois.",
    ],
)
def test_real_sentences_are_not_glued_subheadings(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}")
    flat = art.body.replace("\n\n", "")  # glued sentences may be cut apart ("pèreIl"), never lost
    for word in sentence.replace(".", " ").split():
        assert word.strip('"') in flat


def test_newsletter_pitch_in_another_order_is_removed() -> None:
    noise = "Le meilleur de l'actualité chaque matin dans votre boîte mail."
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_read_more_link_after_a_full_sentence_is_removed() -> None:
    art = parse(f"{BEFORE}\n\nLe ministre a démissionné. Lire la suite de l'article sur Le Monde")
    assert art.body == f"{BEFORE}\n\nLe ministre a démissionné."
    assert "Lire la suite" in removed_by(art, "cross_link")


def test_read_more_inside_a_sentence_is_kept() -> None:
    sentence = "Il a conseillé aux lecteurs de lire la suite sur Le Monde. Lire la suite sur Le Monde, disait-il."
    assert parse(f"{BEFORE}\n\n{sentence}").body == f"{BEFORE}\n\n{sentence}"


def test_bare_author_name_next_to_the_dateline_is_removed() -> None:
    art = parse(f"Claire Lefèvre\nPublié le 20 août 2020 à 11h42\n\n{BEFORE}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Claire Lefèvre" in removed_by(art, "byline")


def test_name_paragraph_away_from_widgets_is_not_a_byline() -> None:
    art = parse(f"{BEFORE}\n\nPublié le 20 août 2020 à 11h42\n\nClaire Lefèvre a répondu aux questions.")
    assert "Claire Lefèvre a répondu aux questions." in art.body
    assert "byline" not in {e.rule for e in art.edits}


def test_line_packed_text_next_to_a_credit_is_kept() -> None:
    # Paragraphs separated by single line breaks: a credit's neighbour is not set apart as a caption.
    body = f"{BEFORE}\nLes manifestants réclament la démission du ministre.\nPhoto : AFP / Thomas Girard\n{AFTER}"
    art = parse(body)
    assert "Les manifestants réclament la démission du ministre." in art.body


def test_glued_sentence_ending_with_a_date_is_kept() -> None:
    glued = "Il est arrivé hier.Le sommet s'est ouvert à Paris, le 20 août 2020Mme Merkel a parlé la première."
    art = parse(f"{BEFORE}\n\n{glued}")
    assert "Le sommet s'est ouvert à Paris, le 20 août 2020" in art.body
    assert "caption" not in {e.rule for e in art.edits}


@pytest.mark.parametrize(
    "quote",
    ["« Nous ne lâcherons rien ! »", '"C\'est une victoire pour la démocratie."', "« On verra bien », a-t-il conclu."],
)
def test_short_quote_paragraph_is_kept(quote: str) -> None:
    art = parse(f"{BEFORE}\n\n{quote}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{quote}\n\n{AFTER}"


@pytest.mark.parametrize(
    "noise",
    [
        "Chaque matin, recevez l'essentiel de l'actualité.",
        "Le meilleur de l'info directement dans votre boîte mail",
    ],
)
def test_more_newsletter_pitches_are_removed(noise: str) -> None:
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_name_and_role_lines_of_an_author_widget_are_removed() -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\nClaire Lefèvre\nJournaliste au service politique")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Claire Lefèvre" in removed_by(art, "byline")


@pytest.mark.parametrize(
    "sentence",
    [
        "Journaliste au service politique, elle a couvert trois présidentielles.",
        "Correspondante à Bruxelles depuis 2015, elle connaît bien le dossier.",
        "Chaque matin, recevez vos clients avec le sourire.",
    ],
)
def test_real_sentences_like_author_widgets_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"
