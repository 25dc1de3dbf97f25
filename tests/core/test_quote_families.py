"""General families of French reported speech (invented sentences, no model: hand-built mentions)."""

from __future__ import annotations

from tests.core.test_quotes import only, run

SNCF = [("SNCF", "ORG", "SNCF")]


def test_passive_agent_is_the_speaker() -> None:
    body = "Une rumeur démentie par la SNCF, pour qui il s'agit d'« un simple malentendu entre collègues »."
    quote = only(run(body, SNCF))
    assert quote.speaker == "SNCF" and quote.verb == "démentir"


def test_passive_agent_of_the_next_sentence() -> None:
    body = "« Aucun animal, aucun fumeur dans le logement. » Voilà les conditions exigées par la propriétaire."
    quote = only(run(body))
    assert quote.speaker == "la propriétaire"


def test_active_past_with_par_is_not_a_passive() -> None:
    body = "Paul Martin a annoncé par communiqué : « Nous reprendrons le travail lundi matin. »"
    quote = only(run(body, [("Paul Martin", "PER", "Paul Martin")]))
    assert quote.speaker == "Paul Martin"


def test_parler_de_reports() -> None:
    body = "La mère de l'enfant parle d'« une injustice que personne ne veut voir »."
    quote = only(run(body))
    assert quote.speaker == "La mère de l'enfant" and quote.verb == "parler"


DUPONT = [("Claire Dupont", "PER", "Claire Dupont"), ("Dupont", "PER", "Claire Dupont")]
MARTIN = [("Paul Martin", "PER", "Paul Martin"), ("Martin", "PER", "Paul Martin")]


def test_long_relative_aside_before_the_verb() -> None:
    body = (
        "Paul Martin est ministre de la Santé. Le ministre, qui avait présenté une « feuille de route » lors de "
        "son grand discours de politique sanitaire au printemps dernier, estime que l'on « peut encore éviter "
        "la fermeture des hôpitaux »."
    )
    quotes = run(body, MARTIN)
    assert quotes[-1].speaker == "Paul Martin" and quotes[-1].verb == "estimer"


def test_incise_of_another_speaker_is_skipped() -> None:
    body = (
        "Dans les colonnes du Monde, la romancière, qui « n'a jamais caché ses opinions », rappelle le journal, "
        "raconte avoir « longtemps hésité avant de publier ce livre »."
    )
    quotes = run(body, [("Monde", "ORG", "Le Monde")])
    assert quotes[-1].speaker == "la romancière" and quotes[-1].verb == "raconter"


def test_speaker_named_in_the_prior_sentence() -> None:
    body = (
        "Claire Dupont s'est confiée au Parisien sur son départ.\n\n"
        "« Je n'ai jamais voulu quitter cette ville, elle m'a tout donné. »"
    )
    quote = only(run(body, DUPONT))
    assert quote.speaker == "Claire Dupont" and quote.confidence < 0.8


def test_pour_x_in_the_prior_sentence() -> None:
    body = (
        "Pour Paul Martin, il ne s'agit pas d'une erreur. « Je pense qu'ils savaient très bien ce qu'ils faisaient. »"
    )
    quote = only(run(body, MARTIN))
    assert quote.speaker == "Paul Martin"


def test_the_interviewer_is_not_the_speaker() -> None:
    body = (
        "Interrogé par Le Monde sur ses modèles, Paul Martin a évoqué son grand-père. "
        "« Il savait écouter les gens sans jamais les juger. »"
    )
    quote = only(run(body, [*MARTIN, ("Le Monde", "ORG", "Le Monde")]))
    assert quote.speaker == "Paul Martin"


def test_participle_after_a_partial_quote_takes_the_subject() -> None:
    body = (
        "Dans sa lettre, Mme Dupont a écrit qu'elle ne pouvait « pas accepter » les critiques portées par "
        "Paul Martin, ajoutant : « Je ne me tairai pas. »"
    )
    quotes = run(body, DUPONT + MARTIN)
    assert quotes[-1].speaker == "Claire Dupont"


