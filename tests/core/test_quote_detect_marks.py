"""Quotation marks left unbalanced by the writer or the copy: a quote never closed before the next one opens,
and an opening mark left at the end of the paragraph before its words."""

from __future__ import annotations

from pipeline.core.quotation.marks import find_spans


def texts(text: str) -> list[str]:
    return [span.text(text) for span in find_spans(text)]


def test_an_unclosed_straight_quote_ends_where_the_next_one_opens() -> None:
    text = (
        "La maire a répondu. \"Je crois que tout ira bien, a-t-elle d'abord confié. \"Le souci, c'est la suite. "
        'On verra bien!"Ce constat inquiète pourtant ses adjoints.'
    )
    assert texts(text) == ["Je crois que tout ira bien", "Le souci, c'est la suite. On verra bien!"]


def test_an_unclosed_guillemet_quote_ends_at_its_incise() -> None:
    text = "« Nous avons gagné une bataille, explique-t-il. Rien de plus. « La suite sera dure », prévient le coach."
    assert texts(text) == ["Nous avons gagné une bataille", "La suite sera dure"]


def test_a_mark_opening_a_paragraph_of_narrative_is_no_quote_of_its_own() -> None:
    text = (
        '"Aussi connu pour ses blagues que pour ses records, le nageur explique son succès. '
        '"Je m\'entraîne tous les jours", dit-il.'
    )
    assert texts(text) == ["Je m'entraîne tous les jours"]


def test_an_inner_quote_after_a_colon_stays_inside() -> None:
    text = "« Il m'a lancé : « Pars ! » et il est sorti », raconte la voisine."
    assert texts(text) == ["Il m'a lancé : « Pars ! » et il est sorti"]


def test_a_quote_opened_inside_the_writers_sentence_keeps_its_inner_quote() -> None:
    text = "Elle évoque « une période dure. « La pire » de sa vie », selon ses proches."
    assert texts(text) == ["une période dure. « La pire » de sa vie"]


def test_a_mark_ending_a_paragraph_opens_the_next_paragraphs_quote() -> None:
    text = 'Le projet est lancé, a-t-il expliqué."\n\nNous irons jusqu\'au bout", a-t-il ajouté devant la presse.'
    assert texts(text) == ["Nous irons jusqu'au bout"]


def test_a_mark_ending_a_paragraph_with_no_close_after_opens_nothing() -> None:
    text = 'Il a terminé son discours."\n\nLa salle a longuement applaudi le ministre.'
    assert texts(text) == []


def test_a_mark_ending_a_paragraph_before_a_paragraph_that_opens_its_own_quote_opens_nothing() -> None:
    text = (
        'Elle se souvient : "Nous étions jeunes.\n\nEt pleins d\'espoir !"\n\n'
        'Depuis, elle a changé de métier. "Je ne regrette rien." Elle sourit.'
    )
    assert "Depuis, elle a changé de métier." not in " ".join(texts(text))
