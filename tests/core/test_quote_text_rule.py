"""The contract rule tying a quote's text to its span (checked on every release)."""

import pytest

from pipeline.core.quotation.text_rule import quote_text_matches

SPAN = "Nous restons unis, a déclaré Jens Stoltenberg. Et nous le resterons"


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (SPAN, SPAN),
        (SPAN, "Nous restons unis Et nous le resterons"),  # incise left out, with its comma
        ("Nous restons unis », a-t-il dit, « et forts", "Nous restons unis et forts"),  # closed and reopened
        ("Premier paragraphe.\n\n« Second paragraphe", "Premier paragraphe. Second paragraphe"),
    ],
)
def test_a_quote_may_leave_out_breaks_marks_and_its_incise(span: str, text: str) -> None:
    assert quote_text_matches(span, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nous restons unis et nous le resterons toujours",  # a word the span does not have
        "Et nous le resterons Nous restons unis",  # out of order
        "restons unis Et nous le resterons",  # does not start where the span starts
        "Nous restons unis Et nous le",  # does not end where the span ends
        "Nous unis Et le resterons",  # more cut runs than incises
        "",
    ],
)
def test_a_quote_text_that_is_not_its_span_fails(text: str) -> None:
    assert not quote_text_matches(SPAN, text)


def test_every_extracted_quote_keeps_to_the_rule() -> None:
    # An inner single-quoted phrase after a colon once looked like an incise and left a stray mark behind.
    from pipeline.core.nlp import doc_input, extract, load_nlp

    body = (
        "« Ils aiment se battre, casser des gens. Je l'ai vu avoir des gestes déplacés au poste, menacer des "
        "hommes menottés au banc : 'toi on va t'éclater!' Et à chaque fois que des jeunes se plaignaient, "
        "c'était cette équipe-là », raconte un ancien policier.\n\n« Nous restons unis, a déclaré Jens "
        "Stoltenberg. Et nous le resterons. »"
    )
    text, layout = doc_input("Un titre", body)
    quotes = extract(load_nlp()(text), layout).quotes
    assert len(quotes) == 2
    for quote in quotes:
        assert quote_text_matches(body[quote.start : quote.end], quote.text), quote
    assert quotes[1].text == "Nous restons unis Et nous le resterons."
