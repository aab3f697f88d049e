"""The run as the service's own ``/metrics`` endpoints saw it, next to the bench's own counts.

Counters are summed over every process that serves them (the apps, each with all its gunicorn
processes; the workers; the schedulers; the action servers). The queue is the database's view,
which every app serves: each app's view is compared on its own. The bench's counts come from
the database and from the fake Twilio API. A count is added when its transaction commits, a
moment after the row the bench reads, so the endpoints are read again until they agree or
``SETTLE_SECONDS`` have passed.
"""
import json
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import func, select

from bench.services import Service
from storage.db import Database
from storage.models import OutboxMessage, OutboxState
from tests.support.scrape import Samples, scrape

SETTLE_SECONDS = 30
# Prometheus's job for each kind of process, as in deploy/prometheus/prometheus.yml.
JOBS = {"app": "kontakt-web", "worker": "kontakt-worker", "scheduler": "kontakt-scheduler",
        "actions": "kontakt-actions"}
WAITING = "waiting_for_assistant"  # a pipeline outcome that is not an answer


@dataclass(frozen=True)
class Row:
    what: str
    bench: float
    metrics: float

    @property
    def agrees(self) -> bool:
        return self.bench == self.metrics


def total(scraped: list[Samples], name: str, **labels: str) -> float:
    """The sum of ``name`` over every process, over the samples that carry ``labels``."""
    wanted = set(labels.items())
    return sum(value for samples in scraped for (sample, pairs), value in samples.items()
               if sample == name and wanted <= set(pairs))


def _rows(service: Service, db: Database, bench: dict[str, int]) -> tuple[list[Row], dict[str, Samples]]:
    scraped = {name: scrape(url) for name, url in service.metrics_urls.items()}
    every = list(scraped.values())
    with db.reading() as session:
        outbox_sent = session.execute(select(func.count(OutboxMessage.id))
                                      .where(OutboxMessage.state == OutboxState.SENT)).scalar_one()
    at_gateway = len(service.twilio_messages())
    sent = total(every, "kontakt_sms_send_attempts_total", result="sent")
    finished = total(every, "kontakt_pipeline_messages_total", channel="sms")
    waited = total(every, "kontakt_pipeline_messages_total", channel="sms", outcome=WAITING)
    rows = [
        Row("messages stored", bench["stored"],
            total(every, "kontakt_inbound_messages_total", channel="sms", outcome="stored")),
        Row("messages answered", bench["answered"], finished - waited),
        Row("answers timed (latency histogram)", bench["answered"],
            total(every, "kontakt_pipeline_latency_seconds_count", channel="sms")),
        Row("SMS sent: outbox rows", outbox_sent, sent),
        Row("SMS sent: at the gateway", at_gateway, sent),
    ]
    # The queue holds what was stored and not yet answered (a refused webhook is lost, not queued).
    rows += [Row(f"stored, unanswered at the end ({name}'s queue)", bench["stored"] - bench["answered"],
                 total([samples], "kontakt_inbound_queue_messages"))
             for name, samples in scraped.items() if name.startswith("app-")]
    return rows, scraped


def compare(service: Service, db: Database, bench: dict[str, int]) -> tuple[list[Row], dict[str, Samples]]:
    """The rows of bench and metrics side by side (read until they agree or time is up), and
    the last samples of each process."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while True:
        rows, scraped = _rows(service, db, bench)
        if all(row.agrees for row in rows) or time.monotonic() > deadline:
            return rows, scraped
        time.sleep(1)


def latency_summary(scraped: dict[str, Samples]) -> str:
    """The pipeline's latency as the histogram has it: mean, and the bucket that holds the 95th
    percentile (summed over the workers)."""
    every = list(scraped.values())
    count = total(every, "kontakt_pipeline_latency_seconds_count", channel="sms")
    if not count:
        return "no answers timed"
    mean = total(every, "kontakt_pipeline_latency_seconds_sum", channel="sms") / count
    bounds = sorted({dict(pairs)["le"] for samples in every for (sample, pairs) in samples
                     if sample == "kontakt_pipeline_latency_seconds_bucket"}, key=float)
    p95 = next(le for le in bounds
               if total(every, "kontakt_pipeline_latency_seconds_bucket", channel="sms", le=le) >= 0.95 * count)
    return f"mean {mean:.2f} s, 95 % within {p95} s (the histogram's bucket)"


def table(rows: list[Row]) -> str:
    width = max(len(row.what) for row in rows)
    lines = [f"{'':{width}}  {'bench':>8}  {'metrics':>8}"]
    lines += [f"{row.what:{width}}  {row.bench:>8g}  {row.metrics:>8g}  {'' if row.agrees else 'DIFFERENT'}"
              for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def write_prometheus_targets(service: Service | None, path: Path) -> None:
    """Every process's /metrics as a Prometheus file_sd list (deploy/prometheus/bench.yml reads
    it), so that the dashboard can watch the run; ``None``: the run is over, nothing to scrape."""
    groups = [{"targets": [urlsplit(url).netloc],
               "labels": {"job": JOBS[name.rsplit("-", 1)[0]], "process": name}}
              for name, url in (service.metrics_urls.items() if service else [])]
    path.parent.mkdir(parents=True, exist_ok=True)
    written = path.with_suffix(".tmp")
    written.write_text(json.dumps(groups, indent=1))
    written.replace(path)  # Prometheus never reads half a file
