"""Names given as examples of a group (« avec plusieurs pays, dont X », « à de nombreux États, notamment X »)
stand in the group's relation to the fact; and an organisation's name the reference data lack that ends in a
firm's last word (« X Systems ») is a company's, so its deliveries count. Sentences written for these tests."""

from __future__ import annotations

from tests.test_deals import agreements, facts, supplies


def test_a_state_named_as_an_example_of_the_partners_is_a_party() -> None:
    assert agreements("Le Pérou a conclu des accords de défense avec plusieurs pays ces dernières années, dont "
                      "l'Espagne.") == [{"perou", "espagne"}]
    assert agreements("Le Pérou a signé des accords militaires avec de nombreux pays, notamment l'Espagne et "
                      "le Portugal.") == [{"perou", "espagne", "portugal"}]


def test_a_state_named_as_an_example_of_the_recipients_receives() -> None:
    assert supplies("L'Italie a livré des hélicoptères à plusieurs États d'Afrique, parmi lesquels le Ghana.") == \
        {("italie", "ghana")}


def test_a_name_after_dont_that_exemplifies_no_group_stays_out() -> None:
    assert agreements("Le Pérou a signé un accord avec l'Espagne, dont la marine est moderne.") == \
        [{"perou", "espagne"}]
    assert agreements("Le Pérou a signé des accords avec plusieurs pays, dont certains voisins de l'Espagne.") == []


def test_an_unknown_firm_named_with_a_firm_word_supplies_as_a_company() -> None:
    found = facts("La marine péruvienne dispose de six drones, fournis par Andean Marine Systems.", "support")
    assert [[(e.label, e.cls) for e in f.get("supporter")] for f in found] == \
        [[("Andean Marine Systems", "Company")]]
