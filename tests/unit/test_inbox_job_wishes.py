"""Job wishes and job matches on the inbox's user page: a veileder adds and removes wishes
(source: the veileder), sees every match sent with the answer, the reason and the user's words;
another team gets 403; every view and change is audited."""
from datetime import timedelta

from sqlalchemy import select

from services.messaging.send_policy import schedule_user_message
from storage.models import (
    DeclineReason,
    Direction,
    JobAd,
    JobMatch,
    JobWish,
    MatchAnswer,
    Message,
    MessageCategory,
    SenderKind,
    WishKind,
    WishSource,
    utcnow,
)
from tests.support.inbox_client import audit_events, logged_in, post_form
from tests.support.people import make_team, make_user, make_veileder


def _world(db):
    with db.session() as s:
        team, other = make_team(s), make_team(s)
        kari, jonas = make_veileder(s, team, "Kari"), make_veileder(s, other, "Jonas")
        ola = make_user(s, team, kari, "Ola")
        ad = JobAd(uuid="a1", title="Varebilsjåfør", employer_name="Fjord AS", extent="Heltid",
                   locations=[{"municipal": "OSLO"}], categories=[], occupations=[],
                   expires_at=utcnow() + timedelta(days=9))
        s.add(ad)
        entry = schedule_user_message(s, ola, "Hei Ola! En ledig jobb ...", MessageCategory.JOB_MATCH, None, "jm:1").entry
        words = Message(conversation=ola.conversation, direction=Direction.INBOUND, channel="sms",
                        sender_kind=SenderKind.USER, body="nei, har ikke førerkort")
        s.add(words)
        s.flush()
        s.add(JobMatch(user_id=ola.id, ad_id=ad.id, outbox_id=entry.id, position=1, score=0.8,
                       reason="sjåfør i Oslo, heltid", answer=MatchAnswer.NOT_RELEVANT,
                       decline_reason=DeclineReason.LICENCE, answer_message_id=words.id))
        s.add(JobWish(user_id=ola.id, kind=WishKind.LIMIT, value="no_licence", source=WishSource.SMS,
                      confirmed_by_message_id=words.id))
        return kari.email, jonas.email, ola.id


def test_the_user_page_lists_wishes_with_their_source_and_every_match_with_its_answer(app, db):
    kari, _, ola = _world(db)
    page = logged_in(app, kari).get(f"/inbox/users/{ola}").get_data(as_text=True)
    assert "jobber uten krav om førerkort" in page and "Fra brukeren på SMS, bekreftet" in page
    assert "Varebilsjåfør" in page and "sjåfør i Oslo, heltid" in page
    assert "Ikke aktuell: førerkort" in page and "nei, har ikke førerkort" in page


def test_a_veileder_adds_and_removes_wishes_and_a_bad_one_is_explained(app, db):
    kari, _, ola = _world(db)
    client = logged_in(app, kari)
    assert post_form(client, f"/inbox/users/{ola}/job-wishes", kind="occupation", value="4321").status_code == 302
    assert post_form(client, f"/inbox/users/{ola}/job-wishes", kind="place", value="0557", radius_km="25").status_code == 302
    assert post_form(client, f"/inbox/users/{ola}/job-wishes", kind="extent", value="deltid").status_code == 302
    refused = post_form(client, f"/inbox/users/{ola}/job-wishes", kind="place", value="Atlantis")
    assert refused.status_code == 400 and "Atlantis er ikke en kommune" in refused.get_data(as_text=True)
    with db.session() as s:
        wishes = {(w.kind, w.value, w.radius_km, w.source) for w in s.execute(select(JobWish)).scalars()}
        limit_id = s.execute(select(JobWish.id).where(JobWish.value == "no_licence")).scalar_one()
    assert {(WishKind.OCCUPATION, "4321", None, WishSource.VEILEDER), (WishKind.PLACE, "0557", 25, WishSource.VEILEDER),
            (WishKind.EXTENT, "deltid", None, WishSource.VEILEDER)} <= wishes
    assert post_form(client, f"/inbox/job-wishes/{limit_id}/delete").status_code == 302
    with db.session() as s:
        assert s.get(JobWish, limit_id) is None
    assert [e.allowed for e in audit_events(db, "job_wish_add")] == [True] * 4
    assert [e.allowed for e in audit_events(db, "job_wish_delete")] == [True]


def test_another_team_cannot_see_or_change_the_wishes(app, db):
    _, jonas, ola = _world(db)
    client = logged_in(app, jonas)
    assert client.get(f"/inbox/users/{ola}").status_code == 403
    assert post_form(client, f"/inbox/users/{ola}/job-wishes", kind="occupation", value="lager").status_code == 403
    assert [e.allowed for e in audit_events(db, "job_wish_add")] == [False]