def test_incise_without_a_comma() -> None:
    body = "Le rival n'a pas tardé à réagir : \"Quelle pagaille au ministère !\" s'est amusé Paul Martin."
    quote = only(run(body, MARTIN))
    assert quote.speaker == "Paul Martin" and quote.verb == "amuser"


def test_nested_straight_quotes_stay_in_the_outer_quote() -> None:
    body = (
        '"Je lui ai dit : "Viens avec nous". Il m\'a répondu : "Jamais", et il est parti seul" , raconte '
        "Paul Martin. Puis la soirée a continué."
    )
    quote = only(run(body, MARTIN))
    assert quote.text.startswith("Je lui ai dit") and quote.text.endswith("parti seul")
    assert quote.speaker == "Paul Martin"


def test_doubled_closing_straight_mark() -> None:
    body = '"Il écrit trop long, on appelle cela "faire du remplissage"", critique Paul Martin dans Le Monde.'
    quote = only(run(body, MARTIN))
    assert quote.text.endswith('"faire du remplissage"') and quote.speaker == "Paul Martin"


def test_doubled_opening_straight_mark_opens_one_quote() -> None:
    body = 'Paul Martin juge que ""c\'est la peste brune qui a manifesté". Puis la soirée a continué.'
    quote = only(run(body, MARTIN))
    assert quote.text == "c'est la peste brune qui a manifesté" and quote.speaker == "Paul Martin"


def test_straight_mark_after_an_elision_opens_an_inner_quote() -> None:
    body = (
        '"Je comprends sa colère (elle a estimé qu\'"on est trop naïf", NDLR), une femme de courage", a dit '
        "Paul Martin. Puis la soirée a continué."
    )
    quote = only(run(body, MARTIN))
    assert quote.text.endswith("une femme de courage") and quote.speaker == "Paul Martin"


def test_straight_mark_after_a_closing_single_quote_closes_the_quote() -> None:
    body = "\"Il m'a dit : 'Tu vois, on est au paradis.'\"Une perte difficile. Paul Martin n'a rien dit."
    texts = [q.text for q in run(body, MARTIN)]
    assert all(not t.startswith("Une perte") for t in texts)


def test_glued_closing_and_opening_marks_stay_two_quotes() -> None:
    body = '"Cette réforme est injuste""Nous ne céderons pas", a déclaré Paul Martin lundi.'
    texts = [q.text for q in run(body, MARTIN)]
    assert "Nous ne céderons pas" in texts and not any(t.startswith('"') for t in texts)


def test_headline_name_before_a_quote() -> None:
    title = 'Rentrée : Claire Dupont "ne laissera pas fermer cette école"'
    quotes = run("Le texte de l'article.", DUPONT, title=title)
    assert [(q.section, q.speaker) for q in quotes] == [("title", "Claire Dupont")]


def test_a_place_before_a_colon_is_not_a_speaker() -> None:
    title = 'Villeurbanne : "Pas de chien", le règlement qui fait polémique'
    body = 'Le propriétaire avait écrit : "Pas de chien, pas de chat dans les parties communes".'
    quotes = run(body, [("Villeurbanne", "LOC", "Villeurbanne")], title=title)
    assert all(q.speaker != "Villeurbanne" for q in quotes)


def test_a_feminine_description_is_not_a_man_with_that_title() -> None:
    body = (
        "Le ministre de l'Économie Paul Martin avait qualifié Claire Dupont de « danger public ». "
        "La ministre avait répondu, qualifiant Paul Martin de personne « arrogante et mal informée »."
    )
    quotes = run(body, DUPONT + MARTIN)
    assert quotes[-1].speaker != "Paul Martin"


def test_possessive_description_is_not_its_possessor() -> None:
    body = (
        "Paul Martin a été conseiller de Claire Dupont pendant dix ans. Claire Dupont a défendu sa réforme, "
        "« une nécessité pour le pays ». Un avis que ne partage pas son ancien conseiller, qui a dénoncé "
        "« une réforme écrite à la hâte »."
    )
    quotes = run(body, DUPONT + MARTIN)
    assert quotes[-1].speaker != "Claire Dupont"


