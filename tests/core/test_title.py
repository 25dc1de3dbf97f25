"""Title choice: document furniture above the headline is skipped only when a headline follows it."""

from __future__ import annotations

import pytest

from pipeline.core import title
from pipeline.core.article import parse_article
from pipeline.core.cleaning import embedded
from pipeline.core.records import Article


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Archives Pressalia · Recherche avancée", "publisher_boilerplate"),  # a search tool's heading
        ("Requête : « marée noire » ET Bretagne  |  Période : du 01/02/2021 au 15/02/2021", "publisher_boilerplate"),
        ("Résultat 7 sur 52  ·  ◄ Précédent  ·  Suivant ►", "navigation"),
        ("Base Médiapresse · Consultation d'archives · Document 12 sur 40", "publisher_boilerplate"),
        ("‹ Notice précédente | Notice suivante ›", "navigation"),
        ("| Article suivant | Menu de la rubrique | Menu principal |", "navigation"),
        ("Le Courrier des Vallées (site web)", "publisher_boilerplate"),
        ("Rubrique : Économie, jeudi 5 mars 2020 · 640 mots · Français", "publisher_boilerplate"),
        ("COLLÈGE JEAN-MOULIN — SAINT-AUBIN-DES-BOIS", "publisher_boilerplate"),  # a masthead in capitals
        ("RÉDACTION · SERVICE SOCIÉTÉ", "publisher_boilerplate"),
        ("RADIO VALLÉE FM · RÉDACTION · JOURNAL DE 8H", "publisher_boilerplate"),
        ("Histoire-géographie · Seconde 4 · Mme Lefort", "publisher_boilerplate"),
        ("Chapitre 3 — La Révolution industrielle", "publisher_boilerplate"),
        ("Séance du mardi 4 février 2020 · Travail en groupe", "publisher_boilerplate"),
        ("Nom : ..........  Prénom : ..........  Classe : ....", "publisher_boilerplate"),
        ("DOCUMENT 2 — Les effets du télétravail", "publisher_boilerplate"),
        ("Source : d'après Le Courrier, article en ligne du 12 juin 2018.", "publisher_boilerplate"),
        ("   [3]Aller au contenu principal", "navigation"),  # a text-mode browser's numbered links
        ("   Vous êtes ici : [7]Accueil > [8]Sports > Rugby", "navigation"),
        ("[image : manif-rennes.jpg]", "navigation"),
        ("Article 2 sur 5 de cette alerte", "publisher_boilerplate"),  # a counter alone
        ("Destinataire : service presse de la mairie de Tours", "publisher_boilerplate"),  # a monitoring alert's field
        ("Thématique suivie : « budget municipal »", "publisher_boilerplate"),
    ],
)
def test_furniture_lines(line: str, rule: str) -> None:
    assert title.furniture_rule(line) == rule
    assert not title.reads_as_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Retraites : le gouvernement recule sur l'âge pivot",
        "Coronavirus : 12 nouveaux cas confirmés en Bretagne",
        "SNCF : la grève continue, le trafic très perturbé ce week-end",
        '"Notre-Dame de Paris" : la troupe réunie pour un concert caritatif',
        "Pourquoi le prix du gazole flambe-t-il ?",
        "Rugby : le XV de France battu par l'Irlande (24-12)",
        "Football - Ligue 1 : Lyon arrache le nul à Marseille",
        "Mort de Johnny Hallyday : ce que contient son testament",
        "Article 49.3 : le gouvernement engage sa responsabilité",
        "Article 2 sur 5 : la réforme constitutionnelle examinée au Sénat cette semaine",
    ],
)
def test_headlines_are_no_furniture(line: str) -> None:
    assert title.furniture_rule(line) is None
    assert title.reads_as_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Le gouvernement a annoncé mercredi un nouveau plan pour l'hôpital.",  # a standfirst: final full stop
        "INCENDIE À LYON : TROIS IMMEUBLES ÉVACUÉS",  # in capitals
        "Lire aussi :",
        "Deux mots",
    ],
)
def test_lines_that_do_not_read_as_headlines(line: str) -> None:
    assert not title.reads_as_headline(line)


EXPORT = (
    "Archives Pressalia · Recherche avancée\n"
    "Requête : « marée noire » ET Bretagne  |  Période : du 01/02/2021 au 15/02/2021\n"
    "Résultat 7 sur 52  ·  ◄ Précédent  ·  Suivant ►\n\n"
    "Finistère : une nappe d'hydrocarbures au large de Brest\n\n"
    "Une nappe de plusieurs kilomètres a été repérée mardi par un avion des douanes.\n"
)


