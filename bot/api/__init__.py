"""The JSON API for other systems and the veileder's tools (``/api/v1``)."""
