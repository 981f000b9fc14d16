"""A demonym the tagger reads as an auxiliary after a noun (sentences written for these tests: « le Premier ministre
vanuatais », whose ending looks like an imperfect's) still names its state, and the post before it serves it."""

from __future__ import annotations

from kg.pipeline import analyse_text

VANUATU = "https://w3id.org/kg-news/id/state-VUT"


def test_a_demonym_tagged_as_an_auxiliary_names_its_state() -> None:
    found = analyse_text("Titre\nLe Premier ministre vanuatais a reçu une délégation de pêcheurs à Luganville.")
    assert VANUATU in {e.iri for e in found.mentions.values()}


def test_the_post_before_such_a_demonym_serves_its_state() -> None:
    found = analyse_text("Titre\nLa ministre a assuré au Premier ministre vanuatais Tom Natapei son soutien.")
    held = {(fact.first("holder").label, org.iri if (org := fact.first("org")) else None)
            for fact in found.facts if fact.kind == "post"}
    assert ("Tom Natapei", VANUATU) in held
