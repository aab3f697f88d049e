"""The worker process: ``python -m worker``.

``WORKER_THREADS`` threads take stored user messages through the pipeline
(services/conversation/pipeline.py), and ``OUTBOX_DISPATCHERS`` threads hand the outbox to
Twilio (services/messaging/outbox.py): the replies the workers make at once, and whatever
else falls due. Any number of worker processes may run side by side. SIGTERM lets each
thread finish the message it is on.
"""
import logging
import queue
import signal
import sys
import threading

from services.conversation.pipeline import AssistantCircuit, PipelineConfig, run_worker
from services.messaging.outbox import DeliveryConfig, run_dispatcher
from services.runtime import MessagingServices
from services.settings import Settings


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    services = MessagingServices.from_settings(settings)
    stop = threading.Event()
    to_send: queue.Queue = queue.Queue()
    circuit = AssistantCircuit(services.assistant)
    pipeline_config = PipelineConfig.from_settings(settings)
    threads = [
        threading.Thread(target=run_worker, name=f"worker-{n}",
                         args=(services, stop, to_send.put, circuit, pipeline_config))
        for n in range(settings.worker_threads)
    ] + [
        threading.Thread(target=run_dispatcher, name=f"dispatcher-{n}",
                         args=(services.db, services.sender, settings.status_callback_url,
                               DeliveryConfig.from_settings(settings), stop, to_send, settings.outbox_poll_seconds))
        for n in range(settings.outbox_dispatchers)
    ]
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    for thread in threads:
        thread.start()
    logging.getLogger(__name__).info("worker started: %d pipeline threads, %d dispatchers",
                                     settings.worker_threads, settings.outbox_dispatchers)
    while not stop.wait(0.5):
        if not all(thread.is_alive() for thread in threads):
            # A thread that died is a bug: end the process, so that the supervisor starts a new one.
            logging.getLogger(__name__).error("a worker thread died; stopping the process")
            stop.set()
            for thread in threads:
                thread.join()
            sys.exit(1)
    for thread in threads:
        thread.join()


if __name__ == "__main__":
    main()
