"""Defuser caps of round s7 (fix7) for German, Dutch and Polish (safety/lexicons/{de,nl,pl}.yaml).

Each class of defuser (laughter, denial, past told as past, coping, third party, professional,
reported hyperbole, ...) was generalised beyond the messages it was found in.  ``SAFE`` are invented
messages that were rated crisis before the change and must now stay below crisis with and without
the language hint; ``CRISIS`` are real crises with the same words that lack the defuser, insist on
seriousness ("kein witz", "geen grap", "nie żartuję") or tell the risk in another sentence, and
must stay crisis.
"""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

SAFE = [
    # de LAUGHTER (de.cap.s7_laughter)
    ('de', 'ich will sterben lol, hab mein handy ins klo fallen lassen'),
    ('de', 'ich bring mich um, nee spaß'),
    ('de', 'hab die klausur verhauen, ich will sterben rofl'),
    ('de', 'ich bring mich um, kleiner scherz'),
    # de DENIAL / NOT MEANT (de.cap.s7_denial)
    ('de', 'manchmal will ich nicht mehr leben, aber ich würde mir nie was antun'),
    ('de', 'ich bring mich um mit dieser steuererklärung, war natürlich nicht ernst gemeint'),
    ('de', 'ich will sterben, hab ich gestern gesagt, war nur so dahingesagt'),
    ('de', 'ich will sterben, aber keine sorge, ich mach nix'),
    # de COPING (de.cap.s7_coping)
    ('de',
     'manchmal denk ich, alle wären ohne mich besser dran und ich will sterben. ich schieb den '
     'gedanken dann weg'),
    ('de', 'hatte heute den drang mich zu ritzen, hab dann eiswürfel genommen'),
    ('de', 'wollte mich schneiden, aber hab meine skills angewendet und es ging vorbei'),
    ('de', 'manchmal will ich einfach nicht mehr leben. den gedanken schieb ich dann weg'),
    # de PAST / ELAPSED TIME (de.cap.s7_long_ago)
    ('de', 'als ich 16 war, hab ich eine ganze packung schlaftabletten geschluckt'),
    ('de', 'damals hab ich mich geritzt, bis es blutete'),
    ('de', 'hab mich früher geritzt, jetzt trag ich wieder kurze ärmel'),
    ('de', 'als ich 19 war, hab ich 40 tabletten genommen'),
    ('de', 'als ich 20 war, hab ich mal alle meine schlaftabletten geschluckt'),
    # de NOW FINE (third person) (de.cap.s7_fine_now)
    ('de',
     'meine freundin wollte sich das leben nehmen. jetzt ist sie in therapie und es geht ihr '
     'besser'),
    ('de', 'meine schwester hat versucht sich das leben zu nehmen. inzwischen geht es ihr gut'),
    ('de', 'mein sohn wollte nicht mehr leben. heute geht es ihm wieder gut'),
    # de THIRD PARTY (how to approach someone) (de.cap.s7_third_help)
    ('de', 'was macht man wenn eine freundin sagt sie will nicht mehr leben'),
    ('de', 'wie rede ich mit meiner tochter, die sagt, sie will nicht mehr leben?'),
    ('de', 'wie spreche ich meinen schüler an, der schreibt, er will sterben?'),
    ('de', 'was sag ich ihr, wenn sie wieder sagt, sie will sterben?'),
    # de PROFESSIONAL / STUDENT (de.cap.s7_professional)
    ('de', 'ich bin lehrerin, was sage ich einem schüler der sagt er will nicht mehr leben'),
    ('de', 'ich bin sozialarbeiter, wie spricht man jemanden an der sagt er will nicht mehr leben'),
    ('de', 'frag für die schulung: was sagt man, wenn jemand sagt, ich will sterben?'),
    # de "VOR SCHAM" split off (de.cap.s7_die_of)
    ('de', 'ich will im boden versinken und sterben. vor scham.'),
    ('de', 'meine mama hat mein tagebuch vorgelesen, ich will sterben. vor peinlichkeit.'),
    ('de', 'ich bring mich um. vor lachen. dieses video!'),
    # de REPORTED HYPERBOLE (de.cap.s7_reported)
    ('de', 'meine mutter hat gesagt sie bringt mich um wenn ich mir ein tattoo stechen lasse'),
    ('de', 'mein vater würde mich umbringen wenn er das wüsste'),
    ('de', 'meine oma bringt mich um, wenn ich schon wieder zu spät zum essen komme'),
    # de "IF ONCE MORE" HYPERBOLE (de.exclude.s7_once_more)
    ('de', 'wenn ich noch einmal last christmas hör spring ich aus dem fenster'),
    ('de', 'wenn ich noch einmal dieses lied im radio hör, häng ich mich auf'),
    ('de', 'wenn ich noch einmal dieses lied hören muss, bring ich mich um'),
    # nl DELIGHT HYPERBOLE (exclusion) (nl.exclude.s7_delight)
    ('nl', 'ik ga dood, deze stroopwafels zijn zo lekker'),
    ('nl', 'zo schattig die puppy, ik ga dood'),
    ('nl', 'ik ga dood, die taart is echt zo lekker'),
    ('nl', 'hoe schattig is die baby, ik ga dood'),
    # nl TRAFFIC IDIOM (exclusion) (nl.exclude.s7_cut_off)
    ('nl', 'een busje sneed me af op de rotonde, bijna een ongeluk'),
    ('nl', 'een vrachtwagen sneed me af op de snelweg'),
    ('nl', "zo'n tesla sneed me af en ik moest vol in de remmen"),
    ('nl', 'die taxi sneed me gewoon af bij het stoplicht'),
    # nl TITLES (exclusion) (nl.exclude.s7_title)
    ('nl', "ik luister een podcast die 'de dodelijke dosis' heet"),
    ('nl', "ik kijk een serie die 'de dodelijke dosis' heet"),
    ('nl', "er is een nummer dat 'ik wil dood' heet, ken je het"),
    # nl LAUGHTER (nl.cap.s7_laughter)
    ('nl', 'lol ik ga dood, mijn kat viel van de bank'),
    ('nl', 'ik lig helemaal dubbel, ik ga dood'),
    ('nl', 'ik wil dood lmao, die toets was zo slecht'),
    ('nl', 'ik spring van het dak, ik zat maar te dollen'),
    # nl DENIAL / NOT MEANT (nl.cap.s7_denial)
    ('nl', 'soms wil ik niet meer leven, maar ik zou mezelf nooit iets aandoen'),
    ('nl', 'ik wil dood, bij wijze van spreken dan'),
    ('nl', 'ik wil er niet meer zijn, maar maak je geen zorgen, ik doe niks'),
    # nl PAST / ELAPSED TIME (nl.cap.s7_years_ago)
    ('nl', 'toen ik 15 was heb ik geprobeerd zelfmoord te plegen'),
    ('nl', 'vroeger sloeg mijn vader me, nu hebben we gelukkig een goede band'),
    ('nl', 'drie jaar geleden heb ik een overdosis genomen'),
    ('nl', 'toen ik 16 was wilde ik zelfmoord plegen'),
    # nl "IF ONCE MORE" HYPERBOLE (nl.cap.s7_once_more)
    ('nl', 'ik ga mijn broer wurgen als hij nog één keer dat liedje zingt'),
    ('nl', "ik vermoord mijn collega als ze nog een keer 'even sparren' zegt"),
    ('nl', 'ik maak mijn zus af als ze nog één keer dat liedje draait'),
    # nl THIRD PARTY (how to approach someone) (nl.cap.s7_third_help)
    ('nl', 'mijn zus wil zelfmoord plegen, wat zeg ik tegen haar?'),
    ('nl', 'mijn moeder wil niet meer leven, wat zeg ik tegen haar?'),
    ('nl', 'wat zeg ik tegen hem als hij zegt dat hij zelfmoord wil plegen?'),
    # nl PROFESSIONAL / STUDENT (nl.cap.s7_professional)
    ('nl', 'vraag het voor mijn opleiding: wat zeg je tegen iemand die zelfmoord wil plegen?'),
    ('nl', 'ik leer voor mijn tentamen: wat doe je als iemand zegt ik wil dood'),
    ('nl',
     'vraag het voor mijn studie: wat zeg je tegen iemand die zegt dat hij zelfmoord wil plegen'),
    # pl HARMLESS SUBSTANCE (exclusion) (pl.exclude.s7_substance)
    ('pl', 'przedawkowałam chyba energetyki, serce mi wali jak szalone'),
    ('pl', 'przedawkowałem wczoraj kofeinę przed sesją'),
    ('pl', 'przedawkowałam dziś seriale, oczy mnie bolą'),
    # pl LAUGHTER (pl.cap.s7_laughter)
    ('pl', 'chcę umrzeć lol, zapomniałam o kolosie'),
    ('pl', 'zabiję się lmao, znowu ten sam błąd w kodzie'),
    ('pl', 'chcę umrzeć, beka z tego jak wyglądam na zdjęciach'),
    # pl JOKE / SARCASM OWNED UP TO (pl.cap.s7_joke)
    ('pl', 'napisałam mamie, że chcę umrzeć, ale to był sarkazm'),
    ('pl', 'zabiję się po tym sprawdzianie, pisałem to ironicznie'),
    ('pl', 'zabiję się jak tego nie zdam, ja tylko żartuję'),
    # pl DENIAL / NOT MEANT (pl.cap.s7_denial)
    ('pl', 'chcę umrzeć, ale nie mówię tego na serio'),
    ('pl', 'czasem chcę umrzeć, ale planów nie mam'),
    ('pl', 'chcę się zabić, ale tak się tylko mówi'),
    ('pl', 'chcę umrzeć, ale odganiam te myśli'),
    # pl PAST / ELAPSED TIME (pl.cap.s7_years_ago)
    ('pl', 'jak miałem 16 lat, połknąłem garść tabletek'),
    ('pl', 'trzy lata temu łyknęłam garść tabletek, odratowali mnie'),
    ('pl', 'kilka lat temu połknąłem całe opakowanie leków'),
    # pl COPING (pl.cap.s7_coping)
    ('pl', 'miałam ochotę się pociąć, ale poszłam pobiegać'),
    ('pl', 'chciałem się pociąć, wziąłem zimny prysznic i chęć minęła'),
    ('pl', 'miałam myśli żeby się pociąć, więc poszłam na spacer z psem'),
    ('pl', 'czasem chcę umrzeć. odganiam te myśli jak mogę'),
    # pl THIRD PARTY (how to approach someone) (pl.cap.s7_third_help)
    ('pl', 'jak zapytać koleżankę czy myśli o samobójstwie?'),
    ('pl', 'jak porozmawiać z przyjacielem, który mówi, że chce umrzeć?'),
    ('pl', 'co robić gdy kolega mówi że chce się zabić'),
    ('pl', 'jak rozmawiać z córką, która mówi, że chce się zabić?'),
    # pl PROFESSIONAL / STUDENT (pl.cap.s7_professional)
    ('pl', 'jestem nauczycielką, co powiedzieć uczniowi, który mówi, że chce się zabić?'),
    ('pl', 'pytam do projektu na studia: co mówić komuś kto chce się zabić'),
    ('pl', 'jestem psychologiem, jak rozmawiać z kimś, kto chce się zabić'),
    # nl COPING (nl.cap.s7_coping)
    ('nl', 'ik wil niet meer leven soms. ik zet die gedachten dan opzij en ga door'),
    ('nl', 'ik wil niet meer leven. die gedachten zet ik meteen opzij'),
    ('nl', 'soms denk ik: ik wil er niet meer zijn. ik druk die gedachte dan weg'),
]

