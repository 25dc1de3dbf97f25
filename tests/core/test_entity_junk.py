"""Capitalised ordinary words, words glued before a name, and the first-name split of person spans."""

from __future__ import annotations

import pytest

from pipeline.core.entities import common_word
from pipeline.core.entity.lexicon import lexicon
from pipeline.core.entity.spans import clean_span


def clean(text: str, span: str, label: str, is_common=lambda w: False) -> list[tuple[str, str]]:
    start = text.index(span)
    return [(text[c.start : c.end], c.label) for c in clean_span(text, start, start + len(span), label, is_common)]


@pytest.mark.parametrize(
    ("word", "common"),
    [
        # one vector shared by both forms: the word it was kept for decides
        ("Reportage", True),
        ("Municipales", True),
        ("Vosges", False),
        # distinct vectors: the more frequent form decides
        ("Paris", False),
        ("Marche", True),
    ],
)
def test_common_word_by_vectors(nlp, word, common):
    assert common_word(nlp.vocab, word) is common


def test_quoted_title_first_word_is_like_a_sentence_start():
    text = 'l\'auteur des "Ruisseaux du Vercors" a dit'
    assert clean(text, "Ruisseaux", "LOC", is_common=lambda w: True) == []
    text = "l'auteur des Ruisseaux a dit"
    assert clean(text, "Ruisseaux", "LOC", is_common=lambda w: True) == [("Ruisseaux", "LOC")]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a name with a first name inside stays whole
        ("selon Khalid Mohammed Oumar, rien", "Khalid Mohammed Oumar", "PER", [("Khalid Mohammed Oumar", "PER")]),
        # an ordinary word or a known name before a first name is split off
        ("(Photo Jean Dupont)", "Photo Jean Dupont", "PER", [("Jean Dupont", "PER")]),
        ("le PSG Jean Dupont a", "PSG Jean Dupont", "PER", [("PSG", "ORG"), ("Jean Dupont", "PER")]),
        # a first name makes a person of a span the model typed otherwise
        ("l'évasion de Redouane Faro hier", "Redouane Faro", "ORG", [("Redouane Faro", "PER")]),
    ],
)
def test_first_name_split(text, span, label, expected):
    is_common = lambda w: w == "Photo"  # noqa: E731
    assert clean(text, span, label, is_common) == expected


