"""Furniture of app shares, messaging channels, e-mail digests and print scans, by structure: pictogram-led lines,
lines without a letter, glyph-separated running heads, a forwarded email's frame, a digest's contents and end,
quoted headings repeating the text. Invented publishers, people and wording; both sides."""

from __future__ import annotations

import pytest

from .test_cleaning_sources import AFTER, BEFORE, assert_kept_everywhere, assert_removed_everywhere, parse, removed_by

# Pictogram-led lines


@pytest.mark.parametrize(
    "line",
    [
        "📺 Nos reportages",  # a carousel's title
        "▶ 03:12 · Budget : ce que contient le texte voté cette nuit au Sénat",  # a playlist item
        "👀 8,4 k · édité · 17:42",  # a post's counters
        "⤴️ Transféré depuis : Groupe Parents Vigilants 🚸",  # a forward label closed by a pictogram
        "📢 Un mot de la modération : merci de rester courtois dans les réponses, ce soir live à 20 h 📡",
        "🔔 Vous n'êtes pas encore membre ? Suivez le fil des Riverains en colère : t.me/riverains_colere",
    ],
)
def test_a_pictogram_led_line_of_furniture_goes(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    [
        # A sentence after a pictogram is text.
        "🔴 Le maire de Vernon-sur-Lys a annoncé jeudi la fermeture de la piscine municipale.",
        # A list bullet leading a timeline's entry stays (not a label).
        "► 1988 : la première édition",
    ],
)
def test_a_sentence_or_a_bulleted_entry_after_a_pictogram_stays(line: str) -> None:
    assert_kept_everywhere(line)


# Lines with no letter: folios and jump marks


@pytest.mark.parametrize("line", ["…/…", "· 4 ·", "( 7 )", "12 / 13"])
def test_a_line_without_a_letter_goes(line: str) -> None:
    assert_removed_everywhere(line, "publisher_boilerplate")


def test_a_number_in_a_sentence_stays() -> None:
    assert_kept_everywhere("Le budget atteint 4 milliards d'euros, soit 12 % de plus.")


# Print scans: running heads with glyph separators, jump lines, credits


@pytest.mark.parametrize(
    "line",
    ["SOCIÉTÉ ▪ ÉDUCATION", "14 ▪ L'ÉCHO DES COLLINES ▪ Samedi 3 mars 2018", "RÉGION ■ AGRICULTURE"],
)
def test_a_glyph_separated_running_head_goes(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "line",
    ["➜ Notre article continue en page 6", "Suite page 11", "Lire la suite en page 3", "BUDGET (SUITE DE LA UNE)"],
)
def test_a_print_jump_line_goes(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "La suite de la une est consacrée aux élections.",
        "Le dossier continue en page 6 avec un entretien du maire, qui revient sur son bilan.",
        "Les élus ont voté ▪ puis ils sont partis.",
    ],
)
def test_sentences_about_pages_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_a_print_caption_above_a_cliche_credit_goes() -> None:
    caption = "La ministre devant les agriculteurs, peu avant le début de la réunion."
    art = parse(f"{BEFORE}\n\n{caption}\nCLICHÉ MARTIN DELAPORTE\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


# App pages: byline with age and reading time, consent, app interstitial, carousel hint, rating


@pytest.mark.parametrize(
    "line",
    [
        "Par Hélène Castagnède · il y a 3 j · Lecture 4 min",
        "Nous et nos partenaires déposons des traceurs sur votre appareil pour mesurer l'audience. Vous pouvez "
        "modifier vos choix à tout moment depuis la page Confidentialité.",
        "L'actualité locale, c'est plus pratique dans l'appli Le Crieur. Ouvrir l'appli | Continuer sur le site",
        "Balayez pour découvrir les autres vidéos ›",
        "Notez cet article : ★★★☆☆ 3,2/5 (14 avis)",
    ],
)
def test_app_page_furniture_goes(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Il y a 3 jours, le conseil municipal a voté le budget.",
        "Vous pouvez revenir sur vos choix, a lancé le ministre aux syndicats.",
        "L'application de la loi est plus simple dans les grandes villes, selon le rapport.",
    ],
)
def test_sentences_like_app_furniture_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# A forwarded email: the forwarder's note above the original message, a digest's contents and its end


