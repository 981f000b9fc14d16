"""Deals named in passing: a deal carried out, followed or reviewed (« conformes aux accords déjà conclus »,
« mettre en œuvre les accords », « la mise en œuvre des accords conclus », « passer en revue les accords ») was
made before and is no deal between the pair of the talks told; a deal signed in the story stays one, even when it
is about carrying something out. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_deal_patterns import agreements

_TALKS = "Le ministre ougandais de la Défense a reçu son homologue rwandais à Kampala. "


@pytest.mark.parametrize("text", [
    _TALKS + "Les deux ministres ont salué les progrès de la coopération, conformes aux accords déjà conclus.",
    _TALKS + "Les deux délégations ont convenu de mettre en œuvre rapidement les accords des deux chefs d'État.",
    _TALKS + "Ils ont discuté de la mise en œuvre des accords conclus et des échanges commerciaux.",
    _TALKS + "Les deux parties ont passé en revue les accords signés il y a trois ans.",
    _TALKS + "Les ministres ont souligné le respect des conventions en vigueur entre les deux armées.",
    # a participle that tells a noun signed, whatever the noun, under a word of following
    _TALKS + "Ils ont noté des progrès qui sont conformes aux arrangements signés auparavant.",
])
def test_deal_carried_out_is_no_deal_of_the_story(text: str) -> None:
    assert agreements(text) == []


@pytest.mark.parametrize(("text", "pairs"), [
    (_TALKS + "Les deux ministres ont signé un accord de coopération militaire.", [["ouganda", "rwanda"]]),
    # a deal signed to carry something out is made in the story
    (_TALKS + "Les deux parties ont signé un accord sur la mise en œuvre du programme de formation.",
     [["ouganda", "rwanda"]]),
    ("Le Kenya et la Tanzanie ont signé mardi un accord de défense, conformément aux engagements de 2019.",
     [["kenya", "tanzanie"]]),
])
def test_deal_made_in_the_story_stays(text: str, pairs: list[list[str]]) -> None:
    assert sorted(sorted(p) for p in agreements(text)) == pairs
