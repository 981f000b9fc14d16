"""Surnames listed after a plural title (« les présidents X et Y ») hold its post, though the NER misses one of
them or reads it as a place (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import posts


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Les présidents Adeyemi et Ruto se sont entretenus mardi à Abuja.",
                 {("Adeyemi", "president"), ("Ruto", "president")}, id="two-surnames"),
    pytest.param("Dans la ligne des politiques des présidents Okafor et Mwangi, les ministres ont signé un accord.",
                 {("Okafor", "president"), ("Mwangi", "president")}, id="surnames-in-a-complement"),
    pytest.param("Les généraux Diarra et Koné ont inspecté les troupes à Gao.",
                 {("Diarra", "general"), ("Koné", "general")}, id="plural-rank"),
])
def test_surnames_after_a_plural_title(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(holder, tail) for holder, tail, _ in posts(text)} >= expected


@pytest.mark.parametrize("text", [
    pytest.param("Le président Tinubu a reçu Ruto à Abuja.", id="lone-surname-after-no-title"),
    pytest.param("Les présidents ont reçu Ruto et Koné à Abuja.", id="names-not-right-after-the-plural-title"),
])
def test_lone_surnames_without_a_plural_list_hold_no_post(text: str) -> None:
    assert not {holder for holder, _, _ in posts(text)} & {"Ruto", "Koné"}
