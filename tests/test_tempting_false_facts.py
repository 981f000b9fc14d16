"""False facts a page tempts an extractor into (sentences written for these tests): the subject of a complaint
about deliveries is no supplier; a participle after a noun is no envoy's title; a state named inside a quotation
is no state of the speaker's post; a newspaper reporting a sale is no seller; « l'un des plus gros contrats » is
a class, no deal of its own."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def _facts(text: str, kind: str) -> list[dict[str, set[str]]]:
    found = analyse_text("Titre\n\n" + text)
    out = []
    for fact in found.facts:
        if fact.kind == kind:
            roles: dict[str, set[str]] = {}
            for role, entity in fact.roles:
                roles.setdefault(role, set()).add(entity.label)
            out.append(roles)
    return out


def _posts(text: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_text("Titre\n\n" + text)
    return [(fact.first("holder").label, (org := fact.first("org")) and org.label,
             fact.attr("post_form") or fact.attr("post_label"))
            for fact in found.facts if fact.kind == "post" and fact.first("holder") is not None]


@pytest.mark.parametrize("sentence", [
    "La Grèce s'est plainte au sujet des livraisons d'armes allemandes à la Turquie.",
    "La Grèce s'est plainte auprès des responsables allemands des livraisons d'armes à la Turquie.",
    "La Pologne est favorable à la livraison de chars à l'Ukraine.",
])
def test_who_complains_of_a_supply_gives_nothing(sentence: str) -> None:
    supporters = {s for fact in _facts(sentence, "support") for s in fact.get("supporter", set())}
    assert not supporters & {"Grèce", "Pologne"}


def test_a_supply_the_complaint_names_keeps_its_giver() -> None:
    facts = _facts("La Grèce s'est plainte au sujet des livraisons d'armes allemandes à la Turquie.", "support")
    assert any(f.get("supporter") == {"Allemagne"} and f.get("recipient") == {"Turquie"} for f in facts)


@pytest.mark.parametrize("sentence", [
    "Selon une lettre envoyée au ministre de la guerre Paul Martin par la députée Marie Durand, le pays livrera "
    "des drones.",
    "Une lettre a été envoyée au ministre de la guerre Paul Martin par la députée Marie Durand.",
])
def test_a_participle_names_no_envoy(sentence: str) -> None:
    posts = _posts(sentence)
    assert ("Paul Martin", None, "ministre de la guerre") in posts
    assert not [p for p in posts if p[2] and p[2].startswith("envoy")]


def test_an_envoy_is_still_an_envoy() -> None:
    assert any(p[0] == "Paul Martin" and p[1] == "États-Unis" for p in
               _posts("Le président a reçu l'envoyé spécial américain Paul Martin."))


def test_a_state_in_a_quotation_is_not_the_speakers() -> None:
    text = ("L'Indonésie va acheter des avions. L'Indonésie et la France discutent depuis un an. Les deux pays "
            "ont signé un accord. « Nous ferons venir des avions de France », a annoncé le ministre de la Défense "
            "Paul Martin à Jakarta.")
    assert all(org != "France" for holder, org, _ in _posts(text) if holder == "Paul Martin")


def test_a_newspaper_reporting_a_sale_is_no_seller() -> None:
    text = "Le journal Haaretz a écrit que le pays avait procédé à la vente de drones à l'Azerbaïdjan."
    assert not any("Haaretz" in f.get("supporter", set()) for f in _facts(text, "support"))
    text = "Le quotidien Haaretz a écrit que Lyon avait vendu des drones à l'Azerbaïdjan."
    assert not any("Haaretz" in f.get("party", set()) for f in _facts(text, "agreement"))


def test_one_of_the_biggest_contracts_is_no_deal_of_its_own() -> None:
    text = ("L'entreprise Rafael fournira à l'Allemagne des missiles pour un contrat de deux milliards d'euros, l'un "
            "des plus gros contrats de défense pour les industries militaires israéliennes.")
    parties = [f.get("party", set()) for f in _facts(text, "agreement")]
    assert parties and all("Israël" not in p for p in parties)


@pytest.mark.parametrize("sentence", [
    "Le consortium réunissant Damen et Thales l'a emporté face à un chantier allemand.",
    "Le consortium KNDS, qui réunit Nexter et KMW, a livré des chars au Qatar.",
])
def test_the_members_of_a_consortium_hold_no_talks(sentence: str) -> None:
    assert _facts(sentence, "negotiation") == []


def test_a_working_group_still_meets() -> None:
    facts = _facts("Le groupe de travail réunissant la France et l'Inde s'est tenu à Paris.", "negotiation")
    assert any(f.get("participant") == {"France", "Inde"} for f in facts)