def test_celui_qui_is_the_person_of_the_passage() -> None:
    body = (
        "Claire Dupont a quitté la troupe. Paul Martin joue seul depuis. « Elle m'a laissé tomber, je ne "
        "comprends pas », a expliqué à la radio celui qui partage la scène avec Claire Dupont depuis vingt ans."
    )
    quote = only(run(body, DUPONT + MARTIN))
    assert quote.speaker == "Paul Martin" and quote.confidence < 0.8


def test_headline_name_after_pour_x_is_not_the_speaker() -> None:
    title = 'Réforme : pour Claire Dupont, Paul Martin "ne comprend rien au terrain"'
    quotes = run("Le texte de l'article.", DUPONT + MARTIN, title=title)
    assert all(q.speaker != "Paul Martin" for q in quotes)


PECRESSE = [("Valérie Pécresse", "PER", "Valérie Pécresse")]


def test_manner_adverb_after_the_auxiliary_of_an_incise() -> None:
    quote = only(run("« Je demande un plan de soutien massif », a sèchement réagi Valérie Pécresse.", PECRESSE))
    assert quote.speaker == "Valérie Pécresse" and quote.verb == "réagir"


def test_manner_adverb_after_the_auxiliary_before_a_colon() -> None:
    body = "Interrogée lundi sur Europe 1, Valérie Pécresse a sommairement déclaré : « il ne m'intéresse pas »."
    quote = only(run(body, PECRESSE))
    assert quote.speaker == "Valérie Pécresse" and quote.speaker_mention == "Valérie Pécresse"


def test_a_noun_in_ment_after_its_article_is_the_subject() -> None:
    quote = only(run("Le gouvernement a sèchement déclaré : « Nous ne reculerons pas sur cette réforme »."))
    assert quote.speaker == "Le gouvernement"


RUIZ = [
    ("Jorge Ruiz Ruiz", "PER", "Jorge Ruiz Ruiz"),
    ("Institut d'Études sociales Avancées", "ORG", "Institut d'Études sociales Avancées"),
]


def test_a_verb_form_inside_a_name_is_no_verb() -> None:
    body = (
        "Jorge Ruiz Ruiz, sociologue à l'Institut d'Études sociales Avancées : « l'isolement absolu pendant des "
        "mois n'était peut-être pas la meilleure stratégie »."
    )
    assert only(run(body, RUIZ)).speaker == "Jorge Ruiz Ruiz"


def test_a_verb_form_after_a_name_is_still_a_verb() -> None:
    body = "Jorge Ruiz Ruiz avance que « l'isolement absolu n'était pas la meilleure stratégie »."
    quote = only(run(body, RUIZ))
    assert quote.speaker == "Jorge Ruiz Ruiz" and quote.verb == "avancer"


def test_pour_a_person_set_off_by_commas_is_the_source() -> None:
    body = (
        "Avec le masque dans la rue, ce sont, pour Jorge Ruiz Ruiz, des règles « extrêmement difficiles à respecter »."
    )
    quote = only(run(body, RUIZ))
    assert quote.speaker == "Jorge Ruiz Ruiz" and quote.verb == "pour"


def test_pour_a_person_after_a_verbless_opener_and_a_colon() -> None:
    body = (
        "Même explication pour Jorge Ruiz Ruiz, sociologue à l'Institut d'Études sociales Avancées : « l'isolement "
        "absolu pendant des mois n'était pas la meilleure stratégie »."
    )
    assert only(run(body, RUIZ)).speaker == "Jorge Ruiz Ruiz"


def test_pour_after_a_noun_or_without_a_person_is_no_source() -> None:
    body = "Un hommage pour Jorge Ruiz Ruiz, « le meilleur d'entre nous tous »."
    assert all(q.speaker != "Jorge Ruiz Ruiz" for q in run(body, RUIZ))
    body = "Les salariés, pour la plupart, réclament une « prime exceptionnelle de fin d'année »."
    assert all(q.speaker != "la plupart" for q in run(body))


