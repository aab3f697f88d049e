"""Driving the web chat through Flask's test client: the login with the code from the outbox."""
import re

from sqlalchemy import select

from storage.models import ChatLoginCode, OutboxMessage
from tests.support.inbox_client import csrf_from

CODE_IN_SMS = re.compile(r"\b(\d{6})\b")


def code_sent_to(db, user_id: int) -> str:
    """The code in the newest login SMS queued for the user."""
    with db.reading() as s:
        code_id = s.execute(select(ChatLoginCode.id).where(ChatLoginCode.user_id == user_id)
                            .order_by(ChatLoginCode.id.desc()).limit(1)).scalar_one()
        body = s.execute(select(OutboxMessage.body)
                         .where(OutboxMessage.idempotency_key == f"chat-code:{code_id}")).scalar_one()
    return CODE_IN_SMS.search(body).group(1)


def ask_for_code(client, phone: str):
    token = csrf_from(client.get("/chat/login").get_data(as_text=True))
    return client.post("/chat/login", data={"phone": phone, "csrf_token": token})


def type_code(client, code: str):
    token = csrf_from(client.get("/chat/login/code").get_data(as_text=True))
    return client.post("/chat/login/code", data={"code": code, "csrf_token": token})


def chat_log_in(client, db, phone: str, user_id: int):
    """Logs the client in as the user; returns the response to the code (a redirect to /chat/)."""
    assert ask_for_code(client, phone).status_code == 302
    return type_code(client, code_sent_to(db, user_id))


def send_in_chat(client, body: str, client_id: str | None = None, as_script: bool = False):
    page = client.get("/chat/").get_data(as_text=True)
    data = {"body": body, "csrf_token": csrf_from(page),
            "client_id": client_id or re.search(r'name="client_id" value="([^"]+)"', page).group(1)}
    headers = {"Accept": "application/json"} if as_script else {}
    return client.post("/chat/messages", data=data, headers=headers)
