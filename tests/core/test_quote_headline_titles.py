"""A title description known only from a headline naming several persons and none of them as its one subject
stays as said; otherwise it goes to the subject; "le ministre" is not an unnamed "Premier ministre" quoted
before."""

from __future__ import annotations

from tests.core.test_quotes import run

PEOPLE = [
    ("Paul Martin", "PER", "Paul Martin"),
    ("Jean Durand", "PER", "Jean Durand"),
]


def test_title_after_a_headline_naming_two_persons_in_complements_is_kept_as_said() -> None:
    title = "Syrie : une famille va porter plainte contre Paul Martin et Jean Durand"
    body = "Les ministres « auront du sang sur les mains » s'ils ne font rien, assure l'avocat."
    assert run(body, PEOPLE, title=title)[-1].speaker == "l'avocat"


def test_title_after_a_headline_naming_one_person_is_that_person() -> None:
    title = "Retraites : Paul Martin veut aller vite"  # and the same with a complement: see the last test
    body = "Le ministre de l'Action et des Comptes publics avait annoncé « un report de quelques mois », vendredi."
    assert run(body, PEOPLE, title=title)[-1].speaker == "Paul Martin"


def test_title_of_a_person_named_in_the_body_is_that_person() -> None:
    title = "Retraites : Paul Martin contredit Jean Durand"
    body = (
        "Jean Durand s'est exprimé vendredi matin sur la réforme. "
        "Le ministre avait annoncé « un report de quelques mois »."
    )
    assert run(body, PEOPLE, title=title)[-1].speaker == "Jean Durand"


def test_minister_is_not_an_unnamed_prime_minister_quoted_before() -> None:
    body = (
        "Le projet sera « devant le Parlement dans les mois qui viennent », a assuré le Premier ministre. "
        "Le ministre de l'Action et des Comptes publics avait annoncé « un report de quelques mois »."
    )
    assert run(body, PEOPLE)[-1].speaker != "le Premier ministre"


def test_title_after_a_headline_with_one_subject_is_that_subject() -> None:
    # "Mélenchon répond à Macron": the one named as the headline's subject is whom the article is about
    title = "Europe : Paul Martin répond à Jean Durand"
    body = "« Une autre parole existe », promet l'ancien candidat à l'élection présidentielle."
    assert run(body, PEOPLE, title=title)[-1].speaker == "Paul Martin"
