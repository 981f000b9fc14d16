"""A work entrusted to a firm whose name runs over two words (« Naval Group », « Thales Communications »): the
parser may read the name's last word as a verb or as the verb's object and hang the work on it; the award is still a
contract between the state and the firm. Sentences written for these tests."""

from __future__ import annotations

from tests.test_supply import agreements


def test_the_former_name_of_the_french_procurement_agency_is_the_french_state() -> None:
    text = "La Délégation générale pour l'armement a confié à Thales la fourniture de radios pour ses frégates."
    assert {"france", "thales"} in agreements(text)