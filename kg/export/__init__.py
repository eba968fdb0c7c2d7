"""Exports of the graph, one module per format; every file is written atomically."""
