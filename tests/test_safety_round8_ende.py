"""Round 8, English and German: concept probes written for this test (not taken from the data
files). Each concept added to safety/lexicons/en.yaml, de.yaml and signals.yaml has crisis
sentences that must reach CRISIS with the right category, and everyday look-alikes (idioms,
banter, trips, recovered past, accidents) that must stay below CRISIS, with and without the
language hint."""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

SUI, SH, HO, AB, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                        Category.ABUSE, Category.MEDICAL_EMERGENCY)

CRISIS = [
    # ---------------------------------------------------------------- English, suicide
    # sparing others the mess afterwards
    ("en", SUI, "cleared my overdraft so nobody ends up paying for it after"),
    # others better off "if i just wasn't here"
    ("en", SUI, "my parents would have so much less stress if i simply wasnt around"),
    # "done waiting" for it to get better
    ("en", SUI, "they all promise it gets better but honestly i'm sick of waiting"),
    # a sentence left hanging after thanks
    ("en", SUI, "you were a good friend to me. just needed you to know that before"),
    # leaving a game "or anything else"
    ("en", SUI, "logging off this server, not coming back here or to anything else"),
    # failing as the trigger for not coming home
    ("en", SUI, "if i fail these finals then i won't be coming home"),
    # scouting a height without barriers
    ("en", SUI, "which bridges around here have no railings"),
    ("en", SUI, "drove up to the quarry today to check how deep the drop is"),
    # the train that does not stop
    ("en", SUI, "on the platform, waiting for the freight train that never stops here"),
    # sleep without waking, clipped "permanently"
    ("en", SUI, "i'd love to nap and skip the waking up bit. permanently"),
    # a birthday or age one will not reach
    ("en", SUI, "i won't make it to my 25th birthday"),
    ("en", SUI, "honestly can't see myself still being around by summer"),
    # after an attempt
    ("en", SUI, "got discharged yesterday and all i can think about is doing it properly"),
    # goodbye messages, goodbyes nobody noticed, not waking and not sorry
    ("en", SUI, "typing my goodbye messages to my mates tonight"),
    ("en", SUI, "been quietly saying goodbye to my family without them realising"),
    ("en", SUI, "if i never wake up, don't be sad"),
    # doing everyone a favour, a decision not to be here
    ("en", SUI, "i'd be doing my family a favour by just disappearing"),
    ("en", SUI, "i've made up my mind that i won't be around for christmas"),
    # wishing an illness would hurry
    ("en", SUI, "wish this tumour would hurry up and finish me"),
    # means stowed + a decision
    ("en", SUI, "hose is in the boot. still trying to decide"),
    # two farewell signs
    ("en", SUI, "nobody has to worry about me anymore. everything's sorted."),
    ("en", SUI, "turned off all my alarms. won't be needing them anymore"),
    # died "from" a method is not the idiom "die of boredom"
    ("en", SUI, "how long does it take to die from car exhaust"),
    # oblique ideation (fourth probe set)
    ("en", SUI, "need the voices in my head to go quiet forever"),
    ("en", SUI, "imagining my own funeral is the only thing that feels comforting"),
    ("en", SUI, "going to the woods so my parents don't have to find me"),
    ("en", SUI, "finishing my goodbye letter tonight"),
    ("en", SUI, "nothing left to do, i've worked out where and when"),
    ("en", SUI, "gave my records away to friends and sent little notes to everyone"),
    ("en", SUI, "begged my brother to look after my daughter. if anything happens tonight"),
    ("en", SUI, "bought a one way ticket to the highlands, no plans to come back"),
    # ---------------------------------------------------------------- English, self-harm
    ("en", SH, "keeping a blade in my locker so i can cut between classes"),
    ("en", SH, "i need to cut the bad feelings out of me tonight"),
    # ---------------------------------------------------------------- English, harm to others
    ("en", HO, "if he touches her again i'm bringing my dad's knife"),
    ("en", HO, "taking the bat to his place tonight, dead serious"),
    ("en", HO, "i'm poisoning their cat and them too if they keep this up"),
    ("en", HO, "parked outside her work with a shotgun right now"),
    ("en", HO, "gonna run my ex over with my car when she leaves the gym"),
    ("en", HO, "something's going into his drink at the party and it isn't vodka"),
    ("en", HO, "been figuring out how to poison my flatmate"),
    ("en", HO, "she's going to regret dumping me, i've been following her home for days"),
    ("en", HO, "gonna stab my manager tmrw fr"),
    ("en", HO, "putting rat poison in my uncle's food tomorrow"),
    ("en", HO, "if they fire me i'm coming back with a rifle"),
    ("en", HO, "i'll be waiting behind his van with a machete"),
    ("en", HO, "gonna torch his flat while he's asleep"),
    # ---------------------------------------------------------------- English, abuse
    ("en", AB, "my stepdad said if i tell anyone about the bruises he'll hurt my mum"),
    ("en", AB, "he took my phone and keys and locked the front door, i can't get out"),
    # ---------------------------------------------------------------- English, medical
    ("en", MED, "my dad isn't waking up and there are empty pill bottles on the floor"),
    # ---------------------------------------------------------------- German, suicide
    ("de", SUI, "ohne mich hätte meine familie viel weniger stress"),
    ("de", SUI, "alle sind ohne mich so viel glücklicher"),
    ("de", SUI, "ab nächster woche bin ich keine last mehr für euch"),
    ("de", SUI, "ab welcher höhe ist man garantiert tot"),
    ("de", SUI, "ich denk nur noch ans sterben"),
    ("de", SUI, "ich mag echt nicht mehr leben"),
    ("de", SUI, "hab keinen bock mehr zu leben"),
    ("de", SUI, "ich wünschte, ich wäre tot"),
    ("de", SUI, "ich würde mir gern heute abend das leben nehmen"),
    ("de", SUI, "morgen spring ich vom parkhaus"),
    ("de", SUI, "ich schmeiß mich heute vor die s-bahn"),
    ("de", SUI, "wenn du das liest bin ich schon tot"),
    ("de", SUI, "welche medikamente sind tödlich wenn man viele nimmt"),
    ("de", SUI, "ich hab monatelang schlaftabletten gebunkert"),
    ("de", SUI, "wenn ich die prüfung wieder nicht bestehe, mach ich schluss"),
    ("de", SUI, "ich will einfach abschalten. für immer."),
    ("de", SUI, "wollte mich nur noch bei euch bedanken. du warst immer der beste."),
    ("de", SUI, "handy gelöscht, zimmer ausgeräumt. fühlt sich ruhig an"),
    ("de", SUI, "leider wieder aufgewacht"),
    ("de", SUI, "keiner wird es merken wenn ich tot bin"),
    ("de", SUI, "meine freundin hat 'danke für alles' geschrieben und antwortet nicht mehr"),
    ("de", SUI, "ich werde nächste woche nicht mehr da sein"),
    ("de", SUI, "ich liege auf den gleisen"),
    ("de", SUI, "am wochenende setze ich meinem leben ein ende"),
    ("de", SUI, "die garage ist zu und der motor läuft"),
    ("de", SUI, "kümmert euch bitte um meine katze. ich brauch sie ja nicht mehr"),
    ("de", SUI, "mein bruder schreibt er bringt sich heute nacht um"),
    ("de", SUI, "ich bin für alle nur ein problem, bald bin ich weg"),
    # third German probe set: no way out but death, rest forever, pills counted, "ihr wisst warum"
    ("de", SUI, "es gibt keinen anderen ausweg mehr als den tod"),
    ("de", SUI, "ich will einfach für immer schlafen"),
    ("de", SUI, "hab alle meine tabletten abgezählt, sollte locker reichen"),
    ("de", SUI, "wenn ich ab morgen nicht mehr schreibe, wisst ihr warum"),
    ("de", SUI, "meine eltern wären so erleichtert, wenn ich tot wäre"),
    ("de", SUI, "stehe am geländer vom parkhaus und überlege runterzuspringen"),
    ("de", SUI, "ich werde mich morgen vor nen lkw werfen"),
    ("de", SUI, "meine schwester hat geschrieben dass sie sich heute nacht umbringt"),
    # ---------------------------------------------------------------- German, self-harm
    ("de", SH, "ich trag nur lange ärmel damit keiner die frischen schnitte sieht"),
    ("de", SH, "der schnitt ist diesmal zu tief"),
    ("de", SH, "ich muss mich heute abend ritzen"),
    ("de", SH, "hab mir absichtlich mit dem feuerzeug die haut verbrannt"),
    ("de", SH, "hab mir die pulsadern aufgeschnitten"),
    ("de", SH, "ich schaff es nicht aufzuhören mich zu ritzen"),
    ("de", SH, "hab mir die beine zerkratzt bis es blutet"),
    # ---------------------------------------------------------------- German, harm to others
    ("de", HO, "ich bring den um, ich schwör, ich weiß wo er wohnt"),
    ("de", HO, "wenn es weiter so schreit tu ich dem baby was an"),
    ("de", HO, "heut abend bring ich sie beide um"),
    ("de", HO, "morgen ersteche ich meinen nachbarn"),
    ("de", HO, "ich fahr den typen mit dem auto über den haufen"),
    ("de", HO, "fahr heute nacht zu ihm, das messer liegt im auto"),
    ("de", HO, "ich knall den typen heute ab"),
    ("de", HO, "hab mir ne pistole besorgt und weiß wann er allein ist"),
    # ---------------------------------------------------------------- German, abuse
    ("de", AB, "mein vater sperrt mich in den keller"),
    ("de", AB, "sie hat die wohnung abgeschlossen, ich komm hier nicht raus"),
    ("de", AB, "ich glaub ich wurde gestern vergewaltigt"),
    ("de", AB, "er hat mir ein messer an die kehle gehalten"),
    ("de", AB, "mein onkel kommt nachts in mein zimmer und fasst mich an"),
    ("de", AB, "mein freund misshandelt mich"),
    ("de", AB, "er hat mich gestern fast erwürgt"),
    ("de", AB, "mein vater hat mich im schnee ausgesperrt, ich friere"),
    ("de", AB, "meine mutter verhaut jeden abend meinen kleinen bruder"),
    # ---------------------------------------------------------------- German, medical
    ("de", MED, "meine schwester hat gerade einen krampfanfall"),
    ("de", MED, "hab schnaps mit meinen schlaftabletten gemischt"),
    ("de", MED, "mein kleiner hat lampenöl getrunken"),
    # ---------------------------------------------------------------- German typed without
    # umlaut keys ("ae/oe/ue"): every umlaut word of de.yaml also lists its transliteration
    ("de", SUI, "ich moechte einfach nur noch sterben"),
    ("de", SUI, "ich wuenschte ich waere nie geboren"),
    ("de", SUI, "meine eltern waeren ohne mich gluecklicher"),
    ("de", SUI, "ich stuerze mich heute von der bruecke"),
    ("de", AB, "mein stiefvater schlaegt mich jeden tag"),
    ("de", HO, "morgen erschiesse ich ihn, ich schwoers"),
    # chat "ne" (= eine) is also a French negator: the article is part of these patterns
    ("de", MED, "hab grad ne überdosis genommen"),
    ("de", SUI, "schreib gerade ne abschiedsnachricht an meine eltern"),
    ("de", SUI, "danke fuer alles, du warst der einzige. tschuess fuer immer"),
]

