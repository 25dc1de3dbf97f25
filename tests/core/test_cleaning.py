"""Cleaning rules, each tested on both sides: the noise goes, the real text next to it stays."""

from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pytest

from pipeline.core.article import parse_article
from pipeline.core.ingest import Decoded, decode
from pipeline.core.records import Article

ROOT = Path(__file__).resolve().parents[2]
BEFORE = "Le gouvernement a présenté mercredi son projet de loi."
AFTER = "Les débats commenceront en mars à l'Assemblée nationale."


def parse(body: str, title: str = "Le titre") -> Article:
    art = parse_article("x.txt", f"{title}\n\n{body}".encode())
    assert isinstance(art, Article)
    return art


def rules(art: Article) -> set[str]:
    return {e.rule for e in art.edits}


NOISE = [
    ("© 2021 Le Journal. Tous droits réservés.", "publisher_boilerplate"),
    ("Cet article est paru initialement dans The Guardian.", "publisher_boilerplate"),
    ("Abonnez-vous pour lire la suite", "publisher_boilerplate"),
    ("Il vous reste 75% de cet article à lire.", "publisher_boilerplate"),
    ("Offrir cet article", "publisher_boilerplate"),
    ("Partager sur Facebook Twitter E-mail", "publisher_boilerplate"),
    ("Inscrivez-vous à notre newsletter Politique", "publisher_boilerplate"),
    ("Temps de lecture : 3 min", "publisher_boilerplate"),
    ("Publié le 15 mars 2021 à 08h12", "publisher_boilerplate"),
    ("Mis à jour le 16 mars 2021 à 10h00", "publisher_boilerplate"),
    ("20 février", "publisher_boilerplate"),
    ("Lire aussi : La réforme des retraites adoptée", "cross_link"),
    ("» LIRE AUSSI - Le Sénat vote le texte", "cross_link"),
    ("Par Jean Dupont", "byline"),
    ("Par Marie-Claire Le Goff, envoyée spéciale à Kiev", "byline"),
    ("Suivre", "byline"),
    ("Propos recueillis par Jean Dupont", "byline"),
    ("https://www.exemple.fr/article/123", "url"),
    ("Avec AFP", "agency_credit"),
    ("(AFP)", "agency_credit"),
    ("Photo : Jean Dupont / AFP", "caption"),
    ("Crédit photo haut : Andreas Praefcke", "caption"),
    ("Le président lors de son discours, à Paris, le 3 mars 2021. LUDOVIC MARIN / AFP", "caption"),
    ("Voir cette publication sur Instagram", "social_embed"),
    ("— Emmanuel Macron (@EmmanuelMacron) March 3, 2021", "social_embed"),
    ("Une publication partagée par Jean (@jean) le 3 mars 2021 à 10h12 PST", "social_embed"),
    ("Lecture en cours", "video_embed"),
    ("Le zapping du jour (vidéo)", "video_embed"),
    ("- Une réforme contestée -", "subheading"),
    ("Une réforme contestée", "subheading"),
    ("Amateur de café. Ninja du web. Fan de musique. Explorateur passionné.", "author_bio"),
    ("« Gourou des réseaux sociaux. Pionnier du bacon. Spécialiste de la télé. »", "author_bio"),
]


