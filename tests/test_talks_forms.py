"""Talks in the forms newsrooms tell them besides a meeting verb: « A est en pourparlers avec B » deep in a
reported clause, a visit told as « la venue de X à Y », a contract « négocié » (no side of its own). Sentences
written for the purpose (issue 12)."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n{text}", published=PUBLISHED).facts if f.kind == "negotiation"]


def _sides(talks: list[Fact]) -> list[set[str]]:
    return [{e.label for e in f.get("participant")} for f in talks]


def _venues(talks: list[Fact]) -> set[str]:
    return {e.label for f in talks for part in f.parts for e in part.get("place")}


IN_TALKS = [
    ("Le journal a rapporté en mai que le Chili était en pourparlers avec le Pérou.", [{"Chili", "Pérou"}]),
    # « avec » a list: one pair at a time (kg.extract.listed_talks)
    ("Un diplomate a confirmé que la Pologne est en négociations avancées avec la Corée du Sud et le Japon.",
     [{"Pologne", "Corée du Sud"}, {"Pologne", "Japon"}]),
    # a list the parser hangs apart, told by a titled speaker with an inserted phrase: the speaker's state
    ("Le ministre argentin de la défense, Jorge Pérez, a indiqué, en marge d'un forum tenu à Cordoba, que des "
     "négociations étaient en cours avec la Grèce, la Norvège et la Roumanie.",
     [{"Argentine", "Grèce"}, {"Argentine", "Norvège"}, {"Argentine", "Roumanie"}]),
    ("Selon la radio publique, le Maroc serait en discussions avec Israël au sujet de drones.",
     [{"Maroc", "Israël"}]),
    ("Le Kenya est en négociation avec l'Ouganda depuis mars.", [{"Kenya", "Ouganda"}]),
    # a copula with a noun of talks whose subject is no actor
    ("Le ministre a rappelé que la priorité est la négociation.", []),
]


@pytest.mark.parametrize(("text", "sides"), IN_TALKS)
def test_the_subject_of_being_in_talks_is_a_side(text: str, sides: list[set[str]]) -> None:
    """« A est en pourparlers avec B »: A is a side, even in a clause a reporting verb governs."""
    assert _sides(_talks(text)) == sides


VENUE = [
    ("Les deux dirigeants ont signé un contrat en marge de la venue du président chilien à Lima.",
     [{"Chili", "Pérou"}], {"Lima"}),
    ("La venue du Premier ministre japonais à Canberra a duré deux jours.", [{"Japon", "Australie"}],
     {"Canberra"}),
    ("Le président uruguayen a salué la coopération lors de sa venue à Tokyo.", [{"Uruguay", "Japon"}],
     {"Tokyo"}),
    ("La visite d'une délégation iranienne à Moscou a commencé lundi.", [{"Iran", "Russie"}], {"Moscou"}),
    # the troops, tourists or investors of a state make no visit of state
    ("La venue de soldats français au Mali inquiète la population.", [], set()),
    ("La venue de touristes chinois à Paris a doublé en un an.", [], set()),
    ("La visite d'investisseurs américains à Hanoï a été reportée.", [], set()),
]


@pytest.mark.parametrize(("text", "sides", "venues"), VENUE)
def test_the_venue_of_an_official_is_a_visit(text: str, sides: list[set[str]], venues: set[str]) -> None:
    """« la venue du président X à Y » is a visit: talks between the visitor's state and the host's, held there;
    a crowd's coming is none."""
    talks = _talks(text)
    assert (_sides(talks), _venues(talks)) == (sides, venues)


NEGOTIATED = [
    ("Le groupe Thales fournira des radars au Chili, selon l'accord signé mardi. Il a été négocié trois mois "
     "après la visite du président chilien à Paris.", [{"Chili", "France"}]),
    ("La société Saab livrera des avions à la Colombie. Il a été discuté lors de la visite du président colombien "
     "à Stockholm.", [{"Colombie", "Suède"}]),
    ("Le Chili a reçu des canons. Ce marché a été discuté lundi.", []),
    # a side named by « par » or « avec » stays one
    ("Le contrat a été négocié par le Chili avec le Pérou.", [{"Chili", "Pérou"}]),
]