FORWARD = (
    "Bonjour,\n\nPour info, l'article dont nous parlions hier, à relire avant la réunion de lundi.\n\n"
    "Cordialement,\nMarc Dellière\nChargé de mission mobilités\nCommunauté de communes du Val d'Orgeuil\n\n"
    "-----Message d'origine-----\n"
    "De : Veille Transports <veille@lettres.transports-info.fr>\n"
    "Objet : [Veille] Sélection n° 52\n\n"
    "=== 1/2 ===\n\n"
)
END = (
    "\n\n=== Fin de l'article 1/2 — article suivant : Vélos ===\n\n"
    "Vous recevez cette sélection car vous êtes inscrit à la liste Veille. Pour ne plus la recevoir, écrivez à "
    "sortir@lettres.transports-info.fr\nListe modérée par l'équipe de Veille Transports."
)


def test_a_forwarded_digest_keeps_only_its_article() -> None:
    art = parse(f"{FORWARD}{BEFORE}\n\n{AFTER}{END}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_text_after_an_end_marker_stays_without_a_list_trace() -> None:
    marker = "=== Fin de l'article 1/2 — article suivant : Vélos ==="
    art = parse(f"{BEFORE}\n\n{marker}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_without_a_forward_separator_the_lines_above_stay() -> None:
    note = "Pour info, l'article dont nous parlions hier, à relire avant la réunion de lundi."
    art = parse(f"{note}\n\n{BEFORE}\n\n{AFTER}")
    assert art.body == f"{note}\n\n{BEFORE}\n\n{AFTER}"


def test_a_numbered_list_inside_the_text_stays() -> None:
    items = "1. Le tramway sera prolongé jusqu'à la gare\n2. Les bus passeront toutes les dix minutes"
    art = parse(f"{BEFORE} Voici les deux mesures :\n\n{items}\n\n{AFTER}")
    assert "1. Le tramway" in art.body and "2. Les bus" in art.body


def test_text_after_a_sentence_about_an_end_stays() -> None:
    assert_kept_everywhere("C'est la fin de l'article 3 de la loi, a-t-il noté.")


# Quoted headings repeating words of the text


def test_a_quoted_heading_opening_the_paragraph_and_repeating_the_text_goes() -> None:
    para = '"Une ville plus verte" Le maire veut bâtir "une ville plus verte" avant la fin du mandat.'
    art = parse(f"{BEFORE}\n\n{para}")
    assert art.body == f'{BEFORE}\n\nLe maire veut bâtir "une ville plus verte" avant la fin du mandat.'
    assert '"Une ville plus verte"' in removed_by(art, "subheading")


def test_a_bulleted_quoted_heading_repeating_the_text_goes() -> None:
    para = (
        'Le débat a tourné court. • "On ne lâchera rien" Les syndicats ont quitté la salle. '
        '"On ne lâchera rien, ni ce soir ni demain", a prévenu leur porte-parole.'
    )
    art = parse(f"{BEFORE}\n\n{para}")
    assert '• "On ne lâchera rien" Les' not in art.body
    assert '"On ne lâchera rien, ni ce soir ni demain"' in art.body


@pytest.mark.parametrize(
    "para",
    [
        # Said once only: a quotation of the text, not a heading.
        'Le maire a défendu son projet devant le conseil. "Une ville plus verte" Pour lui, il faut planter.',
        # Followed by its attribution: speech.
        'Le maire a parlé. "Une ville plus verte", a-t-il répété. Il veut "une ville plus verte" avant 2026.',
    ],
)
def test_a_quotation_said_once_or_attributed_stays(para: str) -> None:
    art = parse(f"{para}\n\n{AFTER}")
    assert "Une ville plus verte" in art.body.split(". ")[1] or '"Une ville plus verte"' in art.body
    assert not removed_by(art, "subheading")


# Markup leftovers: an editor's tag with mismatched brackets, a text-mode browser's link markers and link list


def test_an_editors_tag_left_in_the_text_goes_without_splitting_the_paragraph() -> None:
    para = 'Le maire parle de "menaces répétées"(/BOLD], a précisé son cabinet jeudi.'
    art = parse(f"{BEFORE}\n\n{para}")
    assert art.body == f'{BEFORE}\n\nLe maire parle de "menaces répétées", a précisé son cabinet jeudi.'
    assert removed_by(art, "html") == "(/BOLD]"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le groupe (LFI) a voté contre, comme la CGT [Confédération générale du travail].",
        "Il cite [...] un passage du rapport [sic] et l'article 12 [2019].",
    ],
)
def test_brackets_of_the_text_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


