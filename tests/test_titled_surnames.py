"""A lone surname after a capitalised title the NER reads with it as a place or a body (« le Ministre Nom »), as
communiqués write officials (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def people(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {m.label for m in found.mentions.values() if m.cls == "Person"}


@pytest.mark.parametrize(("sentence", "person"), [
    ("Ce don « renforce notre partenariat » a ajouté le Ministre Oumarou.", "Oumarou"),
    ("La délégation a été reçue au palais par le Président Tandjagui.", "Tandjagui"),
])
def test_a_surname_after_a_capitalised_title_is_its_holder(sentence: str, person: str) -> None:
    assert person in people(sentence)


@pytest.mark.parametrize("sentence", [
    "Le Ministre Togolais a ouvert la séance.",
    "Le contrat avec le Général Motors a été renouvelé.",
    "Le Ministre Délégué a ouvert la séance.",
])
def test_a_demonym_a_firm_or_a_title_after_a_capitalised_title_is_no_one(sentence: str) -> None:
    assert not people(sentence)
