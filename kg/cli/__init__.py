"""The ``kg`` command line: thin typer commands over the library's functions.

One module per command, each registering itself on :data:`app` (as spaCy's CLI does).
"""
from __future__ import annotations

from ._util import app
from . import build  # noqa: F401,E402  (registers the command)

__all__ = ["app", "main"]


def main() -> None:
    app()
