"""Persons named after a title that opens their sentence, and titles that do not describe a head of government
(speakers.py: _oblique's compound titles, _titled_opening after a fronted adverbial, _state_heads_otherwise;
_after_source: "Pour X," opening a sentence)."""

from __future__ import annotations

from tests.core.test_quotes import run

PHILIPPE = ("Edouard Philippe", "PER", "Édouard Philippe")
PEPY = ("Guillaume Pepy", "PER", "Guillaume Pepy")
BORNE = ("Elisabeth Borne", "PER", "Élisabeth Borne")
MELENCHON = ("Jean-Luc Mélenchon", "PER", "Jean-Luc Mélenchon")
QUATENNENS = ("Adrien Quatennens", "PER", "Adrien Quatennens")
LFI = ("LFI", "ORG", "La France insoumise")


def test_a_capitalised_compound_title_before_a_name_keeps_it_a_subject() -> None:
    body = (
        "Guillaume Pepy a parlé lundi. Mardi matin, le Premier ministre Edouard Philippe a assuré que la "
        "compagnie ne serait pas privatisée. « La loi sera sans ambiguïté », a-t-il indiqué."
    )
    assert run(body, [PEPY, PHILIPPE])[-1].speaker == "Édouard Philippe"


def test_a_name_after_a_complement_stays_oblique() -> None:
    body = (
        "Edouard Philippe a parlé lundi. Mardi matin, le conseiller du Premier ministre Guillaume Pepy a "
        "rencontré les syndicats. « La loi sera sans ambiguïté », a-t-il indiqué."
    )
    assert run(body, [PHILIPPE, PEPY])[-1].speaker == "Édouard Philippe"


def test_a_title_after_a_fronted_adverbial_opens_the_sentence() -> None:
    body = (
        "Adrien Quatennens avait appelé les écologistes à « clarifier leur point de vue ». De son côté, le chef "
        "de file de LFI Jean-Luc Mélenchon a estimé que les deux partis pouvaient s'entendre. « Cela fait deux "
        "ans que nous le proposons », a-t-il regretté."
    )
    assert run(body, [QUATENNENS, LFI, MELENCHON])[-1].speaker == "Jean-Luc Mélenchon"


def test_a_company_title_is_not_the_head_of_government() -> None:
    body = (
        "Le Premier ministre Edouard Philippe a assuré que la compagnie ne serait pas privatisée. « La loi sera "
        "sans ambiguïté », a-t-il indiqué. La mesure, proposée par la ministre des Transports Elisabeth Borne, "
        "a été validée par Guillaume Pepy. « On va faire ceinture et bretelles », a lancé le PDG."
    )
    assert run(body, [PHILIPPE, BORNE, PEPY])[-1].speaker == "Guillaume Pepy"


def test_the_head_of_government_is_still_the_chef_du_gouvernement() -> None:
    body = (
        "Le Premier ministre Edouard Philippe a assuré que la compagnie ne serait pas privatisée. La mesure a "
        "été validée par Guillaume Pepy. « La loi sera sans ambiguïté », a insisté le chef du gouvernement."
    )
    assert run(body, [PHILIPPE, PEPY])[-1].speaker == "Édouard Philippe"


def test_pour_x_opening_a_sentence_is_whose_view_follows() -> None:
    kohl = ("Helmut Kohl", "PER", "Helmut Kohl")
    juncker = ("Jean-Claude Juncker", "PER", "Jean-Claude Juncker")
    body = (
        "Pour Jean-Claude Juncker, le président de la Commission européenne, Helmut Kohl était l'« essence même "
        "de l'Europe ». Dans un autre tweet, il se dit « fier de l'avoir connu »."
    )
    assert run(body, [juncker, kohl])[-1].speaker == "Jean-Claude Juncker"


def test_pour_x_inside_a_sentence_is_no_source() -> None:
    kohl = ("Helmut Kohl", "PER", "Helmut Kohl")
    juncker = ("Jean-Claude Juncker", "PER", "Jean-Claude Juncker")
    body = "Helmut Kohl a travaillé pour Jean-Claude Juncker, qui le dit. Il s'est dit « fier de l'avoir connu »."
    assert run(body, [kohl, juncker])[-1].speaker == "Helmut Kohl"
