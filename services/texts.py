"""Texts the service sends by itself, outside the Rasa assistant's responses.

Every text here, like every response in nlu/domain, is checked by tests/unit/test_user_texts.py:
GSM-7, at most 306 characters, no sanction wording, no promises.
"""

TEXTS = {
    "received_assistant_unavailable": {
        "nb": "Takk, meldingen din har kommet fram. En veileder vil se den. Du trenger ikke sende den på nytt.",
        "en": "Thank you, your message has arrived. A counsellor will see it. You do not need to send it again.",
    },
    "unknown_number": {
        "nb": "Hei! Vi kjenner ikke igjen dette nummeret. Har du fått nytt nummer, kan du ringe NAV på 55 55 33 33 eller gi beskjed til veilederen din.",
        "en": "Hi! We do not recognise this number. If you have a new number, please call NAV on 55 55 33 33 or tell your counsellor.",
    },
}


def text(key: str, language: str = "nb") -> str:
    variants = TEXTS[key]
    return variants.get(language) or variants["nb"]
