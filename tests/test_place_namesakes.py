"""Names that stand for something else (sentences written for these tests): a football club named after its town,
a region named like a city, a first name that is a city's name ending a sentence, a vehicle named like a weapon."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def mentioned(text: str, cls: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {m.label for m in found.mentions.values() if m.cls == cls}


@pytest.mark.parametrize("text", [
    "L'AS Andorre a battu Lille deux buts à zéro samedi soir.",
    "Le FC Lorient a perdu contre le Stade de France... pardon, contre Brest, dimanche.",
    "Le Real Madrid a gagné la finale face au club anglais.",
])
def test_a_club_named_after_its_town_names_no_state(text: str) -> None:
    assert not mentioned(text, "State") & {"Andorre", "France", "Espagne"}


def test_a_region_named_like_a_capital_is_not_that_capital() -> None:
    found = mentioned("Les pièces seront fabriquées dans une usine de la province de Santiago, en République "
                      "dominicaine.", "State")
    assert found == {"République dominicaine"}


@pytest.mark.parametrize("text", [
    "Le protocole de Minsk n'a jamais été appliqué, a dit le ministre finlandais.",
    "Les accords d'Oslo sont morts, selon le ministre finlandais.",
    "Le système Zorvak (en russe « la fronde ») a été choisi par le ministre finlandais.",
])
def test_a_text_named_after_a_city_or_a_language_names_no_state(text: str) -> None:
    assert mentioned(text, "State") == {"Finlande"}


@pytest.mark.parametrize("text", [
    "Le ministre finlandais a salué le rôle du groupe de Minsk dans le règlement du conflit.",
    "Après la Conférence de Bruxelles, le ministre finlandais a promis une aide au pays.",
])
def test_a_forum_named_after_a_city_names_no_state(text: str) -> None:
    assert mentioned(text, "State") == {"Finlande"}


def test_a_city_after_a_lowercase_conference_or_a_group_s_seat_still_names_its_state() -> None:
    assert "Belgique" in mentioned("Une conférence de Bruxelles a réuni des diplomates finlandais.", "State")
    assert "Biélorussie" in mentioned("Le groupe s'est réuni à Minsk avec le ministre finlandais.", "State")


def test_a_capital_and_a_demonym_still_name_their_states() -> None:
    assert mentioned("Le ministre s'est rendu à Minsk. Les drones russes sont arrivés.", "State") == \
        {"Biélorussie", "Russie"}


def test_a_state_s_official_name_still_counts() -> None:
    assert "Palestine" in mentioned("L'État de Palestine a protesté.", "State")


def test_first_name_that_is_a_city_s_name_ending_a_sentence() -> None:
    text = "Il a rencontré le ministre de l'Industrie et du Commerce, Riyad Berrada. Les drones volent déjà."
    assert "Riyad Berrada" in mentioned(text, "Person")
    assert "Arabie saoudite" not in mentioned(text, "State")


def test_a_vehicle_s_name_holding_another_weapon_s_name_is_that_vehicle() -> None:
    """« White Tiger » is a wheeled armoured vehicle, not the « Tiger » attack helicopter."""
    found = mentioned("L'armée achètera 30 véhicules blindés à roues K808 White Tiger.", "WeaponSystem")
    assert found == {"K808 White Tiger"}


def test_a_titled_person_whose_surname_is_a_weapon_s_name() -> None:
    """« Le président de la société X, Prénom Nomarque, »: the NER calls the name a place; the title says who."""
    found = mentioned("Le président de la société Naval Group, Paul Caracal, a assisté au salon.", "Person")
    assert found == {"Paul Caracal"}


@pytest.mark.parametrize("text", [
    "L'armée de l'air a présenté ses nouveaux drones MALE lors du défilé.",
    "Le pays cherche des systèmes MALE et des hélicoptères de manœuvre.",
])
def test_an_acronym_after_a_noun_names_no_place(text: str) -> None:
    """« MALE » (medium altitude, long endurance) spells a capital's English name but qualifies the drones."""
    assert not mentioned(text, "State")


def test_a_capital_in_capitals_after_a_preposition_or_a_name_written_so_still_counts() -> None:
    assert mentioned("Le ministre est arrivé à MALÉ lundi soir.", "State") == {"Maldives"}
    assert "République démocratique du Congo" in mentioned("Les troupes RDC ont reculé.", "State")


@pytest.mark.parametrize("text", [
    "Les avions ont atterri sur l'aérodrome militaire Colonel Ivan Horvat, près de la capitale.",
    "Le vol a décollé de l'aéroport international Paulo Mendes avant midi.",
    "Le ministre a inspecté la caserne Jean Dupré à Bamako.",
    "La corvette a été construite par les chantiers navals Hồ Văn Lâm à Cebu.",
])
def test_a_place_named_after_a_person_names_no_one(text: str) -> None:
    assert not mentioned(text, "Person")


@pytest.mark.parametrize("text", [
    "Le ministre de la Défense, Paulo Mendes, a inspecté la base.",
    "Il a rencontré à la base le colonel Ivan Horvat.",
    "Le commandant de la base, Jean Dupré, a accueilli les avions.",
    "Le directeur des chantiers navals, Paulo Mendes, a présenté la corvette.",
])
def test_a_person_named_near_a_place_noun_is_still_a_person(text: str) -> None:
    assert len(mentioned(text, "Person")) == 1


