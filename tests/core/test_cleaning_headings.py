"""Scraped sub-headings glued into the text, wire sign-offs and initials, newsletter boxes, author and video
widgets, HTML headings: each rule tested on both sides (the noise goes, similar real text stays)."""

from __future__ import annotations

import pytest

from pipeline.core.article import parse_article
from pipeline.core.records import Article

BEFORE = "Le gouvernement a présenté mercredi son projet de loi."
AFTER = "Les débats commenceront en mars à l'Assemblée nationale."


def parse(body: str, title: str = "Le titre") -> Article:
    art = parse_article("x.txt", f"{title}\n\n{body}".encode())
    assert isinstance(art, Article)
    return art


def removed_by(art: Article, rule: str) -> str:
    return " ".join(e.removed_text for e in art.edits if e.rule == rule)


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        # « » quoted heading glued to the sentence before.
        (
            "Le texte est adopté, se félicite-t-elle.« Beaucoup d'amertume » Les élus de l'opposition dénoncent un "
            "passage en force.",
            "Beaucoup d'amertume",
            ["se félicite-t-elle.", "Les élus de l'opposition dénoncent un passage en force."],
        ),
        # Quoted heading holding a relative clause, glued to the next sentence's quotation.
        (
            'Il a quitté la salle". "Une colère chez ceux qui travaillent la terre""Nous sommes épuisés", '
            "a lancé un éleveur.",
            "Une colère chez ceux",
            ['Il a quitté la salle".', '"Nous sommes épuisés", a lancé un éleveur.'],
        ),
        # Heading with a quotation inside, after a spaced sentence end, glued to the next sentence.
        (
            'Le maire a démissionné. Une "crise sans précédent" au conseilDes élections auront lieu en juin.',
            'Une "crise sans précédent" au conseil',
            ["Le maire a démissionné.", "Des élections auront lieu en juin."],
        ),
        # Heading ending on its quotation, glued to the sentence after it.
        (
            'Le maire a démissionné. Une "vague de départs""Personne ne s\'y attendait", confie un adjoint.',
            'Une "vague de départs"',
            ["Le maire a démissionné.", "confie un adjoint."],
        ),
        # Heading opening on a quotation, then a word, glued to the next sentence.
        (
            'Le maire a démissionné, a-t-il conclu. "Je quitterai la ville" demainLe conseil se réunira lundi.',
            '"Je quitterai la ville" demain',
            ["a-t-il conclu.", "Le conseil se réunira lundi."],
        ),
        # Heading glued to the sentence before and ending on a quotation, then a sentence opener.
        (
            'La tribune paraît lundi dans plusieurs journaux.Le ministre dénonce un "accord bancal" Dans ce texte, '
            "il réclame un vote.",
            'Le ministre dénonce un "accord bancal"',
            ["La tribune paraît lundi dans plusieurs journaux.", "Dans ce texte, il réclame un vote."],
        ),
        # Quoted heading glued on both sides, after a paragraph whose quotes do not pair up.
        (
            'Il a cité "un élu local, critique-t-il encore."J\'agace beaucoup les extrêmes"Le comédien a ensuite ri.',
            "J'agace beaucoup les extrêmes",
            ["critique-t-il encore.", "Le comédien a ensuite ri."],
        ),
        # Plain heading opening the paragraph, glued to the first sentence.
        (
            "Une enquête relancéeLes juges ont ordonné de nouvelles expertises.",
            "Une enquête relancée",
            ["Les juges ont ordonné de nouvelles expertises."],
        ),
        # A day and its time open the sentence after the heading.
        (
            "Le préfet a annoncé un renfort.Des gendarmes mobilisés dans tout le département Jeudi soir à Lyon, une "
            "centaine de personnes se sont rassemblées.",
            "Des gendarmes mobilisés dans tout le département",
            ["Le préfet a annoncé un renfort.", "Jeudi soir à Lyon, une centaine"],
        ),
        # Spaced after the sentence end, its closing quotation touching the next sentence's word.
        (
            "Il a réagi sur Twitter. Pour son avocat, c'est un \"scandale\"Le conseil de l'ordre doit se réunir.",
            'Pour son avocat, c\'est un "scandale"',
            ["Il a réagi sur Twitter.", "Le conseil de l'ordre doit se réunir."],
        ),
        # Ending on an acronym glued to a short word opening the next sentence.
        (
            'Le texte a été voté mardi. Une réforme jugée "trop timide" par le PSAu Sénat, les débats commencent.',
            'Une réforme jugée "trop timide" par le PS',
            ["Le texte a été voté mardi.", "Au Sénat, les débats commencent."],
        ),
        # A short question with no verb, spaced after a statement's end, glued to the next sentence.
        (
            "Le chantier a pris du retard. Un surcoût pour la commune ?Selon le maire, l'État devra compenser.",
            "Un surcoût pour la commune ?",
            ["Le chantier a pris du retard.", "Selon le maire, l'État devra compenser."],
        ),
        # Led by a quotation, glued on both sides (the next sentence's opener followed by a comma).
        (
            'Le texte sera discuté en janvier, promet le ministre."Trop tard", pour les syndicats de '
            "cheminotsPourtant, au sein de la majorité, certains s'inquiètent.",
            '"Trop tard", pour les syndicats de cheminots',
            ["promet le ministre.", "Pourtant, au sein de la majorité"],
        ),
        # A mark missing earlier in the paragraph: the last one closes a quotation, the heading is outside it.
        (
            'Il a demandé des mesures" pour ces "personnes" à Calais (Nord).Les associations inquiètes Depuis le '
            "démantèlement, les bénévoles s'organisent.",
            "Les associations inquiètes",
            ["Depuis le démantèlement, les bénévoles s'organisent."],
        ),
    ],
)
def test_glued_scraped_heading_is_removed(glued: str, heading: str, kept: list[str]) -> None:
    art = parse(f"{BEFORE}\n\n{glued}")
    assert heading not in art.body
    assert heading in removed_by(art, "subheading")
    for text in kept:
        assert text in art.body


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        (
            'Il a jugé le verdict trop clément". "LA MENACE RESTE TRÈS ÉLEVÉE" Par ailleurs, le procès a duré '
            "trois semaines.",
            "LA MENACE RESTE TRÈS ÉLEVÉE",
            ['trop clément".', "Par ailleurs, le procès a duré trois semaines."],
        ),
        (
            'Il a salué un homme "courageux"."UN VIRAGE DANS LA CAMPAGNE"Le candidat a ensuite répondu.',
            "UN VIRAGE DANS LA CAMPAGNE",
            ['un homme "courageux".', "Le candidat a ensuite répondu."],
        ),
        (
            'Le débat reste vif. 72% DES SONDÉS SE DISENT "INQUIETS" Le 3 mars, la ministre a tranché.',
            "72% DES SONDÉS",
            ["Le débat reste vif.", "Le 3 mars, la ministre a tranché."],
        ),
        (
            'Elle a été entendue. "LA RÉFORME NE PASSERA PAS" "Nous irons jusqu\'au bout", prévient-elle.',
            "LA RÉFORME NE PASSERA PAS",
            ["Elle a été entendue.", '"Nous irons jusqu\'au bout", prévient-elle.'],
        ),
        (
            'Il a parlé d\'une "menace". • UNE LOI QUI "CHANGE LA DONNE" "Nous verrons", a-t-il dit.',
            'UNE LOI QUI "CHANGE LA DONNE"',
            ['Il a parlé d\'une "menace".', '"Nous verrons", a-t-il dit.'],
        ),
        (
            "“LA DROITE, UNE FAMILLE DIVISÉE” Le président du parti a répondu aux critiques.",
            "LA DROITE, UNE FAMILLE DIVISÉE",
            ["Le président du parti a répondu aux critiques."],
        ),
        (
            "Le débat reste vif. LE PARTI, IMITATEUR DU FRONT NATIONALÀ la lire, le texte est clair.",
            "IMITATEUR DU FRONT NATIONAL",
            ["Le débat reste vif.", "À la lire, le texte est clair."],
        ),
    ],
)
def test_capitals_heading_is_removed(glued: str, heading: str, kept: list[str]) -> None:
    art = parse(f"{BEFORE}\n\n{glued}")
    assert heading not in art.body
    assert heading in removed_by(art, "subheading")
    for text in kept:
        assert text in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        # Speech: a quotation followed by its reporting verb or a comma.
        "« Nous défendrons cette liberté sans faiblir », justifie Paul Martin. « Rien ne changera » a-t-il dit.",
        'Le maire a démissionné. "Je quitterai la ville demain", a-t-il annoncé à ses adjoints.',
        'Le maire a démissionné. "Je quitterai la ville" a-t-il lancé devant le conseil.',
        # A quotation in the middle of a sentence, even with a missing space before it.
        'Il a parlé aux journalistes. Invitée dans l\'émission"Vive le sport" de Jean Martin, elle a souri.',
        # A sentence that lost its space, with a brand or an elided name.
        "Il travaille chez iPhone depuis 2019. Le groupe PlayStation a réagi.",
        "Le débat reste vif du côté d'iTélé ! Le lundi suivant, rien ne change.",
        # Capitals inside a sentence, and acronyms.
        "Le texte a été voté. SOS Racisme a salué la décision. L'ONU aussi.",
        'Le slogan "TOUS ENSEMBLE" a été repris, a-t-il noté. La CGT et FO ont défilé.',
        # Large numbers written with dots.
        "Le budget atteint 400.000 euros. Il sera voté en mars.",
        # A name in capitals opening a sentence whose verb is a one-letter word: not a heading cut before its last
        # letter ("LE PETIT VIGILAN" + "T a publié").
        "Le débat reste vif. LE PETIT VIGILANT a publié mardi une enquête.",
        'Il a lancé une pétition. "RENDEZ-NOUS GRIBOUILLE adopté illégalement", écrit-elle.',
        "Le concept L'ID. SPACE VIZZION a été dévoilé hier.",
    ],
)
def test_real_sentences_are_not_headings(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}")
    assert "subheading" not in {e.rule for e in art.edits}
    for word in sentence.replace(".", " ").split():
        assert word.strip('"«»“”,!') in art.body


