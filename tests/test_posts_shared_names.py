"""Posts and people as news writes them (sentences written for these tests): a plural title shared out by the
demonyms before each name (« les ministres letton X, estonien Y et lituanien Z »), a royal named by a single
given name (« le roi Prénom de Pays »), and names that are no one's: a title in capitals, a firm set off after
its noun, a version of a system."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts_told


def held(text: str) -> set[tuple[str, str | None]]:
    """(holder, org label) of every post fact of a text."""
    return {(p.holder, p.org) for p in posts_told(text)}


def people(text: str) -> set[str]:
    """The labels of the people a text names."""
    return {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "Person"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Les ministres letton Anna Kalnina, estonien Peeter Tamm et lituanien Jonas Petraitis ont signé la déclaration.",
     {("Anna Kalnina", "Lettonie"), ("Peeter Tamm", "Estonie"), ("Jonas Petraitis", "Lituanie")}),
    ("Les présidents ghanéen Kwame Asante, togolais Kodjo Mensah et béninois Paul Houngbo ont ouvert le sommet.",
     {("Kwame Asante", "Ghana"), ("Kodjo Mensah", "Togo"), ("Paul Houngbo", "Bénin")}),
    ("Le président s'est entretenu avec le roi Harald de Norvège sur le sujet.", {("Harald", "Norvège")}),
    ("Le ministre a téléphoné au roi Harald d'Arabie saoudite.", {("Harald", "Arabie saoudite")}),
])
def test_posts(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert expected <= held(text)


def test_a_demonym_list_needs_a_demonym_before_each_name() -> None:
    found = held("Les ministres letton Anna Kalnina et Peeter Tamm ont signé la déclaration.")
    assert ("Peeter Tamm", "Estonie") not in found


@pytest.mark.parametrize(("text", "no_one"), [
    ("Le roi de Jordanie a nommé un nouveau président de la compagnie aérienne jordanienne, Royal Jordanian "
     "Airlines (RJA).", "Airlines"),
    ("Ces avions proviennent du programme F-16 et sont au standard Block IV, la version la plus moderne.", "Block"),
    ("Le colonel Paul Martin a été accueilli par le général de brigade, Inspecteur Général des FAR.", "Inspecteur"),
])
def test_names_of_no_one(text: str, no_one: str) -> None:
    assert not any(no_one in name for name in people(text))
