"""A body met through its members' officials (« les ministres de l'OCS », « les chefs d'État de la CEDEAO ») is no
side of the talks: its member states are (sentences written for these tests); a body met through its own head
(« le secrétaire général de l'OTAN ») still is one."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _sides(text: str) -> list[set[str]]:
    return [{e.label for e in f.get("participant")} for f in analyse_text("Titre\n" + text, published=PUBLISHED).facts
            if f.kind == "negotiation"]


def test_a_body_met_through_its_members_ministers_is_no_side() -> None:
    assert _sides("Le Premier ministre arménien s'est entretenu avec les ministres des Affaires étrangères de "
                  "l'OCS.") == []
    assert _sides("La ministre néo-zélandaise a salué la rencontre informelle entre les ministres de la Défense de "
                  "l'ASEAN et de la Nouvelle-Zélande.") == []


def test_a_body_met_through_its_members_is_no_side() -> None:
    assert _sides("Le président kirghiz a eu une longue rencontre à Bichkek avec les membres de l'OTSC.") == []


def test_a_body_met_through_its_head_is_still_a_side() -> None:
    assert {"Inde", "OTAN"} in _sides("Le ministre indien a rencontré à New Delhi le secrétaire général de l'OTAN.")
    assert {"Japon", "ASEAN"} in _sides("Le ministre japonais a rencontré à Tokyo le secrétaire général de l'ASEAN.")


def test_a_body_met_through_some_of_its_staff_is_still_a_side() -> None:
    assert {"Pérou", "OTAN"} in _sides("Une délégation des forces armées péruviennes a tenu des réunions avec des "
                                       "membres de l'OTAN à Bruxelles.")
