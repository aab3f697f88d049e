"""The user's side of job matches: answers to a job-match SMS, and job wishes asked about before
they are saved (services/jobs/).

Whether a job-match SMS is open for answers is read from storage on every user message by
``action_read_job_context``, the custom mapping of the slot ``job_matches_open``: the rules
then read a bare "2" (which the NLU cannot place) or a "nei, jobber ikke natt" as an answer to
it. A job-match SMS newer than an appointment question closes that question, so the newest
question is the one answered.
"""
from abc import abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.escalation import EscalatingAction
from actions.storage_access import UserAction, conversation_for_sender, database, latest_inbound_message_id
from actions.turns import previous_turn
from services.cases.escalations import create_escalation
from services.jobs.answers import open_matches, record_decline, record_interest
from services.jobs.limits import decline_reason, limits_in_words
from services.jobs.message import ad_detail, choices
from services.jobs.places import first_place
from services.jobs.wishes import WishChange, describe, offer_text, read_change, save_change, wishes_of
from services.messaging.gsm7 import join_when_it_fits
from services.messaging.texts import text
from services.staff.notices import notify_veileder
from services.understanding.choices import mentioned_options
from storage.models import CaseCategory, DeclineReason, JobMatch, NoticeKind, User, WishKind, WishSource, utcnow

HELP_WORDS = ("hjelp", "help", "søknad", "soknad", "cv", "søke på", "apply")
# The actions that end with a question the next "ja" or "nei" answers, and the slot that holds it.
OFFERS = {"action_job_not_relevant": "job_wish_proposed", "action_job_preferences": "job_wish_proposed",
          "action_job_interested": "job_help_for"}
_ANSWER_SLOTS = ("job_wish_proposed", "job_help_for", "job_match_unclear")


