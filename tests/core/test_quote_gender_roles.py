"""Gender from first names and agreement, fixed adverbials in incises, appositions binding roles to names."""

from __future__ import annotations

from tests.core.test_quotes import run

COLLOMB = [("Gérard Collomb", "PER", "Gérard Collomb"), ("Collomb", "PER", "Gérard Collomb")]
OYELOWO = [("Kalinda Oyelowo", "PER", "Kalinda Oyelowo"), ("Oyelowo", "PER", "Kalinda Oyelowo")]
CASTEX = [("Jean Castex", "PER", "Jean Castex")]
MARTINEZ = [("Philippe Martinez", "PER", "Philippe Martinez"), ("CGT", "ORG", "CGT")]


def speakers(body: str, specs: list[tuple[str, str, str]]) -> dict[str, str | None]:
    return {q.text: q.speaker for q in run(body, specs)}


def test_an_adverbial_between_auxiliary_and_participle_keeps_the_incise() -> None:
    body = (
        "Gérard Collomb a annoncé son retrait. « J'éprouve de la déception », a pour sa part estimé Kalinda "
        "Oyelowo vendredi. « Ça me déçoit énormément », a de son côté réagi Kalinda Oyelowo."
    )
    found = speakers(body, COLLOMB + OYELOWO)
    assert found["J'éprouve de la déception"] == "Kalinda Oyelowo"
    assert found["Ça me déçoit énormément"] == "Kalinda Oyelowo"


def test_an_adverbial_between_subject_and_verb() -> None:
    body = "Gérard Collomb a annoncé son retrait. Kalinda Oyelowo a pour sa part estimé : « Ça me déçoit »."
    assert speakers(body, COLLOMB + OYELOWO)["Ça me déçoit"] == "Kalinda Oyelowo"


def test_a_male_first_name_is_not_elle() -> None:
    body = (
        "Gérard Collomb a annoncé son retrait, critiqué par Kalinda Oyelowo. Elle évoque une « forme d'égoïsme "
        "et de trahison ». « Ça me déçoit énormément », assure-t-elle."
    )
    found = speakers(body, COLLOMB + OYELOWO)
    assert found["Ça me déçoit énormément"] == "Kalinda Oyelowo"


def test_feminine_agreement_after_a_name_gives_her_gender() -> None:
    specs = [*OYELOWO, ("Chris Tamba", "PER", "Chris Tamba")]
    for body in (
        "Kalinda Oyelowo, arrivée en 2017, a rencontré Chris Tamba. Ce dernier a rappelé ses engagements. "
        "« Nous tiendrons bon », a-t-elle assuré.",
        "Kalinda Oyelowo s'est dite choquée par Chris Tamba. « Nous tiendrons bon », a-t-elle assuré.",
    ):
        assert speakers(body, specs)["Nous tiendrons bon"] == "Kalinda Oyelowo"


def test_a_name_in_apposition_to_a_description_subject_speaks() -> None:
    specs = [("Muriel Pénicaud", "PER", "Muriel Pénicaud"), ("Laurent Berger", "PER", "Laurent Berger")]
    specs += [("Yves Veyrier", "PER", "Yves Veyrier"), ("FO", "ORG", "FO")]
    body = (
        "La ministre Muriel Pénicaud a critiqué la compagnie. « Arrêtons de la prendre », a commenté Laurent "
        "Berger.\n\nSon homologue de FO, Yves Veyrier, a dénoncé sur LCI les « comportements de prédateur »."
    )
    assert speakers(body, specs)["comportements de prédateur"] == "Yves Veyrier"


def test_a_bare_title_in_apposition_binds_the_role() -> None:
    body = (
        "Philippe Martinez, secrétaire général de la CGT, a dénoncé la réforme. « Nous irons jusqu'au bout "
        "de cette réforme », a déclaré Jean Castex. « C'est une provocation inacceptable », a répliqué le "
        "secrétaire général de la CGT."
    )
    assert speakers(body, MARTINEZ + CASTEX)["C'est une provocation inacceptable"] == "Philippe Martinez"


def test_an_indefinite_description_is_someone_else() -> None:
    specs = [("Bruno Roger-Petit", "PER", "Bruno Roger-Petit")]
    body = (
        "L'ouvrage est jugé « très macronien » par Bruno Roger-Petit, conseiller du président. « C'est super "
        "intéressant de voir cela », confie un autre conseiller du président."
    )
    assert speakers(body, specs)["C'est super intéressant de voir cela"] == "un autre conseiller du président"


