"""An unnamed person introduced by an indefinite description ("une aide-soignante témoigne") is the antecedent of
a later "il"/"elle", not a person named before it."""

from __future__ import annotations

import pytest

from tests.core.test_quotes import run

MARTIN = [("Paul Martin", "PER", "Paul Martin")]
LEROY = [("Claire Leroy", "PER", "Claire Leroy")]


def _speakers(body: str, specs: list[tuple[str, str, str]]) -> list[str | None]:
    return [q.speaker for q in run(body, specs)]


def test_an_unnamed_woman_described_then_elle() -> None:
    body = (
        "Claire Leroy a visité le service lundi. Une infirmière a raconté son quotidien aux visiteurs. "
        "« On ne tient plus debout depuis des semaines », confie-t-elle."
    )
    assert _speakers(body, LEROY) == ["Une infirmière"]


def test_an_unnamed_man_described_then_il() -> None:
    body = (
        "Paul Martin a inauguré la gare mardi. Un voyageur a interpellé le cortège sur le quai. "
        "« Les trains arrivent en retard chaque matin », a-t-il lancé."
    )
    assert _speakers(body, MARTIN) == ["Un voyageur"]


def test_the_unnamed_person_takes_the_floor_from_the_last_speaker() -> None:
    body = (
        "« Nous allons recruter dès cet été », a promis Claire Leroy. Une éducatrice a témoigné ensuite. "
        "« Personne ne veut venir travailler ici », lâche-t-elle."
    )
    assert _speakers(body, LEROY) == ["Claire Leroy", "Une éducatrice"]


def test_a_person_named_after_the_description_is_still_the_antecedent() -> None:
    body = (
        "Une infirmière a raconté son quotidien aux visiteurs. Claire Leroy a répondu aux questions. "
        "« Nous allons recruter dès cet été », a-t-elle promis."
    )
    assert _speakers(body, LEROY) == ["Claire Leroy"]


def test_a_thing_or_a_body_described_is_no_unnamed_person() -> None:
    body = (
        "Paul Martin a inauguré la gare mardi. Une enquête a été ouverte sur les retards. "
        "« Les trains arrivent en retard chaque matin », a-t-il lancé."
    )
    assert _speakers(body, MARTIN) == ["Paul Martin"]


def test_a_plural_description_is_no_unnamed_person() -> None:
    body = (
        "Claire Leroy a visité le service lundi. Des infirmières ont raconté leur quotidien aux visiteurs. "
        "« Nous allons recruter dès cet été », a-t-elle promis."
    )
    assert _speakers(body, LEROY) == ["Claire Leroy"]


def test_a_description_told_in_the_passive_is_not_who_speaks() -> None:
    body = (
        "Claire Leroy attendait sur le quai. Une employée est alors prévenue par des passagers. "
        "« Personne ne voulait m'aider », raconte-t-elle."
    )
    assert _speakers(body, LEROY) == ["Claire Leroy"]


def test_a_description_inside_a_sentence_is_not_its_opening_subject() -> None:
    body = (
        "Claire Leroy a sonné chez ses voisins, avant d'être accueillie par une retraitée. "
        "« Personne ne voulait m'aider », raconte-t-elle."
    )
    assert _speakers(body, LEROY) == ["Claire Leroy"]


def test_the_description_holds_only_in_its_own_paragraph() -> None:
    body = (
        "« Nous allons recruter dès cet été », a promis Claire Leroy.\n\n"
        "Une éducatrice a témoigné ensuite devant la commission.\n\n"
        "« Nous ouvrirons deux classes en septembre », a-t-elle ajouté."
    )
    assert _speakers(body, LEROY) == ["Claire Leroy", "Claire Leroy"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("« On a patienté une heure dans le hall », a expliqué une passagère au journal.", "une passagère"),
        (
            "« Il ne faut pas bloquer la route, a lancé à ses camarades un autre lycéen. Sinon, on aura des ennuis. »",
            "un autre lycéen",
        ),
        ("« Ils nous ont dit de partir tout de suite », selon une lycéenne.", "une lycéenne"),
        ("« Nous avons tout perdu dans la nuit », raconte un sinistré.", "un sinistré"),
    ],
    ids=["passenger", "pupil-after-dative", "schoolgirl-selon", "flood-victim"],
)
def test_an_unnamed_person_noun_speaks(body: str, speaker: str) -> None:
    """Person nouns with no title ending ("passagère", "lycéen", "sinistré") can speak, described as written."""
    assert _speakers(body, MARTIN) == [speaker]


def test_a_thing_described_by_the_same_kind_of_noun_does_not_speak() -> None:
    body = "Le train est reparti. « On a patienté une heure dans le hall », a expliqué le retard aux usagers."
    assert _speakers(body, MARTIN) != ["le retard"]
