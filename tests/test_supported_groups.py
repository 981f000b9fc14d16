"""A support participle qualifies the one supported: « l'armée X, soutenue par Y » is Y's support to X; « les
rebelles soutenus par Y » supports a group of no state, which takes no recipient of a supply told before. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deals import supplies


@pytest.mark.parametrize("text, pair", [
    ("Les troupes tchadiennes, soutenues par la France, ont chassé les insurgés de la ville.", ("france", "tchad")),
    ("Les soldats nigériens formés par l'Italie patrouillent désormais la frontière.", ("italie", "niger")),
])
def test_the_noun_a_support_participle_qualifies_is_supported(text: str, pair: tuple[str, str]) -> None:
    assert pair in supplies(text)


@pytest.mark.parametrize("text, wrong", [
    ("Le Canada a vendu des blindés légers au Koweït et à Bahreïn. Dans la région, les miliciens soutenus par la "
     "Syrie restent actifs, selon le Koweït.", ("syrie", "bahrein")),
    ("La Norvège a livré des blindés à la Lettonie et à la Finlande. Selon la Finlande, des séparatistes armés "
     "et entraînés par la Biélorussie menacent la région.", ("bielorussie", "lettonie")),
])
def test_a_group_of_no_state_takes_no_recipient_told_before(text: str, wrong: tuple[str, str]) -> None:
    found = supplies(text)
    assert wrong not in found
    assert found & {("canada", "koweit"), ("norvege", "lettonie")}

