"""What is said beside talks and is no part of them (session 28): the parties of a conflict the talks are about
(« à la lumière de la guerre entre A et B à X »), a tie that unites two states (« l'amitié qui unit les deux
peuples »), a state that is the partner of the noun discussed (« ont évoqué la coopération avec A »), a standing
tie reaffirmed; a place in brackets the talks' words are not in; and a holder named by the given name after a
noble title (« le prince X »). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params


def _facts(text: str, kind: str) -> list[set[str]]:
    found = analyse_text(f"Titre\n{text}", published=PUBLISHED)
    return [{e.label for _, e in f.roles} for f in found.facts if f.kind == kind]


ASIDES = [
    Case("parties-of-a-conflict-discussed", "Le ministre chilien et son homologue péruvien ont discuté des moyens "
         "de réduire les tensions, au vu de la guerre en cours entre l'Arménie et l'Azerbaïdjan au Karabakh.",
         "negotiation", {"participant": {"Chili", "Pérou"}}),
    Case("place-in-brackets-of-an-aside", "Le président péruvien a rencontré à Oslo les dirigeants du groupe Thales, "
         "très présent au Chili (usines Thales à Zorvik).", "negotiation", {"participant": {"Pérou", "Thales"}},
         venues={"Oslo"}),
    Case("talks-told-in-brackets", "Le président péruvien (qui a rencontré à Santiago son homologue chilien) est "
         "rentré.", "negotiation", {"participant": {"Pérou", "Chili"}}, venues={"Santiago"}),
]


@pytest.mark.parametrize("case", params(ASIDES))
def test_asides(case: Case) -> None:
    check(case)


def test_a_conflict_s_place_is_no_venue() -> None:
    found = analyse_text("Titre\nLe ministre chilien et son homologue péruvien ont discuté des moyens de réduire "
                         "les tensions, au vu du conflit entre l'Arménie et l'Azerbaïdjan à Stepanakert.",
                         published=PUBLISHED)
    assert [f.parts for f in found.facts if f.kind == "negotiation"] == [()]


def test_the_partner_of_the_noun_discussed_is_no_side() -> None:
    assert _facts("Le ministre chilien a évoqué la coopération militaire avec le Brésil et le rythme des "
                  "manœuvres.", "negotiation") == []


def test_a_counterpart_met_on_the_noun_discussed_is_a_side() -> None:
    assert _facts("Le ministre chilien de la Défense a évoqué la coopération bilatérale avec son homologue "
                  "péruvien.", "negotiation") == [{"Chili", "Pérou"}]


@pytest.mark.parametrize("text", [
    "Ce don reflète l'amitié et l'estime qui réunissent les deux pays frères, a dit le ministre chilien à son "
    "homologue péruvien.",
    "Le Chili et le Pérou sont liés par une histoire qui réunit les deux peuples.",
])
def test_a_thing_that_unites_two_states_is_no_talks(text: str) -> None:
    assert _facts(text, "negotiation") == []


def test_a_summit_that_gathers_two_states_is_talks() -> None:
    assert _facts("Le sommet qui réunit le Chili et le Pérou s'est ouvert à Lima.", "negotiation") == [
        {"Chili", "Pérou"}]


def test_a_standing_tie_reaffirmed_is_no_deal() -> None:
    assert _facts("Le Chili et le Pérou ont réaffirmé leur partenariat stratégique.", "agreement") == []


def test_a_given_name_after_a_noble_title_is_the_holder_named_before() -> None:
    talks = _facts("Le ministre omanais de la Défense, le prince Mohammed ben Nayef, s'est entretenu mardi avec le "
                   "ministre espagnol de la Défense à Madrid. Le prince Mohammed et M. Sánchez ont ensuite discuté "
                   "avec le ministre italien de la Défense.", "negotiation")
    assert {"Oman", "Espagne", "Italie"} in talks


@pytest.mark.parametrize("verb", ["a-t-il indiqué", "a-t-elle précisé", "a-t-il souligné"])
def test_talks_told_beside_a_verb_of_saying_with_its_subject_set_after_it(verb: str) -> None:
    """« ..., a-t-il indiqué à l'issue d'un entretien avec son homologue »: the inverted pronoun is the speaker."""
    text = (f"La ministre de la Défense chilienne, Ana Soto, est arrivée. L'achat constitue un jalon important, {verb} "
            "à l'issue d'un entretien avec son homologue péruvien.")
    assert _facts(text, "negotiation") == [{"Chili", "Pérou"}]


def test_capitals_naming_the_sides_are_no_venue() -> None:
    """« les négociations de X et Y »: two capitals of two states name the sides of other talks, not a venue; a
    single city (« les pourparlers de Genève ») still places talks."""
    found = analyse_text("Titre\nLe ministre chilien a rencontré son homologue péruvien à Lima. Le ministre chilien "
                         "a salué le rôle du Pérou dans les négociations de Bakou et Erevan.", published=PUBLISHED)
    venues = {e.label for f in found.facts if f.kind == "negotiation" for p in f.parts for _, e in p.roles}
    assert venues == {"Lima"}
    found = analyse_text("Titre\nLes pourparlers de Genève entre le Chili et le Pérou ont repris.", published=PUBLISHED)
    venues = {e.label for f in found.facts if f.kind == "negotiation" for p in f.parts for _, e in p.roles}
    assert venues == {"Genève"}


def test_a_second_title_of_the_one_met_names_no_side() -> None:
    """« a reçu le ministre X, également président du groupe Y »: Y is no side of the talks."""
    found = _facts("Le Tchad accueille une délégation turque.\nAu Tchad, les autorités militaires ont reçu le "
                   "vice-ministre turc des Affaires étrangères, également nouveau président du groupe Airbus.",
                   "negotiation")
    assert found and all("Airbus" not in sides for sides in found)