def test_standalone_heading_line_between_paragraphs_is_removed() -> None:
    art = parse(f"{BEFORE}\n\nUne affaire toujours en suspens\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_html_heading_is_removed_even_with_a_question_mark() -> None:
    art = parse(f"<p>{BEFORE}</p>\n<h2>Une décision attendue lundi ?</h2>\n<p>{AFTER}</p>")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Une décision attendue lundi ?" in removed_by(art, "subheading")


def test_standfirst_in_a_heading_tag_is_kept() -> None:
    lead = "Le projet de loi sera examiné en mars par les députés."
    art = parse(f"<h2>{lead}</h2>\n<p>{AFTER}</p>")
    assert lead in art.body


def test_short_question_paragraph_without_tags_is_kept() -> None:
    art = parse(f"{BEFORE}\n\nPourquoi maintenant ?\n\n{AFTER}")
    assert "Pourquoi maintenant ?" in art.body


@pytest.mark.parametrize(
    "signoff",
    [
        "(Avec Julie Martin à Rome et Paul Durand à Madrid; version française Anne Petit, édité par Marc Leroy)",
        "(Reportage Julie Martin et Paul Durand à Madrid, édité par Marc Leroy)",
        "(Reportage de Julie Martin à Rome et de Paul Durand à Madrid; édité par Marc Leroy)",
        "(Avec la contribution de Julie Martin à Rome; version française Anne Petit)",
    ],
)
def test_wire_signoff_with_several_reporters_is_removed(signoff: str) -> None:
    art = parse(f"{BEFORE}\n\n{signoff}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Julie Martin" in removed_by(art, "byline")


def test_wire_signoff_glued_to_the_last_sentence_is_removed() -> None:
    signoff = "(Avec Julie Martin à Rome et Paul Durand à Madrid; version française Anne Petit, édité par Marc Leroy)"
    art = parse(f'{BEFORE}\n\nIl a promis "un accord rapide".{signoff}')
    assert art.body == f'{BEFORE}\n\nIl a promis "un accord rapide".'
    assert signoff in removed_by(art, "byline")


@pytest.mark.parametrize(
    "text",
    [
        "Le texte sera voté en juin. (Avec Julie Martin à Rome, il a signé un accord.)",
        "Le texte sera voté en juin. (Jean Dupont)",
        "(Avec Julie Martin à Rome, il a signé un accord qui sera ratifié en juin.)",
        "(Avec la contribution de la ville de Lyon et de la région, le projet avance.)",
    ],
)
def test_real_parenthesis_with_names_is_kept(text: str) -> None:
    art = parse(f"{BEFORE}\n\n{text}\n\n{AFTER}")
    assert text in art.body


@pytest.mark.parametrize("tail", ["abc/de/fgh", "bur-sw/ob", "jlp/cb", "ab-cd-efg/hi/jk/lm/no/pq"])
def test_editors_initials_glued_to_the_last_sentence_are_removed(tail: str) -> None:
    art = parse(f'{BEFORE}\n\nIl a promis "un deuxième volume".{tail}')
    assert art.body == f'{BEFORE}\n\nIl a promis "un deuxième volume".'
    assert tail in removed_by(art, "byline")


@pytest.mark.parametrize(
    "text",
    [
        "Le rapport est en ligne sur www.exemple.fr/doc/rapport",
        "Les horaires sont affichés. et/ou modifiés",
        "Il a choisi la voie et/ou le bus.",
    ],
)
def test_urls_and_lowercase_words_are_not_initials(text: str) -> None:
    art = parse(f"{BEFORE}\n\n{text}")
    assert text in art.body


def test_newsletter_box_is_removed() -> None:
    box = "LA LETTRE ÉCO\nChaque matin, l'essentiel de la vie économique dans votre boîte mail.\nJe m'inscris"
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n{box}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_sentence_about_a_letter_or_a_mailbox_is_kept() -> None:
    text = "Chaque matin, il trouve l'essentiel de son courrier dans sa boîte aux lettres."
    art = parse(f"{BEFORE}\n\n{text}\n\nLa lettre du ministre a été publiée jeudi.\n\n{AFTER}")
    assert text in art.body and "La lettre du ministre a été publiée jeudi." in art.body


def test_follow_author_widget_is_removed() -> None:
    art = parse(f"Par Julie Martin\n+ Suivre cet auteur\n\n{BEFORE}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_follow_in_a_sentence_is_kept() -> None:
    text = "Il faudra suivre cet auteur de près, estime la critique."
    art = parse(f"{BEFORE}\n\n{text}")
    assert text in art.body


def test_comment_prompt_with_login_is_removed() -> None:
    art = parse(f"{BEFORE}\n\n{AFTER}\n\n12 réactions · Donnez votre avis, connectez-vous pour commenter")
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_video_title_and_channel_under_the_player_are_removed() -> None:
    widget = "Vidéo\n.player{width:100%}\nLes images de la manifestation\nChaîne Exemple"
    art = parse(f"{BEFORE}\n\n{widget}\n\n{AFTER}")
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "Chaîne Exemple" in removed_by(art, "video_embed")


def test_text_after_a_player_line_is_kept() -> None:
    text = "Les images de la manifestation ont été vues des milliers de fois."
    art = parse(f"{BEFORE}\n\nVidéo\n{text}\nLe préfet a réagi.\n\n{AFTER}")
    assert text in art.body and "Le préfet a réagi." in art.body


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        # Glued with no space on both sides, with a verb in it, ending on a number or a capitalised name.
        (
            "Le conseil a siégé jusqu'à minuit.Le préfet ignorait tout du contrat signé en 2021Cette convention "
            "liait la ville à un promoteur.",
            "Le préfet ignorait tout du contrat signé en 2021",
            ["Le conseil a siégé jusqu'à minuit.", "Cette convention liait la ville à un promoteur."],
        ),
        (
            "La syndicaliste a prévenu : « Nous irons jusqu'au bout. »12 000 grévistes dans toute la BretagneLes "
            "cortèges ont défilé dans le calme.",
            "12 000 grévistes dans toute la Bretagne",
            ["Nous irons jusqu'au bout. »", "Les cortèges ont défilé dans le calme."],
        ),
        (
            "La piste a été rouverte samedi.Une longue bataille pour la commune d'AnnecyD'après le maire, rien "
            "n'est réglé.",
            "Une longue bataille pour la commune d'Annecy",
            ["La piste a été rouverte samedi.", "D'après le maire, rien n'est réglé."],
        ),
        # Ending on a year glued to any capitalised word (no sentence of the text runs a year into a word).
        (
            "La prime sera versée en janvier.Pas de hausse des tarifs en 2019Interrogé sur le coût, le PDG a répondu.",
            "Pas de hausse des tarifs en 2019",
            ["La prime sera versée en janvier.", "Interrogé sur le coût, le PDG a répondu."],
        ),
        # Glued to a sentence opening on "À".
        (
            "Le cortège rejoindra la place de la Nation.Des arrêtés anti-manifestationsÀ Paris, un arrêté a été pris.",
            "Des arrêtés anti-manifestations",
            ["la place de la Nation.", "À Paris, un arrêté a été pris."],
        ),
        # A heading in capitals glued to a sentence opening on "À": the "À" is the sentence's ("DÉJÀ" is a word).
        (
            "Les agents patrouillent le soir. LA POLICE DÉJÀ SUR LE TERRAINÀ partir de lundi, les rondes doubleront.",
            "LA POLICE DÉJÀ SUR LE TERRAIN",
            ["Les agents patrouillent le soir.", "À partir de lundi, les rondes doubleront."],
        ),
        # Glued to the sentence end before it and to the next sentence's opening quotation: a verb in it too.
        (
            'selon la procureure de Lorient.Sa famille l\'appelle à se rendre"Il a fait une bêtise", dit sa mère.',
            "Sa famille l'appelle à se rendre",
            ["selon la procureure de Lorient.", '"Il a fait une bêtise", dit sa mère.'],
        ),
        # A short question glued on both sides.
        (
            "Le chantier a pris deux ans de retard.Qui va payer ?Selon la mairie, l'État devra compenser.",
            "Qui va payer ?",
            ["Le chantier a pris deux ans de retard.", "Selon la mairie, l'État devra compenser."],
        ),
        (
            "Les secours sont restés sur place toute la nuit.Que s'est-il passé?Dans la rue, la colère monte.",
            "Que s'est-il passé?",
            ["toute la nuit.", "Dans la rue, la colère monte."],
        ),
        # A heading opening the paragraph with a number, glued to the first sentence.
        (
            "40°C prévus dans la vallée rhodanienneL'alerte rouge est déclenchée.",
            "40°C prévus dans la vallée rhodanienne",
            ["L'alerte rouge est déclenchée."],
        ),
    ],
)
def test_heading_glued_on_both_sides_is_removed(glued: str, heading: str, kept: list[str]) -> None:
    art = parse(f"{BEFORE}\n\n{glued}")
    assert heading not in art.body
    assert heading in removed_by(art, "subheading")
    for text in kept:
        assert text in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        # A brand in camel case after a glued sentence end.
        "La batterie tient une journée.Esthétiquement enfin, le OnePlus 8 se présente en noir.",
        # A question inside a quotation glued to the next sentence.
        "Il rêve que chaque ministre entende la question: \"Qu'avez-vous fait aujourd'hui?\"Cette idée a plu.",
        'Il chante :"Veux-tu goûter à mes fruits?"Tout le monde rit.',
        # A question with a space after it, a decimal number, an initial.
        "Le chantier a pris du retard.Qui va payer ? Selon la mairie, l'État devra compenser.",
        "Le coût atteint 2.5 millions par anLe reste est financé par la région.",
        "Il a rencontré M.Le Guen mardi.",
        # A programme's title holding a day, after a sentence of the text.
        "Il a parlé de la crise. Invité de l'émission Dimanche en politique sur France 3, le maire a répondu.",
        # A sentence that lost its full stop: many words outside its quotation, or a stop inside it.
        'Les trains circulent. Les lignes 2 et 10 fonctionneront elles "sur les horaires normaux"La RATP prévient.',
        'Ils sont amis. Ce à quoi le président avait répondu "Bien sûr !"Les deux hommes se voient souvent.',
        # A question of the text: with its verb, after another question, or going on with a conjunction.
        "Le suspect a fui. Aurait-il pu s'échapper ?Les enquêteurs en doutent.",
        "Où sont-elles ? Disparues en mer ?Le HCR recense les morts.",
        "Ils étaient bien cachés. Ou bien gardés ?Les sénateurs ont cherché longtemps.",
        # A quotation going on in the sentence after a glued stop is no heading led by a quotation.
        'Il a parlé.« Nous verrons », a-t-il dit, "Trop tard", pour les syndicats de cheminots.',
        # A quotation left open: what follows is inside it.
        'Il a dit : "Nous verrons.Les associations inquiètes Depuis le démantèlement, rien ne change", a-t-il dit.',
    ],
)
def test_real_text_glued_around_is_not_a_heading(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}")
    assert "subheading" not in {e.rule for e in art.edits}


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        (
            "Il a suivi l'avis de son médecin.Une fatigue devenue trop lourde Le chauffeur de 52 ans a quitté le "
            "mouvement.",
            "Une fatigue devenue trop lourde",
            ["Il a suivi l'avis de son médecin.", "Le chauffeur de 52 ans a quitté le mouvement."],
        ),
        (
            "La justice s'était saisie du dossier.Le maire contre-attaque Lors de leur enquête, les magistrats ont "
            "tout vérifié.",
            "Le maire contre-attaque",
            ["La justice s'était saisie du dossier.", "Lors de leur enquête, les magistrats ont tout vérifié."],
        ),
    ],
)
def test_heading_glued_before_and_spaced_before_a_sentence_opener_is_removed(
    glued: str, heading: str, kept: list[str]
) -> None:
    art = parse(f"{BEFORE}\n\n{glued}")
    assert heading not in art.body
    for text in kept:
        assert text in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a suivi les conseils.Une victoire nette face à Le Pen au second tour.",
        "Il a suivi les conseils.Un candidat soutenu par Les Républicains a été désigné.",
        "Il a suivi les conseils.Une réunion est prévue mardi Le maire viendra.",
        # Spaced after the sentence end, a run before "Le chauffeur" is a heading too (test_cleaning_unseen.py); an
        # opener that opens a name in apposition is not.
        "Il a suivi les conseils. Selon le quotidien L'équipe, le chauffeur est parti.",
        "Il a suivi les conseils. Il a vu à la télévision le film Le grand bain hier soir.",
    ],
)
def test_real_sentences_before_a_capitalised_word_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}")
    assert "subheading" not in {e.rule for e in art.edits}


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        # A bullet-led heading after a sentence end, its last word glued to the next sentence.
        (
            f"{BEFORE}• Des départements qui pourraient passer au vertPour l'heure, quatre régions sont en rouge.",
            "Des départements",
            "Pour l'heure, quatre régions sont en rouge.",
        ),
        # Opening the paragraph; a numbered one.
        (
            "• Port du masqueDifficulté à respirer, petits boutons : les plaintes se multiplient.",
            "Port du masque",
            "Difficulté à respirer, petits boutons : les plaintes se multiplient.",
        ),
        (f"{BEFORE} 3• Supprimer les frais bancairesSelon l'association, ils coûtent cher.", "Supprimer", "Selon l'"),
        # Standing alone between two sentences once the break is restored.
        (
            f"{BEFORE}\n\nSortir ?par BFMTV• Le masque obligatoire au travail\n\nEn entreprise, il est requis.",
            "Le masque obligatoire",
            "En entreprise, il est requis.",
        ),
    ],
)
def test_a_bullet_led_glued_heading_is_removed(glued: str, heading: str, kept: str) -> None:
    art = parse(glued)
    assert heading not in art.body and heading in removed_by(art, "subheading")
    assert kept in art.body


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # A timeline's entry (a date and a colon): text, only cut from the sentence glued to it.
        (
            f"{BEFORE}• 5 novembre 1984 : Bernard Laroche inculpéBernard Laroche, un cousin, est arrêté.",
            [BEFORE, "• 5 novembre 1984 : Bernard Laroche inculpé", "Bernard Laroche, un cousin, est arrêté."],
        ),
        # Items of a list after a word: kept, the last one cut from the next sentence.
        (
            "Les prix sont fixés : • 1,76 euro pour 50 ml• 2,64 euros pour 100 ml • 4,40 euros le litreCe texte dure.",
            [
                "Les prix sont fixés : • 1,76 euro pour 50 ml• 2,64 euros pour 100 ml • 4,40 euros le litre",
                "Ce texte dure.",
            ],
        ),
        # A sentence after a bullet is no heading.
        (
            f"{BEFORE}• Le gouvernement a décidé de reporter la réformeIl l'a annoncé mardi.",
            [BEFORE, "• Le gouvernement a décidé de reporter la réforme", "Il l'a annoncé mardi."],
        ),
        # A list of short items between sentences, and a timeline entry alone: kept.
        (
            f"{BEFORE}\n\n• La baisse de la TVA\n\n• La hausse des retraites\n\n{AFTER}",
            [BEFORE, "• La baisse de la TVA", "• La hausse des retraites", AFTER],
        ),
        (
            f"{BEFORE}\n\n• 20 août : les écologistes ouvrent le bal\n\n{AFTER}",
            [BEFORE, "• 20 août : les écologistes ouvrent le bal", AFTER],
        ),
        ("Il a acheté un • iPhone 8 à Noël.", ["Il a acheté un • iPhone 8 à Noël."]),
    ],
)
def test_a_bullet_list_item_is_kept_on_its_own_line(text: str, paragraphs: list[str]) -> None:
    assert parse(text).body.split("\n\n") == paragraphs


