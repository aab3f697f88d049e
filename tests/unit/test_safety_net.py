"""Unit tests for services.safety.net: the deterministic crisis/urgent_need
check that runs before Rasa. Recall first; the negatives guard the most common
ordinary messages (late payments, frustration, rescheduling)."""
from pathlib import Path

import pytest
import yaml

from services.safety.net import SafetyHit, check_message, normalise

HELDOUT = Path(__file__).resolve().parents[2] / "nlu" / "heldout" / "test_nlu.yml"

SUICIDAL = [
    "tenker på å avslutte det hele",
    "vil bare at alt skal ta slutt",
    "jeg vil ikke være her lenger",
    "vil ikke leve lenger",
    "vil dø",
    "tar livet mitt",
    "tenker på å ta livet av meg",
    "ingen vits i å leve",
    "i want to die",
    "kill myself",
    "vil ikkje leve",
    "Vil ikke leve mer.",
    "jeg vil ikke leve",
    "VIL DØ",
    "vil døøø",
    "vil doe",
    "har lyst til å dø",
    "eg vil døy",
    "æ vil dø",
    "ønsker å dø",
    "skulle ønske jeg var død",
    "har selvmordstanker",
    "tenker på selvmord hele tiden",
    "tenkjer på sjølvmord",
    "har tenkt å ta mitt eget liv",
    "skal ta livet mitt i natt",
    "gjøre slutt på alt",
    "har ikke lyst til å leve",
    "har ikkje lyst å leve lenger",
    "ser ingen grunn til å leve",
    "livet er ikke verdt å leve",
    "alle har det bedre uten meg",
    "i want to kill myself",
    "im going to end my life",
    "i dont want to live anymore",
    "don't want to live",
    "wanna die",
    "no reason to live",
    "better off dead",
    "har samlet på tabletter",
    "har tatt masse piller",
    "står på brua",
    "jeg vil drepe meg selv",
    "kommer til å gjøre noe dumt",
    "vil ikke våkne i morgen",
    "vil bare sovne og aldri våkne",
    "har skrevet avskjedsbrev",
    "suicidal",
    "jeg ikke vil leve",
    "i dont want to be alive",
    "vil ikke være i live",
    "i have taken too many pills",
]

SELF_HARM = [
    "har lyst å skade meg selv",
    "kutter meg",
    "kutta meg igjen i går",
    "har begynt å kutte meg",
    "skader meg selv",
    "e har lyst å skad mæ",
    "eg skadar meg sjølv",
    "i want to hurt myself",
    "im cutting myself again",
    "self harm",
    "har skadet meg selv",
    "selvskading igjen",
]

VIOLENCE = [
    "e redd han slår meg",
    "han slår meg",
    "samboeren slo meg i går",
    "kjæresten min banker meg",
    "han truer med å drepe meg",
    "mannen min truer meg",
    "blir truet av eksen",
    "er ikke trygg hjemme",
    "e ikkje trygg heime",
    "redd for å dra hjem",
    "he hits me",
    "i am not safe at home",
    "han vil drepe meg",
    "har blitt voldtatt",
    "my boyfriend beats me",
    "eksen min har slått meg",
    "er livredd for han",
    "han har truet meg og jeg tør ikke gå hjem",
    "tør ikke gå hjem",
]

DESPAIR = [
    "i really dont see the point of living",
    "orker ikke mer",
    "det er håpløst, jeg vil ikke mer",
    "orkar ikkje meir",
    "orker ikkje mer",
    "ORKER IKKE MER!!!",
    "orker ikke mer av noe",
    "jeg orker snart ikke mer",
    "orker ikke lenger",
    "klarer ikke mer",
    "greier ikkje meir",
    "orker ikke dette livet",
    "ser ingen utvei",
    "det er ingen vits lenger",
    "har gitt opp livet",
    "lei av livet",
    "alt er svart",
    "i cant go on",
    "cant take it anymore",
    "orker itj mer",
]

NO_FOOD = [
    "har ikke mat",
    "har ikkje mat til helga",
    "ingen penger til mat",
    "har ikke noe mat",
    "har ikke mat til barna",
    "vi har ingen mat",
    "ikke noe å spise",
    "har ingenting å spise",
    "har ikke spist på tre dager",
    "barna er sultne",
    "jeg sulter",
    "kjøleskapet er tomt",
    "har ikke råd til mat",
    "trenger penger til mat",
    "no food",
    "nothing to eat",
    "i need food",
    "cant afford food",
    "meg ikke mat",
    "æ har ikkje mat",
    "har ikkje nåkka mat",
    "tom for mat",
    "trenger matkort",
]

NO_MONEY = [
    "har ikke penger",
    "har ingen penger",
    "har 0 kr",
    "null kroner igjen",
    "er helt blakk",
    "har ikke en krone",
    "får ikke betalt husleia",
    "klarer ikke å betale husleie",
    "har ikke råd til husleie",
    "strømmen blir stengt",
    "no money",
    "i am broke",
    "eg har ikkje pengar",
]

EVICTION = [
    "blir kasta ut",
    "får ikke betalt husleia og blir kastet ut",
    "evicted",
    "blir kastet ut fredag",
    "utleier kaster meg ut",
    "har fått utkastelse",
    "namsmannen kommer mandag",
    "fogden kommer i morgen",
    "mister leiligheten",
    "må ut av leiligheten i morgen",
    "i am being evicted",
    "got kicked out of my flat",
    "æ bli kasta ut",
    "eg blir kasta ut",
]

