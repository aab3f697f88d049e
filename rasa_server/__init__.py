"""What the Rasa server loads of this project: its input channels (``channels``, named in
credentials.yml) and its tracker and lock stores (``stores``, named in endpoints.yml).

This package runs inside the Rasa server's own environment (Python 3.10, requirements/rasa.in):
it imports only rasa, sanic and what Rasa itself brings, never the app.
"""
