"""The one text table of kg (query results and views), drawn by rich: a header, a rule of dashes, aligned
columns two spaces apart; fitted to a width by cutting the longest cells with « … ». Plain text, no colour."""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Sequence

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table

_UNLIMITED = 1_000_000


class _Rule:
    """A cell of dashes as wide as its column, that never widens it."""

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, 1)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Segment("-" * options.max_width)


def table_width(wide: bool = False, to_file: bool = False) -> int | None:
    """The width tables fit in: the terminal's on a terminal, else $COLUMNS when set; None (no limit) with
    --wide, for a file, or when piped without $COLUMNS (a script reads every character)."""
    if wide or to_file:
        return None
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None = None) -> str:
    """Headers, a rule of dashes, then the rows; when wider than `width`, the widest columns are cut with « … »
    (never below 4 characters: a table of many columns may stay wider than `width`)."""
    table = Table(box=None, pad_edge=False, padding=(0, 1), header_style="", highlight=False)
    for header, column_width in zip(headers, _fitted_widths(headers, rows, width), strict=True):
        table.add_column(header, no_wrap=True, overflow="ellipsis", width=column_width)
    table.add_row(*(_Rule() for _ in headers))
    for row in rows:
        table.add_row(*row)
    buffer = io.StringIO()
    console = Console(file=buffer, width=_UNLIMITED, color_system=None, force_terminal=False, no_color=True,
                      highlight=False, emoji=False, markup=False, soft_wrap=False)
    console.print(table, crop=False)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


def _fitted_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None) -> list[int]:
    """Each column's width: its widest cell, the widest columns narrowed one character at a time until the table
    fits `width` (rich's own fitting drops columns that do not fit)."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    if width is None:
        return widths
    least = [min(4, w) for w in widths]
    excess = sum(widths) + 2 * (len(widths) - 1) - width
    while excess > 0:
        widest = max(range(len(widths)), key=lambda i: (widths[i] - least[i] > 0, widths[i]))
        if widths[widest] <= least[widest]:
            break
        widths[widest] -= 1
        excess -= 1
    return widths
