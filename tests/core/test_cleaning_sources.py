"""Noise of other sources than the corpus (wire copy, scraped pages, blogs, pull-quote layouts, embedded videos):
each family is removed, and real text that looks like it stays."""

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


def removed_by(art: Article, rule: str) -> str:
    return " ".join(e.removed_text for e in art.edits if e.rule == rule)


def assert_removed_everywhere(noise: str, rule: str) -> None:
    """Between two paragraphs, after the text and before it: the line goes, with this rule."""
    for body in (
        f"{BEFORE}\n\n{noise}\n\n{AFTER}",
        f"{BEFORE}\n\n{AFTER}\n\n{noise}",
        f"{noise}\n\n{BEFORE}\n\n{AFTER}",
    ):
        art = parse(body)
        assert art.body == f"{BEFORE}\n\n{AFTER}", body
        assert noise in removed_by(art, rule), (body, rule, art.edits)


def assert_kept_everywhere(sentence: str) -> None:
    for body in (f"{BEFORE}\n\n{sentence}\n\n{AFTER}", f"{BEFORE}\n\n{AFTER}\n\n{sentence}"):
        assert parse(body).body == body


# Wire copy


@pytest.mark.parametrize(
    ("dateline", "text"),
    [
        ("PARIS, 27 avril (Reuters) - ", "La volonté du gouvernement ne convainc pas."),
        ("WASHINGTON/PARIS, 3 mai 2020 (AFP) - ", "Le président a téléphoné à son homologue."),
        ("BRUXELLES, 1er mars (Belga) – ", "Le ministre a démissionné."),
        ("NEW YORK (AP) — ", "La Bourse a ouvert en baisse."),
        ("(Belga) ", "Le ministre a démissionné."),
    ],
)
def test_wire_dateline_is_cut_from_the_first_paragraph(dateline: str, text: str) -> None:
    art = parse(f"{dateline}{text}\n\n{AFTER}")
    assert art.body == f"{text}\n\n{AFTER}"
    assert removed_by(art, "agency_credit") == dateline


@pytest.mark.parametrize(
    "sentence",
    [
        "PARIS, 27 avril - La mairie a annoncé la fermeture des parcs.",
        "Paris, 27 avril 2020 : la mairie annonce la fermeture des parcs.",
        "Selon l'agence (Reuters), le bilan s'alourdit.",
    ],
)
def test_datelines_without_an_agency_credit_are_text(sentence: str) -> None:
    assert_kept_everywhere(sentence)


@pytest.mark.parametrize(
    "signoff",
    [
        "(Reportage Jean Martin, édité par Paul Durand)",
        "(Reportage Elizabeth Pineau, avec Sudip Kar-Gupta; édité par Jean-Stéphane Brosse)",
        "(Version française Jean Terzian)",
        "(Rédaction de Paris, édité par Sophie Louet)",
        "(avec Jean Dupont à Berlin)",
        "(Bertrand Boucey, édité par Blandine Hénault)",
        "Reportage Jean Martin et Marie Curie, avec AFP",
        "Texte : Jean Dupont",
    ],
)
def test_wire_signoffs_are_removed(signoff: str) -> None:
    assert_removed_everywhere(signoff, "byline")


@pytest.mark.parametrize(
    "sentence",
    [
        "(Reportage à lire dans notre prochaine édition.)",
        "Avec Jean Dupont, il a fondé une entreprise à Lyon.",
        "(avec 12 % des voix)",
        "Service minimum à la SNCF.",
        "Rédaction d'un nouveau texte en cours.",
        "(Jean Dupont, le maire, a refusé.)",
    ],
)
def test_text_like_signoffs_is_kept(sentence: str) -> None:
    assert_kept_everywhere(sentence)


@pytest.mark.parametrize("credit", ["Le Parisien avec AFP", "Avec AFP et Reuters", "(Avec AFP)"])
def test_media_with_agency_credit_is_removed(credit: str) -> None:
    assert_removed_everywhere(credit, "agency_credit")