def _words(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def _intent(tracker: Tracker) -> str:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name") or ""


def _source(tracker: Tracker) -> WishSource:
    return WishSource.WEB if tracker.get_latest_input_channel() == "web" else WishSource.SMS


class ActionReadJobContext(Action):
    """Runs after every user message (the custom mapping of ``job_matches_open``)."""

    def name(self) -> str:
        return "action_read_job_context"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        asked_by, _ = previous_turn(tracker)
        events = [SlotSet(slot, None) for slot in _ANSWER_SLOTS
                  if tracker.get_slot(slot) is not None and asked_by not in OFFERS]
        offer_pending = asked_by in OFFERS and tracker.get_slot(OFFERS[asked_by]) is not None
        if offer_pending and _intent(tracker) in ("affirm", "deny"):
            return events + [SlotSet("job_matches_open", False)]
        # Only reads: on SQLite a writing session would take the write lock on every user message.
        with database().reading() as session:
            conversation = conversation_for_sender(session, tracker.sender_id)
            is_open = conversation is not None and bool(open_matches(session, conversation.user, utcnow()))
        events.append(SlotSet("job_matches_open", is_open))
        if is_open and tracker.get_slot("appointment_question") is not None:
            events.append(SlotSet("appointment_question", None))
        return events


class JobMatchAnswer(EscalatingAction):
    """An answer to the open job-match SMS (``answer``); without one, the user's words go to the
    veileder as a P3 case, as before there were job matches.

    Abstract, so rasa-sdk's action server does not try to register it.
    """

    category = CaseCategory.JOB_MATCH

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        now = utcnow()
        matches = open_matches(session, user, now)
        if not matches:
            return super().run_for_user(session, user, dispatcher, tracker, domain)
        return self.answer(session, user, dispatcher, tracker, domain, matches, now)

    @abstractmethod
    def answer(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
               domain: dict[str, Any], matches: list[JobMatch], now) -> list[dict[str, Any]]:
        ...


class ActionJobInterested(JobMatchAnswer):
    """"2", "den første", "vil søke på nr 1": interest in that ad of the open job-match SMS, a
    notice to the veileder, and an offer of help to apply (asked for at once: a P3 case).
    Without an open job-match SMS, the user's words go to the veileder as before."""

    text_keys = ("case_job_interested",)

    def name(self) -> str:
        return "action_job_interested"

    def answer(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
               domain: dict[str, Any], matches: list[JobMatch], now) -> list[dict[str, Any]]:
        words = _words(tracker)
        numbers = mentioned_options(words, len(matches)) or ([1] if len(matches) == 1 else [])
        if not numbers:
            return self._unclear(session, user, dispatcher, tracker, domain, len(matches))
        chosen = [matches[n - 1] for n in numbers]
        message_id = latest_inbound_message_id(session, user.conversation)
        wants_help = any(word in words.casefold() for word in HELP_WORDS)
        for match in chosen:
            record_interest(session, user, match, message_id, now, help_requested=wants_help)
        if wants_help:
            return self._help_case(session, user, dispatcher, chosen)
        for match in chosen:
            dispatcher.utter_message(text=text("job_interest", user.language).format(
                number=match.position, ad=ad_detail(match.ad, first_place(match.ad.locations), user.language)))
        return [SlotSet("job_help_for", ",".join(str(m.id) for m in chosen))]

    def _unclear(self, session, user, dispatcher, tracker, domain, count: int):
        if tracker.get_slot("job_match_unclear"):  # the second unclear answer goes to a person
            return EscalatingAction.run_for_user(self, session, user, dispatcher, tracker, domain)
        key = "job_interest_which" if _intent(tracker) == "job_interested" else "job_answer_unclear"
        dispatcher.utter_message(text=text(key, user.language).format(choices=choices(count, user.language)))
        return [SlotSet("job_match_unclear", True)]

    @staticmethod
    def _help_case(session, user: User, dispatcher: CollectingDispatcher, chosen: list[JobMatch]):
        for match in chosen:
            match.help_requested = True
        wanted = "; ".join(f"nr {m.position}: {m.ad.title} ({m.ad.employer_name})" for m in chosen)
        said = text("case_job_application_help", user.language)
        case = create_escalation(session, user, CaseCategory.JOB_MATCH, f"Vil ha hjelp til å søke på {wanted}",
                                 bot_reply=said)
        for message in join_when_it_fits(said, case.last_notice):
            dispatcher.utter_message(text=message)
        return []


class ActionJobHelpToApply(UserAction):
    """A yes to "Vil du ha hjelp til å søke?" after the user chose an ad."""

    def name(self) -> str:
        return "action_job_help_to_apply"

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        ids = [int(i) for i in (tracker.get_slot("job_help_for") or "").split(",") if i.isdigit()]
        chosen = [m for m in (session.get(JobMatch, i) for i in ids) if m is not None and m.user_id == user.id]
        if not chosen:
            dispatcher.utter_message(response="utter_no_open_question")
            return []
        ActionJobInterested._help_case(session, user, dispatcher, chosen)
        return [SlotSet("job_help_for", None)]


class ActionJobNotRelevant(JobMatchAnswer):
    """"nei, har ikke førerkort" after a job-match SMS: the ads (those named, else all not chosen)
    are kept as not relevant with the reason, and the limit it points to is offered. Without an
    open job-match SMS, the user's words go to the veileder as before."""

    text_keys = ("case_job_not_relevant",)

    def name(self) -> str:
        return "action_job_not_relevant"

    def answer(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
               domain: dict[str, Any], matches: list[JobMatch], now) -> list[dict[str, Any]]:
        words = _words(tracker)
        named = mentioned_options(words, len(matches))
        if _declines_help_only(tracker, words, named):
            dispatcher.utter_message(response="utter_offer_declined")
            return [SlotSet("job_help_for", None)]
        declined = [matches[n - 1] for n in named] if named else [m for m in matches if m.answer is None] or matches
        result = record_decline(session, user, declined, words, latest_inbound_message_id(session, user.conversation),
                                now)
        said = [text("job_declined", user.language)]
        if result.proposal:
            said.append(offer_text(result.proposal, user.language))
        for message in join_when_it_fits(*said):
            dispatcher.utter_message(text=message)
        return [SlotSet("job_wish_proposed", result.proposal.to_json() if result.proposal else None)]


def _declines_help_only(tracker: Tracker, words: str, named: list[int]) -> bool:
    """A bare "nei" to "Vil du ha hjelp til å søke?" (a reason or a number turns jobs down)."""
    asked_by, _ = previous_turn(tracker)
    return (asked_by == "action_job_interested" and tracker.get_slot("job_help_for") is not None and not named
            and decline_reason(words) is DeclineReason.OTHER and not limits_in_words(words, turning_down=True))


class ActionJobPreferences(EscalatingAction):
    """"vil jobbe med bil", "bare deltid pga helse": the wish is read and asked about before it
    is saved; what cannot be read goes to the veileder as before."""

    category = CaseCategory.JOB_MATCH
    text_keys = ("case_job_preferences",)

    def name(self) -> str:
        return "action_job_preferences"

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        job_types = [e["value"] for e in (tracker.latest_message or {}).get("entities", [])
                     if e.get("entity") == "job_type" and isinstance(e.get("value"), str)]
        change = _without_what_is_saved(session, user, read_change(_words(tracker), job_types))
        if not change:
            return super().run_for_user(session, user, dispatcher, tracker, domain)
        dispatcher.utter_message(text=offer_text(change, user.language))
        return [SlotSet("job_wish_proposed", change.to_json())]


def _without_what_is_saved(session, user: User, change: WishChange) -> WishChange:
    have = {(w.kind, w.value.casefold()) for w in wishes_of(session, user.id)}
    return WishChange(
        occupations=[w for w in change.occupations if (WishKind.OCCUPATION, w) not in have],
        municipalities=[m for m in change.municipalities if (WishKind.PLACE, m.casefold()) not in have],
        postcode=change.postcode, radius_km=change.radius_km,
        extent=change.extent if (WishKind.EXTENT, change.extent) not in have else None,
        limits=[code for code in change.limits if (WishKind.LIMIT, code) not in have])


class ActionSaveJobWish(UserAction):
    """A yes to the wish or limit just proposed: saved with where it came from, and the veileder told."""

    def name(self) -> str:
        return "action_save_job_wish"

    def run_for_user(self, session, user: User, dispatcher: CollectingDispatcher, tracker: Tracker,
                     domain: dict[str, Any]) -> list[dict[str, Any]]:
        change = WishChange.from_json(tracker.get_slot("job_wish_proposed"))
        if not change:
            dispatcher.utter_message(response="utter_no_open_question")
            return []
        message_id = latest_inbound_message_id(session, user.conversation)
        save_change(session, user, change, _source(tracker), message_id)
        notify_veileder(session, user, NoticeKind.JOB_WISH_SAVED, priority="P3", message_id=message_id,
                        detail=f"{user.first_name} har bekreftet et jobbønske: {describe(change, 'nb')}.")
        dispatcher.utter_message(text=text("job_wish_saved", user.language))
        return [SlotSet("job_wish_proposed", None)]
