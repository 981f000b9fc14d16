"""Sums, dates and the mentions around them, on sentences written for these tests: a currency names no state,
a bracketed conversion keeps the original sum, « dont N » is a part in the unit before it, a financing keeps
every sum it governs, every kind of fact takes its date, a bare weekday is read with the verb's tense."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from kg.extract.dates import find_dates
from kg.extract.money import find_amounts
from kg.extract.tense import is_future
from kg.nlp import parse
from kg.pipeline import analyse_text
from kg.records import Fact
from tests.conftest import rows, run

WEDNESDAY = dt.date(2025, 3, 12)


def _facts(sentence: str, kind: str, published: dt.date | None = WEDNESDAY) -> list[Fact]:
    return [f for f in analyse_text(f"Titre\n{sentence}", published).facts if f.kind == kind]


def _states(sentence: str) -> set[str]:
    return {e.label for e in analyse_text(f"Titre\n{sentence}").mentions.values() if e.cls == "State"}


def test_a_currency_names_no_state() -> None:
    assert _states("Le groupe pétrolier a dégagé un bénéfice de 12 milliards $ US sur le trimestre.") == set()
    assert _states("Le Chili achète des avions pour 2 milliards de dollars américains.") == {"Chili"}


def test_a_first_name_equal_to_a_capital_is_no_state() -> None:
    assert _states("À la 10e minute, l'ailière Victoria Lambert a marqué un essai.") == set()


def test_a_spaced_symbol_with_its_country_code() -> None:
    [span] = find_amounts("une perte de 4,5 milliards $ CA")
    assert (span.amount.value, span.amount.currency) == (Decimal("4500000000"), "CAD")


def test_any_currency_cldr_knows() -> None:
    [span] = find_amounts("un contrat de 40 milliards de bahts thaïlandais")
    assert (span.amount.value, span.amount.currency) == (Decimal("40000000000"), "THB")


def test_a_currency_told_by_the_one_word_that_names_it_alone() -> None:
    [span] = find_amounts("un programme de 3,5 milliards de ringgits")
    assert (span.amount.value, span.amount.currency) == (Decimal("3500000000"), "MYR")
    assert find_amounts("10 000 gourdes d'eau") == []  # an everyday word is no currency


def test_a_conversion_in_the_same_bare_name_is_the_family_s_other_currency() -> None:
    original, conversion = find_amounts("une aide de 900 millions de dollars néo-zélandais (540 millions de dollars)")
    assert (original.amount.currency, conversion.amount.currency) == ("NZD", "USD")
    assert conversion.conversion
    # a bare name after an explicit one, with no conversion between them, stays the explicit one
    first, later = find_amounts("2 millions de dollars canadiens, puis 3 millions de dollars en mai")
    assert (first.amount.currency, later.amount.currency) == ("CAD", "CAD")


def test_a_bracketed_conversion_keeps_the_original_sum() -> None:
    original, conversion = find_amounts("un prêt de 2 milliards de couronnes danoises (268 millions d'euros)")
    assert (original.amount.value, original.amount.currency) == (Decimal("2000000000"), "DKK")
    assert original.amount.equivalent is not None
    assert (original.amount.equivalent.value, original.amount.equivalent.currency) == (Decimal("268000000"), "EUR")
    assert conversion.conversion
    [loan] = _facts("Le Danemark accordera un prêt de 2 milliards de couronnes danoises (268 millions d'euros) "
                    "à la Lettonie.", "financing")
    assert [(a.value, a.currency) for a in loan.amounts] == [(Decimal("2000000000"), "DKK")]


def test_a_part_after_dont_takes_the_unit_before_it() -> None:
    whole, part = find_amounts("un montant de plus de 5 milliards d'euros, dont 3 pour les seuls navires")
    assert (part.amount.value, part.amount.currency) == (Decimal("3000000000"), "EUR")
    assert whole.amount.approximate
    assert len(find_amounts("un budget de 2 millions d'euros, dont 30 % pour la formation")) == 1


def test_a_financing_keeps_every_sum_it_governs() -> None:
    [aid] = _facts("La Finlande va augmenter de 30 milliards de couronnes suédoises (2,6 milliards d'euros) son "
                   "aide militaire à l'Estonie pour atteindre 45 milliards de couronnes (3,9 milliards d'euros).",
                   "financing")
    assert [(a.value, a.currency) for a in aid.amounts] == [(Decimal("30000000000"), "SEK"),
                                                            (Decimal("45000000000"), "SEK")]


def test_every_kind_of_fact_takes_its_date() -> None:
    [agreement] = _facts("La Suède a signé lundi un accord de défense avec la Finlande.", "agreement")
    assert agreement.start == dt.date(2025, 3, 10)
    [supply] = _facts("L'Allemagne a livré le 4 mars des blindés à la Pologne.", "support")
    assert supply.start == dt.date(2025, 3, 4)
    [loan] = _facts("Le Japon a accordé mardi un prêt de 3 milliards de dollars à la Moldavie.", "financing")
    assert loan.start == dt.date(2025, 3, 11)


def test_a_weekday_is_read_with_the_verbs_tense() -> None:
    [future] = _facts("La Suède signera vendredi un accord de défense avec la Finlande.", "agreement")
    assert future.start == dt.date(2025, 3, 14)
    [going] = _facts("La Suède va signer lundi un accord de défense avec la Finlande.", "agreement")
    assert going.start == dt.date(2025, 3, 17)
    [today] = _facts("La Suède a signé mercredi un accord de défense avec la Finlande.", "agreement")
    assert today.start == WEDNESDAY


@pytest.mark.parametrize(("sentence", "verb", "future"), [
    ("Le Chili maintiendra son aide au Pérou.", "maintiendra", True),
    ("La Norvège acquerra des chars.", "acquerra", True),
    ("Il faudra signer un accord.", "faudra", True),
    ("Le ministre interviendra au sommet.", "interviendra", True),
    ("Nous déclarons notre soutien.", "déclarons", False),
    ("Le ministre déclara la guerre.", "déclara", False),
])
def test_the_future_of_irregular_stems(sentence: str, verb: str, future: bool) -> None:
    [doc] = parse([sentence])
    [token] = [t for t in doc if t.text == verb]
    assert is_future(token) is future


def test_weekday_words() -> None:
    [last] = find_dates("mercredi dernier", WEDNESDAY)
    assert last.first == dt.date(2025, 3, 5) and last.ahead is None
    [coming] = find_dates("mercredi prochain", WEDNESDAY)
    assert coming.first == dt.date(2025, 3, 19)
    [bare] = find_dates("samedi", WEDNESDAY)
    assert (bare.first, bare.ahead) == (dt.date(2025, 3, 8), dt.date(2025, 3, 15))


def test_a_sum_given_for_comparison_is_no_sum_of_the_fact() -> None:
    [loan] = _facts("Le Japon a versé 5 milliards de dollars à la Moldavie, comparativement à 3 milliards de dollars "
                    "un an plus tôt.", "financing")
    assert [(a.value, a.currency) for a in loan.amounts] == [(Decimal("5000000000"), "USD")]


def test_sentences_end_after_a_sum_written_with_a_symbol() -> None:
    [doc] = parse(["Le budget atteint 250 Md€. En 2021, il était moindre. "
                   "M. Martin et Mme Petit en 150 av. J.-C. vivaient."])
    assert [s.text for s in doc.sents] == ["Le budget atteint 250 Md€.", "En 2021, il était moindre.",
                                           "M. Martin et Mme Petit en 150 av. J.-C. vivaient."]


def test_a_scale_and_a_half_in_words() -> None:
    sums = [(s.amount.value, s.amount.currency) for s in find_amounts(
        "un contrat d'un milliard et demi de dollars, puis un autre de deux millions et demie d'euros")]
    assert sums == [(Decimal("1500000000"), "USD"), (Decimal("2500000"), "EUR")]
    assert find_amounts("une ville de deux millions et demi d'habitants") == []


def test_a_sum_told_in_two_scales_adds_its_parts() -> None:
    [deal] = _facts("Le Qatar a signé avec Thales un contrat de plus d'un milliard et 400 millions de riyals pour "
                    "des radars.", "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == [(Decimal("1400000000"), "QAR")]
    sums = [(s.amount.value, s.amount.currency) for s in find_amounts(
        "une commande de 3 milliards 250 millions d'euros, puis une autre de 2 millions 400 000 dollars")]
    assert sums == [(Decimal("3250000000"), "EUR"), (Decimal("2400000"), "USD")]
    # the low end of a range, or a second sum no smaller than the first one's scale, is no part of it
    assert [s.amount.value for s in find_amounts("entre 2 milliards et 2,5 milliards d'euros")] == [
        Decimal("2500000000")]


def test_a_sum_restated_after_soit_in_another_currency_is_its_equivalent() -> None:
    original, conversion = find_amounts("un total de 310,4 millions de dollars, soit 287,5 millions d'euros")
    assert original.amount.equivalent is not None
    assert (original.amount.equivalent.value, original.amount.equivalent.currency) == (Decimal("287500000"), "EUR")
    assert conversion.conversion
    # « soit » in the same currency is a share or a restatement of its own, no conversion
    whole, share = find_amounts("un contrat de 900 millions d'euros, soit 300 millions d'euros par navire")
    assert whole.amount.equivalent is None and not share.conversion


def test_an_agreement_gives_its_sum_and_the_sum_s_equivalent_as_amounts(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Titre\n\nLe Pérou a signé avec Saab un contrat de 3 milliards de couronnes suédoises "
                       "(270 millions d'euros) pour six Gripen.\n", encoding="utf-8")
    graph = tmp_path / "a.ttl"
    assert run("build", str(article), "-o", str(graph), "-q").exit_code == 0
    amounts = {(float(r["amount"]), r["currency"]) for r in rows(graph, "agreements") if "amount" in r}
    assert amounts == {(3e9, "SEK"), (2.7e8, "EUR")}


def test_bare_dirhams_are_the_currency_of_the_one_state_of_dirhams_the_article_names() -> None:
    [deal] = _facts("Le Maroc a signé avec Naval Group un contrat de 4 milliards de dirhams pour deux patrouilleurs.",
                    "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == [(Decimal("4000000000"), "MAD")]
    [deal] = _facts("La Tunisie a conclu avec Saab un contrat de 900 millions de couronnes pour des radars.",
                    "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == []  # no state of crowns named: no currency
    [deal] = _facts("Le Maroc et les Émirats arabes unis ont signé un accord de 2 milliards de dirhams.", "agreement")
    assert deal.amounts == ()  # two states of dirhams: which one is unknown


def test_bare_pesos_are_the_currency_of_the_one_state_of_pesos_the_article_names() -> None:
    [deal] = _facts("La Colombie a signé avec Saab un accord de 12 milliards de pesos pour des avions de combat.",
                    "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == [(Decimal("12000000000"), "COP")]
    [deal] = _facts("Le Chili et l'Argentine ont signé un accord de 2 milliards de pesos.", "agreement")
    assert deal.amounts == ()  # two states of pesos: which one is unknown
    [deal] = _facts("Le Pérou a signé avec Saab un contrat de 3 milliards de soles pour des radars.", "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == [(Decimal("3000000000"), "PEN")]


def test_bare_rupees_and_riyals_are_the_currency_of_the_one_state_of_their_name_the_article_names() -> None:
    [deal] = _facts("Le Sri Lanka a signé avec la Chine un contrat de 40 milliards de roupies pour deux corvettes.",
                    "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == [(Decimal("40000000000"), "LKR")]
    [deal] = _facts("Oman a conclu avec Thales un accord de 300 millions de riyals pour des radars côtiers.",
                    "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == [(Decimal("300000000"), "OMR")]
    [deal] = _facts("L'Inde a signé avec la France un contrat de 25 milliards de roupies pour des radars.", "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == [(Decimal("25000000000"), "INR")]
    # a bare dollar stays the US dollar in a story about another state of dollars
    [deal] = _facts("Le Canada a signé avec Lockheed Martin un contrat de 19 milliards de dollars.", "agreement")
    assert [(a.value, a.currency) for a in deal.amounts] == [(Decimal("19000000000"), "USD")]


def test_a_decimal_comma_followed_by_a_stray_space_before_a_scale_is_one_number() -> None:
    assert [(s.amount.value, s.amount.currency) for s in find_amounts("un prêt de 14, 5 milliards de FCFA")] == \
        [(Decimal("14500000000"), "XOF")]
    assert [s.amount.value for s in find_amounts("une commande de 2, 75 millions d'euros")] == [Decimal("2750000")]
    # a list of numbers, or a year before a comma, keeps its numbers apart
    assert [s.amount.value for s in find_amounts("les tranches 3, 4 et 6 millions d'euros")] == [Decimal("6000000")]
    assert [s.amount.value for s in find_amounts("En 2019, 8 milliards de dollars ont été versés")] == \
        [Decimal("8000000000")]


def test_a_sum_refined_in_a_sentence_of_its_own_is_the_deals() -> None:
    text = ("Titre\nLe Pérou et l'Espagne ont signé un contrat de près de trois milliards d'euros. « Plus précisément, "
            "2,87 milliards d'euros », a ajouté le ministre.")
    [deal] = [f for f in analyse_text(text, WEDNESDAY).facts if f.kind == "agreement"]
    assert (Decimal("2870000000"), "EUR") in {(a.value, a.currency) for a in deal.amounts}


def test_a_refined_sum_with_a_verb_of_its_own_is_no_worth() -> None:
    text = ("Titre\nLe Pérou et l'Espagne ont signé un contrat de trois milliards d'euros. Plus précisément, le Pérou "
            "versera 2 milliards d'euros à la banque.")
    deals = [f for f in analyse_text(text, WEDNESDAY).facts if f.kind == "agreement"]
    assert all((Decimal("2000000000"), "EUR") not in {(a.value, a.currency) for a in d.amounts} for d in deals)
