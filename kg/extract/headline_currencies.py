"""« Chirac aux Émirats : un contrat de 20 milliards de francs »: a headline's bare currency names are read with the
states of the whole article it heads (the lede names France, which the headline leaves out), after the states the
headline names itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kg.extract.currency_families import hint_families


def state_codes(keys: Iterable[str]) -> set[str]:
    """The ISO codes of the states among entity keys (« …state-FRA » -> « FRA »)."""
    return {key.rpartition("state-")[2] for key in keys if "state-" in key}


def hint_named_states(families: dict[str, str], state_keys: Iterable[str], published: dt.date | None) -> None:
    """The currency families of the states named so far (their keys) hinted in `families` (a sentence's sums)."""
    hint_families(families, state_codes(state_keys), published)


def headline_families(families: dict[str, str], article_states: Iterable[str],
                      published: dt.date | None) -> dict[str, str]:
    """The currency families a headline is read with: those its own states hinted (`families`, left unchanged),
    then those of all the states its article names (their keys)."""
    hinted = dict(families)
    hint_families(hinted, state_codes(article_states), published)
    return hinted
