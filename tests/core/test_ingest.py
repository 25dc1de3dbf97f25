"""Decoding: encodings, newlines, rejections; parse_article never raises."""

from __future__ import annotations

import hashlib
import random

import pytest

from pipeline.core.article import parse_article
from pipeline.core.ingest import BINARY, EMPTY, UNDECODABLE, WHITESPACE_ONLY, Decoded, decode
from pipeline.core.records import Article, Rejection

TEXT = "Titre de l'article\n\nPremier paragraphe, avec des accents : été, à, où, ça.\n"


def test_plain_utf8_is_kept_as_is() -> None:
    decoded = decode(TEXT.encode("utf-8"))
    assert isinstance(decoded, Decoded)
    assert decoded.text == TEXT and decoded.encoding == "utf-8" and decoded.warnings == ()


def test_bom_is_removed() -> None:
    decoded = decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert isinstance(decoded, Decoded)
    assert decoded.text == TEXT and decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_newlines_are_normalized(newline: str) -> None:
    decoded = decode(TEXT.replace("\n", newline).encode("utf-8"))
    assert isinstance(decoded, Decoded)
    assert decoded.text == TEXT


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoding_is_decoded_and_recorded(encoding: str) -> None:
    text = TEXT + "Le prix : 5 € — « cité »\n" if encoding == "cp1252" else TEXT
    decoded = decode(text.encode(encoding))
    assert isinstance(decoded, Decoded)
    assert decoded.text == text
    assert decoded.encoding in ("cp1252", "latin-1")
    assert any("not valid UTF-8" in w for w in decoded.warnings)


def test_a_few_bad_bytes_in_utf8_are_replaced_with_a_warning() -> None:
    data = ("é" * 40 + " texte ").encode("utf-8") + b"\xff" + b" fin"
    decoded = decode(data)
    assert isinstance(decoded, Decoded)
    assert decoded.encoding == "utf-8" and "\ufffd" in decoded.text and decoded.warnings


def test_utf16_with_bom() -> None:
    decoded = decode(TEXT.encode("utf-16"))
    assert isinstance(decoded, Decoded)
    assert decoded.text == TEXT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", EMPTY),
        (b"  \n\r\n\t ", WHITESPACE_ONLY),
        (b"\xef\xbb\xbf\n\n", WHITESPACE_ONLY),
        (b"PK\x03\x04\x00\x00\x08\x00binary zip", BINARY),
        (bytes(range(1, 9)) * 50 + b"abc", BINARY),
        (bytes(range(0x80, 0xA0)) * 20, UNDECODABLE),
    ],
)
def test_rejections_have_specific_reasons(data: bytes, reason: str) -> None:
    assert decode(data) == reason
    result = parse_article("bad.txt", data)
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.content_sha256 == hashlib.sha256(data).hexdigest()


def test_header_without_title_is_rejected() -> None:
    result = parse_article("x.txt", b" date 2022-02 \n\n")
    assert isinstance(result, Rejection) and "no title" in result.reason


def test_article_records_encoding_sha_and_warning() -> None:
    data = "Titre\n\nUn été à Paris, où l'on a vu des éléphants.".encode("cp1252")
    art = parse_article("a/b.txt", data)
    assert isinstance(art, Article)
    assert art.encoding == "cp1252" and art.warnings
    assert art.content_sha256 == hashlib.sha256(data).hexdigest()
    assert art.body == "Un été à Paris, où l'on a vu des éléphants."


def test_never_raises_on_random_bytes() -> None:
    rng = random.Random(7)
    samples = [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) for _ in range(300)]
    samples += [b"date 2022-02", b"date", b"\n\n\nx", b"<br", b"&", "é".encode() * 3]
    for data in samples:
        result = parse_article("fuzz.txt", data)
        assert isinstance(result, Article | Rejection)
        if isinstance(result, Rejection):
            assert not result.reason.startswith("could not be parsed"), result.reason


def _as_mojibake(text: str, layers: int = 1) -> str:
    """``text`` as UTF-8 bytes misread as cp1252 ``layers`` times (how scraped pages get "Ã©" for "é")."""
    for _ in range(layers):
        text = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))
    return text


def _undo(decoded: Decoded) -> str:
    """The text as the file had it: each repair's removed_text put back at its offsets."""
    text = decoded.text
    for e in sorted(decoded.repairs, key=lambda e: e.start, reverse=True):
        text = text[: e.start] + e.removed_text + text[e.end :]
    return text


@pytest.mark.parametrize("layers", [1, 2])
def test_mojibake_is_repaired_at_decode_time_and_recorded(layers: int) -> None:
    clean = "Titre : l’hôpital ferme à Lyon\n\nÀ la rentrée, « c’est fini » — a dit Cécile, cœur serré, 20 €.\n"
    source = _as_mojibake(clean, layers)
    decoded = decode(source.encode("utf-8"))
    assert isinstance(decoded, Decoded)
    assert decoded.text == clean and decoded.encoding == "utf-8"
    assert decoded.repairs and all(e.rule == "mojibake" for e in decoded.repairs)
    assert any("mojibake" in w for w in decoded.warnings)
    # Offsets locate the repaired text; removed_text is the mojibake as the file had it.
    assert _undo(decoded) == source
    assert decoded.text[decoded.repairs[0].start : decoded.repairs[0].end] == "’hô"


def test_c1_control_for_a_cp1252_character_is_repaired() -> None:
    decoded = decode("Titre\n\nLe prix : 29 750 \x80, au c\x9cur de la gamme.".encode())
    assert isinstance(decoded, Decoded)
    assert decoded.text.endswith("29 750 €, au cœur de la gamme.") and len(decoded.repairs) == 2


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "SÃO PAULO (AFP) - JOÃO E IRMÃ ont voté à São Paulo.\n",  # a real "Ã" in Portuguese capitals
        "Le pâté coûte 5 €, le signe â€ n'est pas un mot.\n",  # "â€" then a space is no lost dagger
        "Âge : 30 ans. « Ça va », dit-il — l’été, à 20 h 30.\n",
    ],
)
def test_clean_text_is_not_touched_by_the_mojibake_repair(text: str) -> None:
    decoded = decode(text.encode("utf-8"))
    assert isinstance(decoded, Decoded)
    assert decoded.text == text and decoded.repairs == () and decoded.warnings == ()


def test_article_from_mojibake_source_reads_clean() -> None:
    data = _as_mojibake("Un été à Genève\n\nL’équipe a gagné, s’est réjoui l’entraîneur.").encode("utf-8")
    art = parse_article("m.txt", data)
    assert isinstance(art, Article)
    assert art.title == "Un été à Genève" and art.body == "L'équipe a gagné, s'est réjoui l'entraîneur."
    repairs = [e for e in art.edits if e.rule == "mojibake"]
    decoded = decode(data)
    assert isinstance(decoded, Decoded)
    assert repairs == list(decoded.repairs) and len(repairs) >= 5  # é (x3), è, ’ (x2), î: each repair a log row
    assert all(decoded.text[e.start : e.end] != e.removed_text for e in repairs)
    # The log is invertible: putting each repair's removed_text back gives the file's text.
    undone = decoded.text
    for e in sorted(repairs, key=lambda e: e.start, reverse=True):
        undone = undone[: e.start] + e.removed_text + undone[e.end :]
    assert undone == data.decode("utf-8")
