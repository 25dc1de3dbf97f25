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
