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


def test_a_closing_mark_with_an_incise_after_it_closes_a_quote_whose_opening_mark_was_left_out() -> None:
    text = (
        'Le club dénonce un "mépris total". Nous voulons jouer dans de bonnes conditions. Ce stade est trop petit", '
        "regrette Paul Durand."
    )
    spans = find_spans(text)
    assert texts(text) == [
        "mépris total",
        "Nous voulons jouer dans de bonnes conditions. Ce stade est trop petit",
    ]
    assert not spans[1].opened and spans[0].opened


def test_a_stray_closing_mark_without_an_incise_or_inside_a_sentence_opens_nothing() -> None:
    assert texts('Le maire répond que la salle restera fermée". Puis il part.') == []
    assert texts('Le club dénonce un "mépris". La salle de la ville restera fermée", a-t-il dit.') == [
        "mépris",
        "La salle de la ville restera fermée",
    ]
    assert texts('Le club dénonce un "mépris" et la salle restera fermée", a-t-il dit.') == ["mépris"]


def test_a_quote_left_open_before_its_incise_ends_there_when_an_inner_mark_would_drop_it() -> None:
    text = (
        'Il a parlé. "On ferme des classes faute de maîtres, a-t-il poursuivi en citant le chiffre de "300 postes '
        'Il faut recruter" a-t-il dit.'
    )
    assert texts(text) == ["On ferme des classes faute de maîtres", "300 postes Il faut recruter"]


def test_a_stray_mark_without_an_incise_is_still_dropped() -> None:
    text = 'Il a parlé. "On ferme des classes faute de maîtres et le chiffre de "300 postes Il faut recruter" dit-il.'
    assert texts(text) == ["300 postes Il faut recruter"]


def test_an_unopened_quote_starts_right_after_a_mark_glued_to_a_heading() -> None:
    text = (
        'Un départ annoncé"Je lui ai dit ce qui allait mal. Les temps sont durs", a confié le ministre. Il part demain.'
    )
    assert texts(text) == ["Je lui ai dit ce qui allait mal. Les temps sont durs"]


def test_an_unopened_quote_needs_a_mark_before_it_in_its_paragraph() -> None:
    assert texts('Annoncée mardi, la décision est incompréhensible", a déclaré le député.') == []


def test_an_unopened_quote_opens_its_paragraph_when_the_one_before_ends_with_a_mark() -> None:
    text = 'Il a parlé de Paris."\nÇa risque de coûter cher", confie un élu.'
    assert texts(text) == ["Ça risque de coûter cher"]
