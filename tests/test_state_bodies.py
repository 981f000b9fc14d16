"""State bodies named with no state word (« les FAMa », « le palais de Miraflores », « l'ISPR ») stand for their
state, and regional organisations (« la SADC », « l'Organisation des États américains ») take part in their own
name, as the reference data knows them (ontology/src/bodies.tsv, ontology/reference/organisations.ttl); a common
word or another sense of a body's name is none of them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from kg.records import Modality

ID = "https://w3id.org/kg-news/id/"
TOLD = {Modality.ASSERTED, Modality.REPORTED}


def sides(text: str, kind: str, role: str) -> set[str]:
    """The IRI suffixes (« state-MLI », « org-sadc ») of the `role` entities of every told `kind` fact."""
    found = analyse_text("Titre\n" + text)
    return {(e.iri or e.key).removeprefix(ID) for f in found.facts if f.kind == kind and f.modality in TOLD
            for name, e in f.roles if name == role}


def states(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {e.iri.removeprefix(ID) for e in found.mentions.values() if e.iri and e.iri.startswith(ID + "state-")}


@pytest.mark.parametrize(("text", "state"), [
    ("Le palais de Miraflores a annoncé des négociations avec la Colombie à Caracas.", "state-VEN"),
    ("L'Akorda a annoncé la tenue de négociations avec la Chine à Astana.", "state-KAZ"),
    ("Le palais de Baabda a mené des pourparlers avec la Syrie.", "state-LBN"),
])
def test_a_presidential_palace_in_talks_stands_for_its_state(text: str, state: str) -> None:
    assert state in sides(text, "negotiation", "participant")


@pytest.mark.parametrize(("text", "state"), [
    ("Malacañang a annoncé la signature d'un accord de défense avec le Japon.", "state-PHL"),
    ("Les FAMa ont signé un accord de coopération avec la Turquie.", "state-MLI"),
    # the acronym of a state's armed forces (ontology/src/bodies.tsv)
    ("Les FAR ont signé un accord de coopération avec le Portugal.", "state-MAR"),
    ("L'ANT a signé un accord de coopération avec le Soudan.", "state-TCD"),
    ("L'Armscor a signé un contrat avec le Brésil.", "state-ZAF"),
    ("L'ECDI a signé un contrat avec la Corée du Sud pour des lance-roquettes.", "state-EST"),
])
def test_a_body_with_no_state_word_is_its_state_s_party(text: str, state: str) -> None:
    assert state in sides(text, "agreement", "party")


@pytest.mark.parametrize(("text", "state"), [
    ("La Russie a livré des avions de combat à la FANB.", "state-VEN"),
    ("La Turquie a livré des drones armés aux FAMa.", "state-MLI"),
    ("La Corée du Sud a livré des obusiers à la TNI.", "state-IDN"),
])
def test_a_supply_to_a_national_force_named_with_no_demonym_goes_to_its_state(text: str, state: str) -> None:
    assert state in sides(text, "support", "recipient")


@pytest.mark.parametrize(("text", "org"), [
    ("La SADC a mené des négociations avec la République démocratique du Congo à Harare.", "org-sadc"),
    ("L'IGAD a tenu des pourparlers avec le Soudan à Djibouti.", "org-igad"),
    ("L'Organisation des États américains a mené des négociations avec le Venezuela à Washington.", "org-oas"),
])
def test_a_regional_organisation_takes_part_in_talks(text: str, org: str) -> None:
    assert org in sides(text, "negotiation", "participant")


def test_an_organisation_of_states_named_by_a_demonym_is_not_that_demonym_s_state() -> None:
    """« l'Organisation des États américains »: the organisation, not the United States."""
    text = "L'Organisation des États américains a mené des négociations avec le Venezuela à Washington."
    assert "state-USA" not in sides(text, "negotiation", "participant")


@pytest.mark.parametrize(("text", "state"), [
    ("La Garde a signé un accord de coopération avec la Suisse.", "state-SAU"),
    ("Les Forces armées royales thaïlandaises ont signé un contrat avec la Suède.", "state-MAR"),
    ("La Cité interdite a accueilli un million de visiteurs venus de Russie cette année.", "state-CHN"),
    ("L'hôtel du quartier de Miraflores, à Lima, a accueilli une délégation chilienne.", "state-VEN"),
    ("Le tournoi de tennis a été disputé à Bercy devant un public venu de Serbie.", "state-FRA"),
])
def test_a_common_word_or_another_sense_of_a_body_s_name_names_no_state(text: str, state: str) -> None:
    assert state not in states(text)


@pytest.mark.parametrize(("text", "org"), [
    ("Le chef d'état-major des forces de défense nationale éthiopiennes, le général Abebe Tadesse, a reçu son "
     "homologue kényan.", "state-ETH"),
    ("Le chef d'état-major des FAMa, le général Oumar Diarra, a reçu son homologue russe.", "body-fama"),
])
def test_a_post_in_a_force_is_in_the_force_as_written(text: str, org: str) -> None:
    """Named with its demonym, the force reads as its state; by its own name, as that body (which stands for it)."""
    assert org in sides(text, "post", "org")


def test_a_group_named_after_a_capital_is_no_state_of_that_capital() -> None:
    """« le Groupe de Minsk de l'OSCE » is a mediation body, not Belarus; the states it mediates between stay."""
    text = ("Les coprésidents du Groupe de Minsk de l'OSCE ont rencontré les ministres arménien et azerbaïdjanais "
            "des Affaires étrangères à Genève.")
    assert states(text) == {"state-ARM", "state-AZE"}
    assert "org-osce-minsk-group" in sides(text, "negotiation", "participant")
