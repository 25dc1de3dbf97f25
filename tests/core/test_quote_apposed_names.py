"""A description whose name the subject read left out or ran over: the name is the speaker, not another
person of the same title (speakers.py: _name_led, _coordinated_name, _named_after_comma, _apposed_name)."""

from __future__ import annotations

from tests.core.test_quotes import run

BAYOU = ("Julien Bayou", "PER", "Julien Bayou")
CORMAND = ("David Cormand", "PER", "David Cormand")
HOLLANDE = ("François Hollande", "PER", "François Hollande")
MONTEBOURG = ("Arnaud Montebourg", "PER", "Arnaud Montebourg")


def test_a_subject_run_over_its_name_into_a_verb_is_the_person() -> None:
    body = (
        "Questionné sur le surnom que lui avait donné Arnaud Montebourg, François Hollande préfère ironiser. "
        "« Il veut me blesser, mais c'est une très bonne proposition », a-t-il répondu."
    )
    speakers = {q.speaker for q in run(body, [HOLLANDE, MONTEBOURG])}
    assert "François Hollande préfère" not in speakers


def _name_led(text: str, subject_text: str):
    from pipeline.core.quotation.attribution import Context, Subject
    from pipeline.core.quotation.lexicon import load_lexicon
    from pipeline.core.quotation.marks import find_spans
    from pipeline.core.quotation.speakers import SpeakerIndex
    from pipeline.core.quotation.tokens import tokenize
    from pipeline.core.records import EntityMention

    mentions = [EntityMention("body", 0, 17, "François Hollande", "PER", "François Hollande")]
    ctx = Context(text, tokenize(text, find_spans(text)), mentions, load_lexicon())
    words = tuple(subject_text.lower().split())
    return SpeakerIndex.build(ctx)._name_led(Subject("description", subject_text, 0, words=words))


def test_a_name_led_subject_needs_lower_case_words_only_after_the_name() -> None:
    assert _name_led("François Hollande préfère ironiser.", "François Hollande préfère").name == "François Hollande"
    assert _name_led("François Hollande et Arnaud Montebourg ont répondu.", "François Hollande et") is None
    assert _name_led("François Hollande de Tulle a répondu.", "François Hollande de Tulle") is None


def test_two_titles_joined_by_et_before_a_name_are_that_persons() -> None:
    body = (
        "Le secrétaire national d'EELV Julien Bayou a estimé que l'enjeu était le projet. « La clarté ne doit pas "
        "se faire autour d'un dispositif tactique », a abondé l'eurodéputé EELV et ex-secrétaire national David "
        "Cormand sur franceinfo."
    )
    assert run(body, [BAYOU, CORMAND])[-1].speaker == "David Cormand"


def test_a_second_determiner_after_et_is_another_person() -> None:
    """ "le maire et le député X": two persons, the title alone is not resolved to X."""
    body = (
        "Le député Julien Bayou a estimé que l'enjeu était le projet. « La clarté ne doit pas se faire ainsi », "
        "a abondé l'eurodéputé EELV et le député David Cormand sur franceinfo."
    )
    assert run(body, [BAYOU, CORMAND])[-1].speaker != "David Cormand"


def test_a_name_after_a_comma_closes_the_apposition() -> None:
    petel = ("Anne-Laurence Petel", "PER", "Anne-Laurence Petel")
    joissains = ("Maryse Joissains", "PER", "Maryse Joissains")
    body = (
        "Maryse Joissains a tendu la main. « Le clan Joissains est une ligne rouge pour moi », a affirmé à l'AFP "
        "l'une des candidates déclarées à l'investiture LREM, la députée Anne-Laurence Petel, qui exclut tout "
        "rapprochement."
    )
    assert run(body, [joissains, petel])[-1].speaker == "Anne-Laurence Petel"


def test_a_name_after_a_comma_that_opens_a_clause_is_not_the_speaker() -> None:
    """ "…, la députée X ayant refusé de répondre": the name is the subject of what follows, not an apposition."""
    petel = ("Anne-Laurence Petel", "PER", "Anne-Laurence Petel")
    body = (
        "La main tendue a été diversement accueillie. « C'est une ligne rouge pour moi », a affirmé à l'AFP l'une "
        "des candidates déclarées à l'investiture LREM, la députée Anne-Laurence Petel ayant refusé de répondre."
    )
    assert run(body, [petel])[-1].speaker != "Anne-Laurence Petel"


