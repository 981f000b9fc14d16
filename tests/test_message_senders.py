"""The head of state a message is carried from (« porteur d'un message du président X », « une lettre adressée
par le président X ») serves the carrier's state, not the host's (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import posts


@pytest.mark.parametrize(("text", "holder", "state"), [
    pytest.param("Le ministre tchadien des Affaires étrangères est porteur d'un message du président Ali Kaboré "
                 "au chef de l'État nigérien.", "Ali Kaboré", "Tchad", id="carrier-by-demonym"),
    pytest.param("Le ministre malien des Affaires étrangères, Moussa Traoré, a été reçu à Dakar. Il était porteur "
                 "d'un message du président Oumar Sidibé au président sénégalais.", "Oumar Sidibé", "Mali",
                 id="carrier-by-pronoun"),
    pytest.param("Le ministre guinéen Kader Camara a remis une lettre adressée par le président Sékou Bah au "
                 "président ivoirien.", "Sékou Bah", "Guinée", id="letter-sent-by-participle"),
])
def test_message_sender_serves_the_carriers_state(text: str, holder: str, state: str) -> None:
    assert (holder, "president", state) in posts(text)


def test_message_to_a_head_of_state_is_no_sender() -> None:
    text = "Le ministre tchadien Ali Kaboré a remis un message au président Oumar Sidibé, à Bamako."
    assert not any(holder == "Oumar Sidibé" and state == "Tchad" for holder, _, state in posts(text))

