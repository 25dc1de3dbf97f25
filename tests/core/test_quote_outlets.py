"""An outlet that only reports a quote gives way to the person or body whose clause carries it."""

from __future__ import annotations

import pytest

from tests.core.test_quotes import run

NAMES = [("Jean Dupont", "PER", "Jean Dupont"), ("CGT", "ORG", "CGT")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the clause's subject speaks with a reporting verb after "selon X"
        ("Le syndicat s'oppose, selon Le Parisien, à « un projet de réorganisation du travail ».", "Le syndicat"),
        # "Selon X," + a clause whose reporting verb has no subject of its own: the clause's head
        (
            "Selon Le Parisien, les délégués de la CGT ont voté une résolution déclarant que « la mobilisation est "
            "nécessaire avant la ratification ».",
            "les délégués de la CGT",
        ),
        # "X rapporte que" + a clause whose subject speaks with a reporting verb of its own
        ("Le Monde rapporte que Jean Dupont a déclaré « nous ne céderons rien sur ce dossier ».", "Jean Dupont"),
        # "… « … » selon X" after a sentence whose subject speaks with a verb the subject reader misses
        (
            "Face à la tension, le président a été forcé d'élever le ton pour leur demander « régler vos comptes "
            "dehors » selon BFMTV.",
            "le président",
        ),
    ],
)
def test_the_reported_clause_subject_speaks(body, speaker) -> None:
    assert run(body, NAMES)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "X rapporte que" + a clause whose subject has no reporting verb: the outlet's own words
        (
            "Le JDD rapporte que Jean Dupont avait fait une apparition au Sénat lors d'un « pot amical » entre élus.",
            "Le JDD",
        ),
        (
            "France Info précise que Jean Dupont a signé une ordonnance limitant l'eau à des usages « personnels, "
            "domestiques et sanitaires » jusqu'en septembre.",
            "France Info",
        ),
        # no person or body in the sentence: the outlet keeps the quote
        ("Selon Le Parisien, la réforme serait « un échec complet pour le gouvernement ».", "Le Parisien"),
        # the reported clause's subject is no speaker ("la réforme"): the outlet keeps it
        ("France Info précise que la réforme est « un échec complet pour tous ».", "France Info"),
        # after "Selon X," a subject with no reporting verb before the quote does not speak
        (
            "Selon Le Parisien, les délégués de la CGT sont sortis « très en colère contre la direction ».",
            "Le Parisien",
        ),
    ],
)
def test_the_outlet_keeps_a_quote_no_one_else_speaks(body, speaker) -> None:
    assert run(body, NAMES)[-1].speaker == speaker
