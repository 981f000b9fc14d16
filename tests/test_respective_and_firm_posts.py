"""Posts handed out by « respectivement » with a state that ends the list, and posts in a firm placed by « chez »
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(holder, post IRI tail or own words, org label) of every post fact of a text."""
    return {(p.holder, p.words or p.tail, p.org) for p in posts_told(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Karl Hansen et Erik Berg, respectivement président et Premier ministre du Danemark, sont arrivés à Rome.",
     {("Karl Hansen", "president", "Danemark"), ("Erik Berg", "prime-minister", "Danemark")}),
    ("Le ministre a reçu Karl Hansen et Erik Berg, respectivement président et Premier ministre danois.",
     {("Karl Hansen", "president", "Danemark"), ("Erik Berg", "prime-minister", "Danemark")}),
    ("Karl Hansen et Erik Berg, respectivement directeur de l'Institut Nansen et ministre des Affaires étrangères "
     "du Danemark, sont arrivés à Rome.",
     {("Karl Hansen", "director", "Institut Nansen"), ("Erik Berg", "minister-of-foreign-affairs", "Danemark")}),
    ("Karl Hansen et Erik Berg, respectivement ministre de la Défense et ministre norvégien des Affaires "
     "étrangères, sont arrivés à Rome.",
     {("Karl Hansen", "minister-of-defence", None), ("Erik Berg", "minister-of-foreign-affairs", "Norvège")}),
    ("Karl Hansen et Erik Berg, respectivement ministres de la Défense et des Affaires étrangères de la Suède, "
     "sont arrivés à Rome.",
     {("Karl Hansen", "minister-of-defence", "Suède"), ("Erik Berg", "minister-of-foreign-affairs", "Suède")}),
    ("Le ministre a reçu Karl Hansen, Erik Berg et Olof Lund, respectivement ministres de la Défense, des Finances "
     "et des Affaires étrangères.",
     {("Karl Hansen", "minister-of-defence", None), ("Erik Berg", "minister-of-finance", None),
      ("Olof Lund", "minister-of-foreign-affairs", None)}),
    ("Karl Hansen et Erik Berg, respectivement Premier ministre, ministre des Finances et président du Danemark, "
     "sont arrivés à Rome.",
     {("Karl Hansen", "prime-minister", "Danemark"), ("Karl Hansen", "minister-of-finance", "Danemark"),
      ("Erik Berg", "president", "Danemark")}),
])
def test_a_state_ending_a_respective_list_serves_every_title(text: str,
                                                              expected: set[tuple[str, str, str | None]]) -> None:
    """« A et B, respectivement T1 et T2 du Pays »: both posts are of that state; a state inside the last title
    (« ministre norvégien des ... ») is that title's alone, a title's own body stays its own; a plural head shares
    out its complements (« respectivement ministres de la Défense et des Finances »); more titles than names: the
    titles joined by a comma are one holder's, « et » passes to the next."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Selon Pierre Lemaire, responsable des ventes chez Dassault Aviation, le contrat sera signé en mai.",
     {("Pierre Lemaire", "responsable des ventes", "Dassault Aviation")}),
    ("« Nous sommes fiers », a déclaré Pierre Lemaire, responsable Asie et Pacifique chez Thales.",
     {("Pierre Lemaire", "responsable Asie et Pacifique", "Thales")}),
    ("Pierre Lemaire, directeur des ventes chez Naval Group, a confirmé la commande.",
     {("Pierre Lemaire", "directeur des ventes", "Naval Group")}),
    ("Le ministre a reçu Pierre Lemaire, directeur général chez Leonardo.",
     {("Pierre Lemaire", "director-general", "Leonardo")}),
    ("Pierre Lemaire, qui a longtemps travaillé chez Safran, a confirmé la commande.", set()),
])
def test_a_post_placed_in_a_firm_by_chez(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """« X, responsable des ventes chez FIRM »: the post in its own words, of the firm; not a clause that only
    says where X worked."""
    assert posts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre a reçu le Colonel MARTINEZ, directeur de l'École de guerre.",
     {("Martinez", "colonel", None), ("Martinez", "directeur de l'École de guerre", None)}),
    ("La délégation était conduite par le ministre Paul Durand, entouré du colonel Martinez, Directeur du CENCOPAZ.",
     {("Paul Durand", "minister", None), ("Martinez", "colonel", None), ("Martinez", "director", "CENCOPAZ")}),
    ("Le général Motors, président de la fédération, a parlé.", set()),
    ("Le ministre a salué le colonel Martinez pour son travail.", set()),
])
def test_a_lone_surname_after_a_rank_before_a_post(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    """« du colonel Dupont, directeur de X »: a rank, one capitalised surname and a comma before a post's title name
    an officer; a lone word after a rank without that apposition stays out."""
    assert posts(text) == expected


def test_a_force_stationed_in_a_state_is_no_post_of_it() -> None:
    """« le général X, dont des unités sont stationnées en Pays »: a force stationed abroad is a guest there, so
    its officers' posts are not of that state."""
    found = posts("La Roumanie a signé mardi un accord. Le général Mark Doyle, commandant adjoint de la 82e division, "
                  "dont des unités sont stationnées en Roumanie, a assisté à la signature.")
    assert {org for _, _, org in found} == {None}


_AUDIENCE = "Kinshasa, 4 oct. (ACP).- Le président de la République, Jean Mbeki, a reçu le ministre congolais des " \
    "Affaires étrangères. "


@pytest.mark.parametrize(("text", "expected"), [
    (_AUDIENCE + "Paul Kitoko, directeur de cabinet du Chef de l'Etat, a assisté à l'audience.",
     ("Paul Kitoko", "chief-of-staff", "République démocratique du Congo")),
    (_AUDIENCE + "Paul Kitoko, conseiller du Premier ministre, a assisté à l'audience.",
     ("Paul Kitoko", "adviser", "République démocratique du Congo")),
])
def test_a_leaders_staff_serves_the_state_the_story_is_told_from(text: str,
                                                                 expected: tuple[str, str, str | None]) -> None:
    """« X, directeur de cabinet du Chef de l'État »: a post on a head of state's or government's staff is a state
    office, of the state the dispatch is filed from when no state is named."""
    assert expected in posts(text)
