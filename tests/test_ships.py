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


def _supplies(text: str) -> set[tuple[str, str, str]]:
    facts = [f for f in _graph(text).facts if f.kind == "support"]
    return {(s.label, r.label, w.label) for f in facts for s in f.get("supporter") for r in f.get("recipient")
            for w in f.get("weapon")}


def test_a_ship_ordered_from_a_yard_is_supplied_and_made_by_it() -> None:
    text = ("L'Équateur modernise sa flotte. Le BAP Ramon Tann avait été commandé en 2020 au sud-coréen Hyundai "
            "Heavy Industries pour 300 millions d'euros.")
    graph = _graph(text)
    ships = [e for e in graph.mentions.values() if e.cls == "WeaponSystem"]
    assert [e.label for e in ships] == ["BAP Ramon Tann"]
    assert not [e for e in graph.mentions.values() if e.cls == "Person"]
    assert {w for _, r, w in _supplies(text) if r == "Équateur"} == {"BAP Ramon Tann"}


def test_a_ship_ordered_from_a_yard_after_its_demonym() -> None:
    text = "Le Pérou renforce sa marine. La corvette Valmont a été commandée au suédois Saab."
    assert {(r, w) for _, r, w in _supplies(text)} == {("Pérou", "Valmont")}


@pytest.mark.parametrize("sentence", [
    "Le capitaine de frégate Jean Orvak commande la frégate Valmont depuis 2021.",
    "Il a commandé le patrouilleur Kestrel pendant trois ans avant de rejoindre l'état-major.",
])
def test_a_ship_its_officer_commands_is_no_system(sentence: str) -> None:
    assert _systems(sentence) == {}


def test_a_name_after_a_vessel_prefix_is_no_person() -> None:
    graph = _graph("Le BAP Carlos Ferreyra doit servir de force de dissuasion, a déclaré le ministre. Le KRI Ahmad "
                   "Sutanto a quitté le port mardi. Selon le commandant, l'ARC Jorge Mendoza participera aux "
                   "exercices.")
    assert not [e for e in graph.mentions.values() if e.cls == "Person"]


def test_a_class_named_after_a_person_is_a_system_and_second_hand_ships_come_from_their_navy() -> None:
    text = "La marine péruvienne a réceptionné en mars deux frégates ex-norvégiennes du type Hendrik Vosse."
    graph = _graph(text)
    assert not [e for e in graph.mentions.values() if e.cls == "Person"]
    assert "Hendrik Vosse" in _systems(text)
    assert ("Norvège", "Pérou", "Hendrik Vosse") in _supplies(text)


@pytest.mark.parametrize(("sentence", "system"), [
    ("La marine grecque a acquis trois frégates ex-néerlandaises du type 21.", "type 21"),
    ("Le Pakistan a commandé six sous-marins de classe 218 à l'Allemagne.", "classe 218"),
])
def test_a_class_numbered_after_its_word_is_a_system(sentence: str, system: str) -> None:
    assert system in _systems(sentence)


@pytest.mark.parametrize("sentence", [
    "Le ministre a reçu un homme du type 40 ans à la caserne.",
    "Les délégués ont évoqué un accord de type 2 plus 2 avec Tokyo.",
])
def test_a_number_after_type_without_a_weapon_noun_is_no_system(sentence: str) -> None:
    assert _systems(sentence) == {}


def test_the_president_of_a_firm_after_a_weapon_noun_is_still_a_person() -> None:
    graph = _graph("L'avion du président Carlos Ferreyra s'est posé à Lima.")
    assert "Carlos Ferreyra" in {e.label for e in graph.mentions.values() if e.cls == "Person"}


def _makers(text: str) -> dict[str, set[str]]:
    """Each system's makers, as their IRIs in lowercase."""
    return {e.label: {m.lower() for m in e.makers} for e in _graph(text).mentions.values() if e.cls == "WeaponSystem"}


def test_a_ship_class_ordered_from_a_yard_is_built_by_it() -> None:
    makers = _makers("La marine sénégalaise a commandé aux CMN trois patrouilleurs du type Orvak 58.")
    assert any("cmn" in m for m in makers["Orvak 58"])


def test_a_land_system_ordered_from_a_trading_firm_is_not_made_by_it() -> None:
    makers = _makers("L'Algérie a commandé à Rosoboronexport quarante chars du type Orvak 90.")
    assert not any("rosoboronexport" in m for m in makers["Orvak 90"])


def test_a_demonym_on_a_ship_received_is_never_the_receiver() -> None:
    text = "La marine uruguayenne a reçu deux frégates espagnoles du type Orvak Tann et une frégate portugaise."
    assert {r for _, r, _ in _supplies(text)} == {"Uruguay"}


def test_a_ship_named_after_its_nouns_complements_is_a_system_and_no_person() -> None:
    text = "La marine argentine a acquis le navire de soutien de plongée britannique Sir Edmund Barlow."
    graph = _graph(text)
    assert "Sir Edmund Barlow" in _systems(text)
    assert not [e for e in graph.mentions.values() if e.cls == "Person"]


def test_a_person_after_a_ships_complement_is_still_a_person() -> None:
    graph = _graph("Le commandant du navire de guerre, Carlos Ferreyra, a salué l'équipage.")
    assert "Carlos Ferreyra" in {e.label for e in graph.mentions.values() if e.cls == "Person"}


def test_a_demonym_agreeing_with_the_ship_not_its_complement() -> None:
    from tests.test_deals import supplies
    text = "La marine péruvienne se modernise. Elle a acquis le bâtiment de débarquement de chars italien San Marco."
    assert supplies(text) == {("italie", "perou")}
    assert supplies("Le Pérou a acheté des munitions de chars britanniques.") == set()  # the tanks', not the shells'


def test_a_class_told_of_ships_over_a_participle_is_a_system_not_a_person() -> None:
    text = ("Trois corvettes de 1 800 tonnes, appartenant à la classe Tomas Ibarra, ont été livrées à la marine "
            "uruguayenne.")
    graph = _graph(text)
    assert "Tomas Ibarra" in _systems(text)
    assert "Tomas Ibarra" not in {e.label for e in graph.mentions.values() if e.cls == "Person"}
    # a person a participle does not tie to ships stays one
    assert "Tomas Ibarra" in {e.label for e in _graph("Le navire appartient à Tomas Ibarra.").mentions.values()
                              if e.cls == "Person"}
