"""The learned furniture-paragraph model (pipeline/core/cleaning/furniture.py, pipeline/data/cleaning/
furniture_model.json): its shape features, the model file, and the gate: lines of a never-seen program go where the
document shows several of them, a same-looking line alone, a short sentence or a headline of an ordinary article
stays (synthetic lines; the kinds' own families off, as for a kind never seen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.core.cleaning import embedded, furniture, metatext
from pipeline.core.cleaning.blocks import Paragraph
from pipeline.core.cleaning.spans import Block

from .test_cleaning_sources import AFTER, BEFORE, parse, removed_by


@pytest.fixture(autouse=True)
def no_families(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No embedded-document family: the model alone sees the document's furniture."""
    monkeypatch.setattr(embedded, "FAMILIES", ())
    embedded.families.cache_clear()
    yield
    embedded.families.cache_clear()


# A newsroom tool's record around the article, in lines no rule file names.
FURNITURE = (
    "Espace Presse Région · Veille quotidienne",
    "Fiche n° 2021-044 · Rédacteur : Paul Martin",
    "Statut de diffusion : VALIDÉ",
    "Consulté 48 fois · Dernière modification le 12/03/2021 à 10:42",
)
NOTE = "[Note interne : vérifier le chiffre avec le service]"
SENTENCE = "Le texte a été adopté en première lecture."


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(Block(0, 0), t) for t in texts]


def test_line_features_name_the_shapes() -> None:
    f = furniture.line_features("Consulté 48 fois · Dernière modification le 12/03/2021 à 10:42")
    assert {"symbol:·", "shape:date_num", "shape:time", "words:le12"} <= f.keys()
    f = furniture.line_features("Statut de diffusion : VALIDÉ")
    assert {"shape:label_colon", "last_shape:X", "first:upper"} <= f.keys()
    assert "shape:label_colon" not in furniture.line_features(SENTENCE)
    assert "last:." in furniture.line_features(SENTENCE)


def test_the_model_ranks_a_furniture_line_above_a_sentence() -> None:
    feats = furniture.features(_paragraphs(BEFORE, FURNITURE[3], SENTENCE, AFTER))
    model = furniture.model()
    assert model.threshold < model.strong < 1
    assert model.probability(feats[1]) > model.threshold
    assert model.probability(feats[2]) < model.probability(feats[1])


def test_a_never_seen_programs_lines_go_where_the_document_shows_them() -> None:
    art = parse("\n\n".join([*FURNITURE[:3], BEFORE, NOTE, SENTENCE, AFTER, FURNITURE[3]]))
    assert art.body == "\n\n".join([BEFORE, SENTENCE, AFTER]), art.body
    assert NOTE in removed_by(art, furniture.RULE)


def test_one_such_line_alone_stays() -> None:
    art = parse("\n\n".join([BEFORE, FURNITURE[2], AFTER]))
    assert removed_by(art, furniture.RULE) == "", art.edits


@pytest.mark.parametrize("line", ["Un avis défavorable", "Réforme des retraites : le gouvernement recule", SENTENCE])
def test_a_headline_or_short_sentence_of_an_ordinary_article_stays(line: str) -> None:
    other = "Le Sénat doit encore examiner le texte avant l'été, selon le calendrier du gouvernement."
    art = parse("\n\n".join([BEFORE, line, AFTER, other]))
    assert removed_by(art, furniture.RULE) == "", art.edits  # (a spaced sub-heading is the subheading rule's)


@pytest.mark.parametrize(
    "line",
    [
        "Réforme des retraites : le gouvernement recule",
        "12 000 abonnés ont signé la pétition en une semaine, selon ses auteurs.",
        "Le ministre a précisé sa pensée : « Nous irons jusqu'au bout »",
    ],
)
def test_a_headline_sentence_or_quotation_stays_amid_such_lines(line: str) -> None:
    art = parse("\n\n".join([*FURNITURE[:3], BEFORE, line, AFTER, FURNITURE[3]]))
    assert line not in removed_by(art, furniture.RULE), art.edits  # (a spaced sub-heading is the subheading rule's)
    assert FURNITURE[0] in removed_by(art, furniture.RULE)


def test_a_list_under_a_colon_stays_amid_such_lines() -> None:
    intro = "Les villes concernées sont les suivantes :"
    lines = [*FURNITURE[:3], BEFORE, intro, "Grenoble\nBesançon\nDijon", AFTER, FURNITURE[3]]
    removed = removed_by(parse("\n\n".join(lines)), furniture.RULE)
    assert FURNITURE[0] in removed
    assert not any(word in removed for word in ("villes", "Grenoble", "Besançon", "Dijon")), removed


def test_a_series_of_one_shape_is_the_texts_own_structure() -> None:
    headings = ["♦ 2007 : DÉBUT DU CHANTIER", "♦ 2016 : NOUVELLES ANOMALIES", "♦ 2018 : LE CONSEIL D'ÉTAT SAISI"]
    art = parse("\n\n".join([BEFORE, headings[0], AFTER, headings[1], BEFORE, headings[2], AFTER]))
    assert removed_by(art, furniture.RULE) == "", art.edits


