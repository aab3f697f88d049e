"""Prometheus metrics: what each process counts (``definitions``) and how it serves them at
``/metrics`` (``exposition``). Imports nothing of the project, so every package may count."""
