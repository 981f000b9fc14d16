"""Nothing article-specific in the code: reference knowledge lives in ontology/, facts come from the text."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Names of people, places, weapons and sums of the development articles (and of this repository's examples).
NAMES = ["peskov", "zelensk", "poutine", "putin", "hammer", "safran", "iris-t", "genève", "geneve", "abou dhabi",
         "miami", "støre", "lecornu", "pistorius", "oumerov", "umerov", "merz", "diehl", "medinski", "fidan", "rubio",
         "istanbul", "dolmabah", "petr pavel", "czechoslovak", "starmer", "storm shadow", "mbda", "haaland",
         "mbappé", "deschamps", "solbakken", "4,2 milliards", "371 millions", "2,2 milliards", "cv90", "jonson"]


def test_no_article_names_in_code() -> None:
    offenders = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        text = path.read_text(encoding="utf-8").lower()
        offenders += [f"{path.relative_to(ROOT)}: {name}" for name in NAMES
                      if re.search(rf"\b{re.escape(name)}", text)]
    assert offenders == []


def test_reference_data_is_where_the_names_are() -> None:
    reference = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "ontology" / "reference").glob("*.ttl"))
    for name in ("IRIS-T SLM", "Diehl Defence", "Kremlin", "Genève"):
        assert name in reference
