"""Options and arguments several commands share: dates, query parameters, where the graph comes from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click


def date_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def param_option(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for value in values:
        name, sep, bound = value.partition("=")
        if not sep or not name.strip().isidentifier():
            raise click.BadParameter(f"{value!r} is not NAME=VALUE")
        out[name.strip().lstrip("?$")] = bound
    return out


def graph_source(command: Callable[..., Any]) -> Callable[..., Any]:
    """GRAPH (a graph file) or --store DIR (a corpus store built by kg build --store): one of them."""
    command = click.option("--store", metavar="DIR", help="Read the corpus store in DIR instead of a GRAPH file.")(
        command)
    return click.argument("graph", required=False)(command)
