"""Contracts between a state and a maker: a contract (or a priced deal) a state signs with a company is the
company's sale to it, for the company's home state; a deal for a service, a loan, an unpriced « accord » or a
purchase from a firm of the state's own is none. The one quoted words about a deal are given to (a news agency)
is no party of it; a seller noun with its demonym (« le groupe allemand X ») names one partner, so the subject
of « vient de signer » still signs; words an editor adds in square brackets read as in parentheses."""

from __future__ import annotations

from tests.test_deals import agreements, supplies


def test_a_contract_a_state_signs_with_a_maker_is_the_maker_s_sale() -> None:
    text = ("Le Kenya vient de signer un contrat d'un montant de 80 millions d'euros avec le groupe allemand "
            "Rheinmetall.")
    assert agreements(text) == [{"kenya", "rheinmetall"}]
    assert supplies(text) == {("allemagne", "kenya")}
    text = "Le Chili a conclu un accord de 120 millions de dollars avec la firme suédoise Saab."
    assert supplies(text) == {("suede", "chili")}


def test_a_deal_with_a_maker_for_a_service_a_loan_or_at_home_sells_nothing() -> None:
    assert supplies("Le Pérou a signé un contrat de maintenance de 30 millions d'euros avec le groupe Saab.") == set()
    assert supplies("Le Maroc a conclu un contrat de 9 millions d'euros avec Thales pour la formation de pilotes.") \
        == set()
    assert supplies("Le Ghana a signé un accord avec le groupe italien Leonardo.") == set()
    assert supplies("La Suède a signé un contrat de 300 millions d'euros avec Saab.") == set()
    text = "Le Pérou vient de signer un contrat d'étude de 5 millions d'euros avec le groupe français Thales."
    assert agreements(text) == [{"perou", "thales"}]
    assert supplies(text) == set()


def test_a_deal_placed_with_the_maker_of_the_systems_ordered_sells_no_more_than_the_order() -> None:
    text = "Après une commande de douze hélicoptères H145M, la Croatie a annoncé vouloir des chars."
    assert all(fold_label != "airbus" for fold_label, _ in supplies(text))


def test_the_subject_of_vient_de_signer_signs_with_a_maker_its_demonym_qualifies() -> None:
    assert agreements("La Colombie vient de signer un contrat avec le groupe suédois Saab.") == [{"colombie", "saab"}]


def test_the_agency_quoted_words_about_a_deal_are_given_to_is_no_party() -> None:
    text = ("L'agence Reuters a publié la nouvelle. « C'est le premier contrat d'armement que l'Espagne a signé avec "
            "un pays d'Asie », a souligné Reuters.")
    assert all("reuters" not in parties for parties in agreements(text))


def test_words_in_square_brackets_read_as_in_parentheses() -> None:
    text = ("Le journal Expresso a révélé que le Portugal venait de commander huit chars [lourds] Leopard 2A8 auprès "
            "du groupe KNDS, dans le cadre d'un accord entre gouvernements.")
    assert agreements(text) == [{"knds", "portugal"}]


def test_a_deal_told_as_the_one_before_is_a_deal_of_its_own() -> None:
    text = ("Le Ghana commande un second lot de dix blindés Cobra au turc Otokar. Le contrat fait suite à un "
            "précédent accord, daté de 2019, qui avait été un succès pour le fabricant.")
    assert len(agreements(text)) == 2
    text = ("Le Kenya commande six patrouilleurs au chantier français Piriou. Ils seront livrés en 2027. Le contrat "
            "fait suite à un précédent accord, signé en 2020, qui avait été un succès pour le chantier.")
    assert agreements(text) == [{"kenya", "piriou"}, {"kenya", "piriou"}]