def test_export_furniture_is_skipped_and_removed() -> None:
    choice = title.choose(EXPORT, 0, embedded.kinds(EXPORT))
    assert choice is not None and len(choice.furniture) == 3
    assert EXPORT[choice.start : choice.end] == "Finistère : une nappe d'hydrocarbures au large de Brest"
    art = parse_article("x.txt", EXPORT.encode())
    assert isinstance(art, Article)
    assert art.title == "Finistère : une nappe d'hydrocarbures au large de Brest"
    assert "Requête" not in art.body and "Précédent" not in art.body
    assert art.body.startswith("Une nappe de plusieurs kilomètres")


def test_worksheet_headings_are_skipped() -> None:
    text = (
        "COLLÈGE JEAN-MOULIN — SAINT-AUBIN-DES-BOIS\n"
        "Histoire-géographie · Seconde 4 · Mme Lefort\n"
        "Chapitre 3 — La Révolution industrielle\n\n"
        "DOCUMENT 2 — Les effets du télétravail\n"
        "Source : d'après Le Courrier, article en ligne du 12 juin 2018.\n\n"
        "Télétravail : les salariés plébiscitent deux jours par semaine\n\n"
        "Selon une enquête publiée lundi, sept salariés sur dix souhaitent continuer.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Télétravail : les salariés plébiscitent deux jours par semaine"


@pytest.mark.parametrize(
    "text",
    [
        # The first line is a headline: nothing is skipped.
        "Retraites : le gouvernement recule sur l'âge pivot\n\nLe Premier ministre a cédé.\n",
        # A title in capitals followed by its standfirst (a full stop ends it): the first line stays the title.
        "INCENDIE À LYON : TROIS IMMEUBLES ÉVACUÉS\n\nLes pompiers sont intervenus dans la nuit.\n",
        # Furniture, then no headline alone in its paragraph: no choice is made.
        "Rubrique : Sports · 300 mots\nLe club a perdu son match samedi.\n",
        "Chapitre 2 — Les débuts\nIl était une fois un village.\nLa suite demain\n",
    ],
)
def test_no_choice_without_furniture_then_headline(text: str) -> None:
    assert title.choose(text, 0, embedded.kinds(text)) is None


def test_title_on_the_header_line_stays() -> None:
    text = " date 12.03.20 Rennes : un incendie ravage un entrepôt\n\nRADIO VALLÉE FM · RÉDACTION\n\nLe feu a pris.\n"
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Rennes : un incendie ravage un entrepôt"


def test_headline_directly_above_more_furniture() -> None:
    text = (
        "   [1]Accueil | [2]Sports | [3]Rugby\n\n"
        "Rugby : le XV de France battu par l'Irlande\n"
        "   Par [4]la rédaction · [5]12 commentaires\n\n"
        "Les Bleus se sont inclinés samedi à Dublin.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Rugby : le XV de France battu par l'Irlande"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Culture, mercredi 17 avril 2019 · 412 mots · Français", "publisher_boilerplate"),  # a record's length
        ("Le Courrier, no. 23456, 3 mars 2020, 1 250 mots", "publisher_boilerplate"),
        ("Publié le 3 mars 2020 à 10h05", "publisher_boilerplate"),  # a publication line above the title
        ("Mercredi 17 avril 2019", "publisher_boilerplate"),
    ],
)
def test_record_and_date_lines_above_the_title(line: str, rule: str) -> None:
    assert title.furniture_rule(line) == rule