@pytest.mark.parametrize(("text", "sides"), NEGOTIATED)
def test_what_is_negotiated_is_no_side(text: str, sides: list[set[str]]) -> None:
    """« Il a été négocié », « le contrat a été négocié »: the passive subject is the deal, not a side."""
    assert _sides(_talks(text)) == sides


SIGNED = [
    # at a meeting held in a city, the officials of two sides who sign there meet there
    ("L'accord a été signé par la ministre chilienne de la Défense et le chef d'état-major péruvien lors de la "
     "réunion des ministres, qui s'est tenue à Lima.", [{"Chili", "Pérou"}], {"Lima"}),
    ("Le protocole a été signé par le chef d'État-Major kényan et le ministre ougandais lors de la réunion de "
     "Nairobi.", [{"Kenya", "Ouganda"}], {"Nairobi"}),
    # officials of two sides who sign in person meet where they sign (kg.extract.signed_talks); states that sign
    # are an agreement alone, no talks
    ("Le contrat a été signé à Lima par le président chilien et le président péruvien.", [{"Chili", "Pérou"}],
     {"Lima"}),
    ("Le Chili et le Pérou ont signé un accord de défense mardi.", [], set()),
]


@pytest.mark.parametrize(("text", "sides", "venues"), SIGNED)
def test_officials_signing_at_a_meeting(text: str, sides: list[set[str]], venues: set[str]) -> None:
    """« le chef d'état-major » is one word (the parser read « état | - | major » as a second root and lost the
    official and the meeting after it); a signing in person is talks where it is done, states that sign hold none."""
    talks = _talks(text)
    assert (_sides(talks), _venues(talks)) == (sides, venues)


HELD_IN = [
    ("La réunion entre le Chili et la France, qui s'est tenue à Lima, a duré deux heures.", {"Lima"}),
    ("Le sommet entre le Kenya et l'Ouganda, qui a eu lieu à Kampala, a été tendu.", {"Kampala"}),
    ("La rencontre entre le Chili et le Pérou, qui s'est déroulée à Montevideo, a porté sur la frontière.",
     {"Montevideo"}),
    # a relative clause of anything else places something else
    ("La réunion entre le Chili et la France, qui a été critiquée à Lima, a duré deux heures.", set()),
]


@pytest.mark.parametrize(("text", "venues"), HELD_IN)
def test_talks_held_where_their_relative_clause_says(text: str, venues: set[str]) -> None:
    """« la réunion ..., qui s'est tenue à Lima »: the place of a relative clause of taking place is the venue."""
    assert _venues(_talks(text)) == venues


GROUP = [
    ("Le Japon a conclu un pacte avec l'Inde et l'Australie. Les trois ministres de la Défense se sont réunis à "
     "Tokyo.", [{"Japon", "Inde", "Australie"}], {"Tokyo"}),
    ("Le Kenya a signé un traité avec l'Ouganda et la Tanzanie. Les trois pays se sont retrouvés à Nairobi en "
     "mai.", [{"Kenya", "Ouganda", "Tanzanie"}], {"Nairobi"}),
    ("Le ministre chilien a reçu son homologue péruvien à Santiago. Les deux ministres ont discuté de la "
     "frontière.", [{"Chili", "Pérou"}], {"Santiago"}),
    # three sides named, two told of: not the pact of three
    ("Le Japon a conclu un pacte avec l'Inde et l'Australie. Les deux pays se sont réunis à Tokyo.", [], set()),
]


@pytest.mark.parametrize(("text", "sides", "venues"), GROUP)
def test_the_three_sides_of_a_pact(text: str, sides: list[set[str]], venues: set[str]) -> None:
    """« les trois ministres se sont réunis »: the sides of the talks or the pact of as many sides told before."""
    talks = _talks(text)
    assert (_sides(talks), _venues(talks)) == (sides, venues)