def test_a_particle_inside_a_name_keeps_the_whole_name() -> None:
    """ "le député LR Fabien di Filippo", the party and name read as one organisation: still that person, not
    another deputy named before."""
    body = (
        "Le député MoDem Jean-Louis Bourlanges a estimé que c'était un signe. « Le diktat de l'Élysée a ses "
        "limites », a estimé le député LR Fabien di Filippo."
    )
    specs = [
        ("Jean-Louis Bourlanges", "PER", "Jean-Louis Bourlanges"),
        ("LR Fabien di Filippo", "ORG", "LR Fabien di Filippo"),
    ]
    assert run(body, specs)[-1].speaker == "Fabien di Filippo"


def test_an_organisation_after_a_title_is_still_no_person() -> None:
    """ "le patron d'Air France KLM": the capitalised run is the company, not a name."""
    body = (
        "Le ministre Bruno Le Maire a salué l'accord. « C'est une bonne nouvelle », a déclaré le patron d'Air "
        "France KLM."
    )
    specs = [("Bruno Le Maire", "PER", "Bruno Le Maire"), ("Air France KLM", "ORG", "Air France KLM")]
    assert run(body, specs)[-1].speaker not in {"France KLM", "Air France KLM"}


def test_a_plural_verb_inverted_with_il_is_plural() -> None:
    """ "ont-il dénoncé" (the pronoun's "s" lost): the body that spoke, not the man last named."""
    body = (
        "La France insoumise a affirmé dans un communiqué que Loïc Prud'homme avait été matraqué. « Ils l'ont fait "
        "consciemment », ont-il dénoncé."
    )
    specs = [("La France insoumise", "ORG", "La France insoumise"), ("Loïc Prud'homme", "PER", "Loïc Prud'homme")]
    assert run(body, specs)[-1].speaker == "La France insoumise"


def test_a_singular_verb_inverted_with_il_stays_singular() -> None:
    body = (
        "La France insoumise a affirmé dans un communiqué que Loïc Prud'homme avait été matraqué. « Ils l'ont fait "
        "consciemment », a-t-il dénoncé."
    )
    specs = [("La France insoumise", "ORG", "La France insoumise"), ("Loïc Prud'homme", "PER", "Loïc Prud'homme")]
    assert run(body, specs)[-1].speaker == "Loïc Prud'homme"


def test_an_organisation_run_over_into_its_verb_is_the_organisation() -> None:
    dgs = ("Direction générale de la santé", "ORG", "Direction générale de la santé")
    body = (
        "Face aux chiffres, la Direction générale de la santé calme l'inquiétude. « Le retard des déclarations a pu "
        "être accentué », souligne-t-elle."
    )
    from pipeline.core.quotation.attribution import Context, Subject
    from pipeline.core.quotation.lexicon import load_lexicon
    from pipeline.core.quotation.marks import find_spans
    from pipeline.core.quotation.speakers import SpeakerIndex
    from pipeline.core.quotation.tokens import tokenize
    from pipeline.core.records import EntityMention

    at = body.index("Direction")
    mentions = [EntityMention("body", at, at + len(dgs[0]), dgs[0], "ORG", dgs[0])]
    ctx = Context(body, tokenize(body, find_spans(body)), mentions, load_lexicon())
    index = SpeakerIndex.build(ctx)
    text = "la Direction générale de la santé calme l'inquiétude"
    start = body.index(text)
    found = index._name_led(Subject("description", text, start, words=tuple(text.lower().split())))
    assert found is not None and found.name == dgs[0]
    text = "la Direction générale de la santé sous tutelle"  # a complement, not a verb: not this rule's
    body2 = body.replace("calme l'inquiétude", "sous tutelle")
    ctx = Context(body2, tokenize(body2, find_spans(body2)), mentions, load_lexicon())
    found = SpeakerIndex.build(ctx)._name_led(Subject("description", text, start, words=tuple(text.lower().split())))
    assert found is None


def test_a_former_title_written_ex_is_a_title() -> None:
    """ "a précisé l'ex-candidat EELV à la mairie de Paris" after the adjoint's quotes: the person quoted."""
    najdovski = ("Christophe Najdovski", "PER", "Christophe Najdovski")
    body = (
        "La municipalité va présenter un plan, a indiqué vendredi l'adjoint aux transports, Christophe Najdovski. "
        "« On doit agir vite et fort », a expliqué M. Najdovski. Ce plan doit permettre « la mise en place "
        "immédiate de mesures d'urgence », a précisé l'ex-candidat EELV à la mairie de Paris."
    )
    assert run(body, [najdovski])[-1].speaker == "Christophe Najdovski"
