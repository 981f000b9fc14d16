"""The plural of a title's word as newsrooms write it: an « s » or « x » added (« les ministres », « les
bureaux »), and the « -al » nouns whose plural is « -aux » (« les généraux », « les amiraux », « les maréchaux »)."""

from __future__ import annotations


def singular(word: str) -> str | None:
    """The singular a plural word may stand for (« généraux » -> « général », « ministres » -> « ministre »), None
    for a word that ends in neither « s » nor « x »."""
    if word.endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    return word[:-1] if word.endswith(("s", "x")) else None


def is_plural_of(said: str, word: str) -> bool:
    """`said` is `word` written in the plural (« ministres », « généraux »)."""
    return said in (word + "s", word + "x") or (word.endswith("al") and said == word[:-2] + "aux")
