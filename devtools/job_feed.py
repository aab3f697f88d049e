"""A sample of NAV's job-ad feed, written for the project: Bokmål ads in many occupations and
municipalities, as pages in the feed's format (navikt/pam-stilling-feed), for the tests, the
demo and the benchmark. The same seed gives the same ads.

    python -m devtools.job_feed --count 300 --out instance/job_feed
    python -m devtools.job_feed --count 50000 --page-size 1000 --out /tmp/feed50k

``generate`` also returns what each ad really is (``SampleAd``: occupation, place, extent,
what it asks for), which the labelled evaluation set (bench/jobs/) judges relevance by;
the matcher sees only the ad.
"""
import argparse
import json
import random
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from services.jobs.occupations import STYRK08
from services.jobs.places import municipalities
from storage.models import utcnow

NAMESPACE = uuidlib.UUID("6f1d2c0e-8f6b-4c53-9d55-2f1f5b1c7a10")


@dataclass(frozen=True)
class Occupation:
    key: str
    styrk: str
    level1: str
    level2: str
    titles: tuple[str, ...]
    tasks: tuple[str, ...]
    # How often an ad of this kind asks for: a driving licence, night work, weekend work, heavy lifting.
    licence: float = 0.0
    night: float = 0.0
    weekend: float = 0.0
    heavy: float = 0.0
    part_time: float = 0.35


def _o(key, styrk, level1, level2, titles, tasks, **odds) -> Occupation:
    return Occupation(key, styrk, level1, level2, tuple(titles), tuple(tasks), **odds)


