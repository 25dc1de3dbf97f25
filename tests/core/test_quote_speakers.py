"""Who can be a speaker: descriptions need a head noun that can speak, named subjects must be names."""

from __future__ import annotations

import pytest

from pipeline.core.quotation.attribution import Context, Subject
from pipeline.core.quotation.lexicon import load_lexicon
from pipeline.core.quotation.marks import find_spans
from pipeline.core.quotation.speakers import can_speak, plausible_mention
from pipeline.core.quotation.tokens import tokenize
from pipeline.core.records import EntityMention
from tests.core.test_quotes import only, run


def context(text: str, mentions: list[EntityMention] = ()) -> Context:
    return Context(text, tokenize(text, find_spans(text)), list(mentions), load_lexicon())


def description(text: str) -> Subject:
    words = tuple(text.lower().replace("’", "'").replace("'", "' ").split())
    return Subject("description", text, 0, words=words)


@pytest.mark.parametrize(
    ("text", "speaks"),
    [
        # a person title, a person or group noun, an organisation, a document, a proper noun
        ("le porte-parole du gouvernement", True),
        ("l'avocate de la famille", True),
        ("un internaute", True),
        ("le potentiel locataire", True),
        ("l'un de ses amis", True),
        ("des élus locaux", True),
        ("le principal groupe de fans du club", True),
        ("sa maison d'édition", True),
        ("la municipalité", True),
        ("sa codétenue", True),
        ("le communiqué", True),
        ("le JDD", True),
        ("l'Elysée", True),
        ("la garde des Sceaux", True),
        ("les manifestants", True),
        # things, abstractions, adverbials, presentatives: no one who speaks
        ("son visage", False),
        ("le film", False),
        ("la responsabilité", False),
        ("les exactions", False),
        ("ces suppressions d'emplois", False),
        ("une information de France info", False),
        ("Lors des dernières rencontres avec les autorités françaises", False),
        ("Voici les critères", False),
    ],
)
def test_a_description_speaks_only_with_a_speaking_head(text, speaks) -> None:
    assert can_speak(description(text), context(text)) is speaks


@pytest.mark.parametrize(
    ("text", "surface", "label", "plausible"),
    [
        ("Contactée, l'agence a répondu.", "Contactée", "PER", False),
        ("Interrogé, le ministre a répondu.", "Interrogé", "PER", False),
        ("Il a parlé.Contactée par France info, l'agence a répondu.", "Contactée", "PER", False),
        ("Voici les critères de l'agence.", "Voici les critères", "ORG", False),
        ("Sur Twitter, le ministère a démenti.", "Twitter", "ORG", False),
        ("René, lui, a répondu.", "René", "PER", True),
        ("Désirée Martin a répondu.", "Désirée Martin", "PER", True),
        ("Le Parisien a révélé l'affaire.", "Le Parisien", "ORG", True),
        ("Emmanuel Macron a répondu.", "Emmanuel Macron", "PER", True),
    ],
)
def test_a_named_subject_must_be_a_name(text, surface, label, plausible) -> None:
    start = text.index(surface)
    m = EntityMention("body", start, start + len(surface), surface, label, surface)
    subject = Subject("mention", surface, start, m, tuple(surface.lower().split()))
    assert plausible_mention(subject, context(text, [m])) is plausible


CHIRAC = [
    ("Jacques Chirac", "PER", "Jacques Chirac"),
    ("Twitter", "ORG", "Twitter"),
    ("Julien Pontes", "PER", "Julien Pontes"),
]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a thing as subject of a reporting verb: the quote goes to whoever is speaking, not to the thing
        (
            "Jacques Chirac a parlé longuement. « Nous ne céderons rien », a-t-il dit. "
            "« Nous irons jusqu'au bout », montre le film.",
            "Jacques Chirac",
        ),
        # a possessive thing ("son visage") is not an unnamed person a later "il" could be
        (
            "Jacques Chirac est arrivé. Son visage a changé. « Nous irons jusqu'au bout », a-t-il affirmé.",
            "Jacques Chirac",
        ),
        # a platform is where the words were posted, not the organisation "le ministère" refers to
        (
            "Sur Twitter, le ministère a réagi. « Nous irons jusqu'au bout », a affirmé le ministère.",
            "le ministère",
        ),
        # reporting verbs listed as data: "développe", "enchaîne", "abonde"
        ("« Nous irons jusqu'au bout », développe le porte-parole du collectif Julien Pontes.", "Julien Pontes"),
        ("« Nous irons jusqu'au bout », enchaîne Jacques Chirac.", "Jacques Chirac"),
        # a person described by a noun keeps the description
        ("« Nous irons jusqu'au bout », a déclaré un internaute.", "un internaute"),
        ("« Nous irons jusqu'au bout », a déclaré le porte-parole.", "le porte-parole"),
    ],
)
def test_speaker_falls_back_rather_than_a_thing(body, speaker) -> None:
    quotes = [q for q in run(body, CHIRAC) if "bout" in q.text]
    assert only(quotes).speaker == speaker


