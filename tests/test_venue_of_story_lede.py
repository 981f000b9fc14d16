"""With no dateline, the city a dispatch's lede puts its story in (« X est, depuis lundi, à V », « une déclaration
adoptée à V à l'issue de leur entretien ») holds the talks told with no venue, before or after it, when it lies in a
side's state, as a dateline does; read on the words before the city, as the parser may break such a sentence. Not
the city of a title (« l'ambassadeur à V ») nor of another time (« qui avait étudié à V »). Sentences written for
the purpose."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import talks_each, talks_told

PUBLISHED = dt.date(2025, 3, 10)


@pytest.mark.parametrize("text, sides, venue", [
    ("Le chancelier autrichien, depuis lundi à Rome pour une visite de deux jours, a été reçu par la présidente du "
     "Conseil italienne. Ils ont évoqué la migration.", {"Autriche", "Italie"}, "Rome"),
    ("La ministre suédoise des Affaires étrangères est, depuis hier, à Oslo. Elle a été reçue par le Premier ministre "
     "norvégien, avec qui elle a évoqué l'Arctique.", {"Suède", "Norvège"}, "Oslo"),
    ("En visite jeudi à Dodoma, le ministre kényan de la Défense a signé un mémorandum sur la sécurité maritime. Il "
     "s'est entretenu avec son homologue tanzanien.", {"Kenya", "Tanzanie"}, "Dodoma"),
])
def test_talks_are_held_where_the_lede_puts_the_story(text: str, sides: set[str], venue: str) -> None:
    assert talks_told(text, PUBLISHED) == talks_each((sides, {venue}))


@pytest.mark.parametrize("text", [
    "L'ambassadeur du Kenya à Kampala a salué la coopération militaire. Le ministre kényan a rencontré jeudi son "
    "homologue ougandais.",
    "Le consul du Kenya à Kampala a salué la coopération. Plus tard, le ministre kényan a rencontré son homologue "
    "ougandais.",
    "Le général ougandais, qui avait étudié à Kampala, a été nommé ministre. Plus tard, le ministre kényan a rencontré "
    "son homologue ougandais.",
])
def test_no_venue_from_a_title_or_another_time(text: str) -> None:
    assert talks_told(text, PUBLISHED) == talks_each(({"Kenya", "Ouganda"}, set()))


@pytest.mark.parametrize("text, sides, venue", [
    ("GENÈVE (AFP) - Le chancelier autrichien, depuis lundi à Rome pour une visite de deux jours, a été reçu par la "
     "présidente du Conseil italienne. Ils ont évoqué la migration.", {"Autriche", "Italie"}, "Rome"),
    ("BRUXELLES (Agence) - La ministre suédoise des Affaires étrangères est, depuis hier, à Oslo. Elle a été reçue par "
     "le Premier ministre norvégien, avec qui elle a évoqué l'Arctique.", {"Suède", "Norvège"}, "Oslo"),
])
def test_a_dateline_of_neither_side_leaves_the_lede_its_place(text: str, sides: set[str], venue: str) -> None:
    """The desk a dispatch is filed from, in a third state, places no talks: the lede's city still does."""
    assert talks_told(text, PUBLISHED) == talks_each((sides, {venue}))
