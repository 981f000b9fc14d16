"""Talks a sentence tells with no side of its own right after a trip told (session 33): « La délégation turque
s'est rendue à Tunis. Les discussions ont porté sur ... » are talks of the traveller's state with the host's, held
in the city gone to; a trip for something else, or a noun that names no talks (« les échanges commerciaux »),
gives none. Sentences written for the purpose."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[tuple[set[str], set[str]]]:
    found = analyse_text(f"Titre\n{text}", published=PUBLISHED)
    return [({e.label for _, e in f.roles}, {e.label for p in f.parts for _, e in p.roles})
            for f in found.facts if f.kind == "negotiation"]


def test_exchanges_after_a_delegation_s_trip() -> None:
    found = _talks("La délégation turque s'était auparavant rendue à Tunis. Les échanges avaient surtout porté sur "
                   "des projets d'énergie solaire.")
    assert found == [({"Turquie", "Tunisie"}, {"Tunis"})]


def test_discussions_after_a_minister_s_trip() -> None:
    found = _talks("Le ministre chilien s'est rendu à Lima. Les discussions ont porté sur la pêche.")
    assert found == [({"Chili", "Pérou"}, {"Lima"})]


def test_no_talks_without_a_trip_or_with_a_trade_noun() -> None:
    assert not _talks("Le ministre chilien a parlé de la pêche. Les discussions ont porté sur la pêche.")
    assert not _talks("La délégation turque s'est rendue à Tunis. Les échanges commerciaux ont progressé.")


def test_trip_told_in_a_gerund_after_the_talks() -> None:
    """« En effectuant ce déplacement à Lima, X ... »: a trip told after the talks it places, in a gerund whose
    subject is the traveller; the talks of the same sides told before are held in its city (session 34)."""
    found = _talks("Le ministre portugais Rui Costa a tenu une conférence de presse avec son homologue péruvien "
                   "Pablo Soto. Les chiffres n'ont pas été confirmés. En effectuant ce déplacement à Lima, M. Costa "
                   "voulait relancer la coopération navale.")
    assert found == [({"Portugal", "Pérou"}, {"Lima"})]
    # a gerund of something else than a trip places no talks
    assert _talks("Le ministre portugais Rui Costa a tenu une conférence de presse avec son homologue péruvien "
                  "Pablo Soto. En effectuant ce geste à Lima, Rui Costa voulait apaiser les esprits.") == [
        ({"Portugal", "Pérou"}, set())]
