"""A rebuild gives the same bytes, whatever the process's hash seed (IRIs are content hashes, output sorted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import DATA, ROOT


def _build(out: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "kg.cli", "build", str(DATA / "suede-cv90.txt"), "-o", str(out),
               "--published", "2025-02-20"]
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=ROOT)
    return out.read_bytes()


def test_turtle_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    first = _build(tmp_path / "one.ttl", "1")
    assert first and first == _build(tmp_path / "two.ttl", "2")