MARIE = [("Marie Dupont", "PER", "Marie Dupont")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "elle" right after an organisation described as the subject of a reporting verb: the organisation
        (
            "Marie Dupont était là. La présidence française affirme ne rien savoir. "
            "Elle précise qu'« aucun autre échange n'est prévu ».",
            "La présidence française",
        ),
        # a person named in between takes the pronoun
        (
            "La présidence française affirme ne rien savoir. Marie Dupont a réagi. "
            "Elle précise qu'« aucun autre échange n'est prévu ».",
            "Marie Dupont",
        ),
        # the pronoun does not agree: not the organisation
        (
            "Marie Dupont était là. Le gouvernement affirme ne rien savoir. "
            "Elle précise qu'« aucun autre échange n'est prévu ».",
            "Marie Dupont",
        ),
    ],
)
def test_pronoun_after_an_organisation_subject(body, speaker) -> None:
    assert only(run(body, MARIE)).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an outlet's closing incise relays the words of the person of the sentence
        (
            "Marie Dupont a écrit une lettre, où elle affirme refuser « le prix de sa tranquillité », précise le JDD.",
            "Marie Dupont",
        ),
        # with no person speaking in the sentence, the outlet keeps the quote
        ("La réforme est contestée : « le prix de sa tranquillité », précise le JDD.", "le JDD"),
        # a person's closing incise is not a relay
        ("Le ministre affirme refuser « le prix de sa tranquillité », précise Marie Dupont.", "Marie Dupont"),
        # an outlet described by its kind ("la station", "le quotidien") relays as a named one does
        (
            "Marie Dupont réclame l'examen des caméras « pour retrouver ses agresseurs », rapporte la station.",
            "Marie Dupont",
        ),
        ("La réforme est contestée : « le prix de sa tranquillité », rapporte le quotidien.", "le quotidien"),
    ],
)
def test_outlet_incise_relays_the_sentence_speaker(body, speaker) -> None:
    assert only(run(body, MARIE)).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the noun phrase just before the verb is a complement of the titled subject opening the sentence
        (
            "La secrétaire d'État Marie Dupont était là. La secrétaire d'État chargée de l'Égalité entre les "
            "femmes et les hommes répond : « Oui, j'ai eu droit à tout. »",
            "Marie Dupont",
        ),
        # no title opening the sentence: the noun phrase before the verb stays the subject
        (
            "Marie Dupont était là. Les proches des victimes répondent : « Oui, nous avons eu droit à tout. »",
            "Les proches des victimes",
        ),
    ],
)
def test_subject_is_not_a_complement_of_the_subject(body, speaker) -> None:
    assert only(run(body, MARIE)).speaker == speaker


GE = [("Bruno Le Maire", "PER", "Bruno Le Maire"), ("GE Belfort", "ORG", "GE Belfort")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a multi-word mention in a complement ("de GE Belfort") is not the participle's subject
        (
            "Bruno Le Maire avait soulevé la colère de GE Belfort, déclarant que « il n'y a pas de débouchés ».",
            "Bruno Le Maire",
        ),
        # a mention as the subject of the sentence is
        ("GE Belfort a publié un texte, déclarant que « il n'y a pas de débouchés ».", "GE Belfort"),
    ],
)
def test_participle_subject_skips_complements(body, speaker) -> None:
    assert only(run(body, GE)).speaker == speaker


BOOK = [("Marie Dupont", "PER", "Marie Dupont"), ("Gabriel Martin", "PER", "Gabriel Martin")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "du livre de X, l'écrivain est revenu": the title opens a new clause, it is not X's
        (
            "Gabriel Martin a écrit des romans. Depuis la sortie du livre de Marie Dupont, l'écrivain est "
            "revenu sur son passé, affirmant que « jamais personne ne parlait de crime ».",
            "Gabriel Martin",
        ),
        # "X, l'écrivain, a affirmé": an apposition names X
        (
            "Gabriel Martin était là. Marie Dupont, l'écrivain, a affirmé que « jamais personne ne parlait de crime ».",
            "Marie Dupont",
        ),
    ],
)
def test_title_after_a_complement_opens_a_new_clause(body, speaker) -> None:
    assert only(run(body, BOOK)).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "parmi lesquels …" ends the noun phrase like any preposition
        (
            "« C'est un coup dur », ont réagi des élus locaux parmi lesquels figurent le maire.",
            "des élus locaux",
        ),
        # "l'auteur de « … »" can be a woman: it refers back to the speaker
        (
            "Marie Dupont a raconté son histoire. « Je m'en suis voulu », regrette l'auteur de « La Culture ».",
            "Marie Dupont",
        ),
    ],
)
def test_noun_phrase_ends_and_epicene_author(body, speaker) -> None:
    quotes = [q for q in run(body, MARIE) if q.text != "La Culture"]
    assert only(quotes).speaker == speaker


