"""Write ontology/lexicon/currencies.tsv: French currency names (CLDR, via babel) -> ISO 4217 codes; and
ontology/lexicon/state-currencies.tsv: the currency (CLDR) of each state whose bare currency name others share.

Run: .venv/bin/python ontology/src/make_currencies.py   (needs the `data` extra: pip install -e '.[data]')
"""

from __future__ import annotations

import re
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

OUT = Path(__file__).resolve().parents[1] / "lexicon" / "currencies.tsv"
STATE_OUT = OUT.with_name("state-currencies.tsv")
STATES = Path(__file__).resolve().parents[1] / "reference" / "states.ttl"
# Currencies the press names; the rest of ISO 4217 rarely appears in defence news.
CODES = frozenset({
    "EUR", "USD", "GBP", "CHF", "NOK", "SEK", "DKK", "ISK", "CZK", "PLN", "HUF", "RON", "BGN", "UAH", "RUB",
    "BYN", "TRY", "ILS", "IRR", "SAR", "AED", "QAR", "KWD", "EGP", "JPY", "CNY", "KRW", "KPW", "TWD", "INR",
    "PKR", "AUD", "CAD", "NZD", "BRL", "MXN", "ZAR", "NGN", "DZD", "MAD", "TND", "AMD", "AZN", "GEL", "KZT",
})
# Bare names the article resolves from its last explicit currency of the same family.
FAMILIES = {"couronne": "couronne", "couronnes": "couronne", "dollar": "dollar", "dollars": "dollar",
            "livre": "livre", "livres": "livre", "franc": "franc", "francs": "franc", "dinar": "dinar",
            "dinars": "dinar", "rial": "rial", "riyal": "riyal", "riyals": "riyal", "roupie": "roupie",
            "roupies": "roupie", "dirham": "dirham", "dirhams": "dirham", "peso": "peso", "pesos": "peso",
            "fcfa": "cfa", "f cfa": "cfa", "franc cfa": "cfa", "francs cfa": "cfa"}
DEFAULTS = {"dollar": "USD", "livre": "GBP", "franc": "CHF", "couronne": "?", "dinar": "?", "rial": "IRR",
            "riyal": "SAR", "roupie": "INR", "dirham": "?", "peso": "?", "cfa": "XOF"}
# Currencies of one name and two zones (« franc CFA (BEAC) », « franc CFA (BCEAO) »): CLDR's bracketed names are kept;
# the bare name is the zone of the state the article names (state-currencies.tsv), else the default above (the West
# African franc: the wider zone, eight states against six).
ZONES = frozenset({"XAF", "XOF"})
# Families whose bare name is read as the currency of the one state of the family an article names (« 50 milliards de
# roupies » in an article on Pakistan); a bare « dollars », « livres », « francs » stays the default wherever the
# story is (the press prices deals in US dollars, and in pounds or Swiss francs, abroad too).
STATE_FAMILIES = frozenset({"couronne", "dinar", "dirham", "peso", "cfa", "roupie", "riyal"})
# Heads of currency names that are everyday French words (« 10 000 gourdes », « de l'or »), never bare names.
EVERYDAY_WORDS = frozenset({"or", "gourde", "gourdes", "sol", "sols"})
SYMBOLS = {"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "md€": "EUR",
           "mds€": "EUR", "m€": "EUR", "md$": "USD", "m$": "USD"}


