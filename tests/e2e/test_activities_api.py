"""The activities JSON API over real HTTP: tokens, team boundaries, validation, audit."""
import pytest
import requests
from sqlalchemy import select

from bot import create_app
from storage.models import Activity, ActivityStatus, ApiToken, AuditEvent, Team, User
from tests.conftest import add_user, make_settings
from tests.support.processes import free_port
from tests.support.wsgi import ThreadedWsgiServer


@pytest.fixture
def api(db, fake_twilio):
    port = free_port()
    settings = make_settings(db.url, f"http://127.0.0.1:{port}", f"http://127.0.0.1:{free_port()}",
                             fake_twilio.base_url)
    app = create_app(settings)
    server = ThreadedWsgiServer(app, port)
    yield app, f"http://127.0.0.1:{port}/api/v1"
    server.stop()


def token_for(app, email="kari.nordmann@nav.example") -> str:
    result = app.test_cli_runner().invoke(args=["create-api-token", email])
    assert result.exit_code == 0, result.output
    return result.output.strip()


def other_team_user(db) -> int:
    with db.session() as session:
        team = Team(name="Team Vest", office_name="NAV Vest")
        session.add(team)
        user = User(phone_e164="+4740000999", first_name="Per", team=team)
        session.add(user)
        session.flush()
        return user.id


def test_create_list_update_an_activity(db, api):
    app, base = api
    user = add_user(db)
    headers = {"Authorization": f"Bearer {token_for(app)}"}

    created = requests.post(f"{base}/users/{user.id}/activities", headers=headers, timeout=10, json={
        "title": "Sende CV til veileder", "description": "Internt: trenger hjelp med oppsett",
        "deadline": "2026-11-27", "in_agreed_plan": True, "title_is_safe_for_sms": True})
    assert created.status_code == 201
    activity = created.json()
    assert (activity["status"], activity["deadline"], activity["in_agreed_plan"]) == ("planlagt", "2026-11-27", True)

    listed = requests.get(f"{base}/users/{user.id}/activities", headers=headers, timeout=10)
    assert [a["id"] for a in listed.json()["activities"]] == [activity["id"]]

    done = requests.patch(f"{base}/activities/{activity['id']}", headers=headers, timeout=10,
                          json={"status": "fullfort"})
    assert done.status_code == 200 and done.json()["status"] == "fullfort" and done.json()["completed_at"]
    with db.session() as session:
        assert session.get(Activity, activity["id"]).status == ActivityStatus.FULLFORT
        actions = session.execute(select(AuditEvent.action).where(AuditEvent.user_id == user.id)).scalars().all()
    assert actions == ["api_create_activity", "api_list_activities", "api_update_activity"]


def test_no_token_or_a_wrong_one_is_401(db, api):
    app, base = api
    user = add_user(db)
    assert requests.get(f"{base}/users/{user.id}/activities", timeout=10).status_code == 401
    wrong = requests.get(f"{base}/users/{user.id}/activities", timeout=10,
                         headers={"Authorization": "Bearer not-a-token"})
    assert wrong.status_code == 401


def test_only_the_token_hash_is_stored(db, api):
    app, _ = api
    add_user(db)
    token = token_for(app)
    with db.session() as session:
        hashes = session.execute(select(ApiToken.token_hash)).scalars().all()
    assert len(hashes) == 1 and token not in hashes[0] and len(hashes[0]) == 64


def test_another_teams_user_is_403_and_audited(db, api):
    app, base = api
    add_user(db)
    headers = {"Authorization": f"Bearer {token_for(app)}"}
    stranger = other_team_user(db)
    assert requests.get(f"{base}/users/{stranger}/activities", headers=headers, timeout=10).status_code == 403
    made = requests.post(f"{base}/users/{stranger}/activities", headers=headers, json={"title": "x"}, timeout=10)
    assert made.status_code == 403
    with db.session() as session:
        assert session.execute(select(Activity)).first() is None
        refused = session.execute(select(AuditEvent).where(AuditEvent.user_id == stranger)).scalars().all()
    assert [e.allowed for e in refused] == [False, False]


@pytest.mark.parametrize("body,message", [
    ({"deadline": "2026-11-27"}, "title is required"),
    ({"title": "  "}, "title must be text"),
    ({"title": "CV", "deadline": "fredag"}, "deadline must be a date"),
    ({"title": "CV", "status": "ferdig"}, "status must be one of"),
    ({"title": "CV", "in_agreed_plan": "ja"}, "in_agreed_plan must be true or false"),
    ({"title": "CV", "colour": "blue"}, "unknown fields: colour"),
])
def test_bad_input_gets_a_clear_400_and_stores_nothing(db, api, body, message):
    app, base = api
    user = add_user(db)
    response = requests.post(f"{base}/users/{user.id}/activities", json=body, timeout=10,
                             headers={"Authorization": f"Bearer {token_for(app)}"})
    assert response.status_code == 400 and message in response.json()["error"]
    with db.session() as session:
        assert session.execute(select(Activity)).first() is None


def test_an_unknown_veileder_gets_no_token(db, api):
    app, _ = api
    result = app.test_cli_runner().invoke(args=["create-api-token", "nobody@nav.example"])
    assert result.exit_code != 0 and "no active veileder" in result.output
