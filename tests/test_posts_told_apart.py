"""Posts whose holder or state the sentence leaves to the story (sentences written for these tests): the other of
an article's two states for a post beside one of the first's, a definite title with no name that stands for the
one person named before without a post or for the name opening the next sentence, an indefinite title that names
a kind of official rather than the name after it, a counterpart of a post the text does not tell, and the names a
title's words or a place's swallow (« au Premier ministre Prénom al-Nom lors d'un entretien », « au Palais X Son
Altesse Cheikh Prénom Nom »)."""

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
    ("name-glued-to-a-title-before-an-adjunct",
     "Le chef de la diplomatie française Jean Moreau a indiqué au Premier ministre irakien Samir al-Hadithi lors "
     "d'un entretien à Bagdad que la France prêterait 400 millions d'euros.",
     {("Jean Moreau", "minister-of-foreign-affairs", "France"), ("Samir al-Hadithi", "prime-minister", "Irak")}),
    ("counterpart-of-an-untold-post",
     "Le Gabon veut coopérer avec le Koweït. Paul Ndong a été reçu par son homologue koweïtien, Ali Al-Rashid, "
     "avec qui il a échangé sur la coopération.", {("Ali Al-Rashid", "text-homologue", "Koweït")}),
    ("styled-name-inside-a-place",
     "ABOU DHABI, 3 juin 2025 (WAM) - L'émir du Qatar a reçu ce jour au Palais Zaabeel Son Altesse Cheikh Rashid "
     "bin Saif Al Marri, vice-Premier ministre des Émirats arabes unis, en visite officielle au Qatar.",
     {("Rashid bin Saif Al Marri", "deputy-prime-minister", "Émirats arabes unis")}),
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
    ("a-body-glued-to-a-title-is-no-name",
     "La coopération s'est renforcée, a déclaré le directeur de l'Agence Spatiale Européenne lors d'une rencontre à "
     "Paris avec Jean Moreau.", "Spatiale Européenne"),
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


def test_bare_title_with_no_state_is_no_ones() -> None:
    """« le ministre » alone, with no portfolio and no state, names too little to stand for the one name before."""
    text = ("Paul Girard a entamé samedi en Jordanie une tournée qui doit le mener au Liban. Le roi et le ministre ont "
            "discuté de la coopération militaire entre les deux pays.")
    assert "Paul Girard" not in {holder for holder, _, _ in posts(text)}
