"""Names the NER reads as people's that name a ship or a newspaper (sentences written for these tests): after a
singular article, after a system's code, after a naming participle of the passive, after a medium's noun, and in a
list a plural article opens; people named with a title, bare in a list or as a passive's subject are kept."""

from __future__ import annotations

from kg.pipeline import analyse_text


def people(text: str) -> set[str]:
    return {e.label for e in analyse_text("Titre\n" + text).mentions.values() if e.cls == "Person"}


def test_a_two_word_name_after_an_article_is_a_ship() -> None:
    found = people("La marine a reçu trois patrouilleurs. Le premier, le Marcel Okando, a été remis en mars à la "
                   "Guinée par le ministre Paul Biya.")
    assert "Marcel Okando" not in found
    assert "Paul Biya" in found


def test_a_name_after_a_system_code_is_a_ship() -> None:
    found = people("La vedette OPV 60 Paul Dansou a été livrée au Bénin, a annoncé Jean Kouassi.")
    assert "Paul Dansou" not in found
    assert "Jean Kouassi" in found
    assert "Amina Sow" not in people("Le chantier a livré au P600 Amina Sow un nouveau radar.")


def test_a_name_given_by_a_passive_naming_participle_is_a_ship() -> None:
    found = people("Le second navire doit être nommé Tevita Lolo et rejoindra Nauru, a dit Marc Ravel.")
    assert "Tevita Lolo" not in found
    assert "Tevita Lolo II" not in people("Il sera livré en juin. Il doit être nommé Tevita Lolo II et est destiné à "
                                          "Nauru.")
    assert "Marc Ravel" in found
    assert "Jean Morel" in people("Jean Morel a été nommé ministre de la Défense du Gabon.")


def test_a_name_after_a_medium_noun_is_the_outlet() -> None:
    found = people("Le ministère, rapporte le journal Marco Pereira, paiera les pièces, a dit Carlos Ruiz.")
    assert "Marco Pereira" not in found
    assert "Carlos Ruiz" in found
    assert "Juan Libre" not in people("Le gouvernement paiera la maintenance, écrit le quotidien Juan Libre.")


def test_names_listed_after_a_plural_article_are_ships() -> None:
    found = people("Il a été suivi par les Tano Vaiti II (Kiribati), Lesoli Rana (Vanuatu), Amoro III (Nauru) et "
                   "Kobe (Palaos).")
    assert not found & {"Amoro III", "Lesoli Rana", "Tano Vaiti II"}
    kept = people("Le roi Abdallah II a ensuite salué Jean Dupont (France) et Marc Lavoie (Canada).")
    assert {"Abdallah II", "Jean Dupont", "Marc Lavoie"} <= kept
    titled = people("Les Présidents Paul Kagamé et Marc Ndayi ont eu ensuite un entretien.")
    assert {"Paul Kagamé", "Marc Ndayi"} <= titled
