"""kg: turn news articles on diplomacy and defence into an RDF knowledge graph."""

from kg.errors import KgError

__all__ = ["KgError", "build"]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """`kg.build` (see kg.pipeline.build), imported on first use so that `import kg` stays light."""
    if name == "build":
        from kg.pipeline import build

        return build
    raise AttributeError(name)
