"""Job matches (jobbmatch): vacancies from NAV's job-ad feed, the user's job wishes
(stillingsønsker), and every match sent with the user's answer."""
import enum

from sqlalchemy import JSON, Boolean, Column, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import relationship

from storage.models.base import Base, UtcDateTime, utcnow
from storage.models.messaging import _enum


class JobAd(Base):
    """One vacancy as NAV's feed last described it (navikt/pam-stilling-feed's ``FeedAd``).

    ``withdrawn_at`` is set when the feed says INACTIVE: the ad is never sent again.
    ``locations`` and ``categories`` keep the feed's ``workLocations`` and ``categoryList``
    as they came (lists of objects); the matcher reads them, SQL never needs to.
    """

    __tablename__ = "job_ads"

    id = Column(Integer, primary_key=True)
    uuid = Column(String(64), nullable=False, unique=True)
    title = Column(String(300), nullable=False)
    jobtitle = Column(String(300), nullable=False, default="")
    # The ad text as plain text (the feed's ``description`` is HTML).
    description = Column(Text, nullable=False, default="")
    employer_name = Column(String(300), nullable=False, default="")
    employer_orgnr = Column(String(20), nullable=True)
    extent = Column(String(20), nullable=False, default="")  # "Heltid" or "Deltid"
    engagement_type = Column(String(60), nullable=False, default="")
    application_due = Column(String(60), nullable=False, default="")  # free text: "2026-12-15" or "Snarest"
    link = Column(String(500), nullable=False, default="")
    locations = Column(JSON, nullable=False, default=list)
    categories = Column(JSON, nullable=False, default=list)
    occupations = Column(JSON, nullable=False, default=list)
    published_at = Column(UtcDateTime, nullable=True)
    expires_at = Column(UtcDateTime, nullable=True, index=True)
    updated_at = Column(UtcDateTime, nullable=True)
    # The feed entry's ``sistEndret``: an older entry never overwrites a newer one.
    feed_changed_at = Column(UtcDateTime, nullable=True)
    withdrawn_at = Column(UtcDateTime, nullable=True, index=True)
    imported_at = Column(UtcDateTime, nullable=False, default=utcnow)


class WishKind(str, enum.Enum):
    OCCUPATION = "occupation"  # ``value``: free words ("lager") or a STYRK-08 code ("4321")
    PLACE = "place"  # ``value``: a municipality, or a postcode with ``radius_km``
    EXTENT = "extent"  # ``value``: "heltid" or "deltid"
    LIMIT = "limit"  # ``value``: a limit code from services/jobs/limits.py ("no_night")


class WishSource(str, enum.Enum):
    VEILEDER = "veileder"
    SMS = "sms"  # the user by SMS, confirmed with a yes
    WEB = "web"  # the user in the web chat, confirmed with a yes


class JobWish(Base):
    """One of the user's job wishes (stillingsønsker), with where it came from.

    A health reason is stored as the limit it leads to ("no_heavy_lifting", "deltid"),
    never as the diagnosis or the user's words.
    """

    __tablename__ = "job_wishes"
    __table_args__ = (UniqueConstraint("user_id", "kind", "value", name="uq_job_wishes_user_kind_value"),)

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    kind = Column(_enum(WishKind), nullable=False)
    value = Column(String(120), nullable=False)
    radius_km = Column(Integer, nullable=True)
    source = Column(_enum(WishSource), nullable=False)
    created_by_veileder_id = Column(Integer, ForeignKey("veiledere.id"), nullable=True)
    # The user's "ja" that confirmed a wish the assistant proposed.
    confirmed_by_message_id = Column(Integer, ForeignKey("messages.id"), nullable=True)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)

    user = relationship("User")
    created_by = relationship("Veileder")


class MatchAnswer(str, enum.Enum):
    INTERESTED = "interested"
    NOT_RELEVANT = "not_relevant"


class DeclineReason(str, enum.Enum):
    """Why a match did not fit, in a fixed set (the user's words are the message itself)."""

    PLACE = "place"
    HOURS = "hours"
    EXTENT = "extent"
    LICENCE = "licence"
    PHYSICAL = "physical"
    TYPE_OF_WORK = "type_of_work"
    HEALTH = "health"
    OTHER = "other"


class JobMatch(Base):
    """An ad sent to a user as number ``position`` of one job-match SMS (``outbox_id``).

    One row per user and ad: an ad sent once, or turned down, never comes again.
    """

    __tablename__ = "job_matches"
    __table_args__ = (UniqueConstraint("user_id", "ad_id", name="uq_job_matches_user_ad"),)

    id = Column(Integer, primary_key=True)
    user_id = Column(Integer, ForeignKey("users.id"), nullable=False, index=True)
    ad_id = Column(Integer, ForeignKey("job_ads.id"), nullable=False)
    outbox_id = Column(Integer, ForeignKey("outbox.id"), nullable=False, index=True)
    position = Column(Integer, nullable=False)
    score = Column(Float, nullable=False)
    # Why it fits, for the veileder: "lager i Oslo, deltid".
    reason = Column(String(200), nullable=False)
    created_at = Column(UtcDateTime, nullable=False, default=utcnow)
    answer = Column(_enum(MatchAnswer), nullable=True)
    decline_reason = Column(_enum(DeclineReason), nullable=True)
    help_requested = Column(Boolean, nullable=False, default=False)
    answer_message_id = Column(Integer, ForeignKey("messages.id"), nullable=True)
    answered_at = Column(UtcDateTime, nullable=True)

    ad = relationship("JobAd")
    outbox_entry = relationship("OutboxMessage")
    answer_message = relationship("Message")
