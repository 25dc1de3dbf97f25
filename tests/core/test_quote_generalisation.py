"""Families of French reported speech found in unseen text (invented sentences, no model: hand-built mentions)."""

from __future__ import annotations

from pipeline.core.quotation.marks import find_spans
from tests.core.test_quotes import only, run

DUPONT = [("Claire Dupont", "PER", "Claire Dupont"), ("Dupont", "PER", "Claire Dupont")]
MARTIN = [("Paul Martin", "PER", "Paul Martin"), ("Martin", "PER", "Paul Martin")]


def test_a_time_aside_between_an_inverted_verb_and_its_subject() -> None:
    body = (
        "Le gouvernement va organiser « un rapatriement par voie aérienne » pour les Français, a annoncé, "
        "dimanche 26 janvier, la ministre de la Santé Claire Dupont."
    )
    assert only(run(body, DUPONT)).speaker == "Claire Dupont"
    body = "« Tout est prêt », ont assuré, dans la soirée, les organisateurs."
    assert only(run(body)).speaker == "les organisateurs"


def test_an_aside_after_the_subject_does_not_reach_a_later_name() -> None:
    body = "« Tout est prêt », a annoncé la mairie, dimanche, alors que Paul Martin se taisait."
    assert only(run(body, MARTIN)).speaker == "la mairie"


def test_leur_after_a_subject_pronoun_is_a_clitic() -> None:
    body = (
        "Paul Martin recevra lundi les partenaires sociaux. Il leur demandera « très simplement, très "
        "directement » ce qu'ils proposent."
    )
    quote = only(run(body, MARTIN))
    assert quote.speaker == "Paul Martin" and quote.verb == "demander"


def test_leur_before_a_noun_stays_a_determiner() -> None:
    body = "Les syndicats ont écrit au maire. Leur analyse « mérite d'être entendue », juge Claire Dupont."
    assert only(run(body, DUPONT)).speaker == "Claire Dupont"


def test_a_quote_closed_by_the_other_style_of_mark() -> None:
    text = 'Elle évoque son fils "bien au-delà de la maladie ». Et au final, « la paix de l\'amour".'
    assert [s.text(text) for s in find_spans(text)] == ["bien au-delà de la maladie", "la paix de l'amour"]


def test_a_nested_quote_of_the_other_style_is_not_a_close() -> None:
    text = '« Il a dit "non" », lance-t-il. Le mot "A » et "B" sont là.'
    assert [s.text(text) for s in find_spans(text)] == ['Il a dit "non"', "B"]


def test_a_name_after_a_preposition_is_no_subject() -> None:
    body = (
        "Ségolène Royal était sur BFMTV. « Il faut du respect », a-t-elle poursuivi, pour qui la présence d'un "
        "hijab à l'Assemblée nationale relève de la provocation. « Elle sait qu'elle provoque », a-t-elle fustigé."
    )
    people = [("Ségolène Royal", "PER", "Ségolène Royal"), ("Assemblée nationale", "ORG", "Assemblée nationale")]
    quotes = run(body, people)
    assert [q.speaker for q in quotes] == ["Ségolène Royal", "Ségolène Royal"]


def test_relever_de_says_nothing_but_relever_reports() -> None:
    body = "Paul Martin est là. Le budget relève de « la pure fiction »."
    assert all(q.verb != "relever" for q in run(body, MARTIN))
    quote = only(run("Le maire relève « une erreur de calcul » dans le budget.", MARTIN))
    assert quote.speaker == "Le maire" and quote.verb == "relever"


def test_a_named_subject_opening_the_sentence_still_speaks() -> None:
    body = "Selon Le Monde, la SNCF a démenti « tout retard »."
    quote = only(run(body, [("SNCF", "ORG", "SNCF"), ("Le Monde", "ORG", "Le Monde")]))
    assert quote.speaker == "SNCF"


def test_a_relative_clause_before_the_verb_leaves_the_antecedent_as_subject() -> None:
    body = "Sœur Marie, qui a eu droit à « une belle messe » pour son anniversaire avoue « parfois dire des bêtises »."
    quotes = run(body, [("Marie", "PER", "Sœur Marie")])
    assert quotes[-1].speaker == "Sœur Marie" and quotes[-1].verb == "avouer"