POLICE = [("police nationale", "ORG", "Police nationale"), ("Laforêt", "ORG", "Laforêt")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the organisation named inside a complement of people is not the one speaking
        (
            "« Il a été identifié », a indiqué le syndicat des commissaires de la police nationale.",
            "le syndicat des commissaires de la police nationale",
        ),
        # the organisation named right after its noun is
        ("« Il a été identifié », a indiqué l'agence Laforêt.", "Laforêt"),
    ],
)
def test_organisation_inside_a_complement_of_people(body, speaker) -> None:
    assert only(run(body, POLICE)).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "le texte" right after a quoted communiqué is that communiqué
        (
            "« Nous condamnons ces actes », souligne le communiqué. « Nous soutenons la famille », poursuit le texte.",
            "le communiqué",
        ),
        # after a person, "le texte" stays a document
        (
            "« Nous condamnons ces actes », souligne Marie Dupont. « Nous soutenons la famille », poursuit le texte.",
            "le texte",
        ),
    ],
)
def test_document_refers_to_the_document_just_quoted(body, speaker) -> None:
    quotes = [q for q in run(body, MARIE) if "famille" in q.text]
    assert only(quotes).speaker == speaker


FAMILY = [("Isabelle Fouillot", "PER", "Isabelle Fouillot"), ("Jean-Pierre Fouillot", "PER", "Jean-Pierre Fouillot")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "pour sa part", "de son côté" between an inverted verb and its subject are skipped
        (
            "« Nous avons confiance », détaille Isabelle Fouillot. « C'était impossible », tranche pour sa part "
            "Jean-Pierre Fouillot.",
            "Jean-Pierre Fouillot",
        ),
        (
            "« Nous avons confiance », détaille Isabelle Fouillot. « C'était impossible », affirme de son côté "
            "Jean-Pierre Fouillot.",
            "Jean-Pierre Fouillot",
        ),
        # connective adverbials ("en effet", "par ailleurs", "en revanche") likewise
        (
            "« Nous avons confiance », détaille Isabelle Fouillot. « C'était impossible », a en effet estimé "
            "Jean-Pierre Fouillot.",
            "Jean-Pierre Fouillot",
        ),
        (
            "« Nous avons confiance », détaille Isabelle Fouillot. « C'était impossible », a en revanche jugé "
            "Jean-Pierre Fouillot.",
            "Jean-Pierre Fouillot",
        ),
        # near miss: "en effet" inside the writer's own clause changes nothing
        (
            "« Nous avons confiance », détaille Isabelle Fouillot. « C'était impossible », a-t-elle ajouté. Il "
            "était en effet venu avec Jean-Pierre Fouillot.",
            "Isabelle Fouillot",
        ),
    ],
)
def test_inverted_subject_after_an_adverbial(body, speaker) -> None:
    quotes = [q for q in run(body, FAMILY) if "impossible" in q.text]
    assert only(quotes).speaker == speaker


@pytest.mark.parametrize("with_mention", [True, False])
def test_an_adverb_between_auxiliary_and_verb_is_not_part_of_the_subject(with_mention) -> None:
    body = "Paul Martin est venu. Paul Martin a surtout jugé impossible « de tout changer dès demain matin »."
    specs = [("Paul Martin", "PER", "Paul Martin")] if with_mention else []
    quote = only(run(body, specs))
    assert quote.speaker == "Paul Martin" and quote.speaker_mention == "Paul Martin"


def test_a_demonstrative_title_is_the_person_just_named() -> None:
    body = "Paul Martin a rencontré des habitants. « Nous allons tout changer », a déclaré cet élu de la Drôme."
    quote = only(run(body, [("Paul Martin", "PER", "Paul Martin")]))
    assert quote.speaker == "Paul Martin" and quote.speaker_mention == "cet élu de la Drôme"


@pytest.mark.parametrize(
    "opening", ["Jean Durand a demandé", "Jean Durand, qui a son bureau à Lyon, a demandé"], ids=["plain", "relative"]
)
def test_a_participle_subject_is_not_a_complement_in_apposition(opening) -> None:
    body = f"{opening} à être reçu par le président Paul Martin, affirmant qu'il ferait « tout pour combattre » cela."
    quote = only(run(body, [("Paul Martin", "PER", "Paul Martin"), ("Jean Durand", "PER", "Jean Durand")]))
    assert quote.speaker == "Jean Durand"


@pytest.mark.parametrize(
    "sentence",
    [
        "La fondation Marie Curie s'était dite « scandalisée par cette décision » dans un communiqué.",
        "La fondation Marie Curie a déclaré : « Nous sommes scandalisés par cette décision ».",
    ],
)
def test_a_body_named_after_a_person_is_not_the_person(sentence) -> None:
    quote = only(run(f"Le débat est relancé. {sentence}", [("Marie Curie", "PER", "Marie Curie")]))
    assert quote.speaker == "La fondation Marie Curie"


