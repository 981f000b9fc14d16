"""Names given as examples of a group (« avec plusieurs pays, dont X », « à de nombreux États, notamment X », « vers
20 États, dont X ») stand in the group's relation to the fact; and an organisation's name the reference data lack
that ends in a firm's last word (« X Systems ») is a company's, so its deliveries count; another giver takes no list of
recipients of the supply before. Sentences written for these tests."""

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


def test_states_named_as_examples_of_a_counted_group_each_receive() -> None:
    assert supplies("Pékin poursuit ses livraisons de blindés vers 14 États d'Asie, dont le Laos, le "
                    "Cambodge et le Népal.") == {("chine", "laos"), ("chine", "cambodge"), ("chine", "nepal")}
    assert supplies("L'Espagne a vendu des patrouilleurs à trois pays d'Amérique latine, notamment le Chili et "
                    "l'Uruguay.") == {("espagne", "chili"), ("espagne", "uruguay")}


def test_a_counted_group_of_users_or_critics_receives_nothing() -> None:
    assert supplies("Ces radars, employés par 12 pays dont l'Italie et la Grèce, ont été livrés au Pérou par "
                    "Israël.") == {("israel", "perou")}
    assert supplies("Quinze pays, dont la Suède et la Norvège, ont dénoncé la livraison de chars au Soudan par "
                    "la Chine.") == {("chine", "soudan")}
    assert supplies("La Corée du Sud a livré 40 chars, dont 12 à la Pologne.") == {("coree du sud", "pologne")}


def test_another_giver_takes_no_list_of_recipients_of_the_supply_before() -> None:
    assert supplies("La Turquie a livré des drones à plusieurs pays, dont le Kenya, le Niger et le Togo. Un contrat "
                    "sur l'achat de blindés turcs au Ghana est en cours.") == \
        {("turquie", "kenya"), ("turquie", "niger"), ("turquie", "togo")}
