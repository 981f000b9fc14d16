"""Posts in protocol lists and chained titles (sentences written for these tests): each name takes the title
after its comma, a chained title goes on the same holder's with its state, « ainsi que » ends a title's words,
and a navy's name many states share (« la Marine nationale ») is not France's in an article that names only
another state."""

from __future__ import annotations

from kg.pipeline import analyse_text
from tests.conftest import posts

ROLE = "https://w3id.org/kg-news/id/role-"


def test_a_chained_title_is_the_same_holder_s_and_gives_the_diplomat_its_state() -> None:
    """« X, Ambassadeur Extraordinaire et Plénipotentiaire, Haut Représentant de Pays près Autre »: both posts,
    of the sending state, not of the host."""
    found = posts("Le président tchadien a reçu Son Excellence Monsieur Pierre Martin, Ambassadeur Extraordinaire "
                  "et Plénipotentiaire, Haut Représentant de la République du Cameroun près la République du Tchad.")
    assert ("Pierre Martin", "high-representative", "Cameroun") in found
    assert ("Pierre Martin", "ambassador", "Cameroun") in found


def test_a_lowercase_chained_title_too() -> None:
    found = posts("Le roi a reçu Pierre Martin, ambassadeur extraordinaire et plénipotentiaire, haut représentant "
                  "de la République du Cameroun près le royaume.")
    assert ("Pierre Martin", "high-representative", "Cameroun") in found


def test_a_title_after_an_article_is_not_chained() -> None:
    """« X, ambassadeur, le directeur de Y a dit »: a title with its article starts another phrase."""
    found = posts("Pierre Martin, ambassadeur du Cameroun, et le directeur de la police nationale, Paul Ndi, "
                  "ont inauguré le poste.")
    assert ("Pierre Martin", "ambassador", "Cameroun") in found
    assert not any(holder == "Pierre Martin" and post != "ambassador" for holder, post, _ in found)


def test_ainsi_que_ends_a_title_s_words() -> None:
    """« X, chef d'état-major de Pays ainsi que l'inspecteur général, le colonel Y »: Y holds no chief's post."""
    found = posts("La réunion s'est tenue en présence du Général de Brigade KOFFI Yao, chef d'état-major général "
                  "des Forces armées béninoises ainsi que l'Inspecteur général des Armées, le Colonel AGBO Luc.")
    assert ("Koffi Yao", "chief-of-defence-staff", "Bénin") in found
    assert not any(holder == "Agbo Luc" and post == "chief-of-defence-staff" for holder, post, _ in found)


def states(text: str) -> set[str]:
    found = analyse_text("Titre\n" + text)
    return {e.label for e in found.mentions.values() if e.cls == "State"} | {
        org.label for fact in found.facts if fact.kind == "post" and (org := fact.first("org")) is not None}


def test_a_shared_navy_name_is_not_france_in_an_article_about_another_state() -> None:
    text = ("À Dakar, le chef d'état-major de la Marine nationale, le contre-amiral Abdou Sène, a inauguré une "
            "base navale au Sénégal.")
    assert "France" not in states(text)
    assert ("Abdou Sène", "navy-chief", "France") not in posts(text)


def test_the_shared_navy_name_is_france_s_in_an_article_that_names_france() -> None:
    text = ("La France renforce sa présence dans le Pacifique. Le chef d'état-major de la Marine nationale, "
            "l'amiral Jean Dubreuil, a présenté le plan.")
    assert ("Jean Dubreuil", "navy-chief", "France") in posts(text)