OCCUPATIONS = [
    _o("lager", "4321", "Transport og logistikk", "Lager og logistikk",
       ["Lagermedarbeider", "Lagerarbeider til travelt varelager", "Medarbeider til vareflyt og lager",
        "Plukker til sentrallager", "Lagermedarbeider til nettbutikk"],
       ["plukke og pakke varer til kunder", "ta imot og kontrollere varer", "bruke håndskanner og lagersystem",
        "holde orden og ryddighet på lageret", "gjøre klar pakker for henting av sjåførene"],
       licence=0.05, night=0.3, weekend=0.3, heavy=0.5, part_time=0.4),
    _o("sjafor", "8322", "Transport og logistikk", "Sjåfør", ["Sjåfør til varelevering", "Varebilsjåfør",
       "Budbilsjåfør", "Sjåfør for hjemlevering av dagligvarer"],
       ["kjøre ut varer til bedrifter og privatkunder", "laste og losse bilen", "planlegge dagens rute",
        "gi god service ved levering"], licence=1.0, night=0.2, weekend=0.2, heavy=0.3),
    _o("lastebil", "8332", "Transport og logistikk", "Sjåfør", ["Lastebilsjåfør", "Trailersjåfør",
       "Sjåfør med C-sertifikat til distribusjon"],
       ["kjøre lastebil i fast rute", "sikre lasten og føre kjørebok", "ha daglig kontroll av kjøretøyet"],
       licence=1.0, night=0.4, weekend=0.2, heavy=0.3, part_time=0.1),
    _o("renhold", "9112", "Service og tjenester", "Renhold", ["Renholder", "Renholdsmedarbeider",
       "Rengjøringsassistent", "Renholder til kontorbygg"],
       ["vaske kontorer, trapper og fellesarealer", "tømme søppel og fylle på forbruksvarer",
        "bruke rengjøringsmaskiner", "følge renholdsplanen"], night=0.25, weekend=0.2, heavy=0.2, part_time=0.6),
    _o("butikk", "5223", "Salg og handel", "Butikk og varehandel", ["Butikkmedarbeider",
       "Salgsmedarbeider i dagligvare", "Butikkansatt", "Ekstrahjelp i butikk"],
       ["fylle på varer i hyllene", "hjelpe kunder i butikken", "sitte i kassen", "ta imot varer fra leverandører"],
       weekend=0.6, heavy=0.1, part_time=0.6),
    _o("kasse", "5230", "Salg og handel", "Butikk og varehandel", ["Kassemedarbeider", "Kasserer i varehus"],
       ["ta betalt og gi god kundeservice", "gjøre opp kassen", "svare på spørsmål fra kunder"],
       weekend=0.6, part_time=0.7),
    _o("kokk", "5120", "Reiseliv og mat", "Kokk", ["Kokk", "Kokk til restaurant", "Kokk til kantine"],
       ["lage mat fra bunnen av", "planlegge menyer", "bestille varer og holde orden på kjøkkenet"],
       night=0.1, weekend=0.5, part_time=0.3),
    _o("kjokken", "9412", "Reiseliv og mat", "Kjøkken", ["Kjøkkenassistent", "Kjøkkenhjelp", "Oppvasker"],
       ["ta oppvasken", "forberede råvarer for kokkene", "holde kjøkkenet rent"], weekend=0.5, part_time=0.6),
    _o("servitor", "5131", "Reiseliv og mat", "Servering", ["Servitør", "Servitør til restaurant i sentrum",
       "Serveringsmedarbeider"], ["ta imot bestillinger", "servere mat og drikke", "dekke bord og rydde"],
       night=0.2, weekend=0.7, part_time=0.7),
    _o("barnehage", "5311", "Utdanning", "Barnehage", ["Barnehageassistent", "Assistent i barnehage",
       "SFO-assistent"], ["være sammen med barna i lek og læring", "hjelpe til ved måltider og påkledning",
        "samarbeide med foreldre og kolleger"], heavy=0.1, part_time=0.4),
    _o("helsefag", "5321", "Helse og omsorg", "Helsefag", ["Helsefagarbeider", "Helsefagarbeider til sykehjem",
       "Pleieassistent"], ["gi god pleie og omsorg til beboerne", "hjelpe med personlig stell", "dokumentere i journal"],
       night=0.5, weekend=0.7, heavy=0.3, part_time=0.5),
    _o("pleie", "5322", "Helse og omsorg", "Helsefag", ["Assistent i hjemmetjenesten", "Personlig assistent",
       "Miljøarbeider i bofellesskap"], ["hjelpe brukere i hverdagen", "følge til aktiviteter", "lage enkle måltider"],
       licence=0.4, night=0.3, weekend=0.6, part_time=0.6),
    _o("bilmek", "7231", "Håndverk og bygg", "Bilfag", ["Bilmekaniker", "Mekaniker til bilverksted",
       "Servicemekaniker personbil"], ["utføre service og reparasjoner på biler", "feilsøke med diagnoseverktøy",
        "skifte dekk i sesong"], licence=0.5, heavy=0.3, part_time=0.05),
    _o("tomrer", "7115", "Håndverk og bygg", "Bygg og anlegg", ["Tømrer", "Snekker", "Tømrer til rehabilitering"],
       ["bygge og rehabilitere boliger", "sette inn vinduer og dører", "lese tegninger"], licence=0.5, heavy=0.6,
       part_time=0.05),
    _o("elektriker", "7411", "Håndverk og bygg", "Elektro", ["Elektriker", "Elektriker til service og installasjon"],
       ["installere elektriske anlegg", "feilsøke og reparere", "montere lys og stikkontakter"], licence=0.6,
       part_time=0.05),
    _o("rorlegger", "7126", "Håndverk og bygg", "Rørlegger", ["Rørlegger", "Rørlegger til servicebil"],
       ["montere bad og kjøkken", "rette feil på rør og avløp"], licence=0.7, heavy=0.3, part_time=0.05),
    _o("kontor", "4110", "Kontor og administrasjon", "Kontor", ["Kontormedarbeider", "Resepsjonist",
       "Administrasjonsmedarbeider"], ["svare på telefon og e-post", "ta imot besøkende", "arkivere og registrere"],
       part_time=0.4),
    _o("kundesenter", "4222", "Kontor og administrasjon", "Kundeservice", ["Kundesentermedarbeider",
       "Kundebehandler på telefon", "Kundeservicemedarbeider"], ["svare kunder på telefon og chat",
        "løse saker i kundesystemet", "registrere bestillinger"], weekend=0.3, part_time=0.5),
    _o("bud", "9621", "Transport og logistikk", "Bud", ["Avisbud", "Sykkelbud", "Budmedarbeider"],
       ["levere aviser og pakker på fast rute", "sortere sendinger før utkjøring"], night=0.6, weekend=0.5,
       licence=0.2, part_time=0.8),
    _o("vekter", "5414", "Service og tjenester", "Vakt og sikkerhet", ["Vekter", "Sikkerhetsvakt",
       "Nattevakt i vaktselskap"], ["gå runder i bygg og på områder", "passe på adgangskontroll", "skrive rapporter"],
       licence=0.4, night=0.7, weekend=0.6, part_time=0.4),
    _o("gartner", "9214", "Primærnæring", "Park og hage", ["Gartnerassistent", "Hjelpearbeider i gartneri",
       "Sesongarbeider park og grøntanlegg"], ["plante og stelle blomster", "klippe plen og hekk", "vanne og luke"],
       heavy=0.5, licence=0.2, part_time=0.4),
    _o("bygg", "9313", "Håndverk og bygg", "Bygg og anlegg", ["Hjelpearbeider bygg", "Anleggsarbeider",
       "Bygningsarbeider"], ["bære materialer og rydde byggeplass", "hjelpe fagarbeiderne", "grave og støpe"],
       heavy=0.8, licence=0.3, part_time=0.05),
    _o("industri", "9329", "Industri og produksjon", "Produksjon", ["Produksjonsmedarbeider", "Operatør i produksjon",
       "Hjelpearbeider i fabrikk"], ["følge med på maskiner i produksjonslinjen", "pakke ferdige produkter",
        "gjøre enkel kvalitetskontroll"], night=0.5, weekend=0.3, heavy=0.4, part_time=0.1),
    _o("baker", "7512", "Reiseliv og mat", "Bakeri", ["Baker", "Bakeriarbeider", "Konditor"],
       ["bake brød og kaker", "gjøre klar bakst til butikkene"], night=0.6, weekend=0.4, part_time=0.3),
    _o("truck", "8344", "Transport og logistikk", "Lager og logistikk", ["Truckfører", "Truckfører til lager"],
       ["kjøre motvektstruck og skyvemastertruck", "laste og losse trailere"], night=0.3, heavy=0.2, part_time=0.2),
    _o("bilpleie", "9122", "Service og tjenester", "Bilpleie", ["Bilpleier", "Bilvasker", "Medarbeider bilvask"],
       ["vaske og polere biler", "rengjøre bilene innvendig"], licence=0.5, weekend=0.4, part_time=0.5),
    _o("frisor", "5141", "Service og tjenester", "Frisør", ["Frisør", "Frisør til salong"],
       ["klippe og farge hår", "gi kundene råd om pleie"], weekend=0.5, part_time=0.4),
    _o("utvikler", "2512", "IT", "Utvikling", ["Systemutvikler", "Programvareutvikler", "Utvikler backend"],
       ["utvikle og vedlikeholde tjenester", "skrive tester", "samarbeide i et team"], part_time=0.05),
]
assert all(o.styrk in STYRK08 for o in OCCUPATIONS)