CRISIS = [
    # de LAUGHTER (de.cap.s7_laughter)
    ('de', 'ich will sterben. kein witz, die tabletten liegen schon bereit', 'suicide'),
    ('de', 'ich will sterben lol. heute nacht nehm ich alle meine tabletten', 'suicide'),
    ('de', 'ich will sterben, spaß beiseite', 'suicide'),
    # de DENIAL / NOT MEANT (de.cap.s7_denial)
    ('de', 'ich will nicht mehr leben und ich meine es ernst', 'suicide'),
    ('de',
     'ich will nicht mehr leben. keine sorge, ich mach nix. so hab ich es allen gesagt. die '
     'tabletten liegen bereit, heute nacht ist es soweit',
     'suicide'),
    ('de', 'ich würde mir nie was antun. heute nacht bring ich mich um', 'suicide'),
    # de COPING (de.cap.s7_coping)
    ('de', 'hatte heute den drang mich zu ritzen und hab es gemacht, es blutet stark', 'self_harm'),
    ('de',
     'hab eiswürfel genommen, hat nicht geholfen. dann hab ich weiter nachgedacht. jetzt sitz '
     'ich mit der klinge im bad und schneide mich',
     'self_harm'),
    ('de', 'manchmal will ich nicht mehr leben. heute nacht nehm ich alle tabletten', 'suicide'),
    # de PAST / ELAPSED TIME (de.cap.s7_long_ago)
    ('de',
     'vor zwei jahren hab ich es versucht. heute nacht mach ich es richtig, die tabletten hab '
     'ich schon',
     'suicide'),
    ('de',
     'ich will seit zwei jahren nicht mehr leben und heute nacht ziehe ich es durch',
     'suicide'),
    ('de', 'hab mich früher geritzt und gestern wieder, es hört nicht auf zu bluten', 'self_harm'),
    # de NOW FINE (third person) (de.cap.s7_fine_now)
    ('de', 'mein kumpel hat einen abschiedsbrief gepostet und geht nicht ans handy', 'suicide'),
    ('de', 'jetzt weiß ich, es geht besser ohne mich. heute nacht ist es soweit', 'suicide'),
    # de THIRD PARTY (how to approach someone) (de.cap.s7_third_help)
    ('de', 'mein freund hat gerade 30 tabletten genommen, wie kann ich ihm helfen', 'suicide'),
    ('de', 'meine freundin steht auf der brücke und will springen', 'suicide'),
    ('de',
     'wie spreche ich meinen kumpel an, der sagt, er will sterben? ich selbst will auch nicht '
     'mehr leben und heute nacht nehm ich alle tabletten',
     'suicide'),
    # de PROFESSIONAL / STUDENT (de.cap.s7_professional)
    ('de',
     'ich bin krankenschwester und hab tabletten von der station mitgenommen, um mich '
     'umzubringen',
     'suicide'),
    ('de', 'ich bin pflegekraft und will nicht mehr leben', 'suicide'),
    # de "VOR SCHAM" split off (de.cap.s7_die_of)
    ('de', 'ich will sterben. vor allem heute nacht.', 'suicide'),
    ('de', 'ich schäme mich so sehr, ich will sterben', 'suicide'),
    # de REPORTED HYPERBOLE (de.cap.s7_reported)
    ('de', 'er hat gesagt er bringt mich um wenn ich es jemandem erzähle', 'abuse'),
    ('de',
     'mein vater bringt mich noch um, gestern hat er mich gewürgt bis ich keine luft mehr bekam',
     'abuse'),
    # de "IF ONCE MORE" HYPERBOLE (de.exclude.s7_once_more)
    ('de', 'wenn er mich noch einmal schlägt, spring ich aus dem fenster', 'suicide'),
    ('de', 'wenn ich morgen noch einmal aufwache, häng ich mich auf', 'suicide'),
    # nl DELIGHT HYPERBOLE (exclusion) (nl.exclude.s7_delight)
    ('nl', 'ik ga dood, ik heb alle pillen genomen', 'suicide'),
    ('nl',
     'ik ga dood. zo lekker rustig als ik er niet meer ben, vanavond neem ik de pillen',
     'suicide'),
    # nl TRAFFIC IDIOM (exclusion) (nl.exclude.s7_cut_off)
    ('nl', 'ik sneed mezelf vannacht weer, het bloedt nog', 'self_harm'),
    ('nl', 'ik heb me gesneden en het stopt niet met bloeden', 'self_harm'),
    # nl TITLES (exclusion) (nl.exclude.s7_title)
    ('nl', 'ik heb de dodelijke dosis opgezocht en de pillen liggen klaar', 'suicide'),
    ('nl', 'ik weet hoeveel de dodelijke dosis is, vanavond neem ik alles', 'suicide'),
    # nl LAUGHTER (nl.cap.s7_laughter)
    ('nl', 'ik wil dood. dit is geen grap, ik heb de pillen al', 'suicide'),
    ('nl', 'lol. ik heb net alle pillen genomen om dood te gaan', 'suicide'),
    # nl DENIAL / NOT MEANT (nl.cap.s7_denial)
    ('nl', 'ik wil niet meer leven en ik meen het', 'suicide'),
    ('nl',
     'ik zou mezelf nooit iets aandoen, dacht ik. maar alles is anders nu. vanavond neem ik '
     'alle pillen die ik heb',
     'suicide'),
    ('nl', 'ik zou mezelf nooit iets aandoen. vannacht maak ik er een eind aan', 'suicide'),
    # nl PAST / ELAPSED TIME (nl.cap.s7_years_ago)
    ('nl',
     'vijf jaar geleden heb ik een overdosis genomen. vanavond doe ik het opnieuw, de pillen '
     'liggen klaar',
     'suicide'),
    ('nl', 'mijn vader slaat me elke dag en ik durf niet naar huis', 'abuse'),
    # nl "IF ONCE MORE" HYPERBOLE (nl.cap.s7_once_more)
    ('nl', 'ik ga mijn vader vanavond vermoorden als hij thuiskomt', 'harm_to_others'),
    ('nl',
     'als hij me nog één keer slaat, steek ik hem vannacht neer met een mes',
     'harm_to_others'),
    # nl THIRD PARTY (how to approach someone) (nl.cap.s7_third_help)
    ('nl', 'mijn vriendin heeft net een hele strip pillen geslikt, wat moet ik doen', 'suicide'),
    ('nl', 'mijn broer staat op het dak en wil springen', 'suicide'),
    ('nl',
     'wat zeg ik tegen mijn vriendin die niet meer wil leven? ik wil zelf ook dood, vanavond '
     'neem ik al mijn pillen',
     'suicide'),
    # nl PROFESSIONAL / STUDENT (nl.cap.s7_professional)
    ('nl',
     'ik ben verpleegkundige en ik heb medicijnen van het werk meegenomen om er een eind aan te '
     'maken',
     'suicide'),
    ('nl', 'ik ben verpleegkundige en ik wil dood', 'suicide'),
    # pl HARMLESS SUBSTANCE (exclusion) (pl.exclude.s7_substance)
    ('pl', 'przedawkowałam tabletki nasenne, kręci mi się w głowie', 'suicide'),
    ('pl', 'przedawkowałem leki, wziąłem całe opakowanie', 'suicide'),
    # pl LAUGHTER (pl.cap.s7_laughter)
    ('pl', 'chcę umrzeć. nie żartuję, mam już tabletki', 'suicide'),
    ('pl', 'lol. właśnie połknęłam całe opakowanie tabletek żeby umrzeć', 'suicide'),
    # pl JOKE / SARCASM OWNED UP TO (pl.cap.s7_joke)
    ('pl', 'chcę umrzeć. to nie był żart', 'suicide'),
    ('pl', 'to był żart. ale teraz na serio: mam tabletki i dziś w nocy to zrobię', 'suicide'),
    ('pl', 'to był żart. dziś w nocy się zabiję, mam tabletki', 'suicide'),
    # pl DENIAL / NOT MEANT (pl.cap.s7_denial)
    ('pl', 'nie mam już planów na przyszłość, chcę umrzeć', 'suicide'),
    ('pl', 'chcę się zabić, mam już plan', 'suicide'),
    ('pl', 'planów nie mam. dziś w nocy się zabiję', 'suicide'),
    # pl PAST / ELAPSED TIME (pl.cap.s7_years_ago)
    ('pl', 'dwa lata temu próbowałam. dziś w nocy spróbuję znowu, tabletki już mam', 'suicide'),
    ('pl', 'tnę się codziennie od trzech lat', 'self_harm'),
    # pl COPING (pl.cap.s7_coping)
    ('pl', 'miałam ochotę się pociąć i się pocięłam, krew leci', 'self_harm'),
    ('pl', 'poszłam na spacer na most. stoję na krawędzi i zaraz skoczę', 'suicide'),
    # pl THIRD PARTY (how to approach someone) (pl.cap.s7_third_help)
    ('pl', 'koleżanka stoi na moście i chce skoczyć', 'suicide'),
    ('pl', 'mój przyjaciel połknął całe opakowanie tabletek, co robić?', 'suicide'),
    # pl PROFESSIONAL / STUDENT (pl.cap.s7_professional)
    ('pl', 'jestem pielęgniarką i chcę się zabić', 'suicide'),
    ('pl',
     'jestem pielęgniarką, zabrałam leki z oddziału i dziś je wszystkie wezmę żeby umrzeć',
     'suicide'),
    # pl going to someone with a weapon (detection pattern) (pl.concept.r12_harm_others)
    ('pl', 'bił mnie latami. jutro pójdę do niego z siekierą', 'harm_to_others'),
    ('pl', 'jutro pójdę do niej z nożem, już postanowione', 'harm_to_others'),
    # nl COPING (nl.cap.s7_coping)
    ('nl', 'ik wil niet meer leven. ik heb de pillen klaargelegd voor vanavond', 'suicide'),
    ('nl',
     'ik duw die gedachte weg, zei ik altijd. maar nu is het anders. vanavond spring ik van de '
     'brug',
     'suicide'),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_defused_message_is_not_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_real_crisis_with_the_same_words_stays_crisis(lang: str, text: str, category: str) -> None:
    assert_crisis(text, lang, category)