BENALLA = [("Alexandre Benalla", "PER", "Alexandre Benalla"), ("Mediapart", "ORG", "Mediapart")]


def test_a_pronoun_opening_a_sentence_introduces_speech_with_its_colon() -> None:
    body = (
        "Mediapart avait publié une photo. Alexandre Benalla est dans le bureau de trois juges. Il évacue la "
        "polémique : « C'est simple et ridicule, vraiment »."
    )
    quote = run(body, BENALLA)[-1]
    assert quote.speaker == "Alexandre Benalla" and quote.speaker_mention == "Il"


def test_an_impersonal_il_before_a_colon_introduces_no_speech() -> None:
    body = (
        "Mediapart avait publié une photo. Alexandre Benalla est dans le bureau de trois juges. Il y est "
        "inscrit : « Élevage industriel égale déforestation massive »."
    )
    assert run(body, BENALLA) == []


def test_an_irregular_participle_ends_the_speaker() -> None:
    body = (
        "« Pas de Noirs ni d'Arabes dans mon appartement ». Voici les critères exigés par la propriétaire d'un "
        "appartement mis en location à Levallois."
    )
    assert only(run(body)).speaker == "la propriétaire d'un appartement"


def test_a_noun_after_an_adjective_is_not_cut_as_a_participle() -> None:
    quote = only(run("« Nous avons tout perdu cette nuit-là », raconte le jeune fils du maire."))
    assert quote.speaker == "le jeune fils du maire"


WHITMER = [("Gretchen Whitmer", "PER", "Gretchen Whitmer"), ("Marc Mallory", "PER", "Marc Mallory")]


def test_a_quote_in_the_clause_of_a_teller_is_the_tellers_words() -> None:
    body = (
        "L'homme au téléphone était Marc Mallory, le mari de Mme Gretchen Whitmer. « Il pensait qu'on lui rirait "
        "au nez, ça n'a pas été le cas », a-t-elle ajouté, soulignant qu'il regrettait ce « trait d'humour qui "
        "n'a pas marché »."
    )
    quote = run(body, WHITMER)[-1]
    assert quote.speaker == "Gretchen Whitmer" and quote.verb == "souligner"


def test_a_pronoun_subject_with_no_teller_keeps_its_verb() -> None:
    body = "Marc Mallory était au téléphone. Il regrettait ce « trait d'humour qui n'a pas marché »."
    quote = run(body, WHITMER)[-1]
    assert quote.speaker == "Marc Mallory" and quote.verb == "regretter"


SARDOU = [("Michel Sardou", "PER", "Michel Sardou"), ("Emmanuel Macron", "PER", "Emmanuel Macron")]
SARDOU_BODY = (
    "Dans le journal, l'interprète des « Lacs du Connemara », qui « n'a jamais eu de complaisance avec "
    "l'extrême droite », précise l'hebdomadaire, explique avoir voté pour le candidat d'En Marche! au second "
    "tour. « J'étais prêt à voter pour un autre candidat, mais les affaires m'ont fait changer d'avis. »"
)


def test_a_verb_after_an_incise_with_a_complement_is_the_main_verb() -> None:
    quote = run(SARDOU_BODY, SARDOU)[-1]
    assert quote.speaker == "l'interprète des « Lacs du Connemara »" and quote.verb == "expliquer"


def test_a_verb_after_a_comma_with_no_complement_stays_an_incise() -> None:
    body = (
        "Dans le journal, le chanteur, qui « n'a jamais eu de complaisance avec l'extrême droite », précise "
        "l'hebdomadaire, était à Paris. « J'étais prêt à voter pour un autre candidat, mais les affaires m'ont "
        "fait changer d'avis. »"
    )
    assert run(body, SARDOU)[-1].verb != "expliquer"


