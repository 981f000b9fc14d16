"""Article files (txt, md, html, or stdin) -> Article: text, title, publication date, paragraphs."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError

DEFAULT_MAX_BYTES = 5_000_000
_ISO_DATE = re.compile(r"^\s*(?:publié le|date\s*:|published\s*:?)?\s*(\d{4})-(\d{2})-(\d{2})\s*$", re.I)


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

    @property
    def id(self) -> str:
        """Content hash: the same text gives the same article IRI wherever the file lives."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page, one paragraph per block element."""

    _BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "title", "article", "section"})
    _SKIP = frozenset({"script", "style", "noscript", "nav", "footer", "header", "aside", "form"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or bool(re.search(r"<(p|div|body|article)[\s>]", head))


def _html_to_text(text: str) -> str:
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


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


def parse_article(raw: str, source: str, published: dt.date | None = None, suffix: str = ".txt") -> Article:
    """Text of an article -> Article; blank lines and one-line paragraphs both separate paragraphs."""
    if suffix in {".html", ".htm"} or _looks_like_html(raw):
        raw = _html_to_text(raw)
    elif suffix == ".md":
        raw = "\n".join(_strip_markdown(line) for line in raw.splitlines())
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in raw.replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        match = _ISO_DATE.match(line)
        if match and published is None and len(kept) < 3:
            published = dt.date(int(match[1]), int(match[2]), int(match[3]))
            continue
        if line:
            kept.append(line)
    if not kept:
        raise InputError(f"{source}: no text found")
    paragraphs, offset = [], 0
    for line in kept:
        paragraphs.append(Paragraph(offset, line))
        offset += len(line) + 1
    text = "\n".join(kept)
    return Article(source, text, kept[0], published, tuple(paragraphs))


def read_article(path: str, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 warn: list[str] | None = None) -> Article:
    """Read one article file (`-` for stdin)."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        source, suffix = "<stdin>", ".txt"
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
        source, suffix = path, file.suffix.lower()
    if len(data) > max_bytes:
        raise InputError(f"{source}: larger than {max_bytes} bytes (raise --max-bytes to read it)")
    text, warning = decode(data, source)
    if warning and warn is not None:
        warn.append(warning)
    return parse_article(text, source, published, suffix)


def expand_inputs(paths: tuple[str, ...] | list[str]) -> list[str]:
    """Folders expand to the articles they hold (.txt, .md, .html); files are kept as given."""
    out: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found = sorted(str(p) for p in folder.iterdir()
                           if p.suffix.lower() in {".txt", ".md", ".html", ".htm"} and p.is_file())
            if not found:
                raise InputError(f"{path}: folder holds no article (.txt, .md, .html)")
            out.extend(found)
        else:
            out.append(path)
    return out
