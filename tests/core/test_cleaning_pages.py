"""Whole scraped HTML pages, AFP dash headings glued to the next sentence, and heldout6's widgets (a caption over
an agency-first credit, a web slug, a reader poll, a self-promoting author bio): each rule tested on both sides (the
noise goes, similar real text stays)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

BEFORE = "Le gouvernement a présenté mercredi son projet de loi."
AFTER = "Les débats commenceront en mars à l'Assemblée nationale."
TITLE = "La réforme des retraites adoptée au Sénat"


def parse_raw(text: str) -> Article:
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article), art
    return art


def removed_by(art: Article, rule: str) -> str:
    return " ".join(e.removed_text for e in art.edits if e.rule == rule)


PAGE = f"""<nav class="fil-ariane">Accueil › Politique › Retraites</nav>

<article class="article">
<h1 class="titre">{TITLE}</h1>

<p class="meta">Publié le 22/01/2019 à 06h48 - Mis à jour à 09h20</p>

<figure><img src="/a.jpg" alt="Le Sénat">
<figcaption>Le Sénat, au petit matin. <span class="credit">&copy; Léa Fontaine / Exemple Photo</span></figcaption>
</figure>
<div class="corps">
<p>{BEFORE}</p>
<form action="/newsletter" method="post"><input type="email"> <button type="submit">Je m&#039;inscris</button></form>
<p>{AFTER}</p>
</div>
</article>
"""


def test_a_scraped_page_is_parsed_with_its_h1_title() -> None:
    art = parse_raw(PAGE)
    assert art.title == TITLE
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert art.date.value == date(2019, 1, 22)
    assert "Accueil › Politique" in removed_by(art, "navigation")
    assert "Le Sénat, au petit matin." in removed_by(art, "caption")
    assert "Je m&#039;inscris" in removed_by(art, "publisher_boilerplate")


@pytest.mark.parametrize("opening", ["<html>\n<body>", '<div class="page">\n\n<article>', "<main>\n<header>"])
def test_markup_only_lines_above_the_title_are_no_title(opening: str) -> None:
    art = parse_raw(f"{opening}\n<h1>{TITLE}</h1>\n<p>{BEFORE}</p>\n")
    assert (art.title, art.body) == (TITLE, BEFORE)


def test_a_title_with_inline_markup_stays_the_title() -> None:
    art = parse_raw(f"<b>{TITLE}</b>\n\n<p>{BEFORE}</p>")
    assert (art.title, art.body) == (TITLE, BEFORE)


def test_a_caption_or_form_text_outside_its_element_is_kept() -> None:
    # Only the element's own content goes: the same words as plain text are the article's.
    text = "Le Sénat a voté la réforme au petit matin, après une nuit de débats."
    art = parse_raw(f"{TITLE}\n\n<p>{text}</p>\n<p>{BEFORE}</p>")
    assert art.body == f"{text}\n\n{BEFORE}"


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        # The heading's last word glued to the next sentence's first one: lowercase then a capital.
        (
            f"{BEFORE} - Chirac et FillonNicolas Sarkozy n'épargnait pas non plus ses alliés.",
            "- Chirac et Fillon",
            "Nicolas Sarkozy n'épargnait pas non plus ses alliés.",
        ),
        # An acronym glued to the next sentence's first word ("CPELes", "DSKSelon").
        (
            f"{BEFORE} - Les émeutes anti-CPELes deux hommes débutent leur collaboration en 2005.",
            "- Les émeutes anti-CPE",
            "Les deux hommes débutent leur collaboration en 2005.",
        ),
        (f"{BEFORE} - DSKSelon lui, le ministre savait.", "- DSK", "Selon lui, le ministre savait."),
        # Glued to the sentence end before it, one word, an elided opener after it.
        (f"{BEFORE}- VaccinsL'agence européenne a donné son feu vert.", "- Vaccins", "L'agence européenne a donné"),
        (
            f"{BEFORE} - Remdesivir: une efficacité modesteCe médicament antiviral est prometteur.",
            "- Remdesivir: une efficacité modeste",
            "Ce médicament antiviral est prometteur.",
        ),
    ],
)
def test_dash_heading_glued_to_the_next_sentence_is_removed(glued: str, heading: str, kept: str) -> None:
    art = parse_raw(f"{TITLE}\n\n{glued}\n\n{AFTER}")
    assert heading.strip("- ") in removed_by(art, "subheading")
    assert heading not in art.body
    assert BEFORE in art.body.split("\n\n")[0]
    assert any(p.startswith(kept) for p in art.body.split("\n\n"))


@pytest.mark.parametrize(
    "text",
    [
        # A camel-case name in a dash-led line: no glue there.
        f"{BEFORE} - Dans les usines McCain, la production reprend lundi.",
        f"{BEFORE} - Les utilisateurs d'iPhone ont reçu la mise à jour.",
        f"{BEFORE} - France: StopCovid, sans Apple ni Google.",
        f"{BEFORE} - Techniques du XIIe siècle dans la restauration.",
        f"{BEFORE} - Education: #ShutDownAcademia mobilise les chercheurs.",
        # A sentence after a dash, with a verb: not a heading even when a name is glued in it.
        f"{BEFORE} - Il a rencontré le président AndrewGhislaine Maxwell.",
        # The heading ends on a function word: a name ("LeBron") is cut there.
        f"{BEFORE} - Avec l'association More Than a Vote, LeBron James espère mobiliser.",
    ],
)
def test_camel_case_names_and_sentences_after_a_dash_are_kept(text: str) -> None:
    art = parse_raw(f"{TITLE}\n\n{text}")
    assert removed_by(art, "subheading") == ""
    assert art.body == text


CAPTION = "Des manifestants rassemblés devant un commissariat de Minneapolis, le 30 mai 2020."


def test_a_caption_over_an_agency_first_credit_is_removed() -> None:
    art = parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{CAPTION}\n© AFP / Corinne Malvaux\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert CAPTION in removed_by(art, "caption")


def test_a_paragraph_set_off_from_a_credit_line_is_kept() -> None:
    # The credit's own caption is on the line right above it; a paragraph with a blank line between is text.
    art = parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{CAPTION}\n\n© AFP / Corinne Malvaux\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{CAPTION}\n\n{AFTER}"


@pytest.mark.parametrize(
    "noise",
    [
        "rer-accident-essonne-transport",
        "coronavirus-france-bilan-deces",
        "Cet article vous a-t-il été utile ? Oui · Non",
        "Cet article vous a-t-il plu ? Oui | Non",
    ],
)
def test_slug_and_poll_lines_are_removed(noise: str) -> None:
    art = parse_raw(f"{TITLE}\n\n{noise}\n\n{BEFORE}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "text",
    [
        "Bleu-blanc-rouge.",
        "va-et-vient",
        "explique-t-elle-encore",
        "Cet article vous a-t-il été utile ? Non, répond le ministre.",
    ],
)
def test_compounds_and_answers_like_slugs_or_polls_are_kept(text: str) -> None:
    art = parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{text}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{text}\n\n{AFTER}"


BIO = "Maëlys Fontanarosa, passionnée de cuisine et de voyages, partage ici ses coups de cœur et ses bons plans."


def test_a_self_promoting_author_bio_closing_the_text_is_removed() -> None:
    art = parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{AFTER}\n\n{BIO}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert BIO in removed_by(art, "author_bio")


@pytest.mark.parametrize(
    "text",
    [
        # Not "here": someone the article is about.
        "Jean Dupont, passionné d'histoire locale, partage ses découvertes sur sa page Facebook.",
        # No passion in the apposition.
        "Claire Martin, maire de la commune, présente ici son projet de budget.",
        # Not closing the text.
        BIO + "|",
    ],
)
def test_people_presented_in_the_text_are_kept(text: str) -> None:
    body = f"{BEFORE}\n\n{AFTER}\n\n{text}" if not text.endswith("|") else f"{BEFORE}\n\n{text[:-1]}\n\n{AFTER}"
    art = parse_raw(f"{TITLE}\n\n{body}")
    assert art.body == body


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        # A CMS's style values pasted into the text: out; after a sentence end they also end the paragraph.
        (f"{BEFORE}=11pt=12.0pt=black{AFTER}", f"{BEFORE}\n\n{AFTER}"),
        ("Pour rappel, l'équipement =12.0ptest obligatoire.", "Pour rappel, l'équipement est obligatoire."),
        ("La=1em France reste au stade 2.", "La France reste au stade 2."),
        # An embed placeholder.
        (f'{BEFORE}[EMBED url=" "]{AFTER}', f"{BEFORE}\n\n{AFTER}"),
        (f'{BEFORE}[EMBED url="https://video.exemple.fr/v/123"]{AFTER}', f"{BEFORE}\n\n{AFTER}"),
        # An embedded post's link between two sentences, glued to the next one.
        (f"{BEFORE}https://twitter.com/x/status/1097134981376344064{AFTER}", f"{BEFORE}\n\n{AFTER}"),
        (f"{BEFORE} https://www.dailymotion.com/video/x6xc5wf{AFTER}", f"{BEFORE}\n\n{AFTER}"),
        (
            f"{BEFORE}https://twitter.com/x/status/1090544056617312256M. Drouet plaide la bonne foi.",
            f"{BEFORE}\n\nM. Drouet plaide la bonne foi.",
        ),
        # "Lire aussi" and its headline inside a paragraph.
        (f"{BEFORE}Lire aussi : La réforme des retraites{AFTER}", f"{BEFORE}\n\n{AFTER}"),
        (f"{BEFORE} Lire aussi : La réforme des retraites", BEFORE),
        # HTML comments; an embedded post's blockquote with its author's handle.
        (f"{BEFORE} <!-- pub -->{AFTER}", f"{BEFORE} {AFTER}"),
        (
            f'{BEFORE}\n\n<blockquote class="twitter-tweet"><p>Super nouvelle !</p>— Jean Martin (@jmartin) '
            f'<a href="https://twitter.com/jmartin/status/1">12 mars 2021</a></blockquote>\n\n{AFTER}',
            f"{BEFORE}\n\n{AFTER}",
        ),
    ],
)
def test_cms_leftovers_links_and_embeds_inside_the_text_are_removed(raw: str, body: str) -> None:
    assert parse_raw(f"{TITLE}\n\n{raw}").body == body


@pytest.mark.parametrize(
    "text",
    [
        # A link the text gives as information (after a colon or "sur"), a quantity with "=", a decimal number.
        "Le rapport est consultable à cette adresse : https://exemple.fr/rapport.pdf",
        "Les dons peuvent être faits sur www.sidaction.org avant dimanche.",
        "Le score final est de 3=3 selon les juges, à 12 pt d'écart.",
        # "Lire aussi" as the text's own words, and a page's own paragraph set in a twitter-tweet blockquote.
        "Il faut lire aussi les rapports précédents, a-t-il ajouté.",
    ],
)
def test_links_and_words_like_leftovers_in_the_text_are_kept(text: str) -> None:
    assert parse_raw(f"{TITLE}\n\n{text}").body == text


def test_a_page_paragraph_in_a_tweet_blockquote_without_a_handle_is_kept() -> None:
    text = '"Fermez nos ports", a réagi Marine Le Pen dans un tweet.'
    art = parse_raw(f'{TITLE}\n\n<blockquote class="twitter-tweet"><p>{text}</p></blockquote>')
    assert art.body == text


@pytest.mark.parametrize(
    "noise",
    [
        "Pour voir cette vidéo, acceptez les cookies.",
        "Pour afficher ce contenu Twitter, vous devez accepter les cookies réseaux sociaux.",
        "Cette vidéo n'est pas disponible.",
        "Cet article vous a plu ? Partagez-le !",
        "Cet article a été mis à jour le 16 mars.",
        "Note de la rédaction : cet article a été mis à jour.",
        "(Mise à jour : 10h30)",
        "(Illustration)",
        "(Photo d'illustration)",
    ],
)
def test_blocked_embeds_prompts_and_update_notes_are_removed(noise: str) -> None:
    art = parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "text",
    [
        "Pour voir cette vidéo, il faut se rendre sur le site de la mairie.",
        "Cette vidéo n'est pas disponible en France depuis lundi, selon la plateforme.",
        "Cet article a été mis à jour par le Conseil d'État dans sa nouvelle version du code.",
        "L'illustration de la couverture a été réalisée par un enfant.",
    ],
)
def test_sentences_like_embeds_prompts_or_notes_are_kept(text: str) -> None:
    art = parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{text}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{text}\n\n{AFTER}"


def test_a_short_quoted_pull_quote_repeated_in_the_text_is_kept_once() -> None:
    text = "Restaurer à l'identique, \"C'est la loi! Il faut restaurer dans l'état\", insiste Stéphane Bern."
    art = parse_raw(f'{TITLE}\n\n{BEFORE}"C\'est la loi!"{AFTER}\n\n{text}')
    assert art.body == f"{BEFORE}\n\n{AFTER}\n\n{text}"
    assert removed_by(art, "duplicate_pull_quote") == '"C\'est la loi!"'


@pytest.mark.parametrize(
    "alone",
    [
        # A short quotation not repeated elsewhere, and a short unquoted line that is.
        '"Nous sommes épuisés, nous ne tiendrons plus longtemps."',
        "C'est la loi!",
    ],
)
def test_short_lines_not_repeated_or_not_quoted_are_kept(alone: str) -> None:
    text = "Restaurer à l'identique, \"C'est la loi! Il faut restaurer dans l'état\", insiste Stéphane Bern."
    art = parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{alone}\n\n{text}")
    assert art.body == f"{BEFORE}\n\n{alone}\n\n{text}"


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        # A cross-link opening the paragraph with its headline's full stop: the next sentence is text.
        (f"Lire aussi : La réforme des retraites. {AFTER}", AFTER),
        (f"LIRE AUSSI >> Pourquoi la réforme bloque ? {AFTER}", AFTER),
        # "Lire aussi" as the text's own words, at a sentence start.
        (
            f"{BEFORE} Lire aussi les rapports précédents est utile. {AFTER}",
            f"{BEFORE} Lire aussi les rapports précédents est utile. {AFTER}",
        ),
    ],
)
def test_a_cross_link_headline_ends_at_its_full_stop(raw: str, body: str) -> None:
    assert parse_raw(f"{TITLE}\n\n{raw}").body == body


DOCUMENT = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{TITLE} - Le Courrier</title>
<script>
window.dataLayer = window.dataLayer || [];
</script>
</head>
<body>
<header><a href="/">Le Courrier</a> <a href="/politique">Politique</a></header>
<article>
<h1>{TITLE}</h1>
<p>{BEFORE}</p>
<p>{AFTER}</p>
</article>
</body>
</html>
"""