def test_first_names_are_data():
    assert {"Redouane", "Mohammad", "Yassine"} <= lexicon().first_names


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("l'ex-garde des Sceaux a parlé", "Sceaux", "LOC", []),
        ("Le garde des Sceaux a parlé", "Sceaux", "LOC", []),
        ("a dit le procureur de la République de Vesoul, M. X", "République de Vesoul", "LOC", [("Vesoul", "LOC")]),
        ("Il habite à Sceaux depuis mai.", "Sceaux", "LOC", [("Sceaux", "LOC")]),  # the town itself
    ],
)
def test_title_phrases(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "parent"),
    [
        ("le Conseil de sécurité de l'ONU a voté", "Conseil de sécurité de l'ONU", ("ONU", "ORG", "ONU")),
        ("le Bureau régional de l'OTAN a dit", "Bureau régional de l'OTAN", ("OTAN", "ORG", "OTAN")),
        ("l'Olympique de Marseille a gagné", "Olympique de Marseille", None),  # a place, not a parent
    ],
)
def test_parent_organisation_is_a_mention(text, span, parent):
    from pipeline.core.entities import parent_of

    start = text.index(span)
    got = parent_of(text, start, start + len(span), "ORG", span, lexicon())
    assert (got[2:] if got else None) == parent
    if got:
        assert text[got[0] : got[1]] == got[2]


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Edouard Dupont", "Édouard Dupont"),  # capital without its accent
        ("Jean-Yves le Gall", "Jean-Yves Le Gall"),  # article particle
        ("Anne de la Tour", "Anne de la Tour"),  # "de la" stays
        ("Pierre de Villiers", "Pierre de Villiers"),
        ("Emma Stone", "Emma Stone"),
    ],
)
def test_person_canonical_spelling_is_article_independent(name, canonical):
    from pipeline.core.entity.canonical import person_form

    assert person_form(name, lexicon()) == canonical


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ('"contexte"Mardi M. Kardam a publié.', "Mardi M. Kardam", "PER", [("Kardam", "PER")]),
        ("Ils fêtent Mardi gras.", "Mardi gras", "MISC", [("Mardi gras", "MISC")]),  # no person after it
        ("Il aime Avril Kardam.", "Avril Kardam", "PER", [("Avril Kardam", "PER")]),  # a month: may be a name
        ("corps.\n\nTrente-neuf corps ont été découverts.", "Trente-neuf", "LOC", []),
        ("Vingt et un morts.", "Vingt et un", "MISC", []),
        ("Il vit à Neuf-Kardam.", "Neuf-Kardam", "LOC", [("Neuf-Kardam", "LOC")]),
        ("plusieurs ministères (Éducation, Justice, Intérieur) et", "Justice, Intérieur", "ORG", []),
        ("les villes (Justice, Kardam) et", "Justice, Kardam", "ORG", [("Justice, Kardam", "ORG")]),
    ],
)
def test_weekday_number_and_portfolio_list(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Le cliché, rapporte Télé-Kardam.", "Télé-Kardam", "PER", [("Télé-Kardam", "ORG")]),
        ("Le cliché, rapporte Jean-Kardam.", "Jean-Kardam", "PER", [("Jean-Kardam", "PER")]),
        ("selon la maison d'édition Kardam-Olsson, rien.", "Kardam-Olsson", "MISC", [("Kardam-Olsson", "ORG")]),
        ("selon l'institut Kardamétrie, rien.", "Kardamétrie", "LOC", [("Kardamétrie", "ORG")]),
        ("selon l'édition Kardam, rien.", "Kardam", "MISC", [("Kardam", "MISC")]),
        ("le premier maire noir de Kardamville a dit", "Kardamville", "PER", [("Kardamville", "LOC")]),
        ("le maire de La France insoumise", "La France insoumise", "ORG", [("La France insoumise", "ORG")]),
        ("le fils noir de Kardam a dit", "Kardam", "PER", [("Kardam", "PER")]),
    ],
)
def test_media_company_and_office_of_a_place(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "selon l'Association de lutte contre la fraude fiscale, rien.",
            "Association de lutte contre la fraude fiscale",
            ["Association de lutte contre la fraude fiscale"],
        ),
        ("le match PSG contre le Real a eu lieu", "PSG contre le Real", ["PSG", "Real"]),
    ],
)
def test_contre_cuts_a_match_not_an_association_name(text, span, expected):
    assert [s for s, _ in clean(text, span, "ORG")] == expected


@pytest.mark.parametrize(
    ("word", "verb"),
    [
        ("arrêtez", True),
        ("marchons", True),
        ("regardez", True),
        ("soissons", False),
        ("fernandez", False),
        ("rodez", False),
        ("gonzalez", False),
        # a capital written without its accent: "Evitons" of "éviter"; not a name starting with E
        ("evitons", True),
        ("ecoutez", True),
        ("enriquez", False),
        ("estevez", False),
    ],
)
def test_first_group_verb_forms_are_ordinary_words(nlp, word, verb):
    from pipeline.core.entities import _verb_form

    assert _verb_form(nlp.vocab, word) is verb
    if verb:
        assert common_word(nlp.vocab, word.capitalize())


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Le marché de Noël de Kardamville a rouvert.", "Noël de Kardamville", "LOC", [("Noël de Kardamville", "LOC")]),
        ("Il aime Anne de Kardamville.", "Anne de Kardamville", "LOC", [("Anne de Kardamville", "PER")]),
        ("a souligné M. Kardam.50.000 salariés", "M. Kardam.50.000", "PER", [("Kardam", "PER")]),
        ("le Kardam 50 a parlé", "Kardam 50", "ORG", [("Kardam 50", "ORG")]),
        ("la mort de ce Franco-Sénégalais de 25 ans", "Franco-Sénégalais", "LOC", []),
        ("Les Italo-Américains votent.", "Italo-Américains", "LOC", []),
        ("Il vit à Pont-à-Kardam.", "Pont-à-Kardam", "LOC", [("Pont-à-Kardam", "LOC")]),
        ("Mesdames, bonjour.", "Mesdames", "PER", []),
        ("Madame Kardam a dit.", "Madame Kardam", "PER", [("Kardam", "PER")]),
    ],
)
def test_holiday_glued_number_compound_demonym_honorific(text, span, label, expected):
    assert clean(text, span, label) == expected


