"""Metrics read as Prometheus reads them: {(sample name, sorted labels): value}."""
from typing import Iterable

import requests
from prometheus_client.metrics_core import Metric
from prometheus_client.parser import text_string_to_metric_families

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def samples(families: Iterable[Metric]) -> Samples:
    return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in families for sample in family.samples}


def parse_metrics(body: str) -> Samples:
    """A ``/metrics`` answer's samples."""
    return samples(text_string_to_metric_families(body))


def scrape(url: str) -> Samples:
    response = requests.get(url, timeout=10)
    response.raise_for_status()
    return parse_metrics(response.text)
