"""Posts whose state or holder the context gives (sentences written for these tests): a bare title met by a
visiting head of state, whatever complement the parser hangs it on, serves the state visited; a federal body is a
state's; a title whose complement joins two regions by « et » still reaches its holder after the comma."""

from __future__ import annotations

import pytest

from tests.conftest import posts_told


def posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Holder -> (post label or IRI tail, state or body label) of each post."""
    found: dict[str, list[tuple[str, str | None]]] = {}
    for p in posts_told(text):
        found.setdefault(p.holder, []).append((p.words or (p.iri or "").rsplit("/", 1)[-1], p.org))
    return found


@pytest.mark.parametrize("sentence", [
    "Le président du Kenya, Samuel Otieno, en visite d'État en Ouganda, a rencontré samedi le Premier ministre "
    "Robinah Nabbanja.",
    "Le président de la République du Kenya, Samuel Otieno, en visite d'État en Ouganda, a reçu samedi, à la "
    "résidence lui réservée à Kampala, la capitale du pays, le Premier ministre Robinah Nabbanja.",
])
def test_a_bare_title_a_visiting_head_of_state_meets_serves_the_state_visited(sentence: str) -> None:
    assert posts(sentence)["Robinah Nabbanja"] == [("role-prime-minister", "Ouganda")]


def test_the_visitor_s_own_party_keeps_no_host_state() -> None:
    found = posts("Le président du Kenya, Samuel Otieno, en visite d'État en Ouganda, était accompagné du ministre "
                  "de la Défense Peter Kamau.")
    assert ("role-minister-of-defence", "Ouganda") not in found.get("Peter Kamau", [])


@pytest.mark.parametrize("body", ["du Service fédéral de la coopération technique",
                                  "de l'Agence fédérale des exportations"])
def test_a_federal_body_is_the_state_s_the_sentence_speaks_for(body: str) -> None:
    found = posts(f"Le Brésil a livré des blindés à la Bolivie, a affirmé le chef {body}, Paulo Mendes.")
    assert [state for _post, state in found["Paulo Mendes"]] == ["Brésil"]


def test_a_body_without_a_state_s_qualifier_is_no_state_s() -> None:
    found = posts("Le Brésil a livré des blindés à la Bolivie, a affirmé le chef du Service des ventes, Paulo Mendes.")
    assert [state for _post, state in found.get("Paulo Mendes", [])] in ([None], [])


@pytest.mark.parametrize("regions", ["pour le Proche-Orient et l'Asie centrale",
                                     "pour l'Afrique de l'Ouest et le Sahel"])
def test_a_complement_joining_two_regions_reaches_the_holder(regions: str) -> None:
    found = posts(f"Le ministre a reçu le haut conseiller canadien à la Défense {regions}, le général Mark Hollis.")
    assert any(post.startswith("conseiller canadien") and state == "Canada" for post, state in found["Mark Hollis"])


def test_a_second_title_after_et_is_not_a_region() -> None:
    found = posts("Le ministre de la Défense du Chili et le Premier ministre Juan Soto ont parlé.")
    assert all(not post.startswith("ministre") for post, _state in found["Juan Soto"])


@pytest.mark.parametrize("between", [", respectivement", " respectivement"])
def test_respectively_hands_the_titles_out_in_order(between: str) -> None:
    found = posts(f"Le ministre était entouré de Dr. Luis Perez Garmendia et madame Carla Di Stefano{between} "
                  "directeur de la formation et directrice des relations extérieures.")
    assert [post for post, _state in found["Luis Perez Garmendia"]] == ["directeur de la formation"]
    assert [post for post, _state in found["Carla Di Stefano"]] == ["directrice des relations extérieures"]


def test_respectively_needs_as_many_names_as_titles() -> None:
    found = posts("Le ministre était entouré de Luis Perez Garmendia, respectivement directeur de la formation et "
                  "directrice des relations extérieures.")
    assert all(post != "directrice des relations extérieures" for post, _state in found.get("Luis Perez Garmendia",
                                                                                            []))


def test_an_acronym_in_capitals_after_de_l_names_the_body_of_the_post() -> None:
    found = posts("Côté gabonais, le général de brigade Jean Pierre MBOUMBA, Directeur Général de l'ECOMAPAZ, était "
                  "accompagné du colonel Paul OBAME, Directeur du CENTROPAX.")
    assert ("role-director-general", "ECOMAPAZ") in found["Jean Pierre Mboumba"]
    assert any(org == "CENTROPAX" for _post, org in found["Paul Obame"])


def test_a_bare_title_joined_by_et_shares_the_next_title_s_body() -> None:
    found = posts("Le Hamas a rejeté l'accord. Le vice-président et porte-parole du mouvement, Ramon Ruiz, a "
                  "parlé à la presse.")
    assert sorted(org or "" for _post, org in found["Ramon Ruiz"]) == ["Hamas", "Hamas"]


def test_titles_of_two_holders_share_no_body() -> None:
    found = posts("Le Hamas a rejeté l'accord. Le vice-président Ramon Ruiz et le porte-parole du mouvement, "
                  "Ana Rojas, ont parlé à la presse.")
    assert [org for _post, org in found["Ramon Ruiz"]] == [None]


def test_a_holder_named_with_a_long_rank_serves_the_state_the_article_is_about() -> None:
    """« le commandant des forces spéciales, le général de division D.E.M. pilote X »: a rank with its
    qualifications before the name still tells a post of a state's forces, of the state the story is about."""
    found = posts("L'armée ghanéenne a reçu quatre avions d'entraînement offerts par le Canada. Le Ghana remercie "
                  "ses partenaires. Puis le commandant des forces spéciales, le général de division D.E.M. pilote "
                  "Kwame Asante, a présenté les appareils.")
    assert ("commandant des forces spéciales", "Ghana") in found["Kwame Asante"]


@pytest.mark.parametrize("sentence", [
    "Au troisième jour de sa visite au Portugal, la chancelière autrichienne Eva Gruber a rencontré jeudi le "
    "président Rui Costa puis le ministre de la défense Nuno Sousa.",
    "En visite au Portugal, la chancelière autrichienne Eva Gruber a rencontré jeudi le président Rui Costa et le "
    "ministre de la défense Nuno Sousa.",
])
def test_every_title_a_visitor_meets_in_a_list_serves_the_state_visited(sentence: str) -> None:
    assert ("role-minister-of-defence", "Portugal") in posts(sentence)["Nuno Sousa"]


def test_a_visitors_companion_in_a_list_of_subjects_is_no_host() -> None:
    found = posts("En visite au Portugal, la chancelière autrichienne Eva Gruber et le ministre de la défense "
                  "Hans Berger ont rencontré le président Rui Costa.")
    assert ("role-minister-of-defence", "Portugal") not in found["Hans Berger"]


def test_a_post_without_a_state_never_takes_the_state_of_the_person_met() -> None:
    """« Le ministre X a rencontré le chef d'état-major de la République de Pays Y »: the state the complement names
    is Y's side; X, named by no state, is not given it."""
    found = posts("Le ministre des Affaires étrangères Tomas Varga a rencontré aujourd'hui le chef d'état-major "
                  "général de la Défense nationale de la République de Pologne Jan Kowalczyk. La Pologne et la "
                  "Pologne encore ont été évoquées, et la Pologne reste un partenaire.")
    assert ("role-chief-of-defence-staff", "Pologne") in found["Jan Kowalczyk"]
    assert all(state != "Pologne" for _, state in found["Tomas Varga"])
