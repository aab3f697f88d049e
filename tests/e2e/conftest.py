"""Shared by the browser tests: one headless Chromium per module (Debian's, never downloaded)."""
import pytest

from tests.support.browser import launch_chromium


@pytest.fixture(scope="module")
def browser():
    with launch_chromium() as chromium:
        yield chromium