def test_a_coordinated_reporting_verb_shares_the_subject_of_the_verb_whose_clause_comes_before() -> None:
    body = (
        "Le médecin Paul Martin juge que l'Italie est « sur la bonne voie » mais rappelle que « rien n'est "
        "encore gagné »."
    )
    specs = [("Paul Martin", "PER", "Paul Martin"), ("Italie", "LOC", "Italie")]
    assert [q.speaker for q in run(body, specs)] == ["Paul Martin", "Paul Martin"]


def test_a_coordinated_participle_after_a_finite_verb_keeps_its_subject() -> None:
    body = (
        "Claire Durand n'a pas évoqué les factures, ne dénonçant que « la haine » contre son adjoint et "
        "annoncé des poursuites contre « des propos indignes et des banderoles »."
    )
    quotes = run(body, [("Claire Durand", "PER", "Claire Durand")])
    assert quotes[-1].speaker == "Claire Durand"


def test_a_document_obtained_by_someone_is_the_document() -> None:
    body = "Cela aurait entraîné « une perte durable de la vue » selon un rapport transmis par la rédaction."
    assert only(run(body)).speaker == "un rapport"


def test_a_magazine_is_the_outlet_named_before() -> None:
    body = (
        "L'information a été révélée par Le Point. « Les analyses ont confirmé la présence de traces sur le "
        "colis », relate le magazine."
    )
    quote = only(run(body, [("Le Point", "ORG", "Le Point")]))
    assert (quote.speaker, quote.speaker_label) == ("Le Point", "ORG")


SPOKESMEN = [("Paul Martin", "PER", "Paul Martin"), ("Jean Durand", "PER", "Jean Durand")]


def test_a_title_after_a_source_named_with_selon_is_that_source() -> None:
    body = (
        "« Nous tiendrons jusqu'à l'été », a déclaré Paul Martin, le trésorier du parti. L'appel aux dons a "
        "rapporté 300.000 euros, une somme insuffisante selon Jean Durand. « Il manque encore beaucoup », a "
        "estimé le porte-parole du parti."
    )
    assert run(body, SPOKESMEN)[-1].speaker == "Jean Durand"


def test_a_title_after_a_person_named_in_a_plain_complement_is_the_last_speaker() -> None:
    body = (
        "« Nous tiendrons jusqu'à l'été », a déclaré Paul Martin, le porte-parole du parti. L'appel aux dons a "
        "été lancé avec Jean Durand. « Il manque encore beaucoup », a estimé le porte-parole du parti."
    )
    assert run(body, SPOKESMEN)[-1].speaker == "Paul Martin"


def test_a_plural_pronoun_in_a_reported_clause_leaves_the_quote_to_the_teller() -> None:
    body = (
        "« Il riait encore beaucoup », note une amie. Un autre fidèle raconte qu'ensemble ils évoquaient « les "
        "vieilles campagnes électorales »."
    )
    quote = run(body)[-1]
    assert quote.speaker == "Un autre fidèle"


def test_a_plural_pronoun_of_the_main_clause_is_still_the_group() -> None:
    body = "Les syndicats de la SNCF ont été reçus lundi. Ils dénoncent « un mépris total » de la direction."
    assert run(body)[-1].speaker_mention == "Ils"


FIRM = [("Sidéra", "ORG", "Sidéra"), ("Paul Martin", "PER", "Paul Martin")]


def test_a_market_leader_is_the_company_just_quoted() -> None:
    body = (
        "Le groupe Sidéra a dénoncé lundi une décision « absurde et injuste ». Le numéro un européen de l'acier "
        "a demandé à être reçu par le président Paul Martin, affirmant qu'il ferait « tout pour la combattre »."
    )
    assert run(body, FIRM)[-1].speaker == "Sidéra"


def test_a_party_leader_is_still_a_person() -> None:
    body = (
        "Le leader du parti, Paul Martin, était à Lyon lundi. « Nous gagnerons cette élection », a lancé le "
        "leader du parti."
    )
    assert run(body, FIRM)[-1].speaker == "Paul Martin"


def test_a_spokesperson_is_not_a_person_known_by_another_office() -> None:
    body = (
        "« Nous ne céderons pas », prévient la ministre de la Culture Claire Durand. « Ces attaques sont sans "
        "fondement et chacun les connaît », déclare la porte-parole du ministère."
    )
    quote = run(body, [("Claire Durand", "PER", "Claire Durand")])[-1]
    assert quote.speaker == "la porte-parole du ministère"


def test_a_spokesperson_is_the_person_given_that_role() -> None:
    body = (
        "« Nous ne céderons pas », prévient la porte-parole du gouvernement Claire Durand. « Ces attaques sont "
        "sans fondement et chacun les connaît », déclare la porte-parole."
    )
    assert run(body, [("Claire Durand", "PER", "Claire Durand")])[-1].speaker == "Claire Durand"


