"""The action server: ``python -m action_server --actions actions --port 5055``.

rasa-sdk's own server (``python -m rasa_sdk`` takes the same arguments), run in one process
instead of a Sanic worker process spawned by a manager (which is all that rasa-sdk's one
worker amounts to), so that this process's logging and metrics are the ones that count:
its lines are JSON with the message's id (``message_id``, from the metadata the app gave
Rasa, which Rasa passes on with the tracker), masked like every other process's; and it
serves ``/metrics`` and ``/readyz`` (the database answers) beside rasa-sdk's ``/health``
and ``/webhook``. Scale it with more processes (replicas), as the worker.
"""
import os
import time

import structlog
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from rasa_sdk.endpoint import create_app_for_serve, create_argument_parser
from rasa_sdk.executor import ActionExecutor
from sanic import Request, response

from actions.storage_access import database
from services.logs.setup import configure_logging
from services.metrics.exposition import registry_for_this_process

log = structlog.get_logger("action_server")


def bind_message_id(request: Request) -> None:
    """Every line written while an action runs names the user message it answers."""
    structlog.contextvars.clear_contextvars()
    request.ctx.started = time.perf_counter()
    call = request.json if request.path == "/webhook" and request.method == "POST" else None
    if isinstance(call, dict):
        metadata = (call.get("tracker") or {}).get("latest_message", {}).get("metadata") or {}
        structlog.contextvars.bind_contextvars(message_id=metadata.get("message_id"), action=call.get("next_action"))


def log_action(request: Request, answer) -> None:
    if request.path == "/webhook":
        log.info("action ran", status=answer.status, ms=round((time.perf_counter() - request.ctx.started) * 1000, 1))


def main() -> None:
    args = create_argument_parser().parse_args()
    configure_logging("actions")
    executor = ActionExecutor()
    executor.register_package(args.actions_module or args.actions)
    app = create_app_for_serve(executor, cors_origins=args.cors, endpoints=args.endpoints)
    registry = registry_for_this_process()
    app.on_request(bind_message_id)
    app.on_response(log_action)

    @app.get("/metrics")
    async def metrics(_request: Request):
        return response.raw(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)

    @app.get("/readyz")
    async def readyz(_request: Request):
        ready = database().answers()
        return response.json({"status": "ready" if ready else "not ready"}, status=200 if ready else 503)

    host = os.environ.get("SANIC_HOST", "0.0.0.0")
    log.info("action server started", host=host, port=args.port)
    app.run(host=host, port=args.port, single_process=True, access_log=False, motd=False)


if __name__ == "__main__":
    main()
