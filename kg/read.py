"""Article sources (txt, md, html, JSON Lines, or stdin) -> Article: text, title, date, url, paragraphs."""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from kg.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl"})
_ISO_DATE = re.compile(r"^\s*(?:publié le|date\s*:|published\s*:?)?\s*(\d{4})-(\d{2})-(\d{2})\s*$", re.I)
# kept apart from kg.extract.dates' table: importing kg.extract loads rdflib, a second of every command's start-up
_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")
_MONTH_NUMBER = {**{m: i for i, m in enumerate(_MONTHS, 1)}, "fevrier": 2, "aout": 8, "decembre": 12,
                 # the abbreviations agencies write (« 12 avr. »)
                 "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
                 "dec": 12}
# « BRASILIA, 5 mars 2024 (AFP) — », « Kiev (Reuters) - », « TOKYO, 3 juin — », « Dakar, 4 mars, APS - »: place,
# date, agency, dash; a sentence opens with an article, a city's name too when a date follows (« Le Caire, 5 mars
# (MENA) — »).
_DATELINE = re.compile(
    r"^(?!(?:Les?|La|L'|Un|Une|Des|Ce|Cette)\b(?![ ']*[A-ZÀ-Ý][\w\-]*,\s*(?:le\s+)?(?:1er|\d{1,2})\s))"
    r"(?P<place>[A-ZÀ-Ý][\w'\u2019.\- ]{1,40}?)\s*"
    r"(?:,\s*(?P<country>[A-ZÀ-Ý][\w'\u2019\- ]{1,30}?)(?=\s*[-\u2013\u2014]))?"  # « BAKU, Azerbaïdjan — »
    r"(?:,\s*(?:le\s+)?(?P<day>1er|\d{1,2})\s+(?P<month>[a-zéû]+)\.?(?:\s+(?P<year>\d{4}))?"
    r"(?:,\s*(?P<named>[A-Z][A-Z0-9./-]{1,15}))?)?\s*"  # « Dakar, 4 mars, APS - »: the agency after a comma
    r"(?:\((?P<agency>[A-Za-z][\w./ -]{1,25})\))?(?:(?<=\))\.?)?"  # « Kinshasa, 4 oct. 2017 (ACP).- »; « (dpa) »
    r"(?:\s*[-\u2013\u2014]+\s+(?=\S)|(?P<undashed>(?<=\))\s+(?=[A-ZÀ-Ý«])))")
# a dateline on a line of its own: « Bakou, 13 juillet, AZERTAC », « Rabat, le 2 mars 2024 (MAP) »
_DATELINE_LINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'\u2019.\- ]{1,40}?),\s*(?:le\s+)?(?P<day>1er|\d{1,2})\s+(?P<month>[a-zéû]+)"
    r"(?:\s+(?P<year>\d{4}))?\s*(?:,\s*(?P<agency>[A-Z][A-Z0-9./ -]{1,25})|\((?P<bracketed>[A-Z][\w./ -]{1,25})\)"
    r"|(?<=\d{4})(?P<dotted>\.?))\s*\.?$")  # « Douchanbé, le 10 mars 2018. »: a full date and nothing else
# a place and a full date written inline before the lede, dashes around the date: « Lima - le 15 avril 2022- Le ... »
# (not a sentence opening with an article: « La réunion - le 3 mai 2021 - a ... »)
_DATELINE_DATED = re.compile(
    r"^(?!(?:Les?|La|L'|Un|Une|Des|Ce|Cette)\s*[a-zà-ÿ])(?P<place>[A-ZÀ-Ý][\w'\u2019.\- ]{1,40}?)\s*"
    r"[-\u2013\u2014]\s*(?:le\s+)?(?P<day>1er|\d{1,2})\s+"
    r"(?P<month>[a-zéû]+)\.?\s+(?P<year>\d{4})\s*[-\u2013\u2014]+\s*(?=[A-ZÀ-Ý«])")
# the capital district a dispatch opens with, with no dash (« Lima D.C. Les ministres ... »), on the lede's line or
# the line after a lede
_DISTRICT = re.compile(r"^(?P<place>[A-ZÀ-Ý][\w'\u2019\-]+(?: [A-ZÀ-Ý][\w'\u2019\-]+)?),?\s+D\.\s?[CF]\.\s*"
                       r"[-\u2013\u2014,]?\s+(?=[A-ZÀ-Ý«])")
# a wire dispatch's « PLACE, day month. /AGENCY/. » with no dash
_SLASHED = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'\u2019.\- ]{1,40}),\s*(?P<day>1er|\d{1,2})\s+(?P<month>[a-zéû]+)"
                      r"(?:\s+(?P<year>\d{4}))?\.?\s*/(?P<agency>[A-Z][\w.\-]{1,25})/\.?\s+(?=\S)")
