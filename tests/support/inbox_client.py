"""Driving the inbox through Flask's test client: CSRF tokens, logins, the audit log."""
import re

from sqlalchemy import select

from storage.models import AuditEvent
from tests.support.people import TEST_PASSWORD


def csrf_from(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def log_in(client, email: str, password: str = TEST_PASSWORD):
    token = csrf_from(client.get("/inbox/login").get_data(as_text=True))
    return client.post("/inbox/login", data={"email": email, "password": password, "csrf_token": token})


def audit_events(db, action: str) -> list[AuditEvent]:
    with db.session() as s:
        return s.execute(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)).scalars().all()


def logged_in(app, email: str, password: str = TEST_PASSWORD):
    """A test client of ``app`` with ``email`` logged in."""
    client = app.test_client()
    log_in(client, email, password)
    return client


def post_form(client, path: str, **data):
    """A form post with the CSRF token of the logged-in session (taken from the notices page)."""
    token = csrf_from(client.get("/inbox/notices").get_data(as_text=True))
    return client.post(path, data={"csrf_token": token, **data})
