"""What the CLI's commands share: the typer app and the consoles."""
from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn work reports of government agencies into a knowledge graph.")
err = Console(stderr=True)
out = Console()


@app.callback()
def _root() -> None:
    """agency-kg: knowledge graphs of agencies, programmes, measures and metrics."""
