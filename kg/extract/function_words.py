"""Closed classes of French function words that many rules read, written once: the forms of « de » (with the
article fused in « du », « des »). A leaf module, so that the readers of names below kg.extract.syntax can share it."""

from __future__ import annotations

DE_CASES = frozenset({"de", "d'", "du", "des"})  # the forms of « de » as a case
