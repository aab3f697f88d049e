"""What the inbox costs the database: ``python -m bench.inbox`` (or ``make bench``) prints figures.

A SQLite database in a temporary folder gets an office of 20 veiledere with 50 users each,
20 messages per user and an open case for every fifth user. Timed, each many times (the
median and the slowest of the middle 90 % are printed):

- one poll of a veileder's live stream when nothing changed (bot/inbox/live.py: what changed
  in the last 5 s among the veileder's users), which every open inbox page runs once a
  second, and the unread count it adds after a change (and every fifth poll);
- "Mine brukere" (services/people/caseload.py) for one veileder;
- the case list (services/cases/listing.py with the unread counts) for a team lead, who sees
  every user of the team.
"""
import argparse
import statistics
import tempfile
import time
from datetime import timedelta

from sqlalchemy import update

from services.cases.escalations import create_escalation
from services.cases.listing import open_cases_for
from services.people.caseload import caseload
from services.staff.changes import changes_for
from services.staff.reading import unread_by_user, unread_count
from storage import migrate
from storage.db import Database
from storage.models import (
    Conversation,
    Direction,
    Escalation,
    Message,
    SenderKind,
    Team,
    User,
    Veileder,
    VeilederAssignment,
    utcnow,
)


def build(db: Database, veiledere: int, users_each: int, messages_each: int) -> tuple[int, int]:
    """Returns (a veileder's id, the team lead's id)."""
    now = utcnow()
    with db.session() as s:
        team = Team(name="Team Benk", office_name="NAV Benk")
        lead = Veileder(email="lead@bench.example", full_name="Lene Leder", first_name="Lene", team=team,
                        is_team_lead=True)
        s.add_all([team, lead])
        number = 40000000
        for v in range(veiledere):
            veileder = Veileder(email=f"v{v}@bench.example", full_name=f"Veileder {v}", first_name=f"V{v}", team=team)
            s.add(veileder)
            for u in range(users_each):
                number += 1
                user = User(phone_e164=f"+47{number}", first_name=f"Bruker{v}x{u}", team=team)
                conversation = Conversation(user=user)
                s.add_all([user, conversation, VeilederAssignment(user=user, veileder=veileder)])
                s.add_all(Message(conversation=conversation, channel="sms", body="hei",
                                  direction=Direction.INBOUND if m % 2 else Direction.OUTBOUND,
                                  sender_kind=SenderKind.USER if m % 2 else SenderKind.BOT,
                                  created_at=now - timedelta(hours=messages_each - m),
                                  updated_at=now - timedelta(hours=messages_each - m))
                          for m in range(messages_each))
                if u % 5 == 0:
                    s.flush()
                    create_escalation(s, user, "contact_request", "ring meg", now=now - timedelta(hours=3))
            s.flush()
        # Nothing changed in the last moments: the polls below are the quiet, common case.
        s.execute(update(Escalation).values(updated_at=Escalation.created_at))
        return s.query(Veileder.id).filter(Veileder.email == "v0@bench.example").scalar(), lead.id


def timed(function, rounds: int) -> tuple[float, float]:
    """(median, 95th percentile) in milliseconds."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--veiledere", type=int, default=20)
    parser.add_argument("--users-each", type=int, default=50)
    parser.add_argument("--messages-each", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=50)
    args = parser.parse_args()
    url = f"sqlite:///{tempfile.mkdtemp(prefix='kontakt-bench-')}/bench.db"
    migrate.upgrade(url, configure_logging=False)
    db = Database(url)
    started = time.perf_counter()
    veileder_id, lead_id = build(db, args.veiledere, args.users_each, args.messages_each)
    print(f"built {args.veiledere} veiledere x {args.users_each} users x {args.messages_each} messages "
          f"in {time.perf_counter() - started:.1f} s (SQLite)")

    def poll():
        with db.reading() as s:
            now = utcnow()
            changes_for(s, s.get(Veileder, veileder_id), now - timedelta(seconds=5), now)

    def unread():
        with db.reading() as s:
            unread_count(s, s.get(Veileder, veileder_id), utcnow())

    def mine():
        with db.reading() as s:
            caseload(s, s.get(Veileder, veileder_id), utcnow(), str)

    def case_list():
        with db.reading() as s:
            lead, now = s.get(Veileder, lead_id), utcnow()
            open_cases_for(s, lead, "all", now)
            unread_by_user(s, lead, now)

    for name, function in [("live poll, nothing changed, one veileder (50 users)", poll),
                           ("unread count, one veileder (50 users)", unread),
                           ("Mine brukere, one veileder (50 users)", mine),
                           (f"case list, team lead ({args.veiledere * args.users_each} users)", case_list)]:
        median, slow = timed(function, args.rounds)
        print(f"{name}: median {median:.1f} ms, 95th percentile {slow:.1f} ms ({args.rounds} rounds)")
    db.dispose()


if __name__ == "__main__":
    main()