def test_a_sentence_glued_to_the_next_one_s_first_word_is_cut_there() -> None:
    long = "Le ministre a rappelé que la réforme serait présentée au Parlement avant la fin de l'année"
    art = parse(f"{long}Les syndicats appellent à la grève.")
    assert art.body.split("\n\n") == [long, "Les syndicats appellent à la grève."]


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        # Opening the paragraph: cut from the next sentence, it stands alone between sentences.
        (f"{BEFORE}\n\nUn financement négociéSelon le site, le groupe a payé.", "Un financement", "Selon le site"),
        # A number opening a heading glued to a sentence end ("620.000", not a decimal).
        (
            "Ils ont vacciné en France.620.000 personnes se sont fait vacciner en pharmacieUne bonne nouvelle.",
            "620.000 personnes",
            "Une bonne nouvelle.",
        ),
        # Other list markers than a bullet.
        (
            f"{BEFORE} ► Des sénateurs tirés au sortToujours dans ce volet, il prévoit un tirage.",
            "sénateurs",
            "Toujours",
        ),
        (f"{BEFORE} > Le gaz moins cherLes tarifs réglementés du gaz baissent.", "Le gaz moins cher", "Les tarifs"),
    ],
)
def test_a_heading_glued_to_a_sentence_opener_is_removed(glued: str, heading: str, kept: str) -> None:
    art = parse(glued)
    assert heading not in art.body and heading in removed_by(art, "subheading")
    assert kept in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        "Les compagnies British Airways, easyJet et Ryanair ont dénoncé la mesure.",
        "Ils ne défendent pas la #libertéPresse comme nous.",
        "Le sondage de l'institut OpinionWay le montre.",
        # A space missing after a preposition: one sentence, no heading before the name.
        "Ce texte très cash a d'ailleurs été lu parCyril Hanouna à la jeune femme.",
        "La vente est organisée parLes Domaines de l'État.",
    ],
)
def test_camel_case_inside_a_sentence_is_no_glue(sentence: str) -> None:
    art = parse(f"{BEFORE} {sentence}")
    assert art.body == f"{BEFORE} {sentence}"


