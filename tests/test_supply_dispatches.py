"""Supplies, makers and deals as dispatches tell them: a gift noun whose giver is the « par » agent of the action
noun it complements (« l'attribution par X d'un don de blindés »), a headline's origin set off by a comma (« Y a reçu
un lot de blindés à titre de don, de X »), a delivery of things made by a firm that takes up the one system named
before (« la livraison des appareils fabriqués par Y au Z »: Y makes it, its state supplies Z), a firm named again
by the first words of its name. Sentences written for these tests."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.test_deals import agreements, supplies
from tests.test_extractors import PUBLISHED
from tests.test_weapons import makers


def test_a_gift_given_by_the_agent_of_the_noun_it_complements() -> None:
    assert supplies("La cérémonie a marqué l'octroi par le Japon d'un don de véhicules blindés au Ghana.") == \
        {("japon", "ghana")}
    assert supplies("On a salué l'attribution par la Corée du Sud d'un don de blindés à l'armée péruvienne.") == \
        {("coree du sud", "perou")}


def test_an_origin_set_off_after_a_reception() -> None:
    assert supplies("Le Ghana a reçu un lot de blindés à titre de don, de la France.") == {("france", "ghana")}
    assert supplies("Le Pérou a reçu un lot de radars à titre gracieux, de l'Espagne.") == {("espagne", "perou")}


def test_a_set_off_complement_that_is_no_origin() -> None:
    assert supplies("Le Ghana a reçu un lot de blindés, selon le ministre de la Défense du Nigeria.") == set()
    assert supplies("Le Ghana a reçu un lot de blindés, de même que le Togo.") == set()


def test_a_delivery_of_things_made_by_a_firm_takes_up_the_system_named_before() -> None:
    text = ("Le Pérou a commandé six avions de type Zelkor.\n"
            "Cette commande suit la livraison des appareils fabriqués par Kawasaki Heavy Industries au Chili.")
    assert makers(text)["Zelkor"] == {"company-kawasaki-heavy-industries"}
    assert ("japon", "chili") in supplies(text)


def test_things_made_by_a_firm_that_take_up_no_one_system() -> None:
    text = ("Le Pérou a commandé six avions de type Zelkor et quatre drones Varkon.\n"
            "Cette commande suit la livraison des appareils fabriqués par Kawasaki Heavy Industries au Chili.")
    assert not any(makers(text).values())
    text = ("Le Pérou a commandé six avions de type Zelkor.\n"
            "Le pays achète aussi des appareils fabriqués par Kawasaki Heavy Industries.")
    assert not any(makers(text).values())


def test_a_firm_named_again_by_the_first_words_of_its_name() -> None:
    text = ("Titre\nLe groupe Kawasaki Heavy Industries a présenté un nouveau drone.\n"
            "Selon Kawasaki, il volera en 2027.")
    found = analyse_text(text, PUBLISHED).mentions
    assert "org:Kawasaki" not in found


def test_systems_procured_are_bought_with_the_examples_listed() -> None:
    text = "Le Chili s'est procuré des armements allemands, tels que des chars Leopard 2 et des obusiers PzH 2000."
    found = [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts if f.kind == "support"]
    assert [(s.label, r.label) for f in found for s in f.get("supporter") for r in f.get("recipient")] == \
        [("Allemagne", "Chili")]
    assert {w.label for w in found[0].get("weapon")} >= {"Leopard 2"}
    assert supplies("Le Chili s'est procuré des informations américaines sur le projet.") == set()


def test_a_deal_whose_relative_clause_tells_a_delivery_binds_its_recipient() -> None:
    assert agreements("Le Chili a signé un accord qui prévoit la livraison de blindés brésiliens au Pérou.") == \
        [{"chili", "perou"}]


def test_a_relative_set_off_after_a_state_the_parser_lost() -> None:
    text = ("Les garde-côtes grecs affirment avoir intercepté dix drones libyens, ce que Tripoli, qui continue de "
            "fournir des armes au Soudan, dément.")
    assert ("libye", "soudan") in supplies(text)
    assert not any(s == "grece" for s, _ in supplies(text))


def test_a_deed_told_in_a_that_clause_is_not_the_sayers() -> None:
    text = ("Le gouvernement chilien assure que des conseillers argentins rattachés au commandement des forces "
            "spéciales auraient été envoyés en Bolivie pour former les soldats péruviens.")
    assert not any(s == "chili" for s, _ in supplies(text))


def test_a_deal_word_inside_an_organisations_name_tells_no_deal() -> None:
    text = ("La réunion des dirigeants des États membres de l'Organisation du traité de sécurité collective a eu lieu "
            "à Astana, et le ministre kazakh a reçu une délégation américaine.")
    assert agreements(text) == []
