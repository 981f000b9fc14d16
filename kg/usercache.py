"""Derived data kept on disk between runs, in the user's cache directory: a file per content key, written to a
temporary file then renamed into place (several processes may write the same entry at once; a reader sees a
whole file or none). A missing, unreadable or stale entry is made again; a cache that cannot be written is
skipped. KG_CACHE_DIR overrides the directory; KG_CACHE_DIR="" turns the cache off."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

KEEP = 8  # entries of one kind kept: older ones (reference data since changed) are removed when one is written


def cache_dir() -> Path | None:
    """$KG_CACHE_DIR, else the platform's user cache directory + /kg; None when turned off."""
    if (given := os.environ.get("KG_CACHE_DIR")) is not None:
        return Path(given) if given else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def content_key(*parts: Any) -> str:
    """A key for the JSON-serialisable `parts` a derived value depends on."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:32]


def cached(kind: str, key: str, make: Callable[[], Any]) -> Any:
    """The JSON value stored for (`kind`, `key`), or `make()`, stored for the next run."""
    folder = cache_dir()
    path = folder / f"{kind}-{key}.json" if folder is not None else None
    if path is not None:
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(stored, dict) and stored.get("key") == key:
                return stored["value"]
        except (OSError, ValueError, KeyError):
            pass
    value = make()
    if path is not None:
        _store(path, {"key": key, "value": value})
    return value


def _store(path: Path, entry: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        kind = path.stem.rsplit("-", 1)[0]
        older = sorted(path.parent.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
        for stale in older:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only or full disk: the value is made again next time
