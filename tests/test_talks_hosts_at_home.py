"""Talks read since session 35 (round 2): a host the sentence gives no state (« Le Président de la République, X,
a reçu ... », « le ministre de la Défense a reçu, à B, ... ») receives in his own state; a one met left bare on the
verb after a date and a site; a seat with no holder (« au palais présidentiel »); a state meeting an organisation
« avec » it at a meeting; envoys of clubs on a sports page. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import parties_and_places as _found


@pytest.mark.parametrize(("text", "sides", "places"), [
    ("La République du Sénégal et la République du Ghana entretiennent des liens anciens. Le Président de la "
     "République, Jean Diallo, a reçu mardi, au palais présidentiel, la nouvelle ministre ghanéenne de la Défense, "
     "Ama Owusu.", {"Sénégal", "Ghana"}, {"palais présidentiel"}),
    ("Le ministre de la Défense a reçu lundi, à Lisbonne, l'ambassadeur de Norvège.",
     {"Portugal", "Norvège"}, {"Lisbonne"}),
    ("Une délégation des Forces armées péruviennes a tenu des réunions de haut niveau avec des membres de l'Union "
     "européenne à Vienne.", {"Pérou", "Union européenne"}, {"Vienne"}),
    ("La Suède renforce ses liens avec la Norvège. Le roi a reçu jeudi, au palais royal, le ministre norvégien des "
     "Affaires étrangères.", {"Suède", "Norvège"}, {"palais royal"}),
])
def test_host_of_no_state(text: str, sides: set[str] | None, places: set[str]) -> None:
    found = _found(text)
    assert found, text
    if sides is not None:
        assert any(s == sides and places <= p for s, p in found), found
    else:
        assert any(places <= p for _, p in found), found


@pytest.mark.parametrize("text", [
    "Malgré des incidents autour de la finale du tournoi, la fédération a tout fait pour réunir les représentants "
    "chiliens et uruguayens.",
    "Le ministre de la Défense a reçu lundi des drones livrés par la Norvège.",
    "La réunion du conseil de l'Union européenne s'est tenue à Vienne.",
])
def test_no_talks(text: str) -> None:
    assert not _found(text), text
