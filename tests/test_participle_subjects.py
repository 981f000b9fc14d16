"""« Le général X, chef d'état-major, venu à Y, a été reçu par Z »: the parser may hang the subject on the participle
set off by commas and leave the main verb without one; the meeting then had no guest. The subject is the main
verb's, and the place the participle tells is where the talks were held."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


@pytest.mark.parametrize(("sentence", "sides", "venue"), [
    pytest.param("Le 6 janvier dernier, le général d'armée Pierre Dumont, chef d'état-major des armées françaises, "
                 "venu à Yaoundé faire le point sur la coopération, avait été reçu en audience par le Président "
                 "Paul Biya.", ["Cameroun", "France"], "Yaoundé", id="pluperfect-passive"),
    pytest.param("Le général Pierre Dumont, chef d'état-major des armées françaises, venu à Yaoundé, a été reçu en "
                 "audience par le président camerounais Paul Biya.", ["Cameroun", "France"], "Yaoundé",
                 id="passive"),
])
def test_the_subject_set_off_before_a_participle_is_the_main_verbs(sentence: str, sides: list[str],
                                                                  venue: str) -> None:
    talks = [f for f in analyse_text("Titre\n\n" + sentence).facts if f.kind == "negotiation"]
    assert [sorted(e.label for e in f.get("participant")) for f in talks] == [sides]
    assert [p.get("place")[0].label for p in talks[0].parts if p.kind == "venue"] == [venue]
