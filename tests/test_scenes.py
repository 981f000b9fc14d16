"""The article's scene (session 38): talks told with no place of their own, several sentences after talks held in a
city with one side in common, are held there too, as long as no other place is told in between (« X a rencontré à
V son homologue de Y. [...] X s'est ensuite entretenu avec le président de Z »). A call is held nowhere; a city
reached or a state gone to in between ends the scene; talks told as background at another date take no place from
it. Someone found in a city (« X se trouve à V », « X s'est rendu à V ») sets the scene too, for talks one of whose
sides the city lies in. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED

_TIRANA = "Le Premier ministre grec a rencontré lundi à Tirana son homologue albanais. Les deux dirigeants ont " \
    "évoqué la coopération énergétique. Ils ont aussi parlé des migrations et du commerce régional. "
_KIGALI = "Le président kényan s'est entretenu mardi à Kigali avec son homologue rwandais. Les échanges ont porté " \
    "sur la sécurité dans la région des Grands Lacs. Une déclaration commune a été publiée à l'issue des " \
    "discussions. "


@pytest.mark.parametrize(("text", "sides", "venue", "later"), [
    (_TIRANA + "La rencontre a duré une heure. Le Premier ministre grec s'est ensuite entretenu avec le président "
     "monténégrin.", {"Grèce", "Albanie"}, "Tirana", {"Grèce", "Monténégro"}),
    (_KIGALI + "Les deux chefs d'État ont également inauguré une exposition. Le président kényan a ensuite eu un "
     "entretien avec le vice-président ougandais.", {"Kenya", "Rwanda"}, "Kigali", {"Kenya", "Ouganda"}),
    ("La ministre canadienne des Affaires étrangères a rencontré jeudi à Séoul son homologue sud-coréen. Ils ont "
     "discuté de la péninsule et des chaînes d'approvisionnement. La ministre a ensuite visité un chantier naval. "
     "Elle a aussi prononcé un discours devant des étudiants. La ministre canadienne a également rencontré le chef "
     "de la diplomatie australienne.", {"Canada", "Corée du Sud"}, "Séoul", {"Canada", "Australie"}),
])
def test_later_talks_are_held_in_the_scene_set_before(text: str, sides: set[str], venue: str,
                                                      later: set[str]) -> None:
    assert talks_told(text, PUBLISHED) == talks_each((sides, {venue}), (later, {venue}))


@pytest.mark.parametrize(("text", "sides", "venue", "later"), [
    # another city told in between: the scene has moved
    (_TIRANA + "Mardi, il s'est rendu à Skopje. Le Premier ministre grec s'est ensuite entretenu avec le président "
     "monténégrin.", {"Grèce", "Albanie"}, "Tirana", {"Grèce", "Monténégro"}),
    (_KIGALI + "Le lendemain, le président kényan a regagné Nairobi. Il a reçu le vice-président ougandais.",
     {"Kenya", "Rwanda"}, "Kigali", {"Kenya", "Ouganda"}),
    # a call
    (_TIRANA + "La rencontre a duré une heure. Le Premier ministre grec s'est ensuite entretenu au téléphone avec "
     "le président monténégrin.", {"Grèce", "Albanie"}, "Tirana", {"Grèce", "Monténégro"}),
    # talks of another time told as background
    ("Le Premier ministre grec avait rencontré le 3 mars à Tirana son homologue albanais. Les deux dirigeants "
     "avaient évoqué la coopération énergétique. Ils avaient aussi parlé des migrations. La presse avait salué la "
     "rencontre. Le 28 mai, le Premier ministre grec s'est entretenu avec le président monténégrin.",
     {"Grèce", "Albanie"}, "Tirana", {"Grèce", "Monténégro"}),
])
def test_no_venue_from_a_scene_that_moved_for_a_call_or_at_another_time(text: str, sides: set[str], venue: str,
                                                                        later: set[str]) -> None:
    assert talks_told(text, PUBLISHED) == talks_each((sides, {venue}), (later, set()))


_HANOI = "La ministre suédoise des Affaires étrangères s'est rendue jeudi à Hanoï. Elle a visité une usine de " \
    "textile. Elle a aussi déposé une gerbe au mausolée. "


@pytest.mark.parametrize(("text", "sides", "venue"), [
    ("Le ministre portugais de la Défense se trouve à Luanda depuis lundi. Il a visité un hôpital militaire. Il a "
     "ensuite inauguré un centre de formation. Le ministre a aussi rencontré des officiers. Mardi, le ministre "
     "portugais s'est entretenu avec le président angolais.", {"Portugal", "Angola"}, "Luanda"),
    (_HANOI + "La ministre a prononcé un discours à l'université. Vendredi, la ministre suédoise a été reçue par le "
     "Premier ministre vietnamien.", {"Suède", "Vietnam"}, "Hanoï"),
])
def test_talks_are_held_where_someone_was_found_before(text: str, sides: set[str], venue: str) -> None:
    assert talks_told(text, PUBLISHED) == talks_each((sides, {venue}))


@pytest.mark.parametrize(("text", "sides"), [
    (_HANOI + "Vendredi, elle a gagné Bangkok. La ministre suédoise a été reçue par le Premier ministre thaïlandais.",
     {"Suède", "Thaïlande"}),
    (_HANOI + "La ministre a prononcé un discours à l'université. Vendredi, la ministre suédoise s'est entretenue "
     "avec le Premier ministre thaïlandais.", {"Suède", "Thaïlande"}),
])
def test_no_venue_from_a_city_left_or_outside_the_sides_states(text: str, sides: set[str]) -> None:
    told = talks_told(text, PUBLISHED)
    assert [found for found, _venues in told] == [frozenset(sides)]
    assert all("Hanoï" not in venues for _sides, venues in told)