@pytest.mark.parametrize(("noise", "rule"), NOISE)
def test_noise_paragraph_is_removed_and_neighbours_kept(noise: str, rule: str) -> None:
    art = parse(f"{BEFORE}\n\n{noise}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert rule in rules(art)
    removed = [e for e in art.edits if e.rule == rule]
    assert any(noise in e.removed_text for e in removed)


REAL = [
    "Par ailleurs, le ministre a rappelé que le texte serait amendé.",
    "Par la suite, les syndicats ont appelé à la grève.",
    "Publié en 1998, ce roman a été traduit en vingt langues.",
    "Le rapport, publié le 15 mars, conclut que la situation est grave.",
    "Selon l'AFP, le bilan s'élève à douze morts.",
    "Le photographe de l'AFP a été blessé.",
    "Il a partagé cet article sur Facebook, provoquant un tollé.",
    "La newsletter a été supprimée.",
    "Suivre l'actualité est devenu un métier.",
    "Amateur de jazz, il a fondé un club à Lyon en 1990.",
    "Un choc. Une stupeur. Une colère.",
    "Fan de football. Il est aussi passionné de rugby. Il joue le dimanche.",
    "Crédit Agricole a annoncé des résultats en hausse.",
    "— C'est fini, a-t-il dit.",
    "« Nous sommes prêts », a déclaré le ministre.",
    "D'autres villes - Grenoble, Besançon, Tours... - sont tombées.",
    "Il a écrit sur Twitter (@Elysee) qu'il remerciait les soignants.",
    "La vidéo, publiée dimanche, a été vue un million de fois.",
    "Le site https://www.exemple.fr/2021/03/15/page recense les cas.",
    "Photographié par un passant, le suspect a été identifié.",
    "Abonnés et lecteurs ont réagi en nombre.",
    "Source de tensions, le projet divise la région.",
    '"On s\'oriente vers le pire", a-t-elle insisté vendredi sur BFMTV',
    "« Nous verrons », a dit le ministre sans plus de détails",
]


@pytest.mark.parametrize("sentence", REAL)
def test_real_sentence_is_kept_verbatim(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{sentence}\n\n{AFTER}"


def test_last_sentence_without_full_stop_is_not_a_subheading() -> None:
    last = "Le sujet sera au menu du prochain sommet de l'organisation fin juin à Madrid"
    short_last = "Rendez-vous en juin à Madrid"
    for tail in (last, short_last):
        art = parse(f"{BEFORE}\n\n{tail}")
        assert art.body == f"{BEFORE}\n\n{tail}"


def test_list_items_are_not_subheadings() -> None:
    body = f"{BEFORE} Les villes concernées :\n\n- Grenoble\n\n- Besançon\n\n{AFTER}"
    assert parse(body).body == body


@pytest.mark.parametrize(
    ("glued", "paragraphs"),
    [
        ("Il est parti.Le lendemain, il est revenu.", ["Il est parti.", "Le lendemain, il est revenu."]),
        ("Il est parti en 2019.Le lendemain, rien.", ["Il est parti en 2019.", "Le lendemain, rien."]),
        ('a-t-il dit."Nous verrons", a-t-il ajouté.', ["a-t-il dit.", '"Nous verrons", a-t-il ajouté.']),
        ('"C\'est fini."Le ministre est sorti.', ['"C\'est fini."', "Le ministre est sorti."]),
        ("« C'est fini. »Le ministre est sorti.", ["« C'est fini. »", "Le ministre est sorti."]),
        ("a souligné FO.« Il faut agir », dit-il.", ["a souligné FO.", "« Il faut agir », dit-il."]),
        ("Vraiment ?Oui, vraiment.", ["Vraiment ?", "Oui, vraiment."]),
    ],
)
def test_glued_paragraphs_are_split(glued: str, paragraphs: list[str]) -> None:
    art = parse(glued)
    assert art.body.split("\n\n") == paragraphs
    assert "glued_paragraph" in rules(art)


@pytest.mark.parametrize(
    "text",
    [
        "Selon M.Dupont, le texte est prêt.",
        "Le livre de J.K.Rowling est sorti.",
        "Le groupe S.I.H.A organise le salon.",
        "Une hausse de 3.5 millions d'euros.",
        "Voir le site www.Exemple.com pour en savoir plus.",
        "Le lien https://exemple.fr/A.Propos est cassé.",
        "Il a cité l'art.L. 123 du code.",
        "Le Dr.House est une série.",
    ],
)
def test_abbreviations_initials_urls_and_decimals_are_not_split(text: str) -> None:
    art = parse(text)
    assert art.body == text


def test_inline_dash_subheading_is_removed_and_splits() -> None:
    art = parse('Il a salué le travail. - Révulsé - "Cette anomalie est grave", dit-il.')
    assert art.body == 'Il a salué le travail.\n\n"Cette anomalie est grave", dit-il.'
    assert "subheading" in rules(art)
    art = parse("via Zoom.- Source de superstitions -En temps normal, ils campent.")
    assert art.body == "via Zoom.\n\nEn temps normal, ils campent."


def test_camel_glued_subheading_is_removed() -> None:
    art = parse("Sans butin.Retrouvés par la policeLe duo a fui en voiture.")
    assert art.body == "Sans butin.\n\nLe duo a fui en voiture."


@pytest.mark.parametrize(
    "text",
    [
        "Il est parti. Les données de LinkedIn montrent une hausse.",
        "Il est parti. Le nouvel iPhone est sorti.",
        "Il est parti. Chez McDonald's, les prix montent.",
        "Il est parti. La mise à jour de macOS Sonoma arrive.",
    ],
)
def test_brand_names_are_not_camel_subheadings(text: str) -> None:
    assert parse(text).body == text


def test_repeated_pull_quote_kept_once() -> None:
    quote = "Les mesures que nous prenons sont et demeurent préventives et proportionnées"
    body = f'"{quote}", a dit le ministre.\n\n« {quote} »\n\n{AFTER}'
    art = parse(body)
    assert art.body == f'"{quote}", a dit le ministre.\n\n{AFTER}'
    assert "duplicate_pull_quote" in rules(art)


def test_short_or_partial_repeats_are_kept() -> None:
    body = "Pourquoi ?\n\nIl a demandé pourquoi ?\n\nLes mesures que nous prenons sont préventives, dit-il."
    body += "\n\nLes mesures que nous prenons sont discutées."
    assert parse(body).body == body


def test_cross_link_marker_takes_the_linked_headline_on_the_next_line() -> None:
    art = parse(f"{BEFORE}\n\nLire aussi :\n\nLa réforme des retraites adoptée au Sénat\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_tweet_text_before_its_signoff_is_removed() -> None:
    tweet = "Fiers de nos soignants ! #merci pic.twitter.com/AbC123"
    art = parse(f"{BEFORE}\n\n{tweet}\n\n— Jean (@jean) 3 mars 2021\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_video_player_leftovers_inside_text() -> None:
    body = (
        'Il a dit "oui". Un braquage dans un restaurant (vidéo)par Non Stop ZappingTout s\'est passé lundi. '
        "Il est rentré.Le titre du clip window.pvp_1 = new Pvp('x', {a: 1})"
    )
    art = parse(body)
    assert art.body == 'Il a dit "oui".\n\nTout s\'est passé lundi. Il est rentré.'
    assert "video_embed" in rules(art)


def test_agency_credits() -> None:
    art = parse(f"{BEFORE} (AFP)", title="«Nous sommes prêts» AFP")
    assert (art.title, art.body) == ("«Nous sommes prêts»", BEFORE)
    art = parse(f"PARIS (AFP) - {BEFORE}", title="Le patron de l'AFP démissionne")
    assert (art.title, art.body) == ("Le patron de l'AFP démissionne", BEFORE)
    kept = "Le bilan a été confirmé par l'Agence France-Presse (AFP)"
    assert parse(kept).body == kept


def test_title_suffix_of_the_publisher() -> None:
    art = parse(BEFORE, title="Nouvelle exposition à Modène : actualité automobile, infos, scoop")
    assert art.title == "Nouvelle exposition à Modène"
    art = parse(BEFORE, title="La réforme adoptée | Le Monde")
    assert art.title == "La réforme adoptée"
    art = parse(BEFORE, title="Info ou intox : la vidéo du ministre")
    assert art.title == "Info ou intox : la vidéo du ministre"


def test_html_tags_and_entities() -> None:
    body = (
        '<p>Le maire&nbsp;a parlé.</p><br>Il a cité <a href="https://x.fr">le rapport</a> '
        "d'AT&amp;T.<br Il a conclu &laquo;&nbsp;merci&nbsp;&raquo;."
    )
    art = parse(body)
    assert art.body == "Le maire a parlé.\n\nIl a cité le rapport d'AT&T.\n\nIl a conclu « merci »."
    assert "html" in rules(art)
    kept = "Si x < 5 et R&D > 3, AT&T gagne."
    assert parse(kept).body == kept


def test_typography_and_whitespace() -> None:
    body = unicodedata.normalize("NFD", "L\u2019été\u00a0arrive\u202f!  Vraiment\u200b.")
    art = parse(body + "\nSuite du texte.\n\n\n\nFin.")
    assert art.body == "L'été arrive ! Vraiment.\n\nSuite du texte.\n\nFin."
    assert {"typography", "whitespace"} <= rules(art)
    assert unicodedata.is_normalized("NFC", art.body)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Le chômage a baissé de 2,5\u202f% en un an.", "Le chômage a baissé de 2,5% en un an."),
        ("Il fera 12\u00a0°C à l'aube.", "Il fera 12°C à l'aube."),
        ("Près de 70\u2009% des votants.", "Près de 70% des votants."),
        # near misses: a space typed as such, a thousands separator, a space before other punctuation
        ("Le chômage a baissé de 2,5 % en un an.", "Le chômage a baissé de 2,5 % en un an."),
        ("Ils étaient 12\u202f000 à défiler.", "Ils étaient 12 000 à défiler."),
        ("Il a répondu\u202f: non\u00a0!", "Il a répondu : non !"),
    ],
)
def test_typesetting_space_before_percent_and_degree_signs(raw: str, want: str) -> None:
    assert parse(raw).body == want


def test_hard_wrapped_lines_are_joined() -> None:
    art = parse("Le gouvernement a présenté\nmercredi son projet.\nUn nouveau paragraphe.")
    assert art.body == "Le gouvernement a présenté mercredi son projet.\n\nUn nouveau paragraphe."


def _sources() -> list[tuple[str, bytes]]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/gold/corpus").glob("*.txt"))
    return [(f.name, f.read_bytes()) for f in files]


@pytest.mark.parametrize(("name", "data"), _sources(), ids=lambda v: v if isinstance(v, str) else "")
def test_edits_point_into_the_decoded_source(name: str, data: bytes) -> None:
    decoded = decode(data)
    assert isinstance(decoded, Decoded)
    art = parse_article(name, data)
    assert isinstance(art, Article)
    cleaning = [e for e in art.edits if e.rule != "mojibake"]  # repairs describe the decode step (test_ingest)
    spans = sorted((e.start, e.end) for e in cleaning if e.end > e.start)
    for e in cleaning:
        assert decoded.text[e.start : e.end] == e.removed_text
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start, "overlapping edits"
    assert "\n\n\n" not in art.body and art.body == art.body.strip()
    assert all(p.strip() == p and p for p in art.body.split("\n\n"))