def test_a_line_holding_a_sentence_before_a_glued_heading_is_kept() -> None:
    line = "Les cantines seront également rouvertes.+ Masques obligatoires au lycée"
    art = parse(f"{BEFORE}\n\n{line}Le port du masque sera obligatoire.")
    assert art.body == f"{BEFORE}\n\n{line}\n\nLe port du masque sera obligatoire."


def test_a_line_run_on_after_a_spaced_sentence_end_gets_a_space_not_a_new_paragraph() -> None:
    # The paragraph's context (who speaks in it) stays whole; only the glued words are set apart.
    art = parse(f"{BEFORE} Objectif : prolonger le dialogue entamé l'été dernierCette invitation a été faite mardi.")
    assert (
        art.body
        == f"{BEFORE} Objectif : prolonger le dialogue entamé l'été dernier Cette invitation a été faite mardi."
    )


@pytest.mark.parametrize(
    ("glued", "paragraphs"),
    [
        # A question or exclamation mark after a number or a one-letter word still ends its sentence.
        (
            "Quelles sont les mesures prises au stade 3 ?Des mesures étaient déjà en vigueur.",
            ["Quelles sont les mesures prises au stade 3 ?", "Des mesures étaient déjà en vigueur."],
        ),
        ("Le club remonte en Ligue 2 !Incroyable saison.", ["Le club remonte en Ligue 2 !", "Incroyable saison."]),
        # Not a URL's query, nor an initial's full stop.
        ("Voir https://exemple.fr/page?Id=3 pour le détail.", ["Voir https://exemple.fr/page?Id=3 pour le détail."]),
        ("Il a vu J.Dupont mardi.", ["Il a vu J.Dupont mardi."]),
    ],
)
def test_a_question_glued_to_the_next_sentence_after_a_number_is_cut(glued: str, paragraphs: list[str]) -> None:
    assert parse(glued).body.split("\n\n") == paragraphs


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        # Spaced after the sentence end, glued to the next sentence's opener, ending on a name or an acronym.
        (
            'Il a dénoncé des "méthodes scandaleuses". Les excuses du préfet MarchandDans un communiqué diffusé '
            "mardi, le préfet a regretté ses propos.",
            "Les excuses du préfet Marchand",
            ['Il a dénoncé des "méthodes scandaleuses".', "Dans un communiqué diffusé mardi"],
        ),
        (
            "Le texte a été rejeté par 40 voix. Une commission d'enquête réclamée par le PCFLe groupe communiste "
            "a déposé une proposition de résolution.",
            "Une commission d'enquête réclamée par le PCF",
            ["Le texte a été rejeté par 40 voix.", "Le groupe communiste a déposé"],
        ),
        # Ending on a year.
        (
            "Le chantier a pris du retard. Une livraison prévue en 2024L'entreprise a confirmé le calendrier.",
            "Une livraison prévue en 2024",
            ["Le chantier a pris du retard.", "L'entreprise a confirmé le calendrier."],
        ),
    ],
)
def test_heading_spaced_before_and_glued_to_a_sentence_opener_is_removed(
    glued: str, heading: str, kept: list[str]
) -> None:
    art = parse(f"{BEFORE}\n\n{glued}")
    assert heading not in art.body
    assert heading in removed_by(art, "subheading")
    for text in kept:
        assert text in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        # A sentence that lost its full stop, with a verb: no heading.
        "Le maire a tranché. Le vote est reporté à avril selon LRDans la foulée, l'opposition a protesté.",
        "Le maire a tranché. Les élus ont voté contre le projet de MacronDans la foulée, l'opposition a protesté.",
        # A model's name glued to a word, an initial, a camel-case brand.
        "La gamme s'élargit. Cette BMW X1 xDrive25Le est capable de couvrir 110 kilomètres.",
        "Il a suivi les conseils. Il a rencontré le député M.Le Guen mardi.",
        "Le lancement est prévu. Le réseau social TikTokLes jeunes l'adorent.",
    ],
)
def test_real_sentences_spaced_and_glued_to_an_opener_are_kept(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}")
    assert "subheading" not in {e.rule for e in art.edits}, art.edits