# an agency's name joined to the place (« AGENCE-Lima (Pérou) - »)
_AGENCY_PREFIX = re.compile(r"^[A-Z]{2,6}-(?=[A-ZÀ-Ý][a-zà-ÿ])")
_GLOB_CHARS = re.compile(r"[*?\[]")
# A line that ends a sentence (« ... signé. », « ... ? » », « ...!) ») and one cut in mid-sentence (« ... de la »,
# « ... ses homologues, »): a copy wrapped at a fixed width ends most of its lines so
_SENTENCE_END = re.compile(r"[.!?\u2026][\"»\u201d\u2019)\]]*$")
_CUT_LINE = re.compile(r"[a-zà-ÿœ,'\u2019]$")


@dataclass(frozen=True)
class Paragraph:
    start: int
    text: str


@dataclass(frozen=True)
class Article:
    """One article: `text` is what offsets point into; the first paragraph is the title."""

    source: str
    text: str
    title: str
    published: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    url: str | None = None
    dateline: str | None = None  # the place a dispatch was filed from (« BRASILIA, 5 mars (AFP) — »)

    @property
    def id(self) -> str:
        """Content hash: the same text gives the same article IRI wherever the file lives."""
        return self.content_hash[:16]

    @cached_property
    def content_hash(self) -> str:  # asked for every sentence read: hashed once
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class _Page:
    """What an HTML page gives: its main text, and the title, date and address it declares."""

    text: str
    title: str | None
    published: dt.date | None
    url: str | None


def _iso_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(p|div|body|article)[\s>]", head))


def _html_page(html: str, source: str) -> _Page:
    """Main text and metadata of a page, by trafilatura (boilerplate, menus and footers left out)."""
    import trafilatura

    found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    meta: dict[str, Any] = {}
    if found is not None:
        meta = found if isinstance(found, dict) else found.as_dict()
    text = str(meta.get("text") or "")
    if not text.strip():
        raise InputError(f"{source}: no article text found in the HTML page")
    title = str(meta["title"]).strip() if meta.get("title") else None
    lines = text.splitlines()
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]  # the <h1> repeats the title: keep it once
    return _Page("\n".join(lines), title, _iso_date(meta.get("date")), meta.get("url") or None)


def _strip_markdown(line: str) -> str:
    line = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(?=\S))", "", line)
    return re.sub(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1", r"\2", line)


def decode(data: bytes, source: str) -> tuple[str, str | None]:
    """Bytes -> text; refuses binary, falls back to cp1252 with a warning for non-UTF-8 text."""
    if not data.strip():
        raise InputError(f"{source}: the file is empty")
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary file, expected UTF-8 text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (byte {exc.start})") from None
    return text, f"{source}: not UTF-8, decoded as Windows-1252"


def _dateline(line: str, published: dt.date | None) -> tuple[str, str | None, dt.date | None]:
    """A dispatch's opening « PLACE, day month (AGENCY) — » or « Place - day month year - », or a line of its own
    « Place, day month, AGENCY » -> (rest of the line, place, date)."""
    if (district := _DISTRICT.match(line)) is not None:
        return line[district.end():], district["place"], None
    match = _DATELINE.match(line) or _SLASHED.match(line)
    if match is not None and match.re is _DATELINE and match["undashed"] and not (
            match["day"] and (match["month"] or "").lower() in _MONTH_NUMBER):
        match = None  # « La Havane, 13 avr (Agence) Le ... »: with no dash, only a dated one
    named = match is not None and match.re is _DATELINE and match["named"] and match["month"] in _MONTH_NUMBER
    if match is None or not (match["agency"] or named or
                             (match["place"].isupper() and (match["day"] or match["country"]))):
        match = _DATELINE_LINE.match(line) or _DATELINE_DATED.match(line)
        if match is None or match["month"].lower() not in _MONTH_NUMBER:
            return line, None, None
    date = None
    month = _MONTH_NUMBER.get((match["month"] or "").lower())
    year = int(match["year"]) if match["year"] else (published.year if published else None)
    if month and year:
        day = 1 if match["day"] == "1er" else int(match["day"])
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
    place = _AGENCY_PREFIX.sub("", match["place"].strip(" -"))
    return line[match.end():], (place.title() if place.isupper() else place), date


def parse_article(raw: str, source: str, published: dt.date | None = None, suffix: str = ".txt",
                  title: str | None = None, url: str | None = None) -> Article:
    """Text of an article -> Article; blank lines and one-line paragraphs both separate paragraphs.
    `title`, when given, is the first paragraph; otherwise the first line is the title."""
    if suffix in {".html", ".htm"} or _looks_like_html(raw):
        page = _html_page(raw, source)
        raw, title, url = page.text, title or page.title, url or page.url
        published = published or page.published
    elif suffix == ".md":
        raw = "\n".join(_strip_markdown(line) for line in raw.splitlines())
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.replace("\r\n", "\n").split("\n")]
    kept: list[str] = [title.strip()] if title and title.strip() else []
    dateline: str | None = None
    for line in lines:
        match = _ISO_DATE.match(line)
        if match and published is None and len(kept) < 3:
            published = dt.date(int(match[1]), int(match[2]), int(match[3]))
            continue
        if line and dateline is None and (len(kept) == 1 or (len(kept) == 2 and _DISTRICT.match(line))):
            line, dateline, dated = _dateline(line, published)
            published = published or dated
        elif line and not kept and (own := _DATELINE_LINE.match(line)) is not None and own["dotted"] is None:
            # a dispatch with no title, its dateline on its first line (« Place, day month, AGENCY »): kept as the
            # title, read as the dateline
            dateline, dated = _dateline(line, published)[1:]
            published = published or dated
        if line:
            kept.append(line)
    if not kept:
        raise InputError(f"{source}: no text found")
    kept = _unwrapped(kept)
    paragraphs, offset = [], 0
    for line in kept:
        paragraphs.append(Paragraph(offset, line))
        offset += len(line) + 1
    return Article(source, "\n".join(kept), kept[0], published, tuple(paragraphs), url, dateline)


