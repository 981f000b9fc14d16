"""The titles of one list share the state a title before them names, as a delegation does (sentences written for
these tests); a repeated post is the other side of a pair, and a list broken by a verb shares nothing."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import post_states

ABOUT_ANOTHER = "La Turquie a lancé une corvette. La Turquie construit des navires. La Turquie exporte. "


@pytest.mark.parametrize(("sentence", "holder"), [
    ("La cérémonie a eu lieu en présence de la ministre de la Défense du Pérou, Ana Quispe, du chef d'état-major "
     "de la marine Luis Tello et du directeur de l'armement Jorge Vilca.", "Luis Tello"),
    ("Étaient présents le ministre géorgien des Affaires étrangères Levan Beridze, le chef d'état-major Giorgi "
     "Kapanadze ainsi que le directeur du renseignement Zurab Abashidze.", "Giorgi Kapanadze"),
    ("Le navire a été baptisé en présence du Premier ministre de Géorgie Levan Beridze, du ministre de la Défense "
     "Giorgi Kapanadze, et du chef de la marine Zurab Abashidze.", "Zurab Abashidze"),
])
def test_titles_listed_after_one_naming_a_state_serve_it(sentence: str, holder: str) -> None:
    states = post_states(ABOUT_ANOTHER + sentence)
    assert states[holder] in {"Pérou", "Géorgie"}
    assert "Turquie" not in states.values()


@pytest.mark.parametrize("sentence", [
    "Le président géorgien Levan Beridze et le président Giorgi Kapanadze se sont rencontrés.",
    "Le ministre géorgien de la Défense Levan Beridze a reçu le chef d'état-major Giorgi Kapanadze.",
])
def test_a_repeated_post_or_a_verb_breaks_the_list(sentence: str) -> None:
    assert post_states(ABOUT_ANOTHER + sentence).get("Giorgi Kapanadze") != "Géorgie"


def test_a_state_named_in_the_titles_own_complement_beats_the_lists() -> None:
    states = post_states(ABOUT_ANOTHER + "L'accord a été signé par la ministre péruvienne de la Défense, Ana "
                         "Quispe, et le chef de la coopération de l'état-major des armées chiliennes, l'amiral Luis "
                         "Tello, lors d'une réunion.")
    assert states["Luis Tello"] == "Chili"


@pytest.mark.parametrize("sentence", [
    "La Géorgie ne livrera pas de chars à l'Arménie, a rappelé mercredi le porte-parole du gouvernement, Levan "
    "Beridze.",
    "Le porte-parole du gouvernement, Levan Beridze, a déclaré que la Géorgie achèterait des radars.",
    "Selon le porte-parole du gouvernement, Levan Beridze, la Géorgie ne signera aucun accord avec la Turquie.",
])
def test_a_spokesman_speaks_for_the_state_he_reports_on(sentence: str) -> None:
    """What the journalist reports in their own words has the speaker's state as its subject."""
    assert post_states(ABOUT_ANOTHER + sentence)["Levan Beridze"] == "Géorgie"


def test_a_state_a_spokesman_is_quoted_on_is_not_his() -> None:
    states = post_states(ABOUT_ANOTHER + "« La Géorgie a violé la trêve », a déclaré le porte-parole du "
                         "gouvernement, Levan Beridze.")
    assert states["Levan Beridze"] != "Géorgie"


@pytest.mark.parametrize("text", [
    "Une délégation géorgienne se rendra lundi à Ankara. La délégation comprendra le coordinateur pour les "
    "disparus, Levan Beridze, et des militaires.",
    "La délégation géorgienne, conduite par Levan Beridze, coordinateur des échanges de prisonniers, est arrivée.",
    "La délégation de la Géorgie était menée par le coordinateur des échanges de prisonniers, Levan Beridze.",
])
def test_a_member_of_a_delegation_serves_its_state(text: str) -> None:
    assert post_states(ABOUT_ANOTHER + text)["Levan Beridze"] == "Géorgie"


def test_a_title_a_delegation_meets_is_not_its_member() -> None:
    states = post_states(ABOUT_ANOTHER + "La délégation géorgienne a rencontré le coordinateur des échanges de "
                         "prisonniers, Levan Beridze.")
    assert states.get("Levan Beridze") != "Géorgie"


@pytest.mark.parametrize(("sentence", "holder", "org"), [
    ("La délégation géorgienne était conduite par Levan Beridze, directeur adjoint du Conseil de sécurité "
     "nationale.", "Levan Beridze", "Géorgie"),
    ("Giorgi Kapanadze, secrétaire adjoint du Conseil de sécurité géorgien, a rencontré la presse.",
     "Giorgi Kapanadze", "Géorgie"),
])
def test_a_states_own_council_is_not_the_un_security_council(sentence: str, holder: str, org: str) -> None:
    assert post_states(ABOUT_ANOTHER + sentence)[holder] == org


def test_the_security_council_met_is_still_the_uns() -> None:
    found = analyse_text("Titre\nLe Conseil de sécurité réuni en urgence a voté une résolution sur le Hezbollah "
                         "libanais.")
    assert {"Conseil de sécurité de l'ONU", "Hezbollah"} <= {m.label for m in found.mentions.values()}


ABOUT_PERU = "Le Pérou achète des chars. Le Pérou modernise son armée. Le Pérou paie. Le Chili vend des chars. "


@pytest.mark.parametrize("sentence", [
    "Le ministre de la Défense, Jaime Soto, a signé un accord avec le Pérou.",
    "La coopération avec le Pérou continuera, a assuré le ministre de la Défense, Jaime Soto.",
    "Le ministre de la Défense, Jaime Soto, négocie depuis mars avec Lima.",
])
def test_the_other_side_of_an_exchange_is_not_the_holders_state(sentence: str) -> None:
    assert post_states(ABOUT_PERU + sentence)["Jaime Soto"] != "Pérou"


@pytest.mark.parametrize("sentence", [
    "Le ministre de la Défense, Jaime Soto, a salué le contrat.",
    "Le ministre de la Défense Jaime Soto a reçu à l'hôtel du ministère à Lima son homologue chilien.",
    "Le ministre de la Défense Jaime Soto a salué la venue au Pérou de son homologue chilien.",
])
def test_the_state_the_article_is_about_still_serves_a_lone_post(sentence: str) -> None:
    """A place (« à Lima », « sa venue au Pérou ») is no other side."""
    assert post_states(ABOUT_PERU + sentence)["Jaime Soto"] == "Pérou"


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Les émissaires américains ont rencontré la délégation géorgienne du secrétaire du Conseil de sécurité "
     "nationale Levan Beridze.", "Levan Beridze", "Géorgie"),
    ("La délégation arménienne du vice-ministre des Affaires étrangères Armen Petrossian est arrivée à Doha.",
     "Armen Petrossian", "Arménie"),
])
def test_the_title_that_complements_a_delegation_leads_it(text: str, holder: str, state: str) -> None:
    """« la délégation ukrainienne du secrétaire X »: the delegation's leader serves its state."""
    assert post_states(ABOUT_ANOTHER + text)[holder] == state
