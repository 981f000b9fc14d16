"""Talks brought about by a third party (session 55, round two): « des pourparlers organisés (parrainés) par X »,
where the parser hangs « par X » on the noun of talks, X is no side of them. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import parties_and_places as _found


@pytest.mark.parametrize("text", [
    "La veille, les dirigeants grec et turc s'étaient retrouvés à Bruxelles pour des pourparlers organisés par "
    "l'Union européenne.",
    "Les ministres grec et turc ont participé à Bruxelles à des pourparlers parrainés par l'Union européenne.",
])
def test_the_body_that_organises_talks_is_no_side(text: str) -> None:
    talks = _found(text, "negotiation")
    assert talks and all("Union européenne" not in sides for sides, _ in talks)


def test_the_one_who_leads_talks_stays_a_side() -> None:
    talks = _found("Les négociations menées par la Grèce avec la Turquie ont repris à Ankara.", "negotiation")
    assert [sides for sides, _ in talks] == [{"Grèce", "Turquie"}]


def test_talks_told_as_a_meeting_s_purpose_are_that_meeting() -> None:
    talks = _found("Le ministre grec a rencontré lundi son homologue chypriote. Il a parlé jeudi, au lendemain de la "
                   "rencontre des présidents serbe et croate à Genève pour des négociations.", "negotiation")
    assert sorted(sorted(sides) for sides, _ in talks) == [["Chypre", "Grèce"], ["Croatie", "Serbie"]]
