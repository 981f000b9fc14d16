"""The one text table of kg (query results and views): a header, a rule of dashes, aligned columns two spaces
apart; fitted to a width by cutting the longest cells with « … ». Plain text, no colour."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size


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
    (never below 4 characters: a table of many columns may stay wider than `width`). Cells are measured in
    terminal cells (a CJK character takes two); a line break in a cell is shown as a space, one row a line.
    Drawn line by line: rich's Table took 1.3 ms a row (25 s for a 20,000-row answer)."""
    rows = [[" ".join(cell.splitlines()) for cell in row] for row in rows]
    widths = _fitted_widths(headers, rows, width)
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(_fit(cell, w) for cell, w in zip(line, widths, strict=True)).rstrip()
                     for line in lines)


def _fit(cell: str, width: int) -> str:
    """A cell padded to `width` cells, or cut to width - 1 cells and « … »."""
    if cell_len(cell) <= width:
        return cell + " " * (width - cell_len(cell))
    return set_cell_size(cell, width - 1) + "…"


def _fitted_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], width: int | None) -> list[int]:
    """Each column's width: its widest cell, the widest columns narrowed one character at a time until the table
    fits `width` (rich's own fitting drops columns that do not fit)."""
    widths = [max([cell_len(h), *(cell_len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
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
