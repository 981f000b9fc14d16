"""One person per seat (sentences written for these tests): a title in the singular belongs to the first name
after it only (« limogé par le président X, Y a déclaré »: Y is no president), and a head of state given under one
title (« chef de l'État ») is not handed out again to an untitled person under another (« le président malien »)."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(holder, post name, state label or None) of every post the text gives."""
    return {(p.holder, str(p.iri).rsplit("/", 1)[-1], p.org) for p in posts_told(text)}


def held_by(text: str, holder: str) -> set[str]:
    return {post for who, post, _ in posts(text) if who == holder}


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Nommé pour remplacer Jean Dupont, écarté par le président Lula, Carlos Mendes a rencontré les industriels.",
     "Luiz Inácio Lula da Silva", "Carlos Mendes"),
    ("Le président Macron et Olaf Scholz ont signé un accord à Berlin.", "Emmanuel Macron", "Olaf Scholz"),
    ("Salué par le Premier ministre Kofi Mensah, Ama Owusu a pris ses fonctions à Accra.", "Kofi Mensah",
     "Ama Owusu"),
])
def test_a_singular_title_has_one_holder(text: str, first: str, second: str) -> None:
    assert held_by(text, first)
    assert held_by(text, second) == set()


def test_a_plural_title_is_held_by_every_name_listed() -> None:
    found = posts("Les ministres de la Défense Ana Costa et Rui Mota ont visité la base.")
    assert {who for who, post, _ in found if post == "role-minister-of-defence"} == {"Ana Costa", "Rui Mota"}


@pytest.mark.parametrize("text", [
    "Le colonel Amadou Traoré, chef de l'État du Niger, a reçu Jean Kaboré à Niamey. Le président nigérien a salué "
    "la coopération entre les deux pays.",
    "Le général Paul Sawadogo, président du Burkina Faso, a accueilli Jean Kaboré. Le chef de l'État burkinabè a "
    "rappelé les liens entre les deux pays.",
])
def test_a_head_of_state_seat_once_given_is_no_untitled_persons(text: str) -> None:
    assert held_by(text, "Jean Kaboré") == set()


def test_an_untitled_person_still_takes_a_seat_no_one_holds() -> None:
    found = posts("Jean Kaboré a exprimé son inquiétude. Le président nigérien a déclaré que la situation est grave.")
    assert ("Jean Kaboré", "role-president", "Niger") in found


@pytest.mark.parametrize(("text", "holder", "post"), [
    ("Le président a reçu Ahmed Karim, nommé prince héritier du Maroc l'an dernier.", "Ahmed Karim",
     "role-crown-prince"),
    ("L'émir a ensuite reçu le cheikh Salem Rashid Al-Mansouri, nommé prince héritier du Qatar par l'émir Khalid.",
     "Salem Rashid Al-Mansouri", "role-crown-prince"),
])
def test_an_appointment_to_a_title_opening_with_a_noble_title(text: str, holder: str, post: str) -> None:
    assert post in held_by(text, holder)


def test_an_appointment_past_a_rank_before_the_name() -> None:
    text = "Le roi a nommé le général Omar Haddad chef d'état-major des armées."
    assert "role-chief-of-defence-staff" in held_by(text, "Omar Haddad")


def test_the_agent_after_a_title_holds_only_their_own_title() -> None:
    text = "Le roi a reçu le cheikh Salem Rashid Al-Mansouri, nommé prince héritier du Qatar par l'émir Khalid."
    assert "role-crown-prince" not in held_by(text, "Khalid")


@pytest.mark.parametrize(("text", "counterpart", "wrong"), [
    ("Nommé pour remplacer Jean Dupont, limogé par le président Lula, Carlos Mendes a rencontré son homologue "
     "allemand Klaus Werner.", "Klaus Werner", "role-president"),
    ("La ministre de la Défense Ana Costa, reçue par le président Lula, a ensuite rencontré son homologue brésilien "
     "Paulo Tavares.", "Paulo Tavares", "role-president"),
    # the agent is no person of the reference: their post is mirrored no more than a known one's
    ("La ministre de la Défense Ana Costa, reçue par le président Ribeiro, a ensuite rencontré son homologue "
     "brésilien Paulo Tavares.", "Paulo Tavares", "role-president"),
    ("Reçu par le Premier ministre Varga, le ministre des Affaires étrangères Tomasz Nowak a retrouvé son homologue "
     "hongrois Peter Szabo.", "Peter Szabo", "role-prime-minister"),
])
def test_a_counterpart_mirrors_no_agents_post(text: str, counterpart: str, wrong: str) -> None:
    assert wrong not in held_by(text, counterpart)


def test_a_counterpart_still_mirrors_the_post_told_before() -> None:
    text = "La ministre de la Défense Ana Costa a rencontré son homologue brésilien Paulo Tavares."
    assert "role-minister-of-defence" in held_by(text, "Paulo Tavares")


def test_an_agent_who_faces_the_counterpart_is_mirrored() -> None:
    text = ("L'accord a été annoncé par le ministre grec des Affaires étrangères, Petros Andreou, lors d'une "
            "conférence de presse à Athènes avec son homologue chypriote Andreas Charalambous.")
    assert "role-minister-of-foreign-affairs" in held_by(text, "Andreas Charalambous")
