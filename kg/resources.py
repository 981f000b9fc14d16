"""The one place that locates ontology/, shapes/ and queries/, from a clone or from an installed wheel."""

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Folder `name` (ontology, shapes, queries): packaged copy first, else the repository's."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg data folder {name!r} not found beside the package")


def ontology_files() -> list[Path]:
    """The ontology and every reference-data file, in a stable order."""
    root = data_dir("ontology")
    return [root / "kg.ttl", *sorted((root / "reference").glob("*.ttl"))]


def lexicon_file(name: str) -> Path:
    """A trigger or modality table under ontology/lexicon/."""
    return data_dir("ontology") / "lexicon" / name


def shapes_files() -> list[Path]:
    return sorted(data_dir("shapes").glob("*.ttl"))
