"""Deals and sums whose sides the sentence leaves unsaid: a deal told in the passive with no side, late in an
article about one pair's visit, is that pair's; a priced deal of one state is with the one foreign firm named just
before; a sum « qui lui sont alloués » is a financing of the speaker's state. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from kg.pipeline import analyse_text

PUBLISHED = dt.date(2025, 6, 2)


def _facts(text: str, title: str = "Titre") -> list[tuple[str, frozenset[str], tuple[int, ...]]]:
    found = analyse_text(f"{title}\n{text}", PUBLISHED).facts
    return [(f.kind, frozenset(e.label for _, e in f.roles), tuple(int(a.value) for a in f.amounts)) for f in found]


VISIT = ("Le président portugais achève sa visite d'État en Norvège",
         "Oslo. Les chefs d'État de la Norvège et du Portugal se sont entretenus mardi à Oslo. "
         "Ils ont aussi évoqué la pêche.\n\nLe roi a salué les liens anciens entre les deux peuples. "
         "Le président a rappelé le rôle des ports dans les échanges.\n\nLes entreprises des deux pays "
         "ont présenté leurs projets. Les échanges de marchandises devraient croître.\n\n")


def test_a_passive_deal_with_no_side_late_in_a_pair_visit_is_the_pair_s() -> None:
    facts = _facts(VISIT[1] + "Pour lutter contre la fraude, un accord d'entraide judiciaire a été signé.", VISIT[0])
    assert ("agreement", frozenset({"Norvège", "Portugal"}), ()) in facts


def test_a_passive_deal_with_no_side_and_no_talks_has_no_parties() -> None:
    facts = _facts("Le port a été modernisé l'an dernier. Un accord d'entraide judiciaire a été signé.")
    assert not [f for f in facts if f[0] == "agreement"]


def test_a_priced_deal_of_one_state_is_with_the_foreign_firm_named_just_before() -> None:
    facts = _facts("Le constructeur suédois Saab a présenté son chasseur à Lima. Le Pérou a signé un contrat d'une "
                   "valeur de 3 milliards de dollars pour 12 avions.")
    assert ("agreement", frozenset({"Pérou", "Saab"}), (3_000_000_000,)) in facts


def test_an_unpriced_deal_of_one_state_takes_no_firm_named_before() -> None:
    facts = _facts("Le constructeur suédois Saab a présenté son chasseur à Lima. Le Pérou a signé un contrat pour "
                   "12 avions.")
    assert not [f for f in facts if f[0] == "agreement"]


def test_a_sum_allocated_to_the_recipient_is_a_financing_of_the_speaker_s_state() -> None:
    facts = _facts("Le Japon a livré deux patrouilleurs aux Philippines. L'ambassadeur japonais a rappelé que son "
                   "pays continuera à soutenir les garde-côtes dans les mois à venir, avec 40 millions de dollars de "
                   "plus qui leur seront alloués.")
    assert ("financing", frozenset({"Japon", "Philippines"}), (40_000_000,)) in facts
