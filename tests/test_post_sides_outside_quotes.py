"""The state of a post the sentence gives none (sentences written for these tests): not a state or firm named in
the speaker's own quotation, not the capital where a deal is signed."""

from __future__ import annotations

from tests.conftest import post_states, posts_told


def test_a_speaker_after_his_quote_is_not_of_the_state_he_names_in_it() -> None:
    found = post_states("Le Pérou a dégagé un budget pour des frégates. Le chantier portugais les livrera à Lima. "
                        "« Nous ferons venir deux frégates du Portugal », a annoncé le ministre de la Défense Carlos "
                        "Ramírez Soto. Le Portugal et le Pérou ont signé.")
    assert found.get("Carlos Ramírez Soto") != "Portugal"


def test_a_chief_executive_after_his_quote_heads_the_firm_named_before_it() -> None:
    told = posts_told('Pour Thales, le contrat "représente un milliard sur les cinq attribués à Naval Group", '
                      "s'est félicité son PDG Pierre Vasseur.")
    assert [(p.holder, p.org) for p in told if p.holder == "Pierre Vasseur"] == [("Pierre Vasseur", "Thales")]


def test_the_capital_where_a_deal_is_signed_gives_no_state_to_its_signatories() -> None:
    found = post_states("La Croatie achète des missiles à la France. Le contrat a été signé à Paris entre la ministre "
                        "de la défense, Ana Kovač, et le PDG de MBDA, Éric Morel. La Croatie recevra les missiles "
                        "en 2026.")
    assert found.get("Ana Kovač") != "France"


def test_a_marshal_met_as_a_counterpart_holds_a_post_of_that_state() -> None:
    told = posts_told("Le secrétaire américain à la Défense, John Miller, a parlé aux journalistes à l'issue d'une "
                      "rencontre avec son homologue turc, le maréchal Ahmet Yilmaz.")
    assert ("field-marshal", "Turquie") in {(p.tail, p.org) for p in told if p.holder == "Ahmet Yilmaz"}
