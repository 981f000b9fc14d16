"""The plural of a title's word as newsrooms write it: an « s » or « x » added (« les ministres », « les
bureaux »), the « -al » nouns whose plural is « -aux » (« les généraux », « les amiraux », « les maréchaux »), and
compounds whose parts agree (« les hauts-commissaires »)."""

from __future__ import annotations


def singular(word: str) -> str | None:
    """The singular a plural word may stand for (« généraux » -> « général », « ministres » -> « ministre »), None
    for a word that ends in neither « s » nor « x »."""
    if "-" in word:  # « hauts-commissaires »: each part of five letters or more agrees (not « sous- »)
        *firsts, last = word.split("-")
        if (bare := _one(last)) is None:
            return None
        return "-".join([(_one(part) or part) if len(part) >= 5 else part for part in firsts] + [bare])
    return _one(word)


def _one(word: str) -> str | None:
    """The singular of one word, or None."""
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    return word[:-1] if word.endswith(("s", "x")) else None


def is_plural_of(said: str, word: str) -> bool:
    """`said` is `word` written in the plural (« ministres », « généraux »)."""
    if "-" in word and said.count("-") == word.count("-") and said != word:
        return singular(said) == word
    return said in (word + "s", word + "x") or (word.endswith("al") and said == word[:-2] + "aux")
