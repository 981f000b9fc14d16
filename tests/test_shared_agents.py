"""A supply participle coordinated after another passive participle shares its agent (« des W modernisés par X et
livrés à Y »: X supplies Y), unless it names its own giver, names no receiver, or the first participle's agent only
worked on goods another clause delivers. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_retold_supplies import systems


@pytest.mark.parametrize("text, pair, system", [
    ("Quatre hélicoptères Mi-17 ont été modernisés par la Russie et livrés au Mali en 2021.",
     ("russie", "mali"), "Mi-17"),
    ("Des chars T-72 remis en état par la Pologne et cédés à l'Ukraine sont arrivés sur le front.",
     ("pologne", "ukraine"), "T-72"),
    ("Deux avions C-130 de la même série ont été remis à neuf par les États-Unis et livrés aux Philippines.",
     ("etats unis", "philippines"), "C-130"),
    # a firm's name the NER leaves unread after « par »
    ("Deux autres hélicoptères Mi-8 ont été révisés par Kestrol et livrés au Niger l'an dernier.",
     ("kestrol", "niger"), "Mi-8"),
])
def test_the_agent_of_the_first_participle_supplies(text: str, pair: tuple[str, str], system: str) -> None:
    assert any(system in label for label in systems(text).get(pair, set()))


@pytest.mark.parametrize("text, pair", [
    # the second participle names its own giver
    ("Des chars T-72 modernisés par la Pologne et livrés par la Tchéquie à l'Ukraine sont arrivés.",
     ("pologne", "ukraine")),
    # the goods are worked on, then used: no handover
    ("Quatre hélicoptères Mi-17 ont été modernisés par la Russie et déployés au Mali en 2021.", ("russie", "mali")),
    # the one who only modernised is not the one who delivers
    ("La Russie a modernisé des hélicoptères Mi-17 livrés au Mali par la Biélorussie.", ("russie", "mali")),
])
def test_a_maker_that_only_worked_on_the_goods_supplies_nothing(text: str, pair: tuple[str, str]) -> None:
    assert pair not in systems(text)
