"""Sides of talks read over the whole article (session 38): a person met whom no sentence places acts for the
state the article tells the other side talking with (the one state the article names together with it, twice at
least); a post a state gives one person at a time, given in that state to a second person, was read onto the
wrong name and places no one. A state named in passing (a background war, a third party), a domestic audience,
stay no side. Articles and names written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[set[str]]:
    found = analyse_text(text, published=PUBLISHED)
    return [{e.label for e in f.get("participant")} for f in found.facts if f.kind == "negotiation"]


@pytest.mark.parametrize(("text", "sides"), [
    # the one state the article pairs with the host's, placed twice and more; a third state once
    ("Coopération militaire\n\nLa ministre italienne de la Défense, Giulia Neri, s'est entretenue samedi avec "
     "M. Kaya. Les relations entre l'Italie et la Turquie se sont réchauffées. L'Italie vend des hélicoptères à la "
     "Turquie. La Turquie achète aussi des frégates à l'Italie. La Grèce s'inquiète de ce rapprochement.",
     {"Italie", "Turquie"}),
    # the head of state's post read onto the guest: it places no one, the guest acts for the other state
    ("Entretien au palais\n\nLa présidente Ana Ruiz a reçu jeudi M. Okafor au palais présidentiel de Lima. Il est "
     "peu courant que la cheffe de l'État péruvienne reçoive un ministre en personne. Le Nigeria veut vendre du "
     "pétrole au Pérou.", {"Pérou", "Nigeria"}),
])
def test_person_met_acts_for_the_other_state(text: str, sides: set[str]) -> None:
    assert sides in _talks(text)


@pytest.mark.parametrize("text", [
    # a background war, named as often as the host's state but never paired with it
    "Crise au Sahel\n\nLa ministre française des Armées, Claire Duval, a reçu lundi M. Traoré. La France suit la "
    "guerre au Mali. Le Mali est en guerre depuis 2012. Le Niger et le Burkina Faso sont touchés. La France a "
    "retiré ses troupes du Mali.",
    # the next stop of a trip, which the lede and a sentence pair with the host, placed less often than a war
    "Tournée au Proche-Orient\n\nLe ministre de la Défense, Marc Lenoir, est arrivé lundi en Jordanie, première "
    "étape d'une tournée avant de se rendre au Liban. M. Lenoir a rencontré le roi de Jordanie. La Jordanie et le "
    "Liban accueillent de nombreux réfugiés syriens. La guerre en Syrie pèse sur la Jordanie. Les réfugiés de Syrie "
    "sont plus d'un million en Jordanie. La Syrie reste divisée.",
    # a domestic audience: the one received holds another post of the same state
    "Crise au Sahel : le président reçoit son Premier ministre\n\nLe président ivoirien Ange Koffi a reçu lundi "
    "M. Bamba au palais. M. Bamba, Premier ministre ivoirien depuis mars, a présenté la feuille de route du "
    "gouvernement. La Côte d'Ivoire suit de près la guerre au Mali. Le Mali est en guerre depuis 2012. La Côte "
    "d'Ivoire a renforcé sa frontière avec le Mali.",
    # someone received whom nothing places, in an article about one state and others in passing
    "Le président reçoit un homme d'affaires\n\nLe président tunisien Kamel Saïd a reçu mardi M. Bensalem au palais "
    "de Carthage. La Tunisie souhaite attirer des investisseurs. La guerre en Ukraine pèse sur les prix du blé en "
    "Tunisie. L'Ukraine et la Russie sont de grands exportateurs. La Tunisie importe du blé d'Ukraine.",
])
def test_no_side_named_in_passing(text: str) -> None:
    assert not any(len(s) >= 2 for s in _talks(text))
