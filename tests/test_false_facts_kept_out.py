"""Readings that kept false facts out (session 57, precision): a title told before with no name is that other
official, a delegation's state is not where it goes, an offer is no gift, a deal only wished for is no deal, and a
holder does not serve the state they thank or meet a counterpart in. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.kinds import Modality
from kg.pipeline import analyse_text
from tests.conftest import deals_told
from tests.test_extractors import PUBLISHED

FIRM = {Modality.ASSERTED, Modality.REPORTED}


def _posts(text: str) -> dict[str, set[str]]:
    facts = analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
    out: dict[str, set[str]] = {}
    for fact in facts:
        if fact.kind == "post":
            holder = fact.get("holder")[0].label
            out.setdefault(holder, set()).update(e.label for e in fact.get("org"))
    return out


def _firm(text: str, kind: str) -> list[set[str]]:
    facts = analyse_text(f"Titre\n{text}", published=PUBLISHED).facts
    return [{e.label for _, e in f.roles} for f in facts if f.kind == kind and f.modality in FIRM]


def test_a_title_told_before_with_no_name_is_that_other_official() -> None:
    posts = _posts("Lors de la réunion, Kemal Aydin a évoqué la coopération régionale. Kemal Aydin a appelé "
                   "l'ambassadeur indien à transmettre ses préoccupations. L'ambassadeur d'Inde a déclaré que le "
                   "message serait transmis à son gouvernement. Kemal Aydin a fait savoir que son pays restait "
                   "ouvert au dialogue.")
    assert "Inde" not in posts.get("Kemal Aydin", set())


def test_a_delegation_is_of_the_state_that_sends_it_not_where_it_goes() -> None:
    posts = _posts("Le régime militaire du Myanmar a envoyé une délégation militaire à Moscou, en Russie, cette "
                   "semaine. Cette délégation était dirigée par le commandant de l'armée de l'air, le général Tun "
                   "Aung Win.")
    assert "Russie" not in posts.get("Tun Aung Win", set())
    assert posts.get("Tun Aung Win") & {"Birmanie", "Myanmar"}


@pytest.mark.parametrize("text", [
    "La Chine a offert des avions J-10 à l'Argentine, une offre rejetée par Buenos Aires.",
    "La Russie a offert au Pérou des hélicoptères Mi-17 en échange d'un accès à ses ports.",
])
def test_an_offer_is_no_gift(text: str) -> None:
    assert _firm(text, "support") == []


def test_a_gift_is_still_a_gift() -> None:
    assert any({"Japon", "Philippines"} <= roles for roles in _firm(
        "Le Japon a offert deux patrouilleurs aux Philippines lors d'une cérémonie à Manille.", "support"))


def test_a_deal_only_wished_for_is_no_deal() -> None:
    assert _firm("L'accord que le Pérou souhaite conclure avec la Corée du Sud concerne des chars.",
                 "agreement") == []
    assert _firm("L'accord que le Pérou a conclu avec la Corée du Sud concerne des chars.", "agreement")


@pytest.mark.parametrize("text, holder, state", [
    ("La Turquie a livré des drones à l'Éthiopie. Le ministre de la Défense, Abraham Belay, a remercié Ankara.",
     "Abraham Belay", "Turquie"),
    ("Le ministre des Affaires étrangères Carlos Silva a rencontré samedi à Bogota, la capitale de la Colombie, son "
     "homologue Álvaro Pérez.", "Carlos Silva", "Colombie"),
])
def test_a_holder_does_not_serve_the_state_they_face(text: str, holder: str, state: str) -> None:
    assert state not in _posts(text).get(holder, set())


def test_a_deal_noun_in_a_body_s_name_is_no_deal() -> None:
    text = ("Le ministre chilien a reçu son homologue péruvien à Santiago. Il a également défendu le renforcement de "
            "l'Organisation du traité de coopération fluviale, a indiqué le ministère.")
    assert deals_told(text) == []
    assert deals_told("Le Chili et le Pérou ont signé mardi un traité de coopération fluviale.") == [
        frozenset({"Chili", "Pérou"})]