def test_an_exclamation_mark_before_a_lower_case_word_ends_no_sentence() -> None:
    from pipeline.core.quotation.tokens import tokenize

    tokens = tokenize("Il a voté pour En Marche! au second tour. Puis il est parti ! Voilà.", [])
    sent = {t.text: t.sent for t in tokens}
    assert sent["Marche"] == sent["au"] == sent["tour"]
    assert sent["parti"] != sent["Voilà"]


def test_a_description_by_a_work_is_not_the_last_person_named() -> None:
    body = (
        "Emmanuel Macron a été élu dimanche. « J'étais prêt à voter pour un autre candidat, mais les affaires "
        "m'ont fait changer d'avis », raconte l'interprète des « Lacs du Connemara »."
    )
    quote = run(body, SARDOU)[-1]
    assert quote.speaker == "l'interprète des « Lacs du Connemara »" and quote.speaker_label is None


def test_a_description_by_a_work_the_article_tied_to_a_name_is_that_person() -> None:
    body = (
        "Michel Sardou, l'interprète des « Lacs du Connemara », était à Paris. Emmanuel Macron a été élu. "
        "« J'étais prêt à voter pour un autre candidat, mais les affaires m'ont fait changer d'avis », raconte "
        "l'interprète des « Lacs du Connemara »."
    )
    assert run(body, SARDOU)[-1].speaker == "Michel Sardou"


def test_a_description_by_a_work_is_the_person_being_quoted() -> None:
    body = (
        "« Je mets le coup de genou et je sors », raconte Marlène Schiappa. Elle appelle alors l'un de ses amis. "
        "« Mais pourquoi tu lis dans le métro ? », lui "
        "demande-t-il. « Sur le moment, je m'en suis voulu, j'ai culpabilisé », regrette l'auteur de « La "
        "Culture du viol » auprès du Parisien."
    )
    quotes = run(body, [("Marlène Schiappa", "PER", "Marlène Schiappa")])
    assert [q.speaker for q in quotes if "culpabilisé" in q.text] == ["Marlène Schiappa"]


def test_a_nickname_in_marks_is_no_work() -> None:
    body = (
        "Marcel Campion ne baisse pas les bras. Le « roi des forains » assure qu'il restera. « Je ne suis pas "
        "parti. J'ai un contrat de six ans et je resterai », déclare-t-il."
    )
    assert run(body, [("Marcel Campion", "PER", "Marcel Campion")])[-1].speaker == "Marcel Campion"


POMPEO = [("Mike Pompeo", "PER", "Mike Pompeo")]
POMPEO_LEAD = "Mike Pompeo a affirmé que les États-Unis souhaitaient la « désescalade ». "


def test_selon_opening_the_sentence_beats_a_participle_with_no_subject() -> None:
    body = POMPEO_LEAD + (
        "Selon lui, le militaire iranien préparait une « action d'envergure » menaçant des « centaines de vies "
        "américaines »."
    )
    quotes = [q for q in run(body, POMPEO) if q.text != "désescalade"]
    assert [q.speaker for q in quotes] == ["Mike Pompeo", "Mike Pompeo"]


def test_a_participle_with_no_subject_and_no_source_gives_no_speaker() -> None:
    body = POMPEO_LEAD + (
        "Le militaire iranien préparait une « action d'envergure » menaçant des « centaines de vies américaines »."
    )
    quotes = [q for q in run(body, POMPEO) if q.text != "désescalade"]
    assert quotes and all(q.speaker is None for q in quotes)


SCHIAPPA = [("Marlène Schiappa", "PER", "Marlène Schiappa")]
LEDE = (
    "Une sortie qui a suscité la colère.\n\n« Je trouve que ce sont des propos criminels, ce sont des propos "
    "coupables ». "
)


def test_a_lede_quote_takes_the_person_opening_the_next_sentence() -> None:
    body = LEDE + "La secrétaire d'État à l'Égalité, Marlène Schiappa, n'a pas masqué sa colère."
    quote = only(run(body, SCHIAPPA))
    assert quote.speaker == "Marlène Schiappa" and quote.confidence < 0.75


