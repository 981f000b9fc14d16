"""Lists of appointments as decrees print them (sentences written for these tests): « le RANG Prénom Nom : Titre ; »
gives each name its rank and the title after the colon, posts of the state the article is about."""

from __future__ import annotations

from tests.conftest import posts_told

ROLE = "https://w3id.org/kg-news/id/role-"


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(holder, post IRI tail or own-words label, org label) of every post fact of a text."""
    return {(p.holder, p.words or p.tail, p.org) for p in posts_told(text, headline=None)}


DECREE = ("Tchad : le gouvernement nomme les chefs de l'armée\n"
          "Le président du Tchad a signé plusieurs décrets. Sont nommés :\n"
          "le Général de Division Idriss Mahamat Goukouni : Secrétaire Général du Ministère de la Défense ;\n"
          "le Colonel-Major Haroun Oumar Abakar : Chef d'état-major de l'Armée de l'Air ;\n"
          "le Colonel Brahim Saleh Tahir : Chef d'état-major de l'Armée de Terre Adjoint.\n")


def test_title_after_the_colon_is_the_named_officer_post() -> None:
    found = posts(DECREE)
    assert ("Idriss Mahamat Goukouni", "secretary-general", "Tchad") in found
    assert ("Haroun Oumar Abakar", "air-force-chief", "Tchad") in found or \
        ("Haroun Oumar Abakar", "colonel", "Tchad") in found
    assert ("Brahim Saleh Tahir", "colonel", "Tchad") in found


def test_compound_ranks_name_their_holders() -> None:
    """« le colonel-major X », « le vice-amiral X », « le général-major X »: ranks in one hyphenated word."""
    found = posts("Titre\nLe vice-amiral Pedro Alcántara Ruiz et le général-major Tomás Quiroga Díaz ont visité "
                  "la base du Pérou.")
    holders = {(holder, post) for holder, post, _ in found}
    assert ("Pedro Alcántara Ruiz", "vice-admiral") in holders
    assert ("Tomás Quiroga Díaz", "major-general") in holders


def test_a_colon_before_a_quote_gives_no_post() -> None:
    """« X : « ... » »: a colon before words quoted is no list of posts."""
    found = posts("Titre\nLe ministre de la Défense du Pérou, Jorge Chávez, a déclaré : « Président de la "
                  "commission, je refuse ».")
    assert {post for _, post, _ in found} == {"minister-of-defence"}


def test_ministry_glued_to_a_name_is_its_minister() -> None:
    """« le ministère de la Défense péruvien Prénom Nom, » (a slip for « ministre »): the name holds the minister's
    post, which « son homologue espagnol, Y » then mirrors."""
    found = posts("Titre\nLe Pérou a signé un contrat. « C'est un grand jour », avait déclaré le ministère de la "
                  "Défense péruvien Jorge Chávez Soto, dans un message avec son homologue espagnol, Manuel García.")
    assert found == {("Jorge Chávez Soto", "minister-of-defence", "Pérou"),
                     ("Manuel García", "minister-of-defence", "Espagne")}


def test_ministry_glued_to_a_name_without_comma_is_no_post() -> None:
    found = posts("Titre\nSelon le ministère de la Défense du Pérou Jorge Chávez a démissionné hier.")
    assert ("Jorge Chávez", "minister-of-defence", "Pérou") not in found


def test_a_rank_in_a_place_name_gives_no_post() -> None:
    """« la caserne Colonel-Major X », « la base aérienne Général X »: places named after someone."""
    assert not posts("Titre\nLes soldats sont rentrés à la base aérienne Général Omar Diallo, près de la capitale.")
