"""The head of a university named in lowercase by its place (sentences written for these tests): « le recteur de
l'université de Tartu, X » serves that university; « le recteur de l'université, X » no named one."""

from __future__ import annotations

from tests.conftest import posts


def test_the_rector_of_a_university_named_in_lowercase() -> None:
    found = posts("Le recteur de l'université de Tartu, Jaan Tamm, a signé un protocole de coopération.")
    assert ("Jaan Tamm", "université de Tartu") in {(holder, org) for holder, _, org in found}


def test_a_university_with_no_name_is_no_organisation() -> None:
    found = posts("Le recteur de l'université, Jaan Tamm, a signé un protocole de coopération.")
    assert not any(org and org.startswith("université") for _, _, org in found)