def test_a_department_named_like_a_greeting_stays():
    assert clean("Aube (10), Cher (18), Indre (36)", "Cher", "LOC") == [("Cher", "LOC")]


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ("Affaire Kardam : l'enquête avance.", "Affaire Kardam", "PER", [("Kardam", "PER")]),
        ("Le juge a parlé. Pierre Kardam a dit.", "Pierre Kardam", "PER", [("Pierre Kardam", "PER")]),
        (
            "Kardam Motors : la Rapide E arrive.",
            "Kardam Motors : la Rapide E",
            "ORG",
            [("Kardam Motors", "ORG"), ("Rapide E", "ORG")],
        ),
        ("Le ministre à l'Economie a dit.", "Economie", "ORG", []),
        ("Le ministre à l'Ecologie a dit.", "Ecologie", "ORG", []),
        ("Il réfléchit à la place de la France en Europe.", "place de la France", "LOC", [("France", "LOC")]),
        ("Ils défilent place de la Nation.", "place de la Nation", "LOC", [("place de la Nation", "LOC")]),
        ("Une Londonienne a gagné.", "Londonienne", "LOC", []),
        ("Paris a gagné.", "Paris", "LOC", [("Paris", "LOC")]),
        ("Le Pr a dit.", "Pr", "PER", []),
    ],
)
def test_event_noun_colon_portfolio_country_role_and_demonyms(text, span, label, expected):
    assert clean(text, span, label, is_common=lambda w: w in {"Affaire"}) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        ('Ils crient "Suicidez-vous" aux policiers.', "Suicidez", "MISC", []),
        ("Dites-nous tout.", "Dites", "PER", []),
        ("Il vit à Villers-le-Kardam.", "Villers-le-Kardam", "LOC", [("Villers-le-Kardam", "LOC")]),
        ("Le musée de Florence rouvre, à Florence, en Toscane.", "Florence, en", "LOC", [("Florence", "LOC")]),
        ("Florence a dit non.", "Florence", "LOC", [("Florence", "PER")]),
        ("Le moteur fait 400 Nm de couple.", "Nm", "LOC", []),
    ],
)
def test_imperative_with_pronoun_town_after_a_and_units(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # an ordinary lower-case word spelled like a known name is no name
        ("à l'issue de la réunion de crise, le ministre", "réunion", "LOC", []),
        ("Loterie, paris hippiques et sportifs", "paris", "LOC", []),
        ("la place de la croix et les masures", "croix", "ORG", []),
        # the name itself, and a brand whose own spelling is lower case, stay
        ("Un cyclone menace La Réunion, selon", "Réunion", "LOC", [("Réunion", "LOC")]),
        ("a indiqué franceinfo lundi", "franceinfo", "ORG", [("franceinfo", "ORG")]),
    ],
)
def test_lower_case_word_spelled_like_a_known_name(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a Roman ordinal with a noun of time is a date
        ("une héroïne du XXe siècle, a dit", "XXe siècle", "PER", []),
        ("depuis la fin du XIXe siècle.", "XIXe", "MISC", []),
        ("aux XIVe et XVe siècles.", "XIVe", "MISC", []),
        ("du XVIe au XVIIIe siècles.", "XVIIIe siècles", "LOC", []),
        ("des édifices datant du début du XXe, elles ont", "XXe", "ORG", []),
        # a district and a regime are no dates; a king's number has no ordinal ending
        ("dans le XVIe arrondissement de Paris", "XVIe arrondissement", "LOC", [("XVIe arrondissement", "LOC")]),
        ("le cimetière Saint-Vincent (XVIIIe).", "XVIIIe", "LOC", [("XVIIIe", "LOC")]),
        ("le maire du XVIIIe, Eric Lejoindre", "XVIIIe", "LOC", [("XVIIIe", "LOC")]),
        ("sous la Ve République", "Ve République", "MISC", [("Ve République", "MISC")]),
        ("le règne de Louis XIV siècle après siècle", "Louis XIV", "PER", [("Louis XIV", "PER")]),
    ],
)
def test_roman_ordinal_of_a_century(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a unit after a number, by its shape
        ("une puissance de 610 ch et 759 Nm envoyée", "Nm", "LOC", []),
        ("un processeur à 3,5 GHz, pour", "GHz", "MISC", []),
        ("un coffre de 505 dm³ pour", "dm³", "ORG", []),
        ("une vitesse de 176 Km/h a été retenue", "Km", "LOC", []),
        ("une batterie de 40 kWh au lieu", "kWh", "PER", []),
        ("un taux de 12 Bq/l dans l'eau", "Bq/l", "MISC", []),
        # a name after a number, or a unit-like word after no number, stays
        ("En 2013, Lily comblait le journaliste", "Lily", "PER", [("Lily", "PER")]),
        ("4.800 Emma et 5.400 Gabriel", "Emma", "PER", [("Emma", "PER")]),
        ("la 512 BBi de 1984", "BBi", "MISC", [("BBi", "MISC")]),
        ("le festival Nm à Lyon", "Nm", "ORG", [("Nm", "ORG")]),
    ],
)
def test_unit_after_a_number(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # "Premier" before "ministre" belongs to the title
        ("Jean Castex Premier ministre : « En matière »", "Jean Castex Premier", "PER", [("Jean Castex", "PER")]),
        ("dans Le Parisien le Premier ministre Edouard", "Le Parisien le Premier", "MISC", [("Le Parisien", "ORG")]),
        (
            "le Courant du Futur de l'ex-Premier ministre Saad",
            "Courant du Futur de l'ex-Premier",
            "ORG",
            [("Courant du Futur", "ORG")],
        ),
        ("Une pierre dans le jardin du Premier ministre", "jardin du Premier", "LOC", []),
        # an office of the Prime Minister is an organisation with its title
        ("chef du Bureau du Premier ministre", "Bureau du Premier", "ORG", [("Bureau du Premier ministre", "ORG")]),
        # "Premier" not before "ministre" stays
        ("selon Michel Premier, maire", "Michel Premier", "PER", [("Michel Premier", "PER")]),
    ],
)
def test_premier_before_ministre_is_the_title(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a bullet, a hash or an ampersand glued to a name is no part of it
        ("la brutalité de Nicolas Sarkozy.• CHÔMAGE : rien", "Nicolas Sarkozy.•", "PER", [("Nicolas Sarkozy", "PER")]),
        ("la commission des finances du Sénat.• La goutte", "Sénat.•", "ORG", [("Sénat", "ORG")]),
        ("la chanson de HK & les Saltimbanks", "HK &", "ORG", [("HK", "ORG")]),
        # an abbreviation's full stop and a name with an ampersand inside stay
        ("selon Johnson & Johnson, le vaccin", "Johnson & Johnson", "ORG", [("Johnson & Johnson", "ORG")]),
        ("le groupe Procter & Gamble a dit", "Procter & Gamble", "ORG", [("Procter & Gamble", "ORG")]),
    ],
)
def test_glued_bullets_and_signs_end_a_name(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # the organisation the words were told to, then the speaker, with no comma between
        (
            "assure à l'AFP Ken Farnaso, de l'équipe",
            "AFP Ken Farnaso",
            "MISC",
            [("AFP", "ORG"), ("Ken Farnaso", "PER")],
        ),
        (
            "a écrit sur Facebook Joshua Wong, un militant",
            "Facebook Joshua Wong",
            "PER",
            [
                ("Facebook", "ORG"),
                ("Joshua Wong", "PER"),
            ],
        ),
        # no preposition of telling, no comma after, or an ordinary word: one name
        ("le patron de Facebook Joshua Wong a dit", "Facebook Joshua Wong", "PER", [("Facebook Joshua Wong", "PER")]),
        ("a dit à l'AFP Kardam Kardam dans", "AFP Kardam Kardam", "ORG", [("AFP Kardam Kardam", "ORG")]),
    ],
)
def test_a_speaker_glued_after_the_medium_told(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a religious title before one name is part of the name, in the model's span or just before it
        ("a fait venir l'abbé Pierre qui", "abbé Pierre", "PER", [("abbé Pierre", "PER")]),
        ("Sœur André a été transférée", "Sœur André", "PER", [("Sœur André", "PER")]),
        ("Il a connu le frère Roger jeune.", "Roger", "PER", [("frère Roger", "PER")]),
        # kinship, a full name after the title, a priest's surname, a fictional figure: the title goes
        ("Il a vu sa sœur Audrey hier.", "sœur Audrey", "PER", [("Audrey", "PER")]),
        ("Il a vu sa sœur Audrey hier.", "Audrey", "PER", [("Audrey", "PER")]),
        ("Le père Jacques Hamel a été tué.", "père Jacques Hamel", "PER", [("Jacques Hamel", "PER")]),
        ("Le père Hamel a été tué.", "Hamel", "PER", [("Hamel", "PER")]),
        ("l'abbé Pierre Dupont a dit", "abbé Pierre Dupont", "PER", [("Pierre Dupont", "PER")]),
    ],
)
def test_religious_title_before_one_name(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a role's organisation, then the person holding it, then a full stop or a comma
        (
            "la vice-présidente de l'Unef Maryam Pougetoux.",
            "Unef Maryam Pougetoux",
            "ORG",
            [("Unef", "ORG"), ("Maryam Pougetoux", "PER")],
        ),
        (
            "le patron de Mediapart Edwy Plenel, a dit",
            "Mediapart Edwy Plenel",
            "ORG",
            [("Mediapart", "ORG"), ("Edwy Plenel", "PER")],
        ),
        # no role before the "de", or no comma after: one name
        ("la maison de Mediapart Edwy Plenel.", "Mediapart Edwy Plenel", "ORG", [("Mediapart Edwy Plenel", "ORG")]),
        (
            "le patron de Mediapart Edwy Plenel a dit",
            "Mediapart Edwy Plenel",
            "ORG",
            [("Mediapart Edwy Plenel", "ORG")],
        ),
    ],
)
def test_a_person_glued_after_the_organisation_of_a_role(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a company noun that never stands before a person's name: an organisation, even where the model says PER
        ("Le collectif Forest Shepherd Occitanie appelait à manifester.", "Forest Shepherd Occitanie", "ORG"),
        ("le groupe de mercenaires Wagner a promis", "Wagner", "ORG"),
        ("il charge le laboratoire Servier d'avoir menti", "Servier", "ORG"),
        # a first name, a medium's noun (the speaker after it), a role's complement, punctuation between: a person
        ("la fondation Jean Dupont a dit", "Jean Dupont", "PER"),
        ("explique au quotidien Yaakoub, étudiant", "Yaakoub", "PER"),
        ("son ancienne directrice de cabinet Violette Spillebout, investie", "Violette Spillebout", "PER"),
        ("la DRH de Charlie Hebdo, Marika Bret, est partie", "Marika Bret", "PER"),
        ("le panda géant Mei Xiang va bien", "Mei Xiang", "PER"),
    ],
)
def test_company_noun_before_a_name_the_model_took_for_a_person(text, span, expected):
    assert [label for _, label in clean(text, span, "PER")] == [expected]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a determiner before the name and a common noun's complement after it: an award or an event, no person
        ("un +Ségur de la santé+ déjà critiqué", "Ségur", []),
        ('les sujets du "Ségur de la santé", vaste concertation', "Ségur", []),
        ("Roman Polanski a reçu le César du meilleur réalisateur.", "César", []),
        # no determiner (an honorific, a title, a noun), or no lower-case complement: the person stays
        ("l'annonce par M. Biden du choix de Kamala Harris", "Biden", [("Biden", "PER")]),
        ("auprès du colonel Augier des sanctions", "Augier", [("Augier", "PER")]),
        ("la gestion par l'administration Trump de la pandémie", "Trump", [("Trump", "PER")]),
        ("le Macron de Bercy a parlé", "Macron", [("Macron", "PER")]),
    ],
)
def test_a_determiner_and_a_noun_complement_around_a_name_is_no_person(text, span, expected):
    assert clean(text, span, "PER") == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a lower-case definite article before a one-word name: a thing, a role or a prize, no person's name
        ("« On ne peut pas s'en approcher », souligne l'Expert. Et d'ajouter", "Expert", []),
        ("Développé autour de la Porsche 993, ce châssis est rare.", "Porsche", []),
        ("une nomination à l'Oscar et un prix", "Oscar", []),
        # capitalised as part of a name, a title between, a place after, or no article: the person stays
        ("La présidente, Dominique Le Guludec, conteste.", "Guludec", [("Guludec", "PER")]),
        ("le prince Charles est arrivé", "Charles", [("Charles", "PER")]),
        ("selon Merkel la chancelière", "Merkel", [("Merkel", "PER")]),
    ],
)
def test_a_definite_article_before_a_one_word_name_is_no_person(text, span, expected):
    assert clean(text, span, "PER") == expected


