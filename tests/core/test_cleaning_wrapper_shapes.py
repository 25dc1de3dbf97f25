"""Kind-agnostic wrapper furniture by shape (pipeline/data/cleaning/wrapper.txt): an accessibility tool's announced
elements, bracketed markers, a thread's signed posts, a record's field codes, reproduction and delivery notices, a
program's notices and notes, capital labels and mastheads, a table of contents' heading with its items. Each class
goes in a wrapper of a kind no family knows; a real sentence of the same words stays (synthetic lines, other wording
than the reference files)."""

from __future__ import annotations

import pytest

from pipeline.core.cleaning import embedded

from .test_cleaning_sources import AFTER, BEFORE, parse, removed_by

# The kinds' own families dropped (tests/core/conftest.py): only the kind-agnostic family is left.
pytestmark = pytest.mark.usefixtures("wrapper_only")

# One class a group: the group alone makes a document show the wrapper kind (three lines, two patterns).
SHAPES = {
    "announced elements": [
        "Bouton, Menu principal, réduit.",
        "Lien, Accueil du site.",
        "Région complémentaire.",
        "Article, 3 paragraphes, 2 liens.",
        "Fin de l'encadré.",
        "Liste de 2 éléments. Lien, Podcasts. Lien, Vidéos. Fin de la liste.",
    ],
    "markers": [
        "[7][IMG]",
        "22. mailto:redaction@exemple-infos.fr",
        "23. javascript:history.back()",
        "[carte-tram.png] Le tracé du futur tramway. (Document Ville de Tours)",
        "{{Article détaillé|Tramway de Tours}}",
    ],
    "thread": [
        "Discussion:Tramway de Tours/Financement — Encyclopédie locale",
        "[répondre] Fil 3 : la source du chiffrage",
        "Je mets la source ici pour vérifier. --Paul Martin (discuter) 3 mars 2021 à 10:02 (CET)",
        "{{Pertinence|date=mars 2021}}",
    ],
    "record": [
        "RE   Transports urbains",
        "NB   512 mots",
        "© 2021 Exemple Infos. Toute reproduction interdite sans autorisation écrite.",
        "Copie téléchargée le 4 mars 2021 par le service documentation",
    ],
    "notices": [
        "Votre veille Transports a trouvé 3 nouveaux articles cette semaine.",
        "Remarques de la documentaliste : article repris dans la revue du lundi",
        "redaction at exemple-infos.fr",
        "Prochaine lettre prévue : lundi 8 mars 2021 à 08:00",
    ],
    "traces": [
        "Une pièce jointe HTML a été supprimée...",
        "Index généré par Archiveur 2.1 le lun 8 mars 2021 09:12:44 CET",
        "Plus d'informations sur le groupe Riverains-Tours",
    ],
    "activity": [
        "Léa Martin · lun. 8 mars 2021 à 09:41 : « Relu, ok pour moi. On garde le titre court ? »",
        "Paul Girard — 08/03/2021 10:12 : je reprends le chapô",
        "Imprimé depuis tableau-desk.app le 08/03/2021 à 09:55 · page 1/1",
    ],
    "program output": [
        "/opt/conda/lib/python3.7/site-packages/lectext/nettoyage.py:212: UserWarning: bloc ignoré",
        "warnings.warn(msg, UserWarning)",
        "C:\\Users\\lea\\scripts\\extraire.py:48: DeprecationWarning: option obsolète",
    ],
    "capitals": [
        "CONDUCTEUR (version du matin) :",
        "[ENCADRÉ] Les chiffres clés du projet",
        "LETTRE DES TRANSPORTS N° 12 — ÉDITION DU LUNDI",
        "3. Résumez le projet en deux phrases. (2 points)",
    ],
}

# Real sentences opening or built like the classes above.
NEAR_MISSES = (
    "Lien social, fraternité et solidarité sont au cœur du projet, a expliqué le maire.",
    "Région principale du pays, l'Île-de-France concentre 18% de la population.",
    "La reproduction est interdite chez cette espèce protégée, a rappelé le biologiste.",
    "La police a trouvé 3 nouveaux éléments dans le dossier, selon le parquet.",
    "Commentaire du ministre : il faut agir vite, a-t-il tranché devant les députés.",
    "Prochaine étape : le vote au Sénat, prévu le 12 mars, a précisé le ministre.",
    "Coronavirus : le maire de Tours annonce la fermeture des marchés.",
    "Le dîner avait lieu chez des amis à Tours, selon son avocat.",
    "1. Le gouvernement a annoncé une baisse des impôts (2 points de TVA) en 2020.",
    "La pièce jointe du courriel, supprimée par la suite, contenait le rapport, selon la défense.",
    "Plus d'informations sur le projet seront données lundi par la mairie.",
    "Léa Martin, adjointe aux transports, a déclaré lundi à 9h30 : « Nous tiendrons les délais. »",
    "Le fichier /etc/passwd a été copié par les pirates, selon l'enquête.",
)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_shape_of_furniture_shows_a_wrapper_and_goes(shape: str) -> None:
    lines = SHAPES[shape]
    assert [f.rule for f in embedded.kinds("\n".join(lines))] == ["wrapper"]
    art = parse("\n\n".join([BEFORE, *lines, AFTER]))
    assert art.body == "\n\n".join([BEFORE, AFTER]), art.body


def test_a_table_of_contents_goes_with_its_numbered_headlines() -> None:
    toc = "Au sommaire :\n1. Le tramway de Tours sur les rails\n2. Les bus gratuits le samedi"
    art = parse("\n\n".join([BEFORE, toc, *SHAPES["capitals"], AFTER]))
    assert art.body == "\n\n".join([BEFORE, AFTER]), art.body


@pytest.mark.parametrize("sentence", NEAR_MISSES)
def test_a_real_sentence_in_such_a_wrapper_stays(sentence: str) -> None:
    lines = [*SHAPES["announced elements"], *SHAPES["record"]]
    art = parse("\n\n".join([BEFORE, *lines[:3], sentence, *lines[3:], AFTER]))
    assert sentence in art.body, art.body


@pytest.mark.parametrize("shape", list(SHAPES))
def test_one_such_line_in_a_plain_article_stays(shape: str) -> None:
    line = SHAPES[shape][0]
    art = parse("\n\n".join([BEFORE, line, AFTER]))
    assert removed_by(art, "wrapper") == "", art.edits
