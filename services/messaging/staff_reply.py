"""A veileder's reply made fit for SMS: cleaned up (services/messaging/gsm7.py), split into
texts, and its size as the inbox shows it while the veileder types (static/inbox/sms_counter.js
counts the same way in the browser, from ``sms_rules``)."""
from dataclasses import dataclass

from services.messaging.gsm7 import (
    GSM7_BASIC, GSM7_EXTENSION, LOOK_ALIKES, MAX_SMS_SEPTETS, TYPOGRAPHIC, NotSmsText, clean_for_sms, gsm7_text,
    non_gsm7_characters, septet_length,
)

MAX_PARTS = 3
# One SMS segment holds 160 septets; a longer text goes in segments of 153 (the rest is the header).
SEGMENT_SEPTETS = 160
CONCATENATED_SEGMENT_SEPTETS = 153


class ReplyRefused(ValueError):
    """A reply or saved text the inbox refuses for a reason other than its characters and
    length (those are NotSmsText); the message says why, for the veileder."""


def split_for_sms(text: str, limit: int = MAX_SMS_SEPTETS) -> list[str]:
    """Parts of at most ``limit`` septets, cut between words where possible."""
    parts: list[str] = []
    rest = text
    while septet_length(rest) > limit:
        cut = limit
        while septet_length(rest[:cut]) > limit:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        newline = rest.rfind("\n", 0, cut + 1)
        boundary = max(space, newline)
        if boundary > limit // 2:
            cut = boundary
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def prepare_reply(body: str) -> list[str]:
    """The SMS texts to send for ``body``, or NotSmsText with a reason for the veileder."""
    parts = split_for_sms(gsm7_text(body, empty="Svaret er tomt."))
    if len(parts) > MAX_PARTS:
        raise NotSmsText(f"Svaret er for langt: det blir {len(parts)} SMS. Del det opp eller gjør det kortere "
                         f"(høyst {MAX_PARTS} SMS).")
    return parts


def segments_of(septets: int) -> int:
    if septets <= SEGMENT_SEPTETS:
        return 1 if septets else 0
    return -(-septets // CONCATENATED_SEGMENT_SEPTETS)


@dataclass(frozen=True)
class SmsSize:
    """How big a reply is as SMS: the texts it is split into (``parts``), the segments they
    cost, the characters left before one more segment, and what cannot be sent at all."""

    septets: int
    parts: int
    segments: int
    left: int
    unsupported: tuple[str, ...]

    @property
    def summary(self) -> str:
        if self.unsupported:
            return f"Kan ikke sendes på SMS: {' '.join(self.unsupported)}"
        if self.parts > MAX_PARTS:
            return f"For langt: blir {self.parts} SMS, høyst {MAX_PARTS}"
        plural = "" if self.segments == 1 else "er"
        return f"{self.left} tegn igjen · {self.segments} SMS-segment{plural}"


def sms_size(body: str) -> SmsSize:
    text = clean_for_sms(body or "")
    parts = split_for_sms(text)
    last = septet_length(parts[-1]) if parts else 0
    capacity = SEGMENT_SEPTETS if last <= SEGMENT_SEPTETS else MAX_SMS_SEPTETS
    return SmsSize(septets=septet_length(text), parts=len(parts),
                   segments=sum(segments_of(septet_length(part)) for part in parts),
                   left=capacity - last, unsupported=tuple(sorted(non_gsm7_characters(text))))


def sms_rules() -> dict:
    """What the browser needs to count as ``sms_size`` does."""
    return {"alphabet": GSM7_BASIC, "extension": GSM7_EXTENSION, "replacements": TYPOGRAPHIC | LOOK_ALIKES,
            "max_septets": MAX_SMS_SEPTETS, "max_parts": MAX_PARTS, "segment_septets": SEGMENT_SEPTETS,
            "concatenated_segment_septets": CONCATENATED_SEGMENT_SEPTETS}