PARTIES = [
    ("Parti vert", "ORG", "Parti vert"),
    ("Arcom", "ORG", "Arcom"),
    ("Autorité de régulation", "ORG", "Autorité de régulation"),
]


def test_an_organisation_word_prefers_the_organisation_named_as_a_subject() -> None:
    body = (
        "Le Parti vert compte bien signaler ces propos à l'Arcom. « Ces propos sont inacceptables et appellent "
        "une réponse », a annoncé l'organisation sur son compte."
    )
    assert run(body, PARTIES)[-1].speaker == "Parti vert"


def test_an_organisation_word_after_organisations_only_in_complements_is_the_last() -> None:
    body = (
        "Des élus ont écrit au Parti vert puis à l'Arcom. « Ces propos sont inacceptables et appellent une "
        "réponse », a annoncé l'organisation sur son compte."
    )
    assert run(body, PARTIES)[-1].speaker == "Arcom"


def test_an_acronym_in_brackets_after_a_complement_is_a_complement_too() -> None:
    body = (
        "Le Parti vert va écrire à l'Autorité de régulation (Arcom). « Ces propos sont inacceptables et "
        "appellent une réponse », a annoncé l'organisation sur son compte."
    )
    assert run(body, PARTIES)[-1].speaker == "Parti vert"


RELATIVES = [
    ("Olivier Véran", "PER", "Olivier Véran"),
    ("Jean Razafi", "PER", "Jean Razafi"),
    ("Thomas Dutronc", "PER", "Thomas Dutronc"),
    ("Jacques Dutronc", "PER", "Jacques Dutronc"),
]


def test_a_possessive_relative_never_named_stays_a_description() -> None:
    body = (
        "Le ministre Olivier Véran a rendu hommage au médecin Jean Razafi. « Mon père s'est sacrifié pour ses "
        "patients », assure son fils au quotidien."
    )
    quote = run(body, RELATIVES)[-1]
    assert quote.speaker == "son fils" and quote.speaker_label is None


def test_a_possessive_relative_the_article_named_is_that_person() -> None:
    body = (
        "Jacques Dutronc était présent samedi avec son fils Thomas Dutronc. « Il va beaucoup mieux depuis "
        "lundi », a confié son fils."
    )
    assert run(body, RELATIVES)[-1].speaker == "Thomas Dutronc"


def test_an_elliptic_description_is_someone() -> None:
    body = (
        "« Arrêtez d'associer Bagdad au chaos », rétorque un internaute irakien agacé. « Laissez-nous "
        "tranquilles », s'emporte un autre."
    )
    quote = run(body)[-1]
    assert quote.speaker == "un autre" and quote.speaker_label is None
    assert run("« Laissez-nous tranquilles », s'emporte une autre des manifestantes.")[-1].speaker is not None


def test_autre_before_a_noun_that_cannot_speak_is_no_one() -> None:
    quotes = run("« Une mesure absurde et injuste pour nous », résume l'autre visage de la crise.")
    assert all(q.speaker is None for q in quotes)


BODIES = [
    ("France Info", "ORG", "France Info"),
    ("préfecture du Nord", "ORG", "préfecture du Nord"),
    ("Parti socialiste", "ORG", "Parti socialiste"),
    ("Amis de la Terre", "ORG", "Amis de la Terre"),
    ("La Provence", "ORG", "La Provence"),
    ("syndicat des commissaires de la police nationale", "ORG", "syndicat des commissaires de la police nationale"),
    ("Météo-France", "ORG", "Météo-France"),
]


@pytest.mark.parametrize(
    "body",
    [
        "Interrogée par France Info, la préfecture a démenti. « Aucun blessé », a précisé la préfecture.",
        "Selon France Info, « aucun blessé n'est à déplorer », a indiqué le parquet.",
        "Le Parti socialiste dénonce le projet. « Le spectacle durera vingt minutes », explique la mairie.",
    ],
)
def test_an_institution_named_by_its_noun_is_no_channel_or_party(body) -> None:
    """ "la préfecture", "le parquet", "la mairie": only a body whose name holds the noun, else kept as said."""
    quote = run(body, BODIES)[-1]
    assert quote.speaker_label is None and quote.speaker is not None
    assert quote.speaker.split()[-1] in ("préfecture", "parquet", "mairie")


def test_an_institution_named_by_its_noun_is_the_body_named_so() -> None:
    body = (
        "La préfecture du Nord a publié un arrêté, relayé par France Info. « Les travaux vont durer », précise "
        "la préfecture."
    )
    assert run(body, BODIES)[-1].speaker == "préfecture du Nord"


def test_a_body_described_by_another_noun_is_not_a_newspaper() -> None:
    body = (
        "Les Amis de la Terre ont écrit à la ministre, rapporte La Provence. « Nous attendons une réponse », a "
        "souligné l'association."
    )
    assert run(body, BODIES)[-1].speaker == "Amis de la Terre"


