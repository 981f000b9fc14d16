"""A dispatch pasted as it was printed, wrapped at a fixed width, reads as its sentences, not as its lines."""

from __future__ import annotations

from kg.read import parse_article
from tests.conftest import deal_parties, post_states

WRAPPED = """Accord de défense entre le Chili et la Norvège

Le ministre de la
Défense du Chili, Ramón Quispe, et son homologue norvégien, Eirik Lunde, ont signé
mardi à Santiago un accord de coopération militaire qui prévoit des exercices
communs et l'
achat de patrouilleurs.
Les deux pays discutaient depuis deux ans de ce rapprochement, selon un
communiqué publié dans la soirée par le ministère chilien.
"""


def test_a_wrapped_copy_is_joined_back_into_sentences() -> None:
    article = parse_article(WRAPPED, "depeche.txt")
    assert [p.text for p in article.paragraphs[1:]] == [
        "Le ministre de la Défense du Chili, Ramón Quispe, et son homologue norvégien, Eirik Lunde, ont signé mardi "
        "à Santiago un accord de coopération militaire qui prévoit des exercices communs et l'achat de patrouilleurs.",
        "Les deux pays discutaient depuis deux ans de ce rapprochement, selon un communiqué publié dans la soirée par "
        "le ministère chilien."]
    for paragraph in article.paragraphs:  # offsets still point into the text
        assert article.text[paragraph.start:paragraph.start + len(paragraph.text)] == paragraph.text


def test_the_facts_of_a_wrapped_copy_are_those_of_its_sentences() -> None:
    assert frozenset({"Chili", "Norvège"}) in deal_parties(WRAPPED)
    assert post_states(WRAPPED)["Ramón Quispe"] == "Chili"


def test_headings_and_lists_are_not_joined() -> None:
    text = ("Le point sur les commandes\n\nLes contrats signés\nLa Grèce a commandé trois frégates.\n"
            "Les livraisons\nLe Chili a reçu deux patrouilleurs.\nLes prochaines étapes\nRien n'est décidé.\n")
    assert [p.text for p in parse_article(text, "point.txt").paragraphs][1:3] == [
        "Les contrats signés", "La Grèce a commandé trois frégates."]