EMPLOYER_FIRST = ["Nordlys", "Fjord", "Granitt", "Bølge", "Furu", "Sentrum", "Vestvind", "Polar", "Elvebakken",
                  "Solsiden", "Havbris", "Tindra", "Bjørk", "Kystlinje", "Midtby"]
EMPLOYER_LAST = ["AS", "Drift AS", "Service AS", "Gruppen AS", "og sønner AS", "SA", "kommune"]
INTROS = ["Vi søker en blid og pålitelig {title} som vil bli en del av et godt arbeidsmiljø.",
          "Har du lyst til å jobbe hos oss? Vi trenger en {title} fra snarest.",
          "{employer} vokser og trenger flere folk. Nå søker vi {title}.",
          "Vi ser etter deg som liker å jobbe med folk og vil være vår nye {title}."]
OFFERS = ["Vi tilbyr god opplæring, hyggelige kolleger og lønn etter avtale.",
          "Du får fast arbeidssted, opplæring og en trygg arbeidsplass.",
          "Hos oss får du et godt arbeidsmiljø og mulighet til å utvikle deg.",
          "Vi holder til nær buss og trikk, og har gode ordninger for ansatte."]
LICENCE = ["Førerkort klasse B er et krav.", "Du må ha førerkort og kunne disponere bil.",
           "Førerkort klasse C eller CE er et krav."]