def test_a_newspaper_noun_still_takes_the_newspaper() -> None:
    body = "La Provence a révélé l'affaire. « Le maire était informé », affirme le quotidien."
    assert run(body, BODIES)[-1].speaker == "La Provence"


def test_a_union_named_with_the_police_is_still_a_union() -> None:
    body = (
        "Le syndicat des commissaires de la police nationale a réagi mardi. « C'est inacceptable », a dénoncé "
        "le syndicat."
    )
    assert run(body, BODIES)[-1].speaker == "syndicat des commissaires de la police nationale"


def test_a_generic_body_noun_may_be_an_agency() -> None:
    body = "Météo-France a placé le Var en vigilance. « Des orages violents sont attendus », prévient l'organisme."
    assert run(body, BODIES)[-1].speaker == "Météo-France"


def test_a_title_with_a_name_the_recognizer_missed_is_that_person() -> None:
    """ "le ministre des Finances Rishi Sunak" is not the last minister named (here none is: no mention)."""
    people = [("Boris Johnson", "PER", "Boris Johnson")]
    body = (
        "Boris Johnson a annoncé la réouverture des pubs. « J'ai vraiment hâte de retourner au pub », a tweeté "
        "le ministre des Finances Rishi Sunak."
    )
    assert run(body, people)[-1].speaker == "Rishi Sunak"


def test_a_two_part_portfolio_leads_to_its_minister() -> None:
    people = [("Gérald Darmanin", "PER", "Gérald Darmanin"), ("Édouard Philippe", "PER", "Édouard Philippe")]
    body = (
        "Édouard Philippe a tranché. « La ministre n'avait pas assez concerté », a estimé le ministre de l'Action "
        "et des Comptes publics Gérald Darmanin."
    )
    assert run(body, people)[-1].speaker == "Gérald Darmanin"


@pytest.mark.parametrize(
    "body",
    [
        "Emmanuel Macron était présent. « Nous serons prêts », a assuré le président de la République Française.",
        "Emmanuel Macron était présent. « Le trafic reprend », a indiqué le patron d'Air France KLM.",
    ],
)
def test_capitalised_words_of_a_title_or_a_company_are_no_name(body) -> None:
    people = [("Emmanuel Macron", "PER", "Emmanuel Macron"), ("Air France KLM", "ORG", "Air France KLM")]
    speaker = run(body, people)[-1].speaker
    assert speaker not in ("Française", "République Française", "France KLM")


def test_a_media_noun_speaks_and_a_work_title_does_not() -> None:
    body = "Les enfants jouaient dans la cour. Ils avaient « les mains dans les poches », indique la station."
    assert only(run(body)).speaker == "la station"
    assert all(q.speaker is None for q in run("« Un chef-d'oeuvre absolu », résume le titre du film."))


@pytest.mark.parametrize(
    "verb_and_date",
    ["révèle lundi 4 novembre", "a indiqué le 1er mars 2019", "a déclaré vendredi 26 juin"],
)
def test_a_date_between_an_inverted_verb_and_its_subject_is_skipped(verb_and_date) -> None:
    body = f"« Les fonds seront versés sur dix ans », {verb_and_date} une source proche du ministre."
    assert only(run(body)).speaker == "une source proche du ministre"


def test_a_number_before_a_month_is_a_date_only_as_a_day() -> None:
    # "4 novembre" is a date; "40 novembre" is none, so the phrase after it is not read as the subject
    assert only(run("« Les fonds seront versés », révèle 40 novembre une source proche.")).speaker is None


def test_a_document_with_no_author_speaks_for_the_source_opening_the_sentence() -> None:
    prefecture = [("préfecture de police", "ORG", "préfecture de police")]
    body = (
        "La préfecture de police a rejeté ces accusations. Selon elle, la note n'évoque « en aucun cas "
        "l'imminence d'un passage à l'acte »."
    )
    assert only(run(body, prefecture)).speaker == "préfecture de police"


def test_a_document_with_its_own_author_keeps_it_after_a_source() -> None:
    body = "Selon Le Monde, le rapport du ministère indique « une hausse nette des violences »."
    quote = only(run(body, [("Le Monde", "ORG", "Le Monde")]))
    assert quote.speaker != "Le Monde"