def test_furniture_under_the_title_stops_at_the_text() -> None:
    text = (
        "Un titre\nRubrique : Culture, 17 avril 2019 · 412 mots\nParution : 17 avril 2019\n\n"
        "Le texte commence ici avec une phrase assez longue pour être un paragraphe de l'article lui-même, "
        "et non un champ de notice.\n\nPD   30 juillet 2020\n"
    )
    assert title.furniture_under(text, len("Un titre")) == [
        "Rubrique : Culture, 17 avril 2019 · 412 mots",
        "Parution : 17 avril 2019",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Société, lundi 3 février 2020 789 mots",  # a press database's date line ending on the length
        "Le Quotidien du Centre, no. 12345",  # a source line ending on the issue
        "Économie, mardi 4 février 2020, p. 7",  # … or on the page
        "Texte 2 : un article de presse",
    ],
)
def test_press_database_source_lines(line: str) -> None:
    assert title.furniture_rule(line) == "publisher_boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Texte 49.3 : l'Assemblée adopte la réforme",  # a number that is no document's part
        "Un livre de 300 pages pour raconter la guerre",
        "Il résume sa vie en 280 mots",  # a length with no date before it
        "Loto : le n° 7 sort encore",
    ],
)
def test_headlines_with_numbers_are_no_furniture(line: str) -> None:
    assert title.furniture_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "La Gazette du Soir · édition liseuse n° 12 · Récupérée le mer. 05 févr. 2020 à 06:05",  # fetch date
        "Imprimé le 05/02/2020 depuis le site www.journal-exemple.fr",  # print date
        "Consulté le 10 février 2020",
        "Date d'indexation : 06/02/2020 · Date de publication : 03/02/2020",
        "Trier par : date | pertinence",
        "Résultats de recherche · « grève » · 124 articles",
        "← Retour à la liste",
    ],
)
def test_decoy_dated_and_search_lines_are_furniture(line: str) -> None:
    assert title.furniture_rule(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Livré le 3 mars 2020, le premier Airbus de la compagnie a décollé de Toulouse",  # no label at its start
        "Le manuscrit imprimé le 3 mars 2020 par l'éditeur a disparu",
        "Consultation : les Français appelés à donner leur avis",
    ],
)
def test_sentences_with_such_words_are_no_furniture(line: str) -> None:
    assert title.furniture_rule(line) is None