def test_in_a_document_the_rules_show_as_embedded_one_such_line_goes() -> None:
    """A program's document the rules already recognised needs no further sign from the model."""
    paragraphs = _paragraphs(BEFORE, FURNITURE[2], SENTENCE, AFTER)
    furniture.mark(paragraphs, "", embedded_in=True)
    assert [p.drop for p in paragraphs] == [None, furniture.RULE, None, None]
    alone = _paragraphs(BEFORE, FURNITURE[2], SENTENCE, AFTER)
    furniture.mark(alone, "")
    assert [p.drop for p in alone] == [None, None, None, None]


def test_the_trainer_finds_every_heldout_set_in_order(tmp_path) -> None:
    from pipeline.evaluation import furniture_training

    for name in ("heldout2", "heldout15", "heldout9", "heldout10", "heldout_notes"):
        (tmp_path / name).mkdir()
    (tmp_path / "heldout3").write_text("not a directory")
    assert furniture_training.heldout_sets(tmp_path) == ["heldout2", "heldout9", "heldout10", "heldout15"]


def test_the_trainer_scores_leave_one_set_out_from_heldout9_to_the_last() -> None:
    from pipeline.evaluation import furniture_training

    assert furniture_training.LOSO_SETS[0] == "heldout9"
    assert furniture_training.LOSO_SETS[-1] == furniture_training.HELDOUT[-1]
    assert "heldout15" in furniture_training.SETS


# Notices written as sentences around an article: they speak of the page, the subscription, the reader.
NOTICES = (
    "Les pages archivées peuvent être incomplètes. Signalez un problème avec cette capture.",
    "Pour modifier vos thématiques ou vous désabonner, rendez-vous dans votre espace client.",
)
PROSE = (
    "Le gouvernement a présenté mercredi son projet de loi sur les retraites, qui doit être examiné au printemps "
    "par l'Assemblée nationale avant un vote solennel."
)


def test_meta_text_features_name_the_kinds_and_the_reader() -> None:
    f = metatext.features(NOTICES[0])
    assert {"kind:page", "kind:comments", "verb_ez", "w:cette"} <= f.keys()
    f = metatext.features("Il vous reste 64 % de cet article à lire. La suite est réservée aux abonnés.")
    assert {"kind:page", "kind:subscription", "second_person", "percent", "w:vous"} <= f.keys()
    assert metatext.speaks_of_the_page(f)
    assert not metatext.speaks_of_the_page(metatext.features(BEFORE))


def test_the_meta_model_ranks_a_notice_above_news_about_subscribers() -> None:
    news = "Le quotidien a perdu 12 000 abonnés l'an dernier, après la hausse du prix de son abonnement."
    m = furniture.meta_model()
    notice = m.probability(metatext.features(NOTICES[0]))
    assert notice >= m.threshold
    assert m.probability(metatext.features(news)) < m.threshold


@pytest.mark.parametrize("notice", NOTICES)
def test_a_notice_sentence_after_the_text_goes(notice: str) -> None:
    art = parse("\n\n".join([PROSE, AFTER, notice]))
    assert notice in removed_by(art, furniture.META_RULE), art.edits
    assert art.body == "\n\n".join([PROSE, AFTER]), art.body


@pytest.mark.parametrize(
    "line",
    [
        "Le quotidien a annoncé une hausse du prix de son abonnement, qui passera à 29 euros par mois.",
        "« Vous pouvez consulter votre dossier en ligne », a assuré la ministre aux abonnés.",
        "Les abonnés devront signaler s'ils souhaitent ou non être démarchés par téléphone.",
    ],
)
def test_a_news_sentence_about_subscribers_or_quoting_vous_stays(line: str) -> None:
    art = parse("\n\n".join([PROSE, AFTER, line]))
    assert removed_by(art, furniture.META_RULE) == "", art.edits


def test_a_notice_sentence_inside_the_prose_stays() -> None:
    """Only what lies outside the text's prose is scored: between two prose paragraphs a sentence is the text's."""
    art = parse("\n\n".join([PROSE, NOTICES[0], PROSE.replace("mercredi", "jeudi")]))
    assert removed_by(art, furniture.META_RULE) == "", art.edits


@pytest.mark.parametrize(
    "line",
    [
        "Le quotidien a annoncé une hausse du prix de son abonnement, qui passera à 29 euros par mois.",
        "Les abonnés devront signaler s'ils souhaitent ou non être démarchés par téléphone.",
        "L'interdiction annoncée vendredi concernait aussi la populaire application de vidéos courtes.",
    ],
)
def test_a_news_sentence_inside_the_prose_stays_where_the_document_shows_furniture(line: str) -> None:
    """A notice outside the prose opens the shape model's gate; the meta-text model still scores nothing inside."""
    second = PROSE.replace("mercredi", "jeudi")
    art = parse("\n\n".join([PROSE, line, second, AFTER, NOTICES[1]]))
    assert NOTICES[1] in removed_by(art, furniture.META_RULE), art.edits
    assert line not in removed_by(art, furniture.META_RULE), art.edits