def test_a_city_written_with_its_own_diacritics() -> None:
    """Vietnamese spellings keep tone marks French spellings drop."""
    assert mentioned("Hồ Chí Minh-Ville a accueilli le dialogue de défense.", "City") == {"Hô Chi Minh-Ville"}


@pytest.mark.parametrize(("text", "states"), [
    ("La marine togolaise patrouille dans le Golfe de Guinée contre les pirates.", {"Togo"}),
    ("Un cargo a été arraisonné dans le golfe d'Oman, selon la marine britannique.", {"Royaume-Uni"}),
    ("Le Vietnam a protesté contre les manœuvres en mer de Chine méridionale.", {"Vietnam"}),
    ("Le Niger et le Cameroun patrouillent autour du lac Tchad.", {"Niger", "Cameroun"}),
    ("La marine cubaine surveille le golfe du Mexique.", {"Cuba"}),
    ("La Chine a protesté contre les patrouilles en mer de Chine orientale.", {"Chine"}),
    ("Le Kenya et la Tanzanie patrouillent dans l'océan Indien.", {"Kenya", "Tanzanie"}),
    ("Les navires indiens patrouillent dans l'océan Indien.", {"Inde"}),
    ("Une frégate danoise est entrée dans le golfe Persique.", {"Danemark"}),
    ("Le Sénégal a signé un accord de défense avec la Guinée-Bissau.", {"Sénégal", "Guinée-Bissau"}),
])
def test_a_sea_a_gulf_or_a_lake_named_after_a_state_is_not_that_state(text: str, states: set[str]) -> None:
    assert mentioned(text, "State") == states


@pytest.mark.parametrize(("text", "states"), [
    ("Des incendies ravagent la Macédoine grecque, a indiqué Athènes.", {"Grèce"}),
    ("Téhéran a envoyé des renforts dans l'Azerbaïdjan iranien.", {"Iran"}),
    ("La Macédoine a signé un accord de défense avec la Grèce.", {"Macédoine du Nord", "Grèce"}),
    ("À la demande de la Marine Nationale péruvienne, le Chili a envoyé des démineurs.", {"Pérou", "Chili"}),
    ("La Marine nationale algérienne a reçu une corvette.", {"Algérie"}),
    ("La Marine nationale a reçu une corvette.", {"France"}),
])
def test_a_state_s_name_qualified_by_another_state_s_demonym_names_a_region(text: str, states: set[str]) -> None:
    assert mentioned(text, "State") == states


@pytest.mark.parametrize(("text", "state"), [
    ("Le commandant de la marine de la RII a reçu son homologue.", "Iran"),
    ("La République islamique a livré des drones, selon la presse.", "Iran"),
    ("La RADP a acheté des sous-marins, selon la presse.", "Algérie"),
    ("Le pays du Cèdre a reçu des blindés, selon la presse.", "Liban"),
    ("L'Empire du Milieu a livré des frégates, selon la presse.", "Chine"),
    ("Le pays du Matin calme a vendu des chars, selon la presse.", "Corée du Sud"),
    ("Le pays de l'Oncle Sam a livré des missiles, selon la presse.", "États-Unis"),
    ("La Grande Île a reçu deux patrouilleurs, selon la presse.", "Madagascar"),
])
def test_a_state_named_by_its_newsroom_acronym_or_byname(text: str, state: str) -> None:
    assert mentioned(text, "State") == {state}


def test_a_lowercase_common_phrase_names_no_state() -> None:
    assert mentioned("Une république islamique a été proclamée dans la province, selon la presse.", "State") == set()


@pytest.mark.parametrize(("text", "states"), [
    ("Selon l'Institut international de recherche sur la paix de Stockholm, le Kenya a doublé ses achats d'armes.",
     {"Kenya"}),
    ("Selon un chercheur du Washington Institute, le Yémen a reçu des drones.", {"Yémen"}),
])
def test_a_research_institute_named_after_a_capital_names_no_state(text: str, states: set[str]) -> None:
    assert mentioned(text, "State") == states


@pytest.mark.parametrize("text", [
    "Le ministre chilien de la Défense a été reçu lundi au palais royal d'Al Noor de Mascate par le sultan.",
    "Le ministre chilien a été reçu au palais de Kamal Hassan Nour par le roi.",
])
def test_a_palace_s_name_after_de_names_no_person(text: str) -> None:
    assert not mentioned(text, "Person")


@pytest.mark.parametrize("text, states", [
    ("La coopération Kenya-Ouganda-Rwanda a été saluée par les trois délégations.", {"Kenya", "Ouganda", "Rwanda"}),
    ("Les pourparlers Pérou-Équateur reprendront en mai.", {"Pérou", "Équateur"}),
    ("Le président de la Guinée-Bissau est arrivé.", {"Guinée-Bissau"}),
    ("Le match s'est joué au stade Lima-Centre devant vingt mille personnes.", set()),
])
def test_states_joined_by_hyphens_are_each_named(text: str, states: set[str]) -> None:
    assert mentioned(text, "State") == states
