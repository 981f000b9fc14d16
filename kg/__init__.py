"""kg: turn news articles on diplomacy and defence into an RDF knowledge graph."""

from kg.errors import KgError

__all__ = ["KgError", "build"]
__version__ = "0.1.0"


def build(*args, **kwargs):  # type: ignore[no-untyped-def]
    """Build the graph of articles (see kg.pipeline.build); imported lazily so `import kg` stays light."""
    from kg.pipeline import build as _build

    return _build(*args, **kwargs)