@pytest.mark.parametrize(("text", "modality"), [
    ("La prochaine venue du président chilien à Lima est attendue en mai.", "possible"),
    ("Le Chili envisage d'être en négociation avec le Pérou.", "possible"),
    ("Le ministre a démenti que le Chili soit en pourparlers avec le Pérou.", "denied"),
])
def test_talks_only_planned_or_denied_stay_out(text: str, modality: str) -> None:
    """A visit to come, talks considered or denied keep their modality, out of the answers (queries/negotiations.rq
    keeps asserted and reported talks)."""
    assert [f.modality.value for f in _talks(text)] == [modality]


FIRM = [
    ("Embraer a livré des avions au Chili. Le Portugal a ouvert des discussions avec l'avionneur brésilien.",
     [{"Portugal", "Embraer"}]),
    ("Le groupe Hanwha Aerospace a livré des canons. Des négociations entre la Pologne et le groupe sud-coréen "
     "ont commencé.", [{"Pologne", "Hanwha Aerospace"}]),
    ("Naval Group a livré des frégates à la Grèce. L'Inde a rencontré le constructeur naval français à Paris.",
     [{"Inde", "Naval Group"}]),
    # the government of a state, or a firm of a state the article names no company of, is that state
    ("Embraer a livré des avions au Chili. Le Portugal a ouvert des discussions avec le gouvernement brésilien.",
     [{"Portugal", "Brésil"}]),
    ("Saab a livré des avions au Chili. Le Portugal a ouvert des discussions avec l'avionneur brésilien.",
     [{"Portugal", "Brésil"}]),
]


@pytest.mark.parametrize(("text", "sides"), FIRM)
def test_a_firm_named_by_its_trade_and_state(text: str, sides: list[set[str]]) -> None:
    """« l'avionneur brésilien », « le groupe sud-coréen »: the company of that state the article named last."""
    assert _sides(_talks(text)) == sides


def test_one_who_is_on_a_visit_abroad_makes_talks_with_the_host() -> None:
    """« X est en visite officielle à Y »: the one on a visit, subject of « être en visite », is the visitor."""
    assert _sides(_talks("Le ministre chilien de la Défense est en visite officielle à Canberra.")) == [
        {"Chili", "Australie"}]
    assert _talks("Le ministre chilien de la Défense est en vacances à Canberra.") == []


@pytest.mark.parametrize(("text", "sides", "venues"), [
    ("Les pourparlers Serbie-Kosovo ont repris lundi à Bruxelles.", [{"Serbie", "Kosovo"}], {"Bruxelles"}),
    ("Le dialogue stratégique Inde-Japon se tiendra en mars à Tokyo.", [{"Inde", "Japon"}], {"Tokyo"}),
])
def test_talks_qualified_by_a_compound_of_states(text: str, sides: list[set[str]], venues: set[str]) -> None:
    talks = _talks(text)
    assert _sides(talks) == sides
    assert _venues(talks) == venues


def test_a_compound_of_states_without_talks_is_none() -> None:
    assert _talks("Le match Serbie-Kosovo a eu lieu lundi à Bruxelles.") == []


@pytest.mark.parametrize(("text", "sides", "venues"), [
    ("La ministre ougandaise de la Défense a conduit une délégation à Kigali pour des consultations avec les "
     "autorités rwandaises.", [{"Ouganda", "Rwanda"}], {"Kigali"}),
    ("Le chef d'état-major sénégalais a dirigé une délégation à Bissau pour des entretiens avec les autorités "
     "bissau-guinéennes.", [{"Sénégal", "Guinée-Bissau"}], {"Bissau"}),
    # an operation led with a state's help is no talks
    # a host named by title only, of an army named by its acronym (« des FAN »): the army's state
    ("Le Général de Division, Chef d'Etat-Major des FAN, a reçu, mardi au siège de l'Etat-Major à Niamey, Monsieur "
     "Paolo Rossi, Ministre de la Défense de la République Italienne.", [{"Niger", "Italie"}], {"Niamey"}),
    ("Le général nigérian a conduit une opération contre les rebelles avec l'appui du Tchad.", [], set()),
])
def test_a_delegation_led_somewhere_for_talks(text: str, sides: list[set[str]], venues: set[str]) -> None:
    """« a conduit une délégation à X pour des consultations avec Y »: the one who leads it is a side, the
    city it goes to the venue."""
    talks = _talks(text)
    assert _sides(talks) == sides
    assert _venues(talks) == venues
