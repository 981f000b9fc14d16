"""Talks told with no place, then a guest found staying in the host's state (« ... a dit que c'était un honneur
d'être en A »): held there; a wish is no deal (« est désireux de signer un accord »). Sentences written for the
purpose (session 52); names invented."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import sides_and_venues
from tests.test_extractors import PUBLISHED

_HEAD = "Le Premier ministre et le ministre de la Défense évoquent la coopération\n\n"
_MET = ("Le Premier ministre Andris Kalns a reçu une délégation conduite par le ministre de la Défense de la "
        "République d'Estonie Peeter Tamm.\n\n")
_CALLED = ("Le Premier ministre Andris Kalns s'est entretenu par téléphone avec le ministre de la Défense de la "
           "République d'Estonie Peeter Tamm.\n\n")


def _kinds(text: str, kind: str) -> list:
    return [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == kind]


def _talks(text: str) -> list[tuple[set[str], set[str]]]:
    return sides_and_venues(_kinds(_HEAD + text, "negotiation"))


@pytest.mark.parametrize("text", [
    _MET + "Le Premier ministre a remercié la délégation. « Votre visite est une preuve d'amitié », a déclaré Andris "
    "Kalns.\n\nLe ministre Tamm a estimé que c'était un honneur d'être en Lettonie en cette journée.",
    _MET + "Le ministre Tamm a jugé que c'était un plaisir d'être en Lettonie.",
])
def test_a_guest_found_in_the_hosts_state_after_placeless_talks_places_them(text: str) -> None:
    assert [places for sides, places in _talks(text) if sides == {"Estonie", "Lettonie"}] == [{"Lettonie"}]


@pytest.mark.parametrize("text", [
    # the host, not the guest, is the one found there: nothing said of where the guest was received
    _MET + "Le Premier ministre Kalns a jugé que c'était un plaisir d'être en Estonie bientôt.",
    # a call is held nowhere
    _CALLED + "Le ministre Tamm a jugé que c'était un honneur d'être en Lettonie.",
])
def test_no_venue_from_a_stay_not_of_the_guest(text: str) -> None:
    assert all(not places for sides, places in _talks(text) if sides == {"Estonie", "Lettonie"})


@pytest.mark.parametrize("text", [
    "Le Portugal est désireux de signer un accord de défense avec le Brésil.",
    "La Slovénie est désireuse de construire des partenariats étroits avec la Croatie dans la défense.",
])
def test_a_deal_wished_for_is_no_agreement(text: str) -> None:
    assert all(f.modality.name != "ASSERTED" for f in _kinds(text, "agreement"))


def test_a_deal_signed_is_still_an_agreement() -> None:
    assert len(_kinds("Le Portugal a signé un accord de défense avec le Brésil.", "agreement")) == 1
