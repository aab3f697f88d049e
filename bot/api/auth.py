"""Bearer-token authentication for the JSON API: one token per veileder (``ApiToken``).

Only the token's SHA-256 is stored; a revoked token is refused like an unknown one.
"""
import hashlib
from functools import wraps

from flask import current_app, g, jsonify, request
from sqlalchemy import select

from storage.models import ApiToken, utcnow


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _unauthorised():
    response = jsonify(error="a valid API token is required: Authorization: Bearer <token>")
    response.status_code = 401
    response.headers["WWW-Authenticate"] = 'Bearer realm="kontakt"'
    return response


def api_token_required(view):
    """Runs ``view`` with ``g.api_veileder_id`` set to the token's veileder, or answers 401."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _unauthorised()
        with current_app.extensions["kontakt"].db.session() as session:
            row = session.execute(
                select(ApiToken).where(ApiToken.token_hash == token_hash(token.strip()),
                                       ApiToken.revoked_at.is_(None))
            ).scalar_one_or_none()
            if row is None or not row.veileder.active:
                return _unauthorised()
            row.last_used_at = utcnow()
            g.api_veileder_id = row.veileder_id
        return view(*args, **kwargs)

    return wrapper
