"""Named ships handed over to another state are weapon systems, the individual vessel of its noun's type; a ship
that only sails, visits, sinks, carries someone or serves its own navy stays no system. Invented names."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from kg.records import ArticleFacts
from tests.test_extractors import PUBLISHED

CORVETTE = "https://w3id.org/kg-news/id/wtype-corvette"
FRIGATE = "https://w3id.org/kg-news/id/wtype-frigate"


def _graph(text: str) -> ArticleFacts:
    return analyse_text(f"Titre\n{text}", published=PUBLISHED)


def _systems(text: str) -> dict[str, str | None]:
    return {e.label: e.kind for e in _graph(text).mentions.values() if e.cls == "WeaponSystem"}


@pytest.mark.parametrize(("sentence", "ship", "kind"), [
    ("La corvette Zorvak, livrée à la marine du Ghana, a quitté Lorient.", "Zorvak", CORVETTE),
    ("Le chantier Kestrel a remis le patrouilleur Borvik Tann à la marine sénégalaise.", "Borvik Tann", None),
    ("La frégate Valmont, vendue à la Grèce par la France, est arrivée au Pirée.", "Valmont", FRIGATE),
    ("La Roumanie a acquis la corvette de fabrication turque TCG Orvak.", "TCG Orvak", CORVETTE),
    ("Le contrat porte sur la vente de l'HMS Quillon au Chili.", "HMS Quillon", None),
    ("La marine philippine a réceptionné la corvette Orvak, construite en Corée du Sud.", "Orvak", CORVETTE),
    ("La Grèce a reçu mardi la frégate Valmont.", "Valmont", FRIGATE),
    ("Le sous-marin Orvak, construit pour la marine brésilienne, a été mis à l'eau à Cherbourg.", "Orvak", None),
    ("Le Borvik Tann est le premier navire de cette série construit par le chantier naval turc pour la Géorgie.",
     "Borvik Tann", None),
    # a name in quotes, after its ship noun or before it in apposition
    ('"Tanvor", un navire patrouilleur de la marine nationale, a été réceptionné lundi à Lomé.', "Tanvor", None),
    ('"Tanvor", un navire patrouilleur de la marine nationale réceptionné', "Tanvor", None),
    ("Le patrouilleur « Kestrel » a été livré à la marine sénégalaise.", "Kestrel", None),
    ('La marine ghanéenne a réceptionné le patrouilleur "Orvak" construit en Turquie.', "Orvak", None),
    ("« Valmont », une corvette de la marine béninoise, a été remise aux autorités de Cotonou.", "Valmont", CORVETTE),
    # a name given by a participle after the noun
    ("La Corée du Sud a remis mardi une corvette baptisée Orvak aux Philippines.", "Orvak", CORVETTE),
    ("L'Italie a cédé à l'Égypte une frégate nommée Valmont Tann.", "Valmont Tann", FRIGATE),
])
def test_a_ship_handed_over_is_a_system(sentence: str, ship: str, kind: str | None) -> None:
    found = _systems(sentence)
    assert ship in found
    assert kind is None or found[ship] == kind


def test_a_ship_named_by_a_participle_that_only_sails_is_no_system() -> None:
    assert _systems("Le patrouilleur baptisé Orvak a quitté le port de Toulon lundi.") == {}


def test_the_recipient_hung_on_the_naming_participle_is_the_handovers() -> None:
    facts = [f for f in _graph("La Turquie a remis un patrouilleur nommé Orvak au Ghana.").facts
             if f.kind == "support"]
    assert {(s.label, r.label, w.label) for f in facts for s in f.get("supporter") for r in f.get("recipient")
            for w in f.get("weapon")} == {("Turquie", "Ghana", "Orvak")}


def test_the_ship_sold_is_the_weapon_of_the_sale() -> None:
    facts = [f for f in _graph("La France a vendu la frégate Valmont à la Grèce.").facts if f.kind == "support"]
    assert {w.label for f in facts for w in f.get("weapon")} == {"Valmont"}


@pytest.mark.parametrize("sentence", [
    "La frégate Valmont a fait escale à Dakar.",
    "Le patrouilleur Borvik a été coulé par un missile.",
    "La frégate Valmont transportait le ministre de la Défense.",
    "La frégate Valmont a été admise au service actif dans la marine nationale à Toulon.",
    "La marine française a lancé la frégate Valmont à Lorient.",
    "La frégate Valmont a livré des vivres à Haïti.",
    "Le TCG Orvak a appareillé pour un exercice en mer Noire.",
    "Le Borvik Tann est une frégate de défense aérienne.",
    "La frégate Valmont a reçu la visite du Premier ministre grec.",
    "La frégate Valmont a reçu un nouveau sonar.",
    "Une réception a été donnée à bord de la frégate Valmont.",
    "Le patrouilleur « Kestrel » a fait escale à Dakar.",
    '"Orvak", un navire de pêche étranger, a été arraisonné par la marine.',
    "Le navire « Marie Curie » a accosté à Brest.",
    'Le ministre a dit : "Merci", un mot simple, devant la marine nationale.',
])
def test_a_ship_that_is_not_handed_over_is_no_system(sentence: str) -> None:
    assert not _systems(sentence)
