"""The ``kg`` command line: thin typer commands over the library's functions.

One module per command, each registering itself on :data:`app` (as spaCy's CLI does).
"""
from __future__ import annotations

from ._util import app
from . import build  # noqa: F401,E402  (registers the command)
from . import load  # noqa: F401,E402
from . import query  # noqa: F401,E402
from . import validate  # noqa: F401,E402
from . import export  # noqa: F401,E402
from . import stats  # noqa: F401,E402

__all__ = ["app", "main"]


def main() -> None:
    app()
