"""The web chat's answer buttons are read from the service's own questions and send what an
SMS user would type."""
import re

import pytest

from services.appointments.texts import format_choices
from services.webchat.answer_buttons import Choice, choices_in
from tests.unit.test_user_texts import ALL_TEXTS


def sends(body: str) -> list[str]:
    return [choice.sends for choice in choices_in(body)]


def test_a_meeting_request_is_answered_with_ja_or_kan_ikke():
    body = ("Hei! Kari har satt opp et møte med deg tirsdag 3. mars kl. 10.00, på NAV Grünerløkka. "
            "Kan du komme? Svar JA, eller NEI hvis tiden ikke passer.")
    assert choices_in(body) == [Choice("Ja", "ja"), Choice("Kan ikke", "kan ikke")]


def test_the_free_times_are_answered_by_their_numbers():
    body = (f"Disse tidene er ledige: 1) onsdag, 2) torsdag, 3) fredag. Svar {format_choices(3)}, "
            "eller skriv en dag og tid som passer bedre.")
    assert sends(body) == ["1", "2", "3"]
    assert sends(f"These times are free: 1) Monday, 2) Tuesday. Reply {format_choices(2, 'en')}, or write "
                 "another day and time.") == ["1", "2"]
    assert sends(f"Disse er ledige: 1) onsdag. Svar {format_choices(1)}, eller skriv en annen dag og tid.") == ["1"]


def test_the_activity_plan_is_answered_with_ferdig_or_trenger_mer_tid():
    body = "Frister i planen din: fredag 27.11. Skriv ferdig når noe er gjort, eller trenger mer tid om du trenger det."
    assert choices_in(body) == [Choice("Ferdig", "ferdig"), Choice("Trenger mer tid", "trenger mer tid")]


@pytest.mark.parametrize("body, expected", [
    ("Påminnelse: møte med Kari mandag. Må du flytte det, svar FLYTT.", ["flytt"]),
    ("Påminnelse: møte med Kari mandag. Kan du komme? Svar JA, eller FLYTT hvis du må endre tiden.", ["ja", "flytt"]),
    ("Reminder: meeting with Kari on Monday. Can you come? Reply YES, or NO if you need another time.", ["yes", "no"]),
    ("Vil du at jeg sender spørsmålet til veilederen din? Svar ja.", ["ja", "nei"]),
    ("Takk! Møtet med Kari tirsdag er bekreftet.", []),
    ("Ring 113 eller 116 123.", []),
])
def test_other_questions_and_plain_messages(body, expected):
    assert sends(body) == expected


ASKS = re.compile(r"\b(Svar|Reply|svar|reply) (JA|YES|NEI|NO|FLYTT|ja|yes|\{choices\})\b|\bSkriv ferdig|\bWrite done")


@pytest.mark.parametrize("name, body", [(n, b) for n, b in ALL_TEXTS if ASKS.search(b)],
                         ids=[n for n, b in ALL_TEXTS if ASKS.search(b)])
def test_every_text_that_asks_for_an_answer_gets_buttons(name, body):
    filled = body.replace("{choices}", format_choices(3, "en" if "Reply" in body else "nb"))
    assert choices_in(filled), name
