"""Orders placed at home: « La Suède a commandé 60 avions à <maker suédois> », « la DGA a notifié à <maker> la
commande de 42 avions »: a maker selling to its own state sells as itself (its state cannot supply itself), where a
maker selling abroad sells for its state (kg.extract.maker_sales.as_makers_states)."""

from __future__ import annotations

from kg.extract.context import Context
from kg.records import Entity

_SALE = "sell"  # a purchase read as its sale; a delivery or a making at home is no order


def home_makers(ctx: Context, suppliers: list[Entity], recipients: list[Entity], kind: str | None) -> list[Entity]:
    """The makers among the suppliers of a sale whose home state is one of its recipients."""
    if kind != _SALE:
        return []
    keys = {r.key for r in recipients}
    return [s for s in suppliers if s.cls == "Company" and (home := ctx.home_state(s)) is not None and home.key in keys]
