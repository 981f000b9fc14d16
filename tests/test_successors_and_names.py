"""Posts read in session 53: a successor holds the post of the one they follow, a head of state's spouse serves that
state, « prince-héritier » and « leader » are titles, a first name
before a firm's one-word name is a person's (« Prénom Firme »), and a bare title of a seat someone narrower holds is no
untitled person's post. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text
from tests.conftest import posts


def test_a_successor_named_after_a_titled_holder_holds_the_same_post_of_the_same_state() -> None:
    text = ("Le Brésil lance un sous-marin\n\nLa cérémonie a eu lieu en présence du président Paulo Souza et de son "
            "successeur Marco Lima, qui prendra ses fonctions le 1er janvier. Le Brésil est fier de ce navire.")
    assert posts(text) == {("Paulo Souza", "president", "Brésil"), ("Marco Lima", "president", "Brésil")}


def test_a_successor_of_a_title_with_no_name_in_the_sentence_gets_no_post() -> None:
    text = ("Les Philippines annulent un contrat\n\nLe ministre Pedro Cruz a assuré que l'ex-président avait décidé "
            "la rupture du contrat avant de passer la main à son successeur Juan Santos. Les Philippines ont annulé "
            "le contrat avec la Russie.")
    assert "Juan Santos" not in {holder for holder, _, _ in posts(text)}


def test_the_first_lady_named_without_a_state_serves_the_state_the_article_is_about() -> None:
    text = ("Le Brésil lance un sous-marin\n\nLe sous-marin a été baptisé par la Première dame, Ana Souza. "
            "Le Brésil en commande trois autres.")
    assert posts(text) == {("Ana Souza", "first-lady", "Brésil")}


@pytest.mark.parametrize("title", ["prince-héritier", "prince héritier"])
def test_crown_prince_with_or_without_a_hyphen(title: str) -> None:
    text = f"L'Arabie saoudite signe\n\nL'accord a été signé par le {title} saoudien, Karim Ibn Hassan, à Jeddah."
    assert posts(text) == {("Karim Ibn Hassan", "crown-prince", "Arabie saoudite")}


def test_leader_is_a_title() -> None:
    text = "La Corée du Nord tire un missile\n\nLe leader nord-coréen Kim Jong-un a supervisé le tir."
    assert posts(text) == {("Kim Jong-un", "leader", "Corée du Nord")}


def test_a_first_name_before_a_firm_named_after_a_family_is_a_person() -> None:
    text = ("La France et les Émirats\n\nLe président français était accompagné d'une importante délégation parmi "
            "laquelle on notait la présence de Serge Dassault.")
    assert "person:Serge Dassault" in analyse_text(text).mentions


def test_the_firm_named_after_a_family_stays_a_firm() -> None:
    text = "La France vend des Rafale\n\nÉric Trappier, PDG de Dassault, a confirmé la vente de Rafale à la Grèce."
    assert posts(text) == {("Éric Trappier", "chief-executive-officer", "Dassault Aviation")}


def test_a_bare_title_of_a_seat_a_narrower_post_fills_goes_to_no_untitled_person() -> None:
    text = ("La Géorgie et l'Azerbaïdjan\n\nLe ministre azerbaïdjanais de la Défense, Ali Hasanov, a reçu Nino "
            "Beridze, ministre géorgienne de la Défense.\n\nLa délégation a rendu hommage à la mémoire de Lela "
            "Kapanadze, célèbre médecin.\n\nLa ministre géorgienne a passé en revue la garde d'honneur.")
    assert "Lela Kapanadze" not in {holder for holder, _, _ in posts(text)}


def test_a_king_among_several_kingdoms_reigns_over_the_one_his_sentence_names() -> None:
    text = ("Le Royaume-Uni et la Jordanie\n\nLe Royaume-Uni vend des avions. La Jordanie envisage d'acheter des "
            "avions de combat, au lendemain d'une rencontre entre le roi Karim ben Talal Al-Hachem et Paul Smith à "
            "Londres. Le Royaume-Uni et la Jordanie discutent.")
    assert ("Karim ben Talal Al-Hachem", "king", "Jordanie") in posts(text)
