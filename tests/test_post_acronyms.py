"""An acronym an article defines in brackets right after a post's title names that post's holder when used alone
later (kg.extract.post_acronyms), not a body. Sentences written for the purpose."""

from __future__ import annotations

from kg.pipeline import analyse_text
from kg.records import Fact

_TOUR = ("Le chef militaire français en tournée au Ghana\n\n"
         "Le général Paul Durand, chef d'état-major des armées françaises (CEMA), s'est rendu en visite officielle "
         "au Ghana.\n\nÀ Accra, le CEMA a rencontré le ministre ghanéen de la Défense, Kofi Mensah, et son "
         "homologue.\n")


def _labels(facts: tuple[Fact, ...] | list[Fact], kind: str) -> list[set[str]]:
    return [{e.label for _, e in fact.roles} for fact in facts if fact.kind == kind]


def test_a_posts_acronym_is_its_holder_not_a_body() -> None:
    facts = analyse_text(_TOUR).facts
    assert not any(e.label == "CEMA" for fact in facts for _, e in fact.roles)
    assert {"France", "Ghana"} in _labels(facts, "negotiation")
    venues = [e.label for fact in facts if fact.kind == "negotiation" for part in fact.parts for _, e in part.roles]
    assert "Accra" in venues

