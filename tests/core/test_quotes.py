"""Quotation patterns of French reported speech, one case per pattern (no model: hand-built mentions)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.core.quotes import extract_quotes
from pipeline.core.records import DocLayout, EntityMention, Quote

NLP = spacy.blank("fr")
NB = "\u00a0"

STOLTENBERG = [("Jens Stoltenberg", "PER", "Jens Stoltenberg"), ("Stoltenberg", "PER", "Jens Stoltenberg")]
OTAN = [("Otan", "ORG", "OTAN"), ("OTAN", "ORG", "OTAN"), ("Alliance", "ORG", "OTAN")]


def mentions_in(section: str, text: str, specs: list[tuple[str, str, str]]) -> list[EntityMention]:
    """Every occurrence of each surface form (longest forms first, no overlaps) as an EntityMention."""
    taken: list[tuple[int, int]] = []
    out = []
    for surface, label, canonical in sorted(specs, key=lambda s: -len(s[0])):
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                out.append(EntityMention(section, start, end, surface, label, canonical))
            start = text.find(surface, end)
    return sorted(out, key=lambda m: m.start)


def run(body: str, specs: list[tuple[str, str, str]] = (), title: str = "Titre sans citation") -> list[Quote]:
    layout = DocLayout(title_len=len(title))
    doc = NLP(title + layout.SEPARATOR + body)
    mentions = mentions_in("title", title, list(specs)) + mentions_in("body", body, list(specs))
    return extract_quotes(doc, layout, mentions)


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


# (body, mentions, quote text, speaker, speaker_label, verb)
PATTERNS = [
    pytest.param(
        f"«{NB}Nous ne céderons pas{NB}», a déclaré Jens Stoltenberg mercredi.",
        STOLTENBERG,
        "Nous ne céderons pas",
        "Jens Stoltenberg",
        "PER",
        "déclarer",
        id="incise-after",
    ),
    pytest.param(
        "Jens Stoltenberg a déclaré : « Nous ne céderons pas ».",
        STOLTENBERG,
        "Nous ne céderons pas",
        "Jens Stoltenberg",
        "PER",
        "déclarer",
        id="verb-colon-before",
    ),
    pytest.param(
        "« La Russie doit retirer ses troupes », selon M. Stoltenberg.",
        STOLTENBERG,
        "La Russie doit retirer ses troupes",
        "Jens Stoltenberg",
        "PER",
        "selon",
        id="selon",
    ),
    pytest.param(
        "« La Russie doit retirer ses troupes », d'après Jens Stoltenberg.",
        STOLTENBERG,
        "La Russie doit retirer ses troupes",
        "Jens Stoltenberg",
        "PER",
        "selon",
        id="d-apres",
    ),
    pytest.param(
        "Jens Stoltenberg estime que « la situation est grave et durable ».",
        STOLTENBERG,
        "la situation est grave et durable",
        "Jens Stoltenberg",
        "PER",
        "estimer",
        id="estime-que",
    ),
    pytest.param(
        "Jens Stoltenberg : « La situation est grave ».",
        STOLTENBERG,
        "La situation est grave",
        "Jens Stoltenberg",
        "PER",
        None,
        id="name-colon",
    ),
    pytest.param(
        "Le dirigeant a martelé que l'Alliance « défendra chaque pouce du territoire allié », "
        "a souligné le secrétaire général.",
        [],
        "défendra chaque pouce du territoire allié",
        "le secrétaire général",
        None,
        "souligner",
        id="unresolved-title-kept",
    ),
    pytest.param(
        "Jens Stoltenberg, le secrétaire général de l'Otan, a averti : « Nous sommes prêts à tout ».",
        STOLTENBERG + OTAN,
        "Nous sommes prêts à tout",
        "Jens Stoltenberg",
        "PER",
        "avertir",
        id="apposition",
    ),
    pytest.param(
        "L'Otan s'est réunie à Bruxelles. « Moscou a refusé la diplomatie », a martelé l'organisation.",
        OTAN,
        "Moscou a refusé la diplomatie",
        "OTAN",
        "ORG",
        "marteler",
        id="organisation-word",
    ),
    pytest.param(
        "L'Otan s'est réunie. « Nous renforcerons notre posture », ont expliqué les ministres de l'Otan "
        "dans une déclaration commune.",
        OTAN,
        "Nous renforcerons notre posture",
        "les ministres de l'Otan",
        None,
        "expliquer",
        id="group",
    ),
    pytest.param(
        "« Ne pensez-vous pas qu'il faut agir ? », lui a demandé une journaliste, très émue.",
        [],
        "Ne pensez-vous pas qu'il faut agir ?",
        "une journaliste",
        None,
        "demander",
        id="unnamed-person",
    ),
    pytest.param(
        "Le président russe Vladimir Poutine a parlé dans la nuit. Les alliés ont évoqué la menace du président "
        "russe de « conséquences que vous n'avez jamais connues ».",
        [("Vladimir Poutine", "PER", "Vladimir Poutine")],
        "conséquences que vous n'avez jamais connues",
        "Vladimir Poutine",
        "PER",
        "menace",
        id="reporting-noun",
    ),
    pytest.param(
        "“Nous ne céderons pas”, a lancé Jens Stoltenberg.",
        STOLTENBERG,
        "Nous ne céderons pas",
        "Jens Stoltenberg",
        "PER",
        "lancer",
        id="curly-marks",
    ),
    pytest.param(
        "Pour Jens Stoltenberg, « la Russie se prépare à une attaque ».",
        STOLTENBERG,
        "la Russie se prépare à une attaque",
        "Jens Stoltenberg",
        "PER",
        "pour",
        id="pour-x",
    ),
    pytest.param(
        '"L\'Alliance ne cédera pas", fait valoir Jens Stoltenberg.',
        STOLTENBERG,
        "L'Alliance ne cédera pas",
        "Jens Stoltenberg",
        "PER",
        "faire valoir",
        id="multiword-verb",
    ),
    pytest.param(
        "« Nous ne céderons pas », s'est félicitée Marie Dupont devant la presse.",
        [("Marie Dupont", "PER", "Marie Dupont")],
        "Nous ne céderons pas",
        "Marie Dupont",
        "PER",
        "féliciter",
        id="pronominal-verb",
    ),
]


@pytest.mark.parametrize(("body", "specs", "text", "speaker", "label", "verb"), PATTERNS)
def test_attribution_patterns(body, specs, text, speaker, label, verb) -> None:
    quote = only(run(body, specs))
    assert quote.text == text
    assert body[quote.start : quote.end] == text
    assert (quote.speaker, quote.speaker_label, quote.verb) == (speaker, label, verb)
    assert 0.0 <= quote.confidence <= 1.0


@pytest.mark.parametrize(
    ("body", "specs", "speakers"),
    [
        pytest.param(
            "Jens Stoltenberg est arrivé à Bruxelles. « Nous sommes prêts », a-t-il déclaré.",
            STOLTENBERG,
            ["Jens Stoltenberg"],
            id="a-t-il",
        ),
        pytest.param(
            "Jean Martin a reçu Marie Dupont. « Nous sommes prêts », a-t-elle déclaré. « Nous aussi », a-t-il répondu.",
            [("Jean Martin", "PER", "Jean Martin"), ("Marie Dupont", "PER", "Marie Dupont")],
            ["Marie Dupont", "Jean Martin"],
            id="gender-agreement",
        ),
        pytest.param(
            "Le secrétaire général de l'Otan, Jens Stoltenberg, est arrivé. Le chef de l'Otan a exhorté la Russie "
            "« à choisir la voie de la diplomatie ».",
            STOLTENBERG + OTAN,
            ["Jens Stoltenberg"],
            id="description-to-person",
        ),
        pytest.param(
            "« Nous sommes prêts », a déclaré Jens Stoltenberg.\n\n« Et nous le resterons aussi longtemps "
            "qu'il le faudra. »",
            STOLTENBERG,
            ["Jens Stoltenberg", "Jens Stoltenberg"],
            id="continuation-paragraph",
        ),
        pytest.param(
            "« Nous sommes prêts », ont rappelé les Etats membres de l'Alliance. "
            "« Nous le resterons », ont-ils ajouté.",
            OTAN,
            ["les Etats membres de l'Alliance", "les Etats membres de l'Alliance"],
            id="ils-group",
        ),
        pytest.param(
            "Jens Stoltenberg a parlé. « Nous sommes prêts », a-t-il dit, ajoutant « ne rien exclure pour la suite ».",
            STOLTENBERG,
            ["Jens Stoltenberg", "Jens Stoltenberg"],
            id="participle",
        ),
    ],
)
def test_speaker_resolution(body, specs, speakers) -> None:
    assert [q.speaker for q in run(body, specs)] == speakers


@pytest.mark.parametrize(
    ("body", "specs", "speaker"),
    [
        pytest.param(
            "Marie Dupont est arrivée. De son côté, le ministre a déclaré : « Nous verrons demain ».",
            [("Marie Dupont", "PER", "Marie Dupont")],
            "le ministre",
            id="adverbial-not-a-subject",
        ),
        pytest.param(
            "Jens Stoltenberg a parlé longuement. La Russie est, selon ses propres mots, « une menace durable ».",
            STOLTENBERG,
            "Jens Stoltenberg",
            id="own-words",
        ),
        pytest.param(
            "L'apparition de Brigitte Macron était attendue. « Mon combat, c'est l'inclusion », affirme l'épouse "
            "du président de la République.",
            [("Brigitte Macron", "PER", "Brigitte Macron")],
            "Brigitte Macron",
            id="relation-by-gender",
        ),
        pytest.param(
            "L'affaire Benalla a rebondi. Le sénateur Philippe Bas a parlé. « Nous poursuivrons », a-t-il dit.",
            [("Benalla", "PER", "Alexandre Benalla"), ("Philippe Bas", "PER", "Philippe Bas")],
            "Philippe Bas",
            id="name-of-a-case-is-not-an-antecedent",
        ),
    ],
)
def test_speaker_subtleties(body, specs, speaker) -> None:
    assert only(run(body, specs)).speaker == speaker


def test_incise_inside_the_marks_is_one_quote() -> None:
    body = "« Nous sommes prêts, a-t-il déclaré, à négocier dès demain. » Jens Stoltenberg est reparti."
    quote = only(run("Jens Stoltenberg est venu. " + body, STOLTENBERG))
    assert quote.text == "Nous sommes prêts à négocier dès demain."
    assert quote.speaker == "Jens Stoltenberg" and quote.verb == "déclarer"
    full = "Jens Stoltenberg est venu. " + body
    assert full[quote.start : quote.end] == "Nous sommes prêts, a-t-il déclaré, à négocier dès demain."


def test_named_incise_inside_the_marks() -> None:
    body = "\"Qu'est-ce que c'est que ces propos ?, a déclaré Jean-Paul Hamon à la radio. Ça ne m'étonne pas.\""
    quote = only(run(body, [("Jean-Paul Hamon", "PER", "Jean-Paul Hamon")]))
    assert (
        quote.speaker == "Jean-Paul Hamon" and quote.text == "Qu'est-ce que c'est que ces propos ? Ça ne m'étonne pas."
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "« Premier paragraphe de la citation.\n\n« Deuxième paragraphe », a déclaré Jens Stoltenberg.",
            "Premier paragraphe de la citation. Deuxième paragraphe",
            id="reopened",
        ),
        pytest.param(
            '"Premier paragraphe de la citation.\n\nDeuxième paragraphe", analyse Jens Stoltenberg.',
            "Premier paragraphe de la citation. Deuxième paragraphe",
            id="left-open",
        ),
    ],
)
def test_multi_paragraph_quotes(body, expected) -> None:
    quote = only(run(body, STOLTENBERG))
    assert quote.text == expected and quote.speaker == "Jens Stoltenberg"
    assert body[quote.start : quote.end].startswith("Premier") and body[quote.start : quote.end].endswith("phe")


def test_nested_quotes_stay_inside() -> None:
    body = '« La Russie a franchi "la ligne rouge" cette nuit », a déclaré Jens Stoltenberg.'
    assert only(run(body, STOLTENBERG)).text == 'La Russie a franchi "la ligne rouge" cette nuit'


def test_headline_quote_takes_the_body_speaker() -> None:
    title = "« Nous sommes prêts à renforcer notre posture »"
    body = "« Nous sommes prêts à renforcer notre posture », a déclaré Jens Stoltenberg."
    quotes = run(body, STOLTENBERG, title=title)
    assert [(q.section, q.speaker) for q in quotes] == [("title", "Jens Stoltenberg"), ("body", "Jens Stoltenberg")]


def test_stray_marks_do_not_swallow_the_text() -> None:
    body = (
        "La Russie reculera « parce que personne n'a d'intérêt dans la confrontation », selon Jens Stoltenberg. "
        ". » Ou la guerre.\n\nIl a dit « un texte jamais refermé.\n\n"
        "Le lendemain, « Nous sommes prêts à discuter », a ajouté Jens Stoltenberg."
    )
    texts = [q.text for q in run(body, STOLTENBERG)]
    assert "parce que personne n'a d'intérêt dans la confrontation" in texts
    assert "Nous sommes prêts à discuter" in texts
    assert all("Ou la guerre" not in t for t in texts)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Les militaires ont déployé des « milliers » de soldats en Pologne.", id="scare-quote"),
        pytest.param("L'armée a lancé l'opération « Barkhane » au Sahel en 2014.", id="name"),
        pytest.param("Elle a présenté son film « La Vie rêvée des anges » au festival de Cannes.", id="work-title"),
        pytest.param("Il a dénoncé une « provocation » de Moscou.", id="one-word-fragment"),
        pytest.param("Le parti « Les Patriotes » a tenu son congrès à Paris samedi.", id="party-name"),
        pytest.param("« Organisateur amateur. Évangéliste de la bière. Fan général du Web. »", id="unattributed-bio"),
    ],
)
def test_not_reported_speech(body) -> None:
    assert [q for q in run(body) if q.quote_type == "direct" or q.confidence >= 0.5] == []


@pytest.mark.parametrize(
    ("body", "quote_type"),
    [
        pytest.param("« Nous sommes prêts à tout », a déclaré Jens Stoltenberg.", "direct", id="direct"),
        pytest.param("Jens Stoltenberg a déclaré : « Nous sommes prêts à tout ».", "direct", id="direct-colon"),
        pytest.param("Jens Stoltenberg a exhorté la Russie « à choisir la diplomatie ».", "partial", id="partial"),
    ],
)
def test_quote_type(body, quote_type) -> None:
    assert only(run(body, STOLTENBERG)).quote_type == quote_type


def test_unattributed_speech_is_kept_with_low_confidence() -> None:
    body = "La réunion a duré trois heures.\n\n« Nous ne céderons jamais sur nos principes. »"
    quote = only(run(body))
    assert quote.speaker is None and quote.confidence < 0.5 and quote.quote_type == "direct"


def test_speaker_label_only_for_entities() -> None:
    quotes = run("« Nous sommes prêts », a déclaré un responsable du ministère.")
    assert only(quotes).speaker == "un responsable du ministère" and quotes[0].speaker_label is None
    quote = only(run("« Nous sommes prêts », a déclaré Stoltenberg.", STOLTENBERG))
    assert quote.speaker == "Jens Stoltenberg" and quote.speaker_mention == "Stoltenberg"


def test_inferred_attributions_are_less_confident() -> None:
    body = "« Nous sommes prêts », a déclaré Jens Stoltenberg. « Nous aussi », a-t-il ajouté.\n\n« Et demain encore. »"
    explicit, pronoun, continuation = run(body, STOLTENBERG)
    assert explicit.confidence > pronoun.confidence > continuation.confidence


def test_a_quote_whose_opening_mark_was_left_out_is_kept_with_its_incise_only() -> None:
    body = 'Le club dénonce un "mépris". Nous voulons un vrai stade", regrette Paul Durand, le président.'
    got = run(body, [("Paul Durand", "PER", "Paul Durand")])
    assert [(q.text, q.speaker) for q in got if q.text.startswith("Nous")] == [
        ("Nous voulons un vrai stade", "Paul Durand")
    ]
    body = 'Le club dénonce un "mépris". Le stade est trop petit", dont la jauge baisse encore.'
    assert [q.text for q in run(body)] == []