def test_a_whole_html_document_loses_its_head_and_site_header() -> None:
    art = parse_raw(DOCUMENT)
    assert (art.title, art.body) == (TITLE, f"{BEFORE}\n\n{AFTER}")
    assert "Le Courrier" in removed_by(art, "navigation")


def test_a_header_holding_the_h1_title_is_kept() -> None:
    art = parse_raw(f"<header><h1>{TITLE}</h1></header>\n<p>{BEFORE}</p>")
    assert (art.title, art.body) == (TITLE, BEFORE)


def test_a_text_line_about_a_head_is_kept() -> None:
    text = "<head> et <title> sont des balises HTML, explique le formateur."
    art = parse_raw(f"{TITLE}\n\n{text}\n\n{BEFORE}")
    assert art.body.endswith(BEFORE) and "explique le formateur." in art.body


def test_a_post_and_its_sign_off_glued_to_the_next_sentence_are_removed() -> None:
    post = "Incendie en cours dans un immeuble de quatre étages à #Rennes. Rue barrée"
    signoff = "— Rennes 24 (@Rennes24) 11 octobre 2016"
    art = parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{post}\n\n{signoff}{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_a_sign_off_inside_a_sentence_is_not_cut() -> None:
    text = f"Le compte — Rennes 24 (@Rennes24) 11 octobre 2016 Le feu a été signalé. {AFTER}"
    assert parse_raw(f"{TITLE}\n\n{BEFORE}\n\n{text}").body == f"{BEFORE}\n\n{text}"


@pytest.mark.parametrize(
    ("repeated", "text"),
    [
        # A standfirst whose words open a longer sentence of the body (other case, other punctuation).
        (
            "L'homme aurait fait deux chutes lors de son périple.",
            "Parti vendredi, l'homme aurait fait deux chutes lors de son périple : une première de 30 mètres.",
        ),
        # A pull quote in capitals, its words in the body with commas.
        ('"TU CROIS QUE NOUS ON VA OUBLIER ?"', 'Le soldat insiste. "Tu crois que, nous, on va oublier?", dit-il.'),
    ],
)
def test_a_paragraph_whose_words_the_body_keeps_goes_as_a_duplicate(repeated: str, text: str) -> None:
    art = parse_raw(f"{TITLE}\n\n{repeated}\n\n{text}")
    assert art.body == text
    assert removed_by(art, "duplicate_pull_quote") == repeated


def test_a_sentence_glued_to_the_text_and_restated_inside_a_longer_one_stays() -> None:
    """The body's first sentence, its line break lost, said again lower-case inside a later sentence: no pull quote."""
    first = "Trois personnes légèrement blessées ont été transportées au centre hospitalier d'Arles."
    body = (
        f"{first}Maintenu en vigilance orange jusqu'à mardi, le département a connu un fort épisode venteux.\n\n"
        "En tout une soixantaine de personnes ont été évacuées et trois personnes légèrement blessées ont été "
        "transportées au centre hospitalier d'Arles."
    )
    art = parse_raw(f"{TITLE}\n\n{body}")
    assert first in art.body
    assert "duplicate_pull_quote" not in {e.rule for e in art.edits}


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        # A quoted heading with other words in the body ("convictions", "allons"): not a duplicate.
        (
            '"Homme de conviction et d\'idéal"',
            "Le président du département se rappelle un homme de convictions, en quête d'idéal.",
        ),
        ('"Tu crois que nous allons oublier ?"', 'Le soldat insiste. "Tu crois que, nous, on va oublier?", dit-il.'),
    ],
)
def test_a_quoted_heading_worded_otherwise_in_the_body_is_no_duplicate(heading: str, text: str) -> None:
    art = parse_raw(f"{TITLE}\n\n{heading}\n\n{text}")
    assert art.body == f"{heading}\n\n{text}"
    assert not removed_by(art, "duplicate_pull_quote")