def test_a_person_named_as_an_object_after_a_lede_quote_is_not_its_speaker() -> None:
    quote = only(run(LEDE + "Cette phrase a choqué Marlène Schiappa.", SCHIAPPA))
    assert quote.speaker is None


FAUVERGUE = [("Jean-Michel Fauvergue", "PER", "Jean-Michel Fauvergue")]
THIRD_PERSON_LEDE = "Une sortie qui a fait réagir.\n\n« Il faut oublier cette affaire Malik Oussekine ». "


def test_a_third_person_lede_quote_takes_the_titled_person_opening_the_next_sentence() -> None:
    body = THIRD_PERSON_LEDE + "Le député de Seine-et-Marne Jean-Michel Fauvergue a suscité de nombreuses réactions."
    quote = only(run(body, FAUVERGUE))
    assert quote.text == "Il faut oublier cette affaire Malik Oussekine"
    assert quote.speaker == "Jean-Michel Fauvergue"


def test_a_third_person_lede_quote_followed_by_no_person_is_still_dropped() -> None:
    assert run(THIRD_PERSON_LEDE + "Cette phrase a choqué Jean-Michel Fauvergue.", FAUVERGUE) == []


def test_a_third_person_quote_inside_a_paragraph_takes_no_lede_speaker() -> None:
    body = (
        "Une sortie qui a fait réagir. « Il faut oublier cette affaire Malik Oussekine ». "
        "Le député Jean-Michel Fauvergue a suscité de nombreuses réactions."
    )
    assert run(body, FAUVERGUE) == []


PARQUET = [("parquet de Lyon", "ORG", "parquet de Lyon"), ("Paul Martin", "PER", "Paul Martin")]


def test_a_legal_charge_after_a_judicial_word_is_no_quote() -> None:
    body = (
        "Le suspect a été mis en examen pour « assassinat et tentatives d'assassinat », a annoncé le parquet de "
        "Lyon. Il était déjà poursuivi notamment pour « vol en bande organisée » et « recel de vols aggravés ». "
        "Une enquête a été ouverte du chef d'« homicide involontaire »."
    )
    assert run(body, PARQUET) == []


def test_the_speaker_of_a_charge_sentence_still_leads_the_passage() -> None:
    body = (
        "Le suspect a été mis en examen pour « assassinat », a annoncé le parquet de Lyon. « Les juges ont saisi "
        "le juge des libertés », ajoute-t-il."
    )
    quote = only(run(body, PARQUET))
    assert quote.text.startswith("Les juges") and quote.speaker == "parquet de Lyon"


def test_words_after_pour_that_are_no_charge_stay_quotes() -> None:
    """A purpose ("pour « établir … »"), speech condemned ("a condamné des « propos … »"), a plain "pour"."""
    bodies = [
        "Une enquête a été ouverte pour « établir les responsabilités de chacun », a dit Paul Martin.",
        "Paul Martin a condamné des « propos irresponsables et stupides ».",
        "Paul Martin a plaidé pour « une justice plus rapide et plus humaine ».",
    ]
    for body in bodies:
        assert only(run(body, PARQUET)).speaker == "Paul Martin"


def test_a_subject_ends_before_its_auxiliary() -> None:
    """ "X a donc tenu à …", "X y va de son …": the speaker is X, not X and the clause after it."""
    people = [("Michel Sapin", "PER", "Michel Sapin"), ("Marylise Lebranchu", "PER", "Marylise Lebranchu")]
    quote = only(run("Michel Sapin a donc tenu à rappeler que la France « tiendra ses engagements ».", people))
    assert quote.speaker == "Michel Sapin" and quote.speaker_label == "PER"
    quote = only(run("Marylise Lebranchu y va également de son petit commentaire : « C'est indigne ».", people))
    assert quote.speaker == "Marylise Lebranchu"
    quote = only(run("La mairie a pour sa part tenu à minimiser l'incident : « Il n'y avait pas d'alcool ».", people))
    assert quote.speaker == "La mairie"