def test_a_family_relation_names_the_relative_with_that_family_name() -> None:
    specs = [("Thomas Dutronc", "PER", "Thomas Dutronc"), ("Jacques Dutronc", "PER", "Jacques Dutronc")]
    specs += [("Frédéric Goaty", "PER", "Frédéric Goaty")]
    body = (
        "Thomas Dutronc sort un album. « C'est un musicien respecté », poursuit Frédéric Goaty. "
        "« C'est une très belle BD », déroule le fils de Jacques Dutronc."
    )
    assert speakers(body, specs)["C'est une très belle BD"] == "Thomas Dutronc"


def test_the_head_of_state_is_not_the_prime_minister() -> None:
    specs = [("Emmanuel Macron", "PER", "Emmanuel Macron"), ("Edouard Philippe", "PER", "Édouard Philippe")]
    body = (
        "Emmanuel Macron a réuni un conseil de défense avec le Premier ministre Edouard Philippe. À l'issue "
        "de ce conseil, le chef de l'Etat a annoncé des efforts « pour obtenir la cessation immédiate de "
        "l'offensive »."
    )
    found = speakers(body, specs)
    assert found["pour obtenir la cessation immédiate de l'offensive"] == "Emmanuel Macron"


def test_maitre_before_a_name_makes_the_lawyer() -> None:
    specs = [("Emmanuel Daoud", "PER", "Emmanuel Daoud"), ("Jean-Yves Le Drian", "PER", "Jean-Yves Le Drian")]
    body = (
        "La famille va porter plainte, a déclaré Me Emmanuel Daoud. « Nous agirons », a répondu Jean-Yves Le "
        "Drian. « Ils porteront la responsabilité », a insisté l'avocat."
    )
    assert speakers(body, specs)["Ils porteront la responsabilité"] == "Emmanuel Daoud"


def test_a_headline_description_takes_the_person_the_body_gives_that_title() -> None:
    specs = [("Redoine Faïd", "PER", "Redoine Faïd"), ("Stéphane Buy", "PER", "Stéphane Buy")]
    title = "Évasion de Redoine Faïd : « Ils m'ont prévenu que ma famille était en danger », témoigne le pilote"
    body = "Stéphane Buy, le pilote de l'hélicoptère pris en otage par Redoine Faïd, a raconté son calvaire."
    quote = next(q for q in run(body, specs, title=title) if q.section == "title")
    assert quote.speaker == "Stéphane Buy"


def test_a_name_with_its_party_in_brackets_then_lui_is_the_subject() -> None:
    specs = [("Laurent Escure", "PER", "Laurent Escure"), ("Unsa", "ORG", "Unsa")]
    specs += [("Philippe Martinez", "PER", "Philippe Martinez"), ("CGT", "ORG", "CGT")]
    body = (
        "Laurent Escure (Unsa) avait noté « des ouvertures », Philippe Martinez (CGT), lui, a de nouveau "
        "demandé « le retrait du projet de loi »."
    )
    assert speakers(body, specs)["le retrait du projet de loi"] == "Philippe Martinez"


def test_a_relative_after_a_titled_description_is_the_person_not_the_complement() -> None:
    body = (
        "Philippe Martinez, le secrétaire général de la CGT, a critiqué le ministre. « On s'est fait gazer », "
        "a commenté le leader de la CGT, qui a affirmé avoir été « témoin de charges policières »."
    )
    assert speakers(body, MARTINEZ)["témoin de charges policières"] == "Philippe Martinez"


def test_an_absolute_participle_clause_has_its_own_subject() -> None:
    specs = [("Emmanuel Macron", "PER", "Emmanuel Macron"), ("Laurent Berger", "PER", "Laurent Berger")]
    body = (
        "« On est loin d'un accord », a ajouté Laurent Berger. Une volonté également désirée par Emmanuel "
        "Macron, le président se disant « disposé à améliorer » sa réforme."
    )
    assert speakers(body, specs)["disposé à améliorer"] == "Emmanuel Macron"


def test_an_unnamed_role_stays_a_description_unless_bound() -> None:
    specs = [("Sylvie Noachovitch", "PER", "Sylvie Noachovitch")]
    body = (
        "« Il a menti », a plaidé l'avocate Sylvie Noachovitch. La victime, elle, se dit « détruite, incapable "
        "de travailler »."
    )
    assert speakers(body, specs)["détruite, incapable de travailler"] == "La victime"
    bound = "Léa Morel, la victime, était présente. " + body
    assert speakers(bound, [*specs, ("Léa Morel", "PER", "Léa Morel")])["détruite, incapable de travailler"] == (
        "Léa Morel"
    )


