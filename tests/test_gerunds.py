"""Gerunds and participial clauses the tagger misreads (« en négociant », « en dialoguant » taken for nouns), and
present participles that describe the actor before them (« X, livrant des drones à Y »): the fact they state is
read, with the main clause's subject, or the noun they describe, as its subject. Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from kg.extract.participles import verb_of
from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, money, params

GERUNDS = [
    Case("gerund-with-partner-and-object", "Le Pérou a relancé ses exportations en négociant avec le Chili un "
         "nouveau tarif douanier.", "negotiation", {"participant": {"Pérou", "Chili"}}),
    Case("gerund-opening-the-sentence", "Tout en négociant avec la Bolivie, le Paraguay a renforcé sa frontière.",
         "negotiation", {"participant": {"Paraguay", "Bolivie"}}),
    Case("gerund-with-an-adverb", "En négociant seul avec le Chili, le Pérou a irrité ses partenaires.",
         "negotiation", {"participant": {"Pérou", "Chili"}}),
    Case("gerund-with-a-manner", "Le Chili a inquiété ses voisins en négociant en secret avec la Bolivie.",
         "negotiation", {"participant": {"Chili", "Bolivie"}}),
    Case("gerund-of-another-talk-verb", "La Norvège a surpris ses alliés en dialoguant directement avec la "
         "Finlande.", "negotiation", {"participant": {"Norvège", "Finlande"}}),
    Case("gerund-under-a-refusal-is-not-refused", "Le Brésil a suspendu ses exportations en négociant avec "
         "l'Argentine.", "negotiation", {"participant": {"Brésil", "Argentine"}}),
    Case("participial-clause-of-talks", "L'Islande, dialoguant avec le Danemark depuis janvier, a obtenu des "
         "garanties.", "negotiation", {"participant": {"Islande", "Danemark"}}),
    Case("participial-clause-tagged-verb", "Le Chili, négociant depuis des mois avec le Pérou, a fermé sa "
         "frontière.", "negotiation", {"participant": {"Chili", "Pérou"}}),
    Case("participial-clause-of-supply", "L'Inde, fournissant des obus à l'Arménie, s'est attiré les critiques "
         "du Pakistan.", "support", {"supporter": {"Inde"}, "recipient": {"Arménie"}}),
    Case("participial-clause-of-sale", "La Grèce, vendant des frégates à l'Égypte, a irrité la Turquie.",
         "support", {"supporter": {"Grèce"}, "recipient": {"Égypte"}}),
    Case("participial-clause-with-a-date", "La Suède, fournissant des canons à l'Ukraine depuis 2022, a irrité "
         "ses voisins.", "support", {"supporter": {"Suède"}, "recipient": {"Ukraine"}}),
    Case("gerund-of-investment", "Le Japon a aidé l'Ukraine en investissant 2 milliards d'euros dans la "
         "production de munitions.", "financing", {"funder": {"Japon"}, "recipient": {"Ukraine"}},
         amount=money("2000000000", "EUR")),
    Case("gerund-whose-sum-the-tagger-hung-on-the-verb-above", "Le Danemark renforce sa marine en commandant pour "
         "1,2 milliard de couronnes suédoises de missiles à Saab.", "financing",
         {"funder": {"Danemark"}, "recipient": {"Saab"}},
         amount=money("1200000000", "SEK")),
]


@pytest.mark.parametrize("case", params(GERUNDS))
def test_gerunds(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence", [
    "Un négociant en vins du Chili a été arrêté au Pérou.",
    "Les négociants boliviens ont quitté le Pérou.",
    "Le commandant des forces chiliennes a rencontré la presse au Pérou.",
    "Paul Durand, commandant de la flotte chilienne, a visité le port de Lima.",
    "Chaque participant du Chili a reçu un badge au Pérou.",
])
def test_the_noun_stays_a_noun(sentence: str) -> None:
    graph = analyse_text(f"Titre\n{sentence}", published=PUBLISHED)
    assert not [f for f in graph.facts if f.kind != "post"], graph.facts


@pytest.mark.parametrize(("word", "verb"), [
    ("négociant", "négocier"), ("dialoguant", "dialoguer"), ("fournissant", "fournir"), ("finançant", "financer"),
    ("soutenant", "soutenir"), ("produisant", "produire"), ("combattant", None), ("participant", None),
])
def test_the_verb_of_a_participle(word: str, verb: str | None) -> None:
    assert verb_of(word) == verb
