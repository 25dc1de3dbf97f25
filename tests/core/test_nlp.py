"""The reduced spaCy pipeline: only what extraction needs, and the same entities as the full model's recognizer."""

import spacy

from pipeline.core.nlp import MODEL_NAME, load_nlp

TEXT = (
    "Le secrétaire général de l'OTAN, Jens Stoltenberg, a rencontré mardi à Bruxelles la ministre "
    "française des Armées, Florence Parly.\n\n« Nous restons unis », a déclaré M. Stoltenberg devant "
    "la presse, avant de partir pour Varsovie où l'attendait le président polonais Andrzej Duda."
)


def test_only_the_entity_recognizer_runs() -> None:
    assert load_nlp().pipe_names == ["paragraph_boundaries", "ner"]


def test_recognizer_has_its_own_embedding_so_shared_tok2vec_can_go() -> None:
    # If a model version made `ner` listen to the shared tok2vec, excluding it would silently break NER.
    config = spacy.load(MODEL_NAME).config["components"]["ner"]["model"]["tok2vec"]
    assert "Listener" not in config["@architectures"]


def test_same_entities_as_with_every_component() -> None:
    full = spacy.load(MODEL_NAME)(TEXT)
    reduced = load_nlp()(TEXT)
    assert [(e.start_char, e.end_char, e.label_) for e in reduced.ents] == [
        (e.start_char, e.end_char, e.label_) for e in full.ents
    ]
    assert any(e.text == "Jens Stoltenberg" for e in reduced.ents)
