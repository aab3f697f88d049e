"""The web chat's pages through Flask's test client: logging in, writing, what each user may
see, the session's cookie and end, the headers, the page weight."""
import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from bot import create_app
from bot.chat.wording import WORDS
from storage.models import ChatSession, Message, OutboxMessage, User, utcnow
from tests.conftest import add_user, make_settings
from tests.support.chat_client import ask_for_code, chat_log_in, code_sent_to, send_in_chat, type_code
from tests.support.inbox_client import csrf_from
from tests.unit.conftest import UNREACHABLE
from tests.unit.test_user_texts import FORBIDDEN

STATIC = Path(__file__).resolve().parents[2] / "bot" / "chat" / "static"


@pytest.fixture
def ola(db):
    return add_user(db, first_name="Ola")


def logged_in(app, db, user):
    client = app.test_client()
    response = chat_log_in(client, db, user.phone_e164, user.id)
    assert response.status_code == 302 and response.headers["Location"] == "/chat/"
    return client


def stored_bodies(db, user_id: int) -> list[str]:
    with db.reading() as s:
        return s.execute(select(Message.body).join(User.conversation).join(Message)
                         .where(User.id == user_id).order_by(Message.id)).scalars().all()


def without_tokens(html: str) -> str:
    return re.sub(r'name="csrf_token" value="[^"]+"', "", html)


def test_the_chat_asks_for_a_login(app):
    client = app.test_client()
    assert client.get("/chat/").headers["Location"].startswith("/chat/login")
    assert client.get("/chat/events").status_code == 204  # the browser's EventSource stops asking
    refused = client.post("/chat/messages", data={"body": "hei"}, headers={"Accept": "application/json"})
    assert refused.status_code == 400  # no CSRF token; with one, still no session:
    token = csrf_from(client.get("/chat/login").get_data(as_text=True))
    assert client.post("/chat/messages", data={"body": "hei", "csrf_token": token},
                       headers={"Accept": "application/json"}).status_code == 401


def test_a_user_logs_in_with_the_code_and_the_cookie_is_guarded(app, db, ola):
    client = logged_in(app, db, ola)
    page = client.get("/chat/")
    assert page.status_code == 200 and "Hei, Ola" in page.get_data(as_text=True)
    cookie = client.get_cookie("kontakt_chat", path="/chat")
    assert cookie.http_only and cookie.same_site == "Lax" and not cookie.secure  # test: plain http
    assert cookie.path == "/chat"


def test_outside_development_the_cookie_is_secure(db, fake_twilio, ola):
    app = create_app(make_settings(db.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url, KONTAKT_ENV="production"))
    client = app.test_client()
    response = chat_log_in(client, db, ola.phone_e164, ola.id)
    assert "Secure" in response.headers["Set-Cookie"] and "HttpOnly" in response.headers["Set-Cookie"]
    app.extensions["kontakt"].db.dispose()


def test_an_unknown_number_gets_the_same_pages_and_no_sms(app, db, ola):
    known, unknown = app.test_client(), app.test_client()
    answers = [ask_for_code(known, ola.phone_e164), ask_for_code(unknown, "+4799988877")]
    assert [(a.status_code, a.headers["Location"]) for a in answers] == [(302, "/chat/login/code")] * 2
    pages = [without_tokens(c.get("/chat/login/code").get_data(as_text=True)) for c in (known, unknown)]
    assert pages[0] == pages[1]
    wrong = [without_tokens(type_code(c, "000000").get_data(as_text=True)) for c in (known, unknown)]
    assert wrong[0] == wrong[1] or code_sent_to(db, ola.id) == "000000"
    with db.reading() as s:
        assert s.execute(select(func.count(OutboxMessage.id))).scalar_one() == 1  # Ola's code only


def test_a_wrong_code_five_times_spends_it(app, db, ola):
    client = app.test_client()
    ask_for_code(client, ola.phone_e164)
    right = code_sent_to(db, ola.id)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    answers = [type_code(client, wrong) for _ in range(5)]
    assert all(a.status_code == 400 for a in answers)
    assert "Du kan prøve 1 ganger til" in answers[3].get_data(as_text=True)
    assert "Koden er brukt opp" in answers[4].get_data(as_text=True)
    spent = type_code(client, right)
    assert spent.status_code == 400 and "Koden er brukt opp" in spent.get_data(as_text=True)
    assert client.get("/chat/").status_code == 302