def test_a_dated_url_above_the_title_dates_the_article() -> None:
    text = (
        "Source : https://www.exemple-info.fr/societe/2020/02/03/un-article\n"
        "Consulté le 10 février 2020\n\n"
        "Grève : la SNCF prévoit un trafic très perturbé\n\n"
        "La direction annonce un train sur trois jeudi.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Grève : la SNCF prévoit un trafic très perturbé"
    assert (art.date.value.isoformat(), art.date.source) == ("2020-02-03", "url")


def test_a_title_in_capitals_above_its_subtitle_stays_the_title() -> None:
    text = "INCENDIE À LYON\n\nTrois immeubles évacués dans la nuit\n\nLes pompiers sont intervenus vers 3 heures.\n"
    assert title.choose(text, 0, embedded.kinds(text)) is None


def test_a_name_in_capitals_above_more_furniture_is_skipped() -> None:
    text = (
        "LE JOURNAL DES VALLÉES\nRubrique : Société · 412 mots\n\n"
        "Trois immeubles évacués dans la nuit à Lyon\n\nLes pompiers sont intervenus vers 3 heures.\n"
    )
    choice = title.choose(text, 0, embedded.kinds(text))
    assert choice is not None and text[choice.start : choice.end] == "Trois immeubles évacués dans la nuit à Lyon"


def _title_of(text: str) -> str:
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    return art.title


def test_a_list_archives_furniture_and_a_forwarders_note_above_the_article_are_skipped() -> None:
    text = (
        "[Quartier-Info] Budget : le vote reporté\n\n"
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\n"
        "Jeanne Perrin  jperrin at asso-quartier.org\nVen 12 Mars 2021 10:02:11 CET\n\n"
        "Salut à tous,\nje vous transmets l'article de ce matin, à discuter jeudi.\nJeanne\n\n"
        "----- Article transféré -----\n\n"
        "Tours : le vote du budget municipal reporté à avril\n\n"
        "Le conseil municipal de Tours a reporté mercredi le vote de son budget. Le maire a invoqué des raisons "
        "techniques, a-t-il indiqué devant les élus réunis en séance.\n\n"
        "L'opposition a dénoncé un report qui retarde les travaux prévus dans les écoles et les gymnases de la ville, "
        "et demande que le budget soit présenté dès la prochaine séance, au début du mois d'avril.\n\n"
        "-------------- next part --------------\nAn HTML attachment was scrubbed...\n"
        "URL: <http://listes.asso-quartier.org/pipermail/quartier-info/attachments/20210312/a.html>\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Tours : le vote du budget municipal reporté à avril"
    assert art.body.startswith("Le conseil municipal") and art.body.endswith("au début du mois d'avril.")
    assert art.date.value is None  # the list message's date is no publication date


def test_a_note_longer_than_the_text_under_the_separator_is_no_forwarders_frame() -> None:
    """A reply quoting its original under the separator: the first line stays the title."""
    text = (
        "Réponse au sujet du budget\n\n"
        "Je ne suis pas d'accord avec ce qui est dit dans l'article, le conseil municipal a eu raison de reporter "
        "le vote du budget, et je le dirai jeudi à la réunion du collectif devant tout le monde.\n\n"
        "----- Article transféré -----\n\nLe vote est reporté\n\nLe conseil a voté.\n"
    )
    assert _title_of(text) == "Réponse au sujet du budget"


def test_a_monitoring_alerts_counter_line_above_the_title_is_skipped() -> None:
    text = (
        "Votre alerte Collectivités a détecté 2 nouveaux articles sur la période du 01/03/2021 au 07/03/2021.\n"
        "Pertinence : 80 % · Tonalité : neutre\n"
        "Lien de suivi : https://suivi.exemple-veille.fr/r/1234\n\n"
        "Tours : le vote du budget municipal reporté à avril\n\n"
        "Le conseil municipal de Tours a reporté mercredi le vote de son budget.\n\n"
        "Cette alerte vous est envoyée par Exemple Veille.\n\nProchaine alerte programmée : lundi 15 mars 2021\n"
    )
    assert _title_of(text) == "Tours : le vote du budget municipal reporté à avril"


def test_a_name_in_capitals_opening_a_line_of_segments_above_more_furniture_is_skipped() -> None:
    text = (
        "ARGUS DU CENTRE · Service de veille presse\nClient : Ville de Tours · Dossier : Budget\n\n"
        "Trois immeubles évacués dans la nuit à Lyon\n\nLes pompiers sont intervenus vers 3 heures.\n"
    )
    assert _title_of(text) == "Trois immeubles évacués dans la nuit à Lyon"


def test_a_headline_opening_on_capitals_above_its_standfirst_stays_the_title() -> None:
    text = (
        "ÉLECTIONS MUNICIPALES · Le second tour reporté à juin\n\n"
        "Le gouvernement a annoncé mardi le report du second tour.\n"
    )
    assert _title_of(text) == "ÉLECTIONS MUNICIPALES · Le second tour reporté à juin"


def test_a_list_archives_header_above_the_article_is_skipped_without_a_note() -> None:
    text = (
        "[Paris-velo] Pistes cyclables : la mairie accélère\n\n"
        "Marc Durand mdurand at velo-paris.org\nMon Oct 8 09:14:52 CEST 2018\n\n"
        "Previous message: [Paris-velo] Sortie dimanche\nNext message: [Paris-velo] Re: Pistes cyclables\n"
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\n"
        "Pistes cyclables : la mairie de Paris accélère les travaux\n\n"
        "La mairie de Paris a annoncé lundi l'accélération des travaux sur les grands axes.\n\n"
        "-------------- next part --------------\nAn HTML attachment was scrubbed...\n\n"
        "Paris-velo mailing list\nParis-velo at lists.velo-paris.org\n"
        "http://lists.velo-paris.org/mailman/listinfo/paris-velo\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Pistes cyclables : la mairie de Paris accélère les travaux"
    assert art.body == "La mairie de Paris a annoncé lundi l'accélération des travaux sur les grands axes."


_ARTICLE = (
    "Tours : le vote du budget municipal reporté à avril\n\n"
    "Le conseil municipal de Tours a reporté mercredi le vote de son budget. Le maire a invoqué des raisons "
    "techniques, a-t-il indiqué devant les élus réunis en séance.\n\n"
    "L'opposition a dénoncé un report qui retarde les travaux prévus dans les écoles et les gymnases de la ville.\n"
)


def test_a_note_announcing_the_article_below_and_its_signature_are_skipped() -> None:
    text = (
        "Liste quartier-info - Archives\n\nDe : Paul Martin <paul.martin@exemple.org>\n"
        "Objet : [quartier-info] article sur le budget\n\n"
        "Bonjour à tous,\nje vous transmets l'article ci-dessous, à discuter jeudi.\nPaul M.\n\n" + _ARTICLE
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Tours : le vote du budget municipal reporté à avril"
    assert art.body.startswith("Le conseil municipal")


def test_a_list_archives_header_and_email_fields_above_the_title_are_skipped() -> None:
    text = (
        "Liste quartier-info - Archives\n\nChronologique Discussions\n"
        "[Date précédente][Date suivante][Thread précédent][Thread suivant]\n\n"
        "De : Paul Martin <paul.martin@exemple.org>\nObjet : [quartier-info] article sur le budget\n"
        "Date : mar., 12 mars 2019 10:12:33 +0100\n\n" + _ARTICLE + "\n--\n"
        "Vous recevez ce message car vous êtes abonné à la liste quartier-info.\n"
        "Ce message a été archivé par Sympa le 12/03/2019.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Tours : le vote du budget municipal reporté à avril"
    assert art.body.startswith("Le conseil municipal") and art.body.endswith("de la ville.")


def test_a_standfirst_pointing_to_the_text_below_is_no_forwarders_note() -> None:
    text = (
        "Lettre ouverte des maires au gouvernement\n\n"
        "Lisez l'article ci-dessous : 120 maires réclament des moyens pour leurs écoles.\n\n"
        "Cent vingt maires ont signé une lettre ouverte au gouvernement. Ils demandent une aide de l'État pour "
        "rénover les écoles de leurs communes, a indiqué mardi leur porte-parole.\n"
    )
    assert _title_of(text) == "Lettre ouverte des maires au gouvernement"


def test_a_programs_name_above_its_fields_is_skipped_down_to_the_headline() -> None:
    text = (
        "LECTOPRO — Export de lecture audio (version texte)\n\n"
        "Projet : Audio / Société · Voix : « Léa » · Débit : 1,0\n\n"
        "Trois immeubles évacués dans la nuit à Lyon\n\n"
        "Les pompiers sont intervenus vers 3 heures du matin, a indiqué la préfecture.\n"
    )
    assert _title_of(text) == "Trois immeubles évacués dans la nuit à Lyon"


def test_a_title_with_separators_above_its_dateline_and_text_stays_the_title() -> None:
    text = (
        "Municipales · Le second tour reporté à juin\n\nPublié le 3 mars 2020 à 10h\n\n"
        "Le gouvernement a annoncé mardi le report du second tour des élections municipales.\n\n"
        "Les maires sortants restent en fonction jusqu'au scrutin, a précisé le ministre.\n"
    )
    assert _title_of(text) == "Municipales · Le second tour reporté à juin"


_REPOST = (
    "Réseau Exemple   Accueil   Mon réseau   Messagerie\n\n"
    "Paul Martin · 2e\nChargé de mission environnement | Risques\nPublié le 12 mars 2021 · 🌐\n+ Suivre\n\n"
    "À lire pour tous ceux qui suivent le dossier, je partage le texte complet. #environnement #pollution\n\n"
    "Trois immeubles évacués dans la nuit à Lyon\n\n"
    "Les pompiers sont intervenus vers 3 heures du matin, a indiqué la préfecture.\n\n"
    "https://www.exemple-info.fr/lyon/2021/03/10/trois-immeubles-evacues_1234.html\n"
)


def test_a_re_posters_note_is_skipped_and_its_post_date_never_dates_the_article() -> None:
    art = parse_article("x.txt", _REPOST.encode())
    assert isinstance(art, Article)
    assert art.title == "Trois immeubles évacués dans la nuit à Lyon"
    assert art.body.startswith("Les pompiers sont intervenus")
    assert str(art.date.value) == "2021-03-10"  # the shared article's dated address, not the post's date


def test_an_original_publication_line_under_the_re_posters_note_dates_the_article() -> None:
    text = (
        "Intranet Exemple · Communication interne\n\nAccueil  >  Actualités  >  Revue de presse\n\n"
        "Rechercher sur ce site\n\nPublié par Service Communication le 14/03/2021 · 2 min de lecture\n\n"
        "Pour information des équipes : article repris avant la réunion du 20 mars.\n\n"
        "Source : La Gazette — article d'origine publié le 11/03/2021\n\n"
        "Trois immeubles évacués dans la nuit à Lyon\n\n"
        "Les pompiers sont intervenus vers 3 heures du matin, a indiqué la préfecture.\n"
    )
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Trois immeubles évacués dans la nuit à Lyon"
    assert str(art.date.value) == "2021-03-11"


def test_a_headline_ending_on_a_hashtag_does_not_read_as_a_headline() -> None:
    assert not title.reads_as_headline("Ça bouge enfin mais pour combien de temps ? #logement #solidarité")
    assert title.reads_as_headline("Le mouvement #MeToo gagne le cinéma français")


def _reads_the_article_under(text: str) -> Article:
    """The article of ``_ARTICLE`` read under the furniture of ``text``: its headline the title, its text the body."""
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Tours : le vote du budget municipal reporté à avril"
    assert art.body.startswith("Le conseil municipal")
    return art


@pytest.mark.parametrize(
    ("frame", "published"),
    [
        # A meeting invitation's fields (label, tab, value), then the organiser's note opened by a greeting: its
        # sentences are no text of the article.
        (
            "Objet :\tConférence de rédaction — dossier budget\nEmplacement :\tSalle 4 + visio\n"
            "Début :\tmardi 29 octobre 2019 09:30\nOrganisateur :\tHélène Martin\n\nBonjour à tous,\n"
            "En vue de la conférence de mardi, voici l'article mis en ligne le dimanche 27 octobre 2019 (copié-collé "
            "ci-dessous).\nMerci de venir avec vos angles et vos contacts côté associations et rectorats.\nHélène\n\n",
            "2019-10-27",
        ),
        # A meeting's minutes: their fields ("Participants : …", "Excusée : …"), the agenda, the item stating the
        # publication, then the headline after a label on its line.
        (
            "COMPTE RENDU DE RÉUNION — Collectif Habitat\nRéunion n° 47 · mercredi 28 novembre 2018, 14 h 00\n"
            "Participants : Jeanne Martin (coordinatrice), Paul Durand (trésorier)\nExcusée : Lucie Petit\n"
            "ORDRE DU JOUR\n1. Validation du compte rendu du 21/11/2018\n"
            "POINT 2 — Document discuté : article publié hier matin, mardi 27 novembre 2018, transmis avant la "
            "séance.\n\nTitre de l'article : ",
            "2018-11-27",
        ),
        # A certification report: the officer's statements (sentences of their own), then the transcribed page,
        # its headline under a label announcing the title.
        (
            "CABINET MARTIN & ASSOCIÉS\nConstat n° 20/0412 · page 1 / 3\n\n"
            "Nous, Maître Jeanne MARTIN, huissier de justice, certifions avoir procédé ce jour aux constatations "
            "suivantes :\n1. Nous saisissons dans la barre d'adresse l'adresse de la page.\n"
            "2. Nous constatons que la page affiche un article publié le jeudi 13 février 2020 à 18h27.\n\n"
            "Capture n° 1 (18/02/2020 à 10:12:44) — en-tête de la page et titre :\n",
            "2020-02-13",
        ),
        # A council's minutes run together with no blank line: heading in capitals, fields, the deliberation's
        # sentences (one stating the publication), signatures, the annex label; the headline closes the block.
        (
            "RÉPUBLIQUE FRANÇAISE — DÉPARTEMENT DU CHER\nCOMMUNE DE SAINT-JULIEN (1 204 habitants)\n"
            "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU JEUDI 14 MARS 2019\n"
            "Date de convocation : 7 mars 2019 · Présents : 11 · Votants : 12\n"
            "Le procès-verbal de la séance du 7 février 2019 est adopté à l'unanimité.\n"
            "Mme Petit verse au dossier un article de presse paru en ligne le mardi 26 février 2019 sur le budget.\n"
            "Après en avoir délibéré, le Conseil municipal décide à l'unanimité de reporter le vote du budget.\n"
            "La maire, J. Martin — La secrétaire de séance, L. Petit\n"
            "ANNEXE 2 à la délibération n° 2019-011 — article de presse versé au dossier\n",
            "2019-02-26",
        ),
    ],
)
def test_a_headline_under_a_frame_of_sentences_that_are_no_prose_of_the_article(frame: str, published: str) -> None:
    art = _reads_the_article_under(frame + _ARTICLE)
    assert str(art.date.value) == published


def test_a_headline_under_a_documents_frame_holding_prose_of_its_own() -> None:
    """An exam paper: its instructions are sentences, the article under its list of documents and their label."""
    frame = (
        "CENTRE DE GESTION DE LA FONCTION PUBLIQUE TERRITORIALE DU CHER\n"
        "Concours d'ingénieur territorial — session 2019\nDurée : 4 heures · Coefficient : 5\n\n"
        "À LIRE ATTENTIVEMENT AVANT DE TRAITER LE SUJET\n"
        "Vous ne devez faire apparaître aucun signe distinctif dans votre copie, ni votre nom ni votre numéro.\n"
        "Le non-respect des règles ci-dessus peut entraîner l'annulation de la copie par le jury.\n\n"
        "— Ingénieur territorial 2019 · page 1/26 —\n\nListe des documents :\n"
        "Document 1 : Extrait du bilan régional — 14 juin 2019 — 4 pages\n"
        "Document 2 : Article de presse mis en ligne le mardi 12 mars 2019 — 2 pages\n\n"
        "[Pages 4 à 12 : document 1, non reproduit]\n\nDOCUMENT 2\n\n"
    )
    assert str(_reads_the_article_under(frame + _ARTICLE).date.value) == "2019-03-12"


_LEAFLET = (
    "SYNDICAT DES PERSONNELS DE LA VILLE\nINFO FLASH n° 37 — rentrée 2017\n\nCamarades,\nNous reproduisons "
    "ci-dessous l'article mis en ligne le mardi 12 mars 2019 par un site d'information.\n\n" + "-" * 40 + "\n\n"
)
_LEAFLET_END = (
    "=" * 40 + "\nNOTRE ANALYSE : c'est dans l'action collective que se décidera la suite.\n"
    "Un préavis de grève a été déposé le 28 août 2017.\nImprimé par nos soins — tiré à 600 exemplaires\n"
)


def test_an_article_pasted_between_two_rule_lines_ends_at_the_second() -> None:
    art = _reads_the_article_under(_LEAFLET + _ARTICLE + _LEAFLET_END)
    assert art.body.endswith("gymnases de la ville.")
    assert _LEAFLET_END.strip() in {e.removed_text.strip() for e in art.edits if e.rule == "wrapper"}


@pytest.mark.parametrize(
    "marker",
    [
        "—— fin de l'œuvre présentée ——",
        "[Fin du stimulus — temps de lecture enregistré dans la variable T_STIM (en secondes)]",
        "================ FIN DU LOT · 12 segments ================",
        # a record's fields after the marker
        "Fin du document doc-2019-06-0b41e7 · 4 fragments exportés sur 4 · somme de contrôle 5c1f09ad",
        # a box-drawing rule, a rule of spaced marks, a rule of plus signs
        "═" * 40,
        "- " * 30,
        "+" * 40,
    ],
)
def test_a_line_saying_the_pasted_article_ends_closes_it(marker: str) -> None:
    frame = "Dossier n° 142 · déposé le 9 janvier 2017\nŒUVRE PRÉSENTÉE — texte intégral\n" + "─" * 40 + "\n"
    end = marker + "\nDéclaration sur l'honneur : je certifie être l'autrice du texte.\n"
    art = _reads_the_article_under(frame + _ARTICLE + end)
    assert art.body.endswith("gymnases de la ville.")
    assert end.strip() in {e.removed_text.strip() for e in art.edits if e.rule == "wrapper"}


@pytest.mark.parametrize(
    ("above", "below"),
    [
        ("", _LEAFLET_END),  # no rule line above the headline: the article's own separator
        ("", "Fin de l'article.\n" + "Les élus ont voté. " * 40),  # more words under the marker than in the article
        ("", "Fin de partie pour le maire\nLes élus ont voté le budget.\n"),  # a sub-heading, no end marker
        # A page's end announcing the next page: the text goes on under it.
        ("Bordereau de livraison · demande n° 893\n", "[Fin de la page 1 de l'impression · page 2 ci-dessous]\nFin.\n"),
        (_LEAFLET, _LEAFLET_END + "Les élus ont voté. " * 40),  # more words under the rule than in the article
    ],
)
def test_a_rule_line_in_the_text_without_a_frame_rule_above_it_ends_nothing(above: str, below: str) -> None:
    text = above + _ARTICLE + below
    headline = text.index(_ARTICLE)
    assert title.closing_rule(text, 0, headline, headline + _ARTICLE.index("\n")) is None


def test_a_sub_heading_under_the_articles_prose_never_becomes_its_headline() -> None:
    """A first line of prose over the article's paragraphs and a sub-heading: no frame to skip down to it."""
    text = (
        "Le service de presse vous transmet ci-dessous, pour information et sans commentaire, le texte du jour.\n\n"
        + _ARTICLE.split("\n\n", 1)[1]
        + "\nUn report contesté\n\nLes élus de l'opposition ont demandé un vote dès la semaine prochaine, en vain.\n"
        "Ils saisiront le préfet du département si le budget n'est pas voté avant la fin du mois d'avril.\n"
    )
    assert title.headline_above_prose(text, 0, ()) is None
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article) and art.title != "Un report contesté"
    assert "Le conseil municipal de Tours a reporté" in art.title + art.body


def test_a_page_mark_between_the_standfirst_and_the_text_keeps_the_headline_above_them() -> None:
    """An e-book's front matter, then the headline, its standfirst, a print page's mark and the text."""
    front = (
        "Le Printemps suspendu — Chroniques d'une année en 120 articles\nTextes réunis par Anne Martin\n"
        "Éditions du Pont, 2021 · ISBN 978-2-49211-047-3\n[Retour au sommaire]\nCHAPITRE 6 — JUIN\n\n"
    )
    headline, standfirst, rest = _ARTICLE.split("\n\n")
    _reads_the_article_under(front + f"{headline}\n\n{standfirst}\n\n[p. 212 de l'édition imprimée]\n\n{rest}")


@pytest.mark.parametrize(
    "block",
    [
        # A headline over its standfirst and a photo caption.
        "Tours : le vote du budget municipal reporté à avril\nLe maire invoque des raisons techniques, l'opposition "
        "dénonce un report.\n"
        "Le maire de Tours lors du conseil municipal",
        # A kicker, a headline and its subtitle; a dateline too.
        "BUDGET\nTours : le vote du budget municipal reporté à avril\nLa ville attend les chiffres de l'État",
        "BUDGET\nPublié le 3 mars 2020\nTours : le vote du budget municipal reporté à avril\nLa ville attend l'État",
    ],
)
def test_a_block_of_headline_lines_is_no_documents_frame(block: str) -> None:
    assert title.headline_closing_header_block(block + "\n\n" + _ARTICLE.split("\n\n", 1)[1], 0, ()) is None


def test_a_layout_programs_tagged_text_reads_without_its_tags() -> None:
    text = (
        "<UNICODE-WIN>\n<vsn:7.2><fset:Mizenpage-Roman><ctable:=<Noir:COLOR:CMYK:Process:0,0,0,1>>\n"
        "<dps:Titre=<BasedOn:NormalParagraphStyle><cs:34>>\n"
        "<pstyle:Surtitre><cstyle:Rouge>POLITIQUE<cstyle:> · page Région 4\n"
        "<pstyle:Titre>Tours : le vote du budget municipal reporté à avril\n"
        "<pstyle:Texte\\:Courant>Le conseil municipal de Tours a reporté mercredi le vote de son budget. Le maire a "
        "invoqué des raisons techniques.\n"
        "<pstyle:Texte\\:Courant>L'opposition a dénoncé un report qui retarde les travaux prévus dans les écoles.\n"
    )
    art = _reads_the_article_under(text)
    assert "<" not in art.body
    assert "<UNICODE-WIN>" in {e.removed_text for e in art.edits if e.rule == "html"}


def test_a_headline_under_a_keyed_label_after_a_long_report() -> None:
    """An audit report's 22 lines of fields and findings, a section heading, a label with its key in brackets,
    then the headline."""
    findings = "".join(f"[ERREUR] 1.{n}.1 Critère {n} — {n} images sans attribut alt\n" for n in range(1, 13))
    text = (
        "Auditeo 5.3 — Rapport d'audit (export texte)\nRéférentiel : WCAG 2.1 niveau AA · moteur : regles 2.9\n"
        "Audit lancé le lundi 12 octobre 2020 à 09:14:52 · durée : 41 s\nScore global : 68/100\n"
        + "=" * 40
        + "\n"
        + findings
        + "-" * 40
        + "\nCONTENU TEXTUEL ANALYSÉ (ordre du DOM)\nTitre principal (h1) :\n"
        "Tours : le vote du budget municipal reporté à avril\nParagraphe (p.corps) :\n"
        "Le conseil municipal de Tours a reporté mercredi le vote de son budget, a indiqué le maire.\n"
    )
    _reads_the_article_under(text)


def test_a_title_label_in_an_article_under_its_own_headline_changes_nothing() -> None:
    text = "Un livre pour les enfants de Tours\n\nL'auteur a choisi pour titre :\n" + _ARTICLE
    art = parse_article("x.txt", text.encode())
    assert isinstance(art, Article)
    assert art.title == "Un livre pour les enfants de Tours"


def test_a_headline_on_a_topic_named_titre_keeps_its_words() -> None:
    art = parse_article("x.txt", ("Titre de séjour : la préfecture de Tours ferme son guichet\n\n" + _ARTICLE).encode())
    assert isinstance(art, Article)
    assert art.title == "Titre de séjour : la préfecture de Tours ferme son guichet"
