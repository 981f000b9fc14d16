"""Dates in French text -> xsd:date (when a year is known or anchored by --published), else xsd:gMonthDay."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

# The calendar's words, for the readers that must tell a date's words from others (« a reçu, mercredi matin, le
# ministre »): each builds its set from these.
_MONTH_SPELLINGS = ("janvier", "février fevrier", "mars", "avril", "mai", "juin", "juillet", "août aout", "septembre",
                    "octobre", "novembre", "décembre decembre")  # each month as written, then without its accent
_MONTH_NUMBER = {name: number for number, names in enumerate(_MONTH_SPELLINGS, 1) for name in names.split()}
MONTHS = frozenset(names.split()[0] for names in _MONTH_SPELLINGS)  # the month names, as written
_WEEKDAY_NUMBER = {name: number for number, name in enumerate(  # Monday is 0, as in datetime
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))}
WEEKDAYS = frozenset(_WEEKDAY_NUMBER)  # the day names
DAY_PARTS = frozenset({"matin", "après-midi", "soir"})  # « jeudi matin »
TIME_UNITS = frozenset({"jour", "semaine", "mois", "année", "an"})  # « la semaine dernière », « l'an prochain »
_MONTHS = "|".join(_MONTH_NUMBER)
_WEEKDAYS = "|".join(_WEEKDAY_NUMBER)
# « en mars », « en été »: the month and season names that follow « en », as words
MONTHS_AND_SEASONS = frozenset(_MONTH_NUMBER) | {"été", "automne", "hiver"}
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
    found = _existing_day(text)
    if found is not None:
        return found
    import dateparser  # half a second to load, 2 ms a date: only for what _existing_day leaves

    parsed = dateparser.parse(text, languages=["fr"], settings={"PREFER_DATES_FROM": "current_period",
                                                                "DATE_ORDER": "DMY"})
    return None if parsed is None else parsed.date()


def _existing_day(text: str) -> dt.date | None:
    """« 17 février 2025 » read directly when that day exists in a year of 1900-2100, else None. It gives what
    dateparser gives (checked on every day of 16 of those years, every 29 February and every month spelling)."""
    parts = text.split()
    if len(parts) != 3 or not (parts[0] + parts[2]).isascii() or not (parts[0] + parts[2]).isdecimal():
        return None
    day, month, year = int(parts[0]), _MONTH_NUMBER.get(parts[1].lower()), int(parts[2])
    if month is None or not 1900 <= year <= 2100 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


# (days, months) from the publication day
_RELATIVE_STEPS = {"aujourd'hui": (0, 0), "demain": (1, 0), "hier": (-1, 0), "la semaine prochaine": (7, 0),
                   "la semaine dernière": (-7, 0), "le mois prochain": (0, 1), "le mois dernier": (0, -1)}


def _relative(said: str, published: dt.date) -> dt.date | None:
    """« demain », « la semaine prochaine », « le mois dernier » from the publication day, as dateparser reads them
    (a month on keeps the day, or the month's last day when it has fewer: checked on every day of 2023-2025);
    another wording goes to dateparser."""
    step = _RELATIVE_STEPS.get(" ".join(said.lower().split()))
    if step is None:
        import dateparser

        base = dt.datetime(published.year, published.month, published.day)
        parsed = dateparser.parse(said, languages=["fr"],
                                  settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"})
        return None if parsed is None else parsed.date()
    days, months = step
    if months:
        year, month = divmod(published.year * 12 + published.month - 1 + months, 12)
        return dt.date(year, month + 1, min(published.day, calendar.monthrange(year, month + 1)[1]))
    return published + dt.timedelta(days=days)


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
        for match in _RELATIVE.finditer(text):
            if any(s.start <= match.start() < s.end for s in spans):
                continue
            if match["weekday"]:
                spans.append(_weekday(match, published))
                continue
            found = _relative(match[0], published)
            if found is not None:
                spans.append(DateSpan(match.start(), match.end(), found, None))
    return sorted(spans, key=lambda s: s.start)


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
