"""A name after a firm noun and its trade (« le groupe d'armement X », « le constructeur turc de drones X »,
« le fabricant d'hélicoptères X »): the firm's name, not a system named after the weapon noun of the trade."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.lexicon import firm_nouns

_OF = {"de", "d'"}


def after_firm_trade(doc: Doc, start: int) -> bool:
    """Whether the name at `start` follows a firm noun (firm-nouns.tsv, firm-introducers.tsv) told as one, the
    state's adjective it may take, « de » and the lowercase noun of its trade (with that noun's adjectives)."""
    at = start - 1
    while at > 0 and doc[at].pos_ == "ADJ" and doc[at].text.islower():
        at -= 1  # « le groupe de défense aérienne X »
    if at < 2 or not (doc[at].text.isalpha() and doc[at].text.islower()) or doc[at - 1].lower_ not in _OF:
        return False
    at -= 2
    while at > 0 and doc[at].pos_ == "ADJ" and doc[at].text.islower():
        at -= 1  # « le constructeur turc de drones X »
    return at >= 1 and _firm_noun(doc[at])


def _firm_noun(token: Token) -> bool:
    """« le constructeur », « au groupe », « du fabricant »: a firm noun told as one firm."""
    doc = token.doc
    return token.lower_ in firm_nouns() and (
        doc[token.i - 1].lower_ in {"au", "du"} or any(c.dep_ == "det" for c in token.children))
