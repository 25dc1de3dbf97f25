"""An article embedded in another document (press-archive export, running order, worksheet, text-browser dump,
e-reader edition): the document's furniture goes when the document shows its kind, real text stays (synthetic
documents, other wording than the reference files)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.core.article import parse_article
from pipeline.core.cleaning import embedded
from pipeline.core.records import Article

from .test_cleaning_sources import AFTER, BEFORE, parse, removed_by


def parse_source(source: str) -> Article:
    """Parse a whole raw file (furniture, title and body as given)."""
    art = parse_article("x.txt", source.encode())
    assert isinstance(art, Article)
    return art


# Real sentences using the kinds' own words (question, document, source, page, chapitre, rubrique, sujet …).
REAL = (
    "La question de l'âge légal sera tranchée au Parlement, selon une source proche du dossier.",
    "Le document, révélé par Le Monde, compte 12 pages et détaille la réforme.",
    "Chapitre 2 : le maire a présenté mercredi le deuxième volet de son plan, a-t-il indiqué.",
    "Le sujet a été abordé lors du conseil municipal, a précisé la rubrique locale du journal.",
    "1. Le gouvernement a annoncé une baisse des impôts de 5 milliards d'euros en 2020.",
)

DOCUMENTS = {
    "database_export": (
        [
            "Recherche : « réforme des retraites » ET Sénat — Période : 01/03/2021 au 15/03/2021",
            "Notice 12 sur 240 · Notice précédente · Notice suivante",
            "HD   Les sénateurs votent la réforme",
            "WC   512 mots",
            "PD   12 mars 2021",
            "SN   Le Quotidien du Centre",
        ],
        [
            "Document imprimé le 16/03/2021 pour l'établissement BIBLIOTHÈQUE UNIVERSITAIRE DE TOURS",
            "[Photo non reproduite dans la base]",
            "Référence du document : QDC-2021-03-12-0042",
            "© 2021 Le Quotidien du Centre. Reproduction interdite sans autorisation de l'éditeur.",
        ],
    ),
    "running_order": (
        [
            "CHAPEAU :",
            "[ITW · Marc Lebrun, maire · 0'25 · fichier MAIRE_ITW.mp3]",
            "[JINGLE Titres]",
        ],
        [
            "[MUSIQUE tapis sous le lancement]",
            "--- FIN DU SUJET 4 · durée 2'05 ---",
            "À suivre · sujet 5 : le marché de Noël de Tours",
            "Dernière modification : 17:42 par C. Morel",
        ],
    ),
    "worksheet": (
        [
            "Thème 3 — La croissance économique",
            "Cours du mardi 4 février 2020",
            "Nom : ........  Classe : ........",
        ],
        [
            "Exercices :",
            "1. Relevez les chiffres cités par l'auteur. (2 points)",
            "2. Expliquez la phrase soulignée. (3 points)",
            "Devoir à rendre pour le vendredi 7 février.",
        ],
    ),
    "text_browser": (
        ["[3][IMG]", "[1]Accueil [2]Sport [5]Contact"],
        [
            "[stade-rennes.png] Le stade de la route de Lorient. (Archives)",
            "Références",
            "4. mailto:redaction@example.fr",
            "5. javascript:void(0)",
        ],
    ),
    "ereader": (
        [
            "La Gazette du Nord · édition numérique n° 112 · Récupérée le lun. 4 mars 2019 à 05:30",
            "Section 3/9 : Politique · Article 2/8",
        ],
        ["[image : maire-conseil.png]", "Section suivante : Économie ›", "Cet article a été converti par calibre."],
    ),
    "digest": (
        [
            "La Lettre hebdo n° 52 — Vie locale",
            "Au sommaire :\n1. Le maire présente son budget\n2. Les travaux de la rocade reprennent",
            "=== 1/2 ===",
        ],
        ["=== Fin de l'article 1/2 — Vie locale ===", "Objet : [Lettre hebdo] Le maire présente son budget"],
    ),
    "screen_reader": (
        [
            "Lien, Passer au contenu.",
            "Région de navigation.",
            "Article, 3 paragraphes, 2 liens.",
            "Paragraphe.",
        ],
        [
            "Image, portrait du maire.",
            "Fin de l'article.",
            "Liste de 2 éléments. Lien, Accueil. Lien, Contact. Fin de la liste.",
            "Bouton, Imprimer.",
        ],
    ),
    "monitoring_alert": (
        [
            "Destinataire : service presse de la mairie de Tours",
            "Thématique suivie : « budget municipal »",
            "Article 1 sur 3 de cette alerte",
        ],
        [
            "Mots-clés détectés : budget (2) · maire (1)",
            "Commentaire du veilleur : à transmettre au cabinet.",
            "Prochaine alerte programmée : lundi 4 mars 2019 à 08:00",
        ],
    ),
    "wiki_page": (
        [
            "Discussion:Tours/Budget municipal — Encyclopédie locale",
            "[modifier le code] Section 2 : Article sur le vote du budget",
            "{{Ébauche|politique}}",
        ],
        [
            ":Je recopie la fin de l'article, merci de vérifier. --Camille Roux (discuter) 4 mars 2019 à 09:12 (CET)",
            "Dernière modification de cette page le 5 mars 2019 à 10:01.",
            "Le texte est disponible sous licence Creative Commons attribution, partage dans les mêmes conditions.",
        ],
    ),
    "mailing_list": (
        [
            "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
            "Jeanne Perrin jperrin at asso-quartier.org",
            "Previous message: [Quartier-Info] Réunion publique mardi",
            "Next message: [Quartier-Info] Re: Budget municipal",
        ],
        [
            "-------------- next part --------------",
            "A non-text attachment was scrubbed...",
            "Name: budget_2021.pdf",
            "Type: application/pdf",
            "Size: 120431 bytes",
            "Desc: not available",
            "URL: <http://listes.asso-quartier.org/pipermail/quartier-info/attachments/20210312/budget.pdf>",
            "Quartier-Info mailing list",
            "Quartier-Info at listes.asso-quartier.org",
            "http://listes.asso-quartier.org/mailman/listinfo/quartier-info",
            "More information about the Quartier-Info mailing list",
            "Vous recevez ce message car vous êtes abonné au groupe Google Groupes « Quartier Info ».",
        ],
    ),
    "press_clipping": (
        [
            "ARGUS DU CENTRE · Service de veille presse",
            "Coupure n° 21-03-0457 · numérisée le 13/03/2021 par J. Martin",
            "Client : Ville de Tours · Dossier : Budget · Support : Le Quotidien du Centre",
        ],
        [
            "— Argus du Centre · reproduction interdite sans autorisation du CFC · page 1/1 —",
            "Argus du Centre · Le Quotidien du Centre · 12/03/2021 · page 2/2 (suite)",
            "Note du documentaliste : article repris en une · 2 photos non reproduites",
        ],
    ),
    "cms_export": (
        [
            "===== Content export · NewsDesk CMS 7 =====",
            "Node ID : 88412",
            "Post status (post_status) : publish",
            "Author : m.durand",
            "Last modified (updated_at) : 2021-03-14T08:12:00+01:00",
            "[FIELD: BODY]",
        ],
        [
            "[embed type=related · id=88390]",
            "Tags : budget ; conseil municipal ; Tours",
            "/local/tours-budget-vote-conseil",
            "Visuel à recadrer avant diffusion, vu par p.lemoine.",
        ],
    ),
    "web_cache": (
        [
            "This is Bingle's cache of https://www.exemple-infos.fr/local/2021/03/12/budget-tours. It is a snapshot of"
            " the page as it appeared on 14 Mar 2021 10:02:11 GMT.",
            "The current page could have changed in the meantime. Learn more",
            "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
        ],
        [
            "[Image non affichée en version texte seul : photo, 800 × 600]",
            "Saved from https://www.exemple-infos.fr/local/2021/03/12/budget-tours · captured 14 Mar 2021",
            "Copie en cache · page mise en cache le 14 mars 2021 · 2 versions antérieures disponibles",
        ],
    ),
    "podcast_page": (
        [
            "La Matinale Locale — un podcast de Radio Centre",
            "Épisode 112 · Budget de Tours · publié le 13 mars 2021 · 31 min",
            "▶ Écouter · ⬇ Télécharger (MP3, 29 Mo)",
            "Show notes",
        ],
        [
            "(04:10) Le vote du budget",
            "Chapters: 00:00 Intro · 04:10 Le vote du budget · 18:30 Les réactions",
            "Transcript available for members.",
            "Previous episode: 111 · Les travaux du tramway",
        ],
    ),
    "channel_export": (
        [
            "Channel · 3,4K subscribers",
            "Pinned message: no ads, sources required",
        ],
        [
            "[continued 2/2]",
            "👁 1,2K · 09:12",
            "💬 8 comments",
            "Join the channel: https://t.me/infos_tours",
            "Exported from Telegram Desktop on 15/03/2021",
        ],
    ),
}

# Real sentences with a list's or a clipping's words: they stay even in such a document.
KIND_WORDS_REAL = (
    "La liste de diffusion du collectif compte 300 membres, selon son président.",
    "Le maire a reçu une pétition signée par 1 200 habitants, a-t-il indiqué.",
    "Le documentaliste du lycée a été entendu mardi par les enquêteurs.",
    "Statut : le texte a été enregistré le 3 mars par le greffe, a indiqué le tribunal.",
    "Le podcast de la mairie, mis en ligne lundi, compte déjà 2 000 écoutes, selon son auteur.",
    "La chaîne compte 12 000 abonnés sur Telegram, a précisé son fondateur à l'AFP.",
    "La version en cache du site a permis aux enquêteurs de retrouver le message supprimé.",
)


@pytest.mark.parametrize(
    "rule", ["mailing_list", "press_clipping", "cms_export", "web_cache", "podcast_page", "channel_export"]
)
def test_real_sentences_with_the_kinds_words_stay(rule: str) -> None:
    head, tail = DOCUMENTS[rule]
    art = parse("\n\n".join([*head, BEFORE, *KIND_WORDS_REAL, AFTER, *tail]))
    assert art.body == "\n\n".join([BEFORE, *KIND_WORDS_REAL, AFTER]), art.body


@pytest.mark.parametrize("rule", list(DOCUMENTS))
def test_the_documents_furniture_goes_and_the_article_stays(rule: str) -> None:
    head, tail = DOCUMENTS[rule]
    body = "\n\n".join([*head, BEFORE, *REAL, AFTER, *tail])
    art = parse(body)
    assert art.body == "\n\n".join([BEFORE, *REAL, AFTER]), art.body
    removed = removed_by(art, rule)
    for line in "\n".join([*head, *tail]).split("\n"):
        assert line in removed or any(line in e.removed_text for e in art.edits), line


@pytest.mark.parametrize("rule", list(DOCUMENTS))
def test_one_line_of_a_kind_in_a_plain_article_stays(rule: str) -> None:
    """A single line shaped like the kind's furniture is no sign of the kind: nothing is removed by this rule."""
    head, tail = DOCUMENTS[rule]
    for line in (head[0], tail[-1]):
        art = parse(f"{BEFORE}\n\n{line}\n\n{AFTER}")
        assert removed_by(art, rule) == "", (line, art.edits)


