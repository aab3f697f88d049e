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
    # Pieces of appointment messages (services/appointments/texts.py), filled into the
    # responses in nlu/domain/appointments.yml.
    "appointment_place_office": {"nb": "på {place}", "en": "at {place}"},
    "appointment_place_office_unnamed": {"nb": "NAV-kontoret", "en": "the NAV office"},
    "appointment_place_phone": {"nb": "på telefon, veilederen ringer deg", "en": "by phone, your counsellor calls you"},
    "appointment_place_video": {"nb": "på video", "en": "by video"},
    # The veileder could not take the new time the user asked for (services/appointments/booking.py).
    "appointment_move_declined": {
        "nb": "Hei! {veileder} kunne dessverre ikke flytte møtet til {wished}. Møtet er fortsatt {when}. "
              "Passer ikke det, kan du svare på denne meldingen, så finner dere en annen tid sammen.",
        "en": "Hi! {veileder} could not move the meeting to {wished}, sorry. The meeting is still {when}. "
              "If that does not suit you, reply to this message and you can find another time together.",
    },
    # Keywords, answered before the assistant (services/messaging/keywords.py).
    "keyword_stop": {
        "nb": "Du får ikke flere meldinger fra NAV her, bare svar når du skriver til oss. Skriv START for å få meldinger igjen.",
        "en": "You will not get more messages from NAV here, only answers when you write to us. Write START to get messages again.",
    },
    "keyword_start": {
        "nb": "Velkommen tilbake! Du får meldinger fra NAV her igjen. Skriv STOPP når som helst for å slutte.",
        "en": "Welcome back! You will get messages from NAV here again. Write STOP at any time to end them.",
    },
    "keyword_help": {
        "nb": "Dette er meldingstjenesten til NAV. Her kan du spørre om møter og aktivitetsplanen eller skrive til veilederen din. Du kan også ringe NAV på 55 55 33 33. Skriv STOPP for å slutte å få meldinger.",
        "en": "This is NAV's message service. You can ask about meetings and your activity plan or write to your counsellor. You can also call NAV on 55 55 33 33. Write STOP to end messages.",
    },
    "keyword_stop_jobs": {
        "nb": "Greit, du får ikke flere jobbtips her. Skriv START for å få dem igjen.",
        "en": "OK, you will not get more job tips here. Write START to get them again.",
    },
    "keyword_stop_reminders": {
        "nb": "Greit, du får ikke flere påminnelser her. Skriv START for å få dem igjen.",
        "en": "OK, you will not get more reminders here. Write START to get them again.",
    },
    # Scheduled messages (services/messaging/send_policy.py, services/activities/nudges.py).
    "digest": {
        "nb": "Hei! Du har {count} nye påminnelser fra NAV. Vi har samlet dem i én melding, så du ikke får for mange. Spør meg om aktivitetsplanen eller møtene dine, så får du vite mer.",
        "en": "Hi! You have {count} new reminders from NAV. We put them in one message so you do not get too many. Ask me about your activity plan or meetings to learn more.",
    },
    "nudge_soon": {
        "nb": "Hei {name}! En aktivitet i planen din har frist {deadline}. Skriv ferdig når den er gjort, eller trenger mer tid om du trenger det. Lykke til!",
        "en": "Hi {name}! An activity in your plan is due {deadline}. Write done when it is finished, or need more time if you need it. Good luck!",
    },
    "nudge_soon_titled": {
        "nb": "Hei {name}! {title} i planen din har frist {deadline}. Skriv ferdig når den er gjort, eller trenger mer tid om du trenger det. Lykke til!",
        "en": "Hi {name}! {title} in your plan is due {deadline}. Write done when it is finished, or need more time if you need it. Good luck!",
    },
    "nudge_today": {
        "nb": "Hei {name}! En aktivitet i planen din har frist i dag. Skriv ferdig når den er gjort, eller trenger mer tid om du trenger det.",
        "en": "Hi {name}! An activity in your plan is due today. Write done when it is finished, or need more time if you need it.",
    },
    "nudge_today_titled": {
        "nb": "Hei {name}! {title} i planen din har frist i dag. Skriv ferdig når den er gjort, eller trenger mer tid om du trenger det.",
        "en": "Hi {name}! {title} in your plan is due today. Write done when it is finished, or need more time if you need it.",
    },
    # Cases for a person (services/cases/escalations.py, services/cases/handoff.py, actions/escalation.py).
    "case_notice_veileder": {
        "nb": "{name} leser meldingen din innen {when}.",
        "en": "{name} will read your message by {when}.",
    },
    "case_notice_backup": {
        "nb": "{away} er borte nå, så {name} svarer for {away}. {name} leser meldingen din innen {when}.",
        "en": "{away} is away now, so {name} answers instead. {name} will read your message by {when}.",
    },
    "case_notice_team": {
        "nb": "Noen på NAV-kontoret ditt leser meldingen din innen {when}.",
        "en": "Someone at your NAV office will read your message by {when}.",
    },
    "when_today": {"nb": "i dag kl {time}", "en": "today at {time}"},
    "when_tomorrow": {"nb": "i morgen kl {time}", "en": "tomorrow at {time}"},
    "when_weekday": {"nb": "{weekday} kl {time}", "en": "{weekday} at {time}"},
    "when_date": {"nb": "{date} kl {time}", "en": "{date} at {time}"},
    "weekday_names": {
        "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
        "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    },
    "month_names": {
        "nb": "januar februar mars april mai juni juli august september oktober november desember",
        "en": "January February March April May June July August September October November December",
    },
    "veileder_info": {
        "nb": "Veilederen din er {name}. {name} svarer vanligvis {hours}.",
        "en": "Your counsellor is {name}. {name} usually answers {hours}.",
    },
    "veileder_info_backup": {
        "nb": "Veilederen din er {away}, som er borte til og med {until}. Så lenge svarer {name} for {away}.",
        "en": "Your counsellor is {away}, who is away up to and including {until}. Until then {name} answers instead.",
    },
    "veileder_info_team": {
        "nb": "Du har ingen veileder som kan svare akkurat nå. Noen på NAV-kontoret ditt svarer på meldingene dine, vanligvis {hours}.",
        "en": "No counsellor can answer you just now. Someone at your NAV office answers your messages, usually {hours}.",
    },
    "hours_weekdays": {"nb": "på hverdager mellom kl {start} og {end}", "en": "on weekdays between {start} and {end}"},
    "hours_days": {"nb": "{days} mellom kl {start} og {end}", "en": "on {days} between {start} and {end}"},
    "hours_day": {"nb": "{day} kl {start}-{end}", "en": "{day} {start}-{end}"},
    "list_and": {"nb": "og", "en": "and"},
    "case_sent": {
        "nb": "Takk, jeg har sendt det du skrev videre.",
        "en": "Thank you, I have passed on what you wrote.",
    },
    "case_change_veileder": {
        "nb": "Takk for at du sier fra. Jeg har sendt ønsket ditt om å bytte veileder til NAV-kontoret ditt.",
        "en": "Thank you for telling us. I have sent your wish for another counsellor to your NAV office.",
    },
    "case_situation_change": {
        "nb": "Takk for at du forteller det. Jeg har sendt det videre, så NAV kan se på det sammen med deg.",
        "en": "Thank you for telling us. I have passed it on, so that NAV can look at it with you.",
    },
    "case_complaint_rights": {
        "nb": "Er du uenig i et vedtak, har du rett til å klage. Skriv hva du er uenig i og hvorfor. Fristen står i brevet om vedtaket. Veilederen din kan hjelpe deg å skrive klagen.",
        "en": "If you disagree with a decision, you have the right to appeal. Write what you disagree with and why. The deadline is in the letter about the decision. Your counsellor can help you write it.",
    },
    "case_frustration": {
        "nb": "Jeg skjønner at du er lei, og det er helt greit å si fra. Jeg har sendt det du skrev til et menneske på NAV.",
        "en": "I understand that you are fed up, and it is fine to say so. I have passed what you wrote on to a person at NAV.",
    },
    "case_not_understood": {
        "nb": "Beklager, jeg forsto deg ikke. Jeg har sendt meldingen din til et menneske på NAV.",
        "en": "Sorry, I did not understand. I have sent your message to a person at NAV.",
    },
    # Crisis and urgent need, answered before the assistant (services/safety/step.py).
    "safety_crisis": {
        "nb": "Takk for at du sier det, du er ikke alene. Er du i fare nå, ring 113. Du kan også snakke med noen på Mental Helse sin hjelpetelefon 116 123, hele døgnet. Jeg har sendt meldingen din til et menneske på NAV.",
        "en": "Thank you for telling me, you are not alone. If you are in danger now, call 113. You can also talk to someone at the Mental Helse helpline on 116 123, day and night. I have sent your message to a person at NAV.",
    },
    "safety_violence": {
        "nb": "Takk for at du sier det. Er du i fare nå, ring politiet på 112 eller 113. Du kan også snakke med noen på Mental Helse sin hjelpetelefon 116 123, hele døgnet. Jeg har sendt meldingen din til et menneske på NAV.",
        "en": "Thank you for telling me. If you are in danger now, call the police on 112 or 113. You can also talk to someone at the Mental Helse helpline on 116 123, day and night. I have sent your message to a person at NAV.",
    },
    "safety_urgent": {
        "nb": "Takk for at du sier fra. Dette haster, så jeg har sendt det til et menneske på NAV med en gang. Er det akutt fare, ring 113.",
        "en": "Thank you for telling us. This is urgent, so I have sent it to a person at NAV at once. If there is acute danger, call 113.",
    },
    "safety_urgent_money": {
        "nb": "Takk for at du sier fra. Dette haster, så jeg har sendt det til et menneske på NAV med en gang. NAV-kontoret ditt kan se på om du kan få nødhjelp til mat og det mest nødvendige.",
        "en": "Thank you for telling us. This is urgent, so I have sent it to a person at NAV at once. Your NAV office can look at whether you can get emergency help (nødhjelp) for food and basic needs.",
    },
    # Language (actions/preferences.py): said in the language just chosen.
    "language_switched": {
        "nb": "Greit, nå skriver jeg på norsk. Write ENGLISH if you want messages in English.",
        "en": "OK, I will write in English from now on. Skriv NORSK om du vil ha meldinger på norsk.",
    },
    "language_help": {
        "nb": "Veilederen din kan bestille tolk til møter, eller ringe deg om det er lettere. Jeg har sendt beskjed. Vil du ha meldinger på engelsk? Svar ja. Want messages in English? Reply yes.",
        "en": "Your counsellor can book an interpreter (tolk) for meetings, or call you if that is easier. I have sent them a message.",
    },
    "language_no_offer_pending": {
        "nb": "Takk! Skriv gjerne hva du trenger, så hjelper jeg deg eller sender det til veilederen din.",
        "en": "Thank you! Write what you need, and I will help you or pass it on to your counsellor.",
    },
    # How often and when messages come (actions/preferences.py, services/understanding/message_preferences.py).
    "preferences_window": {
        "nb": "Greit! Nå får du meldinger fra NAV bare mellom kl {start} og {end}. Svar på det du skriver selv kan likevel komme utenom disse tidene.",
        "en": "OK! You now get messages from NAV only between {start} and {end}. Answers to what you write yourself may still come outside these hours.",
    },
    "preferences_fewer": {
        "nb": "Greit! Nå får du høyst {budget} påminnelser og jobbtips i uka. Resten samler vi i én melding.",
        "en": "OK! You now get at most {budget} reminders and job tips a week. We put the rest in one message.",
    },
    "preferences_passed_on": {
        "nb": "Takk, jeg har sendt ønsket ditt om meldingene til veilederen din.",
        "en": "Thank you, I have passed your wish about the messages on to your counsellor.",
    },
    "opt_out_already": {
        "nb": "Du får allerede bare svar når du skriver til oss. Skriv START om du vil ha meldinger igjen.",
        "en": "You already only get answers when you write to us. Write START if you want messages again.",
    },
    # Passed on to the veileder (actions/requests.py), followed by who reads it and by when.
    "case_own_data": {
        "nb": "Du har rett til å se hva NAV har lagret om deg (innsyn). Jeg har sendt ønsket ditt til veilederen din, som kan gi deg en kopi av alt denne meldingstjenesten har lagret om deg. Mye annet ser du på Min side hos NAV.",
        "en": "You have the right to see what NAV has stored about you (innsyn). I have sent your request to your counsellor, who can give you a copy of everything this message service has stored about you. Much else is on Min side at NAV.",
    },
    "case_job_interested": {
        "nb": "Så fint at du er interessert! Jeg har sendt det til veilederen din, som ser på det sammen med deg.",
        "en": "Great that you are interested! I have passed it on to your counsellor, who will look at it with you.",
    },
    "case_job_not_relevant": {
        "nb": "Takk for at du sier fra, det hjelper oss å finne jobber som passer bedre for deg. Jeg har sendt det til veilederen din.",
        "en": "Thank you for telling us, it helps us find jobs that suit you better. I have passed it on to your counsellor.",
    },
    "case_job_application_help": {
        "nb": "Veilederen din kan hjelpe deg med CV og søknader. Jeg har sendt beskjed om at du vil ha hjelp.",
        "en": "Your counsellor can help you with your CV and applications. I have told them that you would like help.",
    },
    "case_job_preferences": {
        "nb": "Takk, det er nyttig å vite hva du ønsker og kan. Jeg har sendt det til veilederen din, så dere kan se etter jobber som passer.",
        "en": "Thank you, it is useful to know what you want and can do. I have passed it on to your counsellor, so you can look for jobs that suit you.",
    },
    "case_absence": {
        "nb": "Takk for at du sier fra! Jeg har gitt beskjed til veilederen din. Lurer du på noe, kan du skrive her.",
        "en": "Thank you for letting us know! I have told your counsellor. If you have questions, you can write here.",
    },
    "case_absence_ill": {
        "nb": "Takk for at du sier fra, og god bedring! Jeg har gitt beskjed til veilederen din. Lurer du på noe, kan du skrive her.",
        "en": "Thank you for letting us know, and get well soon! I have told your counsellor. If you have questions, you can write here.",
    },
    "case_term_unknown": {
        "nb": "Det ordet kan jeg ikke forklare ennå. Jeg har sendt spørsmålet ditt til veilederen din.",
        "en": "I cannot explain that word yet. I have sent your question to your counsellor.",
    },
    "handed_back": {
        "nb": "Nå svarer den automatiske meldingstjenesten deg igjen. Vil du at veilederen skal se noe, skriv det, så sender jeg det videre.",
        "en": "The automatic message service answers you again now. If you want your counsellor to see something, write it and I will pass it on.",
    },
    # A national identity number in the user's own message was masked before storing
    # (services/conversation/inbound_text.py).
    "national_id_not_needed": {
        "nb": "Du trenger ikke sende fødselsnummeret ditt her. NAV ber aldri om det på SMS, så vi har ikke lagret det.",
        "en": "You do not need to send your national identity number here. NAV never asks for it by SMS, so we have not stored it.",
    },
}


def text(key: str, language: str = "nb") -> str:
    variants = TEXTS[key]
    return variants.get(language) or variants["nb"]