NO_LICENCE = "Førerkort er ikke et krav."
NIGHT = ["Arbeidstiden er på natt, fra kl 22 til 06.", "Stillingen innebærer nattarbeid i turnus.",
         "Du må kunne jobbe nattskift."]
WEEKEND = ["Du må kunne jobbe annenhver helg.", "Jobben innebærer arbeid i helger."]
HEAVY = ["Jobben innebærer tunge løft og er fysisk krevende.", "Arbeidet er fysisk krevende med tunge løft."]
# Where the ads are: the big cities get more of them.
WEIGHTS = {"oslo": 12, "bergen": 6, "trondheim": 5, "stavanger": 4, "bærum": 3, "drammen": 3, "kristiansand": 3,
           "lillestrøm": 2, "fredrikstad": 2, "tromsø": 2, "sandnes": 2, "asker": 2}


@dataclass(frozen=True)
class SampleAd:
    """What a generated ad is, for the labelled evaluation: its occupation key, municipality,
    extent and what it asks for."""

    uuid: str
    occupation: str
    municipality: str
    extent: str
    licence: bool
    night: bool
    weekend: bool
    heavy: bool
    expired: bool


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _description(rng: random.Random, occupation: Occupation, title: str, employer: str, needs: dict) -> str:
    tasks = rng.sample(occupation.tasks, k=min(len(occupation.tasks), rng.randint(2, 4)))
    demands = []
    if needs["licence"]:
        demands.append(rng.choice(LICENCE[:2] if occupation.key != "lastebil" else LICENCE[2:]))
    elif rng.random() < 0.15:
        demands.append(NO_LICENCE)
    for flag, sentences in (("night", NIGHT), ("weekend", WEEKEND), ("heavy", HEAVY)):
        if needs[flag]:
            demands.append(rng.choice(sentences))
    return (f"<p>{rng.choice(INTROS).format(title=title.lower(), employer=employer)}</p>"
            f"<p><strong>Arbeidsoppgaver:</strong></p><ul>{''.join(f'<li>{t}</li>' for t in tasks)}</ul>"
            f"<p><strong>Vi ser etter deg som:</strong></p><ul><li>er pålitelig og liker å samarbeide</li>"
            f"{''.join(f'<li>{d}</li>' for d in demands)}</ul><p>{rng.choice(OFFERS)}</p>")