def test_a_quoted_heading_opening_a_paragraph_glued_to_the_next_sentence_is_removed() -> None:
    """Once the furniture between it and the sentence before is removed, the heading opens a paragraph."""
    art = parse(f"{BEFORE}\n\n\"On dirait qu'on vient de faire 'Bankser'\"C'est une première, a réagi la maison.")
    assert removed_by(art, "subheading") == "\"On dirait qu'on vient de faire 'Bankser'\""
    assert art.body.endswith("C'est une première, a réagi la maison.")


def test_a_quotation_opening_a_paragraph_spaced_from_the_next_sentence_is_kept() -> None:
    text = '"Nous ne lâcherons rien" Les grévistes ont répété ce slogan toute la journée.'
    art = parse(f"{BEFORE}\n\n{text}")
    assert text in art.body


@pytest.mark.parametrize(
    ("para", "heading"),
    [
        # A heading opening on a number, glued to the sentence end before it and to an opening quote.
        (
            'Il est rentré chez lui, ajoute le jeune homme.98% de patients guéris"Je ne veux pas paniquer", dit-elle.',
            "98% de patients guéris",
        ),
        # Spaced after the sentence end, glued to the next sentence's quoted subject.
        (
            'Le couple serait âgé de soixante ans. La piste du drame familial"Des écrits" consultés par les '
            "enquêteurs le laissent penser.",
            "La piste du drame familial",
        ),
        # After a quotation closed before its full stop (an account's handle in it), glued to a day.
        (
            'Le ministre a réagi. "Inacceptable. @Journal".Des affiches retirées à ValenceDimanche, le journal a '
            "dénoncé une campagne.",
            "Des affiches retirées à Valence",
        ),
    ],
)
def test_heading_glued_on_a_number_a_quote_or_a_day_goes(para: str, heading: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert heading in removed_by(art, "subheading")
    assert heading not in art.body


@pytest.mark.parametrize(
    "para",
    [
        # A decimal number is no heading's start.
        "La croissance atteint 2.5 millions de foyers équipés cette année, selon le ministère.",
        # A work's title glued to the noun naming it: one sentence with a missing space.
        'Il a multiplié les interviews. Invitée dans l\'émission"Le Grand Journal" de la chaîne, elle a parlé.',
        # An account's address: no sentence end before the capital.
        "Écrivez à contact@journal.Dimanche le service répond.",
    ],
)
def test_near_miss_sentences_stay(para: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


def test_a_quoted_heading_naming_whom_the_passage_names_goes() -> None:
    para = (
        'Elle reconnaît "un signal politique". "Valérie Martin ne supporte pas d\'être minoritaire" Quant au départ '
        "de Valérie Martin du parti, elle le regrette."
    )
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "ne supporte pas" in removed_by(art, "subheading")
    assert "Quant au départ de Valérie Martin du parti" in art.body


def test_a_quotation_said_once_naming_no_one_again_stays() -> None:
    para = 'Le maire a défendu son projet. "Une ville plus verte pour Valérie" Quant au budget, il reste flou.'
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert not removed_by(art, "subheading")


def test_a_long_verbless_question_glued_on_both_sides_is_a_heading() -> None:
    body = (
        "Les enquêteurs ont perquisitionné son domicile.Le conducteur arrêté, un geste préparé depuis des mois "
        "dans le quartier ?Le parquet a indiqué mardi que l'homme était connu des services."
    )
    art = parse(body)
    assert "un geste préparé depuis des mois" in removed_by(art, "subheading")
    assert "Le parquet a indiqué mardi" in art.body


def test_a_long_glued_question_with_a_clause_word_stays_in_the_text() -> None:
    body = (
        "Les enquêteurs ont perquisitionné son domicile.Pourquoi le conducteur a-t-il attendu si longtemps avant "
        "de se rendre à la police ?Le parquet a indiqué mardi que l'homme était connu des services."
    )
    art = parse(body)
    assert "attendu si longtemps" in art.body


def test_an_interviewers_long_question_before_a_quoted_answer_stays_in_the_text() -> None:
    body = (
        "Il dirige la base depuis deux ans.L'absence de contact avec les autres équipes rend-elle plus dur "
        'l\'hiver polaire?"Nous sommes bien préparés", répond-il.'
    )
    art = parse(body)
    assert "rend-elle plus dur" in art.body


def test_a_pull_quote_glued_to_the_next_sentence_and_repeated_in_the_text_goes_once() -> None:
    body = (
        "Les secours sont arrivés vite. Le corps de la victime a été retiré vers 7 heures du matinLa fusillade a "
        "eu lieu dans une rue piétonne.\n\nLes policiers ont bouclé le secteur. Le corps de la victime a été retiré "
        "vers 7 heures du matin, a précisé la préfecture."
    )
    art = parse(body)
    assert art.body.count("Le corps de la victime a été retiré vers 7 heures du matin") == 1
    assert "du matin, a précisé la préfecture." in art.body


def test_a_sentence_glued_to_the_next_one_and_said_once_stays() -> None:
    body = (
        "Les secours sont arrivés vite. Le corps de la victime a été retiré vers 7 heures du matinLa fusillade a "
        "eu lieu dans une rue piétonne.\n\nLes policiers ont bouclé le secteur, a précisé la préfecture."
    )
    art = parse(body)
    assert "Le corps de la victime a été retiré vers 7 heures du matin" in art.body


@pytest.mark.parametrize(
    ("glued", "heading", "kept"),
    [
        # A heading spaced after the sentence end, glued to the number opening the next sentence.
        (
            "Il a égrené les conditions de la reprise. Soutien scolaire gratuit pendant l'été4% des élèves ont "
            "décroché pendant le confinement.",
            "Soutien scolaire gratuit pendant l'été",
            ["conditions de la reprise.", "4% des élèves ont décroché"],
        ),
        (
            "Le musée a rouvert ses portes.Des souvenirs bien présents75 ans après leur séparation, les deux "
            "sœurs se retrouvent.",
            "Des souvenirs bien présents",
            ["a rouvert ses portes.", "75 ans après leur séparation"],
        ),
        # Holding a short quotation, glued to the number opening the next sentence.
        (
            'Le préfet a détaillé son dispositif.Le mouvement des "gilets jaunes" partagé8.000 policiers seront '
            "mobilisés samedi.",
            'Le mouvement des "gilets jaunes" partagé',
            ["son dispositif.", "8.000 policiers seront mobilisés"],
        ),
        # An AFP-style heading between dashes, quoted with single marks, glued to the sentences around it.
        (
            "L'éducation est le meilleur outil, affirme-t-il.- 'Rêves brisés' -Shir Ahmad voulait de son côté partir.",
            "- 'Rêves brisés' -",
            ["affirme-t-il.", "Shir Ahmad voulait de son côté partir."],
        ),
        # A heading ending on an acronym, glued to the next sentence's opening quotation.
        (
            "Elle l'a dit sur Radio Classique.Le RN plus fort que le LFI\"C'est la raison pour laquelle LFI "
            'recule", a-t-elle ajouté.',
            "Le RN plus fort que le LFI",
            ["sur Radio Classique.", '"C\'est la raison pour laquelle LFI recule"'],
        ),
        # A two-word heading glued to the opening quotation.
        (
            'Le procureur a fait le point mardi.Santé fragile"À ce stade, on ne peut pas établir de lien", a-t-il dit.',
            "Santé fragile",
            ["fait le point mardi.", '"À ce stade'],
        ),
    ],
)
def test_heading_glued_to_a_number_or_a_quotation_is_removed(glued: str, heading: str, kept: list[str]) -> None:
    art = parse(f"{BEFORE}\n\n{glued}\n\n{AFTER}")
    assert heading in removed_by(art, "subheading")
    assert heading not in art.body
    for text in kept:
        assert text in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        # A product's name with its number ("Track25"), an address ("flightradar24.com"): no heading.
        "La voiture a été présentée jeudi.Quatrième modèle du business plan Track25 de McLaren, elle sort en mai.",
        "L'avion a disparu des radars. Des données recueillies par le site flightradar24.com montrent sa chute.",
        # A quoted phrase going on with the sentence, a quotation's first words.
        'La foule s\'est rassemblée.Les manifestants acclamaient Macron"Vive le président", ou "Merci".',
        "Il s'est interrogé. \"Me faire élire à Barcelone, c'est symboliser l'Europe\"Et l'option est possible.",
    ],
)
def test_number_or_quotation_glued_in_a_sentence_is_no_heading(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


def test_heading_ending_on_an_acronym_glued_to_a_name_is_removed() -> None:
    glued = (
        "Le syndicat a dénoncé une provocation.La colère du RNJean Dupont demande de son côté l'examen des images "
        "de vidéosurveillance."
    )
    art = parse(f"{BEFORE}\n\n{glued}\n\n{AFTER}")
    assert removed_by(art, "subheading") == "La colère du RN"
    assert "une provocation." in art.body
    assert "Jean Dupont demande de son côté" in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        # A name in camel case made of an acronym and a word (camel_names.txt).
        "Le marché a reculé.La banque américaine JPMorgan a annoncé un bénéfice record au troisième trimestre.",
        # An acronym spaced from the name after it: one sentence.
        "Le marché a reculé.La colère du RN Jean Dupont la partage depuis longtemps, a-t-il assuré.",
    ],
)
def test_acronym_before_a_name_in_a_sentence_is_no_heading(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


@pytest.mark.parametrize(
    ("para", "heading", "kept"),
    [
        # Spaced after a sentence end, a verb in it, before a connective and its comma.
        (
            "Le préfet a publié un arrêté. Le maire n'y croit pas Toutefois, selon son entourage, il pourrait céder.",
            "Le maire n'y croit pas",
            ["Le préfet a publié un arrêté.", "Toutefois, selon son entourage, il pourrait céder."],
        ),
        # Opening on a decimal number, with a comma in it.
        (
            "La hausse des prix se confirme. 3,2 millions de foyers concernés, surtout en ville Par ailleurs, le "
            "gouvernement prévoit une aide.",
            "3,2 millions de foyers concernés, surtout en ville",
            ["La hausse des prix se confirme.", "Par ailleurs, le gouvernement prévoit une aide."],
        ),
        # Glued to the sentence end, opening on a number with a thousands separator.
        (
            "Le budget a été voté, a-t-il dit.15.000 postes supprimés En revanche, les hôpitaux recrutent.",
            "15.000 postes supprimés",
            ["Le budget a été voté, a-t-il dit.", "En revanche, les hôpitaux recrutent."],
        ),
        # Glued to the connective.
        (
            "Le nombre de lits va passer à 8.000, a-t-il indiqué. Suivi dans les écolesDésormais, 300 classes sont "
            "fermées.",
            "Suivi dans les écoles",
            ["a-t-il indiqué.", "Désormais, 300 classes sont fermées."],
        ),
        # Opening the paragraph.
        (
            "Une rentrée sous tension Cependant, les syndicats restent prudents sur la suite.",
            "Une rentrée sous tension",
            ["Cependant, les syndicats restent prudents sur la suite."],
        ),
    ],
)
def test_a_heading_before_a_connective_and_its_comma_is_removed(para: str, heading: str, kept: list[str]) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert removed_by(art, "subheading").strip() == heading
    for text in kept:
        assert text in art.body


@pytest.mark.parametrize(
    "para",
    [
        # Inside a quotation that lost its punctuation.
        '"Nous avons travaillé dur Toutefois, rien n\'est acquis", a déclaré le maire.',
        # After an initial: the full stop ends no sentence.
        "Il a rencontré M. Jean Martin Cependant, rien n'a filtré de leur échange.",
        # Ending on a function word: a sentence cut, no heading.
        "Le texte a été soumis au vote des élus de Toutefois, la séance a été suspendue.",
    ],
)
def test_real_text_before_a_capitalised_connective_is_kept(para: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "subheading" not in {e.rule for e in art.edits}, art.edits


@pytest.mark.parametrize(
    ("para", "heading"),
    [
        (
            "Le maire veut agir vite. 120 bornes, une par quartierFace à la demande, la ville investit.",
            "120 bornes, une par quartier",
        ),
        (
            'Le maire veut agir vite. 15.000 "alertes" pour prévenir la policeLa ville a signé un contrat.',
            '15.000 "alertes" pour prévenir la police',
        ),
    ],
)
def test_a_spaced_heading_opening_on_a_number_glued_to_the_next_sentence_is_removed(para: str, heading: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert removed_by(art, "subheading") == heading
    assert "Le maire veut agir vite." in art.body


def test_a_heading_glued_to_a_video_credit_is_removed_with_it() -> None:
    para = (
        'Le ministre a confirmé la date. Réforme : "Nous ne reculerons pas", assure la ministre (LREM)par '
        'franceinfoUne réunion pour "trancher" les derniers points Cette réunion devra permettre de conclure.'
    )
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert removed_by(art, "subheading").strip() == 'Une réunion pour "trancher" les derniers points'
    assert "par franceinfo" in removed_by(art, "video_embed")
    assert "Le ministre a confirmé la date." in art.body
    assert "Cette réunion devra permettre de conclure." in art.body


def test_a_sentence_glued_to_a_video_credit_is_kept() -> None:
    para = (
        'Le ministre a confirmé la date. Réforme : "Nous ne reculerons pas", assure la ministre (LREM)par '
        "franceinfoLe gouvernement a confirmé mardi la date du vote."
    )
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "Le gouvernement a confirmé mardi la date du vote." in art.body
    assert "subheading" not in {e.rule for e in art.edits}


def test_a_heading_camel_glued_after_a_video_credit_is_removed() -> None:
    para = (
        "Le maire a tranché. Municipales : le choix du maire (vidéo)par Radio ClassiqueDes soutiens venus de "
        "droiteBon nombre des signataires sont encartés chez LR."
    )
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert removed_by(art, "subheading") == "Des soutiens venus de droite"
    assert "Bon nombre des signataires sont encartés chez LR." in art.body


@pytest.mark.parametrize(
    ("para", "heading"),
    [
        # Two words glued to the next sentence, opening the paragraph (furniture removed before it).
        ("Restrictions d'eauConséquence : près de 100 communes sont placées en crise.", "Restrictions d'eau"),
        # After a sentence end.
        (
            "La faille s'élargit chaque année. Querelles d'expertsLe 5 décembre, un séisme a frappé.",
            "Querelles d'experts",
        ),
        # A bullet-led heading opening on "Pas", a verbless negation.
        (
            "La pollution reste forte à Paris.♦ Pas mieux dans le sudLa situation est similaire à Marseille.",
            "Pas mieux",
        ),
    ],
)
def test_a_two_word_glued_heading_is_removed(para: str, heading: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert heading in removed_by(art, "subheading")
    assert heading not in art.body


@pytest.mark.parametrize(
    "para",
    [
        # The end of a quotation glued to the next sentence.
        '"Je leur ai tout dit. Sans regret"Selon le rapport, il a ensuite quitté les lieux.',
        # Words ending on a function word glued to a name: a sentence missing a space.
        "Le jury a voté.Une expérience traumatisante Interviewée parEric Dussart, elle a tout raconté.",
    ],
)
def test_glued_words_of_a_sentence_are_kept(para: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "Sans regret" in art.body or "Interviewée par" in art.body
    assert not any(e.rule == "subheading" and "par" in e.removed_text.split() for e in art.edits)


@pytest.mark.parametrize(
    ("para", "heading"),
    [
        # Opening on a number after a quotation's full stop, glued to "L'…".
        (
            "Il parle d'un homme \"agressif et violent\".75 courriels analysésL'enquête a ensuite été confiée à la "
            "police.",
            "75 courriels analysés",
        ),
        # A question and its short answer, glued on both sides.
        (
            'Il a dit : "Il est très cultivé."Les jeux télévisés ? Très peu pour moi !Autre cible : la radio.',
            "Les jeux télévisés ? Très peu pour moi !",
        ),
        # Ending on a channel's name with a digit, glued to a participle opening the next sentence.
        (
            "Voilà qui a le mérite d'être clair.Un départ houleux de TF1Revenant sur cette période, il s'agace.",
            "Un départ houleux de TF1",
        ),
    ],
)
def test_more_glued_heading_shapes_are_removed(para: str, heading: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert removed_by(art, "subheading") == heading
    assert heading not in art.body


def test_an_abridged_pull_quote_glued_to_the_next_sentence_is_removed() -> None:
    quote = (
        'Elle a précisé sa pensée : "À un moment, si je le juge utile pour le pays, dont je garde la passion, je '
        'prendrai la parole à nouveau, pour construire", a-t-elle dit.'
    )
    pull = 'Si je le juge utile pour le pays, (...) je prendrai la parole à nouveau"'
    art = parse(f"{BEFORE}\n\n{quote}\n\nUn proche l'a confié au journal. {pull}L'intéressée n'a pas réagi.\n\n{AFTER}")
    assert removed_by(art, "duplicate_pull_quote") == pull
    assert quote in art.body and "L'intéressée n'a pas réagi." in art.body


def test_an_abridged_quote_of_the_text_itself_is_kept() -> None:
    """Its pieces are said nowhere else: the article's own quotation, cut by its writer."""
    para = (
        "Un proche l'a confié au journal. Si je le juge utile pour le pays, (...) je prendrai la parole à nouveau"
        "\"L'intéressée n'a pas réagi."
    )
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "duplicate_pull_quote" not in {e.rule for e in art.edits}


@pytest.mark.parametrize(
    "para",
    [
        # A model's name glued to its number, not a channel's.
        "Le musée expose des modèles plus récents tels que la California de 2008, la GTC4Lusso (2016) ou la Monza.",
        # Two questions glued to an answer: an interview's question, text.
        "Je ne vais pas intervenir.Sur quels animateurs miseriez-vous alors ? Lesquels font la différence ?Ils sont "
        "tous talentueux.",
    ],
)
def test_glued_names_and_interview_questions_are_kept(para: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "subheading" not in {e.rule for e in art.edits}, art.edits


def test_a_bullet_led_quoted_heading_glued_to_the_next_sentence_is_removed() -> None:
    para = (
        "Il se retire des médias, indique son éditeur. • \"L'homme que j'étais, je ne l'aime plus\"L'écrivain a "
        "provoqué deux polémiques."
    )
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "L'homme que j'étais" in removed_by(art, "subheading")
    assert "L'écrivain a provoqué deux polémiques." in art.body


def test_a_dated_bullet_item_glued_to_the_next_one_is_kept() -> None:
    para = 'La rentrée politique commence. • 28 août : le PS prépare "la gauche d\'après"Les écologistes suivent.'
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "28 août : le PS prépare" in art.body


def test_a_two_word_heading_spaced_before_a_sentence_opener_is_removed() -> None:
    para = "Il y aura sanction, a averti le ministre. Gifle violente La première vidéo montre un policier."
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert removed_by(art, "subheading").strip() == "Gifle violente"
    assert "La première vidéo montre un policier." in art.body


@pytest.mark.parametrize(
    "para",
    [
        # A name ending on "Un", not an article.
        "Le sommet est reporté. Le dirigeant nord-coréen Kim Jong Un a annulé la rencontre prévue.",
        # A party's name after its leader's title.
        "L'objectif est atteint. Le président Les républicains de la région a salué le résultat.",
    ],
)
def test_a_name_after_its_title_is_no_heading(para: str) -> None:
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "subheading" not in {e.rule for e in art.edits}, art.edits


def test_a_heading_spaced_before_and_glued_to_the_next_quotation_is_removed() -> None:
    para = 'Elle vise la présidentielle. Des ralliements venus du PS"Dans ce contexte, tout est possible", dit-elle.'
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert removed_by(art, "subheading") == "Des ralliements venus du PS"
    assert '"Dans ce contexte, tout est possible", dit-elle.' in art.body


def test_a_sentence_spaced_before_and_glued_to_the_next_quotation_is_kept() -> None:
    para = 'Un nom a été identifié. Le suspect n\'a plus donné signe de vie depuis 1976"Rien ne nous arrête", dit-il.'
    art = parse(f"{BEFORE}\n\n{para}\n\n{AFTER}")
    assert "Le suspect n'a plus donné signe de vie depuis 1976" in art.body
