"""What an operator sees of the real service: one message's path through every process's log
by its id, without a phone number; the web app's metrics summed over gunicorn's processes;
the worker's metrics and probes on its own port."""
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from sqlalchemy import select

from devtools.twilio_webhook import new_message_sid, post_inbound_sms
from storage import migrate
from storage.models import Message
from tests.conftest import ACCOUNT_SID, AUTH_TOKEN, SERVICE_NUMBER
from tests.conftest import test_environment as service_environment
from tests.support.processes import ManagedProcess, free_port, start_worker, wait_until
from tests.support.scrape import scrape

VENV_BIN = Path(sys.executable).parent


def _json_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.startswith("{")]


def test_one_messages_path_is_found_in_every_process_log_by_its_id_and_no_number_is(stack):
    user = stack.add_user()
    message_sid = new_message_sid()
    stack.text(user.phone_e164, "hvem er veilederen min?", message_sid=message_sid)
    with stack.db.reading() as session:
        message_id = session.execute(select(Message.id).where(Message.external_id == message_sid)).scalar_one()

    def read_logs() -> dict[str, list[dict]]:
        return {name: _json_lines(stack.processes[name].log_path) for name in ("worker", "rasa", "actions")}

    def path_in(logs: dict[str, list[dict]]) -> dict[str, list[str]]:
        return {name: [line["event"] for line in lines if line.get("message_id") == message_id]
                for name, lines in logs.items()}

    # The dispatcher writes its line just after the commit that the text's wait ends on.
    wait_until(lambda: "sms handed to twilio" in path_in(read_logs())["worker"], 10, "the dispatcher's log line")
    logs = read_logs()
    path = path_in(logs)

    assert {"message answered", "sms handed to twilio"} <= set(path["worker"])
    assert "message handled" in path["rasa"]
    assert [line["action"] for line in logs["actions"]
            if line.get("message_id") == message_id and line["event"] == "action ran"] == [
        "action_read_job_context", "action_ask_veileder"]  # the first fills a slot (custom mapping) on every message
    every_line = "\n".join(stack.processes[name].log_path.read_text() for name in logs)
    assert user.phone_e164[3:] not in every_line


def test_the_web_apps_metrics_add_up_over_its_gunicorn_processes(tmp_path, fake_twilio):
    database_url = f"sqlite:///{tmp_path}/kontakt.db"
    migrate.upgrade(database_url, configure_logging=False)
    port = free_port()
    public = f"http://127.0.0.1:{port}"
    env = {**os.environ, **service_environment(database_url, public, "http://127.0.0.1:9", fake_twilio.base_url),
           "WEB_BIND": f"127.0.0.1:{port}", "WEB_PROCESSES": "2"}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    app = ManagedProcess("gunicorn", [str(VENV_BIN / "gunicorn"), "bot:create_app()"], env, tmp_path)
    try:
        wait_until(lambda: requests.get(f"{public}/healthz", timeout=2).ok, 90, "gunicorn", app.process)
        with ThreadPoolExecutor(6) as pool:  # at once, so that both processes take some
            list(pool.map(lambda _: post_inbound_sms(public, AUTH_TOKEN, "+4799999999", "hei",
                                                     message_sid=new_message_sid(), to_number=SERVICE_NUMBER,
                                                     account_sid=ACCOUNT_SID), range(12)))
        scraped = [scrape(f"{public}/metrics") for _ in range(4)]
        answered = [line["pid"] for line in _json_lines(app.log_path) if line.get("route") == "/sms/inbound"]
    finally:
        app.stop()

    assert len(answered) == 12
    # From numbers that are no user's: each is answered at the door, by whichever process.
    counted = {sample[("kontakt_inbound_messages_total", (("channel", "sms"), ("outcome", "unknown_sender")))]
               for sample in scraped}
    assert counted == {12.0}  # whichever process answered /metrics


def test_the_worker_serves_its_metrics_and_probes_on_its_own_port(stack):
    port = free_port()
    worker = start_worker({**stack.environment, "METRICS_PORT": str(port)}, stack.work, "worker-metrics")
    try:
        base = f"http://127.0.0.1:{port}"
        scraped = scrape(f"{base}/metrics")
        probes = requests.get(f"{base}/healthz", timeout=5), requests.get(f"{base}/readyz", timeout=5)
    finally:
        worker.stop()
    assert scraped[("kontakt_assistant_up", ())] == 1
    assert [(answer.status_code, answer.json()["status"]) for answer in probes] == [(200, "ok"), (200, "ready")]
