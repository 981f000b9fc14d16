"""Receiving someone as talks: the one received named by a post's title and state (« le président tunisien »),
the passive (« reçu par »), and nouns of receiving (« la réception de X par Y », « l'accueil de X par Y »); nothing
received that is no one (support, congratulations, weapons, refugees). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

RECEPTIONS = [
    Case("received-by-title-and-state", "Le président chilien a reçu le président tunisien à Santiago.",
         "negotiation", {"participant": {"Chili", "Tunisie"}}, venues={"Santiago"}),
    Case("received-minister-with-complement", "Le ministre chilien de la Défense a reçu lundi le ministre indien "
         "de la Défense.", "negotiation", {"participant": {"Chili", "Inde"}}),
    Case("passive-received-by", "Le président tunisien a été reçu par le président chilien à Santiago.",
         "negotiation", {"participant": {"Chili", "Tunisie"}}, venues={"Santiago"}),
    Case("passive-king-of-a-state", "Le roi du Maroc a été reçu mardi à Santiago par le président chilien.",
         "negotiation", {"participant": {"Chili", "Maroc"}}, venues={"Santiago"}),
    Case("noun-reception-of-by", "La réception du président tunisien par le président chilien à Santiago a duré "
         "deux heures.", "negotiation", {"participant": {"Chili", "Tunisie"}}, venues={"Santiago"}),
    Case("noun-welcome-of-by", "L'accueil du roi du Maroc par le président chilien à Santiago a été chaleureux.",
         "negotiation", {"participant": {"Chili", "Maroc"}}, venues={"Santiago"}),
    Case("noun-reception-of-a-named-president", "En mai, la réception du président tunisien Karim Benali par le "
         "président chilien à Santiago a été l'occasion d'évoquer la défense.", "negotiation",
         {"participant": {"Chili", "Tunisie"}}, venues={"Santiago"}),
    # a place set off by commas after a gerund of receiving, which the parser hangs on the main verb
    Case("gerund-received-at-palace-in-city", "Le président brésilien Paulo Silva en a parlé jeudi en recevant, au "
         "palais présidentiel à Brasilia, le ministre chilien de la Défense Juan Ruiz, en visite au Brésil.",
         "negotiation", {"participant": {"Chili", "Brésil"}}, venues={"Brasilia"}),
    Case("gerund-received-at-seat-in-city", "Le roi Karim Benali a pris la parole en recevant, au palais royal de "
         "Rabat, le président du Sénégal, Moussa Diop.", "negotiation", {"participant": {"Maroc", "Sénégal"}},
         venues={"Rabat"}),
    # « son Excellence Prénom Nom », which the NER reads as a body: the style makes it the receiver's name
    Case("passive-received-by-his-excellency", "Le ministre kényan des Affaires étrangères a été reçu à Gaborone "
         "par le président botswanais, son Excellence Mokgweetsi Masisi, avec qui il a échangé.", "negotiation",
         {"participant": {"Botswana", "Kenya"}}, venues={"Gaborone"}),
    Case("passive-received-by-her-excellency", "Le Premier ministre ivoirien a été reçu lundi à Accra par la "
         "vice-présidente ghanéenne, son Excellence Adjoa Mensah, avec qui il a parlé.", "negotiation",
         {"participant": {"Côte d'Ivoire", "Ghana"}}, venues={"Accra"}),
]


@pytest.mark.parametrize("case", params(RECEPTIONS))
def test_receiving_someone_is_talks(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Le président chilien a reçu le soutien du président tunisien.",
    "Le président chilien a reçu les félicitations du président tunisien.",
    "Le ministre chilien a reçu des drones turcs.",
    "La réception des premiers Rafale par l'armée indienne a eu lieu à Bordeaux.",
    "L'accueil des réfugiés syriens par la Turquie est un enjeu.",
    "La réception organisée par l'ambassade chilienne a réuni des diplomates.",
])
def test_receiving_no_one_is_no_talks(sentence: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind == "negotiation"]


STRAY = [
    Case("subject-after-a-fronted-purpose", "Le 3 mai, pour marquer cet anniversaire, Jean Dupont, ambassadeur de "
         "France au Pérou, a été reçu à Lima par le chef d'état-major de l'armée péruvienne, le général Carlos Ruiz.",
         "negotiation", {"participant": {"France", "Pérou"}}, venues={"Lima"}),
    Case("subject-after-a-fronted-purpose-no-date", "Pour célébrer la livraison, Ivan Horvat, ambassadeur de Croatie "
         "au Chili, a été reçu à Santiago par le ministre chilien de la Défense.", "negotiation",
         {"participant": {"Croatie", "Chili"}}, venues={"Santiago"}),
]


@pytest.mark.parametrize("case", params(STRAY))
def test_the_one_received_the_parser_hangs_on_a_fronted_clause(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Pour marquer la fin du stage, les soldats, formés par la France, ont été reçus par le chef d'état-major "
    "péruvien.",
    "Selon Jean Dupont, le plan a été reçu par le ministre péruvien.",
])
def test_no_one_received_after_a_fronted_clause_is_no_talks(sentence: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind == "negotiation"]


TOLD_BEFORE = [
    Case("pronoun-received-by-counterpart", "Le ministre chilien de la Défense est arrivé lundi à Lima. Il a été "
         "reçu par son homologue péruvien.", "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Lima"}),
    Case("delegation-received-by-head-of-a-body", "Une délégation bolivienne est arrivée jeudi à Asuncion. La "
         "délégation a été reçue par le chef de la junte paraguayenne.", "negotiation",
         {"participant": {"Bolivie", "Paraguay"}}, venues={"Asuncion"}),
    Case("pronoun-received-by-king-of-a-state", "Le chef de la diplomatie chilienne est arrivé mardi à Amman. Il a "
         "été reçu par le roi de Jordanie.", "negotiation", {"participant": {"Chili", "Jordanie"}},
         venues={"Amman"}),
]


@pytest.mark.parametrize("case", params(TOLD_BEFORE))
def test_the_one_received_told_before(case: Case) -> None:
    """« Il a été reçu par ... », « La délégation a été reçue par ... »: the one received is the one told before."""
    check(case)


MET_PAST_A_PLACE = [
    Case("met-after-the-city-a-president-of-a-state", "Le secrétaire général de l'OTAN a rencontré samedi à Helsinki "
         "le président finlandais.", "negotiation", {"participant": {"OTAN", "Finlande"}}, venues={"Helsinki"}),
    Case("received-after-the-city-the-head-of-a-body", "Le président chilien a reçu dimanche à Santiago le chef du "
         "Conseil souverain bolivien.", "negotiation", {"participant": {"Chili", "Bolivie"}}, venues={"Santiago"}),
    Case("received-in-audience-the-head-of-a-body-s-commission", "Le président chilien a reçu en audience le "
         "président de la Commission de l'Union africaine à Santiago.", "negotiation",
         {"participant": {"Chili", "Union africaine"}}, venues={"Santiago"}),
    Case("audience-granted", "Le président chilien a accordé une audience au ministre péruvien de la Défense, "
         "lundi à Santiago.", "negotiation", {"participant": {"Chili", "Pérou"}}, venues={"Santiago"}),
]


@pytest.mark.parametrize("case", params(MET_PAST_A_PLACE))
def test_the_one_met_named_by_a_title(case: Case) -> None:
    """The one met after the city the parser hangs them on, through the body their title heads, or granted an
    audience."""
    check(case)


@pytest.mark.parametrize("sentence", [
    "L'audience du procès de l'ancien ministre péruvien a été reportée.",
    "Le tribunal de Lima a fixé une audience pour le ministre péruvien.",
])
def test_an_audience_with_no_one_met_is_no_talks(sentence: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind == "negotiation"]


def test_an_audience_granted_is_no_support() -> None:
    graph = analyse_text("Titre\nLe président chilien a accordé une audience au ministre péruvien de la Défense.",
                         published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind == "support"]


GUEST_OPENING = "Accord de défense entre le Paraguay et l'Espagne\n\nLe Paraguay et l'Espagne ont signé un accord. "


@pytest.mark.parametrize("sentence", [
    "Auparavant, la délégation conduite par le président Mario Benítez avait été reçue avec les honneurs au palais "
    "de la Zarzuela à Madrid.",
    "Le président Mario Benítez a été reçu jeudi avec les honneurs militaires à Madrid.",
])
def test_a_guest_received_in_a_city_with_no_host_said_meets_that_citys_state(sentence: str) -> None:
    found = analyse_text(GUEST_OPENING + sentence, PUBLISHED)
    talks = [f for f in found.facts if f.kind == "negotiation"]
    assert [{p.label for p in f.get("participant")} for f in talks] == [{"Paraguay", "Espagne"}]
    assert {e.label for f in talks for v in f.parts for _, e in v.roles} == {"Madrid"}
    # the guest is no official of the state that receives them
    assert [e.label for f in found.facts if f.kind == "post" for r, e in f.roles if r == "org"] == ["Paraguay"]


def test_things_received_in_a_city_are_no_talks() -> None:
    found = analyse_text(GUEST_OPENING + "Les premiers blindés ont été reçus jeudi à Madrid.", PUBLISHED)
    assert not [f for f in found.facts if f.kind == "negotiation"]


def test_a_host_given_no_post_in_an_article_of_two_states_acts_for_the_one_of_them_not_the_guests() -> None:
    found = analyse_text("Un don autrichien\n\nSelon un communiqué de la présidence de la République, Milan Kovač a "
                         "reçu mardi la ministre autrichienne de la Défense, Anna Berg. L'Autriche offrira des "
                         "casques à la Slovénie.", PUBLISHED)
    assert [{p.label for p in f.get("participant")} for f in found.facts if f.kind == "negotiation"] == [
        {"Autriche", "Slovénie"}]
    # « la présidence de la République » is any republic's: it names no state of its own
    assert {e.label for e in found.mentions.values() if e.cls == "State"} == {"Autriche", "Slovénie"}


def test_a_host_given_no_post_in_an_article_of_more_states_stands_for_none() -> None:
    found = analyse_text("Un don autrichien\n\nMilan Kovač a reçu mardi la ministre autrichienne de la Défense, "
                         "Anna Berg. L'Autriche offrira des casques à la Slovénie et à la Croatie.", PUBLISHED)
    assert not [f for f in found.facts if f.kind == "negotiation"]