def test_a_bad_number_and_too_many_codes_are_explained(app, db, ola):
    client = app.test_client()
    bad = ask_for_code(client, "123")
    assert bad.status_code == 400 and "Det ser ikke ut som et mobilnummer" in bad.get_data(as_text=True)
    assert 'value="123"' in bad.get_data(as_text=True)  # what was typed is kept
    for _ in range(3):
        assert ask_for_code(client, ola.phone_e164).status_code == 302
    limited = ask_for_code(client, ola.phone_e164)
    assert limited.status_code == 429 and "Vent en time" in limited.get_data(as_text=True)


def test_a_message_is_stored_once_even_when_sent_twice(app, db, ola):
    client = logged_in(app, db, ola)
    first = send_in_chat(client, "hei", client_id="page-0000000000000001", as_script=True)
    again = send_in_chat(client, "hei", client_id="page-0000000000000001", as_script=True)
    assert first.status_code == again.status_code == 200 and first.get_json()["id"] == again.get_json()["id"]
    assert 'class="message from-user"' in first.get_json()["html"]
    assert stored_bodies(db, ola.id).count("hei") == 1
    with db.reading() as s:
        stored = s.execute(select(Message.channel, Message.inbound_state)
                           .where(Message.external_id == "page-0000000000000001")).one()
    assert (stored.channel, stored.inbound_state.value) == ("web", "received")  # the workers answer it


def test_without_javascript_the_form_posts_and_reloads(app, db, ola):
    client = logged_in(app, db, ola)
    response = send_in_chat(client, "når er neste møte?")
    assert response.status_code == 302 and response.headers["Location"] == "/chat/?sent=1#message-box"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "når er neste møte?" in page and "autofocus" in page


def test_an_empty_or_too_long_message_is_explained_and_nothing_is_stored(app, db, ola):
    client = logged_in(app, db, ola)
    before = stored_bodies(db, ola.id)
    empty = send_in_chat(client, "   ", as_script=True)
    assert empty.status_code == 400 and empty.get_json() == {"error": "Skriv noe før du sender."}
    long = send_in_chat(client, "a" * 1601)
    assert "Meldingen er for lang" in client.get(long.headers["Location"]).get_data(as_text=True)
    assert stored_bodies(db, ola.id) == before


def test_a_crisis_shows_the_emergency_numbers_at_once(app, db, ola):
    client = logged_in(app, db, ola)
    answer = send_in_chat(client, "jeg orker ikke mer, vil ikke leve", as_script=True).get_json()
    assert 'href="tel:113"' in answer["crisis"] and 'href="tel:116123"' in answer["crisis"]
    assert send_in_chat(client, "hei", as_script=True).get_json()["crisis"] is None
    no_script = send_in_chat(client, "vil ta livet mitt")
    assert "116 123" in client.get(no_script.headers["Location"]).get_data(as_text=True)


def test_nobody_reads_another_users_thread(app, db, ola):
    kari_user = add_user(db, first_name="Kari")
    ola_client, other_client = logged_in(app, db, ola), logged_in(app, db, kari_user)
    send_in_chat(ola_client, "min hemmelighet", as_script=True)
    other_page = other_client.get(f"/chat/?user_id={ola.id}").get_data(as_text=True)
    assert "min hemmelighet" not in other_page and "Hei, Kari" in other_page
    assert "min hemmelighet" not in events_of(other_client, 2) and "min hemmelighet" in events_of(ola_client, 3)


def events_of(client, count: int) -> str:
    """The first ``count`` chunks of the client's live stream (the retry line, then one a message)."""
    stream = client.get("/chat/events?after=0", buffered=False)
    chunks = "".join(chunk.decode() for _, chunk in zip(range(count), stream.response))
    stream.close()
    assert chunks.count("event: message") == count - 1
    return chunks


