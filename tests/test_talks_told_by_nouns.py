"""Session 30: a visit noun with its visitor and a city is talks between the visitor's state and the host's; a
definite title of a state used alone is the person the article named before without a post; talks told in
reported speech with a simple conditional (the future seen from the past) are planned. Sentences written for these
tests, with other names and states than any article."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.test_posts import posts


def test_a_title_alone_names_the_person_named_before_without_a_post() -> None:
    text = ("Aiko Morimoto a salué l'amitié entre les deux peuples. La ministre de la Défense du Japon a déclaré "
            "espérer des progrès rapides.")
    assert ("Aiko Morimoto", "minister-of-defence", "Japon") in posts(text)


@pytest.mark.parametrize("text", [
    # the post is already held in that state by someone else
    "Le ministre de la Défense du Japon Kenta Ono a parlé. Aiko Morimoto a salué l'accord. Le ministre de la "
    "Défense du Japon a déclaré espérer des progrès.",
    # two people named before without a post: which one is not said
    "Aiko Morimoto et Hiroshi Sato ont salué l'accord. La ministre de la Défense du Japon a déclaré espérer des "
    "progrès.",
])
def test_a_title_alone_names_no_one_when_unclear(text: str) -> None:
    assert not any(holder in {"Aiko Morimoto", "Hiroshi Sato"} and post == "minister-of-defence"
                   for holder, post, _ in posts(text))


def _talks(text: str) -> list[tuple[set[str], str, set[str]]]:
    found = analyse_text("Titre\n" + text)
    return [({e.label for e in f.get("participant")}, f.modality.value,
             {e.label for part in f.parts for e in part.get("place")}) for f in found.facts if f.kind == "negotiation"]


def test_the_visit_of_a_person_posted_before_is_talks_with_the_host() -> None:
    text = ("Aiko Morimoto a salué l'amitié entre les deux peuples. La ministre de la Défense du Japon a déclaré "
            "espérer des progrès. La visite d'Aiko Morimoto à Tunis a aussi permis à son homologue tunisien Ali "
            "Ben Salah de confirmer son soutien.")
    assert ({"Japon", "Tunisie"}, "asserted", {"Tunis"}) in _talks(text)


@pytest.mark.parametrize("text", [
    "Mardi, le président kényan a déclaré dans son discours qu'un nouveau cycle de pourparlers entre la Somalie et "
    "l'Éthiopie aurait lieu jeudi.",
    "Le porte-parole a indiqué que des négociations entre la Somalie et l'Éthiopie se tiendraient à Nairobi.",
])
def test_talks_a_past_report_says_would_be_held_are_planned(text: str) -> None:
    assert [m for sides, m, _ in _talks(text) if {"Somalie", "Éthiopie"} <= sides] == ["possible"]


@pytest.mark.parametrize("text", [
    "Le porte-parole a indiqué que des négociations entre la Somalie et l'Éthiopie auraient eu lieu à Nairobi.",
    "Selon le ministre, des négociations entre la Somalie et l'Éthiopie auraient lieu à Nairobi.",
])
def test_the_journalistic_conditional_is_still_reported(text: str) -> None:
    assert [m for sides, m, _ in _talks(text) if {"Somalie", "Éthiopie"} <= sides] == ["reported"]


def test_a_visitor_whose_title_names_the_country_by_an_adjective_comes_from_the_other_state() -> None:
    text = ("La Tunisie et le Japon ont réaffirmé leurs relations de défense lors de la visite du ministre des "
            "Affaires étrangères du pays asiatique à Tunis mardi.")
    assert ({"Japon", "Tunisie"}, "asserted", {"Tunis"}) in _talks(text)


def test_the_host_country_s_official_makes_no_visit() -> None:
    text = ("Le Pérou et la Bolivie ont réaffirmé leurs relations lors de la visite du ministre de la Défense du pays "
            "hôte à Lima.")
    assert _talks(text) == []


@pytest.mark.parametrize("name", ["Ndong Ella Paul", "Mba Obame André"])
def test_a_name_the_ner_runs_into_the_noun_ending_a_long_title_is_its_holder_s(name: str) -> None:
    text = ("Le Gabon a reçu des blindés. La cérémonie était présidée par le ministre Délégué à la Présidence chargé "
            f"de la Défense {name}, en présence de nombreuses autorités.")
    assert any(holder == name and post == "minister-delegate" for holder, post, _ in posts(text))


@pytest.mark.parametrize(("text", "holder", "firm"), [
    ("« Ce radar renforcera la défense du pays », a déclaré Lena Vogel, CEO d'Embraer Defense & Security, dans un "
     "communiqué.", "Lena Vogel", "Embraer"),
    ("Le CEO de Saab, Lars Berg, s'est rendu à Lima.", "Lars Berg", "Saab"),
])
def test_a_ceo_holds_the_post_of_the_firm(text: str, holder: str, firm: str) -> None:
    assert (holder, "chief-executive-officer", firm) in posts(text)


@pytest.mark.parametrize(("text", "venue"), [
    ("Le ministre chilien de la Défense et son homologue péruvien se sont entretenus, mardi, à la base militaire "
     "d'El-Bosque.", "base militaire d'El-Bosque"),
    ("Le ministre chilien de la Défense et son homologue péruvien se sont entretenus mardi à la base navale de "
     "Talcahuano.", "base navale de Talcahuano"),
])
def test_a_named_base_is_the_venue(text: str, venue: str) -> None:
    assert ({"Chili", "Pérou"}, "asserted", {venue}) in _talks(text)


def _people(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {e.label for e in found.mentions.values() if e.cls == "Person"}


def test_names_listed_as_the_sites_of_projects_are_no_people() -> None:
    text = "Le ministre a cité les deux projets de développement à Tamanrit Oulad et à Bir Zamoun."
    assert _people(text) == set()


def test_people_listed_after_a_verb_s_a_stay_people() -> None:
    text = "Le ministre a remis des médailles à Jean Dupont et à Marie Curie."
    assert _people(text) == {"Jean Dupont", "Marie Curie"}


def test_a_bare_title_serves_no_state_the_article_names_only_later() -> None:
    text = ("Le Chili a acheté quatre avions à la Norvège. La cérémonie a eu lieu à Santiago. Le ministre de la "
            "défense, Pablo Ruiz, et le commandant de la marine chilienne, l'amiral Juan Soto, étaient notamment "
            "présents. Les pilotes se trouvent déjà aux États-Unis. Les États-Unis ont approuvé la vente. Washington "
            "veut aussi vendre des F-16 au Chili.")
    assert not any(holder == "Pablo Ruiz" and org == "États-Unis" for holder, _, org in posts(text))