def generate(count: int, seed: int = 13, now: datetime | None = None) -> list[tuple[dict, SampleAd]]:
    """``count`` ads as the feed's ``FeedAd`` objects, each with what it really is."""
    rng = random.Random(seed)
    now = now or utcnow()
    places = list(municipalities().values())
    weights = [WEIGHTS.get(m.name.casefold(), 1) for m in places]
    ads = []
    for index in range(count):
        occupation = rng.choice(OCCUPATIONS)
        place = rng.choices(places, weights)[0]
        uuid = str(uuidlib.uuid5(NAMESPACE, f"{seed}:{index}"))
        employer = f"{rng.choice(EMPLOYER_FIRST)} {rng.choice(EMPLOYER_LAST)}"
        title = rng.choice(occupation.titles)
        needs = {flag: rng.random() < getattr(occupation, flag) for flag in ("licence", "night", "weekend", "heavy")}
        extent = "Deltid" if rng.random() < occupation.part_time else "Heltid"
        published = now - timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 23))
        expires = published + timedelta(days=rng.choice([14, 30, 45, 60]))
        postcode = rng.choice(place.postcodes)
        ad = {
            "uuid": uuid, "published": _iso(published), "expires": _iso(expires), "updated": _iso(published),
            "workLocations": [{"country": "NORGE", "address": None, "city": place.name.upper(),
                               "postalCode": postcode, "county": place.county.upper(),
                               "municipal": place.name.upper()}],
            "contactList": [], "title": title, "description": _description(rng, occupation, title, employer, needs),
            "sourceurl": "", "source": "DIR", "applicationUrl": "",
            "applicationDue": (expires - timedelta(days=1)).date().isoformat() if rng.random() < 0.7 else "Snarest",
            "occupationCategories": [{"level1": occupation.level1, "level2": occupation.level2}],
            "categoryList": [{"categoryType": "STYRK08", "code": occupation.styrk, "name": STYRK08[occupation.styrk],
                              "score": 1.0}],
            "jobtitle": title.split(" til ")[0], "link": f"https://arbeidsplassen.nav.no/stillinger/stilling/{uuid}",
            "employer": {"name": employer, "orgnr": f"9{rng.randint(10_000_000, 99_999_999)}", "description": "",
                         "homepage": ""},
            "engagementtype": rng.choice(["Fast", "Fast", "Vikariat", "Sesong"]), "extent": extent,
            "starttime": "Snarest", "positioncount": "1", "sector": rng.choice(["Privat", "Offentlig"]),
        }
        ads.append((ad, SampleAd(uuid, occupation.key, place.name, extent.casefold(), needs["licence"],
                                 needs["night"], needs["weekend"], needs["heavy"], expires <= now)))
    return ads


def feed_pages(ads: list[tuple[dict, SampleAd]], page_size: int, withdrawn: set[str] = frozenset()) -> list[dict]:
    """The ads as feed pages of ``page_size`` items; the ads in ``withdrawn`` get a later
    INACTIVE entry on the last page, as the feed does when an ad is stopped."""
    items = []
    for ad, _ in ads:
        items.append(_item(ad, "ACTIVE", ad["updated"]))
    for ad, _ in ads:
        if ad["uuid"] in withdrawn:
            items.append(_item(ad, "INACTIVE", _iso(datetime.fromisoformat(ad["updated"]) + timedelta(hours=1))))
    chunks = [items[i:i + page_size] for i in range(0, len(items), page_size)]
    ids = [str(uuidlib.uuid5(NAMESPACE, f"page:{i}")) for i in range(len(chunks))]
    return [{"version": "1.0", "title": "Stillingsfeeden fra arbeidsplassen.no", "id": ids[i],
             "next_url": f"/api/v1/feed/{ids[i + 1]}" if i + 1 < len(chunks) else None,
             "next_id": ids[i + 1] if i + 1 < len(chunks) else None, "items": chunk}
            for i, chunk in enumerate(chunks)]


def _item(ad: dict, status: str, changed_at: str) -> dict:
    """A feed item; the feed sends no content for an INACTIVE ad."""
    entry = {"uuid": ad["uuid"], "status": status, "title": ad["title"], "businessName": ad["employer"]["name"],
             "municipal": ad["workLocations"][0]["municipal"], "sistEndret": changed_at}
    if status == "ACTIVE":
        entry["ad_content"] = ad
    return {"id": ad["uuid"], "url": f"/api/v1/feedentry/{ad['uuid']}", "title": ad["title"],
            "content_text": "Stillingsannonse", "date_modified": changed_at, "_feed_entry": entry}


def write_pages(pages: list[dict], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, page in enumerate(pages, start=1):
        path = folder / f"page-{number:05d}.json"
        path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    ads = generate(args.count, args.seed)
    withdrawn = {ad["uuid"] for ad, _ in ads[::25]}
    paths = write_pages(feed_pages(ads, args.page_size, withdrawn), args.out)
    print(f"{len(ads)} ads ({len(withdrawn)} withdrawn later) in {len(paths)} pages under {args.out}")


if __name__ == "__main__":
    main()
