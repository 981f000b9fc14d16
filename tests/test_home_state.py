"""The state an article with no dateline is told from (sentences written for these tests): national press titles its
own officials by no state and every foreign one by theirs; the one state it names with no title's state, together
with one that qualifies a title, is the home of its officials titled by no state. None for a newsroom that names
both sides' states, or for a state named in passing."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def posts(text: str) -> dict[str, list[str]]:
    """Holder -> the labels of the states or bodies of their posts."""
    return {h.label: [o.label for o in f.get("org")] for f in analyse_text(text).facts if f.kind == "post"
            for h in f.get("holder")}


@pytest.mark.parametrize(("text", "holder", "state"), [
    ("Le ministre reçu par le président du Sénégal\nLe ministre des Affaires étrangères, Karim Benali, a été reçu "
     "mardi par le président du Sénégal, Amadou Ba. Les deux hommes ont évoqué les relations entre la Tunisie et le "
     "Sénégal. Le président du Sénégal a salué la qualité de la coopération.", "Karim Benali", "Tunisie"),
    ("Visite à Oulan-Bator\nLe ministre de la Défense, Arnas Petraitis, a été reçu jeudi par le Premier ministre de "
     "la Mongolie, Batbold Ganzorig. Ils ont parlé de la coopération entre la Lituanie et la Mongolie. Le Premier "
     "ministre de la Mongolie a évoqué l'économie.", "Arnas Petraitis", "Lituanie"),
])
def test_the_home_s_official_is_titled_by_no_state(text: str, holder: str, state: str) -> None:
    """The guest's host is named with his state, the article's own official with none: the state paired with the
    host's is the official's."""
    assert posts(text)[holder] == [state]


def test_a_state_named_in_passing_is_no_home() -> None:
    """A third state the article speaks of, paired with none whose official it names, gives no post."""
    text = "Le ministre reçu par le président du Sénégal\nLe ministre des Affaires étrangères, Karim Benali, a été " \
        "reçu mardi par le président du Sénégal, Amadou Ba. Ils ont parlé de la crise en Libye. Le président du " \
        "Sénégal a salué la qualité de la coopération."
    assert posts(text)["Karim Benali"] == []


def test_a_state_named_twice_as_a_place_or_a_topic_is_no_home() -> None:
    """« la crise en Libye », « la Libye reste divisée »: a topic named once as an actor is no one's home."""
    text = "Coopération militaire\nLe ministre de la Défense, Jean Kaboré, a reçu mardi l'ambassadeur de Chine, Li " \
        "Wei. La Chine veut vendre des drones. La Chine propose des blindés. Ils ont évoqué la crise en Libye. La " \
        "Libye reste divisée."
    assert posts(text)["Jean Kaboré"] == []


def test_a_state_told_twice_beside_the_guests_is_home() -> None:
    """The guests' states qualify their titles; the one other state, told twice as an actor, is the host's."""
    text = "Coopération militaire\nLe ministre de la Défense, Jean Kaboré, a reçu mardi l'ambassadeur de Chine, Li " \
        "Wei, puis l'ambassadeur de l'Inde, Raj Kumar. L'Inde forme l'armée du Burkina Faso. Le Burkina " \
        "Faso attend des camions de la Chine. L'Inde veut aussi aider."
    assert posts(text)["Jean Kaboré"] == ["Burkina Faso"]


def test_a_newsroom_naming_both_sides_states_has_no_home() -> None:
    """« le président sénégalais » and « le ministre tunisien »: each side placed, no home guessed for a third."""
    text = "Le ministre reçu par le président du Sénégal\nLe ministre tunisien des Affaires étrangères, Karim " \
        "Benali, a été reçu mardi par le président du Sénégal, Amadou Ba, en présence du conseiller Moussa Diop. " \
        "Ils ont parlé des relations entre la Tunisie et le Sénégal."
    assert posts(text)["Karim Benali"] == ["Tunisie"]


def test_a_third_state_a_newsroom_names_less_than_both_sides_is_no_home() -> None:
    """Both sides named by their states, a third state paired with one of them and named less than either: a
    bystander, not the home of an official titled by no state."""
    text = "Visite à Ankara\nLe président tchadien, Idriss Mahamat, a reçu le ministre turc des Affaires étrangères, " \
        "Kemal Aydin, en présence du ministre de la Défense, Ali Brahim. La Turquie et la Libye sont voisines en " \
        "mer. Le Tchad veut des drones. La Turquie vend des drones. Le Tchad et la Turquie sont amis."
    assert "Libye" not in posts(text)["Ali Brahim"]
