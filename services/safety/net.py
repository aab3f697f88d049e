"""Deterministic safety net for `crisis` and `urgent_need`, run on every
inbound message BEFORE Rasa. Pure Python: importable in the Rasa environment too.

    check_message("orker ikke mer") -> SafetyHit("crisis", "despair", sign="orker ikke mer", matched="orker ike mer")

Categories:
  crisis:      suicidal, self_harm, violence (danger from, or to, another person now), despair
  urgent_need: no_food, no_money, eviction, homeless, unsafe_home

Every pattern belongs to a named sign (``Sign.name``, in Bokmål: the veileder reads it). A hit
carries the sign and the matched words, stored on the case (``Escalation.safety_reason``) so
that the inbox shows why the net fired, a false alarm included. The signs covered are listed in
nlu/README.md ("The safety net's signs").

Design:
- Recall first. A false alarm costs little (the user gets the help numbers and
  the veileder is alerted, see /work/shared/domain.md); a missed crisis can
  cost a life. Where a phrasing is ambiguous we fire, with a few narrow
  exclusions for very common ordinary messages.
- The text is normalised before matching: lowercase; æ->ae, ø->o, å->a,
  "oe"->"o", "aa"->"a"; punctuation removed; every run of a repeated letter
  collapsed to one ("ikkje"->"ikje", "kill"->"kil", "døøø"->"do"). `_P` applies
  the same to a pattern's literals, so patterns may use ordinary spelling
  ("pillene"), but æ, ø and å must be written ae, o and a.
- Crisis is checked before urgent need; within crisis: suicidal, self_harm,
  violence, despair. The first hit wins, with one exception: violence together
  with a need for somewhere to stay ("trenger et sted å sove i natt, tør ikke dra
  hjem") is urgent_need / unsafe_home (the request decides the intent), answered
  with the violence text (112) by services/safety/step.py; violence where one sleeps rough,
  told rather than asked for ("sparka i hodet mens jeg sov ute"), stays crisis.
- An urgent need said together with any indirect sign ("ingen penger ... tau ligger klar ...
  sorry for trøbbel") is a crisis (round 31): the reply then gives the help numbers too.
- Indirect signs (giving away pets or belongings, tidying up, saying goodbye to
  NAV) fire only when two different ones are in the same message; alone, each is
  too often ordinary ("har gitt bort hunden til søsteren min fordi jeg skal
  begynne å jobbe"). Their strong forms (a farewell letter, "siste melding fra
  meg", "gitt bort alt jeg eier") fire alone.

Documented decisions:
- "orker ikke mer" / "klarer ikke mer" / "orker ikke lenger" fire (despair)
  even when followed by something mild, except "... mer enn" ("klarer ikke
  mer enn to søknader"), NAV objects ("orker ikke mer kurs/møter/sms/byråkrati",
  "mer av disse kursene") and "denne uka".
- "orker ikke møtet i morgen, kan vi flytte" does NOT fire: "orker ikke" alone,
  without "mer/lenger/livet/å leve", is a normal way to say "can't face it".
- "har ikke fått utbetaling/pengene" does NOT fire (a late payment is
  ask_payment), but "har ikke penger", "ingen penger", "0 kr", "blakk" do
  (no_money): a user with no money at all is P1 even if they only ask when
  the payment comes. Not: money on the phone ("har ikke penger på telefonen",
  "null kr på mobilen", "ikke penger til å ringe": asking to be called is
  contact_veileder), "null kr på utbetalingen", "var blakk" (past), and
  "blakk ... men klarer meg", "... men det går fint", "... men har mat" (round 21).
- "skadet meg i kneet/på jobb" is an injury, not self-harm; "kutter meg" fires,
  except a cut in a finger, thumb, foot or knee.
- "det slo meg at ..." (it struck me) is excluded from violence.
- "sagt opp leiligheten" is eviction only when someone else ended the lease
  ("utleier har sagt meg opp", "de sa opp leiligheten"), not "jeg har sagt opp
  leiligheten (selv)". "Namsmannen" about a debt ("med en regning") is not eviction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from services.safety.required_words import WordIndex, required_words

REASON_MAX = 200  # Escalation.safety_reason


@dataclass(frozen=True)
class SafetyHit:
    intent: str  # "crisis" | "urgent_need"
    category: str  # suicidal | self_harm | violence | despair | no_food | no_money | eviction | homeless | unsafe_home
    sign: str = field(default="", compare=False)  # the named sign that matched (Bokmål)
    matched: str = field(default="", compare=False)  # the normalised words it matched

    @property
    def reason(self) -> str:
        """Why the net fired, for the veileder: the sign and the words it matched."""
        text = f"Sikkerhetsnettet: {self.sign} («{self.matched}»)" if self.matched else f"Sikkerhetsnettet: {self.sign}"
        return text[:REASON_MAX]


_NEEDED_WORDS: set[str] = set()  # every sign's needed words (Sign.needs), looked for once per message


@dataclass(frozen=True)
class Sign:
    name: str  # shown to the veileder
    patterns: tuple[re.Pattern, ...]
    unless: re.Pattern | None = None  # anywhere in the message, this explains the sign away
    # per pattern, the words of which a message must hold one for it to match (required_words), or None
    needs: tuple[frozenset[str] | None, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        needs = tuple(required_words(rx) for rx in self.patterns)
        object.__setattr__(self, "needs", needs)
        _NEEDED_WORDS.update(word for words in needs if words for word in words)

    def search(self, normalised: str) -> str | None:
        present = words_in(normalised)
        patterns = [rx for rx, words in zip(self.patterns, self.needs) if words is None or not words.isdisjoint(present)]
        if not patterns or self.unless is not None and self.unless.search(normalised):
            return None
        for rx in patterns:
            m = rx.search(normalised)
            if m:
                # a guarded pattern ("^(?!...).*?\s(?P<hit>...)") names the sign's own words (after round 62)
                return (m.group("hit") if "hit" in rx.groupindex else m.group(0)).strip()
        return None


def words_in(normalised: str) -> frozenset[str]:
    """The signs' needed words that a normalised message holds: a pattern none of whose words it holds
    cannot match and is not run (services/safety/required_words.py). Most of the net's patterns
    name words nearly every message lacks, so this makes the check several times faster."""
    return _words_found(normalised, len(_NEEDED_WORDS))


@lru_cache(maxsize=64)  # check_message asks for each sign of one message in turn
def _words_found(normalised: str, known_words: int) -> frozenset[str]:
    return _word_index(known_words).found_in(normalised)


@lru_cache(maxsize=1)
def _word_index(known_words: int) -> WordIndex:
    """One index of all the words, built again only if a sign was made since (the count is the key)."""
    return WordIndex(_NEEDED_WORDS)


# ------------------------------------------------------------------ normalise

def normalise(text: str) -> str:
    t = text.lower()
    # round 77 (batch 119): punctuation spoken as words in dictated text ("brev til begge barna komma de ligger i skuffen punktum"):
    # a space, as the sign itself would be (only the spelling with two m's: Nynorsk "koma", to come, stays)
    t = re.sub(r"(?<!\w)(?:komma|punktum|spørsmålstegn|sporsmalstegn|utropstegn)(?!\w)", " ", t)
    t = t.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    t = t.replace("ä", "ae").replace("ö", "o").replace("é", "e")
    t = t.replace("\u2019", "").replace("'", "").replace("`", "")
    t = re.sub(r"[^a-z0-9 ]+", " ", t)
    t = t.replace("oe", "o").replace("aa", "a")
    t = re.sub(r"([a-z])\1+", r"\1", t)  # collapse repeated letters
    t = re.sub(r"\s+", " ", t).strip()
    return f" {t} "


# ------------------------------------------------------------------ vocabulary
# (all in normalised, collapsed form)
# Not "no": after normalisation Norwegian "noe" is "no" ("har noe mat"). English "no" has its own patterns.
NOT = r"(?:ike|ikje|ikji|ik|ikj|itj|ite|inte|ke|kje|not|ingen|iki|eke|aeke)"  # "ite": Hedmark "itte" (round 27); "ikkji" (round 31); Faroese "ikki" (round 45); "ekke", "ække" (round 55); round 74 (batch 112): Vestland "kje" ("eg orkar kje meir", "vil kje leva lenger"; no training line has it)
I = r"(?:jeg|jg|je|eg|e|ae|i|meg|mae|mg|vi|me)"  # noqa: E741
ME = r"(?:meg|mae|mg|me|mi|seg)"
SELF = r"(?:selv|sjol|sjolv|sel|self)"
MORE = r"(?:mer|meir|mere|meire|mr|lenger|lengre|lengar|no\s+mer|noe\s+mer|noko\s+meir|nokon\s+ting)"
ORKE = r"(?:orker|orke|orka|orkar|orkr|orer|orkes|klarer|klare|klarar|greier|greie|greiar|gidder|gider|takler|tolerer)"
LIVE = r"(?:leve|lev|leva|lever|live|living|liv)"
BE = r"(?:vaere|vere|vera|vaera|vara|vaer|ver)"  # "værra" (Northern) and "vara" round 82
WANT_NO = r"(?:(?:vil|vile|onsker|onske|onskar|lyst)(?:\s+til)?(?:\s+a)?)"
ADV = r"(?:\s+(?:snart|nesten|bare|berre|virkelig|verkeleg|rett\s+og\s+slett|heilt|helt|egentlig|eigentleg|lenger|faktisk|nok))?"
WANT_EN = r"(?:want\s+to|wana|wish\s+i\s+could|going\s+to|gona|wish\s+to)"
FOOD = r"(?:mat|maten|food|cunto|mancare|maistas|maisto|noe\s+a\s+spise|noko\s+a\s+ete|a\s+spise|a\s+ete)"  # round 79 (batch 123): Lithuanian "ikke maistas" (food); Somali "cunto" (round 72, batch 108); Romanian "mâncare" (round 73, batch 111)
MONEY = r"(?:penger|penga|pengar|pengane|penge|peng|kroner|krone|kr|spenn|money|cash|pieniadze|pieniedzy|lacag|pinigai|pinigu)"  # round 79 (batch 123): Lithuanian "ikke pinigai" (money); Polish (round 69); Somali "lacag" (round 72, batch 108)
PLACE = r"(?:sted|stad|steder|stader|plas|plasen|plassen|stad|hus|husvaere|tak\s+over\s+hodet)"
# round 86: a queue or a wait on the phone line, a task one is tired of ("orkar ikkje meir kø på telefonen")
PHONE_QUEUE = r"(?:ko|kon|koa|telefonko\w*|venteko\w*|ventetid\w*|ventemusik\w*)"
# round 87 (batches 140-143): a plain lack of heat or food told empty or run out ("oljetanken e tom", "kjøleskapet har vært tomt"): despair words or an end
# after it in the same message ("men det går ikkje lenger", "nå er det slutt på det også") speak of the need, not of oneself; a suicidal sign still wins
_A_PLAIN_LACK_OF_HEAT_OR_FOOD = (r"^(?!.*\s(?:oljetank\w*|oljefyr\w*|vedbua|vedboden|veden|fyringsolje\w*|parafin\w*|kjoleskap\w*|matskap\w*|havregryn\w*|heating|fridge)"
                                 r"\s+(?:\w+\s+){0,3}?(?:er|e|gikk|gjekk|ble|vart|har\s+vaert|is|was|has\s+ben)\s+(?:\w+\s+)?(?:tom|tomt|tome|empty|slut|ute)\b)")
# round 87: "gidder ikke mer" (only "gidder", not "orker") as the last words of a complaint about NAV, a veileder, a queue or papers: frustration
_GIDDER_AT_THE_END_OF_A_COMPLAINT = (r"^(?!(?=.*\s(?:veileder\w*|veiledar\w*|nav|dokker|dere|saksbehandl\w*|papir\w*|legeerklaering\w*|skjema\w*|meldekort\w*|ko|koen)\b)"
                                     rf".*\s(?:gidder|gider)(?:\s+(?:snart|nesten|bare|berre|virkelig|helt|heilt))?\s+{NOT}\s+(?:mer|meir|mere)\s*$)")
# round 86: the fillet line, the fish plant or the slaughterhouse, where a cut is a work injury ("kutta meg på filetlina")
FISH_OR_MEAT_LINE = r"(?:\w*filet\w*|\w*linja|\w*lina|fiskebruk\w*|slakteri\w*|fiskemotak\w*)"
# Pills by name too (round 14: "spart på sobrilene"): sleeping pills, benzodiazepines, painkillers.
# round 93, found on review: Northern "tabletta" ("har samla tabletta, tar dem i kveld").
PILLS = (r"(?:(?:sove)?pil(?:er|a|an|ene|ane|ar|s)?|(?:sove)?tablet(?:er|ene|an|ane|ar|a|s)?|medisin\w*|paracet\w*|pinex\w*"
         r"|sobril\w*|vival\w*|stesolid\w*|valium\w*|imovane\w*|zopiklon\w*|zolpidem\w*|rivotril\w*|xanax\w*"
         r"|oxynorm\w*|oxycontin\w*|oxy|oxyen|oxyan|oksykodon\w*|tramadol\w*|paralgin\w*|morfin\w*|somadril\w*|truxal\w*|nozinan\w*"
         r"|seroquel\w*|quetiapin\w*|lithium|litium|insulin\w*|metadon\w*|subutex\w*|suboxone\w*|buprenorfin\w*|dolcontin\w*"
         r"|smertestil\w*|painkil\w*"
         # round 49: mood stabilisers, antidepressants, antipsychotics, benzodiazepines and blood thinners by name
         # ("spart opp lamictal")
         r"|lamictal\w*|lamotrigin\w*|sertralin\w*|zoloft\w*|cipralex\w*|escitalopram\w*|citalopram\w*|fluoksetin\w*|fontex\w*"
         r"|venlafaxin\w*|efexor\w*|mirtazapin\w*|remeron\w*|olanzapin\w*|zyprexa\w*|abilify\w*|aripiprazol\w*|klonazepam\w*"
         r"|alprazolam\w*|diazepam\w*|oksazepam\w*|oxazepam\w*|apodorm\w*|nitrazepam\w*|propavan\w*|amitriptylin\w*|sarotex\w*"
         r"|tegretol\w*|karbamazepin\w*|orfiril\w*|valproat\w*|marevan\w*|warfarin\w*)\b")  # round 38: "samlet smertestillende i mange uker"
PET_OR_THINGS = (r"(?:katten|katta|kata|katen|katane|katene|pusen|pusi|hunden|hundane|hundene|bikkja|bikja|dyret|dyra|dyrene|fuglen|kaninen"
                 r"|tingene|tinga|tingan|eigedelane|eiendelene|sakene|sakane|klaerne|kleda|mobla|moblene"
                 r"|alt|ale\s+tingene|ale\s+tinga|my\s+(?:cat|dog|things|stuf)|everything"
                 r"|undulat\w*|papegoy\w*|fuglane|fuglene|motorsykel\w*|mopeden|moped)")
TONIGHT = r"(?:i\s+kveld|i\s+natt|i\s+nat|i\s+helga|i\s+helgen|i\s+morgen|i\s+mora|imora|imorgen|snart|pa\s+fredag|tonight|this\s+weekend|tomorrow|soon|aja\s+rati|aja\s+beluka)"  # Nepali "aaja raati", "aaja beluka" (round 66)
# round 82 (batch 129): a lake, a fjord or the sea, named or not ("ned til mjøsa", "ut i tyrifjorden", "opp til randsfjorden")
LAKE = (r"(?:mjosa|\w+fjorden|\w+vatnet|\w+vannet|\w*sjoen|\w*elva|\w*elven|havet|vannet|vatnet|fjorden|the\s+lake|the\s+sea|the\s+fjord|the\s+river"
        r"|glomma|namsen|lagen|femunden|tinnsjo|tinsjo)")
NAV_OBJECT = (r"(?:\w*kurs\w*|\w*mote\w*|\w*motan|\w*mota|teams|zoom|pamin\w*|varsl\w*|meldinger|meldingar|meldinga|sms\w*|sokn\w*|sporsmal|byrakrati\w*|papir\w*"
              r"|skjema\w*|mas\w*|venting\w*|a\s+vente|nav|dere|dokker|dykk|tiltak\w*|jobbsok\w*|cv|system\w*"
              r"|kontor\w*|regl\w*|los\w*|brev\w*|opleg\w*|krav\w*|tul\w*|toys\w*|meldekort\w*|a\s+(?:bli|vente|sta|site|mase|soke)"
              r"|\w*modul\w*|nettkurs\w*|oppgave\w*|opgave\w*|leksjon\w*|skriving|skrivinga|lesing|lekse\w*)")
# round 87: "tar livet av meg denne telefonkøen" (the queue or a NAV thing named right after "av meg": the idiom, not a sign)
_OF_ME_THIS_QUEUE_OR_NAV_THING = rf"(?:av|a)\s+(?:meg|mae|mg)\s+(?:denne|dette|den|det|disse)\s+(?:\w+\s+)?(?:{PHONE_QUEUE}|{NAV_OBJECT})\b"
# Work and everyday things one is tired of, not life (round 21-22: "orker ikke mer nattarbeid",
# "orker ikke mer kaffe fra den automaten")
EVERYDAY_OBJECT = r"(?:kafe|kaffe|pizza|nudler|regn|sno|\w*slakteri\w*|\w*fabrik\w*|\w*arbeid\w*|\w*jobb\w*|\w*vakt\w*|\w*skift\w*|turnus\w*|pendl\w*|\w*trening\w*|overtid\w*|lofting|loft|excel\w*|regneark\w*|powerpoint\w*)"
# round 79 (ordinary batch 119): everyday chores one is tired of ("orker ikke mer snømåking i dag haha"), named with a laugh or "i dag" after them
_CHORE = (r"(?:(?:sno|tak|gards|trape)?making|snomoking|snorydding|stovsug\w*|opvask\w*|klesvask\w*|husvask\w*|vasking|plenklip\w*|gresklip\w*|vedhog\w*|vedbaering"
          r"|snow\s+shovel\w*|shovel\w*\s+snow|dishes|laundry|vacuuming|hoovering)")
# round 79 (ordinary batches 118-119): a rope bought to secure a load ("kjøpt tau for å sikre lasset på tilhengeren"), and a parent who says one is to
# move out, with where one will live named ("mamma sier jeg skal flytte ut til sommern ass, skal bo med kompisen"): everyday, not a means or an eviction
_TO_SECURE_A_LOAD = (r"(?:for|til|te|to)\s+(?:a\s+)?(?:sikre|surre|feste|binde|strame|secure|tie\s+down)\s+(?:\w+\s+)?"
                     r"(?:laset|lasten|lass|tilhenger\w*|hengeren|hengar\w*|moblene|the\s+load|load|trailer)")
_MOVING_OUT_FROM_HOME = (r"(?:mamma|mama|mor|mora|pappa|papa|far|faren|foreldr\w*)\s+(?:sier|sa|sei|seier|mener|meiner)\s+(?:at\s+)?(?:jeg|je|eg|ae|e)\s+(?:skal|ska|ma|bor)\s+flyt\w*\s+ut\b"
                         r".*\s(?:skal|ska)\s+(?:bo|bu)\s+(?:med|hos|sammen\s+med|saman\s+med|i\s+lag\s+med)\s+\w+")
FILLER = r"(?:\s+\w+){0,2}"
# Someone else who says or writes that he or she will do something (VIOLENCE, "en annen er i fare nå")
SAYS = (r"(?:sier|sir|seier|sei|sa|skriver|skriv|skreiv|skrev|skrevet|skrive|wrote|writes|texted|posted|said|says|say"  # "say" in broken English (round 68)
        r"|la\s+(?:nettopp\s+|akkurat\s+|just\s+)?ut|legger\s+ut|har\s+(?:nettopp\s+|akkurat\s+)?lagt\s+ut|posta|postet"  # "la ut på face at han ..." (round 69); round 84 (batch 132): "la nettopp ut på snap at han skal ende det"
        r"|truer\s+med|threatens"
        r"|roper|rope|ropar|ropa|ropte|skriker|skrik|skrek|shouts|shouting|shouted|yels|yeling|yeled|screams|screaming|screamed)")  # round 57: "rope at han ska hoppe"
HE_OR_SHE = r"(?:han|hun|ho|hu|he|she)"
# ... or someone close named by kin or role (round 55: "kollega fra fabrikken sitter i bilen med slange fra eksos")
SOMEONE_CLOSE = (r"(?:kollega\w*|kompis\w*|venn\w*|venninne\w*|friend|colleague|coworker|broren|bror|brother|sostera|soster|sister|sonen|son|dattera|daughter"
                 r"|mannen|kona|samboer\w*|kjaerest\w*|nabo\w*|neighbou?r|faren|pappa|mora|mamma|husband|wife|han|hun|ho|hu|he|she)")
WILL = r"(?:ska|skal|vil|wil|is\s+going\s+to|gona|kommer\s+til\s+a|kjem\s+til\s+a|wants\s+to|want\s+to|wana)"  # "wants to" round 68
# Thanks in the writer's own language ("chur", "dhanyabad", "bayarlalaa", "cam on"), said for everything or to NAV
# (rounds 48-61; Tigrinya "yekenyeley", Amharic "amesegnalehu" round 60; Latvian "paldies", Estonian "aitäh" round 61; Polish "dziękuję", Finnish "kiitos" round 62; Twi "me da mo ase" round 63; Lithuanian "ačiū", Swedish "tacka er" round 64; Ukrainian "dyakuyu" round 65; Tagalog "salamat", Tamil "nandri", Russian "spasibo" round 67; Amharic "ameseginalehu" round 68): an indirect sign.
# God in Amharic and Tigrinya, as people spell it in Latin letters ("kanskje Egziabher tilgir meg", rounds 73 and 75)
EGZIABHER = r"(?:egziabher|egziabeher|egzabher|igziabher|ezgiabher|ezgiabeher)"  # round 82 (batch 128): "Ezgiabher tilgi meg" (the letters swapped)
THANKS_IN_ANOTHER_LANGUAGE = (r"(?:chur|abaraka|jerejef|asante|shukran|shukriya|danke|grazie|tack|merci|rahmat|giitu|dhanyabad|dhanyavad"
                              r"|bayarlalaa|bayarlala|spas|sipas|khob\s+khun|khop\s+khun|thuk\s+je\s+che(?:\s+la)?|kyay\s*zu\s*tin\s*ba\s*de"
                              r"|kyay\s*zu|istuti|isthuthi|istuthi|cam\s+on|multumesc|multumim|yekenyel\w*|amesegnal\w*|amesegin\w*|paldies|aitah|aitaeh|dziekuje|dziekujemy|kiitos|medase|me\s+da\s+(?:mo\s+)?ase|aciu|tacka|tackar|dyakuyu|dyakuju|diakuiu|djakuju|salamat|nandri|nanri|spasibo|mahadsanid)")  # Somali "mahadsanid" (round 71)


def _P(pattern: str) -> re.Pattern:
    """Compile a pattern after applying the text normalisation to its literals
    ("oe"->"o", repeated letters collapsed), so patterns may be written in
    ordinary spelling ("ikke", "sleep", "samboeren")."""
    pattern = pattern.replace("oe", "o")
    pattern = re.sub(r"(?<!\\)([a-z])\1+", r"\1", pattern)
    return re.compile(pattern)


def _unless_any(words: str) -> str:
    """A guard put in front of a pattern: it then matches only in a message where none of these words
    (an alternation) stands."""
    return rf"^(?!.*\s(?:{words})\b)"


def _sign(name: str, *patterns: str, unless: re.Pattern | None = None) -> Sign:
    return Sign(name, tuple(_P(p) for p in patterns), unless)


# round 88 (ordinary batches 140-143): what a first-aid course taught ("Lærte hva man gjør om noen har tatt overdose", "når noen har kuttet seg stygt"): the course
# and what was learned named, with what one does "when someone" ("hva man gjør", "what to do"), not a sign; not with a real emergency now (breathing, unconscious, 112,
# an ambulance) nor when the writer took or cut (found on review: "Jeg har tatt en overdose nå. lærte det ikke på førstehjelpskurset"). Shared by the overdose and the cut
# patterns.
_WHAT_A_FIRST_AID_COURSE_TEACHES = (r"^(?!(?=.*\s(?:\w*forstehjelp\w*|hlr\w*|livredning\w*|first\s+aid)\b)(?=.*\s(?:laerte|lerte|laert|lert|larte|learned|learnt|kursbevis\w*)\b)"
                                    r"(?=.*\s(?:hva|ka|kva|what|hvordan|korleis|kossen|how)\s+(?:man|en|ein|me|vi|du|to|you|one)\s)"
                                    r"(?!.*\s(?:puster|pustar|breath\w*|bevisst\w*|unconscious|112|113|ambulanse\w*|ambulance|right\s+now)\b)"
                                    r"(?!.*\s(?:jeg|je|eg|ae|i)\s+(?:har\s+|hev\s+|have\s+|ve\s+)?(?:tatt|tok|teke|took|taken|kutet|kuta|skar|skaret|cut)\b))")

# The last day of a tiltak, a course, a praksis or a job named as the reason for a last message ("siste dag på tiltaket i dag, så d blir
# siste meldinga fra meg", round 66): ordinary like good news, but not when the job was lost.
_LAST_DAY_AT_A_MEASURE = (r"^(?!.*\s(?:mistet|mista|miste|sagt\s+opp|oppsagt|sparken|sparka|fired|lost|permittert\w*)\b)"
                          r".*\s(?:(?:siste|sista|last)\s+(?:dag|dagen|vakt|vakta|uke|uka|veka|day|shift|week)\s+(?:pa|i|med|hos|at|on|of|in)\s+(?:the\s+|my\s+)?"
                          r"(?:tiltak\w*|\w*kurs\w*|praksis\w*|\w*jobb\w*|arbeidstrening\w*|job|course|placement|internship|work)"
                          r"|(?:tiltaket|kurset|praksisen|jobben|arbeidstreninga|arbeidstreningen)\s+(?:slutter|sluttar|er\s+ferdig|e\s+ferdig|er\s+over|e\s+over)\s+(?:i\s+dag|idag|na|no)"
                          # round 80 (ordinary batch 121): "vi sa farvel til alle på kurset ... fikk kursbevis" (goodbye to all on the course, with the course certificate got)
                          # round 82 (ordinary batches 124-125): "siste dag norskkurs i dag. alle sier farvel" (the course named without a preposition, today, with
                          # everyone saying goodbye), "yekenyeley for alt på kurset, siste dag i dag og jeg har lært så mye" (on the course, the last day today, with
                          # what one learned)
                          r"|(?:siste|sista|last)\s+(?:dag|dagen|day)\s+(?:\w*kurs\w*|tiltak\w*|praksis\w*)\s+(?:i\s+dag|idag|today)\b"
                          r"(?=.*\s(?:alle|ale|everyone|everybody|vi|me|we)\s+(?:sier|sa|seier|say|said|tar|tek)\s+(?:farvel|farvell|ha\s+det|hadet|goodbye)\b)"
                          r"|(?:pa|i|on|at)\s+(?:\w*kurset|tiltaket|praksisen|the\s+course)\s+(?:(?:og|and)\s+)?(?:siste|sista|last)\s+(?:dag|dagen|day)\s+(?:i\s+dag|idag|today)\b"
                          # round 89 (ordinary batch 146): "takk for alt på jobbsøkerkurset, siste dag i dag. kommer til å savne gjengen" (missing the group instead of what one learned)
                          r"(?=.*\s(?:(?:laert|lert|laerte|lerte|learned|learnt)\s+(?:sa\s+|so\s+)?(?:mye|mykje|much|a\s+lot)|(?:savne|savner|sakne|saknar|miss)\s+(?:\w+\s+)?(?:gjengen|alle|ale|dere|dokker|dykk|klassen|everyone|you|you\s+all))\b)"
                          r"|(?:sa|sagt|sier|tok|tatt|tek)\s+farvel\s+(?:til|med)\s+(?:alle|ale|everyone)\s+(?:pa|i|fra|on|at)\s+(?:kurset|klassen|tiltaket|the\s+course)"
                          r"(?=.*\s(?:fikk|fekk|fat|fatt|got|received)\s+(?:\w+\s+)?(?:kursbevis\w*|kursdiplom\w*|diplom\w*|sertifikat\w*|certificate|kursattest\w*)\b)"
                          # round 81 (ordinary batch 123): "farewell party for the norsk course tonight, we say goodbye to our teacher" (the course's farewell party, with
                          # goodbye said to the teacher or the classmates)
                          # round 84 (ordinary batch 128): "Paalam po to everyone in norsk class, last day today!" (the class or course, and its last day today)
                          r"|(?:in|on|at|pa|i)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:class|clas|course|kurset|klassen)\s+(?:last|siste|sista)\s+(?:day|dag|dagen)\s+(?:today|i\s+dag|idag)\b"
                          r"|(?P<coursefarewell>(?:farewel|avskjeds|avslutnings)\s*(?:party|fest|festen|lunsj|lunch)\s+(?:for|pa|on|at|of|i)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:course|kurset|kurs|class|klasen|tiltaket))\b"
                          r"(?=.*\s(?:say|said|saying|sier|sa|seier)\s+(?:goodbye|godbye|farvel|farvell|ha\s+det)\s+(?:to|til|te)\s+(?:our|my|the|var|vart|min|mi|dei|de)\s+(?:\w+\s+)?(?:teacher\w*|laerer\w*|laerar\w*|clasmate\w*|klasekamerat\w*)\b))\b")

# Good news that explains a farewell or giving things away: "har fått fast jobb, takk for alt"
# (round 14), "begynner i full stilling i kommunen" (round 21); a job match or an ad received is no job
# got ("fikk jobbmatchen, men ... jeg planlegger å være borte før den starter", a crisis training line). It stops indirect signs from
# adding up and explains a farewell to NAV; every other strong sign still fires.
# round 94, found on review: Trøndersk "æ begynne i ny jobb" (the present without the r; not "vil begynne", a wish)
_GOOD_NEWS = _P(r" (?:har\s+fat|har\s+fatt|fat|fatt|fikk|fekk|got|tar|tok|took|accepted|takket\s+ja\s+til|takka\s+ja\s+til|begynner\s+(?:pa|i|som)|(?<!vil\s)(?<!ville\s)begynne\s+(?:pa|i|som)|byrjar\s+(?:pa|i|som)|starter\s+(?:pa|i|som)|byrja\s+(?:pa|i|som)|begynte\s+(?:pa|i|som)|har\s+begynt\s+(?:pa|i|som))\s+(?:meg\s+)?(?:(?:en|ei|et|eit|ein|ny|nytt|fast|fin|a|new|full|hel|heil)\s+)?(?:(?!(?:ike|ikje|itj|ik|not|ingen)\b)\w+\s+)?"
                r"(?:jobb(?!match|forslag|annonse|tips|varsel)\w*|stiling\w*|fast\s+stiling|kontrakt\w*|lerlingplas\w*|studieplas\w*|job|skole\w*|skule\w*"
                r"|folkehogskole\w*|folkehogskule\w*|studie\w*|utdaning\w*|lere\w*|lere\s+som\s+\w+|contract|university|universitet\w*|hogskole\w*|hogskule\w*|colege)\b| (?:moving|flyter|flytar|flytt\w*|drar|reiser)\s+(?:\w+\s+){0,4}(?:for\s+(?:a\s+)?(?:new\s+)?(?:job|work)|for\s+a\s+jobbe|til\s+(?:en\s+|ei\s+)?(?:ny\s+)?jobb)\b| (?:far|fa)\s+(?:ny\s+|fast\s+)?jobb\b"
                # round 90 (ordinary batch 148): "nå har jeg fast jobb på settefiskanlegget" (a permanent job had now)
                r"| (?:har|hev)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:na\s+|no\s+|endelig\s+|endeleg\s+)?fast\s+(?:jobb\w*|stiling\w*|arbeid)\b"
                r"|^(?=.*\s(?:ny\s+adresse|new\s+adres|i\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)|neste\s+(?:uke|veke|maned|ar)|next\s+(?:week|month|year)))(?=.*\s(?:moblene|mobla|moblan|mobler|furniture|sofaen|sofa|tv|tven|tv\s+en|senga|sengen|kjoleskapet|the\s+sofa|the\s+tv)\b).*\s(?:flyter|flytar|flyte|flyt|flyde|flyder|moving|move)\s+(?:heim\s+|hjem\s+|home\s+)?(?:te|til|to)\s+(?!(?:himmel\w*|heaven|paradis\w*|gud|god|alah|jesus|mamma\s+i\s+himmelen)\b)(?:\w+\s+)?\w+\b"  # round 62; any place named, the sofa or the TV round 65; "flyttar heim til Volda" round 71; Sørlandsk "ska flydde te Kristiansand" round 72 (ordinary batch 104)
                r"| (?:flyter|flytar|flytt\w*|drar|reiser)\s+(?:\w+\s+){0,4}for\s+(?:en\s+|ei\s+)?(?:ny\s+|fast\s+)?jobb\b"
                r"| (?:ny|nye|new)\s+(?:veileder\w*|veiledar\w*|rettleiar\w*|advisor)\s+(?:\w+\s+){0,3}(?:tek|tar|takes|tok)\s+over\b"  # round 34
                r"| (?:i\s+)?(?:start|starting)\s+(?:work\w*\s+|my\s+new\s+job\s+)?(?:at|as)\s+(?:a|an|the)\s+\w+| (?:got|fikk|fekk|har\s+fat)\s+(?:my\s+|min\s+)?(?:authorisation|authorization|autorisasjon\w*|lisens\w*|license)\b"
                # round 68 (ordinary batches 96-97): managing well on one's own now ("eg klarar meg godt sjølv no")
                r"| (?:klarer|klarar|greier|greiar|manage|managing)\s+(?:meg|mae|myself)\s+(?:godt|bra|fint|fine|well)\s+(?:pa\s+egen\s+hand|sjol|sjolv|selv|sel|alene|aleine|on\s+my\s+own|by\s+myself)\s+(?:na|no|nu|now)\b"
                # round 92 (ordinary batch 158): a move to a place named with another NAV office or veileder there ("dette blir siste melding fra mæ her, æ flytte
                # te Tromsø på lørdag og får ny nav der"; found on review: "... flytter til Bodø og får ny veileder der"): a last message to this office, not a
                # farewell, for the net's signs and the model alike; not a move "to heaven"
                r"|^(?=.*\s(?:ny|nytt|nye|anna|annet|another|new)\s+(?:nav|navkontor\w*|nav\s+kontor\w*|nav\s+office|veileder\w*|veiledar\w*|rettleiar\w*|advisor|caseworker)\b)"
                r"(?=.*\s(?:flytter|flytte|flytta|flyttar|flyttet|moving|move)\s+(?:\w+\s+){0,2}?(?:til|te|tel|to)\s+(?!(?:himmel\w*|heaven|paradis\w*|gud|god|jesus)\b)\w+)"
                "|" + _LAST_DAY_AT_A_MEASURE)  # round 31  # round 88 (ordinary batch 141): the past "byrja i fast jobb", "begynte i", "har begynt i"  # round 28: "got a permanent contract", moving abroad for a job, "får jobb i Polen"


# What one has "an overdose of" in an idiom ("overdose av kaffe og venting", round 73, ordinary batch 106).
_SURFEIT = r"(?:kaffe|kafe|koffein|coffee|caffeine|sukker|sugar|sjokolade|chocolate|godteri|snop|candy|kake\w*|cake|info\w*|informasjon|venting|waiting|byrakrati\w*|skjema\w*|papir\w*|paperwork|mote\w*|meetings|netflix|serier|tv|jul\w*|christmas|kos|love|kjaerlighet|sol|sun|trening|gym|excel|powerpoint|zoom|teams)"

# What one "dies of" in an idiom ("dør av latter", "vil dø av kjedsomhet").
# round 80 (ordinary batch 121): Swedish "jag dör av tristess ... haha" (boredom)
# round 92 (found on review): "dø litt inni meg" (to die a little inside, an idiom of embarrassment: "eg vil og døy litt inni meg når eg ser køen")
_DIE_OF_IDIOM = r"(?:av\s+(?:latter|kjedsomhet|kjedsomheit|nysgjerrighet|nysgjerrigheit|tristess|tristesse|leda|ledsnad)|litt\s+(?:inni|inne\s+i|innvendig))\b"

# Strong words in their everyday sense: idioms ("I could kill for a coffee", "dør av latter", "ler meg
# ihjel") and a goodbye for now ("farvel for i dag", "snakkes etter påske", "god helg"). They explain a
# P1 the model reads into such a message when the net finds no sign but indirect ones (round 44,
# rasa_server/ordinary_sense.py); the net's own signs are not affected.
_ORDINARY_SENSE = _P(r" (?:kill|kil)\s+for\s+(?:a|an|the|some|one|another|that)\b| killing\s+(?:myself|me)\s+(?:trying|working|with|at|over|on)\b| killing\s+it\b"
                     r"| kill\s+(?:my|his|her|the)\s+(?:benefit|benefits|payment|money|case|plan)\b| (?:driving|drives|drive|drove)\s+(?:me|anyone|anybody|everyone|everybody|people|us)\s+(?:up\s+the\s+walls?|crazy|mad|nuts|insane)\b"  # "drives me mad" round 56; "would drive anyone mad" round 67
                     rf"| (?:dor|doyr|dauer|daue|dauar|do|doy)\s+{_DIE_OF_IDIOM}"
                     rf"| (?:overdose|overdos|od)\s+(?:av|of|pa|on|med)\s+(?:\w+\s+)?{_SURFEIT}\b"  # round 73 (ordinary batch 106): "overdose av kaffe og venting"
                     r"| ler\s+(?:meg|mae)\s+(?:ihjel|i\s+hjel)\b"
                     # round 77 (ordinary batches 114-115): "skjøt alle i counter strike i går" (in a game named), a pocket call with the dog on the phone ("Lomme ringing
                     # beklager"), and "meldekortgreiene tar livet av mæ fr, hver eneste gang" (a NAV thing, with "fr", "as" or "every time")
                     # round 78 (ordinary batch 117): "drepte broren min i fortnite 4 ganger i kveld haha" (a person named, killed in a game named, not only "alle")
                     # round 79 (ordinary batch 118): "jeg killa hele laget i warzone i natt haha" ("killa", and the whole team)
                     r"| (?P<game>(?:skjot|skaut|skyt|skyter|shot|drepte|drap|killed|killa|kila|killet|kilet)\s+(?:alle|all|everyone|everybody|dem|dei|han|ham|henne|ho|him|her"
                     r"|(?:hele|heile|the\s+whole|the\s+other|det\s+andre|andre)\s+(?:laget|lagen|team|squad|gjengen)"
                     r"|(?:broren|bror|brodern|sostera|soster|syster|kompisen|kameraten|vennen|venninna|fetteren|kusina|pappa|faren|my\s+(?:brother|sister|friend|dad|cousin))(?:\s+(?:min|mi|mitt))?"
                     # round 84 (ordinary batch 128): "drepte sjefen i det spillet til slutt etter 40 forsøk haha" (the boss of a game, in "det spillet")
                     r"|sjefen|bossen|the\s+boss|zombie\w*|monsteret|dragen)"
                     r"\s+(?:i|in|pa)\s+(?:counter\s+strike|cs|csgo|cs\s+go|cs2|fortnite|cod|call\s+of\s+duty|valorant|pubg|apex|gta|minecraft|roblox|warzone|overwatch|(?:det\s+|dette\s+)?spilet|the\s+game|that\s+game))\b"
                     # round 84 (ordinary batch 128): a child playing a game who shouts or says he killed him or a zombie, with a laugh ("Dochka spiller spill hele kvelden og
                     # roper jeg drepte ham! Haha", "Syn spiller Minecraft og sier han drepte zombie ... haha")
                     r"|^(?=.*\s(?:spiller|spilte|spel|speler|spelar|plays|playing|gaming|gamer)\s+(?:\w+\s+)?(?:spil\w*|games?|minecraft|fortnite|roblox|valorant|warzone|cod|gta|fifa|overwatch|apex|pubg|playstation|ps5|xbox|nintendo|switch)\b)"
                     r"(?=.*\s(?:haha\w*|hehe\w*|hihi\w*|lol|xd)\b).*\s(?P<gamekill>(?:drepte|drap|killed|killa|kila)\s+(?:ham|han|henne|ho|him|her|dem|dei|them|zombie\w*|zombien|monsteret|dragen|sjefen|bossen|the\s+boss))\b"
                     # round 78 (ordinary batch 117): "broren min kommer til å drepe mæ fordi e tok hele tv-en i helga lol" (someone close who will "kill" one for a
                     # thing done, with a laugh: a joke)
                     r"| (?P<killme>(?:broren|bror|sostera|soster|mamma|mora|mor|pappa|faren|kona|mannen|dama|samboer\w*|kjaerest\w*|sjefen|kompisen|kameraten|vennen|venninna"
                     r"|my\s+(?:mom|mum|dad|brother|sister|wife|husband|boss|friend))\s+(?:min\s+|mi\s+|mitt\s+)?(?:kommer\s+til\s+a|kjem\s+til\s+a|skal|ska|is\s+going\s+to|s\s+going\s+to|will|gona)"
                     r"\s+(?:drepe|drepa|drep|kil)\s+(?:meg|mae|mg|me)\s+(?:fordi|for|nar|hvis|viss|if|when|because|cause|cos)\b(?:\s+\w+){1,12}?\s+(?:lol|haha\w*|hehe\w*|xd))\b"
                     # round 80 (ordinary batch 120): "sorry feil person, skulle te mamma: kjøp kattemat og dopapir" (a text sent to the wrong person, with whom it was for)
                     r"| (?P<wrongperson>(?:sorry|soz|beklager|oops|ops|ups|unskyld|unnskyld)\s+(?:\w+\s+)?(?:feil\s+(?:person|nummer|mottaker|mottakar|chat|trad)|wrong\s+(?:person|number|chat))\s+"
                     r"(?:skulle|sku|skulle\s+vaere|var\s+til|va\s+te|ment\s+for|meant\s+for|was\s+meant\s+for|was\s+for)\b)"
                     # round 81 (ordinary batch 122): "oops lomma trykket" (the pocket pressed: "lomma", with "trykket")
                     # round 82 (ordinary batch 125): "jkjkjkkk.. lomma" ("lomma" alone as the last word after a keyboard mash, letters without a vowel, as the whole message)
                     r"| (?P<pocket>(?:lome|lomme|loma|lomma)\s*(?:ringing|ringt|ringte|oppringing|ring|dial\w*|trykket|trykte|trykka|trykker)|pocket\s+dial\w*"
                     r"|(?<=^\s)(?:[bcdfghjklmnpqrstvwxz]{4,}\s+){1,3}(?:lome|lomme|loma|lomma|lommen|lomen|pocket)(?=\s*$)|(?:hunden|katen|kata|ungen)\s+som\s+(?:trakket|trakka|trok|tro|satt|sat)\s+pa\s+(?:telefonen|mobilen))\b"
                     rf"| (?P<navthing>(?:{NAV_OBJECT}|\w+greiene|\w+greiane))\s+(?:\w+\s+)?(?:tar|tek)\s+livet\s+(?:av|a)\s+(?:meg|mae|mg)\s+(?:fr|for\s+real|as|asa|lol|haha\w*|hver\s+(?:eneste\s+)?gang|kvar\s+gong"
                     # round 84 (ordinary batch 128): "denne skjemaet tar livet av meg! Hva skal jeg skrive i feltet som heter arbeidsevne?" (a question about a field of it right after)
                     r"|(?:hva|ka|kva|what|hvordan|korleis|how)\s+(?:skal|ska|should|do)\s+(?:jeg|je|eg|ae|i)\s+(?:skrive|skriva|fylle|fylla|write|put|fill)\s+(?:ut\s+|inn\s+|in\s+)?(?:i|pa|in|on)\s+(?:feltet|rubrikken|ruta|boksen|the\s+field|the\s+box))\b"
                     # round 79 (ordinary batches 118-119): baby things given to a friend who is expecting ("gitt bort alt babyutstyret til en venninne som venter barn");
                     # a rope bought to secure a load ("kjøpt tau for å sikre lasset på tilhengeren"); a parent who says one is to move out, with where one will live
                     # ("mamma sier jeg skal flytte ut til sommern ass, skal bo med kompisen"); a chore one is tired of, with a laugh ("orker ikke mer snømåking i dag haha");
                     # money a little tight before a birthday "men vi klarer oss"
                     r"| (?P<baby>(?:gitt|git|gir|gav|ga|gjeve|gjev)\s+bort\s+(?:alt\s+|alle\s+|ale\s+)?(?:\w+\s+)?(?:baby\w*|barneklaer\w*|barnevogn\w*|barnesenga|vogna|vognen)\s+(?:til|te|to)\s+"
                     r"(?:en\s+|ei\s+|ein\s+|min\s+|mi\s+|a\s+|my\s+)?\w+\s+(?:som|who|that)\s+(?:venter|ventar|skal\s+ha|er\s+gravid|e\s+gravid|is\s+expecting|is\s+pregnant))\b"
                     rf"| (?P<load>(?:tau|reip|rope|stropper|spanbelter)\s+{_TO_SECURE_A_LOAD})\b"
                     rf"| (?P<moveout>{_MOVING_OUT_FROM_HOME})"
                     rf"| (?P<chore>{ORKE}{ADV}\s+{NOT}\s+{MORE}\s+{_CHORE}\b(?:\s+\w+){{0,3}}?\s+(?:haha\w*|hehe\w*|hihi\w*|lol|xd))\b"
                     r"| (?P<tight>(?:litt|lite|bitte\s+litt|ganske|a\s+bit|a\s+little)\s+(?:trangt|stramt|tight|trang)\b(?:\s+\w+){0,8}?\s+(?:men|but)\s+(?:vi|jeg|je|eg|ae|e|me|we|i)\s+"
                     r"(?:klarer|klarar|greier|greiar|manage|wil\s+manage|kommer\s+oss\s+gjennom)(?:\s+(?:oss|meg|mae|it))?)\b"
                     # round 84 (ordinary batch 129): "panam litt tight denne måned, kona spør når bostøtte kommer. ikke akutt, bare vil vite dato" (a little tight, said not
                     # to be urgent, with a date asked for)
                     r"|^(?=.*\s(?:ike|ikje|itj|not)\s+(?:akut|akutt|urgent|krise|kritisk)\b).*\s(?P<tightnoturgent>(?:litt|lite|bitte\s+litt|ganske|a\s+bit|a\s+little)\s+(?:trangt|stramt|tight|trang))\b"
                     # round 74 (ordinary batch 109): "ja jeg lever fortsatt haha, lenge siden sist" (still alive, with a laugh: a greeting after long)
                     r"| (?P<hit>(?:jeg|je|eg|ae|e)\s+(?:lever|lev|live)\s+(?:fortsatt|enda|enno|framleis|altso)|(?:im|i\s+am)\s+still\s+alive)\s+(?:haha\w*|hehe\w*|hihi\w*|lol|xd)\b"
                     # round 87 (ordinary batch 139): "det tok knekken på mæ" (the past tense)
                     r"| (?:tar|ta|tok|tatt|tek|teke)\s+knekken\s+pa\s+(?:meg|mae)\b| ta\s+livet\s+av\s+(?:meg|mae)\s+(?:haha\w*|hehe\w*|lol)\b| (?:blir|vert)\s+(?:heilt\s+|helt\s+)?(?:spro|gal|sprogal)\s+av\b"
                     r"| (?:farvel|ha\s+det|adjo)\s+(?:bra\s+|godt\s+)?for\s+(?:i\s+dag|i\s+kveld|denne\s+gang|denne\s+gongen|na|no)\b"
                     # round 86 (ordinary batch 135): Swedish "ok då, hej då. vi hörs nästa vecka"
                     r"| (?:snakkes|vi\s+snakkes|vi\s+sees|vi\s+ses|vi\s+hors|vi\s+hores|(?:see|talk\s+to)\s+(?:you|ye|ya))\s+(?:i\s+morgen|i\s+morgon|imorgon|etter|efter|pa|neste|naesta|nasta|next|tomorrow|on|after|soon|snart|senare)\b"
                     r"| (?:god|good|fin|nice)\s+(?:helg|weekend)\b| (?:i\s+)?go\s+(?:to\s+)?sleep\s+now\b"
                     # round 86 (ordinary batches 132-133): "orkar ikkje meir kø på telefonen", "nav e som å slå hodet i veggen" (a queue on the phone line; the idiom of the wall)
                     rf"| {ORKE}\s+{NOT}\s+{MORE}\s+(?:av\s+(?:denne|dene|dette|den|det)\s+)?{PHONE_QUEUE}\b| som\s+a\s+(?:sla|banke|dunke)\s+(?:hodet|huet|hovudet)\s+(?:i|mot)\s+(?:vegen|muren)\b"
                     # round 86 (ordinary batch 133): "kutta meg på filetlina, kjem ikkje" (a cut at the fillet line or the fish plant, not again or on purpose)
                     rf"| (?:kuta|kutet|kut|skar)\s+(?:meg|mae)\s+pa\s+{FISH_OR_MEAT_LINE}\b(?!.*\s(?:igjen|att|med\s+vilje|selv|sjol)\b)"
                     # round 86 (ordinary batch 134): a bridge job turned down for fear of heights ("the bridge construction job ... is not for me. I am afraid of heights")
                     # round 87 (ordinary batch 137): "i am afraid of height" (the singular)
                     # round 93 (ordinary batch 161): "æ e itj redd for høyder, kunne tenkt mæ stillas eller montering på vindmøllan" (a job wished for or work at a height named)
                     r"|^(?=.*\s(?:job|jobb\w*|stiling\w*|work|arbeid\w*|kunne\s+tenkt\s+(?:meg|mae)|stillas\w*|scaffold\w*|montering\w*|montor\w*|vindmol\w*|vindturbin\w*)\b)"
                     r".*\s(?:afraid\s+of\s+heights?|scared\s+of\s+heights?|fear\s+of\s+heights?|hoydeskrek\w*|redd\s+for\s+(?:hoyder|hogder)|hoydeangst)\b"
                     # round 87 (ordinary batches 136-139): "tar livet av meg denne telefonkøen" (the queue or a NAV thing named right after); "ingen skadd" after a car in the
                     # ditch or an accident; an arm or a leg that broke in an accident or with a hospital stay; an operation or a stay told as gone fine; "sov godt for første
                     # gang på en stund" (slept well at last); thanks for one's farewell party at a work training or a course; the train "om det ikke e is på sporet"
                     rf"| (?:tar|tek)\s+livet\s+{_OF_ME_THIS_QUEUE_OR_NAV_THING}"
                     # round 91 (ordinary batch 155): "det her skjemaet tar livet av mæ" (the queue or the NAV thing named first, "det her" and "mæ" too)
                     rf"| (?:denne|dette|den|det|disse|dei|de)\s+(?:her\s+)?(?:\w+\s+)?(?:{PHONE_QUEUE}|{NAV_OBJECT})\s+(?:tar|tek)\s+livet\s+(?:av|a)\s+(?:meg|mae|mg)\b"
                     r"|^(?=.*\s(?:bil|bilen|car|grofta|grofta|ulyk\w*|ulukk\w*|kolisjon\w*|krasj\w*|acident|blankis|glat\w*|bergingsbil\w*)\b).*\s(?:ingen|no\s+one|nobody)\s+(?:ble\s+|vart\s+|blei\s+|was\s+|er\s+|e\s+|got\s+)?(?:skad|skadet|skada|hurt|injured)\b"
                     r"|^(?=.*\s(?:hospital|sykehus\w*|sjukehus\w*|legevakt\w*|acident|ulyk\w*|ulukk\w*)\b).*\s(?:arm|leg|ankle|wrist|foot|hand|armen|beinet|foten|handa|handleddet)\s+(?:\w+\s+){0,8}?(?:and\s+|og\s+)?(?:broke|broken|brakk|brak|knakk|knak)\b"
                     r"|^(?=.*\s(?:operasjon\w*|operert|operation|surgery|sykehus\w*|sjukehus\w*|hospital|innlagt|admitted)\b).*\s(?:everything|it\s+al|al|alt|det)\s+(?:went|gikk|gjekk|has\s+gone|gone)\s+(?:fine|wel|good|bra|fint|greit)\b"
                     r"| (?:sov|sovet|slept|sovna|sovnet)\s+(?:godt|bra|wel|good)\s+(?:for\s+forste\s+gang|for\s+the\s+first\s+time)\b"
                     r"| (?:takk|tak|thanks|thank\s+you)\s+for\s+(?:\w+\s+)?(?:avskjedsfest\w*|avskjedslunsj\w*|avslutningsfest\w*|farewel\s+party|leaving\s+party)\s+(?:pa|i|at|on|for)\s+(?:the\s+|my\s+)?(?:\w*arbeidstrening\w*|\w*jobb\w*|tiltak\w*|\w*kurs\w*|praksis\w*|work|verksted\w*|verkstad\w*)"
                     r"| (?:om|hvis|viss|if)\s+(?:det\s+)?(?:ike|ikje|itj|ite|not)\s+(?:er|e|is)\s+(?:is|sno|snow|ice|glat\w*)\s+(?:pa|on)\s+(?:sporet|skinnene|linja|banen|the\s+tracks?|the\s+line)\b"
                     # round 58 (ordinary batch 77): out to bathe, swim or fish with the children or friends ("ha det, ska ut å bade i sjøen m ungan no")
                     r"| (?:ska|skal|skulle|going|gar|drar)\s+(?:ut\s+)?(?:a\s+|to\s+|og\s+)?(?:bade|bada|svomme|symje|swim|swimming|fiske|fiska|fishing)\b(?:\s+\w+){0,4}?\s+(?:med|m|with)\s+"
                     r"(?:ungan|ungane|ungene|ungen|barna|borna|kidsa|the\s+kids|my\s+kids|familien|gjengen|venner\w*|vener\w*|kompis\w*)\b"
                     # round 60 (ordinary batches 80-81): out to pull or set the nets ("då seier eg ha det, no skal eg ut og dra garna"); to "hoppe av"
                     # a job or a course, or to become something else ("ho ville hoppa av og bli bonde"; not "... og bli borte")
                     r"| (?:ska|skal|skulle|gar|drar|going)\s+(?:(?:eg|jeg|je|e|ae|i|vi|me|we)\s+)?(?:ut\s+)?(?:a\s+|og\s+|to\s+)?(?:dra|trekke|trekkje|sette|setje|sjekke|sjekka|pull|set|check)\s+"
                     r"(?:garna|garnet|garn|garnene|garnane|teinene|teinane|teina|rusene|ruser|the\s+nets|my\s+nets|nets|the\s+pots)\b"
                     r"| (?:hoppe|hoppa|hopper|hoppar|hoppet)\s+av\s+(?:og\s+(?:bli|verte|begynne|byrje|starte|jobbe|jobba|studere)\s+(?!(?:borte|vekk|ferdig)\b)\w+"
                     r"|for\s+a\s+(?:bli|verte|begynne|byrje|starte|jobbe|studere)\b|(?:studiet|skolen|skulen|kurset|utdanninga|utdanningen|jobben|programmet|tiltaket|ekornhjulet)\b)"
                     # ... and "you saved my life haha" with the help named ("for all help with the flat")
                     r"|^(?=.*\s(?:help|hjelp|hjelpa|hjelpen)\s+(?:with|wid|med)\s+(?:the\s+|my\s+|a\s+|den\s+|det\s+)?\w+).*\s(?:you|u|ya|du|dere)\s+(?:just\s+|really\s+|don\s+)?"
                     r"(?:saved|save|redda|reddet|redde)\s+(?:my\s+life|livet\s+mitt)\s+(?:(?:i\s+dag|idag|today)\s+)?(?:haha\w*|hehe\w*|hihi\w*|lol|lmao|xd)\b"  # "i dag" round 73 (ordinary batch 107); "du redde livet mitt haha" round 74 (ordinary batch 108)
                     # round 55 (ordinary batches 70-71): "killed it" said of a course, an exam, a test or an interview ("done de food safety
                     # course, got de paper ... killed it"); "you saved my life with that bus card haha" (a favour named, and a laugh after it)
                     r"|^(?=.*\s(?:course|courses|exam|exams|test|interview|presentation|kurs\w*|eksamen\w*|prove|proven|intervju\w*|presentasjon\w*|certificate|sertifikat\w*|shift|audition)\b).*\skilled\s+it\b"
                     r"| (?:you|u|ya|yu|du|dere|that|this|it|dat|dis)\s+(?:just\s+|literally\s+|really\s+|totally\s+|actually\s+|bokstavelig\s+|don\s+|done\s+)?(?:saved|save|saves|redda|reddet|berga|berget)\s+"
                     r"(?:my\s+life|livet\s+mitt|my\s+day|dagen\s+min)\s+(?:with|wid|med)\s+(?:that|the|this|dat|dis|de|den|det|dei|your|din|ditt|di)\b.*\s(?:haha\w*|hehe\w*|hihi\w*|lol|lmao|xd)\b"
                     # round 56 (ordinary batches 72-73): "i'd die of the smell" (of a job, a smell, boredom or shame); "orker ikke det kurset" (a
                     # course, a meeting or another NAV thing named with "det/den/dette")
                     r"| (?:id|i\s+would|i\s+wil|il|i\s+wud|i\s+could|youd|you\s+would|we\s+would|wed)\s+(?:literaly\s+|just\s+)?die\s+of\s+(?:the\s+)?(?:smel|stink|stench|boredom|embarasment|embarrassment|shame|laughter|laughing|cringe|heat|noise)\b"
                     rf"| {ORKE}\s+{NOT}\s+(?:det|den|dette|denne|dei|de|disse|that|this)\s+(?:\w+\s+)?{NAV_OBJECT}\b"
                     # round 81 (ordinary batch 122): "orker ikke flere cv-kurs ass" (more of a NAV thing named: a course, a meeting, a form)
                     rf"| (?P<morenav>{ORKE}\s+{NOT}\s+(?:flere|fleire|more)\s+(?:\w+\s+)?{NAV_OBJECT})\b"
                     # round 81 (ordinary batch 122): "kan jobbe fiskebruk, henge skrei på hjell" (cod hung on drying racks: work)
                     r"| (?P<stockfish>(?:henge|henger|hengte|heng|hang|hanging)\s+(?:opp\s+)?(?:skrei|torsk|fisk|fisken|stokfisk|rundfisk|hoder|hodene)\s+(?:pa|i|on)\s+(?:hjel|hjelen|hjela|hjelane|hjelene|hjeler|drying\s+racks?))\b"
                     # round 81 (ordinary batches 122-123): a summit climbed ("va på toppen av reinebringen i dag ... trudde æ sku dø i bakkan haha", with a laugh), and a walk
                     # to a summit that was in the plan ("Jeg gikk tur. Til toppen av Borgklinten ... Men jeg klarte det. Det stod i planen.")
                     r"|^(?=.*\s(?:toppen|topptur\w*|summit|the\s+top)\b)(?=.*\s(?:haha\w*|hehe\w*|lol|xd)\s*$).*\s(?P<summit>(?:trodde|trudde|tenkte|thought)\s+(?:jeg|je|eg|ae|e|i)\s+(?:skulle|sku|skul|would|was\s+going\s+to)\s+(?:do|doy|die|stryke\s+med))\b"
                     r"|^(?=.*\s(?:gikk|gjekk|gar|walked|went|gatt)\s+(?:en\s+|pa\s+|a\s+|for\s+a\s+)?(?:tur|turen|walk|hike|topptur)\b)(?=.*\s(?:sto|stod|star|var|va|was|is)\s+(?:i|in)\s+(?:planen|aktivitetsplanen|the\s+plan|my\s+plan)\b)"
                     r".*\s(?P<walk>(?:til|te|to|pa|on)\s+(?:the\s+)?(?:toppen|top)\s+(?:av|pa|of)\s+\w+)\b"
                     # round 81 (ordinary batch 123): "e tom for snus og pizzapenga haha men har mat i skapet" (out of snus or treats, with food said to be there)
                     r"|^(?=.*\s(?:men|but)\s+(?:\w+\s+)?(?:har|e|er|have|got)\s+(?:nok\s+)?(?:mat|food)\b).*\s(?P<treats>(?:tom|empty|out)\s+(?:for|of)\s+(?:snus|royk\w*|sigaret\w*|tobak\w*|ol|beer|godteri|snop|energidrik\w*|pizapeng\w*|snuspeng\w*|olpeng\w*))\b"
                     # round 68 (ordinary batches 96-97): "d tek livet av meg å forklare alt to gonger" (it kills me to do a chore; not to live,
                     # be or wake up), "du redda dagen min" (a day saved)
                     r"| (?:det|d|de|it|its|dette|this)\s+(?:tar|tek|tok|kills|killed|is\s+killing)\s+(?:livet\s+av\s+)?(?:meg|mae|me)\s+(?:a|to)\s+(?!(?:leve|leva|live|vaere|vere|be|vakne|vakna|wake|ga\s+pa|go\s+on|fortsette|continue)\b)\w+"
                     r"| (?:you|u|ya|du|dere|dokker|dykk|that|this|it)\s+(?:just\s+|really\s+|totally\s+|virkelig\s+|verkeleg\s+|heilt\s+|helt\s+)?(?:saved|save|saves|redda|reddet|berga|berget|made)\s+(?:my\s+day|dagen\s+min|min\s+dag)\b"
                     # round 70 (ordinary batches 100-101): "dette gjekk bra te slutt. hadde aldri trudd det" (it went well in the end, never thought so; past tense only), "skaut mæ sjølv i foten"
                     # (the idiom), "stod i tau på taket ... la ny takstein" (roped for work on a roof), "må ta farvel mæ veiledaren min, ho slutte",
                     # killed in a game ("drepte meg i Fortnite", "killa meg tre ganger på rad i lol")
                     r"| (?:gikk|gjekk|gjek|went|turned\s+out)\s+(?:bra|fint|godt|well|fine)\s+(?:til|te|in\s+the)\s+(?:slutt|end)\b.*\s(?:hadde|hade|had)\s+(?:aldri|never)\s+(?:trodd|trudd|trott|tenkt|thought)\b"
                     r"| (?:skjot|skaut|skot|shot)\s+(?:meg|mae|myself)\s+(?:selv\s+|sjolv\s+|sjol\s+)?(?:i|in)\s+(?:foten|the\s+foot)\b"
                     r"|^(?=.*\s(?:takstein\w*|takrenn\w*|takpapp\w*|tekk\w*|solcelle\w*|pipa|pipe|reparer\w*)\b).*\s(?:stod|sto|star|sta|hang|henger|heng)\s+i\s+(?:tau|sele|sikringstau)\b"
                     r"| farvel\s+(?:med|mae|me|m)\s+(?:veilederen|veiledaren|rettleiaren|saksbehandleren)\s+(?:min|mi)\b.*\s(?:ho|hun|han|hu)\s+(?:slutter|sluttar|slutte|slutar|har\s+slutta|har\s+sluttet|skal\s+slutte|ska\s+slutte|flytter|flyttar)\b"
                     # round 83 (ordinary batch 127): "Jeg hørte at veilederen min skal slutte. Jeg vil gjerne få ta farvel med henne" (the veileder's leaving told first,
                     # then the goodbye to her)
                     r"|^(?=.*\s(?:veilederen|veiledaren|rettleiaren|saksbehandleren|saksbehandlaren)\s+(?:min|mi)\s+(?:skal|ska|har|er|e)\s+(?:\w+\s+)?(?:slutte|slutta|sluttet|slutter|sluttar|flytte|flytta|ga\s+av|gar\s+av|pensjon\w*)\b)"
                     r".*\s(?:farvel|ha\s+det|hadet)\s+(?:med|til|te)\s+(?:henne|hene|ham|han|ho|hu|veilederen|veiledaren)\b"
                     r"| (?:drepte|drap|drepe|killa|killed|kills|killing)\s+(?:meg|mae|me|han|ham|ho|hun|henne|him|her|dem|dei|them)\s+(?:\w+\s+){0,4}?(?:i|in|pa)\s+(?:fortnite|lol|minecraft|cod|valorant|fifa|roblox|apex|overwatch|cs|spill\w*|games?|mario\w*)\b"  # "killa han i fortnite" round 75 (ordinary batch 111)
                     # round 75 (ordinary batches 110-111): anger at a thing ("var klar for å drepe telefonen", "vil kaste telefonen i veggen"; the phone, the PC or the alarm
                     # clock as the object); "jeg kommer til å savne dere" with the course named ("dere har vært så snill mot meg hele kurset"); "avslutte ordentlig" with
                     # the course or the activity plan named; a trip planned with a tent, to a cabin or a mountain ("skal på telttur m ungene ... og sove ute to netter")
                     r"| (?:drepe|drep|kill|killa|knuse|kaste|kasta|hive|smash|throw)\s+(?:telefonen|mobilen|tlf|telefon|pcen|pc\s+en|laptopen|the\s+phone|my\s+phone|the\s+laptop|printeren|vekkerklokka|alarmen)\b"
                     # round 83 (ordinary batch 126): "mahadsanid for alt, norskkurset er ferdig nå og jeg kommer til å savne læreren" (the course named in a compound
                     # and told as over, the teacher missed)
                     r"|^(?=.*\s(?:kurset|tiltaket|praksisen|course|the\s+class)\b).*\s(?:(?:kommer|kjem)\s+(?:til|te)\s+a\s+(?:savne|sakne)\s+(?:dere|dokker|dykk|deg)|will\s+miss\s+(?:you|u|ya|you\s+all))\b"
                     r"|^(?=.*\s\w*kurset\s+(?:er|e)\s+(?:ferdig|slutt|over)\b).*\s(?:(?:kommer|kjem)\s+(?:til|te)\s+a\s+(?:savne|sakne)|will\s+miss)\s+(?:laereren|laeraren|laerarane|laererne|the\s+teacher|our\s+teacher|dere|dokker|dykk|deg|you)\b"
                     r"|^(?=.*\s(?:kurset|tiltaket|aktivitetsplan\w*|praksis\w*|course)\b).*\s(?:avslutte|avslutta|fullfore|fullfora|finish)\s+(?:kurset\s+|det\s+|tiltaket\s+|it\s+)?(?:ordentlig|ordentleg|skikkelig|skikkeleg|properly)\b"
                     r"| (?:skal|ska|skulle|drar|going)\s+(?:pa|pa\s+en|on\s+a)\s+(?:telttur\w*|campingtur\w*|hyttetur\w*|fjelltur\w*|kanotur\w*|overnattingstur\w*|camping)\b"
                     # round 76 (ordinary batch 112): a walk to a summit with a night in a tent ("skal gå til toppen av Gaustatoppen ... og sove i telt en natt")
                     r"|^(?=.*\s(?:sove|sova|sleep)\s+(?:i|in)\s+(?:telt|teltet|a\s+tent)\b).*\s(?:skal|ska|skulle|drar|going)\s+(?:a\s+|to\s+)?(?:ga|dra|walk|hike|climb)\s+(?:opp\s+)?(?:til|pa|te|to)\s+(?:toppen|the\s+top)\b"
                     # round 83 (ordinary batch 126): "ska sova i telt oppå Dalsnuten i natt med kompisane" (a night in a tent on a peak, with friends)
                     r"|^(?=.*\s(?:med|with)\s+(?:kompis\w*|venner|venene|venane|gutta|gutane|jentene|jentane|friends)\b).*\s(?:skal|ska|skulle|going\s+to)\s+(?:sove|sova|sleep)\s+(?:i|in)\s+(?:telt|teltet|a\s+tent)\s+"
                     r"(?:oppa|opa|oppe\s+pa|ope\s+pa|pa\s+toppen\s+av|on\s+top\s+of)\s+\w+"
                     # round 83 (ordinary batch 127): "vil ikke være her lenger, vil flytte til Stavanger og jobbe på hotell" (a move to a place named, for work or study)
                     rf"|^(?=.*\s(?:vil|skal|ska)\s+(?:flytte|flytta|flyte)\s+(?:til|te)\s+\w+\s+(?:og|for\s+a)\s+(?:jobbe|jobba|arbeide|arbeida|studere|studera)\s+(?:pa|i|som|hos)\b)"
                     rf".*\s(?:vil|vile)\s+{NOT}\s+(?:a\s+)?{BE}\s+her\s+(?:mer|meir|lenger|lengre)\b"
                     # round 83 (ordinary batch 127): Vietnamese "bà nội mất ... jeg reise i begravelse 2 uke ... må jeg si fra til nav?" (a trip to a funeral, with a question
                     # to NAV; not one's own funeral)
                     r"|^(?=.*\s(?:si\s+fra|sie\s+fra|melde\s+fra|gi\s+beskjed|ma\s+(?:jeg|je|eg)|skal\s+(?:jeg|je|eg)|trenger\s+(?:jeg|je|eg))\b)(?!.*\s(?:min\s+begravelse|begravelsen\s+min|min\s+egen|my\s+funeral|my\s+own)\b)"
                     r".*\s(?:reise|reiser|reiste|drar|dra|flyr|fly|travel\w*|go|going)\s+(?:\w+\s+)?(?:i|til|pa|to|for)\s+(?:en\s+|ei\s+|the\s+|a\s+)?(?:begravelse\w*|gravferd\w*|funeral)\b"
                     # round 88 (ordinary batches 140-143): a farewell said to a job ("nei takk, har alt sagt farvel te den jobben"), a cut on a pet's paw at the vet, a farewell
                     # party for a veileder who moved ("avskjedsfest for ho på tiltaket"), waiting "verre enn ein skrekkfilm", a crime novel "der alle døyr på slutten"
                     r"| (?:sagt|sa|sei|sier|seier|tatt|tok|tar)\s+farvel\s+(?:til|te|med)\s+(?:den|denne|det|dette|that|the)\s+(?:jobben|stillinga|stillingen|tilbudet|tilbodet|plassen|kurset|job|offer)\b"
                     r"| (?:dyrlege\w*|veterinaer\w*|the\s+vet)\b.*\s(?:kutt|kuttet|sar|saret|skade|cut|wound)\s+(?:\w+\s+){0,2}?(?:poten|potene|labben|labb|paw)\b"
                     r"| (?:avskjedsfest\w*|avskjedsselskap\w*|farewell\s+party|leaving\s+party)\s+(?:for|til|te)\s+(?:ho|hu|han|henne|ham|hom|veileder\w*|veiledar\w*|kollega\w*|sjefen|her|him)\b"
                     r"| (?:verre|varre|worse)\s+(?:enn|than)\s+(?:ein|en|ei|a)\s+(?:skrekkfilm\w*|grossfilm\w*|horror\w*)\b"
                     # round 93 (ordinary batch 162): "ska sjå siste episoden der alle døy haha" (an episode, a series or a season too, and "døy")
                     r"| (?:krim\w*|roman\w*|bok|boka|novel\w*|film\w*|story|historie\w*|novelle\w*|episode\w*|\w*episoden|\w*serie\w*|sesong\w*|season\w*|anime\w*)\s+(?:der|hvor|kor|kvar|where)\s+"
                     r"(?:alle|everyone|everybody)\s+(?:dor|doyr|doy|dauer|dies|die)\b"
                     # round 93 (ordinary batch 160): "trudde æ sku drukne i papira men nu går det" (drowning in paperwork, forms, work, mail or homework: the idiom)
                     r"| (?:drukne|drukna|drukner|druknar|druknet|drowning|drown|drowned)\s+(?:i|in)\s+(?:\w+\s+)?(?:papir\w*|paperwork|papers|skjema\w*|forms|arbeid\w*|jobb\w*|work|mail\w*|e\s+post\w*|epost\w*|emails"
                     r"|lekse\w*|homework|regning\w*|rekning\w*|bills|oppgave\w*|soknad\w*|applications|byrakrati\w*|bureaucracy)\b"
                     # round 94 (ordinary batch 164): "takk for alt, det va ikke så ille som æ trudde" (it was not as bad as one thought or feared: relief)
                     r"| (?:det|d|it)\s+(?:(?:var|va|vart|ble|blei|was)\s+(?:ike|ikje|itj|ite|not)|wasnt)\s+(?:sa|so|that|as)\s+(?:ile|gale|galt|farlig|farleg|skumelt|vondt|vanskelig|vanskeleg|tungt"
                     r"|bad|hard|scary)\s+(?:som|as)\s+(?:jeg|je|eg|ae|e|i)\s+(?:hadde\s+)?(?:trodde|trudde|tenkte|fryktet|frykta|trodd|trudd|thought|feared|expected)\b")

# A death told as expected: an old relative or pet, "han var 88 og hadde et godt liv", "it was his time",
# "det var ventet" (round 48). The model reads a crisis into such news; with no sign of the net in the
# message at all, the death explains it (rasa_server/ordinary_sense.py). Grief told with any sign stays a P1.
_DIED = (r"(?:dod|dode|doyde|dog|died|die|dead|avliv\w*|put\s+down|passed\s+away|gikk\s+bort|gjekk\s+bort|sovnet\s+inn|sovna\s+inn|somnade"
         r"|gravferda|gravferd|begravelsen|begravelse|bisettelsen|funeral)")  # the funeral of one who was 94 (round 69)
_AS_EXPECTED = (r"(?:(?:han|hun|ho|hon|he|she|den|det|it)\s+(?:was|var|va|vart|blev|blei|ble|turned)\s+(?:\w+\s+)?[1-9]\d\b"
                r"|(?:det|it)\s+(?:var|va|was)\s+(?:\w+\s+)?(?:ventet|venta|vantat|forventet|forventa|expected)\b"
                r"|godt\s+liv\b|good\s+life\b|long\s+life\b|(?:his|her)\s+time\b|(?:gamal|gammel|old)\s+(?:og|and)\s+(?:sjuk|syk|sick)\b"
                # round 89 (ordinary batch 147): "Ho døydde etter lang sjukdom" (a death after a long illness, in a complaint about a day deducted for the funeral)
                r"|(?:etter|after)\s+(?:ei\s+|en\s+|a\s+)?(?:lang|langvarig|long)\s+(?:tids\s+)?(?:sjukdom|sykdom|illness|sjukeleie|sykeleie)\b"
                # round 90 (ordinary batch 150): "hunden min ble avlivet hos dyrlegen i fjor" (a pet put down at the vet)
                r"|(?:hos|av|at|by)\s+(?:dyrlegen|dyrlege|veterinaeren|veterinaer|the\s+vet)\b)")
_EXPECTED_DEATH = _P(rf" {_DIED}\b.*\b{_AS_EXPECTED}")

# Not all the pills, nor many or the whole pack: shared by the explanations of pills taken as told (the alarm clock, the doctor's word)
_NOT_ALL_THE_PILLS = rf"(?!.*\s(?:alle|alt|all|hele|heile|mange|for\s+mange|too\s+many|the\s+whole)\s+(?:\w+\s+)?{PILLS})"

# Everyday errands the model reads a crisis into (round 50), explained like an expected death, with no sign of the net at all:
# pills that make one sleep through the alarm clock, said with a later time asked for ("æ våkne ikkje av vekkerklokka med dem
# nye pillan. kan møtet vær etter kl 12?"; not all the pills, nor "never / any more"), and a wish for no more SMS with NAV's
# own site or app named as the way one keeps up ("ikkje send meir sms te meg, eg sjekkar heller nav.no sjølv"). No crisis or
# urgent message of any set, training or held-out, reads so.
_ALARM_CLOCK = _P(rf"^(?=.*\s(?:etter\s+kl\w*|etter\s+lunsj|seinare|senere|later|i\s+staden|i\s+stedet|flytte\w*|flytta|utsette\w*|ettermiddag\w*|afternoon|after\s+(?:lunch|\d+))\b)"
                  rf"{_NOT_ALL_THE_PILLS}(?!.*\s(?:aldri|never|mer|meir|igjen|lenger|again|anymore|any\s+more)\b)"
                  r".*\s(?:(?:vakner|vakne|vaknar|vakna|wake|woke|waking|wakes)\s+(?:(?:ikke|ikje|itj|ite|not)\s+)?(?:up\s+)?(?:av|til|te|to|by|with|for)\s+(?:\w+\s+)?(?:vekkerklokka|vekkerklokken|vekkeklokka|vekkarklokka|vekkjarklokka|alarmen|alarm|alarmene|alarms|alarm\s+clock)"
                  r"|(?:sov|sover|sove|sova|sleep|slept|sleeping)\s+(?:gjennom|igjennom|through|over)\s+(?:\w+\s+)?(?:alarmen|alarm|alarms|vekkerklokka|vekkerklokken|vekkarklokka))\b")
# round 93 (ordinary batch 163): a wish for no more SMS or messages as the last words ("vil ikkje ha fleire sms fra dokk", "ikke send meg flere meldinger"): an opt-out.
# Shared by the farewell sign's "siste melding fra meg" (not followed by it: "dette e siste melding fra mæ, vil ikkje ha fleire sms fra dokk") and the everyday sense
# of such a last message (`_A_LAST_MESSAGE_AS_AN_OPT_OUT`)
_NO_MORE_MESSAGES_AS_THE_LAST_WORDS = (r"(?:(?:og|and|so|sa|for|fordi|because)\s+)?(?:(?:jeg|je|eg|ae|e|i)\s+)?"
                                       r"(?:(?:(?:vil|onsker|onskjer|wil)\s+(?:ike|ikje|itj|ite|not)|(?:dont|do\s+not)\s+want)\s+(?:(?:ha|fa|motta|have|get|receive)\s+)?"
                                       r"|(?:ike|ikje|itj|ite|dont|do\s+not|stop|slutt\s+a|slutte\s+a|stopp)\s+(?:send|sende|sending|a\s+sende)\s+(?:meg\s+|mae\s+|me\s+)?)"
                                       r"(?:flere|fleire|mer|meir|more|any\s+more|noen|nokon|nokre|any)\s+(?:sms\w*|meldinger|meldingar|tekstmeldinger|texts|messages|varsler|varsel)"
                                       r"(?:\s+(?:fra|ifra|from)\s+(?:dere|de|dokker|dokk|dykk|nav|you|dette\s+nummeret|this\s+number))?\s*$")
# round 94 (ordinary batch 165): tonight, and going to bed after it ("siste melding fra mæ i kveld, ska legg mæ. snakkes"): the night's last message, not a farewell;
# not to sleep for good, "never" or not to wake ("... skal legge meg og aldri våkne", "... og ikke våkne"; waking early is everyday). Shared by the farewell sign's
# "siste melding fra meg" (not followed by it; "siste melding fra mæ. i kveld gjør æ det" still fires) and the everyday sense of such a last message
# (`_A_LAST_MESSAGE_BEFORE_BED`)
# found on review: or a good night after it ("siste melding fra mæ i kveld, god natt")
_TONIGHT_GOING_TO_BED = (r"(?:i\s+kveld|i\s+natt|i\s+nat|tonight|for\s+i\s+kveld)\s+(?:(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:skal|ska|ma|mo|going\s+to|gona|have\s+to|need\s+to|m\s+going\s+to)\s+"
                         r"(?:(?:legge|leggje|legg|lag)\s+(?:meg|mae)|sove|sova|sov|sleep|go\s+to\s+bed|bed|til\s+sengs|te\s+sengs)"
                         r"|(?:god\s+natt|godnatt|natta|sov\s+godt|good\s+night|goodnight|nite))\b"
                         r"(?!.*\s(?:for\s+godt|for\s+alltid|for\s+evig|for\s+good|forever|aldri|never|(?:ike|ikje|itj|ite|not)\s+(?:\w+\s+)?(?:vakne|vakna|wake))\b)")
# round 94 (ordinary batch 166): a move from or to a place named ("vi flyttar frå måløy til sandane neste veke ... har sagt farvel til alle naboane"), not denied and not
# "to heaven". Shared by the farewell sign's "sagt farvel til alle" (not with it: a farewell with no move still fires) and the everyday sense of a farewell on a move
# (`_A_FAREWELL_ON_A_MOVE`)
_A_MOVE_NAMED = (r"(?!.*\s(?:himmel\w*|heaven|paradis\w*|(?:ike|ikje|itj|ite|not)\s+(?:\w+\s+)?(?:flytte|flytta|flyte|move|moving))\b)"
                 r"(?=.*\s(?:flytter|flyttar|flytte|flytta|flyttet|moving|move|moved)\s+(?:\w+\s+){0,3}?(?:fra|from|til|te|to)\s+(?!(?:gud|god|jesus|alah)\b)\w+)")
_NO_MORE_SMS = _P(r"^(?=.*\s(?:nav\s+no|appen|the\s+app|min\s+side|mi\s+side|ditt\s+nav|innboksen|the\s+website|nettsiden|nettsida|the\s+portal)\b)"
                  r".*\s(?:(?:ikke|ikje|itj|ite|dont|do\s+not|stop|slutt\s+a|stopp|slutte\s+a)\s+(?:send|sende|sending|a\s+sende)\s+(?:meg\s+|mae\s+|me\s+)?(?:mer|meir|flere|fleire|more|any\s+more|noen|nokon)?\s*(?:sms\w*|meldinger|meldingar|tekstmeldinger|varsler|varsel|texts|messages|reminders|paminnelser|paminningar)"
                  r"|(?:dont|do\s+not|stop|quit)\s+(?:texting|messaging)\s+(?:me|meg))\b")  # "stop texting me" round 51
# Round 57 (ordinary batches 74-75), in the same way: a wish about the hours messages come ("please no message after 8 in evening, my son
# sleep then"; "ikke send sms før kl 9"), and the sun told as back ("god morgen! sola e tilbake i vadsø i dag", the end of the polar night;
# not with "but", a "not", "last" or a feeling in the message).
_MESSAGE_HOURS = _P(r" (?:no|not|ikke|ikje|itj|ite|dont|do\s+not|ingen|please\s+no|vennligst\s+ikke)\s+(?:send\s+|sende\s+|sendes\s+|sendast\s+|blir\s+sendt\s+|text\s+|ring\s+|call\s+)?(?:me\s+|meg\s+|mae\s+)?(?:any\s+)?"  # "at det ikke sendes meldinger før klokken ti" round 74 (ordinary batch 108)
                    r"(?:message|messages|msg|sms|texts?|meldinger|melding|meldingar|calls?|oppringing\w*)\s+(?:after|before|etter|for|fra|from|between|mellom)\s+(?:kl\w*\s+|klokka\s+)?"
                    r"(?:\d+|six|seven|eight|nine|ten|eleven|seks|sju|syv|atte|ni|ti|elleve)\b"
                    # round 72 (ordinary batch 105): nothing at the weekends ("ikke send noe i helgene, er på hytta ... vil ha fred"; a thing named)
                    # round 76 (ordinary batch 112): "kan dokke slutte å sende påminning kl 8 om morgonen? eg søv då" (stop the reminders at an hour named)
                    r"| (?:slutte|slutta|stoppe|stope|stop)\s+(?:a\s+|med\s+a\s+)?(?:sende|senda|sending)\s+(?:meg\s+|mae\s+|me\s+)?(?:pamin\w*|melding\w*|sms|varsl\w*|reminders?|messages?|texts?)\s+(?:kl\w*\s+|klokka\s+|at\s+)(?:\d+|seks|sju|syv|atte|ni|ti|six|seven|eight|nine|ten)\b"
                    r"| (?:ikke|ikje|itj|ite|dont|do\s+not|no|please\s+no)\s+(?:send|sende|text|ring|call)\s+(?:meg\s+|mae\s+|me\s+)?(?:noe|no|noko|naka|anything|sms|meldinger|messages)\s+"
                    r"(?:i\s+helgene|i\s+helga|i\s+helgen|pa\s+helgene|pa\s+helga|on\s+weekends|at\s+weekends|on\s+the\s+weekend|at\s+the\s+weekend)\b"
                    # round 60 (ordinary batch 81): how often, "send bare én melding i uka" (one or two a day or a week)
                    r"| (?:send|sende|text|ring|call)\s+(?:meg\s+|mae\s+|me\s+)?(?:bare|berre|kun|only|just|max|maks)\s+(?:en|ein|ei|eitt|et|one|1|to|two|2)\s+"
                    r"(?:melding|meldinger|meldingar|sms|message|messages|msg|text|texts)\s+(?:i|per|pr|a|om|each|every)\s+(?:uka|uken|uke|veka|veke|dagen|dag|day|week|maneden|maned|month)\b")
_SUN_IS_BACK = _P(r"^(?!.*\s(?:men|but|ikke|ikje|itj|ite|not|never|aldri|siste|last|ingen|trist|sad|lei|tungt|tung|alene|aleine|alone|morkt|dark|savn\w*|miss\w*|onsk\w*|wish)\b)"
                  r".*\s(?:(?:sola|solen|the\s+sun|sun)\s+(?:er|e|is|s|har|has|kom|kommer|kjem|came|comes)|(?:er|e|is|kom|kommer|kjem)\s+(?:sola|solen))\s+(?:endelig\s+|finally\s+|endeleg\s+)?(?:kommet\s+|komen\s+|come\s+)?(?:tilbake|back|att)\b")
# Round 59 (ordinary batch 79), in the same way: knives named with a workplace where they are the tool ("ja! the one at the reindeer
# slaughterhouse, i'm not afraid of knives lol": a job answered; a slaughterhouse, a fish plant, a butcher's or a kitchen; not with
# oneself, a hurt, blood, the arms or wrists in the message).
_KNIVES_AT_WORK = _P(r"^(?=.*\s(?:\w*slakteri\w*|\w*slaughterhouse\w*|abattoir\w*|\w*fiskebruk\w*|\w*fiskemottak\w*|fish\s+(?:plant|factory)|butcher\w*|slakter\w*"
                     r"|\w*kjokken\w*|kitchen\w*|restaurant\w*|chef|kokk\w*)\b)"
                     r"(?!.*\s(?:myself|meself|masel|selv|sjol|sjolv|hurt\w*|skad\w*|blod\w*|blood\w*|bleed\w*|arm|arms|armen|armene|wrists?|handled\w*)\b)"
                     r".*\s(?:knives|knife|kniv|kniven|knivane|knivene|knivar|kniver)\b")
# Round 55 (ordinary batches 70-71), in the same way: pills taken "som legen sa" said with an alarm or a time one is awake by ("tar
# tablettan mine som legen sa om morran så æ e våken te ti", "tar sovetablett som legen sa men har satt to alarmer"; not all or many
# of them, nor "never / any more" or not wanting to wake), and a first-aid course told as done ("done the first aid course today,
# learned cpr ..."; not with someone's breathing, an ambulance or a call for help in the message).
_AS_THE_DOCTOR_SAID = _P(rf"^{_NOT_ALL_THE_PILLS}(?!.*\s(?:aldri|never|mer|meir|igjen|lenger|again|anymore|any\s+more|ikke\s+vil|ikkje\s+vil|vil\s+ikke|vil\s+ikkje"
                         r"|dont\s+want|do\s+not\s+want|slippe|sleppe|slipper|slepp)\b)(?=.*\s(?:alarm\w*|vekkerklokk\w*|vekkarklokk\w*|vekkjarklokk\w*|(?:vaken|vakjen|oppe|awake|up)\s+(?:te|til|ti|by|at|kl\w*|klokka)\s+(?:\d+|kl\w*|klokka|ti|ni|atte|sju|seks|elleve|tolv|ten|nine|eight|seven|six)"
                         # round 56: a time asked for "ikke før 10" ("... og sover tungt om morgenen, så helst ikke før 10")
                         r"|(?:ike|ikje|itj|ite|not)\s+(?:for|before)\s+(?:kl\w*\s+|klokka\s+)?(?:\d+|ti|ni|elleve|tolv|ten|nine|eleven|twelve))\b)"
                         rf".*\s(?:tar|tek|ta|take|takes|taking|tok|took)\s+(?:\w+\s+){{0,2}}?{PILLS}\s+(?:\w+\s+){{0,2}}?(?:som\s+(?:legen|doktoren|fastlegen)\s+(?:sa|sier|har\s+sagt|skreiv|skrev)"
                         r"|as\s+(?:the\s+)?doctor\s+(?:said|says|told\s+me)|as\s+prescribed|som\s+foreskrevet|som\s+forskrevet)\b"
                         # round 76 (ordinary batch 113): "jeg tar medisin som lege sier, to tablett hver morgen, nå føler meg bedre" (taken as the doctor says, told with
                         # feeling better; not all or many of them, nor "never / any more")
                         rf"|^{_NOT_ALL_THE_PILLS}(?!.*\s(?:aldri|never|mer|meir|lenger|anymore|any\s+more)\b)(?=.*\s(?:(?:foler|foles|kjenner|feel|feeling)\s+(?:meg\s+|mae\s+)?|(?:er|e|am|im)\s+(?:(?:jeg|je|eg|ae|i)\s+)?)(?:mye\s+|mykje\s+|litt\s+|much\s+|langt\s+|a\s+lot\s+)?(?:bedre|betre|better)\b"
                         # round 79 (ordinary batch 118): "Jeg tar pillene slik doktoren sa. Morgen og kveld." (or told with the times of day they are taken)
                         r"|.*\s(?:morgen|morgon|morning|frokost|breakfast)\s+(?:og|and)\s+(?:kveld|kvelden|evening|night|natt|leggetid|bedtime)\b)"
                         # round 77 (ordinary batches 114-115): "Je tek tablettane slik legen sa ... no e je mykje betre", "tok tablettene nøyaktig som legen sa, og nå er jeg mye
                         # bedre" (taken, or took, "slik" or exactly as the doctor said, told with being better; the same guards)
                         rf".*\s(?:tar|tek|take|taking|tok|took|tatt|tat|teke|taken)\s+(?:\w+\s+){{0,2}}?{PILLS}\s+(?:(?:(?:akkurat\s+|noyaktig\s+|just\s+|exactly\s+)?(?:som|as)|slik|sann)\s+(?:legen|lege|doktoren|doktor|fastlegen|the\s+doctor|doctor)\s+(?:sa|sier|seier|har\s+sagt|said|says)"
                         # round 80 (ordinary batch 120): "Jeg har tatt medisinen etter legens anvisning, og skulderen er langt bedre" (taken by the doctor's
                         # instructions, told with being better; "tatt", and "langt bedre"; the same guards)
                         r"|(?:etter|ifolge|according\s+to)\s+(?:legens|doktorens|fastlegens|the\s+doctors)\s+(?:anvisning\w*|forskrift\w*|instruks\w*|ordre|orders|instructions))\b"
                         # round 69 (ordinary batch 98): the pills from the doctor that help, taken "akkurat som han sa" (not all or many of them)
                         rf"|^{_NOT_ALL_THE_PILLS}.*\s{PILLS}\s+(?:fra|from)\s+(?:the\s+|my\s+)?(?:legen|doktoren|fastlegen|doctor|gp)\s+"
                         r"(?:hjelper|hjelp|hjelpe|helps|help|work|works|virker|verkar)\s+(?:godt|bra|fint|well|good)\b.*\s(?:tar|tek|take|taking)\s+(?:dem|dei|de|them|den|it)\s+(?:akkurat\s+|noyaktig\s+|just\s+|exactly\s+)?"
                         r"(?:som|as)\s+(?:han|hun|ho|hu|he|she|legen|doktoren|the\s+doctor)\s+(?:sa|sier|said|says)\b"
                         # round 83 (ordinary batch 126): "Pillene tar jeg akkurat som legen sa, to om morgenen og en om kvelden" (the pills named first, then taken as the
                         # doctor said, with a dose in the morning and the evening; the same guards: not all or many of them, nor "never / any more")
                         rf"|^{_NOT_ALL_THE_PILLS}(?!.*\s(?:aldri|never|mer|meir|lenger|igjen|again|anymore|any\s+more)\b)"
                         r"(?=.*\s(?:morgen\w*|morgon\w*|morning|frokost\w*)\b)(?=.*\s(?:kveld\w*|evening|leggetid|bedtime)\b)"
                         rf".*\s{PILLS}\s+(?:tar|tek|take)\s+(?:jeg|je|eg|ae|i)\s+(?:akkurat\s+|noyaktig\s+|just\s+|exactly\s+)?(?:som|slik|sann|as)\s+(?:legen|lege|doktoren|fastlegen|the\s+doctor)\s+(?:sa|sier|seier|har\s+sagt|said|says)\b"
                         # round 84 (ordinary batch 128): "begynt på nye piller, tar dem sånn doktern sa. e litt tung i hue av dem så æ kjem ikkje på kurset i dag" (new pills begun,
                         # taken as the doctor said, with not coming to a course, a meeting or work named; the same guards: not all or many of them, nor "never / any more")
                         rf"|^{_NOT_ALL_THE_PILLS}(?!.*\s(?:aldri|never|mer|meir|lenger|igjen|again|anymore|any\s+more)\b)"
                         r"(?=.*\s(?:begynt|begynte|starta|startet|started|byrja|byrjet)\s+(?:pa|med|on)\s+(?:nye|ny|new)\s+(?:\w+\s+)?(?:pil\w*|tablet\w*|medisin\w*|meds|medication)\b)"
                         r"(?=.*\s(?:kjem|kommer|komer|kan|can)\s+(?:ike|ikje|itj|ite|not)\s+(?:\w+\s+)?(?:pa|til|te|to)\s+(?:\w+\s+)?(?:kurs\w*|mote\w*|tiltak\w*|jobb\w*|praksis\w*|timen|class|work|course)\b)"
                         rf".*\s(?:tar|tek|take)\s+(?:dem|dei|de|them|den|{PILLS})\s+(?:akkurat\s+)?(?:som|slik|sann|as|like)\s+(?:legen|lege|doktoren|doktern|doktorn|fastlegen|the\s+doctor)\s+(?:sa|sier|seier|har\s+sagt|said|says)\b"
                         # round 87 (ordinary batches 136 and 138): "Jeg tar medisinen om kvelden slik legen har sagt, og den gjør at jeg sover tungt", "nye tabletta som æ tar
                         # morgen og kveld slik legen sa" (a time of day between, told with heavy sleep or the times of day; the same guards)
                         rf"|^{_NOT_ALL_THE_PILLS}(?!.*\s(?:aldri|never|mer|meir|lenger|anymore|any\s+more)\b)"
                         r"(?=.*\s(?:(?:sover|sove|sov|sleep\w*)\s+(?:tungt|lenge|heavily|long)|morgen\s+og\s+kveld|morgon\s+og\s+kveld|om\s+kvelden|om\s+morgenen|om\s+morgonen)\b)"
                         rf".*\s(?:(?:{PILLS}|tableta|pila)\s+(?:som\s+{I}\s+)?(?:tar|tek)|(?:tar|tek)\s+(?:{PILLS}|tableta|pila))\s+(?:\w+\s+){{0,3}}?(?:slik|som|sann)\s+(?:legen|lege|doktoren|fastlegen)\s+(?:sa|sier|seier|har\s+sagt)\b")
_FIRST_AID_COURSE = _P(r"^(?!.*\s(?:puster|pustar|breath\w*|vakner|vaknar|wake|bevisst\w*|unconscious|blod|blood|bleeding|112|113|ambulanse\w*|ambulance|hjelp|help|(?<!kurset\s)na|(?<!course\s)now|right\s+now)\b)"  # round 88 (ordinary batch 140): not "nå" right after the course
                       # round 91 (ordinary batch 152): "ferdig m førstehjelpskurset" ("m" for "med")
                       # round 94 (ordinary batch 165): "ska på førstehjelpskurs m jobben og lær om hjertestans og drukning heile dagen" (a course one is going to, the same guards)
                       r".*\s(?:done|did|finished|completed|passed|had|took|tok|tatt|hatt|fullfort|fullforte|bestatt|besto|ferdig\s+med|ferdig\s+m|var\s+pa|was\s+on|went\s+on"
                       r"|(?:skal|ska|skulle|sku|ma|mo|er|e|am|im|going|will\s+be)\s+(?:pa|on|to|at)|(?:begynner|byrjar|starter|starts|start)\s+(?:pa|on))\s+(?:the\s+|a\s+|my\s+|et\s+|eit\s+)?"
                       r"(?:first\s+aid\s+(?:course|training|class)|forstehjelp\w*kurs\w*|forstehjelp\w*\s+kurs\w*|hlr\s*kurs\w*|cpr\s+(?:course|training|class)|livredning\w*kurs\w*"
                       r"|lifesaving\s+(?:course|class)|kurs\s+i\s+(?:forstehjelp|hlr|livredning)"
                       # round 92 (ordinary batch 159): "ferdig med sikkerhetskurset på anlegget, vi øvde på mann over bord i iskaldt vann" (a safety course done, with its drills)
                       r"|\w*sikkerhetskurs\w*|safety\s+(?:course|training)|kurs\s+i\s+(?:sjosikkerhet|sikkerhet))\b")

# "dette kurset er så kjedeleg at eg vil døy" (round 48): a wish to die as a measure of boredom or shame
# explains "vil dø" away (every other sign still fires).
_DIE_OF_BOREDOM = _P(r" (?:sa|so|sykt|sinnsykt|helt|heilt)\s+(?:kjedelig|kjedeleg|kjipt|kjip|teit|pinlig|pinleg|flaut|boring|embarassing|embarrassing|kjedsommelig|langtekkeleg|langtekkelig)\s+(?:at|that)\s+(?:jeg|eg|ae|e|i)\s+(?:bare\s+|berre\s+|just\s+)?(?:vil|vile|kunne|could|want\s+to|wana|kan)\s+(?:do|doy|die)\b")

# ------------------------------------------------------------------ crisis: suicidal

# round 85 (noticed and left in round 84): living in a town, a country or a home named after "i" ("jeg vil ikke leve i byen lenger": a move wished for); a day,
# this life, this world, pain or poverty after it still fires ("vil ikke leve i morgen", "vil ikke leve i denne verden lenger", "vil ikke leve i elendighet")
_NOT_LIVING_IN_A_PLACE = (r"(?!\s+(?:i|in)\s+(?:(?:en|ei|ein|a|denne|dette|den|det|this|the)\s+)?(?:by|byen|bygd|bygda|bygdi|storby\w*|\w+byen|sentrum|blokk\w*|leilighet\w*"
                          r"|leiligheit\w*|huset|landet|kommunen|hovedstaden|utlandet|distrikt\w*|norge|norway|sverige|oslo|bergen|trondheim|stavanger|tromso|kristiansand"
                          r"|drammen|city|town|country|village)\b)")
# round 85 (noticed and left in round 84): a stage of life ended, "ende livet som singel" (getting engaged), "avslutte livet som student": not one's life
_NOT_A_STAGE_OF_LIFE = (r"(?!\s+(?:som|as)\s+(?:\w+\s+)?(?:singel|single|singelmann|singelkvinne|singeljente|ungkar\w*|ugift\w*|student\w*|bachelor\w*|tenaring\w*"
                        r"|kjaerestelos\w*|pendler\w*|leietaker\w*|leigetakar\w*))")

# What "orker ikke mer" must not be followed by to be despair: a comparison, a day, a task or NAV.
# round 95 (ordinary batch 170): the bus, the ferry or the drive to a course or work, a thing one is tired of ("orker ikke mer av bussen", "to timer i bil kvar vei")
_THE_BUS_OR_THE_DRIVE = r"(?:\w*bus|\w*busen|\w*busane|\w*busene|bustur\w*|busreis\w*|ferja|ferje\w*|kjoring\w*|kjoringa|koyring\w*|bilkjoring\w*|pendling\w*)"
# round 78 (ordinary batch 116): school subjects one is tired of ("orker ikke mer matte")
_SCHOOL_SUBJECT = r"(?:mate|matte|matematik\w*|fysik\w*|kjemi|norsk\w*|engelsk\w*|samfunnsfag\w*|naturfag\w*|gloser|glosene|glosane|math|maths)"
_NOT_A_TASK = (rf"(?!\s+(?:enn|en|denne\s+uka|denne\s+veka|i\s+dag|(?:\w+\s+)?{NAV_OBJECT}\b|{EVERYDAY_OBJECT}\b"
               rf"|(?:prat|praten|pratet|pratinga|prating|snak|snaket|snakinga|snaking|samtal\w*|telefon\w*|ringing\w*)\b"  # round 63
               rf"|(?:skole\w*|skule\w*|school\w*|studie\w*|lesing\w*)\b"  # round 67
               # round 79 (ordinary batch 119): "orker ikke mer snømåking i dag haha" (a chore, with a laugh or "i dag" after it)
               rf"|{_CHORE}\b(?=(?:\s+\w+){{0,3}}?\s+(?:haha\w*|hehe\w*|hihi\w*|lol|xd|i\s+dag|idag|today)\b)"
               rf"|{_SCHOOL_SUBJECT}\b"  # round 78 (ordinary batch 116): "orker ikke mer matte altså haha, kan e få utsatt fristen"
               # round 78 (ordinary batch 116): "orker ikke mer av det i dag. kan jeg levere det neste uke" (of it today, with a later day or a deadline asked)
               r"|av\s+(?:det|d|dete|dette|den|denne)\s+i\s+dag\b(?=.*\s(?:levere|lever|leverer|levera|utsett\w*|utsat\w*|frist\w*|neste\s+uke|neste\s+veke|i\s+morgen|imorgen|next\s+week)\b)"
               rf"|av\s+(?:den|det|dette|denne|d)\s+(?:haha\w*|hehe\w*|hihi\w*|lol)\b"  # "... mer av den haha" of a task named before (round 69)
               rf"|av\s+(?:\w+\s+){{0,3}}(?:{NAV_OBJECT}|{EVERYDAY_OBJECT}|{_THE_BUS_OR_THE_DRIVE})|med\s+(?:\w+\s+)?(?:veileder\w*|rettleiar\w*|saksbehandler\w*)\b"
               # round 95 (ordinary batch 170): Northern and Trøndersk "tå" for "av" ("orke itj meir tå dette kurset i byn, e bortkasta tid"), with "this", "that" or "those"
               # before the thing named, so that "tå" is no verb ("ta vare på dokker"); the bus, the ferry or the drive too, with "av" ("orker ikke mer av bussen")
               rf"|ta\s+(?:dette|det|den|denne|dei|dem|daem|dom|di|de|disse|all|alle|ale)\s+(?:\w+\s+){{0,2}}?(?:{NAV_OBJECT}|{EVERYDAY_OBJECT}|{_THE_BUS_OR_THE_DRIVE})\b"
               # (without "this" or "that", only a course, a meeting, work or the bus right after "tå": "orke itj meir tå bussen kvar dag"; "ta vare på dokker" still fires)
               rf"|ta\s+(?:\w*kurs\w*|\w*mote\w*|\w*motan|\w*mota|{EVERYDAY_OBJECT}|{_THE_BUS_OR_THE_DRIVE})\b"
               # round 84 (ordinary batch 128): "orka ikke mere med det datakurset. kan jeg få no anna" (with this or that course or another NAV thing named)
               rf"|med\s+(?:det|den|dette|denne|dei|de|disse|d)\s+{NAV_OBJECT}\b"
               # round 86 (batch 137): "orkar ikkje meir kø på telefonen", "orker ikke mer av denne køen" (a queue or a wait on the phone line)
               rf"|(?:av\s+(?:denne\s+|dene\s+|den\s+|det\s+|dette\s+)?)?{PHONE_QUEUE}\b))")

# A gun taken out or sat with is not a sign when the message is about hunting, cleaning it, selling it,
# the police or a licence (round 48); "e ikkje jakt no" (not the hunting season) is no hunt (round 69).
# found on review of round 95: the game waited for on the stand, without the word for the hunt ("sit med hagla i fanget på posten og ventar på elgen")
_NOT_A_GUN_FOR_HUNTING = _unless_any(r"(?<!ike\s)(?<!ikje\s)(?<!itj\s)(?<!ite\s)(?<!not\s)(?:\w*jakt\w*|hunting)|hunt|skyting\w*|skytebane\w*|rens\w*|reins\w*|selge|selje|selja|sold|seling|politi\w*|police|vapenkort\w*|lisens\w*|olje|oljer|smore"
                                     r"|elg|elgen|elgar|elger|elgane|hjort|hjorten|rype|rypa|rypene|ryper")
# ... and, for the model, a gun named with the hunt explains a P1 it reads into the message, with no sign of the net at all (round 56:
# "i'm in the forest with the rifle most of september for the elk hunt"; not with coming back, a goodbye, "last", "never", thoughts
# or no answer in the message; rasa_server/ordinary_sense.py)
# round 93 (batch 165): nor the hunt denied with no other purpose after it ("tok med rifla ut i skogen i kveld. itj for å jakt"; not "... men for å skyt på blink")
_ON_THE_HUNT = _P(r"^(?=.*\s(?:\w*jakt\w*|hunting|hunt)\b)(?!.*\s(?:tilbake|back|farvel|goodbye|siste|last|aldri|never|svarer|svarar|answer\w*|tenk\w*|think\w*"
                  r"|(?:ike|ikje|itj|ite|not)\s+(?:for|til|te|to)\s+(?:a\s+)?(?:\w*jakt\w*|jakte|hunt\w*)\b(?!\s+(?:men|but|bare|berre|just|only)\b))\b)"
                  r".*\s(?:rifle|rifla|rifelen|gevaer\w*|hagle\w*|hagla|gun|shotgun|vapen\w*|vapnet)\b")
# Everything written down for someone is not a farewell when it is for a meeting, a doctor, an
# application, a course or the shop (round 49).
_NOT_NOTES_FOR_AN_ERRAND = _unless_any(r"mote\w*|meeting|sporsmal\w*|questions|handleliste\w*|shopping|cv|soknad\w*|kurs\w*|lege\w*|doctor|eksamen\w*|exam\w*|timen")

# A trip in the message explains "enough for what I am going to do" (round 50): "har nok medisin til det jeg skal på ferien".
# round 81 (review): a move, work, a course, school, an office or someone's place ("hos"), the reasons to be away shared by the two round 80 "vil ikke
# være her" patterns (each keeps its own extras: a doctor or a hospital; home, "byen", "plassen"); round 84 (review): a tiltak, praksis or
# arbeidstrening ("etter fredag skal jeg ikke være her lenger på tiltaket")
_AWAY_FOR_A_MOVE_WORK_OR_A_COURSE = r"flytt\w*|moving|jobb\w*|kurs\w*|skole\w*|skule\w*|kontor\w*|hos|tiltak\w*|praksis\w*|arbeidstrening\w*"
_NOT_PACKING_FOR_A_TRIP = _unless_any(r"reis\w*|rejs\w*|ferie\w*|tur|turen|trip|holiday|utland\w*|udland\w*|hytt\w*|sommerhus\w*")
# Not here any longer, but away on a trip, for a move, work, a course, at home or on a visit (round 72's guard of "orker ikke være her etter i morgen", named in
# round 85 when "e ikkje meininga at æ ska være her lenger" took the same)
_NOT_AWAY_FROM_HERE = _NOT_PACKING_FOR_A_TRIP + rf"(?!.*\s(?:{_AWAY_FOR_A_MOVE_WORK_OR_A_COURSE}|byen|plassen|hjem\w*|heim\w*|besok\w*|visit\w*)\b)"
# Someone else who says he or she will jump is no danger when bathing, fishing, a parachute, a trampoline or a pool is in the
# message (rounds 52 and 56).
# round 91 (batch 157): a fish plant or a fish landing is a building one may stand on, not fishing ("venninna mi står oppe på taket på fiskebruket ... sei ho ska hoppe")
_NOT_BATHING_OR_A_SPORTS_JUMP = _unless_any(r"bade\w*|bading|svom\w*|swim\w*|fisk(?!ebruk|emot)\w*|fish\w*|fallskjerm\w*|strikk\w*|trampolin\w*|basseng\w*"
                                            r"|stupebret\w*|badeland\w*|bungee|parachute|pool")
# round 94 (batches 170-171): the round 92 guard of "står ytterst på moloen no. e så lett" made a constant: not a hike, a run, skiing, climbing, training or a bike ride (shared
# by it and the round 94 "det får være nok nå" at a height and "veit ikkje om eg snur neste gong" on the water)
_NOT_A_HIKE_OR_A_RUN = _unless_any(r"tur|turen|hike\w*|hiking|topptur\w*|ski\w*|klatr\w*|jog\w*|lop\w*|trening\w*|sykl\w*|sykkel\w*")
# Up on a roof is no sign when one clears snow, mends, works, takes pictures or parties there (rounds 55-56); "ingen jobb" is no
# work there (round 57).
_WORK_OR_A_PARTY_ON_A_ROOF = (r"mak\w*|sno|snoen|snow|tekk\w*|reparer\w*|repair\w*|(?<!ingen\s)(?<!uten\s)(?<!utan\s)(?<!no\s)jobb\w*|(?<!no\s)work\w*|solcelle\w*|takrenn\w*|takstein\w*|takpapp\w*|antenne\w*"
                              r"|fest\w*|party|bar|restaurant\w*|parker\w*\s+bilen")
_NOT_WORK_ON_A_ROOF = _unless_any(_WORK_OR_A_PARTY_ON_A_ROOF + r"|bilde\w*|foto\w*|photo\w*|utsikt\w*|view|solnedgang\w*|sunset")
# round 89 (batches 148-150): a height one goes up on: a roof, a mountain top, a crane, a tower or a chimney (shared by the "ikkje ned att", "siste gongen" and
# "ikke ring noen" pattern)
_AT_A_HEIGHT = r"(?:\w*taket|\w*fjellet|\w*toppen|\w*skarvet|\w*nuten|\w*tinden|\w*kranen|\w*tarnet|\w*pipa|\w*stupet|\w*egga|\w*bygget|\w*masta)"
# round 92 (batch 161): the round 91 guard of "høgt nok" made a constant: not work or snow on a roof, nor a ladder, scaffolding, a shelf, a fence, a snowdrift, a ski
# jump, climbing or a view (shared by the round 91 "høgt nok" and the round 92 "så høgt" patterns)
_NOT_A_LADDER_OR_A_VIEW = _NOT_WORK_ON_A_ROOF + _unless_any(r"stige\w*|ladder|stillas\w*|hyll\w*|skap\w*|gjerde\w*|snofonn\w*|hoppbakke\w*|klatr\w*|climb\w*|utsikt\w*|view|for\s+a\s+se")
# round 95 (batch 174): the round 94 guard of "e så lett å bare klatre over rekkverket" made a constant: not children, a cat or a dog, nor a repair or making it safe (shared
# by it and the round 95 "det e så lett å berre hoppe no")
_NOT_CHILDREN_A_PET_OR_A_REPAIR = _unless_any(r"ungene|ungane|ungan|barna|kids|children|kat\w*|hund\w*|fiks\w*|repar\w*|kommune\w*|vegvesen\w*|sikr\w*")
# found on review of round 95: children, a pet, the post, the keys or the flowers looked after while one is away ("mamma passer ungene når jeg er borte"; shared by the
# round 78 and 95 patterns of "når jeg er borte")
_NOT_LOOKED_AFTER_WHILE_AWAY = _unless_any(r"pase|paser|pasar|pasa|paset|mat|mate|fore|forer|hent\w*|vane|vaner|vanar|post\w*|nokel\w*|blomst\w*|plant\w*")
# round 89: the round 88 guard of "ta vare på bikkja mi" made a constant (a holiday, a trip, a stay in hospital or until a day), shared with "kan noen hente katten min"
# and "passordet te banken ligg i skuffa"
_NOT_AWAY_FOR_A_WHILE = _unless_any(r"ferie\w*|holiday|reis\w*|trip|tur|turen|mens|while|sykehus\w*|sjukehus\w*|hospital|operasjon\w*|helga|helgen|weekend|(?:til|te|until)\s+\w+dag|uke|uka|veke|dager|dagar")
# Ice cream eaten or the weather exclaimed on the bridge ("äter glass, vilket väder", round 64)
# round 83 (the lead's look-alike after round 82): fireworks watched from a roof, or a jump "av glede" ("jeg er på taket med gutta og ser fyrverkeri, jeg vil
# hoppe av glede"): joy, not a height as a means
_FIREWORKS_OR_JOY = _unless_any(r"fyrverkeri\w*|fireworks?|nytarsrakett\w*|(?:hoppe|hopa|hopper|jump|jumping)\s+(?:av|of|for)\s+(?:glede|gledi|lykke|joy|happiness)")
_ICE_CREAM_OR_THE_WEATHER = r"(?:spiser|spise|eter|ete|aeter|eating|eat)\s+(?:en\s+|ei\s+|a\s+|an\s+|some\s+|litt\s+|lite\s+)?(?:is|iskrem|glas|ice\s+cream|softis|mjukglas)|(?:vilket|for\s+et|for\s+eit|what\s+a)\s+(?:\w+\s+)?(?:vaer|vaeder|weather)"
# Standing on a named bridge or a dam now is not a sign when one fishes, waits in traffic, works there or takes pictures (round 50).
_NOT_A_VIEW_OR_A_QUEUE = _unless_any(r"fisk\w*|fish\w*|ko|koen|trafikk\w*|traffic|buss\w*|jobb\w*|work|bilde\w*|foto\w*|photo\w*"
                                     r"|utsikt\w*|turist\w*|tur|" + _ICE_CREAM_OR_THE_WEATHER)
# Standing or sitting outside the railing of a bridge, a balcony or a roof (round 57): oneself (a means) or someone else (in danger now).
_OUTSIDE_THE_RAILING = (r"\s+(?:star|stend|sit|siter|sitter|sat|standing|staundin|standin|sitting|klatret|klatra|climbed)\s+(?:\w+\s+)?(?:outside|otside|utenfor|utafor|utanfor"
                        r"|pa\s+utsida\s+av|pa\s+utsiden\s+av|on\s+the\s+(?:other|wrong)\s+side\s+of)\s+(?:the\s+)?(?:rekverket|gelenderet|gelendret|railinga|railing|railin|rail|rails"
                        r"|barrier|fence|gjerdet)\s+(?:pa|av|on|of)\s+(?:the\s+)?(?:\w*brua|\w*bruen|\w*broa|\w*broen|\w*bru|balkong\w*|veranda\w*|taket|bridge|balcony|roof)\b")
# Out on the ice is no means when one fishes, skates or skis there (round 50).
_NOT_ICE_FISHING = _unless_any(r"isfisk\w*|fisk\w*|pilk\w*|skoyt\w*|skate\w*|ski\w*|langrenn\w*|isbad\w*|fish\w*|bade\w*")
# round 88: the round 87 thin-ice guards (not ice fishing or skating, nor children, a dog or a warning named), shared by the two thin-ice patterns
_NOT_ICE_FISHING_OR_A_WARNING = _NOT_ICE_FISHING + _unless_any(r"ungene|ungane|ungan|barna|kids|children|hund\w*|dog|advar\w*|warn\w*|careful|forsiktig\w*")
# round 88: a trip, a move, a job or a course, a sale of the house or the farm, or a flat or a home for the old named: "siste vinter" and "vil bort for godt"
# in their everyday sense (shared by the two; not _NOT_AWAY_FROM_HERE, whose "skule" is also "skulle" once normalised)
_NOT_A_MOVE_OR_A_SALE = _NOT_PACKING_FOR_A_TRIP + _unless_any(r"flytt\w*|moving|move|jobb\w*|job|kurs\w*|studi\w*|byen|sel|selge|selje|selja|solgt|sold|salg\w*"
                                                            r"|leilighet\w*|leilegheit\w*|omsorgsbolig\w*|sjukeheim\w*|sykehjem\w*|seniorbolig\w*")
# Things put out on finn.no are not a farewell when one moves, buys new or makes room (round 50).
_NOT_A_CLEAR_OUT = _unless_any(r"fordi|because|flytt\w*|moving|move|ny|nye|nytt|new|kjopt\w*|bought|oppgrader\w*|upgrad\w*|plass\w*"
                               r"|rydde\w*|rydda\w*")
# Keys left with the neighbour are not a farewell when they are for a landlord, a cleaner, a tradesman, a trip or a move (round 50).
_NOT_KEYS_FOR_AN_ERRAND = _unless_any(r"flytt\w*|utleier\w*|utleiar\w*|huseier\w*|husvert\w*|vaktmester\w*|megler\w*|vask\w*|renhold\w*"
                                      r"|handverker\w*|rorlegger\w*|elektriker\w*|ferie\w*|reise\w*|moving|landlord|cleaner")
# Everyday look-alikes of older signs (after round 62), each guarding only the pattern it explains:
# a car warmed up, defrosted or mended in the garage ("motoren på for å varme den opp")
_NOT_WARMING_A_CAR = _unless_any(r"(?:varme|varma|varmer|varmet|varmes|warm|warming|warms)\s+(?:\w+\s+){0,2}?(?:opp|up|bilen|car)|tine|tiner|tina|defrost\w*|avising\w*"
                                 r"|frontrut\w*|skrape|skraper|skrapa|(?:mekke|mekker|mekket|mekka|reparere|reparerer|reparert|fikse|fikser|fikset|repair\w*|fix|fixing)\s+"
                                 r"(?:pa\s+|on\s+)?(?:\w+\s+)?(?:bilen|bil|motoren|den|han|the\s+car|the\s+engine|it)")
# water walked into to cool off in the heat (with _NOT_BATHING_OR_A_SPORTS_JUMP)
_NOT_COOLING_OFF = _unless_any(r"cool\s+(?:off|down)|cooling\s+(?:off|down)|kjole\s+(?:meg|seg|oss)\s+ned|avkjol\w*|heatwave|hetebolg\w*")
# told as away at a course, at work or at the cabin ("ikke let etter meg på kontoret, jeg er på kurs"); not on a "tur" or a "reise"
_NOT_AWAY_AT_WORK_OR_A_COURSE = (r"^(?!.*\s(?:er|e|skal|ska|blir|am|im|will\s+be)\s+(?:pa|i|on|at|away\s+on|away\s+at)\s+(?:\w+\s+)?(?:kurs|kurset|kontoret|kontor|jobb|jobben|arbeid|mote|motet|seminar\w*|konferanse\w*"
                                 r"|ferie|ferien|hytta|hytten|work|holiday|a\s+course|the\s+office|a\s+conference)\b)")
# an animal lying there ("hunden ligger på gulvet og puster tungt")
_NOT_AN_ANIMAL = (r"^(?!.*\s(?:hund|hunden|bikkja|bikkjen|valpen|katten|katta|pusen|pusi|hesten|kaninen|marsvinet|hamsteren|fuglen|kua|kalven|sauen"
                  r"|dog|the\s+dog|puppy|cat|the\s+cat|kitten|horse|rabbit)\s+(?:\w+\s+){0,2}?(?:ligger|ligg|lig|lying|laying|lies)\b)")
# pills gathered for the pharmacy or put in a dosett ("samlet medisinene i en pose til apoteket", "... til mor i dosetten")
# passwords written down for the wifi, a router, a guest or a babysitter (rounds 72 and 74)
_NOT_THE_WIFI = _unless_any(r"wifi|wi\s+fi|wlan|ruter\w*|router\w*|nettverk\w*|gjest\w*|guest\w*|barnevakt\w*|babysit\w*")
# round 94 (batch 168): the round 93 guard of passwords told to a sibling made a constant: not a password forgotten, locked, new or changed, a bill to pay, shopping or a
# streaming account (shared by the round 93 pattern and the round 94 list of passwords left for someone close)
_NOT_A_PASSWORD_FORGOTTEN_OR_FOR_A_BILL = _unless_any(r"glemt|glomt|gloymt|forgot\w*|sper\w*|lock\w*|nytt|ny|new|endr\w*|bytt\w*|change\w*|betal\w*|regning\w*|rekning\w*|faktura\w*|bils?|pay\w*"
                                                      r"|handl\w*|shop\w*|netflix|hbo|viaplay|spotify|disney\w*|strom\w*|steam|logg\w*|log")
_NOT_FOR_THE_PHARMACY_OR_A_DOSETT = _unless_any(r"(?:til|te|to|for)\s+(?:the\s+)?(?:apoteket|apotek|apotekets|pharmacy|chemist)"
                                                r"|(?:i|in|into|til|te)\s+(?:\w+\s+)?(?:dosetten|dosett|dosettene|dosettane|dosettar|pill\s+organi[sz]er)")
# Pills set out or lying on a table are a dose, not a means, when a doctor, a nurse, the pharmacy or a dosett, a day or the week, the
# right number, remembering them or having to take them, or someone else (a parent, the children, a patient, a pet) is in the message
# (rounds 81-82; shared by the two laid-out-pills patterns)
# round 89: the round 88 guard of "tar de i kveld" made a constant (the dose as usual, as the doctor said, with food or from a dosett), shared with "tek alle tablettane mine no"
_PILLS_TAKEN_AS_USUAL = _unless_any(r"vanlig\w*|vanleg\w*|usual\w*|som\s+(?:legen|lege|doktoren|fastlegen)\s+(?:sa|sier|seier)|etter\s+maten|etter\s+middag\w*|med\s+mat|dosett\w*|kuren")
_PILLS_SET_OUT_AS_A_DOSE = _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + _unless_any(
    r"lege\w*|doktor\w*|doctor|sykepleier\w*|nurse|dosett\w*|ukedos\w*|apotek\w*|resept\w*|uka|uke|veka|veke|week|dagen|morgen\w*|kvelden"
    r"|husk\w*|remember|nok|enough|riktig\w*|antal\w*|for\s+fa|too\s+few|(?:a|to|skal|ska|ma|mo|must)\s+ta|take"
    r"|mama|mamma|pappa|papa|mor|mora|far|faren|barna|ungene|ungane|pasient\w*|beboer\w*|bestemor|bestefar|brukar\w*|bruker\w*|hund\w*|katt\w*|kata")
# round 92 (batch 162): the round 86 guard of pills saved up made a constant: not for the pharmacy or a dosett, a trip, a doctor, a prescription or a nurse (shared by the
# round 86 "pillan e spart opp" and the round 92 "pills counted" patterns)
_NOT_PILLS_FOR_THE_DOCTOR_OR_A_TRIP = _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + _NOT_PACKING_FOR_A_TRIP + _unless_any(r"lege\w*|doktor\w*|doctor|resept\w*|dosett\w*|sykepleier\w*|nurse")
# round 95 (batch 173): the round 94 guards of "i have all the pills in my hand now" made a constant: not for the doctor, the pharmacy, a dosett or a trip, nor a question
# which one or sorting them (shared by it and the round 95 "jeg kan ikke mer. jeg har tablettene i hånda nå")
_PILLS_IN_THE_HAND_NOT_SORTED = _NOT_PILLS_FOR_THE_DOCTOR_OR_A_TRIP + _unless_any(r"hvilken|hvilke|kva|kvifor|which|what|telle|count\w*|sorter\w*|sort")
# a power cut in a storm, an outage or for repairs ("the power is off because of the storm")
_NOT_A_STORM_OR_A_REPAIR = _unless_any(r"storm\w*|uvaer\w*|outage\w*|blackout|strombrud\w*|lightning|repair\w*|reparer\w*|vedlikehold\w*|maintenance"
                                       r"|back\s+on|pa\s+igjen")
# a bill already paid ("stenger strømmen fredag men har betalt nå"; not "ikke har betalt")
_NOT_ONCE_PAID = (r"^(?!.*(?<!\sikke)(?<!\sikkje)(?<!\sitj)(?<!\sikje)(?<!\snot)\s(?:har\s+(?:na\s+|no\s+|nettopp\s+|allerede\s+|alt\s+)?betalt(?:\s+(?:den|det|alt|regningen|regninga|rekninga|fakturaen|\w*regningen|\w*rekninga)|(?=\s*$))"
                  r"|betalt\s+(?:na|no)|(?:regningen|regninga|rekninga|fakturaen|den|det)\s+(?:er|e)\s+betalt|(?:er|e)\s+(?:den|det|regningen|regninga|rekninga|fakturaen)\s+betalt|(?:have|has|just|already)\s+paid\s+(?:it|the\s+bill)|paid\s+(?:it|the\s+bill)\s+now)\b)")
# a letter for Christmas, a birthday or a wedding (the round 61 guards)
# nobody to notice a surprise, a party or a present (round 57's "ingen ska merke nokka"; named in round 85, shared with "sa ha det ... uten at hun skjønte noe")
_A_SURPRISE_OR_A_PARTY = r"overrask\w*|surprise|bursdag\w*|birthday|fest\w*|party|gave\w*|gift"
_NOT_A_LETTER_FOR_A_FEAST = _unless_any(r"jul|jula|julen|juleaften|julaften|jule\w*|christmas|xmas|bursdag\w*|birthday|konfirmasjon\w*|bryllup\w*|wedding"
                                        r"|nyttar\w*|eid")
# a place to sleep asked for at the cabin, on a trip or at a festival ("... sove på hytta"; not the cabin named elsewhere)
_NOT_A_CABIN_OR_A_TRIP = (r"^(?!.*\s(?:sove|sova|overnatte|overnatta|bo|vere|vaere|vera|sleep|stay)\s+(?:pa|i|on|at)\s+(?:\w+\s+)?(?:hytta|hytten|hytte|sommerhuset|campingen|campingplassen|ferie|ferien|turen|trip|holiday|festival\w*|cabin)\b)")
# hymns chosen for someone else's funeral ("begravelsen til mor", "gravferda hans"), unless one's own is named too
_NOT_SOMEONE_ELSES_FUNERAL = (r"^(?:(?=.*\s(?:begravelsen\s+min|min\s+begravelse|gravferda\s+mi|mi\s+gravferd|my\s+funeral|my\s+own\s+funeral)\b)"
                              r"|(?!.*\s(?:(?:begravelsen|begravelse|gravferda|gravferd|bisettelsen|minnestund\w*|funeral)\s+(?:til|te|av|of)\s+(?:min\s+|mi\s+|my\s+|our\s+|var\s+)?"
                              r"(?:mor|far|mamma|pappa|bestemor|bestefar|farmor|farfar|mormor|morfar|onkel\w*|tante\w*|bror|broren|soster|sostera|svigermor|svigerfar"
                              r"|mum|mom|dad|mother|father|grandma|grandpa|gran|uncle|aunt|naboen|kollega\w*|venn\w*|kompis\w*|friend\w*)"
                              r"|(?:begravelsen|gravferda|bisettelsen)\s+(?:hans|hennes|hennar|deres|deira)|(?:his|her|their)\s+funeral)\b))")

# Round 73 (look-alikes of older signs):
# a gun loaded at an exercise, with Heimevernet, at the range, in the military or at hunting practice ("har ladet geværet på øvelse i dag")
_NOT_A_GUN_AT_AN_EXERCISE = _unless_any(r"\w*ovelse\w*|\w*oving\w*|heimevern\w*|militaer\w*|militer\w*|forsvaret|soldat\w*|rekrut\w*|verneplikt\w*"
                                        r"|forstegangstjeneste\w*|skyteskive\w*|skytebane\w*|skytetren\w*|skyter\w+|skytterlag\w*|skyting\w*"
                                        r"|army|military|exercise|drill|(?:shooting\s+)?range")
# round 84 (batch 132): a gun named in the message, and not the hunt, the range, an exercise, a toy or a joke (shared by "i natt jeg bruker det på meg selv"
# and "he's gonna use it on himself")
_A_REAL_GUN_NAMED = (_NOT_A_GUN_FOR_HUNTING + _NOT_A_GUN_AT_AN_EXERCISE
                     + r"(?=.*\s(?:pistol\w*|gun|guns|rifle\w*|shotgun|revolver\w*|hagla|hagle\w*|\w*gevaer\w*|\w*gjevaer\w*|rifla|vapen\w*|vapnet)\b)"  # Nynorsk "gjevær" round 88 (batch 144)
                     + _unless_any(r"nerf|vannpistol\w*|water\s+gun|toy\w*|leke\w*|haha\w*|hehe\w*|lol|kidding|tull\w*"))
# A cabin, a shieling, a campsite or a tent: many have no power at all, so "uten strøm" there is how the place is (round 72, ordinary
# batch 105: "er på hytta uten strøm og dekning og vil ha fred"), while the power cut off there is an urgent need only where one stays:
# with a frost, a child or help asked for, and no trip home named (round 73: "strømmen er slått av på hytta"; round 74: "elektrisiteten er
# slått av på hytta, minus 20 ute, vi drar hjem i morgen")
# "seter" alone is left out: it is also "setter" once normalised ("setter båten ut"), found in round 89
_AT_THE_CABIN = r"hytt\w*|cabin|koia|koie\w*|seter\w+|setra|camping\w*|telt\w*|tent"
_NOT_OFF_AT_THE_CABIN = (r"^(?:(?=.*\s(?:minus|kald\w*|kaldt|kalt|frys\w*|frosen|iskald\w*|cold|frez\w*|baby\w*|barn\w*|unge\w*|ungan\w*|hjelp|help)\b)"
                         r"(?!.*\s(?:drar|drog|reiser|reise|kjorer|kjore|tar\s+toget|going|driving|heading|leaving)\s+(?:\w+\s+)?(?:hjem|heim|home|til\s+byen)\b)"
                         rf"|(?!.*\s(?:{_AT_THE_CABIN})\b))")
# an arm broken at sport, in training, in a fall, skiing or at work ("han brekker armen på fotballtrening"); not one's own arm
# ("armen min"), someone else's named ("armen hennes") or a threat ("truer med å brekke armen")
_NOT_AN_INJURY_AT_SPORT = (r"^(?:(?=.*\s(?:brekker|brekke|knekker|knekke)\s+(?:armen|beina|beinet|nakken|fingrene)\s+(?:min|mi|mine|mit|din|di|dine|hennes|hennar|hans|deres|pa\s+(?:meg|deg|henne|ham))\b|.*\s(?:breaks|break)\s+my\s)"
                           r"|(?=.*\s(?:truer|truar|true|trua|truet|trusel\w*|threat\w*)\b)"
                           r"|(?!.*\s(?:\w*trening\w*|\w*treningen|trener\w*|fotbal\w*|handbal\w*|hockey\w*|bandy|basket\w*|volleybal\w*|sport\w*|idret\w*|turn\w*|bryting|judo|karate"
                           r"|ski|skiene|skitur\w*|slalam\w*|alpin\w*|snowboard\w*|skoyt\w*|skate\w*|sykel\w*|sykle\w*|sykla|trampolin\w*|klatr\w*|akebret\w*"
                           r"|fal|faller|falt|falet|dat|detet|glat\w*|holke\w*|ulyke\w*|jobb\w*|work|arbeid\w*|kamp|kampen|match|game|training|football|soccer)\b))")
# on a bridge now waiting for a bus, a friend or a boat, taking pictures, for the northern lights, fishing, a run or a walk
# ("står på brua nå og venter på bussen"); not with words of an end ("står på brua nå. orker ikke mer", "siste bilde")
_NOT_A_STOP_ON_THE_BRIDGE = (r"^(?:(?=.*\s(?:orker|orka|ork|klarer\s+ike|greier\s+ike|siste|last|farvel|farvell|adjo|goodbye|hop\w*|jump\w*|livet|leve|dod|die|slut|ferdig"
                             r"|sorry|tilgi|unskyld\w*|savne\w*|ser\s+ned|sa\s+ned|looking\s+down|kaldt\s+vann\w*)\b)"
                             r"|(?!.*\s(?:(?:venter|ventar|venta|ventet|waiting|wait|waits)\s+(?:pa|for|on)\s+(?:\w+\s+){0,2}?(?:bus\w*|ferj\w*|ferg\w*|ferry|bat|baten|bata|boat|hurtigrut\w*"
                             r"|taxi|drosj\w*|skys\w*|lift|ride|kompis\w*|ven\w*|friend\w*|kjaerest\w*|sambo\w*|mamma|pappa|mor|far|broren|bror|soster\w*|gjengen|de\s+andre)"
                             r"|bilde\w*|bilete\w*|foto\w*|photo\w*|picture\w*|nordlys\w*|northern\s+lights|aurora|solnedgang\w*|soloppgang\w*|sunset|sunrise"
                             r"|fisk\w*|fish\w*|jog\w*|lop\w*|lopetur\w*|springtur\w*|run|running|tur|turen|gatur\w*|kveldstur\w*|walk\w*|spaser\w*|trim\w*)\b))")

# round 92 (batches 160 and 162): the small boats of the round 86-91 patterns made a constant (shared by `_OUT_ON_THE_WATER`, the round 86 "kjem ikkje att" pattern and
# the round 92 pattern of the boat first with the verb left out)
_A_BOAT = (r"(?:bata|baten|bat|baden|sjekta|snekka|sjekte|joleboten|kajakken"
           r"|kanoen|sjarken|sjarka|sjark|robaten|faeringen|faering|faeringa|boat|dinghy)")
# round 90 (batches 152 and 154): out on the water: a small boat taken or set out, rowing or paddling out, or going out on the rocks, a pier, a headland or the
# ice by the sea (the round 86-89 boats, for the "blir ute / blir der" pattern)
_OUT_ON_THE_WATER = (rf"(?:(?:gar|drar|ror|rer|tar|tek|take|taking|go|going|seter|setar|set|sete)\s+(?:\w+\s+){{0,2}}?{_A_BOAT}\s+(?:ut|out)|(?:ror|rorer|padler|padlar)\s+(?:eg\s+|jeg\s+|je\s+|ae\s+)?ut"
                     rf"|(?:gar|gaar|ga|drar|walk|go|going)\s+(?:ut|out)\s+(?:pa|i|til|on|onto|to)\s+(?:\w*svaberg\w*|berga|bergene|moloen|molo|skjaera|skjaeret|skjera|skjeret|\w*odden|isen|the\s+rocks|the\s+pier|{LAKE}))")
# round 90 (batch 152): a course, school, papers, a move, packing, work or tidying, that one is "done with everything" of (shared by the round 90 and 91 patterns of
# "ferdig med alt")
_A_TASK_TO_BE_DONE_WITH = r"kurs\w*|skole\w*|skule\w*|studi\w*|eksamen\w*|oppgave\w*|papir\w*|skjema\w*|flytt\w*|pakk\w*|vask\w*|jobb\w*|tiltak\w*|praksis\w*|soknad\w*|lekse\w*|rydd\w*|mal\w*|maling"
# round 90 (batch 153): game or the hunt named with a gun taken along (shared by the round 90 and 91 patterns of a gun taken)
_GAME_NAMED = r"rype\w*|elg\w*|hjort\w*|rein\w*|reinsdyr\w*|jakt\w*|skyt\w*|fugl\w*|rev\w*|bjorn\w*|ulv\w*|skadedyr\w*|deer|moose|elk|grouse|hunt\w*"
# round 95 (batch 174): the round 85 guard of a rope in the barn without the animals, made a constant: hay, a load, a tractor, a tarpaulin, a swing, climbing, a repair,
# fetching or buying it, or a course (shared by the round 85 pattern, which adds the animals, and the round 95 "det e tau i fjøset")
_A_ROPE_FOR_A_JOB_IN_THE_BARN = (r"hoy\w*|halm\w*|surre\w*|sure|binde|bind\w*|trek\w*|slep\w*|henger\w*|traktor\w*|presening\w*|las|laset|lasset"
                                 r"|gyng\w*|husk\w*|swing|klatr\w*|climb\w*|reparer\w*|fiks\w*|hent\w*|kjop\w*|trenger|treng|hvor|kor|kvar|where|kurs\w*|course")
# round 90 (batch 153): a rope in the barn for hay, animals, a load, a trailer, a swing, climbing, the children or a boat (shared by the round 90 and 91 rope patterns)
_A_ROPE_FOR_THE_FARM_OR_PLAY = r"hoy\w*|hest\w*|ku|kua|kyr\w*|kalv\w*|sau\w*|geit\w*|dyr\w*|las|laset|lasset|hengar\w*|henger\w*|tilhenger\w*|husk\w*|dis|disse\w*|klatr\w*|ungane|ungene|ungan|barna|bat\w*"
# round 92 (batch 161): the round 87 guard of a hose made a constant: not a hose for the garden or the flowers, washing the car, a move, the cabin, a loan, a purchase or
# a return (shared by the round 87 "hose into the car", the round 89 "slangen e klar" and the round 92 "slangen i vinduet" patterns)
_NOT_A_HOSE_FOR_THE_GARDEN_OR_A_WASH = _unless_any(r"vann\w*|vane|vaner|vana|\w*vask\w*|lever\w*|spyl\w*|hagen|hage|plen\w*|blomst\w*|flytt\w*|hyt\w*|lan\w*|kjop\w*|kjopt|butik\w*|retur\w*|bytte\w*|garden|wash\w*|lawn")
# round 90 (batches 153-154): an edge, the water or a bridge named, where "nobody would notice before morning" speaks of a fall (shared by the dam and the fish farm)
_AN_EDGE_OR_THE_WATER = rf"(?:\w*kanten|\w*kant|uti|stupet|\w*brua|\w*broa|\w*bruen|\w*broen|bridge|{LAKE})"
# round 95 (batches 174-175): the round 65 sorry for everything (not for the wait, a delay, the mess or the typos) made a constant (shared by it, a "sier farvel" sign, and the
# round 95 goodbye as the last words after it, an "avslutter kontakten" sign)
_SORRY_FOR_EVERYTHING = (r"(?:unskyld|sorry|soz|beklager|desole|desolee|perdon|pardon|perdoname|perdoneme|bebakhshid|bebakhshin|mebakhshin|bebakhsh|bebakhshen)\s+(?:po\s+)?(?:for|pour|por|para)\s+(?:alt|alting|tout|todo|everything)\b"
                         r"(?!\s+(?:(?:det\s+|the\s+|le\s+)?(?:mas\w*|venting\w*|ventetid\w*|forsink\w*|delay\w*|wait\w*|rot\w*|skrivefeil\w*|typo\w*|spelling|retard)\b))")
# round 95 (batch 175): "dokke fortener betre enn meg" (you deserve better than me) made a constant (shared by the round 43 sign and the goodbye after it, found on review)
_DESERVES_BETTER_THAN_ME = r"(?:fortjener|fortjene|fortener|fortenar|deserves|deserve)\s+(?:(?:en|ein|ei|someone|somebody)\s+)?(?:bedre|betre|better)\s+(?:enn|en|than)\s+(?:meg|mae|me)\b"
# round 95 (batch 174): the round 92 places of "står ytterst på moloen no. e så lett" made a constant: the water, a bridge, an edge, a pier or a quay, or a height (shared by it
# and the round 95 "det e så lett å berre hoppe no")
_AT_THE_WATER_OR_A_HEIGHT = rf"(?:{_AN_EDGE_OR_THE_WATER}|moloen|molo|kaia|kaien|kaikanten|brygga|bryggekanten|piren|the\s+pier|{_AT_A_HEIGHT})"

SUICIDAL = [
    _sign(
        "vil dø",
        # round 76 (batch 116): Portuguese "eu quero morrer", Romanian "vreau (doar) să mor" and "vreau doar să dorm și să nu mă mai trezesc" (wanting to die, or to
        # sleep and never wake up; not "... de rir", dying of laughter, nor waking at a time or early)
        r" (?P<hit>(?:eu\s+)?(?:quero|queria)\s+(?:so\s+)?morer|vreau\s+(?:doar\s+)?sa\s+mor|vreau\s+(?:doar\s+)?sa\s+dorm\s+si\s+sa\s+nu\s+(?:ma\s+)?mai\s+(?:trezesc|trezes))\b(?!\s+(?:de|of|la|devreme|dimineata|\d+)\b)",
        # round 92 (batch 160): Tagalog "gusto ko nang mamatay" (I want to die now; not of shame, laughter or hunger: "gusto ko nang mamatay sa hiya")
        r" (?P<hit>(?:gusto|gustong)\s+(?:ko|kong)\s+(?:nang\s+|na\s+|ng\s+)?mamatay)\b(?!\s+(?:sa|dahil|kasi|ng)\b)",
        # round 95 (batch 172): "kjøre opp på gratangsfjellet i stormen no. håpe æ ikkje kjem fram" (hoping not to arrive, as the last words or before tonight or "alive"; not
        # late, before or to a place after it: "håper jeg ikke kommer fram for sent", "... før de stenger")
        rf" (?P<hit>(?:hape|haper|hapar|hapa|hope|hoper|hopes)\s+(?:at\s+|that\s+)?(?:(?:jeg|je|eg|ae|e|i)\s+{NOT}|{NOT}\s+(?:jeg|je|eg|ae|e))\s+(?:kommer|kjem|komer|kjaem|kom|kome|komme)\s+(?:fram|frem)"
        r"|(?:hope|hoping)\s+(?:that\s+)?i\s+(?:dont|do\s+not|never|wont|will\s+not)\s+(?:make\s+it|arrive|get\s+there))"
        r"(?=\s*$|\s+(?:i\s+kveld|i\s+natt|denne\s+gangen|levande|levende|i\s+live|tonight|this\s+time|alive)\s*$)",
        # round 63 (batch 90): rather die or jump than be sent back (not back to work, school, a course or "that" place)
        r" (?:i|id|i\s+would|i\s+wud|jeg|je|eg|ae)\s+(?:would\s+)?(?:rather|heller|vil\s+heller|vil\s+helst|ville\s+heller)\s+(?:die|jump|be\s+dead|kill\s+myself|do|doy|hoppe|hoppa|vaere\s+dod|vere\s+daud)\s+"
        r"(?:than|enn|en)\s+(?:a\s+|to\s+)?(?:go|going|be\s+sent|being\s+sent|return\w*|dra|reise|bli\s+sendt|sendes|ga|fly)\s+(?:back|home|tilbake|hjem|heim)\b"
        r"(?!\s+(?:to|til|te)\s+(?:work|school|jobb\w*|skole\w*|skule\w*|kurs\w*|the\s+office|that|this|det|den|dit)\b)",
        # vil dø, har lyst til å dø; Hedmarksk "vil bære dø" round 71 (batch 107); not "vil dø av kjedsomhet" (round 72)
        # round 90 (ordinary batch 149): not seasick or carsick "so that I want to die" ("nei takk te hurtigruten, blir så sjøsyk at æ vil dø"; "vil dø. orker ikkje meir"
        # still fires)
        r"^(?!.*\s(?:sjosyk|sjosjuk|bilsyk|bilsjuk|flysyk|flysjuk|kvalm|seasick|carsick)\s+(?:at|that)\s+(?:jeg|je|eg|ae|e|i)\s+(?:bare\s+|berre\s+)?(?:vil|vile)\s+(?:do|doy)\b)"
        # round 92 (found on review): "jeg vil også dø", "eg vil og døy" (also; the same guards)
        rf".*?\s(?P<hit>{WANT_NO}\s+(?:egentlig\s+|eigentleg\s+)?(?:ogsa\s+|og\s+|au\s+)?(?:bare\s+|berre\s+|baere\s+|gjerne\s+|gerne\s+)?(?:do|doy|doi)) (?!{_DIE_OF_IDIOM})",
        r" (?:jeg|eg|ae|e)\s+(?:skal|kommer\s+til\s+a|kjem\s+til\s+a)\s+(?:do|doy)\s+(?:uansett|snart|i\s+kveld|i\s+nat|i\s+natt)\b",
        r" (?:tenker|tenkjer|tenkt|tenkte|tenke)\s+(?:\w+\s+){0,3}(?:pa\s+)?a\s+(?:do|doy|doi)\b(?!\s+(?:av|of)\b)",
        r" (?:tenker|tenkjer|tenke)\s+(?:mye\s+|mykje\s+|bare\s+|berre\s+)?(?:pa\s+)?(?:dod|doden|dauden)\s*(?:hver\s+dag|kvar\s+dag|heile\s+tida|hele\s+tiden|$)",
        rf" {NOT}\s+(?:onske|onsker|onskar|vil|vile)\s+(?:a\s+)?(?:leve|leva|live)\b",
        # round 14: "meg tenke hele tiden på død" (not "tenker på døden til mamma")
        r" (?:tenker|tenkjer|tenke|tenkte)\s+(?:\w+\s+){1,3}pa\s+(?:dod|doden|dauden)\b(?!\s+(?:til|av|hans|hennes|i\s+familien))",
        r" (?:hvorfor|kvifor|koffor|korfor|why)\s+(?:leve|leva|live)\s*$",
        r" (?:like\s+greit|like\s+bra|best|bedre|betre)\s+(?:at|om|hvis|viss)\s+(?:jeg|eg|ae|e)\s+(?:dor|doyr|do|doy)\b",
        r" (?:easier|beter|best)\s+(?:for\s+\w+\s+)?if\s+i\s+(?:was|were)\s+dead\b",
        r" (?:bedre|betre|beter|lettere|lettare)\s+(?:\w+\s+){0,3}(?:nar|om|hvis|viss)\s+(?:jeg|eg|ae|e)\s+(?:er|e|var|blir|vert)\s+dod\b",
        rf" {WANT_EN}\s+(?:just\s+)?die\b",  # want to die
        r" onsk\w*\s+(?:\w+\s+){0,3}(?:do|doy|dod|var\s+dod)\b",  # skulle ønske jeg kunne dø
        rf" (?:{WANT_NO}|{WANT_EN})\s+(?:bare\s+|just\s+)?(?:vaere|vere|be)\s+(?:dod|dead)\b",
        rf" skul\w*\s+onske\s+{I}\s+(?:var|ver|vore|hadde\s+vaert)\s+dod",
        r" beter\s+of\s+dead",
        # round 14: "hadde vært lettere å være død", "better to be dead"
        r" (?:lettere|lettare|bedre|betre|enklere|enklare|greiere)\s+(?:a\s+)?(?:vaere|vere|bli|vaert)\s+(?:dod|dau|daud)\b",
        r" beter\s+(?:to\s+be|being)\s+dead\b",
        # round 43 (batches 52-53): "Jeg vil gå til Gud nå"
        r" (?:vil|skal|ska|wil|want\s+to|going\s+to)\s+(?:ga|reise|dra|go)\s+(?:hjem\s+|home\s+)?(?:til|to)\s+(?:gud|jesus|god|himmelen|heaven)\s+(?:na|no|nu|now|i\s+kveld|i\s+nat|tonight)\b",
        # round 48 (batches 60-61): "vil bare at kroppen ska gi opp", the sea "should have taken me", "I should have died there"
        r" (?:vil|vile|onsker|onskar|haper|hapar|want|wish|hope)\s+(?:bare\s+|berre\s+|just\s+)?(?:at\s+|that\s+)?(?:kroppen|hjertet|my\s+body|my\s+heart)\s+(?:min\s+|mitt\s+|mi\s+)?(?:skal\s+|ska\s+|sku\s+|would\s+|will\s+|to\s+)?(?:gi\s+opp|gje\s+opp|give\s+up|gives\s+up|stoppe|stopp|stop|stops|slutte|slutta)\b(?!\s+(?:a|to|og|and)\s+(?:banke|hamre|rase|race|pound|verke|hurt|racing))",
        r" (?:the\s+)?(?:water|sea|river|fjord|waves|havet|sjoen|elva|vannet|vatnet|bolgene|fjorden)\s+(?:should|shuld|burde|skulle|sku)\s+(?:have\s+|hatt\s+|ha\s+)?(?:take|taken|took|tatt|tat|teke|teken)\s+(?:me|meg|mae)\b",
        r" (?:i|jeg|eg|ae)\s+(?:should|burde|skulle|sku)\s+(?:have\s+|ha\s+|hatt\s+)?(?:died|dod|dodd|doydd|daud|drowned|druknet|drukna|omkommet)\s+(?:there|that\s+time|back\s+then|with\s+them|der|den\s+gangen|den\s+gongen|med\s+dem|med\s+dei)\b",
        # round 49 (batch 63): after a death, "har berre lyst å gå etter ho" (to follow the dead one; not "dra etter henne til Polen"); round 68
        # (batch 101): "har bestemt mæ for å være der han e" (where the dead one is; not "... er gravlagt", nor at a place or a time after it)
        # round 93, found on review: "kona døde og no vil æ følge ho. har tatt fram tablettan" (another sentence after it that begins with "har")
        r"^(?=.*\s(?:dode|dod|doyde|dodde|daude|died|dead|passed\s+away|gikk\s+bort|gjekk\s+bort|begravd|gravlagt|grava|graven|begravelsen|gravferda|funeral)\b).*\s(?:lyst|vil|vile|onsker|onskar|want|wanted|wish|lengter|lengtar|longing|bestemt\s+(?:meg|mae|mg)\s+for|decided)\s+(?:til\s+|to\s+)?(?:jeg\s+|eg\s+|ae\s+|e\s+)?(?:a\s+)?(?:bare\s+|berre\s+|just\s+)?(?:(?:ga|dra|go|kome|komme)\s+(?:etter|after)|(?:folge|folgje|fylgje)(?:\s+etter)?|follow|(?:vaere|vere|vera|be)\s+(?:der|dit|where))\s+(?:ho|han|henne|ham|hu|dem|dei|him|her|them|mamma|pappa|mor|far|kona|mannen)(?:\s+(?:er|e|is))?(?=\s*$|\s+(?:og|and|men|but|na|no|nu|now|snart|soon|ae|eg|jeg|je|dit|there|for\s+godt|for\s+good|har|hev|have)\b)",
        # round 50 (batch 64): of those who did not wake up again, "det hadde vore greitt å vere ein av dei" (a wish to be one of them)
        r" (?:ike|ikje|itj|ite|aldri|never|not|didnt)\s+(?:vaknet|vakna|vakne|woke|wake|overlevde|survived)\s+(?:att|igjen|up|opp)?\b.*\s(?:greit|fint|godt|best|bedre|betre|deilig|nice|good|better|onske|onsker|onskar|wish)\s+(?:a\s+|to\s+|at\s+|that\s+)?(?:jeg\s+|eg\s+|i\s+)?(?:vaere|vere|be|var|vore|was|were)\s+(?:en|ein|ei|one)\s+(?:av|of)\s+(?:dem|dei|them)\b(?!\s+(?:som|who|that)\b)",
        # round 53 (batches 70-71): Trøndersk "e sko bære dø" (I should just die; not "... av latter"), Nynorsk "eg vil få sleppe" as the
        # last words of a sentence (to be let go; not "sleppe å ...", "sleppe unna")
        r" (?:jeg|je|eg|ae|e|i)\s+(?:skulle|sku|sko|skull|burde)\s+(?:bare|berre|baere|bere|bar)\s+(?:do|doy|daue|dau)\b(?!\s+(?:av|of|for|pa|med)\b)",
        r" (?:vil|vile|onsker|onskar|lengter|lengtar)\s+(?:bare\s+|berre\s+|so\s+gjerne\s+|sa\s+gjerne\s+|gjerne\s+)?(?:a\s+)?fa\s+(?:slippe|sleppe|sleppa|slippa)(?=\s*$|\s+(?:na|no|nu|snart|eg|jeg|je|ae|e|takk|helsing|hilsen|mvh|vh)\b)",
        # round 57 (batches 78-79): the word order after an adverb put first ("ærlig talt vil je bare dø"; not "... av kjedsomhet", "vil jeg dø hvis ...?")
        rf" {WANT_NO}\s+(?:jeg|je|eg|ae|e)\s+(?:egentlig\s+|eigentleg\s+)?(?:bare\s+|berre\s+|helst\s+|gjerne\s+)?(?:do|doy|doi)\b(?!\s+(?:av|of|for|pa|med|hvis|viss|om|if|nar|when)\b)",
        unless=_DIE_OF_BOREDOM,
    ),
    _sign(
        "vil ikke leve",
        # round 85 (noticed and left in round 84): not living in a place ("jeg vil ikke leve i byen lenger"; "vil ikke leve i denne verden lenger" still fires)
        rf" (?:vil|vile|onsker|gidder|orker|orka|orkar|orke|klarer|har\s+lyst|lyst)\s+{NOT}{FILLER}\s+(?:a\s+)?{LIVE}\b(?!\s+(?:av|pa|med)\b){_NOT_LIVING_IN_A_PLACE}",
        rf" {NOT}\s+(?:lyst|lust)\s+(?:til\s+)?(?:a\s+)?{LIVE}\b",
        # round 84 review: the verb first, "nå vil jeg ikke leve mer" (the same guard as the line above: not living off, on or with something;
        # only "vil" and "ønsker": "nå orker jeg ikke å leve lenger" is a training line the model is left to, its features must not change)
        rf" (?:vil|vile|onsker|onskar)\s+(?:jeg|je|eg|ae)\s+{NOT}{FILLER}\s+(?:a\s+)?{LIVE}\b(?!\s+(?:av|pa|med)\b)",
        # round 69 (batch 103): Dari and Farsi "(man) namekhaham zinda basham", "nemikham zende bemanam" (I don't want to be alive)
        r" (?:nemi|nami|neme|name|nmi)kh(?:a|o)?h?am\s+(?:zinda|zende|zenda|zindah)\s+(?:basham|bashom|bemanam|bomanam|bamanam)\b",
        # round 65 (batch 95): "da lever jeg ikke lenger" (not living on, off, as, with or somewhere: "... på sosialen", "... sammen med ham", "... her")
        rf" (?:da|then|by\s+then|innen\s+da|pa\s+den\s+tida|pa\s+den\s+tiden)\s+(?:lever|lev|live)\s+(?:jeg|je|eg|ae|e|i)\s+{NOT}\s+(?:lenger|lengre|lengar|mer|meir|anymore|any\s+more)\b"
        r"(?!\s+(?:pa|av|som|med|i|her|der|hos|sammen|saman|alene|aleine|uten|utan|on|of|off|as|with|in|here|there|alone|without)\b)",
        # round 66 (batch 96): "i not want live more" (without "to" only with "more" after it; not living in, with or at a place)
        rf" {I}\s+{NOT}\s+(?:vil|want\s+to|wana|want(?=\s+(?:live|leve)\s+(?:more|mer|meir|anymore|any\s+more|no\s+more)\b(?!\s+(?:in|at|with|together|i|pa|med|hos|sammen|saman)\b)))\s+{LIVE}\b",  # jeg ikke vil leve (broken Norwegian)
        # round 66 (batch 97): Polish "nie chcę (już) żyć" (ę, ż and ć drop out in normalising; not living in, with or at a place)
        r" nie\s+chce?\s+(?:juz\s+|ju\s+)?(?:zyc|zy|y)\b(?!\s+(?:w|we|z|ze|u|tu|tutaj|tam|razem|obok)\b)",
        rf" {I}\s+{NOT}\s+(?:vil|want\s+to|wana)\s+(?:a\s+)?(?:vakne|vakna|wake)\s+(?:flere|fleire|mer|meir|opp\s+igjen|up\s+again|more|any\s+more)\b",  # round 27
        r" (?:dont|do\s+not|dosnt)\s+want\s+to\s+live",
        r" (?:slutte|slutta)\s+a\s+(?:leve|leva|lev)\b",
        r" (?:tired|sick)\s+of\s+(?:being\s+alive|living|life)\b",
        r" (?:hvis|om|viss|nar)\s+(?:jeg|eg|ae|e)\s+(?:ikke|ikkje|itj)\s+(?:lever|lenger\s+lever|er\s+i\s+live)\b(?!\s+(?:sammen|med|av|pa|i\s+et|i\s+ei|i\s+samme))",
        r" (?:ikke|ikkje|itj)\s+(?:love|lova)\s+(?:at\s+)?(?:jeg|eg|ae|e)\s+(?:er|e|lever)\s+(?:i\s+live|fortsat\s+i\s+live)\b",
        r" slippe\s+a\s+(?:leve|leva|vakne|vakna|vaere\s+til|vere\s+til)\b",
        r" (?:onsker|onskar|onske|wish)\s+(?:at\s+)?(?:jeg|eg|ae|e|i)\s+(?:aldri|never)\s+(?:var|vart|hadde\s+blitt|was|had\s+ben)\s+(?:fodt|fodd|born)\b",
        r" (?:slutte|slutta)\s+a\s+(?:eksistere|finnes|vaere\s+til|vere\s+til)\b",
        r" (?:ikke|ikkje|itj|ingenting|nothing|ingen\s+ting)\s+(?:noe\s+|noko\s+|naka\s+)?(?:a|to)\s+(?:leve|leva|live)\s+(?:for|fore)\b",
        r" why\s+(?:even\s+)?bother\s+(?:living|to\s+live|going\s+on)\b",
        r" (?:orker|klarer|orkar|klarar)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:vakne|vakna|sta\s+opp)\s+(?:en|ein|ei)\s+(?:dag|morgen|morgon)\s+til\b",
        r" (?:hvorfor|kvifor|koffor|korfor|why)\s+(?:skal|ska|skulle|should)\s+(?:jeg|eg|e|ae|i)\s+(?:leve|leva|live|fortsette\s+a\s+leve|keep\s+living)\b",
        # round 14: "vet ikke hvorfor jeg skal fortsette" (not "... fortsette på kurset")
        r" (?:hvorfor|kvifor|koffor|korfor|why)\s+(?:jeg|eg|e|ae|i)\s+(?:skal|ska|skulle|should)\s+(?:fortsette|fortsett|fortsete|halde\s+fram|halda\s+fram|go\s+on|keep\s+going)\b(?!\s+(?:med|pa|i|pa\s+\w+|with|on|to|at)\b)",
        rf" {NOT}\s+(?:jeg|eg|e|ae)\s+(?:orker|orkar|orka|klarer|klarar)\s+(?:a\s+)?{LIVE}\b",
        r" (?:leaving|leave)\s+this\s+world\b|(?:forlate|forlater|forlat)\s+(?:denne\s+)?verden\b",
        r" (?:lever|lev)\s+(?:ikke|ikkje|itj)\s+(?:sa\s+|so\s+)?(?:mye|mykje|lenge)\s+(?:lenger|lengre|til)\b",
        # round 93 (batch 166): "i dont see reason to live" (no article, in broken English); not a place to live in: "dont see the reason to live so far from the course"
        r" (?:dont|do\s+not|cant|can\s+not)\s+see\s+(?:any\s+|a\s+|the\s+|no\s+)?reason\s+to\s+(?:live|go\s+on|keep\s+living)\b"
        r"(?!\s+(?:in|at|on|near|by|so|far|here|there|with)\b(?!\s+(?:this|the)\s+world\b))",
        r" livet\s+har\s+(?:ingen|ikje\s+noko|ike\s+noen)\s+(?:mening|verdi|vits)",
        rf" (?:ingen|ikje|ike|no)\s+(?:noen\s+|noko\s+|nokon\s+|nan\s+)?(?:vits|grun|mening|poeng|point|reason)\s+(?:(?:med|i|til|in|to|a)\s+)?(?:a\s+)?{LIVE}\b",
        r" (?:livet|life)\s+(?:er\s+|is\s+)?(?:ikje\s+|ike\s+|not\s+)?(?:verdt|worth)",
        # round 78 (batch 121): Nynorsk "eg ynskjer eg ikkji vaknar att i morgo" ("ynskjer", "ikkji")
        r" (?:vil|vile|onsker|onske|onskar|ynskjer|ynsker|ynskte|ynskja|hoper|haper|hapa|hapar|hapet|wish|want\s+to|hope)\s+(?:\w+\s+){0,4}(?:ike|ikje|ikji|itj|not|never)\s+(?:a\s+|to\s+)?(?:vakne|vakner|vaknar|vakna|vaknet|vakn|vake|wake)\b(?!\s+(?:\w+\s+)?(?:for|til|te|av|before|until)\b)"
        r"(?!\s+(?:\w+\s+){0,2}(?:tidlig|tidleg|tidligere|tidlegare|early|kl|klokka|klokken)\b)",  # round 95 (batch 174): Trøndersk "æ vil itj vakn opp i morra"; found on review: not so early
        r" (?:sovne|sove|sova|sovna)\s+(?:inn\s+)?og\s+aldri\s+(?:vakne|vakna)",
        # round 29: "sovne stille inn og ikke våkne", "eksistert lenge nok", "lettar for kjerringa om æ ikkje va her lenger", "tomorrow I am not here anymore"
        r" (?:sovne|sovna)\s+(?:stile\s+)?inn\s+og\s+(?:ike|ikje|itj|aldri)\s+(?:vakne|vakna)\b",
        r" (?:har\s+)?(?:levd|eksistert|existed|lived)\s+lenge\s+nok\b",
        r" (?:lettere|lettare|lettar|enklere|enklare|enklest|enklast|lettest|lettast|bedre|betre)\s+for\s+\w+\s+(?:om|hvis|viss|if)\s+(?:jeg|eg|ae|e|i)\s+(?:bare\s+|berre\s+)?(?:ike|ikje|itj)\s+(?:var|va|ver|er|e)\s+her(?:\s+(?:lenger|lengre|meir|mer)\b|\s*$)",  # "... om æ ikkje va her" ending the message (round 33)
        r" (?:tomorow|tomorrow|i\s+morgen|imorgen|i\s+mora)\s+(?:i\s+am|im|jeg\s+er|er\s+jeg)\s+(?:not|ike|ikke)\s+here\s+(?:anymore|any\s+more|any\s+longer)\b",
        # round 26: "hvis jeg ikke mer er", "better I stop to exist", "vil ikkje vente lenger med å kome til han" (longing for the dead)
        r" (?:hvis|om|nar|viss|if)\s+(?:jeg|eg|ae|i)\s+(?:ike|ikje|itj|no)\s+(?:mer|meir|lenger|more|longer)\s+(?:er|e|finnes|fins|am|exist)\b",
        r" (?:stop|stoped|stopping)\s+(?:to\s+)?(?:exist|existing|to\s+live|living)\b(?!\s+(?:in|with|like|at|here|on|for)\b)",
        r"^(?=.*\s(?:lengtar|lengter|lengta|lengtet|savner|saknar|sakner|dod|dode|grava|graven|himmelen)\b).*\s(?:vil|vile)\s+(?:ike|ikje|itj)\s+vente\s+(?:lenger|lengre|meir|mer)\s+(?:med\s+)?(?:a\s+)?(?:kome|komme)\s+(?:til|te)\s+(?:han|henne|ho|ham|dem|dei)\b",
        # round 24: "mest chill å bare ikke våkne imorra"
        r" a\s+(?:bare\s+|berre\s+)?(?:ike|ikje|itj)\s+(?:vakne|vakna)\s+(?:opp\s+)?(?:imora|i\s+mora|imorgen|i\s+morgen|i\s+morgo|imorgo|igjen|att|neste\s+dag|mer|meir)\b",
        # round 16: "ber til gud at jeg ikke våkner", "bedre jeg er ikke i livet", "viskes bort"
        r" (?:ber|be|bed|pray|prayed|praying|prays)\s+(?:\w+\s+){0,3}(?:at|that|om\s+at)\s+(?:jeg|eg|ae|e|i)\s+(?:ikke|ikkje|itj|wont|dont|never|wil\s+not)\s+(?:vakner|vakne|vaknar|vakna|wake)\b",
        r" (?:bedre|betre|best|beter)\s+(?:at\s+|om\s+|hvis\s+)?(?:jeg|eg|ae|e)\s+(?:er\s+)?(?:ikke|ikkje|itj)\s+(?:er\s+)?i\s+(?:livet|live)\b",
        r" (?:viskes|viska|visket|viske\s+meg)\s+(?:bort|ut)\b|(?:ikke|ikkje|itj|ingen)\s+(?:fantes|fins|finnes|fanst)\s+(?:\w+\s+)?spor\s+etter\s+(?:meg|mae)\b",
        r" (?:ikke|ikkje|itj|ingenting|nothing|ingen\s+ting)\s+(?:noe\s+|noko\s+)?(?:igjen\s+|att\s+|left\s+)?(?:a|to)\s+(?:kjempe|kjempa|fight)\s+(?:for|fore)\b",
        # round 14: "det hadde vært best om jeg ikke våknet igjen"
        r" (?:best|bedre|betre|beter|fint|greit|lettere|lettare)\s+(?:om|hvis|viss|at|if)\s+(?:jeg|eg|ae|e|i)\s+(?:ikke|ikkje|itj|aldri|never|didnt|dont)\s+(?:vaknet|vakna|vakner|vakne|woke|wake)\b",
        # "vil bare sovne inn og slippe alt" (round 10; not "sovne inn på sofaen")
        r" (?:vil|vile|onsker|onskar|lyst\s+(?:til\s+)?a)\s+(?:bare\s+|berre\s+)?(?:a\s+)?(?:sovne|sovna)\s+inn\s+(?:og\s+(?:slipe|slepe|aldri)|for\s+(?:godt|alltid|altid))\b",
        r" (?:legge|leggje)\s+(?:meg|mae)\s+(?:ned\s+|ner\s+)?og\s+aldri\s+(?:sta|sto|sta)\s+opp\b",
        r" (?:dont|do\s+not|dosnt)\s+(?:even\s+|realy\s+)?(?:want\s+to|wana)\s+wake\s+up\b(?!\s+(?:early|at|before|for|so))",
        rf" (?:{NOT}|dont|do\s+not)\s+(?:want\s+to\s+be|wana\s+be|vil\s+vaere|vil\s+vere|onsker\s+a\s+vaere)\s+(?:alive|i\s+live)",
        r" (?:vil|ville|onsker)\s+(?:ikke|ikkje)\s+(?:vaere|vere)\s+i\s+live",
        r" (?:er|e|foler\s+meg|kjenner\s+meg|jeg|eg)\s+(?:heilt\s+|helt\s+)?ferdig\s+med\s+(?:livet|a\s+leve|dunya|verden)\b(?!\s+som\b)",  # "dunya" round 29
        # round 40: "i dont want living more", "i finish myself soon", "sovna og sleppa å vakna"
        r" (?:dont|do\s+not)\s+want\s+(?:living|live|to\s+living)\s+(?:more|anymore|any\s+more)\b",
        r" (?:finish|finished|finishing)\s+myself\b",
        r" (?:sovne|sovna)\s+og\s+(?:slipe|slepe|slipa|slepa)\s+a\s+(?:vakne|vakna)\b",
        # round 45 (batch 54): "finnes det ingen versjon av de neste førti årene jeg vil være med på"
        r" (?:ingen|ikke\s+noen|ikkje\s+nokon)\s+(?:versjon|utgave)\s+av\s+(?:de\s+neste|dei\s+neste|livet|framtida|fremtiden)\b",
        # round 46 (batch 56): "i dont see why i should be in this world without him"
        r" (?:dont|do\s+not|cant|canot|can\s+not)\s+(?:see|understand|know)\s+why\s+i\s+(?:should|must|have\s+to)\s+(?:be|stay|live|remain|go\s+on)\s+(?:in\s+this\s+world|on\s+this\s+earth|alive|(?:here\s+)?without\s+(?:him|her|them|you|my\s+(?:wife|husband|son|daughter|kids|children|mother|father|mum|mom|dad|family)))\b",
        rf" (?:ser|skjonner|skjonar|forstar|vet|veit)\s+{NOT}\s+(?:hvorfor|kvifor|koffor|korfor)\s+(?:jeg|eg|ae|e)\s+(?:skal|ska|skulle|sku)\s+(?:vaere|vere|vera|leve|leva|bli)\s+(?:i\s+denne\s+verden|i\s+denne\s+verda|pa\s+jorda|i\s+live|(?:her\s+)?(?:uten|utan)\s+(?:han|ham|henne|ho|dem|dei|deg|mamma|pappa|mor|far|kona|mannen|barna|ungene))\b",
        # round 48 (batch 60): "I am tired of this life"
        r" (?:tired|sick|so\s+tired)\s+of\s+(?:this|my|dis)\s+life\b(?!\s+(?:of|on|in|with|at|as|here|style|admin|paperwork|stuf|without)\b)",
        # round 50 (batches 64-65): to sleep and not wake up, in English, Spanish and French mixes ("tonight i just wanna sleep and not
        # wake up", "si mañana no me despierto, mejor"; not "... wake up early" or "... a tiempo"); "ingenting igjen å leva for"
        r" (?:slep|sleping|go\s+to\s+slep|fal\s+aslep)\s+(?:and|n|an)\s+(?:not|dont|never|do\s+not|wont|no)\s+wake\s+up\b(?!\s+(?:early|til|until|before|at|for|in\s+time|on\s+time|when|if|to|because|cause|in\s+the)\b)",
        r" (?:ma\s*ana|manana)\s+no\s+me\s+despiert\w*\s+(?:es\s+)?mejor\b| (?:ojala|ojal|quiero|espero)\s+(?:que\s+)?no\s+(?:me\s+)?(?:despiert\w*|despertar\w*)\b(?!\s+(?:el|la|los|las|mi|mis|tu|su|sus|nadie|temprano|tarde|a|antes|con|por|para|hasta)\b)",
        r" (?:dormir|m\s+endormir|endormir)\s+et\s+ne\s+(?:plus|pas|jamais)\s+(?:me\s+)?reveil\w*\b(?!\s+(?:avant|a|au|trop|tot|tard|pendant|la\s+nuit|le\s+matin)\b)| (?:veux|voudrais|envie\s+de)\s+(?:juste\s+)?ne\s+(?:plus|jamais)\s+(?:me\s+)?reveil\w*\b(?!\s+(?:avant|a|au|trop|tot|tard|pendant|la\s+nuit|le\s+matin)\b)",
        r" (?:ingenting|ingen\s+ting|nothing|ikke\s+noe|ikje\s+noko|itj\s+naka)\s+(?:igjen|att|left|mer|meir|more)\s+(?:a|to)\s+(?:leve|leva|live)\s+(?:for|fore)\b",
        # round 51 (batches 66-67): not wanting to wake up in Portuguese, Italian and German ("não quero acordar amanhã"; not
        # "... cedo", a time or a child), "i don't want to see another morning" (not "... at the office")
        r" (?:nao|n\s+o)\s+(?:quero|queria)\s+(?:mais\s+)?acordar\b(?!\s+(?:amanha\s+)?(?:cedo|tarde|as|a|o|os|ao|antes|para|com|\d+)\b)"
        r"| non\s+(?:voglio|vorrei)\s+(?:piu\s+)?(?:svegliarmi|risvegliarmi)\b(?!\s+(?:domani\s+)?(?:presto|tardi|alle|all|prima|per|\d+)\b)"
        r"| (?:will|mochte)\s+nicht\s+mehr\s+(?:aufwachen|wach\s+werden)\b",
        r" (?:dont|do\s+not|dosnt)\s+(?:even\s+)?(?:want\s+to|wanna)\s+see\s+(?:another|one\s+more|a\s+new)\s+(?:morning|sunrise|dawn|day)\b(?!\s+(?:at|in|on|of|with)\b)",
        # round 52 (batch 69): "ya no quiero vivir" in Spanish (not a place or a way of living: "... en Oslo", "... con él")
        r" (?:ya\s+)?no\s+(?:quiero|deseo)\s+(?:seguir\s+)?(?:vivir|viviendo)\b(?!\s+(?:en|aqui|alli|ahi|con|cerca|lejos|sola|solo)\b)",
        # round 55 (batches 74-75): to sleep tonight "og ikke våkne opp igjen" (the time between; not "... før ti"), "går bort fra dette
        # livet" (not a way of life left behind: drugs, crime, a gang, "... med rus")
        rf" (?:sovne|sovna|sove|sova|sover|sovner|sleep)\s+(?:inn\s+)?(?:i\s+kveld|ikveld|i\s+natt|inatt|tonight)\s+(?:og|and)\s+(?:{NOT}|aldri|never)\s+"
        r"(?:vakne|vakna|vakner|vaknar|wake)\s+(?:opp\s+|up\s+)?(?:igjen|att|mer|meir|again|more)\b(?!\s+(?:for|til|te|av|pga|nar|before|until|of|by|when|because)\b)",
        r"^(?!.*\s(?:rus\w*|krim\w*|gjeng\w*|dop\w*|narko\w*|alkohol\w*|drikking\w*|spill\w*|gambling)\b).*\s(?:gar|gaar|ga|drar|skal\s+ga|vil\s+ga|going|go)(?:\s+(?:jeg|je|eg|ae|e|i))?\s+(?:bort|vekk|away)\s+"
        r"(?:fra|ifra|from)\s+(?:dette|denne|this)\s+(?:livet|liv|verden|verda|world|life)\b(?!\s+(?:med|som|pa|of|with|as|in|i\s+(?!(?:kveld|natt|dag|morgen|helga)\b)\w+)\b)",
        # round 56 (batches 76-77): "ser itj nån vits i å lev lenger" ("kje" and "nån" too); French "fatiguée de vivre", "marre de vivre"
        rf" (?:ser|sjar|sjer|se)\s+(?:kje|{NOT})\s+(?:noen|non|nan|nokon|noko|nake|na|no)\s+(?:vits|mening|meining|poeng|grun)\s+(?:i|med|me|til|te)\s+a\s+{LIVE}\b",
        r" (?:fatigue|fatiguee|marre|las|lase)\s+de\s+(?:vivre|la\s+vie)\b",
        # round 61 (batches 86-87): Estonian "ma ei taha enam elada"
        r" (?:ma\s+)?ei\s+taha\s+(?:enam\s+)?(?:elada|elama)\b",
        # round 85 (batch 134): Thai "chan mai yak yoo after tomorrow" (I do not want to live, or be here, after a day named, tonight or any more, "laew"; not a stay at
        # work, a hotel, a place or a trip named: the guards of `_NOT_AWAY_FROM_HERE` and a few English and Thai words)
        _NOT_AWAY_FROM_HERE + _unless_any(r"hotel\w*|shift\w*|work\w*|job|home|baan|ban|norway|norge|tromso|oslo")
        + rf".*?\s(?P<hit>(?:chan|chan\s+ko|phom|pom|nu|kha|di\s+chan)\s+mai\s+(?:yak|ya|yark)\s+(?:mi\s+chiwit\s+|me\s+chiwit\s+)?(?:yo|yu|u)\s+(?:laew|lew|leaw|leo|lao|tor\s+pai|to\s+pai|ik\s+(?:tor|to)\s+pai"
        r"|after\s+(?:tomorow|tonight|today|this\s+week|\w+day)|etter\s+(?:i\s+morgen|i\s+kveld|\w+dag)|tonight|tomorow|anymore|any\s+more))\b",
        # round 85 (batch 135): "har ikke lyst å våkne i morra. mener det" ("ikke lyst" first, no wish to wake tomorrow or again; not early, at a time, for or by something,
        # nor with a laugh, Monday, school, work, an exam or the alarm clock in the message)
        _unless_any(r"haha\w*|hehe\w*|lol|mandag\w*|tidlig\w*|tidleg\w*|jobb\w*|skole\w*|skule\w*|kurs\w*|eksamen\w*|vekkerklokk\w*|alarm\w*|kl|klokka")
        # round 92 (batch 161): "æ har itj lyst å våkne i mårra lenger" (Northern and Trøndersk "i mårra"; the same guards)
        + rf".*\s(?P<hit>{NOT}\s+(?:lyst|lust|hug)\s+(?:til\s+|te\s+)?(?:a\s+)?(?:vakne|vakna|vakn)\s+(?:opp\s+)?(?:i\s+morgen|i\s+morra|i\s+mora|imorgen|imorra|i\s+morgon|i\s+marra|imarra|igjen|att|mer|meir))\b"
        r"(?!\s+(?:for|til|te|av|kl\w*|klokka|tidlig|tidleg)\b)",
        # round 64 (batch 93): "orker itte en dag til", of life (not of a place, a thing or a task)
        rf" {ORKE}\s+{NOT}\s+(?:en|ein|ei)\s+(?:dag|uke|veke)\s+til\b(?!\s+(?:med|i|av|hos|uten|utan|ute|inne|her|der|pa\s+(?!\w+dag\b)\w+)\b){_NOT_A_TASK}",
        # round 67 (batch 99): North Sámi "mun in háliit šat eallit" (á and š drop out in normalising; "šat", any more, before or after)
        r" in\s+(?:s?h?at\s+)?h\s?a?lit\s+(?:s?h?at\s+)?ealit\b",
        # round 68 (batches 100-101): Ukrainian and Russian "ya ne khochu (bilshe) zhyty" (not living in, with or at a place), pinyin
        # "wo bu xiang huo le"
        r" ne\s+(?:khochu|hochu|xochu|chochu)\s+(?:bilshe\s+|bolshe\s+|uzhe\s+|vzhe\s+)?(?:zhyty|zhyt|zhit|zhiti|zyty|zit)\b(?!\s+(?:v|u|tut|tam|z|s|razom|vmeste|bez|yak|kak)\b)",
        r" bu\s+(?:xiang|yao)\s+(?:zai\s+)?huo\s+(?:le|zhe|xiaqu|xia\s+qu)\b",
        # round 70 (batch 104): "det hadde vore enklast for alle om eg berre ikkje va her meir" ("enklast", "lettest" added above); "nå vil jeg bare
        # at alt skal slutte. helt" (not "... slutte å krangle", "... med støyen"); "da er det ikke noe poeng at jeg er her lenger" (not at a course,
        # a measure, a job or a school)
        r" (?:vil|vile|onsker|onskar|want)\s+(?:jeg\s+|eg\s+|ae\s+|i\s+)?(?:bare\s+|berre\s+|bere\s+|just\s+)?(?:at\s+|that\s+)?(?:alt|everything|det\s+hele)\s+(?:skal|ska|to)\s+(?:slutte|ta\s+slutt|stoppe|stop|end|ta\s+ende)\b(?!\s+(?:a|med|pa|nar|for|to|with|snart|litt)\b)",
        r"^(?!.*\s(?:\w*kurs\w*|tiltak\w*|praksis\w*|\w*jobb\w*|skole\w*|skule\w*|course|school)\b).*\s(?P<hit>(?:ikke|ikkje|itj|ingen)\s+(?:noe\s+|noko\s+)?(?:poeng|vits|mening|meining)\s+(?:i\s+)?(?:at|a)\s+(?:jeg|eg|ae)\s+(?:er|e|skal\s+vaere|ska\s+vere)\s+her\s+(?:lenger|lengre|meir|mer))\b",
        # round 75 (batch 115): "tenker det er like greit om jeg bare slutter å våkne" (as well or best if one stopped waking or breathing; not a child who
        # stopped waking at night: only "om / hvis jeg"; not waking so early, at night or by something)
        r" (?P<hit>(?:like\s+greit|best|bedre|fint|deilig|godt|enklast|enklest)\s+(?:om|hvis|viss|at|dersom|if)\s+(?:jeg|je|eg|ae|e|i)\s+(?:bare\s+|berre\s+|just\s+)?(?:slutter|sluttar|slutta|stopper|stopped|stop)\s+(?:a\s+|to\s+)?(?:vakne|vakna|waking|wake|puste|breathing))\b(?!\s+(?:sa|so|tidlig|tidleg|early|up\s+early|om\s+natta|om\s+natten|at\s+night|av|til|te|kl\w*|klokka|hver|kvar|every|midt)\b)",

        # round 86 (batch 137): Lithuanian "nebenoriu gyventi" (I do not want to live any more), "nenoriu gyventi" (a sign before the money words of the same message)
        r" (?P<hit>(?:nebenoriu|nenoriu|nebenorim)\s+(?:daugiau\s+)?(?:gyventi|gyvent))\b",
    ),
    _sign(
        "vil ikke være her",
        # round 93 (batch 167): "kona døde i vår og no e det bare mørke her ... tenke det e på tide å følge ho" (time to follow her or him, as the last words, with a death
        # named; not following up a thing, someone to school or home: "mor døde i fjor, nå er det på tide å følge opp arven")
        r"^(?=.*\s(?:dod|dode|doyde|dodde|daude|gikk\s+bort|gjekk\s+bort|died|dead|passed\s+away|mistet|mista|lost|begrav\w*|gravlagt|grava)\b)"  # the rare words first
        + r".*\s(?P<hit>(?:pa\s+tide|tid|time)\s+(?:a|at|to|for\s+(?:meg|mae|me)\s+a)\s+(?:folge|fylgje|fylgja|folgje|follow|ga\s+etter|go\s+after)\s+(?:etter\s+)?"
        r"(?:henne|ho|hu|han|ham|him|her|kona|mannen|mamma|pappa|mor|far|sonen|dattera|dem|dei|them))\s*$",
        # round 93 (batch 167): "e ikkje her i morra. bare så dokk veit det" (not here tomorrow, and "just so you know", as the whole message: told as news with no reason, no
        # trip and no meeting; not "etter fredag e æ ikkje her meir" alone, the round 57, 63 and 81 decisions, nor with anything more: "er ikke her i morgen, skal til
        # tannlegen. bare så dere vet")
        r"^\s(?P<hit>(?:(?:(?:jeg|je|eg|ae|e)\s+)?(?:er|e|aer)\s+(?:ike|ikje|itj|ite|kje)\s+her|(?:i\s+)?(?:wont|wil\s+not)\s+be\s+here)\s+"
        r"(?:i\s+morgen|imorgen|i\s+morgon|i\s+mora|imora|i\s+marra|imarra|tomorow)\s+(?:bare|berre|baere|bere|just)\s+(?:sa|so|slik\s+at)\s+"
        r"(?:dere|de|dokker|dokk|dykk|du|noen|nokon|nan|non|you|someone|everyone|ale|alle)\s+(?:vet|veit|vit|veta|know|knows)(?:\s+(?:det|d|om\s+det|it))?)\s*$",
        # round 91 (batch 156): "sauan e solgt og bikkja e avliva ... har ingen igjen her ... det e på tide at æ og får gå" (time that I too may go, as the last words, after a
        # death or none left; not retiring, moving to a flat or to a daughter, a home, work or bed: "sauan e solgt og æ flytte te dattera. det e på tide at æ og får gå")
        _unless_any(r"flytt\w*|moving|leilighet\w*|omsorgsbolig\w*|sjukeheim\w*|sykehjem\w*|pensjon\w*|heim|hjem|jobb\w*|seng\w*|kveld|dattera|datteren|sonen|byen")
        + r"(?=.*\s(?:avliv\w*|dod|dode|doyde|gikk\s+bort|gjekk\s+bort|ingen\s+igjen|ingen\s+att|ingen\s+lenger|aleine|alene|aleina)\b)"
        r".*\s(?P<hit>(?:pa\s+tide|tid)\s+(?:at|for)\s+(?:jeg|eg|ae|e|meg|mae)\s+(?:og|ogsa|au|med|too|also)\s+(?:far|fa|skal|ska|kan|ma)\s+(?:ga|gaa|dra|sovne|sovna|ga\s+bort|forsvinne))\s*$",
        # "bare" round 65; round 83 (ordinary batch 127): not with a move to a place named or a job wanted instead ("vil ikke være her lenger, vil flytte til
        # Stavanger og jobbe på hotell"; the shared `_AWAY_FOR_A_MOVE_WORK_OR_A_COURSE` words only in that form: "vil/skal flytte til ...", "jobbe på/i ...")
        r"^(?!.*\s(?:vil|vile|skal|ska|ma|mo|onsker|want\s+to)\s+(?:heller\s+|helst\s+)?(?:flytte|flytta|flyte|flyta|move)\s+(?:til|te|to|hjem|heim|home|tilbake)\s"
        r"|.*\s(?:jobbe|jobba|arbeide|arbeida|work)\s+(?:pa|i|som|hos|at|as|in)\s)"
        # round 87 (batch 143): "jeg ikke vil være her i verden mer" (the word order of a learner, and "in the world" before "more"; the same guards)
        rf".*?\s(?P<hit>(?:(?:vil|vile|orker|orke|orka|orkar|onsker|gidder)(?:\s+(?:bare|berre|egentlig|eigentleg|helst|aller\s+helst))?\s+{NOT}|(?:jeg|je|eg|ae|e)\s+{NOT}\s+(?:vil|vile|onsker))\s+(?:a\s+)?{BE}\s+her\s+(?:i\s+(?:verden|verda|denne\s+verden|the\s+world)\s+)?(?:mer|meir|lenger|lengre))\b(?!\s+(?:enn|en|pa)\b)",
        # round 87 (batch 140): "e det nån som merke det om æ e borte" (would anyone notice or miss one gone, as the last words; not gone from a course or for a week:
        # "er det noen som merker det om jeg er borte fra kurset i dag")
        rf" (?P<hit>(?:er|e|vil|vile|ville|hadde|would|kommer|kjem)\s+(?:det\s+)?(?:noen|non|nan|nokon|nokan|anyone|anybody|someone)\s+(?:som\s+)?(?:vil\s+|vile\s+|ville\s+|kommer\s+til\s+a\s+|kjem\s+til\s+a\s+)?(?:merke|merka|merker|merket|savne|savna|savner|notice|miss)\s+(?:det\s+|meg\s+|mae\s+|me\s+|it\s+)?"
        rf"(?:om|hvis|viss|dersom|if|when)\s+{I}\s+(?:er|e|var|va|ble|blei|vart|was|were|is)\s+(?:borte|vekke|vek|gone|dod|dead))(?=\s*$|\s+(?:for\s+godt|for\s+alltid|for\s+good|forever|lenger|anymore)\b)",
        # round 87 (batch 140): "blir ingen morgendag fer mæ" (no tomorrow for oneself; not a morning shift or a day at a place: "blir ingen morgendag for meg på jobben")
        r" (?P<hit>(?:blir|blei|vert|finnes|fins|kommer|kjem|er|e)\s+(?:det\s+)?(?:ingen|ikke\s+noen|ikje\s+nokon|inga)\s+(?:morgendag|morgondag|morgendagen|tomorow)\s+(?:for|fer|fo|te|til)\s+(?:meg|mae|me))\b(?!\s+(?:pa|i|hos|at|on|som|her|der)\b)",
        rf" (?:vil|vile|orker|orke)\s+{NOT}\s+(?:a\s+)?{BE}\s+her\s*$",  # "..., vil ikke være her" ending a message
        # round 82 (batch 129): "vilke være her lengre" (dyslexic or spoken "vil ikke" run together, "vilkje", "orkeke"; only "here any more", not more than or at a place)
        rf" (?P<hit>(?:vilke|vilkje|vilike|vilikje|orkeke|orkeikje)\s+(?:a\s+)?{BE}\s+her\s+(?:mer|meir|lenger|lengre|lengar))\b(?!\s+(?:enn|en|pa|i|hos|med|for)\b)",
        # round 21: "har ikke tenkt å være her til jul", unless the message is about a trip or a move
        rf"^(?!.*\s(?:reis\w*|flytt\w*|ferie\w*|hjem\w*|heim\w*|landet|utlandet|norge|byen|besok\w*|hos\s+(?:mamma|pappa|mor|far|familien|\w+\s+min|\w+\s+mi))\b).*\s{NOT}\s+(?:tenkt|planlagt)\s+(?:a\s+)?{BE}\s+her\s+(?:til|te|pa|lenger|lengre|mer|meir|neste)\b",
        rf" (?:vil|vile|orker|orke)\s+(?:jeg\s+|eg\s+)?(?:heller\s+)?{NOT}\s+(?:a\s+)?{BE}\s+her\s+i\s+det\s+(?:hele|heile)\s+(?:tat|teke)\b",  # round 17
        # round 24: "ikke har lyst", and not "her lenger på dette kurset"
        rf" {NOT}\s+(?:har\s+)?lyst\s+(?:til\s+)?(?:a\s+)?{BE}\s+(?:her|til)\s+(?:mer|meir|lenger|lengre)\b(?!\s+(?:pa|i|hos|med|enn|fordi)\b)",
        rf" {NOT}\s+lyst\s+(?:til\s+)?(?:a\s+)?{BE}\s+med\s+(?:lenger|lengre|mer|meir)\b(?!\s+(?:pa|i|pa\s+\w+)\b)",
        rf" (?:kjem|kommer|kome|komer|skal)\s+{NOT}\s+(?:til\s+|te\s+|t\s+)?(?:a\s+)?{BE}\s+her\s+(?:sa\s+|so\s+)?(?:lenge|lenger|mye\s+lenger|myke\s+lenger|i\s+morgen|i\s+morgon|nar\s+(?:dere|de|du|dokker|dykk)\s+(?:ringer|ring|kommer|kjem))",
        rf" (?:blir|vert)\s+{NOT}\s+(?:verande|vaerende|varende)\s+her",
        rf" (?:vil|vile|orker|orke|orka|orkar|lyst|onsker)\s+(?:til\s+)?{NOT}\s+(?:lyst\s+)?(?:til\s+)?(?:a\s+)?{BE}\s+til\b(?!\s+(?:bry|stede|hjelp|nyte|stades|plage|stor|for))",
        rf" (?:vil|vile|onsker)\s+{NOT}\s+(?:a\s+)?(?:finnes|finast|fines|eksistere|exist)\b",
        # round 85 (batch 135): Swedish "jag ska bara inte finnas mer" (will just not exist any more; "skal", "vil" or "kommer til å", with "any more" after it: not a thing
        # or a version that will not exist, only "I")
        rf" (?P<hit>(?:jeg|je|eg|ae|e|jag|i)\s+(?:skal|ska|vil|vill|kommer\s+til\s+a|kommer\s+att)\s+(?:bare\s+|bara\s+|berre\s+|just\s+)?{NOT}\s+(?:finnes|finnas|fins|finast|eksistere|existera)\s+"
        r"(?:mer|mera|meir|lenger|lengre|langre|laengre))\b(?!\s+(?:pa|i|on|in|som|as)\b)",
        # round 85 (batch 134): the Kven woman's "e ikkje meininga at æ ska være her lenger" (not meant to be here, or to live, any longer; the guards of "orker ikke være
        # her etter i morgen": not a trip, a move, work, a course, home or a visit; not longer than or at a place)
        _NOT_AWAY_FROM_HERE
        + rf".*?\s(?P<hit>(?:er|e|var|va)\s+(?:det\s+|d\s+)?{NOT}\s+(?:meningen|meninga|meiningen|meininga)\s+at\s+(?:jeg|je|eg|ae|e)\s+(?:skal|ska|sku|skulle)\s+(?:{BE}\s+her|leve|leva)\s+"
        r"(?:mer|meir|mere|lenger|lengre|lengar))\b(?!\s+(?:enn|en|pa|i|hos|med|for)\b)",
        rf" {NOT}\s+(?:vil|vile|onsker|onskar)\s+(?:a\s+)?{BE}\s+til\s+{MORE}\b",  # "at eg ikkje vil vere til lenger" (round 10)
        r" (?:bort\s+fra\s+alt|forsvine|forsvinne|disappear)\s+for\s+(?:godt|alltid|altid|ever|good)",
        r" (?:dont|do\s+not|dosnt|dont\s+rely|dont\s+realy)\s+(?:(?:just|realy|even)\s+)?(?:want\s+to|wana)\s+be\s+here\b(?!\s+(?:at|in|on|for)\s+(?:the|this)\s+(?:course|meting|ofice))",
        r" (?:not|never)\s+want\s+to\s+be\s+here",
        r" (?:vet|veit)\s+(?:ikke|ikkje|itj)\s+om\s+(?:jeg|eg|ae|e)\s+(?:er|e|blir)\s+her\s+(?:neste|i\s+morgen|om\s+en|om\s+ei|til)\b"
        r"(?!(?:\s+\w+){0,2}\s+(?:skal|fordi|pga|kanskje|drar|reiser|er\s+pa|er\s+i|kan\s+vi))",
        r" (?:om\s+(?:noen|nokre|et\s+par|eit\s+par|to|tre)\s+(?:dager|dagar|uker|veker)|snart|i\s+morgen)\s+(?:er|e)\s+(?:jeg|eg|ae|e)\s+(?:ikke|ikkje|itj)\s+her\s+(?:mer|meir|lenger|lengre)\b(?!(?:\s+\w+){0,2}\s+(?:flyter|flytter|reiser|drar|skal|fordi))",
        # round 67 (batch 98): Nynorsk and dialect "i morgon / i morra er eg ikkje her lenger" with thanks said after it, a farewell (the
        # bare form is a training line the model knows; a sign on it would change the model's features)
        r" (?:i\s+morgon|i\s+mora)\s+(?:er|e)\s+(?:jeg|eg|ae|e)\s+(?:ikke|ikkje|itj)\s+her\s+(?:mer|meir|lenger|lengre)\b(?!(?:\s+\w+){0,2}\s+(?:flyter|flytter|flytar|reiser|drar|skal|ska|fordi))"
        r"(?=.*\s(?:takke|takka|takk|thank\w*)\b)",
        # round 80 (batch 125): "i morgen jeg er ikke her" in the word order of broken Norwegian, as the last words (not a trip, work, a course or at
        # someone's place in the message), and only after a goodbye or no strength left (found on review: alone it is an absence, "i morgen jeg er ikke her")
        _NOT_PACKING_FOR_A_TRIP + rf"(?!.*\s(?:{_AWAY_FOR_A_MOVE_WORK_OR_A_COURSE}|lege\w*|sykehus\w*|sjukehus\w*)\b)"
        # round 82 (batch 128): Latvian "ardievu" (goodbye), which may also stand after it ("... i morgen jeg er ikke her. ardievu"; the same guards)
        r"(?=.*\s(?:xatire|farvel|farvell|adjo|goodbye|westiyame|ardievu|ardievas)\b|.*\s(?:ikke|ikkje|itj|ingen)\s+(?:\w+\s+)?(?:krefter|kraft)\b)"
        rf".*?\s(?P<hit>(?:i\s+morgen|imorgen|i\s+morgon|i\s+mora)\s+(?:jeg|je|eg|ae|e)\s+(?:er|e)\s+{NOT}\s+her)(?:\s+(?:xatire|farvel|farvell|adjo|goodbye|westiyame|ardievu|ardievas))?\s*$",
        r" (?:na|no)\s+(?:gar|drar|forsvinner)\s+(?:jeg|eg|ae|e)\s+(?:ogsa|og|au|og\s+sa)\b(?!\s+(?:hjem|heim|ut|til|pa|for|pa\s+jobb|og\s+handler))",
        # round 51 (batch 67): "bil borte. jobb borte. snart jeg borte også" (not a trip, a move, a course or a hospital stay)
        r"^(?!.*\s(?:reis\w*|tur|turen|trip|ferie\w*|holiday|flytt\w*|moving|kurs\w*|sykehus\w*|sjukehus\w*|innlagt|innlegg\w*|hospital)\b)"
        r".*\sborte\b.*\s(?:snart|na|no|nu)\s+(?:er\s+|e\s+)?(?:jeg|je|eg|ae|e)\s+(?:er\s+|e\s+)?borte\s+(?:ogsa|au|og\s+sa|too)\b",
        rf" (?:kjem|kommer|kome|komer|skal)\s+{NOT}\s+(?:til\s+)?(?:a\s+)?{BE}\s+her\s+til\s+(?:jul|jol|pask|paske|sommeren|nyttar|bursdagen)\b(?!\s*(?:\w+\s+){{0,2}}(?:skal|drar|reiser|ferie|fordi))",
        r" (?:wont|wil\s+not)\s+be\s+(?:here|around)\s+(?:much\s+longer|for\s+long|tomorow|anymore|any\s+more)",
        r" (?:wont|wil\s+not)\s+be\s+(?:here|around)\s+(?:next\s+\w+|on\s+\w+day)\b(?!.*\b(?:holiday|vacation|travel\w*|trip|on\s+leave|of\s+to|visit\w*|se\s+my|seing|birthday|\d+th|wedding|funeral|hospital|course|can\s+we|the\s+meting|moving)\b)",  # round 30: "off to see my mam ... can we do the meeting"
        r" (?:vil|vile|onsker)\s+(?:bare\s+|berre\s+)?(?:bli|verte)\s+borte\b(?!\s+(?:fra|i|en|ei|noen|nokre|pa)\b)",
        r" (?:ikke|ikkje|itj)\s+(?:se|sja)\s+(?:meg|mae)\s+(?:mer|meir|igjen)\s*$",
        r" (?:ser|sjar|sjer)\s+(?:ikke|ikkje|itj)\s+(?:meg|mae)\s+(?:mer|meir|igjen)\s*$",
        r" (?:want|wana)\s+to\s+disappear\s+forever",
        r" (?:dont|do\s+not|dosnt)\s+(?:even\s+|realy\s+)?(?:want\s+to|wana)\s+exist\b",
        r" forsvinne\s+og\s+aldri\s+(?:komme|kome|kjem)\s+(?:tilbake|att|igjen)\b",
        r" (?:want|wana|wish)\s+(?:for\s+)?(?:everything|it\s+al|al\s+of\s+it|life)\s+to\s+(?:stop|end)\s+(?:forever|for\s+god|for\s+ever)",
        r" (?:vil|vile)\s+(?:bare\s+|berre\s+)?forsvine\s+(?:for\s+godt|for\s+alltid|for\s+altid|fra\s+alt)",
        # round 21: "..., vil bare forsvinne" ending a message; "ska forsvinn fra heile greia, d e bedre sånn"
        r" (?:vil|vile|ska|skal)\s+(?:bare|berre|helst)\s+(?:forsvinne|forsvinn)\s*$",
        r" (?:forsvinne|forsvinn|forsvinner)\b.*\s(?:bedre|betre|best)\s+(?:sann|slik|sik|for\s+alle|for\s+ale)\s*$",
        # round 36: "har itj tenkt å vær her så mykje lenger", "je blir ikke værende så mye lenger uansett"
        rf" {NOT}\s+(?:tenkt|planlagt)\s+(?:a\s+)?{BE}\s+her\s+(?:sa\s+)?(?:mykje|mye|mange\s+dagar|mange\s+dager)\s+(?:lenger|lengre|lengar)\b",
        rf" (?:blir|vert|blijr)\s+{NOT}\s+(?:vaerende|verande|vaerande|varende)\s+(?:sa\s+)?(?:mye|mykje|lenge)?\s*(?:lenger|lengre|lengar)?\s*(?:uansett|anyway)\b",
        # round 37: "vil bare forsvinne. ikke flytte, forsvinne på ordentlig", "gidde ikkje vakna fleire dagar", not waking up "lettere for alle"
        r" forsvinne\s+(?:pa\s+ordentlig|pa\s+ordentleg|for\s+ordentlig)\b",
        rf" (?:gidder|gidde|gider|orker|orkar|orke|vil|vile)\s+{NOT}\s+(?:a\s+)?(?:vakne|vakna|vakn)\s+(?:flere|fleire|fler|mange\s+fler)\s+(?:dager|dagar|morgener|morgonar|gonger|ganger)\b",
        rf" (?:viss|hvis|om|if)\s+(?:jeg|eg|ae|e|i)\s+(?:bare\s+|berre\s+|just\s+)?{NOT}\s+(?:vakner|vakne|vakna|woke|wake)\b.*\s(?:lettere|lettare|bedre|betre|easier|beter)\s+(?:for|to)\s+(?:alle|ale|everyone|everybody)\b",
        r" (?:and|to|just)\s+not\s+be\s+here\s+(?:anymore|any\s+more|any\s+longer)\b",  # round 39
        # round 42 (batch 51): "tenkt mykje på å ikkje vere her lenger"
        rf" (?:tenkt|tenker|tenkjer|tenkte)\s+(?:mye\s+|mykje\s+|ofte\s+)?pa\s+a\s+{NOT}\s+(?:vaere|vere|vera)\s+her\s+(?:lenger|lengre|meir|mer)\b",
        # round 43 (batches 52-53): "æ kjem itj te å vær her", said with no time, place or reason after it
        rf" (?:kommer|kjem|kome)\s+{NOT}\s+(?:te|til|t)\s+a\s+(?:vaere|vere|vaer|ver)\s+her\b(?=\s*$|\s+(?:ho|hu|han|hun|du|dere|dokker|dykk|kan|si|sei|bare|berre|takk|ha\s+det|sorry|unnskyld|lenger|lengre|meir|mer)\b)",
        # round 49 (batch 63): "vil berre sovne og bli borte" (not "bli borte fra kurset"), "I just want to sleep and disappear"
        r" (?:vil|vill|vile|onsker|onskar|lyst\s+(?:til\s+)?a)\s+(?:bare\s+|berre\s+|bara\s+)?(?:a\s+|att\s+)?(?:sovne|sovna|sove|sova|somna)\s+(?:inn\s+|in\s+)?(?:og|och)\s+(?:(?:bli|verte)\s+(?:borte|vekk|vekke)|forsvinne|forsvinn|forsvinna)\b(?!\s+(?:fra|i|en|ei|ein|noen|nokre|pa|til|te)\b)",
        r" (?:want|wanna|wish)\s+(?:to\s+)?(?:just\s+)?(?:sleep|fall\s+asleep|go\s+to\s+sleep)\s+and\s+(?:disappear|vanish|be\s+gone)\b(?!\s+(?:for\s+(?:a|the|one|two|\d+)|from|til|until)\b)",
        # round 50 (batches 64-65): Danish "jeg er her ikke så meget længere" (not a move, a trip, a contract or a course), "jeg ikke vil
        # være her mer" in the word order of broken Norwegian (not "mer enn", "på kurset"), "kommer itte te å være her te jul"
        # round 95 (batch 174): Trøndersk "bli" for "blir" ("kan nån ta katta mi? æ bli itj her så mye lenger"; the same guards)
        rf"^(?=.*\s(?:meget|mye|mykje)\s)(?!.*\s(?:reis\w*|rejs\w*|flytt\w*|ferie\w*|udland\w*|utland\w*|kontrakt\w*|jobb\w*|job|prosjekt\w*|kurs\w*|praksis\w*|vikariat\w*|studie\w*|semester\w*)\b).*\s(?:jeg|je|eg|ae|e)\s+(?:er|e|blir|bli|vert)\s+(?:her\s+{NOT}|{NOT}\s+her)\s+(?:sa\s+|so\s+)?(?:meget|mye|mykje)\s+(?:laengere|lenger|lengre|lengar)\b(?!\s+(?:i\s+dag|idag|i\s+kveld|pa|enn|en)\b)",
        rf" (?:jeg|jg|je|eg|ae|e|i|meg|mae)\s+{NOT}\s+(?:vil|vile|onsker|orker|orke)\s+(?:a\s+)?{BE}\s+her\s+(?:mer|meir|lenger|lengre)\b(?!\s+(?:enn|en|pa|i|for|til)\b)",
        rf" (?:kjem|kommer|kome|komer|skal)\s+{NOT}\s+(?:te|t)\s+(?:a\s+)?{BE}\s+her\s+(?:til|te|t)\s+(?:jul|jol|pask|paske|sommeren|sommern|nyttar|bursdagen)\b(?!\s*(?:\w+\s+){{0,2}}(?:skal|drar|reiser|ferie|fordi))",
        # round 54 (batch 72): Swedish "vill inte vara här längre" (not "... än", nor at a place)
        rf" (?:vil|vile|orkar|orker|onskar|onsker)\s+{NOT}\s+(?:att\s+|a\s+)?(?:vara|va)\s+(?:haer|har|her)\s+(?:laengre|langre|lenger|lengre|mer|mera|meir)\b(?!\s+(?:aen|an|enn|en|pa|i)\b)",
        # round 55 (batches 74-75): Caribbean "i wun be here come monday" (not a trip, a visit, a move, work or hospital), "ik kommer t å
        # vær her t jul" with the "not" first (the round 50 exclusions, and not a trip or a move in the message), "i feel i should not be
        # here anymore" (not "... at this course", nor a job, a school or a country)
        r"^(?!.*\s(?:holiday|vacation|travel\w*|trip|leave|visit\w*|birthday|wedding|funeral|hospital|course|moving|move|flight|abroad|away|home|work\w*|shift|new\s+job|interview\w*|exam\w*|meeting|appointment|can\s+we|see\s+my|seeing)\b)"
        r".*\s(?:i|me|mi)\s+(?:wun|won|wont|will\s+not|aint\s+gon\w*|not\s+gon\w*|am\s+not\s+gon\w*|im\s+not\s+gon\w*)\s+(?:to\s+)?be\s+(?:here|around|hea|yah)\s+(?:come|by)\s+"
        r"(?:\w+day|next\s+week|the\s+weekend|weekend|month|christmas|easter)\b",
        rf"^(?!.*\s(?:reis\w*|flytt\w*|ferie\w*|hjem\w*|heim\w*|utland\w*|tur|turen|besok\w*)\b).*\s{NOT}\s+(?:kommer|kjem|komer|kome)\s+(?:til|te|t)\s+(?:a\s+)?{BE}\s+her\s+(?:til|te|t)\s+"
        r"(?:jul|jol|pask|paske|sommeren|sommern|nyttar|bursdagen)\b(?!\s*(?:\w+\s+){0,2}(?:skal|drar|reiser|ferie|fordi))",
        r"^(?!.*\s(?:course|courses|kurs\w*|class|program\w*|job|jobs|work|company|office|kontor\w*|shop|store|hospital|school|country|norway|norge|team|tiltak\w*|party|shift)\b).*\s(?:i|me)\s+"
        r"(?:feel\s+(?:like\s+|that\s+)?(?:i\s+)?)?(?:should\s+not|shouldnt|should\s+no|shud\s+not|shudnt)\s+be\s+(?:here|alive|around)\s+(?:anymore|any\s+more|any\s+longer|no\s+more)\b"
        r"(?!\s+(?:at|in|on|with|for|than)\b)",
        # round 56 (batches 76-77): French "je (ne) veux plus être là" (ê and à drop out in normalising: "tre l")
        r" (?:je\s+)?(?:ne\s+)?veux\s+plus\s+(?:vivre|(?:etre|tre)\s+(?:la|l|ici|en\s+vie|vivant\w*))\b",
        # round 61 (batches 86-87): "vil jeg ikke være her lenger" in the inverted word order (not a trip, a move, work or a course), Pidgin
        # "i no go dey again" (not at a place or a task), "je kommer itte te å være her da" as the last words with no trip, stay or reason
        rf"^(?!.*\s(?:reis\w*|flytt\w*|ferie\w*|utland\w*|jobb\w*|kurs\w*|hytt\w*|tur|turen)\b).*\s(?:vil|vile)\s+(?:jeg|je|eg|ae|e)\s+{NOT}\s+(?:a\s+)?{BE}\s+her\s+(?:lenger|lengre|lengar|mer|meir)\b(?!\s+(?:enn|en|pa|i|for|til|hos|med)\b)",
        r"^(?!.*\s(?:work|job|ofice|shop|school|church|travel\w*|moving|move|holiday|vacation)\b).*\s(?:i|me|mi)\s+no\s+go\s+(?:dey|de)\s+(?:again|anymore|any\s+more)\b(?!\s+(?:for|at|to|there|dia|inside|come|work|that|this)\b)",
        rf"^(?!.*\s(?:reis\w*|flytt\w*|ferie\w*|tur|turen|hytt\w*|utland\w*|bortreist|sykehus\w*|sjukehus\w*|innlagt|jobb\w*|kurs\w*|besok\w*|hjem\w*|heim\w*|fly|flyet|brylup\w*|begravelse\w*|bursdag\w*)\b)"
        # round 94 (batch 171): or with thanks, a goodbye or a sorry as the words after it ("eg kjem ikkje til å vere her då. takk for at du prøvde"; the same guards)
        rf".*\s(?P<hit>(?:kommer|kjem|kome|komer)\s+{NOT}\s+(?:te|til|t)\s+a\s+{BE}\s+her\s+(?:da|then))(?=\s*$|\s+(?:takk|tak|thanks|thank\s+you|ha\s+det|hadet|farvel|sorry|unnskyld|orsak)\b)",
        # round 94 (batches 168 and 171): "sola kjem tilbake til rjukan i mars, men eg skal ikkje vere her då", "æ kommer ikke te å vær her når snøen går" (the sun's return,
        # the spring coming or the snow melting, and one will not be here then; not a trip, a move, a visit, work or a course, the shared guards, nor a season's job, home or abroad:
        # "sola kjem tilbake i mars, men eg skal ikkje vere her då, eg er i syden")
        r"^(?=.*\s(?:(?:sola|solen|varsola|lyset|the\s+sun)\s+(?:\w+\s+)?(?:kjem|kommer|komer|er|e|is|comes|returns)\s+(?:\w+\s+)?(?:tilbake|att|back)"  # the rare words first
        r"|(?:snoen|the\s+snow)\s+(?:gar|smelter|smeltar|forsvinn\w*|melts)|(?:varen|spring)\s+(?:kjem|kommer|komer|comes)|(?:nar|when)\s+(?:the\s+)?(?:sola|solen|snoen|varen|sun|snow|spring))\b)"
        + _NOT_AWAY_FROM_HERE + _NOT_AWAY_FOR_A_WHILE + _unless_any(r"home|syden|utlandet|abroad|sesong\w*|season\w*|permisjon\w*")
        + rf".*\s(?P<hit>(?:jeg|je|eg|ae|e|i)\s+(?:(?:skal|ska|kommer|kjem|komer)\s+{NOT}\s+(?:(?:til|te|t)\s+a\s+)?{BE}|(?:wont|will\s+not|wil\s+not)\s+be)\s+(?:her|here)\s+(?:da|then|nar|when))\b",
        # round 64 (batch 93): "etter i kveld jeg ikke være her mer" (not a trip, a move, work, a course or school)
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:flytt\w*|moving|jobb\w*|kurs\w*|skole\w*|skule\w*)\b)"
        rf".*?\s(?P<hit>(?:etter|after)\s+(?:i\s+kveld|i\s+natt|tonight)\s+(?:er\s+|e\s+)?(?:jeg|je|eg|ae|e|i)\s+(?:er\s+|e\s+|am\s+)?{NOT}\s+(?:{BE}\s+|be\s+)?(?:her|here)\s+(?:mer|meir|lenger|lengre|anymore|any\s+more))\b",
        # round 72 (batch 109): "orker ikke være her etter i morgen" (a day named; not a trip, a move, work, a course, school or an office)
        _NOT_AWAY_FROM_HERE +  # round 82: nor a visit
        # round 80 (batches 124-125): "jeg skal ikke være her etter fredag", "je skal ike være her mere etter helga" ("skal" too; the same guards, and not home or
        # at someone's place)
        # round 82 (batch 128): "æ ska itte værra her etter helga" (Northern "værra", after a pet given away for good; the same guards)
        rf".*?\s(?P<hit>(?:{ORKE}|skal|ska)\s+{NOT}\s+(?:a\s+)?{BE}\s+her\s+(?:mer\s+|meir\s+|mere\s+|lenger\s+)?(?:etter|ette|after)\s+(?:i\s+morgen|i\s+morra|i\s+mora|imorgen|i\s+kveld|i\s+natt|\w+dag|helga|helgen|tomorrow|tonight))\b",
        # round 84 (batch 132): "Det er ingen grunn til å sette opp ny time. Jeg har bestemt meg, etter fredag skal jeg ikke være her lenger." (the day first, the
        # subject after "skal", with a decision told; the same guards, and not training, studies, a flat, a hotel or a reception centre)
        _NOT_PACKING_FOR_A_TRIP + rf"(?!.*\s(?:{_AWAY_FOR_A_MOVE_WORK_OR_A_COURSE}|byen|plassen|hjem\w*|heim\w*|besok\w*|visit\w*|trening\w*|studi\w*|studer\w*|leilighet\w*|hybel\w*|hotel\w*|mottak\w*)\b)"
        r"(?=.*\s(?:bestemt|bestemte)\s+(?:meg|mae)\b)"
        rf".*?\s(?P<hit>(?:etter|ette|after)\s+(?:i\s+morgen|imorgen|i\s+kveld|i\s+natt|\w+dag|helga|helgen)\s+(?:skal|ska)\s+(?:jeg|je|eg|ae|e)\s+{NOT}\s+(?:a\s+)?{BE}\s+her\s+(?:lenger|lengre|mer|meir|mere))\b",
    ),
    _sign(
        "tanker om selvmord",
        # ta livet mitt / av meg; not "dere/systemet tar livet av meg" (a complaint) nor "livet av all motivasjon";
        # "tar livet av meg" only with the user as its subject (round 21: not "denne ventetida tar livet av meg")
        r"(?<!dere)(?<!nav)(?<! du)(?<! det)(?<!dete)(?<!systemet)(?<!kurset)(?<!jobben)(?<!skjemaene)(?<!resten)"
        r"(?<! det kjem til a)(?<! det komer til a)(?<! dette komer til a)(?<! dette kjem til a) ta\s+(?:livet|live)\b(?!\s+med\s+ro)(?!\s+av\s+(?:al|alt)\s)(?!\s+av\s+(?:meg|mae)\s+(?:selv\s+|sjol\s+|sjael\s+)?med\s+(?:den|det|de|denne|dette|dei|alle)\b)",  # round 43; "med den søknaden" round 45: not "det kjem til å ta livet av meg" (an idiom)
        # round 87 (batch 140): not "tar livet av meg denne telefonkøen" (the queue or a NAV thing named right after "av meg": the idiom)
        rf"(?:^|\s(?:jeg|jg|eg|e|ae|i|og|sa|da|bare|berre|snart|nok|vil|skal))\s+tar\s+(?:livet|live)\b(?!\s+med\s+ro)(?!\s+av\s+(?:al|alt)\s)"
        rf"(?!\s+{_OF_ME_THIS_QUEUE_OR_NAV_THING})",
        r" tar\s+livet\s+mit\b",
        r" ta\s+mit\s+(?:eget|eige|eigne)\s+liv| tar?\s+mit\s+liv| ta\s+livet\s+mit",
        r"(?:^|\s(?:jeg|eg|e|ae|og|sa|da|bare|berre|snart|nok))\s+tek\s+livet\b",  # round 25: not "dei tek livet av meg" (the cashier jobs)
        r" (?:tar|tek)\s+(?:jeg|eg|ae|e)\s+livet\s+(?:mit|av\s+meg|mitt)\b",
        r" (?:googlet|googla|sokt|lest|sjekket)\s+(?:pa\s+|etter\s+|om\s+)?(?:mater|hvordan|korleis)\s+(?:a\s+|man\s+kan\s+|en\s+kan\s+)?(?:do|doy|ta\s+livet)\b",
        r" (?:vil|onsker)\s+(?:bare\s+|berre\s+)?at\s+(?:det|alt)\s+(?:skal\s+|ska\s+|sku\s+)?(?:ta|tar)\s+slutt\b",
        r" (?:selvmord|sjolvmord|sjolmord|selmord|selvmor|suicid|suicide|suicidal|selvmords\w*|sjolmords\w*)",
        r" (?:gjore|gjor|gjer|gjere)\s+slut\s+pa\s+(?:alt|livet|det\s+hele|meg\s+sjol|meg\s+selv|det\s+heile)",
        # round 85 (noticed and left in round 84): not a stage of life ended ("hun skal ende livet som singel haha, forlovet!", "avslutte livet som student")
        rf" (?:avslute|ende|enda|slute|slut)\s+livet{_NOT_A_STAGE_OF_LIFE}",
        r" (?:avslutte|avslutter|avsluttar|ende|enda)\s+(?:det\s+hele|det\s+heile|alt)\b",
        # round 94 (batch 170): Polish "i kveld jeg vil slutte alt" (to "stop everything", in the word order of broken Norwegian: "alt" as the last words or before "now" or
        # "tonight", with tonight, now, pills or drink named; not "slutte med alt" or anything after "alt": "vil slutte alt arbeid tidlig i kveld"; nor a habit or a new start:
        # "har slutta å røyke, nå vil jeg slutte alt")
        rf"^(?=.*\s(?:{TONIGHT}|na|no|nu|now|{PILLS}|vodka|sprit|alkohol\w*|flaske\w*)\b)"
        + _unless_any(r"royk\w*|snus\w*|sukker|godteri|kaffe|sosiale|begyn\w*|byrj\w*|pa\s+nytt|ny\s+start|new\s+start|fresh\s+start")
        + r".*\s(?P<hit>(?:vil|vile|skal|ska|wil|want\s+to|onsker)\s+(?:(?:jeg|je|eg|ae|i)\s+)?(?:a\s+)?(?:slutte|slute|sluta)\s+(?:alt|alting))(?=\s*$|\s+(?:na|no|nu|now|i\s+kveld|i\s+natt|tonight)\s*$)",
        r" (?:alt|livet|det\s+hele|det\s+heile)\s+(?:skal\s+|ma\s+|kan\s+|vil\s+|bare\s+)?(?:ta|tar)\s+slutt\b",
        rf" (?:drepe|drep|drap|draepe|drape|kil|kiling)\s+(?:{ME}\s+)?(?:{SELF}|myself|meself)\b(?!\s+(?:working|at\s+work|laughing|with\s+work|trying|over|pa\s+jobb\w*|med\s+jobb\w*)\b)",  # round 34: not "kill myself working"; round 41: "... trying to get this CV"
        r" (?:kommer\s+til\s+a|kjem\s+til\s+a|redd\s+(?:for\s+at\s+)?(?:jeg|eg)\s+(?:skal\s+|ska\s+|kan\s+)?|kan\s+finne\s+pa\s+a|going\s+to|might)\s*(?:gjore|gjor|gjer|gjere|do)\s+(?:noe|noko|noka|nokka|something)\s+(?:med|mot|to)\s+(?:meg|mae|myself)\b",
        r" (?:hvis|om|nar|viss|if)\s+(?:jeg|eg|ae|e|i)\s+(?:dor|doyr|die)\s+(?:i\s+helga|i\s+kveld|i\s+nat|i\s+morgen|snart|na|no|tonight|soon)\b",
        r" (?:end|ending)\s+(?:my\s+life|it\s+al|my\s+own\s+life|everything)\b",
        r" tel\s+(?:my\s+\w+|them|her|him|everyone)\s+(?:that\s+)?(?:im\s+sory|i\s+(?:(?:am|m|was)\s+sory|loved\s+(?:them|her|him)|love\s+(?:them|her|him)))\b",
        r" (?:want\s+to|wana|going\s+to|gona)\s+end\s+it\b",
        r" tak\w*\s+my\s+own\s+life",
        r" (?:gjore|gjor|gjer|gjere|gjera)\s+(?:noe|noko|noka|nokka)\s+dumt",  # kommer til å gjøre noe dumt
        r" (?:hva|ka|kva|what)\s+(?:jeg|eg|ae|e|i)\s+(?:kan|kunne|might)\s+(?:\w+\s+){0,3}(?:gjore|gjere|do)\s+(?:med|to)\s+(?:meg|mae|myself)",
        # round 21: "er redd for hva jeg finner på i natt", "enklest for alle om jeg ikke våknet"
        r" (?:redd|red|rad|skremt|afraid|scared)\s+(?:for\s+|of\s+)?(?:hva|ka|kva|what)\s+(?:jeg|eg|ae|e|i)\s+(?:finner\s+pa|finn\s+pa|kan\s+finne\s+pa|kan\s+finn\s+pa|kunne\s+finne\s+pa|might\s+do|wil\s+do|gjor|gjer)\b",  # "kan finn på" round 47
        r" (?:enklest|enklare|enklere|lettest|lettere|lettare|best|bedre|betre|easier|beter)\s+(?:for\s+\w+\s+)?(?:om|hvis|viss|if)\s+(?:jeg|eg|ae|e|i)\s+(?:ikke|ikkje|itj|didnt|never)\s+(?:vaknet|vakna|vakner|vakne|woke|wake)\b",
        # round 22: a lease ended "hvis man ikke skal bo noe sted lenger? altså ikke flytte"
        r" (?:ikke|ikkje|itj)\s+skal\s+bo\s+(?:noe|noko|noen|nokon)\s+(?:sted|stad|plas)\s+(?:lenger|mer|meir)\b.*\s(?:ikke|ikkje|itj)\s+(?:flyte|flytte|flytta)\b",
        # round 23 (the thirty-first voices batch)
        r" (?:think|thinking|thought)\s+(?:about\s+)?how\s+to\s+end\s+(?:it|my\s+life|everything)\b",
        r" (?:enklere|enklare|lettere|lettare|bedre|betre)\s+a\s+(?:bare\s+|berre\s+)?(?:forsvinne|forsvinna|forsvinn)\b",
        r" (?:uten|utan)\s+at\s+(?:det\s+er\s+)?(?:\w+\s+){0,2}(?:som\s+)?(?:finner|finn|fant)\s+(?:meg|mae)\b",
        r" (?:tankene|tankane)\s+(?:mine\s+)?(?:er|e)\s+(?:ikke|ikkje|itj)\s+(?:trygge|trygg)\b",
        r" (?:fredelig|deilig|godt)\s+a\s+(?:bare\s+|berre\s+)?(?:bli|forsvinne)\s+(?:der|der\s+nede|i\s+sjoen|i\s+vannet)\b",
        r" (?:might|could)\s+(?:actualy\s+|realy\s+)?do\s+something\s*(?:$|stupid|tonight|to\s+myself)",
        r" (?:forsvine|forsvin|forsvinner)\s+for\s+(?:godt|alltid|altid)\b",
        r" (?:vei|veg)\s+ut\s+(?:enn|en|than)\s+(?:a\s+)?(?:gjore|gjere|gjer)\s+slut",
        r" (?:best|bedre|betre|enklest|lettest)\s+(?:a\s+)?(?:ikke|ikkje|itj)\s+(?:vakne|vakna)\b",
        r" (?:letelse|lete)\s+(?:for\s+\w+\s+)?(?:om|hvis|viss|at|if)\s+(?:jeg|eg|ae|e|i)\s+(?:ike|ikje|itj|aldri)\s+(?:vaknet|vakna|vakner|vakne|fantes|var\s+her)\b",  # round 25
        # round 36: "i keep thinking about ending it", "what is the point of living like this"
        r" (?:thinking|think|thought|thinks)\s+(?:about|of)\s+ending\s+(?:it|it\s+al|my\s+life|everything|things)\b",
        r" (?:what\s+is|whats)\s+the\s+point\s+(?:of|in)\s+living\b",
        # round 37: "ka e vitsen med å leva", "har googla hvordan man dør"
        rf" (?:ka|kva|hva|va|what)\s+(?:e|er|is)\s+(?:vitsen|poenget)\s+(?:med|i)\s+a\s+{LIVE}\b",
        r" (?:googla|googlet|googled|sokt\s+pa|searched|looked\s+up)\s+(?:pa\s+)?(?:hvordan|korleis|kordan|how)\s+(?:man|en|ein|one|you|to)?\s*(?:dor|doyr|die|do)\b",
        # round 43 (batch 53): "han va bare ferdig. æ skjønne han godt nu" (someone who took his life)
        r" (?:var|va|was)\s+(?:bare\s+|berre\s+|just\s+)?ferdig\b(?!\s+med\b).*\s(?:skjonner|skjone|skjonar|forstar|forsta|understand)\s+(?:han|henne|ho|hu|ham|him|her)\s+(?:godt|so\s+godt|veldig\s+godt|wel)\b",
        # round 45 (batch 54): the life insurance "også hvis det er meg selv som gjør det"
        r" (?:hvis|viss|om|if|selv\s+om)\s+(?:det\s+)?(?:er|e)\s+(?:meg|mae)\s+(?:selv|sjol|sjolv|sjael)\s+som\s+(?:gjor|gjer|gjorde)\s+det\b",
        # round 48 (batch 60): "på tide å fullføre det som egentlig skulle skjedd der ute"
        r" (?:fullfore|fullforer|fullfor|fullforte|gjore\s+ferdig|gjere\s+ferdig|gjor\s+ferdig|gjer\s+ferdig|avslutte|avslutter|finish|finishing|complete)\s+(?:jeg\s+|eg\s+|ae\s+|e\s+|i\s+)?(?:det|what|that|dette|dete)\s+(?:som\s+)?(?:egentlig\s+|eigentleg\s+|really\s+|actually\s+)?(?:skulle|sku|burde|should|was\s+meant\s+to)\s+(?:ha\s+|have\s+)?(?:skjedd|skjedde|skje|hendt|happened|happen)\b",
        # round 50 (batch 65): "e tenkjer at d hadde vore enklast for alle om e berre" (the message trails off)
        r" (?:enklest|enklast|lettest|lettast|best|bedre|betre|greiest|easiest|easier|better)\s+for\s+(?:alle|ale|everyone|everybody|familien|dei|dem|de)\s+(?:om|hvis|viss|dersom|if)\s+(?:jeg|je|eg|ae|e|i)\s+(?:bare|berre|baere|bere|just)\s*$",
        # round 71 (batch 107): "it'll be easier for everyone when i'm not around anymore" (not gone for a time: "anymore" is needed)
        r" (?:be|wil\s+be|itl\s+be|it\s+l\s+be|its|it\s+s|is)\s+(?:so\s+much\s+|much\s+|a\s+lot\s+)?(?:easier|better|beter)\s+for\s+(?:everyone|everybody|al|my\s+family|them)\s+(?:when|once|if)\s+(?:im|i\s+am|i\s+m)\s+(?:not\s+around|not\s+here|gone)\s+(?:anymore|any\s+more|no\s+more)\b",
        # round 60 (batch 84): thinking of going "same vegen som han" after a death told in the message (not a route: "... som han gikk")
        r"^(?=.*\s(?:drukn\w*|omkom\w*|dod|dode|doyde|dodde|died|dead|drowned|gikk\s+bort|gjekk\s+bort|passed\s+away|tok\s+livet\s+av\s+seg|selvmord|sjolvmord)\b)"
        r".*\s(?:tenker|tenkjer|tenkte|tenke|tenkje|tenkt|thinking|think|vil|vile|lyst)\s+(?:\w+\s+){0,2}?(?:pa\s+|about\s+|of\s+)?(?:a\s+|til\s+a\s+)?(?:ga|folge|folgje|go|going|follow|following)\s+"
        r"(?:samme|same|the\s+same)\s+(?:veien|vegen|vei|veg|way)\s+(?:som|as)\s+\w+\b(?!\s+(?:gikk|gjekk|gjorde|went|did|til|te|to|over|gjennom|through|hjem|heim|home)\b)",
        # round 73 (batch 111): what happens to one who goes off a named bridge, a roof or a cliff, asked "for en kompis" (a means asked about for a
        # friend; "spør for en venn, men gjelder seg selv" names the retraction)
        r"^(?=.*\s(?:spor|sporr|asking|ask)\s+(?:for|on\s+behalf\s+of)\s+(?:en|ei|ein|a)\s+(?:venn|venninne|kompis|kamerat|friend|mate)\b)"
        r".*\s(?P<hit>(?:hva|ka|kva|what)\s+(?:skjer|hender|happens)\s+(?:egentlig\s+|eigentleg\s+|really\s+)?(?:med|with|to)\s+(?:en|ein|noen|nokon|folk|someone|a\s+person|people)\s+(?:som|who|that)\s+"
        r"(?:gar|hopper|hoppar|faller|jumps|goes|falls)\s+(?:utfor|ut\s+fra|ned\s+fra|fra|off|from)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:bru|brua|bruen|bro|broa|broen|bridge|taket|roof|stupet|cliff))\b",
    ),
    _sign(
        "plan eller tidspunkt",
        # round 93 (batch 167): "sitt her mæ pillene og ei flaske og lure på om det e i natt" (pills named, and wondering whether it is tonight, as the last words; not a
        # birth, the northern lights, a ferry, a flight, an operation, a call or a shift: "gravid i uke 40, har tatt pillene legen ga, lurer på om det er i natt")
        r"^(?=.*\s(?:lurer|lure|lura|lurar|wondering|wonder)\s)"  # the rare words first: the check is cheaper so
        + rf"(?=.*\s{PILLS})" + _unless_any(r"fodsel\w*|fode|foder|termin\w*|rier|gravid\w*|pregnan\w*|labou?r|nordlys\w*|aurora|ferj\w*|ferry|fly|flyet|flight|operasjon\w*|surgery|ring\w*|call\w*|vakt\w*|shift")
        + r".*\s(?P<hit>(?:lurer|lure|lura|lurar|wondering|wonder)\s+(?:pa\s+)?(?:om|if|whether)\s+(?:det|d|it|its)\s+(?:(?:er|e|blir|vert|is|be|wil\s+be)\s+)?(?:i\s+natt|i\s+nat|i\s+kveld|tonight))\s*$",
        # round 91 (batch 157): "etter fredag e æ ferdig med alt" (a day, and done with everything, as the whole message; round 89 left "med" out of its indirect sign on
        # purpose: here nothing ordinary stands around it; not away for work, a course or a move, nor a task, the shared guards: "etter fredag e æ ferdig med alt på kurset")
        _NOT_AWAY_FROM_HERE + _unless_any(_A_TASK_TO_BE_DONE_WITH)
        + r"^\s(?P<hit>(?:etter|ette|after|fra)\s+(?:\w+dag|helga|helgen|jul|i\s+kveld|i\s+dag|i\s+morgen|i\s+morgon|i\s+mora)\s+(?:er|e|blir|am)\s+(?:jeg|je|eg|e|ae|i)\s+(?:ferdig|done|finished)\s+(?:med|with)\s+(?:alt|alting|everything)"
        r"(?:\s+saman|\s+sammen)?)\s*$",
        # round 90 (batch 154): "har begynt å planlegge korleis æ ska gjøre det, og når" (planning how to do "it" and when; not a job, an application, a course, an exam,
        # a party or a move named: "planlegg korleis eg skal gjere det og når med søknaden")
        _unless_any(r"soknad\w*|jobb\w*|kurs\w*|eksamen\w*|oppgave\w*|flyttinga|flyttelas\w*|bryllup\w*|fest\w*|ferie\w*|tur|turen|cv|prosjekt\w*|bursdag\w*|oppussing\w*|renover\w*")
        + rf".*\s(?P<hit>(?:planlegge|planlegg|planlagt|planlegger|planleggje|planla|planning|planned)\s+(?:korleis|hvordan|koss|kossen|kordan|how)\s+{I}\s+(?:ska|skal|sku|will|am\s+going\s+to|gona)\s+(?:gjore|gjere|gjer|gjera|do)\s+det\s+(?:og|and)\s+(?:nar|kor\s+tid|kva\s+tid|when))\b",
        # round 88 (batch 145): "har funnet ut hvor jeg skal gjøre det" (where, how or when "to do it" found out, with nothing named after or in the message; not a
        # placement, a course, a form or a test: "har funnet ut hvor jeg skal gjøre praksisen", "hvordan jeg skal gjøre det med søknaden")
        _unless_any(r"praksis\w*|arbeidstrening\w*|tiltak\w*|\w*kurs\w*|skole\w*|skjema\w*|\w*soknad\w*|meldekort\w*|mote\w*|cv\w*|prove\w*|eksamen\w*|oppgave\w*|test\w*|lekse\w*|trening\w*|flytt\w*")
        + r".*\s(?P<hit>(?:funnet|funne|funni|found)\s+ut\s+(?:hvor|kor|kvar|hvordan|korleis|kossen|nar|how|where|when)\s+(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|wil|am\s+going\s+to)\s+(?:gjore|gjere|gjor|do)\s+(?:det|d|it))\b"
        r"(?!\s+(?:med|pa|i|for|til|te|hos|with|on|at)\b)",
        # round 88 (batch 145): "i natt jeg gjør slutt. khalas" (a learner's word order: tonight, then "gjør slutt", as the last words or with "khalas"; not ending it with
        # a partner, a job or a project: "i kveld jeg gjør slutt med kjæresten", "i natt jeg gjør slutt på prosjektet")
        _unless_any(r"kjaerest\w*|typen|dama|damen|forhold\w*|kona|kone|mannen|samboer\w*|boyfriend|girlfriend|jobb\w*|prosjekt\w*")
        + rf".*\s(?P<hit>{TONIGHT}\s+(?:jeg|je|eg|ae|e|i)\s+(?:gjor|gjore|gjer|gjere)\s+(?:det\s+)?slutt)(?:\s+(?:khalas|xalas|ferdig|fertig))?\s*$",
        # round 88 (batch 146): "Eg har planlagt det no. Laurdag når ungane er hjå mora. Då er det over for min del." (a plan told, then "it is over for my part" as the last
        # words; not a plan for a job, a course, a move or a season: "har planlagt det no, sesongen er slutt laurdag, då er det over for min del")
        _unless_any(_AWAY_FOR_A_MOVE_WORK_OR_A_COURSE + r"|eksamen\w*|sesong\w*|ferie\w*|fest\w*|bryllup\w*")
        + r"(?=.*\s(?:har|hev)\s+(?:planlagt|planlagd|planla)\s+(?:det|alt)\b)"
        r".*\s(?P<hit>(?:da|sa|so|then)\s+(?:er|e|blir|vert)\s+(?:det|d)\s+(?:over|slutt|ferdig)\s+(?:for\s+min\s+del|for\s+meg|for\s+mae))\s*$",
        # round 88 (batch 146): "jeg har alle pillene fra legen, tar de i kveld" (all the pills, then taking them tonight; not the dose as prescribed or as usual:
        # "har alle pillene fra legen, tar de i kveld etter maten som vanlig")
        _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + _PILLS_TAKEN_AS_USUAL
        + rf".*\s(?P<hit>(?:alle|all|heile|hele)\s+(?:\w+\s+)?{PILLS}(?:\s+\w+){{0,3}}?\s+(?:tar|tek|svelger|svelgjer|take)\s+(?:de|dei|dem|them|alle)\s+{TONIGHT})",
        # round 89 (batch 148): "tek alle tablettane mine no" (taking all one's pills now or tonight, "alle" right before the pills; not the dose as usual, as the doctor
        # said or with food, the round 88 guard, nor a time of day after it or a forgotten dose: "tek tablettane mine no", "tar alle medisinene mine nå om morgenen",
        # "glemte pillene i morges så jeg tar alle pillene i kveld")
        _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + _PILLS_TAKEN_AS_USUAL + _unless_any(r"glemt\w*|glemte|gloymd\w*|gloymde|forgot\w*|morges|dosen|doser")
        + rf".*\s(?P<hit>(?:tar|tek|take|taking|svelger|svelgjer)\s+(?:alle|all|heile|hele)\s+{PILLS}\s+(?:(?:mine|mi|my)\s+)?(?:{TONIGHT}|na|no|nu|now))\b(?!\s+(?:om|pa|i|etter|med|til|te|for|in|with|after)\b)",
        # round 76 (batch 117): "Jeg har bestemt at den 14. er den siste dagen jeg er her" (a date or a day decided as the last day one is here; not here at
        # work, a course, in a town or a country, nor a place named after it)
        r" (?P<hit>(?:har\s+)?bestemt\s+(?:meg\s+for\s+)?at\s+(?:den\s+)?(?:\d+|\w+dag)\s+(?:er|e|blir|skal\s+bli|skal\s+vaere|ska\s+vaere)\s+(?:den\s+)?siste\s+(?:dagen|dag)\s+(?:min\s+)?(?:jeg|je|eg|ae|e)\s+(?:er|e|lever)\s+her)\b(?!\s+(?:pa|i|hos|med|som|at|in|on|for)\b)",
        # round 81 (batch 127): "Har fortsatt jaktrifla hjemme. Planen er lagt og tidspunktet er satt til i natt" (a plan laid and the time set to tonight, with a gun, a
        # rope or pills named; not a meeting, a course, an appointment, work, a move, a trip or the hunt itself)
        rf"^(?=.*\s(?:\w*rifl\w*|\w*hagl\w*|\w*gevaer\w*|vapen\w*|vapnet|pistol\w*|tau|tauet|reip\w*|{PILLS})\b)"
        r"(?!.*\s(?:\w*mote\w*|kurs\w*|tiltak\w*|avtale\w*|timen|intervju\w*|jobb\w*|flyt\w*|ferie\w*|reis\w*|tur|turen|jakta|jakten|jaktlag\w*|jakttur\w*|elgjakt\w*)\b)"
        rf".*\s(?P<hit>(?:planen|plan)\s+(?:er|e|is)\s+(?:lagt|lagd|laga|klar|ready|made|set)\b.*\s(?:tidspunktet|tidspunkt|tida|tiden|datoen|the\s+time|the\s+date)\s+(?:er|e|is)\s+"
        rf"(?:satt|sat|bestemt|valgt|set|fixed|decided)\s+(?:(?:til|te|to|for)\s+)?{TONIGHT})\b",
        # round 62 (batches 88-89): the voices that say one is to do it or go up on the bridge (not a choir, a song or an election)
        r"^(?!.*\s(?:kor|koret|choir|sang\w*|syng\w*|song\w*|valg\w*|vote\w*|election\w*)\b).*\s(?:stemene|stemen|stema|stemer|stemane|voices|the\s+voice)\b(?:\s+\w+){0,6}?\s+(?:" + SAYS + r"|seie|tel|tels|telling)\s+(?:at\s+|me\s+|mae\s+|meg\s+)?(?:(?:jeg|je|eg|ae|e|i)\s+)?"
        + WILL + r"\s+(?:ga\s+op\s+pa\s+\w*(?:brua|broa|bru|bridge|taket)|hope|hopa|jump|gjore\s+det|gjor\s+det|gjere\s+det|do\s+it|ta\s+livet|kil\s+myself)\b",
        # round 69 (batch 102): a day named, then "skal jeg gjøre slutt på det" (not a relationship, smoking, drinking, a debt or a subscription)
        r"^(?!.*\s(?:forhold\w*|kjaerest\w*|dama|typen|relationship|royk\w*|snus\w*|drikk\w*|alkohol\w*|gjeld\w*|abonnement\w*|vane\w*)\b)"
        r".*?\s(?P<hit>(?:etter|after|pa|on)\s+(?:\w+dag|helga|helgen|the\s+weekend|friday|saturday|sunday|monday)\b.*\s(?:skal|ska|vil)\s+(?:jeg|je|eg|ae|e)\s+(?:gjore|gjere|gjor|gjer)\s+slut\s+pa\s+(?:det|d))\b(?!\s+(?:med|with)\b)",
        # round 35: the rifle "bruke den på mæ sjøl", "tenke konkret på hvordan jeg skal gjøre slutt på det", pills "saved in a box"
        r" (?:rifla|rifle\w*|gevaer\w*|hagla|hagle\w*|vapen\w*|vapnet|pistol\w*|gun)\b.*\s(?:bruke|bruka|use)\s+(?:den|det|han|ho|it)\s+(?:pa|on)\s+(?:meg|mae|myself)\b",
        r" (?:tenke|tenker|tenkt|tenkje)\s+(?:\w+\s+)?pa\s+(?:hvordan|korleis|koss)\s+(?:jeg|eg|ae)\s+(?:skal\s+)?(?:gjore|gjere)\s+slut\b",
        rf" {PILLS}\s+(?:\w+\s+){{0,4}}saved\b|\bsaving\s+(?:them|it)\s*$",
        # round 34: "bestemt at den 14. er min siste dag", "kjøre bilen opp i fjellet og ikke komme tilbake", heart medicine stopped on purpose
        r" bestemt\s+at\s+(?:\w+\s+){0,3}(?:er|blir|skal\s+vaere)\s+(?:min|mi)\s+siste\s+dag\b",
        rf" (?:kjore|kjor|kjorer|kjyre|koyre|drive)\s+(?:bilen\s+|the\s+car\s+)?(?:\w+\s+){{0,4}}og\s+(?:{NOT}\s+(?:komme|kome|kjem|come)|(?:komer|kjem|kjom)\s+{NOT}|wont\s+come)\s+(?:tilbake|att|back)\b",
        rf" (?:slutet|sluta|slutta|stopet|stopa|stoped|stopped)\s+(?:a\s+ta\s+|med\s+|taking\s+|my\s+)(?:\w+\s+)?(?:\w*medisin\w*|insulin\w*|{PILLS}|medication|medicine)\s*(?:\w+\s+)?(?:med\s+vilje|on\s+purpose)\b",  # "stopped my ..." round 51
        # round 33: "eg har tenkt ut korleis, ventar berre til ...", "har bestemt mæ. blir etter bursdagen te mor"
        r" (?:tenkt|funet|funne|funet|planlagt)\s+ut\s+(?:korleis|koss|kossen|kordan|asen|hvordan|how)\b(?!\s+(?:jeg|eg|ae|e|vi|me|i|man|en|ein|dette|det|den|du|dere|vi)\b)",  # "åssen" round 53 (batch 71)
        r" bestemt\s+(?:meg|mae)\s+(?:det\s+)?(?:blir|skjer|vert)\s+(?:det\s+)?(?:etter|eter|pa|i\s+kveld|i\s+morgen|i\s+nat)\b",
        rf" sa\s+(?:jeg|eg|ae|e)\s+{NOT}\s+(?:odeleg|odelegger|odelegge|odeleger)\s+(?:den|dagen|bursdagen|jula|festen)\b",
        r" bestemt\s+(?:meg|mae)\s+for\s+a\s+(?:ordne|gjore|gjere|fikse)\s+det\s+i\s+(?:garasjen|skogen|bilen|kjeleren|naustet|laven|lava|uthuset)\b",
        # round 82 (review): not to see the northern lights or fireworks, to fish, bathe or grill, nor to meet friends, with the children or the dog, for work
        # or a boat ("i natt går jeg ned til sjøen for å se nordlyset", "i kveld går jeg ned til brygga og møter gutta")
        r"^(?!.*\s(?:nordlys\w*|fyrverkeri\w*|stjern\w*|fisk\w*|fish\w*|bade\w*|bading|svom\w*|swim\w*|grill\w*|mote\w*|moter|treffe\w*|treff|gutta|jentene|venn\w*|kompis\w*"
        r"|ungene|ungane|barna|kids|hund\w*|bikkja|dog|jobb\w*|vakt\w*|work|bat|baten|boat|ferj\w*|ferry)\b)"
        r".*?\s(?P<hit>(?:i\s+aften|i\s+kveld|i\s+nat|tonight)\s+(?:gar|drar|gaar|kjorer)\s+(?:jeg|eg|ae)\s+(?:en\s+tur\s+)?(?:ud|ut|ned)\s+(?:pa|til|i)\s+(?:kajen|kaia|kaien|brygga|bryggen|havet|sjoen|broen|brua|fjorden))\b",
        r" bestemt\s+(?:meg|mae)\s+for\s+a\s+(?:gi\s+meg|gi\s+opp)(?:\s*$|\s+(?:takk|og|na|no)\b)",  # round 17
        r" bestemt\s+(?:meg|mae)\s+(?:na\s+|no\s+)?(?:det|jeg|eg|e|ae)\s+(?:skjer|blir|gjor|skal)\b(?!\s+(?:(?:ikke|ikje|itj|ite)\s+)?(?:med|hjemme|heime|boende|verande|pa\s+(?:\w+\s+)?(?:\w*kurs\w*|\w*mote\w*|tiltak\w*|jobb\w*|skole\w*|skule\w*|praksis\w*)|(?:ta|soke|begynne|byrje|starte|flytte|jobbe|studere)\b))",  # round 48: not "æ blir ikkje med på d kurset"
        r" bestemt\s+(?:meg|mae)\s+for\s+a\s+(?:do|doy|ta\s+livet|gjore\s+det\b|gjere\s+det\b|gjore\s+slut|avslute)",  # round 24: not "gjøre dette ordentlig"
        r" bestemt\s+(?:meg\s+for\s+)?at\s+(?:dette|det|denne)\s+(?:blir|er|skal\s+bli|vert)\s+(?:den|det)\s+(?:siste|sista)\b",  # round 21
        # rounds 21-22: "har funne ut koss æ ska gjør det", "planning how to end it", "neste gang gjør jeg det skikkelig"
        r" (?:funet|funne|fant|fann)\s+ut\s+(?:hvordan|korleis|kordan|koss|kosen|asen|how)\s+(?:jeg|eg|e|ae|i)\s+(?:skal|ska|vil|kan)\s+(?:gjore|gjor|gjere|gjer|do)\s+det\b(?!\s+(?:med|pa|i|for|til)\b)",
        r" (?:planning|planned|planing)\s+(?:how|when)\s+to\s+(?:end\s+it|end\s+my\s+life|kill\s+myself|do\s+it)\b",
        # round 25: "bestemt meg for at fredag e siste dagen min", "bestemt at jeg ikke skal være her på søndag",
        # "det ville sett ut som ei ulukke", "neppe lenge før de får bruk for det"
        r" bestemt\s+(?:meg\s+)?(?:for\s+)?at\s+(?:\w+\s+){0,2}(?:er|e|blir|vert)\s+(?:den\s+)?(?:siste|sista)\s+(?:dagen|dag|kvelden|natta|natten)\s+(?:min|mi|mit)\b(?!\s+(?:pa|i|hos|som|ved|med)\b)",
        r" bestemt\s+(?:meg\s+for\s+)?at\s+(?:jeg|eg|ae|e)\s+(?:ike|ikje|itj)\s+(?:skal|ska)\s+(?:vaere|vere|vera)\s+her\b(?!\s+(?:i\s+|pa\s+)?(?:jula|julen|ferien|sommer\w*|vinter\w*|paska|hosten)\b)",
        r" (?:se|sett|ser|sja|look|looks|lok|loks)\s+(?:ut\s+)?(?:som|like)\s+(?:en|ei|ein|an)\s+(?:ulyke|ulyka|ulike|ulukke|ulukka|acident)\b",
        r" (?:ike|ikje|itj|neppe)\s+lenge\s+(?:for|til)\s+(?:de|dei|dere|dokker|noen|nokon)\s+(?:far|fa)\s+bruk\s+for\s+(?:det|den|dei|dem)\b",
        r" bestemt\s+(?:meg\s+)?(?:for\s+)?(?:nar|kor\s+tid|when)\s*$",  # round 26
        r" bestemt\s+(?:meg\s+|mae\s+)?(?:for\s+)?a\s+(?:do|doy)\b",  # round 28
        # round 80 (batch 124): "bestemt meg for å gå ut på Stordabrua søndag morgen" (out on a bridge or a roof, a day or a time named; not a walk, a run, pictures or a bike)
        r"^(?!.*\s(?:tur|turen|gatur\w*|jog\w*|lop\w*|lopetur\w*|bilde\w*|foto\w*|photo\w*|sykle\w*|sykkel\w*|trim\w*|maraton\w*)\b)"
        r".*\s(?P<hit>bestemt\s+(?:meg\s+|mae\s+)?(?:for\s+)?a\s+(?:ga|gaa|dra|kjore|hope|hopa)\s+(?:ut\s+pa|ut\s+fra|utpa|opp\s+pa|fra)\s+(?:\w*brua|\w*bruen|\w*broa|\w*broen|taket|stupet)\s+"
        r"(?:\w+dag|i\s+kveld|i\s+natt|i\s+nat|i\s+morgen|imorgen|i\s+morgon))\b",
        r" (?:siste|sista)\s+(?:dag|dagen|kveld|kvelden)\s+(?:min\s+|mi\s+)?i\s+livet\b",  # round 28
        r" (?:siste|sista)\s+(?:dagen|dag)\s+(?:min|mi)\b.*\s(?:her\s+i\s+det\s+hele\s+tat|i\s+det\s+hele\s+tat)\b",  # round 28
        r" (?:ike|ikje|itj|not)\s+(?:kurset|jobben|tiltaket|skolen|the\s+course)\s*(?:men\s+|but\s+)?(?:livet|life)\b",  # round 28
        # round 24: "I think it is time for me to finish. Sorry for my english"
        r" (?:it\s+is|its)\s+time\s+(?:for\s+me\s+)?to\s+(?:finish|end\s+(?:it|this|everything)|stop\s+living)\s*(?:$|sory\b|bye\b|goodbye\b|thank)",
        r" neste\s+gang\s+(?:gjor|gjer)\s+(?:jeg|eg|ae|e)\s+det\s+(?:skikkelig|ordentlig|riktig|ferdig)\b",
        r" (?:gjort|gjordt|laget|lagt)\s+(?:klar|klart|fram|frem)\s+(?:alt|det)\s+(?:jeg|eg)\s+(?:trenger|treng)\s+(?:for|til)\s+(?:i\s+kveld|i\s+nat|i\s+natt|tonight)\b",
        r" (?:funet\s+ut|vet|veit|planlagt|planlegger|planlegg)\s+(?:hvordan|korleis|kordan|asen|how)\s+(?:jeg|eg|e|ae|i)\s+(?:skal\s+|vil\s+|am\s+going\s+to\s+|wil\s+)?(?:gjore|gjere|gjer|do)\s+(?:det|it)\s*(?:$|i\s+kveld|i\s+natt|i\s+helga|tonight)",
        # round 95 (batch 173): "mørketida har vart for lenge ... æ har tenkt ut korsen æ ska gjøre det" (thought out how to do "it", as the last words or before tonight;
        # Trøndersk "korsen", "ska"; not with a task named: a course, school, papers, a move, a job or an application, the round 91 words, nor a CV, an interview, a deadline
        # or a meeting: "søknaden e vanskeleg, men æ har tenkt ut korsen æ ska gjøre det", "CV-en må vere ferdig fredag. har tenkt ut korleis eg skal gjere det")
        r"^(?=.*\s(?:tenkt|thought)\s+ut\s)"  # the rare words first: the check is cheaper so
        + _unless_any(_A_TASK_TO_BE_DONE_WITH + r"|cv\w*|intervju\w*|interview\w*|frist\w*|deadline\w*|\w*mote|\w*motet|timen|aktivitetsplan\w*|meldekort\w*")
        + r".*\s(?P<hit>(?:tenkt|thought)\s+ut\s+(?:hvordan|korleis|kordan|koss|kossen|korsen|kosen|asen|how)\s+(?:jeg|je|eg|e|ae|i)\s+(?:skal|ska|sku|vil|will|am\s+going\s+to)\s+"
        r"(?:gjore|gjere|gjer|gjera|do)\s+(?:det|d|it))(?:\s+(?:i\s+kveld|i\s+natt|tonight))?\s*$",
        r" (?:funet\s+ut|funne\s+ut|vet|veit|planlagt|figured\s+out)\s+(?:hvordan|korleis|kordan|asen|how)\s+(?:jeg|eg|e|ae|i)\s+(?:skal\s+|vil\s+|am\s+going\s+to\s+|wil\s+)?(?:avslute|avslutte|ende|enda|end)\s+(?:det|it|alt|livet|everything)\b",  # round 19
        # round 94 (batch 171): "eg har begynt å planleggje korleis eg skal få slutt på det" (planning how to put an end to it, "det" as the last words; not bullying, noise, debt,
        # a habit, a quarrel or a neighbour named: "mobbinga har vart lenge, og eg planlegg korleis eg skal få slutt på det")
        _unless_any(r"mob\w*|brak\w*|stoy\w*|gjeld\w*|royk\w*|snus\w*|drik\w*|krangel\w*|krangl\w*|nabo\w*|sjefen|problem\w*|trakas\w*|plag\w*|rot\w*|mus|skadedyr\w*")
        + r".*\s(?P<hit>(?:funet\s+ut|funne\s+ut|planlagt|planlegge|planlegje|planlegger|planlegg|planla|figured\s+out|planning)\s+(?:hvordan|korleis|kordan|koss|asen|how)\s+(?:jeg|je|eg|e|ae|i)\s+(?:skal|ska|vil|kan)\s+"
        r"fa\s+(?:slut|ende)\s+pa\s+(?:det|alt|livet))\s*$",
        r" (?:funet|funet\s+ut)\s+(?:et|eit)\s+(?:sted|stad)\s+(?:a\s+)?(?:gjore|gjere)\s+det",
        rf" det\s+(?:skjer|blir)\s+{TONIGHT}\s+(?:har|e|jeg|eg)\s+(?:har\s+)?bestemt",
        rf" bestemt\s+(?:meg|mae)\s+for\s+at\s+det\s+(?:skal\s+skje|skjer|blir)\s+{TONIGHT}",
        r" bestemt\s+(?:meg|mae)\b.*\s(?:i\s+kveld|i\s+nat|i\s+morgen|tonight)\s+(?:gjor|gjer)\s+(?:jeg|eg|e|ae)\s+det\b",
        # round 39: "tenkjer eg på korleis eg skal gjere det. I går var eg nærare enn nokon gong"
        r" (?:tenker|tenkjer|tenkt|tenkte)\s+(?:jeg\s+|eg\s+|ae\s+)?(?:pa\s+)?(?:hvordan|korleis|korles|kossen|hvorden|how)\s+(?:jeg|eg|ae|e|i)\s+(?:skal|ska|kan|should|wil)\s+(?:gjore|gjere|gjer|gjor|do)\s+(?:det|it)\b.*\s(?:naermere|naerare|nermere|closer)\s+(?:enn|than)\s+(?:noen|nokon|nan|ever)\b",
        # round 40: "tonight when Brian is asleep I am going to do it", stopping dialysis for good
        r" (?:tonight|i\s+kveld|i\s+nat)\b.*\s(?:i\s+am|im)\s+(?:going\s+to|gona)\s+do\s+it\b",
        rf" (?:bestemt|bestemd)\s+(?:meg\s+)?(?:for\s+)?(?:a\s+)?{NOT}\s+(?:ga|ta|mote)\s+(?:pa\s+|til\s+)?(?:dialysen|dialyse|insulin\w*|medisin\w*|behandling\w*)\b",
        # round 41 (batches 49-50): "I did not do it. Next time I dont know"
        r" (?:did\s+not|didnt)\s+(?:do|go\s+through\s+with)\s+it\b.*\snext\s+time\s+(?:i\s+)?(?:dont|do\s+not|wont|might|may|maybe)\b",
        r" (?:gjorde|gjore|gjer)\s+(?:det\s+)?(?:ikke|ikje|itj)\b(?:\s+det)?.*\sneste\s+(?:gang|gong)\s+(?:vet|veit)\s+(?:jeg|eg|ae|e)\s+(?:ikke|ikje|itj)\b",
        # round 42 (batch 51): "I have decided to end it this weekend" ("... tonight" is the model's, in its training data)
        r" (?:decided|going|planing|ready)\s+to\s+end\s+it\s+(?:this|next|on|by)\s+\w+",
        # round 43 (batch 53): "va ikkje så vanskelig når æ først hadde bestemt mæ" (the last words)
        r" (?:nar|da|once)\s+(?:jeg|eg|ae|e|i)\s+(?:forst\s+)?(?:hadde|had|har)\s+(?:forst\s+)?(?:bestemt|bestemd)\s+(?:meg|mae|my\s+mind)\s*$",
        # round 45 (batches 54-55): "da rekker jeg det før noen kommer innom", "neste gang svinger je itte",
        # "itte nå vits å kom ned åt", "ska ikkje koma heim att"
        r" (?:rekker|rekk|reker)\s+(?:jeg|eg|ae|e)\s+det\s+(?:for|innen)\s+(?:noen|nokon|non|nan)\s+(?:kommer|kjem)\s+(?:innom|hjem|heim|tilbake)\b",
        rf" neste\s+(?:gang|gong)\s+(?:svinger|svingar|bremser|bremsar|stopper|stoppar)\s+(?:jeg|je|eg|ae|e)\s+{NOT}\b",
        r" (?:ikke|ikje|itj|ite|iki)\s+(?:noe\s+|noko\s+|na\s+|naka\s+)?vits\s+a\s+(?:komme|kome|kom|koma)\s+(?:ned|heim|hjem|tilbake)\b",
        rf" (?:skal|ska|kommer\s+til\s+a)\s+{NOT}\s+(?:komme|kome|koma|kom)\s+(?:heim|hjem)\s+(?:att|igjen|tilbake)\s*$",
        # round 51 (batch 67): a drive alone tonight, "maybe i not come back" (not back before a day or in time)
        rf" (?:drive|kjoretur|biltur|tur\s+med\s+bilen)\s+(?:\w+\s+){{0,2}}(?:alone|alene|aleine|aleina)\s+(?:\w+\s+){{0,2}}(?:tonight|i\s+kveld|i\s+natt)\b.{{0,40}}"
        rf"\s(?:maybe|kanskje|kansje|perhaps)\s+(?:i|jeg|eg|je|ae)\s+(?:(?:{NOT}|wont|dont|do\s+not|will\s+not)\s+(?:come|comes|coming|komme|kommer|kome|kjem)|(?:kommer|kjem)\s+{NOT})"
        r"\s+(?:back|tilbake|att|hjem|heim|home)\b(?!\s+(?:before|until|til|te|for|in\s+time|on\s+time|i\s+tide|innen|by)\b)",
        # round 53 (batch 70): a plan and a time when one is alone ("tengo un plan. lørdag når jeg er alene i huset"; not a plan for
        # something, "en plan for jobbsøking")
        r" (?:tengo|tenho|jai|j\s+ai|i\s+have|ive\s+got|i\s+got|jeg\s+har|je\s+har|eg\s+har|ae\s+har|e\s+har)\s+(?:un|um|une|a|en|ein|ei|et)\s+(?:plan|plano|planen)\b"
        r"(?!\s+(?:for|til|te|med|para|pour|to|om|pa|i|og|and|b)\b).*\s(?:nar|when|cuando|quand|mens|while)\s+(?:jeg|je|eg|ae|e|i|im|estoy)\s+(?:er\s+|e\s+|am\s+)?(?:alene|aleine|aleina|alone|sola|solo|seul|seule)\b",
        # round 55 (batch 75): "jeg tar ikke insulin på 4 dager nå med vilje" (a medicine not taken on purpose; not for a reason said:
        # side effects, the doctor, an allergy)
        rf"^(?!.*\s(?:fordi|pga|grunn|siden|sidan|because|since|bivirkning\w*|side\s+effects?|lege\w*|doctor|allergi\w*|allergic|kvalm\w*|nausea)\b)"
        rf".*\s(?:(?:tar|tatt|tat|tok|tek|teke|take|taken|taking|took)\s+{NOT}|{NOT}\s+(?:tatt|tat|teke|tok|taken|took|taking))\s+(?:\w+\s+)?(?:{PILLS}|medication|medicine|meds)(?:\s+\w+){{0,5}}?\s+(?:med\s+vilje|on\s+purpose|med\s+forsett)\b",
        # round 56 (batches 76-77): "i've decided. tomorrow morning ... i go up with the skylift and jump" (decided or a time named; not
        # a parachute, a paraglider, skiing, bathing, a trampoline or a jump into a pool)
        r"^(?=.*\s(?:decided|bestemt|tomorow|tonight|i\s+morgen|i\s+morgon|imorgen|i\s+kveld|i\s+natt|before\s+my|for\s+\w+\s+skift)\b)(?!.*\s(?:paraglid\w*|fallskjerm\w*|parachut\w*|skydiv\w*|bungee|strikk\w*|ski\w*|bade\w*|bading|swim\w*|svom\w*|trampolin\w*|basehop\w*|base\s+jump\w*|pool|basseng\w*|stupebret\w*|hang\s*glid\w*)\b).*\s(?:go|goes|going|gar|drar|klatrer|climb|climbing|tar|take|taking)\s+(?:\w+\s+){0,1}(?:up|opp|op)\s+(?:\w+\s+){0,5}?(?:and|og|&)\s+(?:jump|jumps|hopper|hoppe|hopp|hopa)\b(?!\s+(?:in|into|i|uti|pa|on|over|off\s+the\s+bus)\b)",
        # round 57 (batches 78-79): thought about how to do it, with tonight or when the others are asleep (not an interview, a move, a
        # course, an exam, a meeting, an application, a speech or a surprise); a rope, a gun or pills "eg veit kva eg skal bruke det til"
        # as the last words (not a swing, a boat, a tent, climbing, towing or the hunt)
        rf"^(?=.*\s(?:{TONIGHT}|this\s+night|nar\s+(?:de|dei)\s+andre\s+(?:har\s+lagt\s+seg|sover|sov|har\s+sovna|har\s+sovnet))\b)"
        r"(?!.*\s(?:intervju\w*|interview\w*|jobb\w*|job|flytt\w*|moving|kurs\w*|eksamen\w*|exam\w*|mote\w*|meeting|presentasjon\w*|sokn\w*|tale|talen|speech"
        r"|bursdag\w*|fest\w*|overrask\w*|surprise|frieri|middag\w*|dinner)\b)"
        r".*\s(?:tenkt|tenker|tenkjer|tenkte|thinking|thought)\s+(?:mye\s+|mykje\s+|lenge\s+|a\s+lot\s+)?(?:pa|about|over)\s+(?:hvordan|korleis|koss|kordan|asen|how)\s+"
        r"(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|wil|am\s+going\s+to|should)\s+(?:gjore|gjere|gjer|gjor|do)\s+(?:det|it)\b(?!\s+(?:med|pa|for|til|te|with|on|about)\b)",
        rf"^(?!.*\s(?:huske|swing|bat|baten|boat|telt\w*|tent|klatr\w*|climb\w*|slep\w*|tow\w*|fortoy\w*|hengekoy\w*|hammock|klesnor\w*|\w*jakt\w*|hunt\w*)\b)"
        rf".*\s(?:tau|tauet|reip|reipet|rope|slange\w*|hose|hagla|hagle\w*|gevaer\w*|rifla|rifle\w*|pistol\w*|gun|{PILLS})\b.*\s(?:vet|veit|know|knows)\s+(?:hva|kva|ka|va|what)\s+"
        r"(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|wil|am\s+going\s+to|gona)\s+(?:bruke|bruka|bruk|use)\s+(?:det|den|dem|dei|han|ho|it|them)\s+(?:til|te|for)\s*$",
        # round 58 (batches 80-81): after a day "skal eg ikkje ha vondt meir" with a decision (not an operation, a treatment or a doctor);
        # "viss ingen ringe meg før kl 22 i kveld så e det slutt" (not "... slutt på / med")
        rf"^(?=.*\sbestemt\s+(?:meg|mae)\b)(?!.*\s(?:operasjon\w*|lege\w*|doktor\w*|tannlege\w*|behandling\w*|sproyt\w*|medisin\w*|fysio\w*|kirurg\w*|sykehus\w*"
        rf"|sjukehus\w*|smertestil\w*|surgery|doctor|dentist)\b).*\s(?:etter|fra|after|from)\s+(?:\w+\s+){{1,2}}?(?:skal|ska|vil)\s+(?:jeg|je|eg|ae|e)\s+{NOT}\s+"
        rf"(?:ha|kjenne|kjenna)\s+(?:vondt|vont|smerter)\s+{MORE}\b",
        r" (?:hvis|viss|om|dersom|if)\s+(?:ingen|ikke\s+noen|ikkje\s+nokon|nobody|no\s+one)\s+(?:ringer|ringe|ring|ringjer|svarer|svarar|svare|calls|rings|answers)\s+"
        r"(?:meg\s+|mae\s+|me\s+)?(?:for|innen|by|before)\s+(?:kl\s+)?\w+\s+(?:\w+\s+){0,3}(?:sa|da|then)\s+(?:(?:er|e)\s+(?:det|d|de)|it\s+is|its|it\s+s)\s+(?:slutt|over|ferdig)\b"
        r"(?!\s+(?:pa|med|for|av|with|on)\b)",
        # round 60 (batch 85): "de kommer ikke til å finne meg i tide denne gangen"
        rf" (?:kommer|kjem|komer)\s+{NOT}\s+(?:til|te)\s+a\s+(?:finne|fine|finna)\s+(?:meg|mae)\s+i\s+tide\b| (?:wont|will\s+not)\s+find\s+me\s+in\s+time\b",
        # round 64 (batch 92): "har bestemt meg" with "det blir siste natta" as the last words (not a trip or a move)
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:flytt\w*|moving|hotel\w*)\b)"
        r".*\sbestemt\s+(?:meg|mae|me)\b.*\s(?P<hit>(?:det|d|de)\s+(?:blir|vert)\s+(?:den\s+)?siste\s+(?:natta|natten|nata|kvelden|kvelda|dagen))\s*$",
        # round 67 (batch 99): "ka e vitsen" with "har tenkt på d lenge" and the day told ("d blir etter fredag"; not a holiday, a move,
        # a course, an application or an appointment)
        r"^(?=.*\s(?:ka|hva|kva|what)\s+(?:e|er|is)\s+(?:vitsen|poenget|the\s+point)\b)(?!.*\s(?:ferie\w*|flyt\w*|kurs\w*|soknad\w*|eksamen\w*|operasjon\w*|time|timen|mote\w*|avtale\w*)\b)"
        rf".*\s(?P<hit>(?:tenkt|tenkte|tenker|tenkjer)\s+pa\s+(?:det|d|de|dette)\s+(?:sa\s+)?(?:lenge|lengje|ei\s+stund|en\s+stund)\b.*\s(?:det|d|de)\s+(?:blir|vert|skjer)\s+(?:(?:etter|pa|innen|for)\s+(?:\w+dag|helga|helgen|jul|paske)|{TONIGHT}))\b",
        # round 75 (batch 114): "Det er ikkje ei reise eg kjem heim frå" (a journey one does not come home from; not a trip one comes home from before a day)
        r" (?P<hit>(?:ikke|ikje|itj|not)\s+(?:en|ei|ein|et|eit|a)\s+(?:reise|tur|trip|journey)\s+(?:som\s+|that\s+)?(?:jeg|je|eg|ae|e|i)\s+(?:kommer|kjem|komer|wil|come)\s+(?:heim|hjem|tilbake|back|home)\s+(?:fra|ifra|from))\b(?!\s+(?:for|innen|til|te|uten|utan|i\s+morgen|pa|before|until|without)\b)",
        # round 75 (batch 115): "har bedt Herren om tilgivelse for det jeg har bestemt meg for" (God's forgiveness asked for what one has decided or planned;
        # not forgiveness for a thing done and named)
        r" (?P<hit>(?:bedt|bad|ber|bede|prayed|asked)\s+(?:til\s+)?(?:herren|gud|god|the\s+lord|allah|jesus)\s+(?:om\s+)?(?:tilgivelse|forgiveness|forlatelse)\s+(?:for\s+)?(?:det|what)\s+(?:jeg|je|eg|ae|i)\s+(?:har\s+|hev\s+|have\s+)?(?:bestemt|bestemte|besluttet|planlagt|decided|planned|skal|ska|kommer\s+til\s+a|am\s+going\s+to))\b",

        # round 86 (batch 137): "planen e klar. i kveld når ungene sover" (the plan ready, tonight, when the children are asleep, as the whole message; not a plan named
        # for a thing: "aktivitetsplanen er klar", "planen er klar for flyttinga i kveld")
        rf"^\s(?P<hit>(?:planen|plana|the\s+plan)\s+(?:e|er|is)\s+(?:klar|lagt|ferdig|ready|set)\s+{TONIGHT}(?:\s+(?:nar|when)\s+(?:ungene|ungane|ungan|barna|borna|alle|ale|dei|de|han|ho|hun|the\s+kids|everyone)\s+(?:sover|sov|sovner|sovnar|are\s+asleep|sleep|har\s+lagt\s+seg))?)\s*$",
    ),
    _sign(
        "midler: samler piller, tau, overdose",
        # round 91 (batch 159): "Today I bought many pills. I think this is the end and I just want to say goodbye to somebody." (many pills bought or saved, with the end or a
        # goodbye; not pills as usual or for the pharmacy or a dosett, the shared guards, nor for someone else: "bought many pills for my mother at the pharmacy")
        _PILLS_TAKEN_AS_USUAL + _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + r"(?=.*\s(?:the\s+end|slutten|enden|goodbye|farvel|ha\s+det|hadet|sorry|tilgi)\b)"
        rf".*\s(?P<hit>(?:bought|kjopte|kjopt|kjopet|got|fikk|fekk|samlet|samla|collected|saved)\s+(?:so\s+|sa\s+|veldig\s+|very\s+)?(?:many|mange|lots\s+of|a\s+lot\s+of|masse|mykje|mye|nok|enough)\s+{PILLS})\b"
        r"(?!\s+(?:for|til|te|to)\s)",
        # round 62 (batches 88-89): thinking of taking the whole glass or all of it at once with pills named (not a doctor, the pharmacy,
        # a dosett or a question whether one may); round 64 (batch 93): or with drugs bought again ("2 år rein og nå har ja kjøpt igjen")
        rf"^(?=.*\s(?:{PILLS}|(?:kjopt|kjopte|bought)\s+(?:\w+\s+)?(?:igjen|again)|heroin\w*|dop|dopet))"
        r"(?!.*\s(?:lege\w*|doktor\w*|doctor|apotek\w*|pharmacy|dosett\w*|kan\s+(?:jeg|eg|ae|i)|is\s+it|er\s+det\s+(?:lov|ok|greit))\b)"
        r".*\s(?:tenker|tenke|tenkjer|tenkte|tenkt|thinking)\s+(?:pa\s+)?a\s+ta\s+(?:heile|hele|alle|alt|all)\s+(?:\w+\s+)?(?:pa\s+(?:ein|en|ei)\s+(?:gang|gong)|samla|samlet|samtidig)\b",
        # round 81 (batch 127): "Jeg har lagt ut pillene. Alle sammen. På bordet. Jeg teller dem nå." (the pills laid out, all of them or counted; not into a dosett or
        # for the pharmacy, nor a doctor named; found on review: nor for the week or a day, to remember them, or counted to see there are enough)
        _PILLS_SET_OUT_AS_A_DOSE +
        # round 82 (batch 128): "Jeg har satt frem tablettene på badet og telt dem to ganger" (set out, and counted in the past tense; the same guards)
        rf".*\s(?P<hit>(?:lagt|lagd|la|legger|leggje|laid|put|sat|setter|set|seter)\s+(?:ut|fram|frem|out)\s+(?:ale\s+|all\s+)?(?:the\s+|my\s+)?{PILLS}(?:\s+\w+){{0,6}}?\s+(?:ale\s+samen|ale\s+saman|all\s+of\s+them"
        r"|(?:jeg|je|eg|ae|e|i)\s+(?:teler|tel|telje|counting|count|am\s+counting)|(?:og|and)\s+(?:har\s+|have\s+)?(?:telt|talt|tald|telte|talte|counted)\s+(?:dem|dei|de|them)"
        # round 84 (batch 132): Kven "Jeg har satt fram alle pillene på kjøkkenbordet og sitter og ser på dem" (set out, then sitting looking at them; the same
        # dose guards: not a dosett, the pharmacy, a doctor, the week, a parent's or a pet's pills)
        r"|(?:og\s+|and\s+)?(?:sitter|siter|sit|sat|satt|ligger|ligg|am\s+sitting|im\s+sitting|sitting)\s+(?:og|a|and)\s+(?:ser|glaner|glor|stirer|stirrer|stirar|look|looking|stare|staring)\s+(?:bare\s+|berre\s+)?(?:pa|at)\s+(?:dem|dei|de|them)))\b",
        # round 83 (batch 130): "har lagt alle pillene i fine rader på kjøkkenbordet!!! telte dem to ganger!!! 64!!!", "la alle tablettene på pulten. telte dem. 43."
        # (all the pills laid, without "ut", and counted to a number; the same guards: not a dosett, the pharmacy, a doctor, the week or to remember them)
        _PILLS_SET_OUT_AS_A_DOSE +
        rf".*\s(?P<hit>(?:lagt|lagd|la|legger|leggje|laid|put)\s+(?:ale|all|alle)\s+(?:the\s+|my\s+)?{PILLS}(?:\s+\w+){{0,6}}?\s+(?:har\s+|have\s+)?(?:telt|talt|telte|talte|counted)\s+(?:dem|dei|de|them)"
        r"(?:\s+(?:to|tre|two|three|ganger|gonger|times|igjen|again)){0,3}\s+\d+)\b",
        # round 83 (batch 130): pills not taken but kept in a box "til boksen er full nok" ("Når boksen er full nok blir jeg kvitt både smertene og dere");
        # not for the pharmacy or a dosett, nor with pills handed in, thrown away or a doctor asked
        _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + rf"(?=.*\s(?:{PILLS}|\w*pil(?:er|ene|ane|a)|\w*tablet\w*|\w*medisin\w*)\b)(?!.*\s(?:lever\w*|kast\w*|destruer\w*|retur\w*|pant\w*|kan\s+(?:jeg|eg|ae|i))\b)"
        rf"(?=.*\s(?:{NOT}\s+(?:\w+\s+)?(?:tatt|tat|tar|tek|teke|tok|taken|take|taking)|spar\w*|samle|samler|samlar|samla|samlet|gjem\w*|goym\w*|hamstr\w*)\b)"
        r".*?\s(?P<hit>(?:nar|til|when|until)\s+(?:boksen|boksa|esken|eska|glaset|krukka|posen|skrinet|the\s+box|the\s+jar)\s+(?:er|e|blir|vert|is)\s+(?:ful|full)\s+nok"
        # round 84 (batch 132): "Alle tabletter som lege ga jeg har spart i en boks siden januar ... nå det er nok til å sove og ikke våkne" (saved, and "enough to sleep
        # and not wake"; the same guards; not sleeping through the night: "... ikke våkne om natta / i natt / før sju")
        r"|nok\s+(?:til|te|ti|to)\s+a\s+(?:sove|sova|sovne|sovna|sleep)\s+(?:inn\s+)?(?:og|and)\s+(?:ikke|ikkje|itj|ite|aldri|never|not)\s+(?:vakne|vakna|wake)(?:\s+(?:opp|up))?"
        r"(?!\s+(?:om|i|pa|midt|for|av|hele|heile|tidlig|tidleg|kl|klokka|til|te|at|in|during|before|until|early|once)\b))\b",
        # round 82 (batch 129): "alle pillene ligger frammi på borde. vetke om ja tørr men tenker på de hele tia" (all the pills out on the table, with not knowing
        # whether one dares or thinking of it all the time; not for a dosett, the pharmacy, a doctor, the week, to remember them, nor someone else's pills)
        _PILLS_SET_OUT_AS_A_DOSE +
        r"(?=.*\s(?:(?:vet|veit|vetke|vetkje|veitke|veitkje)\s+(?:ike\s+|ikje\s+|itj\s+|ite\s+)?om\s+(?:jeg|je|ja|eg|ae|e|i)\s+(?:tor|torer|tors|dare)"
        r"|(?:tenker|tenkjer|thinking)\s+pa\s+(?:det|de|d|dem|dei|it|them)\s+(?:hele|heile|al)\s+(?:tia|tida|tiden|dagen|the\s+time))\b)"
        rf".*\s(?P<hit>(?:ale|alle|all)\s+(?:\w+\s+)?{PILLS}\s+(?:ligger|ligg|liger|lig|are|lie|star|stend)\s+(?:frami|frame|fremme|fremi|ute|klar|klare|ready|out)\s+(?:pa|on)\s+(?:the\s+)?(?:\w+\s+)?(?:bordet|borde|bord|table|benken|benke|nattbordet|nattborde))\b",
        # round 68 (batch 101): lying down somewhere "med alle pillan" (with all the pills; not those one is to take), Finnish "olen ottanut kaikki
        # pillerit" (have taken all)
        rf" (?:legge|leggje|legg|legger|leggjer|ligge|ligg|ligger|lie|lying)\s+(?:meg|mae|mg|down)\s+(?:\w+\s+){{0,6}}?(?:med|with)\s+(?:alle|all|hele|heile)\s+(?:mine\s+|my\s+|the\s+)?{PILLS}(?!\s+(?:som\s+)?(?:jeg|je|eg|ae|i)\s+(?:skal|ska|ma|mo|should|must)\s+(?:ta|take)\b)",
        r" (?:olen\s+|oon\s+)?(?:ottanut|otin|syonyt|nielaissut)\s+(?:\w+\s+)?(?:kaiki|kaikki)\s+(?:\w+\s+)?(?:pilerit|pileri|tabletit|laekeet|laeakkeet|laakkeet)\b",
        # round 71 (batch 106): the tablets counted, "det er nok no" ("har talt opp tablettane og det er nok no"); round 78 (batch 121): "har talt opp
        # pillene. det holder. nok nå" (found enough, or "holder", "rekker"); not enough for a time, a day or a trip, nor for the pharmacy, a dosett, the
        # doctor or a prescription
        _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + r"(?!.*\s(?:lege\w*|legen|doktor\w*|doctor|apotek\w*|pharmacy|dosett\w*|resept\w*)\b)"
        rf".*?\s(?P<hit>(?:talt|telt|tald|tellet|talte|telte|teljer|teller|counted)\s+(?:opp\s+|over\s+|up\s+)?(?:alle\s+|all\s+)?(?:\w+\s+)?{PILLS}\s+(?:\w+\s+){{0,2}}?"
        r"(?:(?:er|e|is|are)\s+(?:nok|enough)|holder|hold|rekker|rekk|enough))\b(?!\s+(?:til|te|for|to|ut|until|tablet\w*|pil\w*)\b)",
        # round 78 (batch 121): "har lagt fram sovepillene på nattbordet. klarer ikke ett år til i senga" (pills laid out, with not managing a year, a day or a
        # night more; not for a dosett or the pharmacy)
        rf"^(?=.*\s(?:{ORKE}|kan)\s+{NOT}\s+(?:(?:ta|ha|leve|ligge|ligga)\s+)?(?:et|ett|eit|ein|en|ei|one|another)\s+(?:ar|dag|dogn|uke|veke|natt|vinter|year|day|week|night|winter)\s+(?:til|te|more)\b)"
        + _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + rf".*?\s(?P<hit>(?:lagt|lagd|la|legger|legg|laid|put)\s+(?:(?:fram|frem|ut|out|klar|klare|ready)\s+(?:\w+\s+)?{PILLS}|(?:\w+\s+)?{PILLS}\s+(?:fram|frem|ut|out|klar|klare|ready)))",
        # round 65 (batch 95): all the pills named with the end tonight ("alle pillene fra lege. i natt slutt"; not the end of a course of them)
        rf"^(?=.*\s(?:alle|all|hele|heile|the\s+whole)\s+(?:(?:the|my|mine)\s+)?(?:\w+\s+)?{PILLS})"
        rf".*\s(?P<hit>{TONIGHT}\s+(?:(?:er|e|blir|ble|is)\s+(?:det\s+|it\s+)?)?(?:slut|the\s+end|over|ende))\b(?!\s+(?:pa|med|for|av|of|on|with)\b)",
        # ... a rope hung up in the barn, the garage or the shed (not for washing, a swing, hay, a punching bag or a tarpaulin)
        # round 95 (batch 175): tied too ("har knytt tauet i bjelken på løa. sit her og ventar på at det skal bli mørkt"; the same guards)
        r"^(?!.*\s(?:klesvask\w*|vask\w*|klea|klaer\w*|husk\w*|swing|hoy\w*|boksesek\w*|sek|presening\w*|dyr\w*|kalv\w*|hest\w*|tork\w*|klatr\w*|climb\w*)\b).*\s(?P<hit>(?:(?:hengt|hengd|hengte|henger|heng|festa|festet|knytt|knyta|knytte|knyttet|knytta)\s+(?:op\s+)?(?:eit\s+|et\s+)?(?:tauet|tau|reipet|reip)\s+(?:i|pa)|(?:tauet|reipet)\s+(?:er|e|ble|blei|vart)\s+(?:hengt|hengd|festa|festet)\s+(?:opi|ope\s+i|op\s+i|op\s+pa|i|pa))\s+(?:loa|laven|lavet|lada|garasjen|boden|buda|kjeleren|loftet|bjelken))\b",  # round 78 (batch 120): "han henger tau i garasjen sin" (hung, or hanging, with "opp" left out; not drying or climbing)
        rf"{_NOT_FOR_THE_PHARMACY_OR_A_DOSETT}.*?\s(?P<hit>(?:samla|samlet|samler|samlar|samle|spart|sparer|sparar|spar|spare|sparat|sparade|samlat|samlade|gjemme|hamstre|gjemt|gjemmer|gjomt|goymt|goymer|goyme|lagret|lagra|hamstret|hamstra)\s+(?:opp\s+|unna\s+|bort\s+)?(?:pa\s+)?(?:\w+\s+)?{PILLS}\b)",
        rf" (?:har|hae|e|ae|eg)\s+nok\s+{PILLS}\b",
        rf" {PILLS}\s+(?:saved|stored)\s+up|(?:saving|saved|hoarding|hiding|hid|hiden|stockpiling|stockpiled|collecting|collected|storing|stored|keeping)\s+(?:up\s+)?(?:my\s+|the\s+)?{PILLS}",
        rf" (?:tat|tok|tatt|svelget|svelgde|svelga)\s+(?:masse|mange|ale|alle|en\s+haug|hele|heile|for\s+mange|en\s+hel|ei\s+heil)\s+(?:\w+\s+){{0,2}}(?:{PILLS}|boksen|glaset|pakken|pakka|esken|brettet)",
        rf" (?:tat|tok)\s+ut\s+(?:ale|hele|heile|all)\s+(?:\w+\s+)?{PILLS}\b",
        rf" (?:skal|ska|sku|skulle|vil|kommer\s+til\s+a|tenker\s+a|going\s+to)\s+(?:ta|svelge|take)\s+(?:ale|hele|heile|masse|mange|all)\s+(?:\w+\s+){{0,2}}{PILLS}",  # "ska" round 39
        # round 50: the present for the future, with tonight ("tar alle pillene i kveld"), not pills forgotten this morning
        rf"^(?!.*\s(?:glemte|glemt|gloymde|gloymt|forgot|forgotten)\b).*\s(?:tar|tek|svelger|svelgjer|taking|am\s+taking|take)\s+(?:ale|hele|heile|all)\s+(?:\w+\s+){{0,2}}{PILLS}\b(?:\s+\w+){{0,2}}?\s+(?:i\s+kveld|ikveld|i\s+nat|inat|tonight)\b",
        # round 52 (batch 69): the same with tonight first, in broken Norwegian ("i kveld jeg tar alle tablett fra legen"; not pills
        # forgotten, nor taken as the doctor said; "i kveld jeg tar alle" with no pills named stays no sign); round 66: the verb second, as
        # Norwegian has it ("i kveld tar jeg alle pillene")
        rf"^(?!.*\s(?:glemte|glemt|gloymde|gloymt|forgot|forgotten|som\s+legen\s+(?:sa|har\s+sagt)|as\s+prescribed)\b).*\s(?:i\s+kveld|ikveld|i\s+nat|inat|tonight)\s+"
        rf"(?:(?:jeg|je|eg|ae|e|i)\s+(?:tar|tek|svelger|svelgjer|take)|(?:tar|tek|svelger|svelgjer)\s+(?:jeg|je|eg|ae|e))\s+(?:ale|alle|hele|heile|all)\s+(?:mine\s+|my\s+)?{PILLS}",
        rf" (?:lagt|lagd)\s+(?:fram|frem|ut)\s+ale\s+(?:\w+\s+)?{PILLS}|(?:lagt|lagd)\s+ale\s+(?:\w+\s+)?{PILLS}\s+(?:klar|klare)\b",
        # round 88 (batch 146; ordinary batch 142): not the Polish preposition "od" ("pokoj od firmy": a room from the company), nor what a first-aid course taught
        # ("lærte hva man gjør om noen har tatt overdose")
        _WHAT_A_FIRST_AID_COURSE_TEACHES
        + rf".*?(?<! dode av)(?<! dode av en)(?<! died of)(?<! died of an)\s(?P<hit>overdose|overdos|od(?!\s+(?:firmy|firma|pracy|pracodawcy|agencji|szefa|mnie|jutra|dzis|dzisiaj|teraz|rana|wczoraj|tygodnia|miesiaca|roku)\b))\b(?!\s+(?:av|of|pa|on|med)\s+(?:\w+\s+)?{_SURFEIT}\b)",  # round 43: not a friend who "døde av overdose"; round 73 (ordinary batch 106): not "overdose av kaffe"
        # round 34: "sparat ihop sömntabletter"; not the tablets in a dosett or for the pharmacy (found on review after round 77: "har spart på tablettene i
        # dosetten, de ligger framme på bordet")
        _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + r".*?\s(?:sparat|sparade|samlat|samlade|spart|sparer)\s+(?:ihop|opp|pa)\s+(?:\w+\s+)?\w*tablet\w*",
        rf" (?:hvor|kor)\s+(?:mange|mye|mykje)\s+(?:\w+\s+)?{PILLS}\s+(?:ma|mo|skal|trenger|treng)\s+(?:man|en|jeg|eg|ein)\s+ta\b",
        r" (?:barberblad\w*|kniv\w*)\b.*\s(?:klarer|greier|klarar)\s+(?:ikke\s+|ikkje\s+)?a\s+la\s+(?:vaere|vere)\b",
        r" (?:sove|sova|sovne|sleep)\s+for\s+(?:godt|alltid|altid|good|ever)\b",
        r" (?:taken|took|swallowed)\s+(?:too\s+many|a\s+lot\s+of|all\s+my(?!(?:\s+\w+){1,2}\s+for\s+(?:today|the\s+day|this\s+morning|tonight)\s*$)|an\s+overdose)",  # round 59: not "... for today" as the last words
        rf" (?:drakk|drukket|drikker|drank)\s+(?:\w+\s+){{0,5}}(?:og|and)\s+(?:tok|tatt|tar|svelget|svelga|took)\s+(?!(?:en|ein|ei|one|a|to|two|et)\s)(?:\w+\s+)?{PILLS}",
        rf" {PILLS}.*\s(?:skal|vil|kommer\s+til\s+a)\s+(?:ta|svelge)\s+(?:alt|ale|dem|dei|alle)\s+(?:i\s+kveld|i\s+nat|na|no|snart|i\s+morgen)\b",
        rf" (?:kjopt|kjopte|skafet|skafa|skaffet|funet|har)\s+(?:meg\s+)?(?:et\s+|eit\s+|ei\s+)?(?:tau|reip|rep|rope)\b(?!\s+til\s+(?:baten|bat|hengeren|jobb))(?!\s+{_TO_SECURE_A_LOAD})(?!\s+(?:og\s+)?(?:ei\s+|en\s+)?(?:stige|sele|verktoy))",  # round 43: a rope among work tools
        # round 92 (batch 163): "ikkje ring. tauet e kjøpt" (the rope told bought, as the last words; not for the farm or play, a boat, a load, a flag, a tent or climbing, the
        # shared rope guard: "skal sette opp huska, tauet e kjøpt")
        _unless_any(_A_ROPE_FOR_THE_FARM_OR_PLAY + r"|flagg\w*|telt\w*|seil\w*|anker\w*|fortoy\w*|sikr\w*|surr\w*")
        + r".*\s(?P<hit>(?:tauet|reipet|the\s+rope|rope)\s+(?:er|e|is|has\s+ben|ble|blei|vart)\s+(?:na\s+|no\s+|now\s+)?(?:kjopt|kjopte|kjoypt|bought|skaffet|skaffa))\s*$",
        r" (?:tau|reip|rope)\s+(?:ligger\s+|ligg\s+|er\s+|e\s+|is\s+)?(?:klart|klar|ready)\b(?!\s+(?:i|pa|til)\s+(?:baten|bat|hengeren|jobben|jobb))",  # round 31: "tau ligger klar i bilen"
        # rounds 21-23: enough not to wake up, how many it takes, too many on purpose
        r" (?:nok|at|slik\s+at|sann\s+at)\s+(?:til\s+at\s+)?(?:jeg|eg|ae|e)\s+(?:ikke|ikkje|itj)\s+(?:vakner|vaknar|vakne)\s+(?:igjen|att|opp|i\s+morgen|mer|meir)\b(?!\s+av\b)",
        rf" (?:hvor|kor)\s+(?:mye|mange|mykje)\s+(?:\w+\s+)?{PILLS}\s+(?:som\s+)?(?:trengs|skal\s+til|ma\s+til|man\s+trenger|det\s+tar)\b",
        r" (?:tok|tatt|svelget|svelga)\s+(?:for\s+mange|mange|masse|alle|ale)\s+(?:\w+\s+)?med\s+vilje\b",
        # round 21; found on review of round 95: not for a swing, washing, a punching bag, climbing or a tarpaulin ("har hengt opp eit tau i låven til huske for ungane")
        r"^(?!.*\s(?:husk\w*|gyng\w*|swing|klesnor\w*|klesvask\w*|vask\w*|klaer\w*|tork\w*|boksesek\w*|klatr\w*|climb\w*|presening\w*)\b)"
        r".*\s(?P<hit>(?:hengt|henget|hengte|hang)\s+(?:opp\s+)?(?:et\s+|eit\s+|ei\s+|a\s+)?(?:tau|reip|rep|rope))\b",
        # round 30: "ha rigga et tau i låven"; "i know which dose is too much. i have it ready"
        # found on review of round 95: the rope hanging from the beam ("tauet henger i bjelken i låven"; the same guards as the round 21 words)
        r"^(?!.*\s(?:husk\w*|gyng\w*|swing|klesnor\w*|klesvask\w*|vask\w*|klaer\w*|tork\w*|boksesek\w*|klatr\w*|climb\w*|presening\w*)\b)"
        r".*\s(?P<hit>(?:tauet|reipet|tau|reip|the\s+rope)\s+(?:henger|heng|hang|hangs|is\s+hanging)\s+(?:i|fra|ifra|fra|from|on)\s+(?:bjelken|the\s+beam))\b",
        r" (?:riga|rigget|riget|rigged|festa|festet|knyta|knytet|knytt|tied)\s+(?:opp\s+|up\s+)?(?:et\s+|eit\s+|ei\s+|a\s+)?(?:tau|reip|rep|rope)\b(?!\s+(?:til|pa|rundt|i|on|to|around)\s+(?:baten|bat|hengeren|lasset|presenning\w*|the\s+boat|the\s+trailer))",
        r" (?:dose|dosen|dosis|doses)\s+(?:\w+\s+){0,2}(?:is|er|e|blir|wil\s+be)\s+(?:too\s+much|for\s+mye|for\s+mykje|dodelig|lethal|deadly|fatal)\b",
        r" (?:tauet|reipet|repet|the\s+rope)\s+(?:er|e|ligger|ligg|henger|heng|is)\s+(?:klart|klar|ready|fremme|frame)\b(?!\s+(?:i|pa|til)\s+(?:baten|bat|hengeren|jobben|jobb))",
        rf" {PILLS}\s+(?:are\s+)?ready\b",
        # round 31: "which medicines and how much would be enough ... started to put some aside"
        rf" {PILLS}.*\s(?:put|puting|set|seting|putting)\s+(?:some\s+|them\s+|it\s+)?aside\b",
        # round 32: "fått tak i nok piller til å gjøre det skikkelig denne gangen", the sea tonight, one last time out
        rf" (?:fat|fatt|fik|fikk|fek|fekk|skafet|skafa|kjopt|kjopte)\s+(?:tak\s+i\s+)?nok\s+{PILLS}",
        r" (?:gjore|gjere|gjor)\s+det\s+(?:skikelig|ordentlig|riktig|ordentleg)\s+(?:denne|this)\s+(?:gangen|gongen|time)\b",
        rf" (?:en|ein|one)\s+(?:siste|last)\s+(?:gang|gong|time)\s+og\s+(?:{NOT}\s+(?:kom|kome|komme|komer|kjom|kjem)|(?:komer|kjem|kjom)\s+{NOT})\s+(?:tilbake|tebake|atende|att|igjen)\b",
        r" (?:tonight|i\s+kveld|i\s+nat)\s+(?:i\s+|jeg\s+|eg\s+)?(?:go|gar|walk|drar)\s+(?:down\s+)?(?:to|into|til|i|ut\s+i|ned\s+til)\s+(?:the\s+)?(?:sea|sjoen|havet|fjorden|elva|river)\b",
        r" (?:tonight|i\s+kveld|i\s+nat)\b.*\s(?:stop|end|stope|avslute)\s+(?:everything|it\s+al|alt)\s*$",
        r" (?:which|what)\s+(?:\w+\s+){0,2}(?:and\s+)?how\s+(?:much|many)\s+(?:would\s+be|is|are|it\s+takes)\s+enough\b",
        rf" (?:hvilke|kva|hva|ka)\s+(?:{PILLS}\s+)?(?:og\s+)?(?:hvor|kor)\s+(?:mye|mykje|mange)\s+(?:som\s+)?(?:er|e|blir|ville\s+vaere|vile\s+vaere)\s+nok\b",
        rf" {PILLS}\s+(?:er|e|ligger|ligg)\s+(?:samlet|samla|klare|klar|klart|gjemt|lagt\s+fram|talt\s+opp)\b",
        rf" (?:sitter|sit|star|ligger)\s+med\s+(?:\w+\s+)?{PILLS}\s+(?:foran|framfor|fremfor|i\s+handa|i\s+handen)",
        r" (?:i\s+have|ive\s+got|i\s+got|i\s+bought|i\s+have\s+bought|i\s+buy|buy)\s+(?:a\s+)?rope\b(?!\s+(?:for|to\s+tie|at\s+work|(?:and\s+)?(?:a\s+)?(?:ladder|harness|tools)))",  # round 43: rope among work tools  # "buy rope" round 41
        r" (?:hang|henge|henger|heng|hange|hengje)\s+(?:meg|mae|myself)\b(?!\s+(?:pa|med|etter|opp\s+i|inn)\b)",  # not "henge meg på kurset" (round 29)
        r" (?:tenker|tenkjer|tenkt)\s+pa\s+a\s+hope\s*$",
        # round 14: "satt i bilen og tenkt på å gå ut og hopp" (not "hoppe av kurset", "hoppe i havet")
        r" (?:tenker|tenkjer|tenkt|tenkte)\s+pa\s+a\s+(?:\w+\s+){1,3}(?:hope|hopa|hop)\s*$",
        rf" (?:ta|tar|ta\s+ale|ta\s+mange)\s+{PILLS}\s+for\s+a\s+(?:slipe|slipa|sovne\s+for\s+godt)",
        # round 81 (batch 127): "Jeg er oppe på taket. Det er glatt. Jeg vil hoppe." (up on a roof or a bridge, then wanting to jump; not work, snow or a party up there,
        # nor bathing or a sports jump)
        # round 83 (the lead's look-alike after round 82): nor fireworks watched or a jump for joy ("jeg er på taket med gutta og ser fyrverkeri, jeg vil hoppe av glede")
        _NOT_WORK_ON_A_ROOF + _NOT_BATHING_OR_A_SPORTS_JUMP + _FIREWORKS_OR_JOY
        + r".*\s(?P<hit>(?:jeg\s+er|je\s+er|eg\s+er|ae\s+e|e\s+e|i\s+am|im|i\s+m|er\s+jeg|e\s+ae)\s+(?:oppe\s+|ute\s+|up\s+)?(?:pa|on)\s+(?:the\s+)?(?:taket|rof|brua|broa|bruen|broen|bridge)\b"
        r"(?:\s+\w+){0,8}?\s+(?:jeg|je|eg|ae|e|i)\s+(?:vil|ska|skal|wil|want\s+to|wana|am\s+going\s+to|m\s+going\s+to|gona)\s+(?:bare\s+|berre\s+|just\s+)?(?:hope|hopa|jump))\b",
        r" hope\s+(?:fra|fra\s+ei|fra\s+en|foran|ut\s+fra|ned\s+fra|of|in\s+front)",
        # round 10: "står ved brua og tenkjer på å hoppa", "thinking about jumping off the bridge"
        r" (?:ved|pa|oppa)\s+(?:brua|bruen|broa|broen|brui|taket|kanten|stupet)\s+(?:og\s+)?(?:\w+\s+){0,4}(?:hope|hopa)\b",
        r" (?:thinking|think|thought)\s+(?:about|of)\s+(?:jumping|jump)\s+(?:of|from|in\s+front)\b",
        r" jump(?:ing)?\s+(?:of|from)\s+(?:the|a|my|that)\s+(?:bridge|rof|balcony|building|cliff)\b",
        # round 10: "kjøpt fleire pakkar paracet" (several packs at once)
        rf" (?:kjopt|kjopte|handla|handlet)\s+(?:meg\s+)?(?:fleire|flere|mange|masse|ekstra|\d+)\s+(?:paker|pakar|pakninger|pakningar|esker|eskar|bokser|boksar|bret)\s+(?:med\s+)?{PILLS}",
        # round 79 (batch 123): "i natt kjører jeg bilen rett ut fra brygga i Moss" (the subject after the verb; "rett ut fra" only with "rett": not driving off the ferry)
        r" (?:kjore|kjor|kjorer|kjyre|koyre|koyra|koyrer|drive|crash)\s+(?:(?:jeg|je|eg|ae)\s+(?=bilen\s))?(?:bilen\s+|the\s+car\s+)?(?:rett\s+ut\s+fra|(?:rett\s+)?(?:i|inn\s+i|inn|ut\s+i|utfor|ut\s+av|av|into|of))\s+(?:en\s+|ei\s+|et\s+|a\s+)?(?:fjelveg\w*|bergveg\w*|fjorden|stupet|motende\w*|trailer\w*|lastebil\w*|et\s+tre|wal|cliff|truck|kaia|kaien|kaikanten|brygga|bryggen|havet|sjoen)",  # "kaia" round 35; "rett ut av kaia" round 46
        # round 94 (batch 170): "tenkjer på å berre setje bilen rett i fjellveggen" (Nynorsk "setje", "sette": the car itself put into the rock wall or the mountain side)
        # (not an accident told: "ho sette bilen rett i fjellveggen i går på glatta, ingen vart skadd")
        _unless_any(r"ulyk\w*|ulukk\w*|krasj\w*|skad\w*|uskad\w*|forsikring\w*|verksted\w*|verkstad\w*|glat\w*|isete|i\s+gar|yesterday")
        + r".*\s(?P<hit>(?:setje|setja|sette|set|put|putting)\s+(?:bilen|the\s+car|my\s+car)\s+(?:rett\s+|straight\s+)?(?:i|inn\s+i|into)\s+(?:the\s+)?(?:fjelveg\w*|bergveg\w*|tunelveg\w*|rock\s+wall|mountain\s*side))\b",
        # round 83 (batch 130): "i natt kjører jeg bilen rett i fjellet ved E18" (the car, and "rett" into the mountain side; not a tunnel, a mountain road
        # or driving through it; not a near miss told afterwards: "holdt på å kjøre bilen rett i fjellet i går ..., gikk bra")
        r"^(?!.*\s(?:tunnel\w*|tunell\w*|gjennom|through|fjelovergang\w*|fjelveg\w*|hyt\w*|tur|turen|holdt\s+pa|nesten|i\s+gar|gikk\s+(?:bra|fint|godt))\b)"
        r".*?\s(?P<hit>(?:kjore|kjor|kjorer|kjyre|koyre|koyra|koyrer|drive|crash)\s+(?:(?:jeg|je|eg|ae)\s+)?(?:bilen|the\s+car)\s+(?:rett|straight)\s+(?:i|inn\s+i|into)\s+"
        r"(?:fjelet|fjelveggen|fjelsida|fjelsiden|berget|bergveggen|the\s+mountain(?:side)?|the\s+rock\s*face))\b",
        # not fishing from it, eating ice cream or exclaiming at the weather (round 64); not waiting for a bus, taking pictures or on a walk (round 73);
        # round 89 (batch 150, the lead's review): "står på ypsilon nå" (Ypsilon, the footbridge over the river in Drammen, is what people there call the bridge, as
        # "brua" elsewhere: both the model and the net missed it, and the model sent it to fallback; the same guards)
        # round 91 (batch 156): not a bus, a car, a queue or traffic that stands on the bridge, nor being late ("bussen står på brua igjen. kjem seint")
        _unless_any(r"fisker|fiske|fisket|fiska|fishing|" + _ICE_CREAM_OR_THE_WEATHER) + _NOT_A_STOP_ON_THE_BRIDGE
        + r"^(?!.*\s(?:buss\w*|bil|bilen|bilane|bilene|trailer\w*|lastebil\w*|vogntog\w*|tog|toget|ferja|ko|koen|kjo|kjoen|trafikk\w*|traffic|kolonne\w*)\s+(?:star|stod|sto|stend|sitter|er|e|is)\s+(?:\w+\s+)?(?:pa|on)\s)"
        # round 91 (batch 159, the lead's review): "står på dyrøybrua no" (a named bridge, "now" after it, as "brua" is: the round 48 and 73 decision that a named bridge
        # now is one indirect sign left the bare "står på brua" a crisis and the named one not, and both the net and the model missed it); not on the way or there in a few
        # minutes, nor in a queue: "står på dyrøybrua no, kjem om ti minutt", "står på brua no, er der straks", "står på Sotrabrua nå i kø"
        r"(?!.*\s(?:seint|sent|forsinka|forsinket|late|delayed|(?:kjem|kommer|komer|er\s+der|e\s+der)\s+(?:om\s+(?:\d+|ti|fem|et|eit|ein|en|ett|noen|nokre|par)\s+(?:\w+\s+)?(?:min\w*|sek\w*)|straks)"
        r"|on\s+my\s+way|pa\s+vei|pa\s+veg|i\s+ko|i\s+koen|i\s+kjo|in\s+(?:a\s+)?queue|in\s+traffic)\b)"
        r".*?\s(?P<hit>(?:star|sit|sitter|er|stend)\s+(?:(?:jeg|je|eg|ae|e)\s+)?(?:pa|oppa|oppe\s+pa|opp\s+pa)\s+(?:brua|bruen|ypsilon|brukanten|kanten|stupet"
        r"|\w+(?:brua|bruen|broa|broen)(?=\s+(?:na|no|nu|now|akurat\s+na|right\s+now)\b)))",  # round 78 (batch 121): "nå står jeg på kanten av taket" (the word order after "nå"); round 77 (batch 118): "sitter oppå brua ved fossen nå" (on top of; the same guards: not waiting, fishing, pictures or a walk)
        # round 92 (batch 160): "im on the bridge to onøy now, it is very high" (English: on a bridge, named or not, now; the guards of the pattern above, and not on the way,
        # in a car, a bus or traffic, nor a view, unless words of an end are said too: "im on the bridge now, be there in 5", "im on the bridge to Tromsø now, traffic is slow";
        # found on review: "high", "love" and a bare "sorry" are no words of an end, and work, school or the wind are everyday: "im on the bridge now, so high up here, the
        # view is amazing", "im on the bridge to work now, love this weather", "sorry im late, on the bridge now")
        r"^(?=.*\sbridge\s)"  # the rare words first: the check is cheaper so
        + _unless_any(r"fisker|fiske|fisket|fiska|fishing|" + _ICE_CREAM_OR_THE_WEATHER) + _NOT_A_STOP_ON_THE_BRIDGE
        + r"^(?:(?=.*\s(?:sorry\s+(?:\w+\s+)?for\s+(?:everything|all|it\s+all)|goodbye|forgive|last|jump\w*|tell\s+my)\b)"
        r"|(?!.*\s(?:late|delayed|on\s+my\s+way|be\s+there|there\s+in|almost\s+there|nearly\s+there|arriv\w*|traffic|queue|stuck|bus|car|driving|train|ferry|view|walk\w*|run\w*"
        r"|work\w*|job\w*|school|shop\w*|office|weather|wind\w*|storm\w*)\b))"
        + r".*\s(?P<hit>(?:im|i\s+am|am)\s+(?:standing\s+|sitting\s+|now\s+)?on\s+(?:the|a)\s+(?:\w+\s+)?bridge(?:\s+(?:to|over|at|in|by|across)\s+(?:the\s+)?\w+)?\s+(?:now|right\s+now))\b",
        # on the roof: not one who clears snow, mends or works up there (round 56: "står på taket og måker snø")
        # round 83: nor fireworks watched or a jump for joy (as above)
        _NOT_WORK_ON_A_ROOF + _FIREWORKS_OR_JOY + r".*\s(?:star|sit|sitter|er|stend)\s+pa\s+taket",
        # round 14: standing by the rails, looking down from a roof, checking how high a bridge is
        # (round 49: not a house or a cabin by the line, nor waiting for a train to travel)
        r"^(?!.*\s(?:huset|hytta|hytte|leiligheten|leiligheta|bor|bur|reise|reiser|billett\w*|damptog\w*|veterantog\w*|vedlikehold\w*|anlegg\w*)\b).* (?:star|stod|sto|stat|statt|stot|sitter|sit|sat|sate|gikk|gar|gatt|var|vart|vaert|ligger|la)\s+(?:\w+\s+){0,2}(?:ved|pa|langs|bortved|nede\s+ved|til|te|ned\s+til|bort\s+til)\s+(?:togskinnene|togskinene|skinnene|jernbanesporet|jernbanelinja|jernbanen|togsporet|skinegangen)\b",
        r" (?:standing|stod|stood|sat|siting|walked|waiting)\s+(?:\w+\s+){0,2}(?:by|on|near|at)\s+the\s+(?:train\s+|railway\s+)?(?:tracks|rails)\b",
        r" taket\b.*\s(?:sa|kika|kikket|kikka|sag|stirret|stira|stirra|glodde)\s+(?:ned|ner|utover\s+kanten)\b",
        # round 94 (batch 168): "har gått ut på tromsøbrua tre kvelder nu og bare stått der og sett ned" (a bridge named, and standing there looking down as the last words; not
        # a view or a queue, the shared guard, nor boats, the northern lights or the children: "sto på brua og så ned på båtene")
        r"^(?=.*\s(?:\w+brua|\w+bruen|\w+broa|\w+broen|brua|bruen|broa|broen|bridge)\s)"  # the rare words first: the check is cheaper so
        + _NOT_A_VIEW_OR_A_QUEUE + _unless_any(r"bat\w*|boat\w*|ferj\w*|nordlys\w*|ungene|ungane|ungan|kids")
        + r".*\s(?P<hit>(?:bare\s+|berre\s+|just\s+)?(?:statt|stat|stod|sto|stend|star|stood|standing|stand)\s+(?:der\s+|there\s+)?(?:og|and)\s+(?:sett|set|sjat|sag|sa|ser|sjar|kika|kiket|glana"
        r"|stirra|stiret|looked|looking|stared|staring)\s+(?:ned|ner|down))\s*$",
        r" (?:sjek\w*|checking|check\w*|lurt\w*\s+pa|tenkt\w*\s+pa|googl\w*|malt|measured|wondering)\s+(?:\w+\s+){0,2}(?:how\s+high|how\s+tal|hvor\s+hoyt|kor\s+hogt|kor\s+hoyt|hvor\s+hoy|kor\s+hog)\b",
        r" (?:tenker\s+(?:pa\s+)?a|vil|skal|har\s+lyst\s+(?:til\s+)?a)\s+kjore\s+(?:bilen\s+)?(?:av|utfor)\s+(?:veien|vegen)\b",
        # round 39: pills counted again tonight, "la mæ skli" from a barn roof, to disappear quietly from this world
        rf" (?:telt|talt|counted|counting)\s+(?:opp\s+)?(?:\w+\s+)?{PILLS}\s+(?:i\s+kveld|i\s+nat|igjen|flere\s+ganger|fleire\s+gonger|again|tonight)\b",
        # round 94 (batch 168): "har tatt fram pillan hennes og talt dem" (pills taken out and counted; not for the doctor, the pharmacy, a dosett or a trip, the shared guard, nor
        # a count that found too few or a mistake: "tok fram pillene og talte dem, apoteket har gitt for få")
        # found on review: nor for the week, or for someone one cares for ("har tatt fram pillan te mamma og talt dem for uka, ho e dement")
        _NOT_PILLS_FOR_THE_DOCTOR_OR_A_TRIP + _unless_any(r"apotek\w*|pharmacy|mangler|manglar|missing|feil|wrong|for\s+fa|too\s+few|resept\w*|dement\w*"
                                                          r"|(?:for|til|te)\s+(?:uka|uken|veka|veke|the\s+week|mamma|mama|mor|mora|pappa|far|faren|mormor|farmor|bestemor|bestefar|ho|han|henne|ham)")
        + rf".*\s(?P<hit>(?:tatt|tat|teke|tok|funnet|funne|henta|hentet|lagt)\s+(?:fram|frem|ut)\s+(?:\w+\s+){{0,2}}?{PILLS}\s+(?:\w+\s+){{0,2}}?(?:og|and)\s+(?:talt|telt|talte|telte|counted)\s+(?:dem|dei|de|them|opp))\b",
        # found on review in round 94: "har tabletta klare i kveld" (the pills ready for tonight; not for the doctor, the pharmacy, a dosett or a trip, the shared guard, nor
        # for someone one cares for: "har pillene til mor klare i kveld")
        _NOT_PILLS_FOR_THE_DOCTOR_OR_A_TRIP + _unless_any(r"dement\w*|(?:for|til|te)\s+(?:uka|uken|veka|veke|the\s+week|mamma|mama|mor|mora|pappa|far|faren|mormor|farmor|bestemor|bestefar|ho|han|henne|ham)")
        + rf".*\s(?P<hit>(?:har|hev|have|got)\s+(?:(?:alle|all|ale)\s+)?(?:the\s+|my\s+)?{PILLS}\s+(?:mine\s+|mi\s+)?(?:klare|klar|klart|ready)\s+(?:for\s+)?(?:i\s+kveld|i\s+natt|i\s+nat|tonight))\b",
        # round 94 (batch 169): "i have all the pills in my hand now" (all the pills in one's hand now; not for the doctor, the pharmacy, a dosett or a trip, the shared guard,
        # nor a question which one or sorting them: "i have all the pills in my hand now, which one is for the morning")
        r"^(?=.*\s(?:hand|hands|handa|handen|hendene|hendane|hendan)\s)"  # the rare words first: the check is cheaper so
        + _PILLS_IN_THE_HAND_NOT_SORTED  # round 95: the guards made a constant
        + rf".*\s(?P<hit>(?:have|got|holding|hold|har|held|holder|sitter\s+med|sit\s+med)\s+(?P<all>(?:all|alle|ale)\s+)?(?:the\s+|my\s+)?{PILLS}\s+(?:mine\s+)?(?:in|i)\s+(?:my\s+|the\s+)?"
        r"(?:hand|hands|handa|handen|hendene|hendane|hendan)(?:\s+(?:mi|min))?\s+(?:na|no|nu|now)"
        # found on review: without "all", a sorry or a goodbye right after it ("har tablettene i hånda nå. unnskyld for alt")
        r"(?(all)|\s+(?:unskyld|orsak|orsaka|sorry|beklager|tilgi|forgive|ha\s+det|hadet|farvel|goodbye|bye)))\b",
        # round 95 (batch 173): "privet. mne ochen ploho. jeg kan ikke mer. jeg har tablettene i hånda nå" (the pills in the hand now, without "all", with "kan ikke mer",
        # "orker ikke mer" or "i cant anymore" as a clause of its own in the message, right before "har" or as the last words; the same guards: not sorting them or asking
        # which one)
        r"^(?=.*\s(?:hand|hands|handa|handen|hendene|hendane|hendan)\s)"  # the rare words first: the check is cheaper so
        + _PILLS_IN_THE_HAND_NOT_SORTED
        + rf"(?=.*\s(?:(?:kan|orker|orke|orkar|klarer|klare|klarar|greier)\s+{NOT}\s+(?:mer|meir|mere|lenger)|(?:i\s+)?(?:cant|canot|can\s+not)\s+(?:anymore|any\s+more|take\s+it\s+anymore))"
        r"(?:\s+(?:(?:jeg|je|eg|ae|i)\s+)?(?:har|hev|have|got|sit|sitter|holder|am\s+holding|m\s+holding)\b|\s*$))"  # its own clause: not "kan ikke mer norsk enn dette"
        + rf".*\s(?P<hit>(?:have|got|holding|hold|har|held|holder|sitter\s+med|sit\s+med)\s+(?:the\s+|my\s+)?{PILLS}\s+(?:mine\s+)?(?:in|i)\s+(?:my\s+|the\s+)?"
        r"(?:hand|hands|handa|handen|hendene|hendane|hendan)(?:\s+(?:mi|min))?\s+(?:na|no|nu|now))\b",
        r" (?:la|lar|late)\s+(?:meg|mae)\s+(?:bare\s+|berre\s+|baere\s+)?(?:skli|gli|falle|detta|dete)\b(?!\s+(?:i\s+sovn|til\s+ro|inn\s+i|pa\s+plas|tilbake)\b)",
        # round 94 (batch 168): "sitt heilt ytterst på kanten oppe på fjellet ... lettest å bare la sæ falle" ("sæ", "seg", with an edge, the water or a height named; not bathing
        # or a sports jump, the shared guard, nor climbing on a rope, judo, an exercise of trust, into the sofa or to sleep, nor snow, skiing, a sledge or a slide)
        _NOT_BATHING_OR_A_SPORTS_JUMP + _unless_any(r"klatr\w*|climb\w*|tau|tauet|sikring\w*|sele\w*|judo|kamp\w*|ovelse\w*|tillit\w*|trust|sofa\w*|senga|sengen|bed|sovn|sleep\w*|sno|snoen|ski\w*"
                                                    r"|sklia|sklie\w*|ake\w*|kjelke\w*|sled\w*|slide")
        + rf"(?=.*\s(?:{_AN_EDGE_OR_THE_WATER}|{_AT_A_HEIGHT})\b)"
        r".*\s(?P<hit>(?:la|lar|late|lat)\s+(?:seg|sae|sg)\s+(?:bare\s+|berre\s+|baere\s+)?(?:falle|falla|detta|dete|skli|gli))\b(?!\s+(?:i|inn|ned\s+i|bakover|pa|til|tilbake)\b)",
        r" forsvinne\s+(?:stile\s+)?(?:fra|fra\s+hele|ut\s+av)\s+(?:denne\s+)?verden\b",
        r" (?:hope|hopa|hop)\s+og\s+(?:bli|verte|vere|vaere)\s+ferdig\b",
        r" (?:might|may)\s*(?:nt|\s+not)\s+come\s+(?:back\s+)?down\b(?!\s+(?:til|until|before|for|from\s+the\s+(?:cabin|hut|mountain)))",
        r" (?:star|sit|siter|sitter|sat|stend|klatret|klatra|climbed)\s+(?:oppa\s+|opp\s+pa\s+|pa\s+|on\s+)(?:the\s+)?(?:rekverket|gelenderet|railinga|railing|kanten)\s+(?:pa|av|on|of)\s+(?:the\s+)?(?:\w*brua|\w*bruen|\w*broa|\w*broen|\w*bru|taket|bridge)\b",
        r" (?:easy|easier)\s+to\s+(?:just\s+)?(?:step\s+of|jump|let\s+go)\b",
        r" (?:greit|godt|deilig|fint|best|lettest|easiest)\s+a\s+(?:bare\s+|berre\s+)?(?:forsvinne|forsvinn)\s+(?:der|dit|uti|i\s+vatnet|i\s+vannet|i\s+sjoen|for\s+godt)\b",
        # round 82 (batch 129): "i morgen tidlig går jeg ut i tyrifjorden og kommer ikke tilbake" (walking out into a lake, a fjord or the sea and not coming
        # back; not bathing, swimming, fishing, a boat or a kayak, nor back before, until or after a time, or with someone)
        _NOT_BATHING_OR_A_SPORTS_JUMP + r"(?!.*\s(?:bat|baten|boat|kajak\w*|kayak\w*|kano\w*|padl\w*|seil\w*|sail\w*|vade\w*|isbad\w*)\b)"
        rf".*\s(?P<hit>(?:gar|ga|walk|drar|vader)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:ut\s+i|uti|into|out\s+into)\s+{LAKE}\s+(?:og|and)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?"
        rf"(?:komer|kjem|kome|wil|am)\s+(?:{NOT}|never|aldri)\s+(?:come\s+|coming\s+)?(?:tilbake|tebake|tebage|back|opp|att|heim|hjem|home))\b(?!(?:\s+(?:igjen|att|again))?\s+(?:for|til|te|innen|before|until|pa|etter|after|med|with|i\s+(?:dag|kveld|morgen))\b)",  # found on review: "... opp igjen før"

        # round 86 (batch 138): "sitt på toppen av parkeringshuset ... tenke på å hopp" (a parking house or a silo added to the heights of the round 71 pattern below)
        # round 40 (batch 48): leaning too far out from a balcony, walking into the water from the quay
        r" (?:lene|lener|lent|lena)\s+(?:seg|meg|mae)\s+(?:litt\s+)?for\s+langt\s+ut\b",
        r" (?:kaien|kaia|brygga|sjoen|elva|stranda)\s+(?:\w+\s+){0,3}og\s+(?:gar|gjeng|walk)\s+(?:uti|ut\s+i\s+(?:sjoen|vannet|vatnet|havet|elva|fjorden))\b",
        # round 41 (batches 49-50): medicines saved up to take all at once, a relapse bag taken all at once,
        # meds lined up beside a bottle, the hose on the exhaust
        rf" {PILLS}\s+og\s+(?:spare|sparer|spart|samle|samlar|samler|gjemme|goyme)\s+(?:dei|dem|de|them)\s+(?:opp|unna)\b",
        rf" {PILLS}.*\s(?:ta|svelge|svelgje|take)\s+(?:ale|all)\s+(?:pa\s+(?:ein|en)\s+(?:gong|gang)|samtidig)\b",
        rf" (?:pose|posen|dop|dopet|heroin|stof|stofet|amfetamin|kokain|{PILLS})(?:\s.*)?\s(?:like\s+greit|like\s+godt|best|lettest)\s+a\s+(?:bare\s+|berre\s+)?(?:ta|take)\s+(?:alt|ale|hele|heile|all)\s+(?:pa\s+(?:ein|en)\s+(?:gong|gang)|samtidig|at\s+once)\b",
        r" (?:al\s+)?(?:my\s+)?(?:meds|medication|pils|tablets)\s+(?:are\s+)?(?:lined\s+up|laid\s+out|counted\s+out)\b",
        r" (?:slangen|slange|hose|hosepipe)\s+(?:pa|pa\s+til|i|inn\s+i|on|to|onto|into)\s+(?:the\s+)?(?:eksosen|eksosroret|eksos|exhaust)\b",
        # round 42 (batch 51): twenty paracetamol taken an hour ago, "thinking to jump", sleep and not wake
        rf" (?:tat|tok|tatt|svelget|svelga|svelgde|took|taken|swallowed)\s+(?:\d{{2,3}}|tjue|tretti|forti|femti)\s+(?:\w+\s+)?{PILLS}(?!\s+(?:\w+\s+)?(?:i|pa|over|per|gjennom|in)\s+(?:uka|veka|wek|month|maneden|mnd|dagen|a\s+wek|en\s+uke|ei\s+veke))",
        r" (?:thinking|think|thought|planing|wanting)\s+to\s+jump\b(?!\s+(?:ship|jobs|at|into\s+(?:a|the)\s+new))",
        r" (?:sovne|sover|sove|sovner|sleep)\s+(?:inn\s+)?(?:og|and)\s+(?:ikke|ikkje|itj|never|not)\s+(?:vakner|vaknar|vakne|wake)\s+(?:opp\s+|up\s+)?(?:igjen|att|mer|meir|again)\b",
        # round 43 (batches 52-53): all that was left of the pills taken, pills "lined up", how many it takes,
        # "nok av det andre" saved, nobody survives long in the water, the sea "tar resten"
        rf" (?:tat|tok|tatt|svelget|svelga|svelgde)\s+(?:alt|ale|resten)\s+(?:som\s+(?:var|va|e|er)\s+(?:igjen|att)\s+)?(?:av\s+)?(?:\w+\s+)?{PILLS}",
        rf" {PILLS}\s+(?:\w+\s+){{0,4}}(?:lined\s+up|laid\s+out)\b",
        r" (?:hvor|kor)\s+(?:mye|mange|mykje)\s+(?:\w+\s+){0,4}(?:\w*tablet\w*|\w*pil\w*|\w*medisin\w*)\s+(?:\w+\s+){0,4}(?:skal\s+til|ska\s+te|ska\s+til|trengs|ma\s+til)\b",
        r" (?:spart|samlet|samla|sparer|sparar)\s+(?:opp\s+)?nok\s+av\s+(?:det|de|dei|dem)\s+(?:andre|andra)\b",
        r" (?:ingen|noen|nobody|no\s+one)\s+(?:overlever|overleve|overlevar|survives)\s+(?:lenge\s+|long\s+)?(?:i|in)\s+(?:vannet|vatnet|sjoen|havet|the\s+water|the\s+sea)\b",
        r" (?:far|la|lar|let)\s+(?:havet|sjoen|elva|fjorden|the\s+sea)\s+(?:ta|tar|take)\s+(?:resten|meg|mae|me)\b",
        # round 92 (batch 162): "havet tok bror min i 98 og æ tenke mye på å la det ta mæ og" (the line above with "det" for the water named before it, thought of or wanted;
        # not bathing, surfing, sailing, paddling or a trip, nor taken along or out: "vil la det ta meg med ut, havet er fint å seile på")
        r"^(?=.*\s(?:la|late|let)\s+(?:det|den|ho|han|it)\s+(?:ta|take|hente)\s)"  # the rare words first: the check is cheaper so
        + _unless_any(r"bade\w*|bading|svom\w*|swim\w*|surf\w*|seil\w*|sail\w*|kajak\w*|padl\w*|brett\w*|tur|turen|trip")
        + rf"(?=.*\s{LAKE}\b).*\s(?P<hit>(?:tenker|tenke|tenkjer|tenkte|tenkt|thinking|thought|vil|vile|lyst|want)\s+(?:mye\s+|mykje\s+|ofte\s+|bare\s+|berre\s+|a\s+lot\s+)?(?:pa\s+|about\s+|of\s+|til\s+|te\s+)?"
        r"(?:a\s+|to\s+)?(?:la|late|let)\s+(?:det|den|ho|han|it)\s+(?:ta|take|hente)\s+(?:meg|mae|me)(?:\s+(?:og|ogsa|au|too|also))?)\b(?!\s+(?:med|with|ut|out|pa|on|til|to)\b)",
        # round 45 (batches 54-55): counting them every night, the whole dosett into a cup, the whole box with a six
        # pack, baclofen saved up, "talt dei og veit at det held", how long one manages "å la vere", what is left counted
        rf" {PILLS}\b.*\s(?:teller|tel|telle|counting|count)\s+(?:dem|dei|them)\s+(?:hver|kvar|every)\s+(?:kveld|natt|dag|night|evening)\b",
        r" (?:tomt|tomte)\s+(?:\w+\s+)?(?:dosetten|dosett|pilleboksen|medisinboksen)\s+(?:for\s+(?:heile|hele)\s+\w+\s+)?(?:ned\s+)?i\s+(?:ein|en|et|eit|a)\s+(?:kopp|glass|skal|bolle)\b",
        rf" (?:chucked|necked|downed|swallowed|took|taken|tok|tatt|svelget|svelga)\s+(?:back\s+|down\s+)?(?:the\s+)?(?:whole|entire|hele|heile)\s+(?:box|pack|packet|bottle|esken|eska|boksen|pakken|pakka|brettet|glasset)\s+(?:of\s+|med\s+)?(?:\w+\s+)?(?:{PILLS}|panad\w*|panodil\w*|ibux\w*|ibuprofen\w*|nurofen\w*|kodein\w*|codein\w*|baklofen\w*)",
        r" (?:spart|samlet|samla|sparer)\s+(?:opp\s+|pa\s+)?(?:baklofen\w*|lyrica\w*|pregabalin\w*|gabapentin\w*|vallergan\w*|theralen\w*|sarotex\w*|amitriptylin\w*|kodein\w*)\b",
        r" (?:talt|telt|counted)\s+(?:dei|dem|de|them)\s+og\s+(?:veit|vet|know)\s+at\s+(?:det|dei|de|it|they)\s+(?:held|holder|er\s+nok|rekker|is\s+enough)\b",
        r" (?:hvor|kor)\s+lenge\s+(?:jeg|eg|ae|e)\s+(?:klarer|klarar|greier|greiar)\s+a\s+la\s+(?:vaere|vere)\b",
        rf" (?:counted|counting|telt|talt)\s+(?:whats|what\s+is)\s+left\s+of\s+(?:the\s+|my\s+)?{PILLS}",
        # round 46 (batches 56-57): "tauet henger allerede oppe i låven", everything in the medicine cabinet taken,
        # "I know exactly how much of my insulin it would take", "I keep counting the pens"
        r" (?:tauet|reipet|repet|the\s+rope)\s+(?:(?:henger|heng|hangs|is\s+hanging)\s+(?:alerede|alt|already)|(?:is|er|e)\s+(?:alerede|already)\s+(?:ope|up|hanging|hengt\s+opp))\b(?!.*\s(?:baten|bat|boat|hengeren|trailer|huska|husken|swing|klatr\w*|climb\w*|flagg\w*)\b)| (?:the|a)\s+noose\s+(?:is\s+)?(?:hangs|hanging|ready|up|tied)\b",
        r" (?:tatt|tok|svelget|svelga|svelgde|taken|swallowed)\s+(?:alt|ale|everything|al)\s+(?:som\s+(?:var|va|er|e|fantes|fans)\s+|(?:that\s+)?(?:was|there\s+was)\s+|(?:jeg|eg)\s+(?:fant|fann)\s+|i\s+could\s+find\s+)?(?:i|in|fra|from)\s+(?:\w+\s+){0,2}(?:medisinskap\w*|medisinskrin\w*|medicine\s+cabinet|bathroom\s+cabinet)\b(?!.*\s(?:apotek\w*|pharmacy|kasta|kastet|threw|destru\w*|levert\w*|returned)\b)",
        rf" how\s+(?:much|many)\s+(?:of\s+)?(?:my\s+|the\s+|his\s+|her\s+)?{PILLS}\s+(?:it\s+would\s+take|would\s+be\s+enough|i\s+would\s+need)\b(?!\s+(?:for|to\s+(?:cover|get|eat)|with)\b)",
        r" (?:keep|kept|keeps)\s+counting\s+(?:the\s+|my\s+)?(?:pens|insulin\s+pens|pills|tablets)\b| (?:teller|telle|telt|talt)\s+(?:insulinpennene|pennene|insulinpennane|pennane)\s+(?:igjen|om\s+igjen|hele\s+tiden|heile\s+tida|hver\s+kveld|kvar\s+kveld)\b",
        # round 47 (batches 58-59): sleeping pills "lagt til side" (not for the pharmacy), a rope bought "and it wasn't for the
        # shed" (not "not for the boat but for the trailer")
        rf"^(?=.*\s(?:til\s+side|unna|aside|away)\s)(?!.*\s(?:apotek\w*|pharmacy|levere|lever\w*|kaste|kastes|destru\w*)\b).*\s(?:lagt|lagd|la|legger|legg|satt|set|put|puting|putting)\s+(?:til\s+side|unna|aside|away\s+some)\s+(?:\w+\s+)?{PILLS}",
        r" (?:rope|tau|tauet|reip|reipet)\b.*\s(?:wasnt|was\s+not|isnt|is\s+not|its\s+not|(?:var|va|er|e)\s+(?:ikke|ikje|itj|ite))\s+(?:for|til|te)\s+(?:the\s+|a\s+|my\s+)?(?!(?:the|a|my)\b)\w+\b(?!\s+(?:but|men|it\s+was|it\s+is|its|det\s+var|det\s+er|det\s+e|d\s+va|d\s+e)\b)",
        # round 48 (batches 60-61): how many tablets "som skal te", heart medicine saved up ("samla opp hjertemedisina"),
        # "nok te at æ slepp å vakne", sleeping tablets kept "not take them, only keep"
        rf" (?:hvor|kor)\s+(?:mange|mye|mykje)\s+(?:\w+\s+){{0,3}}{PILLS}\s+(?:\w+\s+){{0,2}}(?:som\s+)?(?:skal\s+te|ska\s+te|sku\s+te|skal\s+ti|ska\s+ti)\b",
        rf"{_NOT_FOR_THE_PHARMACY_OR_A_DOSETT}.*?\s(?P<hit>(?:samla|samlet|samler|samlar|samle|spart|sparer|sparar|spare|gjemt|gjomt|goymt|hamstret|hamstra|lagra|lagret)\s+(?:opp\s+|unna\s+|pa\s+)?(?:\w+\s+)?\w+(?:medisin\w*|medisiner|tablettene|tablettane|tablettar|pillene|pillane|pillan)\b)",
        r" (?:nok|at)\s+(?:til|te|ti)\s+at\s+(?:jeg|je|eg|ae|e)\s+(?:slipper|slepp|slipp|sleppe|slippe)\s+a\s+(?:vakne|vakna|vakn)\b(?!\s+(?:\w+\s+)?(?:av|tidlig|tidleg|om\s+natta|midt|kl|klokka|til|te)\b)",
        r" (?:slipper|slepp|slipp|slepper)\s+a\s+(?:vakne|vakna|vakn)\s+(?:mer|meir|noen\s+gang|nokon\s+gong|(?:opp\s+)?(?:igjen|att)\s*$)",
        rf" {PILLS}.*\s(?:not|dont|do\s+not|never|ikke|ikje|itj)\s+(?:take|taking|ta|tar|tek)\s+(?:them|it|dem|dei|de)\b.*\s(?:only|just|bare|berre)\s+(?:keep|keeping|save|saving|hold|holding|spare|sparer|samle|samler|gjemme|gjemmer|oppbevare|oppbevarer)\b",
        # round 50 (batch 64): Danish "har sparet insulin op" (not "gemt i køleskabet", which is kept, nor money saved
        # "op til insulinen"); pills "nok til det jeg skal" (not for a trip, nor "... skal gjøre i helga")
        rf" (?:sparet|sparede)\s+(?:op\s+|sammen\s+|pa\s+)?(?:(?!(?:til|for|te|to|penge\w*|penger|pengar)\b)\w+\s+)?{PILLS}",
        rf"^(?=.*\s(?:nok|enough)\s+(?:til|te|for)\s){_NOT_PACKING_FOR_A_TRIP}.*\s{PILLS}\b.*\s(?:nok|enough)\s+(?:til|te|for)\s+(?:det|what)\s+(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|sku|have\s+planned|am\s+going\s+to\s+do|plan\s+to\s+do)\b(?!\s+(?:pa|i|til|te|ha|bruke|ta\s+med|on|for|with|(?:gjore|gjere|gjor|do)\s+(?:i|pa|denne|neste|med|for|til|on|this|next|at))\b)",
        # round 51 (batch 66): "googled how many paracet it takes" (not for a fever or a day)
        rf" (?:googled|googla|googlet|searched|sokt\s+pa|sjekket|sjekka|checked)\s+(?:up\s+)?(?:how\s+many|hvor\s+mange|kor\s+mange)\s+(?:of\s+)?(?:my\s+|the\s+)?{PILLS}"
        r"\s+(?:it\s+takes|it\s+would\s+take)\b(?!\s+(?:for|to|a|an|per|each|til|te|pa)\b)",
        # round 53 (batch 71): "the rope is already in the car" (not for towing, a boat, a trailer, climbing or a move)
        r" (?:the\s+rope|a\s+rope|tauet|reipet|et\s+tau|eit\s+tau|eit\s+reip)\s+(?:is|er|e|ligger|ligg|lies)\s+(?:already|allerede|alt|klart|klar|ready)\s+(?:\w+\s+)?(?:in|i)\s+(?:the\s+car|my\s+car|bilen|bagasjerommet|the\s+boot|the\s+trunk)\b"
        r"(?!.*\s(?:tow\w*|slep\w*|baten|bat|boat|trailer|henger\w*|flytt\w*|moving|climb\w*|klatr\w*)\b)",
        # round 54 (batch 73): all the (sleeping) pills tonight, the time first ("i kveld skal jeg ta alle sove pillene"; not as the doctor said
        # or a course of antibiotics, nor pills taken along: "ta alle medisinene med")
        r"^(?!.*\s(?:som\s+(?:vanlig|vanleg|foreskrevet|forskrevet|legen|avtalt)|kur|kuren|antibiotika\w*|apotek\w*|levere|returnere)\b)"
        rf".*\s(?:{TONIGHT}|na|no)\s+(?:skal|ska|vil|tenker|tenkjer)\s+(?:jeg|je|eg|ae|e|i)\s+(?:a\s+)?(?:ta|svelge|svelgje|take)\s+(?:ale|alle|hele|heile|all)\s+(?:\w+\s+)?(?:mine\s+)?{PILLS}"
        r"(?!\s+(?:mine\s+)?med\b)",
        # round 55 (batch 75): "been saving my sleeping tablets for some weeks", "tonight i will take all" with pills in the message (not as
        # prescribed or a course of antibiotics, nor taken along: "... with me")
        rf" (?:saving|saved|hoarding|hoarded|hiding|hid|stockpiling|stockpiled)\s+(?:up\s+)?(?:all\s+)?(?:my\s+|the\s+)?(?:sleeping|sleep|pain|heart|nerve)\s+{PILLS}(?!\s+(?:for|from|at)\b)",
        rf"^(?=.*\s{PILLS})(?!.*\s(?:as\s+prescribed|prescribed|as\s+(?:the\s+)?doctor|antibiotic\w*|course|trip|travel\w*|holiday|cabin|hytt\w*|ferie\w*|reis\w*|pharmacy|apotek\w*)\b).*\s(?:tonight|tonite|this\s+night)\s+(?:i|me|mi)\s+"
        rf"(?:(?:will|shall|am\s+going\s+to|gonna|ll|must|go|a\s+go)\s+)?(?:take|swallow|drink|tek)\s+(?:them\s+)?(?:all|everything|all\s+of\s+them|dem\s+all)\b(?!(?:\s+\w+){0,3}\s+(?:with\s+me|along|to\s+the|back)\b)"
        rf"(?!\s+(?:the|my|your|his|her|our|these|those)\s+(?!{PILLS})\w+)",
        # round 56 (batches 76-77): Pidgin "i don take all di sleeping tablet dem" (all the pills taken; not a course of antibiotics, nor
        # today's doses as usual)
        rf"^(?!.*\s(?:antibiot\w*|penicilin\w*|kur|kuren|course|today|i\s+dag|this\s+morning|i\s+morges|as\s+usual|som\s+vanlig|for\s+today)\b).*\s(?:i|me|mi|jeg|eg|ae)\s+(?:don|done|have|ve|has|har|just|hav)\s+(?:take|taken|took|tek|tat|tatt|swalow\w*|svelg\w*)\s+(?:al|ale|alle|all)\s+(?:di|the|de|my|dem|mine|av|of)?\s*(?:\w+\s+){{0,2}}?{PILLS}",
        # round 59 (batch 82): all the pills or insulin pens put together and "det blir nok te i natt" (not for the pharmacy, a doctor or a trip)
        rf"^(?!.*\s(?:apotek\w*|pharmacy|lege\w*|doktor\w*|doctor|reis\w*|tur|turen|trip|ferie\w*|holiday|kjoleskap\w*|fridge|retur\w*|destru\w*)\b)"
        rf".*\s(?:lagt|samla|samlet|spart|gjemt|put|saved|colected)\s+(?:alle|all)\s+(?:\w+\s+)?{PILLS}(?:\s+\w+){{0,6}}?\s+(?:det|d|it)\s+(?:blir|vert|skjer|wil\s+be|happens)\s+(?:nok\s+|probably\s+)?(?:te\s+|til\s+)?(?:i\s+natt|i\s+kveld|ikveld|inatt|tonight)\b",
        # round 60 (batch 85): "skaffa nok til en siste shot" (not a drink or a vaccine); the whole insulin pen tonight (not one forgotten,
        # lost, empty or new, nor the pharmacy or the doctor)
        r"^(?!.*\s(?:tequila|vodka|sprit|akevit\w*|whisky|alkohol\w*|drink\w*|fest\w*|party|bursdag\w*|vaksine\w*|vaccine\w*|espresso|kafe|kaffe)\b)"
        r".*\s(?:skaffa|skaffet|skaft|kjopt|kjopte|fatt|fat|fikk|got|bought)\s+(?:meg\s+|mae\s+)?(?:nok|enough)\s+(?:til|te|for)\s+(?:en|ei|ein|a|one)\s+(?:siste|last|final)\s+(?:shot|skudd|dose|sproyte|hit)\b",
        rf"^(?!.*\s(?:glemt\w*|glomt\w*|mist\w*|tom|tomt|empty|ny|nye|new|resept\w*|apotek\w*|pharmacy|lege\w*|doctor|sykepleier\w*|nurse|bytt\w*)\b)(?=.*\sinsulin\w*)(?=.*\s{TONIGHT}\b)"
        r".*\s(?:hele|heile|all|alle|the\s+whole)\s+(?:(?:insulin)?(?:pennen|penna|pennene|pennane|pen|pens)\b"
        # round 69 (batch 102): all the insulin (of a late husband), with nobody to call or alone ("... in the fridge. tonight. nobody to call")
        r"|(?:the\s+|of\s+the\s+)?insulin\w*\b(?=.*\s(?:(?:nobody|no\s+one|noone|ingen|ikke\s+noen|ikkje\s+nokon)\s+(?:to\s+(?:call|talk\s+to)|a\s+(?:ringe|ringa|snakke|snakka))|alone|alene|aleine)\b))",
        # round 61 (batches 86-87): sleeping pills collected in a box, "tenkjer å ta dei sjølv i kveld" (not for the pharmacy, a doctor, a dosett or a trip)
        rf"^(?!.*\s(?:apotek\w*|pharmacy|lege\w*|doctor|retur\w*|kaste|kasta|destruer\w*|dosett\w*|ferie\w*|reis\w*|tur)\b).*\s(?:samlet|samla|samle|samler|collected|gathered|spart|sparte)\s+(?:\w+\s+){{0,3}}?{PILLS}(?:\s+\w+){{0,8}}?"
        rf"\s+(?:(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|vil|wil)|tenker|tenkjer|tenkte|planlegger|planning|going)\s+(?:a\s+|to\s+)?(?:ta|take|svelge|svelgje|swallow)\s+(?:dei|dem|de|them)\s+(?:(?:sjolv|selv|sjol|myself|alle|al)\s+)?{TONIGHT}",
        # round 67 (batch 98): the pills saved ("i save my insulin many days") and the end tonight ("tonight i finish it"; not kept in a fridge
        # or taken to a pharmacy)
        r"^(?!.*\s(?:fridge|kjoleskap\w*|apotek\w*|pharmacy)\b)"
        rf".*\s(?P<hit>(?:save|saved|saving|spart|sparer|spara|samla|samlet)\s+(?:up\s+|opp\s+)?(?:my\s+|the\s+|all\s+|mine\s+)?{PILLS}.*\s{TONIGHT}\s+(?:i|jeg|eg|ae|e)\s+(?:finish|end|avslutter|avsluttar)\s+(?:it|det))\b",
        # round 70 (batch 104): the rope taken out ("har teke fram tauet i garasjen"), and a rope thought of all evening ("det ligger et tau i boden
        # som jeg har tenkt på hele kvelden"); not for a boat, towing, climbing, a move, work or "for å ..."
        r"^(?!.*\s(?:bat|baten|boat\w*|\w*henger\w*|trailer|slep\w*|taue|tauet\s+bilen|taue\w*\s+bil\w*|klatr\w*|climb\w*|flytt\w*|moving|jobb\w*|work|presening\w*|las\w*|for\s+a|til\s+a|te\s+a)\b)"
        r".*\s(?P<hit>(?:tatt|tat|tok|teke|tek|henta|hentet|funnet|funne|fant|fann)\s+(?:fram|frem|ut)\s+(?:tauet|reipet|et\s+tau|eit\s+tau|the\s+rope)\b"
        r"|(?:tau|tauet|reip|reipet|rope)\b.*\s(?:tenkt|tenker|tenkjer|tenkte|thinking|thought)\s+(?:pa|about|of)\s+(?:hele|heile|all)\s+(?:kvelden|dagen|natta|natten|uka|veka|evening|day|night))",
        # round 72 (batch 108): all the tablets laid out on the kitchen table, with "ingen savne meg" or "jeg er ferdig" in the message (not
        # "ferdig med" something); round 73 (batches 110-111): or with "i kveld jeg tar alle" or "i natt jeg tar dem" (the word order of broken
        # Norwegian), and the pills "i en pose på bordet"; round 75 (batches 114-115): or on the bedside table with a count, a wait or now ("satt
        # frem alle tablettene på nattbordet og venter bare til min kone har sovnet", "har lagt alle pillene på bordet og teller dem nå"); never
        # for the pharmacy, a dosett, as the doctor said or for the home nurse
        _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + r"(?!.*\s(?:som\s+(?:legen|doktoren|fastlegen)(?:\s+(?:sa|sier|har\s+sagt))?|as\s+(?:the\s+)?doctor\s+(?:said|says)|as\s+prescribed|som\s+foreskrevet"
        r"|dosett\w*|apotek\w*|pharmacy|\w*sykepleie\w*|\w*sjukepleie\w*|hjemmetjeneste\w*|heimeteneste\w*|nurse|home\s+care)\b)"
        r"(?=.*\s(?:(?:ingen|nobody)\s+(?:savne|savner|sakne|saknar|will\s+miss)|(?:jeg|je|eg|ae|i)\s+(?:er|e|am)\s+ferdig(?!\s+med)"
        r"|(?:i\s+kveld|i\s+natt|tonight)\s+(?:jeg|je|eg|ae|e|i)\s+(?:tar|tek|take|skal\s+ta|ska\s+ta|will\s+take)\s+(?:alle|all|dem|dei|de|them)"
        r"|teller|telle|teljer|counting|count|venter\s+(?:bare\s+|berre\s+)?(?:til|te|pa\s+at)|waiting\s+(?:until|for)|na|no|now|i\s+kveld|i\s+natt|tonight"
        r"|(?:takk|tak)\s+for\s+alt|blir\s+stille|blir\s+stilt)\b)"  # round 77 (batch 119): "... blir stille. takk for takk for alt"
        # round 77 (batches 118-119): the pills laid out "ut på bordet. alle sammen" (a word said twice, "pillene pillene", by a brain-injured writer), and
        # pills saved since a death that "ligg framme på bordet no" (they, the saved pills; the same guards: not for the pharmacy, a dosett or as the doctor said)
        rf".*?\s(?P<hit>(?:legge|legger|legg|lagt|lagd|la|lay|laid|put)\s+(?:\w+\s+)?{PILLS}\s+(?:{PILLS}\s+)?(?:ut|fram|frem|out)\s+(?:pa|on)\s+(?:the\s+)?(?:\w*bord\w*|table)\s+(?:alle|ale|all)\s+(?:sammen|saman|of\s+them)"
        # round 85 (batch 135): "har spart på dosene en stund. ligger klart på bordet nå" (the doses saved, "klart", and "dei" left out; the same guards)
        rf"|(?:spart|spara|sparte|samla|samlet|saved)\s+(?:pa|opp|up)\s+(?:\w+\s+)?(?:{PILLS}|dosene|dosane|doser|dosar|doses)\s+.*?\s(?:(?:dei|de|dem|they)\s+)?(?:ligger|ligg|lie|are)\s+(?:framme|fremme|ute|klar|klare|klart|out|ready)\s+(?:pa|on)\s+(?:the\s+)?(?:\w*bord\w*|table)"
        rf"|(?:legge|legger|legg|lagt|lagd|la|lay|laid|put|satt|sat|setter|set)\s+(?:fram\s+|frem\s+|ut\s+|out\s+)?(?:alle|all)\s+(?:\w+\s+)?(?:the\s+)?(?:{PILLS}|\w*medisin\w*)"
        rf"\s+(?:\w+\s+){{0,3}}?(?:pa|on)\s+(?:the\s+)?(?:\w*bord\w*|table|kjokkenbenken|benken|bedside\s+table|nightstand)"
        # round 85 (batch 134): "alle pillan ligg oppstilt på kjøkkenbenken no" (lined up, laid out or ready; the same guards)
        rf"|(?:alle|all)\s+(?:\w+\s+)?{PILLS}\s+(?:\w+\s+){{0,3}}?(?:er|e|ligger|ligg|are|lie)\s+(?:(?:oppstilt|oppstilte|utlagt|utlagde|framme|fremme|klar|klare|klart|ute|ready|out|lined\s+up|laid\s+out)\s+)?"
        r"(?:i\s+(?:en|ei|ein|a)\s+(?:pose|boks|eske|bag|box)\s+)?(?:pa|on)\s+(?:the\s+)?(?:\w*bord\w*|table|kjokkenbenken|benken))\b",
        # ... and the pills saved since a month counted ("har ligget og telt opp pillene je har spart sia januar. dom ska holde nå"; not for the
        # pharmacy or a dosett)
        _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + rf".*\s(?P<hit>(?:telt|talt|telle|teller|tell|count\w*)\s+(?:opp\s+|up\s+)?(?:\w+\s+)?{PILLS}\s+(?:som\s+|that\s+)?(?:jeg|je|eg|ae|e|i)\s+(?:har\s+|have\s+|hev\s+)?(?:spart|samlet|samla|saved|gathered|collected|hamstret|hamstra))\b",
        # round 74 (batch 113): "har samla nok til en siste dose som gjør jobben" (enough gathered for a last dose, or a last dose that does the
        # job; not a dose of a vaccine or a medicine taken as prescribed: a dose without "nok" or "gjør jobben" does not match)
        r" (?P<hit>(?:samla|samlet|samlat|spart|sparte|sparet|saved|collected|gathered|stockpiled)\s+(?:opp\s+|up\s+|ihop\s+)?(?:nok|enough)\s+(?:til|te|for)\s+(?:en\s+|ei\s+|ein\s+|a\s+|the\s+)?(?:siste\s+|last\s+|final\s+)?(?:dose|overdose)"
        r"|(?:siste|last|final)\s+dose\s+(?:som|that|which)\s+(?:gjor|gjer|does|wil\s+do)\s+(?:jobben|the\s+job))\b",
        # round 85 (batch 134): the mountain guide's "tauet henger fortsatt i garasjen fra da jeg jobba. Snart finner jeg en annen bruk for det" (a rope, a hose or a gun
        # named, "another use" found for it, with soon or tonight in the message; not a boat, the garden, a cabin, climbing, a sale, re-use or the hunt)
        r"^(?=.*\s(?:tau|tauet|reip|reipet|rope|the\s+rope|slange\w*|hose|gevaer\w*|rifla|rifle\w*|hagla|hagle\w*|pistol\w*|gun)\b)"
        rf"(?=.*\s{TONIGHT}\b)"
        r"(?!.*\s(?:bat|baten|boat\w*|hage\w*|garden\w*|hytt\w*|cabin|bobil\w*|campingvogn\w*|klatr\w*|climb\w*|selg\w*|selj\w*|solgt|sell\w*|sold|finn\s+no|gjenbruk\w*|loppe\w*|fretex|jakt\w*|hunt\w*"
        r"|hund\w*|gyng\w*|husk\w*|swing|vask\w*|klesnor\w*)\b)"
        r".*\s(?P<hit>(?:(?:finner|finn|fant|funnet|skal\s+finne|ska\s+finne)\s+(?:jeg\s+|je\s+|eg\s+|ae\s+|e\s+)?|(?:jeg|je|eg|ae|e)\s+(?:har\s+)?(?:finner|finn|fant|funnet|skal\s+finne|ska\s+finne)\s+)"
        r"(?:en|ei|ein)\s+(?:annen|anna|annan|ny)\s+bruk\s+(?:for|til|av)\s+(?:det|den|dem|dei|tauet|reipet|han|ho|slangen|gevaeret|rifla|hagla))\b",
        # round 75 (batch 115): "Tauet henger i garasjen. Ville bare at noen skulle vite det." (a rope hanging, told so that someone knows; not a rope to lend,
        # fetch or use, for climbing, a boat or a tow)
        # round 80 (batch 125): "tauet heng i løa. ingen treng meg meir" (nobody needs one any more, with the rope hanging; the same guards)
        r"^(?=.*\s(?:ingen\s+(?:som\s+)?(?:trenger|treng)\s+(?:meg|mae)\s+(?:mer|meir|mere|lenger|lengre)|(?:vil|ville|wanted)\s+(?:bare\s+|berre\s+|just\s+)?(?:at\s+)?(?:noen|nokon|nan|someone|somebody)\s+(?:skulle|skal|should|to)\s+(?:vite|vete|know)|bare\s+sa\s+(?:noen|nokon|dere|du|dokker|dykk)\s+(?:vet|veit)"  # round 76 (batch 117): "bare så dere vet det"
        r"|(?:skriver|skriv|writing)\s+(?:dette|detta|det|this)\s+(?:bare\s+|berre\s+|just\s+)?(?:sa|so)\s+(?:at\s+|that\s+)?(?:noen|nokon|dere|someone|somebody)\s+(?:vet|veit|knows))\b)"  # round 77 (batch 118): "Jeg skriver dette så noen vet det"
        r"(?!.*\s(?:lane|laner|lana|borrow\w*|hente|henter|bruke|bruker|klatr\w*|climb\w*|bat|baten|boat|tilhenger\w*|slep\w*)\b)"
        # round 77 (batch 118): "Dosen jeg har liggende hjemme er tilstrekkelig" (a dose at home told as enough, so that someone knows; not enough for a time
        # or until a day)
        r".*?\s(?P<hit>(?:tauet|reipet|the\s+rope|a\s+rope|lokka|lokken|noose)\s+(?:henger|heng|hangs|is\s+hanging|er\s+festet|er\s+knytt\w*|ligger\s+klart|ligger\s+i|ligg\s+i)\b(?:\s+\w+){0,3}"
        r"|dosen\s+(?:som\s+)?(?:jeg|je|eg|ae)\s+(?:har|hev)\s+(?:liggende|liggande)(?:\s+(?:hjemme|heime|her))?\s+(?:er|e)\s+(?:tilstrekkelig|tilstrekkeleg|nok|stor\s+nok)\b(?!\s+(?:til|te|for|fram|frem|innen)\b))",  # "tauet ligger i bagasjerommet" round 76 (batch 117)

        # round 86 (batch 138): "pillan e spart opp. i natt e det nok" (the pills saved up, with tonight or "enough" named; not for the pharmacy, a dosett or the doctor,
        # nor saved for a trip: "pillene er spart opp til ferien")
        # round 92 (batch 163): "sparte tablettan sia jul. no e det nok" (the active past "sparte" with the pills after it; the same guards)
        _NOT_PILLS_FOR_THE_DOCTOR_OR_A_TRIP + r"(?=.*\s(?:i\s+natt|i\s+nat|i\s+kveld|tonight|(?:er|e)\s+(?:det|d)\s+nok|(?:det|d)\s+(?:er|e)\s+nok)\b)"
        rf".*\s(?P<hit>{PILLS}\s+(?:e|er|ligg|ligger|is|are)\s+(?:spart|samla|samlet|gomt|gjemt|saved|stocked)\s+(?:opp|unna|up)|(?:sparte|sparde|spara|sparet)\s+(?:opp\s+|pa\s+|unna\s+)?(?:\w+\s+)?{PILLS})",
        # round 92 (batch 162): "pills counted. tonight. sorry mum" (the pills told counted, with tonight, an apology or a goodbye; the shared guard, and not the usual dose
        # or for the week: "pills counted for the dosett tonight", "tablettene er talt opp for uka, ha det")
        r"^(?=.*\s(?:counted|talt|telt|tellet|opptalt)\b)"  # the rare words first: the check is cheaper so
        + _NOT_PILLS_FOR_THE_DOCTOR_OR_A_TRIP + _PILLS_TAKEN_AS_USUAL + _unless_any(r"dose\w*|ukedos\w*|uka|uke|veka|veke|week|weekly|apotek\w*|pharmacy")
        + rf"(?=.*\s(?:{TONIGHT}|sorry|tilgi|unnskyld|goodbye|farvel|ha\s+det|hadet)\b).*\s(?P<hit>{PILLS}\s+(?:(?:er|e|is|are|ble|blei|were)\s+)?(?:counted|talt|telt|tellet|opptalt)(?:\s+(?:opp|up))?)\b",
        # round 86 (batch 137): "i take all my sleeping pills now" (all one's pills taken now or tonight, as the last words; not pills taken in the morning or with food:
        # "i take all my pills now with breakfast")
        rf" (?P<hit>(?:i|im|i\s+am|i\s+wil|il)\s+(?:take|taking|swallow|swallowing)\s+(?:al|every\s+one\s+of)\s+(?:of\s+)?(?:my\s+|the\s+)?(?!vitamin\w*|daily|morning|evening)(?:\w+\s+)?{PILLS}\s+(?:now|tonight|right\s+now|at\s+once))\s*$",
        # round 86 (batch 139): "har gjort klar tauet i låven" (the rope made ready in the barn, the shed or the garage, as the whole message; not a rope for a load, hay or a boat:
        # "har gjort klar tauet i låven til høyet")
        rf"^\s(?:(?:eg|jeg|je|ae|e)\s+)?(?:har|hev|ha)\s+(?:na\s+|no\s+)?(?P<hit>(?:gjort|gjordt|gjord|laga|laget|ordna|ordnet)\s+(?:klar|klart|i\s+stand)\s+(?:tauet|reipet|tau|reip|lokka|snora)\s+(?:i|pa)\s+"
        rf"(?:laven|lava|loa|lada|garasjen|boden|buda|loftet|kjeleren|uthuset|fjoset|skogen))(?:\s+{TONIGHT})?\s*$",
        # round 87 (batches 141-142): "tauet henge klart i løa", "nie mogę już. tauet henger i garasjen" (the rope hanging, ready or not, in the barn, the shed or the
        # garage, as the last words after at most three; not a question where it is, a reminder, nor a rope for hay, a boat or a swing: "hvor er tauet? tauet henger i
        # garasjen", "tauet til båten henger i garasjen")
        _unless_any(r"hvor|kor|kvar|where|sett|finner|finn|husk\w*|remember|lane\w*|lant|hoy\w*|bat\w*|disse|klatr\w*|surr\w*|tilhenger\w*")
        + rf"^\s(?:\w+\s+){{0,3}}?(?P<hit>(?:tauet|reipet|tau|reip)\s+(?:henger|henge|heng|hang)\s+(?:klart\s+|klar\s+|alt\s+|allerede\s+|ferdig\s+)?(?:oppe\s+)?(?:i|pa)\s+"
        rf"(?:laven|lava|loa|lada|garasjen|boden|buda|loftet|kjeleren|uthuset|fjoset|fjosen|naustet))(?:\s+{TONIGHT})?\s*$",
    ),
    _sign(
        "midler: tog, bil, vann, høyder, våpen",  # round 16: the twenty-second voices batch
        # round 90 (batches 152 and 154): "tar færingen ut når det mørkne. blir ute", "går ut på svabergene når det blir mørkt og blir der" (out on the water, and staying
        # out or there as the last words; not fishing, bathing, the cabin or a trip, nor until a time: "ror ut og fisker, blir der til kvelden", "... og blir der til fredag";
        # found on review: nor out to a place or with someone, where "blir der" is staying with them: "tar båten ut til mor på øya og blir der", "går ut på moloen med ungene")
        r"^(?=.*\sblir\s+(?:ute|der|derute|dar|darute|out)\s*$)"  # the rare words first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_PACKING_FOR_A_TRIP + _NOT_ICE_FISHING + _unless_any(_AT_THE_CABIN)
        + rf".*\s(?P<hit>{_OUT_ON_THE_WATER}\b(?:\s+(?!(?:til|te|to|med|with)\b)\w+){{0,8}}?\s+(?:og\s+)?blir\s+(?:ute|der|derute|dar|darute|out\s+there))\s*$",
        # round 90 (batch 152): "sjøen e så stille. går uti snart" (into the sea or the lake named before, soon or tonight as the last words; not bathing, a warm day,
        # summer or a winter swim: "sjøen e så varm, går uti snart", "går uti og bader")
        r"^(?=.*\suti\s)"  # the rare word first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_ICE_FISHING + _unless_any(r"varm\w*|sol|sola|solen|sommar\w*|sommer\w*|deilig\w*|digg\w*|bade\w*|vinterbad\w*|isbad\w*")
        + rf"(?=.*\s{LAKE}\b).*\s(?P<hit>(?:gar|gaar|ga|vader|vasser)\s+(?:(?:jeg|je|eg|e|ae|i)\s+)?uti\s+(?:{TONIGHT}|na|no|nu|now))\s*$",
        # round 90 (batches 153-154): "e aleina på merdkanten ... kunne bare gått uti. ingen ville merka nokka før morgonskiftet", "gå opp på kanten i kveld ... bare ta
        # ett steg. Ingen merker noe før i morgen tidlig" (an edge or the water named, and nobody would notice before morning or the next shift; not without an edge or
        # water: "ingen merker noe før i morgen om jeg tar fri"; nor an inspection, a repair or a break at work: "sjekker kanten av dammen i kveld, ingen merker noe før i
        # morgen om lyset er av", "tar ein pause på merdkanten, ingen merkar noko før morgonskiftet")
        r"^(?=.*\singen\s)"  # the rare word first: the check is cheaper so
        + _unless_any(r"inspek\w*|inspis\w*|kontroll\w*|sjekk\w*|reparer\w*|vedlikehold\w*|pause|kaffe|kaffi|royk\w*|snus\w*|lyset|lys|lampa|lampen|alarm\w*")
        + rf"(?=.*\s{_AN_EDGE_OR_THE_WATER}\b).*\s(?P<hit>ingen\s+(?:vil\s+|vile\s+|ville\s+|kommer\s+til\s+a\s+|kjem\s+til\s+a\s+)?(?:merke|merka|merker|merkar|oppdage|oppdaga|oppdager|savne|sakne|savner|saknar)"
        r"\s+(?:noe|noko|noka|naka|non|nan|no|det|meg|mae)\s+(?:for|innan|innen|til)\s+(?:i\s+morgen|i\s+morgon|i\s+mora|morgonen|morgenen|\w*skiftet|\w*vakta|dagen|\w+dag))\b",
        # round 90 (batch 152): "står helt ute ved kanten no og tenke at det e enklast for alle sånn" (standing right out at the edge; not a view shown to guests, pictures,
        # fishing or a trip: "står helt ute ved kanten og tar bilder"; found on review: nor waiting for a bus or the ferry)
        _unless_any(r"bilde\w*|foto\w*|photo\w*|selfie\w*|fisk\w*|fish\w*|gjest\w*|besok\w*|turist\w*|guid\w*|tur|turen|trip|vent\w*|buss\w*|ferj\w*|hurtigrut\w*")
        + r".*\s(?P<hit>(?:star|stend|stand|standing|stod|sto|stood)\s+(?:helt\s+|heilt\s+|right\s+)?(?:ute|ut|ytterst|out)\s+(?:ved|pa|on|at|by)\s+(?:the\s+)?(?:kanten|edge|stupkanten|stupet))\b(?!\s+(?:av|ta|of|pa|til|te)\b)",
        # round 90 (batch 155): "står på havøysundbrua og ser ned. hadde vært så lett å bare slippe taket" (a bridge, an edge or a height named, and how easy it would be to
        # let go; not letting go of a worry or a job: "... slippe taket i jobben", "let go of the stress")
        # round 95 (batch 174): Northern "det hadd vært så enkelt å berre slepp taket" on top of the wind turbines ("hadd", and "slepp", "slipp" without the e); the height
        # named is not the idiom's own "taket" ("det hadd vært så enkelt å berre slepp taket, sa terapeuten om angsten min")
        r"^(?=.*\s(?:slippe|sleppe|slipp|slepp|let)\s+(?:taket|go)\b)"  # the rare words first: the check is cheaper so
        rf"^(?=.*\s(?<!slipe\s)(?<!slepe\s)(?<!slip\s)(?<!slep\s)(?:{_AN_EDGE_OR_THE_WATER}|rekkverk\w*|{_AT_A_HEIGHT})\b).*\s(?P<hit>(?:hadde|hadd|hade|ville|vile|would)\s+(?:vaert|vore|vert|ben|be)\s+(?:sa\s+|so\s+)?(?:lett|enkelt|easy)\s+(?:a\s+|to\s+)?(?:bare\s+|berre\s+|just\s+)?"
        r"(?:slippe\s+taket|sleppe\s+taket|slipp\s+taket|slepp\s+taket|let\s+go))\b(?!\s+(?:pa|i|av|om|med|of|on)\b)",
        # round 94 (batch 168): "står på sørstraumen brua. e så lett å bare klatre over rekkverket" (a bridge, an edge or a height named, and how easy it is to climb or step over
        # the railing or the edge; not bathing or a sports jump, the shared guard, nor children, a pet or a repair: "e så lett å klatre over rekkverket på brua, ungan må passe sæ")
        r"^(?=.*\s(?:lett|let|enkelt|easy)\s)"  # the rare words first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_CHILDREN_A_PET_OR_A_REPAIR  # round 95: the guard made a constant
        + rf"(?=.*\s(?:{_AN_EDGE_OR_THE_WATER}|{_AT_A_HEIGHT})\b)"
        r".*\s(?P<hit>(?:er|e|is|its|hadde\s+vaert|hadde\s+vore|ville\s+vaert|would\s+be)\s+(?:sa\s+|so\s+)?(?:lett|enkelt|easy)\s+(?:a\s+|to\s+)?(?:bare\s+|berre\s+|just\s+)?"
        r"(?:klatre|klatra|klyve|klyva|climb|hoppe|hoppa|jump|ga|go|step)\s+over\s+(?:the\s+)?(?:rekverket|rekka|gelenderet|railinga|railing|kanten|ripa|edge))\b(?!\s+(?:og|for|a|te|til|etter|med|to|and|pa|i)\b)",
        # round 94 (batch 169): "e oppi stillaset ... det e langt ned og æ tenke at det e den letteste veien ut" (the easiest way out as the last words, with a height, an edge or
        # "far down" named; not a ladder, the stairs, a lift, a door, a path or a trip)
        r"^(?=.*\s(?:letteste|lettaste|enkleste|enklaste|easiest)\s)"  # the rare words first: the check is cheaper so
        + _unless_any(r"stige\w*|ladder|trap\w*|stairs|heis\w*|lift|dor|dora|doren|door|exit|nodutgang\w*|sti|stien|stig|path|trail|tur|turen|kart\w*|map")
        + rf"(?=.*\s(?:{_AN_EDGE_OR_THE_WATER}|{_AT_A_HEIGHT}|stillas\w*|scaffold\w*|langt\s+ned|far\s+down)\b)"
        r".*\s(?P<hit>(?:den\s+)?(?:letteste|lettaste|enkleste|enklaste|the\s+easiest)\s+(?:veien|vegen|vei|veg|way)\s+(?:ut|out))\s*$",
        # round 94 (batch 171): "står på toppen ved krossobanen og ser ned på byen. tenker at det får være nok nå" (a height, an edge or the water named, and "it will have to be
        # enough now" as the last words; not a ladder or a view, fishing or bathing, a hike, skiing or training, the shared guards, nor tired legs, a coffee break, work or a wait)
        r"^(?=.*\s(?:far|fa)\s+(?:vaere|vere|vera|vaer|ver)\s+nok\s)"  # the rare words first: the check is cheaper so
        + _NOT_A_LADDER_OR_A_VIEW + _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_A_HIKE_OR_A_RUN
        + _unless_any(r"bein\w*|beina|legs|sliten|slitne|tired|kaffe|kaffi|matpakk\w*|pause|jobb\w*|arbeid\w*|vent\w*|buss\w*|ko|koen|wait\w*")
        + rf"(?=.*\s(?:{_AN_EDGE_OR_THE_WATER}|{_AT_A_HEIGHT})\b)"
        r".*\s(?P<hit>(?:det|d)\s+(?:far|fa)\s+(?:vaere|vere|vera|vaer|ver)\s+nok\s+(?:na|no|nu))\s*$",
        # round 92 (batch 162): "står ytterst på moloen no. e så lett" (at the water, a pier, an edge or a height, and "it is so easy" as the last words; not fishing or bathing,
        # the shared guard, nor a hike, a run, skiing or climbing: "står ytterst på moloen no og fiske makrell. e så lett")
        r"^(?=.*\s(?:sa|so)\s+(?:lett|enkelt|easy)\s*$)"  # the rare words first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_A_HIKE_OR_A_RUN
        + rf"(?=.*\s{_AT_THE_WATER_OR_A_HEIGHT}\b)"  # round 95: the places made a constant
        r".*\s(?P<hit>(?:(?:det|d|it)\s+)?(?:er|e|is|its)\s+(?:sa|so)\s+(?:lett|enkelt|easy))\s*$",
        # round 95 (batch 174): "står på imarsundbrua. det e så lett å berre hoppe no" (so easy to just jump, now or as the last words, at the same places; the same guards,
        # and not children, a pet or a repair, the round 94 guard, nor a ski jump: "står på brygga med ungan. det e så lett å berre hoppe no")
        r"^(?=.*\s(?:hoppe|hoppa|hopp|jump)(?:\s+(?:na|no|nu|now))?\s*$)"  # the rare words first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_A_HIKE_OR_A_RUN + _NOT_CHILDREN_A_PET_OR_A_REPAIR + _unless_any(r"hoppbakke\w*|hopprenn\w*")
        + rf"(?=.*\s{_AT_THE_WATER_OR_A_HEIGHT}\b)"
        r".*\s(?P<hit>(?:er|e|is|its|hadde\s+vaert|hadd\s+vaert|hadde\s+vore|ville\s+vaert|would\s+be)\s+(?:sa\s+|so\s+)?(?:lett|enkelt|easy)\s+(?:a\s+|to\s+)?(?:bare\s+|berre\s+|just\s+)?"
        r"(?:hoppe|hoppa|hopp|jump)(?:\s+(?:na|no|nu|now))?)\s*$",
        # round 95 (batch 173): "every night i walk down to the quay and look at the water. tonight i dont think i come back" (tonight, not thinking one comes back, with the
        # water, a quay or a bridge named; not fishing or bathing, the shared guard, nor back to a place, before or by a time: "tonight i dont think i come back before 3")
        r"^(?=.*\s(?:come|coming|kommer|kjem)\s+(?:back|tilbake|tebake)\b)"  # the rare words first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_A_HIKE_OR_A_RUN
        + rf"(?=.*\s(?:{_AT_THE_WATER_OR_A_HEIGHT}|quay|the\s+water|harbou?r|pier|docks?)\b)"
        rf".*\s(?P<hit>(?:tonight|i\s+kveld|i\s+natt)\s+(?:i\s+(?:dont|do\s+not)\s+think\s+(?:that\s+)?(?:i\s+(?:will\s+|shall\s+)?|il\s+)(?:come|coming)\s+back"
        rf"|(?:tror|trur)\s+(?:jeg|je|eg|ae|e)\s+{NOT}\s+(?:at\s+)?(?:jeg|je|eg|ae|e)\s+(?:kommer|kjem)\s+(?:tilbake|tebake)))\b"
        r"(?!\s+(?:to|til|te|tel|before|until|for|in\s+time|early|home\s+before|hjem\s+for|heim\s+for|innen)\b)",
        # round 95 (batch 175): "eg veit kor stupet er oppe på fjellet. køyrer dit no" (knowing where the cliff, the edge or the bridge is, and driving or going there now or
        # tonight; not a hike, a trip, guests, pictures or fishing, nor with someone or for a purpose after it: "... køyrer dit no med turistane")
        r"^(?=.*\s(?:stupet|stupkanten|kanten|brua|broa|bruen|broen|the\s+cliff|the\s+edge|the\s+bridge)\s)"  # the rare words first: the check is cheaper so
        + _NOT_A_HIKE_OR_A_RUN + _unless_any(r"turist\w*|gjest\w*|guid\w*|bilde\w*|foto\w*|photo\w*|fisk\w*|fish\w*")
        + r".*\s(?P<hit>(?:vet|veit|know)\s+(?:hvor|kor|kvar|where)\s+(?:stupet|stupkanten|kanten|brua|broa|bruen|broen|the\s+cliff|the\s+edge|the\s+bridge)\s+(?:er|e|is)\b"
        r"(?:\s+\w+){0,6}?\s+(?:kjorer|kjore|koyrer|koyre|kjor|gar|drar|driving|going|heading|drive|go)\s+(?:(?:eg|jeg|je|ae|i)\s+)?(?:dit|der|there)\s+(?:na|no|nu|now|i\s+kveld|i\s+natt|tonight))\b"
        r"(?!\s+(?:for|med|og|to|with|and|a)\b)",
        # round 90 (batch 153): "står med kniven på kjøkkenet og klare ikkje slutte å tenke på å bruke den på mæ sjøl" (a knife or a gun named, and using it on oneself;
        # not a cream or a tool on one's own hair: "kjøpte en krem, skal bruke den på meg selv")
        # round 92 (batch 162): "sto ved filetmaskina i dag med kniven og tenkte å stikke den i meg sjøl" (thinking of or wanting to stab it into oneself, too; not a syringe,
        # an insulin pen or a needle: "tenkte å stikke den i meg, insulinpennen altså, kniven lå ved sida")
        r"^(?=.*\s(?:kniv\w*|knife|barberblad\w*|rifl\w*|hagl\w*|gevaer\w*|pistol\w*|gun)\b)(?!.*\s(?:haret|hair|skjeg\w*|negl\w*|barbere|barberer|barbera|barbering|beard|shav\w*"
        r"|sproyt\w*|insulin\w*|nal|nala|nalen|syringe|needle|injection)\b)"  # found on review: "har" is also "have"; shaving
        rf".*\s(?P<hit>(?:bruke|bruka|bruker|use|using)\s+(?:den|det|han|kniven|hagla|rifla|it)\s+(?:pa|mot|on)\s+(?:meg|mae|mg|myself)(?:\s+{SELF})?"
        rf"|(?:tenker|tenke|tenkjer|tenkte|tenkt|thinking|thought|vil|vile|ville|lyst|want|wanted)\s+(?:pa\s+|about\s+|of\s+|til\s+|te\s+)?(?:a\s+|to\s+)?(?:bare\s+|berre\s+|just\s+)?"
        rf"(?:stikke|stikka|stab)\s+(?:den|kniven|han|it|the\s+knife)\s+(?:i|inn\s+i|into|in)\s+(?:meg|mae|myself)(?:\s+{SELF})?)\b",
        # round 90 (batch 153): "tauet henge i låven. ette fredag" (a rope hanging in the barn, a loft or a garage, and a day or tonight as the last words; not hay, animals,
        # a load, a swing or children: "tauet henge i låven, skal henta høyet ette fredag", "tauet henge i låven te huska ungane"; found on review: hanging or
        # lying ready, not lying stored: "tauet ligger i garasjen etter helga")
        _unless_any(_A_ROPE_FOR_THE_FARM_OR_PLAY)
        + r".*\s(?P<hit>(?:tauet|tau|repet|reipet|reip|snora|the\s+rope|rope)\s+(?:henger|henge|heng|hang|hangs|hanging|(?:ligger|ligg|er|e|is)\s+(?:klart?|ready))\s+(?:klart?\s+|ready\s+)?(?:i|pa|fra|from|in)\s+(?:\w+\s+)?"
        r"(?:laven|lava|fjoset|fjosen|lofta|loftet|bjelken|garasjen|bua|uthuset|the\s+barn|the\s+garage|the\s+attic)\s+(?:(?:na|no|now)\s+)?"
        r"(?:(?:ete|eter|etter|after|fra)\s+(?:\w+dag|helga|helgen|jul|juli|paske|the\s+weekend)|i\s+kveld|i\s+natt|tonight))\s*$",
        # round 91 (batches 156 and 159): "isen på røssvatnet e tynn. går utpå", "stemman sei æ ska gå utpå isen på takvatnet i natt der råka e", "tonight i walk out
        # on the lake where the ice is thin" (out on the ice or a lake, with the ice thin or open water named; not ice fishing, skiing, a warning to children or a dog,
        # testing or marking the ice, nor "ikke gå utpå": "isen på røssvatnet e tynn. går utpå og pilker", "går utpå isen for å teste om den e tynn")
        r"^(?=.*\s(?:tynn|thin|rak|raka|raken|open\s+water|apent\s+vann|apent\s+vatn)\b)"  # the rare words first: the check is cheaper so
        + _NOT_ICE_FISHING_OR_A_WARNING + _unless_any(r"test\w*|sjekk\w*|mal|male|maler|mala|check\w*|mark\w*|merk\w*")
        + r".*(?<!\sikke)(?<!\sikkje)(?<!\sitj)(?<!\snot)(?<!\sdont)\s(?P<hit>(?:gar|gaar|ga|drar|dra|walk|walking|go|going)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?"
        rf"(?:utpa(?=\s*$|\s+(?:i\s+natt|i\s+kveld|tonight|na|no|nu|now|snart|soon)\b)|(?:utpa|ut\s+pa|out\s+on|out\s+onto)\s+(?:the\s+)?(?:isen|ice|{LAKE})\b))",
        # round 91 (batch 158): "e på toppen av måtinden nu. tenke å gå utfor kanten" (at a height, thinking of going or jumping over the edge; not a hike "og tenke å gå ned
        # igjen", skis, a board, a paraglider, climbing or a bike: "på toppen av fjellet, tenker å kjøre utfor kanten på ski")
        _NOT_BATHING_OR_A_SPORTS_JUMP + _unless_any(r"ski\w*|snowboard\w*|brett\w*|paraglid\w*|klatr\w*|rapell\w*|sykkel\w*|sykl\w*|bike\w*|tur|turen|hike|hiking")
        + rf"(?=.*\s{_AT_A_HEIGHT}\b).*\s(?P<hit>(?:tenke|tenker|tenkjer|tenkt|tenkte|thinking|think)\s+(?:pa\s+|about\s+|of\s+)?(?:a\s+)?(?:ga|gaa|hoppe|hoppa|walk|walking|going|jump|jumping|step|stepping)"
        r"\s+(?:utfor|ut\s+over|over|off)\s+(?:the\s+)?(?:kanten|stupkanten|stupet|edge|cliff))\b",
        # round 91 (batch 158): "e oppå taket på blokka. høgt nok" (on a roof or a height, "high enough" as the last words; not work or snow on the roof, the shared guard,
        # nor a ladder, scaffolding, a shelf, a fence or a ski jump: "stigen når opp på taket, høyt nok", "gjerdet rundt taket e høgt nok")
        # round 93 (batch 164): "står oppe på silotaket nu. høyt nok tror æ" ("tror æ", "trur eg", "i think" after it, and a silo named); and not a ceiling, a room's "tak": "taket i den
        # nye leiligheten e høyt nok tror æ"
        _NOT_A_LADDER_OR_A_VIEW
        + _unless_any(r"(?:taket|tak)\s+(?:i|pa)\s+(?:(?:den|det|nye|gamle|min|mi)\s+)*(?:stua|stova|stuen|leilighet\w*|leilegheit\w*|romet|rommet|soverom\w*|kjoken\w*|gangen|hybel\w*"
                      r"|kjeler\w*|badet|huset|hytta)|takhoyde\w*|under\s+taket|ceiling\w*")
        + rf"(?=.*\s(?:{_AT_A_HEIGHT}|\w*etasje|balkong\w*|roof|\w*siloen|silo)\b).*\s(?P<hit>(?:hoyt|hogt|hoy|hog|high)\s+(?:nok|enough))"
        r"(?:\s+(?:tror|trur|trorr|tenker|tenkjer|i\s+think|think)(?:\s+(?:jeg|je|eg|ae|e|i))?)?\s*$",
        # round 92 (batch 161): "e på taket av siloen nu. så høgt" (on a roof, a silo, a tower or a mast, now, and "so high" as the last words; the shared guard, and not a
        # hike, painting, joy or pictures: "står på taket av siloen nu og mala. så høgt", "oppe i tårnet nå, så høyt haha")
        r"^(?=.*\s(?:sa|so)\s+(?:hoyt|hogt|high)\s*$)"  # the rare words first: the check is cheaper so
        + _NOT_A_LADDER_OR_A_VIEW + _unless_any(r"tur|turen|topptur\w*|fjelltur\w*|hike|hiking|mal|male|maler|mala|malte|maling|haha\w*|lol|wow|kult|digg\w*|deilig\w*|herlig\w*"
                                              r"|nydelig\w*|fint|flott\w*|bilde\w*|foto\w*|photo\w*|selfie\w*")
        + r"(?=.*\s(?:\w*taket|roof|\w*siloen|\w*tarnet|\w*pipa|\w*masta)\s+(?:\w+\s+){0,3}?(?:na|no|nu|now)\b).*\s(?P<hit>(?:sa|so)\s+(?:hoyt|hogt|high))\s*$",
        # round 92 (batch 160): "klatra i masta. om æ slepp e det over" (at a height, an edge or the water, and "if I let go it is over" as the last words; not climbing with a
        # rope or a harness, a climbing wall or a game: "klatra i klatreveggen på taket, om æ slepp e det over for i dag")
        r"^(?=.*\s(?:slepp|slepper|sleppe|slipper|slipp|slippe|let\s+go)\s)"  # the rare words first: the check is cheaper so
        # found on review: nor a job up there, "klatra i masta for å skifte lampa. om æ slepp e det over"
        + _unless_any(r"sikring\w*|sele\w*|klatrevegg\w*|klatrehall\w*|klatrepark\w*|buldr\w*|tau|tauet|spill\w*|game\w*|haha\w*|lol"
                      r"|skift\w*|fiks\w*|repar\w*|lamp\w*|lyspaer\w*|antenne\w*|jobb\w*|work\w*|male|mala|maling")
        + rf"(?=.*\s(?:{_AT_A_HEIGHT}|{_AN_EDGE_OR_THE_WATER}|\w*siloen|rekkverk\w*|gelender\w*|roof|mast|tower|crane|silo|ledge|edge|cliff|railing)\b)"
        r".*\s(?P<hit>(?:om|hvis|viss|dersom|if)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:slepp|slepper|sleppe|slipper|slipp|slippe|let\s+go)\s+(?:(?:na|no|taket)\s+)?(?:sa\s+)?"
        r"(?:(?:er|e|is)\s+(?:det|d|it)|(?:det|d|it)\s+(?:er|e|is)|its)\s+(?:over|slutt|ferdig))\s*$",
        # round 93 (batch 164): "writing to say goodbye before i walk down to the fjord tonight" (a goodbye before going down or out to the water, named; not bathing or
        # fishing, the shared guard, nor a trip, a boat, a ferry, a dog or the children: "sier ha det til mormor før jeg går ned til sjøen med hunden i kveld")
        r"^(?=.*\s(?:goodbye|godbye|farvel|farvell|ha\s+det|hadet)\s)"  # the rare words first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_PACKING_FOR_A_TRIP + _unless_any(r"bat|baten|boat\w*|ferj\w*|ferry|hund\w*|dog|dogs|bikkj\w*|ungene|ungane|ungan|barna|kids|children")
        + rf".*\s(?P<hit>(?:goodbye|godbye|farvel|farvell|ha\s+det|hadet)\s+(?:\w+\s+){{0,2}}?(?:before|for)\s+(?:(?:i|jeg|je|eg|ae|e)\s+)?(?:walk|walks|go|going|head|gar|ga|drar|dra)\s+"
        rf"(?:down\s+|ned\s+|ut\s+|out\s+)?(?:to|til|te|into|i|mot|towards)\s+(?:the\s+)?{LAKE})\b",
        # round 93 (batch 167): "ska gå ut på isen på vatnet og bare fortsett å gå" (out on the ice, on a lake named or not, and going on walking; not ice fishing, skating or
        # skiing, the shared guard, nor to a place, across or around: "ska gå ut på isen på vatnet og bare fortsett å gå te hytta på andre sida")
        _NOT_ICE_FISHING + r".*\s(?P<hit>(?:ga|gar|gaa|gikk|gjekk|walk|walking|go|going)\s+(?:ut\s+pa|utpa|out\s+on|out\s+onto|onto)\s+(?:the\s+)?(?:isen|ice)(?:\s+(?:pa|on)\s+(?:the\s+)?\w+)?\s+"
        r"(?:og|and)\s+(?:bare\s+|berre\s+|just\s+)?(?:fortsett|fortsette|fortsetter|fortsetja|fortsatte|heldt\s+fram|halde\s+fram|holde\s+fram|keep|kept)\s+(?:a\s+|to\s+|on\s+)?(?:ga|gaa|gar|walk|walking|going))\b"
        r"(?!\s+(?:til|te|to|mot|towards|over|across|until|langs|along|a|rundt|around|med|with)\b)",
        # round 94 (batch 168): "isen på fjorden e tynn nu. tenkte æ bare kunne gå utpå og ikke snu" (going out on the ice, named in the message, and not turning back; not ice
        # fishing, skating, children, a dog or a warning, the shared guard, nor not turning until a point: "gå utpå og ikke snu før dere ser merket")
        r"^(?=.*\s(?:isen|the\s+ice|ice)\s)"  # the rare words first: the check is cheaper so
        + _NOT_ICE_FISHING_OR_A_WARNING
        + rf".*\s(?P<hit>(?:ga|gaa|gar|walk|go)\s+(?:ut\s+pa|utpa|ut|out\s+on|out\s+onto|out)\s+(?:(?:the\s+)?(?:isen|ice)\s+)?(?:og|and)\s+(?:bare\s+|berre\s+|just\s+)?(?:{NOT}|aldri|never)\s+"
        r"(?:snu|snue|turn|turn\s+back|turn\s+around))\b(?!\s+(?:for|til|te|before|until)\b)",
        # round 94 (batch 169): "har tenkt på å bare gli uti mellom merdan og bli borte" (slipping into the water and being gone; not bathing or a sports jump, the shared guard,
        # nor a boat that glides out: "la båten gli uti vatnet og bli borte i tåka")
        r"^(?=.*\s(?:gli|glide|gliding|skli|sli|sige|slip|sliping|slide|sliding)\s)"  # the rare words first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _unless_any(r"bat|baten|bata|boat\w*|sjekt\w*|kajak\w*|kano\w*|skute\w*")
        + r".*\s(?P<hit>(?:bare\s+|berre\s+|just\s+)?(?:gli|glide|gliding|skli|sli|sige|slip|sliping|slide|sliding)\s+(?:uti|ut\s+i|inn\s+i|ned\s+i|into|in)\s+(?:\w+\s+){0,3}?(?:og|and)\s+"
        r"(?:bli\s+borte|forsvinne|forsvinn|forsvinna|be\s+gone|disappear|disappearing|vanish|vanishing|aldri\s+komme\s+opp|never\s+come\s+up))\b",
        # round 94 (batch 170): "rodde ut i natt ... snudde til slutt. veit ikkje om eg snur neste gong" (not knowing if one turns back next time, with a boat, the water, the
        # ice, a bridge or an edge named; not a hike or skiing, the shared guard, nor fishing or the weather, nor going on further or "or" after it: "veit ikkje om eg snur neste
        # gong eller ror til byen")
        r"^(?=.*\s(?:snur|snu|turn)\s)"  # the rare words first: the check is cheaper so
        rf"(?=.*\s(?:rodde|rodd|ror|padla|padlet|padler|bat\w*|sjekta|kajak\w*|boat|{LAKE}|isen|\w*brua|bridge|kanten|stupet)\b)"
        + _NOT_A_HIKE_OR_A_RUN + _unless_any(r"toppen|summit|vaer\w*|weather|fisk\w*|fish\w*")
        + rf".*\s(?P<hit>(?:(?:vet|veit|vett)\s+{NOT}|(?:dont|do\s+not)\s+know)\s+(?:om|if|whether)\s+(?:jeg|je|eg|ae|e|i)\s+(?:snur|snu|turn|wil\s+turn)\s+(?:\w+\s+)?(?:neste|next)\s+(?:gong|gang|gangen|gongen|time))\b"
        r"(?!\s+(?:eller|or|ogsa|og|too|til|te|for)\b)",
        # round 94 (batch 171): "går ned til bandak i kveld. vatnet er svart og kaldt og det er greitt for meg" (the water told black, cold or deep, and "that is fine for me" as
        # the last words; not bathing, fishing, a wetsuit, a boat or a trip)
        r"^(?=.*\s(?:greit|grei|ok|okei|okay|fint|fine|bra)\s+(?:for|med|with|by)\s+(?:meg|mae|me)\s*$)"  # the rare words first: the check is cheaper so
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _unless_any(r"vatdrakt\w*|drakt\w*|isbad\w*|vinterbad\w*|dyk\w*|kajak\w*|bat\w*|boat\w*|tur|turen|hyt\w*|ski\w*")
        + rf".*\s(?:{LAKE}|sjoen|vatnet|vannet)\s+(?:er|e|is)\s+(?:\w+\s+){{0,3}}?(?:svart|kaldt|kald|iskaldt|iskald|morkt|djupt|dypt|black|cold|dark|deep)\b"
        r".*\s(?P<hit>(?:det|d|that|its|it\s+is)\s+(?:er\s+|e\s+|is\s+|s\s+)?(?:greit|grei|ok|okei|okay|fint|fine|bra)\s+(?:for|med|with|by)\s+(?:meg|mae|me))\s*$",
        # round 91 (batch 157): "every day I walk on the beach at Bleik and think everyone would be better off if I just walked into the sea and kept going" (into the sea
        # or the water and going on; not bathing or swimming, the shared guard, nor going on to a place or until a point: "walked into the sea and kept going until the water
        # reached my knees", "gikk ut i sjøen og fortsatte å bade")
        _NOT_BATHING_OR_A_SPORTS_JUMP + rf".*\s(?P<hit>(?:walk|walked|walking|go|going|went|ga|gar|gikk|gjekk)\s+(?:(?:straight|right|rett)\s+)?(?:into|in\s+to|ut\s+i|uti)\s+(?:the\s+)?(?:sea|water|ocean|{LAKE})"
        r"\s+(?:and|og)\s+(?:just\s+|bare\s+|berre\s+)?(?:kept\s+going|keep\s+going|kept\s+walking|keep\s+walking|fortsatte|fortsette|heldt\s+fram|halde\s+fram|holdt\s+fram|holde\s+fram))\b"
        r"(?!\s+(?:to|til|te|until|towards|mot|along|langs|across|over|a|swimming|swim)\b)",
        # round 91 (batches 156 and 159): "tau i låven. sorry", "I have the rope in the garage now. tonight when the kids are with their mother. sorry" (a rope in the barn, a
        # shed or the garage first, and an apology as the last words; not the farm or play, the shared guard, nor a rope fetched, lent, bought or given back: "har tauet i
        # garasjen, kan du hente det? sorry", "tau i låven te kalven. sorry")
        _unless_any(_A_ROPE_FOR_THE_FARM_OR_PLAY + r"|hent\w*|lever\w*|lan\w*|borrow\w*|return\w*|tilbake|back|kjop\w*|buy\w*|bought|salg\w*|selg\w*|boat\w*|fetch\w*|get\s+it|pick\s+it\s+up")
        + r"^\s(?:(?:i\s+have|ive\s+got|i\s+got|(?:jeg\s+|je\s+|eg\s+|ae\s+|e\s+)?har|hev)\s+)?(?P<hit>(?:the\s+|a\s+)?(?:tau|tauet|reip|reipet|rope)\s+(?:\w+\s+){0,2}?(?:i|pa|in)\s+(?:the\s+)?"
        r"(?:laven|lava|lavet|loa|loen|skjulet|uthuset|garasjen|kjelleren|naustet|fjoset|fjosen|loftet|barn|shed|garage|attic))\b(?:\s+\w+){0,10}?\s+(?:sorry|beklager|orsak|unnskyld\w*|tilgi\s+meg|tilgi\s+mae|tilgi\s+mg|forgive\s+me)\s*$",
        # round 91 (batch 158): "sitt i bilen oppe på korgfjellet m motoren i gang og alle vinduan lukka. ville bare si ha det" (the engine running and all windows shut, with a
        # goodbye; not warming or charging the car, waiting, a mechanic or being late: "sitt i bilen m motoren i gang for å varme den, alle vinduan lukka. ha det")
        _NOT_WARMING_A_CAR + _unless_any(r"varm\w*|warm\w*|heat\w*|vent\w*|wait\w*|lad\w*|charg\w*|mekanik\w*|verksted\w*|mechanic|sen|seint|sent|late")
        + r"(?=.*\s(?:motoren|motor|the\s+engine|engine)\s+(?:i\s+gang|gar|running|on)\b)(?=.*\s(?:ha\s+det|hadet|farvel|goodbye|takk\s+for\s+alt|adjo)\b)"
        r".*\s(?P<hit>(?:alle\s+|all\s+(?:the\s+)?)?(?:vinduan|vinduene|vinduane|vindua|vinduer|vindauga|windows)\s+(?:er\s+|e\s+|are\s+)?(?:lukka|lukket|lukt|stengt|stengd|igjen|shut|closed|up))\b",
        # round 84 (batch 132): Lithuanian "jagtgevær er ladd og ligger på senga. i natt jeg bruker det på meg selv" (a gun named, to be used on oneself; not hunting,
        # the range, an exercise, a toy or a joke)
        _A_REAL_GUN_NAMED +
        r".*\s(?P<hit>(?:(?:jeg|je|eg|ae|e|i)\s+(?:skal\s+|ska\s+|vil\s+|wil\s+|am\s+going\s+to\s+|m\s+going\s+to\s+|im\s+going\s+to\s+|kommer\s+til\s+a\s+)?|bruker\s+(?:jeg|je|eg|ae|e)\s+)?"
        r"(?:bruker|bruke|brukar|use)\s+(?:it|them|det|den|dem|dei)\s+(?:on|pa)\s+(?:meg\s+selv|meg\s+sjol|meg\s+sjolv|mae\s+sjol|mae\s+sjolv|meg\s+sel|myself))\b",
        # round 78 (batch 121): "det er best for oss begge om vi bare sovner sammen i bilen i garasjen" (falling asleep in the car in the garage thought of as best;
        # not one who fell asleep there after a shift: a wish, "best ... om/hvis", in the present)
        r" (?:best|bedre|betre|beter|fint|godt|enklest|easiest)\s+(?:\w+\s+){0,4}?(?:om|hvis|viss|dersom|at|if)\s+(?P<hit>(?:vi|me|jeg|je|eg|ae|e|i|we)\s+(?:bare\s+|berre\s+|just\s+)?"
        r"(?:sovner|sovnar|sovne|sovna|somnar|fall\s+asleep|falls\s+asleep)\s+(?:sammen\s+|saman\s+|together\s+)?(?:i|in)\s+(?:the\s+)?(?:bilen|bil|car)\s+(?:i|in)\s+(?:the\s+)?(?:garasjen|garasje|garage))\b",
        # round 78 (batch 121): "tar jeg bilen opp mot haukelifjell og kjører ut der det er brattest" (driving off where it is steepest, with the car named; not
        # skiing, a bike or a sledge)
        r"^(?=.*\s(?:bilen|bil|the\s+car|car)\b)(?!.*\s(?:ski\w*|slalam\w*|alpin\w*|snowboard\w*|sykkel\w*|sykle\w*|bike|kjelke\w*|akebret\w*|sled\w*)\b)"
        r".*\s(?P<hit>(?:kjore|kjor|kjorer|kjyre|koyre|koyrer|drive|drives)\s+(?:bilen\s+)?(?:ut|utfor|off)\s+(?:der|where)\s+(?:det|it)\s+(?:er|e|is)\s+(?:brattest|brattast|steepest))\b",
        # round 76 (batch 117): "sitt oppå taket nu" (sitting or standing on the roof now; not work on a roof, snow, a repair, a photo, the view or the sunset)
        _NOT_WORK_ON_A_ROOF + r".*?\s(?P<hit>(?:sit|siter|sitter|star|stend)\s+(?:oppa|opp\s+pa|oppe\s+pa|pa)\s+taket\s+(?:na|no|nu|now))\b",
        # round 76 (batch 117): "står ved rekkverket på brua over motorveien i asker nå" (at the railing of a bridge now; not waiting for a bus or a friend, a
        # photo, fishing or a walk, unless words of an end are there)
        _NOT_A_STOP_ON_THE_BRIDGE + r".*?\s(?P<hit>(?:star|stend|sit|siter|sitter)\s+(?:ved|inatil|intil|by|at)\s+(?:the\s+)?(?:rekverket|gelenderet|gelendret|railinga|railing|kanten)\s+(?:pa|av|on|of)\s+(?:the\s+)?(?:\w*brua|\w*bruen|\w*broa|\w*broen|bridge)\b(?:\s+\w+){0,4}?\s+(?:na|no|nu|now))\b",
        # round 76 (batch 117): "kjører litt lenger ut på isen så er det over" (out on the ice and then it is over; not ice fishing, skating or skiing)
        # round 77 (batch 119): "går ut på isen på vannet og går til den gir etter" (walking until the ice gives way; the same guard)
        # round 85 (batch 134): "har kjørt ut til isen i adventfjorden og skal bare gå utover til den sprekker" (out to the ice, up to four words after it, "skal
        # bare" before walking, "utover", and until it cracks; the same guard)
        _NOT_ICE_FISHING + r".*?\s(?P<hit>ut\s+(?:pa|til|te|onto|to)\s+(?:isen|the\s+ice)\s+(?:\w+\s+){0,4}?(?:(?:sa|og\s+sa|then)\s+(?:er|e|blir|is)\s+(?:det|d|de|alt|it)\s+(?:over|slutt|ferdig)"
        r"|(?:og\s+|and\s+)?(?:(?:skal|ska|vil|will)\s+(?:bare\s+|berre\s+|just\s+)?)?(?:gar|ga|walk|walks)\s+(?:utover\s+|videre\s+|out\s+)?(?:til|te|until)\s+(?:den|han|ho|isen|it)\s+"
        r"(?:gir\s+etter|gir\s+seg|brister|bryt\s+saman|breaks|gives\s+way|sprekker|sprekk|knekker|cracks)))\b",
        # round 79 (batch 123): "blank is på fjorden ... gå ut på den i kveld og ikke vende om" (out on the ice, or on "den" with ice named, and not turning back;
        # the same guard against ice fishing, skating or skiing)
        # round 85 (batch 134): "kor lenge må isen på vatnet ligge før han bær en voksen? æ har tenkt å gå ut dit aleina i natt og ikkje snu" (out "dit", there, with
        # the ice named; the same guard; not turning back only before a time or a place: "... og ikke snu før vi er over")
        _NOT_ICE_FISHING + r"(?=.*\s(?:is|isen|ice|isflaket)\b).*?\s(?P<hit>ut\s+(?:pa\s+(?:isen|the\s+ice|den|ho)|dit|there)\s+(?:\w+\s+){0,3}?(?:og|and)\s+(?:ike|ikje|itj|ite|aldri|not|never)\s+"
        r"(?:vende\s+om|snu|snur|kome\s+(?:tilbake|heim|hjem|i\s+land)|turn\s+(?:back|around)|come\s+back))\b(?!\s+(?:for|til|te|until|before)\b)",
        # round 85 (batch 134): the old fisherman's "ror ut. blir der" (rowing, paddling or swimming out, or walking or driving out into the water, and staying there,
        # as the last words or "for godt"; not fishing, the nets, bathing, a trip, a kayak or a regatta, nor staying there until a time: "ror ut og fisker, blir der
        # til kvelden", "blir der til fredag")
        _unless_any(r"fisk\w*|fish\w*|garn\w*|teine\w*|pilk\w*|bade\w*|bading|tur|turen|trip|kajak\w*|kayak\w*|padletur\w*|regat\w*|trening\w*|hytt\w*")
        + rf".*\s(?P<hit>(?:(?:ror|rorer|ro|padler|padle|svommer|svomer|vasser|vader)\s+(?:jeg\s+|je\s+|eg\s+|ae\s+|e\s+)?ut|(?:gar|ga|drar|dreg|kjorer|koyrer)\s+(?:jeg\s+|je\s+|eg\s+|ae\s+|e\s+)?ut\s+(?:i|pa)\s+{LAKE})"
        r"(?:\s+(?:i\s+kveld|i\s+natt|i\s+nat|na|no|snart))?\s+(?:og\s+)?(?:(?:jeg|je|eg|ae|e)\s+)?(?:blir|vert|bli)\s+(?:vaerende\s+|verande\s+)?(?:der|dar|derute|der\s+ute|ute))"
        r"(?=\s*$|\s+(?:for\s+godt|for\s+alltid|for\s+altid)\b)",
        # round 79 (batch 122): "har stått på taket av blokken i en time ... vet ikke om jeg vil gå ned igjen" (on a roof, a bridge or an edge, not sure of going down
        # again; not snow clearing, repairs, work, pictures or a party up there)
        _NOT_WORK_ON_A_ROOF + r"(?=.*\s(?:taket|the\s+roof|brua|bruen|broa|broen|kanten|stupet|the\s+bridge|the\s+edge)\b).*?\s(?P<hit>(?:vet|veit|vit)\s+(?:ike|ikje|itj|ite)\s+om\s+(?:jeg|je|eg|ae|e)\s+"
        r"(?:vil|vile|skal|ska|orker|klarer)\s+(?:a\s+)?(?:ga|gar|kome|klatre|klive)\s+ned\s+(?:igjen|att)|(?:dont|do\s+not)\s+know\s+if\s+i\s+(?:want\s+to|wil)\s+(?:come|go|climb)\s+(?:back\s+)?down)\b",
        # round 62 (batches 88-89): thinking one just walks into the sea from the quay ("tror ..." round 63; not bathing, swimming, fishing or cooling off);
        # on scaffolding "i dag jeg hopper" (not work, a sports jump, nor hopping over a lunch); a gun at home thought of all the time
        # (not looking forward to the hunt, selling, cleaning it or a licence)
        r"^(?=.*\s(?:kaien|kaia|brygga|moloen|sjoen|havet|vanet|vatnet|fjorden|pier|quay|the\s+sea|the\s+water)\b)(?!.*\s(?:bad[ae]\w*|bading|svom\w*|symj\w*|swim\w*|fisk\w*|fish\w*|cool\w*|avkjol\w*|varm\w*|heat\w*)\b)"
        r".*\s(?P<hit>(?:tenker|tenke|tenkje|tenkjer|tenkte|thinking|tror|trur|think|kanskje|kanskj|maybe)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:bare\s+|bere\s+|berre\s+|just\s+)?(?:a\s+|to\s+)?(?:gar|ga|walk|walks)\s+(?:uti|(?:ut|inn)\s+i\s+(?:sjoen|havet|vanet|vatnet|fjorden)|into\s+the\s+(?:sea|water))"
        # round 80 (batch 125): Swedish "tänker åka hem till västkusten och gå ut i havet" (a journey named first; the same guards)
        r"|(?:taenker|tanker|tenker|tenkjer|planerar|planlegger)\s+(?:\w+\s+){1,5}?(?:och|og|and)\s+(?:ga|gar|walk)\s+(?:ut\s+i|uti)\s+(?:havet|sjon|sjoen|vatnet|vanet|fjorden))\b",  # "tenkjer å gå uti han" round 76 (batch 116); "inn i vannet" round 73 (batch 110); round 74 (batch 113): "kanskje jeg bare går ut i sjøen" (maybe; the same guards: not bathing, fishing or cooling off)
        _NOT_BATHING_OR_A_SPORTS_JUMP + r"(?!.*\s(?<!ike\sfor\s)(?<!not\sfor\s)(?:jobb\w*|work\w*|lunsj|lunch|pause)\b)(?=.*\s(?:stilas\w*|scafold\w*|taket|\w*etasje|balkong\w*)\b)"
        r".*\s(?:(?:i\s+dag|i\s+kveld|i\s+nat|na|no|now|today|tonight)\s+(?:jeg|je|eg|ae|i)\s+(?:hoper|hopar|jump)|(?:jeg|je|eg|ae|i)\s+(?:hoper|hopar|jump)\s+(?:i\s+dag|i\s+kveld|i\s+nat|na|no|now|today|tonight))\b(?!\s+(?:over|av|inn|ned|opp|op)\b)",
        # round 65 (batches 94-95): sitting with the knife, drunk all day or "det e slutt" told (not cooking, peeling, carving or whittling);
        # a place found on the edge of a named slope or cliff, to go there tonight (not a hike, a view, the sunset, pictures or a picnic)
        r"^(?=.*\s(?:druket|drukket|drikki|drukke|full|ful|fyl\w*|(?:det|d|de)\s+(?:er|e)\s+(?:over|slut)(?!\s+(?:pa|med|for|mellom)\b)))"
        r"(?!.*\s(?:\w*kok\w*|cook\w*|middag\w*|mat|maten|food|skrel\w*|potet\w*|grons\w*|lok|loken|fisk\w*|kjot\w*|brod\w*|spik\w*|slip\w*|skjaer\w*|kjokenet|kitchen|jakt\w*)\b)"
        r".*\s(?P<hit>(?:siter|sitter|sit|sitt|star|ligger|ligg|sitting)\s+(?:her\s+)?(?:med|m|with)\s+(?:kniven|kniv|ein\s+kniv|en\s+kniv|a\s+knife|the\s+knife|knife|barberbladet|barberblad))\b",
        rf"^(?=.*\s(?:ska|skal|skar|going|go|gar|drar)\s+(?:dit|der|there)\s+(?:{TONIGHT}|na|no|now)\b)"
        r"(?!.*\s(?:tur|turen|hike\w*|hiking|utsikt\w*|view|solnedgang\w*|sunset|soloppgang\w*|sunrise|bilde\w*|foto\w*|photo\w*|piknik\w*|picnic|grill\w*|fisk\w*|klatr\w*|se|sja|watch)\b)"
        r".*\s(?P<hit>(?:pa|on|at)\s+(?:the\s+)?(?:kanten|edge|ytterkanten)\s+(?:av|of|pa|til)\s+(?:the\s+)?(?:\w*skrent\w*|\w*stup\w*|\w*klip\w*|cliff\w*|\w*fjelet|\w*berget|\w*juvet|\w*bratt\w*))\b",
        # round 63 (batch 90): a gun named, hunting or not, with "tonight I finish it" (not cleaning, selling, mending it or a course)
        rf"^(?=.*\s(?:gevaer\w*|rifle\w*|rifla|hagle\w*|hagla|vapen\w*|vapnet|pistol\w*|gun|guns|shotgun)\b)(?!.*\s(?:rens\w*|reins\w*|clean\w*|selge|selje|sell\w*|sold|repair\w*|reparer\w*|kurs\w*|course|lisens\w*|licen[cs]e|jegerprov\w*|exam\w*)\b)"
        rf".*\s(?:{TONIGHT}\s+(?:i|jeg|je|eg|ae)\s+(?:finish|end|avslutter|avsluttar|ender)\s+(?:it|this|det|dette|alt|everything)"
        rf"|(?:i|jeg|je|eg|ae)\s+(?:will\s+|wil\s+|skal\s+|ska\s+)?(?:finish|end|avslutte|avslutter|avsluttar)\s+(?:it|this|det|dette|alt|everything)\s+{TONIGHT})\b",
        r"^(?!.*\s(?:gleder|gleda|looking\s+forward|selge|selje|sell|rens\w*|reins\w*|lisens\w*|politi\w*|police|vapenkort\w*)\b).*\s(?:gevaer\w*|rifle\w*|hagle\w*|vapen\w*|vapnet|gun)\b"
        r".*\s(?:jeg|eg|ae|i)\s+(?:tenker|tenkjer|tenke|think)\s+(?:pa|on|about)\s+(?:det|den|it)\s+(?:hele|heile|al)\s+(?:tiden|tida|the\s+time)\b",
        # round 29: counting how many tablets it would take
        r" (?:calculat\w*|counting|counted|regnet|regna|rekna|rekner|beregnet)\s+(?:ut\s+|on\s+)?(?:how\s+many|hvor\s+mange|kor\s+mange)\b",
        # round 25: the bridge and not going home tonight, out on the ice, driving off the road, pills "enough for it", life insurance for the kids
        r" (?:brua|broa|brygga|kaia|isen|taket|stupet|bridge)\b.*\s(?:ike|ikje|itj|not)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:gar|kommer|komer|kjem|drar|go|going)\s+(?:hjem|heim|home|ned\s+(?:trapa|trapene|trapa|derfra|herfra)|down\s+the\s+stairs)\s*(?:igjen|at|again)?\s*$",  # "går ned trappa igjen" round 71 (batch 107)
        r" (?:ga|gar|gaa|drar|walk)\s+ut\s+(?:pa|on)\s+(?:isen|the\s+ice)\b.*\s(?:(?:ike|ikje|itj|aldri|not|never)\s+(?:komme|kome|komer|kom|kjem|come)|(?:komer|kjem|kom)\s+(?:ike|ikje|itj|aldri))\s+(?:tilbake|tebake|at|hjem|heim|back)\b",
        r" (?:tenker|tenkjer|tenkte|tenke)\s+(?:mye\s+|mykje\s+|ofte\s+)?pa\s+a\s+(?:kjore|koyre|kjyre|kjor)\s+(?:bilen\s+)?(?:av|utfor)\s+(?:veien|vegen)\b",
        r" (?:pils|pills|tablets|piler|pilene|tabletter|tablettene)\b.*\s(?:enough|nok)\s+(?:for\s+it|til\s+det|to\s+do\s+it)\b",
        r" (?:took|got|bought|tok|tegnet|tegna|kjopte)\s+(?:out\s+)?(?:a\s+|en\s+|ei\s+)?(?:life\s+insurance|livsforsikring\w*)\b.*\s(?:kids|children|barna|ungene|family|familien|kona|wife)\s+(?:wil|blir|klarer|far|get|are\s+going)\b",
        # round 24: "tatt haglen ut av skapet", "walk into the sea", "går ut med båten i kveld. kjem itj tilbake"
        # round 93 (batch 165): nor the hunt as a verb, practice, a target, scaring off a predator or pictures after it ("tok med rifla ut i skogen for å jakte elg",
        # "... bare for å øve", "... for å skremme bort bjørnen", "... for å ta bilder")
        r" (?:tatt|tat|tok|tek|teke|henta|hentet|hentat)\s+(?:\w+\s+)?(?:hagla|haglen|hagle|gevaeret|geveret|rifla|rifle|pistolen|revolveren|vapenet|the\s+gun|my\s+gun|shotgun)\s+(?:ut|fram|frem|out)\b"
        # found on review: the hunt as part of a word too ("... skal på elgjakt i mårra")
        r"(?!.*\b(?:\w*jakt\w*|jakte|jakter|jaktet|hunting|skyting|skytebane|rense|reinse|rens|selge|selje|selja|ove|oving|blink|skremme|skreme|bilder)\b)",
        rf"{_NOT_BATHING_OR_A_SPORTS_JUMP}{_NOT_COOLING_OFF}.*?\s(?P<hit>(?:walk|walking|go|going|swim|swiming)\s+(?:out\s+)?into\s+the\s+(?:sea|ocean|water|river|fjord|lake)\b)",
        r" (?:gar|drar|ror|rer|tar)\s+ut\s+(?:med\s+)?(?:bata|baten|bat|sjekta|snekka|joleboten)\b.*\s(?:kjem|kommer|komer)\s+(?:ike|ikje|itj|aldri)\s+(?:tilbake|at|inn|heim|hjem)\b",
        # round 24: "kor lenge tar det før nån finn en som har lagt sæ ned i snøen?"
        r" (?:legge|lagt|legg|la|ligge|ligg)\s+(?:meg|mae|seg|sae|sg)\s+(?:ned\s+|ut\s+)?i\s+(?:snoen|kulda|kulden|frosten)\b(?!\s+(?:og|for\s+a)\s+(?:lag|laga|lage|lagde))",
        # round 92 (batch 161): "tenke på å sett mæ ut i snøen i natt uten jakke. de sir det e som å sovne" (to sit down out in the snow or the cold without a jacket or clothes;
        # not a snow angel or play with the children: "skal sette meg i snøen uten jakke og lage snøengel med ungene")
        _unless_any(r"snoengel\w*|snoenglar|ungene|ungane|ungan|barna|borna|kids|leik\w*|lek|leke|aking|ake|akebret\w*|isbad\w*|badstu\w*|sauna")
        + r".*\s(?P<hit>(?:sette|sett|setje|setter|set|sit|sitte)\s+(?:meg|mae)\s+(?:ut\s+|ned\s+|ute\s+)?i\s+(?:snoen|kulda|kulden|frosten|the\s+snow)\s+(?:\w+\s+){0,3}?(?:uten|utan|without)\s+"
        r"(?:jakke|jakka|jakken|klaer|kle|klede|coat|jacket|clothes))\b",
        r" (?:hvor|kor|how)\s+(?:lenge|lang\s+tid|long)\s+(?:tar\s+det|tek\s+det|does\s+it\s+take)\s+(?:for|before)\s+(?:noen|nokon|nan|non|naen|someone|anyone)\s+(?:finner|finn|find|finds)\b",
        # round 52 (batch 68): "æ tenke å gå ut i sjøen i natt" ("tenke", "tenkte")
        r" (?:like\s+greit|best|bedre|tenker|tenkt|tenkjer|tenke|tenkte|vil|skal|kommer\s+til)\s+(?:\w+\s+){0,5}(?:ga|gar|gaa)\s+(?:ut\s+)?i\s+(?:elva|sjoen|havet|vannet|vatnet|fjorden)\b(?!\s+(?:og\s+)?(?:bade|bader|fiske|fisker|svome|svomme|for\s+a\s+bade))",  # round 17
        rf" (?:kjopt|kjopte|handla|handlet)\s+{PILLS}\s+(?:pa|i|fra)\s+(?:\w+\s+){{0,2}}(?:forskjel\w*|ulike|flere|fleire|mange)\s+(?:butik\w*|apotek\w*|steder|stader|plaser)",  # round 17
        # round 20: the twenty-fifth voices batch
        # round 73: not at an exercise, with Heimevernet, at the range or in the military ("har ladet geværet på øvelse i dag")
        _NOT_A_GUN_AT_AN_EXERCISE + r".*?\s(?P<hit>(?:ladd|ladet|lada|loaded)\s+(?:\w+\s+)?(?:hagla|hagle|gevaeret|gevaer|geveret|revolveren|pistolen|rifla|rifle|the\s+gun|my\s+gun|shotgun))\b(?!.*(?:jakt|hunting|skyting|skytebane))",
        r" (?:horer|hoyrer|hear|hearing)\s+(?:\w+\s+)?(?:stemer|voices)\b.*\s(?:gjore|gjere|gjer|do)\s+(?:slut|it|det|what\s+they)\b",
        # voices telling one to do it, to jump, to die (rounds 20-21), anywhere after "stemmene"
        # ("stemmer" alone is also "is right": only "stemmene" or "stemmer som sier")
        r" (?:(?:stemene|stemane|steman|voices)\b.*\s|stemer\s+(?:som|that)\s+)(?:sier|sir|seier|tel\w*|say\w*)\s+(?:at\s+|me\s+to\s+)?(?:jeg|eg|ae|i)?\s*(?:skal|ska|ma|mo|should|must)?\s*(?:do|doy|drepe|kil|die|hope|hopa|jump|ta\s+livet|end\s+it|gjore\s+(?:det|slut)|gjere\s+(?:det|slut))\b",
        # round 19: the twenty-fourth voices batch
        r" (?:ledning\w*|tau\w*|reip\w*|belte\w*|beltet|skjerf\w*|rope|cord|cable|belt)\s+(?:\w+\s+){0,2}(?:rundt|round|around)\s+(?:halsen|nakken|my\s+neck)\b",
        r" (?:grilkul\w*|grilkol\w*|kul\s+til\s+grilen|charcoal)\b.*\s(?:gafa\w*|teip\w*|tape|garasjen|bilen|badet|car|garage)\b",
        # round 23: nights on the bridge or the quay (not fishing), the engine running in the garage; the shotgun one thinks about
        r"^(?!.*\s(?:fisk\w*|bade|bader|svome|svomme)\b).*\s(?:statt|stod|sto|star|gikk|gar|gatt)\s+(?:ned\s+|ut\s+)?(?:pa|til)\s+(?:brua|bruen|broa|kaia|kaien|moloen|taket)\s+(?:\w+\s+){0,4}(?:netter|neter|kvelder|kvelda|kveldar|netene|nettene)\b",
        # round 95 (batch 175): Nynorsk "gåande", "gaande" once normalised ("sit i bilen inne i garasjen med motoren gåande"; the same guard: not warming or mending the car)
        rf"{_NOT_WARMING_A_CAR}.*?\s(?P<hit>garasjen\b.*\smotoren\s+(?:i\s+gang|pa|igang|gaende|gande|running)\b)",
        # round 77 (batch 118): "sitting in my car in the basement parking with the engine running and the windows closed" (a cellar or basement; not
        # warming or mending the car, nor waiting for or picking up someone)
        _NOT_WARMING_A_CAR + r"(?!.*\s(?:venter|ventar|waiting|wait|henter|hente|picking|pick)\b)(?=.*\s(?:bil|bilen|bilan|car)\b).*?\s(?P<hit>(?:kjelleren|kjellaren|parkeringskjeller\w*|basement|the\s+garage|my\s+garage)\b.*\s(?:motoren|motorn|the\s+engine|engine)\s+(?:i\s+gang|pa|igang|gaende|running|on)\b)",
        # round 26: "sidder i bilen nere ve kaia mæ motoren på" (not waiting for the ferry), the shotgun lying ready, voices naming tonight, the thin ice
        r"^(?!.*\s(?:ferja|ferje\w*|venter|ventar|ko|koen)\b).*\s(?:kaia|kaien|brygga|bryggen|moloen|molo|havna|havnen|hamna)\b.*\s(?:motoren|motorn)\s+(?:i\s+gang|pa|igang|gaende|running)\b",  # the mole, the harbour round 51
        # round 89 (batch 150): above, "hagla til far står klar i skapet" (the owner named after the gun with "til"; the same guard: not "... klar til rypejakta")
        r" (?:hagla|hagle|haglen|gevaeret|geveret|rifla|pistolen|revolveren|vapenet)\s+(?:(?:til|te)\s+\w+\s+(?:min\s+|mi\s+)?)?(?:ligger|ligg|ligge|star|sta|er|e|hang\w*)\s+(?:klar|klart|ladd|lada|ladet|framme|fremme)\b(?!.*\b(?<!ingen\s)(?<!ike\s)(?<!ikje\s)(?<!not\s)(?<!no\s)(?:\w*jakt\w*|hunting|skyting|skytebane)\b)",  # round 77 (batch 118): "Det blir ingen jakt i år" (no hunt: no longer the guard)  # any hunt ("rypejakta", round 72, ordinary batch 104)
        # round 73 (batch 110): a gun loaded by oneself ("æ har lada ahcci sin rifle og den står i gangen nu"; not the hunt, the range, cleaning,
        # selling, the police, a licence or an exercise)
        _NOT_A_GUN_FOR_HUNTING + _NOT_A_GUN_AT_AN_EXERCISE +
        r".*?\s(?P<hit>(?:har|ha|hev|have|has)\s+(?:lada|ladd|ladet|ladt|loaded)\s+(?:\w+\s+){0,2}?(?:rifle|rifla|rifelen|hagla|hagle|haglen|gevaeret|gevaer|borsa|borse|pistolen|pistol|revolveren|vapenet|vapnet|gun|shotgun))\b",
        # round 27: the shotgun "er tatt ut av skapet", paracetamol from three shops and how many it takes, out in the boat without a life jacket, pills saved "holder nok til en lang lur"
        r" (?:hagla|haglen|hagle|gevaeret|geveret|rifla|pistolen|revolveren|vapenet)\s+(?:er|e|ble|vart|blei)\s+(?:tat|tatt|teken|tatt\s+fram)\s+(?:ut|fram|frem)\b(?!.*\b(?:jakt|jakta|elgjakt\w*|hunting|skyting|skytebane|rens\w*|reins\w*)\b)",
        r" (?:bought|buy|got)\s+(?:\w+\s+)?(?:paracet\w*|pils|tablets|painkilers|ibux|ibuprofen)\s+(?:in|at|from)\s+(?:thre|two|four|several|diferent|\d+)\s+(?:diferent\s+)?(?:shops|stores|pharmacies)\b",
        r" (?:know|knows|vet|veit)\s+(?:exactly\s+|akurat\s+|noyaktig\s+)?(?:how\s+many|hvor\s+mange|kor\s+mange)\s+(?:it\s+takes|i\s+ned|som\s+skal\s+til|som\s+trengs|det\s+tar)\b",
        r" (?:ro|roe|rer|ror|padle|padler)\s+ut\s+(?:\w+\s+){0,4}(?:uten|utan|without)\s+(?:vest|redningsvest|flytevest|life\s*jacket)\b",
        r" (?:sobril\w*|vival\w*|stesolid\w*|valium\w*|imovane\w*|zopiklon\w*|pil\w*|tablet\w*|medisin\w*)\s+(?:jeg|eg|ae|e)\s+har\s+(?:spart|samlet|samla|gjemt|gomt)\b",
        r" (?:holder|holdar|rekker|rekk)\s+(?:nok\s+)?(?:til|te)\s+(?:en|ei|ein)\s+(?:lang\s+)+(?:lur|sovn|blund|sleep|nap)\b",
        # round 68 (batch 100): the voices say one should do it tonight ("stemmene seie at eg ska gå ut i fjorden i natt"; the choir guard now
        # anywhere in the message)
        r"^(?!.*\s(?:koret|korovelse|korovinga|synge|syngje|sangen|songen|ove|ova|ovinga|ovelse|choir|sing)\b).*?\s(?P<hit>(?:stemene|stemane|voices)\s+(?:sier|seier|seie|say|says)\s+"
        r"(?:(?:at|that)\s+(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|sku|ma|mo|should|must)\s+(?:\w+\s+){0,5}?)?(?:i\s+kveld|i\s+nat|i\s+dag|na|no|tonight|now))\b",
        r" (?:slutter|sluttar|stoper|stop|stops)\s+(?:ike|ikje|itj|not|never)\s+(?:for|til|until)\s+(?:jeg|eg|ae|i)\s+(?:gjor|gjer|do|have\s+done)\s+(?:det|it)\b",
        r" isen\b.*\s(?:tyn|svak|thin)\b.*\s(?:ike|ikje|itj)\s+(?:hadde\s+)?(?:vaert|vore|vert|vere)\s+(?:sa\s+)?(?:ile|galt|farleg|farlig)\b",
        # round 28: stones in the pockets, the sea and not coming back, the place to jump found, tonight into the sea, lying down on the ice, the boat out alone
        r" (?:fylt|fylte|fyller|stapa|stappet)\s+(?:\w+\s+)?(?:lommene|lommane|lomene|jakka|pockets)\s+(?:med|with)\s+(?:stein|steinar|steiner|stones|rocks)\b",
        # round 93 (batch 165): "går tå fjellet og itj kjæm heim att", "går æ ut på vatnet og kjæm itj tilbake" (Trøndersk "kjæm", either order with the "not"; English
        # "the lake", "the fjord", "til fjells"); not before a time with "att" or "igjen" between ("... og kjæm itj heim att før i kveld")
        r" (?:sjoen|havet|fjorden|vannet|vatnet|elva|isen|the\s+sea|the\s+ocean|the\s+water|the\s+harbour|the\s+harbor|the\s+lake|the\s+fjord"
        r"|(?:fjelet|fjela|fjelle|fjells|the\s+mountains?)(?!.*\s(?:hyt\w*|cabin|telt\w*|tent|camping|overnat\w*|tur|turen|hike\w*|hiking|ski\w*)\b))\b.*\s(?:(?:ike|ikje|itj|not|dont|wont|do\s+not)\s+(?:komme|kome|come|walk|ga|kjaem)|(?:komer|kjem|kom|kjaem)\s+(?:ike|ikje|itj|aldri))\s+(?:tilbake|back|hjem|heim|home)\b(?!(?:\s+(?:igjen|att|again))?\s+(?:for|til|te|innen|before|until|i\s+morgen|to|from|after|pa\s+(?:jobb\w*|arbeid\w*|skole\w*|skule\w*|kurs\w*|tiltak\w*|kontoret)|at\s+work)\b)(?!.*\s(?:bus|bussen|buss|taxi|drosje\w*|toget|train|ferja|ferry|skyss)\b)",  # "the water", "the harbour" round 47; not by bus or taxi round 68
        r" not\s+(?:planning|going)\s+to\s+(?:walk|come|go)\s+back\b",
        r" (?:funnet|fant|fann|funne|found)\s+(?:stedet|staden|plassen|et\s+sted|ein\s+stad|the\s+place)\s+(?:der|hvor|kor|where)\s+(?:jeg|eg|ae|i)\s+(?:skal|ska|vil|wil)\s+(?:hoppe|hoppa|jump|gjore\s+det|do\s+it)\b",
        r" (?:i\s+kveld|i\s+nat|tonight)\s+(?:gar|drar)\s+(?:jeg|eg|ae|e)\s+(?:ut\s+)?i\s+(?:sjoen|havet|elva|vannet|vatnet|fjorden)\b(?!\s+(?:og\s+)?(?:bade|bader|svom\w*|fisk\w*))",
        r" (?:ut\s+pa\s+isen|i\s+snoen)\b.*\s(?:leg|legg|legger|lagt)\s+(?:meg|mae)\s+(?:ned|ned\s+der)\b",
        r" (?:brua|broa|bridge|taket|stupet)\s+og\s+(?:hopper|hoppar|hoppe|jump|jumps)\b",
        r" (?:tar|tek)\s+(?:jeg|eg|ae|e)\s+(?:baten|bata|sjekta)\s+ut\b.*\s(?:kommer|kjem|komer)\s+(?:ike|ikje|itj|aldri)\s+(?:tilbake|at|heim|hjem)\b",
        r" (?:hagla|hagle|gevaeret|rifla|pistolen|revolveren)\b.*\s(?:tenker|tenkjer|tenkt)\s+(?:mye\s+|mykje\s+|mer\s+|meir\s+|ofte\s+)?pa\s+(?:den|han|ho|det)\b",  # "mer" round 42
        rf" {PILLS}.*\s(?:hvor|kor)\s+(?:mye|mange|mykje)\s+(?:som\s+)?(?:trengs|skal\s+til|ma\s+til)\b",
        r" (?:ingen|nobody|no\s+one|ikke\s+noen|ikkje\s+nokon)\s+(?:kommer\s+til\s+a|kjem\s+til\s+a|vil|skal|wil)\s+(?:finne|find)\s+(?:meg|mae|me)\s+(?:for|before|til|i\s+tide|in\s+time)\b",
        r" livsforsikring\w*\s+(?:er\s+|e\s+)?(?:verdt|worth)\s+(?:mer|meir|more)\s+(?:enn|than)\s+(?:meg|mae|me)\b|life\s+insurance\s+is\s+worth\s+more\s+than\s+me",
        r" (?:venter|venta|ventet|waiting)\s+(?:pa|for)\s+(?:godstog\w*|toget\s+som\s+ikke\s+stoper|tog\s+som\s+ikke\s+stoper|the\s+(?:freight|express)\s+train)\b",  # round 17
        # (not a train that made one late: "toget stod ved planovergangen, kom for sent")
        r" (?!.*(?:for\s+sent|forsink|delayed|late\b|inst))(?:planovergang\w*|jernbaneovergang\w*|level\s+crosing|railway\s+crosing|the\s+crosing)\b.*\s(?:toget|tog|togene|train|trains|express)\b",
        r" (?!.*(?:for\s+sent|forsink|delayed|late\b|inst))(?:train|trains|express)\b.*\s(?:crosing)\b",
        r" (?:uten|utan|without)\s+(?:bil)?(?:belte|beltet|seatbelt|seat\s+belt)\b.*\s(?:ikke|ikkje|itj|not)\s+(?:tenkt|tenker|planing|going)\s+(?:a|to)\s+(?:bremse|bremsa|stope|stopa|brake|stop)\b",
        r" (?:ikke|ikkje|itj)\s+(?:tenkt|tenker)\s+a\s+(?:bremse|bremsa)\b",
        r" (?:ga|gar|gikk|gatt|walk|walking|go)\s+(?:ut\s+)?(?:i|into|ut\s+i|ut\s+pa)\s+(?:sjoen|sjyen|havet|vannet|vatnet|elva|fjorden|isen|the\s+sea|the\s+water|the\s+river|the\s+ice)\b.*\s(?:ikke|ikkje|itj|aldri|never|not)\s+(?:komme|kome|kjem|come|ga)\s+(?:tilbake|back|opp|up|heim|hjem|home)\b",
        # round 73 (batch 111): "jeg vil gå inn og ikke komme opp igjen" with the sea, the harbour or the water named (not bathing, swimming, fishing
        # or cooling off)
        _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_COOLING_OFF + r"(?=.*\s(?:sjoen|havet|havna|hamna|vannet|vatnet|elva|fjorden|kaia|kaien|the\s+sea|the\s+water|the\s+river)\b)"
        r".*\s(?P<hit>(?:vil|vile|skal|ska|tenker\s+a|tenkjer\s+a|want\s+to|wana|going\s+to)\s+(?:bare\s+|berre\s+|just\s+)?(?:ga|gaa|walk|go)\s+(?:inn|ut|uti|in|out)\s+(?:og|and)\s+(?:ikke|ikje|itj|ite|aldri|not|never)\s+(?:komme|kome|come)\s+(?:opp|up|tilbake|back))\b",
        r" (?:ikke|ikkje|itj|aldri|never|not)\s+(?:ga|gaa|kome|komme|kjore|kjyre|come|go)\s+(?:ned|ner|down)\s+(?:igjen|att|again)\b(?!\s+(?:til|te|for|fra|i)\b)",
        r" (?:kommer|kjem|gar)\s+(?:ikke|ikkje|itj|aldri)\s+(?:ned|ner)\s+(?:igjen|att)\b(?!\s+(?:til|te|for|fra|i)\b)|wont\s+come\s+(?:back\s+)?down\b",
        # round 21: "veit ikkje om eg går ned att", "stått på balkongen og sett ned i en time"
        r" (?:vet|veit|vett)\s+(?:ikke|ikkje|itj)\s+om\s+(?:jeg|eg|e|ae)\s+(?:gar|kommer|kjem|klatrer|klatrar)\s+(?:ned|ner)\s+(?:igjen|att)\b",
        r" (?:star|stod|sto|statt|stat|stot|sitter|sit|satt|sat)\s+(?:oppe\s+|ute\s+)?pa\s+(?:taket|kanten|balkongen|verandaen|brua|bruen|broa|rekverket|stupet)\s+(?:\w+\s+){0,5}(?:og\s+)?(?:sett|ser|sa|sag|kikket|kika|kikka|stirret|stira|stirra|glodd|glodde|glor)\s+ned\b",
        # round 94, found on review: not the northern lights, the sunset or the view ("sitt på kanten av fjellet og ser på nordlyset, så fint")
        _unless_any(r"nordlys\w*|aurora|northern\s+lights|solnedgang\w*|soloppgang\w*|sunset|sunrise|utsikt\w*|view|bilde\w*|foto\w*|photo\w*|matpak\w*|kaffe\w*")
        + r".*?\s(?P<hit>(?:satt|sat|sate|sitter|sit|sitt|stod|sto|star)\s+pa\s+kanten\s+(?:av|ta|pa|til|te)\s+(?:\w+\s+)?(?:parkeringshuset|parkeringshus|taket|brua|broa|bruen|blokka|balkongen|stupet|fjellet|kaia|moloen))\b",
        r" (?:beina|bena|beine|beinan|legs|feet)\s+(?:utafor|utenfor|utanfor|over\s+(?:the\s+)?(?:edge|kanten|rekverket|railing))\b",
        r" (?:sat|sitting|standing|stood)\s+on\s+the\s+edge\s+of\s+(?:the\s+)?(?:rof|bridge|parking|building|cliff|balcony)",
        r" (?!.*(?:jakt|hunting|skyting|skytebane))(?:hagla|hagle|haglen|gevaeret|gevaer|geveret|revolver\w*|pistol\w*|rifla|rifle\w*|shotgun|the\s+gun|my\s+gun)\b.*\s(?:ser\s+pa|sjar\s+pa|ser\s+bare\s+pa|bare\s+ser\s+pa|baere\s+ser\s+pa|holder\s+(?:i|pa)|ladd\w*|looking\s+at|holding|loaded)\b",
        rf" {PILLS}.*\s(?:ta|svelge|svelgje|take)\s+(?:ale|alle|hele|heile|all|them\s+al)\s+(?:sammen|saman|samen|of\s+them|at\s+once|i\s+kveld|i\s+nat|tonight)\b",
        rf" \d+\s+(?:\w+\s+)?{PILLS}\s+(?:og|and|med|with)\s+(?:en\s+|ei\s+|a\s+)?(?:halv\s+|hel\s+|heil\s+|half\s+)?(?:flaske|flasker|bottle|vodka|vin|sprit|brenevin|whisky|ol)\b",
        rf" {PILLS}\s+(?:\w+\s+){{0,6}}(?:foran|framfor|fremfor|in\s+front\s+of)\s+(?:meg|mae|me)\b",
        r" (?:hentet|henta|hente|kjopt|kjopte|picked\s+up)\s+ut\s+(?:ale|alle|all)\s+(?:\w+\s+)?(?:resept\w*|medisin\w*|prescriptions)\b.*\s(?:pa\s+en\s+gang|pa\s+ein\s+gong|pa\s+en\s+gong|samtidig|at\s+once)\b",
        # round 36: letting oneself slide into the sea, the hose through the car window, the gun one thinks of every evening, the water under a bridge
        r" (?:la|late|lat)\s+(?:meg|mae|me)\s+(?:gli|sige|synke|sokke|sokk)\s+(?:ut\s+|ned\s+)?(?:i|under)\s+(?:sjoen|vannet|vatnet|havet|elva|fjorden|vatn)\b",
        r" (?:slangen|slange|hose|hosepipe)\s+(?:inn|into|in)\s+(?:(?:i|through|the|gjenom)\s+)?(?:vinduet|vindauget|bilen|the\s+window|the\s+car|window)\b",
        r" (?:jaktgevaer\w*|gevaer\w*|hagle\w*|hagla|rifle\w*|rifla|pistol\w*|vapen\w*|gun)\b.*\s(?:tenker|tenkjer|tenke|tenkje|think|thinking)\s+(?:pa|about|of)\s+(?:det|den|it)\s+(?:hver|kvar|kver|every)\s+(?:kveld|natt|dag|night|evening|day)\b",
        r" (?:looking|staring|looked|stared)\s+(?:\w+\s+){0,2}at\s+the\s+water\s+(?:under|below|from)\s+(?:the\s+)?\w*(?:brua|broa|bridge)\b",
        # round 37: thinking of walking into the sea, standing on top of a high building now
        rf"{_NOT_BATHING_OR_A_SPORTS_JUMP}{_NOT_COOLING_OFF}.*?\s(?P<hit>(?:tenkt|tenker|tenkjer|tenke|tenkte|thinking|thought)\s+(?:pa|about|of)\s+(?:a\s+)?(?:ga|gaa|hoppe|hopp|walk|walking|going|jump|jumping)\s+(?:uti|ut\s+i|into|ned\s+i)\s+(?:sjoen|vannet|vatnet|havet|elva|fjorden|the\s+sea|the\s+water|the\s+river)\b)",
        r" (?:i\s+)?(?:stand|standing|am\s+standing|sit|siting|am\s+siting)\s+(?:on\s+)?(?:the\s+)?top\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}(?:now|right\s+now)\b",
        # round 41 (batches 49-50): down on the track before the train, how cold the lake is, the balcony and "easier to go down"
        r" (?:ga|gar|gikk|hoppe|hope|hopa|hopper|legge\s+meg|walk|jump|step)\s+(?:ned\s+|ut\s+)?(?:pa\s+(?:sporet|skinnene|t\s+banesporet)|foran\s+(?:toget|t\s+banen|banen|trikken|lastebilen)|onto\s+the\s+tracks|in\s+front\s+of\s+(?:the|a)\s+(?:train|truck|tram))\b",
        r" (?:gogl\w*|googl\w*|sjek\w*|checking|checked|searching|searched|sokt|sokte|soker|lest|read\w*)\s+(?:\w+\s+){0,2}(?:how|hvor|kor)\s+(?:cold|kaldt|kald|deep|dypt|djupt)\s+(?:the\s+)?(?:\w*vatnet|\w*vannet|\w*sjoen|\w*elva|\w*fjorden|havet|water|lake|river|sea)\b",
        r" (?:balkony|balcony|balkongen|verandaen|taket|rof|bridge|brua)\b.*\s(?:easier|easy|lettere|lettare|enklere|enklare)\s+(?:to|a)\s+(?:just\s+|bare\s+|berre\s+)?(?:go\s+down|jump|fal|hope|hopa|falle|detta|ga\s+ned)\b",
        # round 42 (batch 51): the quay tonight and "så lett å bare gå utfor"
        # round 87 (batch 140): "står på ferja og ser ned i sjøen. hadd vore så lett å berre gå over rekka" (Nynorsk "hadde vore", and over the rail of a
        # ferry or a boat; not over the rail to fetch something: "går over rekka for å hente tauet")
        r" (?:hadde\s+vaert|hade\s+vaert|had\s+vaert|hadde\s+vore|had\s+vore|vile\s+vaert|vile\s+vore|er|e|would\s+be)\s+(?:sa\s+|so\s+)?(?:lett|enkelt|easy)\s+a\s+(?:bare\s+|berre\s+|baere\s+)?(?:ga|hoppe|hope|kjore|kjyre|koyre|step)\s+"
        r"(?:(?:utfor|of)\b|(?:over|utfor)\s+(?:rekka|reka|ripa|rekkverket|relingen|kanten|bord)\b(?!\s+(?:og|for|a|te|til|etter|med|to|and)\b))",
        # round 43 (batches 52-53): the shotgun out "not for hunting", the engine running with a hose, the bridge
        # stood at long, "bare ett skritt", out on the ice tonight, insurance if one drives off the road
        rf" (?:tok|tatt|tat|har)\s+(?:fram|frem|ut)\s+(?:hagla|hagle\w*|rifla|rifle\w*|gevaer\w*|vapenet|vapnet|pistol\w*)\b.*\s{NOT}\s+(?:for|te|til)\s+a\s+(?:ga\s+pa\s+|dra\s+pa\s+)?(?:jakt|jakte|jage)\b",
        r" (?:engine|motoren)\s+(?:\w+\s+){0,2}(?:running|runnin|i\s+gang|gaende)\b.*\s(?:hose|slange|slangen)\b| (?:hose|slange|slangen)\b.*\s(?:engine|motoren)\s+(?:\w+\s+){0,2}(?:running|runnin|i\s+gang|gaende)\b",
        r" (?:bare|berre|only)\s+(?:tanken|the\s+thought)\s+(?:pa|of)\s+(?:\w+\s+){1,2}som\s+(?:fekk|fikk|holdt|heldt|stoppa|stoppet)\s+(?:meg|mae)\b",
        r" (?:brua|bruen|broa|broen|moloen|molo|kaia|kaien|brygga|stupet|kanten)\s+(?:\w+\s+){0,4}(?:stod|sto|star|stend|stand|stood|sat|sit|siter|sitter)\s+(?:der\s+|there\s+)?(?:lenge|lengje|ei\s+stund|en\s+stund|for\s+ages|a\s+long\s+time)\b",
        r" (?:brua|bruen|broa|broen|kanten|vannet|vatnet|sjoen|elva|taket|vindu|vinduet|balkongen|balkong|etasje)\b.*\s(?:bare|berre|only|just)\s+(?:et|eit|one)\s+(?:skritt|steg|step)\b",  # "vindu i 9. etasje" round 45
        # round 79 (found on review): not on skates, skis or to fish ("går ut på isen på skøyter i kveld")
        _NOT_ICE_FISHING + r".*?\s(?:ga|gar|gikk|gjek|walk)\s+ut\s+pa\s+isen\b.*\s(?:i\s+nat|inat|i\s+kveld|ikveld|ikvall|ikvaell|tonight|mens\s+\w+\s+sover)\b",
        # round 80 (batch 125): "i natt jeg kjører bilen opp i fjellet over Vang, fort, ingen bremse" (driving fast with no braking; not a brake that fails, a workshop or
        # a car being mended)
        r"^(?!.*\s(?:verksted\w*|mekanik\w*|reparer\w*|fiks\w*|eu\s*kontrol\w*|bremsene\s+(?:virker|funker|er|e)|bremseklos\w*)\b)"
        r".*\s(?P<hit>(?:kjore|kjorer|kjor|kjyre|koyre|koyrer|drive|driving)\s+(?:bilen\s+|the\s+car\s+)?(?:\w+\s+){0,6}?(?:fort|full\s+fart|ful\s+gas|full\s+gass|fast)\s+(?:ingen|uten|utan|no|without)\s+(?:a\s+|to\s+)?(?:bremse|bremser|bremsing|bremsa|brake|brakes|braking))\b",
        r" \w*forsikring\w*\b.*\s(?:kjore|kjorer|kjor|kjyre|koyre|koyrer)\s+(?:\w+\s+)?(?:av|utfor|ut\s+av)\s+(?:veien|vegen)\b| (?:kjore|kjorer|kjor|kjyre|koyre|koyrer)\s+(?:\w+\s+)?(?:av|utfor|ut\s+av)\s+(?:veien|vegen)\b.*\s\w*forsikring\w*",
        # round 45 (batches 54-55): how long before one stops feeling the cold in the water, sat long on the quay,
        # the engine running in a shut garage or shed, the bridge tonight, the beam in the barn tested, the gun in the boot
        r" (?:hvor|kor)\s+lenge\s+det\s+tar\s+(?:for|til)\s+(?:man|en|ein|du)\s+(?:ikke|ikje|itj|ite)\s+(?:kjenner|kjenne)\s+(?:kulda|kulden)\b",
        r" (?:stod|sto|star|sat|sit|sitter|satt)\s+(?:jeg\s+|eg\s+)?(?:lenge|lengje|ei\s+stund|en\s+stund)\s+(?:pa|ved|oppa)\s+(?:brua|bruen|broa|broen|moloen|molo|kaia|kaien|brygga|kanten)\b",
        rf"{_NOT_WARMING_A_CAR}.*?\s(?P<hit>(?:garage|garasjen|shed|skjulet|uthuset|laven|lava|boathouse|boat\s+house|naustet|naust|bathuset|the\s+barn)\b.*\s(?:engine|motoren|ute|car|bilen|truck)\s+(?:\w+\s+)?(?:running|runnin|i\s+gang|gaende)\b|(?:engine|motoren|ute|car|bilen)\s+(?:\w+\s+)?(?:running|runnin|i\s+gang|gaende)\b.*\s(?:garage|garasjen|shed|skjulet|uthuset|laven|boathouse|boat\s+house|naustet|naust|bathuset|the\s+barn)\b)",  # the boathouse round 53 (batch 70); Scots "runnin" round 57
        r" (?:tonight|i\s+kveld|i\s+natt)\s+(?:i|jeg|eg)\s+(?:drive|kjorer|kjor|go|gar|drar)\s+(?:\w+\s+){0,2}(?:to|til|te)\s+(?:the\s+)?(?:big\s+|store\s+)?(?:bridge|brua|broen|bruen)\b",
        r" (?:bjelken|bjelke|takbjelken|the\s+beam)\s+(?:i\s+\w+\s+)?(?:held|holder|holdt|heldt|holds)\b(?!\s+(?:ike|ikje|itj|ite|not))(?=.*\s(?:testa|testet|tested|kilo|kg)\b)",
        # round 46 (batches 56-57): on a named bridge now with the water below ("står på tanabrua no. vannet e svart"),
        # on the ferry "og tenker bare hoppe", "I go to the Karmsund bridge tonight", out on the fjord or up the glacier
        # "har ikkje tenkt meg ned att", the gun taken out to a hut "og bli der", the dam "every day"
        r"^(?!.*\s(?:buss\w*|ko|koen|trafikk\w*|traffic|forsink\w*|delayed|late|fisk\w*|fish\w*)\b).*\s(?:star|stend|sit|sitter|stod|sto|standing|stand|siting)\s+(?:pa|on)\s+(?:\w+(?:brua|bruen|broa|broen|brui)|the\s+\w+\s+bridge)\s+(?:na|no|nu|now|i\s+kveld|i\s+nat|tonight)\b.*\s(?:vanet|vatnet|elva|sjoen|fjorden|havet|straumen|the\s+water|the\s+river|the\s+sea|ned\s+i\s+vane)\b",  # round 80 (batch 125): "ser ned i vanne" (dialect; only looked down into)
        # round 79 (batch 123): "står jeg ved Tista igjen og ser på vannet ... tenker jeg å bare hoppe" (standing by a river looking at the water; the subject after the
        # verb; the same guard against bathing)
        r"^(?!.*\s(?:bade\w*|bading|svomme\w*|swim\w*)\b)(?=.*(?:brua|bruen|broa|broen|bridge|\sferja|\sferjen|\sfergen|\sferga|\skaia|\skaien|\sbrygga|\sthe\s+ferry|\sthe\s+pier"
        r"|\s(?:ser|sa|glor|stirer|looking)\s+(?:pa|ned\s+i|ut\s+over|at|down\s+at)\s+(?:vanet|vatnet|elva|sjoen|fosen|straumen|the\s+water|the\s+river))\b)"
        r".*\s(?P<hit>(?:tenker|tenkjer|tenkte|thinking|think)\s+(?:(?:jeg|je|eg|ae|i)\s+(?=(?:a|pa|bare|berre)\s))?(?:bare\s+|berre\s+|just\s+|about\s+|of\s+|pa\s+)?(?:a\s+)?(?:bare\s+|berre\s+)?(?:hope|hopa|hop|jump|jumping))\b(?!\s+(?:av|of|pa|on|over|in|ship|ut\s+av)\b)",
        # round 77 (batches 118-119): "i kveld går eg ut på Karmsundbrua" (tonight first, out onto it: not "går til brua") and "kjører ut på brua over Drammenselva i kveld" (the river
        # named between; the same guards)
        r" (?P<hit>(?:i|jeg|eg|ae)\s+(?:go|going|drive|driving|walk|gar|drar|kjorer|koyrer)\s+(?:to|til|te|ut\s+pa|out\s+to|up\s+to)\s+(?:the\s+)?(?:\w+\s+)?(?:\w*bridge|\w*brua|\w*bruen|\w*broa|\w*broen)\s+(?:(?:over|across)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+)?(?:tonight|i\s+kveld|i\s+nat)"
        r"|(?:tonight|i\s+kveld|i\s+nat)\s+(?:gar|drar|kjorer|koyrer)\s+(?:jeg|je|eg|ae|e)\s+ut\s+pa\s+(?:\w*brua|\w*bruen|\w*broa|\w*broen))\b(?!\s+(?:for|to|med|with)\b)(?!.*\s(?:fisk\w*|fish\w*|hente|henter|pick\s+up|mote|moter|meet\w*|nordlys\w*|fireworks|fyrverkeri\w*)\b)",
        rf"^(?=.*(?:fjord|fjell|breen\b|\s(?:sjoen|havet|baten|bata|glacier|mountain|toppen|isen|vidda|the\s+sea|the\s+boat|the\s+ice)\b)).*\s{NOT}\s+(?:tenkt|planlagt|planning|going)\s+(?:a\s+|to\s+)?(?:meg\s+|mae\s+)?(?:(?:komme|koma|kjore|koyre|kjyre|ro|ga|come|go|sail|drive|walk|climb|dra|reise)\s+)?(?:i\s+land|inn|ned|ner|tilbake|heim|hjem|back|down|ashore|home)(?:\s+(?:igjen|att|again))?\b(?!\s+(?:for|til|te|innen|before|until|pa|etter|after|fra|from|to|med|with)\b)",
        r"^(?!.*\s(?:jakt\w*|hunting|hunt)\b).*\s(?:ta|tar|tek|tok|take|taking)\s+(?:med\s+(?:meg\s+|mae\s+)?)?(?:gevaeret|hagla|haglen|hagle|rifla|pistolen|revolveren|vapenet|vapnet|the\s+gun|my\s+gun|the\s+rifle|the\s+shotgun)\s+(?:med\s+)?(?:\w+\s+){0,4}(?:og|and)\s+(?:bli|blir|verte|stay|staying|remain)\s+(?:der|there)\b(?!\s+(?:til|te|over|i|pa|et|eit|en|ei|ein|noen|nokre|to|tre|a|an|some|until|for\s+(?:helga|helgen|natta|the\s+weekend|the\s+night)|\d+)\b)",
        r" (?:think|thinking|thought|tenker|tenkjer|tenkte|tenkt)\s+(?:about|of|pa)\s+(?:the\s+)?(?:dam|demningen|demninga|stupet|cliff|cliffs|tracks|skinnene|togskinnene|jernbanesporet)\s+(?:\w+\s+){0,2}(?:every|hver|kvar|al\s+the|hele|heile)\s+(?:day|night|evening|dag|natt|kveld|time|tiden|tida)\b",
        # round 82 (batch 128): "ikke prøv å ringe. har fått tak i en pistol. skal ikke inn igjen, ferdig med alt" (a gun got hold of, with done with it all,
        # don't try to call, or a goodbye; not hunting, the range, selling, the police or a licence, an exercise, airsoft, a toy or a film)
        _NOT_A_GUN_FOR_HUNTING + _NOT_A_GUN_AT_AN_EXERCISE + r"(?!.*\s(?:airsoft\w*|paintbal\w*|leke\w*|toy\w*|film\w*|movie\w*|kostym\w*|costume\w*|teater\w*|spill\w*|game\w*|haha\w*|lol)\b)"
        r"(?=.*\s(?:ferdig\s+med\s+(?:alt|livet|everything|it\s+al)(?!\s+(?:av|til|te|pa|for|som|\w*papir\w*|paperwork)\b)|done\s+with\s+(?:it\s+al|everything)|(?:ike|ikje|itj|ite|not|dont|do\s+not)\s+(?:prov|prov\s+a|try|try\s+to)\s+(?:a\s+)?(?:ringe|ring|call)"
        r"|ha\s+det|hadet|farvel|farvell|adjo|goodbye)\b)"
        r".*\s(?P<hit>(?:har\s+|hev\s+|have\s+|i\s+have\s+|ive\s+)?(?:fat\s+tak\s+i|fatt\s+tak\s+i|got\s+hold\s+of|skaffet\s+(?:meg|mae)|skaffa\s+(?:meg|mae)|skafa\s+(?:meg|mae)|got\s+(?:me\s+|myself\s+)?)"
        r"\s*(?:en|ei|et|ein|eit|a|an)\s+(?:pistol|revolver|gevaer|hagle|rifle|vapen|gun|shotgun|handgun))\b",
        # round 47 (batches 58-59): the rifle one cannot stop thinking about, has thought of all week or knows where the key is
        # (not hunting, cleaning, selling or the police), voices telling one to walk out on the ice or in front of the traffic,
        # "gå ut foran det" with a train coming, the boat taken out "og kommer ikke tilbake", standing at the edge, on a bridge
        # or a quay asking what the point is of driving home, thinking of not turning in the bend, "nobody will think it was on
        # purpose" (said with a road or a car); above, "the harbour" or "the water" and not coming back home, the ice "inatt"
        rf"^(?=.*\s(?:jaktgevaer\w*|gevaer\w*|hagle\w*|hagla|rifle\w*|rifla|pistol\w*|revolver\w*|vapen\w*|vapnet|gun|shotgun)\b)(?!.*\s(?:\w*jakt\w*|hunting|hunt|skyting\w*|skytebane\w*|rens\w*|reins\w*|selge|selje|selja|sold|sel|seling|politi\w*|police|lisens\w*|licen[cs]e|vapenkort\w*)\b).*\s(?:(?:klarer|klarar|greier|greiar|kan)\s+{NOT}\s+(?:a\s+)?(?:slutte|slutt|sluta|stoppe|la\s+vaere)\s+a\s+(?:tenke|tenk|tenkje|tenka)|(?:cant|canot|can\s+not)\s+stop\s+thinking|(?:tenkt|tenkte|tenker|tenkjer|thought|thinking|thinks)\s+(?:pa|about|of)\s+(?:det|den|han|ho|it)\s+(?:hele|heile|al|the\s+whole|hver|kvar|every)\s+(?:uka|uken|veka|veke|week|natta|natten|kvelden|night|tida|tiden|time|dagen|day)|(?:vet|veit|know)\s+(?:hvor|kor|kvar|where)\s+(?:nokkelen|noklene|the\s+key|the\s+keys)\s+(?:til\s+\w+\s+)?(?:ligger|ligg|er|e|is|are|henger|heng))\b",
        r" (?:stemmene|stemmane|stemmen|rosterna|rosten|rostene|voices|the\s+voice)\b.*\s(?:sier|seier|saeger|sager|tell|tells|telling|told|say|says|saying|vil\s+at|want\s+me\s+to|want\s+us\s+to|wants\s+me\s+to)\s+(?:\w+\s+){0,4}(?:ga|gar|walk|step|go|run|kjore|kjor|drive|springe|spring)\s+(?:ut\s+)?(?:pa\s+isen|ut\s+pa\s+isen|out\s+on(?:to)?\s+the\s+ice|on(?:to)?\s+the\s+ice|(?:ut\s+)?(?:foran|framfor|fremfor)\s+(?:\w+\s+)?(?:toget|bilene|bilane|bilen|lastebil\w*|trailer\w*|trafikken|trikken|bussen|en\s+bil|ein\s+bil|et\s+tog|eit\s+tog)|(?:out\s+)?in\s+front\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:train|trains|car|cars|lorries|lorry|truck|trucks|traffic|bus|buses|tram)|ut\s+i\s+(?:trafikken|vannet|vatnet|sjoen|havet|elva|fjorden)|into\s+(?:the\s+)?(?:traffic|sea|water|river|road))\b",
        r"^(?=.*\s(?:foran|framfor|fremfor|front\s+of)\s+(?:det|den|dem|it|them|han)\b)(?=.*\s(?:toget|tog|togene|godstoget|godstog|train|trains|trikken|t\s+banen|lastebil\w*|traileren|lorry|lorries|truck)\b).*\s(?:ga|gar|gikk|hoppe|hopa|hope|hopper|kaste\s+meg|kaste\s+mae|walk|step|jump|throw\s+myself)\s+(?:ut\s+|ned\s+|out\s+)?(?:foran|framfor|fremfor|in\s+front\s+of)\s+(?:det|den|dem|it|them|han)\b(?!\s+(?:nye|gamle|store|stor|lille|vesle|hvite|kvite|gule|rode|new|old|big)\b)",
        # round 86 (batches 136-137): "tek sjarken ut i kveld. kjem ikkje att", "ror ut i natt. kommer itte tebake" (the sjark, or rowing or paddling out with no boat
        # named, and "tebake"; the same guards: not back before a time, "kjem ikkje på møtet" names no return)
        # round 87 (batches 140-142): "tar færingen ut. kjem ikkje i land", "tar båden ut forbi lista fyr i kveld. kommer ikkje inn igjen", "setter båten ut på
        # tyrifjorden i kveld. trenger itte komme i land igjen" (the færing, Sørlandet "båden", and the boat set out; the same guards: not "i land før i morgen")
        # found on review: not out to the cabin ("tar båten ut til hytta i natt. ska itj heim att")
        _unless_any(_AT_THE_CABIN) + r".*?"
        rf" (?:(?:gar|drar|ror|rer|tar|tek|take|taking|go|going|seter|setar|set|sete)\s+(?:\w+\s+){{0,2}}{_A_BOAT}\s+(?:ut|out)|(?:ror|rorer|padler|padlar)\s+(?:eg\s+|jeg\s+|je\s+|ae\s+)?ut)\b.*\s(?:(?:kommer|kjem|komer|kom|kjaem)\s+{NOT}|{NOT}\s+(?:komme|kome|kom|come|coming)|(?:wont|never|aldri)\s+(?:come|coming|komme|kome)"
        # round 81 (batch 126): "tar sjekta ut i natt aleine. ska ikkje inn igjen" (not to come in, "skal" with the verb left out; not "... inn igjen før fredag")
        # round 89 (batch 149): "tar båten ut i natt. ska itj heim att" (not home, "heim" or "hjem", after "ska"; the same guards: not "heim att før laurdag")
        rf"|(?:skal|ska|sku)\s+{NOT}(?=\s+(?:inn|tilbake|att|i\s+land|heim|hjem|home)\b))\s+(?:tilbake|tebake|tilbakers|back|att|inn|heim|hjem|home|i\s+land|te\s+land|til\s+land|ashore)\b(?!(?:\s+(?:igjen|att|again))?\s+(?:for|til|te|innen|before|until|i\s+morgen|pa\s+\w+dag)\b)",  # "inn igjen før ..." round 55
        # round 88 (batch 147): above, "tar båten ut på vorma. kjæm itte te land" (Romerike "kjæm" and "te land"; the same guards: not ashore before a time)
        # round 92 (batches 160 and 162): "færingen ut i kveld. kjem ikkje heim", "sjekta ut i natt. ikkje let" (the boat first with the verb left out, out tonight, and not
        # home or "don't look" as the last words; not the cabin, fishing, work or a trip: "sjekta ut i natt på garnfiske. kjem ikkje heim", "båten ut i kveld, kjem ikkje
        # heim før i morgon")
        rf"^(?=\s(?:the\s+|my\s+)?{_A_BOAT}\s)"  # the rare words first: the check is cheaper so
        + _unless_any(_AT_THE_CABIN + r"|fisk\w*|fish\w*|garn\w*|teine\w*|line|lina|pilk\w*|jobb\w*|work\w*|skift\w*|vakt\w*") + _NOT_PACKING_FOR_A_TRIP
        + rf"^\s(?P<hit>(?:the\s+|my\s+)?{_A_BOAT}\s+(?:ut|out)\s+{TONIGHT}\s+(?:(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:kjem|kommer|komer|kjaem|kom)\s+{NOT}\s+(?:heim|hjem|home|tilbake|tebake|att|inn|i\s+land|te\s+land)"
        rf"|{NOT}\s+(?:let|lete|leit|leite|leta|leita)|(?:not|never)\s+coming\s+(?:back|home)|(?:dont|do\s+not)\s+look(?:\s+for\s+me)?))\s*$",
        r" (?:star|stend|stand|standing|stod|sto|stood)\s+(?:na\s+|no\s+|now\s+|right\s+)?(?:ved|pa|on|at|by)\s+(?:the\s+)?(?:kanten|edge|stupkanten|stupet|cliff\s+edge)\b(?!\s+(?:av|ta|of|pa|til|te)\b)",
        r"^(?=.*\s(?:vitsen|poenget|meininga|meningen|point)\s+(?:med|i|of|in)\s)(?=.*(?:brua|bruen|broa|broen|bridge|\skaia|\skaien|\sbrygga|\smoloen|\skanten|\sstupet|\sthe\s+edge|\sthe\s+pier|\sthe\s+quay)\b)(?!.*\s(?:ko|koen|trafikk\w*|traffic|forsink\w*|delayed|fisk\w*|fish\w*|ferja|ferje\w*|ferry|jobb\w*|work\w*|pendl\w*|commut\w*|lunsj|lunch)\b).*\s(?:hva|ka|kva|va|what|whats)\s+(?:er\s+|e\s+|is\s+)?(?:egentlig\s+|eigentleg\s+|even\s+|really\s+|actually\s+)?(?:vitsen|poenget|meininga|meningen|the\s+point)\s+(?:med|i|of|in)\s+(?:a\s+)?(?:kjore|kjor|koyre|kjyre|dra|ga|reise|driving|going|drive|go|walking)\s+(?:heim|hjem|home|tilbake|back)\b(?!\s+(?:til|te|for|pa|i|fra|to|at|in|on|before|etter|after|first|forst)\b)",
        rf" (?:tenker|tenkjer|tenkt|tenkte|tenke|thinking|thought|vurderer)\s+(?:pa\s+|about\s+|of\s+)?(?:a\s+)?(?:bare\s+|berre\s+|baere\s+|just\s+)?{NOT}\s+(?:a\s+)?(?:svinge|svinga|sving|svinger|bremse|bremsa|brake|braking|turning|turn)\b(?!\s+(?:innom|inn|av|forbi|opp|ut|ned|ner|med|up|down|by|of|into|in|off|om)\b)",
        r"^(?=.*\s(?:med\s+vilje|on\s+purpose|deliberate)\b)(?!.*\s(?:kjorte|kjorde|rygget|rygga|kolliderte|krasjet|krasja|bulk\w*|skaden|skademelding\w*|postkass\w*|crashed|reversed|dent\w*|claim\w*)\b)(?=.*\s(?:sving\w*|kjor\w*|koyr\w*|bil\w*|veien|vegen|car|drive|driving|road|ulyk\w*|ulukk\w*|accident)\b).*\s(?:ingen|nobody|no\s+one|ikke\s+noen|ikkje\s+nokon)\s+(?:(?:kommer|kjem)\s+(?:til|te)\s+a|vil|will|would|skal)\s+(?:tro|tru|think|know|skjonne|skjonn)\s+(?:at\s+|that\s+)?(?:det|it)\s+(?:var|va|was)\s+(?:med\s+vilje|on\s+purpose|deliberate)\b",
        # round 88 (batch 146): above, "ingen kjem te å skjønn at det va med vilje" ("te å" and "skjønn"; the same guards: not a crash told, a dent or a claim)
        # round 48 (batches 60-61): the gun taken out the verb first ("tok ut hagla av skapet"), lying in front of one or sat
        # with for an hour (not hunting, cleaning, selling or the police); steering out into the river; walking on the train
        # line tonight; on the platform "ikkje for å reis nån plass"; "kor lett d hadde vært å bare kjør utfor"; on a bridge
        # looking at the water or thinking of "going over"; by a bridge or a quay thinking of driving "rett ut"; "I will go in
        # the sea"
        rf"{_NOT_A_GUN_FOR_HUNTING}.*\s(?:tok|tatt|tat|tek|teke|henta|hentet|took|taken|got)\s+(?:ut|fram|frem|out|down)\s+(?:\w+\s+)?(?:hagla|haglen|hagle|gevaeret|geveret|\w*rifla|\w*rifle|pistolen|revolveren|vapenet|vapnet|gun|shotgun|the\s+gun|my\s+gun|his\s+gun|the\s+shotgun|the\s+rifle|my\s+shotgun|my\s+rifle)\b",
        # round 95 (batch 175): the subject after the verb ("tok eg ned hagla frå skapet og no sit eg med ho i fanget"; the same guards: not the hunt, cleaning or a sale)
        rf"{_NOT_A_GUN_FOR_HUNTING}.*\s(?:\w*hagla|\w*haglen|\w*hagle|\w*gevaeret|\w*gevaer|\w*rifla|\w*rifle|pistolen|pistol|revolveren|revolver|vapenet|vapnet|gun|shotgun)\b(?:.*\s(?:sitter|sit|sitt|satt|sitet|siting|sat|sate)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:her\s+|bare\s+|berre\s+|just\s+)?(?:med|with)\s+(?:den|han|ho|det|it|hagla|rifla|gevaeret)\b|\s+(?:\w+\s+){{0,4}}(?:(?:foran|framfor|fremfor|in\s+front\s+of)\s+(?:meg|mae|me)|i\s+fanget|in\s+my\s+lap|on\s+my\s+lap)\b)",
        r" (?:svinge|svinga|sving|svinger|svingar|swerve|swerving|steer|steering)\s+(?:bilen\s+|the\s+car\s+)?(?:rett\s+|straight\s+|bare\s+|berre\s+|just\s+)?(?:ut\s+i|uti|inn\s+i|into|of\s+into|off\s+into)\s+(?:elva|fjorden|sjoen|havet|vannet|vatnet|the\s+river|the\s+sea|the\s+fjord|the\s+water|the\s+lake)\b",
        r" (?:kjore|kjor|kjorer|koyre|koyrer|kjyre|drive|driving)\s+(?:bilen\s+|the\s+car\s+)?(?:rett|straight)\s+(?:ut\s+i|uti|inn\s+i|into)\s+(?:elva|vannet|vatnet|the\s+river|the\s+water|the\s+lake)\b",
        r" (?:walk|walking|lie|lay|lying|step|stepping|stand|standing|sit|sitting)\s+(?:down\s+)?(?:pon|on|onto|upon|inna)\s+(?:di|de|the|a)\s+(?:train|rail|railway)\s*(?:line|lines|track|tracks)\b",
        r"^(?=.*\s(?:perongen|perrongen|plattformen|stasjonen|\w*toget|\w*tog|the\s+train|the\s+platform|station)\b)(?!.*\s(?:hente|henter|henta|mote|moter|mota|pick\s+up|picking\s+up|meet|meeting|folge|folgje|vinke|venninne\w*|kjaeresten)\b).*\s(?:ike|ikje|itj|ite|not)\s+(?:for\s+a|to|fordi\s+(?:jeg|eg|ae|e)\s+(?:skal|ska))\s+(?:reise|reis|reisa|dra|ta\s+det|ta\s+toget|travel|go\s+anywhere|go\s+somewhere|get\s+on|catch\s+it|board)\b",
        r" (?:lett|let|enkelt|easy)\s+(?:det|d|de|it)\s+(?:hadde\s+vaert|hadde\s+vore|ville\s+vaert|ville\s+vore|er|e|would\s+be|would\s+have\s+ben)\s+a\s+(?:bare\s+|berre\s+|baere\s+|just\s+)?(?:ga|hoppe|hopa|hope|kjore|kjor|kjyre|koyre|svinge|sving|step|drive|jump)\s+(?:rett\s+)?(?:utfor|of|off|over)\b",
        r"^(?=.*(?:brua|bruen|broa|broen|bridge|\skaia|\skanten|\sthe\s+edge|\srekkverket|\srailing)\b)(?!.*\s(?:fisk\w*|fish\w*|ko|koen|traffic|trafikk\w*|commut\w*|pendl\w*)\b).*\s(?:thinking|think|thought|tenker|tenkjer|tenkt|tenkte)\s+(?:about|of|pa)\s+(?:a\s+)?(?:going|ga|climbing|klatre|klatra|jumping|hoppe)\s+(?:over|utfor|ut\s+over)\b(?!\s+(?:to|til|te|the\s+(?:road|street|plan|budget|form|papers|application|details)|it|det|planen)\b)",
        r"^(?!.*\s(?:fisk\w*|fish\w*|ko|koen|traffic|trafikk\w*)\b).*\s(?:siting|sat|standing|stood|sitter|sit|sitt|star|stend|sto|stod)\s+(?:on|at|pa|ved)\s+(?:the\s+)?(?:\w*brua|\w*bruen|\w*broa|\w*broen|\w*bridge|\w+\s+bridge)\b.*\s(?:looking|staring|stirring|ser|stirer|stirrer|glor|kikker|kikar)\s+(?:\w+\s+)?(?:at|pa|ned\s+i|ned\s+pa|down\s+at|into)\s+(?:the\s+)?(?:water|sea|river|vannet|vatnet|elva|sjoen|fjorden|straumen|havet)\b",
        r"^(?=.*(?:brua|bruen|broa|broen|bridge|\skaia|\skaien|\sbrygga|\sstupet|\skanten|\sfjorden)\b)(?!.*\s(?:ko|koen|ferja|ferje\w*|ferry|trafikk\w*|traffic)\b).*\s(?:tenkt|tenker|tenkjer|tenkte|thinking|thought)\s+(?:pa|about|of)\s+(?:a\s+)?(?:kjore|kjor|koyre|kjyre|drive|driving)\s+(?:bilen\s+|the\s+car\s+)?(?:rett|straight)\s+(?:ut|utfor|of|over|off)\b(?!\s+(?:pa|til|te|av|fra|onto|on|to)\b)",
        r"^(?!.*\s(?:swim\w*|bath\w*|bade\w*|dip|surf\w*|fish\w*|kayak\w*|padl\w*|snorkel\w*|dive|diving|boat|beach|summer|sun|warm|holiday|kids|children|family|friends)\b).*\s(?:i|mi|im)\s+(?:wil|am\s+going\s+to|m\s+going\s+to|going\s+to|gona|a\s+go)\s+(?:go|walk|jump)\s+(?:in|into|inna)\s+(?:the|di)\s+(?:sea|ocean|river|water|fjord)\b",
        # round 49 (batches 62-63): "fortsette ut i vannet" from the quay (not swimming, fishing or paddling); knowing where the key
        # to the gun cabinet is hidden (not for the hunt, the police or a sale); a gun kept with one cartridge (not hunting, a
        # licence course or a souvenir, nor one sold with the gun); a balcony, a roof or a bridge and the thought "hoppe" in broken
        # word order (not a parachute, a trampoline or a pool; in English the model has it); the wheel turned into the sea;
        # standing by the railway line (not a house by the line, a trip or train spotting); "if the car doesn't come out of the
        # tunnel ... they get the money" (not a garage); "thinkin I'll just walk in" by the water; on a bridge or a quay and
        # "tonight I will not come back"
        r"^(?!.*\s(?:bade\w*|bading|svom\w*|swim\w*|fisk\w*|fish\w*|kajak\w*|kayak\w*|padl\w*|paddl\w*|surf\w*|snorkel\w*|dykk\w*|diving|vade\w*|wading|isbad\w*)\b).*\s(?:fortsette|fortsetter|fortsetje|fortsetjer|fortsetar|fortsett|fortsatte|halde\s+fram|held\s+fram|holde\s+fram|holder\s+fram|ga\s+vidare|ga\s+videre|gar\s+videre|gar\s+vidare|keep\s+walking|keep\s+on\s+walking|carry\s+on\s+walking|walk\s+on)\s+(?:(?:rett|straight|bare|berre|just)\s+){0,2}(?:ut\s+i|uti|ut\s+pa|into|out\s+into)\s+(?:the\s+)?(?:vannet|vatnet|sjoen|havet|elva|fjorden|isen|water|sea|river|fjord|ocean|lake|ice)\b",
        r"^(?!.*\s(?:\w*jakt\w*|hunting|hunt|skyting\w*|skytebane\w*|rens\w*|reins\w*|politi\w*|police|lisens\w*|licen[cs]e|vapenkort\w*|selge|selje|sold|solgt|kontroll\w*|inspection)\b).*\s(?:vet|veit|vett|know|knows|funnet|fant|fann|found)\s+(?:\w+\s+){0,3}(?:(?:hvor|kor|kvar|where|var)\s+(?:\w+\s+){0,3})?(?:nokkelen|nokkeln|nokklene|nokkel|nyckeln|nyckel|the\s+key|the\s+keys|key)\b(?:\s+\w+){0,2}\s+(?:til|te|till|to|for|of)\s+(?:the\s+|dads\s+|his\s+|my\s+)?(?:vapenskap\w*|gevaerskap\w*|geverskap\w*|riflesk\w*|gun\s+cabinet|gun\s+safe|gun\s+locker|rifle\s+cabinet)\b",
        r"^(?!.*\s(?:\w*jakt\w*|hunting|hunt|skyting\w*|skytebane\w*|skytterlag\w*|museum|samler\w*|collector|suvenir\w*|souvenir\w*|halskjede\w*|necklace|smykke\w*|lisens\w*|licen[cs]e|kurs\w*|course|politi\w*|police)\b)(?=.*\s(?:\w*hagla|\w*haglen|\w*hagle|\w*gevaeret|\w*gevaer|\w*rifla|\w*rifle|\w*riflene|pistolen|pistol|revolveren|revolver|vapenet|vapnet|gun|shotgun)\b)(?!.*\s(?:selge|selger|selg|selje|sell|sells|selling|solgt|solgte|sold)\s+(?:\w+\s+){0,3}(?:\w*hagla|\w*hagle|\w*rifla|\w*rifle|\w*gevaeret|pistolen|revolveren|gun|shotgun)\s+(?:og|and|med|with)\s+(?:en|ei|ein|one|a)\s+(?:patron|cartridge|bullet|shell)\b).*\s(?:en|ei|ein|eitt|ett|et|eit|one|a\s+single|only\s+one|just\s+one|a)\s+(?:patron|patronen|cartridge|bullet|shell)\b(?!\s+(?:eske|esker|pakke|pakker|box|boxes|boks|belt|belte|point|points|list|proof|train|journal)\b)",
        r"^(?!.*\s(?:fallskjerm\w*|strikk\w*|trampolin\w*|basseng\w*|stupebrett\w*|badeland\w*|bungee|parachute|pool)\b)(?=.*\s(?:balkong\w*|veranda\w*|taket|takterrassen|vinduet|vindu|\w*brua|\w*bruen|\w*broa|\w*broen|rekkverket|balcony|roof|window|ledge|bridge|parkeringshus\w*|p\s+hus\w*|silo\w*)\b).*\s(?:tenkte|tenker|tenkt|tenkjer|tenke)\s+(?:pa\s+)?(?:a\s+)?(?:hoppe|hoppa|hopp)\b(?!\s+(?:av|over|pa|inn|ut\s+av|opp|i\s+(?:det|gang|bassenget|sofaen|senga)|ship|at|on|into\s+(?:a|the)\s+new|in\s+(?:the\s+)?(?:pool|queue))\b)",
        r" (?:turn|turning|steer|steering|swerve|swerving|jerk|jerking|pull|pulling|yank|yanking|vri|vrir|vrenge|rive|river)\s+(?:the\s+|my\s+)?(?:wheel|car|steering\s+wheel|rattet|bilen)\s+(?:just\s+|bare\s+|berre\s+|rett\s+|straight\s+)?(?:into|off\s+into|toward|towards|ut\s+i|uti|inn\s+i|over\s+i)\s+(?:the\s+)?(?:sea|river|water|fjord|lake|ocean|oncoming\s+\w+|sjoen|havet|elva|fjorden|vannet|vatnet|motgaende\w*|motende\w*|fjellveggen|autovernet|rekkverket|barrier|railing|cliff|rock\s+face|a\s+truck|a\s+lorry|the\s+truck|the\s+lorry)\b",
        r"^(?!.*\s(?:huset|hytta|hytte|leiligheten|leiligheta|bor|bur|house|flat|home|live|lives|jobb\w*|work\w*|arbeid\w*|vedlikehold\w*|anlegg\w*|billett\w*|ticket\w*|damptog\w*|veterantog\w*|foto\w*|bilde\w*|photo\w*|hente|henter|pick\s+up|stengt|closed|buss\w*|reise|reiser|travel\w*)\b)(?!.*\s(?:til|te|to)\s+(?:the\s+)?(?:stasjon\w*|station)\b).*\s(?:star|stend|stod|sto|sitter|sit|sat|ligger|ligg|gar|gikk|standing|sitting|lying|walking)\s+(?:\w+\s+){0,2}(?:ved|vid|pa|langs|bortved|nede\s+ved|by|on|at|near|along)\s+(?:the\s+)?(?:jernbanelina|jernbanelinja|jernbanelinjen|jernbanelinje|jernbanesporet|jernbanesporene|jarnbanelina|jarnbanelinja|jarnbanesporet|jaernvaegen|jaernvaegsspaoret|toglina|toglinja|toglinjen|togsporet|togsporene|banelina|banelinja|banesporet|railway\s+line|railway\s+tracks|railway|train\s+line|rail\s+line)\b(?!\s+(?:stasjon\w*|station|bru\w*|bridge|undergang\w*|overgang\w*|kafe\w*))",
        r"^(?!.*\s(?:verksted\w*|mekaniker\w*|garage|mechanic|reparasjon\w*|repair\w*|leiebil\w*|service|eu\s*kontroll\w*)\b).*\s(?:(?:hvis|om|viss|dersom|if)\s+(?:bilen|jeg|eg|ae|e|i|the\s+car|my\s+car)\s+(?:ikke|ikje|itj|ite|not|doesnt|dont|wont|does\s+not|do\s+not|never)\s+(?:kommer|kjem|komer|kome|come|comes|make|makes|get|gets)\s+(?:ut|hjem|heim|tilbake|fram|out|back|home|it|through)\b.*\s(?:(?:far|fa|get|gets|will\s+get)\s+(?:de|dei|dem|hun|han|ho|they|she|he|barna|ungene|familien|the\s+kids|my\s+family|kona|my\s+wife)|(?:they|she|he|the\s+kids|my\s+family|my\s+wife|my\s+husband|my\s+kids|my\s+children)\s+(?:get|gets|will\s+get))\s+(?:\w+\s+)?(?:pengene|pengane|penga|forsikring\w*|the\s+money|the\s+insurance|utbetaling\w*|payout)|(?:far|fa|get|gets|wil\s+get)\s+(?:de|dei|dem|hun|han|ho|they|she|he|barna|ungene|familien|the\s+kids|my\s+family|kona|my\s+wife)\s+(?:\w+\s+)?(?:pengene|pengane|penga|forsikring\w*|the\s+money|the\s+insurance|utbetaling\w*|payout)\s+(?:hvis|om|viss|dersom|if)\s+(?:bilen|jeg|eg|ae|e|i|the\s+car|my\s+car)\s+(?:ikke|ikje|itj|ite|not|doesnt|dont|wont|does\s+not|do\s+not|never)\s+(?:kommer|kjem|komer|kome|come|comes|make|makes|get|gets)\s+(?:ut|hjem|heim|tilbake|fram|out|back|home|it|through))\b",
        r"^(?!.*\s(?:swim\w*|bath\w*|bade\w*|dip|surf\w*|paddl\w*|kayak\w*|office|kontor\w*|shop|store|butikk\w*|appointment|meeting|clinic|pub|bar)\b)(?=.*\s(?:water|waters|sea|quay|harbour|harbor|pier|rocks|shore|river|lake|fjord|edge|jetty|wharf)\b).*\s(?:thinking|thinkin|think|thought|might|could|gonna|going\s+to|will)\s+(?:ill\s+|i\s+will\s+|i\s+might\s+|i\s+could\s+|of\s+|about\s+|to\s+)?(?:just\s+)?(?:walk|walking|wade|wading|step|stepping)\s+(?:in|right\s+in|on\s+in)\s*$",
        r"^(?!.*\s(?:fisk\w*|fish\w*|ko|koen|queue|traffic|trafikk\w*|jobb\w*|work\w*|shift|vakt\w*|hytt\w*|cabin|ferie\w*|holiday|trip)\b)(?=.*(?:bridge|brua|bruen|broa|broen|\skaia|\skaien|\sbrygga|\smoloen|\squay|\spier|\sharbour|\sharbor|\sedge|\skanten|\sstupet|\scliff)\b).*\s(?:(?:tonight|i\s+kveld|i\s+natt|inatt)\s+(?:i\s+|jeg\s+|eg\s+|ae\s+)?(?:will\s+not|wont|shall\s+not|will\s+never|(?:kommer|kjem|komer)\s+(?:jeg\s+|eg\s+|ae\s+|e\s+)?(?:ikke|ikje|itj|ite|aldri))\s+(?:come\s+|komme\s+|kome\s+)?(?:back|tilbake|home|hjem|heim|att)|(?:will\s+not|wont|will\s+never)\s+come\s+(?:back|home)\s+(?:tonight|again)|(?:kommer|kjem|komer)\s+(?:ikke|ikje|itj|ite|aldri)\s+(?:tilbake|hjem|heim|att)\s+(?:i\s+kveld|i\s+natt|inatt|igjen))\b(?!\s+(?:for|til|te|to|before|until|from|fra|after|etter)\b)",
        # round 50 (batches 64-65): a long drive tonight "og det blir siste turen" (not a car sold, a last drive before winter or the
        # holiday); driving out into a named fjord tonight (not a boat, a ferry or fishing); going out on the ice tonight with the
        # ice thin (not fishing, skating or skiing; not "ikke gå ut på isen"); the rifle ("børsa") taken out of the cabinet (not
        # hunting, cleaning, selling or the police); thinking of climbing over the rail of a ferry or a bridge (not fishing or taking
        # pictures)
        r"^(?=.*\s(?:siste|sista|last)\s+(?:turen|tur|trip|drive|kjoreturen)\b)(?=.*\s(?:bil\w*|car|kjore\w*|kjor\w*|koyr\w*|drive|driving)\b)(?!.*\s(?:selge|selje|selger|solgt|sold|sell\w*|eu\s*kontroll\w*|verksted\w*|vrak\w*|vinter\w*|sesong\w*|skrot\w*|pensjon\w*|ferie\w*|sommer\w*)\b).*\s(?:det|d|de|dette|this|it)\s+(?:blir|vert|bli|er|e|will\s+be|is)\s+(?:den\s+|min\s+|my\s+|the\s+)?(?:siste|sista|last)\s+(?:turen|tur|trip|drive|kjoreturen)\b(?!\s+(?:for|med|til|te|pa|i|before|of|this|with|to|over|innen|etter|after)\b)",
        r"^(?=.*\s(?:kjore|kjor|kjorer|koyre|koyrer|kjyre|drive|driving)\s)(?!.*\s(?:bat\w*|baten|boat\w*|ferje\w*|ferja|ferry|fisk\w*|fish\w*|garn|teine\w*|padl\w*|kajakk\w*|snekka|sjekta|isen|ice)\b).*\s(?:kjore|kjor|kjorer|koyre|koyrer|kjyre|drive|driving)\s+(?:bilen\s+|the\s+car\s+)?(?:rett\s+|straight\s+)?(?:ut\s+i|uti|inn\s+i|into|ned\s+i)\s+(?:the\s+)?\w*(?:fjorden|sjoen|vatnet|vannet|elva|havet|fjord|lake|river|sea)\s+(?:i\s+natt|i\s+kveld|inatt|ikveld|tonight|na|no|snart"
        r"|(?:dont|do\s+not|ikke|ikkje|itj)\s+(?:call|ring|ringe|ringa))\b",  # round 77 (batch 118): "after duty i drive the car into tyrifjorden, dont call me"
        rf"^(?=.*\s(?:isen|ice)\b){_NOT_ICE_FISHING}(?=.*\s(?:tynn|tunn|svak|thin)\s+(?:is|isen|ice)\b|.*\s(?:isen|den|ho|it)(?:\s+(?:pa|on)(?:\s+\w+){{1,3}}?)?\s+(?:er|e|is)\s+(?:sa\s+|so\s+|veldig\s+|for\s+)?(?:tynn|tunn|svak|thin)(?:est|ast|este|aste)?\b).*\s(?P<hit>(?:(?:jeg|je|eg|ae|e|i)\s+(?:gar|skal\s+ga|ska\s+ga|gjeng|go|am\s+going\s+to\s+go|will\s+go|(?:(?:har|ha|hev)\s+)?(?:tenker|tenkjer|tenkte|tenkt)\s+(?:pa\s+)?a\s+ga)|(?:gar|gjeng)\s+(?:jeg|je|eg|ae|e)|(?:kjore|kjorer|kjor|koyre|koyrer|kjyre|drive|driving)\s+(?:skoteren|scooteren|snoskoteren|snoscooteren|bilen|the\s+car|the\s+snowmobile|my\s+snowmobile))\s+(?:(?:ut\s+|out\s+)?(?:pa|on|onto)\s+(?:the\s+)?(?:isen|ice)|ut\s+dit|dit\s+ut|out\s+there|utpa(?:\s+isen)?|ut\s+pa\s+(?:han|ho|den)))\b",  # round 74 (batch 112): "isen på Vangsvatnet er tynn no, eg går ut på han i kveld" (Nynorsk "han" for the ice; the thin ice and the guard as before); "isen ... er tynn no. eg går ut dit i kveld" round 71 (batch 106); round 72 (batch 108): "tunn", "eg tenkjer å gå utpå" (not "tenkjer ikkje å gå"; ice fishing or skating kept out by the guard); round 73 (batches 110-111): "der den e tynnest", "æ ha tenkt å gå utpå", "kjøre skoteren ut på isen" (the same guard)
        rf"^(?=.*\s(?:borsa|borse|borsen|rifla|hagla|gevaeret)\s){_NOT_A_GUN_FOR_HUNTING}.*\s(?:tok|tatt|tat|tek|teke|henta|hentet)\s+(?:ut|fram|frem)\s+(?:borsa|borse|borsen|rifla|hagla|gevaeret)\s+(?:ta|av|fra|ut\s+av|or|ifra|tao)\s+(?:\w+\s+)?(?:skapet|vapenskapet|gevaerskapet|skap)\b",
        r"^(?=.*\sover\s+(?:the\s+)?(?:rekka|rekkja|rekkverket|relinga|relingen|reling|railing|rail|gelenderet|kanten)\b)(?!.*\s(?:fisk\w*|fish\w*|foto\w*|bilde\w*|photo\w*|selfie\w*)\b).*\s(?:tenke|tenker|tenkjer|tenkt|tenkte|lyst|thinking|think)\s+(?:pa\s+|about\s+|of\s+|til\s+)?(?:a\s+)?(?:bare\s+|berre\s+|just\s+)?(?:klatre|klatra|klyve|klyva|hoppe|hoppa|ga|climb|climbing|jump|jumping|go)\s+over\s+(?:the\s+)?(?:rekka|rekkja|rekkverket|relinga|relingen|reling|railing|rail|gelenderet|kanten)\b",
        # round 51 (batches 66-67): in the car in the garage "motor går" with the door shut or one sitting there (not an engine
        # that will not start or runs fine again); the rifle and "ain't huntin" (not a season, a sale or a licence); sitting next
        # to a gun for an hour or hours (not hunting or cleaning); going down to the water and "jeg kan ikke svømme" (not a course,
        # a boat, a trip or the children); the water "ser så roleg ut" with "der nede" (not fishing, bathing or pictures); a
        # balcony and "tenker hvis jeg hopper" (not "... over kurset")
        rf"{_NOT_WARMING_A_CAR}"
        r"(?=.*\s(?:(?:sitter|sit|satt|sat|sitting|sider|sidder)\s+(?:i|in)\s|(?:dor|dora|doren|porten|garasjeporten)\s+(?:er\s+|e\s+)?(?:lukket|lukka|stengt|stengd|igjen)\b"
        r"|med\s+(?:dora|doren|porten|garasjeporten)\s+igjen\b)).*\sgarasjen\b.*\s(?:motor|motoren|motorn)\s+(?:gar|gaar)\b"
        r"(?!\s+(?:ike|ikje|itj|ite|fint|bra|greit|normalt|igjen|som)\b)",
        rf"^(?=.*\s(?:jaktgevaer\w*|gevaer\w*|hagle\w*|hagla|rifle\w*|rifla|pistol\w*|revolver\w*|vapen\w*|vapnet|gun|shotgun)\b)(?!.*\s(?:sel|selge|selje|selja|sold|seling|sale|salg\w*|lisens\w*|licen\w*|vapenkort\w*|season|sesong\w*|politi\w*|police)\b)"
        rf".*\s(?:{NOT}|aint|isnt|im\s+not|am\s+not)\s+(?:out\s+)?(?:pa\s+jakt|huntin|hunting|jakter|jaktar)\b"
        r"(?!\s+(?:this|that|next|in|i|denne|dette|neste|lenger|anymore|any\s+more|no\s+more|since)\b)",
        rf"{_NOT_A_GUN_FOR_HUNTING}(?=.*\s(?:jaktgevaer\w*|gevaer\w*|hagle\w*|hagla|rifle\w*|rifla|pistol\w*|revolver\w*|vapen\w*|vapnet|gun|shotgun)\b).*\s(?:sitter|sit|satt|sat|sate|sitting|sittet)\s+(?:\w+\s+){{0,2}}(?:next\s+to|beside|by|ved\s+siden\s+av|ved\s+sida\s+av|ved|med)\s+"
        rf"(?:\w+\s+){{0,2}}(?:(?:jaktgevaer\w*|gevaer\w*|hagle\w*|hagla|rifle\w*|rifla|pistol\w*|revolver\w*|vapen\w*|vapnet|gun|shotgun)|it|den|han|ho|det)\s+(?:for\s+(?:an?\s+|one\s+|a\s+couple\s+(?:of\s+)?|two\s+|three\s+|several\s+|many\s+)?hours?"
        r"|i\s+(?:en|ei|ein|to|tre|flere|fleire|mange)\s+time[rn]?|i\s+timevis|for\s+timer)\b",
        r"^(?!.*\s(?:\w*kurs\w*|bat|baten|bata|boat\w*|tur|turen|trip|ungene|ungane|barna|borna|kids|children|bade\w*|bading|fisk\w*|fish\w*)\b)"
        r".*\s(?:gar|gaar|drar|going|go)\s+(?:ned|ner|ut|down)\s+(?:til|te|i|to)\s+(?:the\s+)?(?:fjorden|sjoen|havet|vannet|vatnet|elva|stranda|water|sea|river|fjord)\b"
        rf".*\s(?:kan\s+{NOT}|{NOT}\s+kan|cant|can\s+not|cannot)\s+(?:a\s+)?(?:svomme|symje|symja|syme|swim)\b",
        rf"{_NOT_A_VIEW_OR_A_QUEUE}(?!.*\s(?:bade\w*|bading|svom\w*|swim\w*)\b).*\s(?:vannet|vatnet|sjoen|havet|elva|fjorden|the\s+water|the\s+sea)\s+(?:ser|sjar|looks)\s+"
        r"(?:sa\s+|so\s+)?(?:rolig|roleg|stille|fredelig|fredeleg|calm|peaceful)\b.*\s(?:der|dar)\s+nede\b",
        r" (?:balkong\w*|verandaen)\b.{0,60}\s(?:tenker|tenkjer|tenkte|thinking|think)\s+(?:hvis|om|viss|if)\s+(?:jeg|eg|ae|e|i)\s+(?:hopper|hoppar|hoppa|hoppe|jump|jumped)\b"
        r"(?!\s+(?:av|over|pa|i|ut|of|on|into|in|ship|til|te)\b)",
        # round 52 (batch 68): thought of not taking the bend ("tenkt på å ikkje ta svingen"; not a direction: "... til venstre")
        rf" (?:tenkt|tenker|tenkte|tenkjer|tenke|tenk|lyst|fristet|frista|vurdert)\s+(?:\w+\s+){{0,2}}?(?:pa\s+)?a\s+{NOT}\s+(?:ta|ta\s+av\s+i)\s+svingen\b"
        r"(?!\s+(?:til|mot|ved|inn|opp|ned|venstre|hoyre|left|right)\b)",
        # round 94 (batch 171): "tenkjer å køyre rett ut i ein sving på fv37 i kveld" (a thought or a wish to drive straight off the road in a bend; not a crash told, winter
        # tyres, ice on the road or a driving lesson: "han køyrde rett ut i ein sving i går", "på kurset skal me øve på å ikkje køyre rett ut i ein sving")
        r"^(?=.*\s(?:sving|bend|curve)\b)"  # the rare words first: the check is cheaper so
        r"(?!.*\s(?:kjorte|kjorde|koyrde|krasj\w*|kolli\w*|crashed|forsikring\w*|vinterdek\w*|ovelse\w*|ove|kurs\w*|glat\w*|isete|kjoretime\w*|kjoreskole\w*)\b)"
        r".*\s(?P<hit>(?:tenker|tenkjer|tenkt|tenkte|tenke|lyst|thinking|think)\s+(?:\w+\s+){0,2}?(?:pa\s+|about\s+|til\s+)?(?:a\s+)?(?:bare\s+|berre\s+|just\s+)?(?:kjore|koyre|kjyre|drive|driving)\s+"
        r"(?:bilen\s+|the\s+car\s+)?(?:rett\s+|straight\s+)?(?:ut|of|off)\s+(?:i|in|pa|at)\s+(?:en|ei|ein|a|the)\s+(?:sving|bend|curve))\b",
        # round 53 (batches 70-71): "ska ut med båten i kveld åleina. æ kommer ikkje tebake" (not back before a day or in time), the
        # shotgun on one's lap (not hunting, cleaning or selling it), "ska kjør bilen ut i namsen i natt" (into a river, a lake or the sea;
        # not a boat put out from a trailer), up the mountain tonight "and just not coming down" (not until a day or to a place)
        # round 95 (batch 174): "tenke å gå ut på sjøen med båten i natt og itj kom tilbake" (the infinitive "gå", and the sea or a fjord named between; the same guard:
        # not back before or by a time)
        rf" (?:skal|ska|sku|skulle|vil|gar|ga|drar|ror|tar)\s+ut\s+(?:(?:pa|i)\s+(?:sjoen|havet|fjorden|\w+fjorden)\s+)?(?:med\s+)?(?:bata|baten|bat|sjekta|snekka|joleboten|the\s+boat)\b.*\s(?:(?:kjem|kommer|komer)\s+{NOT}|{NOT}\s+(?:komme|kome|kom))"
        r"\s+(?:tilbake|tebake|tibake|att|heim|hjem|i\s+land)\b(?!\s+(?:for|til|te|innen|i\s+morgen|pa|etter)\b)",
        rf"{_NOT_A_GUN_FOR_HUNTING}.*\s(?:jaktgevaer\w*|gevaer\w*|hagle\w*|hagla|rifle\w*|rifla|pistol\w*|revolver\w*|vapen\w*|vapnet|gun|shotgun)\s+(?:\w+\s+)?(?:pa|i|on|in|across|over)\s+(?:fanget|my\s+lap|the\s+lap)\b",
        r"^(?!.*\s(?:baten|bat|bata|batene|boat\w*|\w*hengeren|\w*henger|\w*hengar\w*|trailer\w*|isfiske\w*|ferja|ferje\w*)\b).*\s(?:skal|ska|sku|vil|tenker\s+a|tenkjer\s+a|kommer\s+til\s+a|kjem\s+til\s+a|going\s+to|gona)\s+(?:a\s+)?(?:kjore|kjor|kjyre|koyre|kjoyre|drive)\s+"
        r"(?:bilen|bil|the\s+car|my\s+car)\s+(?:rett\s+)?(?:ut\s+i|uti|ned\s+i|into|utfor|off)\s+(?:the\s+)?(?:elva|elven|sjoen|havet|fjorden|vannet|vatnet|\w+elva|\w+elven|\w+fjorden|\w+vatnet|\w+vannet"
        r"|namsen|glomma|gaula|orkla|lagen|otta|tana|river|sea|fjord|lake|harbour|harbor|cliff|stupet)\b",
        r"^(?=.*\s(?:mountain|mountains|fjell\w*|toppen|the\s+top|cliff|glacier|breen)\b).*\s(?:not|never|wont|dont|do\s+not)\s+(?:be\s+)?(?:coming|come|going|walking|walk|climbing|climb)\s+(?:back\s+)?down\b"
        r"(?!\s+(?:for|until|til|before|in|to|the|that|again)\b)",
        # round 54 (batch 72): the gun by its dialect name, "børsa", taken out of the cabinet or loaded (not hunting, cleaning, a sale or the
        # police); thinking of driving or walking out on ice said to be thin (not ice fishing, skating or skiing); "tenkjer berre på å gå ut
        # i Otta-elva" (a named river or lake; not bathing, fishing or paddling)
        rf"{_NOT_A_GUN_FOR_HUNTING}.*\s(?:tatt|tat|tok|tek|teke|henta|hentet)\s+(?:ut\s+)?(?:\w+\s+)?(?:borsa|borsen|borse|\w+borsa|hagla|haglen|rifla|gevaeret)\s+(?:(?:ut|fram|frem)\s+)?"  # the shotgun, the rifle round 69
        r"(?:(?:av|ta|or|ur|fra)\s+(?:\w*skapet|\w*skapa|\w*skape|\w*skap)\b|.*\s(?:lada|ladd|ladet|ladde)\b)",
        rf"{_NOT_ICE_FISHING}(?=.*\sisen\s+(?:\w+\s+){{0,2}}(?:tyn|svak|thin|usikker|utryg)\b).*\s(?:tenker|tenkjer|tenkt|tenkte|vurderer|thinking)\s+"
        r"(?:pa\s+|about\s+|of\s+)?(?:a\s+)?(?:bare\s+|berre\s+|just\s+)?(?:kjore|kjor|koyre|kjyre|ga|gar|drive|driving|walk|walking|go|going)\s+"
        r"(?:utpa|ut\s+pa|uti|out\s+on|out\s+onto|onto)\b",
        r"^(?!.*\s(?:bade\w*|bading|svom\w*|swim\w*|fisk\w*|fish\w*|vade\w*|padl\w*|kajak\w*|isbad\w*|rafting)\b).*\s(?:tenkt|tenker|tenkjer|tenke|tenkte|thinking|thought)\s+"
        r"(?:bare\s+|berre\s+|mye\s+|mykje\s+|ofte\s+|just\s+|only\s+)(?:pa|about|of)\s+(?:a\s+)?(?:ga|gar|hoppe|hopa|hope|walk|walking|going|jump|jumping)\s+"
        r"(?:uti|ut\s+i|into|ned\s+i|off\s+into)\s+(?:the\s+)?(?:\w+\s+)?(?:\w*elva|\w*elven|\w*sjoen|\w*vatnet|\w*vannet|\w*fjorden|havet|\w*fossen|sea|water|river|lake|fjord)\b",
        # round 55 (batches 74-75): going up to a height "og jeg hopper ned" (not a parachute, a trampoline, a pool, bathing or skiing); "thinkin
        # bout walkin out in de water" (not to swim, bathe or cool off); the shotgun laid on the kitchen table, the bed or one's lap (not
        # hunting, cleaning, a sale or the police); at the top of a quarry or by an edge "might just let it roll" (not backwards or into a
        # garage); "enklast å berre gå uti" (not bathing or fishing); a hose bought for the exhaust or led from it (not a repair, a leak or
        # a workshop, nor someone else sitting in the car: that is "en annen er i fare nå")
        r"^(?!.*\s(?:fallskjerm\w*|paraglid\w*|strikk\w*|trampolin\w*|basseng\w*|stupe\w*|bade\w*|bading|svom\w*|swim\w*|ski|skiene|skia|hoppbakk\w*|bungee|parachute|pool|lek\w*"
        r"|stige|stigen|ladder|stol|stolen|krakk\w*|trapp\w*|stairs|seng|senga|sengen|bed)\b)"
        r".*\s(?:(?:jeg|je|eg|ae|e|i)\s+(?:skal\s+|ska\s+|will\s+|am\s+going\s+to\s+)?(?:gar|gaar|gjeng|klatrer|klatrar|klatre|kjorer|drar|go|walk|climb)|(?:gar|gaar|gjeng|klatrer|klatrar|kjorer|drar)\s+(?:jeg|je|eg|ae|e))"
        r"\s+(?:opp|up)\s+(?:til|te|pa|i|to|on|onto)\s+(?:\w+\s+){1,3}(?:og|and)\s+(?:jeg\s+|je\s+|eg\s+|ae\s+|e\s+|i\s+)?(?:hopper|hoppar|hoppe|hoppa|jump|jumps|will\s+jump)\s+(?:ned|ner|utfor|off|down)\b"
        r"(?!\s+(?:i|pa|on|into|in)\s+(?:hoyet|hoy|hay|snoen|sno|snow|sanda|sand|madrassen|puta|vannet|water)\b)",
        r"^(?!.*\s(?:swim\w*|bath\w*|bade\w*|dip|surf\w*|paddl\w*|kayak\w*|fish\w*|cool\w*)\b).*\s(?:thinkin|thinking|think|thought|tinkin|tinking)\s+(?:bout|about|of|abt)\s+(?:just\s+)?"
        r"(?:walkin|walking|walk|goin|going|wadin|wading)\s+(?:out\s+)?(?:in|into|inna)\s+(?:de|di|the|da)\s+(?:water|sea|ocean|river|lake|fjord|harbour|harbor)\b",
        rf"{_NOT_A_GUN_FOR_HUNTING}.*\s(?:lagt|lagd|la|legger|legg|lagde|put|placed|laid|left)\s+(?:fram\s+|frem\s+|ut\s+)?(?:hagla|haglen|hagle|gevaeret|gevaer|rifla|rifle|borsa|borsen"
        r"|pistolen|revolveren|vapenet|vapnet|the\s+gun|my\s+gun|the\s+shotgun|my\s+shotgun|the\s+rifle|my\s+rifle)\s+(?:\w+\s+)?(?:pa|on|i|in|ved|by)\s+"
        r"(?:\w*bordet|\w*benken|senga|sengen|fanget|the\s+(?:kitchen\s+)?table|the\s+bed|my\s+lap|the\s+bedside\s+table)\b",
        r"^(?=.*\s(?:quarry|quarries|cliff|edge|stupet|kanten|steinbrudd\w*|grustak\w*|kaia|kaien|kaikanten|pier|quay|harbour|harbor|bridge|brua|fjellet|the\s+top)\b)"
        r"(?!.*\s(?:rock\s+and\s+roll|roll\s+call|dice|dough|sushi)\b).*\s(?:might|may|could|gonna|going\s+to|will|ill|tenker\s+a|tenkjer\s+a|tenker\s+pa\s+a|kan|skal|ska|kunne|vil)\s+"
        r"(?:just\s+|bare\s+|berre\s+)?(?:let|la|lar)\s+(?:it|her|him|the\s+car|the\s+truck|the\s+van|bilen|den|han|ho)\s+(?:roll|rulle|trille|gli)\b"
        r"(?!\s+(?:back|backwards|bakover|baklengs|tilbake|down\s+the\s+drive|into\s+(?:the\s+)?(?:garage|parking\w*)|inn\s+i\s+garasjen)\b)",
        # round 65 (batch 94): "så greit bare å gå uti" (not in the warmth, the sun or summer, nor with the children); round 66 (batch 97):
        # "d e bare å gå utpå" with a waterfall, a water or a height named (not out on the ice, a stage or a floor)
        r"^(?!.*\s(?:bade\w*|bada|badar|bading|svom\w*|swim\w*|fisk\w*|fish\w*|kajak\w*|padl\w*|isbad\w*|vade\w*|ski\w*|isen|islagt|grader|degrees"
        r"|varm\w*|warm\w*|sol|sola|solen|solskin\w*|sommer\w*|summer|hetebolg\w*|heatwave|(?:med|with)\s+(?:ungene|ungane|ungan|barna|borna|the\s+kids))\b)"
        r"(?:(?=.*\s(?:\w*fossen|\w*foss|stupet|kanten|brua|bruen|broa|broen|brygga|kaia|kaien|moloen|taket|elva|sjoen|havet|fjorden|vannet|vatnet|waterfall|edge|cliff|bridge)\b)"
        r"|(?!.*\s(?:det|d|de)\s+(?:er|e)\s+(?:bare|berre)\s+a\s))"
        r".*?\s(?P<hit>(?:enklast|enklest|enklere|enklare|lettast|lettest|lettere|lettare|greiast|greiest|easiest|easier|(?:sa|so)\s+greit|(?:det|d|de)\s+(?:er|e)(?=\s+(?:bare|berre)\s))\s+"
        r"(?:for\s+\w+\s+)?(?:bare\s+|berre\s+|just\s+)?(?:a|to|(?:om|hvis|viss|if)\s+(?:jeg|je|eg|ae|e|i))\s+(?:bare\s+|berre\s+|baere\s+|just\s+)?(?:ga|gikk|gjekk|gjeng|went|walked|hoppe|hoppa|hoppet|jumped|walk|step|jump)\s+"
        r"(?:uti|utfor|utpa(?!\s+(?:scenen|\w*gulvet|\w*golvet|banen|plenen|dekket|tur\w*)\b)|ut\s+i\s+(?:sjoen|vannet|vatnet|havet|elva|fjorden)|into\s+the\s+(?:sea|water|river)|off\s+the\s+(?:edge|bridge|cliff)))\b",
        # round 82 (batch 128): "har kjøpt ein slange som passar på eksosen. bilen står i garasjen" (a hose that fits the exhaust; the same guards, and not an
        # extractor, a workshop or a moped, a boat or a mower)
        r"^(?!.*\s(?:verksted\w*|verkstad\w*|mekaniker\w*|mechanic|repair\w*|reparer\w*|reparasjon\w*|eu\s*kontroll\w*|bytte\w*|lekk\w*|rust\w*"
        r"|avsug\w*|avtrekk\w*|ventil\w*|moped\w*|traktor\w*|motorsag\w*|plenklip\w*|snofres\w*|bat|baten|aggregat\w*)\b)"
        rf"(?!.*\s{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,4}}?(?:sitter|sit|sat|satt|sits|sitting)\b).*\s(?P<hit>(?:slangen|slange|hose|hosepipe|hageslange\w*)\s+(?:til|te|for|fra|ifra|from|off"
        r"|(?:som|that)\s+(?:pasar|paser|pasa|pas|fits|fit|will\s+fit)\s+(?:pa|til|te|on|onto|to))\s+(?:the\s+)?(?:eksosen|eksos|eksosroret|exhaust))\b",
        # round 56 (batches 76-77): the boat taken out without a life vest (not fishing, a vest forgotten or a past trip); thinking how
        # easy it would be to drive off the edge (not nearly sliding off on ice or snow, nor yesterday); not knowing "kva eg gjer her eller
        # om eg går ned att" (words between)
        r"^(?!.*\s(?:fisk\w*|fish\w*|glemte|glomde|gloymde|forgot|i\s+gar|igar|yesterday|aldri|never|regatta\w*)\b).*\s(?:tar|tek|ta|take|taking|ror|rower|drar|gar|go|going)\s+(?:\w+\s+){0,2}?(?:baten|bat|boat|the\s+boat|kajakken|kajakk|kanoen|jolla|snekka|sjekta)\s+(?:\w+\s+){0,5}?(?:uten|utan|without|uten\s+a\s+ha|utan\s+a\s+ha)\s+(?:\w+\s+)?(?:vest|vesten|redningsvest\w*|flytevest\w*|life\s*jacket|lifejacket|life\s+vest)\b",
        r"^(?!.*\s(?:nesten|nesen|almost|nearly|glat\w*|is|isen|ice|icy|sno|snow|i\s+gar|yesterday)\b).*\s(?:easy|lett|enkelt|tenker\s+pa\s+a|tenkjer\s+pa\s+a|thinking\s+(?:about|of)|think\s+(?:about|of)|want\s+to|wana|vil|vile|just|bare|berre)\s+(?:\w+\s+){0,5}?(?:drive|driving|kjore|kjor|kjyre|kjora|kjoyre)\s+(?:rett\s+|straight\s+|right\s+)?(?:of|utfor|ut\s+for|ut\s+av|over)\s+(?:the\s+|a\s+)?(?:edge|cliff|kanten|stupet|fjelet|fjellkanten|vegen|veien|brua|brukanten|kaia|kaikanten|rekverket|railing|bridge|road)\b",
        rf" (?:vet|veit)\s+{NOT}\s+(?:\w+\s+){{1,6}}?(?:eler|or)\s+(?:om|if|whether)\s+(?:jeg|eg|e|ae|i)\s+(?:gar|komer|kjem|klatrer|klatrar|go|come)\s+(?:ned|ner|down)\s+(?:igjen|at|again)\b",
        # round 57 (batches 78-79): at a roof edge, a bridge or a cliff "lett å bare la seg falle" (not a trampoline, a parachute, climbing,
        # bathing or a trust exercise); standing outside the railing of a bridge or a balcony
        r"^(?=.*\s(?:takkant\w*|taket|kanten|stupet|brua|bruen|broa|broen|rekkverket|balkong\w*|veranda\w*|\w*etasje|vinduet|fjellet|toppen|roof|edge|bridge|cliff|ledge|balcony)\b)"
        r"(?!.*\s(?:trampolin\w*|fallskjerm\w*|strikk\w*|klatr\w*|climb\w*|bade\w*|basseng\w*|tillit\w*|trust|parachute|bungee)\b)"
        r".*\s(?:lett|lettare|lettere|enkelt|enklast|enklest|easy|easier)\s+(?:a\s+|to\s+)?(?:bare\s+|berre\s+|just\s+)?(?:la\s+(?:seg|meg|mae|sae|deg|dae)\s+(?:falle|fale|dette|gli)|let\s+(?:myself|yourself|oneself)\s+(?:fall|go))\b",
        r"(?:^|\s(?:jeg|je|eg|ae|e|i|im|mae|meg)(?:\s+(?:am|m|er|e))?)" + _OUTSIDE_THE_RAILING,
        # round 58 (batches 80-81): the oxygen turned off tonight or to fall asleep (not as a doctor or a nurse said)
        r"^(?!.*\s(?:lege\w*|doktor\w*|doctor|sykepleier\w*|sjukepleiar\w*|nurse|hjemmesykepleie\w*|heimesjukepleie\w*|behandl\w*|kontroll\w*)\b)"
        rf"(?=.*\s(?:{TONIGHT}|sovne|sovna|for\s+godt|aldri|never|for\s+good)\b).*\s(?:skru|skrur|sla|slar|slo|turn|switch)\s+(?:av|of)\s+(?:\w+\s+)?"
        r"(?:oksygen\w*|surstof\w*|oxygen|respirator\w*|pustemaskin\w*|ventilator)\b",
        # round 59 (batch 83): "tror æ går uti ikveld" (not bathing, swimming or fishing); round 66 (batch 96): the time first, "aaja raati
        # eg går ut i fjorden" (a water named; not in a boat, a kayak or with nets)
        # round 83 (the lead's look-alikes after round 82): nor with a SUP board, or a return to work, school or on a day named ("i morgen går jeg ut i fjorden med
        # sup-brettet", "... og kommer ikke tilbake på jobb før onsdag"; "går ut i fjorden og kommer ikke tilbake" alone still fires by the pattern for it)
        _NOT_BATHING_OR_A_SPORTS_JUMP + _unless_any(r"bat|baten|batane|boat\w*|kajak\w*|kano\w*|padl\w*|seil\w*|garn\w*|teine\w*|sup|\w*brett\w*|paddleboard\w*|board"
                                                    r"|jobb\w*|work|skole\w*|skule\w*|kurs\w*|(?:for|til|innen|pa)\s+\w+dag")
        + rf".*?\s(?P<hit>(?:gar|gaer|gjeng|gjenge|ga)\s+uti\s+(?:i\s+kveld|ikveld|i\s+natt|inatt|tonight)"
        rf"|{TONIGHT}\s+(?:(?:jeg|je|eg|ae|e)\s+)?(?:gar|gaer|gjeng|gjenge|ga)\s+(?:(?:jeg|je|eg|ae|e)\s+)?(?:uti|ut\s+i\s+(?:\w*fjorden|\w*sjoen|havet|\w*vannet|\w*vatnet|\w*elva)))\b",
        # round 60 (batches 84-85): a gun got or sat with and "så e d over" or "vet ikke hvor lenge jeg klarer å la være" (the round 48
        # hunting guards; not "over med / for"); sitting in the car in the garage with the engine on (not warming it up or a repair)
        rf"{_NOT_A_GUN_FOR_HUNTING}(?=.*\s(?:jaktgevaer\w*|gevaer\w*|hagle\w*|hagla|rifle\w*|rifla|pistol\w*|revolver\w*|vapen\w*|vapnet|gun|shotgun)\b)"
        rf".*\s(?:(?:sa|da)\s+(?:er|e)\s+(?:det|d|de)\s+(?:over|slutt|ferdig)\b(?!\s+(?:med|for|i|pa)\b)|(?:hvor|kor|kvar)\s+lenge\s+(?:til\s+|te\s+)?(?:jeg|je|eg|ae|e)\s+{ORKE}\s+a\s+la\s+(?:vaere|vere|vaer|ver|vera)\b"
        rf"|{ORKE}\s+{NOT}\s+a\s+la\s+(?:vaere|vere|vaer|ver|vera)\s*$)",
        # (round 64: the barn or the shed too, "inne i den tomme låven"; "sidder" in the shut-garage pattern above)
        r"^(?!.*\s(?:varm\w*|tine|tiner|tina|defrost\w*|skrap\w*|lade|lader|verksted\w*|mekanik\w*|reparer\w*|repair\w*|olje\w*|vask\w*|service)\b)"
        r".*\s(?:sit|sitt|sitter|sitte|satt|sat|sitting)\s+(?:\w+\s+){0,2}?(?:i\s+bilen|in\s+the\s+car)\s+(?:\w+\s+){0,2}?(?:i|in|inni|inne\s+i|inside)\s+(?:(?:den|det|the)\s+\w+\s+)?(?:garasjen|laven|lava|lavet|uthuset|skjulet|naustet|the\s+garage|the\s+barn|the\s+shed)\b"
        r".*\s(?:motor|motoren|motorn|engine)\s+(?:pa|er\s+pa|e\s+pa|i\s+gang|gar|running|on)\b",
        # round 64 (batches 92-93): stones in the pockets by the water (not gathered, with the children or fishing); on the railway bridge or the
        # tracks with the train's time told (not a view, a queue or work there); round 66 (batch 97): the stones in the backpack (not for a
        # garden, a wall or a bed, nor carried for training or on a hike)
        r"^(?=.*\s(?:brygga|bryggen|kaia|kaien|molo\w*|brua|bruen|broa|broen|pier|jetty|bridge|vann|vannet|vatnet|sjoen|havet|elva|fjorden|water|sea|river)\b)"
        r"(?!.*\s(?:samle\w*|samla|samlet|collect\w*|ungene|ungane|barna|kids|fisk\w*|fish\w*|hage\w*|garden|bed|bedet|mur|muren|wall|steinbed\w*|akvari\w*|aquarium"
        r"|trening\w*|trene|trener|training|vekt\w*|weight\w*|tur|turen|topptur\w*|hik\w*)\b)"
        r".*?\s(?P<hit>(?:stein|steiner|steinar|stener)\s+i\s+(?:\w+\s+)?(?:lomma|lommene|lommane|lommen|lommer|sekken|sekk|ryggsekken|ryggsekk|sekkan|bagen|ransel\w*)"
        r"|(?:stones|rocks)\s+in\s+(?:my\s+|the\s+)?(?:pockets|backpack|rucksack|bag))\b",
        _NOT_A_VIEW_OR_A_QUEUE +
        r"(?=.*\s(?:star|sit|siter|sitter|standing|sitting|er|am|im)\s+(?:\w+\s+)?(?:pa|on)\s+(?:the\s+)?(?:jernbanebrua|jernbanebroa|jernbanebruen|jernbanebroen|togbrua"
        r"|jernbanesporet|sporet|skinnene|railway\s+bridge|railway\s+tracks|tracks)\b)"
        r".*?\s(?P<hit>(?:toget|the\s+train|train)\s+(?:kommer|kjem|comes|is\s+coming|passerer|gar)\s+(?:kl\w*\s+|at\s+)?\d+)",
        # round 67 (batches 98-99): at the very end of the breakwater, the pier or the quay with "d e enklast sånn", or with the water told
        # as black and oneself as so tired ("ik ben zo moe"); the car by the quay and "lyst å kjøre rett ut" (not fishing, bathing, a boat,
        # a ferry, pictures, the sunset or a walk; not driving out on a trip, of the town or to a place)
        _NOT_BATHING_OR_A_SPORTS_JUMP + _unless_any(r"bat|baten|boat\w*|ferje\w*|ferja|ferry|foto\w*|bilde\w*|photo\w*|solnedgang\w*|sunset|tur|turen|walk")
        + r".*?\s(?P<hit>(?:star|stend|stod|sit|siter|sitter|standing|sitting|stood)\s+(?:helt\s+)?(?:yterst|lengst\s+ut|at\s+the\s+(?:very\s+)?end|pa\s+enden|pa\s+tuppen)\s+(?:pa|av|of|on)\s+(?:the\s+)?"
        r"(?:\w*molo\w*|pier|jety|\w*brygg\w*|\w*kaia|\w*kaien|breakwater)\b"
        r"(?=.*\s(?:(?:(?:det|d|de|it)\s+(?:er|e|is|s)|its)\s+(?:enklast|enklest|lettast|lettest|easiest)\s+(?:san|sann|slik|slikt|that\s+way|like\s+that)\b"
        r"|(?=.*\s(?:water|vatnet|vanet|sjoen|havet)\s+(?:is|er|e)\s+(?:so\s+|sa\s+)?(?:black|svart|morkt|dark)\b).*\s(?:ik\s+ben|i\s+am|im|eg\s+er|jeg\s+er|ae\s+e)\s+(?:zo|so|sa)\s+(?:mo|tired|trot|sliten)\b"
        # round 69 (batch 103): the water black and cold, with thanks for everything or a goodbye ("vannet er svart og kaldt. bi xatire te, spas for alt")
        r"|(?:water|vatnet|vanet|sjoen|havet)\s+(?:is|er|e)\s+(?:so\s+|sa\s+)?(?:black|svart|morkt|dark)\s+(?:og|and)\s+(?:kaldt|iskaldt|cold)\b"
        r".*\s(?:(?:takk|tak|thanks|thank\s+you|spas|sipas|sorry|unskyld)\s+for\s+(?:alt|everything)|farvel|adjo|goodbye|bi\s+xatire\s+te)\b)))",
        r"^(?=.*\s(?:kaia|kaien|brygga|bryggen|molo\w*|fjorden|sjoen|havet|vanet|vatnet|elva|the\s+quay|the\s+pier|harbou?r)\b)"
        + _NOT_BATHING_OR_A_SPORTS_JUMP + _unless_any(r"bat|baten|boat\w*|ferje\w*|ferja|ferry|tur|turen|trip")
        + r".*\s(?P<hit>(?:lyst|lust)\s+(?:til\s+|te\s+)?(?:a\s+)?(?:kjore|kjor|koyre|kjyre)\s+(?:bilen\s+)?(?:rett\s+)?ut)\b(?!\s+(?:pa|av|til|te|pa|i\s+(?:\w+\s+)?(?:skogen|landet|helga))\b)",
        # round 70 (batch 104): the ice that does not bear yet, "like greitt" ("ser på isen. han bere ikkje enno. tenkjer at det kanskje er like
        # greitt"; not ice fishing or skating, nor "like greitt å vente"); on a roof or a bridge, "det e høgt nok" (not for work on the roof, nor
        # "... høyt nok til/for"); "swim out far, no coming back" (not before or until a time)
        _NOT_ICE_FISHING + r"(?=.*\s(?:isen|ice)\b).*\s(?:ber|bere|berer|baerer|bar|held|holder|holds|bears)\s+(?:ike|ikje|itj|not)\s+(?:enno|enna|enda|ena|yet)\b(?:\s+\w+){0,8}?\s+(?P<hit>like\s+(?:greitt|bra|godt)|just\s+as\s+wel|best\s+sann"
        # round 80 (batch 124): "Isen ber ikkje enno. Eg går ut på han likevel når det blir mørkt", "held ikkje enno. e går utpå i kveld likevel" (out on
        # it anyway; the same guard against ice fishing, skating or skiing; not "går ikkje ut")
        r"|(?:gar|ga|skal\s+ga|ska\s+ga|gjeng)\s+(?:ut\s+pa\s+(?:han|ho|den|isen)|utpa)\s+(?:\w+\s+){0,3}?(?:likevel|likavel|anyway)"
        # round 83 (batch 130): "Isen på Gunneklevfjorden bærer ikke enda. Det vet jeg. Går ut i kveld." (known, and out tonight; the same guard; not "går ikke ut")
        r"|(?:det\s+)?(?:vet|veit|vett|know)\s+(?:jeg|je|eg|ae|e|i)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:gar|ga|gjeng|skal\s+ga|ska\s+ga|go|going)\s+(?:ut|utpa|out)\s+(?:i\s+kveld|i\s+natt|tonight|na|no|now))\b(?!\s+(?:a|med|for|at|to|og\s+fisk\w*|pa\s+(?:ski|skoyter))\b)",
        # round 82 (batch 129): "Mandag kjører jeg ut på isen utafor Biri. Den holder ikke ennå. Greit nok." (driving or walking out on the ice first, then that it
        # does not hold yet, and a shrug; the same guard against ice fishing, skating or skiing; not waiting for it, another week or instead)
        _NOT_ICE_FISHING + r"(?!.*\s(?:vent\w*|wait\w*|neste\s+(?:uke|veke|helg|ar)|next\s+(?:week|weekend|year)|i\s+stedet|istedet|i\s+staden|instead)\b)"
        r".*\s(?P<hit>(?:(?:kjorer|koyrer|gar|drar)\s+(?:jeg|je|eg|ae|e)|(?:jeg|je|eg|ae|e|i)\s+(?:kjorer|koyrer|gar|drar|drive|walk|wil\s+drive|wil\s+walk))\s+(?:ut\s+pa|out\s+on|onto)\s+(?:the\s+)?(?:isen|ice)\b(?:\s+\w+){0,4}?\s+(?:den|han|ho|isen|it|the\s+ice)\s+"
        r"(?:ber|bere|berer|baerer|held|holder|holds|bears|wil|does)\s+(?:ike|ikje|itj|ite|not)\s+(?:hold\s+|bear\s+)?(?:enno|enna|enda|ena|yet)\s+(?:greit\s+nok|greit|like\s+greit|likevel|likavel|fine|whatever|same\s+det|samma\s+det))\b",
        r"^(?=.*\s(?:taket|pa\s+tak|roof|brua|bruen|broa|broen|bridge|balkong\w*|balcony|kanten|stupet|\w*etasje)\b)" + _NOT_WORK_ON_A_ROOF
        + r".*\s(?P<hit>(?:det|d|de|it|its)\s+(?:(?:er|e|is)\s+)?(?:hoyt|hogt|high)\s+(?:nok|enough))\b(?!\s+(?:til|for|te|to|at|a)\b)",
        r" (?:swim|swiming|svome|svomme|svom|symje|symja)\s+(?:out|ut)\b(?:\s+\w+){0,3}?\s+(?:no\s+coming\s+back|and\s+(?:not|never)\s+(?:come|coming)\s+back|og\s+(?:ikke|ikkje|itj|aldri)\s+(?:komme|kome)\s+tilbake)\b(?!\s+(?:before|until|til|for|fra|from|innen)\b)",
        # round 72 (batch 108): the boat made ready, out to sea "og eg kjem ikkje tebage" (not back before or after a time, nor fishing, a season
        # or a trip); round 73 (batch 110): "tar sjarken ut aleina i natt. kjem ikkje tebake" (the fishing cutter taken out alone)
        r"^(?=.*\s(?:bat|baten|baden|boat|sjekta|snekka|jolla|sjarken|sjarka|sjark|skoyta)\b)(?!.*\s(?:fisk\w*|fish\w*|sesong\w*|season|tokt\w*|turen|ferie\w*|holiday)\b)"
        r".*\s(?P<hit>(?:ut|ud|out)\s+(?:(?:te|til|pa|to)\s+(?:havs|havet|sjos|sea)|aleina|aleine|alene|alone)\b(?:\s+\w+){0,6}?\s+(?:og\s+|and\s+)?(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:kommer|kjem|komer|will)\s+(?:ikke|ikje|itj|ite|aldri|not|never)\s+(?:come\s+)?(?:tilbake|tebage|tebake|tibake|att|back|heim|hjem|home))\b(?!\s+(?:for|til|te|innen|etter|pa|i|before|until|after|on)\b)",
        # round 74 (batch 112): on the roof "... de sier jeg skal gå opp i kveld" (voices, or they, telling one to go up or jump; not work, snow, a
        # leak, pictures, the stars or fireworks on the roof)
        r"^(?=.*\s(?:taket|tak|roof|brua|bruen|broa|broen|bridge|stupet|kanten|balkong\w*|balcony)\b)" + _NOT_WORK_ON_A_ROOF
        + r"(?!.*\s(?:lek\w*|sjek\w*|stjern\w*|stars|fyrverkeri\w*|fireworks|nordlys\w*)\b)"
        r".*\s(?P<hit>(?:de|dei|stemmene|stemmen|stemmane|stemmen|they|voices|the\s+voices)\s+(?:sier|seier|sir|sei|says|say|tell|tells|telling)\s+(?:at\s+|that\s+)?(?:jeg|je|eg|ae|e|i|me)\s+"
        r"(?:skal|ska|ma|must|should|have\s+to|to)\s+(?:ga|go|hoppe|hoppa|jump|klatre|klatra|climb)\s+(?:opp|up|ut|off|over|ned)\b(?:\s+\w+){0,3}?\s+(?:i\s+kveld|i\s+natt|tonight|na|no|now))\b",
        # round 74 (batch 113): "ett skritt til så er det over" with a roof, a bridge or an edge named (not work on a roof); "one more step and it's over"
        r"^(?=.*\s(?:taket|roof|brua|bruen|broa|broen|bridge|kanten|stupet|edge|cliff|balkong\w*|balcony|rekkverket|railing)\b)" + _NOT_WORK_ON_A_ROOF
        + r".*\s(?P<hit>(?:(?:ett|eit|et|one)\s+(?:skritt|steg)\s+(?:til|te)\s+(?:sa|so)\s+(?:er|e)\s+(?:det|d)|one\s+(?:more\s+)?step\s+(?:more\s+)?and\s+(?:its|it\s+is))\s+(?:over|slutt|ferdig|done))\b",
        # round 74 (batch 113): "I am on the roof ... I am not going down this time" (a roof, a bridge or an edge named; not work on a roof);
        # "eg går ikkje ned att denne gongen"
        # round 75 (batch 114): "trur ikkje eg går ned trappen igjen" on a roof, "går opp på fjellet ... og ska ikkje ned igjen" (the subject left out; a mountain
        # only without a cabin, a tent, a trip or skis in the message, as in round 28; not "... igjen før / til" a time)
        rf"^(?=.*\s(?:roof|taket|bridge|brua|bruen|broa|broen|edge|ledge|kanten|balcony|balkong\w*|(?:fjellet|fjella|fjelle|toppen)\b(?!.*\s(?:hyt\w*|cabin|telt\w*|tent|camping|tur|turen|hike\w*|hiking|ski\w*)\b))\b)" + _NOT_WORK_ON_A_ROOF
        + rf".*\s(?P<hit>(?:i\s+am|im|i\s+m|i\s+wil|il|i)\s+(?:not|never|wont|aint)\s+(?:going\s+|coming\s+|gona\s+|go\s+|come\s+|climbing\s+)?(?:back\s+)?down\s+(?:this\s+time|again|tonight|anymore|any\s+more)"
        # round 87 (batch 142): "står oppe på taket på lagerhallen ... eg går ikkje ned trappa igjen i natt" (the stairs or the ladder named before "igjen")
        rf"|(?:jeg|je|eg|ae|e)\s+(?:gar|kommer|kjem|klatrer|klatrar|skal|ska)\s+{NOT}\s+(?:ned|ner)\s+(?:trappen\s+|trappa\s+|trappene\s+|stigen\s+)?(?:igjen\s+|att\s+)?(?:denne\s+gangen|denne\s+gongen|i\s+kveld|i\s+natt|igjen|att|mer|meir)"
        rf"|(?:trur|tror|tenker)\s+{NOT}\s+(?:jeg|je|eg|ae|e)\s+(?:gar|kommer|kjem|klatrer|klatrar)\s+(?:ned|ner)\s+(?:trappen\s+|trappa\s+|trappene\s+|stigen\s+)?(?:igjen|att)"
        rf"|(?:skal|ska)\s+{NOT}\s+(?:ned|ner)\s+(?:igjen|att))\b(?!\s+(?:for|til|te|innen|i\s+morgen|pa|etter)\b)",
        # round 75 (batches 114-115): going down to the harbour, the pier or the quay tonight, or standing at the very end of it, with the water told cold, still
        # or calm ("i kveld jeg går ned til havna. bahri er stor og kald", "går ut på moloen i natt, jura er kald", "vannet er kaldt og stille der", "står ytterst
        # på kaia. sjøen ser så rolig ut"); not standing on the pier alone (an indirect sign), nor fishing, bathing, a boat or a ferry, a trip, work, a queue,
        # the children or the dog in the message
        r"^(?!.*\s(?:fisk\w*|fish\w*|pilk\w*|bade\w*|bading|svom\w*|swim\w*|isbad\w*|bat|baten|bata|boat|ferj\w*|ferry|kajakk\w*|kayak\w*|padl\w*|seil\w*|tur|turen|trip"
        r"|jobb\w*|work\w*|skift\w*|vakt\w*|ko|koen|ungane|ungene|barna|kids|hund\w*|bikkja|dog"
        r"|bilde\w*|bilder|foto\w*|photo\w*|picture\w*|solnedgang\w*|sunset|nordlys\w*|stjern\w*)\b)"  # pictures, the sunset (after round 76)
        r"(?:(?=.*\s(?:i\s+kveld|i\s+natt|inatt|tonight)\b)(?=.*\s(?:gar|drar|walk|go|going)\s+(?:\w+\s+)?(?:ned\s+|ut\s+|down\s+|out\s+)?(?:til|te|pa|to|on)\s+(?:havna|hamna|moloen|molo|kaia|kaien|brygga|harbour|harbor|pier|quay)\b)"
        r"|(?=.*\s(?:star|stend|sit|sitter|sitt|standing|sitting)\s+(?:\w+\s+)?(?:ytterst|heilt\s+ute|helt\s+ute|at\s+the\s+(?:very\s+)?end\s+of)\s+(?:pa\s+|ved\s+|the\s+)?(?:havna|hamna|moloen|molo|kaia|kaien|brygga|harbour|harbor|pier|quay)\b))"
        r".*?\s(?P<hit>(?:vannet|vatnet|sjoen|havet|jura|bahri|bahr|fjorden|the\s+water|the\s+sea)\s+(?:er|e|ser|is|looks)\s+(?:\w+\s+){0,3}?(?:kald|kaldt|kalt|stille|rolig|roleg|svart|morkt|cold|calm|still|dark|black)\b)",
        # round 75 (batch 115): out on the ice "og tenkt at det hadde vært lett å bare gå videre dit den e tynn" (where the ice is thin, with a thought of it
        # being easy or tempting; not a warning to keep away, nor the children or the dog in the message)
        r"^(?=.*\sisen\b)(?=.*\s(?:lett|enkelt|fristende|tenkt|tenker|tenkte|tenkjer|lyst)\b)(?!.*\s(?:ungene|ungane|ungan|barna|borna|kids|hund\w*|bikkja|advar\w*|pass\s+pa|unna|forsiktig\w*|careful"
        r"|isfisk\w*|fisk\w*|fish\w*|pilk\w*|skoyt\w*|skate\w*)\b)"  # round 78: not ice fishing or skating
        r".*?\s(?P<hit>(?:ga|gar|walk)\s+(?:videre\s+|lenger\s+ut\s+|ut\s+)?(?:dit|der|til\s+der|te\s+der|where)\s+(?:den|isen|it|the\s+ice)\s+(?:er|e|is)\s+(?:\w+\s+)?(?:tynn|tyn|svak|thin|weak|open|apen)"
        # round 78 (batch 121): "tenkt på Kviteseidvatnet heile vinteren. I kveld er isen tynn nok" (the ice thin enough, with the same thought and guards)
        r"|(?:isen|the\s+ice)\s+(?:(?:er|e|is)\s+)?(?:tynn|tunn|thin)\s+(?:nok|enough))\b",
        # round 84 (batch 132): "det er is på østensjøvannet nå ... sett på det tynne stedet ved sivet. i kveld tenker jeg at jeg bare går videre utover" (the thin
        # spot looked at, and walking on further out, with the same thought; the same guards: not the children or the dog, a warning, ice fishing, skating or skiing)
        r"^(?=.*\s(?:isen|is\s+pa|ice\s+on|the\s+ice)\b)(?=.*\s(?:lett|enkelt|fristende|tenkt|tenker|tenkte|tenkjer|lyst|thinking|think)\b)"
        r"(?=.*\s(?:det\s+|den\s+|the\s+)?(?:tynne|tynneste|tynnaste|svake|thin|thinnest)\s+(?:stedet|staden|stadet|flekken|partiet|spot|part)\b)"
        r"(?!.*\s(?:ungene|ungane|ungan|barna|borna|kids|hund\w*|bikkja|advar\w*|pass\s+pa|unna|forsiktig\w*|careful|isfisk\w*|fisk\w*|fish\w*|pilk\w*|skoyt\w*|skate\w*|ski|skiene|langrenn\w*)\b)"
        r".*?\s(?P<hit>(?:gar|ga|walk|walks)\s+(?:videre|lenger|further)\s+(?:utover|ut|out)(?:\s+(?:pa\s+isen|on\s+the\s+ice))?)\b(?!\s+(?:til|te|mot|langs|to|towards|along|igjen|att)\b)",

        # round 86 (batch 136): "står på moloen. går uti no" (on the pier, the quay or the jetty, walking into the water now or tonight, as the last words;
        # not bathing, swimming or fishing: "går ut på moloen og fisker", "står på brygga, går uti og bader")
        _NOT_BATHING_OR_A_SPORTS_JUMP + r".*\s(?:molo\w*|kaia|kaien|\w*kaia|brygga|bryggen|pier|jetty)\s+(?:\w+\s+){0,3}?(?P<hit>(?:gar|gjeng|ga)\s+(?:eg\s+|jeg\s+|je\s+|ae\s+|e\s+)?(?:uti|ut\s+i\s+(?:sjoen|havet|vatnet|vannet|fjorden))"
        r"\s+(?:na|no|nu|now|i\s+kveld|i\s+natt|i\s+nat))(?=\s*$|\s+(?:ha\s+det|hadet|sorry|orsak|beklager|farvel)\b)",
        # round 86 (batch 137): "ungen søv no. har tenkt heile kvelden på å gå ned på ferjekaia og berre halde fram å gå" (down to the quay, the pier or the water and
        # just keep walking; not a walk or a trip, nor walking on to a place: "... og bare holde fram å gå til butikken")
        _NOT_PACKING_FOR_A_TRIP + _unless_any(r"kveldstur\w*|gatur\w*|walk\w*|spaser\w*|trim\w*") + r".*\s(?P<hit>(?:\w*kaia|\w*kaien|molo\w*|brygga|sjoen|vatnet|vannet|havet|fjorden|elva|kanten)\s+og\s+(?:bare\s+|berre\s+|bere\s+|baere\s+)?(?:halde|holde|halda|fortsette|fortsetje)\s+(?:fram|frem|pa)\s+a\s+(?:ga|gaa))\b(?!\s+(?:til|te|mot|langs|heim|hjem|forbi|rundt)\b)",
        # round 86 (batch 137): "er oppe på Hornelen. eitt steg til" (up on a mountain, a roof or a bridge, "one step more", as the last words; not a step to the top,
        # a goal or a course: "eitt steg til toppen", "eitt steg til så er kurset ferdig")
        _NOT_WORK_ON_A_ROOF + _unless_any(r"sno|maker|maka|making|jobb\w*|arbeid\w*|work\w*|tur|turen|topptur\w*|hike|hiking") +
        r"(?=.*\s(?:er|e|star|stend|sit|siter|sitter|am|im)\s+(?:oppe\s+pa|ope\s+pa|pa\s+toppen\s+av|ytterst\s+pa|pa\s+kanten|on\s+top\s+of|on\s+the\s+edge)\b)"
        r".*\s(?P<hit>(?:eit|ett|et|ein|en|one)\s+(?:steg|skritt|step)\s+(?:til|te|igjen|att|more|left))\s*$",
        # round 86 (batches 136-139): on a bridge, named or not, short, with "sorry" or "so tired of it", or stopping in the middle of it tonight ("står på kroppan bru. e så
        # lei", "e på brua over glomma. sorry", "stoppar midt på stordabrua i natt"); the round 70 guard against waiting, a view, fishing or a walk, and no queue or work
        _NOT_A_STOP_ON_THE_BRIDGE + _unless_any(r"ko|koen|kjo|trafikk\w*|traffic|jobb\w*|work\w*|arbeid\w*|vegarbeid\w*|asfalt\w*|anleg\w*|bygg\w*|stengt|kontroll\w*|moter|motet|kurs\w*")
        + r"^\s(?:(?:jeg|eg|je|ae|e|i)\s+)?(?P<hit>(?:er|e|star|stend|sit|siter|sitter|am|im|stoppar|stopper|stopar|stoper|stansar|stanser)\s+(?:na\s+|no\s+|now\s+)?(?:midt\s+)?(?:pa|on)\s+(?:the\s+)?(?:\w+\s+bru|\w*brua|\w*bruen|\w*broa|\w*broen|bridge)"
        r"(?:\s+(?:over|ved|i)\s+\w+)?\s+(?:sorry|orsak|beklager|unskyld|(?:er|e)\s+(?:sa|so)\s+lei|i\s+natt|i\s+nat|i\s+kveld|tonight))(?:\s+\w+)?\s*$",
        # round 86 (batch 138): "I am on the roof of my block in Leirvik ... I dont want to climb down this time" (on a roof, a bridge or an edge, not wanting to come
        # down; not work, snow or a party up there, the round 79 guard, nor a ladder or scaffolding)
        _NOT_WORK_ON_A_ROOF + r"(?=.*\s(?:roof|rof|bridge|edge|ledge|taket|brua|kanten)\b)(?!.*\s(?:ladder|stige\w*|scaffold\w*|stilas\w*|cat|katten|katta)\b)"
        r".*\s(?P<hit>(?:dont|do\s+not|dont\s+realy|dont\s+even)\s+(?:want|wana)\s+to\s+(?:climb|come|go|get)\s+(?:back\s+)?down)\b(?!\s+(?:yet|til|until|before|for|to\s+(?:work|the|my)|in\s+the)\b)",
        # round 86 (batch 136): "garasjeporten e lukka og motoren går" (the garage door shut and the engine running, either order; not warming the car or a repair,
        # nor an engine that does not run: "motoren går ikke", "motoren går ujevnt")
        _NOT_WARMING_A_CAR + _NOT_A_STORM_OR_A_REPAIR + _unless_any(r"mekaniker\w*|mekanikar\w*|verksted\w*|verkstad\w*|service|eu\s+kontroll\w*|feil\w*|lyd\w*|batteri\w*|start\w*")
        + r".*\s(?P<hit>(?:garasjeport\w*|garasjedor\w*|garasjen|garage\s+door|garage)\s+(?:\w+\s+){0,2}?(?:e|er|is|ble|vart)\s+(?:lukka|lukket|lukt|stengt|stenga|igjen|shut|closed|lukka\s+igjen)"
        r"\s+(?:og|and|mens|while)\s+(?:motoren|motorn|bilen|the\s+engine|the\s+car|engine)\s+(?:gar|er\s+pa|e\s+pa|star\s+pa|is\s+running|running|is\s+on))\b(?!\s+(?:ike|ikje|itj|ite|not|ujamt|ujevnt|dart|tungt|fint|bra|varm)\b)",
        # round 86 (batch 138): "hagla e ute av skapet. ikkje for jakt" (a gun out of the cabinet, said not to be for hunting or the range)
        r"^(?=.*\s(?:hagla|hagle\w*|gevaer\w*|rifla|rifle\w*|borsa|borse\w*|pistol\w*|vapen\w*|vapnet|gun|shotgun)\b)"
        r".*\s(?P<hit>(?:ute\s+av|(?:tatt|tat|teke|tok|took|taken)\s+(?:\w+\s+)?(?:ut\s+av|out\s+of)|out\s+of)\s+(?:vapen)?(?:skapet|safen|the\s+safe|the\s+cabinet)\s+(?:\w+\s+){0,2}?(?:ike|ikje|itj|ite|not)\s+(?:for|til|te)\s+(?:jakt\w*|skyting\w*|skytebane\w*|hunting|the\s+range))\b(?!\s+(?:men|but)\b)",
        # round 93 (batch 165): "tok med rifla ut i skogen i kveld. itj for å jakt. e lei for det" (a gun taken into the forest or the mountain, said not to be for hunting;
        # not practice, a target, cleaning, a sale, scaring off a predator or pictures, nor "... men ...": "tok med rifla ut i skogen, ikke for å jakte, bare for å øve")
        r"^(?=.*\s(?:hagla|hagle\w*|gevaer\w*|gjevaer\w*|rifla|rifle\w*|borsa|borse\w*|pistol\w*|gun|shotgun)\b)"  # the rare words first: the check is cheaper so
        + _unless_any(r"ove|over|ovde|oving\w*|trene|trening\w*|practi\w*|blink|skive\w*|target\w*|skytebane\w*|jaktprov\w*|rens\w*|reins\w*|selg\w*|selj\w*|sell\w*"
                      r"|skrem\w*|bjorn\w*|ulv\w*|gaupe\w*|scare\w*|bilde\w*|foto\w*|photo\w*")
        + r".*\s(?P<hit>(?:tok|tatt|teke|tek|tar|took|taken|take|har|hev|have|gar|gikk|gjekk|went)\s+(?:med\s+)?(?:(?:hagla|rifla|borsa|gevaeret|gjevaeret|pistolen|the\s+gun|the\s+rifle|my\s+gun|my\s+rifle)\s+)?"
        r"(?:med\s+)?(?:ut\s+|opp\s+|inn\s+|out\s+)?(?:i|til|te|pa|into|to|in)\s+(?:skogen|skauen|fjellet|marka|heia|the\s+woods|the\s+forest)\b(?:\s+\w+){0,3}?\s+"
        r"(?:ike|ikje|itj|ite|not)\s+(?:for|til|te|to)\s+(?:a\s+)?(?:jakt\w*|jakte|jage|hunt|hunting))\b(?!\s+(?:men|but)\b)",
        # round 86 (batch 139): "tenker på å gå opp i skauen med børsa og bli der" (into the forest or the mountain with the gun or the rope and staying there; not the hunt
        # named, the round 48 guard)
        _NOT_A_GUN_FOR_HUNTING + r".*\s(?P<hit>(?:ga|gar|dra|drar|gaa)\s+(?:opp\s+|ut\s+|inn\s+)?(?:i|til|te|pa)\s+(?:skauen|skogen|fjellet|marka|heia)\s+med\s+(?:borsa|borse|gevaeret|gevaere|hagla|rifla|pistolen|tauet|the\s+gun)\s+og\s+(?:bli|blir|vere|vaere)\s+(?:der|dar|borte|igjen))\b(?!\s+(?:til|te|over|i\s+\w+\s+dagar|i\s+\w+\s+dager)\b)",
        # round 86 (batch 139): a lorry driver who thinks all the time of swerving out in front of an oncoming car ("tenker hele tida på å bare svinge ut foran en
        # motgående"): thinking of it, not a swerve made to miss an elk
        _unless_any(r"elg\w*|hjort\w*|rein|reinen|rensdyr\w*|sau\w*|dyr|dyret|unga|unnga|unngaa|avoid\w*|forbikjor\w*|kurs\w*|ovelse\w*|ovingskjor\w*|glatt\w*") +
        r".*\s(?P<hit>(?:tenker|tenkjer|tenkt|tenkte|tenke|lyst)\s+(?:\w+\s+){0,3}?(?:pa\s+|til\s+)?a\s+(?:bare\s+|berre\s+|bere\s+)?(?:svinge|svinga|sving|kjore|koyre|kjyre|styre)\s+(?:rett\s+)?(?:ut\s+)?(?:foran|framfor|fremfor|inn\s+i|mot)\s+(?:en\s+|ein\s+|et\s+|eit\s+|de\s+|dei\s+)?"
        # round 92 (batch 161): "tenke på å bare svinge ut framfor en motgåandes trailer" (Trøndersk "motgåandes"; the same guards)
        r"(?:motgaende|motgande|motgandes|motgaendes|motande|motende|mot\s+trafikk\w*|motgaende\s+\w+|vogntog\w*|trailer\w*|traileren|lastebil\w*))\b",
        # round 87 (batches 141-142): "sjøen får meg i natt" (the sea, the fjord or the river takes or gets one tonight, as the last words; not bathing or
        # fishing, nor the sea getting one into a mood or out on a trip: "sjøen får meg i godt humør", "havet tar meg med på tur i natt")
        _NOT_BATHING_OR_A_SPORTS_JUMP + r".*\s(?P<hit>(?:sjoen|havet|fjorden|elva|vatnet|vannet|isen|the\s+sea|the\s+river|the\s+lake)\s+(?:far|tar|tek|skal\s+fa|ska\s+fa|skal\s+ta|ska\s+ta|gets|takes|wil\s+take|wil\s+get)"
        r"\s+(?:meg|mae|me)\s+(?:i\s+natt|i\s+nat|i\s+kveld|inatt|tonight|snart|soon|na|no|now))\s*$",
        # round 87 (batch 141): "the ice on the lake behind the house is thin now. after friday ... i will walk out on it" (the ice told thin, and oneself walking
        # out on it; not ice fishing or skating, the round 75 guards, nor "i will not walk out on it" or a walk when it holds)
        _NOT_ICE_FISHING_OR_A_WARNING
        + r"(?=.*\s(?:isen|the\s+ice|ice)\s+(?:\w+\s+){0,7}?(?:er|e|is)\s+(?:\w+\s+)?(?:tynn|tyn|tunn|thin|svak|weak)\b)"
        r".*\s(?P<hit>(?:i\s+wil|il|i\s+am\s+going\s+to|im\s+going\s+to|im\s+gona|i\s+gona|(?:jeg|je|eg|ae)\s+(?:skal|ska|vil)|(?:skal|ska|vil)\s+(?:jeg|je|eg|ae))\s+(?:walk|go|step|ga)\s+(?:out\s+on|out\s+onto|ut\s+pa)\s+(?:it|den|han|ho))\b"
        r"(?!\s+(?:when|nar|til|until|once|after\s+it|with|med|to|and\s+fish|og\s+fisk\w*)\b)",
        # round 87 (batch 140): "gisundbrua i natt. æ e lei fer alt" (a bridge named with tonight and tired of everything; the bridge guard of round 86 against
        # waiting, a view, fishing or a walk, and no queue or work: "står på brua i natt og fisker", "jobber på brua i natt, e lei for alt regnet")
        _NOT_A_STOP_ON_THE_BRIDGE + _unless_any(r"ko|koen|kjo|trafikk\w*|traffic|jobb\w*|work\w*|arbeid\w*|vegarbeid\w*|anleg\w*|regn\w*|vaer\w*|vind\w*|kulda|snoen")
        + r"(?=.*\s(?:\w+brua|\w+bruen|\w+broa|\w+broen|brua|bruen|broa|broen|bridge)\s+(?:i\s+natt|i\s+nat|i\s+kveld|tonight)\b)"
        r".*\s(?P<hit>(?:er|e|am|im)\s+(?:sa\s+)?(?:lei|tired|sick)\s+(?:for|fer|av|of)\s+(?:alt|alting|everything|det\s+heile|det\s+hele))\s*$",
        # round 87 (batch 142): "e på fjellet bak huset ... trur æ tar det siste steget utfor kanten no" (the last step over the edge or the cliff; not a climb or a
        # jump with a parachute: "tar det siste steget opp på toppen", "tok det siste steget utfor kanten med paraglideren")
        _NOT_BATHING_OR_A_SPORTS_JUMP + _unless_any(r"paraglid\w*|basehop\w*|klatr\w*|climb\w*|tau\s+og\s+sele|rapel\w*|sikring\w*")
        + r".*\s(?P<hit>(?:tar|ta|tek|take|taking|tok)\s+(?:det|the)\s+(?:siste|last|final)\s+(?:steget|skrittet|step)\s+(?:utfor|utafor|ut\s+over|over|off|of)\s+(?:kanten|stupet|the\s+edge|the\s+cliff))\b",
        # round 87 (batch 143): "kjørte jeg til Gisundbrua og satt i bilen en time og så ned på vannet ... men jeg tror ikke jeg kjører hjem neste gang" (the bridge,
        # the edge or the water named, and not driving home the next time; not work, fishing or a queue on the bridge)
        _unless_any(r"fisk\w*|fish\w*|ko|koen|trafikk\w*|traffic|jobb\w*|work\w*|tog|toget|buss\w*|ferj\w*|ferry|hotel\w*|overnatt\w*|sov\w*")
        + r"(?=.*\s(?:\w+brua|\w+bruen|brua|bruen|broa|broen|bridge|kanten|stupet|vannet|vatnet|sjoen|fjorden|elva|the\s+water)\b)"
        rf".*\s(?P<hit>(?:(?:tror|trur|think)\s+{NOT}\s+{I}\s+(?:kjorer|kjore|koyrer|drar|kommer|kjem|drive|come)|{I}\s+(?:kjorer|koyrer|drar|kommer|kjem)\s+{NOT}|i\s+(?:wont|wil\s+not)\s+(?:drive|come))"
        r"\s+(?:hjem|heim|tilbake|home|back)\s+(?:igjen\s+)?(?:neste\s+gang|next\s+time))\b",
        # round 87 (batch 141): "Eg har lagt ein hageslange inn i bilen og ventar berre til ungane har sovna i kveld" (a hose into the car, with a wait, tonight or
        # the children asleep; not a hose for the garden, washing the car, a move or the cabin: "la hageslangen inn i bilen, skal vanne hos mor i kveld")
        _NOT_A_HOSE_FOR_THE_GARDEN_OR_A_WASH
        + r"(?=.*\s(?:venter|ventar|vente|venta|waiting|wait|i\s+kveld|i\s+natt|tonight|sovna|sovnet|sover|sov|asleep)\b)"
        r".*\s(?P<hit>(?:hageslange\w*|slange|slangen|hose|the\s+hose)\s+(?:\w+\s+){0,2}?(?:inn\s+i|in\s+i|into|fra\s+eksos\w*|fra\s+eksosroret|pa\s+eksos\w*|til\s+eksos\w*|from\s+the\s+exhaust)\s+(?:bilen|the\s+car|kupeen|vinduet|the\s+window))\b",
        # round 88 (batch 144): "gjeværet e lada. e på hytta" (a gun told loaded; not for the hunt, an exercise, a sale or a toy, the shared gun guards:
        # "gjeværet e lada og klart te elgjakta")
        _A_REAL_GUN_NAMED + r".*\s(?P<hit>(?:gevaeret|geveret|gjevaeret|hagla|haglen|rifla|rifelen|pistolen|revolveren|vapenet|vapnet|the\s+gun|my\s+gun|the\s+rifle|the\s+shotgun)\s+(?:er|e|is|ligger|ligg)\s+(?:ladd|lada|ladet|ladt|loaded))\b",
        # round 88 (batches 145-146): "står på toppen av fjellet. går ittj ned", "står øverst i hoppbakken. ingen veit" (at the top of a mountain, a ski jump, a roof or a tower,
        # and not going down or nobody knows, as the last words; not a trip, a jump as sport, a view or a photo: "står på toppen av fjellet, går ikke ned før sola går ned")
        _NOT_PACKING_FOR_A_TRIP + _unless_any(r"hike\w*|hiking|fjelltur\w*|hoppe|hopper|hoppa|hoppet|hoppar|trening\w*|rennet|konkurranse\w*|utsikt\w*|solnedgang\w*|bilde\w*|foto\w*|selfie\w*"
                                              r"|kat\w*|pus\w*|hund\w*|bikj\w*|cat|dog|sau\w*|geit\w*|drone\w*")  # found on review: not a cat on the roof
        + r"(?=.*\s(?:star|stend|sit|sitter|sat|stod|sto|er|e)\s+(?:pa\s+toppen\s+(?:av|pa)|overst\s+(?:i|pa)|ytterst\s+pa|pa\s+kanten\s+(?:av|pa))\s+(?:\w+\s+)?"
        r"(?:\w*fjellet|\w*fjella|\w*toppen|\w*hoppbakken|\w*bakken|\w*stupet|\w*taket|\w*brua|\w*tarnet|\w*pipa|\w*kranen|\w*bygget)\b)"
        rf".*\s(?P<hit>(?:(?:gar|kjem|kommer|kjaem|klatrer|klatrar)\s+{NOT}|{NOT}\s+(?:gar|kjem|kommer))\s+(?:ned|ner)(?:\s+(?:igjen|att))?|ingen\s+(?:veit|vet|vit|veta|know|knows))\s*$",
        # round 88 (batches 145-147): "isen på vatnet oppi sulis e tynn nu. går utpå i kveld og ser kor langt æ kjem", "isen på hurdalssjøen er råtten nå i mars. tenker å gå
        # ut dit i natt og bare fortsette å gå" (the ice told thin or rotten, and going out on it tonight; the round 87 guards, and not a warning: "isen er tynn, ikke gå utpå i kveld")
        _NOT_ICE_FISHING_OR_A_WARNING + _unless_any(rf"{NOT}\s+(?:\w+\s+)?(?:ga|gar)\s+(?:ut|utpa)")
        + r"(?=.*\s(?:isen|the\s+ice|ice)\s+(?:\w+\s+){0,7}?(?:er|e|is)\s+(?:\w+\s+)?(?:tynn|tyn|tunn|thin|svak|weak|ratten|rotten|rutten|morken)\b)"
        r".*\s(?P<hit>(?:gar|ga|gaar)\s+(?:ut\s+)?(?:utpa|ut\s+pa\s+(?:den|han|ho|isen)|ut\s+dit)\s+(?:i\s+kveld|i\s+natt|i\s+nat|inatt|tonight))\b",
        # round 88 (batch 146): "isen på storsjøen i natt. itte tebake" (the ice or the water named with tonight, and not back as the last words; not ice fishing or a trip:
        # "isen på storsjøen i natt med pilken, itte tebake før sju")
        # found on review: not home, which a night shift on the ferry also is ("jobber på ferja på mjøsa i natt, kommer ikke hjem")
        _NOT_ICE_FISHING + _NOT_PACKING_FOR_A_TRIP + _unless_any(r"jobb\w*|skift\w*|vakt\w*|ferja|ferje\w*|work\w*")
        + rf"(?=.*\s(?:isen|{LAKE})\s+(?:(?:pa|i|ved)\s+\w+\s+)?(?:i\s+natt|i\s+nat|i\s+kveld|inatt|tonight)\b)"
        r".*\s(?P<hit>(?:ikke|ikkje|itj|itte|not|aldri|never)\s+(?:tilbake|tebake|tilbakers|att|back))\s*$",
        # round 88 (batch 147): "stod på skjoldastraumen bru i natt og kikka ned. går dit att i kveld" (stood on a bridge and looked down, and going there again tonight;
        # not fishing, work, a queue, a bus or a photo: "stod på brua og kikka ned på laksen, går dit att i kveld med stanga")
        _unless_any(r"fisk\w*|fish\w*|laks\w*|stang\w*|ko|koen|trafikk\w*|traffic|jobb\w*|work\w*|buss\w*|foto\w*|bilde\w*")
        + r"(?=.*\s(?:stod|sto|star|sat|sitter|var|va)\s+(?:pa|ved)\s+(?:\w+\s+)?(?:\w*brua|\w*bruen|\w*broa|\w*broen|bru|bro)\s+(?:\w+\s+){0,4}?(?:og\s+)?"
        r"(?:kikka|kikket|kikkar|kikker|saeg|sag|sa|glodde|glante|stirra|stirret|stirte)\s+(?:ned|ner)\b)"
        rf".*\s(?P<hit>(?:gar|drar|dreg|kjorer|koyrer)\s+(?:dit|ut\s+dit|tilbake)\s+(?:att|igjen)\s+{TONIGHT})\b",
        # round 88 (batch 146): "sitter i bilen m motoren på i garasjen" (the engine named before the garage, "m" for "med"; the same guard: not warming or mending the car)
        rf"{_NOT_WARMING_A_CAR}.*?\s(?P<hit>(?:sitter|sit|sat|sitt)\s+i\s+bilen\s+(?:med|m|mae)\s+motoren\s+(?:i\s+gang|pa|igang|gaende|running)\s+(?:inne\s+)?i\s+garasjen)\b",
        # round 89 (batch 148): "går ut der isen e tynnast i kveld" (going out where the ice is thinnest or weakest, tonight or now; the round 88 thin-ice guards: not
        # ice fishing, skating, children, a dog or a warning: "ikkje gå ut der isen e tynnast i kveld", "pilkar der isen e tynnast"; found on review: nor a purpose or
        # company after the time: "... i kveld for å måle tjukkleiken")
        _NOT_ICE_FISHING_OR_A_WARNING + _unless_any(rf"{NOT}\s+(?:\w+\s+)?(?:ga|gar)\s+(?:ut|utpa)")
        + rf".*\s(?P<hit>(?:gar|ga|gaar)\s+(?:ut|utpa|ut\s+pa\s+isen)\s+(?:der|dit|kor|hvor|where)\s+(?:isen|ho|han|the\s+ice)\s+(?:er|e|is)\s+(?:tynnast|tynnest|tynn|svakast|svakest|thinnest|weakest)\s+(?:{TONIGHT}|na|no|nu|now))\b(?!\s+(?:for|med|og|saman|sammen|to|with|and)\b)",
        # round 89 (batches 148-150): "opp på skarvet i morgo. ikkje ned att", "har klatra opp i kranen på verftet ... siste gongen", "skal opp på taket av
        # parkeringshuset ved stasjonen i kveld. ikke ring noen" (up on a height, and not down again, the last time, don't call anyone or nobody knows as the last words;
        # not a trip, a hike, the cabin, work or a shift on a roof or a crane, the view, parking or an animal: "opp på skarvet i morgo, ikkje ned att før søndag",
        # "klatra opp i kranen på skiftet i dag, siste gongen før ferien", "skal opp på taket av parkeringshuset og hente bilen. ikke ring noen"; found on review:
        # "siste gangen" not after a trip planned or made with others: "skal opp på toppen av galdhøpiggen i morgen, siste gangen")
        _NOT_PACKING_FOR_A_TRIP + _NOT_WORK_ON_A_ROOF
        + _unless_any(_AT_THE_CABIN + r"|hike\w*|hiking|fjelltur\w*|skitur\w*|topptur\w*|skift\w*|vakt\w*|kranforer\w*|kranforar\w*|parkere|parkerer|parkerte|parkert|bilen|hente\w*|henta"
                      r"|kat\w*|pus\w*|hund\w*|bikj\w*|sau\w*|geit\w*|drone\w*|ferdig\s+med")
        + rf"(?=.*\s(?:opp|oppe|up|klatra|klatret|klatrer|klatrar)\s+(?:(?:opp|op)\s+)?(?:pa|i|on|til)\s+(?:toppen\s+(?:av|pa)\s+)?{_AT_A_HEIGHT}\b)"
        r"(?!(?=.*\s(?:siste|last)\s+(?:gongen|gangen|gong|gang|time)\s*$)(?=.*\s(?:skal|ska|i\s+morgen|i\s+morgon|i\s+morgo|imorgen|i\s+helga|i\s+helgen|will|med|with)\b))"
        # round 95 (batch 173): "står oppe på fjellet over breivikbotn. det e bratt her. æ har ikkje lyst å gå ned igjen" (no wish to go down again; not with the joy of the
        # place or the weather named: "så fint her, har ikkje lyst å gå ned igjen")
        r"(?!(?=.*\s(?:lyst|lust|hug)\s)(?=.*\s(?:fint|fin|flot\w*|nydel\w*|vakker\w*|vakert|deilig\w*|herlig\w*|digg\w*|sol|sola|solen|solskin\w*|kos\w*|koseleg|koselig)\b))"
        rf".*\s(?P<hit>{NOT}\s+(?:ned|ner)\s+(?:att|igjen|again)|{NOT}\s+(?:lyst|lust|hug)\s+(?:til\s+|te\s+)?(?:a\s+)?(?:ga|gaa|klatre|klatra|kome|komme|dra)\s+(?:ned|ner)\s+(?:att|igjen|again)|(?:siste|last)\s+(?:gongen|gangen|gong|gang|time)|{NOT}\s+ring\s+(?:noen|nokon|non|nan|anyone)|ingen\s+(?:veit|vet|vit|knows))\s*$",
        # round 89 (batch 151): "går opp på Molden i morgo og blir der" (up on a named place, tomorrow or tonight, "and stay there" as the last words; the round 86-88 "blir
        # der" family; not a trip, the cabin, a room, work, school or town, nor a stay until a time: "går opp på hytta i morgo og blir der", "... og blir der til fredag")
        _NOT_PACKING_FOR_A_TRIP
        + _unless_any(_AT_THE_CABIN + r"|rommet|loftet|kontoret|jobb\w*|skolen|skulen|\w*sjukehus\w*|\w*sykehus\w*|byen|butikken|senteret|kafe\w*|puben|fest\w*|mor|far|mamma|pappa|hos")
        + r".*\s(?P<hit>(?:gar|gaar|ga|drar|klatrer|klatrar|skal|ska)\s+(?:opp|up)\s+(?:pa|i|til|on)\s+\w+\s+(?:(?:i\s+morgo|i\s+morgon|i\s+morgen|i\s+mora|i\s+kveld|i\s+natt|tonight|tomorrow)\s+)?og\s+blir\s+der)\s*$",
        # round 89 (batch 150): "når isen går på elva i vår går jeg ut i den" (walking out into the river, the lake or the sea named before it, "i den" as the last words; not
        # bathing, ice bathing or fishing: "når isen går på elva går jeg ut i den og bader", "går jeg ut i den med fiskestanga")
        _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_ICE_FISHING + rf"(?=.*\s{LAKE}\b).*\s(?P<hit>(?:gar|gaar|ga|vader|vasser)\s+(?:jeg|je|eg|e|ae|i)\s+(?:ut|uti)\s+(?:i\s+)?(?:den|det|ho|han|henne|it))\s*$",
        # round 89 (batch 149): "got the rifle out on the kitchen table" (the gun named between the verb and "out"; the shared gun guards, and not cleaning, a sale or
        # taking it out of the car: "got the rifle out to clean it", "got the rifle out of the truck")
        _A_REAL_GUN_NAMED + _unless_any(r"clean\w*|sell\w*|sale|sold|oil\w*|season")
        + r".*\s(?P<hit>(?:got|get|took|taken|pulled|have|had)\s+(?:the|my|his|her|dads|my\s+dads)\s+(?:rifle|gun|shotgun|pistol|revolver|hunting\s+rifle)\s+out)\b(?!\s+(?:of|to|for)\b)",
        # round 89 (batch 150): "bilen står i garasjen og slangen e klar" (a hose told ready with the car or the garage named; the round 87 hose guards: not the garden,
        # washing the car or a move: "slangen e klar, skal vaske bilen i garasjen")
        _NOT_A_HOSE_FOR_THE_GARDEN_OR_A_WASH
        + r"(?=.*\s(?:bilen|garasjen|eksos\w*|the\s+car|garage)\b).*\s(?P<hit>(?:slangen|hageslangen|the\s+hose)\s+(?:er|e|ligger|ligg|is)\s+(?:klar|klart|ready|pa\s+plass))\b",
        # round 92 (batch 161): "sitt i bilen med slangen i vinduet" (sitting in the car with the hose in or through the window; the shared hose guard, and not someone else
        # sitting there, who is in danger: the round 55 violence pattern answers "kompisen sitt i bilen med slangen i vinduet")
        r"^(?=.*\s(?:slangen|slange|hageslange\w*|hose)\s)"  # the rare words first: the check is cheaper so
        + _NOT_A_HOSE_FOR_THE_GARDEN_OR_A_WASH + rf"(?!.*\s{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,4}}?(?:sitter|sitt|sit|sat|satt|sits|sitting)\b)"
        r"(?=.*\s(?:sitter|sitt|sit|sat|satt|sitting|ligger|ligg)\s+(?:\w+\s+)?(?:i|in)\s+(?:the\s+)?(?:bilen|car|bil|varebilen|van)\b)"
        r".*\s(?P<hit>(?:slangen|slange|hageslange\w*|hose|the\s+hose)\s+(?:i|gjennom|gjenom|through|in)\s+(?:the\s+)?(?:vinduet|vindauget|vindu|ruta|bakruta|window))\b",
    ),
    _sign(
        "avskjed: brev, siste melding, gir bort alt",
        # round 91 (batch 157): "ha det bra alle. siste melding" (goodbye to all and "last message", as the whole message; not the last message of the day or of a course, which
        # say more: "ha det bra alle, siste melding i dag")
        r"^\s(?P<hit>(?:ha\s+det\s+(?:bra|godt|fint)|farvel|goodbye|bye)\s+(?:alle|alle\s+saman|alle\s+sammen|everyone|everybody|alle\s+dokker|alle\s+dere)\s+(?:(?:dette\s+er|dette\s+e|det\s+her\s+e|this\s+is)\s+)?"
        r"(?:min\s+|my\s+)?(?:siste\s+(?:melding|meldinga|beskjed)|last\s+message))\s*$",
        # round 91 (batch 158): "har sendt en siste snap til gjengen. hvis dere leser dette er det nok for seint" (if you read this it is too late; not too late to do a thing:
        # "hvis dere leser dette er det for sent å endre meldekortet")
        r"^(?=.*\s(?:leser|les|lesar|reads|read|ser|finner)\s+(?:dette|denne|this|det\s+her)\s)"  # the rare words first: the check is cheaper so
        r".*\s(?P<hit>(?:hvis|viss|vis|om|if|nar|when)\s+(?:dere|du|dokker|dokk|dykk|you|nokon|noen|someone)\s+(?:leser|les|lesar|reads|read|ser|finner)\s+(?:dette|denne|this|det\s+her)\s+"
        r"(?:(?:er|e)\s+(?:det|d)\s+|it\s+is\s+|its\s+|is\s+it\s+)?(?:nok\s+|probably\s+|already\s+|allerede\s+|alt\s+)?(?:for\s+(?:seint|sent)|too\s+late))\b(?!\s+(?:a|to|til|te|for|med|with)\b)",
        # round 89 (batch 148): "gir bort alt e eig. treng det ikkje" (giving away all one owns, with no need of it; not a kind of thing named after, a move, a trip or
        # a sale: "gir bort alt e eig av babyklede, treng det ikkje", "gir bort alt e eig, flyttar til Spania og treng det ikkje")
        _NOT_A_MOVE_OR_A_SALE
        + rf".*\s(?P<hit>(?:gir|gi|git|gitt|gav|ga|gjev|gjeve)\s+(?:bort|vekk|away)\s+(?:alt|alting|everything)\s+(?:(?:jeg|je|eg|e|ae|i)\s+)?(?:eier|eig|eiger|own|har|hev)\b(?!\s+(?:av|of|i|pa|som)\b)"
        rf"(?:\s+\w+){{0,2}}?\s+(?:(?:trenger|treng|need)\s+(?:det|dei|dem|it|them)\s+{NOT}|{NOT}\s+(?:trenger|treng|need)\s+(?:det|dei|dem|it|them)|dont\s+need\s+(?:it|them)))\b",
        # round 88 (batch 144): "e ferdig m alt nu" (done with everything now, as the whole message; without "now" it stays an indirect sign, round 57: "e ferdig med alt";
        # not done with everything on a course, at work or for a move, which names it: "e ferdig m alt på kurset nu", "ferdig med alt te flyttinga")
        r"^\s(?P<hit>(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:er|e|am|im)\s+ferdig\s+(?:med|m)\s+(?:alt|alting|everything)\s+(?:na|no|nu|now))\s*$",
        # round 88 (ordinary batch 142): not a farewell letter to colleagues, customers or the class before a new job ("avskjedsbrev til kollegaene på butikken")
        r" (?:avskjedsbrev|avskilsbrev|farvelbrev|suicide\s+note)(?!\w*\s+(?:til|te|to)\s+(?:\w+\s+)?(?:kollega\w*|kunde\w*|kunda\w*|jobben|arbeidsplass\w*|elev\w*|klassen|sjefen|laget|coworkers|colleagues))",
        # round 87 (batch 140): "blir itte å se mæ på noe møte mer" (one will not be seen at any meeting or anywhere any more, as the whole message; not with a reason
        # or a day: "blir ikke å se meg på møtet i morgen", "blir ikke å se meg på noe møte mer, har fått jobb")
        rf"^\s(?:(?:dere|dokker|dykk|du|nav)\s+)?(?P<hit>(?:blir|kommer|komer|kjem)\s+{NOT}\s+(?:a|til\s+a|te\s+a)\s+se\s+(?:meg|mae|mg)\s+(?:pa\s+(?:noe|noen|noko|nokon|no|nan|non|flere|fleire)\s+\w+\s+)?(?:mer|meir|igjen|att))\s*$",
        # round 65 (batch 95): "ferdig med alt no. ha det" as the last words (the round 62 guards: not work, a course, a move, an exam or packing;
        # nor a NAV errand); round 69 (batches 102-103): "m" for "med", "no" left out, and "ferdig" said again or sorry to one's mother
        # as the last words ("e ferdig m alt. ferdig", "ferdig m alt. sorry mamma")
        rf"^(?!.*\s(?:jobb\w*|kurs\w*|flyt\w*|eksamen\w*|skole\w*|skule\w*|paking|pak\w*|vask\w*|prosjekt\w*|work|job|{NAV_OBJECT})\b)"
        r".*\s(?P<hit>ferdig\s+(?:med|m)\s+(?:alt|everything)\s+(?:(?:na|no|now)\s+)?(?:ha\s+det|hadet|farvel|adjo|bye|ferdig"
        r"|(?:sorry|unskyld|beklager|tilgi\s+meg)\s+(?:mamma|mama|mor|mum|mom|pappa|far|dad|alle|ale))(?:\s+(?:bra|alle|ale))?)\s*$",
        r" (?:skrev|skrevet|skreve|skrive|skriver)\s+(?:et\s+|eit\s+|ei\s+)?(?:farvel|avskjed|adjo)\b(?!\s+(?:kort|fest|lunsj|gave|kake))",
        # round 83 (batch 130): "åssen skriver man et brev te mamma så hu ikke skylder på sæ sjøl etterpå? vil ikke at hu ska tro det va hennes feil" (a letter
        # written so that the one left does not blame herself afterwards; not a move, a break-up, a divorce, dropping out, a job or a course named)
        r"^(?!.*\s(?:flytt\w*|moving|slo\s+opp|slar\s+opp|sla\s+opp|gjor\w*\s+det\s+slut\w*|skilsmis\w*|skiles|skilt|dropp\w*|slutter|sluta|sluttet|studie\w*|studi\w*|jobb\w*|kurs\w*|skole\w*|skule\w*|gravid\w*|rus\w*|behandling\w*)\b)"
        r".*?\s(?P<hit>(?:skrive|skriver|skriva|skrev|write|writing)\s+(?:(?:man|ein|en|du|jeg|eg|ae|one|i|you)\s+)?(?:et\s+|eit\s+|ei\s+|a\s+)?(?:brev|letter|melding|note)\s+(?:til|te|to)\s+\w+\s+(?:sa|so|slik\s+at|sann\s+at|so\s+that)\s+(?:hun|han|ho|hu|de|dei|she|he|they)\s+"
        r"(?:ikke|ikkje|itj|ite|wont|doesnt|dont|will\s+not)\s+(?:skylder|skyld|skylde|skulda|blame|blames)\s+(?:pa\s+)?(?:seg|sae|sg|herself|himself|themselves))\b",
        r" (?:skrevet|skrive|skriver|skreve|skrivi)\s+(?:et\s+|eit\s+|ei\s+)?(?:brev|melding|beskjed)\s+(?:til\s+|te\s+)(?:\w+\s+){0,2}(?:i\s+tilfele|nar\s+jeg\s+er\s+borte|for\s+jeg\s+gar)",
        r" (?:brev|brevet|brevene|brevane|melding|meldinga)\s+(?:\w+\s+){0,4}(?:skal|ska|vil|kan)\s+(?:fa|lese)\s+(?:\w+\s+)?(?:etterpa|nar\s+(?:jeg|eg|ae|e)\s+(?:er|e)\s+borte)\b",  # "ska", "e" round 30
        # round 78 (batch 121): dialect "når eg er burte" (the letters "dei skal få"); found on review of round 95: not the children, the cat, the post or the flowers looked
        # after while one is away ("mamma passer ungene når jeg er borte", "katta får mat av naboen når æ e borte")
        _NOT_LOOKED_AFTER_WHILE_AWAY + r".*\s(?P<hit>(?:nar|etter\s+at)\s+(?:jeg|eg|ae|e)\s+er\s+(?:borte|burte))\b",
        # round 95 (batch 172): Northern "ho finn den når æ e borte" (the copula "e"; not away on, in, at or for something named after it: "når æ e borte på jobb")
        _NOT_LOOKED_AFTER_WHILE_AWAY + r".*\s(?P<hit>(?:nar|etter\s+at)\s+(?:jeg|eg|ae|e)\s+e\s+(?:borte|burte))\b(?!\s+(?:pa|i|til|te|for|fra|hos|in|on|at|en|ei|ein|to|tre|mens|under)\b)",
        # round 30: "brev til dem ... når dere finner det er det til dem", "når eg ikkje e her lenger"
        r" (?:skrevet|skreve|skrev|skrive|wrote|written)\s+(?:et\s+|eit\s+|ei\s+|a\s+)?(?:brev|letter)\w*\b.*\s(?:nar|when)\s+(?:dere|de|dei|dokker|dykk|you|they|noen|nokon)\s+(?:finner|finn|find|fant)\s+(?:det|den|dem|it|them|meg|me)\b",
        rf" (?:nar|etter\s+at|when|hvis|vis|om|if)\s+(?:jeg|je|eg|ae|e|i)\s+{NOT}\s+(?:er|e|am)\s+(?:her|here)\s+(?:lenger|lengre|meir|mer|anymore)\b(?!\s+(?:enn|than)\b)(?!.*\s(?:flyt\w*|moving|move|moved|utlandet|abroad)\b)",  # "hvis", "je" round 41
        # round 31: "håper noen tar vare på henne når jeg ikke er her", "C'est mon dernier message à NAV"
        rf" (?:tar|ta|take|takes)\s+(?:vare\s+pa|care\s+of)\s+(?:henne|ham|han|ho|dem|dei|ungene|barna|borna|her|him|them)\s+(?:nar|when)\s+(?:jeg|eg|ae|e|i)\s+{NOT}\s+(?:er|e|am)\s+(?:her|here)\b",
        r" (?:mon\s+)?dernier\s+mesage\b",
        r" alt\s+(?:er\s+|e\s+)?(?:pakka|pakket|packed)\s+og\s+(?:gitt|git|gjeve|given)\s+(?:bort|away)\b",  # round 32
        r" (?:horer|hoyrer|hear|far\s+hore)\s+(?:ike|ikje|itj|not)\s+(?:noe\s+|noko\s+)?(?:fra|from)\s+(?:meg|mae|me)\s+(?:etter|igjen|mer|meir|after|again)\b(?!\s+(?:\w+\s+){0,2}(?:for|pa\s+\w+|i\s+ferien|til|before|until))",  # round 28
        r" (?:da|sa|so)\s+(?:er|e)\s+det\s+slut\s+pa\s+(?:alt|livet|meg)\b",  # round 28
        # round 24: "et brev til sønnen min som han skal få når han blir stor"
        # round 85 (batch 135): "har skrevet et brev han får når han blir stor" (the present "får", "leser", "åpner" without "skal")
        r" (?:brev|brevet|melding|beskjed)\s+(?:\w+\s+){0,6}(?:(?:skal|ska|kan|vil)\s+(?:fa|lese|apne)|far|leser|apner)\s+nar\s+(?:han|hun|ho|de|dei)\s+(?:blir|vert|er)\s+(?:stor|store|voksen|voksne|vaksen|vaksne|eldre)\b",
        # round 85 (batch 134): the old fisherman's "takk for alt. slutt no." (thanks for everything and "the end now", or the other way round, as the whole message; not a
        # course or a job that is over: "takk for alt, kurset er slutt no" names the thing)
        # round 86 (batch 138): "ha det nav. takk for alt. e slutt no" (a goodbye to NAV or to all before it, and "e slutt" without "det")
        r"^\s(?:(?:ha\s+det|hadet|farvel|adjo)\s+(?:nav|alle|ale|dere|dokker|dykk)\s+)?(?P<hit>(?:tusen\s+)?(?:takk|tak|thanks)\s+for\s+(?:alt|ale\s+ting|everything)\s+(?:(?:sa|da|og)\s+)?(?:(?:det|d|de)\s+(?:er|e)\s+|(?:er|e)\s+(?:det|d)\s+|(?:er|e)\s+)?slutt\s+(?:na|no|nu|now)"
        r"|(?:(?:det|d|de)\s+(?:er|e)\s+)?slutt\s+(?:na|no|nu)\s+(?:tusen\s+)?(?:takk|tak)\s+for\s+(?:alt|ale\s+ting))(?:\s+(?:ha\s+det|hadet|farvel|adjo))?\s*$",
        r" (?:si|sei|fortel|fortell)\s+(?:til\s+)?(?:\w+\s+){0,2}at\s+(?:jeg|eg|ae|e)\s+(?:var|va)\s+(?:glad|gla)\s+i\s+(?:henne|han|ho|dem|dei|deg|dere|dykk|dokker|ham)\b",
        # round 21: "kan du si til mamma at det ikke var hennes feil?"
        rf" (?:si|sei|fortel|fortell)\s+(?:til\s+|te\s+)?(?:\w+\s+){{0,2}}at\s+(?:det|d|de)\s+(?:er|var|va|e)\s+{NOT}\s+(?:hennes|hans|deres|din|dykkar|dokkers)\s+(?:feil|skyld)\b",  # round 33
        # round 94 (batch 170): "kan du seie til veiledaren min at det ikkje var hennar feil" (Nynorsk "seie", "hennar"); not with what was not her fault after it ("... at møtet
        # vart avlyst")
        rf" (?:si|sei|seie|seia|fortel|fortell|fortelje)\s+(?:til\s+|te\s+)?(?:\w+\s+){{0,2}}at\s+(?:det\s+|d\s+|de\s+)?{NOT}\s+(?:var|va|er)\s+(?:hennes|henar|hans|deres|din|dykkar|dokkers)\s+(?:feil|skyld)\b(?!\s+(?:at|att|that|som|med|om)\b)",  # "d itte" round 31
        r" (?:ikke|ikkje|itj)\s+(?:din|deres|hans|hennes|dykkar)\s+(?:skyld|feil)\s+(?:det\s+som\s+(?:skjer|kommer|kjem|hender)|det\s+(?:jeg|eg)\s+(?:gjor|gjer)|hva\s+som\s+skjer)\b",
        r" (?:ha\s+det|hadet|farvel|adjo)\s+(?:til|te)\s+(?:\w+\s+){1,2}og\s+(?:mente|meinte)\s+det\b",
        r" (?:skrevet|skrive|skrev|bestemt|ordnet|laget|lagd)\s+(?:ned\s+)?(?:(?:en|ei|ein)\s+liste\s+(?:over\s+|med\s+)?)?(?:hvem|kven|ken)\s+som\s+skal\s+(?:ha|fa|arve)\s+(?:tingene|tinga|sakene|eiendelene|pengene|katten|hunden|leiligheten)\b",
        r" (?:det|de)\s+er\s+(?:over|slutt)\s+for\s+(?:meg|mae)\s*(?:na|no)?\s*$",
        r" (?:saying|say|said|sier|seier)\s+(?:my\s+)?(?:goodbye\w*|ha\s+det|farvel)\s+(?:to|til|te)\s+(?:everyone|everybody|al|ale|alle)\s+(?:today|tonight|now|i\s+dag|i\s+kveld|na)\s*$",
        r" (?:dere|de|dokker|dykk|du)\s+(?:far|fa|kommer\s+til\s+a|kjem\s+til\s+a)\s+(?:ikke|ikkje|itj|aldri)\s+(?:se|sja|sjaa)\s+(?:meg|mae)\s+(?:igjen|mer|meir|att)\b(?!\s+(?:for|pa|til|i)\b)",
        r" (?:dere|de|dokker|dykk|du)\s+(?:kommer|kjem)\s+(?:aldri|ikke|ikkje|itj)\s+til\s+a\s+(?:se|sja)\s+(?:meg|mae)\s+(?:igjen|mer|meir|att)\b(?!\s+(?:for|pa|til|i)\b)",
        r" (?:ingen|ikke\s+noen|ikkje\s+nokon)\s+(?:som\s+)?(?:trenger|treng|skal|ska|ma)\s+(?:a\s+)?(?:lete|leite|leita|leta)\s+etter\s+(?:meg|mae)\b",  # "ska" round 57
        # round 16: "ikke let etter meg", "ingen treng å leite", "så bror min slepp å leite etterpå"
        rf"{_NOT_AWAY_AT_WORK_OR_A_COURSE}.*?\s(?P<hit>(?:ikke|ikje|itj|ikkje)\s+(?:let|lete|leit|leite|leta|lei)\s+etter\s+(?:meg|mae)\b)",
        r" (?:trenger|treng)\s+(?:dere|du|dokker|dykk|de|ingen)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:lete|leite|leta|leita)\b",  # round 21 ("leita" round 83)
        # round 83 (batch 130): Nynorsk "de treng ikkje leita etter meg" (the pronoun first; "etter meg" needed; not a trip, the cabin, a move,
        # work, a course or hospital: "dere trenger ikke lete etter meg, er på hytta til søndag")
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:flytt\w*|moving|jobb\w*|kurs\w*|skole\w*|skule\w*|sykehus\w*|sjukehus\w*|vakt\w*|fest\w*|hjemme|heime|pa\s+\w+dag|til\s+\w+dag|i\s+morgen|i\s+morgon)\b)"
        r".*?\s(?P<hit>(?:dere|du|dokker|dykk|de|dei)\s+(?:trenger|treng)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:lete|leite|leta|leita)\s+etter\s+(?:meg|mae))\b",
        r" (?:ingen|ikke\s+noen|ikkje\s+nokon|no\s+one|nobody)\s+(?:trenger|treng|ma|skal|needs\s+to|need\s+to|has\s+to)\s+(?:a\s+|to\s+)?(?:lete|leite|leta|leit|lok|look)\s*(?:$|for\s+me)",  # "nobody need to look for me" round 72 (batch 109)
        r" (?:slipper|slepp|slepper|sleppe|slipe)\s+a\s+(?:lete|leite|leta|bestemme|bestemma|ordne|ordna|rydde|ryda)\s+(?:\w+\s+){0,3}(?:etterpa|etter\s+meg|nar\s+den\s+tid\s+kommer|nar\s+eg\s+er\s+borte|nar\s+jeg\s+er\s+borte)\b",
        rf"{_NOT_SOMEONE_ELSES_FUNERAL}.*?\s(?P<hit>(?:valgt|valt|bestemt|skrevet\s+ned)\s+(?:\w+\s+){{0,2}}(?:salmer|salmane|salmene|gravstein\w*|kista|urna|begravelsen\s+min|gravferda\s+mi)\b)",
        r" (?:jeg|eg|ae|e)\s+(?:vil|skal|onsker|onskjer)\s+(?:a\s+)?(?:bli\s+)?(?:kremeres|kremerast|kremert|begravd|begraves|gravlagt|gravlegges)\b",
        r" (?:tror|trur|trudd)\s+(?:ikke|ikkje|itj)\s+(?:jeg|je|jae|eg|ae|e)\s+(?:kjorer|kjore|kjyre|kjem|kommer|komer|drar|gar|reiser)\s+(?:hjem|heim)\s+(?:igjen|att|mer|meir)\b(?!\s+(?:for|til|te|pa|i|fra)\b)",  # "jæ" round 51
        r" (?:neste\s+gang|next\s+time)\s+(?:tror|trur)\s+(?:jeg|eg|ae|e)\s+(?:ikke|ikkje|itj)\s+(?:jeg|eg|ae|e)\s+(?:blir|vert)\s+(?:sitende|sitjande|staende|stande)\b",
        r" (?:det|de)\s+er\s+det\s+siste\s+(?:jeg|eg|ae|e)\s+(?:gjor|gjer)\b",
        r" (?:farvel|farvell|adjo)\s+for\s+(?:godt|alltid|altid)",
        r" git\w*\s+bort\s+(?:alt\s+(?:jeg|eg|ae)\s+(?:eier|eig|har)|ale\s+(?:tingene|tinga|tingan|eiendelene)\s+mine)",
        r" (?:trenger|treng|need)\s+(?:ikke|ikkje|itj|not)\s+(?:noe\s+av\s+|noko\s+av\s+|any\s+of\s+)?(?:dem|dei|det|den|de|them|it|this|that)\s+(?:der|dit|where)\s+(?:jeg|eg|ae|i)\s+(?:skal|gar|drar|am\s+going)\b",  # round 17
        r" (?:trenger|treng|need)\s+(?:dem|dei|det|den|de|them|it)\s+(?:ikke|ikkje|itj|not)\s+(?:der|dit|where)\s+(?:jeg|eg|ae|i)\s+(?:skal|gar|drar|am\s+going)\b",
        # round 38: not before a move; round 73 (ordinary batch 107): nor after one named in Norwegian ("flytter til trondheim neste måned, giving away all my
        # furniture"; not a move to heaven)
        r"^(?!.*\s(?:flytt\w*|flytar|flyde\w*|flydde)\b(?!\s+(?:\w+\s+)?(?:til|te|to)\s+(?:himmel\w*|heaven|paradis\w*|gud|god|alah|jesus)\b)).*?\s(?P<hit>(?:given|gave|giving)\s+away\s+(?:all\s+my|everything))(?!\s+in\s+(?:the|my)\s+(?:flat|apartment|house|room))(?!.*\s(?:moving|move|moved|new\s+adres\w*|new\s+place)\b)",
        # round 38: "I give all my thing from leilighet to church people today"
        r" (?:i\s+)?(?:give|gave|given)\s+(?:my\s+\w+\s+and\s+)?(?:al\s+my|everything\s+i\s+(?:have|own))\s+(?:thing|things|stuf|belongings|furniture|clothes)\b(?!.*\s(?:moving|move|moved|new\s+adres\w*|new\s+place|flyt\w*)\b)",  # "gave my guitar and all my stuff" round 53 (batch 71)
        r" (?:where|der|dit)\s+(?:i|jeg|eg)\s+(?:go|am\s+going|gar|skal)\s+(?:i\s+)?(?:wil\s+not|wont|dont)\s+need\s+(?:it|them|this|that)\b",  # round 26
        # round 14: "så ingen skal slite med å rydde etter meg"
        r" (?:ingen|ikke\s+noen|ikkje\s+nokon|noen|nokon|nobody|no\s+one)\s+(?:skal|trenger|treng|ma|slipper|slepp|has\s+to|needs\s+to|wil\s+have\s+to)\s+(?:\w+\s+){0,3}(?:rydde|ryda|ordne|ordna|clean\s+up)\s+(?:opp\s+)?(?:etter|after)\s+(?:meg|mae|me)\b",
        # round 36: "everything is finished for me. I write goodbye to my son", "dont send police"
        r" (?:everything|it|al)\s+is\s+(?:finished|over)\s+for\s+me\b",
        r" (?:write|wrote|written|writing)\s+(?:a\s+)?goodbye\s+(?:letters?\s+|messages?\s+|notes?\s+)?to\s+(?:my|his|her|(?:everyone|everybody|all|the\s+people|those)\s+(?:i|who|that)\s+(?:care\s+about|love|loved|cared\s+about))\b",  # "goodbye letters to everyone i care about" round 73 (batch 111)
        r" (?:dont|do\s+not|pls\s+dont|please\s+dont)\s+(?:send|cal)\s+(?:the\s+)?(?:police|ambulance)\b",
        r" (?:trenger|treng)\s+(?:ikke|ikje|kje|ke|itj)\s+(?:a\s+)?(?:lete|leite|leita|leta)\s+(?:etter\s+meg\s+)?(?:for|til|te)\s+(?:i\s+morgen|i\s+mora|i\s+mara|imara|\w+dag)\b",  # round 40
        # round 41 (batch 49): "har skrive ein lapp til mamma og lagt han i skuffa"
        # round 95 (batch 174): Northern "tel" ("har skreve eit brev tel ungan og lagt det i skuffa på kjøkkenet")
        r" (?:skrevet|skreve|skrevi|skrivi|skreiv|skrive|skrev|wrote|written)\s+(?:et\s+|eit\s+|ein\s+|en\s+|ei\s+|a\s+)?(?:brev|lap|lapen|note|leter)\s+(?:til|te|tel|to|for)\s+(?:\w+\s+){1,2}(?:og|and)\s+(?:lagt|lagd|put|left)\s+(?:\w+\s+)?(?:i|pa|in|on|under)\s+(?:skufa|skufen|skuva|puta|puten|bordet|kjokenbordet|pulten|pulte|skrivebordet|nattbordet|senga|sengen|the\s+drawer|the\s+table|the\s+desk|my\s+desk|my\s+pilow)\b",  # the desk round 53 (batch 70)
        # round 42 (batch 51): "jæ kommer ikke t å være her t sommern uansett"
        rf" (?:kommer|kjem|komer)\s+{NOT}\s+(?:til|te|t)\s+a\s+(?:vaere|vere|bli)\s+her\s+(?:til|te|t)\s+\w+\s+(?:uansett|anyway)\b",
        # round 43 (batches 52-53): papers and passwords "om det skjer nåkka me mæ", "if I don't come, you know why",
        # "snart får æ ligg der æ og" at a grave
        r" (?:om|hvis|vis|viss|if)\s+det\s+(?:skjer|skulle\s+skje|hender|skulle\s+hende)\s+(?:noe|noko|naka|noka|nokka|nokke|no|something)\s+(?:me|med|with|to)\s+(?:meg|mae|me)\b.*\s(?:papir\w*|passord\w*|forsikring\w*|nokler|nokel\w*|testament\w*|passwords)",
        rf" (?:hvis|vis|viss|om|if)\s+(?:jeg|eg|ae|e|i)\s+{NOT}\s+(?:kommer|kjem|moter|moter\s+opp|come|show)\b.*\s(?:(?:dere|de|dokker|dykk|du|you)\s+(?:vet|veit|know)|(?:vet|veit)\s+(?:dere|de|dokker|dykk|du))\s+(?:hvorfor|kvifor|koffor|korfor|why)\b",
        r" (?:kirkegard\w*|grava|graven|gravplass\w*)\b.*\s(?:snart|soon)\s+(?:far|ska|skal|kommer)\s+(?:jeg|eg|ae|e)\s+(?:til\s+a\s+|te\s+a\s+)?(?:ligge|ligg|liggje)\s+der\b",
        # round 45 (batch 55): "dersom eg ikkje svarar i morgon så er det fordi eg er borte"
        rf" (?:hvis|viss|om|dersom|if)\s+(?:jeg|eg|ae|e|i)\s+{NOT}\s+(?:svarer|svarar|svare|answer)\b.*\s(?:fordi|because)\s+(?:jeg|eg|ae|e|i)\s+(?:er|e|am|m)\s+(?:borte|gone)\b",
        # round 46 (batch 56): "none of this was their fault ... I want someone official to say it to them after"
        r" (?:not|none|ikke|ikje|itj|ite)\s+(?:\w+\s+){0,4}(?:fault|skyld|feil)\b.*\s(?:say|tel|explain|si|sei|fortel|fortele|forklare)\s+(?:it\s+|this\s+|that\s+|det\s+)?(?:to\s+|til\s+|te\s+)?(?:them|him|her|the\s+kids|dem|dei|ham|han|henne|ho|barna|ungene|ungane|borna)\s+(?:after|afterwards|etterpa)\s*$",
        # round 47 (batch 58): a letter left "dom finner det nok etterpå" (they will find it afterwards)
        r" (?:brev\w*|letter\w*|lapp|lappen|note)\b.*\s(?:de|dei|dem|dom|dokker|dere|dykk|they|hun|han|ho|hu|she|he|noen|nokon|someone)\s+(?:finner|finn|find|finds|will\s+find|kommer\s+til\s+a\s+finne|kjem\s+til\s+a\s+finne)\s+(?:det|den|dem|dei|it|them)\s+(?:nok\s+|vel\s+|sikkert\s+|probably\s+)?(?:etterpa|afterwards)\b",
        # round 80 (batch 125): a letter to one's mother under the pillow, "ho finn det itte før i mårå" (not found before tomorrow; not a letter to NAV, the post, a
        # doctor or an office, nor a form or an application)
        r"^(?!.*\s(?:nav|posten|post|postkas\w*|kontor\w*|saksbehandl\w*|lege\w*|skjema\w*|soknad\w*|pakke\w*|gave\w*|present\w*|bursdag\w*)\b)(?=.*\s(?:brev\w*|letter\w*|lap|lapen|note)\b)"
        r".*\s(?P<hit>(?:de|dei|dem|dom|hun|han|ho|hu|she|he)\s+(?:finner|finn|find|finds)\s+(?:det|den|dem|dei|it|them)\s+(?:ike|ikje|itj|ite|not)\s+(?:for|before|until)\s+(?:i\s+morgen|imorgen|i\s+morgon|i\s+mora|i\s+mara|tomorow)"
        # round 81 (batch 126): ... or "ho skjønne det når ho finn det" (understood when found; the same guards)
        r"|(?:de|dei|dem|dom|hun|han|ho|hu|she|he)\s+(?:skjoner|skjone|skjonar|forstar|forsta|wil\s+understand|understands)\s+(?:det|it)\s+(?:nar|when)\s+(?:de|dei|dem|dom|hun|han|ho|hu|she|he)\s+(?:finner|finn|find|finds)\s+(?:det|den|dem|dei|it|them))\b",
        # round 54 (batches 72-73): the letter she gets "hvis meg borte" (in the word order of broken Norwegian; not absent on a day, nor a
        # letter from the doctor), a note to someone "å lagt den på romme mitt"
        r" (?:hvis|viss|om|dersom|nar|if|when)\s+(?:jeg|je|eg|ae|e|meg|mae|i)\s+(?:er\s+|e\s+|am\s+|m\s+|blir\s+|bli\s+|is\s+)?(?:borte|gone|dod|dead)\b"
        r"(?!\s+(?:pa|i|fra|til|te|en|ei|ein|for|on|from|to|idag|neste|next|tomorrow|imorgen|today)\b)(?:\s+\w+){0,3}?\s+(?:far|fa|get|gets|skal\s+fa|ska\s+fa|kan\s+fa|lese|leser|read|reads|apne|apner|open|opens)\s+"
        r"(?:\w+\s+)?(?:brev\w*|letter\w*|lap|lapen|note)\b(?!\s+(?:fra|from)\b)",
        r" (?:skrevet|skreve|skrevi|skrivi|skreiv|skrive|skrev|wrote|written)\s+(?:et\s+|eit\s+|ein\s+|en\s+|ei\s+|a\s+)?(?:brev|lap|lapen|note|leter)\s+(?:til|te|t|to|for)\s+(?:\w+\s+){1,2}"
        r"(?:og|and|a|o)\s+(?:lagt|lagd|la|put|left)\s+(?:\w+\s+)?(?:i|pa|in|on)\s+(?:(?:romet|rome|romen|soverommet|soverome|hybelen)\s+(?:mit|mitt|min)|my\s+(?:room|bed)|senga\s+mi|sengen\s+min)\b",
        # round 60 (batch 84): "når hun leser det er jeg ikke her lenger" with a letter or a note in the message (not an out-of-office)
        rf"^(?=.*\s(?:brev\w*|lapp\w*|letter\w*|note|notes)\b).*\s(?:nar|when|by\s+the\s+time)\s+(?:\w+\s+){{1,2}}?(?:leser|les|reads|read|far|faer|gets|opner|apner|opens|finner|finn|finds)\s+"
        rf"(?:det|dette|den|brevet|lappen|it|this|the\s+letter)\s+(?:(?:er|e)\s+(?:jeg|je|eg|ae|e)\s+(?:{NOT}\s+(?:her|til|i\s+live)|borte|dod|daud)|i\s+(?:will\s+be|ll\s+be|am|m)\s+(?:gone|dead)"
        r"|i\s+(?:wont|will\s+not)\s+be\s+(?:here|alive|around))\b",
        # round 70 (batch 104): "Dette blir min siste henvendelse." (as the last words; not the last before a holiday, about a case or this week)
        # round 80 (batch 124): ... with a sign-off after it ("Dette blir min siste henvendelse. Med vennlig hilsen"); found on review: not after a job
        # got or with a move ("Jeg har fått jobb, så dette blir min siste henvendelse", which round 70's pattern took as crisis)
        r"^(?!.*\s(?:har\s+fat|har\s+fatt|fat|fatt|fikk|fekk|got)\s+(?:\w+\s+)?(?:jobb\w*|job|stiling\w*|arbeid)\b)(?!.*\s(?:flyt\w*|flytt\w*|moving)\b)"
        r".*?\s(?P<hit>(?:dette|dete|det|d)\s+(?:blir|er|e|vert|blei)\s+(?:min|mi)\s+siste\s+henvendelse)\s*(?:$|(?:med\s+vennlig\s+hilsen|med\s+hilsen|vennlig\s+hilsen|mvh|vh|hilsen|helsing)\b)",
        # round 75 (batch 114): "har skrevet goodbye post i notes, blir lagt ut i morgen tidlig" (a farewell post set to go out; not one for colleagues, a
        # retirement, a move, a course or a holiday)
        r"^(?!.*\s(?:jobb\w*|kolleg\w*|pensjon\w*|flytt\w*|kurs\w*|ferie\w*|slutter|sluttar)\b).*?\s(?P<hit>(?:goodbye|farvel|farvell|avskjeds|adjo)\s*(?:post|posten|innlegg\w*|melding\w*|video\w*|brev\w*|tweet)\b.*\s(?:blir|vil\s+bli|skal|ska|will\s+be|gets)\s+(?:\w+\s+)?(?:lagt\s+ut|postet|posta|publisert|sendt|posted|published|sent))\b",

        # round 86 (batch 136): "ha det alle saman. orsak" (goodbye to everyone and sorry, as the whole message; not with anything more: "ha det alle saman, orsak at eg gløymde
        # kaka", "ha det alle, sorry for sent svar")
        r"^\s(?P<hit>(?:ha\s+det|hadet|farvel|adjo|bye)\s+(?:(?:bra|godt)\s+)?(?:alle|ale|everyone)(?:\s+(?:saman|sammen|sama|samen))?\s+(?:orsak|sorry|beklager|unskyld|tilgi\s+meg|forgive\s+me))\s*$",
        # round 92 (batch 161): "unnskyld tel alle. nu e æ ferdig" (sorry to everyone, and "now I am done", as the whole message; not with anything more: "unnskyld til alle
        # for bråket, nå er jeg ferdig med oppgaven")
        r"^\s(?P<hit>(?:unskyld|unnskyld|beklager|sorry|orsak|tilgi\s+meg|tilgi\s+mae|forgive\s+me)\s+(?:til\s+|te\s+|tel\s+|to\s+)?(?:alle|everyone|everybody)(?:\s+(?:saman|sammen|sama|samen))?\s+"
        r"(?:(?:na|no|nu|now)\s+(?:er|e)\s+(?:jeg|je|eg|ae|e)|(?:jeg|je|eg|ae|e)\s+(?:er|e)(?:\s+(?:na|no|nu))?|(?:i\s+am|im)(?:\s+now)?)\s+(?:ferdig|done|finished)(?:\s+(?:na|no|nu|now))?)\s*$",
        # round 92 (batch 160): "brevan te ungan ligg på kjøkkenbordet" (where the letters to one's children or family lie, as the whole message: a farewell letter; a letter
        # laid there among other words stays one sign, as the training line "har lagt et brev på kjøkkenbordet til de som finner meg" has it; not to an office, a bank or NAV)
        r"^\s(?P<hit>(?:brevet|brevene|brevane|brevan|breva|the\s+letters?)\s+(?:til|te|tel|to|for)\s+(?:ungan|ungane|ungene|barna|borna|ongan|ongane|kona|mannen|samboer\w*|kjaerest\w*"
        r"|mamma|mama|mor|pappa|far|sonen|dottera|dattera|jenta|gutten|familien|the\s+kids|my\s+kids|my\s+family)(?:\s+(?:mine|mi|min|mitt))?\s+"
        r"(?:ligger|ligg|er|e|is|are)\s+(?:pa|i|on|in)\s+(?:kjokkenbordet|bordet|skuffen|skuffa|the\s+kitchen\s+table|the\s+table|the\s+drawer))(?:\s+(?:na|no|nu|now))?\s*$",
        # round 86 (batch 139): "si te ho at æ e lei for det, og at det itj e hennes skyld" (told to say, after another thing, that it is not her fault; the round 33 pattern
        # above with "og at" between and "e")
        rf" (?P<hit>(?:si|sei|fortel|fortell)\s+(?:til\s+|te\s+)?(?:\w+\s+){{0,2}}?at\s+(?:\w+\s+){{0,6}}?(?:og\s+)?at\s+(?:det|d|de)\s+(?:{NOT}\s+(?:er|e|var|va)|(?:er|e|var|va)\s+{NOT})\s+(?:hennes|hans|henar|deres|din|dykkar|dokkers)\s+(?:feil|skyld))\b",
    ),
    _sign(
        "tar farvel med NAV",
        # round 89 (batch 150): "takk for alt. hils veilederen" (thanks for everything and a greeting to the veileder as the whole message; not with a season's greeting,
        # a meeting or anything else after it: "takk for alt, hils veilederen og god jul", "takk for alt. hils veilederen, ses på mandag")
        r"^\s(?P<hit>(?:takk|thanks|thank\s+you)\s+for\s+(?:alt|alt\s+sammen|everything)\s+(?:og\s+)?(?:hils|hels|helse|say\s+bye\s+to)\s+(?:til\s+|te\s+)?(?:veilederen|veiledaren|veileder|saksbehandleren|my\s+veileder)(?:\s+(?:min|mi))?)\s*$",
        r" (?:this|it)\s+(?:wil\s+be|is)\s+my\s+last\s+(?:message|text|sms)\b",  # round 29  # round 21: unless good news explains it ("fikk fast jobb!! så dette blir siste melding fra meg")
        # round 78 (batch 121): English "last message from me" (not before a holiday, for today or a while)
        # round 91 (batch 156): "dette e siste gangen dokker høre fra mæ" (the definite "gangen", "gongen"; and "dokk", "dykk")
        r" (?:(?:siste|sista)\s+(?:melding|meldinga|gang|gangen|gong|gongen)|last\s+(?:mesage|text|sms))\s+(?:fra\s+meg|fra\s+mae|from\s+me|dere\s+hor|de\s+hor|dokker\s+hor|dokk\s+hoyr|dykk\s+hoyr|du\s+hor)"
        r"(?!\s+(?:for|pa|i|til)\s+(?:feri\w*|jul\w*|helg\w*|pask\w*|sommer\w*)|\s+(?:pa|for)\s+(?:en|ei|ein)\s+(?:stund|tid|sto)"
        # round 93 (ordinary batch 163): nor a wish for no more SMS as the last words after it ("dette e siste melding fra mæ, vil ikkje ha fleire sms fra dokk": an opt-out)
        # found on review: nor about the case or for today, or today with a greeting after it ("siste melding fra mæ om saken", "siste melding fra mæ i dag, god helg")
        r"|\s+(?:today|tonight|this|before|until|til|for\s+(?:now|a|the|today|this)|on|about|in\s+a|om\s+(?:saken|saka|soknaden|soknad)|for\s+i\s+dag)\b"
        r"|\s+i\s+dag\s*(?:$|\s+(?:god|ha\s+det|hadet|snakes|hilsen|helsing|takk|tak))"
        # round 94 (ordinary batch 165): nor tonight with going to bed after it ("siste melding fra mæ i kveld, ska legg mæ. snakkes"; the shared words)
        r"|\s+" + _TONIGHT_GOING_TO_BED + r"|\s+" + _NO_MORE_MESSAGES_AS_THE_LAST_WORDS + ")",
        r" (?:siste|sista)\s+(?:melding|meldinga)\s+(?:dere|de|du|dokker|dykk|dokk)\s+(?:far|fa|hor|hore)\s+(?:fra|ifra)\s+(?:meg|mae)",  # "dokk" round 36
        r" (?:dere|de|dokker|dykk|du)\s+(?:kommer\s+til\s+a\s+|kjem\s+til\s+a\s+|vil\s+|skal\s+)?(?:hor|hore|horer|hoyrer|hoyre)\s+(?:ikke|ikje|itj|aldri)\s+(?:\w+\s+)?fra\s+(?:meg|mae)\s+(?:igjen|mer|meir|lenger)",
        r" (?:this\s+is|its|here\s+is)\s+my\s+last\s+(?:text|mesage|sms)\b(?!\s+(?:before|until|til|this|for|on|about)\b)",  # round 17
        r" last\s+(?:time|mesage)\s+(?:you|u|anyone|anybody)\s+(?:wil\s+)?(?:hear|get)\s+from\s+me\b(?!\s+(?:before|until|til|this|for|on)\b)",  # round 10
        r" (?:takk|tak)\s+for\s+alt\s+(?:og\s+)?(?:farvel|adjo)\b",
        # round 94 (ordinary batch 166): not with a move named ("vi flyttar frå måløy til sandane ... har sagt farvel til alle naboane"; the shared words)
        rf"^(?!{_A_MOVE_NAMED}).*\s(?P<hit>(?:si|sei|sier|seier|sagt|ta|tar|tatt)\s+farvel\s+(?:til|te|med)\s+(?:dere|dokker|dykk|nav|deg|alle|verden|livet|ungene|familien))\b",
        # round 37: "Dette blir min siste melding til dere"
        r" (?:dette|det|this)\s+(?:blir|er|e|vert|is)\s+(?:min|mi|my)\s+(?:siste|sista|last)\s+(?:melding|meldinga|mesage|text)\s+(?:til|te|to)\s+(?:dere|dokker|dykk|dokk|deg|nav|you)\b(?!\s+(?:for|pa|i|til|before)\s+(?:feri\w*|jul\w*|helg\w*|pask\w*|sommer\w*|holiday\w*|christmas))",
        unless=_GOOD_NEWS,
    ),
    _sign(
        "andre har det bedre uten meg",
        # round 63 (batch 90): the debt that disappears with one ("gjelda forsvinn med meg"; not "... med meg til namsmannen")
        r" (?:gjelda|gjelden|gjeldi|skulda|skylda|lanet|lana|lanene|the\s+debt|my\s+debts?|debts)\s+(?:forsvinn|forsvinner|forsvinne|forsvann|dor|doyr|disappears|wil\s+disappear|dies|wil\s+die)\s+"
        r"(?:(?:bort|vekk|away)\s+)?(?:med|with)\s+(?:meg|mae|me)\b(?!\s+(?:til|te|pa|to|hos|at)\b)",
        # round 62 (batch 89): "better for my son if i am not here anymore" (the round 59 guards: not when, while or on a day); round 66
        # (batch 96): "det beste for guten er at eg ikkje er her meir" (someone close named; not more than, when, at or somewhere)
        rf" (?:best|beter|beste|bedre|betre)\s+for\s+(?:everyone|everybody|my\s+\w+|them|the\s+kids|alle|ale|guten|jenta|gjenta|sonen|dottera|dattera|barnet|barna|ungen|ungene|ungane"
        rf"|borna|familien|kona|mannen|han|henne|ho|dei|dem)\s+(?:(?:er|e|is|blir|vert)\s+)?(?:if|that|at|om|hvis|viss)\s+(?:i\s+(?:am|m|was|were)\s+not|{I}\s+{NOT}\s+(?:er|e|var|va)"
        rf"|{I}\s+(?:er|e|var|va)\s+{NOT})\s+(?:here|around|her)\s+(?:anymore|any\s+more|{MORE})\b(?!\s+(?:when|while|on|at|nar|mens|pa|i|om|enn|en|hver|kvar|fordi|til|te|hos)\b)",
        # round 34: "ingen savner en latvisk mann", "jeg lever ikke, bare eksisterer"
        r" (?:ingen|nobody|no\s+one)\s+(?:savner|saknar|sakner|wil\s+mis|wud\s+mis|would\s+mis|mises)\s+(?:en|ein|ei|meg|mae|me|a)\b",
        rf" (?:jeg|eg|ae|e|i)\s+(?:lever|leve|lev)\s+{NOT}\s*(?:lenger\s+)?(?:jeg\s+|eg\s+)?(?:bare|berre)\s+(?:eksisterer|eksistere|eksistera|finnes|fins|finst)\b",  # "finnes" round 35
        # round 33: "best for alle om eg fekk sovne inn", insurance that gives the children more than one can alive,
        # "har været en byrde for alle", "verden klarer seg fint uten ...", "æ bare eksistere, æ leve ikkje"
        r" (?:best|bedre|betre)\s+(?:for\s+\w+\s+)?(?:om|hvis|viss|at)\s+(?:jeg|eg|ae|e)\s+(?:fekk|fikk|fik|fek|bare|berre)?\s*(?:sovne|sovna|sovnet)\s+inn\b",
        r" (?:gi|give|gir|gives)\s+(?:dem|dei|them|barna|ungene|borna)\s+(?:mer|meir|more)\s+(?:enn|than)\s+(?:jeg|eg|i)\s+(?:kan|can)\s+(?:\w+\s+){0,2}(?:levende|levande|alive|i\s+live)\b",
        r" (?:vaert|vaeret|vert|vore|ben|bin)\s+(?:en|ei|ein|a)\s+(?:byrde|bor|burden)\s+(?:for|to)\b",
        r" verden\s+(?:klarer|klare|greier|greie)\s+seg\s+(?:fint\s+|godt\s+|bra\s+)?(?:uten|utan)\b",
        rf" (?:jeg|eg|ae|e)\s+(?:bare|berre)\s+(?:eksisterer|eksistere|eksistera|finst)\b.*\s(?:lever|leve|lev)\s+{NOT}\b",
        r" beter\s+of\s+without\s+me",
        r" (?:everyone|everybody|they|my\s+family|my\s+kids|people)\s+(?:would\s+be|wil\s+be|are|is)\s+(?:happier|beter|fine)\s+without\s+me\b",
        r" (?:everyone|everybody|they|my\s+family|my\s+kids|people)\s+(?:would\s+be|wil\s+be)\s+(?:beter\s+of|happier)\s+if\s+i\s+(?:(?:was|were)\s+(?:gone|dead|not\s+here)|(?:wasnt|werent|was\s+not|were\s+not)\s+(?:around|here|alive))\b",  # round 21; "if i wasnt around" round 76 (batch 116)
        r" (?:beste|bedre|betre|best)\b.*\s(?:at|om|hvis|viss)\s+(?:jeg|eg|ae|e)\s+(?:ikke|ikkje|itj)\s+(?:finnes|fantes|fins|finst|eksisterer|eksisterte)\b",  # "finst" round 62
        # (round 64: not on retiring from a sport, "... på hoppbakken når jeg legger opp")
        r"^(?!.*\s(?:(?:legger|legge|la|lagt|legg)\s+opp|retire\w*|retiring)\b)"
        r".*?\s(?P<hit>(?:no\s+one|noone|nobody|ingen)\s+(?:would|wil|vil|vile|(?:kommer|kjem|kjaem)\s+(?:til|te|t)\s+a)\s+(?:even\s+|engang\s+)?(?:miss|mis|savne|savn|savna|sakne|sakn|sakna|notice|merke|care))\b",  # "ingen kjem te å sakn mæ" round 53 (batch 71), "kjæm" round 63
        r" (?:ingen|ikkje\s+nokon|ikke\s+noen)\s+som\s+(?:vil|vile|kjem\s+til\s+a|kommer\s+til\s+a|kommer\s+te\s+a)\s+(?:savne|sakne|sakna|merke|bry\s+seg)\b",
        r" (?:klarer|klarar|greier)\s+seg\s+(?:beter|bedre|betre)\s+(?:uten|utan)\s+(?:en\s+(?:mor|far|mamma|pappa)\s+som\s+)?(?:meg|mae)\b",
        r" (?:alle|ale|ingen|familien|ungene|barna)\s+(?:hadde|hade|ville|vil)\s+(?:klart|klara|greid)\s+seg\s+(?:fint|godt|bra|bedre|betre)\s+(?:uten|utan)\s+(?:meg|mae)\b",
        # round 92 (batch 160): "Det er best for alle at jeg bare forsvinner" ("best" and "at" too; not for a while, nor from or out of a thing or while something is done:
        # "det er best for alle at jeg bare forsvinner fra gruppechatten", "det er best for alle at jeg ikke er her når de maler")
        # round 93, found on review: Swedish "det är bäst för alla om jag försvinner" ("bäst", "bättre", "alla", "jag", "bara")
        r" (?:bedre|betre|beter|lettere|lettare|enklere|enklare|easier|best|beste|baest|baettre)\s+for\s+(?:alle|ale|alla|ungene|barna|familien|everyone)\s+(?:om|hvis|viss|if|at|att|that)\s+(?:jeg|eg|ae|e|i|jag)\s+(?:bare\s+|berre\s+|bara\s+|just\s+)?(?:forsvinner|forsvant|forsvinn|var\s+borte|ikke\s+var\s+her|ikje\s+var\s+her|ikke\s+er\s+her|ikje\s+er\s+her|disapeared|was\s+gone|wasnt\s+here)\b"
        r"(?!\s+(?:(?:en|ei|et|ein|eit|a|an|for\s+(?:en|ei|a|an))\s+(?:time|stund|dag|dagar|dager|uke|veke|helg|kveld|hour|while|day|week|weekend)|til|te|tel|to|fra|from|ut\s+av|out\s+of|nar|mens|when|while)\b)",  # "lettere" round 58, not for a while
        # "ungene hadde nok hatt det bedre hos mormoren sin uten meg", "alle rundt meg hadde hatt det betre utan meg" (rounds 21, 23)
        r" (?:ale|alle|verden|familien|barna|ungene|ungane|borna|dei|they|kjeringa|kjerringa|kona|mannen|samboeren|kjaresten|wife|husband)\s+(?:\w+\s+){0,5}(?:beter|bedre|betre|lettere|lettare|lettar|enklere|enklare|easier)\s+(?:\w+\s+){0,4}(?:uten|utan|of\s+without)\s+(?:meg|mae)\b"
        r"(?!\s+(?:pa|i|at|on)\s+(?:the\s+)?(?:tur|turen|trip|laget|team|festen|party|kampen|match|treninga|treningen|training|moetet|motet|meting|prosjektet|project|kurset|course)\b)",  # "lettar" round 53 (batch 70)  # "dei" round 25; not on a trip or a team (round 67)
        r" (?:er|e|am)\s+(?:bare\s+|berre\s+|just\s+)?(?:en|ei|ein|a)\s+(?:byrde|burden)\b",
        # round 27: "bare koste penger for alle", "ein stein om halsen på mor og far", "best jeg forsvinner, da ingen må betale for meg", more out of my insurance than out of me
        r" (?:bare|berre|just|only)\s+(?:koste|koster|kostar|cost|costs)\s+(?:penger|pengar|money)\s+(?:for|til)\s+(?:ale|everyone|familien|dere|dokker|my\s+family)\b",
        r" (?:er|e|am)\s+(?:bare\s+|berre\s+|just\s+)?(?:en|ein|ei|a)\s+(?:stein|kvernstein|klamp|milstone)\s+(?:om|rundt|around)\s+(?:halsen|the\s+neck)\b",
        r" (?:kansje|kanskje|nok|vel|maybe)\s+(?:best|bedre|betre)\s+(?:at\s+)?(?:jeg|eg|ae|e)\s+(?:forsvinner|forsvinn|blir\s+borte|vert\s+borte)\b(?!\s+(?:en\s+stund|ei\s+stund|pa|til|i\s+ferien|fra\s+\w+dag|for\s+en\s+uke))",
        r" (?:get|gets|fa|far)\s+(?:more|mer|meir)\s+(?:out\s+of|ut\s+av)\s+(?:my\s+|the\s+)?(?:insurance|forsikring\w*)\s+(?:than|enn)\s+(?:out\s+of\s+|ut\s+av\s+)?(?:me|meg|mae)\b",
        # round 24: "jeg bare problem for alle", "eg e bare te bry for alle", "ei bør for familien", "bare byrde for kommune"
        r" (?:jeg|eg|ae|e|i)\s+(?:er\s+|e\s+|am\s+)?(?:bare|berre|just|only)\s+(?:et\s+|eit\s+|en\s+|ei\s+|a\s+)?(?:problem|problemer|til\s+bry|te\s+bry|byrde|burden|trouble|failure|fiasko|utgift)\s+for\s+(?:ale|everyone|everybody|familien|my\s+family|andre|dem|dei|them|dere|dokker)\b",
        r" (?:er|e)\s+(?:bare\s+|berre\s+)?(?:en\s+|ei\s+|ein\s+)?(?:bor|byrde|utgift|belastning)\s+for\s+(?:familien|ale|kommunen|kommune|ungene|barna|dater|datera|dateren|sonen|mamma|mor|folk|andre|dei|dem|staten|samfunet|kona|kona\s+mi|min\s+kone|mannen\s+min|min\s+man)\b",  # "staten", "min kone" round 30
        r" (?:mer|meir|more|mest|most)\s+(?:logisk|logiskt|rasjonelt|fornuftig|logical|rational)\s+(?:at|om|that|if)\s+(?:jeg|eg|ae|e|i)\s+(?:bare\s+|berre\s+|just\s+)?(?:forsvinner|forsvinn|forsvant|blir\s+borte|vert\s+borte|disapear\w*|am\s+gone|die|dor|doyr)\b",  # round 30
        r" (?:barna|ungene|ungane|borna|familien|dei|de|ale)\s+(?:far|fa|har|hadde|vil\s+fa|vile\s+fat|kan\s+fa)\s+(?:et\s+|eit\s+)?(?:bedre|betre)\s+liv\s+(?:uten|utan)\s+(?:mamma|pappa|mor|far|meg|mae)\b",
        # round 14: "føler meg som en byrde", "hvis jeg ikke fantes"
        r" (?:foler|foles|kjenner|feel|feeling)\s+(?:meg\s+|mae\s+)?(?:bare\s+|berre\s+|just\s+)?(?:som\s+|like\s+)?(?:en|ei|ein|a)\s+(?:byrde|burden|bor)\b",  # "berre som ei bør" round 29
        r" (?:hvis|om|viss|if)\s+(?:jeg|eg|ae|e|i)\s+(?:ikke|ikkje|itj|didnt)\s+(?:fantes|fanst|fans|eksisterte|existed)\b",
        # round 31: "Fredag meg ikke finnes lenger", life insurance that pays "uansett årsak", "i det minste verdt noe for dem"
        rf" (?:jeg|meg|eg|ae|e|i)\s+{NOT}\s+(?:finnes|fins|finst|eksisterer|exist)\s+(?:lenger|lengre|mer|meir|anymore)\b",
        rf" (?:finnes|fins|finst|eksisterer)\s+(?:jeg|eg|ae|e)\s+{NOT}\s+(?:lenger|lengre|mer|meir)\b",
        # round 32: "etter fredagsbønnen er jeg ikke lenger et problem for NAV", "ungan e bedre uten en far som ..."
        rf" (?:er|e)\s+(?:jeg|eg|ae)\s+{NOT}\s+(?:lenger|lengre|meir|mer)\s+(?:et|eit|ei|en|ein)\s+(?:problem|byrde|bor)\s+for\b",
        rf" (?:jeg|eg|ae)\s+(?:er|e|blir|vert)\s+{NOT}\s+(?:lenger|lengre|meir|mer)\s+(?:et|eit|ei|en|ein)\s+(?:problem|byrde|bor)\s+for\b",
        r" (?:bedre|betre|beter|better)\s+(?:of\s+)?(?:uten|utan|without)\s+(?:en|ein|ei|a)\s+(?:\w+\s+)?(?:far|mor|pappa|mamma|father|mother|dad|mum|mom)\s+(?:som|who|that)\b",  # "utan ein gamal far som" round 53 (batch 71)
        r" (?:livsforsikring\w*|life\s+insurance)\b.*\s(?:uansett\s+arsak|selvmord\w*|sjolmord\w*|suicide|nar\s+(?:jeg|eg)\s+(?:dor|doyr|er\s+dod))\b",
        r" (?:i\s+det\s+minste|iallfall|i\s+alle\s+fall|at\s+least)\s+(?:verdt|verd|worth)\s+(?:noe|noko|nake|something)\s+(?:for|to)\s+(?:dem|dei|ungene|barna|borna|familien|them)\b",
        # round 93 (batch 167): "ungan fortjene ei bedre mor enn mæ" (Trøndersk "fortjene" without the r), and English "deserve a better mother than me"
        r" (?:fortjener|fortjene|fortener|fortenar|fortjenar|deserve|deserves)\s+(?:en|ei|ein|a)\s+(?:bedre|betre|better)\s+(?:mamma|pappa|mor|far|forelder|mamma\s+og\s+pappa"
        r"|mother|mum|mom|father|dad|parent)\s+(?:enn|than)\s+(?:meg|mae|me)\b",
        r" (?:bryr|bry)\s+(?:\w+\s+)?seg\s+(?:om|hvis|viss)\s+(?:jeg|eg|ae|e)\s+(?:dor|doyr|do|doy|forsvinner)\b",
        r" (?:anyone|anybody|someone)\s+(?:would\s+)?care\s+if\s+i\s+(?:died|die|was\s+gone|disapeared)\b",
        r" (?:best|bedre|betre|beter)\s+(?:at\s+|om\s+|hvis\s+)?(?:jeg|eg|ae|e)\s+(?:forsvinner|forsvinn|blir\s+borte|vert\s+borte)\s+(?:fra\s+jordens\s+overflate|for\s+godt|for\s+alltid|helt)\b",
        r" forsvinne\w*\s+fra\s+jordens\s+overflate",
        r" (?:bedre|betre|best|beste|lettere|lettare)\s+a\s+(?:ikke|ikkje|itj)\s+(?:finnes|finast|fins|eksistere|vaere\s+til|vere\s+til)\b",  # round 19
        # round 75 (batch 115): "etter fredag jeg er ikke problem for noen mer" (the article left out after "jeg er")
        r" (?:(?:jeg|je|eg|ae|i)\s+(?:er|e|blir|vert)\s+(?:ikke|ikkje|itj)\s+(?:et\s+|eit\s+|en\s+|ei\s+)?|(?:ikke|ikkje|itj)\s+(?:et|eit|en|ei)\s+)(?:problem|bry|byrde)\s+for\s+(?:noen|nokon|dere|dokker|alle|ale)\s+(?:lenger|lengre|mer|meir)\b",
        # round 36: "følt at alle har det bedre uten dæ? sånn har æ det hele tida"
        r" (?:alle|ale|everyone)\s+har\s+det\s+(?:bedre|betre)\s+(?:uten|utan)\s+(?:dae|deg|dei)\b.*\s(?:san|slik)\s+har\s+(?:jeg|eg|ae|e)\s+det\b",
        # round 39 (batches 45-46, the net alone): "alle ha det betre om e ikkji e her meir"
        r" (?:ha|har|hadde|fa|far)\s+det\s+(?:bedre|betre)\s+(?:om|hvis|viss|nar|if)\s+(?:jeg|eg|ae|e|i)\s+(?:ike|ikje|ikji|itj)\s+(?:er|e|var|va|ver)\s+her\b",
        r" (?:klart|klare|klarer|klarar)\s+(?:seg|sae)\s+(?:\w+\s+)?(?:bedre|betre)\s+(?:(?:med|m)\s+\w+\s+)?(?:uten|utan|uden)\s+(?:meg|mae)\b(?!\s+(?:i|pa|nar|mens|en|ei|til|denne|neste)\b)",  # round 40; "sæ" round 51; "m lillemor uden mæ" round 64
        # round 52 (batch 69): Trøndersk "bærre" for "bedre" ("alle hadd hatt det bærre uten mæ"; only after "det", so not "bære", to carry)
        r" (?:hatt|hat|har|ha|hadde|hade|had)\s+(?:det|d|de)\s+baere\s+(?:uten|utan)\s+(?:meg|mae)\b",
        # round 41 (batches 49-50): "ingen hadde savna mæ uansett", "hvis jeg er borte kanskje de får bedre liv"
        r" (?:ingen|ikke\s+noen|ikkje\s+nokon|nobody|no\s+one)\s+(?:hadde|hade|ville|vile|would)\s+(?:\w+\s+)?(?:savna|savnet|sakna|saknet|mised)\s+(?:meg|mae|me)\b(?!\s+(?:pa|i|at|fra|on|in|from)\b)",
        r" (?:hvis|vis|om|if|nar)\s+(?:jeg|eg|ae|e|i)\s+(?:er|e|blir|vert|was|am)\s+(?:borte|gone)\b.*\s(?:bedre|betre|beter)\s+(?:liv|life|of)\b",
        # round 43 (batches 52-53): "better for everyone if I just go", done being a weight for the family
        r" (?:better)\s+for\s+(?:everyone|everybody|all|them|my\s+\w+)\s+if\s+i\s+(?:just\s+)?(?:go|am\s+gone|wasnt|was\s+not|disappear\w*|die|end)\b",
        # round 93 (batch 166): "e så lei av å vær te bry for alle" (Trøndersk and Northern "te bry", "tell bry")
        r" (?:ferdig|lei|tired)\s+(?:med\s+|av\s+|of\s+)?(?:a\s+)?(?:vaere|vere|vaer|vera|being)\s+(?:\w+\s+og\s+)?(?:tung|en\s+byrde|ei\s+byrde|byrde|a\s+burden|til\s+bry|te\s+bry|tel\s+bry)\s+(?:for|til|te|on|to)\b",
        # round 45 (batch 55): a cow sent to slaughter "det e likens med mæ", "then no more problem for nobody"
        r" (?:slakt|slaktes|slaktar|avlive\w*)\b.*\s(?:likens|likedan|likt|samme|same)\s+(?:med|for|with)\s+(?:meg|mae|me)\b",
        r" (?:no\s+more|ikke\s+mer|ikkje\s+meir)\s+(?:problem|problems|trouble|trobbel|bry)\s+(?:for|fra|from)\s+(?:nobody|anybody|anyone|noen|nokon)\b",
        # round 47 (batches 58-59): "my family is better with the insurance money than with me", Swedish "jag finns inte kvar"
        r" (?:better|bedre|betre|happier)\s+(?:off\s+)?(?:with|med)\s+(?:the\s+|my\s+|an\s+)?(?:life\s+)?(?:insurance|forsikring\w*|livsforsikring\w*)\s*(?:money|pengene|penga|pengane|payout|utbetaling\w*)?\s+(?:than|enn|en)\s+(?:with\s+|med\s+)?(?:me|meg|mae)\b",
        rf" (?:jag|jeg|eg|ae)\s+(?:finns|finnes|finst)\s+{NOT}\s+(?:kvar|lenger|lengre|mer|meir)\b(?!\s+(?:pa|i|hos|som|in|at|on)\b)| (?:jag|jeg)\s+kommer\s+(?:inte|ikke)\s+(?:att\s+|til\s+a\s+)?(?:finnas|finnes)\s+kvar\b(?!\s+(?:pa|i|hos|som)\b)",
        # round 49 (batch 63): Newfoundland "b'y nobody'll miss me"
        r" (?:nobodyll|nobodyd|noonell|no\s+onell|no\s+oned|nobody\s+ll|nobody\s+d)\s+(?:even\s+)?(?:miss\s+me|notice\s+(?:if|when|that)\s+i|care\s+(?:if|when|that)\s+i)\b",
        # round 48 (batches 60-61): "ho frida har d bedre uten mæ", "trur ikkje det vil merkast om eg forsvinn"
        r" (?:har|ha|hadde|hatt|fa|far)\s+(?:det|d|de)\s+(?:bedre|betre|beter)\s+(?:uten|utan|ute)\s+(?:meg|mae)\b(?!\s+(?:pa|i|nar|mens|til|te|denne|neste|for|en|ei|ein)\b)",  # Trøndersk "ute mæ" round 53 (batch 71)
        r" (?:merkes|merkast|merkas|merket|merka|noticed|notice)\s+(?:\w+\s+)?(?:om|hvis|viss|dersom|if|nar|when)\s+(?:jeg|eg|ae|e|i)\s+(?:bare\s+|berre\s+|just\s+)?(?:forsvinner|forsvinn|forsvant|blir\s+borte|vert\s+borte|dor|doyr|disappear\w*|die|died|was\s+gone|am\s+gone)\b(?!\s+(?:fra|fra|pa|en|ei|ein|ut|for\s+(?:en|ei|ein|a)|from|to|til|te|i\s+(?:en|ei|ein|\d+)|a\s+(?:day|week|while))\b)",
        # round 50 (batch 65): "jeg er bare et problem for min datter og for alle"
        r" (?:jeg|je|eg|ae|e|i)\s+(?:er\s+|e\s+|am\s+)?(?:bare|berre|just|only)\s+(?:et\s+|eit\s+|en\s+|ei\s+|a\s+)?(?:problem|byrde|burden|bry)\s+for\s+(?:min|mi|mitt|mine|my)\s+(?:datter|dotter|sonn|son|sonen|kone|mann|barn|unger|familie|mor|far|mamma|pappa|foreldre|daughter|wife|husband|kids|children|family|mother|father|parents)\b",
        # round 54 (batch 73): "ungane klarar seg betre utan ein gamal hostande fant som meg" (one's own; not a team or a firm), the wife
        # "betre tent med forsikringspengane enn med meg"
        r" (?:ungane|ungene|ungan|barna|borna|kona|mannen|familien|familja|alle|ale|dei|dem|ho|hu|han|hun|jenta|gutten|they|the\s+kids|my\s+kids|my\s+family|everyone)\s+(?:\w+\s+)?"
        r"(?:klarer|klarar|greier|greiar|hadde\s+klart|hade\s+klart|would\s+do|do|are)\s+(?:seg\s+|sae\s+)?(?:bedre|betre|beter|better)\s+(?:uten|utan|without)\s+(?:en|ein|ei|a|an)\s+(?:\w+\s+){1,4}(?:som|like)\s+(?:meg|mae|me)\b",
        r" (?:bedre|betre|beter|better)\s+(?:tent|tjent|tjena|served|off)\s+(?:med|with)\s+(?:\w+\s+){0,2}(?:\w*forsikring\w*|\w*forsaekring\w*|\w*insurance\w*|arven|arva|the\s+inheritance)\s+(?:\w+\s+)?"
        r"(?:enn|en|than)\s+(?:med\s+|with\s+)?(?:meg|mae|me)\b",
        # round 55 (batch 74): "nobody here would even notice" (a place between; as the last words, or with "me" or "if I was gone" after
        # it; not "... the difference", "... if I took a day off")
        r" (?:no\s+one|noone|nobody|ingen)\s+(?:here|else|around\s+here|at\s+home|her|hjemme|heime)\s+(?:would|will|wud|vil|vile|(?:kommer|kjem)\s+(?:til|te|t)\s+a)\s+(?:even\s+|engang\s+)?"
        r"(?:miss|savne|savna|sakne|sakna|notice|merke|care)\b(?=\s*$|\s+(?:me|meg|mae|anyway|uansett|if\s+i\s+(?:was|were|am)\s+(?:gone|dead)|if\s+i\s+(?:died|disappeared)|om\s+(?:jeg|eg|ae)\s+(?:forsvant|forsvann|dode|doydde|var\s+borte|vart\s+borte))\b)",
        # round 92 (batch 162): "ka e vitsen. ingen merke om æ e borte" (nobody notices if one is gone, in the present, as the last words; not gone from work, a course or a
        # meeting, nor a day off: "kan ta fri fredag, ingen merker om jeg er borte"; the training line "ka e vitsen, ingen hadde merka det om æ va borte i mårra", with no sign,
        # keeps its features: "hadde merka" and "va borte i mårra" are not this)
        r"^(?=.*\s(?:borte|vekke|vek|gone|dod|dead)\b)"  # the rare words first: the check is cheaper so
        + _unless_any(r"fri|fridag\w*|ferie\w*|jobb\w*|work\w*|kurs\w*|mote\w*|timen|skole\w*|skule\w*|praksis\w*|tiltak\w*|vakt\w*|skift\w*|tur|turen|reis\w*|fest\w*")
        + rf".*\s(?P<hit>(?:ingen|nobody|no\s+one)\s+(?:som\s+)?(?:merker|merke|merkar|savner|saknar|sakner|notices|misses)\s+(?:det\s+|it\s+)?(?:om|hvis|viss|dersom|if|when)\s+"
        rf"(?:{I}\s+(?:er|e|is|am)|im)\s+(?:borte|vekke|vek|gone|dod|dead))(?:\s+(?:for\s+godt|for\s+alltid|for\s+good|lenger|anymore))?\s*$",
        # round 56 (batches 76-77): "mon fils får bedre liv hvis jeg er ikke her" (a better life if I am not here, in any word order)
        rf" (?:far|fa|fer|har|hadde|gets|get|would\s+have)\s+(?:et\s+|eit\s+|a\s+)?(?:bedre|betre|better)\s+(?:liv|livet|life)\s+(?:hvis|viss|om|nar|uten|utan|if|without)\s+(?:jeg|je|eg|ae|e|i|meg|mae|me)\s+(?:er\s+{NOT}|{NOT}\s+er|er\s+borte|{NOT}|am\s+not|was\s+not|wasnt|were\s+not|am\s+gone|was\s+gone)\b(?:\s+(?:her|der|til|here|around|lenger|mer))?",
        # round 57 (batches 78-79): "everybody will be better if I disappear" (if I die or am gone)
        r" (?:everybody|everyone|al|they|my\s+family|the\s+family|my\s+kids|my\s+children|alle|ale|familien|dei|de)\s+(?:will|wil|would|wud|vil|ville|kommer\s+til\s+a|kjem\s+til\s+a)\s+"
        r"(?:be\s+|ha\s+det\s+|fa\s+det\s+|have\s+it\s+)?(?:better|bedre|betre)\s+(?:off\s+)?(?:if|when|once|hvis|viss|om|nar)\s+(?:i|jeg|je|eg|ae|e)\s+"
        r"(?:disappear\w*|die|dies|died|am\s+gone|was\s+gone|forsvinner|forsvant|forsvinn|dor|doyr|er\s+borte|blir\s+borte|vert\s+borte|er\s+dod)\b",
        # round 95 (batch 173): "det hadde vært lettere for alle om æ bare ble borte på sjøen neste gang" (easier or better for everyone, the family or the children if one just
        # disappeared, in the past; not gone from or for a time, a course, a meeting or work: "lettere for alle om jeg ble borte fra møtet", "... ei stund")
        r"^(?=.*\s(?:borte|vekk|vekke|forsvant|forsvann|disappeared|gone)\b)"  # the rare words first: the check is cheaper so
        + _unless_any(r"ferie\w*|holiday|reis\w*|tur|turen|trip|helg\w*|weekend|kurs\w*|course|mote\w*|meeting|timen|skole\w*|skule\w*|tiltak\w*|praksis\w*|vakt\w*|shift")
        + r".*\s(?P<hit>(?:lettere|lettare|lettar|enklere|enklare|bedre|betre|best|easier|better)\s+for\s+(?:alle|ale|everyone|everybody|familien|familia|ungene|ungane|ungan|barna|borna|dei|de|dem|all)\s+"
        r"(?:om|hvis|viss|dersom|if)\s+(?:jeg|je|eg|ae|e|i)\s+(?:bare\s+|berre\s+|just\s+)?(?:(?:ble|blei|vart|was|were)\s+(?:borte|vekk|vekke|gone)|forsvant|forsvann|disappeared))\b"
        r"(?!\s+(?:fra|ifra|from|for|i\s+(?:dag|morgen|helga)|en|ei|ein|litt|a\s+while|til|te|mens|while|ut|under)\b)",
        # round 95 (batch 174): "ta vare på mamma for mæ. orke itj å vær ei byrde meir" (not bearing to be a burden any more, for someone or not, "i cant be a burden anymore";
        # not with a home of one's own, a job or money for one's keep named: "orker ikke å være en byrde for mamma lenger, vil ha egen leilighet")
        r"^(?=.*\s(?:byrde|burden|bor)\s)"  # the rare words first: the check is cheaper so
        + _unless_any(r"leilighet\w*|leilegheit\w*|hybel\w*|bolig\w*|bustad\w*|flytt\w*|egen|eigen|jobb\w*|arbeid\w*|lonn\w*|penger|pengar|bidra\w*|forsorg\w*|econom\w*|okonomi\w*")
        + rf".*\s(?P<hit>(?:{ORKE}\s+{NOT}\s+(?:a\s+)?|(?:i\s+)?(?:cant|canot|can\s+not)\s+)(?:vaere|vere|vaer|ver|vera|be|being)\s+(?:en|ei|ein|a)\s+(?:byrde|bor|burden)\s+(?:(?:for|to|pa|on)\s+(?:\w+\s+){{0,2}}?)?(?:lenger|lengre|lengar|meir|mer|anymore|any\s+more))\b",
        # round 59 (batch 83): "bedre om æ ikke va her" (not when, while or for a day: "... når de kommer", "... i morgen")
        rf" (?:bedre|betre|better)\s+(?:om|hvis|viss|dersom|if)\s+(?:jeg|je|eg|ae|e|i)\s+(?:{NOT}|wasnt|werent)\s+(?:var|va|vart|ver|vore|was|were)\s+(?:her|til|here|around)\b"
        r"(?!\s+(?:na|no|nar|da|i\s+dag|i\s+morgen|pa|under|mens|when|while|today|tomorrow|for|til|te)\b)",
        # round 60 (batch 85): "best for alle at jeg ikke er her lenger" (for everyone or the family named; the round 59 guards)
        rf" (?:best|bedre|betre|better)\s+for\s+(?:alle|everyone|everybody|all|familien|familia|ungene|ungane|barna|borna|dei|de|dem)\s+(?:at|om|hvis|viss|if|that)\s+(?:jeg|je|eg|ae|e|i)\s+"
        rf"(?:(?:{NOT}\s+(?:er|e)|(?:er|e)\s+{NOT}|am\s+not|m\s+not)\s+(?:her|til|here|around)|(?:er|e)\s+borte|(?:am|m)\s+gone)\b(?:\s+(?:lenger|lengre|mer|meir|anymore))?"
        r"(?!\s+(?:na|no|nar|da|i\s+dag|i\s+morgen|pa|under|mens|when|while|today|tomorrow|for|til|te|i|at|in|pga|fordi)\b)",
        # round 61 (batches 86-87): "ungan e bedre tjent uten mæ" (not a firm, a team, a job or a course), Pidgin "everybody go better if i no
        # dey" (not at a place or on a day), "ingen savne mæ uansett" (as the last words or with "uansett")
        r"^(?!.*\s(?:firma\w*|bedrift\w*|laget|team\w*|jobb\w*|prosjekt\w*|kurs\w*|klub\w*|korps\w*|styret)\b).*\s(?:bedre|betre)\s+(?:tjent|tjena|tent)\s+(?:uten|utan)\s+(?:meg|mae)\b(?!\s+(?:pa|i|nar|mens|til|te|denne|neste|for)\b)",
        r" (?:everybody|everyone|al|una|dem|my\s+family|my\s+pikin|my\s+children)\s+(?:go|wil|would|fit)\s+(?:dey\s+)?(?:better|happy|happier)\s+if\s+(?:i|me|mi)\s+no\s+(?:dey|de)\b(?!\s+(?:for|at|to|there|dia|today|tomorrow|come)\b)",
        r" (?:ingen|nobody)\s+(?:savne|sakne|savn|sakn)\s+(?:meg|mae|me)(?=\s*$|\s+(?:uansett|anyway|likevel|lel)\b)",
        # round 67 (batch 98): Portuguese "ninguém vai sentir falta de mim" (nobody will miss me)
        # round 68 (batch 100): the children better off with, or finding, another or a better father ("ungane finn seg ein betre far";
        # not every other weekend, at a place or to play with)
        r" (?:ungane|ungene|ungan|barna|borna|unga|jenta|gutten|the\s+kids|my\s+kids)\s+(?:far|fa|finn|fin|finner|finer|vil\s+fa|gets|get|wil\s+get|wil\s+find|find)\s+(?:seg\s+)?"
        r"(?:(?:det|d|de|it)\s+(?:bedre|betre|beter|better)\s+(?:med|m|with)\s+)?(?:en|ein|ei|a|an)\s+(?:annan|annen|anan|anen|bedre|betre|beter|better|another)\s+(?:far|mor|pappa|mamma|father|mother|dad|mum|mom)\b"
        r"(?!\s+(?:i|pa|hver|kvar|anenhver|annakvar|every|at|in|on|a|to)\b)",
        r" ninguem\s+(?:vai\s+|ira\s+|iria\s+|vai\s+nem\s+)?sentir\s+(?:falta\s+de\s+mim|a\s+minha\s+falta|minha\s+falta)\b",

        # round 86 (batch 138): "think it would be easier for everyone if I was not here anymore" (not here any more, or at all; not away on a day or for a course:
        # "easier for everyone if I was not here on Monday")
        r" (?P<hit>(?:easier|better)\s+for\s+(?:everyone|everybody|al\s+of\s+them|al\s+of\s+us|them|my\s+\w+)\s+if\s+i\s+(?:was|were|am|wasnt|werent)\s+(?:not\s+here|gone|not\s+around|no\s+longer\s+here|dead)"
        r"(?:\s+(?:anymore|any\s+more|at\s+al)|\s*$))",
    ),
]

# Alone, each of these is too often ordinary; two different ones in a message fire (suicidal).
INDIRECT_SIGNS = [
    _sign(
        "gir bort dyr eller ting",
        # round 87 (batch 141): Polish "rozdałem wszystko" (I gave everything away; "ł" is dropped in the normalised text)
        r" (?P<hit>(?:rozdalem|rozdalam|rozdaem|rozdaam|oddalem|oddalam|oddaem|oddaam)\s+(?:wszystko|wszystkie|caly|cale))\b",
        # round 62 (batches 88-89): the cat and the rings "har æ gitt te niesa" (not while away, on a move or for a trip); clothes "gitt vekk"
        r"^(?!.*\s(?:flyt\w*|moving|ferie\w*|holiday|mens|while|reis\w*|tur)\b).*\s(?:katen|kata|hunden|bikja|ringene|ringane|ringan|smykka|smykene|klokka)\s+(?:og\s+(?:\w+\s+){1,2})?har\s+(?:jeg|je|eg|ae|e)\s+(?:git|gjeve|gjevi)\s+(?:bort\s+|vek\s+)?(?:til|te)\s+\w+",
        rf"^(?!.*\s(?:flyt\w*|moving|fordi|because|for\s+liten|for\s+sma|too\s+smal)\b).*\s(?:git|gir|ga|gav|gjeve|gjev)\s+vek\s+(?:\w+\s+){{0,3}}{PET_OR_THINGS}\b",
        # round 94 (batch 168): "har gitt hundan mine te naboen" (the dogs or the cats, Northern "hundan", and "mine"; the same guards)
        r" (?:git|gitt|gav|ga|gjeve|gjevi|gjev|levert)\s+(?:(?:klaerne|kleda|tingene|tinga|sakene|sakane|smykka|smykene|mobla|moblene)\s+(?:mine\s+)?og\s+)?(?:hunden|hundan|hundane|hundene|katen|kata|katan|katane|katene|bikja|dyra|fuglen|kaninen)\s+(?:(?:min|mi|mitt|mine)\s+)?(?:til|te)\s+(?:naboen|nabo\w*|broren|sostera|\w+)\b(?!\s+(?:\w+\s+){0,2}(?:mens|for\s+(?:helga|ferien|en\s+uke)|i\s+ferien|pa\s+pas|pas))",  # round 27; round 74 (batch 112): "gitt klærne mine og katten til venninna mi" (the clothes named first; the same guards); round 85 (batch 134): "gitt katta mi te mummu" ("mi" after the pet)
        rf" (?:git|gitt|gir|ga|gav|gjeve|gjev)\s+bort\s+(?:\w+\s+){{0,3}}{PET_OR_THINGS}\b",
        r" (?:given|gave|giving)\s+away\s+my\s+\w+",
        # round 78 (batches 120-121): given away told in the passive, "verktøy og bil er gitt til kollega", "Bøkene er gjevne bort" (things named; not papers or
        # "alt" to NAV, not for a move, a reason told, a new one bought or a sale, nor lent or given back)
        r"^(?!.*\s(?:flyt\w*|moving|fordi|because|kjopt\w*|bought|selg\w*|selj\w*|solgt\w*|selt|sold|tilbake|back|lant|lana|lant\w*|lent"
        r"|fretex|uff|bymisjon\w*|loppe\w*|brukt\w*|innsamling\w*|charity|red\s+cross|rode\s+kors)\b).*?\s(?P<hit>(?:katten|hunden|tingene|tinga|sakene|sakane|klaerne|kleda|mobla|moblene|verktoy\w*|bilen|bil|bokene|bokane|bokar|boker|smykk\w*|gulsmykk\w*|ps5|playstation|tools|books|car|clothes)"
        r"\s+(?:(?:og|and)\s+(?:\w+\s+){1,2}?)?(?:er|e|ble|blei|vart|is|are|was|were|har\s+blitt|har\s+vorte)\s+(?:gitt|git|gjeve|gjevi|gjevne|gjeven|given)\s+(?:bort|vekk|away|(?:til|te|to)\s+\w+))\b",
        # round 77 (batch 118): "jeg gir min telefon og klær til dost min" (the phone, the clothes or the computer given to someone; not papers, a form or money,
        # nor for a move or with a reason told)
        r"^(?!.*\s(?:fordi|siden|sidan|because|flytt\w*|moving|fatt\s+ny|fikk\s+ny|kjopt\s+ny)\b).*?\s(?P<hit>(?:gir|gi|gav|ga|gitt|git|gjev|gjeve)\s+(?:(?:min|mi|mitt|mine|my)\s+(?:telefon|telefonen|mobil|mobilen|phone|klaer|klaerne|kleda|clothes|pc|pcen|laptop\w*|sykkel|sykkelen|bike)\s+(?:(?:og|and)\s+(?:mine\s+|my\s+)?\w+\s+)?"
        # round 80 (batch 124): "gi telefonen og jakka mi til min dost Ahmad" (two things, "mi" after the second; the same guards)
        r"|(?:telefonen|mobilen|klaerne|kleda|jakka|jakken|pcen|sykkelen)\s+(?:og|and)\s+\w+\s+(?:min|mi|mitt|mine)\s+)(?:til|te|to)\s+\w+)\b",
        # round 81 (batch 127): "bilen gir jeg til kolega" (the car or the boat named first, then given to someone; not a garage, a service, a sale, a loan or a move)
        r"^(?!.*\s(?:flyt\w*|moving|verksted\w*|mekaniker\w*|service|reparasjon\w*|repair\w*|kontrol\w*|selg\w*|solgt\w*|selt|sold|lant|lante|lana|laner|lane|lent|borrow\w*|mens|while|ferie\w*|holiday"
        r"|ny|nye|new|kjopt\w*|kjoper|bought)\b)"  # found on review: nor when a new one is got ("når jeg får ny")
        r".*?\s(?P<hit>(?:bilen|baten|sjekta|motorsykelen|scooteren)\s+(?:(?:gir|gav|ga|gjev)\s+(?:jeg|je|eg|ae|e)|har\s+(?:jeg|je|eg|ae|e)\s+(?:gitt|git|gjeve))\s+(?:bort\s+)?(?:til|te)\s+\w+)\b",
        # round 68 (batches 100-101): someone asked to take the cat or the dog ("kan dokk ta katten min", Finnish "naapuri", the neighbour; not while
        # away, on a trip, a move or in hospital)
        rf"^(?!.*\s(?:flyt\w*|moving|ferie\w*|holiday|mens|while|reis\w*|tur|turen|trip|sykehus\w*|sjukehus\w*|hospital|pas|pase|passe|helga|helgen|weekend|uke|uka|veke|week|dager|dagar|days)\b)"
        rf".*\s(?:kan|kunne|can|could)\s+(?:dere|dokker|dok|dykk|du|you|noen|nokon|someone|somebody|napuri|{SOMEONE_CLOSE})\s+(?:ta|ta\s+over|overta|take|adopt\w*)\s+(?:(?:min|mi|my|the)\s+)?(?:katen|kata|pusen|hunden|bikja|cat|dog)\b",
        # round 35: a new home found for the cat, "gutten får alt je eier"
        r" (?:found|funnet|funet|fant)\s+(?:a\s+|et\s+)?(?:new\s+home|nyt\s+hjem|nytt\s+hjem)\s+(?:for|til)\s+(?:my\s+)?(?:cat|dog|katen|hunden|kata|bikja)\b",
        r" (?:far|fa|skal\s+fa|skal\s+ha|arver|gets)\s+(?:alt|ale\s+tingene|everything)\s+(?:jeg|je|eg|ae|i)\s+(?:eier|eig|eiger|own|owns|har|have)\b",
        # round 30: "han skal ha han for alltid nå", "i gave my rosary and my uniforms to Ate Joy", "gjeve båten til svogeren"
        r" (?:skal|ska|far|fa)\s+(?:ha|beholde|behalde)\s+(?:\w+\s+){0,2}for\s+(?:alltid|godt)\b",
        r" (?:gave|given)\s+(?:al\s+|both\s+)?my\s+\w+\s+(?:and\s+(?:my\s+)?\w+\s+)?to\s+\w+",
        r" (?:gitt|git|gjeve|gjevi|gav|ga)\s+(?:baten|bilen|scooteren|motorsykelen|hytta|ps5|ps5en|playstation\w*|pcen|pc|switchen|maskina|datamaskinen|gitaren|gitarene|knivene|verktoyet)\s+(?:\w+\s+){0,2}(?:til|te)\s+\w+",
        r" (?:gitt|gav|ga|gjeve)\s+(?:ham|han|henne|ho|dem|dei)\s+(?:\w+\s+)?(?:mine|min|mi|mit)\b",  # round 32
        # round 33: "gitt mikroskop og alle mine kjemibøker til skolen", "katten har fått ny familie", "hun skal have mine knive"
        r" (?:gitt|gav|ga|gjeve)\s+(?:\w+\s+)?(?:og\s+)?(?:ale|alle)\s+(?:mine|mitt|min)\s+\w+\s+(?:til|te)\b",
        # round 76 (batch 117): "gitt alle klærne mine til kirka" (the things before "mine"; only things and pets, not papers or money)
        rf" (?P<hit>(?:gitt|git|gav|ga|gjeve)\s+(?:\w+\s+(?:og|and)\s+)?(?:ale|alle)\s+{PET_OR_THINGS}\s+(?:mine|mitt|min)\s+(?:til|te|t)\s+\w+)\b",  # round 80 (batch 124): "t ida" (the same, "t" for "til"); round 81 (batch 127): "gitt gullkorset og alle klærne mine til søster" (one thing named before)
        # round 34: the aquarium fish to the pet shop, "hunden er gjeven til grannen", "lämnat katten ... för gott"
        r" (?:levert|leverte|gitt|gav|ga|gjeve)\s+(?:\w+\s+)?(?:akvariefisk\w*|fiskene|fiskane|hamster\w*|marsvin\w*|kaninene|kaninane)\b",
        r" (?:hunden|katen|kata|bikja|dyra|dyrene|fuglen|kaninen|hesten)\s+(?:er|e|vart|ble|blei)\s+(?:gitt|gjeven|gjevi|git|levert)\s+(?:bort\s+)?(?:til|te)\b",
        # round 80 (batch 124): "hunden er overlatt til naboen" (left in someone's care for good: not while away, on a trip or in hospital)
        r"^(?!.*\s(?:mens|while|ferie\w*|holiday|reis\w*|tur|turen|sykehus\w*|sjukehus\w*|hospital|helg\w*|uke|uka|veke)\b).*\s(?P<hit>(?:hunden|katen|kata|bikja|dyra|dyrene|fuglen|kaninen|hesten)\s+(?:er|e|vart|ble|blei)\s+overlat\s+(?:til|te)\s+\w+)\b",
        r" (?:laemnat|laemna|lamnat|levert|gitt|git|lat|latt)\s+(?:\w+\s+){0,2}(?:hos|til|te)\s+(?:\w+\s+){0,5}for\s+(?:got|godt|altid|alltid|good)\b",
        r" (?:katten|katta|kata|hunden|bikkja|dyra|dyrene|fuglen|kaninen|katene|hundene)\s+(?:har\s+)?(?:far|fa|fat|fatt|fikk|fekk)\s+(?:en\s+|ei\s+|ein\s+)?(?:ny|nye|nytt)\s+(?:familie|familje|eier|eiere|eigar)\b",
        r" (?:skal|ska|kan|far|fa)\s+(?:ha|have|fa|arve)\s+(?:mine|mit|min|mi)\s+\w+",
        r" (?:gitt|gav|ga|levert|leverte)\s+(?:\w+\s+)?(?:reservenokel\w*|nokelen|nokene|noklene|nokler|ekstranokel\w*)\s+(?:\w+\s+){0,2}til\b",  # round 20
        # round 14: "levert katta til dyrebeskyttelsen"
        rf" (?:levert|leverte|levere|leverer|gitt|gav|ga)\s+(?:\w+\s+){{0,2}}{PET_OR_THINGS}\s+(?:til|te|pa)\s+(?:dyrebeskyt\w*|dyrevern\w*|omplaser\w*|dyrehjem\w*|an\s+animal\s+shelter)",
        # round 83 (batch 130): Nynorsk "katten har fått ny heim hjå naboen" ("ny")
        r" (?:katten|katta|hunden|bikkja|dyra|dyrene|fuglen|kaninen|katene|hundene)\s+(?:far|skal\s+fa|har\s+fat|fikk)\s+(?:et\s+|eit\s+)?(?:nyt|nye|ny)\s+(?:hjem|heim|eier|eigar)\b",
        r" (?:levert|leverte|levere|leverer)\s+(?:katten|katta|kata|katen|pusen|hunden|bikkja|bikja|dyret|dyra|dyrene|fuglen|kaninen|undulat\w*)\s+(?:til|te)\s+(?!(?:\w+\s+)?(?:dyrlege\w*|veterin\w*|pensjonat\w*|katepensjonat\w*|hundepensjonat\w*|pass\w*))",  # round 22
        r" (?:git|gitt|levert|lagt\s+igjen)\s+(?:fra\s+meg\s+)?(?:nokelen|noklene|nokeln)\b",
        # Anything given away, unless a reason follows (a new one, a move): "fordi", "fått ny".
        r" (?:git|gitt|gir|gi|ga|gav|gjeve|gjev)\s+bort\s+\w+(?!.*\s(?:fordi|siden|sidan|for\s+a|har\s+fat\s+ny|fikk\s+ny|har\s+kjopt\s+ny|flyter|flyta|skal\s+flyte)\s)",
        r" (?:far|fikk|fekk|kan|skal)\s+(?:fa\s+|ta\s+(?:over\s+)?|ha\s+|overta\s+)?(?:katten|katta|hunden|hunj|bikkja|dyra|dyrene|fuglen|kaninen|tingene\s+mine|klaerne\s+mine)\b",
        r" (?:hunden|katen|katta|dyra|dyrene|fuglen|kaninen)\s+(?:er|e|bor|bur)\s+(?:na\s+)?(?:hos|til)\s+\w+",
        r" (?:funet|fant|finer|skafet|skafa)\s+(?:et\s+|eit\s+)?(?:nyt|nye)\s+(?:hjem|heim|eier|eiere|eigar|eigarar)\s+(?:til|te|for)\s+(?:hundene|hundane|katene|katane|hunden|katen|katta|dyra|dyrene|fuglen|kaninen|hesten)\b",
        # round 42 (batch 51): "kan du spørre om nåken vil ha katta mi"
        r" (?:(?:noen|nokon|naken|nan|non|someone|anyone)\s+(?:vil|kan|wants|who\s+wants)|(?:kan|vil)\s+(?:noen|nokon|naken|nan|non))\s+(?:ha|ta|to\s+take|take)\s+(?:katen|kata|hunden|bikja|fuglen|kaninen|dyra|my\s+cat|my\s+dog)\s*(?:min|mi|mit|mine)?\b",
        # round 91 (batch 159): above, "tek nokon katten min? eg treng ho ikkje etter helga" (Nynorsk "tek"/"tar" someone one's pet, no "ha" or "ta" after; not a move or a
        # sale, the shared guard, nor an allergy, minding it or a stay away: "kan noen ta katten min i helga? eg er på hytta", "tek nokon katten min, eg er allergisk")
        _NOT_A_MOVE_OR_A_SALE + _unless_any(r"allerg\w*|pass\w*|pas|ferie\w*|reis\w*|tur|turen|hytt\w*|sykehus\w*|sjukehus\w*|kurs\w*|mens|while|i\s+helga|i\s+helgen|over\s+helga|dager|dagar|uke|veke")
        + rf".*\s(?P<hit>(?:tek|tar)\s+(?:nokon|noen|nan|non|naken|someone|anyone)\s+(?:{PET_OR_THINGS})\s+(?:min|mi|mine|mitt|my))\b",
        # round 43 (batches 52-53): all one's tools sent away, "trenger ikke mer"; a guitar sold and the money sent home
        r" (?:sendte|sendt|gitt|gav|ga|gjeve|solgt|solgte)\s+(?:bort\s+)?(?:alt|ale)\s+(?:\w+\s+){0,8}(?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:mer|meir|dem|det|lenger)\b",
        r" (?:sold|solgt|solgte)\s+(?:my|min|mi|mitt|mine)\s+\w+\s+(?:and|og)\s+(?:send|sent|sendt|sendte|gave|gitt|ga)\s+(?:all\s+)?(?:the\s+)?(?:money|penga|pengene|pengane|pinigai|pinigus)\s+(?:to|til|te)\b",  # Lithuanian "pinigai" round 72 (batch 109)  # "send" round 46
        # round 45 (batches 54-55): a child given to the father "for good", a gold necklace from one's mother given
        r" (?:give|gave|given|gitt|gir|ga)\s+(?:my|min|mi|mine)\s+(?:son|daughter|kids|children|sonn|datter|barn|barna|gutten|jenta)\s+(?:to|til|te)\s+(?:his|her|their|\w+)\s+(?:\w+\s+)?(?:for\s+good|for\s+godt|for\s+alltid)\b",
        r" (?:gitt|git|ga|gav)\s+\w+\s+(?:\w+\s+)?(?:gull\s*smykke\w*|gullsmykke\w*|gullkjede\w*|gull\s+kjede\w*)\b",
        # round 46 (batch 57): "I've rehomed the last of the dogs today"
        r" (?:rehomed|rehoming|rehome|re\s+homed)\s+(?:\w+\s+){0,4}(?:dog|dogs|cat|cats|pet|pets|horse|horses|rabbit|rabbits)\b",
        # round 47 (batches 58-59): heirlooms given (the father's watch, the sewing machine), Swedish "gett bort katten",
        # the dog "going next door"
        r" (?:gitt|git|gav|ga|gjeve|gjevi|given|gave|gett)\s+(?:bort\s+|away\s+)?(?:\w+\s+)?(?:klokka|klokken|klokkene|armbandsuret|watch|ringen|gifteringen|giftering|smykkene|smykka|symaskina|symaskinen|medaljene|medaljen|bunaden|arvesolvet|necklace|rosary)\b(?:\s+\w+){0,4}\s+(?:til|te|to|till)\s+\w+",
        r" (?:gett|gav|ger)\s+bort\s+(?:\w+\s+)?(?:katten|hunden|fageln|tingen|tingene|sakerna|allt|mina\s+\w+)\b",
        r" (?:the|my)\s+(?:dog|dogs|cat|cats|rabbit|bird)\s+(?:is\s+|s\s+|are\s+)?(?:going|gone|goes|went)\s+(?:to\s+)?(?:next\s+door|the\s+neighbou?rs?|to\s+live\s+with)\b",
        # round 48 (batches 60-61): one's phone given to a cousin (not a new one bought), a pet that "må te nån som e snill med
        # han", a pet that "får bo hos naboen" (not while one is away)
        r"^(?!.*\s(?:new|ny|nye|nytt|kjopt|kjopte|bought|upgrad\w*|broken|odelagt|knust|old|gamle|gamla)\b).*\s(?:give|gave|given|giving|gir|gi|gitt|ga|gav|gjev|gjeve)\s+(?:away\s+|bort\s+)?(?:my|min|mi|mitt|the)\s+(?:phone|mobile|telefon|mobil|telefonen|mobilen)\s+(?:to|til|te)\s+\w+",
        r" (?:hunden|katten|katta|kata|katen|bikkja|bikja|dyra|fuglen|kaninen|the\s+dog|the\s+cat|my\s+dog|my\s+cat)\s+(?:ma|mo|must|skal|ska|needs\s+to\s+go|has\s+to\s+go)\s+(?:te|til|to)\s+(?:noen|nan|nokon|non|someone|somebody)\s+(?:som|who)\b",
        r"^(?!.*\s(?:ferie\w*|holiday|reise\w*|sykehus\w*|hospital|mens|while|helga|helgen|uka|veka|weekend)\b).*\s(?:far|fa|kan|skal|ska|gets\s+to|can|wil)\s+(?:bo|bu|live|stay)\s+(?:hos|with)\s+(?:naboen|nabo\w*|grannen|grannar\w*|the\s+neighbou?rs?|next\s+door)\b",
        # round 49 (batch 62): "bikkja skal te barnebarnet" (not on a day, for a while or while one is away)
        r"^(?!.*\s(?:ferie\w*|holiday|reise\w*|travel\w*|sykehus\w*|hospital|mens|while|helga|helgen|weekend|hytta|cabin|kurs\w*|operasjon\w*|pass\w*|jobb\w*|work|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|veterinaer\w*|dyrlege\w*|vet|vets|pensjonat\w*|trening\w*|frisor\w*|groomer\w*)\b).*\s(?:hunden|katten|katta|kata|katen|bikkja|bikja|pusen|pusi|dyra|fuglen|kaninen|the\s+dog|the\s+cat|my\s+dog|my\s+cat)\s+(?:skal|ska|goes|will\s+go|must\s+go|has\s+to\s+go)\s+(?:te|til|to)\s+(?:\w+\s+){0,2}\w+\b(?!\s+(?:pa|i|for|over|neste|fra|on|next|this|until|til|te)\b)",
        # round 50 (batch 65): Nynorsk "gjett bort hunden te naboen" (given away)
        r" (?:gjett|gjette)\s+bort\s+\w+(?!.*\s(?:fordi|siden|sidan|for\s+a|har\s+fatt\s+ny|fikk\s+ny|har\s+kjopt\s+ny|flytter|flytta|skal\s+flytte)\s)",
        # round 51 (batches 66-67): a cat taken "for good" (not in a move or for an allergy), a gold ring or a watch given to someone
        # (not as a present, for a birthday or to be mended)
        r"^(?!.*\s(?:moving|move|moved|flytt\w*|allerg\w*|abroad|utland\w*)\b).*\s(?:take|have|keep|adopt|ta|ha|beholde|behalde)\s+(?:my\s+|min\s+|mi\s+)?"
        r"(?:cat|dog|kitty|puppy|katten|katta|hunden|bikkja|pusen)\s+(?:\w+\s+)?for\s+(?:good|godt|ever)\b",
        r"^(?!.*\s(?:birthday|bursdag\w*|present|presang\w*|gift|christmas|jul|julegave\w*|wedding|bryllup\w*|konfirmasjon\w*|graduation|repair\w*|reparasjon\w*|reparer\w*|urmaker\w*|gullsmed\w*|jewel\w*)\b)"
        r".*\s(?P<hit>(?:give|gave|given|giving|gir|gi|gitt|ga|gav)\s+(?:my|min|mi|mitt)\s+(?:\w+\s+){0,2}(?:ring|ringen|watch|klokka|klokken|klokke)\s+(?:to|til|te)\s+\w+"
        # round 84 (batch 132): "vesla får klokka mi" (someone else gets one's watch or ring; the same guards: not a present, a birthday or a repair; not "jeg får",
        # nor the watch back or mended; only with another sign)
        r"|(?!(?:jeg|je|eg|ae|e|i|du|vi|me|kan|nar)\s)\w+\s+(?:far|fa|skal\s+fa|ska\s+fa)\s+(?:klokka|klokken|ringen|armbandsuret)\s+(?:mi|min)\b(?!\s+(?:tilbake|igjen|att|back|reparert|fiksa|fikset|lant|lane|laane)\b))",
        # round 84 (batch 132): Tigrinya "i dag jeg gir min katt til haftey, jeg trenger ikke mer" (one's own pet given to someone today or now; only with another sign;
        # not while one is away, on a holiday, in hospital, a move or an allergy, nor for a weekend, a week or a day named)
        r"^(?!.*\s(?:ferie\w*|holiday|reise\w*|travel\w*|sykehus\w*|sjukehus\w*|hospital|mens|while|helga|helgen|weekend|uka|veka|week|hytta|cabin|kurs\w*|jobb\w*|work"
        r"|flytt\w*|moving|allerg\w*|passer|passe|pet\s+sit\w*|petsit\w*|kattevakt\w*|dyrepass\w*|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|veterinaer\w*|dyrlege\w*|vet|vets)\b)"
        r".*\s(?P<hit>(?:gir|gi|gitt|ga|gav|give|gave|given)\s+(?:bort\s+|away\s+)?(?:min|mi|mitt|my)\s+(?:kat|katt|katten|katta|hund|hunden|bikkja|cat|dog|kanin|kaninen|fugl|fuglen)\s+(?:til|te|to)\s+\w+)\b",
        # round 54 (batches 72-73): "i give my bike and my guitar to my friend already" (broken English; not a new one bought or a move),
        # the children taken "for godt" (not by the child welfare service)
        # round 85 (batch 134): "i give my plants and my bank card to Nok already" (a thing named in two words; the same guards)
        r" i\s+(?:give|giv|gave)\s+(?:away\s+)?(?:al\s+|both\s+)?my\s+\w+(?:\s+\w+)?\s+(?:and\s+(?:my\s+)?\w+(?:\s+\w+)?\s+)?to\s+(?:my\s+|his\s+|her\s+)?\w+\s+(?:already|alredy|alrady)\b(?!.*\s(?:because|fordi|bought|new|moving|move|moved|sold|broken)\b)",
        r"^(?!.*\s(?:barnevern\w*|cps)\b).*\s(?:ta|tar|ha|beholde|behalde|take|keep|have)\s+(?:dei|dem|ungane|ungene|barna|borna|ungan|the\s+kids|the\s+children|my\s+kids|my\s+children)\s+for\s+(?:godt|good|alltid|altid|ever)\b",
        # round 56 (batches 76-77): someone asked for who can take the dog or the cat ("nokon som kan ta bella (hunden min)?", "nån som tar
        # Kaia? ... æ treng itj hund"; not for a holiday, a trip, a hospital stay, a course, a weekend, a move, work, allergy or a walk)
        rf"^(?=.*\s(?:{PET_OR_THINGS}|hund|katt|kat|bikkje|dog|cat)\b)(?!.*\s(?:ferie\w*|holiday|reis\w*|tur|turen|trip|sykehus\w*|sjukehus\w*|innlagt|innlegg\w*|hospital|kurs\w*|helg\w*|weekend|mens|while|uke|uka|veke|veka|week|dag|dager|dagar|days|allerg\w*|flytt\w*|moving|move|jobb\w*|job|passe|pase|pas|passer|lufte|lufta|walk)\b).*\s(?:noen|nokon|non|nan|nokon|noken|someone|somebody|anyone|anybody)\s+(?:som\s+|who\s+|that\s+)?(?:kan\s+|ka\s+|can\s+|could\s+|wil\s+)?(?:ta|tar|take|overta|overtar|adopt\w*|gi\s+et\s+hjem\s+til)\s+(?!(?:meg|mae|me|seg|over)\b)\w+",
        # round 57 (batches 78-79): where one goes one needs no cat ("der jeg går jeg trenger ikke katt", Northern Sami "dit mun manan
        # trenger æ dem ikke"; not a move, a trip, the cabin, work, school, a course, abroad, hospital or prison)
        rf"^(?!.*\s(?:flytt\w*|moving|move|ferie\w*|holiday|reis\w*|tur|turen|trip|hytt\w*|cabin|jobb\w*|job|work|skole\w*|skule\w*|school|kurs\w*|studie\w*|utland\w*|abroad"
        r"|sykehus\w*|sjukehus\w*|hospital|fengsel\w*|soning\w*|prison|militaer\w*|forsvaret|leir\w*|camp)\b)"
        r".*\s(?:der|dit|where)\s+(?:(?:jeg|je|eg|ae|e|i|mun)\s+)?(?:skal\s+|ska\s+|am\s+|m\s+)?(?:ga|gar|dra|drar|manan|going|go)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?"
        rf"(?:(?:trenger|treng|need|needs)\s+(?:\w+\s+){{0,2}}?{NOT}|{NOT}\s+(?:trenger|treng|need)|(?:dont|do\s+not|wont)\s+need)\b",
        # round 58 (batches 80-81): "left the dog with yer man next door" (not while away, for a weekend, a holiday, a trip, the vet or walks);
        # round 60 (batch 85): "I give my cat Musia to neighbour today"
        # round 62 (batch 88): Scots "gave the dog tae the neighbour" (not "after the weekend" as a time away)
        r"^(?!.*\s(?:while|(?<!after\sthe\s)weekend|week|holiday\w*|trip|travel\w*|walk\w*|vet|kennel\w*|hospital|sitting|minding|mind|mind\w*)\b)"
        r".*\s(?:left|gave|given|handed|give|gives|giving)\s+(?:the|my|me|our)\s+(?:dog|dogs|cat|cats|budgie|bird)\s+(?:\w+\s+)?(?:with|to|tae)\s+\w+",
        # round 64 (batch 92): one's own thing asked to be given to "noen som trenger det"
        r" (?:gi|gje|give)\s+(?:\w+\s+)?(?:min|mi|mitt|mine|my)\b(?:\s+\w+){0,8}?\s+(?:noen|nokon|non|someone|somebody|anyone)\s+(?:som|who|that)\s+(?:trenger|treng|needs|need)\s+(?:d|det|den|dem|dei|it|them)\b",
        # round 70 (batch 104): "katten min er hos naboen nå" (the same guards as the English round 67 form below: not for a trip, work or hospital)
        r"^(?!.*\s(?:holiday|vacation|trip|travel\w*|away|work\w*|shift|hospital|ferie\w*|reis\w*|tur|turen|jobb\w*|sykehus\w*|sjukehus\w*)\b)"
        r".*\s(?P<hit>(?:katten|katta|pusen|hunden|bikkja|bikja)\s+(?:min\s+|mi\s+|var\s+)?(?:er|e)\s+(?:hos|med)\s+(?:naboen|naboene|naboane|nabo)\s+(?:na|no))\b",
        # round 72 (batch 108): the game account left to someone ("bror min kan få accounten"; not lent, for a while, a weekend or a trip)
        r"^(?!.*\s(?:lane|lana|laner|lant|borrow\w*|helg\w*|weekend|mens|while|ferie\w*|holiday|uke|uka|veke)\b)"
        r".*\s(?P<hit>(?:kan|skal|ska|far|fa|can|gets)\s+(?:fa\s+|ha\s+|get\s+|have\s+|arve\s+)?(?:min\s+|mi\s+|mitt\s+|my\s+)?(?:acounten|acount|kontoen|brukeren|acounts|kontoane|kontoene))\b",
    ),
    _sign(
        "rydder og ordner opp",
        # round 95 (batch 175): "har skrive ned kven som skal ha sjarken og reiskapen etter meg. då er det ordna" ("then it is sorted" as the last words; only with another
        # sign; not "nå er alt ordnet" after papers handed in, nor thanks for help with a bill: "takk for hjelpa med husleia, då er det ordna")
        r"^(?=.*\s(?:ordna|ordnet)\s*$)"  # the rare words first: the check is cheaper so
        + _unless_any(r"hjelp\w*|help\w*|betalt|betalte|levert|leverte|sendt|sende|husleie\w*|regning\w*|rekning\w*|meldekort\w*|soknad\w*|skjema\w*|papir\w*")
        + r".*\s(?P<hit>(?:da|sa)\s+(?:er|e)\s+(?:det|d)\s+(?:ordna|ordnet))\s*$",
        # round 88 (batch 144): "sletta alt og gitt bort passordan" (everything deleted, in the past tense, nothing named; only with another sign; not a phone or a PC cleared
        # for a sale, a new one or a reset, nor a form or an app that deletes: "sletta alt på den gamle mobilen før eg selde han", "skjemaet sletta alt eg skreiv")
        _NOT_A_CLEAR_OUT + _unless_any(r"selde|selge|selje|selja|solgt|sold|salg\w*|tilbakestill\w*|reset\w*|backup|sky\w*|cloud|mobilen|pc|pcen|data\w*|spam|innboks\w*|mail\w*|epost\w*|chat\w*"
                                       r"|skjema\w*|cv\w*|cven|sokn\w*|soknad\w*|nav|appen|systemet|nettsid\w*|programmet|form|app")
        + r".*\s(?P<hit>(?:sletta|slettet|deleted|wiped)\s+(?:alt|alting|everything))\b(?!\s+(?:pa|fra|i|on|from|in)\b)",
        # round 76 (batch 117): "nøkler og koder ligger på kjøkkenbordet" (keys and codes left out together; not for a landlord, a move, a cleaner or a neighbour
        # who waters the plants)
        _NOT_KEYS_FOR_AN_ERRAND + r".*?\s(?P<hit>(?:nokler|noklene|nokel|nokelen|keys)\s+og\s+(?:koder|kodene|pasord\w*|pinkod\w*|codes|passwords)\s+(?:ligger|ligg|er|e|are)\s+(?:pa|i|on|in)\s+(?:the\s+)?(?:kjokenbordet|bordet|benken|skufen|skufa|kitchen\s+table|table))\b",
        # round 62 (batch 89): "all my papers are in order" (not for a meeting, an interview or an application)
        r" (?:al\s+)?(?:my|me)\s+(?:papers|afairs|documents)\s+(?:are|is|r)\s+(?:al\s+)?in\s+order\b(?!\s+for\b)",
        # round 35; "lagt alle papirene i orden" (not for or before a meeting) and a letter to someone "lagt på kjøkkenbordet" as the last
        # words (not to NAV, UDI, a bank or an office) round 63
        r" (?:lagt|la|lagd)\s+(?:alle\s+)?(?:arket|brevet|papiret|papira|papirene)\s+(?:pa|i)\s+(?:kjokenbordet|bordet|skufen|skufa|orden(?!\s+(?:for|til|te|foran|before)\b))\b"
        r"| brev\s+(?:til|te|to)\s+(?!(?:nav|udi|skat\w*|banken|kommunen|utleier\w*|huseier\w*|kontoret|lege\w*)\b)\w+\s+(?:lagt|lagd|ligger|ligg|left)\s+(?:pa|i|on)\s+(?:the\s+)?(?:kjokenbordet|bordet|puta|senga|kitchen\s+table|table)(?:\s+(?:ferdig|done|na|no))?\s*$",
        r" (?:send|sent|sendt|sende)\s+(?:al|ale|alle)\s+(?:my|mine)\s+(?:money|penger|pengene|pengar)\b",
        # round 34: "skrevet til kona hvor pengene og papirene er", the passwords given "mine", insurance papers on the table
        r" (?:skrevet|skrev|skreve|fortalt|sagt|sagd)\s+(?:til\s+|te\s+)?(?:\w+\s+){0,2}(?:hvor|kor|kvar)\s+(?:pengene|pengane|papirene|papira|passord\w*|nokl\w*|testament\w*)\b",
        r" (?:gitt|gav|ga|gjeve)\s+(?:alle\s+)?(?:passordene|passorda|passordet|kodene|pinkoden|pinkodene)\s+(?:mine\s+)?(?:til|te)\s+\w+",  # "gitt alle passordene mine til søstra mi" round 73 (batch 110)
        r" (?:forsikring\w*|testament\w*)\b.*\s(?:pa|on)\s+(?:kjokenbordet|bordet|the\s+table|the\s+kitchen\s+table)\b",
        # round 33: "leiligheten er vasket", "regningene er betalt", "ikkje så mye meir å ordne no", "har planlagt alt"
        # round 82 (batch 129): not empty of food ("huset er tomt for mat": a need, not a home emptied)
        r" (?:leiligheten|leiligheta|leilegheita|huset|hybelen|rommet)\s+(?:er|e)\s+(?:vasket|vaska|ryddet|rydda|ryda|tomt|tomd)\b(?!\s+(?:for|pa|of)\s+(?:\w+\s+)?(?:mat|maten|food|mjolk|melk|brod|drikke|penger|pengar))",
        r" (?:regningene|regningane|rekningane|gjelda)\s+(?:er|e)\s+(?:betalt|betalte|gjort\s+opp|ordnet|ordna)\b",
        rf" {NOT}\s+(?:sa\s+)?(?:mye|mykje|noe|noko|nake)\s+(?:mer|meir)\s+a\s+(?:ordne|ordna|gjore|fikse|rydde)\b",
        r" (?:har\s+)?planlagt\s+alt\b(?!\s+(?:til|for|med)\b)",
        r" (?:rydet|ryda|rydder|rydar|vasket|vaska)\s+(?:opp\s+)?(?:i\s+)?(?:hele\s+|heile\s+)?(?:alt|leiligheten|leiligheta|leilegheita|huset|rommet|hybelen|tingene\s+mine)\b",
        r"(?<!du fik)(?<!du fek)(?<!dere fik)(?<!dere fek)(?<!dokker fik)(?<!dykk fek) (?:ordnet|ordna|ordner)\s+(?:opp\s+|med\s+)?(?:i\s+)?(?:alt|(?:ale\s+)?(?:papirene|papira|papiran)|det\s+siste)\b",  # "papiran" round 51; round 53 (batch 70, ordinary batch 66): "alle papira", not "du fikk ordnet alt"
        r" (?:gjort|gjordt)\s+opp\s+for\s+(?:meg|mae)\b",
        r" (?:alt|ale\s+papirene|papirene|papira|papir)\s+(?:mine\s+)?(?:er|e|ligger|ligg)\s+(?:ordnet|ordna|klart|klar|klare|pa\s+bordet)\b",
        r" (?:er|e)\s+alt\s+(?:ordnet|ordna|klart)\b",  # round 21
        r" (?:alt|ale\s+papirene)\s+(?:er|e)\s+pa\s+plas\s+(?:na|no)\b",  # round 29
        # round 24: "written for my friend where all documents and passwords are"
        r" (?:written|wrote|skrevet|skreve|skrev|lagt|laget|lagd)\s+(?:\w+\s+){0,5}(?:where|hvor|kor|kvar)\s+(?:\w+\s+){0,4}(?:passwords|password|passord|passorda|passordene|pin\s*koder|pinkodene)\b",
        r" (?:skrevet|skrev|skreve|skrevi|skrivi|written|wrote)\s+ned\s+(?:ale\s+)?(?:passord\w*|pinkod\w*|kodene|passwords)\b",  # round 25
        r" (?:finner|finn|find|finds)\s+(?:ale\s+)?(?:papirene|papira|dokumentene|passordene|the\s+papers|the\s+documents)\s+(?:i|pa|in)\b",  # round 27
        r" (?:betalt|betalte|gjort\s+opp)\s+(?:ale|alle)\s+(?:regningene|regningane|rekningane|gjelda)\b",
        # round 32
        r" (?:betalt|paid)\s+(?:the\s+)?(?:husleien|husleia|husleiga|leia|leiga|rent)\s+(?:\w+\s+){0,3}(?:frem|fram|forward|ahead|in\s+advance|pa\s+forskudd)\b",
        r" (?:testament\w*|bankkort\w*|pinkod\w*|wil)\b.*\s(?:pa|on)\s+(?:kjokenbordet|bordet|the\s+table|the\s+kitchen\s+table)\b",
        r" (?:in\s+an\s+envelope|i\s+en\s+konvolut|i\s+ein\s+konvolut|i\s+ei\s+konvolut)\s+(?:on|pa)\s+(?:the\s+)?(?:table|kitchen\s+table|kitchen\s+counter|counter|bordet|kjokenbordet|kjokenbenken|benken)\b",
        r" (?:hvem|kven|ken)\s+som\s+(?:skal|ska)\s+(?:ha|fa|arve)\s+(?:hva|kva|ka|huset|bilen|leiligheten|hytta|tingene|smykene|alt)\b",
        # round 39: the key in the brother's letterbox, "resten kan kastes", all one's tools given away
        r" (?:lagt|lagd|la|puta|putet)\s+(?:\w+\s+)?(?:nokelen|nokeln|nokkeln|noklene|nokel)\s+(?:i|pa)\s+(?:postkas\w*|postboks\w*)\s+(?:til|te)\s+\w+",
        r" resten\s+(?:kan|ma|skal)\s+(?:du\s+|dere\s+|dokker\s+)?(?:kastes|kaste|gis\s+bort|selges|selgast|kastast)\b",
        r" (?:gitt|gav|ga|gjeve|gjevi)\s+(?:\w+\s+){1,2}og\s+(?:alt|ale|alle)\s+(?:\w+\s+)?(?:til|te)\s+\w+",
        r" (?:skrevet|skreve|skrevi|skrivi|skrev|skreiv|skrive|samlet)\s+(?:ned\s+|opp\s+)?(?:alle\s+|ale\s+)?(?:passord\w*|pinkod\w*|koder|kodene)\b",  # "skreiv" round 70; "skrevi passorda mine" round 73 (batch 111)
        r" (?:lagt|lagd|latt|lat)\s+(?:igjen\s+)?(?:nokelen|noklene|nokeln|nokene)\s+(?:og\s+\w+\s+)?(?:ligge\s+)?(?:igjen\s+)?(?:pa\s+senga|pa\s+sengen|pa\s+bordet|hjemme|heime)\b",
        # round 43 (batches 52-53): what is left on the account "går te Silje", a note, the letter in the drawer,
        # the key in the envelope, "made my mind up and sorted everything"
        r" (?:det\s+som\s+(?:e|er)\s+(?:igjen|att)|resten)\s+pa\s+(?:kontoen|konto)\s+(?:min\s+|mi\s+)?(?:gar|ga|skal\s+ga|ska\s+ga)\s+(?:te|til)\b",
        r" (?:skrevet|skreve|skrevi|skrev)\s+(?:det\s+)?pa\s+(?:en|ein|ei)\s+lapp\w*\b",
        r" (?:letters|letter)\s+(?:is\s+|s\s+)?in\s+the\s+drawer\b| (?:brevet|brev|lappen|lapp|papiran|papirene|papira|papirer|papers)\s+(?:\w+\s+){0,3}(?:ligg|ligger|er|e|are)\s+(?:\w+\s+){0,3}(?:skuffen|skuffa|konvolutten|hanskerom\w*|glovebox)\b",  # the glovebox round 45; "brev til bache mine, ligger i hanskerommet" round 73 (batch 111)
        r" (?:lagt|la)\s+(?:nokkelen|nokklene|nokler)\s+(?:\w+\s+){0,3}i\s+(?:konvolutten|posten|postkassa)\b",
        r" made\s+(?:my\s+mind\s+up|up\s+my\s+mind)\s+and\s+sorted\b| sorted\s+(?:out\s+)?everything\b",
        # round 45 (batch 54): a letter on the kitchen table with the PIN, "ikkje blir sitjande med rekningane mine etterpå",
        # what happens to the student loan "om man dør"
        r" (?:lagt|la|lagd)\s+(?:et|eit|ett|a)\s+(?:brev|lapp)\s+(?:til|te|to)\s+\w+\s+(?:pa|on)\s+(?:kjokkenbordet|bordet|senga|puta|the\s+table)\b",
        r" (?:sitjande|sittende|sitte\s+igjen|sitje\s+att)\s+med\s+(?:rekningane|regningene|gjelda|gjelden)\s+(?:mine|mi|min)\s+(?:etterpa|etter\s+meg)\b",
        r" (?:hva|ka|kva)\s+(?:som\s+)?skjer\s+med\s+(?:\w+\s+){0,2}(?:om|hvis|viss|dersom)\s+(?:man|en|ein|jeg|eg|e)\s+(?:dor|doyr)\b",
        # round 46 (batch 56): "passorda og papira ligg på kjøkkenbordet"
        r" (?:(?:\w+\s+og\s+)?(?:passord\w*|pinkod\w*|kodene)|(?:passord\w*|pinkod\w*|kodene)\s+og\s+\w+)\s+(?:ligger|ligg|er|e)\s+(?:pa|i)\s+(?:kjokkenbordet|kjokkenbenken|bordet|skuffen|skuffa)\b",
        # round 47 (batches 58-59): Swedish "städat hela lägenheten", "sorted the papers for the kids", "fått orden på testamentet"
        r" (?:stadat|staedat|stadade|staedade)\s+(?:hela\s+|heile\s+)?(?:laegenheten|lagenheten|laegenhet|lagenhet|huset|rummet|alt|allt)\b",
        r" sorted\s+(?:out\s+)?(?:the|my|all\s+the|all\s+my)\s+(?:papers|paperwork|finances|will|insurance|documents|affairs)\b",
        r" (?:fatt|fat|fikk|fekk|fa|got)\s+(?:orden\s+pa|ordnet|ordna|sorted)\s+(?:\w+\s+)?(?:testament\w*|will|forsikring\w*|livsforsikring\w*)\b",
        # round 48 (batch 61): "ordna opp i det meste", "gitt bilnøklan te hilde"
        r"^(?!.*\s(?:gjeld\w*|inkasso\w*|regning\w*|rekning\w*|skatt\w*|namsm\w*|flytt\w*|soknad\w*|sokna\w*|kurs\w*|cv|debt\w*|bills|moving|application\w*)\b).*\s(?:ordnet|ordna|ordner|fiksa|fikset|sorted)\s+(?:opp\s+|out\s+)?(?:i\s+)?(?:det\s+meste|nesten\s+alt|most\s+things|most\s+of\s+it)\b",
        r"^(?!.*\s(?:flyttet|flytta|flytter|flyttar|moved|moving|leiligheten|leiligheta|utleier\w*|landlord|solgt|solgte|sold|selger|kjoper\w*|buyer|verksted\w*|mekaniker\w*|garage|lant|lante|lent|borrow\w*|lane|laner|service|eu\s*kontroll\w*)\b).*\s(?:gitt|git|gav|ga|gjeve|given|gave)\s+(?:\w+\s+)?(?:\w+noklan|\w+nokler|\w+noklene|\w+nokkelen|noklan|the\s+car\s+keys?|my\s+car\s+keys?)\s+(?:\w+\s+){0,2}(?:til|te|to)\s+\w+",
        # round 49 (batches 62-63): the passwords or the key laid "i en konvolutt" or on the kitchen counter, "skrevi ned alt te Liv",
        # "skreve ned alt om kontoan og gården te egil og lagt det i skuffa" (not notes for a meeting, a doctor or an application)
        r"^(?!.*\s(?:flytt\w*|moved|moving|utleier\w*|utleiar\w*|huseier\w*|landlord|vaktmester\w*|airbnb|gjest\w*|guest\w*|vaskehjelp\w*|cleaner|handverker\w*|snekker\w*|rorlegger\w*|elektriker\w*|plumber|nabo\w*|neighbou?r|visning\w*|leietaker\w*|tenant)\b).*\s(?:lagt|lagd|la|put|left|samlet|samla)\s+(?:\w+\s+)?(?:passordene|passorda|passordet|passord|pinkodene|pinkoden|kodene|nokkelen|nokklene|nokler|passwords|the\s+keys|bankkortet|bankkort)\s+(?:\w+\s+)?(?:i\s+(?:en|ei|ein)\s+konvolutt|in\s+an\s+envelope|pa\s+kjokkenbenken|pa\s+kjokkenbordet|on\s+the\s+kitchen\s+(?:table|counter|bench))\b",
        rf"{_NOT_NOTES_FOR_AN_ERRAND}.*\s(?:skrevet|skreve|skrevi|skrev|skreiv|wrote|written)\s+(?:ned|down)\s+(?:alt|everything)\s+(?:\w+\s+){{0,5}}?(?:til|te|for)\s+(?!(?:meg|mae|me|myself|deg|dere|you|nav|mote\w*|meeting|a|to)\b)\w+",
        rf"{_NOT_NOTES_FOR_AN_ERRAND}.*\s(?:skrevet|skreve|skrevi|skrev|skreiv|wrote|written)\s+(?:ned|down)\s+(?:alt|everything)\b.*\s(?:la|lagt|lagd|put|left)\s+(?:det|den|dem|dei|it|them)\s+(?:i|in|pa|on|under)\s+(?:skuffen|skuffa|skuva|kjokkenbordet|kjokkenbenken|bordet|the\s+drawer|the\s+table)\b",
        # round 50 (batches 64-65): "betalt det eg skuldar", the keys to the flat left with the neighbour (not for a landlord, a cleaner,
        # a tradesman, a trip or a move)
        # round 90 (batches 153 and 155): "har æ betalt alt æ skylde folk", "betalt det siste jeg skylder" (northern "skylde", and the last of it)
        r" (?:betalt|betalte|gjort\s+opp|nedbetalt)\s+(?:det|alt|alle|det\s+siste)\s+(?:som\s+|det\s+)?(?:jeg|je|eg|ae|e)\s+(?:skylder|skylde|skuldar|skulda|skylda|skyldte|skuldde|skyldar)\b",
        rf"^(?=.*\s(?:naboen|nabo\w*|grannen|granne\w*|neighbou?rs?)\b){_NOT_KEYS_FOR_AN_ERRAND}.*\s(?:nokkelen|nokklene|nokler|nokkel|the\s+keys?)\s+(?:til\s+(?:\w+\s+){{1,2}})?(?:ligger|ligg|er|e|is|are|henger)\s+(?:na\s+|no\s+)?(?:hos|with|til|te)\s+(?:naboen|nabo\w*|grannen|granne\w*|the\s+neighbou?rs?)\b",
        # round 50 (batches 64-65): notes to family lying in the drawer ("lappa te mamma og lillebror, dem ligg i skuffen"), "no e d itj mer
        # æ treng å gjør her" (not today, at work or on a course)
        r" (?:lapp|lappa|lappen|lappene|lappane|lappar|lapper|notes?)\b(?:\s+(?:til|te|to|for)\s+(?:\w+\s+){0,2}?\w+|.*\s(?:de|dei|dem|dom|they|det|han|ho))?\s+(?:ligger|ligg|are|is|er|e)\s+(?:i|in|pa|on|under)\s+(?:skuffen|skuffa|skuva|kjokkenbordet|bordet|puta|the\s+drawer|the\s+table)\b",
        rf" (?:(?:det|d|de)\s+(?:er|e)|(?:er|e)\s+(?:det|d|de))\s+{NOT}\s+(?:noe\s+|noko\s+|na\s+|naka\s+)?(?:mer|meir|igjen|att)\s+(?:(?:jeg|je|eg|ae|e)\s+)?(?:trenger\s+|treng\s+|skal\s+|ska\s+|ma\s+|mo\s+)?(?:a\s+)?(?:gjore|gjor|gjere|gjer|gjera)\s+her\b(?!\s+(?:i\s+dag|idag|na|no|pa\s+\w+|for\s+i\s+dag|i\s+kveld|today|til|te|for|med)\b)",
        # round 57 (batches 78-79): passwords, PIN codes or the bank card put in an envelope for someone (the things listed right before it;
        # not sent to oneself); round 66 (batch 97): BankID and "t" for "til" ("bankid ligger i en konvolutt t mamma")
        r" (?:passord\w*|pinkod\w*|pin\s+kod\w*|kodene|bankkort\w*|bankid\w*|passwords|pin\s+codes?|bank\s+card)\b(?:\s+\w+){0,3}?\s+(?:i\s+(?:en|ein|ei)\s+(?:konvolut\w*|mappe|perm)|(?:in|into)\s+(?:an\s+envelope|a\s+folder))\s+(?:til|te|t|to|for)\s+(?!(?:meg|mae|deg|dae|dere|you)\b)"
        r"(?!me\b(?!\s+(?:brother|sister|bro|sis|mam|ma|mum|mother|da|dad|father|son|daughter|wife|husband|missus|fella|kids|family)\b))\w+",
        # round 58 (batches 80-81): "i have put my papers in order" (not for a meeting, an interview, an application or the tax)
        r" (?:put|got|sorted|have\s+put)\s+(?:al\s+)?(?:my|me)\s+(?:papers|affairs|documents)\s+in\s+order\b(?!\s+for\s+(?:the\s+|my\s+|a\s+|an\s+)?(?:meeting|interview|application|tax|nav|appointment)\b)",
        # round 59 (batch 82): the passwords "står på ein lapp ved pc-en" (where they are written, told)
        r" (?:passord\w*|pinkod\w*|kodene|passwords)\s+(?:star|stend|ligger|ligg|er|e|are)\s+(?:pa|i|on|in)\s+(?:(?:en|ein|ei|a)\s+)?(?:lap|lapp|lappen|note|konvolut\w*|envelope)\b",  # "passordan ligg på lapp" (no article) round 73 (batch 110)
        # round 60 (batch 84): Romanian "am pus actele în ordine" (î drops out in normalising)
        r" (?:am\s+pus|pus|am\s+facut|facut)\s+(?:toate\s+)?(?:actele|hartiile|documentele)\s+(?:mele\s+)?(?:in|n)\s+ordine\b",
        # round 65 (batch 94): "my documents is on table" (not to be sent, scanned, signed, copied or brought to a meeting)
        r"^(?!.*\s(?:send\w*|scan\w*|skan\w*|bring|brings|ta\s+med|mote\w*|meting|sign\w*|underskr\w*|kopi\w*|copy|copies|print\w*|forgot|glemt|glemte|hjemme|home)\b)"
        r".*\s(?P<hit>(?:my\s+|mine\s+|all\s+my\s+|ale\s+mine\s+)?(?:documents|papers|dokumentene|dokumenta|papirene|papira|papirane)\s+(?:mine\s+)?(?:is|are|er|e|lig|liger|ligger)\s+(?:\w+\s+)?(?:on|pa)\s+(?:the\s+)?(?:table|kitchen\s+table|bordet|kjokenbordet))\b",
        # round 61 (batches 86-87): the papers "ligg i orden ... så kona slepp å rote" (someone spared the trouble of them)
        r" (?:papira|papirene|papirane|papera|papers|dokumenta|dokumentene|dokumentane)\s+(?:lig|liger|ligger|er|e|star|is|are)\s+(?:\w+\s+)?(?:i\s+orden|klar\w*|in\s+order)\b.*\s(?:sa|so)\s+(?:\w+\s+){0,2}?(?:slepp|sleper|slipper|slip|spared|wont\s+have\s+to|dont\s+have\s+to)\b",
        # round 70 (batch 104): "har sendt deg passordene til alt" (to you or someone named; "ryddet opp etter meg" is among the last things)
        r" (?:sendt|sendte|sent)\s+(?:deg|dere|dykk|dokker|you|\w+)\s+(?:alle\s+)?(?:passordene|passorda|passordet|pinkodene|kodene|passwords)\b",
        # round 72 (batch 108): the passwords "til steam og discord" or "til alt" on a note or in the notebook (not the wifi, a router or a guest)
        _NOT_THE_WIFI +
        r".*\s(?P<hit>(?:passord\w*|pinkod\w*|kodene|passwords)\s+(?:til|te|for|to)\s+(?:\w+\s+){0,3}?(?:ligger|ligg|star|er|e|are|is)\s+(?:pa|i|on|in|under)\s+(?:(?:en|ein|ei|a|the)\s+(?:lapp|lappen|note)|(?:the\s+)?(?:notatboka|notatboken|notisboka|notisboken|notebook)))\b",
        # round 83 (batch 130): "passordet til mobilen ligger under tastaturet, til mamma" (left under the keyboard or the pillow for one's own; only with another
        # sign; not the wifi, a guest, work, the office or a colleague)
        _NOT_THE_WIFI + _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:jobb\w*|kontor\w*|kolleg\w*|colleague\w*|it\s+support|helpdesk|brukerstot\w*|netflix|(?:sa|so)\s+(?:han|hun|ho|hu|he|she)\s+kan)\b)"
        r".*\s(?P<hit>(?:passord\w*|pinkod\w*|kodene|passwords?)\s+(?:til|te|for|to)\s+(?:\w+\s+){0,2}?(?:ligger|ligg|lige|star|er|e|are|is)\s+(?:under|bak|i|in|pa)\s+(?:the\s+)?(?:tastaturet|keyboard|puta|puten|hodeputa|madrasen|pillow)\s+"
        r"(?:til|te|for|to)\s+(?:mama|mamma|mor|mora|mum|mom|pappa|papa|far|faren|dad|kona|mannen|samboer\w*|sostera|soster|broren|bror|sonen|dattera|barna|ungene))\b",
        # round 74 (batches 112-113): "passord til bank jeg skrive på lapp til mamma", "wrote the passwords down for mum" (written on a note, or "down"
        # after them for someone close; not the wifi, a router or a guest)
        # round 84 (batch 132): Lithuanian "passord til bank og telefon jeg skrevet på lapp til brolis" (two things named: up to three words between)
        _NOT_THE_WIFI +
        r".*\s(?P<hit>(?:passord\w*|pinkod\w*|kodene|passwords?)\s+(?:til|te|for|to)\s+(?:\w+\s+){0,3}?(?:jeg|je|eg|ae|e|i)\s+(?:skrive|skriver|skrev|skrevet|har\s+skrevet|skreiv|wrote|write)\s+(?:ned\s+|down\s+)?(?:pa|on|i|in)\s+(?:(?:en|ein|ei|a|the)\s+)?(?:lapp|lappen|note|konvolutt\w*|envelope)"
        r"|(?:wrote|written|writen|write)\s+(?:the\s+|my\s+|all\s+my\s+|all\s+the\s+)?(?:passwords?|pin\s+codes?|pins)\s+down\s+(?:for|to)\s+(?:my\s+)?"
        r"(?:mum|mom|mam|mother|dad|wife|husband|sister|brother|son|daughter))\b",
        # round 74 (batch 113): the password left "så mamma kan slette kontoen etterpå" (an account to be deleted after; a password named in the message)
        r"^(?=.*\s(?:passord\w*|pinkod\w*|passwords?)\b).*\s(?P<hit>(?:sa|so|slik\s+at|so\s+that)\s+(?:\w+\s+){0,2}?(?:kan|can|skal|ska)\s+(?:slette|delete|stenge|close|avslutte)\s+(?:\w+\s+)?"
        r"(?:kontoen|kontoene|kontoane|kontoar|kontor|profilen|profilane|profilene|account|accounts|profile|profiles|insta|instagram|facebook|fb|snap\w*|tiktok)(?:\s+\w+){0,3}?\s+(?:etterpa|after|afterwards|etter\s+meg))\b",
        # round 74 (batch 113): "mine papirer ligger samlet på kjøkkenbordet" (papers gathered or in order on the table or in the drawer; not for a
        # meeting, the doctor, an application or an exam)
        _NOT_NOTES_FOR_AN_ERRAND + r"(?!.*\s(?:skatt\w*|regnskap\w*|revisor\w*|flytt\w*|hent\w*|ta\s+med)\b)"
        r".*\s(?P<hit>(?:papirer|papirene|papira|papirane|dokumentene|dokumenta|dokumenter|papers|documents)\s+(?:mine\s+)?(?:ligger|ligg|er|e|are|lie)\s+(?:samlet|samla|klar|klare|ordnet|ordna|sortert|ready|gathered|in\s+order)\s+(?:pa|i|on|in)\s+(?:the\s+)?"
        r"(?:kjokkenbordet|bordet|skuffen|skuffa|kitchen\s+table|table|drawer|permen|en\s+perm|ei\s+mappe|en\s+mappe))\b",

        # round 86 (batch 136): "skriv passorda mine her så nokon får tak i bankid" (the passwords written here so that someone can get at them; an indirect sign)
        r" (?P<hit>(?:skriv|skriver|skrive|skriva|legg|legger)\s+(?:ned\s+|inn\s+)?(?:pasord\w*|pin\s*kod\w*|pinkod\w*|passwords?)\s+(?:mine\s+|my\s+)?(?:her|nedanfor|under|here|below)\s+(?:sa|so|slik\s+at)\s+(?:nokon|noen|nan|non|someone|dere|dokker|dykk))\b",
    ),
    _sign(
        "sier farvel",
        # round 95 (batch 175): "skriv berre for å seie farvel. ikkje ring" (writing only to say goodbye; only with another sign; not a move, a job, a course or a pension: "skriver
        # bare for å si ha det, jeg flytter til Bergen")
        r"^(?=.*\s(?:skriv|skriver|skrive|skrivar|writing|write)\s)"  # the rare words first: the check is cheaper so
        + _unless_any(r"flytt\w*|moving|move|jobb\w*|job|kurs\w*|course|pensjon\w*|pension\w*")
        + r".*\s(?P<hit>(?:skriv|skriver|skrive|skrivar|writing|write)\s+(?:bare\s+|berre\s+|bere\s+|just\s+|only\s+)?(?:for\s+a|to)\s+(?:si|sei|seie|seia|say)\s+(?:farvel|farvell|ha\s+det|hadet|goodbye))\b",
        # round 90 (batch 152): "dem ska vite at det aldri va dæm sin feil" (that it never was their fault; only with another sign: the letters to the children)
        r" (?P<hit>at\s+det\s+(?:aldri|ikke|ikje|itj|never)\s+(?:var|va|er|e|was)\s+(?:deira|deres|dykkar|hennes|hans|din|dine|their|her|his|your|(?:dem|daem|dei|de|ho|han|hu)\s+(?:sin|si|sitt))\s+(?:feil|skyld|fault))\b",
        # round 90 (batch 153): "kan du sei te kari at ho får hunden og katta mine. og at æ e glad i ho" (someone asked to tell a person named that one is fond of her or
        # him, the present beside the round 89 past; only with another sign; not a feast)
        _NOT_A_LETTER_FOR_A_FEAST + r".*\s(?P<hit>(?:si|sei|seie|tell)\s+(?:til\s+|te\s+)?(?:(?:ho|han|hu|hun)\s+)?\w+\s+(?:\w+\s+){0,8}?at\s+(?:jeg|je|eg|e|ae)\s+(?:er|e)\s+(?:so\s+|sa\s+)?glad\s+i\s+(?:ho|han|hu|henne|ham|dem|dei|deg))\b",
        # round 89 (batch 148): "... det e ikkje meir å vente på. takk for meg" ("takk for meg" as the last words; only with another sign; not at the end of a course, a
        # meeting, a job, a party or a dinner, nor with a goodbye or cleaning for the landlord: "siste dag på kurset i dag. takk for meg", "ha det bra, takk for meg")
        _unless_any(r"kurs\w*|mote\w*|jobb\w*|praksis\w*|tiltak\w*|fest\w*|middag\w*|maten|i\s+dag|idag|i\s+kveld|prat\w*|samtal\w*|timen|hyggelig\w*|fint|koselig\w*|kjekt|ha\s+det|hadet|hade|snakkes|ses|utleier\w*|utleigar\w*|huseier\w*|huseigar\w*|flytt\w*|nokkel\w*|nokl\w*|depositum\w*")
        + r".*\s(?P<hit>(?:takk|thanks)\s+for\s+(?:meg|mae))\s*$",
        # round 89 (batch 149): "si te ho Mari at æ va glad i ho" (someone named with "ho" or "han" before the name, told that one "was" fond of them; only with another
        # sign)
        r" (?P<hit>(?:si|sei|tell)\s+(?:til\s+|te\s+)?(?:ho|han|hu|hun)\s+\w+\s+(?:at|that)\s+(?:jeg|je|eg|e|ae|i)\s+(?:var|va|vart|was)\s+(?:so\s+|sa\s+)?(?:glad\s+i|loved|glad\s+in))\b",
        # round 88 (batch 146): "ville at dei skal vita at ingenting av dette va deira feil" (that nothing of this was their fault; only with another sign: the letters to the
        # children; not alone about a mistake at work: "ingenting av dette var deres feil, det var systemet")
        r" (?P<hit>at\s+(?:ingenting|ikkje\s+noko|ikke\s+noe|nothing|none)\s+(?:av\s+(?:dette|det|this|it)\s+)?(?:var|va|er|e|was|is)\s+(?:deira|deres|dykkar|hennes|hans|din|their|her|his|your)\s+(?:feil|skyld|fault))\b",
        # round 88 (batch 146): Polish "przepraszam za wszystko" (sorry for everything; only with another sign)
        r" (?P<hit>przepraszam\s+za\s+(?:wszystko|wszystkich))\b",
        # round 78 (batches 120-121): goodbye to everyone in the writer's own language, Polish "do widzenia wszystkim", Somali "sagt nabadgelyo til alle" (to
        # all, or said; only with another sign; not a goodbye for today)
        r" (?P<hit>do\s+widzenia\s+(?:wszystkim|wszyscy)|zegnajcie|zegnaj\w*\s+wszystkim|nabadgelyo\s+(?:til|te|to)\s+(?:alle|ale|all|everyone|dere|dokker)|(?:sagt|sa|sier|said)\s+nabadgelyo)\b(?!\s+(?:for\s+i\s+dag|for\s+today|til\s+(?:\w+\s+)?neste|until)\b)",
        # round 77 (batch 119): "sakt te ungene at mamma er gla i dem" (told the children that their mother loves them; only with another sign)
        r" (?P<hit>(?:sagt|sakt|sa|told)\s+(?:til\s+|te\s+)?(?:ungene|ungane|ongan|barna|borna|the\s+kids|my\s+kids|the\s+children|my\s+children)\s+(?:at|that)\s+"
        r"(?:mamma|pappa|mor|far|mommy|daddy|mum|mom|dad|jeg|je|eg|ae|i)\s+(?:er|e|is|am)\s+(?:glad|gla|gl)\s+i\s+(?:dem|dei|de)|(?:told|tell)\s+(?:the|my)\s+(?:kids|children)\s+(?:that\s+)?(?:mommy|daddy|mum|mom|dad|i)\s+(?:loves|love)\s+them)\b",
        # round 76 (batch 117): "takk for følget" (thanks for the company, an old farewell) as the last words; not thanks for coming along to a meeting or a doctor,
        # nor with a reason told for the end (a measure or a course done, a benefit granted, a job, a move)
        r"^(?!.*\s(?:ferdig|innvilg\w*|fikk|fekk|fat|jobb\w*|uforetryg\w*|pensjon\w*|slut\w*|avslut\w*|flyt\w*|kvp|program\w*|tiltak\w*|kurs\w*)\b).*?\s(?P<hit>(?:takk|tak|takker)\s+for\s+(?:folget|folge|fylgjet|fylgje|folgjet|folgje))\s*$",
        # round 63 (batches 90-91): God's forgiveness asked ("ya rabb tilgi meg", "gud tilgi meg"; not "... for / at / that" a thing named; Amharic
        # and Tigrinya "Egziabher tilgi meg" round 73, batch 111);
        # "det var ikkje hennar skuld", "it was not your fault" (not a fault named: "... at / that / when / with")
        rf" (?:ya\s+rab|ya\s+alah|gud|god|herre|alah|rab|khoda|khuda|dear\s+god|{EGZIABHER}|kadavul|kadavule|kadavulae)\s+(?:tilgi|forlat|forgive)\s+(?:meg|mae|me)\b(?!\s+(?:for|at|that|men|but|lol|haha\w*)\b)",  # round 84 (batch 132): Tamil "kadavul" (God)
        # round 65 (batch 94): "inshallah she forgive me", someone's forgiveness hoped for (the same guards)
        rf" (?:inshalah|insha\s+alah|inshaalah|hope|hoping|haper|hapar|forhapentligvis|forhapentleg)\s+(?:that\s+|at\s+)?(?:{SOMEONE_CLOSE}|they|de|dei)\s+(?:wil\s+|can\s+|kan\s+|vil\s+|wuld\s+|would\s+)?(?:forgive|forgives|tilgir|tilgi)\s+(?:me|meg|mae)\b(?!\s+(?:for|at|that|men|but|lol|haha\w*)\b)",
        rf" (?:det|d|de|it)\s+(?:(?:var|va|was|er|e|is)\s+{NOT}|wasnt|isnt)\s+(?:hennes|hennar|hans|din|ditt|deres|dokkers|dykkar|your|her|his|their|nav\w*)\s+(?:skyld|skuld|fault)\b"
        r"(?!\s+(?:at|att|that|nar|when|om|if|med|with|for)\b)",
        # round 62 (batches 88-89): Scots "say cheers tae youse at nav for everything", "just needed tae tell somebody before" as the last
        # words, "jeg skrive siste melding"
        r" (?:say|said)\s+(?:cheers|thanks|ta)\s+(?:tae|to)\s+(?:youse|yous|you|ye|yez|nav)\s+(?:\w+\s+){0,3}?for\s+(?:everything|everythin|al)\b",
        r" (?:needed|wanted|had)\s+(?:to|tae|ta)\s+tel\s+(?:somebody|someone|sombody|anyone|you|youse)\s+before\s*$",
        r" (?:jeg|je|eg|ae|i)\s+(?:skrive|skriver|skriv|sender|sende)\s+(?:min\s+|mi\s+)?siste\s+(?:melding|meldinga|beskjed)\b",
        r" kiitos\s+kaikesta\b",
        # round 71 (batch 106): "har skrevet til ... at de skal være snill med mama" (a written charge to be kind to a parent; not "i dag", "i helga" or
        # while one is away)
        r"^(?!.*\s(?:mens|while|i\s+dag|i\s+helga|i\s+helgen|ferie\w*|reis\w*|tur|turen)\b).*\s(?:skrevet|skreve|skrev|skreiv|skrive|wrote|written)\s+(?:til|te|to)\s+\w+\s+(?:at|that)\s+(?:de|dei|dem|han|hun|ho|they|he|she)\s+(?:skal|ska|ma|must|should)\s+"
        r"(?:vaere|vere|vera|be)\s+(?:snill|snil|gode|god|kind|good)\s+(?:med|mot|mo|to|with)\s+(?:mamma|mama|mora|mor|moren|pappa|papa|faren|far|mum|mom|mother|dad|father)\b",
        # round 71 (batch 106): Tagalog "paalam na sa inyo lahat" (goodbye to you all; not "paalam muna", goodbye for now)
        r" paalam\s+na\s+(?:po\s+)?(?:sa\s+(?:inyo|iyo|inyong|lahat)\s*)(?:lahat\b)?",
        # round 73 (batch 111): Dari "khoda hafez til alle i nav" (goodbye to all of you or to NAV; not for today or now)
        r" (?P<hit>(?:khoda\s*hafez|khodahafez|khuda\s*hafiz|xoda\s*hafiz|alah\s*hafiz)\s+(?:(?:til|te|to)\s+(?:alle|all|dere|dokker|dykk|you|everyone|nav)|alle\s+sammen|alle\s+saman))\b(?!\s+(?:i\s+dag|idag|today|na|no|for\s+na)\b)",
        # round 79 (batch 122): "... Etter torsdag trenger dere ikke å ringe meg mer. Khoda hafez" (Dari goodbye as the very last words; only with another sign)
        # round 83 (batch 130): Kurdish "xwahafiz" / "xwa hafiz" and Urdu "khuda hafiz" spelled "khudahafiz" (the same: as the very last words only)
        r" (?P<hit>khoda\s*hafez|khodahafez|khuda\s*hafiz|xoda\s*hafiz|xwa\s*hafiz|xwe\s*hafiz|xuda\s*hafiz)\s*$",
        # round 83 (batch 130): Vietnamese "xin lỗi mọi người" (sorry, everyone; only with another sign; not sorry for a delay or a thing named after it)
        r" (?P<hit>xin\s+loi\s+(?:moi\s+nguoi|tat\s+ca|ca\s+nha))\b(?!\s+(?:vi|for|fordi|at|that|om|because|ve)\b)",
        # round 79 (batch 122): Finnish "anteeksi til alle" (sorry to all; not sorry to all for a delay or a thing named after it; only with another sign)
        r" (?P<hit>anteksi\s+(?:til|te|to)\s+(?:ale|al|everyone|dere|dokker|dykk)|anteksi\s+kaikile)\b(?!\s+(?:for|fordi|at|that|om|because)\b)",
        r" (?:vil|vile|ville|skal)\s+(?:bare\s+|berre\s+)?(?:si|sei|ta)\s+(?:farvel|farvell|adjo|hadet)\b(?!\s+for\s+(?:i\s+dag|na|no|denne\s+gang))",
        r" (?:takk|tak|thanks|thank\s+you|cheers|ta|spasibo|kiitos|obrigado|obrigada|blagodarya|xie\s+xie|tesekkurler|diolch)\s+(?:for|fyri)\s+(?:alt|everything)\b",
        # round 77 (batch 118): "convey my thanks to my counsellor for everything" (thanks sent to someone named for everything; not for the help today or a meeting)
        r" (?P<hit>(?:my\s+)?thanks\s+to\s+(?:my\s+|the\s+|our\s+)?\w+\s+for\s+everything)\b(?!\s+(?:today|this\s+week|at\s+the\s+meeting)\b)",  # round 43: cheers, spasibo; round 45; "diolch" round 47
        # round 31: "vil berre takke deg for alt du har gjort", "merci pour tout", "gracias por todo", one person to know
        r" (?:takke|taka|thank)\s+(?:deg|dere|dykk|dokker|you)\s+for\s+(?:alt|everything)\b",
        r" (?:takk|tak|thanks|thank\s+you)\s+(?:(?:til|te|to)\s+)?(?:nav|dere|deg|dokker|dykk)\s+(?:pa\s+nav\s+)?for\s+(?:alt|everything)\b",  # round 35; "thank you nav" round 45; "takk te dokker på nav" round 58
        # round 32: "tell my brother I tried" ("... my mum in Kumasi ..." round 63), "thank you for your patience with me", "I am finish", "logging off for good"
        r" (?:tell|si\s+til|sei\s+til|si\s+te|sei\s+te)\s+(?:my\s+|min\s+|mi\s+)?\w+\s+(?:(?:in|i|pa)\s+\w+\s+)?(?:that\s+|at\s+)?(?:i|jeg|eg)\s+(?:tried|provde)\b",
        r" (?:thank\s+you|thanks)\s+for\s+(?:your|al\s+your)\s+patience\s+with\s+me\b",
        r" (?:i\s+am|im)\s+(?:finish|finished|done)\s*(?:$|\s(?:wife|no\s+\w+|nothing|with\s+(?:everything|life|it\s+al))\b)",
        r" (?:logging|loger|loge|log|logs)\s+(?:of|av|ut)\s+for\s+(?:good|godt|altid|alltid)\b",
        r" (?:si|sei|seie|seia)\s+(?:takk|tak)\s+(?:til|te)\s+\w+\s+for\s+at\s+(?:hun|han|ho|de|dei)\s+(?:gad|gidde|gadd|provde|brydde)\b",
        r" (?:cancel|avslut|avslute|slet|slete|stop)\s+(?:al|alt|ale|everything)\s+(?:of\s+)?(?:my\s+|mine\s+|mitt\s+)?(?:things|saker|avtaler|stuf)?\s*(?:with|hos|med|at)\s+nav\b",  # round 32
        # round 33
        r" (?:proshchay\w*|proschay\w*|do\s+svidanija)\b| spasibo\s+(?:vam\s+|tebe\s+)?za\s+(?:vsjo|vse|vsio|vsyo)\b(?!\s+(?:segodnja|sevodnja|i\s+dag|today)\b)(?!.*\s(?:hjelp\s+med|help\s+with|glad|happy|fornoyd)\b)",  # Russian "spasibo za vsjo" (for everything; not with a help named or gladness after it) round 73 (batch 110)
        r" (?:ha\s+det|hadet|mana\s+dearvan|dearvan)\s+(?:bra\s+|godt\s+)?(?:ale|alle)\s+(?:saman|sammen|samen)\s*$",  # North Sámi "mana dearvan alle sammen" round 73 (batch 110)
        r" (?:du|you)\s+(?:var|va|was|were)\s+(?:den|the)\s+(?:beste|best)\s+(?:veileder\w*|rettleiar\w*|advisor|counselor|counselor)\b",
        # round 34
        r" (?:ikke|ikje|itj|dont|do\s+not)\s+(?:ring|ringe|call|kontakt)\s+(?:meg|mae|me)\s+(?:etter|fra|after|from)\s+(?:\w+dag|i\s+morgen|denne\s+uka|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b",
        r" (?:ikke|ikje|itj|dont|do\s+not)\s+(?:si|sei|fortel|tell)\s+(?:noe\s+|noko\s+|anything\s+|det\s+)?(?:til\s+|te\s+)?(?:mamma|pappa|mor|far|mum|mom|dad|kona|mannen|foreldrene)\b",
        r" (?:vil|vile)\s+(?:bare|bere|berre|baere)\s+at\s+(?:noen|nan|non|nokon)\s+(?:\w+\s+){0,3}(?:vet|veit|vite|skal\s+vite)\s+at\b",  # "skulle vite at" round 73 (batch 110)
        rf" (?:gud|allah|god|{EGZIABHER})\s+(?:tilgir|tilgi|forgive|forgives)\s+(?:meg|mae|me)\b",  # Amharic, Tigrinya "kanskje Egziabher tilgir meg" round 75 (batch 115)
        r" (?:merci\s+pour\s+tout|gracias\s+por\s+todo|dziekuje\s+za\s+wszystko|obrigad[oa]\s+(?:por\s+tudo|for\s+everything)|(?:mesi|m\s+si)\s+(?:pou|pour)\s+(?:tout|tou))\b(?!\s+(?:hoy|today|i\s+dag|idag|aujourd\w*|oggi|hoje|dzisiaj|jodi\s+a)\b)",  # round 53 (batch 70, ordinary batch 66): Haitian "mèsi pou tout"; not for all today ("mil gracias por todo hoy")
        # round 92 (batch 161): "takk for tålmodigheta dokker har hatt med mæ" (Northern and Trøndersk "tålmodigheta")
        r" (?:takk|tak|thanks)\s+for\s+(?:talmodigheten|talmodet|talmodigheita|talmodigheta|tolmodet|your\s+patience)\s+(?:\w+\s+){0,3}(?:hatt|vist|had|shown)\s+(?:med|mot|with)\s+(?:meg|mae|me)\s*(?:$|(?:mvh|hilsen|helsing|vh|regards|best\s+regards|med\s+vennlig\s+hilsen)\b)",  # a sign-off after it round 49
        r" (?:just\s+|bare\s+|berre\s+)?(?:wanted|vile|ville)\s+(?:one\s+person|someone|somebody|en\s+person|ein\s+person|noen|nokon)\s+(?:to\s+know|a\s+vite|skulle\s+vite)"
        # round 79 (batch 123): "... just wanted someone to know before. nobody at NAV ..." ("before" with nothing named after it; not "before the meeting",
        # "before I call", "before Friday")
        # round 92 (batch 160): "Just wanted someone to know before it happens." ("before it happens" as the last words; only with another sign)
        r"(?:\s*$|\s+before\b(?!\s+(?:the|my|a|an|i|we|you|it|this|that|he|she|they|\w+day|tomorow|tonight|next|det|den|jeg|eg|vi|du|moter\w*|motet|fristen|neste|i)\b)"
        r"|\s+before\s+it\s+(?:happens|happen|is\s+done)\s*$)",
        # round 80 (batch 125): Swedish "ville bara att någon visste det" as the last words (only with another sign)
        r" (?P<hit>(?:vile|vil|ville)\s+(?:bara\s+|bare\s+|berre\s+)?(?:at|att)\s+(?:nagon|noen|nokon)\s+(?:skulle\s+)?(?:viste|visste|vet|veit)\s+(?:det|om\s+det))\s*$",
        # round 80 (batch 125): "fin siste utsikt" (the last view; only with another sign, such as on a roof now; not on a trip, a hike, at the cabin or before going home)
        r"^(?!.*\s(?:tur|turen|ferie\w*|holiday|trip|hytt\w*|hike\w*|hiking|fjeltur\w*|for\s+vi|before\s+we|for\s+jeg\s+drar|for\s+eg\s+reiser|hjem|heim|home)\b).*\s(?P<hit>(?:siste|sista|last)\s+(?:utsikt\w*|view))\b",
        r" (?:want\s+to|wana)\s+say\s+goodbye",
        r" (?:saying|say|said)\s+(?:my\s+)?goodbye\w*\s+to\s+(?:everyone|everybody|al|my\s+family)\b(?!\s+(?:at|in|on)\b)",
        r" (?:ha\s+det|hadet|farvel|adjo)\s+(?:til\s+)?nav\b",
        r" (?:ha\s+det|hadet|farvel|adjo)\s+(?:ale|everyone)\s*$",  # round 29
        r" (?:tatt|tat|tok|tek)\s+farvel\s+med\s+(?:hundan|hundane|hundene|hunden|bikkja|katten|katta|dyra|dyrene|ungene|barna|familien|mamma|ale)\b",  # round 24
        r" (?:mate|mata)\s+a\s+(?:si|sei|ta)\s+(?:farvel|adjo|ha\s+det)\b",
        r" ta\s+(?:godt\s+)?vare\s+pa\s+(?:deg|dere|dykk|dokker|ungene|barna)\b",
        r" (?:ikke|ikkje|itj|ite|iki|not)\s+(?:er\s+|var\s+|was\s+)?(?:hans|hennes|deres|din|dykkar|dokkers|their|his|her|your)\s+(?:skyld|fault|feil)\b",  # "itte" round 47
        r" none\s+of\s+(?:this|it)\s+(?:is|was)\s+(?:his|her|their|your)\s+fault\b",  # round 17
        # round 92 (batch 163): "vil bare at veilederen min ikkje ska få skylda" (one wants someone not to get the blame, as the last words; only with another sign; not for a
        # thing named after it: "vil bare at veilederen min ikke skal få skylda for at søknaden kom sent")
        rf" (?P<hit>(?:vil|vile|ville|onsker|want|wanted)\s+(?:bare\s+|berre\s+|just\s+)?(?:at|that)\s+(?:\w+\s+){{1,3}}?(?:{NOT}\s+(?:skal|ska|sku|skulle)|(?:skal|ska|sku|skulle)\s+{NOT})\s+(?:fa|ta|bere|baere)\s+"
        r"(?:skylda|skylden|skulda|skulden|skyld|skuld))\s*$",
        r" (?:takk|tak)\s+for\s+(?:ale\s+ar|alle\s+ar)\b",
        # round 16
        r" (?:ikke|ikkje|itj|dont|do\s+not)\s+(?:tenk|tenke|tenka|think|worry)\s+(?:pa|about)\s+(?:meg|mae|me)\s*$",
        r" (?:vil|vile)\s+(?:at\s+)?(?:du|dere|dokker|dykk)\s+skal\s+vite\s+at\b",
        # round 22: "ville bare at nån sku vite det", "sei ifrå at eg i det minste prøvde", "si fra hvis det ble mørkt"
        r" (?:vile|ville|vil|onsket|onsker|onska|onskte)\s+(?:bare|berre)\s+at\s+(?:noen|nokon|nan|non|dere|du)\s+(?:skulle|sku|skul|skal)\s+vite\s+(?:det|om\s+det)\b",  # "ønsket" round 27
        r" (?:kjenner|kjenne|foler|feel)\s+(?:at\s+)?(?:jeg|eg|ae|e|i)\s+(?:er|e|am)\s+(?:ferdig|done|finished)\s*$",  # round 29
        r" (?:da|sa)\s+blir\s+det\s*$",  # round 29
        r" (?:er|blir)\s+(?:mannen|sjefen)\s+i\s+huset\s+(?:na|no)\b",  # round 29
        r" (?:ingen|nobody|no\s+one)\s+(?:som\s+|who\s+)?(?:trenger|treng|trng|needs)\s+(?:meg|mae|me)\b(?!\s+(?:pa|pa\s+\w+|til|at|for|on|at)\b)(?!\s+i\s+(?!(?:dette|dete|denne|this)\s+(?:land|landet|verden|verda|world|country)\b))",  # round 29; "i dette land" round 58
        # round 93 (batch 165): "bærre så nån vet det" (Trøndersk "bærre")
        r" (?:bare|berre|baere|bere)\s+(?:sa|slik\s+at)\s+(?:noen|nokon|nan|non|dere|dokker|dykk)\s+(?:vet|veit|veta)\s+(?:det|om\s+det)\s*$",  # round 27; "dokker" round 47
        # round 81 (batch 127): "Melder dette slik at noen finner det" (told so that someone finds it, as the last words; only with another sign, such as passwords
        # left in an envelope)
        r" (?P<hit>(?:melder|sier|seier|skriver|skriv|sender)\s+(?:dette|dete|det|fra|ifra)\s+(?:slik|sa|for)\s+(?:at\s+)?(?:noen|nokon|non|nan)\s+(?:finner|finn|skal\s+finne|kan\s+finne)\s+(?:det|den|dem|dei))\s*$",
        # round 81 (batch 127): Tagalog "pakisabi kay nanay sorry ako" (tell mother I am sorry), "paalam po" (goodbye) as the last words
        r" (?P<hit>pakisabi\s+(?:po\s+)?(?:kay|kina|sa)\s+\w+\s+(?:na\s+)?(?:sorry|patawad|mahal\s+ko\s+(?:siya|sila|kayo))|paalam(?:\s+(?:na|po|sa\s+lahat|sa\s+inyong\s+lahat)){0,2}\s*$)",
        # round 55 (batch 75): "bare sånn at dere vet. btw ..." (said after the news, at the end or before an aside; not before what follows)
        r" (?:bare|berre)\s+(?:sann|san|sant)\s+at\s+(?:noen|nokon|nan|non|dere|dokker|dykk|du)\s+(?:vet|veit|veta)(?:\s+(?:det|om\s+det))?(?=\s*$|\s+(?:btw|forresten|ps)\b)",
        r" (?:si|sei|sej)\s+(?:ifra|ifra|fra|i\s+fra)\s+(?:til|te)\s+(?:\w+\s+){0,3}at\s+(?:jeg|eg|e|ae)\s+(?:i\s+det\s+minste|iallfall|hvert\s+fall)\s+(?:provde|prove|provd)\b",
        # round 14: "takk for at du har vært grei med meg alle disse årene", "thanks for everything you tried"
        r" (?:takk|tak|thanks|thank\s+you)\s+for\s+(?:\w+\s+){0,8}(?:ale|alle)\s+(?:disse|desse|dei|de)\s+arene\b",
        r" (?:thanks|thank\s+you)\s+for\s+(?:everything|al)\s+(?:you|u)\s+(?:tried|did|have\s+done)\b",
        r" (?:sagt|sa|sier|seier)\s+(?:ha\s+det|hadet|farvel|adjo)\s+(?:til|te)\s+\w+",
        r" (?:det|de)\s+er\s+(?:over|slutt)\s*$",
        # round 30: "after this i dont need nothing more. tell NAV ačiū and sorry for trouble"
        r" after\s+this\s+i\s+(?:dont|wont|do\s+not|wil\s+not)\s+need\s+(?:nothing|anything)\b",
        r" etter\s+(?:dette|det\s+her|deta)\s+(?:trenger|treng)\s+(?:jeg|eg|ae|e)\s+(?:ikke\s+noe|ikje\s+noko|ingenting)\s+(?:mer|meir)\b",
        r" (?:sorry|unskyld|beklager|pardon)\s+for\s+(?:al\s+|alt\s+)?(?:the\s+)?(?:trouble|trobel|bryet|ale\s+problemene|ale\s+problema|problem|problems|problemer"
        r"|driten|shit|the\s+shit|the\s+mess)(?:\s+(?:jeg|eg|i)\s+(?:har\s+)?(?:laget|lagd|gjort|caused|made|make)\b.*)?\s*$",  # "pardon ... jeg har laget for NAV" round 34; round 81 (batch 127): "sorry for all dritten jeg har gjort mot dere" (as the last words)
        # round 66 (batch 97): "beklager alt bryet je har vært" (the bother one has been, without "for"; as the last words); "sry for alt bryet eg har laga" round 75 (batch 114)
        r" (?:sorry|sry|unskyld|beklager)\s+(?:for\s+)?(?:alt|al)\s+(?:det\s+)?(?:bryet|braket|trobelet)\s+(?:jeg|je|eg|ae|e|i)\s+(?:har\s+)?(?:vaert|vore|vert|vaeret|ben|laget|lagd|laga)\s*$",
        # round 36: Romanian
        r" la\s+revedere\b",
        # round 37: "si til dem at pappa var glad i dem"
        r" (?:si|sei|tell)\s+(?:til\s+|te\s+)?(?:dem|dei|them|barna|ungene|ungane|borna|gutten|jenta|gjenta|mamma|mor|pappa|far|kona|mannen|familien|my\s+\w+)\s+(?:at|that)\s+(?:pappa|mamma|far|mor|dad|mum|mom|jeg|eg|i)\s+(?:var|vart|was|always\s+was)\s+(?:glad\s+i|loved|glad\s+in|so\s+proud)\b",  # "si te gutten" round 46
        # round 43 (batches 52-53): travelling "langt bort" tonight, "si til nav sjefen at Mihai er ferdig"
        r" (?:reiser|drar|reise|dra|going)\s+(?:i\s+kveld\s+|i\s+natt\s+|tonight\s+)?(?:langt\s+(?:bort|vekk|av\s+sted)|far\s+away)\b",
        r" (?:si|sei|tell)\s+(?:til|te|to)\s+(?:\w+\s+){1,3}at\s+(?:\w+\s+)?(?:er|e)\s+ferdig\b(?!\s+med\b)",
        # round 46 (batch 57): "I go to the Karmsund bridge tonight, I just want someone knows why"
        r" (?:want|wanted|vil|vile)\s+(?:that\s+|at\s+)?(?:someone|somebody|one\s+person|noen|nokon)\s+(?:to\s+)?(?:know|knows|a\s+vite|skal\s+vite|skulle\s+vite)\s+(?:why|hvorfor|kvifor|koffor)\s*$",
        # round 47 (batch 59): "ha det alle." opening a message (not "ha det alle sammen, snakkes i morgen")
        r"^ (?:ha\s+det|hadet|farvel|adjo)\s+(?:alle|everyone|everybody)\b(?!\s+(?:sammen\s+|saman\s+)?(?:sees|ses|snakkes|vi\s+sees|vi\s+ses|til|fram|i\s+morgen|pa\s+\w+dag|see\s+you)\b)",
        # round 48 (batches 60-61): "chur / abaraka / jerejef for everything", "tell mi likkle girl seh daddy did love har",
        # "tell Aroha her dad loved her", "mi done wid everyting", "Allah will understand me", "waheguru forgive me",
        # "sier det til dere fordi noen burde vite det", "ville bare at noen skulle vite" (the last words)
        rf" {THANKS_IN_ANOTHER_LANGUAGE}\s+(?:po\s+|ka\s+|krap\s+|khrap\s+)?(?:(?:to\s+|til\s+)?nav\s+|dere\s+|dokker\s+|you\s+|er\s+|dig\s+)?(?:(?:for|fi|fyri|fur)\s+(?:alt|everything|everyting|al\s+(?:help|hjelp)\b(?!\s+(?:with|med|wid)\b)|al\s+(?:you|u|dere|dokker)\s+(?:did|have\s+done|done|gjorde|har\s+gjort))|buot\s+ovdas|uz\s+viska|par\s+visu)\b",  # round 80 (batch 124): Latvian "paldies par visu" (for everything)  # round 79 (batch 122): Lithuanian "aciu uz viska" (for everything; not "aciu" alone); Thai "khob khun ka for alt", "diakuiu for all you did" round 72 (batches 108-109)  # North Sámi "giitu buot ovddas" round 68  # "for all help" (not with a thing named) round 65  # "merci", Tibetan "thuk je che"; Burmese "kyay zu tin ba de" round 54 (batch 72) round 51; Sinhala "istuti" round 55 (batch 75)
        # round 59 (batches 82-83): Polish, Afrikaans and Spanish thanks ("dziękuję for all hjelp", "baie dankie vir alles / for trying", "takk nav por todo"; not for today),
        # "gracias y adiós a todos" (ó drops out in normalising), "tell my ma sorry" as the last words; "gracias a mi veileder por todo" round 60
        r" (?:dziekuje|dziekujemy|dzieki|dzi\s?kuj\w*|dzi\s?ki|dankie|gracias|obrigad[oa])\s+(?:nav\s+|dere\s+|dokker\s+|you\s+|a\s+(?:mi\s+|mis\s+|tu\s+|la\s+|el\s+|los\s+|las\s+)?\w+\s+)?(?:for|por|para|vir|za)\s+(?:alt|al\s+hjelp|everything|todo|tudo|alles|wszystko|trying)\b(?!\s+(?:hoy|today|i\s+dag|idag)\b)| (?:tak|takk)\s+(?:nav\s+|dere\s+)?(?:por|para)\s+todo\b(?!\s+(?:hoy|today|i\s+dag|idag)\b)"
        r"| (?:gracias\s+y\s+)?(?:adios|adi\s+s)\s+a\s+todos\b(?!.*\s(?:hasta|manana|ma\s+ana|luego|pronto|lunes|martes)\b)",
        r" (?:tell|si\s+til|sei\s+til|si|sei)\s+(?:my|me|min|mi)\s+(?:ma|mam|mum|mom|mother|mama|mamma|da|dad|father|pappa|mor|far|wife|kids|sister|brother|family)\s+(?:i\s+am\s+|im\s+)?(?:sorry|unskyld)\s*$",
        r" (?:tell|si|sei)\s+(?:til\s+|te\s+)?(?:\w+\s+){0,3}(?:that\s+|seh\s+|say\s+|at\s+)?(?:her\s+|his\s+|their\s+|di\s+|hennes\s+|hans\s+)?(?:dad|daddy|mum|mummy|mom|mommy|mama|papa|father|mother|pappa|mamma|far|mor)\s+(?:did\s+|always\s+|alltid\s+)?(?:loved|love|luv|luved|was\s+glad\s+i|var\s+glad\s+i|va\s+glad\s+i|elsket|elska)\s+(?:her|him|them|har|dem|dei|henne|ho|han|ham|dere|dokker)\b",
        r" (?:i\s+am|im|i\s+m|mi|me)\s+(?:so\s+|just\s+|realy\s+)?(?:done|finish|finished)\s+(?:with|wid|wit)\s+(?:everything|everyting|evryting|life|it\s+al|al\s+of\s+it)\b(?!\s+(?:on|in|at|for|from|you|that|here|now|today)\b)",
        r" (?:waheguru|waheguruji|allah|gud|god|jesus|herren|lord|bhagwan|xwede|xwed|khuda|khudaya|xudaya|xudayim)\s+(?:(?:wil|vil|kommer\s+til\s+a)\s+)?(?:forgive|forgives|tilgi|tilgir|understand|understands|forsta|forstar)\s+(?:me|meg|mae)\b",  # Uzbek, Persian round 51
        r" (?:fordi|because|sa)\s+(?:noen|nokon|nan|someone|somebody)\s+(?:burde|bor|skal|should|ought\s+to)\s+(?:vite|veta|know)\b",
        r" (?:vile|ville|vil|onsket|onska|wanted|just\s+wanted)\s+(?:bare\s+|berre\s+|bere\s+|just\s+)?(?:at\s+)?(?:noen|nokon|nan|non|someone|somebody)\s+(?:skulle|sku|skul|skal|ska|to)\s+(?:vite|veta|know)(?:\s+(?:det|d|it))?"
        r"(?:\s+(?:hvor|kor|kvar|where)\s+(?:jeg|je|eg|ae|e|i)\s+(?:er|e|am|m))?\s*$",  # "... where i am" round 58
        # round 49 (batches 62-63): "bare så noen veit d hvis noe skjer" (not "... med søknaden"), "ingen trenger en sånn som mæ" (not
        # "... på arbeidsmarkedet")
        r" (?:bare|berre)\s+(?:sa|slik\s+at)\s+(?:noen|nokon|nan|non|dere|dokker|dykk)\s+(?:vet|veit|veta)\s+(?:det|d|de|om\s+det)\s+(?:hvis|viss|om|dersom|i\s+tilfelle)\s+(?:noe|noko|no|naka|nokka|noka)\s+(?:skjer|skje|hender)\b(?!\s+(?:med|pa|i|ved)\s+(?!(?:meg|mae)\b))",
        r" (?:ingen|nobody|no\s+one)\s+(?:trenger|treng|trng|needs|wants|vil\s+ha)\s+(?:en|ein|ei|someone|somebody|a\s+\w+|an\s+\w+)\s+(?:sann|slik|sik|like)\s+(?:som\s+)?(?:meg|mae|me)\b(?!\s+(?:pa|i|til|te|at|in|on|for|as)\b)",
        # round 50 (batch 64): "ville bare si ifra te nån" as the last words (to someone, not to NAV about a meeting)
        r" (?:si|sei|sej|seie)\s+(?:ifra|fra|i\s+fra)\s+(?:til|te)\s+(?:noen|nokon|nan|non|naen|naon|someone|somebody)\s*$",
        # round 52 (batches 68-69): sorry for everything ("unnskyld for alt", "désolé pour tout", "perdón por todo"; not sorry for the
        # wait, a delay or the typos), "I have made my peace" (not with a decision, a job or a diagnosis), "si til min mor at jeg elsker
        # henne" (one's love to be passed on)
        " " + _SORRY_FOR_EVERYTHING,  # Tagalog "po" round 65; round 95: the words made a constant
        r" (?:i\s+have|ive|i\s+ve|i\s+has|i)\s+made\s+(?:my\s+)?peace\b(?!\s+with\s+(?!(?:god|allah|jesus|the\s+lord|everyone|everybody|my\s+family|life)\b))",
        r" (?:si|sei|sier|seier|tell|fortel|fortell|fortelle)\s+(?:til\s+|te\s+)?(?:\w+\s+){0,4}(?:at|that)\s+(?:jeg|je|eg|ae|i)\s+(?:elsker|elskar|elska|elsket|elskte|love|loved|er\s+glad\s+i|e\s+glad\s+i)\s+"  # round 79 (batch 122): "si til adey i Asmara at jeg elsket henne" (the past tense too)
        r"(?:henne|han|ham|ho|hu|dem|dei|her|him|them)\b(?!\s+(?:ogsa|og\s+gleder|og\s+kommer|too|and\s+wil\s+(?:visit|call|come)|and\s+see)\b)",
        # round 53 (batch 70): "jeg vil bare at noen vet det" (not "... vet det er ...", a clause after it)
        r" (?:vile|ville|vil|onsket|onsker|onska)\s+(?:bare|berre|bere|baere)\s+at\s+(?:noen|nokon|nan|non|naen)\s+(?:vet|veit|veta|visste)\s+(?:det|d|om\s+det)\b"  # "visste" round 55 (batch 75)
        r"(?!\s+(?:er|e|var|va|blir|ble|gar|kan|skal|ska|at|om|hvis|viss)\b)",
        # round 57 (batches 78-79): "si til eadni at æ e lei for det" as the last words; thanks in one's own language said to NAV ("bare vil si
        # dhanyabad til nav")
        r" (?:si|sei|seie|tell)\s+(?:til\s+|te\s+)?(?:\w+\s+){0,3}(?:at|that)\s+(?:jeg|je|eg|ae|e|i)\s+(?:er|e|am|m)\s+(?:so\s+|sa\s+|veldig\s+)?(?:lei\s+for\s+det|sorry)\s*$",
        rf" (?:si|sei|seie|say)\s+{THANKS_IN_ANOTHER_LANGUAGE}\s+(?:til|te|to)\s+(?:nav|dere|dokker|deg|you)\b",
        r" salamat\s+(?:po\s+)?sa\s+lahat\b",  # Tagalog thanks for everything (round 67)
        # round 70 (batch 104): "salamat po for alt" ("po" allowed above); "si til mine wlad at baba elsker dem" (a parent's love sent through
        # another); "ville berre seie hadet te nokon"; Portuguese "tchau querida", "adeus" as the last words
        r" (?:si|sei|seie|tell)\s+(?:til\s+|te\s+)?(?:\w+\s+){0,3}(?:at|that)\s+(?:baba|pappa|papa|mamma|mama|amma|appa|jeg|eg|ae|i)\s+(?:elsker|elskar|loves|love|loved)\s+(?:dem|dei|deg|henne|han|ham|them|her|him|you)\b",
        # round 84 (batch 132): Turkish "jeg skrev til cocuklar at anne elsker dem og at de skal ha det fint hos babaanne" (written to the children that mum or dad loves
        # them, the parent named in the third person; only with another sign; not a card for a feast or a birthday)
        _NOT_A_LETTER_FOR_A_FEAST + r".*?\s(?P<hit>(?:skrev|skreiv|skrevet|skrive|skriver|wrote|written)\s+(?:et\s+brev\s+|eit\s+brev\s+|brev\s+|a\s+letter\s+)?(?:til|te|to)\s+(?:\w+\s+){0,2}?(?:at|that)\s+"
        r"(?:baba|pappa|papa|mamma|mama|amma|appa|anne|anem|annen|ana|mor|far|mum|mom|dad)\s+(?:elsker|elskar|loves|love|loved)\s+(?:dem|dei|them))\b",
        # round 81 (batch 126): "skrev brev til luuk, si mamma elske deg" (a parent's love passed on without "at", in broken Norwegian)
        r" (?P<hit>(?:si|sei|seie|tell)\s+(?:baba|pappa|papa|mamma|mama|amma|appa|mor|far|mommy|daddy)\s+(?:elske|elsker|elskar|loves|love)\s+(?:deg|dere|dokker|dykk|you))\b",
        r" (?:ville|vil|vile|wanted|want)\s+(?:bare|berre|bere|just)\s+(?:si|sei|seie|say)\s+(?:hadet|ha\s+det|farvel|goodbye|bye)\s+(?:til|te|to)\s+(?:noen|nokon|non|nan|someone|somebody)\b",
        r" (?:tchau|adeus)\s+(?:querida|querido|meu\s+amor|minha\s+\w+|amor)?\s*$",
        # round 72 (batches 108-109): "si jeg var flink gutt", "tell them papa was good man" (oneself told of in the past tense; not "... i dag", "på
        # kurset" or a place after it), and "si til mamma at jeg er lei for det" followed by a drive out to a bridge, a roof or the water
        r" (?P<hit>(?:si|sei|seie|tell)\s+(?:til\s+|te\s+)?(?:\w+\s+){0,2}?(?:at\s+|that\s+)?(?:jeg|je|eg|ae|i|papa|pappa|baba|mamma|mama|aba|abba)\s+(?:var|va|was)\s+(?:en\s+|ein\s+|ei\s+|a\s+)?(?:flink|snill|god|good|kind|grei)\s+(?:gutt|jente|man|mann|papa|pappa|far|mor|mamma|father|mother|boy|girl|son|sonn|datter))\b(?!\s+(?:i\s+dag|pa|at|today|in)\b)",
        r" (?P<hit>(?:si|sei|seie|tell)\s+(?:til\s+|te\s+)?(?:\w+\s+){0,3}(?:at|that)\s+(?:jeg|je|eg|ae|e|i)\s+(?:er|e|am|m)\s+(?:so\s+|sa\s+|veldig\s+)?(?:lei\s+for\s+det|sorry))\b(?=(?:\s+\w+){0,4}?\s+(?:ut\s+pa|opp\s+pa|ned\s+til|out\s+on|up\s+on)\s+(?:the\s+)?(?:brua|broa|bruen|broen|taket|kaia|sjoen|havet|fjorden|bridge|roof)\b)",
        # round 74 (batch 113): "hvis noe skjer si til dem at ammi elsket dem" (a message of love left in case something happens)
        r" (?P<hit>(?:hvis|viss|vis|om|if)\s+(?:det\s+)?(?:noe|noko|naka|nokka|something)\s+(?:skjer|skulle\s+skje|hender|happens)\s+(?:med\s+meg\s+|with\s+me\s+|to\s+me\s+)?(?:si|sei|tell|fortell)\s+(?:til\s+|te\s+)?"
        r"(?:dem|dei|barna|ungene|ungane|henne|ham|han|ho|them|the\s+kids|my\s+\w+|\w+\s+mine)\s+(?:at|that)\s+(?:\w+\s+){0,2}?(?:elsket|elska|elsker|elskar|loved|love|loves))\b",
        # round 74 (batch 112): "Takk for hjelpa. Ferdig no." as the last words (thanks and done now; not "ferdig med" something)
        r" (?P<hit>(?:takk|takker|thanks)\s+for\s+(?:hjelpa|hjelpen|alt|all\s+hjelp|everything|the\s+help)\s+(?:ferdig|done|finished)\s+(?:na|no|nu|now))\s*$",
        # round 74 (batch 113): "ha det. sier farvel nå." (a farewell now; not "... for i dag", "... til kurset" or "... og god helg")
        r" (?P<hit>(?:jeg\s+|je\s+|eg\s+|ae\s+)?(?:sier|seier|sir|sei)\s+farvel\s+(?:na|no|nu))\b(?!\s+(?:for|til|te|med|pa|og\s+god|og\s+snakkes|to)\b)",
    ),
    _sign(
        "ordner sin egen begravelse",
        # round 62 (batch 89): the hymns written down for the funeral (not someone else's: a parent, "his", "her", a death told)
        r"^(?!.*\s(?:mor|far|mama|papa|bestemor|bestefar|farmor|farfar|mormor|morfar|hans|hennar|hennes|his|her|dod\w*|doyde|dode|died|sovna|sovnet)\b).*\s(?:skrive|skrevet|skreve|skrev|skreiv)\s+ned\s+(?:kva|hva|hvilke|which)\s+(?:salmar|salmer|salme\w*|sanger|songar|songs|hymns)\s+(?:\w+\s+){0,4}(?:gravferda|gravferd|begravelsen|begravelse|bisetel\w*|funeral)\b",
        r" (?:ordnet|ordna|bestilt|planlagt|snakket\s+med|ringt)\s+(?:alt\s+)?(?:med\s+|til\s+)?(?:et\s+|eit\s+)?(?:begravelses\w*|gravferds\w*)(?!\s+(?:til|for|av|om)\s+(?:mamma|pappa|mor|far|bestemor|bestefar|mormor|morfar|farmor|farfar|broren|sostera|onkel|tante|\w+\s+min|\w+\s+mi))",
        # round 38: "lagt klær for begravelsen på senga" (not for someone else's)
        r" (?:lagt|lagd|lagde|lagt\s+klar|hengt)\s+(?:fram\s+|frem\s+|ut\s+)?(?:\w+\s+)?(?:klaer|klede|kler|dres\w*|kjole\w*)\s+(?:for|til|te)\s+(?:begravelsen|gravferda|gravferden|min\s+begravelse|mi\s+gravferd)\b(?!\s+(?:til|av|for|hans|hennes|i\s+morgen)\b)",
        # round 50 (batch 64): "lagt klar kjolen eg vil begravast i"
        r" (?:kjolen|kjole|dressen|dress|bunaden|bunad|klaerne|kleda|klaer|skjorta|suit|clothes)\s+(?:som\s+|that\s+)?(?:jeg|je|eg|ae|e|i)\s+(?:vil|skal|ska|want\s+to|will)\s+(?:bli\s+|be\s+)?(?:begravast|begraves|begravd|gravlagt|gravlegges|buried|kremert|kremeres)\b",
        # round 53 (batch 70): one's own grave paid for "ved sida av Olav" (not someone else's: "gravstaden til mor")
        r" (?:betalt|betala|betalte|kjopt|kjopte|ordna|ordnet|reservert|reserverte|bestilt|bestilte|paid\s+for|bought|reserved)\s+(?:\w+\s+)?(?:gravstaden|gravstad|gravstedet|gravsted|gravplassen|gravplass"
        r"|the\s+grave|a\s+grave|grave\s+plot|burial\s+plot)\s+(?:min\s+|mi\s+|mitt\s+|my\s+)?(?:ved\s+(?:sida|siden|sia)\s+(?:av|ta|til|te)|ved|attmed|next\s+to|beside)\s+\w+",
    ),
    _sign(
        "har tatt pillene",
        r" (?:har|ha)\s+(?:tat|tatt|tok)\s+(?:ale\s+|alle\s+)?(?:pilene|pillene|tabletene|tablettene|tablettane|pillane)\b",
        # round 41 (batch 50): "please say goodbye to Linda from me", "at hun ikke skal være lei seg", "nå er jeg helt rolig"
        r" (?:say|said|si|sei|hils|hilse)\s+(?:godbye|farvel|ha\s+det|adjo)\s+(?:to|til|te)\s+\w+\s+(?:from|fra)\s+(?:me|meg|mae)\b",
        r" (?:ikke|ikje|itj|not)\s+(?:skal|ska|ma|to)\s+(?:vaere|vere|be)\s+(?:lei\s+seg|trist|sad)\b",
        r" (?:na|no|now)\s+(?:er|e|am)\s+(?:jeg|eg|ae|i)\s+(?:helt\s+|heilt\s+|so\s+|sa\s+|completely\s+)?(?:rolig|roleg|calm)\s*(?:$|\s(?:vile|vil|ville|just|bare|berre)\b)",
        r" (?:er|e|am)\s+(?:helt|heilt|completely)\s+(?:rolig|roleg|calm)\s+(?:na|no|nu|now)\s*$",  # round 45: "e heilt rolig no"
        # round 81 (batch 126): "e ikkje redd lenger, det e det rare" (no longer afraid, of nothing named; only with another sign, such as in the car by a bridge now;
        # not "... for å snakke", "... av hunden")
        # found on review: not when the fear was treated or trained away ("jeg er ikke redd lenger. takk for alt dere har gjort for meg med angsten")
        r"^(?!.*\s(?:angst\w*|fobi\w*|phobia|anxiety|terapi\w*|therapy|psykolog\w*|behandl\w*|kurs\w*|course|mestr\w*|trening\w*|ovel\w*|takket\s+vaere|thanks\s+to)\b)"
        r".*?\s(?P<hit>(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:er|e|am|m)\s+(?:ike|ikje|itj|ite|not)\s+(?:red|rad|redd|afraid|scared)\s+(?:lenger|lengre|lengar|mer|meir|anymore|any\s+more))\b(?!\s+(?:for|av|a|of|to|pa|til|te|med)\b)",
    ),
    _sign(
        "ingen kan stoppe meg",
        r" (?:ingen|ikke\s+noen|ikkje\s+nokon|no\s+one|nobody)\s+(?:kan|skal|vil|can|wil)\s+(?:stoppe|stope|hindre|stop)\s+(?:meg|mae|me)\b",
        # round 83 (batch 130): "ikke prøv å stoppe meg!!!" (only with another sign: "har gitt bort ALT"; not a joke, a party, a sale or a diet)
        r"^(?!.*\s(?:haha\w*|hehe\w*|lol|fest\w*|party|salg\w*|sale|shopping|kake\w*|diet\w*|slanke\w*|sjokolade\w*|tur|turen|topptur\w*|hike\w*|telt\w*|camping\w*|soloppgang\w*|solnedgang\w*|sunrise|sunset|utsikt\w*|fretex|loppis\w*|bruktbutik\w*)\b)"
        r".*?\s(?P<hit>(?:ikke|ikkje|itj|ikke\s+finn\s+pa\s+a|dont|do\s+not)\s+(?:prov|prove|try|forsok)\s+(?:a\s+|to\s+)?(?:stoppe|stope|hindre|stop)\s+(?:meg|mae|me))\b",
    ),
    _sign(
        "får ikke sove og grubler",
        r" (?:far|klarer|greier|klarar)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?sove\b",
        # round 49 (batch 62): "kjem ikkje vekk frå tanken", "can't get away from the thought" (not "tanken om å bytte jobb")
        rf" (?:kjem|kommer|komer|kome|klarer|klarar|greier|slipper|slepp)\s+{NOT}\s+(?:a\s+)?(?:komme\s+|kome\s+)?(?:vekk|bort|unna|fri)\s+(?:fra|ifra)\s+(?:tanken|tankane|tankene|tanka|tankan)\b(?!\s+(?:om|pa|at)\s+(?:a\s+)?(?:bytte|flytte|begynne|byrje|starte|kjope|soke|reise|studere|jobbe|ny|nytt|nye|en|ei|et|eit|ein)\b)| (?:cant|cannot|can\s+not)\s+(?:get\s+away\s+from|escape|shake|stop)\s+(?:the|this|that)\s+thought\b| (?:tanken|tankane|tankene)\s+(?:slipper|slepp)\s+{NOT}\b",
    ),
    _sign(
        "takker som til avskjed",  # round 16: thanks in the past tense, as for the last time
        # round 76 (batch 117): "takket henne for alt hun har gjort for meg", "har takket alle vennene mine i Drøbak for alt" (thanked others for everything,
        # told; only with another sign)
        r" (?P<hit>(?:takket|takka|thanked)\s+(?:(?:henne|ham|han|ho|dem|dei|her|him|them)\s+|(?:alle|ale|all)\s+(?:\w+\s+){1,4}?)for\s+(?:alt|everything)\b(?:\s+(?:hun|han|ho|de|dei|she|he|they)\s+(?:har|hadde|has|have|had)\s+(?:gjort|done)\s+for\s+(?:meg|mae|me))?)",
        r" (?:du|dere|you)\s+(?:gjorde|har\s+gjort|did)\s+(?:mer|meir|more)\s+for\s+(?:meg|mae|me)\s+(?:enn|than)\b",
        r" (?:you|du|dere|de)\s+(?:were|was|var)\s+(?:so\s+|sa\s+|alltid\s+|always\s+)?(?:kind|good|nice|snil|snill|grei|god|hoflige|hoflig|hofleg|venlige|venlig)\s+(?:to|mot|med)\s+(?:me|meg|mae)\b",  # "De ... høflige" round 33
        r" (?:takk|tak|thanks|thank\s+you)\s+for\s+at\s+(?:du|dere)\s+alltid\s+(?:svarte|horte|hoyrde|var\s+der|stilte\s+opp)\b",
        r" (?:du|dere|dokker|dykk)\s+(?:har\s+)?(?:vaert|vert|vore)\s+(?:so\s+|sa\s+|alltid\s+)?(?:grei|snil|god|kind)\s+(?:mot|mod|med|to)\s+(?:meg|mae|me)\s+(?:ale|al)\s+(?:disse|dei|de|these)\s+(?:arene|ara|years)\b",  # round 26
        r" (?:takk|tak|thanks)\s+for\s+(?:tida|tiden|tia)\s*$",  # round 26
        r" (?:takk|tak|thanks|thank\s+you)\s+for\s+(?:talmodigheten|talmodet|talmodigheita|tolmodet|your\s+patience)\s+(?:\w+\s+){0,3}(?:vist|hatt|had|shown)\s+(?:\w+\s+){0,2}(?:disse|dei|de|these|al)\s+(?:arene|ara|years)\b",  # round 25
        # round 21: "takk for at du har prøvd med meg" (not thanks for trying to help with an application)
        r" (?:takk|tak|thanks|thank\s+you)\s+for\s+at\s+(?:du|dere|de|dokker|dokk|dykk)\s+(?:har\s+)?(?:provd|provde)\b(?!\s+(?:\w+\s+){0,2}(?:hjalp|hjelpe|hjelp|med\s+(?:soknad\w*|cv\w*|jobb\w*)))",
        r" (?:takk|tak|thanks)\s+for\s+at\s+(?:du|dere|de|dokker|dykk)\s+(?:har\s+|ha\s+|hadde\s+)?(?:vaert|vert|vore|vart)\s+(?:so\s+|sa\s+|alltid\s+)?(?:snil|grei|god)\s+(?:mot|med)\s+(?:meg|mae)\b",  # round 42
        # round 43 (batches 52-53): thanks "for at dåkker prøvde", "the only one who was kind", "youse were decent to me",
        # "si te dem at det var fint å jobbe der"
        r" (?:takk|thanks|thank\s+you|obrigado|obrigada|merci|kiitos|spasibo|cheers)\s+(?:for|fuh|fi)\s+(?:at\s+(?:dere|de|dokker|dakker|dykk|du)\s+)?(?:provde|provd|trying|tried|tryin)\b(?!\s+(?:to|a|og|and|an|med|with|wid|pa)\b)",  # Caribbean "thanks fuh tryin" round 55 (batch 74)
        r" (?:du|hun|han|ho|hu|dere|de|you)\s+(?:var|va|were|was)\s+(?:about\s+)?(?:den|the)\s+(?:eneste|einaste|only\s+one)\s+(?:\w+\s+)?(?:som\s+(?:var|va|noen\s+gang|nokon\s+gong)|pa\s+nav|who\s+(?:was|ever)|at\s+nav)\b",
        r" (?:you|youse|yous|ye|du|dere|dokker|de)\s+(?:were|was|var|va|har\s+vore|have\s+been)\s+(?:always\s+|alltid\s+|sa\s+|so\s+)?(?:decent|kind|good|nice|snill|snille|grei|greie|god|gode)\s+(?:to|with|mot|med)\s+(?:me|meg|mae)\b",
        r" (?:si|sei|tell)\s+(?:te\s+|til\s+)?(?:dem|dei|them)\s+(?:at\s+|that\s+)?(?:det|it)\s+(?:var|va|was)\s+(?:fint|godt|kjekt|artig|great|nice)\s+(?:a\s+)?(?:jobbe|jobba|arbeide|working|vaere|kjenne)\b",
        # round 45 (batches 54-55): "si takk til Randi også", "youse did your best with me"
        r" (?:si|sei|hils)\s+(?:takk|tak)\s+(?:til|te)\s+\w+\s+(?:ogsa|au|fra\s+meg)\b",
        r" (?:you|youse|ye|dere|dokker|du)\s+(?:did|gjorde|have\s+done)\s+(?:your|deres|dykkar|ditt)\s+(?:best|beste)\b",
        # round 46 (batch 57): "Jeg takker for tålmodigheten De har vist meg"
        r" (?:takker|takkar|thank)\s+(?:dere\s+|dem\s+|deg\s+|you\s+)?for\s+(?:talmodigheten|talmodet|talmodigheita|tolmodet|your\s+patience)\s+(?:\w+\s+){0,3}(?:vist|hatt|had|shown)\s+(?:med\s+|mot\s+|with\s+)?(?:meg|mae|me)\b",
        # round 47 (batches 58-59): "you've been lush to me", "takk for at du gadd å prøve", "takke for den tålmodighet De har vist meg"
        r" (?:youve|you\s+have|youse\s+have|yous\s+have|ye\s+have)\s+(?:always\s+)?(?:been|ben)\s+(?:so\s+|really\s+|proper\s+)?(?:lush|lovely|brilliant|amazing|decent|kind|good|great|wonderful|fab|champion|tidy)\s+(?:to|with)\s+(?:me|us)\b",
        r" (?:takk|tak|thanks)\s+for\s+at\s+(?:du|dere|de|dokker|dykk)\s+(?:gadd|gidde|gidda|orka|orket|gad)\s+a\s+(?:prove|prova|hjelpe)\b(?!\s+(?:med|pa|with)\b)",
        r" (?:takke|takker|takkar|thank)\s+(?:dere\s+|dem\s+|deg\s+|you\s+)?for\s+(?:den|all\s+den|the)\s+(?:talmodighet|talmodigheten|talmod|tolmod|patience)\s+(?:\w+\s+){0,3}(?:vist|hatt|had|shown)\s+(?:med\s+|mot\s+|with\s+)?(?:meg|mae|me)\b",
        # round 48 (batch 61): "vil bare takk dæ for at du har prøvd", "du har vært grei mot mæ heile veien"
        r" (?:takk|takke|thank)\s+(?:deg|dae|dere|dokker|dykk|you)\s+(?:for\s+at\s+(?:du|dere|dokker|dykk)\s+(?:har\s+|ha\s+)?(?:provd|provde)|for\s+trying)\b(?!\s+(?:a|og|to|and|med|with|pa)\b)",
        r" (?:du|dere|dokker|dykk|you)\s+(?:har\s+|have\s+)?(?:vaert|vert|vore|been|var|was|were)\s+(?:so\s+|sa\s+|alltid\s+|always\s+)?(?:grei|greie|snill|snille|god|gode|kind|nice|good|fin|fine|decent)\s+(?:mot|med|to|with)\s+(?:meg|mae|me)\s+(?:heile|hele|all\s+the|the\s+whole)\s+(?:veien|vegen|tida|tiden|way|time)\b",
        # round 60 (batch 84): "ville berre seie takk for all hjelpa dykk har gjeve meg" as the last words
        r" (?:vile|ville|vil|wanted\s+to|just\s+wanted\s+to)\s+(?:bare\s+|berre\s+|bere\s+|just\s+)?(?:si|sei|seie|seia|say)\s+(?:takk|tak|thanks|thank\s+you)\s+for\s+(?:all|al|alt|everything)\s+"
        r"(?:hjelpa|hjelpen|hjelp|help|the\s+help)\b(?:\s+(?:\w+\s+){0,4}(?:meg|mae|me))?\s*$",
        # round 61 (batches 86-87): "i wanted to say thank you to hilde my veileder" with no reason after it (not "... for the help with")
        r" (?:i\s+)?(?:just\s+)?(?:wanted|want)\s+to\s+(?:just\s+)?say\s+thank\s+you\s+to\s+(?:\w+\s+){0,2}(?:my\s+)?(?:veileder\w*|veiledar\w*|caseworker|case\s+worker|advisor|nav)\b(?!\s+for\s+(?!(?:everything|al)\b))",
        # round 72 (batch 109): "tusen takk for all hjelp og tålmodighet dere har vist meg gjennom mange år" (help shown over the years; only with another sign)
        r" (?P<hit>(?:takk|takke|thank\s+you)\s+for\s+(?:all|alt)\s+(?:den\s+)?(?:hjelp|hjelpa|hjelpen|help)\s+(?:og\s+(?:\w+\s+)?\w+\s+)?(?:dere|du|dokker|dykk|de|you)\s+(?:har\s+|have\s+)?(?:vist|gitt|gjeve|gjevi|gave|given|shown)\s+(?:meg|mae|me)\s+(?:gjennom|igjennom|i|over|through)\s+(?:mange|alle|disse|desse|many|all\s+these|the)\s+(?:ar|arene|arane|years))\b",
    ),
    _sign(
        "ordner de siste tingene",  # round 16
        # round 90 (batch 154): "Eg har ordna det eg skulle, og ingen treng ..." (what one was to set in order, the verb left out; not a place or a thing after it:
        # "eg har ordna det eg skulle på kontoret")
        r" (?P<hit>(?:har|hev)\s+(?:ordna|ordnet|fiksa|fikset)\s+(?:det|alt)\s+(?:som\s+)?(?:jeg|je|eg|ae|e|i)\s+(?:skulle|skule|sku))\b(?!\s+(?:pa|i|med|til|te|for|hos|av|at|on|in|with|ha|ordne|ordna|fikse|fiksa|gjore|gjere|gjera)\b)",
        # round 87 (batch 142): "vil ikkje at ungan ska finne det rotete etterpå" (the house found untidy "afterwards"; not after a party, a visit or a move:
        # "rydder før festen, vil ikke at gjestene skal finne det rotete etterpå")
        _unless_any(r"fest\w*|party|besok\w*|gjest\w*|selskap\w*|bursdag\w*|visning\w*|utleie\w*|leietak\w*|flytt\w*|ferie\w*|hyt\w*|middag\w*|jul\w*")
        + r".*\s(?P<hit>(?:skal|ska|skulle|sku|shal|should|to)\s+(?:fine|find)\s+(?:det|huset|leiligheten|leilegheita|alt|the\s+house|it)\s+(?:\w+\s+)?(?:rotete|rotet|skitent|i\s+rot|messy|dirty)\s+(?:etterpa|afterwards|after))\b",
        # round 77 (batches 118-119): the savings transferred to one's wife and the passwords shared, written for the children or on a note ("shared all my
        # passwords with her", "i wrote my passwords for fb and bank for my anak", "passordene mine står på en lapp"); letters left "hvis noe skjer så vet dere
        # hvor dem er" (only with another sign: alone, ordinary care)
        r" (?P<hit>(?:have\s+|has\s+|har\s+)?(?:transfered|transfer|overfort|overforte)\s+(?:al\s+)?(?:my\s+|mine\s+)?(?:savings|sparepengene|sparepengane|sparepenger)\s+(?:to|til|te)\s+\w+)\b",
        # round 87 (batch 140): "har skrevi passorda te søstra mi" ("skrevi", and a sister, a brother, a daughter or a son named; a crisis with "rydder og ordner opp")
        # (round 87: not for a holiday, a trip or a hospital stay, nor to log in: "... så ho kan betale regningane mens eg er på ferie")
        # round 93 (batch 164): nor passwords one forgets ("my passwords are in the blue notebook, i always forget them")
        _unless_any(r"ferie\w*|reise\w*|tur|turen|trip|holiday|vacation|sykehus\w*|sjukehus\w*|hospital|innlagt|logger|logge|logg|log|glem\w*|glom\w*|forget\w*|forgot\w*")
        + r".*?\s(?P<hit>(?:shared|gave|given|wrote|written|skrevet|skreve|skrevi|skrivi|skrev|skreiv|gitt|gav|ga|delt|delte)\s+(?:al\s+|ale\s+)?(?:my\s+|mine\s+)?(?:paswords|pasword|pasordene|pasorda|pasord|kodene|koder)\s+(?:\w+\s+){0,4}?(?:with|for|to|til|te|med)\s+(?:her|him|my|min|mi|mine|henne|ham|kona|barna|ungene|sostra|sostera|broren|dotra|dattera|sonen)"
        # round 80 (batches 124-125): "passordet t insta ligg i notatane", "Passordene til nettbanken og forsikringen ligger i en konvolutt til brorsønnen min" (what
        # they are for named between; in the notes), Swedish "skrivit alla mina lösenord på en lapp" (each only with another sign)
        # (not where "rydder og ordner opp" has the same words already: the singular on a note, or passwords alone in an envelope)
        # round 93 (batch 164): "my passwords are in the blue notebook" (a word before the thing, and a notebook or a diary)
        r"|(?:pasordene|pasorda|paswords|kodene)\s+(?:mine\s+|my\s+)?(?:star|ligger|ligg|are|is)\s+(?:pa|on|in|i)\s+(?:en\s+|ei\s+|a\s+|the\s+|my\s+)?(?:\w+\s+)?"
        r"(?:lap|lapen|note|notes|ark|arket|papir|papiret|skuf\w*|drawer|notatane|notatene|notater|notatappen|notebok|notebooks?|notatbok\w*|notisbok\w*|dagbok\w*|diary)"
        r"|(?:pasordene|pasorda|paswords|kodene)\s+(?:til|te|t|for|pa)\s+\w+\s+(?:og\s+\w+\s+)?(?:star|ligger|ligg|are|is)\s+(?:pa|on|in|i)\s+(?:en\s+|ei\s+|a\s+|the\s+)?"
        r"(?:lap|lapen|note|notes|ark|arket|papir|papiret|skuf\w*|drawer|notatane|notatene|notater|notatappen)"
        r"|pasordet\s+(?:(?:til|te|t|for)\s+\w+\s+)?(?:mit\s+|my\s+)?(?:star|ligger|ligg|is)\s+(?:i|in)\s+(?:notatane|notatene|notater|notatappen|notes)"
        r"|(?:skrivit|skrevet|skreve|skrev|skreiv|wrote|written)\s+(?:ned\s+|ner\s+|down\s+)?(?:ala\s+|alle\s+|al\s+)?(?:mina\s+|mine\s+|my\s+)?(?:losenord\w*|pasord\w*|paswords?)\s+(?:ned\s+|ner\s+|down\s+)?(?:pa|on|i|in)\s+(?:en\s+|ei\s+|a\s+)?(?:lap|lapen|note|ark|papir|papper|papperet))\b",
        r" (?P<hit>(?:hvis|om|if)\s+(?:noe|no|noko|anything|something)\s+(?:skjer|hender|happens)\s+(?:sa\s+)?(?:vet|veit|know)\s+(?:dere|du|dokker|dykk|you)\s+(?:hvor|kor|kvar|where)\s+(?:dem|de|dei|den|det|they|it)\s+(?:er|e|ligger|ligg|are|is))\b",
        # round 71 (batch 106): "eg har ordna det eg skulle ordne" as the last words (only with another sign; not a thing named after it)
        r" (?:har|hev)\s+(?:ordna|ordnet|fiksa|fikset|gjort|gjordt)\s+(?:det|alt)\s+(?:som\s+)?(?:(?:jeg|je|eg|ae|e|i)\s+(?:skulle|skule|sku|ska|skal)\s+(?:ordne|ordna|fikse|fiksa|gjore|gjere|gjera)|(?:skal|skulle|ska|ma|matte)\s+(?:ordnes|ordnast|ordnas|fikses|gjores|gjerast))\s*$",  # "det som skal ordnast" round 76 (batch 116)
        # round 68 (batch 100): pills set out ("har sett fram tablettane"; not for a dosett, the pharmacy, the doctor, a morning or someone else)
        rf"{_NOT_FOR_THE_PHARMACY_OR_A_DOSETT}(?!.*\s(?:lege\w*|doktor\w*|doctor|morgen\w*|morgon\w*|frokost\w*|breakfast|mor|far|mamma|pappa|bestemor|bestefar|mormor|farmor|til\s+\w+)\b)"
        rf".*\s(?:sett|satt|lagt|lagd|set|laid|put)\s+(?:fram|frem|klar|klart|out|ready)\s+(?:\w+\s+)?{PILLS}",
        # round 63 (batches 90-91): the insurance or the passwords "... kona / mamma finner dem" (not a trip, a move, a meeting, a course,
        # work or hospital)
        r"^(?!.*\s(?:reis\w*|ferie\w*|tur|turen|trip|holiday|flytt\w*|moving|mote\w*|meeting|kurs\w*|course|jobb\w*|work|sykehus\w*|sjukehus\w*|hospital)\b)"
        r".*\s(?:passord\w*|pinkod\w*|kodene|passwords|forsikring\w*|insurance)\b.*\s(?:kona|mannen|mamma|mor|pappa|far|samboer\w*|sonen|dattera|barna|ungene|ho|hu|hun|han|she|he"
        r"|my\s+(?:wife|husband|mum|mom|son|daughter))\s+(?:finner|finn|find|finds|will\s+find)\s+(?:dem|dei|den|det|de|them|it)\b",
        # round 24: "the rent is paid two months forward"
        r" (?:levert|leverte|satt\s+av)\s+(?:ungan|ungene|barna|borna|ungane)\s+(?:hos|til|te)\s+\w+\b.*\s(?:sagt|sa)\s+(?:at\s+)?(?:jeg|eg|ae|e)\s+(?:skal|ska)\s+(?:vekk|bort)\b",  # round 29
        r" (?:delt|dele|deler|delte)\s+ut\s+(?:alt|ale\s+tingene|tingene\s+mine|everything)\b",  # round 29
        # round 30: "i sell my tools, drill, everything, i send money to my son"
        r" (?:sel|sold|seling|solgt|solgte|selger|selt|selde)\s+(?:\w+\s+){0,4}(?:everything|alt|ale\s+tingene|ale\s+tinga)\b(?!.*\s(?:fordi|because|flyter|flytter|flyta|moving|move|ny|nye|new)\b)",
        r" (?:all|ale|alle)\s+(?:papers|papirene|papira)\s+(?:are\s+|er\s+|e\s+)?(?:ready|klare|klar)\s+(?:on|pa)\b",  # round 29
        r" (?:livsforsikring\w*|forsikring\w*|testament\w*)\s+(?:og\s+\w+\s+)?(?:er\s+|e\s+)?(?:i\s+orden|ordnet|ordna|klar)\b",  # round 27; "testamentet og båten er ordnet" round 46
        r" resten\s+av\s+(?:pengene|pengane|penga)\s+(?:sendt|gitt|overfort|sende|send)\s+(?:til|te)\b",  # round 26
        r" (?:lagt|lagd|la|left)\s+(?:dem|daem|dei|de|brevet|brevene|brevane)\s+(?:i\s+(?:en|ei|ein)\s+konvolut\s+)?(?:pa|on|i)\s+(?:kjokenbordet|kjokenbenken|bordet|skufen|skufa)\b",  # round 26; "dæm" round 51
        r" (?:rent|husleia|husleien|husleiga|leia|leiga)\s+(?:is\s+|er\s+|e\s+)?(?:paid|betalt)\s+(?:\w+\s+){0,3}(?:forward|ahead|in\s+advance|fram|frem|pa\s+forskudd|forskotsvis)\b",
        r" (?:ordnet|ordna|skrevet|skrive|gitt|gav|laget)\s+(?:en\s+|ei\s+|ein\s+)?fulmakt\b",  # round 25
        r" (?:enklere|lettere|enklare|lettare|easier)\s+for\s+(?:familien|ale|dei|de|barna|ungene|borna|family|everyone)\s+(?:etterpa|etter\s+meg|after)\b",  # round 25
        r" (?:lagt|lagd|la|left)\s+(?:igjen\s+)?(?:et\s+|eit\s+|ei\s+|en\s+|ein\s+|a\s+)?(?:brev|lap|lapen|letter|note)\s+(?:pa|on)\s+(?:kjokenbordet|bordet|puta|senga|the\s+table|the\s+kitchen\s+table|the\s+pilow)\b",  # round 20; "en lapp" round 65
        r" (?:tror|trur)\s+(?:ikke|ikkje|itj)\s+(?:jeg|eg|ae|e)\s+(?:blir|vert)\s+med\s+(?:pa\s+)?(?:mye\s+av\s+|noe\s+av\s+|noko\s+av\s+)?(?:det\s+)?(?:nye\s+aret|neste\s+ar|jula|sommeren|varen|det\s+neste)\b",  # round 20
        r" (?:skal|kommer|kjem)\s+(?:ikke|ikkje|itj)\s+(?:til\s+a\s+)?(?:kjore|kjyre|bruke|bruka|trenge|trenga)\s+(?:den|han|ho|det|dem|dei)?\s*(?:mer|meir|lenger|lengre)\b(?!\s+(?:enn|na|no|denne|i\s+vinter|i\s+vinterhalvaret))",  # round 19
        r" (?:brev\w*|letter)\b.*\s(?:hun|han|ho|de|dei|she|he|they)\s+(?:finner|finn|fant|wil\s+find|finds)\s+(?:det|den|dem|it|them)\s+(?:nar|when|etterpa|after)\b",  # round 17
        r" (?:nokelen|noklene|nokel|nokeln|nokkeln)\s+(?:(?:til|te)\s+(?:\w+\s+){1,2})?(?:ligger\s+|ligg\s+|er\s+|henger\s+)?(?:under|i|bak)\s+(?:mate|matta|matten|dormatta|postkassa|postkassen|blomsterpot\w*)\b",  # round 21; round 86 (batch 137): Trøndelag "nøkkeln ligg under matta"  # "nøkkelen til bror min" round 53 (batch 71)
        r" (?:skrevet|skrive|skreve|skrev|skreved|skrivi|gitt|gav|ga)\s+(?:ned\s+)?(?:koden|kodene|pinkoden|passordet|passorda|passordene)\s+(?:til\s+(?:banken|kortet|mobilen|telefonen)\s+)?(?:til|te)\s+\w+",  # round 21
        r" (?:sorge|sorg|sorgje|pase|make\s+sure)\s+(?:for\s+)?(?:at|that)\s+(?:det\s+siste|resten|pengene|the\s+last|the\s+rest|my\s+money)\s+(?:\w+\s+){0,4}(?:gar|kommer|goes|go)\s+(?:til|te|to)\b",
        r" (?:gave|given|give)\s+(?:my\s+)?(?:landlord\s+)?notice\b|(?:sagt|sa|sei)\s+opp\s+(?:leiligheten|leiligheta|leilegheita|hybelen|husleiekontrakten)\s+(?:te|til)\s+(?:forste|den\s+forste|1)\b",
        # round 48 (batch 60): the phone contract cancelled, the lease ended "not because I'm moving"
        r"^(?!.*\s(?:because|fordi|pga|afford\w*|cheaper|billig\w*|switch\w*|bytter|bytte|moving|moved|flytt\w*|landlord|money|penger)\b).*\s(?:cancelled|canceled|cancel|cancelling|terminated|ended)\s+(?:my\s+|the\s+)?(?:phone|mobile|broadband|internet|insurance|subscription|lease|tenancy)\s*(?:contract|plan|subscription|agreement|lease)?\b",
        r" (?:ikke|ikje|itj|ite|not)\s+(?:fordi|because)\s+(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|am|m|is)\s+(?:flytte|flytta|flytt|moving|move)\b",
        # round 50 (batch 64): everything put out on finn.no ("lagt ut pc'en og alt gamingutstyret på finn"), not in a move or to buy new
        rf"^(?=.*\s(?:pa|on)\s+(?:finn|tise|ebay|marketplace)\b){_NOT_A_CLEAR_OUT}.*\s(?:lagt\s+ut|legger\s+ut|selger|selgjer|selge|solgt|solgte|sold|selling)\s+(?:\w+\s+){{0,4}}(?:og\s+)?(?:alt|alle|everything|all)\s+(?:\w+\s+){{0,2}}(?:pa|on)\s+(?:finn|tise|ebay|marketplace)\b",
        # round 52 (batch 69): the last bills paid, the newspaper cancelled ("sagt opp avisa og betalt de siste regningene"; not the
        # bills of a month or from a shop, nor a paper cancelled for its price or in a move)
        r" (?:betalt|betala|betalte|paid)\s+(?:de|dei|alle|ale|the|al\s+the|my)\s+(?:siste|last)\s+(?:regning\w*|rekning\w*|bills)\b(?!\s+(?:for|fra|til|te|pa|denne|this|from|of|on|before)\b)",
        r"^(?!.*\s(?:fordi|pga|because|dyr|dyrt|billig\w*|cheaper|flytt\w*|moving|bytt\w*|digital\w*|nett\w*|ny|nytt|nye)\b).*\s(?:sagt|sa)\s+opp\s+(?:avisa|avisen|avisene)\b",
        # round 57 (batches 78-79): "når ungan har vært hos mæ siste gang" (the last time to come, not the last time they were)
        r" (?:ungan|ungene|ungane|barna|borna|the\s+kids|my\s+kids|the\s+children)\s+(?:har\s+|have\s+)(?:vaert|vore|vert|been)\s+(?:hos|med|with)\s+(?:meg|mae|me)\s+(?:for\s+)?(?:siste|last)\s+(?:gang|gong|time)\b(?!\s+(?:i|pa|for|da|in|at|on)\b)",
        # round 60 (batch 85): "har gjort alt klart for ungane" (not for a trip, a move, school, a party, a holiday or a meal)
        r"^(?!.*\s(?:tur|turen|trip|reis\w*|ferie\w*|flytt\w*|skole\w*|skule\w*|barnehage\w*|bursdag\w*|fest\w*|jul\w*|pask\w*|kamp\w*|frokost\w*|middag\w*|leir\w*|overnatt\w*)\b)"
        r".*\s(?:gjort|gjordt|ordna|ordnet|fikset|fiksa)\s+alt\s+(?:klart|klar|i\s+stand|i\s+orden)\s+(?:for|til|te)\s+(?:ungane|ungene|unga|ungan|barna|borna|kona|mannen|familien|dei|dem|de)\b(?!\s+(?:til|te|for|pa|i|fordi)\b)",
        # round 71 (batch 106): the wife to get the insurance, "det er betre for ho slik" ("kona får forsikringa. det er betre for ho slik"; only with
        # another sign; not "betre for ho enn ..." or a reason after)
        r" (?:kona|kjerringa|mannen|sambuaren|samboeren|ungane|ungene|barna|familien|ho|hun|hu|han)\s+(?:far|fa|skal\s+fa|ska\s+fa)\s+(?:livsforsikring\w*|forsikring\w*|forsikringspeng\w*)\b.*\s(?:det|d|de)\s+(?:er|e|blir|vert)\s+"
        r"(?:betre|bedre|best|beste)\s+for\s+(?:ho|henne|hu|hun|han|ham|dei|dem|de|alle|ale|familien|ungane|ungene|barna)\s+(?:slik|sik|sann|sanne|san)\b(?!\s+(?:fordi|for|enn|at|med)\b)",
        # round 70 (batch 104): the insurance set in order "så hun ikke skal slite", or said to pay out more than one will earn; "gjort opp mitt bo";
        # "resten ordner seg" as the last words (each only with another sign)
        r" (?:ordnet|ordna|ordne|fiksa|fikset)\s+(?:\w+\s+)?(?:forsikring\w*|livsforsikring\w*)\b(?:\s+\w+){0,4}?\s+(?:sa|so)\s+(?:\w+\s+){0,2}?(?:ikke|ikkje|itj)\s+(?:skal|ska)\s+(?:slite|sliti|ha\s+det\s+vanskelig)\b",
        r" (?:forsikring\w*|livsforsikring\w*|insurance)\s+(?:betaler|betalar|pays)\s+(?:ut\s+|out\s+)?(?:mer|meir|more)\s+(?:enn|than)\s+(?:jeg|eg|i)\b",
        r" (?:gjort|gjordt)\s+opp\s+(?:mitt|mit|mi)\s+bo\b",
        r" resten\s+(?:ordner|ordnar|ordna)\s+seg\s*$",
        # ... "basically ryddet opp etter meg" (not after a meal or a party, nor in a room named)
        r" (?:ryddet|rydda|rydet|rydde|cleaned)\s+(?:opp|up)\s+(?:etter|after)\s+(?:meg|mae|myself)\b(?!\s+(?:pa|i|etter|og|in|after)\b)",
        # round 75 (batch 114): "Passordene til nettbank og e-post ligger i en konvolutt hos min søster" (the passwords left in an envelope with someone; not a
        # trip, a move or work, as above); round 80 (batch 124): someone else who has moved out is no move of one's own ("kona er flytta ... Passordene til
        # nettbanken og forsikringen ligger i en konvolutt til brorsønnen min")
        r"^(?!.*\s(?:reis\w*|ferie\w*|tur|turen|trip|holiday|(?<!\ser\s)(?<!\se\s)flytt\w*|moving|jobb\w*|work|sykehus\w*|sjukehus\w*|hospital)\b).*?\s(?P<hit>(?:passord\w*|pinkod\w*|kodene|passwords)\b(?:\s+\w+){0,5}?\s+(?:ligger|ligg|er|e|is|are)\s+(?:i|in)\s+(?:en|ei|ein|a)\s+konvolutt\w*\s+(?:hos|til|with)\s+\w+)",

        # round 86 (batch 139): "det føles riktig å gi alt bort nå" (giving everything away felt to be right, now; not for a move: the good-news guard of the two signs)
        r" (?P<hit>(?:foles|foler|kjennest|kjenes|feels)\s+(?:\w+\s+)?(?:riktig|rett|godt|right|good)\s+(?:a|to)\s+(?:gi|give)\s+(?:alt|ale\s+tingene|everything)\s+(?:bort|vekk|away))\b(?!\s+(?:til\s+(?:loppis|fretex|bruktbutik\w*)|for\s+(?:flyt\w*|moving)))",
    ),
    _sign(
        "ordner for dyr eller ting etter seg",  # round 14
        # round 90 (batch 155): "hunden får bo hos naboen på Skjernøy" (a pet to live with someone named; only with another sign: "Nå har jeg gitt bort fiskeutstyret og
        # sjekta"; "trenger ingenting der jeg skal" with a gift stays one sign, round 89; not a move, a holiday or a stay away: "vi flytter ..., hunden får bo hos naboen")
        _NOT_AWAY_FOR_A_WHILE + _NOT_PACKING_FOR_A_TRIP + _unless_any(r"flytt\w*|moving|allergi\w*|allergic|sykehus\w*|sjukehus\w*|hospital|jobb\w*|kurs\w*|borte|away")
        + r".*\s(?P<hit>(?:katten|katta|pusen|hunden|bikkja|hundane|hundene|fuglen|kaninen|dyra|dyrene)\s+(?:min\s+|mi\s+)?(?:far|fa|skal|ska)\s+(?:bo|bu)\s+(?:hos|med|sammen\s+med|saman\s+med)\s+\w+)\b",
        # round 89 (batch 150): "kan noen hente katten min ... trenger ikke ha han lenger etter fredag" (someone asked to fetch one's pet; only with another sign; not while
        # away, the round 88 guard, nor rehomed for an allergy or a move: "kan noen hente katten min? sønnen er allergisk")
        _NOT_AWAY_FOR_A_WHILE + _unless_any(r"allergi\w*|allergy|allergic|flytt\w*|moving|omplasser\w*|rehom\w*|veterinaer\w*|vet|dyrlege\w*")
        + r".*\s(?P<hit>(?:kan|kunne|can|could)\s+(?:noen|nokon|non|nan|du|dere|dokker|dykk|someone|anyone|you)\s+(?:hente|henta|ta\s+over|adoptere|pick\s+up|take)\s+(?:katten|katta|kata|pusen|hunden|bikkja|fuglen|kaninen|my\s+cat|my\s+dog)(?:\s+(?:min|mi|mitt))?)\b",
        # round 94 (batch 168): "har ordna så broren min får sauan og traktoren" (arranged that someone gets one's animals, the tractor, the farm or the car; only with another
        # sign; not while away or in hospital, a loan, a sale, a buyer or a rent: "har ordna så naboen får låne traktoren mens eg er på ferie")
        r"^(?=.*\s(?:ordna|ordnet|fiksa|fikset|arranged|sorted)\s)"  # the rare words first: the check is cheaper so
        + _NOT_PACKING_FOR_A_TRIP + _unless_any(r"ferie\w*|holiday|mens|while|sykehus\w*|sjukehus\w*|hospital|operasjon\w*|lan|lane|lana|laner|lant|borrow\w*|selg\w*|selj\w*|solgt|sold|kjoper\w*|buyer|betal\w*|pay\w*"
                                                r"|leie\w*|lei|rent\w*|pas\w*")
        + r".*\s(?P<hit>(?:ordna|ordnet|fiksa|fikset|arranged|sorted)\s+(?:det\s+|it\s+)?(?:sa|slik|san|so)\s+(?:at\s+|that\s+)?(?:\w+\s+){1,2}?(?:far|fa|skal\s+fa|ska\s+fa|gets|wil\s+get)\s+"
        r"(?:sauan|sauane|sauene|sauen|kyrne|kuene|dyra|dyrene|hestane|hestene|hesten|hunden|katen|kata|bikja|traktoren|garden|garen|bilen|baten|huset|hytta|the\s+sheep|the\s+animals|the\s+tractor|the\s+farm|my\s+\w+))\b",
        # round 94 (batch 168): "lagt igjen ei liste med passord og pinkoder te søstra mi" (a list, a note or an envelope of passwords or PINs left for someone close; only with
        # another sign; not the wifi, while away, a password forgotten or new, a bill, shopping or a streaming account, the shared guards)
        r"^(?=.*\s(?:pasord\w*|pinkod\w*|paswords?|pin\s+codes?)\s)"  # the rare words first: the check is cheaper so
        + _NOT_THE_WIFI + _NOT_AWAY_FOR_A_WHILE
        + _NOT_A_PASSWORD_FORGOTTEN_OR_FOR_A_BILL
        + r".*\s(?P<hit>(?:lagt|lagd|lat|latt|left|skrevet|skreve|skrive|skrivi|skreiv|skrev|written|wrote)\s+(?:igjen\s+|att\s+|behind\s+)?(?:en|ei|ein|et|eit|a)\s+(?:liste|lista|list|lap|lapen|note|konvolut\w*|envelope)\s+"
        r"(?:med|with|over|of)\s+(?:\w+\s+){0,3}?(?:pasord\w*|pinkod\w*|paswords?|pin\s+codes?)\s+(?:\w+\s+){0,3}?(?:til|te|to|for)\s+(?:\w+\s+)?"
        r"(?:bror|broren|brother|soster|sostera|sosteren|sostra|sister|mor|mora|mamma|mother|mum|far|faren|pappa|father|dad|kona|mannen|wife|husband|dattera|dotra|sonen|daughter|son|samboer\w*))\b",
        # round 92 (batch 163): "kan nån ta katten min? æ treng ingen te å passe han etter fredag" (nobody needed to mind the pet or one's things after a day; only with another
        # sign; not while away or back home then, the shared guards: "trenger ingen til å passe han etter fredag, da er jeg hjemme igjen")
        r"^(?=.*\s(?:trenger|treng|need)\s+(?:ingen|ikke|ikkje|itj|no\s+one|nobody)\s)"  # the rare words first: the check is cheaper so
        + _NOT_AWAY_FROM_HERE + _NOT_AWAY_FOR_A_WHILE
        + rf".*\s(?P<hit>(?:trenger|treng|need)\s+(?:ingen|ikke\s+noen|ikkje\s+nokon|itj\s+nan|no\s+one|nobody)\s+(?:til\s+|te\s+|to\s+)?(?:a\s+)?(?:passe|passa|pass|mate|se\s+etter|look\s+after|mind|feed)\s+"
        rf"(?:han|ho|hun|henne|den|dem|dei|him|her|it|them|{PET_OR_THINGS})\s+(?:etter|efter|after)\s+(?:\w+dag|helga|helgen|\w+day|the\s+weekend))\b",
        # round 89 (batch 149): "passordet te banken ligg i skuffa på kjøkkenet" (the password or the PIN of the bank or the phone told where it lies; only with another sign;
        # not while away or in hospital, the shared guards: "passordet te banken ligg i skuffa mens eg e på ferie", "passordene til nettbanken ligger i en konvolutt til
        # sønnen min så han slipper å lete når jeg er på sykehuset")
        # round 92 (batch 161): "passorda tel nettbanken og facebook ligg i skuffen på kjøkkenet" (Northern "tel", and "og" with an account or the phone after the bank)
        _NOT_AWAY_FROM_HERE + _NOT_AWAY_FOR_A_WHILE + r".*\s(?P<hit>(?:passordet|passorda|passordene|passordan|pinkoden|pinkodene|koden|kodane|kodene)\s+(?:til|te|tel|pa|for|to)\s+(?:\w+\s+)?(?:(?:og|and)\s+)?(?:banken|nettbanken|bankid|mobilen|telefonen|pcen|kontoen)\s+"
        r"(?:(?:og|and)\s+(?:facebook|face|insta\w*|snap\w*|mail\w*|e\s+post\w*|epost\w*|gmail|vipps|bankid|mobilen|telefonen|pcen)\s+)?"
        # round 90 (batches 153-154): "passordet te facebook og bankid ligg i skuffen", "koden te mobilen står på en lapp" ("og" before the bank, and a note)
        r"(?:ligger|ligg|er|e|star)\s+(?:i|pa|under|bak)\s+(?:\w+\s+)?(?:skuffa|skuffen|skuffene|lappen|lapp|skapet|bordet|boka|permen|konvolutt\w*))\b",
        # round 88 (batch 147): "ta vare på bikkja mi. siste melding" (someone asked to take care of one's pet; only with another sign; not for a holiday, a trip, a stay in
        # hospital or until a day: "ta vare på bikkja mi mens eg e på ferie", "kan du ta vare på katta mi te søndag")
        _NOT_AWAY_FOR_A_WHILE
        + r".*\s(?P<hit>(?:ta|take)\s+(?:godt\s+)?(?:vare\s+pa|care\s+of)\s+(?:katten|katta|pusen|pusi|hunden|bikkja|fuglen|kaninen|hesten|my\s+cat|my\s+dog)\s+(?:min|mi|mitt))\b",
        # round 88 (batch 145): "passordet ... ligg på ein lapp i skuffen, så dottera mi får bilda etterpå" (someone close to get one's pictures or things "afterwards"; only
        # with another sign; not after a trip, a move or a visit: "så dottera mi får bilda etterpå når me kjem heim frå ferien")
        _NOT_AWAY_FROM_HERE + r".*\s(?P<hit>(?:sa|so|slik\s+at|sann\s+at|so\s+that)\s+(?:\w+\s+){0,2}?(?:far|fa|kan\s+fa|gets|can\s+get)\s+(?:\w+\s+)?(?:bilda|bildene|bilder|bileta|biletene|fotoa|tinga|tingene|alt|pictures|photos|everything)\s+(?:etterpa|etter\s+meg|afterwards))\b",
        # round 83 (batch 130): a carer: "skrevet ned alle medisinene hans og lagt lista på kjøleskapet, så kommunen vet hva de skal gjøre når jeg ikke er her"
        # (the care of the one she looks after written down for others; only with another sign; not a holiday, a trip, a course, work, respite care,
        # a hospital stay or an operation named)
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:kurs\w*|jobb\w*|vakt\w*|avlast\w*|sykehus\w*|sjukehus\w*|operasjon\w*|innlagt|innleggelse\w*|helg\w*|neste\s+uke|neste\s+veke|\w+dag)\b)"
        r".*?\s(?P<hit>(?:skrevet|skreve|skrev|skreiv|wrote|written)\s+(?:ned\s+|opp\s+|down\s+)?(?:alle\s+|ale\s+|all\s+)?(?:medisinene|medisinane|medisinar|tablettene|his\s+medicines|her\s+medicines)\s+(?:hans|hennar|hennes|til\s+\w+)"
        r"(?:\s+\w+){0,6}?\s+(?:sa|so|slik\s+at|so\s+that)\s+(?:kommunen|hjemmetjenesten|heimetenesta|hjemmesykepleien|heimesjukepleia|de|dei|noen|nokon|they|someone)\s+(?:vet|veit|knows?)\s+(?:hva|kva|ka|what)\s+(?:de|dei|dem|they)\s+(?:skal|ska|should|must)\s+(?:gjore|gjere|gjera|do))\b",
        # round 80 (batch 125): "ville berre at ho sku ha det godt etter me" (that someone or a pet should be well after one; only with another sign)
        r" (?P<hit>(?:ho|hun|hu|han|den|dei|de|katta|katen|hunden|bikja)\s+(?:skulle|skule|sku|skal|ska)\s+(?:fa\s+)?ha\s+det\s+(?:godt|bra|fint)\s+(?:etter|eter)\s+(?:meg|mae|me))\b",
        # round 76 (batch 116): "så mor slepp å styre med det etterpå" (so that someone is spared the bother afterwards; not packing for a trip, a move or a
        # hospital stay); "ho treng ikkje mat fra mæ lenger" (the pet needs no food from one any more; not while away)
        r"^(?!.*\s(?:reis\w*|ferie\w*|tur|turen|trip|holiday|flyt\w*|moving|sykehus\w*|sjukehus\w*|hospital|operasjon\w*)\b).*?\s(?P<hit>(?:sa|slik\s+at|so)\s+(?:\w+\s+){1,2}?(?:slep|sleper|sliper|slip)\s+a\s+(?:styre|stri|stresse|ordne|ordna|fikse|rydde|tenke|tenkje|lete)\s+(?:med\s+)?(?:det|dette|noe|noko)\s+(?:etterpa|etter\s+meg))\b",
        r"^(?!.*\s(?:reis\w*|ferie\w*|tur|turen|trip|holiday|mens|while)\b).*?\s(?P<hit>(?:ho|hun|hu|han|den|katta|katen|hunden|bikja)\s+(?:treng|trenger|trengs)\s+(?:ike|ikje|itj|ite)\s+(?:mat|for|foret)\s+(?:fra|ifra|av)\s+(?:meg|mae|mg)\s+(?:lenger|lengre|mer|meir))\b",
        # round 71 (batches 106-107): "så ho ittj treng å lur på nåkka når æ e borte" (not away on a trip, at work, for a time or a place named);
        # papers or letters for the children laid out, "dei finn dei når dei kjem" / "hvis noe skjer med ... meg vet de hvor de skal lete"
        # (only papers or letters, not keys for a visit)
        rf" (?:sa|so)\s+(?:\w+\s+){{0,2}}?{NOT}\s+(?:treng|trenger|trengs|skal|ska|ma)\s+(?:a\s+)?(?:\w+\s+){{0,3}}?nar\s+(?:jeg|je|eg|ae|e|i)\s+(?:er|e|am|blir)\s+borte\b(?!\s+(?:pa|i|til|te|for|in|on|fra|en|ei|ein|to|tre)\b)",
        r" (?:papira|papirene|papirane|papiret|brevet|brevene|breva|brevane|brev)\s+(?:til\s+(?:\w+\s+)?)?(?:ligg|ligger|lig|er|e)\s+(?:pa|i)\s+(?:\w+\s+)?\w+\b(?:\s+\w+){0,3}?\s+(?:de|dei|dem)\s+(?:finn|finner|fin|finer)\s+(?:dei|dem|de|det)\s+nar\s+(?:de|dei|dem)\s+(?:kjem|kommer|komer|kom)\b",
        r" (?:hvis|viss|om|if)\s+(?:noe|noko|no|naka)\s+(?:skjer|hender|skulle\s+skje)\s+(?:med|me)\s+(?:\w+\s+og\s+)?(?:meg|mae)\b.*\s(?:vet|veit)\s+(?:de|dei|dem)\s+(?:hvor|kor|kvar)\s+(?:de|dei|dem)\s+(?:skal|ska)\s+(?:lete|leite|sja|se)\b",
        # round 65 (batch 95): "make sure they get what is left in my account" (someone close to have what is left)
        rf" (?:make\s+sure|sorg\s+for|pas\s+pa|se\s+til)\s+(?:that\s+|at\s+)?(?:they|de|dei|{SOMEONE_CLOSE}|my\s+\w+|mine\s+\w+)\s+(?:get|gets|wil\s+get|far|fa|arver|arve)\s+(?:what\s+is\s+left|whats\s+left|what\s+remains|the\s+rest|det\s+som\s+er\s+igjen|det\s+som\s+er\s+att|resten)\b(?!\s+(?:of\s+the\s+(?:food|cake|pizza)|av\s+(?:maten|kaka|pizzaen))\b)",
        # round 63 (batch 91): food cooked for the family for a week or more and frozen (not for a trip, a shift, work, a course, hospital,
        # a birth, a visit or a party)
        r"^(?!.*\s(?:reis\w*|ferie\w*|tur|turen|trip|travel\w*|jobb\w*|work|vakt\w*|skift\w*|shift\w*|turnus\w*|offshore|kurs\w*|course|sykehus\w*|sjukehus\w*"
        r"|hospital|operasjon\w*|fodsel\w*|termin\w*|besok\w*|visit\w*|fest\w*|party|selskap\w*|bursdag\w*|matpak\w*|meal\s*prep\w*)\b)"
        r".*\s(?:lager|laget|lagar|laga|lagd|lage|koker|kokt|cook|cooks|cooking|cooked|made|making)\s+(?:\w+\s+)?(?:mat|middag\w*|food|meals|dinners)\s+(?:til|te|for)\s+(?:\w+\s+){0,4}?"
        r"(?:for|til|te)\s+(?:en|ei|ein|to|tre|fire|a|one|two|three|\d+|hele|heile|the\s+whole)\s+(?:uke|uka|uker|veke|veka|veker|week|weeks|maned|maneder|month)\b.*\s(?:fryser\w*|frysen|freezer)\b",
        # round 33: "då slepp dei å rydde så mykje etter meg", "hu ska slippe å leite etter noe", "han får det bedre der enn med mæ"
        r" (?:slepp|slipper|slipe|slepe|slip)\s+(?:dei\s+|de\s+|dem\s+|hun\s+|han\s+|ho\s+)?(?:a\s+)?(?:rydde|ryde|rydda|ryda|leite|lete|leta|ordne)\s+(?:\w+\s+){0,3}etter\s+(?:meg|mae|noe|noko|nake|nokka|ting)\b",
        r" (?:far|fa|har)\s+(?:det|d|de)\s+(?:bedre|betre)\s+(?:der|hos\s+\w+)\s+enn\s+(?:med|hos)\s+(?:(?:en|ei|ein)\s+(?:mor|far|mamma|pappa)\s+som\s+)?(?:meg|mae)\b",  # "d" round 49; "enn med en mor som meg" round 57
        r" (?:klarer|klare|greier|greie|klarar)\s+seg\s+(?:fint\s+|godt\s+|bra\s+)?(?:uten|utan|without)\s+(?:mamma|pappa|mor|far|meg|mae)\s*$",
        r" (?:ordna|ordnet|ordner|bestemt)\s+(?:med\s+)?(?:hvem|kven|ken)\s+som\s+(?:skal|ska)\s+(?:ta\s+(?:seg|vare)\s+(?:av|pa)|passe|fa|ha)\s+(?:katen|kata|hunden|bikja|dyra|ungene)\b",  # round 29
        r" (?:hun|han|ho|dei)\s+(?:far|fa|skal\s+fa|skal\s+ha)\s+(?:leiligheten|leilighet|huset|bilen|bil)\s+og\s+(?:bilen|bil|huset|leiligheten|alt)\b",  # round 29
        # round 52 (batch 68): "hu ska få kofta mi og sølvet" ("hu")
        r" (?:ho|hu|hun|han|dei|de|she|he)\s+(?:skal|ska|kan|far|fa)\s+(?:ha|fa|arve|have|get)\s+(?:\w+\s+){1,4}(?:mi|mine|min|mit|my)\b(?!\s+(?:i\s+morgen|pa\s+\w+dag|til\s+lan|lant))",  # round 27
        r" (?:skrevet|skrive|skreve|skrev)\s+ned\s+(?:hva|kva|ka)\s+som\s+skal\s+skje\s+med\b",  # round 26
        r" (?:nokler|noklene|nokel|nokelen)\s+(?:\w+\s+){0,3}i\s+postkas\w*\s+(?:til|te|hos)\b",  # round 26
        # round 20; round 91 (batch 159): "har ordna med reinan te broren min" (reindeer, sheep, horses and goats too)
        r" (?:ordnet|ordna|ordner|fixed|sorted)\s+(?:med|for|out)\s+(?:katten|kata|katta|hunden|bikkja|bikja|dyrene|fuglane|the\s+cat|the\s+dog|my\s+cat|my\s+dog"
        r"|reinan|reinane|reinene|reinsdyra|reinsdyrene|sauan|sauene|sauane|hestane|hestene|geitene|geitane)\b",
        r" (?:fortjener|fortener|fortenar|deserves?)\s+(?:noen|nokon|en|ei|ein|someone|somebody)\s+(?:\w+\s+){0,2}(?:som|who|that)\s+(?:kan\s+|can\s+|wil\s+|skal\s+)?(?:vaere|vere|er|be|is)\s+(?:der|there)\b",
        r" (?:ta|tar|take|takes)\s+vare\s+(?:pa\s+(?:\w+\s+)?)?(?:bedre|betre)\s+enn\s+(?:meg|mae|eg|jeg)\b",  # round 31
        r" (?:make\s+sure|sorg\s+for\s+at|pas\s+pa\s+at|se\s+til\s+at)\s+(?:my|min|mi|mit)\s+(?:dog|cat|hund|hunden|kat|katen|kata|bikja|bikkja)\s+(?:goes|gets|kommer|far|blir|havner)\b",
        r" (?:mer|meir|more)\s+(?:bruk\s+for|use\s+for)\s+(?:dem|dei|det|den|de|them|it)\s+(?:enn|than)\s+(?:meg|mae|eg|jeg|me|i)\b",
        r" (?:hva|ka|kva|what)\s+skjer\s+med\s+(?:\w+\s+){0,2}(?:mine|min|mitt|mi|my)\s+(?:hvis|om|viss|nar|if|when)\s+(?:jeg|eg|man|en|ein|i)\s+(?:dor|doyr|do|die)\b",  # round 21
        # round 36: "skrevet ned hvem som skal ha verktøyet mitt", the suit laid out
        r" (?:skrevet|skrevi|skrivi|skreve|skrive|skriv|skriver|skrev|skreiv|wrote|written)\s+(?:ned\s+|down\s+)(?:hvem|kven|ken|kem|kaem|who)\s+(?:som\s+)?(?:skal|ska|should|gets|wil\s+get)\s+(?:ha|fa|arve|have|get)\b",
        r" (?:lagt|lagd|la|laid)\s+(?:fram|frem|out)\s+(?:dressen|bunaden|finklaerne|my\s+suit|the\s+suit)\b",
        # round 43 (batches 52-53): "make sure my boy gets my watch", "hvem kan ta min katt"
        r" make\s+sure\s+(?:my|that\s+my)\s+\w+\s+gets\s+my\b",
        r" (?:hvem|kven|who)\s+(?:kan|can|skal|ska)\s+(?:ta|take|passe\s+pa|fa)\s+(?:min|mi|mitt|my)\s+(?:katt|hund|dog|cat|fugl)\w*",
        r" (?:look\s+after|care\s+for|take\s+care\s+of|passe\s+pa|ta\s+vare\s+pa)\s+(?:him|her|it|them|han|ho|henne|den|dem)\s+(?:\w+\s+)?(?:better|bedre|betre)\s+(?:than|enn)\s+(?:me|meg|mae)\b",  # round 45
        # round 46 (batches 56-57): "please make sure someone fetches them from school tomorrow", "dokker får ta dokker av resten"
        r" (?:make\s+sure|ensure|sorg\s+for\s+at|sorge\s+for\s+at|pass\s+pa\s+at|se\s+til\s+at)\s+(?:that\s+)?(?:someone|somebody|noen|nokon)\s+(?:(?:fetches|picks\s+up|collects|henter|hentar|tar\s+seg\s+av|tek\s+seg\s+av|looks\s+after|takes\s+care\s+of)\s+(?:them|him|her|the\s+kids|the\s+children|dem|dei|han|ho|henne|barna|ungene|ungane|borna)|picks\s+(?:them|him|her)\s+up)\b",
        r" (?:dere|de|dokker|dykk|du)\s+(?:far|fa|kan|ma|mo)\s+ta\s+(?:dere|dokker|dykk|deg|dokk)\s+av\s+resten\b",
        # round 48 (batches 60-61): "gutten får leiligheta og bilen", "children better with my sister than with me", the letter on the
        # kitchen counter ("det står i et brev på kjøkkenbenken", "lagt lappen på kjøkkenbenken"), the key under the stairs
        r" \w+\s+(?:far|fa|skal\s+fa|skal\s+ha|ska\s+ha|ska\s+fa|arver|gets|wil\s+get)\s+(?:leiligheten|leiligheta|leilegheita|huset|bilen|hytta|baten|the\s+flat|the\s+house|the\s+car|my\s+car|my\s+flat|my\s+house)\s+(?:og|and)\s+(?:bilen|huset|hytta|baten|leiligheten|leiligheta|alt|everything|the\s+car|the\s+house|my\s+car)\b",
        r" (?:children|kids|they|barna|ungene|ungane|borna|han|hun|ho|he|she|the\s+kids|my\s+\w+)\s+(?:are\s+|is\s+|er\s+|e\s+|har\s+det\s+|ha\s+det\s+|wil\s+be\s+|would\s+be\s+)?(?:beter|bedre|betre)\s+(?:of\s+)?(?:with|med|hos)\s+(?:\w+\s+){1,3}(?:than|enn|en)\s+(?:with|med|hos)\s+(?:me|meg|mae)\b",
        r" (?:star|stend|er|e)\s+(?:i|pa)\s+(?:et|eit|ei|en|a)\s+(?:brev|lapp|note|letter)\s+(?:pa|i|on|in)\s+(?:kjokkenbenken|kjokkenbordet|bordet|benken|skuffen|skuffa|the\s+table|the\s+kitchen\s+(?:table|bench|counter)|the\s+drawer)\b",
        r" (?:lagt|lagd|la|left|lagde)\s+(?:igjen\s+)?(?:et\s+|eit\s+|ei\s+|a\s+|en\s+)?(?:brev|brevet|lapp|lappen|letter|note|the\s+note|the\s+letter)\s+(?:pa|on|i)\s+(?:kjokkenbenken|benken|the\s+(?:kitchen\s+)?(?:bench|counter|worktop))\b",
        r" (?:nokkelen|nokklene|nokkel|the\s+key|the\s+keys)\s+(?:ligger\s+|ligg\s+|er\s+|e\s+|is\s+|henger\s+|heng\s+)?(?:under|bak|under\s+the|behind\s+the)\s+(?:trappa|trappen|steinen|potta|potten|blomsterpotta|the\s+mat|the\s+pot|the\s+stairs|the\s+steps|the\s+stone)\b",
        # round 49 (batch 62): "han får ta vare på pusen etterpå" (not while one is away on holiday or at work)
        r"^(?!.*\s(?:ferie\w*|holiday|reise\w*|trip|mens|while|jobb\w*|work|kurs\w*|sykehus\w*|hospital|operasjon\w*|helga|helgen|weekend)\b).*\s(?:far|fa|skal|ska|kan|ma|mo|will|can|must)\s+(?:ta\s+vare\s+pa|passe\s+pa|ta\s+seg\s+av|look\s+after|take\s+care\s+of|have|ha|fa)\s+(?:\w+\s+)?(?:katten|katta|kata|katen|pusen|pusi|hunden|bikkja|bikja|dyra|dyrene|fuglen|kaninen|the\s+cat|the\s+dog|my\s+cat|my\s+dog|ungene|barna|ungane|borna|the\s+kids)\s+(?:etterpa|afterwards|etter\s+meg|nar\s+(?:jeg|eg|ae|e)\s+er\s+borte|when\s+i\s+am\s+gone|when\s+im\s+gone)\b",
        # round 50 (batch 64): "hvis meg ikke komme i morgen please gi bildene til min bror" (what to do with one's things)
        rf" (?:hvis|viss|om|dersom|if)\s+(?:jeg|je|eg|ae|e|i|meg|mae)\s+{NOT}\s+(?:kommer|komme|kom|kome|kjem|come|comes)\b.*\s(?:gi|gje|give|send|sende)\s+(?:\w+\s+){{0,3}}(?:til|te|to)\s+(?:min|mi|mitt|my)\s+(?:bror|broren|soster|sostera|mor|far|mamma|pappa|sonn|son|sonen|datter|dotter|kone|mann|brother|sister|mother|father|mum|mom|dad|daughter|wife|husband|familie|family|barn|kids|children)\b",
        # round 53 (batch 70): a pet or a thing given away and "han får det bedre der" (not "... der enn på sykehjemmet": the comparison
        # with oneself is above)
        r"^(?=.*\s(?:git|gitt|gir|gav|ga|gjeve|gjett|levert|leverte|gave|given)\s).*\s(?:han|hun|ho|hu|den|dei|de|he|she|they)\s+(?:far|fa|har|gets|will\s+have)\s+(?:det|d|de|it)\s+(?:bedre|betre|beter|better)"
        r"\s+(?:der|there|hos\s+\w+|with\s+\w+)\b(?!\s+(?:enn|en|than)\b)",
        # round 54 (batch 73): "han fortjene nån som e her" (someone who is here, said of a pet or a child)
        r" (?:fortjener|fortjene|fortjenar|fortener|fortene|fortenar|deserves?)\s+(?:noen|nokon|nan|non|en|ei|ein|someone|somebody)\s+(?:\w+\s+){0,2}(?:som|who|that)\s+(?:kan\s+|can\s+|wil\s+|skal\s+|ska\s+)?"
        r"(?:vaere|vere|vaer|er|e|be|is)\s+(?:her|here)\b",
        # round 57 (batches 78-79): "no er alt i orden etter meg"
        r" (?:(?:alt|ale\s+ting|ale\s+tinga|everything)\s+(?:er|e|is)|(?:er|e)\s+(?:alt|ale\s+ting))\s+(?:i\s+orden|ordnet|ordna|klart|sorted)\s+(?:etter|after)\s+(?:meg|mae|me)\b",
        # round 61 (batches 86-87): passwords or PINs written down "så ho klarer seg" (not while away, or for a trip)
        _NOT_PACKING_FOR_A_TRIP + r".*\s(?:pasord\w*|pinkod\w*|kodene|koder|bankid|passwords?)\b(?:\s+\w+){0,6}?\s+(?:sa|so)\s+(?:ho|hun|hu|han|de|dei|dem|she|he|they)\s+(?:klarer|klarar|greier|kan\s+klare|manages|wil\s+manage|can\s+manage)\s+(?:seg|sae|sg)\b(?!\s+(?:\w+\s+)?(?:mens|nar|til|te|i\s+helga|denne|neste|while|when|until)\b)",
        # round 69 (batch 102): accounts and passwords put together in an envelope for someone ("kontoer" is "kontor" once normalised;
        # not for a trip, an accountant or a lawyer)
        _NOT_PACKING_FOR_A_TRIP + _unless_any(r"regnskap\w*|revisor\w*|advokat\w*|accountant|lawyer")
        + r".*?\s(?P<hit>(?:kontor|kontoene|kontoane|kontoar|pasord\w*|pinkod\w*|kodene|bankid|passwords?|accounts)\s+(?:og|and|&)\s+(?:kontor|kontoene|kontoane|pasord\w*|pinkod\w*|kodene|bankid|passwords?|accounts)"
        r"\s+(?:i|in|into)\s+(?:en\s+|ein\s+|ei\s+|a\s+|an\s+|the\s+)?(?:konvolutt\w*|envelope)\s+(?:til|te|for|to)\s+\w+)",
        # round 67 (batch 99): the cat or the dog told as with the neighbour now (not for a trip, work or hospital)
        r"^(?!.*\s(?:holiday|vacation|trip|travel\w*|away|work\w*|shift|hospital|ferie\w*|reis\w*|tur|jobb\w*|sykehus\w*)\b)"
        r".*\s(?P<hit>(?:the|my)\s+(?:cat|dog)\s+is\s+(?:now\s+)?with\s+(?:my|the|our)\s+neighbou?rs?)\b",
        # round 70 (batch 104): the children to live with someone else from tomorrow ("fra i morgen skal de bo hos akka min"; only with another sign)
        r" (?:fra|fra\s+og\s+med|from)\s+(?:i\s+morgen|i\s+morgon|imorgen|tomorrow|\w+dag)\s+(?:skal|ska)\s+(?:de|dei|barna|ungene|ungane|ongane|pilaikal)\s+bo\s+hos\b",
        # round 75 (batches 114-115): all the money sent to someone with what to give the children written ("har sendt alle pengene til henne og skrevet hva hun
        # skal gi dem"); the children to get the insurance ("Ungan får forsikringa"); written to the children, who are to live with someone ("har skrevet til
        # syn og donka, de skal bo hos tante")
        r" (?P<hit>(?:sendt|sende|sender|sent|overfort)\s+(?:alle|all)\s+(?:pengene|pengane|penga|mine\s+penger|my\s+money|the\s+money)\s+(?:til|te|to)\s+\w+\b.*\s(?:skrevet|skrive|skrev|skreiv|fortalt|wrote|told)\s+(?:til\s+\w+\s+)?(?:hva|ka|kva|what)\s+(?:hun|han|ho|hu|she|he|de|dei)\s+(?:skal|ska|should|must)\s+(?:gi|kjope|give|buy))\b",
        r" (?P<hit>(?:ungan|ungane|ungene|barna|borna|the\s+kids|my\s+kids|the\s+children)\s+(?:far|fa|skal\s+fa|ska\s+fa|gets|get|will\s+get)\s+(?:livsforsikring\w*|forsikring\w*|the\s+insurance|the\s+life\s+insurance))\b",
        # round 83 (batch 130): Urdu "ammi skal få forsikringspengene etter søndag" (the mother or another close one to get the insurance money after a
        # day; only with another sign; not a fire, a break-in, a car, a storm or an accident that the insurance pays for)
        r"^(?!.*\s(?:brann\w*|bran|brant|brent|innbrud\w*|tyveri\w*|stjal\w*|bil\w*|ulyk\w*|skade\w*|skadd|storm\w*|vannskade\w*|flom\w*|reis\w*|dod\w*|doyd\w*|dode)\b)"
        r".*?\s(?P<hit>(?:ami|amma|amme|mama|mor|mora|papa|pappa|abu|abba|kona|mannen|sonen|dattera|datteren)\s+(?:far|fa|skal\s+fa|ska\s+fa|gets|will\s+get)\s+(?:livsforsikring\w*|forsikringspeng\w*|forsikringa|forsikringen)\s+(?:etter|eter|after)\s+(?:\w+dag|helga|helgen|\w+day))\b",
        r" (?P<hit>(?:skrevet|skrive|skrev|skreiv|wrote|written)\s+(?:brev\s+)?(?:til|te|to)\s+(?:\w+\s+){1,3}?(?:de|dei|dem|they|barna|ungene|ungane)\s+(?:skal|ska|kommer\s+til\s+a|will)\s+(?:bo|live|vokse\s+opp)\s+(?:hos|with)\s+\w+)",
    ),
    _sign(
        "skriver brev eller testamente",
        # round 90 (batch 152): "sitt og skriv brev te ungan no" (sitting writing letters to the children, in the present; only with another sign; not a feast, work away,
        # a trip: "sitt og skriv brev te ungan fra plattforma"), "brevan te ungan ligg i øverste skuffa" (northern "brevan")
        _NOT_A_LETTER_FOR_A_FEAST + _unless_any(r"offshore|plattform\w*|rigg\w*|jobb\w*|ferie\w*|tur|turen|reise\w*|hyt\w*|sjoen|fengsel\w*|militaer\w*")
        + r".*\s(?P<hit>(?:sit|siter|sitter|sat)\s+(?:og\s+|a\s+)?(?:skriv|skriver|skrive|skrivar)\s+(?:et\s+|eit\s+|ei\s+)?(?:brev|brevet|letters?)\s+(?:til|te|to)\s+(?:ungan|ungane|ungene|barna|borna|ongan|ongane|the\s+kids|my\s+kids|my\s+children))\b",
        r" (?P<hit>(?:brevan|breva|brevane)\s+(?:til|te)\s+(?:\w+\s+){0,2}(?:ligger|ligg|er|e)\s+(?:pa|i)\s+(?:\w+\s+)?(?:skuffen|skuffa|\w+skuffa|\w+skuffen|bordet|kjokkenbordet|kommoden|senga))\b",
        # round 62 (batch 89): "wrote her goodbye"
        # round 81 (batch 127): Polish "skrev pozegnanie til henne" (wrote a farewell to someone, the farewell word first; only with another sign)
        r" (?P<hit>(?:skrev|skreiv|skrevet|skrevi|wrote|written|napisalem|napisalam)\s+(?:et\s+|eit\s+|a\s+)?(?:pozegnanie|pozegnania|list\s+pozegnalny)\s+(?:til|te|to|do)\s+\w+)\b",
        r" (?:wrote|written|writ|skrev|skreiv|skrevet)\s+(?:her|him|them|my\s+\w+|to\s+(?:my\s+)?\w+|til\s+\w+)\s+(?:a\s+)?(?:goodbye|godbye|farvel|adjo)\b",
        # round 14: "i wrote her name on the note"
        r" (?:wrote|written|left|skrevet|skrev|lagt|la)\s+(?:\w+\s+){0,3}(?:on\s+the\s+note|a\s+note\s+for|pa\s+lappen|en\s+lap\s+til)\b",
        r" (?:skrevet|skrive|skriver|skreve|skrev|laget|lagd|ordnet)\s+(?:et\s+|eit\s+|mit\s+)?testament\w*",
        # round 83 (batch 130): Kurdish (Sorani) "skriver brev til mndalakanm" (my children) and Kurmanji "zarokan" added to the children below
        r" (?:skrive|skriver|skrev|skrevet|skreve|skreiv|skrevi|skrivi|scris)\s+(?:et\s+|eit\s+|ei\s+|o\s+)?(?:brev|lap|scrisoare|scrisori)\s+(?:til|te|catre|pentru)\s+(?:ale\s+)?(?:\w+\s+){0,2}(?:barn|barna|dotre|dotrene|dotrane|sonene|sonane|ungene|ungane|borna|unga|ungan|ongan|ongane|caruurta|carurta|bache|bachaha|bachehayam|copii|copiilor|dukra|dukrai|dukrom|sunus|sunui|vaikai|vaikams|mndalakan\w*|mindalakan\w*|mndalan\w*|zarokan\w*|zarokne|pilaikal|pilaigal|cocuklar\w*|cocuklarim\w*)\b"
        r"(?!\s+(?:fra|from)\s+(?:\w+\s+)?(?:ferien|ferie\w*|turen|tur|reisen|reise|hytta|hyta|holiday|vacation|trip|syden|utlandet))",  # round 84 (batch 132): Tamil "pillaikal", Turkish "çocuklar" (children); round 84 (the lead's look-alike after round 83): not a letter "fra ferien" (from a trip)  # round 79 (batch 122): Lithuanian "skrev brev til dukra i Vilnius" (daughter, son, children; the kin word needed, not a letter to an office); "ei lapp te ungan" round 34; Somali "caruurta" round 72 (batch 108); Persian "bache", Romanian "am scris scrisoare til copiii" round 73 (batch 111)
        # round 81 (batches 126-127): ... "skrevi brev te ungan" (the participle in dialect), "skrevet brev til begge mine døtre" (daughters, sons)
        r" (?:skrive|skriver|skrev|skrevet|skreve)\s+(?:et\s+|eit\s+)?brev\s+(?:til|te)\s+min\s+(?:son|sonen|dater|datter|soster|bror|mor|far|kone|man|ade|adey|hooyo|aba|abba|baba)\b",  # round 24; Tigrinya "ade", Somali "hooyo" round 72 (batch 109)
        r" (?:skrevet|skrevi|skrev|skreve|skrive)\s+(?:et\s+|eit\s+)?brev\s+(?:til|te)\s+(?:lilesost\w*|storesost\w*|lilebror\w*|storebror\w*|veslesyst\w*|veslebror\w*|bestemor\w*|mormor|farmor|eadni|eatni|ahcci|ahkku)\b",  # round 27; North Sámi "eadni", "ahcci" (mother, father) round 73 (batch 110)
        r" (?:siste|sista|last)\s+(?:brev|brevet|letter|letters)\s+(?:til|te|to)\b",  # round 29
        r" (?:lagt|lagd|skrevet|skrev)\s+(?:igjen\s+)?(?:en|ei|et)\s+(?:lap|brev|beskjed)\s+(?:til|te)\s+\w+\s+(?:\w+\s+)?om\s+(?:ungene|barna|passord\w*|nokel\w*|katen|hunden)\b",  # round 27
        # round 94 (batch 169): "har skrevet et brev te kona" ("kona", "mannen" without "mi", "min")
        rf"{_NOT_A_LETTER_FOR_A_FEAST}.*?\s(?P<hit>(?:skrevet|skreve|skrevi|skreiv|skrev|skrive|skrivi|wrote|written)\s+(?:et\s+|eit\s+|ei\s+|a\s+)?(?:brev\s*|letters?\s*)?(?:$|(?:til|te)\s+(?:ungene|barna|familien|mamma|pappa|mor|far|kjaresten|alle|sostera\s+mi|sosteren\s+min|broren\s+min|sonen\s+min|sonnen\s+min|sonen|dattera\s+mi|datteren\s+min|dattera|datteren|kona\s+mi|mannen\s+min|kona|mannen)|to\s+(?:everyone|my\s+\w+|mama|mum|mom|mother|papa|dad|father)|for\s+(?:both|my|the|al|each\s+of\s+my)\s+(?:kids|children|sons|daughters|boys|girls)))",  # "te", "for both kids" round 46  # "skrevi", "skreiv" round 53 (batches 70-71)  # "to mama" round 65
        # round 38: "Brevet te jenta mi ligg på kjøkkenbordet"; round 78 (batch 121): "brevene til barna ligger i skrivebordet" (the desk or a named drawer too;
        # an indirect sign: only with another)
        r" (?:brevet|brevene|brevane|brevi|konvolutten)\s+(?:til|te)\s+(?:\w+\s+){0,2}(?:ligger|ligg|er|e)\s+(?:(?:pa|i)\s+(?:kjokenbordet|bordet|skufen|skufa|senga|sengen|kommoden|nateborde\w*|skrivebord\w*|\w+skufa|\w+skufen"
        r"|(?:overste|ovste|ovarste|nederste|midterste)\s+skuf\w*)|under\s+(?:puta|puten|hodeputa|hodeputen))\b",  # "under puta mi" round 74 (batch 113); round 85 (batch 134): "i øverste skuff" (a drawer named by where it is)
        # round 85 (batch 134): the Sea Sami man's "eadni ska få brevet" (someone close, by kin or in Sámi, is to get the letter; only with another sign; not a letter
        # from an office or sent by post, nor for Christmas, a birthday or a present, nor got back, nor "når hun kommer hjem")
        _NOT_A_LETTER_FOR_A_FEAST + r"(?!.*\s(?:posten|post|postkas\w*|frimerk\w*|nav|kommunen|banken|skatteetaten|utleier\w*|lege\w*|gave\w*|soknad\w*)\b)"
        r".*\s(?P<hit>(?:eadni|eatni|ahcci|ahkku|mamma|mama|mora|mor|pappa|papa|faren|far|kona|mannen|samboer\w*|sonen|dattera|ungene|ungane|barna|borna|broren|bror|sostera|soster|hooyo|ade|amma|ammi|anne|mamusia)"
        r"\s+(?:min\s+|mi\s+|mitt\s+)?(?:skal|ska|sku|far|fa)\s+(?:fa\s+)?(?:brevet|brevene|brevane|breva|lappen|konvolutten))\b(?!\s+(?:fra|tilbake|igjen|att|om)\b|\s+nar\s+(?:hun|han|ho|hu|de|dei)\s+(?:kommer|komer|kjem|er|e)\s+(?:hjem|heim)\b)",
        # round 47 (batch 59): "har skrevet det ned og lagt det i skuffen"
        r" (?:skrevet|skreve|skrevi|skrev|wrote|written)\s+(?:det|dette|it|this|alt|everything)\s+(?:ned|down)\b.*\s(?:la|lagt|lagd|put|left)\s+(?:det|den|dem|dei|it|them)\s+(?:i|in|pa|on|under)\s+(?:skuffen|skuffa|skuva|kjokkenbordet|bordet|the\s+drawer|the\s+table)\b",
        # round 50 (batch 65): "e har skrivi ferdig testamentet"
        r" (?:skrivi|skreiv|skrevet|skrive|skrev|skreve)\s+ferdig\s+(?:et\s+|eit\s+|mitt\s+)?testament\w*| (?:skrivi|skreiv)\s+(?:et\s+|eit\s+|mitt\s+)?testament\w*",
        # round 51 (batch 66): letters to two of one's own ("skreve brev te hu og te mor"; not to the kommune or another office)
        rf"{_NOT_A_LETTER_FOR_A_FEAST}.*?\s(?P<hit>(?:skrevet|skreve|skrevi|skrivi|skrev|skreiv|skrive|skriver|wrote|written)\s+(?:et\s+|eit\s+|ei\s+)?(?:brev|letters?)\s+(?:til|te|to)\s+"
        r"(?!(?:kommunen|nav|banken|skatteetaten|utleier\w*|huseier\w*|legen|skolen|the|a|an)\b)\w+\s+(?:og|and)\s+(?:til|te|to)\s+(?:\w+\s+)?"
        r"(?:mor|far|mamma|pappa|mum|mom|dad|mother|father|bror|broren|brother|soster|sostera|sister|ungene|barna|ungane|borna|kona|mannen|wife|husband|son|sonen|datter|dattera|daughter)\b)",
        # round 52 (batch 69): "ive left letters for the kids" (not for a veileder, a landlord, a teacher or an office)
        r" (?:left|leaving|leave)\s+(?:a\s+|some\s+)?(?:letters?|notes?)\s+for\s+(?:the\s+kids|the\s+children|the\s+family|everyone|both\s+of\s+them|each\s+of\s+(?:them|my\s+\w+)"
        r"|my\s+(?!(?:landlord|boss|veileder|doctor|teacher|lawyer|employer|manager|case|neighbour|neighbor|colleague)\w*\b)\w+)\b",
        # round 54 (batches 72-73): Swedish "skrivit brev till min fru", "eit brev te kvar av dei", "ein lapp t mamma"
        r" (?:skrivit|skrev|skriver)\s+(?:ett\s+|et\s+)?(?:brev|avskedsbrev)\s+(?:till|til)\s+(?:min|mina|mitt)\s+(?:fru|man|barn|son|dotter|mamma|pappa|mor|far|bror|syster|familj)\b",
        r" (?:skrevet|skreve|skrevi|skreiv|skrev|skrive|wrote|written)\s+(?:et\s+|eit\s+|ei\s+|ein\s+|en\s+|a\s+)?(?:brev|lap|letter|note)\s+(?:til|te|to|for)\s+(?:hver|kvar|kver|each)\s+(?:av|of|enkelt)\s+"
        # round 90 (batch 155): "skrevet et brev til hver av guttene" (the boys or the girls)
        r"(?:dei|dem|de|them|ungane|ungene|barna|borna|guttene|guttane|gutta|jentene|jentane|the\s+kids|my\s+\w+|pilaigal|pilaikal|kuzhanthaigal|kulanthaigal|copi|copii)\b",  # Tamil "pillaigal", Romanian "copiii" round 76 (batch 117)
        r" (?:skrevet|skreve|skrevi|skreiv|skrev|skrive|wrote|written)\s+(?:et|eit|ein|en|ei|a)\s+(?:lap|lapen|note)\s+(?:til|te|t|to|for)\s+"
        r"(?:mamma|pappa|papa|mor|far|mum|mom|dad|kona|mannen|bror|broren|soster|sostera|ungene|ungane|barna|borna|familien|kjaresten)\b(?!(?:\s+\w+){0,2}\s+(?:om|about)\b)",
        # round 55 (batch 75): "skrevet sånn brev til mamma" (such a letter; the same exclusion of a note about something)
        r" (?:skrevet|skreve|skrevi|skreiv|skrev|skrive|wrote|written)\s+(?:sann|sant|slik|slikt|sik|such\s+a|one\s+of\s+those|that\s+kind\s+of)\s+(?:\w+\s+)?(?:brev|lap|letter|note)\s+(?:til|te|t|to|for)\s+"
        r"(?:mamma|pappa|papa|mor|far|mum|mom|dad|kona|mannen|bror|broren|soster|sostera|ungene|ungane|barna|borna|familien|kjaresten|my\s+\w+)\b(?!(?:\s+\w+){0,2}\s+(?:om|about)\b)",
        # round 57 (batches 78-79): the letter written ("brev skrevet til kone"), and sent by a friend "hvis jeg ikke ringer han i morgen"
        r" brev\s+(?:er\s+)?(?:skrevet|skrive|skreve|skrivi)\s+(?:til|te)\s+(?:min\s+|mi\s+)?(?:kone|kona|mann|mannen|mor|far|mamma|pappa|barna|ungene|ungane|borna|sonen|son|dattera|datter|familien|familie|bror|broren|soster|sostera|kjaerest\w*|samboer\w*)\b",
        rf"^(?=.*\s(?:brev\w*|letters?|lap|lapen|note)\b).*\s(?:sender|sende|send|sends|poster|posts|gir|gives|leverer|delivers)\s+(?:det|den|dem|dei|brevet|brevene|brevane|it|them|the\s+letters?)\s+(?:\w+\s+)?(?:hvis|viss|om|dersom|if)\s+"
        rf"(?:jeg|je|eg|ae|e|i)\s+(?:{NOT}|dont|do\s+not|havent|have\s+not)\s+(?:ringer|ring|ringe|svarer|svarar|call|calls|answer|melder|har\s+ringt|called)\b",
        # round 61 (batches 86-87): letters written to the family and to the wife or the children (not at Christmas, for a birthday, to UDI or an embassy);
        # to the grandchildren (round 62, the same guards)
        r"^(?!.*\s(?:jul\w*|christmas|bursdag\w*|birthday|konfirmasjon\w*|brylup\w*|wedding|nytar\w*|eid|pen\w*\s*ven\w*)\b).*\s(?:skrevet|skrive|skreve|skrev|skreiv|skrivi|written|wrote)\s+(?:et\s+|eit\s+|ei\s+)?(?:brev|letters?)\s+(?:til|te|to)\s+(?:mine\s+|my\s+)?(?:barnebarn\w*|grandchildren|grandkids|grandson|granddaughter)\b",
        r"^(?!.*\s(?:jul\w*|christmas|bursdag\w*|birthday|udi|visum|visa|\w*gjenforen\w*|ambasad\w*|embasy|soknad\w*|invitasjon\w*|brylup\w*|wedding|nytar\w*|eid)\b).*\s(?:skrevet|skrive|skreve|skrev|skreiv|skrivi|written|wrote)\s+(?:et\s+|eit\s+)?(?:brev|letters?)\s+(?:til|te|to)\s+(?:min\s+|mi\s+|my\s+|hele\s+|heile\s+)?(?:familie\w*|family|foreldr\w*|parents)\b.*\s(?:og|and)\s+(?:til|te|to)\s+(?:min\s+|mi\s+|my\s+)?(?:kone|kona|mann|mannen|wife|husband|barna|ungene|children|kids|samboer\w*)\b",
        # round 70 (batch 104): a letter to a child to be given on a coming birthday ("... hun skal få det på 18-årsdagen sin"); letters to the
        # children one by one ("har skrevet brev til pillaikal, en til sønnen og en til datteren")
        r" (?:skrevet|skreve|skrev|skreiv|skrive|written|wrote)\s+(?:et\s+|eit\s+)?brev\s+(?:til|te)\s+\w+\b.*\s(?:skal|ska)\s+(?:fa|faa)\s+(?:det|den|dem|dei)\s+(?:pa|til|te)\s+(?:\d+\s*)?arsdagen\b",
        r" (?:skrevet|skreve|skrev|skreiv|written|wrote)\s+(?:brev|letters)\s+(?:til|te|to)\s+(?:barna|ungene|ungane|ongane|borna|pilaikal|kidsa|the\s+kids|my\s+kids)\b(?:\s+\w+){0,2}?\s+(?:en|ei|ett|eit|one)\s+(?:til|te|to)\s+(?:sonen|sonnen|guten|gutten|son|dattera|datteren|jenta)\b",
        # round 72 (batch 109): "i write letter to mano vaikai" (Lithuanian: my children) in broken English, the present tense (not at Christmas,
        # for a birthday or a wedding)
        _NOT_A_LETTER_FOR_A_FEAST + r".*?\s(?P<hit>(?:write|writing|wrote|written)\s+(?:a\s+)?(?:letters?)\s+(?:to|for)\s+(?:mano\s+vaikai|mano\s+vaikams|my\s+(?:kids|children|sons|daughters|son|daughter)|the\s+kids))\b",

        # round 86 (batch 137): "saman med eit brev til kvar av ungane" (a letter to each of the children; not for a feast, the round 66 guard)
        _NOT_A_LETTER_FOR_A_FEAST + r".*\s(?P<hit>(?:brev|brevet|letter|letters)\s+(?:til|te|to|for)\s+(?:kvar|kver|hver|hvert|kvart|each|alle|ale|all)\s+(?:av|of)\s+(?:ungane|ungene|ungan|barna|borna|my\s+children|my\s+kids|the\s+kids))\b",
    ),
    _sign(
        "sier at det snart skjer",
        # round 91 (batch 157): "etter fredag treng dokk ikkje ringe meg meir. då er eg ferdig med alt saman" (then done with all of it, "alt saman" as the last words, which the
        # older "så er jeg ferdig med alt" pattern keeps out; only with another sign; not a task, the shared guard, nor a thing handed in: "leverer oppgava på fredag, då er eg
        # ferdig med alt saman")
        _unless_any(_A_TASK_TO_BE_DONE_WITH + r"|oppgav\w*|lever\w*")
        + r".*\s(?P<hit>(?:da|sa|so)\s+(?:er|e|blir)\s+(?:jeg|je|eg|e|ae)\s+ferdig\s+med\s+alt\s+(?:saman|sammen))\s*$",
        # round 91 (batch 156): "Jeg tror ikke jeg er her lenger når dere ringer på fredag" (not here any more when NAV calls; only with another sign; not a trip, nor one who
        # moves, travels, is on a course, at work or in hospital: "jeg flytter til Bergen på torsdag, tror ikke jeg er her lenger når dere ringer")
        _NOT_PACKING_FOR_A_TRIP + _unless_any(r"(?:jeg|je|eg|ae|e|vi|me)\s+(?:\w+\s+)?(?:flytter|flyttar|flytte|flyttet|flytta|reiser|drar|skal\s+pa|er\s+pa|blir\s+innlagt)|kurs\w*|jobb\w*|sykehus\w*|sjukehus\w*|ferie\w*")
        + r".*\s(?P<hit>(?:tror|trur|tenker|tenkjer)\s+(?:ikke|ikkje|itj)\s+(?:at\s+)?(?:jeg|eg|ae|e)\s+(?:er|e|blir|vil\s+vaere|vil\s+vere)\s+(?:her|har)\s+(?:lenger|lengre|lengjer|meir|mer)\s+"
        r"(?:nar|til|te|innen)\s+(?:dere|dokker|dokk|dykk|du|nav|veilederen|veiledaren)\s+(?:ringer|ringe|ring|ringjer|kommer|kjem|horer|hoyrer))\b",
        # round 90 (batch 152): "snart ferdig med alt. ha det nav" (soon done with everything, nothing named after it; only with another sign; not a course, school, papers,
        # a move, packing or tidying: "snart ferdig med alt på kurset", "snart ferdig med alt av flyttinga")
        _unless_any(_A_TASK_TO_BE_DONE_WITH)
        + r".*\s(?P<hit>(?:snart|nesten|straks|soon|almost)\s+(?:ferdig|done|finished)\s+med\s+(?:alt|alting|everything))\b(?!\s+(?:pa|i|til|te|for|som|av|med|her|der|at|on|in)\b)",
        # round 89 (batch 149): "ette fredag e æ ferdig. bestemt mæ" (done after a day, nothing named after "ferdig"; only with another sign; not away for work, a course or
        # a move, the shared guard, nor done with something: "ette fredag e æ ferdig med kurset")
        _NOT_AWAY_FROM_HERE + r".*\s(?P<hit>(?:etter|ette|after)\s+(?:\w+dag|helga|helgen|jul|i\s+kveld|i\s+dag)\s+(?:er|e|blir|am)\s+(?:jeg|je|eg|e|ae|i)\s+ferdig)\b(?!\s+(?:med|m|pa|i|with|at|til|te)\b)",
        # round 89 (batches 150-151): "da e alt i orden til de kommer og finner meg", "den som finn meg skal ikkje trenga å rydda etter meg" (someone who will come and find
        # one; only with another sign; not hide-and-seek, a game or a fall waited out: "gjemmer meg i skapet til de kommer og finner meg", "ligg på golvet til dei kjem og finn meg";
        # not "til de som finner meg", the letter left for them, which the letter sign has: "har lagt et brev på kjøkkenbordet til de som finner meg")
        _unless_any(r"gjem\w*|gomsel\w*|gjemsel\w*|leik\w*|lek|leker|hide\w*|spil\w*|game\w*|ungane|ungene|barna|ramla|ramlet|falt|datt|golvet|gulvet|floor|haha\w*|lol")
        + r".*\s(?P<hit>(?:(?:til|nar|before|when|until)\s+(?:de|dei|dokker|noen|nokon|non|nan|they|someone|politiet|police)\s+(?:kommer|kjem|come|comes)\s+(?:og|and)\s+(?:finner|finn|find|finds)"
        r"|(?<!til\s)(?<!te\s)(?<!for\s)(?<!to\s)(?:den|dei|de)\s+som\s+(?:finner|finn)|whoever\s+finds)\s+(?:meg|mae|me))\b(?!\s+(?:pa|i|ved|at|in|etter|after|her|der|en|ei|eit|ein|a)\b)",
        # round 93 (batch 167): "tenkte du skulle vite det før nokon finn meg" (before someone finds one, as the last words; only with another sign; the same guards)
        _unless_any(r"gjem\w*|gomsel\w*|gjemsel\w*|leik\w*|lek|leker|hide\w*|spil\w*|game\w*|ungane|ungene|barna|ramla|ramlet|falt|datt|golvet|gulvet|floor|haha\w*|lol")
        + r".*\s(?P<hit>(?:for|before)\s+(?:noen|nokon|nan|non|someone|somebody|anyone)\s+(?:finner|finn|find|finds)\s+(?:meg|mae|me))\s*$",
        # round 94 (batch 169): "har lagt et brev te mor på kjøkkenbordet. ho finn det i mårra" (someone close finds it tomorrow, as the last words; only with another sign;
        # not a feast, a surprise or a present, the shared guards, nor Easter eggs, a key, a parcel, dinner or shopping: "dem finn påskeeggan i mårra")
        r"^(?=.*\s(?:finner|finn)\s)"  # the rare words first: the check is cheaper so
        + _NOT_A_LETTER_FOR_A_FEAST + _unless_any(_A_SURPRISE_OR_A_PARTY + r"|pask\w*|egg\w*|skat\w*|nokel\w*|nokl\w*|pakk\w*|middag\w*|mat|handl\w*|oppskrift\w*")
        + r".*\s(?P<hit>(?:hun|ho|hu|han|de|dei|dem|mamma|mama|mor|mora|pappa|far|kona|mannen)\s+(?:finner|finn)\s+(?:det|den|dem|dei|brevet)\s+"
        r"(?:i\s+morgen|i\s+morgon|i\s+mora|i\s+marra|imora|imorgen|imarra|i\s+morgon\s+tidleg|i\s+morgen\s+tidlig))\s*$",
        # round 88 (batch 147): "dette blir min siste vinter her på småbruket" (one's last winter, Christmas or summer; only with another sign; not a farm or a house sold, a move,
        # a trip or a job: "dette blir min siste vinter her på småbruket, vi sel og flyttar i leilegheit")
        _NOT_A_MOVE_OR_A_SALE
        + r".*\s(?P<hit>(?:dette|det|this)\s+(?:blir|er|e|vert|will\s+be|is)\s+(?:min|mi|my)\s+(?:siste|sista|last)\s+(?:vinter|vinteren|jul|julen|jula|sommer|sommeren|haust|host|var|varen|christmas|winter|summer))\b",
        # round 88 (batch 147): "rydda alt. no e det berre meg att" (everything cleared, and only oneself left now as the last words; only with another sign; not the last one
        # at work, a party or home alone: "rydda etter festen, no e det berre meg att")
        _unless_any(r"jobb\w*|work\w*|vakt\w*|skift\w*|kontor\w*|kurs\w*|fest\w*|heim\w*|hjem\w*|ferie\w*|tur|turen|kveld\w*")
        + r"(?=.*\s(?:rydda|ryddet|rydde|rydder|tomt|tomte|pakka|pakket|sletta|slettet|cleared|emptied)\b)"
        r".*\s(?P<hit>(?:na|no|nu|now)\s+(?:er|e|is)\s+(?:det|d|it)\s+(?:bare|berre|just|only)\s+(?:meg|mae|me)\s+(?:att|igjen|left))\s*$",
        # round 77 (batches 118-119): "etter fredag jeg trenger ikke noe", "trenger ikke nåe mer efter søndag" (nothing needed after a day; only with another
        # sign); "når de sover i kveld jeg skal ikke være her mer" (not here any more tonight); "snart ferdig alt" as the last words
        rf" (?P<hit>(?:etter|efter|after)\s+(?:\w+dag|helga|helgen|\w+day)\s+(?:(?:jeg|je|eg|ae|i)\s+)?(?:trenger|treng)\s+(?:(?:jeg|je|eg|ae|i)\s+)?(?:dem\s+|dei\s+)?{NOT}\s+(?:no|noe|nae|noko|mer|meir|lenger|anything)"
        rf"|(?:trenger|treng)\s+{NOT}\s+(?:(?:no|noe|nae|noko)\s+)?(?:(?:mer|meir|lenger)\s+)?(?:etter|efter|after)\s+(?:\w+dag|helga|helgen|\w+day)"
        # round 79 (batch 122): "jeg trenger ingenting etter fredag" (nothing at all after a day; not "ingenting før", "ingenting mer fra dere i dag")
        r"|(?:jeg|je|eg|ae|i)\s+(?:trenger|treng)\s+ingenting\s+(?:etter|efter|after)\s+(?:\w+dag|helga|helgen|\w+day))\b",
        # round 79 (batch 122): "passorda te alt ligger i en konvolutt ... greit å ha etter søndag" (handy to have after a day, said of things left; only with
        # another sign; not with a meeting, a holiday or a trip named)
        r"^(?!.*\s(?:mote\w*|ferie\w*|reis\w*|tur|turen|hyt\w*|kurs\w*|holiday|trip|meeting)\b)"
        r".*\s(?P<hit>(?:greit|godt|lurt|fint|kjekt|nyttig|handy|good)\s+(?:a|to)\s+(?:ha|have)\s+(?:etter|efter|after)\s+(?:\w+dag|helga|helgen|\w+day|this\s+weekend))\b",
        rf" (?P<hit>(?:i\s+kveld|i\s+natt|i\s+nat|tonight)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:skal|ska|vil|will)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?{NOT}\s+(?:vaere|vere|vera|be)\s+her\s+(?:mer|meir|lenger|anymore))\b",
        r" (?P<hit>snart\s+ferdig\s+(?:med\s+)?(?:alt|everything))\s*$",
        # round 92 (batch 160): "After my last shift at the fish plant on Friday I'm done, for good." (done for good, with no thing after it; only with another sign; not done
        # with, at or from a thing: "I'm done for good with smoking", "after Friday I'm done for good at the fish plant")
        r" (?P<hit>(?:i\s+am|im|i\s+m)\s+(?:so\s+|just\s+)?(?:done|finished|through)\s+for\s+good)\b(?!\s+(?:with|at|from|in|on|there|here|of|now)\b)",
        # round 78 (batch 120): "skrev alle passordene ... hun skjønner ikke hvorfor. hun får vite det etter helga" (someone who will learn why after a day; only
        # with another sign; not a reply, a decision or a result waited for)
        r"^(?!.*\s(?:svar\w*|vedtak\w*|resultat\w*|beskjed\w*|soknad\w*|avgjor\w*|prove\w*|test\w*|lonn\w*|utbetal\w*)\b)"
        r".*?\s(?P<hit>(?:hun|han|ho|hu|de|dei|dem|dom|she|he|they)\s+(?:far|fa|fer|will\s+know|will\s+find\s+out)\s+(?:vite\s+)?(?:det|hvorfor|kvifor|why|it)\s+(?:nok\s+)?(?:etter|efter|after)\s+(?:\w+dag|helga|helgen|\w+day|the\s+weekend))\b",
        # round 76 (batch 117): "når amma finner dem etter fredag så forstår hun" (the letters found after a day, and then understood); "etter søndag trenger de
        # ikke tenke på meg lenger" (after a day nobody need think of one any more; only with another sign)
        r" (?P<hit>(?:nar|nor|when)\s+(?:\w+\s+){1,2}?(?:finner|finn|finds|leser|les|reads)\s+(?:dem|dei|de|brevet|brevene|brevane|them|it)\s+(?:etter|after)\s+(?:\w+dag|helga|helgen|\w+day|the\s+weekend)\s+(?:sa\s+)?(?:forstar|skjoner|wil\s+understand|understands))\b",
        # round 92 (batch 161): "etter fredag treng dokker itj tenk på mæ meir" (Trøndersk "tenk")
        rf" (?P<hit>(?:etter|after)\s+(?:\w+dag|helga|helgen|\w+day|the\s+weekend)\s+(?:trenger|treng|trengs)\s+(?:de|dei|dere|dokker|dykk|du|hun|han|ho|ingen|noen|nokon)\s+{NOT}\s+(?:a\s+)?(?:tenke|tenkje|tenk|bekymre|uroe|bry)\s+(?:seg\s+|dere\s+|deg\s+)?(?:pa|om|for|over)\s+(?:meg|mae)\s+(?:lenger|lengre|mer|meir))\b",
        # round 76 (batch 116): "skal ut på isen på vatnet i kveld" (out on the ice tonight; not ice fishing, skating, skiing or a bath; only with another sign)
        _NOT_ICE_FISHING + r".*?\s(?P<hit>(?:skal|ska|vil|gar|ga)\s+ut\s+pa\s+isen\s+(?:pa\s+\w+\s+)?(?:i\s+kveld|i\s+natt|i\s+nat|tonight))\b",
        # round 62 (batch 89): "jeg ferdig med alt etter fredag" (the subject left out round 63) (not work, a course, a move, an exam, school or packing)
        r"^(?!.*\s(?:jobb\w*|kurs\w*|flyt\w*|eksamen\w*|skole\w*|skule\w*|paking|pak\w*|vask\w*|prosjekt\w*|work|job)\b).*\s(?:(?:(?:jeg|je|eg|ae|i)\s+(?:er\s+|e\s+|am\s+)?)?ferdig\s+med\s+(?:alt|everything)\s+(?:etter|after)\s+(?:fredag|mandag|tirsdag|onsdag|torsdag|lordag|sondag|helga|helgen|friday)\b"
        r"|(?:er|e|am)\s+ferdig\s+(?:etter|after)\s+(?:fredag|mandag|tirsdag|onsdag|torsdag|lordag|sondag|helga|helgen|friday|sunday)\s*$)",  # round 75 (batch 114): "... e ferdig etter søndag" as the last words
        r" (?:na|no)\s+(?:er|e)\s+(?:jeg|eg|ae|e)\s+(?:klar|ferdig)\s*$",
        r"(?<!\sdet)(?<!\sde)(?<!\sd)(?<!\ssom) (?:(?:jeg|eg|ae|e)\s+)?(?:er|e)\s+ferdig\s+med\s+alt\s*$",  # the pronoun left out ("... og fylla, e ferdig med alt") round 73 (batch 110)
        # round 52 (batch 68): "jeg er ferdig nå, c'est fini" at the end of a message (not "ferdig med CV-en", nor a course that is over)
        r" (?:jeg|je|eg|ae|e)\s+(?:er|e)\s+ferdig\s+(?:na|no)\s+(?:cest\s+fini|its\s+over|it\s+is\s+over|det\s+er\s+over|de\s+e\s+over|det\s+er\s+slutt|de\s+e\s+slutt)\s*$",
        # round 22: "jeg er ferdig med alt ass", "det e nok nå", "ute av statistikken deres før jul"
        r" (?:jeg|eg|ae|e)\s+(?:er|e)\s+ferdig\s+med\s+alt\s+(?:as|asa|altsa|na|no|lol)\b",
        # round 80 (batch 125): Swedish "sen är jag färdig. med allt alltså" (the word order after "sen", "då", "nu"; only with another sign)
        r" (?P<hit>(?:jag\s+aer|aer\s+jag|jeg\s+er)\s+(?:faerdig|ferdig)\s+med\s+alt\s+(?:altsa|asa|as|nu|na|lol))\b",
        r" (?:det|de)\s+(?:er|e)\s+nok\s+(?:na|no)\s*(?:$|as|asa|altsa)",
        # round 81 (batch 126): "ska ikkje på sjøen meir. ikkje på nokka meir" (not to sea any more, then not to anything; only with another sign, such as the
        # nets given away)
        rf" (?P<hit>(?:skal|ska|sku)\s+{NOT}\s+(?:pa|ut\s+pa|ut\s+i)\s+(?:sjoen|havet|fjorden|fjellet|feltet)\s+(?:mer|meir|lenger)\b.*\s{NOT}\s+(?:pa|til|te)\s+(?:noka|nokka|noe|no|noko|nake|nakka|anything)\s+(?:mer|meir))\b"
        r"(?!\s+(?:i\s+ar|i\s+vinter|i\s+haust|i\s+host|i\s+sommer|for\s+\w+|til\s+\w+|te\s+\w+|denne\s+\w+|this|before|until)\b)",  # found on review: not for a season or until a time
        # round 81 (batch 127): "im done bro. no more." opening the message (only with another sign; not done with a thing named after it)
        r"^ (?P<hit>(?:i\s+am|im|i\s+m)\s+(?:so\s+|just\s+)?done\s+(?:(?:bro|brah|bruh|man|mate|dude|as|asa)\s+)?no\s+more)\b(?!\s+(?:of|for|with|\w*kurs\w*|course\w*|\w*jobb\w*|job\w*|work\w*|overtime|shift\w*|meting\w*|\w*mote\w*|today|tonight|i\s+dag|pizza|beer|ol)\b)",
        r"^ (?:khalas|xalas)\s+(?:enough|nok|no\s+more|basta)\b",  # round 51: "khalas, enough" opening the message (not "khalas, finished the CV")
        r" (?:ute\s+av|borte\s+fra)\s+(?:statistikken|statistikk\w*)\b",
        r" (?:det|de)\s+(?:er|e)\s+(?:morkt|mork|svart)\s+(?:na|no|igjen|att)\b",
        # round 16
        r" (?:har|ha)\s+gjort\s+det\s+(?:jeg|eg|ae|e)\s+(?:skulle|sku|skul|sko)\b",
        r" (?:(?:jeg|eg|ae|e)\s+)?har\s+bestemt\s+(?:meg|mae)\b(?!\s+(?:for|at|om|na\s+for)\b)",
        r" (?:na|no)\s+(?:er|e)\s+det\s+(?:gjort|klart)\s*$",
        r" (?:i\s+am|im)\s+ready\s+now\s*$",
        r" (?:i\s+am|im)\s+at\s+peace\s+(?:with\s+(?:it|this|that|my\s+decision)|now)\b",  # round 21
        r" bestemt\s+(?:meg|mae)\s+for(?:\s+(?:i\s+kveld|i\s+nat|tonight))?\s*$",  # "... for i natt" round 63
        r" (?:snart|i\s+kveld|i\s+nat)\s+(?:er|e)\s+(?:jeg|eg|ae|e)\s+borte\b",
        r" (?:snart|i\s+kveld|i\s+nat)\s+(?:er|e)\s+det\s+(?:over|slut)\b",
        r" (?:na|no)\s+(?:er|e)\s+det\s+(?:over|slutt)\s+for\s+(?:min\s+del|meg|mae)\b(?!\s+med\b)",  # not "... med arbeidstreninga" (round 28)
        r" (?:jeg|eg|ae|e)\s+(?:er|e)\s+(?:ike|ikje|itj)\s+her\s+(?:da|lenger|mer|meir)\b",
        # round 81 (batches 126-127): "etter søndag jeg ikke her mer" (the verb left out in broken Norwegian), "Etter fredag e æ itj her meir" (the word order after a
        # day named); only with another sign; not a move, work, a course, studies, a holiday, a trip or a stay in hospital, nor going to a place or someone
        # (found on review: "takk for alt ... etter søndag er jeg ikke her mer, skal bo hos kjæresten", "ska te Spania")
        _unless_any(_AWAY_FOR_A_MOVE_WORK_OR_A_COURSE + r"|tiltak\w*|praksis\w*|studer\w*|studi\w*|universitet\w*|ferie\w*|reis\w*|utland\w*|permisjon\w*"
                    r"|sykehus\w*|sjukehus\w*|hyt\w*|(?:skal|ska|sku|drar|dreg|flyr|kjorer)\s+(?:\w+\s+)?(?:til|te|hjem|heim|bo)")
        + rf".*?\s(?P<hit>(?:etter|efter|after)\s+(?:\w+dag|helga|helgen|\w+day)\s+(?:(?:er|e)\s+)?(?:jeg|je|eg|ae|e|i)\s+(?:(?:er|e|am)\s+)?{NOT}\s+her\s+(?:mer|meir|lenger|anymore))\b",
        r" (?:bare|berre)\s+a\s+vente\s+(?:til|te)\s+(?:kvelden|kveld|natta|i\s+kveld)\b",
        r" (?:jeg|eg|ae|e)\s+(?:gjor|gjer)\s+det\s+(?:i\s+kveld|i\s+nat|i\s+natt|tonight)\b",
        r" (?:etterpa|etter\s+det)\s+blir\s+det\s+(?:ikke|ikkje|ingen)\s+(?:flere|fleire|mer|meir)\b",
        r" (?:tenker|tenkjer)\s+(?:bare\s+|berre\s+)?pa\s+(?:hvordan|korleis|kordan)\s+(?:jeg|eg)\s+(?:skal\s+)?(?:gjore|gjere)\s+(?:det|dete)\s*$",
        # round 38: "da merker ingen noe før mandag", "før æ e borte", "Vatnet er kaldt no ..., så det går fort"
        r" for\s+(?:jeg|eg|ae|e)\s+(?:er|e)\s+borte\b(?!\s+(?:pa|i|fra|til|te|en|ei|ein|noen|nokre)\b)",
        r" (?:vatnet|vannet|sjoen|elva|havet|fjorden)\s+(?:er|e)\s+(?:\w+\s+)?(?:kaldt|kald|svart|morkt|djupt|dypt)\b.*\s(?:gar|gjeng|gjer)\s+(?:det\s+)?fort\b",
        # round 39: "veit ikkje om eg køyrer heim att i kveld", "etter i kveld trenger jeg ikke mer hjelp",
        # "jeg trenger ikke lenger" ending the message, a dead wife "lørdag jeg kommer til henne"
        r" (?:vet|veit)\s+(?:ikke|ikje|itj)\s+om\s+(?:jeg|eg|ae|e)\s+(?:kjorer|koyrer|kjoyrer|kommer|kjem|gar|drar|komer)\s+(?:heim|hjem|hjemover|heimatt)\s+(?:att|igjen|igjen\s+i\s+kveld|i\s+kveld|i\s+nat)\b",
        # round 94 (batch 170): "etter i kveld jeg trenger ikke hjelp mer" (the word order of broken Norwegian); not help with a thing after it ("... hjelp mer med cv-en")
        r" etter\s+(?:i\s+kveld|i\s+nat|i\s+dag|helga|helgen|\w+dag)\s+(?:(?:trenger|treng)\s+(?:jeg|eg|ae|e)|(?:jeg|eg|ae|e)\s+(?:trenger|treng))\s+(?:ikke|ikje|itj)\s+(?:mer\s+|meir\s+|lenger\s+)?"
        r"(?:hjelp|noe|noko|dere|dokker|nav)\b(?!\s+(?:mer\s+|meir\s+|lenger\s+)?(?:med|with|til|te)\b)",
        r" (?:jeg|eg|ae|e)\s+(?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:lenger|lengre|mer|meir)\s*$",
        # round 84 (batch 132): Filipino English "I dont think I need anything after tonight" (nothing needed after tonight or a day named; only with another sign;
        # not a job, a course, papers or a payment sorted, a trip or a move named)
        _unless_any(r"jobb\w*|job|jobs|work\w*|kurs\w*|course|clas|school|papers|papir\w*|sorted|fixed|ordnet|ordna|payment|utbetal\w*|flight|fly|moving|flytt\w*|trip|ferie\w*|holiday|vacation")
        + r".*?\s(?P<hit>(?:i\s+)?(?:dont|do\s+not|wont|wil\s+not)\s+(?:think\s+(?:i\s+)?|believe\s+(?:i\s+)?)?(?:ned|need)\s+(?:anything|nothing|help|any\s+help|you|money)\s+(?:more\s+)?(?:after|from)\s+(?:tonight|tomorow|tomorrow|this\s+weekend|\w+day))\b",
        r"^(?=.*\s(?:dode|dod|dodde|doydde|died|begravd|grava|graven)\b).*\s(?:jeg|eg|ae|e)\s+(?:kommer|kjem|kome|komer)\s+(?:snart\s+)?(?:til|te)\s+(?:henne|ham|han|ho|dem|dei)\b(?!\s+(?:pa|i|med|for|og)\b)",
        r"(?<!nar)(?<!etter)(?<!til)(?<!nar at) (?:jeg|eg|ae|e)\s+(?:er|e)\s+ferdig\s+(?:yani|asa|altsa|as|na|no|nu|now)?\s*$",
        # round 84 (batch 132): "etter denne helgen jeg er ferdig, ikke mer darbas, ikke mer noe" (done after a weekend or a day, and "nothing more" as the last words;
        # only with another sign; not "ferdig med" something, school, a course, an exam, a job or retirement, nor a cheer)
        r"^(?!.*\s(?:skole\w*|skule\w*|kurs\w*|eksamen\w*|exam\w*|jobb\w*|work|pensjon\w*|retir\w*|ferie\w*|jippi|hurra|endelig|finally|haha\w*|glad|gleder|gler)\b)"
        r".*\s(?P<hit>(?:etter|ette|after)\s+(?:denne\s+|this\s+)?(?:helgen|helga|weekend|\w+dag)\s+(?:jeg\s+er|er\s+jeg|je\s+er|eg\s+er|ae\s+e|e\s+e|i\s+am)\s+(?:ferdig|done|finished)\b(?!\s+(?:med|with|pa|i|hos|at)\b)"
        r"(?:\s+\w+){0,6}?\s+(?:ikke|ikje|itj|no)\s+(?:mer|meir|more)\s+(?:noe|noko|nake|nothing|anything))\s*$",
        # round 83 (batch 130): Jærsk "eg treng ikkje nåke av det lenger" ("nåke"); with the car, the keys or the password left it adds up
        r" (?:jeg|eg|ae|e)\s+(?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:noe|noko|noka|nake|naka)\s+av\s+(?:det|dem|dei|de)\s+(?:mer|meir|lenger)\b",
        r" (?:because|fordi)\s+(?:maybe|kanskje|kansje)\s+(?:tomorow|i\s+morgen|imorgen|i\s+morgon)\s+(?:i|jeg|eg)\s+(?:canot|cant|can\s+not|kan\s+ike|kan\s+ikje)\b",  # round 41
        # round 42 (batch 51): "e kjem itte te å trenge nå meir etter helga", not wanting to drive home again
        rf" (?:kommer|kjem|komer)\s+{NOT}\s+(?:til|te)\s+a\s+(?:trenge|trenga)\s+(?:noe\s+|no\s+|noko\s+|nake\s+|na\s+)?(?:mer|meir)\s+(?:etter|fra)\s+(?:helga|helgen|i\s+dag|i\s+kveld|\w+dag)\b",
        # round 94 (batch 169): "æ kjem itj te å trenge han etter i natt" (a pet or a thing, "him", "her" or "it", not needed after tonight or a day; only with another sign; not
        # while away, on a trip, a move, an allergy or in hospital: "kjem ikkje til å trenge han etter i kveld, han skal på hundepensjonat mens eg er på ferie")
        _NOT_AWAY_FOR_A_WHILE + _NOT_PACKING_FOR_A_TRIP + _unless_any(r"flytt\w*|moving|allerg\w*|sykehus\w*|sjukehus\w*|hospital|pensjonat\w*")
        + rf".*\s(?P<hit>(?:kommer|kjem|komer)\s+{NOT}\s+(?:til|te|t)\s+a\s+(?:trenge|trenga|treng)\s+(?:han|ho|hun|henne|den|dem|dei|{PET_OR_THINGS})\s+(?:etter|after)\s+(?:i\s+natt|i\s+nat|i\s+kveld|i\s+dag|tonight|today|\w+dag))\b",
        # round 83 (batch 130): "trur ikke æ kommer te å trenge leiligheten etter fredag" (the flat not needed after a day named); not with a move,
        # a new place or a job named ("etter fredag flytter jeg til Bodø")
        rf"^(?!.*\s(?:flyt\w*|moving|move|ny|nye|nytt|new|jobb\w*|kontrakt\w*|studie\w*|studer\w*|hos|kjaeresten|samboer\w*|sambuar\w*)\b).*?\s(?P<hit>(?:(?:kommer|kjem|komer)\s+{NOT}|{NOT}\s+(?:\w+\s+)?(?:kommer|kjem|komer))\s+(?:til|te)\s+a\s+(?:trenge|trenga)\s+(?:leiligheten|leiligheta|leilegheita|huset|hybelen|rommet|the\s+flat)\s+(?:etter|fra|after)\s+(?:helga|helgen|\w+dag))\b",
        rf" {NOT}\s+lyst\s+(?:til\s+)?a\s+(?:kjore|koyre|kjyre|dra|reise)\s+(?:heim|hjem)\s+(?:att|igjen)\b",
        # round 43 (batch 53): "hvis jeg dør denne uka"
        r" (?:hvis|viss|om|if)\s+(?:jeg|eg|ae|i)\s+(?:dor|doyr|die|skulle\s+do)\s+(?:denne|this|i)\s+(?:uka|uken|veka|week|helga|helgen|weekend|kveld|natt)\b",
        # round 46 (batch 56): "da har æ bestemt mæ" (the verb first)
        r" (?:da|sa|na|no|so)\s+har\s+(?:jeg|eg|ae|e)\s+bestemt\s+(?:meg|mae)\b(?!\s+(?:for|at|om)\b)",
        # round 47 (batches 58-59): "it's time I went" ending a message, "i kveld det er ferdig for meg", "det blir ikke meg i morra"
        r" (?:its|it\s+is)\s+time\s+(?:i\s+went|i\s+was\s+gone|for\s+me\s+to\s+go)\s*$",
        r" (?:i\s+kveld|i\s+natt|i\s+morgen|imorgen|tonight|snart)\s+(?:er\s+det|det\s+er|det\s+e|e\s+det|de\s+er|de\s+e|is\s+it|it\s+is|its)\s+(?:ferdig|over|slutt|finished)\s+(?:for|with)\s+(?:meg|mae|me)\b(?!\s+(?:pa|i|med|at|on|in|with|hos)\b)",
        rf" (?:det|de|d)\s+(?:blir|vert|bli)\s+{NOT}\s+(?:meg|mae)\s+(?:i\s+morgen|i\s+morra|imorra|i\s+morgon|imorgen)\s*$",
        # round 84 (batch 132): "i morgen er jeg ikke her" as the last words (only with another sign; not with a trip, a move, work or a course named)
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:flytt\w*|moving|jobb\w*|kurs\w*|skole\w*|skule\w*|kontor\w*|tiltak\w*|praksis\w*|mote\w*|timen|avtale\w*)\b)"
        rf".*?\s(?P<hit>(?:i\s+morgen|i\s+morra|imorra|i\s+morgon|imorgen|i\s+mora|imora)\s+(?:er|e)\s+(?:jeg|je|eg|ae|e)\s+{NOT}\s+her)\s*$",
        # round 48 (batches 60-61): "skriver det før je ombestemmer mæ", "tror ikkje æ kjøre heim" as the last words, "hvis æ ikkje
        # svare på nån dager", "ikkje tenk mer på mæ", "you will not reach me again", "mi nuh need di appointment next week"
        r" (?:for|before)\s+(?:jeg|je|eg|ae|e|i)\s+(?:ombestemmer|ombestem|angrer|change\s+my\s+mind|lose\s+my\s+nerve|mister\s+motet)\b",
        r" (?:tror|trur)\s+(?:ikke|ikkje|itj)\s+(?:jeg|eg|ae|e)\s+(?:kjorer|kjore|kjyre|koyrer|kommer|kjem|drar|gar|reiser)\s+(?:hjem|heim)\s*$",
        rf"^(?!.*\s(?:mobil\w*|telefon\w*|batteri\w*|lade\w*|dekning|nett|wifi|ferie\w*|hytt\w*|reise\w*|reiser|tur|holiday|trip|signal|coverage)\b).*\s(?:hvis|viss|om|dersom|if)\s+(?:jeg|je|eg|ae|e|i)\s+{NOT}\s+(?:svarer|svarar|svare|svar|answer|reply|respond)\s+(?:pa|i|for|in)\s+(?:noen|nokre|nan|nokon|et\s+par|eit\s+par|a\s+few|some|flere|fleire|to|tre|a\s+couple\s+of)\s+(?:dager|dagar|days|dogn)\b",
        r" (?:ikke|ikkje|itj|dont|do\s+not)\s+(?:tenk|tenke|tenka|think|worry)\s+(?:mer|meir|more|noe\s+mer|lenger|any\s+more|anymore)\s+(?:pa|about|over)\s+(?:meg|mae|me)\b",
        r"^(?!.*\s(?:number|nummer\w*|nr|email|e\s*post|epost|adres\w*|mail|ferie\w*|holiday|vacation)\b).*\s(?:you|u)\s+(?:will\s+not|wil\s+not|wont|cannot|canot|cant|can\s+not|will\s+never|wil\s+never)\s+(?:be\s+able\s+to\s+)?(?:reach|contact|get\s+hold\s+of|hear\s+from)\s+me\s+(?:again|anymore|any\s+more)\b",
        r"^(?!.*\s(?:nummer\w*|nr|e\s*post|epost|adres\w*|mail|ferie\w*)\b).*\s(?:dere|du|dokker|dykk|de)\s+(?:kan|vil|kommer\s+til\s+a|kjem\s+til\s+a)\s+(?:ikke|ikje|itj|aldri)\s+(?:na|fa\s+tak\s+i|kontakte)\s+(?:meg|mae)\s+(?:igjen|mer|meir|lenger)\b",
        r" (?:mi|i|me)\s+(?:nuh|no|dont|do\s+not|doesnt|wont)\s+(?:need|nid)\s+(?:di|the|my|dat)\s+(?:next\s+)?(?:appointment|meeting|mote|time)\s+(?:next\s+\w+|anymore|any\s+more|again)\b",
        # round 53 (batch 71): "if im still here by then" (not "if I'm here tomorrow": still or alive said)
        r" (?:if|hvis|viss|om|dersom)\s+(?:im|i\s+am|i\s+m|jeg\s+er|je\s+er|eg\s+er|ae\s+e|e\s+e)\s+(?:(?:still|fortsatt|framleis|enda|fremdeles)\s+(?:here|her|alive|i\s+live)|alive|i\s+live)"
        r"\s+(?:by\s+then|then|tomorrow|da|innen\s+da|til\s+da|i\s+morgen)\b",
        # round 54 (batches 72-73): "i am ready to go now" (not "... to the meeting"), "eg blir kje her så lenge" (not a move or a trip), "på
        # fredag når ungane e hos mor så gjer eg det" (a time when the others are away, and "så gjer eg det" as the last words)
        r" (?:i\s+am|im|i\s+m)\s+ready\s+to\s+go\s+now\b(?!\s+(?:to|for|with|and|if|but)\b)",
        r"^(?!.*\s(?:flytt\w*|moving|reis\w*|ferie\w*|holiday|tur|turen|besok\w*)\b).*\s(?:jeg|je|eg|ae|e)\s+(?:blir|vert|er|e)\s+(?:ikke|ikje|itj|ite|kje|ke)\s+her\s+(?:sa|so)\s+lenge\b"
        r"(?!\s+(?:til|te|at|fordi|for|etter|pa|i|som)\b)",
        # round 68 (batch 101): Finnish "(mie) en ole täällä kauan" (I won't be here long), "... enää huomenna" (not on holiday or a trip)
        r"^(?!.*\s(?:loma\w*|matka\w*|reis\w*|ferie\w*|tur|turen|holiday|trip)\b).*\sen\s+(?:ole|o)\s+(?:enaeae\s+)?taeaelae\s+(?:enaeae\s+)?(?:kauan|pitkaeaen|huomena)\b",
        r" (?:pa\s+\w+dag|i\s+kveld|i\s+natt|i\s+helga|i\s+helgen|i\s+morgen|imorgen)\s+(?:nar|mens|when|while)\s+(?:\w+\s+){1,3}(?:er|e|is|are)\s+(?:hos|borte|ute|away|sovna|sovnet|asleep)\b"
        r".*\s(?:sa|da)\s+(?:gjor|gjer)\s+(?:jeg|je|eg|ae|e)\s+det\s*$",
        # round 55 (batch 75): "har bestemt meg for at det skal være over på lørdag" (a day or a time right after it; "... over med drikkinga"
        # is not)
        rf" bestemt\s+(?:meg\s+|mae\s+)?(?:for\s+)?at\s+(?:det|d|de|alt)\s+(?:skal|ska)\s+(?:vaere|vere|vaer|ver|bli|verte)\s+(?:over|slutt|ferdig)\s+(?:pa\s+\w+dag|{TONIGHT})\b",
        # round 57 (batches 78-79): "i morgen er ikke meg her", "by tomorrow morning I will not be here again", "æ blir ikke å være her da" (not a
        # trip, a move, a visit, hospital, work or a course); "kanskje bedre sånn" as the last words; "ferdig med alt" said of oneself (not of
        # a task, nor "... på / i / for"); "har itte tenkt å gå hjem igjen i kveld" (not a party, a night away, the cabin or a trip); "after friday
        # i will not be here" round 60
        rf"^(?!.*\s(?:reis\w*|ferie\w*|holiday|travel\w*|trip|tur|turen|fly|flyet|flight|flytt\w*|moving|besok\w*|visit\w*|sykehus\w*|sjukehus\w*|hospital|jobb\w*|work|(?:kurs\w*|course)\b(?!\s+(?:any\s+more|anymore|lenger|lengre|mer|meir)\b))\b)"  # not a course no longer needed (round 68)
        rf".*\s(?:(?:{TONIGHT}|neste\s+uke|neste\s+veke)\s+(?:er|e)\s+{NOT}\s+(?:meg|jeg|je|eg|ae)\s+her|(?:(?:by\s+)?(?:tomorrow|tonight)|after\s+(?:\w+day|tomorrow|tonight|this\s+weekend))\s+(?:morning\s+|evening\s+|night\s+)?i\s+(?:(?:will\s+not|wont|shall\s+not)\s+be|am\s+not|m\s+not)\s+here"
        rf"|(?:jeg|je|eg|ae|e)\s+(?:blir|vert)\s+{NOT}\s+a\s+{BE}\s+her(?=\s*$|\s+(?:da|lenger|lengre|mer|meir|na|no)\b)"
        # round 69 (batch 103): "eg ska ikkje vere her neste veke, det e bestemt" (as the last words or told as decided)
        rf"|(?:jeg|je|eg|ae|e)\s+(?:skal|ska)\s+{NOT}\s+{BE}\s+her\s+(?:{TONIGHT}|neste\s+uke|neste\s+veke)(?=\s*$|\s+(?:det|d|de)\s+(?:er|e)\s+bestemt\b)"
        # ... and "jeg er ikke her når dere leser dette" (round 69, batch 102)
        rf"|(?:(?:jeg|je|eg|ae|e)\s+(?:er|e)\s+{NOT}\s+her|i\s+(?:wil\s+not\s+be|wont\s+be|am\s+not|m\s+not)\s+here)\s+(?:lenger\s+|mer\s+|meir\s+|anymore\s+)?"
        r"(?:nar|nor|when|by\s+the\s+time)\s+(?:dere|du|dokker|dykk|de|dei|you|u)\s+(?:leser|les|lese|read|reads)\s+(?:dette|this|det|it))\b(?!\s+(?:pa|i|fordi|for|pga|men|pa\s+\w+dag)\b)",
        r" (?:(?:kanskje|kansje|maybe|sikkert|nok)\s+(?:(?:det|d|de)\s+(?:er|e)\s+|er\s+det\s+|its\s+)?|(?:det|d|de)\s+(?:er|e)\s+)(?:bedre|betre|best|better)\s+(?:sann|slik|sik|this\s+way|like\s+this)\s*$",  # "d e best sånn" round 68
        r" (?:(?:jeg|je|eg|ae|e)\s+(?:er|e)\s+|(?:sa|da|na|no)\s+(?:er|e)\s+(?:jeg|je|eg|ae|e)\s+|(?:mer|meir|lenger)\s+)ferdig\s+med\s+alt\b"
        r"(?!\s+(?:pa|i|for|til|te|som|av|sammen|saman|med|det|dette|de|den|(?:na|no)\s+(?:og|sa|kan)|\w*arbeid\w*|papir\w*|\w*skjema\w*|\w*sokn\w*|oppgav\w*|lekse\w*|kurs\w*|eksamen\w*|flytting\w*|vask\w*|rydd\w*|pakk\w*|jobb\w*|cv\w*|dokument\w*)\b)",
        rf"^(?!.*\s(?:fest\w*|party|overnatt\w*|sove\s+hos|sover\s+hos|hotel\w*|hytt\w*|ferie\w*|tur|turen|kjaerest\w*|flytt\w*)\b).*\s{NOT}\s+(?:tenkt|planlagt)\s+a\s+(?:ga|dra|komme|kome|kjore|reise)\s+(?:hjem|heim|home)\s+(?:igjen|att|again)\b",
        # round 58 (batches 80-81): going away, up or out "... og kommer ikke tilbake" as the last words (not a move, a holiday, abroad, work,
        # a course, school or hospital); "i won't be needing the flat after tonight" (not a move)
        rf"^(?!.*\s(?:flytt\w*|moving|move|ferie\w*|holiday|utland\w*|abroad|jobb\w*|job|work|kurs\w*|course|skole|skolen|skulen|school|studie\w*"
        rf"|sykehus\w*|sjukehus\w*|hospital)\b).*\s(?:reise|reiser|reiste|dra|drar|dro|ga|gar|gikk|gjekk|gjeng|go|going|went)\s+(?:bort|vekk|opp|ut|away|off)\b"
        rf".*\s(?:(?:kommer|kjem|kjom|kom)\s+{NOT}|{NOT}\s+(?:komme|kome|kommer|kjem))\s+(?:tilbake|tebake|tibake|att|attende)\s*$",
        r"^(?!.*\s(?:flytt\w*|moving|move|moved|new|ny|nye|nytt)\b).*\s(?:wont|will\s+not|shall\s+not)\s+be\s+needing\s+(?:the|my|me|this)\s+(?:flat|house|room|place|car|bed|things|stuff|phone)\s+"
        r"(?:after|past|beyond)\s+(?:tonight|today|tomorrow|this\s+weekend)\b",
        # round 59 (batch 83): "nu e det nok" as the last words
        r" (?:na|no|nu)\s+(?:er|e)\s+(?:det|d)\s+nok\s*$",
        # round 60 (batches 84-85): "for me is finish" and "vil bare at det slutter" as the last words
        r" for\s+(?:me|meg|mae)\s+(?:it\s+)?(?:is|s|er|e)\s+(?:finish|finished|over|slutt|ferdig)\s*$",
        r" (?:vil|vile|ville|want|just\s+want)\s+(?:bare\s+|berre\s+|bere\s+|just\s+)?(?:at\s+)?(?:det|d|alt|it|everything)\s+(?:skal\s+)?(?:slutter|slutte|slutt|tar\s+slutt|to\s+(?:stop|end)|stops|ends)\s*$",
        # round 61 (batches 86-87): "der je ska hen treng je itte hund" ("... treng eg han ikkje" round 62, "der jeg skal jeg trenger ikke det" round 63; "där jag ska behöver jag honom inte", "ja trenger den itte der ja skal", "i dont need where i go" round 64; the other verbs in this order are "gir bort dyr eller ting") (not a trip, a move, a stay, prison, the army, work or school), "veit itte
        # om je går hematt" (not after a time or a task)
        rf"^(?!.*\s(?:reis\w*|ferie\w*|tur|turen|trip|hytt\w*|flytt\w*|moving|utland\w*|leilighet\w*|hybel\w*|sykehjem\w*|omsorgsbolig\w*|institusjon\w*|fengsel\w*|soning\w*|behandling\w*|rehab\w*|militaer\w*|forsvaret|rekrut\w*|jobb\w*|kurs\w*|skole\w*|skule\w*)\b)"
        rf".*\s(?:(?:der|dit|kor|hvor|where|daer|dar)\s+(?:jeg|je|jae|ja|jag|eg|ae|e|i)\s+(?:(?:skal|ska|gar|drar|am\s+going|go)(?:\s+hen)?\s+(?:trenger|treng|need|behover)\s+(?:jeg|je|jae|ja|jag|eg|ae|e|i)|(?:skal|ska)(?:\s+hen)?\s+(?:jeg|je|jae|ja|jag|eg|ae|e|i)\s+(?:trenger|treng|need|behover))\s+(?:(?:han|ham|ho|hun|den|dei|dem|honom|henne|det)\s+)?{NOT}\b"
        rf"|(?:trenger|treng)\s+{NOT}\s+(?:\w+\s+){{0,3}}(?:der|dit)\s+(?:jeg|je|jae|ja|eg|ae|e)\s+(?:skal|ska|gar|drar)(?:\s+hen)?(?:\s+(?:na|no|nu|wallah)){{0,2}}\s*$"
        r"|(?:trenger|treng)\s+(?:\w+\s+)?(?:ikke|ikje|itj|ite)\s+(?:der|dit)\s+(?:jeg|je|jae|ja|eg|ae|e)\s+(?:skal|ska)(?:\s+hen)?(?:\s+(?:na|no|nu|wallah)){0,2}\s*$"
        r"|(?:dont|do\s+not)\s+need\s+(?:it\s+|them\s+|him\s+|her\s+|this\s+|that\s+)?(?:where|there)\s+i\s+(?:go|am\s+going|going)\b(?!\s+(?:to|on|for|in|at|tomorrow|next)\b)"
        # round 68 (batch 100): "der eg ska kan eg ikkje ha han"
        rf"|(?:der|dit|where)\s+(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|gar|drar|am\s+going|go)(?:\s+hen)?\s+(?:kan|can)\s+(?:jeg\s+|je\s+|eg\s+|ae\s+|e\s+|i\s+)?(?:{NOT}|cant|canot)\s+(?:ha|ta\s+med|have|bring|keep|take)\b)",
        # round 93 (batch 165): English "dont know if i go home again" (not before, after or until a time, nor today or tonight)
        rf" (?:(?:vet|veit|vett)\s+{NOT}\s+om|(?:dont|do\s+not|i\s+dont|dunno)\s+(?:know\s+)?(?:if|whether))\s+(?:jeg|je|eg|ae|e|i)\s+(?:gar|kommer|kjem|komer|drar|go|come|walk|wil\s+go|wil\s+come|wil\s+walk)\s+"
        r"(?:hjemat|heimat|hemat|hjem\s+igjen|heim\s+att|hjem\s+at|hem\s+at|home\s+again|back\s+home\s+again)\b(?!\s+(?:etter|for|til|te|i\s+dag|i\s+kveld|eller|med|na|no|before|after|until|til|today|tonight|or|with)\b)",
        # round 67 (batch 99): "æ e ikke her i morra" as the last words or with "bare så dokker vet d" (not away on a trip, at work or a course)
        r"^(?!.*\s(?:reis\w*|ferie\w*|tur|turen|hytt\w*|jobb\w*|kurs\w*|lege\w*|sykehus\w*|sjukehus\w*|borte|fri|syk|sjuk)\b)"
        rf".*\s(?P<hit>(?:jeg|je|eg|ae|e)\s+(?:er|e)\s+{NOT}\s+her\s+(?:i\s+morgen|i\s+morgon|i\s+mora|imora|imorgen))\s*(?:$|\s(?:bare|berre)\s+(?:sa|so)\s+(?:du|dere|dokker|dykk|de)\s+(?:vet|veit|vett))",
        # ... and "eg skal til henne snart" as the last words with a grave or a death named (not a grave visited or flowers brought)
        r"^(?=.*\s(?:grav\w*|dod|dode|doyde|dode|avdode|begrav\w*|gravferd\w*|gravlagt\w*|bisett\w*)\b)(?!.*\s(?:besok\w*|besoke|visit\w*|blomst\w*|lys|lykt\w*|kran\w*|stell\w*)\b)"
        r".*\s(?P<hit>(?:jeg|je|eg|ae|e)\s+(?:skal|ska|kjem|kommer)\s+(?:til|te)\s+(?:henne|hene|ho|hu|han|ham|dem|dei)\s+(?:snart|sn\w+t))\s*$",
        # round 70 (batch 104): as the last words: "eg har kje bestemt mæ kå eg gjer", "... når jeg ikke er her", "ikkje ring politiet"; "tror ikke
        # jeg tar trappa ned igjen" (each only with another sign: the water, a roof, "har bestemt meg"; "ikkje ring politiet" is with "ingen merker det")
        r" (?:ike|ikje|itj|kje|ke|not)\s+(?:bestemt|decided)\s+(?:meg|mae|mg)?\s*(?:hva|kva|ka|ke|va|what)\s+(?:jeg|eg|e|ae|i)\s+(?:gjor|gjer|gjore|gjere|ska\s+gjere|skal\s+gjore|do)\s*$",
        r" (?:nar|when)\s+(?:jeg|eg|ae|i)\s+(?:ikke|ikkje|itj|am\s+not|m\s+not)\s+(?:er\s+|e\s+)?her(?:\s+(?:lenger|lengre|meir|mer|anymore))?\s*$",
        r" (?:ikke|ikkje|itj)\s+(?:jeg\s+|eg\s+)?(?:tar|tek|ta|gar)\s+(?:trappa|trappene|trapa|heisen|stigen)\s+(?:ned|ne|nedatt)\s+(?:igjen|att|again)\b",
        # round 72 (batches 108-109): "hvis hooyo ikke er her mer" (oneself named as the mother; not "i dag" or a place), "blir ikke her så mye lenger",
        # "snart jeg ikke være her" (the word order of broken Norwegian), "trænger itte tenke på'n mer ette i kveld", "after sunday you will not find me"
        # (each only with another sign; not a trip, a move, work, school or a course; "blir" not said of him, her or them)
        rf" (?P<hit>(?:hvis|viss|om|dersom|if)\s+(?:jeg|je|eg|ae|hooyo|mamma|mama)\s+{NOT}\s+(?:er|e|is)\s+her\s+(?:mer|meir|lenger|anymore))\b(?!\s+(?:i\s+dag|pa|i|na|no|enn|etter|for)\b)",
        # round 83 (batch 130): "sa jeg skal på tur. men jeg komer ikke tilbake" (a trip told to others, but no coming back; only with another sign;
        # not back before, until or on a day, nor back to work or school)
        r" (?P<hit>(?:sa|sagt|sier|told|said)\s+(?:\w+\s+)?(?:at\s+|that\s+)?(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|skulle|was\s+going)\s+(?:pa|on|a)\s+(?:en\s+|ei\s+|a\s+)?(?:tur|ferie|reise|trip|holiday|hytta)\s+"
        r"(?:men|but)\s+(?:jeg|je|eg|ae|e|i)\s+(?:kommer|kjem|komer|kjom)\s+(?:ike|ikje|itj|ite|aldri)\s+(?:tilbake|tebake|tibake|att|back))\b(?!\s+(?:for|til|te|innen|pa|i|etter|fra|before|until|on|to)\b)",
        # round 83 (batch 130): a son: "mamma ... sier at vi må være snille gutter når hun er borte. hun er ikke syk" (a parent who says what to do
        # when she is gone; only with another sign; not a trip, work, a course, a stay away, hospital or an illness named)
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:flytt\w*|moving|jobb\w*|kurs\w*|vakt\w*|skift\w*|sykehus\w*|sjukehus\w*|operasjon\w*|innlagt|kreft\w*|konferanse\w*|seminar\w*|helg\w*|hytt\w*|natt\w*)\b)"
        r".*?\s(?P<hit>(?:sier|sa|seier|sei|says|said)\s+(?:at\s+|that\s+)?(?:vi|dere|du|me|dokker|dykk|we|you)\s+(?:ma|mo|skal|ska|must|have\s+to)\s+(?:\w+\s+){0,4}?"
        r"(?:nar|when|etter\s+at|after)\s+(?:hun|han|ho|hu|she|he|mamma|mama|pappa|papa|mor|far)\s+(?:er|e|is)\s+(?:borte|gone|ikke\s+her|ikkje\s+her))\b",
        # round 83 (batch 130): "de skal lese det hvis hooyo ikke er her i morgen" (a letter to be read if one is not here tomorrow; only with another sign;
        # not a trip, work, a course, the doctor or hospital, nor a reason told after it)
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:flytt\w*|moving|jobb\w*|kurs\w*|skole\w*|skule\w*|lege\w*|sykehus\w*|sjukehus\w*|vakt\w*|syk|sjuk|fri|borte)\b)"
        r".*?\s(?P<hit>(?:lese|les|leser|read|apne|opne|open)\s+(?:det|den|dem|dei|it)\s+(?:hvis|viss|om|dersom|if|nar|when)\s+(?:jeg|je|eg|ae|hooyo|mamma|mama|mor|i)\s+"
        r"(?:(?:ike|ikje|itj|not)\s+(?:er|e|is)|(?:er|e|am|is)\s+(?:ike|ikje|itj|not))\s+(?:her|here)\s+(?:i\s+morgen|i\s+morgon|imorgen|i\s+mora|tomorrow))\b",
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:flytt\w*|moving|jobb\w*|kurs\w*|skole\w*|skule\w*|byen|landet|norge)\b)"
        # round 95 (batch 174): Trøndersk "æ bli itj her lenger" ("bli" for "blir", after the subject only: "skal ikke bli her" is no present)
        rf".*?\s(?P<hit>(?:(?:jeg|je|eg|ae)\s+(?:blir|bli|blei|vert|er|e)|(?<!han\s)(?<!hun\s)(?<!ho\s)(?<!hu\s)(?<!de\s)(?<!dei\s)(?:blir|blei|vert))\s+{NOT}\s+her\s+(?:sa\s+(?:mye|mykje|lenge)\s+)?(?:lenger|lengre|meir|mer)"
        # round 73 (batch 111): the "ikke" before ("jeg tror ikke jeg blir her så mye lenger")
        rf"|(?:tror|trur|tenker)\s+{NOT}\s+(?:jeg|je|eg|ae)\s+(?:blir|vert|er|e)\s+her\s+(?:sa\s+(?:mye|mykje|lenge)\s+)?(?:lenger|lengre|meir|mer)"
        rf"|snart\s+(?:jeg|je|eg|ae)\s+{NOT}\s+(?:{BE}\s+|er\s+|e\s+)?her)\b(?!\s+(?:enn|en|pa|i|for|til|hos|med)\b)",
        rf" (?P<hit>(?:trenger|treng|traenger|trenge)\s+(?:jeg\s+|eg\s+|je\s+|ae\s+)?{NOT}\s+(?:a\s+)?(?:tenke|tenkje|tenk)\s+(?:pa|pan|pa\s+\w+)\s+(?:mer|meir|lenger)\s+(?:etter|ette|after)\s+(?:i\s+kveld|i\s+natt|i\s+dag|\w+dag|tonight|today))\b",
        r" (?P<hit>(?:after|etter)\s+(?:\w+day|\w+dag|tonight|i\s+kveld|i\s+natt)\s+(?:you|u|dere|du|dokker|dykk|nobody|ingen)\s+(?:will\s+not|wont|can\s+not|cannot|cant|vil\s+ikke|skal\s+ikke|kommer\s+ikke\s+til\s+a|will)\s+(?:find|finne|finn)\s+(?:me|meg|mae))\b",
        # round 74 (batch 113): "etter fredag alt ferdig for meg" (after a day all is done for one; not a job, a course, school, an exam, a move or a holiday)
        r"^(?!.*\s(?:jobb\w*|kurs\w*|tiltak\w*|skole\w*|skule\w*|eksamen\w*|prosjekt\w*|flytt\w*|job|work|course|exam\w*|ferie\w*|soknad\w*|praksis\w*|semester\w*)\b)"
        r".*\s(?P<hit>(?:etter|ette|after)\s+(?:\w+dag|helga|helgen|i\s+kveld|i\s+natt|i\s+morgen|\w+day|tonight)\s+(?:er\s+|e\s+|blir\s+)?(?:alt|alting|everything)\s+(?:er\s+|e\s+|blir\s+|is\s+)?(?:ferdig|over|slutt|done|finished)\s+(?:for|med)\s+(?:meg|mae|me))\b",
        # round 74 (batch 113): "lyset slukkes fredag" (one's light put out on a day named; not the power, a storm, a repair, Earth Hour, candles or a
        # show)
        _NOT_A_STORM_OR_A_REPAIR + r"(?!.*\s(?:strom\w*|straum\w*|power|elektri\w*|lampe\w*|pare\w*|lyspare\w*|jul\w*|advent\w*|stearinlys\w*|kirke\w*|konsert\w*|kino\w*|teater\w*|earth\s+hour|jordtimen|gym\w*|hal\w*)\b)"
        r".*\s(?P<hit>(?:lyset|lyset\s+mitt|mitt\s+lys)\s+(?:slukkes|slokkes|slokner|sloknar|sloknes|slukker|gar\s+ut|blir\s+slukket)\s+(?:pa\s+)?(?:\w+dag|i\s+kveld|i\s+natt|snart|i\s+morgen|etter\s+\w+dag))\b",

        # round 86 (batches 136-139): "etter fredag er eg ferdig" (done after a day, with nothing named after it), and passwords written for someone who needs them soon or gets
        # into the accounts afterwards ("hun trenger dem snart", "så nokon får tak i bankid og facebook etterpå")
        # round 87 (batch 141): "etter fredag er det slutt. bestemt mæ" ("it is over" after a day; the same guard: not "slutt på kurset", "over med jobben")
        r" (?P<hit>(?:etter|after)\s+(?:\w+dag|i\s+kveld|i\s+natt|i\s+morgen|i\s+morgon|tonight|tomorrow)\s+(?:(?:er|e|am)\s+(?:eg|jeg|je|ae|e|i)\s+(?:ferdig|done|finished)|(?:er|e|blir|is)\s+(?:det|d|it)\s+(?:slut|over)))\b(?!\s+(?:med|m|pa|i|til|te|som|with|at|for|of)\b)",
        # round 87 (batch 141): Polish "jutro mnie nie będzie" (tomorrow I will not be here; alone it is an absence, with another sign a crisis)
        r" (?P<hit>jutro\s+(?:mnie\s+)?(?:juz\s+)?nie\s+(?:bedzie|bdzie))\b(?!\s+(?:na|w|we|u|przy)\b)",
        r"^(?=.*\s(?:pasord\w*|pin\s*kod\w*|pinkod\w*|password\w*)\b).*\s(?P<hit>(?:trenger|treng|far\s+bruk\s+for|needs?|far\s+tak\s+i|get\s+into)\s+(?:\w+\s+){0,4}?(?:snart|soon|etterpa|afterwards|when\s+im\s+gone))\b",
    ),
    # round 83 (batch 130): a rope or a gun named as lying ready where one is, said bare ("tau i låven. takk for alt.", "kyrne e seld. rifla
    # ligge på kjøkkenbordet. det e nok no."): only with a second sign (a farewell, "det e nok no"). Not the place Tau ("på Tau i Strand"), nor a
    # rope with farm work, an animal, a load, a swing or a climb, nor a gun with the hunt, cleaning, a sale, the police or a licence.
    _sign(
        "har tau eller våpen liggende klart",
        # round 91 (batch 157): "took dads rifle, its in the truck with me" (a gun taken, and with one in the car or the truck; only with another sign; not game or the hunt,
        # the shared guards, nor a gunsmith or a repair: "took dads rifle for the moose hunt, its in the truck with me")
        _A_REAL_GUN_NAMED + _unless_any(_GAME_NAMED + r"|range|club|\w*smith|\w*smed|repair\w*|reparer\w*|service\w*")
        + r"(?=.*\s(?:took|tok|tatt|teke|taken|got|fetched|henta|hentet)\s+(?:\w+\s+){0,2}?(?:rifle|rifla|gun|shotgun|hagla|hagle|gevaeret|pistol\w*|revolver\w*)\b)"
        r".*\s(?P<hit>(?:its|it\s+is|den\s+er|den\s+e|ho\s+e|ho\s+ligg|den\s+ligger|den\s+ligg)\s+(?:(?:here|her)\s+)?(?:in|i)\s+(?:the\s+|my\s+)?(?:truck|car|pickup|bilen|bil|pickupen)\s+(?:with|med)\s+(?:me|meg|mae))\b",
        # round 90 (batch 153): "tok med rifla opp te gamma" (a gun taken along up to a place; only with another sign; not the hunt, the shared gun guards, nor game named:
        # "tok med rifla opp te gamma på rypejakt")
        r"^(?=.*\s(?:tok|tar|tek|tatt|teke|took|taken|take)\s+med\s)"  # the rare words first: the check is cheaper so
        + _A_REAL_GUN_NAMED + _unless_any(_GAME_NAMED)
        + r".*\s(?P<hit>(?:tok|tar|tek|tatt|teke|took|taken|take)\s+med\s+(?:meg\s+|mae\s+)?(?:rifla|rifle|hagla|gevaeret|gevaer|pistolen|pistol|vapenet|vapnet|the\s+rifle|the\s+gun|my\s+rifle|my\s+gun)"
        r"\s+(?:opp\s+|ut\s+|inn\s+|ned\s+|up\s+|out\s+)?(?:til|te|pa|i|to)\s+\w+)\b",
        _unless_any(r"kalv\w*|ku|kua|kyr|kyrne|kuene|sau\w*|hest\w*|dyr\w*|" + _A_ROPE_FOR_A_JOB_IN_THE_BARN)  # round 95: the jobs made a constant
        # round 85 (batch 134): the Sea Sami man's "æ har tatt med tauet ut i fjøset" (taken "ut" to the cowshed; the same guards: not with the animals, hay or a load)
        # round 93 (batch 167): "eg har tauet klart på løa" ("klart" without a verb; the same guards)
        + r".*?(?<!\spa)(?<!\sfra)(?<!\stil)\s(?P<hit>(?:tau|tauet|reip|reipet|rope|the\s+rope)\s+(?:(?:ligger|ligg|ligge|henger|heng|hange|er|e|is)\s+)?(?:klart?\s+|klar\s+|ready\s+)?(?:ut\s+|out\s+)?(?:i|pa|in|to|til|te)\s+"
        r"(?:laven|lava|lavet|loa|loen|skjulet|uthuset|garasjen|kjeleren|naustet|fjoset|fjosen|fjos|the\s+barn|the\s+shed|the\s+garage))\b",
        # round 95 (batch 174): "må selg sauan, banken tar garden ... det e tau i fjøset. ville berre at nån skulle vite det" (a rope told to be in the barn, the cowshed or the
        # garage, the animals named or not; only with another sign; not a job with it, the shared words, nor a use or an offer after it: "det e tau i fjøset te å bind kalven",
        # "det er tau i garasjen hvis du trenger")
        r"^(?=.*\s(?:tau|reip|tauet|reipet|rope)\s)"  # the rare words first: the check is cheaper so
        + _unless_any(_A_ROPE_FOR_A_JOB_IN_THE_BARN)
        + r".*\s(?P<hit>(?:(?:det|d|der)\s+(?:er|e|ligger|ligg|henger|heng)\s+(?:et\s+|eit\s+|ett\s+)?(?:tau|reip|tauet|reipet)\s+(?:i|pa)|there\s+is\s+a\s+rope\s+in)\s+"
        r"(?:laven|lava|lavet|loa|loen|skjulet|uthuset|garasjen|kjeleren|naustet|fjoset|fjosen|fjos|the\s+barn|the\s+shed|the\s+garage|the\s+cowshed))\b"
        r"(?!\s+(?:til|te|tel|for|som|hvis|viss|om|du|dere|dokker|sa|og|med|a|to|if|you|and|with)\b)",
        _NOT_A_GUN_FOR_HUNTING + _NOT_A_GUN_AT_AN_EXERCISE + _unless_any(r"solgt|rydd\w*|skap\w*|vapenskap\w*") +
        # round 94 (batch 169): "haglen står i gangen" (in the hallway too; the same guards)
        r".*?\s(?P<hit>(?:hagla|haglen|hagle|gevaeret|geveret|rifla|rifla\s+mi|pistolen|revolveren|vapenet|the\s+gun|my\s+gun|the\s+shotgun|the\s+rifle)\s+(?:ligger|ligg|ligge|star|sta|er|e|is|lies|stands)\s+"
        r"(?:(?:pa|on)\s+(?:\w*bordet|\w*borde|senga|sengen|nattbordet|the\s+\w*table|the\s+bed)|(?:i|in)\s+(?:the\s+)?(?:gangen|entreen|entren|hall|hallway)))\b",
    ),
    _sign(
        "er ved vann eller høyder nå",  # round 39: "sit i bilen nede ved kaia no"
        # round 93 (batch 165): "e ute på isen på limingen no. det e open råk lenger ut" (out on the ice, on a lake named or not, now; only with another sign; not ice fishing,
        # skating, skiing, children, a dog or a warning, the shared guard: "e ute på isen no og pilke")
        _NOT_ICE_FISHING_OR_A_WARNING
        + r".*\s(?P<hit>(?:er|e|star|stend|sit|siter|sitter|am|im)\s+(?:\w+\s+)?(?:ute|out)\s+(?:pa|on)\s+(?:isen|the\s+ice)(?:\s+(?:pa|on)\s+(?:the\s+)?\w+)?\s+(?:na|no|nu|now))\b",
        # round 94 (batch 169): "kjøre mot stokkøybrua no" (driving or walking towards a named bridge now; only with another sign; not a view, a queue, fishing or work, the
        # shared guard, nor a course, a meeting, fetching someone, shopping, a trip, home or a visit)
        r"^(?=.*(?:brua|bruen|broa|broen|bridge)\s)"  # the rare words first: the check is cheaper so
        + _NOT_A_VIEW_OR_A_QUEUE + _unless_any(r"kurs\w*|mote\w*|hent\w*|pick|handl\w*|shop\w*|turen|ferie\w*|hyt\w*|heim|hjem|home|besok\w*|visit\w*")
        + r".*\s(?P<hit>(?:kjorer|kjore|kjor|koyrer|koyre|driving|drive|gar|ga|walking)\s+(?:na\s+|no\s+|nu\s+|now\s+)?(?:mot|towards)\s+(?:\w+brua|\w+bruen|\w+broa|\w+broen|\w+\s+brua|the\s+\w+\s+bridge)\s+(?:na|no|nu|now))\b",
        # round 93 (batch 166): "står på helgelandsbrua. ville bare at nån sku vite det" (standing or sitting on a named bridge as the opening words, without "now"; only with
        # another sign; the round 50 guard of a view, a queue or ice cream, and the round 48 words: not the train, on the way, waiting or a trip: "står på helgelandsbrua i kø, kjem
        # seint te kurset")
        _NOT_A_VIEW_OR_A_QUEUE + _unless_any(r"kon|tog|toget|train|way|vei|veien|veg|vegen|coming|kommer|kjem|venter|ventar|waiting|bilete\w*|view|turen")
        + r"^\s(?:(?:jeg|je|eg|ae|e|i)\s+)?(?P<hit>(?:star|stend|sit|sitter|siter|er|e|am|standing)\s+(?:oppe\s+|ute\s+|up\s+)?(?:pa|opa|on)\s+(?:the\s+)?(?:\w+brua|\w+bruen|\w+broa|\w+broen|\w+\s+bridge))\b",
        r" (?:sit|siter|sitter|sat|star|stend)\s+(?:i\s+bilen\s+)?(?:nede\s+|ute\s+|oppe\s+)?(?:ved|pa)\s+(?:kaia|kaien|brygga|brygja|moloen|molo|elva|\w+elva|glomma|sjoen|fjorden|demninga|damen|fjelet)(?:\s+(?:ved|i|pa)\s+\w+)?\s+(?:na|no|nu|now)\b",  # "fjellet ved ..." round 42
        r" (?:blit|blir|ble|blei)\s+staende\s+(?:lenger|lengre)\s+enn\s+(?:godt|bra|sunt)\b",
        # round 45 (batch 55): the brother's shotgun in the boot, no hunting said
        r"^(?!.*\sjakt\w*\b).*\s(?:hagla|haglen|hagle|rifla|gevaeret|vapenet|vapnet|pistolen)\s+(?:\w+\s+){0,4}i\s+(?:bagasjerommet|bagasjerom|bilen|the\s+boot|the\s+car)\b",
        # round 46 (batches 56-57): "står på perrongen ... og toget kommer om 4 min", "gått fram og tilbake på bybrua i en time";
        # round 47: "står ved sporet ... toget kommer kl. 22.41"
        r" (?:star|stend|sit|sitter|venter|standing|siting|waiting)\s+(?:pa|on|at|ved|by|near)\s+(?:perrongen|plattformen|the\s+platform|sporet|skinnene|the\s+tracks)\b.*\s(?:toget|train|godstoget)\s+(?:kommer|kjem|comes|is\s+coming|arrives|passerer)\b",
        r" (?:gatt|gar|gikk|gjekk|walked|walking|pacing|paced)\s+(?:fram\s+og\s+tilbake|frem\s+og\s+tilbake|att\s+og\s+fram|back\s+and\s+forth|up\s+and\s+down)\s+(?:pa|on|over|langs|along|across)\s+(?:\w*brua|\w*bruen|\w*broa|\w*broen|kaia|brygga|the\s+(?:\w+\s+)?bridge)\b",
        # round 47 (batches 58-59): parked or sitting in the car on or at a named bridge ("æ sitt i bilen oppe på helgelandsbrua",
        # "parked at the Stord bridge now"), not fishing or in a queue
        r"^(?=.*(?:brua|bruen|broa|broen|bridge)\b)" + _NOT_A_VIEW_OR_A_QUEUE + r"(?!.*\s(?:venter|ventar|waiting)\b).*\s(?:parked|parkert|parkerte|parkerer|sit|sitt|sitter|site|sitje|satt|sat|sitting)\s+(?:i\s+bilen\s+|in\s+(?:the|my)\s+car\s+)?(?:oppe\s+|nede\s+|up\s+|midt\s+|midt\s+ute\s+|in\s+the\s+middle\s+of\s+)?(?:pa|ved|on|at|by)\s+(?:the\s+)?(?:\w+\s+)?(?:\w*brua|\w*bruen|\w*broa|\w*broen|bridge)\b",
        # round 48 (batches 60-61): standing on a named bridge now ("står på nordhordlandsbrua no"; "i am on the railway bridge now" round 63,
        # not on the train, on the way or coming), driven back and forth along a river for hours (not fishing, in a queue or at work); "står oppå gisundbrua nu"
        # round 73 (batch 110)
        r"^(?!.*\s(?:fisk\w*|fish\w*|ko|koen|trafikk\w*|traffic|buss\w*|jobb\w*|work|tog|toget|train|way|vei|veien|coming|kommer|kjem)\b).*\s(?:star|stend|standing|stod|sto|stood|i\s+am|im|i\s+m|jeg\s+er|eg\s+er|ae\s+e)\s+(?:oppe\s+|ute\s+|up\s+)?(?:pa|opa|on|at|ved)\s+(?:the\s+)?(?:\w+brua|\w+bruen|\w+broa|\w+broen|\w+bridge|(?!the\b)\w+\s+bridge|(?:brua|bruen|broa|broen)\s+over\s+(?:\w+\s+)?\w+)\s+(?:na|no|nu|now|right\s+now|akkurat\s+na)\b",  # "broa over elva nå" round 70
        r"^(?!.*\s(?:fisk\w*|fish\w*|jobb\w*|work\w*|taxi|drosje\w*|kunde\w*)\b).*\s(?:kjort|kjorte|kjorer|koyrt|koyrde|driven|drove|driving|gatt|gikk|walked|walking)\s+(?:fram\s+og\s+tilbake|frem\s+og\s+tilbake|att\s+og\s+fram|back\s+and\s+forth|up\s+and\s+down)\s+(?:pa|langs|along|by|ved|over|across)\s+(?:\w*elva|\w*elven|\w*fjorden|\w*brua|\w*bruen|kaia|brygga|the\s+(?:\w+\s+)?(?:river|bridge|fjord|harbour|harbor|quay))\b",
        # round 49 (batches 62-63): at a waterfall or an edge looking down now (not as a tourist), at the far end of the quay (not
        # fishing, sunbathing or waiting for the ferry), "I don't know why I came back home" with a bridge or the water, stood on a
        # bridge for an hour (not in traffic or fishing), thinking of it every evening when passing the river
        r"^(?!.*\s(?:turist\w*|tourist\w*|ferie\w*|holiday|tur|turen|hike|hiking|fint|flott|vakkert|nydelig|beautiful|amazing|view|utsikt\w*|bilde\w*|foto\w*|photo\w*|picture\w*|selfie\w*)\b).*\s(?:star|stend|sit|sitter|standing|sitting)\s+(?:\w+\s+)?(?:ved|vid|pa|over|oppa|by|at|above|on)\s+(?:the\s+)?(?:\w*fossen|\w*foss|vattenfallet|stupet|kanten|juvet|gjelet|waterfall|edge|cliff)\b.*\s(?:ser|sjar|kikar|kikker|tittar|stirrer|glor|looking|look|staring|stare)\s+(?:ned|ner|down)\b",
        r"^(?!.*\s(?:fisk\w*|fish\w*|sola|solen|sol|soler|sun\w*|bade\w*|bading|swim\w*|svom\w*|iskrem|ice\s*cream|venter|waiting|ferja|ferje\w*|ferry|baten|boat)\b).*\s(?:sit|sitt|sitter|sat|star|stend|standing|sitting)\s+(?:helt\s+|heilt\s+|right\s+)?(?:ytterst|ytst|ytterste|at\s+the\s+(?:very\s+)?end|out\s+at\s+the\s+end|on\s+the\s+end)\s+(?:pa\s+|of\s+|on\s+)?(?:the\s+)?(?:brygga|bryggen|kaia|kaien|moloen|molo|piren|pier|jetty|quay|wharf|dock)\b",
        r"^(?=.*(?:bridge|brua|bruen|broa|broen|\skaia|\skaien|\sbrygga|\smoloen|\squay|\spier|\sedge|\skanten|\sstupet|\staket|\sroof|\scliff|\srailway|\stracks|\sskinnene|\swater|\svannet|\svatnet|\ssjoen|\selva)\b).*\s(?:(?:(?:dont|do\s+not|didnt)\s+know|dunno|idk)\s+why\s+i\s+(?:came|come|went|walked|drove|got)\s+(?:back|home|down)|(?:vet|veit|skjonner|skjonar)\s+(?:ikke|ikje|itj|ite)\s+(?:hvorfor|kvifor|koffor|korfor)\s+(?:jeg|eg|ae|e)\s+(?:kom|kjorte|koyrde|dro|drog|snudde)\s+(?:tilbake|hjem|heim|att))\b",
        r"^(?!.*\s(?:fisk\w*|fish\w*|ko|koen|queue|traffic|trafikk\w*|jam|bus\w*|buss\w*|waiting\s+for|venter\s+pa|ventet\s+pa|photo\w*|foto\w*)\b).*\s(?:stod|sto|stood|sat|satt|standing|sitting|statt|been\s+standing)\s+(?:on|at|pa|ved)\s+(?:the\s+)?(?:\w+\s+)?(?:bridge|\w*brua|\w*bruen|\w*broa|\w*broen|kaia|kaien|pier|quay|edge|kanten)\s+(?:for\s+|i\s+)?(?:an|one|a\s+whole|half\s+an|two|three|\d+|over\s+an|en|ei|ein|to|tre|en\s+hel|ei\s+heil|over\s+en|over\s+ei)\s+(?:hour|hours|time|timer|timar)\b",
        r" (?:tenker|tenkjer|tenkje|tenke|tenkte|think|thinking)\s+(?:pa|about|of)\s+(?:det|it|that|dette|this)\s+(?:hver|kvar|kver|every)\s+(?:kveld|natt|dag|gang|gong|night|evening|time|day)\s+(?:nar|when|som)\s+(?:jeg|eg|ae|e|i)\s+(?:gar|kjorer|kjor|koyrer|pass|passes|walk|drive|sykler|sykle)\s+(?:forbi|over|langs|past|by|across)\s+(?:\w*elva|\w*elven|\w*brua|\w*bruen|\w*broa|kaia|fjorden|sjoen|stupet|jernbane\w*|togskinnene|the\s+(?:\w+\s+)?(?:river|bridge|rails|tracks|cliff|quay|railway|water))\b",
        # round 82 (batch 128): "i natt går jeg ned til mjøsa" (going down to a lake, a fjord or the sea tonight; only with another sign, such as thanks for all
        # and love sent home; not fishing, bathing, a walk, the dog, friends, a party, a sauna, the northern lights or work)
        r"^(?!.*\s(?:fisk\w*|fish\w*|pilk\w*|bade\w*|bading|svom\w*|swim\w*|isbad\w*|badstu\w*|sauna\w*|tur|turen|kveldstur\w*|walk|hund\w*|bikkja|dog|venn\w*|kompis\w*|friend\w*"
        r"|fest\w*|party|grill\w*|bal|balet|bonfire|sankthans\w*|nordlys\w*|stjern\w*|fyrverkeri\w*|jobb\w*|work|vakt\w*|bat|baten|boat|brygg\w*|ungene|ungane|barna|kids)\b)"
        rf".*\s(?P<hit>(?:(?:i\s+natt|i\s+nat|i\s+kveld|tonight)\s+(?:gar|drar|kjorer|koyrer|go)\s+(?:jeg|je|eg|ae|e|i)|(?:jeg|je|eg|ae|e|i)\s+(?:gar|drar|go|am\s+going)\s+(?=(?:ned|ut|down|out)\s+(?:til|te|to)\s+{LAKE}\s+(?:i\s+natt|i\s+nat|i\s+kveld|tonight)\b))"
        rf"\s+(?:ned|ut|down|out)\s+(?:til|te|to)\s+{LAKE})\b(?!\s+(?:for\s+a|a|og|and|to|med|with)\s+(?!(?:ser|se|sjå|look|sit|sitter|star)\b))",
        # round 82 (batch 129): "har kjørt opp til randsfjorden og sitter i bilen og ser på vannet" (driven to a lake or a fjord, sitting in the car looking at the
        # water; only with another sign, such as the children better off without one; not fishing, a break, a meal, coffee, the view, the sunset or waiting)
        r"^(?!.*\s(?:fisk\w*|fish\w*|bade\w*|bading|swim\w*|pause\w*|lunsj|lunch|matpakk\w*|kafe|kaffe|kafi|coffee|polse\w*|is|iskrem|utsikt\w*|view|solnedgang\w*|sunset|nydelig|vakker\w*|fint|flott"
        r"|venter|ventar|waiting|ferj\w*|ferry|kjaerest\w*|venn\w*|kompis\w*|friend\w*|hund\w*|bikkja|dog|bilde\w*|foto\w*|photo\w*|jobb\w*|work)\b)"
        rf".*\s(?P<hit>(?:kjort|kjorte|kjorer|koyrt|koyrde|koyrer|driven|drove)\s+(?:opp\s+|ned\s+|ut\s+|up\s+|down\s+|out\s+)?(?:til|te|to)\s+{LAKE}\s+(?:og|and)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?"
        r"(?:siter|sit|sitt|sitter|sitting|am\s+sitting)\s+(?:i|in)\s+(?:the\s+|my\s+)?(?:bilen|car)\s+(?:og|and)\s+(?:ser|sjar|glor|stirer|look|looking|stare|staring)\s+(?:pa|ut\s+over|at|out\s+at|over)\s+(?:the\s+)?(?:vanet|vatnet|vannet|sjoen|elva|fjorden|isen|water|lake|sea|fjord))\b",
        # round 50 (batch 64): on a bridge named in two words or on a dam now ("står på gimsøystraumen bru no", "sit på damkrona ved
        # tunhovd no"; not fishing, in a queue, at work or for the view); round 81 (batch 126): "sitt i bilen ved gimsøystraumen bru no" (in the car; the same guards)
        rf"^(?=.*(?:\sbru|\sbro|damkron|dammen)\w*\s){_NOT_A_VIEW_OR_A_QUEUE}.*\s(?:star|stend|sit|sitt|sitter|stod|sto|standing|sitting)\s+(?:i\s+bilen\s+|in\s+the\s+car\s+)?(?:oppe\s+|ute\s+|up\s+)?(?:pa|ved|on|at)\s+(?:(?!(?:den|denne|ei|en|ein|the|a|gamle|nye|store|lille)\b)\w+\s+(?:bru|bro)|\w*damkrona|\w*damkronen|\w+dammen)(?:\s+(?:ved|i|pa)\s+\w+)?\s+(?:na|no|nu|now|right\s+now)\b",
        # round 54 (batch 72): "i am on the top of parking house in hamar now" (a building or a roof; not a view, pictures, work, nor on the
        # way to a meeting or asking the way)
        r"^(?!.*\s(?:view|utsikt\w*|photo\w*|foto\w*|picture\w*|bilde\w*|work\w*|jobb\w*|job|shift|fireworks|fyrverkeri\w*|sunset|party|hike|hiking|tur|turist\w*"
        r"|meting|mote\w*|appointment|office|kontor\w*|where|hvor|kor|kvar|entrance|inngang\w*|parkert|parked|parking\s+space|plas\w*)\b)"
        r".*\s(?:i\s+am|im|i\s+m|am|jeg\s+er|eg\s+er|e\s+e)\s+(?:up\s+|oppe\s+)?(?:on|at|pa)\s+(?:the\s+)?(?:top|toppen)\s+(?:of\s+|av\s+|pa\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?"
        r"(?:parking\s*(?:house|garage|deck)|car\s*park|building|block|tower|rof|bridge|hotel|blokka|parkeringshus\w*|hoyhus\w*|taket)\b(?:\s+\w+){0,3}?\s+(?:now|right\s+now|na|no)\b",
        # round 56 (batches 76-77): standing on the roof of a building for an hour or now (not snow clearing, repairs, work, a view or a party);
        # round 65 (batch 94): "im on the roof of the building now", "I stand on roof of the house now"
        _NOT_WORK_ON_A_ROOF + r".*\s(?:statt|stat|star|stend|stand|sit|sitter|sitje|sat|satt|standing|been\s+standing|sitting|i\s+am|im|i\s+m)\s+(?:oppe\s+|up\s+)?(?:pa|on)\s+(?:taket|(?:the\s+)?roof|the\s+top|toppen)\s+(?:av|pa|of|til)\s+(?:\w+\s+){0,3}?(?:i\s+(?:ein|en|et|eit|to|tre|\d+)\s+(?:time|timar|timer|minut\w*)|for\s+(?:an|a|one|two|\d+)\s+(?:hour|hours|minutes)|lenge|no|na|nu|now)\b",
        # round 57 (batches 78-79): going out to the far edge of a cliff or a pier tonight (not birdwatching, pictures, a hike or fishing)
        rf"^(?!.*\s(?:fuglekik\w*|kikkert\w*|birdwatch\w*|foto\w*|bilde\w*|photo\w*|tur|turen|turist\w*|hike|hiking|fisk\w*|fish\w*|midnattsol\w*)\b).*\s(?:ska|skal|drar|gar|going|go)\s+(?:ut\s+)?(?:(?:pa|til|to|out\s+to)\s+"
        rf"(?:\w+\s+){{0,2}}?)?(?:ytterst|yterst|heilt\s+ut|helt\s+ut|to\s+the\s+(?:edge|end))\s+(?:pa|ved|av|i|of|on|at)\s+(?:the\s+)?(?:\w*fjellet|\w*stupet|\w*kanten|\w*berget|\w*molo\w*|\w*brygga|\w*kaia|cliff|edge|pier)\s+(?:{TONIGHT}|this\s+night|na|no|now)\b",
        # round 58 (batches 80-81): standing at the edge of a cliff (not a hike, climbing, fishing, pictures or a view)
        r"^(?!.*\s(?:hike\w*|hiking|tur|turen|klatr\w*|climb\w*|fisk\w*|fish\w*|bilde\w*|foto\w*|photo\w*|picture\w*|selfie\w*|utsikt\w*|view)\b)"
        r".*\s(?:standing|stood|sitting|star|stend|sit|sitter)\s+(?:(?:right\s+)?(?:at|on|by|ved|pa)\s+(?:the\s+)?(?:edge|kanten|ytterkanten)\s+(?:of|av|pa)\s+(?:the\s+)?(?:cliff|stupet|fjellet|berget)"
        # round 69 (batch 103): on the top of a mountain named, right out at the edge ("står på toppen av lyderhorn helt ute ved kanten")
        r"|(?:pa|on)\s+(?:the\s+)?(?:toppen|top)\s+(?:av|pa|of)\s+(?:the\s+)?\w+\s+(?:helt\s+|heilt\s+|right\s+)?(?:ute\s+|out\s+)?(?:ved|pa|at|on|by)\s+(?:the\s+)?(?:kanten|ytterkanten|edge))\b",
        # round 59 (batches 82-83): standing on a dam ("står oppå demninga") or on a jetty or a pier (not fishing, a view, a queue or work;
        # not waiting for the ferry), at the edge of a roof (not work up there)
        _NOT_A_VIEW_OR_A_QUEUE + r".*\s(?:star|stend|sit|sitter|standing|sitting|stood)\s+(?:oppe\s+|up\s+)?(?:pa|opa|oppa|on|at)\s+(?:the\s+)?(?:old\s+)?(?:demning\w*|dam|jety|pier|wharf)\b(?!.*\s(?:waiting|venter|ventar)\b)",
        _NOT_WORK_ON_A_ROOF + r".*\s(?:standing|stood|sitting|star|stend|sit|sitter)\s+(?:right\s+)?(?:at|on|ved|pa)\s+(?:the\s+)?(?:edge|kanten)\s+(?:of|av|pa)\s+(?:the\s+)?(?:rof|taket)\b",
        # round 68 (batch 101): on the roof of a building named, with the view told too ("står på taket på det gamle verkstedet ... fin utsikt
        # herfra"; not work or a party up there, nor a trip or the opera)
        _unless_any(_WORK_OR_A_PARTY_ON_A_ROOF + r"|turist\w*|tourist\w*|tur|turen|ferie\w*|holiday|sightseeing|opera\w*")
        + r".*\s(?:star|stend|sit|sitter|standing|sitting|i\s+am|im|jeg\s+er|eg\s+er|ae\s+e)\s+(?:oppe\s+|up\s+)?(?:pa|on)\s+(?:taket|the\s+rof)\s+(?:pa|av|of|til|te)\s+(?:\w+\s+){0,3}?"
        r"\w*(?:verksted\w*|fabrik\w*|blok\w*|bygg\w*|kirk\w*|skole\w*|skule\w*|hal|halen|garasj\w*|lager\w*|building|factory|church|school|hotel\w*|senter\w*|senteret)\b",
        # round 60 (batches 84-85): standing on the breakwater, a jetty or the quay (the bridge round 62) with the water told as dark or cold ("står på brygga,
        # vannet er kaldt og mørkt"; the round 59 guards, not waiting or bathing)
        _NOT_A_VIEW_OR_A_QUEUE + r"(?!.*\s(?:venter|ventar|waiting|bade\w*|bading|svom\w*|swim\w*)\b).*\s(?:star|stend|stand|sit|sitter|standing|sitting|stood)\s+(?:ute\s+|nede\s+|ytterst\s+|out\s+)?"
        r"(?:pa|ved|on|at)\s+(?:the\s+)?(?:kaia|kaien|brygga|brygja|moloen|molo|jetty|pier|quay|wharf|breakwater|bridge|\w*brua|\w*broa|\w*bruen|\w*broen)\b"
        r".*\s(?:vannet|vatnet|sjoen|havet|fjorden|elva|the\s+water|the\s+sea)\s+(?:er|e|is|ser|looks)\s+(?:sa\s+|so\s+)?(?:\w+\s+(?:og|and)\s+)?(?:mork|morkt|svart|dark|black|kald|kaldt|cold|iskald|iskaldt)\b",
        # round 61 (batches 86-87): "up on the fjell above the town by the edge" (the round 59 guards; not a hike or skiing)
        _NOT_A_VIEW_OR_A_QUEUE + r"(?!.*\s(?:hik\w*|walk\w*|ski\w*|turen|topptur\w*)\b).*\s(?:i\s+am|im|i\s+m|i\s+dey|jeg\s+er|eg\s+er|ae\s+e|star|sit|siter|sitter)\s+(?:up\s+|opa\s+|oppe\s+)?(?:on|at|pa)\s+(?:the\s+|top\s+of\s+the\s+)?(?:fjel\w*|mountain|cliff|stup\w*)\b(?:\s+\w+){0,5}?\s+(?:by|at|on|ved|pa|near)\s+(?:the\s+)?(?:edge|kanten|kant|stupet|ledge)\b",
        # round 70 (batch 104): the sea or the river said to be so near ("havet ved Fornebu er så nært"; only with another sign)
        r" (?:havet|sjoen|fjorden|elva|vannet|vatnet|brua|broa|the\s+sea|the\s+river)\s+(?:\w+\s+){0,3}?(?:er|e|is)\s+(?:sa\s+|so\s+)?(?:naert|nert|nare|close|near)\b",
        # round 72 (batch 108): up on the roof tonight ("skal opp på taket i kveld. bare så noen vet det"; only with another sign; not for work, snow,
        # a party, the view, the stars or fireworks)
        _NOT_WORK_ON_A_ROOF + r"(?!.*\s(?:fyrverkeri\w*|stjern\w*|nordlys\w*|stars|fireworks|solnedgang\w*)\b)"
        r".*\s(?P<hit>(?:skal|ska|gar|gjeng|go|going|am\s+going)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:opp|up)\s+(?:pa|on|to)\s+(?:the\s+)?(?:taket|roof)\b(?:\s+(?:pa|av|of)\s+\w+)?\s+(?:i\s+kveld|i\s+natt|tonight))\b",
        # round 73 (batches 110-111): "har stått på tromsøbrua i en time" (above); "i kveld jeg ... går til brua i Namsos" (to the bridge tonight; only with
        # another sign; not a trip, fishing, the view, pictures, a queue, work, fireworks or a concert)
        _NOT_A_VIEW_OR_A_QUEUE + r"(?!.*\s(?:fyrverkeri\w*|fireworks|stjern\w*|nordlys\w*|konsert\w*|festival\w*)\b)(?=.*\s(?:i\s+kveld|i\s+natt|tonight)\b)"
        # round 85 (batch 135): the Polish man's "i natt jeg gå til broen" ("gå", "dra" for "går", "drar" in broken Norwegian; the same guards)
        r".*\s(?P<hit>(?:gar|ga|gjeng|drar|dra|go|going|walk|walking)\s+(?:jeg\s+|je\s+|eg\s+|ae\s+|i\s+)?(?:til|te|to|ut\s+pa|opp\s+pa|out\s+to)\s+(?:the\s+)?(?:brua|broa|bruen|broen|bridge))\b",
        # round 74 (batch 113): "jeg går ned til sjøen i kveld og blir der", Spanish "voy al mar esta noche" (tonight, and staying there; not bathing,
        # fishing or cooling off, nor "... til solnedgang" or with someone)
        _NOT_BATHING_OR_A_SPORTS_JUMP + _NOT_COOLING_OFF
        + r".*\s(?P<hit>(?:gar|drar|gjeng|go|going)\s+(?:jeg\s+|je\s+|eg\s+|ae\s+|i\s+)?(?:ned\s+|ut\s+|down\s+)?(?:til|te|to)\s+(?:the\s+)?(?:sjoen|havet|vannet|vatnet|elva|fjorden|kaia|sea|water|river)\s+(?:i\s+kveld|i\s+natt|tonight)\s+(?:og|and)\s+"
        r"(?:blir|blir\s+vaerende|blir\s+verande|stay|stays|wil\s+stay)\s+(?:der|dar|there)\b(?!\s+(?:til|te|until|med|with|en|ei|litt|noen|nokre|for|hele|heile|all|over)\b)"
        r"|voy\s+al\s+mar\s+(?:esta\s+noche|hoy))\b",
        # round 75 (batch 114): "kjøre ut på isen på stokkavannet nå m bilen" (driving out on the ice now or tonight; not ice fishing, skating, skiing, a race
        # or a driving course)
        r"^(?!.*\s(?:isfisk\w*|fisk\w*|pilk\w*|skoyt\w*|skate\w*|ski\w*|langrenn\w*|isbad\w*|fish\w*|bade\w*|race\w*|rally\w*|isbane\w*|kjoreskole\w*|glattkjor\w*)\b).*?\s(?P<hit>(?:kjore|kjor|kjorer|kjyre|koyre|koyrer|drive|driving)\s+(?:bilen\s+)?ut\s+pa\s+(?:isen|the\s+ice)\b(?:\s+\w+){0,3}?\s+(?:na|no|nu|now|i\s+kveld|i\s+natt|tonight))\b",
    ),
    _sign(
        "går ut i kulden uten jakke",  # round 46 (batch 57): "take a long walk up the fjell tonight without a jacket"
        r"^(?=.*(?:fjell|mountain|\s(?:tonight|i\s+kveld|i\s+natt|sno|snoen|snow|kulda|kulden|the\s+cold|minus)\b)).*\s(?:walk|hike|go|going|gar|ga|tur)\b(?:\s+\w+){0,8}?\s+(?:without|uten|utan)\s+(?:a\s+|my\s+|any\s+)?(?:jacket|coat|jakke|jakka|jakken|yttertoy)\b",
    ),
    _sign(
        "skriver uten å vite hvorfor",  # round 46 (batch 56): "idk hvorfor jeg skriver hit"
        rf" (?:idk|dunno|(?:vet|veit)\s+{NOT}|(?:dont|do\s+not)\s+know)\s+(?:hvorfor|kvifor|koffor|korfor|why)\s+(?:jeg|je|eg|ae|e|i)\s+(?:skriver|skriv|sender|texter|texta|tekster|writes|write|am\s+writing|im\s+writing|am\s+texting|im\s+texting)\s+(?:hit|her|til\s+dere|til\s+dokker|til\s+dykk|til\s+deg|til\s+nav|nav|dere|dette|this|here|to\s+you|you)\b",  # "je" round 53 (batch 71); "texter nav" round 73 (batch 110)
        # round 54 (batch 72): "dont know why i text you" ("... write to nav" round 62)
        r" (?:idk|dunno|(?:dont|do\s+not|didnt)\s+(?:realy\s+|even\s+)?know)\s+why\s+(?:i|im|i\s+am)\s+(?:text|texting|texted|message|messaging|messaged|sms|write|writing|wrote|telling|tell)\s+(?:you|u|this|to\s+you|here|nav|to\s+nav|(?:a|the)\s+(?:bot|robot|machine))\b",  # "telling a bot" round 73 (batch 111)
    ),
    _sign(
        "føler seg uønsket eller til bry",  # round 39
        # round 91 (batch 158): "eg kjem ikkje til å vere til bry for dokk meir" (one will not be a bother to NAV or anyone any more; only with another sign; not with work or a
        # move: "har fått jobb, så jeg kommer ikke til å være til bry for dere mer")
        _unless_any(r"jobb\w*|job|arbeid\w*|work|flytt\w*|moving|stilling\w*")
        + rf".*\s(?P<hit>(?:kjem|kommer|komer|kome|skal|ska)\s+{NOT}\s+(?:til\s+a\s+)?(?:{BE}|bli)\s+(?:til\s+)?(?:bry|belastning|byrde|plage)\s+(?:for|til|te)\s+(?:dere|dokk|dokker|dykk|nokon|noen|deg|nav|nan|nokken)\s+(?:meir|mer|lenger|lengre))\b",
        r" ingen\s+(?:vil|vile)\s+ha\s+(?:meg|mae)\b",
        r" (?:dont|do\s+not)\s+want\s+to\s+be\s+a\s+burden\b",
        # round 41 (batches 49-50): "det blir ikke noe mer stress fra meg etter i kveld", "skal ikkje plage dykk meir etter i dag"
        r" (?:ikke|ikje|itj|no)\s+(?:noe\s+|no\s+|noko\s+)?(?:mer|meir|more)\s+(?:stres|bry|mas|trobel|trouble|problem\w*)\s+(?:fra|from)\s+(?:meg|mae|me)\b",
        r" (?:skal|ska|vil)\s+(?:ikke|ikje|itj|kje)\s+(?:plage|plaga|bry|mase|forstyre)\s+(?:dere|dykk|dokker|dokk|deg)\s+(?:mer|meir|lenger)\s+(?:etter|fra)\s+(?:i\s+dag|i\s+kveld|na|no)\b",
        # round 43 (batches 52-53): "ska kje plage dokker meir", "hu fortjene ein bedre enn meg", "så slepp dokker å mase på mæ meir"
        r" (?:skal|ska|vil)\s+(?:ikke|ikje|itj|kje|iki)\s+(?:plage|plaga|bry|mase|forstyre)\s+(?:dere|dykk|dyk|dokker|dokk|deg)\s+(?:mer|meir|lenger)\s*(?:$|har|e|eg|jeg|ae|no|na)\b",
        # round 95 (batch 175): "sorry for alt. dokke fortener betre enn meg. ha det" (without "ein", "someone"; and "fortenar", "deserve")
        " " + _DESERVES_BETTER_THAN_ME,
        r" (?:slipper|slepp|slepe|slip)\s+(?:dere|dokker|dykk|de|du|dokk)\s+a\s+(?:mase|plages|bry\s+dere|tenke)\s+(?:pa|med)\s+(?:meg|mae)\s+(?:mer|meir)\b",
        # round 45 (batches 54-55): "vil ikke være bry for noen mer", "han ikke trenger meg mer", "e koster mer enn e gir",
        # "han ska ikkje tenka at d e hans feil"
        rf" (?:vil|vile)\s+{NOT}\s+(?:vaere|vere)\s+(?:til\s+)?bry\s+(?:for|til)\s+(?:noen|nokon|non|nan|ingen)\s+(?:mer|meir|lenger)\b",
        # round 81 (batch 127): "Etter fredag skal jeg ikke lenger være til bry for noen" ("skal", the subject after it, "lenger" before the verb)
        rf" (?P<hit>(?:skal|ska|vil)\s+(?:(?:jeg|je|eg|ae|e)\s+)?{NOT}\s+(?:lenger|lengre|mer|meir)\s+(?:vaere|vere|vera)\s+(?:til\s+)?bry\s+(?:for|til)\s+(?:noen|nokon|non|nan|ingen|anyone))\b",
        # round 65 (batch 94): "etter fredag ska je itte plage noen mer" (anyone, not "dere"; not with a question, today or a thing named after it)
        rf" (?:skal|ska|vil)\s+(?:{I}\s+)?{NOT}\s+(?:plage|plaga|bry|forstyre)\s+(?:noen|nokon|non|nan|anyone|anybody)\s+(?:mer|meir|lenger|more|anymore)\b(?!\s+(?:med|i\s+dag|pa|om|with|today|about)\b)",
        r" (?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:meg|mae)\s+(?:mer|meir|lenger)\b| (?:ikke|ikje|itj)\s+(?:trenger|treng)\s+(?:meg|mae)\s+(?:mer|meir|lenger)\b| (?:trenger|treng)\s+(?:meg|mae)\s+(?:ikke|ikje|itj)\s+(?:mer|meir|lenger)\b",
        r" (?:koster|kostar)\s+(?:mer|meir)\s+(?:enn|en)\s+(?:jeg|eg|e|ae|i)\s+(?:gir|gjev|gi|bidrar)\b",
        r" (?:skal|ska|ma)\s+(?:ikke|ikje|itj)\s+(?:tenke|tenka|tro|tru)\s+(?:at\s+)?(?:det|d)\s+(?:er|e)\s+(?:hans|hennes|hennar|dykkar|deres|din|ditt)\s+(?:feil|skyld)\b",
        # round 55 (batch 75): "everyone will be relieved" (not "... when the project is done", "... that ...")
        r" (?:everyone|everybody|they|my\s+family|alle|familien)\s+(?:will|would|wil|wud|vil|ville|kommer\s+til\s+a)\s+(?:be\s+|bli\s+|vaere\s+)?(?:so\s+)?(?:relieved|letta|lettet)\b"
        r"(?!\s+(?:when|that|to|if|once|after|because|by|nar|at|hvis|om|over|the)\b)",
        # round 57 (batches 78-79): thanks for a chance that "va bortkasta på mæ" (not a course one knew already); "jeg ikke plage dere mer"
        # in the word order of broken Norwegian
        r"^(?=.*\s(?:takk|tak|takker|thanks|thank\s+you)\b)(?!.*\s(?:kurs\w*|course|kunne\s+(?:alt|det)|knew|allerede|already|fra\s+for)\b).*\s(?:var|va|er|e|was|is|blei|ble)\s+"
        r"(?:heilt\s+|helt\s+|bare\s+|berre\s+)?(?:bortkasta|bortkastet|wasted)\s+(?:pa|on)\s+(?:meg|mae|me)\b",
        # round 84 (batch 132): Northern "æ skal ikkje plag dokker meir etter søndag" ("plag", the verb cut short; only with another sign, as before)
        rf" (?:jeg|je|eg|ae)\s+(?:(?:skal|ska|vil)\s+)?{NOT}\s+(?:plage|plaga|plag|bry|mase|forstyre)\s+(?:dere|dykk|dokker|deg|noen|nokon|naken|nakon|nan|non)\s+(?:mer|meir|lenger)\b"
        r"(?!\s+(?:med|m)\s+(?:\w+\s+)?(?:meldinger|meldingar|meldinga|melding|sms\w*|sporsmal\w*|spam|messages|texts|mail\w*|epost\w*|e\s+post\w*))",  # "ska ikkje plage nåken meir" round 72 (batch 108); round 84: not "... mer med meldinger" (messages)
        # round 64 (batches 92-93): no more trouble with one ("det blir ikkje meir bry med meg", "dere skal itte ha mer bry med meg"; not "... nå som",
        # "fordi": an errand done), "after friday i am not problem for nobody", Swedish "behöver ingen bry sig om mig längre"
        rf" {NOT}\s+(?:ha\s+)?(?:noe\s+|no\s+|noko\s+)?(?:mer|meir|more)\s+(?:bry|mas|trobel|trouble|problem\w*)\s+(?:med|with)\s+(?:meg|mae|me)\b"
        r"(?!\s+(?:(?:na|no)\s+som|fordi|sidan|siden|since|because|now\s+that|etter\s+at|nar)\b)",
        # (not with an errand asked about after it: "just asking about my payment", "lurer bare på", round 65)
        r"^(?!.*\s(?:(?:just|only)\s+(?:asking|wondering|want\s+to\s+know)|(?:bare|berre)\s+(?:lurer|lurte|spor|spur)|lurer\s+pa|lurte\s+pa)\b)"
        r".*\s(?P<hit>(?:(?:i\s+am|im|i\s+wil\s+be|il\s+be)\s+(?:not|no|no\s+more)|(?:i\s+wont|i\s+wil\s+not)\s+be)\s+(?:a\s+)?(?:problem|burden|trouble)\s+(?:for|to)\s+(?:nobody|anybody|anyone|no\s+one|you|nav))\b",
        r" (?:(?:behover|trenger|treng)\s+ingen|ingen\s+(?:behover|trenger|treng))\s+(?:a\s+)?bry\s+(?:sig|seg)\s+(?:om|med)\s+(?:mig|meg|mae)\s+(?:laengre|lengre|lenger|mer|meir)\b",
        # round 74 (batch 113): "after eid I won't be a problem for anybody" (above); "eg har vore til bry lenge nok" (a burden long enough; "sorry for
        # alt bryet jeg har vært" is left to "sier farvel", which has "sorry for alt": one phrase does not add up to two signs)
        r" (?P<hit>(?:har|have|hev|ive)\s+(?:vore|vaert|vert|been)\s+(?:til\s+)?(?:bry|byrde|a\s+burden|a\s+bother|trouble)\s+(?:for\s+\w+\s+)?(?:lenge\s+nok|long\s+enough))\b",
        # round 75 (batch 115): "ingen kommer savne meg" (nobody will miss me, "til å" left out; as the last words)
        r" (?P<hit>(?:ingen|nobody|no\s+one)\s+(?:kommer|kjem|komer|vil|will)\s+(?:til\s+a\s+|te\s+a\s+)?(?:savne|sakne|miss)\s+(?:meg|mae|me))\s*$",
        # round 85 (batch 135): Moroccan Arabic "hshuma uansett det jeg er for familien" (a shame, that is what one is for the family; "jeg er en skam for familien"; only
        # with another sign; not a thing or someone else that is a shame, nor with a laugh)
        r"^(?!.*\s(?:haha\w*|hehe\w*|lol|xd)\b).*\s(?P<hit>(?:hshuma|hchuma|hchouma|hshouma|hshoma|shuma|skam|skammen|en\s+skam|ei\s+skam|a\s+shame|a\s+disgrace)\b(?:\s+\w+){0,2}?\s+(?:det|som|that|what)\s+(?:jeg|je|eg|ae|i)\s+(?:er|e|am)\s+"
        r"(?:for|to)\s+(?:familien|familia|family|my\s+family|foreldrene|foreldra|mamma|pappa|dem|dei|them)"
        r"|(?:jeg|je|eg|ae|i)\s+(?:er|e|am|m)\s+(?:bare\s+|berre\s+|just\s+|only\s+)?(?:en\s+|ei\s+|a\s+)?(?:skam|shame|disgrace|hshuma|hchuma)\s+(?:for|to)\s+(?:familien|familia|family|my\s+family|foreldrene|foreldra|mamma|pappa))\b",
    ),
    _sign(
        "ordner det slik at ingen merker det",  # round 39
        # round 93 (batches 164 and 167): "passordan te facebook og banken ligg i skuffa på kjøkkenet. sei det te søstra mi", "my passwords are in the blue notebook, please
        # tell my brother in vilnius" (passwords named, and told to tell a sibling, a parent or a partner, as the last words; only with another sign; not the wifi, while away,
        # a forgotten or new password, a bill to pay or a streaming account: "har glemt passordet til bankid, si det til mamma")
        r"^(?=.*\s(?:pasord\w*|pinkod\w*|paswords?|kodene|koda|kodane)\s)"  # the rare words first: the check is cheaper so
        + _NOT_THE_WIFI + _NOT_AWAY_FOR_A_WHILE
        + _NOT_A_PASSWORD_FORGOTTEN_OR_FOR_A_BILL  # round 94: the guard made a constant (shopping added)
        + r".*\s(?P<hit>(?:please\s+|ver\s+sa\s+snil\s+a\s+)?(?:si|sei|seie|fortel|tell|tel)\s+(?:det\s+|dette\s+|dem\s+|it\s+|this\s+|them\s+)?(?:til\s+|te\s+|to\s+)?(?:min\s+|mi\s+|mitt\s+|my\s+)?"
        r"(?:bror|broren|brother|soster|sostera|sosteren|sostra|sister|lilebror\w*|lilesoster\w*|storebror\w*|storesoster\w*|mor|mora|moren|mamma|mama|mother|mum|mom|far|faren|pappa|papa|dad|father"
        r"|kona|mannen|wife|husband|dattera|datteren|dotra|dotera|sonen|daughter|son)(?:\s+(?:min|mi|mitt))?(?:\s+(?:in|i|pa)\s+\w+)?)\s*$",
        r" (?:merker|merke|merkar|oppdager|oppdagar|finner|finn)\s+(?:ingen|ikje\s+nokon|ike\s+noen)\s+(?:noe\s+|noko\s+|meg\s+|mae\s+)?(?:for|til|te)\s+(?:\w+dag|i\s+morgen|i\s+morgo|neste\s+\w+)\b",
        # round 42 (batch 51): the insurance papers told to one's wife
        r" (?:tell|si\s+til|sei\s+til|fortel)\s+(?:my|min|mi)\s+(?:wife|husband|kona|mannen|mor|mother|mum|son|daughter|sonen|dotera|dateren)\s+(?:that\s+|at\s+)?(?:the\s+)?(?:insurance|forsikring\w*|papers|papirene|papira|testament\w*|pasword\w*|pasord\w*)\b",
        # round 50 (batch 64): "ikkje si nåkka te dem før i morra"
        rf" (?:{NOT}|dont|do\s+not)\s+(?:si|sei|sig|fortell|tell)\s+(?:noe|noko|nakka|naka|nokka|noka|nake|na|anything|noget|nogenting)\s+(?:til|te|to)\s+(?:\w+\s+){{0,2}}(?:for|til|te|before|until|innen)\s+(?:(?:etter|after)\s+)?(?:i\s+morgen|i\s+morra|imorra|imorgen|i\s+morgon|i\s+marra|tomorrow|\w+dag|helga|helgen|the\s+weekend|etterpa|afterwards)\b",  # "itj si nå te dattra mi før etter helga" round 69
        # round 57 (batches 78-79): "ingen ska merke nokka" as the last words (not a surprise, a birthday, a party or a present)
        _unless_any(_A_SURPRISE_OR_A_PARTY) + r".*\s(?:ingen|ikke\s+noen|ikkje\s+nokon|nobody|no\s+one)\s+(?:skal|ska|kommer\s+til\s+a|kjem\s+til\s+a|vil|will)\s+"
        r"(?:merke|merka|merk|oppdage|skjonne|notice)\s+(?:noe|noko|nokka|noka|naka|nakka|nake|anything|a\s+thing)\s*$",
        # round 85 (batch 135): "jeg sa ha det til mamma i dag uten at hun skjønte noe" (a goodbye said without the other understanding or noticing it; only with another
        # sign, such as the goodbye itself; not a surprise, a party, a present or a joke, nor a child left at the kindergarten or school, work, a course, a mother with dementia, or a trip or the airport)
        r"^(?=.*\s(?:ha\s+det|hadet|farvel|farvell|adjo|goodbye|bye|klem\w*|hug\w*)\b)" + _unless_any(_A_SURPRISE_OR_A_PARTY)
        + r"(?!.*\s(?:haha\w*|hehe\w*|lol|barnehage\w*|bhg|skole\w*|skule\w*|sfo|jobb\w*|kolleg\w*|kurs\w*|klasse\w*|trening\w*|dement\w*|demens|alzheimer\w*|sykehjem\w*|sjukeheim\w*|flyplass\w*|airport|reis\w*|ferie\w*|tur|turen)\b)"
        r".*\s(?P<hit>(?:uten|utan|without)\s+at\s+(?:hun|han|ho|hu|de|dei|dem|noen|nokon|mamma|mama|mor|pappa|far|she|he|they|anyone)\s+(?:skjonte|skjonner|skjona|forsto|forstod|merket|merka|merke"
        r"|understood|noticed|realised|realized)\s+(?:noe|noko|noka|nokka|no|nake|det|anything|a\s+thing))\b",
        # round 94 (batch 168): "... te søstra mi. ho vet ikke om det enda" (someone who does not know of it yet, as the last words; only with another sign)
        rf" (?P<hit>(?:(?:hun|ho|hu|han|de|dei|dem)\s+(?:vet|veit|vett)\s+{NOT}|(?:she|he|they)\s+(?:doesnt|dont|does\s+not|do\s+not)\s+know)\s+(?:(?:om\s+|about\s+)?(?:det|dette|it|this)\s+)?(?:enda|enna|enno|ena|ennu|yet))\s*$",
        # round 94 (batch 168): "sa ha det te gutan på jobben i dag. dem trur æ ska flytte. æ ska ikke flytte" (others think one is moving or going away, and one is not, as
        # the last words: a goodbye with a cover story; only with another sign, such as the goodbye itself)
        r"^(?=.*\s(?:trur|tror|trodde|trudde|tenker|think|thinks|thought)\s)"  # the rare words first: the check is cheaper so
        r".*\s(?:trur|tror|trodde|trudde|tenker|think|thinks|thought)\s+(?:at\s+|that\s+)?(?:(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|am|m)|im)\s+(?:flytte|flytta|flyte|moving|move|reise|reisa|going\s+away)\b"
        rf".*\s(?P<hit>(?:(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|am)|im)\s+(?:{NOT}|not)\s+(?:flytte|flytta|flyte|moving|reise|reisa|going\s+away))\s*$",
        # round 70 (batch 104): "ho treng ikkje vite kvifor enno" as the last words (only with another sign)
        r" (?:trenger|treng|trengs|needs|need)\s+(?:ikke|ikkje|itj|not)\s+(?:a\s+|to\s+)?(?:vite|veta|know)\s+(?:hvorfor|kvifor|korfor|koffor|why)(?:\s+(?:enno|enna|enda|ena|yet|na|no))?\s*$",
        # ... and "ikkje ring politiet" as the last words (round 70, batch 104); "i kveld jeg går opp på taket på blokka, ikke ring meg" (round 71,
        # batch 106: the roof of a block tonight, not for work, the view or fireworks; only with another sign)
        _NOT_WORK_ON_A_ROOF + r"(?!.*\s(?:fyrverkeri\w*|stjern\w*|nordlys\w*|stars|fireworks)\b).*\s(?:i\s+kveld|i\s+natt|tonight)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:gar|gjeng|skal\s+ga|ska\s+ga|go|am\s+going)\s+(?:(?:jeg|je|eg|ae|e)\s+)?(?:opp|op|up)\s+(?:pa|on|to)\s+(?:the\s+)?(?:taket|roof)\s+(?:pa|av|of|til)\s+(?:\w+\s+)?(?:blokka|bloka|blokken|hoyblokka|the\s+block|the\s+building|\w*huset)\b.*\s(?:ikke|ikkje|itj|dont|do\s+not)\s+(?:ring|ringe|call)\s+(?:meg|mae|me)\s*$",
        r" (?:ikke|ikkje|itj|dont|do\s+not)\s+(?:ring|ringe|call|send)\s+(?:politiet|police|ambulansen|ambulanse|ambulance|112|113)\s*$",
    ),
    _sign(
        "spør for en venn, men gjelder seg selv",  # round 21
        r" (?:spor|sporr|asking)\s+for\s+(?:en|ei|ein|a)\s+(?:venn|venninne|kompis|friend)\b.*\s(?:det\s+er\s+(?:for|om)\s+(?:meg|mae)|det\s+gjelder\s+meg|its\s+(?:for\s+)?me|(?:det|de|d)\s+(?:er|e)\s+(?:ikke|ikje|itj|ite)\s+(?:for|om)\s+(?:en|ei|ein)\s+(?:venn|venninne|kompis)|its\s+not\s+for\s+a\s+friend"
        r"|(?:nei|neida|ok|okei|egentlig)\s+(?:jeg\s+|eg\s+|ae\s+)?(?:spor|sporr)\s+for\s+(?:meg|mae|me))\b",  # "de e itj for en kompis" round 73 (batch 111); "spør for en kompis. nei spør for meg" round 75 (batch 114)
        r" (?:spor|sporr)\s+for\s+(?:en|ein|a)\s+(?:kompis|venn|friend|venninne)\b.*\s(?:nei|no)\s+(?:seriost|serios|seriously|egentlig)\b",  # round 45
    ),
    _sign(
        "sier fra som avtalt",  # round 22: "veilederen min sa jeg skulle si fra hvis det ble mørkt igjen. det er mørkt nå"
        r" (?:si\s+fra|si\s+ifra|sei\s+ifra|sei\s+fra|gi\s+beskjed)\s+(?:hvis|om|viss|nar)\s+det\s+(?:ble|blir|vart|vert)\s+(?:morkt|mork|svart|tungt|verre|ille)\b",
    ),
    _sign(
        "ingenting spiller noen rolle",  # round 21: "trur ikkje det spelle nå rolle uansett, æ har bestemt mæ"
        # round 89 (batch 148): "det e ikkje meir å vente på. takk for meg" (nothing more to wait for, nothing named after it; only with another sign; not a parcel, a bus, an
        # answer or someone waited for: "det e ikkje meir å vente på bussen", "det er ikke noe mer å vente på, pakken kom i dag")
        _unless_any(r"pakk\w*|buss\w*|tog|toget|svar\w*|vedtak\w*|brev\w*|post\w*|lever\w*|kom|kommer|kjem|kurs\w*|mote\w*|start\w*|begynn\w*|byrj\w*")
        + rf".*\s(?P<hit>(?:det\s+)?(?:er|e)\s+{NOT}\s+(?:noe\s+|noko\s+)?(?:meir|mer)\s+a\s+(?:vente|venta)\s+pa)\b(?!\s+(?:de|dei|dem|han|ho|hun|henne|ham|them|him|her)\b)",
        # round 87 (batch 141): "etter fredag er det slutt. bestemt mæ" (decided, as the last words, with nothing named that one decided on; only with another sign)
        r"^(?!.*\s(?:har|hev|ha)\s+bestemt\s+(?:meg|mae|mg)\s*$).*\s(?P<hit>bestemt\s+(?:meg|mae|mg))\s*$",  # "har bestemt meg" is "sier at det snart skjer"
        # round 88 (batch 147): "... så er je ferdig med alt. det er bestemt" ("it is decided" as the last words, after "ferdig med alt"; only with another sign; not a meeting
        # or a move decided: "møtet er flytta te fredag, det er bestemt")
        r"^(?=.*\s(?:ferdig|ferdi)\s+(?:med|m)\s+(?:alt|alting)\b).*\s(?P<hit>(?:det|d|de)\s+(?:er|e)\s+bestemt)\s*$",
        # round 71 (batch 106): "ittj spør ka æ ska gjør etter helga, det spiller ittj nån rolle" (the plans after a day asked about, then nothing
        # matters; not "spiller ingen rolle for meg hva vi gjør"); "sidan Anna gjekk bort har eg ikkje noko her å gjere" (after a death)
        rf" (?:{NOT}|dont|do\s+not)\s+(?:spor|sporr|ask)\s+(?:hva|ka|kva|what)\s+(?:jeg|je|eg|ae|e|i)\s+(?:skal|ska|wil|am\s+going\s+to)\s+(?:gjore|gjor|gjere|gjera|do)\s+(?:etter|after)\s+(?:helga|helgen|\w+dag|the\s+weekend|\w+day)\b"
        r"(?:\s+\w+){0,3}?\s+(?:spiller|spiler|speler|spelar|spele|spelle|spille)\s+(?:ike\s+|ikje\s+|itj\s+|ite\s+)?(?:ingen|noen|nokon|nan|noe|noka|inga)\s+rolle\b",
        rf" (?:sidan|siden|etter\s+at)\s+\w+\s+(?:gjekk|gikk|gjek|gik|dode|dodde|doyde|dog|died)\s+(?:bort\s+)?(?:har|hev)\s+(?:jeg|je|eg|ae|e)\s+{NOT}\s+(?:noko|noe|no|naka|nokka|nokon\s+ting)\s+(?:meir\s+|mer\s+)?(?:her\s+)?a\s+(?:gjere|gjore|gjera|gjor|leve\s+for|leva\s+for)\s*(?:her\s*)?(?:lenger|meir|mer)?\b(?!\s+(?:pa|i|enn|for|til|te|med)\b)",
        r" (?:spiller|spille|speler|spelar|spele|spelle)\s+(?:ingen|noen|nokon|na|noe|noka|nan|ikke\s+noen|ikkje\s+nokon)\s+rolle\s+(?:uansett|lenger|lengre|mer|meir|for\s+meg|anyway|anymore)\b",
        r" (?:doesnt|does\s+not)\s+matter\s+(?:anyway|anymore)\b",
        r" none\s+of\s+(?:it|this)\s+(?:wil|is\s+going\s+to|gona)\s+mater\s+(?:anymore|any\s+more)\b",  # round 59 (batch 82)
        # round 36: "ække noe vits lenger", "nothing left to do here"
        r" (?:aeke|eke|ike|ikje|itj)\s+(?:no|noko|noka|nokka)\s+vits\s+(?:lenger|lengre|meir|mer)\b",
        r" nothing\s+left\s+(?:for\s+me\s+)?(?:to\s+do\s+)?here\b",
        # round 54 (batch 72): Hedmark "itte no vits lenger"
        r" (?:ite|iki|inte|ikji)\s+(?:no|noko|noka|nokka|na|noe)\s+vits\s+(?:lenger|lengre|meir|mer)\b",
    ),
    _sign(
        "avslutter kontakten",
        # round 95 (batches 174-175): "im sorry for everything. please tell my brother in gdansk i love him. goodbye", "sorry for alt ... ha det" (a goodbye as the last words
        # after a sorry for everything, the shared words, which are "sier farvel": so the two add up; not "ha det bra", which says more)
        # found on review: after "you deserve better than me" too ("dere fortjener bedre enn meg. ha det"; not as a veileder or a laugh); not a sorry for a day, an illness, a
        # late bus or the noise ("sorry for everything yesterday, i was sick ... goodbye", "sorry for alt bråket på telefonen i går. ha det")
        rf"^(?=.*\s(?:{_SORRY_FOR_EVERYTHING}|{_DESERVES_BETTER_THAN_ME}(?!\s+(?:som|as|pa|i|haha\w*|hehe\w*|lol)\b)))"
        + _unless_any(r"i\s+gar|igar|i\s+dag|idag|yesterday|today|this\s+morning|last\s+night|i\s+morges|sjuk\w*|syk\w*|sick|bus\w*|late|seint|sent|forsink\w*|brak\w*|stoy\w*|noise")
        + r".*\s(?P<hit>goodbye|godbye|bye|farvel|farvell|ha\s+det|hadet|adjo|adios)\s*$",
        # round 95 (batches 173 and 175): "ikkje ring mæ. æ har bestemt mæ" (as the whole message), "skriv berre for å seie farvel. ikkje ring" (don't call, or don't call me,
        # as the last words or right before "I have decided" as the last words; only with another sign; the training line "dette er farvel. ikke ring, jeg svarer ikke
        # uansett", with no sign, keeps its features: words after it are not this; not "ringe", one who cannot call ("jeg kan svare men ikke ringe"), nor messages, the phone
        # or writing asked for instead, nor a meeting, a course or work named: "Skriv heller. Ikke ring meg.", "svar mæ på sms, ikkje ring", "takk for alt. møtet er over nå.
        # ikke ring")
        r"^(?=.*\s(?:ring|call)(?:\s+(?:meg|mae|me))?\s)"  # the rare words first: the check is cheaper so
        + _unless_any(r"sms\w*|melding\w*|meldinger|telefon\w*|mobil\w*|kontantkort\w*|svar|svare|svarer|svarar|skriv\s+(?:her|heller|helst|til\s+meg|te\s+mae)|skriv\w*\s+heller"
                      r"|text\w*|mail\w*|epost\w*|e\s+post\w*|chat\w*|app\w*|dagtid|jobb\w*|\w*mote|\w*motet|kurs\w*|timen|avtal\w*")
        + rf".*\s(?P<hit>(?:{NOT}|dont|do\s+not)\s+(?:ring|call)(?:\s+(?:meg|mae|me))?)(?=\s*$|\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:har|hev|have|ve)\s+(?:bestemt|decided)(?:\s+(?:meg|mae))?\s*$)",
        # round 91 (batch 159): "trur ikkje æ treng nåkka meir fra dokker etter dette" (needing nothing more from NAV after this; only with another sign; not with work, a move,
        # school or a pension: "har fått jobb, trenger ikke noe mer fra dere etter dette")
        _unless_any(r"jobb\w*|job|arbeid\w*|work|flytt\w*|moving|stilling\w*|kontrakt\w*|skole\w*|studi\w*|pensjon\w*|uforetrygd\w*|ufor\w*")
        + r".*\s(?P<hit>(?:(?:tror|trur)\s+(?:ikke|ikkje|itj|ite)\s+(?:jeg|je|eg|ae|e)\s+(?:trenger|treng|trenge)|(?:trenger|treng|trenge)\s+(?:jeg\s+|eg\s+|ae\s+|e\s+)?(?:ikke|ikkje|itj|ite))"
        r"\s+(?:noe|noko|naka|nokka|noka|nake|noen\s+ting|nokon\s+ting)\s+(?:meir|mer)\s+(?:fra|ifra|av)\s+(?:dere|dokker|dokk|dykk|nav|deg)\s+(?:etter\s+(?:dette|det\s+her)|heretter))\b",
        # round 91 (batch 159): "si te veilederen at ho ikkje treng å ringe meir" (someone asked to tell the veileder she need not call any more; only with another sign; not
        # with work, a move, school, illness, a holiday or messages instead: "... ikke trenger å ringe mer, sender sms i stedet")
        _unless_any(r"jobb\w*|job|arbeid\w*|work|flytt\w*|moving|stilling\w*|kontrakt\w*|skole\w*|studi\w*|syk\w*|sjuk\w*|ferie\w*|sms|melding\w*|app\w*|mail|epost|e\s+post")
        + r".*\s(?P<hit>(?:si|sei|seie|tell)\s+(?:til\s+|te\s+)?(?:veilederen|veiledaren|saksbehandleren|nav|dem|dei|henne|han)\s+(?:\w+\s+)?(?:at\s+)?(?:ho|han|hun|hu|dei|de|dere|dokker|she|he|they)\s+"
        r"(?:ikke|ikkje|itj)\s+(?:treng|trenger|trenge)\s+(?:a\s+)?(?:ringe|ringa|ringje|ring|kontakte)\s+(?:meg\s+|mae\s+)?(?:meir|mer|lenger|lengre))\b",
        # round 90 (batch 152): "timen min neste uke kan dere gi til noen andre" (one's appointment or place given to someone else; only with another sign; not a job, a
        # move, illness or a holiday: "timen min kan dere gi til noen andre, jeg har begynt i jobb")
        _unless_any(r"jobb\w*|job|flytt\w*|moving|syk\w*|sjuk\w*|ferie\w*|kurs\w*|lege\w*|tannlege\w*|influensa|korona|covid")
        + r".*\s(?P<hit>(?:timen|tima|timane|timene|plassen)\s+(?:min|mi|mine)\s+(?:\w+\s+){0,3}?(?:kan|ma)\s+(?:dere|dokker|dykk|du|de|dei|nav|you)\s+gi\s+(?:bort\s+)?(?:til|te|to)\s+(?:noen|nokon|non|nan|someone|somebody)\s+(?:andre|anna|annan|annen|else))\b",
        # round 90 (batch 153): "takk for alt. dokker ser meg ikkje meir" (NAV will not see or hear from one any more; only with another sign; not a move, work, a course or a
        # trip, the shared guards; "... ikke igjen" is left as it was)
        _NOT_AWAY_FROM_HERE + r".*\s(?P<hit>(?:dere|dokker|dykk|du|you|nav)\s+(?:ser|far\s+se|far\s+sja|kjem\s+til\s+a\s+sja|kommer\s+til\s+a\s+se|will\s+see|horer|hoyrer)\s+(?:meg|mae|me)\s+(?:ikke|ikje|itj|aldri|never)\s+(?:mer|meir|lenger|more|anymore))\b",
        # round 90 (batch 154): "ho treng ikkje spørre mæ om nåkka meir", "ingen treng å bry seg meir" (nobody need ask one or care any more; only with another sign)
        rf" (?P<hit>(?:trenger|treng|trengs)\s+{NOT}\s+(?:a\s+)?(?:sporre|sporje|sporja|spor|ringe|ringa|kontakte)\s+(?:meg|mae|mg)\s+(?:om\s+(?:noe|noko|noka|naka|no|non|nan)\s+)?{MORE}"
        rf"|ingen\s+(?:trenger|treng|trengs)\s+(?:a\s+)?(?:bry\s+seg|bekymre\s+seg|uroe\s+seg|tenke\s+pa\s+meg|lete\s+etter\s+meg)\s+(?:om\s+meg\s+|for\s+meg\s+)?{MORE})\b",
        # round 89 (batch 149): "Det er ikke noe mer dere trenger å gjøre for meg." (nothing more NAV need do for one, as the last words; only with another sign; not with
        # a job, a move or a case named: "fikk jobb, så det er ikke noe mer dere trenger å gjøre for meg")
        _unless_any(r"jobb\w*|job|flytt\w*|moving|kommune\w*|saken|soknad\w*|vedtak\w*") + r".*\s(?P<hit>(?:det\s+)?(?:er|e)\s+(?:ikke|ikkje|itj)\s+(?:noe|noko|mer|meir)\s+(?:mer\s+|meir\s+)?"
        r"(?:dere|dokker|dykk|du|nav)\s+(?:trenger|treng|ma|skal)\s+(?:a\s+)?(?:gjore|gjere|gjer|hjelpe|hjelpa)\s+(?:for|med)\s+(?:meg|mae))\s*$",
        # round 89 (batch 150): "i wont need the appointment on monday or anything after that" (nothing needed "or anything after that"; only with another sign; not a
        # job, a move or a course: "i wont need the appointment on monday or anything after that, got a job in bergen")
        _unless_any(r"jobb\w*|job|work\w*|flytt\w*|moving|move\w*|kurs\w*|course|skole\w*|school")
        + r".*\s(?P<hit>(?:wont|dont|will\s+not|trenger|treng)\s+(?:\w+\s+){0,5}?(?:or|eller)\s+(?:anything|noe|noko)\s+(?:after|etter)\s+(?:that|det|dette))\b",
        # round 88 (batches 144 and 147): "takk for alt. dette e siste sms", "ta vare på bikkja mi. siste melding" (the last message or SMS as the last words; only with another
        # sign; not one's last message asked about, nor a number changed, a holiday or today: "har du lest min siste melding", "bytter nummer, dette e siste sms"; "skriver
        # siste melding" is "sier farvel" already, not two signs)
        _unless_any(r"nummer\w*|number|abonnement\w*|telefon\w*|les|lest|lese|leste|read|sjekk\w*|svar\w*|forrige|ferie\w*|jul\w*|helg\w*|pask\w*|sommer\w*|i\s+dag|idag|i\s+kveld|for\s+na")
        + r".*\s(?<!skriver\s)(?<!skrive\s)(?<!skriv\s)(?<!sender\s)(?<!sende\s)(?P<hit>(?:(?:dette|det|this)\s+(?:er|e|blir|vert|is)\s+)?(?:den\s+)?(?:siste|sista|last)\s+(?:melding|meldinga|meldingen|sms|text|message))\s*$",
        # round 80 (batch 125): Swedish "efter fredag behöver ni inte bry er om mig mer" (no need to care about one after a day; only with another sign; not
        # "... förrän", nor a case sent elsewhere)
        r"^(?!.*\s(?:flyt\w*|moving|ny\s+handlaggare|nytt\s+kontor|annat\s+kontor|ny\s+veileder)\b)"
        r".*\s(?P<hit>(?:efter|etter|after)\s+(?:\w+dag|helgen|helga)\s+(?:behover|trenger|treng)\s+(?:ni|dere|du|dokker|dykk)\s+(?:inte|ike|ikje|itj)\s+(?:bry\s+(?:er|dere|dig|deg)\s+om|tenke\s+pa|tanka\s+pa)\s+(?:mig|meg|mae)\s+(?:mer|mera|meir|lenger|langre|laengre))\b",
        # round 79 (batch 123): "nobody at NAV has to deal with my case after this weekend" (no one needs to handle one's case after a day; not "until", nor
        # a case handed to another office or a new veileder)
        r"^(?!.*\s(?:moving|move|moved|new\s+(?:job|adviser|advisor|veileder|office)|transferred|another\s+office|job)\b)"
        r".*\s(?P<hit>(?:nobody|no\s+one|noone)\s+(?:at\s+nav\s+|in\s+nav\s+)?(?:has|have|needs|wil\s+need|wil\s+have)\s+to\s+(?:deal|bother)\s+with\s+(?:my\s+case|me|my\s+file)\s+"
        r"(?:any\s+more\s+|anymore\s+)?after\s+(?:this\s+weekend|the\s+weekend|tomorow|tonight|today|this\s+week|\w+day))\b",
        # round 77 (batches 118-119): "sist gang jei skriver" (the last time one writes, in the present; not "siste gang jeg skrev", nor "sist gang jeg skriver
        # var i mai"), "No further follow-up will be required from tomorrow onwards" (only with another sign)
        r" (?P<hit>(?:siste|sist|sista)\s+(?:gang|gong|gongen)\s+(?:jeg|jei|je|eg|ae|e|i)\s+(?:skriver|skriv|writes|write))\b(?!\s+(?:var|was|om|til|te|hit|her)\b)",
        r" (?P<hit>no\s+(?:further|more)\s+(?:folow\s+up|contact|meetings)\s+(?:wil\s+be\s+|is\s+)?(?:required|needed|necesary)\s+(?:from|after)\s+(?:tomorow|today|now|\w+day))\b",
        # round 65 (batch 95): "etter fredag trenger jeg ikke flere avtaler med NAV" (not with a reason given: a job, a course or a measure that ends)
        r"^(?!.*\s(?:fordi|siden|sidan|because|since|for\s+da|da\s+(?:er|e|blir|begynner|byrjar|starter)|jobb\w*|kurs\w*|tiltak\w*|job|work)\b)"
        # round 71 (batch 106): "etter fredag treng dokker ikkje kalle meg inn til fleire møte", "etter søndag jeg trenger ikke noe mer fra nav" (the same guards)
        rf".*\s(?P<hit>(?:etter|after|fra|fra\s+og\s+med|from)\s+(?:\w+dag|helga|helgen|i\s+dag|i\s+morgen|\w+day|today|tomorow|lonning|lonningen|lonna|payday)\s+(?:{I}\s+)?(?:trenger|treng|need)\s+(?:{I}\s+|dokker\s+|dokk\s+|dere\s+|dykk\s+|du\s+|you\s+)?{NOT}\s+"
        r"(?:(?:(?:a\s+)?(?:kalle|kale|innkalle|innkale)\s+(?:meg|mae)\s+inn\s+(?:til|te|pa)\s+)?(?:flere|fleire|fler|mer|meir|any\s+more|more)\s+(?:avtaler|avtalar|moter|motar|mote|timer|timar|appointments|metings)"
        r"|(?:noe|noko|no|naka)\s+(?:mer|meir)(?:\s+(?:fra|ifra|from)\s+(?:nav|dere|dokker|dykk|you)|(?=\s*$))"
        # round 79 (batch 122): "Etter torsdag trenger dere ikke å ringe meg mer" (no more calls after a day; the same guards: not a job, a course or a measure)
        r"|a\s+(?:ringe|ringa|ring|kontakte|kontakta|call|contact)\s+(?:meg|mae|me)\s+(?:mer|meir|lenger|igjen|any\s+more|anymore)))\b",  # round 75 (batch 115): "etter lønning jeg trenger ikke noe mer" (payday; as the last words)
        # round 62 (batch 88): "kommer ikke på møte mer" (not before, after or until a date, nor today)
        rf" (?:kommer|kjem|come)\s+{NOT}\s+(?:pa|til|te|to)\s+(?:\w+\s+)?(?:mote|motet|motene|motane|mota|motan|moter|timen|timene)\s+(?:mer|meir|lenger|lengre|igjen|any\s+more|anymore)\b(?!\s+(?:for|etter|after|til|te|until|enn|i\s+dag|i\s+kveld|i\s+morgen|denne|this)\b)",
        # round 35: letters laid in the drawer, "trenger det ikke uansett om en uke", "snart er jeg ikke her"
        r" (?:brev\w*|letters?|lista|liste|lappen|list)\b.*\s(?:la|lagt|lagd|put)\s+(?:det|den|dem|dei|ho|han|it|them)\s+(?:i|in|pa|on)\s+(?:skufen|skufa|kjokenbordet|bordet|the\s+drawer|the\s+table|their\s+(?:school\s+)?(?:bags|backpacks)|skolesekk\w*|sekkene|sekkane|ransel\w*|sekken|kommoden|kommodeskuffen)\b",  # the list, the school bags round 46; "i sekken hennes", "i kommoden" round 72 (batch 109)
        rf" (?:trenger|treng)\s+(?:det|den|dem|dei)\s+{NOT}\s+(?:uansett\s+)?(?:om|etter)\s+(?:en|ei|ein|to|tre|\d+)\s+(?:uke|veke|dager|dagar)\b",
        rf" snart\s+(?:er|e)\s+(?:jeg|eg|ae)\s+{NOT}\s+her\b",
        # round 71 (batch 106): "hvis jeg ikke svarer etter fredag ikke ring mer" (a day named; not "ring heller i morgen")
        rf" (?:hvis|viss|om|if)\s+(?:jeg|je|eg|ae|e|i)\s+{NOT}\s+(?:svarer|svarar|svare|answer)\s+(?:etter|after|fra|from)\s+(?:\w+dag|helga|helgen|\w+day)\s+(?:{NOT}|dont|do\s+not)\s+(?:ring|ringe|call)\s+(?:meg\s+|mae\s+|me\s+)?(?:mer|meir|lenger|any\s+more|anymore)\b",
        # round 85 (batch 135): "hvis jeg ikke svarer mer, gi dem det" (no longer answering, with something to be given, sent or read then, or as the last words; only
        # with another sign; not the phone, its battery or coverage, work, a shift, a holiday or a trip)
        r"^(?!.*\s(?:telefon\w*|mobil\w*|batteri\w*|lading|dekning\w*|jobb\w*|vakt\w*|ferie\w*|reis\w*|tur|turen|fly)\b)"
        rf".*\s(?P<hit>(?:hvis|viss|om|dersom|if)\s+(?:jeg|je|eg|ae|e|i)\s+(?:{NOT}\s+(?:svarer|svarar|svare|answer)|(?:dont|do\s+not|stop)\s+(?:answer\w*|replying))\s+(?:mer|meir|lenger|lengre|any\s+more|anymore)"
        r"(?:\s+(?:gi|gje|send|sende|les|lese|apne|give|open|read|si|sei|tell)\s+(?:\w+\s+)?(?:dem|dei|de|han|ham|henne|ho|them|him|her|det|den|brevet|brevene|brevane|it)\b|\s*$))",
        # round 85 (batch 134): the retired nurse's "Jeg ber om at ingen forsøker å ringe meg i kveld" (nobody to try to call or contact one tonight or any more; only
        # with another sign, such as the will in order; not for a meeting, work, a shift, sleep, an illness, an exam, a trip or a party)
        _unless_any(r"mote\w*|jobb\w*|vakt\w*|nattevakt\w*|sove\w*|sover|syk\w*|sjuk\w*|eksamen\w*|kurs\w*|fordi|pga|opptatt|busy|ferie\w*|tur|turen|reis\w*|bursdag\w*|fest\w*")
        + r".*\s(?P<hit>(?:(?:ingen|ikke\s+noen|ikkje\s+nokon|nobody|no\s+one)\s+(?:forsoker|forsoke|prover|prove|provar|skal\s+prove|skal\s+forsoke|tries|try)|(?:ikke|ikkje|itj|dont|do\s+not)\s+(?:prov|prove|forsok|try))"
        r"\s+(?:a\s+|to\s+)?(?:ringe|ringa|ring|kontakte|kontakta|call|contact|reach)\s+(?:meg|mae|me)\s+(?:i\s+kveld|i\s+natt|i\s+nat|tonight|mer|meir|igjen|again|any\s+more|anymore))\b",
        # round 85 (batch 134): the mountain guide's "Dere kan arkivere meg." (oneself filed away, not a case or a paper; only with another sign)
        r" (?P<hit>(?:dere|de|dokker|dykk|du|nav|you)\s+(?:kan|ma|skal|can|may)\s+(?:bare\s+|berre\s+|just\s+)?(?:arkivere|arkivera|archive|file\s+away)\s+(?:meg|mae|me))\b(?!\s+(?:som|i|under|as|in|fra|from)\b)",
        # round 34: "i decided, sunday night after my last shift", "jeg ikke trenger de mer", "kommer ikke til å trenge det",
        # "sa at jeg inte kommer hämta henne"
        r" i\s+(?:decided|have\s+decided|made\s+up\s+my\s+mind)\s*(?:$|\s(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|tomorow|after|on|when|it\s+is)\b)",
        rf" {NOT}\s+(?:trenger|treng)\s+(?:den|dem|de|dei|det)\s+(?:mer|meir|lenger)\b",
        rf" (?:kommer|kjem)\s+{NOT}\s+til\s+a\s+(?:trenge|trenga)\s+(?:det|den|dem|dei)\s*$",
        r" (?:inte|ike|ikje|itj)\s+(?:kommer|kjem)\s+(?:til\s+a\s+|att\s+)?(?:haemta|hamta|hente|henta)\s+(?:henne|ham|han|ho|den|dem)\b",  # Swedish ä is "ae" here
        # round 33: "ingen grunn å beholde dem", "får ikke brug for dem mere", stopping lithium, "jeg vil gå til han snart"
        r" (?:ingen|no)\s+(?:grunn|vits|reason|point)\s+(?:a|i\s+a|to)\s+(?:beholde|behalde|keep)\s+(?:dem|dei|det|den|them|it)\b",
        rf" (?:far|fa)\s+{NOT}\s+(?:brug|bruk)\s+for\s+(?:dem|dei|det|den|them)\s+(?:mere|mer|meir|lenger)\b",
        rf" (?:slutet|sluta|slutta|stopet|stopa|stoped|stopped)\s+(?:med|a\s+ta|taking)\s+(?:litium|lithium|{PILLS})",
        r" (?:vil|skal|ska|want\s+to)\s+(?:ga|dra|komme|kome|go|be)\s+(?:til|te|with|to)\s+(?:han|henne|ham|ho|him|her)\s+(?:snart|soon)\b",
        r" (?:hvis|om|nar|if|when)\s+(?:politiet|police)\s+(?:ringer|ring|kontakter|calls|contacts|comes)\b",
        r" (?:da|sa|so)\s+(?:er|e)\s+det\s+slut\s+med\s+(?:det|alt|meg)\b",
        # "at han ikkje treng å ringe meg meir" (the veileder named as "han" or "ho", in the word order after "at") round 74 (batch 112)
        r" (?:(?:dere|de|dokker|dokk|dykk)\s+(?:trenger|treng|trengs)\s+(?:ikke|ikje|ikkj|itj)|at\s+(?:han|hun|ho|hu|dere|dokker|dykk)\s+(?:ikke|ikje|ikkj|itj)\s+(?:trenger|treng|trengs))\s+(?:a\s+)?(?:ringe|ring|kontakte|sende|skrive)\s+(?:meg|mae|til\s+meg)\s+(?:mer|meir|lenger|igjen|neste\s+uke|neste\s+veke|i\s+morgen|etter\s+(?:neste\s+uke|neste\s+veke|denne\s+uka|denne\s+veka|helga|helgen|\w+dag|i\s+dag|i\s+morgen))",  # "etter neste uke" round 46
        r" (?:dere|de|dokker|dykk|du)\s+(?:trenger|treng)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:stresse|mase|bry\s+dere|bry\s+deg)\s+med\s+(?:a\s+finne\s+)?(?:jobb|meg|mae)\b",  # round 22
        r" (?:vet|veit|vett)\s+(?:ikke|ikkje|itj)\s+(?:helt\s+)?om\s+(?:jeg|eg|e|ae)\s+(?:er|e)\s+her\s+(?:da|pa\s+\w+|lenger|til)\b",  # round 22
        r" (?:det|de)\s+blir\s+(?:ikke|ikje|itj)\s+(?:flere|fleire|fler)\s+(?:moter|motet|samtaler|meldinger)",
        r" (?:det|de)\s+blir\s+(?:ikke|ikje|itj)\s+(?:no|noko|noen)\s+neste\s+(?:mote|gang|gong|samtale)\b",
        r" (?:det|de)\s+blir\s+(?:ingen|ikke\s+noen|ikkje\s+nokon)\s+(?:ny|nye|flere|fleire|neste)\s+(?:soknad|soknader|mote|moter|gang|gong|samtale)\b",  # round 21
        r" (?:trenger|treng|trenge)\s+(?:ikke|ikje|itj)\s+(?:den|han|ho|dem|de|tingene)\s+(?:mer|meir|lenger)",  # "trenge" round 31
        # round 31
        r" (?:du|dere|de|dokker|dykk)\s+(?:trenger|treng)\s+(?:ike|ikje|itj)\s+(?:a\s+)?(?:kale|innkale|invitere|boke)\s+(?:meg|mae)\s+(?:inn\s+)?(?:til|te|pa)\s+(?:flere|fleire|fler|nye|noen|nokon|meir|mer)\b",
        rf" (?:trenger|treng|trenge)\s+(?:\w+\s+)?(?:{NOT}|kje)\s+(?:\w+\s+){{0,4}}?(?:der|dit|hvor|kor)\s+(?:jeg|je|eg|ae|e)\s+(?:skal|ska|gar|drar|reiser)\b",  # "treng itj å vær me mæ dit æ ska" round 53 (batch 71)
        r" (?:wont|wil\s+not|dont)\s+(?:need|be\s+needing)\s+(?:them|em|it|this|that|anything|my\s+\w+)\s+where\s+(?:im|i\s+am)\s+(?:going|headed|heading)\b",  # "headed" round 51
        rf" (?:trenger|treng|trenge)\s+{NOT}\s+(?:lenger|lengre|meir|mer)\s+(?:\w+\s+)?(?:hund|hunden|kat|katen|bil|bilen|ting|tingene|klaer|klaerne)\b",
        r" (?:ive|i\s+have|i)\s+(?:picked|chosen|chose|set|decided)\s+(?:on\s+)?(?:the|a)\s+(?:day|date)\b(?!\s+(?:for|to|of|we|with)\b)",
        r" (?:valgt|bestemt)\s+(?:meg\s+for\s+)?(?:dagen|datoen|dag|dato)\s*(?:$|\s(?:etter|for|nar)\b)",
        r" bestemt\s+meg\s+for\s+(?:en|ein)\s+dato\b(?!\s+(?:for|til|pa)\b)",  # round 35
        r" (?:brev\w*|letters?)\b(?:.*\s(?:de|dei|dem|they|det))?\s+(?:ligger|ligg|are)\s+(?:i|in|pa|on)\s+(?:(?:an?\s+|en\s+|ein\s+|ei\s+)?(?:envelope|konvolut\w*)\s+(?:on|pa)\s+)?(?:skufen|skufa|kjokenbordet|bordet|the\s+drawer|the\s+table|(?:the\s+)?kitchen\s+table)\b",  # in an envelope (round 67)
        # round 30: "trenger ikke noe etter fredag uansett", "æ treng ho itj no meir etter i kveld", "i wont be here after sunday"
        # round 94 (batch 168): "trenger ikke flere møter etter denne helga" ("denne helga", "denne helgen")
        r" (?:trenger|treng|trng|need)\s+(?:\w+\s+)?(?:ike|ikje|itj|not)\s+(?:\w+\s+){0,3}etter\s+(?:denne\s+uka|denne\s+veka|denne\s+helga|denne\s+helgen|\w+dag|i\s+kveld|i\s+morgen|i\s+mora|helga|helgen)\b",
        rf" (?:skal|ska|kommer\s+til\s+a)\s+{NOT}\s+ha\s+bruk\s+for\s+(?:\w+\s+){{0,4}}(?:meir|mer|lenger|der\s+(?:jeg|eg|ae|e)\s+(?:skal|ska))\b",
        r" (?:du|dere|de|dokker|dykk)\s+(?:trenger|treng)\s+(?:ike|ikje|itj)\s+(?:a\s+)?(?:ring|ringe|ringa)\s+(?:meg\s+|mae\s+)?(?:meir|mer|lenger)\s*$",
        r" (?:i\s+)?(?:wont|wil\s+not)\s+be\s+(?:here|around)\s+(?:after|past|from)\s+\w+",
        r" (?:trenger|treng)\s+(?:den|han|ho|dem|dei|de)\s+(?:ikke|ikje|itj)\s*(?:$|mer|meir|lenger)",
        r" (?:dere|du|dokker|dykk)\s+har\s+gjort\s+(?:det|alt)\s+(?:dere|du|dokker|dykk)\s+(?:kunne|kan|klarte)\b",
        r" (?:ingen|ingen\s+andre)\s+(?:trenger|treng|skal)\s+(?:a\s+)?(?:gjore|gjere|ryde)",
        r" i\s+tilfele\s+(?:noe|noko|nokka)\s+(?:skjer|hender)",
        r" (?:san|slik)\s+i\s+tilfele\b",  # round 23
        r" (?:dor|doyr|dies)\s+(?:vel\s+|nok\s+|bare\s+)?(?:med|with)\s+(?:meg|mae|me)\b",  # round 27
        r" (?:det\s+)?(?:blir|vert)\s+(?:ike|ikje|itj|ite)\s+(?:bruk|behov)\s+for\s+(?:meir|mer|det|den|dem)\b",  # round 27
        r" (?:vil|vile)\s+(?:bare\s+|berre\s+)?at\s+(?:noen|nokon|someone)\s+(?:skal\s+)?(?:vite|veta|know)\s+(?:hvor|kor|where)\s+(?:de|dei|det|den|brevene|brevet|they|it)\s+(?:ligger|ligg|are|is)\b",  # round 26
        r" (?:(?:ike|ikje|itj)\s+(?:trenger|treng)|(?:trenger|treng)\s+(?:ike|ikje|itj))\s+(?:mer|meir)\s+(?:noe|noko|nake|nokka)\b",  # round 26
        r"(?:^|\s)ferdig\s+(?:na|no)\s+(?:takk|tak|thanks)\b",  # round 26
        r" (?:trenger|treng|traenger)\s+(?:ike|ikje|itj)\s+(?:noe|noko|na|nan|nake)\s+(?:av|fra)\s+(?:deg|dae|dere|dokker|dykk|nav)\s+(?:mer|meir|lenger)\b",  # round 25
        r" (?:hvis|viss|om|dersom|if)\s+(?:noe|noko|nokka|noka|something)\s+(?:skje|skjer|hender|happens|happen)\s+(?:med|with|to)\s+(?:meg|mae|me)\b",  # round 24
        r" (?:om|hvis|viss|dersom)\s+(?:naka|nakka|nake|nokke|noko|nokka|noe)\s+(?:skjer|skje|hender|hend)\s+(?:me\s+)?(?:meg|mae)\b",  # round 47: "om nåkka skjer mæ"
        r" (?:ingen|ikke\s+noen|ikkje\s+nokon)\s+skal\s+(?:ha\s+)?(?:bry|stri|problem\w*)\s+med\s+(?:meg|mae)\b",
        # round 16
        r" (?:kommer|kjem)\s+(?:ikke|ikkje|itj)\s+(?:til|te)\s+a\s+(?:trenge|trenga)\s+(?:(?:noe|noko|noen|nokon|non|nan|nake|nokka)\s+(?:ny|nytt|mer|meir)|(?:flere|fleire|fler)\s+(?:moter|mote|samtaler|samtalar|timer))\b",
        r" (?:i\s+)?(?:wont|wil\s+not)\s+need\s+(?:it|them|this|that|anything)\b",
        # round 21: "I won't need the course spot anymore", "ikke bruk mer tid på meg", "trenger ikke tenke på meg etter fredag"
        r" (?:i\s+)?(?:wont|wil\s+not)\s+need\s+(?:\w+\s+){0,3}(?:anymore|any\s+more)\b",
        r" (?:ikke|ikkje|itj|dont|do\s+not)\s+(?:bruk|kast|spend|waste)\s+(?:mer|meir|more)\s+tid\s+(?:pa|on)\s+(?:meg|mae|me)\b",
        r" (?:trenger|treng)\s+(?:ingen|ikke\s+noen|ikkje\s+nokon)\s+(?:a\s+)?(?:bry\s+seg|tenke|bekymre\s+seg)\s+(?:om|for|pa)\s+(?:meg|mae)\s+(?:mer|meir|lenger)\b",
        r" (?:trenger|treng|trengs)\s+(?:dere\s+|du\s+)?(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:tenke|tenka|bekymre\s+dere|bry\s+dere)\s+(?:pa|om|for)\s+(?:meg|mae)\s+(?:etter|fra|fra\s+og\s+med|lenger|mer|meir)\b",
        # round 14: "kommer ikke til å trenge dere mer, så dere kan bare avslutte saken min"
        r" (?:kommer|kjem)\s+(?:ikke|ikkje|itj)\s+til\s+a\s+(?:trenge|trenga)\s+(?:dere|dokker|dykk|deg|nav|hjelp)\s+(?:mer|meir|lenger|lengre)\b",
        r" (?:dere|du|dokker|dykk|de)\s+kan\s+(?:bare\s+|berre\s+)?(?:avslutte|avslute|lukke|lukka|slette|sletta|stenge|stengje|stenga)\s+(?:saken|saka|mappa|mappen)\s+(?:min|mi)\b",
        r" (?:han|hun|ho|de|dei|dere|dokker|dykk)\s+kan\s+(?:bare\s+|berre\s+)?(?:ha|beholde|behalde|fa)\s+(?:det|dem|dei|den|alt)\b",
        r" (?:sagt|sa|seier)\s+opp\s+(?:mobil\w*|abonement\w*|telefon\w*|forsikring\w*|strom\w*|straum\w*)",
        # round 93 (ordinary batch 163): not with a wish for no more SMS as the last words after "fra meg" ("dette er siste melding fra meg, ikke send meg flere sms": an
        # opt-out, the shared words)
        r" (?:dete|det)\s+er\s+(?:den\s+|min\s+|mi\s+)?(?:siste|sista)\s+(?:melding|meldinga|gang|gongen)\b(?!\s+(?:fra|ifra|from)\s+(?:meg|mae|me)\s+" + _NO_MORE_MESSAGES_AS_THE_LAST_WORDS + ")",
        r" (?:kommer|kjem)\s+(?:ikke|ikkje|itj)\s+(?:pa|til)\s+(?:noe|noko|noen|nokon|flere|fleire)\s+(?:mer|meir|moter|fler)\b",
        r" (?:for|en|ein)\s+(?:siste|sista)\s+(?:gang|gong|gongen)\b",
        r" (?:ikke|ikkje|itj)\s+(?:ring|ringe|ringa|ringje)\s+(?:meg|mae)\s+(?:mer|meir|igjen|lenger)\b",  # "ringe" round 55 (batch 75)
        # round 87 (batch 143): not after a plain lack of food ("kjøleskapet har vært tomt ... nå er det slutt på det også": the oats ran out)
        _A_PLAIN_LACK_OF_HEAT_OR_FOOD + r".*\s(?P<hit>(?:na|no)\s+(?:er|e)\s+det\s+(?:over|slut))\b(?!\s+(?:for\s+(?:meg|mae)\s+)?med\b)",
        # round 87 (batch 142): "takk for alt. det e over nå. ikkje ring" ("do not call" as the last words after "det er over"; not a call put off: "ikke ring før fredag")
        r"^(?=.*\s(?:det|d|de)\s+(?:er|e)\s+over\b)(?!.*\s(?:mote\w*|kurs\w*|jobb\w*|vakt\w*|skift\w*|timen|kampen|festen|ferie\w*)\b).*\s(?P<hit>(?:ike|ikje|itj|ite|ikj)\s+(?:ring|ringe|call)(?:\s+(?:meg|mae|me))?)\s*$",
        r" (?:tror|trur)\s+(?:jeg|eg|ae|e)?\s*(?:ikke|ikkje|itj)\s+(?:at\s+)?(?:jeg|eg|ae|e)\s+(?:er|e|blir)\s+her\s+(?:(?:pa|til|te|i)\s+)?(?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|motet|neste|helga|helgen|jul|jula|julen|paske)\b",  # "æ ... te helga" round 26; "her neste uke" round 53 (batch 70)
        # round 38: "Det vil ikke lenger være behov for flere møter", "det e bedre sånn før alle",
        # "vil bare at noen skal vite at det ikke er noen sin skyld"
        r" (?:ikke|ikkje|itj)\s+(?:lenger|lengre|meir|mer)\s+(?:vaere\s+|vere\s+|bli\s+)?(?:behov|bruk)\s+for\s+(?:flere|fleire|nye|mer|meir)\s+(?:moter|mote|samtaler|samtalar|meldinger|meldingar)\b",
        r" (?:det\s+)?(?:er|e)\s+(?:bedre|betre)\s+(?:sann|slik|sik|sa)\s+(?:for|fo)\s+(?:alle|ale|everyone)\b",
        r" (?:ikke|ikkje|itj)\s+(?:er\s+|e\s+)?(?:(?:noen|nokon|nan|dokker|dere|dykk|nav|veilederen|veiledaren)\s+(?:sin|sitt|si)|noens|nokons|dokkers|dykkar|navs)\s+(?:skyld|feil)\b",  # "NAV sin feil" round 55 (batch 75)
        # round 39: "dokk treng itj kall mæ inn te fleire møta", "ække noen vits å sette opp flere møter med meg"
        r" (?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:a\s+)?(?:kale|kalle|kal|innkale|innkalle)\s+(?:meg|mae)\s+(?:inn\s+)?(?:til|te)\s+(?:flere|fleire|fler|nye|meir|mer)\s+(?:moter|mote|mota|motan|samtaler)\b",
        r" (?:ikke|ikje|itj|aeke|ke)\s+(?:noen\s+|nokon\s+)?vits\s+(?:a\s+)?(?:sete\s+opp|setje\s+opp|avtale|boke|booke|planlegge)\s+(?:flere|fleire|nye|fler)\s+(?:moter|mote|mota|samtaler)\b",
        # round 42 (batch 51): an appointment one "will not be needing"
        r" (?:wil\s+not|wont)\s+be\s+needing\s+(?:the\s+|my\s+|\w+s\s+)?(?:apointment|meting)\b",
        # round 43 (batches 52-53): no need to book anything, "treng ikkje sette opp nytt møte", "trenger ikke møte på fredag",
        # "trenger'ke vente på meg", "ta meg ut av alle listene", letters to someone else "from now on"
        r" (?:dont|do\s+not|no)\s+need\s+to\s+book\s+(?:me\s+)?(?:in\s+)?(?:for\s+anything|the\s+next|another|any|a\s+new|next)\b",
        rf" (?:trenger|treng)\s+{NOT}\s+(?:a\s+)?(?:sette|setje|sett)\s+opp\s+(?:nytt|nye|flere|fleire|neste|et\s+nytt|eit\s+nytt)\s+(?:mote|moter|mota|time)\b",  # "sett" round 52 (batch 68)
        r" (?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:mote|motet|timen|time)\s+(?:pa\s+)?\w+dag\b",
        r" (?:trenger|treng|trengerke|trengerkje)\s+(?:ikke\s+|ikje\s+)?(?:a\s+)?vente\s+pa\s+(?:meg|mae)\b",
        r" (?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:mer|meir)\s+(?:praksis|kurs|tiltak|oppfolging|hjelp)\s+(?:na|no|lenger)\b",
        r" (?:ta|fjern\w*)\s+(?:meg|mae)\s+(?:ut\s+)?(?:av|fra)\s+(?:alle)\s+(?:listene|lister|registre\w*|systemene)\b",
        r" (?:letters|letter|brev|post|mail)\s+(?:\w+\s+){0,2}(?:go|gar|sendes|send)\s+(?:to|til)\s+(?:my|min|mi)\s+\w+\s+(?:\w+\s+)?(?:from\s+now\s+on|fra\s+na\s+av)\b",
        r" (?:wil\s+not|il\s+not|wont)\s+be\s+around\s+after\s+(?:this|today|tonight|the)\b",
        # round 45 (batches 54-55): "hun trenger ikke ringe tilbake", no new time to book, not the meetings after either,
        # "ikke bekymre dere for meg mer"
        r" (?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:a\s+)?(?:ringe|ringje|ring)\s+(?:meg\s+)?(?:tilbake|opp)\b",
        r" (?:trenger|treng)\s+(?:ikke|ikje|itj)\s+(?:a\s+)?(?:booke|boke|bestille|sette\s+opp)\s+(?:ny|nye|en\s+ny|neste)\s+(?:time|timer|mote)\b",
        rf" (?:kommer|kjem)\s+{NOT}\s+(?:pa|til|te)\s+(?:motet|mote)\b.*\s(?:eller|eler)\s+(?:dei|de|dem)\s+(?:etter|eter)\b",
        # round 51 (batches 66-67): not to the meeting "eller noen andre møter" (not until a date or for a reason), "won't be needing
        # anything after this weekend"
        rf" (?:kommer|kjem)\s+{NOT}\s+(?:pa|til|te)\s+(?:motet|mote)\b(?:\s+\w+){{0,3}}\s+(?:eller|or)\s+(?:(?:noen|nokon|nan|non|any)\s+)?(?:andre|andra|flere|fleire|fler|other|more)"
        r"\s+(?:moter|mote|mota|motan|meetings)\b(?!\s+(?:for|til|te|fordi|pga|before|until|because|etter|after)\b)",
        r" (?:wont|will\s+not|ill\s+not)\s+be\s+needing\s+(?:anything|nothing|it|them|em)\s+(?:after|past|beyond)\s+(?:this\s+|next\s+|the\s+)?(?:\w+day|weekend|week|tonight|today|tomorrow)\b",
        r" (?:ikke|ikje|itj|dont)\s+(?:bekymre|bekymr|uroe|worry)\s+(?:dere|dykk|dokker|deg|about)\s+(?:for\s+|om\s+)?(?:meg|mae|me)\s+(?:mer|meir|lenger|anymore)\b",
        # round 46 (batches 56-57): "Nobody needs to worry anymore", "jeg ikke lenger har behov for oppfølging"
        r" (?:nobody|no\s+one|noone|ingen)\s+(?:needs|has|have|trenger|treng|ma)\s+(?:to\s+|a\s+)?(?:worry|bekymre\s+seg|uroe\s+seg|engste\s+seg)\s+(?:\w+\s+)?(?:anymore|any\s+more|lenger|lengre|meir|mer)\b",
        r" (?:ikke|ikje|itj)\s+(?:lenger|lengre)\s+(?:har\s+|ha\s+)?(?:behov|bruk)\s+for\s+(?:oppfolging\w*|oppfylging\w*|hjelp|kontakt|dere|dokker|nav)\b",
        # round 47 (batches 58-59): "won't be needing the next appointment", "det blir ikke nødvendig med flere samtaler",
        # Swedish "ni behöver inte ringa mig efter idag"
        r" (?:will\s+not|wont|il\s+not)\s+be\s+needing\s+(?:the\s+|my\s+|any\s+)?(?:next|new|other|further|more)\s+(?:appointments?|meetings?|sessions?)\b",
        rf" (?:det|de)\s+(?:blir|er|vert|e)\s+{NOT}\s+(?:nodvendig|naudsynt|behov|bruk)\s+(?:med|for)\s+(?:flere|fleire|fler|nye|mer|meir)\s+(?:samtaler|samtalar|moter|mote|timer|meldinger)\b",
        r" (?:ni|du|dere)\s+(?:behover|trenger)\s+(?:inte|ikke)\s+(?:a\s+|att\s+)?(?:ringa|ringe|kontakta|kontakte|skriva|skrive)\s+(?:till\s+)?(?:mig|meg)\s+(?:mer|mera|lenger|langre|igen|efter|etter)\b",
        # round 49 (batches 62-63): "dokker treng ikkje sende meir te mæ", "if anything happens Njeri will go to my sister" (not a
        # plan for one's own day, nor "if anything happens with the application")
        r" (?:dere|de|dokker|dokk|dykk|du)\s+(?:trenger|treng|trengs)\s+(?:ikke|ikje|ikkj|itj|ite|kje)\s+(?:a\s+)?(?:sende|skrive|ringe)\s+(?:noe\s+|noko\s+|nokka\s+|na\s+)?(?:mer|meir|lenger)\s+(?:til|te)\s+(?:meg|mae)\b",
        r" (?:if|hvis|viss|om|dersom)\s+(?:anything|something|noe|noko|noka|nokka|naka)\s+(?:happens|happen|skjer|skje|hender)\b(?!\s+(?:med|with|to|pa|i|on|in)\s+(?!(?:me|meg|mae)\b))(?:\s+(?:to|with|med|me)\s+(?:me|meg|mae))?\s+(?:(?!(?:jeg|eg|ae|i|vi|me|we|du|you|dere)\b)\w+\s+){1,3}(?:will\s+go|goes|gets\s+to\s+(?:live|stay)|skal|ska|far|fa|kan)\s+(?:to|til|te|bo\s+hos|bu\s+hos|be\s+with|live\s+with|stay\s+with)\b",
        # round 48 (batch 60): the lease ended ("sagt opp leiligheta") with no new place named
        r"^(?!.*\s(?:utleier\w*|utleiar\w*|utleigar\w*|huseier\w*|huseigar\w*|husvert\w*|landlord\w*|kommunen|boligselskap\w*|vertinnen|verten|blitt|ble|blei|vart|pga|rad|rab|afford\w*|billig\w*|dyrt|dyr)\b)(?!.*\s(?:de|dei|dem|han|hun|ho|hu|they)\s+(?:har\s+)?(?:sagt|sa|sei)\s+opp\b).*\s(?:sagt|sa|sei)\s+opp\s+(?:leiligheten|leiligheta|leilegheita|hybelen|husleiekontrakten|leiekontrakten|leilighet)\b(?!.*\s(?:flytter|flyttar|flytta|flyttet|moving|moved|ny\s+leilighet|nytt\s+sted|ny\s+bolig|kjopt|kjopte|bostotte|depositum\w*|fordi\s+(?:jeg|eg)\s+(?:har|skal\s+flytte\s+til)|til\s+(?:den\s+)?\d+|te\s+(?:den\s+)?\d+)\b)",
        # round 50 (batch 65): "de treng ikkje ringe meir" (not "... om det", "i dag"), "dei skal ikkje ha noko styr etter meg"
        rf" (?:dere|de|dokker|dokk|dykk|du)\s+(?:trenger|treng|trengs)\s+{NOT}\s+(?:a\s+)?(?:ringe|ring|ringa|ringje|kontakte|skrive|sende)\s+(?:meg\s+|mae\s+|til\s+meg\s+)?(?:mer|meir|lenger|lengre)\b(?!\s+(?:enn|om|angaende|ang|for|pa|i\s+dag|i\s+kveld|denne|this|fordi|jeg\s+har|eg\s+har|da|sa|na|no)\b)",
        rf" (?:skal|ska|trenger|treng|skulle|sku|ma)\s+{NOT}\s+(?:ha\s+)?(?:noe\s+|noko\s+|naka\s+|nokka\s+)?(?:styr|bry|stri|strev|ekstra\s+arbeid|arbeid|jobb|ryddejobb|rot)\s+(?:etter|eter)\s+(?:meg|mae)\b",
        # round 52 (batch 69): not the meeting "or any meeting after that" (not until one is well, nor for a reason)
        r"^(?!.*\s(?:until|til|before|because|since|sick|hospital|operation|surgery|recovered|beter|wel|travel\w*|abroad)\b).*\s(?:not|wont|wil\s+not|ill\s+not|cant|cannot|can\s+not)"
        r"\s+(?:be\s+)?(?:atending|atend|coming\s+to|come\s+to|making)\s+(?:the|my|this|our)\s+(?:meting|appointment)\b(?:\s+\w+){0,3}?\s+or\s+any\s+(?:other\s+|more\s+|further\s+)?"
        r"(?:meting|metings|appointment|appointments)\s+(?:after|afterwards|ever)\b",
        # round 53 (batches 70-71): "trenge ikkje møte meir", "treng ikkje fleire møte" (not until a date, this week or for a reason),
        # "etter helga treng ikkje NAV bry seg med meg meir", "at jeg ikke kommer til å trenge noe mer fra nav"
        rf" (?:trenger|treng|trenge)\s+{NOT}\s+(?:(?:flere|fleire|fler)\s+(?:moter|mote|mota|motan|samtaler|samtalar)|(?:mote|moter|mota|motan)\s+(?:mer|meir|lenger|lengre))\b"
        r"(?:\s+med\s+(?:dere|dokker|dokk|dykk|deg|nav))?"  # round 55 (batch 74): "... fleire møte med dokker" (the same exclusions after it)
        r"(?!\s+(?:for|til|te|denne|dette|i|pa|fordi|enn|en|med|om|innen|etter|na|no|sa|this|until|before)\b)",
        rf" (?:trenger|treng|trengs)\s+{NOT}\s+(?:nav|dere|dokker|dykk|du|de|dei|noen|nokon)\s+(?:a\s+)?(?:bry\s+(?:seg|dere|dykk|deg)|bekymre\s+(?:seg|dere|deg)|tenke|tenkje|tenka)\s+(?:med|om|pa|for)\s+(?:meg|mae)"
        r"\s+(?:mer|meir|lenger|lengre|etter)\b",
        rf" {NOT}\s+(?:kommer|kjem)\s+(?:til|te)\s+a\s+(?:trenge|trenga)\s+(?:noe|noko|noen|nokon|nan|nake|nokka)\s+(?:mer|meir)\s+(?:fra|ifra|av)\s+(?:nav|dere|dokker|dykk|deg)\b",
        # round 54 (batches 72-73): "je treng'n itte etter fredag" (not while one is away), "treng kje melde meg på det kurset" (not signed
        # up already or for a reason), "det blir ikkje fleire møte for min del" (not before a date, for a reason or with someone else)
        r"^(?!.*\s(?:ferie\w*|holiday|reis\w*|mens|while|pass|passing)\b).*\s(?:trengn|trengan|trengern|trengarn|treng|trenger|trenge)\s+(?:\w+\s+)?(?:ite|inte|kje|ke|iki)\s+(?:\w+\s+){0,3}etter\s+"
        r"(?:denne\s+uka|denne\s+veka|\w+dag|i\s+kveld|i\s+morgen|i\s+mora|helga|helgen)\b",
        r"^(?!.*\s(?:allerede|allereie|alt\s+meldt|sjol|selv|myself|fordi|pga)\b).*\s(?:trenger|treng|trenge)\s+(?:ikke|ikje|itj|ite|kje|ke|inte)\s+(?:a\s+)?(?:melde|melda)\s+(?:meg|mae)\s+"
        r"(?:pa|opp\s+(?:pa|til)|inn\s+(?:pa|til))\s+(?:\w+\s+){0,2}(?:\w*kurs\w*|\w*tiltak\w*|\w*program\w*|\w*mote\w*)",
        r" (?:det|de)\s+(?:blir|vert)\s+(?:ikke|ikje|itj|ite)\s+(?:flere|fleire|fler)\s+(?:mote|mota|motan)\b"
        r"(?=\s+for\s+min\s+del\b|\s+pa\s+meg\b|\s+med\s+meg\b|\s*$|(?!\s+(?:for|til|te|i|pa|denne|dette|fordi|etter|med|hos|innan|innen)\b))",
        # round 59 (batch 82): "dere trenger ikke sende flere papirer til meg" (no more letters, as for the last time)
        rf" (?:dere|dokker|dykk|du|you)\s+(?:trenger|treng|trng|need)\s+{NOT}\s+(?:a\s+|to\s+)?(?:sende|send|skrive|ringe)\s+(?:flere|fleire|mer|meir|more)\s+(?:papirer|papir|brev|letters|papers)\s+(?:til|te|to)\s+(?:meg|mae|me)\s*$",
        # round 60 (batch 84): not coming to the next meeting "eller noko møte" (any meeting at all; not before a date or this week), "ikkje
        # send fleire innkallingar, e kjem ikkje te å trenge dei" as the last words
        rf" (?:kommer|kjem|komer|come|coming)\s+{NOT}\s+(?:pa|til|te|to)\s+(?:\w+\s+){{0,2}}?(?:mote|motet|moter|meeting)\s+(?:eller|or)\s+(?:noko|noe|noen|nokon|nokre|any|et\s+anet|eit\s+anna)\s+"
        r"(?:anet\s+|anna\s+|other\s+)?(?:mote|moter|meeting|meetings)\b(?!\s+(?:for|pa|i|denne|dette|neste|til|te|this|next|until|before|etter|after|innan|innen)\b)",
        rf" {NOT}\s+(?:send|sende)\s+(?:meg\s+|mae\s+|me\s+)?(?:flere|fleire|fler|mer|meir|more)\s+(?:innkallinger|innkallingar|innkalling|brev|papirer|papir|letters|papers|summons)\b"
        rf".*\s(?:kommer|kjem|komer|wont|will\s+not)\s+(?:{NOT}\s+)?(?:til\s+a\s+|te\s+a\s+)?(?:trenge|trengje|need|be\s+needing)\s+(?:dem|dei|dom|det|de|them|it)\s*$",
        # round 64 (batch 93): "ække vits å ringe" as the last words
        rf" {NOT}\s+(?:noe\s+|no\s+)?vits\s+(?:a|i)\s+(?:ringe|ringa|ring|svare|svara)(?:\s+(?:meg|mae|me))?\s*$",
        # round 67 (batch 99): "I won't be needing any of it" (not things sold, replaced or left for a move)
        rf"{_NOT_A_CLEAR_OUT}.*\s(?P<hit>(?:wont|wil\s+not)\s+be\s+neding\s+(?:any\s+of\s+(?:it|this|that|them)|anything))\s*(?:$|\s(?:doi|bye|goodbye|ha\s+det))",
        # round 72 (batch 108): "ingen trenger å sende meg flere jobbmatcher etter det" (after a day or "det"; not with a reason given or a job got)
        r"^(?!.*\s(?:fordi|siden|sidan|because|since|fatt\s+jobb|fat\s+jobb|fikk\s+jobb|fekk\s+jobb|got\s+a\s+job)\b)"
        r".*\s(?P<hit>(?:ingen|ikke\s+noen|ikkje\s+nokon|nobody|no\s+one)\s+(?:trenger|treng|needs)\s+(?:a\s+|to\s+)?(?:sende|ringe|skrive|kalle|send|call|text)\s+(?:meg|mae|me)\s+(?:flere|fleire|mer|meir|noen|nokon|any\s+more|more)\s+(?:\w+\s+)?(?:etter|ette|after)\s+(?:det|d|dette|\w+dag|helga|that|\w+day))\b",
        # round 73 (batch 110): "sletta insta" (Instagram, Facebook, Snapchat or TikTok deleted; only with another sign; not a break, a detox, exams,
        # a new account, a hack, work or school)
        r"^(?!.*\s(?:pause\w*|break|detox|avhengig\w*|addicted|eksamen\w*|exam\w*|ny\s+konto|new\s+account|hack\w*|jobb\w*|work|skole\w*|skule\w*|fokus\w*|focus\w*)\b)"
        r".*\s(?P<hit>(?:sletta|slettet|slettede|deleted|deactivated|deaktivert|deaktiverte)\s+(?:\w+\s+){0,2}?(?:insta|instagram|facebook|fb|snap|snapchat|tiktok|twitter|kontoene|kontoane|accounts|profilen|profile))\b",
        # round 73 (batch 110) above: "deleted all my accounts" (two words before, round 74, batch 113)
        # round 74 (batch 112): "ikkje vits å sette opp nokke møte neste uke" (no point in a meeting; not a trip, a reason, work, a course or hospital)
        _NOT_PACKING_FOR_A_TRIP + r"(?!.*\s(?:fordi|siden|sidan|because|jobb\w*|kurs\w*|sykehus\w*|sjukehus\w*|innlagt|operasjon\w*|flytt\w*|syk|sjuk)\b)"
        r".*\s(?P<hit>(?:ikke|ikje|itj|ingen|no)\s+(?:noe\s+|noko\s+)?(?:vits|poeng|point)\s+(?:i\s+)?(?:a|to)\s+(?:sette\s+opp|booke|avtale|planlegge|lage|set\s+up|book|plan)\s+"
        r"(?:noe\s+|noko\s+|nokke\s+|et\s+|eit\s+|nye\s+|flere\s+|fleire\s+|any\s+|a\s+|another\s+)?(?:mote|moter|motet|time|timer|avtale\w*|samtale\w*|meeting|meetings|appointment\w*))\b",
        # round 74 (batch 112): "etter fredag e det ikkje noko å følgja opp" (nothing left to follow up after a day; not a case closed, a job or a course)
        r"^(?!.*\s(?:fordi|siden|sidan|because|since|jobb\w*|kurs\w*|tiltak\w*|job|work|saken|soknad\w*|vedtak\w*|avslut\w*)\b)"
        r".*\s(?P<hit>(?:etter|ette|after|fra)\s+(?:\w+dag|helga|helgen|i\s+dag|i\s+morgen|\w+day)\s+(?:er|e|is)\s+(?:det|d|de|there)\s+(?:(?:ikke|ikje|itj|not)\s+(?:noe|noko|nokke|anything)|ingenting|nothing)\s+"
        r"(?:mer\s+|meir\s+|more\s+|left\s+)?(?:a|to)\s+(?:folge|folgje|folgja|follow)\s+(?:opp|up))\b",
        # round 75 (batch 114): "Dere trenger ikke følge meg opp lenger" (no more follow-up wanted)
        r" (?P<hit>(?:trenger|treng|need)\s+(?:ikke|ikje|itj|not)\s+(?:a\s+|to\s+)?(?:folge|folgje|follow)\s+(?:meg|mae|me)\s+(?:opp|up)\s+(?:lenger|lengre|mer|meir|anymore|any\s+more))\b",

        # round 86 (batches 136-137): "etter fredag trenger dere ikke sende meg flere meldinger", "ingen treng bry seg meir etter det" (no more messages or care needed after a
        # day; an indirect sign, so an opt-out alone stays none)
        rf" (?P<hit>(?:etter|after)\s+(?:\w+dag|i\s+kveld|i\s+natt|i\s+morgen|i\s+morgon|det|dette|that)\s+(?:trenger|treng|trengs|need)\s+(?:(?:dere|du|dokker|dykk|you)\s+{NOT}|ingen)\s+(?:a\s+)?(?:sende|send|ringe|ring|kontakte|bry\s+seg|text|cal|contact)"
        r"|(?:ingen|nokon|noen|nobody|no\s+one)\s+(?:trenger|treng|needs?|ma|skal)\s+(?:a\s+)?(?:bry\s+seg|tenke\s+pa\s+meg|worry)\s+(?:om\s+meg\s+)?(?:meir|mer|lenger|any\s+more|anymore)\s+(?:etter\s+(?:det|dette|\w+dag)|etterpa|after\s+that))\b",
    ),
]

SELF_HARM = [
    _sign(
        "skader seg selv",
        # round 91 (batches 157 and 159): "skjer meg igjen. det blør mykje", "har begynt å skjære i armen igjen og klarer ikkje stoppe ... det blør" (cutting oneself or the arm
        # again, with bleeding; not fish, bread, wood, hair, paper or glass, work or the kitchen, a finger, "det skjer meg igjen": "skar meg i fingeren på jobb igjen, det blør")
        # round 92 (batch 163): "har skore mæ igjen. blør mykje" (the past, Nynorsk "skore", "skåret", "skar", "kuttet", and Nynorsk "att"; the same guards, and not a tin:
        # "har skore meg igjen på ein hermetikkboks, blør litt")
        _unless_any(r"fisk\w*|fish\w*|brod\w*|bread|ved|veden|wood|jobb\w*|work\w*|kjokken\w*|kitchen|kokk\w*|filet\w*|kake\w*|potet\w*|lok|lauk|finger\w*|tommel\w*|papir\w*"
                    r"|glass\w*|barber\w*|shav\w*|hare|haret|hair|negl\w*|sag\w*|tre|treet|plank\w*|sydd\w*|sting|stitch\w*|\w*boks\w*|hermetikk\w*|blikk\w*")
        + r"(?=.*\s(?:blor|blodde|blod|blodet|bleeding|bleeds|blood)\b)"
        r".*(?<!\sdet)(?<!\sit)\s(?P<hit>(?:skjaerer|skjaer|skjer|skjaere|skjaera|skjere|kutter|kutte|kutta|kuttar|cutting|cut|skore|skaret|skari|skar|kuttet)\s+(?:(?:meg|mae|mg|myself)\s+(?:igjen|again|i\s+armen|i\s+armane|i\s+armene|pa\s+armen)|(?:meg|mae|mg)\s+att"
        r"|(?:i|pa)\s+(?:armen|armane|armene|armar|handleddet|handleda|laret|laera|lara)\s+(?:igjen|again)|my\s+(?:arm|arms|wrist|wrists)\s+again))\b",
        # round 90 (batch 152): "lyst te å skjære meg igjen i natt" (wanting to cut oneself; not a slice of bread or cake: "lyst til å skjære meg en brødskive")
        rf" (?P<hit>(?:lyst|trang|trong|lyster)\s+(?:til|te|to)\s+a\s+(?:skjaere|skjere|skjaera|skjera|kutte|kutta|rispe|rispa|risse)\s+(?:i\s+)?(?:meg|mae|mg)(?:\s+{SELF})?)\b"
        r"(?!\s+(?:en|ei|et|eit|ein|litt|lite|no|noe|noko|a|ned|brod\w*|kake\w*|skive\w*|ost\w*|haret|pa\s+(?:fingeren|tommelen))\b)",
        # round 90 (batch 155): "i have been cutting my arms again, worse this time and it wont stop bleeding" (cutting one's arms or wrists, again or for a while; not
        # thorns, a fence, glass, the garden or work: "been cutting my arms on the brambles")
        _unless_any(r"thorn\w*|bramble\w*|bush\w*|fence\w*|wire|glass|work\w*|job|garden\w*|kitchen|paper|hedge\w*|rose\w*")
        + r".*\s(?P<hit>(?:ben|have\s+ben|ve\s+ben|keep|kept|started)\s+cuting\s+(?:my|mine)\s+(?:arms?|wrists?|thighs?|legs?|skin)|cut\s+my\s+(?:arms?|wrists?|thighs?)\s+again)\b",
        # round 89 (batches 148 and 150): "skjer i armen att. får ikkje stoppa", "rissa armene igjen i natt bro" (cutting or scratching into the arm, the thigh or the
        # wrist, again; Nynorsk "skjer" and "rissa"; not wood, fish, bread, a cast, a thorn bush, a cat or a drawing: "skjer i armen att på gipsen", "rispa armene på
        # tornebusken igjen"; "rispet opp armen igjen" is left as it was, a training line's groups)
        _unless_any(r"ved|veden|fisk\w*|brod\w*|tre|treet|gips\w*|torn\w*|busk\w*|krat\w*|katt\w*|kata|pus\w*|bringebaer\w*|tatover\w*|tattoo\w*|skisse\w*|tegn\w*")
        + r".*\s(?P<hit>(?:skjer|skjaerer|skjerer|kutter|kuttar|rissa|rissar|risser|risset|rispa|rispar|risper|rispet)\s+(?:meg\s+|mae\s+)?(?:i\s+)?(?:armen|armene|armane|arma|laret|lara|handleddet|handleda)\s+(?:(?:mine|mi|min)\s+)?(?:att|igjen|again))\b",
        # round 88 (batch 146): "cutting again. cant stop", "I've been cutting again and tonight ..." (cutting with nothing named as cut, again, said with "I" or "started",
        # or with "can't stop"; not hair, grass, wood, costs or a film: "cutting costs again", "the barber is cutting again tomorrow")
        _unless_any(r"hair\w*|barber\w*|grass|lawn|hedge\w*|wood|trees?|costs?|budget\w*|staff|jobs|film\w*|video\w*|edit\w*|fabric|paper\w*|onions?|vegetables?|meat|fish|class\w*|school")
        + r".*\s(?P<hit>(?:ive|i\s+have|i\s+am|im|i\s+started|started|i\s+keep|i\s+kept)\s+(?:been\s+)?cutting\s+(?:myself\s+)?again|cutting\s+again\s+(?:i\s+)?(?:cant|cannot|can\s+not)\s+stop)\b",
        rf" (?:skade|skader|skada|skadar|skad|skadet)\s+{ME}\s+{SELF}",
        # round 71 (batch 107): a tool named, then "tenker jeg på å bruke den på meg selv" ("hele dagen med motorsagen tenker jeg på å bruke den på meg
        # selv"; a blade, a saw, a gun or a rope named, not a cream or a spray)
        r"^(?=.*\s(?:\w*sag|\w*saga|\w*sagen|kniv\w*|barberblad\w*|blad\w*|oks|oksa|oksen|okse\w*|hagl\w*|gevaer\w*|rifl\w*|borsa|borse\w*|pistol\w*|tau|tauet|reip\w*|knife|blade|chainsaw|saw|axe|gun|rope)\b)"
        r".*\s(?:tenker|tenkjer|tenkte|tenkt|thinking|think)\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?(?:pa|about|of)\s+(?:a\s+)?(?:bruke|bruka|using|use)\s+(?:den|det|han|ho|dem|it|them)\s+(?:pa|on)\s+(?:meg|mae|myself)(?:\s+(?:selv|sjol|sjolv|sel))?\b",
        # round 87 (batch 140): not "ingen skadd, men ..." ("skad men" after normalising: "me" followed by "n")
        rf" (?:skade|skader|skad|skada|skadar)\s+{ME}(?!n\b)(?!\s+(?:i|pa|under|da|nar|med|pa\s+jobb)\b)",
        # round 70 (ordinary batches 100-101): not "kuttet meg med kniven på kjøkkenet i praksis" (with the knife in the kitchen or at work, and not again)
        # round 86 (batch 137): not "kutta meg på filetlina" (at the fillet line, the fish plant or the slaughterhouse, and not again or on purpose), nor "kutta mæ i
        # tommeln, tre sting på legevakta" (a thumb or a finger, with stitches or the legevakt, not again, oneself or on purpose)
        # round 88 (ordinary batch 140): not what a first-aid course taught ("lærte hva man gjør ... når noen har kuttet seg stygt")
        _WHAT_A_FIRST_AID_COURSE_TEACHES
        + rf".*?\s(?P<hit>(?:kute|kuter|kuta|kutet|kut)\s+{ME})\b(?!\s+pa\s+{FISH_OR_MEAT_LINE}\b(?!.*\s(?:igjen|att|med\s+vilje|med\s+vilja|selv|sjol|sjolv)\b))"
        r"(?!\s+i\s+(?:tomel\w*|finger\w*|thumb)\b(?=.*\s(?:sting|legevakt\w*|stitches)\b)(?!.*\s(?:igjen|att|med\s+vilje|med\s+vilja|selv|sjol|sjolv|arm\w*)\b))"
        rf"(?!\s+med\s+(?:en\s+|ei\s+)?\w*kniv\w*\s+(?:pa|i)\s+(?:kjokkenet|kjokenet|jobb\w*|praksis\w*|arbeid\w*|kantina|kantinen)\b(?!.*\s(?:igjen|att|med\s+vilje|med\s+vilja)\b))(?!.*\s(?:motorsag\w*|sirkelsag\w*|bandsag\w*|kapsag\w*|stikksag\w*|hekksaks\w*|kantklipper\w*|vinkelsliper\w*|chainsaw|oksa|oksen)\b)(?!\s+(?:litt\s+|stygt\s+|skikkelig\s+|kraftig\s+|godt\s+|ille\s+)?(?:i|pa)\s+(?:fingeren|fingern|finger|tomelen|tomel|handa|handen|hand|foten|kneet|kne|en\s+glaskar|glaskaret|en\s+kniv|kniven|kniv|et\s+glas|glaset|boksen|\w*kniv\w*|saga|sagbladet|glas\w*|blikk\w*)\b)"  # "på tapetkniven" round 28
        # round 82 (ordinary batch 125): "Kuttet meg på en stålplate på praksisplassen i går. Sydd fire sting." (cut on a plate, a sheet of metal, a nail or an edge,
        # with stitches or at work named; not again or on purpose); round 84 review (ordinary batch 131): a kitchen knife ("kuttet meg på en kjøkkenkniv på jobb
        # i går, sydd fire sting")
        r"(?!\s+(?:litt\s+|stygt\s+|skikkelig\s+|kraftig\s+|godt\s+|ille\s+)?(?:i|pa)\s+(?:en\s+|ei\s+|et\s+|eit\s+|ein\s+)?(?:\w*plate\w*|\w*plata|\w*platen|metal\w*|\w*jern\w*|spiker\w*|\w*skrue\w*|\w*kant\w*|\w*blik\w*|\w*kniv\w*)\b"
        r"(?=.*\s(?:sting|syd|syde|sydd|sutur\w*|legevakt\w*|praksis\w*|jobb\w*|arbeid\w*|verksted\w*|verkstad\w*|lager\w*|tiltak\w*)\b)(?!.*\s(?:igjen|att|again|med\s+vilje|med\s+vilja|on\s+purpose)\b))",
        rf" (?:kute|kuter|kuta)\s+(?:{ME}\s+)?(?:opp|armene|armen|handleddet|handledene)",
        r" (?:har|hae|e|ae)\s+(?:skadet|skada)\s+(?:meg|mae)\s*$",
        rf" (?:brene|brener|brent)\s+{ME}\s+{SELF}",
        r" (?:selvskad\w*|sjolskad\w*|selfharm|self\s+harm\w*)",
        r" (?:hurt|harm|cut|cuting|cuts|buring|hurting|harming|burning)\s+myself(?!\s+(?:again\s+)?on\s+(?:the|a|my)\s+(?:bread\s+|kitchen\s+|vegetable\s+)?(?:knife|tin|can|grater|glas|paper)\b)",  # round 59: not a cut "on the bread knife"
        # round 57 (batches 78-79): Scots "been cuttin masel again" (not on a knife, a tin or a glass while cooking or at work)
        r" (?:hurt|hurtin|cut|cuting|cutin|cuts|burnin|burning)\s+(?:masel|mysel|mesel|maself|meself)\b(?!.*\s(?:on|wi|with)\s+(?:the|a|ma|my)\s+(?:\w+\s+)?(?:knife|tin|glas|can|saw|razor|grater|blade)\b)(?!.*\s(?:making|cooking|shaving|kitchen|work)\b)",
        r" (?:riper|ripe|risper|rispe)\s+(?:meg|mae)\s+(?:opp|i\s+armen|pa\s+armen)",
        # rounds 14-20 (the fresh blind batches): a knife against the wrist, scratched with a key,
        # banging one's head, cutting deeper, a cut that will not stop bleeding, the arms nobody may
        # see, the blade taken out again, burns with a lighter
        r" (?:kniv\w*|barberblad\w*|blad\w*|knife|blade|razor)\s+(?:\w+\s+){0,2}(?:mot|pa|against|to|on)\s+(?:handledet|handleda|handledene|halsen|strupen|my\s+wrist|my\s+wrists|my\s+throat)\b",
        r" (?:rispa|rispet|ripa|ripet|klora|kloret|klorer)\s+(?:meg|mae)\s+(?:opp|i|pa)\s+(?:armen|armene|armane|handleddet|laret|lara|huda|magen)\b",
        # round 86 (batch 137): not the idiom "nav e som å slå hodet i veggen" (like banging one's head against the wall; "slår hodet i veggen til det blør" still fires)
        r"(?<!\ssom\sa) (?:sla|slar|slo|slatt|banke|banker|banka|banket|dunke|dunker|dunka|bang\w*|hit\w*)\s+(?:jeg\s+|jae\s+|eg\s+|ae\s+|i\s+)?(?:hodet|hode|huet|hovudet|my\s+head)\s+(?:i|mot|inn\s+i|against|into)\s+(?:veggen|gulvet|golvet|the\s+wal|the\s+flor)\b",
        r" (?:skore|skar|skaret|skjart|skjaert|skjaerer|skjer|skjera|skjaere)\s+(?:meg|mae|seg)\s+(?:i|pa|opp)\s+(?:armen|armane|armene|handleddet|handleda|handledene|laret|lara|leggen|huda|magen)\b",
        # round 69 (batch 103): "har skåret i armen igjen i natt" (no "meg"; again, or with blood; not a glass, a knife at work or the kitchen)
        r"^(?=.*\s(?:igjen|att|again|blod|blodet|blood)\b)(?!.*\s(?:\w*glass\w*|glaset|\w*kniv\w*|knife|pa\s+jobb|at\s+work|kjokkenet|kitchen|matlaging\w*)\b)"
        r".*?\s(?P<hit>(?:har|ha|have)\s+(?:skaret|skore|skare|skari|skjaert|skjort|kuttet|kutta|rispet|rispa|cut)\s+(?:i|pa|opp)\s+(?:armen|armane|armene|handleddet|handleda|laret|lara|my\s+arm|my\s+wrist))\b",
        rf" (?:skore|skar|skjart|skjaert|skjaerer|skjaere|skjera|skjaer)\s+(?:i|pa)\s+{ME}\s+{SELF}\b",
        # round 21: "jeg skar armen min igjen i går"
        r" (?:skore|skar|skjart|skjaert|skjaerer|skjaere|kuttet|kutta|kutter|rispet|rispa|risset|risser)\s+(?:opp\s+)?(?:armen|armene|armane|handleddet|handleda|handledene|laret|lara|larene)\s+(?:min|mine|mitt)\b",
        r" (?:skar|skore|kuttet|kutta|kutet|cut)\s+(?:meg\s+|mae\s+|myself\s+)?(?:djupare|dypere|for\s+djupt|for\s+dypt|deper|to\s+dep)\b",
        r" (?:skar|skore|skare|skari|skori|skjari|skaret|skjaret|skjaert|skurit|kut\w*|cut)\b.*\s(?:slutter|slutte|slutta|sluttar|slutar|stopper|stoppar|stops)\s+(?:ikke|ikkje|itj|itte|kje|ke|inte|not)\s+(?:a\s+|att\s+)?(?:blo|bloa|bloda|bleding)\b",  # "skåret", "slutte" round 39; "skåre" round 46; Swedish "skurit ... slutar inte blöda" round 47; "skåri", "itte" round 53 (batch 71)
        r" (?:armene|armane|armen|handledene|handleda|handleddet|laret|lara|larene)\b.*\s(?:ikke|ikkje|itj)\s+(?:at\s+)?(?:noen|nokon|nan|non)\s+(?:skal|ska)\s+(?:se|sja)\s+(?:dem|dei|de|det|den)\b",
        r" (?:tatt|teke|teken|tok|tek|tar)\s+fram\s+(?:\w+\s+)?(?:hovelblad\w*|barberblad\w*|blad\w*|kniv\w*|rakeblad\w*)\s+(?:igjen|att)\b",
        r" (?:hovelblad\w*|barberblad\w*|rakeblad\w*|razor\w*|blade\w*)\b.*\s(?:einaste|eneste|only\s+thing)\s+(?:som|that)\s+(?:hjelper|hjelp|helps|works|demper)\b",
        r" (?:burned|burnt|burn|burning)\s+(?:my\s+)?(?:arm|arms|hand|hands|skin|leg|legs|wrist|wrists)\s+(?:with|on)\s+(?:a\s+|the\s+|my\s+)?(?:lighter|cigaret\w*|match\w*|iron|stove)",
        r" (?:brent|brente|brant|brenner)\s+(?:meg\s+|mae\s+)?(?:i|pa)\s+(?:armen|armene|armane|handa|huda|laret|handleddet)\s+(?:med|pa)\s+(?:lighter\w*|sigaret\w*|fyrstik\w*|komfyr\w*|strykejern\w*)",
        r" (?:brenner|brener|brent|brente|brenn|brend|brant|brenne|brenna)\s+(?:meg|mae)\s+(?:med|pa)\s+(?:sigaret\w*|lighter\w*|fyrstik\w*|strykejern\w*|stearinlys\w*)",
        # round 87 (batch 142): "brant mæ sjøl med lighteren igjen, på armen der ingen ser" ("sjøl" after "mæ"; not lighting a fire or the grill, nor an accident)
        _unless_any(r"grill\w*|bal|balet|peis\w*|ovn\w*|tente|tende|tenne|tenner|tendte|uhel\w*|accident")
        + rf".*\s(?P<hit>(?:brenner|brener|brent|brente|brenn|brant|brenne)\s+(?:meg|mae)\s+{SELF}\s+(?:med|pa)\s+(?:sigaret\w*|lighter\w*|fyrstik\w*|strykejern\w*|stearinlys\w*))\b",
        # round 21: "risser meg opp på låret igjen", "har cutta igjen i natt"
        r" (?:risser|risse|risset|rissa|risper|rispar|rispet|rispa)\s+(?:meg|mae)\s+(?:opp|i|pa)\b",  # "rispet" round 24
        r" (?:begynt|byrja|byrjat|starta|startet)\s+(?:a\s+)?(?:skjaere|skjaera|skjere|skjera|kute|kutte|rispe|risse|skade)\s+(?:meg|mae|seg)\s+(?:igjen|at|pa\s+nyt)\b",  # round 25
        r" (?:kutinga|kutingen|cutinga|cutingen|skjaeringa)\b.*\s(?:gjorde|gjort|gjor)\s+(?:jeg|eg|ae|e)\s+det\s+(?:igjen|at)\b",  # round 27
        r" (?:ike|ikje|itj|ite)\s+at\s+(?:noen|nokon|nan|non)\s+(?:skal|ska)\s+(?:se|sja)\s+(?:armen|armene|armane|handleda|handledet|laret|lara)\b",  # round 27
        r" (?:har\s+)?(?:cutta|cuttet|cutter|kutta|kuttet|kutter)\s+(?:meg\s+)?(?:igjen|att)\s+(?:i\s+natt|i\s+nat|i\s+kveld|i\s+gar|i\s+dag|na|no)\b",
        r" (?:kuttingen|cuttingen|skadingen|selvskadingen|rissingen)\b.*\s(?:begynte|begynt|starta|startet|byrja|byrjar|begynner)\s+(?:jeg\s+|eg\s+)?(?:igjen|pa\s+nytt|att)\b",
        r" (?:tanker|tankene|tankane)\s+(?:om|pa)\s+a\s+(?:skjaere|skjare|kutte|cutte|skade|skada|brenne)\s+(?:meg|mae)\b",
        r" (?:(?:cutta|cuttet|kutta|kuttet|kutter|cutter|skar)\s+(?:meg\s+)?|cut\s+(?:my|me|mi)\s+(?:arm|arms|wrist|wrists|thigh|thighs|leg|legs)\s+)(?:igjen|att|again)\b.*\s(?:dypere|djupare|deeper)\b",  # "cut my arm again" round 63
        r" (?:lysten|trangen|suget)\s+(?:til|etter)\s+a\s+(?:skjaere|skjare|kutte|cutte|skade|brenne)\s+(?:i\s+)?(?:meg|mae)\b",  # round 23
        # round 36: Nynorsk "kuttar meg igjen"
        rf" (?:kutar|kutta|kuter)\s+{ME}\s+(?:igjen|att|opp)\b",
        # round 41 (batch 50): "kjenner at eg er farleg for meg sjølv i kveld"
        r" (?:er|e|am|is)\s+(?:en\s+|ein\s+|a\s+)?(?:farlig|farleg|dangerous|a\s+danger)\s+(?:for|to)\s+(?:meg|mae|myself)(?:\s+(?:sjolv|selv|sjol|self))?\b",
        r" (?:red|scared|afraid)\s+(?:for|of)\s+(?:meg|mae)\s+(?:sjolv|selv|sjol)\b",  # round 42
        # round 43 (batches 52-53): "har skåre meg igjen på armen", the razor blades again
        rf" (?:skare|skore|skaret|skjort|skjaert|skjart|skjaere|skjere|skar)\s+{ME}\s+(?:igjen\s+|att\s+)?(?:pa|i)\s+(?:armen|armane|armene|handleddet|handledda|laret|lara|laran)\b",
        r" (?:started|starta|begynt|begynte)\s+(?:with|med|pa)\s+(?:the\s+)?(?:razor\s*blades?|barberblad\w*)\b| (?:razor\s*blades?|barberblad\w*)\s+(?:again|igjen|att)\b",
        r" (?:gjemt|gjomt|gomt)\s+(?:\w+\s+)?(?:barberblad\w*|blad\w*|razor\w*)\s+(?:\w+\s+){0,2}(?:igjen|att|again)\b",  # round 45
        # round 46 (batch 57): "sitting here with the knife on my arm", "cut my arm again and it wouldn't stop bleeding",
        # "har skåre mæ igjen i natt"
        r" (?:with|holding|med|holder)\s+(?:the\s+|a\s+|my\s+|en\s+|ei\s+)?(?:knife|blade|razor|kniv|kniven|bladet|barberbladet)\s+(?:on|against|to|mot|pa|over)\s+(?:my\s+)?(?:arm|arms|armen|armene|armane|wrist|wrists|skin|huden|laret|thigh)\b",
        r" (?:cut\w*|skar\w*|kut\w*)\b.*\s(?:wouldnt|would\s+not|didnt|did\s+not|couldnt|could\s+not)\s+(?:get\s+it\s+to\s+)?stop\s+(?:the\s+)?bleding\b",
        # round 88 (batch 147): "har skori mæ i armen igjen i natt" (the arm, the thigh or the wrist named before "igjen"; not a finger)
        rf" (?:skare|skore|skari|skori|skaret|skar|skjaert|skjort)\s+{ME}\s+(?:(?:i|pa)\s+(?:armen|armane|armene|laret|lara|handleddet|handleda)\s+)?(?:igjen|att)\s+(?:i\s+nat|i\s+kveld|i\s+gar)\b(?!\s+(?:pa|i|on)\s+(?:\w*kniv\w*|glass\w*|fingeren|tommelen|jobb\w*|papir\w*))",  # "skåri" round 53 (batch 71)
        # round 47 (batches 58-59): Swedish "skurit mig igen", "skåret mæ igjen" and "cut meself again" (not on a knife, a glass,
        # a finger or in the kitchen), a cut "deeper than before" / "djupare den här gången"
        r"^(?=.*\s(?:igjen|att|igen|again)\b)(?=.*\s(?:skaret|skar|skjaert|skjort|skurit|skuret|kutta|kuttet|kutet|cut|cutted)\s)(?!.*\s(?:\w*finger\w*|fingret|tommelen|tummen|thumb|\w*kniv\w*|knife|\w*glass\w*|glaset|papir\w*|paper|\w*saga|\w*sagbladet|saw|barber\w*|shaving|kjokkenet|kitchen|cooking|matlaging\w*|pa\s+jobb|at\s+work)\b).*\s(?:skaret|skar|skjaert|skjort|skurit|skuret|kutta|kuttet|kutet|cut|cutted)\s+(?:meg|mae|mig|meself|mesel|myself)\s+(?:igjen|att|igen|again)\b",
        r" (?:cut|skar|skaret|skurit|kutta|kuttet|kutet|rispa|rispet)\b"
        # round 64: not a thing named as what is cut ("cut the hedge again, deeper this time")
        r"(?!\s+(?:(?:the|a|an|my|our|his|her|den|det|de|dei)\s+)?(?:hedge\w*|hekk\w*|grass\w*|gras|graset|lawn\w*|plen\w*|tre|treet|tree\w*|grein\w*|branch\w*|hair|haret|wood|ved|veden"
        r"|board\w*|plank\w*|stoff\w*|fabric|paper|papir\w*|bread|brod\w*|meat|kjott\w*|fisk\w*|fish|cake|kake\w*|root\w*|rot|rotene)\b)"
        r"(?:\s+\w+){0,4}\s+(?:deeper|dypere|djupare|djupere|dypare)\s+(?:than|enn|en|an|aen|den|denne|this)\b",
        # round 51 (batch 67): "i natt jeg kutter arm igjen" in the word order of broken Norwegian (not a cut on glass or at work)
        r" (?:jeg|je|eg|ae|e|i)\s+(?:kutter|kutar|kuttet|kutta|skjaerer|skjaer|cutter)\s+(?:arm|armen|armene|armer|handleddet|handleda|lar|laret)\s+(?:igjen|att)\b"
        r"(?!\s+(?:pa|i|on|at)\s+(?:\w+\s+)?(?:\w*glass\w*|jobb\w*|\w*kniv\w*|work))",
        # round 54 (batch 73): the verb first, "så kutta eg meg igjen i natt" (not a finger, a knife, a glass, paper, a saw or the kitchen)
        r"^(?!.*\s(?:\w*finger\w*|fingret|tommelen|\w*kniv\w*|knife|\w*glass\w*|glaset|papir\w*|paper|saga|sagbladet|\w*motorsag\w*|kjokkenet|kitchen|matlaging\w*|barber\w*|pa\s+jobb)\b)"
        rf".*\s(?:kute|kuter|kutta|kutet|kutar|kuttet|skar|skore|skjar|rispa|rispet)\s+(?:jeg|je|eg|ae|e)\s+{ME}\s+(?:igjen|att|opp|i\s+nat|i\s+natt|i\s+gar|i\s+kveld)\b",
        # round 59 (batch 82): "been cutting again, arms r bad" (the arms, legs or wrists named: not hair, wood, the grass or costs)
        r" (?:ben|bin|have\s+ben|ive\s+ben)\s+cuting\s+(?:again|agen)\s+(?:(?:my|me|mi|both)\s+)?(?:arms|arm|legs|leg|wrists|wrist|thighs|thigh)\b",
        # round 60 (batch 84): "jeg vil skjære meg igjen" (a wish to cut oneself again or open; not a slice: "skjære meg en skive")
        r" (?:vil|vile|ska|skal|ma|mo|lyst\s+til\s+a|onsker\s+a|wana|want\s+to)\s+(?:skjaere|skjaer|skjere|skjaera|kutte|kutta|cut)\s+(?:meg|mae|myself)\s+(?:igjen|opp|att|again)\b",
    ),
]

_NOT_A_SANCTION = r"(?!\s+med\s+(?:a\s+)?(?:stope|stanse|kute|trekke|fjerne|stans|sanksjon))"
# round 85 (ordinary batch 131): knocked out ("slått ut") by medicine, an illness, a night shift or training named in the message, and nobody named after
# "av": tiredness, not violence ("tar medisinen om morgenen som legen sa og blir slått ut en times tid"; "ble slått ut av kjæresten" still fires)
_KNOCKED_OUT_BY_MEDICINE_OR_ILLNESS = (rf"^(?:(?!.*\s(?:{PILLS}|(?:lege|legen|doktor\w*|doctor|omgangssyk\w*|influensa|feber|sykdom\w*|nattevakt\w*|trening\w*)\b))"
                                       rf"|(?=.*\s(?:slat|slatt)\s+ut\s+(?:av|a)\s+(?:\w+\s+)?{SOMEONE_CLOSE}\b))")
# ... and in English, "they hit me with a bill" (a review of round 41)
# beaten at chess or cards ("han slår meg alltid i sjakk", "she beats me at cards", round 68)
_NOT_A_GAME = (r"(?!\s+(?:(?:alltid|altid|ofte|always|often|every\s+time)\s+)?(?:i|pa|at|in)\s+(?:sjak|chess|kort\w*|cards|tenis|fotbal\w*|footbal\w*|golf|poker|ludo|yatzy|bordtenis|badminton|spil\w*|games?|fifa)\b)")
_NOT_A_BILL = (r"(?!\s+with\s+(?:a\s+|an\s+|the\s+|another\s+|extra\s+|more\s+)?"
               r"(?:bil|bils|fine|sanction\w*|cut|question\w*|deadline\w*|shifts|leter|invoice|reduction))")
# round 93 (batch 165): the round 92 guard of "det er ikke trygt for meg og jenta mi hjemme" made a constant: not mould, damp or vermin, nor children home alone, the
# stairs, a stove, wiring or a fall (shared by the round 92 pattern and the round 93 "itj trygt å vær heime i natt")
_NOT_A_DANGER_IN_THE_HOUSE = _unless_any(r"mugg\w*|fukt\w*|sopp\w*|radon|asbest|rotter|rotte\w*|mus|skadedyr\w*|lekk\w*|mould|mold|damp"
                                         r"|alene|aleine|aleina|alone|trapp\w*|glatt\w*|isen|isete|ovn\w*|brann\w*|elektri\w*|ledning\w*|fall\w*|snubl\w*|rullator\w*")
VIOLENCE = [
    _sign(
        "vold eller trusler",
        # round 93 (batch 164): "han slår mamma nu. æ e på rommet mitt og e redd han kjæm inn hit" (someone hits or beats one's mother, father, a sibling or a partner now,
        # and the writer is afraid or hiding in a room; not a game, the shared guard, nor a call or beating someone in a quiz: "han slår mamma i sjakk nu, e redd æ taper")
        r"^(?=.*\s(?:red|redd|livredd|rad|skremt|gjemmer|gjoymer|gjem|skjuler|scared|afraid|terrified|hiding|romet|badet|soverommet|bedroom|bathroom)\b)"  # the rare words first
        + _unless_any(r"quiz\w*|konkuranse\w*|spil\w*|game\w*|haha\w*|lol")
        + r".*\s(?P<hit>(?:slar|banker|juler|denger|sparker|kveler|hits|beats|is\s+hitting|is\s+beating)\s+(?:mama|mamma|mor|mora|moren|mother|mum|mom|papa|pappa|far|faren|dad|bror|broren|brother"
        r"|lillebror\w*|soster|sostera|sosteren|sister|lilesoster\w*|kona|wife|ho|henne|hun|her|him|ham)" + _NOT_A_GAME + r"(?!\s+(?:en|ei|et|ut|a)\b)\s+(?:(?:i\s+)?\w+\s+){0,2}?(?:na|no|nu|now|right\s+now))\b",
        # round 91 (batch 156): "han har kniv. e på badet. kom" (he or she has a knife, an axe or a gun, and one is in the bathroom or the bedroom, hiding or locked in; not a
        # fisherman, a hunter, cooking, a film or a game: "han har kniv og e på jakt med hunden")
        # round 92 (batch 162): "pomogite. mann har kniv, vi på badet" (a man, a husband or a partner, and "we" with the verb left out; the same guards, and not a knife at
        # work: "mannen har kniv på jobb, vi er på badet")
        _unless_any(r"fisk\w*|fish\w*|jakt\w*|jeger\w*|hunt\w*|slakt\w*|kokk\w*|cook\w*|matlag\w*|middag\w*|dinner|lunsj\w*|film\w*|serie\w*|spill\w*|game\w*|haha\w*|lol|barber\w*|shav\w*|jobb\w*|work\w*"
                    r"|fug\w*|silikon\w*|flis\w*|puss\w*|oppuss\w*|renover\w*|tapet\w*|maling|maler|sparkel\w*")
        + r".*\s(?P<hit>(?:han|hun|ho|hu|he|she|(?:en\s+|ein\s+|a\s+|my\s+)?(?:mann|mannen|eksen|samboeren|sambuaren|kjaeresten|typen|husband|boyfriend)(?:\s+(?:min|mi))?)"
        r"\s+(?:har|has|got|has\s+got|hev)\s+(?:en\s+|ei\s+|ein\s+|a\s+)?(?:kniv|kniven|knife|oks|oksa|axe|pistol|pistolen|gun|hagla|rifla))\b"
        r"(?=.*\s(?:(?:er|e|am|im|sit|sitter|star|(?:vi|me|jeg|je|eg|ae|we)(?:\s+(?:er|e|are|am|sit|sitter))?)\s+(?:pa|i|in|inne\s+pa|inne\s+i)\s+(?:the\s+)?(?:badet|bathroom|doen|do|toalettet|soverommet|bedroom|kjelleren|boden)"
        r"|gjemmer|gjoymer|hiding|hidden|(?:last|laste|locked)\s+(?:meg|mae|oss|myself|us)\s+inne|locked\s+(?:myself|us)\s+in)\b)",
        # round 90 (batch 155): "my boyfriend is drunk and hitting me, he is standing in front of the door and wont let me out" (hitting or drunk, and not let out; not
        # a boss, a shift, a game or a party, nor early or before a time: "my boss wont let me leave early", "drunk and wont let me leave the party haha")
        r"^(?=.*\s(?:hitting|hits|beating|beats|slar|juler|julte|banker|banka|drunk|full|dritings|drita|rusa|ruset)\b)(?!.*\s(?:bos|boss|sjef\w*|shift|vakt\w*|game|spil\w*|party|fest\w*|haha\w*|lol)\b)"
        rf".*\s(?P<hit>(?:wont|wil\s+not|doesnt|does\s+not|dont|do\s+not|refuses\s+to|wouldnt|would\s+not)\s+let\s+me\s+(?:out|leave)|(?:slipper|slepper|slipe|slepe)\s+(?:meg|mae)\s+{NOT}\s+ut|{NOT}\s+(?:slipper|slepper|slipe|slepe)\s+(?:meg|mae)\s+ut)\b"
        r"(?!\s+(?:of|early|before|til|for|pa|av)\b)",
        rf" (?<!det )(?:slar|sla|slaar|slatt|slege|juler|julte|julet|banker|banka|banket|sparket|sparker|sparka|kveler|kvelte|dyter|dytter)\s+{ME}\b(?!\s+(?:at|ned|til\s+ro|som\b|ut\b|helt\s+ut\b))" + _NOT_A_GAME,
        # past "slo meg" needs someone else as subject: "slo meg i trappa", "jeg slo meg" is an accident
        rf"(?<=\w )(?<!det )(?<!jeg )(?<!eg )(?<! e )(?<!ae )slo\s+{ME}\b(?!\s+(?:at|ned|til\s+ro|som\b))",
        r" (?:truer|truet|true|truar|truga|trua)\s+med\s+(?:a\s+)?(?:drepe|drep|skade|sla|slaa)",
        rf" (?:han|hun|ho|dei|de|noen|nokon|eksen|manen|kona|samboeren|kjaresten|faren|far|broren|he|she|they)\s+(?:vil|skal|kjem\s+til\s+a|kommer\s+til\s+a|wil|is\s+going\s+to|wants\s+to)\s+(?:(?:come|komme|kome)\s+(?:back|tilbake|att)\s+(?:and|og)\s+)?(?:drepe|drep|kil|skade|hurt)\s+{ME}",  # "come back and" round 41
        rf" (?:han|hun|ho|dei|de|eksen|manen|min|mi|mit|samboeren|kjaresten|faren|broren|noen|nokon)\s+(?:truer|truet|truar|trua)\s+{ME}\b{_NOT_A_SANCTION}",
        # round 85 (ordinary batch 131): not "slått ut" here ("blir slått ut en times tid" of medicine; the pattern after this one takes it)
        rf"(?<!stromen)(?<!straumen)(?<!strom)(?<!varmen)(?<!lyset) (?:blir|blit|vart|ble)\s+(?:truet|trua|truga|(?:slat|slatt)\b(?!\s+ut\b)|slegen|banka|banket|mishandla|mishandlet|utsat\s+for\s+vold)\b{_NOT_A_SANCTION}",
        # round 85 (ordinary batch 131): "blir slått ut" (knocked out) fires unless medicine, an illness or a night shift is named in the message ("tar medisinen om
        # morgenen som legen sa og blir slått ut en times tid"), and then still when someone is named after "av" ("ble slått ut av kjæresten i går")
        _KNOCKED_OUT_BY_MEDICINE_OR_ILLNESS + r".*?(?<!stromen)(?<!straumen)(?<!strom)(?<!varmen)(?<!lyset)\s(?P<hit>(?:blir|blit|vart|ble)\s+(?:slat|slatt)\s+ut)\b",
        rf" (?:har\s+)?(?:truet|truer|trua|truga)\s+{ME}\b{_NOT_A_SANCTION}(?=.*\b(?:red|redd|tor|tør|hjem|heim|livet|drepe)\b)",
        r" (?:voldtat|voldtekt|valdtekt|valdteken|voldtatt|mishandlet|mishandla|mishandler|vold\s+i\s+hjemmet|vold\s+i\s+nare|rape|raped)",
        r" (?:kvelertak|strupetak|tok\s+(?:meg\s+)?(?:i\s+)?strupen)",
        # round 31: "Han si neste gang kniv bruke. Meg redd for livet."
        r" (?:redd|rad|skremt|scared|afraid|frightened)\s+for\s+(?:livet|mit\s+liv|live\s+mit|my\s+life)\b",
        r" neste\s+(?:gang|gong)\s+(?:\w+\s+){0,2}(?:kniv|kniven|drepe|drep|dreper|kil|kils)\b",
        # round 32: "de sto på døra i går med kniv", "han vet hvor jeg bor ... jeg tør ikke gå ut"
        r" (?:sto|stod|star|kom|came|stood)\s+(?:pa|ved|utenfor|at|outside)\s+(?:dora|doren|the\s+door|my\s+door)\s+(?:\w+\s+){0,3}(?:med|with)\s+(?:kniv|kniver|vapen|gun|knife|balltre|bat|pistol)\b",
        r" (?:vet|veit|knows)\s+(?:hvor|kor|kvar|where)\s+(?:jeg|eg|ae|i)\s+(?:bor|bur|live)\b.*\s(?:tor|red|redd|rad|scared|afraid)\b",
        # round 21: "han har med seg kniv. e livredd", "tar fram kniven når han blir sint. jeg er veldig redd"
        r" (?:han|hun|ho|eksen|samboeren|kjaresten|mannen|manen|kona|faren|broren)\s+(?:\w+\s+){0,3}(?:har\s+med\s+seg|holder|viftet\s+med|vifta\s+med|truer\s+med|truet\s+med|trua\s+med)\s+(?:en\s+|ein\s+|ei\s+|et\s+)?(?:kniv|kniven|pistol\w*|gevaer\w*|vapen|vapenet|hagle\w*|balltre\w*)\b",
        r" (?:tar|tok|tek)\s+fram\s+(?:en\s+|ein\s+)?(?:kniv|kniven|pistolen|hagla|gevaeret|vapenet|balltreet)\s+(?:nar|hver\s+gang|kvar\s+gong)\s+(?:han|hun|ho)\b",
        # round 23: "går jeg fra ham så dreper han meg", "skriker at han skal ta meg", the ex hammering on the door
        r" (?:dreper|drep)\s+(?:han|hun|ho)\s+(?:meg|mae)\b|(?:han|hun|ho)\s+(?:ska\s+)?(?:dreper|drep|drepe)\s+(?:meg|mae)\b(?!\s+(?:med|av)\s+(?:mas|kjedsomhet|latter))|(?:he|she)\s+(?:wil\s+)?kils?\s+me\b",
        r" (?:skriker|roper|sier|seier)\s+at\s+(?:han|hun|ho)\s+(?:skal|vil|kommer\s+til\s+a)\s+(?:ta|drepe|sla|skade)\s+(?:meg|mae|oss)\b",
        # round 69 (batch 102): someone else threatened, "han skrik at han ska drep ho" (not in a game)
        rf" {SAYS}\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+{WILL}\s+(?:drepe|drep|kil|sla\s+ihjel|stikke|knivstikke|skyte|skyt)\s+(?:ho|henne|han|ham|dem|dei|oss|her|him|them|us)\b" + _NOT_A_GAME,
        # round 25: "min svoger truer meg og kona", "came with knife", "he will finish us"
        r" \w+\s+(?:truer|truet|truar|trua)\s+(?:meg|mae)\s+og\s+(?:kona|mannen|barna|ungene|familien|dattera|sonen|mor|mamma)\b",
        r" (?:came|come|comes|kom|kjem|kommer)\s+(?:with|med)\s+(?:a\s+|en\s+|ein\s+|ei\s+)?(?:knife|kniv|gun|pistol|axe|oks|balltre)\b",
        r" (?:he|she|they)\s+(?:wil|is\s+going\s+to|gona|are\s+going\s+to)\s+(?:finish|kil|get)\s+(?:us|me)\b",
        r" (?:han|hun|ho|de|dei|they|he)\s+(?:skal|ska|vil|kommer\s+til\s+a)\s+(?:stikke|knivstikke|skyte|sla\s+ihjel)\s+(?:meg|mae)\b(?!\s+(?:ut|inn|til|pa|av)\b)",  # round 29
        # round 26: a knife held to me, "sier de tar meg", drunk and hitting
        r" (?:hold|held|holds|holding|pointed|points|holdt|heldt|holder)\s+(?:a\s+|the\s+|his\s+|en\s+|ein\s+)?(?:knife|gun|pistol|kniv|kniven|pistolen)\s+(?:to|at|against|mot)\s+(?:me|my|meg|mae)\b",
        r" (?:sier|seier|sa|says|said)\s+(?:at\s+)?(?:de|dei|han|hun|ho|they|he)\s+(?:skal\s+|ska\s+)?(?:tar|ta|tek|get|take)\s+(?:meg|mae|me)\b(?!\s+(?:med|pa|til|inn|ut|imot|hjem|heim|with|to|for|out)\b)",
        r" (?:han|hun|ho|he|she)\s+(?:er\s+|e\s+|is\s+)?(?:full|ful|drukken|drunk|rusa|ruset|pa\s+fylla)\s+og\s+(?:slar|sla|slo|hits|banker|slaar)\b",
        r" (?:stefar\w*|stefaren|stepdad|stepfather)\s+(?:min\s+|mi\s+)?(?:kom|kommer|kjem|comes|came)\s+(?:inn\s+)?(?:pa|i|into|to)\s+(?:rommet|romet|my\s+rom|senga)\b",  # round 27
        r" (?:blir|vert)\s+(?:verre|vere|varre|verste)\s+(?:om|hvis|viss|dersom)\s+(?:jeg|eg|ae|e)\s+(?:forteller|fortel|forteler|sier|seier|sladrer|melder)\s+(?:det\s+|dette\s+)?(?:til|te)\s+(?:noen|nokon|nan|non|politiet|nav|deg|dere|dokker)\b",  # round 24
        # round 24: "sier jeg skylder han og at de kommer og tar meg i helga"
        r" (?:de|dei|dem|han|hun|ho|noen|nokon|they)\s+(?:\w+\s+)?(?:kommer|kjem|komer|come|are\s+coming)\s+(?:og|a|to|and)\s+(?:tar|ta|tek|get|take)\s+(?:meg|mae|me)\b(?!\s+(?:med|pa|til|inn|ut|imot|i\s+mot|home|hjem|heim|with|to|for|along)\b)",
        r" (?:eksen|exen|samboeren|sambuaren)\s+(?:\w+\s+){0,3}(?:hamrer|hamrar|hamra|hamret|sparker|sparka|sparket|dunker|dunka|dunket|slar|slo)\s+(?:pa\s+)?(?:dora|doren|dorene)\b",  # the past round 53 (batch 70)
        r" (?:har\s+)?(?:slatt|slått|slo|slege|banka|banket|sparka|sparket)\s+(?:veslesyster\w*|veslebror\w*|lillesoster\w*|lillebror\w*|soster\w*|syster\w*|sostera|broren|bror\s+min|mamma|mor\s+mi|ungene|barna|ungane|borna|sonen\s+min|dattera|datteren)\b",
        r" (?:kniv\w*|pistol\w*|hagle\w*|gevaer\w*|vapen\w*)\b.*\s(?:(?:jeg|eg|ae|e)\s+(?:er|e)\s+|e\s+|ae\s+)(?:veldig\s+|sa\s+|kjempe\s+)?(?:redd|livredd|dodsredd|rad)\s*$",
        # round 19
        r" (?:sparka|sparket|slatt|slat|banka|banket|kicked|beaten|atacked|angrepet|angrepen|overfalt|overfallen|ranet|rana)\s+(?:\w+\s+){0,2}(?:i\s+hodet|in\s+the\s+head|ned|down)\b",
        r" (?:gjor|gjore|gjere|gjer|finish)\s+(?:ferdig\s+)?(?:jobben|the\s+job)\b(?=.*\b(?:kommer\s+tilbake|kjem\s+att|come\s+back|i\s+kveld|tonight)\b)|(?:kommer\s+tilbake|come\s+back)\b.*\s(?:gjor|gjore|finish)\s+(?:ferdig\s+)?(?:jobben|the\s+job)\b",
        r" (?:laser|laste|last|lasa|locks|locked)\s+(?:meg|mae|me)\s+(?:inne|inn|in)\b(?!\s+(?:pa\s+)?(?:sjekk\w*|kontor\w*|systemet|appen|nettsiden))",
        # round 73: not an injury at sport, in a fall or at work ("han brekker armen på fotballtrening")
        _NOT_AN_INJURY_AT_SPORT + r".*?\s(?P<hit>(?:brekker|brekke|knekker|knekke|breaks|break)\s+(?:armen|beina|beinet|nakken|fingrene|my\s+arm|my\s+neck|my\s+legs))\b",
        r" (?:tenne\s+pa|brenne\s+ned|sete\s+fyr\s+pa|burn\s+down|set\s+fire\s+to)\s+(?:leiligheten|leiligheta|huset|boligen|oss|meg|the\s+flat|the\s+house|my\s+flat)\b",
        r" (?:threw|throws|thrown|kastet|kasta|kaster|kastar)\s+(?:a\s+|an\s+|en\s+|ei\s+|et\s+)?(?:\w+\s+)?(?:at\s+my\s+(?:head|face)|at\s+me|pa\s+meg|etter\s+meg|mot\s+meg|i\s+hodet\s+pa\s+meg|mot\s+hodet\s+mit)\b",
        # round 16: held by the throat; "min mann slår når ..."; afraid for one's life
        r" (?:holdt|holdte|heldt|tok|grep|klemte|held|grabbed)\s+(?!(?:\w+\s+){0,4}(?:kaffen|kafen|maten|brodet|vatnet|vannet)\s)(?:\w+\s+){0,5}(?:etter|rundt|om|i|by|around)\s+(?:halsen|strupen|throat|neck)\b",  # not "holdt på å sette kaffen i halsen" (round 45)
        r" (?P<hit>(?:mann|manen|mannen|kona|kone|samboer\w*|sambuar\w*|kjaerest\w*|kjarest\w*|eksen|husband|wife|boyfriend|partner)\s+(?:min\s+|mi\s+|mitt\s+)?(?:(?:slar|sla|juler|banker|hits|beats)\b(?!\s+(?:av|pa|opp|an|seg|gres\w*|plenen|til|inn|ut|tilbake|i\s+hjel\s+tida|pa\s+tromme))"
        # round 73 (batch 111): "kjæresten slo igjen" (hit again; not a door, a lid, a book or a laptop shut)
        r"|slo\s+(?:meg\s+|mae\s+)?igjen\b(?!\s+(?:\w*dora|\w*doren|\w*dor|\w*dorene|dorer|lokket|lokk|boka|boken|pcen|pc|laptopen|maskinen|vinduet|vindauget|skapet|porten|kofferten|panseret|bagasjerommet|gardinene|sin|sitt|si)\b)))",
        r" (?:redd|red|rad|livredd|scared|afraid|fear)\s+(?:for|of)\s+(?:livet\s+mitt|mitt\s+liv|my\s+life)\b",
        r" (?:truet|truer|trua|truga|truar)\s+(?:meg\s+)?med\s+(?:kniv|pistol|vapen|vapen|gevaer|oks|balltre)\b",
        r" (?:kniv|kniven|pistol|vapen|gevaer)\s+(?:mot|pa)\s+(?:meg|mae|halsen\s+min)\b",
        r" (?:hits|beats|beat|hurts|threatens|threatened|abuses|abused|kicks|chokes|choked|strangled)\s+me\b" + _NOT_A_BILL + _NOT_A_GAME,
        # someone hurts, or hits with words between ("my ex came to the house tonight and hit me", round 41)
        r" (?:he|she|they|husband|wife|boyfriend|girlfriend|partner|father|dad|mother|brother|stepdad|ex)\s+(?:hurt|hurts)\s+me\b",  # round 20
        r" (?:he|she|they|husband|wife|boyfriend|girlfriend|partner|father|dad|mother|brother|stepdad|ex)\s+(?:\w+\s+){0,6}(?:hit|hits|beat|beats|punched|kicked|kicks|choked|chokes|strangled)\s+me\b(?!\s+out\b)" + _NOT_A_BILL + _NOT_A_GAME,  # not "kicked me out" (round 67)
        r" (?:afraid|scared)\s+(?:that\s+)?(?:one\s+day\s+)?(?:he|she|they)\s+(?:wil\s+|is\s+going\s+to\s+)?(?:kil|kils|kiling)\s+me\b|(?:red|redd)\s+(?:for\s+at\s+)?(?:han|hun|ho)\s+(?:en\s+dag\s+)?(?:dreper|drep|skal\s+drepe|kommer\s+til\s+a\s+drepe)\s+(?:meg|mae)\b",
        # round 95 (batch 175): "han er full og har sparka inn døra. eg er redd han tek livet av meg i natt" (afraid that he or she, or a partner, takes one's life; not the
        # idiom of a bother, with what it is named after or a laugh: "redd ho tek livet av meg med alle spørsmåla haha")
        r" (?P<hit>(?:red|redd|raed|rad|livredd)\s+(?:for\s+at\s+)?(?:han|hun|ho|hu|eksen|samboeren|mannen|kona|kjaresten)\s+(?:en\s+dag\s+|i\s+natt\s+|i\s+kveld\s+)?"
        r"(?:tar|tek|skal\s+ta|ska\s+ta|kommer\s+til\s+a\s+ta|kjem\s+til\s+a\s+ta|kjem\s+te\s+a\s+ta)\s+livet\s+av\s+(?:meg|mae))\b(?!\s+(?:med|av|pa|haha\w*|hehe\w*|lol)\b)",
        r" (?:domestic\s+violence|scared\s+of\s+(?:him|her|my\s+partner|my\s+husband))",
        r" (?:han|hun|ho|samboeren|sambuaren|mannen|kona|kjaresten|eksen|faren)\s+(?:er|e|blir|vert|ble)\s+(?:voldelig|valdeleg|violent)\b(?!\s+(?:pa|i)\s+(?:film|tv|spil\w*))",
        # round 39: "the man is beating his wife" upstairs, now
        r" (?:is|he\s+is|hes|keps|keeps|was)\s+(?:beating|hiting|kicking|choking|strangling)\s+(?:his|her|my|their)\s+(?:wife|girlfriend|partner|husband|mother|mum|mom|kids|children|son|daughter)\b",
        r"^(?=.*\s(?:skrik\w*|skrek|grater|grin|griner|screaming|crying)\b).*\s(?:slar|slo|banker|sparker|kveler|juler)\s+(?:\w+\s+){0,3}(?:na|no|nu|now)\b",  # round 39: "naboen slår kona si nå, hun skriker"
        # round 84 review (batch 134): the dialect "slå" for "slår", "naboen slå kona si nå, hun skriker" (the one who hits and the one hit named, so that "slå"
        # in other senses does not count: "naboen slå plenen nå", "han slå ballen"; the same screaming and "now")
        r"^(?=.*\s(?:skrik\w*|skrek|grater|grin|griner|screaming|crying)\b).*\s(?P<hit>(?:naboen|nabo|mannen|kona|faren|pappa|far|stefar|samboeren|kjaresten|eksen|broren|han|hun|ho|hu)\s+sla\s+(?:kona|kone|mora|mor|mamma|henne|hene|ho|hu|ham|han|meg|mae|oss|barna|borna|ungene|ungane|ungen|gutten|jenta|sonen|dattera|\w+\s+(?:si|sin|sitt))\s+(?:\w+\s+){0,2}(?:na|no|nu|now))\b",
        # round 83 (batch 130): "naboen skrike og noen slår henne, hører dunk i veggen nå, hun rope cuu toi" (someone beating her, with screaming or a cry for help and
        # "now" in the message; not a film, a game, a match, boxing, or a pillow fight with a laugh)
        r"^(?=.*\s(?:skrik\w*|skrek|roper|rope|ropar|ropte|screaming|shouting|cu\s+toi|hjelp|help)\b)(?=.*\s(?:na|no|nu|now)\b)(?!.*\s(?:film\w*|tv|serie\w*|spil\w*|game\w*|kamp\w*|match|boks\w*|box\w*|sjak|kort\w*|trening\w*|haha\w*|hehe\w*|lol|pute\w*|puta|lek\w*|leik\w*|tul\w*)\b)"
        r".*?\s(?P<hit>(?:noen|nokon|non|nan|someone|somebody)\s+(?:slar|banker|juler|denger|sparker|hits|beats|is\s+beating|is\s+hitting)\s+(?:henne|hene|ho|hu|ham|han|her|him))\b",
        r" (?:says|said|sier|sa|threatens|threatened|truer)\s+(?:that\s+)?(?:hel|shel|he\s+wil|she\s+wil|han\s+skal|hun\s+skal|ho\s+ska|han\s+ska)\s+(?:kil|drepe|drep)\s+(?:me|meg|mae|us|oss)\b",
        # round 41 (batch 50): a hunting rifle "and he's driving over here now"
        r" (?:has|got|have|har|with|med)\s+(?:a\s+|an\s+|en\s+|et\s+|ei\s+)?(?:hunting\s+)?(?:rifle|gun|shotgun|knife|kniv|gevaer|hagle|pistol|vapen)\b.*\s(?:driving|coming|heading|on\s+(?:his|her|the)\s+way|kjorer|kommer|komer|kjem|er\s+pa\s+vei)\s+(?:over\s+)?(?:here|hit|to\s+my|til\s+meg|over|now|na)\b",
        r" (?:er|e)\s+(?:ful|drita|drukken|ruset|rusa|sint)\s+og\s+(?:slar|sla|slaar|banker|truer)\b",  # round 42
        # round 43 (batches 52-53): locked in the bathroom while he has a knife or hits the door
        r"^(?=.*\s(?:kniv\w*|knife|slar|slo|truer|sparker|banker|vapen|gevaer|hagle|skriker|full|drita|rusa)\b).*\s(?:(?:last|lest)\s+(?:oss|meg|mae)\s+inne|(?:er|e|sit|sitter)\s+(?:last|lest)\s+inne)\s+(?:pa|i)\s+(?:badet|do|doen|soverommet|rommet)\b",
        # round 84 review: "han står i gangen med kniv og truer meg nå" (a weapon held while threatening; not a film, a game, a book or a joke)
        r"^(?!.*\s(?:film\w*|serie\w*|movie|spill\w*|game\w*|bok|boka|boken|book|haha\w*|hehe\w*|lol|tul\w*|kidding)\b)"
        r".*?\s(?P<hit>(?:med|with)\s+(?:en\s+|ei\s+|et\s+|a\s+)?(?:kniv|kniven|knife|oks|oksa|oksen|axe|hammer\w*|balltre\w*|pistol\w*|gevaer\w*|hagla|hagle|rifla|rifle)\s+og\s+(?:truer|truar|trugar|threatens)\s+(?:meg|mae|oss|us|me))\b",
        # round 57 (batches 78-79): Scots "went fur me wi his fists"
        r" (?:went|came|comes|goes|gone|flew)\s+(?:for|fur|at)\s+(?:me|mae|us)\s+(?:wi|with|med)\s+(?:his|her|their|a|the|hes)\s+(?:fists?|knife|knives|hammer|bat|belt|bottle)\b",
        # round 72 (batch 108): someone standing with a knife who says she will stab one now ("zona min står med kniv og sier hun stikke meg nå, jeg
        # låse meg inne"; not a film, a series, a game, a book or a dream)
        # round 84 (batch 132): "kona mi har kniv og sier hun stikker meg hvis jeg går ut av rommet" (has a knife; not a film, a game, a book, a dream, nor a joke
        # with a laugh or about a cake or a sauce; the kitchen alone is no guard: "mannen har kniv på kjøkkenet og sier han stikker meg")
        r"^(?!.*\s(?:film\w*|serie\w*|movie|spill\w*|game\w*|drom\w*|dream\w*|bok|boka|boken|book|haha\w*|hehe\w*|lol|tul\w*|kidding|spok\w*|kake\w*|kaka|kaken|saus\w*)\b)"
        rf".*\s(?P<hit>(?:(?:star|stod|sto|stands|sitter|sit|kommer|komer|kjem)\s+(?:her\s+)?(?:med|with)|har|has|hev|got|holder|holds)\s+(?:en\s+|ei\s+|a\s+|the\s+)?(?:kniv|kniven|knife|oks|oksa|oksen|axe|hammer\w*|balltre\w*)\b(?:\s+\w+){{0,3}}?\s+(?:og\s+|and\s+)?(?:sier|sa|sir|seier|roper|skriker|truer\s+med|says|shouts|screams)\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+(?:skal\s+|ska\s+|vil\s+|will\s+|is\s+going\s+to\s+|kommer\s+til\s+a\s+)?(?:stikke|stikker|knivstikke|drepe|dreper|drep|stab|kill|kutte|skjaere)\s+(?:meg|mae|me|oss|us))\b",

        # round 86 (batches 136-138): "han har kniv og e på vei inn te mæ", "mannen har kniv og slår. hjelp", "han har geværet framme. ungane er her" (someone with a knife
        # or a gun out, coming or hitting; not hunting or an exercise, the round 48 guards, nor a kitchen, food, fish or work: "han har kniven framme og skjærer brød")
        _NOT_A_GUN_FOR_HUNTING + _NOT_A_GUN_AT_AN_EXERCISE + _unless_any(r"kjokken\w*|middag\w*|mat|maten|brod\w*|fisk\w*|fish\w*|slakt\w*|kutter|skjaerer|skjer|jobb\w*|work\w*|bursdag\w*|kak\w*|skjaere|kutte|spikk\w*")
        + r".*\s(?P<hit>(?:han|hun|ho|hu|mannen|kona|samboer\w*|kjaerest\w*|faren|far|pappa|stefar\w*|exen|eksen|he|she)\s+(?:har|hev|has|holder|held)\s+(?:en\s+|ein\s+|ei\s+|et\s+|a\s+)?"
        r"(?:kniv|kniven|gevaeret|gevaer|hagla|rifla|pistol|pistolen|knife|gun)\s+(?:framme|fremme|fram|frem|out|og\s+(?:e|er|is)\s+pa\s+(?:vei|veg)|og\s+(?:slar|truer|jager|kommer|kjem)|and\s+(?:is\s+coming|hits|threatens)))\b",
        # round 87 (batch 141): "broren min e rusa og har kniv. han har stengt seg inne på kjøkkenet med mamma og trua hu" (someone high or drunk with a knife or a gun,
        # threatening someone; not a film or a game, nor a threat of something else: "han var full og trua med å flytte ut")
        _unless_any(r"film\w*|serie\w*|spill\w*|game\w*|minecraft|fortnite|bok\w*|book")
        + r"(?=.*\s(?:rusa|ruset|rusen|dopa|dopet|full|dritings|drita|hoy|hog|high|drunk|pa\s+speed|pa\s+amfetamin)\b)(?=.*\s(?:kniv|kniven|knife|gevaer\w*|hagla|rifla|pistol\w*|gun)\b)"
        r".*\s(?P<hit>(?:trua|truet|truer|truar|truga|trugar|threatens|threatened|threatening)\s+(?:hu|ho|henne|han|ham|mamma|mora|mor|pappa|faren|far|oss|meg|mae|kona|barna|ungane|ungene|her|him|us|me|my\s+\w+))\b(?!\s+(?:med\s+a|med\s+at|with\s+(?:leaving|moving|calling)|to\s+(?:leave|move|call))\b)",
        # round 87 (batch 142): "he is hitting me right now ... locked myself in the car with my baby" (hitting or beating oneself right now; not "hitting me up", a game
        # or "now and then")
        # round 89 (batch 148): "my boyfriend is hitting me right now" (the partner named instead of "he")
        r" (?P<hit>(?:he|she|han|hun|ho|hu|my\s+(?:boyfriend|girlfriend|husband|wife|partner|ex)|(?:kjaeresten|samboeren|sambuaren|mannen|kona|eksen|exen)(?:\s+(?:min|mi))?)\s+(?:is\s+|er\s+|e\s+)?(?:hitting|beating|kicking|slar|banker|sparker|slaar|juler)\s+(?:me|meg|mae)\s+(?:right\s+now|now|na|no|akurat\s+na|akurat\s+no))\b(?!\s+(?:og\s+da|and\s+then|and\s+again)\b)",
        # round 87 (batch 143): "mannen min står utenfor døra nå og roper at han tar barna og brenner huset i natt" (someone who says or shouts that he will burn the house
        # tonight or now; not a bonfire, a game or a joke: "brenner bål bak huset i kveld", "sier han brenner huset ned i minecraft i kveld haha")
        _unless_any(r"bal|balet|grill\w*|minecraft|spill\w*|game\w*|haha\w*|hehe\w*|lol|sankthans\w*|fyrverkeri\w*")
        + rf"(?=.*\s(?:roper|ropar|skrik\w*|sier|sir|sei|seier|truer|trua|truar|says|said|shouts|screams|threatens)\b)"
        r".*\s(?P<hit>(?:brenner|brener|brenne|brenn|tenner\s+pa|tenne\s+pa|setter\s+fyr\s+pa|sette\s+fyr\s+pa|burn|burns|burning|will\s+burn)\s+(?:ned\s+)?(?:huset|heile\s+huset|hele\s+huset|leiligheten|leilegheita|the\s+house|the\s+flat|our\s+house)"
        r"(?:\s+ned|\s+down)?\s+(?:i\s+natt|i\s+nat|i\s+kveld|tonight|na|no|now))\b",
    ),
    _sign(
        "en annen er i fare nå",  # rounds 38 and 40: answered like violence, with 112
        # round 93 (batch 165): Swedish "min sambo har suttit med bössan hela kvällen och säger att det är bäst för alla om han försvinner" (someone else who says it is
        # best for everyone if he or she disappears or dies; not for a while, a trip or the cabin, nor from or out of a thing, to a place or of laughter: "han sier det er best
        # for alle om han forsvinner fra prosjektet", "... forsvinner en tur på hytta i helga")
        r"^(?!.*\s(?:tur|turen|trip|ferie\w*|semester\w*|holiday|hytt\w*|stuga\w*|stund|while|litt|lite|uke|uka|veke|week|vecka)\b)"
        rf".*\s(?P<hit>(?:{SAYS}|saeger|sager|seie|sie)\s+(?:(?:at|att|that)\s+)?(?:(?:det|d|it)\s+(?:er|e|aer|ar|is|blir|vert|would\s+be)|its)\s+(?:best|baest|bast|beste|bedre|betre|battre|better)\s+"
        r"(?:for|til)\s+(?:alle|ale|ala|alla|everyone|everybody|oss|us|familien|familjen|the\s+family)\s+(?:om|hvis|viss|if|at|att|that)\s+(?:han|hun|ho|hu|he|she)\s+(?:bare\s+|berre\s+|bara\s+|just\s+)?"
        r"(?:forsvinner|forsvinn|forsviner|forsvinne|forsvant|forsvann|forsvinder|disappears|disappeared|var\s+borte|vore\s+borte|er\s+borte|was\s+gone|dor|doyr|dog|dode|died|dies))\b"
        r"(?!\s+(?:fra|fran|from|ut|out|av|of|til|te|till|to|med|with)\b)",
        # round 91 (batch 159): "mor sit ute i båten ... ho sa i går at ho ville bli borte i sjøen og at me skulle klare oss utan ho" (someone who said she or he wanted to
        # be gone in the sea or a lake; not away "på sjøen" (at sea, working or fishing), a trip, fishing or bathing: "mor sa at ho ville bli borte i sjøen ei stund og fiske")
        r"^(?!.*\s(?:fisk\w*|fish\w*|bade\w*|svom\w*|swim\w*|tur|turen|trip|ferie\w*|holiday)\b)"
        rf".*\s(?P<hit>(?:{SAYS}|si|seie|sie)\s+(?:\w+\s+){{0,3}}?(?:at\s+|that\s+)?{HE_OR_SHE}\s+(?:vile|ville|vil|ska|skal|wanted\s+to|wants\s+to|would|will)\s+(?:bli|verte|vere|vaere|be)\s+"
        rf"(?:borte|vekk|gone)\s+(?:i|uti|ute\s+i|in)\s+(?:the\s+)?(?:{LAKE}|water|ocean))\b",
        # round 91 (batch 159): above, "samboeren står med kniv på kjøkkenet og sier han skal ta oss begge" (a place after the knife)
        # round 89 (batches 149 and 151): "eksen står utafor døra med kniv og rope at han ska ta oss", "sambuaren min står på kjøkkenet med kniv og skrik at han skal ta meg"
        # (someone standing somewhere with a knife or an axe who shouts or says he will "take" one or the family; not "ta oss igjen" (catch up), "ta oss med", a film, a
        # game or a knife at work: "guiden står med kniv og roper at han skal ta oss med på fisketur")
        _unless_any(r"film\w*|serie\w*|spill\w*|game\w*|bok|boka|boken|book|haha\w*|lol|tull\w*|kidding|kake\w*|fisk\w*|slakt\w*|kokk\w*|restaurant\w*|jobb\w*")
        + rf".*\s(?P<hit>(?:star|stend|stod|sto|sitter|sit|kommer|kjem)\s+(?:\w+\s+){{0,3}}?(?:med|with)\s+(?:en\s+|ei\s+|ein\s+|a\s+)?(?:kniv|kniven|knife|oks|oksa|axe)\s+(?:(?:pa|i|ved|in|on|at)\s+(?:the\s+)?\w+\s+)?(?:og\s+|and\s+)?{SAYS}\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+{WILL}\s+"
        r"(?:ta|drepe|drepa|kverke|kill|get)\s+(?:oss|meg|mae|me|us|dei|dem|ungane|ungan|ongan|barna))\b(?!\s+(?:igjen|att|med|inn|imot|i\s+mot|pa|til|te|ut|opp|over|again|with|along)\b)",
        # round 89 (batch 148): Polish "moj brat ... mowi ze sie zabije" (someone says he will kill himself, "się" before or after, "ó" dropped as the normalising does;
        # not from laughter or boredom: "mowi ze sie zabije ze smiechu")
        _unless_any(r"smiechu|smiech\w*|nudow|nudy|haha\w*|lol")
        + r".*\s(?P<hit>(?:mowi|m\s+wi|mowil|mowila|powiedzial|powiedziala|pisze|napisal|napisala|krzyczy)\s+(?:ze\s+|iz\s+)?(?:sie\s+zabije|si\s+zabije|zabije\s+sie|zabije\s+si|chce\s+sie\s+zabic|sie\s+powiesi|powiesi\s+sie))\b",
        # round 88 (batch 145): "hu som bor under mæ skriker og han slenger henne i veggen. hører det nå" (someone thrown at the wall or the floor, heard or seen now; not a film,
        # a game or a thing thrown: "slenger ballen i veggen", "i filmen slenger han henne i veggen")
        _unless_any(r"film\w*|serie\w*|spill\w*|game\w*|tv|bok\w*|boka|roman\w*|teater\w*|handball\w*|bryting\w*|wrestling|trening\w*")
        + r"(?=.*\s(?:na|no|nu|now|horer|hoyrer|hoyre|hore|hear|hearing|ser|see)\b)"
        r".*\s(?P<hit>(?:slenger|slengjer|slengte|slang|kaster|kastar|kasta|kastet|dunker|dunkar|dunka|dunket|throws|throwing|slams|slamming)\s+(?:henne|ho|hu|han|ham|hom|dem|dei|her|him|them|ungen|barnet|kona|dama)\s+"
        r"(?:i|mot|into|against|pa)\s+(?:veggen|vegg|gulvet|golvet|doren|dora|the\s+wall|the\s+floor|the\s+door))\b",
        # round 88 (batch 147): "satt han med tjenestevåpenet på kjøkkenet og sa at vi klarer oss bedre uten ham" (someone close with a gun who says the family is better off
        # without him; not hunting, cleaning or a sale: the round 48 gun guard)
        _NOT_A_GUN_FOR_HUNTING + r"(?=.*\s(?:\w*vapen\w*|\w*vapnet|\w*gevaer\w*|hagla|hagle\w*|rifla|rifle\w*|pistol\w*|revolver\w*|gun|shotgun)\b)"
        r".*\s(?P<hit>(?:sa|sier|seier|sei|said|says)\s+(?:at\s+|that\s+)?(?:vi|me|dere|dokker|alle|ungene|ungane|we|everyone|you)\s+(?:klarer|klarar|greier|har\s+det|hadde\s+hatt\s+det|would\s+be|are|er|e)\s+"
        r"(?:oss\s+)?(?:bedre|betre|better|best)\s+(?:uten|utan|without|off\s+without)\s+(?:ham|han|hom|henne|ho|him|her))\b",
        # round 87 (batch 142): "sønnen min e ruset og står i gangen med kniv mot sæ sjøl og sir han ska dø i natt" (someone close with a knife against himself, or
        # his throat or wrist; not carving, the kitchen or a lesson with a knife: "lærer ungen å spikke med kniven vendt bort fra seg")
        _unless_any(r"spikk\w*|kjokken\w*|brod\w*|mat|maten|fisk\w*|laerer|lerer|lere|vendt|bort\s+fra|unna|kak\w*|film\w*|spill\w*")
        + rf"(?=.*\s(?:{SOMEONE_CLOSE}|han|hun|ho|hu|he|she)\b)"
        + rf".*\s(?P<hit>(?:kniv|kniven|knife|the\s+knife|a\s+knife)\s+(?:mot|against|til|to)\s+(?:seg|sae|himself|herself|halsen|strupen|handleddet|his\s+(?:throat|wrist)|her\s+(?:throat|wrist))(?:\s+{SELF})?)\b",
        # round 76 (batch 116): "Naboen min vert slegen av mannen sin akkurat no" (beaten by someone right now, in the passive; not in a game)
        r"^(?!.*\s(?:sjak|kort|tenis|chess|cards|fotbal|golf|spil\w*|game)\b)" rf".*?\s(?P<hit>{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,2}}?(?:vert|blir|is\s+being|gets|getting)\s+(?:slegen|slegi|slat|banka|banket|julet|julta|denga|beaten|hit)\s+(?:av|by)\s+(?:\w+\s+){{0,3}}?(?:akurat\s+na|akurat\s+no|akurat\s+nu|right\s+now))\b",
        # round 68 (batch 101): someone beating another right now ("naboen slår kona si akkurat nå"; not in a game); round 73 (batch 110): two words
        # between ("naboen gjennom veggen slår kona si akkurat nu")
        # round 77 (batch 118): "her boyfriend is hitting her right now" (a boyfriend, girlfriend or partner too; the same: now, not a game)
        rf" (?P<hit>(?:{SOMEONE_CLOSE}|boyfriend|girlfriend|partner\w*)\s+(?:\w+\s+){{0,2}}?(?:slar|juler|banker|denger|beats|is\s+beating|hits|is\s+hitting)\s+(?:kona|kone|mannen|dama|samboer\w*|kjaerest\w*|barna|ungene|ungane|vaikai|vaikus|henne|ham|sonen|dattera|wife|husband|girlfriend|boyfriend|kids|children|her|him)\s+"
        # round 79 (batch 123): "naboen i blokka slår kona si igjen, hun skriker nå og vaikai er der" (again, with her screaming now; Lithuanian "vaikai", children, as the victims)
        r"(?:\w+\s+){0,2}?(?:akkurat\s+na|akkurat\s+no|na|no|nu|right\s+now|now|igjen\s+(?:hun|ho|hu|han|de|dei|she|he|they)\s+(?:skriker|skrik|roper|grater|screams|is\s+screaming|cries)\s+(?:na|no|nu|now)))\b(?!.*\s(?:sjakk|kort|tennis|chess|cards|fotball|golf|spill\w*|game)\b)",
        # round 81 (batch 127): someone close who said goodbye and went out with the rope or a gun ("han sa ha det sånn rart og gikk ut med tauet fra garasjen"; not to a
        # boat, a trailer or a load, climbing, a tree or animals)
        r"^(?!.*\s(?:bat|baten|baten\w*|sjekta|brygg\w*|henger\w*|tilhenger\w*|laset|lasten|klatr\w*|climb\w*|treet|trea|fel\w*|hest\w*|sau\w*|kua|kyr|slep\w*|tow\w*|\w*jakt\w*|hunt\w*)\b)"
        # found on review: only with the goodbye said strangely or fear told ("mamma sa ha det og gikk ut med tauet for å henge opp klesvasken" is a chore)
        r"(?=.*\s(?:rart|rar|rare|merkelig\w*|strange\w*|weird\w*|redd|red|scared|afraid|skremt|please|hjelp|help)\b)"
        rf".*\s(?P<hit>{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,2}}?(?:sa|sier|seier|said|says)\s+(?:ha\s+det|hadet|farvel|farvell|adjo|goodbye|bye)\b.*\s(?:gikk|gjekk|gar|dro|drog|went|walked)\s+(?:ut\s+|out\s+)?(?:med|with)\s+"
        r"(?:tauet|tau|reipet|reip|the\s+rope|a\s+rope|hagla|rifla|gevaeret|the\s+gun|the\s+rifle))\b",
        # round 81 (batch 127): someone close who said the family would be better off without him and now stands on the roof or a bridge ("pappa sa i går at vi hadde
        # hatt det bedre uten han og nå står han oppe på taket"; not work or snow up there)
        _NOT_WORK_ON_A_ROOF + r"(?=.*\s(?:bedre|betre|better)\s+(?:\w+\s+)?(?:uten|utan|without)\s+(?:han|ham|henne|ho|hu|him|her)\b)"
        rf".*\s(?P<hit>(?:{SOMEONE_CLOSE}\s+(?:star|stend|sit|sitter|stands|sits|is\s+standing|is\s+sitting|is)|(?:star|stend|sit|sitter)\s+{SOMEONE_CLOSE})\s+(?:oppe\s+|ute\s+|up\s+|out\s+)?(?:pa|on|ved|at)\s+(?:the\s+)?"
        r"(?:taket|rof|brua|broa|bruen|broen|bridge|kanten|edge|stupet|cliff|balkong\w*|balcony|kaia|molo\w*))\b",
        # round 81 (batch 127): someone who posted that he will drive the car straight into a river tonight and does not answer ("la ut på snap at han ska kjør bilen rett
        # i namsen i kveld. han svare itj"; the no answer needed, and the water or a river named, not "rett i butikken")
        # round 82 (batch 128): "la ut på snap at han skal køyra utfor ved Skjervet i kveld. eg får ikkje tak i han, han e full" (driving off the edge at a place
        # named, tonight, with "får ikkje tak i han" as the no answer; not downhill on skis, a bike or a sledge, nor a race or a track)
        rf"^(?=.*\s(?:svarer|svarar|svare|answers|answering)\s+(?:{HE_OR_SHE}\s+)?(?:ike|ikje|itj|ite|not)\b|.*\s(?:doesnt|does\s+not|not)\s+(?:answer|respond|pick\s+up)\b"
        rf"|.*\s(?:far|fa|nar|nair)\s+(?:ike|ikje|itj|ite)\s+(?:tak\s+i|kontakt\s+med)\s+(?:{HE_OR_SHE}|ham|henne)\b|.*\scant\s+(?:reach|get\s+hold\s+of)\s+(?:him|her)\b)"
        r"(?!.*\s(?:ski\w*|slalom\w*|alpin\w*|snowboard\w*|brett\w*|sykkel\w*|sykel\w*|syklen|bike\w*|ake\w*|kjelke\w*|rindal\w*|bakken|bakke|lop\w*|race\w*|trase\w*|bane\w*|rent\w*)\b)"
        rf".*\s(?P<hit>{SAYS}\s+(?:pa\s+\w+\s+|on\s+\w+\s+)?(?:at\s+|that\s+)?{HE_OR_SHE}\s+{WILL}\s+(?:kjore|kjor|kjora|koyre|koyra|koyr|kjyre|drive)\s+(?:bilen\s+|the\s+car\s+|his\s+car\s+)?(?:(?:rett|straight)\s+"
        r"(?:ut\s+i|uti|inn\s+i|ned\s+i|i|into|of\s+into|off\s+into)\s+(?:the\s+)?(?:elva|elven|sjoen|havet|fjorden|vannet|vatnet|river|sea|water|fjord|lake|\w+(?:elva|elven|elv|fjorden|vatnet|vannet|sjoen)"
        r"|namsen|glomma|lagen|otta|driva|orkla|gaula|mjosa|tana|alta|begna|vorma|lagen|nidelva|sokna|stjordalselva)"  # water or a river named (not a shop)
        r"|utfor\s+(?:ved|fra|over|at|of)\s+(?:\w+\s+){1,2}?(?:i\s+kveld|i\s+natt|i\s+nat|tonight)(?=.*\s(?:(?:ful|fuld)(?!\s+(?:av|of|fart|gas|opp|up)\b)|drukken|drunk|pa\s+fyla|bilnok\w*|car\s+keys)\b)(?!.*\s(?:haha\w*|hehe\w*|lol)\b)))\b",  # round 82: off the edge at a place, tonight, drunk or with the car keys
        # round 81 (batch 127): someone close who sent a picture of a heap of pills and does not answer ("venninna mi har sendt bilde av en haug med piller ... hun svarer
        # ikke"; not for the pharmacy or a dosett)
        _NOT_FOR_THE_PHARMACY_OR_A_DOSETT + rf"(?=.*\s(?:svarer|svarar|svare|answers|answering)\s+(?:{HE_OR_SHE}\s+)?(?:ike|ikje|itj|ite|not)\b|.*\s(?:doesnt|does\s+not|not)\s+(?:answer|respond|pick\s+up)\b)"
        # found on review: only with sorry, a goodbye, living alone or fear told, and not pills from a doctor or to be taken ("mamma sendte bilde av masse piller
        # hun må ta nå")
        r"(?=.*\s(?:lei\s+(?:seg|meg)|sorry|unskyld|beklager|ha\s+det|hadet|farvel|goodbye|alene|aleine|alone|redd|red|scared|afraid|please|hjelp|help)\b)"
        r"(?!.*\s(?:lege\w*|doktor\w*|doctor|resept\w*|(?:ma|mo|skal|ska|must|has\s+to)\s+(?:ta|take))\b)"
        rf".*\s(?P<hit>{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,3}}?(?:sendt|sendte|sende|sent|sends|la\s+ut|posta|postet|posted)\s+(?:meg\s+|me\s+)?(?:et\s+|eit\s+|a\s+)?(?:bilde|bilete|foto|picture|photo|pic|snap)\s+(?:av|of|med|with)\s+"
        rf"(?:en\s+haug\s+(?:med\s+)?|ei\s+haug\s+(?:med\s+)?|masse\s+|mange\s+|ale\s+|hele\s+|heile\s+|a\s+pile\s+of\s+|a\s+bunch\s+of\s+|lots\s+of\s+|loads\s+of\s+|al\s+)(?:\w+\s+)?{PILLS})",
        # round 62 (batches 88-89): a husband who says he takes his life tonight; a friend who took many pills and now does not answer (round 64: "she say she take all the pills")
        # round 81 (batch 127): "draugas min fra fabrikken skrev på facebook at han tar livet sitt i natt" (Lithuanian "draugas", a friend, with words between; written
        # on a page named: whoever says it, the one who takes his life is someone else)
        rf" (?P<hit>{SAYS}\s+(?:(?:pa|on)\s+\w+\s+)?(?:at\s+|that\s+)?{HE_OR_SHE}\s+(?:tar|takes|is\s+taking)\s+livet\s+(?:sit|av\s+seg)\s+(?:{TONIGHT}|na|no|now))\b",
        # round 82 (batch 128): "venninna mi ligg på badegølvet, hu har tatt ælle pillene sine å svarer itte når æ roper" (Northern "ælle", and "svarer itte",
        # the negation after the verb; not a film or a book, nor the pills taken as the doctor said or from a dosett, nor out at work or a shop)
        r"^(?!.*\s(?:film\w*|serie\w*|movie|bok|boka|boken|book|dosett\w*|(?:som|as)\s+(?:legen|lege|doktoren|the\s+doctor)\s+(?:sa|sier|seier|said|says)|pa\s+(?:butik\w*|jobb\w*|arbeid\w*))\b)"
        rf".*?\s(?P<hit>{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,6}}?(?:took|tok|has\s+taken|har\s+tat|take|takes|taken|tar)\s+(?:many|mange|a\s+lot\s+of|lots\s+of|mase|ale|al|aele|ael|hele|heile)\s+(?:\w+\s+)?{PILLS}"
        r".*\s(?:(?:dont|doesnt|does\s+not|not|ike|ikje|itj)\s+(?:answer\w*|svarer|svarar|svare|respond\w*|pick\s+up)|(?:svarer|svarar|svare)\s+(?:ike|ikje|itj|ite)))\b",
        # "my flatmate took a load of his tablets ... cant wake him" (round 38)
        rf" (?:taken|took|swallowed)\s+(?:a\s+load\s+of|loads\s+of|lots\s+of|a\s+bunch\s+of|heaps\s+of|al|al\s+of)\s+(?:his|her|their)\s+(?:\w+\s+)?{PILLS}",
        r"^(?=.*\s(?:demens|dement|minus|kaldt|kulda|iskaldt|natkjolen|pysjamas|pyjamas)\b).*\s(?:finner|finn|fant|find)\s+(?:henne|han|ham|ho|dem|her|him)\s+(?:ikke|ikje|itj|not)\b",
        rf"{_NOT_AN_ANIMAL}.*?\s(?P<hit>(?:ligger|ligg|lig|lying)\s+(?:pa\s+|on\s+the\s+)?(?:gulvet|golvet|bakken|flor)\b.*\s(?:puster|pustr|puste|pustar|breathing)\s+(?:rart|tungt|darlig|nesten\s+ikke|ikke|ikje|strange|weird)\b)",
        # round 41 (batch 49): "redd eg kjem til å gjere han noko alvorleg"
        r" (?:red|afraid|scared)\s+(?:for\s+at\s+|that\s+)?(?:jeg|eg|ae|e|i)\s+(?:kommer\s+til\s+a|kjem\s+til\s+a|skal|vil|wil|might|am\s+going\s+to)\s+(?:gjore|gjere|gjer|do)\s+(?:\w+\s+)?(?:noe|noko|nake|something)\s+(?:alvorlig|alvorleg|gale|galt|ile|serious|terible|bad)\b",
        r" (?:red|afraid|scared)\s+(?:for\s+at\s+|that\s+)?(?:jeg|eg|ae|e|i)\s+(?:kommer\s+til\s+a|kjem\s+til\s+a|skal|vil|wil|might|am\s+going\s+to)\s+(?:skade|drepe|hurt|kil)\s+(?:han|ham|henne|ho|dem|dei|noen|nokon|naboen|him|her|them|someone|somebody)\b",
        # round 42 (batch 51): "så stikker jæ han. har kniven i sekken"
        r" (?:stikker|stikk|knivstikker|dreper|drep|skyter|skyt)\s+(?:jeg|jae|je|eg|ae|e|i)\s+(?:han|ho|henne|ham|dem|dei)\b(?!\s+(?:en|ei|et|ein|eit|\d+)\b)",
        # round 45 (batch 55): going there "with the iron bar", a friend who "går bort for alltid i natt"
        r" (?:go|going|gar|drar)\s+(?:jeg\s+|eg\s+|i\s+)?(?:there|dit|to\s+his|til\s+han)\s+(?:\w+\s+){0,2}(?:with|med)\s+(?:the\s+|a\s+|an\s+|en\s+|ei\s+)?(?:iron\s+bar|jernstang\w*|bat|balltre\w*|knife|kniv\w*|gun|axe|oks\w*|hammer\w*|rifle|gevaer\w*)\b",
        r" \w+\s+(?:sier|sa|says|said)\s+(?:at\s+)?(?:han|hun|ho|hu|he|she)\s+(?:gar|skal\s+ga|drar|going)\s+(?:bort|away)\s+for\s+(?:alltid|godt|good|ever)\b",
        # round 47 (batch 58): a friend who writes that she takes many pills now and says goodbye
        rf"^(?=.*\s(?:farvel|farvell|goodbye|adjo|adjoss)\b).*\s(?:hun|han|ho|hu|she|he|venn\w*|friend|kompis\w*)\s+(?:\w+\s+)?(?:tar|tok|har\s+tatt|takes|is\s+taking|took|has\s+taken|svelger|svelget|svelgde)\s+(?:mange|masse|alle|en\s+haug|many|lots\s+of|a\s+lot\s+of|all|all\s+(?:her|his|the))\s+(?:\w+\s+)?{PILLS}",
        # round 79 (batch 123): "my old shipmate just posted on fb he's done with it all, said goodbye ... he's got his dads rifle out" (someone who posted or said
        # goodbye, or that he is done with it all, and has a gun out; not hunting, cleaning or selling it, the range or an exercise)
        _NOT_A_GUN_FOR_HUNTING + _NOT_A_GUN_AT_AN_EXERCISE + rf"(?=.*\s{SAYS}\s+(?:\w+\s+){{0,6}}?(?:goodbye|godbye|farvel|farvell|adjo|(?:done|finished)\s+with\s+(?:it\s+al|everything|life)|ferdig\s+med\s+(?:alt|livet)))"
        r".*\s(?P<hit>(?:hes|he\s+has|shes|she\s+has|han\s+har|hun\s+har|ho\s+har)\s+(?:got|taken|took\s+out|tatt|tat|henta|hentet)\s+(?:fram\s+|frem\s+|ut\s+|out\s+)?(?:his|her|a|the|sin|si|sitt)\s+(?:\w+\s+)?"
        r"(?:rifle|gun|shotgun|pistol|revolver|rifla|hagla|hagle|gevaeret|gevaer|pistolen)(?:\s+(?:out|fram|frem|ut))?)\b",
        # round 84 (batch 132): "my roommate just said he has his dad's pistol and he's gonna use it on himself tonight" (a gun named, and someone else who will use it
        # on himself; not hunting, the range, an exercise, a toy or a joke)
        _A_REAL_GUN_NAMED +
        rf".*\s(?P<hit>(?:{WILL}|(?:hes|shes|he\s+is|she\s+is)\s+(?:gona|going\s+to)|(?:he|she)\s+(?:wil|would|might))\s+(?:use|bruke|bruka|nytte)\s+(?:it|them|det|den|dem|dei)\s+(?:on|pa)\s+(?:himself|herself|seg\s+selv|seg\s+sjol|seg\s+sjolv|seg\s+sel))\b",
        # round 85 (batch 135): the old sailor's "kompisen min fra båten har tatt geværet til broren og sier han skal ordne opp med seg sjøl i natt" (a gun named, and
        # someone else who says he will "ordne opp med seg selv" or "gjøre det av med seg selv"; the same guards: not hunting, the range, an exercise, a toy or a joke)
        _A_REAL_GUN_NAMED +
        rf".*\s(?P<hit>{SAYS}\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+{WILL}\s+(?:ordne|ordna|gjore|gjere|gjor|gjer|gjera)\s+(?:opp\s+|det\s+av\s+|av\s+)?med\s+(?:seg|sae|sg)\s+{SELF})\b",
        # round 46 (batch 56): someone has taken the shotgun out and does not answer the phone (not hunting)
        r"^(?!.*\s(?:jakt\w*|hunting|hunt)\b).*\s(?:tatt|tok|tek|teke|taken)\s+(?:med\s+(?:seg|sae|sg)\s+)?(?:hagla|haglen|hagle|gevaeret|gevaer|rifla|pistolen|revolveren|vapenet|vapnet|the\s+gun|his\s+gun|her\s+gun|the\s+shotgun|the\s+rifle|his\s+rifle|his\s+shotgun|her\s+shotgun)\b.*\s(?:(?:svarer|svare|svarar|svara|tar)\s+(?:ike|ikje|itj|ite)|(?:isnt|is\s+not|not|wont|doesnt|does\s+not)\s+(?:answering|answer|picking\s+up))\b",
        # round 48 (batches 60-61): someone locked in with a rope, a gun or pills (after a goodbye, round 63) who does not answer; someone who took many pills
        # and does not wake or breathes strangely; a drunk friend at the quay "sir han ska gå i sjøen" (not to swim or fish);
        # afraid one will do the baby something ("æ e redd æ ska gjør ho frida nåkka"), not daring to be alone with her
        rf"^(?=.*\s(?:tau|tauet|reip|reipet|rope|the\s+rope|hagla|haglen|hagle|rifla|gevaeret|pistolen|vapenet|gun|shotgun|rifle|{PILLS}|farvel|farvell|goodbye|adjo))(?=.*\s(?:(?:svarer|svarar|svare|svara|answers|answer|answering|responds|respond)\s+(?:ike|ikje|itj|ite|not)|(?:ike|ikje|itj|ite|not|isnt|wont|doesnt|does\s+not|dont)\s+(?:svarer|svarar|svare|answer|answering|respond|responding|open\w*|apne\w*|apner)|(?:ingen|no)\s+(?:svar|answer|response))\b).*\s(?:last|lest|locked|stengt|stengd|barricaded|barikadert)\s+(?:seg|sae|sg|himself|herself|themselves)\s+(?:inne|in|inn)\b",
        rf"^(?=.*\s(?:(?:dont|doesnt|does\s+not|wont|will\s+not|wil\s+not|cant|can\s+not|canot|not)\s+(?:wake|waking|wakes)\b(?!\s+(?:up\s+)?(?:early|tidlig|in\s+time|on\s+time|for|before|til|at|when)\b)|(?:vakner|vaknar|vakne|vakna)\s+(?:ike|ikje|itj|ite)|(?:ike|ikje|itj|ite)\s+(?:vakne|vakna|vekke|vekkje)|breath\w*\s+(?:very\s+|so\s+|realy\s+)?(?:strange\w*|weird\w*|funny|slow\w*|shallow)|(?:puster|pustar)\s+(?:veldig\s+|sa\s+)?(?:rart|tungt|darlig|sakte|svakt))\b).*\s(?:he|she|han|hun|ho|hu|roommate|flatmate|friend|venn\w*|kompis\w*|bror\w*|brother|sister|soster\w*|son|daughter|sonen|dattera|mamma|pappa|mum|dad|mor|far|samboer\w*|kjaerest\w*|partner|husband|wife|mannen|kona)\s+(?:\w+\s+)?(?:take|takes|took|taken|tok|tatt|tar|swallowed|svelget|svelga|svelgde|has\s+taken|have\s+taken|har\s+tatt)\s+(?:many|lots\s+of|a\s+lot\s+of|al|all|mange|masse|alle|ale|en\s+haug|a\s+bunch\s+of|too\s+many|for\s+mange)\s+(?:\w+\s+)?{PILLS}",
        r"^(?!.*\s(?:bade\w*|bading|svom\w*|swim\w*|fisk\w*|fish\w*)\b).*\s(?:sier|sir|seier|sa|says|said|truer\s+med|threatens)\s+(?:at\s+|that\s+)?(?:han|hun|ho|hu|he|she|dei|de|they)\s+(?:ska|skal|vil|wil|is\s+going\s+to|s\s+going\s+to|gona|kommer\s+til\s+a)\s+(?:ga|gar|hoppe|hopa|hope|jump|walk|go|kjore|kjor|drive)\s+(?:i|uti|ut\s+i|into|in|off|of|fra|av|utfor)\s+(?:the\s+)?(?:sjoen|havet|elva|fjorden|vannet|vatnet|sea|water|river|fjord|brua|bruen|bridge|kaia|taket|roof|stupet|cliff)\b",
        r" (?:red|redd|rad|afraid|scared|skremt)\s+(?:for\s+at\s+|that\s+)?(?:jeg|eg|ae|e|i)\s+(?:ska|skal|kan|vil|kommer\s+til\s+a|kjem\s+til\s+a|might|wil|could|am\s+going\s+to)\s+(?:gjore|gjor|gjer|gjere|do)\s+(?!(?:det|dete|dette|it|this|that|meg|mae|myself|noe|noko|naka|something)\s)(?:\w+\s+){1,3}(?:noe|noko|naka|nake|nakka|nokka|noka|nokke|something)\b(?!\s+(?:feil|galt|gale|dumt|wrong|stupid|flaut|pinlig|verre|bedre|worse|better)\b)",
        r" (?:tor|toer)\s+(?:ike|ikje|itj|ite)\s+(?:a\s+)?(?:vaere|vere|vaer|ver|bli)\s+(?:aleine|aleina|alene|alone)\s+med\s+(?:ho|han|henne|ham|hu|dem|dei|babyen|babyn|barnet|ungen|ungane|ungene|barna|borna|den\s+vesle|den\s+lille|jenta|gjenta|gutten|veslejenta|vesleguten)\b",
        # round 51 (batch 67): someone locked in who has cut himself, with blood (not locked out)
        r"^(?=.*\s(?:blod|blodet|blor|blood|bleeding)\b).*\s(?:last|laste|locked)\s+(?:seg|sae|himself|herself|themselves)\s+(?:inne|inn|in)\b(?:\s+\w+){0,6}?"
        r"\s+(?:og|and)\s+(?:har\s+|has\s+)?(?:skar|skaret|skjaert|kuttet|kutta|kutter|cut|cuts|slashed)\b",
        # round 52 (batches 68-69): someone who says he will jump, at a height or by the water ("naboen står nede på moloen ... sir
        # han ska hoppe uti", "sitter i vinduet i 7 etasje og sier hun skal hoppe nå"; not bathing, a parachute, a trampoline or a
        # pool; round 64: "på tak", "han si han hoppe"), someone who says he will cut himself ("har låst seg inne på badet og sier han skal skjære seg"; not hair or costs)
        _NOT_BATHING_OR_A_SPORTS_JUMP +
        r"(?=.*\s(?:molo\w*|kaia|kaien|kai|pier|dock|quay|jetty|havna|hamna|harbour|harbor|brygga|bryggen|brygge|brua|bruen|broa|broen|bridge|vinduet|vindu|window|\w*etasje|floor|taket|pa\s+tak|roof|balkong\w*|balcony|veranda\w*|\w*rekkverket|kanten|ledge|stupet|cliff|silo\w*|parkeringshus\w*)\b"  # "kai", "brygge" round 68; round 86 (batch 139): "står på toppen av siloen ... sier han ska hoppe"
        # round 81 (batch 127): ... or with a goodbye posted ("my friend from the boat posted goodbye on facebook, he say he will jump tonight")
        r"|.*\s(?:posted|posta|postet|la\s+ut|wrote|skrev|skreiv|sent|sendte)\s+(?:a\s+|et\s+)?(?:goodbye|godbye|farvel|farvell|adjo)\b)"
        # round 87 (batch 141): "står ytterst på kaia ... sei han ska hopp" (trøndersk "hopp" without the ending; not "hopp over", "hopp på bussen")
        # round 89 (batches 148-149): "står på brurekkverket ... seie ho ska hoppe", "står ytterst på kaia ... sie han ska hoppe" (Valdres "seie", namdalsk "sie", and
        # the railing of a bridge in one word; the same guards)
        rf".*\s(?:{SAYS}|si|seie|sie)\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+(?:{WILL}\s+(?:hoppe|hopa|hop|jump)|(?:hoppe|hopa|hopper|hoppar|jump|jumps)(?!\s+(?:to|that|so|for|you|we|i|it)\b))\b"
        r"(?!\s+(?:over|inn(?!\s+(?:the\s+)?(?:sea|water|river|sjoen|havet|vannet|vatnet|elva|fjorden)\b)|opp|pa\s+(?:kurs|tog|bus|ferj)\w*|on\s+(?:the\s+)?(?:train|bus|ferry|call))\b)",  # "jump in the sea" round 68
        rf" {SAYS}\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+{WILL}\s+"
        r"(?:skjaere|skjaera|skjere|skjera|kutte|kute|cut|skade|skada)\s+(?:seg|sae|sg|himself|herself)\b(?!\s+(?:ned|en|ei|et|ein|eit|a|an|some|pa\s+(?:utgift|kost)\w*|i\s+(?:haret|luggen|fingeren|fingern)|hair)\b)",
        # round 53 (batches 70-71): someone who says or writes that he will shoot or hang himself ("sa han ska skyt sæ me hagla"; not
        # "skyte seg i foten", "henge seg på"), or end it with a rope, a gun, pills or a height at hand or no answer ("sa han sit i løa med
        # eit tau og skal gjere slutt på det"; not ending it with someone), or that he will drive out "og ikkje komme tebake" (not a move,
        # a trip or until a day)
        rf" {SAYS}\s+(?:pa\s+\w+\s+|on\s+\w+\s+)?(?:at\s+|that\s+)?{HE_OR_SHE}\s+(?:\w+\s+){{0,8}}?"
        # round 83 (batch 130): Nynorsk "sa at han skal skyta seg med hagla i kveld" ("skyta"; not "skyta seg inn", "skyta seg på" by the same guard),
        # "la ut på snap at han ska ta sitt eige liv i natt" ("ta sitt eige/eget liv"; not "ta sitt eget valg" or "ta livet sitt tilbake": "liv" must follow)
        rf"{WILL}\s+(?:(?:skyte|skyt|skyta|henge|heng|hengje|drepe|drep)\s+(?:seg|sae|sg)\b(?!\s+(?:i\s+foten|pa|med\s+(?!(?:hagla|hagle\w*|gevaer\w*|rifla|rifle\w*|pistol\w*|tau\w*|reip\w*)\b)|etter|opp|inn|inni)\b)"
        r"|(?:shoot|hang|kill)\s+(?:himself|herself)\b|(?:gjere|gjore|gjor|gjer|gjera)\s+slut\s+pa\s+(?:livet|seg\s+sjol|seg\s+selv)\b|ta\s+(?:seg|sae|sg|sei)\s+(?:sjol|sjolv|selv|sel|sjael)\b(?!\s+(?:i\s+nakken|i\s+nakan|sammen|saman|en|ei|et|ein|eit|ut|inn|opp|fram|frem|pa|til|te|med|av|tid|fri)\b)"  # "ska ta sæ sjøl i kveld" round 73 (batch 111)
        r"|ta\s+livet\s+(?:av\s+(?:seg|sae|sg)|sitt|sit)\b|ta\s+(?:sitt|sit)\s+(?:eget|eige|egne|eigne|eiget)\s+liv\b)",
        rf"^(?=.*\s(?:tau|tauet|reip|reipet|rope|hagla|hagle\w*|gevaer\w*|rifla|rifle\w*|pistol\w*|vapen\w*|vapnet|gun|shotgun|brua|bruen|broa|kaia|stupet|taket|bridge|{PILLS})\b"
        rf"|.*\s(?:svarer|svarar|svare|answers|answering)\s+(?:{HE_OR_SHE}\s+)?(?:ike|ikje|itj|ite|not)\b).*\s{SAYS}\s+(?:pa\s+\w+\s+|on\s+\w+\s+)?(?:at\s+|that\s+)?"
        rf"{HE_OR_SHE}\s+(?:\w+\s+){{0,8}}?{WILL}\s+(?:(?:gjere|gjore|gjor|gjer|gjera)\s+slut\s+pa|avslute|avslut|avsluter|ende|enda)\s+(?:det|alt|livet)\b(?!\s+(?:med|with)\b){_NOT_A_STAGE_OF_LIFE}",  # "avslutt alt", "svare han itj" round 69; "ende livet" round 84 (batch 132)
        rf"^(?!.*\s(?:flytt\w*|moving|ferie\w*|holiday|utland\w*|abroad|reis\w*|jobb\w*)\b).*\s{SAYS}\s+(?:pa\s+\w+\s+|on\s+\w+\s+)?"
        rf"(?:at\s+|that\s+)?{HE_OR_SHE}\s+{WILL}\s+(?:\w+\s+){{1,8}}?(?:og|and)\s+(?:(?:ike|ikje|itj|ite|not|aldri|never)\s+(?:komme|kome|kom|come)|(?:kommer|kjem|komer)\s+(?:ike|ikje|itj|ite|aldri))"
        r"\s+(?:tilbake|tebake|tibake|back|hjem|heim|home)\b(?!\s+(?:for|til|te|innen|i\s+morgen|pa|before|until)\b)",
        # round 84 (batch 132): "kompisen min la ut en story med et tau og skrev bye guys. han svarer ikke på snap eller tlf" (a story or a picture posted with a rope
        # or a gun in it and a bye, and no answer; not climbing, sailing, a trip, a move or a joke: "la ut story med tau fra klatreveggen og skrev bye guys")
        rf"^(?=.*\s(?:svarer|svarar|svare|svara|answers|answering)\s+(?:{HE_OR_SHE}\s+)?(?:ike|ikje|itj|ite|not)\b|.*\s(?:doesnt|does\s+not|dont|isnt|wont|not)\s+(?:answer\w*|respond\w*|pick\s+up|picking\s+up)\b)"
        r"(?!.*\s(?:klatr\w*|climb\w*|buldr\w*|sikring\w*|seil\w*|sail\w*|bat|baten|boat\w*|tur|turen|trip|ferie\w*|holiday|flytt\w*|moving|reis\w*|camping|telt\w*|haha\w*|hehe\w*|lol|jakt\w*|hunt\w*)\b)"
        rf".*\s(?P<hit>{SOMEONE_CLOSE}\s+(?:min\s+|mi\s+|mitt\s+|my\s+)?(?:\w+\s+){{0,2}}?(?:la\s+ut|lagt\s+ut|posta|postet|posted|sendte|sendt|sent)\s+(?:en\s+|ei\s+|et\s+|a\s+)?(?:story|snap|bilde|bilete|foto|picture|photo|pic|video)\s+(?:med|av|of|with)\s+"
        r"(?:et\s+|eit\s+|a\s+|the\s+|ei\s+|en\s+)?(?:tau|tauet|reip|reipet|rope|the\s+rope|noose|lokke|hagla|rifla|gevaeret|pistolen|gun|rifle|shotgun|pistol)\b(?:\s+\w+){0,3}?\s+(?:og|and)\s+(?:skrev|skreiv|wrote|sa|said|skrevet)\s+"
        r"(?:bye|farvel|farvell|adjo|goodbye|godbye|ha\s+det|hadet))\b",
        # round 75 (batch 114): ... or who "la ut bilde fra bybrua på snap med teksten siste gang" (posted, with the words "last time" as the caption; the same guards)
        # round 54 (batch 73): a friend or one's own who sent or wrote goodbye and does not answer ("kompisen min sende snap frå toppen av
        # fjelle ... å skreiv farvel. han svare ikkje på tlf"; not a move, a trip, a new job or retirement)
        # round 77 (batch 118): "skrev i gruppechatten at det er siste gang vi hører fra han og så skrudde han av mobilen" (the phone turned off; the
        # last time one hears from him as the words; the same guards: not a move, a trip, a job or retirement)
        r"^(?=.*\s(?:(?:svarer|svarar|svare|svara|answers|answer|answering)\s+(?:ike|ikje|itj|ite|not)|(?:ike|ikje|itj|ite|not|doesnt|dont|isnt|wont)\s+(?:svarer|svarar|svare|answer|answering|picking\s+up|pick\s+up|ta\s+telefonen)"
        r"|(?:skrudde|skrudd|slo|slatt|turned)\s+(?:han\s+|hun\s+|ho\s+|he\s+|she\s+)?(?:av|off)\s+(?:\w+\s+)?(?:mobil\w*|telefon\w*|tlf|phone))\b)"
        r"(?!.*\s(?:flytt\w*|moving|moved|ferie\w*|holiday|reis\w*|jobb\w*|job|pensjon\w*|retir\w*|bursdag\w*|slutta|sluttet|quit)\b)"
        r".*\s(?:kompis\w*|venn\w*|venninne\w*|friend\w*|broren|bror|brother|sostera|soster|sister|sonen|sonnen|dattera|datteren|son|daughter|thambi|thangachi|thangai|akka|anna|han|ho|hun|hu|he|she)\s+(?:min\s+|mi\s+|mitt\s+|my\s+)?(?:har\s+|has\s+|just\s+)?"  # Tamil "thambi" and "bye for alltid" round 70
        r"(?:skreiv|skrev|skrevet|skriver|skriv|sende|sendte|sendt|sender|posta|postet|wrote|writes|sent|sends|posted|texted|la\s+ut|lagt\s+ut|legger\s+ut)\b(?:\s+\w+){0,10}?\s+(?:farvel|farvell|adjo|goodbye|(?:bye|ha\s+det|hadet)\s+for\s+(?:alltid|ever|godt)|(?:teksten|tekst|text|caption)\s+(?:siste\s+(?:gang|gong|kveld|natt)|last\s+(?:time|night))"
        r"|(?:det|d|de)\s+(?:er|e|blir)\s+(?:den\s+)?(?:siste|sista)\s+(?:gang|gong|gongen)\s+(?:vi|dere|dokker|dykk|du|me|noen|nokon)\s+(?:horer|hoyrer|hor|ser)\s+(?:fra|ifra|fra|noe\s+fra)\s+(?:han|ham|henne|ho|hu))\b(?!\s+(?:kort|fest|lunsj|gave|kake|card|party|lunch|gift|cake)\b)",
        # round 55 (batches 74-75): someone else in the car with a hose from the exhaust ("kollega ... sitter i bilen med slange fra eksos,
        # han sendte meg bilde nå"; not a repair or a workshop); someone who drank chlorine, bleach or another poison ("she drank chlorine
        # and now she is quiet"; not water from a pool); lying on a floor, the bathroom floor too, breathing "så rart" (a word between);
        # "eg får ikkje liv i han" with breathing, lying, something taken or no answer (not an engine, a car, a fire or a plant)
        # round 73 (batch 110): ... or in a car in the garage "med motor på" ("min venn Ahmad sitter i bil i garasje med motor på og sender meg bilde";
        # not warming up, defrosting or mending the car)
        r"^(?=.*\s(?:slange\w*|hose\w*|eksos\w*|exhaust)\b|" + _NOT_WARMING_A_CAR.lstrip("^")
        + r".*\s(?:garasje\w*|garage)\b.*\s(?:motor|motoren|motorn|engine|the\s+engine)\s+(?:pa|i\s+gang|igang|gaende|running|on)\b)"
        r"(?!.*\s(?:verksted\w*|mekaniker\w*|mechanic|repair\w*|reparer\w*|reparasjon\w*|eu\s*kontroll\w*)\b)"
        rf".*\s{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,4}}?(?:sitter|sit|sat|satt|is\s+sitting|sits|sitting|ligger|ligg)\s+(?:\w+\s+)?(?:i|in)\s+"
        r"(?:bilen|bil|the\s+car|a\s+car|his\s+car|her\s+car|garasjen|garasje|the\s+garage)\b",
        rf"^(?!.*\s(?:pool|basseng\w*|swim\w*|bade\w*)\b).*\s(?:{HE_OR_SHE}|(?:the|my|our)\s+(?:girl|boy|woman|man|lady|kid|child|baby|neighbou?r|son|daughter|friend|flatmate|roommate|brother|sister|mum|mom|dad|wife|husband|partner)|jenta|gutten|dama|mannen|kvinna|kvinnen|barnet|ungen|naboen"
        r"|kompisen|venninna|venninnen|vennen|broren|sostera|sonen|dattera|mamma|pappa|samboeren|kjaeresten)\s+(?:\w+\s+){0,2}?(?:has\s+|have\s+|har\s+|just\s+|hadde\s+)?"
        r"(?:drank|drunk|drink|drinks|drinking|swallowed|swallow|drakk|drukket|drukke|drikker|svelget|svelgde|svelga)\s+(?:some\s+|a\s+lot\s+of\s+|litt\s+|noe\s+|noko\s+|masse\s+|en\s+flaske\s+|a\s+bottle\s+of\s+)?"
        r"(?:chlorine|klor|klorin|bleach|klorx|rodsprit|lampeolje|antifrost|frostvaeske\w*|rottegift|rat\s+poison|poison|gift|weed\s+killer|ugressmiddel|lye|lut|acid|syre|parafin|white\s+spirit|terpentin)\b",
        rf"{_NOT_AN_ANIMAL}.*?\s(?P<hit>(?:ligger|ligg|lig|lying|ligge|laying)\s+(?:pa\s+|on\s+the\s+)?(?:\w*gulvet|\w*golvet|\w*golve|\w*gulve|bathroom\s+floor|kitchen\s+floor)\b.*\s(?:puster|pustr|puste|pustar|breathing|breathes)\s+"
        r"(?:sa|so|veldig|very|really|heilt|helt)\s+(?:rart|tungt|darlig|darleg|strange|weird|funny|slow\w*|shallow|sakte|svakt|snodig|merkeleg|merkelig)\b)",
        rf"^(?=.*\s(?:puster|pustar|puste|breathing|ligger|ligg|tatt|teke|tek|took|taken|blod|bla|blue|bevisstlos|medvitslaus|unconscious|svarer\s+ikke|svarar\s+ikkje)\b)"
        r"(?!.*\s(?:motor\w*|bil|bilen|pc|pcen|data\w*|mobil\w*|telefon\w*|ovn\w*|peis\w*|bal|balet|ild\w*|fyr|fyren|plant\w*|blomst\w*|batteri\w*|traktor\w*|scooter\w*|moped\w*|bat\w*)\b)"
        rf".*\s(?:far|fa|fekk|fikk|klarer|greier)\s+{NOT}\s+(?:a\s+)?(?:fa\s+)?liv\s+i\s+(?:han|ham|henne|ho|hu|dem|dei)\b",
        # round 56 (batches 76-77): someone close who took the rifle and went out, said not to look for him or was low (not hunting, cleaning,
        # selling or the police); Pidgin "she dey cry say she go jump" at a balcony, a bridge or a height (the round 52 exclusions)
        rf"^(?!.*\s(?:\w*jakt\w*|hunting|hunt|skyting\w*|skytebane\w*|rens\w*|reins\w*|selge|selje|sold|politi\w*|police|lisens\w*)\b).*\s{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,2}}?(?:har\s+|has\s+)?(?:tatt|tat|tok|tek|teke|taken|took)\s+(?:med\s+(?:seg\s+)?)?(?:hagla|haglen|hagle|gevaeret|gevaer|rifla|rifelen|pistolen|vapenet|vapnet|the\s+gun|his\s+gun|the\s+rifle|his\s+rifle|the\s+shotgun|his\s+shotgun)\b.*\s(?:(?:lete|leite|lite|look|search)\s+(?:etter|for)\s+(?:han|ham|henne|ho|him|her)|(?:langt|lenge)\s+nede|deprimert|depressed|farvel|goodbye|(?:ikke|ikje|itj|not|never|aldri)\s+(?:kommer|kjem|come)\s+(?:tilbake|back|hjem|heim|home))\b",
        _NOT_BATHING_OR_A_SPORTS_JUMP + r"(?=.*\s(?:molo\w*|kaia|kaien|pier|dock|havna|harbour|harbor|brygga|brua|bruen|broa|broen|bridge|vinduet|vindu|window|\w*etasje|flor|floor|taket|roof|balkong\w*|balcony|veranda\w*|rekkverket|kanten|ledge|stupet|cliff)\b).*\s(?:say|sey|sei|talk|tok|dey\s+say|dey\s+cry\s+say|cry\s+say)\s+(?:that\s+)?(?:she|he|im|am|e|i)\s+(?:go|gon|gona|wil|wan|dey\s+go|fit)\s+(?:jump|jomp)\b(?!\s+(?:over|in|into|on|off\s+the\s+bus)\b)",
        # round 57 (batches 78-79): someone close outside the railing of a bridge or a balcony (Scots "ma pal's staundin ootside the railin")
        rf" (?:{SOMEONE_CLOSE}|pal|pals|mate|mates|buddy)(?:\s+(?:min|mi|my))?(?:\s+(?:is|s|er|e|has\s+been|har\s+vaert|har))?" + _OUTSIDE_THE_RAILING,
        # round 58 (batches 80-81): someone locked in with a knife, a rope, a gun or pills who says he will end it (Pidgin "he dey talk say he
        # go end am"; locked in, not a break-up)
        rf"^(?=.*\s(?:kniv\w*|knife|knives|tau|tauet|reip|rope|{PILLS}|gun|pistol\w*|hagl\w*|rifl\w*|gevaer\w*)\b)"
        r"(?=.*\s(?:lock|locks|locked|last|laste|stengt|stengd|barricaded)\s+(?:seg|sae|himself|herself)\b)"
        rf".*\s(?:{SAYS}|say)\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+(?:{WILL}|go|wan)\s+(?:end\s+(?:am|it|himself|herself|his\s+life|her\s+life|everything)"
        r"|kil\s+(?:himself|herself)|ta\s+livet\s+av\s+seg|gjore\s+slutt|gjere\s+slutt)\b",
        # round 59 (batch 82): someone close who sent a picture of a rope or a gun and wrote "siste kveld" (not climbing, a boat or the hunt)
        rf"^(?!.*\s(?:klatr\w*|climb\w*|bat|baten|boat|seil\w*|jakt\w*|hunt\w*)\b).*\s(?:{SOMEONE_CLOSE}|kamerat\w*)\b.*\s(?:bilde|bilete|foto|picture|photo|pic)\s+(?:av|of)\s+(?:et|eit|en|ein|a|the|sitt|sit|his|her)\s+"
        r"(?:tau|reip|rope|noose|pistol\w*|gevaer\w*|rifla|rifle|hagla|gun)\b.*\s(?:skreiv|skrev|skriv|skriver|wrote|writes|sa|said|texted)\s+(?:siste\s+(?:kveld|natt|gang|dag)|last\s+(?:night|time|day)|farvel|adjo|goodbye|bye\s+(?:everyone|everybody|alle|ale|all)|ha\s+det\s+(?:alle|ale))\b",  # "bye everyone" round 71 (batch 106)
        # round 60 (batch 85): someone sitting with a knife, a rope, a gun or pills who says he will "gjøre det nå" (not food, a cake or the hunt)
        rf"^(?=.*\s(?:kniv\w*|knife|knives|tau|tauet|reip|rope|{PILLS}|gun|pistol\w*|hagl\w*|rifl\w*|gevaer\w*)\b)(?!.*\s(?:kak\w*|cake|middag\w*|dinner|mat|food|kjott\w*|meat|fisk\w*|fish\w*|brod\w*|bread|gronsak\w*|steik\w*|pizza|jakt\w*|hunt\w*|slakt\w*)\b)"
        rf".*\s(?:{SAYS}|say)\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+{WILL}\s+(?:gjore|gjere|gjor|do)\s+(?:det|d|de|it)\s+(?:na|no|nu|now|i\s+kveld|i\s+natt|tonight|right\s+now)\b",
        # round 61 (batches 86-87): someone close who has cut herself, with blood ("venninna mi ... har skåret sæ i armen, det blø mye", Pidgin
        # "my neighbour dey cut herself ... blood plenty"; not a finger, a foot, the kitchen, a glass, shaving or a little blood); someone close
        # who said he has made a rope or a noose (not climbing, a boat, knots or a course)
        rf"^(?!.*\s(?:finger\w*|fingern|tommel\w*|thumb|fot|foten|kne|kneet|knee|brodkniv\w*|bread|kjoken\w*|kitchen|matlag\w*|cooking|glas\w*|barber\w*|shaving|plaster\w*|litt|lite|little|bit)\b)"
        rf".*\s{SOMEONE_CLOSE}\s+(?:\w+\s+){{0,6}}?(?:har\s+|has\s+|dey\s+|don\s+|is\s+)?(?:skaret|skar|skjaert|skjart|kuttet|kutta|kutter|cut|cuts|cutting|slashed)\s+(?:seg|sae|sg|herself|himself)\b(?:\s+\w+){{0,6}}?\s+(?:blod|blodet|blood|blor|blo|bloder|bleding)\b",
        rf"^(?!.*\s(?:klatr\w*|climb\w*|bat|baten|boat|seil\w*|speider\w*|knute\w*|knot\w*|hoppetau\w*|kurs\w*)\b).*\s(?:{SOMEONE_CLOSE}|kamerat\w*)\b.*\s{SAYS}\s+(?:at\s+|that\s+)?{HE_OR_SHE}\s+(?:har\s+|has\s+|had\s+|hadde\s+)?"
        r"(?:laget|lagd|laga|lagde|made|knyttet|knytta|tied)\s+(?:et\s+|eit\s+|ei\s+|en\s+|ein\s+|a\s+)?(?:tau|reip|rope|lokke|noose|snare)\b",
        # round 70 (batch 104): a friend who wrote he will "gjøre det i natt" or "end it tonight", then logged off or does not answer ("kompisen min
        # på discord skrev at han skal gjøre det i natt og så logga han av", "posted on snap he will end it tonight, he dont answer phone")
        # round 77 (batch 118): "la ut på snap at han skal gjøre det slutt i natt og han tar itte tlf" (does not take the phone; "gjøre det slutt"; the
        # same need for the phone unanswered or a log-off)
        rf"^(?=.*\s(?:(?:loga|logget|logga|logged)\s+(?:{HE_OR_SHE}\s+)?(?:av|off|ut|out)|(?:svarer|svarar|svare|answers|answering)\s+(?:{HE_OR_SHE}\s+)?(?:ike|ikje|itj|ite|not)"
        rf"|(?:tar|tek)\s+(?:{HE_OR_SHE}\s+)?(?:ike|ikje|itj|ite|not)\s+(?:tlf|telefonen|telefon|mobilen|mobil)"
        rf"|(?:dont|doesnt|does\s+not|wont|ikke|ikkje|itj)\s+(?:answer\w*|pick\s+up|svarer|svarar|svare))\b).*\s(?:{SOMEONE_CLOSE}|kamerat\w*)\b.*\s(?P<hit>{SAYS}\s+(?:pa\s+\w+\s+|on\s+\w+\s+)?(?:at\s+|that\s+)?"
        rf"{HE_OR_SHE}\s+{WILL}\s+(?:(?:gjore|gjor|gjere|gjera|do)\s+(?:det|it)|end\s+it|(?:gjore|gjere)\s+slutt\s+pa\s+det|(?:gjore|gjor|gjere)\s+det\s+slutt"
        # round 78 (batch 120): "kameraten min la ut på snap at han ska avslutte det i kveld, han tek ikkje telefonen", "... skal ta ein siste skikkelig dose
        # i kveld ... han svarar ikkje" (ending it, or a last dose, tonight; the same need for the phone unanswered or a log-off)
        r"|(?:avslutte|avslutta|avslutt)\s+(?:det|alt)|(?:ta|take)\s+(?:ein|en|sin|a|one|his|her)\s+(?:siste|last)\s+(?:\w+\s+)?(?:dose|dosen|shot))\s+(?:i\s+natt|i\s+kveld|tonight))\b",
        # round 78 (batch 120): "broren min sendte melding at han sitter i gammen på vidda med hagla og ikke vil mer. jeg når ham ikke på telefon" (someone
        # close who writes he does not want any more, with a gun, a rope or pills at hand or out of reach; not the hunt, nor "vil ikke mer" of a course)
        rf"^(?=.*\s(?:hagla|hagle\w*|gevaer\w*|rifla|rifle\w*|pistol\w*|vapen\w*|vapnet|gun|shotgun|tau|tauet|reip|reipet|rope|{PILLS})"
        r"|.*\s(?:(?:nar|reach)\s+(?:ham|han|henne|ho|hu|him|her)\s+(?:ike|ikje|itj|ite|not)|(?:svarer|svarar|svare|tar|tek)\s+(?:\w+\s+)?(?:ike|ikje|itj|ite)|(?:cant|cannot|can\s+not)\s+reach\s+(?:him|her))\b)"
        r"(?!.*\s(?:\w*jakt\w*|hunting|hunt|skyting\w*|skytebane\w*|jobb\w*|job|skole\w*|school|trening\w*|kurs\w*|studie\w*)\b)"  # work, school or training named: found on review
        rf".*\s(?:{SOMEONE_CLOSE}|kamerat\w*)\b.*?\s(?P<hit>(?:{SAYS}|(?:sendte|sendt|sende|sender|sent|sends)\s+(?:\w+\s+)?(?:melding|meldinga|sms|snap|tekst|text|message))\s+(?:at\s+|that\s+)?{HE_OR_SHE}\b"
        r"(?:\s+\w+){0,10}?\s+(?:(?:ike|ikje|itj|ite)\s+(?:vil|vile|orker|orka|orkar)|(?:vil|vile|orker|orka|orkar)\s+(?:ike|ikje|itj|ite))\s+(?:mer|meir|leve|leva))\b(?!\s+(?:av|med|pa|enn|en|til|te|i|om|pa)\b)",
        # round 78 (batch 120): "nå har hun gått opp på taket på blokka og vil ikke komme ned" (someone on a roof, a bridge or a ledge who will not come
        # down; not an animal, nor work, snow or a party on the roof)
        r"^(?!.*\s(?:katten|katta|kata|pusen|pusi|hunden|bikkja|fuglen|papegoy\w*|ekorn\w*|cat|the\s+cat|kitten|dog|bird|drone\w*|dronen|ballong\w*|drage\w*|kite)\b)"
        + _NOT_WORK_ON_A_ROOF + rf".*\s(?:{SOMEONE_CLOSE}|bestemor|bestefar|mormor|morfar|farmor|farfar|grandma|grandpa)\b.*?\s(?P<hit>(?:pa|oppa|oppe\s+pa|opp\s+pa|ute\s+pa|on|up\s+on)\s+(?:the\s+)?(?:taket|roof|kanten|brua|bruen|broa|rekkverket|ledge|bridge|stupet)\b"
        r"(?:\s+\w+){0,4}?\s+(?:og|and)\s+(?:vil|nekter\s+a|wont|will\s+not|refuses\s+to)\s+(?:(?:ike|ikje|itj|ite)\s+)?(?:komme|kome|koma|come)\s+(?:ned|ner|down))\b",
        # round 71 (batches 106-107): ... or who texts he will hang or cut himself, drunk or alone ("kompis Marek sender sms at han har kniv og vil
        # skjære seg, han er full og alene", "kollega Jaan sender melding han skal henge seg i brakka"; not "henge seg på" a plan, nor a game)
        rf"^(?=.*\s(?:full|fuld|drunk|pissed|alene|aleine|aleina|alone)\b)(?!.*\s(?:spill\w*|game\w*|film\w*|serie\w*|movie)\b).*\s(?:{SOMEONE_CLOSE}|kamerat\w*)\b.*\s(?:{SAYS}|sender|sende|sendte|sendt|sends|sent)\s+(?:sms\s+|melding\s+|meldinga\s+|snap\s+|a\s+text\s+)?(?:at\s+|that\s+)?"
        rf"{HE_OR_SHE}\s+(?:har\s+(?:\w+\s+){{1,2}}?(?:og|and)\s+)?{WILL}\s+(?:henge|hengje|skjaere|skjere|skjaer|kutte|skade|drepe|hang|cut|kil|hurt)\s+(?:seg|sae|himself|herself)\b(?!\s+(?:pa|med|etter|pa\s+\w+|with|on)\b)",
        # ... someone beating her again, heard right now ("han slår henne igjen, jeg hører det gjennom veggen akkurat nå"; not in a game), and a
        # man standing with a knife threatening her now ("mannen hennes står med kniv og truer henne akkurat nå"; not a film, a play or a game)
        # round 71 (batch 107): "naboen i blokka slår kona igjen, hun skriker ... nå nå" ("nå nå" or her screaming heard; a man named, the wife named)
        # round 84 (batch 132): "Naboen i etasjen over slår kona si igjen. Hun skriker" ("kona si"; the same guards: not a game, a film or a match)
        r"^(?=.*\s(?:akkurat\s+na|akkurat\s+no|right\s+now|send\s+noen|send\s+someone|na\s+na|no\s+no|(?:hun|ho|she)\s+(?:skriker|skrik|skrek|screams|is\s+screaming))\b)"
        r"(?!.*\s(?:sjakk|kort|tennis|chess|cards|fotball|golf|spill\w*|game\w*|film\w*|serie\w*|movie)\b)"
        r".*\s(?P<hit>(?:(?:han|hun|ho|he|she)|(?:naboen|nabo|mannen|faren|pappa|stefaren|samboeren|sambuaren|the\s+neighbou?r)(?:\s+\w+){0,3}?)\s+(?:slar|juler|banker|denger|beats|hits|is\s+beating|is\s+hitting)\s+(?:henne|ham|han|her|him|kona|kjerringa|kjaresten|mora|his\s+wife)\s+(?:(?:si|sin|sitt)\s+)?(?:igjen|again)|(?:star|stod|sto|stands|is\s+standing)\s+med\s+(?:en\s+|ei\s+|a\s+)?"
        r"(?:kniv\w*|knife|oks\w*|axe|hammer\w*|vapen|pistol\w*|gevaer\w*|hagl\w*|gun)\s+(?:og|and)\s+(?:truer|trugar|truar|threatens|is\s+threatening)\s+(?:henne|ham|han|dem|meg|oss|her|him|them|me|us))\b",
        # round 72 (batches 108-109): someone close who wrote that he will "slutte sitt liv" tonight, or who has a rope "and wants to die" (not a film,
        # a game or a joke); someone heard being beaten by another now ("nå hører jeg at sønnen hans slår ham og det dunker i veggen"; not a game,
        # a film or a match)
        r"^(?!.*\s(?:film\w*|serie\w*|movie|spill\w*|game\w*|tull\w*|joke\w*|kidding|spok\w*|haha\w*|lol)\b)"
        rf"(?=.*\s(?:{SOMEONE_CLOSE}|kamerat\w*)\b).*\s(?P<hit>{SAYS}\s+(?:me\s+|meg\s+|mae\s+|to\s+me\s+|til\s+meg\s+)?(?:pa\s+\w+\s+|on\s+\w+\s+)?(?:na\s+|no\s+|now\s+)?(?:at\s+|that\s+)?{HE_OR_SHE}\s+(?:\w+\s+){{0,8}}?"
        # round 85 (noticed and left in round 84): not a stage of life ended ("hun la ut at hun skal ende livet som singel, gifter seg i mai")
        rf"(?:(?:skal|ska|vil|will|is\s+going\s+to|wants\s+to|want\s+to)\s+(?:slutte|avslutte|ende|enda|end)\s+(?:sitt\s+liv|livet\s+sitt|livet|his\s+life|her\s+life){_NOT_A_STAGE_OF_LIFE}"
        r"|(?:wants\s+to|want\s+to|wana|vil|vile|will)\s+(?:die|do|doy)))\b(?!\s+(?:av|of|for|laughing|with|med|when|nar)\b)",
        r"^(?!.*\s(?:sjakk|kort|tennis|chess|cards|fotball|golf|spill\w*|game\w*|film\w*|serie\w*|movie|tv|tven|kamp\w*|match)\b)"
        r".*\s(?:na|no|nu|now|akkurat\s+na|right\s+now)\s+(?P<hit>(?:horer|hoyrer|hear|can\s+hear)\s+(?:jeg|je|eg|ae|i)\s+(?:at\s+|that\s+)?(?:\w+\s+){1,3}?(?:slar|juler|banker|denger|beats|is\s+beating|hits|is\s+hitting|sparker|kicks)\s+(?:ham|han|henne|ho|hu|kona|mora|faren|mannen|him|her))\b",
        # round 74 (batch 113): "mannen hennes står med kniv og truer henne" (someone close standing or coming with a knife, an axe or a gun and
        # threatening someone; not a knife without a threat: "står med kniv og skjærer kake")
        rf" (?P<hit>{SOMEONE_CLOSE}\s+(?:\w+\s+)?(?:star|stend|sitter|sit|gar|kommer|kjem|is\s+standing|stands|is)\s+(?:med|with)\s+(?:en\s+|ei\s+|a\s+|the\s+)?(?:kniv|kniven|oks|oksa|pistol|pistolen|vapen|vapenet|gevaer|gevaeret|balltre|knife|gun|axe|machete)"
        r"\s+(?:og|and)\s+(?:truer|truar|trugar|true|threatens|is\s+threatening)\s+(?:henne|ham|han|ho|dem|dei|oss|barna|ungene|ungane|kona|mannen|her|him|them|us|the\s+kids))\b",

        # round 86 (batch 139): "naboen banker dama si igjen ... ungene hennes er der inne" (someone beating his partner or the children; not a game, nor
        # knocking at a door: "naboen banker på døra")
        _unless_any(r"sjak\w*|chess|kort\w*|cards|poker|tenis|fotbal\w*|spil\w*|games?|fifa|ludo|yatzy|golf|badminton|bordtenis\w*|dor|dora|doren|door")
        + r".*\s(?P<hit>(?:naboen|nabo|mannen|han|faren|pappa|stefaren|kjaerest\w*|samboer\w*|exen|eksen)\s+(?:banker|slar|juler|denger|mishandler|beats|is\s+beating|hits)\s+(?:opp\s+)?(?:dama|kona|kjaeresten|samboeren|mora|ungene|ungane|barna|his\s+wife|his\s+girlfriend)(?:\s+(?:si|sin|sine|hans))?)\b",
    ),
    _sign(
        "dyttet eller kastet ned",  # round 14: "samboeren dytta meg ned trappa"
        r" (?:dyta|dytet|dyter|dyte|kastet|kasta|pushed|shoved|threw)\s+(?:meg|mae|me)\s+(?:ned|ner|down|i|into|inn\s+i|mot)\s+(?:trapa|trapen|trapene|the\s+stairs|vegen|veggen|bakken|golvet|gulvet|the\s+wal|the\s+flor)\b",
        # round 50 (batch 65): "pushed me against the wall", "dytta meg mot veggen" (not the wind or the crowd)
        r" (?<!wind )(?<!vinden )(?<!crowd )(?<!folkemengden )(?:pushed|shoved|slammed|threw|dytta|dyttet|dytter|kasta|kastet|push|pushes|shove|shoves)\s+(?:me|meg|mae)\s+(?:against|into|up\s+against|mot|inn\s+i|i|to)\s+(?:the\s+)?(?:wall|walls|door|veggen|vegen|dora|doren|kjokkenbenken|counter)\b",  # broken English "push me to the wall" round 72 (batch 109)
    ),
    _sign(
        "ikke trygg hjemme",
        r" (?:er|e|ae|eg|jeg)\s+(?:ike|ikje|itj)\s+(?:tryg|trygg|trygt)\s+(?:hjeme|heime|hjema|heima|der|med\s+han|med\s+henne|med\s+ho)",
        # round 92 (batch 162): "Det er ikke trygt for meg og jenta mi hjemme" (for oneself and a child named between; at home only; not mould, damp or vermin: "det er ikke
        # trygt for meg og ungene hjemme med all muggen")
        # found on review: nor children home alone, the stairs, a stove, wiring or a fall: "det er ikke trygt for barna hjemme alene etter skolen", "... når trappa er så glatt"
        _NOT_A_DANGER_IN_THE_HOUSE + r".*\s(?P<hit>(?:er|e)\s+(?:ike|ikje|itj)\s+(?:tryg|trygt)\s+for\s+(?:(?:meg|mae|oss)(?:\s+og\s+\w+(?:\s+(?:mi|min|mitt|mine))?)?|ungene|ungane|ungan|barna|borna)\s+(?:hjeme|heime|hjema|heima))\b",
        # round 93 (batch 165): "itj trygt å vær heime i natt, han drikk og e sint" (not safe to be, sleep or stay at home tonight or now; the guard above: "ikke trygt å være
        # hjemme alene i natt med den ovnen")
        _NOT_A_DANGER_IN_THE_HOUSE + r".*\s(?P<hit>(?:ike|ikje|itj|ite|not)\s+(?:tryg|trygt|safe)\s+(?:a|to)\s+(?:vaere|vere|vera|vaer|ver|bo|bu|sove|sova|sov|be|stay|sleep)\s+(?:hjeme|heime|hjema|heima|at\s+home|home)\s+"
        r"(?:i\s+natt|i\s+nat|i\s+kveld|tonight|na|no|nu|now))\b",
        r" (?:livredd|vettskremt|red|redd|rad|skremt)\s+for\s+(?:han|henne|ho|manen|mannen|kona|samboeren|sambuaren|eksen|kjaresten|kjaeresten|faren|broren|him|her)\b",
        r" (?:tor|toer)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:ga|dra|reise|kome|komme|vaere|sove)\s+(?:hjem|heim|hjemme|heime)",
        # round 80 (batch 125): "kjæresten va så sinna i går at e itte tør å vera heime i natt" (Hedmark "itte", "vera"; someone angry named before it)
        r"^(?=.*\s(?:sint|sinna|sinte|sinne|rasende|forbanna|angry|mad)\b).*\s(?P<hit>(?:ite|ike|ikje|itj)\s+(?:tor|toer)\s+(?:a\s+)?(?:vera|vere|vaere|sove|sova|ga|dra)\s+(?:hjem|heim|hjemme|heime)|(?:tor|toer)\s+(?:ite|ikje)\s+(?:a\s+)?(?:vera|vere|vaere|sove|sova)\s+(?:hjemme|heime))\b",
        r" (?:tor|toer)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:ga|dra|kome|komme)\s+inn\s+(?:igjen|att)\b",
        r" (?:red|redd|rad|skremt)\s+for\s+a\s+(?:dra|ga|reise|kome|komme)\s+(?:hjem|heim)",
        r" (?:red|redd)\s+(?:for\s+)?(?:han|henne|ho|manen|kona|samboeren|eksen|kjaresten|faren)\s+(?:skal\s+|vil\s+|kjem\s+til\s+a\s+)?(?:sla|slar|skade|drepe|kome|komer|tek\s+meg|tar\s+meg)",
        r" (?:not|dont\s+feel)\s+safe\s+(?:at\s+home|here|with\s+him|with\s+her)",
        r" (?:han|hun|ho|eksen|samboeren|kjaresten)\s+(?:\w+\s+){0,3}(?:skal|vil|kommer\s+til\s+a)\s+(?:ta|ta\s+igjen)\s+(?:meg|mae)\s+nar\s+(?:jeg|eg|ae|e)\s+(?:kommer|kjem|kome)\s+(?:hjem|heim)",
        r" (?:han|hun|ho)\b.*\s(?:jeg|eg|ae|e)\s+(?:er|e)\s+(?:livredd|dodsredd|vetskremt)\s*$",
    ),
]

# round 92 (batch 161): another veileder asked for ("vil ha ny veileder", "kan æ få bytte veileder"), the round 58 guard words made a constant (shared by the round 58
# "ingen vits å fortsette sånn" guard and the round 92 guard of "det orke æ itj meir" after the story told again)
_ANOTHER_VEILEDER = r"(?:bytte|bytta|byte|skifte|skifta|ny|nye|annen|anna|another|new|change)\s+(?:\w+\s+)?(?:veileder\w*|veiledar\w*|rettleiar\w*|saksbehandler\w*|advisor|caseworker)"
# round 92 (batch 161): "vil ha ny veileder ... æ må fortell heile historia om ryggen og skilsmissen på nytt kvar gong æ kjæm dit. det orke æ itj meir" (another veileder
# asked for and the story told again, with "det orker jeg ikke mer" as the last words: the retelling, not life; "vil ha ny veileder. orker ikke mer" still fires)
_TIRED_OF_TELLING_THE_STORY_AGAIN = (rf"^(?!(?=.*\s{_ANOTHER_VEILEDER}\b)"
                                     r"(?=.*\s(?:(?:fortelle|fortelja|fortell|forklare|forklar|gjenta|gjentar)\s+(?:\w+\s+){0,3}?(?:historia|historien|historie|alt)"
                                     r"|(?:tell|telling|explain|explaining|repeat|repeating)\s+(?:\w+\s+){0,3}?(?:story|everything))\b)"
                                     rf".*\s(?:det|d|dette|that)\s+{ORKE}\s+(?:jeg|je|eg|ae|e|i)\s+{NOT}\s+{MORE}\s*$)")

DESPAIR = [
    _sign(
        "ser ingen mening",  # round 34: "ser ittj vitsen lenger", "je n'en peux plus"
        rf" ser\s+{NOT}\s+(?:vitsen|poenget|meningen)\s+(?:lenger|lengre|meir|mer|med\s+noe|med\s+noko|med\s+a\s+leve)\b",
        # round 94 (batch 171): "no ser eg ikkje poenget med å stå opp lenger" (no point in getting up any more, the subject after "ser" or none; not more than, for or when
        # after it: "ser ikke poenget med å stå opp lenger enn nødvendig")
        rf" (?P<hit>ser\s+(?:(?:jeg|je|eg|ae|e|i)\s+)?{NOT}\s+(?:vitsen|poenget|meningen|meininga)\s+(?:med|i)\s+a\s+sta\s+opp\s+(?:lenger|lengre|lengar|meir|mer))\b(?!\s+(?:enn|en|for|til|pa|i|nar)\b)",
        r" je\s+n\s*en\s+peux\s+plus\b",
        r" (?:n\s+o|nao)\s+aguento\s+mais\b",  # round 35: "não aguento mais"
        # round 53 (batches 70-71): "ka e vitsen med nånting" (the point of anything, as the last words), "i dont see the point anymore"
        # (not "... of this course")
        r" (?:ka|kva|hva|va|what)\s+(?:e|er|is)\s+(?:vitsen|poenget|meningen|the\s+point)\s+(?:med|i|of|in)\s+(?:noe|noko|noka|nokka|naka|nanting|noenting|nokonting|nokon\s+ting|noen\s+ting|anything|livet|life)"
        r"\s*(?:$|lenger|lengre|meir|mer|anymore|uansett)",
        r" (?:i\s+)?(?:dont|do\s+not|cant|cannot|can\s+not)\s+see\s+(?:the|any)\s+point\s+(?:anymore|any\s+more|any\s+longer|in\s+anything|of\s+anything)\b(?!\s+(?:of|in|to|with|for)\b)",
        # round 92 (batch 162): "no point anymore. goodbye nav" (no point any more, as the last words or before a goodbye or an apology; not the point of a thing after it:
        # "no point anymore in calling them", "no point anymore to send the form"; found on review: nor with a job, a course or a move told: "found a job so there is no point
        # anymore. bye nav!")
        _unless_any(r"job\w*|jobb\w*|work\w*|course\w*|kurs\w*|clas\w*|moving|move\w*|found|got|fikk|fekk") + r".*\s(?P<hit>no\s+point\s+(?:anymore|any\s+more|any\s+longer))(?=\s*$|\s+(?:goodbye|godbye|bye|farewell|sorry|soz|ha\s+det|hadet|farvel)\b)",
    ),
    _sign(
        "orker ikke mer",
        # round 80 (batch 124): "ejg orkar ikkje smærtene lenger" (the pain borne no longer; not with a doctor, painkillers, a sick note or treatment in the message)
        r"^(?!.*\s(?:lege\w*|legevakt\w*|doktor\w*|doctor|fastlege\w*|smertestil\w*|sykemeld\w*|sjukemeld\w*|operasjon\w*|fysio\w*|behandling\w*|time|timen)\b)"
        rf".*\s(?P<hit>{ORKE}\s+{NOT}\s+(?:smertene|smertane|smerten|smerta|smaertene|smaertane|smaerten|smaerta|vondten|the\s+pain)\s+{MORE})\b",
        rf" {ORKE}\s+{NOT}\s+(?:a\s+)?(?:kjempe|kjempa|slite|sloss|fight|fighting)\s+(?:mer|meir|lenger|lengre|anymore|any\s+more)\b(?!\s+(?:med|mot|for|om|with|against)\b)",  # round 17
        # veileder round 42; round 78 (batch 120): "så nå gidder ikke jeg mer heller" (the subject after the negation)
        # round 80 (ordinary batch 121): not venting at NAV named as the thing, "nav er så trash, spør om samme shit hver gang. gidder ikke mer av dette" ("... av
        # dette" as the last words, with NAV said to be or to ask something; "orker ikke mer av dette" alone still fires)
        # round 87 (ordinary batches 136-139): nor "gidder snart ikkje mer" / "je gidder itte mer" as the last words of a complaint about NAV, a veileder or papers
        # ("vil ha ny veileder. han snakker ned te mæ ... og je gidder itte mer"; "orker ikke mer" and "gidder ikke mer. vil ikke leve" still fire)
        _GIDDER_AT_THE_END_OF_A_COMPLAINT +
        rf"^(?!(?=.*\snav\s+(?:er|e|is|spor|sporr|maser|mas)\b).*\s{ORKE}{ADV}\s+{NOT}\s+{MORE}\s+av\s+(?:dette|det|d|den|denne)\s*$)"
        rf".*?\s(?P<hit>{ORKE}{ADV}\s+{NOT}\s+(?:(?:jeg|je|eg|ae|e)\s+)?{MORE})\b{_NOT_A_TASK}",
        # round 78 (batch 121): "æ orke ikkje ha det sånn lenger" (not bearing to have it like this any more; not "... med" a thing or a person named)
        rf" (?P<hit>{ORKE}\s+{NOT}\s+(?:a\s+)?ha\s+det\s+(?:sann|sant|san|slik|slikt|sik|like\s+this)\s+(?:lenger|lengre|lengar|mer|meir|anymore))\b(?!\s+(?:med|pa|pga|i\s+jobben|pa\s+jobben)\b)",
        # round 95 (batch 172): "áhkku sa æ alltid skulle holde ut, men æ klare det ikkje meir" (with "det" before the negation; the same words that may not follow: a comparison,
        # a day, a task or NAV, `_NOT_A_TASK`: "klarer det ikke mer enn to timer", "orke det itj meir tå dette kurset"; not "gidder", which ends complaints)
        rf" (?P<hit>(?:orker|orke|orka|orkar|orkr|klarer|klare|klarar|greier|greie|greiar|takler)\s+(?:det|d|dette)\s+{NOT}\s+{MORE})\b{_NOT_A_TASK}",
        # round 92 (batch 161): not the story told again to a veileder one asks to change, the guard above ("... og æ må fortell heile historia på nytt. det orke æ itj meir")
        rf"^(?=.*\s{ORKE}\s+(?:jeg|eg|ae|e)\s)"  # the rare words first: the check is cheaper so
        + _TIRED_OF_TELLING_THE_STORY_AGAIN + rf".*?\s(?P<hit>{ORKE}\s+(?:jeg|eg|ae|e){ADV}\s+{NOT}\s+{MORE})\b{_NOT_A_TASK}",  # "nå orker jeg ikke mer" (round 48)
        # round 53 (batch 70): "gidd ikke mer" (not "gidd ikkje meir av dette", "... med kurset": a complaint about something)
        rf" (?:gidd|gidde|gidda)\s+{NOT}\s+{MORE}\b(?!\s+(?:av|med|pa|a|enn|en|om|til|te|for)\b){_NOT_A_TASK}",
        # round 68 (batch 100): "eg har ikkje meir å gje nokon" (as the last words or to anyone)
        rf" (?:har|ha|have|got)\s+(?:{NOT}|ingenting|nothing)\s+(?:mer|meir|mere|igjen|att|more|left)\s+(?:a|to)\s+(?:gi|gje|gie|give)(?=\s*$|\s+(?:noen|nokon|nan|non|anyone|anybody)\b)",
        rf" {ORKE}\s+{NOT}\s+(?:dete|dette|detta|dete\s+livet|livet|meir\s+av\s+livet|noe\s+som\s+helst|nokon\s+ting)\s*(?:$|lenger|mer|meir)",
        # not "klarer ikke å levere", nor (round 10) "klarer ikke å leve av aap"
        rf" {ORKE}\s+{NOT}\s+(?:a\s+)?(?:leve|lev|live)\b(?!\s+(?:av|pa)\b)",  # "på sossen" round 42
        # "meg ikke orke leve mer" (round 10); not "leve av" money nor "leve sammen/på"
        rf" {NOT}\s+(?:orker|orke|orka|orkar)\s+(?:a\s+)?(?:leve|leva|live)\b(?!\s+(?:av|pa|sammen)\b)",
        rf" (?:at|som|nar|fordi)\s+(?:jeg|eg|ae|e)\s+{NOT}\s+{ORKE}\s+(?:a\s+leve|livet|mer\s+av\s+livet|meir\s+av\s+livet)\b",
        r" (?:vil|vile)\s+(?:ikke|ikkje|ik|itj|itte|ikki)\s+(?:mer|meir)\s*$",  # "..., jeg vil ikke mer" ending a message ("vil itte mer" round 50)
        # round 21: "ser ikkje noko poeng i å halde fram lenger" (not with a course or a job)
        r" (?:ser|sjar)\s+(?:ikke|ikkje|itj)\s+(?:vitsen|poenget|meningen)\s+(?:med\s+)?(?:noe|noko|noen\s+ting|nokon\s+ting|nake|nake\s+ting|livet|a\s+leve)\s*(?:lenger|lengre|mer|meir|lengar)\b",  # round 22
        r" (?:vet|veit)\s+(?:ikke|ikkje|itj)\s+(?:lenger\s+)?(?:hvorfor|kvifor|koffor|korfor)\s+(?:jeg|eg|e|ae)\s+(?:skal|ska)\s+(?:sta\s+opp|leve|fortsette)\b",  # round 23
        r" (?:ser|sjar)\s+(?:ikke|ikkje|itj)\s+(?:lenger\s+|lengre\s+|meir\s+|mer\s+)?(?:noe|noko|noen|nokon|na)\s+(?:poeng|vits|mening|meining)\s+(?:i|med)\s+a\s+(?:halde\s+fram|holde\s+fram|fortsette|fortsetje|leve|leva)\b(?!\s+(?:med|pa|i)\s+(?:\w*kurs\w*|tiltak\w*|praksis\w*|jobb\w*|skole\w*|soknad\w*|studie\w*))",  # "ikkje lenger noko meining" round 53 (batch 71)
        r" (?:cant|canot|can\s+not)\s+(?:go\s+on(?!\s+(?:the\s+|a\s+)?(?:rof\w*|ladder\w*|scafold\w*|stilas\w*|holiday|vacation|trip|tour|course|kurs\w*|sick\s+leave|leave|stage|board)\b)|take\s+(?:it|this)\s+anymore|do\s+this\s+anymore)",  # round 41: not "cannot go on roof"
        rf" (?:jeg|eg|ae|e|i)\s+(?:er|e|am)\s+{NOT}\s+(?:sterk|strong)\s+(?:lenger|lengre|mer|meir|anymore)\b",  # round 42
        # round 41 (batch 49): "I cannot more", "stolar ikkje på meg sjølv i kveld"
        r" i\s+(?:canot|cant|can\s+not)\s+(?:any\s*)?more\b(?!\s+(?:come|work|go|do|pay|take|make|than|time|hours|days|wait|walk|lift|sit|stand)\b)",
        r" (?:stoler|stolar|stole|trust)\s+(?:ikke|ikje|itj|not)\s+(?:pa\s+)?(?:meg|mae|myself)(?:\s+(?:sjolv|selv|sjol))?\s+(?:i\s+kveld|i\s+nat|tonight|lenger|na|no|right\s+now)\b",
        # round 46 (batches 56-57): "jæ ække trygg på mæ sjøl i natt", "I don't trust myself tonight"
        rf" (?:{NOT}|aeke|eke)\s+(?:\w+\s+)?trygg\s+(?:pa|med|for)\s+(?:meg|mae)\s+(?:selv|sjol|sjolv)\s+(?:i\s+kveld|i\s+natt)\b",
        r" (?:dont|do\s+not|cant|canot|can\s+not)\s+trust\s+myself\s+(?:tonight|right\s+now|alone|anymore|to\s+be\s+alone)\b(?!\s+(?:with|med)\b)| (?:not|dont\s+feel)\s+safe\s+(?:with|from|around)\s+myself\b",
        # round 48 (batch 60): Jamaican "mi cyaan tek it nuh more", "can't take it any more"
        r" (?:mi|i|me)\s+(?:cyaan|caan|cyan|can|cant|canot|can\s+not)\s+(?:tek|take|tak)\s+(?:it|dis|this)\s+(?:nuh|no|any)\s*more\b(?!\s+(?:than|enn|then)\b)",
        # round 49 (batch 63): the word order of broken Norwegian, "jeg ikke klarer mer" (the same exclusions: a course, a task, "mer enn");
        # "i cannot continue like this" (not with a course or a job), "I can't do this life again" (not "this life on benefits")
        rf" (?:jeg|jg|je|eg|ae|e|i|meg|mae)\s+{NOT}\s+{ORKE}\s+{MORE}\b{_NOT_A_TASK}",
        r" (?:i\s+)?(?:cannot|cant|can\s+not|could\s+not|couldnt)\s+(?:continue|carry\s+on|keep\s+going)\s+(?:like\s+this|like\s+that|this\s+way|any\s+longer|anymore|any\s+more)\b(?!\s+(?:with|at|on|in|for|as|without|and\s+(?:pay|work))\b)",
        r" (?:i\s+)?(?:cannot|cant|can\s+not)\s+do\s+(?:this|dis|dat|that)\s+life\b(?!\s+(?:on|of|with|without|in|as|at)\b)",
        # round 56 (batches 76-77): Pidgin "i nor fit carry dis life again", "jeg har ikke kraft mer for dette livet" (not "this life on benefits")
        rf" (?:nor|no|not|cant|canot|can\s+not|kyant|{NOT}|kje)\s+(?:fit\s+|able\s+to\s+)?(?:cary|bear|take|handle|endure|stand|tale|bere|baere|orke|orker)\s+(?:dis|this|de|di|the|my|dete|dette|mitt)\s+(?:life|livet|liv)(?:\s+(?:again|anymore|any\s+more|no\s+more|mer|meir|lenger))?\b(?!\s+(?:on|of|with|without|in|as|at|pa|med|uten|utan|som)\b)",
        rf" (?:har\s+)?(?:{NOT}|kje)\s+(?:noe\s+|noko\s+)?(?:kraft|krefter|krafter|kreft|styrke|energi|strength|power)\s+(?:mer|meir|igjen|lenger|left|again)?\s*(?:for|til|te|to|i)\s+(?:dette|dete|this|dis|mitt|my|a\s+leve)\s*(?:livet|liv|life)?\b",
        # round 57 (batches 78-79): "I am tired of fighting" as the last words or with "anymore / now / I beg" (not with, about or against
        # someone or something); Spanish "no puedo más" (á drops out in normalising: "m s"; not "... de / que / tarde")
        # round 84 (batch 132): "too tired of everything, sorry po" ("too"; sorry as the last words after it)
        r" (?:i\s+am|im|i\s+m|so|just|to)\s+(?:so\s+|really\s+|just\s+)?tired\s+of\s+(?:fighting|struggling|trying|everything|it\s+all)(?=\s*$|\s+(?:anymore|any\s+more|now|i\s+beg|abeg|please)\b|\s+(?:sory|sorry|soz)(?:\s+(?:po|na|ate|kuya))?\s*$)",
        r" (?:ya\s+)?no\s+puedo\s+(?:mas|m\s+s)\b(?!\s+(?:de|que|tarde|con|hoy)\b)",
        # round 59 (batches 82-83): Polish "nie mam już siły" (ł drops out in normalising; not "... na / do" a task), Afrikaans "moeg van
        # alles", Swahili "nimechoka na life / maisha", "har kjempa lenge nok" (not for, with or against something)
        r" nie\s+mam\s+(?:juz\s+|ju\s+)?(?:sily|si\s+y)\b(?!\s+(?:na|do|zeby|by)\b)| (?:ek\s+is|is)\s+(?:so\s+|baie\s+)?mog\s+van\s+(?:alles|die\s+lewe|lewe)\b(?!\s+(?:die|hierdie|se)\b)"
        r"| nimechoka\s+(?:na\s+)?(?:life|maisha|kuishi)\b",
        r" (?:har\s+|have\s+)?(?:kjempa|kjempet|sloss|slost|fought)\s+(?:lenge|long)\s+(?:nok|enough)\b(?!\s+(?:for|med|mot|om|i|pa|with|against|in|at)\b)",
        # round 60 (batch 84): Tagalog "hindi ko na kaya" (not a task or an errand named after it: "... ang trabaho", "... pumunta")
        rf" hindi\s+(?:ko\s+na|na\s+ko)\s+(?:po\s+)?(?:kaya|makaya|kayang)\b(?!\s+(?:ang|sa|mag\w*|pumunta|pumasok|sumama|bayaran|ng|na|(?:\w+\s+)?{NAV_OBJECT}\b|{EVERYDAY_OBJECT}\b))",
        # round 61 (batches 86-87): Pidgin "i no fit again" (not a task after it: "... come", "... pay"), Northern Sami "mun in nagot šat"
        # (š drops out in normalising), Estonian "ma ei jaksa enam"
        r" (?:i|me|mi)\s+no\s+(?:fit|fi)\s+(?:again|anymore|any\s+more)\b(?!\s+(?:come|go|do|work|pay|se|see|attend|make|for|to|reach|wait|sleep|find|carry|buy|eat|chop)\b)",
        r" (?:mun\s+)?in\s+(?:nagod\w*|nagot)\s+(?:sat|at)\b| (?:mun\s+)?in\s+(?:sat|at)\s+(?:nagod\w*|nagot)\b| ei\s+jaksa\s+(?:enam|rohkem)\b",
        # round 94 (batch 168): Kven "mie en jaksa" (I cannot bear it; Finnish "minä", "mä", and "enää", any more, after it; not a task after it, the shared guard)
        # found on review: nor going somewhere or doing something after it ("mie en jaksa gå på kurset i dag, e forkjøla")
        rf" (?P<hit>(?:mie|mina|minae|mae|ma)\s+en\s+jaksa(?:\s+(?:enaeae|enae|ena))?)\b{_NOT_A_TASK}"
        r"(?!\s+(?:ga|gaa|dra|reise|kjore|mote|mote\w*|jobbe|jobb\w*|lahtea|mennae|tehda|tulla|a|til|te|pa|med)\b)",
        # round 64 (batches 92-93): "nebegaliu" (Lithuanian) and "nu mai pot" (Romanian), I can't any more (not followed by what one can't do);
        # round 65 (batch 94): Ukrainian "ne mozhu bilshe" (not followed by an infinitive); round 68 (batches 100-101): "dity" (children) after
        # it is no infinitive, Romanian "nu mai am putere" (no strength left; not "în", "pentru", "cu", "la", and "să" with ă dropped)
        r" (?:nebegaliu\b(?!\s+\w+ti\b)|nu\s+mai\s+(?:pot|am\s+putere|am\s+puteri)\b(?!\s+(?:sa|s|veni|merge|lucra|face|n|in|pentru|cu|la)\b)"
        r"|ne\s+(?:mozhu|mozu|mogu)\s+(?:bilshe|bilsh|bolshe)\b(?!\s+(?!(?:dity|diti)\b)\w+(?:ty|ti|t)\b))",
    ),
    _sign(
        "ingen utvei, ingen vits",
        # round 88 (batch 147): "itte noe vits lenger. vil bort for godt" (no point any more, and wanting away for good as the last words; not a move, a job or a trip:
        # "itte noe vits å søke her lenger, vil bort for godt, ser etter jobb i nord")
        _NOT_A_MOVE_OR_A_SALE + rf"(?=.*\s(?:ingen|{NOT}\s+(?:noe|noko|no|nan))\s+vits\b)"
        r".*\s(?P<hit>(?:vil|ville|ska|skal|want\s+to)\s+(?:bare\s+|berre\s+)?(?:bort|vekk|away)\s+for\s+(?:godt|alltid|good|ever))\s*$",
        r" (?:no|dont\s+see\s+the|do\s+not\s+see\s+the|whats\s+the)\s+point\s+(?:of|in)\s+(?:living|life|going\s+on)",
        r" (?:ser\s+)?(?:ingen|ikje\s+noko|ike\s+noen|no)\s+(?:utvei|utveg|way\s+out|lys\s+i\s+tunelen)",
        r" (?:ingen|ikke\s+noen|ikkje\s+nokon)\s+(?:vei|veg)\s+ut\s+(?:for\s+(?:meg|mae)|lenger|lengre|meir|mer)\b",
        # round 87 (batch 142): "eg ser ingen veg vidare" (no way onward, as the last words; not a road or a plan: "ser ingen vei videre til hytta", "ingen vei videre i saken";
        # not after a plain lack of heat or food: "kjøleskapet e tomt og eg ser ingen veg vidare" is the need)
        _A_PLAIN_LACK_OF_HEAT_OR_FOOD + r".*\s(?P<hit>(?:ser|sar|see)\s+(?:ingen|ikke\s+noen|ikje\s+nokon|itj\s+non|no)\s+(?:vei|veg|way)\s+(?:videre|vidare|forward|on))\s*$",
        # round 19: "æ ser itj nån vei ut tå dæ her lenger"; disappointed to wake up
        r" (?:ser|sjar|ser\s+du)\s+(?:ikke|ikkje|itj|ike|ikje)\s+(?:noen|nokon|nan|non|noe|noko)\s+(?:vei|veg)\s+ut\b",
        r" (?:nar|when)\s+(?:jeg|eg|ae|e|i)\s+(?:vakner|vakne|vaknar|wake\s+up)\b.*\s(?:skufa|skufet|disapointed|lei\s+meg)\b",
        r" ingen\s+vits\s+(?:lenger|lengre|meir|mer|i\s+noe|i\s+noko|med\s+noe|med\s+noko|med\s+alt|med\s+noe\s+som\s+helst)",
        r" (?:ser|sjar|sjer)\s+ingen\s+(?:vits|mening|meining)\s+(?:i|med)\s+(?:noe|noko|noka|nokon\s+ting|alt|livet)",
        r" (?:sja|se|ser|sjar)\s+(?:(?:ike|ikje|itj)\s+)?(?:na|noe|noen|noko|nokon|nan|non|nake)\s+(?:grun|vits|mening|poeng)\s+(?:te|til|med|me)\s+(?:a\s+)?(?:vakn|vakne|vakna|sta\s+op|leve)\b",  # round 25
        r" (?:dont|do\s+not|cant|cannot)\s+see\s+(?:the\s+|any\s+)?point\s+(?:to|in|of)\s+(?:wake|waking|living|live|going\s+on|get\s+up|geting\s+up)\b",  # round 25
        r" (?:ser|sjar|sjer)\s+(?:ike|ikje|itj|ingen)\s+(?:noen\s+|noko\s+)?(?:mening|meining|vits|poeng)\s+(?:med\s+|i\s+)?(?:a\s+)?(?:vakne|vakna|sta\s+opp)\b",  # round 24
        r" (?:git|gitt|gjeve|gje)\s+opp\s+(?:livet|alt|meg\s+sjol|meg\s+selv)",
        r" (?:gir|ga|gav|gjev)\s+opp\s+(?:livet|meg\s+sjol|meg\s+selv)\b",
        # round 58 (ordinary batch 77): not with a veileder one asks to change ("kan æ få bytte veileder? ... det e ingen vits å fortsette sånn")
        rf"^(?!.*\s{_ANOTHER_VEILEDER}\b)"
        r".*\s(?:ingen|ikke\s+noen|ikkje\s+nokon|no)\s+(?:grunn|vits|mening|reason|point)\s+(?:til\s+|i\s+|to\s+|in\s+)?(?:a\s+)?(?:fortsette|fortsetje|halde\s+fram|holde\s+ut|go\s+on|going\s+on|continue|carry\s+on)\b(?!\s+(?:med|pa|i|with|on)\b)",
        r" (?:lei|drit\s*lei|drittlei|sliten|trott|trot|utslitt|utsliten)\s+(?:av\s+|pa\s+)?(?:livet|a\s+leve)\b",
        # round 80 (batch 124): "e så lei av å vær meg" (tired of being oneself; not of being oneself at a place or with someone: "... på jobb", "... i dag";
        # found on review: not with a laugh, "e så lei av å vær meg, alltid sein haha")
        r"^(?!.*\s(?:haha\w*|hehe\w*|hihi\w*|lol|xd)\b).*?\s(?P<hit>(?:lei|drit\s*lei|drittlei|sliten|trott|utslitt)\s+av\s+a\s+(?:vaere|vaer|vere|vera|ver)\s+(?:meg|mae)(?:\s+(?:selv|sjol|sjolv|sel))?|(?:sick|tired)\s+of\s+being\s+me)\b(?!\s+(?:pa|i|hos|med|nar|on|at|in|with|when|today)\b)",
        # round 16: "eg ropar ikkje meir, eg har ikkje krefter att" ending a message
        r" (?:har|ha)\s+(?:ikke|ikkje|itj|ingen)\s+(?:\w+\s+)?(?:krefter|krefte|kraft)\s+(?:igjen|att|lenger|lengre|mer|meir)\s*$",
        r" (?:roper|ropar|ropa|skrik|skriker)\s+(?:ikke|ikkje|itj)\s+(?:mer|meir|lenger)\b",
        # round 10: "ser ingen grunn te å stå opp lenger"; "ikke noe vits å prøve mer" ending a message
        r" (?:ingen|ikke\s+noen|ikje\s+nokon|no)\s+(?:grunn|vits|mening|meining|reason)\s+(?:til\s+|te\s+|ti\s+|to\s+)?(?:a\s+)?(?:sta|get)\s+(?:opp|up)\s+(?:lenger|lengre|meir|mer|anymore|any\s+more)\b",
        r" (?:aeke|eke|ike|ikje|itj|ite|iki)\s+(?:noe\s+|noko\s+|no\s+|nokka\s+)?(?:vits|grunn)\s+(?:til\s+|te\s+|ti\s+|i\s+)?(?:a\s+)?(?:sta|sto)\s+(?:opp|op)\s+(?:lenger|lengre|meir|mer|om\s+morgenen|om\s+morgonen)\b(?!\s+(?:enn|en|til|te)\b)",  # round 49: "ække vits å stå opp lenger"
        r" (?:ikke|ikje|itj|ingen)\s+(?:noe\s+|noko\s+)?vits\s+(?:i\s+)?(?:a\s+)?(?:prove|prova)\s+(?:mer|meir|lenger|lengre)\s*$",
        r" (?:fatt|fat|fenge)\s+nok\s+av\s+(?:livet|a\s+leve)\b",
        r" (?:ser|vet|veit)\s+(?:ikke|ikkje|itj)\s+(?:hvordan|korleis|kordan)\s+(?:jeg|eg|ae|e)\s+skal\s+(?:komme|kome|klare|greie)\s+(?:meg\s+)?(?:gjennom|igjennom)\s+(?:natta|natten|kvelden|kvelden|denne\s+natta)\b",
        r" (?:alt|livet)\s+(?:er\s+|e\s+)?(?:bare\s+)?(?:svart|morkt|mork|meningslost|hapl[oa]st)",
        r" (?:give|given|gave)\s+up\s+on\s+(?:life|everything|myself)",
        r" (?:no\s+hope\s+left|hopeles\s+and\s+alone|no\s+way\s+out)",
        # round 14: "har prøvd i 6 år og det går ikke lenger" (not "det går ikke lenger an", "bussen går ikke lenger dit")
        # round 87 (batch 142): not after a plain lack of heat or food ("oljetanken e tom ... vil ikkje mase, men det går ikkje lenger": the need answers it)
        _A_PLAIN_LACK_OF_HEAT_OR_FOOD + r".*\s(?P<hit>(?:og|men|na|no|sa|so)\s+(?:det|de|d)\s+(?:gar|gjeng|gaar)\s+(?:ikke|ikkje|itj|ike)\s+(?:lenger|lengre))\b(?!\s+(?:an|a\s|til|te|dit|fra|pa|med|buss\w*|tog\w*|fly\w*|som|slik|sann|sa\s))",
        r" (?:har|ha)\s+det\s+(?:sa\s+)?(?:jaevlig|jevlig|forferdelig)\s+(?:at|og)\s+(?:vil|orker|klarer)",
        # round 50 (batch 64): Danish "ikke nogen grund til at vågne op" (not "... tidlig")
        rf" (?:ingen|{NOT})\s+(?:noen\s+|nogen\s+|noko\s+|nokon\s+|nan\s+)?(?:grunn|grund|vits|mening|meining|reason|point)\s+(?:til\s+|te\s+|to\s+|i\s+)?(?:a\s+|at\s+)?(?:vakne|vakna|vagne|wake)\s+(?:opp|op|up)\b(?!\s+(?:tidlig|tidleg|early|for|til|te|kl|klokka|at|before|until|sa\s+tidlig)\b)",
        # round 54 (batch 73): the verb first, "men no går det ikkje lenger" (the same exclusions)
        r" (?:na|no|nu)\s+(?:gar|gjeng|gaar)\s+(?:det|de|d)\s+(?:ikke|ikkje|itj|ike|ite)\s+(?:lenger|lengre)\b(?!\s+(?:an|a\s|til|te|dit|fra|pa|med|buss\w*|tog\w*|fly\w*|ferj\w*|bat\w*|noen|nokon|non|nan|som|slik|sann|sa\s))",
        # round 72 (batch 108): Thai "mai mee hope mer" (no hope any more; "hope" in English here)
        r" (?P<hit>(?:mai\s+mee|mai\s+mi)\s+(?:hope|hap|wang|kwam\s+wang)\s+(?:mer|meir|lenger|anymore|any\s+more|leoi|laew))\b",
    ),
]

# ------------------------------------------------------------------ urgent need

# "trenger ikke hjelp med mat", "dont need a food card": help declined is not a need.
_NOT_DECLINED = r"(?<!trenger ike)(?<!treng ikje)(?<!dont ned)"

# Hungry during a fast is not hunger (round 24: "ramadan mubarak! vi faster nå, sulten hele dagen")
_FASTING = _P(r" (?:ramadan|ramadhan|faste|faster|fastar|fastet|fasten|fastemaneden|fasting|iftar)\b")
# ... and no food since a time during a fast (after round 62: "har ikke hatt mat siden i går, vi faster"; not "faste inntekter", not "faster" the aunt)
_NOT_FASTING = _unless_any(r"ramadan|ramadhan|iftar|fastemaneden|fastedag\w*|(?:vi|jeg|je|eg|me|ae|e|i|we|am|are|is|har|hev)\s+(?:\w+\s+)?(?:faster|fastar|fastet|fasta|fasting)")

NO_FOOD = [
    _sign(
        "ikke mat",
        # round 94 (batch 170): "er tom for bleier og morsmelkerstatning til babyen" (out of formula, baby food or milk for the baby, nappies named beside or not; not soon, nor
        # shopping or an order on its way, the kindergarten, a course or a laugh: "er snart tom for morsmelkerstatning til babyen, skal handle etter møtet")
        r"^(?=.*\s(?:tom|tome|tomme|out)\s+(?:for|of)\s)"  # the rare words first: the check is cheaper so
        + _unless_any(r"snart|soon|nesten|almost|handl\w*|kjop\w*|butik\w*|shop\w*|store|bestilt\w*|ordered|barnehage\w*|bhg|kurs\w*|haha\w*|lol")
        + r".*\s(?P<hit>(?:er|e|is|am|are|har\s+gatt|gikk|run)\s+(?:heilt\s+|helt\s+)?(?:tom|tomme|tome|out)\s+(?:for|of)\s+(?:\w+\s+(?:og|and)\s+)?"
        r"(?:morsmelkerstatning\w*|morsmjolkerstatning\w*|babymat|babygrot|grot|melk|mjolk|formula|baby\s+formula|baby\s+food|milk|tileg\w*)"
        r"(?:\s+(?:og|and)\s+\w+)?\s+(?:til|te|for)\s+(?:babyen|baby|ungen|minsten|vesla|the\s+baby|my\s+baby))\b",
        # round 93 (batch 164): "har bare ei brødskive te ongan i dag og ingenting te middag" (only one slice of bread, for the children or oneself, with nothing for dinner
        # named; not a diet, fasting, a packed lunch, shopping to be done or a laugh: "har bare ei brødskive til frokost og ingenting til middag, er på diett haha")
        r"^(?=.*\s(?:ingenting|ike\s+noe|ikje\s+noko|itj\s+noka|itj\s+nokka|nothing|ingen)\s+(?:(?:til|te|for)\s+)?(?:middag|middagen|dinner|kveldsmat\w*)\b)"  # the rare words first
        + _unless_any(r"diet\w*|slank\w*|kur|kuren|faste\w*|fasting|ramadan|haha\w*|lol|matpak\w*|handl\w*|butik\w*|shop\w*|planlagt|planned")
        + r".*\s(?P<hit>(?:(?:har|hev|have|has)\s+(?:vi\s+|me\s+|we\s+)?(?:bare|berre|baere|kun|only)|(?:only|bare|berre)\s+(?:har|have|has))\s+(?:ei|en|ein|et|eit|one|a)\s+"
        r"(?:brodskive\w*|skive|skiva|slice(?:\s+of\s+bread)?))\b",
        # round 90 (batch 152): "wedey 4 år spør etter brød og jeg har ingenting" (a child asks for food and one has nothing; found on
        # review: not when going to the shop now: "... har ingenting i huset, skal på butikken nå")
        r"^(?!.*\s(?:skal|ska|gar|drar|going)\s+(?:pa|pa\s+|til|te|to)\s*(?:the\s+)?(?:butik\w*|shop\w*|store|kiwi|rema|coop|extra|spar|joker)\b).*\s(?P<hit>(?:spor|spurte|maser|masar|grater|gret|griner|asks|asked|crying|cries)\s+(?:etter|om|for)\s+(?:mat|brod|brodskive|melk|middag|food|bread|milk)\s+(?:og|and|men|but)\s+(?:(?:jeg|je|eg|ae|e|vi|me|i|we)\s+)?(?:har|hev|have|got)\s+(?:ingenting|ikke\s+noe|ikkje\s+noko|itj\s+nokka|nothing|none))\b",
        # round 90 (batch 154): "ungane har bare fått knekkebrød i to daga" (the children or oneself have had only one thing for days; not fasting, illness or a diet;
        # found on review: only a staple named, bread, porridge, noodles, rice, water, not "bare fått pizza i to dager fordi vi flytter")
        _NOT_FASTING + _unless_any(r"syk\w*|sjuk\w*|omgangssyk\w*|magesyk\w*|diett\w*|kur|kuren|slank\w*|feber|kvalm\w*|tann\w*")
        + r".*\s(?P<hit>(?:ungane|ungene|ungan|barna|borna|kids|children|vi|me|we|jeg|eg|ae)\s+(?:har\s+|have\s+)?(?:bare|berre|only)\s+(?:fatt|fat|spist|ete|et|had|eaten|hatt)\s+(?:\w+\s+)?(?:knekebrod|brod|loff|havregryn|grot|graut|nudler|nudlar|ris|pasta|makaroni|poteter|potet|vann|vatn|melk|te|bread|rice|noodles|water|oatmeal)\s+(?:i|pa|for|in)\s+(?:to|tre|fire|fem|\d+|two|three|four|flere|fleire)\s+(?:dager|daga|dagar|dogn|days))\b",
        # round 80 (batch 124): Tagalog "wala po kaming pagkain" (we have no food), "walang pagkain"
        r" (?P<hit>(?:wala\s+(?:na\s+)?(?:po\s+)?(?:na\s+)?(?:kaming|akong|kami|ako|tayong|kameng)\s+(?:\w+\s+)?|walang\s+)pagkain)\b",
        # round 83 (batch 131): "mat. har ikke. tre dager nå." (food named first, then "har ikke" and the days without; not fasting)
        _NOT_FASTING + rf".*?\s(?P<hit>(?:mat|maten|food)\s+(?:har\s+(?:jeg\s+|eg\s+|vi\s+|me\s+)?{NOT}|{NOT}\s+har|(?:jeg|eg|vi|me)\s+har\s+{NOT})\s+(?:na\s+|no\s+|pa\s+|i\s+)?"
        r"(?:to|tre|fire|fem|seks|\d+|flere|fleire)\s+(?:dager|dagar|dogn|days))\b(?!\s+(?:til|te|for|fri|ferie)\b)",
        r" (?:i\s+)?have\s+nothing\s+(?:for|to\s+buy)\s+food\b|(?:har|ha)\s+(?:ingenting|ikke\s+noe|ikkje\s+noko|ikke|ikkje|itj)\s+(?:til|te)\s+mat\b",  # round 19; "har ikkje te mat" round 67
        rf" (?:har|ha|hae|meg|jeg|jg|vi|me|eg|e|ae|ungene|barna|ungane|borna)\s+(?:{NOT}|ingenting|ikje\s+nokon|nada|null)\s+(?:noe\s+|noko\s+|noka\s+|naka\s+|nan\s+|na\s+|nokon\s+|nokka\s+|no\s+|meir\s+|mer\s+|igjen\s+av\s+)?{FOOD}\b",
        rf"(?<!trenger)(?<!treng)(?<!need) (?:ingen|ikje|ike|ite|itj|uten|utan|tom\s+for|tomt\s+for|slut\s+pa)\s+(?:{FOOD}|mad)\b",  # "ikkje mad i huset" (round 64); round 79 (batch 122): Hedmark/Trøndersk "itte mat. itte penger" (the same guard against "trenger ikke mat")
        r" no\s+(?:food|groceries|sapadu)\b",  # Tamil "saapadu" (round 67)
        r" (?:nema|nemae|nemaye|net|nichoho|nechego)\s+(?:\w+\s+)?(?:yizhi|yizhy|jizhi|izhi|yidy|yezhi|edy|jedy|yedy|poyisty|poisty|pojisty|yest|est)\b",  # Ukrainian, Russian (round 68)
        r" (?:ikke|ikkje|itj)\s+(?:fatt|fat|fenge)\s+(?:noe\s+|noko\s+)?mat\s+(?:pa|i)\s+(?:to|tre|fire|fem|\d+|flere|fleire)\s+(?:dager|dagar|dogn|dagen)\b",
        r" (?:out\s+of|run\s+out\s+of|ran\s+out\s+of)\s+(?:food|groceries)\b",
        # round 88 (batch 146): "ikke noe å gi jentene mine til middag" (the girls or the boys, and "mine")
        r" (?:ingenting|ingen\s+ting|ikke\s+noe|ikkje\s+noko|itj\s+naka)\s+a\s+gi\s+(?:ungene|barna|ungane|borna|jentene|jentane|guttene|gutane|dem|dei)\s+(?:mine\s+)?(?:nar|til\s+middag|i\s+kveld|i\s+dag)\b",
        r" (?:har|ha)\s+(?:bare\s+|berre\s+|kun\s+)?mat\s+(?:bare\s+|berre\s+|kun\s+)?(?:til|te|for)\s+(?:i\s+morgen|i\s+dag|en\s+dag|ein\s+dag|to\s+dager|to\s+dagar)\b",
        r" (?:ingenting|ingen\s+ting|ikje\s+noko|ike\s+noe|itj\s+naka|itj\s+noka|nothing)\s+(?:a\s+gi\s+\w+\s+)?(?:a\s+|to\s+)?(?:spise|ete|et|eat)\b",
        r" (?:ingenting|ikje\s+noko|ike\s+noe|itj\s+naka|nothing)\s+(?:igjen\s+)?(?:i|in\s+the)\s+(?:kjoleskapet|skapet|skapa|skapene|fridge)",
        r" (?:ingenting|ingen\s+ting|ikje\s+noko|ikje\s+na|ike\s+noe|ike\s+no|itj\s+naka|itj\s+na|nothing)\s+a\s+gi\s+(?:\w+\s+){1,2}(?:a\s+spise|a\s+ete|middag|mat|frokost|food)\b",
        r" (?:bare|berre|only)\s+(?:fat|fatt|spist|et|hat|hatt|had|eaten)\s+(?:brod|brodskiver|knekebrod|nudler|noodles|bread)\s+(?:i|pa|for)\s+(?:to|tre|fire|fem|flere|fleire|\d+|two|three|several)\s+(?:dager|dagar|days)",
        r" (?:trenger|treng|need)\s+(?:noe|noko|nokka|something)\s+(?:a|to)\s+(?:spise|ete|eat)",
        _NOT_DECLINED + r"(?<!trenger ike mer)(?<!treng ikje meir)"
        r" (?:hjelp|hjelpe\s+meg|hjelpe\s+oss|help\s+me|help\s+us)\s+(?:med|til|te|with)\s+(?:mat|food)\b",
        # "sia" round 10; not since this morning, nor a fast (round 21: "ikke spist siden i morges pga ramadan")
        r"^(?!.*\s(?:ramadan|faste|faster|fastet|fasten|fasting|narkose|operasjon\w*|blodprove\w*)\b).*"
        r" (?:ike|ikje|ikji|itj|ite|not|havent)\s+(?:spist|ete|et|eaten)\s+(?:ordentlig\s+|skikkelig\s+|noe\s+|noko\s+|properly\s+|anything\s+)?(?:pa|i|for|siden|sidan|sia|since)\b(?!\s+(?:i\s+morges|i\s+morgest|i\s+morgon|frokost|lunsj|this\s+morning|breakfast|lunch)\b)",
        r" (?:kjoleskapet|kjoleskap|skapene|skapa|skapet|fridge)\s+(?:er\s+|e\s+|is\s+)?(?:heilt\s+|helt\s+|completely\s+)?(?:tomt|tome|tom|empty)",
        r" (?:tome|tomt|empty)\s+(?:skap|kjoleskap|fridge|cupboards)",
        r" (?:tomt|tom|empty)\s+(?:i|in\s+the)\s+(?:skapet|skapa|skapene|kjoleskapet|fridge|cupboards)",
        r" (?:kjoleskapet|skapet|skapene|fridge|cupboards)\s+(?:har|has|have)\s+(?:vaert|vore|ben)\s+(?:tomt|tome|tom|empty)",
        r" (?:cupboards|fridge|shelves)\s+(?:are|is)\s+(?:completely\s+)?empty",
        r" (?:ike|ikje|itj)\s+(?:noe|noko|no|naka|noka)\s+mat\s+igjen",
        rf"{_NOT_FASTING}.*?\s(?P<hit>(?:ikke|ikkje|itj)\s+(?:hatt|hat|fatt|fat)\s+(?:ordentlig\s+|skikkelig\s+)?mat\s+(?:i\s+(?:huset|hus|leiligheten|kjoleskapet)\s+)?(?:sia|siden|sidan)\b(?!\s+(?:i\s+morges|frokost|lunsj)))",  # round 23
        r" (?:spist|ete|et|fat|hat|eaten|had)\s+(?:bare\s+|berre\s+|only\s+)?(?:nudler|brod|knekebrod|pasta|havregryn|noodles|bread)\s+(?:hele|heile|i\s+hele|al)\s+(?:uka|veka|helga|week)",
        r" (?:bare|berre|only)\s+(?:litt\s+|a\s+litle\s+)?(?:ris|brod|pasta|havregryn|melk|rice|bread|oats)\s+(?:igjen|left)",
        r" (?:mat|food|spise|ete)\b.*\s(?:ingenting|ikje\s+noko|ike\s+noe|nothing)\s+a\s+gi\s+(?:dem|de|dei|ungene|barna|ungane|borna|them)\b",
        rf" (?:{NOT}|null|0)\s+(?:\w+\s+)?(?:{MONEY}|rad|rab)\s+(?:til|te|for)\s+(?:mat|food|a\s+kjope\s+mat)",
        r"(?<!dont)(?<!not) (?:trenger|treng|need|ned)\s+(?:akut\s+|nod\s*|naud\s*)?(?:mat|food|matkort|matpenger|nodhjelp\s+til\s+mat)\b",
        r" (?:trenger|treng|need|ned|ma\s+ha|mo\s+ha)\s+(?:\w+\s+){0,2}(?:penger|pengar|hjelp|help|money)\s+(?:til|te|for)\s+(?:mat|food)\b",
        # round 56: not a food card thanked for as what saved the day ("tusen takk, dere reddet dagen min med matkortet")
        r"^(?!(?=.*\s(?:takk|tak|thanks|thank\s+you|thx)\b).*\s(?:redet|reda|berget|berga|saved|hjalp|helped)\s+(?:\w+\s+){0,3}?(?:med|with)\s+(?:det\s+|the\s+|dat\s+)?(?:matkort|food\s+card))"
        r".*?(?<!takk for)(?<!tak for)(?<!thanks for)" + _NOT_DECLINED + r" (?:matkort|matrekvisisjon|matutdeling|matsentral|fod\s+bank)(?!\w*\s+(?:i\s+gar|forige\s+uke|sist))",  # round 42
        r" (?:trenger|treng|need|ma\s+ha)\s+(?:akut\s+)?(?:nodhjelp|naudhjelp|emergency\s+(?:help|aid|money))\b",
        r" (?:kan|kann)\s+(?:jeg|eg|vi|me)\s+fa\s+(?:akut\s+)?(?:nodhjelp|naudhjelp)\b",  # round 32
        r" (?:bare|berre|only)\s+(?:et|ei|eit|en|ein|a|one)\s+(?:brod|brodskive|loaf|pakke\s+\w+|boks\s+\w+)\s+(?:igjen|left)",
        r" cant\s+(?:aford|buy)\s+(?:food|groceries)",
        r" (?:maten|mat)\s+(?:er\s+|e\s+)?(?:snart\s+|nesten\s+)?(?:slut|tom)\b|(?:maten|mat)\s+(?:tar|tek)\s+slut",
        # round 37: "har ikkje nåkka å gi ungan te middag i dag", "kan æ få nødhjelp?"
        r" (?:ike|ikje|itj|ingenting)\s+(?:\w+\s+)?a\s+(?:gi|gje)\s+(?:ungene|ungan|ungane|barna|borna|the\s+kids)\s+(?:til|te)\s+(?:middag|mat|frokost|kvelds|kveldsmat)\b",
        # round 39: "det er ikke noe igjen i huset"
        r" (?:ikke|ikje|itj)\s+(?:noe|noko|noka)\s+(?:mat\s+)?igjen\s+i\s+(?:huset|skapet|kjoleskapet)\b",
        # round 79 (batch 123): "har itte en brødskive i huset" (Hedmark "itte"; the same places named)
        r" (?:ikke|ikje|itj|itte|ingen|not)\s+(?:ei\s+|en\s+|ein\s+|a\s+)?(?:brodskive|skive|brodbit|brod|bread|slice\s+of\s+bread)\s+(?:i\s+huset|igjen|left|in\s+the\s+house|i\s+skapet|i\s+kjoleskapet)\b",  # round 39
        # round 41 (batch 49): "the baby milk is finished"
        r" (?:baby\s+milk|formula|the\s+food|babymat|barnemat|morsmelkerstatning\w*|grauten|groten)\s+(?:is|er|e)\s+(?:finished|gone|out|empty|slut|tom|brukt\s+opp)\b",
        r" (?:verken|hverken|korkje|ingen|ikke|ikje|itj|no)\s+(?:\w+\s+){0,3}(?:morsmelkerstatning\w*|morsmjolkerstatning\w*|babymat|barnemat|velling|formula)\s+(?:att|igjen|left)\b",  # round 43
        # round 46 (batch 57): "I have literally nothing for food for the kids this weekend", "nothing for the kids' food this weekend"
        r" (?:have|got)\s+(?:literally|really|absolutely|just)\s+nothing\s+(?:for|to\s+buy)\s+food\b| nothing\s+(?:left\s+)?for\s+(?:the|my|our)\s+(?:kids|children|baby|family)\s+(?:food|to\s+eat)\b",
        # round 47 (batches 58-59): Swedish "inte ätit på två dagar", "verken mat i huset eller penger", "only rice until Friday",
        # emergency help asked for today ("få nödhjälp idag", "is there emergency help from NAV today")
        r"^(?=.*\s(?:aetit|atit)\s)(?!.*\s(?:ramadan|fasta|fastar|fastan|fasting|narkos|operation\w*)\b).*\s(?:inte|ike|ikje|itj|not)\s+(?:aetit|atit)\s+(?:ordentligt\s+|nagot\s+|nat\s+)?(?:pa|i|sedan|sen|since)\b(?!\s+(?:i\s+morse|imorse|frukost|lunch|this\s+morning)\b)",
        r" (?:har|have|hadde|ha)\s+(?:\w+\s+){0,3}(?:verken|hverken|korkje|varken|neither)\s+(?:\w+\s+)?(?:mat|food|maten)\b",
        r" (?:only|just|bare|berre|kun)\s+(?:have\s+|got\s+|har\s+|ha\s+)?(?:some\s+|litt\s+)?(?:rice|ris|bread|brod|pasta|noodles|nudler|havregryn|oats|potatoes|poteter)\s+(?:(?:and|og)\s+\w+\s+)?(?:left\s+|igjen\s+)?(?:until|til|till|te)\s+(?:\w+day|mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|payday|lonning\w*|neste\s+\w+|next\s+\w+|the\s+\d+\w*|den\s+\d+)\b",
        r" (?:fa|get|finns\s+det|finnes\s+det|is\s+there|are\s+there|can\s+i\s+get|can\s+we\s+get)\s+(?:\w+\s+)?(?:nodhjaelp|nodhjalp|nodhjelp|naudhjelp|emergency\s+(?:help|aid|money|assistance))\b.*\s(?:idag|i\s+dag|today|tonight|i\s+kveld|na|nu|now)\b",
        # round 48 (batch 61): NZ "no kai in the house", "nothing to feed her"
        r" no\s+kai\s+(?:in|at|left|for)\b| (?:nothing|no\s+food|nothing\s+left)\s+to\s+(?:feed|give)\s+(?:her|him|them|the\s+kids|the\s+baby|my\s+\w+|the\s+children|us)\b",
        # round 49 (batch 63): "har ikkje bleia eller mat te minsten", "have no nappies or food"
        rf" (?:har|ha|have|got)\s+(?:{NOT}|no)\s+(?:\w+\s+)?(?:eller|or|heller|og)\s+(?:mat|food|maten)\b",
        # round 50 (batch 64): "har niente mat i kjøleskapet" (Italian, Spanish, French "nothing" in a Norwegian message)
        r" (?:har|ha|have|got|hae)\s+(?:niente|nulla|rien|nada|nichts|nic|nimic|nothing|zero|0)\s+(?:\w+\s+)?(?:mat|food|a\s+spise|a\s+ete|maten)\b",
        # round 51 (batches 66-67): "there is nothing for dinner tonight" (not dinner not yet planned), "ain't a thing in the fridge",
        # "not a crumb left in the cupboard" (not nothing one would eat)
        r" (?:nothing|not\s+a\s+thing|nada)\s+(?:left\s+)?for\s+(?:dinner|supper|tea|lunch|breakfast)\b(?!\s+(?:plan\w*|yet|decided|sorted|booked|arranged|ready)\b)",
        r" (?:aint|isnt|is\s+not|not)\s+a\s+(?:thing|crumb|scrap|bite)\s+(?:left\s+)?in\s+the\s+(?:fridge|cupboard|cupboards|pantry)\b"
        r"(?!\s+(?:(?:i|we|you|he|she|they|the\s+kids)\s+(?:would|will|could|want|wants|like|likes|can|d)|worth)\b)",
        # round 55 (batch 74): Caribbean "ent got a penny fuh food", "cupboard empty" (the singular, without "is"; not a move, a clean-out or
        # a new kitchen)
        r" (?:aint|ent|havent|have\s+not|dont\s+have|do\s+not\s+have|not|nah)\s+(?:got\s+|have\s+)?(?:a\s+|one\s+)?(?:single\s+)?(?:penny|cent|dollar|dime|pound|quid)\s+(?:fuh|for|fi|fa|to\s+buy)\s+(?:food|groceries)\b",
        r"^(?!.*\s(?:moving|move|moved|clean\w*|paint\w*|renovat\w*|defrost\w*|new\s+kitchen|flytt\w*|shopping|handle\w*)\b).*\s(?:cupboard|cupboards|pantry|larder)\s+(?:is\s+|are\s+|s\s+)?(?:completely\s+|totally\s+|bare\s+)?(?:empty|emty)\b",
        # round 56 (batches 76-77): no food since a day ("har kje hatt mat sidan torsdag"; not a meal skipped on a busy day nor a fast),
        # no food for the children, "kje" for "not" too ("eg har kje mat te dei")
        rf"^(?!.*\s(?:ramadan|faste\w*|fasting|frokost|breakfast|lunsj|lunch|middag|travel|busy|tid)\b).*\s(?:{NOT}|kje)\s+(?:hat|hatt|had|fat|fatt|spist|ete|eaten)\s+(?:noko\s+|noe\s+|any\s+)?(?:mat|food|noe\s+a\s+spise|noko\s+a\s+ete|anything\s+to\s+eat)\s+(?:sidan|siden|since|sida|sia|pa)\s+(?:\w*dag|i\s+gar|igar|yesterday|\d+\s+dag\w*|to\s+dag\w*|tre\s+dag\w*|fleire\s+dag\w*|flere\s+dag\w*)\b",
        rf" (?:har|ha|have)\s+(?:kje|{NOT})\s+(?:noko\s+|noe\s+|nokka\s+|any\s+)?(?:mat|food)\s+(?:til|te|ti|for|to\s+give)\s+(?:dei|dem|ungane|ungene|barna|borna|ungan|kids|the\s+kids|children|the\s+children|them)\b",
        # round 70 (batch 104): nothing to give the children to eat ("pillaikal kommer fra skolen ... det er ingenting å gi dem"; not gifts) and
        # Tamil "saappadu illai" (no food)
        r"^(?=.*\s(?:barna|ungene|ungane|ongane|borna|pilaikal|kids|children|skolen|barnehagen|sonen|dattera)\b)(?!.*\s(?:jul\w*|bursdag\w*|gave\w*|presang\w*|christmas|birthday|gift\w*)\b)"
        r".*\s(?P<hit>(?:er|e|har)\s+(?:ingenting|ikke\s+noe|ikkje\s+noko)\s+(?:mat\s+)?a\s+(?:gi|gje|gjeve)\s+(?:dem|dei|barna|ungene|ongane|henne|ham|han))\b",
        r" sapadu\s+(?:ilai|ila|ilaye|ilaiye)\b",
        # round 72 (batch 109): "det er IKKE NOE MAT I HUSET" (in the house or at home; not "ikke noe mat i dag, takk", nor "... som ungene liker")
        rf" (?P<hit>(?:er|e|is)\s+(?:{NOT}|no)\s+(?:noe\s+|noko\s+|no\s+|naka\s+|nokka\s+|any\s+)?(?:mat|food|cunto)\s+(?:i\s+huset|i\s+hus|hjemme|heime|i\s+leiligheta|i\s+leiligheten|in\s+the\s+house|at\s+home))\b(?!\s+(?:som|that|which)\b)",

        # round 86 (batches 137-138): Arabic "mafi akel" (no food) and "null mat te ungan i helga" (no food for the children; not a forgotten packed lunch)
        r" (?P<hit>(?:mafi|ma\s+fi|mafish|mafeesh)\s+(?:akel|akl|akil|ekel|akal|khubz|taam))\b",
        rf"^(?!.*\s(?:matpak\w*|niste\w*|glemt\w*|glomt\w*|gloymt\w*|skole\w*|skule\w*|barnehage\w*)\b).*\s(?P<hit>(?:null|nul|0|ingen)\s+{FOOD}\s+(?:te|til|to|for)\s+(?:ungan|ungene|ungane|barna|borna|the\s+kids|my\s+kids))\b",
    ),
    _sign("sulten", r" (?:sulter|svelter|sultne|sultar|starving|hungry|sulten|svolten)\b", unless=_FASTING),
]

# Money on the phone, on a payment, or for a bus ticket is not "no money at all".
_NOT_ALL_MONEY = (r"(?!\s+(?:pa\s+(?:konto|kontoen)\s+(?:enda|ena)|til\s+tannlege|til\s+kurs|til\s+buss|til\s+busen"
                  r"|til\s+(?:bilet\w*|tog|toget|trik\w*|ferja|ferje\w*|reise\w*|buskort\w*|busbilet\w*)"
                  r"|(?:igjen\s+|att\s+)?pa\s+(?:telefonen|telefon|mobilen|mobil|tlf|kontantkortet|kortet\s+pa\s+mobilen|kortet\s+til\s+a\s+ringe|utbetaling\w*)"
                  r"|til\s+a\s+ringe|til\s+ringetid|(?:a\s+)?ringe\s+(?:med|for|ut)"
                  r"|(?:left\s+)?on\s+(?:the\s+|my\s+)?(?:phone|mobile|sim)\b"
                  r"|(?:i|pa|av|fra)\s+(?:etterbetaling\w*|utbetaling\w*|stonad\w*|bostote\w*|aap|kvp|sosialhjelp\w*)"
                  r"|(?:kome|komet|komi|kommet|komme|kjem|come)\b))")  # round 39: "kvifor har ikkje pengane kome"
# Round 21: no money, said together with how one manages ("blakk til fredag, men det går fint",
# "null kroner på konto men mat i skapet", "broke till payday but managing"), is a payment question;
# so is no money said as beside the point (round 41: "that's not why I'm texting") or as phone
# credit ("kan ikke ringe ut").
# round 88 (batch 145): more firewood or fuel on its way or got ("veden e slutt, men ny kjem i morgon"; "men eg har ikkje råd" and "har ikke kjøpt ny" still fire;
# shared by the round 88 and 91 patterns of firewood gone)
_MORE_WOOD_ON_ITS_WAY = (r"^(?!.*\s(?:(?:ny|nytt|meir|mer|more)\s+(?:ved\s+)?(?:er\s+|e\s+)?(?:bestilt|pa\s+vei|pa\s+veg|kommer|kjem|ordered)|(?<!ike\s)(?<!ikje\s)(?:har\s+)?(?:bestilt|kjopt|henta|hentet|ordered)\s+(?:ny|nytt|meir|mer|more)"
                         r"|(?:kommer|kjem|leveres|levert|hentar|henter|arrives)\s+(?:\w+\s+){0,2}?(?:i\s+morgen|i\s+morgon|snart|i\s+kveld|pa\s+\w+dag|tomorrow|soon|tonight))\b)")
# round 92 (batches 160-161): a low temperature indoors told as a number ("det e 4 grader inne", "det e 8 grader inne nu"), the cold of a home without heat (shared by the round
# 88 "veden e slutt" pattern of no money for heat and the round 86 pattern of a home without heat)
_COLD_INDOORS = r"(?:[0-9]|1[0-2])\s+(?:grader|varmegrader|degrees)\s+(?:inne|innendors|inside|indoors|i\s+stua|i\s+huset|i\s+leiligheten|i\s+leiligheta|in\s+the\s+(?:house|flat))"
_MANAGING = _P(r" (?:det\s+)?(?:gar|gaar)\s+(?:fint|greit)\b(?!\s+(?:a\s+)?(?:flyt\w*|mote\w*|na|no)\b)| men\s+(?:\w+\s+)?(?:har|e|er)\s+(?:nok\s+)?mat\b"
               # round 85 (noticed and left in round 84): Spanish and English "but I have food" ("sin plata para el bus mañana pero tengo comida"; not "pero no
               # tengo comida", "but have no food": nothing may stand between the verb and the food but "some" or "enough")
               r"| (?:pero|but)\s+(?:(?:yo|i|we)\s+)?(?:si\s+|still\s+)?(?:tengo|tenemos|hay|have|got|have\s+got|ve\s+got)\s+(?:(?:algo\s+de|un\s+poco\s+de|some|enough)\s+)?(?:comida|food)\b"
               r"| (?:men|og)\s+(?:har\s+)?mat\s+i\s+skapet\b| har\s+mat\s+i\s+(?:kjoleskapet|skapet|skapa)\b| men\s+det\s+gar\b(?!\s+(?:ike|ikje|itj|darlig|dårlig))| (?:but|men)\s+(?:im\s+|i\s+am\s+|we\s+are\s+|still\s+)?managing\b| men\s+(?:det\s+)?(?:er|e)\s+(?:ok|okay|greit|fint)\b"
               r"| men\s+(?:ok|okay|greit)\s*(?:$|\s(?:na|nar|kva|hva|ka|when)\b)| men\s+(?:\w+\s+)?(?:overlever|overleve|overlevar|surviving)\b"  # round 30
               # round 80 (ordinary batch 120): "har kje pengar te nye vinterdekk men det ordne seg" (it will sort itself out; not "... ordner seg ikke")
               r"| men\s+(?:det|d|de)\s+(?:ordner|ordne|ordnar|ordna|ordnes)\s+seg\b(?!\s+(?:\w+\s+)?(?:ike|ikje|itj|ite|not|aldri)\b)"
               r"| men\s+(?:jeg\s+|eg\s+|e\s+|ae\s+)?(?:klarer|klare|greier|greie|klarar)\s+(?:meg|mae|mg|oss)\b(?!\s+(?:ike|ikje|itj))"  # round 32
               r"| (?:haha\w*|hehe\w*|hihi|lol)\b.*\s(?:nar|when)\s+(?:kommer|komer|kjem|does|wil|is)\b"  # round 36: "blakk ... hehe. når kommer AAP-en?"
               # round 37: broke until the next payment and asking which day it comes; "kommer stønaden fredag eller mandag?"
               r"| (?:blak|broke|ingen\s+penger|no\s+money)\s+(?:te|til|until|till)\s+(?:neste\s+|next\s+)?(?:utbetaling\w*|lonning\w*|payday|pay\s+day)\b.*\s(?:kva\s+dag|hvilken\s+dag|hvilke\s+dag|nar|when|what\s+day)\b"
               # round 81 (ordinary batch 122): "e blakk som faen te pengan kommer, når kommer de egentlig" (broke until the money comes, asking when; not with food or
               # "i dag" after it)
               r"| (?:blak|broke|pank)\s+(?:som\s+\w+\s+)?(?:te|til|until|till)\s+(?:pengene|pengane|penga|pengan|pengar|stonaden|utbetalingen|utbetalinga|lonninga|lonningen|aapen|the\s+money)\s+(?:kommer|komer|kjem|kjaem|comes)\b"
               r"(?!.*\s(?:i\s+dag|idag|today|mat|food|sulten|sulter|hungry)\b).*\s(?:nar|kor\s+tid|kaem\s+tid|kem\s+tid|kva\s+tid|hvilken\s+dag|when)\s+(?:kommer|komer|kjem|kjaem|comes|wil)\b"
               # round 72 (ordinary batch 105): broke "som vanlig før lønning" (as always before pay day)
               r"| (?:blak|broke|pank)\s+som\s+(?:vanlig|vanleg|alltid|altid|usual)\s+(?:for|rett\s+for|before|til|te|till)\s+(?:lonning\w*|loning\w*|utbetaling\w*|payday|pay\s+day)\b"
               r"| (?:kan|can)\s+(?:ike|ikje|itj|not)\s+(?:ringe|ringje|ring|cal)\s+(?:ut|out)\b| cant\s+cal\s+out\b"  # round 41: phone credit
               r"| (?:but\s+)?thats\s+not\s+why\s+(?:im|i\s+am)\s+(?:texting|writing)\b| men\s+det\s+er\s+(?:ike|ikje)\s+(?:derfor|det)\s+(?:jeg|eg)\s+(?:skriver|skriv)\b"
               r"| (?:but|men)\s+(?:its|it\s+is|thats)\s+(?:ok|okay|fine|alright)\b"  # round 43: "dead broke till the 20th but its ok"
               r"| but\s+(?:il|i\s+will|ill)\s+(?:survive|manage|be\s+fine|be\s+ok)\b"  # round 45
               r"| (?:kommer|komer|kjem)\s+(?:stonaden|stonad|pengene|pengane|penga|utbetalinga|utbetalingen|aap\w*|sosialhjelpa|sosialhjelpen)\s+(?:pa\s+)?\w+dag\s+(?:eler|or)\s+\w+dag\b"
               # round 87 (ordinary batches 136-137): "my arm got caught in a rope and broke" (a bone that broke, not money, unless "i am broke" is said too), and phone credit on the card with a call
               # asked for ("har kun 10 kr på kortet, ring meg?", "har snart ikke mer ringetid på kortet og er blakk til lønning"; not with food or rent named)
               r"|^(?!.*\s(?:im|i\s+am|am|we\s+are|were|so|totaly|dead|flat|completely)\s+broke\b).*\s(?:arm|arms|leg|legs|ankle|wrist|foot|hand|finger|fingers|rib|ribs|hip|bone|nose|colarbone|knee|toe)\s+(?:\w+\s+){0,8}?and\s+broke\b"
               r"|^(?=.*\s(?:ringetid\w*|taletid\w*|kontantkort\w*|pa\s+kortet)\b)(?!.*\s(?:mat|maten|food|sulten|sulter|hungry|husleie\w*|rent|straum\w*|strom\w*)\b).*\s(?:ring|ringe|ringa|call)\s+(?:meg|mae|me)\b"
               # round 91 (ordinary batch 154): "kan veilederen ringe? har 10 kr på kortet" (the call asked of the veileder or someone, "meg" left out; the same guard: "har 10 kr
               # til mat" and "har 10 kr igjen og ungene skal spise" still fire)
               r"|^(?=.*\s(?:ringetid\w*|taletid\w*|kontantkort\w*|pa\s+kortet)\b)(?!.*\s(?:mat|maten|food|sulten|sulter|hungry|husleie\w*|rent|straum\w*|strom\w*|spise|ete|eat)\b)"
               r".*\s(?:kan|kunne|can|could)\s+(?:veilederen|veiledaren|veileder|du|dere|dokker|dykk|noen|nokon|you|someone)\s+(?:min\s+)?(?:ringe|ringa|ring|call)\b")
NO_MONEY = [
    _sign(
        "ingen penger",
        # round 91 (ordinary batch 154, found while guarding phone credit): "har 10 kr til mat" (a few kroner for food; the round 33 pattern leaves "til" out for "til
        # bussen", "til fredag"; not phone credit, the call asked, which `_MANAGING` explains)
        _unless_any(r"sparekonto\w*|haha\w*|lol") + r".*\s(?P<hit>(?:har|ha|hev)\s+(?:bare\s+|berre\s+|kun\s+)?\d{1,2}\s+(?:kr|kroner|kronor)\s+(?:igjen\s+|att\s+)?(?:til|te|for)\s+(?:mat|maten|food|a\s+spise|a\s+ete|middag))\b",
        # round 91 (batch 157): "nettbanken viser 43 kr. det e fredag og ungan ska ha middag heile helga" (the bank or the account shows a few kroner, and the children or we
        # are to eat; not with food in the house, a full freezer, shopping done or pay coming: "nettbanken viser 43 kr, men fryseren er full")
        _unless_any(r"handlet|handla|handlar|handler|fryser\w*|full\w*|lonning\w*|lonna|lonn|har\s+mat|mat\s+i\s+huset|kjopt\w*")
        + r"(?=.*\s(?:ungan|ungane|ungene|barna|borna|ongan|ongane|kids|children|vi|me|jentene|gutta|guttene)\s+(?:ska|skal|ma|mo|should|need\s+to)\s+(?:ha|spise|ete|eat)\s+(?:mat|middag|frokost|food|dinner|noe|noko|nokka)\b)"
        r".*\s(?P<hit>(?:viser|er\s+pa|star\s+pa|e\s+pa|shows)\s+(?:bare\s+|berre\s+|only\s+)?(?:[1-9]|[1-9]\d|[1-9]\d\d)\s+(?:kr|kroner|nok))\b",
        # round 90 (batch 155): "nå har vi 43 kroner på kontoen til over helgen" (a few kroner on the account until a day or the weekend)
        r" (?P<hit>(?:har|hev|have|has)\s+(?:vi\s+|jeg\s+|je\s+|eg\s+|ae\s+|me\s+|we\s+|i\s+)?(?:bare\s+|berre\s+|only\s+|kun\s+)?(?:[1-9]|[1-9]\d)\s+(?:kroner|kr|nok)\s+(?:igjen\s+|left\s+)?(?:pa\s+(?:konto|kontoen|konton)\s+|on\s+the\s+account\s+)?"
        r"(?:til|te|until)\s+(?:over\s+)?(?:helgen|helga|lonning\w*|lonna|\w+dag|the\s+weekend|payday))\b",
        # round 89 (batch 149): Thai "mai mee ngern" (no money; "mai mii ngoen" too)
        r" (?P<hit>mai\s+(?:mee|mii|mi)\s+(?:ngern|ngoen|ngen|ngun))\b",
        # round 88 (batch 147): "40 kr igjen og to unger te tirsdag" (a few kroner left with children until a day; not on a gift card, a bus card or the phone: "40 kr igjen på
        # busskortet og to unger te tirsdag"; found on review: a bank card, the phone or "ring meg" named beside it does not guard it)
        _unless_any(r"gavekort\w*|busskort\w*|reisekort\w*|kontantkort\w*|sparekonto\w*|sparing\w*|budsjett\w*")
        + r".*\s(?P<hit>\d{1,3}\s+(?:kr|kroner|kronar|nok)\s+(?:igjen|att|left)\s+(?:og|med|and|with)\s+(?:\w+\s+)?(?:unger|ungar|unga|ungene|ungane|barn|barna|born|borna|kids|children)\s+"
        r"(?:til|te|to|until)\s+(?:\w+dag|lonning\w*|lonna|payday|\w+day))\b",
        # round 77 (batch 119): "tabletter for hjertet er ferdig, apotek vil ha penger og jeg har ingenting" (the pharmacy wants money and one has nothing;
        # not "har ingenting imot", nor a receipt); Arabic "mafi fulus" (no money); "my account balance is zero today" (not the phone's balance)
        r" (?P<hit>(?:apotek\w*|pharmacy|chemist)\s+(?:vil\s+ha|krever|kraever|wants|want|asks\s+for)\s+(?:\w+\s+)?(?:penger|penga|pengar|betaling|money|payment)\s+(?:og|men|and|but)\s+(?:jeg|je|eg|ae|i)\s+(?:har|hev|have)\s+(?:ingenting|ingen|nothing|no\s+money|null))\b(?!\s+(?:imot|mot|against)\b)",
        # round 86 (batch 137): "mafi flous", "mafi masari" and the Egyptian "mafish"
        r" (?P<hit>(?:mafi|ma\s+fi|mafish|mafeesh)\s+(?:fulus|flus|flous|fulos|floos|filus|masari|mesari))\b",
        r" (?P<hit>(?:my\s+)?(?:bank\s+)?(?:acount|konto)\s+(?:balance|saldo)\s+(?:is|er|e)\s+(?:zero|0|nil|null|empty|tom))\b",
        # round 76 (batch 116): the card declined at the pharmacy or the shop and "har ingen å låne av" (nobody to borrow from; not a card that works again or a
        # fault at the terminal)
        r"^(?=.*\s(?:kortet|kort|betalingen|card|bankkortet)\s+(?:\w+\s+){0,2}?(?:avist|avvist|declined|avslat)\b)(?!.*\s(?:terminal\w*|feil\s+pa|virker\s+igjen|funker\s+igjen|gikk\s+igjennom)\b)"
        r".*?\s(?P<hit>(?:har|ha|have)\s+(?:ingen|ike\s+noen|ikje\s+nokon|itj\s+nan|nobody|no\s+one)\s+(?:a|og|to)\s+(?:lane|lana|borow)\s+(?:av|fra|hos|from))\b",
        # round 76 (batch 117): Spanish "ingen plata før pensjonen", "no tengo dinero" (no money until a payment, or none left)
        # round 82 (batch 129): "no tengo plata po, ingenting til mat i dag" (Chilean "po" after it, then nothing for food)
        r" (?P<hit>(?:ingen|ike|ikje|itj|no|sin|nada\s+de|no\s+tengo|no\s+hay)\s+(?:plata|dinero))\s+(?:po\s+|pues\s+)?(?:for|til|te|until|hasta|igjen|left|y|og|para|ingenting\s+(?:til|te)\s+mat|nada\s+para\s+comer)\b",
        # round 50: not the phone as the subject ("telefon har ikke penger, kan du ringe meg?")
        rf" (?<!telefon )(?<!telefonen )(?<!mobil )(?<!mobilen )(?<!tlf )(?<!phone )(?<!telefonen min )(?<!mobilen min )(?:har|ha|jeg|jg|eg|e|ae|meg|vi|me)\s+(?:{NOT}|null)\s+(?:noen\s+|nokon\s+|ein\s+|en\s+|ei\s+|nan\s+)?{MONEY}\b{_NOT_ALL_MONEY}",
        # round 21: not "min telefon ingen penger"; after round 62 (ordinary batch 87): not "telefon har ingen penger nå, bare sms virker"
        rf"(?<!telefon)(?<!telefonen)(?<!mobil)(?<!mobilen)(?<!tlf)(?<!telefon har)(?<!telefonen har)(?<!mobil har)(?<!mobilen har)(?<!tlf har)"
        rf"(?<!telefonen min har)(?<!mobilen min har) ingen\s+{MONEY}\b{_NOT_ALL_MONEY}",
        # round 79 (batch 123): Swahili "sina pesa hata kidogo" (I have no money at all; not money on the phone, as above)
        r"^(?!.*\s(?:telefon\w*|mobil\w*|phone|tlf|airtime|data|simu|salio|vocha)\b).*\s(?P<hit>sina\s+(?:pesa|hela|fedha)(?:\s+(?:hata\s+kidogo|kabisa))?)\b",
        rf" (?<!mobilen er )(?<!telefonen er )(?<!kortet er )(?<!telefonen min er )(?<!mobilen min er )(?:null|0|tom\s+for|tomt\s+for|slut\s+pa)\s*{MONEY}\b{_NOT_ALL_MONEY}",
        # round 51: not broke from what a job would cost ("I'd be ... broke from gas money": money spent on something, no lack of it now)
        # round 53 (ordinary batch 66): not "was broke" (the past, as "var blakk"; "phone was broke for a week")
        r" (?<!var )(?<!var helt )(?<!was )(?<!were )(?<!when i am )(?<!when im )(?<!if i am )(?<!if im )(?:har\s+|er\s+)?(?:heilt\s+|helt\s+|totalt\s+)?(?:blak|blakk|pank|panck|broke(?!\s+(?:my|his|her|the|a|an|both|down|up|into|in|of|out|it|two|thre|some|several|\d+)\b)(?!\s+from\s+(?:\w+\s+){0,2}(?:money|fares?|costs?|tolls?|tickets?|petrol|gas|fuel|diesel|parking|commut\w*|driving|travel\w*)\b)|skint)\b(?!\s+som\s+(?:en|ei|ein)\s+kirkerot\w*)(?!\s+(?:\w+\s+){0,3}men\s+(?:jeg\s+|eg\s+|e\s+|ae\s+)?(?:klarer|klare|greier|greie|klarar)\s+(?:meg|mae|mg|oss)\b(?!\s+(?:ike|ikje|itj)))",
        rf" (?:ike|ikje|itj|ite|not)\s+(?:en|ei|ein|a\s+single)\s+(?:krone|kr|penny)\b(?!\s+(?:av|fra)\s+(?:stonaden|stonad|utbetaling\w*|kvalifiseringsstonaden|sosialhjelpen|aap|nav)){_NOT_ALL_MONEY}",  # phone credit round 43
        r" no\s+money\b(?!\s+(?:left\s+)?(?:on|for|in)\s+(?:the\s+|my\s+)?(?:phone|mobile|cel|celphone|sim|top\s*up|calls|caling)\b)",  # round 30: not phone credit
        r" (?:i\s+)?(?:have|got)\s+(?:zero|0)\s+(?:kroner|kr|nok|money)\b",  # round 26
        r" (?:ike|ikje|ik|itj|no)\s+(?:rad|midler|penger|pengar|peng|penga|money)\s+(?:til|te|for)\s+(?:a\s+)?(?:(?!egenandel)\w+\s+){0,3}(?:pa\s+apotek\w*|medisin\w*|insulin\w*|resept\w*|medicine|antibiotika\w*|penicil\w*)\b",  # rounds 25, 29; antibiotics round 36: not "egenandelen på medisinene"
        r" (?:har|have)\s+(?:0|null|zero)\s+(?:kr\s+|kroner\s+)?(?:pa|on|i|in)\s+(?:konto|kontoen|kortet|(?:my\s+|the\s+)?account)\b",  # round 27; "zero in the account" round 46
        r" (?:apotek\w*|pharmacy|medisin\w*|insulin\w*)\b.*\s(?:ingenting|ike\s+noe|ikje\s+noko|nothing|0\s*kr)\s+(?:igjen\s+|left\s+)?(?:pa|on|i)\s+(?:konto|kontoen|kortet|the\s+acount|my\s+acount)\b",  # round 26
        # round 25: medicine needed now and no means: "apoteket vil ha betalt for insulinen ... kontoen er tom"
        r" (?:apotek\w*|pharmacy|medisin\w*|insulin\w*)\b.*\s(?:kontoen|konto|kortet|bankkontoen)\s+(?:min\s+|mi\s+)?(?:er|e|is)\s+(?:heilt\s+|helt\s+)?(?:tom|tomt|empty)\b",
        r" (?:i\s+)?(?:have|got)\s+(?:only|just)\s+\d{1,3}\s+(?:kr|kroner|nok)\b(?!\s+(?:per|each|a|for\s+the\s+phone|on\s+(?:the\s+|my\s+)?phone)\b)",  # round 24
        r" (?:har|ha|med)\s+(?:bare\s+|berre\s+|baere\s+|kun\s+)?\d{1,2}\s+(?:kr|kroner|kronor)\b(?!\s+(?:i|per|pr|hver|for|til)\b)(?!\s+(?:igjen\s+|left\s+)?(?:pa|on)\s+(?:telefon|mobil|kontantkort|the\s+phone|my\s+phone)\w*)",  # "igjen" round 33
        r" (?:min|mine)\s+(?:penger|pengar|penga)\s+(?:er\s+)?(?:slut|ferdig|tom)",
        # round 36: "pharmacy wants 600 kr for my insulin and i have 40 kr on my card"
        r" (?:apotek\w*|pharmacy|medisin\w*|insulin\w*|antibiotika\w*|medicine)\b.*\s(?:i\s+have|i\s+got|har|jeg\s+har|eg\s+har)\s+(?:only\s+|just\s+|bare\s+|berre\s+)?\d{1,2}\s+(?:kr|kroner|nok)\s+(?:on|pa|i)\s+(?:my\s+|the\s+)?(?:card|acount|konto\w*|kort\w*)\b",
        # round 39: "Apoteket vil ha 900 kr ... og jeg har 140", "the pharmacy said i must pay and i dont have it"
        r" (?:apoteket|apotek)\s+(?:vil\s+ha|koster|krever|tar|sa)\s+\d+\s*(?:kr|kroner|nok)?\b.*\s(?:jeg|eg|ae|e)\s+(?:har|ha)\s+(?:bare\s+|berre\s+|kun\s+)?\d+\b",
        r" (?:the\s+)?pharmacy\b.*\s(?:i\s+)?(?:dont|do\s+not|cant|cannot|can\s+not)\s+(?:have\s+it|have\s+the\s+money|afford|pay)\b",
        r" (?:uten|utan|without)\s+(?:midler|penger|pengar|money)\s+(?:til|te|for)\s+(?:\w+\s+){0,2}(?:insulin\w*|medisin\w*|resept\w*|medicine|antibiotika\w*)\b",
        # round 43 (batch 53): stranded "uten penga te bensin eller mat", "kortet e tomt", "det står 12 kr på kontoen"
        r" (?:uten|utan|without)\s+(?:penga|penger|pengar|money|cash)\s+(?:til|te|for)\s+(?:\w+\s+)?(?:mat|bensin|food|petrol|gas|diesel)\b",
        r" (?:kortet|bankkortet)\s+(?:mitt\s+)?(?:er|e|is)\s+(?:heilt\s+|helt\s+)?(?:tomt|tom|empty)\b",
        # round 78 (batch 121): "kort sagt så er kortet tomt og det er helg" (the word order after "så"; not a card for the phone, data or a gift card)
        r" (?:sa|na|no|og)\s+(?P<hit>(?:er|e)\s+(?:kortet|bankkortet)\s+(?:mitt\s+)?(?:heilt\s+|helt\s+)?(?:tomt|tom))\b(?!\s+(?:for\s+)?(?:ringetid|data|ring\w*|sms|minut\w*|gavekort\w*)\b)",
        r" (?:star|er|e|har)\s+(?:bare\s+|berre\s+|kun\s+)?\d{1,2}\s+(?:kr|kroner|kronar)\s+(?:igjen\s+|att\s+)?(?:pa|i)\s+(?:konto|kontoen|banken|kortet)\b",
        r" (?:kontoen|konto)\s+(?:min\s+)?(?:er|e|is)\s+(?:heilt\s+|helt\s+)?(?:tom|tomt|empty)\s+(?:til|te|until|till)\b",  # round 45
        # round 47 (batches 58-59): Swedish "noll kronor på kontot", "inga pengar", "my card is empty"
        rf" (?:noll|inga)\s+(?:kronor|kroner|kr|pengar|penger|money)\b{_NOT_ALL_MONEY}",
        r" (?:my|mitt|min|our)\s+(?:bank\s+|debit\s+|visa\s+)?(?:card|kort)\s+(?:is|er|e|aer|ar)\s+(?:completely\s+|totally\s+|helt\s+|heilt\s+)?(?:empty|tomt|tom)\b(?!\s+(?:for\s+)?(?:ringetid|data|credit|minutes|minutter)\b)",
        # round 50 (batch 65): "har itte råd tel medisinen" (not the co-payment), "apoteket sa 280 kr og je har 0"
        rf" (?:{NOT}|no)\s+(?:rad|rab|midler|penger|penga|pengar|money)\s+(?:til|te|tel|ti|for)\s+(?:a\s+)?(?:(?!egenandel)\w+\s+){{0,2}}(?:medisin\w*|insulin\w*|resept\w*|medicine|medication|antibiotika\w*|penicil\w*|inhalator\w*|epipen\w*)\b",
        # round 81 (batch 127): "har ikke råd til å hente ut hjertemedisinene mine på apoteket", "Ingen midler til å hente ut ny resept" (a medicine named with what it
        # is for, "hjerte-", "blodtrykks-"; the prescription "ny"; to fetch it out, not the co-payment)
        rf" (?P<hit>(?:{NOT}|no)\s+(?:rad|rab|midler|penger|penga|pengar|money)\s+(?:til|te|tel|ti|for)\s+(?:a\s+)?(?:hente|henta|hent|kjope|kjop|betale|betala|pick\s+up|buy)\s+(?:ut\s+)?(?:ny\s+|nye\s+|mine\s+|min\s+)?"
        r"(?:\w+medisin\w*|\w+tablet\w*|\w+pil\w*|resept\w*|medisin\w*))\b",
        r" (?:apoteket|apotek)\s+(?:vil\s+ha|koster|krever|tar|sa|sier)\s+\d+\s*(?:kr|kroner|nok)?\b.*\s(?:jeg|je|eg|ae|e|i)\s+(?:har|ha|have)\s+(?:bare\s+|berre\s+|kun\s+|only\s+)?\d+\b",
        r" (?:i|we|mi|me)\s+no\s+(?:get|gat|have|hav)\s+(?:any\s+)?(?:money|cash|kobo)\b",  # Pidgin "I no get money to pay" (round 58)
        # round 60 (batch 85): Tagalog "wala na po akong pera" (not load for the phone)
        r" wala\s+(?:na\s+)?(?:po\s+)?(?:akong|kaming|ako\s+ng|kami\s+ng|ako|kami)\s+(?:pera|kwarta|money|cash)\b(?!\s+(?:sa|pang|for|pa\s+sa)\s+(?:load|phone|cellphone|telepono|mobil\w*))",
        # round 84 (batch 132): Spanish "sin plata, cero. not even for the bus tomorrow or for food today" (no money at all, with food, a bus or emergency aid named;
        # not credit on the phone)
        r"^(?=.*\s(?:food|mat|maten|comida|comer|bus|buss\w*|nodhjelp\w*|krisehjelp\w*|not\s+even|ni\s+para)\b)"
        r".*\s(?P<hit>(?:sin|no\s+tengo|no\s+hay|ya\s+no\s+tengo)\s+(?:nada\s+de\s+)?(?:plata|dinero|pesos|un\s+peso|ni\s+un\s+peso|money)(?:\s+(?:cero|nada|0|zero))?)\b"
        r"(?!\s+(?:en|pa|para|for|on)\s+(?:el\s+|la\s+|my\s+|the\s+)?(?:celular|telefono|movil|phone|mobil\w*|saldo|load|credit))",
        # round 70 (batch 104): the medicine run out and nothing to pay with ("astmamedisinen ... er tom. apoteket vil ha 400 kr og jeg har ingenting",
        # "smertestillande er slutt og eg har ikkje råd te å hente ut nye", "har ingen midler. Blodtrykksmedisinen tok slutt"; the medicine itself
        # empty, within a few words; not "har ingenting å ...")
        # round 82 (batch 129): "Jeg er gått tom for mine faste medisiner ... Jeg har ingen midler" (run out of the medicine, the medicine after it), "medisinen te
        # astmaen e tom og ja harke penger te å hente ny" ("harke" for "har ikke", with money named); the co-payment asked about alone stays ordinary
        r"^(?=.*\s(?:\w*medisin\w*|smertestil\w*|\w*tablet\w*|insulin\w*|inhalator\w*|astma\w*)(?:\s+\w+){0,4}?\s+(?:er|e|tok|gikk|gjekk|har\s+gatt|har\s+tatt)\s+(?:tom|tomt|tomme|slutt)\b"
        r"|.*\s(?:er|e|har|har\s+blit|ran|run|am|have)\s+(?:gat\s+|gatt\s+|blit\s+|out\s+of\s+)?(?:tom\s+for|out\s+of)\s+(?:mine\s+|min\s+|my\s+)?(?:faste\s+|fast\s+|daglige\s+)?(?:\w*medisin\w*|smertestil\w*|\w*tablet\w*|insulin\w*|inhalator\w*|meds|medication)\b)"
        # round 75 (batch 115): "... fordi pengene er brukt opp denne måneden. Tablettene tok slutt i går" (the money used up, with the medicine run out)
        r".*\s(?P<hit>har\s+(?:ingenting|ingen\s+midler|ingen\s+pengar|ingen\s+penger)(?!\s+a\b)|(?:harke|harkje|harike)\s+(?:noe\s+|no\s+)?(?:penger|penga|pengar|penge|midler|rad)\b|(?:ikke|ikkje|itj)\s+(?:har\s+)?rad\s+(?:til|te|t)\b|(?:pengene|pengane|penga|pengar)\s+(?:er|e)\s+(?:brukt\s+opp|oppbrukt|slutt|borte)|lacag\s+(?:ma|maan)\s+(?:haysto|hayo|hayso|lihi)"  # Somali "lacag ma haysto" (no money; round 71, batch 106)
        # round 83 (batch 130): "astma medisin til datter er slutt, apotek vil ha penger, para niya" (Tagalog, no money for it; the same lookahead: the medicine run out)
        r"|(?:penger|penga|pengar|money|pera)\s+(?:\w+\s+)?para\s+niya|wala\s+(?:na\s+)?(?:akong\s+)?pera)\b",
        # round 72 (batch 108): the medicine needed and no way to pay at the pharmacy ("kortet vert avvist på apoteket. Det hastar", "apoteket vil ha
        # penger jeg ikke har"; not a card declined elsewhere, nor money one has)
        # round 83 (batch 130): "Smertemedisinen er tom og apoteket vil ha 900 kroner som jeg ikke har" (a medicine named in a compound, and a sum in kroner)
        rf"^(?=.*\s(?:apotek\w*|pharmacy)\b)(?=.*\s(?:{PILLS}|\w+medisin\w*|ma\s+ha|treng|trenger|need|haster|hastar|urgent)\b)"
        r".*\s(?P<hit>(?:kortet|bankkortet|kortet\s+mitt|card|my\s+card)\s+(?:vert|blir|ble|blei|vart|er|e|was|got|gets|is)\s+(?:avvist|avvista|declined|rejected)"
        rf"|(?:penger|pengar|penga|money|\d+\s*(?:kroner|kr|nok))\s+(?:som\s+|that\s+)?(?:jeg|je|eg|ae|i)\s+(?:{NOT}|dont|do\s+not)\s+(?:har|have)(?!\s+(?:lyst|lust|tid|behov|time|fat|fatt|betalt)\b)"
        # round 73 (batch 111): "det koster mer enn æ har igjen på kontoen" (not more than one has time or wish for)
        r"|(?:koster|kostar|costs|cost)\s+(?:mer|meir|more)\s+(?:enn|en|than)\s+(?:jeg|je|eg|ae|i|vi|me|we)\s+(?:har|hev|have)(?!\s+(?:lyst|tid|behov|time|need)\b))\b",
        # round 74 (batches 112-113): the medicine run out or lasting a day, the pharmacy wants money and one has none ("medisin for sukker slutt i går.
        # apotek vil ha penger, jeg har ikke", "insulin bare til i morgen. apotek si 900 kr. jeg ikke har pere"); not a frikort or a refund, nor
        # "har ikke fått / hentet" something
        # round 84 (batch 132): "Insulinen er tom og apoteket i Lakselv vil ha betalt, og kontoen står på null", "insulinet er nesten tomt og apoteket sier det er ikke
        # dekket, para yok" (Turkish: no money), "astmamedisin til gual er slutt og apoteket vil ha penger, jeg har ingen genzeb" (a medicine named in a compound;
        # Tigrinya "genzeb", money); the same guards: not a frikort or a refund
        rf"^(?=.*\s(?:{PILLS}|\w+medisin\w*|\w+tablet\w*))(?=.*\s(?:apotek\w*|pharmacy|chemist)\b)(?!.*\s(?:frikort\w*|refusjon\w*|refund\w*)\b)"
        # round 83 (batch 130): "medisinen min er tom. apoteke vil ha penger. har ikke. trenger den idag" (the subject left out: "penger. har ikke"; the same guards,
        # and not "har ikke kommet")
        # round 85 (batch 135): "insulinen til jenta er nesten tom og apoteket vil ha penger. har ingenting før den 20" ("har ingenting", not "... å" or "imot" after it)
        rf".*\s(?P<hit>(?:(?:penger|penga|pengar|kr|kroner|money|pere|para|peng)\s+(?:og\s+)?(?:(?:jeg|je|eg|ae|i)\s+)?(?:har\s+{NOT}|{NOT}\s+har|have\s+not|dont\s+have|(?:har|have)\s+(?:ingenting|nothing)(?!\s+(?:a|imot|mot|to|against)\b))"
        rf"|(?:jeg|je|eg|ae|i)\s+(?:har\s+{NOT}|{NOT}\s+har|have\s+no|dont\s+have)\s+(?:\w+\s+)?(?:penger|penga|pengar|pere|para|peng|money|cash|genzeb|genzab))\b"
        r"(?!\s+(?:fatt|fat|fikk|fekk|resept\w*|tid|betalt|sendt|hentet|henta|sjekket|sjekka|glemt|kommet|komet|kome|komme|kom)\b)"
        r"|(?:kontoen|konto|konton)\s+(?:min\s+)?(?:star|er|e|viser|is)\s+(?:pa\s+)?(?:null|nul|0|zero)\b(?!\s+(?:for|of|pa|poeng|points|bonus\w*)\b)|para\s+yok\b"
        r"(?!\s+(?:fatt|fat|fikk|fekk|resept\w*|tid|betalt|sendt|hentet|henta|sjekket|sjekka|glemt|kommet|komet|kome|komme|kom)\b))",

        unless=_MANAGING,
    ),
    _sign(
        "kan ikke betale husleie eller strøm",
        # round 90 (batch 153): "tom for ved og ovnen e kald ... røran begynne å fryse" (out of firewood or fuel, with the cold told; not more on its way or bought:
        # "tom for ved, ny kjem i morgon")
        _unless_any(r"bestilt\w*|bestil\w*|levert\w*|leverer|leveres|hent\w*|kjop\w*|reparat\w*|reparer\w*|kjem|kommer|komer|pa\s+vei|pa\s+veg|" + _AT_THE_CABIN)
        # round 92 (batch 160): "No wood, no oil and the pipes are frozen ... minus 10" (two lacks of fuel or heat named one after the other; the same guards; found on
        # review: not at the cabin, for both, "ingen ved og ingen strøm på hytta i helga, det var kaldt")
        + r"(?=.*\s(?:kald|kaldt|kalt|iskald\w*|fryse\w*|fryser|frys|frosen|minus|cold|freezing)\b).*\s(?P<hit>(?:tom|tomt|slut)\s+(?:for|pa|av)\s+(?:ved|veden|pellets|fyringsolje|olje|parafin|firewood|wood|fuel|heating\s+oil)"
        r"|(?:no|ingen)\s+(?:ved|firewood|wood|oil|olje|fuel|parafin|pellets)\s+(?:(?:and|og)\s+)?(?:no|ingen)\s+(?:ved|firewood|wood|oil|olje|fuel|parafin|pellets|heat|heating|varme|power|electricity|strom|straum))\b",
        # round 90 (batch 154): "straumen blei stengt i går fordi regninga ikkje va betalt" (the power cut off, the noun first, with a bill or payment named; the same guards as
        # the verb first: not a storm, repairs or the bill once paid)
        r"^(?=.*\s(?:strommen|straumen|power|electricity)\s)"  # the rare words first: the check is cheaper so
        rf"{_NOT_A_STORM_OR_A_REPAIR}{_NOT_ONCE_PAID}(?=.*\s(?:regning\w*|rekning\w*|betal\w*|unpaid|bill|skyld\w*)\b)"
        r".*\s(?P<hit>(?:strommen|straumen|the\s+power|power|electricity)\s+(?:ble|blei|vart|er|e|har\s+blitt|har\s+vorte|was|got|has\s+ben)\s+(?:stengt|stengd|kuttet|kutta|avstengt|cut\s+off|shut\s+off|disconnected))\b",
        # round 88 (batch 145): "ovnen e kald og veden e slutt" (the stove or the house cold and the firewood gone; not with more on its way or bought: "veden e slutt, men
        # ny kjem i morgon"; found on review: "men eg har ikkje råd" and "har ikke kjøpt ny" still fire, so only more wood on its way or got guards it)
        _MORE_WOOD_ON_ITS_WAY + r"(?=.*\s(?:ovnen|ovnane|ovnene|peisen|huset|stua|leiligheten)\s+(?:er|e|is)\s+(?:\w+\s+)?(?:kald|kaldt|iskald|iskaldt|cold)\b"
        # round 89 (batch 149): "ovnen ødelagt og ved er slutt" (the stove broken, the verb left out, and "ved" without the article; not a repair on its way: "ovnen
        # ødelagt og ved er slutt, reparatøren kjem i morgon" is guarded above)
        # round 91 (batch 157): "varmepumpe ødelagt og ingen ved. leilighet kald som ute. baby 4 måned" (a heat pump too, and "no wood"; the same guards: not a repair on its way)
        r"|.*\s(?:ovnen|ovnane|ovnene|peisen|vedovnen|varmepumpe\w*|varmepumpa)\s+(?:(?:er|e|is)\s+)?(?:odelagt|odelagd|broken|dod|daud)\b"
        # round 92 (batch 161): "veden e slutt og vedovnen e det einaste æ har av varme ... det e 8 grader inne nu" (the cold indoors told as a number; the same guards)
        rf"|(?=.*\s{_COLD_INDOORS}\b)(?!.*\s(?:{_AT_THE_CABIN})\b))(?!.*\s(?:repar\w*|fiks\w*|elektriker\w*|montor\w*)\b)"
        r".*\s(?P<hit>(?:veden|ved|vedbua|fyringsveden|brenselet|firewood|the\s+wood)\s+(?:er|e|is)\s+(?:heilt\s+|helt\s+)?(?:slutt|tom|brukt\s+opp|gone|finished)|(?:ingen|no)\s+(?:ved|firewood|wood))\b",
        # round 91 (batches 156 and 159): "nå er vedboden tom og det er 18 kuldegrader" (the verb before), "Vedboua er tom, og det er meldt 30 minus fra tirsdag" (the woodshed empty, with the
        # frost or the cold told; not more wood on its way, the shared guard, other heating, a clear-out or spring: "vedboden er tom, men vi har panelovner")
        _MORE_WOOD_ON_ITS_WAY + _unless_any(r"panelovn\w*|fjernvarme\w*|oljefyr\w*|varmekabl\w*|rydd\w*|vask\w*|var|varen|sommer\w*|sommar\w*"
                                            r"|(?<!ikke\s)(?<!ikkje\s)(?<!itj\s)(?:fatt|fikk|fekk|got)\s+(?:ny|nytt|meir|mer|more)\s+(?:ved|wood)|(?:skal|ska|will)\s+(?:fylle|fylla|fill)")
        + r"(?=.*\s(?:kald|kaldt|kalt|iskald\w*|fryse\w*|fryser|frys|frosen|minus|kuldegrader|kuldegrad|frost\w*|cold|freezing)\b)"
        r".*\s(?P<hit>(?:vedboden|vedbua|vedboua|vedbu|vedskjulet|vedskjul|vedskuret|vedkassa|vedkassen|vedlageret|vedstabelen|the\s+woodshed|woodshed)\s+(?:(?:er|e|is)\s+)?(?:heilt\s+|helt\s+|completely\s+)?(?:tom|tomt|tomd|empty))\b",
        # round 62 (batch 88): Scots "powers been cut aff" with the frost told (not a storm, an outage, repairs or the power back on);
        # round 65 (batch 95): "straumen is cut" in broken English
        r"^(?=.*\s(?:minus|frezing|frozen|cold|cauld|heat|heating)\b)(?!.*\s(?:storm\w*|wind|outage|repair\w*|back\s+on|uvaer\w*)\b).*\s(?:(?:power|powers|electricity|electric|lecky|lecy)\s+(?:\w+\s+){0,2}(?:cut|shut|turned)\s+(?:of|af)|(?:stromen|strommen|straumen|strom|straum)\s+(?:is|was|has\s+ben|er|e)\s+cut)\b",
        r" (?:(?:far|klarer|kan|greier|klarar)\s+(?:ike|ikje|itj)|cant)\s+(?:a\s+)?(?:betalt|betale|betala|pay)\s+(?:hus)?(?:leie|leia|leiga|husleia|husleie|husleiga|rent|stromen|strom|regningene)",
        r" (?:ike|ikje|no)\s+(?:rad|rab)\s+(?:til|te|pa|for)\s+(?:hus)?(?:leie|leia|husleie|husleia|strom|stromen|medisin\w*|rent)",
        # round 73: not a storm, an outage or a repair ("... pga stormen, kaldt her"), and at a cabin as `_NOT_OFF_AT_THE_CABIN` says
        # round 93 (batch 165): "strømmen bi stengt i dag pga regninga" (Trøndersk "bi" for "ble"); round 93 (ordinary batch 160): not a bridge, a road or a ferry at
        # Straumen, a place ("brua på straumen e stengt pga ulykke")
        _NOT_A_STORM_OR_A_REPAIR + _NOT_OFF_AT_THE_CABIN
        + _unless_any(r"(?:brua|bruen|broa|broen|bru|veien|vegen|tunnelen|ferja|ferga|ferjen|kaia|krysset)\s+(?:pa|ved|over|til|mot|pa\s+veg\s+til)\s+(?:strommen|straumen)")
        + r".*?\s(?P<hit>(?:stromen|strommen|strom|straumen|straum)\s+(?:blir\s+|bli\s+|bi\s+|vert\s+|vart\s+|ble\s+|har\s+blit\s+|er\s+|e\s+|aer\s+)?(?:stengt|stengd|avstaengd|avstengt|kuta|kutet|kuttet|stenges|kopla\s+ut|koblet\s+ut|kobla\s+ut|koblet\s+fra|kobla\s+fra|kopla\s+fra|slat\s+av|skrudd\s+av))\b(?!\s+(?:i\s+(?:to|tre|\d+)\s+(?:timer|minut\w*)|mens|for\s+vedlikehold))",
        rf"{_NOT_A_STORM_OR_A_REPAIR}{_NOT_ONCE_PAID}.*?\s(?P<hit>(?:stenger|stengjer|kuter|stengte|stengde|stengt|kutet|kuta|kobla\s+ut|koblet\s+ut|kopla\s+ut)\s+(?:de\s+|dei\s+|dem\s+|han\s+|selskapet\s+)?(?:stromen|straumen))",
        # round 87 (batch 142): "fikk melding fra strømselskapet om at de stenger i morgen kl 12. har ei baby på 3 mnd og ingen ved" (the power company that closes on a
        # day, with a baby, children or no firewood; the same guards: not a storm, a repair or a bill once paid)
        _NOT_A_STORM_OR_A_REPAIR + _NOT_ONCE_PAID + r"(?=.*\s(?:baby\w*|babyen|barn\w*|unge\w*|ungan|ingen\s+ved|ikke\s+ved|ikje\s+ved)\b)"
        r".*\s(?P<hit>(?:stromselskapet|straumselskapet|nettselskapet|everket|e\s+verket|elverket)\b(?:\s+\w+){0,4}?\s+(?:de|dei|dem|dom|they)\s+(?:stenger|stengjer|kuter|kutter|skrur\s+av)\s+(?:\w+\s+)?(?:i\s+morgen|imorgen|i\s+morgon|i\s+dag|idag|pa\s+\w+dag|\w+dag))\b",
        r" (?:de|dei|dem|daem|dom|selskapet|they)\s+(?:har\s+)?(?:skrudd|skrudde|skrur|slatt|slat)\s+av\s+(?:stromen|straumen)\b(?!\s+(?:i\s+(?:opgangen|blokka|bygget|nabolaget|to|tre|\d+)|for\s+(?:a|vedlikehold)|mens)\b)",  # round 25
        r" (?:strom|stromen|straum|straumen)\s+(?:de|dei|dem|han)\s+(?:stengt|stengte|kutet|kuta|slat\s+av|skrudd\s+av)\b",  # round 26
        # round 14: "strøm borte i leilighet, kaldt, baby"
        r" (?:stromen|strommen|strom|straumen|straum)\s+(?:er\s+|e\s+)?borte\b.*\s(?:kaldt|kald|kalt|frys\w*|baby\w*|ungene|barna|borna|ungane|hjelp|help|minus\s+\d+|jenter|jentene)\b",  # "minus 18", the girls round 51
        r" (?:ikke|ikkje|itj)\s+(?:hatt|hat)\s+(?:strom|straum|varme)\s+(?:pa|i)\s+(?:to|tre|fire|\d+|flere|fleire)\s+(?:dager|dagar|dogn|uker)\b",
        # round 72 (ordinary batch 105): not at the cabin, a shieling or a campsite ("er på hytta uten strøm og dekning og vil ha fred")
        _unless_any(_AT_THE_CABIN) + r".*?\s(?P<hit>(?:uten|utan|without)\s+(?:strom|power|electricity))\b",
        r" (?:cut|cuts|disconected)\s+(?:the\s+|my\s+|our\s+)?(?:electricity|power|heating|(?:light|lights)\s+and\s+(?:the\s+)?(?:heating|heat|power|electricity))\b|(?:i|we)\s+have\s+no\s+(?:heat|heating|power|electricity)\b",  # round 35; round 74 (batch 113): "they cut the light and heating" (the light with the heating or the power)
        r" (?:ikke|ikkje|itj)\s+(?:hatt|hat)\s+(?:strom|straum|varme)\s+(?:siden|sidan|sia|since)\b",  # round 21
        # round 87 (batch 143): "oljefyren gikk tom for ei uke siden" (gone empty; not with the refill on its way: "gikk tom, men fyllinga kommer i morgen")
        r"^(?!.*\s(?:fylt|fylte|fyldt|fyling\w*\s+(?:kommer|komer|kjem)|levert|leveres|bestilt)\b).*\s(?:oljefyren|oljetanken|fyringsolja|fyringsoljen|parafinen|parafintanken)\s+(?:er\s+|e\s+|gikk\s+|gjekk\s+|har\s+gatt\s+)?(?:tom|slut|gat\s+tom)\b",  # round 22
        r" (?:iskaldt|iskald|isende\s+kaldt)\s+(?:inne\s+)?(?:i|pa)\s+(?:huset|leiligheten|leiligheta|leilegheita|hybelen|rommet|stua)\b",
        r" (?:ingen|ikke|ikkje|itj|no)\s+(?:varme|straum|strom|heating|heat)\s+(?:i|pa|in)\s+(?:leiligheten|leiligheta|leilegheita|huset|hybelen|rommet|the\s+flat|the\s+apartment)\b",  # round 21
        r" (?:har|ha)\s+(?:ike|ikje|itj|ingen)\s+strom\b(?!\s+(?:\w+\s+){0,3}(?:pa|i)\s+(?:mobilen|mobil|telefonen|telefon|tlf))",
        rf"{_NOT_A_STORM_OR_A_REPAIR}.*?\s(?P<hit>(?:power|electricity|heating)\s+(?:got|was|has\s+ben|have\s+ben)\s+(?:cut|turned\s+of|shut\s+of|disconected)\b)",
        rf"{_NOT_A_STORM_OR_A_REPAIR}.*?\s(?P<hit>(?:no\s+(?:electricity|power|heating)\b|(?:power|electricity|heating)\s+(?:was\s+|is\s+|has\s+ben\s+)?(?:cut\s+of|of|turned\s+of)\b))",
        # round 39: no power and no heat
        r" (?:ingen|ikje|ike|uten|utan|no)\s+(?:strom|varme|power|heat|heating)\s+(?:og|and)\s+(?:ingen\s+|ikje\s+|ike\s+|no\s+)?(?:strom|varme|power|heat|heating)\b",
        # round 41 (batch 50): "Power company shut us off this morning" ("cut us off" is left to the model,
        # which has it in its training data: as a feature of that line it would change the model)
        r" (?:power|electricity|strom)\s+(?:company|companies|selskapet)\s+(?:shut|turned|switched)\s+(?:us|me|it|our\s+power|the\s+power)\s+of\b|shut\s+of\s+(?:our|my|the)\s+(?:power|electricity|heating)\b",
        rf"{_NOT_A_STORM_OR_A_REPAIR}.*?\s(?P<hit>(?:powers|power|electricity)\s+(?:has\s+|is\s+)?(?:been\s+)?(?:cut|shut)\s+(?:off|of)\b)",  # round 45
        r" (?:stenge|stengje)\s+(?:av\s+)?(?:strommen|strom|straumen|straum)\s+(?:i\s+morgen|i\s+dag|pa\s+\w+dag|kl)\b",  # round 45
        # round 46 (batches 56-57): the power cut off, said with a frost, an illness or an unpaid bill ("Strømmen på Skåtøy er stengt
        # ... minus femten grader, og jeg har hjertesvikt", "the power company cut us off this morning, it's minus 8"; "er av" round 58;
        # not "my baby is cold": "cut us off" with only that is the model's, in its training data); round 60 (batches 84-85): Tagalog "naputol na
        # ang kuryente", and "strømmen i leiligheten min ble stengt" (four words between)
        # (at a cabin as `_NOT_OFF_AT_THE_CABIN` says, after round 76: "strømmen er kuttet på hytta, minus 12, vi reiser hjem i kveld")
        _NOT_OFF_AT_THE_CABIN + r"(?=.*(?:\sminus\s+\w+|\d\s+minus|kuldegrader|\sbelow\s+(?:zero|freezing)|freezing|hjertesvikt|oksygen\w*|oxygen|ubetalt\w*|unpaid)\b).*\s(?:(?:naputol|pinutol|putol)\s+(?:na\s+)?(?:po\s+)?(?:ang\s+)?(?:kuryente|koryente)|(?:strommen|strom|straumen|straum|power|electricity)\s+(?:\w+\s+){0,4}(?:stengt|stengd|avstengt|kuttet|kutta|(?:er|e)\s+av|(?:cut|shut)\s+(?:us\s+|me\s+|it\s+)?off|disconnected))\b(?!\s+(?:i\s+(?:to|tre|\d+)\s+(?:timer|minutt\w*)|mens|for\s+vedlikehold|for\s+maintenance|for\s+(?:a\s+few|two|\d+)\s+(?:hours|minutes)))",
        # round 47 (batch 59): notice of the power being cut off ("varsel fra strømselskapet om stenging pga restanse"), with a frost
        # (not a planned outage or maintenance)
        r"^(?=.*\s(?:stenging|stengning|avstenging|avstengning|frakobling|disconnection|cut\s+off|shut\s+off)\b)(?=.*(?:\sminus\s+\w+|\d\s+minus|kuldegrader|\sfrost\w*|\sbelow\s+(?:zero|freezing)|freezing)\b)(?=.*\s(?:strom\w*|straum\w*|power|electricity)\b)(?!.*\s(?:planlagt\w*|vedlikehold\w*|maintenance|planned)\b).*\s(?:stenging|stengning|avstenging|avstengning|frakobling|disconnection|cut\s+off|shut\s+off)\b",
        # round 52 (batch 69): the power company cut us off, with the children cold or nothing to cook on ("kids are cold and i cant cook";
        # not an outage of an hour or for maintenance; "cut us off" with only "my baby is cold" stays the model's, as in round 46)
        r"^(?=.*\s(?:(?:kids|children|the\s+girls|the\s+boys|ungene|barna|ungane|borna)\s+(?:are|r|er|e)\s+(?:so\s+|very\s+|realy\s+|sa\s+)?(?:cold|freezing|kalde|frys\w*)"
        r"|(?:cant|canot|can\s+not|cannot|kan\s+ikke|kan\s+ikje|kan\s+itj)\s+(?:cok|lage\s+mat|laga\s+mat|make\s+(?:food|dinner)|heat))\b)"
        r"(?!.*\s(?:maintenance|vedlikehold\w*|planned|planlagt\w*|for\s+(?:an|one|two|a\s+few|\d+)\s+(?:hour|hours|minutes))\b)"
        r".*\s(?:power|electricity|strom)\s+(?:company|companies|selskapet)\s+(?:cut|shut|turned|switched)\s+(?:us|me|it|our\s+power|the\s+power)\s+of\b",
        # round 55 (batch 74): "de power company cut off de lights dis mornin" (the lights, the power or the current named after "off"; not
        # maintenance, a planned outage or one of hours)
        r"^(?!.*\s(?:maintenance|planned|vedlikehold\w*|planlagt\w*|for\s+(?:an|one|two|a\s+few|\d+)\s+(?:hour|hours|minutes))\b).*\s(?:power|electricity|electric|light|current)\s+"
        r"(?:company|companies|board|man|people)\s+(?:have\s+|has\s+|done\s+)?(?:cut|shut|turn\w*|switch\w*)\s+(?:off\s+)?(?:de|di|the|my|me|our|we)\s+(?:lights|light|power|electric\w*|current)\b",
        # round 61 (batches 86-87): the power to be cut "hvis ikke betale" with the cold, a child or help asked for (not once paid)
        r"^(?=.*\s(?:kald\w*|kaldt|frys\w*|minus|frost\w*|baby\w*|barn\w*|ungen\w*|ungane|ungene|cold|freezing|hjelp|help)\b)(?!.*\s(?:har\s+betalt|betalte|paid|betalt\s+na)\b)"
        r".*\s(?:steng\w*|kut\w*|cut\s+of\w*|skru\w*\s+av)\s+(?:av\s+)?(?:strom\w*|straum\w*|power|electricity)\b(?:\s+\w+){0,4}?\s+(?:hvis|om|viss|dersom|if|unless)\s+(?:jeg\s+|eg\s+|i\s+|vi\s+|du\s+)?(?:ike|ikje|itj|ite|not|dont|do\s+not)\s+(?:betale|betaler|betal|pay|pays|paid)\b",
        # round 72 (batch 108): "strømmen e kudd", sitting in the dark and the cold (dialect "kutt", "kudd"; not a storm, an outage, a repair or a bill paid);
        # round 73 (batch 111): "elektrisitet er slått av i leilighet, minus 20" (switched or shut off; at a cabin, a shieling or a campsite as
        # `_NOT_OFF_AT_THE_CABIN` says, round 74)
        rf"{_NOT_A_STORM_OR_A_REPAIR}{_NOT_ONCE_PAID}{_NOT_OFF_AT_THE_CABIN}(?=.*\s(?:kaldt|kald|kalt|fryser|frys|frosen|iskaldt|minus|morket|morke|morkt)\b)"
        r".*?\s(?P<hit>(?:stromen|strom|straumen|straum|elektrisitet\w*|electricity|power)\s+(?:er\s+|e\s+|vart\s+|ble\s+|blei\s+|has\s+been\s+|was\s+|is\s+)?"
        r"(?:kutt|kudd|kutta|kuttet|kutte|(?:slatt|skrudd|stengt|stengd|kobla|koblet|frakobla|frakoblet)\s+av|(?:cut|switched|turned|shut)\s+off))\b(?!\s+(?:i\s+(?:to|tre|\d+)\s+(?:timer|minut\w*)|mens|for\s+vedlikehold))",
        # round 85 (batch 135): "strømmen gikk i går pga ubetalt regning" (the power gone because of an unpaid bill or because one has not paid; the same guards: not a
        # storm, an outage or a repair, nor a bill paid since, nor at a cabin as `_NOT_OFF_AT_THE_CABIN` says)
        _NOT_A_STORM_OR_A_REPAIR + _NOT_ONCE_PAID + _NOT_OFF_AT_THE_CABIN
        + r".*?\s(?P<hit>(?:stromen|strommen|strom|straumen|straum|power|electricity)\s+(?:\w+\s+){0,3}?(?:gikk|gjekk|forsvant|forsvann|(?:er|e|ble|blei|vart)\s+borte|went|is\s+gone|was\s+cut|went\s+off)\s+(?:\w+\s+){0,3}?"
        r"(?:(?:pga|pa\s+grunn\s+av|grunnet|because\s+of|due\s+to)\s+(?:en\s+|ei\s+|the\s+|an\s+|a\s+)?(?:ubetalt\w*|unpaid|manglende\s+betaling|restanse\w*)"
        r"|(?:fordi|because)\s+(?:jeg|je|eg|ae|vi|me|i|we)\s+(?:ikke|ikkje|itj|didnt|did\s+not|havent|have\s+not)\s+(?:har\s+)?(?:betalt|betala|paid|pay)))\b",
    ),
]

# The lensmann who writes a certificate, a gun licence or keeps lost property is no eviction (round 50: "har levert attesten
# frå lensmannen og cv-en til vektarselskapet").
_NOT_A_CERTIFICATE = _unless_any(r"attest|attesten|attester|attestar|attestane|attestene|politiattest\w*|vandelsattest\w*|lensmannsattest\w*"
                                 r"|vapenkort\w*|hittegods\w*")

# Put out of a course, a class, a meeting or a team, not out of one's home (round 43; round 67 with the doubled letters as
# `normalise` leaves them: "meting", "clas")
# round 83 (lead's look-alike after round 82): out by a day named, but with a place to go named ("utleier sa jeg må være ute innen fredag, flytter til
# kjæresten"): a move, not an eviction into nothing (shared by the two "må være ute innen fredag" patterns)
_WITH_A_PLACE_TO_GO = _unless_any(r"(?:flytter|flyttar|skal\s+flytte|moving|move)\s+(?:inn\s+)?(?:til|te|hos|in\s+with|to|into|sammen|saman)"
                                  r"|(?:skal|ska|kan|far)\s+bo\s+(?:hos|med|sammen|saman)|(?:har\s+)?(?:fat|fatt|fikk|fekk|got)\s+(?:ny|nytt|en\s+ny|ei\s+ny|a\s+new)\s+(?:leilighet\w*|bolig\w*|hybel\w*|sted|stad|flat|place)")
# round 89 (batches 148 and 151): no other place to go ("har ingen annan stad å flytte", "eg har ingen annan plass og ikkje pengar til hybel"), shared by the campsite
# and the barrack patterns
# round 90 (batch 155): the plural too ("har ingen andre plassar")
# round 16: a place for the night at a hotel, on a trip, a visit, a course, a festival or the cabin is no need of a place to stay (shared by the round 16 and 91
# patterns: "et sted vi kan sove i natt når vi kommer til Bergen, hotellet er fullt", "kan vi få sove et annet sted i natt når vi er på kurs")
_NOT_A_STAY_AWAY = _unless_any(r"hotel\w*|airbnb|ferie\w*|holiday|tur|turen|trip|besok\w*|visit\w*|gjest\w*|guest\w*|kurs\w*|festival\w*|hyt\w*|camping\w*")
_NO_OTHER_PLACE = r"(?:ingen|ikke\s+noen|ikkje\s+nokon)\s+(?:annen|annan|anna|annet|other|andre)\s+(?:stad|sted|plass|plassen|place|bolig|bustad|plasser|plassar|steder|stader|places)"
# round 91 (batch 159): "brakka må tømmes te søndag. Har ikkje nån plass å flytte" (no place at all, "nån", without "other"; only beside a home to be emptied by a day, the
# round 90 eviction pattern: in `_NO_OTHER_PLACE` itself it would give the round 89 homeless pattern a training line, "namsmannen kjæm på onsdag og æ har itj nån plass å flytt te",
# whose features must stay as they are)
_NO_PLACE_AT_ALL = r"(?:ikke|ikkje|itj)\s+(?:noen|nokon|nan|non|nakka)\s+(?:plass|sted|stad)"
# round 92 (batch 160): the round 89 ending of "no place to move" made a constant: as the last words or before a conjunction, a plea or a question, so that no thing or
# animal follows ("har ingen annan stad å flytte bilen", "... hesten"; shared by the round 89 campsite and the round 92 house-sold patterns)
_ONLY_ONESELF_TO_MOVE = (r"(?:\s+(?:til|te|to|hen))?"
                         r"(?:\s*$|\s+(?:og|men|and|but|sa|so|no|na|nu|now|hjelp|help|ka|kva|hva|kor|hvor|what|where|fra|etter|after|when|nar)\b)")
_NOT_OUT_OF_A_GROUP = r"\b(?!\s+of\s+(?:the\s+|my\s+|a\s+)?(?:course|clas\w*|group|chat|meting|program\w*|team|lesons?|game|match|schol|school|work|job|shop|store|bar|pub|club))"


EVICTION = [
    _sign(
        "kastes ut av boligen",
        # round 91 (batch 159): "ungdomsboligen e sagt opp og æ må ut i dag før kl 15 ... ka gjør æ i natt" (the home given notice, out today, and the night or sleep named; not
        # with a place to go, the shared guard, nor a new flat got: "leiligheten er sagt opp, må ut i dag, men vi har ny leilighet og sover der i natt")
        _WITH_A_PLACE_TO_GO + _unless_any(r"ny\s+(?:leilighet\w*|bolig\w*|bustad\w*|hybel\w*|plass)|nytt\s+(?:hus|rom|sted|stad)|new\s+(?:flat|place|apartment)"
                                          r"|(?:sover|sove|sova|sov|bor|bo|bu|stay\w*|sleep\w*)\s+(?:hos|with|at)")
        + r"(?=.*\s(?:\w*boligen|\w*bustaden|leiligheten|leilegheita|leiligheta|hybelen|rommet|kontrakten|leiekontrakt\w*|husleiekontrakt\w*|brakka|brakken)\s+(?:\w+\s+)?(?:er|e|ble|blei|vart|har\s+blitt)\s+(?:sagt\s+opp|oppsagt|terminated))"
        r"(?=.*\s(?:i\s+natt|i\s+nat|tonight|sove|sova|sleep)\b)"
        r".*\s(?P<hit>(?:ma|mo|must|have\s+to)\s+(?:flytte\s+|flytta\s+|komme\s+meg\s+|kome\s+meg\s+)?ut\s+(?:i\s+dag|idag|today|i\s+kveld|innen\s+kl\w*|for\s+kl\w*))\b",
        # round 92 (batch 160): "Huseieren på Lovund har solgt huset jeg leier, og de nye eierne kommer på lørdag ... jeg har ingen steder å flytte" (the rented home sold by
        # the landlord, and no place to move to; the shared ending, so that no thing follows: "har ingen steder å flytte båten"; not with a place to go, the shared guard)
        r"^(?=.*\s(?:solgt|selt|sold)\s)"  # the rare words first: the check is cheaper so
        + _WITH_A_PLACE_TO_GO + r"(?=.*\s(?:huseier\w*|huseigar\w*|utleier\w*|utleiar\w*|utleigar\w*|landlord)\s+(?:\w+\s+){0,3}?(?:har\s+|hev\s+|has\s+)?(?:solgt|selt|sold)\s+"
        r"(?:\w+\s+)?(?:huset|leiligheten|leilegheita|leiligheta|boligen|bustaden|hybelen|the\s+house|the\s+flat)\b)"
        rf".*\s(?P<hit>(?:ingen|ikke\s+noen|ikkje\s+nokon|no)\s+(?:\w+\s+)?(?:sted|steder|stad|stader|plass|plasser|plassar|place|places)\s+(?:a|til\s+a|te\s+a|to)\s+(?:flytte|flytta|flytt|move|bo|bu|live))\b{_ONLY_ONESELF_TO_MOVE}",
        # round 90 (batch 155): "sitt i bilen utafor huset m alt æ eig. dem har bytta låsen i dag" (they or the landlord changed the lock; not with a new key, a burglary or
        # a lost key, nor the lock of a storage room or a shed: "utleier har byttet låsen, fikk ny nøkkel i dag", "dei har bytta låsen på bua")
        _unless_any(r"nokkel\w*|nokl\w*|key\w*|innbrudd\w*|innbrot\w*|stjal\w*|mista|mistet|tyv\w*|burglar\w*|kodelas\w*|smartlas\w*|ny|nye|nytt")
        + r".*\s(?P<hit>(?:dem|de|dei|han|ho|hun|utleier\w*|utleigar\w*|huseier\w*|huseigar\w*|they|landlord)\s+(?:har\s+)?(?:bytta|byttet|skifta|skiftet|endra|endret|changed)\s+(?:the\s+)?(?:lasen|lasane|lasene|lasa|lock|locks))\b"
        r"(?!\s+(?:pa|on|til|te|to|for)\s+(?!(?:doren|dora|doa|ytterdor\w*|inngang\w*|hus\w*|leilighet\w*|leilegheit\w*|hybel\w*|the\s+(?:door|front\s+door|flat|house|apartment))\b))",
        # round 89 (batch 150): "vi må ut av firmaleiligheten på mandag" (a company flat, a staff house or a service flat, which goes with the job; not with a place to go:
        # "vi må ut av firmaleiligheten på mandag, flytter inn hos svigermor"; found on review: only with a near day, not "når sesongen er slutt i april")
        _WITH_A_PLACE_TO_GO + r"(?=.*\s(?:\w+dag|\w+dagen|i\s+morgen|i\s+morgon|imorgen|i\s+dag|idag|i\s+kveld|snart|neste\s+uke|neste\s+veke|denne\s+uka|denne\s+veka|tomorrow|today)\b)"
        r".*\s(?P<hit>(?:ma|mo|skal)\s+ut\s+av\s+(?:firma|personal|tjeneste)(?:leiligheten|leiligheta|leilegheita|boligen|bustaden|huset|hybelen))\b",
        # round 89 (batch 151): "sjefen seier brakka skal vera tom til søndag. eg har ingen annan plass" (the barrack, the flat or the room to be emptied by a day, with
        # no other place named; not with a place to go: "brakka skal vera tom til søndag, eg flyttar til ein hybel i byen, har ingen annan plass å lagra tinga")
        _WITH_A_PLACE_TO_GO + rf"(?=.*\s(?:{_NO_OTHER_PLACE}|{_NO_PLACE_AT_ALL})\b)(?!.*\s(?:lagre|lagra|lagring|sette|setja|parkere|parkera)\b)"
        rf".*\s(?P<hit>(?:brakka|brakken|\w*leiligheten|\w*leilegheita|\w*leiligheta|hybelen|rommet|huset|\w*boligen|\w*bustaden|campingvogna|vogna)\s+(?:(?:pa|i|ved)\s+\w+\s+)?(?:skal|ska|ma|mo|must)\s+(?:(?:{BE}|bli|verte)\s+(?:tom|tomt|tomd|rydda|ryddet|empty)|tommes|tommast|ryddes|ryddast|be\s+emptied)\s+(?:til|te|innen|by|pa|fra)\s+\w+)\b",  # round 90 (batch 155): "brakka på verftet skal tømmes innen søndag" (the place named after it, and emptied)
        # round 88 (batch 147): "huseier har satt tinga mine ut på trappa" (the landlord who put one's things out; not a move, storage or repairs: "huseier har satt tinga mine ut
        # i boden mens de maler", "satt tingene ut på trappa så flyttebilen kan hente dem")
        _unless_any(r"flytt\w*|bod|boden|boda|lager\w*|mens|while|maler|maling\w*|oppuss\w*|renover\w*|vask\w*|hente|henter")
        + r".*\s(?P<hit>(?:utleier|utleiar|huseier|huseigar|husverten|husvert|landlord)\s+(?:\w+\s+){0,2}?(?:satt|satte|kasta|kastet|bar|put|threw)\s+(?:\w+\s+)?"
        r"(?:tinga|tingene|tingane|sakene|sakane|greiene|klaerne|kleda|eiendelene|eigedelane|things|stuff)\s+(?:mine\s+|my\s+)?(?:ut|out))\b",
        # round 71 (batch 106): "i morgen vi må flytte ut, kontrakten er slutt og vi har ingen ny leilighet" (a day named, nowhere new; not when a new
        # place is got or one moves in with someone)
        r"^(?=.*\s(?:ingen|ikke\s+noen|ikkje\s+nokon|ikke\s+noe|ikkje\s+noko|ingenting|no|nowhere)\s+(?:ny\s+|nytt\s+|new\s+|anna\s+|annen\s+|annet\s+)?(?:leilighet\w*|leiligheit\w*|leilegheit\w*|bolig\w*|bustad\w*|sted|stad|plass|husvaere|hus|flat|apartment|place)\b)"
        r"(?!.*\s(?:fatt|fat|fikk|fekk|got|hos\s+(?:mamma|mor|svigermor|foreldr\w*|venner|vener|familie\w*)|flytt\w*\s+(?:inn\s+)?(?:til|hos|inn\s+hos))\b)"
        r".*\s(?:i\s+morgen|imorgen|i\s+morgon|i\s+mora|i\s+morra|imorra|tomorrow|pa\s+\w+dag|\w+dag)\s+(?:(?:vi|jeg|je|eg|ae|e|me|we|i)\s+)?(?:ma|skal|ska|must|have\s+to|need\s+to)\s+(?:(?:vi|jeg|je|eg|ae|e|me)\s+)?(?:flytte|flytta|move)\s+(?:ut|out)\b",
        # round 85 (batch 134): "brakka må tømmes søndag når kontrakten går ut, har ikke fått noe annet ... hvor skal jeg bo?? haster" (the staff barracks, a room or a
        # flat to be emptied or left on a day named, with nothing else got or "hvor skal jeg bo" asked; not with a place to go named or a new one got)
        _WITH_A_PLACE_TO_GO
        + r"(?=.*\s(?:(?:hvor|kor|kvar|where)\s+(?:skal|ska|kan|can|shal)\s+(?:jeg|je|eg|ae|e|vi|me|i|we)\s+(?:bo|bu|live|stay)"
        r"|(?:ikke|ikkje|itj|ite)\s+(?:fatt|fat|funnet|funne)\s+(?:noe|noko|no|nokon|noen)\s+(?:annet|anna|nytt|sted|stad|bolig\w*|bustad\w*))\b)"
        r".*\s(?P<hit>(?:brakka|brakken|brakkerommet|personalboligen|personalrommet|hybelen|rommet|leiligheten|leiligheta|leilegheita|boligen|bustaden|huset|husvaeret)\s+(?:ma|mo|skal|ska)\s+"
        r"(?:tommes|tommast|forlates|forlatast|fraflyttes|leveres|leverast|(?:vaere|vere)\s+tom)\s+(?:til\s+|pa\s+|innen\s+|innan\s+|for\s+)?(?:\w+dag|i\s+morgen|i\s+morgon|i\s+mora|imorgen|neste\s+\w+|den\s+\d+)"
        # round 92 (batch 161): "må ut av brakka søndag. kor ska æ bo" (out of the barracks or the staff room by a day, with "where shall I live" asked; the same guards)
        r"|(?:ma|mo|skal|ska)\s+(?:flytte\s+|flytta\s+)?ut\s+av\s+(?:brakka|brakken|brakkerommet|personalboligen|personalrommet)\s+(?:til\s+|pa\s+|innen\s+|innan\s+|for\s+)?"
        r"(?:\w+dag|i\s+morgen|i\s+morgon|i\s+mora|i\s+mara|imorgen|neste\s+\w+|den\s+\d+))\b",
        # round 83 (batch 131): Vietnamese "chu nha bytter lås i morgen" (chủ nhà, the landlord)
        r"^(?!.*\s(?:flytet|flyta|flytta|flytte|leverte\s+noklene|moved|moving)\b).*\s(?:utleier\w*|huseier\w*|huseigar\w*|husvert\w*|landlord|hyresvaerd\w*|hyresvard\w*|chu\s+nha)\s+(?:har\s+)?(?:byt\w*|skift\w*|changed)\s+(?:las|lasen|laset|lasane|lasene|the\s+lock|the\s+locks)\b(?!\s+(?:pa|til|i|on|to)\s+(?:boden|kjeleren|postkas\w*|garasjen|bilen|sykelbod\w*|the\s+shed|the\s+garage|forradet|kallaren|tvattstugan|cykelrummet|the\s+storage\w*|the\s+storeroom|the\s+store\s+room|the\s+basement|the\s+cellar|the\s+attic|the\s+loft|the\s+bike\s*\w*|the\s+mailbox|the\s+postbox|loftet|lageret|sportsbod\w*))",  # round 24; English storerooms round 48
        rf" (?:kast\w*|kaste|kasta)\s+(?:{ME}\s+|oss\s+|meg\s+og\s+\w+\s+)?ut\b(?!\s+(?:\w+\s+)?(?:ganger|gonger|gang|gong)\b|\s+i\s+(?:det|noe|noko|ting|nye\s+\w+)\b)(?!\s+(?:soplet|soppel|sopla|bosset|av\s+(?:kurset|tiltaket|programet|skolen|kvp|motet|timen|klasen|gruppa|chaten|samtalen|koen|koa|telefonkoen|systemet|ordningen|nav|linja|linjen|telefonen|bussen|toget|butikken|kontoret)))",
        # round 52 (ordinary batch 65): not a question of what the word means ("what is mean tvangsfravikelse? my friend got this word",
        # "ka tyder ...", "... betyr hva"); "fikk brev om tvangsfravikelse, må ut fredag" still fires
        r" (?<!betyr )(?<!hva er )(?<!kva er )(?<!kva betyr )(?<!ka betyr )(?<!ka tyder )(?<!kva tyder )(?<!hva betyr ordet )(?<!what is )(?<!what is mean )"
        r"(?<!what means )(?<!what does )(?<!meaning of )(?<!the word )(?:utkastelse|utkasting|utkastning|tvangsfravikelse|fravikelse)(?!\w*\s+(?:betyr|mean|means|tyder)\b)",
        rf"^(?=.*\slensmann){_NOT_A_CERTIFICATE}.* (?<!betyr )(?<!hva er )(?<!kva er )(?<!kva betyr )(?<!ka betyr )lensman\w*",  # round 50: not "attesten frå lensmannen"
        r" (?:blir|vert|ble|bli)\s+(?:satt|sett)\s+ut\s+(?:av|fra|or)\s+(?:leiligheten|leiligheta|leilegheita|boligen|bustaden|huset|hybelen|rommet)\b",
        # round 91 (ordinary batch 153): not a letter about an estate, an inheritance or a debt settlement that names the namsmann, with no moving out said ("Jeg skjønner ikke
        # brevet om gjeldsordning ... står det noe om dødsbo og namsmann"; "namsmannen kommer på tirsdag og vi må ut" still fires)
        r"^(?!(?=.*\s(?:brev\w*|letter\w*)\b)(?=.*\s(?:dodsbo\w*|arv|arven|arvet|arva|arving\w*|skifte\w*|gjeldsordning\w*)\b)(?!.*\s(?:(?:ma|mo|must)\s+(?:flytte\s+)?ut|kastes|kasta|kastet|utkast\w*)\b))"
        r".*\s(?P<hit>namsman\w*|fogd\w*)\b(?!(?:\s+\w+){0,5}\s+(?:regning\w*|gjeld\w*|inkaso\w*|lonstrek\w*|utleg\w*|nedbetal\w*|avdrag\w*|betalingsplan\w*|trek\w*|stonad\w*|lon\w*))",
        r" (?:evict\w*|(?:kicked\s+out|kick\s+me\s+out|kicked\s+me\s+out|threw\s+me\s+out|throw\w*\s+me\s+out|thrown\s+out)" + _NOT_OUT_OF_A_GROUP + r"|lose\s+my\s+(?:apartment|flat|home|house))",
        r" (?:mister|miste|mista|mistet|taper)\s+(?:leiligheten|leiligheta|leilighet|boligen|bustaden|husvaeret|huset|hybelen|rommet)\b",
        r" (?:sagt|sei|seier|sier|sa)\s+(?:meg|mae|oss)\s+opp\s+(?:fra\s+)?(?:leiligheten|leiligheta|husleiekontrakten|leiekontrakten|boligen|hybelen)",
        r" (?:utleier\w*|utleiar\w*|huseier\w*|huseigar\w*|vertinnen|verten|kommunen|boligselskapet|dei|de|han|hun|ho)\s+(?:har\s+)?(?:sagt|sei|seier|sier|sa)\s+opp\s+(?:\w+\s+)?(?:leiligheten|leiligheta|husleiekontrakten|leiekontrakten|kontrakten|boligen|hybelen)",
        # round 79 (ordinary batch 119): "mamma sier jeg skal flytte ut til sommern ass, skal bo med kompisen i Stavern" (a parent who says one is to move out, with a
        # place one is going to live named: a plan, not an eviction)
        rf"^(?!.*\s{_MOVING_OUT_FROM_HOME})"
        r".*?\s(?:ma|mo|skal)\s+(?:flyte|flytte|flyt)\s+ut\s+(?:av\s+\w+\s+)?(?:i\s+morgen|i\s+mora|imorgen|imora|fredag|i\s+dag|idag|for|innen|pa|til|nest|om)(?!\s+(?:\w+\s+){0,4}(?:nar\s+kontrakten|fordi\s+(?:jeg|eg)\s+har\s+fat|har\s+fat\s+ny))",
        r" (?:beskjed|varsel|brev|krav)\s+om\s+a\s+(?:flyte|flytte)\s+(?:ut|innen)",
        # round 80 (batch 125): "banken tek garden. må ut fredag. veit ikkje kvar e skal bu" (the bank takes the home, with having to leave or nowhere to live said)
        r" (?P<hit>(?:banken|banker|bank)\s+(?:tek|tar|tok|har\s+tatt|har\s+teke|takes|took)\s+(?:over\s+)?(?:garden|gardsbruket|huset|leiligheten|leiligheta|boligen|bustaden|heimen|hjemmet|the\s+house|the\s+farm|our\s+house|my\s+house))\b"
        r"(?=.*\s(?:ma|mo|must|have\s+to)\s+(?:flytte\s+|flyte\s+)?(?:ut|out)\b|.*\s(?:vet|veit|know)\s+(?:ike|ikje|itj|ite|not)\s+(?:hvor|kvar|kor|where)\s+(?:jeg|je|eg|e|ae|vi|me|i|we)\s+(?:skal|ska|wil)\s+(?:bo|bu|live))",
        # round 16: "fått papir om at me må ut den 14. og har ikkje funne nåke anna å bu i"
        r" (?:papir|papirer|papira|brev|beskjed|varsel)\s+om\s+at\s+(?:vi|me|jeg|eg)\s+(?:ma|mo)\s+(?:flyte\s+)?ut\b",
        # Rent unpaid and having to leave by a day: "har ikke betalt husleie og må ut på fredag".
        r" (?:ikke|ikkje|itj)\s+(?:betalt|rad\s+til)\s+(?:hus)?(?:leie|leia|leiga|husleia)\b.*\s(?:ma|mo)\s+ut\b",
        r" (?:skylder|skuldar)\s+(?:hus)?(?:leie|leia|husleia)\b.*\s(?:ma|mo)\s+ut\b",
        # round 88 (batch 145): "må ut av leilighet på mandag" (without the article)
        r" (?:ma|mo|skal)\s+ut\s+av\s+(?:leiligheten|leiligheta|leilegheita|leilighet\b|leilegheit\b|boligen|bustaden|huset|hybelen|rommet)"
        r"(?!(?:\s+\w+){0,6}\s+(?:har\s+fat\s+ny|fordi\s+(?:jeg|eg)\s+(?:har\s+fat|flyter|skal\s+flyte)))",
        r" (?:utleier|utleiar|huseier|huseigar|landlord)\s+(?:\w+\s+){0,3}(?:ut|opp|evict)",
        # round 30: "utleier say i must go out from leilighet on friday, today he put my things outside the door"
        r" (?:utleier\w*|utleiar\w*|huseier\w*|huseigar\w*|landlord)\s+(?:\w+\s+){0,3}(?:i|we|jeg|eg|vi|me)\s+(?:must|have\s+to|ma|mo)\s+(?:go\s+out|move\s+out|get\s+out|leave)\b",
        r" (?:put|puts|threw|thrown|satt|sate|setter|kastet|kasta)\s+(?:al\s+)?(?:my|our|mine|vare|tingene\s+mine|sakene\s+mine)\s*(?:things|stuf|belongings|bags|clothes)?\s+(?:outside|ut|utenfor|on\s+the\s+stret|pa\s+gata|pa\s+trapa)\b",
        # round 82 (batch 129): "utleigar sa eg må vera ute innan fredag", "husverten sa ja må være ute innen fredag" (Nynorsk "vera", "ja" for "jeg")
        _WITH_A_PLACE_TO_GO + r".*?\s(?P<hit>(?:utleier\w*|utleiar\w*|utleigar\w*|huseier\w*|huseigar\w*|husvert\w*)\s+(?:\w+\s+){0,4}(?:vi|me|jeg|je|ja|eg|ae|e)\s+(?:ma|mo)\s+(?:vaere\s+|vere\s+|vaer\s+|ver\s+|vera\s+|vaera\s+)?ute?)\b(?!\s+(?:pa|i|ved|foran)\s+(?:trap\w*|gang\w*|gat\w*|hag\w*|tun\w*|plen\w*|parkering\w*|postkas\w*|inngang\w*|ytterdor\w*)\b)",  # "husverten" round 45; Hedmark "je" round 72 (batch 109); round 82: not out on the stairs or in the yard
        r" (?:turfing|turfed|kicking|kicked|throwing|thrown|chucking|chucked)\s+(?:me|us)\s+out\b" + _NOT_OUT_OF_A_GROUP,  # round 43
        # round 48 (batch 60): Jamaican "landlord change di lock", "locked me out" (not a storeroom, a shed or the mailbox)
        r"^(?!.*\s(?:flyttet|flytta|flytte|moved|moving|shed|garage|storage|storeroom|basement|cellar|mailbox|postbox|bod|boden|kjelleren)\b).*\s(?:landlord|landlady|utleier\w*|huseier\w*|husvert\w*)\s+(?:\w+\s+)?(?:(?:change|changes|changing|has\s+changed|swapped|swap)\s+(?:di|de|the|mi|my|our)\s+(?:lock|locks|las|lasen)|locked\s+(?:me|us|mi)\s+out)\b",
        # round 67 (batch 98): the landlord says one must be out on a day named (not for painters, a repair or an inspection)
        _WITH_A_PLACE_TO_GO + r"(?!.*\s(?:paint\w*|repair\w*|renovat\w*|inspect\w*|clean\w*|maler\w*|oppus\w*|reparer\w*|new\s+(?:flat|apartment|place)|moving)\b)"
        r".*\s(?P<hit>(?:landlord|utleier\w*|huseier\w*|husvert\w*)\s+(?:say|says|said|sier|sa|told\s+me)\s+(?:that\s+|at\s+)?(?:i|we|jeg|vi|me|eg)\s+(?:must|have\s+to|ma|mo)\s+(?:be\s+out|move\s+out|get\s+out|flytte\s+ut|vaere\s+ute|ut)\s+(?:by|on|before|innen|pa|til|for)\s+(?:\w+day|\w+dag|the\s+\d+\w*))\b",

        # round 86 (batch 138): "brev om at jeg må være ute av leiligheten innen fredag" (out of the flat by a day; not with a place to go, the round 62 guard, nor cleaning or
        # painting)
        _WITH_A_PLACE_TO_GO + _unless_any(r"vask\w*|maling|male|oppussing\w*|renover\w*|rehab\w*|ferie\w*|visning\w*|takst\w*|kjopt|kjopte|bought|overtakel\w*")
        + rf".*\s(?P<hit>(?:ma|mo|skal|ska)\s+(?:{BE}|flytte|flytta|kome\s+meg|komme\s+meg)\s+(?:ute\s+av|ut\s+av|ut\s+fra)\s+(?:leiligheten|leiligheita|leilegheita|huset|boligen|bustaden|hybelen)\s+(?:innen|til|te|pa|by|before|for)\s+(?:\w+dag|\d+|neste|the)\b)",
    ),
]

# A night in a tent or outside on a trip, a hike, a holiday or a class trip is not sleeping rough (rounds 68-79: "vi sover i telt i helga på tur", "skal på
# telttur m ungene", "til toppen av Gaustatoppen ... sove i telt en natt", "sleeping in a tent by Femunden on the class trip", "sove i telt på leirskolen")
_ON_A_TRIP = _unless_any(r"tur|turen|turer|trip|hike\w*|hiking|camping\w*|ferie\w*|holiday|festival\w*|jakt\w*|fjeltur\w*|speider\w*|scout\w*|leirskole\w*|leirskule\w*"
                         r"|klassetur\w*|skoletur\w*|telttur\w*|hyttetur\w*|campingtur\w*|kanotur\w*|padletur\w*|skitur\w*|overnattingstur\w*|topptur\w*|\w*toppen"
                         # round 82 (ordinary batch 124): "jeg går på fjellet med venner lørdag og søndag, sover i telt, kommer hjem mandag kveld" (to the
                         # mountains, or coming home on a day named)
                         r"|(?:gar|drar|skal|ska|er|e)\s+(?:pa|til|te)\s+(?:fjelet|fjels|fjella)|(?:komer|kjem|kome|coming)\s+(?:hjem|heim|home)\s+(?:igjen\s+)?(?:\w+dag|i\s+morgen|i\s+morgon|\w+day|tomorrow)"
                         # round 83 (ordinary batch 126): "ska sova i telt oppå Dalsnuten i natt med kompisane" (on top of a peak named, or with one's friends)
                         r"|(?:oppa|opa|oppe\s+pa|ope\s+pa|pa\s+toppen\s+av|on\s+top\s+of)\s+\w*(?:nuten|nut|toppen|tinden|tind|hovda|kolen|aksla|varden|fjelet|heia|egga)"
                         r"|(?:med|with)\s+(?:kompisane|kompisene|kompisan|gutta|gutane|jentene|jentane|venene|venner|venane|friends|the\s+boys|the\s+girls)"
                         # round 84 (ordinary batch 128): "var på vidda og sov i telt i tre dager med flokken" (out on the vidda or the mountain in the past, or with the
                         # reindeer herd or the sheep: work)
                         r"|(?:var|va|vi\s+var|was|were)\s+(?:pa|i|on|in)\s+(?:vidda|vida|fjellet|fjelet|fjella|the\s+mountains?)"
                         r"|(?:med|with)\s+(?:flokken|reinen|reinflokken|reinsdyra|reinsdyrene|simlene|sauene|sauane|buskapen|the\s+herd|the\s+reindeer)")
HOMELESS = [
    _sign(
        "ikke noe sted å sove eller bo",
        # round 95 (batch 173): "ferja ble innstilt og æ står i øksfjord uten penger og uten plass å sove i natt" (without a place or a bed to sleep in tonight; not a trip, the
        # shared guard, nor a place to go, a hotel, the cabin or a night shift: "uten plass å sove i natt på hytta, vi e for mange"; the training line "hybelen brant i natt og vi står uten noe
        # sted å bo", with no sign, keeps its features: a place to live is not this)
        r"^(?=.*\s(?:uten|utan|without)\s)"  # the rare words first: the check is cheaper so
        + _ON_A_TRIP + _WITH_A_PLACE_TO_GO + _unless_any(r"hotel\w*|airbnb|book\w*|hytt\w*|cabin|vakt\w*|nattevakt\w*|skift\w*|shift")
        + r".*\s(?P<hit>(?:uten|utan|without)\s+(?:noe\s+|noko\s+|et\s+|eit\s+|en\s+|ein\s+|a\s+|any\s+)?(?:plass|sted|stad|place|seng|bed|soveplass|sengeplass)\s+(?:a|to)\s+"
        r"(?:sove|sova|sleep|overnatte|overnatta|stay)\s+(?:i\s+natt|i\s+nat|i\s+kveld|tonight))\b",
        # round 90 (batch 155): "står ute i lakselv, ingen seng i natt" (out in a place named, and no bed tonight; not a trip, a place to go, a bus or a lift waited for, a
        # ferry or a night shift: "står ute i lakselv og venter på bussen, ingen seng i natt før vi er heime")
        r"^(?=.*\s(?:seng|soveplass|sengeplass)\s+i\s+natt?\b)"  # the rare words first: the check is cheaper so
        + _ON_A_TRIP + _WITH_A_PLACE_TO_GO + _unless_any(r"vent\w*|buss\w*|skys\w*|hent\w*|hotel\w*|ferj\w*|hurtigrut\w*|tog\w*|fly|flyet|vakt\w*|nattevakt\w*|skift\w*|heime|hjemme")
        + r".*\s(?P<hit>(?:star|stend|sit|sitter|siter|er|e)\s+ute\s+(?:i|pa|ved)\s+\w+\s+(?:\w+\s+){0,2}?(?:ingen|ikke\s+noen|ikje\s+noka|ingi)\s+(?:seng|soveplass|sengeplass)\s+(?:i\s+natt|i\s+nat))\b",
        # round 89 (batch 148): "dei stengjer for vinteren frå måndag. har ingen annan stad å flytte" (no other place to move to; not with a place to go named, nor a
        # thing, a meeting or "enn" after it: "har ingen annan stad å flytte bilen", "har ingen annen plass å flytte til enn hjem til mor"; found on review: only as the
        # last words or before a conjunction, a plea or a question, so that no thing or animal ("hesten") follows)
        _WITH_A_PLACE_TO_GO + rf".*\s(?P<hit>{_NO_OTHER_PLACE}\s+(?:a|til\s+a|te\s+a|to)\s+(?:flytte|flytta|flyt|move|dra))\b{_ONLY_ONESELF_TO_MOVE}",
        # round 87 (batch 143): "no house from tomorrow. baby 2 month" (no house, home or flat from a day on, in broken English or Norwegian; not a house party or a viewing,
        # nor with a place to go: "no house from tomorrow, we move to my sister")
        _WITH_A_PLACE_TO_GO + r".*?\s(?P<hit>(?:no|ingen|ikke|ikje)\s+(?:house|home|flat|apartment|room|hus|leilighet|bolig|rom)\s+(?:from|fra|after|etter)\s+(?:tomorow|today|tonight|monday|friday|i\s+morgen|imorgen|i\s+dag|\w+day|\w+dag))\b",
        # round 81 (batch 127): Tagalog "wala akong matutulugan tonight" (I have nowhere to sleep), "walang matutuluyan"
        r" (?P<hit>(?:wala\s+(?:na\s+)?(?:po\s+)?(?:akong|kaming|ako|kami|kameng)\s+(?:\w+\s+)?|walang\s+)(?:matutulugan|matulugan|matutuluyan|tutuluyan|matitirhan))\b",
        # round 76 (batch 116): "trenger et sted vi kan sove" and "trenger et sted til dem i natt" (a place asked for where we can sleep, or for the children,
        # with the night named; with violence in the message this is unsafe_home; not for guests or a visit, a hotel, a trip, a course, a car or a thing)
        r"^(?=.*\s(?:i\s+nat|i\s+kveld|inat|tonight|emshab|imshab)\b)(?!.*\s(?:gjest\w*|guest\w*|besok\w*|visit\w*|hotel\w*|airbnb|ferie\w*|holiday|tur|turen|trip|kurs\w*|course|festival\w*|hyt\w*|camping\w*|bilen|sykel\w*|tingene|moblene|mote\w*|meeting|kolleg\w*|jobb\w*|work)\b)"
        r".*?\s(?P<hit>(?:trenger|treng|need|ma\s+ha)\s+(?:et|eit|ein|en|a)\s+(?:trygt\s+|tryg\s+|safe\s+)?(?:sted|stad|plas|place|jay|jaye)\s+(?:(?:til|te|for)\s+(?:dem|dei|oss|meg|mae|henne|hene|ho|ungene|ungane|ongan|barna|borna|them|us|me|her)\s+(?:(?:a|to)\s+(?:sove|sova|bo|bu|sleep|stay)|i\s+nat|i\s+kveld|inat|tonight)"
        r"|(?:vi|me|jeg|eg|ae|we|i)\s+(?:kan|can)\s+(?:sove|sova|bo|bu|overnate|sleep|stay)"
        # round 80 (batch 125): "trenger en jay å sove" (Persian "jay", a place; "emshab", tonight) and "finns de nån stad e kan sova?" (a place asked for, with the
        # night named; with violence in the message this is unsafe_home; the same guards)
        r"|(?:a|to)\s+(?:sove|sova|sleep))"
        # round 93 (batch 165): "fins det et sted æ og ungan kan sov" (oneself and the children named as who will sleep, Trøndersk "sov", and "ein"; the same
        # guards)
        r"|(?:finnes|fins|finst|er)\s+(?:det|de|d)\s+(?:noe|noko|nan|non|noen|nokon|et|eit|ein|en)\s+(?:sted|stad|plas)\s+(?:jeg|je|eg|ae|e|vi|me)(?:\s+og\s+(?:\w+\s+)?\w+)?\s+(?:kan|ka)\s+(?:sove|sova|sov|bo|bu|overnate|overnata)"
        # round 93, found on review: "har dokker en plass æ kan sove" (a place asked of NAV: "har dere", "have you"; the same guards)
        r"|(?:har|hev|have)\s+(?:dere|de|dokker|dokk|dykk|du|you)\s+(?:noe|noko|nan|non|noen|nokon|et|eit|ein|en|a|any)\s+(?:sted|stad|plas|place)\s+(?:jeg|je|eg|ae|e|vi|me|i|we)"
        r"(?:\s+og\s+(?:\w+\s+)?\w+)?\s+(?:kan|ka|can)\s+(?:sove|sova|sov|bo|bu|overnate|overnata|sleep|stay))\b",
        # round 62 (batch 88): Scots "got nowhere tae kip tonight"
        r" (?:got|have|ive|av)\s+(?:got\s+)?nowhere\s+(?:to|tae|ta)\s+(?:slep|kip|stay|crash)\s+(?:tonight|the\s+night)\b",
        # round 69 (batch 102): Spanish "no tengo donde dormir (esta noche)", "no tenemos dónde quedarnos"
        r" no\s+(?:tengo|tenemos)\s+(?:donde|adonde|un\s+lugar\s+(?:donde|para))\s+(?:dormir|quedarme|quedarnos|vivir)\b",
        # round 26: "finnes sted for meg og barn i natt", "trenger seng i natt", "benk i parken siden tirsdag"; "trenger krisebolig i natt" round 65
        r" (?:finnes|fins|er\s+det)\s+(?:et\s+|eit\s+|noe\s+|noko\s+)?(?:sted|stad|plas)\s+(?:for|til)\s+(?:meg|oss|mae)\b(?:\s+\w+){0,4}\s+(?:i\s+nat|i\s+kveld|tonight)\b",
        # round 73 (batch 111): "treng et sted for mæ og minsten i natt" (a place for oneself and the child named before the night; not for a guest,
        # a meeting, a party or the car)
        r" (?:trenger|treng|need)\s+(?:en\s+|ei\s+|a\s+|et\s+|eit\s+)?(?:seng|sengeplas\w*|bed|overnating|tak\s+over\s+hodet|krisebolig\w*|krisesenter\w*|krisehjem\w*|sted|stad|plass|place)\s+"
        r"(?:(?:for|til|te)\s+(?:meg|mae|oss|us|me)\s+(?:og\s+(?:\w+\s+){1,2}?)?)?(?:i\s+nat|i\s+kveld|tonight|for\s+i\s+nat)\b"
        r"(?!\s+(?:til|for|te|to)\s+(?:gjest\w*|besok\w*|ungen|barnet|vennen|venina|my\s+guest|a\s+guest|(?:\w+\s+)?(?:mote\w*|meeting|fest\w*|party|bilen|the\s+car)))",
        r" (?:benk|benken|benker)\s+i\s+parken\s+(?:siden|sia|sidan|since)\b",
        r" (?:loslat\w*|losla\w*|released)\s+(?:fra|from)\b.*\s(?:ingen|no)\s+(?:nokel|key|sted|stad|plas|place|bolig|leilighet\w*)\b",  # round 32
        # round 27
        r" (?:ike|ikje|itj|ite)\s+(?:har\s+)?(?:noe|noko|noen|nokon)\s+(?:sted|stad|plas)\s+(?:a\s+)?(?:sove|overnate|bo|vaere|vere)\b",
        r" (?:rom|seng|sted|stad|plas)\s+for\s+(?:natten|nata|i\s+nat)\b",
        rf"{_NOT_A_CABIN_OR_A_TRIP}.*?\s(?P<hit>(?:finnes|fins|finst|er)\s+(?:det|d|de)\s+(?:et\s+|eit\s+|ein\s+|en\s+|noe\s+|noko\s+)?(?:sted|stad|plas)\s+(?:jeg|je|eg|vi|me|i)\s+(?:kan|kain|kaein|kan\s+fa)\s+(?:vaere|vere|vera|sove|sova|bo|bu)\b)",  # "finst ... ein ... sova" round 62; "finnes d" round 68
        r" (?:hvor|kor|kvar|where)\s+(?:kan\s+|skal\s+|can\s+|do\s+|should\s+|wil\s+)?(?:jeg|eg|vi|me|i|we)\s+(?:\w+\s+){0,3}(?:sove|sova|sleep|overnate|bo)\s+(?:(?:i\s+nat|denne\s+nat|denne\s+nata|tonight|i\s+kveld)\b"
        r"|(?:\w+\s+)?(?:i\s+have|i\s+got|ive\s+got|har\s+(?:jeg|eg))\s+(?:no|ingen)\s+(?:place|plas|sted|stad)\b(?!\s+(?:booked|reserved|to\s+park|for\s+(?:the\s+)?(?:car|bil\w*)|til\s+bil\w*)))",  # round 24; "where i sleep? i have no place" round 65
        rf" (?:{NOT}|ikje\s+noko|ike\s+noe|ike\s+noen|ikje\s+nokon|ikje\s+nan|ikje\s+naka|ike\s+nan|ingen)\s+(?:\w+\s+)?{PLACE}\s+(?:a\s+|til\s+a\s+|te\s+a\s+|to\s+)?(?:sove|sova|sov|bo|vaere|vere|vaer|overnate|sleep|stay|live|go|dra|ga)\b",  # "sova" round 88 (batch 147: "ingen stad å sova i natt")
        r" (?:nowhere|no\s+where|no\s+place|noplace)\s+(?:to\s+)?(?:sleep|stay|live|go|kip|crash)",
        r" (?:we|i)\s+have\s+nowhere\b",
        # not on a trip, a hike or a holiday ("vi sover i telt i helga på tur", round 68)
        # round 70 (ordinary batches 100-101): the tent at the weekend is a trip too ("sov i telt ved tunhovdfjorden i helga mæ ongane, herleg")
        # round 75 (ordinary batch 110): a trip named in a compound ("skal på telttur m ungene i sirdal og sove ute to netter")
        # round 79 (found on review): a leirskole or a class trip ("sove i telt på leirskolen neste uke")
        _ON_A_TRIP +
        # round 80 (ordinary batch 121): "sov i telt i rondane hele helga uten dekning" ("hele helga" too)
        r"(?!.*\s(?:telt|teltet|tent)\b.*\s(?:i\s+helga|i\s+helgen|over\s+helga|hele\s+helga|hele\s+helgen|heile\s+helga|this\s+weekend|at\s+the\s+weekend|all\s+weekend)\b)"
        r"(?!.*\s(?:i\s+helga|i\s+helgen|over\s+helga|hele\s+helga|hele\s+helgen|heile\s+helga|this\s+weekend|at\s+the\s+weekend|all\s+weekend)\b.*\s(?:telt|teltet|tent)\b).*?"
        r"(?<!da jeg)(?<!da eg)(?<!da ae)(?<!when i) (?P<hit>(?:sover|sove|sov|sova|sovet|sovi|sovd|sleep|sleping|slept)\s+(?:ute|utendors|utandors|outside|rough|on\s+the\s+stret|in\s+(?:my|the)\s+car|pa\s+gata|pa\s+gaten|pa\s+gata|i\s+bilen|i\s+trapa|i\s+trapeoppgangen|i\s+oppgangen|i\s+parken|pa\s+benk\w*|pa\s+sofaen\s+til|hos\s+kompiser|pa\s+stasjonen|i\s+telt))",
        r" (?:bor|bur|lever|star|live|living)\s+(?:pa|on)\s+(?:gata|gaten|the\s+stret|the\s+streets)",
        # round 79 (ordinary batch 118): "sleeping in a tent by Femunden on the class trip" (the same trip guard: not sleeping rough)
        _ON_A_TRIP + r".*?\s(?P<hit>(?:bor|bur|lever|live|living|sleping)\s+(?:i|in)\s+(?:bilen|en\s+bil|ein\s+bil|telt|teltet|et\s+telt|my\s+car|a\s+car|a\s+tent))\b(?!\s+(?:nar|pa\s+fer\w*|i\s+fer\w*|on\s+holiday))",
        r" (?:sover|sove|sov)\s+hos\s+(?:forskjellige|ulike|venner|vener|kjente|noen\s+jeg\s+kjenner)\b(?!\s+(?:i\s+helga|i\s+helgen|pa\s+bursdag\w*))",
        r" (?:har|ha)\s+(?:ikke|ikkje|itj|ingen)\s+(?:egen|eigen|eget|eige)\s+(?:plass|sted|stad|bolig|bustad|husvaere)\b",
        r" (?:need|ned)\s+(?:a\s+place|somewhere)\b.*\s(?:tonight|today|now)\b",
        r" (?:hjemlos|heimlaus|heimlos|bostedslos|bustadlaus|husvil|homeles)\b",
        # round 19: "har ikke tak over hodet fra i kveld", "jeg og tre barn har ingen plass i natt"
        r" (?:har|ha)\s+(?:ikke|ikkje|itj|ingen)\s+(?:noe\s+|noko\s+)?tak\s+over\s+hodet\b",
        # round 79 (batch 123): "Jeg har intet sted å gjøre av meg i natt" ("intet"; nowhere to put oneself only for the night, not "i kveld" before a course)
        r" (?:har|ha)\s+(?:ingen|intet|inget|ikke\s+noen|ikkje\s+nokon|ikke\s+noe|ikkje\s+noko)\s+(?:plas|sted|stad)\s+(?:a\s+(?:sove|bo|vaere|vere)\s+|a\s+gjore\s+av\s+(?:meg|mae|oss)\s+(?=i\s+nat\b|tonight))?(?:i\s+nat|i\s+kveld|tonight)\b",
        r" (?:uten|utan|without)\s+(?:bolig|bustad|tak\s+over\s+hodet|a\s+home|home)\b",
        r" (?:trenger|treng|trenge|need|ma\s+ha|mo\s+ha)\s+(?:et\s+|eit\s+|en\s+|ein\s+|ei\s+|a\s+|another\s+)?(?:(?:anet|ana|anan|anen|nytt|ny|other|new)\s+)?(?:sted|stad|plas|place)\s+(?:for\s+(?:meg|mae|oss|me|us)\s+(?:(?:og|and)\s+(?:\w+\s+){1,2}?)?)?(?:(?:a\s+|to\s+)?(?:sove|sova|sov\b|bo|bu|sleep|stay|vaere|vere)|a\s+overnat\w*\s+for\s+(?:meg|mae|oss))",  # "trenge" round 31; "for meg og dity", "å overnatte for meg og" round 68
        r" (?:trenger|treng|need)\s+(?:akut\s+|nod)?(?:bolig|bustad|nodbolig|naudbustad|husvaere|husly|overnating|hospits|shelter)",
        # round 21: "finnes det en nødbolig jeg kan få?", "sleeping at the bus station"
        r" (?:finnes|fins|finst|har\s+dere|kan\s+(?:jeg|eg|vi|me)\s+fa|far\s+(?:jeg|eg|vi|me)|(?:ringe|ring)\s+(?:til\s+)?for\s+a\s+fa)\s+(?:det\s+|de\s+)?(?:en\s+|ein\s+|et\s+|eit\s+|noen\s+|nokon\s+|noke\s+|noko\s+|nokka\s+)?(?:nodbolig\w*|naudbustad\w*|akuttbolig\w*|krisebolig\w*|krisebustad\w*|midlertidig\s+bolig|hospitsplass\w*)",  # "finst de noke krisebustad" round 53 (batch 70)
        r" (?:sleping|sleep|slept|sover|sove)\s+(?:at|in|on|pa|i)\s+(?:the\s+)?(?:bus\s+station|train\s+station|busstasjonen|togstasjonen|jernbanestasjonen|the\s+park|a\s+bench)\b",
        r" (?:fa|finne|skafe)\s+(?:et\s+|eit\s+|en\s+|ein\s+)?(?:sted|stad|plas|husly)\s+(?:a\s+)?(?:sove|sova|bo|bu|vaere|vere)\s+(?:i\s+nat|i\s+kveld)",
        r" (?:satt\s+pa\s+gata|pa\s+gata)\s+(?:fra\s+)?(?:na|no|i\s+nat|i\s+kveld)",
        r" (?:satt|sat|kastet|kasta|kast)\s+(?:\w+\s+)?pa\s+(?:gata|gaten|doren|dora)",
        r" ikje\s+nokon\s+stad\b",
        # round 68 (batch 101): no place at the hostel or the shelter tonight ("fikk ikkje plass på hospitset i natt"; not on a trip or with a hotel)
        rf"^(?=.*\s(?:i\s+nat|i\s+kveld|tonight)\b)(?!.*\s(?:hotel\w*|airbnb|ferie\w*|holiday|tur|turen|trip)\b).*\s(?:fikk|fekk|fik|fek|far|fa|got|get)\s+{NOT}\s+(?:\w+\s+)?(?:plas|seng|rom|bed|room|place)\s+(?:pa|i|at|in)\s+(?:the\s+)?(?:hospits\w*|herberg\w*|natherberg\w*|nodbolig\w*|naudbustad\w*|krisesenter\w*|hostel\w*|shelter\w*|akuttovernat\w*)\b",
        r" (?:vet|veit)\s+(?:ikke|ikkje|itj)\s+(?:hvor|kor|kvar)\s+(?:jeg|jei|je|eg|ae|vi|me)\s+skal\s*(?:$|sove|bo|bu|ga|dra|vaere|vere|gjore\s+av|i\s+kveld|i\s+nat)",
        r" (?:hospits|hospitset|krisesenter\w*|nodbolig\w*|akutbolig\w*)\b.*\s(?:ma|mo)\s+ut\s+(?:i\s+morgen|i\s+dag|na|no|pa\s+\w+dag)\b",
        r" (?:ma|mo)\s+ut\s+(?:av|fra|or)\s+(?:hospits\w*|krisesenter\w*|nodbolig\w*|akutbolig\w*)\b(?!(?:\s+\w+){0,4}\s+(?:har\s+fat|fikk|fordi))",
        r" (?:ma|mo)\s+(?:komme\s+meg\s+)?ut\s+(?:av\s+(?:\w+\s+)?)?(?:na|no|i\s+kveld|i\s+natt|med\s+en\s+gang)\b",
        r" (?:no|ingen|ikke\s+noe|ikkje\s+noko|ikke\s+noen)\s+(?:home|hjem|heim|bolig|bustad|husvaere)\b",
        r" (?:kan|kan\s+jeg|tor|tor\s+jeg)\s+(?:ike|ikje|itj)\s+(?:vaere|vere|vaer|sove|bo)\s+(?:hjeme|heime|hjema|heima|der)\s+(?:i\s+nat|i\s+kveld)",
        r" (?:kan|tor)\s+(?:ike|ikje|itj)\s+(?:dra|ga|reise|kome|komme)\s+(?:hjem|heim)\s+(?:i\s+kveld|i\s+nat)\b",
        # round 16: "har dere et sted vi kan være i natt", "ikkje funne nåke anna å bu i"
        # (not with a hotel, a trip, a visit or a course named, after round 76: "et sted vi kan sove i natt når vi kommer til Bergen, hotellet er fullt")
        _NOT_A_STAY_AWAY
        + r".*\s(?:et|eit|a|noe|noko|nokon|noen)\s+(?:sted|stad|plas|place)\s+(?:\w+\s+){0,3}(?:kan|can)\s+(?:vaere|vere|bo|bu|sove|sova|stay|sleep)\s+(?:i\s+nat|i\s+kveld|tonight)\b",
        r" (?:ikke|ikkje|itj)\s+(?:funnet|funet|fune|funne|fat|fatt)\s+(?:noe|noko|nake|naka|nokka|noen|nokon)\s+(?:anet|ana|anna|anan|nytt|ny)\s+(?:sted\s+|stad\s+)?(?:a\s+)?(?:bo|bu)\b",
        r" (?:ma|mo|trenger|treng|need\s+to)\s+(?:a\s+)?(?:finne|fa|skafe|find)\s+(?:et\s+|eit\s+|a\s+)?(?:sted|stad|plas|place)\s+(?:a\s+|to\s+)?(?:sove|sova|overnate|sleep)\b",
        r" (?:hvor|kor|kvar|ka|where)\s+(?:kan|ska|skal|can)\s+(?:jeg|eg|vi|me|i|we)\s+(?:sove|sova|overnate|sleep)\b(?!\s+(?:nar|mens|under|pa\s+kurs\w*|pa\s+samling\w*|when|while|during)\b)",  # round 25: not "når jeg er på kurs i Bergen"
        # round 14: "kan dere finne et sted jeg og jenta kan sove i natt"
        r" (?:finne|fa|skafe|find|get)\s+(?:et\s+|eit\s+|a\s+)?(?:sted|stad|plas|place)\s+(?:\w+\s+){0,4}(?:kan\s+|can\s+)?(?:sove|sova|overnate|sleep|stay)\s+(?:i\s+nat|i\s+kveld|tonight|i\s+dag)\b",
        r" (?:hvor|kor|kvar|ka|where)\s+(?:kan|ska|skal|can)\s+(?:jeg|eg|vi|me|i|we)\s+(?:bo|bu|stay|vaere|vere)\s+(?:i\s+nat|i\s+kveld|tonight)\b",
        r" (?:need|ned)\s+(?:a\s+(?:safe\s+)?place|somewhere(?:\s+safe)?|some\s+where)\s+to\s+(?:stay|sleep)\b",
        # round 26: "trenger et trygt sted å sove i natt", "kan eg og borna få ein stad å sove"
        r" (?:trenger|treng|need)\s+(?:et\s+|eit\s+|ein\s+|en\s+|a\s+)?(?:trygt|tryg|safe)\s+(?:sted|stad|plas|place)\b",
        r" (?:fa|fa\s+lov\s+til\s+a\s+fa)\s+(?:et|eit|ein|en)\s+(?:sted|stad|plas)\s+a\s+(?:sove|sova|bo|overnate)\b",
        r" (?:no|not)\s+(?:a\s+)?(?:other\s+)?place\s+(?:for|to)\s+(?:sleep|sleping|stay|live)\b",  # round 23; "no other place" round 45
        r" (?:tonight|i\s+kveld|i\s+natt)\b.*\s(?:where\s+do\s+i\s+go|where\s+can\s+i\s+(?:go|stay|sleep))\b| (?:where\s+do\s+i\s+go|where\s+can\s+i\s+(?:go|stay|sleep))\s+(?:tonight|i\s+kveld)\b",  # round 45
        r" (?:ingen|ikke\s+noe|ikkje\s+noko)\s+(?:sted|stad|plass)\s+a\s+(?:bo|bu|sove|sova)\s+(?:fra|fra\s+og\s+med|etter)\s+(?:helga|helgen|\w+dag|i\s+morgen)\b",  # round 45
        # round 21: "har ikke råd t en eneste natt. blir parken i natt"
        r" (?:blir|blei|ble|vert|det\s+blir|det\s+vert)\s+(?:i\s+)?(?:parken|parkbenken|benken|ein\s+benk|en\s+benk|gata|gaten|trappeoppgangen|oppgangen|stasjonen|busskuret|ute)\s+(?:pa\s+\w+\s+|i\s+\w+\s+)?(?:i\s+nat|i\s+natt|i\s+kveld|tonight)\b",  # "busskuret på otta i natt" round 71 (batch 107)
        r" (?:ikke|ikkje|itj)\s+(?:rad|rab)\s+(?:til|te|t)\s+(?:en|ei|ein)\s+(?:eneste\s+|einaste\s+)?(?:nat|natt)\b",
        r" (?:fa|far)\s+(?:sove|overnate|bo)\s+(?:et|eit)\s+(?:sted|stad)\s+(?:i\s+nat|i\s+kveld)\b",  # round 42: "kan vi få sove et sted i natt"
        # round 91 (batch 158): "Kan jeg få sove et annet sted i natt? Det er ikke trygt hjemme når han kommer fra puben" ("another place" tonight; with violence in the
        # message this is unsafe_home, urgent_need; not a hotel, a trip, a visit, a course or the cabin, the round 16 guard words: "... et annet sted i natt når vi er på kurs")
        _NOT_A_STAY_AWAY
        + r".*\s(?P<hit>(?:fa|far)\s+(?:sove|sova|overnatte|overnatta|bo|bu)\s+(?:et|eit|ein|en)\s+(?:annet|anna|annan|annen)\s+(?:sted|stad|plass)\s+(?:i\s+natt|i\s+kveld|tonight))\b",
        # round 92 (batch 162): "Kan dere hjelpe meg med et sted å være i natt? Det er ikke trygt for meg og jenta mi hjemme når han kommer i land" (help asked with a place
        # to be or sleep tonight; with violence in the message this is unsafe_home, urgent_need; not a hotel, a trip, a visit, a course or the cabin, the shared guard: "kan
        # dere hjelpe meg med et sted å være i natt, jeg er på kurs i Bergen")
        _NOT_A_STAY_AWAY + r".*\s(?P<hit>(?:hjelpe|hjelpa|hjelp|help)\s+(?:meg|mae|oss|me|us)\s+(?:med|m|with|a\s+finne|to\s+find|finne|find)\s+(?:et|eit|ein|en|a)\s+(?:trygt\s+|tryg\s+|safe\s+)?"
        r"(?:sted|stad|plass|place|seng|bed)\s+(?:a|to)\s+(?:vaere|vere|vera|sove|sova|bo|bu|stay|sleep|be)\s+(?:i\s+natt|i\s+nat|i\s+kveld|tonight))\b",
        # round 93 (batch 164): "e itj trygt heime i kveld. kan dokker hjelp mæ med en plass å sov" (help asked with a place to sleep, Trøndersk "sov", with the night named
        # anywhere in the message instead of right after; with violence in the message this is unsafe_home, urgent_need; the shared guard: "kan dokker hjelp mæ med en plass å
        # sov, e på kurs i trondheim i kveld")
        r"^(?=.*\s(?:i\s+natt|i\s+nat|i\s+kveld|tonight)\b)"  # the rare words first: the check is cheaper so
        + _NOT_A_STAY_AWAY + r".*\s(?P<hit>(?:hjelpe|hjelpa|hjelp|help)\s+(?:meg|mae|oss|me|us)\s+(?:med|m|with|a\s+finne|to\s+find|finne|find)\s+(?:et|eit|ein|en|a)\s+(?:trygt\s+|tryg\s+|safe\s+)?"
        r"(?:sted|stad|plass|place|seng|bed)\s+(?:a|to)\s+(?:sove|sova|sov|sleep))\b",
        # round 92 (batch 161): "veit itj kor æ ska sov i natt" (not knowing where one shall sleep tonight, "æ" and Trøndersk "sov" after "ska"; not a trip, a visit, a course or
        # the cabin, nor with a place to go, the shared guards: "veit itj kor æ ska sov i natt, på hytta eller i teltet")
        r"^(?=.*\s(?:hvor|kor|kvar|where)\s+(?:jeg|je|eg|ae|e|vi|me)\s+(?:skal|ska|sku|kan)\s+(?:sove|sova|sov|bo|bu)\s)"  # the rare words first: the check is cheaper so
        + _NOT_A_STAY_AWAY + _WITH_A_PLACE_TO_GO
        + rf".*\s(?P<hit>(?:vet|veit|vit|know)\s+{NOT}\s+(?:hvor|kor|kvar|where)\s+(?:jeg|je|eg|ae|e|vi|me)\s+(?:skal|ska|sku|kan)\s+(?:sove|sova|sov|bo|bu)\s+(?:i\s+natt|i\s+nat|i\s+kveld|tonight|denne\s+natta))\b",
        # round 43 (batches 52-53): a burst pipe or a leaking roof, "vi kan ikke sove her i natt", "hvor sover barna i natt?"
        r" (?:hvor|kor|kvar|where)\s+(?:skal\s+(?:\w+\s+){1,2}|ska\s+(?:\w+\s+){1,2}|wil\s+\w+\s+)?(?:sover|sove|sova|sleep)\s+(?:\w+\s+){0,2}(?:i\s+nat|i\s+kveld|tonight)\b",
        rf" (?:kan|kann|can)\s+{NOT}\s+(?:sove|sova|bo|sleep|stay)\s+(?:her|der|hjemme|heime|there|here|at\s+home)\s+(?:i\s+nat|i\s+kveld|tonight)\b",
        r" (?:vann|vatn|water|strom|strommen|straumen|brann|fire|mugg|taket|flom|flood\w*)\b.*\s(?:kan|kann|can)\s+(?:ikke|ikje|itj|not)\s+(?:sove|sova|bo|sleep|stay)\s+(?:her|der|there|here)\b",
        r" (?:ive\s+|i\s+have\s+|i\s+got\s+)?nowhere\s+lined\s+up\b",
        # round 47 (batch 58): Swedish "ingenstans att sova inatt", "vi ikke kan være her i natt" (the word order of broken Norwegian)
        r" (?:ingenstans|ingensteds|ingenstad|ingen\s+stans)\s+(?:a|att|til\s+a)\s+(?:sova|sove|bo|vara|vaere|vere)\b",
        rf" (?:vi|jeg|eg|me|meg)\s+{NOT}\s+(?:kan|kann|can)\s+(?:vaere|vere|vaer|sove|sova|bo|stay|sleep)\s+(?:(?:her|der|here|there)\s+(?:i\s+natt|inatt|tonight)|(?:hjemme|heime|hjema|heima|at\s+home)\s+(?:i\s+natt|inatt|i\s+kveld|tonight))\b",
        r" (?:mi|me)\s+(?:have|got|hav|av)\s+nowhere\b",  # round 48 (batch 60): Jamaican "mi have nowhere fi put har"
        # round 49 (batch 63): where one can go today or tonight, asked with "we" too and in the word order of broken Norwegian ("hvor vi
        # kan gå i dag?", "where can we go tonight"), not to eat, celebrate or for an appointment said after it
        r" (?:hvor|kor|kvar|where)\s+(?:(?:kan|kann|can)\s+(?:vi|me|we|jeg|eg|i)|(?:vi|me|we|jeg|eg|i)\s+(?:kan|kann|can))\s+(?:ga|dra|go|bo|bu|stay|sove|sova|sleep)\s+(?:i\s+dag|idag|i\s+kveld|ikveld|i\s+natt|inatt|tonight|today|now|right\s+now)\b(?!\s+(?:for|to|and|og|med|with)\b)(?!.*\s(?:spise|ete|eat|dinner|middag|lunsj|lunch|feire|celebrate|kino|cinema|movie|konsert\w*|concert|pub|bar|restaurant\w*|kafe\w*|cafe|shopping|handle|tur|trip|bade|swim\w*|mote\w*|meeting|kurs\w*|timen|appointment|kontor\w*|office|levere|soke|sokn\w*)\b)",
        # round 50 (batch 65): "me and my boy cannot stay here tonight" (English "cannot" in one word; not "... after eight")
        r" (?:cannot|cant|could\s+not|couldnt)\s+(?:stay|sleep|be)\s+(?:here|there|at\s+home|home|in\s+the\s+(?:flat|house|apartment))\s+(?:tonight|anymore|any\s+more)\b(?!\s+(?:after|past|until|til|because\s+of\s+the\s+(?:noise|work)))",
        # round 52 (batch 68): "jeg sover i bil i natt" without the article (not on a trip, a holiday, a hunt or at the cabin)
        r"^(?!.*\s(?:reis\w*|ferie\w*|tur|turen|trip|holiday|camping\w*|telt\w*|hyt\w*|jakt\w*|festival\w*|roadtrip)\b).*(?<!da jeg)(?<!da eg)\s(?:sover|sove|sov|sova|overnater)\s+i\s+bil\b",
        # round 56 (batches 76-77): Pidgin "we nor get anywhere to go" (not for a holiday, a weekend or a day named after it); a safe place
        # to be tonight asked for ("vi treng et sted å vær i natt"; with violence in the message this is unsafe_home, urgent_need)
        r" (?:we|i|me|mi|dem|una)\s+(?:nor|no|not|dont|dont\s+have|do\s+not|never)\s+(?:get|have|got|hav|gat)\s+(?:anywhere|anyplace|any\s+place|any\s+where|place)\s+(?:to\s+|wey\s+we\s+fit\s+|wey\s+i\s+fit\s+|fit\s+|wey\s+)?(?:go|stay|sleep|live|slep)\b(?!\s+(?:for|on|in|at|this|next|tonight\s+for)\b)",
        rf" (?:trenger|treng|need|ma\s+ha|mo\s+ha)\s+(?:et|eit|ein|en|a)\s+(?:trygt\s+|tryg\s+|safe\s+)?(?:sted|stad|plas|place)\s+(?:a|to)\s+(?:{BE}|be|stay|bo|bu)\s+(?:i\s+natt|i\s+nat|i\s+kveld|tonight|i\s+dag|today)\b",
        # round 57 (batches 78-79): "tonight i sleep where?" in the word order of broken English; Scots "need a bed somewhere the nicht"
        # (not for a guest, nor a bed or a mattress to buy)
        r" (?:tonight|i\s+kveld|i\s+natt|i\s+nat|the\s+nicht|the\s+night)\s+(?:i|we|me|mi|jeg|eg|vi)\s+(?:sleep|sove|sover|sova|stay|bo)\s+(?:where|hvor|kor|kvar)\b",
        r"^(?!.*\s(?:gjest\w*|guest\w*|besok\w*|visitor\w*|madras\w*|mattress\w*|kjop\w*|buy\w*)\b).*\s(?:need|trenger|treng)\s+(?:a\s+|en\s+|ei\s+|ein\s+)?(?:bed|seng|sofa|couch)\s+(?:somewhere\s+|someplace\s+|noen\s+steder\s+|et\s+sted\s+|ein\s+stad\s+)?(?:for\s+)?(?:tonight|the\s+nicht|the\s+night|i\s+natt|i\s+nat|i\s+kveld)\b",
        # round 61 (batches 86-87): "must leave room in brakke tomorrow. where i sleep?" (not a hotel, a trip or a new place)
        r"^(?!.*\s(?:hotel\w*|airbnb|holiday|ferie\w*|trip|reis\w*|new\s+(?:flat|rom|apartment|place)|ny\s+(?:leilighet|hybel|bolig)|nytt\s+rom)\b).*\s(?:must|have\s+to|need\s+to|has\s+to|ma|mo)\s+(?:leave|move\s+out\s+of|flytte\s+ut\s+av|forlate)\s+(?:the\s+|my\s+|min\s+)?(?:rom|room|rommet|brake\w*|flat|apartment|house|leilighet\w*|hybel\w*|bolig\w*)\b.*\s(?:where|hvor|kor)\s+(?:wil\s+|do\s+|can\s+|shal\s+)?(?:i|jeg|eg|ae)\s+(?:slep|sleep|sove|sover|bo|stay|live)\b",
        # round 67 (batch 98): broken Norwegian "har ikke hvor å sove i natt"
        r" (?:har|ha)\s+(?:ikke|ikkje|itj|ingen)\s+(?:hvor|kor|kvar)\s+a\s+(?:sove|sova|sov|bo|bu)\s+(?:i\s+nat|i\s+kveld|tonight|i\s+dag)\b",
        # round 70 (batch 104): must get away tonight (with the children) "men vi har ikke noe sted" (with violence in the message: unsafe_home)
        r" (?:ma|mo|must|have\s+to)\s+(?:komme\s+(?:meg|oss)\s+)?(?:bort|vekk|ut|away|get\s+out)\s+(?:\w+\s+){0,3}?(?:i\s+kveld|i\s+natt|i\s+nat|na|no|tonight)\b.*\s(?:har|ha|have)\s+(?:ikke|ikkje|itj|ike)\s+(?:noe|noko|noen|nokon)\s+(?:sted|stad|plass)\b",
        # round 72 (batch 109): "sover i en trappeoppgang i natt" (a stairwell, a bus shelter or a bench tonight; not a cabin, a trip or a festival)
        _NOT_A_CABIN_OR_A_TRIP + r".*?\s(?P<hit>(?:sover|sove|sov|sova|ma\s+sove|skal\s+sove|ska\s+sove|sleeping|sleep)\s+(?:i|pa|in|on)\s+(?:en\s+|ei\s+|et\s+|a\s+|the\s+)?(?:trappeoppgang\w*|oppgang\w*|trapperom\w*|busskur\w*|parkbenk\w*|benk\w*|stairwell\w*|bus\s+shelter|bench)\s+(?:i\s+natt|i\s+kveld|tonight))\b",
        # ... and broken English "can I get some place to stay?" with the night named (with violence in the message: unsafe_home; not a hotel, a
        # course, a trip or a festival)
        r"^(?!.*\s(?:hotel\w*|hostel\w*|airbnb|kurs\w*|course|conference|trip|holiday|ferie\w*|festival\w*|guest\w*|gjest\w*)\b)(?=.*\s(?:tonight|i\s+natt|i\s+kveld|sleep|sove)\b)"
        r".*\s(?P<hit>(?:can|could)\s+(?:i|we)\s+(?:get|have|find)\s+(?:some\s+|a\s+|any\s+)?(?:place|bed|room|shelter)\s+(?:to\s+(?:stay|sleep)|for\s+(?:the\s+night|tonight)))\b",

        # round 86 (batches 136 and 139): "kan eg få sove ein plass i natt? kan ikkje vere heime, han er full og sint igjen", "kan itte være hjemme i natt. han e full igjen"
        # (not able to be at home with someone there drunk, angry or breaking things, tonight or asking for a bed; not "full av" a thing, a repair or a cold, nor a boss
        # angry on Monday: "kan ikke være hjemme på mandag, sjefen er sint"; found on review)
        r"^(?=.*\s(?:han|ho|hun|hu|mannen|kona|samboer\w*|kjaerest\w*|pappa|faren|mamma|mora|stefar\w*|he|she)\s+(?:er|e|is|har\s+blitt|ble|vart)\s+(?:\w+\s+)?"
        r"(?:ful|full|fuld|drukken|drita|dritings|sint|rasande|rasende|aggressiv\w*|voldelig\w*|valdeleg\w*|drunk|angry)\b(?!\s+(?:av|of|for\s+at|fordi|because)\b))"
        r"(?=.*\s(?:i\s+natt|i\s+nat|i\s+kveld|tonight|sove|sova|sleep|sted|stad|plass|place)\b)"
        r"(?!.*\s(?:rorlegger\w*|handverker\w*|elektriker\w*|vaskeri\w*|oppussing\w*|maling\w*|feber\w*|forkjol\w*|influensa)\b)"
        rf".*\s(?P<hit>(?:kan|kunne|can)\s+{NOT}\s+(?:a\s+)?(?:{BE}|bo|sove|sova|be|stay|sleep)\s+(?:heime|hjemme|hjeme|heima|hjemma|at\s+home|home))\b",
        # round 86 (batch 139): "vi er sju i campingvogna og dom tauet den bort fra plassen i dag" (the caravan or camper one lives in towed away, with tonight, the cold or
        # the children freezing; not one parked wrongly and to be fetched, nor with a home to go to: "bobilen ble tauet bort, må hente den i morgen", found on review)
        _unless_any(r"hente|henta|henter|fetch\w*|hjemme|heime|home|hytta|hytte\w*|spenande|parker\w*")
        + r"(?=.*\s(?:campingvogn\w*|bobil\w*|vogna|caravan|camper)\b)(?=.*\s(?:i\s+natt|i\s+nat|tonight|fryser|frys|frysa|kaldt|kalt|freezing|cold)\b)"
        r".*\s(?P<hit>(?:tauet|taua|tauede|towed|fjernet|fjerna)\s+(?:(?:den|ho|han|henne|vogna|campingvogna|bobilen|it|the\s+caravan)\s+)?(?:bort|vekk|away))\b",
        # round 93 (batch 165): "det brant i huset i natt. vi e uskadd men har ingenting å bo i no" (nothing to live in, now or any more; not with a place to go, the shared
        # guard, nor a key or a flat got on a day named: "har ingenting å bo i før i mars, da får vi nøkkelen til den nye leiligheten")
        _WITH_A_PLACE_TO_GO + _unless_any(r"nokkel\w*|nokler|key|keys|kontrakt\w*|contract|innflytting\w*|overtak\w*")
        + r".*\s(?P<hit>(?:har|hev|have|has)\s+(?:vi\s+|me\s+|we\s+)?(?:ingenting|ike\s+noe|ikje\s+noko|itj\s+noka|itj\s+nokka|nothing)\s+(?:a|to)\s+(?:bo|bu|live)\s+(?:i|in))\b"
        r"(?!\s+(?:for|til|te|until|before|etter|after|fra|from)\b)",
        # round 93 (batch 165): "vedovnen sprakk og vi har ingen anna varme i huset. ungan sitt med dressen på inne" (the stove, the heat pump or the heater broken or cracked,
        # and no other heat at home; not at the cabin, a new one got, a repair on its way today, a course, work or a car, nor "ingen anna varme enn ...": "varmepumpa er
        # ødelagt, men vi har ingen annen varme enn vedovnen, så det går fint")
        r"^(?=.*\s(?:ingen|ike\s+noe|ikje\s+noko|itj\s+noka|itj\s+nokka|no)\s+(?:anna|annen|annan|annet|other)\s+(?:varme|oppvarming\w*|varmekilde\w*|varmekjelde\w*|heat|heating)\b"
        r"(?!\s+(?:enn|en|than|utenom|utanom|except|but)\b))"  # the rare words first: the check is cheaper so
        + _unless_any(_AT_THE_CABIN + r"|ny|nytt|new|bytt\w*|erstat\w*|kurs\w*|klasserom\w*|kontor\w*|jobb\w*|work|lager\w*|verksted\w*|bil|bilen|car")
        + r"(?!.*\s(?:reparator\w*|elektriker\w*|montor\w*|rorlegger\w*|vaktmester\w*|feier\w*|feiar\w*)\s+(?:\w+\s+)?(?:kommer|kjem|komer|er\s+her|er\s+pa\s+vei|fikser|fiksar|comes|is\s+coming)\s+(?:\w+\s+)?(?:i\s+dag|idag|na|no|straks|today|now)\b)"
        r".*\s(?P<hit>(?:vedovn\w*|ovnen|ovnane|ovnene|omnen|vedomn\w*|peisen|varmepumpe\w*|varmepumpa|oljefyr\w*|fyren|heater|stove|wood\s+stove|the\s+heating|heating|boiler)\s+(?:\w+\s+){0,2}?"
        r"(?:sprakk|sprekk|sprukket|sprokke|sprokken|knakk|odelagt|odelagd|ode|i\s+stykker|gikk\s+i\s+stykker|gjekk\s+sund|gikk\s+sund|broke|broken|cracked|died|dod|daud|virker\s+ike|verkar\s+ikje))\b",
        # round 86 (batch 137): "The heating in my flat ... has been broken for four days ... minus 15 outside and my baby is sick" (no heating at home in hard frost,
        # with a baby, children or illness)
        # round 87 (batch 142): "ovnen gikk i stykker ... minus 10 ... ungane sover med jakka på" (broken "i stykker", and "ungane"; the same frost and children)
        # round 92 (batches 160 and 163): "ovnen e død og det e 4 grader inne. bor aleine på onøy og e 81", "varmepumpe ødelagt tre dager, minus femten ute, to barn syke" (the
        # cold indoors told as a number, the frost in words, old age told, and a heat pump; not with other heating at hand or a repair there today: "varmepumpa er ødelagt,
        # minus femten ute, men vi har vedovn", "ovnen e død, det e 6 grader inne, elektrikeren kjem i dag, e 81")
        rf"^(?=.*\s(?:minus\s+\d+|\d+\s+(?:kuldegrader|minus)|below\s+zero|frost\w*|freezing|{_COLD_INDOORS}"
        r"|minus\s+(?:fem|seks|sju|syv|atte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tjuefem|tretti|five|six|seven|eight|nine|ten|fifteen|twenty))\b)"
        r"(?=.*\s(?:baby\w*|babyen|barn\w*|unge\w*|ungan|ungane|sjuk\w*|syk\w*|sick|ill|child\w*|kids|sover\s+med\s+(?:jakke|jakka|jakken|lue|lua|luen)|ser\s+pusten"
        r"|(?:jeg|je|eg|ae|e|og|and|i)\s+(?:er|e|am)\s+(?:[7-9]\d|1[01]\d)(?!\s+(?:kr|kroner|m2|kvm|km|kg|prosent|grader|minutt\w*|min))|(?:[7-9]\d|1[01]\d)\s+(?:ar|years)\s+(?:gammel|gamal|gamle|old))\b)"
        r"(?!.*\s(?:(?:men|but)\s+(?:vi|me|jeg|je|eg|ae|we|i)\s+(?:har|hev|have|has)\s+(?:\w+\s+)?(?:vedovn\w*|peis\w*|panelovn\w*|varmeovn\w*|oljeovn\w*|gassovn\w*|heater|fireplace|wood\s+stove)"
        r"|(?:reparator\w*|elektriker\w*|montor\w*|rorlegger\w*|vaktmester\w*)\s+(?:\w+\s+)?(?:kommer|kjem|komer|er\s+her|er\s+pa\s+vei|fikser|fiksar|comes|is\s+coming)\s+(?:\w+\s+)?(?:i\s+dag|idag|na|no|straks|today|now))\b)"
        r".*\s(?P<hit>(?:heating|heat|the\s+heater|varmen|oppvarming\w*|ovnen|ovnane|ovnene|straumen|strommen|varmepumpe\w*|varmepumpa|heat\s+pump)\s+(?:\w+\s+){0,8}?(?:broken|not\s+working|doesnt\s+work|off|odelagt|ode|i\s+ustand|i\s+stykker|virker\s+ike|verkar\s+ikje|gar\s+ike|dod|daud))\b",
        # round 88 (batch 147): above, "ovnen i kjellerleiligheten har vært død siden søndag ... minus 15 ... sover med jakke og lue" (the stove "dead", and sleeping in a jacket or
        # seeing one's breath indoors instead of children named; the same frost)
    ),
]

_CRISIS = [("suicidal", SUICIDAL), ("self_harm", SELF_HARM)]
_URGENT = [("homeless", HOMELESS), ("eviction", EVICTION), ("no_food", NO_FOOD), ("no_money", NO_MONEY)]


# Where one sleeps, told rather than asked for ("ble sparka i hodet mens jeg sov ute"): with
# violence that is a crisis, not a need for somewhere to stay (round 19). Compiled as every pattern is, against normalised text (found on
# review in round 80: "sleep" stood unnormalised and never matched "slep").
_SLEEPING_ROUGH = _P(r"(?:sover|sove|sov|sova|sovet|sovi|sovd|sleep|sleping|slept|bor|bur|lever|live|living)\b")
# ... unless a place is asked for too ("sover på sofaen til en venninne ... trenger et trygt sted å bo", round 33).
_ASKS_FOR_A_PLACE = _P(r" (?:trenger|treng|need|ma\s+ha)\s+(?:et\s+|eit\s+|ein\s+|en\s+|a\s+)?(?:trygt\s+|tryg\s+|safe\s+)?(?:sted|stad|plas|place|seng|bed|bolig|bustad)\b")


def _first(signs: list[Sign], t: str) -> tuple[Sign, str] | None:
    for sign in signs:
        matched = sign.search(t)
        if matched is not None:
            return sign, matched
    return None


def _indirect(t: str) -> SafetyHit | None:
    found = [(sign, m) for sign in INDIRECT_SIGNS if (m := sign.search(t)) is not None]
    if len(found) < 2 or _GOOD_NEWS.search(t):
        return None
    return SafetyHit("crisis", "suicidal", " + ".join(s.name for s, _ in found), " ... ".join(m for _, m in found))


def check_message(text: str) -> SafetyHit | None:
    """Return a SafetyHit when the message signals crisis or urgent need."""
    if not text or not text.strip():
        return None
    t = normalise(text)
    for category, signs in _CRISIS:
        if found := _first(signs, t):
            return SafetyHit("crisis", category, found[0].name, found[1])
    if hit := _indirect(t):
        return hit
    if violence := _first(VIOLENCE, t):
        if (shelter := _first(HOMELESS, t)) and (not _SLEEPING_ROUGH.match(shelter[1]) or _ASKS_FOR_A_PLACE.search(t)):
            return SafetyHit("urgent_need", "unsafe_home", f"{shelter[0].name} + {violence[0].name}",
                             f"{shelter[1]} ... {violence[1]}")
        return SafetyHit("crisis", "violence", violence[0].name, violence[1])
    if found := _first(DESPAIR, t):
        return SafetyHit("crisis", "despair", found[0].name, found[1])
    for category, signs in _URGENT:
        if found := _first(signs, t):
            # An urgent need said with a farewell ("ingen penger ... tau ligger klar ... sorry for
            # trøbbel") is answered as a crisis: the help numbers, not only emergency aid (round 31).
            if farewell := farewell_sign(text):
                return SafetyHit("crisis", "suicidal", f"{found[0].name} + {farewell[0]}",
                                 f"{found[1]} ... {farewell[1]}")
            return SafetyHit("urgent_need", category, found[0].name, found[1])
    return None


# Every sign by the kind of sign it is, in the order explain() lists them. An indirect sign
# is its own group: alone it is no verdict, but the model may still weigh it.
SIGN_GROUPS = (("suicidal", SUICIDAL), ("indirect", INDIRECT_SIGNS), ("self_harm", SELF_HARM),
               ("violence", VIOLENCE), ("despair", DESPAIR), ("homeless", HOMELESS),
               ("eviction", EVICTION), ("no_food", NO_FOOD), ("no_money", NO_MONEY))


def explain(text: str) -> list[tuple[str, str]]:
    """Debug helper: every (sign, matched words) that matches, indirect signs included."""
    t = normalise(text)
    return [(sign.name, m) for _, signs in SIGN_GROUPS for sign in signs if (m := sign.search(t)) is not None]


def farewell_sign(text: str) -> tuple[str, str] | None:
    """The first indirect sign in the text and the words it matched: no verdict alone, but
    enough for a crisis where the model cannot place the message (rasa_server/unsure_farewell.py).
    None where good news explains it, as for two signs ("fikk fast jobb!! ... takk for alt")."""
    t = normalise(text)
    found = None if _GOOD_NEWS.search(t) else _first(INDIRECT_SIGNS, t)
    return (found[0].name, found[1]) if found else None


def explained_by_good_news(text: str) -> bool:
    """Good news and no sign but indirect ones ("fikk fast jobb!! så dette blir siste melding
    fra meg. takk for alt"): a farewell the news explains, for the model as for the net
    (rasa_server/good_news.py)."""
    t = normalise(text)
    # round 71 (ordinary batch 102): looking forward to starting something counts too ("takk for alt dette året ... gler meg til å byrje på mottaket")
    return ((bool(_GOOD_NEWS.search(t)) or bool(_LOOKING_FORWARD_TO_START.search(t)) and not _WORDS_OF_AN_END.search(t))
            and matched_groups(text) <= {"indirect"})


# Water or a rope named as a skill for an application (round 61, ordinary batch 83: "søknaden te brannvesenet ... æ e god i vann og
# med tau"): a job asked for, not a means.
# round 75 (ordinary batch 111): "kan knyte alle slags knuta og spleise tau, vil ha jobb på oppdrett eller båt" (a job wanted, knots and splicing as the skill)
_SKILLS_FOR_AN_APPLICATION = _P(r"^(?=.*\s(?:\w*soknad\w*|cv|cven|\w*intervju\w*|application|interview|brannvesen\w*|livredder\w*|lifeguard"
                                r"|(?:vil\s+ha|onsker|soker|ser\s+etter|want|looking\s+for)\s+(?:en\s+|ei\s+|a\s+)?(?:jobb|job|arbeid)"
                                # round 79 (ordinary batch 118): "kan båt, tau og knuter. Har De arbeid for en slik mann?" (work asked for; knots as the skill)
                                r"|(?:har|have)\s+(?:de|dere|du|dokker|dykk|you)\s+(?:noe\s+|noko\s+|any\s+)?(?:arbeid|jobb|work|job))\b)"
                                r".*\s(?:(?:god|flink|good|skilled)\s+(?:i|med|pa|at|with|in)\s+(?:vann\w*|tau\w*|water|ropes?|knuter|knots)"
                                # round 89 (ordinary batch 146): "søknaden til kokkejobben ... rask med kniv og ikke redd for blod fra fiskekjøkkenet" (a knife and blood as a cook's skill)
                                r"|(?:rask|flink|god|stodig|trygg|quick|good)\s+(?:med|m|with)\s+(?:kniv\w*|knives|a\s+knife)|(?:ikke|ikkje|itj|not)\s+(?:redd|skvetten|scared|afraid)\s+(?:for|av|of)\s+(?:blod|blood)"
                                r"|(?:knyte|knytte|tie)\s+(?:\w+\s+){0,2}(?:knuter|knuta|knutar|knots)|spleise\s+(?:tau\w*|ropes?)|kan\s+(?:\w+\s+){0,3}?(?:knuter|knuta|knutar)"
                                # round 86 (ordinary batch 135): "under hobbyar har eg skrive jakt, sportsskyting og isfiske" (hunting or shooting named as a hobby in a CV)
                                r"|(?:hoby\w*|fritid\w*|interes\w*)\s+(?:\w+\s+){0,4}?(?:jakt|\w*skyting|isfiske|fiske|fisking|hunting|shooting))\b")
# Worn out by a named everyday thing with the talk put off to a later day (round 63, ordinary batch 86: "orker ikke mer prat i dag, er helt
# utslitt etter fysioterapien, ta det i morgen"): physiotherapy, training, a course, a shift or work, and tomorrow or a day named.
_WORN_OUT_BY_THE_DAY = _P(r"^(?=.*\s(?:utslitt|sliten|slitne|trott|tired|exhausted|worn\s+out|shattered)\s+(?:\w+\s+){0,2}?(?:etter|av|after|from)\s+(?:\w+\s+){0,2}?"
                          r"(?:fysio\w*|physio\w*|trening\w*|training|kurs\w*|course|vakt\w*|skift\w*|shift|jobb\w*|work|arbeid\w*|tiltak\w*|skole\w*|skule\w*|school|behandling\w*)\b)"
                          r".*\s(?:(?:ta|tar|tek|take|snakkes|snakke|prate|prates|ringe|ring|call|talk)\s+(?:det\s+|it\s+|meg\s+|me\s+|oss\s+)?(?:heller\s+|igjen\s+|again\s+)?"
                          r"(?:i\s+morgen|imorgen|i\s+morgon|i\s+mora|imorra|i\s+morra|tomorrow|neste\s+(?:uke|veke)|next\s+week|pa\s+\w+dag|on\s+\w+day)"
                          # round 76 (ordinary batch 113): "kan ikke gjøre cv i kveld. i helgen ok?" (a later day offered with "ok")
                          r"|(?:i\s+helgen|i\s+helga|i\s+morgen|imorgen|i\s+morgon|tomorrow|on\s+the\s+weekend|pa\s+\w+dag)\s+(?:ok|okei|oki|okay|greit|fint|then))\b")
# A leisure thing done at the water or on the bridge (round 64, ordinary batch 89: "sitter på bron över glomma och äter glass, vilket
# väder", "ska ut och fiska i glomma nu"): out fishing, ice cream eaten, a walk, or the fine weather exclaimed; not with "never", "last",
# alone, the cold or the dark, nor not coming back, in the message.
_LEISURE_BY_THE_WATER = _P(r"^(?!.*\s(?:aldri|never|aldrig|siste|sista|last|alene|aleine|ensam|alone|kaldt|kallt|cold|morkt|morkret|dark|for\s+godt|for\s+alltid|for\s+good"
                           r"|(?:ikke|ikje|itj|inte|not)\s+(?:\w+\s+)?(?:tilbake|tilbakers|tillbaka|back|hjem|heim|hem))\b)"
                           r".*\s(?:(?:ut\s+)?(?:og|och|a|to|for\s+a)\s+(?:fiske|fiska|fish)|(?:fisker|fiskar|fishing|pa\s+fisketur|pa\s+fisketuren|pa\s+isfiske\w*|ice\s+fishing|(?:og|a)\s+pilke)"  # ice fishing round 72 (ordinary batch 104)
                           r"|(?:spiser|spise|et|eter|ete|aeter|aeta|eating|eat|having)\s+(?:en\s+|ei\s+|eit\s+|a\s+|an\s+|some\s+)?(?:is|iskrem|glas|glasen|ice\s+cream|softis|mjukglas)"
                           r"|(?:for\s+et|for\s+eit|vilket|vilket\s+fint|what\s+a|what\s+lovely|such\s+nice)\s+(?:fint\s+|nydelig\s+|herlig\s+|deilig\s+|skont\s+|harligt\s+|lovely\s+|nice\s+)?(?:vaer|vaeder|weather)"
                           r"|(?:gar|gar\s+en|tar\s+en|pa|ute\s+pa|on\s+a|going\s+for\s+a|promenerar|gar\s+pa)\s+(?:tur|promenad|kveldstur|sondagstur|walk|stroll)"
                           # round 84 (ordinary batch 129): "I walk over the bridge to Sørenga every morning now, it helps my head" (a walk over a bridge every day that helps;
                           # the same guards)
                           r"|(?:walk|walks|gar|gaar|go)\s+(?:over|across)\s+(?:the\s+)?(?:bridge|brua|broa|bruen|broen)\s+(?:\w+\s+){0,3}?(?:every|each|hver|kvar)\s+(?:morning|day|evening|morgen|dag|kveld)\b"
                           r"(?=.*\s(?:helps|hjelper|hjelp|good\s+for|godt\s+for)\b))\b")
# "Orker ikke mer" with a named everyday thing and a request (round 67, ordinary batch 95: "æ ikke orker mer skole. kan æ få en ny?")
_TIRED_OF_A_THING_WITH_A_REQUEST = _P(r"^(?=.*\s(?:kan|kunne|can|could)\s+(?:(?:jeg|je|eg|ae|e|i|vi|me|we)\s+(?:fa|fa\s+lov\s+til\s+a|get|have|bytte|byte|skifte|change|slippe|levere|levera|lever|hand\s+in|submit)"
                                      # round 69 (ordinary batch 98): help asked with the thing named ("kan nån hjelp m søknaden? ... orker snart itj mer av den haha")
                                      rf"|(?:noen|nokon|nan|non|du|dere|dokker|dykk|someone|anyone|you)\s+(?:hjelpe|hjelpa|hjelp|help)\s+(?:meg\s+|mae\s+|me\s+)?(?:med|m|with)\s+(?:\w+\s+)?{NAV_OBJECT}"
                                      # round 82 (ordinary batch 125): "Kan det venta til november?" (the thing asked to wait until a later time)
                                      r"|(?:det|den|d|dette|dete|it)\s+(?:venta|vente|vent|wait|utsetjast|utsettes|utsetast)\s+(?:til|te|until|to)\s+(?:\w+dag|neste\s+(?:uke|veke|maned|manad)|(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)|next\s+\w+|etter\s+\w+))\b)"
                                      # round 82 (ordinary batch 125): "Eg orkar ikkje skjemaet no, det er hausting" (a NAV thing named right after, now or today, without "more")
                                      rf".*\s(?:(?:{ORKE}{ADV}\s+{NOT}|{NOT}\s+{ORKE})\s+(?:(?:det|dette|dete|den|denne)\s+)?{NAV_OBJECT}\s+(?:no|na|nu|i\s+dag|akurat\s+no|akurat\s+na|now|today)\b(?=.*\s(?:hausting|hosting|innhosting|slat\w*|onn\w*|jobb\w*|arbeid\w*|travelt|travel|busy|vakt\w*|skift\w*|harvest\w*)\b)|"
                                      rf"(?:{ORKE}{ADV}\s+{NOT}|{NOT}\s+{ORKE})\s+{MORE}\s+(?:(?:\w+\s+)?(?:skole\w*|skule\w*|school\w*|studie\w*|{NAV_OBJECT}|{EVERYDAY_OBJECT})"
                                      # round 78 (ordinary batch 116): "orker ikke mer matte altså haha, kan e få utsatt fristen", "orker ikke mer av det i dag. kan jeg
                                      # levere det neste uke" (a school subject, or "of it today", with a later delivery asked)
                                      rf"|{_SCHOOL_SUBJECT}|av\s+(?:det|d|dete|dette|den|denne)\s+i\s+dag"
                                      # round 80 (ordinary batch 120): "Jeg klarer ikke mer av dette skjemaet i kveld ... Kan jeg levere det neste uke" (of this form, named)
                                      rf"|av\s+(?:dette|denne|det|den|d)\s+{NAV_OBJECT}"
                                      # round 84 (ordinary batch 128): "orka ikke mere med det datakurset. kan jeg få no anna" (with that course named)
                                      rf"|med\s+(?:dette|denne|det|den|d)\s+{NAV_OBJECT}"
                                      r"|av\s+(?:den|det|dette|denne|d)\s+(?:haha\w*|hehe\w*|hihi\w*|lol)))\b")
# round 78 (ordinary batch 117): a hand or a finger cut or hurt at work, a placement or in a kitchen, with the doctor's word ("jeg skadet hånd på praksis,
# kuttet med kniv på kjøkken. lege sier jeg må være hjemme en uke"): an injury at work, not self-harm (not "selv", "med vilje", "igjen" or blood named);
# the doctor's word or a sick note needed (not a visit to the legevakt alone)
# round 85 (ordinary batch 131): "kuttet meg på en kjøkkenkniv på jobb i går, sydd fire sting, er hjemme i dag" (stitches told instead of the doctor's word, and a cut
# on a knife, a glass or a plate named instead of the hand; the same guards: not "selv", "igjen", blood or the arm)
_HURT_AT_WORK = _P(r"^(?=.*\s(?:(?:lege|legen|doktor\w*|doctor)\s+(?:sier|sa|sei|seier|says|said|skriver|meiner|mener)|sykemeldt|sjukemeldt|sykmeldt"
                   r"|(?:sydd|sydde|sydet|fikk|fekk|fatt|got|needed|trengte)\s+(?:\w+\s+){0,2}?(?:sting|stitches)|\w+\s+sting\s+pa\s+legevakt\w*)\b)(?=.*\s(?:pa|at|i|on)\s+(?:praksis\w*|jobb\w*|arbeid\w*|work|kjokken\w*|kitchen|tiltak\w*|lager\w*|fiskebruk\w*|slakteri\w*|fiskemotak\w*)\b)"
                   r"(?!.*\s(?:selv|sjol|sjolv|myself|med\s+vilje|on\s+purpose|igjen|again|blod\w*|blood|arr\w*|scar\w*|armen|wrist|handledd\w*)\b)"
                   r".*\s(?P<hit>(?:skadet|skada|skadd|kuttet|kutta|skar|cut|injured|hurt)\s+(?:meg\s+(?:i|pa)\s+|mae\s+(?:i|pa)\s+|my\s+)?(?:\w+\s+)?(?:hand|handa|handen|finger\w*|tommel\w*|thumb)"
                   r"|(?:kuttet|kutta|skar|cut)\s+(?:meg|mae)\s+(?:pa|i|med|on)\s+(?:en\s+|ei\s+|et\s+|ein\s+|eit\s+|a\s+)?(?:\w*kniv\w*|knife|glas\w*|\w*plate\w*|\w*plata|metal\w*|spiker\w*))\b")

# Nothing but a short reassurance that all is fine (round 66, ordinary batch 93: "jepp d går bra, ingen problem"; the whole message)
_ALL_IS_FINE = _P(r"^(?=.*\s(?:bra|fint|greit|good|fine|problem\w*|worries)\b)(?:\s+(?:ja|jepp|jo|joda|jada|ok|okei|okay|oki|yes|yep|yeah|takk|thanks"
                  r"|(?:(?:det|d|de|alt|all|everything|it|its)\s+)?(?:(?:gar|er|e|is|s)\s+)?(?:bare\s+|helt\s+|heilt\s+)?(?:bra|fint|greit|good|fine|ok|kjempebra|supert|all\s+good)"
                  r"|(?:ingen|no)\s+(?:problem|problemer|problema|problems|worries|stress)))+\s*$")
# No everyday sense explains a message that also speaks of an end or a plan ("talk to ye soon, or maybe never", "it will not
# matter after tonight", "enough knives at home for what i plan"): the model's P1 stands (review of rounds 57-59).
_WORDS_OF_AN_END = _P(r" (?:(?:or|eller)\s+(?:maybe\s+|kanskje\s+)?(?:never|aldri)|maybe\s+never|kanskje\s+aldri|matter|matters|spiller\s+(?:ingen|noen|noko|inga)\s+rolle"
                      r"|(?:for\s+)?what\s+i\s+(?:plan|have\s+planned|am\s+planning)|det\s+(?:jeg|eg|ae)\s+(?:planlegger|har\s+planlagt)|last\s+time|siste\s+gang|siste\s+gong"
                      r"|after\s+tonight|etter\s+i\s+kveld|etter\s+i\s+natt)\b")


# A forgotten password or a login that fails, with a question how to see a page at NAV (round 71, ordinary batch 103: "har glemt passordet
# te nav.no og bankid funker itte. hvordan ser je aktivitetsplanen da?"): a login question, not the passwords set in order.
_FORGOTTEN_LOGIN = _P(r"^(?=.*\s(?:hvordan|korleis|koss|kossen|kordan|how|hvor|kor|kvar|where)\s)(?=.*\s(?:nav|nav\s+no|bankid|min\s+side|mi\s+side|aktivitetsplan\w*|innlogg\w*|logge\s+inn)\b)"
                      r".*\s(?:glemt|glomt|gloymt|forgot|forgotten)\s+(?:\w+\s+)?(?:passord\w*|pinkod\w*|kode|koden|password|pin)\b"
                      # round 76 (ordinary batch 113): "kan du hjelpe meg med passordet til bankid eller må jeg ringe banken" (help asked with the login of BankID or NAV)
                      r"| (?:kan|kunne|can|could)\s+(?:du|dere|dokker|dykk|noen|nokon|you|someone)\s+(?:hjelpe|hjelpa|help)\s+(?:meg\s+|mae\s+|me\s+)?(?:med|with)\s+(?:passord\w*|pinkod\w*|koden|password|pin)\s+(?:til|te|for|pa|on)\s+(?:bankid|nav|nav\s+no|min\s+side|mi\s+side)\b")
# A friend who goes home for good and the farewell party for him named as the reason one cannot come to a course or a meeting (round 72,
# ordinary batch 105: "my kababayan friend goes home to Manila for good, we have despedida party so I cannot come to kurs on friday po"): someone
# else leaving, not oneself.
_SOMEONE_ELSES_FAREWELL_PARTY = _P(r"^(?=.*\s(?:despedida|avskjedsfest\w*|avskjedsselskap\w*|farewell\s+party|leaving\s+party|going\s+away\s+party|send\s+off\s+party)\b)"
                                   r"(?=.*\s(?:friend|venn\w*|kompis\w*|kollega\w*|colleague|cousin|fetter|kusine|bror|broren|brother|soster|sostera|sister|naboen|neighbou?r|he|she|han|hun|ho)"
                                   r"\s+(?:\w+\s+){0,3}?(?:goes|is\s+going|going|moves|is\s+moving|drar|reiser|flytter|flyttar)\s)"
                                   r".*\s(?:cannot|cant|can\s+not|kan\s+ikke|kan\s+ikkje|kan\s+itj)\s+(?:come|komme|kome|attend|make\s+it)\s+(?:to\s+|til\s+|te\s+|pa\s+)?(?:the\s+)?"
                                   r"(?:kurs\w*|course|class|mote\w*|meeting|appointment|timen|tiltak\w*)\b"
                                   # round 89 (ordinary batch 146): "hvem tar over etter veilederen min? hun hadde avskjedsfest fredag" (someone else who "had" the party, or who
                                   # takes over after the veileder asked)
                                   r"|^(?=.*\s(?:avskjedsfest\w*|avskjedsselskap\w*|farewell\s+party|leaving\s+party)\b).*\s(?:(?:hun|han|ho|hu|she|he)\s+(?:hadde|had|har|skal\s+ha|ska\s+ha|holdt|heldt)\s+(?:\w+\s+)?(?:avskjedsfest\w*|avskjedsselskap\w*|farewell\s+party|leaving\s+party)"
                                   r"|(?:hvem|kven|kem|ken|who)\s+(?:tar|tek|takes|will\s+take)\s+over\s+(?:etter|for|after|from)\s+(?:\w+\s+)?(?:veileder\w*|veiledar\w*|rettleiar\w*|saksbehandl\w*)"
                                   # round 92 (ordinary batch 159): "Veilederen min inviterte hele gruppa til avskjedsfest ... fordi hun skal slutte. Hvem blir veilederen min etter det"
                                   # (who will be one's veileder asked)
                                   r"|(?:hvem|kven|kem|ken|who)\s+(?:blir|vert|will\s+be|becomes)\s+(?:den\s+|my\s+|the\s+)?(?:nye\s+|new\s+)?(?:veileder\w*|veiledar\w*|rettleiar\w*|saksbehandl\w*))\b"
                                   # round 92 (ordinary batch 159): "ha det, ska på avskjedsfest" (going to a farewell party, someone else's: a party named right after "to")
                                   r"| (?:skal|ska|skulle|sku|going|drar|gar|on\s+my\s+way)\s+(?:pa|til|te|to)\s+(?:en\s+|ei\s+|a\s+|the\s+)?(?:avskjedsfest\w*|avskjedsselskap\w*|avskjedslunsj\w*"
                                   r"|farewell\s+party|leaving\s+party|going\s+away\s+party|despedida)\b")
# round 76 (ordinary batch 113): sheep gathered on the mountain as the reason one cannot come ("kan ikkje koma fredag er på fjellet og sankar sauer"):
# a farm chore, not a walk to the mountain; not with words of an end (checked by the caller)
_GATHERING_SHEEP = _P(rf"^(?=.*\s(?:kan|kjem|kommer|komer|can)\s+{NOT}\s+(?:koma|kome|komme|kom|come|mote|mota)\b).*\s(?:sankar|sanker|sanke|sanka|sankinga|sanking|samler|samlar|gathering)\s+(?:inn\s+)?(?:sau|sauer|sauene|sauane|sauen|sheep|lam|lama|lamene|lamba)\b")
# Thanks for the year and looking forward to starting something (round 71, ordinary batch 102: "Takk for alt dette året! ... eg gler meg til å
# byrje på mottaket")
_LOOKING_FORWARD_TO_START = _P(r" (?:gleder|gler|glede|gledar)\s+(?:meg|mae|oss)\s+(?:til|te)\s+(?:a\s+)?(?:begynne|byrje|byrja|starte|starta|begynna)\s+(?:pa|i|som)\b")

# round 89 (ordinary batch 144): "fekk eit djupt kutt i låret ... ulukke med motorsaga ... e på bedringens veg no og kjem heim måndag" (an accident with a tool or at work,
# and healing or going home told; not "selv", "med vilje" or "igjen")
_AN_ACCIDENT_HEALING = _P(r"^(?=.*\s(?:ulukke\w*|ulykke\w*|uhell\w*|accident\w*)\b)(?=.*\s(?:motorsag\w*|\w*sag|saga|sagen|oks\w*|kniv\w*|jobb\w*|arbeid\w*|skogen|verksted\w*|traktor\w*|chainsaw|saw|work)\b)"
                          r"(?!.*\s(?:selv|sjol|sjolv|myself|med\s+vilje|on\s+purpose|igjen|again)\b)"
                          r".*\s(?:pa\s+bedringens\s+(?:veg|vei)|pa\s+bedringsvegen|pa\s+bedringsveien|(?:kjem|kommer|blir\s+utskriven|blir\s+utskrevet|skrives\s+ut)\s+(?:heim|hjem|ut)\s+(?:pa\s+)?(?:\w+dag|i\s+morgen|i\s+morgon|snart|neste\s+veke|neste\s+uke)|recovering|on\s+the\s+mend)\b")
# round 89 (ordinary batch 146): "telefonen ble knust da jeg falt på isen ved elva, får nytt nummer neste uke. send på mail" (a phone broken or lost, with a new number
# or mail asked for)
_A_PHONE_BROKEN_OR_LOST = _P(r"^(?=.*\s(?:telefon\w*|mobil\w*|phone)\s+(?:\w+\s+)?(?:ble|vart|blei|er|e|har\s+blitt|was|got)\s+(?:knust|odelagt|odelagd|borte|stjalet|stolen|broken|smashed|mistet|mista|lost)\b)"
                             r".*\s(?:nytt\s+nummer|ny\s+telefon|new\s+number|new\s+phone|send\w*\s+(?:\w+\s+)?(?:pa|pr|by|via)\s+(?:mail|e\s+post|epost|email|brev))\b")
# round 89 (ordinary batch 146): "en krimbok der nesten alle dør til slutt" (a book, a film or a series in which people die, told as its story)
# found on review: the story itself before "der", and not a life likened to one ("livet mitt er som en film der alle dør til slutt")
# round 92 (ordinary batch 157): "de skal sette opp et teaterstykke der alle dør til slutt" (a play or a musical too; the book, the film and the series made a constant,
# shared by the story and the life likened to one)
_A_BOOK_FILM_OR_PLAY = (r"(?:\w*film\w*|\w*bok\w*|\w*serie\w*|\w*roman\w*|movie\w*|book\w*|novel\w*"
                        r"|\w*stykke\w*|\w*teater\w*|\w*forestilling\w*|\w*musikal\w*|\w*skuespill\w*|play|musical|opera\w*)")
# found on review in round 92: nor one's own death or wish to die told beside the story ("... et teaterstykke der alle dør til slutt. jeg vil også dø", which the net
# does not catch by itself)
_A_STORY_TOLD = _P(rf"^(?!.*\s(?:livet|life|som|like)\s+(?:\w+\s+)?(?:en|ei|et|eit|ein|a|i\s+en|in\s+a)\s+(?:\w+\s+)?{_A_BOOK_FILM_OR_PLAY}\b)"
                   r"(?!.*\s(?:jeg|je|eg|ae|e|i|me|meg|mae)\s+(?:\w+\s+){0,3}?(?:do|doy|dor|die|dod|dead)\b)"
                   rf".*\s{_A_BOOK_FILM_OR_PLAY}\s+(?:der|hvor|kor|where|in\s+which)\s+(?:nesten\s+|almost\s+|nearly\s+)?(?:alle|mange|everyone|everybody|most)\s+(?:\w+\s+)?(?:dor|doyr|die|dies|blir\s+drept|vert\s+drepne|get\s+killed)\b")
# round 89 (ordinary batch 147): "Kan eg få sjå alt nav har skrive om meg" (one's own file asked to see, in a book about one's life)
_ASKS_TO_SEE_ONES_FILE = _P(r" (?:kan|kunne|can|could)\s+(?:jeg|je|eg|e|ae|i|vi|me)\s+(?:fa\s+)?(?:sja|se|lese|lesa|innsyn\s+i|kopi\s+av|see|read|get\s+a\s+copy\s+of)\s+(?:alt\s+|all\s+|everything\s+|det\s+)?"
                            r"(?:som\s+|that\s+|what\s+)?(?:nav|dere|dokker|dykk|you)\s+(?:har|have|has)\s+(?:skrive|skrevet|skrivi|skreve|registrert|lagra|lagret|notert|written)\s+(?:om|on|about)\s+(?:meg|mae|me)\b")


# round 90 (ordinary batch 149): "likte skytebanen i militæret. kunne tenkt mæ vekter", "spiller mye dataspill der man skyter zombier haha, men seriøst vil jobbe
# med IT" (the shooting range or the army liked, or shooting in a game, with a job wished for)
_SHOOTING_WITH_A_JOB_WISHED = _P(r"^(?=.*\s(?:kunne\s+tenkt\s+(?:meg|mae)|vil\s+(?:gjerne\s+)?jobbe|onsker\s+a\s+jobbe|vekter\w*|sikkerhet\w*|spiltest\w*|want\s+to\s+work)\b)"
                                 r"(?:.*\s(?:likte|liker|likar|trivdes|trivst|elsket|liked)\s+(?:\w+\s+)?(?:skytebane\w*|skyting\w*|militaer\w*|forsvaret|heimevern\w*|rekrut\w*)"
                                 r"|.*\s(?:dataspil\w*|spil\w*|gaming|games?)\s+(?:\w+\s+){0,3}?(?:skyter|skyte|shoot\w*|drep\w*|kill\w*)\s+(?:zombi\w*|monst\w*|aliens?|robot\w*))\b")
# round 90 (ordinary batch 150): "Ikke krise, bare vil vite dato" (no crisis, only a question)
# round 91 (ordinary batch 153): "ha det bra Kari, takk for praten. ska spille zombiespill på playstation resten av kvelden haha" (a goodbye for the evening, and a game or a
# film the rest of the evening; with no sign at all)
_A_GAME_FOR_THE_EVENING = _P(rf"^(?=.*\s(?:ha\s+det|hadet|takk\s+for\s+praten|snakkes|bye|goodbye)\b)(?!.*\s(?:{PILLS}|tau\w*|rope|kniv\w*|knife|hagl\w*|rifl\w*|gun|aldri|never|siste|last)\b).*\s(?:ska|skal|skal\s+bare|ska\s+bare|going\s+to|gonna|gona)\s+(?:\w+\s+)?"
                             r"(?:spille|spela|spel|play|game|game\w*|se|sja|watch)\s+(?:\w+\s+){0,3}?(?:pa\s+(?:playstation|ps\d|xbox|pc\w*|switch)|on\s+(?:the\s+)?(?:playstation|ps\d|xbox|pc|switch)"
                             r"|resten\s+av\s+kvelden|heile\s+kvelden|hele\s+kvelden|the\s+rest\s+of\s+the\s+evening|all\s+evening)\b")
_NO_CRISIS_ONLY_A_QUESTION = _P(r" (?:ikke|ikje|itj|ike|not|no)\s+(?:en\s+|ei\s+|a\s+)?(?:krise|krisa|crisis|emergency|akutt)\s+(?:bare|berre|just|only)\s+(?:vil\s+vite|lurer|spor|lure|wondering|asking|want\s+to\s+know)\b")
# round 90 (ordinary batch 151): "mørketida tar på, jeg er trøtt og treg ... men ellers har jeg det greit. Kan vi senke tempoet" (tired, otherwise fine, with a request)
_TIRED_BUT_OTHERWISE_FINE = _P(r"^(?=.*\s(?:kan|kunne|can|could)\s+(?:vi|me|jeg|eg|dere|dokker|du|we|you)\s)(?=.*\s(?:trott|treg|sliten|slitne|tired|morketid\w*|vinter\w*)\b)"
                               r".*\s(?:ellers|elles|otherwise)\s+(?:har\s+(?:jeg|je|eg|ae|e|vi)\s+det|gar\s+det|er\s+(?:alt|det)|e\s+(?:alt|det)|(?:i|im)\s+(?:am\s+)?)\s*(?:greit|grei|bra|fint|ok|okei|good|fine)\b")
# round 90 (ordinary batch 151): "Det er ikke noe galt, det er bare sånn reindrift er om vinteren" (nothing wrong, only how things are)
_NOTHING_WRONG_ONLY_HOW_IT_IS = _P(r" (?:det|d)\s+(?:er|e|is)\s+(?:ikke|ikje|itj|ite|not)\s+(?:noe|noko|naka|noka|no|non|anything)\s+(?:galt|gale|wrong)\s+(?:\w+\s+){0,3}?(?:bare|berre|just)\s+(?:san|slik|sik|fordi|because|at|that|the\s+way)\b")
# round 90 (ordinary batches 148 and 150): "tar dem akkurat som hun sa" (the doctor named and the tablets tapered or begun, taken as she said; not all or many of them,
# nor "never / any more"); with an indirect sign allowed ("ville bare at dere skulle vite det")
_TAKEN_AS_SHE_SAID = _P(rf"^{_NOT_ALL_THE_PILLS}(?!.*\s(?:aldri|never|mer|meir|lenger|igjen|again|anymore|any\s+more)\b)"
                        rf"(?=.*\s(?:legen|lege|doktoren|fastlegen|doctor)\b)(?=.*\s(?:trappe|trapa|trappa|begynt|byrja|starta|startet|nye|ny|new)\s+(?:ned\s+)?(?:pa|med|on)?\s*(?:\w+\s+)?{PILLS})"
                        r".*\s(?:tar|tek|take)\s+(?:dem|dei|de|them|den|it)\s+(?:akkurat\s+|noyaktig\s+|just\s+|exactly\s+)?(?:som|as)\s+(?:hun|han|ho|hu|she|he)\s+(?:sa|sier|sei|seier|said|says)\b")

# round 92 (ordinary batch 156): "jeg klarer ikke mer av denne uvissheten om søknaden min" (tired of the uncertainty or the waiting about an application, a case, a
# decision or an answer named)
_TIRED_OF_WAITING_FOR_AN_ANSWER = _P(rf" {ORKE}{ADV}\s+{NOT}\s+{MORE}\s+(?:av\s+|med\s+)?(?:denne|dette|den|det|all|this|the)\s+(?:\w+\s+)?"
                                     r"(?:uvissheten|uvissa|uvisshet|usikkerheten|usikkerheita|ventinga|ventingen|ventetida|ventetiden|uncertainty|waiting)\s+"
                                     r"(?:om|rundt|pa|med|for|about|on|over)\s+(?:\w+\s+){0,2}?(?:\w*soknad\w*|saka|saken|vedtak\w*|klage\w*|svar\w*|utbetaling\w*|avklaring\w*|application|case|decision|appeal|answer)\b")
# round 92 (ordinary batch 156): "e det sånn at pengan kjem seinare i påska? har nok te då" (enough money until then, with a payment asked when it comes)
_ENOUGH_UNTIL_THE_PAYMENT = _P(r"^(?=.*\s(?:(?:pengan|pengane|pengene|penga|pengar|utbetaling\w*|lonna|lonningen|lonninga|stonaden|stonad|sosialen|dagpengene|the\s+money|the\s+payment|payment)"
                               r"\s+(?:\w+\s+){0,2}?(?:kjem|kommer|komer|kom|blir|vert|come|comes)|(?:kjem|kommer|komer|kom|does|will)\s+(?:\w+\s+)?(?:pengan|pengane|pengene|penga|pengar"
                               r"|utbetalinga|utbetalingen|lonna|lonningen|lonninga|stonaden|sosialen|dagpengene|the\s+money|the\s+payment))\b)"
                               r".*\s(?:har|hev|have)\s+(?:(?:jeg|je|eg|ae|e|vi|me|i)\s+)?(?:nok|enough)\s+(?:penger\s+|pengar\s+|money\s+|mat\s+|food\s+)?(?:til|te|tel|until|till)\s+"
                               r"(?:da|den\s+tid|then|lonning\w*|\w+dag|paske\w*|jul\w*)\b")
# round 92 (ordinary batch 156): "brua e stengt, kjem ikkje i dag" (a bridge, a road, a tunnel or the ferry closed or cancelled, as the reason one cannot come)
# round 93 (ordinary batch 160): "kommer seint på tiltaket, brua på straumen e stengt pga ulykke" (late rather than not coming, and the bridge at a place named: "på straumen")
_A_CLOSED_ROAD_AS_THE_REASON = _P(rf"^(?=.*\s(?:(?:kjem|kommer|komer|kan|rekker|rekk)\s+{NOT}\s+(?:\w+\s+){{0,3}}?(?:i\s+dag|idag|i\s+kveld|i\s+morgen|i\s+morgon|pa\s+\w+|til\s+\w+|te\s+\w+|today|fram|frem)"
                                  r"|(?:cant|cannot|wont)\s+(?:come|make\s+it|get\s+there)"
                                  r"|(?:kjem|kommer|komer|blir|ble|vart|be|ill\s+be|im|i\s+am|running)\s+(?:litt\s+|nok\s+|a\s+bit\s+)?(?:seint|sent|for\s+seint|for\s+sent|forseinka|forsinket|late)\s+(?:pa|til|te|to|for)\s+\w+)\b)"
                                  r".*\s(?:brua|bruen|broa|broen|\w+brua|\w+bruen|\w+broa|\w+broen|bridge|veien|vegen|\w*tunnelen|ferja|ferga|ferjen|hurtigbaten|the\s+road|the\s+bridge|the\s+ferry)"
                                  r"\s+(?:(?:pa|ved|over|til|on|at|to)\s+\w+\s+)?(?:er|e|is|ble|blei|vart|was)\s+(?:\w+\s+)?(?:stengt|stengd|closed|sperret|sperra|innstilt|cancelled)\b")
# round 92 (ordinary batch 156): "god natt då. ska ut med garnet tidlig i mårra" (out with the nets or the line early or tomorrow; not with not coming home or back)
_OUT_WITH_THE_NETS = _P(rf"^(?!.*\s(?:{NOT}|aldri|never)\s+(?:\w+\s+)?(?:heim|hjem|tilbake|tebake|att|inn|i\s+land|home|back)\b)"
                        r"(?=.*\s(?:tidlig|tidleg|early|i\s+morgen|i\s+morgon|i\s+mora|i\s+marra|imorgen|imarra|i\s+morra|tomorrow)\b)"
                        r".*\s(?:ska|skal|skulle|gar|drar|going)\s+(?:(?:eg|jeg|je|e|ae|i|vi|me|we)\s+)?ut\s+(?:med|with)\s+(?:garna|garnet|garn|garnene|garnane|teinene|teinane|teina|lina|linja|line|the\s+nets|nets)\b")
# round 92 (ordinary batch 157): "szukam pracy, murer, betong, bru? jeg har bygget bruer i polen 8 år" (work sought, with bridges, houses or roads built named as one's trade)
_A_BUILDER_ASKS_FOR_WORK = _P(r"^(?=.*\s(?:szukam\s+pracy|soker\s+(?:\w+\s+)?(?:jobb\w*|arbeid\w*)|ser\s+etter\s+(?:\w+\s+)?(?:jobb\w*|arbeid\w*)|looking\s+for\s+(?:a\s+)?(?:job|work)"
                              r"|(?:vil|ma)\s+ha\s+(?:en\s+)?jobb|trenger\s+(?:en\s+)?jobb)\b)"
                              r".*\s(?:bygget|bygd|bygde|bygt|built|jobbet\s+med|worked\s+on|arbeidet\s+med)\s+(?:\w+\s+){0,2}?(?:bruer|bruene|bru|bridges?|hus|houses|veier|vegar|roads|tunnel\w*|kaier|demninger|dams)\b")
# round 94 (ordinary batches 165 and 167): a video game, by name or as a game ("fortnite", "minecraft", "krigsspill"); shared by a night up with a game (round 92) and a
# game with the children (`_A_GAME_WITH_THE_CHILDREN`)
_A_VIDEO_GAME = r"(?:\w*spill\w*|\w*spel\w*|\w*game\w*|gaming|playstation|xbox|ps\d|fortnite|minecraft|warzone|counter\s+strike|roblox)"
# round 92 (ordinary batch 159): "jeg kommer ikke på jobbsøkerkurset før lunsj ... sittende oppe hele natta med et krigsspill" (up all night with a game, as the reason one
# is late for or cannot come to a course, a meeting or work)
_UP_ALL_NIGHT_WITH_A_GAME = _P(rf"^(?=.*\s(?:kommer|kjem|komer|rekker|rekk|kan)\s+{NOT}\s+(?:\w+\s+){{0,2}}?(?:(?:pa|til|te|to)\s+)?(?:\w+\s+)?(?:\w*kurs\w*|\w*mote\w*|tiltak\w*|jobb\w*|praksis\w*|timen|skole\w*|class|course|work)\b)"
                               r".*\s(?:oppe|vaken|vaka|awake|up)\s+(?:hele|heile|all)\s+(?:natta|natten|natt|night)\s+(?:med|og|with|playing|and)\s+(?:\w+\s+){0,2}?"
                               rf"{_A_VIDEO_GAME}\b")

# round 93 (ordinary batch 161): "får æ dekt kjøringa te kurset i snåsa? det e 20 mil tur retur" (a distance told in mil or km, there and back or each way, with the
# driving, a ticket or the cost of getting to a course, a meeting or work named)
_A_DISTANCE_TO_DRIVE = _P(r"^(?=.*\s(?:\w*kurs\w*|course|tiltak\w*|\w*mote\w*|meeting|jobb\w*|work|praksis\w*|kjoring\w*|kjore|koyring\w*|bensin\w*|drivstoff\w*|billett\w*|ticket\w*"
                          r"|reise\w*|dekt|dekke|dekker|refus\w*|skyss\w*)\b)"
                          r".*\s\d+\s+(?:mil|km|kilometer|kilometers|miles)\s+(?:tur\s+retur|t\s+r|hver\s+vei|hver\s+veg|kvar\s+veg|en\s+vei|ein\s+veg|each\s+way|one\s+way|round\s+trip|there\s+and\s+back)\b")
# round 93 (ordinary batch 163): "dette e siste melding fra mæ, vil ikkje ha fleire sms fra dokk" (a last message with the wish for no more SMS as the last words: an
# opt-out, which the farewell sign leaves too; the shared words `_NO_MORE_MESSAGES_AS_THE_LAST_WORDS`)
_A_LAST_MESSAGE_AS_AN_OPT_OUT = _P(r" (?:siste|sista|last)\s+(?:melding|meldinga|message|text|sms)\s+(?:fra|ifra|from)\s+(?:meg|mae|me)\s+" + _NO_MORE_MESSAGES_AS_THE_LAST_WORDS)
# round 94 (ordinary batch 165): "siste melding fra mæ i kveld, ska legg mæ. snakkes" (the night's last message, going to bed after it; the shared words
# `_TONIGHT_GOING_TO_BED`, which the farewell sign leaves too)
_A_LAST_MESSAGE_BEFORE_BED = _P(r" (?:siste|sista|last)\s+(?:melding|meldinga|message|text|sms)\s+(?:fra|ifra|from)\s+(?:meg|mae|me)\s+" + _TONIGHT_GOING_TO_BED)
# round 94 (ordinary batch 166): "vi flyttar frå måløy til sandane neste veke ... har sagt farvel til alle naboane" (a farewell to the neighbours, the workmates or everyone
# with a move named: the shared words `_A_MOVE_NAMED`, which the farewell sign leaves too; one indirect sign allowed, "sier farvel", not two, which the net answers)
_A_FAREWELL_ON_A_MOVE = _P(rf"^{_A_MOVE_NAMED}.*\s(?:sagt|sa|sei|sier|seier|tatt|tok|tar|said|say|saying)\s+(?:farvel|farvell|ha\s+det|hadet|goodbye)\s+(?:til|te|med|to)\s+"
                           r"(?:alle\s+|ale\s+|all\s+)?(?:naboane|naboene|naboan|naboen|grannane|grannene|kollegane|kollegene|kollegaene|gjengen|gutta|venane|vennene|alle|ale|everyone|the\s+neighbou?rs|my\s+neighbou?rs)\b")
# round 94 (ordinary batches 165 and 167): "må logg av, ungan vil at æ ska bli skutt i fortnite m dem. ha det", "ungane vil at eg skal spele minecraft med dei. ha det" (the
# children want one to play a game with them, and a goodbye for now; not with pills, a rope or a gun named, nor "never" or "last")
_A_GAME_WITH_THE_CHILDREN = _P(rf"^(?=.*\s(?:ha\s+det|hadet|snakes|snakkes|bye|ma\s+ga|ma\s+gaa|mo\s+ga|ma\s+logg\w*\s+av|ma\s+logge\s+av|gotta\s+go|have\s+to\s+go)\b)"
                               rf"(?!.*\s(?:{PILLS}|tau\w*|rope|kniv\w*|knife|hagl\w*|rifl\w*|gun|aldri|never|siste|last)\b)"
                               r".*\s(?:ungan|ungane|ungene|barna|borna|ongan|ongane|gutten|jenta|guttane|jentene|the\s+kids|my\s+kids|kids|children)\s+(?:vil|ville|want|wants)\s+(?:at\s+|that\s+)?"
                               rf"(?:jeg|je|eg|ae|e|i|me)\s+(?:skal|ska|sku|skulle|should|to)\s+(?:\w+\s+){{0,3}}?{_A_VIDEO_GAME}\s+(?:med|m|with)\s+(?:dem|dei|dom|di|them)\b")
# round 94 (ordinary batch 167): "i was electrician in kharkiv. i want work with electric or at the hydro power station" (one's trade told, a word for a trade by its ending
# or by name, where one did it, and work wished for; not "var innlagt i", "was in hospital")
_A_TRADE_TOLD_WITH_WORK_WISHED = _P(r"^(?=.*\s(?:i\s+want\s+(?:to\s+)?(?:work|a\s+job|job)|i\s+would\s+like\s+(?:to\s+)?(?:work|a\s+job)|(?:jeg|je|eg|ae)\s+(?:vil|onsker)\s+(?:gjerne\s+)?(?:a\s+)?(?:jobbe|arbeide|ha\s+jobb|ha\s+arbeid|jobb))\b)"
                                    r".*\s(?:i|jeg|je|eg|ae)\s+(?:was|were|var|va|worked\s+as|jobbet\s+som|jobba\s+som|arbeidet\s+som|arbeidde\s+som)\s+(?:a\s+|an\s+|en\s+|ein\s+)?"
                                    r"(?:\w+(?:er|ar|or|ist|ian|ant|mann|kvinne)|kok|bonde|sjafor|driver|nurse|doctor|lege|engineer|ingenior)\s+(?:in|i|at|pa)\s+\w+")
# round 94 (ordinary batch 167): "hadde avskilsfest med gutta på fabrikken i går. siste arbeidsdag, so no er eg arbeidsledig" (one's own farewell party at work with the last
# working day named)
_A_FAREWELL_PARTY_ON_THE_LAST_DAY_AT_WORK = _P(r"^(?=.*\s(?:siste\s+arbeidsdag\w*|siste\s+dag\s+(?:pa|at)\s+(?:jobb\w*|fabrik\w*|arbeid\w*|work)|last\s+(?:working\s+)?day\s+at\s+work)\b)"
                                               r".*\s(?:hadde|had|har\s+hatt|holdt|heldt)\s+(?:\w+\s+)?(?:avskjedsfest\w*|avskilsfest\w*|avskjedslunsj\w*|avskilslunsj\w*|farewell\s+party|leaving\s+party|leaving\s+do)\b")
# round 94 (ordinary batch 167): "det er so mørkt og tungt her om vinteren, eg treng litt roligare tempo til sola kjem att" (a slower pace asked for, with the winter, the dark
# or the sun named: the user lowers the pace, as the bot must allow)
_A_SLOWER_PACE_FOR_THE_WINTER = _P(r"^(?=.*\s(?:vinter\w*|morketid\w*|morkt|morke|dark|darkness|winter|sola|solen|the\s+sun)\b)"
                                   r".*\s(?:treng|trenger|need|vil\s+ha|onsker|onskjer|would\s+like|(?:kan|kunne|can|could)\s+(?:eg|jeg|je|ae|vi|me|i|we)\s+(?:fa|get|have))\s+(?:litt\s+|eit\s+|et\s+|a\s+|a\s+bit\s+)?"
                                   r"(?:roligare|roligere|rolegare|lagare|lavere|saktare|saktere|slower|calmer|lower)\s+(?:tempo|pace)\b")
# round 95 (ordinary batch 168): "ka betyr det at saken min e avslutta? høres ut som æ e død for dokker" (as if one were dead to NAV: a figure of speech, with the case, a
# decision or the benefit named as closed or stopped; "dead to" NAV, "you" or the system only, not to one's family)
_AS_IF_DEAD_TO_NAV = _P(r"^(?=.*\s(?:dod|daud|dead)\s+(?:for|to)\s)"  # the rare words first: the check is cheaper so
                        r"(?=.*\s(?:saken|saka|sak|vedtak\w*|stonad\w*|ytels\w*|case|benefit\w*)\s+(?:\w+\s+){0,3}?(?:er|e|ble|vart|blei|is|was|har\s+blit|has\s+ben)\s+(?:avslut\w*|stengt|stenga|lukket|lukka|stopet|stoppa|closed|stopped)\b)"
                        r".*\s(?:hores|horest|hoyrest|hoyres|hortes|kjennes|foles|sounds|feels)\s+(?:ut\s+)?(?:som|like)\s+(?:om\s+|at\s+|if\s+)?(?:jeg|je|eg|ae|e|i)\s+(?:er|e|var|va|am|was|were|m)\s+"
                        r"(?:dod|daud|dead)\s+(?:for|to)\s+(?:dere|dokker|dokke|dokk|dykk|nav|you|systemet|the\s+system)\b")
# round 95 (ordinary batch 171): "klarar ikkje fristen fredag, det er lamming og eg står i fjøset døgnet rundt" (a deadline, a meeting or a course not made, with lambing,
# calving or kidding named as the reason: the farmer's spring in the barn)
_LAMBING_AS_THE_REASON = _P(r"^(?=.*\s(?:lamming\w*|lambing|kalving\w*|calving|kjeing\w*|kidding)\b)"  # the rare words first: the check is cheaper so
                            rf"(?=.*\s(?:klarer|klarar|klare|rekker|rekk|rakk|kan|kjem|kommer|komer|greier|greiar)\s+{NOT}\s+(?:\w+\s+){{0,2}}?(?:fristen|frist\w*|\w*motet|\w*mote|kurset|timen|tiltaket|innlevering\w*|deadline)\b)")


def explained_by_ordinary_sense(text: str) -> bool:
    """Strong words in their everyday sense ("I could kill for an earlier slot", "Då seier eg farvel
    for i dag") and no sign but indirect ones, or, with no sign at all, a death told as expected ("far min
    døde i vinter, han va 88"), pills that make one sleep through the alarm clock or a wish for no more
    SMS with nav.no named instead (round 50), pills taken as the doctor said with an alarm set or a first-aid
    course done (round 55), a gun named with the hunt (round 56), a wish about the hours messages come or the sun told as back
    (round 57), knives named with a workplace where they are the tool (round 59), nets to be pulled, "hoppe av" to
    become something else, a life "saved" with the help named and a laugh, or how often messages come (round 60),
    water or a rope named as a skill for an application (round 61), worn out by physiotherapy, a course or a shift with the
    talk put off to a later day (round 63), a leisure thing at the water or on the bridge: fishing, ice cream, a walk or the
    weather (round 64), nothing but a short reassurance that all is fine (round 66), "orker ikke mer" with a named everyday
    thing (school, a course) and a request (round 67; help asked with the thing named and "... mer av den haha", round 69),
    the doctor's pills that help taken as he said, or the funeral of one who was old (round 69), a friend's farewell party as the reason one
    cannot come to a course (round 72), a hand cut at work or a placement with the doctor's word (round 78), or a cut on a knife at work with stitches (round 85),
    a goodbye with a game or a film for the rest of the evening (round 91), tired of the uncertainty about an application, enough money until a payment asked
    for, a closed bridge or road as the reason one cannot come, out with the nets early, a builder of bridges asking for work, up all night with a game before a
    course, a safety course done, a play in which everyone dies, a farewell party one goes to or a veileder's farewell party with who is next asked (round 92),
    a distance to drive to a course told there and back, or a last message that asks for no more SMS (round 93; and, among the everyday words, drowning in
    paperwork, an episode in which everyone dies, and no fear of heights with a job wished for), the night's last message before bed, a game the children want
    one to play, one's trade told with work wished for, one's own farewell party on the last day at work, a slower pace asked for in the winter dark, or a
    farewell on a move with one indirect sign allowed (round 94; and, among the everyday words, "not as bad as I thought"; a first-aid course one is going to),
    as if one were dead to NAV with the case named as closed, or a deadline missed for the lambing (round 95):
    not a P1, for the model (rasa_server/ordinary_sense.py)."""
    t, groups = normalise(text), matched_groups(text)
    if _WORDS_OF_AN_END.search(t):
        return False
    return ((bool(_ORDINARY_SENSE.search(t)) or bool(_TAKEN_AS_SHE_SAID.search(t)) or bool(_A_FAREWELL_ON_A_MOVE.search(t)) and _indirect(t) is None) and groups <= {"indirect"}  # round 90; round 94
            or bool(_EXPECTED_DEATH.search(t) or _ALARM_CLOCK.search(t) or _NO_MORE_SMS.search(t)
                    or _AS_THE_DOCTOR_SAID.search(t) or _FIRST_AID_COURSE.search(t) or _ON_THE_HUNT.search(t)
                    or _MESSAGE_HOURS.search(t) or _SUN_IS_BACK.search(t) or _KNIVES_AT_WORK.search(t)
                    or _SKILLS_FOR_AN_APPLICATION.search(t) or _WORN_OUT_BY_THE_DAY.search(t) or _LEISURE_BY_THE_WATER.search(t)
                    or _ALL_IS_FINE.search(t) or _TIRED_OF_A_THING_WITH_A_REQUEST.search(t)
                    or _FORGOTTEN_LOGIN.search(t) or _SOMEONE_ELSES_FAREWELL_PARTY.search(t)
                    or _GATHERING_SHEEP.search(t) or _HURT_AT_WORK.search(t)
                    or _AN_ACCIDENT_HEALING.search(t) or _A_PHONE_BROKEN_OR_LOST.search(t) or _A_STORY_TOLD.search(t)
                    or _ASKS_TO_SEE_ONES_FILE.search(t) or _SHOOTING_WITH_A_JOB_WISHED.search(t) or _NO_CRISIS_ONLY_A_QUESTION.search(t)
                    or _TIRED_BUT_OTHERWISE_FINE.search(t) or _NOTHING_WRONG_ONLY_HOW_IT_IS.search(t)
                    or _A_GAME_FOR_THE_EVENING.search(t)
                    or _TIRED_OF_WAITING_FOR_AN_ANSWER.search(t) or _ENOUGH_UNTIL_THE_PAYMENT.search(t) or _A_CLOSED_ROAD_AS_THE_REASON.search(t)  # round 92
                    or _OUT_WITH_THE_NETS.search(t) or _A_BUILDER_ASKS_FOR_WORK.search(t) or _UP_ALL_NIGHT_WITH_A_GAME.search(t)
                    or _A_DISTANCE_TO_DRIVE.search(t) or _A_LAST_MESSAGE_AS_AN_OPT_OUT.search(t)
                    or _A_LAST_MESSAGE_BEFORE_BED.search(t) or _A_GAME_WITH_THE_CHILDREN.search(t) or _A_TRADE_TOLD_WITH_WORK_WISHED.search(t)  # round 94
                    or _A_FAREWELL_PARTY_ON_THE_LAST_DAY_AT_WORK.search(t) or _A_SLOWER_PACE_FOR_THE_WINTER.search(t)
                    or _AS_IF_DEAD_TO_NAV.search(t) or _LAMBING_AS_THE_REASON.search(t)) and not groups)  # round 71; round 72; round 76; round 78; round 89; round 93; round 95

def matched_groups(text: str) -> set[str]:
    """The groups of SIGN_GROUPS with at least one sign in the text: the model's features
    (rasa_server/safety_features.py)."""
    t = normalise(text)
    return {group for group, signs in SIGN_GROUPS if _first(signs, t) is not None}


# ------------------------------------------------------------------ the model's own P1

# Encoded bytes: percent-encoding, escapes, HTML entities, the replacement character, and UTF-8
# read as Latin-1 or Windows-1252 ("Ã¸" for "ø", "Ãƒ", "Â "), which no Norwegian text contains.
_ENCODED = re.compile(r"%[0-9A-Fa-f]{2}|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|&[a-zA-Z]+;|&#\d+;|\ufffd"
                      r"|[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_EDGE_PUNCTUATION = ".,!?;:()\"'«»-…*"


def _is_word(token: str) -> bool:
    token = token.strip(_EDGE_PUNCTUATION)
    return bool(token) and all(c.isalpha() or c in "-'" for c in token) and any(c.isalpha() for c in token)


# Four or more neighbouring keys of one keyboard row ("asdfg", "qwer"): a pocket text, as no Norwegian or English word is
# (round 85, ordinary batch 130: "asdfg ups lomma"). It is no word; with fewer than four words beside it the message is
# junk, but a longer message with a stray one is read as written ("jeg orker ikke mer i kveld asdf").
_KEYBOARD_ROWS = ("qwertyuiopå", "asdfghjkløæ", "zxcvbnm")


def _is_keyboard_mash(token: str) -> bool:
    token = token.strip(_EDGE_PUNCTUATION).lower()
    return len(token) >= 4 and any(token in row for row in _KEYBOARD_ROWS)


def looks_like_junk(text: str) -> bool:
    """Junk or mostly non-letter text: encoded bytes ("%FF%FE", "ÃƒÂ¸"), symbols, digits, or fewer
    words than other tokens ("T2 bad utf8 %FF%FE end"), or a pocket text of neighbouring keys with
    few words beside it ("asdfg ups lomma"). Ordinary words with an emoji or a
    number among them ("tar 20 piller i kveld") are not junk."""
    tokens = text.split()
    if not tokens or _ENCODED.search(text):
        return True
    mashes = sum(_is_keyboard_mash(token) for token in tokens)
    words = sum(_is_word(token) and not _is_keyboard_mash(token) for token in tokens)
    return words == 0 or words * 2 < len(tokens) or (mashes > 0 and words < 4)


def model_may_raise_p1(text: str) -> bool:
    """Whether a crisis or urgent_need from the model alone may open a P1 case: not on junk.
    The deterministic net above still runs on every text."""
    return not looks_like_junk(text)
