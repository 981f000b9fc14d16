"""Dates in French text -> xsd:date (when a year is known or anchored by --published), else xsd:gMonthDay."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

import dateparser

_MONTHS = r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
_WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DAY = r"(?:1er|\d{1,2})"
_EXPLICIT = re.compile(
    rf"\b(?:(?:{_WEEKDAYS})\s+)?(?P<day1>{_DAY})(?:\s*(?:et|au|-|à)\s*(?P<day2>{_DAY}))?\s+"
    rf"(?P<month>{_MONTHS})(?:\s+(?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
_PART_OF_MONTH = re.compile(
    rf"\b(?P<part>début|fin|mi-?)\s*(?P<month>{_MONTHS})(?:\s+(?P<year>\d{{4}}))?\b", re.IGNORECASE)
_RELATIVE = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAYS})(?:\s+(?:dernier|prochain))?(?!\s+{_DAY})|la\s+semaine\s+(?:prochaine|dernière)|"
    r"le\s+mois\s+(?:prochain|dernier)|aujourd'hui|demain|hier)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    first: dt.date | str  # a date, or "--MM-DD" when the year is unknown
    last: dt.date | str | None
    ahead: dt.date | None = None  # a bare weekday read forward (« mardi » in a clause in the future)


def _resolve(day: str, month: str, year: str | None, published: dt.date | None) -> dt.date | str | None:
    day = "1" if day.lower() == "1er" else day
    parsed = _parse(f"{day} {month} {year or (published.year if published else 2000)}")
    if parsed is None:
        return None
    if year or published:
        return parsed
    return f"--{parsed.month:02d}-{parsed.day:02d}"


@functools.lru_cache(maxsize=4096)
def _parse(text: str) -> dt.date | None:
    """« 17 février 2025 » -> its date (None if no such day). Day, month and year are always all given, so
    neither a reference date nor a preference for past or future plays a part: one answer per text, kept."""
    parsed = dateparser.parse(text, languages=["fr"], settings={"PREFER_DATES_FROM": "current_period",
                                                                "DATE_ORDER": "DMY"})
    return None if parsed is None else parsed.date()


def find_dates(text: str, published: dt.date | None) -> list[DateSpan]:
    """Explicit dates ("les 17 et 18 février", "vendredi 16 mai 2025") always; relative ones ("mardi", "la
    semaine prochaine") only when `published` anchors them."""
    spans: list[DateSpan] = []
    for match in _EXPLICIT.finditer(text):
        first = _resolve(match["day1"], match["month"], match["year"], published)
        if first is None:
            continue
        last = _resolve(match["day2"], match["month"], match["year"], published) if match["day2"] else None
        spans.append(DateSpan(match.start(), match.end(), first, last))
    for match in _PART_OF_MONTH.finditer(text):
        # « fin mars », « début avril 2026 », « mi-mai »: the last, first or middle day of that month
        day = {"début": "1", "fin": "28"}.get(match["part"].lower(), "15")
        first = _resolve(day, match["month"], match["year"], published)
        if first is None:
            continue
        if match["part"].lower() == "fin":
            if isinstance(first, dt.date):
                first = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            else:
                month = int(first[2:4])
                first = f"--{month:02d}-{calendar.monthrange(2001, month)[1]:02d}"
        spans.append(DateSpan(match.start(), match.end(), first, None))
    if published is not None:
        base = dt.datetime(published.year, published.month, published.day)
        for match in _RELATIVE.finditer(text):
            if any(s.start <= match.start() < s.end for s in spans):
                continue
            if match["weekday"]:
                spans.append(_weekday(match, published))
                continue
            parsed = dateparser.parse(match[0], languages=["fr"],
                                      settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"})
            if parsed is not None:
                spans.append(DateSpan(match.start(), match.end(), parsed.date(), None))
    return sorted(spans, key=lambda s: s.start)


_WEEKDAY_NUMBER = {name: number for number, name in enumerate(_WEEKDAYS.split("|"))}


def _weekday(match: re.Match[str], published: dt.date) -> DateSpan:
    """« mardi » is the latest Tuesday up to the publication day (that day itself when it is a Tuesday); read
    forward (`ahead`), the coming one. « mardi dernier » is always before, « mardi prochain » always after."""
    wanted = _WEEKDAY_NUMBER[match["weekday"].lower()]
    back = (published.weekday() - wanted) % 7
    forward = (wanted - published.weekday()) % 7
    said = match[0].lower()
    if said.endswith("dernier"):
        back = back or 7
    if said.endswith("prochain"):
        forward = forward or 7
        return DateSpan(match.start(), match.end(), published + dt.timedelta(days=forward), None)
    before, after = published - dt.timedelta(days=back), published + dt.timedelta(days=forward)
    return DateSpan(match.start(), match.end(), before, None, None if said.endswith("dernier") else after)