KINDS = [
    ("RTL", "ORG", "RTL"),
    ("Le Parisien", "ORG", "Le Parisien"),
    ("Europe 1", "ORG", "Europe 1"),
    ("Les Échos", "ORG", "Les Échos"),
    ("Alstom", "ORG", "Alstom"),
    ("CGT Métallurgie", "ORG", "CGT Métallurgie"),
    ("CSA", "ORG", "CSA"),
    ("Snof", "ORG", "Snof"),
    ("Ryanair", "ORG", "Ryanair"),
    ("Alliance", "ORG", "Alliance"),
]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a print noun is the newspaper, not the channel named beside it
        (
            "Selon RTL et Le Parisien, les suspects sont jeunes. « Ce sont des suiveurs », écrit le journal.",
            "Le Parisien",
        ),
        (
            "Selon Les Échos et Europe 1, le ministre partirait. « Il hésite encore », affirme le quotidien.",
            "Les Échos",
        ),
        # a broadcast noun is the channel, not the newspaper named beside it
        ("Selon Le Parisien et RTL, les suspects sont jeunes. « Ce sont des suiveurs », indique la radio.", "RTL"),
        # no kind clash: the last medium named
        ("Le Parisien a révélé l'affaire. « Le maire était informé », affirme le quotidien.", "Le Parisien"),
    ],
)
def test_a_media_noun_is_a_medium_of_its_kind(body, speaker) -> None:
    assert run(body, KINDS)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # "le syndicat" is the union named, not the company or pollster beside it
        (
            "L'inquiétude monte à la CGT Métallurgie après le rachat par Alstom. « C'est grave », a dit le syndicat.",
            "CGT Métallurgie",
        ),
        (
            "Selon une enquête CSA pour le principal syndicat de la profession (Snof), les délais baissent. "
            "« C'est une nette réduction », se félicite le syndicat.",
            "Snof",
        ),
        (
            "Le syndicat Alliance a réagi à la décision de Ryanair. « Nous refusons ce chantage », a dénoncé le "
            "syndicat.",
            "Alliance",
        ),
    ],
)
def test_the_union_noun_is_a_union(body, speaker) -> None:
    assert run(body, KINDS)[-1].speaker == speaker


def test_the_union_noun_with_no_union_named_is_kept_as_said() -> None:
    body = "Ryanair menace de licencier. Le syndicat majoritaire dénonce « un chantage au licenciement »."
    quote = run(body, KINDS)[-1]
    assert quote.speaker_label is None and quote.speaker == "Le syndicat majoritaire"


def test_a_minister_is_not_the_premier_ministre() -> None:
    people = [("Boris Johnson", "PER", "Boris Johnson")]
    body = (
        "Le Premier ministre Boris Johnson est à l'hôpital. Il « reste aux commandes », a déclaré son ministre du "
        "Logement."
    )
    assert run(body, people)[-1].speaker != "Boris Johnson"


def test_a_minister_is_still_the_minister_named_with_an_office() -> None:
    people = [("Gérald Darmanin", "PER", "Gérald Darmanin")]
    body = "Le ministre de l'Intérieur Gérald Darmanin était à Nice. « Rien n'est exclu », a déclaré le ministre."
    assert run(body, people)[-1].speaker == "Gérald Darmanin"


OUTLETS = [
    ("BBC", "ORG", "BBC"),
    ("CFDT", "ORG", "CFDT"),
    ("Jean Dupont", "PER", "Jean Dupont"),
]


def test_they_are_not_the_outlet_the_words_were_given_to() -> None:
    body = (
        "La CFDT a publié un communiqué. Les syndicalistes l'ont lu à la BBC. Ils demandent « une journée de repos "
        "exceptionnelle »."
    )
    assert run(body, OUTLETS)[-1].speaker == "CFDT"


def test_they_may_still_be_a_body_named_before() -> None:
    body = "La CFDT a publié un communiqué. Ils demandent « une journée de repos exceptionnelle »."
    assert run(body, OUTLETS)[-1].speaker == "CFDT"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a person or a body subject of the clause speaks; the outlet only reports it
        ("Jean Dupont a estimé que « la France doit agir », d'après Le Monde.", "Jean Dupont"),
        ("Le président leur a demandé de « régler leurs comptes dehors », selon BFMTV.", "Le président"),
    ],
)
def test_an_outlet_named_after_the_quote_does_not_beat_the_subject(body, speaker) -> None:
    assert run(body, OUTLETS)[-1].speaker == speaker


def test_an_outlet_named_after_the_quote_speaks_for_itself_when_no_one_else_does() -> None:
    body = "Le gouvernement prépare « un plan de relance massif », selon Le Monde."
    assert run(body, OUTLETS)[-1].speaker == "Le Monde"


def test_an_absolute_participle_clause_ends_its_subject_before_ayant() -> None:
    body = (
        "Elle a été déboutée, le juge administratif ayant estimé qu'elle avait « elle-même pris le risque », selon "
        "Het Laatste Nieuws."
    )
    assert run(body, OUTLETS)[-1].speaker == "le juge administratif"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("« Ce que je trouve bien, c'est que la justice soit saisie », a continué Jean Dupont.", "Jean Dupont"),
        ("« À Saint-Barth, nous cherchons des maisons », a posté Jean Dupont sur Twitter.", "Jean Dupont"),
        ("« Je ressemblais à Robinson Crusoé », rigole Jean Dupont en sortant du salon.", "Jean Dupont"),
        ("« La loi doit être claire », a appuyé Jean Dupont.", "Jean Dupont"),
    ],
)
def test_more_reporting_verbs(body, speaker) -> None:
    assert run(body, OUTLETS)[-1].speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Dans les maisons de retraite, la situation « dramatique » continue de se dégrader, a dit Jean Dupont.",
        "Les États-Unis continueront de « diriger la coalition », a promis Jean Dupont.",
    ],
)
def test_continuing_to_do_something_says_nothing(body) -> None:
    quotes = run(body, OUTLETS)
    assert all(q.verb != "continuer" for q in quotes)