HOMELESS = [
    "har ikke noe sted å sove",
    "sover ute",
    "nowhere to sleep",
    "har ikke noe sted å sove i natt",
    "har ingen plass å sove",
    "har ingen steder å bo",
    "har ikkje nokon stad å sove",
    "æ har ikkje nån plass å sov",
    "sov ute i natt",
    "sover i bilen",
    "bor på gata",
    "er hjemløs",
    "er bostedsløs",
    "har ikke hus å bo i",
    "i have nowhere to sleep tonight",
    "i am homeless",
    "sleeping outside",
    "no place to stay",
    "jeg ikke hus sove ute",
    "trenger et sted å sove",
    "i have no home",
    "har ikke noe hjem å dra til",
]

NEGATIVES = [
    "klarer ikke å levere i tide",
    "vil ikke være her lenger enn en time",
    "kurset tar slutt i mai",
    "vil ikke mer kurs",
    "vil avslutte tiltaket",
    "når kommer pengene",
    "har ikke fått utbetaling",
    "har ikke fått utbetaling denne mnd",
    "har ikke fått pengene enda",
    "hvorfor har jeg ikke fått penger",
    "når kommer sosialhjelpen",
    "dere hører aldri på meg",
    "er så lei hele systemet",
    "er så lei av nav",
    "dere er ubrukelige",
    "ingen hører på meg",
    "det nytter ikke å spørre nav om noe",
    "hva er vitsen med nav",
    "orker ikke fortelle alt på nytt igjen",
    "orker ikke flere kurs",
    "orker ikke mer av dere",
    "kan vi flytte møtet",
    "orker ikke møtet i morgen, kan vi flytte",  # documented: "orker ikke" alone is not despair
    "har fått jobb",
    "sover dårlig",
    "sover dårlig om natta pga stress",
    "har ikke sovet",
    "hei",
    "ja",
    "nei",
    "vil ikke",
    "vil ikke ha flere meldinger",
    "ikke send meg flere meldinger",
    "vil ikke søke på den jobben",
    "kan ikke jobbe med mat",
    "vil jobbe med mat",
    "har ikke førerkort",
    "har ikke lappen",
    "har ikke tid",
    "har ikke pc",
    "har ikke mottatt noe utbetaling",
    "klarer ikke mer enn to søknader i uka",
    "klarer ikke fristen",
    "skadet meg i kneet på jobb",
    "det slo meg at jeg glemte møtet",
    "slo meg ned i bergen",
    "ta livet med ro",
    "i want to do the course",
    "i will do it tomorrow",
    "kommer ikke på kurset i dag",
    "må flytte møtet",
    "har flyttet til ny adresse",
    "vil ha ny veileder",
    "hvordan klager jeg på vedtaket",
    "uenig i vedtaket",
    "blir kastet ut av kurset hvis jeg ikke møter?",
    "hva betyr aap",
    "takk for hjelpa",
    "dere truer meg med å stoppe pengene",
    "vil søke på lagerjobben",
    "jobben på kjøkkenet ser bra ut",
    "good morning",
    "when is my payment",
    "i do not understand the letter",
]


@pytest.mark.parametrize("text", SUICIDAL)
def test_suicidal(text):
    assert check_message(text) == SafetyHit("crisis", "suicidal")


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm(text):
    assert check_message(text) == SafetyHit("crisis", "self_harm")


@pytest.mark.parametrize("text", VIOLENCE)
def test_violence(text):
    assert check_message(text) == SafetyHit("crisis", "violence")


@pytest.mark.parametrize("text", DESPAIR)
def test_despair(text):
    assert check_message(text) == SafetyHit("crisis", "despair")


@pytest.mark.parametrize("text", NO_FOOD)
def test_no_food(text):
    assert check_message(text) == SafetyHit("urgent_need", "no_food")


@pytest.mark.parametrize("text", NO_MONEY)
def test_no_money(text):
    assert check_message(text) == SafetyHit("urgent_need", "no_money")


@pytest.mark.parametrize("text", EVICTION)
def test_eviction(text):
    assert check_message(text) == SafetyHit("urgent_need", "eviction")


@pytest.mark.parametrize("text", HOMELESS)
def test_homeless(text):
    assert check_message(text) == SafetyHit("urgent_need", "homeless")


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_messages_do_not_fire(text):
    assert check_message(text) is None


def test_crisis_wins_over_urgent_need():
    hit = check_message("har ikke mat og orker ikke mer")
    assert hit.intent == "crisis"


def test_empty():
    assert check_message("") is None
    assert check_message("   ") is None


def test_normalise():
    assert normalise("Ikkje  ØØnsker, Æ!!") == " ikje onsker ae "
    assert normalise("kill mysellf") == " kil myself "
    assert normalise("doed") == " dod "


# ------------------------------------------------------------ held-out split

def _heldout(intent):
    data = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))
    import re

    for block in data["nlu"]:
        if block.get("intent") == intent:
            for line in block["examples"].splitlines():
                line = line.strip()
                if line.startswith("- "):
                    yield re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line[2:])


HELDOUT_CRISIS = list(_heldout("crisis"))
HELDOUT_URGENT = list(_heldout("urgent_need"))


def test_heldout_split_has_safety_examples():
    assert len(HELDOUT_CRISIS) >= 12
    assert len(HELDOUT_URGENT) >= 10


@pytest.mark.parametrize("text", HELDOUT_CRISIS)
def test_heldout_crisis_all_caught(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", text


@pytest.mark.parametrize("text", HELDOUT_URGENT)
def test_heldout_urgent_need_caught(text):
    # Not strictly required by the brief (it asks to report urgent_need recall),
    # but at the time of writing the net catches every held-out urgent_need line.
    hit = check_message(text)
    assert hit is not None and hit.intent == "urgent_need", text
