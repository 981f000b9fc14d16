"""Names that look like people's but are a force's, a yard's or a technique's (« la filiale X Naval », « les
Inspecteurs des Forces Royales Air », « (Air Independent Propulsion) »), and a title after an ordinal (« Premier
ministre de la Défense à se rendre au Pays, X »): the first defence minister to ..., no head of government
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.test_posts import people, posts


@pytest.mark.parametrize("text", [
    pytest.param("Le chantier a créé la filiale Constanta Naval pour l'Entretien en 2017.", id="branch-naval"),
    pytest.param("Le sous-marin recevra une propulsion anaérobie (Air Independent Propulsion) conçue par un "
                 "laboratoire national.", id="technique-in-brackets"),
    pytest.param("La réunion a eu lieu devant les Chefs des Bureaux de l'Etat-Major Général des FAR et des "
                 "Inspecteurs des Forces Royales Air et de la Garde Royale.", id="force-after-a-title"),
])
def test_a_body_s_or_a_technique_s_name_is_no_person(text: str) -> None:
    assert people(text) == set()


def test_a_person_next_to_a_force_s_name_is_still_read() -> None:
    found = people("Le commandant des Forces Navales, le vice-amiral Tomas Berzins, a visité la filiale Riga Naval.")
    assert "Tomas Berzins" in found
    assert not {name for name in found if name.endswith("Naval")}


@pytest.mark.parametrize(("text", "holder", "state"), [
    pytest.param("Premier ministre de la Défense tchadien à se rendre au Niger depuis 2010, Idriss Mahamat Oumar a "
                 "rencontré son homologue.", "Idriss Mahamat Oumar", "Tchad", id="ordinal-to-infinitive"),
    pytest.param("Première ministre des Armées tchadienne à visiter le Niger, Fatimé Oumar a rencontré son "
                 "homologue.", "Fatimé Oumar", "Tchad", id="feminine-ordinal"),
    pytest.param("Seul ministre de la Défense togolais à avoir servi deux fois, Komi Agbéyomé a reçu la délégation.",
                 "Komi Agbéyomé", "Togo", id="only-one-to-have"),
])
def test_an_ordinal_before_a_minister_s_portfolio_is_no_prime_minister(text: str, holder: str, state: str) -> None:
    found = posts(text)
    assert (holder, "minister-of-defence", state) in found
    assert not {post for _, post, _ in found if post == "prime-minister"}


def test_the_prime_minister_is_still_read() -> None:
    assert ("Albert Pahimi", "prime-minister", "Tchad") in posts(
        "Le Premier ministre tchadien Albert Pahimi a reçu le ministre de la Défense nigérien.")
