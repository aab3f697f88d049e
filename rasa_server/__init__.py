"""What the Rasa server loads of this project: its input channels (``channels``, named in
credentials.yml), its tracker and lock stores (``stores``, named in endpoints.yml), its
log lines' format (``logs``), and the model's safety-sign features (``safety_features``,
named in config.yml, so training loads it too).

This package runs inside the Rasa server's own environment (Python 3.10, requirements/rasa.in):
it imports only rasa, sanic and what Rasa itself brings, and of the app only the pure
``services.logs`` (the same JSON lines and masking as every other process) and the pure
``services.safety.net``.
"""