def main() -> None:
    fr = Locale("fr")
    rows: dict[str, str] = {}
    for code in sorted(CODES):
        rows[code.lower()] = code
        for count in (1, 2):
            rows[get_currency_name(code, count=count, locale=fr).lower()] = code
        symbol = get_currency_symbol(code, locale=fr)
        if symbol != code:
            rows.setdefault(symbol.lower(), code)
    rows.update({"livre sterling": "GBP", "livres sterling": "GBP", "euro": "EUR", "euros": "EUR",
                 "dollar américain": "USD", "dollars américains": "USD", "dollar us": "USD", "dollars us": "USD"})
    # bare names that are not ambiguous in the press
    rows.update({"yen": "JPY", "yens": "JPY", "yuan": "CNY", "yuans": "CNY", "rouble": "RUB", "roubles": "RUB",
                 "zloty": "PLN", "zlotys": "PLN", "hryvnia": "UAH", "hryvnias": "UAH", "shekel": "ILS",
                 "shekels": "ILS", "won": "KRW", "wons": "KRW", "forint": "HUF", "forints": "HUF",
                 "naira": "NGN", "nairas": "NGN", "rand": "ZAR", "rands": "ZAR", "réal": "BRL", "réals": "BRL",
                 "reais": "BRL", "soles": "PEN"})
    rows.update(SYMBOLS)
    # every other currency CLDR knows, by its French names only (its code or symbol may be a common word)
    for code in sorted(fr.currencies):
        if code not in CODES and len(code) == 3:
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=fr).lower()
                # no test or former units (their names hold brackets or digits), but the zones' names
                if name != code.lower() and (code in ZONES or not any(c in name for c in "()0123456789")):
                    rows.setdefault(name, code)
    # « 30 milliards $ US », « 2 M$ CA »: a symbol and its country code written apart
    for form, code in list(rows.items()):
        if form.startswith("$") and form[1:].isalpha():
            rows.setdefault(f"$ {form[1:]}", code)
    rows.update({head: code for head, code in _unique_heads(fr).items() if head not in rows})
    for form, family in FAMILIES.items():
        rows.setdefault(form, f"?{family}:{DEFAULTS[family]}")
    lines = ["# (generated by ontology/src/make_currencies.py from CLDR; ?family:default = bare name)", "form\tcode"]
    lines += [f"{form}\t{code}" for form, code in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _write_state_currencies(rows)


def _write_state_currencies(rows: dict[str, str]) -> None:
    """Each state of the reference (ontology/reference/states.ttl) whose legal tender (CLDR) belongs to a family of
    STATE_FAMILIES, by the longest bare name its own French names start with (« dirham marocain » -> dirham)."""
    bare = {form: code[1:].partition(":")[0] for form, code in rows.items() if code.startswith("?")}
    family_of: dict[str, str] = {}
    for form, code in sorted(rows.items()):
        words = form.split()
        heads = [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if " ".join(words[:n]) in bare]
        if not code.startswith("?") and heads:
            family_of.setdefault(code, bare[heads[0]])
    codes = re.findall(r'kg:iso3166Alpha2 "(\w\w)" ;\s*kg:iso3166Alpha3 "(\w{3})"', STATES.read_text(encoding="utf-8"))
    lines = ["# (generated by ontology/src/make_currencies.py from CLDR) The currency of a state whose bare name",
             "# (« dirhams », « couronnes », « dinars », « pesos », « roupies », « riyals », « francs CFA ») is",
             "# shared by several states: an article that names the state reads the bare name as its currency",
             "# (kg/extract/money.py).",
             "state\tcurrency"]
    for alpha2, alpha3 in sorted(codes, key=lambda pair: pair[1]):
        tender = get_territory_currencies(alpha2, tender=True)
        if tender and family_of.get(tender[0]) in STATE_FAMILIES:
            lines.append(f"{alpha3}\t{tender[0]}")
    STATE_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _unique_heads(fr: Locale) -> dict[str, str]:
    """« baht thaïlandais » -> « baht »: the first word of the names of one current currency, and of no other,
    is that currency told bare (« 8 milliards de bahts »); former units and everyday words are left out."""
    current = {code for territory in fr.territories for code in get_territory_currencies(territory, tender=True)}
    heads: dict[str, set[str]] = {}
    for code in fr.currencies:
        for count in (1, 2):
            words = get_currency_name(code, count=count, locale=fr).lower().split()
            if len(words) > 1 and words[0].isalpha():
                heads.setdefault(words[0], set()).add(code)
    return {head: next(iter(codes)) for head, codes in heads.items()
            if len(codes) == 1 and codes <= current and head not in EVERYDAY_WORDS}


if __name__ == "__main__":
    main()
