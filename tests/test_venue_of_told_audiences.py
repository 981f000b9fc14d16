"""The venue of an audience told with a closing verb of saying (« X a reçu lundi à V, la ministre Y, qui effectue une
visite en Z, indique un communiqué »): the city told with the audience, not the state of the visit; a site alone
(« reçu au palais X ») stays the venue. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_extractors import PUBLISHED, Case, check, params

TOLD = [
    Case("closing-communique-after-a-visit", "Le président ghanéen a reçu lundi à Accra, le ministre togolais de la "
         "Sécurité, Kodjo Adedze, qui effectue une visite officielle au Ghana, indique un communiqué de la "
         "présidence.", "negotiation", {"participant": {"Ghana", "Togo"}}, venues={"Accra"}),
    Case("closing-communique-after-a-long-title", "Le président du Ghana a reçu lundi à Accra, la ministre des "
         "Affaires étrangères de la République togolaise, Mme Ama Kodjo, qui effectue une visite officielle au "
         "Ghana, indique un communiqué de la présidence.", "negotiation", {"participant": {"Ghana", "Togo"}},
         venues={"Accra"}),
    Case("closing-source-after-a-visit", "Le Premier ministre zambien a reçu mardi à Lusaka, la ministre kényane de la "
         "Défense, Aden Duale, en visite de travail en Zambie, précise la même source.", "negotiation",
         {"participant": {"Zambie", "Kenya"}}, modality="reported", venues={"Lusaka"}),
    Case("closing-report-after-a-later-trip", "Le président sénégalais a reçu lundi à Dakar, le ministre malien "
         "de la Défense, Sadio Camara, qui se rendra ensuite à Conakry, indique un communiqué de la présidence.",
         "negotiation", {"participant": {"Sénégal", "Mali"}}, venues={"Dakar"}),
    Case("site-alone-stays-the-venue", "Le chef du gouvernement ivoirien a reçu mercredi au Palais de la Primature "
         "le ministre belge des Affaires étrangères, Marc Dubois.", "negotiation",
         {"participant": {"Côte d'Ivoire", "Belgique"}}, venues={"Palais de la Primature"}),
]


@pytest.mark.parametrize("case", params(TOLD))
def test_the_city_told_with_an_audience_is_its_venue(case: Case) -> None:
    check(case)


@pytest.mark.parametrize("sentence, place", [
    # the city of the one met's later trip, of a past stay, of a birthplace is no venue
    ("Le président sénégalais a reçu lundi à Dakar, le ministre malien de la Défense, Sadio Camara, qui se rendra "
     "ensuite à Conakry, indique un communiqué de la présidence.", "Conakry"),
    ("Le ministre tchadien a reçu jeudi à N'Djamena, l'ambassadeur du Japon, Takeshi Ito, né à Osaka, rapporte "
     "l'agence officielle.", "Osaka"),
])
def test_a_place_of_something_else_is_no_venue(sentence: str, place: str) -> None:
    talks = [f for f in analyse_text(f"Titre\n{sentence}", published=PUBLISHED).facts if f.kind == "negotiation"]
    assert talks
    assert place not in {e.label for f in talks for part in f.parts for e in part.get("place")}
