"""Words that look like a supply or a side but tell none: an aid the sentence itself calls political, a struggle
waged (« les efforts livrés »), a demonym on a rebel movement or an opposition (the state does not act through
them), and firms that win a contract together (one side, not two parties). Sentences written for these tests."""

from __future__ import annotations

from kg.pipeline import analyse_text
from kg.records import Fact

_CONTEXT = "Les chars et les missiles promis sont arrivés la semaine dernière."


def _supplies(text: str) -> set[tuple[str, str]]:
    facts = analyse_text("Armes\n\n" + _CONTEXT + "\n\n" + text).facts
    return {(s.label, r.label) for f in facts if f.kind == "support"
            for s in f.get("supporter") for r in f.get("recipient")}


def _deals(text: str) -> list[Fact]:
    return [f for f in analyse_text("Blindés\n\n" + _CONTEXT + "\n\n" + text).facts if f.kind == "agreement"]


def test_an_aid_said_to_be_political_is_no_military_support() -> None:
    text = "Le ministre a assuré que l'aide turque au Qatar est essentiellement diplomatique et humanitaire."
    assert not _supplies(text)


def test_an_aid_said_to_be_military_stays_a_support() -> None:
    text = "Le ministre a assuré que l'aide turque au Qatar est essentiellement militaire."
    assert ("Turquie", "Qatar") in _supplies(text)


def test_efforts_waged_are_no_delivery() -> None:
    assert not _supplies("Le Pentagone exprimera l'appréciation américaine des efforts égyptiens livrés pour "
                         "combattre les passeurs.")
    assert not _supplies("Le Pentagone exprimera l'appréciation américaine des efforts égyptiens livrés pour "
                         "combattre les passeurs et son engagement aux côtés de l'Égypte.")
    assert ("Pologne", "Égypte") in _supplies("La Pologne a livré des chars de combat à l'Égypte.")


def test_a_demonym_on_rebels_or_a_movement_names_no_recipient() -> None:
    assert not _supplies("La Turquie a livré des missiles aux rebelles syriens.")
    assert not _supplies("Le Qatar a livré des missiles au mouvement islamiste libyen.")
    assert ("Turquie", "Syrie") in _supplies("La Turquie a livré des missiles à l'armée syrienne.")


def test_firms_that_win_a_contract_together_are_no_parties_to_each_other() -> None:
    assert not _deals("Thales et Safran obtiennent un contrat de radars en Grèce.")
    signed = _deals("Thales et Safran ont signé un accord de coopération industrielle.")
    assert [{p.label for p in f.get("party")} for f in signed] == [{"Thales", "Safran"}]
