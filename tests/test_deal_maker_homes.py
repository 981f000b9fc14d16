"""The maker a one-sided order is placed with for want of a seller: the maker when the article names it, else its
home state when the article names that state. Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import deal_parties as _deals


def test_an_unnamed_maker_gives_way_to_its_state_the_article_names() -> None:
    deals = _deals("Succès à l'export\nLa Serbie a conclu en mars un contrat de 2,7 milliards d'euros pour douze "
                   "avions Rafale. La France reste son partenaire.")
    assert frozenset({"Serbie", "France"}) in deals
    assert not [d for d in deals if "Dassault Aviation" in d]


def test_a_named_maker_stays_the_side() -> None:
    deals = _deals("Succès à l'export\nLa Serbie a conclu en mars un contrat de 2,7 milliards d'euros pour douze "
                   "avions Rafale. Dassault Aviation et la France s'en félicitent.")
    assert frozenset({"Serbie", "Dassault Aviation"}) in deals
    assert frozenset({"Serbie", "France"}) not in deals


def test_an_unnamed_maker_of_an_unnamed_state_stays_the_side() -> None:
    deals = _deals("Succès à l'export\nLa Serbie a conclu en mars un contrat de 2,7 milliards d'euros pour douze "
                   "avions Rafale.")
    assert frozenset({"Serbie", "Dassault Aviation"}) in deals