def test_a_relative_speaker_is_the_closest_noun_phrase_past_an_auxiliary() -> None:
    body = (
        "Les choses se seraient accélérées au cours de l'été à en croire un fidèle, qui explique que Jacques "
        "Chirac « n'était plus du tout lucide »."
    )
    assert only(run(body, [("Jacques Chirac", "PER", "Jacques Chirac")])).speaker == "un fidèle"


def test_a_capitalised_weekday_after_du_is_part_of_a_name() -> None:
    body = "Selon le Journal du Dimanche, Manuel Valls a usé de « pression psychologique » sur le président."
    assert only(run(body)).speaker == "le Journal du Dimanche"
    assert only(run("« Nous reprendrons le travail », a déclaré le maire dimanche.")).speaker == "le maire"


def test_a_standfirst_fragment_repeated_by_an_attributed_quote_takes_its_speaker() -> None:
    body = (
        'Ces masques seront "prioritairement distribués aux plus fragiles".\n'
        'Ces masques "seront prioritairement distribués aux plus fragiles : les plus de 70 ans", promet Paul Martin.'
    )
    quotes = run(body, MARTIN)
    assert quotes[0].text == "prioritairement distribués aux plus fragiles"
    assert {q.speaker for q in quotes} == {"Paul Martin"}
    assert quotes[0].confidence < quotes[1].confidence


def test_a_fragment_no_attributed_quote_repeats_stays_out() -> None:
    body = (
        'Ces masques seront "distribués aux plus fragiles dès lundi".\n'
        '"Nous en fabriquerons deux millions de plus", promet Paul Martin.'
    )
    assert [q.text for q in run(body, MARTIN)] == ["Nous en fabriquerons deux millions de plus"]


def test_a_repeated_title_is_not_given_a_speaker() -> None:
    body = (
        "Paul Martin était l'invité de l'émission \"On n'est pas couché\".\n"
        '"Je regarde On n\'est pas couché chaque samedi", a confié Paul Martin.'
    )
    assert [q.text for q in run(body, MARTIN)] == ["Je regarde On n'est pas couché chaque samedi"]


PREFECTURE = [("préfecture de police de Paris", "ORG", "préfecture de police de Paris")]


def test_the_forces_of_order_speak_for_the_police_body_named_before() -> None:
    body = (
        "La préfecture de police de Paris craint des violences dimanche. Les forces de l'ordre estiment qu'il "
        "existe un « risque de débordements » place de la République."
    )
    quote = only(run(body, PREFECTURE))
    assert quote.speaker == "préfecture de police de Paris"


def test_the_forces_of_order_are_no_body_that_is_not_the_police() -> None:
    body = (
        "La mairie de Lyon a fermé le parc. Les forces de l'ordre estiment qu'il existe un « risque de "
        "débordements » place Bellecour."
    )
    quote = only(run(body, [("mairie de Lyon", "ORG", "mairie de Lyon")]))
    assert quote.speaker != "mairie de Lyon"


def test_a_participle_after_an_inverted_incise_has_its_subject() -> None:
    body = (
        "Le chauffeur du camion qui a blessé quatre enfants a été mis en examen jeudi, a indiqué le parquet, "
        "précisant qu'il avait été « distrait par un câble » au volant."
    )
    quote = only(run(body))
    assert quote.speaker == "le parquet"


def test_a_participle_after_a_plain_clause_keeps_the_clause_subject() -> None:
    body = (
        "Paul Martin a quitté la réunion jeudi, dénonçant des accusations « sans fondement » de la part de "
        "ses adversaires."
    )
    quote = only(run(body, MARTIN))
    assert quote.speaker == "Paul Martin"


def test_a_participle_after_an_apposition_keeps_the_subject_before_it() -> None:
    body = (
        "Claire Dupont, avocate de la partie civile, a qualifié l'accusé de « prédateur », estimant que « si "
        "demain il est dehors, il recommence »."
    )
    quotes = run(body, DUPONT)
    assert [q.speaker for q in quotes if q.text.startswith("si demain")] == ["Claire Dupont"]
