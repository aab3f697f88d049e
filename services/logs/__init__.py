"""Logs: one JSON object per line (``setup``), with phone numbers and national identity
numbers masked out of every line (``masking``). Only the processes' entry points import it;
the code itself logs through ``structlog.get_logger`` or ``logging.getLogger``."""
