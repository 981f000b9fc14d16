"""Sides a deal told with none of its own may not take: the state a meeting with an organisation is held in (« à
Bruxelles, en Belgique ») is a place, not the other side of a programme signed there; talks between two states
still give a later signing both their sides. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deals_told


def test_the_host_state_of_talks_with_an_alliance_is_no_side_of_a_programme_signed_there() -> None:
    deals = deals_told("Le chef d'état-major chilien a rencontré mardi à Bruxelles, en Belgique, des responsables de "
                       "l'OTAN. Il a été question de la formation des officiers. La signature d'un plan de partenariat "
                       "a conclu la visite.")
    assert not [d for d in deals if "Belgique" in d]


def test_the_state_a_union_meets_in_is_no_side_of_a_programme_signed_there() -> None:
    deals = deals_told("Le ministre péruvien de la Défense a rencontré lundi à Addis-Abeba, en Éthiopie, le président "
                       "de la Commission de l'Union africaine. Ils ont évoqué la sécurité régionale. La signature d'un "
                       "programme de coopération a eu lieu mercredi.")
    assert not [d for d in deals if "Éthiopie" in d]


def test_deals_after_a_trip_to_a_state_are_between_visitor_and_host() -> None:
    deals = deals_told("Le ministre péruvien de la Défense s'est rendu au Brésil. Il a rencontré son homologue "
                       "brésilien à Brasilia. Plusieurs accords ont été signés.")
    assert frozenset({"Brésil", "Pérou"}) in deals


def test_a_signing_after_talks_of_two_presidents_is_between_their_states() -> None:
    deals = deals_told("Le président ghanéen a rencontré mardi à Accra le président ivoirien. Les deux chefs d'État "
                       "ont évoqué la sécurité. La signature d'un accord de défense a conclu la visite.")
    assert frozenset({"Ghana", "Côte d'Ivoire"}) in deals


def test_a_meeting_of_two_signers_of_unknown_side_gives_the_order_no_parties_of_its_own() -> None:
    deals = deals_told("Le Chili a commandé huit hélicoptères Cougar auprès de la France pour 90 millions d'euros. La "
                       "veille, recevant son homologue, Arturo Benavides, il a parlé de la guerre. Ainsi, la rencontre "
                       "entre MM. Benavides et Lucien Marchal aura été l'occasion de signer la commande des "
                       "hélicoptères. La valeur du contrat s'élève à 90 millions d'euros.")
    assert not [d for d in deals if "Arturo Benavides" in d or "Lucien Marchal" in d]
    assert frozenset({"Chili", "France"}) in deals


def test_a_meeting_of_two_ministers_of_known_states_still_gives_the_signing_its_sides() -> None:
    deals = deals_told("La rencontre entre le ministre ghanéen de la Défense et son homologue togolais a été "
                       "l'occasion de signer un accord de coopération.")
    assert frozenset({"Ghana", "Togo"}) in deals
