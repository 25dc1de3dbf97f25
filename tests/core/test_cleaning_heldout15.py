"""heldout15's classes of furniture (a page's skip link, a paywall's label, a section pair above the title, a
dated byline row, ...): each rule tested on both sides (the noise goes, similar real text stays)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.article import parse_article
from pipeline.core.cleaning import blocks
from pipeline.core.records import Article

TITLE = "La réforme des retraites adoptée au Sénat"
TEXT = (
    "Le gouvernement a présenté mercredi son projet de loi devant le conseil des ministres réuni à Paris.\n\n"
    "Les débats commenceront en mars à l'Assemblée nationale, selon le calendrier fixé par Matignon."
)


def parse_raw(text: str) -> Article:
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article), art
    return art


PAYWALL_PAGE = f"""{{skip}}
Menu   Rechercher   S'abonner   Se connecter
LA GAZETTE DU SOIR
Politique › Parlement
Article réservé aux abonnés

{TITLE}

Par la rédaction de la Gazette · Publié le 12 février 2020 à 08h15 · Lecture 3 min

{TEXT}
"""


@pytest.mark.parametrize("skip", ["Aller au contenu principal", "Passer au contenu", "Skip to content"])
def test_a_paywalled_page_s_skip_link_and_labels_are_no_title(skip: str) -> None:
    art = parse_raw(PAYWALL_PAGE.format(skip=skip))
    assert art.title == TITLE
    assert skip in " ".join(e.removed_text for e in art.edits)
    assert "Article réservé aux abonnés" not in art.body


def test_a_dated_byline_row_dates_the_page() -> None:
    art = parse_raw(PAYWALL_PAGE.format(skip="Aller au contenu principal"))
    assert art.date.value == date(2020, 2, 12)
    assert "Publié le" not in art.body


@pytest.mark.parametrize("crumb", ["Politique › Gouvernement", "Sport > Football"])
def test_a_section_pair_is_a_breadcrumb(crumb: str) -> None:
    assert blocks.is_breadcrumb(crumb)


@pytest.mark.parametrize("text", ["Inflation > 2 %", "Paris › Lyon en 2 heures", "Le « oui » > le « non »"])
def test_a_comparison_is_no_breadcrumb(text: str) -> None:
    assert not blocks.is_breadcrumb(text)


def test_a_headline_about_content_is_kept_as_title() -> None:
    title = "Aller au contenu des négociations, la priorité du ministre"
    art = parse_raw(f"{title}\n\n{TEXT}\n")
    assert art.title == title


def removed(art: Article) -> str:
    return " | ".join(e.removed_text for e in art.edits)


SCRIPT = f"""== CONDUCTEUR JT 13H · VERSION 2 ==
[CAM 1 — PLAN LARGE]

{TITLE}

Le gouvernement a présenté mercredi son projet de loi devant le conseil des ministres réuni à Paris.

{{cue}}

Les débats commenceront en mars à l'Assemblée nationale, selon le calendrier fixé par Matignon.

[SYNTHÉ : RETRAITES — SÉNAT]
{{stamp}}
"""


@pytest.mark.parametrize("cue", ["(SUJET — OFF)", "(RESPIRATION — REGARD CAMÉRA 2)", "(LANCEMENT)"])
def test_a_script_s_direction_in_capitals_is_removed(cue: str) -> None:
    art = parse_raw(SCRIPT.format(cue=cue, stamp=""))
    assert cue not in art.body
    assert "Les débats commenceront" in art.body


@pytest.mark.parametrize("aside", ["(Lire aussi notre dossier)", "(Il a été réélu en 2017.)"])
def test_a_parenthesised_aside_in_lowercase_is_no_direction(aside: str) -> None:
    art = parse_raw(SCRIPT.format(cue=aside, stamp=""))
    by_wrapper = " ".join(e.removed_text for e in art.edits if e.rule == "wrapper")
    assert aside not in by_wrapper  # (a cross-link may still go as the furniture model's)


def test_a_parenthesised_sentence_is_kept() -> None:
    aside = "(Il a été réélu en 2017.)"
    assert aside in parse_raw(SCRIPT.format(cue=aside, stamp="")).body


def test_a_print_stamp_is_removed_and_never_dates_the_article() -> None:
    stamp = "Imprimé le 19/09/2020 à 12:38 par regie-jt13 — NE PAS DIFFUSER HORS ANTENNE"
    art = parse_raw(SCRIPT.format(cue="(SUJET — OFF)", stamp=stamp))
    assert "Imprimé le" not in art.body
    assert art.date.value != date(2020, 9, 19)


def test_a_blank_form_field_is_removed_a_sentence_with_a_colon_is_kept() -> None:
    field = "Motif (obligatoire en cas de rejet) : ____________"
    art = parse_raw(SCRIPT.format(cue=field, stamp=""))
    assert field not in art.body
    kept = "Le ministre a été clair : le texte sera voté."
    assert kept in parse_raw(SCRIPT.format(cue=kept, stamp="")).body


ARCHIVED = f"""{TITLE}

{TEXT}

{{line}}

Le vote solennel aura lieu le 3 mars, a précisé le président du groupe majoritaire au Sénat.
"""


@pytest.mark.parametrize(
    "line",
    [
        "[Image non archivée : senat-vote-retraites.jpg]",
        "Les pages archivées peuvent être incomplètes (feuilles de style, images et scripts non capturés). "
        "Signaler un problème avec cette capture",
        "Vous avez choisi de refuser les cookies. Pour continuer à lire, acceptez les traceurs ou abonnez-vous. "
        "Accepter et continuer · Paramétrer · S'abonner",
        "Offre d'été : accédez à tous nos articles pour 1 € jusqu'au 31 juillet 2019",
    ],
)
def test_archive_notices_cookie_walls_and_offers_are_removed(line: str) -> None:
    art = parse_raw(ARCHIVED.format(line=line))
    assert line[:20] not in art.body
    assert "Le vote solennel" in art.body


@pytest.mark.parametrize(
    "line",
    [
        "Les pages archivées du ministère ont été rendues publiques par la commission en 2019.",
        "Vous avez choisi de refuser la réforme, a lancé le sénateur aux syndicats réunis devant le palais.",
        "L'offre d'été de la SNCF a séduit 2 millions de voyageurs, selon la direction de l'entreprise.",
    ],
)
def test_sentences_like_notices_or_offers_are_kept(line: str) -> None:
    assert line in parse_raw(ARCHIVED.format(line=line)).body
