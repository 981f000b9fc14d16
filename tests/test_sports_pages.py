"""The off-topic guard (kg.extract.off_topic): a sports page states no relation between states, even where a
sentence far from its sport words reads like talks; a defence page that mentions a match keeps its facts. A sport's
outcome handed to a side is no supply, and a racing team is a civil body."""

from __future__ import annotations

from kg.pipeline import analyse_text

RELATIONS = {"support", "agreement", "negotiation", "financing"}

SPORTS_PAGE = """Handball : le Danemark sacré champion d'Europe face à l'Islande
Le Danemark a remporté dimanche la finale du championnat d'Europe de handball face à l'Islande (31-28), au terme \
d'une prolongation haletante.
Le sélectionneur danois a salué ses joueurs, tandis que l'entraîneur islandais regrettait un penalty manqué en fin \
de match.
La capitale a fêté ses héros toute la nuit.
Les rues du centre étaient noires de monde jusqu'à l'aube.
Les commerçants se disent ravis de l'affluence.
La veille, les délégations islandaise et danoise s'étaient retrouvées à Berne au siège de l'instance européenne \
pour discuter du calendrier.
"""

DEFENCE_PAGE = """Oslo et Helsinki signent un accord sur des chars
Le ministre norvégien de la Défense a signé lundi à Oslo avec son homologue finlandais un accord sur la livraison \
de vingt chars.
Les deux ministres ont ensuite assisté au match de football entre les deux pays, finale d'un championnat régional \
des armées, où un joueur finlandais a marqué sur penalty.
"""


def _relations(text: str) -> list[tuple[str, list[str]]]:
    found = analyse_text(text)
    return [(f.kind, [e.label for _, e in f.roles]) for f in found.facts if f.kind in RELATIONS]


def test_sports_page_states_no_talks_between_states() -> None:
    assert _relations(SPORTS_PAGE) == []


def test_defence_page_mentioning_a_match_keeps_its_agreement() -> None:
    kinds = [kind for kind, _ in _relations(DEFENCE_PAGE)]
    assert "agreement" in kinds


def test_victory_offered_to_a_team_is_no_supply() -> None:
    assert _relations("Titre\nLe pilote suédois a offert à son écurie italienne sa première victoire.") == []
    assert _relations("Titre\nLe gardien chilien a offert un penalty à l'Uruguay dans les arrêts de jeu.") == []