def test_byline_with_an_agency_stays_a_byline() -> None:
    art = parse(f"Par Claire Lefèvre avec AFP\n\n{BEFORE}")
    assert art.body == BEFORE and removed_by(art, "byline") == "Par Claire Lefèvre avec AFP"


# Scraped pages: consent banners, navigation, footers


@pytest.mark.parametrize(
    "banner",
    [
        "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez "
        "leur utilisation. Accepter | Paramétrer",
        "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
        "Ce site utilise des cookies.",
        "Nous et nos partenaires utilisons des cookies pour vous proposer des publicités personnalisées. "
        "Vous pouvez modifier vos choix à tout moment. Tout accepter | Tout refuser | En savoir plus",
        "Paramétrer les cookies",
        "Continuer sans accepter",
    ],
)
def test_consent_banners_are_removed(banner: str) -> None:
    assert_removed_everywhere(banner, "consent_banner")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous utilisons des cookies depuis 2010, explique le directeur de la régie.",
        "Le site utilise des cookies pour suivre les internautes, selon la CNIL.",
        "En poursuivant sa navigation, le voilier a atteint les Açores.",
        "La CNIL rappelle que vous pouvez refuser les cookies.",
        "Accepter ou refuser : le dilemme des syndicats.",
    ],
)
def test_text_about_cookies_is_kept(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_bare_buttons_go_only_next_to_a_banner() -> None:
    banner = "Ce site utilise des cookies."
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{banner}\nAccepter\nRefuser")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Accepter" in removed_by(art, "consent_banner")
    # Alone after the text, a bare "D'accord" could be a reply: it stays.
    assert parse(f"{BEFORE}\n\n{AFTER}\n\nD'accord").body == f"{BEFORE}\n\n{AFTER}\n\nD'accord"


@pytest.mark.parametrize(
    "line",
    [
        "Accueil > Actualités > Politique",
        "Accueil / Monde / Europe",
        "Actualités › Monde › Europe",
        "Mentions légales | Politique de confidentialité | Contact",
        "Article suivant",
        "Retour en haut de page",
        "Télécharger l'application",
        "Ces articles pourraient vous intéresser",
        "Soutenez notre rédaction",
    ],
)
def test_navigation_and_footers_are_removed(line: str) -> None:
    assert_removed_everywhere(line, "navigation")


@pytest.mark.parametrize(
    "line",
    ["Suivez-nous sur Twitter et Instagram", "Retrouvez-nous sur Facebook", "Facebook", "Twitter"],
)
def test_follow_prompts_are_removed(line: str) -> None:
    assert_removed_everywhere(line, "publisher_boilerplate")


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a téléchargé l'application de la SNCF pour suivre son train.",
        "Retrouvez-nous sur le marché, dit le maraîcher, nous y sommes chaque samedi.",
        "Le taux > 5 % inquiète les économistes.",
        "Soutenez-vous cette réforme ? Les Français sont partagés.",
        "Article suivant la loi de 1905, le texte a été contesté.",
    ],
)
def test_text_like_navigation_is_kept(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_teaser_label_line_is_a_video_embed() -> None:
    assert_removed_everywhere("[Vidéo] Le zapping du jour", "video_embed")


# Blogs: comment widgets


@pytest.mark.parametrize(
    "widget",
    [
        "Qu'en pensez-vous ? Laissez un commentaire ci-dessous (12 commentaires)",
        "12 commentaires",
        "Commentaires (12)",
        "Laisser un commentaire",
        "Soyez le premier à commenter",
        "Votre adresse e-mail ne sera pas publiée.",
        "Vous devez être connecté pour publier un commentaire.",
        "Les commentaires sont fermés.",
    ],
)
def test_comment_widgets_are_removed(widget: str) -> None:
    assert_removed_everywhere(widget, "comments")


def test_a_prompt_goes_with_its_comment_widget_only() -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\nQu'en pensez-vous ?\nLaissez un commentaire")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Qu'en pensez-vous ?" in removed_by(art, "comments")
    for body in (f"{BEFORE}\n\nQu'en pensez-vous ?\n\n{AFTER}", f"{BEFORE}\n\n{AFTER}\n\nEt vous, qu'en pensez-vous ?"):
        assert parse(body).body == body


@pytest.mark.parametrize(
    "sentence",
    [
        "12 commentaires ont été publiés en une heure sous la vidéo.",
        "Il a laissé un commentaire sous la vidéo du ministre.",
        "Répondre à cette question n'est pas simple.",
    ],
)
def test_text_about_comments_is_kept(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# Pull quotes and photo captions


QUOTE = "« un effort réel des restaurateurs pour respecter les règles »"
SAID = "— Emmanuel Grégoire, adjoint à la maire de Paris"
BODY = "Les restaurateurs font « un effort réel des restaurateurs pour respecter les règles », a-t-il dit."


def test_pull_quote_and_its_attribution_are_removed() -> None:
    art = parse(f"{BEFORE}\n\n{QUOTE}\n{SAID}\n\n{BODY}\n\n{QUOTE}\n{SAID}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{BODY}\n\n{AFTER}"
    assert removed_by(art, "duplicate_pull_quote").count(SAID) == 2


@pytest.mark.parametrize(
    "line",
    ["— Oui, a répondu Emmanuel Grégoire.", "— Emmanuel Grégoire, qui a signé le texte", "— Jamais, jamais."],
)
def test_dialogue_after_a_pull_quote_is_kept(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{QUOTE}\n{line}\n\n{BODY}")
    assert art.body == f"{BEFORE}\n\n{line}\n\n{BODY}"


def test_an_attribution_line_away_from_a_pull_quote_is_kept() -> None:
    art = parse(f"{BEFORE}\n\n{SAID}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{SAID}\n\n{AFTER}"


@pytest.mark.parametrize(
    "caption",
    [
        "Anne Hidalgo, maire de Paris, le 28 mai 2020. (Crédit : Léa Fontaine / Exemple Photo)",
        "Des clients attablés en terrasse, à Paris. (Photo : Hans Weber)",
        "Le Premier ministre Édouard Philippe, le 20 novembre 2019. (© Exemple Photo)",
    ],
)
def test_caption_with_its_credit_is_removed(caption: str) -> None:
    assert_removed_everywhere(caption, "caption")


def test_a_credit_after_a_real_sentence_goes_alone() -> None:
    sentence = "Le maire a inauguré la place le 28 mai 2020."
    art = parse(f"{BEFORE}\n\n{sentence} (Photo : Léa Fontaine)\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"
    assert removed_by(art, "caption").strip() == "(Photo : Léa Fontaine)"
    assert_kept_everywhere("Les images (photo : le podium) ont fait le tour du monde.")


# Embedded videos glued into the text without "(vidéo)"


@pytest.mark.parametrize(
    ("glued", "leftover"),
    [
        (
            'Privatisation d\'ADP : "Ça ne débouchera jamais" estime François de Rugypar France Inter',
            "Privatisation d'ADP",
        ),
        ("Réforme des retraites : vers un passage en force ?par franceinfo", "passage en force"),
        ("Visite de M. Macron à Brégançon (1/2) - 12/08par BFMTV", "Brégançon"),
        ("Université d'été : « Olivier Faure ? Je connais pas... »par Le Parisien", "Olivier Faure"),
        ("[EXTRAIT] Macron président, la fin de l'innocence - 07/05par France 3", "innocence"),
    ],
)
def test_glued_video_title_and_channel_are_removed(glued: str, leftover: str) -> None:
    art = parse(f"Le ministre l'a détaillé. {glued}La suite du texte commence ici.\n\n{AFTER}")
    assert art.body == f"Le ministre l'a détaillé.\n\nLa suite du texte commence ici.\n\n{AFTER}"
    assert leftover in removed_by(art, "video_embed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a été interpellé par France Inter lors de l'émission du matin.",
        "Gaspar Noé a présenté son film à Cannes.",
        "Le film de Gaspar Noé sort mercredi.",
        "Invité par BFMTV, le ministre a répondu.",
    ],
)
def test_text_naming_a_channel_is_kept(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# More page furniture of scraped pages


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Publicité - Continuez la lecture ci-dessous", "publisher_boilerplate"),
        ("La suite après cette publicité", "publisher_boilerplate"),
        ("Vous lisez un article réservé aux abonnés.", "publisher_boilerplate"),
        ("Cet article est issu du magazine Elle", "publisher_boilerplate"),
        ("Photo by Jean Dupont on Unsplash", "caption"),
        ("(Photo DR)", "caption"),
        ("Illustration AFP", "caption"),
        ("A lire également : La réforme des retraites", "cross_link"),
        ("Notre dossier : la réforme des retraites", "cross_link"),
        ("bur-sw/ob", "byline"),
        ("La rédaction", "byline"),
        ("Article mis à jour le 12 mars 2021", "publisher_boilerplate"),
    ],
)
def test_page_furniture_is_removed(line: str, rule: str) -> None:
    assert_removed_everywhere(line, rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "La publicité a continué de baisser en 2020.",
        "Cet article de loi est issu d'un amendement du Sénat.",
        "Notre dossier a été déposé en préfecture, explique la présidente de l'association.",
        "Les photos de l'AFP ont fait le tour du monde.",
        "La rédaction du texte a pris deux ans.",
        "Il roulait à 130 km/h sur l'autoroute.",
    ],
)
def test_text_like_page_furniture_is_kept(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_a_long_consent_banner_is_removed_item_by_item() -> None:
    banner = (
        "Nous et nos partenaires utilisons des cookies et des technologies similaires pour stocker et accéder à des "
        "informations sur votre appareil, afin de vous proposer des publicités et des contenus personnalisés, "
        "mesurer l'audience et améliorer nos services. Vous pouvez modifier vos choix à tout moment en cliquant sur "
        "le lien Paramètres des cookies en bas de page. En poursuivant votre navigation sur ce site, vous acceptez "
        "l'utilisation de cookies. Tout accepter | Tout refuser | Personnaliser"
    )
    assert len(banner.split()) > 60
    assert_removed_everywhere(banner, "consent_banner")
    long_text = " ".join(
        f"Nous utilisons des cookies depuis {year}, a reconnu le directeur de la régie publicitaire de la ville."
        for year in range(2010, 2015)
    )
    assert_kept_everywhere(long_text)


# heldout5's families: a pull quote credited to a description, spaced tags, Markdown headings, wire slugs, an
# author's bio after the sign-off


@pytest.mark.parametrize("said", ["— Un conseiller, cité par Le Parisien", "— Une proche de la ministre"])
def test_pull_quote_credited_to_a_description_is_removed(said: str) -> None:
    art = parse(f"{BEFORE}\n\n{QUOTE}\n{said}\n\n{BODY}")
    assert art.body == f"{BEFORE}\n\n{BODY}"


@pytest.mark.parametrize("line", ["— Un conseiller a répondu non.", "— Une proche, qui a tout vu"])
def test_description_line_that_narrates_after_a_pull_quote_is_kept(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{QUOTE}\n{line}\n\n{BODY}")
    assert line in art.body


def test_tags_with_stray_spaces_are_removed() -> None:
    art = parse("<p>La ville a voté.</ br> Pour le maire, rien ne change.< /p>")
    assert art.body == "La ville a voté.\n\nPour le maire, rien ne change."
    kept = "Si a < b et c > d, alors x < /y/ reste vrai."
    assert parse(kept).body == kept


@pytest.mark.parametrize("heading", ["## Une mise en scène contestée", "### Pourquoi maintenant ?", "# Réactions"])
def test_markdown_heading_is_removed(heading: str) -> None:
    assert_removed_everywhere(heading, "subheading")


@pytest.mark.parametrize("sentence", ["#MeToo a changé la donne, estime-t-elle.", "# 1 des ventes en 2019."])
def test_hashtag_and_numbered_line_are_kept(sentence: str) -> None:
    assert_kept_everywhere(sentence)


@pytest.mark.parametrize(
    "slug", ["FRANCE-POLITIQUE/RETRAITES (PAPIER GÉNÉRAL)", "USA-ELECTIONS/TRUMP", "ITALIE-MIGRANTS (MISE À JOUR 2)"]
)
def test_wire_slug_line_is_removed(slug: str) -> None:
    assert_removed_everywhere(slug, "publisher_boilerplate")


@pytest.mark.parametrize("sentence", ["Le G7 et l'UE-Mercosur divisent.", "SNCF-RATP : la grève continue lundi."])
def test_acronyms_in_sentences_are_not_slugs(sentence: str) -> None:
    assert_kept_everywhere(sentence)


BIO = (
    "Julie Exemple est rédactrice web et grande amatrice de randonnées ; elle partage ses itinéraires sur son "
    "blog « Sentiers », à découvrir sans attendre !"
)


def test_author_bio_after_the_sign_off_is_removed() -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n(Avec AFP)\n\n{BIO}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert BIO in removed_by(art, "author_bio")


def test_a_journalist_presented_in_the_text_is_kept() -> None:
    sentence = "Julie Exemple est journaliste au Courrier depuis 2010 ; elle a révélé l'affaire."
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}\n\n(Avec AFP)")
    assert sentence in art.body
    art = parse(f"{BEFORE}\n\n(Avec AFP)\n\n{sentence}\n\n{AFTER}")
    assert sentence in art.body


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Le Veilleur du Quercy &amp;#8211; Politique</title>
<link>https://www.veilleur-quercy.fr/politique</link>
<description>Toute l&amp;#8217;actualit&amp;eacute; politique</description>
<lastBuildDate>Sat, 07 Mar 2020 09:00:00 +0100</lastBuildDate>
<item>
<title><![CDATA[Le conseil départemental vote son budget]]></title>
<link>https://www.veilleur-quercy.fr/politique/budget-departement</link>
<dc:creator><![CDATA[Jeanne Maurel]]></dc:creator>
<category><![CDATA[Politique]]></category>
<pubDate>Fri, 06 Mar 2020 18:30:00 +0100</pubDate>
<content:encoded>&lt;p&gt;Le budget a été adopté vendredi par 25 voix contre 9.&lt;/p&gt;
&lt;p&gt;L&amp;#8217;opposition a d&amp;eacute;nonc&amp;eacute; &lt;a href=&quot;/b&quot;&gt;une
hausse&lt;/a&gt; des taxes.
&lt;/p&gt;</content:encoded>
</item>
<item>
<title><![CDATA[Une autre dépêche du fil]]></title>
<pubDate>Thu, 05 Mar 2020 08:00:00 +0100</pubDate>
</item>
</channel>
</rss>
"""


def test_news_feed_item_is_the_article() -> None:
    """An RSS dump: the channel's metadata, the item's tags, CDATA wrappers, escaped HTML and later items go; the
    item's title is the title and its pubDate the date."""
    art = parse_article("flux.txt", FEED.encode())
    assert isinstance(art, Article)
    assert art.title == "Le conseil départemental vote son budget"
    assert str(art.date.value) == "2020-03-06" and art.date.precision == "day"
    assert art.body == (
        "Le budget a été adopté vendredi par 25 voix contre 9.\n\nL'opposition a dénoncé une hausse des taxes."
    )


def test_feed_markup_near_misses_stay() -> None:
    """Without a feed opening, text is text: a colon in angle-bracket-free prose, a literal '&amp;' word, and
    a first line that mentions RSS; no date is invented."""
    kept = "Le groupe AT&amp;T et le site rss:actu ont signé, disent-ils, un accord [sic]]."
    art = parse(kept)
    assert art.body == "Le groupe AT&T et le site rss:actu ont signé, disent-ils, un accord [sic]]."
    art = parse_article(
        "x.txt", "Le flux RSS du ministère\n\nLe ministère a ouvert un flux <rss> pour ses communiqués.".encode()
    )
    assert isinstance(art, Article)
    assert art.title == "Le flux RSS du ministère" and art.date.value is None


def test_teaser_list_of_headlines_and_time_stamps() -> None:
    """An aggregator's list of other articles: headlines each with its time stamp (after its source, alone, or
    wrapped onto the headline), and the list's title right above."""
    for stamps in (
        ("Le Journal du Rhône · il y a 3 h", "La Voix des Vallées · hier, 21:40"),
        ("il y a 12 min", "hier, 18:05"),
    ):
        teasers = (
            "Sur le même sujet\n"
            f"Les maires ruraux réclament un fonds d'urgence\n{stamps[0]}\n"
            f"Le prix du fioul recule pour la troisième semaine\n{stamps[1]}"
        )
        art = parse(f"{BEFORE}\n\n{AFTER}\n\n{teasers}")
        assert art.body == f"{BEFORE}\n\n{AFTER}", stamps
        assert "Sur le même sujet" in removed_by(art, "cross_link")


def test_teaser_list_near_misses_stay() -> None:
    """A live blog's sentences under their times stay (a teaser's headline has no final full stop)."""
    live = "Le préfet a pris la parole devant la presse.\n10h32\nLes secours sont toujours sur place.\n10h45"
    assert "Les secours sont toujours sur place." in parse(f"{BEFORE}\n\n{live}").body
    sentences = "Le préfet a pris la parole.\nil y a 3 h\nLes secours restent mobilisés sur place.\nil y a 2 h"
    body = parse(f"{BEFORE}\n\n{sentences}").body
    assert "Le préfet a pris la parole." in body and "Les secours restent mobilisés sur place." in body


@pytest.mark.parametrize(
    "noise",
    [
        "Expéditeur : Observatoire de la voirie <lettre@listes.obs-voirie.fr>",
        "Destinataires : abonnes@listes.obs-voirie.fr",
        "Date d'envoi : mardi 3 mars 2020 07:30",
        "Objet : TR: Sélection du jour n° 12",
        "Sujet : [obs-revue] Sélection du jour n° 418 – voirie et mobilités",
        "Bonjour à toutes et à tous,",
        "Bien cordialement,",
        "Ligne directe : 01 39 84 52 17 · Mobile : 06 42 18 77 09",
        "=== 2/4 ===",
        "=== Fin de l'article 2/4 — article suivant : Voirie ===",
    ],
)
def test_forwarded_email_furniture(noise: str) -> None:
    """A forwarded email's header fields, its greeting, sign-off and phone signature, a digest's '===' separators."""
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}", noise


@pytest.mark.parametrize(
    "kept",
    [
        "Sujet : la réforme des retraites divise toujours la majorité, selon un sondage publié mardi.",
        "Le standard de la mairie, joignable au 01 39 84 52 17, a été saturé toute la matinée.",
        "Le courriel, signé « Bien cordialement, la direction », a été transmis à la presse mardi.",
        "Le score est de 3 = 3 selon l'arbitre, qui a validé le but à la 88e minute.",
    ],
)
def test_forwarded_email_near_misses_stay(kept: str) -> None:
    assert parse(f"{BEFORE}\n\n{kept}\n\n{AFTER}").body == f"{BEFORE}\n\n{kept}\n\n{AFTER}"