def test_a_complement_before_the_verb_with_no_relative_stays_a_description() -> None:
    body = "Le budget prévu pour la rénovation du port inquiète. La hausse des prix avoue « une faiblesse »."
    assert all(q.speaker != "Paul Martin" for q in run(body, MARTIN))


def test_an_apposed_name_after_a_coordinated_title_and_a_parenthesis() -> None:
    body = (
        "« Il faut changer le règlement », a fait valoir le vice-président des LR et maire de Chalon-sur-Saône "
        "(Saône-et-Loire), Paul Martin."
    )
    people = [*MARTIN, ("Claire Dupont", "PER", "Claire Dupont")]
    assert only(run("Claire Dupont a parlé. " + body, people)).speaker == "Paul Martin"


def test_a_coordinated_title_with_no_name_after_it_stays_the_title() -> None:
    body = (
        "Claire Dupont est là. « Il faut changer le règlement », a fait valoir la ministre et a ajouté que Paul Martin"
    )
    quote = run(body + " se trompait.", [*MARTIN, ("Claire Dupont", "PER", "Claire Dupont")])[0]
    assert quote.speaker == "Claire Dupont"


def test_a_name_after_the_body_of_a_title_is_the_person() -> None:
    body = "L'ancien porte-parole du gouvernement Paul Martin estime que « la droite a perdu le nord »."
    quote = only(run(body, MARTIN))
    assert quote.speaker == "Paul Martin" and quote.speaker_label == "PER"
    body = "La fondation Claire Dupont a dénoncé « un massacre »."
    assert only(run(body, DUPONT)).speaker == "La fondation Claire Dupont"


def test_a_short_fragment_in_the_paragraph_of_an_attributed_quote_goes_on_with_its_speaker() -> None:
    body = (
        "« Nous allons organiser un rapatriement », a annoncé Claire Dupont. Ce rapatriement se fera « en milieu "
        "de semaine » et « avec l'accord des autorités »."
    )
    quotes = run(body, DUPONT)
    assert [q.text for q in quotes][1:] == ["en milieu de semaine", "avec l'accord des autorités"]
    assert all(q.speaker == "Claire Dupont" for q in quotes)


def test_a_capitalised_short_title_in_that_paragraph_is_no_quote() -> None:
    body = "« J'ai adoré ce tournage », a raconté Claire Dupont. Elle a joué dans « Une famille formidable »."
    assert [q.text for q in run(body, DUPONT)] == ["J'ai adoré ce tournage"]


def test_a_short_fragment_in_another_paragraph_is_no_quote() -> None:
    body = "« Nous allons organiser un rapatriement », a annoncé Claire Dupont.\nIl se fera « en milieu de semaine »."
    assert len(run(body, DUPONT)) == 1


def test_legal_charges_after_a_dated_inquiry_are_no_quotes() -> None:
    body = (
        "« Je n'ai rien à me reprocher », a répondu Paul Martin. Le parquet avait ouvert une enquête préliminaire "
        "en 2016 pour « corruption privée », « association de malfaiteurs » et « trafic d'influence et recel »."
    )
    assert [q.text for q in run(body, MARTIN)] == ["Je n'ai rien à me reprocher"]


def test_a_verb_of_intent_before_a_quoted_infinitive_reports() -> None:
    body = "Paul Martin recevra les syndicats. Il compte « leur demander très simplement » ce qu'ils proposent."
    quote = only(run(body, MARTIN))
    assert quote.speaker == "Paul Martin" and quote.verb == "compter"
    body = "Le président du groupe compte donc « poser une question préalable » au gouvernement."
    assert only(run(body)).speaker == "Le président du groupe"


def test_intent_forms_used_otherwise_report_nothing() -> None:
    body = "La marque se veut « plus digitale, plus connectée ». Le texte prend en compte « un certain nombre de »."
    assert run(body) == []
    assert run("Paul Martin veut « Danse avec les stars » sur sa chaîne.", MARTIN) == []


