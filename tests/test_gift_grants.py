"""The worth of a gift: « le tout d'une valeur de ... », « le tout pour ... », « ce don d'une valeur de ... » told right
after a gift (« X a fait don de ... à Y », « X a offert ... à Y », in the title or the sentence before) is a grant
from the giver to the recipient, never a deal; the worth of a sale, or of a deal told just before, stays a deal's.
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_extractors import PUBLISHED
from tests.test_modality import fold


def _article(text: str) -> list[Fact]:
    return analyse_text(text, PUBLISHED).facts


def _grants(found: list[Fact]) -> set[tuple[str, str, Decimal]]:
    return {(fold(f.get("funder")[0].label) if f.get("funder") else "",
             fold(f.get("recipient")[0].label) if f.get("recipient") else "", a.value)
            for f in found if f.kind == "financing" and f.attr("financing_kind") == "grant" for a in f.amounts}


def _deal_sums(found: list[Fact]) -> set[Decimal]:
    return {a.value for f in found if f.kind == "agreement" for a in f.amounts}


def test_the_worth_of_the_whole_after_a_gift_in_the_title_is_a_grant() -> None:
    found = _article("Sénégal : l'Allemagne fait un don de matériel militaire à l'armée sénégalaise\n"
                     "Le lot comprend douze camions Unimog, trois ambulances et des groupes électrogènes, le tout "
                     "d'une valeur de 5 millions d'euros.")
    assert _grants(found) == {("allemagne", "senegal", Decimal(5_000_000))}
    assert not _deal_sums(found)


def test_the_whole_priced_after_a_gift_told_just_before_is_a_grant() -> None:
    found = _article("Le Japon a offert au Cameroun quatre patrouilleurs et deux hélicoptères Gazelle. Le tout pour "
                     "un montant de 3 millions de dollars.")
    assert _grants(found) == {("japon", "cameroun", Decimal(3_000_000))}
    assert not _deal_sums(found)


def test_this_gift_valued_further_on_is_granted_by_the_giver() -> None:
    found = _article("La Chine a fait don de vingt véhicules blindés à la Mauritanie lors d'une cérémonie à "
                     "Nouakchott.\n\nLes autorités ont salué ce geste de l'ambassadeur.\n\nLe ministre a remercié les "
                     "donateurs pour leur générosité.\n\nCe don d'une valeur de 6 millions de dollars comprend aussi "
                     "des pièces de rechange.")
    assert _grants(found) == {("chine", "mauritanie", Decimal(6_000_000))}


def test_the_worth_of_goods_given_pointed_back_to_is_a_grant() -> None:
    found = _article("Les Pays-Bas ont offert six véhicules blindés au Burkina Faso. Ces blindés, d'une valeur de "
                     "400 millions de FCFA, seront affectés aux unités du nord.")
    assert _grants(found) == {("pays bas", "burkina faso", Decimal(400_000_000))}
    assert not _deal_sums(found)


def test_a_deal_told_after_a_gift_keeps_its_worth() -> None:
    found = _article("Le Japon a offert deux vedettes au Cameroun. Les deux pays ont aussi signé un contrat pour six "
                     "patrouilleurs, le tout pour 30 millions de dollars.")
    assert not _grants(found)
    assert _deal_sums(found) == {Decimal(30_000_000)}


def test_the_worth_of_a_delivery_after_a_gift_to_another_is_no_grant() -> None:
    found = _article("L'Allemagne a offert des camions au Niger.\n\nLa France a livré dix blindés et deux ambulances "
                     "au Tchad, le tout d'une valeur de 9 millions d'euros.")
    assert not _grants(found)


def test_the_worth_of_a_sale_is_no_grant() -> None:
    found = _article("La France a vendu douze blindés VAB et trois ambulances au Mali, le tout d'une valeur de "
                     "5 millions d'euros.")
    assert not _grants(found)