NOT_CRISIS = [
    # ---------------------------------------------------------------- English look-alikes
    ("en", "kms this stats assignment is due in an hour"),
    ("en", "my brother will murder me if i eat his chips again"),
    ("en", "gonna strangle my duo partner lol he keeps dying"),
    ("en", "saying goodbye to everyone at the office today, new job on monday"),
    ("en", "won't hear from me till sunday, we're camping with zero signal"),
    ("en", "4 years clean from sh, the scars still itch in summer"),
    ("en", "intrusive thoughts about jumping off balconies again, my therapist says it's ocd"),
    ("en", "jumping off the high dive tomorrow, wish me luck"),
    ("en", "he choked me out at jiu jitsu practice lol"),
    ("en", "bought a harness and rope for bouldering"),
    ("en", "sliced my thumb chopping garlic and it won't stop bleeding"),
    ("en", "waiting for the express train to manchester"),
    ("en", "my grandpa took his tablets twice by mistake, the pharmacist said he's fine"),
    ("en", "i'm running her over to the airport tomorrow"),
    ("en", "the train doesn't stop at our village anymore"),
    ("en", "if i'm not online tomorrow it's because of the power cut"),
    ("en", "spent the last of my money on festival tickets lol"),
    ("en", "wearing a hoodie so my mum doesn't see my new tattoo"),
    ("en", "turned off my alarm, i'm on holiday this week"),
    ("en", "everyone says it gets better and it did, i'm done waiting for replies though"),
    ("en", "make him pay for the drinks tonight"),
    ("en", "rope's in the boot for the camping trip"),
    ("en", "i'd be doing everyone a favour by leaving early"),
    ("en", "if i don't wake up on time tomorrow, ring me"),
    ("en", "they died from old age, both of them"),
    ("en", "how many paracetamol can i take for a fever"),
    # ---------------------------------------------------------------- German look-alikes
    ("de", "ich will einfach abschalten, urlaub am meer"),
    ("de", "mach ich schluss mit ihm, er lügt nur"),
    ("de", "morgen bin ich nicht da, ich hab frei"),
    ("de", "ich hab mich beim rasieren geschnitten"),
    ("de", "früher hab ich mich geritzt, jetzt geht es mir gut"),
    ("de", "danke für alles, ihr wart die besten kollegen, ich fange am montag im neuen job an"),
    ("de", "mein kater hat ein neues zuhause, weil mein sohn allergisch ist"),
    ("de", "ich stehe an den gleisen, der zug hat wieder verspätung"),
    ("de", "das seil ist für die schaukel im garten"),
    ("de", "mein opa hatte vor zwei jahren einen schlaganfall"),
    ("de", "ich muss mich noch schneiden lassen, die haare sind zu lang"),
    ("de", "ich sterbe vor langeweile"),
    ("de", "mein chef bringt mich um wenn ich wieder zu spät komme"),
    ("de", "ich bin so müde nach der arbeit, ich könnte ewig schlafen"),
    ("de", "seit der trennung bin ich wie betäubt"),
    ("de", "sorry an alle, die heute nicht kommen konnten"),
    ("de", "heute abend bringe ich den müll raus"),
    ("de", "wie hoch ist der kölner dom"),
    ("de", "ich plane meinen urlaub"),
    ("de", "ich sterbe fast vor lachen, das video ist zu gut"),
    ("de", "die bruecke ist wegen bauarbeiten gesperrt"),
    ("de", "ich seh keinen ausweg aus diesem chaos im büro"),
    ("de", "hab meine tabletten gezählt, muss neue beim arzt holen"),
    ("de", "wenn ich morgen nicht antworte, bin ich auf dem konzert"),
    ("de", "sitze auf dem dach und repariere die antenne"),
    ("de", "meine mutter hat mich aus dem gruppenchat geworfen lol"),
    ("de", "ich bring dich um wenn du das nochmal machst haha"),
    ("en", "i'd rather be dead than seen in that jumper"),
    ("en", "updated my will now that we've had a baby, the responsible thing to do"),
    ("en", "one way ticket to lisbon, moving there for work"),
    ("en", "i just want the noise from the roadworks to stop for good"),
    ("en", "it's my last day at this company, nobody knows yet"),
    ("de", "ich sitze auf dem balkon und trinke kaffee"),
    ("de", "ich hab keine überdosis genommen, nur zwei tabletten"),
]


@pytest.mark.parametrize("lang,category,text", CRISIS)
def test_round8_crisis(lang: str, category: Category, text: str) -> None:
    assert_crisis(text, lang, category)


@pytest.mark.parametrize("lang,category,text", CRISIS)
def test_round8_crisis_without_hint(lang: str, category: Category, text: str) -> None:
    assert_crisis(text, None)


@pytest.mark.parametrize("lang,text", NOT_CRISIS)
def test_round8_look_alikes_not_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