@pytest.mark.parametrize(
    ("text", "span", "label", "expected"),
    [
        # a known organisation or place, then a first name and a surname with no comma: two mentions
        (
            "a expliqué au micro de RTL Flavie Kardam en référence",
            "RTL Flavie Kardam",
            "ORG",
            [("RTL", "ORG"), ("Flavie Kardam", "PER")],
        ),
        (
            "a estimé le député LR Fabien di Kardamo",
            "LR Fabien di Kardamo",
            "ORG",
            [("LR", "ORG"), ("Fabien di Kardamo", "PER")],
        ),
        # no first name, a first name alone, or no known name before it: one mention
        ("le quotidien Le Monde Diplomatique a", "Le Monde Diplomatique", "ORG", [("Le Monde Diplomatique", "ORG")]),
        ("le club de RTL Flavie a dit", "RTL Flavie", "ORG", [("RTL Flavie", "ORG")]),
        ("au micro de Kardamo Flavie Duponx", "Kardamo Flavie Duponx", "ORG", [("Kardamo Flavie Duponx", "ORG")]),
    ],
)
def test_a_person_glued_after_a_known_name(text, span, label, expected):
    assert clean(text, span, label) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # an institution's noun opening the model's span is not stripped down to a noun inside the name
        ("dans la cour de la préfecture de police de Paris jeudi", "préfecture de police de Paris", "préfecture"),
        ("Le ministère de la Défense a dit", "ministère de la Défense", "ministère"),
    ],
)
def test_institution_noun_opens_the_name(text, span, expected):
    ((got, _),) = clean(text, span, "LOC")
    assert got.startswith(expected)
