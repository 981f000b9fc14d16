"""A bare currency name (« dirhams », « dollars », « couronnes ») is read as the currency of the one state of its
family the article names, or as the explicit currency told before; the hint is read again only when a sentence
names a state the article had not named."""

from __future__ import annotations

from kg.pipeline import analyse_text


def _sums(text: str) -> list[tuple[str, str]]:
    return [(str(a.value), a.currency) for f in analyse_text(text).facts for a in f.amounts]


def test_a_bare_name_takes_the_currency_of_the_state_named_sentences_before() -> None:
    assert ("5000000000", "MAD") in _sums(
        "Le Maroc renforce sa marine\nLe ministre marocain de la Défense s'est rendu à Paris lundi.\n"
        "Les deux pays ont parlé de coopération navale.\n"
        "Le Maroc a signé avec la France un contrat de 5 milliards de dirhams pour deux frégates.\n")


def test_a_bare_name_takes_the_state_named_in_its_own_sentence() -> None:
    assert ("2000000000", "SEK") in _sums(
        "Des chars pour l'armée\nLes discussions ont duré deux ans.\n"
        "La Suède a signé avec la Pologne un contrat de 2 milliards de couronnes pour des chars.\n")


def test_an_explicit_currency_names_its_family_for_the_bare_name_after_it() -> None:
    sums = _sums("Le Canada achète des avions\n"
                 "Le Canada a signé avec la Suède un contrat de 2 milliards de dollars canadiens pour des avions.\n"
                 "Le Canada a ensuite signé avec la Norvège un contrat de 3 milliards de dollars pour des radars.\n")
    assert ("2000000000", "CAD") in sums and ("3000000000", "CAD") in sums
