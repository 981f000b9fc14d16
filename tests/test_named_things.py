"""Names that are no person's or no state's (sentences written for these tests): a name right after a group's noun
names the group; a name the quotation marks enclose whole, after no title, names a work or a nickname; a body's
generic name followed by another state's is that state's; a demonym written apart after a compass word names a
continent's part; the city a text was concluded in stands for no state; a name before an honour noun in
apposition names the honour; a paragraph of two capitalised words is a heading."""

from __future__ import annotations

import pytest

from kg.pipeline import analyse_text


def people(text: str) -> set[str]:
    return {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "Person"}


@pytest.mark.parametrize("group", ["le mouvement rebelle Tigre Noir", "la milice armée Tigre Noir"])
def test_a_name_after_a_group_noun_is_the_group(group: str) -> None:
    found = people(f"Le Chili et le Pérou luttent contre {group}, selon le ministre Jorge Mamani.")
    assert "Tigre Noir" not in found
    assert "Jorge Mamani" in found


def test_a_name_quoted_whole_after_a_preposition_is_a_work() -> None:
    found = people("L'actrice Ana Rojas a été primée pour son rôle dans \"Maria Soto\" au festival de Lima.")
    assert "Maria Soto" not in found
    assert "Ana Rojas" in found


def test_a_quoted_name_after_a_title_is_still_a_person() -> None:
    assert "Maria Soto" in people("Le Pérou a reçu la ministre « Maria Soto » à Lima.")


def test_a_name_set_off_before_an_honour_noun_is_the_honour() -> None:
    found = people("Kagame a également remis à Museveni le Agaciro Umurinzi, la plus haute distinction du Rwanda.")
    assert "Agaciro Umurinzi" not in found


def test_an_article_ends_a_name_the_object_of_the_verb_follows() -> None:
    found = people("Tshering a également remis à Oli le Ratna Bhushan, la plus haute distinction civile du Bhoutan.")
    assert not any("Bhushan" in name for name in found)
    assert "Rodrigo de la Serna" in people("Le ministre Rodrigo de la Serna a parlé.")


def test_a_lowercase_article_after_a_civility_is_the_surname_particle() -> None:
    found = people("M. Pierre-Alain le Guennec, ministre des Armées, a rencontré son homologue à Lima.")
    assert "Pierre-Alain le Guennec" in found
    assert not any("Bhushan" in name for name in people("Le roi a remis à M. Oli le Ratna Bhushan, la plus haute "
                                                         "distinction civile du Bhoutan."))


def test_a_person_an_honour_noun_describes_is_still_a_person() -> None:
    assert "Jean Martin" in people("Sur place, Jean Martin, médaille d'or en 2012, a salué le Premier ministre.")


def test_a_paragraph_of_two_capitalised_words_is_a_heading() -> None:
    found = people("Le ministre Jorge Mamani a reçu trois délégations.\nThèmes Abordés\nLes entretiens ont "
                   "porté sur la formation.")
    assert found == {"Jorge Mamani"}


def states(text: str) -> set[str]:
    return {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "State"}


def test_a_generic_body_of_another_state_is_not_the_one_the_data_knows() -> None:
    found = states("Un conseiller de la présidence de la République du Ghana a visité la Norvège.")
    assert found == {"Ghana", "Norvège"}


@pytest.mark.parametrize("region", ["sud américaines", "latino américaines"])
def test_a_demonym_after_a_compass_word_names_a_region(region: str) -> None:
    assert states(f"Plusieurs marines {region} commandent des frégates à la Norvège.") == {"Norvège"}


@pytest.mark.parametrize("participle", ["signé", "conclu"])
def test_the_city_a_text_was_concluded_in_stands_for_no_state(participle: str) -> None:
    found = states(f"La Norvège détruit ses stocks depuis le traité sur les mines {participle} à Lisbonne.")
    assert found == {"Norvège"}


def test_a_city_of_a_meeting_still_stands_for_its_state() -> None:
    assert "Portugal" in states("La Norvège et le Ghana se sont réunis à Lisbonne.")
