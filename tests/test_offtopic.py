"""Off-topic and half-topic pages (sport, culture, business, science, health; tests/data/offtopic/, written for these
tests) hold no military or diplomatic facts: a demonym on a federation, a club, a player, a paper, a museum or an
airline names no acting state; a match is no talks; an airliner order is no arms deal; a publisher named like a
person is no person. The state's own bodies, forces and firms still act for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import analyse_text
from kg.records import ArticleFacts
from tests.conftest import posts_told

OFFTOPIC = sorted((Path(__file__).resolve().parent / "data" / "offtopic").glob("*.txt"))
RELATIONS = {"support", "agreement", "negotiation", "financing"}


def _analysed(path: Path) -> ArticleFacts:
    return analyse_text(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", OFFTOPIC, ids=[p.stem for p in OFFTOPIC])
def test_offtopic_page_has_no_relation_facts(path: Path) -> None:
    found = _analysed(path)
    assert [(f.kind, [e.label for r in ("party", "supporter", "recipient", "funder", "participant")
                      for e in f.get(r)]) for f in found.facts if f.kind in RELATIONS] == []


@pytest.mark.parametrize("path", OFFTOPIC, ids=[p.stem for p in OFFTOPIC])
def test_offtopic_page_gives_no_post_of_a_state(path: Path) -> None:
    found = _analysed(path)
    posts = [(f.first("holder"), f.first("org")) for f in found.facts if f.kind == "post"]
    assert [(h.label if h else None, o.label) for h, o in posts if o is not None and o.cls == "State"] == []


def _facts(text: str, kind: str, role: str) -> list[set[str]]:
    found = analyse_text("Titre\n" + text)
    return [{e.label for e in f.get(role)} for f in found.facts if f.kind == kind]


def _posts(text: str) -> set[tuple[str, str | None]]:
    return {(p.holder, p.org) for p in posts_told(text)}


def _people(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {e.label for e in found.mentions.values() if e.cls == "Person"}


@pytest.mark.parametrize("text", [
    "La Fédération royale norvégienne de football a signé un accord de partenariat avec la Fédération suédoise.",
    "Le club serbe a conclu un contrat de 5 millions d'euros avec la sélection croate pour un tournoi.",
    "La joueuse polonaise a signé un contrat de deux ans avec la compagnie aérienne turque.",
    "Le quotidien algérien a signé un accord de diffusion avec la chaîne tunisienne.",
    "La Fédération allemande de handball a conclu un accord avec la Norvège pour organiser le championnat.",
    "La Russe Anna Petrova a signé un contrat de trois ans avec le club espagnol de Valence.",
])
def test_a_demonym_on_a_civil_body_makes_no_state_a_party(text: str) -> None:
    assert _facts(text, "agreement", "party") == []


def test_the_president_of_a_named_federation_holds_a_post_in_it() -> None:
    assert _posts("Le président de la Fédération portugaise de football, Rui Costa Neves, a salué le match.") == \
        {("Rui Costa Neves", "Fédération portugaise de football")}
    assert _posts("La Fédération belge de tennis, présidée par Marc Dumont, a réuni ses clubs.") == \
        {("Marc Dumont", "Fédération belge de tennis")}


@pytest.mark.parametrize(("text", "parties"), [
    ("Le ministère marocain de la Défense a signé un accord de coopération avec la délégation qatarie.",
     {"Maroc", "Qatar"}),
    ("L'armée roumaine a signé un contrat avec le gouvernement brésilien pour des obusiers.",
     {"Roumanie", "Brésil"}),
])
def test_a_demonym_on_a_state_body_still_makes_the_state_a_party(text: str, parties: set[str]) -> None:
    assert parties in _facts(text, "agreement", "party")


def test_the_federation_that_is_a_state_still_acts() -> None:
    assert {"Syrie"} in _facts("La Fédération russe a livré des chars à l'armée syrienne.", "support", "recipient")


def test_a_maker_named_with_its_state_is_still_a_party() -> None:
    found = _facts("Le groupe italien Leonardo a signé un contrat avec la Pologne pour des hélicoptères de combat.",
                   "agreement", "party")
    assert any("Pologne" in parties and parties & {"Leonardo", "Italie"} for parties in found)


@pytest.mark.parametrize("text", [
    "La rencontre entre le Brésil et l'Argentine s'est achevée sur un match nul en finale du tournoi.",
    "Le match a été serré. Les deux sélections se sont déjà rencontrées en 2019 à Lima, devant 50 000 spectateurs.",
    "L'entraîneur a salué ses joueurs. L'Espagne recevra l'Italie mardi à Madrid pour la demi-finale.",
])
def test_a_match_is_no_talks(text: str) -> None:
    assert _facts(text, "negotiation", "participant") == []


def test_officials_meeting_at_a_match_still_hold_talks() -> None:
    text = "En marge de la finale du tournoi, le président sénégalais a rencontré le roi du Maroc à Rabat."
    assert any({"Sénégal", "Maroc"} <= sides for sides in _facts(text, "negotiation", "participant"))


@pytest.mark.parametrize("text", [
    "La compagnie aérienne vietnamienne a commandé 30 avions de ligne à Airbus pour 4 milliards de dollars.",
    "Les appareils commerciaux seront livrés en 2028. Le Chili a commandé 12 avions à Embraer pour 900 millions "
    "de dollars.",
    "Le Kenya a commandé dix avions régionaux à Embraer pour ses lignes intérieures.",
])
def test_an_airliner_order_is_no_arms_deal(text: str) -> None:
    assert _facts(text, "agreement", "party") == []
    assert _facts(text, "financing", "funder") == []


def test_a_fighter_order_is_still_a_deal() -> None:
    assert any({"Inde", "Dassault Aviation"} <= parties for parties in
               _facts("L'Inde a commandé 26 avions de combat à Dassault Aviation.", "agreement", "party"))


@pytest.mark.parametrize(("text", "publisher", "person"), [
    ("Son roman « La Rive » (trad. Anne Morel, Robert Laffont) a reçu le prix.", "Robert Laffont", "Anne Morel"),
    ("Le récit de Paul Girard (Odile Jacob) a été salué par le jury.", "Odile Jacob", "Paul Girard"),
    ("Son essai, publié chez Albin Michel, a été traduit par Lise Caron.", "Albin Michel", "Lise Caron"),
    ("Le livre de Jeanne Roy paraîtra aux éditions Michel Lafon en mars.", "Michel Lafon", "Jeanne Roy"),
])
def test_a_publisher_named_like_a_person_is_no_person(text: str, publisher: str, person: str) -> None:
    people = _people(text)
    assert publisher not in people
    assert person in people


def test_a_party_in_brackets_after_a_minister_is_no_credit() -> None:
    assert _people("Le ministre, Jean Dupont (Renaissance), a reçu Paul Martin, son homologue.") >= \
        {"Jean Dupont", "Paul Martin"}


@pytest.mark.parametrize("text", [
    "La Croatie a livré un match acharné à la Belgique en demi-finale, et a tiré ses dernières munitions.",
    "Après avoir sorti l'artillerie lourde, l'Irlande a livré un match héroïque à l'Écosse samedi.",
    "Le Japon, qui a tiré toutes ses munitions, a livré un duel serré au Canada.",
])
def test_a_match_or_a_duel_delivered_is_no_supply(text: str) -> None:
    assert _facts(text, "support", "recipient") == []


def test_tanks_named_for_combat_are_still_supplied() -> None:
    assert {"Ukraine"} in _facts("Les Pays-Bas ont livré des chars de combat à l'Ukraine.", "support", "recipient")