def test_a_headline_description_gives_way_to_the_body_speaker_of_its_words() -> None:
    title = "La ministre veut « fermer les bars plus tôt »"
    body = "« Je vais fermer les bars plus tôt », a annoncé Claire Dupont."
    quotes = run(body, DUPONT, title=title)
    assert quotes[0].section == "title" and quotes[0].speaker == "Claire Dupont"


def test_a_titled_head_before_a_body_name_is_the_subject() -> None:
    body = "Le président du groupe MoDem compte « poser une question préalable » au gouvernement."
    assert only(run(body, [("MoDem", "ORG", "MoDem")])).speaker == "Le président du groupe MoDem"
    assert only(run("Le syndicat CGT a dénoncé « un scandale ».", [("CGT", "ORG", "CGT")])).speaker == "CGT"


def test_a_selon_aside_opening_a_relative_clause_is_not_the_quote_source() -> None:
    body = (
        "La police a annoncé avoir entamé « des examens préliminaires ». « La chambre d'hôtel où il résidait » à "
        "Tomsk, où, selon ses proches, il a été empoisonné, a aussi été examinée, a-t-elle précisé."
    )
    assert [q.speaker for q in run(body)] == ["La police", "La police"]


def test_a_selon_after_a_quote_still_gives_its_source() -> None:
    assert only(run("« La chambre a été examinée », selon ses proches.")).speaker == "ses proches"
    body = "Le phénomène « a tendance à se répéter », selon le maire Paul Martin, il sera difficile d'agir."
    assert only(run(body, MARTIN)).speaker == "Paul Martin"


def test_a_class_noun_the_article_put_before_a_name_stands_for_it() -> None:
    body = "Le parc Disneyland Paris a suspendu ses parades. « Le parc reste ouvert », indique le parc sur son site."
    quote = only(run(body, [("Disneyland Paris", "LOC", "Disneyland Paris")]))
    assert quote.speaker == "Disneyland Paris" and quote.speaker_mention == "le parc"


def test_a_person_title_before_a_party_is_not_the_party() -> None:
    body = "La candidate LREM Claire Dupont fait campagne. « Je fais des extras », a ironisé la candidate."
    quote = only(run(body, [*DUPONT, ("LREM", "ORG", "La République en marche")]))
    assert quote.speaker == "Claire Dupont"


def test_comme_le_souligne_after_a_quote_names_its_source() -> None:
    body = (
        "Le gouvernement ne semble pas rompre avec ses prédécesseurs, « maintenant l'interdiction de la vente du "
        "produit », comme le souligne Claire Dupont."
    )
    assert only(run(body, DUPONT)).speaker == "Claire Dupont"


def test_comme_le_without_a_verb_is_no_incise() -> None:
    body = "Il faut « tenir bon jusqu'au bout », comme le président lors de la crise."
    assert run(body) == []


def test_pour_after_a_list_mark_opens_the_sentence() -> None:
    body = "Plusieurs personnalités ont réagi. • Pour Claire Dupont, « nous perdons un très grand Européen »."
    assert only(run(body, DUPONT)).speaker == "Claire Dupont"


def test_pour_after_a_word_is_no_source() -> None:
    body = "Il a voté pour Claire Dupont, « une femme de conviction et de terrain »."
    assert all(q.speaker != "Claire Dupont" for q in run(body, DUPONT))


def test_a_fragment_whose_subject_is_the_last_speaker_continues_in_the_next_paragraph() -> None:
    body = (
        "« Le gendarme est fidèle », a assuré Claire Dupont.\n\n"
        "Dans son discours, Claire Dupont a célébré « l'esprit français de la résistance » devant la foule."
    )
    quotes = run(body, DUPONT)
    assert [q.speaker for q in quotes] == ["Claire Dupont", "Claire Dupont"]


def test_a_fragment_whose_subject_is_another_person_is_not_continued() -> None:
    body = (
        "« Le gendarme est fidèle », a assuré Claire Dupont.\n\n"
        "Dans son discours, Paul Martin a célébré « l'esprit français de la résistance » devant la foule."
    )
    assert len(run(body, DUPONT + MARTIN)) == 1
