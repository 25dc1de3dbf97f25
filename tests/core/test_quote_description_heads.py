"""A description's noun after a prenominal adjective, and a name closing a title's capitalised complement
(attribution.py: read_np's participle stop, _named_after_portfolio)."""

from __future__ import annotations

from tests.core.test_quotes import run

LIU = ("Liu Wenchao", "PER", "Liu Wenchao")
KYRIAKIDES = ("Stella Kyriakides", "PER", "Stella Kyriakides")
BRETON = ("Thierry Breton", "PER", "Thierry Breton")


def test_a_participle_after_a_prenominal_adjective_is_the_noun() -> None:
    body = "Liu Wenchao a fêté ses noces en ligne. « Je ne m'attendais pas à cela », confie le jeune marié."
    assert run(body, [LIU])[-1].speaker_mention == "le jeune marié"


def test_a_participle_after_a_noun_still_ends_the_description() -> None:
    body = "Liu Wenchao a parlé. « Je ne m'attendais pas à cela », confie le jeune homme marié hier."
    assert run(body, [LIU])[-1].speaker_mention == "le jeune homme"


def test_a_name_right_after_a_titles_capitalised_complement_is_the_speaker() -> None:
    body = (
        "Thierry Breton a présenté le projet. « Elles peuvent nous aider », a souligné la commissaire à la "
        "Santé Stella Kyriakides."
    )
    assert run(body, [BRETON, KYRIAKIDES])[-1].speaker == "Stella Kyriakides"


def test_a_name_after_a_preposition_in_the_complement_is_not_the_speaker() -> None:
    body = (
        "Thierry Breton a présenté le projet. « Elles peuvent nous aider », a souligné la commissaire chargée "
        "des relations avec Stella Kyriakides."
    )
    assert run(body, [BRETON, KYRIAKIDES])[-1].speaker != "Stella Kyriakides"


MARCELLE = ("Marcelle", "PER", "Marcelle")
FRANCE2 = ("France 2", "ORG", "France 2")


def test_a_time_phrase_after_an_inverted_verb_is_skipped() -> None:
    body = (
        "Marcelle a parlé. « Est-ce qu'on va garder une cochonnerie ? », expliquait la semaine dernière à "
        "France 2 un malade convalescent."
    )
    assert run(body, [MARCELLE, FRANCE2])[-1].speaker == "un malade convalescent"


def test_a_time_phrase_alone_after_an_inverted_verb_is_skipped() -> None:
    body = "Marcelle a parlé. « Nous resterons mobilisés », a déclaré la veille un syndicaliste."
    assert run(body, [MARCELLE])[-1].speaker == "un syndicaliste"


def test_a_time_noun_without_its_past_adjective_is_no_time_phrase() -> None:
    body = "Marcelle a parlé. « Nous resterons mobilisés », a déclaré la semaine sociale organisée par le syndicat."
    assert run(body, [MARCELLE])[-1].speaker_mention == "la semaine sociale"


SCHIAPPA = ("Marlène Schiappa", "PER", "Marlène Schiappa")
TEX = ("Tex", "PER", "Tex")


def test_cette_derniere_after_an_inverted_verb_is_a_pronoun_not_a_skipped_word() -> None:
    body = (
        "Tex estime que Marlène Schiappa avait une part de responsabilité. « Ce n'est pas mon choix », a assuré "
        "cette dernière."
    )
    quote = run(body, [TEX, SCHIAPPA])[-1]
    assert (quote.speaker_mention, quote.speaker) == ("cette dernière", "Marlène Schiappa")


def test_cette_derniere_semaine_is_still_a_skipped_time_phrase() -> None:
    body = "Marlène Schiappa a parlé. « Ce n'est pas mon choix », a assuré cette semaine le porte-parole."
    assert run(body, [SCHIAPPA])[-1].speaker_mention == "le porte-parole"


def test_a_second_person_after_et_and_an_honorific_is_not_the_titles_name() -> None:
    specs = [("Bernard Marchal", "PER", "Bernard Marchal"), ("Didier Andrieux", "PER", "Didier Andrieux")]
    body = (
        "Bernard Marchal a parlé. Le policier Didier Andrieux a frappé. Il avait un tesson selon le procureur et "
        "M. Andrieux « a voulu le neutraliser »."
    )
    assert run(body, specs)[-1].speaker_mention == "le procureur"


def test_local_branch_of_a_party_speaks_for_the_party() -> None:
    # "la branche marseillaise de LFI": a part of an organisation, described by its noun, is the organisation
    body = (
        "« Nous découvrons à Marseille que les panneaux officiels ont été divisés en deux », écrit sur Facebook "
        "la branche marseillaise de LFI, photo à l'appui."
    )
    specs = [("LFI", "ORG", "La France insoumise"), ("Facebook", "ORG", "Facebook"), ("Marseille", "LOC", "Marseille")]
    assert run(body, specs)[0].speaker == "La France insoumise"


def test_branch_with_no_organisation_named_is_kept_as_said() -> None:
    # near miss: no organisation named in the description nor before it: kept as said
    body = "« Nous ne céderons pas », a déclaré la branche locale, réunie lundi à Lyon."
    assert run(body, [("Lyon", "LOC", "Lyon")])[0].speaker != "Lyon"
