"""Posts read in a list of delegation members and on a visit's stops (sentences written for these tests): « de X,
le ministre ..., de Y, le directeur ... » gives each title to the name before it; « le ministre ... du pays » after the
subject's demonym is that state's; a rank among peers (« le second ministre ») keeps the name before it; a visit noun
that goes on to a state (« la visite s'est poursuivie au Gabon où il a rencontré son homologue ») sets the
counterpart's state."""

from __future__ import annotations

from tests.conftest import posts


def held(text: str) -> dict[str, set[tuple[str, str | None]]]:
    """Holder -> their (post IRI tail after « role- », org label) pairs."""
    out: dict[str, set[tuple[str, str | None]]] = {}
    for holder, tail, org in posts(text):
        out.setdefault(holder, set()).add((tail, org))
    return out


def test_each_title_of_a_list_goes_to_the_name_before_it() -> None:
    found = held("Le président libanais Michel Karam est arrivé lundi en France. Il était accompagné de Ali Bakri, "
                 "le ministre de la Défense, de Omar Khalil, le directeur du protocole, et de Sami Farouk, le "
                 "président du conseil économique.")
    assert {tail for tail, _ in found.get("Ali Bakri", set())} == {"minister-of-defence"}
    assert {tail for tail, _ in found.get("Omar Khalil", set())} == {"text-directeur-du-protocole"}
    assert {tail for tail, _ in found.get("Sami Farouk", set())} == {"text-president-du-conseil-economique"}


def test_a_chain_of_complements_still_runs_on() -> None:
    found = held("Le ministre de l'Économie, des Finances et du Budget du Togo, Yao Mensah, a signé l'accord.")
    assert any(org == "Togo" for _, org in found.get("Yao Mensah", set()))


def test_the_country_after_a_title_is_the_subjects_demonym() -> None:
    found = held("L'émir qatari s'est déplacé avec une délégation composée du cheikh Hamad Nasser, le ministre "
                 "des Affaires étrangères du pays, et de Ali Marri, conseiller.")
    assert ("minister-of-foreign-affairs", "Qatar") in found.get("Hamad Nasser", set())


def test_a_rank_among_peers_before_a_title_keeps_the_name_before_it() -> None:
    found = held("La délégation était conduite par Pehin Dato Yusof, le second ministre des Affaires étrangères "
                 "de Bruneï, qui préside cette année l'organisation.")
    assert ("minister-of-foreign-affairs", "Brunei") in found.get("Pehin Dato Yusof", set())


def test_the_counterpart_met_on_a_visits_next_stop_serves_that_state() -> None:
    text = ("Le général Jean Dupont, chef d'état-major des armées, s'est rendu au Tchad et au Gabon. Au Tchad, il a "
            "rencontré son homologue le général Paul Abakar. La visite s'est poursuivie au Gabon où il a rencontré "
            "son homologue, le général de division Ali Ndong.")
    assert {org for _, org in held(text).get("Ali Ndong", set())} == {"Gabon"}
