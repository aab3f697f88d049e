"""The worker process: ``python -m worker``.

``WORKER_THREADS`` threads take stored user messages through the pipeline
(services/conversation/pipeline.py), and ``OUTBOX_DISPATCHERS`` threads hand the outbox to
Twilio (services/messaging/outbox.py): the replies the workers make at once, and whatever
else falls due. Any number of worker processes may run side by side. SIGTERM lets each
thread finish the message it is on. With ``METRICS_PORT`` set it serves ``/metrics``
(with ``kontakt_assistant_up``), ``/healthz`` and ``/readyz`` there.
"""
import queue
import signal
import sys
import threading

import structlog
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from services.conversation.pipeline import AssistantCircuit, PipelineConfig, run_worker
from services.gateways.rasa import AssistantClient
from services.logs.setup import configure_logging
from services.messaging.outbox import run_dispatcher
from services.metrics.exposition import registry_for_this_process, serve_process_endpoints
from services.runtime import MessagingServices
from services.settings import Settings
from storage import wakeup

log = structlog.get_logger("worker")


class AssistantProbe(Collector):
    """``kontakt_assistant_up``: Rasa's status, asked at each scrape."""

    def __init__(self, assistant: AssistantClient):
        self._assistant = assistant

    def collect(self):
        yield GaugeMetricFamily("kontakt_assistant_up", "1 when the Rasa server this worker uses answers its "
                                "status with a model loaded, asked when /metrics is read",
                                value=int(self._assistant.is_ready()))


def main() -> None:
    configure_logging("worker")
    settings = Settings.from_env()
    services = MessagingServices.from_settings(settings)
    stop = threading.Event()
    to_send: queue.Queue = queue.Queue()
    circuit = AssistantCircuit(services.assistant)
    pipeline_config = PipelineConfig.from_settings(settings)
    # One listener for the pipeline threads; a process that only dispatches must not LISTEN on
    # PostgreSQL without reading, or the server's notification queue could never be emptied.
    new_work = wakeup.Waiter(services.db, wakeup.INBOUND, pipeline_config.poll_seconds) \
        if settings.worker_threads else None
    # The replies a worker thread claimed go to this process's dispatchers; with none, it sends them itself.
    hand_over = to_send.put if settings.outbox_dispatchers else services.send_now
    threads = [
        threading.Thread(target=run_worker, name=f"worker-{n}",
                         args=(services, stop, hand_over, circuit, pipeline_config, new_work))
        for n in range(settings.worker_threads)
    ] + [
        threading.Thread(target=run_dispatcher, name=f"dispatcher-{n}",
                         args=(services.db, services.sender, settings.status_callback_url,
                               services.delivery, stop, to_send, settings.outbox_poll_seconds))
        for n in range(settings.outbox_dispatchers)
    ]
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    if settings.metrics_port:
        serve_process_endpoints(settings.metrics_port, registry_for_this_process([AssistantProbe(services.assistant)]),
                                services.db.answers, settings.metrics_host)
    for thread in threads:
        thread.start()
    log.info("worker started", pipeline_threads=settings.worker_threads, dispatchers=settings.outbox_dispatchers,
             metrics_port=settings.metrics_port)
    while not stop.wait(0.5):
        if not all(thread.is_alive() for thread in threads):
            # A thread that died is a bug: end the process, so that the supervisor starts a new one.
            log.error("a worker thread died; stopping the process")
            stop.set()
            for thread in threads:
                thread.join()
            sys.exit(1)
    for thread in threads:
        thread.join()
    if new_work is not None:
        new_work.close()


if __name__ == "__main__":
    main()
