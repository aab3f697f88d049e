"""Unit tests for services.safety.net: the deterministic crisis/urgent_need
check that runs before Rasa. Recall first; the negatives guard the most common
ordinary messages (late payments, phone credit, tiredness, frustration, rescheduling).
The signs are listed in nlu/README.md ("The safety net's signs")."""
import re
from pathlib import Path

import pytest
import yaml

from services.safety.net import (REASON_MAX, SafetyHit, check_message, explain, explained_by_good_news, explained_by_ordinary_sense,
                                looks_like_junk, matched_groups, model_may_raise_p1, normalise)

HELDOUT_DIR = Path(__file__).resolve().parents[2] / "nlu" / "heldout"
HELDOUT = HELDOUT_DIR / "test_nlu.yml"
# Sets the safety net must catch every crisis and urgent need in (never trained on).
SAFETY_SETS = ["test_nlu.yml", "probe_nlu.yml", "probe_voices_nlu.yml"]
ORDINARY = HELDOUT_DIR / "ordinary_nlu.yml"

SUICIDAL = [
    # round 55: to sleep tonight and not wake up again, "går bort frå denne verda", "won't be here come friday", "ik kommer t å være her t
    # påske", "shouldnt be alive anymore", sleeping pills hoarded and "tonight i go take them all", up on a bridge "og hoppar ned", "tinkin
    # bout walkin out inna di sea", the rifle laid on the bed, the boat out "kjem ikkje inn att", a car by a quarry "la den trille", "lettast
    # å berre hoppe uti", a garden hose for the exhaust, medicines not taken "med vilje", "ekke" for "ikke"
    "skal legge meg og sove i natt og aldri våkne igjen. takk for alt",
    "i will sleep tonight and never wake up again",
    "i dag går jeg bort fra dette livet. hils mamma",
    "eg går bort frå denne verda i kveld",
    "i won't be here come friday. tell my sister i love her",
    "ik kommer t å være her t påske uansett, så det er det samme",
    "i feel like i shouldnt be alive anymore",
    "i have been hoarding my sleeping pills. tonight i go take them all",
    "i natt går eg opp på brua og hoppar ned",
    "mi keep tinkin bout walkin out inna di sea",
    "la rifla på senga. orker ikkje meir",
    "har lagt geværet på kjøkkenbenken og sitter og ser på det",
    "tar båten ut i kveld. kjem ikkje inn att",
    "står ved kanten av steinbruddet med bilen, tenker å bare la den trille",
    "det hadde vore lettast å berre hoppe uti frå kaia",
    "har kjøpt en hageslange til eksosen",
    "sitter i bilen med slange fra eksosen inn vinduet",
    "har ikke tatt medisinene mine på en uke, med vilje",
    "tar ekke insulin lenger med vilje",
    # round 54: "børsa" out of the cabinet, thinking of driving out on thin ice, the letter she gets "hvis meg borte", Swedish "vil inte
    # vara här längre", "gå ut i Otta-elva", "betre utan ein gamal hostande fant som meg", a note "lagt den på romme mitt", the wife
    # "betre tent med forsikringspengane", all the sleeping pills tonight
    "har tatt børsa ut ta skapet og lada a. itte no vits lenger. sorry",
    "sitter i bilen nere ved femunden. isen e tynn no. tenker å kjøre utpå",
    "meg skrive brev til koun min. hvis meg borte hun få brev. si til veileder takk for alt. orkun",
    "shlama. jag har skrivit brev till min fru och lagt alla papper i ordning, försäkring bank allt. jeg vil inte vara här längre",
    "eg tenkjer berre på å gå ut i Otta-elva. det er det einaste som går rundt i hovudet no",
    "ungane klarar seg betre utan ein gamal hostande fant som meg. har skreve eit brev te kvar av dei",
    "har skreve ein lapp t mamma å lagt den på romme mitt. sorry for alt",
    "Kona hadde vore betre tent med forsikringspengane enn med meg. Eg tenkjer på det kvar natt no.",
    "kan du si til veilederen at jeg ikke kommer mer på norsk kurset fordi i kveld skal jeg ta alle sove pillene barna er hos faren så det går fint med dem",
    # round 53: a boat trip alone "kommer ikkje tebake", the shotgun on one's lap, "alle hadde hatt det lettar uten mæ", a letter laid on
    # the desk, "eg vil få sleppe", the engine running in a boathouse, a plan for when one is alone, the car into a river, "tenkt ut
    # åssen og når", "betre utan ein gamal far som", up the mountain "and just not coming down", "gave my guitar and all my stuff",
    # the rope already in the car, "e sko bære dø", "ute mæ"
    "ska ut med båten i kveld åleina. æ kommer ikkje tebake. bare så dokker vet",
    "sitt her med hagla på fanget og har drukke. ka e vitsen med nånting",
    "hei. sorry lang melding. æ har hatt ME i snart tre år nu og ligg mest i et mørkt rom. æ har prøvd alt legen sa og alt nav sa og ingenting hjelpe. æ har begynt å tenke at alle rundt mæ hadde hatt det lettar uten mæ. mamma bruke all fritida si på mæ. æ veit ikkje ka æ ska gjør med de tankan",
    "gidd ikke mer. har skrevi et brev te mamma og lagt det på pulten. sorry",
    "Hei. Eg har vondt heile tida og er så einsam etter at Olav døydde. Eg tenkjer meir og meir at eg vil få sleppe. Eg har tablettane mine her. Helsing Randi",
    "yuh know what, allyuh win. i done. sitting in the car in the boathouse with the engine running and i just want to sleep. tell my daughter sorry",
    "tengo un plan. lørdag når jeg er alene i huset. jeg vil bare at noen vet det. perdón",
    "ska kjør bilen ut i namsen i natt. ingen kjem te å sakn mæ uansett",
    "hei. je har vøri dårlig ei stund nå, slutta med medisina for to uker sia fordi je itte ser poenget, og i natt satt je og skreiv brev til mamma og søstra mi. je har tenkt ut åssen og når. veit itte hvorfor je skriv hit egentlig",
    "Eg ser ikkje lenger noko meining med å halde fram. Ungane klarar seg betre utan ein gamal far som berre er til bry. mvh Halvor",
    "honestly tio i dont see the point anymore. knee is done, job is done, i am done. thinking about going up the mountain tonight and just not coming down",
    "gave my guitar and all my stuff to my flatmate today, told him its a gift. he doesnt know why. just wanted someone to know, vale",
    "can my veileder call me tomorrow? if im still here by then. the rope is already in the car",
    "e sko bære dø. all ha d bedre ute mæ",
    "gidde ikkje meir. har skreve brev te mor og lagt det på skrivebordet",
    "eg sku berre dau",
    "vil berre få sleppe no",
    "skal kjøre bilen ut i fjorden i kveld",
    "gave my bike and all my things to my brother",
    "the rope is already in the car",
    "my kids would be better off without a useless dad who",
    "ingen kommer te å savne meg",
    # round 52: not wanting to live in Spanish, all the pills with tonight first, not taking the bend, "tenke å gå ut i havet",
    # Trøndersk "bærre uten mæ"
    "no quiero vivir más",
    "ya no quiero seguir viviendo así",
    "i natt eg tek alle sovetablettane",
    "tonight i take all my pills",
    "har tenkt på å ikke ta svingen i kveld",
    "eg har lyst å ikkje ta svingen på fjellet",
    "æ tenke å gå ut i havet i kveld",
    "tenkte å gå ut i fjorden i natt",
    "ungan hadd hatt det bærre uten mæ",
    "ho har hatt d bærre uten mæ",
    # round 51: not waking up in Portuguese, Italian and German, "don't want to see another sunrise", "snart er eg borte også",
    # a drive tonight "kanskje jeg ikke kommer tilbake", the engine running in a closed garage or at the mole, a gun "ikke på jakt"
    # or sat beside for hours, going down to the water now and cannot swim, the water calm "der nede", googled how many pills it
    # takes, "tror ikke jæ kommer hjem igjen", "klarer sæ bedre uten mæ", a balcony and "tenker hvis jeg hopper", heart medicine
    # stopped on purpose
    "não quero acordar nunca mais",
    "non voglio svegliarmi domani, scusa",
    "ich will nicht mehr aufwachen",
    "honestly i dont want to see another sunrise",
    "pengene borte, vennene borte, snart er eg borte også",
    "tar en kjøretur alene i kveld, kanskje jeg ikke kommer tilbake",
    "sitter i garasjen med døra igjen. motoren går",
    "sitter ved moloen med motorn i gang",
    "sitter på hytta med hagla. er ikke på jakt",
    "sat beside dad's shotgun for hours last night",
    "eg går ned til sjøen no. eg kan ikkje symje",
    "står ytst på kaia. sjøen ser så rolig ut der nede",
    "searched how many sobril it takes, i have them here",
    "sitter i bilen ved vannet. tror ikke jæ kommer hjem igjen",
    "ungan klarer sæ bedre uten mæ",
    "står på balkongen og tenker hvis jeg hopper",
    "stopped my heart medicine on purpose",
    # round 50: the present for the future with tonight
    "eg tek alle sovetablettane i kveld",
    "taking all my sleeping pills tonight, sorry",
    # round 50: Danish pills saved up, pills "nok til det jeg skal", Danish "er her ikke så meget længere", "jeg ikke vil være her",
    # "kjem itj te å vær her te påske", a message that trails off after "enklest for alle om jeg bare", not waking up in Spanish,
    # French and English, nothing left to live for, a wish to be one of those who never woke, the last drive, driving into a fjord
    # tonight, out on thin ice tonight, the rifle ("børsa") out of the cabinet, climbing over the ferry rail, a problem for one's
    # daughter
    "har sparet sobril op i flere uger",
    "pillene i skuffen er nok til det jeg skal",
    "jeg er ikke her så mye lenger, bare så du vet det",
    "meg ikke vil være her lenger, alt er mørkt",
    "æ kjem itj te å vær her te påske",
    "hadde vært lettest for alle om jeg bare",
    "ojalá no me despierte mañana",
    "je veux dormir et ne plus me réveiller",
    "i just wanna go to sleep n not wake up",
    "det er ingenting igjen å leve for etter at hun døde",
    "mange av dem som aldri våknet igjen etter overdosen, skulle ønske jeg var en av dem",
    "tar bilen ut en tur i natt. det blir den siste turen min",
    "skal kjøre rett ut i Sognefjorden i kveld",
    "jeg går ut på isen i natt. den er så tynn nå",
    "tok fram børsa frå skapet i natt",
    "sitter på ferja og tenker på å klatre over relingen",
    "eg er berre eit problem for mi dotter",
    # round 49: pills saved up by name, following one who died, "kjem ikkje te å vere her", sleep and disappear, walking on out
    # into the sea, the key to the gun cabinet, a gun and one cartridge kept, a roof and "tenker hoppe", the car steered into the
    # fjord, sitting by the railway line, the insurance if one does not come home, "thinking I might just walk in" by the water,
    # a bridge and not coming back tonight, "nobody'll miss me", a note under the pillow
    "har spart opp sertralin i tre uker",
    "etter at mamma døde vil jeg bare følge etter henne",
    "since my wife died I just want to follow her",
    "eg kjem ikkje te å vere her so lenge",
    "vil bare sovne og bli borte for alltid",
    "jag vill bara somna och försvinna",
    "I just want to sleep and disappear",
    "går ned på brygga og fortsetter bare rett ut i sjøen",
    "tonight I'll keep walking into the sea",
    "jeg vet hvor pappa har nøkkelen til våpenskapet",
    "I know where dad keeps the key to the gun cabinet",
    "jag vet var pappa har nyckeln till vapenskåpet",
    "kept the old shotgun and one cartridge",
    "står på taket og tenker hoppe",
    "every time on the bridge I want to steer the car into the fjord",
    "sitter ved jernbanelinja bak skolen no",
    "eg står ved jarnbanelina no",
    "if I don't come home tonight my wife gets the insurance money",
    "sitting on the pier looking at the water, thinking I might just walk in",
    "stood on the bridge again. tonight I won't come back",
    "var på brua i går. i kveld kommer jeg ikke tilbake",
    "nobody'll even notice, nobody'll miss me",
    "har skrevi ein lapp te mor og lagt han under puta",
    # round 48: the body or the heart to give up, the sea "should have taken me", "should have died there", "tired of this
    # life", finishing "what should have happened", tablets "som skal te", heart medicine saved up, "slipper å våkne", pills
    # kept and not taken, the gun taken out, in the lap or in front of one, steering into the fjord, lying on the railway, a
    # goods train waited for "not to travel", "lett det hadde vært å svinge utfor", a bridge and "going over" or the water
    # looked at, a quay and driving "rett ut", "I will go in the sea", "har det bedre uten meg", nobody would notice
    "vil bare at hjertet skal stoppe så jeg slipper alt",
    "I just want my body to give up",
    "havet burde tatt meg den gangen båten kantret",
    "the river should have taken me when I was a boy",
    "jeg burde ha dødd der sammen med de andre",
    "so tired of this life, nothing ever changes",
    "snart fullfører jeg det som egentlig skulle skjedd den natta",
    "vet kor mange sovetabletter som skal te",
    "har spart opp blodtrykksmedisinen i to uker",
    "har nok til at jeg slipper å våkne",
    "the doctor gives me pills but I don't take them, I just keep them",
    "henta fram rifla i natt",
    "took out dad's shotgun tonight",
    "sitter med hagla i fanget",
    "the gun is on the table in front of me",
    "tenker på å bare svinge ut i fjorden på vei hjem",
    "I'm going to lie down on the railway tracks",
    "står på stasjonen og venter på godstoget, ikke for å reise",
    "kor lett det hadde vært å bare svinge utfor",
    "sitting on the bridge, thinking about going over the railing",
    "sitter på Lysefjordbrua og ser ned i vannet",
    "sitter ved kaia og tenker på å kjøre rett ut",
    "I will go in the sea tonight",
    "mamma har det bedre uten meg",
    "ingen ville merket det om jeg forsvant",
    # round 47: a gun one cannot stop thinking about, has thought of all week or knows the key to, voices telling one to
    # walk into the traffic or out on the ice, "gå ut foran det" with a train coming, the boat out and not back, the
    # harbour and not home, standing at the edge, on a bridge asking what the point is of going home, not braking in the
    # bend, "nobody will think it was on purpose", pills put aside, a rope "not for the boat", a note "she finds it
    # afterwards", better with the insurance money than with me, "lei av å vær til bry", Swedish "finnas kvar", "kan finn på"
    "hagla til far står i gangen og jeg klarer ikke slutte å tenke på den",
    "dad's rifle is in the cabinet and I know where the key is",
    "the shotgun is in the hall and I've thought about it all week",
    "stemmene sier at jeg skal gå ut i trafikken",
    "rösterna säger åt mig att gå ut på isen",
    "the voices keep telling me to step out in front of a truck",
    "toget går om ti minutter og jeg skal gå ut foran det",
    "I'm taking the old boat out tonight and I won't come back",
    "tar snekka ut etter middag og kommer ikke tilbake",
    "tonight I walk to the harbour and I will not come back",
    "går ut på isen inatt",
    "jeg står ved kanten nå og ser ned",
    "sitter på Sotrabrua, hva er egentlig poenget med å dra hjem",
    "parked on the bridge. what's the point of driving home",
    "tenker på å bare ikke bremse i neste sving",
    "glatt på vegen i kveld, ingen kommer til å tro at det var med vilje",
    "har lagt unna paracet i flere måneder",
    "tauet i garasjen er ikke til båten",
    "the rope in the garage isn't for the boat",
    "la en lapp til mamma under puta, hun finner den etterpå",
    "barna har det bedre med forsikringspengene enn med meg",
    "e så lei av å vær til bry for alle",
    "jag kommer inte att finnas kvar efter ikväll",
    "jag finns inte kvar efter helgen",
    "e redd for ka e kan finn på i kveld",
    # round 46: on a named bridge now with the water below, on the ferry or the quay thinking of jumping, to the bridge
    # tonight, out on the fjord or up a mountain not planning to come back, the gun taken out "and stay there", the
    # dam thought of every night, this world without her, the rope already up, everything in the medicine cabinet,
    # how many it would take, counting the pens or tablets, the car off the pier, "not their fault ... tell them
    # afterwards"
    "sitter på Storbrua nå, elva er så rolig der nede",
    "standing on the Tromsø bridge now, the water looks so calm",
    "er på ferja til Bergen, tenker bare å hoppe",
    "on the ferry to Moss now, thinking about jumping",
    "jeg drar til Sotrabrua i kveld",
    "I drive to the Tjeldsund bridge tonight",
    "ror ut på fjorden nå og har ikke tenkt å ro inn igjen",
    "going up the mountain alone, not planning to come down",
    "er på toppen av Galdhøpiggen og har ikkje tenkt meg ned att",
    "tar med rifla ut i skogen og blir der",
    "thinking of taking the shotgun out to the cabin and staying there",
    "tenker på stupet ved Preikestolen hver dag",
    "I think about the dam every night",
    "ser ikke hvorfor jeg skal være i denne verden uten henne",
    "can't see why I should stay alive without my wife",
    "the rope is already up in the garage",
    "reipet heng alt oppe i løa",
    "svelget alt jeg fant i medisinskapet",
    "took everything in the medicine cabinet an hour ago",
    "I know how many of the tablets it would take",
    "teller insulinpennene igjen og igjen",
    "I keep counting the tablets",
    "tenker å kjøre bilen ut av brygga i kveld",
    "det var ikke deres skyld, si det til dem etterpå",
    "it's not their fault. please explain it to them afterwards",
    # round 45: no version of the years ahead, "if it is myself who does it", before anyone comes, next time I don't
    # turn, no point coming down, not coming home again, counting them every night, the dosett into a cup, the whole
    # box, baclofen saved, counted and enough, how long one manages, what is left counted, the cold in the water,
    # sat long on the quay, the engine in a shut garage, the beam tested, "not answering because
    # I am gone", slaughtered like a cow, no more problem for anyone, Faroese "ikki"
    "det finnes ingen versjon av livet jeg vil være med på",
    "gjelder forsikringen selv om det er meg selv som gjør det?",
    "kona er bortreist til søndag, da rekker jeg det før noen kommer hjem",
    "neste gang bremser jeg ikke",
    "det er ikke noe vits å komme ned igjen fra fjellet",
    "jeg skal ikke komme hjem igjen",
    "har pappas sovetabletter her, teller dem hver kveld",
    "har tømt dosetten ned i et glass",
    "swallowed the whole packet of paracetamol with wine",
    "har spart på lyrica i flere måneder",
    "har talt dem og vet at det holder",
    "vet ikke hvor lenge jeg klarer å la være",
    "counted what's left of the tablets, it's enough",
    "lurer på hvor lenge det tar før man ikke kjenner kulden",
    "satt lenge på brygga i natt og så ned i vannet",
    "sitting in the garage with the engine running",
    "bjelken i låven holder, testet med 80 kilo",
    "hvis jeg ikke svarer i morgen er det fordi jeg er borte",
    "gamle kyr sendes til slakt, det er likedan med meg",
    "then no more problem for anybody",
    "eg skal ikki koma heim att",
    # round 43: home to God tonight, not going to be here, understanding one who "was just done", the rest of the pills,
    # pills lined up, how many it takes, the sea, the gun "not for hunting", the engine and a hose, the bridge stood at
    # long, one step, the ice, insurance and the road, papers "if something happens to me", "you know why", the grave,
    # better for everyone, tired of being a burden
    "jeg vil gå hjem til Gud i kveld",
    "jeg kommer ikke til å være her. du kan gi saken til en annen",
    "han var bare ferdig, jeg forstår ham godt nå",
    "tok resten av sovetablettene i stad",
    "the tablets from the pharmacy lined up by the bed",
    "hvor mange av pillene til mamma skal til",
    "ingen overlever lenge i sjøen nå i januar",
    "la havet ta meg",
    "har tatt fram geværet, ikke for å gå på jakt",
    "sitter i bilen med motoren i gang og en slange i baksetet",
    "var nede ved kaia og sto der lenge i går",
    "står ved kanten av taket, det er bare ett skritt",
    "skal gå ut på isen i kveld",
    "livsforsikringen betaler ut hvis jeg kjører av veien",
    "hvis det skulle skje noe med meg, ligger passordene i skrivebordet",
    "hvis jeg ikke møter opp på mandag, vet du hvorfor",
    "var på graven til mamma i dag. snart skal jeg ligge der jeg også",
    "better for everyone if I just disappear",
    "lei av å være en byrde for familien",
    # round 42: a plan with a day, thinking to jump, tablets by the score, sleep and not wake, the quay and how easy,
    # not here by summer anyway, thought of not being here, the shotgun thought of more
    "I have decided to end it on Friday",
    "I am on the roof thinking to jump",
    "tok 30 tabletter for litt siden",
    "jeg ber om at jeg sovner og ikke våkner igjen",
    "står på brygga, hadde vært så lett å bare gå utfor",
    "kommer ikke til å være her til jul uansett",
    "har tenkt mye på å ikke være her lenger",
    "geværet står i skapet, har tenkt mer på det enn jeg vil si",
    "tenker å kjøre rett inn fjellveggen",
    # round 41: the track before the train, pills saved to take at once, a relapse bag, a rope to buy, the exhaust,
    # nobody would have missed me, better lives if I am gone, if I am not here any more, the cold lake, not this time
    "vil bare gå foran toget i kveld",
    "har sluttet med medisinene og sparer dem opp",
    "sitter med posen med dop, like greit å ta alt på en gang",
    "going to buy rope tomorrow, not for the boat",
    "satte slangen på eksosen i garasjen",
    "ingen ville savnet meg uansett",
    "hvis jeg er borte får ungene et bedre liv hos faren",
    "hva skjer med leiligheten hvis jeg ikke er her lenger",
    "googlet hvor kaldt vannet er nå",
    "I didn't do it tonight. Next time I don't know",
    "står på balkongen og tenker at det er lettere å bare hoppe",
    "har teke geværet ut i kveld",
    "my pills are lined up on the table",
    # round 40: the forty-eighth voices batch, said another way
    "står på balkongen og tenker på å lene meg for langt ut",
    "går ned til brygga i kveld og går uti",
    "dere trenger ikke lete før i morgen",
    "tonight I am going to do it",
    "har bestemt meg for å ikke ta insulinen mer",
    "i dont want living anymore",
    "vil bare sovne og slippe å våkne",
    "alle klarer seg bedre uten meg",
    # round 39: the forty-seventh voices batch, said another way
    "alle har det bedre om jeg ikke er her",
    "tenker bare å hoppe og bli ferdig",
    "tonight i might not come back down",
    "sitter på rekkverket på brua",
    "hun sier hun ska ta alle pillene",
    "it would be easy to just step off",
    "hadde vært greit å bare forsvinne der",
    "better to just not be here anymore",
    "tenker på hvordan jeg skal gjøre det. var nærmere enn noen gang i går",
    "har telt pillene igjen i kveld",
    "sitter på taket og lurer på om jeg skal la meg skli",
    "vil forsvinne stille fra denne verden",
    # round 38: the forty-fifth and forty-sixth voices batches, said another way
    "har spart på smertestillende i flere uker",
    "i give all my things to the neighbours today",
    # round 37: the forty-fourth voices batch, said another way
    "hva er vitsen med å leve",
    "googlet hvordan man dør",
    "vil forsvinne på ordentlig",
    "orker ikke våkne flere dager",
    "hvis jeg bare ikke våkner så blir alt lettere for alle",
    "har tenkt på å gå uti sjøen",
    "standing on top of the car park right now",
    "dette er min siste melding til deg",
    # round 36: the forty-third voices batch, said another way
    "har ikke tenkt å være her så mye lenger",
    "blir ikke værende så lenge uansett",
    "i keep thinking about ending it all",
    "what is the point of living",
    "vil bare la meg gli ut i sjøen",
    "hose into the car window",
    "har hagla i skapet og tenker på det hver natt",
    "staring at the water under the bridge",
    "everything is over for me",
    "wrote a goodbye letter to my daughter",
    "please dont send the police",
    "følt at alle har det bedre uten deg? sånn har eg det",
    "dette er den siste meldinga dokk får ifra mæ",
    # round 35: the forty-second voices batch, said another way
    "tenkt på å køyre bilen rett utfor kaia",
    "har rifla i skapet og tenker på å bruke den på meg",
    "tenker på hvordan jeg skal gjøre slutt på det",
    "i have the sleeping pills from the doctor saved in a box",
    "jeg lever ikke lenger, jeg bare finnes",
    "hadde vært lettere for alle om jeg bare ikke var her mer",
    # round 34: the forty-first voices batch, said another way
    "har sparat ihop sömntabletter",
    "jeg har bestemt at fredag er min siste dag",
    "kjører bilen opp på fjellet og kommer ikke tilbake",
    "har slutta å ta hjertemedisinen med vilje",
    "kona klarer seg bedre uten meg",
    "ingen savner en gammel mann",
    "jeg lever ikke, bare eksisterer",
    # round 33: the fortieth voices batch, said another way
    "har tenkt ut korleis, ventar berre til etter jul",
    "har bestemt meg. blir etter bryllupet til søsteren min",
    "det hadde vore best for alle om eg fekk sovne inn",
    "forsikringen gir dem mer enn jeg kan gi dem levende",
    "jeg har været en byrde for alle længe nok",
    "verden klarer seg fint uten meg",
    "jeg bare eksisterer, jeg lever ikke",
    "hadde vært lettere for alle om jeg ikke var her",
    "si til mamma at det er ikke hennes skyld",
    "i kveld går jeg ut på kaia",
    "har bestemt meg for å ordne det i garasjen",
    # round 32: the thirty-ninth voices batch, said another way
    "etter helga er jeg ikke lenger et problem for dere",
    "barna har det bedre uten en mor som ligger i senga hele dagen",
    "fikk tak i nok sovepiller i går",
    "denne gangen skal jeg gjøre det skikkelig denne gangen",
    "tar båten ut en siste gang og kommer ikke tilbake",
    "tonight i go down to the river",
    "alt er pakka og gitt bort",
    "rygg ferdig, ingen penger. tau ligger klar i bilen. sorry for trøbbel",
    # round 31: the thirty-eighth voices batch, said another way
    "på fredag finnes jeg ikke lenger",
    "livsforsikringen betaler ut uansett årsak nå",
    "da er jeg i det minste verdt noe for familien",
    "i know which pills and how much is enough",
    "the sleeping pills, i have put some aside",
    "jeg håper noen tar vare på ungene når jeg ikke er her",
    "c'est mon dernier message",
    "har ordnet alt med hva som skal skje med huset når eg ikkji er her lenger",
    # round 30: the thirty-seventh voices batch, said another way
    "jeg vet hvilken dose som er for mye, og den ligger klar",
    "i know what dose is lethal and i have it",
    "har rigget et tau på loftet",
    "knytt et reip i garasjen i dag",
    "jeg er bare en belastning for staten",
    "det er mest logisk at jeg forsvinner",
    "skrevet brev til ungene som de ska få når e e borte",
    "skrev et brev til mamma, når dere finner det er det til henne",
    "alt ligger i skuffen så ungene slipper å lete når eg ikkje e her lenger",
    # round 29: the thirty-sixth voices batch, said another way
    "vil bare sovne inn og aldri våkne",
    "jeg har levd lenge nok",
    "det hadde vært lettere for mamma om jeg ikke var her lenger",
    "tomorrow i am not here anymore",
    "tenker på å henge meg i garasjen",
    "i have been counting how many pills",
    "this will be my last message",
    "jeg ferdig med dunya",
    "kjenner meg berre som ei bør",
    # round 28: crisis lines of the round-28 training data, said another way
    "har fylt lommene med stein og går ned til sjøen",
    "går langs havet i kveld og kommer ikke tilbake",
    "i am not planning to come back",
    "har funnet stedet der jeg skal hoppe",
    "i kveld går jeg i sjøen",
    "går ut på isen og legger meg ned",
    "går ut på brua og hopper",
    "har bestemt å dø",
    "lørdag er siste dag i livet",
    "ikke kurset, men livet",
    "dere hører ikke fra meg etter i kveld",
    # round 27: the thirty-fifth voices batch, said another way
    "jeg ikke vil våkne flere ganger",
    "jeg bare koster penger for alle",
    "eg er ein stein om halsen på dei",
    "kanskje best jeg forsvinner",
    "they would get more out of my insurance than out of me",
    "geværet er tatt ut av skapet",
    "bought paracetamol in three different shops",
    "i know exactly how many it takes",
    "skal ro ut i kveld utan redningsvest",
    "pillene jeg har spart på holder nok til en lang lang lur",
    "det er ingen som treng leita etter meg",
    # round 26: the thirty-fourth voices batch, said another way
    "hun tar barna hvis jeg ikke mer er",
    "maybe better i stop existing",
    "eg saknar han sånn, eg vil ikkje vente lenger med å kome til han",
    "where i go i wont need it",
    "har samlet det jeg trenger og bestemt meg for når",
    "sitter i bilen på kaia med motoren i gang",
    "hagla ligg klar på soverommet",
    "stemmene sier i natt",
    "de slutter ikke før jeg gjør det",
    "isen er tynn, det hadde ikke vært så ille",
    # round 25: the thirty-third voices batch, said another way
    "har bestemt meg for at lørdag blir den siste dagen min",
    "jeg har bestemt at jeg ikke skal være her til neste uke",
    "det skal se ut som en ulykke",
    "det er ikke lenge før dere får bruk for det",
    "jeg er bare en utgift for dere",
    "dei har det betre utan meg",
    "det ville vært en lettelse om jeg ikke våknet",
    "står på brua nå og går ikke hjem igjen",
    "går ut på isen i kveld og kommer ikke tilbake",
    "tenkjer ofte på å køyre av vegen",
    "i have the pills now, enough for it",
    "got a life insurance so the kids will be fine",
    "eg vil bare at alt ska ta slutt",
    # round 24: the thirty-second voices batch, said another way
    "i think its time for me to end it. sorry",
    "hvor lang tid tar det før noen finner en som har lagt seg ned i snøen",
    "skrev et brev til dattera mi som hun skal få når hun blir voksen",
    "eg håpa eg ikkje vaknar i morgon",
    "tenker det er best å bare ikke våkne i morgen",
    "jeg er bare et problem for alle",
    "æ e bare te bry for familien",
    "eg er ei bør for familien min",
    "ungene får et bedre liv uten meg",
    "tok hagla ut av skapet og la den på bordet",
    "sometimes i think about walking into the sea",
    "ror ut med sjekta i kveld og kommer ikke tilbake",
    "har lagd ei liste over hvem som skal ha tingene mine",
    "jeg har ikke lyst til å være her lenger",
    "har ladd geværet og det ligger ved siden av meg",
    "hører stemmer som sier at jeg skal gjøre det",
    "stod med beltet rundt halsen i går",
    "har kjøpt grillkull og teip, bilen står i garasjen",
    "har mange insulinpenner, har sjekket hvor mye som trengs",
    "ingen kommer til å finne meg før det er for sent",
    "livsforsikringa er verdt mer enn meg",
    "det er bedre å ikke finnes",
    "har funnet ut hvordan jeg skal avslutte det",
    "ikkje lei etter meg",
    "trenger ikke noe av det der jeg skal. dere kan bare stenge saken min",
    "this is my last text, im sorry",
    "tell my brother im sorry",
    "vil heller ikke være her i det hele tatt",
    "står og venter på godstoget",
    "tenker det er best å gå ut i fjorden i kveld",
    "har kjøpt paracet på flere forskjellige apotek i dag",
    "har bestemt meg for å gi opp",
    "sitter i bilen ved planovergangen og venter på toget",
    "kjører uten belte i kveld og har ikke tenkt å bremse",
    "skal gå ut i vannet i natt og ikke komme tilbake",
    "går opp på fjellet og kommer ikke ned igjen",
    "satt på kanten av taket med beina utenfor i hele natt",
    "tar fram hagla og bare ser på den hver kveld",
    "har 30 sobril og en flaske vin foran meg",
    "hentet ut alle reseptene på en gang, de ligger i sekken",
    "ikke let etter meg",
    "ingen trenger å lete",
    "har valgt salmene og skrevet ned at jeg vil kremeres",
    "tror ikke jeg kjører hjem igjen",
    "ber hver kveld om at jeg ikke våkner",
    "det er bedre at jeg ikke er i live",
    "har ikke noe igjen å kjempe for",
    "har samlet opp zopiklon i en boks, snart har jeg nok",
    "i've been stockpiling my pills for a month",
    "satt på brua og tenkte på å bare la meg hoppe",
    "hadde vært best om jeg ikke våknet i morgen",
    "tenker nesten hele tiden på døden nå",
    "ingen jobb, ingen familie. hvorfor leve",
    "reipet ligger klart i garasjen",
    "jeg føler meg som en byrde for alle",
    "alle hadde hatt det lettere hvis jeg ikke fantes",
    "har ordnet alt så ingen trenger å rydde opp etter meg",
    "har gjemt unna stesolid i skuffen i flere måneder",
    "sparer på imovane til jeg har nok",
    "det hadde vært lettere å være død enn å ha det sånn",
    "sometimes i think its better to be dead",
    "skjønner ikke hvorfor jeg skal fortsette, alt er grått",
    "gikk bort til togskinnene igjen i går kveld",
    "i was standing by the train tracks last night",
    "satt på taket i går og kikket ned lenge",
    "har sjekket hvor høyt det er fra brua ned til vannet",
    "vil sovna og aldri vakna",
    "det er ingen som kommer til å savne meg",
    "i wont be here next month",
    "vil bare bli borte",
    "gå nå, dere ser ikke meg igjen",
    "thinking about ending everything",
    "tell my son i loved him",
    "my pills are ready",
    "tenker på døden hele tiden",
    "jeg ikke vil leve",
    "vil egentlig bare dø",
    "eg skal døy snart uansett",
    "si til broren min at jeg var glad i ham",
    "æ vil dræpe mæ sjøl",
    "er redd jeg gjør noe med meg selv",
    "hva skjer med hunden om jeg dør i kveld",
    "har bestemt hvem som skal arve tingene",
    "har ingenting å leve for",
    "hvem tar vare på katten om jeg ikke lever",
    "kan ikke love at jeg er i live i morgen",
    "vil slippe å våkne",
    "skulle ønske at jeg aldri var født",
    "vil slutte å finnes",
    "why even bother living",
    "så tar jeg livet av meg",
    "har googlet hvordan man kan dø",
    "vil bare at alt skal ta slutt",
    "hvor mange sovetabletter må man ta",
    "har barberblader her, klarer ikke å la være",
    "barna fortjener en bedre pappa enn meg",
    "har ikke lyst å være med mer",
    "klarer ikke å våkne en morgen til",
    "pillene ligger klare",
    "hvorfor skal eg leve",
    "ikkje eg klarar å leve",
    "saying goodbye to everybody tonight",
    "so tired of being alive",
    "vil forlate denne verden",
    "det er over for meg",
    "om et par dager er jeg ikke her lenger",
    "drukket hele dagen og tatt tablettene mine",
    "my kids would be happier without me",
    "det er bedre for alle om jeg ikke fantes",
    "dere kommer aldri til å se meg igjen",
    "vil legge meg og aldri stå opp",
    "har lagt fram alt jeg trenger for i natt",
    "papirene er ordnet, det er det siste jeg gjør",
    "kommer ikke til å være her når du ringer",
    "tenker på å kjøre i fjellveggen",
    "no one would miss me",
    "nobody would even notice",
    "skulle ønske jeg ikke våknet i morgen",
    "har nok tabletter til å sove for godt",
    "har bestemt meg, i kveld gjør jeg det",
    "dette er siste melding dere får fra meg",
    "ungene klarer seg bedre uten en mor som meg",
    "har lagt alle pillene klar",
    "tok ut alle tablettene fra skuffen",
    "det blir bedre for alle hvis jeg bare forsvinner",
    "vil bare forsvinne for godt",
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
    # means: saved-up pills, rope, a whole packet (Bokmål, Nynorsk, dialect, English)
    "har spart opp sovepillene mine",
    "æ har samla på pilla lenge",
    "e har spart på tablettan",
    "eg har samla tablettar i månader",
    "har nok piller nå",
    "i have been saving up my pills",
    "har skaffet meg et tau",
    "kjøpte rep i dag",
    "svelget en hel pakke paracet",
    "tenker på å hoppe",
    # plans and timing
    "har bestemt meg, det skjer i kveld",
    "har bestemt meg for å ta livet mitt",
    "har planlagt hvordan jeg skal gjøre det",
    "veit korleis eg skal gjere det",
    # not be here / not exist
    "i just dont want to be here anymore",
    "i dont want to be here",
    "i wont be around much longer",
    "æ vil itj vær her lenger",
    "kjem ikkje til å vere her lenge",
    "eg blir ikkje verande her",
    "vil ikke være til lenger",
    "orker ikke å være til",
    "vil ikke finnes",
    "vil bare forsvinne for alltid",
    "tankene om å ende livet",
    "taking my own life",
    "i want to end it",
    # farewell: strong forms fire alone
    "har skrevet brev til ungene i tilfelle noe skjer",
    "dette er siste melding fra meg",
    "dere hører ikke fra meg igjen",
    "vil si farvel til dere på nav",
    "har gitt bort alt jeg eier",
    "jeg er bare en byrde",
    "ungane har det betre utan meg",
    "er redd for hva jeg kan komme til å gjøre med meg selv",
    "jeg er helt ferdig med livet",
    "føler meg ferdig med å leve",
    "har skrevet eit farvel til syster mi",
    "honestly i do not want to wake up again",
    "i want it all to stop for good",
    "eg vil berre døy no",
    "tenker ofte på å dø",
    "it would be better for everyone if i was dead",
    "det blir bedre for alle når jeg er død",
    "i cant see any reason to go on",
    "snart er jeg ikke et problem for dere lenger",
    "alle ville klart seg bra uten meg",
    "sitter med tablettene foran meg",
    "ive got a rope ready in the shed",
    "synes det er like greit at eg døyr",
    "vil bare slutte å leve nå",
    "jeg lever ikke så lenge til",
    "vet ikke om jeg er her i morgen",
    "alle forlot meg, nå drar jeg også",
    "kommer ikke til å være her til påske",
    "skal ta alle sovepillene i natt",
    "ingen skal lete etter meg",
    "honestly i dont want to exist",
    "vil forsvinne og aldri komme tilbake",
    "har gøymt bort tablettane",
    "eg vil gjerne døy no",
    "kjøpte mange sovetabletter, skal ta alle i natt",
    "bryr noen seg om jeg dør",
    "would anyone care if i died",
    "best at jeg forsvinner for godt",
    "har gitt bort alt, trenger det ikke der jeg skal",
    "meldingen til søstera mi skal hun få når jeg er borte",
    "har lyst å kjøre utfor vegen",
    # round 10 (twentieth voices batch)
    "vil berre sovna inn og sleppe alt",
    "onsker bare å sovne inn for godt",
    "jeg ikke vil være til lenger",
    "står på brua og vil hoppe",
    "i am thinking of jumping from the roof",
    "want to jump off the bridge",
    "har kjøpt mange esker paracet",
    "this is the last message you will get from me",
    # round 21: the twenty-sixth and twenty-seventh voices batches
    "jeg tar livet av meg snart",
    "går ut og tar livet av meg",
    "trenger ikke cv lenger, har ikke tenkt å være her til påske",
    "er så sliten av alt, vil bare forsvinne",
    "skal forsvinne fra alt sammen, det er bedre sånn",
    "sitter på taket nå og vet ikke om jeg går ned igjen",
    "sto på balkongen i natt og stirret ned lenge",
    "si til pappa at det ikke var hans skyld",
    "dette blir siste melding fra meg",
    "vil ta farvel med dere nå",
    "fikk ikke jobben. dette blir siste melding fra meg",  # bad news does not explain a farewell
    "er redd for hva jeg finner på i kveld",
    "det hadde vært lettest for alle om jeg ikke våknet i morgen",
    "jeg tror det er bedre for alle hvis jeg ikke er her lenger",
    "har bestemt meg for at dette blir den siste julen",
    "dere trenger ikke lete etter meg",
    "har samlet nok til at jeg ikke våkner igjen",
    "ive been planning how to end my life",
    "har rifla i skapet og tenker mye på den",
    "tok alle med vilje i går",
    "neste gang gjør jeg det ordentlig",
    "stemmene sier at jeg skal hoppe",
    "har hengt opp et tau på loftet",
    "alle rundt meg hadde hatt det bedre uten meg",
    "eg tenkjer på å ta mitt eige liv",
    "my kids would be better off if i was gone",
    "tonight i might actually do something",
    "vil bare forsvinne for godt",
    "ser ingen vei ut enn å gjøre slutt på det",
    "det hadde vært best å ikke våkne",
    "det er ikke din skyld, det som skjer nå",
    "sa ha det til broren min og mente det",
    # round 22: the thirtieth voices batch
    "har funnet ut hvordan jeg skal gjøre det",
    "hvordan avslutter jeg leieavtalen når jeg ikke skal bo noe sted lenger? skal ikke flytte",
    "sto på brua lenge i natt og så ned i vannet",
    "har lyst å køyre i fjellveggen",
    # round 23: the thirty-first voices batch
    "i keep thinking about how to end it",
    "det hadde vært enklere å bare forsvinne",
    "tenker på hvordan jeg kan gjøre det uten at det er ungene som finner meg",
    "tankene mine er ikke trygge i kveld",
    "hadde vært fredelig å bare bli der nede",
    "har gått ned på kaia flere kvelder nå",
    "satt i garasjen med motoren i gang",
    "hvor mange metadon skal til",
    "ungene har det nok bedre hos faren uten meg",
]

# Indirect signs: two different ones in a message fire (suicidal); one alone does not.
INDIRECT = [
    # round 55: "thanks fuh tryin" with a dog given away, "treng ikkje fleire møte med dokker" with all sorted, "skrevet sånt brev til ungene",
    # "NAVs feil" and "ville bare at noen visste det", "det skal være over i helga" and Sinhala thanks, "everyone will be relieved" and
    # "ikke ringe meg mer", a dog given away and "bare sånn at dere vet"
    "gave my dog to my neighbour. thanks fuh tryin, miss",
    "jeg har ordnet alt. trenger ikke flere møter med dere",
    "har skrevet sånt brev til ungene og gitt bort katten",
    "det er ikke NAVs feil. ville bare at noen visste det",
    "har bestemt meg for at det skal være over i helga. istuti for alt",
    "everyone will be relieved. ikke ringe meg mer",
    "har gitt bort hunden til naboen. bare sånn at dere vet",
    # round 54: the dog to one's brother and "je treng'n itte etter fredag", "i give my bike and my guitar to my friend already" with "ready
    # to go now" and Burmese thanks, the top of a parking house and "dont know why i text you", "treng kje melde meg på det kurset" and
    # "eg blir kje her så lenge", the children "for godt" and "så gjer eg det", papers in order and "ikkje fleire møte for min del", a pet
    # given away "han fortjene nån som e her"
    "kæn du si te veilederen at broren min skal ha hunden. je treng'n itte etter fredag",
    "please tell my veileder i give my bike and my guitar to my friend already. i am ready to go now. kyay zu tin ba de for everything",
    "i am on the top of parking house in hamar now. i look down long time. dont know why i text you",
    "treng kje melde meg på det kurset i januar. eg blir kje her så lenge",
    "hei. eg har prøvd å halde ut for ungane si skuld men no går det ikkje lenger. har spurt mor om ho kan ta dei for godt og gitt katten te naboen. på fredag når ungane e hos mor så gjer eg det",
    "God kveld. Eg vil takke for all hjelp gjennom åra, både frå deg og dei andre på kontoret. Eg har ordna med papira, og testamentet og nøklane til huset ligg hjå bror min. Det blir ikkje fleire møte for min del. Helsing Terje",
    "gav bort tassen te søstra mi i dag. han fortjene nån som e her",
    # round 53: "han får det bedre der" after a pet given away, "trenge ikkje møte meir", "tror ikke jeg er her neste uke", "mèsi pou
    # tout", all the papers, one's own grave paid for, "treng itj å vær me mæ dit æ ska", the key "til bror min" under the mat,
    # "treng ikkje NAV bry seg med meg meir", "ikke kommer til å trenge noe mer fra nav"
    "æ har gitt bamse te naboen. han får det bedre der. trenge ikkje møte meir",
    "bonjou. jeg kan ikke komme på møte torsdag. og jeg tror ikke jeg er her neste uke heller, jeg har gitt bort alt fra leiligheten. mèsi pou tout",
    "God kveld. Eg har ordna med alle papira, testamentet ligg hjå advokaten og eg har betalt gravstaden ved sida av Olav. Eg vil berre seie takk for hjelpa. Eg treng ikkje fleire møte. Helsing Randi",
    "gir bort bikkja te naboen i mårrå. ho treng itj å vær me mæ dit æ ska",
    "Goddag. Eg har skrive ned kven som skal ha traktoren og hytta og lagt nøkkelen til bror min under matta. Etter helga treng ikkje NAV bry seg med meg meir. mvh Halvor",
    "kan du sende beskjed til veil lederen min om at jeg har gitt bort katten min til søsteren min og at jeg ikke kommer til å trenge noe mer fra nav etter dette",
    "dokker treng ikkje fleire møte. har gitt bort hunden",
    "har gitt bort katta, ho får det bedre der",
    "etter fredag treng ikkje nav bry seg med meg meir. nøkkelen ligg under matta",
    # round 52: sorry for everything, "made my peace", one's love to be passed on, "ferdig nå, c'est fini", the last bills paid, the
    # newspaper cancelled, "hu ska ha klokka mi", letters left for one's own, "treng ikkje sett opp nye møter", not the meeting
    # "or any meeting after that"
    "unnskyld for alt. har gitt bort hunden til naboen",
    "désolée pour tout. ordna papiran i går",
    "I have made my peace. gave my cat to my neighbour",
    "si til mamma at jeg elsker henne. har gitt bort hunden",
    "har gitt bort katten. jeg er ferdig nå, c'est fini",
    "har betalt de siste regningene og gitt bort katten",
    "sagt opp avisa og ordna papiran",
    "hu ska ha klokka mi og bilen. takk for alt",
    "left notes for my sons on the table. thank you for everything",
    "dokker treng ikkje sett opp nye møter. har gitt bort hunden",
    "I won't be attending the meeting on Monday or any meeting after that. thanks for everything you tried",
    # round 51: a pet to be taken "for good", a ring given to someone, "god forgive me" in Uzbek or Persian, thanks for everything in
    # Italian or Tibetan, "khalas" opening the message, letters to two of one's own, no more meetings "eller fleire møter",
    # nothing needed after a day or where one is headed, "ordna papiran", the letters "lagt dæm" on the table
    "can you take my dog for good? thanks for everything",
    "gave my grandmother's ring to my niece. ha det alle sammen",
    "khudaya forgive me. please take my cat for good",
    "khalas, nok nå. grazie for everything",
    "skreiv brev til Ola og til mor i går. takk for alt",
    "kjem ikkje på møtet i morgon, eller fleire møter. takk for alt",
    "won't be needing anything after friday. thank you for everything",
    "won't be needing my tools where I'm headed. thanks for everything",
    "ordna papiran i går og gitt bort hunden te naboen",
    "har lagt dæm på kjøkkenbordet no. takk for alt",
    # round 50: given away ("gjett bort"), debts paid, the key with the neighbour, "si ifra til noen", the clothes one will be
    # buried in, everything put out on finn, what to give to one's son "om jeg ikke kommer", a will "skrivi ferdig", on a bridge
    # named in two words now, "ikke si noe til dem før i morgen", nothing more to do here, notes in the drawer, "de treng ikkje
    # ringe meir", "ikkje noko styr etter meg"
    "har gjett bort katta te grannen. takk for alt",
    "har betalt alt eg skuldar. takk for alt",
    "nøkkelen ligger hos naboen. takk for alt dere har gjort",
    "sitter i bilen ved kaia no. ville bare si ifra til noen",
    "bunaden eg vil begravast i heng klar i skapet. takk for alt",
    "har lagt ut alt utstyret mitt på finn. takk for alt",
    "om jeg ikke kommer hjem, gi klokka til min sønn. takk for alt",
    "har skrivi ferdig testamentet. takk for alt",
    "står på tjeldsund bru no. takk for alt",
    "har skrevet brev til barna. ikke si noe til dem før i morgen",
    "det er ikke mer jeg trenger å gjøre her. har gitt bort katten",
    "lappene til ungene ligger i skuffen. takk for alt",
    "de treng ikkje ringe meir. har gjeve bort katten",
    "dei skal ikkje ha noko styr etter meg. takk for alt",
    # round 49: the dog "skal til" someone, PIN codes in an envelope, everything written down for someone or put in the drawer,
    # thanks for the patience before a sign-off, "bare så noen vet det hvis noe skjer", "ingen trenger en sånn som meg", "får d
    # bedre der", the cat looked after "etterpå", the thought one cannot get away from, "dokk treng ikkj ring meg meir", no need
    # to send more, "if anything happens, my son will go to", at a waterfall looking down, at the far end of the quay, "don't know
    # why I came back home", an hour on a bridge, passing the river every evening
    "bikkja skal til niesa mi. takk for alt",
    "la pinkodene i en konvolutt på kjøkkenbordet. takk for alt",
    "skrev ned alt om bankkontoen til broren min. takk for alt",
    "har skrevet ned alt og lagt det i skuffen. takk for alt",
    "har gitt bort katten. takk for tålmodigheten dere har hatt med meg. hilsen Per",
    "bare så noen vet det hvis noe skjer. har gitt bort hunden",
    "ingen trenger en sånn som meg. har gitt bort hunden",
    "katta får d bedre der enn med mæ. takk for alt",
    "søstera mi skal ta vare på katten etterpå. takk for alt",
    "klarer ikke komme vekk fra tanken. takk for alt",
    "dokk treng ikkj ring meg meir. takk for alt",
    "dere trenger ikke sende mer til meg. har gitt bort hunden",
    "if anything happens, my son will go to my mother. thanks for everything",
    "står ved fossen nå og ser ned. takk for alt",
    "står vid vattenfallet nu och tittar ner. tack för allt",
    "sitter ytterst på kaia. takk for alt",
    "stood at the quay last night, don't know why I came back home. thanks for everything",
    "stood on the Tromsø bridge for an hour last night. thanks for everything",
    "tenker på det hver kveld når jeg går forbi elva. takk for alt",
    # round 48: a phone given to someone, a pet that must go to someone kind or may live with the neighbour, most things
    # sorted, all the bills paid, the car keys given, "chur for everything", "tell him his dad loved him", "done with
    # everything", God who will understand, "because someone should know", "wanted someone to know" as the last words,
    # thanks for trying, kind "all along", a contract cancelled, "not because I'm moving", the house and the car to someone,
    # the children better with someone else, a letter or a note on the kitchen counter, the key under the stairs, "before I
    # change my mind", "don't think I'm driving home" as the last words, not answering for some days, "don't think about me
    # any more", "you won't reach me again", no need of next week's appointment, on a named bridge now, driven back and
    # forth along the river, the lease ended
    "gave my phone to my sister. thanks for everything",
    "katta må til noen som er snill med henne. takk for alt",
    "hunden får bo hos naboen fra nå. takk for alt",
    "har ordnet opp i det meste. takk for alt",
    "betalt alle regningene mine. takk for alt",
    "gitt bilnøklene til broren min. takk for alt",
    "chur for everything. gave my phone to my cousin",
    "tell my boy his dad loved him. I've given away my dog",
    "I'm so done with everything. gave away my cat",
    "Gud vil forstå meg. har gitt bort katten",
    "skriver fordi noen burde vite det. har gitt bort hunden",
    "har gitt bort katta. ville bare at noen skulle vite",
    "takk deg for at du har prøvd. har gitt bort hunden",
    "dere har vært snille med meg hele veien. har gitt bort katten",
    "cancelled my phone contract. thanks for everything",
    "har sagt opp jobben, ikke fordi jeg skal flytte. takk for alt",
    "dattera får huset og bilen. takk for alt",
    "the kids are better with their dad than with me. thanks for everything",
    "det står i et brev på kjøkkenbordet. takk for alt",
    "har lagt lappen på kjøkkenbenken. takk for alt",
    "nøkkelen ligger under trappa. takk for alt",
    "sender dette før jeg ombestemmer meg. takk for alt",
    "takk for alt. tror ikke jeg kjører hjem",
    "hvis jeg ikke svarer på et par dager, takk for alt",
    "ikke tenk mer på meg. takk for alt",
    "you won't reach me again after tonight. thanks for everything",
    "I don't need the appointment next week. thanks for everything",
    "har kjørt fram og tilbake langs elva hele kvelden. takk for alt",
    "har sagt opp leiligheten. takk for alt",
    # round 47: heirlooms given away, Swedish "gett bort" and "städat", the dog "going next door", papers sorted, the will
    # put in order, "diolch for everything", "itte din feil", "bare så dokker vet det", "ha det alle", "det blir ikke meg
    # i morgen", "you've been brilliant to me", "gadd å prøve", "takke for den tålmodighet", written down and put in the
    # drawer, "it's time I went", "i kveld er det ferdig for meg", parked at a bridge, by the track with the train coming,
    # no next appointment needed, no more conversations needed, "om nåkka skjer mæ", Swedish "behöver inte ringa mig"
    "har gitt klokka etter bestefar til nevøen min. takk for alt",
    "har gett bort katten och städat hela lägenheten",
    "the dog's going next door. thanks for everything",
    "sorted the paperwork for my daughter. thanks for everything",
    "fått orden på testamentet og gitt bort hunden",
    "diolch for everything. sorted the papers for the boys",
    "det var itte din feil. har gitt bort katta",
    "har gitt bort katta. bare så dokker vet det",
    "Ha det alle sammen. Det blir ikke meg i morgen",
    "you've been brilliant to me. thanks for everything",
    "takk for at dere gadd å prøve. har gitt bort hunden",
    "Jeg vil takke for den tålmodighet De har vist meg. Jeg har skrevet testamente.",
    "hvis noe skjer meg skal hunden til bror min. har skrevet det ned og lagt det i skuffen",
    "thanks for everything love, it's time I went",
    "i kveld er det ferdig for meg. takk for alt",
    "parkert ved Sotrabrua. takk for alt",
    "står ved sporet, toget kommer om fem minutter. takk for alt",
    "won't be needing the next appointment. thanks for everything",
    "det blir ikke nødvendig med flere samtaler. takk for alt",
    "om nåkka skjer mæ ska ho ha katta. har skrevet det ned og lagt det i skuffa",
    "ni behöver inte ringa mig mer. har gett bort katten",
    # round 46: a cat rehomed, the money sent after selling, the PIN on the table, "want somebody to know why", thanks for
    # the patience, the will "i orden", someone to pick them up, "ta dere av resten", letters "te" or "for my kids", "så
    # har jeg bestemt meg", the platform with the train coming, back and forth on a bridge, out in the cold without a
    # jacket, "vet ikke hvorfor jeg skriver", the list in the drawer, letters in the backpacks, no call after the weekend,
    # "nobody needs to worry", no more need of help, "sei te jenta at mamma var glad i ho"
    "rehomed my cat last week. thanks for everything",
    "I sold my bike and send the money to my mother. thank you for everything",
    "passordene og nøklene ligger på kjøkkenbenken. takk for alt",
    "gave my dog to my neighbour. I just want somebody to know why",
    "jeg takker dere for tålmodigheten dere har hatt med meg. har gitt bort katten",
    "testamentet og huset er i orden. takk for alt",
    "please make sure someone picks them up from kindergarten. thanks for everything",
    "dere får ta dere av resten. takk for alt",
    "written letters for my kids. thank you for everything",
    "har skrevet brev te kona mi, takk for alt",
    "så har jeg bestemt meg. takk for alt",
    "venter på perrongen, toget kommer snart. takk for alt",
    "har gått fram og tilbake på Puddefjordsbroen i en time. takk for alt",
    "går en tur opp på fjellet i kveld uten jakke. ingen trenger å bekymre seg lenger",
    "vet ikke hvorfor jeg skriver til dere. takk for alt",
    "skrev en liste og la den i skuffen. takk for alt",
    "letters for the boys, I put them in their school bags. thanks for everything",
    "dokker treng ikkje ringe meg etter neste veke. takk for alt",
    "har ikke lenger behov for hjelp. har gitt bort katten",
    "sei te jenta at mamma var glad i ho. har gitt bort katten",
    # round 45: the son to his father for good, a gold necklace, the papers in the glovebox, a letter on the table and
    # the bills after, what happens to the loan if one dies, "si takk til Randi", "you did your best", the dog better
    # off, the gun in the boot, a bother, not needed, costing more than one gives, not their fault, asking for a friend
    # "nei seriøst", no call back, no new time, the meetings after, not to worry, calm now
    "gave my son to his father for good. thank you nav for everything",
    "ga Lise gullsmykket etter mor. si takk til Randi også",
    "papirene ligger i hanskerommet. dere har vore greie med meg",
    "la et brev til Ola på kjøkkenbordet. takk for at dere prøvde",
    "hva skjer med lånet hvis man dør? spør for en venn. nei seriøst",
    "she'll look after him better than me. youse did your best",
    "haglen ligger i bagasjerommet. dere trenger ikke booke ny time til meg",
    "vil ikke være til bry for noen mer. takk for alt",
    "kona trenger meg ikke lenger. hils veilederen og takk for alt",
    "jeg koster mer enn jeg gir. takk for alt",
    "hun skal ikke tro at det er hennes feil. takk for alt",
    "hun trenger ikke ringe tilbake. du var den eneste som noen gang trodde på meg",
    "kommer ikke på møtet på fredag eller de etter. takk for alt",
    "ga bort sykkelen til broren min. er helt rolig nå",
    # round 43: the account's rest to someone, a note, the letter in the drawer, the key in the letterbox, far away tonight,
    # things to a son, who takes the dog, all sent away, no more bother, no need to book, "if I die this week", not
    # around after the weekend, off all the lists, letters to another from now on, "don't wait for me"
    "resten på kontoen skal gå til broren min. takk for at dere prøvde",
    "skrev det på en lapp. du var den eneste på NAV som hørte på meg",
    "the letter is in the drawer. thanks for trying",
    "har lagt nøkkelen i postkassa. trenger ikke sette opp nytt møte",
    "reiser langt bort i kveld. du var den eneste som var grei",
    "make sure my sister gets my car. you were always kind to me",
    "hvem kan ta hunden min? trenger ikke møte på tirsdag",
    "sendte alle klærne til søsteren min, trenger ikke mer. si til veilederen at Ola er ferdig",
    "skal ikke plage dere mer. har skrevet et brev til mamma",
    "no need to book me in for anything. cheers for everything",
    "har skrevet testament. hvis jeg dør denne uka, får kona pensjon?",
    "I'll not be around after this weekend. you were the only one who was kind",
    "ta meg ut av alle listene. takk for at dere prøvde",
    "the letters go to my brother from now on. tell them it was nice working there",
    "trenger'ke vente på meg på mandag. si til dem at det var fint å jobbe der",
    # round 42: someone to take the cat, not needing anything after the weekend, thanks for being kind, papers told to a wife
    "kan noen ta hunden min? trenger ikke noe mer etter helga",
    "kommer ikke til å trenge noe mer etter fredag. takk for at du har vært snill mot meg",
    "please tell my wife the insurance papers are in the drawer. I won't be needing the meeting",
    "sitter oppe på fjellet ved Haukeli nå. har ikke lyst å kjøre hjem igjen",
    # round 41: no more trouble from me, a goodbye sent through someone, not to be sad and calm now
    "takk for alt, dere får ikke mer bry fra meg",
    "say goodbye to Kari from me. thank you for everything",
    "skrev et brev til pappa at han ikke skal være lei seg. nå er jeg helt rolig",
    # round 39
    "skrevet ned alle passordene. jeg er ferdig",
    "ingen vil ha meg. har lagt nøklene på senga",
    "i dont want to be a burden. tell her i tried",
    "har bestemt meg. da merker ingen noe før mandag",
    "gitt bort hunden. jeg trenger ikke noe av det mer",
    "sitter ved brygga nå. vet ikke om jeg kjører hjem igjen i kveld",
    "lagt nøkkelen i postkassa til søstera mi. takk for at dokk prøvd",
    "gutta får ta sofaen. resten kan kastes. ikke noen vits å sette opp flere møter",
    "gitt bilen og alt verktøyet til naboen. jeg trenger ikke lenger",
    "ordnet alle papirene. etter i kveld trenger jeg ikke mer hjelp",
    # round 38
    "har lagt fram klær til begravelsen. takk for at du prøvde",
    "gjevi katten til naboen. brevet til sønnen ligger på kjøkkenbordet",
    "har skrevet brev til barna. det er ikke noens skyld",
    "har gitt bort gitaren. det er bedre sånn for alle",
    "skrevet testamentet. det vil ikke lenger være behov for flere møter",
    # round 37
    "har skrevet brev til ungene. si til dem at mamma var glad i dem",
    # round 36
    "ikke noe vits lenger. skrevet ned hvem som skal ha sykkelen",
    "har lagt fram dressen. nothing left for me here",
    "gitt bort alt. la revedere",
    # round 35
    "skreiv et brev te ungan og la det i skuffa",
    "found a new home for my cat. obrigada for everything",
    "gitt bort klærne mine. trenger det ikke uansett om en uke",
    "gutten får alt je eier, lagt arket på kjøkkenbordet",
    "i have send all my money to my brother. sorry for all the problem i make",
    "skrevet brev til alle jeg er glad i, og bestemt meg for en dato",
    "gitt hunden til nabo. snart er jeg ikke her. takk nav for alt",
    # round 34
    "jag har lämnat katten hos en vän för gott, sa att jag inte kommer hämta henne",
    "i decided, sunday night. just wanted someone to know",
    "skrevet brev til min sønn og gitt bilen til kollega",
    "gitt bort klærne mine, jeg ikke trenger de mer. ikke si noe til mamma",
    "hunden er gjeven til grannen. takk for at de prøvde",
    "gitt nøklene til bakeriet til fetteren min. pardon for alt bryet jeg har laget",
    "skreve ei lapp te ungan. vil bærre at nån på nav vet at æ har vorre takknemlig",
    "levert akvariefiskene til dyrebutikken. kommer ikke til å trenge det",
    # round 33
    "skrevet brev til søster om hvem som skal ha huset. det ligger på kjøkkenbordet",
    "selt bilen og gitt gitaren til bror. da slipper de å rydde så mye etter meg",
    "gitt mikroskopet og alle mine bøker til skolen. ingen grunn å beholde dem",
    "gitt bort hunden. han får det bedre der enn med meg",
    "sluttet med litium. du var den beste veilederen jeg har hatt",
    "leiligheten er vasket, katten har fått ny familie",
    "hun skal have mine knive. jeg får ikke brug for dem mere",
    "skrevet ned koden til kortet til kona. ha det bra alle sammen",
    "jeg vil gå til han snart. barna klarer seg uten mamma",
    # round 32
    "skrive lappar om kven som skal ha kva. gitt katten til naboen",
    "logging off for good. gave my pc to my cousin",
    "please tell my sister i tried. the papers are in an envelope on the table",
    "betalt husleien tre måneder frem. takk for tålmodigheten dokker har hatt med mæ",
    "please cancel all my things with nav, i will not need them",
    "gitt ham knivene mine. trenger dem ikke mer etter denne uka",
    "testamentet ligger på kjøkkenbordet. du treng itj ring meir",
    # round 31
    "gjeve bort kattane til naboen. vil berre takke deg for alt",
    "du trenger ikke kalle meg inn til flere møter. har ordnet opp i alt",
    "gave all my guitars to my students. i wont need them where im going",
    "gitt bort skoa mine. trenger dom itte der je skal",
    "i've picked the day. just wanted one person to know",
    "brevene ligger i skuffen. merci pour tout",
    "sagt opp strømavtalen, trenge ikkje den lenger. takk for tålmodigheten dokker har hatt med mæ",
    "hund gi bort til venninne. hun ta vare bedre enn meg",
    # round 30
    "solgt alt jeg eier, etter dette trenger jeg ikke noe mer",
    "sold all my stuff, everything. after this i dont need anything",
    "han skal ha hunden for alltid. trenger ikke noe etter fredag",
    "i gave my guitar and my books to Anna. i wont be here after sunday",
    "gjeve båten til bror min. skal ikkje ha bruk for noko av det meir",
    "naboen får ta over hunnj min, æ treng ho itj no meir etter i kveld",
    "skrev siste brev til barnebarna, og ordnet hvem som skal ta seg av katten",
    "har delt ut alt jeg eier. lillebror er mannen i huset nå",
    "all papers ready on the table. ha det alle",
    "har levert ungene hos mormor og sagt jeg skal vekk. kjenner at jeg er ferdig",
    "skrevi et brev te lillebroren min, han skal ha gitaren og jakka mi",
    "har lagt en lapp til broren min om passordene. gjelda dør vel med meg",
    "livsforsikringen er i orden og hun finner papirene i permen",
    "gjeve katten til naboen og sagt opp straumen, det vert ikkje bruk for meir",
    "skreved ned koden til kortet te søster, tror ikke jeg er her til helga",
    "har lagt brevene på kjøkkenbordet, vil bare at noen skal vite hvor de ligger",
    "resten av pengene sendt til mor. trenger ikke mer noe",
    "ferdig nå takk. du har vært grei mot meg alle disse årene",
    "har skrevet ned hva som skal skje med hunden, nøklene ligger i postkassa til broren min",
    "har ordnet fullmakt til broren min og skrevet ned passordene",
    "da blir det enklere for familien etterpå, og jeg trenger ikke noe av dere mer",
    "skrev et testamente i går og ga bort katten",
    "har skrevet brev til barna og om noe skjer med meg har søstera mi nøkkelen",
    "i wrote for my brother where the passwords are, and the rent is paid ahead",
    "har tatt farvel med hunden og ordnet alle papirene",
    "har ordnet med katten og lagt et brev på kjøkkenbordet",
    "har skrevet testament og gitt reservenøkkelen til søstera mi",
    "tror ikke jeg blir med på det nye året, har ordnet med hunden",
    "skrev et brev til pappa, han finner det når han kommer hjem. none of this was his fault",
    "du gjorde mer for meg enn familien min. det var ikke din feil",
    "sa opp leiligheten til første og har gjort det jeg skulle",
    "kan du sørge for at resten av pengene går til husleia. jeg kommer ikke til å trenge noe mer",
    "takk for alle disse årene. dere kan bare avslutte saken min",
    "please make sure my cat goes to my sister, i wrote it on the note",
    "har levert hunden til dyrebeskyttelsen, han fortjener noen som kan være der for ham",
    "har gitt bort tingene mine til broren min, han har mer bruk for dem enn meg",
    "nå er det slutt. har bestemt meg",
    "ikke ring meg igjen, har tatt tablettene",
    "skriver en siste gang, etterpå blir det ingen flere",
    "hunden får et nytt hjem, og jeg har skrevet til broren min",
    "jeg gjør det i natt. ingen kan stoppe meg",
    "kommer ikke på flere møter. det er slutt",
    "min måte å si farvel på. du har gjort alt du kunne",
    "fant nye eiere til hundene og rydda leiligheta",
    "katta er hos naboen, trenger den ikke",
    "har betalt alle regningene og ringt begravelsesbyrået",
    "får ikke sove, tenker bare på hvordan jeg skal gjøre det",
    "dere trenger ikke ringe meg neste uke, jeg er ikke her da",
    "har ordna med alt, det er bare å vente til kvelden",
    "katten er hos mamma nå og alt er ordnet",
    "har ordnet alt og skrevet et brev, nå er jeg klar",
    "har ryddet rommet, snart er jeg borte",
    "i wrote letters to my kids. thanks for everything",
    "har funnet nytt hjem til katten og sagt ha det til alle",
    "har gitt bort katten og ryddet leiligheten",
    "ga bort hunden min. takk for alt",
    "har gitt bort tingene mine, dere trenger ikke ringe meg mer",
    "har ordna alt, takk for alt",
    "vil bare si farvel. det blir ikke flere møter",
    "har gitt bort katten min, trenger ikke den mer",
    "i have given away my cat. thank you for everything",
    "det blir ikke noe neste samtale. jeg er ferdig med alt",
    "papirene er ordnet, snart er det slutt",
    "takk for alt. dette er min siste melding",
    "ha det nav, nå er det over for meg",
    "har laget testamente og gitt bort katten",
    "skrev brev til dattera mi, det er ikke hennes skyld",
    "naboen får hunden, trenger ikke den mer",
    "har ryddet hele huset og levert nøklene",
    "ga bort gitaren til broren min, han kan bare ha den",
    "har sagt ha det til kompisene og sagt opp telefonen",
    "ta vare på ungene. dette er for siste gang",
    "tror ikke jeg er her på fredag. har bestemt meg",
    # round 21
    "det spiller ingen rolle uansett, har bestemt meg",
    "fikk avslag igjen. har skrevet testamente. det blir ingen ny søknad",
    "takk for at du har prøvd. ikke bruk mer tid på meg",
    "papirene mine er ordnet. har skrevet et brev til sønnen min",
    "har skrevet brev til dattera. naboen kan ta katten",
    "trenger ingen å bry seg om meg mer. har bestemt meg for",
    "ga pinkoden til søstera mi. nå er alt ordnet",
    "jeg er ferdig med alt ass. sa ha det til mamma",
    "dere trenger ikke stresse med å finne jobb til meg, er ute av statistikken snart",
    "vet ikke om jeg er her på fredag. leverte hunden til naboen i dag",
    "ville bare at noen skulle vite det. det er nok nå",
    "du sa jeg skulle si fra hvis det ble mørkt. det er mørkt nå",
    "har gitt bort motorsykkelen og ordna papira",
    "skrev et brev til broren min, sånn i tilfelle",
    "i wont need my appointment anymore, im at peace with it",
    "nøkkelen ligger under matta. trenger ikke tenke på meg etter helga",
    "spør for en venn: hva skjer med leiligheten min hvis man dør? nei, det er for meg",
]
ONE_INDIRECT_SIGN = [
    # round 55: alone, each is ordinary
    "thanks fuh tryin, i will call de office monday",
    "fikk time hos legen. bare sånn at dere vet",
    "det er ikke NAV sin feil, det var posten som rotet",
    "treng ikkje fleire møte med dokker, eg har fått jobb",
    "har skrevet sånn brev til mamma om bursdagen hennes",
    "ikke ringe meg mer på dagtid, jeg er på jobb",
    # round 54: alone, each is ordinary
    "i am ready to go now, see you at the office",
    "dont know why i text you, the app says my meeting is gone",
    "treng ikkje melde meg på kurset, har meldt meg på sjølv",
    # round 53: alone, each is ordinary
    "tror ikke jeg er her neste uke, er på ferie i Spania",
    "jeg vil bare at noen vet det",
    "betalt gravstaden ved sida av Olav",
    "treng ikkje fleire møte, takk",
    # round 52: alone, each is ordinary
    "unnskyld for alt, hilsen Per",
    "I have made my peace, see you at the course",
    "har betalt de siste regningene",
    "treng ikkje sett opp nytt møte, eg kjem på det gamle",
    "left letters for my kids, they'll read them after school",
    # round 51: alone, each is ordinary
    "merci for everything, see you at the course on monday",
    "khalas, finished the CV, sending it now",
    "har skrevet brev til kommunen og til mamma om bostøtten",
    "i won't be needing anything after friday, the course gave me all the forms",
    "har ordna papiran te søknaden",
    "har vaska klærne og lagt dæm i skuffen",
    "won't need em where I'm headed, it's a beach trip",
    # round 50: alone, each is ordinary
    "har betalt det jeg skylder skatteetaten, kan dere sjekke",
    "kommer ikke på møtet, ville bare si ifra til noen",
    "har skrivi ferdig testamentet til mor hos advokaten",
    "ikke si noe til sjefen før i morgen, det er en overraskelse",
    "lappen fra legen ligger i skuffen, skal sende den",
    "om jeg ikke kommer på møtet, send referatet til min veileder",
    # round 49: alone, each is ordinary
    "hunden får d bedre der enn med meg når jeg jobber turnus",
    "dere trenger ikke sende mer til meg, har fått brevet",
    "skreiv ned alt om bilen til kjøparen",
    "kommer ikke vekk fra tanken, må snakke med veilederen",
    "if anything happens, my mum will go to the school meeting for me",
    # round 48: alone, each is ordinary
    "katten får bo hos naboen mens jeg er på ferie",
    "cancelled my phone contract, switching to Telia",
    "ekskona får huset og bilen etter skilsmissen",
    "nøkkelen ligger under trappa når du kommer for å se på leiligheten",
    "sender søknaden før jeg ombestemmer meg haha",
    "har sagt opp leiligheten fra 1. mai",
    "har ordnet opp i det meste med gjelda nå",
    "hvis jeg ikke svarer på noen dager er det fordi mobilen er på reparasjon",
    "har gitt bilnøklene til verkstedet for service",
    # round 47: alone, each is ordinary
    "ga klokka til urmakeren for reparasjon",
    "i kveld er det ferdig for meg, siste vakt på lageret",
    "won't be needing the next appointment, I start my new job on Monday",
    "hvis noe skjer med meg på reisen, hvem kontakter dere?",
    "har vært hos advokaten og skrevet testamente for barnebarna",
    "the dog's going next door while I'm at the hospital",
    "I'm parked at the Stord bridge now, where is your office?",
    # round 46: alone, each is ordinary
    "rehomed our cat because of my son's allergy",
    "takker for tålmodigheten dere har vist meg med søknaden",
    "dere trenger ikke ringe meg etter neste uke, da er jeg i jobb",
    "står på perrongen, toget kommer om 4 min, blir litt sen til møtet",
    "vet ikke hvorfor jeg skriver hit, men når kommer pengene?",
    "gikk en tur uten jakke i kveld, det var så varmt",
    "testamentet og huset er ordnet etter at pappa døde, kan vi ta et møte?",
    "kan dere sørge for at noen henter dem på barnehagen? jeg er på kurs til fire",
    "trenger ikke booke ny time, jeg ringer selv",  # round 45: alone, each is ordinary
    "hun trenger ikke ringe tilbake, jeg fikk svar",
    "takk for at du prøvde, jeg søker en annen jobb",  # round 43: alone, each is ordinary
    "reiser langt bort på ferie i sommer",
    "du var den eneste som svarte i går, kan du ringe meg?",
    "kan noen ta katten min mens jeg er på ferie?",  # round 42: alone, an errand
    "nå er jeg helt rolig",  # round 41
    "har lagt fram dressen til bryllupet",  # round 36
    "det er ikke noe vits lenger å søke der",
    "la revedere og god jul",
    # round 33
    "leiligheten er vasket, kan vi ta møtet nå",
    "har planlagt alt, kommer på kurset mandag",
    # round 32
    "kan du si til veilederen at jeg prøvde å ringe",
    "logging off for good from facebook, too much drama",
    # round 31
    "trenger ikke vinterjakka der jeg skal, det er varmt i Spania",
    "vil takke deg for alt, du har vore god å ha",
    # round 30
    "after this i dont need anything more from nav, i got a job",
    "kan vi flytte møtet? sorry for the trouble",
    "trenger ikke matkort etter fredag, får lønn da",
    "gave my bike to my nephew, he needed one",
    "nå er det slutt på kurset, takk",
    "har tatt pillene mine i dag som legen sa",
    "ikke ring meg mer i dag, jeg er på jobb",
    "jeg gjør det i kveld, sender cv-en før midnatt",
    "ingen kan stoppe meg nå, jeg skal få meg jobb",
    "får ikke sove om natta, kan jeg få møtet senere",
    "har betalt alle regningene denne måneden",
    "tenker på hvordan jeg skal gjøre det",
    "jeg er ikke her da, er på ferie",
    "dere trenger ikke ringe meg i morgen, jeg kommer på møtet",
    "hunden er hos naboen mens jeg er på kurs",
    "alt er ordnet med søknaden",
    "har sendt cv og søknad, nå er jeg klar",
    "har skrevet et brev til nav om klagen",
    "har funnet et nytt hjem til hunden fordi jeg skal jobbe offshore",
    "har gitt bort hunden til søsteren min fordi jeg skal begynne å jobbe fulltid",
    "takk for alt, dere har vært flinke med meg",
    "har ryddet leiligheten før inspeksjonen",
    "det blir ikke flere møter nå som jeg har fått jobb",
    "det blir ikke noe neste møte før i januar",
    "jeg er ferdig med alt på lista",
]

SELF_HARM = [
    # round 54: the verb first, "så kutta eg meg igjen i natt"
    "skulle eigentleg berre seie ifrå at eg ikkje kjem på møtet tysdag. men ærleg talt så kutta eg meg igjen i natt og det vart djupare enn før. veit ikkje kem eg skal seie det te",
    # round 53: "skåri mæ igjen", "slutter itte å blø"
    "je har skåri mæ igjen i kveld, mye djupere enn før, og det slutter itte å blø. vil itte ringe legevakta for dom kjenner mæ der",
    "e har skåri mæ igjen i natt",
    # round 51: "kutter armen igjen" in the word order of broken Norwegian
    "i går jeg kutter armen igjen, mye blod",
    # round 47: "cut meself again", Swedish "skurit mig igen", "skåret mæ igjen", a cut deeper than before, "slutar inte blöda"
    "cut meself again, it won't stop",
    "jag har skurit mig igen",
    "æ har skåret mæ igjen i dag",
    "jag skar mig djupare än förut",
    "cut my arm deeper than before",
    "skar mig i armen och det slutar inte blöda",
    # round 46: a knife or a razor on the arm, a cut that would not stop bleeding, "skåret meg igjen i kveld"
    "holder kniven mot armen nå",
    "sitting with a razor on my arm",
    "cut my arm last night and it wouldn't stop bleeding",
    "har skåret meg igjen i kveld",
    "har gjemt barberbladene under madrassen igjen",  # round 45
    "skar meg i armen igjen i natt",  # round 43
    "I've gone back to the razor blades again",
    "er redd for meg selv i kveld",  # round 42
    "jeg er farlig for meg selv i natt",  # round 41
    "skar meg i natt og det slutta kje å blø",  # round 40
    "har skåret meg igjen og det slutte ikke å blø",  # round 39
    "eg kuttar meg att",  # round 36
    "var fri fra kuttinga lenge, men i går gjorde jeg det igjen",
    "vil ikke at noen skal se armene",
    "har begynt å kutte meg igjen",
    "rispet meg opp igjen i natt",
    "brant meg med lighteren igjen",
    "satt med kniven mot håndleddet i natt",
    "rispa meg i armen med en nøkkel",
    "jeg slår hodet i veggen når det blir for mye",
    "ive started hurting myself again",
    "skar meg dypere enn før i natt",
    "kuttet meg og det slutter ikke å blø",
    "armene ser ikke bra ut etter i går, vil ikke at noen skal se dem",
    "har tatt fram barberbladet igjen",
    "burned my hand with a lighter last night",
    "skar i meg selv i natt igjen",
    "jeg skjærer i meg selv når det blir for mye",
    "skar meg på armen i går",
    "brente meg med lighteren igjen",
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
    "skar armen min igjen i natt",  # round 21
    "har kutta låret mitt med en kniv",
    "har brent meg med lighter i kveld",
    "risser meg opp igjen",
    "har kutta igjen i kveld",
    "var ferdig med kuttingen i to år men nå begynte jeg igjen",
    "tankene om å skade meg kommer hver kveld",
    "kutta igjen i går, dypere enn før",
    "trangen til å kutte meg er tilbake",
]

VIOLENCE = [
    # round 55: someone else in the car with a hose from the exhaust, a child or a neighbour who drank chlorine or bleach, lying on the
    # kitchen floor breathing "heilt rart", "får ikkje liv i ho" after something taken
    "naboen min sitter i bilen i garasjen med en slange fra eksosen, hva gjør jeg",
    "my brother is sitting in the car with a hose from the exhaust",
    "gutten min har drukket klorin, hva gjør jeg",
    "my neighbour swallowed bleach and now she is not answering",
    "kompisen min ligg på kjøkkengolvet og pustar heilt rart",
    "eg får ikkje liv i ho, ho har teke noko",
    # round 54: a friend who wrote goodbye from a mountain top and does not answer
    "kompisen min sende snap frå toppen av fjelle ve kyrkjebø å skreiv farvel. han svare ikkje på tlf. ka ska eg gjere",
    # round 53: someone who writes that he will drive out "og ikkje komme tebake", or says he will "gjere slutt på det" with a rope at
    # hand, or shoot or hang himself
    "kompisen min skreiv på snap at han ska kjøre ut fra fjellveien i kveld og ikkje komme tebake. han e på vei nu, ka gjør æ",
    "Naboen min Torleiv ringde meg no og sa han sit i løa med eit tau og skal gjere slutt på det. No svarar han ikkje. Eg veit ikkje kva eg skal gjere",
    "kompisen min sa han ska skyt sæ me hagla te fatter'n sin i natt. han e sørpe full. ka ska æ gjør",
    "han sa han skal henge seg i kveld",
    "she texted that she is going to hang herself",
    # round 52: someone at a height or by the water who says he will jump, someone who says she will cut herself
    "kona sitter i vinduet i 5. etasje og sier hun vil hoppe",
    "he is at the pier and says he is going to jump",
    "venninna mi sier hun skal skjære seg igjen",
    "my son says he will cut himself",
    # round 51: someone locked in who has cut himself, and blood
    "samboeren har låst seg inne på badet og skar opp armene, blod på gulvet",
    "my brother locked himself in his room and cut his wrists, there is blood under the door",
    # round 50: shoved into the door
    "he shoved me into the door and took my phone",
    # round 48: someone locked in with pills who does not answer, a flatmate who took many pills and does not wake, a drunk
    # father who says he'll walk into the sea, afraid one will do the baby something, not daring to be alone with her
    "broren min har låst seg inne på badet med tabletter og svarer ikke",
    "my flatmate took lots of pills and won't wake up",
    "pappa sir han ska gå i havet, han e full",
    "jeg er redd jeg skal gjøre babyen noe",
    "tør ikke være alene med babyen i natt",
    # round 47: a friend who says goodbye and takes many pills
    "venninna mi sa farvel, hun tar masse sovetabletter nå",
    "my friend texted goodbye, she says she is taking all her pills",
    # round 46: another person has taken a gun out and does not answer
    "pappa tok rifla og gikk ut i skogen, han svarer ikke på mobilen",
    "my brother took his shotgun into the woods and isn't answering",
    # round 45: another person in danger: a man going there with a bat, a friend who "goes away for ever" tonight
    "i kveld drar jeg dit med balltre",
    "vennen min sier han går bort for alltid i natt",
    "han er full og har kniv, vi har låst oss inne på badet",  # round 43
    # round 42
    "sier han det en gang til stikker jeg ham",
    "faren er full og slår igjen",
    # round 41: hit by a partner, a threat to come back, a knife on the way, afraid of hurting someone
    "my boyfriend hit me again tonight",
    "he says he will come back and kill me",
    "han har kniv og er på vei hit nå",
    "redd jeg kommer til å skade naboen",
    "mamma har demens og gikk ut i pysjamas, vi finner henne ikke",  # round 40: another in danger now
    "han ligger på gulvet og puster rart",  # round 40
    "my brother took a load of her sleeping pills and wont wake up",  # round 38, moved in round 40
    "faren slår mamma nå og hun skriker",  # round 39
    "my ex says hell kill me",  # round 39
    "the man upstairs is beating his wife right now",  # round 39
    # round 32
    "de sto på døra i går med kniv",
    "han vet hvor jeg bor og jeg tør ikke gå ut",
    "han sier neste gang blir det kniv",  # round 31
    "jeg er redd for livet mitt",
    "han sa han skal stikke meg",
    "stefaren min kom inn på rommet igjen i natt",
    "he held a knife to me yesterday",
    "de sier de tar meg i morgen",
    "han er full og slår",
    "faren min truer meg og mamma",
    "he came with a knife to my door",
    "he said he will kill me if i tell",
    "han ska drepe mæ",
    "de kommer og tar meg i kveld, jeg skylder dem",
    "han sa det blir verre hvis jeg forteller det til noen",
    "hvis jeg går fra ham dreper han meg",  # round 23
    "han skriker at han skal ta meg",
    "eksen hamrer på døra igjen",
    "han har slått lillebror igjen",  # round 21
    "samboeren har med seg en kniv og jeg er livredd",  # round 21
    "han tar fram kniven hver gang han drikker",
    "my husband hit me again today",
    "i am afraid one day he kill me",
    "ble sparka i hodet mens jeg sov ute i natt",
    "han låser meg inne når han drar",
    "han sa han brekker armen min",
    "eksen truer med å tenne på leiligheten",
    "dad threw a bottle at my head",
    "han tok meg rundt halsen i går kveld",
    "mannen min slår når han er sint",
    "jeg er redd for livet mitt",
    "kjæresten dytta meg ned trappa i går",
    "han truet meg med kniv",
    "han holdt kniven mot meg",
    "eksen sa han skal ta meg når jeg kommer hjem",
    "han tok kvelertak på meg",
    "han står utenfor døra, jeg er livredd",
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
    # round 55: "ekke" for "ikke"
    "hei. orker ekke mer",
    # round 54: the verb first, "men no går det ikkje lenger"
    "har prøvd lenge, men no går det ikkje lenger",
    # round 53: the point of anything, "i dont see the point anymore", "ikkje lenger nokon vits i å halde fram"
    "ka e vitsen med noko lenger",
    "i dont see the point anymore",
    "ho ser ikkje lenger nokon vits i å halde fram",
    # round 50: "vil itte mer" ending a message, Danish "ingen grund til at vågne op"
    "alt e svart og je vil itte mer",
    "der er ingen grund til at vågne op længere",
    # round 49: "jeg ikke orker mer" in the word order of broken Norwegian, "I cannot continue like this", "I can't do this life",
    # "ikke vits å stå opp lenger"
    "jeg ikke orker mer, alt er tungt",
    "I cannot continue like this, everything is dark",
    "I can't do this life anymore",
    "ikke vits å stå opp lenger",
    "i can't take it any more",  # round 48
    # round 46: not safe with oneself tonight
    "er ikkje trygg på meg sjølv i kveld",
    "I do not trust myself alone tonight",
    "I'm not safe with myself right now",
    "jeg er ikke sterk lenger",  # round 42
    # round 41
    "i cannot more, please help",
    "stoler ikke på meg selv i kveld",
    "não aguento mais",  # round 35
    "ser ikke vitsen lenger",  # round 34
    "je n'en peux plus",
    "ser ikke noe poeng med å våkne",
    "kan ikke se noen grunn til å stå opp",
    "i dont see any point in living",
    "jeg ser ikke noen mening med å våkne",  # round 24
    "veit ikkje lenger kvifor eg skal stå opp",  # round 23
    "ser ikke vitsen med noe lenger",  # round 22
    "ser ikke noe poeng i å fortsette lenger",  # round 21
    "ser itj nån vei ut lenger",
    "orker ikke kjempe mer",
    "er så sliten av livet",
    "jeg har ikke krefter igjen",
    "har søkt i tre år og det går ikke lenger",
    "sier det fordi jeg ikke orker mer av livet",
    "vet ikke hvordan jeg skal klare meg gjennom natta",
    "ser ingen meining i noko",
    "finnes ingen vei ut for meg",
    "har fått nok av livet nå",
    "gir opp livet nå",
    "ingen vits å fortsette lenger",
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
    "e orke itj mer",
    "orker ikke mer av dette",
    # round 10
    "ikke orke leve, alt er mørkt",
    "ser ingen grunn til å stå opp mer",
    "no reason to get up anymore",
    "det er ingen vits å prøve lenger",
]

NO_FOOD = [
    # round 55: "ent got a penny fuh food", a cupboard empty
    "haven't got a single penny for food till friday",
    "cupboard empty and the kids are asking for dinner",
    # round 51: "nothing for supper", "not a crumb left in the cupboard"
    "we have nothing for supper and the kids are hungry",
    "not a crumb left in the cupboard and payday is friday",
    # round 50: "nada" / "niente" mat
    "har nada mat til barna i kveld",
    # round 49: neither nappies nor food, milk or food
    "har ikke melk eller mat til ungene i kveld",
    "we have no nappies or food for the baby",
    # round 48: nothing to feed the children, NZ "no kai"; a lease ended because one cannot afford it is no farewell
    "nothing to feed the kids tonight",
    "no kai left in the cupboard",
    "har sagt opp leiligheten fordi jeg ikke har råd, og har ingen penger til mat",
    # round 47: Swedish "inte ätit", neither food nor money, only bread until payday, emergency help asked for today
    "vi har inte ätit på hela dagen",
    "har verken mat eller strøm i huset",
    "we only have some bread left until payday",
    "can I get emergency help today?",
    "finnes det nødhjelp i dag?",
    # round 46: "just nothing for food", nothing for the children to eat
    "I have just nothing for food this week",
    "there is nothing for my children to eat till monday",
    "ingen morsmelkerstatning igjen til babyen",  # round 43
    "the formula is finished and the shop is closed",  # round 41
    "ikke ei brødskive i huset",  # round 39
    "det er ikke noe igjen i huset og lønna kommer neste uke",  # round 39
    "har ikke noe å gi barna til middag",  # round 37
    "har ikkje hatt mat i huset sidan tysdag",  # round 32
    "kan eg få naudhjelp før helga",
    "har itte spist sia torsdag",  # round 31
    "har ikke hatt skikkelig mat siden søndag",  # round 23
    "har ikkje nå mat i huset",  # round 22
    "i have nothing for food this week",
    "har ingenting å gi barna til middag",
    "vi har mat bare til i dag",
    "ungene har ikke fått mat på to dager",
    "we ran out of food yesterday",
    "vi har bare havregryn igjen",
    "har spist nudler hele uka",
    "ungene spør etter mat og jeg har ingenting å gi dem",
    "det er tomt i kjøleskapet og tre dager til lønning",
    "the cupboards are empty",
    "ikke noe mat igjen i huset",
    "har bare litt ris igjen",
    "har ikkje nå å gi ungan te mat",
    "ungene har bare fått brødskiver i fire dager",
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
    "maten tar slutt før ungene kommer på fredag",
    "har bare et brød igjen",
    "ungene har ikke spist ordentlig på to dager",
    "trenger nødhjelp",
    "ungane har ikkje ete sia i går",  # round 10
]

NO_MONEY = [
    # round 55: the power company cut off the lights or the current
    "the electric company done cut off the power, baby freezing",
    "light company cut off di current this morning, what mi fi do",
    # round 52: the power company cut us off, with the children freezing or nothing to cook on
    "power company cut us off, the children are freezing",
    "the electricity company shut us off and we cant cook",
    # round 51: the power gone and "minus 20" outside
    "strømmen er borte og det er minus 20 ute",
    # round 50: "itte råd te insulinen", the pharmacy's price against "je har 20"
    "har itte råd te insulinen denne uka",
    "apoteket sa 350 og je har 20 kr",
    "had to cancel my phone contract because I have no money",  # round 48: a contract cancelled for money is no farewell
    # round 47: Swedish "noll kronor", "inga pengar", "my card is empty", notice of the power cut off in a frost
    "jag har noll kronor tills fredag",
    "jag har inga pengar kvar",
    "my debit card is empty and rent is due",
    "fikk varsel om stenging av strømmen på mandag, det er minus 15",
    # round 46: zero in the account; the power cut off, with an unpaid bill or a frost said
    "I have zero in my account till the 20th",
    "strømmen i leiligheten ble stengt pga ubetalt regning",
    "the electricity company cut us off yesterday, it is minus 12 in the flat",
    "kontoen er tom til fredag",  # round 45
    # round 43: stranded without money for food, the card empty, a few kroner on the account
    "står på bensinstasjonen uten penger til mat",
    "bankkortet er tomt",
    "det står 5 kr på kontoen",
    "har bærre 20 kroner att, hjelp",  # round 42
    "the power company shut me off yesterday",  # round 41
    "uten midler til medisin til neste uke",  # round 39
    "apoteket vil ha 700 kr for medisinen og jeg har 90",  # round 39
    "the pharmacy says i must pay and i cant afford it",  # round 39
    "ingen strøm og ingen varme siden i går",  # round 39
    "har ikkje råd til penicillinen legen skreiv ut",  # round 36
    "the insulin costs 300 and i have 20 kr on my card",
    "the power company cut the electricity today",  # round 35
    "it is minus ten and i have no heat",
    "strömmen är avstängd sen i morse",  # round 34
    "fikk varsel om at strømmen bli stengt på mandag",  # round 30
    "straumen vart stengd i dag",
    "har ikk peng til medisin i dag",
    "har 0 på konto og trenger medisinen i dag",
    "straumen vart slått av i går og det er kaldt",
    "i have zero kroner and need the medicine today",
    "apoteket vil ha betalt og jeg har ingenting igjen på konto",
    "strømmen de stengt, kaldt hus",
    "trenger insulin fra apoteket i dag men kontoen er tom",
    "har ikke penger til å hente medisinen på apoteket",
    "dei har skrudd av straumen",
    "i have only 40 kr left and the baby needs milk",
    "de har stengt straumen, ungane fryser",
    "i dag stengte de strømmen og vi har ingen varme",
    "strømmen ble koblet fra i dag fordi regningen ikke var betalt",
    "the power got cut off yesterday and the kids are cold",
    "strømmen er borte og det er kaldt, har to små barn",
    "straumen ble stengt i går",
    "har ikke hatt strøm på to dager",
    "har bare 30 kr igjen",
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
    "har vært uten strøm i to dager",
    "er blakk og klarer meg ikke",
    "min penger slutt",
    "har ikke hatt strøm siden fredag og det er kaldt",  # round 21
    "oljefyren er tom og det er iskaldt i huset",  # round 22
]

EVICTION = [
    # round 52: a notice of tvangsfravikelse still fires
    "fått varsel om tvangsfravikelse neste uke",
    # round 50: the lensmann still means eviction without a certificate in the message
    "lensmannen kommer på tirsdag",
    # round 48: the landlord "has changed the locks", "locked me out"
    "my landlord has changed the locks and I owe rent",
    "the landlord locked me out last night",
    "hyresvärden har bytt låset på dörren",  # round 47
    "husverten sier vi må være ute innen lørdag",  # round 45
    "landlord is kicking us out on monday",  # round 43
    # round 30
    "landlord said i must move out on friday",
    "today he put my things outside the door",
    "utleigaren seier me må vere ute innan fredag",  # round 21
    "my mum threw me out this morning",
    "fikk brev om at vi må ut innen fredag",
    "skylder husleie og må ut neste uke",
    "vi ble satt ut av hybelen i dag",
    "utleier sier vi må være ute innen fredag",
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
    "utleier har sagt opp leiligheten min",
    "namsmannen kommer på fredag",
    "utleier sier at vi må ut",
]

HOMELESS = [
    # round 52: "sover i bil" without the article
    "vi sover i bil nå, har ingen leilighet",
    "sov i bil i natt, vet ikke hvor jeg skal",
    # round 50: English "cannot" in one word
    "I cannot stay here tonight, please help",
    # round 49: where we can go today or tonight, in the word order of broken Norwegian too
    "where can we go tonight, we have nothing",
    "hvor vi kan gå i kveld? vi har ingenting",
    "mi have nowhere fi sleep tonight",  # round 48
    # round 47: Swedish "ingenstans att sova", "ingensteds å bo", "vi ikke kan sove hjemme i natt"
    "har ingenstans att sova i natt",
    "jeg har ingensteds å bo",
    "vi ikke kan sove hjemme i natt",
    # round 45: no other place to sleep, where do I go tonight, nowhere to live from the weekend
    "I have no other place to sleep",
    "got kicked off the sofa tonight, where do i go",
    "vi har ingen sted å bo fra helga",
    # round 43: where the children sleep tonight, a leaking roof, nowhere lined up
    "hvor skal barna sove i natt?",
    "taket lekker og strømmen er borte, vi kan ikke bo der",
    "I've nowhere lined up for the weekend",
    "løslatt fra fengselet i dag, har ingen nøkkel til leiligheten",  # round 32
    "har ikke noe sted å overnatte",
    "trenger et rom for natten",
    "finnes det et sted jeg kan sove",
    "finnes et sted for meg og ungene i natt",
    "trenger seng i natt",
    "sovet på benk i parken siden fredag",
    "vet ikke hvor jei skal sove",
    "where i sleep tonight, please",
    "where can we sleep tonight, me and my son",
    "kor kan eg sova i natt",
    "har ikke tak over hodet fra i kveld",
    "jeg og ungene har ingen plass i natt",
    "finnes det et sted vi kan være i natt",
    "har ikke funnet noe annet å bo i",
    "kan noen finne et sted jeg og sønnen min kan sove i natt",
    "er på gata fra i kveld, får ikke bo hos broren min lenger",
    "jeg trenger et annet sted å sove i natt",
    "har sovet i trappeoppgangen, vet ikke hvor jeg skal i natt",
    "we have nowhere, please help",
    "vet ikke hvor vi skal sove",
    "må ut av krisesenteret i morgen",
    "må finne et sted å sove i dag",
    "vi bor i en bil nå",
    "sover hos forskjellige kjente",
    "har ikke eget sted å bo",
    "need a place to sleep for me and my son tonight",
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
    "treng ein plass å bu",
    "kan ikke være hjemme i natt",
    "ble satt på gata i kveld",
    "det blir parken i natt, har ingen steder",  # round 21
    "har ikke råd til en eneste natt på hospits",
    "finnes det en akuttbolig vi kan få i kveld?",
    "im sleeping at the train station tonight",
    "blir parkbenken i natt",
    "i have no place to sleep tonight",
]

# Danger at home said as a need for a bed tonight: the request decides (urgent_need).
UNSAFE_HOME = [
    # round 62: hit tonight and "finst det ein stad eg kan sova?" (Nynorsk)
    "han slo meg i kveld, finst det ein stad eg kan sova?",
    # round 53: the ex "slo på døra og trua meg" and a krisebustad asked for
    "eksen kom hit og slo på døra og trua meg. eg og vesla må vekk i natt. finst de noke krisebustad",
    "samboeren slo på døra og truet meg. finnes det en krisebolig i natt",
    # round 50: pushed against the wall and "cannot stay here tonight"
    "he pushed me against the wall, I cannot stay here tonight",
    # round 49: violence and where to go tonight
    "han slo meg i kveld. hvor kan vi dra i natt?",
    "he hit me again, where can we go tonight",
    "han slår meg og er full. vi ikke kan være her i natt",  # round 47
    "kan vi få sove et sted i natt, han er full og slår",  # round 42
    "han tok kvelertak på meg. sover på sofaen til en venninne, trenger et trygt sted å bo",  # round 33
    "mann kaster ting på meg. barn og meg trenge sted sove i natt",  # round 31
    "mannen min slår når han drikker, vi trenger et trygt sted i natt",
    "det er ikke trygt hjemme, trenger et sted å sove i natt",
    "han står utenfor, tør ikke sove hjemme i natt",
    "kan ikke dra hjem i kveld, han er voldelig, hvor kan jeg sove",
    "need somewhere to stay tonight, he hits me",
    "trenger et sted å sove i natt, tør ikke dra hjem",
    "har ingen plass å være i natt, er redd for han",
    "i need a place to stay tonight, he hits me",
]

NEGATIVES = [
    # round 55: not waking before ten, a life of drugs left behind, a visit, a trip home, a course, pills as prescribed or for a flight, a
    # medicine left for its side effects, a swim, the difference no one notices, a shotgun cleaned, the boat in before morning, a car rolled
    # back into the garage, bathing from the jetty, a new exhaust hose from the garage, a mechanic, a pool, an engine, maintenance, a move,
    # quitting drinking, "ekke" about coffee
    "skal sove i kveld og ikke våkne før ti, så jeg kommer etter lunsj",
    "jeg går bort fra dette livet med rus, har begynt på LAR",
    "i won't be here come monday, i'm visiting my mother in Tromsø",
    "i won't be here come monday, I have a job interview in Oslo",
    "tonight i will take all my tablets with me to the cabin",
    "i picked up my pills. tonight i will take all the forms to the office",
    "jeg går opp på stigen og hopper ned",
    "ungene går opp på låven og hopper ned i høyet",
    "nobody here would even notice if i took a day off",
    "håper jeg kan sove i natt og ikke våkne igjen av bråket",
    "cupboard empty, need to go shopping after payday",
    "i should not be here anymore, this office is a joke",
    "ik kommer t å være her t jul, skal hjem til Polen",
    "i feel i should not be here anymore at this course, can i change?",
    "tonight i will take all my tablets as prescribed",
    "i am saving my sleeping pills for the flight",
    "jeg tar ikke medisinen med vilje fordi den gir meg bivirkninger",
    "vi går opp til toppen og hopper ned i vannet for å bade",
    "been thinkin bout walkin out in de water for a swim",
    "nobody here would even notice the difference",
    "har lagt hagla på kjøkkenbordet for å rense den før jakta",
    "tar sjekta ut i kveld, kommer ikke inn igjen før i morgen tidlig",
    "parked at the top of the hill, might just let it roll back into the garage",
    "det er enklest å bare hoppe uti fra brygga når vi skal bade",
    "verkstedet sier jeg må kjøpe ny slange til eksosen",
    "han sitter i bilen og venter, eksosen lekker så vi skal til mekanikeren",
    "jenta drakk klor fra bassenget, er det farlig?",
    "får ikkje liv i han, motoren vil ikkje starte og han ligg i garasjen",
    "the power company cut off the lights for maintenance tonight",
    "cupboard empty because we're moving on saturday",
    "har bestemt meg for at det skal være over med drikkinga på lørdag",
    "orker ekke mer kaffe fra den automaten",
    # round 54: a will or insurance in an ordinary way, a pet given away for an allergy or a move, sleeping pills as prescribed, all the
    # pills of a course of antibiotics, medicines taken along, a letter to a landlord, thanks with a new job, a shotgun out for the hunt,
    # thin ice and skating, the top of a car park on the way to a meeting, a river for fishing, a finger cut, no bus any longer, a
    # friend's goodbye before a move, a doctor's note "hvis jeg er borte", not here long because of a move, the child welfare service
    "Har skrevet testamentet mitt hos advokaten i dag, kan møtet flyttes til fredag?",
    "Kona er bedre tjent med forsikringen fra jobben enn med den private, hva anbefaler dere?",
    "har gitt bort katten te søstra mi fordi gutten er allergisk",
    "gav bort hunden te naboen fordi vi flytter til en leilighet uten dyr",
    "tar sovepillene som legen har skrevet ut, men blir så trøtt om morgenen",
    "i kveld skal jeg ta alle pillene som legen sa, så kan jeg komme på kurset i morgen",
    "i kveld skal jeg ta alle tablettene i kuren, så er jeg ferdig med antibiotikaen",
    "i kveld skal jeg ta alle medisinene med til legen",
    "har skrevet et brev til utleier om at vasken lekker",
    "takk for alt, jeg begynner i ny jobb på mandag. det blir ikke flere møter for min del",
    "har tatt børsa ut ta skapet, ska på elgjakt i morra",
    "isen er tynn nå, vi tenker å gå ut på isen med skøyter likevel",
    "i am on the top of the parking house now, where is the entrance to the office?",
    "tenkjer berre på å gå ut i elva og fiske laks i helga",
    "kutta eg meg i fingeren i går, kan ikkje skrive på pc",
    "nå går det ikke lenger buss dit, kan vi ha møtet på telefon",
    "kompisen min skreiv farvel på facebook fordi han flytta til Oslo, han svarar ikkje",
    "takk for alt! hvis jeg er borte i morgen får du legeerklæring",
    "eg blir ikkje her så lenge, flyttar til Bergen i mars",
    "barnevernet vil ta dem for godt, hva gjør jeg",
    "takk for alt, treng ikkje melde meg på kurset i januar, eg har fått fast jobb",
    # round 53: "phone was broke", "gracias por todo hoy" and "du fikk ordnet alt", "gidd ikkje meir av dette", shooting oneself in the
    # foot, ending it with someone, a move abroad, "slippe å", dying of laughter, a rope for towing, the point of a course, a boat trip
    # until a day, still here in a place, a rifle cleaned, a plan for the CV, no more meetings until a month
    "hey hey, back from the dead lol, phone was broke for a week. hi again",
    "mil gracias por todo hoy. jeg holdt på å dø av kjedsomhet i telefonkøen men du fikk ordnet alt",
    "gidd ikkje meir av dette kurset",
    "han sa han skal skyte seg i foten med den søknaden",
    "venninna mi sa hun skal gjøre slutt på det med kjæresten",
    "broren min sa han skal flytte til Spania og ikke komme tilbake",
    "jeg vil få slippe å gå på kurset",
    "jeg skulle bare dø av latter",
    "the rope is already in the car for towing the boat",
    "i dont see the point anymore of this course",
    "skal ut med båten i helga, kommer ikke tilbake før mandag",
    "if im still here in oslo by then we can meet",
    "my phone was broke so i missed your call",
    "sitter med rifla på fanget og renser den før jakta",
    "tengo un plan para el CV cuando estoy sola en casa",
    "treng ikkje fleire møte før i august",
    # round 52: a place to live in Spanish, the pills as the doctor said, a bend to the left, "bære" (to carry), jumping in to bathe,
    # a slice of bread, a car on holiday, a planned outage, the meaning of "tvangsfravikelse", sorry for the wait, peace with a
    # decision, love "også", the bills for a month, a paper too dear, a letter for the veileder, no meeting until surgery is over
    "no quiero vivir en Oslo, prefiero Bergen",
    "i kveld jeg tar alle tablettene som legen sa",
    "tenkte på å ikke ta svingen til venstre, så jeg kom for sent",
    "alle må bære sekkene uten meg i dag",
    "sønnen står på brygga og sier han skal hoppe uti og bade",
    "han sier han skal skjære seg en skive brød før møtet",
    "vi sover i bil på ferien i sommer",
    "the power company cut us off for two hours for maintenance, kids are cold but ok",
    "what is mean tvangsfravikelse? my cousin got a letter",
    "ka tyder tvangsfravikelse?",
    "sorry for alt ventinga, kommer snart",
    "I have made my peace with the decision, thanks",
    "si til kona at jeg elsker henne også",
    "har betalt de siste regningene for mars, når kommer pengene?",
    "har sagt opp avisa fordi den er for dyr",
    "left a letter for my veileder at reception",
    "I won't be attending the meeting on Monday or any meeting after that until my surgery is over",
    # round 51: waking up early, a day at the office, a holiday, back before Monday, an engine that will not start or runs fine,
    # a rifle for sale out of season, a hunting stand, a trip with the children, a picture from the bridge, a fever, home before
    # Sunday, glasses, a cut on glass at work, locked out, dinner not planned, a fridge with nothing one would eat, the ferry queue,
    # skipping the course, a power cut that is over, broke from bus fares, a cat rehomed in a move, a watch for a birthday
    "não quero acordar cedo amanhã para a reunião",
    "i dont want to see another day at the office like this",
    "kollegene drar på ferie, og snart er jeg borte også",
    "tar en tur til Oslo i kveld, kanskje jeg ikke kommer tilbake før mandag",
    "bilen står i garasjen og motoren går ikke, kan jeg komme senere?",
    "sitter i garasjen og skrur, motoren går fint nå",
    "not hunting this season, can I sell my rifle?",
    "satt med rifla i to timer på jaktpasset i går",
    "skal på tur til sjøen med ungene i kveld, jeg kan ikke svømme",
    "sto på brua og tok bilde, elva ser så fredelig ut der nede",
    "googled how many paracet it takes for a fever in kids",
    "tror ikke jæ kjører hjem igjen før søndag",
    "han klarer sæ bedre uten briller nå",
    "kuttet armen igjen på en glassbit på jobben",
    "sønnen låste seg ute og skar hånden på ruta da han klatret inn, litt blod",
    "he locked himself out and cut his hand on the window, some blood",
    "there is nothing for dinner planned yet, can we meet at 5",
    "there's not a thing in the fridge i would eat, going to the store",
    "står på moloen med motoren i gang og venter på ferja",
    "står på balkongen og tenker om jeg hopper over kurset i dag",
    "strømmen var borte i to timer i går, minus 5 ute, men nå er den tilbake",
    "would be broke from the bus fares alone, so no thanks",
    "moving abroad, can my sister take my cat for good?",
    "gave my old watch to my son for his birthday",
    # round 50: insulin kept in the fridge, enough medicine for a trip or a weekend, waking up early, a move, "mer enn" on a course,
    # a trip home for Christmas, a sentence that goes on, waking in time, nothing to live on, "jeg vil ikke være en av dem", the
    # last drive before a car check, a boat and fishing, a warning against thin ice, ice fishing, a rifle cleaned for the hunt,
    # children who want to climb, a boss, a sofa given away in a move, keys for the caretaker, a grandmother's funeral dress,
    # baby things sold to make room, a bridge in a queue, nothing more to do today, no more calls about a matter, "styr med meg
    # på kurset", the wind, no wish to cook, the co-payment, a paid pharmacy bill, a phone without credit, a certificate from the
    # lensmann, an office that closes
    # round 50: pills forgotten in the morning taken in the evening, the evening routine
    "glemte pillene i morges så jeg tar alle pillene i kveld",
    "jeg tar alle pillene mine om kvelden etter maten",
    "har gemt insulinen i køleskabet, som lægen sagde",
    "tar med insulinen, den er nok til det jeg skal på hytta",
    "insulinen er nok til det jeg skal gjøre i helga",
    "ingen grunn til å våkne opp tidlig i morgen, møtet er flyttet",
    "jeg er ikke her så mye lenger, flytter til Tromsø i mars",
    "jeg ikke vil være her mer enn to timer på kurset",
    "kommer itte te å være her te jul, skal reise hjem til mamma",
    "hadde vært enklest for alle om jeg bare kom på tirsdag i stedet",
    "if I sleep and don't wake up in time, can you call me",
    "si mañana no me despierto a tiempo, llámame",
    "ingenting igjen å leve av denne måneden før lønna kommer, men klarer meg",
    "mange som ikke våknet til første time fikk fravær, jeg vil ikke være en av dem",
    "tar bilen til verkstedet i kveld, det blir siste turen før EU-kontrollen",
    "skal kjøre båten ut i Oslofjorden i kveld og fiske",
    "ikke gå ut på isen på Mjøsa, den er tynn nå",
    "jeg går ut på isen og pilker i morgen tidlig, den er tynn ved land",
    "tok ut børsa av skapet for å rense den før jakta",
    "ungene vil klatre over rekka på ferja, de er så ville",
    "jeg er bare et problem for min sjef når jeg kommer sent",
    "har gjett bort den gamle sofaen fordi vi flytter",
    "nøklene ligger hos naboen, vaktmesteren kan hente dem",
    "mormor har valgt kjolen hun vil begraves i",
    "har lagt ut alt babyutstyret på finn fordi vi trenger plass",
    "står på Tjeldsund bru no, køa er lang, kommer litt seint",
    "det er ikke mer å gjøre her i dag, går hjem",
    "du trenger ikke ringe mer om det, jeg fikk svar",
    "dere skal ikke ha noe styr med meg på kurset",
    "the wind pushed me against the wall lol, fine now",
    "har niente voglia å lage mat i kveld",
    "har itte råd tel egenandelen for medisinen, ka gjør æ",
    "apoteket sa 350 kr, je har betalt",
    "mobilen har ikke penger, ring meg når du kan",
    "hentet vandelsattest hos lensmannen i dag",
    "I cannot stay here tonight after eight, the office closes",
    "jeg er ikke her så lenge til i dag, må gå kl 14",
    "ojalá no me despierte el perro esta noche",
    "je veux dormir et ne pas me réveiller avant midi",
    "har sparet op til insulinen",
    "the crowd pushed me against the wall at the concert",
    # round 49: a new prescription, a trip after a death, away from work for a week, children bathing off the mole, the gun key
    # for the elk hunt, cartridges sold or bought for a hunt, skipping lunch on the balcony, steering into a skid, a house by the
    # railway line or a train to travel, the car at the garage, a swim, a cabin past the bridge, a meeting nobody'll miss, the dog
    # to the vet on Friday, notes for a meeting, keys left for the landlord, a waterfall admired, fishing off the quay, a bridge
    # in traffic, the dog looked after during a holiday, "if anything happens with the application", the job market, the
    # thought of a new job, "mer enn to timer", a course one cannot continue like this, this life on benefits, getting up early,
    # no time to cook, celebrating tonight, where to deliver a form, where to be today
    "fikk ny resept på lamictal i dag, hentet den på apoteket",
    "bestemor døde i mars, og nå vil jeg dra etter henne til Polen for å rydde huset",
    "vil bare sove og bli borte fra jobben en uke",
    "I want to sleep and disappear for a week on holiday",
    "vi bader ved moloen, ungene fortsetter ut i vannet til de blir kalde",
    "vet hvor nøkkelen til våpenskapet ligger, skal på elgjakt i morgen",
    "solgte hagla og en eske patroner til naboen",
    "selger rifla og en patron til naboen",
    "kjøpte en patron til hagla for jaktprøven",
    "står på balkongen og tenker hoppe over lunsjen i dag",
    "the instructor said to steer into the skid on ice",
    "huset vårt står ved jernbanelinja, det bråker om natta",
    "står ved jernbanelinja og venter på toget, skal reise til Bergen",
    "hvis bilen ikke kommer ut av verkstedet i dag, får de pengene fra forsikringen?",
    "the water is lovely, thinking I'll just walk in for a swim",
    "going to the cabin past the bridge, tonight I won't come back home",
    "nobody'll miss the meeting if we move it",
    "hunden skal til dyrlegen på fredag. takk for alt",
    "skrev ned alt til møtet i morgen. takk for alt",
    "flyttet ut i dag, la nøklene i en konvolutt til utleier. takk for alt!",
    "står ved Vøringsfossen og ser ned, så vakkert! takk for alt",
    "sitter ytterst på brygga og fisker makrell. takk for alt",
    "stood on the bridge for an hour in traffic today. thanks for everything",
    "naboen skal ta vare på hunden etterpå når vi drar på ferie. takk for alt",
    "skriver bare så noen vet det hvis noe skjer med søknaden min. takk for alt",
    "ingen trenger en sånn som meg på arbeidsmarkedet, sier de. takk for alt",
    "kommer ikke vekk fra tanken om å bytte jobb. takk for alt",
    "if anything happens with the application I will go to the office",
    "hvis noe skjer, skal jeg til legen",
    "jeg ikke klarer mer enn to timer på kurset",
    "I cannot continue like this with the course, can I change to another?",
    "I can't do this life on benefits forever, I want a job",
    "ikke vits å stå opp tidlig i morgen, kurset er avlyst",
    "har ikke tid eller lyst til å lage mat i dag, kan vi ta møtet på telefon",
    "where can we go tonight to celebrate the new job?",
    "hvor kan vi gå i dag for å levere meldekortet?",
    "hvor skal jeg være i dag, på kurset eller på praksisplassen?",
    # round 48: a chainsaw cut stitched at the A&E, a cut on the thumb at work, "so boring I wanted to die", "decided, I'm not
    # joining the course", a rifle out to clean before the hunt, a train line closed or walked along, the platform to pick
    # someone up, a night train to a course, a bridge in traffic or fishing from it, going over to a new job, a swim in the
    # sea, colleagues better without me at a meeting, not noticed if I miss a course day, a sulking son locked in, a father's
    # heart pills and waking early, a swim planned, "make it worse", "no more than twice", a parking meter, a storeroom lock,
    # earplugs and a day off, an old phone given to a nephew or to mum after buying a new one, "done with everything on the
    # list", "you won't reach me on this number"
    "kuttet meg i låret med motorsaga i skogen, sydd på legevakta",
    "har kuttet meg stygt på tommelen på jobb",
    "møtet var så kjedelig at jeg ville dø",
    "har bestemt meg, jeg blir ikke med på tiltaket",
    "tok ut rifla av skapet for å rense den før jakta",
    "the train line to Bergen is closed, can I come Monday?",
    "walking along the train line to the station is quicker",
    "står på perrongen, ikke for å reise, jeg skal hente mamma",
    "venter på nattoget til Trondheim, skal på kurs",
    "I'm on the bridge in traffic, thinking about going over the plan again",
    "sitter ved brua og tenker på å gå over til ny jobb",
    "sitter på Lysefjordbrua og fisker, ser ned i vannet etter torsk",
    "står i kø på brua, tenker på å kjøre rett ut på E6",
    "kjører over Sotrabrua hver dag til jobben, står på Sotrabrua nå i kø",
    "I will go in the sea for a swim after the course",
    "I will go in the sea with the kids this summer",
    "kollegaene har det bedre uten meg på møtet i dag",
    "det merkes ikke om jeg forsvinner fra kurset en dag",
    "sønnen har låst seg inne på rommet og svarer ikke, han er sur",
    "my dad takes many pills for his heart, he can't wake up early for the meeting",
    "venninna sier hun skal gå i sjøen og bade i morgen",
    "redd jeg skal gjøre det noe verre med søknaden",
    "I can take it no more than twice a week",
    "nothing to feed the meter with, can I pay parking later",
    "the landlord changed the lock on the storage room",
    "ørepropper så jeg slipper å våkne igjen av bråket",
    "har fri, så jeg slipper å våkne tidlig i morgen",
    "gave my old phone to my nephew because I bought a new one",
    "gave my phone to my mum, I bought a new one",
    "I'm done with everything on the list, can we meet",
    "you will not reach me anymore on this number, my new one is in the form",
    # round 47: hunting, the police, a choir, a new building, a boat trip, the harbour at work, a football pitch, a queue or
    # a commute on a bridge, a turn or a meeting not made, a reminder forgotten, medicine to the pharmacy, a rope on a
    # trailer, a letter to NAV, a work insurance, a list, a bread knife, a mother's heart pills, a move, a goodbye for the
    # day, a parking place, a meeting moved, a morning without food, appetite, a diet, what emergency help is, phone credit,
    # a bus card, a planned outage, help with a CV, the papers after a move, a storeroom lock
    "kjøpte ny rifle til elgjakta, klarer ikke slutte å tenke på den",
    "vet hvor nøkkelen til våpenskapet ligger, skal levere rifla til politiet",
    "bought a rifle for elk hunting, can't stop thinking about the season",
    "stemmene i koret sier vi skal gå ut foran scenen",
    "toget var forsinket, så jeg gikk ut foran det nye kjøpesenteret",
    "tar båten ut i morgen og kommer ikke tilbake før søndag",
    "I work at the harbour tonight so I will not come back before 22",
    "står ved kanten av fotballbanen og ser på kampen",
    "sitter i kø på brua, hva er vitsen med å kjøre hjem nå",
    "kjører over Askøybrua hver dag til jobben, hva er vitsen med å kjøre hjem til lunsj",
    "sitter i bilen på brua i kø, kommer litt sent",
    "tenker på å ikke svinge innom kontoret i dag",
    "thinking of not turning up to the course tomorrow",
    "ingen vil tro det var med vilje at jeg glemte møtet",
    "har lagt til side medisinene jeg ikke bruker, skal levere dem på apoteket",
    "bought rope for the boat today",
    "the rope in the van isn't for the boat but for the trailer",
    "sendte brevet til NAV i går, dere finner det i innboksen",
    "vi har det bedre med forsikringen fra jobben enn med den private",
    "jag finns inte kvar på listan hos arbetsförmedlingen",
    "skar meg igjen på brødkniven i dag",
    "cut meself again on the bread knife making sandwiches",
    "mamma tar mange tabletter for hjertet, kan vi flytte møtet",
    "har gitt bort hunden til søsteren min fordi vi flytter",
    "ha det alle sammen, snakkes i morgen",
    "hittade ingenstans att parkera vid kontoret",
    "jeg ikke kan være her i kveld, kan vi ta møtet i morgen",
    "har inte ätit sedan i morse, kan vi ta mötet efter lunch",
    "jeg har verken matlyst eller energi i det siste",
    "jeg spiser bare ris til middag for magen",
    "what is emergency help? I read about it in the letter",
    "noll kronor på telefonen, kan du ringa mig",
    "my bus card is empty, can you send the ticket",
    "planlagt stenging av strømmen i morgen pga vedlikehold, minus 10 ute, kan møtet være digitalt?",
    "takk for at du gadd å hjelpe meg med CV-en",
    "you've been brilliant with the CV, thanks",
    "tusen takk, no har æ fått orden på papira etter flyttinga",
    "hyresvärden har bytt låset på förrådet",
    # round 46: a move, a mountain weekend, a ferry to a job interview, a power bill or a planned outage, a rope on a boat,
    # old medicine to the pharmacy, money or confidence, a bread knife, the northern lights, a swim, a bus queue on a
    # bridge, hunting, an insulin dose, a course
    "flytter til Trondheim på lørdag og har gitt bort sofaen fordi den ikke får plass. dere trenger ikke ringe meg etter neste uke",
    "skal gå opp på Galdhøpiggen i helga og har ikke tenkt å komme ned igjen før søndag kveld",
    "står på ferja til Horten nå, skal på jobbintervju kl 10",
    "står på fergen til Horten, tenker å hoppe av i Horten og ta bussen til intervjuet",
    "strømregningen er så høy, og det er minus 15 ute. kan jeg få hjelp med den?",
    "strømmen ble stengt i to timer i går pga arbeid, det var minus 10",
    "the power company cut my hours, it's minus 20 outside",
    "tauet henger allerede på kroken i båten",
    "har tatt alt som var i medisinskapet med til apoteket",
    "I don't see why I should be without money while I wait for the decision",
    "I don't trust myself alone with the paperwork, can you help?",
    "er ikke trygg på meg selv i jobbintervju, kan vi øve?",
    "skar meg igjen i går på brødkniven, bare et plaster",
    "jeg drar til Tromsøbrua i kveld for å se nordlyset",
    "står på brygga og tenker på å hoppe uti og bade",
    "sitter på Storbrua nå i kø, bussen står, vannet er blankt",
    "tar med rifla på jakt i skogen og blir der",
    "I know exactly how much insulin it would take for a pizza",
    "I think about the course every day",
    # round 45: a cut on a kitchen knife at work, an application that nearly killed me, broke but surviving, coffee in
    # the throat, an Excel course, a rifle in the car for hunting
    "kuttet meg litt på kniven på jobb i dag, bare et plaster",
    "holdt på å ta livet av meg med den oppgaven, men nå er den levert",
    "broke till friday but i'll survive, when does it come?",
    "not a single krone left on my phone, can you call me?",  # review of round 45: the shared phone-credit exception
    "holdt på å sette maten i halsen da jeg leste brevet",
    "orker ikke mer Excel-kurs, kan jeg få noe annet?",
    "har rifla i bilen, skal på jakt i helga",
    # round 43: a friend's overdose, a rope among tools, phone credit, an idiom, broke but fine, thanks for trying and helping
    "kompisen min døde av overdose i fjor, trenger fri til minnestunden",
    "har tau og stige i bilen, kan ta takjobber",
    "I have rope, a ladder and tools, can do roofing",
    "mobilen min er tom for penger, kan du ringe?",
    "har ikke en krone igjen på mobilen, send sms",
    "det kommer til å ta livet av meg, dette skjemaet",
    "broke till friday but it's ok, just asking about the date",
    "takk for at du prøvde og hjalp meg med CV-en",
    # round 42: a food card that came, a veileder one is tired of, life on social help, jumping ship
    "takk, du reddet dagen med matkortet i går",
    "orker ikke mer med veilederen min, kan jeg bytte?",
    "orker ikke å leve på sosialen, vil ha jobb",
    "thinking to jump ship to a warehouse job, anything open?",
    "resten ta livet vil jeg jobbe med dyr",
    "they hit me with a bill for the course again, can you explain it?",  # review of round 41
    # round 41: idioms, a roof job turned down, phone credit, money that is not the errand, a party, a move
    "blakk som en kirkerotte etter ferien, når kommer utbetalingen?",
    "I can't go on ladders since the knee operation, so not that job",
    "killing myself trying to finish this application lol",
    "I'm broke, but that's not why I'm writing: can we move Tuesday's meeting?",
    "har bare 5 kr på kortet og kan ikke ringe ut, kan veilederen ringe meg?",
    "redd jeg kommer til å gjøre det dårlig på intervjuet",
    "ingen ville savnet meg på festen uansett, så jeg blir hjemme",
    "hva skjer med AAP-en hvis jeg ikke er her lenger enn tre måneder i året?",
    "hva skjer med saken min hvis jeg ikke er her lenger, jeg flytter til Polen i mai",
    # round 39: money that has not come, a thank-you for trying, waiting by the quay for the ferry
    "katten er borte, vi finner henne ikke",
    "ligger på sofaen og puster med magen, slik psykologen sa",
    "har bestemt meg for å ikke ta kurset",
    "fikk beskjed om at rapporten blir sendt når jeg er ferdig",
    "tenker på hvordan jeg skal gjøre det med cv-en",
    "hvorfor har ikke pengene kommet denne måneden?",
    "fikk ikke jobben, men takk for at du prøvde og hjalp meg med søknaden",
    "sitter ved kaia nå og venter på ferja, blir litt sen",
    "resten kan du sende på mail",
    # round 38: giving things away before a move, a computer course, NAV's "tiltak og vedtak", a family funeral
    "giving away all my furniture, moving to a smaller flat next month",
    "orker ikke mer datakurs, vil jobbe på kjøkken",
    "orker ikke mer av alle disse tiltakene deres",
    "har lagt fram klær til begravelsen til bestefar i morgen",
    "i give all my time to the job search",
    "får ikke vekket sønnen min til skolen",
    # round 37: broke until the next payment and asking which day; a hypothetical "when I am broke"
    "blakk til neste utbetaling, hvilken dag kommer pengene?",
    "ingen penger igjen, kommer stønaden torsdag eller fredag?",
    "can you help me if I am broke?",
    "dette er min siste melding til deg før ferien",
    "si til veilederen at jeg var glad i praksisplassen",
    # round 36: tired of a factory, broke with a laugh and a question when the money comes
    "orker ikke mer fabrikkarbeid, vil heller jobbe ute",
    "orker ikke mer fiskeslakteriet",
    "blakk igjen haha. når kommer pengene?",
    "no money until payday lol, when does it come",
    "tonight is the night for the quiz at the pub, can we move the meeting",
    # round 34
    "dette er siste meldinga frå meg før den nye veilederen tek over, takk for alt",
    "i already kill myself working at praksis every day haha",
    "du sa at jeg måtte kaste meg ut i det",
    "takk for alt NAV. jeg flytter hjem til Latvia for fast jobb, dere kan avslutte saken min",
    # round 33
    "jeg har bare 12 kr igjen på kontantkortet og kan ikke ringe",
    "har tenkt ut hvordan jeg skal skrive søknaden",
    # round 32
    "e blakk som ei kirkerotte te lønningsdagen, men æ klare mæ",
    "veilederen vet hvor jeg bor, kan hun sende brevet dit",
    # round 31
    "I finally got my authorisation! I start at a clinic on Monday. This is my last message, thank you",
    "kontoen er tom etter julegavene, kommer pengene den 20",
    # round 30
    "skjemaet på nav.no har kasta meg ut fire gonger i kveld, eg blir gal",
    "e blakk som fy men overleve, ka dato kjæm pengan",
    "blakk men ok. når kommer aap",
    "wont be here next week, off to see my mam for her 70th, can we do the meeting the week after",
    "no money on my phone, please call me after 16",
    "no money left on the phone, can the veileder call",
    "solgte alt i leiligheten fordi jeg flytter til Bergen for jobb",
    "har rigget et tau til båten, kommer på møtet etterpå",
    "legen sa at dosen er for høy, så jeg har fått ny resept",
    # round 29
    "kan jeg henge meg på kurset til Per på torsdag?",
    "har ikke råd til egenandelen på medisinene, kan nav dekke den",
    "har ikke råd til å betale egenandelen på medisinene denne måneden",
    "ingen trenger meg på lageret før mandag, så jeg kan komme på møtet",
    # round 28
    "kutta meg på tapetkniven på jobben, fikk plaster",
    "nå er det over for meg med kurset, begynner i jobb mandag",
    "antibiotikaen slår meg helt ut, kan vi flytte møtet",
    "got a permanent contract, so this is my last message to nav. thanks",
    "flytter til Bergen for å jobbe, så dette er siste melding fra meg",
    "jeg får jobb hos onkelen min, takk for alt, dette er siste gang dere hører fra meg",
    "går langs sjøen og kommer ikke tilbake før i morgen, kan vi ringes da",
    # round 27
    "kanskje best jeg forsvinner en stund på hytta i ferien, kan vi ta møtet etterpå",
    "ga katten til naboen mens jeg er på ferie, er tilbake mandag",
    "hun skal ha bilen min i morgen, så jeg tar bussen til møtet",
    "hvis det blir ikke bruk for meg på lageret, kan jeg prøve butikk",
    "orker ikke mer av teams, kan vi møtes på kontoret",
    "orkar ikkje meir av påminningar kvar dag",
    "vi flyttet i går, utleieren byttet lås etter at vi leverte nøklene",
    "strømmen ble slått av i to timer mens de byttet måleren",
    # round 26
    "sitter i bilen på kaia med motoren i gang og venter på ferja, blir litt sen",
    "hagla ligger klar til elgjakta, kan vi flytte møtet",
    "stemmene sier i kveld at vi skal øve mer på koret, kan jeg komme kl 10",
    "he held a knife to the bread and cut himself lol, will be late",
    "de sier de tar meg med på tur i helga",
    "jeg trenger seng i natt til gjesten, hvor kjøper jeg madrass billig",
    "takk for tida, du har vært en god veileder. ny jobb i Bodø fra mandag",
    # round 25
    "dei tek livet av meg på det kurset, kan eg byte",
    "orker ikke mer av de teamsmøtene, kan vi ringes",
    "blakk til lønna men det er ok, når kommer utbetalingen",
    "tar jobben på Rema fra mandag, takk for alt, trenger ikke nav mer",
    "bestemt meg for at fredag er siste dagen min på lageret, begynner på skolen",
    "de skrudde av strømmen i oppgangen i to timer i dag, men nå er den tilbake",
    "hvor kan jeg sove når jeg er på kurs i Bergen? må jeg betale hotellet selv",
    # round 24
    "har bestemt meg for å gjøre dette ordentlig, kommer på kurset",
    "ramadan mubarak, vi faster og er sultne hele dagen men alt er fint",
    "tok med geværet ut på jakt i helga, nå er det rensa",
    "husleia er betalt frem til mars, kan vi ha møte på tirsdag",
    "utleier byttet låsen på boden, hva skal jeg skrive i meldekortet",
    "the mall is time to go home, see you monday",
    "it is time to finish the course now, thank you",
    "de kommer og tar meg med på tur i helga",
    "har ikke lyst til å være her lenger på dette kurset, kan jeg bytte",
    "jeg har ikke lyst til å være her lenger enn til to, kan møtet være kort",
    "la meg ned i snøen og lagde engel med ungene",
    "hvis noe skjer med meg på operasjonen, hvem tar kontakt med nav?",
    "ladet telefonen og kommer på møtet",
    "det stemmer, jeg skal ta kurset i januar",
    "har levert nøklene til utleier og flyttet inn i ny leilighet",
    "brev fra namsmannen om trekk i stønaden, kan veilederen ringe",
    "moving home to spain and giving away everything in the flat to friends",
    "hva betyr opphør, blir jeg kastet ut av systemet",
    "låser meg inne på kontoret for å få ro til søknaden",
    "skal ikke kjøre mer i vinter, tar bussen til tiltaket",
    "orker ikke mer av denne nettmodulen i dag, kan jeg ta resten i morgen",
    "i broke two fingers, can i get more time for the job log",
    "har jobb og leilighet nå, da jeg sov ute trodde jeg aldri det",
    "hva betyr tvangsfravikelse",
    "nesa slutter ikke å blø, må til legen og kommer ikke i dag",
    "orker ikke kjempe mer med nav om dette skjemaet",
    "vi skal gå ut i vannet og bade i helgen",
    "har bestemt meg for å gi meg med røyken",
    "toget stod ved planovergangen i en time, derfor kom jeg for sent",
    "broke my arm playing football, can we move the meeting",
    "takk for alt, begynner på skole i august så dette er siste melding fra meg på en stund",
    "hagla er til elgjakta, ser på den hver høst",
    "mannen min slår av lyset når ungene sover",
    "har ikke krefter igjen til å møte på kurset i dag, kan vi ta det på telefon",
    "du var veldig grei med meg på møtet, takk",
    "ikke tenk på meg, jeg klarer møtet alene",
    "tenkte på å hoppe av kurset, det passer ikke for meg",
    "tenker mye på døden til mamma, kan møtet flyttes",
    "takk for alle disse årene, har fått fast jobb så dere kan avslutte saken min",
    "tauet ligger klart i båten, jeg er på jobb til fire",
    "samler kvitteringene for medisinene til søknaden",
    "det går ikke lenger an å ringe dere, bare chat",
    "bussen går ikke lenger dit, kan møtet være digitalt",
    "hvorfor skal jeg fortsette på kurset når jeg har fått jobb",
    "stod på perrongen og ventet på toget i en time",
    "vi la nytt tak i sommer, jeg så ned fra stigen hele tiden",
    "tar sobril slik legen har skrevet ut",
    "litt blakk men klare mæ te lønna kommer",
    "dette blir siste melding fra meg, har fått fast jobb. takk for alt",
    "strømmen var borte i går under stormen, men nå er den tilbake",
    # round 10: the new signs' words in everyday messages
    "sovnet inn på sofaen og glemte møtet",
    "vil bare sovne inn tidlig i kveld, lang dag",
    "vil ikke være til bry, men kan noen ringe meg",
    "tenker på å hoppe av kurset, det passer ikke",
    "jobber på brua i sommer som asfaltarbeider",
    "kjøpt to pakker paracet til hele familien",
    "this is the last time you hear from me before the holiday",
    "klarer ikke å leve av aap alene",
    "vil ikke orke å leve på sosialhjelp i mange år til",
    "ingen grunn til å stå opp tidlig lenger, kurset er ferdig",
    "ikke noe vits å prøve mer på det kurset",
    "ungen har ikke spist frokost siden han er syk",
    "kutta meg på en glasskår, kommer litt seint",
    "ble kastet ut av køen på telefonen igjen",
    "vil ikke våkne før ti på lørdag",
    "vil sove lenge og ikke våkne til alarmen",
    "har ingenting å gi dem til jul",
    "no, i dont need food help",
    "nei takk, trenger ikke matkort lenger",
    "har ikke penger på kortet til å ringe, ring meg",
    "kutta meg i hånda da jeg skar brød, kommer litt seint",
    "gidder ikke mer av det tullet med meldekortet",
    "har ikke strøm på mobilen, ring meg etter lunsj",
    "nei, trenger ikke hjelp med mat nå",
    "har lagt medisinene klar til uka i dosetten",
    "hentet medisinene og lagt dem klar",
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
    # phone credit, payments, the past, coping: not a P1
    "har ikke penger på telefonen, kan veilederen ringe meg",
    "ingen penger på mobilen, ring meg",
    "har null kr på telefonen",
    "har ikke penger til å ringe, kan dere ringe meg",
    "mobilen er tom for penger",
    "hvorfor er det null kr på utbetalingen",
    "har ikke fått en krone av stønaden ennå",
    "takk for hjelpen da jeg var blakk i fjor",
    "er blakk til fredag men klarer meg",
    # tiredness and "orker ikke" about NAV things
    "klarer ikke mer denne uka",
    "orker ikke mer av disse kursene",
    "orker ikke mer byråkrati",
    "klarer ikke mer av maset om søknader",
    "er så sliten i dag",
    "jeg dør av kjedsomhet",
    # injuries, moving, own notice
    "kutta meg i fingeren på kjøkkenet",
    "har sagt opp leiligheten selv, har fått en billigere",
    "skal flytte ut av hybelen i juni når kontrakten går ut",
    "skal til namsmannen med en gammel regning",
    "vil ikke være til bry",
    "farvel for i dag",
    "jeg skal gjøre det i kveld",
    # Norwegian "noe" is "no" after normalisation: not English "no"
    "har noe mat igjen til helga",
    "får jeg noe penger mens jeg går på tiltaket",
    "eg orkar ikkje meir av møta",
    "er ferdig med livet som student og vil jobbe",
    "orker ikke mer i dag, fortsetter med søknaden i morgen",
    "har ikke penger til billett til møtet, kan vi ta det på telefon",
    "skriver et farvel-kort til kollegaen som slutter",
    "i dont want to wake up early for the course",
    "dette er siste melding fra meg før jul, god jul",
    "kjørte av veien i glatta i går, kommer ikke",
    "skal få brevet fra nav etterpå",
    "ungene klarer seg fint uten meg i helga",
    "takk for hjelpa med cv-en",
    "han skal ta meg med på fisketur",
    "tenker på å dra på ferie",
    "vi blir satt ut av kurset hvis vi ikke møter",
    "gir opp matematikken, vil heller jobbe",
    "i got a rope for the boat trailer",
    "har skrevet testamente hos advokaten",
    "kommer ikke til å være her til jul, skal til Polen",
    "det er ikke din skyld at pengene kom sent",
    "naboen får hunden mens jeg er på kurs",
    "har ikke fått mat på kurset i dag",
    "skal ta alle søknadene i morgen",
    "nå går jeg også ut og handler",
    "vet ikke om jeg er her neste uke, kanskje jeg er syk",
    "ingen grunn til å fortsette med kurset nå",
    "må ut av hybelen i mai, har fått ny leilighet",
    "ga bort sofaen fordi vi flytter, broren kan ha den",
    "hvor kan jeg bo når jeg begynner på skolen i Bergen",
    "han er voldelig på film, men det er bare en film",
    "ta vare på deg, vi snakkes i morgen",
    "jeg har bestemt meg for å søke på lageret",
    "vi hadde kurset for siste gang i dag",
    "tror ikke jeg er her på fredag, er på ferie",
    "har ingenting å gi ungene til jul i år",
    "har 50 kr på mobilen, kan dere ringe",
    "vi bor i bilen når vi er på ferie",
    "sover hos venner i helga",
    "har 500 kr igjen, når kommer pengene",
    "skar meg i fingeren på jobben",
    "dere får ikke se meg igjen før etter jul",
    "har gjort klar alt jeg trenger for intervjuet i morgen",
    "drakk to øl i går og tok en ibux for hodet",
    "har 50 kroner i egenandel på medisinen",
    "ordnet med begravelsesbyrået for pappa i går",
    "det er over for meg på kurset, har fått jobb",
    "om noen dager er jeg ikke her mer, flytter til Tromsø",
    "har ikke lyst til å være med lenger på kurset",
    "saying goodbye to everyone at the course today",
    "betalte husleia, må ut og handle nå",
    "vet ikke hvor jeg skal møte, hvilken adresse",
    "hvor mange timer må man ta på kurset",
    "kan ikke love at jeg er her på mandag, ungen er syk",
    "har kjøpt barberblader og skum",
    "hvis jeg ikke lever sammen med kjæresten lenger, hva da med bostøtten",
    "må ut av hospitset i mai, har fått egen leilighet",
    "hva skjer med pensjonen hvis jeg dør",
    "skal gjøre noe med meg selv, begynne å trene",
    "si til veilederen at jeg var glad i kurset",
    "sender meldekortet en siste gang før jeg begynner i jobb",
    "i wont be here next week, im on holiday in spain",
    "vil bli borte fra kurset en uke",
    "har tenkt på døden etter at pappa døde, men jeg har det greit",
    # round 21: an idiom, work, a fast, and a farewell explained by good news
    "kurset tar livet av meg, men jeg fullfører",
    "denne ventinga tar livet av meg, når kommer svaret?",
    "orker ikke mer nattarbeid, vil ha dagtid",
    "orker ikke mer skiftarbeid på lageret",
    "har ikke spist siden i morges, kan vi ta møtet etter lunsj",
    "har ikke spist i dag fordi det er ramadan, kan vi møtes tidligere",
    "fikk fast jobb! dette blir siste melding fra meg, takk for alt",
    "fått ny jobb på lageret, så dette blir siste melding fra meg",
    "vil ta farvel med dere, begynner i full stilling på mandag",
    "skal være hjemme hos mamma i polen til jul, har ikke tenkt å være her til jul",
    "vil bare forsvinne fra kurset en dag, kan jeg ta fri fredag",
    "blakk til lønning men det går fint, når kommer aap?",
    "null kroner igjen men har mat i skapet, når kommer stønaden",
    "broke until friday but managing, when is the payment",
    "mobilen ingen penger, kan du ringe?",
    "kom ikke videre på intervjuet, ikke din skyld. takk for at du prøvde å hjelpe meg med cv-en",
    "blakk til den 20. men det går, har mat i kjøleskapet",
    "orker ikke mer kaffe fra automaten",  # round 22
    "ble kastet ut av telefonkøen igjen",
    "leverte katten til dyrlegen i dag, kan vi flytte møtet",
    "har ikke fått mat på kurset i dag",
    "sto på brua to kvelder og fisket",
    "mamma dreper meg med mas om jobb haha",
    "det stemmer at veilederen sier at jeg skal ta kurset først",
    "ser ikke noe poeng i å fortsette på kurset, kan jeg bytte",
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


@pytest.mark.parametrize("text", INDIRECT)
def test_two_indirect_signs_together(text):
    hit = check_message(text)
    assert hit == SafetyHit("crisis", "suicidal") and " + " in hit.sign, text


@pytest.mark.parametrize("text", ONE_INDIRECT_SIGN)
def test_one_indirect_sign_alone_does_not_fire(text):
    assert check_message(text) is None


@pytest.mark.parametrize("text", UNSAFE_HOME)
def test_unsafe_home_with_a_request_for_a_bed_is_urgent(text):
    assert check_message(text) == SafetyHit("urgent_need", "unsafe_home")


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_messages_do_not_fire(text):
    assert check_message(text) is None


def test_a_hit_says_which_sign_and_words_fired():
    hit = check_message("Æ har samla på pilla i ei stund no")
    assert hit.sign == "midler: samler piller, tau, overdose" and hit.matched == "samla pa pila"
    assert hit.reason == "Sikkerhetsnettet: midler: samler piller, tau, overdose («samla pa pila»)"
    assert len(check_message("orker ikke mer " * 100).reason) <= REASON_MAX


@pytest.mark.parametrize("text", ["T2 bad utf8 %FF%FE end", "%FF%FE%00", "😭😭😭", "113", "!!!! ????", "&amp;&lt;",
                                  "12345 67890", ":) :) :)", "T9 broken text Ã¦Ã¸ here", "sendt fra mobil Ãƒâ€™ ok",
                                  "asdfg ups lomma", "qwerty", "zxcvbnm sorry"])
def test_junk_may_not_raise_a_p1_from_the_model(text):
    assert looks_like_junk(text) and not model_may_raise_p1(text)


@pytest.mark.parametrize("text", ["vil dø 😭", "tar 20 piller i kveld", "orker ikke mer!!!", "har 0 kr",
                                  "jeg har samla p¬ piller", "kan ikke komme 12.3 kl 14", "SÃO PAULO er fin",
                                  "ønsker å dø, æ orker ikkje", "sitter på kaia, asd",
                                  "orker ikke mer, tar alle pillene i kveld asdfg"])
def test_words_with_a_number_or_symbol_are_not_junk(text):
    assert model_may_raise_p1(text)


def test_an_urgent_need_said_with_a_farewell_is_a_crisis():
    # round 31: "ingen penger ... tau ligger klar ... sorry for trøbbel" got the emergency-aid answer
    hit = check_message("ingen penger til mat, katten har fått nytt hjem hos naboen")
    assert hit is not None and hit.intent == "crisis"
    assert hit.sign.startswith("ikke mat") and hit.sign.endswith("gir bort dyr eller ting")
    assert check_message("ingen penger til mat denne uka").intent == "urgent_need"
    # good news explains the farewell here, as it does for two indirect signs
    assert check_message("ingen penger til mat før lønn, men har fått fast jobb, takk for alt").intent == "urgent_need"


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


# ------------------------------------------------------------ held-out sets

def _examples(path, intent=None):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for block in data["nlu"]:
        if intent is None or block.get("intent") == intent:
            for line in block["examples"].splitlines():
                line = line.strip()
                if line.startswith("- "):
                    yield block["intent"], re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line[2:])


HELDOUT_CRISIS = [(name, t) for name in SAFETY_SETS for _, t in _examples(HELDOUT_DIR / name, "crisis")]
HELDOUT_URGENT = [(name, t) for name in SAFETY_SETS for _, t in _examples(HELDOUT_DIR / name, "urgent_need")]
TRAINING_P1 = [t for path in sorted((HELDOUT_DIR.parent / "data" / "nlu").glob("*.yml"))
               for intent in ("crisis", "urgent_need") for _, t in _examples(path, intent)]
ORDINARY_TEXTS = [t for _, t in _examples(ORDINARY)]


def test_heldout_sets_have_safety_examples():
    assert len(HELDOUT_CRISIS) >= 50
    assert len(HELDOUT_URGENT) >= 40
    assert len(ORDINARY_TEXTS) >= 200


# Held-out crisis lines the net leaves to the model: any pattern that catches them also gives a crisis training line the
# net's crisis verdict, which is one of DIET's features, and so trains another model (round 78: "trenger ingenting der jeg
# skal" after things given away; the training line "har gitt bort det jeg eier, jeg trenger ingenting der jeg skal"; that
# model raised false P1 on 2.3 % of the ordinary set against 1.6 %). The model catches each of them: nlu/tests asserts
# crisis recall 1.0 with the net on every held-out set.
LEFT_TO_THE_MODEL = {
    "har gitt bort ps5 og klærne mine til gutta. trenger ingenting der jeg skal",
    # round 88 (batch 145): after a day not here any more, alone, is one indirect sign by the round 63 and 57 decisions ("etter helga er jeg ikke her mer",
    # "Etter fredag e æ itj her meir" must not fire alone); "lenger" for "meir" is no ground to part them, so the model has this one until that is decided
    "etter fredag e eg ikkje her lenger",
    # round 89 (batch 151): the same with "meir" ("etter fredag er eg ikkje her meir"): one indirect sign by the round 57, 63 and 81 decisions; the model caught it
    "etter fredag er eg ikkje her meir",
    # round 91 (batch 157): "dokker slepp mæ no" after "farvel nav" (one is rid of me now): any sign for it also catches the crisis training line "ha det, nav. dere
    # slipper meg nå", which has the one indirect sign ("ha det, nav") and no verdict from the net, and would get the crisis verdict
    "farvel nav. dokker slepp mæ no",
    # round 92 (batch 160): the same again with "æ" ("etter fredag e æ ikkje her meir"): word for word the one indirect sign that the round 81 test of one sign alone
    # keeps silent ("Etter fredag e æ itj her meir"), by the round 57, 63 and 81 decisions; the model caught it
    "etter fredag e æ ikkje her meir",
    # round 97 (batch 183): "håpar han ikkje held" (hoping the ice will not hold) after driving out on it tonight: any sign for it, strong or indirect, also reads the
    # crisis training line "eg har gått ut på isen på vatnet fleire gonger no og håpar at han ikkje held", which has no sign and no verdict from the net, and would
    # change its features; the model caught it
    "køyrer ut på isen på blåsjø i kveld. håpar han ikkje held",
    # round 101 (batch 199): "jeg har mange tabletter fra lege og i natt jeg vil ta alle" (many pills, and taking them all tonight): any sign for it also reads the crisis
    # training line "meg har kjøpt mange tablett, i kveld jeg tar alle", which has no sign and no verdict from the net, and would change its features ("vil ta" against "tar" is
    # no ground to part them; the English "i drink and have many tablets ... i take all now" is caught because the drink is named); the model caught it
    "hei. jeg er Oksana fra Kharkiv. i Ukraina jeg mistet hus og mann, her jeg har ingenting. jeg har mange tabletter fra lege og i natt jeg vil ta alle",
    # round 116 (held-out, batch 263): not at the meeting next week, "jeg er ikke her lenger da": one indirect sign after a time, by the round 57, 63, 81 and 88
    # decisions above ("etter fredag e eg ikkje her lenger"); the model caught it
    "god morgen, fint vær i kabelvåg i dag. bare så dere vet kommer jeg ikke på møtet neste uke, jeg er ikke her lenger da",
    # round 116 (held-out, batch 260): on the quay, drunk, the sea calm, "trur æ blir her" as the last words: no method or plan named, and the same words are a summer
    # evening on the quay ("sitter på brygga med en øl, tror jeg blir her"); left to the model
    "sitt på kaia i børsa og har drukki. sjøen ser så rolig ut i kveld. trur æ blir her",
    # round 116 (held-out, batches 260 and 261): a cover story ("sagt at æ ska reis bort ... men æ ska itj nån plass", "they think we are moving home ... it is only me
    # who is going") with a pet or things given away: the trip or the move in the same message is the guard of the giving-away sign (a pet with the neighbour on a
    # trip), and a sign for the cover story alone would read a fib for a day off; left to the model until that is decided
    "nabokona i venn får ta katten. æ har sagt at æ ska reis bort ei stund men æ ska itj nån plass. veit itj kæm æ ska si det tel",
    "i have been giving my things away to the other mums at the barnehage. they think we are moving home to england. we are not, it is only me who is going",
    # round 118 (held-out): a note left on the kitchen counter with the children "better off at grandma's" (both read as everyday on their own: a shopping note, a child
    # staying with a grandparent while one is ill; a sign for the pair needs more care than the round had time for), a will and the farm handed to the children with "not
    # sure I can bear to wait till spring" (a farmer's planning and a longing for spring read alike), and a letter put in mother's letterbox with "no need to call me after
    # Friday" (a letter posted is the round 106 guard's everyday sense, and an end of follow-up after a day is everyday too): left to the model
    "jeg er en dårlig mamma og ungene får det bedre hos mormor. har skrevet en lapp og lagt den på kjøkkenbenken",
    "ha skrevi testament å ordna me gården så ungan få ta over. æ e itj sikker på om æ orke vent te våren",
    "hei hei, fint vær i grane i dag. ville bare si at æ har lagt et brev te mamma i postkassa. dokker treng ikkje ringe mæ meir etter fredag",
}


def test_lines_left_to_the_model_are_held_out_crisis_lines_the_net_misses():
    crisis = {text for _, text in HELDOUT_CRISIS}
    assert LEFT_TO_THE_MODEL <= crisis
    assert all(check_message(text) is None for text in LEFT_TO_THE_MODEL)


@pytest.mark.parametrize("name,text", [(name, t) for name, t in HELDOUT_CRISIS if t not in LEFT_TO_THE_MODEL])
def test_heldout_crisis_all_caught(name, text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", (name, text)


@pytest.mark.parametrize("name,text", HELDOUT_URGENT)
def test_heldout_urgent_need_all_caught(name, text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "urgent_need", (name, text)


@pytest.mark.parametrize("text", ["nå orker jeg ikke mer", "no orkar eg ikkje meir, alt er svart", "snart orke e itte mer"])
def test_orker_ikke_mer_with_the_subject_after_the_verb_is_despair(text):
    hit = check_message(text)
    assert hit is not None and (hit.category, hit.sign) == ("despair", "orker ikke mer")


@pytest.mark.parametrize("text", ["nå orker jeg ikke mer av dette kurset i dag", "snart orker jeg ikke mer enn to timer om gangen"])
def test_orker_jeg_ikke_mer_about_a_task_does_not_fire(text):
    assert check_message(text) is None


# A death told as expected (round 48); pills that make one sleep through the alarm clock, with a later time asked for,
# and a wish for no more SMS with nav.no or the app named instead (round 50): with no sign of the net at all, they
# explain the model's P1.
@pytest.mark.parametrize("text", [
    "farmor døde på sykehjemmet i natt, hun var 96 og det var ventet. jeg kommer ikke på kurset fredag",
    "min hund blei avliva i går, han va 15 år. æ kjem på tiltaket i morra",
    "my uncle passed away in Lagos, he was old and sick. i need to travel, can we move the meeting",
    "onkelen min gjekk bort i helga, han hadde eit godt liv",
    "de nye sovepillene gjør at jeg ikke våkner av alarmen, kan vi ta timen etter lunsj?",
    "jeg sov gjennom alarmen med de nye tablettene, kan vi ta møtet senere?",
    "please stop sending me texts, I follow everything in the app",
    "ikke send meg mer sms, jeg ser heller på min side selv",
    "please stop texting me, I'll check nav.no myself",  # round 51
    # round 55: pills as the doctor said with an alarm or a time awake, "killed it" of an exam, a day saved "haha", a first-aid course done
    "tar tablettene som legen sa og har satt alarmen på halv åtte",
    "i take my pills as the doctor said, i am up by 8 for the course",
    "aced the exam today, killed it",
    "du redda dagen min med den bussbilletten haha",
    "har fullført førstehjelpskurset og fått bevis",
])
def test_an_everyday_reason_with_no_sign_explains_the_models_p1(text):
    assert explained_by_ordinary_sense(text) and check_message(text) is None


@pytest.mark.parametrize("text", [
    "pappa døde i fjor, han ble 70. siden da har jeg ikke lyst til å leve",  # a sign stays a P1
    "hunden min døde i går, han var 12. har gitt bort tinga hans og skrevet et brev til mamma",
    "broren min døde av en overdose i helga",  # not told as expected
    "I was 15 when my father died",  # the age is not the one who died
    "my father died when i was 15",
    "mamma døde i mai. jeg har ventet på svar fra NAV siden",
    "tar alle pillene i kveld så jeg ikke våkner av vekkerklokka, kan møtet flyttes",  # all the pills
    "jeg vil ikke våkne av vekkerklokka igjen, flytt møtet",  # never again
    "jeg våkner ikke av alarmen med de nye pillene",  # no later time asked for
    "ikke send meg flere sms, jeg sjekker nav.no selv. snart er jeg borte",  # an indirect sign
    "ikke send meg flere meldinger, jeg orker ikke mer",  # a sign, and no nav.no named
    "please stop texting me, i will call you when im ready",  # no nav.no named
    "tar alle tablettene som legen sa i kveld, har satt alarm",  # round 55: all the pills
    "tar sovetablett som legen sa, vil aldri våkne igjen. har satt alarm",  # never again, and a sign
    "you saved my life last year, now i want to die again",  # a sign
    "killed it, its done now",  # no course or exam
    "tok førstehjelpskurs i fjor, men nå puster ikke pappa",  # someone not breathing now
    "you saved my life haha, but honestly im not ok lately",  # no favour named
    "tar tablettene som legen sa, men har ikke satt alarm fordi jeg ikke vil våkne",  # not wanting to wake
])
def test_a_reason_with_a_sign_or_not_an_everyday_one_is_not_explained(text):
    assert not explained_by_ordinary_sense(text)


def test_no_crisis_or_urgent_need_reads_as_everyday_words_or_good_news():
    """The model's P1 is taken away where the words are everyday ones (rasa_server/ordinary_sense.py) or good
    news explains a farewell (rasa_server/good_news.py): never on a message that is one, held out or trained on
    (round 71: "fikk jobbmatchen, men ... jeg planlegger å være borte før den starter" was read as a job got)."""
    texts = [text for _, text in HELDOUT_CRISIS + HELDOUT_URGENT] + TRAINING_P1
    assert len(TRAINING_P1) > 500
    assert not [text for text in texts if explained_by_ordinary_sense(text) or explained_by_good_news(text)]


def test_ordinary_messages_raise_at_most_one_percent_false_alarms():
    fired = [(t, check_message(t).reason) for t in ORDINARY_TEXTS if check_message(t)]
    assert len(fired) <= 0.01 * len(ORDINARY_TEXTS), fired


def test_no_other_heldout_message_fires():
    fired = [(name, intent, t) for name in SAFETY_SETS for intent, t in _examples(HELDOUT_DIR / name)
             if intent not in ("crisis", "urgent_need") and check_message(t)]
    assert len(fired) <= 0.01 * sum(1 for name in SAFETY_SETS for _ in _examples(HELDOUT_DIR / name)), fired


def test_matched_groups_name_every_kind_of_sign_in_a_text_an_indirect_one_alone_included():
    assert matched_groups("har gitt bort katten min") == {"indirect"}
    assert matched_groups("orker ikke mer, har ikke mat til ungene") == {"despair", "no_food"}
    assert matched_groups("kan vi flytte møtet til fredag") == set()


def test_explain_lists_each_sign_that_matches_and_the_words():
    assert explain("kan vi flytte møtet til fredag") == []
    assert explain("har gitt bort katten min og skrevet et brev til mamma") == [
        ("gir bort dyr eller ting", "git bort katen"), ("skriver brev eller testamente", "skrevet et brev til mama")]


# Round 56 (batches 76-77): new phrasings of crisis and urgent need, each with the ordinary look-alikes its guards protect.
@pytest.mark.parametrize("text", [
    "har bestemt meg. i natt tar eg båten ut utan redningsvest",  # the boat without a vest
    "thinking how easy it would be to just drive off the cliff on the way home",  # drive off the edge
    "står på taket av kjøpesenteret, veit ikkje heilt kva eg gjer eller om eg går ned igjen",  # words between
    "i've decided, tonight i go up the tower and jump",  # plan: up and jump
    "tok alle sovetablettene legen gav meg",  # all the pills taken, Bokmål
    "i have taken all my sleeping pills",
    "ser ikkje nokon vits i å leve meir",  # no point in living
    "je suis fatigué de vivre, jeg klarer ikke",
    "barna får et bedre liv hvis jeg ikke er her",  # others better off
    "je ne veux plus être là",
    "i no fit bear this life again",  # can't carry this life
    "har ikke krefter igjen til dette livet",
    "kona mi har tatt hagla og gått, ho sa vi ikkje skulle leite etter ho",  # someone close with the gun
    "my sister dey for the bridge, she cry say she go jump",  # someone says she will jump, Pidgin
])
def test_round56_crisis_phrasings(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", (text, hit)


@pytest.mark.parametrize("text", [
    "veit nokon som kan ta katten min? eg treng han ikkje der eg skal",  # someone to take the pet + no need where I go
    "finnes det noen som kan ta hunden min? har ordnet alt annet nå",
])
def test_round56_someone_to_take_the_pet_adds_up_with_another_indirect_sign(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis" and "gir bort dyr eller ting" in hit.sign, (text, hit)


@pytest.mark.parametrize("text", [
    "har ikke hatt mat siden fredag, kan jeg få nødhjelp",  # no food since a day
    "eg har kje ete mat sidan i går",
    "borna kjem i helga og eg har kje mat til dei",  # no food for the children, "kje"
    "we no get anywhere to sleep, landlord don throw us out",  # Pidgin: nowhere to go
    "treng ein trygg plass å vere i kveld",  # a place for tonight
])
def test_round56_urgent_need_phrasings(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "urgent_need", (text, hit)


def test_round56_violence_with_a_place_asked_for_tonight_is_urgent_need_and_violence_alone_stays_crisis():
    hit = check_message("han slo meg i går kveld, eg og jenta treng et sted å være i natt")
    assert hit is not None and (hit.intent, hit.category) == ("urgent_need", "unsafe_home")
    hit = check_message("han har slått meg igjen, jeg er så redd")
    assert hit is not None and hit.intent == "crisis"


@pytest.mark.parametrize("text", [
    "tar båten ut for å fiske i kveld, glemte vesten i fjor så nå har jeg kjøpt ny",  # fishing, a vest forgotten
    "kan noen ta hunden min mens jeg er på kurs neste uke?",  # a course, a week
    "har du noen som kan passe katten i ferien?",  # a holiday
    "almost drove off the road on the ice yesterday, can we move the meeting",  # nearly, ice, yesterday
    "i go up with the lift and jump with the paraglider tomorrow if the weather is fine",  # a paraglider
    "har ikke spist mat siden frokost, travel dag på jobb",  # a meal skipped on a busy day
    "i don take all di tablet dem for today as usual, can we talk after lunch",  # today's doses
    "have taken all the antibiotics the doctor gave me but still coughing",  # a course of antibiotics
    "har stått på taket av garasjen i ein time no og måka snø",  # snow on the roof
    "står på taket og måker snø, kan vi flytte møtet til etter lunsj",  # snow on the roof, older sign
    "sitter på taket og skifter takstein, ringer deg etterpå",  # mending the roof
    "we no get anywhere to go for christmas this year",  # loneliness at christmas, not homelessness
    "i cant bear this life on benefits much longer, need a job",  # this life on benefits
    "mannen min har tatt geværet og gått på elgjakt, han kommer ikke tilbake før søndag",  # hunting
    "i ni ce, tusen takk. dere reddet dagen min med matkortet på fredag",  # a food card thanked for
    "takk for at dere hjalp meg med matkortet, ungene fikk middag",
])
def test_round56_ordinary_look_alikes_do_not_fire(text):
    assert check_message(text) is None, (text, check_message(text))


def test_round56_a_food_card_still_needed_fires():
    hit = check_message("trenger matkort i dag, har ingenting i kjøleskapet")
    assert hit is not None and hit.intent == "urgent_need"


# Round 56 (ordinary batches 76-77): the model's false alarms explained by everyday words, and what stays unexplained.
@pytest.mark.parametrize("text", [
    "jeg orker ikke det kurset lenger i denne formen, kan jeg få en annen veileder",  # a NAV thing named with "det"
    "eg orkar ikkje dette møtet på Teams, kan me ta det på telefon",
    "i'd die of boredom in that warehouse job, anything else please",  # "i'd die of ..."
    "tar sovetabletter som legen har sagt, så ikke før kl 11 takk",  # as the doctor said, not before 11
    "skal på rypejakt med hagla hele uka, kan vi ta møtet etterpå",  # a gun with the hunt
    "this app drives me crazy",
])
def test_round56_everyday_words_explain_the_models_p1(text):
    assert check_message(text) is None
    assert explained_by_ordinary_sense(text)


@pytest.mark.parametrize("text", [
    "tar alle sovetablettene som legen har sagt i kveld, så ikke før 10",  # all the pills
    "tar rifla med på jakt i morgen og kommer aldri tilbake",  # never coming back
    "i'd die of hunger soon, no food since friday",  # not an everyday "die of", and a sign
    "har hagla fra jakta i skapet og tenker mye på den",  # thoughts of the gun
])
def test_round56_not_everyday_or_with_a_sign_is_not_explained(text):
    assert not explained_by_ordinary_sense(text)


@pytest.mark.parametrize("text", [
    "står på taket og ser ned, orker ikke mer",
    "eg står på taket no",
    "står på brua og jobben er borte, orker ikke mer",
])
def test_round56_on_a_roof_or_a_bridge_still_fires_without_work_up_there(text):
    assert check_message(text).intent == "crisis"


# Since round 57 (batches 78-133, ordinary batches 91, 93, 95, 96-97, 98-99, 100-101, 102-103, 104-105, 106-107, 108-109, 110-111, 112-113, 114-115, 116-117, 118-119, 120-121, 122-123, 124-125, 126-127 and 128-129, and the look-alikes of older signs after round 62): new phrasings of crisis and urgent need,
# each with the ordinary look-alikes its guards protect.
@pytest.mark.parametrize("text", [
    "ærlig talt vil eg bare dø",  # the verb before "eg" after an adverb
    "nå vil jeg egentlig bare dø",
    "har tenkt lenge på hvordan jeg skal gjøre det, i natt når de andre sover",  # how, and tonight
    "kjøpte et tau på jernvaren. jeg vet hva jeg skal bruke det til",  # a rope, "I know what it is for"
    "sitter på kanten av taket, så lett å bare la meg falle",
    "jeg står utenfor rekkverket på brua",  # outside the railing, oneself
    "sitting in the car in the garage with the engine runnin",  # Scots "runnin"
    "everyone would be better off if i died",
    "familien vil ha det bedre om jeg forsvinner",
    "han står på balkongen i 5 etasje og roper at han skal hoppe",  # someone who shouts he will jump
    "kompisen min står utenfor rekkverket på brua og svarer ikke",  # outside the railing, someone else
    "cuttin mysel again, it'll no stop",  # Scots "mysel"
    "I am so tired of fighting anymore",
    "ya no puedo más",  # Spanish
    "ingen ska lete etter mæ",  # "ska" (an older farewell sign)
    # round 58 (batches 80-81)
    "jeg har bestemt meg. etter helga skal jeg ikke ha vondt mer",  # a decision and no more pain after a day
    "hvis ingen ringer meg innen kl 20 så er det slutt",  # an ultimatum
    "if nobody calls me before 9 tonight then it is over",
    "tenkjer at det hadde vore lettast om eg berre gjekk ut i sjøen",  # the water
    "jeg tenke hver dag å dø",  # "tenke å dø" in broken Norwegian
    "det er enklere for alle om jeg bare forsvinner",  # others better off
    "har tenkt å slå av oksygenen i kveld",  # the oxygen turned off tonight
    "i got my tablets here, tonight i take all",  # all the pills tonight, no "will"
    "stemmane sir at eg ska gjere det",  # voices telling one to do it
    # round 59 (batches 82-83)
    "nie mam już siły, wszystko stracone",  # Polish, with the ł
    "ek is moeg van alles, ek kan nie meer nie",  # Afrikaans
    "nimechoka na maisha kabisa",  # Swahili
    "jeg har kjempet lenge nok nå",
    "have been cutting again, my legs are a mess",
    "det er bedre om jeg ikke var her i det hele tatt",  # others better off
    "har samlet alle sovepillene i en boks. det skjer i kveld",  # all the pills and tonight
    "broren min sendte meg et bilde av et tau og skrev farvel",  # someone else in danger now
    "tror jeg går uti i natt",  # into the water tonight
    "i have taken all my pills, goodbye",  # still fires without "for today"
    "cut myself with the knife again",  # "with", not "on"
    # round 60 (batches 84-85)
    "fikk tak i et gevær i dag. må bare fikse noe først, så er det over",  # a gun and "så er det over"
    "rifla står i gangen. vet ikke hvor lenge jeg klarer å la være",
    "hindi ko na kaya, sorry po",  # Tagalog "I can't anymore"
    "ska skjære meg igjen i kveld",  # self-harm wished again
    "har skrevet et brev til mamma. når hun finner det er jeg ikke her",  # a letter read when one is gone
    "broren min døde i fjor. tenker på å gå samme veien som han",  # the same way as the dead
    "det er best for familien at jeg ikke er her",
    "satt i bilen i garasjen med motoren på",
    "har kjøpt nok til en siste dose",
    "tar hele insulinpennen i natt",
    "samboeren står med kniv og sier hun skal gjøre det nå",  # someone else in danger now
    "they won't find me in time",
    # round 61 (batches 86-87)
    "ma ei taha elada",  # Estonian
    "ma ei jaksa enam",
    "abeg i no fit again, everything don spoil",  # Pidgin
    "mun in šat nagot",  # Northern Sami
    "etter jul vil jeg ikke være her lenger",  # the inverted word order
    "after sunday i no go dey again",
    "kan ikke komme på timen fredag. jeg kommer ikke til å være her da",  # no trip, stay or reason
    "familien er bedre tjent uten meg",
    "my family go better if i no dey",
    "ingen savne meg uansett",
    "har samla alle sobrilane i ei skuffe, eg skal ta dei i natt",
    # round 62 (batches 88-89)
    "stemmene sier at jeg skal hoppe fra taket i kveld",  # the voices
    "the voice keeps telling me i will do it tonight",
    "har fått sobril. tenker å ta alle på en gang i kveld",
    "har hengt opp tauet i garasjen",
    "sit på brygga, tenkjer eg berre går ut i sjøen",
    "står på stillaset i 6 etasje. nå jeg hopper",
    "har hagle i skapet og jeg tenker på den hele tiden",
    "det er best for alle at jeg ikke finst",
    "its better for my kids if i am not here anymore",
    "kona sa han tar livet sitt nå, han har tau",  # answered as someone in danger
    "my sister took many pills, now she doesnt answer",
    # after round 62: the same words as the guarded everyday look-alikes, still a crisis
    "sitter i bilen i garasjen med motoren på, det blir varmt og jeg er så trøtt. ha det",  # warm, but nothing warmed up
    "sitter i bilen i garasjen med motoren i gang og porten igjen. orker ikke å fikse noe mer",
    "tonight i walk into the sea, it is cold and calm",
    "ikke let etter meg. jeg orker ikke jobben eller noe mer",  # work named, not told as away
    "si til dem på jobben: ikke let etter meg",
    "kompisen min ligger på gulvet og puster rart, hunden bjeffer",  # a person lying there, an animal named
    "har samlet pillene jeg har hentet på apoteket i månedsvis, har nok nå",  # from the pharmacy, not for it
    "har spart opp sovetablettene fra dosetten i en måned",
    "har valgt salmer til begravelsen min. mamma slipper å bestemme",  # one's own funeral
    "har skrevet brev til familien og til kona. takk for alt",  # no feast named
    # round 63 (batches 90-91)
    "har hagla til far i bilen. i kveld jeg avslutter det",  # a gun with "tonight I finish it"
    "got the rifle from the cabin with me. i end it tonight",
    "jeg vil heller dø enn å bli sendt tilbake",  # rather die than be sent back
    "i would rather die than be sent back home",
    "står ytterst på kaia. trur eg berre går uti",
    "gjelda forsvinn med meg",  # the debt goes with one
    "the debt dies with me",
    "cut my wrist again, deeper than last time",
    "har samla oxyen i månadsvis",
    "ingen kjæm te å sakn mæ",
    "my brother locked himself in the garage after he wrote goodbye on facebook, he is not answering",  # answered as someone in danger
    # round 64 (batches 92-93)
    "ho klarar seg betre med veslejenta utan meg",  # better off with the child without one
    "sidder i bilen med porten igjen, garasjen er stengt og motoren går",
    "sitter i bilen inne i det gamle uthuset, motoren er på",  # the shed or the barn
    "har bestemt meg. det blir den siste natten",  # decided, the last night as the last words
    "er på jernbanebroa ved elva nå. toget kommer kl 23",  # on the railway bridge with the train's time
    "my friend lock herself in and says she take all the pills, she not answer the door",
    "nebegaliu daugiau",  # Lithuanian and Romanian "I can't any more"
    "nu mai pot, iertati-ma",
    "klarer ikkje ein dag til",  # not one more day
    "har vært rusfri lenge, men kjøpte igjen i går. tenker å ta alt på ein gong",  # drugs bought again
    "står på brygga med stener i lommene",  # stones in the pockets by the water
    "etter i natt er jeg ikke her mer",  # after tonight not here any more
    "after tonight i will not be here anymore",
    "kompisen min står på tak nå, han sier han hopper",  # someone on a roof who says he jumps
    "jag har sparat tabletter hela våren",  # Swedish "sparat"
    # round 65 (batches 94-95)
    "mistet leiligheten. har alle tablettene i lomma. i kveld er det slutt",  # the pills outweigh the lost flat: crisis, not urgent need
    "har tenkt å ta alle tablettane samtidig",  # all the pills at once, "samtidig" / "samla"
    "ne mozhu bilshe, vybachte",  # Ukrainian "I can't any more"
    "ferdig med alt nå. farvel",  # finished with everything, a goodbye as the last words
    "har drukket hele kvelden og sitter med kniven",  # the knife, drunk
    "sitter her med kniven. det er over",
    "vil egentlig ikke være her lenger",
    "sit ytterst på kaia, sjøen er svart. lettest å berre gå uti",
    "har alle sovepillene her. i kveld er det slutt",  # all the pills, the end tonight
    "innen da lever jeg ikke lenger",
    "fant et sted på kanten av stupet ved fjorden. drar dit i kveld",  # the edge of a cliff, going there tonight
    # round 66 (batches 96-97)
    "me not want live more, sorry for everything",  # broken English, "more" after it
    "mąż wyjechał. nie chcę już żyć",  # Polish, the letters that drop out in normalising
    "nie chce zyc, przepraszam",
    "det beste for jenta er at jeg ikke er her lenger",  # someone close better off
    "aaja raati jeg går uti",  # Nepali "tonight" first
    "aaja beluka eg går ut i elva",
    "sitter på kaia med steiner i ryggsekken",  # stones in the backpack
    "standing on the pier with rocks in my backpack",
    "står ved fossen. det er bare å gå uti",  # "det er bare å" with a water or a height named
    "i kveld tar jeg alle pillene",  # tonight first, the verb second
    "i natt tek eg alle tablettane mine",
    "d e bare å gå utfor stupet nå",
    "mistet jobben, siste dag på jobben i dag. dette blir siste melding fra meg",  # a lost job is no ordinary last day
    "siste dag på tiltaket. vil ikke leve lenger",  # a last day with another sign
    # round 67 (batches 98-99)
    "satt i bilen inne i låven med motoren på",  # the barn, "inne i"
    "sitter i bilen inni garasjen, motoren går",
    "står ytterst på brygga nå. det er enklest slik",  # the very end of a pier and "easiest that way"
    "standing at the very end of the jetty. its easiest that way",
    "standing at the end of the pier now, the water is so dark. im so tired",
    "sitter på kaia i bilen. har lyst å kjøre rett ut",  # "lyst å kjøre rett ut" with a quay named
    "i saved my pills for weeks. tonight i end it",  # the pills saved and the end tonight
    "ninguém iria sentir a minha falta",  # Portuguese: nobody would miss me
    "mun in šat háliit eallit",  # North Sámi, "šat" first
    "i morra e æ ikkje her lenger. ville bare takke dokker for alt",  # not here tomorrow, thanks after it
    "my cousin he is on the kai and say he will jump in the sea, what do i do",  # someone else, told in broken English (round 68)
    "my friend says he wants to kill himself",
    "my brother stand on the brygge now and say he jump in the water",
    "eg blir ikkje her så mye lenger",
    "dei hadde hatt det betre utan meg",
    "ka e vitsen. har tenkt på det lenge, det blir på lørdag",  # a plan with the day told
    # round 68 (batches 100-101)
    "ya ne khochu bilshe zhyty",  # Ukrainian: I don't want to live any more
    "wo zhen de bu xiang huo le",  # pinyin: I really don't want to live
    "ya ne mozhu bilshe, dity plachut",  # Ukrainian "I can't any more", the children after it
    "nu mai am putere, iertati-ma",  # Romanian: no strength left
    "jeg har ikke mer å gi",  # nothing more to give, as the last words
    "i have nothing left to give anyone",
    "stemmene sier at jeg skal hoppe i natt",  # the voices say one should, tonight
    "voices say that i must go to the sea tonight",
    "går opp på fjellet i natt og kommer ikke tilbake",  # the mountain and not coming back
    "i stand by the water tonight. i dont come back home",
    "ungene får det bedre med en annen far",  # the children better off with another father
    "barna finner seg en bedre mor",
    "legger meg i skogen i kveld med alle pillene mine",  # lying down with all the pills
    "otin kaikki tabletit. anteeksi",  # Finnish: I took all the tablets
    "pappa døde i fjor. har bestemt meg for å være der han er",  # decided to be where the dead one is
    "min nabo slår kona si nå, hører skrik",  # someone beating another right now
    "han slår meg i hodet når han drikker",  # not a game
    "he beats me in the kitchen when the kids sleep",
    # round 69 (batches 102-103)
    "på lørdag skal jeg gjøre slutt på det",  # a day named, then "gjøre slutt på det"
    "etter helga ska eg gjere slutt på det",
    "han roper at han skal drepe henne, hva gjør jeg",  # someone else threatened
    "kameraten la ut på face at han ska gjøre slutt på det i natt, svare han itj",  # posted, and "svare han itj"
    "ferdig m alt no. ha det bra",  # "m" for "med"
    "ferdig med alt. unnskyld mamma",  # sorry to one's mother as the last words
    "I have all the insulin at home. tonight. no one to talk to",  # all the insulin, tonight, nobody
    "tauet er festet oppe i låven",  # the rope named first
    "man nemikham zende bemanam",  # Farsi: I don't want to stay alive
    "redd jeg ska gjøre noe med meg selv i natt",  # "ska"
    "tok hagla ut av skapet, det er ikke jakt nå",  # the shotgun, and not the hunting season
    "har skåret i armen igjen",  # no "meg"
    "har kuttet i armen, mye blod",
    "står helt ytterst på moloen, vannet er svart og kaldt. takk for alt",  # black and cold water with thanks
    # round 70 (batches 104-105)
    "eg går ned te elva og ser på isen. han bere ikkje enno. tenkjer det er like greitt",  # the ice that does not bear yet
    "my friend posted on snap he will end it tonight, he dont answer phone",  # a friend, tonight, no answer
    "kompisen min skrev at han skal gjøre det i natt og så logga han av",
    "min søster ringte, mannen hennes står med kniv og truer henne akkurat nå",  # a knife and a threat now
    "naboen skriker og han slår henne igjen, jeg hører det akkurat nå",  # heard beating again right now
    "har teke fram tauet i garasjen. ville berre seie det te nokon",  # the rope taken out
    "det ligger et tau i boden som jeg har tenkt på hele kvelden",  # a rope thought of all evening
    "det hadde vore enklast for alle om eg berre ikkje va her meir",  # "enklast"
    "sitt oppå taket på den gamle saga no. det e høgt nok",  # high enough, on a roof
    "on saturday i swim out far, no coming back",  # swim out, no coming back
    "har ikke spist på dager og nå vil jeg bare at alt skal slutte. helt",  # all to end
    "da er det ikke noe poeng at jeg er her lenger",  # no point in being here
    "Testamentet ligger hos en kollega. Dette blir min siste henvendelse.",  # the last "henvendelse"
    "min thambi sendte bye for alltid og svarer ikke telefonen",  # Tamil "thambi", bye forever, no answer
    "kuttet meg med kniven på kjøkkenet igjen",  # the kitchen knife again
    # round 71 (batches 106-107)
    "alle seier det går over men det gjer det ikkje. eg har talt opp tablettane og det er nok no",  # the tablets counted, enough
    "kompisen min la ut et bilde av et tau på snap og skreiv bye everyone. han svarer ikke",  # a rope, "bye everyone"
    "isen på vatnet ovanfor huset er tynn no. eg går ut dit i kveld",  # thin ice, going out there
    "kompis Marek sender sms at han har kniv og vil skjære seg, han er full og alene",  # a friend drunk and alone, a knife
    "min kollega sender melding han skal henge seg i brakka. han er full og alene",  # a colleague who will hang himself
    "sorry for everything. it'll be easier for everyone when i'm not around anymore",  # easier for everyone
    "naboen i blokka slår kona igjen, hun skriker og det dunker i veggen nå nå",  # the neighbour beating his wife now
    "har sittet oppe på taket av blokka tre netter nå. i natt tror jeg ikke jeg går ned trappa igjen",  # the roof, not down the stairs
    "hele dagen med motorsagen tenker jeg på å bruke den på meg selv",  # a chainsaw on oneself
    "je har spelt bort alt og vil bære dø",  # Hedmarksk "vil bære dø"
    # round 72 (batches 108-109, ordinary batches 104-105)
    "isen på fjorden er tunn no. eg tenkjer å gå utpå i kveld og ikkji snu",  # "tunn", going out on the thin ice
    "zona min står med kniv og sier hun stikke meg nå, jeg låse meg inne på bad",  # a knife and a threat to stab one now
    "Eg har gjort klar båden. Ska ud te havs i mårra og eg kjem ikkje tebage",  # out to sea, not coming back
    "dør av kjedsomhet her, egentlig vil jeg bare dø",  # the idiom and then the wish
    "jeg legge alle tablett på kjøkkenbord. wallahi jeg er ferdig",  # all the tablets laid out
    "je har telt opp pillene je har spart sia januar. dom ska holle nå",  # the pills saved, counted
    "mai mee hope mer. jeg gå ned til sjøen i natt",  # Thai "mai mee", no hope any more
    "kompisen min skrev på facebook nå han skal slutte sitt liv i kveld",  # a friend who will end his life
    "my friend wrote me he has rope in his car and wants to die, he dont answer",  # a friend with a rope who wants to die
    "naboen ropte om hjelp, og nå hører jeg at sønnen hans slår ham og det dunker i veggen",  # heard being beaten now
    "har skrevet et brev til Emma. orker ikke være her etter i morgen",  # not here after tomorrow
    "after shift tomorrow i go up on the roof, nobody need to look for me",  # "nobody need to look for me"
    # round 73 (batches 110-111, ordinary batches 106-107)
    "æ har lada ahcci sin rifle og den står i gangen nu",  # a gun loaded by oneself
    "kjøre skoteren ut på isen på Iesjavri i kveld der den e tynnest nu i april",  # the thinnest ice, by snowmobile
    "isen på Aursunden e tynn no i mars. æ ha tenkt å gå utpå i natt og itj snu",  # "æ ha tenkt å gå utpå"
    "naboen gjennom veggen slår kona si akkurat nu, ho rope apua apua",  # two words between, beaten now
    "jeg står på kaia og ser på sjøen. den er så svart og rolig. tenker bare gå inn i vannet",  # "inn i vannet"
    "tar sjarken ut aleina i natt. kjem ikkje tebake",  # the cutter out alone, not coming back
    "min venn Ahmad sitter i bil i garasje med motor på og sender meg bilde",  # a friend in the car in the garage, the engine on
    "wallah jeg har lagt alle pillene fra legen på bordet. i kveld jeg tar alle",  # the pills on the table, tonight all of them
    "alle tablett fra legen er i en pose på bordet, i natt jeg tar dem",  # in a bag on the table
    "ka skjer egentlig med en som går utfor Elgeseter bru midt på natta. spør for en kompis",  # a bridge asked about for a friend
    "kompisen min la ut på snap at han ska ta sæ sjøl i kveld og no svare han itj på tlf",  # "ta sæ sjøl"
    "hele tiden jeg tenker på sjøen nede ved havna. jeg vil gå inn og ikke komme opp igjen",  # into the water, not up again
    "ok so i wrote goodbye letters to everyone i care about and scheduled them to send on sunday",  # goodbye letters
    # round 73: look-alikes of older signs, still firing
    "har ladet geværet, orker ikke mer",  # a gun loaded, no exercise
    "han truer med å brekke armen min på trening",  # a threat, one's own arm
    "han sier han brekker armen min",  # one's own arm
    "står på brua nå",  # on the bridge now, alone
    "står på brua nå. orker ikke mer",  # with words of an end
    "står på brua nå og tar et siste bilde",  # a last picture
    # round 74 (batches 112-113, ordinary batches 108-109)
    "Isen på Vangsvatnet er tynn no, eg går ut på han i kveld",  # Nynorsk "han" for the thin ice
    "eg orkar kje meir. vil kje leva lenger, eg meiner det",  # Vestland "kje"
    "taket. stille der oppe. de sier jeg skal gå opp i kveld",  # voices telling one to go up on the roof
    "ærlig sjpa i hodet, har stått på taket i en time nå. ett skritt til så er det over",  # one more step, on a roof
    "min søster ringte nå, mannen hennes står med kniv og truer henne og barna er hjemme",  # a knife and a threat now
    "sitter i bilen ved vannet. Kanskje jeg bare går ut i sjøen",  # "kanskje jeg bare går ut i sjøen"
    "har samla nok til en siste dose som gjør jobben. takk for at du prøvde",  # enough for a last dose
    "Awurade. I am on the roof of my block at Romsås. It is very cold but I am not going down this time",  # not going down
    "eg står på brua. eg går ikkje ned att denne gongen",  # Nynorsk: not going down
    # round 75 (batches 114-115, ordinary batches 110-111)
    "kompisen min la ut bilde fra bybrua på snap med teksten siste gang. han svare ikkje på tlf. kor ringe eg??",  # a picture posted with "siste gang", no answer
    "sitte oppe på taket på blokka nå. ser heile hillevåg herfra. trur ikkje eg går ned trappen igjen",  # not going down the stairs again, on a roof
    "har sagt farvel te hundan og lagt fra mæ mobilen. går opp på fjellet i kveld uten nok klær og ska ikkje ned igjen",  # up the mountain, not coming down again
    "Har gjeve bort kattane til grannen og sagt at eg skal reisa ei stund. Det er ikkje ei reise eg kjem heim frå.",  # a journey one does not come home from
    "selam. i kveld jeg går ned til havna. bahri er stor og kald, ingen trenger meg mer. yekenyeley for alt du hjelpe meg",  # to the harbour tonight, the sea cold
    "jeg går ned til havna i natt. vannet er kaldt og stille der. hvis noen spør, dity er hos naboen",  # the water cold and still at the harbour
    "drukket siden igår. står ytterst på kaia. sjøen ser så rolig ut. sorry mamma",  # at the end of the quay, the sea calm
    "i just want to disappear. har ikke spist på fire dager og tenker det er like greit om jeg bare slutter å våkne",  # as well if one stopped waking (was urgent_need)
    "har skrevet goodbye post i notes, blir lagt ut i morgen tidlig. takk for at du var den eneste som spurte hvordan jeg hadde det",  # a goodbye post set to go out
    "Kjære veileder. Jeg har i dag ordnet med testamentet og gitt min gode hund til barnebarnet. Jeg har bedt Herren om tilgivelse for det jeg har bestemt meg for.",  # forgiveness asked for what one has decided
    "Jeg har nå satt frem alle tablettene på nattbordet og venter bare til min kone har sovnet.",  # all the tablets set out, waiting
    "vybachte. siden krigen sover jeg ikke. har lagt alle pillene på bordet og teller dem nå",  # all the pills on the table, counted
    "æ har gått ut på isen på vatnet flere kvelda no og tenkt at det hadde vært lett å bare gå videre dit den e tynn",  # on to where the ice is thin
    "akhi jeg har skrive brev til mama i aleppo og si unnskyld. etter fredag jeg er ikke problem for noen mer. khalas",  # not a problem for anyone, no article
    "Tauet henger i garasjen. Ville bare at noen skulle vite det.",  # a rope hanging, told so someone knows
    # round 76 (batches 116-117, ordinary batches 112-113)
    "Naboen min vert slegen av mannen sin akkurat no, eg høyrer ho skrik gjennom veggen. Eg veit ikkje kven eg skal ringje til.",  # beaten now, passive
    "honestly everyone would be better off if i wasnt around after this weekend",  # better off if I wasn't around
    "eu quero morrer. sorry skriver på portugisisk, vet ikke hvordan si det på norsk",  # Portuguese "I want to die"
    "har gitt katten til naboen. vreau doar sa dorm si sa nu ma mai trezesc",  # Romanian: to sleep and not wake again
    "fjorden er stille i kveld eg tenkjer å gå uti han",  # thinking to walk into the fjord
    "æ kanj ikkje meir. ongan har det bedre hos mor mi enn hos mæ. sitt oppå taket nu",  # on the roof now
    "betam vondt inni. jeg står ved rekkverket på brua over motorveien i asker nå. ikke mer kraft igjen",  # at the bridge railing now
    "sitter i bilen ved Øyeren. hvis jeg bare kjører litt lenger ut på isen så er det over",  # out on the ice, then it is over
    "22 år på flyplassen og nå er jeg ingenting. tauet ligger i bagasjerommet. bare så dere vet det.",  # the rope in the boot, so you know
    "Jeg har bestemt at den 14. er den siste dagen jeg er her.",  # a date decided as the last day here
    # round 77 (batches 118-119, ordinary batches 114-115)
    "sitter oppå brua ved fossen nå. elva e så høy i dag. ville bare si takk for alt liksom, dere har vørri greie",  # on top of the bridge now
    "kompisen min la ut på snap at han skal gjøre det slutt i natt og han tar itte tlf. je veit itte hva je skal gjøre",  # a friend posted he will end it, does not take the phone
    "kompisen min skrev i gruppechatten at det er siste gang vi hører fra han og så skrudde han av mobilen. er redd han gjør det nå",  # the last time we hear from him, the phone turned off
    "my kasama sa bahay, her boyfriend is hitting her right now, i hear her screaming through the wall. tulong po what do i do",  # a boyfriend hitting her now
    "Je har spara på tablettane hass Olav sidan han gjekk bort. Dei ligg framme på bordet no. Det blir godt å få kvile",  # saved pills out on the table now
    "har lagt pillene pillene ut på bordet. alle sammen. så det blir. blir stille. takk for takk for alt",  # all the pills out on the table, a word said twice
    "Jeg har regnet på det. Dosen jeg har liggende hjemme er tilstrekkelig. Jeg skriver dette så noen vet det, ikke for å bli stoppet.",  # a dose at home told as enough, so someone knows
    "Geværet ligger ladd ved siden av meg i bilen. Jeg har sagt farvel til hunden. Det blir ingen jakt i år.",  # a loaded gun, no hunt this year
    "I am sitting in my car in the basement parking with the engine running and the windows closed. I do not see any other way out of this situation.",  # the engine running in a basement
    "ayoko na. i wrote my passwords for fb and bank for my anak, nasa drawer. after duty i drive the car into tyrifjorden, dont call me",  # the car into a named fjord
    "Jeg kjører ut på brua over Drammens elva i kveld punktum Si til datter at hun får gården og hunden. Gud velsigne dere",  # the bridge over a river tonight, spoken punctuation
    "Allah hafiz til alle på NAV. eg har sagt farvel til ammi og broren min. i kveld går eg ut på Karmsundbrua",  # tonight out on a named bridge
    "KONA DØDDE I VÅR. I MORRA GÅR Æ UT PÅ ISEN PÅ VANNET OG GÅR TIL DEN GIR ETTER",  # out on the ice until it gives way
    # round 78 (batches 120-121, ordinary batches 116-117)
    "kompisen min la ut på snap at han skal ta ein siste skikkelig dose i kveld og skreiv farvel alle sammen. han svarar ikkje. ka gjer eg",  # a last dose tonight, no answer
    "kameraten min la ut på snap at han ska avslutte det i kveld, han tek ikkje telefonen og eg veit ikkje kor han e. ka gjer eg",  # ending it tonight, the phone not taken
    "ingen har giddi meg noensinne. barnevernet, fosterhjem, nav. så nå gidder ikke jeg mer heller. glomma er stri nå",  # "gidder ikke jeg mer"
    "broren min sendte melding at han sitter i gammen på vidda med hagla og ikke vil mer. jeg når ham ikke på telefon, hva gjør vi",  # a gun, does not want any more, out of reach
    "Tenker mye på at det er best for oss begge om vi bare sovner sammen i bilen i garasjen. Beklager at jeg skriver dette til dere.",  # asleep together in the car in the garage
    "kolega fra byggeplass skrev på facebook han henger tau i garasjen sin, han svarer ikke telefon. kurwa hva jeg gjør nå",  # a rope hung in the garage
    "æ har skrevi ned alt førr ongan på et ark, kor bankkortet ligg og koden te mobilen. ho kan ta over alt no. æ orke ikkje ha det sånn lenger",  # not bearing it like this any more
    "har talt opp pillene. det holder. nok nå",  # pills counted, enough
    "sorry. last message from me. thank u all for trying",  # the last message, in English
    "har lagt fram sovepillene på nattbordet. klarer ikke ett år til i senga",  # pills laid out, not another year
    "skriver for bestemor. nå har hun gått opp på taket på blokka og vil ikke komme ned",  # on the roof, will not come down
    "eg hev skrive brev til dei tvo gjentunne mine og lagt dei i kommodeskuffa. dei skal få dei når eg er burte",  # letters, "når eg er burte"
    "takk for alt du hev gjort for meg. no er eg so mø at eg ynskjer eg ikkji vaknar att i morgo",  # "ynskjer eg ikkji vaknar"
    "i morgen tidlig tar jeg bilen opp mot haukelifjell og kjører ut der det er brattest",  # driving off where it is steepest
    "hodet går hundre km i timen og jeg har ikke sovet på tre døgn og nå står jeg på kanten av taket på blokka",  # "nå står jeg på kanten"
    "Eg har gått og tenkt på Kviteseidvatnet heile vinteren. I kveld er isen tynn nok ute ved odden, trur eg.",  # the ice thin enough
    # round 79 (batches 122-123, ordinary batches 118-119)
    'naboen i blokka slår kona si igjen, hun skriker nå og vaikai er der også. prasau send noen, jeg tør ikke gå inn',  # again, her screaming now
    'Jeg har stått på taket av blokken i en time nå. Det er kaldt. Jeg vet ikke om jeg vil gå ned igjen. Delam kheili gerefte.',  # on a roof, not sure of going down
    'står på brua og veit ikkje om eg vil gå ned att',  # the same in Nynorsk, on a bridge
    'Det er blank is på fjorden ved Vesterøya i år. Jeg tenker å gå ut på den i kveld og ikke vende om. Tilgi en gammel mann.',  # out on the ice, not turning back
    'o ezgiabher... i dag står jeg ved Tista igjen og ser på vannet. mer enn før tenker jeg å bare hoppe',  # by a river looking at the water
    "my old shipmate just posted on fb he's done with it all, said goodbye to everyone and he's got his dads rifle out. he lives alone in Åsgårdstrand. what do I do, quick",  # goodbye posted, a rifle out
    'pucha la vida... i natt kjører jeg bilen rett ut fra brygga i Moss og bare fortsetter ned. dile a mis hijos que los quiero',  # the car off the pier
    'i natt kjører eg bilen rett ut fra kaia',  # the quay
    # round 80 (batches 124-125, ordinary batches 120-121)
    'sitte i bilen midt på karmsundbrua no. e så lei av å vær meg. kje ring mamma',  # tired of being oneself
    'eg er så lei av å vere meg sjølv',
    'Isen på Storavatnet ber ikkje enno. Eg går ut på han likevel når det blir mørkt.',  # the ice does not bear yet, out on it anyway
    'isen på vatnet held ikkje enno. e går utpå i kveld likevel. det e best slik',
    'ludzu, kan noen ta katten min? hun heter Mince og spiser bare tørrfor. jeg skal ikke være her etter fredag',  # not here after a day, "skal"
    'unskyld for alt bry je har vært for dere o mor o alle sammen je skal ike være her mere etter helga',
    'ez westiyame bira. jeg har ikke kraft mer. sa xatire te til jin og zarok på telefon i kveld. i morgen jeg er ikke her',  # broken word order as the last words
    'takk for alt dokker har gjort. ejg orkar ikkje smærtene lenger. ha det godt alle sammen',  # the pain borne no longer
    'God dag. Mine saker er nå i orden, testamentet ligger hos advokaten og hunden er overlatt til naboen. Dette blir min siste henvendelse. Med vennlig hilsen',  # a sign-off after it
    'Til min veileder. Jeg har bestemt meg for å gå ut på Stordabrua søndag morgen. Jeg ber om at min datter blir varslet i etterkant. Beklager bryderiet.',  # decided, a bridge and a day
    'e ha skrivi eit brev te mamma å lagt det under puta. ho finn det itte før i mårå. e e itte sint på nåen, ho må vite det',  # a letter not found before tomorrow
    'papira på garden e over på syster. tauet heng i løa. ingen treng meg meir',  # the rope hanging, nobody needs one
    'tänker åka hem till västkusten och gå ut i havet. har haft den planen hela vintern, nu känns det lugnt',  # Swedish, into the sea
    'spas for alt dere gjort for meg. i natt jeg kjører bilen opp i fjellet over Vang, fort, ingen bremse. xwede min bibexse',  # fast, no braking
    'je står på mjøsbrua nå o ser ned i vanne de e kalt men de går fort ingen ringer meg uansett',  # on a bridge now, "vanne"
    # round 81 (batches 126-127, ordinary batches 122-123)
    'skreiv et brev te mamma i natt, det ligg under puta. ho skjønne det når ho finn det. e så lei for at æ ikkje klarte meir',  # understood when found
    'tar sjekta ut i natt aleine. ska ikkje inn igjen',  # the boat out, not to come in
    'draugas min fra fabrikken skrev på facebook at han tar livet sitt i natt, han svarer ikke telefon, hva gjør jeg',  # someone else, written on a page
    'pappa ga meg bankkortet og koden i dag og sa jeg må passe på lillebror fra nå. han sa ha det sånn rart og gikk ut med tauet fra garasjen. jeg er så redd',  # goodbye, out with the rope
    'pappa sa i går at vi hadde hatt det bedre uten han og nå står han oppe på taket og vil ikke snakke. please',  # better off without him, on the roof
    'kompisen min la ut på snap at han ska kjør bilen rett i namsen i kveld. han svare itj på tlf. ka gjør æ??',  # into a river named, no answer
    'Har fortsatt jaktrifla hjemme. Planen er lagt og tidspunktet er satt til i natt. Ønsker ikke flere samtaler.',  # the plan laid, the time set
    'venninna mi har sendt bilde av en haug med piller og skrev at hun er lei seg for alt. hun svarer ikke og hun bor alene. hva gjør jeg',  # a picture of pills, no answer
    'my friend from the boat posted goodbye on facebook, he say he will jump tonight. hindi ko siya mahanap. please help',  # goodbye posted, will jump
    'Jeg har lagt ut pillene. Alle sammen. På bordet. Jeg teller dem nå.',  # pills laid out and counted
    'Jeg er oppe på taket. Det er glatt. Jeg vil hoppe. Tror jeg.',  # on the roof, will jump
    # round 82 (batches 128-129, ordinary batches 124-125)
    'kompisen min la ut på snap at han skal køyra utfor ved Skjervet i kveld. eg får ikkje tak i han, han e full og har bilnøklane',  # off the edge at a place tonight, unreachable
    'har kjøpt ein slange som passar på eksosen. bilen står i garasjen. ikkje sei nåke til mor',  # a hose that fits the exhaust
    'paldies for all hjelp du gi meg. jeg trenger ikke mer. i morgen jeg er ikke her. ardievu',  # Latvian goodbye after it
    'Jeg har satt frem tablettene på badet og telt dem to ganger. Jeg har ikke tatt dem ennå.',  # set out and counted
    'ikke prøv å ringe. har fått tak i en pistol. skal ikke inn igjen, ferdig med alt',  # a gun got hold of
    'æ har gitt bort katta te ho mona i dag, hu får ha a for godt no. itte spør ka som skjer, æ ska itte værra her etter helga',  # "værra"
    'venninna mi ligg på badegølvet, hu har tatt ælle pillene sine å svarer itte når æ roper, ka gjør æ',  # someone else, "svarer itte"
    'Mandag kjører jeg ut på isen utafor Biri. Den holder ikke ennå. Greit nok.',  # out on the ice that does not hold
    'dyakuyu for hjelp hele året. men i morgen tidlig går jeg ut i tyrifjorden og kommer ikke tilbake. Bozhe prosty mene',  # into the fjord, not back
    'ska ikke plage dere mer. ga bort hunden te bror min i dag og han vetke no. vilke være her lengre',  # "vilke"
    'harke sovi på 4 døgn. alle pillene ligger frammi på borde. vetke om ja tørr men tenker på de hele tia',  # all the pills out, not daring
    # round 83 (batches 130-131, ordinary batches 126-127)
    'kompisen min la ut på snap at han ska ta sitt eige liv i natt. han svarar ikkje og eg veit ikkje kor han e, ka ska eg gjera??',  # someone else, "ta sitt eige liv"
    'Naboen min på Tau ringde nett no og sa at han skal skyta seg med hagla i kveld. Han svarar ikkje lenger',  # someone else, Nynorsk "skyta seg"
    'Jeg har ikke tatt smertepillene legen skrev ut på tre uker. De ligger i en boks i garasjen. Når boksen er full nok blir jeg kvitt både smertene og dere på en gang.',  # pills saved in a box
    'har lagt alle pillene i fine rader på kjøkkenbordet!!! telte dem to ganger!!! 64!!! det holder!!! ha det fint alle sammen!!!',  # all laid out, counted to a number
    'ok så. la alle tablettene på pulten. telte dem. 43. vet ikke hvorfor jeg skriver hit. glem det. eller. ikke glem det',  # "la alle tablettene", a count
    'Eg skriv for å takka for all hjelp dei siste åra. Bøkene mine er gjevne til biblioteket, og katten har fått ny heim hjå naboen. Eg kjem ikkje til fleire samtalar, og de treng ikkje leita etter meg. Med venleg helsing',  # "de treng ikkje leita etter meg"
    'åssen skriver man et brev te mamma så hu ikke skylder på sæ sjøl etterpå? vil ikke at hu ska tro det va hennes feil',  # a farewell letter so she does not blame herself
    'Isen på Gunneklevfjorden bærer ikke enda. Det vet jeg. Går ut i kveld.',  # the ice does not bear, out tonight
    'naboen skrike og noen slår henne, hører dunk i veggen nå, hun rope cuu toi cuu toi. hva jeg gjør??',  # someone beating her, now
    'i natt kjører jeg bilen rett i fjellet ved E18, nikt nie bedzie tesknic. sorry for norsk',  # the car into the mountain side
    'i kveld kjører jeg bilen rett inn i fjellveggen',  # a close variant
    # round 84 (batches 132-133, ordinary batches 128-129)
    'naboen slå kona si nå, hun skriker og barna gråter i leilighet under meg',
    'faren slå mora mi nå, ho skrik',
    'mannen har kniv på kjøkkenet og sier han stikker meg, send noen',
    'han står i gangen med kniv og truer meg nå',
    'nå vil jeg ikke leve mer',
    'takk for tålmodigheta. vesla får klokka mi. æ skal ikkje plag dokker meir etter søndag',  # the watch given + "plag dokker meir" (two indirect signs)
    'Alle tabletter som lege ga jeg har spart i en boks siden januar. Nu vot, nå det er nok til å sove og ikke våkne.',  # pills saved, "nok til å sove og ikke våkne"
    'kompisen min la ut en story med et tau og skrev bye guys. han svarer ikke på snap eller tlf. hva faen gjør man',  # someone else: a rope in a story, bye, no answer
    'wala na. I am standing on the roof of the apartment in Fuglenes now. too tired of everything, sorry po',  # too tired of everything, sorry
    'Voi voi. Det er blitt for tungt å bære. Jeg har satt fram alle pillene på kjøkkenbordet og sitter og ser på dem. Jumala armahda.',  # pills set out, sitting looking at them
    'bror min la nettopp ut på snap at han skal ende det i kveld og nå svarer han ikke, han er alene hjemme på holmlia, jalla hva gjør jeg',  # "la nettopp ut", "ende det"
    'Det er ingen grunn til å sette opp ny time. Jeg har bestemt meg, etter fredag skal jeg ikke være her lenger.',  # decided, after Friday not here
    'Naboen i etasjen over slår kona si igjen. Hun skriker og det dunker i gulvet, det har pågått en halvtime. Hva skal jeg gjøre.',  # "kona si igjen", she screams
    'kona mi har kniv og sier hun stikker meg hvis jeg går ut av rommet. pillaikal sover i rommet ved siden. aiyo jeg er redd, send noen',  # a partner with a knife
    'det er is på østensjøvannet nå og jeg har gått ut dit hver kveld og sett på det tynne stedet ved sivet. i kveld tenker jeg at jeg bare går videre utover. jeg vet ikke hvorfor jeg skriver det her',  # the thin spot, further out tonight
    "my roommate just said he has his dad's pistol and he's gonna use it on himself tonight, he locked his door, que hago??",  # someone else: a gun, "use it on himself"
    'labas. viskas blogai. jagtgevær er ladd og ligger på senga. i natt jeg bruker det på meg selv. atsiprasau mama',  # a rifle, "bruker det på meg selv"
    'har rifla ladd ved senga. i kveld skal jeg bruke den på meg selv',  # a close variant
    # round 85 (batches 134-135, ordinary batches 130-131)
    'ror ut. blir der',  # rowing out, staying there, as the last words
    'padler ut i natt og blir der',  # a close variant
    'går ut i sjøen og blir der ute',  # walking out into the sea
    'takk for alt. slutt no.',  # thanks and "the end now" as the whole message
    'takk for alt. det er slutt nå',
    'slutt no. takk for alt',
    'kor lenge må isen på vatnet ligge før han bær en voksen? æ har tenkt å gå ut dit aleina i natt og ikkje snu',  # out "dit" on the ice, not turning back
    'isen på vatnet held no. eg går ut dit i natt og ikkje snur',  # "snur"
    'har kjørt ut til isen i adventfjorden og skal bare gå utover til den sprekker. ingen kommer til å lete her',  # out to the ice, until it cracks
    'kjører ut til isen på mjøsa i kveld og skal bare gå utover til den knekker',
    'voi voi. e ikkje meininga at æ ska være her lenger, alle pillan ligg oppstilt på kjøkkenbenken no',  # not meant to be here; all the pills lined up
    'det er ikke meningen at jeg skal være her lenger',
    'e ikkje meininga at æ ska leve lenger',
    'alle pillene ligger klare på bordet nå',  # all the pills ready on the table, now
    'khob khun ka for everything. i give my plants and my bank card to Nok already. chan mai yak yoo after tomorrow, sorry na',  # Thai: not wanting to live
    'pom mai yak yoo laew',  # "laew", any more
    'chan mai yak mee chiwit yoo tonight',
    'Åtte måneder sykmeldt etter fallet i Kjosen og ingen hos dere har gidda å svare meg en eneste gang. Passordene mine ligger i en konvolutt til søstera mi, og tauet henger fortsatt i garasjen fra da jeg jobba. Snart finner jeg en annen bruk for det. Dere kan arkivere meg.',  # a rope and "another use" soon
    'har et tau i boden. i kveld finner jeg en annen bruk for det',
    'har spart på dosene en stund. ligger klart på bordet nå. bare så noen vet',  # doses saved, lying ready
    'har spart opp dosene mine i flere uker, de ligger klare på bordet nå',
    'har ikke lyst å våkne i morra. mener det',  # "ikke lyst" to wake tomorrow
    'har ikkje lyst å vakne i morgon',
    'har ikke lyst å våkne igjen',
    'kompisen min fra båten har tatt geværet til broren og sier han skal ordne opp med seg sjøl i natt, han er full og han mener det. hjelp oss',  # someone else, a gun
    'broren min har hentet hagla og sier han skal gjøre det av med seg selv',
    'venninna mi har pistolen til faren og sier hun skal ordne opp med seg selv i kveld',
    'gutten sover hos mormor fra nå av. har skrevet et brev han får når han blir stor. beklager',  # a letter for when he grows up ("får")
    'har skrevet et brev dattera mi leser når hun blir voksen',
    'jag har gett bort hunden till en venninne i dag. hun tror det er fordi jag ska flytta. men jag ska ingenstans, jag ska bara inte finnas mer',  # Swedish: not exist any more
    'jeg skal bare ikke finnes mer',
    'jag kommer att inte finnas mer',
    'vil ikke leve i denne verden lenger',  # living in this world, not a place
    'vil ikke leve i en verden uten henne',
    'vil ikke leve sånn lenger',
    'jeg vil ikke leve i morgen',  # a day, this life or poverty after "i" is no place
    'vil ikke leve i dette livet lenger',
    'vil ikke leve i fattigdom mer',
    'ble slått ut av kjæresten i går',  # knocked out by someone
    'ble slått ut på byen i går av en fyr',
    'jeg blir slått av mannen min',
    'jeg vil ende livet',
    # round 86 (batches 136-139, ordinary batches 132-135)
    'tek sjarken ut i kveld. kjem ikkje att',  # out on the water, not coming back
    'ror ut i natt. kommer itte tebake',  # rowing out, no boat named
    'tar båten ut i kveld. kjem itj tebake',
    'padlar ut i kveld og kjem ikkje tilbake',
    'står på moloen. går uti no',  # on the pier, into the water now
    'står ytterst på moloen, går uti i kveld',
    'har tenkt på å gå ned på kaia og bare holde fram å gå',  # down to the quay and keep walking
    'er oppe på Hornelen. eitt steg til',  # one more step, as the last words
    'er på toppen av stupet. ett skritt til',
    'står på kroppan bru. e så lei',  # on a bridge, short, tired of it or sorry
    'er på broa over nidelva. sorry',
    'stoppar midt på stordabrua i natt',
    'on the roof again. i dont want to climb down',  # not wanting to come down
    'Im on the bridge and i dont want to come down',
    'garasjeporten e lukka og motoren går',  # the garage shut and the engine running
    'garasjedøra er stengt og bilen står på',
    'hagla e ute av skapet. ikkje for jakt',  # a gun out, not for hunting
    'har tatt hagla ut av skapet, ikke til jakt',
    'vil gå opp i skogen med geværet og bli der',  # into the forest with the gun, staying there
    'tenkjer heile tida på å svinge ut framfor ein motgåande',  # swerving in front of oncoming traffic
    'tenker på å kjøre rett inn i et vogntog',
    'han har kniv og e på vei inn te mæ',  # someone with a knife or a gun, now
    'kjæresten har pistol og truer. hjelp',
    'mannen har hagla framme',
    'naboen banker dama si igjen, hører skrik og glass som knuses gjennom veggen',  # someone beating his partner
    'faren banker mora igjen',
    'planen e klar. i kveld når ungene sover',  # the plan ready, tonight
    'planen er klar. i natt når alle sover',
    'vil helst ikkje vere her meir',  # "helst"
    'vil helst ikke være her lenger',
    'easier for everyone if i was not here at all',  # not here any more
    'pillan e spart opp. i natt e det nok',  # pills saved up, tonight
    'sovetablettene er samlet opp, i natt',
    'i take all my sleeping pills now',  # all one's pills, now
    'i am taking all my pills tonight',
    'har gjort klar tauet i låven',  # the rope made ready
    'har laga klar tauet i løa i natt',
    'ha det alle saman. orsak',  # goodbye everyone and sorry, the whole message
    'hadet alle. beklager',
    'ha det nav. takk for alt. e slutt no',  # round 85's "takk for alt. slutt no" after a goodbye
    'ha det alle. takk for alt. slutt no',
    'si til mamma at jeg er glad i henne og at det ikke er hennes skyld',  # not her fault, after another thing
    'sitt på toppen av parkeringshuset ved solsiden. har sitti her en time og tenke på å hopp',  # a parking house or a silo as a height
    'kameraten min står på toppen av siloen på kirkenær og sier han ska hoppe. ka gjør je',
    'nebenoriu gyventi',  # Lithuanian
    'nebenoriu gyventi. ingen penger, ingen familie her',  # before the money words
    # round 87 (batches 140-143, ordinary batches 136-139)
    'tar færingen ut. kjem ikkje i land',  # the færing out, not coming ashore
    'tar båden ut forbi lista fyr i kveld. kommer ikkje inn igjen',
    'setter båten ut på tyrifjorden i kveld. trenger itte komme i land igjen',
    'setter sjekta ut i natt, kjem ikkje i land att',
    'sjøen får meg i natt',  # the sea takes one tonight, as the last words
    'er så lei. havet tar meg i kveld',
    'står på ferja og ser ned i sjøen. hadd vore så lett å berre gå over rekka',  # over the rail
    'hadde vært så lett å bare gå over rekka i natt',
    'the ice on the lake behind the house is thin now. after friday when the last salary is sent to my mother i will walk out on it',  # the ice told thin, walking out on it
    'isen på vatnet er tynn no. etter fredag skal eg gå ut på den',
    'gisundbrua i natt. æ e lei fer alt',  # a bridge tonight, tired of everything
    'står på tromsøbrua i kveld. er så lei av alt',
    'e på fjellet bak huset. det e så stille her oppe. trur æ tar det siste steget utfor kanten no',  # the last step over the edge
    'tar det siste skrittet utfor stupet i kveld',
    'står oppe på taket på lagerhallen på verket. tenkte på ungene og gjelda og alt sammen. eg går ikkje ned trappa igjen i natt',  # not down the stairs again
    'er på taket. eg går ikkje ned stigen igjen',
    'I dag kjørte jeg til Gisundbrua og satt i bilen en time og så ned på vannet. Jeg kjørte hjem igjen, men jeg tror ikke jeg kjører hjem neste gang.',  # not driving home next time
    'satt ved kanten i kveld. tror ikke jeg drar hjem neste gang',
    'Eg har lagt ein hageslange inn i bilen og ventar berre til ungane har sovna i kveld.',  # a hose into the car, with a wait
    'har festa slangen fra eksosen inn i bilen. venter til det blir mørkt',
    'tauet henge klart i løa',  # the rope hanging ready, as the last words
    'nie moge juz. tauet henger i garasjen',
    'tauet heng alt oppe i fjøsen i natt',
    'brant mæ sjøl med lighteren igjen, på armen der ingen ser. det e det einaste som hjelpe',  # burned oneself with a lighter
    'brenner meg selv med sigaretter igjen',
    'kompisen min står ytterst på kaia på sistranda og sei han ska hopp. han e dritings. ka gjør æ',  # someone else who says he will jump
    'broren min står på brua og sier han ska hopp',
    'broren min e rusa og har kniv. han har stengt seg inne på kjøkkenet med mamma og trua hu',  # high, with a knife, threatening
    'faren min er full og har kniv, han truer mamma',
    'he is hitting me right now. i locked myself in the car with my baby',  # hit right now
    'han slår meg nå, hjelp',
    'mannen min står utenfor døra nå og roper at han tar barna og brenner huset i natt',  # the house burned tonight
    'eksen sier han skal sette fyr på huset i kveld',
    'sønnen min e ruset og står i gangen med kniv mot sæ sjøl og sir han ska dø i natt',  # a knife against himself
    'kjæresten min holder kniven mot halsen og gråter',
    'jeg ikke vil være her i verden mer. khuda hafez alle sammen',  # a learner's word order
    'jeg ikke vil være her mer',
    'e det nån som merke det om æ e borte',  # would anyone notice one gone
    'would anyone notice if i was gone',
    'blir ingen morgendag fer mæ',  # no tomorrow for oneself
    'det blir ingen morgondag for meg',
    'eg har skrive brev til ungane mine. dei skal få det etter fredag. eg ser ingen veg vidare',  # no way onward
    'ser ingen vei videre',
    'blir itte å se mæ på noe møte mer',  # not to be seen any more, the whole message
    'dere kommer ikke til å se meg mer',
    'kjøleskapet er tomt og jeg vil ikke leve lenger. nå er det slutt',  # a suicidal sign still wins over a lack of food
    'jeg har prøvd i 6 år og det går ikke lenger',
    'gidder ikke mer. vil ikke leve',
    'gidder ikke mer',
    'tar livet av meg i kveld',
    'e det nokon som vil savne meg om eg er borte',  # round 87 review: "vil" after "som"
    'would anyone miss me if i was gone',
])
def test_since_round57_crisis_phrasings(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", (text, hit)


def test_round57_someone_else_outside_the_railing_is_answered_as_someone_in_danger():
    hit = check_message("my pal is standing on the other side of the railing on the bridge")
    assert hit is not None and hit.sign == "en annen er i fare nå", hit


@pytest.mark.parametrize("text", [
    "der jeg skal gå trenger jeg ikke bilen. takk for alt",  # where one goes one needs nothing + thanks
    "where i am going i dont need my things. thank you for everything you tried",
    "spas for alt. jeg er ferdig med alt",  # thanks in one's own language + done with everything
    "har lagt pinkodene og bankkortet i en konvolutt til broren min. takk for alt",  # the envelope
    "skrevet opp alle passord til dattera. nå er alt i orden etter meg",  # "alt i orden etter meg"
    "takk for hjelpa, den var bortkastet på meg. ingen skal lete etter meg",
    "i morgen er ikke meg her. takk for alt",  # broken Norwegian word order
    "har ikke tenkt å dra hjem igjen i kveld. ha det alle",
    "ungene har vært hos meg siste gang. ingen skal merke noe",
    "brev er skrevet til mamma. kanskje bedre sånn",
    "skal ut ytterst på moloen i kveld. si til mamma at jeg er lei for det",
    "jeg ikke plage dere mer. bayarlalaa for alt",
    "brevet ligger i skuffen, vennen min sender det hvis jeg ikke ringer. takk for alt",
    "har skrevet brev til ungene. de har det bedre hos mormor enn med en mamma som meg",
    # round 58 (batches 80-81)
    "har gitt bort hunden. cam on for alt",  # thanks in Vietnamese
    "i put my affairs in order. multumesc for everything",  # papers in order, thanks in Romanian
    "takk til dere på nav for alt. jeg har skrevi ned alle passorda til broren min",
    "takk for alt. skal reise bort i kveld og kommer ikke tilbake",  # going away and not coming back, the last words
    "har gitt bort fuglen, går ut i kveld og kommer ikkje att",
    "tomorrow i am not here. thank you for everything",
    "put the bank passwords into an envelope for me sister. left the cat with the neighbour",  # "me sister"
    "won't be needing the car after tonight. thanks for everything",
    "står ved kaia nå. ingen trenger meg i denne verden",
    "standing at the edge of the cliff now. just wanted someone to know where i am",
    # round 59 (batches 82-83)
    "dziękuję za wszystko. har gitt bort katten til naboen",  # Polish thanks
    "baie dankie vir alles. standing on the pier now",  # Afrikaans thanks, on a pier
    "passordene ligger på en lapp i skuffen. takk for alt",  # where the passwords are written
    "put my passwords in a folder for my brother. none of this will matter anymore",
    "står på demningen. vil bare at noen ska vite det",  # on a dam, someone to know as the last words
    "standing on the pier. tell my mum sorry",
    "har skrevet brev til ungene. nå er det nok",  # "nå er det nok" as the last words
    "adiós a todos. dere trenger ikke sende flere brev til meg",  # Spanish farewell, no more letters
    "I don't even know why I'm texting you. standing at the edge of the roof",
    # round 60 (batches 84-85)
    "takk for alt. ikke send flere brev, jeg kommer ikke til å trenge dem",  # no more letters, as for the last time
    "kommer ikke på møtet eller noe møte. takk for alt",  # no meeting at all
    "amesegnalehu for everything. har skrevet brev til ungene",  # Amharic thanks
    "gracias a todos por todo. nå er det nok",
    "har ordnet alt i stand for barna. passordene står på en lapp",  # all made ready for the children
    "sitter på kaia, vannet er så svart. vil bare at alt skal slutte",  # on the quay, the water dark; wanting it to end
    "står ute på brygga, sjøen er mørk. vil bare si takk for all hjelpen",
    "i give my dog to my sister. for me it is over",
    "am pus toate actele in ordine. after sunday i will not be here",  # Romanian, papers in order
    # round 61 (batches 86-87)
    "der jeg skal hen trenger jeg ikke bilen. takk for alt",  # where I am going
    "veit ikkje om eg kjem heim att. takk for alt",
    "pinkodene ligg i skuffa så han klarer seg. takk for alt",
    "dokumentene er i orden så ungene slipper styret. tusen takk for alt",
    "har skrevet brev til familien og til barna. takk for alt",
    "aitäh nav for alt. vil bare at det slutter",  # Estonian thanks
    "sitter på fjellet ved kanten. takk for alt",
    "just wanted to say thank you to my veileder. i am on the cliff by the edge",
    # round 62 (batches 88-89)
    "der jeg skal hen trenger jeg den ikke. har gitt bort hunden",
    "just wanted to say cheers to youse for everything. sorted my papers",
    "kiitos kaikesta. har gitt bort katten",  # Finnish thanks
    "all my papers are in order. jeg ferdig med alt etter helga",
    "eg skriv siste melding. kjem ikkje på møta meir",
    "wrote my mum goodbye. sorted all my papers",
    "har skrive ned kva salmar dei skal synge i begravelsen. har lagt fram dressen",
    "stand on the bridge, the water is dark. dont know why i write to nav",
    "har skrevet brev til barnebarna. jeg er ikke her lenger da",
    "har gitt vekk klærne mine. takk for alt",
    # round 63 (batches 90-91)
    "jeg er på sandnessundbrua nå. vil bare at det slutter",  # on a bridge now
    "i am on the tromsø bridge now. tell my sister i tried",
    "der eg skal eg treng ikkje bilen. takk for alt",
    "har lagt alle papira i orden. passordene ligger i skuffen, kona finner dem",
    "forsikringa står i permen, mannen finn den. har ordna alt",
    "ferdig med alt etter helga. har gitt bort katten",
    "det var ikke din skyld. har bestemt meg for i kveld",
    "it wasnt your fault. gave the dog to my neighbour",
    "gud tilgi meg. har gitt bort hunden",
    "skrev brev til pappa, ligger på bordet",  # a letter left on the table as the last words
    "me da ase for everything. i have written letters to everyone",
    "lager middag til ungene for to uker og fryser ned. jeg er ikke her mer da",
    # round 64 (batches 92-93)
    "takk for alt. dere skal ikke ha mer bry med meg",  # no more trouble with one
    "har gitt bort katten. i am not a problem for anyone",
    "har gett bort katten. efter helgen behöver ingen bry sig om mig längre",
    "jeg er ferdig med alt. ikke vits å ringe meg",  # no point calling as the last words
    "kan du gi gitaren min til noen som trenger den? takk for alt",  # one's thing to someone who needs it
    "där jag ska behöver jag den inte. tack för allt",
    "i dont need it where i go. aciu for everything",
    # round 65 (batches 94-95)
    "diakuiu for all help. der jeg skal trenger jeg ikke katten",  # Ukrainian thanks "for all help"
    "har lagt ein lapp på kjøkkenbordet. takk for alt",
    "har ordna alle papira. etter helga skal eg ikkje plage nokon meir",  # no more trouble to anyone
    "all my papers are on the kitchen table. thank you for everything",
    "skrevet brev til kona mi. håper hun tilgir meg",  # someone's forgiveness hoped for
    "i am on the roof of the hospital now. sorry po for everything",  # Tagalog "po"
    "etter mandag trenger jeg ikke flere møter. har lagt alle papirene i orden",  # no more appointments after a day
    "wrote a letter to mum. make sure she gets the rest",  # what is left to someone close
    "bankid og passord i ein konvolutt te bror min. takk for alt",  # round 66: BankID in an envelope for someone
    "har lagt en lapp på kjøkkenbordet. beklager alt bryet jeg har vært",  # sorry for the bother one has been
    # round 67 (batches 98-99)
    "salamat po sa lahat. where i am going i dont need my things",  # Tagalog thanks for everything
    "nandri for all help. where i am going i dont need my things",  # Tamil thanks
    "spasibo til nav for alt. letters are in an envelope on the table",  # Russian thanks to NAV, letters in an envelope
    "trenge eg kje der eg ska. takk for alt",  # "kje" for "ikkje"
    "my dog is with the neighbour now. i wont be needing anything. bye",
    "har gitt bort gitaren. eg er ikkje her i morgon",  # not here tomorrow, the last words
    "har ordna med gravstaden min ved sida av mor. eg skal til henne snart",  # one's own grave and going to her soon
    # round 68 (batches 100-101)
    "har lagt fram alle tablettene. er ferdig med alt",  # pills set out
    "kan du ta hunden min? der jeg skal kan jeg ikke ha han",  # someone asked to take the dog, "where I go I can't have him"
    "sitter på taket av blokka, fin utsikt. takk for alt",  # on the roof of a building, the view told too
    "takk for alt. d e best sånn",  # "it's best this way" as the last words
    "mie en ole täällä enää huomenna. kiitos kaikesta",  # Finnish: I won't be here tomorrow
    "giitu buot ovddas. har gitt bort alle tinga mine",  # North Sámi thanks for everything
    "i dont need the kurs anymore. after friday i will not be here. ameseginalehu for everything",  # a course no longer needed
    # round 69 (batches 102-103)
    "har skrivi ned kem som ska ha ka. itj si nå te sønnen min før etter helga",  # who gets what, not told until after the weekend
    "står på toppen av fjellet helt ute ved kanten. bebakhshid for alt",  # at the edge of a top, Farsi sorry for everything
    "jeg er ikke her når du leser dette. passord og kontoer i en konvolutt til kona",  # passwords and accounts in an envelope
    "eg ska ikkje vere her neste veke, det e bestemt. takk for alt",  # not here next week, decided
    # round 70 (batches 104-105)
    "sitt i bilen oppe ved demninga no. eg har kje bestemt mæ kå eg gjer",  # at the water, undecided what to do
    "skreiv ned alle passorda mine te mamma. ho treng ikkje vite kvifor enno",  # passwords, not to know why yet
    "jeg står på broa over elva nå. si til barna at pappa elsker dem",  # on the bridge over the river, love sent through another
    "har ordnet forsikringen til kona så hun ikke skal slite når jeg ikke er her",  # insurance, "når jeg ikke er her"
    "forsikringen betaler ut mer enn jeg noen gang tjener. skriver bare så noen vet det",
    "har sendt deg passordene til alt. basically ryddet opp etter meg",  # passwords sent, tidied up after oneself
    "salamat po for alt. katten min er hos naboen nå",  # Tagalog "po", the cat with the neighbour now
    "har skrevet et brev til Emma, hun skal få det på 18-årsdagen sin. resten ordner seg",  # a letter for a coming birthday
    "havet ved Fornebu er så nært. tchau querida",  # the sea so near, Portuguese goodbye
    "sitter på taket av blokka. tror ikke jeg tar trappa ned igjen",  # on a roof, not taking the stairs down
    "har skrevet brev til barna, en til sønnen og en til datteren. fra i morgen skal de bo hos søstera mi",  # letters to each child, rehoused
    "har bestemt meg, søndag blir det. ikkje ring politiet",  # decided, "don't call the police"
    # round 71 (batches 106-107)
    "eg ga bort ringen min og vinterjakka til ei venninne i dag. paalam na sa inyo lahat",  # given away, Tagalog goodbye
    "selt sveiseapparatet og kona får forsikringa. det er betre for ho slik. takk for at du prøvde",  # the insurance, "betre for ho slik"
    "etter fredag treng dokker ikkje kalle meg inn til fleire møte. eg har ordna det eg skulle ordne",  # no more meetings, all done
    "gitt bort hunden te kompisen min. ittj spør ka æ ska gjør etter helga, det spiller ittj nån rolle",  # nothing matters after the weekend
    "har skrevet ned alle passorda og lagt lappen te mamma så ho ittj treng å lur på nåkka når æ e borte",  # passwords, "når æ e borte"
    "Sidan Anna gjekk bort har eg ikkje noko her å gjere. Papira til ungane ligg på kjøkenbordet, dei finn dei når dei kjem.",
    "jeg har skrevet til barna at de skal være snill med mama. i kveld jeg går opp på taket på blokka, ikke ring meg",  # the roof tonight
    "hun skal få verktøyet mitt. etter søndag jeg trenger ikke noe mer fra nav",  # the tools, nothing more from NAV
    "Jeg har skrevet et brev til hver av ungene. Hvis noe skjer med meg vet de hvor de skal lete.",  # letters, where to look
    "har gitt bort sofaen. mahadsanid for alt. hvis jeg ikke svarer etter fredag ikke ring mer",  # Somali thanks, no more calls
    # round 72 (batches 108-109, ordinary batches 104-105)
    "walaal jeg skrive brev til caruurta hvis hooyo ikke er her mer",  # Somali: a letter to the children, if mother is not here
    "passordet til steam og discord ligger på en lapp. bror min kan få accounten",  # the passwords on a note, the account left
    "ngl jeg har bestemt meg. ingen trenger å sende meg flere jobbmatcher etter det",  # decided, no more job matches after it
    "takk for alt dokker har gjort. eg ska ikkje plage nåken meir",  # thanks, no more trouble to anyone
    "khob khun ka for alt. snart jeg ikke være her",  # Thai thanks, soon not here
    "skal opp på taket i kveld. bare så noen vet det",  # the roof tonight
    "ga bort hunden til søstra mi i dag. blir ikke her så mye lenger",  # the dog given away, not here much longer
    "har gitt bort bikkja te naboen. trænger itte tenke på'n mer ette i kveld",  # no need to think of him after tonight
    "jeg skrev brev til min ade. si jeg var flink gutt",  # Tigrinya "ade", told of in the past tense
    "Today I give my cat to Olena. Diakuiu for all you did",  # the cat, Ukrainian thanks for all you did
    "I write letter to mano vaikai. after sunday you will not find me",  # Lithuanian "mano vaikai", not found after a day
    "tusen takk for all hjelp og tålmodighet dere har vist meg gjennom mange år. har skrevet brev til barna og lagt dem i kommoden",  # thanks for the years, letters in the chest of drawers
    "passordene til alt ligger i notatboka. si til mamma at jeg er lei for det. kjører ut på brua nå",  # the notebook, sorry, out to the bridge
    # round 73 (batches 110-111, ordinary batches 106-107)
    "ville bare at nån skulle vite at det ikkje e dokkers feil",  # "skulle vite at", not your fault
    "eallu e solgt og æ har skrevet et brev te eadni, det ligg i skuffa på kjøkkenet",  # North Sámi "eadni", the letter in the drawer
    "jeg skriver brev til min sønn i Murmansk i kveld, forklarer alt. spasibo za vsjo",  # Russian thanks for everything
    "passordan ligg på lapp på kjøleskapet. mor finn dem",  # the passwords on a note, no article
    "lowkey har stått på tromsøbrua i en time nå og ser ned. idk hvorfor jeg texter nav av alle folk",  # an hour on the bridge, "texter nav"
    "har gitt alle passordene mine til søstra mi og sletta insta",  # all the passwords given, Instagram deleted
    "står oppå gisundbrua nu. e så forbanna lei av ryggen og fylla, e ferdig med alt",  # "oppå", the pronoun left out
    "nøklene ligger under matta. Jeg tror ikke jeg blir her så mye lenger, og det er greit for meg",  # "tror ikke jeg blir her"
    "æ har skrevi passorda mine på en lapp oppå kjøleskapet. trenger itj dem lenger etter helga",  # "skrevi passorda"
    "spør for en kompis. nei forresten, de e itj for en kompis. takk for alt",  # the friend taken back
    "jeg gi min telefon og jakke til min dost Ali i dag. khoda hafez til alle i nav, dere var snill med meg",  # Dari goodbye
    "am scris scrisoare til copiii mine i Romania. multumesc for alt dere har hjulpet meg",  # Romanian: a letter to the children
    "jeg har skrevet brev til bache mine, ligger i hanskerommet",  # Persian "bache", the glovebox
    "i kveld jeg lar barna sove hos venninne og går til brua i Namsos. Egziabher tilgi meg",  # the bridge tonight, God's forgiveness
    # round 74 (batches 112-113, ordinary batches 108-109)
    "kan dokker sei te veilederen min at han ikkje treng å ringe meg meir. har gitt bort katten te naboen",  # "at han ikkje treng å ringe"
    "ikkje vits å sette opp nokke møte neste uke. eg e ikkje her då uansett",  # no point in a meeting
    "jeg gi bort hunden min til venninne i dag. passord til bank jeg skrive på lapp til mamma",  # the passwords on a note for mother
    "deleted all my accounts and wrote the passwords down for mum. just so its easier for her after",  # accounts deleted, passwords for mum
    "Selt båten og gitt bikkja til bror min. Takk for hjelpa. Ferdig no.",  # thanks and done now
    "Etter fredag e det ikkje noko å følgja opp. Eg har bestemt meg.",  # nothing to follow up
    "voy al mar esta noche. jeg går ned til sjøen i kveld og blir der. perdon por todo",  # to the sea tonight, staying there
    "gracias por todo, de verdad. har gitt klærne mine og katten til venninna mi",  # the clothes and the cat
    "Eg har skrive ned alle passord og kontoar til henne. Eg har vore til bry lenge nok.",  # a burden long enough
    "ha det. sier farvel nå. lyset slukkes fredag",  # a farewell now, the light out on Friday
    "jeg har skrevet brev til bachay mine, ligger i skuffen på kjøkkenet. Hvis noe skjer si til dem at ammi elsket dem",  # love left in case
    "jeg gi bort bil til naboen og katten til fetter. ikke trenger mer. etter fredag alt ferdig for meg",  # all done after Friday
    "har skrevet ferdig brevet til hooyo, det ligger under puta mi. after eid I won't be a problem for anybody",  # under the pillow, "won't be a problem"
    "Katten min Frøken skal bo hos naboen fra søndag av. Mine papirer ligger samlet på kjøkkenbordet.",  # papers gathered on the table
    "sorry for alt bryet jeg har vært. har lagt passordet til insta på pulten så mamma kan slette kontoen etterpå",  # an account deleted after
    # round 75 (batches 114-115, ordinary batches 110-111)
    "etter fredag jeg er ikke her lenger. alle papir jeg legger på bord til min bror. kanskje Egziabher tilgir meg",  # not here after Friday, Egziabher
    "Passordene til nettbank og e-post ligger i en konvolutt hos min søster. Bilen står parkert ved Sola strand. Dere trenger ikke følge meg opp lenger.",  # passwords in an envelope, no follow-up
    "vaikai er hos mama i Litauen. jeg har sendt alle pengene til henne og skrevet hva hun skal gi dem. etter lønning jeg trenger ikke noe mer",  # the money sent, nothing more after payday
    "kjøre ut på isen på stokkavannet nå m bilen. ungane e hos mora. sry for alt bryet eg har laga",  # the car out on the ice, sorry for the trouble
    "ka skjer m barnetrygden når en forelder e død? spør for en kompis. nei spør for meg. e ferdig etter søndag",  # asking for oneself, done after Sunday
    "ya rab jeg står oppe på taket på blokka. så trøtt av alt. ingen kommer savne meg",  # on a roof, nobody will miss me
    "Solgt bilen og sagt opp strømmen. Ungan får forsikringa. Ferdig med dette her.",  # the children get the insurance
    "dyakuyu for alt. jeg har skrevet til syn og donka, de skal bo hos tante. jeg kan ikke mer, bozhe",  # written to the children, to live with an aunt
    # round 76 (batches 116-117, ordinary batches 112-113)
    "har skreve alle passorda mine på ein lapp i skuffa på kjøkkenet så mor slepp å styre med det etterpå",  # passwords, the mother spared the bother
    "Eg vil takke for all hjelp eg har fått frå dykk gjennom åra. De treng ikkje kalle meg inn til fleire samtalar. Eg har ordna det som skal ordnast.",  # no more meetings, all arranged
    "skreiv eit brev til mamma og la det under puta hennar. i just want it to stop. skal ut på isen på vatnet i kveld",  # a letter, out on the ice tonight
    "ga katta te naboen. ho treng ikkje mat fra mæ lenger.",  # the cat given away, needs no food from me
    "aiyo jeg har skrevet et brev til hver av pillaigal og lagt i skuffen. når amma finner dem etter fredag så forstår hun",  # letters found after Friday
    "copiii mei er hos faren sin denne uka. jeg har skrevet et brev til hver av dem. etter søndag trenger de ikke tenke på meg lenger",  # nobody need think of me after Sunday
    "I dag har jeg lagt passordene til nettbanken i en konvolutt til datteren min. Jeg ringte søsteren min og takket henne for alt hun har gjort for meg.",  # thanked for everything
    "nøkler og koder ligger på kjøkkenbordet. er ikke her til mandag. takk for følget.",  # keys and codes, thanks for the company
    "selam. jeg har gitt alle klærne mine til kirka og sagt ha det til presten. egziabher vet at jeg prøvde",  # clothes given away, goodbye said
    "querida, jeg har takket alle vennene mine i Drøbak for alt, gitt bort plantene og hunden Chispa til naboen. jeg er gammel og bare til bry",  # thanked all friends, the dog given away
    # round 77 (batches 118-119, ordinary batches 114-115)
    "salaam. jeg gir min telefon og klær til dost min. etter fredag jeg trenger ikke noe. khoda hafez alle sammen",  # the phone and clothes given, nothing needed after Friday
    "sist gang jei skriver. si til veileder takk for at hun var snil mot mei. jei skal ike plage noen mer etter i natt",  # the last time I write, no bother any more
    "spas for alt. har skrevet brev til mndalakanm, ligger i skapet. når de sover i kveld jeg skal ikke være her mer",  # not here any more tonight
    "ga bort katn min til naboen idag, hun skal ha han fo altid. trenger ikke nåe mer efter søndag",  # nothing needed after Sunday
    "hund min gi bort nabo i går. mat skål også. meg trenger ikke mer. snart ferdig alt",  # soon all finished, as the last words
    "jeg har skrevet brev til begge barna komma de ligger i den øverste skuffen punktum hvis noe skjer så vet dere hvor dem er punktum",  # letters, if something happens you know where
    "passordene mine står på en lapp ved skjermleseren komma søsteren min får alt etter fredag punktum jeg trenger dem ikke lenger",  # passwords on a note, nothing needed after Friday
    "je har gitt bort kattn min te venina mi å sakt te ungene at mamma er gla i dem. e icke her på mandag",  # told the children that mamma loves them
    "Kindly convey my thanks to my counsellor for everything. I have transferred my savings to my wife and shared all my passwords with her. No further follow-up will be required from tomorrow onwards.",  # savings transferred, passwords shared
    # round 78 (batches 120-121, ordinary batches 116-117)
    "skrev alle passordene mine på en lapp til søstra mi. hun skjønner ikke hvorfor. hun får vite det etter helga",  # passwords on a note, she will know after the weekend
    "Huset er vasket, regningene er betalt og brevene til barna ligger i skrivebordet. Takk for tålmodigheten dere har hatt med en gammel mann.",  # letters in the desk
    "jeg takker for all hjelp i norge. verktøy og bil er gitt til kolega. trenger ikke mer. do widzenia wszystkim",  # given away in the passive, Polish goodbye to all
    "Eg har gjort opp for meg no. Bøkene er gjevne bort og eg har ringt rundt og takka alle eg er glad i. De treng ikkje kalla meg inn att.",  # books given away in the passive
    "hun har gitt bort alle gullsmykkene sine til tantene og sagt nabadgelyo til alle i dag",  # Somali goodbye to all
    # round 79 (batches 122-123, ordinary batches 118-119)
    'labas. skrev brev til dukra i Vilnius, ligger i skapet. kode til telefon står på lapp i lommeboka. aciu uz viska',  # Lithuanian daughter, thanks for everything
    'joo, je har bestemt mæ. isen på Røgden er tynn no. anteeksi til alle',  # decided, Finnish sorry to all
    'Salam. Jeg vil takke for all hjelp. Alle dokumentene mine ligger i en konvolutt til min bror. Etter torsdag trenger dere ikke å ringe meg mer. Khoda hafez',  # no more calls after a day, Dari goodbye last
    'bare så dere veit, passorda te alt ligger i en konvolutt på kjøkkenbenken. greit å ha etter søndag. æ er så lei av alt',  # handy to have after Sunday
    'selam. jeg har gitt mobilen og jakken min til lillebror. si til adey i Asmara at jeg elsket henne. jeg trenger ingenting etter fredag',  # love passed on in the past tense, nothing after Friday
    'rope is up in the boathouse. just wanted someone to know before. nobody at NAV has to deal with my case after this weekend',  # someone to know before, nobody to deal with the case
    # round 80 (batches 124-125, ordinary batches 120-121)
    'paldies par visu. jeg har skrevet brev til meita min i Riga, det ligger på bordet sammen med nøkkelen',  # Latvian thanks for everything
    'btw har gitt alle klærne mine t ida og passordet t insta ligg i notatane. trur ikkje eg treng de meir',  # clothes "t ida", the password in the notes
    'Jeg har tatt en beslutning. Passordene til nettbanken og forsikringen ligger i en konvolutt til brorsønnen min så han slipper å lete. Dere trenger ikke ringe etter helga.',  # an envelope
    'bebakhshid. jeg går ned til fjorden i natt. gi telefonen og jakka mi til min dost Ahmad. khoda hafez',  # the phone and the jacket to a friend
    'e ha gjevi katta te veninna mi å sagt at e ska reise langt ivæg. e ska itte reise nånstad. ville berre at ho sku ha det godt etter me',  # well after one
    'hej. jag har skrivit alla mina lösenord på en lapp bredvid datorn så mamma kommer åt allt sen. ville bara att någon visste det',  # Swedish passwords on a note
    'efter fredag behöver ni inte bry er om mig mer. sista passet i liften är då och sen är jag färdig. med allt alltså, inte bara säsongen',  # Swedish, after Friday
    'lowkey sitter på taket på blokka nå. ser hele otta herfra. fin siste utsikt tbh',  # the last view, on a roof now
    # round 81 (batches 126-127, ordinary batches 122-123)
    'sitt i bilen ved gimsøystraumen bru no. har sitti her i en time. e ikkje redd lenger, det e det rare',  # in the car by a bridge, no longer afraid
    'gitt bort garna te gutten. ska ikkje på sjøen meir. ikkje på nokka meir',  # the nets given away, not to sea any more
    'i natt jeg skrev brev til luuk, si mamma elske deg. etter søndag jeg ikke her mer. ikke si til pua',  # love passed on, not here after a day
    'aciu uz viska. bilen gir jeg til kolega, nøkkel ligger i postkasse. ingen trenger meg mer',  # the car given, object first
    'im done bro. no more. sorry for all dritten jeg har gjort mot dere',  # done, sorry for all the shit
    'Jeg har i kveld skrevet brev til begge mine døtre og takket dem for alt. Brevene ligger i skrivebordet. Etter at Kari gikk bort har jeg ikke lenger noe her å gjøre.',  # letters to the daughters
    'Jeg har ordnet med begravelsesbyrået og betalt alle regninger på forskudd. Etter fredag skal jeg ikke lenger være til bry for noen.',  # no longer a burden
    'Har skrevi brev te ungan. Ligg i øverste skuffen. Gården får dem ta seg av.',  # "skrevi"
    'Takk for alt. Etter fredag e æ itj her meir. Dyra e selt.',  # the word order after a day
    'dzisiaj sendte jeg alle penger til mama i Polen og skrev pozegnanie til henne. dere trenger ikke ringe meg mer, nie bede juz tu',  # Polish farewell
    'selam. jeg har gitt gullkorset og alle klærne mine til søster. egziabher tilgi meg. i morgen jeg er ikke her',  # one thing before "alle"
    'Passord til pc, bank og telefon ligger i en konvolutt på kjøkkenbordet. Melder dette slik at noen finner det.',  # so that someone finds it
    'i gave my cellphone and my jacket to my roommate. pakisabi kay nanay sorry ako. paalam po',  # Tagalog sorry and goodbye
    # round 82 (batches 128-129, ordinary batches 124-125)
    'selam. jeg har gitt telefon og jakke og sykkel til hawey. etter fredag trenger jeg ikke noe mer. Ezgiabher tilgi meg',  # "Ezgiabher"
    'yekenyeley for alt dere har gjort. si til adey i Asmara at jeg var glad i henne. i natt går jeg ned til mjøsa',  # down to the lake tonight
    'ikke tenk på meg egentlig men jeg har kjørt opp til randsfjorden og sitter i bilen og ser på vannet og jeg tror ungene har det bedre hos mamma enn med meg',  # in the car watching the water
    # round 83 (batches 130-131, ordinary batches 126-127)
    'brorsen ska få bilen min, nøklane ligge i postkassen og passordet te mobilen står på ein lapp på pulten. eg treng ikkje nåke av det lenger',  # password left + "nåke av det lenger"
    'kyrne e seld. rifla ligge på kjøkkenbordet. det e nok no.',  # a rifle on the kitchen table + "det e nok no"
    'tau i låven. takk for alt.',  # a rope in the barn + thanks for everything
    'walaal jeg har skrevet brev til carruurta, de skal lese det hvis hooyo ikke er her i morgen. waan daalay, klarer ikke å være mor for dem lenger',  # a letter + "hvis hooyo ikke er her i morgen"
    'dette er sønnen igjen. mamma har gitt alle smykkene og bildene til tante og sier at vi må være snille gutter når hun er borte. hun er ikke syk. jeg blir redd',  # given away + "når hun er borte"
    'har skrevet testament og gitt taxiløyvet til fetteren. zindagi khatam yaar. ammi skal få forsikringspengene etter søndag',  # a will + the insurance money after Sunday
    'I DAG ER DAGEN!!! har gitt bort ALT!!! sofaen hunden klærne!!! føler meg så lett!!! går opp på Preikestolen i natt og skal fly utfor kanten!!! ikke prøv å stoppe meg!!!',  # given away + "ikke prøv å stoppe meg"
    'har gitt bort katten te søstra mi i dag, hu e mye flinkere mæ ho enn æ. trur ikke æ kommer te å trenge leiligheten etter fredag',  # a cat + the flat not needed after Friday
    'butikk stengt, gjeld over alt. con gai skal få ring og gull fra me. xin loi moi nguoi. etter tet jeg er ikke her mer',  # Vietnamese sorry everyone + not here
    'kaka spas for alt du hjalp meg med, wallah du er bra menneske. i kveld jeg skriver brev til mndalakanm. xwahafiz',  # a letter to the children + Kurdish goodbye
    'dont book the meeting next week. wont be around after friday. its fine. its actually fine. passordet til mobilen ligger under tastaturet, til mamma',  # a password left for mum
    'Han kjenner meg ikke lenger, og jeg har ikke sovet en hel natt på fire år. I dag har jeg stått ved vinduet og sett på sjøen hele dagen, hvor stille det må være der ute. Jeg har skrevet ned alle medisinene hans og lagt lista på kjøleskapet, så kommunen vet hva de skal gjøre når jeg ikke er her.',  # the care written down + "når jeg ikke er her"
    'har gitt bort hunden til naboen. sa jeg skal på tur. men jeg komer ikke tilbake. isen på vanet er tyn nå',  # a dog + told a trip, not coming back
    # round 84 (batches 132-133, ordinary batches 128-129)
    'Ate, sorry po. I sent all my pera to anak in Cebu and said goodbye to them on video call. I dont think I need anything after tonight. salamat sa lahat',  # thanks + nothing needed after tonight
    'vanakkam. ennaku romba kastam. jeg har skrevet brev til pillaikal, hvis appa ikke er her mer de skal vite appa elsker dem. kadavul tilgi meg',  # a letter to "pillaikal" + "kadavul tilgi meg"
    'selam. i dag jeg gir min katt til haftey, jeg trenger ikke mer. yekenyeley for alt du gjort for meg, bejaka pass på gual min',  # a cat given + thanks
    'abla ben cok yorgun. jeg skrev til cocuklar at anne elsker dem og at de skal ha det fint hos babaanne. i morgen er jeg ikke her',  # written to the children + "i morgen er jeg ikke her"
    'passord til bank og telefon jeg skrevet på lapp til brolis i litauen. pinigai på konto er til vaikai. etter denne helgen jeg er ferdig, ikke mer darbas, ikke mer noe',  # passwords on a note + "ferdig ... ikke mer noe"
    # round 85 (batches 134-135, ordinary batches 130-131)
    'æ har gitt katta mi te mummu og skreve et brev te veslejenta. kiitos for alt dokker har gjort, æ trur ikkje æ trenge dokker meir etter lørdag',  # the cat "mi" given + thanks
    'har gitt hunden min til naboen og skrevet brev til mamma',  # a close variant
    'Har sagt til ungene at pappa er glad i dem, og brevene til begge ligger i øverste skuff. Ingen kommer til å bli overrasket. Takk for ingenting, NAV.',  # "i øverste skuff"
    'brevet til mamma ligger i nederste skuff. takk for alt',
    'eadni ska få brevet. æ har tatt med tauet ut i fjøset',  # Sámi: mother gets the letter + the rope to the cowshed
    'mamma skal få brevet. tauet ligger i låven',
    'æ har tatt med tauet ut i løa. takk for alt',
    'Jeg vil takke for god oppfølging gjennom årene. Testamentet er ordnet, og morfinen etter min avdøde mann står fremme på nattbordet. Jeg ber om at ingen forsøker å ringe meg i kveld.',  # the will + no calls tonight
    'testamentet er ordnet. ikke prøv å ringe meg i kveld',
    'wallah jeg sa ha det til mamma i dag uten at hun skjønte noe. safi, det er gjort',  # a goodbye she did not understand
    'sa farvel til pappa i går uten at han merket noe. takk for alt',
    'bro im done for real. after friday u wont hear from me again, hshuma uansett det jeg er for familien',  # never hear from me again + a shame for the family
    'jeg er bare en skam for familien. har gitt bort katten',
    'takk for alt, dzieki. i natt jeg gå til broen, ikke mer noclegownia, nie ma sensu',  # thanks + "jeg gå til broen" tonight
    'i kveld jeg dra til brua. takk for alt',
    'ya akhi jeg har skrevet brev til barna mine. hvis jeg ikke svarer mer, gi dem det. khalas',  # a letter + "hvis jeg ikke svarer mer"
    'har skrevet brev til barna. hvis jeg ikke svarer lenger, send det til dem',
    'Dere kan arkivere meg. Takk for alt.',  # oneself filed away + thanks
    'i give my phone and my bank card to my sister already. takk for alt',  # a thing in two words given
    # round 86 (batches 136-139, ordinary batches 132-135)
    'etter fredag trenger dere ikke sende meg flere meldinger. da har jeg ordnet det siste',  # no more messages after a day
    'etter i kveld trenger dere ikke ringe meg. takk for alt',
    'etter fredag er eg ferdig. då er siste lønna inne og ungane har fått det dei skal ha. ingen treng bry seg meir etter det',
    'etter fredag er jeg ferdig. takk for alt',
    'har skrivi ned alle passorda og pin koda te søstra mi. hun trenger dem snart. ha det bra',  # passwords needed soon
    'skriv passorda mine her så nokon får tak i bankid og facebook etterpå. pinkoden ligg under radioen',
    'har skrive ned alle passorda og pinkoden til dotra mi og lagt dei i ein konvolutt saman med eit brev til kvar av ungane',  # a letter to each child
    'Jeg har gitt bort gitaren, platene og sykkelen min denne uka. Det føles riktig å gi alt bort nå.',
    'kan nån hent katten min? nøkkeln ligg under matta. æ treng han itj etter i kveld',  # "nøkkeln"
    # round 87 (batches 140-143, ordinary batches 136-139)
    'rozdalem wszystko. kollegaen fikk bilen min. jutro mnie nie bedzie',  # Polish: everything given away + not here tomorrow
    'etter fredag er det slutt. bestemt mæ',  # over after a day + decided
    'takk for alt. det e over nå. ikkje ring',  # thanks + do not call after it is over
    'har skrevi passorda te søstra mi',  # the passwords + given to a sister
    'har rydda heile huset, vaska golvan og betalt siste regninga. vil ikkje at ungan ska finne det rotete etterpå',  # tidied + found untidy afterwards
    'etter i kveld er det over. bestemt meg',
])
def test_since_round57_indirect_signs_add_up(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", (text, hit)


@pytest.mark.parametrize("text", [
    "der jeg går jeg trenger ikke katt",  # one indirect sign alone is no verdict
    "spas for alt",
    "no er alt i orden etter meg",
    "ingen skal merke noe",
    "møtet kan dere stryke, jeg blir ikke å være her da",
    # round 58 (batches 80-81)
    "cam on nav for alt",  # one indirect sign alone is no verdict
    "går ut i kveld og kommer ikke tilbake",
    "tomorrow i am not here",
    "just wanted someone to know where i am",
    "left the dog with my neighbour",
    # round 59 (batches 82-83)
    "dziekuje for all hjelp",
    "nå er det nok",
    "passordet står på en lapp",
    "standing on the pier",
    "adiós a todos",
    "vil bare at det slutter",  # round 60
    "ville bare si takk for all hjelpen",
    "står på brygga, vannet er kaldt",
    "har gjort alt klart for ungane",
    "der jeg skal hen trenger jeg ikke jakke",  # round 61
    "paldies nav for alt",
    "i wanted to say thank you to my veileder",
    "papirene ligger klare så regnskapsføreren slipper å lete",
    "kiitos kaikesta",  # round 62
    "all my papers are in order",
    "jeg skriver siste melding",
    "etter helga er jeg ikke her mer",  # round 63
    "det var ikke din skyld",
    "har bestemt meg for i kveld",
    "gud tilgi meg",
    "der jeg skal jeg trenger ikke bilen",
    "har lagt alle papirene i orden",
    "lager mat til mannen og barna for en uke og legger i fryseren",
    # round 64 (batches 92-93)
    "det blir ikke mer bry med meg",
    "ikke vits å ringe",
    "kan dere gi sykkelen min til noen som trenger den?",
    "aciu for everything",
    "där jag ska behöver jag honom inte",
    # round 65 (batches 94-95)
    "dyakuyu for all help",
    "har lagt en lapp på kjøkkenbordet",
    "etter fredag skal jeg ikke plage noen mer",
    "my documents are on the table",
    "inshallah she forgive me",
    "im on the roof of the building now",
    "etter fredag trenger jeg ikke flere avtaler med nav",
    "please make sure they get what is left in my account",
    "i wrote letters to mama",
    "beklager alt bryet jeg har vært",  # round 66
    "bankid ligger i en konvolutt til mamma",
    "salamat sa lahat po",  # round 67
    "the cat is with my neighbour",
    "eg er ikkje her i morgon",
    "d e best sånn",  # round 68
    "står på taket på verkstedet, fin utsikt herfra",
    "kan dokk ta katten min?",
    "mie en ole täällä kauan",
    "har sett fram tablettane",
    "mebakhshin for alt",  # round 69
    "jeg er ikke her når dere leser dette",
    "kontoer og passord i konvolutt til kona",
    "står på toppen av Galdhøpiggen helt ute ved kanten",
    "eg ska ikkje vere her neste veke, det e bestemt",
    # round 70 (batches 104-105)
    "eg har ikkje bestemt meg kva eg gjer",
    "ho treng ikkje vite kvifor",
    "si til ungene at pappa elsker dem",
    "havet er så nært her, herlig",
    "katten min er hos naboen nå",
    "resten ordner seg",
    "ikkje ring politiet",
    "tror ikke jeg tar trappa ned igjen, tar heisen",
    # round 71 (batches 106-107)
    "etter fredag trenger jeg ikke noe mer fra nav fordi jeg begynner i jobb",  # a reason given
    "eg har ordna det eg skulle ordne",
    "nøklene ligger på kjøkkenbordet, de finner dem når de kommer",  # keys for a visit
    "i kveld går jeg opp på taket på blokka for å se fyrverkeriet, ikke ring meg",  # fireworks
    # round 72 (batches 108-109, ordinary batches 104-105)
    "skal opp på taket i kveld",
    "passordet til steam ligger på en lapp under tastaturet",
    "eg ska ikkje plage nåken meir",
    # round 73 (batches 110-111, ordinary batches 106-107)
    "ville bare at nån skulle vite at eg e glad i dem",
    "har skrevet et brev te eadni",
    "spasibo za vsjo",
    "passordan ligg på lapp på kjøleskapet",
    "idk hvorfor jeg texter nav av alle folk",
    "sletta insta i går",
    "e ferdig med alt",
    "tror ikke jeg blir her så mye lenger",
    "khoda hafez til alle i nav",
    "i kveld går jeg til brua i Namsos",
    # round 74 (batches 112-113, ordinary batches 108-109)
    "si til veilederen at han ikkje treng å ringe meg meir",
    "ikkje vits å sette opp nokke møte neste uke",
    "passord til bank jeg skrive på lapp til mamma",
    "wrote the passwords down for mum",
    "Takk for hjelpa. Ferdig no.",
    "Etter fredag e det ikkje noko å følgja opp",
    "jeg går ned til sjøen i kveld og blir der",
    "har gitt klærne mine og katten til venninna mi",
    "eg har vore til bry lenge nok",
    "sier farvel nå",
    "lyset slukkes fredag",
    "hvis noe skjer si til dem at jeg elsket dem",
    "etter fredag alt ferdig for meg",
    "after eid I won't be a problem for anybody",
    "Mine papirer ligger samlet på kjøkkenbordet",
    "har lagt passordet til insta på pulten så mamma kan slette kontoen etterpå",
    "sorry for alt bryet jeg har vært",
    "brevet til hooyo ligger under puta mi",
    # round 75 (batches 114-115, ordinary batches 110-111)
    "kanskje Egziabher tilgir meg",
    "Passordene til nettbank og e-post ligger i en konvolutt hos min søster",
    "Dere trenger ikke følge meg opp lenger",
    "etter lønning jeg trenger ikke noe mer",
    "jeg har sendt alle pengene til henne og skrevet hva hun skal gi dem",
    "kjøre ut på isen på stokkavannet nå m bilen",
    "sry for alt bryet eg har laga",
    "spør for en kompis. nei spør for meg",
    "så trøtt av alt. ingen kommer savne meg",
    "Ungan får forsikringa",
    "jeg har skrevet til syn og donka, de skal bo hos tante",
    # round 76 (batches 116-117, ordinary batches 112-113)
    "rydder kjøkkenet så mor slepp å styre med det etterpå",
    "ho treng ikkje mat fra mæ lenger",
    "Eg har ordna det som skal ordnast.",
    "skal ut på isen på vatnet i kveld",
    "når amma finner dem etter fredag så forstår hun",
    "etter søndag trenger de ikke tenke på meg lenger",
    "jeg takket henne for alt hun har gjort for meg",
    "nøkler og koder ligger på kjøkkenbordet",
    "takk for følget",
    "jeg har gitt alle klærne mine til kirka",
    "jeg har skrevet et brev til hver av pillaigal",
    # round 77 (batches 118-119, ordinary batches 114-115)
    "jeg gir min telefon og klær til dost min",
    "etter fredag jeg trenger ikke noe",
    "sist gang jei skriver",
    "når de sover i kveld jeg skal ikke være her mer",
    "hvis noe skjer så vet dere hvor dem er",
    "passordene mine står på en lapp",
    "I have transferred my savings to my wife",
    "No further follow-up will be required from tomorrow onwards",
    "har sakt te ungene at mamma er gla i dem",
    "meg trenger ikke mer. snart ferdig alt",
    # round 78 (batches 120-121, ordinary batches 116-117)
    "hun får vite det etter helga",
    "brevene til barna ligger i skrivebordet",
    "verktøy og bil er gitt til kollega",
    "do widzenia wszystkim",
    "har sagt nabadgelyo til alle i dag",
    # round 79 (batches 122-123, ordinary batches 118-119)
    'aciu uz viska',
    'skrev brev til dukra i Vilnius',
    'takk for i dag. Khoda hafez',
    'anteeksi til alle',
    'etter torsdag trenger dere ikke å ringe meg mer',
    'just wanted someone to know before',
    'nobody at NAV has to deal with my case after this weekend',
    'greit å ha etter søndag',
    'jeg trenger ingenting etter fredag',
    'si til adey i Asmara at jeg elsket henne',
    # round 80 (batches 124-125, ordinary batches 120-121)
    'paldies par visu',
    'passordet t insta ligg i notatane',
    'gi telefonen og jakka mi til min dost Ahmad',
    'fin siste utsikt tbh',
    'ville bara att någon visste det',
    'efter fredag behöver ni inte bry er om mig mer',
    'ville berre at ho sku ha det godt etter me',
    'sen är jag färdig med allt alltså',
    'hunden er overlatt til naboen',
    'sitter i bilen midt på karmsundbrua no',
    # round 81 (batches 126-127, ordinary batches 122-123)
    'e ikkje redd lenger, det e det rare',
    'ska ikkje på sjøen meir. ikkje på nokka meir',
    'etter søndag jeg ikke her mer',
    'Etter fredag e æ itj her meir',
    'bilen gir jeg til kolega',
    'im done bro. no more.',
    'sorry for all dritten jeg har gjort mot dere',
    'skrevet brev til begge mine døtre',
    'Etter fredag skal jeg ikke lenger være til bry for noen',
    'skrev pozegnanie til henne',
    'si mamma elske deg',
    'gitt gullkorset og alle klærne mine til søster',
    'Melder dette slik at noen finner det.',
    'pakisabi kay nanay sorry ako. paalam po',
    # round 82 (batches 128-129, ordinary batches 124-125)
    'i natt går jeg ned til mjøsa',  # alone
    'har kjørt opp til randsfjorden og sitter i bilen og ser på vannet',
    # round 83 (batches 130-131, ordinary batches 126-127)
    'tau i låven',  # alone
    'rifla ligg på kjøkkenbordet',
    'ikke prøv å stoppe meg',
    'xin loi moi nguoi',
    'xwahafiz',
    'mamma sier at vi må være snille gutter når hun er borte',
    'ammi skal få forsikringspengene etter søndag',
    'sa jeg skal på tur men jeg kommer ikke tilbake',
    # round 84 (batches 132-133, ordinary batches 128-129)
    'vesla får klokka mi',
    'æ skal ikkje plag dokker meir',
    'i dag jeg gir min katt til haftey',
    'i morgen er jeg ikke her',
    'jeg skrev til cocuklar at anne elsker dem',
    'etter denne helgen jeg er ferdig, ikke mer darbas, ikke mer noe',
    'I dont think I need anything after tonight',
    # round 85 (batches 134-135, ordinary batches 130-131)
    'æ har gitt katta mi te mummu',
    'brevene til begge ligger i øverste skuff',
    'eadni ska få brevet',
    'æ har tatt med tauet ut i fjøset',
    'Jeg ber om at ingen forsøker å ringe meg i kveld.',
    'ikke prøv å ringe meg i kveld',
    'klemte mamma i dag uten at hun skjønte noe',
    'hshuma uansett det jeg er for familien',
    'jeg er en skam for familien',
    'i natt jeg gå til broen',
    'hvis jeg ikke svarer mer, gi dem det',
    'Dere kan arkivere meg.',
    'i give my plants and my bank card to Nok already',
    # round 86 (batches 136-139, ordinary batches 132-135)
    'etter fredag trenger dere ikke sende meg flere meldinger',
    'etter fredag er eg ferdig',
    'ingen treng bry seg meir etter det',
    'det føles riktig å gi alt bort nå',
    'har skrevet brev til kvar av ungane',
    'hun trenger passordene snart',
    # round 87 (batches 140-143, ordinary batches 136-139)
    'etter fredag er det slutt',
    'bestemt mæ',
    'har bestemt meg',
    'jutro mnie nie bedzie',
    'det er over nå, ikke ring',
    'vil ikkje at ungan ska finne det rotete etterpå',
])
def test_since_round57_one_indirect_sign_alone_does_not_fire(text):
    assert check_message(text) is None, (text, check_message(text))


@pytest.mark.parametrize("text", [
    "tonight we sleep where? landlord change lock",  # broken English word order
    "need a bed for tonight, got nowhere",
    # round 58 (batches 80-81)
    "the power is off and the kids are freezing, i no get money for the bill",  # Pidgin "no get money", the power cut
    "straumen er av og det er minus 12, ungane fryser",  # the power off in a frost
    "we no get money for food",
    "changed the locks and i have nowhere to kip",
    # round 60 (batches 84-85)
    "pinutol ang kuryente, minus 15 sa labas",  # Tagalog, the power cut in a frost
    "strømmen i huset vårt ble stengt, det er minus 20",
    "wala na akong pera, walang pagkain",  # Tagalog "no more money"
    # round 61 (batches 86-87)
    "must leave my room in the barrack on friday, where will i sleep",
    "de stenger strømmen på mandag om vi ikke betaler, ungene fryser",  # the power cut for want of payment
    # round 62 (batch 88)
    "power's been cut off and it's freezing, bairns are cold",
    "er det ein plass eg kan sova i natt?",
    "ive got nowhere to kip tonight",
    # after round 62: the same words as the guarded everyday look-alikes, still an urgent need
    "de stenger strømmen fredag fordi jeg ikke har betalt",  # not paid
    "stenger strømmen i morgen, har ikke betalt nå",
    "the power is off and its minus 15, cant pay the bill, kids are cold",  # no storm
    "har ikke hatt mat siden fredag og har ingen faste inntekter",  # "faste" is no fast
    "han slo meg på hytta, finnes det et sted jeg kan sove i natt?",  # the cabin named, not asked for
    "telefonen har ingen penger og jeg har ingen penger til mat til ungene i helga",  # the phone and no food
    "ikkje mad til ungane i helga",  # round 64: "mad" (food in dialect)
    # round 65 (batches 94-95)
    "strømmen er cut og det er minus 20, ungene fryser",  # broken English "cut", the frost told
    "shelter closes for me tomorrow, where can i sleep? i have no place",
    "trenger krisesenter i kveld",
    # round 67 (batches 98-99)
    "har ikke til mat til ungene i helga",  # no money for food
    "har ikkje kor å sove i natt",  # broken "not where to sleep"
    "the landlord says we must move out by friday, where do we go",
    "treng ein plass å sov i kveld",  # "sov" for "sove"
    "kven kan eg ringe for å få nødbolig i natt",
    "no saapadu since two days, please help",  # Tamil "saapadu"
    "my boyfriend kicked me out, need a bed tonight",  # thrown out, not violence
    # round 68 (batches 100-101)
    "trenger et sted for meg og ungene å sove i natt",  # "for meg og" between
    "treng ein plass å overnatte for meg og guten",
    "fins d et sted vi kan sove i natt?",  # "d" for "det"
    "fikk ikke plass på herberget i natt, hva gjør jeg",  # no place at the shelter tonight
    "net edy doma, deti golodnye",  # Russian: no food at home
    "u nas nemae yizhi",  # Ukrainian: we have no food
    "mannen er full og slår i veggene. finnes d et sted vi kan sove?",  # violence with a bed asked for
    "sover i telt i skogen nå, har ingen plass å bo",  # a tent with no trip named
    # round 69 (batches 102-103)
    "e har itj ei krone igjen",  # "itj ei krone"
    "no tenemos donde dormir",  # Spanish: we have nowhere to sleep
    "mam null pieniedzy, nic do jedzenia",  # Polish money
    # round 70 (batches 104-105)
    "astmamedisinen er tom og jeg har ingenting. han hoster hele natta",  # the medicine run out, nothing to pay with
    "smertestillande er slutt og eg har ikkje råd te å hente ut nye",
    "det er ingenting å gi dem når barna kommer fra skolen",  # nothing to give the children
    "saappadu illai",  # Tamil: no food
    "mannen slår når han drikker. jeg må bort med barna i kveld men vi har ikke noe sted",  # violence, away tonight, nowhere
    "sover i telt nå, har ingen plass å bo",  # a tent with no weekend or trip
    # round 71 (batches 106-107)
    "insulinen min er slutt og apoteket sier jeg må betale. lacag ma haysto",  # insulin out, Somali no money
    "i morgen vi må flytte ut, kontrakten er slutt og vi har ingen ny leilighet. fire barn",  # out tomorrow, nowhere new
    "kom ut i dag og hybelen dem lova e itte klar. blir busskuret på otta i natt",  # the bus shelter tonight
    # round 72 (batches 108-109, ordinary batches 104-105)
    "strømmen e kudd. sidder i mørket med dyna rundt mæ og det e kaldt",  # dialect "kudd", the dark and the cold
    "Eg må ha insulinen min men kortet vert avvist på apoteket",  # the card declined at the pharmacy
    "har ikke medisinene mine lenger. apoteket vil ha penger jeg ikke har",  # money one does not have
    "ingen cunto hjemme og jeg har null lacag",  # Somali "cunto", "lacag"
    "sover i en trappeoppgang i natt",  # a stairwell tonight
    "husverten sier je må være ute tå leiligheta innen fredag",  # Hedmark "je"
    "det er IKKE NOE MAT I HUSET. null på kortet også",  # no food in the house
    # round 73 (batches 110-111, ordinary batches 106-107)
    "elektrisitet er slått av i leilighet, minus 20 ute og min datter fryser. dengi net",  # the power switched off, the cold
    "kjæresten slo igjen. treng et sted for mæ og minsten i natt",  # hit again, a place for oneself and the child tonight
    "copiii kommer fra skolen om to timer og jeg har ingenting mancare i kjøleskap, nimic",  # Romanian "mâncare"
    "Gikk tom for medisinene mine i går, og på apoteket sa de at det koster mer enn æ har igjen på kontoen",  # more than one has
    # round 73: look-alikes of older signs, still firing
    "strømmen er slått av fordi jeg ikke har betalt, kaldt her",  # switched off for an unpaid bill
    "strøm stengt i hytta i går, minus 25 ute",  # living at the cabin, the frost
    # round 74 (batches 112-113, ordinary batches 108-109)
    "medisin for sukker slutt i går. apotek vil ha penger, jeg har ikke. kone sier ring nav",  # the medicine out, no money for the pharmacy
    "jeg har insulin bare til i morgen. apotek si 900 kr. jeg ikke har pere. hva gjøre",  # insulin for a day, no money
    "Charley they cut the light and heating today, it is snowing and my baby is 4 months",  # the light and the heating cut
    # round 74: one cabin rule for the power cut off (a frost, a child or help, and no trip home)
    "strømmen er kutta på hytta der vi bor, minus 15 og ungene fryser",
    "elektrisiteten er slått av på hytta, minus 20 ute og babyen fryser",
    # round 75 (batches 114-115, ordinary batches 110-111)
    "Jeg har ikke fått hentet min hjertemedisin på apoteket fordi pengene er brukt opp denne måneden. Tablettene tok slutt i går. Hva kan gjøres i dag?",  # the money used up, the heart medicine run out
    # round 76 (batches 116-117, ordinary batches 112-113)
    "han drikker igjen og var voldelig i går kveld. jeg kan ikke være i leiligheten i natt med copiii. trenger et sted vi kan sove, te rog",  # a place where we can sleep tonight
    "svigersønnen min slo datteren min i går, nå står hun i døra hos meg med ungene, men jeg har bare ett rom. trenger et sted til dem i natt",  # violence and a place tonight: unsafe_home
    "i dag ble kortet avvist på apoteket. jeg har ingen tabletter igjen fra i morgen tidlig. Har ingen å låne av. Kan noen hjelpe meg i dag?",  # card declined, nobody to borrow from
    "ay, los nietos kommer fra skolen om en time og jeg har bare brød og te i skapet. ingen plata før pensjonen. hjelp por favor",  # Spanish "no money" until the pension
    # round 77 (batches 118-119, ordinary batches 114-115)
    "tabletter for hjertet er ferdig, apotek vil ha penger og jeg har ingenting. tkaya, lege sier må ta hver dag",  # the pharmacy wants money, nothing; not a crisis
    "akhi jeg ingen bait i natt. sove på stasjon i går, veldig kaldt. mafi fulus. hjelp please",  # Arabic: no money
    "Stipend has not come and my account balance is zero today. I am not able to buy groceries or even a bus ticket. Please revert at the earliest.",  # the account balance zero
    # round 78 (batches 120-121, ordinary batches 116-117)
    "kort sagt så er kortet tomt og det er helg og ungene kommer til meg i morgen og jeg har en pose pasta og en halv pakke smør i hele huset",  # "så er kortet tomt"
    # round 79 (batches 122-123, ordinary batches 118-119)
    'itte mat. itte penger. treng hjelp i dag',  # Hedmark "itte"
    'labas. vaikai kommer til meg fredag og jeg har ikke maistas, ikke pinigai. nav kan hjelpe før helg?',  # Lithuanian food and money
    'my insulin is finished and the apotek wants money, sina pesa hata kidogo. what do I do today?',  # Swahili "sina pesa"
    'ungene kommer fra faren sin i morra å æ har itte en brødskive i huset. kontoen er helt tom',  # not a slice of bread
    'Utleier har gitt meg beskjed om at jeg må være ute av hybelen innen i kveld. Jeg har intet sted å gjøre av meg i natt.',  # "intet sted" tonight
    'sover i telt i skogen, har ingen steder å bo',  # a tent with no trip named
    # after round 76: living at the cabin with the power cut off in a frost still fires
    "Strømmen på hytta er stengt, minus 15, jeg bor her og har ingen andre steder",
    # round 80 (batches 124-125, ordinary batches 120-121)
    'wala po kaming pagkain, the kids come home from school at 3 and the ref is empty. ano gagawin ko',  # Tagalog, no food
    'banken tek garden. må ut fredag. veit ikkje kvar e skal bu',  # the bank takes the farm
    'kjæresten va så sinna i går at e itte tør å vera heime i natt. finns de nån stad e kan sova?',  # afraid at home, a place asked for tonight
    'salam, mannen jeg bor hos slår meg når han drikker. jeg kan ikke gå hjem emshab. trenger en jay å sove',  # violence told as a need for a place tonight
    # round 81 (batches 126-127, ordinary batches 122-123)
    'Jeg har ikke råd til å hente ut hjertemedisinene mine på apoteket før pengene kommer. Jeg har to tabletter igjen.',  # heart medicine
    'Medisinene er tomme. Ingen midler til å hente ut ny resept før utbetaling. Ber om bistand i dag.',  # no means to fetch a new prescription
    'the house owner change the lock, all my things is outside in the snow. wala akong matutulugan tonight',  # Tagalog, nowhere to sleep
    'e blakk som faen i dag, har ikke mat, når kommer pengan',  # broke today with no food still fires
    # round 82 (batches 128-129, ordinary batches 124-125)
    'utleigar sa eg må vera ute innan fredag og eg har ikkje funne nåke anna. kvar skal eg bu',  # Nynorsk "vera"
    'husverten sa ja må være ute innen fredag. harke no sted å dra. ka gjør ja',  # "ja" for "jeg"
    'jina min og zarok har ikke spist i dag. lønn kommer ikke før neste uke og huset er tomt for mat',  # empty of food: a need, not tidying
    'no tengo plata po, ingenting til mat i dag og bilen er tom for bensin, barna venter hjemme',  # "po" after it
    'Jeg er gått tom for mine faste medisiner, og apoteket krever betaling. Jeg har ingen midler før neste måned, og smertene er allerede sterke.',  # run out of medicine
    'medisinen te astmaen e tom og ja harke penger te å hente ny på apoteke. pusten e dårli',  # "harke penger"
    # round 83 (batches 130-131, ordinary batches 126-127)
    'Smertemedisinen er tom og apoteket vil ha 900 kroner som jeg ikke har. Legen er på ferie.',  # a sum in kroner one does not have
    'medisinen min er tom. apoteke vil ha penger. har ikke. trenger den idag',  # "penger. har ikke"
    'astma medisin til datter er slutt, apotek vil ha penger, para niya. hun trenger den i kveld',  # urgent, not crisis
    'chu nha bytter lås i morgen, vi må ut, hvor skal vi bo med to barn troi oi',  # Vietnamese landlord changes the lock
    'mat. har ikke. tre dager nå. kontoen viser minus 12 kr. helg. trenger noe i dag ikke mandag',  # food named first, three days
    # round 84 (batches 132-133, ordinary batches 128-129)
    'Insulinen er tom og apoteket i Lakselv vil ha betalt, og kontoen står på null etter at husleia gikk. Legen sier jeg ikke kan vente til mandag. Hvem hos dere kan ordne noe i dag?',  # "kontoen står på null"
    'astmamedisin til gual er slutt og apoteket vil ha penger, jeg har ingen genzeb før neste uke. hun hoster hele natta',  # a compound medicine word, Tigrinya "genzeb"
    'insulinet er nesten tomt og apoteket sier det er ikke dekket, para yok. trenger det i dag, ikke neste uke',  # Turkish "para yok"
    'sin plata, cero. not even for the bus tomorrow or for food today. hay algun nødhjelp or something?',  # Spanish: no money, food named
    # round 85 (batches 134-135, ordinary batches 130-131)
    'brakka må tømmes søndag når kontrakten går ut, har ikke fått noe annet og flybillett sørover koster alt for mye, hvor skal jeg bo?? haster',  # the barracks to be emptied
    'leiligheten må forlates fredag, har ikke funnet noe annet sted. hjelp',
    'hybelen må tømmes til mandag og jeg vet ikke, hvor skal jeg bo',
    'strømmen gikk i går pga ubetalt regning. det er 4 grader inne og jeg sitter med lue og votter som en polfarer. trenger hjelp i dag, ikke neste uke',  # the power gone for a bill
    'strømmen ble borte fordi jeg ikke har betalt. det er kaldt',
    'power went off because of an unpaid bill, kids are cold',
    'insulinen til jenta er nesten tom og apoteket vil ha penger. har ingenting før den 20',  # "har ingenting" after the pharmacy's money
    'medisinen til gutten er tom og apoteket vil ha penger, har ingenting til lønning',
    'sin plata para el bus mañana pero no tengo comida',  # no money and no food: still a need
    # round 86 (batches 136-139, ordinary batches 132-135)
    'kan eg få sove ein plass i natt? kan ikkje vere heime, han er full og sint igjen',  # not able to be at home with him drunk
    'can not stay at home tonight, he is drunk and angry',
    'i dag kom det brev om at jeg må være ute av leiligheten innen fredag. Jeg har to barn',  # out of the flat by a day
    'må være ute av huset innen mandag, har tre barn',
    'mafi akel, mafi flous. 3 barn',  # Arabic
    'mafi flous',
    'null mat te ungan i helga',
    'null mat til barna',
    'vi er sju i campingvogna og dom tauet den bort fra plassen i dag. ungene fryser',  # the caravan towed away
    'bobilen ble tauet bort, ungene fryser i natt',
    'It is minus 15 outside, the heating has been broken for four days and my baby is sick',  # no heating in hard frost, with a baby
    'ovnen er ødelagt, minus 20 ute og babyen er syk',
    # round 87 (batches 140-143, ordinary batches 136-139)
    'no house from tomorrow. baby 2 month',  # no house from a day on
    'ingen leilighet fra fredag, har to barn',
    'Jeg bor alene på et lite småbruk og oljefyren gikk tom for ei uke siden. Jeg har ikke råd til å fylle den, og nå er det kuldegrader inne',  # the oil burner gone empty
    'ovnen gikk i stykker i forrige uke og vedbua e tom. de har vært minus 10 på lista heile uka og ungane sover med jakka på i stua',  # the stove broken in frost, children
    'fikk melding fra strømselskapet om at de stenger i morgen kl 12. har ei baby på 3 mnd og ingen ved',  # the power company closing tomorrow, a baby
    'oljetanken e tom og æ har ikkje penga te ny fylling før pensjonen kjem. det e 9 grader inne. vil ikkje mase, men det går ikkje lenger',  # despair words after a plain lack of heat: the need
    'jeg er 63 år og bor alene. kjøleskapet har vært tomt siden tirsdag og jeg har ikke en krone før den 20. har spist havregryn i tre dager og nå er det slutt på det også',  # the oats ran out: the need
    'har kun 10 kr igjen og ingen mat',
    'har kun 10 kr igjen på kortet og ingen mat, ring meg',
    'i am broke, no food',
    'i am broke',
    'kjøleskapet e tomt og eg ser ingen veg vidare',  # round 87 review: no way onward after a plain lack of food is the need
    'my hand got crushed and broke. now i am broke',  # round 87 review: a bone that broke, and money too
])
def test_since_round57_urgent_need_phrasings(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "urgent_need", (text, hit)


def test_round57_violence_with_a_bed_asked_for_tonight_is_urgent_need():
    hit = check_message("he came at me wi a knife, need a bed somewhere tonight")
    assert hit is not None and (hit.intent, hit.category) == ("urgent_need", "unsafe_home"), hit


@pytest.mark.parametrize("text", [
    "vil jeg dø av kjedsomhet på dette kurset? haha",  # boredom
    "vil jeg dø hvis jeg tar to paracet med alkohol?",  # a question about a medicine
    "har tenkt mye på hvordan jeg skal gjøre det på intervjuet i morgen",  # an interview
    "tenker på hvordan jeg skal gjøre det med flyttingen i kveld",  # a move
    "fant et tau i boden, jeg vet hva jeg skal bruke det til: huske til ungene",  # a swing
    "lett å bare la seg falle bakover på trampolinen",  # a trampoline
    "står utenfor gjerdet på fotballbanen og venter",  # a fence, no height
    "der jeg skal på ferie trenger jeg ikke jakke",  # a holiday
    "dit jeg flytter trenger jeg ikke bil",  # a move
    "der jeg går på skole trenger jeg ikke pc",  # school
    "banken sender pinkoden i en konvolutt til meg",  # sent to oneself
    "vi planlegger overraskelse til mamma, ingen skal merke noe",  # a surprise
    "i morgen er ikke meg her, jeg er på kurs i Bergen",  # a course
    "tomorrow i will not be here, i travel to my sister",  # a trip
    "har ikke tenkt å gå hjem igjen i kveld, sover hos kjæresten",  # a night away
    "jeg er ferdig med alt papirarbeidet nå",  # a task
    "ferdig med alt på lista i dag!",
    "møtet blir på teams, kanskje bedre sånn",  # one indirect sign alone
    "takk for kurset, men det var bortkastet på meg, jeg kunne alt fra før",  # a course known already
    "I am tired of fighting with the landlord about the deposit",  # fighting with someone
    "no puedo más tarde, lo siento",  # "later"
    "ungene var hos meg siste gang i påsken",  # the last time they were
    "si til veilederen at jeg er lei for det, jeg glemte møtet",  # sorry for a meeting missed
    "skal ut ytterst på moloen i kveld og fiske sei",  # fishing
    "rahmat for alt dere har hjulpet med",  # thanks alone
    "need a bed for my guest tonight, any tips",
    # round 58 (batches 80-81)
    "har bestemt meg for operasjon, etter fredag skal eg ikkje ha vondt meir",  # an operation
    "hvis ingen ringer meg før fredag så er det slutt på tilbudet?",  # the end of an offer
    "enklast om eg berre gjekk ut i sjøen og bada litt",  # bathing
    "tenker å dø av latter av denne videoen",  # laughter
    "lettere for alle om jeg bare forsvinner en time til butikken",  # an hour, an errand
    "legen sa jeg kan skru av oksygenen i natt",  # the doctor said
    "tonight i take all the kids to the cinema, my pills are in the bag",  # the kids
    "stemmene i koret sier at vi skal gjøre det igjen",  # a choir
    "my flatmate locked himself out, he said he will end it with his girlfriend",  # locked out, a break-up
    "reiser bort til Spania for godt, flytter dit og kommer ikke tilbake",  # a move
    "drar opp på hytta i helga og kommer ikke tilbake",  # no second sign
    "tomorrow i am not here, i travel to oslo",  # a trip
    "i won't be needing the flat after tonight, moving to my new place",  # a move
    "standing at the edge of the cliff on a hike, great view",  # a hike
    "left the dog with my sister for the weekend, takk for alt",  # a weekend
    "have put my papers in order for the meeting on monday",  # a meeting
    "ingen trenger meg i morgen, så jeg tar fri",  # "i morgen"
    "kommer ikke på kurset i dag, orker ikke mer excel etter gårsdagen haha",  # excel is a task
    "kan vi bytte veileder? det er ingen vits å fortsette sånn med oss to",  # a veileder one asks to change
    # round 59 (batches 82-83)
    "nie mam siły na ten kurs dzisiaj",  # no energy for a course
    "ek is moeg van alles die werk vandag",  # tired of the work
    "vi har kjempet lenge nok for denne saken, nå klager vi",  # fought for a case
    "been cutting again the grass in the garden",  # the grass
    "mil gracias por todo hoy, hasta luego",  # thanks for today
    "det er bedre om jeg ikke var her når håndverkerne kommer",  # when the workmen come
    "har lagt alle medisinene i en pose til apoteket, det blir nok i kveld",  # for the pharmacy
    "kompisen sendte meg et bilde av et tau fra klatreturen og skrev siste kveld på fjellet",  # climbing
    "går uti i kveld og bader med ungene",  # bathing
    "står på demningen og fisker i natt",  # fishing
    "standing on the pier waiting for the ferry, tell my mum sorry",  # waiting for the ferry
    "standing at the edge of the roof clearing snow",  # work on a roof
    "gracias y adiós a todos, hasta mañana",  # goodbye for today
    "cut myself on the tin opening the beans",  # a cut "on" a tin (an older pattern, round 59)
    "i have taken all my vitamins for today",  # all of today's pills
    # round 60 (batches 84-85)
    "fikk tak i en pistol til jakta, så er det over med leitinga",  # hunting
    "hindi ko na kaya pumunta sa meeting bukas",  # can't make it to a meeting
    "pass på så du ikke skjærer deg igjen",
    "vil skjære meg en skive brød",
    "broren min døde i fjor, jeg vil gå samme veien som han gikk til Santiago",  # a route walked
    "det er best for alle at jeg ikke er her når de maler",
    "har kjøpt nok til en siste shot tequila på festen",
    "glemte hele insulinpennen hjemme, trenger ny i kveld",
    "pappa står med kniven og sier han skal gjøre det nå, kaka er klar",  # cutting a cake
    "står på brygga og venter på båten, vannet er mørkt",
    "har gjort alt klart for ungane til skolestart",
    "kommer ikke på møtet eller noe møte før i mars",
    "wala na akong pera sa load",  # phone credit
    # round 61 (batches 86-87)
    "sonen skar seg i fingeren, det blør litt",  # a finger, a little blood
    "my sister cut herself on a glass, just a little blood",
    "han sa han har laget et tau til klatringen",  # climbing
    "etter ferien vil jeg ikke være her lenger, vi flytter til Bergen",  # a move
    "i no go dey again for that office",  # a place
    "i no fit again come tomorrow",  # a task after it
    "jeg kommer ikke til å være her da, jeg er på hytta",  # a stay
    "laget er bedre tjent uten meg på midtbanen",  # a team
    "everybody go better if i no dey for the meeting",
    "ingen savne mæ på festen i kveld",
    "we must leave the hotel room tomorrow, where i sleep next?",  # a hotel
    "der jeg skal på ferie trenger jeg ikke jakke. takk for alt",  # a trip
    "i wanted to say thank you to my veileder for the help with the cv. takk for alt",  # a reason named
    "i am on the mountain by the edge, hiking with friends. takk for alt",  # a hike
    # round 62 (batches 88-89)
    "stemmene i koret sier vi skal gjøre det igjen i kveld",  # a choir
    "legen sa jeg kan ta alle tablettene på en gang, kan jeg det?",  # a doctor, a question
    "har hengt opp tauet i låven til huska for ungane",  # a swing
    "tenkjer eg berre går uti og badar i sjøen i kveld",  # bathing
    "står på stillas i 8 etasje på jobb, i dag jeg hopper over lunsj",  # work
    "har ny rifle i skapet og tenker på den hele tiden, gleder meg til jakta",  # the hunt looked forward to
    "its better for my son if i am not here when he visits",
    "jeg er ferdig med alt på jobb etter fredag. takk for alt",  # work
    "kommer ikke på møtet mer før i august. takk for alt",  # before a date
    "takk for alt! flytter til dattera mi i mai og har gitt bort møblene. ny adresse kommer",  # a move to family
    "skrev brev til barnebarna til jul. takk for alt",  # Christmas
    "gave the dog to my neighbour for the weekend. takk for alt",  # a weekend away
    # look-alikes of older signs (after round 62)
    "står i garasjen med motoren i gang for å tine frontruta",  # a car defrosted or warmed up
    "satt i bilen i garasjen med motoren på og varmet den opp før jobb",
    "the car is running in the garage to warm it up before work",
    "står i garasjen med motoren i gang og mekker på bilen",  # mended
    "the heating is off because of the storm, hope it comes back soon",  # a storm, an outage, maintenance
    "power is off in the whole street, outage until tonight",
    "the power has been cut off by the storm, its cold in here",
    "de stenger strømmen i hele gata på fredag pga vedlikehold",
    "ikkje leit etter meg på kontoret i dag, eg er på kurs heile veka",  # a course, a seminar
    "ikke let etter meg i morgen, skal på seminar i bergen",
    "going to walk into the sea to cool off, its so hot today",  # cooling off
    "thinking about going into the water to cool down after the run",
    "katten ligger på gulvet og puster rart, må jeg til dyrlegen?",  # an animal
    "the dog is lying on the floor breathing weird, vet is closed",
    "har ikkje hatt mat sidan i morgon, det er ramadan",  # a fast
    "ikke hatt mat siden soloppgang, jeg faster",
    "har samla alle tablettane i ein pose til apoteket for å levere dei",  # for the pharmacy
    "samlet medisinene til pappa i dosetten for uka",  # a relative's dosett
    "samler pillene til mormor i dosett hver søndag",
    "de stenger strømmen i morgen, men jeg har betalt regningen nå",  # already paid
    "stengte straumen i går men regninga er betalt no",
    "skrev brev til familien og til kona til bursdagen hennes",  # a birthday, Christmas
    "har skrevet brev til barna til jul",
    "er det et sted jeg kan sove på campingen i helga?",  # a trip, a cabin
    "finst det ein stad eg kan sova på hytta til helga?",
    "har valgt salmer til begravelsen til far, takk for hjelpa",  # someone else's funeral
    "har skrevet ned salmene til gravferda hans",
    "mobilen har ingen penger nå, kan du ringe meg etter kl 15?",  # the phone has no credit (after round 62)
    "telefonen min har ingen penger, bare sms virker",
    # round 63 (batches 90-91)
    "jeg er ikke her mer etter jul, flytter til Bergen",  # a move, a new job
    "etter fredag er jeg ikke her mer, begynner i ny jobb",
    "i am on the bridge now, on my way to the meeting",  # on the way, a train, pictures
    "im on the railway bridge now, train is late",
    "i am on the golden gate bridge now taking photos",
    "der jeg skal på ferie trenger jeg ikke jakke. takk for alt",  # a trip
    "har lagt alle papirene i orden før møtet",  # for a meeting
    "passordet står i permen, kona finner det når hun kommer hjem fra ferie",
    "har hagla i bilen til jakta i morgen, i kveld jeg renser den",  # the hunt, cleaning, the hunters' exam
    "har rifla i bilen, skal på jegerprøven. i morgen jeg avslutter det",
    "tonight i finish it, the painting is almost done",
    "i would rather die than go back to that job",  # back to work or school
    "heller dø enn å gå tilbake til skolen lol",
    "tror jeg bare går uti og bader, vannet er varmt",  # bathing, fishing
    "står på brygga og fisker, tror jeg bare går uti",
    "det var ikke din skyld at møtet ble avlyst",  # a fault named
    "it was not your fault that the letter came late",
    "cut my finger again while cooking, deeper this time",
    "skrev brev til NAV, lagt på kjøkkenbordet",
    "lager mat til familien for en uke og legger i fryseren før jeg drar på kurs",  # a course, a shift, a trip, meal prep
    "lager mat til mannen og barna for en uke og fryser ned, skal jobbe nattevakter",
    "cooked food for the kids for a week and put it in the freezer before my trip",
    "gjelda forsvinn ikkje med meg",
    "gud tilgi meg for at jeg spiste kaka. takk for alt",
    "orker ikke mer prat i dag",  # a talk, not life
    "orker ikke mer snakk om jobb i dag",
    "står på toppen av hoppbakken og skal hoppe, trening i kveld",  # ski jumping
    "my roommate locked himself in the bathroom, he is not answering, probably in the shower",
    # round 64 (batches 92-93)
    "ho klarar seg betre med veslejenta utan meg i helga",  # a weekend
    "nebegaliu ateiti i susitikima",  # what one can't do named
    "nu mai pot sa vin la intalnire",
    "orker ikke en dag til med denne forkjølelsen",  # a cold, a course
    "klarer ikke en dag til på kurset",
    "har bestemt meg for å flytte, det blir siste natta",  # a move
    "står på jernbanebrua og tar bilder, toget kommer kl 14",  # pictures
    "venter på perrongen, toget kommer 22.05",  # no bridge
    "står på brua og fisker makrell i kveld",  # fishing from the bridge
    "ungene har steiner i lommene etter turen til sjøen",  # the children
    "etter i kveld er jeg ikke her mer, flytter til bergen",  # a move, a trip
    "etter i kveld er jeg ikke her mer, ferien starter",
    "min kone sier hun tar alle pillene som legen sa",  # no one unanswered
    "my mum says she takes all her pills and answers every call",
    "jag har sparat pengar hela månaden",  # money saved
    "mamma sier hun hopper over middagen, hun står på taket og måker snø",
    "takk for alt, dere skal ikke ha mer bry med meg nå som jeg har fått svar",  # an errand done
    "cut the hedge again, deeper this time",  # round 64: a thing named as what is cut
    "ingen kommer til å savne meg på hoppbakken når jeg legger opp",  # retiring from a sport
    # round 65 (batches 94-95, ordinary batch 91)
    "takk for alt. flytter til bergen i juni og har gitt bort senga",  # a move named with a time: good news
    "dyakuyu for all help with the application",  # help with a thing named
    "har lagt en lapp på kjøkkenbordet til ungene om middagen",
    "skal ikke plage noen mer med spørsmål i dag",
    "sitter på kaia og fisker, greit å bare gå uti etterpå",  # fishing, the warmth, the children
    "sjøen var så varm, lettest å bare gå uti fra kaia",
    "sjøen er så fin i dag, så greit å bare gå uti fra brygga med ungene",
    "ferdig med alt på kurset nå. ha det",  # a course, a NAV errand
    "ferdig med meldekortet og alt nå. ha det",
    "sitter med kniven og skreller poteter, det er slutt på smøret",  # cooking, whittling
    "drukket kaffe hele dagen og sitter med kniven og spikker",
    "my documents are on the table at home, can i send them tomorrow?",
    "i hope my sister forgives me for being late",  # forgiveness for a thing named
    "har alle pillene fra legen i skapet, i morgen slutt på kuren",  # the end of a course of pills
    "the power company cut us off this morning, it's cold",  # English "cut" without "off" stays as it was
    "where do i sleep on the trip? i have no place booked",
    "trenger informasjon om krisesenter for en venninne",
    "i am on the roof of the building now fixing the antenna",  # work up there
    "etter fredag trenger jeg ikke flere avtaler fordi jeg begynner i jobb",  # a reason given
    "da lever jeg ikke lenger på sosialen, har fått jobb",  # living on, alone
    "da lever jeg ikke lenger alene, kjæresten flytter inn",
    "har funnet et fint sted på kanten av stupet, skal dit i kveld og se solnedgangen",  # the sunset
    "make sure they get the rest of the cake",
    "ne mozhu bilshe chekaty",  # "can't wait any more"
    "gitt bort sofaen. i am not a problem for anyone, just asking about my payment",  # an errand asked about
    # round 66 (batches 96-97, ordinary batch 93)
    "i not want live more in this flat, can i get another room",  # living somewhere
    "nie chce zyc w tym miescie, szukam pracy",
    "det beste for guten er at eg ikkje er her meir enn to dagar i veka",  # more than
    "det beste for firmaet er at jeg ikke er her lenger",  # no one close named
    "aaja raati eg går ut i fjorden og fisker",  # fishing
    "har steiner i sekken til steinbedet i hagen, står ved brygga",  # a garden
    "trener med steiner i sekken langs elva",  # training
    "stones in my backpack for the garden wall, walking by the river",
    "isen ved fossen er tykk, det er bare å gå utpå",  # the ice
    "vannet er 20 grader, det er bare å gå uti",  # bathing weather
    "det er bare å gå uti",  # no water or height named
    "står ved sarpsfossen på tur med ungene, d e bare å gå utpå brua og ta bilder",
    "siste dag på kurset i dag, så dette blir siste melding fra meg. takk for alt",  # the last day of a course as the reason
    "last day at the placement today so this is my last message, bye all",
    "jobben slutter i dag, så dette blir siste meldinga fra meg. ha det bra",
    "i kveld tar jeg alle pillene som legen har sagt",  # as the doctor said
    "i kveld tar jeg pillene før jeg legger meg",  # not all of them
    "the teacher kicked me out of class today, can we move the meeting",  # out of a class, not a home
    "they kicked me out of the pub last night lol",
    "dei hadde hatt det betre uten meg på turen, eg var sjuk heile tida",  # better off without me on a trip
    "i morgon er eg ikkje her lenger, eg flyttar til bergen. takk for alt",  # a move, with thanks
    "my friend say he will jump on the train at the station",  # a train, not a height
    "friends on the kai say they will jump in for a swim",  # bathing
    "kompisen på brygga sier han skal hoppe inn i laget",  # joining a team
    # round 67 (batches 98-99)
    "sitter i bilen i låven med motoren på for å varme den opp",  # a car warmed up
    "står ytterst på moloen og fisker, det er enklest sånn",  # fishing from the breakwater
    "at the end of the pier taking photos, the water is so dark, im so tired",
    "sitter på kaia, har lyst å kjøre ut på tur i helga",  # a drive out
    "i save my insulin in the fridge, tonight i take it",  # kept, not saved up
    "ninguém vai sentir falta de nada",  # nothing missed
    "eg er ikkje her i morgon, er på kurs",  # away at a course
    "eg er ikkje her i morgon bare så dere vet, skal på hytta",
    "the cat is with my neighbour while im on holiday",
    "sold the ps5, i wont be needing any of it now that i have a new one",  # a clear-out
    "skal til graven hennes med blomster, eg skal til henne snart",  # a grave visited
    "the landlord says we must be out on friday for the painters",
    "orker ikke mer skole, kan jeg få bytte veileder?",  # school named
    # round 68 (batches 100-101, ordinary batches 96-97)
    "ya ne khochu zhyty v tsomu misti",  # living in a place
    "ne mogu bolshe zhdat, kogda pridet oplata?",  # can't wait any more
    "ya ne mozhu bilshe chekaty na vidpovid",
    "nu mai pot să vin la kurs pe luni",  # can't come any more
    "nu mai am putere în telefon, sun mâine",  # no power in the phone
    "har ikke mer å gi deg, pengene er brukt",  # nothing more to give you
    "naboen slår plenen nå, så bråkete",  # mowing the lawn
    "faren slår broren min i sjakk akkurat nå haha",  # a game
    "skal gå en tur i fjellet i kveld og kommer ikke tilbake før søndag",  # a trip
    "vi går på hytta på fjellet i kveld og kommer ikke tilbake før søndag",
    "i walk by the water every evening and i dont walk back, i take the bus home",
    "ungene får en ny far i helgene, det er greit",
    "tok med alle pillene mine til legen i dag",  # pills taken to the doctor
    "kan dere ta katten min mens jeg er på ferie? takk for alt",  # a pet minded while away
    "står på taket og måker snø, fin utsikt herfra. takk for alt",  # a roof job with a fine view
    "står på taket på operaen, for en utsikt! takk for alt",
    "morfar døde i fjor, han var 90. vil være der han er gravlagt i morgen",  # a grave visited
    "har satt fram tablettene til mor for i morgen. takk for alt",  # pills set out for someone else
    "en ole täällä huomenna, olen lomalla. kiitos kaikesta",  # away on holiday
    "fikk ikke plass på hotellet i natt, tar et annet",  # a hotel
    "fikk ikke plass på hostelet i natt, tar hotell",
    "stemmene sier at jeg skal synge i kveld",  # a choir
    "ungene finner seg en annen pappa å leke med i barnehagen",  # someone to play with
    "legger meg nå med alle tablettene jeg skal ta i morgen på nattbordet",  # pills one is to take
    "thanks for everything, after friday i will not be here, i start a course in Bergen",
    "eg klarar meg godt sjølv no. takk for alt, dette blir siste melding fra meg",  # good news: managing well on one's own now
    "vi sover i telt i helga på tur, så eg svarar på måndag",  # a tent on a trip
    "sleeping outside on the festival this weekend, can we move the meeting?",
    "bror min slår meg alltid i sjakk haha",  # beaten at a game
    "my son beats me at fifa every time, anyway can we talk tomorrow?",
    # round 69 (batches 102-103, ordinary batches 98-99)
    "kan nån hjelp m cv-en? orker snart ikke mer av den haha",  # tired of a task named, with a laugh
    "ferdig m alt på kurset nå, ha det",  # done with a course or a task
    "søknaden e sendt, ferdig m alt. ha det",
    "ferdig m alt te eksamen. ha det",
    "vi tok hagla ut av skapet, skal på jakt i morgen",  # the hunt
    "tok hagla ut av skapet for å rense den",
    "tauet er festet oppe i låven til høyet",  # hay or animals in the barn
    "tauet er festa i låven for kalvane",
    "står på toppen av Lyderhorn helt ute ved kanten, for en utsikt! takk for alt",  # a view or a hike from the top
    "på tur: står på toppen av Ulriken helt ute ved kanten. takk for alt",
    "står helt ytterst på kaia og fisker, vannet er svart og kaldt. takk for alt",  # fishing from the quay
    "har skrivi ned kem som ska ha ka av møblan, vi flytte te Bodø i mars. itj si nå te dattra mi før etter helga",  # a move
    "han sier han skal drepe han i fifa i kveld haha",  # a game
    "kompisen min la ut på face at han skal gjøre slutt på det med dama, og han svarer ikke",  # a break-up
    "I have all the insulin I need for tonight, thanks",
    "har skåret i armen på glasset igjen",  # a glass, at work
    "har kuttet i armen på jobb igjen",
    "på fredag skal jeg gjøre slutt på det med kjæresten",
    "etter helga skal jeg gjøre slutt på det, snusen altså",  # a habit
    "eg ska ikkje vere her neste veke, er på kurs i Oslo. takk for alt",  # away on a course or a holiday
    "jeg er ikke her når dere leser dette, er på ferie til mandag. takk for alt",
    # round 70 (batches 104-105, ordinary batches 100-101)
    "kuttet meg med kniven på kjøkkenet i praksis i går, de sydde to sting",  # a cut with the knife at work
    "sov i telt i helga mæ ongane, herleg",  # a tent at the weekend
    "vi sover i telt på Hovedøya i helga, ikke send noe før mandag",
    "tok fram tauet i garasjen for å taue bilen",  # a rope for towing or a boat
    "det ligger et tau i boden til båten som jeg har tenkt på hele dagen",
    "isen bærer ikke ennå, like greitt å vente med skøytene",  # skating
    "står på taket og legger takstein, det er høyt nok til at jeg trenger sele",  # work on a roof
    "vil bare at alt skal slutte å gå så tregt med søknaden",  # "slutte å ..."
    "ikke noe poeng at jeg er her lenger på kurset",  # a course
    "naboen slår han igjen i sjakk akkurat nå haha",  # a game
    "i filmen står han med kniv og truer henne akkurat nå",  # a film
    "medisinen er tom, har ingenting å klage på, kan legen sende ny resept?",  # nothing to complain of
    "det er ingenting å gi dem til jul i år, barna får vente",  # gifts
    # round 71 (batches 106-107)
    "har talt opp tablettane og det er nok til ferien",  # enough for the holiday
    "har kuttet meg stygt i hånda med motorsagen, må jeg sende sykmelding?",  # an accident with the chainsaw
    "tenker på å bruke kremen på meg selv også",  # a cream
    "kompisen min er full og alene på hytta og sier han vil henge seg på turen vår i morgen",  # "henge seg på" a trip
    "i morgen må vi flytte ut, men vi har fått ny leilighet",  # a new flat got
    "isen på vatnet er tynn no, eg går ut dit og pilkar i kveld",  # ice fishing
    # round 72 (batches 108-109, ordinary batches 104-105)
    "Hagla e klar te rypejakta neste veke, kan me flytta møtet",  # the shotgun for the hunt
    "er blakk som vanlig før lønning hehe. kommer pengene fredag?",  # broke as usual before pay day
    "er på hytta uten strøm hele helga, ring meg mandag",  # no power at the cabin
    "strømmen e kutt pga stormen, det e kaldt men går fint",  # a storm
    "kortet ble avvist på butikken, hva er saldoen?",  # not at the pharmacy
    "isen er tunn no, eg tenkjer å gå utpå og pilke i kveld",  # ice fishing
    "ska ut te havs med båden i mårra, kjem ikkje tebage før helga",  # back before a time
    "legger alle tablettene i dosetten på kjøkkenbordet",  # a dosett
    "i filmen står hun med kniv og sier hun stikke meg nå",  # a film
    "can i get a room to stay for the course tonight?",  # a course
    "orker ikke være her etter i morgen på kurset",  # a course
    "det er ikke noe mat i huset som ungene liker, kan dere flytte møtet?",  # food the children like
    "skal opp på taket i kveld og se fyrverkeriet. bare så noen vet det",  # fireworks
    "passordet til wifi står på en lapp, bror min kan få accounten min mens jeg er på ferie",  # the wifi, a holiday
    "kompisen min sier han vil dø av kjedsomhet på kurset",  # an idiom
    "jeg vil bare dø av latter når jeg ser den videoen",
    # round 73 (batches 110-111, ordinary batches 106-107)
    "har ladet hagla til rypejakta i morgen",  # loaded for the hunt
    "isen er tynnest ved osen, vi kjører skoteren ut på isen og fisker i kveld",  # ice fishing
    "skal svømme i havna i kveld. vil gå inn og ikke komme opp igjen før jeg har svømt til bøya",  # a swim
    "tar sjarken ut aleina i natt på fiske, kjem ikkje tebake før i morra",  # fishing, back before a time
    "kompisen min sitter i bil i garasjen med motoren på for å varme den opp",  # warming up the car
    "har lagt alle pillene på bordet, i kveld jeg tar dem som legen sa",  # as the doctor said
    "alle tablettene er i en pose på bordet til apoteket",  # for the pharmacy
    "min venn sa han skal ta seg selv i nakken og begynne å trene",  # "ta seg selv i nakken"
    "kjæresten slo igjen døra og gikk, kan vi ta møtet i morgen?",  # a door shut
    "trenger et sted for meg og kollegaen i kveld til møtet",  # a place for a meeting
    "elektrisiteten er slått av på hytta, minus 20 ute, vi drar hjem i morgen",  # the cabin
    "det koster mer enn jeg har lyst til å betale på apoteket, finnes det billigere medisin?",  # more than one wants to pay
    "overdose av kaffe og venting, har sittet på nav-kontoret i to timer nå. seriously",  # an overdose of coffee
    "flytter til trondheim neste måned, giving away all my furniture, just fyi",  # a move
    "spasibo za vsyo! tusen takk for hjelp med tolk og alt, jeg er så glad",  # thanks with a help named
    "jeg går til brua i kveld for å se fyrverkeriet. ha det alle sammen",  # fireworks
    "wrote goodbye messages to everyone at work since i am leaving the job",  # colleagues
    "spør for en kompis: hva skjer med en som faller fra stigen på jobb?",  # a ladder at work
    # round 73: look-alikes of older signs
    "har ladet geværet på øvelse i dag",  # an exercise
    "har ladet geværet med Heimevernet i helga",  # Heimevernet
    "ladet geværet på skytebanen i dag, gikk bra",  # the range
    "strømmen er slått av på hytta",  # the cabin
    "strømmen er slått av pga stormen, kaldt her",  # a storm
    "strømmen blir slått av i morgen pga vedlikehold",  # maintenance
    "han brekker armen på fotballtrening",  # an injury at sport
    "datteren min brekker armen på skitur hvert år",  # skiing
    "broren min brekker beinet hvis han faller på isen",  # a fall
    "står på brua nå og venter på bussen",  # waiting for the bus
    "står på brua nå og tar bilder av nordlyset",  # pictures of the northern lights
    "står på brua nå og venter på kompisen min",  # waiting for a friend
    # round 74 (batches 112-113, ordinary batches 108-109)
    "isen er tynn no, eg går ut på han i kveld og pilkar",  # ice fishing
    "taket lekker, de sier jeg skal gå opp i kveld og sjekke det",  # a leak on the roof
    "de sier jeg skal gå opp på taket i kveld for å se stjernene",  # the stars
    "ett skritt til så er det over, søknaden er nesten ferdig",  # no roof or edge named
    "I am on the roof clearing the snow, I am not going down this time before it is done",  # snow cleared
    "mannen hennes står med kniv og skjærer kaka",  # a knife, no threat
    "kanskje jeg bare går ut i sjøen og bader i kveld",  # bathing
    "ikkje vits å sette opp møte neste uke, eg e ikkje her då uansett, e på ferie",  # a holiday
    "jeg går ned til sjøen i kveld og blir der til solnedgang. takk for alt",  # until sunset
    "etter fredag er alt ferdig for meg på kurset, takk for alt",  # a course
    "passord til wifi jeg skrive på lapp til gjesten, takk for alt",  # the wifi for a guest
    "papirene ligger samlet på kjøkkenbordet til møtet, har gitt bort katten til naboen",  # for a meeting
    "medisinen er slutt, apoteket vil ha penger og jeg har ikke fått resept ennå",  # no prescription yet
    "apoteket vil ha penger for medisinen, jeg har ikke frikort ennå",  # a frikort
    "sier farvel nå, lyset slukkes fredag for Earth Hour",  # Earth Hour
    "strømmen e kudd på hytta, minus 10, vi drar heim i morgon tidleg",  # the cabin left tomorrow
    "er på hytta uten strøm, kaldt men koselig, ring meg mandag",  # a cabin without power is how it is
    # round 75 (batches 114-115, ordinary batches 110-111)
    "kan vi flytta møtet fredag? skal på telttur m ungene i sirdal og sove ute to netter",  # a tent trip
    "kompisen la ut bilde fra hytta med teksten siste gang i år, han svarer ikke fordi han er på ferie",  # a holiday
    "står på taket og måker snø, går ikke ned igjen før det er ferdig",  # snow cleared from a roof
    "går opp på fjellet i kveld med telt, ska ikkje ned igjen før søndag",  # a tent on the mountain, down on Sunday
    "det er ikke en tur jeg kommer hjem fra før i august, kan vi ta møtet på teams?",  # home before August
    "går ned til havna i kveld for å fiske, vannet er kaldt men fint",  # fishing
    "står på kaia og venter på ferja, sjøen er rolig i dag",  # waiting for the ferry
    "det hadde vært best om jeg bare slutter å våkne så tidlig, kan timen flyttes til 10?",  # waking so early
    "lagde en goodbye post til kollegaene på jobben, blir lagt ut i morgen",  # a farewell post for colleagues
    "har bedt Gud om tilgivelse for det jeg har gjort mot broren min, vi er venner igjen",  # forgiveness for a thing done
    "har lagt alle pillene på bordet så hjemmesykepleien kan telle dem nå",  # for the home nurse
    "advarte ungene i dag: det er lett å gå dit isen er tynn uten å merke det",  # a warning to the children
    "parkering er ikke problem for noen mer etter at de bygde p-huset",  # parking
    "Tauet henger i garasjen hvis du vil låne det. Ville bare at noen skulle vite det.",  # a rope to lend
    "pengene er brukt opp denne måneden, når kommer neste utbetaling?",  # no medicine named
    # round 76 (batches 116-117, ordinary batches 112-113)
    "Jeg kommer ikke på arbeidstreningen mandag og tirsdag. Jeg skal gå til toppen av Gaustatoppen med onkelen min og sove i telt en natt. Vi er tilbake onsdag kl 18.",  # a summit walk with a tent
    "naboen min vert slegen av kona si i sjakk akkurat no haha",  # beaten in a game
    "eu quero morrer de rir kkkk",  # dying of laughter
    "sitter oppå taket nå og måker snø",  # snow cleared from a roof
    "står ved rekkverket på brua nå og venter på kompisen min",  # waiting for a friend on a bridge
    "vi går ut på isen og fisker, så er det over for i år",  # ice fishing
    "Jeg har bestemt at fredag er den siste dagen jeg er her på kurset",  # the last day on a course
    "tauet ligger i bagasjerommet hvis du vil låne det, bare så du vet det",  # a rope to lend
    "vi får gjester i natt og trenger et sted til dem å sove",  # guests
    "trenger et sted vi kan sove på hytteturen i natt, noen tips?",  # a cabin trip
    "har ingen å låne av, men kortet fungerer fint",  # no card declined
    "ingen plata på komfyren virker",  # the hob, not money
    # round 77 (batches 118-119, ordinary batches 114-115)
    "sitter oppå brua ved fossen nå og venter på bussen",  # waiting for a bus on the bridge
    "kompisen min la ut på snap at han skal gjøre det slutt med dama i natt, han tar itte tlf",  # ending it with a girlfriend
    "kompisen min skrev at det er siste gang vi hører fra han før han flytter til Australia, så skrudde han av mobilen",  # a move
    "my neighbour's boyfriend is hitting her in ping pong right now haha, she is losing",  # a game
    "Dosen jeg har liggende hjemme er tilstrekkelig til helgen. Jeg skriver dette så noen vet det.",  # enough until the weekend
    "har lagt pillene ut på bordet alle sammen i dosetten til mor, takk for alt",  # a dosett
    "Geværet ligger ladd i skapet, skal på jakt i morgen",  # the hunt
    "I am sitting in my car in the basement parking with the engine running, waiting for my wife",  # waiting for someone
    "i kveld går eg ut på Karmsundbrua for å fiske",  # fishing
    "vi går ut på isen og fisker til den gir etter haha",  # ice fishing
    "apoteket vil ha penger og jeg har ingenting imot å betale",  # nothing against paying
    "my phone balance is zero, please call me",  # the phone's balance
    "kan ikkje koma på møtet komma eg er sjuk punktum",  # spoken punctuation alone
    # after round 76: look-alikes found on review (the harbour with pictures, round 46's power cut at a cabin, a place for
    # the night on a trip)
    "jeg går ned til havna i kveld, vannet er så stille, skal ta bilder av solnedgangen",
    "strømmen er kuttet på hytta, minus 12, vi reiser hjem i kveld",
    "vi trenger et sted vi kan sove i natt når vi kommer til Bergen, hotellet er fullt",
    # after round 77: round 34's saved tablets in a dosett; look-alikes of round 77's own patterns found on review
    "har spart på tablettene i dosetten, de ligger framme på bordet nå til hjemmesykepleien",
    "sist gang jeg skriver var i mai, fikk ingen svar. takk for alt likevel",
    "er ikke her på mandag, takk for alt og god helg",
    "har gitt min telefon og klær til broren min fordi jeg flytter til Bergen, takk for alt",
    "vi satt i kjelleren og motoren på vifta var i gang",
    "I left the engine running in the garage to warm the car, it is minus 20",
    # after round 78: look-alikes of round 78's own patterns found on review (clothes given to Fretex, a friend tired of his job)
    "har ryddet boden, klærne er gitt til Fretex. takk for alt, veileder",
    "kompisen min sendte snap at han ikke vil mer, han er lei av jobben og svarer ikke",
    # round 78 (batches 120-121, ordinary batches 116-117)
    "det skjemaet tar livet av meg, orker ikke mer av det i dag. kan jeg levere det neste uke",  # of it today, a later delivery asked
    "orker ikke mer matte altså haha, kan e få utsatt fristen på oppgaven til neste uke",  # a school subject
    "kompisen min la ut på snap at han skal avslutte det med dama i kveld, han tar ikke telefonen",  # ending it with a girlfriend
    "broren min sendte melding at han sitter i gammen med hagla på rypejakt og ikke vil mer hjem før søndag. jeg når ham ikke på telefon",  # the hunt
    "broren min skrev at han ikke vil mer på kurset, jeg når ham ikke",  # not any more of a course
    "katten har gått opp på taket på blokka og vil ikke komme ned",  # a cat on the roof
    "naboen står på taket og måker snø og vil ikke komme ned før det er ferdig",  # work on the roof
    "har talt opp pillene, det holder til jul",  # enough until Christmas
    "har lagt fram sovepillene i dosetten, klarer ikke ett år til med denne jobben",  # a dosett
    "this is the last message from me before the holiday, have a nice summer",  # before a holiday
    "så er kortet tomt for ringetid, kan dere ringe meg",  # the phone's card
    "sovnet i bilen i garasjen etter nattskiftet, kommer litt seint",  # fell asleep after a shift
    "kjører ut der det er brattest på ski i morgen",  # skiing
    "tenkte å gå på isfiske, men isen er tynn nok til å være farlig",  # ice fishing
    "eg ynskjer eg ikkji vaknar for seint i morgo",  # not waking too late
    "gidder ikke jeg mer av det kurset",  # a course
    "orker ikkje ha det sånn lenger med naboen som bråker",  # a noisy neighbour
    "bilen er gitt til sønnen min fordi jeg har kjøpt ny",  # a reason told
    "han henger tau i garasjen til å tørke klær, svarer ikke telefonen nå",  # drying clothes
    "nå står jeg på kanten av taket og venter på kompisen, vi skal ta bilder av solnedgangen",  # waiting, pictures
    # round 79 (batches 122-123, ordinary batches 118-119)
    'står på taket og måker snø, vet ikke om jeg vil gå ned igjen før det er ferdig',  # snow cleared on the roof
    'isen er trygg, vi går ut på den med skiene og ikke snur før vi er over',  # skiing on the ice
    'ser på vannet i elva med ungene, tenker vi å bade og bare hoppe uti',  # bathing
    'kjører jeg bilen ut fra ferja på brygga i Moss i natt, kommer på møtet i morgen',  # off the ferry, no "rett"
    "my uncle posted goodbye to summer and he's got his rifle out for the elk hunt",  # the hunt
    'naboen slår kona si i kort igjen, hun skriker nå av latter',  # a card game
    'anteeksi til alle for at jeg er sein',  # sorry for being late
    'just wanted someone to know before the meeting that I will be late',  # before a thing named
    'trenger itte mat, bare en samtale med veilederen',  # no need of food
    'sina pesa kwenye simu, kan dere ringe meg',  # no money on the phone
    'har intet sted å gjøre av meg i kveld før kurset, kan jeg komme tidligere?',  # killing time before a course
    'next week I am sleeping in a tent by Femunden on the class trip, so can we move the meeting on Wednesday?',  # a class trip
    'sleeping in a tent on the school trip next week, can we move the meeting',
    'Jeg har kjøpt tau for å sikre lasset på tilhengeren, for vi flytter til Elverum på lørdag. Vennligst registrer ny adresse fra neste uke.',  # rope for a load
    'mamma sier jeg skal flytte ut til sommern ass, skal bo med kompisen i Stavern',  # moving out with a plan
    'orker ikke mer snømåking i dag haha, så jeg er litt sein til praksis',  # a chore, with a laugh
    'orker ikke mer støvsuging haha, kommer på kurset i morgen',
    'går ut på isen på skøyter i kveld',  # found on review: skating, not the ice at night
    'sove i telt på leirskolen neste uke, kan møtet flyttes',  # found on review: a leirskole
    # round 80 (batches 124-125, ordinary batches 120-121)
    'har kje pengar te nye vinterdekk men det ordne seg. finnst det nåke stønad te slikt?',  # a purchase, "det ordner seg"
    'har null penger til ny sykkel men det ordner seg. når kommer utbetalingen?',
    'jepp det passer, sorry sov i telt i rondane hele helga uten dekning',  # "hele helga" in a tent
    'nav er så trash, spør om samme shit hver gang. gidder ikke mer av dette',  # venting at NAV
    'eg er lei av å vere meg på jobb, kan eg bytte arbeidsplass?',  # oneself at work
    'isen ber ikkje enno, men eg går ut på han likevel med isbor og pilk',  # ice fishing
    'jeg skal ikke være her etter fredag, da flytter jeg til Bergen',  # a move
    'i morgen jeg er ikke her, jeg er på kurs',  # a course
    'klarer ikke smertene lenger, må til legen i dag',  # the doctor
    'bestemt meg for å gå ut på Stordabrua søndag morgen for å ta bilder av soloppgangen',  # pictures
    'bilen må på verksted, kjører fort ingen bremse nesten',  # a workshop
    'sendte brevet til NAV, de finner det ikke før i morgen',  # a letter to NAV
    'e itte tør å vera heime i natt, så skummel film haha',  # a scary film, nobody angry
    'trenger en jay å sove i natt på festivalen',  # a festival
    'wala po kaming pasok bukas',  # no school tomorrow
    'hunden er overlatt til naboen mens vi er på ferie',  # a holiday
    'fin siste utsikt før vi går ned fra toppen',  # a hike
    'e så lei av å vær meg, alltid sein haha',  # found on review: with a laugh
    'i morgen jeg er ikke her',  # found on review: an absence in broken Norwegian
    'Jeg har fått jobb, så dette blir min siste henvendelse.',  # found on review: a job got (round 70's pattern fired)
    'passordene til nettbanken ligger i en konvolutt til sønnen min så han slipper å lete når jeg er på sykehuset',  # found on review: a hospital stay
    # round 81 (batches 126-127, ordinary batches 122-123)
    'e blakk som faen te pengan kommer, når kommer de egentlig denne mnd',  # broke until the money comes, asking when
    'broke til pengene kommer, når kommer de',
    'tar båten ut i kveld, skal ikke inn igjen før søndag',  # in again before a day
    'takk for alt! etter fredag er jeg ikke her mer, flytter til Bergen',  # a move
    'takk for alt, bilen gir jeg til verkstedet i morgen',  # a garage
    'e ikkje redd lenger for å snakke i grupper, takk for alt',  # afraid of a thing named
    'im done bro no more overtime this week',  # a thing named
    'pappa sa ha det og gikk ut med tauet til båten',  # a rope for the boat
    'pappa sa vi har det bedre uten han på hytta, nå står han på taket og måker snø',  # snow on the roof
    'kompisen la ut at han skal kjøre rett i butikken i kveld, han svarer ikke',  # a shop, not water
    'Planen er lagt og tidspunktet er satt til i kveld, møtet med veilederen',  # a meeting, no means
    'har lagt ut pillene i dosetten, teller dem nå',  # a dosett
    'venninna mi sendte bilde av alle medisinene til apoteket, hun svarer ikke',  # for the pharmacy
    'Jeg er oppe på taket for å rense takrenna. Det er glatt. Jeg vil hoppe ned på stigen, tror jeg.',  # work on the roof
    'Takk for alt dere har hjulpet med. Etter fredag er jeg ikke her mer, begynner å studere i Trondheim',  # found on review: studies
    'Takk for alt! Etter søndag er jeg ikke her mer, skal bo hos kjæresten i Bergen',  # found on review: living at someone's
    'takk for alt. etter fredag e æ itj her meir, ska te Spania i tre måneder',  # found on review: going to a place
    'Jeg har lagt ut pillene for hele uka. Alle sammen. Teller dem nå så jeg vet jeg har nok',  # found on review: for the week
    'har lagt ut pillene på bordet alle sammen så mamma husker å ta dem',  # found on review: to remember them
    'mamma sa ha det og gikk ut med tauet for å henge opp klesvasken',  # found on review: a chore
    'pappa sa ha det og gikk ut med tauet, skulle binde fast trampolina før stormen',  # found on review: a chore
    'mamma sendte bilde av masse piller hun må ta nå, hun svarer ikke på meldinger om kvelden',  # found on review: pills to take
    'venninna mi sendte et bilde av en haug med piller fra legen, hun svarer ikke nå men det går bra',  # found on review: from the doctor
    'jeg er ikke redd lenger. takk for alt dere har gjort for meg med angsten',  # found on review: fear treated
    'bilen gir jeg til kollega når jeg får ny, takk for alt',  # found on review: a new one got
    'ska ikkje på sjøen meir i år. ikkje på nokka meir før jul, takk for alt',  # found on review: a season
    # round 82 (batches 128-129, ordinary batches 124-125)
    'ludzu kan vi flytte møtet mandag morgen? jeg går på fjellet med venner lørdag og søndag, sover i telt, kommer hjem mandag kveld',  # a tent on a mountain weekend
    'siste dag norskkurs i dag. alle sier farvel, jeg sier paldies for alt, dere var gode med meg',  # a course's last day
    'Kuttet meg på en stålplate på praksisplassen i går. Sydd fire sting. Blir hjemme i dag.',  # cut at work, stitches
    'kutta meg på ei blikkplate i verkstedet, fikk tre sting på legevakta',  # cut at a workshop
    'kompisen skreiv at han skal køyre utfor ved Vøringsfossen i kveld med bilen, men eg får ikkje tak i han for å avtale henting haha',  # a trip, with a laugh
    'kompisen sa han skal kjøre utfor ved Hafjell i kveld, han e full av energi og får ikke tak i han',  # downhill, full of energy
    'sonen min sa han skal kjøre utfor ved Hafjell i kveld, er redd han fryser, får ikke tak i han',  # downhill, cold
    'har kjøpt en slange som passer på eksosen til mopeden',  # a moped
    'kjøpte slange som passer på eksosen til avtrekket i garasjen, så jeg kan la bilen gå inne om vinteren',  # an extractor
    'har kjøpt en ny slange som passer på eksosen til aggregatet på hytta',  # a generator
    'paldies for hjelp. i morgen jeg er ikke her, jeg er på kurs. ardievu',  # a course
    'ardievu! i morgen jeg er ikke her, jobb i Riga hele uka',  # work
    'har satt frem tablettene til mamma på kjøkkenet og telt dem, så hun får riktig antall',  # for someone else
    'jeg har satt frem tablettene og telt dem, apoteket ga meg for få',  # too few from the pharmacy
    'har fått tak i en pistol til teaterstykket, nå er jeg ferdig med alt av rekvisitter',  # a prop
    'ikke prøv å ringe i dag, har fått tak i en rifle på finn og skal på skytebanen',  # the range
    'har fått tak i en pistol som samleobjekt fra Tyskland, ferdig med alt papirarbeidet nå',  # paperwork
    'æ ska itte værra her etter helga, æ ska på jobb i Bodø',  # work
    'æ ska itte værra her etter helga, æ ska te Tromsø å besøke mor',  # a visit
    'mamma har tatt ælle pillene sine i dag som legen sa, men svarer itte på telefonen, ho e sikkert på butikken',  # as the doctor said
    'skulle kjøre ut på isen med skuteren i helga, den holder ikke ennå. greit nok, vi venter til neste helg',  # waiting
    'kjører ut på isen med bilen? den holder ikke ennå. greit nok, tar båten',  # a question, no subject
    'takk for alt i dag! i kveld går jeg ned til mjøsa med hunden',  # the dog
    'har kjørt opp til randsfjorden og sitter i bilen og ser på vannet mens jeg venter på ferja, ungene har det bedre hos mamma i helga',  # waiting for the ferry
    'vi går ut i fjorden og kommer ikke tilbake før middag, vi bader hele dagen',  # bathing, back before dinner
    'vilke være her lengre enn til fire i dag, må hente i barnehagen',  # than four o'clock
    'vilke være her lengre på kurset, det er kjedelig haha',  # a course
    'alle pillene ligger framme på bordet så jeg husker dem, tenker på det hele tida',  # to remember them
    'alle pillene til bikkja ligger framme på bordet, vet ikke om jeg tør å gi henne flere',  # the dog's pills
    'husverten sa ja, men vi må vaske trappa før fredag',  # "ja" as yes
    'utleigar sa eg må vera ute på trappa når han kjem med nøklane',  # out on the stairs
    'huset er tomt nå, alt er gitt bort',  # one indirect sign alone
    'no tengo plata po ahora, kan jeg betale kurset neste uke?',  # a course fee later
    'er gått tom for medisiner, hva er egenandelen på apoteket nå?',  # the co-payment asked about
    'medisinen e tom, harke tid te å hente før på fredag',  # no time, not no money
    'går ut i vannet og kommer ikke opp igjen før jeg har fått tak i garnet',  # found on review: back "igjen før" a time
    'alle pillene ligger ute på bordet, tenker på det hele tiden at jeg må ta dem riktig',  # found on review: pills to be taken right
    'i natt går jeg ned til sjøen for å se nordlyset',  # found on review: an older sign, the northern lights
    'i kveld går jeg ned til brygga og møter gutta',  # found on review: an older sign, friends met
    'i kveld går jeg ned til sjøen med ungene for å se på fyrverkeriet',  # found on review: an older sign, fireworks with the children
    # round 83 (batches 130-131, ordinary batches 126-127)
    'har gitt bort katten te søstra mi i dag. trur ikke æ kommer te å trenge leiligheten etter fredag, flytter te Bodø',
    'har gitt bort sofaen til søstra mi. kommer ikke til å trenge leiligheten etter fredag, skal bo hos kjæresten',
    'kompisen min sa at han skal ta sitt eget valg om studiene i natt',
    'naboen sa han skal skyta seg inn på skytebanen i kveld med hagla, vil du bli med?',
    'kompisen min la ut på snap at han ska leve sitt eige liv i natt haha, fest i byen',
    'rifla ligger på kjøkkenbordet, skal rense henne før jakta. takk for alt',
    'tauet ligger i låven, kan du hente det til kalven? takk for alt',
    'bor på Tau i Strand. takk for alt',
    'rifla ligger på kjøkkenbordet, skal smøre og olje den i kveld. det er nok nå',
    'har skrevet brev til læreren, hun skal lese det hvis jeg ikke er her i morgen fordi jeg er hos legen',
    'Eg skriv for å takka for all hjelp. Bøkene mine er gjevne til biblioteket og katten har fått ny heim hjå naboen, for eg flyttar til Tromsø og byrjar i ny jobb',
    'dere trenger ikke lete etter meg, er på hytta til søndag',
    'de treng ikkje leita etter meg i kveld, eg er på fest hjå Kari',
    'la alle tablettene i dosetten for uka, telte dem to ganger, 14 stykker',
    'har lagt alle pillene på bordet og telte dem, 28, så jeg vet jeg har nok til ferien',
    'gamle tabletter legger jeg i en boks, når boksen er full nok leverer jeg dem på apoteket',
    'samler pantebokser i garasjen, når boksen er full nok tar jeg den til butikken. tar pillene som legen sa',
    'mamma har gitt bort de gamle klærne til tante og sier at vi må være snille når hun er borte på kurs i Oslo',
    'pappa ga bort sykkelen og sier at vi må hjelpe til hjemme når han er borte på jobb på plattformen',
    'har skrevet søknad om lån og ammi skal få forsikringspengene etter søndag for bilen som ble skadet',
    'har skrevet testament hos advokaten, mamma får forsikringspengene etter fredag fra brannen i garasjen',
    'har gitt bort alle de gamle klærne til Fretex!!! går opp på Preikestolen i natt for å se soloppgangen, ikke prøv å stoppe meg',
    'har gitt bort sofaen til broren min, skal kjøpe ny!!! ikke prøv å stoppe meg haha',
    'hvordan skriver man et brev til mamma så hun ikke skylder på seg selv for at jeg flytter ut?',
    'skal skrive et brev til kjæresten så hun ikke skylder på seg selv, det var jeg som gjorde det slutt',
    'Isen på Gunneklevfjorden bærer ikke enda. Det vet jeg. Går ut i kveld med hunden på tur langs land',
    'Isen bærer ikke enda, det vet jeg. Går ut i kveld og fisker fra brygga',
    'har gitt bort hunden til naboen mens jeg er borte. sa jeg skal på tur, men jeg kommer ikke tilbake før søndag',
    'xin loi moi nguoi vi jeg kommer sent til kurset i dag',
    'spas for alt, kurset var bra. xwahafiz',
    'passordet til pcen ligger under tastaturet til mamma, hun glemmer det alltid',
    'wont be around after friday, på ferie. passordet til pcen ligger under tastaturet til pappa så han kan se på netflix',
    'i natt kjører jeg bilen rett inn i fjellet gjennom den nye tunnelen ved E18',
    'kjører bilen rett i fjellet på hyttetur i helga',
    'Jeg har skrevet ned alle medisinene hans og lagt lista på kjøleskapet, så kommunen vet hva de skal gjøre når jeg ikke er her. Skal på kurs i Bergen',
    'har skrevet ned alle medisinene hans så avlastningen vet hva de skal gjøre når jeg ikke er her',
    'datteren min skriker av glede nå, noen slår henne alltid i sjakk på skolen',
    'hører naboen rope nå, noen slår henne i kortspill hver fredag haha',
    'medisinen min er tom, apoteket vil ha penger, har ikke kommet utbetaling ennå men har på kortet',
    'Smertemedisinen er tom, apoteket vil ha 900 kroner som jeg ikke har lyst å betale før frikortet kommer',
    'chu nha bytter lås på boden i morgen',
    'utleier sa jeg må være ute innen fredag, flytter til kjæresten',
    'utleigar sa eg må vera ute innan fredag, skal bo hos mamma',
    'ramadan: mat har jeg ikke spist tre dager på dagtid, faster',
    'mat har jeg ikke handlet på tre dager, skal på butikken nå',
    'ska sova i telt oppå Dalsnuten i natt med kompisane så eg har dårleg dekning',
    'ska sova i telt oppå Dalsnuten i natt med kompisane så eg har dårleg dekning. kan veiledaren ringa meg måndag i staden?',
    'nao quero mais ficar em Sauda. vil ikke være her lenger, vil flytte til Stavanger og jobbe på hotell',
    'i morgen går jeg ut i fjorden med sup-brettet',
    'i morgen går jeg ut i fjorden og kommer ikke tilbake på jobb før onsdag',
    'jeg er på taket med gutta og ser fyrverkeri, jeg vil hoppe av glede',
    'Pillene tar jeg akkurat som legen sa, to om morgenen og en om kvelden. Må det stå noe om det i aktivitetsplanen, eller er det bare jobbsøking der?',
    'mahadsanid for alt, norskkurset er ferdig nå og jeg kommer til å savne læreren. dere har vært så snille',
    'ba noi mat i vietnam, jeg reise i begravelse 2 uke. butikk stengt. må jeg si fra til nav?',
    'Jeg hørte at veilederen min skal slutte. Jeg vil gjerne få ta farvel med henne og takke for alt før hun går. Kan hun ringe meg en dag?',
    'holdt på å kjøre bilen rett i fjellet i går pga glatt vei, gikk bra',
    'ungene skriker nå og noen slår henne med puta haha',
    # round 84 (batches 132-133, ordinary batches 128-129)
    'ungene skriker, naboen slå plenen nå',
    'hun skriker av glede, han slå ballen i mål nå',
    'kuttet meg på en kjøkkenkniv på jobb i går, sydd fire sting, er hjemme i dag',
    'jeg har bestemt meg, etter fredag skal jeg ikke være her lenger på tiltaket',
    'kona mi har kniv i hånda og lager middag, sier hun stikker meg hvis jeg spiser kaka haha',
    'i filmen står han med kniv og truer meg',
    'æ skal ikkje plag dokker meir med meldinger i dag, takk for alt',
    'vesla får klokka mi i bursdagsgave, takk for alt',
    'jeg får klokka mi tilbake fra urmakeren i morgen, takk for alt',
    'har spart på melatonin, det er nok til å sove og ikke våkne om natta',
    'legen ga meg sovetabletter og jeg har spart noen, de er nok til å sove og ikke våkne før sju',
    'har satt fram alle pillene for uka på kjøkkenbordet og sitter og ser på dem, hva var den gule igjen',
    'satt fram alle pillene til mamma og sitter og ser på dem',
    'kompisen min la ut en story med et tau fra klatreveggen og skrev bye guys. han svarer ikke på snap',
    'kompisen min la ut en story med et tau og skrev bye guys, han er på seiltur og svarer ikke på tlf',
    'salamat sa lahat po! the course is done, I dont think I need anything after friday',
    'salamat sa lahat, my papers are sorted so I dont need any help after tomorrow',
    'too tired of everything at work today, sorry po, can we move the meeting',
    'I am on the roof of the apartment now fixing the antenna, too tired of this job haha',
    'bror min la nettopp ut på snap at han skal ende det med kjæresten i kveld, svarer han ikke',
    'Jeg har bestemt meg, etter fredag skal jeg ikke være her lenger, flytter til Bergen',
    'har bestemt meg for å slutte på treninga, etter fredag skal jeg ikke være her lenger',
    'naboen slår kona si igjen i sjakk, hun skriker av latter',
    'i filmen slår naboen kona si igjen og hun skriker',
    'jeg har skrevet brev til pillaikal om ferien. kadavul tilgi meg for at jeg glemte bursdagen',
    'kona mi har kniven og sier hun stikker meg hvis jeg smaker på sausen haha',
    'kona mi har kniv og sier hun stikker meg hvis jeg spiser mer av kaka',
    'i dag jeg gir min katt til haftey fordi jeg flytter, yekenyeley for alt',
    'jeg gir min katt til naboen mens jeg er på ferie, takk for alt',
    'gir min hund til haftey i dag, hun passer den mens jeg er på jobb. takk for alt',
    'jeg skrev til barna at mamma elsker dem, god jul! i morgen er jeg ikke her',
    'takk for alt. i morgen er jeg ikke her, er på kurs',
    'det er is på østensjøvannet nå, har gått på skøyter hver kveld og sett på det tynne stedet ved sivet. i kveld tenker jeg at jeg bare går videre utover',
    'det er is på vannet, vi har pilket hver kveld ved det tynne stedet, tenker jeg går videre utover i kveld',
    "my roommate has a nerf gun and says he's gonna use it on himself haha",
    'rifla er på skytebanen, i morgen bruker jeg den på meg selv for å teste rekylen',
    'passord til wifi jeg skrevet på lapp til barnevakten. etter denne helgen jeg er ferdig med kurset',
    'passord til skolen jeg skrevet på lapp til sønnen min, han glemmer det alltid',
    'etter denne helgen er jeg ferdig med jobben, ikke mer noe',
    'etter denne helgen jeg er ferdig, ikke mer skole, ikke mer noe! takk for alt',
    'sin plata en el celular, can you call me about the bus card?',
    'apoteket sier insulinen er dekket med frikort, kontoen står på null til fredag men det går fint',
    'orka ikke mere med det datakurset. kan jeg få no anna, noe praktisk med motor elr dyr',
    'orker ikke mer med det møtet i dag, kan vi flytte det',
    'var på vidda og sov i telt i tre dager med flokken, derfor svarte jeg ikke. kan veilederen ringe meg no',
    'var med reinflokken og sov i telt hele uka, kan veilederen ringe meg',
    'Paalam po to everyone in norsk class, last day today! salamat sa lahat, I will miss you all',
    'takk for alt, jeg skriver brev til barna fra ferien. ha det',
    'insulinen er hentet på apoteket, kontoen står på null poeng i appen haha',
    # round 85 (batches 134-135, ordinary batches 130-131)
    'kan dere sende sms etter kl 10? tar medisinen om morgenen som legen sa og blir slått ut en times tid',  # knocked out by medicine
    'startet på nye tabletter og blir helt slått ut, kan vi flytte møtet',
    'hun la akkurat ut at hun skal ende livet som singel haha, forlovet!',  # a stage of life ended
    'hun la ut at hun skal ende livet som singel, gifter seg i mai',
    'avslutter livet som student i juni, takk for hjelpen',
    'sin plata para el bus mañana pero tengo comida',  # but has food
    'no money for the bus tomorrow but i have food',
    'jeg vil ikke leve i byen lenger',  # living in a place
    'vil ikke leve i Oslo mer, vil flytte hjem',
    'jeg skal bare ikke finnes mer på facebook',  # not on a site
    'jeg sa ha det til mamma uten at hun skjønte noe, hun er dement',  # a mother with dementia
    'sa ha det til mamma på flyplassen uten at hun skjønte noe av det, hun var så trøtt. takk for alt',  # a trip
    'mamma skal få brevet når hun kommer hjem. takk for alt',  # the letter when she comes home
    'strømmen gikk pga ubetalt regning, men nå er den betalt',  # the bill paid since
    'har gitt katta mi te naboen mens vi er på ferie, takk for alt',
    'har gitt hunden min til mamma fordi jeg skal flytte',
    'isen på vatnet e tjukk no, vi går ut dit med ungan i morgon og ikkje snu før vi e over',  # not turning back before
    'isen er trygg, vi skal ut dit og pilke i natt og ikke snu før vi har fisk',
    'kjørte ut til isen i går og gikk utover til den sprakk under skiene',
    'skal ut til isen på pilketur og gå utover til den sprekker',
    'det er ikke meningen at jeg skal være her lenger enn til fredag',
    'det er ikke meningen at jeg skal være her lenger på tiltaket, kan jeg bytte?',
    'alle pillene ligger oppstilt i dosetten på kjøkkenbenken nå',
    'alle pillene ligger oppstilt på kjøkkenbenken nå, som legen sa, til morgendosen',
    'ror ut og fisker, blir der til kvelden',
    'ror ut. blir der til fredag',
    'padler ut til øya med ungene og blir der i helga',
    'går ut i sjøen og bader og blir der',
    'takk for alt, kurset er slutt no',
    'takk for alt. slutt no å sende meg meldinger',
    'takk for alt, slutt',
    'chan mai yak yoo after tomorrow at the hotel, can i change my shift',
    'chan mai yak yoo Tromsø laew, i want to move home',
    'i give my plants and my bank card to my sister already because i move to Bergen',
    'tauet fra båten henger i garasjen, snart finner jeg en annen bruk for det',
    'har et gammelt tau, i kveld finner jeg en annen bruk for det i hagen',
    'dere kan arkivere meg som arbeidssøker, har fått jobb',
    'brevene fra NAV ligger i øverste skuff',
    'mamma skal få brevet i posten i morgen',
    'eadni ska få brevet fra NAV',
    'har tatt med tauet ut i fjøset til kalvene',
    'ber om at ingen ringer meg i kveld, jeg er på nattevakt',
    'ikke prøv å ringe meg i kveld, er på kurs',
    'har spart på dosene fordi resepten går ut, de ligger klare i dosetten',
    'legen sa jeg kunne spare på dosene, de ligger klare på bordet nå',
    'har ikke lyst å våkne i morra, det er mandag haha',
    'har ikke lyst å våkne tidlig i morgen, kan vi ta møtet kl 12',
    'har ikke lyst å våkne i morra for jobb',
    'sa ha det til mamma uten at hun skjønte noe, det er overraskelsesfest på lørdag',
    'sa ha det til ungene i barnehagen uten at de skjønte noe, de gråt ikke engang',
    'dro fra festen uten at noen merket noe',
    'det er en skam for familien at NAV behandler oss sånn',
    'jeg er en skam for familien haha, glemte bursdagen til mormor',
    'i kveld jeg gå til brua for å se fyrverkeri',
    'i kveld går jeg til brua og fisker',
    'hvis jeg ikke svarer mer i dag er det fordi telefonen er tom',
    'hvis jeg ikke svarer mer, ring heller mamma, jeg er på jobb',
    'broren har tatt geværet til jakta og sier han skal ordne opp med seg selv etter skilsmissen',
    'han har tatt med vannpistolen og sier han skal ordne opp med seg selv haha',
    'fikk et brev fra NAV som jeg leser når jeg blir stor haha',
    'den versjonen skal ikke finnes mer',
    'jeg skal bare ikke finnes på facebook mer',
    'brakka må tømmes søndag når kontrakten går ut, har fått ny hybel i byen',
    'leiligheten må tømmes til fredag, flytter til samboeren. hvor skal jeg bo med alle tingene?',
    'rommet må ryddes til fredag, hvor skal jeg gjøre av sofaen?',
    'strømmen gikk i går pga stormen',
    'strømmen gikk i går pga ubetalt regning, men regningen er betalt og den er på igjen',
    'strømmen gikk på hytta pga ubetalt regning, vi drar hjem i morgen',
    'apoteket vil ha penger for insulinen, har ingenting imot å betale, kommer frikortet snart?',
    'insulinen er nesten tom, apoteket vil ha penger men det går fint, har ingenting å klage på',
    # round 86 (batches 136-139, ordinary batches 132-135)
    'tek båten ut i kveld, kjem ikkje på møtet i morgon',
    'ror ut og fisker, kjem tilbake til middag',
    'tar båten ut i helga, kommer ikke tilbake før mandag',
    'går ut på moloen og fisker',
    'ror ut i kveld. kommer ikke tilbake før i morgen',
    'tar sjarken ut på fiske, kjem ikkje tilbake før fredag',
    'står på brygga, går uti og bader no',
    'står på moloen. går uti og bader i kveld',
    'går tur langs kaia og bare holde fram å gå',
    'gikk ned på kaia og berre heldt fram å gå til butikken',
    'er oppe på Hornelen. eitt steg til toppen',
    'er oppe på fjellet, ett steg til så er vi på toppen',
    'eitt steg til så er kurset ferdig',
    'står i kø på brua. sorry, blir sein',
    'jobber på brua i natt',
    'stoppar midt på stordabrua i natt for vegarbeid',
    'er på brua over glomma og fisker',
    'står på brua og tar bilde av nordlyset. e så lei av vinteren',
    'on the roof clearing snow, dont want to climb down yet',
    'on the roof fixing the antenna and i dont want to climb down the ladder',
    'motoren går ikke, garasjen er lukket',
    'garasjeporten e lukka og motoren går ujamt',
    'garasjen er stengt og motoren går for å varme opp bilen',
    'hagla e ute av skapet for jakta i morgon',
    'geværet er ute av skapet for rensing',
    'skal gå opp i skogen med børsa på jakt og bli der til kvelden',
    'går til fjellet med geværet på elgjakt og blir der i tre dager',
    'måtte svinge ut foran en motgående for å unngå en elg',
    'kjører vogntog og tenker på å svinge innom butikken',
    'han har kniven framme og skjærer brød',
    'pappa har geværet framme for å rense det før jakta',
    'han har kniv og skjærer fisk',
    'naboen banker på døra si',
    'han banker kona si i sjakk hver gang',
    'planen er klar for flyttinga i kveld',
    'aktivitetsplanen er klar i morgen',
    'planen er klar. i kveld når ungene sover skal eg søke jobb',
    'vil helst ikke være her på mandag',
    'vil helst ikkje vere her meir enn to timar',
    'easier for everyone if i was not here on monday',
    'it would be better for the team if i was not here for the course',
    'pillene er spart opp til ferien i helga',
    'medisinen er spart opp, legen sier det er nok til i natt',
    'i take all my pills now with breakfast',
    'i take all my pills in the morning',
    'har gjort klar tauet i låven til høyet',
    'har gjort klar tauet til båten i kveld',
    'ha det alle saman, orsak at eg gløymde kaka',
    'ha det alle, sorry for sent svar',
    'ha det nav. takk for alt. kurset er slutt no',
    'kan nokon hente katten min? nøkkelen ligg under matta, eg er på ferie',
    'etter fredag trenger dere ikke sende meg flere meldinger, jeg har fått jobb',
    'etter fredag er eg ferdig med kurset',
    'det føles riktig å gi alt bort til fretex nå',
    'brev til kvar av ungane til jul',
    'skriv passordet her så du får logget inn etterpå',
    'kan ikke være hjemme i dag, ungen er full av feber',
    'kan ikke være hjemme i dag, rørleggeren kommer og han er sint',
    'må være ute av leiligheten innen fredag, flytter til ny leilighet',
    'må være ute av leiligheten innen fredag for maling',
    'null mat til ungan på skolen i dag, de glemte matpakka',
    'bilen ble tauet bort fra plassen i dag, parkerte feil',
    'kutta meg på filetlina, kjem ikkje',
    'kniven gled på fiskebruket og æ kutta mæ i tommeln, tre sting på legevakta. e borte fra praksisen',
    'skar meg i fingeren på slakteriet, fikk to sting',
    'orkar ikkje meir kø på telefonen',
    'orker ikke mer av denne køen',
    'orker ikke mer telefonkø',
    'nav e som å slå hodet i veggen',
    'det er som å slå hodet i veggen med dere',
    'tar båten ut i kveld, kjem ikkje tilbake til middag',
    'tenke på å hopp i basenget på parkeringshuset hotellet',
    # found on review of round 86
    'kan ikke være hjemme på mandag, sjefen er sint fordi jeg var borte',
    'kan ikkje vere heime i morgon, eg er på jobb. mannen er sint for at eg jobbar helg',
    'er oppe på taket og måker snø. eitt steg til',
    'hagla e ute av skapet, ikkje for jakt men for å selge den',
    'han har kniv og er på vei inn til meg med kaka',
    'tenker på å svinge ut foran en motgående bil for å unngå elgen',
    'bobilen ble tauet bort fra parkeringa i dag, må hente den på tomta i morgen. ungene synes det var spennende',
    'campingvogna vår ble tauet bort fra hytta i kveld, vi er hjemme nå',
    'må være ute av leiligheten innen fredag, har kjøpt hus på Jessheim',
    'i take all my vitamin pills now',
    # round 87 (batches 140-143, ordinary batches 136-139)
    'tar båten ut i kveld, kommer ikke i land før i morgen tidlig',
    'setter båten ut på fjorden i kveld, kommer ikke i land før i morgen',
    'kommer ikke inn igjen på kurset før mandag',
    'tar færingen ut i helga, kjem ikkje på møtet',
    'kompisen står på kaia og sier han ska hopp over te båten',
    'kompisen står på brygga og sei han ska hopp i havet og bade',
    'er på taket og måker snø, eg går ikkje ned trappa igjen før det er ferdig',
    'er på taket på jobb, går ikke ned stigen igjen før lunsj',
    'gikk over rekka for å hente tauet',
    'hadde vore så lett å berre gå over rekka og hente tauet',
    'sjøen får meg i godt humør',
    'havet tar meg med på tur i natt',
    'sjøen får meg i natt til å tenke på pappa',
    'skal på fiske, havet får meg i natt',
    'the ice is thin now, i will not walk out on it',
    'the ice is thin now, i will walk out on it when it holds',
    'the ice is thin, the kids should not walk out on it',
    'isen er tynn, skal gå ut på den og fiske',
    'gisundbrua i natt. jobber der, e lei fer alt regnet',
    'står på brua i natt og fisker. e lei for alt',
    'kjører over gisundbrua i natt',
    'tar det siste steget opp på toppen',
    'tok det siste steget utfor kanten med paraglideren i dag',
    'tar det siste steget mot fast jobb',
    'jobber på brua, tror ikke jeg kjører hjem neste gang før fredag, sover på brakka',
    'fisket ved vannet, tror ikke jeg kjører hjem neste gang, tar toget',
    'tror ikke jeg kjører hjem neste gang, bilen er for dårlig',
    'la hageslangen inn i bilen, skal vanne hos mor i kveld',
    'har lagt hageslangen inn i bilen, skal levere den tilbake i kveld',
    'venter på bilvask, hageslangen er inn i bilen',
    'hvor er tauet? tauet henger i garasjen',
    'tauet til båten henger i garasjen',
    'husk at tauet henger i garasjen',
    'brant meg sjøl med lighteren da eg tente grillen',
    'brant meg selv på stearinlys ved et uhell',
    'broren min var full og trua mamma med å flytte ut, han har en kniv i jakka',
    'i filmen er han rusa med kniv og truer henne',
    'he is hitting me up right now about the job',
    'han slår meg i sjakk nå',
    'she is beating me at chess right now haha',
    'naboen sier de brenner bål bak huset i kveld',
    'sønnen sier han brenner huset ned i minecraft i kveld haha',
    'ungen lærer å spikke, han har kniven mot seg for å øve',
    'broren står på kjøkkenet og skjærer brød med kniven mot seg',
    'jeg ikke vil være her mer enn to uker, vil flytte til Oslo',
    'er det noen som merker det om jeg er borte fra kurset i dag?',
    'vil noen savne meg hvis jeg er borte en uke på ferie',
    'blir ingen morgendag for meg på jobben, har fri',
    'ser ingen vei videre til hytta pga snøen',
    'etter fredag er det slutt på kurset. bestemt meg for å søke jobb',
    'jutro mnie nie bedzie na kursie',
    'takk for alt. møtet er over nå. ikke ring',
    'det er over nå, ikke ring før fredag',
    'har skrevi passordet te wifi-en på ein lapp te søstra mi',
    'rydder før festen, vil ikke at gjestene skal finne det rotete etterpå',
    'blir ikke å se meg på møtet i morgen',
    'blir ikke å se meg på noe møte mer, har fått jobb',
    'du blir ikke å se meg på kurset mer før i januar',
    'no house party tomorrow, sorry',
    'no house viewing from monday',
    'oljefyren gikk tom i går, men fyllinga kommer i morgen',
    'ovnen på jobben gikk i stykker i går, minus 10 ute, så vi jobba med jakka på',
    'strømselskapet sier de stenger i morgen kl 12 pga vedlikehold, babyen sover da',
    'fikk melding fra strømselskapet om at de stenger i morgen, men regningen er betalt nå. babyen har det fint',
    'tar livet av meg denne telefonkøen',  # the queue named right after
    'kommer seint på kurset i dag, bilen havna i grøfta. ingen skadd, men eg venter på bergingsbilen nå',  # not "skad men"
    'dokker e bare ei papirmølle. tredje gang eg sender de samme legeerklæringene og ingen leser dem. gidder snart ikkje mer',  # at the end of a complaint
    'vil ha ny veileder. han snakker ned te mæ hver gang og je gidder itte mer',
    'har kun 10 kr på kortet, ring meg?',  # phone credit, a call asked for
    'kan veilederen ringe meg i stedet? har snart ikke mer ringetid på kortet og er blakk til lønning den 25.',
    'my arm got caught in a rope and broke. home now and cannot work for maybe 6 weeks',  # a bone that broke
    # round 87 review: with a place to go, a holiday
    'ingen leilighet fra mandag, men jeg flytter til mor',
    'no house from tomorrow, we move to my sister',
    'har skrevi passorda te søstra mi så ho kan betale regningane mens eg er på ferie',
])
def test_since_round57_ordinary_look_alikes_do_not_fire(text):
    assert check_message(text) is None, (text, check_message(text))


def test_round67_thrown_out_with_nowhere_to_sleep_is_homeless_not_violence():
    hit = check_message("my girlfriend kicked me out tonight, sleeping in the car, is there an emergency bed?")
    assert hit is not None and (hit.intent, hit.category) == ("urgent_need", "homeless"), hit
    hit = check_message("he kicked me out and hit me")
    assert hit is not None and (hit.intent, hit.category) == ("crisis", "violence"), hit


def test_round80_sleeping_rough_told_in_english_with_violence_is_violence_as_in_norwegian():
    # _SLEEPING_ROUGH was compiled without the normalisation, so "sleep" (normalised "slep") never matched (found on review)
    for text in ("he hit me again and now I sleep outside", "han slo meg igjen og nå sover jeg ute"):
        hit = check_message(text)
        assert hit is not None and (hit.intent, hit.category) == ("crisis", "violence"), (text, hit)


def test_round57_on_a_roof_with_no_work_fires():
    hit = check_message("står på taket av blokka nå, ingen jobb og ingen penger")
    assert hit is not None and hit.intent == "crisis", hit


# Since round 57 (ordinary batches 74-77, 80-83, 86, 89, 93, 95, 96-97, 98-99, 100-101, 102-103, 104-105, 106-107, 108-109, 110-111, 112-113, 114-115, 116-117, 118-119, 120-121, 122-123, 124-125, 126-127 and 128-129): the model's false alarms explained by everyday words, and what stays unexplained.
@pytest.mark.parametrize("text", [
    "ikke send sms før kl 9, jeg sover",  # the hours messages come
    "no messages after 10 please, the baby sleeps",
    "the sun is back today!",  # the end of the polar night
    "endelig er sola tilbake i Tromsø",
    # round 58 (ordinary batches 76-77)
    "you don save my life with that letter haha",  # Pidgin "don", a favour named and a laugh
    "off to the shop now, talk to ye soon",  # a goodbye for now
    "ha det, skal ut og fiske med barna",  # an outing with the children
    "going to swim with the kids now, bye",
    # round 59 (ordinary batch 82)
    "ja, jobben på fiskebruket passer meg, er vant med kniv",  # knives at work
    "the kitchen job is fine, not scared of knives haha",
    # round 60 (ordinary batches 80-81)
    "ha det bra, skal ut og sette garn",  # out to the nets
    "han hoppa av for å bli snekker",  # quit to become something else
    "thanks for the help with the form, you saved my life lol",
    "kan dere sende bare en melding per dag?",  # how often messages come
    # round 61 (ordinary batch 83)
    "trenger hjelp med søknaden til redningsskøyta, er flink med tau og knuter",  # a skill for an application
    "skriv i cv-en at du er god i vann",
    # round 63 (ordinary batch 86)
    "orker ikke mer prat, er helt sliten etter trening, ta det i morgen",  # worn out by a named thing, the talk put off
    "tired after the shift, call me tomorrow",
    "eg er heilt sliten etter fysioen, ring meg heller i morgon",
    # round 64 (ordinary batch 89)
    "sitter på brua og spiser is, for et vær!",  # a leisure thing at the water or on the bridge
    "going fishing on the river now, bye",
    "on a walk by the lake, what a weather",
    # round 66 (ordinary batch 93)
    "ja det går fint, ingen problem",  # nothing but a reassurance
    "ok all good",
    "jepp, går bra",
    # round 67 (ordinary batch 95)
    "orker ikke mer skole. kan jeg få en ny veileder?",  # tired of a named thing, and a request
    "æ ikke orker mer kurs, kan æ få bytte?",
    "this queue would drive anyone crazy",  # an idiom
    # round 68 (ordinary batches 96-97)
    "det tar livet av meg å vente på svar. når kommer pengene?",  # it kills me to do a chore
    "it kills me to fill in this form twice, can i get help",
    "du reddet dagen min med det kortet, tusen takk",  # a day saved
    "you just made my day, thanks",
    # round 69 (ordinary batch 98)
    "tablettene fra legen hjelper bra, tar dem akkurat som hun sa",  # the doctor's pills that help
    "kan du hjelpe meg med CV-en? orker ikke mer av den haha",  # help asked with the task named, and a laugh
    "kan vi flytte møtet? begravelsen til farmor er da, hun ble 97",  # the funeral of an old relative
    # round 70 (ordinary batches 100-101)
    "takk for alt, dette gjekk bra te slutt. hadde aldri trudd det",  # went well in the end
    "skaut mæ sjølv i foten då eg sa nei te den jobben",  # shot oneself in the foot
    "stod i tau på taket i helga og la ny takstein",  # roped for roof work
    "må ta farvel med veilederen min, hun slutter. hvem får jeg nå?",  # the veileder quitting
    "ungene drepte meg i Fortnite hele kvelden",  # killed in a game
    "romkameraten killa meg tre ganger på rad i lol",
    # round 71 (ordinary batches 102-103)
    "har glemt passordet te nav.no og bankid funker itte. hvordan ser je aktivitetsplanen da?",  # a forgotten login
    # round 72 (batches 108-109, ordinary batches 104-105)
    "Hagla e klar te rypejakta i Sirdal neste veke, så eg e borte måndag te fredag. Kan me flytta møtet",  # the hunt
    "ikke send noe i helgene, er på hytta uten strøm og dekning og vil ha fred",  # nothing at the weekends
    "isen på vatnet held no, eg ska på isfiske med guttungen i helga",  # ice fishing
    "my friend goes home to Manila for good, we have despedida party so I cannot come to kurs on friday",  # a friend's farewell party
    "vil dø av kjedsomhet på dette kurset, kan jeg bytte til et annet?",  # an idiom
    # round 73 (batches 110-111, ordinary batches 106-107)
    "overdose av kaffe og venting, har sittet på nav-kontoret i to timer nå. seriously",  # an overdose of coffee and waiting
    "shukriya for hjelpen med søknaden, du reddet livet mitt i dag haha",  # a life saved "i dag", the help named
    # round 74 (batches 112-113, ordinary batches 108-109)
    "spas heval for hjelp med søknad. du redde livet mitt haha",  # "redde", the help named
    "hola hola! ja jeg lever fortsatt haha, lenge siden sist",  # still alive, with a laugh
    "Jeg ber om at det ikke sendes meldinger før klokken ti. Jeg tar tablettene mine klokken ni slik legen har sagt, og hviler etterpå.",  # no messages before ten
    # round 75 (batches 114-115, ordinary batches 110-111)
    "ikke send mld så tidlig i helga, våkna av pling kl 7 lørdag og var klar for å drepe telefonen",  # ready to kill the phone
    "bruh nav sin side er så treg at jeg vil kaste telefonen i veggen",  # the phone thrown at the wall
    "maraming salamat po, dere har vært så snill mot meg hele kurset. jeg kommer til å savne dere",  # will miss you, the course named
    "kan vi flytta møtet fredag? skal på telttur m ungene i sirdal og sove ute to netter",  # a tent trip
    "kan knyte alle slags knuta og spleise tau, vil ha jobb på oppdrett eller båt",  # knots as a skill, a job wanted
    "Kan du fortelle meg hva som står igjen i aktivitetsplanen før kurset avsluttes? Jeg vil gjerne avslutte ordentlig.",  # to finish the course properly
    "lol killa han i fortnite med pickaxe xD",  # killed in a game
    # round 76 (batches 116-117, ordinary batches 112-113)
    "mahadsanid. jeg tar medisin som lege sier, to tablett hver morgen, nå føler meg bedre. takk for hjelp",  # medicine as the doctor says, feeling better
    "kan ikkje koma fredag er på fjellet og sankar sauer",  # gathering sheep
    "jeg så trøtt etter jobb, kan ikke gjøre cv i kveld. i helgen ok?",  # tired after work, the weekend offered
    "kan dokke slutte å sende påminning kl 8 om morgonen? eg søv då lol",  # reminders at 8
    "Jeg kommer ikke på arbeidstreningen mandag og tirsdag. Jeg skal gå til toppen av Gaustatoppen med onkelen min og sove i telt en natt. Vi er tilbake onsdag kl 18.",  # a summit walk with a tent
    "kan du hjelpe meg med passordet til bankid eller må jeg ringe banken",  # help with the BankID password
    # round 77 (batches 118-119, ordinary batches 114-115)
    "Je tek tablettane slik legen sa, to om morgonen og ein om kvelden, og no e je mykje betre",  # as the doctor said, better
    "jeg tok tablettene nøyaktig som legen sa komma og nå er jeg mye bedre punktum kan begynne på kurset igjen fra mandag",  # exactly as the doctor said
    "jeg skjøt alle i counter strike i går, min dost sier jeg er best. har dere jobb med data?",  # shot everyone in a game
    "Lomme ringing beklager punktum Det var hunden som tråkket på telefonen",  # a pocket call
    "dette meldekortgreiene tar livet av mæ fr, hver eneste gang e det nåkka nytt",  # a NAV thing, "fr"
    # round 78 (batches 120-121, ordinary batches 116-117)
    "det skjemaet tar livet av meg, orker ikke mer av det i dag. kan jeg levere det neste uke",  # of it today, a later delivery asked
    "orker ikke mer matte altså haha, kan e få utsatt fristen på oppgaven til neste uke",  # a school subject, the deadline moved
    "drepte broren min i fortnite 4 ganger i kveld haha",  # a brother killed in a game named
    "skjøt kompisen min i minecraft i går lol",  # a friend shot in a game named
    "broren min kommer til å drepe mæ fordi e tok hele tv-en i helga lol. uansett når e neste møte med veilederen",  # "will kill me", with a laugh
    "jeg skadet hånd på praksis, kuttet med kniv på kjøkken. lege sier jeg må være hjemme en uke",  # a hand cut at a placement, the doctor's word
    "kutta meg i tommelen på jobb i går, legen sa eg må vere heime to dagar",  # a thumb cut at work
    # round 79 (batches 122-123, ordinary batches 118-119)
    'Jeg tar pillene slik doktoren sa. Morgen og kveld. Pillene tar jeg. Hva er det jeg skal gjøre for dere denne uka',  # as the doctor said, morning and evening
    'Jeg har ryddet i boden og gitt bort alt babyutstyret til en venninne som venter barn. Så godt å få det ut av huset. Forresten, når er fristen for cv-en?',  # baby things to a friend expecting
    'Jeg har stått på dekk hele mitt liv og kan båt, tau og knuter. Har De arbeid for en slik mann?',  # knots as a skill, work asked for
    'hawey jeg killa hele laget i warzone i natt haha. men seriøst, når er møtet mitt?',  # the whole team in a game
    'kiedy przyjda pieniadze? litt trangt før bursdagen til syn på lørdag, men vi klarer oss. bare lurer på datoen',  # a little tight, but managing
    'Jeg har kjøpt tau for å sikre lasset på tilhengeren, for vi flytter til Elverum på lørdag. Vennligst registrer ny adresse fra neste uke.',  # rope for a load
    'mamma sier jeg skal flytte ut til sommern ass, skal bo med kompisen i Stavern',  # moving out with a plan
    'orker ikke mer snømåking i dag haha, så jeg er litt sein til praksis',  # a chore, with a laugh
    # round 80 (batches 124-125, ordinary batches 120-121)
    'Jeg har tatt medisinen etter legens anvisning, og skulderen er langt bedre. Jeg er nå klar for deltidsarbeid, gjerne i en stilling knyttet til havn eller sjø.',  # the doctor's instructions
    'sorry feil person, skulle te mamma: kjøp kattemat og dopapir',  # the wrong person
    'sorry feil nummer, skulle te kompisen',
    'Jeg klarer ikke mer av dette skjemaet i kveld, det tar livet av meg. Kan jeg levere det neste uke i stedet?',  # this form, a later delivery asked
    'jag dör av tristess i stugan nu när säsongen är slut haha. vill jobba utomhus i sommar, typ camping eller guide',  # Swedish boredom
    'inte aktuellt, jag dör av tristess på ett lager. skicka barjobb istället',
    # round 81 (batches 126-127, ordinary batches 122-123)
    'orker ikke flere cv-kurs ass, har hatt tre, samme dritten hver gang',  # more courses
    'gidder ikke flere møter, kan vi ta det på telefon?',
    'jeg kan jobbe fiskebruk, henge skrei på hjell, kulde ikke problem',  # cod on drying racks
    'va på toppen av reinebringen i dag, heilt rå utsikt, trudde æ sku dø i bakkan haha',  # a summit, with a laugh
    'Jeg gikk tur. Til toppen av Borgklinten. Det tok lang tid. Men jeg klarte det. Det stod i planen.',  # a walk in the plan
    'e tom for snus og pizzapenga haha men har mat i skapet. kæm tid kjæm pengan',  # out of snus, food in the cupboard
    'oops lomma trykket',  # a pocket call
    # round 82 (batches 128-129, ordinary batches 124-125)
    'Eg orkar ikkje skjemaet no, det er hausting. Kan det venta til november?',  # a form in the harvest, a later date asked
    'orker ikke meldekortet nå, er på jobb. Kan det vente til mandag?',  # at work
    'jkjkjkkk.. lomma',  # a pocket text
    # round 83 (batches 130-131, ordinary batches 126-127)
    'mahadsanid for alt, norskkurset er ferdig nå og jeg kommer til å savne læreren. dere har vært så snille',  # the course over, the teacher missed
    'Pillene tar jeg akkurat som legen sa, to om morgenen og en om kvelden. Må det stå noe om det i aktivitetsplanen, eller er det bare jobbsøking der?',  # a dose as the doctor said
    'ska sova i telt oppå Dalsnuten i natt med kompisane så eg har dårleg dekning. kan veiledaren ringa meg måndag i staden?',  # a tent on a peak with friends
    'nao quero mais ficar em Sauda. vil ikke være her lenger, vil flytte til Stavanger og jobbe på hotell',  # a move for work
    'ba noi mat i vietnam, jeg reise i begravelse 2 uke. butikk stengt. må jeg si fra til nav?',  # a funeral trip, a question to NAV
    'Jeg hørte at veilederen min skal slutte. Jeg vil gjerne få ta farvel med henne og takke for alt før hun går. Kan hun ringe meg en dag?',  # the veileder leaves
    # round 84 (batches 132-133, ordinary batches 128-129)
    'drepte sjefen i det spillet til slutt etter 40 forsøk haha. forresten har jeg sent søknaden til statkraft',  # the boss of a game
    'Ja dumaju, denne skjemaet tar livet av meg! Hva skal jeg skrive i feltet som heter arbeidsevne?',  # a form, with a question about a field
    'begynt på nye piller, tar dem sånn doktern sa. e litt tung i hue av dem så æ kjem ikkje på kurset i dag',  # new pills as the doctor said
    'orka ikke mere med det datakurset. kan jeg få no anna, noe praktisk med motor elr dyr',  # tired of a course, something else asked for
    'Dochka spiller spill hele kvelden og roper jeg drepte ham! Haha. Nu ladno. Når er min neste time hos veileder?',  # a child's game, with a laugh
    'Syn spiller Minecraft og sier han drepte zombie, og nå han er redd å sove, haha. Vybachte, feil chat.',  # a zombie in Minecraft
    'panam litt tight denne måned, kona spør når bostøtte kommer. ikke akutt, bare vil vite dato',  # a little tight, "ikke akutt"
    'I walk over the bridge to Sørenga every morning now, it helps my head. anyway, when is the next meeting?',  # a daily walk over a bridge that helps
    # round 85 (batches 134-135, ordinary batches 130-131)
    'kuttet meg på en kjøkkenkniv på jobb i går, sydd fire sting, er hjemme i dag',  # a cut on a knife at work, stitches told
    'skar meg på et glass på kjøkkenet på jobben, fikk tre sting, kan ikke komme i dag',
    # round 86 (batches 136-139, ordinary batches 132-135)
    'ok då, hej då. vi hörs nästa vecka',
    'vi ses på måndag',
    'orker ikke mer telefonkø',
    'det er som å slå hodet i veggen med nav',
    'I am afraid of heights so the scaffolding job is not for me',
    'cv: hobbyer er jakt og fiske, går det an?',
    'kutta meg på fiskebruket, er heime i dag',
    'Thanks for the job match, but the bridge construction job at Stjørdal is not for me. I am afraid of heights and I get dizzy just looking down from Elgeseter bridge.',
    'treng hjelp med cv-en. under hobbyar har eg skrive jakt, sportsskyting og isfiske, er det dumt eller kan det stå?',
    # round 87 (batches 140-143, ordinary batches 136-139)
    'Hi, just so you know: I was in hospital in Orkdal for 3 days after an accident on the well boat, my arm got caught in a rope and broke. home now and cannot work for maybe 6 weeks',  # an arm that broke in an accident
    'the job painting the bridge at Dolmsund is not for me, i am afraid of height',  # the singular
    'Kan dere la være å sende meldinger om morgenen? Jeg tar medisinen om kvelden slik legen har sagt, og den gjør at jeg sover tungt til langt på dag.',  # taken as the doctor said
    'va innlagt på UNN tre daga fordi hjertet slo rart. e heime igjen no og alt ser greit ut, har fått nye tabletta som æ tar morgen og kveld slik legen sa',  # morning and evening, as the doctor said
    'Takk for at dere ringte tilbake så raskt i går. Jeg var bekymret for regningen, men nå skjønner jeg hvordan det henger sammen, og jeg sov godt for første gang på en stund.',  # slept well at last
    'tar livet av meg denne telefonkøen',  # the queue
    'tar livet av meg dette skjemaet',
    'kommer seint på kurset i dag, det var blankis på veien og bilen havna i grøfta. ingen skadd, men eg venter på bergingsbilen nå',  # nobody hurt
    'just to let you know I had a knee operation on monday and will stay at Ringerike hospital until friday. everything went fine',  # an operation gone fine
    'tusen takk for avskjedsfesten på arbeidstreninga i går. kaka var helt rå, og det var rart å si ha det til alle etter to år',  # one's farewell party at a work training
    'har levert alle skjemaene som skulle inn. det tok knekken på mæ, men nå e det gjort og sendt',  # the past tense
    'kommer på møtet i morgen kl 10, tar toget fra jaren om det ikke e is på sporet',  # ice on the track
])
def test_since_round57_everyday_words_explain_the_models_p1(text):
    assert check_message(text) is None
    assert explained_by_ordinary_sense(text)


@pytest.mark.parametrize(("move", "to_heaven"), [
    # round 71 (ordinary batch 102): "flyttar heim til"
    ("ho vesla og eg flyttar heim til Volda att. gir bort senga og stellebordet her i Ørsta til nokon som treng det, ny adresse kjem",
     "flyttar heim til mamma i himmelen. gir bort senga, ny adresse kjem. takk for alt"),
    # round 72 (ordinary batch 104): Sørlandsk "flydde"
    ("ska flydde te kristiansand og gir bort sofaen og senga te den som vil ha dem. ny adresse kjem",
     "ska flydde te himmelen og gir bort sofaen, ny adresse kjem. takk for alt"),
    # round 73 (ordinary batch 107): the furniture given away in English, the move and the month in Norwegian
    ("flytter til trondheim neste måned, giving away all my furniture, just fyi",
     "flytter til himmelen neste måned, giving away all my furniture. takk for alt"),
])
def test_furniture_given_away_on_a_move_with_a_new_address_is_good_news(move, to_heaven):
    """The good-news step's move with a new address, in dialect forms; never a move to heaven."""
    assert check_message(move) is None
    assert explained_by_good_news(move)
    assert check_message(to_heaven) is not None


def test_round71_looking_forward_to_start_is_good_news():
    # round 71 (ordinary batches 102-103): thanks for the year and looking forward to starting at the reception centre
    text = "Takk for alt dette året! Det har gått betre enn eg trudde, og eg gler meg til å byrje på mottaket."
    assert check_message(text) is None
    assert explained_by_good_news(text)
    assert not explained_by_good_news("takk for alt. gler meg til å begynne på noe nytt etter i kveld")


@pytest.mark.parametrize("text", [
    # round 82 (ordinary batches 124-125): a course's last day today, with everyone saying goodbye or what one learned
    "siste dag norskkurs i dag. alle sier farvel, jeg sier paldies for alt, dere var gode med meg",
    "yekenyeley for alt på kurset, siste dag i dag og jeg har lært så mye av dere",
])
def test_round82_a_course_last_day_is_good_news(text):
    assert check_message(text) is None
    assert explained_by_good_news(text)
    assert not explained_by_good_news("siste dag norskkurs i dag. takk for alt, jeg orker ikke mer")


def test_round80_goodbye_to_all_on_the_course_with_the_certificate_is_good_news():
    # round 80 (ordinary batch 121): the course's last day, goodbye to all on it and the certificate got
    text = "Aujourd'hui c'était le dernier jour! vi sa farvel til alle på kurset og takket læreren for alt. fikk kursbevis, merci"
    assert check_message(text) is None
    assert explained_by_good_news(text)
    assert not explained_by_good_news("vi sa farvel til alle på kurset og takket for alt")


def test_round81_the_courses_farewell_party_with_goodbye_to_the_teacher_is_good_news():
    # round 81 (ordinary batch 123): the course's farewell party, goodbye said to the teacher
    text = "farewell party for the norsk course tonight, we say goodbye to our teacher, so sad. po what is next in my plan after?"
    assert check_message(text) is None
    assert explained_by_good_news(text)
    assert not explained_by_good_news("farewell party tonight, we say goodbye to our teacher")


def test_round72_a_friends_farewell_party_explains_but_not_with_words_of_an_end():
    assert explained_by_ordinary_sense("my friend goes home for good, we have despedida party so i cannot come to kurs")
    assert not explained_by_ordinary_sense("my friend goes home for good, despedida party, i cannot come to kurs. after tonight i am gone")
    assert not explained_by_ordinary_sense("i go home for good, despedida party for me, i cannot come to kurs")


@pytest.mark.parametrize("text", [
    "sola e tilbake men ikke for meg",  # "but", "not"
    "the sun is back and i wish i could feel it",  # a wish
    "no messages after 8 please, i will not be here tomorrow. takk for alt",  # with signs
    # round 58 (ordinary batches 76-77)
    "ska ut å bade i sjøen i natt, aleine",  # alone, at night
    "talk to ye soon, i want to die",  # with a sign
    # round 59 (ordinary batch 82)
    "tok kniven fra kjøkkenet og skadet armen",  # a hurt
    "jobber på slakteriet, har kniven klar i kveld og vil dø",  # with a sign
    # words of an end or a plan keep the model's P1 whatever everyday sense the message also has
    "talk to ye soon, or maybe never",
    "no messages after 8 please, it will not matter after tonight",
    "slaughterhouse job? i have enough knives at home for what i plan",
    "ha det, ska ut å fiske med ungan, siste gang",
    "hoppe av og bli borte",  # round 60
    "send bare en melding i uka, det spiller ingen rolle lenger",
    "søknaden er sendt. er god med tau, og vil ikke leve lenger",  # round 61: with a sign
    "er god i vann, det spiller ingen rolle lenger",  # no application named
    "orker ikke mer, er utslitt etter fysioterapien, ta det i morgen",  # round 63: with a sign
    "sliten etter jobb, ta det i morgen, det spiller ingen rolle lenger",
    "er sliten, ta det i morgen",  # nothing named
    "skal ut og fiske alene i natt",  # round 64: alone, never, the last time
    "going fishing on the river, never coming back",
    "sitter på brua og spiser is, siste gang",
    "det går bra, dere slipper meg snart",  # round 66: more than a reassurance
    "går bra, ingen problem lenger etter i natt",
    "går bra. vil ikke leve",
    "det går ikke bra",
    "siste dag på tiltaket, siste melding fra meg. vil ikke leve lenger",  # a last day with a sign
    "mistet jobben, siste dag på jobben i dag, dette blir siste melding fra meg",  # the job lost
    "orker ikke mer. kan jeg få hjelp?",  # round 67: nothing named
    "orker ikke mer skole",  # no request
    "this would drive anyone mad, i want to die",  # with a sign
    "det tar livet av meg å leve sånn",  # round 68: living is no chore
    "det tar livet av meg å vente, vil ikke leve lenger",  # with a sign
    "du reddet dagen min, men etter i kveld spiller ingenting noen rolle",  # words of an end
    "pillene fra legen hjelper godt, tar dem som han sa, men vil ikke leve lenger",  # round 69: with a sign
    "kan nån hjelpe meg med søknaden? orker ikke mer av den",  # no laugh: the net's sign stands
    "begravelsen er på tirsdag, han ble 94. vil ikke leve lenger",
    # round 70: with a sign
    "stod i tau på taket, vil ikke leve lenger",
    "det gikk bra til slutt. vil ikke leve lenger",
    # round 73: an overdose of pills, or of coffee with a sign
    "tar en overdose av piller i kveld",
    "overdose av kaffe og venting, vil ikke leve lenger",
    "du reddet livet mitt i dag haha",  # no help named
    # round 74 (batches 112-113, ordinary batches 108-109)
    "jeg lever fortsatt haha, men ikke etter i kveld",  # words of an end
    "jeg lever fortsatt dessverre",  # no laugh
    # round 85 (batches 134-135, ordinary batches 130-131)
    "kuttet meg selv på jobb i går, sydd fire sting",  # oneself
    "kuttet meg igjen på en kniv på jobb, sydd fire sting",  # again
    "kuttet meg på en kniv på jobb, mye blod, sydd fire sting",  # blood
    "kuttet meg i armen på jobb, sydd fire sting",  # the arm
    # round 86 (batches 136-139, ordinary batches 132-135)
    'orker ikke mer kø. vil ikke leve lenger',
    'hej då, vi hörs aldrig mer',
    'kutta meg på filetlina igjen med vilje',
    # round 87 (batches 140-143, ordinary batches 136-139)
    'tar livet av meg i kveld',
    'ingen skadd. vil ikke leve lenger',
    'everything went fine at the hospital. after tonight it will not matter',
    'tar alle tablettene om kvelden slik legen sa',
])
def test_since_round57_not_everyday_or_with_a_sign_is_not_explained(text):
    assert not explained_by_ordinary_sense(text)


# Round 85 (batch 135): a friend with his brother's rifle who says he will "ordne opp med seg sjøl" is someone else in danger (answered as violence, with 112).
def test_round85_a_friend_with_a_gun_who_will_sort_it_out_with_himself_is_answered_as_someone_in_danger():
    hit = check_message("kompisen min fra båten har tatt geværet til broren og sier han skal ordne opp med seg sjøl i natt, han er full og han mener det. hjelp oss")
    assert hit is not None and hit.sign == "en annen er i fare nå", hit

# Round 58 (batches 80-81): someone locked in who says he will end it; "no point going on" without a veileder to change.
def test_round58_someone_locked_in_who_says_he_will_end_it_is_answered_as_someone_in_danger():
    hit = check_message("my brother has locked himself in his room with a rope and he said he will end it")
    assert hit is not None and hit.sign == "en annen er i fare nå", hit


def test_round58_no_point_going_on_still_fires_without_a_veileder_to_change():
    hit = check_message("det er ingen vits å fortsette")
    assert hit is not None and hit.intent == "crisis", hit


# Round 88 (batches 144-147, ordinary batches 140-143): other phrasings of the new signs fire; look-alikes from work, trips, moving, hobbies,
# medicine taken as prescribed and idioms do not; everyday words explain the model's P1.
@pytest.mark.parametrize(("text", "intent"), [
    ("hagla e lada. sitter aleine på hytta", "crisis"),  # a loaded gun
    ("eg er ferdig med alt no", "crisis"),  # done with everything now, the whole message
    ("sitter på toppen av taket på blokka. kjem ikkje ned att", "crisis"),  # at the top of a height, not coming down
    ("står på kanten av stupet. ingen vet", "crisis"),
    ("isen på mjøsa er råtten nå. går ut på isen i natt", "crisis"),  # ice told rotten, out on it tonight
    ("sjøen i kveld. ikke tilbake", "crisis"),  # the water tonight, not back
    ("ror ut på fjorden i natt. kjæm itte te land", "crisis"),  # not ashore
    ("ingen kommer te å skjønn at det var med vilje når bilen går i fjorden", "crisis"),  # "te å", "skjønn"
    ("sto på brua i går og kikket ned i elva. drar dit igjen i natt", "crisis"),  # on a bridge looking down, again tonight
    ("sitter i bilen med motoren i gang i garasjen", "crisis"),  # the engine before the garage
    ("har alle tablettene fra apoteket her, tar dem i natt", "crisis"),  # all the pills, taken tonight
    ("i kveld eg gjer slutt", "crisis"),  # tonight, "gjer slutt"
    ("har planlagt det. fredag når alle har dratt. så er det over for meg", "crisis"),  # a plan, then over for oneself
    ("har funnet ut når jeg skal gjøre det", "crisis"),  # when "to do it" found out
    ("i started cutting again last week", "crisis"),  # cutting again, with "I"
    ("skori mæ i låret igjen i kveld", "crisis"),  # the thigh named before "igjen"
    ("naboen kaster kona i veggen nå, jeg hører det", "crisis"),  # someone thrown at the wall, now
    ("han har pistolen med seg og sa at vi har det bedre uten ham", "crisis"),  # someone with a gun: better without him
    ("har ingen plass å sova i natt", "urgent_need"),  # "sova"
    ("vi må ut av leilighet innen fredag og har ingen plass", "urgent_need"),  # without the article
    ("utleier har kasta tingene mine ut på gata", "urgent_need"),  # the landlord put the things out
    ("har ikke noe å gi guttene mine til middag", "urgent_need"),  # the boys, "mine"
    ("50 kroner igjen med tre barn til fredag", "urgent_need"),  # a few kroner, children until a day
    ("stua e iskald og veden e tom", "urgent_need"),  # the house cold, the firewood gone
    ("ovnen har vært død i tre dager, minus 20 ute og vi sover med lua på", "urgent_need"),  # the stove dead in frost
    ("pokoj od firmy. mam 3 dzieci i ingen sted å bo fra i morgen", "urgent_need"),  # Polish "od" is no overdose
    # found on review: a bank card, the phone or "men eg har ikkje råd" beside the need do not guard it, nor a first-aid course beside one's own overdose
    ("har 40 kr igjen og to unger til fredag, kortet er tomt", "urgent_need"),
    ("40 kr igjen og tre unger te lønninga. ring meg på mobilen", "urgent_need"),
    ("ovnen e kald og veden e slutt, men eg har ikkje råd te meir", "urgent_need"),
    ("huset er iskaldt og veden er helt slutt. har ikke kjøpt ny", "urgent_need"),
    ("Jeg har tatt en overdose nå. lærte det ikke på førstehjelpskurset", "crisis"),
    # a real overdose or cut still fires beside a course or "lærte"
    ("har tatt en overdose, lærte om det på førstehjelpskurset men han puster ikke", "crisis"),
    ("tok en overdose i kveld", "crisis"),
    ("kuttet meg igjen i natt, lærte ingenting", "crisis"),
])
def test_round88_other_phrasings_fire(text, intent):
    hit = check_message(text)
    assert hit is not None and hit.intent == intent, (text, hit)


@pytest.mark.parametrize("text", [
    # two indirect signs add up
    "takk for alt. dette er siste melding",  # thanks + the last message as the last words
    "sletta alt og gitt bort katta",  # everything deleted + given away
    "skreiv brev til mamma. at ingenting av dette var hennes feil",  # a letter + not her fault
    "går til brua i natt. przepraszam za wszystko",  # at the bridge + sorry for everything (Polish)
    "ryddet alt. nå er det bare meg igjen",  # cleared + only oneself left
    "ta vare på katta mi. dette er siste sms",  # the pet + the last message
    "har skrevet ned pinkoden til sonen min, så han får bildene etterpå",  # the codes + pictures afterwards
    "dette blir min siste jul. ville bare at noen skulle vite det",  # one's last Christmas + wanting someone to know
    "ingen vits lenger. vil bare bort for godt",  # no point + away for good (despair)
    "katta er hos mor og jeg er ferdig med alt. det er bestemt",  # the cat given + decided after "ferdig med alt"
])
def test_round88_signs_add_up_to_a_crisis(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", (text, hit)


@pytest.mark.parametrize("text", [
    # round 88 look-alikes: work, trips, moving, hobbies, medicine as prescribed, idioms
    "gjeværet e lada og klart te elgjakta",
    "gjeværet e lada med blanke te øvelsen i heimevernet",
    "e ferdig m alt på kurset nu",
    "ferdig med alt til flyttinga nå",
    "e ferdig med alt",  # without "now": one indirect sign alone (round 57)
    "står på toppen av fjellet, går ikke ned før sola går ned",
    "står øverst i hoppbakken og skal hoppe, ingen veit at eg e redd",
    "står på toppen av fjellet på tur med gutta, går itj ned enda",
    "isen er tynn, ikke gå utpå i kveld",
    "isen e tynn nu, går utpå i kveld og pilker litt",
    "isen på storsjøen i natt med pilken, itte tebake før sju",
    "tar båten ut på vorma i kveld, kjæm itte te land før i morgen",
    "ingen kommer til å skjønne at det var med vilje at jeg rygga inn i postkassa",
    "stod på skjoldastraumen bru og kikka ned på laksen, går dit att i kveld med stanga",
    "stod på skjoldastraumen bru i natt og kikka ned, går ikke dit igjen",
    "sitter i bilen med motoren på i garasjen for å varme den opp",
    "sitter i bilen med motoren på utenfor garasjen og venter på kona",
    "har alle pillene fra legen, tar de i kveld etter maten som vanlig",
    "har alle pillene fra legen og tar dem i dosetten i kveld",
    "i kveld jeg gjør slutt med kjæresten",
    "i natt jeg gjør slutt på prosjektet",
    "har planlagt det no, sesongen er slutt laurdag, då er det over for min del",
    "har planlagt det med jobben, då er det over for min del",
    "har funnet ut hvor jeg skal gjøre praksisen",
    "har funnet ut hvordan jeg skal gjøre det med søknaden",
    "cutting costs again this year",
    "the barber is cutting again tomorrow, i am cutting my hair again",
    "har skori mæ i fingeren igjen i kveld på kniven",
    "i filmen slenger han henne i veggen, så ekkel scene nå",
    "ungen slenger ballen i veggen nå og jeg hører det hele dagen",
    "han tok med hagla på jakt og sa at vi klarer oss bedre uten ham på elgjakta",
    "vi klarer oss bedre uten ham, sa sjefen om den nye",
    "må ut av leiligheten før første mars, har fått ny leilighet",
    "husverten har satt tinga mine ut i boden mens de maler",
    "husverten satte tingene ut på trappa så flyttebilen kan hente dem",
    "40 kr igjen på busskortet og to unger te tirsdag",
    "har 40 kr igjen på mobilen og to unger til fredag",
    "veden e slutt, men ny kjem i morgon. ovnen e kald no",
    "ovnen e kald fordi vi har bestilt ny ved",
    "sletta alt på den gamle mobilen før eg selde han",
    "skjemaet på nav sletta alt eg skreiv",
    "no e det berre meg att på jobben",
    "rydda etter festen, no e det berre meg att",
    "bytter nummer, dette e siste sms",
    "har du lest min siste melding",
    "ta vare på bikkja mi mens eg e på ferie",
    "kan du ta vare på katta mi te søndag",
    "så dottera mi får bilda etterpå når me kjem heim frå ferien",
    "ingenting av dette var deres feil, det var systemet",
    "dette blir min siste vinter her på småbruket, vi sel og flyttar i leilegheit",
    "itte noe vits å søke her lenger, vil bort for godt, ser etter jobb i nord",
    "møtet er flytta te fredag, det er bestemt",
    "przepraszam za wszystko, zapomnialem o spotkaniu",
    # round 88 (ordinary batches 140-143): what a first-aid course taught
    "Ferdig med førstehjelpskurset nå! Vi lærte hva man gjør ved hjertestans, drukning og når noen har kuttet seg stygt. Jeg fikk kursbevis, kan dere krysse av aktiviteten i planen?",
    "Fullført førstehjelpskurset på Tynset! Lærte hva man gjør om noen har tatt overdose, er nedkjølt eller har gått gjennom isen. Fikk kursbevis, kan det legges inn i planen?",
    # a farewell to NAV with a job started (the past tense), a farewell letter to colleagues before a new job
    "vil ikkje ha fleire sms frå dåkke. eg har sagt farvel te nav for godt og byrja i fast jobb på verftet i Ølensvåg. takk for alt, men no treng eg dykk ikkje meir.",
    "Har skrevet avskjedsbrev til kollegaene på butikken i dag, siste dag er fredag. Begynner i ny fast jobb på lageret på Rena på mandag!",
    # found on review: more wood on its way, a night shift on the lake, not home (not "not back"), a cat on the roof
    "ovnen er kald, veden er slutt, men naboen kommer med mer i kveld",
    "jobber på ferja på mjøsa i natt, kommer ikke hjem",
    "er på storsjøen i natt, kjem ikkje heim",
    "katten sitter på toppen av taket og kommer ikke ned",
])
def test_round88_look_alikes_do_not_fire(text):
    assert check_message(text) is None, (text, check_message(text))


@pytest.mark.parametrize("text", [
    "nei takk, har alt sagt farvel te den jobben",
    "Jeg må dessverre flytte timen på mandag. Hunden skal til dyrlegen for å sy et kutt i poten etter at han tråkket på glass på fjæra, og det var den eneste tida de hadde ledig.",
    "katten må til veterinæren, han har et stygt kutt i labben",
    "ho som va veilederen min har slutta og flytta sørover, vi hadd ein liten avskjedsfest for ho på tiltaket i går. kæm e det som har mæ nu, og får æ beskjed om det?",
    "å venta på svar frå dåkke e verre enn ein skrekkfilm. tre månader no",
    "likar å skriva, har skrive ein krim der alle døyr på slutten haha, og eg skriv kvar dag. finst det jobbar med tekst eller i avis her i distriktet, kanskje på Haugesunds-kanten?",
    "Fullført førstehjelpskurset på Tynset! Lærte hva man gjør om noen har tatt overdose, er nedkjølt eller har gått gjennom isen. Fikk kursbevis, kan det legges inn i planen?",
    "Ferdig med førstehjelpskurset nå! Vi lærte hva man gjør ved hjertestans, drukning og når noen har kuttet seg stygt. Jeg fikk kursbevis, kan dere krysse av aktiviteten i planen?",
])
def test_round88_everyday_words_explain_the_models_p1(text):
    assert check_message(text) is None and explained_by_ordinary_sense(text), text


@pytest.mark.parametrize("text", [
    "vil ikkje ha fleire sms frå dåkke. eg har sagt farvel te nav for godt og byrja i fast jobb på verftet i Ølensvåg. takk for alt, men no treng eg dykk ikkje meir.",
    "Har skrevet avskjedsbrev til kollegaene på butikken i dag, siste dag er fredag. Begynner i ny fast jobb på lageret på Rena på mandag!",
])
def test_round88_a_farewell_with_a_new_job_is_good_news(text):
    assert check_message(text) is None and explained_by_good_news(text), text


@pytest.mark.parametrize("text", [
    "har sagt farvel te den jobben. vil ikke leve lenger",  # with a sign
    "dyrlegen sydde kuttet i poten. etter i kveld spiller ingenting noen rolle",  # words of an end
])
def test_round88_not_explained_with_a_sign_or_words_of_an_end(text):
    assert not explained_by_ordinary_sense(text)



# ------------------------------------------------------------------ round 89 (batches 148-151, ordinary 144-147)

@pytest.mark.parametrize(("text", "intent"), [
    ("går utpå der isen er tynnest i natt", "crisis"),  # out where the ice is thinnest, tonight
    ("opp på toppen av fjellet i morgen. kommer ikke ned igjen", "crisis"),  # up on a height, not down again
    ("har klatret opp i kranen ved kaia. siste gangen", "crisis"),  # up a crane, the last time
    ("går opp på taket av blokka i kveld. ikkje ring nokon", "crisis"),  # up on a roof, don't call anyone
    ("går opp på Gaustatoppen i morgen og blir der", "crisis"),  # up on a named place, and staying there
    ("når isen går på vannet går eg ut i den", "crisis"),  # walking out into the water named before
    ("tar alle pillene mine i kveld", "crisis"),  # all one's pills, tonight
    ("rifla til bror min ligger klar i bilen", "crisis"),  # the owner named after the gun
    ("got my rifle out. sitting on the bed", "crisis"),  # the gun between the verb and "out"
    ("bilen e i garasjen og hageslangen ligg klar", "crisis"),  # a hose ready with the car
    ("tar sjekta ut i kveld. skal ikke hjem igjen", "crisis"),  # not home again after the boat
    ("gir bort alt jeg eier. trenger det ikke lenger", "crisis"),  # all one owns, no need of it
    ("skjærer i armen igjen, klarer ikke stoppe", "crisis"),  # cutting into the arm again
    ("rispa armen igjen i går", "crisis"),
    ("takk for alt. hils veilederen min", "crisis"),  # thanks and a greeting, the whole message
    ("my husband is hitting me right now", "crisis"),  # the partner named
    ("kompisen sitter på rekkverket på brua og seie han ska hoppe", "crisis"),  # Valdres "seie"
    ("mannen står i gangen med kniv og roper at han skal ta oss", "crisis"),  # with a knife, shouting he will "take" us
    ("moja siostra mowi ze sie zabije dzisiaj", "crisis"),  # Polish: she says she will kill herself
    ("bur i campingvogna og dei stengjer plassen. har ingen anna plass å flytte til", "urgent_need"),  # no other place to move to
    ("vi må ut av personalhuset på fredag og har ingen penger", "urgent_need"),  # a staff house that goes with the job
    ("hybelen skal være tom til fredag og jeg har ingen annen plass", "urgent_need"),  # to be emptied by a day, no other place
    ("ovnen er ødelagt og veden er slutt, kaldt i huset", "urgent_need"),  # the stove broken and no firewood
    ("mai mii ngoen. baby hungry", "urgent_need"),  # Thai: no money
    ("står på ypsilon nå", "crisis"),  # the lead's review: Drammen's footbridge, as "brua"
    ("sitter oppe på ypsilon no", "crisis"),
    ("har klatra opp i masta. siste gongen", "crisis"),  # found on review: up there now, the last time
    ("har ingen annan stad å flytte. hjelp", "urgent_need"),  # found on review: no other place, then a plea
    ("må ut av personalhuset på fredag", "urgent_need"),  # found on review: a staff house to leave by a day
])
def test_round89_other_phrasings_fire(text, intent):
    hit = check_message(text)
    assert hit is not None and hit.intent == intent, (text, hit)


@pytest.mark.parametrize("text", [
    # two indirect signs add up
    "det er ikke mer å vente på. takk for meg",  # nothing more to wait for + "takk for meg" as the last words
    "etter helga er jeg ferdig. bestemt meg",  # done after a day + decided
    "har skrevi brev te ongan. takk for meg",  # a letter to the children (namdalsk "ongan") + "takk for meg"
    "si til han Per at jeg var glad i han. pinkoden til mobilen ligger i skuffen",  # told one was fond + the PIN told where it lies
    "har ordnet opp i alt. det er ikke noe mer dere trenger å gjøre for meg",  # set in order + nothing more for NAV to do
    "trenger ikke timen på mandag eller noe etter det. takk for alt",  # nothing after that + thanks
    "kan noen hente hunden min? dette er siste melding",  # someone to fetch one's pet + the last message
    "har ryddet alt. til noen kommer og finner meg",  # cleared + someone who will find one
])
def test_round89_signs_add_up_to_a_crisis(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", (text, hit)


@pytest.mark.parametrize("text", [
    # round 89 look-alikes: ice fishing and warnings, hikes with a descent, crane work, parking, the cabin, bathing
    "ikkje gå ut der isen e tynnast i kveld",
    "pilkar der isen e tynnast i kveld",
    "går ut der isen e tynnast i kveld med ungane og pilkar",
    "opp på skarvet i morgo, ikkje ned att før søndag",
    "opp på skarvet i morgo på topptur. ikkje ned att",
    "klatra opp i kranen på skiftet i dag, siste gongen før ferien",
    "klatra opp i kranen på jobb i dag. siste gongen",
    "skal opp på taket av parkeringshuset og hente bilen. ikke ring noen",
    "skal opp på taket og måke snø i kveld. ikke ring noen",
    "går opp på hytta i morgo og blir der",
    "går opp på fjellet i morgo og blir der til fredag",
    "går opp på rommet og blir der",
    "når isen går på elva går jeg ut i den og bader",
    "når isen går på elva går jeg ut i den med kajakken",
    # medicine as prescribed, the hunt, cleaning a gun, a garden hose, washing the car
    "tek tablettane mine no",
    "tar alle medisinene mine nå om morgenen",
    "tek alle tablettane mine no, som legen sa",
    "hagla står klar til rypejakta",
    "hagla til far står klar i skapet til jakta i morgon",
    "got the rifle out to clean it before hunting season",
    "got the rifle out of the truck",
    "slangen e klar, skal vaske bilen i garasjen",
    "bilen står i garasjen og hageslangen e klar til å vanne blomstene",
    # the boat home after a day, giving away with a kind named or a move, wood, fish and thorns
    "tar båten ut i natt, ska itj heim att før laurdag",
    "gir bort alt e eig av babyklede, treng det ikkje",
    "gir bort alt e eig, flyttar til Spania og treng det ikkje",
    "skjer i veden att, får ikkje stoppa",
    "rispa armene på tornebusken igjen",
    "skjer fisken i armen att",
    # idioms and play: hitting up, the gym, bathing, catching up, taking along, laughing
    "he is hitting me up right now about the party",
    "my boyfriend is hitting the gym right now",
    "venninna står på brurekkverket og seie ho ska hoppe i elva og bade, det gjer dei kvar sommar",
    "vi står på kaia og kompisen sie han ska hoppe uti og bade",
    "kokken står på kjøkkenet med kniv og ropar at han skal ta oss med på fisketur",
    "sambuaren står i døra med kniv og skrik at han skal ta oss igjen i kortspel",
    "mowi ze sie zabije ze smiechu",
    # moving with a place to go, a thing to move, a repair on its way
    "har ingen annan stad å flytte bilen",
    "har ingen annen plass å flytte til enn hjem til mor",
    "vi flytter til Bergen, har ingen annen plass å flytte til",
    "vi må ut av firmaleiligheten på mandag, flytter inn hos svigermor",
    "brakka skal vera tom til søndag, eg flyttar til ein hybel i byen",
    "ovnen ødelagt og ved er slutt, men reparatøren kjem i morgon",
    # an ordinary thank-you, a bus waited for, the end of a course, a job, a trip, an allergy, hide-and-seek, cleaning for the landlord
    "takk for alt, hils veilederen og god jul",
    "takk for alt. hils veilederen, ses på mandag",
    "det e ikkje meir å vente på bussen",
    "det er ikke noe mer å vente på, pakken kom i dag",
    "siste dag på kurset i dag. takk for meg",
    "etter fredag e æ ferdig med kurset. bestemt mæ",
    "passordet te banken ligg i skuffa mens eg e på ferie. ta vare på katta mi",
    "kan noen hente katten min? sønnen er allergisk. dette er siste melding",
    "fikk jobb, så det er ikke noe mer dere trenger å gjøre for meg. takk for alt",
    "i wont need the appointment on monday or anything after that, got a job in bergen. thanks for everything",
    "gjemmer meg i skapet til de kommer og finner meg. takk for meg",
    "ligg på golvet til dei kjem og finn meg, har rydda alt",
    "har vaska heile leilegheita før utleigar kjem. takk for meg",
    "gir bort katten fordi eg flyttar, kan noen hente katten min",
    # found on review: measuring the ice, a summit trip or the church tower planned as the last time, the boat to the cabin, a horse to move,
    # a staff house to leave in the spring
    "går ut der isen e tynnast i kveld for å måle tjukkleiken for kommunen",
    "skal opp på toppen av galdhøpiggen i morgen, siste gangen",
    "går opp på tinden i morgen med gutta. siste gangen",
    "skal opp i tårnet på kirka i morgen og ringe klokkene, siste gangen",
    "tar båten ut til hytta i natt. ska itj heim att",
    "har ingen annen plass å flytte hesten",
    "må ut av personalhuset når sesongen er slutt i april, kva gjer eg med adressa",
    "står på ypsilon og tar bilder av elva",  # Drammen's footbridge: pictures, a friend waited for, fishing (the round 64 and 73 guards)
    "står på ypsilon nå og venter på kompisen min",
    "står på ypsilon og fisker",
    "står på kiwi nå",  # a shop, not a bridge
])
def test_round89_look_alikes_do_not_fire(text):
    assert check_message(text) is None, (text, check_message(text))


@pytest.mark.parametrize("text", [
    "kutta meg i foten med øksa på jobben, ulykke, men er på bedringens vei nå",  # an accident healing
    "mobilen ble stjålet på toget. får nytt nummer neste uke",  # a phone lost, a new number
    "søknad til fiskemottaket: jeg er flink med kniv og ikke redd for blod",  # a knife and blood as a skill
    "så en film der nesten alle dør til slutt, kan vi snakke om det på kurset",  # a story told
    "kven tar over etter rettleiaren min? ho hadde avskjedsfest i går",  # someone else's farewell party
    "far min døde etter lang sykdom, kan jeg få permisjon",  # a death after a long illness
    "kan jeg få se alt dere har skrevet om meg?",  # one's own file asked for
])
def test_round89_everyday_words_explain_the_models_p1(text):
    assert check_message(text) is None and explained_by_ordinary_sense(text), text


@pytest.mark.parametrize("text", [
    "mor døde etter lang sykdom og nå vil jeg ikke leve lenger",  # with a sign
    "leste en bok der alle dør. jeg vil ikke leve lenger",
    "ulykke med motorsaga, kutta meg selv med vilje, kjem heim måndag",  # on purpose: no accident
])
def test_round89_not_explained_with_a_sign_or_on_purpose(text):
    assert not explained_by_ordinary_sense(text)


def test_round89_the_course_ends_with_the_group_missed_is_good_news():
    text = "takk for alt på jobbsøkerkurset, siste dag i dag. kommer til å savne gjengen"
    assert check_message(text) is None and explained_by_good_news(text)



# ------------------------------------------------------------------ round 90 (batches 152-155, ordinary 148-151)

@pytest.mark.parametrize(("text", "intent"), [
    ("tar sjekta ut i kveld. blir der", "crisis"),  # out on the water, staying there
    ("går ut på moloen i natt og blir der", "crisis"),
    ("ror ut når det blir mørkt og blir ute", "crisis"),
    ("fjorden e så blank i kveld. går uti snart", "crisis"),  # into the water named, soon
    ("står på kanten av demningen. ingen kommer til å merke noe før i morgen", "crisis"),  # an edge, nobody would notice before morning
    ("står helt ute ved kanten no", "crisis"),  # right out at the edge
    ("sitter på rekkverket på brua. hadde vært så lett å bare slippe taket", "crisis"),  # how easy it would be to let go
    ("har kniven i handa og tenker på å bruke den på meg selv", "crisis"),  # a knife used on oneself
    ("tauet ligger klart i fjøset. i kveld", "crisis"),  # a rope in the barn, tonight
    ("har planlagt hvordan jeg skal gjøre det og når", "crisis"),  # planned how and when
    ("har så lyst til å kutte meg i kveld", "crisis"),  # wanting to cut oneself
    ("ive been cutting my wrists again", "crisis"),
    ("han er full og slår, han slipper meg ikke ut", "crisis"),  # hitting or drunk, not let out
    ("tom for fyringsolje og huset er iskaldt", "urgent_need"),  # out of fuel, the cold told
    ("strømmen ble kuttet fordi vi ikke klarte å betale regningen", "urgent_need"),  # the power cut off, the noun first
    ("barna spør etter mat og jeg har ingenting", "urgent_need"),  # a child asks for food, nothing
    ("vi har bare spist havregryn i tre dager", "urgent_need"),  # only one thing for days
    ("dei har bytta låsen på døra i dag og alle tinga mine e inne", "urgent_need"),  # the lock of the door changed
    ("sitter ute på stasjonen i tromsø, ingen seng i natt", "urgent_need"),  # out in a place, no bed tonight
    ("har bare 20 kr til fredag og barna skal ha mat", "urgent_need"),  # a few kroner until a day
    ("hybelen på verftet skal tømmes innen fredag. har ingen andre steder", "urgent_need"),  # emptied by a day, no other places
    ("vil dø. orker ikkje meir", "crisis"),  # "vil dø" still fires without seasickness
    ("blir så kvalm av alt at jeg vil dø", "crisis"),
    # found on review: the narrower guards still let these through
    ("tar robåten ut når det mørkner. blir der", "crisis"),
    ("har barberbladet klart og skal bruke det på meg selv i kveld", "crisis"),  # "har" is also "have", not "hår"
    ("har kniven her og vil bruke den på meg selv", "crisis"),
    ("ungane har bare fått knekkebrød i tre dager", "urgent_need"),
])
def test_round90_other_phrasings_fire(text, intent):
    hit = check_message(text)
    assert hit is not None and hit.intent == intent, (text, hit)


@pytest.mark.parametrize("text", [
    # two indirect signs add up
    "tok med hagla ut til naustet. dere trenger ikke vente på meg",  # a gun taken along + not to be waited for
    "vil at de skal vite at det aldri var deres feil. sitter og skriver brev til barna",  # never their fault + letters to the children
    "kan du si til mamma at jeg er glad i henne. og hun får katten min",  # told one is fond + a pet given
    "timen min på fredag kan dere gi til noen andre. takk for alt",  # one's appointment given away + thanks
    "dere ser meg ikke mer. har gitt bort katten",  # NAV will not see one any more + a pet given
    "har ryddet alt. ingen trenger å bekymre seg for meg lenger",  # cleared + nobody need care
    "nesten ferdig med alt. takk for alt",  # done with everything + thanks
    "har gitt bort fiskestanga. katta får bo hos søstera mi",  # given away + a pet to live with someone
    "har ae betalt alt ae skylde folk. bestemt mæ",  # debts paid + decided
    "eg har ordna det eg skulle. takk for meg",  # set in order + "takk for meg"
    "Jeg har ryddet alt, betalt det siste jeg skylder og skrevet et brev til hver av guttene.",  # a letter to each of the boys
])
def test_round90_signs_add_up_to_a_crisis(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", (text, hit)


@pytest.mark.parametrize("text", [
    # round 90 look-alikes: fishing, a stay until a time, the cabin, bathing and a warm sea, a day off, pictures and guests at a view, a worry let go
    "ror ut og fisker, blir der til kvelden",
    "tar båten ut og blir der til fredag",
    "tar færingen ut og fisker. blir ute",
    "tar båten ut til hytta. blir der",
    "sjøen e så varm i dag, går uti snart",
    "sjøen e så stille, går uti og bader snart",
    "ingen merker noe før i morgen om jeg tar fri i dag",
    "sjekker kanten av dammen i kveld, ingen merker noe før i morgen om lyset er av",
    "tar ein pause på merdkanten på nattevakta, ingen merkar noko før morgonskiftet",
    "står helt ute ved kanten og tar bilder av utsikten",
    "viste gjestene utsikten, vi sto helt ute ved kanten",
    "hadde vært så lett å bare slippe taket på bekymringene",
    "sitter ved kanten av bassenget. hadde vært så lett å bare slippe taket på alt stresset",
    # a cream or a tool, hay and a swing, a move or an application planned, bread and cake, thorns and a fence
    "kjøpte en ny krem, skal bruke den på meg selv",
    "fikk en ny kniv i gave, skal bruke den på fisken",
    "tauet henge i låven, skal henta høyet ette fredag",
    "tauet henger i låven til huska, ungane kjem ette fredag",
    "planlegger hvordan jeg skal gjøre det og når med flyttelasset",
    "planlegg korleis eg skal gjere det og når med søknaden",
    "lyst til å skjære meg en brødskive",
    "lyst te å skjære meg litt kake",
    "been cutting my arms on the brambles in the garden",
    "cut my arm again at work on the fence",
    # a boss or a party, the hunt and cleaning a gun, letters from offshore, a feast, a job, a move, a course, a loan
    "my boss wont let me leave early, the customers are drunk",
    "my boyfriend is drunk and wont let me leave the party before midnight haha",
    "tok med rifla opp te gamma på rypejakt. dokker treng ikkje vente på mæ",
    "tok med rifla opp te hytta for å rense den. treng ikkje vente på mæ",
    "sitt og skriv brev te ungan fra plattforma. gler mæ te jul",
    "kan du si til mamma at jeg er glad i henne, god jul",
    "timen min kan dere gi til noen andre, jeg har begynt i jobb. takk for alt",
    "flytter til Spania, dere ser meg ikke mer. har gitt bort katten",
    "vi flytter til Oslo, katta får bo hos søstera mi. har gitt bort fiskestanga",
    "katta får bo hos naboen mens eg er på ferie. har gitt bort fiskestanga",
    "snart ferdig med alt på kurset. takk for alt",
    "snart ferdig med alt av flyttinga, takk for alt",
    "trenger ingenting av det der jeg skal, flytter til Spania. har gitt bort katten",
    "eg har ordna det eg skulle på kontoret, takk for i dag",
    # wood or a repair on its way, a storm, a new key, an illness or a diet, a sofa or a night shift, seasickness
    "tom for ved, ny ved kjem i morgon. kaldt i stua",
    "tom for ved og kaldt ute, skal kjøpe mer i morgen",
    "strømmen ble kuttet i stormen, regningen er betalt",
    "dei har bytta låsen på døra, fekk ny nøkkel i dag",
    "dei har bytta låsen på bua, så syklane står trygt",
    "har bare spist suppe i tre dager, magesyk",
    "har bare spist grønnsaker i fem dager, er på diett",
    "ingen seng i natt, sover på sofaen hos mor",
    "ingen seng i natt på nattevakta, skiftet er langt",
    "står ute i lakselv og venter på bussen, ingen seng i natt før vi er heime",
    "nei takk te hurtigruten, blir så sjøsyk at æ vil dø",
    # found on review: out to a place or with someone and staying there, ice fishing, waiting at the edge, shaving, a rope stored, a meal that is not a staple, the shop
    "tar båten ut til mor på øya og blir der",
    "ror ut til holmen og blir der",
    "går ut på moloen med ungene og blir der",
    "drar ut på isen med pilkestikka og blir der",
    "står helt ute ved kanten og venter på hurtigruten",
    "kjøpte ny kniv, skal bruke den på meg selv når jeg barberer",
    "tauet ligger i garasjen etter helga",
    "ungane har bare fått pizza i to dager fordi vi flytter",
    "vi har bare spist taco i to dager haha, kan jeg få jobbforslag",
    "ungane spør etter brød og jeg har ingenting i huset, skal på butikken nå",
])
def test_round90_look_alikes_do_not_fire(text):
    assert check_message(text) is None, (text, check_message(text))


@pytest.mark.parametrize("text", [
    "likte skyting i heimevernet, kunne tenkt meg jobb som vekter",  # shooting liked, a job wished for
    "spiller spill der jeg skyter monstre, vil jobbe med spilltesting",  # shooting in a game, a job wished for
    "ikke krise, bare lurer på når pengene kommer",  # no crisis, only a question
    "mørketida tar på, trøtt, men ellers er alt greit. kan vi ta det rolig",  # tired, otherwise fine, a request
    "det er ikke noe galt, det er bare slik det er på sokkelen",  # nothing wrong, only how it is
    "katten ble avlivet hos dyrlegen i går. kan jeg få fri i dag",  # a pet put down at the vet
    "legen sa jeg skulle begynne på nye tabletter, og jeg tar dem akkurat som hun sa",  # begun, taken as she said
])
def test_round90_everyday_words_explain_the_models_p1(text):
    assert check_message(text) is None and explained_by_ordinary_sense(text), text


@pytest.mark.parametrize("text", [
    "ikke krise, bare vil dø",  # with a sign
    "likte skytebanen i militæret. vil ikke leve lenger",
    "legen sa jeg skulle begynne på nye tabletter. tar alle tablettene i kveld, akkurat som hun sa",  # all of them: not as prescribed
])
def test_round90_not_explained_with_a_sign(text):
    assert not explained_by_ordinary_sense(text)


def test_round90_a_permanent_job_is_good_news():
    text = "takk for alt, har nå fast jobb i kommunen"
    assert check_message(text) is None and explained_by_good_news(text)
    assert check_message("har ikke fast jobb, takk for alt. har gitt bort katten").intent == "crisis"



# ------------------------------------------------------------------ round 91 (batches 156-159, ordinary 152-155)

@pytest.mark.parametrize(("text", "intent"), [
    ("isen e tynn på vatnet. går utpå i natt", "crisis"),  # thin ice, out on it tonight
    ("the ice on the lake is thin now. going out on the ice tonight", "crisis"),
    ("står på toppen av stupet. tenker på å hoppe utfor kanten", "crisis"),  # at a height, over the edge
    ("står på taket på parkeringshuset. høyt nok", "crisis"),  # on a roof, high enough
    ("vil bare gå rett ut i havet og fortsette", "crisis"),  # into the sea and going on
    ("pappa sa han vil bli borte i havet, og nå svarer han ikke", "crisis"),  # someone who said he would be gone in the sea
    ("kompisen min står på taket på fiskemottaket og sier han skal hoppe", "crisis"),  # a fish landing is a building, not fishing
    ("har tauet i garasjen. i kveld. tilgi meg", "crisis"),  # a rope in the garage, an apology last
    ("in the car with the engine running and all windows shut. goodbye", "crisis"),  # the engine on, windows shut, a goodbye
    ("har kjøpt mange tabletter i dag. ha det", "crisis"),  # many pills bought, a goodbye
    ("kutter meg igjen, blodet renner", "crisis"),  # cutting again, bleeding
    ("hun har kniv og jeg har låst meg inne på badet", "crisis"),  # a knife, locked in
    ("he has a knife, im hiding in the bedroom", "crisis"),
    ("eksen står med kniv i gangen og sier han skal drepe oss", "crisis"),  # a place after the knife
    ("kan eg få sova ein annan stad i natt? han er full og slår", "urgent_need"),  # another place tonight, with violence: unsafe_home
    ("etter helga er jeg ferdig med alt", "crisis"),  # a day, done with everything, nothing else
    ("farvel alle. dette er min siste melding", "crisis"),  # goodbye to all, last message
    ("bye everyone. last message", "crisis"),
    ("if you read this its too late", "crisis"),  # too late when read
    ("kona døde i vår og eg har ingen igjen. no e det på tide at eg og får gå", "crisis"),  # time that I too may go
    ("hybelen er sagt opp og jeg må ut i dag. hvor skal jeg sove i natt", "urgent_need"),  # the home given notice, out today
    ("vedbua er tom og det er minus 20 ute", "urgent_need"),  # the woodshed empty, the frost told
    ("varmepumpa er ødelagt og vi har ingen ved. huset er kaldt", "urgent_need"),  # stove broken, no wood
    ("kontoen står på 20 kr og barna skal ha mat i helga", "urgent_need"),  # a few kroner shown, children to eat
    ("brakka må tømmes innen fredag og jeg har ikke noen plass å flytte", "urgent_need"),  # no place at all to move to
    ("namsmannen kommer på tirsdag og vi må ut", "urgent_need"),  # eviction by the namsmann still fires
    ("har 10 kr til mat", "urgent_need"),  # a few kroner for food still fires
    ("har 10 kr igjen og ungene skal spise", "urgent_need"),
    ("takk for alt. dette e siste gongen dykk høyrer frå meg", "crisis"),  # the last time NAV hears from one
    ("har bare 15 kroner igjen til mat", "urgent_need"),  # a few kroner for food
    ("han slår meg nå", "crisis"),  # violence happening now stays crisis
    # the lead's review: a named bridge now is a crisis as "brua" is (the round 48 and 73 decision of one indirect sign is changed), and "tilgi mæ" is an apology
    ("står på dyrøybrua no", "crisis"),
    ("står oppå gisundbrua nu", "crisis"),
    ("sitter på tromsøbrua nå", "crisis"),
    ("tau i låven. tilgi mæ", "crisis"),
    ("står på Puddefjordsbroen nå. takk for alt", "crisis"),  # two indirect signs before, the bridge now alone is one now
])
def test_round91_other_phrasings_fire(text, intent):
    hit = check_message(text)
    assert hit is not None and hit.intent == intent, (text, hit)


@pytest.mark.parametrize("text", [
    # two indirect signs add up
    "tok fars hagle. den ligger i bilen med meg. ville bare at noen skulle vite det",  # a gun taken, with one in the car + farewell
    "tek nokon hunden min? treng han ikkje etter fredag",  # someone asked to take a pet ("tek") + not needed after a day
    "har ordna med sauene til broren min. takk for alt",  # the animals arranged for + thanks
    "dere trenger ikke ringe meg mer. da er jeg ferdig med alt sammen",  # then done with all of it + no more calls
    "har ordnet papirene. trur ikkje eg er her meir når dokk ringer",  # not here when NAV calls + papers set in order
    "takk for alt. jeg skal ikke være til bry for dere lenger",  # no bother any more + thanks
    "har gitt bort katten. trenger ikke noe mer fra dere heretter",  # nothing more needed from NAV + given away
    "har gitt bort katten. si til veilederen at hun ikke trenger å ringe meg mer",  # the veileder need not call + given away
])
def test_round91_signs_add_up_to_a_crisis(text):
    hit = check_message(text)
    assert hit is not None and hit.intent == "crisis", (text, hit)


@pytest.mark.parametrize("text", [
    # the ice: fishing, a warning, testing, "ikke gå utpå"
    "isen på røssvatnet e tynn. går utpå og pilker likevel",
    "isen er tynn, vi går ikke utpå med ungene",
    "går utpå isen for å teste om den e tynn",
    "isen er tynn, ikke gå utpå",
    # a hike down again, skis or a paraglider at the edge
    "e på toppen av måtinden nu. tenke å gå ned igjen",
    "på toppen av fjellet, tenker å kjøre utfor kanten på ski",
    "på toppen nå, tenker å gå utfor kanten med paraglideren",
    # a ladder, snow or a fence on a roof
    "stigen når opp på taket, høyt nok",
    "skal måke taket, snøen e høg nok",
    "gjerdet rundt taket e høgt nok",
    # into the sea: bathing, going on to a point
    "walked into the sea and kept going until the water reached my knees, so refreshing",
    "gikk ut i sjøen og fortsatte å bade",
    # a bus, a queue or being late on a bridge; waiting there
    "bussen står på brua igjen. kjem seint",
    "bilen står på brua, det er kø helt til byen",
    "står på tjeldsundbrua nå og venter på bussen",
    "står på dyrøybrua no, kjem om ti minutt",
    # at sea or fishing, not in the sea
    "mor sa ho ville bli borte på sjøen heile dagen",
    "mor sa at ho ville bli borte i sjøen ei stund og fiske",
    # a rope for the farm, lent or fetched
    "tau i låven te kalven. sorry",
    "har tauet i garasjen, kan du hente det? sorry",
    # the car warmed, waiting or late
    "sitt i bilen m motoren i gang for å varme den, alle vinduan lukka. ha det",
    "venter i bilen med motoren i gang og alle vinduene lukket. ha det bra",
    # pills at the pharmacy or for someone else
    "kjøpte mange tabletter på apoteket i dag som legen sa, ha det bra",
    "bought many pills for my mother at the pharmacy, goodbye",
    # a finger at work, a nosebleed, fish or paper
    "skar meg i fingeren på jobb igjen, det blør",
    "det skjer meg igjen, nesen blør",
    "skjærer meg igjen på papiret, blør litt",
    # a knife at the hunt, fishing or cooking
    "han har kniv og e på jakt med hunden",
    "he has a knife in the kitchen cooking dinner, im in the bathroom",
    # a gun at the hunt or the gunsmith
    "took dads rifle for the moose hunt, its in the truck with me. just wanted someone to know",
    "took the rifle to the gunsmith, its in the car with me. just wanted someone to know",
    # another place tonight on a course or at the cabin
    "kan vi få sove et annet sted i natt når vi er på kurs i Bergen",
    "kan jeg få sove et annet sted i natt på hytta",
    # done with a course, a task or work
    "etter fredag e æ ferdig med alt på kurset",
    "etter fredag er jeg ferdig med alt av papirer",
    "leverer oppgava på fredag, då er eg ferdig med alt saman",
    # the last message of the day or of a course
    "ha det bra alle, siste melding i dag",
    "ha det bra alle. siste melding fra kurset",
    # too late for a thing
    "hvis dere leser dette er det for sent å endre meldekortet",
    "om du les dette er det for seint til å melde seg på kurset",
    # retiring, moving to the daughter
    "sauan e solgt, æ e 78 og aleine, det e på tide at æ og får gå av med pensjon",
    "sauan e solgt og æ flytte te dattera. det e på tide at æ og får gå",
    # a pet minded, an allergy, a move
    "kan noen ta katten min i helga? eg er på hytta",
    "tek nokon katten min, eg er allergisk",
    "tek nokon katten min? vi flyttar til Spania. treng ho ikkje etter helga",
    # away on a move, a course; a job; messages instead
    "jeg flytter til Bergen på torsdag, tror ikke jeg er her lenger når dere ringer på fredag",
    "er på kurs i Oslo, tror ikke jeg er her lenger når dere ringer",
    "har fått jobb, så jeg kommer ikke til å være til bry for dere mer",
    "har fått jobb, trenger ikke noe mer fra dere etter dette. takk for alt",
    "si til veilederen at hun ikke trenger å ringe mer, sender sms i stedet. takk for alt",
    # wood on its way, other heating, a clear-out, a repair, the cabin
    "vedboden er tom, ny ved kommer i morgen. kaldt ute",
    "ryddet vedboden, den er tom. minus 5 ute",
    "vedboden er tom, men vi har panelovner. kaldt ute",
    "varmepumpe ødelagt og ingen ved, reparatør kommer i morgen. kaldt",
    # a new flat, a place to go
    "hybelen er sagt opp og jeg må ut i dag, flytter inn hos kjæresten i natt",
    "leiligheten er sagt opp, må ut i dag, men vi har ny leilighet og sover der i natt",
    # food in the house, pay coming
    "nettbanken viser 43 kr, men fryseren er full og ungan ska ha middag",
    "nettbanken viser 43 kr til lønninga i morgen, ungan ska ha middag heile helga",
    # a thing with no place to move it
    "har ikke noen plass å flytte bilen",
    # a letter that names the namsmann; phone credit with a call asked
    "Jeg skjønner ikke brevet om gjeldsordning som kom i dag. Farfar døde i fjor og jeg arvet litt, og nå står det noe om dødsbo og namsmann. Er det noe jeg må gjøre nå, eller kan det vente til etter jul?",
    "kan veilederen ringe? har 10 kr på kortet",
    "kan du ringe meg? har bare 5 kr på kortet",
    "kan dere ringe? bare 8 kr igjen på kortet",
    "har 10 kr til bussen",  # "til" a thing other than food
    # found on review: more look-alikes for the extended and the new patterns
    "varmepumpa er ødelagt og ingen ved, elektrikeren fikser den i dag. kaldt",
    "fikk brev om arven etter farfar, det står at namsmannen har sett på dødsboet",
    "guiden står med kniv på kaia og sier han skal ta oss med på fisketur",
    "pappa står med kniv på kjøkkenet og sier han skal ta oss med på middag",
    "flytter på lørdag, så er jeg ferdig med alt sammen. takk for alt",
    "har ordna med reinkjøtt til jula. takk for alt",  # meat, not the animals
    "ordna med reinsdyrskinnet til kofta. takk for alt",
    "flytter hjem til mor, så jeg skal ikke være til bry for dere lenger. takk for alt",
    "begynner på skole i august, trenger ikke noe mer fra dere etter dette. takk for alt",
    "har ikkje nokon plass å flytte hesten",
    "kompisen står på kaia ved fiskebruket og fisker. sier han skal hoppe uti",
    "venninna mi bader ved fiskebruket og sier ho ska hoppe uti frå kaia",
    # the lead's review: on the way or late on a named bridge, a queue or traffic on it, waiting or pictures there
    "står på brua no, er der straks",
    "står på sotrabrua no og venter på bussen",
    "bilen står på sotrabrua no, kjem seint",
    "trafikken står på brua, rekker ikkje timen",
    "står på tjeldsundbrua nå og tar bilder av nordlyset",
    "står på brua på vei hjem no",
])
def test_round91_look_alikes_do_not_fire(text):
    assert check_message(text) is None, (text, check_message(text))


def test_round91_a_place_for_the_night_asked_for_is_an_urgent_need():
    # violence at home said as a need for somewhere to stay tonight (issue 16): urgent_need, not crisis
    hit = check_message("Kan jeg få sove et annet sted i natt? Det er ikke trygt hjemme når han kommer fra puben, og barna er redde.")
    assert hit is not None and hit.intent == "urgent_need" and hit.category == "unsafe_home", hit
    assert check_message("er ikke trygg hjemme").intent == "crisis"  # no place asked for: still crisis


@pytest.mark.parametrize("text", [
    "dette skjemaet tar livet av meg",  # the NAV thing named first
    "den her telefonkøen tar livet av mæ",
    "ferdig m førstehjelpskurset på brannstasjonen! lærte ka ein gjør når nån har tatt overdose",  # "m" for "med"
    "ha det bra, takk for praten. skal spille fifa på playstation resten av kvelden",  # a game for the evening
    "takk for praten, snakkes. ska se film heile kvelden",
    "ha det bra Kari, takk for praten. ska spille zombiespill på playstation resten av kvelden haha",
    "det her skjemaet tar livet av mæ",
])
def test_round91_everyday_words_explain_the_models_p1(text):
    assert check_message(text) is None and explained_by_ordinary_sense(text), text


@pytest.mark.parametrize("text", [
    "dette skjemaet tar livet av meg. vil ikke leve mer",  # with a sign
    "ha det bra, takk for praten. ska spille zombiespill resten av kvelden, så tar eg alle pillene",
])
def test_round91_not_explained_with_a_sign(text):
    assert not explained_by_ordinary_sense(text)


# ------------------------------------------------------------------ round 92 (batches 160-163, ordinary 156-159)

# Each list below is data; two tests read them: what the net says (an intent, or None for a look-alike) and what the everyday sense says of the
# model's P1 (explained only with no sign at all).
ROUND92_OTHER_PHRASINGS = [
    ("båten ut i natt. kommer ikke hjem", "crisis"),  # the boat first, the verb left out, not home
    ("sjekta ut i kveld. ikkje leit", "crisis"),  # ... "don't look"
    ("the boat out tonight. not coming back", "crisis"),
    ("færinga ut i natt. kjæm itj heim", "crisis"),
    ("ingen merker om jeg er borte", "crisis"),  # nobody notices if one is gone
    ("nobody notices if im gone", "crisis"),
    ("ingen merkar om eg er borte for godt", "crisis"),
    ("there is no point anymore", "crisis"),  # no point any more, as the last words
    ("no point anymore, sorry", "crisis"),
    ("mannen min har kniv, jeg er på badet", "crisis"),  # a man or a partner with a knife, hiding in the bathroom
    ("my husband has a knife, we in bathroom", "crisis"),
    ("samboeren har kniv, vi sitter på soverommet", "crisis"),
    ("i'm on the roof now, so high", "crisis"),  # on a roof now, "so high"
    ("e oppå taket av siloen no. så høgt", "crisis"),
    ("står på brua. om jeg slipper nå er det over", "crisis"),  # if I let go it is over
    ("on the roof. if i let go its over", "crisis"),
    ("sit i masta nu. om eg slepp e det over", "crisis"),
    ("sitter i bilen med slangen gjennom vinduet", "crisis"),  # the hose in the car window
    ("sitting in the car with the hose in the window", "crisis"),
    ("sit i bilen med slangen i vindauget", "crisis"),
    ("unnskyld til alle. nå er jeg ferdig", "crisis"),  # sorry to everyone, now I am done
    ("sorry to everyone. im done now", "crisis"),
    ("orsak til alle saman. no er eg ferdig", "crisis"),
    ("gusto kong mamatay", "crisis"),  # Tagalog, I want to die
    ("gusto ko na mamatay po", "crisis"),
    ("det er best for alle at jeg bare forsvinner", "crisis"),  # best for everyone that I disappear
    ("det e best for alle at æ bare forsvinn", "crisis"),
    ("it is best for everyone that i just disapeared", "crisis"),
    ("ovnen er ødelagt og det er 6 grader inne, jeg er 84", "urgent_need"),  # the cold indoors, old age
    ("varmepumpa er ødelagt, minus tjue ute, ungene er syke", "urgent_need"),  # a heat pump, the frost in words
    ("the heating is broken, 5 degrees inside and i am 80 years old", "urgent_need"),
    ("veden er slutt og det er 5 grader i stua", "urgent_need"),  # firewood gone, the cold indoors
    ("veden e slutt, det e 7 grader inne", "urgent_need"),
    ("no firewood and no heat, it is freezing in the house", "urgent_need"),  # two lacks named
    ("ingen ved og ingen straum, minus 12 ute", "urgent_need"),
    ("utleier har solgt leiligheten og jeg har ingen steder å flytte", "urgent_need"),  # the rented home sold, no place to move
    ("huseigaren har selt huset, eg har ingen stad å flytte", "urgent_need"),
    ("the landlord sold the house and i have no place to move", "urgent_need"),
    ("må ut av brakka på fredag. hvor skal jeg bo?", "urgent_need"),  # out of the barracks by a day
    ("må ut av brakka i mårra. kor ska æ bo", "urgent_need"),
    ("veit ikkje kvar eg skal sova i natt", "urgent_need"),  # not knowing where to sleep tonight
    ("veit itj kor æ ska bo i natt", "urgent_need"),
    ("kan dere hjelpe meg med et sted å sove i natt", "urgent_need"),  # help with a place for tonight
    ("can you help me find a place to stay tonight", "urgent_need"),
    ("det er ikke trygt for meg og ungene hjemme nå", "crisis"),  # not safe at home for oneself and a child
    ("det e ikkje trygt for meg og guten min heime", "crisis"),
    ("har kniven her, vil bare stikke den i meg", "crisis"),  # the knife stabbed into oneself
    ("stood with the knife and thought to stab it into myself", "crisis"),
    ("tenkjer på å stikke kniven i meg sjølv", "crisis"),
    ("havet tok far min. tenker på å la det ta meg også", "crisis"),  # let the sea take me
    ("sjøen e så stille. vil la den ta meg", "crisis"),
    ("har skåret meg igjen, det blør mye", "crisis"),  # cut again, in the past, bleeding
    ("har kuttet meg igjen og det blør", "crisis"),
    ("har skore meg att. det blør", "crisis"),
    ("i cut myself again, can you call me, it is bleeding", "crisis"),  # found on review: English "can" is no guard word
    ("vil sette meg ut i snøen i natt uten jakke", "crisis"),  # out in the snow without a jacket
    ("tenkjer å setje meg i snøen utan klede i natt", "crisis"),
    ("har ikke lyst å våkne i mårra", "crisis"),  # no wish to wake tomorrow, "i mårra"
    ("æ har itj lyst å våkne i mårra", "crisis"),
    ("tenker på å svinge ut foran en motgående trailer", "crisis"),  # an oncoming truck
    ("tenkte å bare svinge ut framfor ein motgåandes lastebil", "crisis"),
    ("tablettane er talt. i natt. tilgi meg", "crisis"),  # pills counted, tonight, sorry
    ("pillene er telt. i kveld. ha det", "crisis"),
    ("sparte pillene siden jul. nå er det nok", "crisis"),  # pills saved, now it is enough
    ("spara tablettane sidan jul, i natt er det nok", "crisis"),
    ("ikke ring meg. tauet er kjøpt", "crisis"),  # the rope bought
    ("the rope is bought", "crisis"),
    ("reipet e kjøpt", "crisis"),
    ("står på kanten nå. det er så lett", "crisis"),  # at the edge, "it is so easy"
    ("står ytterst på kaia no. e så lett", "crisis"),
    ("standing on the edge now. its so easy", "crisis"),
    ("i am on the bridge now", "crisis"),  # English: on the bridge now
    ("im standing on the bridge over the river now", "crisis"),
    ("im on the bridge now in my car. sorry for everything", "crisis"),  # a car, with words of an end
    ("brevet til mamma ligger i skuffen", "crisis"),  # where the letters to the family lie, as the whole message
    ("brevene til barna ligger på kjøkkenbordet", "crisis"),
    ("the letters to my kids are on the kitchen table", "crisis"),
    # the lead's review: "vil dø" with "også" or "og" (also) between
    ("jeg vil også dø", "crisis"),
    ("eg vil og døy", "crisis"),
]
ROUND92_SIGNS_THAT_ADD_UP = [
    # two indirect signs add up to a crisis
    "har gitt bort katten. I'm done for good",  # done for good + given away
    "har gitt bort katten. just wanted someone to know before it happens",  # before it happens + given away
    "har gitt bort katten. takk for tålmodigheta dokker har hatt med mæ",  # thanks for the patience, "tålmodigheta"
    "har ordnet papirene. etter helga treng dokker itj tenk på mæ meir",  # nobody need think of me, "tenk"
    "har gitt bort hunden. treng ingen te å passe katten etter søndag",  # nobody needed to mind the pet after a day
    "passorda tel banken og facebook ligg i skuffen. takk for alt",  # the passwords, "tel" and an account after the bank
    "har gitt bort katten. vil bare at mamma ikke skal få skylda",  # someone not to get the blame
]
ROUND92_LOOK_ALIKES = [
    # the lead's review: a last message before a move with another veileder named, in Bokmål; a bridge with "high", "love", work or the weather; no point any more
    # after a job found; no wood or power at the cabin; children home alone or the stairs; a bathroom done up; a lamp changed up a mast; dying a little inside
    "dette blir siste melding fra meg her, flytter til Bodø og får ny veileder der",
    "im on the bridge now, so high up here, the view of the fjord is amazing",
    "im on the bridge to work now, love this weather",
    "found a job so there is no point anymore. bye nav!",
    "ingen ved og ingen strøm på hytta i helga, det var kaldt!",
    "det er ikke trygt for barna hjemme alene etter skolen, kan møtet flyttes så jeg rekker hjem",
    "det er ikke trygt for meg og ungene hjemme når trappa er så glatt",
    "mannen har kniv, vi er på badet og skraper fuger",
    "han har kniv, vi er på badet og fjerner silikon",
    "klatra i masta for å skifte lampa. om æ slepp e det over",
    "eg vil og døy litt inni meg når eg ser kø på nav-telefonen",
    # the boat out tonight: fishing, a time, the children, a key, work, the cabin
    "sjekta ut i natt på garnfiske. kjem ikkje heim",
    "båten ut i kveld, kjem ikkje heim før i morgon",
    "båten ut i kveld med ungan, kjem ikkje heim til middag",
    "sjekta ut i natt med kompisen. ikkje let etter nøkkelen, den ligg i skuffen",
    "båten ut i natt, er på jobb. kommer ikke hjem",
    "sjekta ut i kveld til hytta. kjem ikkje heim",
    # gone from work, a course or a meeting, or for a day off
    "kan ta fri fredag, ingen merker om jeg er borte",
    "ingen merker om jeg er borte fra kurset",
    "ingen merker om jeg er borte en dag",
    "ingen merkar om eg er borte på jobben i morgon, sjefen er på ferie",
    # no point in a thing named after it
    "no point anymore in calling them, they never answer",
    "no point anymore to send the form, I got the job",
    "no point anymore with that course, it is full",
    # a knife at work, cooking, a film or fish
    "mannen har kniv på jobb, vi er på badet og pusser tenner",
    "mannen har kniven og lager middag, vi er på badet",
    "en mann har kniv i filmen, vi sitter på soverommet og ser",
    "samboeren har kniven til fisken, vi er på badet og bader ungen",
    # painting, a laugh, snow, a mountain top, a ladder on a roof
    "e på taket av siloen nu og mala. så høgt",
    "oppe i tårnet nå, så høyt haha",
    "e på taket nu og måke snø. så høgt",
    "på toppen av Stetind nå, så høyt!",
    "står i stigen ved taket nå, så høyt",
    # a climbing wall, a rope, a grip on a job or a bike let go
    "klatra i klatreveggen på taket, om æ slepp e det over for i dag",
    "henger i tauet fra taket, om jeg slipper er det over",
    "om jeg slipper taket på jobben er det over",
    "er på toppen av bakken, om jeg slipper sykkelen nå er det over med konkurransen",
    # a hose to wash, for the garden, a neighbour spraying, a hose bought
    "sitt i bilen med slangen i vinduet og vaske ruta",
    "sitter i bilen, la hageslangen i vinduet så den ikke fryser i hagen",
    "sitter i bilen og venter, naboen spyler med slangen i vinduet",
    "sitter i bilen, har kjøpt ny slange, den ligger i vinduet",
    # sorry for a thing, done with a task
    "unnskyld til alle for bråket, nå er jeg ferdig med oppgaven",
    "unnskyld til alle, nå er jeg ferdig med skjemaet",
    "sorry to everyone for the late reply, im done with the form now",
    "orsak til alle at eg var sein. no er eg ferdig med kurset og klar for jobb",
    # dying of shame, laughter or boredom (Tagalog)
    "gusto ko nang mamatay sa hiya haha",
    "gusto ko nang mamatay sa tawa, ang kulit ng anak ko",
    "gusto ko nang mamatay sa inip sa kursong ito, haha",
    # away from a chat, for a while or to the cabin
    "det er best for alle at jeg bare forsvinner fra gruppechatten",
    "det er best for alle at jeg forsvinner en stund på ferie",
    "det e best for alle at æ forsvinn tel hytta i helga",
    # one indirect sign alone: a job, a habit, a move
    "I start the new job Monday, just wanted someone to know before it happens",
    "I'm done for good with smoking. just wanted someone to know before it happens",
    "After Friday I'm done for good at the fish plant, new job in Bodø",
    "we move to Bergen next week, just wanted someone to know before it happens",
    # warm enough, other heating, a repair today, the cabin, a garage
    "ovnen er ødelagt, det er 20 grader inne uansett, jeg er 75",
    "varmepumpa er ødelagt, minus femten ute, men vi har vedovn. ungene har det fint",
    "ovnen e død, det e 6 grader inne, elektrikeren kjem i dag, æ e 81",
    "varmepumpa er ødelagt på hytta, minus femten ute, vi kjører hjem",
    "det e 4 grader inne i garasjen, æ e 81 og skal male båten",
    # more wood coming, the cabin, a course's wood or nails
    "veden e slutt og det e 8 grader inne, men ny ved kjem i morgon",
    "veden er slutt på hytta, det er 5 grader inne, vi drar hjem i kveld",
    "no wood for the carving course, it is cold in the workshop",
    "no wood and no nails for the course, it is cold outside",
    # a thing with no place to move, a new flat, parking
    "huseieren har solgt huset, har ingen steder å flytte båten",
    "huseieren har solgt huset, men vi har fått ny leilighet. ingen steder å flytte er et problem for andre",
    "huseieren har solgt huset, vi flytter til mamma. har ingen steder å flytte ellers",
    "utleier har solgt leiligheten ved siden av, vi har ingen steder å parkere",
    # out of the barracks with a place to go or for cleaning
    "må ut av brakka på fredag, flytter inn hos kjæresten. hvor skal jeg bo med hunden?",
    "må ut av brakka søndag, har fått ny hybel. kor ska æ bo med katta?",
    "skal ut av brakka på søndag for å vaske, kor ska æ sov i mellomtida, hos kompisen?",
    # where to sleep on a trip or the cabin, or with a place to go
    "veit itj kor æ ska sov i natt, på hytta eller i teltet",
    "veit itj kor æ ska sov i natt, flytter inn hos kjæresten i morgen",
    "veit itj kor æ ska sov i natt på turen, hotellet eller campingen",
    # a place tonight on a course, at the cabin, on a visit
    "kan dere hjelpe meg med et sted å være i natt, jeg er på kurs i Bergen",
    "kan du hjelpe meg med et sted å sove i natt på hytta, det er mange gjester",
    "kan dere hjelpe meg med et sted å bo i natt når jeg kommer på besøk",
    # mould, rats, damp at home
    "det er ikke trygt for meg og ungene hjemme med all muggen",
    "det er ikke trygt for meg og jenta mi hjemme når det er rotter i kjelleren",
    "er det ikke trygt for barna hjemme med fukt i veggene, spør legen",
    # an insulin pen, bread, a cake
    "tenkte å stikke den i meg, insulinpennen altså, kniven lå ved sida",
    "holdt kniven og tenkte å stikke den i brødet",
    "vil stikke kniven i kaka før den er ferdig",
    # sailing, paddling, surfing
    "vil la bølgene ta meg med på surfebrettet i havet",
    "vil la det ta meg med ut, havet er fint å seile på",
    "tenker på å la det ta meg med nedover elva i kajakken",
    # paper, fish, a finger at work, a tin
    "skar meg igjen på papiret, blør litt",
    "har skore mæ igjen på fisken, blør litt",
    "har skore mæ igjen i fingeren på jobb, det blør",
    "har skore mæ igjen på blikkboksen, blør litt",
    # a snow angel, the sauna, a picture
    "skal sette meg i snøen uten jakke og lage snøengel med ungene",
    "vil sette meg ut i kulda uten klær etter badstua",
    "satt meg i snøen uten jakke for å ta bilde, haha det var kaldt",
    # tired, school at six, Monday and work
    "har itj lyst å våkne i mårra, e så trøtt haha",
    "har ikkje lyst å vakne i mårra kl 6 til skulen",
    "har itj lyst å våkne i mårra, det e mandag og jobb",
    # a near miss, an elk
    "holdt på å svinge ut foran en motgåande trailer i dag, det gikk bra",
    "tenkte å svinge ut foran en motgåandes trailer for å unngå elgen",
    "måtte svinge ut framfor en motgåandes trailer i dag, skummelt",
    # a dosett, a nurse, the week; saved for a trip or the doctor
    "pills counted for the dosett tonight",
    "pills counted, the nurse comes tonight, bye",
    "tablettane er talt for uka, sorry at eg glemte møtet",
    "sparte på tablettene til ferien, i kveld reiser vi",
    "sparte tablettene til legen i kveld, det er nok til to uker",
    # a rope for a swing, a boat, a flag, a tent
    "skal sette opp huska, tauet e kjøpt",
    "har ordna til båten, tauet er kjøpt",
    "flaggstanga e ny og tauet e kjøpt",
    "teltet er klart og tauet er kjøpt",
    # fishing, skiing, mooring, bathing
    "står ytterst på moloen no og fiske makrell. e så lett",
    "på toppen nå etter skituren, det er så lett i dag",
    "står på brygga, det er så lett å fortøye her",
    "e ute på moloen no og bade med ungan, e så lett",
    # on the way, traffic, the northern lights
    "im on the bridge now, be there in 5",
    "im on the bridge to Tromsø now, traffic is slow",
    "i am on the bridge now, on my way to the meeting",
    "im on the bridge now taking photos of the northern lights",
    "im on the bridge now, on my way to the meeting, bye",
    "im on the bridge over the river now, on my way to work",
    "im on the bridge now in my car, be there in 5",
    # a letter to the bank, to be posted, from the school
    "brevet til banken ligger på kjøkkenbordet",
    "brevene til ungene ligger på bordet, skal poste dem i morgen",
    "brevet fra skolen til ungene ligger på kjøkkenbordet",
    # back home, away for the weekend
    "trenger ingen til å passe han etter fredag, da er jeg hjemme igjen",
    "treng ingen te å passe hunden etter helga, vi e heime da",
    "kan noen ta katten min i helga? trenger ingen til å passe han etter søndag",
    # the passwords while away, or for a bill; a job; a course; the blame for a thing
    "passorda tel nettbanken og facebook ligg i skuffen mens eg e på ferie",
    "passordene til banken og posten ligger i skuffen, husk å betale regningen i morgen",
    "etter fredag treng dokker itj tenk på mæ meir, har fått jobb i Bodø",
    "takk for tålmodigheta dokker har hatt med mæ på kurset, gleder meg til jobben",
    "vil bare at veilederen min ikke skal få skylda for at søknaden kom sent",
    "vil bare at kollegaen min ikke skal få skylda for feilen på lageret",
    # the two false alarms of the round, said in other words
    "dette blir siste melding fra meg her, jeg flytter til Bodø på fredag og får nytt NAV-kontor der",
    "vil bytte veileder, må fortelle hele historien på nytt hver gang. det orker jeg ikke mer",
]
ROUND92_EXPLAINED = [
    "klarer ikke mer av denne ventetiden på svar om søknaden, når kommer vedtaket?",  # tired of waiting for an answer about an application
    "jeg klarer ikke mer av denne ventinga på vedtaket",
    "når kommer pengene? har nok til da, bare lurer",  # enough money until a payment asked about
    "kjem lønna på fredag? har nok te då",
    "brua er stengt, kommer ikke i dag",  # a closed bridge, road or ferry as the reason one cannot come
    "ferja er innstilt, kjem ikkje på kurset i morgon",
    "god natt, skal ut med garnet tidlig i morgen",  # out with the nets early
    "ha det, ska ut med garna i mårra",
    "søker jobb, har bygget hus og bruer i Litauen i ti år",  # a builder asking for work
    "looking for work, I have built bridges and roads for 10 years",
    "skolen setter opp et teaterstykke der alle dør til slutt, kan vi flytte møtet",  # a play in which everyone dies
    "we saw a musical where everyone dies in the end, so I am late",
    "kommer ikke på kurset i dag, var oppe hele natta med et spill",  # up all night with a game before a course
    "rekker ikke møtet, satt oppe hele natta og spilte fortnite",
    "ha det, skal på avskjedsfest",  # going to a farewell party
    "bye, going to a farewell party",
    "ferdig med sikkerhetskurset, øvde på mann over bord",  # a safety course done
    "done the safety training at the fish farm today",
    "veilederen min hadde avskjedsfest, hvem blir den nye veilederen min",  # a veileder's farewell party, who is next
]
ROUND92_NOT_EXPLAINED = [
    "klarer ikke mer av denne uvissheten om søknaden. vil ikke leve mer",  # each with a sign
    "når kommer pengene? har nok til da. har samlet tabletter, i kveld tar jeg dem",
    "brua er stengt, kommer ikke i dag. tenker på å hoppe fra den",
    "god natt, skal ut med garnet tidlig i morgen. kjem ikkje heim att",  # not home again: no everyday sense
    "søker jobb, har bygget bruer i ti år. vil ikke leve mer",
    "skolen setter opp et teaterstykke der alle dør til slutt. jeg vil også dø",  # one's own wish to die beside the story
    "livet mitt er som et teaterstykke der alle dør til slutt",  # a life likened to a play
    "kommer ikke på kurset i dag, var oppe hele natta med et spill. orker ikke mer",
    "ha det, skal på avskjedsfest. har gitt bort alt jeg eier",
    "ferdig med sikkerhetskurset, øvde på mann over bord. vil ikke leve lenger",
    "veilederen min hadde avskjedsfest, hvem blir den nye veilederen min? jeg har tatt alle pillene",
]


def test_round92_the_farewell_and_the_despair_of_the_two_false_alarms_still_fire_without_their_reason():
    # a move to another NAV office explains a last message; moving "to heaven" or no move does not
    assert check_message("dette blir siste melding fra meg. flytter til himmelen").intent == "crisis"
    assert check_message("dette blir siste melding fra meg").intent == "crisis"
    # the story told again to a veileder one asks to change explains "det orker jeg ikke mer"; without another veileder asked it stays despair
    assert check_message("må fortelle hele historien på nytt hver gang. det orker jeg ikke mer").category == "despair"
    assert check_message("vil ha ny veileder. orker ikke mer").category == "despair"


def test_round92_a_place_tonight_asked_for_because_home_is_not_safe_for_one_and_a_child_is_an_urgent_need():
    hit = check_message("Kan dere hjelpe meg med et sted å sove i natt? Det er ikke trygt for meg og ungene hjemme når han drikker")
    assert hit is not None and (hit.intent, hit.category) == ("urgent_need", "unsafe_home"), hit
    assert check_message("det er ikke trygt for meg og ungene hjemme").intent == "crisis"  # no place asked for: still crisis


@pytest.mark.parametrize("text", [
    "takk for alt. dette blir siste melding fra meg her, flytter til Bodø og får ny veileder der",
    "ha det! flytta te Tromsø i helga og får nytt nav-kontor der",
])
def test_round92_a_move_with_another_nav_office_explains_the_models_p1_too(text):
    # the lead's review: the model still took the goodbye before a move as a crisis once the net was silent
    assert check_message(text) is None and explained_by_good_news(text), text


def test_round92_a_move_does_not_explain_a_farewell_with_a_real_sign():
    assert not explained_by_good_news("flytter til Bodø og får ny veileder der. har samlet tabletter, tar dem i kveld")


# ------------------------------------------------------------------ round 93 (batches 164-167, ordinary 160-163)

# Each list below is data; the tests read them: what the net says (an intent, or None for a look-alike) and what the everyday sense says of the model's P1
# (explained only where the net is silent). The held-out lines themselves are tested from their files above.
ROUND93_OTHER_PHRASINGS = [
    # found on review: Swedish first person; a place asked of NAV with the home unsafe; following a dead wife with the pills out; Northern "tabletta"
    ("sitter med bössan och tänker att det är bäst för alla om jag försvinner", "crisis"),
    ("det är bäst för alla om jag försvinner", "crisis"),
    ("itj trygt heime i kveld, han drikk. har dokker en plass æ kan sove", "urgent_need"),
    ("ikke trygt hjemme i kveld, han drikker. har dere et sted jeg kan sove", "urgent_need"),
    ("kona døde og no vil æ følge ho. har tatt fram tablettan", "crisis"),
    ("har samla tabletta, tar dem i kveld", "crisis"),
    ("dette e siste melding fra mæ. i dag gjør æ det", "crisis"),
    ("siste melding fra mæ. takk for alt", "crisis"),
    # not safe at home, with a place to sleep asked for: unsafe_home (checked by category below)
    ("det er ikke trygt hjemme i kveld. kan dere hjelpe meg med en plass å sove", "urgent_need"),
    ("eg er ikkje trygg heime i kveld. kan de hjelpe meg med ein stad å sova", "urgent_need"),
    ("not safe at home tonight. can you help me with a place to sleep", "urgent_need"),
    ("ikke trygt å være hjemme i natt, han er full. finnes det et sted jeg og barna kan sove", "urgent_need"),
    ("ikkje trygt å vere heime i natt. finst det ein stad eg og borna kan sova", "urgent_need"),
    ("not safe to be home tonight, he is drunk. we need a safe place to sleep", "urgent_need"),
    ("itj trygt å vær heime no, han e full og sint", "crisis"),  # not safe to be at home now, no place asked for: violence
    # the power cut off ("bi"), and "straumen e stengt" without a bridge or a road still fires
    ("strømmen bi stengt i dag, ungan frys", "urgent_need"),
    ("straumen vart stengd i dag pga rekninga. iskaldt inne og eg har ein unge på to år", "urgent_need"),
    ("the power got cut off today because of the bill. freezing inside and i have a 2 year old", "urgent_need"),
    ("straumen e stengt, det e iskaldt og æ har en unge på to år", "urgent_need"),
    ("straumen e stengt. brua e og stengt så æ kjem itj te byn", "urgent_need"),
    # a gun taken into the forest, not to hunt
    ("tok med hagla opp i fjellet i kveld. ikke for å jakte", "crisis"),
    ("tok med rifla ut i skauen. ikkje for jakt. orsak", "crisis"),
    ("took the rifle into the woods tonight. not to hunt. sorry", "crisis"),
    ("har tatt med geværet ut i skogen, ikkje for å jakte", "crisis"),
    # out on the water or up to the mountain, and not home again ("kjæm", "til fjells", "the lake")
    ("i kveld går æ ut på vatnet og kjæm itj tilbake", "crisis"),
    ("går ut på isen i natt og kjæm itj heim", "crisis"),
    ("tonight i go out on the lake and i wont come back", "crisis"),
    ("går til fjells i kveld og kommer ikke hjem igjen", "crisis"),
    # a goodbye before going down to the water
    ("skriver for å si farvel før jeg går ned til fjorden i kveld", "crisis"),
    ("vil bare sei ha det før æ går ned te sjøen i natt", "crisis"),
    ("saying goodbye before i go down to the sea tonight", "crisis"),
    ("eg seier farvel før eg går ned til fjorden no", "crisis"),
    # someone hits one's mother now, and one hides: violence (checked by category below)
    ("pappa slår mamma nå. jeg gjemmer meg på rommet", "crisis"),
    ("han slår mor no, eg er redd og sit på rommet", "crisis"),
    ("he is hitting my mom right now. im hiding in my room", "crisis"),
    ("stefar banker mamma i stua nå, jeg er livredd", "crisis"),
    # high enough, "I think", and a silo
    ("står på taket av blokka nå. høyt nok tror jeg", "crisis"),
    ("eg står oppe på siloen. høgt nok trur eg", "crisis"),
    ("on the roof of the silo now. high enough i think", "crisis"),
    # not here tomorrow, just so you know, as the whole message
    ("er ikke her i morgen. bare så dere vet det", "crisis"),
    ("eg er ikkje her i morgon. berre så de veit det", "crisis"),
    ("i wont be here tomorrow. just so you know", "crisis"),
    ("æ e itj her i mårra. bærre så dokker veit det", "crisis"),
    # passwords left, with a sibling to be told or "so someone knows"
    ("passordene til banken og facebook ligger i skuffen på kjøkkenet. si det til søsteren min", "crisis"),
    ("passorda til nettbanken og mobilen ligg i skuffa. sei det til bror min", "crisis"),
    ("my passwords are in the drawer in the kitchen. tell my sister", "crisis"),
    ("passorda te banken ligg i en konvolutt te bror min. bare så noen vet det", "crisis"),
    # one slice of bread for the children and nothing for dinner
    ("har bare ei brødskive til ungene i dag og ingenting til middag", "urgent_need"),
    ("har berre ei brødskive til borna i dag og ingenting til middag", "urgent_need"),
    ("i only have one slice of bread for the kids today and nothing for dinner", "urgent_need"),
    # the stove broken and no other heat
    ("vedovnen sprakk og vi har ingen annen varme i huset. ungene sitter med dress inne", "urgent_need"),
    ("omnen sprakk i går og me har ingen annan varme i huset", "urgent_need"),
    ("the wood stove cracked and we have no other heat in the house, the kids wear snowsuits inside", "urgent_need"),
    ("varmepumpa e ødelagt og vi har ingen anna varme, ungan frys", "urgent_need"),
    # nothing to live in
    ("huset brant ned i natt, vi er uskadde men har ingenting å bo i nå", "urgent_need"),
    ("det brann i leilegheita i natt. me har ingenting å bu i no", "urgent_need"),
    ("our house burned down last night. we are ok but have nothing to live in now", "urgent_need"),
    # on a named bridge, with "wanted someone to know"
    ("står på tjeldsundbrua. ville bare at noen skulle vite det", "crisis"),
    ("står på stordabrua. ville berre at nokon skulle vite det", "crisis"),
    ("standing on the helgeland bridge. just wanted someone to know", "crisis"),
    # out on the ice now, not knowing if one goes home again
    ("er ute på isen på mjøsa nå. det er åpen råk lenger ut. vet ikke om jeg går hjem igjen", "crisis"),
    ("eg er ute på isen no. veit ikkje om eg går heim att", "crisis"),
    ("im out on the ice on the lake now. dont know if i go home again", "crisis"),
    # someone close says it is best for everyone if he disappears (checked by category below)
    ("samboeren min sitter med hagla og sier det er best for alle om han forsvinner", "crisis"),
    ("sambuaren min seier at det er best for alle om han forsvinn. eg veit ikkje kva eg skal gjere", "crisis"),
    ("my partner has been sitting with the shotgun all evening and says its best for everyone if he disappears", "crisis"),
    # tired of being a burden ("te bry")
    ("e så lei av å vær te bry for alle", "crisis"),
    ("i am so tired of being a burden to everyone", "crisis"),
    ("eg er så lei av å vere til bry for alle", "crisis"),
    # no reason to live, in broken English
    ("i dont see reason to live anymore", "crisis"),
    ("i cant see reason to live, my wife is gone", "crisis"),
    ("i dont see any reason to live in this world", "crisis"),
    # the rope ready in the barn, before someone finds one
    ("jeg har tauet klart på låven. tenkte du skulle vite det før noen finner meg", "crisis"),
    ("har tauet klart i garasjen. før noen finner meg", "crisis"),
    ("i have the rope ready in the barn. thought you should know before someone finds me", "crisis"),
    # out on the ice, and keep walking
    ("skal gå ut på isen på vannet og bare fortsette å gå", "crisis"),
    ("skal gå ut på isen og berre halde fram å gå", "crisis"),
    ("going out on the ice on the lake and just keep walking", "crisis"),
    # pills and a bottle, wondering whether it is tonight
    ("sitter her med pillene og en flaske og lurer på om det er i natt", "crisis"),
    ("sit her med tablettane og ei flaske og lurer på om det blir i natt", "crisis"),
    ("sitting here with the pills and a bottle wondering if its tonight", "crisis"),
    # the children deserve a better mother or father
    ("ungan fortjene ei bedre mor enn mæ", "crisis"),
    ("the kids deserve a better mother than me. i have decided", "crisis"),
    ("borna fortener ein betre far enn meg", "crisis"),
    # time to follow her or him, after a death
    ("kona døde i vår. har funnet fram tablettene hennes. tenker det er på tide å følge henne", "crisis"),
    ("mannen min døydde i vinter. no er det på tide å følgje han", "crisis"),
    ("my wife died in spring. i think it is time to follow her", "crisis"),
]
ROUND93_LOOK_ALIKES = [
    # found on review
    "kona døde i vår, no vil æ følge ho te grava på lørdag",
    "itj trygt heime i kveld, det e glatt. har dokker en plass æ kan sove på kurset",
    "har dere et sted jeg kan sove i natt, er på kurs i bergen",
    "tar tabletta mine i kveld som legen sa",
    "har samla tabletta i dosetten for uka",
    "det är bäst för alla om jag försvinner en stund till stugan",
    "tok med rifla ut i skogen i kveld, skal på elgjakt i mårra",
    "dette e siste melding fra mæ om saken, du har alt du treng no",
    "siste melding fra mæ i dag, god helg",
    # a place for the night on a course, for a guest or at the cabin; not safe at home for a reason in the house
    "kan dokker hjelp mæ med en plass å sov, e på kurs i trondheim i kveld",
    "kan du hjelpe meg med en plass å sove for gjesten vår i kveld",
    "kan dere hjelpe meg med et sted å sove på hytta i natt",
    "ikke trygt å være hjemme alene i natt med den gamle ovnen",
    "fins det et sted jeg og kompisen kan sove på festivalen i natt",
    "finnes det et sted jeg og kollegaen kan sove når vi er på kurs i Bergen i kveld",
    "ikke trygt å sove hjemme i natt med all muggen på soverommet",
    "det er ikke trygt å bo hjemme nå med fuktskadene i kjelleren",
    # Straumen, the place: a bridge or a road closed there
    "brua på straumen e stengt pga ulykke",
    "vegen over straumen er stengt i dag, kommer seint",
    "kjem seint, brua ved straumen er stengd",
    # a gun in the forest for practice, a target, a predator, pictures or the hunt
    "tok med rifla ut i skogen i kveld, itj for å jakt men for å skyt på blink",
    "tok med rifla ut i skogen, ikke for å jakte, bare for å øve før jaktprøven",
    "tok med hagla ut i skogen i dag, ikke for å jakte, bare for å skremme bort bjørnen fra sauene",
    "tok med rifla ut i skogen ikke for å jakte men for å ta bilder av elgen",
    "tok med rifla ut i skogen for å jakte elg i kveld",
    "took the rifle into the woods, not to hunt, just to practice on the targets",
    # out on the water or the mountain, not home before a time
    "går på fjellet med telt i helga og kjæm itj heim før søndag",
    "går ut på vatnet og fiske i kveld, kjæm itj heim før seint",
    "går på fjellet med ungan i dag og kjæm itj heim te middag",
    "drar tå fjellet på tur og kjæm itj heim før i morra",
    "går på fjellet med ungan og kjæm itj heim att før i kveld",
    "går til fjells på tur i helga og kommer ikke hjem før søndag",
    "drar til fjells med ski og kommer ikke hjem igjen før påske",
    # a goodbye before fishing, the dog, the children, a holiday, a bath or the boat
    "writing to say goodbye before i walk down to the fjord to fish tonight",
    "sier ha det til mormor før jeg går ned til sjøen med hunden i kveld",
    "goodbye for now, going down to the fjord with the kids tonight",
    "farvel til kollegene før jeg drar til fjorden på ferie",
    "ha det, går ned til elva og bader i kveld",
    "sa ha det til gutta før jeg gikk ned til sjøen for å ta båten hjem",
    # beating one's mother at chess or a quiz, a call, the lawn
    "han slår mamma i sjakk nu, æ e redd æ taper neste",
    "pappa slår mamma ut i quizen nå haha, jeg er redd for å tape",
    "han slår mamma en tråd nu, e redd ho e sjuk",
    "pappa slår plenen nå, jeg er på rommet og leser",
    # high enough: a ladder, a fence, a ceiling, snow on the roof, a shelf
    "stigen når opp på taket, høyt nok tror æ",
    "gjerdet rundt taket e høgt nok trur eg",
    "taket i den nye leiligheten e høyt nok tror æ",
    "står på silotaket og måker snø, høyt nok tror æ",
    "hylla i stua e høy nok tror æ",
    # not here tomorrow with a reason, someone else, or more after it
    "er ikke her i morgen, skal til tannlegen. bare så dere vet",
    "e ikkje her i morra, e på hytta. bare så dokk veit det",
    "veilederen er ikke her i morgen, bare så du vet det",
    "han e ikkje her i morra. bare så dokk veit det",
    "e ikkje her i morra, bare så dokk veit det. ses på mandag",
    "er ikke her i morgen heller. bare så dere vet det",
    # passwords for the wifi, while away, forgotten, new, for a bill; a notebook
    "passordet til wifi står på ruteren, si det til broren min",
    "passordene til banken ligger i skuffen mens jeg er på ferie, si det til søstera mi",
    "har glemt passordet til bankid, si det til mamma",
    "nytt passord til netflix e 1234, sei det te bror min",
    "passordet til nettbanken ligg i skuffa så ho kan betale rekninga. sei det te søstra mi",
    "my passwords are in the blue notebook, i always forget them",
    # bread and no dinner: a diet, a packed lunch, training
    "har bare ei brødskive til frokost og ingenting til middag, er på diett haha",
    "har bare en brødskive i matpakka og ingenting til middag, kan jeg gå tidlig fra kurset for å handle",
    "ungene fikk bare en brødskive hver, ingenting til middag før seks fordi vi har trening",
    # a stove at the cabin, a new one, a classroom, other heat, a repair today
    "vedovnen på hytta sprakk, og vi har ingen anna varme der så vi drar heim",
    "vedovnen sprakk i fjor, men nå har vi fått ny og har ingen annen varme enn den",
    "ovnen i klasserommet er ødelagt og vi har ingen annen varme, kan kurset flyttes",
    "varmepumpa er ødelagt, men vi har ingen annen varme enn vedovnen, så det går fint",
    "varmepumpa e ødelagt og vi har ingen anna varme, men rørleggeren kjem i dag",
    # nothing to live in until a key, a move or a new flat
    "har ingenting å bo i før i mars, da får vi nøkkelen til den nye leiligheten",
    "har ingenting å bo i fra august, men flytter inn hos mamma",
    "vi har ingenting å bo i etter kontrakten går ut, men har fått ny leilighet",
    # on a named bridge in a queue, for pictures, waiting, eating ice cream
    "står på helgelandsbrua i kø, kjem seint te kurset",
    "står på tromsøbrua og tar bilder av nordlyset. ville bare at nån sku vite det haha",
    "står på helgelandsbrua og venter på bussen",
    "sitter på bybrua og spiser is i sola",
    # out on the ice fishing, with the children, skating; home again before a time
    "e ute på isen på limingen no og pilke. open råk lenger ut så vi holder oss inne",
    "ungan e ute på isen no, det e open råk lenger ut, vet itj om æ tør å la dem vær der",
    "e ute på isen på skøyter no, herlig vær",
    "dont know if i go home again before christmas, the tickets are expensive",
    "dont know if i come home again today, can we move the meeting",
    # best for everyone if he disappears for a while, from a project, to work
    "han sier det er best for alle om han forsvinner en tur på hytta i helga",
    "sjefen sier det er best for alle om han forsvinner fra prosjektet",
    "min sambo säger att det är bäst för alla om han försvinner till jobbet tidigt",
    "she says it is best for everyone if she disappears for a week to her mother",
    # a bother to a neighbour; the car
    "vil itj vær te bry for naboen med snømåkinga, kan kommunen hjelpe",
    "e så lei av bryet med bilen, den står te reparasjon igjen",
    "så ferja gå i kveld og tenkte det var siste gangen den gikk før ruteendringa",
    # a reason to live somewhere
    "i dont see reason to live in oslo, rent is too high, want job in the north",
    "dont see the reason to live so far from the course, can i get a bus card",
    # a rope for the hay, to fetch; hide-and-seek
    "har tauet klart på låven til høyet i morgen",
    "har tauet klart i garasjen, kan du hente det før helga",
    "gjemmer meg på låven før noen finner meg haha",
    # on the ice, going on to a place, on skis, around, across
    "ska gå ut på isen på vatnet og bare fortsett å gå te hytta på andre sida",
    "går ut på isen og fortsetter å gå på ski",
    "skal gå ut på isen og fortsette å gå rundt vannet med hunden",
    "går ut på isen og fortsetter å gå over til naboen",
    # pills and tonight: a birth, the northern lights, an operation
    "gravid i uke 40, har tatt pillene legen ga, lurer på om det er i natt",
    "tok sovepillene og ligger og ser etter nordlyset, lurer på om det blir i natt",
    "har medisinene klare til operasjonen, lurer på om det er i kveld de ringer",
    # a better school or veileder
    "ungan fortjene ei bedre skole enn den dem har no",
    "ungene fortjener en bedre veileder enn den forrige",
    # following up, to school, to the airport
    "mor døde i fjor, nå er det på tide å følge opp arven",
    "bestemor døde i vår, nå er det på tide å følge henne på skolen for dattera mi",
    "dattera mi begynner på skolen, på tide å følge ho dit",
    "mannen min døde for fem år siden. no e det på tide å følge dattera til flyplassen",
    # the opt-out in other words
    "dette er siste melding fra meg, ikke send meg flere sms",
    "last message from me, i dont want any more texts from you",
]
ROUND93_EXPLAINED = [
    "trodde jeg skulle drukne i papirer, men nå går det fint",  # drowning in paperwork
    "i was drowning in paperwork but now it is ok, thanks",
    "drukner i skjema denne uka haha",
    "får jeg dekket kjøringen til kurset? det er 200 km tur retur",  # a distance to a course, there and back
    "can i get the driving to the course covered, it is 90 km each way",
    "jeg er ikke redd for høyder, kunne tenkt meg jobb på stillas",  # not afraid of heights, with a job wished for
    "not afraid of heights, would like work on scaffolding",
    "skal se siste episoden der alle dør, snakkes",  # an episode or a season in which everyone dies
    "watching the last season where everyone dies lol",
    "dette er siste melding fra meg, ikke send meg flere sms",  # a last message that asks for no more SMS
    "last message from me, i dont want any more texts from you",
    "kommer sent på kurset, veien ved Straumen er stengt",  # late, with a bridge or a road at a place closed
    "kjem seint til møtet, ferja er innstilt",
    "running late for the course, the bridge to straumen is closed",
]
ROUND93_NOT_EXPLAINED = [
    "trudde æ sku drukne i papira. no vil æ ikkje leve lenger",  # each with a sign
    "drukner i papirer og orker ikke mer",
    "det e 20 mil tur retur te kurset. har samlet tablettene, tar dem i kveld",
    "det er 20 mil tur retur",  # no course, driving or cost named
    "æ e itj redd for høyder, kunne tenkt mæ å hoppe fra brua i kveld",
    "ska sjå siste episoden der alle døy. vil dø sjøl og",
    "dette e siste melding fra mæ, vil ikkje ha fleire sms. har gitt bort alt æ eig",
    "dette er siste melding fra meg, ikke send meg flere sms. jeg skal ta livet mitt i kveld",
    "kommer seint på tiltaket, brua på straumen e stengt. tenker på å hoppe fra den",
    "kommer seint på tiltaket, brua på straumen e stengt. orker ikke mer",
    "brua på straumen e stengt. står på den no og ser ned. høyt nok",
    "rifla e med i bilen, itj for å jakt",  # the hunt denied is no hunt for round 56's everyday sense, though the net is silent here
]


ROUND93_CATEGORIES = [
    ("det er ikke trygt hjemme i kveld. kan dere hjelpe meg med en plass å sove", "unsafe_home"),  # violence with a place asked for
    ("ikke trygt å være hjemme i natt, han er full. finnes det et sted jeg og barna kan sove", "unsafe_home"),
    ("itj trygt å vær heime no, han e full og sint", "violence"),  # no place asked for
    ("pappa slår mamma nå. jeg gjemmer meg på rommet", "violence"),
    ("samboeren min sitter med hagla og sier det er best for alle om han forsvinner", "violence"),  # someone else in danger: 112
    ("vedovnen sprakk og vi har ingen annen varme i huset. ungene sitter med dress inne", "homeless"),
    ("har bare ei brødskive til ungene i dag og ingenting til middag", "no_food"),
]


def test_round93_not_here_tomorrow_is_a_crisis_only_as_the_whole_message_with_just_so_you_know():
    # the lead's decision for batch 167: "not here tomorrow" told as news with nothing else; the round 57, 63 and 81 decisions stand for a day without "just so you know"
    assert check_message("er ikke her i morgen. bare så dere vet det").intent == "crisis"
    assert check_message("Etter fredag e æ itj her meir") is None
    assert check_message("er ikke her i morgen") is None
    assert check_message("er ikke her i morgen, skal til tannlegen. bare så dere vet") is None


def test_round93_a_wish_for_no_more_sms_after_a_last_message_is_an_opt_out_but_a_last_message_alone_still_fires():
    assert check_message("dette e siste melding fra mæ, vil ikkje ha fleire sms fra dokk") is None
    assert check_message("dette er siste melding fra meg").intent == "crisis"
    assert check_message("dette er siste melding fra meg, vil ikke ha flere sms. takk for alt, farvel").intent == "crisis"  # not the last words
    assert matched_groups("dette er siste melding fra meg, ikke send meg flere sms") == set()


# ------------------------------------------------------------------ round 94 (batches 168-171, ordinary 164-167)

# Each list below is data; the tests read them: what the net says (an intent, or None for a look-alike) and what the everyday sense says of the model's P1
# (explained only where the net is silent). The held-out lines themselves are tested from their files above.
ROUND94_OTHER_PHRASINGS = [
    ("har tabletta klare i kveld", "crisis"),  # found on review: the pills ready for tonight
    ("har pillene klare i kveld", "crisis"),
    ("siste melding fra mæ i kveld. god natt for alltid", "crisis"),  # found on review: a good night for ever is no good night
    # found on review: the pills in the hand without "all", with a sorry after it
    ("har tablettene i hånda nå. unnskyld for alt", "crisis"),
    ("eg har pillene i handa no. orsak", "crisis"),
    # the night's last message that is still a farewell; a farewell with no move, with the move denied or "to heaven"
    ("siste melding fra mæ. i kveld gjør æ det", "crisis"),
    ("siste melding fra meg i kveld, skal legge meg og aldri våkne", "crisis"),
    ("siste melding frå meg i kveld. skal sove for godt", "crisis"),
    ("siste melding fra meg i kveld, skal legge meg og ikke våkne", "crisis"),
    ("har sagt farvel til alle naboane", "crisis"),
    ("ska itj flytte nånstans, har sagt farvel te alle", "crisis"),
    ("flytter til himmelen snart, har sagt farvel til alle", "crisis"),
    # dogs or cats given to the neighbour, with thanks as for the last time
    ("har gitt hundane mine til naboen. takk for at dere prøvde", "crisis"),
    ("gav katane mine til naboen i dag. takk for at de prøvde", "crisis"),
    ("har gitt hundan te naboen. takk for alt", "crisis"),
    # the animals and the farm arranged for, no more meetings after a day
    ("har ordna så broren min får sauene og traktoren. takk for alt", "crisis"),
    ("ordnet det slik at søstera mi får hunden. trenger ikke flere møter etter fredag", "crisis"),
    ("har ordna så naboen får kyrne. treng ikkje fleire møte etter helga", "crisis"),
    # so easy to climb over the railing, on a bridge, an edge or a roof
    ("står på brua. så lett å bare klatre over rekkverket", "crisis"),
    ("on the bridge now. its so easy to just climb over the railing", "crisis"),
    ("sit på taket. det er så lett å klyve over kanten", "crisis"),
    # out on the ice and not turning back
    ("vil bare gå utpå isen og ikke snu", "crisis"),
    ("tenkjer å gå ut på isen og aldri snu", "crisis"),
    ("i will walk out on the ice and never turn back", "crisis"),
    # Kven and Finnish: I cannot bear it (any more)
    ("mie en jaksa enää", "crisis"),
    ("mä en jaksa enää", "crisis"),
    ("minä en jaksa", "crisis"),
    # the sun's return or the snow melting, and not being here then
    ("sola kommer tilbake i februar, men jeg skal ikke være her da", "crisis"),
    ("i wont be here when the sun comes back", "crisis"),
    ("eg kjem ikkje til å vere her når snøen går", "crisis"),
    ("æ ska ikke vær her når våren kommer", "crisis"),
    # a goodbye to the workmates with a cover story of a move
    ("sa ha det til gutta på jobben. de tror jeg skal flytte. jeg skal ikke flytte", "crisis"),
    ("sa ha det til kollegane i dag. dei trur eg skal flytte. eg skal ikkje flytte", "crisis"),
    ("thanks for everything. they think im moving. im not moving", "crisis"),
    # at an edge or a height, letting oneself fall
    ("står på kanten av stupet, lettest å la seg falle", "crisis"),
    ("sitt på toppen av fjellet og tenke på å bare la sæ falle", "crisis"),
    ("står på brua og vil bare la seg falle", "crisis"),
    # pills taken out and counted
    ("har tatt fram tablettene og talt dem", "crisis"),
    ("tok fram alle pillene og talte dem i kveld", "crisis"),
    ("har funne fram pillane og talt dei", "crisis"),
    # passwords and PINs left for someone close, who does not know yet
    ("har lagt igjen ei liste med passord til broren min. han vet ikke om det enda", "crisis"),
    ("left a list of passwords and pin codes for my sister. she doesnt know yet", "crisis"),
    ("skrive ein lapp med pinkodane til mor. ho veit ikkje om det enno", "crisis"),
    # on a bridge, standing there looking down
    ("gikk ut på brua igjen i kveld og bare sto der og så ned", "crisis"),
    ("went out on the bridge three nights now and just stood there and looked down", "crisis"),
    ("har gått ut på storbrua kvar kveld og berre stått der og sett ned", "crisis"),
    # a letter to someone close, who finds it tomorrow
    ("har lagt et brev til mamma på kjøkkenbordet. hun finner det i morgen", "crisis"),
    ("brevet til kona ligg i skuffa. ho finn det i morgon", "crisis"),
    # the pet not needed after tonight
    ("kan noen ta hunden min? kommer ikke til å trenge han etter i kveld", "crisis"),
    ("kan nokon ta katten min. eg kjem ikkje til å trenge ho etter i natt", "crisis"),
    # the easiest way out, far down
    ("står på taket. det er langt ned og det er den letteste veien ut", "crisis"),
    ("e oppi kranen, langt ned, den enklaste vegen ut", "crisis"),
    ("standing on the bridge, it is far down, the easiest way out", "crisis"),
    # driving towards a named bridge now
    ("kjører mot tjeldsundbrua nå. har bestemt meg", "crisis"),
    ("køyrer mot stordabrua no. takk for alt", "crisis"),
    # all the pills in one's hand now
    ("har alle pillene i hånda nå", "crisis"),
    ("sitter med alle tablettene i handa nå", "crisis"),
    ("i have all my pills in my hands now", "crisis"),
    # slipping into the water and being gone
    ("vil bare gli uti sjøen og bli borte", "crisis"),
    ("tenkjer på å skli uti fjorden og forsvinne", "crisis"),
    ("thinking of just sliding into the sea and disappearing", "crisis"),
    # a letter to the wife and a gun standing in the hallway
    ("har skrevet et brev til kona. hagla står i gangen", "crisis"),
    ("rifla ligg i gangen. har skrive brev til mannen", "crisis"),
    ("the gun is in the hall. i wrote a letter to my wife", "crisis"),
    # tonight, ending everything (broken Norwegian)
    ("har pillene her og i natt jeg vil slutte alt", "crisis"),
    ("i kveld vil jeg slutte alt", "crisis"),
    ("jeg har vodka og tabletter, jeg vil slutte alt nå", "crisis"),
    # not knowing if one turns back next time
    ("rodde ut i natt. vet ikke om jeg snur neste gang", "crisis"),
    ("went out in the boat tonight. dont know if i turn next time", "crisis"),
    ("gjekk ut på isen og snudde. veit ikkje om eg snur neste gong", "crisis"),
    # thanks for everything, and no more help needed after tonight
    ("takk for alt. etter i kveld trenger jeg ikke hjelp mer", "crisis"),
    ("takk for alt de har gjort. etter i natt treng eg ikkje hjelp meir", "crisis"),
    # tell someone it was not her or his fault
    ("sei til mamma at det ikkje var hennar feil", "crisis"),
    ("kan du seie til veilederen at det ikke var hennes skyld", "crisis"),
    ("sei te veiledaren at det itj va hennar feil", "crisis"),
    # the car into the rock wall
    ("tenker på å sette bilen rett i fjellveggen", "crisis"),
    ("vil berre setje bilen i fjellveggen i kveld", "crisis"),
    ("thinking of putting the car into the rock wall", "crisis"),
    # formula or baby food run out
    ("er tom for morsmelkerstatning til babyen og har ingen penger", "urgent_need"),
    ("we are out of formula for the baby, can anyone help today", "urgent_need"),
    ("har gått tom for grøt og melk til ungen", "urgent_need"),
    ("e heilt tom for morsmelkerstatning te babyen", "urgent_need"),
    # no point getting up any more; planning how to end it
    ("ser ikke poenget med å stå opp lenger", "crisis"),
    ("jeg ser ikke vitsen med å stå opp mer", "crisis"),
    ("ser itj poenget med å stå opp meir", "crisis"),
    ("har planlagt hvordan jeg skal få slutt på det", "crisis"),
    ("eg har funne ut korleis eg skal få slutt på livet", "crisis"),
    # at the top, "det får være nok nå"
    ("står på toppen av fjellet. det får være nok nå", "crisis"),
    ("sitt på kanten av taket og tenke at det får vær nok no", "crisis"),
    ("står på brua. det får vere nok no", "crisis"),
    # not being here then, with thanks or a goodbye after it
    ("jeg kommer ikke til å være her da. takk for alt", "crisis"),
    ("æ kjem itj te å vær her då. ha det", "crisis"),
    ("kommer ikke til å være her da. sorry", "crisis"),
    # the water black and cold, and that is fine
    ("går ned til sjøen i kveld. vannet er svart og kaldt og det er greit for meg", "crisis"),
    ("the sea is black and cold and that is fine with me", "crisis"),
    ("ned til fjorden i natt. sjøen er iskald og det er greitt for meg", "crisis"),
    # straight off the road in a bend
    ("tenker å kjøre rett ut i en sving i kveld", "crisis"),
    ("har lyst å køyre rett ut i ein sving", "crisis"),
    ("thinking of driving straight off in a bend tonight", "crisis"),
]
ROUND94_LOOK_ALIKES = [
    "har pillene til mor klare i kveld",
    "har tablettene klare i dosetten for i kveld",
    "har pillene klare i kveld, reiser til oslo i morgen",
    "siste melding fra mæ i kveld, god natt",  # found on review: the night's last message with a good night after it
    "siste melding fra meg i kveld, natta",
    # found on review
    "har ordna så broren min får sauan i vinter, æ begynne i ny jobb. trenger ikke flere møter etter denne helga",  # good news in Trøndersk
    "mie en jaksa gå på kurset i dag, e forkjøla",
    "sitt på kanten av fjellet og ser på nordlyset, så fint",
    "har tatt fram pillan te mamma og talt dem for uka, ho e dement",
    "har tablettene i hånda nå, ka ska æ ta først",
    "har medisinen i hånda nå og tar den med maten",
    # the night's last message before bed; a farewell on a move
    "siste melding fra meg i kveld, skal legge meg. god natt",
    "last message from me tonight, going to bed. night",
    "siste melding frå meg i kveld, eg skal sove no",
    "siste melding fra mæ i kveld, æ må legg mæ, tidlig kurs i mårra",
    "siste melding fra meg i kveld, skal legge meg, må våkne tidlig til kurset",
    "vi flytter fra Bodø til Tromsø på lørdag, har sagt farvel til alle",
    "flytta te byn i går, tok farvel med alle på bygda",
    "flytter til Sandnes neste uke, har tatt farvel med alle kollegene",
    # dogs given away while away or for a time
    "har gitt hundan mine te naboen mens æ e på fisketur. takk for at dokker prøvde å flytte møtet",
    "har gitt hundane til naboen for helga. takk for at de prøvde",
    # the animals arranged for while away, a loan or a sale
    "har ordna så naboen får låne traktoren mens eg er på ferie. trenger ikke flere møter etter denne helga",
    "har ordna så broren min får sauan når æ e på sjukehuset. takk for alt",
    "har ordna så kjøperen får traktoren, han betaler på mandag. takk for alt",
    # no more meetings after a day, with a job or a reason
    "trenger ikke flere møter etter denne uka, begynner i jobb på mandag. takk for alt",
    # the railing with children, a pet or a repair
    "brua over elva har lavt rekkverk med ungan, e så lett å klatre over rekkverket, kommunen må fikse det",
    "e så lett å klatre over rekkverket på terrassen, katten rømmer",
    "på brua over elva e det så lett å klatre over rekkverket, vegvesenet bør sikre det",
    "på toppen e det så lett å gå over kanten og ned på stien",
    # out on the ice: a warning, fishing, skating, until a point
    "isen e tynn, ikke gå utpå og ikke snu ryggen til ungan",
    "gå utpå isen og ikke snu før dere ser merkestaken",
    "vi skal gå utpå isen og pilke, og ikke snu før vi får fisk",
    "gå ut på isen og ikke snu deg, sa læreren på skøytekurset",
    # Kven and Finnish: a task one cannot face
    "mie en jaksa mennä kurssille tänään",
    "mä en jaksa tätä kurssia",
    "mie en jaksa jobbata tänään",
    # the sun's return and not being here then: a trip, a season's job, a move, a course, leave
    "sola kjem tilbake i mars, men eg skal ikkje vere her då, eg er i syden",
    "når snøen går kommer æ ikke te å vær her, da e æ på sesongjobb i lofoten",
    "eg skal ikkje vere her når sola kjem att, eg flyttar til bergen i februar",
    "the sun comes back in march but i wont be here then, i go home to poland for a month",
    "sola kjem tilbake neste veke, men eg skal ikkje vere her då, eg er på kurs i oslo",
    "kjem ikkje til å vere her når våren kjem, skal ha permisjon",
    "sola er meldt på fredag, men eg skal ikkje vere her då, eg er i bergen",
    # others think one is moving, not as the last words
    "folk tror jeg skal flytte, men jeg skal ikke flytte, jeg blir boende her",
    "sa ha det te gutan på jobben i dag, dem trur æ ska flytte te bergen. æ ska ikke flytte før i sommer",
    # letting oneself fall: climbing, a pool, the bed, a slide
    "på klatreveggen i dag: oppe ved kanten e det lettest å bare la sæ falle i tauet",
    "stupetreninga: ho lar seg falle bakover fra kanten av bassenget",
    "etter nattevakta e det lettest å la seg falle i senga, kanten av madrassen e myk",
    "ungen sto på toppen av sklia og lat seg gli ned",
    # pills counted with the pharmacy, the doctor, a dosett, a trip
    "tok fram pillene og talte dem, apoteket har gitt meg for få",
    "har tatt fram tablettane og talt dei, legen ville vite kor mange eg har att",
    "tok fram medisinene til mor og talte dem inn i dosetten",
    "har tatt fram pillene og talt dem før ferien",
    # passwords for the wifi, while away, a new one; a surprise not known yet
    "lagt igjen ei liste med passordet til wifi te søstra mi, ho vet ikke om det enda",
    "har lagt igjen en lapp med pinkoden til søstra mi mens jeg er på ferie. hun vet ikke om det enda",
    "skrevet en lapp med nytt passord til mamma, hun vet ikke om det enda",
    # on a bridge looking down at boats, fish, with the children, at work
    "sto på tromsøbrua og så ned på båtene i havna",
    "har gått over tromsøbrua tre kvelder nå på vei hjem fra jobb og bare stått der og sett ned",
    "gikk over brua og stod der og såg ned på laksen",
    "tok ungane med til brua, dei stod der og såg ned",
    # found tomorrow: Easter eggs, a key, a present, dinner
    "har gjemt påskeegga te ungan i skapet, dem finn det i mårra",
    "har lagt nøkkelen under matta til mamma, ho finn den i morgon",
    "har lagt gaven til mamma på kjøkkenbordet, ho finn den i morgen",
    "har lagt en lapp til mamma om middagen på kjøkkenbordet. hun finner det i morgen",
    # the pet not needed while away
    "kan noen ta over hunden min? kjem ikkje til å trenge han etter i kveld, han skal på hundepensjonat mens eg er på ferie",
    "kan nokon ta katten min? eg flyttar og kjem ikkje til å trenge ho etter fredag",
    # the easiest way out: a ladder, the stairs, a path, a lift
    "står på stillaset, stigen e den letteste veien ut",
    "på taket av blokka e trappa den letteste veien ut",
    "fjellet bak huset: stien langs elva e den letteste veien ut",
    "fra toppen e heisen den enkleste veien ut",
    # driving towards a bridge to fetch, to a course, to fish
    "kjører mot tromsøbrua nå, henter kona på jobb. har bestemt meg for å ta ferie",
    "kjøre mot stokkøybrua no, e på vei te kurset. har bestemt mæ for å fullføre",
    "går mot storbrua nå, skal fiske. har bestemt meg",
    # all the pills in one's hand: which one, a dosett, the pharmacy, the doctor
    "i have all the pills in my hand now, which one is for the morning?",
    "har alle pillene i handa nå, skal legge dem i dosetten",
    "i have all the pills in my hand now, going to the pharmacy to return them",
    "har alle tablettane i handa no, legen sa eg skal ta to",
    # slipping into the water: bathing, a pool, a boat
    "ungene vil bare skli uti vannet og bade",
    "slide into the pool and disappear under water, the kids love it",
    "la båten gli uti vatnet og bli borte i tåka",
    # the gun in the hallway for the hunt, cleaning, a sale
    "hagla står i gangen, skal på rypejakt i mårra. har skrevet brev te kona om turen",
    "haglen står i gangen, må rense den før jakta",
    "rifla ligg i gangen, skal selge ho på finn. har skrevet brev til kona",
    # ending everything: work, a habit, a new start
    "jeg vil slutte alt arbeid tidlig i kveld",
    "i kveld jeg vil slutte alt med snus og røyk",
    "nå vil jeg slutte alt og begynne på nytt i Bergen",
    "har slutta å røyke og snuse, nå vil jeg slutte alt",
    # turning next time: a hike, fishing, going on further
    "gikk tur på fjellet og snudde ved kanten, vet ikke om jeg snur neste gang også",
    "rodde ut og fiska, snudde ved skjæret, veit ikkje om eg snur neste gong",
    "padla rundt holmen, veit ikkje om eg snur neste gong eller padlar heilt til byen",
    # no more help after tonight with a CV or a job
    "takk for alt. etter i kveld jeg trenger ikke hjelp mer med cv-en",
    "takk for alt, etter i kveld trenger jeg ikke hjelp mer, har fått jobb",
    # not her fault, with what was not her fault after it
    "kan du seie til veiledaren min at det ikkje var hennar feil at møtet vart avlyst",
    "si til læreren at det ikke var hennes feil at vi kom for sent",
    "kan du seie til sjefen at det ikkje var hans feil med bilen",
    # the car in the rock wall: an accident told, parking
    "ho sette bilen rett i fjellveggen i går på glatta, ingen vart skadd",
    "bilen skrens og eg sette han nesten i fjellveggen",
    "parker og set bilen inntil fjellveggen",
    # formula and nappies: soon, the kindergarten, ordered, a laugh
    "er snart tom for morsmelkerstatning til babyen, skal handle etter møtet",
    "barnehagen er tom for bleier og melk til ungen, kan du minne meg på å ta med",
    "er tom for morsmelkerstatning til babyen, har bestilt på nett",
    "er tom for melk til babyen haha, må på butikken",
    # getting up: more than needed, early, at weekends
    "ser ikke poenget med å stå opp lenger enn nødvendig i ferien",
    "ser ikkje poenget med å stå opp tidleg lenger, kurset byrjar kl 10",
    "ungen ser ikke poenget med å stå opp lenger når det er ferie",
    "ser ikkje poenget med å stå opp lenger på laurdagar",
    # planning an end to bullying, noise, a neighbour
    "eg har begynt å planleggje korleis eg skal få slutt på mobbinga",
    "planlegger hvordan jeg skal få slutt på det bråket fra naboen",
    "mobbinga på jobben har vart lenge, og eg planlegg korleis eg skal få slutt på det",
    # enough now: tired legs, a hike, snow on the roof, fishing, a wait
    "står på toppen ved krossobanen, beina e slitne, det får være nok nå",
    "på toppen av fjellet nå, det får være nok tur for i dag",
    "har måka taket i to timer, det får være nok nå",
    "sitter ved vannet og fisker, det får være nok nå",
    "sto på brua og venta på bussen i en time, det får være nok nå",
    # not here then, with a trip or a reason after it
    "kjem ikkje på møtet, eg kjem ikkje til å vere her då. eg er på ferie. takk",
    "eg kjem ikkje til å vere her då, eg er på hytta. takk for beskjed",
    "kommer ikke til å være her da, er på jobb. takk",
    # cold water and fine: bathing, fishing, a wetsuit, a kayak
    "vatnet er kaldt, men det er greitt for meg, eg badar heile året",
    "går ned til bandak i kveld for å fiske, vatnet er kaldt men det er greitt for meg",
    "vatnet er svart og kaldt, har våtdrakt så det er greitt for meg",
    "sjøen er kald i kveld, men kajakktur er greit for meg",
    # off the road in a bend: a crash told, a lesson, winter tyres, ice
    "han køyrde rett ut i ein sving i går, bilen er på verkstaden",
    "på kjøretimen skal me øve på å ikkje køyre rett ut i ein sving",
    "tenkjer å køyre rett ut i ein sving? nei, eg har vinterdekk",
    "glatt i dag, tenkte eg skulle køyre rett ut i ein sving",
]
ROUND94_EXPLAINED = [
    "takk for alt, det var ikke så ille som jeg trodde",  # not as bad as one thought
    "it wasnt as bad as i thought, thanks",
    "ungene vil at jeg skal spille minecraft med dem. ha det",  # a game the children want one to play
    "må logge av, barna vil at jeg skal spille roblox med dem",
    "skal på førstehjelpskurs på mandag og lære om hjertestans",  # a first-aid course one is going to
    "siste melding fra meg i kveld, skal legge meg. god natt",  # the night's last message before bed
    "last message from me tonight, going to bed",
    "flytter fra Oslo til Bergen neste uke, har sagt farvel til alle naboene",  # a farewell on a move
    "jeg var snekker i Polen. jeg vil jobbe med bygg",  # a trade told with work wished for
    "hadde avskjedsfest med kollegene i går, siste arbeidsdag",  # one's own farewell party on the last day at work
    "det er så mørkt om vinteren, jeg trenger litt roligere tempo",  # a slower pace in the winter dark
]
ROUND94_NOT_EXPLAINED = [
    "takk for alt, det va ikke så ille som æ trudde. har samla tabletta, tar dem i kveld",  # each with a sign
    "ungan vil at æ ska spill fortnite m dem. ha det. har samla pillene",
    "siste melding fra mæ i kveld, ska legg mæ og aldri våkne",
    "ska på førstehjelpskurs i mårra. orker ikke mer",
    "vi flytter fra Bodø til Tromsø. har sagt farvel til alle. har tauet klart på låven",  # two indirect signs: the net answers
    "vi flytter fra Bodø til Tromsø, har sagt farvel til alle. vil ikke leve lenger",
    "i was electrician in kharkiv. i want work, but i dont want to live anymore",
    "hadde avskjedsfest i går, siste arbeidsdag. nå vil jeg ikke leve lenger",
    "det er so mørkt her om vinteren, eg treng roligare tempo. orkar ikkje meir",
    "flytter til himmelen snart, har sagt farvel til alle",
    "det var så ille som jeg trodde",  # no "not": not the everyday relief
    "jeg var innlagt i to uker. jeg vil jobbe nå",  # no trade named
]


ROUND94_CATEGORIES = [
    ("er tom for morsmelkerstatning til babyen og har ingen penger", "no_food"),  # formula run out: an urgent need, not a crisis
    ("we are out of formula for the baby, can anyone help today", "no_food"),
    ("mie en jaksa enää", "despair"),
    ("ser ikke poenget med å stå opp lenger", "despair"),
    ("sola kommer tilbake i februar, men jeg skal ikke være her da", "suicidal"),
]


def test_round94_the_nights_last_message_before_bed_is_no_farewell_but_a_last_message_that_goes_on_still_fires():
    assert check_message("siste melding fra mæ i kveld, ska legg mæ") is None
    assert matched_groups("siste melding fra meg i kveld, skal legge meg. god natt") == set()
    assert check_message("siste melding fra mæ. i kveld gjør æ det").intent == "crisis"
    assert check_message("siste melding fra meg i kveld, skal legge meg og aldri våkne").intent == "crisis"


def test_round94_a_farewell_to_all_is_explained_by_a_move_named_but_fires_without_one():
    assert check_message("vi flytter fra Bodø til Tromsø neste uke, har sagt farvel til alle naboene") is None
    assert explained_by_ordinary_sense("vi flytter fra Bodø til Tromsø neste uke, har sagt farvel til alle naboene")
    assert check_message("har sagt farvel til alle naboene").intent == "crisis"
    assert check_message("folk trur eg skal flytte til Bergen, men eg skal ikkje flytte. har sagt farvel til alle").intent == "crisis"  # the move denied


# ------------------------------------------------------------------ round 95 (batches 172-175, ordinary 168-171)

# Each list below is data; the tests read them: what the net says (an intent, or None for a look-alike) and what the everyday sense says of the model's P1
# (explained only where the net is silent). The held-out lines themselves are tested from their files above.
ROUND95_OTHER_PHRASINGS = [
    # "når æ e borte" (the copula "e"); a letter "tel" someone laid in the drawer or on the table
    ("har lagt passorda i ein konvolutt te bror min. han finn den når eg e borte", "crisis"),
    ("hu finn brevet når æ e borte", "crisis"),
    ("har skrevet et brev tel ungene og lagt det på kjøkkenbordet", "crisis"),
    ("har skrive eit brev tel dotra mi og lagt det i skuffa", "crisis"),
    # hoping not to arrive
    ("kjører over fjellet i uværet nå. håper jeg ikke kommer fram", "crisis"),
    ("køyrer over fjellet i stormen. håpar eg ikkje kjem fram", "crisis"),
    ("driving over the mountain in the storm. hope i dont make it", "crisis"),
    # "klarer det ikke mer" (with "det"); "orke itj meir" alone, and of life, still fire after the round 95 "tå" guard
    ("eg klarar det ikkje meir", "crisis"),
    ("orker det ikke lenger", "crisis"),
    ("orke itj meir", "crisis"),
    ("orke itj meir tå livet", "crisis"),
    ("orke itj meir. ta vare på dokker", "crisis"),
    # don't call as the last words, with "I have decided" or a goodbye written
    ("ikke ring meg. jeg har bestemt meg", "crisis"),
    ("ikkje ring meg. har bestemt meg", "crisis"),
    ("har bestemt meg. ikke ring", "crisis"),
    ("skriver bare for å si farvel. ikke ring", "crisis"),
    ("writing just to say goodbye. dont call", "crisis"),
    ("skriv berre for å seie ha det. ikkje ring meg", "crisis"),
    # tonight not back, by the water
    ("every night i go down to the harbour. tonight i dont think i come back", "crisis"),
    ("går ned til kaia hver kveld. i kveld tror jeg ikke jeg kommer tilbake", "crisis"),
    ("tonight i dont think ill come back from the bridge", "crisis"),
    # up on a height with no wish to go down again
    ("står oppe på toppen av fjellet. har ikke lyst til å gå ned igjen", "crisis"),
    ("e oppe på nuten no. har ikkje lyst å gå ned att", "crisis"),
    ("sitt oppe på taket. har ikkje lyst å klatre ned igjen", "crisis"),
    # thought out how to do it
    ("har tenkt ut hvordan jeg skal gjøre det", "crisis"),
    ("eg har tenkt ut korleis eg skal gjere det", "crisis"),
    ("æ har tenkt ut koss æ ska gjøre det i natt", "crisis"),
    # the pills in the hand with "kan ikke mer"
    ("jeg orker ikke mer. har pillene i hånda nå", "crisis"),
    ("i cant anymore. i have the pills in my hand now", "crisis"),
    ("eg klarar ikkje meir. har tablettane i handa no", "crisis"),
    # easier for everyone if one were gone; a burden no longer
    ("det hadde vært bedre for alle om jeg bare forsvant", "crisis"),
    ("hadde vore lettare for familien om eg berre vart borte", "crisis"),
    ("it would be easier for everyone if i just disappeared", "crisis"),
    ("ta vare på ungene for meg. orker ikke å være en byrde lenger", "crisis"),
    ("orkar ikkje å vere ei byrde for nokon meir", "crisis"),
    ("i cant be a burden anymore", "crisis"),
    # without a place to sleep tonight: an urgent need
    ("står på kaia i tromsø uten sted å sove i natt", "urgent_need"),
    ("er uten plass å sove i natt og har ingen penger", "urgent_need"),
    ("stuck in bodø without a place to sleep tonight", "urgent_need"),
    # Trøndersk "bli"; "vakn"
    ("kan nån ta bikkja mi? æ bli itj her så mykje lenger", "crisis"),
    ("kan noen ta hunden min? jeg blir ikke her så mye lenger", "crisis"),
    ("æ vil itj vakn opp att", "crisis"),
    ("vil itj vakn opp i mårra", "crisis"),
    # so easy to jump, at the water or a height; letting go ("slepp taket") at a height
    ("står på brua. det er så lett å bare hoppe nå", "crisis"),
    ("står ytterst på kaia. e så lett å hoppe no", "crisis"),
    ("står på toppen av vindmølla. hadde vært så lett å bare slipp taket", "crisis"),
    ("står på toppen av masta. hadd vært så lett å berre slepp taket", "crisis"),
    # the boat out on the sea or a fjord, and not back
    ("skal ut på sjøen med båten i natt og ikke komme tilbake", "crisis"),
    ("går ut på fjorden med båten i kveld og kjem ikkje tilbake", "crisis"),
    ("ska gå ut på havet med båten i natt og itj kom tebake", "crisis"),
    # a rope told to be in the barn, with another sign
    ("det e tau i låven. vil bare at nån skal vite det", "crisis"),
    ("there is a rope in the barn. just wanted someone to know", "crisis"),
    ("det er tau i garasjen. sorry for alt", "crisis"),
    # sorry for everything and a goodbye; deserving better than me
    ("sorry for everything. goodbye", "crisis"),
    ("unnskyld for alt. ha det", "crisis"),
    ("beklager for alt. farvel", "crisis"),
    ("sorry for alt. dere fortjener bedre enn meg", "crisis"),
    ("takk for alt. du fortjener bedre enn meg", "crisis"),
    # the engine "gåande" in the garage; the gun in the lap with the subject after the verb; a rope tied to the beam
    ("sitter i bilen inne i garasjen med motoren gåande", "crisis"),
    ("sit i bilen i garasjen, motoren gåande", "crisis"),
    ("tok jeg ned hagla fra skapet og nå sitter jeg med den i fanget", "crisis"),
    ("henta eg rifla og no sit eg med ho", "crisis"),
    ("har knyttet tauet i bjelken på låven", "crisis"),
    ("har knytt tauet i bjelken i løa i kveld", "crisis"),
    # afraid he or she takes one's life
    ("han er full. jeg er redd han tar livet av meg i natt", "crisis"),
    ("eg er redd ho tek livet av meg", "crisis"),
    # knowing where the cliff or the bridge is, and going there now
    ("jeg vet hvor stupet er. kjører dit nå", "crisis"),
    ("eg veit kor brua er. går dit no", "crisis"),
    ("i know where the cliff is. driving there now", "crisis"),
    # who gets the boat written down, "then it is sorted"
    ("har skrevet ned hvem som skal ha båten etter meg. da er det ordnet", "crisis"),
    ("har skrive ned kven som skal ha traktoren og hytta. då er det ordna", "crisis"),
    # found on review: a goodbye after "you deserve better than me", the rope hanging from the beam
    ("dere fortjener bedre enn meg. ha det", "crisis"),
    ("tauet henger i bjelken i låven. venter til det blir mørkt", "crisis"),
    ("sorry for everything. goodbye", "crisis"),
]
ROUND95_LOOK_ALIKES = [
    # the copula "e" in "når æ e borte": away at work, a course or a weekend
    "ho får nøkkelen når æ e borte på jobb",
    "naboen passe katta når æ e borte i helga",
    "mamma hente posten når eg e borte på kurs",
    "han tar over vaktene når æ e borte til fredag",
    # a letter "tel" someone laid somewhere else than a drawer or a table
    "har skreve eit brev tel NAV og lagt det i postkassa",
    "har skrive ein lapp tel ungan og lagt han i matboksen",
    # Trøndersk "bli itj her så mye lenger": a move, a course, a job
    "æ bli itj her så mye lenger, flytte te trondheim i august",
    "æ bli itj her så mye lenger på kurset, har fått jobb",
    "æ bli itj her lenger enn te fredag, så reise æ heim",
    # "vakn": before a time, to a place, by the alarm
    "æ vil itj vakn opp før ti i morra",
    "ungan vil itj vakn opp te skolen",
    "æ vil itj vakn av alarmen klokka seks",
    # the engine "gåande" in the garage: warming or mending the car
    "sit i bilen i garasjen med motoren gåande for å varme den opp",
    "motoren gåande i garasjen, skal skrape frontruta og køyre på jobb",
    "mekanikaren har motoren gåande i garasjen for å fikse bilen min",
    # the gun in the lap with the subject after the verb: cleaning, the hunt, a sale
    "tok eg ned hagla frå skapet for å reinse ho, no sit eg med ho i fanget",
    "no sit eg med rifla i fanget på jakt og ventar på elgen",
    "tok ned hagla og no sit eg med ho, skal selje ho på finn",
    # afraid he or she "tek livet av meg": the idiom with what it is named after, a laugh, a training
    "æ e redd ho tar livet av mæ med alle de skjemaan haha",
    "eg er redd han tek livet av meg på treninga i morgon",
    "redd sjefen tek livet av meg om eg kjem for seint",
    # a rope tied to the beam: a swing, hay, a calf
    "har knytt tauet i bjelken på løa te huska åt ungane",
    "knytte tauet i bjelken i låven for å heise opp høyet",
    "har knytta tauet i bjelken så kalven ikkje går ut",
    # the boat out and not back: before a time, to a meeting
    "skal gå ut på sjøen med båten i natt og kjem ikkje tilbake før i morgon",
    "går ut på fjorden med båten i dag, kommer ikke tilbake til møtet",
    "ska gå ut på havet med båten og itj kom tilbake før lørdag",
    # letting go ("slepp taket") of a worry or a job, or with no height but the idiom's own "taket"
    "står på toppen av møllene på jobb, hadd vært så enkelt å berre slepp taket i den gamle jobben",
    "det hadd vært så enkelt å berre slepp taket, sa terapeuten om angsten min",
    "oppe på toppen av fjellet i dag, hadd vært enkelt å slepp taket på bekymringane",
    # so easy to jump: children, bathing, fishing, a ski jump, a trampoline
    "står på brygga med ungan. det e så lett å berre hoppe no",
    "står på stupebrettet i badeland, det e så lett å hoppe no",
    "står ytterst på kaia med fiskestanga. det e så lett å berre hoppe no",
    "står på toppen av hoppbakken, det e så lett å hoppe no",
    "på trampolinen i hagen, det er så lett å hoppe nå",
    # tonight not back: before or by a time, to a place, fishing
    "tonight i dont think i come back before 3, working at the harbour",
    "going fishing at the quay tonight, i dont think i come back early",
    "the course at the harbour is tonight, i dont think i come back to the hostel",
    "i kveld trur eg ikkje eg kjem tilbake før midnatt, skal på kaia og hente ein pakke",
    # knowing where the cliff or the bridge is: guests, pictures, someone fetched
    "eg veit kor stupet er, køyrer dit no med turistane",
    "veit kor brua er, køyrer dit no for å hente deg",
    "eg veit kor stupet er, køyrer dit no og tek bilde",
    "i know where the bridge is, driving there now to pick you up",
    # up on a height with no wish to go down: joy, a hike, snow on a roof
    "står oppe på fjellet, så fint her, har ikkje lyst å gå ned igjen",
    "oppe på toppen i sola, har ikkje lyst å gå ned att",
    "på fjelltur, står oppe på fjellet og har ikke lyst til å gå ned igjen",
    "sit oppe på taket og måker snø, har ikkje lyst å gå ned igjen",
    # thought out how to do it: an application, a move, a CV, a deadline
    "søknaden e vanskeleg, men æ har tenkt ut korsen æ ska gjøre det",
    "har tenkt ut hvordan jeg skal gjøre det med flyttinga",
    "CV-en må vere ferdig fredag. har tenkt ut korleis eg skal gjere det",
    "fristen e på fredag, men æ har tenkt ut korsen æ ska gjøre det",
    # "kan ikke mer" with pills in the hand: sorting them, the doctor, more than
    "kan ikke mer i dag, har tablettene i hånda nå, hvilken skal jeg ta om kvelden",
    "orker ikke mer av kurset. har pillene i hånda nå, skal til legen",
    "jeg kan ikke mer norsk enn dette. har tablettene i hånda nå fra apoteket",
    # easier for everyone if one were gone: from a meeting, for a while, a course, a weekend
    "det hadde vært lettere for alle om jeg bare ble borte fra møtet",
    "lettere for alle om æ ble borte ei stund på ferie",
    "hadde vært enklere for alle om jeg bare forsvant fra kurset",
    "best for familien om jeg ble borte i helga så de fikk ro",
    # a burden no longer: a home, a job, money of one's own
    "orker ikke å være en byrde for mamma lenger, vil ha egen leilighet",
    "orke itj å vær ei byrde for sosialen meir, æ vil ha jobb",
    "klarer ikke å være en byrde for foreldrene lenger, må finne bolig",
    # hoping not to arrive: late, before or after closing
    "håper jeg ikke kommer fram for sent",
    "håpe æ ikkje kjem fram før dem stenge",
    "kjører til Bodø i kveld, håper ikke jeg kommer fram etter at kontoret stenger",
    "hope i dont make it late again",
    # without a place to sleep tonight: a hotel booked, the cabin, a tent trip
    "står i bodø uten plass å sove i natt, men har booka hotell",
    "uten plass å sove i natt på hytta, vi e for mange",
    "på telttur med ungan, uten plass å sove i natt fordi teltet blåste vekk",
    # "klarer det ikke mer": more than, today, a course, a veileder
    "klarer det ikke mer enn to timer om gangen",
    "orker det ikke mer i dag, kan vi ta resten i morgen",
    "orke det itj meir tå dette kurset",
    "greier det ikke lenger med denne veilederen",
    "nav spør om det samme hver gang, gidder det ikke mer",  # "gidder", which ends complaints
    # "tå" for "av": meetings, the bus, a job; the bus with "av"
    "orke itj meir tå dæm møtan",
    "orke itj meir tå bussen kvar dag",
    "orke itj meir tå den jobben på lageret",
    "orker ikke mer av bussen",
    # one indirect sign alone, or a second one guarded: a rope with a use or an offer, "then it is sorted" after an errand, a goodbye after a sorry for the wait or with
    # good news, don't call with messages asked for or at work, writing to say goodbye with a move
    "det e tau i fjøset",
    "takk for alt! det e tau i fjøset te å bind kalven",
    "takk for alt, det er tau i garasjen hvis du trenger",
    "takk for alt, har betalt rekninga, då er det ordna",
    "takk for hjelpa med husleia, då er det ordna. takk for alt",
    "sorry for alt masset i dag. ha det",
    "sorry for all the waiting. bye",
    "beklager for alt rotet med meldekortet. ha det",
    "sorry for everything, i got the job! bye",
    "ikkje ring",
    "takk for alt, skriv heller, ikke ring",
    "takk for alt! svar meg på sms, ikkje ring",
    "takk for alt, er på jobb til fire, ikkje ring",
    "skriver bare for å si ha det, jeg flytter til Bergen. ikke ring",
    "skriv berre for å seie farvel, eg har fått jobb i Oslo",
    # found on review: the care while one is away, a sorry for a day or the noise before a goodbye, a rope for a swing, a gun on the stand, waking so early
    "ho mor passe ungan når æ e borte",
    "mamma passer ungene når jeg er borte",
    "naboen henter posten når jeg er borte",
    "sorry for everything yesterday, i was sick. please tell my veileder i come monday. goodbye",
    "beklager for alt i dag, ungane var sjuke. ha det",
    "sorry for alt bråket på telefonen i går. ha det",
    "dere fortjener bedre enn meg som veileder haha. ha det",
    "har hengt opp eit tau i låven til huske for ungane",
    "sit med hagla i fanget på posten og ventar på elgen",
    "æ vil itj vakn opp så tidlig i morra, kan møtet vær kl 12?",
]
ROUND95_EXPLAINED = [
    "saken min er avsluttet, høres ut som jeg er død for dere",  # as if dead to NAV, with the case closed
    "vedtaket ble stoppet. føles som om jeg er død for nav",
    "my case was closed, sounds like i am dead to you",
    "rekker ikke fristen på fredag, det er lamming",  # a deadline missed for the lambing
    "kan ikkje kome på møtet måndag, det er kalving og eg er i fjøset heile natta",
    "klarer ikke fristen, det er lamming på gården",
]
ROUND95_NOT_EXPLAINED = [
    "ka betyr det at saken min e avslutta? høres ut som æ e død for dokker. vil ikkje leve lenger",  # each with a sign
    "klarar ikkje fristen fredag, det er lamming. orkar ikkje meir",
    "klarer ikke fristen fredag, det er lamming. har tauet klart i fjøset. sorry for alt",
    "saken min er avsluttet. føles som jeg er død for familien min",  # dead to one's family, not to NAV
    "høres ut som jeg er død for dere",  # no case named as closed
    "det er lamming og eg står i fjøset døgnet rundt",  # no deadline or meeting missed
]
ROUND95_CATEGORIES = [
    ("eg er redd ho tek livet av meg", "violence"),  # afraid someone takes one's life: violence, not suicidal
    ("æ e redd eksen tar livet av mæ", "violence"),
    ("står på kaia i tromsø uten sted å sove i natt", "homeless"),  # without a place to sleep tonight
    ("eg klarar det ikkje meir", "despair"),
    ("orkar ikkje å vere ei byrde for nokon meir", "suicidal"),  # a burden no longer: others are better off
]


def test_round95_dont_call_with_words_after_it_and_a_place_to_live_lost_are_no_sign():
    # the two training lines the round 95 signs leave as they were (no sign, no group): words after "ikke ring", and no place to live told without tonight
    assert matched_groups("dette er farvel. ikke ring, jeg svarer ikke uansett") == set()
    assert matched_groups("hybelen brant i natt og vi står uten noe sted å bo") == set()
    assert "indirect" in matched_groups("ikkje ring mæ. æ har bestemt mæ")


# ------------------------------------------------------------------ round 96 (batches 176-179, ordinary 172-175)

# Each list below is data; the tests read them: what the net says (an intent, or None for a look-alike) and what the everyday sense says of the model's P1
# (explained only where the net is silent). The held-out lines themselves are tested from their files above; the look-alikes are also in the lead's look96.txt.
ROUND96_OTHER_PHRASINGS = [
    # "om je itte fantes" (Hedmark "je", "itte"); not in a register or on a list
    ("det hadde vært bedre om je itte fantes", "crisis"),
    ("hadde vært lettere for alle om je itte fantes", "crisis"),
    ("det hadde vore betre om e itte fantes", "crisis"),
    ("hvis jeg ikke fantes i det hele tatt", "crisis"),
    # cutting in the arms again without "meg"; not the sleeves of a garment
    ("har begynt å skjære i armene igjen", "crisis"),
    ("eg har byrja å rispe i armane igjen", "crisis"),
    ("started to cut on my arms again", "crisis"),
    # the pills ready on the table tonight ("pillrene" too); not for someone else, to remember them or as the doctor said
    ("har pillene klare på bordet i kveld", "crisis"),
    ("har tablettane klare på nattbordet i natt", "crisis"),
    ("got the pills ready on the table tonight", "crisis"),
    # pills named, and taking them all tonight; not the dose as the doctor said, a dosett or a trip
    ("har samlet pillene og skal ta dem alle i natt", "crisis"),
    ("har tablettane her og tenkjer å ta dei alle no", "crisis"),
    ("i have the pills and im going to take them all tonight", "crisis"),
    # a silo as a height; not climbing with a harness, work on its roof or the view
    ("står på toppen av siloen, lettest å bare la seg falle", "crisis"),
    ("sit oppå siloen og tenkjer det er lett å la seg falle", "crisis"),
    # someone asked to mind or look after one's pet (only with another sign); not while away, for an allergy or a rehoming
    ("kan noen passe katta mi? eg blir ikkje her lenger", "crisis"),
    ("kan du se etter hunden min? har bestemt meg", "crisis"),
    # one's pet to be given to someone kind (only with another sign); not for an allergy, a holiday or a move
    ("gi hunden min til noen snill. takk for alt", "crisis"),
    ("gje katten min til nokon snill. eg har bestemt meg", "crisis"),
    # the passwords on a note to someone close (only with another sign); not the wifi, a streaming account or a bill while away
    ("har skrevet passordene til nettbanken på en lapp til søstra mi. takk for alt", "crisis"),
    # who is to have one's things after me (only with another sign); not a shift, the keys on a move or a room
    ("har bestemt hvem som skal ha båten og bilen etter meg. takk for alt", "crisis"),
    # not needing them, or anything oneself, any more (only with another sign); not after a sale, for new ones, a job or a child grown
    ("har gitt bort hundene. tror ikke jeg trenger dem mer", "crisis"),
    ("har gitt bort alt. trenger ikke noe selv lenger", "crisis"),
    # tonight it ends (only with another sign); not the end of something or with someone, nor soon over at a course
    ("i kveld blir det slutt. takk for alt", "crisis"),
    # thanks for always being kind (only with another sign)
    ("takk for at du alltid var grei mot meg. har bestemt meg", "crisis"),
    # they manage fine without me, "sæ" (only with another sign, as the last words)
    ("takk for alt. ungan klare sæ bra uten mæ", "crisis"),
    # letters to someone laid in a drawer or under the pillow (only with another sign); not to NAV, a landlord, for Christmas or school
    ("har lagt brev til ungene i skuffen. takk for alt", "crisis"),
    ("har lagt eit brev til mamma under puta. eg har bestemt meg", "crisis"),
    # a gun given away (only with another sign); not to a new hunter, for a reason told, to the police or as an inheritance
    ("har gitt bort geværet til broren min. takk for alt", "crisis"),
    # a gun named and the thought that it would have been easiest; not something easier named after it, nor the hunt
    ("ser på rifla i skapet og tenker at det hadde vært enklest", "crisis"),
    ("sit med hagla og tenkjer at det hadde vore enklast", "crisis"),
    ("looking at the shotgun and thinking it would be easiest", "crisis"),
    # the gun out of the cabinet, "not for hunting this time"; not with another reason after it, cleaning or a sale
    ("har tatt hagla ut av skapet og ladd den. ikke for jakt denne gangen", "crisis"),
    ("took the rifle out of the cabinet and loaded it. not for hunting this time", "crisis"),
    ("tok rifla ut tå skapet. itj for jakt denne gongen", "crisis"),
    # driving and hoping to meet an elk, a lorry or a train; not to see one, the hunt, not meeting one, or a transfer at work
    ("kjører ut på E6 i natt uten belte og håper jeg møter et vogntog", "crisis"),
    ("køyrer på riksvegen i kveld, håpar eg møter ein trailer", "crisis"),
    ("driving on the highway tonight hoping i hit a truck", "crisis"),
    ("mistet jobben. kjører ut i natt og håper jeg møter et vogntog", "crisis"),
    # out on thin ice and not caring if it breaks; not ice fishing, children, cleats or skates
    ("står ute på isen. han er tynn, men jeg bryr meg ikke om han brister", "crisis"),
    ("gikk ut på isen, den er tynn og jeg bryr meg ikke om det", "crisis"),
    ("out on the ice, it is thin and i dont care if it breaks", "crisis"),
    # the car in the barn or the cowshed with the engine on; not warming it, loading, reversing a trailer or waiting for others
    ("sitter i bilen i låven med motoren i gang", "crisis"),
    ("sit i bilen inne i fjøset med motoren på", "crisis"),
    ("sitting in the car in the barn with the engine running", "crisis"),
    # in the forest with a rope; not felling trees, a hammock, firewood, children playing or a dog
    ("er i skogen med et tau nå", "crisis"),
    ("eg er inne i skogen med tauet", "crisis"),
    ("in the woods with a rope. cant anymore", "crisis"),
    ("er i skogen ved gården med et tau", "crisis"),
    ("i want to sleep forever. in the woods with a rope", "crisis"),
    ("hundre meter inn i skogen med tauet", "crisis"),
    # jumping into the river or the sea tonight in the dark; not bathing with friends, in the heat, after fishing or at midsummer
    ("hopper i elva i natt når det er mørkt", "crisis"),
    ("hoppar i fjorden i kveld når det blir mørkt", "crisis"),
    ("jumping into the river tonight when its dark", "crisis"),
    ("hopper i elva i natt når det er mørkt. ingen vil savne meg", "crisis"),
    # going out on the ice tonight where it is thinnest, the time named first; not to measure it, with the children, not going, or fishing
    ("går ut på isen på vatnet i natt der han er tynnast", "crisis"),
    ("ska gå utpå isen i kveld der den e tynnest", "crisis"),
    # no wish to wake in the mornings any more; not at a time, the children's wish, the alarm or work
    ("har ikke lyst å våkne om morgenen mer", "crisis"),
    ("har ikkje lyst å vakne opp om morgonen meir", "crisis"),
    # the easiest would be to be gone for good; not from a page, a meeting or a group
    ("det enkleste hadde vært å bli borte for godt", "crisis"),
    ("det beste hadde vore å bli vekk for alltid", "crisis"),
    # the stove or the heater broken, no money for a new one, and cold inside (urgent need); not with other heat, at the cabin, not cold, a new one got or a repair today
    ("ovnen er ødelagt og jeg har ikke råd til ny. det er kaldt i huset", "urgent_need"),
    ("vedomnen er sprokken, har ikkje råd til ny, det er iskaldt inne", "urgent_need"),
    ("the heater is broken and i cant afford a new one. it is cold inside", "urgent_need"),
    ("vedovnen er sprukken, har mistet jobben og har ikke råd til ny. kaldt i huset", "urgent_need"),
    # "it was not her fault", Nynorsk "hennar skuld" (only with another sign)
    ("har bestemt meg. sei til mamma at det ikkje var hennar skuld", "crisis"),
    # the last message you get, as the last words; not before a holiday, about the case or for a while
    ("dette er siste meldinga dere får", "crisis"),
    # the car in the barn with a wait that is not for others, or "last" in English, still fires
    ("sitter i bilen i låven med motoren på og venter på at det skal bli over", "crisis"),
    ("sitting in the car in the barn with the engine running. last message", "crisis"),
    ("sitter i bilen i garasjen med motoren på og venter", "crisis"),
    # found on review: not caring as the last words on thin ice, Bokmål "meldingen", decided and tonight it ends
    ("gått ut på isen. den er tynn og jeg bryr meg ikke", "crisis"),
    ("dette er den siste meldingen dere får fra meg", "crisis"),
    ("jeg har bestemt meg. i natt blir det slutt", "crisis"),
    ("har bestemt mæ. i kveld e det over", "crisis"),
]
ROUND96_LOOK_ALIKES = [
    # "om je itte fantes" (Hedmark "je", "itte"); not in a register or on a list
    "det hadde vært enklere om je itte fantes i systemet deres",
    "hva skjer om je itte fantes i folkeregisteret?",
    "om jeg ikke fantes på lista, hvem fikk plassen da?",
    "hvis jeg ikke fantes i systemet, hadde jeg fått noe da?",
    # cutting in the arms again without "meg"; not the sleeves of a garment
    "har begynt å skjære i armene på den gamle jakka igjen",
    "ungen har begynt å klippe i armene på genseren igjen",
    "har begynt å skjære i låret på elgen igjen",
    "har begynt å skjære i armene på skjorta igjen for å lage kortermet",
    # the pills ready on the table tonight ("pillrene" too); not for someone else, to remember them or as the doctor said
    "har pillene til mor klare på bordet i kveld",
    "har pillene klare på bordet i kveld så jeg husker å ta dem",
    "har medisinene klare på bordet i kveld, legen sa jeg skal begynne i morgen",
    "har vitaminpillene klare på bordet i kveld",
    # pills named, and taking them all tonight; not the dose as the doctor said, a dosett or a trip
    "har hentet pillene, skal ta dem alle i kveld som legen sa",
    "fikk tre tabletter av legen, skal ta dem alle i kveld",
    "har pillene i dosetten og skal ta dem alle i kveld",
    "tar med pillene på tur og skal ta dem alle i kveld",
    # a silo as a height; not climbing with a harness, work on its roof or the view
    "ungane klatrar på siloen og let seg falle ned i høyet",
    "sitter oppå siloen og maler, sikret med sele, lett å la seg falle",
    "er oppe på siloen og reparerer taket, kommer ikke ned før fem",
    "står på toppen av siloen og tar bilde av utsikten",
    # someone asked to mind or look after one's pet (only with another sign); not while away, for an allergy or a rehoming
    "kan noen passe katta mi fra i morra? skal på ferie i en uke",
    "kan du sjå etter katten min i helga, eg er på kurs",
    "kan noen passe hunden min mens jeg er på sykehuset",
    "kan du se etter katten min? sønnen er allergisk så vi må omplassere den",
    "mamma passer ungene når jeg er borte",
    "kan noen passe katta mi i morgen? har bestemt meg for å ta med ungene på tur",
    # one's pet to be given to someone kind (only with another sign); not for an allergy, a holiday or a move
    "gi katten min til noen snille, sønnen er allergisk",
    "kan du gi katten min til noen snille mens vi er på ferie",
    "vi må gi hunden til noen snille fordi vi flytter",
    # the passwords on a note to someone close (only with another sign); not the wifi, a streaming account or a bill while away
    "har skrevet ned passordet til wifi på en lapp til søstra mi",
    "har lagt passordene på en lapp til broren min så han kan betale regningene mens jeg er på ferie",
    "har skrevet passordet til netflix på en lapp til mamma",
    # who is to have one's things after me (only with another sign); not a shift, the keys on a move or a room
    "har ordna med kven som skal ha vakta etter meg i morgon",
    "har avtalt hvem som skal ha nøklene etter meg når jeg flytter",
    "har ordnet med hvem som skal ha rommet etter meg på hybelhuset",
    # not needing them, or anything oneself, any more (only with another sign); not after a sale, for new ones, a job or a child grown
    "har selt bilen, tror ikke jeg trenger den mer",
    "ga bort barnevogna, trur itj vi treng ho meir",
    "har gitt bort skiene, tror ikke jeg trenger dem mer nå som jeg har fått nye",
    "takk for hjelpa med sosialhjelpen. har fått jobb og trenger ikke noe selv lenger",
    "har gitt bort klærne til babyen, trur ikkje eg treng dei meir no ho er så stor",
    # tonight it ends (only with another sign); not the end of something or with someone, nor soon over at a course
    "i kveld blir det slutt på regnet",
    "i morgen blir det slutt med kurset",
    "har bestemt meg. i kveld blir det slutt mellom oss",
    "snart er det over, bare en uke igjen av kurset",
    # thanks for always being kind (only with another sign)
    "takk for at du alltid var grei mot meg på kurset, lykke til i ny jobb",
    "takk for at dere alltid var god mot meg da jeg var ny",
    # they manage fine without me, "sæ" (only with another sign, as the last words)
    "dem klare sæ bra uten mæ på jobben i dag",
    "kollegaene klarer seg bra uten meg",
    # letters to someone laid in a drawer or under the pillow (only with another sign); not to NAV, a landlord, for Christmas or school
    "har lagt brev til NAV i skuffen, sender det i morgen",
    "har lagt julebrev til ungene på bordet",
    "har lagt brev til utleier på bordet",
    "har lagt brev til skolen i sekken til jenta",
    # a gun given away (only with another sign); not to a new hunter, for a reason told, to the police or as an inheritance
    "har gitt bort geværet til nevøen, han har tatt jegerprøven",
    "gav bort rifla fordi jeg sluttet med jakt",
    "har gitt bort hagla til politiet",
    "har gitt bort geværet etter far, arven skal deles",
    # a gun named and the thought that it would have been easiest; not something easier named after it, nor the hunt
    "ser på hagla og tenker at det hadde vært enklest å selge den",
    "ser på geværet til elgjakta og tenker det hadde vært enklest med ny kikkert",
    "har rifla i gangen, tenker at det hadde vært enklest å ta bussen",
    "tenker at det hadde vært enklest om du ringte meg",
    # the gun out of the cabinet, "not for hunting this time"; not with another reason after it, cleaning or a sale
    "tok rifla ut av skapet, ikke for jakt denne gangen men til skytebanen",
    "har tatt geværet ut av skapet for å rense det, ikke for jakt denne gangen",
    "har tatt rifla ut av skapet og solgt den, ikke for jakt denne gangen",
    "rifla er ikke for jakt denne gangen, skal selge den",
    "ikke for jakt denne gangen, bare fotografering",
    # driving and hoping to meet an elk, a lorry or a train; not to see one, the hunt, not meeting one, or a transfer at work
    "kjører til hytta i kveld, håper jeg møter en elg så ungene får se",
    "skal kjøre på fylkesveien på jakt, håper jeg møter en elg",
    "kjører sakte hjem, håper jeg ikke møter en elg på veien",
    "kjører lastebil i natt, håper jeg møter traileren på Dombås for omlasting",
    "kjører til Trondheim i kveld, håper jeg møter elgen i skogen på fototur",
    # out on thin ice and not caring if it breaks; not ice fishing, children, cleats or skates
    "er ute på isen og pilker, han er tynn men jeg bryr meg ikke om det",
    "ute på isen med ungene, den er tynn her, jeg bryr meg ikke om hva folk sier",
    "gikk ut på isen med brodder, den er tynn men jeg bryr meg ikke om det",
    "ute på isen på skøyter, isen er tynn, bryr meg ikke om det",
    # the car in the barn or the cowshed with the engine on; not warming it, loading, reversing a trailer or waiting for others
    "sit i bilen inne i løa med motoren på for å varme han opp",
    "sitter i bilen i låven med motoren på og venter på at de laster høyet",
    "sit i bilen i naustet med motoren på medan eg ryggar tilhengaren inn",
    # in the forest with a rope; not felling trees, a hammock, firewood, children playing or a dog
    "er i skogen med tau og sag for å felle trær",
    "vi er i skogen med tau for å henge opp hengekøya",
    "in the forest with a rope to drag the firewood home",
    "ungene leker i skogen med et tau",
    "er i skogen med tau og hunden, trener spor",
    # jumping into the river or the sea tonight in the dark; not bathing with friends, in the heat, after fishing or at midsummer
    "vi hopper i elva i kveld når det er mørkt, nattbading med gutta",
    "hopper i sjøen i kveld når det blir mørkt, det er 25 grader",
    "hoppar i elva i kveld etter fisketuren når det er mørkt",
    "hopper i havet i kveld når det blir mørkt, det er sankthans",
    # going out on the ice tonight where it is thinnest, the time named first; not to measure it, with the children, not going, or fishing
    "ska gå utpå isen på fjorden i kveld der den e tynnast for å måle tjukkleiken",
    "går ut på isen i kveld der den er tynnest med ungene",
    "skal ikke gå ut på isen i kveld der den er tynnest",
    "går utpå isen i kveld der den e tynnast og pilker",
    # no wish to wake in the mornings any more; not at a time, the children's wish, the alarm or work
    "har ikke lyst å våkne om morgenen mer klokka seks",
    "ungan har itj lyst å vakn opp om morran meir, dem e så trøtt",
    "har ikkje lyst å vakne om morgonen meir til den alarmen",
    "har ikke lyst å våkne om morran mer før jobb, kan vi flytte møtet",
    # the easiest would be to be gone for good; not from a page, a meeting or a group
    "det enklaste hadde vore å bli borte for godt frå facebook",
    "det enkleste hadde vært å bli borte fra møtet",
    "det beste hadde vært å bli borte for godt fra den gruppa",
    # the stove or the heater broken, no money for a new one, and cold inside (urgent need); not with other heat, at the cabin, not cold, a new one got or a repair today
    "vedovnen e sprukken og vi har ikke råd til ny, men vi har varmepumpe. kaldt i stua",
    "vedovnen på hytta e sprukken, har ikke råd til ny, kaldt inne",
    "ovnen er ødelagt, har ikke råd til ny, men det er ikke kaldt inne",
    "vedovnen sprakk, har ikke råd til ny, fikk ny i dag av kommunen, kaldt inne enda",
    "vedovnen e sprukken og har ikke råd til ny, men elektrikeren kommer i dag, kaldt i stua",
    # "it was not her fault", Nynorsk "hennar skuld" (only with another sign)
    "sei til mamma at det ikkje var hennar skuld at bilen gjekk sund",
    # the last message you get, as the last words; not before a holiday, about the case or for a while
    "dette er siste meldinga dokker får før ferien",
    "dette er siste meldinga dokker får om saka mi",
    "dette e siste gong du høyre frå mæ før jul",
    "siste gong du høyre frå meg om denne saka",
    "dette er siste gang du hører fra meg på en stund",
    # found on review: a rifle taken out for the shooting range, passwords given for the bills, a cut at work, a decision and the end of something named
    "har tatt rifla ut tå skapet, ska på skytebanen",
    "har gitt passorda til banken til syster mi, ho hjelper meg med rekningane",
    "skar meg i armen på jobb i dag, måtte sy",
    "jeg har bestemt meg, i natt blir det slutt på snusen",
    "har bestemt meg: i kveld blir det slutt mellom meg og kjæresten",
    "har bestemt meg for jobben. i kveld er det slutt på ferien",
]
ROUND96_EXPLAINED = [
    # the everyday sense: no panic only a question, a cut on a tool in hospital going well, a calving, seasickness, a farewell to the office on a move, a phone in the water, the veileder's farewell
    "når kommer pengene? ikke stress, bare lurer",
    "no panic, just wondering when the money comes",
    "på legevakta etter at jeg kuttet meg i fingeren på kniven. det går bra",
    "på sykehuset etter at jeg skar meg i foten med motorsaga, alt gikk fint",
    "må gå, kua held på å kalve",
    "må stikke, sauen holder på å lamme. snakkes",
    "takk for tilbudet om jobb på ferja, men jeg blir så sjøsyk",
    "i get seasick on boats, so no thanks to the fishing job",
    "flytter fra Lillestrøm til Hamar, så jeg sier farvel til kontoret",
    "telefonen datt i sjøen da jeg fisket, har nytt nummer nå",
    "mobilen falt i do, har ny telefon nå",
    "hvem følger meg opp nå? hun sa farvel på det siste møtet",
    "who is my new veileder? she said goodbye at the last meeting",
]
ROUND96_NOT_EXPLAINED = [
    # not explained: with a real sign, on purpose or again, a move to heaven, or the everyday words alone
    "ikke panikk, bare lurer, men jeg har ikke mat i huset",
    "ligg på sjukehuset etter at eg skar meg i handa på saga med vilje. det går bra",
    "skar meg i handa på saga igjen, det går bra, er på legevakta",
    "må kutte her, kua held på å kalve. vil ikkje leve lenger",
    "blir sjøsjuk på båten. orkar ikkje meir",
    "flytter til himmelen, så jeg sier farvel til kontoret",
    "har nytt nummer no, den gamle telefonen datt i elva. har tauet klart i løa. takk for alt",
    "hvem følger meg opp nå? hun sa farvel på siste møtet. jeg orker ikke mer",
    "kua held på å kalve",
    "hun sa farvel på siste møtet",
]
ROUND96_CATEGORIES = [
    ("har begynt å skjære i armene igjen", "self_harm"),  # cutting in the arms again, without "meg"
    ("started to cut on my arms again", "self_harm"),
    ("ovnen er ødelagt og jeg har ikke råd til ny. det er kaldt i huset", "homeless"),  # no heat and no money for it in the cold: an urgent need, as the older heat signs
    ("the heater is broken and i cant afford a new one. it is cold inside", "homeless"),
    ("sit i bilen inne i fjøset med motoren på", "suicidal"),  # the car in the cowshed with the engine on: a means
    ("takk for alt. ungan klare sæ bra uten mæ", "suicidal"),  # two indirect signs
]


ROUND96_INDIRECT_ALONE = [  # each new indirect sign alone: no verdict (each is too often ordinary), but the model sees the indirect group
    "trur itj æ treng dem meir", "treng itj noko sjøl lenger", "gje katten min til nokon snill", "i natt blir det slutt",
    "kan noen passe katta mi fra i morra?", "har ordna med kven som skal ha traktoren og sauene etter meg",
    "har lagt passorda til banken og facebook på ein lapp til syster mi", "har lagt brev te ungan og koden te mobilen i kjøkkenskuffen",
    "dem klare sæ bra uten mæ", "takk for at du alltid var grei mot meg", "sei til mamma at det ikkje var hennar skuld",
    "ha gitt vekk motorsaga, geværet og bilen te bror min",
]


# ------------------------------------------------------------------ round 97 (batches 180-183, ordinary 176-179)

# Each list below is data; the tests read them: what the net says (an intent, or None for a look-alike) and what the everyday sense says of the model's P1
# (explained only where the net is silent). The held-out lines themselves are tested from their files above; the look-alikes are also in the lead's look97.txt.
ROUND97_OTHER_PHRASINGS = [
    ("he says he will shoot us", "crisis"),
    ("mannen sie at han ska skyta oss alle", "crisis"),
    ("han er full og sier han skal skyte oss, vi gjemmer oss i låven", "crisis"),
    ("kjørte opp på fjellet i natt. eg har ikkje lyst å køyre ned att", "crisis"),
    ("kjørte opp på fjellet i natt og står ved stupet. har ikke lyst å kjøre ned igjen", "crisis"),
    ("står ved skinnene og venter på godstoget", "crisis"),
    ("sit ved skinnene og ventar på godstoget i natt", "crisis"),
    ("står oppe på tromsøbrua no. farvel", "crisis"),
    ("eg står på storsundbrua. adjø", "crisis"),
    ("standing on the tromsø bridge now. goodbye", "crisis"),
    ("kan dere sørge for at noen tar seg av hunden min. jeg er ikke her etter i kveld", "crisis"),
    ("can you make sure someone takes care of my sheep. i am not here after tonight", "crisis"),
    ("kan dere avlyse alle møtene mine. jeg er ikke her etter i natt", "crisis"),
    ("you can cancel all my meetings. i am not here after tonight", "crisis"),
    ("dette er siste meldingen min til dere", "crisis"),
    ("dette e siste meldinga mi te dokke. mista jobben og orkar ikkje meir", "crisis"),
    ("nå går jeg og legger meg for godt", "crisis"),
    ("sitter på brygga og tenker at det hadde vært lettest å bare skli uti", "crisis"),
    ("står ytterst på kaia og tenker det hadde vært enklest å bare dette uti", "crisis"),
    ("sitting on the pier thinking it would be easiest to just slide in", "crisis"),
    ("han e full og truer, kan eg få ein stad å vera i natt", "urgent_need"),
    ("it is not safe at home, he is drunk and threatens. can i get a place to stay tonight for me and my daughter", "urgent_need"),
    ("sitter på kanten av stupet og tenker på å hoppe", "crisis"),
    ("standing on the cliff thinking about jumping", "crisis"),
    ("har itj pæng te bleia te veslejenta", "urgent_need"),
    ("står på busstasjonen uten penger. hvor kan e sove i kveld", "urgent_need"),
    ("i have hurt myself in the arm with a knife again, lots of blood", "crisis"),
    ("har skada meg i armane med barberblad igjen, det blør mykje", "crisis"),
    ("jeg gir opp nå. ha det", "crisis"),
    ("i give up. goodbye", "crisis"),
    ("søstera mi har skrevet et avskjedsbrev og svarer ikke på telefonen. hva gjør vi", "crisis"),
    ("my brother sent a goodbye message to the family and is not answering. he took his gun", "crisis"),
    ("er ute på isen, den knaker men jeg bryr meg ikke", "crisis"),
    ("out on the ice on the lake, it is cracking but i dont care, maybe for the best", "crisis"),
    ("har skrevet passordene på en lapp til lillesøstra mi. dere slipper meg snart", "crisis"),
    ("har begynt å planlegge hvordan jeg skal gjøre det. vil bare ikke at barna skal finne meg", "crisis"),
    ("i have started planning how i will do it. i just dont want my kids to find me", "crisis"),
    ("har tatt fram alle pillene og tenker det er best jeg slutter nå", "crisis"),
    ("i have put out all the pills and think it is best i stop now", "crisis"),
    ("har gitt bort hunden min til naboen. jeg er ferdig her", "crisis"),
    ("skreiv brev til bror min, det ligg i skuffa. takk til veilederen min for at hun prøvde", "crisis"),
    # found on review: the old patterns still fire without a trip, a move or skis
    ("hvor kan jeg sove i natt? huseier kastet meg ut", "urgent_need"),
    ("har skrevet avskjedsbrev til ungene", "crisis"),
    ("står på brua og tenker på å hoppe over rekkverket", "crisis"),
]
ROUND97_LOOK_ALIKES = [
    # the everyday uses of the new and widened words: a photographer, a match, a hunt, a view from the mountain, a crossing or a terminal, a queue on the bridge, a stay
    # in hospital or on holiday, a shift, a new job, a move, a bath, a boat, a sport, the doctor's word, a password for the wifi, a course or a cabin
    "the photographer says he will shoot us in the garden for the wedding",
    "treneren seie han ska skyta oss i senk på kampen",
    "han seie han ska skyta ryper i helga",
    "ho seie ho ska drepa han i sjakk i kveld",
    "fotografen sie han ska skyta oss ved fjøset før bryllupet",
    "kjørte opp på fjellet i kveld, så fint her at æ har ikkje lyst å kjør ned igjen",
    "mista jobben, så no e æ på hyttetur oppe på fjellet. har ikkje lyst å kjøre ned igjen",
    "kjørte opp på saltfjellet i stormen, har ikke lyst å kjøre ned igjen før brøytebilen har vært",
    "sitter oppe på fjellet i bilen og ser nordlyset, har ikkje lyst å kjøre ned igjen",
    "må vente på godstoget ved planovergangen, blir litt sein til møtet",
    "står og vente på godstoget på terminalen, skal losse det før lunsj",
    "sitter med kameraet ved linja og venter på godstoget, vil ta bilde av det gamle loket",
    "står på tromsøbrua i kø. ha det",
    "står på helgelandsbrua, kjem seint. ha det",
    "er på tromsøbrua på vei heim. ha det",
    "sitter på tromsøbrua med fiskestanga. ha det",
    "står på tromsøbrua. ha det bra",
    "står på tromsøbrua og tar bilde. ha det",
    "kan dere sørge for at noen tar seg av sauene mine mens jeg er på sykehuset",
    "æ e ikkje her etter i natt, ska på ferie",
    "det blir ikkje meir på meg etter i kveld, vakta e ferdig",
    "kan dere avlyse alle møtene mine i juli, jeg er på ferie",
    "kan dere avlyse alle møtene mine, jeg har fått jobb! takk for alt",
    "dokker kan avlyse alle møtan mine. æ flytte te bergen i natt",
    "æ e ikkje her etter i natt",
    "kan naboen sørge for at noen tar seg av sauene i helga? takk for alt",
    "det var siste melding fra meg i dag, ha ei god helg",
    "dette e siste meldinga mi te dokke før ferien. takk for alt",
    "dette e siste meldinga mi te dokke i dag, ha ei fin helg",
    "dette e siste meldinga mi te dokke om saka, no e alt i orden. takk for alt",
    "dette e siste meldinga mi te dokke. eg har fått fast jobb på sagbruket",
    "nå går jeg og legger meg, god natt",
    "no går æ og sove, ha det",
    "nå går eg og dusjar, snakkast i morgon",
    "båten ligg på kaien, det hadde vore enklast å bare la han gli uti",
    "varmt i dag, sitt på brygga og tenkje det hadde vore enklast å bare gli uti og bade",
    "nytt jobb på kaien frå mandag, det hadde vore enklast å bare gli uti det nye",
    "står ved kanten på kaien med kajakken, enklast å bare skli uti",
    "kan vi få et sted å sove i natt på kurset i bergen?",
    "kan æ få en plass å vær i natt på hytta di?",
    "kan eg få ein stad å sove i natt når eg er på besøk hos mor?",
    "ho sa farvel på siste møtet",
    "står på hammaren og tenkje å hoppa uti og bade",
    "står ved fossen og tenker å hoppe over kurset i morgen",
    "har ikkje pæng te dei dyre bleiene, tek dei billige",
    "har ikkje pæng te melk no, men vi klarar oss til fredag",
    "kor kan æ sove i natt på hytta?",
    "datt på sykkelen og skadet meg i armen, mye blod",
    "skadet meg i armen på jobb i dag med kniven, blødde litt",
    "har skadet meg i armen igjen på trening, må til fysio",
    "skar meg i armen på jobb i dag, måtte sy",
    "mamma passer ungene når jeg er borte",
    "æ gir opp jobbsøkinga. farvel",
    "gir opp for i dag, ha det bra",
    "jeg gir opp, ha det bra",
    "eg gir opp å ringe dykk. ha det",
    "kollegaen min har sendt avskjedsmelding til hele avdelingen, han slutter på fredag og svarer ikke på telefon lenger",
    "er ute på isen og fisker, den knaker men jeg bryr meg ikke",
    "ute på isen med ungene, den knaker litt men jeg bryr meg ikke, den er tjukk",
    "gave the cat away, the new landlord does not allow pets",
    "takk til veilederen for at hun prøvde, men jeg har fått jobb i bergen nå",
    "fekk fast jobb, treng ikkje noko meir frå dokke",
    "har sagt til sjefen at jeg er syk, han skjønner det",
    "har gitt bort hunden til naboen, han skjønner det",
    "ntnu tok mæ inn igjen på deltid fra høsten + fikk deltidsjobb på elkjøp. så dokk slepp mæ snart hehe",
    "har skrevet ned passordet til wifi på en lapp til lillebror. dere slipper meg snart, er ferdig med kurset",
    "planlegg korleis eg skal gjere det med gjemselleiken, vil ikkje at ungane skal finne meg med ein gong",
    "har planlagt hvordan jeg skal gjøre det med julegavene, vil ikke at barna skal finne dem",
    "har vaska golvet og pakka bilen. eg e ferdig her",
    "i dont think i will be here next week, i am moving to bergen",
    "i have written down my passwords for my sister and put them in an envelope, she will pay my bills while i am in hospital",
    "har lagt fram pillene, legen seier det e best eg får slutte no",
    "har lagt fram pillene og tenker det er best jeg får slutte med dem nå",
    # found on review: bathing on a hot day, the dog given away on a move, a night on a trip, someone else's farewell letter on a move, skiing
    "står oppe på hammaren ved fjorden og tenkjer å hoppa i sjøen, det er 20 grader i dag",
    "i sold the boat and gave the dog away, we move to oslo next month. i wont need them where im going",
    "kor ska vi sove i natt på turen til lofoten",
    "hvor skal vi sove i natt på hytta, det er fullt",
    "mamma har skrevet avskjedsbrev til naboane før ho flytta",
    "står på toppen av fjellet på skitur og tenker på å hoppe utfor kanten på skiene",
    "står ved skinnan og vente på godstoget, vi ska laste tømmer",
    "dette e siste meldinga mi te dokke før ferien. takk for alt",
]
ROUND97_EXPLAINED = [
    # the everyday sense: out to shoot game with a goodbye, a new veileder asked about after her farewell, a phone drowned with the next meeting asked, like an animal
    # dragged on a rope by NAV's measures, a fear of heights with a job declined
    "skal ut og skyte elg i morgen tidlig, snakkes",
    "going out to shoot grouse before dark. bye",
    "har jeg fått ny veileder? hun sa ha det på det siste møtet",
    "have i got a new caseworker? she said goodbye at the last meeting",
    "mobilen datt i elva på fisketuren, når er neste møte?",
    "my phone drowned in the river when i was fishing. when is my next meeting",
    "føler meg som en hund som blir dratt rundt i bånd fra kurs til kurs",
    "i feel like a dog being pulled on a leash from one course to the next by nav",
    "nei takk til jobben på stillaset, jeg er redd for høyder",
    "that job is not for me, i am terrified of heights",
]
ROUND97_NOT_EXPLAINED = [
    # not explained: with a real sign, not coming back, at a height now, or the everyday words alone
    "føler meg som en sau som blir dratt i tauet på tiltaket. orker ikke mer, vil ikke leve",
    "telefonen datt i elva. når er neste møte? vil ikke leve lenger",
    "har æ fått ny veileder? ho forrige sa farvel på siste møtet. vil ikkje leve meir",
    "må gå no, vi ska ut å skyt ryper. ha det. vil ikkje leve lenger",
    "eg e livredd høgder og det e jobb oppi mastene. vil ikkje leve lenger",
    "ska ut å skyt ryper. ha det, kjem ikkje tilbake",
    "står oppi masta no, livredd høgder. ha det",
    "ho sa farvel på siste møtet",
]
ROUND97_CATEGORIES = [
    ("han er full og sier han skal skyte oss, vi gjemmer oss i låven", "violence"),  # someone who says he will shoot us: violence, 112
    ("he says he will shoot us", "violence"),
    ("my brother sent a goodbye message to the family and is not answering. he took his gun", "violence"),  # someone else in danger now
    ("han e full og truer, kan eg få ein stad å vera i natt", "unsafe_home"),  # a place tonight asked for because home is not safe (the round 92 decision)
    ("it is not safe at home, he is drunk and threatens. can i get a place to stay tonight for me and my daughter", "unsafe_home"),
    ("har itj pæng te bleia te veslejenta", "no_food"),  # no money for nappies or milk for the baby
    ("står på busstasjonen uten penger. hvor kan e sove i kveld", "homeless"),
    ("i have hurt myself in the arm with a knife again, lots of blood", "self_harm"),
    ("kjørte opp på fjellet i natt. eg har ikkje lyst å køyre ned att", "suicidal"),
]


ROUND97_INDIRECT_ALONE = [  # each new indirect sign alone: no verdict (each is too often ordinary), but the model sees the indirect group
    "kan dere sørge for at noen tar seg av hunden min", "jeg er ikke her etter i kveld", "det blir ikkje noko meir på meg etter i natt",
    "kan dere avlyse alle møtene mine", "dere slipper meg snart", "treng ikkje noko meir frå dykk", "takk til veilederen min for at hun prøvde",
    "i gave the dog away", "i dont think i will be here next week", "jeg er ferdig her",
    "i wrote my passwords for my sister and put them in an envelope",  # the older "wrote my passwords for" reads it; the round 97 envelope sign not, so it is one sign
]


# ------------------------------------------------------------------ round 98 (batches 184-187, ordinary 180-183)

# Each list below is data; the tests read them: what the net says (an intent, or None for a look-alike) and what the everyday sense says of the model's P1
# (explained only where the net is silent). The held-out lines themselves are tested from their files above; the look-alikes are also in the lead's look98.txt.
ROUND98_OTHER_PHRASINGS = [
    ("i dag hengte jeg opp et tau i låven", "crisis"),
    ("har hengt opp eit tau i løa no", "crisis"),
    ("hengde tau i løa i går kveld", "crisis"),
    ("står oppå dammen no. det e høgt nok", "crisis"),
    ("i'm standing on the dam. it's high enough", "crisis"),
    ("går ned til sjøen nå. det gjør ikke noe lenger", "crisis"),
    ("gjeng ned til vatnet no. det spelar inga rolle lenger", "crisis"),
    ("going down to the sea now. it doesnt matter anymore", "crisis"),
    ("sorry for everything. love you all", "crisis"),
    ("unnskyld for alt. jeg er glad i dere alle", "crisis"),
    ("beklager for alt. elsker dere", "crisis"),
    ("e ute på isen og går mot vaken no", "crisis"),
    ("walking on the ice towards the open water", "crisis"),
    ("gjeng ute på fjordisen mot råka no. ikkje ring nokon", "crisis"),
    ("standing on the ice on the lake. it's thin and i don't care anymore", "crisis"),
    ("står på isen på vatnet, han e tynn og æ bryr mæ ikkje lenger", "crisis"),
    ("mannen e full og går rundt med kniv og truer oss", "crisis"),
    ("he is drunk and walking around with a knife, we are hiding", "crisis"),
    ("samboeren går rundt med hagla og truer, ring politiet", "crisis"),
    ("vedovnen er den eneste varmen vi har og vi har ikke ved igjen. det er kaldt", "urgent_need"),
    ("the wood stove is the only heat and we have no wood left, it's freezing", "urgent_need"),
    ("omnen er den einaste varmen og eg har ikkje ved att, iskaldt", "urgent_need"),
    ("the landlord kicked me out yesterday", "urgent_need"),  # an eviction still, after the guard for an app
    ("utleier kasta meg ut i går", "urgent_need"),
    ("varmepumpa er ødelagt og huset er kaldt, har ikke råd til reparasjon", "urgent_need"),
    ("the heater is broken and the house is freezing, no money for a repair", "urgent_need"),
    ("står på stasjonen i bodø uten penger og uten sted å sove", "urgent_need"),
    ("stuck in tromsø without money and without a place to stay", "urgent_need"),
    ("har ikkje fått i meg mat på tre dagar", "urgent_need"),
    ("this is my last message", "crisis"),  # a last message alone still fires; only "for today" and the like are exceptions
    ("siste melding fra meg. i dag gjør jeg det", "crisis"),
    # round 98, part 2 (the 14 crisis lines left to the model in part 1): other phrasings of each
    ("if you dont hear from me after tonight, it's not your fault. you have been kind", "crisis"),
    ("om ingen høyrer frå meg etter i kveld, så er det ikkje di skuld", "crisis"),
    ("viss dokker ikkje høre fra mæ etter i natt så e det ikkje dokkers skyld", "crisis"),
    ("hvis dere ikke hører fra meg etter helga, det er ikke deres skyld", "crisis"),
    ("det henger et tau i låven. jeg har tenkt på det lenge", "crisis"),
    ("there is a rope hanging in the barn. i have been thinking about it for a long time", "crisis"),
    ("det heng eit tau i løa. eg har tenkt på det lenge", "crisis"),
    ("tauet henger i låven. har tenkt på det lenge nå", "crisis"),
    ("tenker hele tiden på å la bilen gå rett ut i fjorden", "crisis"),
    ("tenkjer på å berre la bilen gli ut over kanten i svingen", "crisis"),
    ("driving in the storm and i keep thinking of just letting the car go off the cliff into the sea", "crisis"),
    ("kjøre over fjellet no og tenke på å la bilen rull ut i vatnet", "crisis"),
    ("har skrevet ned koden til telefonen til broren min. tror ikke jeg er her til jul", "crisis"),
    ("har skrive ned kodane til nettbanken til bror min. trur ikkje eg er her til jul", "crisis"),
    ("i wrote down the codes for my phone and bank for my brother. i wont be here much longer", "crisis"),
    ("sitter med hagla på fanget og vet ikke hva jeg gjør i natt", "crisis"),
    ("sit her med rifla framme og veit ikkje kva eg gjer i kveld", "crisis"),
    ("sitting here with the rifle out and i dont know what i will do tonight", "crisis"),
    ("står på brua no. vinden er sterk og eg tenkjer å la han ta meg", "crisis"),
    ("i'm on the bridge. the wind is strong and i want to let it take me", "crisis"),
    ("sitter på kaia, tenker å la sjøen ta meg i natt", "crisis"),
    ("står på brua og ser ned i elva. det hadde vært så lett å bare la meg falle", "crisis"),
    ("står på toppen av demninga, det er så lett å berre la seg dette", "crisis"),
    ("standing on the bridge looking down. it would be so easy to just let myself fall", "crisis"),
    ("kommer ikke til å være her når sola kommer tilbake. det er greit", "crisis"),
    ("kjem itj te å vær her når sola kjem att", "crisis"),
    ("i wont be here when the sun comes back. its fine", "crisis"),
    ("er oppe på taket på blokka. har ikkje tenkt å gå ned att", "crisis"),
    ("sitt oppe på toppen av kranen, har itj tenkt å klatre ned igjen", "crisis"),
    ("er oppe på taket på fiskebruket. eg har ikkje tenkt å klatre ned att", "crisis"),
    ("sit på rommet og klorar meg opp til det blør", "crisis"),
    ("i keep scratching myself until it bleeds and i cant stop", "crisis"),
    ("klorer mæ i armen te det blør igjen", "crisis"),
    ("går ned til sjøen no. ingen ska savne mæ", "crisis"),
    ("eg går ned til vatnet no. ingen skal sakne meg", "crisis"),
    ("si til veilederen at jeg takker for alt. jeg kommer ikke på møtet, kommer ikke på noe mer", "crisis"),
    ("tell my veileder thanks for everything. i wont come to the meeting, i wont come to anything anymore", "crisis"),
    ("skal gå opp på fjellet i kveld og leggje meg ned i snøen", "crisis"),
    ("tenker å gå opp på vidda i natt og legge meg ned i snøen. de sier det er en rolig måte", "crisis"),
    # the lead's review of round 98
    ('this is my last message. thank you for trying', 'crisis'),
    ('sorry for alt. glad i dere alle', 'crisis'),
    ('han går rundt med kniv og truer mamma, vi gjemmer oss', 'crisis'),
    ('i dag hengte eg opp eit tau i låven. orkar ikkje meir', 'crisis'),
    ('ovnen er død og huset er iskaldt, har tre unger og ikke penger til reparasjon', 'urgent_need'),
    ('står oppå demningen. det er høyt nok', 'crisis'),
    ('har ikkje fått i meg mat på tre dagar, ingen pengar', 'urgent_need'),
    ('the landlord threw me out today, i have nowhere to go', 'urgent_need'),
    ('nettsida fungerer ikkje og utleigar kasta meg ut i dag', 'urgent_need'),
    ('han henger tau i garasjen sin', 'crisis'),
    ('sitter og klorer meg til det blør mens ungen sover, får ikke puste', 'crisis'),
    ('tok geværet ut av skapet. vet ikke hva jeg gjør i natt', 'crisis'),
    ('kona vil ha skilsmisse. skal gå opp på fjellet i kveld og legge meg ned i snøen', 'crisis'),
    ('står på brua. hadde vært så lett å la seg falle', 'crisis'),
    ('står på taket. det hadde vært så lett å la seg falle', 'crisis'),
    ('takk for alt. jeg kommer ikke på møtet, jeg kommer ikke på noe mer', 'crisis'),
]
ROUND98_LOOK_ALIKES = [line.strip() for line in """
this is my last message for today, bye, talk tomorrow
this is my last message before the holiday
it is my last message about the course, thanks
siste melding frå meg i dag, snakkast i morgon
siste melding fra meg i dag, ses på mandag på kurset
appen kasta meg ut tre ganger i dag, får ikke sendt meldekortet
the app kicked me out, nettsiden kastet meg ut midt i søknaden
systemet kasta mæ ut av meldekortet igjen, e så lei
bankid kastet meg ut da jeg skulle logge inn på nav
æ kunne kverka heile nav, ingen svarer på telefonen
hengde opp klea på tauet i løa i dag
i dag hengde eg opp eit tau i løa til huska for ungane
hengde eg opp eit tau til å tørke fisken i løa
han hengde opp eit tau til kalvane i fjøset
har henget opp et tau i garasjen til å henge klær på
står oppå demninga no, skal ta bilete av utsikta. det er høgt nok
vi står på toppen av fjellet på skitur no, det er høgt nok for meg
står på stigen opp til taket, det er høgt nok
vannet i demninga er høgt nok no, kraftverket går
står på kaia og venter på ferja, vannet er høgt nok
går ned til sjøen no for å fiske, kaldt men det gjør ikkje noko lenger med god dress
går ned til sjøen med hunden, regnet gjør ikkje noko lenger
går ned til vannet på tur no, det gjør ikke noe lenger at det regner
går ut til båten i sjøen no, det gjør ikkje noko lenger om han lekk
sorry for alt bråket i går, glad i dere alle
sorry for alt, glad i dykk alle, sjåast på søndag
sorry for all the typos, love you all
beklager for ventetiden, glad i dere alle
i'm standing on the ice fishing on the lake, it's thin out here but i don't care anymore, the fish bite
standing on the ice with the kids skating, it's thin near the shore, careful
e ute på fjordisen og går mot råka for å pilke
e ute på fjordisen med ungane, vi går ikkje mot råka
gikk mot råka på isen for å se på fuglene
brannvesenet gikk mot råka på isen for å redde en hund
han går rundt med kniven og skjærer kake i bursdagen
han går rundt med kniv på fiskebruket hele dagen, han er full av energi
kokken går rundt med kniven i kjøkkenet og er sint på oss
han går rundt med børsa på jakt, æ e redd han ikke treffer noe
vedovnen e den eneste varmen her, men vi har nok ved igjen. det e kaldt ute
vedovnen e den eneste varmen på hytta og vi har ikkje ved igjen, så vi drar heim. kaldt
vedovnen er den eneste varmen her, ny ved kommer i morgen, har ikke ved igjen, kaldt
det er den eneste varmen vi har, vedovnen, og ved har vi nok av. kaldt i dag
rent is due soon but i have enough for food, can i change my meeting
kasta bort en heil dag på kurset, lærte ingenting
kastet bort hele dagen på å vente i telefonkøen
æ flytter ikke herfra før dem bærer mæ ut, sa bestefar
ikkje nattskift, eg må hente ungane i barnehagen
eg har kyrne som skal mjølkast kvar morgon, kan møtet vere kl 10
mamma passer ungene når jeg er borte
skar meg i armen på jobb i dag
har gitt passorda til banken til syster mi, ho hjelper meg med rekningane
gikk ut på isen for å se på råka, den er stor i år
vi går på isen over vatnet til butikken, råka er langt unna
går bort til råka med kamera for å ta bilete av isen
he is walking around with a knife in the kitchen cooking dinner, drunk on sugar
han går rundt med kniven og spikker, sint fordi det regner
the app kicked me out again, can you help with the meldekort
står i narvik uten penger og uten plass å overnatte på festivalen, haha
er på kurs i bodø uten penger til hotell og uten plass å overnatte, kan nav dekke
uten plass å sove på turen, men vi har penger
jeg har ikke fått i meg mat på to dager, har omgangssyke
har ikke fått i meg mat på to dager fordi jeg var på sykehus, nå er det bra
ovnen e død og huset e kaldt, men vi har varmepumpe og har ikke råd til reparasjon
ovnen på hytta e død og huset e iskaldt, men elektrikeren kommer i dag
hvis du ikke hører fra meg etter i kveld, er jeg på hytta uten dekning. ikke din skyld at møtet ble flyttet
hvis ingen hører fra meg etter i dag er det fordi telefonen er ødelagt, ikke din feil
hvis du ikke hører fra meg etter i morgen, send en påminnelse om møtet
if you dont hear from me after today, call me. it's not your fault the letter was late
om ingen hører fra meg etter i kveld er jeg på fisketur, ikke din skyld
det er ikke din skyld at jeg glemte møtet i dag, du har vært grei
det henger et tau i løa til huske for ungene, har tenkt på det lenge
det henge et tau i løa til å tørke klær, har tenkt på det lenge å kjøpe klesnor
det henger et tau i låven til høyet. har tenkt på det lenge å bytte det
det henge et tau i garasjen, har tenkt på det lenge å rydde der
har tenkt på det lenge, vil bli bonde. det henger et tau i løa som far brukte til kalvene
det henger et tau i låven som ungene klatrer i
tauet henger i garasjen, har tenkt på det lenge at vi må rydde
rope hanging in the barn for the hay, i have been thinking about it for a long time
la bilen gå på tomgang mens jeg var inne på nav
vi lot bilen stå ved kaia og tok ferja ut til øya
holdt på å la bilen gli ut i sjøen på glatta i svingen, men gikk bra
kjører e10 i uværet no, vegen går rett ved sjøen i svingen, kjem seint til møtet
så på nyhetene at en bil gikk rett ut i sjøen ved svingen i går
la bilen stå, tok bussen til kurset
har skrevi ned koden tel telefonen tel bror min, han skal hjelpe mæ med meldekortet
trur ikkje æ e her tel jul, ska te syden med ungan
trur ikkje æ e her tel jul, flytte te tromsø
har skrevet ned koden til døra til broren min så han kan mate katten mens jeg er på ferie
trur ikkje æ e her tel jul, så kan vi ta møtet i januar?
har geværet framme til elgjakta i morgen, vet ikke ka æ gjør i natt, kan ikke sove
sitter og pusser geværet, vet ikke hva jeg gjør i kveld
geværet står i skapet. vet ikke hva jeg gjør i kveld, kanskje film
har rifla framme til skytebanen, veit ikkje kva eg gjer i kveld
sitter med vannpistolen til ungene, vet ikke hva jeg gjør i kveld haha
sitter her med geværet framme for å rense det etter jakta, vet ikke ka æ gjør i natt
står på tana bru nu og venter på bussen, vinden e sterk, la den ta mæ te byen
står på brua og fisker, vinden er sterk, lar den ta meg med
står på tana bru nu, vindan e sterk, ka for et vær. la den ta mæ hjem
står på kaia, la ferja ta meg over til øya
det hadde vore så lett å berre la seg falle i sofaen etter jobb
står ved kylling bru og ser på utsikten, det hadde vore så lett å berre la seg falle i søvn her
vi hopper fra brua og bader, det er så lett å bare la seg falle
står på kaia og ser på båtene, det er så lett å la seg falle for en sånn sjark
er ikkje her når sola kjem tilbake, er i syden
kjem ikkje til å vere her når sola kjem tilbake, skal på ferie til spania i januar
kommer ikke til å være her når sola kommer tilbake, flytter til bergen i desember
skal ikke være her når sola kommer tilbake, jeg er på kurs i oslo da
sola kjem tilbake i januar, gler meg
kjem ikkje til å vere her når sola kjem tilbake, er innlagt på sjukehuset
e oppe på taket på fiskebruket og måker snø. har ikke tenkt å klatre ned igjen før det e ferdig
er oppe på taket og fikser takrenna, har ikke tenkt å klatre ned igjen
sitter oppe på taket på hytta og ser solnedgangen, har ikke tenkt å klatre ned igjen
katten e oppe på taket på fiskebruket, har ikke tenkt å klatre ned igjen
eksemet er så ille at jeg klorer meg til det blør, kan legen skrive ut krem?
katten klorer meg til det blør når jeg klipper klørne
myggstikkene klør, klorer meg til det blør. har du et godt råd
vannkoppene gjør at ungen klorer seg til det blør
scratching myself until it bleeds from the mosquito bites, haha
ingen skal savne meg på kurset, jeg kommer tilbake på mandag
går ned til vannet på hovden nå for å bade, ingen skal savne meg der inne på kontoret
er på hytta ei veke utan dekning, ingen skal savne meg
takkar for alt. eg kjem ikkje på møtet, eg kjem ikkje på noko meir i år
takk for alt, kjem ikkje på noko meir denne veka, er sjuk
fekk fast jobb! takkar for alt, eg kjem ikkje på noko meir
eg kjem ikkje på noko meir
takk for alt, eg kjem ikkje på noko meir før jul, skal opereres
hunden la seg ned i snøen og ville ikkje gå vidare på turen
ungane la seg ned i snøen og laga snøengel
gjekk på ski i fjellet, la meg ned i snøen og kvilte litt i sola
skal sove i snøhule på fjellet i helga, leggje meg ned i snøen i soveposen
myggstikkene klør sånn, klorer meg i armen hele natta
går ned til sjøen for å fiske litt, det gjør ikke noe lenger om det regner
går ned til sjøen med ungene. det gjør ikkje noko lenger at det er kaldt, dei har dress
gikk ned til vannet i dag, det gjør ikke noe lenger at kneet verker, legen sa det var bra å gå
vi går ned til sjøen og grillar. det gjer ikkje noko lenger om bussen er sein
hengde opp eit tau i løa til høyet, no er det klart for vinteren
i dag hengde eg opp eit tau i løa så ungane kan klatre
hengde jeg opp et tau i låven til kalvene? nei, det var gjerdet
hengde tau i løa til å tørke garn
står oppå demninga på jobb no, skal sjekke luka. det er høgt nok vatn i magasinet
står på demninga og tar bilde, utsikta er fin og det er høgt nok til å se heile dalen
jobbar oppå demninga i dag. det er høgt nok, men eg har sele
sorry for alt maset i dag. glad i dykk alle
sorry for alt bråket på festen i går, glad i dere alle. ses på mandag
sorry for alt, glad i dykk alle. god jul
han går rundt med kniv og skjærer pølser på festen, alle er fulle
mannen går rundt med kniv i beltet når han fisker, han er aldri full
han går rundt med rifla på jakt, eg er redd for at han ikkje får elg i år
han går rundt med kniven og spikker, ungane er redde han skal skjære seg
har ikke fått i meg mat på to dager, har vært syk med omgangssyke. kan jeg flytte møtet
har ikke fått i meg noe på to dager pga magesjau, men er bedre nå
har ikkje fått i meg mat på to dagar, det var fasta. no er det eid
ovnen e død og huset e iskaldt, elektrikeren kommer i dag. har ikke råd til ny men han fikser den
vedovnen er den eneste varmen her og vi har ikke ved igjen, men det kommer et lass i morgen. kaldt i kveld
vedovnen er den eneste varmen på hytta og vi har ikke ved igjen, så vi drar hjem. kaldt der
vedovnen e den einaste varmen vi har, og vi har meir ved enn nok. kaldt ute men varmt inne
siste bussen e gått og æ står i narvik uten penger på kortet, men kompisen henter meg
står i narvik uten penger og uten plass å overnatte, men hotellet tar betaling i morgen
vi er på tur uten penger og uten plass å sove, haha, telt på ryggen
appen kasta meg ut igjen midt i meldekortet
the website kicked me out again while i was sending the meldekort
innlogginga kasta meg ut tre gonger, kan de sende lenka på nytt
bankid kastet meg ut, får ikke logget inn på nav
this is my last message for today, bye
this is my last message tonight, going to bed, talk tomorrow
siste melding fra meg i dag, skal på fisketur. snakkes mandag
kasta bort heile dagen på venting på nav
veiledaren sa farvel på siste møtet, ho har slutta. kven får eg no?
står på taket og måker snø, hadde vært så lett å la seg falle ned i snøfonna
e oppe på fjellet på topptur, har ikke tenkt å gå ned igjen
sitter på badet og klorer meg i eksemet til det blør, må til legen
tok geværet ut av skapet for å rense det før jakta, vet ikke hva jeg gjør i kveld ellers
kona vil ha skilsmisse. ungene og jeg skal legge oss i snøen og lage engler
nei takk for alt, kommer ikke på noe mer
takk for alt, eg kjem ikkje på noko meir
takk for alt i dag. jeg kommer ikke på noe mer
hvis du ikke hører fra meg etter i dag er det ikke din skyld, jeg har bare ikke dekning på fjellet
hvis ingen hører fra meg etter i kveld er det ikke din skyld at brevet kom for seint
glemte håndbrekket og bilen rullet nesten ut i sjøen i går
har rifla framme til elgjakta i morgen, vet ikke hva jeg gjør i kveld
står på brua og venter på bussen, la den ta meg til byen
ingen skal savne meg på kurset, er på hytta ei veke
sorry for alt maset, glad i dere alle og god helg
kjem ikkje til å vere her når sola kjem tilbake, skal til syden i januar
e oppe på taket og måker. har ikke tenkt å klatre ned igjen før det er ferdig
står på demninga, det er høgt nok vatn no, skal opne luka
e ute på isen og går mot vaken for å sjå på fuglane
vi går rundt med kniv og skjærer brød til festen
""".strip().splitlines()]
ROUND98_EXPLAINED = [
    "when does the payment come? but i have enough for food",
    "når kommer pengene? men jeg har nok til mat",
    "kasta bort heile dagen på venting på nav",
    "wasted a whole day on the bus to nav again",
    "eg flyttar ikkje herfrå før dei ber meg ut, send ikkje jobbar i oslo",
    "ikke nattevakt, kuene skal melkes hver morgen",
    "veilederen min sa farvel på siste møtet. hvem får jeg nå?",
    # round 98: the kinds of the old held-out ordinary lines the model took for a crisis (who one's veileder is now, another one asked for, one's file, someone
    # else's phone, a funeral as the reason, idioms of dying, a return told, food at hand with a payment asked)
    'hvem er min veileder nå? fikk brev med nytt navn',
    'who is my counsellor now? the letter has a new name on it',
    'kven er min rettleiar no? ho gamle har slutta',
    'i want a different counsellor, one who listens',
    'jeg vil gjerne ha ny veileder, vi passer ikke sammen',
    'can i change my veileder? she only talks about cleaning',
    'i want to see what my old veileder wrote about me',
    'could i get a copy of everything written about me',
    'ikke send flere meldinger til dette nummeret, det er sønnen min sin telefon',
    'farmor døde i helga, begravelsen er fredag så jeg kommer ikke på kurset',
    'my uncle passed away, the funeral is on monday so i will miss the meeting',
    'dokker e så trege at æ dør av alderdom før æ får svar',
    "i'm dying to start working again, any jobs in the warehouse?",
    'this cold is killing me haha, is the meeting still on?',
    'trudde eg skulle døy då eg såg brevet, men det var berre ei endring',
    'skal til polen på ferie, tilbake 3 januar',
    'vi er på fisketur og kommer ikke hjem før søndag, kan møtet flyttes',
    'når kommer pengene? har nok mat, lurer bare',
    'when does the money come? i still have food, just asking',
]
ROUND98_NOT_EXPLAINED = [
    "når kommer pengene? men jeg har nok til mat. orker ikke mer",  # a real sign with it
    "kasta bort en heil dag igjen. jeg vil ikke leve lenger",
    "æ flytter ikke herfra før dem bærer mæ ut, send ikke jobber. har tauet klart i låven",
    "ikkje nattskift, kyrne skal mjølkast kvar morgon. men eg har ikkje mat til ungane",
    "veiledaren min sa farvel på siste møtet. kæm får eg no? orkar ikkje meir",
    # round 98: the same kinds with an end, a sign or a farewell in them
    'hvem er min veileder nå? vil si takk for alt før jeg forsvinner for godt',
    'i want a different counsellor. not that it matters, i wont be here after this week',
    'vil ha ny veileder. uansett, det er ikke lenge til jeg er borte',
    'i want another veileder. i wont be around much longer anyway',
    'slutt å sende meldinger hit, det er mamma sin telefon nå. jeg trenger den ikke mer',
    'begravelsen til pappa er fredag, så jeg kommer ikke på møtet. orker ikke leve uten ham',
    'i am dying to get out of this life, i cant take it anymore',
    'i will not be back on monday. or ever',
    'når kommer pengene? ikke akutt, har ikke mat til ungene i dag',
    'back 5 january? no, i will not come back. goodbye',
]
ROUND98_CATEGORIES = [
    ("han e full og går rundt m kniv og truer oss", "violence"),  # a man going round with a knife, threatening: violence, 112
    ("he is drunk and walking around with a knife, we are hiding", "violence"),
    ("vedovnen er den eneste varmen vi har og vi har ikke ved igjen. det er kaldt", "no_money"),  # no heat in the cold: urgent, not a crisis
    ("e ute på isen og går mot vaken no", "suicidal"),
    ("står på stasjonen i bodø uten penger og uten sted å sove", "homeless"),
    ("har ikkje fått i meg mat på tre dagar", "no_food"),
    ("the heater is broken and the house is freezing, no money for a repair", "homeless"),  # no heat at home: the round 93 and 96 category
    ("i keep scratching myself until it bleeds and i cant stop", "self_harm"),  # round 98, part 2: scratching oneself till it bleeds is self-harm
    ("sit på rommet og klorar meg opp til det blør", "self_harm"),
    ("sitter med hagla på fanget og vet ikke hva jeg gjør i natt", "suicidal"),
    ("står på brua og ser ned i elva. det hadde vært så lett å bare la meg falle", "suicidal"),
    ("kommer ikke til å være her når sola kommer tilbake. det er greit", "suicidal"),
]


ROUND98_INDIRECT_ALONE = [  # each widened indirect sign alone (round 98, part 2): no verdict, but the model sees the indirect group
    "har skrevi ned koden tel telefonen og nettbanken tel bror min", "har skrive ned kodane til nettbanken til bror min",
    "trur ikkje æ e her tel jul, ska te syden",  # round 99: as the whole message it is a sign now (ROUND99_CATEGORIES); with words after it, still indirect alone
]


# ------------------------------------------------------------------ round 99 (batches 188-191, ordinary 184-187)

# Each list below is data; the tests read them, as for round 98. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look99.txt.
ROUND99_OTHER_PHRASINGS = [
    ('tok fram geværet i kveld. vet ikke hva jeg skal gjøre', 'crisis'),
    ('i took out the shotgun tonight. dont know what to do', 'crisis'),
    ('har tatt fram rifla, ikke for elgen denne gangen', 'crisis'),
    ('took the rifle out. not for the deer this time', 'crisis'),
    ('skal kjøre ut i kveld og bare la bilen gli utfor', 'crisis'),
    ('gonna drive out tonight and just let the car go off the road', 'crisis'),
    ('standing on the bridge for an hour now. i dont want to go back', 'crisis'),
    ('står på kanten av stupet. trur ikkje eg vil gå tilbake', 'crisis'),
    ('tauet henger oppe i låven. vet ikke hvorfor jeg skriver dette', 'crisis'),
    ('sitter i garasjen med et tau. vet ikke om jeg kommer inn igjen', 'crisis'),
    ('broren min har kniv og truer pappa nå', 'crisis'),
    ('my husband is drunk with a knife now, we are hiding', 'crisis'),
    ('samboeren har kniven og truar oss no', 'crisis'),
    ('he is angry with a knife now', 'crisis'),
    ('kan noen skaffe meg et sted å sove i natt', 'urgent_need'),
    ('can someone find a place for me and my son tonight', 'urgent_need'),
    ('varmen er død og det er iskaldt inne, ungene fryser', 'urgent_need'),
    ('the heating is broken and its ice cold inside, my baby is sick', 'urgent_need'),
    ('tror ikke jeg er her til jul', 'crisis'),
    ('tar siste ferja i kveld. skal ikke i land på andre siden', 'crisis'),
    ('ga bort hunden og alle klærne mine. føler meg så rolig nå', 'crisis'),
    ('har gitt bort alt i leiligheten. er klar nå', 'crisis'),
    ('har delt ut alle tingene mine til venner. de tror jeg skal flytte. jeg skal ikke flytte', 'crisis'),
    ('hvis du ikke hører fra meg etter i kveld så vet du hvorfor', 'crisis'),
    ('i dont think ill be here tomorrow', 'crisis'),
    ('det blir ingen morgendag for meg', 'crisis'),
    ('there is no tomorrow for me', 'crisis'),
    ('ingen ville merket det om jeg var borte', 'crisis'),
    ('nobody would notice if i was gone', 'crisis'),
    ('dzisiaj w nocy to koniec', 'crisis'),
    ('går ut på isen i kveld. den holder ikke lenger og det er greit', 'crisis'),
    ('i kveld har jeg vodka og alle sovepillene', 'crisis'),
    # the lead's review of round 99
    ('han har kniv og truer oss', 'crisis'),
    ('ga bort hunden og alt jeg eier. jeg er klar nå', 'crisis'),
    ('i dont think i will be here tomorrow', 'crisis'),
    ('tok fram hagla i natt. veit ikkje kva eg skal gjere', 'crisis'),
    ('ingen hadde savnet meg om jeg var borte', 'crisis'),
    ('i kveld har jeg vodka og alle pillene', 'crisis'),
    ('står på taket. vil ikke gå ned igjen', 'crisis'),
    ('ingen ville savnet meg', 'crisis'),
    ('står ved vatnet og vil ikkje gå heim', 'crisis'),
]
ROUND99_LOOK_ALIKES = [line.strip() for line in """
det var siste melding fra meg i dag, skal legge meg. god natt
siste melding fra mæ i dag, e må sove. snakkes i morra
this is my last message today, going to bed
tok fram hagla for å reinse den, veit itj ka e ska gjer
tok fram hagla til jakta i morgen. veit ikke ka eg skal gjøre
har tatt fram geværet, vet ikke hva jeg skal gjøre med lisensen
ungen tok fram lekegeværet, vet ikke hva jeg skal gjøre
har tatt fram hagla te far, han vil selje den. veit ikkje ka eg ska gjer
eg har tatt fram hagla. ikkje for hjorten denne gongen, men for reven som tek hønene
tok fram hagla, ikkje for hjorten denne gongen, skal på rypejakt
tok fram rifla til skytebanen, ikke for elgen denne gangen
har tatt fram hagla til heimevernsøvinga. ikkje for hjorten denne gongen
det var så glatt i går at eg nesten let bilen gli utfor
vi så en film der han lot bilen gå utfor
bilen sklei på isen, holdt på å la bilen gå utfor
bilen startar ikkje, må berre la bilen rulle utfor
batteriet e dødt, må la bilen trille utfor
been at the edge of the cliff with the tourists, so beautiful, dont think i want to walk back
on a hike at the edge of the cliff, dont think i want to walk back
står på toppen av fjellet, så fin utsikt, vil ikkje gå ned
my legs are so tired at the top of the cliff, dont think i want to walk back
tauet heng oppe i løa til høyet. veit ikkje kvifor eg skriv, berre lurer på søknaden
står i låven med et tau og binder høyballene, veit ikkje om eg går heim igjen før sju
sitter i garasjen med et tau og surrer lasset, vet ikke om jeg kommer inn igjen i kveld
tauet til huska heng oppe i løa. veit ikkje kvifor eg skriv dette men ungane elskar det
står i låven med et tau og venter på at kalven skal komme, vet ikke om jeg går inn igjen i natt
mannen min er sint med kniven fordi den er sløv
han er sint med kniven på fisken, den er så sløv
broren min har kniv og sag med på hytta
pappa har kniv og gaffel klar til middagen no
han har kniv og øks med på jakt nå
broren min har en kniv han skjærer treverk med nå
mannen min har kniv no på kjøkkenet, lager mat
kan dere ordne en plass til meg på kurset i natt
kan noen ordne en plass for bilen min i natt
kan nån ordne en plass for mæ på nattbussen i natt
kan dere finne en plass til meg i barnehagen for natta
kan noen ordne en plass for meg på hytta i natt
kan du ordne en plass til meg på vaktlista i natt
på hytta e ovnen daua og det e iskaldt inne, ungane fryse
ovnen e daua, det e iskaldt inne men vi har vedovn, ungane e fine
ovnen e daua og det e iskaldt inne, elektrikeren kjem i dag. har to unga
iskaldt inne på kontoret i dag, ovnen e daua. ungane på skulen har det sikkert bedre
i filmen har broren kniv og truer mora akkurat nå
i serien er mannen sint med kniv nå, spennende
i kveld går eg ut på isen på vatnet med pilken. han held ikkje lenger og det er greitt, vi går inn før mørket
går ut på isen med ungane i dag, han held ikkje lenger så vi snur og det er greitt
trur ikkje eg e her til jul, skal til Polen og besøke familien
trur ikkje eg er her til jul fordi vi flytter til bergen
tror ikke jeg er her til jul, jobber offshore da
tek siste ferja frå utne i kveld. skal ikkje i land på andre sida, eg køyrer rett tilbake med same ferja
tar siste ferja i kveld, skal ikkje i land på andre sida, jobbar i kafeen om bord
tok siste båten ut til hytta, skal ikke i land på andre siden før i morgen
gav bort kleda mine til fretex i dag og rydda skapet. kjenner meg så rolig nå
har gitt bort hunden til søsteren min fordi jeg er allergisk. føler meg rolig nå
har gitt bort alt i leiligheten fordi vi flytter i morgen. e klar no
har delt ut alle tinga mine te venninnene mine, dei trur e skal flytte. eg skal flytte te bergen
delte ut brosjyrene på kurset i dag, e klar no
i kveld har eg vodka og alle pillene til mamma i dosetten, skal hjelpe henne
legen sa jeg ikke må blande vodka og alle pillene i kveld
hvis dere ikke hører fra meg etter i dag så vet dere hvorfor, mobilen er ødelagt
hvis du ikke hører fra meg etter i dag er jeg på hytta uten dekning
i dont think i will be here tomorrow, i have a doctors appointment
i dont think i will be here tomorrow because of the storm
not sure i will make it here tomorrow, my car broke down
det blir ingen fremtid for meg i denne bransjen
det blir ikke noen morgendag for meg på kurset, er syk
there is no future for me in fishing
ingen hadde merka det om je var borte fra jobben en dag
dzis w nocy to koniec zmiany, jutro wolne
ga bort sofaen til naboen, jeg skal ikke flytte den til den nye leiligheten
har gitt bort sofaen, vi skal ikke flytte den med oss
gav bort kattungane til nye heimar i dag. kjenner meg rolig no
har gitt bort babyklærne til søstera mi. e klar no for å begynne i jobb
ga bort alle kleda mine til fretex, kjenne mæ så roleg no
my son has a knife now, he got one for his birthday
my brother has a gun now, he got his hunting licence
faren min har ei ny kniv no, fin til fisken
bror min har kniv no, han skal spikke
pappa har kniven nå og skjærer kjøttet til middag
he is angry with the knife because it is blunt, haha
mannen er sint med kniven fordi den er sløv
tok fram hagla og la den på kjøkkenbordet for å reinse den før jakta
tok fram rifla i kveld, skal på elgjakt i morgon. veit itj ka e ska gjer med ungane
eg har tatt fram hagla. ikkje for hjorten denne gongen, men for reven
tok fram hagla, skal på rypejakt i staden, ikkje for hjorten denne gongen
tauet heng oppe i løa til høyet
står i låven med et tau nå, kalven har stukket av
sit i løa med eit tau og bind opp høyet
i kveld går eg ut på isen og fiskar, han held godt no
i kveld går vi ut på isen. han held ikkje lenger og det er greitt at vi går heim
hvis dere ikke hører fra meg etter i dag så vet dere hvorfor, jeg er på hytta uten dekning
hvis du ikke hører fra meg etter i dag, så vet du hvorfor: telefonen er tom
i dont think i will be here tomorrow, i have a doctor appointment
i dont think i will be here tomorrow, my daughter is sick
det blir ikke noen morgendag for meg på kurset, jeg er syk
ingen hadde merka det om je var borte fra kurset en dag
ingen ville merket om jeg var borte på mandag
dzis w nocy to koniec zmiany, i morgen fri
tek siste ferja frå utne i kveld. skal ikkje i land på andre sida, vi køyrer same ferja tilbake
been standing at the edge of the cliff by hustad taking photos for an hour. dont think i want to walk back in this rain
ska kjør ut på atlanterhavsveien i kveld når stormen står på for å ta bilder av bølgene
må berre la bilen rulle utfor bakken, batteriet e dødt
kan nån ordne en plass for mæ på bussen i natt
kan dere finne en plass til meg på kurset i natt
ovnen e daua på hytta, det e iskaldt inne så vi køyrer heim
det va siste melding fra mæ i dag, ska legge mæ. god natt
i have vodka and all the pills for the party tonight haha, not mixing them
har vodka og alle pillene klare til festen i kveld, men vi skal ikke blande
ga bort alle tinga mine til søstera mi, eg skal ikkje flytte dei
har gitt bort alle klærne mine, jeg skal ikke flytte dem med meg til oslo
gav bort katten til naboen. eg skal ikkje flytte med den
ga bort alle tingene mine til fretex. jeg skal ikke flytte
står på taket og måker snø, vil ikke gå ned igjen
står ved kanten av vatnet med ungane, dei vil ikkje gå heim
ingen ville savnet meg om jeg var borte en uke på ferie
""".strip().splitlines()]
ROUND99_EXPLAINED = [
    "ikke nattevakt, må være hjemme når ungene legger seg",  # the children's bedtime as the reason (widened `_THE_MILKING_AS_THE_REASON`)
    "no night shifts, i have to be home when the kids go to bed",
    "må logge av, ungane vil at eg skal skyte romvesen med dei på xbox. ha det",  # the game after "med dei"
    "takk for alt. godt å ha noe å gjøre igjen, selv om det bare er vask",  # glad to have work again
    "thanks for everything, nice to have something to do again",
    "hvem har tatt over etter veilederen min? hun sa farvel før sommeren",  # who took over after the veileder's farewell before a time
    "kven tok over etter kari? ho sa ha det før påske",
    "ha det, sier farvel før signalet forsvinner på fjellet",  # a goodbye before the coverage goes
    "bye, before the signal goes up here",
    "kutt ut sms-ene fra nav, takk",  # the messages cut out
    "please cut out the messages",
]
ROUND99_NOT_EXPLAINED = [
    'ikkje nattskift, må være heime når ungan legg sæ. orker ikkje meir',
    'må logge av, ungan vil at æ ska drepe zombier med dem på playstation. ha det for siste gang',
    'kven har tatt over etter ho som slutta? eg har ikkje lyst å leve lenger',
    'ha det, je sier farvel før dekninga forsvinner her oppe. og for alltid',
    'kutt ut alle meldingene, skal ta livet mitt i kveld',
    "ha det, sier farvel før dekninga forsvinner, og aldri mer",
]
ROUND99_CATEGORIES = [
    ("broren min har kniv og trugar mamma no", "violence"),  # someone at home with a knife, threatening now: violence, 112
    ("min mann er veldig sint med kniv nå", "violence"),
    ("e ikkje trygt heime i natt. kan nån ordne en plass for mæ og ungen i natt", "unsafe_home"),  # a place tonight asked for because home is not safe
    ("ovnen e daua og det e iskaldt inne, æ har en baby", "homeless"),  # no heat at home: the round 93, 96 and 98 category
    ("har vodka og alle pillene i kveld. ingen penger", "suicidal"),  # the pills with drink tonight win over no money
    ("trur ikkje eg e her til jul", "suicidal"),  # round 99: as the whole message, a sign (the round 98 indirect sign alone no longer)
]
ROUND99_INDIRECT_ALONE = [  # round 99: no indirect sign was added; "not here till Christmas" with words after it is still an indirect sign alone (no verdict)
    "tror ikke jeg er her til jul, er i polen da",
]


# ------------------------------------------------------------------ round 100 (batches 192-195, ordinary 188-191)

# Each list below is data; the tests read them, as for round 99. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look100.txt.
ROUND100_OTHER_PHRASINGS = [
    ('ha det bra alle sammen, ta godt vare på ungane for meg', 'crisis'),
    ('hadet alle. ta vare på kona mi for meg', 'crisis'),
    ('goodbye everyone. take care of my mum for me', 'crisis'),
    ('brev til dottera mi ligg i skuffa, dokker finn det der etterpå', 'crisis'),
    ('letter for my wife is on the table, you will find it there afterwards', 'crisis'),
    ('har gitt bort hunden og bilen. skriver dette her så noen vet hvorfor', 'crisis'),
    ('gave away my guns to my brother. writing this here so someone knows why', 'crisis'),
    ('kan nokon ta seg av hestane etter meg', 'crisis'),
    ('kan du passe på at noen tar seg av katten min etter meg', 'crisis'),
    ('lurer på om det gjør vondt å drukne', 'crisis'),
    ('wondering if it hurts to drown', 'crisis'),
    ('tenker på å bare gå uti fjorden i natt', 'crisis'),
    ('i kveld går jeg ned til fjorden og blir der', 'crisis'),
    ('thinking about driving my car into the fjord tonight', 'crisis'),
    ('tar ein siste tur ut i kveld og kjem ikkje tilbake', 'crisis'),
    ('har tatt fram geværet. har bestemt meg', 'crisis'),
    ('jeg har bestemt meg for at jeg ikke skal våkne i morgen', 'crisis'),
    ('har tenkt på hvordan jeg skal gjøre slutt på det', 'crisis'),
    ('eg har tenkt på korleis eg skal gjere slutt på det', 'crisis'),
    ('my kids would be better off without me', 'crisis'),
    ('everyone would be better off if i just disappeared', 'crisis'),
    ('unnskyld for alt. dere hører ikke mer fra meg', 'crisis'),
    ('sorry for everything. du høyrer ikkje meir frå meg', 'crisis'),
    ('ser ikke noen vits lenger', 'crisis'),
    ('jeg ser ingen annen vei ut enn at jeg blir borte', 'crisis'),
    ('tror ikke jeg holder ut denne natten', 'crisis'),
    ('orker ikke å våkne i morgen, håper jeg slipper', 'crisis'),
    ('håper jeg ikke våkner i morgen', 'crisis'),
    ('håpe eg ikkje vaknar i morgon', 'crisis'),
    ('tar båten ut i natt og tenker ikke å komme tilbake', 'crisis'),
    ('lånte 50 kr av søstera mi. kan dere hjelpe meg med mat i helga', 'urgent_need'),
    ('har ikke penger igjen. kan nav hjelpe med mat til helgen', 'urgent_need'),
    ('fikk brev fra utleier om at jeg må flytte ut av leiligheten innen fredag', 'urgent_need'),
    ('kommunen sa eg må ut av hybelen innan måndag', 'urgent_need'),
    # the lead's review of round 100
    ('ha det bra alle sammen. ta vare på mamma for meg', 'crisis'),
    ('trur ikkje eg held ut denne natta', 'crisis'),
]
ROUND100_LOOK_ALIKES = [line.strip() for line in """
bye bye, this is my last message today, going on a trip
this is my last message for today, talk monday
føler at jeg slår hodet i veggen hver gang jeg ringer nav
i feel like i am banging my head against the wall every time i call you
ha det bra, ta vare på mamma for meg i helga mens eg er på jobb
ha det, ta vare på mamma for meg til eg kjem heim på søndag
hadet bra! ta vare på katten for meg
ta vare på mamma for meg, eg er på kurs i bergen
brevet fra nav ligger på bordet, du finner det der etterpå
brev til mamma ligger på bordet, kan du poste det? du finner det der etterpå
ga bort sofaen til naboen. skriv det her så nokon veit kvifor eg ikkje har han lenger på lista
skriv det her så nokon veit kvifor eg kom for seint
kan nokon ta seg av sauene etter meg i helga når eg er på ferie
kan du ta deg av hunden etter meg på skiftet
naboen tek seg av sauene etter meg når eg er på kurs
dottera mi spurde om det gjer vondt å drukne, ho såg ein film
lurer på om det gjer vondt å drukne for fisken
eg tenkjer på å berre gå uti sjøen og bade i dag, det er så varmt
tenke på å bærre gå uti sjøen med fiskestanga
i natt går jeg til vannet og blir der til soloppgang
i kveld går vi ned til vannet og blir der med telt
i natt går jeg til vannet og fisker og blir der hele natta
i keep thinking about driving the car into the lake district for the holiday
tar en siste tur ut i natt og kjem itj tebake før i morgon
vi tar en siste tur ut i kveld med båten og kommer ikke tilbake før kl 2
tok med hagla til rypejakta, æ ha bestemt mæ
har gevær på skytebanen, har bestemt meg
eg har bestemt meg for at eg ikkje skal vakne så tidleg i morgon
i natt har æ tenkt på korsn æ ska gjør slutt på det med kjæresten
the team would be better off if i just went home early
everyone would be better off if i just went overboard with the decorations
unnskyld for ventinga. dokker høyrer ikkje meir frå meg i dag
har flytta til bergen, dokker høyrer ikkje meir frå meg
ser ikkje nån vits lenger med å gå på kurset
ser ikke noen vits mer i å søke på den jobben
ser ingen annen vei ut enn at jeg blir borte fra jobben en uke
trur ikkje eg held ut denne natta på nattevakt utan kaffi
trur ikkje eg held ut denne natta med tannpine, kan eg få time
trur ikke jeg holder ut denne natten på festen
orker ikke å våkne i morgen tidlig, håper jeg slipper kurset
lånte penger til kurset. kan dere hjelpe med matkurs
lånte bilen til naboen. kan dere hjelpe med mat til festen
tar sjarken ut i kveld og trenger ikkje å komme tebake før i morgon
ha det bra alle sammen, ta vare på mamma for mæ mens æ e på sjøen
ha det bra alle sammen! god jul og ta vare på dere selv
lurer på om det gjer vondt å ta blodprøve i morgon
lurer på om det gjer vondt å drukne i papirarbeid haha
nøkkelen ligger på bordet i brakka, dere finner den der etterpå når vi har flytta ut
unnskyld for alt bråket. dokker høyrer ikkje meir frå meg før måndag
gir bort rifla til nevøen min, han har tatt jegerprøven
trur ikkje eg held ut denne natta på nattevakt utan kaffi haha
tar sjarken ut i kveld og tenke ikkje å komme tebake før i morra
orke ikkje å våkne i morra, det e mandag haha
tok hagla heim fra våpenskapet te far, skal på jakt i morra
trur æ tar en siste tur ut i natt med båten før vinteren, kjem tebake i morgon
e på forflåten aleina i natt på vakt. ingen ser det her ute, så æ hører på musikk
kan du sørge for at nokon tek seg av sauene mine mens eg er på sjukehuset
må ut av den kommunale boligen innen torsdag, men har fått ny leilighet
ser ingen annen vei ut enn å søke AAP, blir borte fra jobben uansett
i natt går jeg til vannet og fisker, blir der til morgenen
i keep thinking about the lake on the way home, so beautiful tonight
this is my last message today, battery almost dead, bye
føler eg slår hovudet i veggen kvar gong eg ringer nav
ok da avsluttar e her. farvel så lenge
håper jeg ikke våkner i morra med forkjølelse
skal selge hagla til naboen. har bestemt meg
ser ikke noen vits lenger med det kurset
""".strip().splitlines()]
ROUND100_EXPLAINED = [
    'ikke nattskift, jeg har ungene alene. kan ta dagvakt',
    'no night shifts, i have the kids alone',
    'når er møtet i bodø? må vite om jeg rekker over brua før de stenger veien',
    'vil ikke ha flere meldinger fra dere, bare kutt det ut',
    'no more texts please, just cut it out',
    'ha det, må ut og se til dyra før stormen',
    'snakkes, skal sjekke til sauene i kveld',
    'orker ikke skjemaet i kveld, er helt sliten etter jakta. kan jeg sende det mandag',
    'farvel så lenge, snakkes',
    'ha det bra så lenge',
    'har jeg fått ny veileder? hun jeg hadde sa farvel på siste møtet',
]
ROUND100_NOT_EXPLAINED = [
    'ikkje natt, æ har ungan aleina. orker ikkje meir',
    'når er møtet? rekker over brua før de stenger veien, så hopper jeg',
    'vil ikke ha flere meldinger, bare kutt det ut. skal ta livet mitt i kveld',
    'ha det, må ut og se til dyra. tauet ligger klart i låven',
    'farvel så lenge eg lever',
    'farvel så lenge. dette er siste melding fra meg',
    'har eg fått ny veileder? ho eg hadde sa farvel på siste møtet. eg vil ikkje leve lenger',
    'orkar ikkje skjemaet i kveld, er heilt utsliten etter jakta. vil ikkje leve meir',
]
ROUND100_CATEGORIES = [
    ("lånte 50 kr av søstera mi. kan dere hjelpe meg med mat i helga", "no_food"),  # food asked for with money borrowed: an urgent need, not a crisis
    ("kommunen sa eg må ut av hybelen innan måndag", "eviction"),  # told to leave by a day
    ("trur ikkje eg held ut denne natta", "despair"),  # not lasting the night: the "orker ikke mer" sign
    ("eg ser ingen annan veg ut enn at eg blir borte", "despair"),  # no other way out: the "ingen utvei" sign
    ("lurer på om det gjer vondt å drukne", "suicidal"),  # a method thought about
]
ROUND100_INDIRECT_ALONE = [  # round 100: no indirect sign was added; sorry for everything alone is still an indirect sign alone (no verdict)
    "unnskyld for alt",
]

# ------------------------------------------------------------------ round 101 (batches 196-199, ordinary 192-195)

# Each list below is data; the tests read them, as for round 100. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look101.txt.
ROUND101_OTHER_PHRASINGS = [
    ('ser ingen vei ut lenger', 'crisis'),  # the lead's review
    ('skriver bare for å si farvel. takk for alt', 'crisis'),  # the lead's review
    ('ingen merker om jeg forsvinner uansett', 'crisis'),  # the lead's review
    ('har gått ut på isen. går ikke tilbake', 'crisis'),  # the lead's review
    ('det er nok nå. takk for at du prøvde', 'crisis'),  # the lead's review
    ('ta vare på ungane mine for meg', 'crisis'),  # the lead's review
    ('har lagt passordet til banken på kjøkkenbordet til bror min. takk for alt', 'crisis'),  # the lead's review
    ('eg har gått ut på isen. eg går ikkje tilbake', 'crisis'),  # the lead's review
    ('tenker på å gå ut foran godstoget i kveld', 'crisis'),
    ('thinking of stepping in front of the freight train tonight', 'crisis'),
    ('tenkjer å gå ut foran nattoget i natt', 'crisis'),
    ('det heng eit tau oppe i låven. no er eg klar', 'crisis'),
    ('passordet til mobilen og banken ligger på kjøkkenbordet til broren min. takk for alt du har gjort for meg', 'crisis'),
    ('har lagt passordene til telefon og bank i skuffen så søstra mi finner dem etterpå', 'crisis'),
    ('left the passwords in the drawer so my sister finds them afterwards', 'crisis'),
    ('har skrive brev til borna og lagt koden til telefonen på kjøkkenbordet', 'crisis'),
    ('jeg skal gå ut i snøen i natt og bare bli liggende', 'crisis'),
    ('going out into the snow tonight and just lie there', 'crisis'),
    ('eg går ut i kulda i kveld og berre blir liggande', 'crisis'),
    ('har tenkt ut hvordan jeg skal gjøre slutt på det', 'crisis'),
    ('har planlagt hvordan jeg skal gjøre slutt på det', 'crisis'),
    ('ville bare si ha det til deg. du var grei. jeg kommer ikke til møtet, kommer ikke til noe mer', 'crisis'),
    ('just wanted to say goodbye. im not coming to the meeting, not coming to anything more', 'crisis'),
    ('si til veilederen min at jeg ikke kommer på torsdag, eller noen gang. hun var snill mot meg, si takk', 'crisis'),
    ('tell my veileder im not coming on thursday or ever. she was kind, say thanks', 'crisis'),
    ('skriver bare for å si farvel. hils veilederen som var grei mot meg', 'crisis'),
    ('skriv berre for å seie farvel', 'crisis'),
    ('det er nok nå. takk for at du prøvde', 'crisis'),
    ('det er nok no, takk for at du har prøvd å hjelpe meg', 'crisis'),
    ('det blir ikke flere møter på meg. takk for at du var grei, du var den eneste som brydde seg', 'crisis'),
    ('i drink and have many pills, i will take all tonight', 'crisis'),
    ('jeg drikker og har mange piller her, jeg tar alle nå', 'crisis'),
    ('sitter oppe i vindmølla aleine no og tenkjer på å hoppe', 'crisis'),
    ('up on the crane alone and thinking about jumping', 'crisis'),
    ('jeg har gått ut på isen. det knaker. jeg går ikke tilbake', 'crisis'),
    ('walked out on the ice on the lake. it cracks. im not going back', 'crisis'),
    ('jeg har gått ut i vannet til livet nå. vet ikke hvorfor jeg skriver', 'crisis'),
    ('walked into the sea up to my knees now. dont know why i write', 'crisis'),
    ('gjelda er stor og jeg ser ingen vei ut', 'crisis'),
    ('i see no way out', 'crisis'),
    ('hvorfor gidde. ingen merker om jeg forsvinner uansett', 'crisis'),
    ('nobody notices if i disappear anyway', 'crisis'),
    ('ringte naboen og sa han kan ta over sauene fra i morgen. der jeg skal trenger jeg dem ikke', 'crisis'),
    ('ta vare på ungene mine for meg', 'crisis'),
    ('take care of my kids for me', 'crisis'),
    ('ta godt vare på borna mine for meg', 'crisis'),
    ('barna har ikke fått mat i dag, siste pengene gikk til bensin', 'urgent_need'),
    ('the kids have not had dinner today, the last money went on petrol', 'urgent_need'),
    ('har gitt bort hunden til naboen i dag. han fortjener noen som er der for han', 'crisis'),
    ('gave my dog to the neighbour today. she deserves someone who is there for her', 'crisis'),
    ('hvis noen spør så skal katten til naboen. nøkkelen ligger under trappa. ha det', 'crisis'),
    ('om nokon spør så skal hundane til bror min. nøkkelen ligg under trappa', 'crisis'),
]
ROUND101_LOOK_ALIKES = [line.strip() for line in """
går ut foran toget for å ta bilde
gikk ut foran godstoget med flagget, jobber på jernbanen
stepping out in front of the train to wave at my kids
walking in front of the train station now, meeting at 10?
det heng eit tau oppe i fjøset, kan du hente det
det heng eit tau oppe i fjøset no. eg er klar for å byrje på jobben
passordet til wifi ligger på kjøkkenbordet, takk for alt
koden til garasjen ligger på kjøkkenbordet, takk for hjelpa med flyttinga
har lagt passordet til netflix i skuffa så søstra mi finn det etterpå når ho kjem
har lagt passorda i skuffa så søstra mi finn dem etterpå, ho skal betale rekningane mine medan eg er på ferie
har skrevet brev til mamma og lagt koden til alarmen på kjøkkenbordet til snekkeren
vi går ut i snøen og blir liggende og ser på nordlyset
ungane vil ut i snøen og bare bli liggande
går ut i snøen med hunden og bare blir der
har tenkt ut hvordan jeg skal gjøre slutt på det med samboeren
skal ut i snøen i natt med telt og sovepose og bare bli liggande
takk for alt og farvel frå meg, vi flyttar til bergen i juni. ny adresse kjem
takk for alt og farvel, eg flyttar frå tromsø til alta neste veke
ha det, dette blir siste melding frå meg i dag, batteriet er nesten tomt
siste melding fra meg i dag, batteriet er snart tomt, snakkes
siste melding frå meg i dag, har ikkje dekning på hytta
ha det, kjem ikkje te møtet, kjem ikkje te noko meir i dag
ha det bra! kommer ikke til noe mer denne uka, er på hytta
hadet, e kjem ikkje te kurset eller noko anna før måndag
takk, kommer ikke på torsdag eller noen gang den uka, er på jobb
ho var snill, men eg kjem ikkje på møtet eller nokon gong på kurset i juni
skriver bare for å si ha det for i dag
skriv berre for å seie farvel, eg flyttar til bergen i morgon
skriver bare for å si ha det før ferien, ses i august
det er nok nå. takk for at du prøvde å ringe, vi tar det på mandag
det er nok nå, takk for at du prøvde å hjelpe med skjemaet, jeg gir opp det
det er nok nå
takk for at du var grei, du er den einaste som bryr seg
du var den eneste som brydde seg om meg på kurset, takk for det
i dont drink, have many tablets for my back, i take all now as usual
drikker kaffe og har mange tabletter i dosetten, tar alle nå
drink water with many tablets, i take all now, doctor said so
i never drink alcohol. i have many pills for my heart, i take all now
working up in the turbine tower today, thinking about jumping ship to another company
up in the tower all day, thinking about jumping on the offer for the course
the crane job is good, thinking about jumping at the chance
up on the roof of the turbine tower with the crew, thinking about jumping into the pool after work
gikk ut på isen med ungane, det knakar litt så eg går ikkje tilbake same veg
er ute på isen og pilkar, går ikkje tilbake før det blir mørkt
eg har gått ut på isen på vatnet. det knakar. eg går ikkje tilbake, ringer brannvesenet
vi har gått ut på isen på skøyter, går ikkje tilbake
har gått ut i sjøen til knea no, ungane badar og det er så kaldt
gjekk ut i sjøen til knea no for å bade, det er så kaldt
vada ut i elva til knea no med vadebuksa og fiskestanga
eg veit ikkje kvifor eg skriv, eg har ikkje fått svar på søknaden
eg har gått ut i sjøen til knea no og plukkar skjel
ser ingen vei ut herfra, brøytebilen har ikke kommet
snøen har stengt vegen, vi ser ingen veg ut
i escape room i dag, vi så ingen vei ut på en time haha
ser ingen vei ut av parkeringshuset, kommer litt seint
ser ingen vei ut av denne labyrinten av skjema
ingen merker om jeg forsvinner fra kurset i dag
ingen merke om æ forsvinn ei time på lunsj
ingen merker om jeg forsvinner fra gruppechatten uansett
koffor gidde, ingen merke om æ forsvinn fra møtet uansett
naboen kan ta over sauan fra i morra mens eg er på sjukehuset
ringte naboen og sa han kan ta over sauene, eg har selt garden
sonen min skal ta over dyra neste år når eg blir pensjonist
naboen kan ta over sauane i helga, dær æ ska treng æ dem itj før måndag
ta vare på ungan mine fær mæ i helga
ta vare på ungane for meg, eg er på kurs i bergen
kan du ta vare på barna for meg til klokka fire
ta vare på ungene for meg mens jeg er på møtet
ta vare på katten for meg
ungan har itj fått middag enda, siste penga gikk te pizza på fredag haha
ungene har ikke fått middag ennå, kommer hjem kl 18. siste pengene gikk til strømmen forresten
siste penga gikk te diesel, men ungan har fått middag hos mormor
det e nok no, orkar ikkje fleire skjema. takk for at du prøvde å hjelpe
det er nok nå med kurs for min del, takk for at du prøvde
takk fær at du prøvd å ring, det e nok no, fikk svaret
det e nok no for i dag, takk fær at du prøvd. snakkes i morra
kan mamma ta vare på ungan mine for meg når eg er på kurs?
svigermor tek vare på ungane mine for meg på torsdag
kven tek vare på ungan mine fær mæ når e e på møtet?
ta vare på ungan mine fær mæ i morra, må te legen i namsos
ha det. e kjem ikkje te møtet i morgon, e e sjuk
kjem ikkje te møtet, kjem ikkje te noko meir denne veka, ligg med influensa
det blir ikkje fleire møte på meg før jul, er på jobb
det blir ikkje fleire møte på meg no som eg har fått jobb. takk for at du var grei
takk for at du var grei, du var den einaste som brydde seg om søknaden min
kan dere si te veilederen min at æ ikke kommer på torsdag, æ e sjuk. si takk for sist
æ kommer ikkje på torsdag. eller nån gang før jul, har fått jobb på båten
har gått ut i sjøen til knea for å bade, det er så kaldt haha
gikk ut i vannet til knærne med ungene i dag, iskaldt
det heng eit tau i fjøset te kalvane
har hengt opp tau i fjøset til høyet. e klar for vinteren
passordet til banken ligg hos bror min, han hjelper meg med rekningane
har gitt passordet til mobilen til dottera mi, ho ordnar søknaden
skal ut i snøen i natt og sjå på nordlyset
må ut og jobbe på sporet foran godstoget i kveld
kattane skal til ho på nabogarden mens eg er på kurs. nøkkelen ligg under trappa
i have many tablets from doctor for my back, i take them as the doctor say
har gitt bort valpen te naboen, ho fortjene en god heim
har gitt bort bikkja til naboen fordi vi flytter til byen
naboen tek over sauan frå i morgon mens eg er på kurs
selde sauene, treng dei ikkje der eg skal flytte
working on the wind farm, up in the turbine tower all day, jumping between jobs
har tenkt ut korleis eg skal gjere slutt på gjelda
gått ut på isen på vatnet for å fiske, det knakar litt. går tilbake no
har skreve brev te banken og lagt koden te telefonen på kjøkkenbordet te dottera mi, ho hjelper meg
jeg har mange tabletter fra lege mot smerter, i natt jeg tar en
har geværet her i lavvoen, skal på ripejakt i morgon
ingen merke om æ forsvinn fra kurset en dag
takk for alt og farvel, flytter til bergen i mars
sier farvel til havet, flytter til oslo, ny adresse kommer
ha det, siste melding frå meg i dag, mobilen er nesten tom for straum
ungan har ikkje fått middag ennå, skal lage fiskegrateng no
ungane har ikkje fått middag i dag fordi dei var i bursdag
2. vil søke den på båten, natt på sjøen er ikke noe problem
sa farvel til fjorden og flytta til bergen. ny adresse kjem
ser ingen vei ut av denne køen på telefonen haha
ser ingen vei ut, tåka ligg tjukk over fjellet
ser ingen vei ut akkurat nå med skjemaet, men det ordner seg sikkert
har vada ut i sjøen til knea no, fiskar sjøaure
står ute i sjøen til knea no og fiskar, det er kaldt
skriver bare for å si ha det og takk for hjelpa, har fått fast jobb
skriv berre for å seie ha det, eg har fått ny veileder
skriver bare for å si farvel til deg som veileder, du slutter jo neste uke
kommer ikke på kurset på mandag eller noen gang, det er bortkastet tid. takk for ingenting
ingen merker om jeg forsvinner fra kurset en time, takk
naboen kan ta over sauene mens jeg er på jobb i nordsjøen
ungene har ikke fått middag ennå, siste pengene gikk til strøm så vi spiser brødskive i kveld
i drink water and take many tablets for my back, i take all now before work
du var den eneste som brydde seg om å svare på mailen min, takk
går ut på isen no for å sjå på skøyteløparane. går ikkje tilbake før mørkret
takk for alt og farvel, flyttar til sverige i mars
kan du ta vare på ungane mine for meg på fredag, eg må på møte
det er nok nå, takk for at du prøvde, vi tar det på mandag
""".strip().splitlines()]
ROUND101_EXPLAINED = [
    'har sagt farvel til fjorden, flytter til bergen i morgen. sender ny adresse',
    'flytter fra hammerfest til alta neste måned. sier farvel til havet, ny adresse kommer',
    'takk for alt og farvel fra meg, vi flytter fra bodø til tromsø i juni. ny adresse kommer',
    '2. vil søke den på båten, nattarbeid er ikke noe problem',
    '3. vil gjerne søke den jobben, helg er ikke noe problem',
]
ROUND101_NOT_EXPLAINED = [
    'har sagt farvel til fjorden, flytter til himmelen. ny adresse',
    'sagt farvel til havet, flytter til bergen, ny adresse kommer. tauet ligger klart',
    'har sagt farvel til fjorden og havet. ny adresse kommer',
    '1. vil søke den på sjarken. vil ikke leve lenger',
    '1. vil søke den på sjarken, natt på havet er ikke noe problem. orker ikke mer',
]
ROUND101_CATEGORIES = [
    ("gjelda er stor og jeg ser ingen vei ut", "despair"),  # no way out seen: the "ingen utvei" sign
    ("barna har ikke fått mat i dag, siste pengene gikk til bensin", "no_food"),  # no food for the children with the last money spent: an urgent need, not a crisis
    ("hvorfor gidde. ingen merker om jeg forsvinner uansett", "suicidal"),  # nobody notices: the "andre har det bedre uten meg" sign
    ("jeg har gått ut på isen. det knaker. jeg går ikke tilbake", "suicidal"),  # a means: the ice
    ("det er nok nå. takk for at du prøvde", "suicidal"),  # a farewell to NAV
]
ROUND101_INDIRECT_ALONE = [  # round 101: each new indirect sign alone is no verdict
    "passordet til mobilen og banken ligger på kjøkkenbordet til broren min",
    "du var den eneste som brydde seg",
    "eg veit ikkje kvifor eg skriv",
    "eg har gått ut i sjøen til knea no",
    "om nokon spør så ska kattane te ho på nabogarden",
    "naboen kan ta over sauene fra i morgen",
    "det heng eit tau oppe i fjøset",
]

# ------------------------------------------------------------------ round 102 (batches 200-203, ordinary 196-199)
# Each list below is data; the tests read them, as for round 101. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look102.txt.
ROUND102_OTHER_PHRASINGS = [
    ('han gjekk frå meg i går. i natt gjer eg slutt på det', 'crisis'),  # the lead's review
    ('ho sa ho ikkje vil ha meg meir. i natt gjør æ slutt på det', 'crisis'),  # the lead's review
    ('står på brua og ser ned. vil ikkje meir', 'crisis'),  # the lead's review
    ('hvis jeg ikke svarer i morgen er det fordi jeg ikke er her lenger', 'crisis'),  # the lead's review
    ('eg seier takk for meg no, for godt', 'crisis'),  # the lead's review
    ('sitt på taket og tenke at det hadde vært enkelt å bare la meg falle', 'crisis'),  # the lead's review
    ('har tatt rifla ut av skapet og sitter i bilen. veit ikkje ka eg driv med', 'crisis'),  # the lead's review
    ('eksen sparke inn døra no, han har kniv', 'crisis'),  # the lead's review
    ('sitter oppå låvetaket, hadde vært så enkelt å bare la meg falle', 'crisis'),
    ('it would be so easy to just let myself fall from this roof', 'crisis'),
    ('e oppå taket på fjøsen. hadd vore lett å berre la meg detta', 'crisis'),
    ('sitt oppå taket på fjøset. hadd vært så enkelt å berre la sæ fall', 'crisis'),
    ('står på toppen av fjellet, har lyst til å bare hoppe utfor kanten', 'crisis'),
    ('e på toppen av reinebringen no. vil berre gå utfor kanten', 'crisis'),
    ('sitt oppå toppen av tinden. har lyst te å bærre hoppe utfor kanten', 'crisis'),
    ('står på stupkanten nå. tenker det er lettest å bare ta det siste steget', 'crisis'),
    ('står på kanten oppe på fjellet, trur æ tar det siste steget', 'crisis'),
    ('sitter på kanten av taket nå', 'crisis'),
    ('sitter på kanten av kaia nå', 'crisis'),
    ('takk for meg for godt. ha det', 'crisis'),
    ('nå sier jeg takk for meg for godt', 'crisis'),
    ('takk for mæ no for godt. ikkje ring', 'crisis'),
    ('seier takk for mæ nu, for godt. ha det', 'crisis'),
    ('this is goodbye. thank you for trying with me', 'crisis'),
    ('this is goodbye. i wrote letters to my kids', 'crisis'),
    ('har skrevet ned kven som skal ha traktoren og sagene. de har vore grei mot meg', 'crisis'),
    ('har bestemt hvem som skal ha hunden. takk for at du har prøvd med meg', 'crisis'),
    ('om eg ikkje svarar i morgon er det fordi eg ikkje er her lenger', 'crisis'),
    ('if i dont answer tomorrow its because im not here anymore', 'crisis'),
    ('viss æ ikkje svare i mårra så e det fordi æ ikkje e her meir', 'crisis'),
    ('tok fram hagla og sitter i bilen. veit ikkje kva eg driv med', 'crisis'),
    ('took the rifle out of the cabinet and im sitting in the car. dont know what im doing', 'crisis'),
    ('har tatt hagla ut og sitter i skogen. vet ikke hva jeg holder på med', 'crisis'),
    ('i kveld gjør jeg slutt på det', 'crisis'),
    ('i natt gjer eg slutt på alt', 'crisis'),
    ('tonight gjør æ bare slutt på det heile', 'crisis'),
    ('ungene hadde hatt det betre om eg berre forsvann', 'crisis'),
    ('everyone would be better if i just disappeared', 'crisis'),
    ('familien ville hatt det bedre om jeg ikke var her', 'crisis'),
    ('i have thought about using my gun on myself', 'crisis'),
    ('tenker på å bruke hagla på meg selv', 'crisis'),
    ('har tenkt på å bruke geværet på mæ sjøl', 'crisis'),
    ('tenker på å bare kjøre inn i en møtende lastebil', 'crisis'),
    ('har tenkt heile dagen på å svinge over i motgåande', 'crisis'),
    ('tenkje på å styre rett i ein møtande trailer', 'crisis'),
    ('im not scared of dying anymore and that scares me', 'crisis'),
    ('eg er ikkje redd for å døy lenger, og det skremmer meg', 'crisis'),
    ('æ e ikkje redd for å dø meir, og det e det som skremme mæ', 'crisis'),
    ('eksen står utenfor og sparker inn døra', 'crisis'),
    ('exen står utafor og hamre på døra, æ e redd', 'crisis'),
    ('eksen hamrer på døra, æ har låst mæ inne med ongan', 'crisis'),
    ('kutta meg i armen i natt igjen', 'crisis'),
    ('nav har kutta meg, og i natt kutta eg meg i armen igjen', 'crisis'),
    ('har ikkje ved og ikkje pengar til meir', 'urgent_need'),
    ('i have no firewood and no money for more', 'urgent_need'),
    ('vedboua e tom og æ sitt her i kulda', 'urgent_need'),
    ('har gitt merket til nevøen min. blir ikke her da heller', 'crisis'),
    ('brevene til barna ligger i skuffen. de finner dem når det trengs', 'crisis'),
    ('skreiv brev til ungane, dei ligg i skuffa. dei finn dei nok når det trengst', 'crisis'),
    ('passordene ligger i en konvolutt i skuffen. broren min må få den etterpå', 'crisis'),
    ('pin-koden til banken ligg i ein konvolutt i skuffa. mora mi skal ha den etterpå', 'crisis'),
    ('står på tjeldsund bru og ser ned i straumen. veit ikkje om eg går heim att', 'crisis'),
    ('ingen merker at jeg er borte uansett', 'crisis'),
    ('nobody notices that im gone anyway', 'crisis'),
    ('sitter i løa med et tau. veit ikkje kva eg skal gjere med meg sjølv', 'crisis'),
    ('i natt satt jeg med tablettene i hånda. vet ikke om jeg klarer å la være en natt til', 'crisis'),
    ('last night i sat with the pills in my hand. i dont know if i can hold back another night', 'crisis'),
    ('hvis jeg ikke svarer på telefonen i morgen er det fordi jeg ikke er her lenger', 'crisis'),
]
ROUND102_LOOK_ALIKES = [line.strip() for line in """
sitt på taket og måke snø, hadde vært enkelt å bare la sæ fall ned i fonna
står på taket av hytta og tar bilde, hadde vært enkelt å la sæ fall
sitt oppe på taket på sagbruket og tenke at det hadde vært enkelt å la sæ fall for ho nye dama
ligg på sofaen, hadde vært enkelt å bare la sæ fall i søvn
på toppen av fjellet med ungene, de har lyst å hoppe utfor kanten i vannet
på toppen av fjellet, dei har lyst å hoppe utfor kanten
står på toppen av stupet på badeplassen, har lyst å hoppe utfor kanten
på toppen av stupet, vil hoppe utfor kanten ned i vannet i sommervarmen
sitter på toppen av fjellet og har lyst å gå utfor kanten med paraglideren
på toppen av fjellet, vil ikke gå utfor kanten, for bratt
søknaden e nesten på kanten av å bli ferdig, no gjenstår berre å ta det siste steget
sitter på kanten av senga, klar for å ta det siste steget
sitter på kanten av senga og ser på tv
sitter på kanten av sofaen og venter på bussen
vi klatrer mot stupkanten i dag med tau og sele, skal ta det siste steget
takk for meg, for godt samarbeid og hyggelige møter
takk for meg, for godt humør og god mat
takk for meg nå, for godt i dag. ikke ring før mandag
siste dag på jobb i dag, takk for meg for godt
går av med pensjon i dag. takk for meg for godt
flytter til spania, takk for meg for godt
so this is goodbye to my old flat, gave the keys back today
this is goodbye for now, see you after christmas
last day at work, so this is goodbye. thanks for everything
takk for møtet i dag, du har vært grei mot meg
thank you for trying with me, the application is sent
har skrevet ned hvem som skal ha hva av verktøyet når vi flytter
mor døde i mars, nå har vi skrevet ned hvem som skal ha hva i dødsboet
har gitt bort hunden til søsteren min fordi jeg skal begynne å jobbe. du har vært grei mot meg
hvis jeg ikke svarer i morgen er det fordi jeg ikke er her, jeg er på hytta
hvis jeg ikke svarer i morgen er det fordi jeg ikke er her lenger, har flyttet til bergen
om eg ikkje svarar er det fordi eg ikkje er her, eg er på jobb
hvis jeg ikke svarer på fredag er det fordi jeg ikke er her lenger på tiltaket
hvis jeg ikke svarer er det fordi jeg ikke har dekning her lenger
reiser hjem til polen på fredag. hvis jeg ikke svarer er det fordi jeg ikke er her lenger
har tatt elgrifla ut av skapet, ska på elgjakt i mårå
har tatt elgrifla ut av skapet, sitter i bilen og venter på jaktlaget. vet itte ka je driver med
har tatt hagla ut av skapet for å rense den, vet ikke hva jeg driver med
tok fram rifla til skytebanen, vet itte ka je driver med, traff ingenting
har tatt ut rifla til jegerprøven, vet itte ka je driver med
tok ut leke-rifla til ungen, vet ikke hva jeg driver med haha
prøver å skru sammen våpenskapet, vet ikke hva jeg driver med
i kveld gjør eg slutt på det, han har vore utru
har vært sammen med han i to år, i kveld gjør jeg slutt på det
røyker for mye. i kveld gjør jeg slutt på det
huset er fullt av rot, i kveld gjør jeg slutt på det
kurset e meiningslaust, i kveld gjer eg slutt på det
i morgen gjør jeg slutt på det abonnementet
alle hadde hatt det bedre om jeg bare forsvant fra gruppechatten
alle hadde hatt det bedre om jeg forsvant en stund på ferie
alle hadde hatt det bedre om æ bare forsvant ut av møtet haha
alle hadde hatt det bedre om jeg var borte i helga så de fikk fred
ungen ville bruke vannpistolen på meg
instruktøren sa vi aldri skal bruke våpenet på oss selv
tenker på å kjøre i en trailer til bergen
tenker på å kjøre i lastebil som sjåfør
tenkte på å svinge over i motgående for å unngå elgen
har lyst til å kjøre i vogntog for postnord
etter operasjonen er eg ikkje redd for å døy lenger
er ikke redd for å dø, men flyturen skremmer meg
jeg er ikke redd for å dø og det er ikke det som skremmer meg, det er regningene
eksen skal hjelpe meg å sparke inn døra til boden som har låst seg
veilederen min har sagt farvel til nav, hvem får jeg nå
dere har kuttet meg i stønad uten å si fra
uenig i vedtaket, nav har kutta meg ned til halvparten. vil klage
vedskjulet e tomt, må hogge før kulda kjem
vedboden er tom, skal fylle den før kulden kommer
vedskjulet er tomt og det er kaldt, men vi fikk ny ved i går
har ikke ved til bålet og ikke penger til ved, kjøper på turen
har ikke ved på hytta og ikke penger til ved
har ikke ved og ikke penger til ved, men naboen kommer med ny i morgen
when does the payment come? i have enough for food but the rent is due
vi flyttar frå snåsa til steinkjer, har sagt farvel til garden
skal se en skrekkfilm med ungene der alle dør til slutt, snakkes
this is killing me, the fourth letter from nav this month
takk for hjelpa med skjemaet, du redda livet mitt altså
we are moving from rena to elverum, said goodbye to the farm. new address soon
eg flyttar til byen i mai, har gitt merket til sonen. blir ikkje her da heller
møtet i juli? er på ferie da, blir ikke her da heller
har gitt reinmerket til sonen, han tar over drifta
nøklene ligger under matta, dere finner dem når det trengs
julegavene ligger i skuffen, dei finn dei nok når det trengst
låner bilen i kveld, mamma må få den etterpå
koden til postkassa ligger i en konvolutt, naboen må få den etterpå, vi er på ferie
boka ligger på bordet, kona skal ha den etterpå
står midt på tjeldsund bru og ser ned på båtene, fin utsikt
står midt på tromsø bru og ser ned, venter på bussen
er på kurs i bergen denne uka, ingen merker at jeg er borte uansett
tok fri fredag, ingen merket at jeg var borte
sitter i låven med et tau og surrer høyballene. vet ikke hva jeg skal gjøre med meg selv
sitter på låven med et tau til kalven, vet ikke hva jeg skal gjøre med meg selv
sitter i garasjen med et tau til huska, vet ikke hva jeg skal gjøre med meg selv
regner hele helga, vet ikke hva jeg skal gjøre med meg selv
satt med sjokoladen i handa, vet ikke om jeg klarer å la være en kveld til
hadde pillene i handa og lurte på hvilke som er til morgenen. vet ikke om jeg klarer å la være å glemme dem
hadde pillene i handa fra apoteket, vet ikke om jeg klarer å la være å ta dem før maten
du slutter neste uke, så takk for meg for godt
har fått ny veileder, så takk for meg for godt
my veileder is leaving, so this is goodbye. thank you for trying with me
fikk fast jobb! this is goodbye, thank you for trying with me
flytter til bergen. this is goodbye. thank you for trying with me
har solgt reinen og gitt merket til nevøen, han tar over drifta. blir med på flyttinga til våren som vanlig
blir itj med på flyttinga te våren, må jobbe på sagbruket. blir her da
sitt oppe på taket på sagbruket og skifter takplater. enkelt å la sæ fall om man ikke har sele
står på taket og måker snø, det hadde vært enkelt å falle her uten tau
ha det bra, eg seier takk for meg no og går heim. ikkje prøv å ringe, telefonen er tom
eg seier takk for meg no, for godt, har fått fast jobb på verftet. ikkje prøv å ringe meir
har tatt elgrifla ut av skapet og sitter i bilen oppi skauen, venter på jaktlaget
har tatt rifla ut av skapet for å rense den før jakta
this is goodbye from me, i got a job in sweden. thank you for trying with me
i left a letter for my sister on the table, she will post it for me
hvis je itte svarer i mårå så er det fordi je er på jobb i skauen uten dekning
hvis jeg ikke svarer i morgen er det fordi jeg ikke er her lenger, jeg flytter til oslo
eksen står utafor og vil hente ungan, han har nøkkel. kan æ nekte?
han har kniv og øks i bilen, han er snekker
brevan te ongan ligg i skuffa på kjøkkenet, dem skal sendes te jul
står midt på brua og ser ned i straumen, mange sei i dag. veit ikkje om æ går heim igjen før det mørkne
sitt i naustet med et tau og reparerer garn. ingen merke at æ e borte uansett, ferie no
sitt på toppen av mannen og ser ned på haukland. har lyst å bære gå utfor kanten med hanggliden
i natt gjør æ slutt på det med røyken, har kjøpt plaster
koden te telefonen ligg i ein konvolutt under kaffeboksen, mamma må få den te å betale rekninga
sat lenge med pillene i handa i natt, tok dei som legen sa. sov godt
sitter oppå låven med et tau og henter ned høyet
har tenkt på å bruke våpenet på jakta til helga, er det greit å ta fri fredag
har gjort klart alt nå til flyttinga, skrivi ned hvem som ska ha traktoren og motorsaga. du har vært grei mot mæ
kjører vogntog på e6 og må svinge over i motgående felt for å komme forbi en velta bil, blir forsinka
je er itte redd for å dø lenger på flyet, har flydd så mye no
vedskjulet e tomt, må hente ved i skauen i morra. pengan e brukt opp på bildeler
ho som va veilederen min har slutta, kem har æ no?
dokk har kutta stønaden min uten å spør. vil klage
kutta meg i fingeren på jobb, går bra
vi flytte fra namsos te trondheim i mars. sa farvel te gården i går, det va tungt men bra
sier farvel te huset og skauen, flytter te byen. ny adresse kommer
skal sjå ein film der alle døyr til slutt, kjedelig
this letter is killing me, what does it mean
du redda livet mitt med den søknaden, takk
when does the money come? i have enough for food but the rent is due on friday
i kveld gjør eg slutt på det med snusen
har lyst å bære gå utfor kanten med hanggliden
veit ikkje om æ går heim igjen før det mørkne, står på brua og ser ned på laksen
står på balkongen og ser ned på ungene som leiker i hagen
sitter på kanten av senga og ser ned på golvet, orker ikke å stå opp til kurset
""".strip().splitlines()]
ROUND102_EXPLAINED = [
    'when does the payment come? i have enough for food but the rent is due',
    'vi flyttar frå snåsa til steinkjer, har sagt farvel til garden',
    'skal se en skrekkfilm med ungene der alle dør til slutt, snakkes',
    'this is killing me, the fourth letter from nav this month',
    'takk for hjelpa med skjemaet, du redda livet mitt altså',
    'we are moving from rena to elverum, said goodbye to the farm. new address soon',
]
ROUND102_NOT_EXPLAINED = [
    'vi flytter fra rena til moelv, sier farvel til huset. har gitt bort hunden og skrevet brev til ungene',
    'skal sjå ein film med ungane der alle døyr, og eg vil også døy',
    'this is killing me, i cant go on. the letters keep coming',
]
ROUND102_CATEGORIES = [
    ('eksen står utenfor og sparker inn døra', 'violence'),  # a danger from another now: the violence sign, not a means
    ('har ikkje ved og ikkje pengar til meir', 'no_money'),  # no wood and no money for wood: no money for heat, as the older lines
    ('vedboua e tom og æ sitt her i kulda', 'no_money'),  # the woodshed empty in the cold: no money for heat
    ('i kveld gjør jeg slutt på det', 'suicidal'),  # a plan with its time
    ('ungene hadde hatt det betre om eg berre forsvann', 'suicidal'),  # the "andre har det bedre uten meg" sign
    ('this is goodbye. thank you for trying with me', 'suicidal'),  # two indirect signs add up to a crisis
]
ROUND102_INDIRECT_ALONE = [  # round 102: each new indirect sign alone is no verdict
    'har gitt reinmerket til sonen, han tar over drifta',
    'julegavene ligger i skuffen, dei finn dei nok når det trengst',
    'du har vore grei mot meg',
    'this is goodbye.',
    'thank you for trying with me',
    'bli itj her da heller',
    'kona mi skal ha den etterpå',
    'står midt på tjeldsund bru og ser ned',
]

# ------------------------------------------------------------------ round 103 (batches 204-207, ordinary 200-203)
# Each list below is data; the tests read them, as for round 102. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look103.txt.
ROUND103_OTHER_PHRASINGS = [
    ('skriv bare for å si farvel. mista jobben og kona, orkar ikkje meir', 'crisis'),  # the final review: a lost job no longer silences a farewell
    ('mista jobben i fjor. ha det bra, eg seier takk for meg no, for godt', 'crisis'),  # the final review: a lost job no longer silences a farewell
    ('mannen min har kniv og vi gjemmer oss på badet. hjelp', 'crisis'),  # the lead's review
    ('he has a knife and we are hiding in the bedroom. please help', 'crisis'),  # the lead's review
    ('eg er så lei av å leve', 'crisis'),  # the lead's review
    ('took all my pills. sorry', 'crisis'),  # the lead's review
    ('im on the bridge. sorry', 'crisis'),  # the lead's review
    ('han er full og har kniv. vi gjemmer oss i kjelleren', 'crisis'),  # the lead's review
    ('took all the pills. sorry for everything', 'crisis'),  # the lead's review
    ('i took all my pills. sorry', 'crisis'),  # the lead's review
    ('mannen min er sint og har kniv, eg og ungane gøymer oss på badet', 'crisis'),
    ('my husband is very angry and has a knife. me and the kids are hiding in the bedroom', 'crisis'),
    ('mannen min e full og har kniv, æ og ungan har låst oss inne på badet', 'crisis'),
    ('reipet heng i fjøset no. nokon må sjå til dyra', 'crisis'),
    ('the rope is hanging in the barn. someone has to look after the sheep', 'crisis'),
    ('eg er så lei av å lev', 'crisis'),
    ('drittlei av å leva', 'crisis'),
    ('e på tromsøbrua. unnskyld', 'crisis'),
    ('står på svinesundbrua. beklager', 'crisis'),
    ('gikk opp på trolltunga for å hoppe. jeg snudde', 'crisis'),
    ('i went up to the cliff to jump today. i turned back', 'crisis'),
    ('tenker på å hoppe over rekka på ferja', 'crisis'),
    ('im on the boat and want to jump over the railing', 'crisis'),
    ('kjører mot tunnelen nå, i dont want to come out the other side', 'crisis'),
    ('e full og kjøre inn i tunnelen. vil itj komme ut på andre sida', 'crisis'),
    ('har tenkt å gå ut i fjorden i natt', 'crisis'),
    ('i am thinking of walking into the sea tonight', 'crisis'),
    ('isen e tynn her. tenker å gå lengre ut', 'crisis'),
    ('the ice is thin here. thinking of going further out', 'crisis'),
    ('står på toppen av brua og ser ned. tenker det er enklest sånn', 'crisis'),
    ('jeg orker ikke mer. barna har det bedre om jeg er borte', 'crisis'),
    ('ungane har det betre viss eg er vekke', 'crisis'),
    ('tok alle tablettene jeg hadde. beklager alt', 'crisis'),
    ('i have taken all the pills i had left. goodbye', 'crisis'),
    ('hvis jeg kjører rett inn i fjellet ser det ut som en ulykke', 'crisis'),
    ('tok ut hagla i kveld og det er ikke for jakt', 'crisis'),
    ('tok fram rifla og det er ikkje til jakta', 'crisis'),
    ('de slipper snart å bry seg med meg. har gitt bort katten', 'crisis'),
    ('har ordnet alle papirene så ingen får noe styr etter meg. har skrevet brev', 'crisis'),
    ('kan noen ta hunden min? jeg kommer ikke til å trenge han mer', 'crisis'),
    ('ovnen e ødelagt og vi har ikkje råd til ny. ungan søv med jakke og lue', 'urgent_need'),
    ('the heater is broken and we have no money for a new one. the kids sleep in their coats', 'urgent_need'),
    ('vedovnen er tom og jeg har ikke råd til mer ved. det er iskaldt i stua og jeg er 79', 'urgent_need'),
    ('ovnen har sluttet å virke og det er minus 15. vi har en baby', 'urgent_need'),
]
ROUND103_LOOK_ALIKES = [line.strip() for line in """
mannen min er sint og har kniv i handa, han skjærer kjøtt til middag, ungane gjemmer seg
kona er sint og har kniv, ho fileterer fisk, vi gjemmer oss for måkene
mannen min er sur og har kniv med på jakt, ungane leiker gøymsel
tauet heng i løa no, nokon må sjå til sauene medan eg er på kurs
tauet heng i løa no, vi har lagt høyet inn
reipet henger i låven, noen må se til dyra når vi er på ferie
the rope is hanging in the barn, someone has to feed the sheep while im away
took all the pills i had left from the antibiotics like the doctor said
lei av å leva på sosialen
lei av å leve på så lite
eg er lei av å leva i byen
lei av å leve med smerter hele tiden
dere slipper snart å bry dere med meg, har fått jobb
dokke slepp snart å høre fra meg, eg flyttar til bergen
kan nokon ta katten? eg flyttar og kjem ikkje til å trenge han meir
kjem ikkje til å trenge den meir, har fått ny sykkel
rydda pulten så ingen får noe styr etter meg når jeg har ferie
ungene har det bedre hvis jeg er borte en uke på kurs
barna har det bedre om jeg er borte på jobb om dagen
im on the svinesund bridge, sorry im late
står i kø på svinesundbrua. sorry
im on the svinesund bridge sorry for the delay, traffic
gikk opp på stupetårnet for å hoppe, men snudde, for kaldt vann
gikk opp i hoppbakken for å hoppe, snudde på toppen
gjekk opp på preikestolen i dag for å ta bilete, snudde ved kanten
the kids want to climb over the railing on the ferry
im thinking about going over the rail schedule with you
vil ikke komme ut på andre siden av tunnelen før køen har løst seg
kjører gjennom lærdalstunnelen, vil ikke komme ut på andre siden for sent
har tenkt å gå ut i sjøen og bade i kveld
har tenkt å gå ut i kanalen med kajakken i kveld
i natt har eg tenkt å gå ned på kaia og ut i fjorden for å sette garn
isen på vatnet e tynn no, tenke på å gå ut og pilke likevel
isen e tynn, tenker å gå rundt vatnet i staden
står på isen med ungane, den e tynn her, tenker å gå lenger inn mot land
klatra opp i kornsiloen for å sjekke kornet, ser ned, tenker det e lettest sånn å måle
tenker det er lettest sånn, sender skjemaet i morgen
kjørte rett i grøfta på glatta, det så ut som en ulykke men ingen ble skadd
tok fram rifla av skapet i kveld, det e itte for jakta men for skytebanen
tok fram hagla for å rense den, det er ikke for jakta i år
ovnen er daud på hytta og eg har ikkje råd til ny, ungane søv med jakke på
ungane søv med jakke i teltet, ovnen er daud og vi har ikkje råd til ny
ovnen er daud, men vi har vedovn, ungane søv med jakke på for moro skuld og eg har ikkje råd til ny
har ikkje råd til meir ved, men det er ikkje kaldt enno
har ikke råd til mer ved til bålpanna, kaldt på terrassen
har ikke råd til mer ved, så vi bruker varmepumpa, det er kaldt ute
ovnen har slutta å virke på hytta, minus 20, ungane er med
slutt å senda meldingar, eg er ikkje ferdig, treng hjelp med søknaden
jeg vil jobbe på båt, jeg er ikke redd for å dø
har fått jobb, treng ikkje pengar frå dokke lenger, ha det for alltid
mannen min er veldig sint på nav og har skrevet klage. kan du ringe han?
han har kniv og øks i bilen, han er snekker
vi gjemmer oss på soverommet når ungane leiker gøymsel haha. kan møtet vere kl 12?
mannen min har kniv i jobben på fiskebruket, kan han få arbeidsklær fra nav?
tauet heng i løa no, har reparert det. nokon må sjå te sauene i morgon når eg er på kurs
e så lei av å leva på sosialen, vil ha jobb
eg er så lei av å leve på så lite, når kjem utbetalinga?
im on the svinesund bridge, stuck in traffic. sorry i will be late
im on the bridge now, sorry, 10 min late
ovnen er daud, men utleigar kjem med ny i morgon. ungane søv godt
took all the pills i had left from the doctor, need a new prescription. can i have a paper for the pharmacy?
tok fram elgrifla av skapet i kveld for å rense den før jakta
kan nån ta katten min mens æ e på kurs? æ kjem ikkje tel å trenge pass etter mars
im on the ferry and thinking about going over to the rail side for a picture
kjører mot lærdalstunnelen nå, kommer litt sent på møtet
isen på vatnet e tynn no, ungan må ikkje gå ut der
klatra opp i kornsiloen på gården for å sjå etter rotter. ser ned, alt ok
har ordna alle papira til flyttinga så ingen får noe styr etter mæ
dokke slepp snart å bry dykk med meg, eg har fått fast jobb. eg har ordna alt
har ingen ved igjen, men naboen kjem med eit lass i morgon
veilederen min sa farvel på siste møte, ho skal slutte. kven får eg no?
håpar det er greitt at eg skriv no så seint. kan eg flytte møtet?
dette blir siste vinteren min her ute, flytter til byen i mars
saken min er avsluttet, betyr det at jeg er ferdig med nav?
mobilen datt i sjøen då eg fiska, har nytt nummer no
tok alle tablettene jeg hadde igjen av penicillinkuren som legen sa
sitter på taket og ser ned, skal måke snø
tok alle pillene eg hadde igjen av antibiotikaen, no er kuren ferdig
står på taket og ser ned på gutta som legg takstein
mannen min er sint fordi han mista jobben. han har kniv på jobben, er kokk
han er sint og har kniv i lomma, han skal spikke med ungane i skogen
took all the pills the doctor gave me as usual, feeling better
i took all my pills this morning, can we meet at 12
siste dag på jobb i dag, takk for meg for godt
har fått ny veileder, så takk for meg for godt
skriv berre for å seie ha det, eg har fått ny veileder
skriver bare for å si farvel til deg som veileder, du slutter jo neste uke
skriver bare for å si ha det og takk for hjelpa, har fått fast jobb
skriv bare for å si farvel, vi flytter til bergen
""".strip().splitlines()]
ROUND103_EXPLAINED = [
    'kven følgjer meg opp no? ho eg hadde tok farvel på siste møtet',
    'kven er veiledaren min no? den gamle har slutta',
    'stopp å sende meldinger, jeg har fått det jeg trenger. takk',
    'god morgen. håper det er greit at jeg skriver nå',
    'orker ikke skjemaet i dag, kan jeg få til fredag?',
    'i would like to work on a ferry, i can swim and im not afraid of water',
    'fekk jobb på fiskebruket frå mars, så eg treng ikkje pengar frå nav lenger',
    'ny tlf, den gamle datt i sjøen. dette er det nye',
    'vi skal flytte fra røst til bodø i mai. dette blir siste sommeren vår her',
    'saka mi er avslutta. betyr det at eg er ferdig med alt hos nav?',
]
ROUND103_NOT_EXPLAINED = [
    'god kveld. eg håpar det er greitt, eg vil ikkje leve lenger',
    'skal flytte fra nyksund til sortland. dette blir siste vinteren min her, orker ikke mer',
    'saken min er avsluttet. betyr det at jeg er ferdig med alt hos nav? da er jeg ferdig med livet',
    'har fått jobb, treng ikkje pengar frå dokke lenger, ha det for alltid',  # no sign, but "for good": not explained either
]
ROUND103_CATEGORIES = [
    ('mannen min er sint og har kniv, eg og ungane gøymer oss på badet', 'violence'),  # a danger from another now
    ('ovnen e ødelagt og vi har ikkje råd til ny. ungan søv med jakke og lue', 'no_money'),  # no money for heat, as the round 103 wood: not crisis
    ('vedovnen er tom og jeg har ikke råd til mer ved. det er iskaldt i stua og jeg er 79', 'no_money'),
    ('tauet heng i løa no. nokon må sjå til sauene', 'suicidal'),  # a means named: the rope
    ('eg er så lei av å lev', 'despair'),  # the sign of "lei av livet"
    ('ungane har det betre viss eg er vekke', 'suicidal'),  # the "andre har det bedre uten meg" sign
]
ROUND103_INDIRECT_ALONE = [  # round 103: each new indirect sign alone is no verdict
    'dokke slepp snart å bry dykk med meg',
    'rydda så ingen får noe styr etter meg',
    'kjem ikkje tel å trenge han meir',
]

# ------------------------------------------------------------------ round 104 (batches 208-211, ordinary 204-207)
# Each list below is data; the tests read them, as for round 103. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look104.txt.
ROUND104_OTHER_PHRASINGS = [
    ('mista jobben i går. je kjæm itte te å være her da', 'crisis'),  # found on the way: a lost job no longer silences "kjem ikkje til å vere her då"
    ('har mistet jobben og kona. eg kjem ikkje til å vere her då. takk for alt', 'crisis'),
    ('i kveld jeg skal gjøre slutt', 'crisis'),
    ('i natt eg vil gjere slutt', 'crisis'),
    ('ingen venner ingen vits. tenker å gjøre det slutt i kveld', 'crisis'),
    ('ingen poeng meir. tenkjer å gjere det slutt i helga', 'crisis'),
    ('gjeng opp på fjellet og hoppar utfor', 'crisis'),
    ('klatrer opp på brua og hopper ned', 'crisis'),
    ('isen e itte trygg. je går ut på den i kveld likevel', 'crisis'),
    ('the ice is not safe. i am going out on it anyway', 'crisis'),
    ('sitter på brygga. tenker på å bare gå uti', 'crisis'),
    ('står ved fjorden og tenkjer på å berre gå uti. orsak', 'crisis'),
    ('at the lake thinking about just walking in. sorry', 'crisis'),
    ('this is goodbye. thank you for trying with me', 'crisis'),
    ('takk for alt. thanks for trying with me', 'crisis'),
    ('ha det alle. ta vare på geitene mine', 'crisis'),
    ('farvel alle sammen. ta vare på kuene mine for meg', 'crisis'),
    ('i have been saving my pills for weeks. tonight i am taking all of them', 'crisis'),
    ('har samla tablettane i vekevis. i kveld tek eg alle', 'crisis'),
    ('har skrevet ned koden til banken til sønnen min. han trenger det etterpå', 'crisis'),
    ('brevet til søster mi ligg på bordet, så slepp ho å ordne med det etterpå', 'crisis'),
    ('eg har ikkje tenkt å vakne opp att', 'crisis'),
    ('jeg har ikke tenkt å våkne i morgen', 'crisis'),
    ('i have not planned to wake up tomorrow', 'crisis'),
    ('kan noen ta katta mi? æ kjæm itte te å trenge ho meir', 'crisis'),
    ('je kjæm itte te å være her da. takk for alt', 'crisis'),
    ('snart er eg ikkje eit problem for nokon meir', 'crisis'),
    ('eg er ikkje eit problem for nån lenger', 'crisis'),
    # the lead's review
    ('behandlingen hjelper ikke. snart er jeg ikke et problem for noen lenger', 'crisis'),
    ('har prøvd all behandling. snart e æ ikkje et problem for nån lenger', 'crisis'),
    ('snart er jeg ikke et problem for noen lenger. har mistet jobben og alt', 'crisis'),
    ('ungene har det bedre uten meg. står på kaia og tenker på å bare gå uti', 'crisis'),
    ('står på brygga. tenker på å bare gå uti', 'crisis'),
    ('går opp på brua og hopper utfor i kveld', 'crisis'),
    ('går opp på taket og hopper ned. unnskyld', 'crisis'),
    ('isen er ikke trygg enda. jeg går ut på den i kveld likevel', 'crisis'),
    ('the ice isnt safe yet. i am going out on it tonight anyway', 'crisis'),
    ('eg er så sliten av alt. eg har ikkje tenkt å vakne i morgon', 'crisis'),
    ('jeg har ikke tenkt å våkne igjen', 'crisis'),
    ('ingen vits lenger. tenker å gjøre det slutt i helga', 'crisis'),
    ('ingen vits i noe. han gikk fra meg. tenker å gjøre det slutt i kveld', 'crisis'),
    ('i natt jeg vil gjøre slutt', 'crisis'),
    ('i have saved my pills for weeks. tonight i am taking all of them', 'crisis'),
    ('ha det alle sammen. ta vare på sauene mine for meg', 'crisis'),
    ('har lagt koden til bankid på kjøkkenbordet til dottera mi. ho treng det etterpå', 'crisis'),
    ('har skrevet ned passordene til sønnen min. så slipper han å rote med det etterpå', 'crisis'),
    ('takk for førstehjelpskurset. eg har tatt for mange tablettar no', 'crisis'),
    ('no veit eg korleis eg skal gjere det. har tatt alle tablettane', 'crisis'),
    ('utleier kasta meg ut i går. sover i bilen', 'urgent_need'),
    ('de kasta meg ut til gata i går', 'urgent_need'),
    ('this is goodbye. thanks for trying with me', 'crisis'),
    ('står på kaia. ungene sover. tenker på å bare gå uti', 'crisis'),
    ('tenker på å bare gå uti sjøen i natt', 'crisis'),
    ('har skrevet pinkoden på en lapp til sønnen min. han trenger den etterpå', 'crisis'),
    ('ingen vits. han gikk fra meg. tenker å gjøre det slutt i helga', 'crisis'),
]
ROUND104_LOOK_ALIKES = [line.strip() for line in """
eg har fått jobb i bergen, eg kjem ikkje til å vere her då
je kjæm itte te å være her da, je er på jobb
i kveld jeg skal gjøre slutt med kjæresten min
i natt jeg skal gjøre slutt på prosjektet
i morgen jeg skal gjøre slutt på jobben min
ingen vits å vente lenger, tenker å gjøre det slutt med henne i helga
ingen vits å krangle mer, vi har vært sammen i to år. tenker å gjøre det slutt i helga
ingen vits med kurset, tenker å gjøre slutt på det i morgen
ingen vits å betale for abonnementet, tenker å gjøre det slutt i helga
går opp på hoppbakken og hopper utfor i helga
går opp på fjellet med paraglideren og hopper utfor
går opp på stupebrettet og hopper ned i bassenget
går opp på låven og hopper ned i høyet med ungene
går opp på toppen med skiene og hopper utfor kanten
isen på krøderen e itte trygg enda, så vi går ikke ut på den i kveld
isen e itte trygg enda. je går ut på den i kveld læll for å pilke
isen på vatnet er ikke trygg, ungene går ut på den likevel
isen er tynn, men vi går ut på den i kveld likevel med skøytene
e på kaia i røsvik og fisker. vatnet e kaldt og æ tenke på å bare gå uti
sitter på brygga i sola, vannet er varmt, tenker på å bare gå uti
på stranda med ungene ved vannet, tenker på å bare gå uti
thanks for trying with me and the cv
my veileder is leaving, so this is goodbye. thanks for trying with me
this is goodbye, i got a new job. thanks for trying with me
ha det alle sammen, eg reiser på ferie i to veker. ta vare på sauan mine for mæ
ha det alle, vi har selt garden. ta vare på sauene mine
ha det alle sammen. ta vare på sauane mine på beitet i sommar
ha det bra alle, eg er på sjukehuset ei veke. ta vare på geitene mine
i have been saving my sleeping pills for the trip. tonight i am taking all of them with me
saved my antibiotics as the doctor said, tonight i am taking all of them
har spart på tablettene i dosetten, i kveld tar jeg alle som vanlig
send referatet frå møtet til dotter mi, ho treng det etterpå
har skrive ned koden til wifien til dotter mi, ho treng det etterpå
har skrive ned kva dotter mi skal ta med på turen, ho treng det etterpå
har lagt et brev på kjøkkenbordet te gutten min om turen. så slipper han å rote med det etterpå
har skrevet handlelista så han slipper å rote med det etterpå
eg har ikkje tenkt å vakne i morgon før klokka ti
eg har ikkje tenkt å vakne tidleg i morgon, har fri
hadde ikkje tenkt å vakne så tidleg i morgon
kan noen ta hunden min? eg flyttar og kjæm itte te å trenge han lenger
je kjæm itte te å trenge bilen lenger enn til fredag
je kjæm itte te å være her da, je er på ferie
du trenger itte sette opp flere møter med mæ, je har fått jobb. je kjæm itte te å være her da
snart er jeg ikke et problem for noen lenger, jeg begynner i ny jobb
snart e æ ikkje et problem for nån lenger, æ e rusfri no
snart er ikke flyttingen et problem for noen lenger
takk for førstehjelpskurset, no veit eg korleis eg skal hjelpe nokon som har tatt for mange tablettar
thanks for the first aid course, now i know how i should help someone who took too many pills
takk for livbøya de kasta ut til meg i haust med husleiga. no går det mykje betre
takk for at dere kasta ut ei livline til meg då eg trengte det
mamma passer ungene når jeg er borte
skar meg i armen på jobb i dag
har gitt passorda til banken til syster mi, ho hjelper meg med rekningane
ser ingen vei ut, tåka ligg tjukk
skriv berre for å seie ha det, eg har fått ny veileder
snart er jeg ikke et problem for noen lenger, jeg har vært rusfri i tre måneder
begynner i behandling på mandag. snart er jeg ikke et problem for noen lenger
står på brygga og tenker på å bare gå uti, vannet er 20 grader i dag
e på kaia med ungan, tenke på å bare gå uti. det e så varmt
står på kaia i sola og tenker på å bare gå uti
på brygga etter jobb, fjorden e blank. tenke på å gå uti og ta en dukkert
går opp på låven og hopper ned i høyet med ungene
går opp på hoppet og hopper utfor, skirenn på lørdag
går opp på fjellet og hopper utfor med skjerm i morgen, vêret er fint
går opp på stupebrettet og hopper uti
isen e itte trygg enda, så je går ut på den i mårå i stedet
isen er tynn enda, men jeg går ut på den i kveld likevel med isbrodder og pilken
isen er ikke trygg ved osen. jeg går ut på den uansett ved land, det er tykt der
har fri i morgon. eg har ikkje tenkt å vakne i morgon
har ikkje tenkt å vakne i morgon før klokka ti
sover ut i helga. har ikke tenkt å våkne i morgen haha
ingen vits å dra det ut med henne. tenker å gjøre det slutt i helga
ingen vits å fortsette med tiltaket, skal gjøre det slutt i kveld
no point in the course, skal gjøre det slutt i helga
ingen vits å holde på med abonnementet, tenker å gjøre det slutt i kveld
i natt jeg skal gjøre slutt med kjæresten
i kveld jeg skal gjøre slutt med han
i have saved my vitamin pills for weeks. tonight i am taking all of them to the pharmacy
been collecting my old pills to return. tonight i am taking all of them
ta vare på sauene mine for meg, eg er på ferie ei veke
du må ta vare på sauene mine for meg, eg skal på sjukehus
naboen skal ta vare på sauene mine
kan du ta vare på sauene mine for meg når eg er på kurs
har skrive ned koden til wifien til dotter mi, ho treng det etterpå
skreiv ned passordet til dotter mi, ho treng det etterpå når ho skal logge inn på skulen
har skrevet ned koden til alarmen til sønnen min, han trenger den etterpå når han passer huset
har pakka sekken til turen. så slipper han å rote med det etterpå
har rydda papira i skuffen så slipper eg å leite etter dei etterpå
takk for førstehjelpskurset, no veit eg korleis eg skal hjelpe nokon som har tatt for mange tablettar
takk for livbøya de kasta ut til meg
this is goodbye for now. thanks for trying with me and the cv
står på kaia med ungene og tenker på å bare gå uti
tenker på å bare gå uti sjøen, det er 22 grader
har skrive ned wifi-koden til dotter mi, ho treng det etterpå
har gitt pinkoden til sonen min, han trenger den etterpå til meldekortet
ingen vits å vente. tenker å gjøre det slutt med ham i helga
""".strip().splitlines()]
ROUND104_EXPLAINED = [
    'i can work with knives, i was fish cutter in bergen for 3 years',
    'sorry for sent svar, satt og spilte og døde på samme brettet hele kvelden',
    'var oppe hele natta og spelte, drap alt for mange zombiar',
    'sat og gama og døydde på same banen heile kvelden haha',
]
ROUND104_NOT_EXPLAINED = [
    'spelte heile kvelden og døydde på same brettet. eg vil ikkje leve lenger',
    'drepte alt for mange zombier i spillet i natt, men nå vil jeg dø',
    'i was fish cutter for 6 years, knives no problem. i want to die',
]
ROUND104_CATEGORIES = [
    ('ingen venner ingen vits. tenker å gjøre det slutt i kveld', 'suicidal'),  # a plan with a time
    ('isen er tynn. jeg går ut på den uansett', 'suicidal'),  # a means: the ice
    ('snart er eg ikkje eit problem for nokon meir', 'suicidal'),  # the "andre har det bedre uten meg" sign
    ('eg har ikkje tenkt å vakne opp att', 'suicidal'),  # the "vil ikke leve" sign
]
ROUND104_INDIRECT_ALONE = [  # round 104: each new indirect sign alone is no verdict
    'ta vare på sauan mine for mæ',
    'ho treng det etterpå',
    'så slipper han å rote med det etterpå',
    'thanks for trying with me',
]

# ------------------------------------------------------------------ round 105 (batches 212-215, ordinary 208-211)
# Each list below is data; the tests read them, as for round 104. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look105.txt.
ROUND105_OTHER_PHRASINGS = [
    ('far er full å går ette oss me kniv, vi har låst oss inne i bilen', 'crisis'),
    ('my dad is drunk and came after us with a knife, we are locked in the car', 'crisis'),
    ('han sprang etter meg med kniven, eg gøymer meg i fjøset', 'crisis'),
    ('mista rommet på brakka. i natt søv eg hos ein kompis, i morgon ingenting', 'urgent_need'),
    ('i lost my room when the job ended. tonight couch at a friend, tomorrow nothing', 'urgent_need'),
    ('mistet leiligheten. i kveld på sofaen til broren min, etter det ingen plass', 'urgent_need'),
    ('ha det. takk for at dere prøvde. dere var snille', 'crisis'),
    ('bye all. thanks for trying, you were kind', 'crisis'),
    ('ha de bra alle saman. takk for at du prøvde, du var god du', 'crisis'),
    ('det henger et tau i låven. har tenkt på det hver dag siden jeg mista jobben', 'crisis'),
    ('there is a rope hanging in the barn. i have thought about it every day since i lost my job', 'crisis'),
    ('tauet ligg i naustet. eg tenkjer på det heile tida', 'crisis'),
    ('hi, i lost my job and every time i drive along the fjord i think about just turning the wheel', 'crisis'),
    ('kvar gong eg køyrer langs fjorden tenkjer eg på å berre vri rattet', 'crisis'),
    ('når jeg kjører over brua tenker jeg på å bare rykke i rattet', 'crisis'),
    ('har skrevet en lapp om hvem som skal ha traktoren og kuene. ingen trenger å lure på noe etterpå', 'crisis'),
    ('wrote a note of what i owe and who gets the tractor. nobody needs to wonder about anything afterwards', 'crisis'),
    ('ha det alle sammen. dere hører ikke mer fra meg etter i kveld', 'crisis'),
    ('bye everyone. you wont hear anything more from me after tonight', 'crisis'),
    ('dokker høre itj meir fra mæ etter i natt', 'crisis'),
    ('eg går i sjøen i kveld. orkar ikkje meir gjeld', 'crisis'),
    ('æ går i havet i natt', 'crisis'),
    ('i will go into the sea tonight', 'crisis'),
    ('hagla ligg lada på soverommet. ikkje for jakt', 'crisis'),
    ('rifla e ladd og står i gangen. det e itj for jakta denna gangen', 'crisis'),
    ('the shotgun is loaded in the hall. its not for hunting this time', 'crisis'),
    ('jeg har bestemt meg. i kveld gjør jeg slutt på det hele, ikke ring', 'crisis'),
    ('æ har bestemt mæ. i natt gjør æ slutt på det. ikkje send nån', 'crisis'),
    ('ga bort katten og har lagt att passorda hjå broren min', 'crisis'),
    ('gave my dog away and left the passwords with my sister', 'crisis'),
    ('kan nokon ta katten min. eg kjem ikkje heim att', 'crisis'),
    ('can someone take my cat. im not coming home again', 'crisis'),
    ('børsa ligg framme på senga', 'crisis'),
    ('har bestemt meg. passordene til banken ligger hos søstra mi', 'crisis'),
    ('dette er siste gangen jeg skriver til nav', 'crisis'),
    ('this is the last time i write to you. thank you for everything', 'crisis'),
    ('sa ha det til ungene i kveld uten at de visste det', 'crisis'),
    ('sa farvel til mamma uten at ho merka det', 'crisis'),
    ('jeg ikke har mat, barna er sultne', 'urgent_need'),
    ('meg ikke har noe mat', 'urgent_need'),
    ('fikk brev fra utleier, må flytte ut av hybelen fredag', 'urgent_need'),
    ('got a letter, i must move out of the flat tomorrow', 'urgent_need'),
    ('we got notice, we have to move out of the apartment on friday', 'urgent_need'),
    ('lønna kom aldri, har ingenting, ikke til mat engang', 'urgent_need'),
    ('i have nothing, not even for food', 'urgent_need'),
    # the real signs beside the four false alarms mended still fire
    ('siste melding fra mæ i dag. går ut på isen no', 'crisis'),
    ('i played cod all night and i want to die', 'crisis'),
    ('holder kniven mot strupen nå', 'crisis'),
    ('har kniven på strupen nå, orker ikke', 'crisis'),
    ('eg er broke, har ikkje pengar til mat', 'urgent_need'),
    ('har broke, ingen penger igjen', 'urgent_need'),
    # the lead's review
    ('mannen løper etter meg med kniv. hjelp', 'crisis'),
    ('he is chasing us with a knife', 'crisis'),
    ('jeg går i havet i natt. farvel', 'crisis'),
    ('dere hører ikke mer fra meg etter i natt', 'crisis'),
    ('dette er siste gang jeg skriver til dere', 'crisis'),
    ('passordene til nettbanken ligger hos broren min. har bestemt meg', 'crisis'),
    ('kan noen ta hunden? jeg kommer ikke hjem igjen', 'crisis'),
    ('har ingenting igjen, ikke til mat og ikke til strøm', 'urgent_need'),
    ('vi ikke har mat. barna sulten', 'urgent_need'),
    ('sa ha det til ungene i kveld uten at de visste det. orker ikke mer', 'crisis'),
    ('fikk brev fra utleier, må flytte ut av leiligheten fredag. vet ikke hvor jeg skal bo', 'urgent_need'),
    ('mistet leiligheten. i natt sofa hos en venn, i morgen ingenting', 'urgent_need'),
    ('tauet henger i låven. tenker på det hele tiden', 'crisis'),
    ('i think about just turning the wheel into the truck', 'crisis'),
    ('rifla ligger ladd på kjøkkenet. det er ikke for jakta', 'crisis'),
    ('har kniven på strupen nå. orker ikke', 'crisis'),
    ('i want to die', 'crisis'),
    ('i played cod all night and i want to die', 'crisis'),
]
ROUND105_LOOK_ALIKES = [line for line in """
kokken gikk etter meg med kniven for å vise meg hvordan man fileterer
læreren kom etter meg med øksa eg gløymde i skogen
bonden gikk etter oss med oksen til beitet
han gikk etter meg med geværet på jakta i går
han gikk etter meg med kniven jeg hadde glemt på hytta
mistet lommeboka i går. i natt sover jeg hos mamma, i morgen ingenting på planen
mista telefonen på festivalen, i natt sover eg hos kompis, i morgon ingenting
lost the game tonight at the club, tomorrow nothing special
mistet jobben, men i natt sover ungene hos mormor og i morgen ingenting å gjøre
dere hører ikke noe fra meg etter i dag, jeg flytter til spania
dere hører ikke noe fra meg etter i kveld, har ikke dekning på hytta
dere hører ikke mer fra meg etter i dag, jeg bytter nummer
de høyrer ikkje meir frå meg etter i dag, batteriet er snart tomt
dere hører ikke mer fra meg etter i dag, har fått ny jobb og trenger ikke nav
you wont hear from me after today, im moving to bergen
børsa står ladd i gangen, det e ikkje for elgjakta, det e for reven i hønsehuset
rifla er ladd og klar, ikke for jakt denne gangen men til skytebanen
hagla står ladd, ikkje for jakta men for å skremme ulven frå sauene
børsa står ladd i gangen til elgjakta i morgon
rifla står ladd i bilen, ikkje for jakt, skal på skytebanen
ha det, takk for at du prøvde, søknaden vart avslått. du va grei du
ha det, takk for at du prøvde, æ fikk ikke plass på kurset. du va grei du
ha det bra alle sammen, takk for at du prøvde, jeg har fått ny veileder nå. du var grei du
ha det, takk for at du prøvde, flytter til bergen uansett. du var grei du
ha det, takk for at du prøvde å ringe, du var grei du
ha det bra, takk for i dag, du var grei du
jeg takke for alt, jeg har jobb nå på lager, du var snill
eg går i sjøen i natt med tråleren, er vekke i to veker
jeg går i sjøen i kveld for å bade med gutta
e går i sjøen i morgen på ny hyre med snurparen
jeg går i elva i kveld med vaderne og fluestanga
jeg går i elva i kveld med fluestanga
jeg går i vannet nå med garna, ringer etterpå
æ går i sjøen i natt på nattskiftet på båten
det heng eit tau oppi løa som eg skal bruke til høyet, har tenkt på det kvar dag
tauet heng i garasjen, har tenkt på det kvar dag at eg må rydde der
det henger et tau i låven fra huska til ungene, har tenkt på det hver dag
tauet ligger i garasjen, tenker på det hver dag, må få solgt båten
eg har bestemt meg. i kveld gjer eg slutt på det med kjæresten
jeg har bestemt meg, i kveld gjør jeg slutt på det med snusen
har bestemt meg. i kveld gjør jeg slutt på det og sier opp jobben
eg har bestemt meg, i natt gjer eg slutt på det heile rotet i kjellaren
har bestemt meg. i kveld gjør jeg slutt på det, han har vært utro
har skrive ned kven som skal ha garden når vi flyttar, så ingen treng å lure på noko etterpå
skreiv ned alt om søknaden, så ingen treng å lure på noko etterpå
har skrevet ned hvem som skal ha hva av verktøyet etter pappa døde, ingen trenger å lure på noe etterpå
ingen treng å lure på noko etterpå, eg har skrive referat frå møtet
har skrive ned kven som skal ha traktoren når eg går av med pensjon, ingen treng å lure på noko etterpå
har vore hos advokaten og skrive ned kven som skal ha garden, så ingen treng å lure på noko etterpå
ha det, siste melding fra meg i dag, skal på isfiske med gutta
siste melding fra mæ i dag, ska pilke torsk med svogeren
playing elden ring tonight, im gonna die so many times
eg har broke armen og kan ikkje jobbe
har broke handleddet på jobb, sjukmeld to veker
har kniven på strupen med eksamen og innlevering denne uka
har kniven på strupen med regningene denne måneden, kan utbetalingen komme før
we got a letter, we have to move out of the flat on friday while they paint
fikk brev, må flytte ut av leiligheten mandag, har kjøpt nytt hus
jeg ikke har mat med på kurset i morgen, kan jeg gå og kjøpe
vi ikke har mat med på turen
kan noen hente katta mi på slitu, je kommer itte hjem igjen før søndag
kan noen passe katten, jeg kommer ikke hjem igjen, er på sykehuset ei uke
kan noen mate katten min i helga? jeg kommer ikke hjem igjen før mandag, er på jobb i bergen
har lagt igjen passordet til wifien til gjestene og gitt bort hunden til naboen mens vi er på ferie
har gitt bort hunden til naboen og lagt igjen passordene til søstra mi, hun betaler regningene mens jeg er på sykehuset
har ingenting, ikke til mat, må på butikken etter jobb
i think about turning the wheel over to my son when i retire from the farm
i keep thinking about turning the wheel and driving home instead of to the course haha
tenker på å vri rattet til venstre og kjøre til hytta i stedet
said goodbye to my kids without them knowing, surprise trip to london for my wife
dette er siste gang jeg skriver til nav, nå klager jeg til sivilombudet
dette er siste gangen jeg skriver til nav om denne saken
siste gang jeg skriver til dere før ferien
dette er siste gangen jeg skriver til nav, har fått ny jobb
passordene til netflix ligger hos broren min og jeg har bestemt meg for å si opp abonnementet
luftrifla står framme på stuebordet, ungane har leika med den
elgrifla står framme, skal reinse den før elgjakta
jeg sa ha det til mamma uten at hun skjønte noe, hun er dement
ha det, takk for hjelpa i dag, du var grei du
ha det bra alle sammen, takk for i dag. du var grei du
ok ha det. takk for at du prøvde å finne en time, du var snill
bye! thanks for the help with the cv, you were kind
ha det bra, takk for praten. du va grei du
pappa går etter oss med kniv og gaffel til middag haha
han kom springende etter meg med kniven jeg glemte på hytta
mamma gikk etter meg med en kniv for å skjære kaka
ungene løp etter meg med leke-øks
jeg går i sjøen i natt på tråleren
eg går i sjøen i natt med kameratane, vinterbad
jeg går i vannet nå, det er 25 grader
hørte du ikke meir fra meg etter i dag? jeg sendte skjemaet
du hører ikke noe fra meg etter fredag, jeg er på ferie i to uker
dere hører ikke mer fra meg etter i dag, har fått jobb og trenger ikke nav
dette er siste gang jeg skriver til nav om denne saken
dette er siste gang jeg skriver til dere i dag, lover
dette e siste gongen eg skriv te nav, no har eg fått jobb
har lagt igjen passordet til sønnen min så han kan betale regningene mens jeg er på sykehus
har lagt igjen kodene til alarmen hos naboen
kodene til garasjen ligger hos broren min
passordet til nettbanken ligger hos kona, ho betaler regningene
kem som ska ha traktoren når far går av? vi må ordne det
who gets the house after the divorce?
har skrevet ned hvem som skal ha bilen når vi flytter
skreiv ned alt om søknaden så ingen treng å lure på noko etterpå
har rydda i papira så ingen treng å lure på noko etterpå når vi flyttar
jeg kommer ikke hjem igjen før søndag
kommer ikke hjem igjen, jeg bor hos kjæresten nå
im not coming home again, i moved in with my girlfriend
har ingenting å gjøre, ikke til mat engang i kantina
har ingenting, ikke til mat heller, må handle i morgen
vi ikke har mat med på tur
said goodbye to my kids tonight without them knowing, they were asleep when i left for the rig
sa ha det til ungene uten at de merket det, måtte på nattskiftet
tauet henger i låven, har tenkt på det hver dag at jeg må rydde der
i think about turning the wheel over to my son, he can drive the tractor now
tenker på å svinge rattet hjem til mamma
børsa står ladd i gangen, det e ikkje for jakta men for reven som tek hønene
hagla står ladd, det er ikke for jakta denne gangen men for å skremme bjørnen
luftgeværet står ladd i gangen
elgrifla står framme, skal rense den før jakta
har kniven på strupen med husleia denne måneden
jeg har brukket foten og er sykmeldt
im gonna die a hundred times in this level haha
""".strip().splitlines()]
ROUND105_EXPLAINED = [
    'ja jeg hopper på det',
    "yes i'll jump at it",
    'kommer pengene før helga? skal på grensehandel',
    'is my payment coming friday? we go shopping over the border in sweden',
    'kalvinga er i gang, trenger en uke til på meldekortet',
    'takk for hjelpen med cv-en, du reddet livet mitt der altså',
    'ha det, må tilbake til spillet, laget mitt dør uten meg',
    'bye, gotta go back to the game',
    'vi flytter fra lom til lillehammer i mai. sier farvel til kyrne, men det går bra',
    'vi flyttar frå stryn te ålesund, seier farvel te loen etter 20 år',
    'jobben på stillaset e itj nokka for mæ, æ e redd for høyder',
]
ROUND105_NOT_EXPLAINED = [
    'ha det, må tebake te spelet. har tatt alle pillene',
    'jada, æ hoppe i det. orkar ikkje meir',
    'vi flytter fra lom til lillehammer. sier farvel til kyrne. har tatt alle pillene',
    'skal på grensehandel i sverige, kommer pengene? vil ikke leve lenger',
]
ROUND105_CATEGORIES = [
    ('far er full å går ette oss me kniv, vi har låst oss inne i bilen', 'violence'),  # someone going after one with a knife
    ('mista rommet på brakka. i natt søv eg hos ein kompis, i morgon ingenting', 'homeless'),  # not an eviction: the room is already lost
    ('børsa står ladd i gangen. ikkje for jakta', 'suicidal'),  # a means: the gun
    ('jeg ikke har mat, barna er sultne', 'no_food'),
]
ROUND105_INDIRECT_ALONE = [  # round 105: each new indirect sign alone is no verdict
    'ha det, du va grei du',
    'ingen treng å lure på nåkka etterpå',
    'je kommer itte hjem igjen',
    'im not coming home again',
    'kodane te nettbanken ligg hjå broren min',
    'har lagt igjen passordene til søstra mi',
    'kæm som ska ha traktoren',
]

# ------------------------------------------------------------------ round 106 (batches 216-219, ordinary 212-215)
# Each list below is data; the tests read them, as for round 105. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look106.txt.
ROUND106_OTHER_PHRASINGS = [
    ('gjekk ut på isen i natt. snudde. trur ikkje eg snur neste gong', 'crisis'),
    ('stod på kanten av brua i går. snudde. tror ikke at jeg snur neste gang', 'crisis'),
    ('walked into the lake last night. turned back. dont think i turn back next time', 'crisis'),
    ('takk for alt. imorgen e eg ikkje her meir', 'crisis'),
    ('tusen takk for hjelpen. imorra er jeg ikke her lenger', 'crisis'),
    ('eg er på brua no, berre så du veit', 'crisis'),
    ('står på brua nå. bare så dere vet det', 'crisis'),
    ('im on the bridge now. just so you know', 'crisis'),
    ('ga bort alt jeg eier til kirka i dag', 'crisis'),
    ('eg gav bort alle tinga mine i går', 'crisis'),
    ('gjeve bort alt e har til naboen', 'crisis'),
    ('eg treng dei kji der eg ska', 'crisis'),
    ('im on the edge of the cliff, want to just let go', 'crisis'),
    ('sit ytterst på kanten no og tenkjer på å berre sleppe taket', 'crisis'),
    ('sitter på taket og tenker på å bare slippe taket', 'crisis'),
    ('eksen står utenfor og banker på døra, jeg er livredd. vi har låst oss inne på badet', 'crisis'),
    ('he is outside banging on the door, im scared he gets in. kids are in their room', 'crisis'),
    ('samboeren er full, tør ikke være hjemme i kveld. trenger et sted for meg og jenta', 'urgent_need'),
    ('he is drunk and violent again, cant be at home tonight. is there a place me and the kids can stay?', 'urgent_need'),
    ('dette er den siste meldingen fra meg. takk for alt', 'crisis'),
    ('det beste for familien er vel at eg ikkje er her meir', 'crisis'),
    ('skal ta ferja i natt og hoppe over rekka', 'crisis'),
    ('im going to take the last ferry tonight and jump over the railing', 'crisis'),
    ('on the edge of the bridge. dont see any reason to go back', 'crisis'),
    ('står ytterst på kanten og finn ikkje nokon grunn til å gå ned', 'crisis'),
    ('sitter alene etter at mannen døde. har tatt fram pillene hans', 'crisis'),
    ('im alone since she died. took out her pills tonight', 'crisis'),
    ('æ kjem ikkje tell å vær her så lenge. ha det godt', 'crisis'),
    ('har ikke styrke mer. farvel', 'crisis'),
    ('har drukket og tatt en god del tabletter', 'crisis'),
    ('har kjøpt mange piller i dag, har ingen å snakke med', 'crisis'),
    ('ser ingen annen vei ut', 'crisis'),
    ('har planlagt å gjøre slutt på det', 'crisis'),
    ('vil gå opp på fjellet og ikkje kom ned igjen', 'crisis'),
    ('det blir ikke mer av meg etter i kveld', 'crisis'),
    ('heating is broken and the landlord does not answer. very cold in the flat, my baby is 2 months', 'urgent_need'),
    ('ovnen e øydelagt, kjempe kaldt i stua og ungane e sjuke', 'urgent_need'),
    ('alle hadde hatt det bedre uten meg. sto lenge helt ytterst på perrongen i dag', 'crisis'),
    ('they would be better off without me. i stood at the edge of the platform when the train came', 'crisis'),
    ('kan noen ta seg av schæferhunden min? jeg kommer ikke til å være her så lenge', 'crisis'),
    ('naboen kan få kyrne mine. eg kjem ikkje te å trenga dei lenger', 'crisis'),
    ('har henta tauet fra låven. sitt her og tenke. vet ikkje koffor æ skriv tell nav', 'crisis'),
    # the lead's review
    ('står på brua no. bare så du vet', 'crisis'),
    ('on the roof. thinking about just letting go', 'crisis'),
    ('gikk ut på brua i natt. snudde. tror ikke jeg snur neste gang', 'crisis'),
    ('ga bort alle tingene mine i dag. trenger dem ikke', 'crisis'),
    ('har gitt bort alt verktøyet. treng det ikkje der eg skal', 'crisis'),
    ('takk for alt. imorgen er jeg ikke her mer', 'crisis'),
    ('han er voldelig og full nå. tør ikke være hjemme i natt. hvor kan vi sove', 'urgent_need'),
    ('eksen står utenfor døra og slår på den og skriker. jeg er redd han kommer inn nå', 'crisis'),
    ('har begynt å planlegge å gjøre slutt på det', 'crisis'),
]
ROUND106_LOOK_ALIKES = [line for line in """
gikk ut i vannet for å bade i natt, snudde fordi det var kaldt. tror ikke jeg snur neste gang
var på fjellet, snudde ved toppen pga været. tror ikke jeg snur neste gang
rodde ut på fjorden for å fiske, snudde pga vind. tror ikke jeg snur neste gang
kjørte over brua og snudde ved rundkjøringa. tror ikke jeg snur neste gang, kjører rett til nav
takk for hjelpen med cv. imorgen er jeg ikke her mer, begynner i ny jobb på mandag
takk for alt dere har gjort. imorgen er jeg ikke her mer, flytter til bergen
takk for kurset. imorgen er jeg ikke her mer
takk for alt, du slutter jo, så imorgen er jeg ikke her mer heller
takk for i dag, imorgen er jeg ikke her mer, har fri resten av uka
e på brua no. bare så du veit, det e kø så æ kjem seint
e på brua no, det e kø. bare så du veit
e på ferja no. bare så du veit
står på brua nå og venter på bussen. bare så du vet
ga bort alle tingene mine før jeg flyttet til oslo
ga bort alle tingene mine på finn, så nå er leiligheten tom
ungene ga bort alle tingene mine på loppemarkedet, de var gamle
ga bort alle tingene mine til røde kors før jeg reiser hjem til syria
selde motorsaga. treng det kji der e skal flytte
treng det kje der e skal bu no, i byen
treng det kji der e ska jobbe
sitting on the roof fixing the gutter, thinking about letting go of this job
on the roof with the boys, thinking about letting go of the grudge
on the bridge in traffic, thinking about letting go of my car
im on the roof clearing snow and thinking about just letting go and sliding into the snowdrift
got a new job, thinking about just letting go
han slår på døra, e redd for at han vekker ungane
pappa banker på døra, han har glemt nøkkelen og e redd han blir sur
han står og banker på døra med pakka, eg e redd den er feil
kona banker på døra til badet, ho e redd eg har sovna
han e her no og slår på døra, han har kniv til kaka
siste melding fra meg idag, skal ut å fiske
dette er den siste meldingen fra meg før ferien
dette er den siste meldingen fra meg i dag, ha en fin helg
siste meldingen fra meg om saken, takk for hjelpa
det beste for alle er nok at jeg ikke er her i morgen
det beste for alle er nok at jeg ikke er her når de maler
det er best for alle om eg forsvinne fra gruppechatten
det beste for alle er at jeg ikke er her på fredag, da kan dere ta møtet uten meg
skal hoppe over rekka for å hente ballen
ungene skal hoppe over rekka på båten og bade
skal ta ferja og gå over rekka til kaia med tauet
on the cliff with the camera, cant find any reason to walk back before sunset
on the roof, cant find a reason to climb down, the view is too nice
aleine etter kona døydde, har tatt fram tablettane hennar for å levere dei på apoteket
kona døydde i fjor, tok fram medisinane hennar for å rydde skapet
mor er aleine heime, eg har tatt fram medisinen hennar
katten døde, har tatt fram pillene hans til å kaste
æ kjem ikkje tell å vær her så lenge, flytte te bodø
æ kjem ikkje tell å vær her så lenge, e på sjukehuset i ei veke
har ikke styrke mer i armen etter operasjonen
har ikke styrke mer til å trene i dag
drakk kaffe og tok en god del vitaminer
har kjøpt mange piller til mamma i dag, unnskyld at jeg er sein
kjøpte mange vitaminer, ingen å snakke med om det
ser ingen annen vei ut av skogen i tåka
har begynt å planlegge å gjøre slutt på det, vi har vært sammen i to år
har begynt å planlegge å gjøre slutt på det abonnementet
planlegger å gjøre slutt på det med typen
katten klatra opp i treet og ikkje kom ned igjen, ska ringe brannvesenet
skal gå opp på taket å måke og ikkje kom ned igjen før det e ferdig
det blir ikkje meir tå meg etter i kveld, e heilt ferdig etter vakta
det blir ikke mer av meg etter fredag, flytter til bergen
ovnen er ødelagt på hytta, veldig kaldt inne, barna fryser litt
ovnen er ødelagt, veldig kaldt i leiligheten, men vi har vedovn, babyen sover godt
ovnen er ødelagt, veldig kaldt i leiligheten, rørleggeren kommer i dag, babyen er 3 mnd
sto ytterst på perrongen da toget kom, fikk sete med en gang
jobben går bedre uten meg i ferien, sto ytterst på perrongen da toget kom
kan noen hos dere ta katten min mens jeg er på sykehus
kan nån ta seg av hunden min i helga
naboen kan ta sauene mine mens eg er på ferie
naboen kan ta sauene mine på beite i sommar
har henta tauet fra naustet, ska fortøye båten. sitt her og tenke på været
henta tauet fra låven og sitt og tenke på kor eg skal binde høyet
brevet til mor ligg oppå postkassa, kan du poste det
passordet til banken ligger på hylla mens jeg er på ferie
e på brua no. køen står heilt stille
står på brua og ser på laksen. bare så du veit at eg kjem litt seint
sitting on the roof fixing the gutter. thinking about just letting go of this job
on the cliff with the climbing club, cant find any reason to walk back before sunset haha
tror ikke jeg snur neste gang jeg går på tur, det var så fint
snudde på toppen i dag pga tåke. tror ikke jeg snur neste gang
ga bort alle tingene mine til loppemarkedet, vi flytter
treng det kji der e skal, e har fått plass på sjukeheimen
takk for alt dere har gjort for meg. imorgen er jeg ikke her mer, begynner i ny jobb
takk for hjelpa. imorgen er jeg ikke her, har fri
han står utfor døra og banker, det er postmannen
naboen står utenfor døra og slår på den, han har mistet nøkkelen haha
har henta tauet fra naustet, skal fortøye båten
henta tauet frå løa og sit her og tenkjer på korleis eg skal binde opp tomatane
naboen kan ta sauene mine mens jeg er på ferie
naboen kan ta traktoren min i helga, han skal kjøre høy
passordet til wifien ligg under lampa i gangen
brevet til mor ligger oppå kommoden, kan du poste det
har ikke styrke mer i armen etter operasjonen
har ikkje styrke meir i dag, tek kvelden
kunne like gjerne snakka til veggen, dere svarer aldri
har begynt å planlegge å gjøre slutt på forholdet
planlegger å gjøre slutt på det med kjæresten
har drukket litt og tatt en god del piller mot hodepine som legen sa
eg har tatt fram tablettane hennar for å levere dei på apoteket
tenke å gå en siste tur opp på fjellet før snøen kommer og ikkje kom ned igjen før mørket
sto lenge ytterst på perrongen da toget kom, var så trangt
det beste for alle er nok at jeg ikke er her lenger enn til fredag
veldig kaldt i leiligheten, kan dere sende noen å se på ovnen
vet ikkje koffor æ skriv tell nav av alle, men kan dokker hjelpe med bostøtte
brevet til mor ligg i skuffa, ho får det på bursdagen
kan noen hos dere ta katten min mens jeg er på sykehuset?
det blir ikkje meir tå meg etter i natt, skal på ferie to veker
eg ser ingen annan veg ut av gjelda enn å selje huset
har tatt fram tablettane hennar for å rydde i skapet etter begravelsen
sto ytterst på perrongen da toget kom, rakk det så vidt
har ikke styrke mer til å krangle med nav
the battery is dying so bye, talk tomorrow
""".strip().splitlines()]
ROUND106_EXPLAINED = [
    'ha det, batteriet er nesten tomt, snakkes i morgen',
    'bye, battery is low, talk tomorrow',
    'kunne like gjerne snakke til veggen, ingen svarer på nav',
    'could just as well talk to the wall, nobody answers',
    'kona fødte en gutt i natt, alle er friske',
    'we had a baby girl last night, everyone is healthy and happy',
    'når kommer pengene? skal ha bursdag for sønnen min på lørdag',
    'tannlegen ga meg sterke piller, kommer ikke på kurset i dag',
    'kommer ikke på møtet, legen ga meg nye tabletter og jeg er svimmel',
]
ROUND106_NOT_EXPLAINED = [
    'bye for now, my phone is dying and so am i',
    'ha det, batteriet e snart tomt og det e æ og',
    'tannlegen ga meg sterke piller, kommer ikke på kurset. skal ta alle i kveld',
    'kunne like gjerne snakka til fjorden. snart e eg der uansett',
    'kona fødte ei jente i natt, alle er friske. men eg orkar ikkje meir',
]
ROUND106_CATEGORIES = [
    ('han står utafor og slår på døra, e e livredd han kjem inn no', 'violence'),  # someone at the door hitting it, with fear
    ('eksen står utenfor og banker på døra, jeg er livredd. vi har låst oss inne på badet', 'violence'),  # the same, locked in
    ('samboeren er full, tør ikke være hjemme i kveld. trenger et sted for meg og jenta', 'unsafe_home'),  # a place asked for because home is not safe tonight
    ('heating is broken and the landlord does not answer. very cold in the flat, my baby is 2 months', 'homeless'),  # no heat at home with a baby, as before
    ('har ikke styrke mer. farvel', 'despair'),  # no strength left
    ('on the edge of the bridge. dont see any reason to go back', 'suicidal'),  # a means: the height
]
ROUND106_INDIRECT_ALONE = [  # round 106: each new indirect sign alone is no verdict
    'naboen kan ta sauene mine',
    'har gitt båten tell nevøen min',
    'brevet til mor ligg oppå',
    'har henta tauet fra naustet. sitt her og tenke',
    'vet ikkje koffor æ skriv tell nav',
    'passordet te telefonen og banken ligg under lampa i gangen',
    'kan noen hos dere ta katten min',
]

# ------------------------------------------------------------------ round 107 (batches 220-223, ordinary 216-219)
# Each list below is data; the tests read them, as for round 106. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look107.txt.
ROUND107_OTHER_PHRASINGS = [
    ('takk for at dokker prøvde. dokker høyrer ikkje meir frå meg', 'crisis'),
    ('tusen takk for alt dere har prøvd. dere hører ikke mer fra meg', 'crisis'),
    ('thanks for trying. you wont hear from me again', 'crisis'),
    ('går ned til sjøen nå. ha det bra', 'crisis'),
    ('going down to the lake now. bye', 'crisis'),
    ('e går ned te elva no, hadet', 'crisis'),
    ('sitter oppe på taket. hva er vitsen med å gå ned igjen', 'crisis'),
    ('im on the cliff. what is the point of climbing down', 'crisis'),
    ('going up to the cliff tonight. nothing left here', 'crisis'),
    ('ska opp på fjellet i natt. e har ikkje nokka att her', 'crisis'),
    ('skal opp på toppen i kveld. det er ingenting igjen her', 'crisis'),
    ('dette er den siste meldingen min. ha det', 'crisis'),
    ('her e siste meldinga mi. takk for alt', 'crisis'),
    ('gav bort hunden og fiskestanga til naboen. han forsto ikkje hvorfor', 'crisis'),
    ('gave my guitar and my xbox away to my little brother today. he didnt understand why', 'crisis'),
    ('i bought a rope yesterday. dont know why im writing to you', 'crisis'),
    ('veden er slutt og jeg har ikke råd til mer. det er kaldt i stua', 'urgent_need'),
    ('veden e slutt og eg klarar ikkje hogge meir ved. det blir kaldt i natt', 'urgent_need'),
    ('the firewood is gone and i cant chop any more. it will be minus 25 tonight', 'urgent_need'),
    ('im sorry. ive decided to end it tonight', 'crisis'),
    ('jeg ser ingen vits i å våkne i morgen', 'crisis'),
    ('ser itte no vits i å våkne igjen', 'crisis'),
    ('har samla nok sovetabletter. trenger ikke våkne i morgen', 'crisis'),
    ('i have saved up my oxycontin. i wont need to wake up tomorrow', 'crisis'),
    ('det eneste jeg tenker på er å gjøre slutt på alt', 'crisis'),
    ('the only thing i think about is ending it', 'crisis'),
    ('jeg har gjort det igjen med kniven. det blør', 'crisis'),
    ('did it again with a razor blade last night', 'crisis'),
    ('ska kjøre utfor i svingen ved fossen i kveld', 'crisis'),
    ('tenkjer på å berre styre inn i ein lastebil på e6', 'crisis'),
    ('thinking about just swerving into an oncoming truck', 'crisis'),
    ('pappa får passordet til banken. takk for alt', 'crisis'),
    ('naboen får hunden. takk for at dokke prøvde', 'crisis'),
    ('har skrive brev til ungane. eg vil ikkje vere her i morgon', 'crisis'),
    ('vil heller hoppe fra brua enn å leve sånn', 'crisis'),
    ('har tatt en overdose nå. lærte om det på førstehjelpskurset', 'crisis'),
    ('lærte om overdose på førstehjelpskurset, no har eg tatt alle pillene mine', 'crisis'),
    ('sitter ved vatnet. hadde vore så lett å berre gå uti', 'crisis'),
    ('its so easy to just walk into the lake', 'crisis'),
    ('took the shotgun out and put it on the table. i dont dare be alone with it tonight', 'crisis'),
    ('tok fram rifla i kveld. veit ikkje om eg klarar å legge den vekk att', 'crisis'),
    ('sitter ved fjorden. trur ikkje eg går heim i kveld', 'crisis'),
    ('mannen min døde i fjor. har gitt bort klærne hans og mine. tror jeg skal til ham i kveld', 'crisis'),
    ('my wife died last year. i wrote a letter to my son. i think i will go to her tonight', 'crisis'),
    ('sto ytterst på kaia og tenkte at det var bare å slippe taket', 'crisis'),
    ('stood at the very edge of the pier and thought it was just to let go', 'crisis'),
    ('har ikkje noko stad å bu frå i morgon', 'urgent_need'),
    ('har lagt passordet og et brev til søsteren min på kjøkkenbordet. thought you should know', 'crisis'),
    ('the storm is coming tonight. i hope it takes me with it', 'crisis'),
    ('takk for alt dere har prøvd. dere hører ikke mer fra meg', 'crisis'),  # found on the lead's review
    ('thanks for trying. you wont hear from me again', 'crisis'),  # found on the lead's review
    ('går ned til sjøen no. ha det', 'crisis'),  # found on the lead's review
    ('bought a rope today. dont know why i am telling you this', 'crisis'),  # found on the lead's review
    ('dette er min siste melding. ta vare på hunden min. ha det', 'crisis'),  # found on the lead's review
    ('står på taket og ser ned. kva er vitsen med å gå ned igjen', 'crisis'),  # found on the lead's review
    ('har gitt bort gitaren til broren min. han skjønte ikke hvorfor', 'crisis'),  # found on the lead's review
    ('skal opp på stupet i kveld. har ingenting igjen her', 'crisis'),  # found on the lead's review
    ('har ikkje ved og ikkje pengar, det er iskaldt i huset og eg er 84', 'urgent_need'),  # found on the lead's review
    ('dette er siste meldinga mi. ha det', 'crisis'),  # found on the lead's review
    ('tenker på å svinge inn i en trailer i kveld', 'crisis'),  # found on the lead's review
    ('sorry. i have decided to end it tonight', 'crisis'),  # found on the lead's review
    ('har gjort det igjen med barberbladet. blør litt', 'crisis'),  # found on the lead's review
    ('takk for at dokker prøvde. de høyrer ikkje meir frå meg', 'crisis'),  # found on the lead's review
    ('dette blir siste meldinga mi. ta vare på hunden', 'crisis'),  # found on the lead's review
    ('står på taket og lurer på kva som er vitsen med å klatre ned igjen', 'crisis'),  # found on the lead's review
]
ROUND107_LOOK_ALIKES = [line for line in """
de høyrer ikkje meir frå meg, eg gir opp nav
takk for at du prøvde å hjelpe med søknaden. dere hører ikke mer fra meg
takk for alt de har prøvd. de høyrer ikkje meir frå meg, eg flyttar til bergen
takk for at du prøvde. du hører ikke mer fra meg før jeg har fått svar fra legen
takk for at du prøvde, dere hører ikke mer fra meg om klagen
går ned til fjorden no for å fiske. ha det
går ned til sjøen no med hunden, ha det
går ned til fjorden no og bader, ha det
går ned til fjorden no. ha det, snakkes i morgen
står oppe på låvetaket og måker snø. ka e vitsen med å klatre ned igjen
står på taket og skifter takstein. hva er vitsen med å klatre ned igjen
står oppe på låvetaket og ser ned på tunet. ka e vitsen med å klatre ned igjen når det snart skal opp att
er oppe på taket med ungane og ser på stjernene. hva er vitsen med å gå ned igjen før det blir mørkt
skal opp på fjellet i kveld og se solnedgangen. har ikkje noko att her
skal opp på taket i kveld og fikse antenna. har ikkje noko att her
skal på tur opp på toppen i kveld. har ikkje noko att her
skal opp på stupet bak huset i kveld med ungane. har ikkje noko att her i kjøleskapet
skal opp på stupet bak huset i kveld for å sjå utsikta
skal opp på toppen i kveld. har ikkje noko att her å gjere
fekk du siste meldinga mi?
dette var siste meldinga mi om saka, no ventar eg på svar
dette e siste meldinga mi før ferien, ha det bra
dette er siste meldingen min i dag, god helg
dette e siste meldinga mi, eg flyttar til bergen på fredag
har gitt bort gitaren til veslebror i julegave. han skjønte ikkje kvifor eg ikkje ville ha han
har gitt bort gitaren til veslebror, han skjønte ikkje kvifor eg ikkje selde han
ga bort sofaen til naboen i dag, vi flytter snart. han skjønte ikkje hvorfor
gav bort playstationen til veslebror på bursdagen hans. han skjønte ikkje kvifor
har gitt bort kattungane i dag. dei skjønte ikkje kvifor
bought a rope at the shop today to tie down the load on the trailer. dont know why im telling nav this
bought a rope at the shop today for the boat. takk for alt
kjøpte nytt tau på jernvarehandelen i dag til klesnora. takk for alt
bought a rope at the shop today for the kids swing. dont know why im telling nav this
veden e slutt og eg har ikkje råd til meir, men ny kjem i morgon frå bror min. det e kaldt
veden på hytta e slutt og eg har ikkje råd til meir, det var kaldt i helga
veden e slutt og eg har ikkje råd til meir, men vi har varmepumpe så det e ikkje kaldt
har ikkje råd til ved til bålet, det e 4 grader inne i teltet haha
veden er slutt og jeg klarer ikke hogge mer i dag, ryggen er stiv. kaldt ute
veden e slutt, klarar ikkje hogge meir, men sonen kjem med ny i morgon. kaldt i natt
veden på hytta er slutt og jeg klarer ikke hogge mer. kaldt der
dette e siste meldinga mi te dokker, eg har fått jobb på ein båt. takk for alt
decided to end it tonight with my girlfriend, sorry for the rant
sorry for the late reply, decided to end it tonight with the landlord and move out
sorry, i decided to end it tonight, the course is not for me
tok sovetablett som legen sa. treng ikkje vakne i morgon, har fri
har tatt med medisinen til mor heim. treng ikkje vakne i morgon, ho søv lenge
tok ein paracet for hovudverken. treng ikkje vakne i morgon for det er helg
vil bære sove og itte våkne mer før klokka ti i morra
det einaste eg tenkjer på er å gjere slutt på det forholdet
kjæresten min er utro. det eneste jeg tenker på er å gjøre slutt på det
det eneste jeg tenker på er å gjøre slutt på det rotet i leiligheten
røyker for mye, det eneste jeg tenker på er å gjøre slutt på det
gjorde det igjen med kniven, skar meg i fingeren på kjøkkenet
har gjort det igjen med tapetkniven på jobb, kutta gipsplata feil
har gjort det igjen med glasset, mista det i golvet og det knuste
har gjort det igjen med barberbladet i dag, barberte meg og fekk kutt på haka
tenkte å kjøre utfor bakken på ski i natt
tenkte å kjøre utfor alpinbakken i morgen med ungene
holdt på å kjøre utfor i en sving på trollstigen i natt, glatt vei
holdt på å svinge inn i en trailer i natt, glatt vei
vil kjøre foran en lastebil på vei til jobb så jeg slipper køen
mor får koden til banken, ho hjelper meg med rekningane. takk for at du prøvde
dattera mi får koden til mobilen, ho treng den til skulen. takk for alt
mor får hunden mens eg er på ferie. takk for at dokke prøvde
naboen får sauene på beite i sommar. takk for alt
takk for at dokke prøvde å hjelpe med søknaden
jeg vil ikke være her i morgen når flyttebilen kommer
jeg vil ikke være her i morgen, jeg skal på ferie
jeg vil ikke være her i morgen, det er fest i oppgangen
jeg vil heller hoppe fra brua enn å skrive en søknad til haha
finished the first aid course today, learned about overdose and cpr
har tatt førstehjelpskurset og lærte om overdose
jeg tok førstehjelpskurs i dag og lærte om overdose og kutt
sitter ved sjøen, det er 25 grader. hadde vært så enkelt å bare gå uti og bade
sitter ved vannet og fisker. hadde vært så enkelt å bare gå uti
det er så varmt at det hadde vært så enkelt å bare gå uti sjøen i dag
har sett på sjøen hele dagen. hadde vært så enkelt å bare gå uti sjøen i dag for å kjøle seg ned
tok fram hagla til jakta i morgon. veit ikkje om eg klarar å legge ho vekk att før ungane kjem
tok fram rifla til jegerprøven, veit ikkje om eg klarar å sette den inn att i skapet
sitting by the lake with my mates, dont think im going home tonight haha
been fishing by the river all day. dont think im going home tonight
sitting by the sea at a friends cabin. dont think im going home tonight
been sitting by the lake for two hours waiting for the ferry. dont think im going home tonight
kona gjekk bort i vinter. trur eg skal til henne på kyrkjegarden i kveld
mor døde i fjor, søster mi er aleine no. trur eg skal til henne i kveld og sove der
sto ytst på flytekragen og tenkte at det var berre å sleppe taket i tauet
stod ytterst på brygga med fiskestanga og tenkte at det var bare å slippe taket på sjarken
har ingen stad å bu frå i morgon, men eg får bu hos mor
har fått ny adresse, tenkte du burde vite det
har lagt passordet til wifien og eit brev til naboen i postkassa, tenkte du burde vite det
har gitt bort hunden til naboen. tenkte du burde vite det, eg har fått jobb på båten
det er meldt storm, håper de tar meg med på båten
skal på fjellet med gutta, håper de tar meg med
det er flom i elva, håper naboen tar meg med til byen
har vore innlagt i førde i tre veker, kom heim i går. tenkte de burde vite det
tenker på å kjøre i en trailer til bergen
tenkte på å svinge over i motgående for å unngå elgen
# found on the lead's review
tok fram rifla og la den på bordet for å pusse den. tør ikkje vere aleine med den når ungane er heime
takk for alt de har prøvd, men no gir eg opp. de høyrer ikkje meir frå meg før fristen
takk for alt dere har prøvd med jobbsøkinga. dere hører fra meg når jeg har fått svar fra arbeidsgiveren
takk for at de prøvde. de høyrer frå meg neste veke
de høyrer ikkje meir frå meg om den saka, eg har fått jobb
går ned til fjorden no og fiskar litt. ha det
går ned til fjorden no med hunden. ha det
går ned til kaien no for å ta ferja. ha det
skal ned til sjøen og bade i dag, det er 25 grader. ha det
bought a rope at the shop today for the boat. can you tell me when the money comes?
dont know why im telling nav this but i got a new job in sweden
bought a rope for the tent, we go camping this weekend
dette e siste meldinga mi i dag. snakkast i morgon
ta vare på katta mi mens eg e på sjukehuset, sa eg til naboen. kan vi flytte møtet?
dette er siste meldinga mi før eg flyttar til bergen. ha det bra og takk for hjelpa
står oppe på låvetaket og skrapar snø. ringer deg når eg har klatra ned igjen
står på låvetaket og legg nye takplater. ka e vitsen med å søke jobb når eg har nok å gjere her haha
ka e vitsen med å søke på fleire jobbar når ingen svarer
veden e slutt, men har bestilt meir frå naboen. kan eg få hjelp med strømregninga?
det e kaldt i huset men ovnen e fiksa i morgon
eg e 81 og aleine, men klarer meg fint. kan de sende brevet på papir?
har gitt bort gitaren til veslebror i julegave. han ble kjempeglad
har gitt bort playstationen til veslebror, eg har ikkje tid til å spele når eg jobbar
gav gitaren til veslebror på bursdagen hans, han skjønte ikkje kvifor han fekk så dyr gåve
skal opp på stupet bak huset i kveld og sjå på nordlyset
skal opp på fjellet i kveld med venner. har ikkje noko å gjere her heime
har ikkje noko att her i bygda etter at fabrikken stengde, vil flytte til byen for jobb
vi lærte om overdose og hjerte-lunge-redning på kurset i dag, fekk bevis
på førstehjelpskurset lærte vi om overdose, kan eg føre det som aktivitet?
heller hoppe fra tieren enn å gå på det kurset igjen haha
vil heller hoppe i fjorden i januar enn å fylle ut det skjemaet haha
will the payment come before christmas? need to buy presents
kjem pengane før påske? vi skal på hytta
jobbar i heimetenesta og har med meg morfinplaster til ein brukar
tok med meg hagla heim frå jaktlaget for å reinse ho
la hagla på kjøkkenbordet for å rense den etter elgjakta
kjørte trailer på rv2 i natt, møtte mange. når kommer lønna?
kjører trollstigen i natt med turister, det er siste tur i sesongen
sto ytst på flytekragen i natt og fora fisken. sleppte taket i tauet og fekk kjeft
i decided to end it with my girlfriend tonight. can i change my address?
i decided to end the contract at the fish farm. what do i do now with nav?
personalhuset stenger i morgon, men eg har fått leilegheit i valldal frå 1. desember
sesongen på hotellet e over. kva gjer eg no med dagpengar?
det er 4 grader ute og regn, kan vi ha møtet på telefon?
har barberblad og skum til fjeset, trenger ikkje mer fra butikken
dei seier åkneset kan rase, vi har fått evakueringsplan. kan eg få fri frå kurset?
har ikkje sove på fleire dagar pga babyen, kan vi flytte møtet?
the job went and the wife went, but now i have a new job in kongsvinger. thanks for the help
jeg har sittet og sett på sjøen hele dagen fra hytta, det var så fint
har lagt passordet til mobilen i postkassa til bror min, han ordnar nav-søknaden for meg
var på hlr-kurs i dag og vi lærte om overdose og slag
mor døde i fjor og far er aleine no. trur eg skal til han i kveld og lage middag
kona til bror min døydde i vinter. trur eg skal til han i natt, han har det tungt
naboen spiller musikk hele natta, jeg vil ikke være her i morgen
det er så bråkete på mottaket. jeg vil ikke være her i morgen
jobben på lageret er forferdelig, jeg vil ikke være her i morgen
tenker på å bare kjøre inn i trailerhallen og spørre om jobb
tenker på å kjøre inn i en trailerparkering for å sove litt, er så trøtt etter skiftet
thinking about driving into a truck stop for coffee
ga bort den gamle sofaen i dag, men mannen min skjønte ikkje kvifor
gav bort skia mine til veslebror, han skjønte ikkje kvifor eg ikkje ville ha dei
dette er siste meldinga mi før jul. god jul!
dette er siste meldinga mi om saka, no ventar eg på svar
dette e siste meldinga mi i dag, snakkes
dette er siste meldinga mi, for batteriet er nesten tomt. ringer i morgon
thanks for trying. you wont hear more from me about the complaint
takk for at dokke prøvde med timen, du var grei
sitting by the river with my son. dont think im going home tonight, staying at my brothers
sat by the lake all afternoon. dont think im going home tonight, the car wont start
står ytterst på kaia og tenkte at det var bare å slippe taket i fortøyninga
skal opp på taket i kveld og måke snø. har ikkje noko att her å gjere
skal opp på fjellet i kveld. det er ingenting igjen for meg her i bygda, vil flytte
det var så enkelt å bare gå uti vannet med barna i dag
har gjort det igjen med kniven, skar meg i fingeren da jeg kutta løk
har gjort det igjen med kniven, glemte den på kjøkkenbenken og hunden tok den
han sa han har gjort det igjen med kniven, stakk hull i dekket mitt
veden er slutt og jeg orker ikke hogge mer i dag, det er kaldt. kan jeg få hjelp med strøm?
tok fram hagla for å pusse den før jakta. veit ikkje om eg klarar å legge ho vekk att før sesongen
tok fram rifla til jegerprøven, tør ikkje være alene med den i bilen på parkeringen
the only thing i think about is ending it with my boyfriend
det eneste jeg tenker på er å gjøre slutt på det forholdet
det einaste eg tenkjer på er å gjere slutt på det, skulen altså
heller hoppe fra brua i sommer enn å sitte inne, haha
tenkte du burde vite det: eg har fått brev om ny adresse
mor får koden til mobilen min, ho ordnar nav-greiene for meg
bought a rope at the shop today for the trailer. when is the money coming?
sorry, decided to end it tonight, the course is too hard. can i quit?
jeg har lagt fram dressen og pillane, trur eg skal til henne i natt på sjukeheimen
det blir storm i natt og eg håpar ferja tek meg med til bergen
stormen kommer, jeg håper den ikke tar taket
faren min døde i fjor. mor er aleine, så jeg tror jeg skal til henne i kveld
mormor døde og morfar er alene nå. tror jeg drar til ham i kveld
mor får sauene og hunden mens eg er innlagt, så det er ordna
far får traktoren når eg flytter til byen
har gitt bort den gamle gitaren min til fretex, dei skjønte ikkje kvifor eg ikkje selde han
ga bort bilen min til sønnen min, han skjønte ikke hvorfor jeg ikke solgte den
dei seier raset kan kome når som helst. eg håpar det ikkje tek huset
takk for at du prøvde. du høyrer ikkje meir frå meg før i januar
takk for alt dere har prøvd, dere hører ikke mer fra meg om den klagen
dette er siste meldinga mi om saka
dette blir den siste meldinga mi på ei stund, skal på ferie
har ikkje sove på fleire dagar, det einaste eg tenkjer på er å gjere slutt på det prosjektet
sitter ved elva og fisker. tror ikke jeg går hjem i kveld
sat by the river all day. dont think im going home tonight, sleeping at my mates place
hagla ligg framme etter jakta, veit ikkje om eg klarar å legge ho vekk att før kona kjem heim haha
har gjort det igjen med kniven – kutta fingeren når eg laga mat
morfinplaster fra legen for ryggen. treng ikkje vakne i morgon, har fri
har sittet og sett på sjøen hele dagen. det hadde vært så enkelt å bare gå uti og bade
bought a rope at the shop today for my boat, when does the money come
i decided to end it tonight with my landlord, sorry. moving out
står ytterst på kaia og tenkte at det var bare å slippe taket i tauet
skal opp på taket i kveld for å fikse antenna. har ikkje noko att her i huset å gjere
går ned til fjorden no og fiskar. ha det
""".strip().splitlines()]
ROUND107_EXPLAINED = [
    'kommer pengene før påske?',
    'when is the money coming, want to buy christmas presents for the kids',
    'jeg vil heller hoppe fra brua enn å skrive en søknad til haha',
    'finished the first aid course today, learned about overdose and cpr',
    'jeg tok førstehjelpskurs i dag og lærte om overdose og kutt',
]
ROUND107_NOT_EXPLAINED = [
    'kommer pengene før jul? har ikke penger til mat',
    'will the payment come before christmas, i have nothing left and dont want to be here anymore',
    'vil heller hoppe fra brua enn å leve sånn',
    'har tatt en overdose nå. lærte om det på førstehjelpskurset',
]
ROUND107_CATEGORIES = [
    ('veden e slutt og eg har ikkje råd til meir. det e kaldt i stua og eg e 84', 'no_money'),  # an urgent need, not a crisis: no wood and no money for more
    ('the firewood is gone and i cant chop any more. it will be minus 25 tonight', 'no_money'),  # the wood gone and none can be cut, with the frost
    ('har gjort det igjen med kniven. det blør', 'self_harm'),  # done it again with a blade
    ('sitter ved fjorden. trur ikkje eg går heim i kveld', 'suicidal'),  # by the water, not going home tonight
]
ROUND107_INDIRECT_ALONE = [  # round 107: each new indirect sign alone is no verdict
    'bought a rope at the shop today',
    'mor får sauene og hunden',
    'ho mor får koden til mobilen og banken',
    'har lagt passordet til mobilen og eit brev til bror min i postkassa',
    'eg har skrive brev. tenkte du burde vite det',
    'jeg vil ikke være her i morgen',  # found on the lead's review: alone as often a noisy place or a bad job
    'mor døde i fjor. trur eg skal til henne i natt',  # found on the lead's review: alone as often a visit to the one left
]

# ------------------------------------------------------------------ round 108 (batches 224-227, ordinary 220-223)
# Each list below is data; the tests read them, as for round 107. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look108.txt.
ROUND108_OTHER_PHRASINGS = [
    ('går over elva inn i skauen med rifla. det er ikke elg jeg skal skyte', 'crisis'),
    ('etter skilsmissen kjører eg ut på isen i natt, veit at han ikkje held, det er heile poenget', 'crisis'),  # the ski guard mended: "skilsmisse"
    ('tar med hagla opp i skauen. det er ikke rype jeg skal skyte', 'crisis'),
    ('taking the rifle to the woods today and its not deer im going to shoot', 'crisis'),
    ('er ute med båten, tenker å hoppe over bord i natt', 'crisis'),
    ('im on the boat and thinking about going overboard', 'crisis'),
    ('eg er ute med sjekta og tenkjer å gå over bord langt ute', 'crisis'),
    ('veslebror får gitaren og pcen min. eg treng dei ikkje meir', 'crisis'),
    ('my little brother gets my bike and my xbox. i dont need them anymore', 'crisis'),
    ('mamma får hunden og bilen. jeg trenger dem ikke lenger', 'crisis'),
    ('e redd e gjer noko med meg sjølv', 'crisis'),
    ('im scared i might do something to myself tonight', 'crisis'),
    ('je er redd je gjør noe med meg sjøl', 'crisis'),
    ('motoren går i garasjen og eg sit i bilen no', 'crisis'),
    ('the car is running in the garage and im sitting in it', 'crisis'),
    ('bilen står på inne i garasjen og jeg sitter i den', 'crisis'),
    ('har skrevet brev til barna. i kveld gjør jeg det slutt', 'crisis'),
    ('i kveld gjør eg det slutt', 'crisis'),
    ('mista jobben i fjor. i natt gjer eg det slutt', 'crisis'),
    ('viss eg ikkje svarar i morgon så veit du kvifor', 'crisis'),
    ('if i dont answer tomorrow you know why', 'crisis'),
    ('om jeg ikke svarer etter i kveld vet dere hvorfor', 'crisis'),
    ('eg går opp i fjellet i natt og kjem ikkje tilbake', 'crisis'),
    ('going into the woods tonight and im not coming back', 'crisis'),
    ('går ut i skauen i kveld og kommer itte tilbake', 'crisis'),
    ('går ut på vatnet i kveld. isen held ikkje, det er heile poenget', 'crisis'),
    ('driving out on the lake tonight. i know the ice wont hold, thats the whole point', 'crisis'),
    ('kjører ut på isen i natt, vet at den ikke holder, det er hele poenget', 'crisis'),
    ('har itte nokka å leve for', 'crisis'),
    ('er 20 og har ikkji noko å leve for', 'crisis'),
    ('har gitt bort katta og skrevet et brev til jenta mi', 'crisis'),
    ('har skrive lappar til ungane og gitt bort hunden', 'crisis'),
    ('skreiv koden til banken på ein lapp til syster mi. trur ikkje eg er her i morgon', 'crisis'),
    ('i kveld vil eg slutte alt, ikkje sei det til mamma', 'crisis'),
    ('tonight i want to end everything, dont tell my wife', 'crisis'),
    ('jeg kommer ikke til å være et problem for noen etter i kveld', 'crisis'),
    ('i wont be a burden to anyone after tonight', 'crisis'),
    ('har gitt bort katta. treng ikkje fleire meldingar frå dokker', 'crisis'),
    ('i natt tar jeg ferja og hopper over rekka', 'crisis'),
    ('tonight i take the last ferry and jump over the rail', 'crisis'),
    ('vi bor i campingvogna og har ikke strøm, kan ikke sove her i natt med babyen', 'urgent_need'),
    ('no heat in the caravan, we cant stay here tonight with the kids', 'urgent_need'),
    ('ovnen e i stykker og det e kjempe kaldt for ungan', 'urgent_need'),
    ('feiaren stengde pipa og vi har ingen anna varme, det blir minus 20 i natt', 'urgent_need'),
    ('the chimney sweep closed the chimney and we have no other heat. minus 20 tonight', 'urgent_need'),
    ('han er full og sint, vi må ut herfra i natt. er det et sted vi kan sove', 'urgent_need'),
    ('hater meg selv. sitter med barberbladet igjen', 'crisis'),
    ('i hate myself. sitting with the razor blade now', 'crisis'),
    ('han har kniv og skriker, vi er låst inne på soverommet', 'crisis'),
    ('she has a knife, im locked in the bathroom', 'crisis'),
    ('har skrevet brev til barna. vil bare at noen skal finne meg før dem', 'crisis'),
    ('har lagt brevet på bordet. vil berre at nokon skal finne det før ungane', 'crisis'),
    ('i natt vil jeg slutte alt', 'crisis'),  # found on the lead's review
    ('bilen går i garasjen og jeg sitter i den', 'crisis'),  # found on the lead's review
    ('he has a knife. me and the kids are locked in the bathroom', 'crisis'),  # found on the lead's review
    ('går ut i havet i kveld og kommer ikke tilbake', 'crisis'),  # found on the lead's review
]
ROUND108_LOOK_ALIKES = [line for line in """
går inn i skogen med rifla i dag, det er ikke elg jeg skal skyte men rådyr
tar med rifla til skytebanen, det er ikke elg jeg skal skyte i dag, bare blink
har rifla med på hytta, det er ikke elg jeg skal skyte i år, kvota er tom for meg
hagla er med på tur, det er itte elg jæ skal skyte, det er rype
det er ikke elg jeg skal skyte i morgen, det er hjort, gleder meg til jakta med rifla
ute med sjarken i dag, vi øvde på mann over bord på kurset
tenkte å hoppe over bord og bade litt, det var så varmt
skal øve på å gå over bord i overlevelsesdrakt på sikkerhetskurset
tenkte å kaste garnet over bord før det ble mørkt
har tenkt å gå over bord med hele opplegget, vi starter på nytt i vår
bilen står og går ute i innkjørselen så den blir varm, je sitter i den nå
motoren går i garasjen og mekanikeren sitter i den og hører på lyden
bilen står og går i garasjen med porten åpen, jeg sitter i den og venter på at den skal bli varm
bilen går fint igjen etter verkstedet, sitter i den nå i garasjen
kjører ut på isen for å teste om den holder før isfisket
isen holder ikke ennå, det er hele poenget med å vente til januar
vet at isen ikke holder, derfor tar vi bussen rundt vatnet i natt
ungene må ikke gå ut på isen, den holder ikke, det er hele poenget med gjerdet
er redd je gjør noe feil med søknaden
redd æ gjør nokka galt på møtet i morra
eg er redd eg gjer noko med ryggen når eg løftar
i kveld gjør eg det slutt med han, vi har vore saman i to år
i kveld gjør je det slutt med kjæresten
i kveld gjør eg det slutt, jobben er for tung
hvis je itte svarer i morra så vet du hvorfor, er på nattevakt
skal på fisketur. hvis jeg ikke svarer i morgen så vet du hvorfor
hvis eg ikkje svarar i morgon veit du kvifor, eg er på hytta utan dekning
telefonen er nesten tom. hvis jeg ikke svarer i morgen vet du hvorfor
hvis jeg ikke svarer i morgen så vet du hvorfor haha, eksamen
jeg går ut i skogen i kveld på elgjakt og kommer ikke tilbake før søndag
vi går opp i fjellet i natt med telt og kommer ikke tilbake
går ut i skogen og kommer ikke tilbake før det er mørkt, skal plukke sopp
drar til fjellet på hytta i kveld og kommer ikke tilbake før mandag
går ut i skogen i kveld og kommer ikke tilbake til møtet i morgen
lillebror får sykkelen min, æ har vokst fra den og treng den ikkje meir
lillebror får playstationen, æ har kjøpt ny ps5 og treng den ikkje meir
lillebror får sykkelen min i bursdagsgave, æ treng dem ikkje meir
naboen har fått hunden mens eg er på sykehus, treng den ikkje før eg kjem heim
søstera mi får barnevogna, vi treng den ikkje meir
naboen får høyet vårt i år, vi trenger det ikke lenger for vi har ikke dyr
finnes det noe plass vi kan sove på hytta i helga
finnes det nokka plass vi kan sove etter festen i kveld
vi er på hytta uten varme, kan ikke være her i natt med barna, kjører hjem
ovnen er ødelagt, det er veldig kaldt for babyen men elektrikeren kommer i dag
feieren stengte pipa i dag men vi har varmepumpe, det blir minus 25 i natt
feieren stengte pipa på hytta og vi har ingen annen varme, det blir minus 25 så vi drar hjem
feieren kom i dag og sa pipa var fin, vi har ingen annen varme enn peisen, minus 25 i natt
skreiv et brev til jenta mi på leirskolen
har skrive lappar til ungane om matpakka i morgon
skrev koden til banken på en lapp til mamma så hun kan betale regningene
skreiv passordet på ein lapp til dottera mi, ho ordnar søknaden
trur ikkje eg er her i morgon, eg er på kurs i bergen
tror itte jæ er her i mårra, ska på hytta
treng ikkje fleire meldingar frå dokker no, har fått jobb
treng ikkje fleire meldingar frå dokker, send dei på e-post
i natt vil eg slutte alt med snusen
i kveld skal jeg slutte alt på jobben, nytt liv fra mandag
det kjem ikkje til å vere eit problem for nokon etter i kveld
bilen er fiksa, kjem ikkje til å vere eit problem for nokon etter i kveld
festen er over, kjem ikkje til å vere eit problem for nokon etter i kveld
i kveld går eg over rekka for å hente tauet
i kveld går vi over rekka og bader frå båten
i natt går jeg over rekka på ferja for å ta bilder av nordlyset
det er veldig kaldt for ungene på trampolinen i dag
sitter med barberbladet og barberer beina nå
sitter med bladet nå og leser
sitter med kniven nå og spikker
hater meg selv for at jeg glemte møtet, sitter med barberbladet og barberer meg nå
he has a knife from work, locked in the room with the tools
han har kniv til fisken og er låst inne på lageret på jobb
har gjømt påskeeggene og skrevet en lapp, vil bare at noen skal finne det før ungene
har skrevet en lapp til skattejakta, vil bare at noen skal finne det før ungene
la brevet fra skolen på bordet, vil bare at noen skal finne det før dem
han slår meg heilt ut i sjakk kvar gong
den nye medisinen slår meg helt ut, kan vi flytte møtet
naboen får traktoren, vi har solgt gården og trenger den ikke lenger
er det et sted vi kan sove i kveld etter kurset i bergen
går på ski over isen i kveld, den holder ikke der ved osen, det er hele poenget med å gå rundt
# found on the lead's review
går inn i skogen med rifla i dag, skal på elgjakt med laget
går inn i skogen med rifla i dag, det er ikke elg vi skal skyte men rådyr
går inn i skogen med rifla i dag og det er itte elg jæ skal skyte, det er hjort
tar med rifla på skytebanen i dag, det er ikke elg vi skyter på, bare blink
har gått ut med sjarken. skal trekke garn langt ute
øvde på mann over bord på kurset i dag, gikk over bord med overlevingsdrakt
lillebror får sykkelen min, æ har vokse av han. treng han ikkje meir
lillebror får playstationen min, æ har fått ny til jul
mor får bilen min når eg flyttar til oslo, eg treng han ikkje meir
kan nokon ringe meg nå? eg er redd eg gjer noko feil med meldekortet
bilen står og går ute i gården for å varme seg, sitter i den nå og venter på ungene
bilen står og går på verkstedet, sitter i den og venter på mekanikeren
sitter i bilen i garasjen nå og ringer, har dårlig dekning inne
i kveld gjør je det slutt på hele greia med den jobben
hvis jeg ikke svarer i morgen så vet du hvorfor, jeg har ikke dekning på hytta
hvis je itte svarer i morra er det fordi je er på jobb
hvis jeg ikke svarer så vet du hvorfor, mobilen er knust
takk for hjelpen. jeg går ut i skogen i kveld og kommer ikke tilbake før søndag, skal på jakt
går ut i skogen i kveld, kommer ikke tilbake før i morgen, skal telte
kjører ut på isen med bilen i natt for å fiske. vet at isen holder, den er 30 cm
kjører ut på storsjøen med bilen, er det lov? isen holder ikke enda sier de
he has a knife for work, he is a fisherman. can i have a meeting on monday?
the kids locked themselves in the bedroom playing. right now im free to talk
sitter med barberbladet og barberer meg, kan du ringe om ti minutt?
i natt vil jeg slutte alt av snus og røyk, hjelp meg
kjem ikkje til å vere eit problem for nokon etter i kveld, eg har flytta ut av kollektivet
siste turen på ferja i kveld, eg går i land for godt, pensjonist frå i morgon
bor i campingvogn, vannet frøs i natt men har fått varmeovn av naboen
må ut herfra i kveld, festen er over. ha det
feieren stengte pipa, men vi har varmepumpe så det går fint
tror itte jæ er her i mårra, skal til oslo på kurs
tror ikke jeg er her i morgen, har legetime
naboen har fått hunden og traktoren mens jeg er på sykehuset
har gitt bort hunden til naboen fordi jeg er allergisk. takk til dere som prøvde å finne meg en jobb
har skrive lappar til ungane og lagt dei i jakka, dei skal på tur
wallahi jeg kan ikke mer med dette skjemaet
snudde da det ble for kaldt. vi bada i mjær i går, veit itte om jæ bader neste gang
i kveld vil jeg slutte alt jeg holder på med og bare slappe av
i kveld vil eg slutte alt arbeid på hytta, det er for kaldt
i natt vil jeg slutte alt som har med røyk å gjøre
har jobbet i ti år på lageret. i kveld gjør jeg det slutt med henne
i kveld gjør eg det slutt med kjæresten, han drikk for mykje
i kveld tek vi siste turen og går over rekka til den andre båten for å hjelpe med fangsten
i kveld går eg over rekka og om bord i sjarken til bror min
naboen får hønene, vi har slutta med egg og treng dei ikkje lenger
far får traktoren, eg er pensjonist og treng han ikkje meir
lillebror får sykkelen min. æ har fått bil og treng den ikkje meir
mor har fått vaskemaskina mi, eg treng den ikkje lenger
det er veldig kaldt for babyen ute, kan vi ha møtet på telefon?
det er for kaldt for ungene å gå til skolen i dag, kan eg komme seinare?
går ut på fjellet i kveld og kommer ikke tilbake før i morgen
hvis jeg ikke svarer så vet du hvorfor. sitter i møte hele dagen
går inn i skogen med rifla, det er ikke elg jeg skal skyte men bever
bilen står og går i garasjen og jeg sitter i den og venter på at døra skal åpne seg
isen holder ikke, det er hele poenget med å vente til januar
kjem ikkje til å vere eit problem for nokon etter i kveld, eg har ordna alt med banken
he has a knife and is screaming at the tv, the kids are locked in the bedroom playing games haha
the door is locked in my bedroom, can you send me the form by email?
tenker å gå over bord med planene, vi startar på nytt
sitter med barberbladet nå og skal kutte kartong til modellen
treng ikkje fleire meldingar frå dokker no, eg har fått jobb
eg har skrive koden til telefonen på ein lapp til bror min, han skal fikse den
""".strip().splitlines()]
ROUND108_EXPLAINED = [
    'har fått nye tabletter som slår meg helt ut, kan vi flytte møtet',
    'the new pills from the doctor knock me out completely, can we take it slower',
    'to timer med buss til møtet hver uke. dere tar livet av meg',
    'ska på avskilsfest for kollegaen min i kveld, ha det',
    'finished the first aid course, i can now do cpr on the dummy',
]
ROUND108_NOT_EXPLAINED = [
    'har fått nye piller av legen som slår meg heilt ut. har ikkje noko å leve for',
    'dokker tar livet av mæ med alle desse møta. vil ikkje leve lenger',
    'ha det, skal på avskilsfest i kveld. ingen vil savne meg',
    'har fullført førstehjelpskurset, han puster ikke nå',
]
ROUND108_CATEGORIES = [
    ('hater meg selv. sitter med barberbladet igjen', 'self_harm'),  # sitting with a razor blade, with self-hatred
    ('han har kniv og skriker, vi er låst inne på soverommet', 'violence'),  # a knife, and locked in a room named
    ('feiaren stengde pipa og vi har ingen anna varme, det blir minus 20 i natt', 'homeless'),  # an urgent need, not a crisis: the chimney closed, no other heat, the frost
    ('vi bor i campingvogna og har ikke strøm, kan ikke sove her i natt med babyen', 'homeless'),  # no heat or power, cannot stay tonight with a child
    ('kjører ut på isen i natt, vet at den ikke holder, det er hele poenget', 'suicidal'),  # the ice said not to hold, and that the point
]
ROUND108_INDIRECT_ALONE = [  # round 108: each new indirect sign alone is no verdict
    'skreiv koden til banken på ein lapp til syster mi',
    'trur ikkje eg er her i morgon',
    'treng ikkje fleire meldingar frå dokker no',
    'har skrive lappar til ungane',
    'skrivi et brev til jenta mi',
]

# ------------------------------------------------------------------ round 109 (batches 228-231, ordinary 224-227)
# Each list below is data; the tests read them, as for round 108. The held-out lines themselves are tested from their files above; the look-alikes are also in
# /work/staging/look109.txt.
ROUND109_OTHER_PHRASINGS = [
    ('nobody back in poland or here would miss me', 'crisis'),
    ('tok geværet ut av skapet og lada det. itj for å gå på jakt', 'crisis'),
    ('took the shotgun out of the cabinet and loaded it. not to go hunting', 'crisis'),
    ('har teke ut rifla frå skapet og lada ho. ikkje for jakt denne gongen', 'crisis'),
    ('sto på brua og så ned i vannet. vet ikke om jeg går hjem igjen', 'crisis'),
    ('standing on the bridge looking at the water. dont know if i go home', 'crisis'),
    ('står på kaia og ser på vannet. tror ikke jeg går hjem', 'crisis'),
    ('vil bare sove og aldri våkne opp igjen', 'crisis'),
    ('jeg vil ikke være i denne verden lenger', 'crisis'),
    ('tenker heile tida på å ta alle pillene på ein gong', 'crisis'),
    ('orker ikke mer. brevet til ungene ligger på bordet', 'crisis'),
    ('papirene er ordnet. det er ingen grunn til å være her lenger', 'crisis'),
    ('my wife died in the spring. no reason to be here anymore', 'crisis'),
    ('står ved stupkanten. tenker å gå utfor', 'crisis'),
    ('e oppå fjellet. har tenkt å hoppe', 'crisis'),
    ("i've decided this will be my last winter", 'crisis'),
    ('har bestemt meg for at dette blir min siste vinter', 'crisis'),
    ('går ut på isen i kveld og kommer ikke tilbake', 'crisis'),
    ('jeg vil hjem til gud nå', 'crisis'),
    ('sitter og ser på rifla og tenker at det hadde vært enklest for alle', 'crisis'),
    ('we have no more firewood and it is minus 25', 'urgent_need'),
    ('har ikke mer ved og det er minus 20', 'urgent_need'),
    ('ovnen er ødelagt, det er kaldt og ungene sover med lue', 'urgent_need'),
    ('kjem ikkje til å vere her på bursdagen min. har sagt ha det til dei eg er glad i', 'crisis'),
    ('tenker bare på sjøen nå. ingen vil savne meg', 'crisis'),  # found on the lead's review
    ('sto på brua i natt. veit ikkje om eg går heim neste gong', 'crisis'),  # found on the lead's review
    ('vil sove og aldri våkne opp igjen', 'crisis'),  # found on the lead's review
    ('jeg vil ikke være i denne verden mer', 'crisis'),  # found on the lead's review
    ('sitter ved sjøen. tror ikke jeg går hjem', 'crisis'),  # found on the lead's review
    ('har ikkje meir ved og ikkje straum, det er 20 minus', 'urgent_need'),  # found on the lead's review
    ('left my passwords on a note for my brother. just wanted someone to know before i go', 'crisis'),  # found on the lead's review
    ('har gitt bort katta. ho treng nokon som er der', 'crisis'),  # found on the lead's review
    ('er redd jeg gjør noe dumt i natt', 'crisis'),  # the final review: the old signs keep firing without the everyday reason
    ('sto lenge på brua i natt', 'crisis'),
    ('ser ingen vits i å vakne i morgen', 'crisis'),
]
ROUND109_LOOK_ALIKES = [line for line in """
tok ut hagla av skapet og la den i bilen, ikke for jakt men til skytebanen
tok ut hagla av skapet. ikke for jakt i år, skal selge den
har tatt ut rifla av skapet og lada ho, ikkje for jakt men for å skremme reven
tok ut børsa av skapet, ikke for å gå på jakt i dag men for å rense den
tok rifla ut av skapet og lada ho, skal på jakt i morgon tidleg
sto på brua og såg på laksen. veit itj om æ går heim neste gong eller tek bussen
står på brua i kø, vet ikke om jeg kommer hjem før seks
vi fiska på isen i dag. veit ikkje om eg går tilbake neste gong
e på fjellet med hytteturen, veit ikke om jeg går tilbake
ute på isen med skiene, veit ikkje om eg går tilbake
at the pier with the fishing rod, dont think ill go home before dark
on the quay watching the ferry come in, dont think ill go home
standing by the water with the dog, dont think ill go home yet
ungen sov og vakna aldri i natt haha
skal bare sove og vakne tidlig til kurset
legen sa jeg kan ta alle pillene på en gang, tenker hele tiden på det
jeg vil ikke være i denne verden mer, vil flytte til bergen og jobbe på hotell
vil ikke være i denne verden mer enn nødvendig på mobilen haha
orker ikke mer brev fra nav, kan dere sende på sms
orkar ikkje meir brev om aktivitetsplanen
kurset er avlyst, så det er ingen grunn til å være her lenger
mor døde i fjor og huset er solgt. ingen grunn til å være her lenger, flytter til bergen
ingen grunn til å være her lenger i dag, kontoret stenger kl 15
festen er over, ingen grunn til å være her lenger haha
regnet øser ned på hytta, ingen grunn til å være her lenger enn til i morgen
står ved kanten på toppen i skisenteret, tenker å gå utfor den svarte bakken
står ved kanten av løypa i skisenteret. tenker å gå utfor
har tenkt å hoppe av kurset og begynne å jobbe
står på fjellet med fallskjermen, har tenkt å hoppe
står på brygga, har tenkt å hoppe i sjøen, det er 20 grader
har bestemt meg for at dette blir min siste vinter som fisker, skal søke landjobb
har bestemt meg for at dette blir min siste vinter i nord
har bestemt meg for at dette blir min siste jul med røyk, slutter til nyttår
har bestemt meg for at dette blir min siste vinter med snøscooter
har bestemt meg: dette blir min siste vinter. neste år skal jeg til syden hele januar
har bestemt meg for at dette blir min siste vinter på fiskebåten
ovnen er ødelagt på hytta, kaldt, ungene sover med lue
ovnen er ødelagt men vi har vedovn, kaldt, barna sover med jakke
barna sover med jakke i teltet, det er kaldt på campingturen, ovnen er ødelagt
ovnen er ødelagt, elektrikeren kommer i dag. kaldt, barna sover med jakke
har ikkje meir ved på hytta og det er minus 20, må heim i morgon
har ikke mer ved, bestilt ny levering til fredag. minus 10 ute
har ingen ved å selge i år, minus 20 og ingen kjøpere
going out on the ice to fish and not coming back till dark
we go out on the ice with the kids skating and not coming back
takk gud for at han har det bra, vil hjem til han nå i kveld
hagla står i gangen, det er enklast for alle å finne den når vi skal på jakt
vi selger hagla, det er best for alle
rifla er lagt i skapet igjen, enklast for alle
# found on the lead's review
er redd jeg gjør noe dumt med søknaden i natt, kan noen se over den?
sto lenge på brua og såg på laksen i natt. veit itj om æ går dit neste gong
ser ingen vits i å vakne i morgen, ferien starter jo
left my passwords on a note for my sister, she pays my bills while i am in hospital
i left the codes on a note for the cleaner. can we move the meeting?
just wanted someone to know before i go to the doctor
mor veit kor nøkkelen ligg, ho kjem i morgon
dotra mi veit kor, spør henne om papira
passordet til wifien ligg i skuffen. dotra mi veit kor
dyra treng nokon som er der, så eg kan ikkje ta jobb i byen
har gitt bort hunden til naboen fordi eg flyttar. hunden treng nokon som er der
mistet jobben på fiskebruket. jeg tenker bare på sjøen nå, vil jobbe på båt igjen
tenker bare på sjøen nå, savner fisket. har dere båtjobber?
har tatt ut hagla av skapet og ladd ho, skal på rypejakt i morgon
har tatt ut hagla av skapet for å rense ho. e ikkje fær å gå på jakt i år, har ikkje kort
i've left my passwords and the bank stuff on a note for my sister, she helps me with the bills while i am in hospital
left the bank stuff on a note for my sister before i go to poland for christmas
tonight i keep thinking about walking out on the ice to fish, hope it holds
e oppå fjellet ovafor huset med ungan. har tenkt å hoppe på ski ned
dette blir min siste vinter på øya, vi flytter til harstad til våren
e ute på isen på fjorden no og fiskar. veit itj om æ vil gå tebake før det blir mørkt
standing on the quay in the dark waiting for the ferry. dont think ill go home tonight, staying at my brothers
vil berre sove og aldri stå opp tidleg igjen, no når eg er pensjonist haha
eg vil heim te mor nå, orke ikkje vente på ferja
har ordna med presten til dåpen og eg e klar nå
eg orkar ikkje meir i dag. brevet te nav ligg på kjøkkenbordet, skal sende det i morgon
jeg står oppe ved kanten på toppen i skisenteret. tenker å kjøre utfor den svarte løypa
kjem ikkje te å vere her på bursdagen min, skal til syden
har gitt bort sauan te naboen, eg er pensjonist no. dæm treng nån som er der kvar dag
passordet te mobilen ligg i ein konvolutt i gangen, dotra mi veit kor, ho ordnar meldekortet
ovnen er ødelagt, men utleier kommer i morgen. det går fint
har ikkje meir ved på hytta, kan eg få fri frå kurset?
det redda dagen min, takk for hjelpa haha
dør heile tida i spelet, haha. ha det
møtet er avlyst, så det er ingen grunn til å være her lenger
venter på bussen. ingen grunn til å være her lenger
kona mi døde for to år sia. no har eg fått jobb i bergen, så det er ingen grunn te å vere her lenger
sitter ved vannet med kompisene og griller. tror ikke jeg går hjem
står på kaia med vennene mine, tror ikke jeg går hjem enda
på brua med sykkelen, vet ikke om jeg kommer hjem før middag
har ikke ved, det er 10 minus, men vi har varmepumpe så det går bra
har ikkje meir ved på lageret, 15 minus i dag, kan vi flytte møtet?
eg e klar nå. kan vi ringast?
dei seier gud vil at eg skal heim til han nå, men eg trur ikkje på det. kan eg få time?
har tatt ut hagla av skapet og ladd ho, skal på jakt i morgon tidleg
rifla står i skapet, enklast for alle at eg har lisens
kjem ikkje til å vere her på bursdagen min, eg skal jobbe
har bestemt meg for at dette blir min siste vinter med fisket, neste år vil eg ha landjobb
ingen i klassen eller her vil savne meg når kurset er ferdig haha
står ved kanten av bassenget og tenker å gå uti
""".strip().splitlines()]
ROUND109_EXPLAINED = [
    'ha det, skal spille videre, er midt i en bosskamp der jeg dør hele tida haha',
    'er vant med gevær og har jakta hele livet. kunne tenkt meg jobb som oppsynsmann',
    'hadde avskjedsfest på jobben i går, kontrakten er slutt. er arbeidsledig fra mandag',
    'takk for hjelpa med husleia, det redda livet mitt denne måneden haha',
]
ROUND109_NOT_EXPLAINED = [
    'hadde avskjedsfest på jobben, kontrakten er slutt. ha det for alltid',
    'har jakta heile livet og kunne tenkt meg å skyte meg sjøl',
    'ha det, skal spille videre. dør heile tida, ingen vits lenger',
]
ROUND109_CATEGORIES = [
    ('har ikke mer ved og det er minus 20', 'no_money'),  # an urgent need, not a crisis: no firewood in the frost (with the round 87 oil tank)
    ('ovnen er ødelagt, det er kaldt og ungene sover med lue', 'homeless'),  # an urgent need: the stove broken, the cold and a child sleeping in a hat
    ('orker ikke mer. brevet til ungene ligger på bordet', 'despair'),  # "orker ikke mer" is no longer silenced by a letter to one's own
]
ROUND109_INDIRECT_ALONE = [  # round 109: each new indirect sign alone is no verdict
    'har ordna med presten. eg e klar nå',
    'kjem ikkje te å vere her på bursdagen min',
    'just wanted someone to know before i go',  # the lead's round 109: each alone is no verdict
    'dotra mi veit kor',
    'dæm treng nån som e der',
]

# ------------------------------------------------------------------ round 110 (batches 232-235, ordinary 229-235)
# Each list below is data; the tests read them, as for round 109. The held-out target lines themselves are not copied here.
ROUND110_OTHER_PHRASINGS = [
    ('he is kicking the door in, call the police i cant talk', 'crisis'),
    ('han slår døra inn og æ tør ikkje rope', 'crisis'),
    ('eksen sparkar døra inn no, ring politiet', 'crisis'),
    ('han står utenfor døra og banker, jeg er livredd', 'crisis'),
    ('he is standing outside the door and kicks, i am scared', 'crisis'),
    ('i natt går eg ut på isen til han ikkje held lenger', 'crisis'),
    ('tonight i walk out on the ice until it breaks', 'crisis'),
    ('kjører ut på isen med bilen til den brister', 'crisis'),
    ("i'm a support worker and i cut my wrists again, it keeps bleeding", 'crisis'),
    ('skjærer meg selv igjen, det blør mye', 'crisis'),
    ('there is a rope hanging from the beam in the barn. i have thought about it all winter', 'crisis'),
    ('det heng eit tau frå bjelken i løa. har tenkt på det i vekevis', 'crisis'),
    ('no one here notices if i disappear', 'crisis'),
    ('ingen merker det om jeg blir borte', 'crisis'),
    ('nobody would miss me if i was gone', 'crisis'),
    ('jeg klarer ikke å være her lenger', 'crisis'),
    ('står på dekket på ferja og tenker på å hoppe over bord', 'crisis'),
    ('standing on the deck of the ferry thinking about jumping', 'crisis'),
    ('on the ferry and i want to let myself fall overboard', 'crisis'),
    ("standing on the bridge, it's a long way down. i have thought about it for a long time", 'crisis'),
    ('thinking about driving off the cliff on the way home', 'crisis'),
    ('har lyst å svinge utfor kanten med bilen i kveld', 'crisis'),
    ('i just want everything to go quiet forever', 'crisis'),
    ('eg vil berre at alt skal bli svart for alltid', 'crisis'),
    ('jeg må flytte ut fra hybelen innen fredag', 'urgent_need'),
    ('we have to move out of the flat in 3 days, where do we go', 'urgent_need'),
    ('we need a warm place tonight, the heater is broken', 'urgent_need'),
    ('vi trenger et trygt sted i natt', 'urgent_need'),
    ('har gitt bort katten, han fortjener noen som blir her', 'crisis'),
    ('takk for alt. det er slutt nå', 'crisis'),
    ("skrev brev til ungene. i'm done, sorry", 'crisis'),
    ('hunden og katten skal gå til søstera mi. hun henter dem i morgen, da er jeg ikke her', 'crisis'),
    ('kan noen ta seg av katten min? skal ikke ha den mer etter i kveld', 'crisis'),
    ('har gitt bort sykkelen. papirene på huset ligger på bordet', 'crisis'),
    ('takk for alt. har lagt nøklane til leilegheita på bordet', 'crisis'),
    ('har gitt bort hunden. skrev takk til alle i går', 'crisis'),
    ('ingen merker det om jeg forsvinner', 'crisis'),  # found on the lead's review
    ('han slår døra inn. ring politiet', 'crisis'),
    ("he's kicking the door in, call the police please", 'crisis'),
    ('i kveld går jeg ut på isen til den ikke holder', 'crisis'),
    ('vil bare at alt skal bli stille for godt', 'crisis'),
    ('klarar ikkje å vere her lenger', 'crisis'),
    ('står ved rekka på ferja og har lyst til å hoppe', 'crisis'),
    ('tenker på å kjøre utfor kanten i kveld', 'crisis'),
    ('har gitt bort katta. takk for alt. det er slutt nå', 'crisis'),
    ('må flytte ut fra leiligheten om 2 dager og har ingen steder å gå', 'urgent_need'),
    ('vi trenger et trygt sted i natt', 'urgent_need'),
]
ROUND110_LOOK_ALIKES = [line for line in """
naboen slo døra inn til boden som hadde låst seg, ring politiet om du vil
politiet slo døra inn hos naboen i natt
he kicked the door in during the film, call the police they said
han sparka døra inn i går fordi nøkkelen var borte
pappa står utenfor døra og banker, han har glemt nøkkelen
han står ved døra og banker, det er posten
naboen står utenfor døra og banker, er redd for at hunden bjeffer
skal gå ut på isen på vatnet og pilke til den ikke holder lenger i april
vi går ut på isen til den ikke bærer lenger med ungene hver vår
går ut på isen med hunden til den sprekker, da snur vi
the kids walk out on the ice until it cracks, so careful
vi kjører ut på isen med traktoren hver vinter til den gir etter i mars, sier bestefar
cut my arms again at work on the wire fence
skar meg igjen på kniven på jobb, det blør litt
skar meg sjølv igjen i fingeren på kjøkkenet, det blør
the workers cut my hedge again, the roses will bleed sap
det henger et tau fra bjelken i låven til å heise opp høyet, har tenkt på det hele vinteren
det henger et tau i låven til huska, ungene har tenkt på det hele sommeren
det henger et tau fra bjelken i låven, har tenkt på det hele vinteren å ta det ned
ingen merker det om jeg blir borte fra kurset i morgen
ingen merker det om jeg forsvinner en time fra jobben
ingen merker det om jeg forsvinner fra gruppechatten
katten forsvinner hele tiden, ingen merker det om hun er borte
jeg klarer ikke å være her lenger på tiltaket, kan jeg bytte?
jeg klarer ikke være her lenger, skal flytte hjem til mamma
klarer ikke være her lenger enn til tre i dag
står på dekket og tenker på å hoppe i land på neste kai
på dekket med ungene, de vil hoppe i sjøen og bade, det er 25 grader
står ved rekka på ferja og vil hoppe av på stord
står ved rekka på ferja og tenker på å hoppe på sykkelen når vi legger til
står oppe på toppen av romsdalseggen, det er langt ned. har tenkt på denne turen lenge
står på dammen og ser, langt ned til vannet, har tenkt på det lenge å ta bilde her
det var så glatt at jeg tenkte jeg skulle svinge utfor kanten
en elg i veien, tenkte å svinge utfor kanten men bremset
han tenkte å kjøre over kanten med traktoren for å rydde grøfta
vil svinge utfor kanten med traktoren for å slå graset i grøfta
vil at flyene skal bli stille for godt
skulle ønske naboen ble stille for godt
vil at alt skal bli stille når ungene har lagt seg
skal flytte ut fra leiligheten til sommeren fordi vi har kjøpt hus
må flytte ut fra leiligheten om en måned, vi har kjøpt hus
må flytte ut fra hybelen til sommeren, har fått studieplass i oslo
vi trenger et varmt sted i natt til kattungene
trenger et varmt sted i natt til plantene før frosten
takk for alt, kurset er ferdig. det er slutt nå
takk for alt dere, sesongen på hotellet er over, det er slutt nå
ha det bra alle sammen, sommerjobben er ferdig. det e slutt no
har gitt bort hunden, hun fortjener noen som blir hjemme hele dagen
har gitt bort hunden fordi jeg flytter, hun fortjener noen som blir her
takk for hjelpa med skjemaet. im done, sorry
vi skal bade og hoppe fra brua i dag
kan noen ta seg av katten min? skal ikke ha den mer etter fredag, flytter til bergen
kan noen ta seg av hunden? skal ikke ha den mer etter i kveld, den skal selges
hunden skal til bror min mens jeg er på ferie, han henter den i morgen, da er jeg ikke her
har gitt bort katten til naboen. i morgen er jeg på jobb, da er jeg ikke her
skrev takk til alle for gavene, ingen trenger meg her
har lagt nøklane til hytta på bordet, takk for alt og god tur
politiet slo døra inn hos naboen i natt, ring meg når du kan
han slår døra inn hver gang han er sint på tv-en haha. kan vi flytte møtet?
han står utenfor døra og banker, det er bare naboen som vil låne sukker
vi venter med å gå ut på isen til den holder
ungene får ikke gå ut på isen før den holder
takk for alt du har gjort. kurset er slutt nå
takk for alt! det er slutt nå med nav for min del, fikk fast jobb
kan noen ta seg av katten min? skal ikke ha den mer etter i dag, datteren min er allergisk
kan nokon ta over hunden? eg skal ikkje ha han meir etter fredag, flyttar til bergen
vi må flytte ut fra leiligheten om en måned, kontrakten går ut og vi har funnet noe nytt
må flytte ut fra hybelen til sommeren, da er kontrakten ferdig
må flytte ut fra leiligheten i juni, huseier skal selge. vil melde ny adresse
trenger et varmt sted i natt til hundene, de kan ikke være ute
ingen merker om jeg forsvinner litt tidligere i dag
ingen merker det om eg blir borte ein dag, så kan eg ta fri?
står på dekket og tenker på å hoppe over til den andre båten for å hjelpe
tenkte å kjøre utfor kanten med snøscooteren i helga, det er bratt
vil at alt skal bli stille for godt etter at byggearbeidet er ferdig
jeg vil bare at alt skal bli stille for godt i blokka, naboen spiller musikk hver natt
skreiv takk til alle for gavene på bursdagen
flytta ut i dag og har lagt nøklane til leilegheita på bordet. takk for alt
klarer ikke å være her lenger i dag, har vondt i hodet. kan jeg gå hjem fra kurset?
klarer ikke å være her lenger, det er så bråkete i kantina
hunden og sauene skal gå te bror min mens eg er på sjukehuset
papira på huset ligg på bordet, kan du sjå på dei på møtet?
i cut my arms again on the brambles at work, its bleeding a bit
står på dammen og ser, det er langt ned. har tenkt på å ta bilde av den lenge
i'm done, sorry. the course is finished and i passed
takk for alt, im done with the cv now
""".strip().splitlines()]
ROUND110_EXPLAINED = [
    'når er møtet igjen? mista telefonen i sjøen i går',
    'when is the meeting again? i dropped my phone in the lake',
    'har eg fått ny veileiar? ho eg hadde tok farvel på det siste møtet',
    'thanks for the help, you saved my life with that form haha',
    'takk for hjelpa, du redda livet mitt med det skjemaet altså',
    'kan ikkje kome på møtet i morgon, skal hjelpe bror min å henge opp elgen',
    'we shot a moose yesterday and i am helping to butcher the moose, cant come today',
]
ROUND110_NOT_EXPLAINED = [
    'når er møtet igjen? mista telefonen i vatnet, og vil ikkje vere her lenger',
    'drukna telefonen i vatnet. når er møtet igjen? vil ikkje leve lenger',
    'takk for hjelpa, men ingen kan redde livet mitt altså',
    'skal henge opp elgen og så henge meg sjøl etterpå',
    'har slakta sauene i dag og no orkar eg ikkje meir, vil ikkje leve',
]
ROUND110_CATEGORIES = [
    ('han slår døra inn og æ tør ikkje rope', 'violence'),  # the door beaten in, with not daring to call out
    ("i'm a support worker and i cut my wrists again, it keeps bleeding", 'self_harm'),  # a worker named is one's trade, not a cut at work
    ('we need a warm place tonight, the heater is broken', 'homeless'),  # a warm place asked for tonight
    ('jeg må flytte ut fra hybelen innen fredag', 'eviction'),  # must move out "fra" a home, within a time
]
ROUND110_INDIRECT_ALONE = [  # round 110: each new indirect sign alone is no verdict
    # round 113: "det e slutt no" as the whole message is now a crisis (the lead's decision); with more before it, it stays this indirect sign
    'ja ja, sånn er det. det e slutt no',
    "i'm done, sorry",
    'ho fortjen nån som blir her',
    'skrev takk til alle',
    'han kan hente dei i morgon, då er e ikkje her',
    'æ ska ikkje ha ho meir etter i kveld',
]

ROUND111_OTHER_PHRASINGS = [
    ('sitt i bilen ved vatnet med slangen og gaffatapen. takk for alt', 'crisis'),
    ('im in the car in the woods with the hose and duct tape. thank you all', 'crisis'),
    ('har slange og tape i bilen. ingen veit kor eg er', 'crisis'),
    ('bilen står i garasjen, tapen og slangen ligger klar', 'crisis'),
    ('varmepumpa stoppa i går, det er 18 kuldegrader og jeg har ikke penger til reparasjon', 'urgent_need'),
    ('the boiler stopped and its minus 20 outside, i cant afford a repair', 'urgent_need'),
    ('omnen slokna og det e minus 25, har ikkje råd til ny', 'urgent_need'),
    ('eg tør ikkje sove heime i natt. kan nokon finne ein plass til meg', 'urgent_need'),
    ('i dont dare sleep at home tonight, he is drunk. can nav find me a place', 'urgent_need'),
    ('kan ikke være hjemme i natt, han er full. trenger et sted å sove', 'urgent_need'),
    ('har sagt farvel til alle på snap. dere trenger ikke sende meg meldinger etter i kveld', 'crisis'),
    ('standing on the bridge in kristiansund and i dont want to go home anymore', 'crisis'),
    ('står oppe på brua og eg vil ikkje heim meir', 'crisis'),
    ('har ryddet opp i alle papirene og skrevet et brev til mamma. tror ikke jeg er her lenger etter jul', 'crisis'),
    ('sitter med alle tablettene på bordet og har talt dem. vet ikke hvorfor jeg skriver', 'crisis'),
    ('im sitting with all my pills and counted them', 'crisis'),
    ('har tenkt på tyrifjorden i det siste. isen er tynn nå og det hadde vært enklest for alle', 'crisis'),
    ('sit på brua i lærdal og ser ned i elva. veit ikkje kvifor eg skriv', 'crisis'),
    ('ha det alle. tusen takk for at dere prøvde. det er over for min del', 'crisis'),
    ('har lyst å kutte meg igjen, har klart meg et halvt år', 'crisis'),
    ('står på brygga i kragerø. tenker å kjøre rett uti', 'crisis'),
    ('parked at the pier, thinking about driving straight into the fjord', 'crisis'),
    ('vet ikke om jeg klarer å holde meg i live i natt', 'crisis'),
    ('klarer ikke å holde meg i live lenger', 'crisis'),
    ('kan noen ta over pusi, katten min? trenger ikke henne der jeg skal', 'crisis'),
    ('dere trenger ikke ringe meg mer. om noko skjer ligg det eit brev til dottera mi i skuffa', 'crisis'),
    ('better for my kids if im not here anymore', 'crisis'),
    ('det er bedre for ungene om jeg ikke er her', 'crisis'),
    ('går ned til mjøsa om kvelden og tenker på å bare gå uti', 'crisis'),
    ('sitter i garasjen med slangen og tapen i bilen', 'crisis'),  # the lead's review
    ('vet ikke om jeg klarer å holde meg i live til i morgen', 'crisis'),
    ('har lyst å skjære meg igjen', 'crisis'),
    ('står ved vannet og tenker på å bare gå uti i kveld', 'crisis'),
    ('better for my kids if i am not here', 'crisis'),
]
ROUND111_LOOK_ALIKES = [line for line in """
har tatt med slangen og tapen i bilen, skal fikse lekkasjen på hytta
kjøpte slange og tape på biltema, skal lage vanning til tomatene
pakket bilen med slange og tape til båtturen i helga
sitter i bilen med sykkelslangen og tapen, skal lappe dekket
oljefyren stoppa på hytta, minus 20, har ikke råd til reparatør før i vår
oljefyren stoppa, minus 15, men vi har vedovn. har ikke råd til ny
ovnen stoppa i går, minus 10, reparatøren kommer i dag
bilen stoppa i minus 20, har ikke råd til reparasjon
oljefyren stoppa på jobben i minus 20, sjefen har ikke råd til ny
dette er siste melding fra meg. stopp alle meldingene
siste melding fra meg. vil ikke ha flere sms, jeg ringer heller
this is my last message, please stop the messages
ha det, dere trenger ikke sende meg meldinger etter i kveld, jeg har fått jobb
on the bridge in lom, the view is amazing, i dont want to go home anymore haha
sitter på taket og måker snø, vil ikke hjem mer i dag
har rydda opp i alle papira til skattemeldinga, takk for hjelpa
har rydda opp i alle papira og sagt ha det til kollegaene, siste dag på jobb
sitter med pillene til mamma og har telt dem for uka
isen er tynn på mjøsa nå, det hadde vært enklest å kjøre rundt
isen er tynn på femunden, pimpefisket hadde vært enklest i fjor
takk for at dere prøvde. kurset er ferdig, det er slutt for min del nå
har lyst å skjære meg en brødskive igjen
står på kaia og venter på ferja, skal kjøre rett ut i køen
står på kaia, skal kjøre båten rett ut i fjorden
sitter i bilen ved kaia, skal kjøre ut i trafikken
vet ikke om jeg klarer å holde meg våken i kveld
vet ikke om jeg klarer å holde planten i live
kan noen ta over bamse hunden min mens jeg er på ferie? har ikke bruk for han der jeg skal
har ikke bruk for bilen der jeg skal, flytter til oslo
det ligger et brev til utleier i skuffa, jeg flytter ut fredag
det ligger et brev til mormor i skuffa, hun får det på bursdagen
better for my son if i am not here at the meeting, he can talk freely
går ned til sjøen om kvelden og tenker på å bare gå uti og bade, det er så varmt
vi går ned til vannet og tenker på å bare gå uti med ungene
kjøpte slange og tape til bilen, skal fikse lekkasjen på kjølevæska
har slangen og tapen i bilen, skal tette taket på fjøset i morgen
oljefyren stoppa og det e minus 15, har ikke råd til reparatør før lønna men vi fyrer med ved
varmepumpa e øydelagd og det er minus 10, har ikkje råd til ny før i vår. kan eg søke om støtte? vi har vedomn
har rydda opp i alle papira til skattemeldinga. takk for alt
har rydda opp i alle papira før flyttinga, takk for alt dere har gjort
takk for alt! det er slutt for min del nå, kurset er ferdig
sesongen på hotellet er over. takk for alt, det er slutt for min del nå
sitter i bilen ved kaia og venter på ferja, tenker å kjøre rett ut i bandak hvis den ikke kommer snart haha
vet ikke om jeg klarer å holde tomatplantene i live til i morgen
har ikke bruk for vinterdekkene der jeg skal flytte, vil noen ha dem?
det ligger et brev til ungene i skuffa, julebrevet fra nissen haha
it would be better for my son if i am not here at the meeting, he gets nervous
går ned til isteren og tenker på å bare gå uti, vannet er 20 grader i dag
har sagt ha det til alle på kurset. dere trenger ikke sende meg meldinger etter i kveld, jeg har fått jobb
isen på fjorden e tynn no, enklast for alle at ungane held seg heime
har telt pillene to ganger og lagt dem i dosetten for uka
""".strip().splitlines()]
ROUND111_EXPLAINED = [
    'ha det, skrur av mobilen nå, skal på hytta hele uka',
    'bye, turning off my phone, going hunting all weekend',
    'snakkes, slår av telefonen, skal på fisketur til søndag',
    'jeg vil klage på veilederen, hun snakket om saken min i resepsjonen foran alle',
    'I want to complain. my counsellor talked about my case in the waiting room and everyone heard',
    'ha det bra, skrur av telefonen nå, skal på hytta i helga',  # the lead's review
    'vil klage, saksbehandleren snakka om saka mi i gangen så alle hørte det',
]
ROUND111_NOT_EXPLAINED = [
    'ha det bra, slår av telefonen no. dette er siste gang dokker hører fra mæ',
    'ha det, slår av telefonen for godt, skal på tur',
    'ha det, slår av telefonen og tar pillene',
    'vil klage. veilederen snakket om saken min på venterommet. orker ikke mer',
    'ha det bra. slår av telefonen no',
]
ROUND111_CATEGORIES = [
    ('the boiler stopped and its minus 20 outside, i cant afford a repair', 'homeless'),  # no heat in the frost and no money for a repair
    ('eg tør ikkje sove heime i natt. kan nokon finne ein plass til meg', 'unsafe_home'),  # a place asked for, home unsafe tonight
    ('har lyst å kutte meg igjen, har klart meg et halvt år', 'self_harm'),  # wanting to cut oneself, "til" left out
    ('vet ikke om jeg klarer å holde meg i live i natt', 'suicidal'),
]
ROUND111_INDIRECT_ALONE = [  # round 111: each new indirect sign alone is no verdict
    'har rydda opp i alle papira',
    'så ligger det et brev til ongan i skuffa',
    'det er slutt for min del nå',
    'har ikke bruk for den der jeg skal',
    'står på lunde bru i vik og ser ned i vatnet',
    'dokker trenger ikke sende mæ meldinger etter i kveld',
]

ROUND112_OTHER_PHRASINGS = [  # round 112: other phrasings of the round's targets
    ('har ingen krefter igjen til å være her lenger', 'crisis'),
    ('eg orkar ikkje å vere her i morgon', 'crisis'),
    ('i have no strength left to be here tomorrow', 'crisis'),
    ('har ordna alt med banken. tror ikke jeg er her til påske', 'crisis'),
    ('har skrive brev til dei. trur ikkje eg er her til jul', 'crisis'),
    ('det blir ingen flere vintre for meg', 'crisis'),
    ('det blir ikkje fleire somrar for meg', 'crisis'),
    ('there will be no more winters for me', 'crisis'),
    ('det er itj vits å leve lenger', 'crisis'),
    ('i am not wanting to live, everything is dark', 'crisis'),
    ('skal sette meg i bilen i garasjen og la motoren gå i natt', 'crisis'),
    ('gonna lock myself in the car in the garage with the engine running', 'crisis'),
    ('sitter ved kanten av stupet, tror jeg hopper i kveld', 'crisis'),
    ('stood on the bridge all day, think i jump next time', 'crisis'),
    ('i keep thinking about swimming out into the fjord and not coming back', 'crisis'),
    ('har lagt rifla klar i kveld', 'crisis'),
    ('det er best for alle om jeg gjør slutt på alt', 'crisis'),
    ('tomorrow i wont wake up', 'crisis'),
    ('i morgen våkner jeg ikke', 'crisis'),
    ('har skaffet meg nok til å gjøre slutt for godt', 'crisis'),
    ('i have got enough to end it for good', 'crisis'),
    ('e lei av å vær ei bør for alle', 'crisis'),
    ('vil ikke være en byrde for familien lenger', 'crisis'),
    ('my family would be better without me', 'crisis'),
    ('my boyfriend keeps punching me, please help', 'crisis'),
    ('he is kicking me and the kids are screaming', 'crisis'),
    ('eksen prøver å knuse vinduet, jeg er alene med ungene', 'crisis'),
    ('my ex is trying to break the door down', 'crisis'),
    ('jeg brenn meg sjøl når det blir for mye', 'crisis'),
    ('ungene er hos mora. har rydda og ordna alt. da slipper de å slite med meg lenger', 'crisis'),
    ('skreiv brev til ungane. trur ikkje eg er her til møtet neste veke', 'crisis'),
    ('har gitt bort hunden. e så lei av alt', 'crisis'),
    ('mamma tar ungene hvis det skjer noe med meg. jeg er så sliten av alt', 'crisis'),
    ('takk for at du prøvde. i just wanted to say goodbye', 'crisis'),
    ('sover ingensteds i natt, det er kaldt', 'urgent_need'),
    ('i am sleeping nowhere tonight', 'urgent_need'),
    ('nøklene ble tatt av huseier i går', 'urgent_need'),
    ('the lock was changed by the landlord', 'urgent_need'),
    ('tom for bleier og grøt, har ingen penger', 'urgent_need'),
    ('out of diapers and formula and no money', 'urgent_need'),
    ('tør ikke dra hjem i natt. fins det noen plass jeg kan sove?', 'urgent_need'),
    ('har skrevet brev til ungene og lagt dem på bordet. tror ikke jeg er her til møtet neste uke', 'crisis'),  # the lead's review
    ('er så sliten av alt. har gitt bort katten til naboen', 'crisis'),
    ('my husband is kicking me and the kids are hiding', 'crisis'),
    ('brenner meg selv med lighteren igjen', 'crisis'),
]
ROUND112_LOOK_ALIKES = [line for line in """
har ikke krefter til å være her i morgen på kurset, kan jeg komme fredag
har ingen energi til å være her i dag
reiser til syden i desember, tror ikke jeg er her til jul
vi flytter sørover i høst, det blir ikke flere vintre for meg
bilen står i garasjen og jeg lar motoren gå for å varme den opp
mekanikeren sa jeg skulle sette meg i bilen i garasjen og la motoren gå
satt meg i bilen i garasjen og lot motoren gå litt, batteriet var dødt
var på badeplassen ved stupet, tror jeg hopper neste gang vi bader
sto på kanten av hoppbakken, tror jeg hopper neste gang
tenker på å gå ut i skogen og ikke komme tilbake før i kveld
har lagt børsa klar til elgjakta i morgen
har lagt rifla klar for rensing etter jakta
det er best for alle om jeg gjør slutt på det forholdet
det er best for alle om eg gjer slutt på kurset
i morgen våkner jeg ikke før ti
tomorrow i will not wake up early
har fått tak i nok til å slutte med snus for godt
vil ikke være en byrde for mamma lenger, skal flytte i egen leilighet
my son keeps beating me at chess
my daughter is kicking me in the belly haha
låste meg ute, prøvde å knuse vinduet for å komme inn
brannvesenet prøvde å slå inn døra hos naboen
sover ingen sted i natt, har nattevakt
sover ingensteds i natt, tar nattoget til trondheim
finnes det noen plass jeg kan sove i natt på kurset i bergen?
er det noen plass jeg kan være i natt under festivalen
tom for bleier, fikk ikke noe fra butikken
tom for bleier, skal handle etter jobb
nøkkel tatt av utleier ved innflytting
leverte nøkkelen til utleier, flytter til ny leilighet
motorsaga slo tilbake og kutta meg i handa, fikk sting på legevakta
kutta meg i foten med øksa da jeg hogg ved, sydd og sykmeldt
trudde det skulle ta livet av meg, men det gjekk fint
kan knyte tau og bøte garn, vil gjerne jobbe på oppdrett
dette er siste meldinga mi, vil ikke ha flere sms fra nav. takk
jeg er så sliten av alt pakking før flyttinga
mamma tar ungen hvis det skjer noe med meg under operasjonen
ville bare si ha det før jeg drar på ferie
i dont think ill be around for the meeting, im on holiday
takk for hjelpa med kurset. ville bare si ha det, har fått jobb i bergen
jeg er så sliten av alt nå, har gitt bort hunden til søsteren min fordi jeg skal begynne å jobbe
har lagt rifla klar til jegerprøven på lørdag
brenn meg sjølv på omnen i går, litt vondt
vi sover ingen sted i natt, skal kjøre hele natta til bergen
my kids will have better life without me working nights
tror ikke jeg er her til møtet, bussen er sen
jeg er så lei av alt det papirarbeidet. takk for alt
er sliten av alt maset, har gitt bort hunden til søster
my son is kicking me, he wants to play
låsen byttet av utleier etter innbruddet, fikk ny nøkkel
e itte vits å leve på sånn lønn, trenger bedre jobb
sette meg i bilen i garasjen og la motoren gå litt så den blir god og varm
walking into town and not coming back before dinner
tomorrow i will not wake up early, my son is with his dad
har fått nok til å slutte på kurset for godt, takk
er det noen plass jeg kan sove i natt etter kurset i oslo?
tenker det er best for alle om jeg gjør slutt på det forholdet
kan mamma få ungen hvis det skjer noe med meg under operasjonen
eksen prøver å slå inn vinduet på bilen min for å få ut nøkkelen
er tom for bleier og fikk ikke noe tilbakemelding fra nav på søknaden om jobb
""".strip().splitlines()]
ROUND112_EXPLAINED = [
    'ok, skal ned til sjøen og sjekke båten',
    'fint, må bort til fjorden å se til garna',
    'sure, going down to the lake to check on the boat anyway',
]
ROUND112_NOT_EXPLAINED = [
    'skal ned til vannet og se til båten en siste gang',
    'skal ned til vannet og se til båten, kommer ikke tilbake',
]
ROUND112_CATEGORIES = [
    ('jeg er så sliten av alt. har gitt bort katten', 'suicidal'),
]
ROUND112_INDIRECT_ALONE = [  # round 112: each new indirect sign alone is no verdict
    'jeg er så sliten av alt',
    'da slipper de å stri med meg lenger',
    'i dont think ill be around for the meeting next week',
    'mamma får ungen hvis det skjer noe med meg',
    'kan dere sørge for at ungene har det bra',
    'ville bare si ha det',
]

ROUND113_OTHER_PHRASINGS = [  # round 113: other phrasings of the round's targets
    ('Det er slutt nå.', 'crisis'),
    ('no e det slutt', 'crisis'),
    ("it's over now", 'crisis'),
    ('beklager. det er over nå', 'crisis'),
    ('jeg har bestemt meg for at i dag blir min siste dag', 'crisis'),
    ('æ har bestemt mæ for at fredag e min siste dag', 'crisis'),
    ('i have decided that today is my last day. thank you all', 'crisis'),
    ('eg tek rifla med meg til fjells i kveld og kjem ikkje heim att', 'crisis'),
    ("taking my shotgun into the woods tonight and i'm not coming back", 'crisis'),
    ('æ tar børsa og går opp i lia og kjem ikkje heim', 'crisis'),
    ('pappa sa til mamma at han skal skyte seg', 'crisis'),
    ('my brother said today that he will shoot himself', 'crisis'),
    ('eg har planlagt korleis eg skal gjere det. ingen ser meg der', 'crisis'),
    ('i have figured out how i will do it, no one will see me', 'crisis'),
    ('hunden min går til broren min. treng han ikkje meir', 'crisis'),
    ('står på dekket på hurtigruta og tenker jeg vil hoppe over bord', 'crisis'),
    ('i work on the ferry and every trip i think about jumping overboard', 'crisis'),
    ('har skrevet brev til mamma. kjører opp til stupet i kveld', 'crisis'),
    ('i drove up to the cliff tonight. tell mum im sorry', 'crisis'),
    ('eg må vere ute av leilegheita innan laurdag', 'urgent_need'),
    ('har sånn trang til å kutte i armene igjen', 'crisis'),
    ('eg får lyst til å rispe i handledda', 'crisis'),
    ('mannen min døde i fjor. eg har bestemt meg for at eg skal vere hos han snart', 'crisis'),
    ('han sa han kjem heim i kveld og drep meg', 'crisis'),
    ("my ex texted he's coming over tonight to kill me", 'crisis'),
    ('bror min sa i går at han skal skyte seg sjøl', 'crisis'),  # the lead's review
    ('det er slutt', 'crisis'),
    ('jeg vil hoppe over rekka på ferja i kveld', 'crisis'),
]
ROUND113_LOOK_ALIKES = [line for line in """
dette er siste melding fra meg. ikke send meg flere sms, jeg har ordnet resten med nav på telefonen
denne blir siste melding fra meg, slutt å sende sms til meg
siste melding fra mæ her, ikkje send fleire meldingar. æ ringer heller sjøl
trudde det skulle ta livet av meg, men det gjekk fint
ferdig med eksamen! trodde den skulle ta livet av meg men det gikk
i thought this course would kill me but it went fine
har nok tabletter til ferien takk
har nok piller fra legen mot hodepine, trenger ikke mer
hei, har knyta tau og satt garn på båt i ti år, søker jobb som fisker
kan knyta tau og dra garn, vil ha båtjobb
det e slutt no for min del på kurset
kurset er slutt nå
det er over nå, møtet var fint
har bestemt meg for at fredag blir min siste dag på jobben
eg har bestemt meg for at i dag blir min siste dag som røykar
har bestemt meg for at dette blir min siste dag, har fått ny jobb i bergen
i decided today is my last day at the warehouse
tar med meg rifla på elgjakt og kommer ikke hjem igjen før søndag
tek hagla og går på rypejakt, kjem ikkje heim att i kveld
tar rifla med til jakthytta og kommer ikke hjem før mandag
kompisen sa i dag at han skal skyte seg en elg i morgen
jegeren sa i går at han skal skyte seg ei rype til middag
har tenkt ut hvordan jeg skal gjøre det med flyttinga, ingen som ser meg på kontoret da
har planlagt hvordan jeg skal gjøre det. ingen ser meg på jobben før mandag
på ferja tenker jeg å hoppe over rekka for å komme fort i land
hunden går til naboen på dagtid når jeg er på jobb
hunden min går til hundebarnehagen
katten går til nabokona når vi er på ferie
kjører opp til stupet på lifjell i morgen tidlig for å ta bilder av soloppgangen
we drove up to the cliff tonight to watch the sunset
går opp til kanten i kveld med klatregjengen
me må vere ute av huset innan fredag, har kjøpt nytt hus på voss
eg må vere ute av huset innan fredag sidan dei skal male
må vere ute av hybelen innan fredag, flyttar til kjærasten
fikk lyst å skjære i laksen
lyst å kutte i armene på genseren, den er for lang
mor døde i fjor, eg har bestemt meg for at eg skal vere hos ho på grava i morgon
morfar er aleine etter at mormor døde, har bestemt meg for at eg skal vere hos han i jula
mamma kommer hjem i kveld og dreper meg når hun ser rommet
pappa kommer hjem i kveld og dreper meg hvis han ser karakteren haha
han kommer i kveld og dreper oss i fortnite
vi flyttar til ein hybel utan dyr, så katten går til tante
tar med rifla og kommer ikke hjem igjen uten elg
han kommer hit i kveld og dreper meg i sjakk igjen
ungene vil hoppe over rekka på ferja, de er så ville
jeg tar med hagla til børsemakeren og kommer ikke hjem igjen før sent
mamma kommer hjem i kveld og dreper meg, har glemt å handle
er det slutt nå?
it is over, thank god
har bestemt meg for at i morgen blir min siste dag før ferien
eg har bestemt meg for at dette blir min siste dag som sjåfør
har planlagt hvordan jeg skal gjøre det, ingen merker meg i mengden på konserten
mormor døde i fjor. har bestemt meg for at jeg skal være hos henne da, på bursdagen hennes
kjører opp til stupet på preikestolen i morgen tidlig med kameraten min
har lyst å kutte i armene på den gamle jakka
katten er hos naboen så lenge jeg er på sykehuset
please tell the teacher im sorry for being late
bror min sa i dag at han skal skyte seg en elg i år
""".strip().splitlines()]
ROUND113_EXPLAINED = [
    'reiser til polen en uke, hunden er hos broren min så lenge',
    "going to pakistan for two weeks, the cat is with the neighbour while i'm away",
    'eg skal til spania ei veke, katten er hos grannen medan',
    'eksamen i dag, trodde jeg skulle gå i stykker men det gikk fint',
    'i thought i would fall apart but it went ok, passed the test',
]
ROUND113_NOT_EXPLAINED = [
    'hunden er hos naboen så lenge, jeg kommer ikke tilbake',
    'katten er hos naboen for godt, jeg reiser',
    'trodde jeg skulle gå i stykker. orker ikke mer',
]
ROUND113_CATEGORIES = [
    ('det e slutt no', 'suicidal'),  # the whole message
    ('eg har bestemt meg for at dette blir min siste dag. takk for alt', 'suicidal'),
    ('jeg tar hagla med meg inn i skogen og kommer ikke hjem igjen', 'suicidal'),
    ('bror min sa i dag at han ska skyte seg sjøl', 'violence'),  # another in danger now
    ('eg har tenkt ut korleis eg skal gjere det. då er det ingen som ser meg', 'suicidal'),
    ('kvar tur tenkjer eg på å hoppe over rekka på ferja', 'suicidal'),
    ('huseigaren sa eg må vere ute av huset innan fredag', 'eviction'),
    ('får så lyst å skjære i armene nå', 'self_harm'),
    ('guten min døydde i fjor. eg har bestemt meg for at eg skal vere hos han då', 'suicidal'),
    ('eksen sier han kommer hit i kveld og dreper oss', 'violence'),
]
ROUND113_INDIRECT_ALONE = [  # round 113: each new indirect sign alone is no verdict
    'kjører opp til stupet på lifjell i morgen tidlig',
    'i drove up to the cliff above the lake tonight',
    'please tell sarah im sorry',
    'hunden min går til kameraten min på fjørtofta',
]

ROUND114_OTHER_PHRASINGS = [  # round 114: other phrasings of the round's targets
    ('setter bilen rett i den første traileren som kommer i kveld', 'crisis'),
    ("i'm going to drive the car straight into a truck tonight", 'crisis'),
    ('ska kjør ut i natt og styre bilen rett i motgåande', 'crisis'),
    ('trur ikkje eg klarer natta, står på brua', 'crisis'),
    ('veit ikkje om eg klarer natta', 'crisis'),
    ('vet ikke om jeg greier natten', 'crisis'),
    ('jeg vil ikke være til. har tenkt på det lenge', 'crisis'),
    ('æ vil ikkje vær til', 'crisis'),
    ('tar med hagla opp i fjellet i morgen, og det er ikke rype jeg skal skyte', 'crisis'),
    ("taking the rifle up the hill tomorrow, it's not a moose i'm going to shoot", 'crisis'),
    ('jeg har bestemt meg for at det blir min siste. takk for alt', 'crisis'),
    ('eg har bestemt meg for at i dag blir min siste', 'crisis'),
    ('går ut i fjorden i kveld og bare fortsetter å gå', 'crisis'),
    ('i will walk into the lake tonight and just keep walking', 'crisis'),
    ('går ut på isen til den brister under meg', 'crisis'),
    ('i want to walk out on the ice until it breaks under me', 'crisis'),
    ('trenger penger til medisinen i dag og har ingenting', 'urgent_need'),
    ('need money for my insulin today, i have nothing', 'urgent_need'),
    ('i decided i dont want to live', 'crisis'),
    ('tenker hele tiden på å bare kjøre utfor kanten', 'crisis'),
    ('thinking about just driving off the cliff tonight', 'crisis'),
    ('jeg kommer ikke til å være her da. har bestemt meg', 'crisis'),
    ('han sier han skal komme og drepe meg i natt', 'crisis'),
    ("he's going to come and kill me tonight", 'crisis'),
    ('det hadde vært best for alle om jeg ikke våknet i morgen', 'crisis'),
    ('it would be better for everyone if i just didnt wake up', 'crisis'),
    ('det e enklast for alle om æ bare ikkje kjem heim', 'crisis'),
    ('ser på hagla og tenker at det hadde vært enklere for alle', 'crisis'),
    ('kan noen ta over katten min? jeg trenger ham ikke lenger etter fredag', 'crisis'),
    ('har skrevet testamentet og lagt det på bordet så ungene slipper å lete. har gitt bort katten', 'crisis'),
    ('e har tenkt ut ka e ska gjør. isen på tjernet e tynn og ingen leter der før til våren', 'crisis'),
    ('i have written letters to my kids. thank you to my veileder, she was always kind', 'crisis'),
    ('spør for en kompis. nei, det er for meg selv. står ved elva og vannet er så høyt nå', 'crisis'),
    ('katten får naboen. jeg blir ikke her lenge til', 'crisis'),
    ('hunden får broren min, eg skal ikkje vere her til jul', 'crisis'),
    ('been saving up my pills for weeks', 'crisis'),
    ('i took all the tablets in the bottle an hour ago', 'crisis'),
    ('nokon som vil ha rifla mi? eg treng ho ikkje etter helga', 'crisis'),
    ('dere trenger ikke å bry dere mer med meg. har bestemt meg', 'crisis'),
    ('tenkte hele dagen på å bare hoppe over rekka', 'crisis'),
    ('e det nån som vil ha rifla mi? treng ho ikkje meir etter helga', 'crisis'),  # the lead's review
    ('tell my kids im sorry, i cant do this anymore', 'crisis'),  # the review after round 114: the old signs still fire
    ('står ved kanten nå og ser ned', 'crisis'),
    ('utleier kaster meg ut på fredag', 'urgent_need'),
    ('kutta meg med øksa igjen i natt', 'crisis'),  # the final review: a cut on a tool again is self-harm
    ('i cut myself with the axe again on purpose', 'crisis'),
]
ROUND114_LOOK_ALIKES = [line for line in """
setter bilen i garasjen i natt
kjører bilen inn i traileren til transport i morgen
krasjet bilen i en trailer i fjor, gikk bra
setter bilen rett i verkstedet på mandag
vet ikke om jeg klarer natta på nattevakt igjen
veit ikkje om eg klarer natta i telt på turen
vet ikke om jeg klarer natta med babyen som har feber
eg vil ikkje vere til bry for nokon
jeg vil ikke være til stede på møtet
at eg ikkje vil vere til og med laurdag på kurset
det er ikke elg jeg skal skyte i år men hjort, tar med rifla
med rifla i lia i morgen, det er ikkje elg eg skal skyte, berre rype
det er ikke elg jeg skal skyte, skal på skytebanen med rifla
har bestemt meg for at denne kaffen blir min siste i dag
har bestemt meg for at det blir min siste sesong, vil takke for laget
eg har bestemt meg for at det blir min siste. takk for kurset
vi går ut i vannet og fortsetter å gå langs stranda
går ut i elva med vadere og fortsetter å gå oppover for å fiske
ungene går ut i sjøen og fortsetter å gå til det blir dypt nok til å bade
ikke gå utpå isen, den brister under deg
hoppa på isen til den brast under meg, heldigvis grunt
tester isen med staven til den brister
trenger penger til medisinen, har ingenting å klage på ellers
trenger penger til resepten i dag, har ingenting imot å vente til fredag
trenger penger til medisin til hunden, fikk utbetaling i dag
i decided i do not want to continue the course
today i decided i dont want to continue with the job
i decided i do not want to continue at this school
tenkte på å bare gå ut over kanten av kaia for å hente tauet
tenker på å hoppe utfor stupet med fallskjerm i morgen
thinking about just going over the edge of my budget this month
tenker på å hoppe utfor kanten på skiene i morgen
mamma sier hun skal komme og drepe meg i kveld hvis rommet ikke er ryddet
pappa skal komme og drepe meg i kveld haha, glemte å handle
han skal komme og drepe meg i sjakk i kveld
det hadde vært best for alle om jeg ikke kom hjem før sent i kveld
best for alle om jeg ikke kommer hjem fra fest i kveld haha
det er best for alle om jeg ikke kom hjem til middag
ser på hagla og tenker det hadde vært enklere for alle å selge ho
ingen leiter der før til våren, så båten ligger på vatnet
mista nøkkelen på isen, ingen finner den før til våren
har hytta ved vannet, ingen leter der før til våren
i have written letters to my kids for christmas
i wrote letters to my children every week when i was at sea on the job
thank you, the lady at nav was always kind to the children
star nede ved elva og ser på flommen med ungene
står ved elva og fisker, vannet er høyt nå
står ved lågen og tar bilder av flommen
katta får naboen mens vi er på ferie
hunden får broren min mens eg er på kurs
nytt hjem til hunden, vi flytter til en leilighet uten dyr
er det noen som vil ha hagla mi? selger den for 2000 kr
e blir ikke her lenge til, flytter til bergen i mai
eg skal ikkje vere her til jul, skal reise til spania
jeg blir ikke her lenge til i dag, har tannlegetime
har lagt matpakka på bordet så ungene slipper å lete
legg nøklane på bordet så dei slepp å leite
lagt gavene under treet så ungene slipper å lete
i took all the pills in the box back to the pharmacy an hour ago
i took all the pills out of the box and put them in the dosett
i took all my pills this morning as the doctor said
dokker treng ikkje bry dokker meir med mæ no som eg har fått jobb
æ trenge ikkje bilen etter helga, far kan låne han
søkt tre jobber i dag, orket ikke mer etterpå
jobblogg: sendte cv til kiwi og rema. orka ikkje meir etter det
siste melding fra meg, slutt å sende sms. jeg fikk det jeg trengte
kjører rett i det første vogntoget som kommer med varene, skal levere på rema
setter bilen rett i garasjen når jeg kommer hjem i natt
vet ikke om jeg klarer natta uten kaffe, har nattevakt
vet ikke om jeg klarer natta, babyen skriker hele tiden
sto på brua i en time og så på laksen, vet ikke om jeg klarer å vente til i morgen med å fiske
eg vil ikkje vere til stades på møtet
eg vil ikkje vere til bry, så eg tek bussen
det er ikke elg jeg skal skyte i år, men rådyr
det er ikkje elg eg skal skyte, det er rype
har bestemt meg for at det blir min siste sesong på fiskebåten
det blir min siste kopp kaffe i dag, takk for praten
trenger penger til insulinen i dag, fikk ikke utbetalt, kan dere sjekke?
today i decided i do not want to continue the course
i keep driving up the road thinking about just going over the edge of my budget
jeg kommer ikke til å være her da, skal på ferie. har bestemt meg
han sa han skal komme og drepe meg i sjakk i kveld
det hadde vært best for alle om jeg bare ikke våkna før ti i morra
ingen leiter der før til våren, så hytta står tom
i took all the pills the doctor gave me about an hour ago, like he said
i took two pills an hour ago for the headache
she was always kind to me, the lady at nav. i have written letters to the children for christmas
står ved elva i flommen, så stort vannet er nå. er det farlig å drukne her for ungene?
katta får naboen mens vi er på ferie, e blir ikke her lenge til, drar på fredag
har du noen som vil ha hagla mi? trenger den ikkje lenger etter at jeg sluttet å jakte
kan nån hjelpe mæ å finne ein ny heim til hunden, vi flyttar til ein leilegheit utan dyr
dokker treng ikkje bry dokker meir med mæ, eg har fått jobb. ska ikkje vær her til jul, flyttar til bergen
tenkte heile tida på å gå ut over kanten av kaia for å hente tauet
tell my mum im sorry i missed her call
står ved kanten og tror jeg hopper neste gang, strikkhopp er gøy
nøkkel tatt av utleier da vi flyttet ut
kutta meg i foten med øksa da jeg hogg ved
""".strip().splitlines()]
ROUND114_EXPLAINED = [
    'er borte tre veker på kurs og hunden er hos grannen. ring meg ikkje før eg er heime att',
    'skal til tyrkia to uker, katten er hos naboen til jeg kommer tilbake',
    'har gitt hunden til svigermor mens eg er på kurs i bodø i to veka',
    'søker på bruprosjektet, har støpt betong på bruer i ti år',
    'sitter på isen og pilker, tenkte jeg skulle si hei',
    'ikke natt, jeg har ungen alene',
]
ROUND114_NOT_EXPLAINED = [
    'katten er hos naboen til jeg kommer tilbake. jeg kommer ikke tilbake',
    'sitter på isen og pilker aleine. kommer ikke hjem',
    'ikke natt, har ungen alene. orker ikke mer',
]
ROUND114_CATEGORIES = [
    ('setter bilen rett i neste trailer i kveld', 'suicidal'),
    ('vet ikke om jeg klarer natta', 'despair'),
    ('eg ikkje vil vere til', 'suicidal'),
    ('tar med rifla opp i lia, og det er ikkje elg eg skal skyte', 'suicidal'),
    ('har bestemt meg for at det blir min siste', 'suicidal'),
    ('går ut i fjorden og bare fortsetter å gå', 'suicidal'),
    ('går utpå isen til han brister under meg', 'suicidal'),
    ('trenger penger til insulin, jeg har ingenting', 'no_money'),
    ('today i decided i dont want to go on', 'suicidal'),
    ('tenker på å bare kjøre utfor stupet', 'suicidal'),
    ('han sier han skal komme og drepe meg i kveld', 'violence'),
    ('best for alle om jeg bare ikke våkner', 'suicidal'),
    ('i have been saving up my sleeping pills', 'suicidal'),
    ('i took all my pills at once', 'suicidal'),
    ('isen på vatnet e tynn og ingen leiter etter meg der før til våren', 'suicidal'),
    ('ser på hagla i skapet og tenker det hadde vært enklere for alle', 'suicidal'),
]
ROUND114_INDIRECT_ALONE = [  # round 114: each new indirect sign alone is no verdict
    'æ ska ikkje vær her til jul',
    'e blir ikke her lenge til',
    'kan nokon finne ein ny heim til hunden min',
    'katta får naboen',
    'e det nån som vil ha hagla mi',
    'la det i konvolutten så ungene slipper å lete',
    'dokker treng ikkje bry dokker meir med mæ',
    'står nede ved elva og vannet er så stort i flommen',
    'thank you all, she was always kind',
    'i have written letters to the children',
    'æ trenge dem ikkje lenger etter helga',
]

ROUND115_OTHER_PHRASINGS = [  # round 115: other phrasings of the round's targets
    ('this is goodbye. thanks for trying with me all these years', 'crisis'),
    ('takk for alt, og takk for at dere prøvde med meg disse årene', 'crisis'),
    ('farvel nav. takk for at dokker prøvde med mæ dei siste åra', 'crisis'),
    ('hun slo meg i kveld og jeg tør ikke sove hjemme i natt', 'urgent_need'),
    ('han truga meg igjen, eg tør ikkje sova heime i kveld', 'urgent_need'),
    ('han har slått mæ og æ tør itj sov heime i natt', 'urgent_need'),
    ('tror ikke det blir noe møte for min del. testamentet er skrevet', 'crisis'),
    ('har skrive testamente. trur ikkje det blir noko møte for min del', 'crisis'),
    ('i want to finish my life tonight', 'crisis'),
    ('i just want to finish my own life, i am so tired', 'crisis'),
    ('i go to the bridge now. i think i will jump', 'crisis'),
    ('standing on the bridge tonight and i think i will jump. sorry', 'crisis'),
    ('går ut på isen til den brister', 'crisis'),
    ('eg har gått ut på isen og ventar på at han skal gje etter', 'crisis'),
    ('i walk out on the ice until it breaks', 'crisis'),
    ('rifla står i skapet, og jeg har bestemt meg for at det blir i natt', 'crisis'),
    ('hagla e klar. æ har funne ut at det bli i morra', 'crisis'),
    ('tenker på å bare dra i rattet over i neste trailer som kommer', 'crisis'),
    ('tenkjer på å berre vri rattet over i det første vogntoget', 'crisis'),
    ('i have tied a rope over the beam in the garage', 'crisis'),
    ('har kasta tauet over bjelken i låven', 'crisis'),
    ('sto på kanten av stupet i går. i kveld går eg opp att, og då snur eg ikkje', 'crisis'),
    ('drove up to the cliff yesterday. tonight i go again and i wont turn back', 'crisis'),
    ('takk for alt. det bli itj fleire møta', 'crisis'),
    ('takk for alt. det bli itj fleire møta på mæ', 'crisis'),
    ('eg har teke alle pillene eg hadde', 'crisis'),
    ('har teke alle sovetablettane. veit ikkje kvifor eg skriv', 'crisis'),
    ('går ut i elva der strømmen er sterkest. ingen finner meg før til våren', 'crisis'),
    ('går ut i fjorden i kveld. ingen finn mæ før våren', 'crisis'),
    ('har gitt bort katten, så jeg trenger ikke noen time neste uke', 'crisis'),
    ('gav bort hunden til bror min. så eg treng ikkje nokon time', 'crisis'),
    ('sitter i garasjen med slangen ført inn i bilen', 'crisis'),
    ('i am in the garage with the hose put into the car', 'crisis'),
    # the review of round 115: the guards it narrowed or added keep these firing
    ('det var kaldt i natt. har gått ut på isen flere netter og venta på at den skal gi etter', 'crisis'),
    ('går ut på isen til den brister. the children are better with their mother', 'crisis'),
    ('i have put rope over the beam in the barn to hang myself', 'crisis'),
    ('please tell my daughter i love her. i cant go on', 'crisis'),
    ('han slo meg igjen i kveld', 'crisis'),
]
ROUND115_LOOK_ALIKES = [line for line in """
thanks for trying with me and the cv these two years
thank you for trying with me and the application
eg sov heime i natt, tør ikkje køyre i snøen
æ sov heime i natt og tør itj kjør bilen på glattisen
tror ikke det blir noe møte for min del i morgen, er syk
tror ikke det blir noe møte for min del neste uke, har fått jobb
i want to finish my life story before the course ends
i want to finish my life's work on the farm
we go to the bridge for bungee tonight, i think i will jump
i am on the bridge fishing, i think i will jump in to swim later
vi venter på at isen skal gi etter før vi setter ut båten
pilker på isen til den brister i april
ungene gikk ut på isen til den knaket, da snudde de
isen på vatnet e tynn, vent til den bryter opp
rifla e hos børsemakeren, har funne ut at det bli i morra æ hente ho
hagla står i skapet, og vi har bestemt at det blir i helga vi maler gangen
har bestemt at det blir i morgen vi går på elgjakt med rifla
tenker på å kjøre i neste trailer som kommer fra bergen
tenker på å dra rattet over i neste vogntog som kommer til terminalen
kasta tauet over bjelken for å heise opp motoren
we put a rope over the beam for the kids swing
går opp til stupet i dag med klatregjengen, og da snur jeg ikke før toppen
kjører opp til kanten av fjellet i dag med sykkelen og da snur jeg ikke
det bli itj fleire møta før jul, e på ferie
eg har teke alle tablettane i dag som legen har sagt
har teke alle tablettane med på turen
eg har teke alle tablettane ut av boksen og lagt dei i dosetten
eg har teke alle tablettane tilbake til apoteket
mista nøkkelen på isen, ingen finner den før til våren
gjemte meg i skogen ved elva i leken, ingen fant meg før middag
fikk jobb, så jeg trenger ikke noen time neste uke
æ e frisk no så æ trenger itj nån time neste veke
hunden e hos naboen mens vi e på hytta, så æ trenger itj nån time neste veke
står i garasjen med slangen lagt inn i bilen for å vaske setene
sitter i garasjen og spyler bilen med slangen lagt inn i bilen
dette blir siste melding fra meg, vil ikke ha flere sms fra denne tjenesten
siste meldinga fra mæ, vil itj ha fleire meldinga
trodde den skulle ta livet av meg, men nå er den levert
trodde den skulle ta livet av meg, men nå er søknaden sendt
i have put rope in the barn over the beam to hang the hay nets
kasta tauet over bjelken for å henge opp garna
tell my daughter i love her, i am on the night shift and cannot call
tell my son i love him, ill call tomorrow
han slo meg i sjakk igjen og jeg tør ikke spille mer i kveld
i dag kjører jeg opp til kanten av stupet med turistene og da snur jeg ikke
the kids walk out on the ice until it cracks, so careful
""".strip().splitlines()]
ROUND115_EXPLAINED = [
    'kan ikke komme på kurset i morgen, må hjelpe far å dra båten opp med tau før uværet',
    'skal hjelpe onkel å trekke båten inn med vinsj og tau i kveld',
    'datt på isen og brakk handleddet, er gipset og kommer hjem i morgen',
    'falt av stigen og brakk foten, blir skrevet ut på fredag',
    'leverer rifla til børsemakeren på torsdag, kommer på møtet etterpå',
    'tar med hagla til børsemakeren i morgen, så kan jeg komme på timen etterpå',
    'takk for alt dere har gjort dette året. no går det mye bedre',
    'thank you for all your help this year, now it is going much better',
    'ikke send flere meldinger til dette nummeret, det er broren min sin',
    'slutt å sende til denne telefonen, det er pappa sin',
    'ha gitt hunden til naboen for to uker, skal på ferie til spania',
]
ROUND115_NOT_EXPLAINED = [
    'drar båten opp med tauet i kveld. det blir siste gang',
    'falt med vilje og brakk armen, blir skrevet ut i morgen',
    'tar med hagla til børsemakeren. det blir siste tur',
    'takk for alt. gitt bort hunden. no går det bedre',
    'har gitt bort katten til naboen for godt, skal til damaskus',
    'slutt å sende til denne telefonen, det er pappa sin. orker ikke mer',
]
ROUND115_CATEGORIES = [
    ('han slo meg og jeg tør ikke sove hjemme i natt', 'unsafe_home'),
    ('i want to finish my life', 'suicidal'),
    ('near the bridge, i think i will jump', 'suicidal'),
    ('sitter på isen og venter på at den skal gi etter', 'suicidal'),
    ('rifla står klar, har bestemt meg for at det blir i natt', 'suicidal'),
    ('tenker på å bare vri rattet over i neste vogntog', 'suicidal'),
    ('have put a rope over the beam', 'suicidal'),
    ('står ved stupet. i kveld snur jeg ikke', 'suicidal'),
    ('eg har teke alle tablettane', 'suicidal'),
    ('går ut i elva, ingen finner meg før våren', 'suicidal'),
    ('i garasjen med slangen lagt inn i bilen', 'suicidal'),
]
ROUND115_INDIRECT_ALONE = [  # round 115: each new indirect sign alone is no verdict
    'thank you for trying with me these two years',
    'tror ikke det blir noe møte for min del',
    'det bli itj fleire møta',
    'så æ trenger itj nån time neste veke',
]

ROUND116_OTHER_PHRASINGS = [  # round 116: other phrasings of the round's targets
    ('apoteket sier insulinen koster 900 og jeg har ikke det', 'urgent_need'),
    ('hjertemedisinen kostar 600 kr og eg har ikkje det', 'urgent_need'),
    ('pharmacy says my heart medicine costs 700 and i dont have it', 'urgent_need'),
    ('vi ikke har mat i kveld, kortet er tomt', 'urgent_need'),
    ('barna har ikke fått mat i dag og banken har sperret kontoen', 'urgent_need'),
    ('vi ikkje har mat i huset, trygda har ikkje kome', 'urgent_need'),
    ('kortet mitt er tomt og pillene er nesten slutt', 'urgent_need'),
    ('the bank blocked my account and my insulin is almost finished', 'urgent_need'),
    ('er tom for bleier og kontoen er tom', 'urgent_need'),
    ('out of diapers and formula and my account is empty', 'urgent_need'),
    ('treng pengar til bleier i dag, eg har ingenting', 'urgent_need'),
    ('eg har ikkje råd til blodtrykksmedisinen min', 'urgent_need'),
    ('står på isen ved råka og tenker på å bare gå gjennom', 'crisis'),
    ('sitting on the ice by a hole and thinking of going through', 'crisis'),
    ('eg sit på isen og vil gå gjennom i kveld', 'crisis'),
    ('i have made my will. you were always kind', 'crisis'),
    ('wrote my will last night, thank you, you were always good to me', 'crisis'),
    ('det hadde vært godt å bare ikke våkne opp igjen', 'crisis'),
    ('it would be easier to just not wake up', 'crisis'),
    ('snart blir jeg ikke et problem for dere så mye lenger', 'crisis'),
    ('eg blir ikkje eit problem for dokker så mykje lenger', 'crisis'),
    ("you guys won't have to deal with me much longer", 'crisis'),
    ('tenker å ta båten ut på fjorden og ikke komme tilbake', 'crisis'),
    ('skal ta sjekta ut i kveld og ikkje komme heim', 'crisis'),
    ('det er nok betre at eg ikkje er her meir', 'crisis'),
    ('every time i cross the bridge i think how easy it would be to jump', 'crisis'),
    ('kjører over brua og tenker på hvor lett det hadde vært å hoppe', 'crisis'),
    ('sitter i bilen ved vannet med hagla. tenkte at noen burde vite det', 'crisis'),
    ('har rydda alle papira og lagt nøklene hos søstra mi. takk for alt', 'crisis'),
    ('jeg tror ikke jeg blir værende her mer', 'crisis'),
    ('har gitt bort katten, så dere slipper å tenke på meg mer', 'crisis'),
    ('regnet ut at livsforsikringen dekker lånet', 'crisis'),
    ('takk for at du har hjulpet meg. sitter ute på isen ved råka og tenker på å gå gjennom', 'crisis'),  # review after round 116: a "du" elsewhere
]
ROUND116_LOOK_ALIKES = [line for line in """
tenker på at noen kan gå gjennom isen ved råka, den er tynn
apoteket sier medisinen koster 80 og jeg har ikke det på frikort
klippekortet er tomt, og vi ikke har mat med på turen
kontoen er tom for poeng og medisinen er slutt
medisinen er slutt, må fornye resepten
bankkortet ble sperret fordi jeg mistet det, nytt kommer i posten
har ikke penger til julebordet, så jeg står over
har ikkje pengar til sommarfesten, så eg står over
ble kastet ut av biblioteket fordi det stengte
vi ble kastet ut av treningssenteret da det stengte kl 22
takk for alt, siste melding fra meg, nå starter den nye jobben
sitter på isen og tenker på å gå gjennom planen for i morgen
sitter på isen med pilken og tenker på å gå gjennom
ungene leker på isen, tenker på at de kan gå gjennom
we wrote a will with the lawyer when we bought the house
you were always kind to the kids, thanks
det hadde vært deilig å ikke våkne før ti i morgen
hadde vært fint å ikke våkne av vekkerklokka, har fri
you won't have to deal with me much longer, the course ends in may
har tenkt å ta båten ut på fjorden og ikke komme tilbake før i morgen
skal ta båten ut til hytta og ikke komme tilbake
det er bedre at jeg ikke er her lenger, jeg flytter til bergen
on the bridge the kids think how easy it would be to jump into the water
took the tourists to the bridge, they think how easy it would be to bungee jump
er på jakt med rifla, tenkte bare at noen burde vite det
har solgt rifla, tenkte bare noen burde vite det
tror ikke jeg blir værende her så mye lenger, flytter nærmere jobben
banken regnet ut at livsforsikringen dekker lånet om en av oss dør
regnet ut med rådgiveren at livsforsikringa dekker lånet
trenger penger til bleier i dag, har ingenting å klage på ellers
dokker slepp å tenk på mæ meir, æ har fått jobb
tusen takk for hjelpa, du var grei
skal ta båten ut i morgen tidlig og kommer ikke tilbake før kvelden
kanskje bedre at jeg ikke er her lenger enn til fire i dag, ungene skal hentes
insulinen min er nesten slutt og kontoen er tom, men lønna kommer i morgen
kortet ble sperret fordi jeg mistet det, har ikke fått mat handlet ennå men mamma kommer med
ska ta båten ut på fjorden og ikkje komme tilbake før søndag, vi skal på hyttetur
sitter ved vannet med rifla på skytebanen, tenkte bare at nån burde vite det
livsforsikringa dekker gjelda hvis en av oss dør, har regnet ut med banken
""".strip().splitlines()]
ROUND116_EXPLAINED = [
    'the wait is killing me, has anyone read my application yet',
    'ventinga tar livet av meg, har dere fått svar på søknaden min',
    'brua e stengt etter ulykka så æ kjæm itj på kurset i dag',
    'veien er stengt pga ras, jeg kommer meg ikke ut i dag',
    'kommer ikke på kurset i dag, legen har satt meg på nye tabletter og jeg er trøtt',
    'lenge siden sist! bor fortsatt her oppe i karasjok',
    'long time! still living up here in alta haha',
    'blir ikke noe problem lenger med oppmøtet, har fått lappen',
    'får ikke sove, gamer til tre. kan dere sende meldinger etter lunsj',
]
ROUND116_NOT_EXPLAINED = [
    'the wait is killing me, has anyone read my application. i have the pills ready tonight',
    'brua e stengt så æ kjæm itj på kurset i dag. æ har tatt alle pillan',
    'lenge siden sist. bor fortsatt her oppe i karasjok. har tatt alle pillene',
    'har fått lappen. blir ikke noe problem lenger med oppmøtet. vil ikke leve lenger',
    'får ikke sove, gamer til tre. kan dere sende meldinger etter lunsj. takk for alt, dette er farvel',
    'kommer ikke på kurset, legen har satt meg på nye tabletter. har tatt alle tablettene nå',
    "long time. still living up here in alta but i won't be for long",
]
ROUND116_CATEGORIES = [
    ('kontoen er tom og insulinen er snart slutt', 'no_money'),
    ('vi ikke har mat i kveld, banken har sperret kortet', 'no_food'),
    ('står på isen ved råka og tenker på å gå gjennom', 'suicidal'),
    ('tenker på hvor lett det hadde vært å hoppe fra brua', 'suicidal'),
    ('det hadde vore greitt å berre ikkje vakne', 'suicidal'),
    ('livsforsikringa dekker gjelda, har regna ut det', 'suicidal'),
]
ROUND116_INDIRECT_ALONE = [  # round 116: each new indirect sign alone is no verdict
    'i have written a will',
    'you were always kind',
    'så dokker slepp å tenk på mæ meir',
    'har rydda alle papiran og lagt nøklane hos naboen',
]

ROUND117_OTHER_PHRASINGS = [  # round 117: other phrasings of the round's targets
    ('sitter i bilen på kaikanten og ser utover fjorden. hadde vært så lett å bare trykke på gassen', 'crisis'),
    ("i'm sitting in the car at the end of the pier looking at the sea. it would be so easy to just step on the gas", 'crisis'),
    ('sit i bilen ytst på moloen, det hadde vore lett å berre trø på gassen', 'crisis'),
    ('etter at kona døde har jeg gjort avtale med begravelsesbyrået for meg selv. snart får jeg komme til henne', 'crisis'),
    ('sia mannen min døydde har eg gjort avtale med begravelsesbyrået for meg sjølv. snart får eg komme til han', 'crisis'),
    ('har ikke melk eller bleier til babyen og det er ingen penger på kontoen. trenger hjelp i dag', 'urgent_need'),
    ('har ikkje bleier til veslejenta og det er ikkje pengar på kortet', 'urgent_need'),
    ('kommer ikke på møtet på tirsdag og ikke på noen andre møter heller. ikke ring meg', 'crisis'),
    ('i dont even see the point anymore', 'crisis'),  # review: the despair sign reads "really", "even" or "just" before "see"
    ('kjem ikkje på møtet og ikkje på nokon andre møte heller. ikkje ring meg', 'crisis'),
    ('kan noen passe på at katten min får et godt hjem? har lagt en lapp på døra med nummeret til søstera mi', 'crisis'),
    ('har en dose liggende som jeg skal ta alt av på en gang så er det over', 'crisis'),
    ('tok alle tablettene som var igjen på en gang i kveld. føler meg rar', 'crisis'),
    ('i kveld tok jeg alle tablettene som var igjen på en gang. føler meg svimmel', 'crisis'),
    ('hver morgen våkner jeg og angrer på at jeg våknet', 'crisis'),
    ('every morning i wake up and regret that i woke up', 'crisis'),
    ('kvar dag angrar eg på at eg vakna igjen', 'crisis'),
    ('han sier han skal drepe meg i natt. jeg sitter i bilen og vet ikke hvor jeg skal', 'crisis'),
    ('eksen sa han skal drepe meg, han har kniv. har ikke noe sted å sove', 'crisis'),
    ('he said he is going to kill me tonight, i have nowhere to go', 'crisis'),
    ('han slo meg, trenger et sted å sove i natt', 'urgent_need'),
    ('tenker at om jeg kjørte av veien så ville alle tro det var en ulykke', 'crisis'),
    ('if i fell off the boat everyone would think it was an accident', 'crisis'),
    ('dette blir siste melding fra meg. ha det', 'crisis'),
    ('im going to jump off the bridge tonight', 'crisis'),
    ('mamma kaster meg ut i kveld, har ikke noe sted å bo', 'urgent_need'),
    ('har gitt bort gitaren til naboen og rydda alle papira mine. ha det', 'crisis'),
    ('hater alt og alle. kommer ikke til å være her på fredag uansett, har bestemt meg', 'crisis'),
    ('har skrevet et slags testamente om hvem som får gitaren og hunden. ikke si det til pappa', 'crisis'),
    ('har hengt opp tauet i låven og ingen vet det', 'crisis'),
    ('i dont think ill be a problem for anyone much longer', 'crisis'),
    ('jeg kommer ikke til å være et problem for dere så mye lenger', 'crisis'),
    ('ser ingen annen utvei enn å bli borte', 'crisis'),
    ('i see no other way out than to disappear', 'crisis'),
    ('lurer på hvorfor jeg i det hele tatt skal våkne i morgen', 'crisis'),
    ('sitter i bilen ved vannet. tror det er siste gangen jeg ser det', 'crisis'),
    ('logger ut for godt. broren min får pc-en og alle skinsa mine', 'crisis'),
    ('tar en siste tur ut med båten i kveld og kommer ikke tilbake', 'crisis'),
    ('har tatt fram rifla fra skapet. ikke for jakta denne gangen', 'crisis'),
    ('vil ha alt på plass før fredag, tror ikke jeg er her så mye lenger', 'crisis'),
    ('har bestemt meg no. takk for at du hadde tid til meg alle gangene', 'crisis'),
    ('har skrevet testamentet og lagt det i skuffen. ungene skal få det lille som er', 'crisis'),
    ('i dont see the point anymore. i keep driving to the bridge at night', 'crisis'),
    ('kan noen ta seg av hunden min etter meg. tror ikke jeg er her så lenge til', 'crisis'),
    ('tenker familien får forsikringen hvis jeg ikke er her', 'crisis'),
    ('my family gets the insurance if i am gone', 'crisis'),
    ('har ordna alle papira og skrive brev til sonen min. e ferdig no', 'crisis'),
]
ROUND117_LOOK_ALIKES = [line for line in """
sitter i bilen på E6 i kø langs fjorden, hadde vært så lett å trykke på gassen og kjøre forbi alle
sitter i bilen på kaia og venter på ferja, hadde vore lett å trø på gassen og komme først om bord
har gjort avtale med begravelsesbyrået for mor, hun vil ha salmer
har ikke bleier i bilen, kan du kjøpe noen på veien
det er ikke penger på kortet, må overføre fra sparekontoen
kommer ikke på møtet fredag og ikke på noen andre møter heller før jeg er frisk igjen
jeg kommer ikke på noen andre møter heller denne uka, er på kurs
dere hører aldri på meg. kommer ikke på noen andre møter heller. ha det
i dont really see the point anymore of this course
kan noen passe på at hunden min får et godt hjem, vi flytter til en leilighet
kan noen passe på at katten får et godt hjem, jeg er allergisk
har skrevet nummeret mitt på en lapp på døra til postbudet
har skrevet telefonnummeret på en lapp på døra, ringer du når pakken kommer
tar alle eksamenene på en gang så er det over
tok alle tablettene for dagen på en gang til frokost, som legen sa
skal ta alle vaksinedosene på en gang så er det over
angrer på at jeg våknet så tidlig i dag, skal på jobb kl 7
angrer på at jeg våknet for sent til bussen
mamma skal drepe meg når hun ser karakterene i kveld
broren min skal drepe meg i fifa i kveld haha
i boka jeg leser ville alle tro det var en ulykke om han falt
om treet hadde falt på bilen min ville alle tro det var en ulykke, men det var stormen haha
pappa kaster meg ut hvis jeg ikke får meg sommerjobb snart haha, har dere noe
mamma sier hun kaster meg ut om jeg ikke får jobb i sommer lol
dette er siste melding fra meg, slutt å sende meg noe mer
dette e siste melding fra meg i kveld, god natt og ha det
dette blir siste melding fra mæ i kveld, ha ei fin helg
this is my last message to this number, i got a new phone
id rather jump off the roof than drive the night bus again haha
i would rather jump off a cliff than work another shift at the warehouse lol
har rydda alle papira mine og sendt dem til nav
har rydda alle papira mine. ha det bra, snakkes i morgen
kommer ikke til å være her på mandag uansett, har bestemt meg for å dra på hytta
kommer ikke til å være her på mandag uansett, vi skal på ferie
har skrevet et slags testamente i norsktimen, det var en oppgave
har skrevet et slags testamente hos advokaten, så barna vet hvem som får hytta
har hengt opp tauet i fjøset til å tørke klærne, ingen vet det
har hengt opp tauet til husken i hagen og ingen vet det ennå, blir overraskelse
jeg kommer ikke til å være et problem for nav så mye lenger, har fått fast jobb fra mai
i dont think ill be a problem for anyone much longer, starting a new job in may
ser ingen annen utvei enn å selge huset
ser ingen annen utvei enn å bli borte en stund, trenger ferie
lurer på hvorfor jeg skal våkne kl 6 i morgen når kurset starter kl 10
lurer på hvorfor jeg i det hele tatt skal våkne i morgen haha, fri fra jobb
sitter i bilen ved fjorden, tror det er siste gangen jeg ser det før jeg flytter
sitter i bilen ved havet, tror det er siste gangen jeg ser det på en stund, reiser til syden
broren min får pc-en og alle spilla mine når jeg kjøper ny
søstera mi får pc-en og alle bøkene mine, jeg har fått ny
eg tek ein siste tur ut med sjekta i kveld før ho blir seld, kjem ikkje tilbake før seint
tar en siste tur med båten før vinteren, kommer tilbake i morgen
har tatt fram hagla, ikke for jakta denne gangen men for skytebanen
har tatt fram hagla for å rense den, ikke for jakta denne gangen
vil ha alt på plass før helga, vi reiser på ferie
takk for at du hadde tid til meg i dag
takk for at du hadde tid til meg dei gongane, no har eg fått jobb
ungene skal få det lille som er igjen av godteriet
i keep driving to the bridge at night after work, its the only way home
i dont see the point anymore of the course, can i quit
kan noen ta seg av kattene mine etter meg når jeg er på ferie i juli
tror ikke jeg er her så lenge til, flytter til bergen i august
familien får forsikringen hvis jeg ikke er her i sommer, sa forsikringsagenten
kona får reiseforsikringen hvis jeg ikke er her når vi reiser
har skrevet brev til dattera mi og er ferdig nå med julekortene
""".strip().splitlines()]
ROUND117_EXPLAINED = [
    'har ryddet alle papirene og funnet lønnsslippene, kan sende dem til veilederen nå',
    'har ryddet papirene og funnet arbeidskontrakten, skal levere den på mandag',
    'tar en siste tur på fjorden før båten blir solgt til den nye eieren, kan vi flytte møtet',
    'a last trip on the fjord before the boat is sold, can we move the meeting',
    'hele gjengen på fabrikken har avskjedsfest på torsdag, siste dag for oss alle. når er møtet med nav etter det',
    'have my rope access ticket, irata level 1. any jobs going on the wind farms',
    'har tauaksess-sertifikat nivå 2, finnes det jobber på broene',
    'far ligger på sykehuset og har ikke lenge igjen. vil ikke ha meldinger på kveldene nå',
    'mormor ligg på sjukeheimen og har ikkje lenge att, vil ikkje ha sms på kveldane',
    'gir bort hundene til broren min mens vi er i polen i to uker, må jeg si fra til nav',
]
ROUND117_NOT_EXPLAINED = [
    'har ryddet alle papirene og funnet lønnsslippene. har tatt alle pillene',
    'tar en siste tur på fjorden før båten blir solgt. jeg vil ikke leve lenger',
    'hele gjengen på fabrikken har avskjedsfest på torsdag, siste dag for oss alle. når er møtet. jeg vil dø',
    'have my rope access ticket. any jobs? i have a rope ready in the barn and want to die',
    'far ligger på sykehuset og har ikke lenge igjen. vil ikke ha meldinger på kveldene nå. jeg vil ikke leve lenger',
    'gir bort hundene til broren min mens vi er i polen i to uker. jeg vil dø',
]
ROUND117_CATEGORIES = [
    ('han sier han skal drepe meg i natt. jeg vet ikke hvor jeg skal', 'violence'),
    ('eksen sa han skal drepe meg, kniven ligger på bordet. har ikke noe sted å sove', 'violence'),
    ('han slo meg, trenger et sted å sove i natt', 'unsafe_home'),
    ('har ikke bleier til babyen og det er ikke penger på kortet', 'no_food'),
    ('hver morgen våkner jeg og angrer på at jeg våknet', 'suicidal'),
    ('ser ingen annen utvei enn å bli borte', 'suicidal'),
]
ROUND117_INDIRECT_ALONE = [  # round 117: each new indirect sign alone is no verdict
    'har gjort avtale med begravelsesbyrået for meg selv',
    'kan noen passe på at hunden min får et godt hjem',
    'har lagt en lapp på døra',
    'ungene skal få det lille som er',
    'i keep driving to the bridge at night',
    'vil ha alt på plass før helga',
    'takk for at du hadde tid til meg dei gongane',
    'har rydda alle papira mine. ha det',
    'broren min får pc-en og alle skinsa mine',
    'har skrevet et slags testamente',
    'skrive brev til dottera mi. e ferdig no',
    'kan noen ta seg av kattene mine etter meg',
]

ROUND118_OTHER_PHRASINGS = [  # round 118: other phrasings of the round's targets
    ('hvis eg ikkje svarar i morgon de veit kvifor', 'crisis'),
    ('viss æ ikkje svare på søndag dokker veit kvifor', 'crisis'),
    ('borna får meir att av forsikringa enn av meg', 'crisis'),
    ('familien er bedre hjulpet med livsforsikringen enn med meg', 'crisis'),
    ('my kids would be better off with the insurance money than with me', 'crisis'),
    ('takk for alt. æ e itj te bry så mykkje lenger', 'crisis'),
    ('jeg er ikke et problem så mye lenger', 'crisis'),
    ('jeg blir ikke til bry for noen etter fredag', 'crisis'),
    ("thanks for everything. i won't be a burden to anyone much longer", 'crisis'),
    ('no job no family, better i die', 'crisis'),
    ('ingen penger, ingen venner. bedre jeg dør', 'crisis'),
    ('tenker det er bedre eg døyr, ingen treng meg', 'crisis'),
    ('eg held kniven i handa no. tilgi meg', 'crisis'),
    ('jeg sitter med kniven i hånda nå. beklager', 'crisis'),
    ('han har kniv, eg er så redd', 'crisis'),
    ('eksen står utenfor døra nå og sier han skal drepe meg', 'crisis'),
    ('han sparkar på døra og seier han skal drepa oss', 'crisis'),
    ('ive been cutting again and i cant stop', 'crisis'),
    ('been cutting again, its getting deeper', 'crisis'),
    ('vil bare sov å aldri våkne', 'crisis'),
    ('hunden er gitt bort og papirene er ryddet', 'crisis'),
    ('har gitt bort katten og så dere slipper å tenke mer på meg', 'crisis'),
    ('har rydda alle papira og lagt dem i ei mappe på kjøkkenbordet så ingen skal ha noko styr etter meg', 'crisis'),
    ('vi må ut av bolig på fredag og har ingen steder å gå', 'urgent_need'),
    ('må ut av bustad i morgon med to ungar', 'urgent_need'),
    ('har itj pæng te mat', 'urgent_need'),
    ('går ut på fjorden i kveld og kjem ikkje att', 'crisis'),
    ('står ved vatnet og vil gå uti og ikkje snu', 'crisis'),
    ('jeg er ved elva og vil bare gå uti og ikke snu', 'crisis'),
    ('jeg ser ikke poenget med å stå opp i morgen', 'crisis'),
    ('eg ser ikkje poenget med å stå opp i morgon', 'crisis'),
    ('vil gå ut på vannet der isen er tynnest i kveld', 'crisis'),
    ('thinking of driving the sled out where the ice is thinnest', 'crisis'),
    ('har skrevet et brev og sitter ytterst på moloen', 'crisis'),
    ('wrote a note and im sitting at the end of the pier', 'crisis'),
]
ROUND118_LOOK_ALIKES = [line for line in """
eg blir ikkje til bry for nokon etter helga, då har eg fått bil og kan køyre sjølv
kona får mer igjen av forsikringen enn av meg når bilen er vraket haha
hvis jeg ikke svarer i morgen dere vet hvorfor, er på fisketur uten dekning
vi får mer igjen av forsikringen enn av NAV denne gangen
rådgiveren sa at familien får mer igjen av forsikringen enn av meg som megler
jeg blir ikke et problem så mye lenger, begynner i ny jobb på mandag
æ e itj te bry så mykkje lenger, flytte heim te mor i mai
gipsen er av, så jeg blir ikke til bry så mye lenger
jeg blir ikke til bry for noen etter helga, da reiser jeg på hytta
eg er ikkje til bry for nokon etter måndag, då er kurset ferdig
better i die trying than give up lol
bedre jeg dør enn å gå på det kurset igjen
better i die my hair before the wedding
better i do the dishes now
jeg har kniv i hånda nå, skjærer løk til middagen. unnskyld sent svar
jeg har kniven i hånda nå og spikker en pinne med ungen, sorry for skrivefeil
broren min har kniv, jeg er redd han mister den på fisketuren
been cutting again at the hair salon and cant stop smiling
been cutting firewood again all week, my hands bleeding from blisters
the boss has been cutting again, the cuts to staff go deeper every time
dette e siste melding fra mæ, no vil eg ikkje ha fleire meldingar frå dykk
førerprøven tok nesten livet av meg, men jeg besto
det holdt på å ta livet av meg, men eg klarte det til slutt
eg og veiledaren tek livet av kvarandre på kvart møte
på førstehjelpskurset lærte vi om selvmord og hvordan man hjelper
eg har berre 10 kroner att på mobilen, kan de ringja meg
ungen sov å aldri vakna i natt, for en fin natt
har fått jobb, så dere slipper å tenke mer på meg
papira er rydda og skattemeldinga er levert
du må ut av boligmarkedet
vi må ut av boligen fordi vi har fått ny leilighet
går ut på fjorden med båten i kveld og kjem ikkje att før søndag
var og bada i sjøen, gikk uti og ikkje snu
vi gikk langs sjøen i dag og sa at vi skulle gå ut og ikke snu
kurset er avlyst, så jeg ser ikke poenget med å stå opp i morgen
det er lørdag, ser ikke poenget med å stå opp i morgen
ser ikke poenget med å stå opp i morgen tidlig for å rekke bussen
ikke kjør scooteren der isen er tynnest, den er farlig
skal kjøre ut på vatnet der isen er tynnest og måle tykkelsen
vil gå ut med ungene der isen er tynnest for å vise dem hvor farlig det er
har skrive ein lapp og sit ytst på kaia og fiskar makrell
har skrevet en lapp og sitter ytterst på brygga og bader med ungene
""".strip().splitlines()]
ROUND118_EXPLAINED = [
    'dere kan bare hoppe i havet alle sammen, ingen svarer på noe',
    'nav kan hoppe i havet med det vedtaket',
    'har klatret med tau i ti år, tilkomstteknikk høyt oppe hadde passet meg',
    'kjeder meg ihjel på det kurset, vil bytte tiltak',
    'lappen er ikke et problem lenger, tok den i vinter, så send meg gjerne sjåførjobber',
    'når er neste møte? vil ikke glemme det som sist',
]
ROUND118_NOT_EXPLAINED = [
    'dere kan bare hoppe i havet, jeg hopper i kveld',
    'dere kan bare hoppe i havet alle sammen. jeg vil ikke leve lenger',
    'har klatret med tau i ti år, tilkomstteknikk hadde passet meg. har tatt alle pillene',
    'kjeder meg ihjel på det kurset. vil ikke leve lenger',
    'lappen er ikke et problem lenger, tok den i vinter, så send jobber. jeg vil dø',
    'når er neste møte? vil ikke glemme det. har tatt alle pillene',
]
ROUND118_CATEGORIES = [
    ('no money, boss shout all day. better i die', 'suicidal'),
    ('eg held kniven i handa no. tilgi meg', 'self_harm'),
    ('han har kniv, eg er så redd', 'violence'),
    ('eksen står utenfor døra nå og sier han skal drepe meg', 'violence'),
    ('har itj pæng te mat', 'no_food'),
    ('vi må ut av bolig på fredag', 'eviction'),
    ('jeg ser ikke poenget med å stå opp i morgen', 'despair'),
]
ROUND118_INDIRECT_ALONE = [  # round 118: each new or widened indirect sign alone is no verdict
    'så dere slipper å tenke mer på meg',
    'papira er rydda',
    'så ingen skal ha noe styr etter meg',
]

# ------------------------------------------------------------------ the data lists of rounds 92-109, each kind read by one test
@pytest.mark.parametrize(("text", "expected"),
                         ROUND92_OTHER_PHRASINGS + [(t, "crisis") for t in ROUND92_SIGNS_THAT_ADD_UP] + ROUND93_OTHER_PHRASINGS + ROUND94_OTHER_PHRASINGS
                         + ROUND95_OTHER_PHRASINGS + ROUND96_OTHER_PHRASINGS + ROUND97_OTHER_PHRASINGS + ROUND98_OTHER_PHRASINGS + ROUND99_OTHER_PHRASINGS
                         + ROUND100_OTHER_PHRASINGS + ROUND101_OTHER_PHRASINGS + ROUND102_OTHER_PHRASINGS + ROUND103_OTHER_PHRASINGS + ROUND104_OTHER_PHRASINGS
                         + ROUND105_OTHER_PHRASINGS + ROUND106_OTHER_PHRASINGS + ROUND107_OTHER_PHRASINGS + ROUND108_OTHER_PHRASINGS + ROUND109_OTHER_PHRASINGS + ROUND110_OTHER_PHRASINGS + ROUND111_OTHER_PHRASINGS + ROUND112_OTHER_PHRASINGS + ROUND113_OTHER_PHRASINGS + ROUND114_OTHER_PHRASINGS + ROUND115_OTHER_PHRASINGS + ROUND116_OTHER_PHRASINGS + ROUND117_OTHER_PHRASINGS + ROUND118_OTHER_PHRASINGS
                         + [(t, None) for t in ROUND92_LOOK_ALIKES + ROUND93_LOOK_ALIKES + ROUND94_LOOK_ALIKES + ROUND95_LOOK_ALIKES + ROUND96_LOOK_ALIKES
                            + ROUND97_LOOK_ALIKES + ROUND98_LOOK_ALIKES + ROUND99_LOOK_ALIKES + ROUND100_LOOK_ALIKES + ROUND101_LOOK_ALIKES
                            + ROUND102_LOOK_ALIKES + ROUND103_LOOK_ALIKES + ROUND104_LOOK_ALIKES + ROUND105_LOOK_ALIKES + ROUND106_LOOK_ALIKES + ROUND107_LOOK_ALIKES + ROUND108_LOOK_ALIKES + ROUND109_LOOK_ALIKES + ROUND110_LOOK_ALIKES + ROUND111_LOOK_ALIKES + ROUND112_LOOK_ALIKES + ROUND113_LOOK_ALIKES + ROUND114_LOOK_ALIKES + ROUND115_LOOK_ALIKES + ROUND116_LOOK_ALIKES + ROUND117_LOOK_ALIKES + ROUND118_LOOK_ALIKES])
def test_the_net_gives_each_phrasing_its_intent_and_each_look_alike_none(text, expected):
    hit = check_message(text)
    assert (hit.intent if hit else None) == expected, (text, hit)


@pytest.mark.parametrize(("text", "explained"),
                         [(t, True) for t in ROUND92_EXPLAINED + ROUND93_EXPLAINED + ROUND94_EXPLAINED + ROUND95_EXPLAINED + ROUND96_EXPLAINED + ROUND97_EXPLAINED
                                            + ROUND98_EXPLAINED + ROUND99_EXPLAINED + ROUND100_EXPLAINED + ROUND101_EXPLAINED
                                            + ROUND102_EXPLAINED + ROUND103_EXPLAINED + ROUND104_EXPLAINED + ROUND105_EXPLAINED + ROUND106_EXPLAINED + ROUND107_EXPLAINED + ROUND108_EXPLAINED + ROUND109_EXPLAINED + ROUND110_EXPLAINED + ROUND111_EXPLAINED + ROUND112_EXPLAINED + ROUND113_EXPLAINED + ROUND114_EXPLAINED + ROUND115_EXPLAINED + ROUND116_EXPLAINED + ROUND117_EXPLAINED + ROUND118_EXPLAINED]
                         + [(t, False) for t in ROUND92_NOT_EXPLAINED + ROUND93_NOT_EXPLAINED + ROUND94_NOT_EXPLAINED + ROUND95_NOT_EXPLAINED + ROUND96_NOT_EXPLAINED
                            + ROUND97_NOT_EXPLAINED + ROUND98_NOT_EXPLAINED + ROUND99_NOT_EXPLAINED + ROUND100_NOT_EXPLAINED + ROUND101_NOT_EXPLAINED
                            + ROUND102_NOT_EXPLAINED + ROUND103_NOT_EXPLAINED + ROUND104_NOT_EXPLAINED + ROUND105_NOT_EXPLAINED + ROUND106_NOT_EXPLAINED + ROUND107_NOT_EXPLAINED + ROUND108_NOT_EXPLAINED + ROUND109_NOT_EXPLAINED + ROUND110_NOT_EXPLAINED + ROUND111_NOT_EXPLAINED + ROUND112_NOT_EXPLAINED + ROUND113_NOT_EXPLAINED + ROUND114_NOT_EXPLAINED + ROUND115_NOT_EXPLAINED + ROUND116_NOT_EXPLAINED + ROUND117_NOT_EXPLAINED + ROUND118_NOT_EXPLAINED])
def test_the_everyday_sense_explains_the_models_p1_only_where_the_net_is_silent(text, explained):
    assert explained_by_ordinary_sense(text) is explained, text
    assert not explained or check_message(text) is None, text


@pytest.mark.parametrize("text", ROUND96_INDIRECT_ALONE + ROUND97_INDIRECT_ALONE + ROUND98_INDIRECT_ALONE + ROUND99_INDIRECT_ALONE + ROUND100_INDIRECT_ALONE
                         + ROUND101_INDIRECT_ALONE + ROUND102_INDIRECT_ALONE + ROUND103_INDIRECT_ALONE + ROUND104_INDIRECT_ALONE + ROUND105_INDIRECT_ALONE + ROUND106_INDIRECT_ALONE + ROUND107_INDIRECT_ALONE + ROUND108_INDIRECT_ALONE + ROUND109_INDIRECT_ALONE + ROUND110_INDIRECT_ALONE + ROUND111_INDIRECT_ALONE + ROUND112_INDIRECT_ALONE + ROUND113_INDIRECT_ALONE + ROUND114_INDIRECT_ALONE + ROUND115_INDIRECT_ALONE + ROUND116_INDIRECT_ALONE + ROUND117_INDIRECT_ALONE + ROUND118_INDIRECT_ALONE)
def test_each_new_indirect_sign_alone_is_no_verdict_but_a_feature(text):
    assert check_message(text) is None and matched_groups(text) == {"indirect"}, text


@pytest.mark.parametrize(("text", "category"), ROUND93_CATEGORIES + ROUND94_CATEGORIES + ROUND95_CATEGORIES + ROUND96_CATEGORIES + ROUND97_CATEGORIES
                         + ROUND98_CATEGORIES + ROUND99_CATEGORIES + ROUND100_CATEGORIES + ROUND101_CATEGORIES + ROUND102_CATEGORIES + ROUND103_CATEGORIES + ROUND104_CATEGORIES + ROUND105_CATEGORIES + ROUND106_CATEGORIES + ROUND107_CATEGORIES + ROUND108_CATEGORIES + ROUND109_CATEGORIES + ROUND110_CATEGORIES + ROUND111_CATEGORIES + ROUND112_CATEGORIES + ROUND113_CATEGORIES + ROUND114_CATEGORIES + ROUND115_CATEGORIES + ROUND116_CATEGORIES + ROUND117_CATEGORIES + ROUND118_CATEGORIES)
def test_each_new_sign_gives_its_category(text, category):
    hit = check_message(text)
    assert hit is not None and hit.category == category, (text, hit)
