"""Deterministic safety net for `crisis` and `urgent_need`, run on every
inbound message BEFORE Rasa.

    check_message("orker ikke mer") -> SafetyHit(intent="crisis", category="despair")

Categories:
  crisis:      suicidal, self_harm, violence, despair
  urgent_need: no_food, no_money, eviction, homeless

Design:
- Recall first. A false alarm costs little (the user gets the help numbers and
  the veileder is alerted, see /work/shared/domain.md); a missed crisis can
  cost a life. Where a phrasing is ambiguous we fire, with a few narrow
  exclusions for very common ordinary messages.
- The text is normalised before matching: lowercase; æ->ae, ø->o, å->a,
  "oe"->"o", "aa"->"a"; punctuation removed; every run of a repeated letter
  collapsed to one ("ikkje"->"ikje", "kill"->"kil", "døøø"->"do"). The
  patterns below are therefore written in that collapsed form.
- Crisis is checked before urgent need; within crisis: suicidal, self_harm,
  violence, despair. The first hit wins.

Documented decisions:
- "orker ikke mer" / "klarer ikke mer" / "orker ikke lenger" fire (despair)
  even when followed by something mild, except "... mer enn" ("klarer ikke
  mer enn to søknader") and NAV objects ("orker ikke mer kurs/møter/sms").
- "orker ikke møtet i morgen, kan vi flytte" does NOT fire: "orker ikke" alone,
  without "mer/lenger/livet/å leve", is a normal way to say "can't face it".
- "har ikke fått utbetaling/pengene" does NOT fire (a late payment is
  ask_payment), but "har ikke penger", "ingen penger", "0 kr", "blakk" do
  (no_money): a user with no money at all is P1 even if they only ask when
  the payment comes.
- "skadet meg i kneet/på jobb" is an injury, not self-harm; "kutter meg" always
  fires (a cut in the arm is self-harm too often to exclude).
- "det slo meg at ..." (it struck me) is excluded from violence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class SafetyHit:
    intent: str  # "crisis" | "urgent_need"
    category: str  # suicidal | self_harm | violence | despair | no_food | no_money | eviction | homeless


# ------------------------------------------------------------------ normalise

def normalise(text: str) -> str:
    t = text.lower()
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
NOT = r"(?:ike|ikje|ik|ikj|itj|inte|ke|not|no|ingen)"
I = r"(?:jeg|jg|je|eg|e|ae|i|meg|mae|mg|vi|me)"  # noqa: E741
ME = r"(?:meg|mae|mg|me|mi|seg)"
SELF = r"(?:selv|sjol|sjolv|sel|self)"
MORE = r"(?:mer|meir|mere|meire|mr|lenger|lengre|lengar|no\s+mer|noe\s+mer|noko\s+meir|nokon\s+ting)"
ORKE = r"(?:orker|orke|orka|orkar|orkr|orer|orkes|klarer|klare|klarar|greier|greie|greiar|gidder|gider|takler|tolerer)"
LIVE = r"(?:leve|lev|leva|lever|live|living|liv)"
WANT_NO = r"(?:(?:vil|vile|onsker|onske|onskar|lyst)(?:\s+til)?(?:\s+a)?)"
ADV = r"(?:\s+(?:snart|nesten|bare|berre|virkelig|verkeleg|rett\s+og\s+slett|heilt|helt|egentlig|eigentleg|lenger|faktisk|nok))?"
WANT_EN = r"(?:want\s+to|wana|wish\s+i\s+could|going\s+to|gona|wish\s+to)"
FOOD = r"(?:mat|maten|food|noe\s+a\s+spise|noko\s+a\s+ete|a\s+spise|a\s+ete)"
MONEY = r"(?:penger|penga|pengar|pengane|penge|kroner|krone|kr|spenn|money|cash)"
PLACE = r"(?:sted|stad|steder|stader|plas|plasen|plassen|stad|hus|husvaere|tak\s+over\s+hodet)"
FILLER = r"(?:\s+\w+){0,2}"

def _P(pattern: str) -> re.Pattern:
    """Compile a pattern after applying the text normalisation to its literals
    ("oe"->"o", repeated letters collapsed), so patterns may be written in
    ordinary spelling ("ikke", "sleep", "samboeren")."""
    pattern = pattern.replace("oe", "o")
    pattern = re.sub(r"(?<!\\)([a-z])\1+", r"\1", pattern)
    return re.compile(pattern)

SUICIDAL = [
    _P(rf" {WANT_NO}\s+(?:bare\s+)?(?:do|doy|doi) "),  # vil dø, har lyst til å dø
    _P(rf" {WANT_EN}\s+(?:just\s+)?die\b"),  # want to die
    _P(r" onsk\w*\s+(?:\w+\s+){0,3}(?:do|doy|dod|var\s+dod)\b"),  # skulle ønske jeg kunne dø
    _P(r" (?:gjore|gjor|gjer|gjere|gjera)\s+(?:noe|noko|noka|nokka)\s+dumt"),  # kommer til å gjøre noe dumt
    _P(rf" (?:{WANT_NO}|{WANT_EN})\s+(?:bare\s+|just\s+)?(?:vaere|vere|be)\s+(?:dod|dead)\b"),
    _P(rf" skul\w*\s+onske\s+{I}\s+(?:var|ver|vore|hadde\s+vaert)\s+dod"),
    _P(rf" (?:vil|vile|onsker|gidder|orker|orka|orkar|orke|klarer|har\s+lyst|lyst)\s+{NOT}{FILLER}\s+(?:a\s+)?{LIVE}\b(?!\s+(?:av|pa|med)\b)"),
    _P(rf" {NOT}\s+(?:lyst|lust)\s+(?:til\s+)?(?:a\s+)?{LIVE}\b"),
    _P(rf" {I}\s+{NOT}\s+(?:vil|want\s+to|wana)\s+{LIVE}\b"),  # jeg ikke vil leve (broken Norwegian)
    _P(rf" (?:dont|do\s+not|dosnt)\s+want\s+to\s+live"),
    _P(r" tar?\s+(?:livet|live)\b(?!\s+med\s+ro)"),  # ta livet mitt / av meg
    _P(r" tek\s+livet| ta\s+mit\s+eget\s+liv| tar?\s+mit\s+liv| ta\s+livet\s+mit"),
    _P(r" (?:selvmord|sjolvmord|sjolmord|selmord|selvmor|suicid|suicide|suicidal|selvmords\w*|sjolmords\w*)"),
    _P(r" (?:gjore|gjor|gjer|gjere)\s+slut\s+pa\s+(?:alt|livet|det\s+hele|meg\s+sjol|meg\s+selv|det\s+heile)"),
    _P(r" (?:avslute|ende|enda)\s+livet"),
    _P(r" (?:avslutte|avslutter|avsluttar|ende|enda)\s+(?:det\s+hele|det\s+heile|alt)\b"),
    _P(r" (?:alt|livet|det\s+hele|det\s+heile)\s+(?:skal\s+|ma\s+|kan\s+|vil\s+|bare\s+)?(?:ta|tar)\s+slutt\b"),
    _P(rf" (?:vil|vile|orker|orke)\s+{NOT}\s+(?:a\s+)?(?:vaere|vere|vera)\s+her\s+(?:mer|meir|lenger|lengre)\b(?!\s+(?:enn|en|pa)\b)"),
    _P(rf" (?:drepe|drep|drap|kil|kiling)\s+(?:{ME}\s+)?(?:{SELF}|myself|meself)\b"),
    _P(r" (?:end|ending)\s+(?:my\s+life|it\s+al)"),
    _P(r" (?:hang|henge|henger)\s+(?:meg|mae|myself)"),
    _P(r" hope\s+(?:fra|fra\s+ei|fra\s+en|foran|ut\s+fra|ned\s+fra|of|in\s+front)"),
    _P(r" (?:star|sit|sitter|er|stend)\s+pa\s+(?:brua|bruen|brukanten|taket|kanten|stupet)"),
    _P(r" (?:overdose|overdos|od)\b"),
    _P(r" (?:samla|samlet|spart|sparer|samler)\s+(?:pa\s+)?(?:tableter|piler|pilar|tablets|pils)"),
    _P(r" (?:tat|tok|tatt)\s+(?:masse|mange|ale|en\s+haug|hele\s+glaset|heile\s+glaset|for\s+mange)\s+(?:tableter|piler|pilar|sovepiler|sovetableter)"),
    _P(r" (?:avskjedsbrev|avskilsbrev|farvelbrev|suicide\s+note)"),
    _P(rf" (?:ingen|ikje|ike|no)\s+(?:vits|grun|mening|poeng|point|reason)\s+(?:(?:med|i|til|in|to|a)\s+)?(?:a\s+)?{LIVE}\b"),
    _P(r" (?:livet|life)\s+(?:er\s+|is\s+)?(?:ikje\s+|ike\s+|not\s+)?(?:verdt|worth)"),
    _P(r" (?:vil|vile|onsker)\s+(?:ikje|ike)\s+(?:vakne|vakna|vake)"),
    _P(r" (?:sovne|sove)\s+(?:inn\s+)?og\s+aldri\s+(?:vakne|vakna)"),
    _P(r" beter\s+of\s+(?:dead|without\s+me)"),
    _P(r" (?:ale|alle|verden|familien|barna|ungene)\s+(?:har\s+det\s+|hadde\s+hat\s+det\s+|er\s+|ville\s+vaert\s+|blir\s+)?(?:beter|bedre|betre)\s+(?:uten|utan|of\s+without)\s+(?:meg|mae)"),
    _P(r" (?:vil|vile)\s+(?:bare\s+)?forsvine\s+(?:for\s+godt|for\s+alltid|for\s+altid|fra\s+alt)"),
    _P(rf" {NOT}\s+lyst\s+(?:til\s+)?(?:a\s+)?(?:vaere|vere|vera)\s+her\s+(?:mer|meir|lenger|lengre)"),
    _P(r" (?:want|wana)\s+to\s+disappear\s+forever"),
    _P(rf" (?:{NOT}|dont|do\s+not)\s+(?:want\s+to\s+be|wana\s+be|vil\s+vaere|vil\s+vere|onsker\s+a\s+vaere)\s+(?:alive|i\s+live)"),
    _P(r" (?:vil|ville|onsker)\s+(?:ikke|ikkje)\s+(?:vaere|vere)\s+i\s+live"),
    _P(r" (?:taken|took|swallowed)\s+(?:too\s+many|a\s+lot\s+of|all\s+my|an\s+overdose)"),
]

SELF_HARM = [
    _P(rf" (?:skade|skader|skada|skadar|skad|skadet)\s+{ME}\s+{SELF}"),
    _P(rf" (?:skade|skader|skad|skada|skadar)\s+{ME}(?!\s+(?:i|pa|under|da|nar|med|pa\s+jobb)\b)"),
    _P(rf" (?:kute|kuter|kuta|kutet|kut)\s+{ME}\b"),
    _P(rf" (?:kute|kuter|kuta)\s+(?:{ME}\s+)?(?:opp|armene|armen|handleddet|handledene)"),
    _P(rf" (?:brene|brener|brent)\s+{ME}\s+{SELF}"),
    _P(r" (?:selvskad\w*|sjolskad\w*|selfharm|self\s+harm\w*)"),
    _P(r" (?:hurt|harm|cut|cuting|cuts|buring)\s+myself"),
    _P(r" (?:riper|ripe|risper|rispe)\s+(?:meg|mae)\s+(?:opp|i\s+armen|pa\s+armen)"),
]

VIOLENCE = [
    _P(rf" (?<!det )(?:slar|slo|sla|slaar|slatt|slege|juler|julte|julet|banker|banka|banket|sparket|sparker|sparka|kveler|kvelte|dyter|dytter)\s+{ME}\b(?!\s+(?:at|ned|til\s+ro|som\b))"),
    _P(rf" (?:truer|truet|true|truar|truga|trua)\s+med\s+(?:a\s+)?(?:drepe|drep|skade|sla|slaa)"),
    _P(rf" (?:han|hun|ho|dei|de|noen|nokon|eksen|manen|kona|samboeren|kjaresten|faren|far|broren|he|she|they)\s+(?:vil|skal|kjem\s+til\s+a|kommer\s+til\s+a|wil|is\s+going\s+to|wants\s+to)\s+(?:drepe|drep|kil|skade|hurt)\s+{ME}"),
    _P(rf" (?:han|hun|ho|dei|de|eksen|manen|min|mi|mit|samboeren|kjaresten|faren|broren|noen|nokon)\s+(?:truer|truet|truar|trua)\s+{ME}\b(?!\s+med\s+(?:a\s+)?(?:stope|stanse|kute|trekke|fjerne|stans|sanksjon))"),
    _P(rf" (?:blir|blit|vart|ble)\s+(?:truet|trua|truga|slat|slatt|slegen|banka|banket|mishandla|mishandlet|utsat\s+for\s+vold)\b(?!\s+med\s+(?:a\s+)?(?:stope|stanse|kute|trekke|fjerne|stans|sanksjon))"),
    _P(r" (?:er|e|ae|eg|jeg)\s+(?:ike|ikje|itj)\s+(?:tryg|trygg)\s+(?:hjeme|heime|hjema|heima|der|med\s+han|med\s+henne|med\s+ho)"),
    _P(r" (?:livredd|vettskremt|red|redd|rad|skremt)\s+for\s+(?:han|henne|ho|manen|mannen|kona|samboeren|sambuaren|eksen|kjaresten|kjaeresten|faren|broren|him|her)\b"),
    _P(rf" (?:har\s+)?(?:truet|truer|trua|truga)\s+{ME}\b(?!\s+med\s+(?:a\s+)?(?:stope|stanse|kute|trekke|fjerne|stans|sanksjon))(?=.*\b(?:red|redd|tor|tør|hjem|heim|livet|drepe)\b)"),
    _P(r" (?:tor|toer)\s+(?:ikke|ikkje|itj)\s+(?:a\s+)?(?:ga|dra|reise|kome|komme|vaere)\s+(?:hjem|heim|hjemme|heime)"),
    _P(r" (?:red|redd|rad|skremt)\s+for\s+a\s+(?:dra|ga|reise|kome|komme)\s+(?:hjem|heim)"),
    _P(r" (?:red|redd)\s+(?:for\s+)?(?:han|henne|ho|manen|kona|samboeren|eksen|kjaresten|faren)\s+(?:skal\s+|vil\s+|kjem\s+til\s+a\s+)?(?:sla|slar|skade|drepe|kome|komer)"),
    _P(r" (?:voldtat|voldtekt|valdtekt|valdteken|voldtatt|mishandlet|mishandla|mishandler|vold\s+i\s+hjemmet|vold\s+i\s+nare|rape|raped)"),
    _P(r" (?:hits|beats|beat|hurts|threatens|threatened|abuses|abused|kicks|chokes|choked|strangled)\s+me\b"),
    _P(r" (?:he|she|they)\s+(?:hit|hurt|beat)\s+me\b"),
    _P(r" (?:not|dont\s+feel)\s+safe\s+(?:at\s+home|here|with\s+him|with\s+her)"),
    _P(r" (?:domestic\s+violence|scared\s+of\s+(?:him|her|my\s+partner|my\s+husband))"),
]

DESPAIR = [
    _P(rf" {ORKE}{ADV}\s+{NOT}\s+{MORE}\b(?!\s+(?:enn|en|kurs|kursene|moter|motet|meldinger|meldingar|sms|sokn\w*|sporsmal|av\s+(?:dere|nav|kurs|sms|meldinger)))"),
    _P(rf" {ORKE}\s+{NOT}\s+(?:dete|dette|detta|dete\s+livet|livet|meir\s+av\s+livet|noe\s+som\s+helst|nokon\s+ting)\s*(?:$|lenger|mer|meir)"),
    _P(rf" {ORKE}\s+{NOT}\s+(?:a\s+)?(?:leve|lev|live)\b"),  # not "klarer ikke å levere"
    _P(r" (?:no|dont\s+see\s+the|do\s+not\s+see\s+the|whats\s+the)\s+point\s+(?:of|in)\s+(?:living|life|going\s+on)"),
    _P(r" (?:vil|vile)\s+(?:ikke|ikkje|ik)\s+(?:mer|meir)\s*$"),  # "..., jeg vil ikke mer" ending a message
    _P(r" (?:ser\s+)?(?:ingen|ikje\s+noko|ike\s+noen|no)\s+(?:utvei|utveg|way\s+out|lys\s+i\s+tunelen)"),
    _P(r" ingen\s+vits\s+(?:lenger|lengre|meir|mer|i\s+noe|i\s+noko|med\s+noe|med\s+noko|med\s+alt|med\s+noe\s+som\s+helst)"),
    _P(r" (?:ser|sjar|sjer)\s+ingen\s+(?:vits|mening)\s+(?:i|med)\s+(?:noe|noko|noka|nokon\s+ting|alt|livet)"),
    _P(r" (?:git|gitt|gjeve|gje)\s+opp\s+(?:livet|alt|meg\s+sjol|meg\s+selv)"),
    _P(r" (?:lei|drit\s*lei|drittlei)\s+(?:av\s+)?(?:livet|a\s+leve)"),
    _P(r" (?:alt|livet)\s+(?:er\s+|e\s+)?(?:bare\s+)?(?:svart|morkt|mork|meningslost|hapl[oa]st)"),
    _P(r" (?:cant|canot|can\s+not)\s+(?:go\s+on|take\s+(?:it|this)\s+anymore|do\s+this\s+anymore)"),
    _P(r" (?:give|given|gave)\s+up\s+on\s+(?:life|everything|myself)"),
    _P(r" (?:no\s+hope\s+left|hopeles\s+and\s+alone|no\s+way\s+out)"),
    _P(r" (?:har|ha)\s+det\s+(?:sa\s+)?(?:jaevlig|jevlig|forferdelig)\s+(?:at|og)\s+{0}".format(r"(?:vil|orker|klarer)")),
]

NO_FOOD = [
    _P(rf" (?:har|ha|hae|meg|jeg|jg|vi|me|eg|e|ae|ungene|barna|ungane|borna)\s+(?:{NOT}|ingenting|ikje\s+nokon|nada|null)\s+(?:noe\s+|noko\s+|noka\s+|naka\s+|nan\s+|nokon\s+|nokka\s+|no\s+|meir\s+|mer\s+|igjen\s+av\s+)?{FOOD}\b"),
    _P(rf" (?:ingen|ikje|ike|no|uten|utan|tom\s+for|tomt\s+for|slut\s+pa)\s+{FOOD}\b"),
    _P(r" (?:ingenting|ingen\s+ting|ikje\s+noko|ike\s+noe|nothing)\s+(?:a\s+|to\s+)?(?:spise|ete|eat)"),
    _P(r" (?:ike|ikje|not|havent)\s+(?:spist|ete|et|eaten)\s+(?:pa|i|for|siden|sidan|since)\b"),
    _P(r" (?:sulter|svelter|sultne|sultar|starving|hungry|sulten|svolten)\b"),
    _P(r" (?:kjoleskapet|kjoleskap|skapene|skapa|skapet|fridge)\s+(?:er\s+|e\s+|is\s+)?(?:heilt\s+|helt\s+|completely\s+)?(?:tomt|tome|tom|empty)"),
    _P(r" (?:tome|tomt|empty)\s+(?:skap|kjoleskap|fridge|cupboards)"),
    _P(rf" (?:{NOT}|null|0)\s+(?:\w+\s+)?(?:{MONEY}|rad|rab)\s+(?:til|te|for)\s+(?:mat|food|a\s+kjope\s+mat)"),
    _P(r" (?:trenger|treng|need|ned)\s+(?:akut\s+|nod\s*|naud\s*)?(?:mat|food|matkort|matpenger|nodhjelp\s+til\s+mat)\b"),
    _P(r" (?:trenger|treng|need|ned|ma\s+ha|mo\s+ha)\s+(?:\w+\s+){0,2}(?:penger|pengar|hjelp|help|money)\s+(?:til|te|for)\s+(?:mat|food)\b"),
    _P(r" (?:matkort|matrekvisisjon|matutdeling|matsentral|fod\s+bank)"),
    _P(r" cant\s+(?:aford|buy)\s+(?:food|groceries)"),
]

EVICTION = [
    _P(rf" (?:kast\w*|kaste|kasta)\s+(?:{ME}\s+|oss\s+|meg\s+og\s+\w+\s+)?ut\b(?!\s+(?:soplet|soppel|sopla|bosset|av\s+(?:kurset|tiltaket|programet|skolen|kvp|motet|timen|klasen|gruppa|chaten|samtalen)))"),
    _P(r" (?:utkastelse|utkasting|utkastning|tvangsfravikelse|fravikelse|namsman\w*|fogd\w*|lensman\w*)"),
    _P(r" (?:evict\w*|kicked\s+out|kick\s+me\s+out|throw\w*\s+me\s+out|lose\s+my\s+(?:apartment|flat|home|house))"),
    _P(r" (?:mister|miste|mista|mistet|taper)\s+(?:leiligheten|leiligheta|leilighet|boligen|bustaden|husvaeret|huset|hybelen|rommet)\b"),
    _P(r" (?:sagt|sei|seier|sier)\s+(?:meg\s+|mae\s+|oss\s+)?opp\s+(?:fra\s+)?(?:leiligheten|leiligheta|husleiekontrakten|leiekontrakten|boligen|hybelen)"),
    _P(r" (?:ma|mo|skal)\s+(?:flyte|flytte|flyt)\s+ut\s+(?:av\s+\w+\s+)?(?:i\s+morgen|i\s+mora|imorgen|imora|fredag|i\s+dag|idag|for|innen|pa|til|nest|om)"),
    _P(r" (?:ma|mo|skal)\s+ut\s+av\s+(?:leiligheten|leiligheta|leilegheita|boligen|bustaden|huset|hybelen|rommet)"),
    _P(r" (?:utleier|utleiar|huseier|huseigar|landlord)\s+(?:\w+\s+){0,3}(?:ut|opp|evict)"),
]

NO_MONEY = [
    _P(rf" (?:har|ha|jeg|jg|eg|e|ae|meg|vi|me)\s+(?:{NOT}|null)\s+(?:noen\s+|nokon\s+|ein\s+|en\s+|ei\s+|nan\s+)?{MONEY}\b(?!\s+(?:pa\s+(?:konto|kontoen)\s+(?:enda|ena)|til\s+tannlege|til\s+kurs|til\s+buss|til\s+bussen))"),
    _P(rf" ingen\s+{MONEY}\b"),
    _P(rf" (?:null|0|tom\s+for|tomt\s+for|slut\s+pa)\s*{MONEY}\b"),
    _P(r" (?:har\s+|er\s+)?(?:heilt\s+|helt\s+|totalt\s+)?(?:blak|blakk|pank|panck|broke|skint)\b"),
    _P(rf" (?:ike|ikje|not)\s+(?:en|ei|ein|a\s+single)\s+(?:krone|kr|penny)"),
    _P(r" (?:far|klarer|kan|greier|klarar|cant)\s+(?:ike|ikje|itj)?\s*(?:a\s+)?(?:betalt|betale|betala|pay)\s+(?:hus)?(?:leie|leia|leiga|husleia|husleie|husleiga|rent|stromen|strom|regningene)"),
    _P(r" (?:ike|ikje|no)\s+(?:rad|rab)\s+(?:til|te|pa|for)\s+(?:hus)?(?:leie|leia|husleie|husleia|strom|stromen|medisin\w*|rent)"),
    _P(r" (?:stromen|strommen|strom)\s+(?:blir\s+|vert\s+|er\s+|e\s+)?(?:stengt|avstengt|kuta|kutet|kuttet|stenges)"),
    _P(r" (?:stenger|stengjer|kuter)\s+stromen"),
    _P(r" no\s+money\b"),
]

HOMELESS = [
    _P(rf" (?:{NOT}|ikje\s+noko|ike\s+noe|ike\s+noen|ikje\s+nokon|ikje\s+nan|ikje\s+naka|ike\s+nan|ingen)\s+(?:\w+\s+)?{PLACE}\s+(?:a\s+|til\s+a\s+|te\s+a\s+|to\s+)?(?:sove|sov|bo|vaere|vere|overnate|sleep|stay|live|go)\b"),
    _P(r" (?:nowhere|no\s+where|no\s+place|noplace)\s+(?:to\s+)?(?:sleep|stay|live|go)"),
    _P(r" (?:sover|sove|sov|sova|sleep|sleping|slept)\s+(?:ute|utendors|utandors|outside|rough|on\s+the\s+stret|in\s+(?:my|the)\s+car|pa\s+gata|pa\s+gaten|pa\s+gata|i\s+bilen|i\s+trapa|i\s+trapeoppgangen|i\s+oppgangen|i\s+parken|pa\s+benk\w*|pa\s+sofaen\s+til|hos\s+kompiser|pa\s+stasjonen|i\s+telt)"),
    _P(r" (?:bor|bur|lever|star|live|living)\s+(?:pa|on)\s+(?:gata|gaten|the\s+stret|the\s+streets)"),
    _P(r" (?:hjemlos|heimlaus|heimlos|bostedslos|bustadlaus|husvil|homeles)\b"),
    _P(r" (?:uten|utan|without)\s+(?:bolig|bustad|tak\s+over\s+hodet|a\s+home|home)\b"),
    _P(r" (?:trenger|treng|need)\s+(?:et\s+|eit\s+|a\s+)?(?:sted|stad|plas|place)\s+(?:a\s+|to\s+)?(?:sove|sova|bo|sleep|stay)"),
    _P(r" (?:trenger|treng|need)\s+(?:akut\s+|nod)?(?:bolig|bustad|nodbolig|naudbustad|husvaere|overnating|hospits|shelter)"),
    _P(r" (?:pa|on)\s+gata\s+(?:na|no|i\s+nat)"),
    _P(r" ikje\s+nokon\s+stad\b"),
    _P(r" (?:no|ingen|ikke\s+noe|ikkje\s+noko|ikke\s+noen)\s+(?:home|hjem|heim|bolig|bustad|husvaere)\b"),
]

_ORDER = [
    ("crisis", "suicidal", SUICIDAL),
    ("crisis", "self_harm", SELF_HARM),
    ("crisis", "violence", VIOLENCE),
    ("crisis", "despair", DESPAIR),
    ("urgent_need", "homeless", HOMELESS),
    ("urgent_need", "eviction", EVICTION),
    ("urgent_need", "no_food", NO_FOOD),
    ("urgent_need", "no_money", NO_MONEY),
]


def check_message(text: str) -> SafetyHit | None:
    """Return a SafetyHit when the message signals crisis or urgent need."""
    if not text or not text.strip():
        return None
    t = normalise(text)
    for intent, category, patterns in _ORDER:
        for rx in patterns:
            if rx.search(t):
                return SafetyHit(intent=intent, category=category)
    return None


def explain(text: str) -> list[tuple[str, str, str]]:
    """Debug helper: every (intent, category, pattern) that matches."""
    t = normalise(text)
    return [(i, c, rx.pattern) for i, c, ps in _ORDER for rx in ps if rx.search(t)]