def test_a_text_browsers_link_markers_and_link_list_go() -> None:
    para = "Le préfet[7] a présenté le plan, selon [8]Le Courrier du Val."
    links = "References\n\n   1. https://www.courrier-du-val.fr/\n   2. https://www.courrier-du-val.fr/plan"
    art = parse(f"{para}\n\n{AFTER}\n\n{links}")
    assert art.body == f"Le préfet a présenté le plan, selon Le Courrier du Val.\n\n{AFTER}"


def test_a_numbered_list_of_words_stays() -> None:
    items = "1. Le tramway sera prolongé.\n2. Les bus passeront plus souvent."
    assert "1. Le tramway sera prolongé." in parse(f"{BEFORE}\n\n{items}\n\n{AFTER}").body


# Accessibility views, translation tools, slideshows, clipping services: their furniture lines


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Taille du texte A- A A+",
        "Contraste renforcé",
        "Lire à voix haute",
        "Texte traduit automatiquement",
        "Afficher l'original",
        "Voir la traduction",
        "Image suivante",
        "Photo 4/15",
        "Revoir le diaporama",
        "Version imprimable",
        "Tous droits de reproduction réservés",
        "Ce document est réservé à l'usage exclusif du client abonné.",
        "Périodicité : Hebdomadaire",
        "OJD : 18 420",
        "Surface : 41 %",
        "Version gratuite : 5 000 caractères par traduction. Passez à TradOuest Pro pour traduire des documents.",
        "Compte découverte : 3 exports par mois. Essayez Transcripto Premium gratuitement pendant 7 jours",
    ],
)
def test_furniture_of_tools_and_services_goes(line: str) -> None:
    art = parse(f"{BEFORE}\n\n{line}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Diffusion : le documentaire sera projeté dimanche soir à la salle des fêtes.",
        "Le diaporama présenté par le maire montrait les futurs aménagements.",
        "La traduction automatique a trompé les enquêteurs, selon l'avocat.",
        "Pays : la France et l'Italie ont signé un accord sur le tunnel.",
        "Version gratuite : l'application reste accessible à tous, assure la société éditrice.",
    ],
)
def test_sentences_about_tools_and_services_stay(sentence: str) -> None:
    assert_kept_everywhere(sentence)


# A block of short unpunctuated lines closing the page


def test_a_closing_block_of_short_lines_goes() -> None:
    block = "Le Crieur du Val\nRédaction : 4 place du Marché\n71300 Montceau\nContact et abonnements"
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{block}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


@pytest.mark.parametrize(
    "tail",
    [
        # Two lines only.
        "Le Crieur du Val\nContact et abonnements",
        # A list announced by a colon.
        "Les lauréats sont :\nJeanne Morel\nPaul Ricard\nSophie Lenoir",
        # Lines with final punctuation are sentences.
        "Le maire a parlé.\nLes élus ont voté.\nLa séance est levée.",
        # Lines set off by blank lines are paragraphs, not a block.
        "Le Crieur du Val\n\nContact et abonnements\n\nRédaction du Val",
    ],
)
def test_near_closing_blocks_stay(tail: str) -> None:
    art = parse(f"{BEFORE}\n\n{tail}")
    assert not removed_by(art, "navigation")
    assert art.body.endswith(tail.split("\n")[-1])


def test_a_pictogram_led_sentence_naming_an_account_stays() -> None:
    assert_kept_everywhere("📣 Le préfet @Prefet_Val a confirmé la fermeture des écoles jeudi.")


def test_an_article_above_a_replys_quoted_original_stays() -> None:
    body = f"{BEFORE}\n\n{AFTER}\n\n-----Message d'origine-----\n\nMerci."
    assert parse(body).body.startswith(f"{BEFORE}\n\n{AFTER}")
