"""Exceptions the library raises; the CLI maps each to a one-line message."""


class KgError(Exception):
    """Base class for errors meant for the user: the message is one line and names the problem."""


class InputError(KgError):
    """An input file or record cannot be read as an article (empty, binary, not UTF-8, broken JSON, no text)."""


class ModelError(KgError):
    """The spaCy model named in the configuration cannot be loaded."""


class StoreError(KgError):
    """The store cannot be opened, read or written (locked by another process, corrupt, missing)."""


class QueryError(KgError):
    """A named query does not exist, a parameter is missing or unknown, or the SPARQL is invalid."""


class EndpointError(KgError):
    """A remote SPARQL endpoint refused a request or could not be reached."""
