from functools import wraps

from flask import abort, current_app, request
from twilio.request_validator import RequestValidator

from services.metrics.definitions import TWILIO_BAD_SIGNATURES


def public_url_of_request() -> str:
    """The URL Twilio called: the configured public base, not ``request.url`` (wrong behind a proxy)."""
    settings = current_app.extensions["kontakt"].settings
    url = settings.public_base_url + request.path
    if request.query_string:
        url += "?" + request.query_string.decode()
    return url


def twilio_signed(view):
    """Answers 403 unless the request carries a valid ``X-Twilio-Signature``."""

    @wraps(view)
    def checked(*args, **kwargs):
        settings = current_app.extensions["kontakt"].settings
        # During a rotation Twilio signs with the old token until the new one is promoted.
        tokens = [token for token in (settings.twilio_auth_token, settings.previous_twilio_auth_token) if token]
        signature = request.headers.get("X-Twilio-Signature", "")
        url, form = public_url_of_request(), request.form.to_dict()
        if not any(RequestValidator(token).validate(url, form, signature) for token in tokens):
            current_app.logger.warning("rejected a request to %s with a bad Twilio signature", request.path)
            TWILIO_BAD_SIGNATURES.labels(request.url_rule.rule).inc()
            abort(403)
        return view(*args, **kwargs)

    return checked