def test_an_unnamed_person_of_the_headline_is_she_in_the_body() -> None:
    people = [("Emmanuel Macron", "PER", "Emmanuel Macron")]
    title = "Au CHU de Rouen, une aide-soignante interpelle Macron"
    body = "Emmanuel Macron était en visite jeudi. « On a besoin de moyens », a-t-elle expliqué au chef de l'État."
    assert run(body, people, title=title)[-1].speaker == "une aide-soignante"


def test_she_is_still_the_woman_of_the_body() -> None:
    people = [("Emmanuel Macron", "PER", "Emmanuel Macron"), ("Claire Dupont", "PER", "Claire Dupont")]
    title = "Au CHU de Rouen, une aide-soignante interpelle Macron"
    body = "Claire Dupont a reçu Emmanuel Macron. « On a besoin de moyens », a-t-elle déclaré."
    assert run(body, people, title=title)[-1].speaker == "Claire Dupont"


FAUVERGUE = [
    ("Jean-Michel Fauvergue", "PER", "Jean-Michel Fauvergue"),
    ("Loïc Prud'homme", "PER", "Loïc Prud'homme"),
    ("La République en marche", "ORG", "LREM"),
    ("LREM", "ORG", "LREM"),
    ("Seine-et-Marne", "LOC", "Seine-et-Marne"),
    ("Gironde", "LOC", "Gironde"),
]
_DEPUTES = (
    "{intro} a suscité des réactions mardi. « Vous me faites vomir », a renchéri le député LFI de Gironde Loïc "
    "Prud'homme. Jean-Michel Fauvergue tente d'éteindre l'incendie mercredi. « Bien sûr qu'il ne faut pas "
    "oublier », assure le député dans Le Parisien."
)


def test_a_party_with_its_acronym_and_a_departement_between_title_and_name() -> None:
    intro = "Le député La République en marche (LREM) de Seine-et-Marne Jean-Michel Fauvergue"
    quote = run(_DEPUTES.format(intro=intro), FAUVERGUE)[-1]
    assert quote.speaker == "Jean-Michel Fauvergue" and quote.speaker_mention == "le député"


def test_a_verb_between_a_title_and_a_name_gives_no_title() -> None:
    """'Le député a rencontré (mardi) Jean-Michel Fauvergue': the deputy is someone else, the later one stays."""
    intro = "Le député a rencontré en marge de la séance (mardi) Jean-Michel Fauvergue, qui"
    quote = run(_DEPUTES.format(intro=intro), FAUVERGUE)[-1]
    assert quote.speaker == "Loïc Prud'homme"


def test_an_organisation_in_the_titles_complement_gives_no_title() -> None:
    """'du président de la Fondation pour la mémoire de l'esclavage (FME) Jean-Marc Ayrault' is no "chef de l'État"."""
    specs = [
        ("Emmanuel Macron", "PER", "Emmanuel Macron"),
        ("Jean-Marc Ayrault", "PER", "Jean-Marc Ayrault"),
        ("Fondation pour la mémoire de l'esclavage", "ORG", "FME"),
        ("FME", "ORG", "FME"),
    ]
    body = (
        "« C'est un crime », souligne Emmanuel Macron. Une cérémonie a eu lieu en présence du président de la "
        "Fondation pour la mémoire de l'esclavage (FME) Jean-Marc Ayrault. « Nous nous retrouverons », ajoute le "
        "chef de l'Etat."
    )
    assert run(body, specs)[-1].speaker == "Emmanuel Macron"


SWIMMERS = [("Roxana Dupuis", "PER", "Roxana Dupuis"), ("Laura Martin", "PER", "Laura Martin")]


@pytest.mark.parametrize(
    ("reporter", "speaker"),
    [
        # the titled description of the sentence before names the woman its apposition gave that title
        ("L'ancienne championne de natation avait plaidé la semaine dernière pour des initiations.", "Roxana Dupuis"),
        # no such sentence: the last woman named
        ("La mission commencera en septembre.", "Laura Martin"),
    ],
)
def test_she_is_the_titled_description_of_the_sentence_before(reporter: str, speaker: str) -> None:
    body = (
        "Une mission a été confiée à l'ancienne championne de natation, Roxana Dupuis. Le Premier ministre a "
        f"demandé à la ministre des Sports, Laura Martin, de la suivre. {reporter} "
        "« Les parents blindent les enfants de brassards », avait-elle expliqué."
    )
    assert only(run(body, SWIMMERS)).speaker == speaker
