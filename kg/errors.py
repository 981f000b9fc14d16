"""Errors the library raises; the CLI turns each into one line on stderr and an exit code."""


class KgError(Exception):
    """A problem the user can fix (bad input, bad usage); never shown with a traceback."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(KgError):
    """An input file is missing, unreadable, empty, binary or malformed."""


class QueryError(KgError):
    """A SPARQL query is malformed, refused or too slow."""


class OutputError(KgError):
    """An output file cannot be written."""


class EntityError(KgError):
    """A name matches no entity of the graph, or several."""
