"""A palace or a headquarters told right after the one met (« a reçu mardi le ministre X au palais présidentiel »,
« reçu par le président au palais Y »), which the parser hangs on them: where the talks are held, as a site hung on
the verb is; a common noun with no holder or name after it places nothing. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.conftest import talks_each, talks_told
from tests.test_extractors import PUBLISHED


@pytest.mark.parametrize(("text", "site"), [
    ("Le président péruvien a reçu mardi le ministre chilien de la Défense au palais présidentiel.",
     "palais présidentiel"),
    ("Le ministre chilien de la Défense a été reçu mardi par le président péruvien au Palais de Pizarro.",
     "Palais de Pizarro"),
])
def test_a_site_after_the_one_met_is_where_the_talks_are_held(text: str, site: str) -> None:
    assert talks_told(text, PUBLISHED) == talks_each(({"Chili", "Pérou"}, {site}))


def test_a_site_after_the_one_met_with_no_holder_or_name_places_nothing() -> None:
    text = "Le président péruvien a reçu mardi le ministre chilien de la Défense au palais du gouvernement."
    assert talks_told(text, PUBLISHED) == talks_each(({"Chili", "Pérou"}, set()))
