"""Rotating the Twilio auth token and the secret key without turning webhooks or veiledere away
(README, "Runbook: rotating secrets")."""
from flask import session
from twilio.request_validator import RequestValidator

from bot import create_app
from tests.conftest import make_settings
from tests.unit.conftest import UNREACHABLE


def _signed_post(app, token: str):
    params = {"MessageSid": "SMrotate1", "From": "not-a-number", "Body": "hei"}
    signature = RequestValidator(token).compute_signature(f"{UNREACHABLE}/sms/inbound", params)
    return app.test_client().post("/sms/inbound", data=params, headers={"X-Twilio-Signature": signature})


def test_while_the_twilio_token_rotates_webhooks_signed_with_either_token_are_taken(db, fake_twilio):
    rotating = create_app(make_settings(db.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url,
                                        TWILIO_AUTH_TOKEN="new-token", TWILIO_AUTH_TOKEN_PREVIOUS="old-token"))
    done = create_app(make_settings(db.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url,
                                    TWILIO_AUTH_TOKEN="new-token"))

    # 400: past the signature check (the From of this form is not a number), so nothing is stored.
    assert [_signed_post(rotating, token).status_code for token in ("old-token", "new-token", "other")] == \
        [400, 400, 403]
    assert [_signed_post(done, token).status_code for token in ("old-token", "new-token")] == [403, 400]


def test_a_session_signed_with_the_previous_secret_key_stays_valid_during_the_rotation(db, fake_twilio):
    old = create_app(make_settings(db.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url, SECRET_KEY="old-key"))
    rotating = create_app(make_settings(db.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url,
                                        SECRET_KEY="new-key", SECRET_KEY_PREVIOUS="old-key"))
    with old.test_request_context():
        session["logged_in_at"] = "2026-11-30T10:00:00+00:00"
        cookie = old.session_interface.get_signing_serializer(old).dumps(dict(session))

    assert _session_in(rotating, cookie).get("logged_in_at") == "2026-11-30T10:00:00+00:00"
    done = create_app(make_settings(db.url, UNREACHABLE, UNREACHABLE, fake_twilio.base_url, SECRET_KEY="new-key"))
    assert "logged_in_at" not in _session_in(done, cookie)


def _session_in(app, cookie: str):
    with app.test_request_context(headers={"Cookie": f"session={cookie}"}) as context:
        return app.session_interface.open_session(app, context.request)