def test_the_glossary_and_questions_go_with_their_heading() -> None:
    head, _ = DOCUMENTS["worksheet"]
    lists = "LEXIQUE\nCroissance : hausse durable de la production.\nPIB : produit intérieur brut."
    art = parse("\n\n".join([*head, BEFORE, AFTER, lists]))
    assert art.body == f"{BEFORE}\n\n{AFTER}"
    assert "PIB : produit intérieur brut." in removed_by(art, "worksheet")


def test_a_kind_needs_different_patterns() -> None:
    """Three lines of one pattern (three numbered questions with points) do not make a worksheet."""
    lines = [f"{n}. Le conseil a voté la mesure. ({n} points)" for n in (1, 2, 3)]
    assert embedded.kinds("\n".join([BEFORE, *lines, AFTER])) == ()


def test_a_long_paragraph_is_never_furniture() -> None:
    head, tail = DOCUMENTS["database_export"]
    long = "Reproduction interdite : " + " ".join(["le conseil a voté la mesure"] * 14) + "."
    art = parse("\n\n".join([*head, BEFORE, long, AFTER, *tail]))
    assert long in art.body


@pytest.mark.parametrize(
    ("glued", "heading", "text"),
    [
        ('► "Le retour des bus"Les lignes rouvrent lundi.', '► "Le retour des bus"', "Les lignes rouvrent lundi."),
        (
            '► À Lyon, un appel à "tout bloquer"Le cortège partira à 14h.',
            '► À Lyon, un appel à "tout bloquer"',
            "Le cortège partira à 14h.",
        ),
        ("► Manifestations à Lyon, Rennes...Dans la capitale, rien.", "► Manifestations à Lyon, Rennes...", None),
    ],
)
def test_a_bullet_heading_glued_by_its_quote_or_ellipsis_goes(glued: str, heading: str, text: str | None) -> None:
    art = parse(f"{BEFORE} {glued}\n\n{AFTER}")
    assert heading in removed_by(art, "subheading")
    assert heading.lstrip("► ") not in art.body
    assert (text or "Dans la capitale, rien.") in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        'Il a lancé : ► "Nous ne céderons pas." Le cortège est parti.',
        '► Le maire a expliqué que "la ville ne paiera pas" avant de quitter la salle.',
        '► Il a dit "non"et il est parti.',
    ],
)
def test_a_bullet_sentence_is_not_a_heading(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


def test_a_bullet_item_with_a_sentence_end_is_not_a_heading() -> None:
    """'► "Choc" pour accélérer.Buzyn prévient les "mercenaires"La …': the item holds a sentence end."""
    item = '► "Choc de simplification" pour les recrutements.Buzyn prévient les "mercenaires"La ministre a parlé.'
    art = parse(f"{BEFORE} {item}\n\n{AFTER}")
    assert "Choc de simplification" in art.body


@pytest.mark.parametrize(
    ("before", "heading", "after"),
    [
        (
            "Il a quitté la salle.",
            'Les "comportements" ne resteront pas "sans réponse"',
            "Revenant sur le défilé, il a parlé.",
        ),
        ("Le ministre a parlé.", "Villani se demande si « cette question est sérieuse ? »", "Cet ultimatum a surpris."),
        ('Il a répondu "non".', 'Un suspect "mal dans sa peau"', "Selon une source, il est parti."),
    ],
)
def test_a_heading_closed_by_its_quotation_and_glued_on_both_sides_goes(before: str, heading: str, after: str) -> None:
    art = parse(f"{before}{heading}{after}\n\n{AFTER}")
    assert heading in removed_by(art, "subheading")
    assert art.body == f"{before}\n\n{after}\n\n{AFTER}"


@pytest.mark.parametrize(
    "paragraph",
    [
        # A spaced quotation, a quotation with a sentence end, a reported quotation: sentences of the text.
        'Il a quitté la salle. Le maire a "un regret" Selon lui, rien ne change.',
        'Il a quitté la salle.Le maire a dit "non. Jamais"Selon lui, rien ne change.',
        'Il a dit : "Nous ne sommes pas des animaux", poursuit-il, "Nous voulons vivre."',
        '"Il a quitté la salle.Le maire a "un regret"Selon lui, rien ne change.',
        "M.Le Maire a « un regret »Selon lui, rien ne change.",
    ],
)
def test_a_quotation_in_a_sentence_is_not_a_heading(paragraph: str) -> None:
    art = parse(f"{BEFORE}\n\n{paragraph}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


@pytest.mark.parametrize(
    "heading",
    ['Vers le "libre-choix" et "un système de décote qui incite à travailler davantage"', 'Le RSA, "une trappe"'],
)
def test_a_heading_closed_by_a_quotation_and_glued_to_the_next_quotation_goes(heading: str) -> None:
    """Spaced from the sentence before it, glued to the next sentence's opening quotation mark."""
    art = parse(f'Il a parlé des "régimes spéciaux". {heading}"Tant qu\'on a pas réglé le chômage", dit-il.\n\n{AFTER}')
    assert heading in removed_by(art, "subheading")
    assert art.body.startswith('Il a parlé des "régimes spéciaux".\n\n"Tant qu\'on a pas réglé le chômage", dit-il.')


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        # glued to the next sentence's capital, no stop of its own
        ('Il a parlé, dit-il. "Le seul regret de toute ma vie"David écrit alors à son père.', '"Le seul regret'),
        # spaced before the next sentence's quotation, its words said again
        (
            'Elle a parlé. "Pécresse n\'est pas maire" "Une main tendue" balayée : "Pécresse n\'est pas maire", '
            "dit-elle.",
            '"Pécresse n\'est pas maire" ',
        ),
        # glued to a video's credit and to the next quotation, its words said again
        (
            'Il a parlé. Raphaël Glucksmann : "Je suis fier de partir avec elle"par France Inter"J\'appelle les '
            'socialistes à nous rejoindre""Je suis fier", dit-il. Il a ajouté : "J\'appelle les socialistes à nous '
            'rejoindre".',
            "\"J'appelle les socialistes",
        ),
        # glued after a quotation's full stop and to the next sentence, ending on a quotation
        (
            'Il faut "des marquages".Les catholiques ne sont pas "persécutés"Outre la messe, il parle.',
            "Les catholiques",
        ),
    ],
)
def test_a_bare_quotation_made_heading_goes(paragraph: str, heading: str) -> None:
    art = parse(f"{BEFORE}\n\n{paragraph}\n\n{AFTER}")
    assert removed_by(art, "subheading").startswith(heading), art.edits


