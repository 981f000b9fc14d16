"""Posts whose holder or state the sentence leaves to the story (sentences written for these tests): the other of
an article's two states for a post beside one of the first's, a definite title with no name that stands for the
one person named before without a post or for the name opening the next sentence, and an indefinite title that
names a kind of official rather than the name after it."""

from __future__ import annotations

import pytest

from tests.conftest import posts

CASES = [
    ("host-of-a-guest-of-the-other-state",
     "Le général Tran Van Minh, ministre vietnamien de la Défense, a été reçu mardi à Cebu par le ministre de la "
     "Défense Ramon Cruz. Les pêcheurs vietnamiens et les marins philippins se sont croisés. Les autorités "
     "philippines ont remercié les garde-côtes vietnamiens.",
     {("Tran Van Minh", "minister-of-defence", "Vietnam"), ("Tran Van Minh", "general", "Vietnam"),
      ("Ramon Cruz", "minister-of-defence", "Philippines")}),
    ("title-for-the-one-name-told-before",
     "Le Tchad et le Niger ont signé un accord à Ndjamena. Ali Kaba a salué les discussions. Pour le chef de "
     "l'État tchadien, les relations entre les deux pays sont anciennes.",
     {("Ali Kaba", "head-of-state", "Tchad")}),
    ("title-with-no-state-for-the-one-name-told-before",
     "Paul Girard est arrivé à Nouméa. La France veut aider la Nouvelle-Calédonie. Le ministre de l'Intérieur a "
     "promis l'aide de la France aux sinistrés.",
     {("Paul Girard", "minister-of-the-interior", "France")}),
    ("name-opening-the-next-sentence",
     "Le ministre gabonais des Affaires étrangères effectue une visite à Oman. Paul Ndong a été reçu ce lundi par "
     "le sultan. Le Gabon et Oman veulent coopérer.",
     {("Paul Ndong", "minister-of-foreign-affairs", "Gabon")}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_posts_told_apart(text: str, expected: set[tuple[str, str, str | None]]) -> None:
    assert posts(text) == expected


NONE_FOR = [
    ("a-letter-for-the-title-is-not-its-view",
     "Le Tchad et le Niger ont signé un accord à Ndjamena. Ali Kaba a salué les discussions. Une lettre pour le "
     "chef de l'État tchadien a été remise.", "Ali Kaba"),
    ("two-names-told-before",
     "Paul Girard est arrivé à Nouméa. Marc Petit l'a accueilli. Le ministre de l'Intérieur a promis l'aide de la "
     "France aux sinistrés.", "Paul Girard"),
    ("title-told-as-an-object",
     "Les autorités ont évoqué le ministre gabonais des Affaires étrangères. Paul Ndong a été reçu ce lundi par le "
     "sultan. Le Gabon et Oman veulent coopérer.", "Paul Ndong"),
    ("indefinite-title-past-a-preposition",
     "Le Qatar et le Pérou ont signé un accord lors d'une visite à Doha du président péruvien Luis Vargas, la "
     "première d'un chef d'État péruvien dans l'émirat depuis le règne de Tamim Al Thani.", "Tamim Al Thani"),
]


@pytest.mark.parametrize(("text", "person"), [pytest.param(t, p, id=i) for i, t, p in NONE_FOR])
def test_no_post_told(text: str, person: str) -> None:
    assert person not in {holder for holder, _, _ in posts(text)}


def test_no_host_among_three_states() -> None:
    """An article naming a third state as often as the host gives the host's post no state."""
    text = ("Le général Tran Van Minh, ministre vietnamien de la Défense, a été reçu mardi à Cebu par le ministre de "
            "la Défense Ramon Cruz. Les pêcheurs vietnamiens ont été arrêtés par la police thaïlandaise et la police "
            "philippine. Les autorités thaïlandaises et philippines ont parlé.")
    assert {state for holder, _, state in posts(text) if holder == "Ramon Cruz"} == {None}
