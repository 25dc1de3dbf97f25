"""Portal re-posts and newsletter emails: furniture above the title (breadcrumb, greeting), the portal's credit,
dateline, share row, gallery and sponsored block, the email's introduction and footer. The noise goes, similar
real text stays."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

BEFORE = "Le gouvernement a présenté mercredi son projet de loi."
AFTER = "Les débats commenceront en mars à l'Assemblée nationale."


def parse_raw(text: str) -> Article:
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    return art


def parse(body: str, title: str = "Le titre") -> Article:
    return parse_raw(f"{title}\n\n{body}")


@pytest.mark.parametrize(
    "above",
    [
        "Accueil › Actualités › France",
        "Accueil > Société > Justice",
        "Actu » Monde",
        "Sport > Football > Ligue 1 > Lyon",
        "Bonjour,",
        "Bonsoir Claire,\n\nVoici l'essentiel de l'actualité de ce mardi.\n\nÀ LA UNE",
        "Chère lectrice, cher lecteur,\n\nVoici la sélection de la rédaction pour bien commencer la semaine.",
    ],
)
def test_furniture_above_the_title_is_removed(above: str) -> None:
    art = parse_raw(f"{above}\n\nLa réforme des retraites adoptée au Sénat\n\n{BEFORE}\n\n{AFTER}")
    assert art.title == "La réforme des retraites adoptée au Sénat"
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "title",
    [
        "Paris > Lyon : le TGV en panne pendant trois heures",
        "Bonjour tristesse : le roman de Sagan adapté au théâtre",
        "Voici la sélection des Bleus pour l'Euro",
        "Accueil des réfugiés : la ville ouvre un gymnase",
    ],
)
def test_a_title_like_furniture_stays_the_title(title: str) -> None:
    art = parse_raw(f"{title}\n\n{BEFORE}")
    assert art.title == title
    assert art.body == BEFORE


@pytest.mark.parametrize(
    "noise",
    [
        "Fourni par Le Courrier de l'Ouest",
        "Contenu fourni par l'Agence Exemple",
        "Partager   Tweeter   Envoyer par e-mail   Copier le lien",
        "Tweeter Partager Imprimer",
        "Voir la galerie (8 photos)",
        "Découvrir le diaporama",
        "Suivez-nous sur Google Actualités",
        "Ajoutez-nous à vos sources préférées",
        "Signaler une erreur",
        "Publicité · Découvrir",
        "Vous recevez cet email car vous êtes inscrit à la lettre Exemple Matin.",
        "Cet email a été envoyé à jean.exemple@exemple.fr",
        "Pour ne plus recevoir nos emails : Se désinscrire | Gérer mes préférences",
        "Exemple Médias SAS, 4 rue des Lilas, 75011 Paris. Merci de ne pas répondre à cet email.",
    ],
)
def test_portal_and_email_furniture_is_removed(noise: str) -> None:
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Fourni par la mairie, le matériel a été distribué aux écoles.",
        "Il a partagé la vidéo sur Twitter avant de l'effacer.",
        "La galerie a accueilli 12 000 visiteurs en deux mois.",
        "Vous recevez cette aide si vous avez moins de 25 ans, précise la caisse.",
        "Il a promis de ne pas répondre aux provocations.",
        "La société Exemple SAS, installée rue des Lilas, a été placée en liquidation en 2019.",
        "Suivez-nous, a-t-il lancé aux militants.",
        "Découvrir la ville à vélo reste le meilleur moyen de la visiter.",
    ],
)
def test_real_sentences_like_furniture_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"


def test_portal_dateline_with_a_relative_update_dates_the_page() -> None:
    art = parse(f"Fourni par Le Courrier de l'Ouest\n\n4 mars 2019, 08:15 · Mis à jour il y a 2 h\n\n{BEFORE}")
    assert art.body == BEFORE
    assert art.date.value == date(2019, 3, 4) and art.date.precision == "day"


def test_email_dates_the_article_by_its_labelled_url() -> None:
    url = "https://www.exemple-quotidien.fr/politique/2019/05/14/la-reforme-adoptee_123.html"
    art = parse_raw(f"Bonjour,\n\nLa réforme adoptée\n\n{BEFORE}\n\nLire l'article sur le site : {url}")
    assert art.title == "La réforme adoptée"
    assert art.body == BEFORE
    assert art.date.value == date(2019, 5, 14)


def test_sponsored_block_headlines_are_removed() -> None:
    block = (
        "Contenu sponsorisé\n\nCes maisons construites avant 1990 ont droit à une aide\n\n"
        "Cet aspirateur séduit les retraités, voici pourquoi\n\nPublicité · Découvrir"
    )
    art = parse(f"{BEFORE}\n\n{block}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_sponsored_block_stops_at_a_real_paragraph() -> None:
    art = parse(f"{BEFORE}\n\nContenu sponsorisé\n\n{AFTER}\n\nUne vie de recherches")
    assert AFTER in art.body


def test_related_articles_list_under_its_marker_is_removed() -> None:
    related = "Articles similaires\nLes petites listes au pied du mur\nQui paiera la campagne des européennes ?\n\n"
    art = parse(f"{BEFORE}\n\n{related}{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_text_after_a_related_marker_and_a_blank_line_is_kept() -> None:
    art = parse(f"Articles similaires\nLes petites listes au pied du mur\n\nQui paiera la campagne ?\n\n{AFTER}")
    assert "Qui paiera la campagne ?" in art.body and AFTER in art.body


@pytest.mark.parametrize(
    "noise",
    [
        "Accueil › Actualités › Monde",
        "Vie locale > Bretagne > Finistère",
        "Cet email ne s'affiche pas correctement ? Voir la version en ligne",
        "Si vous ne souhaitez plus recevoir cette lettre, cliquez ici.",
        "Vous êtes inscrit à la newsletter Exemple Soir.",
        "Transférer cet email à un ami",
        "Annuler la réponse",
    ],
)
def test_more_breadcrumbs_and_email_links_are_removed(noise: str) -> None:
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Les sondages donnent A > B > C, résume le politologue.",
        "Si vous ne souhaitez plus voter, dites-le, a lancé le maire.",
        "Il a transféré cet email à la police dès lundi.",
    ],
)
def test_real_sentences_like_email_links_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"


def test_url_after_a_label_naming_the_site_dates_the_email() -> None:
    url = "https://www.exemple-soir.fr/2020/01/09/la-greve-continue"
    art = parse_raw(f"La grève continue\n\n{BEFORE}\n\nLire l'article complet sur exemple-soir.fr {url}")
    assert art.body == BEFORE
    assert art.date.value == date(2020, 1, 9)


def test_relative_update_after_the_date() -> None:
    art = parse(f"4 mars 2019 · Mis à jour hier à 18h\n\n{BEFORE}")
    assert art.body == BEFORE and art.date.value == date(2019, 3, 4)


def test_breadcrumb_ending_on_the_title_above_the_title() -> None:
    title = "La réforme adoptée au Sénat après dix heures de débat"
    art = parse_raw(f"Accueil › Politique › {title}\n\n{title}\n\n{BEFORE}")
    assert art.title == title and art.body == BEFORE
    # Without the title repeated under it, the title is the breadcrumb's last item.
    art = parse_raw(f"Accueil › Politique › {title}\n\n{BEFORE}\n\n{AFTER}")
    assert art.title == title and art.body == f"{BEFORE}\n\n{AFTER}"
    assert any(e.removed_text == "Accueil › Politique › " for e in art.edits)


@pytest.mark.parametrize(
    "block",
    [
        "Recommandé par Outbrain\n\nCe robot fait un carton chez les retraités\n\nCes maisons ont droit à une aide",
        "Continuer la lecture",
        "Afficher la suite de l'article",
    ],
)
def test_more_portal_widgets_are_removed(block: str) -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{block}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_reading_on_in_a_sentence_is_kept() -> None:
    sentence = "Il faut continuer la lecture du rapport jusqu'au bout, insiste-t-elle."
    art = parse(f"{BEFORE}\n\n{sentence}")
    assert sentence in art.body


@pytest.mark.parametrize("noise", ["Bonne lecture !", "Bonne soirée,", "À demain,", "L'équipe de la rédaction"])
def test_email_sign_off_is_removed(noise: str) -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{noise}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    ["Bonne lecture à tous les élèves, a souhaité la ministre.", "L'équipe de France a battu l'Italie samedi."],
)
def test_sentences_like_an_email_sign_off_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}")
    assert art.body == f"{BEFORE}\n\n{sentence}"