def test_an_inverted_description_with_a_complement_then_a_titled_name_in_apposition() -> None:
    specs = [("Donald Trump", "PER", "Donald Trump"), ("Joseph Votel", "PER", "Joseph Votel")]
    body = (
        "Donald Trump a retiré ses troupes. « Cette politique menace cinq années de combat », a accusé "
        "l'ancien chef des forces américaines au Moyen-Orient, le général Joseph Votel, qui a pris sa retraite."
    )
    assert speakers(body, specs)["Cette politique menace cinq années de combat"] == "Joseph Votel"


def test_an_apposition_closing_an_incise_inside_the_marks_is_left_out() -> None:
    specs = [("Polydor", "ORG", "Polydor")]
    body = (
        "Le quotidien a demandé des précisions. \"Ce morceau, c'est la 'chanson des supporteurs', on ne peut "
        "rien dire, avait répondu un responsable de Polydor, le label du groupe. On ne veut pas d'histoire.\""
    )
    quote = next(iter(run(body, specs)))
    said = "Ce morceau, c'est la 'chanson des supporteurs', on ne peut rien dire On ne veut pas d'histoire."
    assert quote.text == said
    assert quote.speaker == "un responsable de Polydor"


def test_reform_spelling_and_inversions_missing_a_hyphen() -> None:
    specs = [("Gérard Larcher", "PER", "Gérard Larcher"), ("Jean-Michel Blanquer", "PER", "Jean-Michel Blanquer")]
    body = (
        "Jean-Michel Blanquer a jugé que « le voile n'est pas souhaitable ». Il y a « un sujet à régler avec "
        "cette religion », reconnait pour sa part Gérard Larcher. « Il faut des actes », martèle t-il."
    )
    quotes = {q.text: q for q in run(body, specs)}
    assert quotes["un sujet à régler avec cette religion"].speaker == "Gérard Larcher"
    assert quotes["Il faut des actes"].speaker == "Gérard Larcher"
    assert quotes["Il faut des actes"].verb == "marteler"


def test_a_person_the_quote_speaks_of_in_the_third_person_is_not_its_speaker() -> None:
    specs = [("Benjamin Griveaux", "PER", "Benjamin Griveaux"), ("Griveaux", "PER", "Benjamin Griveaux")]
    specs += [("Philippe Bas", "PER", "Philippe Bas")]
    body = (
        "Le porte-parole du gouvernement a visé le président de la commission, Philippe Bas. M. Griveaux a "
        "tenu à rappeler « cette règle ». Le sénateur a répondu : « J'ignorais que M. Benjamin Griveaux fût "
        "professeur de déontologie »."
    )
    found = speakers(body, specs)
    assert found["J'ignorais que M. Benjamin Griveaux fût professeur de déontologie"] == "Philippe Bas"


def test_ils_after_two_people_named_together_is_the_first_of_them() -> None:
    specs = [("Yann Le Bras", "PER", "Yann Le Bras"), ("Inès Darfeuil", "PER", "Inès Darfeuil")]
    specs += [("ministère", "ORG", "ministère")]
    body = (
        "Les avocats de la famille, Mes Yann Le Bras et Inès Darfeuil, ont saisi le tribunal. "
        "« Nous irons jusqu'au bout », ont-ils prévenu."
    )
    assert speakers(body, specs)["Nous irons jusqu'au bout"] == "Yann Le Bras"


VEIL = [
    ("Jean Veil", "PER", "Jean Veil"),
    ("Pierre-François Veil", "PER", "Pierre-François Veil"),
    ("Simone Veil", "PER", "Simone Veil"),
]


def test_a_compound_first_name_takes_the_gender_of_its_first_part() -> None:
    body = (
        "Jean Veil a réagi samedi. « Je ne suis pas surpris », a-t-il dit. « Je ne pense pas porter plainte », "
        "a expliqué Pierre-François Veil. « Nous vivons dans une société démocratique », a conclu le fils de "
        "Simone Veil."
    )
    assert run(body, VEIL)[-1].speaker == "Pierre-François Veil"


def test_a_compound_female_first_name_is_no_man() -> None:
    specs = [("Paul Durand", "PER", "Paul Durand"), ("Marie-Noëlle Dupuis", "PER", "Marie-Noëlle Dupuis")]
    body = "Marie-Noëlle Dupuis et Paul Durand étaient présents. « Nous vivons dans une société libre », a-t-il dit."
    assert run(body, specs)[-1].speaker == "Paul Durand"
