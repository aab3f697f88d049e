"""STYRK-08 occupation codes the service names (Statistics Norway's classification, used in
NAV's ads as ``categoryList`` entries of type STYRK08). A wish for a code is matched by the
code and by the occupation's name."""

STYRK08 = {
    "2512": "Programvareutviklere",
    "4110": "Kontormedarbeidere",
    "4222": "Kundesentermedarbeidere",
    "4321": "Lagermedarbeidere",
    "5120": "Kokker",
    "5131": "Servitører",
    "5141": "Frisører",
    "5223": "Butikkmedarbeidere",
    "5230": "Kasserere",
    "5311": "Barnehage- og skolefritidsassistenter",
    "5321": "Helsefagarbeidere",
    "5322": "Pleiemedarbeidere",
    "5414": "Vektere",
    "7115": "Tømrere og snekkere",
    "7126": "Rørleggere",
    "7231": "Bilmekanikere",
    "7411": "Elektrikere",
    "7512": "Bakere og konditorer",
    "8322": "Bil-, drosje- og varebilførere",
    "8332": "Lastebil- og trailersjåfører",
    "8344": "Truckførere",
    "9112": "Renholdere",
    "9122": "Bilpleiere",
    "9214": "Hjelpearbeidere i hagebruk",
    "9313": "Hjelpearbeidere innen bygg",
    "9329": "Hjelpearbeidere i industrien",
    "9333": "Godshåndterere",
    "9412": "Kjøkkenassistenter",
    "9621": "Bud",
}


def occupation_name(code: str) -> str | None:
    return STYRK08.get(code)