@pytest.mark.parametrize(
    "paragraph",
    [
        'Il a parlé. "Je pars demain."David écrit alors à son père.',  # a quoted sentence ends on its stop
        'Il a parlé. "Je pars demain". David écrit alors à son père.',
        'Elle a parlé. "Une main tendue" "Nous refusons", dit-elle.',  # once only: speech going on
    ],
)
def test_a_quoted_sentence_is_no_bare_quotation_heading(paragraph: str) -> None:
    art = parse(f"{BEFORE}\n\n{paragraph}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        'Il a parlé des "régimes". Il a défendu "le libre-choix""Tant qu\'on a pas réglé le chômage", dit-il.',
        'Il a parlé des "régimes". Puis "rien""Tant qu\'on a pas réglé le chômage", dit-il.',
    ],
)
def test_a_clause_glued_to_the_next_quotation_is_not_a_heading(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


@pytest.mark.parametrize("note", ["(À partir de la 24e minute)", "(à partir de 12'30)", "(dès 3:45)"])
def test_a_video_time_code_after_a_sentence_goes(note: str) -> None:
    art = parse(f'{BEFORE}{note}"Nous partons", a-t-il dit.\n\n{AFTER}')
    assert removed_by(art, "video_embed") == note
    assert note not in art.body


def test_a_time_code_inside_a_sentence_stays() -> None:
    sentence = "Le PSG a dominé le match (à partir de la 24e minute) avant de s'effondrer."
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert sentence in art.body


def test_another_databases_record_furniture_goes() -> None:
    """A Europresse-like record: word-count line, where it appeared (an existing rule), certificate, identifier."""
    furniture = [
        "International, mercredi 17 avril 2019 1116 mots, p. 12",
        "Cet article est paru dans Le Quotidien du Centre (site web)",
        "Ce certificat est émis à BIBLIOTHÈQUE DE TOURS à des fins de visualisation personnelle et temporaire.",
        "news·20190417·QC·1234567",
        "Retour à la liste des résultats",
    ]
    art = parse("\n\n".join([furniture[0], BEFORE, *REAL, AFTER, *furniture[1:]]))
    assert art.body == "\n\n".join([BEFORE, *REAL, AFTER])
    removed = " ".join(e.removed_text for e in art.edits)
    assert all(line in removed for line in furniture)


@pytest.mark.parametrize(
    ("heading", "after"),
    [
        ('Comparé à "un enfant de 12 ans"', "Autre sujet pointé du doigt, sa lenteur."),
        ('"Les valeurs de notre République"', 'En outre, il a défendu "les valeurs de notre République".'),
        ('Des sanctions "rapides"', "Ces agressions se sont produites en 2019."),
    ],
)
def test_a_verbless_heading_ending_on_a_quotation_between_sentences_goes(heading: str, after: str) -> None:
    art = parse(f"{BEFORE} {heading} {after}\n\n{AFTER}")
    assert removed_by(art, "subheading") == heading
    assert art.body == f"{BEFORE} {after}\n\n{AFTER}"


@pytest.mark.parametrize(
    "paragraph",
    [
        f'{BEFORE} "Félicitations à Emmanuel et Brigitte Macron" Et glisse un clin d\'œil.',
        f'{BEFORE} "On a du mal à comprendre tout ça !" Avant de s\'emporter contre le gouvernement.',
        f'{BEFORE} "Il faut partir" Le Pen a répondu aussitôt.',
        'Il a dit : "Je pars." "Nous restons ici" Le maire a parlé.',
        f'{BEFORE} Le maire a dénoncé des "violences" Le lendemain, il a porté plainte.',
    ],
)
def test_a_spaced_quotation_going_on_with_the_text_stays(paragraph: str) -> None:
    art = parse(f"{paragraph}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


def test_an_exports_publication_field_dates_it_and_its_other_dates_do_not() -> None:
    """A CMS export: the publication field (with its key in brackets) dates the article, not the creation,
    update or export fields; the title is the line under the field headers."""
    source = "\n".join(
        [
            "=== Export texte brut · contenu n° 5521 ===",
            "Statut : publié",
            "Créé le (created_at) : 2021-03-10T18:05:12+01:00",
            "Date de publication (published_at) : 2021-03-12T07:30:00+01:00",
            "Dernière modification (updated_at) : 2021-03-14T09:31:47+01:00",
            "Slug : tours-budget-vote",
            "",
            "[Champ] Titre :",
            "Tours : le conseil municipal vote un budget en hausse",
            "",
            "[Champ] Corps :",
            BEFORE,
            "",
            AFTER,
        ]
    )
    art = parse_source(source)
    assert art.title == "Tours : le conseil municipal vote un budget en hausse"
    assert str(art.date.value) == "2021-03-12"
    assert art.body == f"{BEFORE}\n\n{AFTER}"


def test_an_episode_page_is_dated_by_its_source_article_not_the_episode() -> None:
    source = "\n".join(
        [
            "La Matinale Locale · le podcast de Radio Centre",
            "Épisode 112 · Budget de Tours · mis en ligne le lundi 15 mars 2021 · durée 31 min",
            "Enregistré le vendredi 12 mars 2021 au studio de la radio.",
            "Article source : https://www.exemple-infos.fr/local/2021/03/11/budget-tours",
            "",
            "Tours : le conseil municipal vote un budget en hausse",
            "",
            BEFORE,
            "",
            AFTER,
            "",
            "Chapitres : 00:00 Générique · 04:10 Le vote",
            "Musique du générique : Ateliers Sonores.",
        ]
    )
    art = parse_source(source)
    assert art.title == "Tours : le conseil municipal vote un budget en hausse"
    assert str(art.date.value) == "2021-03-11"


def test_a_cached_pages_site_name_over_its_menu_goes_and_its_url_dates_it() -> None:
    source = "\n".join(
        [
            "Ceci est la version en cache de https://www.exemple-infos.fr/local/2021/03/11/budget. Il s'agit d'un"
            " instantané de la page telle qu'elle s'affichait le 14 mars 2021 à 10:02:11 GMT.",
            "La page actuelle peut avoir été modifiée entre-temps. En savoir plus",
            "Astuce : pour trouver rapidement un terme sur cette page, appuyez sur Ctrl+F.",
            "",
            "Exemple Infos Centre",
            "Accueil | Actualités | Sports | Culture",
            "",
            "Tours : le conseil municipal vote un budget en hausse",
            "",
            BEFORE,
            "",
            AFTER,
        ]
    )
    art = parse_source(source)
    assert art.title == "Tours : le conseil municipal vote un budget en hausse"
    assert str(art.date.value) == "2021-03-11"
    assert "Exemple Infos Centre" not in art.body


def test_a_site_name_is_never_taken_out_of_a_plain_article() -> None:
    """Without an embedded kind, a short capitalised first line over a menu is left to the other rules."""
    source = f"Tours Budget Vote\nAccueil | Actualités | Sports | Culture\n\n{BEFORE}\n\n{AFTER}"
    art = parse_source(source)
    assert art.title == "Tours Budget Vote"


@pytest.mark.parametrize(
    ("glued", "heading"),
    [
        ("Il a été interpellé.MULTIRÉCIDIVISTEDans une interview, il a parlé.", "MULTIRÉCIDIVISTE"),
        ("La mesure sera financée.MÉDICAMENTSAfin de lutter contre les pénuries, l'État agit.", "MÉDICAMENTS"),
        ("Le texte a été voté. CANNABISExpérimentation pendant deux ans de l'usage médical.", "CANNABIS"),
        ('Il passe ses vacances à Lorient. "FOURBE"Gabriel Attal est proche du ministre.', '"FOURBE"'),
        # a heading in capitals as long as a sentence, before "À l'inverse, …"
        (
            "Il a parlé. UN TIERS DES FRANÇAIS A REFUSÉ DE CHOISIR AU SECOND TOUR DE LA PRÉSIDENTIELLE À l'inverse, "
            "le député s'est abstenu.",
            "UN TIERS DES FRANÇAIS",
        ),
        # ending on a quotation, glued to the next sentence's quotation
        (
            'Il a plaidé au Havre.Maire, "le plus beau des mandats""Si un jour je devais être candidat", dit-il.',
            "Maire,",
        ),
    ],
)
def test_one_shouted_word_glued_on_both_sides_is_a_heading(glued: str, heading: str) -> None:
    art = parse(f"{BEFORE} {glued}\n\n{AFTER}")
    assert heading in removed_by(art, "subheading")
    assert heading not in art.body


@pytest.mark.parametrize(
    "sentence",
    [
        "Il a été interpellé. MULTIRÉCIDIVISTE, il était connu des services de police.",
        "Il a été interpellé.UNESCO et ONU ont réagi.",
        "Le syndicat a appelé à la grève.SNCF: Le trafic sera perturbé.",
        'Il a crié. "NON", a répondu la foule.',
    ],
)
def test_a_shouted_word_not_glued_to_a_sentence_stays(sentence: str) -> None:
    art = parse(f"{BEFORE}\n\n{sentence}\n\n{AFTER}")
    assert removed_by(art, "subheading") == ""


# A wrapper of a kind no family knows (a note-taking app's export of a clipped article): only the furniture every
# program prints (bracketed notes, rows between middle dots, pictograms, counts, record fields, export notices).
UNSEEN_KIND = (
    [
        "Carnet Web · Espace de travail Rédaction",
        "📎 Page clippée depuis le navigateur",
        "Type de page : article clippé",
        "Statut : privé",
        "Créée le (created) : 2021-03-16 08:12",
    ],
    [
        "[Pièce jointe masquée : budget-tours.pdf · 1,2 Mo]",
        "🔗 Lien d'origine : https://www.exemple-infos.fr/local/2021/03/12/budget-tours",
        "Étiquettes : budget ; Tours ; conseil municipal",
        "Exportée depuis Carnet Web le 20/03/2021 à 10:05",
    ],
)


def test_an_unseen_wrappers_furniture_goes_and_the_article_stays() -> None:
    head, tail = UNSEEN_KIND
    art = parse("\n\n".join([*head, BEFORE, *REAL, *KIND_WORDS_REAL, AFTER, *tail]))
    assert art.body == "\n\n".join([BEFORE, *REAL, *KIND_WORDS_REAL, AFTER]), art.body
    for line in [*head, *tail]:
        assert any(line in e.removed_text for e in art.edits), line


def test_an_unseen_wrapper_above_the_title_is_skipped_and_its_own_dates_do_not_date_the_article() -> None:
    head, tail = UNSEEN_KIND
    title = "Le budget de Tours adopté par le conseil municipal"
    art = parse_source("\n".join(head) + f"\n\n{title}\n\n" + "\n\n".join([BEFORE, AFTER, *tail]))
    assert art.title == title
    assert art.date.value != date(2021, 3, 16), art.date


@pytest.mark.parametrize(
    "line",
    [
        "« Nous allons voter ce budget · et vite », a déclaré le maire.",
        "Le Monde : Pourquoi avoir attendu si longtemps ?",
        "Le maire : « Nous ne céderons pas », a-t-il répété mardi devant le conseil.",
        "Statut : le texte a été enregistré le 3 mars par le greffe.",
        "12 000 abonnés ont signé la pétition en une semaine, selon ses auteurs.",
        "Les mots du ministre, mis en évidence : il faut agir vite.",
        "Épisode 3 de la crise : le maire a démissionné mardi, a annoncé la préfecture.",
    ],
)
def test_a_real_line_in_an_unseen_wrapper_stays(line: str) -> None:
    head, tail = UNSEEN_KIND
    art = parse("\n\n".join([*head, BEFORE, line, AFTER, *tail]))
    assert line in art.body, art.body


def test_one_or_two_program_lines_in_a_plain_article_are_no_wrapper() -> None:
    """Two lines of the generic furniture (a count, a middle-dot row) in a real article show no wrapper."""
    art = parse("\n\n".join([BEFORE, "Statut : privé", "Publié · Mis à jour", AFTER]))
    assert removed_by(art, "wrapper") == "", art.edits


def test_the_articles_address_on_an_export_notice_dates_it_not_the_export() -> None:
    head, tail = UNSEEN_KIND
    notice = "Exportée depuis Carnet Web le 20/03/2021 · https://www.exemple-infos.fr/local/2021/03/12/budget-tours"
    title = "Le budget de Tours adopté par le conseil municipal"
    art = parse_source("\n".join([*head, notice]) + f"\n\n{title}\n\n" + "\n\n".join([BEFORE, AFTER, *tail]))
    assert art.title == title
    assert art.date.value == date(2021, 3, 12), art.date


def test_a_date_only_field_is_furniture_and_only_the_publication_field_dates_the_article() -> None:
    head, tail = UNSEEN_KIND
    fields = ["Épinglée jusqu'au : 30/03/2021", "Date de publication : 12/03/2021 18:05", "Réf. interne : CW-2021-0312"]
    title = "Le budget de Tours adopté par le conseil municipal"
    art = parse_source("\n".join([*head, *fields]) + f"\n\n{title}\n\n" + "\n\n".join([BEFORE, AFTER, *tail]))
    assert art.title == title
    assert art.date.value == date(2021, 3, 12), art.date


def test_an_unseen_wrappers_highlight_notice_and_site_name_over_its_menu_are_skipped() -> None:
    head, tail = UNSEEN_KIND
    notice = "Ces termes de recherche ont été mis en surbrillance : budget tours conseil"
    menu = ["Exemple Infos Centre", "Accueil | Actualités | Sports | Culture"]
    title = "Le budget de Tours adopté par le conseil municipal"
    art = parse_source("\n".join([*head, notice, "", *menu]) + f"\n\n{title}\n\n" + "\n\n".join([BEFORE, AFTER, *tail]))
    assert art.title == title
    assert notice in removed_by(art, "wrapper")
    assert "Exemple Infos Centre" in " ".join(e.removed_text for e in art.edits)


def test_a_headline_over_a_menu_in_an_unseen_wrapper_stays_the_title() -> None:
    head, tail = UNSEEN_KIND
    title = "Le budget de Tours adopté par le conseil municipal"
    menu = "Accueil | Actualités | Sports | Culture"
    art = parse_source("\n".join(head) + f"\n\n{title}\n{menu}\n\n" + "\n\n".join([BEFORE, AFTER, *tail]))
    assert art.title == title


def test_a_numbered_items_own_dates_in_an_unseen_wrapper_do_not_date_the_article() -> None:
    head, tail = UNSEEN_KIND
    item = [
        "Épisode 7 · Le budget de Tours · mis en ligne le lundi 22 mars 2021 · durée 31 min",
        "Article source : https://www.exemple-infos.fr/local/2021/03/12/budget-tours",
    ]
    title = "Le budget de Tours adopté par le conseil municipal"
    art = parse_source("\n".join([*head, *item]) + f"\n\n{title}\n\n" + "\n\n".join([BEFORE, AFTER, *tail]))
    assert art.title == title
    assert art.date.value == date(2021, 3, 12), art.date


# Three more unseen kinds, cleaned by the same generic furniture: a team chat's export around a pasted article, a
# review export with its comments and tracked changes, a read-later program's clip with the reader's highlights.
CHAT_HEAD = [
    "Desk Centre — export Slack",
    "── jeudi 18 mars 2021 ──",
    "Camille Roux  10:12",
    "je colle le papier pour la revue de presse 👇",
]
CHAT_TAIL = ["(modifié)", ":+1: 2   :eyes: 1", "Paul Martin  10:20", "merci ! je le garde pour demain", "ok pour moi"]
REVIEW_LINES = [
    "[Commentaire 1 — Paul Martin, 12/03/2021 10:05] Vérifier le chiffre auprès de la mairie.",
    "[Suggestion acceptée — Paul Martin] Paragraphe scindé",
    "Commenté [PM1]: Source confirmée par la préfecture. — Paul Martin, 12/03/2021 10:07",
    "Supprimé: , selon la mairie",
    "Mis en forme : Police :Gras, Couleur de police : Automatique",
    "Document : budget_tours_v2.docx",
]
TITLE = "Le budget de Tours adopté par le conseil municipal"


def test_a_chat_exports_messages_go_and_the_pasted_article_is_titled() -> None:
    art = parse_source("\n\n".join([*CHAT_HEAD, TITLE, BEFORE, AFTER, *CHAT_TAIL]))
    assert art.title == TITLE
    assert art.body == f"{BEFORE}\n\n{AFTER}", art.body
    assert art.date.value != date(2021, 3, 18), art.date  # the chat's day is no publication date


def test_a_review_exports_comments_and_tracked_changes_go() -> None:
    art = parse("\n\n".join([BEFORE, REVIEW_LINES[0], *REVIEW_LINES[1:3], AFTER, *REVIEW_LINES[3:]]))
    assert art.body == f"{BEFORE}\n\n{AFTER}", art.body


def test_a_date_header_under_the_programs_furniture_dates_and_opens_the_title() -> None:
    head = "Relecture — « Budget Tours (v2) »\nExport texte avec commentaires · Mode suggestion\nGénéré le 20/03/2021"
    art = parse_source(f"{head}\n\n date 12 mars 2021 {TITLE}\n\n" + "\n\n".join([BEFORE, AFTER, *REVIEW_LINES]))
    assert art.title == TITLE
    assert art.date.value == date(2021, 3, 12), art.date


def test_a_clips_highlights_go_the_articles_passage_stays_and_its_address_dates_it() -> None:
    head = ["Lirlater · Ma liste", "← Retour à la liste     ☆ Favori     🏷 Étiquettes"]
    under = ["exemple-infos.fr · 3 min de lecture", "https://www.exemple-infos.fr/local/2021/03/12/budget-tours"]
    saved = "Enregistré le 16 mars 2021 depuis l'extension · Archivé le 18 mars 2021"
    passage = "Le maire a défendu un budget sans hausse d'impôts"
    text = f"{passage}, malgré la baisse des dotations de l'État, a-t-il expliqué mardi soir devant les élus."
    tail = [
        "── Vos surlignages (1) ──",
        f'"{passage}" — surligné le 18/03/2021',
        "Surlignages (1) :",
        "Note : à relire.",
    ]
    art = parse_source(
        "\n".join(head) + f"\n\n{TITLE}\n" + "\n".join([*under, saved]) + "\n\n" + "\n\n".join([text, AFTER, *tail])
    )
    assert art.title == TITLE
    assert art.body == f"{text}\n\n{AFTER}", art.body
    assert art.date.value == date(2021, 3, 12), art.date


@pytest.mark.parametrize(
    "line",
    [
        "Supprimé en 2019, le dispositif revient cette année, a annoncé le maire.",
        "Mis en forme par la mairie, le budget sera voté mardi.",
        "Le maire — surligné en rouge sur la liste — a refusé de répondre.",
        "Paul Martin, 45 ans, a voté contre le budget.",
        "Le conseil (32 élus) a voté le texte : une majorité nette.",
    ],
)
def test_a_real_line_among_chat_or_review_furniture_stays(line: str) -> None:
    art = parse("\n\n".join([*CHAT_HEAD, BEFORE, line, AFTER, *REVIEW_LINES]))
    assert line in art.body, art.body


def test_a_lower_case_line_alone_in_a_plain_article_is_no_wrapper() -> None:
    art = parse("\n\n".join([BEFORE, "et aussi", "(modifié)", AFTER]))
    assert removed_by(art, "wrapper") == "", art.edits
