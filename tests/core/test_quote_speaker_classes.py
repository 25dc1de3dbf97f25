"""Classes of subjects that are not who speaks, or that stand for someone named before (speakers.py: can_speak,
_title_before, _titled_holder, _told_to, the unnamed-person guard of _description)."""

from __future__ import annotations

from tests.core.test_quotes import run

HOLLANDE = ("François Hollande", "PER", "François Hollande")
MACRON = ("Emmanuel Macron", "PER", "Emmanuel Macron")
RUGY = ("François de Rugy", "PER", "François de Rugy")
PARISIEN = ("Parisien", "ORG", "Le Parisien")
CGT = ("CGT", "ORG", "CGT")


def _can_speak(text: str) -> bool:
    from pipeline.core.quotation.attribution import Context, Subject
    from pipeline.core.quotation.lexicon import load_lexicon
    from pipeline.core.quotation.marks import find_spans
    from pipeline.core.quotation.speakers import can_speak
    from pipeline.core.quotation.tokens import tokenize

    ctx = Context(text, tokenize(text, find_spans(text)), [], load_lexicon())
    words = tuple(text.lower().replace("'", "' ").split())
    return can_speak(Subject("description", text, 0, words=words), ctx)


def test_a_complement_cut_off_is_no_speaker_but_an_indefinite_plural_is() -> None:
    assert not _can_speak("du XVe arrondissement")
    assert _can_speak("des élus de la majorité")


def test_an_adjective_before_a_thing_is_no_person_title() -> None:
    assert not _can_speak("une ancienne caserne destinée à des détenus")
    assert _can_speak("une ancienne ministre de la Justice")
    assert _can_speak("l'ancien")


def test_a_thing_ending_like_a_person_noun_is_no_speaker() -> None:
    assert not _can_speak("ce dossier")
    assert not _can_speak("le secteur")
    assert _can_speak("ce policier")
    assert _can_speak("le conseiller")


def test_a_rectorat_is_a_body() -> None:
    assert _can_speak("le rectorat de l'académie de Créteil")


def test_a_name_after_an_infinitive_does_not_take_the_title_before_it() -> None:
    body = (
        "François Hollande était l'invité de l'émission. L'occasion pour l'ancien chef de l'État d'envoyer "
        "quelques piques à Emmanuel Macron. Sous les rires du public, l'ex-chef de l'Etat a alors insisté : "
        "« Vous avez ma réponse »."
    )
    assert run(body, [HOLLANDE, MACRON])[-1].speaker == "François Hollande"


def test_a_title_right_before_its_name_still_titles_it() -> None:
    body = (
        "Le président de la République Emmanuel Macron était en visite. Plus tard, le chef de l'État a insisté : "
        "« Nous tiendrons bon »."
    )
    assert run(body, [MACRON])[-1].speaker == "Emmanuel Macron"


def test_a_medium_told_is_not_who_speaks() -> None:
    body = "« Nous étions en patrouille », a expliqué la jeune policière au Parisien. « Je me suis approchée du taxi »."
    assert all(q.speaker != "Le Parisien" for q in run(body, [PARISIEN]))


def test_a_medium_as_subject_still_speaks() -> None:
    body = "« Le projet est abandonné », écrit Le Parisien ce lundi."
    assert run(body, [("Le Parisien", "ORG", "Le Parisien")])[-1].speaker == "Le Parisien"


def test_an_office_name_after_its_title_is_the_office_holder() -> None:
    body = (
        "François de Rugy a répondu. « Les questions portaient sur des dîners », précise le ministre de la "
        "Transition écologique, qui martèle que « la transparence est un progrès »."
    )
    speakers = [q.speaker for q in run(body, [RUGY])]
    assert "la Transition écologique" not in speakers
    assert speakers[-1] == "François de Rugy"


def test_a_title_does_not_take_an_unnamed_person_of_another_title() -> None:
    body = (
        "« J'ai été frappé », raconte un policier. Le procureur de la République a décidé de ne pas poursuivre. "
        "Il a agi « proportionnellement à la menace », a estimé le procureur."
    )
    assert run(body)[-1].speaker == "le procureur"


def test_a_title_takes_an_unnamed_person_of_the_same_title() -> None:
    body = "« Il a été frappé », raconte un avocat du plaignant. « Tout est allé très vite », a ajouté l'avocat."
    assert run(body)[-1].speaker == "un avocat du plaignant"


def test_an_office_title_after_former_is_still_a_title() -> None:
    assert _can_speak("son ancien chargé de mission")


def test_a_generic_body_with_no_body_quoted_is_the_one_named() -> None:
    agence = ("Agence régionale de santé", "ORG", "Agence régionale de santé")
    body = "L'Agence régionale de santé a ouvert une enquête. « Les cas sont isolés », a souligné l'organisme."
    assert run(body, [agence])[-1].speaker == "Agence régionale de santé"


def test_a_former_before_a_definite_idiom_is_still_a_person() -> None:
    assert _can_speak("l'ancien bras droit de Marine Le Pen")


def test_a_body_noun_after_du_can_still_speak() -> None:
    assert _can_speak("du syndicat")
