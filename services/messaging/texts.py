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
    # Job matches (services/jobs/): the match message, the answers, wishes asked about before saving.
    "job_matches": {
        "nb": "Hei {name}! {count} som kan passe deg: {ads} Svar {choices} for å høre mer, eller NEI og hvorfor.",
        "en": "Hi {name}! {count} that may suit you: {ads} Reply {choices} to hear more, or NO and why.",
    },
    "job_matches_count_1": {"nb": "En ledig jobb", "en": "One open job"},
    "job_matches_count_2": {"nb": "To ledige jobber", "en": "Two open jobs"},
    "job_matches_count_3": {"nb": "Tre ledige jobber", "en": "Three open jobs"},
    "job_extent_deltid": {"nb": "deltid", "en": "part-time"},
    "job_extent_heltid": {"nb": "heltid", "en": "full-time"},
    "list_or": {"nb": "eller", "en": "or"},
    "job_ad_detail": {"nb": "{title} hos {employer}, {place}", "en": "{title} at {employer}, {place}"},
    "job_ad_due": {"nb": "søknadsfrist {due}", "en": "apply by {due}"},
    "job_interest": {
        "nb": "Takk! Jeg har sagt fra til veilederen din at du er interessert i nr {number}: {ad}. Vil du ha hjelp til å søke? Svar ja.",
        "en": "Thank you! I have told your counsellor that you are interested in no. {number}: {ad}. Would you like help to apply? Reply yes.",
    },
    "job_interest_which": {
        "nb": "Hvilken av jobbene mener du? Svar {choices}, eller NEI og hvorfor.",
        "en": "Which of the jobs do you mean? Reply {choices}, or NO and why.",
    },
    "job_declined": {
        "nb": "Takk for at du sier fra, det hjelper oss å finne jobber som passer bedre. Svaret ditt er lagret, og veilederen din kan se det.",
        "en": "Thank you for telling us, it helps us find jobs that suit you better. Your answer is saved, and your counsellor can see it.",
    },
    "job_offer_stop": {
        "nb": "Skal jeg slutte å sende jobber {what}? Svar ja eller nei.",
        "en": "Shall I stop sending jobs {what}? Reply yes or no.",
    },
    "job_offer_save": {
        "nb": "Skal jeg lagre at du ønsker {what}? Svar ja eller nei.",
        "en": "Shall I save that you want {what}? Reply yes or no.",
    },
    "job_wish_occupation": {"nb": "jobb med {words}", "en": "work with {words}"},
    "job_wish_place": {"nb": "jobb i {place}", "en": "work in {place}"},
    "job_wish_radius": {"nb": "jobb innen {km} km fra {postcode}", "en": "work within {km} km of {postcode}"},
    "job_wish_deltid": {"nb": "deltid", "en": "part-time work"},
    "job_wish_heltid": {"nb": "heltid", "en": "full-time work"},
    "job_wish_saved": {
        "nb": "Takk, det er lagret. Veilederen din kan se det, og jobbtipsene du får fra nå av tar hensyn til det.",
        "en": "Thank you, it is saved. Your counsellor can see it, and the job tips you get from now on take it into account.",
    },
    "job_wish_not_saved": {
        "nb": "Greit, da lagrer jeg ikke noe. Du kan alltid skrive hva slags jobb du ønsker deg.",
        "en": "OK, I will not save anything. You can always write what kind of job you would like.",
    },
    "job_answer_unclear": {
        "nb": "Svar {choices} for å høre mer om en av jobbene, eller NEI og hvorfor. Lurer du på noe annet, skriv det gjerne.",
        "en": "Reply {choices} to hear more about one of the jobs, or NO and why. If you wonder about something else, just write it.",
    },
    "handed_back": {
        "nb": "Nå svarer den automatiske meldingstjenesten deg igjen. Vil du at veilederen skal se noe, skriv det, så sender jeg det videre.",
        "en": "The automatic message service answers you again now. If you want your counsellor to see something, write it and I will pass it on.",
    },
    # A new fixed veileder (services/people/veileder_change.py).
    "veileder_changed": {
        "nb": "Hei {name}! Fra nå er {veileder} veilederen din hos NAV. {veileder} kan lese det du har skrevet her før, så du trenger ikke fortelle alt på nytt.",
        "en": "Hi {name}! From now on {veileder} is your counsellor at NAV. {veileder} can read what you have written here before, so you do not need to tell it all again.",
    },
    # A helper or interpreter (services/people/helpers.py); {role} is one of the helper_role_* texts.
    "helper_role_helper": {"nb": "hjelper", "en": "helper"},
    "helper_role_interpreter": {"nb": "tolk", "en": "interpreter"},
    "helper_question": {
        "nb": "Hei {name}! {veileder} hos NAV spør om {helper} (nummer som slutter på {ending}) kan være {role} for deg og skrive med NAV her. Svar JA, eller JA ALT om {helper} også skal få påminnelser om møtene dine. Svar NEI om du ikke vil.",
        "en": "Hi {name}! {veileder} at NAV asks if {helper} (number ending in {ending}) may be your {role} and write with NAV here. Reply YES, or YES ALL if {helper} should also get reminders of your meetings. Reply NO if you do not want this.",
    },
    "helper_yes": {
        "nb": "Takk! Nå er {helper} {role} for deg og kan skrive med NAV her. Du kan be veilederen din ta bort {helper} når du vil.",
        "en": "Thank you! {helper} is now your {role} and can write with NAV here. You can ask your counsellor to remove {helper} at any time.",
    },
    "helper_yes_reminders": {
        "nb": "Takk! Nå er {helper} {role} for deg, kan skrive med NAV her og får påminnelser om møtene dine. Du kan be veilederen din ta bort {helper} når du vil.",
        "en": "Thank you! {helper} is now your {role}, can write with NAV here and gets reminders of your meetings. You can ask your counsellor to remove {helper} at any time.",
    },
    "helper_no": {
        "nb": "Greit, {helper} blir ikke lagt til. Du kan alltid skrive til oss selv.",
        "en": "OK, {helper} will not be added. You can always write to us yourself.",
    },
    "helper_removed": {
        "nb": "{helper} er ikke lenger {role} for deg hos NAV og får ikke flere meldinger fra oss. Du kan alltid skrive til oss selv.",
        "en": "{helper} is no longer your {role} at NAV and will not get more messages from us. You can always write to us yourself.",
    },
    "helper_welcome": {
        "nb": "Hei {helper}! {name} har sagt ja til at du er {role} hos NAV. Det du skriver her, leser veilederen til {name}. Skriv STOPP om du ikke vil ha meldinger fra oss.",
        "en": "Hi {helper}! {name} has said yes to you being their {role} at NAV. What you write here is read by {name}'s counsellor. Write STOP if you do not want messages from us.",
    },
    "helper_received": {
        "nb": "Takk, meldingen din om {name} er sendt videre til NAV.",
        "en": "Thank you, your message about {name} has been passed on to NAV.",
    },
    "helper_reminder": {
        "nb": "Hei {helper}! Påminnelse: {name} har møte med NAV {when}, {place}.",
        "en": "Hi {helper}! Reminder: {name} has a meeting with NAV {when}, {place}.",
    },
    "helper_stop": {
        "nb": "Du får ikke flere meldinger fra NAV om {name}. Skriv START om du vil ha dem igjen.",
        "en": "You will not get more messages from NAV about {name}. Write START if you want them again.",
    },
    "helper_start": {
        "nb": "Velkommen tilbake! Du får meldinger fra NAV om {name} igjen. Skriv STOPP for å slutte.",
        "en": "Welcome back! You will get messages from NAV about {name} again. Write STOP to end them.",
    },
    # The web chat (services/webchat/): the login code, how it reads in the thread, and the
    # SMS when a veileder's answer waits unread in the chat.
    "chat_login_code": {
        "nb": "Koden din for å logge inn i chatten med NAV er {code}. Den gjelder i 10 minutter. Ikke gi koden til noen, heller ikke til NAV.",
        "en": "Your code to log in to the chat with NAV is {code}. It is valid for 10 minutes. Do not give the code to anyone, not even NAV.",
    },
    "chat_login_code_in_thread": {
        "nb": "Kode for å logge inn i chatten er sendt på SMS.",
        "en": "A code to log in to the chat was sent by SMS.",
    },
    "chat_unread_sms": {
        "nb": "Du har fått svar fra NAV. Logg inn i chatten for å lese.",
        "en": "You have an answer from NAV. Log in to the chat to read it.",
    },
    # After the list of meetings, when the next one is not confirmed yet (actions/appointments.py).
    "appointment_confirm_question": {
        "nb": "Kan du komme på møtet {when}? Svar JA, eller NEI hvis tiden ikke passer.",
        "en": "Can you come to the meeting on {when}? Reply YES, or NO if the time does not suit you.",
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
