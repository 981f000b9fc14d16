"""A participle of leading (« guidée par », « conduite par ») right after a side's noun names that side's member,
though the parser hangs the participle on the main verb (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import post_states


@pytest.mark.parametrize(("text", "holder", "state"), [
    pytest.param("La Serbie et la Hongrie ont signé un accord portant sur l'octroi à Belgrade d'un prêt, a annoncé "
                 "aux journalistes le président serbe Marko Ilić au terme de négociations avec une délégation "
                 "hongroise guidée par le vice-premier ministre Gábor Szabó.", "Gábor Szabó", "Hongrie",
                 id="participle-after-demonym"),
    pytest.param("Le Kenya a obtenu un prêt, a déclaré aux journalistes le président kényan Daniel Kamau à l'issue "
                 "de discussions avec une délégation chinoise conduite par le vice-premier ministre Li Wen.",
                 "Li Wen", "Chine", id="led-by"),
])
def test_led_delegation_member(text: str, holder: str, state: str) -> None:
    assert post_states(text)[holder] == state


def test_participle_after_no_side_noun_names_no_side() -> None:
    text = ("La Serbie a obtenu un prêt de la Hongrie, a annoncé le président serbe Marko Ilić au terme d'un "
            "processus guidé par le ministre serbe des Finances Petar Jović.")
    assert post_states(text)["Petar Jović"] == "Serbie"
