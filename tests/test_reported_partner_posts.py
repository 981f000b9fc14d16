"""The state of a post whose holder reports what another subject does with a state (sentences written for these
tests): the story's state, named there as that subject's partner, may be the holder's own."""

from __future__ import annotations

from tests.conftest import posts

_STORY = "Le Pérou veut acheter des hélicoptères russes\n" \
         "Le Pérou envisage d'acheter des hélicoptères à la Russie, selon Lima. Le Pérou a déjà acheté des " \
         "fusils russes. La Russie et le Pérou coopèrent depuis 2005, selon Moscou. La Russie livre le Pérou. "


def test_a_reported_partner_of_another_subject_stays_the_holders_state() -> None:
    found = posts(_STORY + "Les Etats-Unis ont récemment interdit la vente d'armes au Pérou, mais ils avaient cessé "
                  "d'exporter les pièces vers le Pérou bien avant, affirme le ministre de la Défense Juan Quispe.")
    assert ("Juan Quispe", "minister-of-defence", "Pérou") in found


def test_the_holders_own_partner_is_still_the_other_side() -> None:
    found = posts(_STORY + "Le ministre de la Défense Juan Quispe a signé un accord avec le Pérou à Lima.")
    assert ("Juan Quispe", "minister-of-defence", "Pérou") not in found
