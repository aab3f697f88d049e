"""gunicorn's settings for the web app (read from the working directory: `gunicorn "bot:create_app()"`).

Threads, not processes, carry the requests: a webhook only stores a message, and a live page
(Server-Sent Events) holds a thread while it waits, not a whole process.
"""
import os

bind = os.environ.get("WEB_BIND", "127.0.0.1:5000")
workers = int(os.environ.get("WEB_PROCESSES", "2"))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", "8"))
# Several apps may run on one machine (tests, the benchmark): no shared control socket in $HOME.
control_socket_disable = True
