"""Systems named past a size or a bracketed acronym before « de classe », at the head of a sentence that opens on
their noun, by a long word and a code, or by an acronym after a plural noun; firms named by a former name (the
makers of their systems under that name), that name in brackets after the current one being one firm. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.pipeline import analyse_text
from kg.records import Fact
from tests.test_reference_makers import weapons
from tests.test_told_versions import built_makers

PUBLISHED = dt.date(2025, 6, 2)


def facts(text: str, kind: str) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n{text}", PUBLISHED).facts if f.kind == kind]


def test_a_size_and_a_glossed_acronym_stand_between_the_noun_and_the_class() -> None:
    found = weapons("La marine a commandé six patrouilleurs hauturiers (PHX) de 62 m de classe ZQ62X au chantier.")
    assert "ZQ62X" in found
    assert "ZQ62X" in weapons("La marine a commandé deux frégates de 4 500 tonnes du type ZQ62X.")


def test_a_number_alone_before_the_class_is_no_size() -> None:
    assert "ZQ62X" not in weapons("La marine a commandé des frégates pour 62 de classe ZQ62X.")


def test_a_sentence_opening_on_a_plural_weapon_noun_names_a_system_not_a_person() -> None:
    text = "Chars Leclerc, canons Caesar et hélicoptères Cougar ont été livrés par la France au Qatar."
    analysed = analyse_text(f"Titre\n{text}", PUBLISHED)
    labels = {e.label for e in analysed.mentions.values()}
    assert "char Leclerc" in labels and "Chars Leclerc" not in labels


def test_a_long_word_and_a_code_after_a_weapon_noun_name_a_system() -> None:
    assert "Zorvakor-2K" in weapons("Le pays a acheté des drones Zorvakor-2K à son voisin.")


def test_an_acronym_after_a_plural_weapon_noun_names_a_system_unless_a_category() -> None:
    assert "ZORVA" in weapons("Le pays a acheté des missiles antichars ZORVA à son voisin.")
    assert not weapons("Le pays a acheté des missiles antichars SEAD à son voisin.")


def test_an_acronym_after_a_singular_noun_is_no_system() -> None:
    assert "ZORVA" not in weapons("Le pays a acheté un radar ZORVA à son voisin.")


def test_a_system_of_a_firm_named_by_its_former_name_is_made_under_that_name(tmp_path: Path) -> None:
    makers = built_makers(tmp_path, "La Suisse a écarté l'Eurofighter de l'européen EADS au profit du Rafale.")
    assert ("Eurofighter Typhoon", "EADS") in makers


def test_a_former_name_in_brackets_after_a_firm_is_the_same_firm() -> None:
    text = "Le contrat de 2 milliards d'euros signé avec le Brésil a été remporté par Naval Group (ex-DCNS)."
    parties = [{e.label for e in f.get("party")} for f in facts(text, "agreement")]
    assert {"Naval Group", "Brésil"} in parties
