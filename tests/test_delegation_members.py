"""The members a delegation lists after a title that names their state serve it, past each title's own complement;
a holder named with a nickname in quotation marks, after « nouvel », or after an abbreviation's full stop; a
ministry's name shared by several states; a member a participle lists (« une délégation de X composée du ministre
Y ») (sentences written for these tests)."""

from __future__ import annotations

from kg.pipeline import analyse_text, reference_index
from tests.conftest import post_states

ABOUT_HOST = "Le Pérou accueille. Le Pérou a signé. Le Pérou construit. Lima a confirmé. "


def test_members_listed_past_their_titles_complements_serve_the_first_ones_state() -> None:
    states = post_states(ABOUT_HOST + "La délégation comprend l'ambassadeur de Bolivie au Pérou, Carlos Mamani, "
                         "le secrétaire d'État aux Achats de Défense, le général Jorge Quispe, le directeur "
                         "national de la planification militaire, le colonel Luis Condori, outre l'attaché de "
                         "défense à Lima, le commandant Ramiro Choque.")
    assert states["Jorge Quispe"] == "Bolivie"
    assert states["Luis Condori"] == "Bolivie"
    assert states["Ramiro Choque"] == "Bolivie"


def test_a_verb_between_two_titles_still_breaks_the_list() -> None:
    states = post_states(ABOUT_HOST + "L'ambassadeur de Bolivie au Pérou, Carlos Mamani, a rencontré le directeur "
                         "national de la planification, Luis Condori.")
    assert states.get("Luis Condori") != "Bolivie"


def test_a_holder_named_with_a_nickname_in_quotation_marks() -> None:
    states = post_states(ABOUT_HOST + "Le ministre bolivien de la Défense, des Frontières et de la Mer, Carlos "
                         "Mamani Quispe « Tigre », est arrivé lundi à Lima.")
    assert states["Carlos Mamani Quispe"] == "Bolivie"


def test_a_new_posts_holder_and_an_acting_diplomat_s_embassy() -> None:
    states = post_states(ABOUT_HOST + "Le commandant Luis Condori, nouvel attaché de défense de l'ambassade de "
                         "Bolivie au Pérou, a été reçu. Ramiro Choque, chargé d'affaires a.i. de l'ambassade "
                         "du Chili au Pérou, était présent.")
    assert states["Luis Condori"] == "Bolivie"
    assert states["Ramiro Choque"] == "Chili"


def test_a_ministry_whose_name_opens_another_state_s_ministry_s_name_is_shared() -> None:
    """« ministère des Armées, des Anciens combattants et ... »: the reference data's longer name of another
    state's ministry makes « ministre des Armées » no longer one state's alone."""
    exact, sharing = reference_index().gaz.ministry_states["ministre des armees"]
    assert exact is not None and exact.endswith("state-FRA")
    assert len(sharing) > 1


def test_a_ministry_s_own_name_still_names_its_state_in_an_article_about_none_that_shares_it() -> None:
    assert post_states(ABOUT_HOST + "Le ministre des Armées, Jorge Quispe, a visité la base.")["Jorge Quispe"] \
        == "France"


def test_a_holder_named_after_mr_written_without_its_full_stop() -> None:
    states = post_states(ABOUT_HOST + "Étaient présents l'ambassadeur de Bolivie au Pérou, Mr Carlos Mamani, et le "
                         "directeur général de Thales, Mr Jorge Quispe.")
    assert states["Carlos Mamani"] == "Bolivie"
    assert states["Jorge Quispe"] == "Thales"


def test_a_plural_title_s_second_complement_names_the_second_holder_s_post() -> None:
    found = analyse_text("Titre\nLes ministres des affaires étrangères du Chili, Carlos Mamani, et de l'intérieur "
                         "de la Bolivie, Jorge Quispe, se sont réunis à Lima.")
    posts = {(f.first("holder").label, f.attr("post_label") or f.attr("post"), f.first("org").label)
             for f in found.facts if f.kind == "post"}
    assert ("Jorge Quispe", "ministre de l'intérieur", "Bolivie") in posts
    assert any(holder == "Carlos Mamani" and state == "Chili" for holder, _, state in posts)


def test_a_post_named_by_another_of_its_names_with_the_same_head_keeps_the_article_s_words() -> None:
    found = analyse_text("Titre\n" + ABOUT_HOST + "Le ministre a reçu l'attaché militaire de Bolivie, Luis "
                         "Condori.")
    forms = {f.attr("post_form") for f in found.facts if f.kind == "post" and f.first("holder").label ==
             "Luis Condori"}
    assert "attaché militaire" in forms


TWO_STATES = "La Colombie et l'Équateur discutent. La Colombie veut la paix et l'Équateur aussi. "


def test_a_member_listed_by_a_participle_serves_the_delegation_s_state() -> None:
    """« une délégation de l'Équateur composée du ministre X », the title hung by the parser on the state's name."""
    found = post_states(TWO_STATES + "Une délégation de l'Équateur composée du ministre des Finances Pablo Vera est "
                                     "arrivée.")
    assert found["Pablo Vera"] == "Équateur"


def test_a_minister_the_delegation_meets_is_not_its_member() -> None:
    found = post_states(TWO_STATES + "Une délégation de l'Équateur a rencontré le ministre des Finances Pablo Vera.")
    assert found.get("Pablo Vera") != "Équateur"
