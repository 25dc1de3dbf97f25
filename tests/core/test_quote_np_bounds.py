"""Where a speaker's noun phrase ends and which noun phrase is a subject at all (heldout15 classes)."""

from __future__ import annotations

from tests.core.test_quotes import run

MACRON = [("Emmanuel Macron", "PER", "Emmanuel Macron")]
FRANCOIS = [("pape François", "PER", "pape François"), ("François", "PER", "pape François")]
HULOT = [("Nicolas Hulot", "PER", "Nicolas Hulot"), ("Brigitte Bardot", "PER", "Brigitte Bardot")]
LECLERC = [("Michel-Edouard Leclerc", "PER", "Michel-Edouard Leclerc")]


def speakers(body: str, specs: list[tuple[str, str, str]] = ()) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(body, list(specs))]


def test_a_time_noun_after_de_complements_the_speaker_noun() -> None:
    body = "« On est dans la surchauffe permanente », confie un visiteur du soir d'Emmanuel Macron."
    assert speakers(body, MACRON) == [("On est dans la surchauffe permanente", "un visiteur du soir d'Emmanuel Macron")]


def test_a_time_word_after_the_speaker_still_ends_it() -> None:
    body = "« On est dans la surchauffe permanente », confie un conseiller ministériel mardi soir."
    assert speakers(body) == [("On est dans la surchauffe permanente", "un conseiller ministériel")]


def test_paru_ends_the_noun_phrase_like_a_participle() -> None:
    body = "Le parti « incarne le mieux l'opposition », selon un sondage Ifop paru mardi."
    assert speakers(body) == [("incarne le mieux l'opposition", "un sondage Ifop")]


def test_paru_as_a_noun_head_keeps_its_words() -> None:
    body = "Le parti « incarne le mieux l'opposition », selon le dernier sondage Ifop."
    assert speakers(body) == [("incarne le mieux l'opposition", "le dernier sondage Ifop")]


def test_the_object_of_a_present_participle_is_no_speaker() -> None:
    body = (
        "L'entourage du ministre a affirmé que celui-ci ne souhaitait pas commenter des « propos manipulatoires "
        "issus d'une conversation privée », qualifiant les déclarations de Brigitte Bardot d'injurieuses."
    )
    got = speakers(body, HULOT)
    assert got and got[0][1] != "les déclarations de Brigitte Bardot d'injurieuses"


def test_an_inverted_incise_still_names_its_speaker() -> None:
    body = "« Nous ne commenterons pas ces propos », a déclaré Nicolas Hulot."
    assert speakers(body, HULOT) == [("Nous ne commenterons pas ces propos", "Nicolas Hulot")]


def test_a_noun_after_a_preposition_before_an_inverted_incise_is_no_subject() -> None:
    body = (
        "« L'homosexualité est une question très grave » à la prêtrise et à la vie religieuse, a déclaré le "
        "pape François. « Dans nos sociétés, il semble même que ce soit à la mode », ajoute le pontife argentin."
    )
    got = speakers(body, FRANCOIS)
    assert [s for _, s in got] == ["pape François", "pape François"]


def test_an_adverb_inside_an_inverted_incise_inside_the_marks() -> None:
    body = (
        "Michel-Edouard Leclerc s'est félicité des ventes. « Ils ont constaté les écarts de prix, a-t-il encore "
        "assuré. Le deuxième effet, c'est le drive. »"
    )
    got = speakers(body, LECLERC)
    assert got == [("Ils ont constaté les écarts de prix Le deuxième effet, c'est le drive.", "Michel-Edouard Leclerc")]


def test_an_enumeration_with_an_adverb_is_no_incise() -> None:
    body = "Michel-Edouard Leclerc a déclaré : « Ils ont constaté les écarts de prix, et encore plus les promotions. »"
    got = speakers(body, LECLERC)
    assert got == [("Ils ont constaté les écarts de prix, et encore plus les promotions.", "Michel-Edouard Leclerc")]


def test_a_dative_clitic_before_an_inverted_incise_without_comma() -> None:
    body = (
        "François Hollande a discuté avec une passante. « On vous regrette beaucoup » lui a-t-elle dit. "
        "« Je vais revenir », a répondu l'ancien président."
    )
    got = speakers(body, [("François Hollande", "PER", "François Hollande")])
    assert got[0][1] != "François Hollande" and got[1] == ("Je vais revenir", "François Hollande")


def test_a_stressed_pronoun_after_a_quote_is_no_incise() -> None:
    body = "François Hollande a parlé de « son retour » lui aussi, devant la presse."
    got = speakers(body, [("François Hollande", "PER", "François Hollande")])
    assert all(s in (None, "François Hollande") for _, s in got)


def test_auparavant_between_auxiliary_and_participle() -> None:
    body = (
        "Judd Deere, porte-parole de l'exécutif, avait auparavant indiqué que la décision n'avait « rien à voir » "
        "avec la quarantaine."
    )
    assert speakers(body, [("Judd Deere", "PER", "Judd Deere")]) == [("rien à voir", "Judd Deere")]


def test_a_quote_before_a_present_participle_is_kept_without_its_object_as_speaker() -> None:
    body = (
        "Ali Chamkhani a averti dimanche Washington. Les Etats-Unis « devraient savoir que l'Iran n'acceptera "
        "aucune violation de la résolution », soulignant que la levée de l'embargo est un droit."
    )
    got = speakers(body, [("Ali Chamkhani", "PER", "Ali Chamkhani")])
    assert len(got) == 1 and got[0][1] != "la levée de l'embargo"
