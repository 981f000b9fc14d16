"""A name told right after « son homologue <demonym> » is the counterpart's, even where the parser hangs it on the
sentence's subject far before (« Le ministre, qui s'exprimait après une rencontre avec son homologue A-ien X, … »):
the subject then kept a name not its own and the talks had one side only."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text

_OPENING = ("Titre\n\nEn visite à Bakou, le ministre turc de la Défense, Ahmet Kaya, a annoncé mardi une aide à "
            "l'Azerbaïdjan.\n\n")


@pytest.mark.parametrize("name", ["Roustem Kassimov", "Timour Akhmedov"])
def test_a_name_after_a_counterpart_noun_is_the_counterparts(name: str) -> None:
    text = _OPENING + (f"Le ministre, qui s'exprimait après une rencontre avec son homologue azerbaïdjanais {name}, "
                       "a assuré Bakou de la « solidarité » d'Ankara.")
    found = analyse_text(text).facts
    talks = [f for f in found if f.kind == "negotiation"]
    assert [sorted(e.label for e in f.get("participant")) for f in talks] == [["Azerbaïdjan", "Turquie"]]
    posts = {f.get("holder")[0].label: f.get("org")[0].label for f in found if f.kind == "post"}
    assert posts == {"Ahmet Kaya": "Turquie", name: "Azerbaïdjan"}