def _unwrapped(lines: list[str]) -> list[str]:
    """A copy wrapped at a fixed width (a wire dispatch pasted as it was printed: most of its lines stop in
    mid-sentence, « le ministre de la » / « Défense du pays ») joined back into paragraphs: each line that does not end
    a sentence runs on into the next. The title stays apart; a text whose lines mostly end sentences (headings and list
    items do not) is left as it is."""
    body = lines[1:]
    if len(body) < 4 or sum(1 for line in body if _CUT_LINE.search(line)) * 2 <= len(body):
        return lines
    joined = [lines[0]]
    for number, line in enumerate(body):
        if number and not _SENTENCE_END.search(joined[-1]):
            joined[-1] += line if joined[-1][-1] in "'\u2019" else " " + line
        else:
            joined.append(line)
    return joined


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        file = Path(path)
        if file.is_dir():
            raise InputError(f"{path}: is a folder, expected an article file")
        try:
            with file.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise InputError(f"{_source(path)}: larger than {max_bytes} bytes (raise --max-bytes to read it)")
    return data


def _source(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _json_lines(text: str, source: str, published: dt.date | None) -> Iterator[Article]:
    """One article per line: {"text": ..., "title"?: ..., "published"?: "YYYY-MM-DD", "url"?: ...}."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not a JSON object ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            raise InputError(f"{where}: a JSON Lines article needs a non-empty \"text\"")
        date = _iso_date(record.get("published"))
        if record.get("published") and date is None:
            raise InputError(f"{where}: \"published\" is not a YYYY-MM-DD date")
        title, url = record.get("title"), record.get("url")
        yield parse_article(record["text"], str(url or where), published or date,
                            title=str(title) if title else None, url=str(url) if url else None)


def read_articles(path: str, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  warn: list[str] | None = None) -> list[Article]:
    """Every article of one source: a file, `-` for stdin, or a JSON Lines file of many."""
    data = _read_bytes(path, max_bytes)
    source = _source(path)
    text, warning = decode(data, source)
    if warning and warn is not None:
        warn.append(warning)
    suffix = ".txt" if path == "-" else Path(path).suffix.lower()
    if suffix == ".jsonl":
        return list(_json_lines(text, source, published))
    return [parse_article(text, source, published, suffix)]


def read_article(path: str, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 warn: list[str] | None = None) -> Article:
    """Read one article file (`-` for stdin)."""
    articles = read_articles(path, published, max_bytes, warn)
    if len(articles) != 1:
        raise InputError(f"{_source(path)}: holds {len(articles)} articles, expected one")
    return articles[0]


def _articles_under(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*")
                  if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not p.name.startswith("."))


def expand_inputs(paths: Iterable[str]) -> list[str]:
    """Folders expand recursively to the articles they hold, globs to the files they match; files are kept as
    given, each once."""
    out: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found = _articles_under(folder)
            if not found:
                raise InputError(f"{path}: folder holds no article ({', '.join(sorted(ARTICLE_SUFFIXES))})")
            out.extend(found)
        elif path != "-" and not folder.exists() and _GLOB_CHARS.search(path):
            matched = sorted(glob.glob(path, recursive=True))
            if not matched:
                raise InputError(f"{path}: no file matches this pattern")
            out.extend(expand_inputs(matched))
        else:
            out.append(path)
    return list(dict.fromkeys(out))
