"""A system told near a supply that names it only by an anaphor: « un contrat entre X et Y portant sur la livraison
de ces drones » gives the drones named before to the supply between X and Y told before; « ces navires W » far
after the one supply of an article names its system. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)
FILLER = ("La cérémonie s'est tenue au port sous un soleil éclatant. De nombreux invités étaient présents. "
          "Un orchestre a joué plusieurs morceaux. Les familles des marins ont assisté à la fête. "
          "Un buffet a été servi aux participants. La presse locale a couvert l'événement. "
          "Un discours a été prononcé par le maire. ")


def _supplies(text: str) -> set[tuple[str, str, frozenset[str]]]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return {(f.get("supporter")[0].label, f.get("recipient")[0].label, frozenset(w.label for w in f.get("weapon")))
            for f in found if f.kind == "support" and f.get("supporter") and f.get("recipient")}


def test_a_contract_between_the_sides_of_a_supply_carries_these_drones_to_it() -> None:
    text = ("Le Kenya utilise des armes achetées à la Turquie. Selon les Ougandais, son armée emploie des drones "
            "Bayraktar TB2 produits par Baykar. Un contrat avait été signé en 2019 entre la Turquie et le Kenya, "
            "portant sur la livraison de ces drones.")
    assert ("Turquie", "Kenya", frozenset({"Bayraktar TB2"})) in _supplies(text)


def test_a_contract_between_parties_of_no_supply_told_gives_these_drones_no_way_round() -> None:
    text = ("Selon les Ougandais, l'armée kényane emploie des drones Bayraktar TB2 produits par Baykar. Un contrat "
            "avait été signé en 2019 entre la Turquie et le Kenya, portant sur la livraison de ces drones.")
    assert ("Kenya", "Turquie", frozenset({"Bayraktar TB2"})) not in _supplies(text)


def test_these_ships_named_far_after_the_one_supply_are_its_system() -> None:
    text = ("Les deux nouveaux patrouilleurs français sont les premiers des quatre que le Sénégal a achetés. "
            + FILLER + "« Ces nouveaux navires Gowind protégeront nos côtes », a déclaré l'amiral.")
    assert _supplies(text) == {("France", "Sénégal", frozenset({"Gowind"}))}


def test_ships_named_far_after_the_supply_without_a_demonstrative_are_not_its_system() -> None:
    text = ("Les deux nouveaux patrouilleurs français sont les premiers des quatre que le Sénégal a achetés. "
            + FILLER + "« Des navires Gowind protégeront nos côtes », a déclaré l'amiral.")
    assert _supplies(text) == {("France", "Sénégal", frozenset())}


def test_these_ships_named_after_two_supplies_are_neither_one_s() -> None:
    text = ("Les deux nouveaux patrouilleurs français sont les premiers des quatre que le Sénégal a achetés. "
            "Le Sénégal a aussi acheté des hélicoptères à l'Italie. "
            + FILLER + "« Ces nouveaux navires Gowind protégeront nos côtes », a déclaré l'amiral.")
    assert all(not weapons for _, _, weapons in _supplies(text))


def _modalities(text: str) -> set[str]:
    found = analyse_text(f"Titre\n{text}", PUBLISHED).facts
    return {f.modality.name for f in found if f.kind == "support" and f.get("weapon")}


def test_a_deal_pronoun_that_provides_for_a_purchase_tells_its_terms() -> None:
    text = ("Un protocole d'accord a été signé entre l'Italie et le Pérou lors de la visite du ministre. "
            "Il prévoyait l'achat de 20 hélicoptères italiens AW139.")
    assert _modalities(text) == {"ASSERTED"}


def test_a_pronoun_for_no_deal_that_plans_a_purchase_stays_a_plan() -> None:
    text = ("Le ministre péruvien s'est rendu en Italie lors d'une tournée. "
            "Il prévoyait l'achat de 20 hélicoptères italiens AW139.")
    assert "ASSERTED" not in _modalities(text)