def test_logout_ends_the_session_for_a_copied_cookie_too(app, db, ola):
    client = logged_in(app, db, ola)
    token = client.get_cookie("kontakt_chat", path="/chat").value
    page = client.get("/chat/").get_data(as_text=True)
    out = client.post("/chat/logout", data={"csrf_token": csrf_from(page)})
    assert out.headers["Location"] == "/chat/login?out=1"
    assert "Du er logget ut" in client.get("/chat/login?out=1").get_data(as_text=True)
    thief = app.test_client()
    thief.set_cookie("kontakt_chat", token, path="/chat")
    assert thief.get("/chat/").status_code == 302 and thief.get("/chat/events").status_code == 204


def test_after_30_minutes_idle_the_user_is_logged_out(app, db, ola):
    client = logged_in(app, db, ola)
    with db.session() as s:
        s.execute(update(ChatSession).values(last_seen_at=utcnow() - timedelta(minutes=31)))
    response = client.get("/chat/")
    assert response.headers["Location"] == "/chat/login?ended=1"
    assert "Du ble logget ut fordi det gikk en stund" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_the_pages_allow_nothing_from_elsewhere_and_are_not_cached(app, db, ola):
    client = logged_in(app, db, ola)
    for path in ("/chat/login", "/chat/"):
        headers = client.get(path).headers
        assert headers["Content-Security-Policy"].startswith("default-src 'none'; script-src 'self'")
        assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
        assert headers["Cache-Control"] == "no-store" and headers["X-Frame-Options"] == "DENY"
    page = client.get("/chat/").get_data(as_text=True)
    assert not re.search(r'(src|href)="(https?:)?//', page) and "<script>" not in page and "style=" not in page


def test_an_english_user_gets_the_page_in_english(app, db):
    john = add_user(db, language="en", first_name="John")
    client = app.test_client()
    assert "Mobilnummeret ditt" in client.get("/chat/login").get_data(as_text=True)
    assert "Your mobile number" in client.get("/chat/login?lang=en").get_data(as_text=True)
    client = logged_in(app, db, john)
    page = client.get("/chat/").get_data(as_text=True)
    assert '<html lang="en">' in page and "Write a message" in page and "Hi, John" in page


def test_the_user_can_say_no_to_the_sms_about_unread_answers(app, db, ola):
    client = logged_in(app, db, ola)
    page = client.get("/chat/").get_data(as_text=True)
    assert 'name="sms_when_unread" value="yes" checked' in page
    client.post("/chat/settings", data={"csrf_token": csrf_from(page)})
    assert 'name="sms_when_unread" value="yes">' in client.get("/chat/").get_data(as_text=True)


def test_the_page_its_css_and_its_script_weigh_under_100_kb(app, db, ola, report_figures):
    client = logged_in(app, db, ola)
    for n in range(30):
        send_in_chat(client, f"melding nummer {n} med litt mer tekst, slik folk skriver", as_script=True)
    page = client.get("/chat/").get_data()
    sizes = {"page (31 messages)": len(page), "chat.css": len((STATIC / "chat.css").read_bytes()),
             "chat.js": len((STATIC / "chat.js").read_bytes())}
    report_figures([f"web chat, uncompressed: {name} {size:,} bytes" for name, size in sizes.items()])
    assert sum(sizes.values()) < 100 * 1024


def test_the_pages_words_keep_the_rules_of_every_text():
    for language, words in WORDS.items():
        for key, value in words.items():
            for pattern in FORBIDDEN:
                assert not re.search(pattern, value, re.IGNORECASE), f"{language}:{key} matches {pattern}"
        assert set(words) == set(WORDS["nb"])


def test_a_page_id_another_user_used_neither_blocks_nor_reveals_anything(app, db, ola):
    other = add_user(db, first_name="Per")
    ola_client, other_client = logged_in(app, db, ola), logged_in(app, db, other)
    send_in_chat(ola_client, "olas melding", client_id="page-0000000000000042", as_script=True)
    answer = send_in_chat(other_client, "pers melding", client_id="page-0000000000000042", as_script=True).get_json()
    assert "pers melding" in answer["html"] and "olas melding" not in answer["html"]
    assert "pers melding" in stored_bodies(db, other.id) and "pers melding" not in stored_bodies(db, ola.id)
