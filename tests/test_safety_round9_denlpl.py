"""Round 9 (second pass) probes for German, Dutch and Polish.

Own sentences (not copied from tests/data): each concept added in the 2nd pass has crisis
probes that must reach ``Level.CRISIS`` with the right category, and the defusers (laughter,
a past told as past, a trip with a return, quitting a job, coping instead of acting, a habit,
someone else's words) have look-alikes that must stay below crisis.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                      Category.ABUSE, Category.MEDICAL_EMERGENCY)

CRISIS = [
    # ---- German
    # goodbye + thanks (two farewell signs)
    ("de", "Danke für die letzten Jahre mit euch. Macht's gut, ihr alle.", S),
    ("de", "tschüss welt, war nett", S),
    ("de", "ihr hört nie wieder von mir", S),
    ("de", "meine eigene todesanzeige hab ich gestern schon geschrieben", S),
    # not waking up, clipped verb forms
    ("de", "ich hoff jede nacht dass ich einfach nicht mehr aufwach", S),
    ("de", "wenn ich morgen nicht mehr aufwache wäre das völlig okay", S),
    # a date as deadline
    ("de", "noch 2 tage, dann ist endlich ruhe in meinem kopf", S),
    ("de", "nach freitag ist eh alles egal", S),
    ("de", "samstag wird mein letzter tag", S),
    # means checked for sufficiency
    ("de", "reichen zwei packungen paracetamol eigentlich", S),
    ("de", "wie hoch muss ein hochhaus sein damit man sicher nicht mehr aufsteht", S),
    ("de", "ich zähl schon wieder meine schlaftabletten", S),
    # places
    ("de", "hock grad oben auf dem dach vom hochhaus in der innenstadt", S),
    ("de", "ich fahr heute einfach gegen den nächsten baum", S),
    # switching off
    ("de", "will mich einfach vom leben abmelden", S),
    ("de", "bald bin ich nicht mehr euer problem", S),
    # self-harm now
    ("de", "die rasierklinge liegt neben mir auf dem bett", SH),
    ("de", "ich muss mir jetzt sofort wehtun", SH),
    ("de", "hab mir heute zu tief geritzt", SH),
    ("de", "trage nur noch pullover damit keiner die neuen schnitte sieht", SH),
    # threats
    ("de", "der typ soll am montag bluten", HO),
    ("de", "ich kipp ihr morgen rattengift in den kaffee", HO),
    ("de", "am samstag lauer ich ihm vor der disco auf", HO),
    # abuse now
    ("de", "er lässt mich nicht mehr aus der wohnung", AB),
    ("de", "mein freund hat ein glas nach mir geworfen und brüllt", AB),
    ("de", "er hämmert gegen die badtür, ich hab solche angst", AB),
    # medical
    ("de", "mein sohn hat rohrreiniger getrunken", MED),
    ("de", "opa ist umgekippt und reagiert nicht", MED),
    ("de", "sie hat schaum vorm mund und zuckt", MED),
    # pass 2b: death as the solution, painless search, a rope "not for climbing", blades taken out
    ("de", "sterben wäre echt die einzige lösung", S),
    ("de", "hab nach suizid schmerzlos gesucht", S),
    ("de", "hab ein seil besorgt und nein, nicht fürs klettern", S),
    ("de", "hab den rasierer auseinandergebaut für die klinge", SH),
    ("de", "mein kleiner hat tabletten aus meiner tasche geschluckt", MED),
    # ---- Dutch
    ("nl", "dankjewel voor al die jaren. het is goed zo", S),
    ("nl", "zelfmoord is volgens mij de enige uitweg", S),
    ("nl", "ik haal de mesjes uit mijn puntenslijper", SH),
    ("nl", "na zaterdag ben ik niemands probleem meer", S),
    ("nl", "vannacht is het klaar, ik heb er vrede mee", S),
    ("nl", "ik wil gewoon de pijp uit", S),
    ("nl", "ik ga voor de trein vanavond", S),
    ("nl", "ik zit op de brug met mijn benen over de rand", S),
    ("nl", "morgen rij ik met de auto tegen een boom", S),
    ("nl", "ik ben er binnenkort niet meer", S),
    ("nl", "het scheermesje ligt klaar in mijn etui", SH),
    ("nl", "weer gesneden vannacht, en dieper", SH),
    ("nl", "ik heb zo'n zin om te snijden", SH),
    ("nl", "ik doe rattengif in zijn koffie", HO),
    ("nl", "morgen wacht ik hem op met een knuppel", HO),
    ("nl", "ik zit met mijn zusje onder het bed, papa is woedend", AB),
    ("nl", "mijn vriend heeft me van de trap geduwd", AB),
    ("nl", "mijn broertje heeft een knoopcelbatterij ingeslikt", MED),
    ("nl", "opa ademt bijna niet meer", MED),
    # ---- Polish
    ("pl", "stoję na moście i patrzę w dół", S),
    ("pl", "jutro idę na tory, mam dość", S),
    ("pl", "nie dotrwam do świąt, już postanowiłem", S),
    ("pl", "nie szukajcie mnie", S),
    ("pl", "kończę ze sobą jeszcze dziś", S),
    ("pl", "wszystkim będzie łatwiej jak mnie zabraknie", S),
    ("pl", "pętla już wisi na strychu", S),
    ("pl", "mamo, jeśli to czytasz, to przepraszam", S),
    ("pl", "żyletka leży obok mnie na łóżku", SH),
    ("pl", "muszę się pociąć, nie wytrzymam", SH),
    ("pl", "znowu poszło za głęboko", SH),
    ("pl", "wleję mu coś do kawy jutro", HO),
    ("pl", "połamiemy mu nogi po treningu", HO),
    ("pl", "schowałam się w szafie, on krzyczy", AB),
    ("pl", "ojczym dusi mnie kiedy pije", AB),
    ("pl", "dziadek ma atak padaczki od pięciu minut", MED),
    ("pl", "po ukąszeniu puchnie mi gardło", MED),
]

NOT_CRISIS = [
    # ---- German: laughter, the past, a return, job, coping, someone else's words, topics
    ("de", "hahaha ich bring mich um, der hund trägt ne sonnenbrille"),
    ("de", "ich sterbe vor lachen über das video"),
    ("de", "will einfach verschwinden, unter meiner bettdecke bis sonntag"),
    ("de", "vor drei jahren hat mich ein typ begrapscht, ich hab das gut verarbeitet"),
    ("de", "mein sohn sagt oft 'ich will tot sein' wenn er das tablet abgeben muss"),
    ("de", "meine schwester hat früher geritzt, heute ist sie stabil"),
    ("de", "Kündigung eingereicht! Danke an alle, ihr wart toll"),
    ("de", "in der doku ging es um eine überdosis heroin in den 90ern"),
    ("de", "meine oma hat gefragt was 'umbringen' auf englisch heißt"),
    ("de", "hab die möbel verschenkt weil ich nach hamburg zieh"),
    ("de", "nicht dass ich das will, aber manchmal denk ich an den tod"),
    ("de", "wie viele eier reichen für den kuchen"),
    ("de", "mein chef bringt mich noch um mit den überstunden"),
    ("de", "das seil liegt im keller, neben den campingsachen"),
    # ---- Dutch
    ("nl", "bedankt voor alles, het was een top avond"),
    ("nl", "ik ga voor de trein van half negen, die is sneller"),
    ("nl", "haha ik ga dood, die kat valt van de bank"),
    ("nl", "ik heb me doodgelachen om die film"),
    ("nl", "heb me gesneden aan een blikje, pleister erop"),
    ("nl", "ik geef les over zelfbeschadiging aan docenten"),
    ("nl", "toen ik tien jaar geleden werd misbruikt, durfde ik niks te zeggen"),
    ("nl", "ik had zin om te krassen maar ik ben gaan hardlopen"),
    ("nl", "de kat zit onder het bed en wil er niet uit"),
    ("nl", "de trein naar utrecht komt om acht uur"),
    # ---- Polish
    ("pl", "chcę zniknąć na weekend w góry bez internetu"),
    ("pl", "piszę pracę o samookaleczeniach u młodzieży"),
    ("pl", "mam ochotę się pociąć, ale nie robię tego, trzymam lód"),
    ("pl", "nie jest tak, że chcę umrzeć, po prostu jestem zmęczona"),
    ("pl", "napisałam list pożegnalny do zespołu, odchodzę z firmy"),
    ("pl", "drapię się do krwi jak się stresuję, to normalne?"),
    ("pl", "hahaha zabiję się, ten pies gada"),
    ("pl", "zostały mi 3 dni urlopu"),
]


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_round9_crisis(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)


@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS)
def test_round9_not_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
