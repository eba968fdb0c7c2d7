"""agency-kg: knowledge graphs of agencies, programmes, measures and metrics from work reports."""

__version__ = "0.1.0"
