"""States, people and sums as newsrooms write them (sentences written for these tests): a demonym used as a noun
before a firm's name tells its nationality; a state's name right after a firm's is the firm's branch, not the
state; both ends of a range of money are sums."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.extract.money import find_amounts
from kg.pipeline import analyse_text
from tests.conftest import state_codes

PUBLISHED = dt.date(2025, 6, 2)


@pytest.mark.parametrize(("sentence", "code"), [
    ("La commande ira au groupe italien Fincantieri et à l'allemand Rheinmetall Defence.", "DEU"),
    ("Parmi les candidats figurent le chantier suédois Kockums et le français Naval Group.", "FRA"),
    # the tagger reads this « allemand » as a pronoun
    ("Il s'agit du groupe britannique BAE Systems, de l'allemand ThyssenKrupp Marine Systems (TKMS) et du "
     "gouvernement indien.", "DEU"),
])
def test_a_demonym_before_a_firm_names_its_state(sentence: str, code: str) -> None:
    assert code in state_codes(sentence)


def test_a_state_name_after_a_firm_is_its_branch() -> None:
    codes = state_codes("La modernisation des frégates péruviennes a été confiée à Lockheed Martin Canada.")
    assert "CAN" not in codes
    assert "PER" in codes


@pytest.mark.parametrize("sentence", [
    "Lockheed Martin livrera ses radars au Canada l'an prochain.",
    "Le Canada a choisi Lockheed Martin pour ses radars.",
])
def test_a_state_apart_from_a_firm_is_the_state(sentence: str) -> None:
    assert "CAN" in state_codes(sentence)


@pytest.mark.parametrize(("text", "values"), [
    ("Le coût est estimé entre 1,2 et 1,5 milliard d'euros.", [Decimal("1.5e9"), Decimal("1.2e9")]),
    ("Un contrat de 30 à 40 millions de dollars.", [Decimal("4e7"), Decimal("3e7")]),
])
def test_both_ends_of_a_range_are_sums(text: str, values: list[Decimal]) -> None:
    found = find_amounts(text)
    assert [m.amount.value for m in found] == values
    assert found[1].part


@pytest.mark.parametrize("text", [
    "Entre 2019 et 3 milliards de dollars plus tard, rien n'a changé.",
    "Le prix est passé de 9 à 8 millions de dollars.",
])
def test_no_range_without_a_low_end_below_the_high_one(text: str) -> None:
    assert len(find_amounts(text)) == 1


def test_a_deal_priced_by_a_range_takes_both_ends() -> None:
    text = ("La marine chilienne a signé avec le chantier Damen un contrat de 2 à 3 milliards de dollars pour "
            "quatre frégates.")
    amounts = {a.value for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "agreement"
               for a in f.amounts}
    assert amounts == {Decimal("2e9"), Decimal("3e9")}


def _deal_sums(text: str) -> set[Decimal]:
    return {a.value for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "agreement"
            for a in f.amounts}


@pytest.mark.parametrize("text", [
    "Le Maroc a signé un contrat avec la Turquie pour vingt drones armés. Les experts soulignent l'ampleur de ce "
    "contrat évalué à 3 milliards de dollars.",
    "La Grèce a passé commande à la France de six frégates. Athènes défend le coût de cette commande estimée à "
    "3 milliards de dollars.",
    # the parser hangs the participle on « portée », the noun the deal's noun completes
    "L'Égypte a signé un contrat avec le Pakistan pour trente avions de chasse JF-17. La presse a salué la portée "
    "de ce contrat évalué à 3 milliards de dollars.",
])
def test_a_demonstrative_deal_valued_by_a_participle_takes_the_sum(text: str) -> None:
    assert Decimal("3e9") in _deal_sums(text)


def test_a_valued_thing_that_is_no_deal_prices_nothing() -> None:
    text = ("Le Maroc a signé un contrat avec la Turquie pour vingt drones armés. Les experts soulignent l'ampleur de "
            "ce chantier évalué à 3 milliards de dollars.")
    assert Decimal("3e9") not in _deal_sums(text)


def _people_read(text: str, labelled: list[tuple[str, str]]) -> set[str]:
    """The people read in `text` once its NER entities are `labelled` (text of each, label), as a tagger may err."""
    from spacy.tokens import Span

    from kg.extract.surname_people import people_named_by_surname
    from kg.nlp import model

    doc = model()(text)
    spans = []
    for words, label in labelled:
        at = text.rindex(words) if label == "PER" else text.index(words)  # the name alone comes last
        span = doc.char_span(at, at + len(words), label=label)
        assert span is not None
        spans.append(Span(doc, span.start, span.end, label=label))
    doc.ents = spans
    found = people_named_by_surname([doc], [[]], frozenset({"ministre", "président"}))
    return {m.entity.label for m in found[0] if m.entity.cls == "Person"}


def test_a_full_name_read_as_a_thing_is_the_person_named_alone_elsewhere() -> None:
    text = "Arvid Kolstad est arrivé à Oslo. Selon Kolstad, la visite durera deux jours."
    assert _people_read(text, [("Arvid Kolstad", "MISC"), ("Kolstad", "PER")]) == {"Arvid Kolstad"}


@pytest.mark.parametrize(("text", "labelled"), [
    # no one named so alone: a thing's name
    ("Nordic Kolstad est arrivé à Oslo. Selon Brekke, la visite durera deux jours.",
     [("Nordic Kolstad", "ORG"), ("Brekke", "PER")]),
    # a firm's word in the name
    ("Kolstad Systems a livré des radars. Selon Kolstad, la livraison est finie.",
     [("Kolstad Systems", "ORG"), ("Kolstad", "PER")]),
    # an article before: a team's nickname
    ("Les Faucons ont gagné la finale. Selon Faucons, le match était serré.",
     [("Les Faucons", "MISC"), ("Faucons", "PER")]),
    # a title in the name
    ("Ministre Kolstad est arrivé à Oslo. Selon Kolstad, la visite durera deux jours.",
     [("Ministre Kolstad", "MISC"), ("Kolstad", "PER")]),
])
def test_no_person_without_the_name_told_alone_or_with_a_thing_word(text: str,
                                                                   labelled: list[tuple[str, str]]) -> None:
    assert _people_read(text, labelled) == set()
