"""Reply texts a team saves and uses again. ``{navn}`` in a text becomes the user's first
name when it is put in a reply. A text is checked as a reply is (GSM-7, at most three SMS)
when it is saved, so that a saved text can always be sent."""
from sqlalchemy import select

from services.messaging.staff_reply import ReplyRefused, prepare_reply
from storage.models import SavedReply, Veileder

NAME_FIELD = "{navn}"
MAX_TITLE_LENGTH = 80
# A long first name, to check that the text still fits when the name is put in.
SAMPLE_NAME = "Mohammed-Ali"


def saved_replies_of(session, team_id: int) -> list[SavedReply]:
    return session.execute(
        select(SavedReply).where(SavedReply.team_id == team_id).order_by(SavedReply.title, SavedReply.id)
    ).scalars().all()


def filled_in(reply: SavedReply, first_name: str) -> str:
    return reply.body.replace(NAME_FIELD, first_name)


def save_reply(session, veileder: Veileder, title: str, body: str) -> SavedReply:
    """A new saved text for the veileder's team; ReplyRefused or NotSmsText says what is wrong with it."""
    title = " ".join(title.split())
    if not title or len(title) > MAX_TITLE_LENGTH:
        raise ReplyRefused(f"Gi teksten et navn (høyst {MAX_TITLE_LENGTH} tegn).")
    prepare_reply(body.replace(NAME_FIELD, SAMPLE_NAME))
    reply = SavedReply(team_id=veileder.team_id, title=title, body=body.strip(), created_by_veileder_id=veileder.id)
    session.add(reply)
    session.flush()
    return reply
