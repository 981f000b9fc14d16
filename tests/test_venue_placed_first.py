"""The venue the sentence of the talks gives before telling them (« Après avoir signé l'accord à X, le ministre a été
reçu par ... »): the city where it puts someone first, in a side's state; not a home town, a birthplace, a past stay
told in a relative clause. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

FIRST = [
    Case("signed-there-then-received", "Après avoir paraphé la convention à Bamako, le ministre français des Armées a "
         "été reçu en audience par le président malien.", "negotiation", {"participant": {"France", "Mali"}},
         venues={"Bamako"}),
    Case("signed-there-then-met", "Après avoir signé le protocole à Nairobi, la ministre allemande a rencontré son "
         "homologue kényan.", "negotiation", {"participant": {"Allemagne", "Kenya"}}, venues={"Nairobi"}),
    Case("arrived-there-then-received", "Arrivé lundi à Lusaka, le ministre angolais de la Défense a été reçu par le "
         "président zambien.", "negotiation", {"participant": {"Angola", "Zambie"}}, venues={"Lusaka"}),
]


@pytest.mark.parametrize("case", params(FIRST))
def test_the_city_told_first_is_the_venue(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence, place", [
    ("Né à Abidjan, le ministre malien de la Défense a rencontré mardi son homologue ivoirien.", "Abidjan"),
    ("Le président malien, qui s'était rendu à Bouaké en mars, a reçu mardi le ministre ivoirien de la Défense.",
     "Bouaké"),
    ("Le gouverneur de Kayes a rencontré mardi le ministre ivoirien de la Défense.", "Kayes"),
])
def test_a_city_told_first_that_is_no_venue(sentence: str, place: str) -> None:
    facts = analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts
    talks = [f for f in facts if f.kind == "negotiation"]
    assert place not in {e.label for f in talks for part in f.parts for e in part.get("place")}

