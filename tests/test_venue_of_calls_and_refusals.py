"""Where talks are held when the same talks are told again as a call (no dateline holds a call), and whether they
are held when they are only the time of a refusal (« a rejeté la demande après un entretien avec X »). Sentences
written for the purpose."""

from __future__ import annotations

from kg.kinds import Modality
from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_extractors import PUBLISHED


def _talks(text: str) -> list[Fact]:
    talks = [f for f in analyse_text(text, published=PUBLISHED).facts if f.kind == "negotiation"]
    assert talks
    return talks


def _venues(text: str) -> set[str]:
    return {e.label for f in _talks(text) for part in f.parts for e in part.get("place")}


def test_talks_told_again_as_a_call_take_no_dateline() -> None:
    text = ("Titre\nLE CAIRE: Mardi, le président égyptien s'est entretenu séparément avec des dirigeants de "
            "Jordanie et d'Irak.\nLors de ses entretiens téléphoniques avec le roi jordanien et le président "
            "irakien, le président égyptien a évoqué la sécurité régionale.")
    assert not _venues(text)


def test_talks_a_refusal_is_dated_by_are_held() -> None:
    talks = _talks("Titre\nLe président chilien a rejeté ces demandes lundi après un entretien avec le chancelier "
                   "allemand à Santiago.")
    assert [f.modality for f in talks] == [Modality.ASSERTED]
    assert _venues("Titre\nLe président chilien a refusé ces livraisons lundi, lors d'une rencontre avec le "
                   "chancelier allemand à Santiago.") == {"Santiago"}


def test_talks_refused_stay_denied() -> None:
    talks = _talks("Titre\nLe président chilien a refusé une rencontre avec le chancelier allemand à Santiago.")
    assert [f.modality for f in talks] == [Modality.DENIED]