@pytest.mark.parametrize(
    "line",
    [
        "Il faut fermer les commentaires sous cet article, a-t-il tranché.",
        "Les commentaires sous cet article seront fermés, selon la rédaction.",
        "Vous pouvez commenter cet article, a précisé la rédaction.",
    ],
)
def test_a_speakers_reported_words_about_the_page_stay(line: str) -> None:
    """Words a speaker is reported to have said (an incise, "selon", a speech verb's participle) are the text's,
    however much they speak of the page: the meta-text model never scores them."""
    m = furniture.meta_model()
    assert m.probability(metatext.features(line)) >= m.threshold
    art = parse("\n\n".join([PROSE, AFTER, line]))
    assert removed_by(art, furniture.META_RULE) == "", art.edits


def test_a_question_with_an_inverted_subject_is_no_reported_speech() -> None:
    """An exercise's question ("propose-t-il ?") is no incise: the meta-text model may score it."""
    question, incise = _paragraphs(
        "2. Quelle mesure le ministre propose-t-il ? Sur quel argument s'appuie-t-il ?",
        "La mesure sera votée en mars, affirme-t-il devant les députés.",
    )
    assert furniture.sentence_shaped(question)
    assert not furniture.sentence_shaped(incise)


# A notice under the meta-text threshold outside the prose, above the lower one at the kept body's edge.
EDGE_NOTICE = "Note : article copié depuis le site le 3 mars, le texte est reproduit tel quel ci-dessous."


def _framed(*texts: str) -> list[Paragraph]:
    """Paragraphs, those written "FURNITURE" already dropped by a rule."""
    paragraphs = _paragraphs(*(FURNITURE[0] if t == "FURNITURE" else t for t in texts))
    for p, t in zip(paragraphs, texts, strict=True):
        p.drop = "wrapper" if t == "FURNITURE" else None
    return paragraphs


def test_the_edge_notice_scores_between_the_two_thresholds() -> None:
    m = furniture.meta_model()
    assert furniture.EDGE_META_THRESHOLD <= m.probability(metatext.features(EDGE_NOTICE)) < m.threshold


@pytest.mark.parametrize(
    "texts",
    [
        ("FURNITURE", EDGE_NOTICE, PROSE, AFTER),
        (PROSE, AFTER, "FURNITURE", EDGE_NOTICE, "FURNITURE"),
        (PROSE, AFTER, "FURNITURE", EDGE_NOTICE),
    ],
)
def test_a_notice_at_the_bodys_edge_beside_furniture_goes(texts: tuple[str, ...]) -> None:
    paragraphs = _framed(*texts)
    furniture.mark(paragraphs, "")
    assert {p.text: p.drop for p in paragraphs if p.text != FURNITURE[0]} == {
        EDGE_NOTICE: furniture.META_RULE,
        PROSE: None,
        AFTER: None,
    }


@pytest.mark.parametrize("texts", [(EDGE_NOTICE, PROSE, AFTER), (PROSE, AFTER, EDGE_NOTICE, PROSE)])
def test_the_same_notice_with_no_furniture_beside_it_stays(texts: tuple[str, ...]) -> None:
    paragraphs = _framed(*texts)
    furniture.mark(paragraphs, "")
    assert [p.drop for p in paragraphs] == [None] * len(texts)


@pytest.mark.parametrize(
    "line",
    [
        "Contacté par l'AFP, Mediapro s'est refusé à tout commentaire.",
        "Les lecteurs du quotidien ont été invités à commenter le projet sur le site du journal.",
    ],
)
def test_a_news_sentence_at_the_bodys_edge_beside_furniture_stays(line: str) -> None:
    """A corpus article's last sentence (0.794) and one like it stay under the edge threshold."""
    paragraphs = _framed("FURNITURE", PROSE, AFTER, line, "FURNITURE")
    furniture.mark(paragraphs, "")
    assert paragraphs[3].drop is None


def test_a_sentence_under_a_keyed_field_label_is_not_protected() -> None:
    caption = "Le maire lors d'une visite du chantier à Lyon, le 3 mars 2011 (photo d'archive)."
    labelled, plain = _paragraphs(f"Légende courte (2:120) : {caption}", caption)
    assert not furniture._protected(labelled)
    assert furniture._protected(plain)


def test_a_line_under_the_same_keyed_label_as_a_removed_one_goes() -> None:
    paragraphs = _framed(
        "FURNITURE",
        PROSE,
        "Question 1 (2 points) : Distinguez les faits rapportés par le témoin et ceux établis par l'enquête.",
        "Question 2 (3 points) : Sur quels critères le tribunal fonde-t-il sa décision ?",
        "Note (1) : Le texte a été adopté en première lecture par les députés.",
    )
    paragraphs[2].drop = furniture.RULE
    furniture._mark_keyed_siblings(paragraphs)
    assert [p.drop for p in paragraphs] == ["wrapper", None, furniture.RULE, furniture.RULE, None]
