"""A system named on its own completes the supply told before it, even where a sentence between retells that supply
with one of its sides unsaid (« Le chef de l'État a remis à l'armée ... »); not one told of another state, nor
one told too far back. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import facts
from tests.test_modality import fold


def systems(text: str) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for f in facts(text, "support"):
        for s in f.get("supporter"):
            for r in f.get("recipient"):
                found.setdefault((fold(s.label), fold(r.label)), set()).update(w.label for w in f.get("weapon"))
    return found


@pytest.mark.parametrize("text, pair", [
    ("Le Niger a reçu des véhicules blindés en provenance de Turquie. Le chef de l'État nigérien a remis à "
     "l'armée un lot de véhicules blindés destinés à la lutte contre les groupes armés, selon la présidence. "
     "Les images montrent douze blindés Cobra II fabriqués en Turquie.", ("turquie", "niger")),
    ("Le Sénégal a reçu des patrouilleurs de la France. Le président sénégalais a remis à la marine deux "
     "patrouilleurs lors d'une cérémonie à Dakar. Les photos montrent deux patrouilleurs OPV 58 S amarrés au port.",
     ("france", "senegal")),
    ("Le Togo a reçu des blindés offerts par les États-Unis. Le ministre togolais de la Défense a remis ces "
     "véhicules aux forces armées, a indiqué le gouvernement. Le convoi comprenait dix blindés Bastion.",
     ("etats unis", "togo")),
])
def test_a_system_named_after_a_retelling_completes_the_supply_retold(text: str, pair: tuple[str, str]) -> None:
    assert systems(text).get(pair)


@pytest.mark.parametrize("text, pair", [
    # the sentence between tells another state's purchase, no retelling of the supply
    ("Le Niger a reçu des véhicules blindés en provenance de Turquie. L'Algérie a pour sa part commandé des "
     "camions. Les images montrent douze blindés Cobra II.", ("turquie", "niger")),
    # the system is named too far from the supply
    ("Le Mali a reçu des hélicoptères de la Russie. La ministre a remis à l'armée de l'air les appareils lors "
     "d'une cérémonie. Il fait beau à Bamako. La saison des pluies commence. Les marchés sont animés. Le stade est "
     "plein. Les images montrent quatre Mi-35.", ("russie", "mali")),
])
def test_no_system_joins_a_supply_it_is_not_told_of(text: str, pair: tuple[str, str]) -> None:
    assert systems(text).get(pair) == set()


_BETWEEN = ("Le contrat a été signé à Jakarta. Il prévoit un transfert de technologie. Les travaux commenceront l'an "
            "prochain. Le chantier emploiera des centaines d'ouvriers.")


@pytest.mark.parametrize("text, pair", [
    (f"L'Indonésie a acheté des sous-marins à la France. {_BETWEEN} Les premiers sous-marins Scorpène indonésiens "
     "seront assemblés avec l'aide d'ingénieurs français.", ("france", "indonesie")),
    (f"Le Pérou a reçu des hélicoptères de la Russie. {_BETWEEN} Les Mi-17 russes voleront au Pérou dès juin.",
     ("russie", "perou")),
    (f"Le Ghana a commandé des patrouilleurs à l'Inde. {_BETWEEN} Les autorités ghanéennes et indiennes ont visité "
     "le chantier des patrouilleurs Type 056.", ("inde", "ghana")),
])
def test_a_system_named_with_both_sides_again_completes_their_supply(text: str, pair: tuple[str, str]) -> None:
    assert systems(text).get(pair)


@pytest.mark.parametrize("text", [
    # a third state named with them
    f"L'Indonésie a acheté des sous-marins à la France. {_BETWEEN} Des ingénieurs italiens et indonésiens "
    "assembleront des sous-marins Scorpène français.",
    # one side only, past the reach of a system named on its own
    f"L'Indonésie a acheté des sous-marins à la France. {_BETWEEN} Les premiers sous-marins Scorpène seront "
    "assemblés par des ouvriers indonésiens.",
])
def test_a_system_named_far_on_without_both_sides_alone_stays_out(text: str) -> None:
    assert systems(text).get(("france", "indonesie")) == set()
