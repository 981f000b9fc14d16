"""A person who faces « son homologue <demonym> » is not of that state (sentences written for these tests): a title
of that state told later without a name is not theirs."""

from __future__ import annotations

from tests.conftest import posts_told

_LATER = "\n« Nous travaillons ensemble », a déclaré Mme Kowalczyk devant les ouvriers.\n" \
         "Le ministre chilien a estimé que le contrat serait signé bientôt."


def test_a_headline_surname_facing_a_counterpart_is_not_of_its_state() -> None:
    found = posts_told("Valparaiso : Kowalczyk et son homologue chilien au chantier" + _LATER, headline=None)
    assert not [p for p in found if p.holder.endswith("Kowalczyk")]


def test_a_named_person_facing_a_counterpart_is_not_of_its_state() -> None:
    text = "Mme Irena Kowalczyk a reçu son homologue chilien au chantier naval." + _LATER
    assert not [p for p in posts_told(text) if p.holder.endswith("Kowalczyk") and p.org == "Chili"]


def test_without_a_counterpart_the_untitled_person_holds_the_title() -> None:
    text = "Mme Irena Kowalczyk a visité le chantier naval." + _LATER
    assert [(p.holder, p.org) for p in posts_told(text)] == [("Irena Kowalczyk", "Chili")]


def test_a_counterpart_of_another_state_does_not_block_the_title() -> None:
    text = "Mme Irena Kowalczyk a reçu son homologue péruvien au chantier naval." + _LATER
    assert [(p.holder, p.org) for p in posts_told(text)] == [("Irena Kowalczyk", "Chili")]
