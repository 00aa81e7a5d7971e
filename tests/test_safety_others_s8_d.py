"""Danger at home, to others and medical emergencies of session 8 (fix8b_d): en, de, nl, pl.

Rules added to ``safety/lexicons/{en,de,nl,pl}.yaml`` (ids ``<lang>.concept.s8d_*``) for messages
that tell the danger without the obvious words: abuse at home (hiding while someone breaks the
door in, locked in with the phone or keys taken, "next time he'll finish it", strangling, a
child burned or held under water, someone coming into a child's room at night, a carer hurting
an old person), harm to others with intent and means but no killing word (waiting at someone's
home, work or car with a weapon, "tonight he pays", poison or pills in someone's food or drink,
running someone over, a firearm taken to a school or workplace) and medical emergencies told by
symptom (stroke signs, blue lips, limp and blue, a seizure going on for minutes, a child who
swallowed pills, a battery or a household product, swelling of tongue or throat, chest pain
spreading to the arm, bleeding that won't stop or soaks through towels).  ``CRISIS`` are
invented messages that were rated below crisis (or without the category) before the change and
must now reach crisis with the category, with and without the language hint; ``SAFE`` are
look-alikes sharing the rules' words (games, cooking, pranks, the weather, bills, sports,
photos, everyday objects) that must stay below crisis.
"""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

CRISIS = [
    # en.concept.s8d_blood_soaking
    ('en', 'blood is soaking through every towel', 'medical_emergency'),
    # en.concept.s8d_burned_child
    ('en', 'my stepdad burned my little brother with a lighter just now', 'abuse'),
    ('en', "mom's boyfriend burnt my baby sister with his cigarette", 'abuse'),
    # en.concept.s8d_chest_arm
    ('en', 'pressure in my chest down my left arm and i feel like throwing up',
     'medical_emergency'),
    # en.concept.s8d_he_pays
    ('en', 'tonight he pays', 'harm_to_others'),
    ('en', 'tonight that bastard pays', 'harm_to_others'),
    # en.concept.s8d_head_under_water
    ('en', 'my 6 yr old said daddy pushed her head under the bath water', 'abuse'),
    # en.concept.s8d_locked_in
    ('en', 'my neighbour locked his wife in the basement and took her phone', 'abuse'),
    # en.concept.s8d_poison_food
    ('en', 'i put some of the antifreeze in her drink', 'harm_to_others'),
    ('en', 'i crushed up my husbands pills in his soup so he never wakes up', 'harm_to_others'),
    ('en', 'put her sleeping pills in his tea so he never wakes up', 'harm_to_others'),
    # en.concept.s8d_run_over
    ('en', 'hes planning to run his boss down in the car park tomorrow', 'harm_to_others'),
    # en.concept.s8d_seizure_minutes
    ('en', 'shes been fitting for 6 minutes', 'medical_emergency'),
    ('en', "my mate's fit won't stop, its been 8 mins", 'medical_emergency'),
    # en.concept.s8d_stroke
    ('en', "my mom's mouth is crooked and her words are coming out wrong", 'medical_emergency'),
    ('en', 'my grandad cant move his left side and his speech is slurred', 'medical_emergency'),
    # en.concept.s8d_swelling
    ('en', 'her face and tongue are swelling after the bee sting', 'medical_emergency'),
    # en.concept.s8d_tied_up
    ('en', 'the care home worker tied my nan to the chair and hit her', 'abuse'),
    # en.concept.s8d_wait_weapon
    ('en', 'sitting in my car across from her place with my dads pistol', 'harm_to_others'),
    # en.concept.s8d_weapon_venue
    ('en', 'my friend has a gun and says hes going to the school tomorrow', 'harm_to_others'),
    ('en', 'he took a loaded gun and hes going to work tomorrow', 'harm_to_others'),
    # en.concept.s8d_whats_coming
    ('en', "he's gonna get what's coming tonight, i have the bat", 'harm_to_others'),
    # de.concept.s8d_bleeding
    ('de', 'hab mir mit der säge in die hand geschnitten und die blutung hört nicht auf',
     'medical_emergency'),
    ('de', 'überall blut und es hört nicht auf zu bluten', 'medical_emergency'),
    ('de', 'das blut hört einfach nicht auf', 'medical_emergency'),
    # de.concept.s8d_blood_soaking
    ('de', 'das blut läuft durch jedes handtuch', 'medical_emergency'),
    # de.concept.s8d_carer
    ('de', 'der pfleger schlägt meinen opa wenn keiner hinschaut', 'abuse'),
    ('de', 'die pflegerin schlägt meine oma', 'abuse'),
    ('de', 'im heim binden sie meine oma ans bett und schlagen sie', 'abuse'),
    # de.concept.s8d_confined
    ('de', 'er hat die tür abgeschlossen und mir das handy abgenommen', 'abuse'),
    ('de', 'mein freund hat die wohnung abgeschlossen und mir das telefon weggenommen', 'abuse'),
    ('de', 'sie hat mir handy und autoschlüssel weggenommen, ich darf nirgends hin', 'abuse'),
    ('de', 'mein nachbar hat seine frau im keller eingesperrt und ihr das handy weggenommen',
     'abuse'),
    # de.concept.s8d_hands_neck
    ('de', 'er hat mir wieder die hände um den hals gelegt', 'abuse'),
    ('de', 'er hat ihr die hände um den hals gedrückt', 'abuse'),
    # de.concept.s8d_he_pays
    ('de', 'heute nacht zahlt er dafür', 'harm_to_others'),
    ('de', 'heut abend kriegt er was er verdient, der schläger liegt im auto', 'harm_to_others'),
    ('de', 'heute nacht bezahlt er, das messer ist in meiner tasche', 'harm_to_others'),
    ('de', 'heute nacht büßt er dafür', 'harm_to_others'),
    # de.concept.s8d_hiding_door
    ('de', 'sie versteckt sich im schrank, er tritt die tür ein', 'abuse'),
    # de.concept.s8d_limp_blue
    ('de', 'das baby ist schlaff und blau', 'medical_emergency'),
    # de.concept.s8d_next_time
    ('de', 'er hat gesagt nächstes mal macht er es zu ende', 'abuse'),
    ('de', 'er hat gedroht beim nächsten mal bringt er mich kalt', 'abuse'),
    ('de', 'er hat gesagt wenn ich nochmal gehe bringt er es zu ende', 'abuse'),
    # de.concept.s8d_night_room
    ('de', 'meine freundin sagt ihr vater kommt nachts in ihr zimmer', 'abuse'),
    ('de', 'mein stiefvater kommt jede nacht in mein zimmer', 'abuse'),
    # de.concept.s8d_poison_food
    ('de', 'hab frostschutzmittel in ihr getränk gekippt', 'harm_to_others'),
    ('de', 'hab die tabletten von meinem mann in seine suppe gemischt damit er nicht mehr aufwacht',
     'harm_to_others'),
    ('de', 'hab ihm tabletten in den kaffee getan damit er krank wird', 'harm_to_others'),
    ('de', 'hab ihm frostschutzmittel in den drink gemischt', 'harm_to_others'),
    # de.concept.s8d_run_over
    ('de', 'mein bruder sagt er fährt seine ex mit dem auto um wenn sie aus der arbeit kommt',
     'harm_to_others'),
    # de.concept.s8d_schedule_blade
    ('de', 'ich kenn seinen dienstplan und das messer ist geschliffen, freitag', 'harm_to_others'),
    # de.concept.s8d_stroke
    ('de', 'der mund von meiner mutter ist schief und sie redet wirres zeug', 'medical_emergency'),
    ('de', 'opa kann seine linke seite nicht bewegen und lallt', 'medical_emergency'),
    # de.concept.s8d_swelling
    ('de', 'ihr gesicht und die zunge schwellen an nach dem bienenstich', 'medical_emergency'),
    ('de', 'seine zunge schwillt an', 'medical_emergency'),
    # de.concept.s8d_wait_weapon
    ('de', 'ich steh vor seiner arbeit mit dem baseballschläger im auto', 'harm_to_others'),
    ('de', 'ich wart vor seinem fitnessstudio mit der brechstange', 'harm_to_others'),
    ('de', 'ich sitz vor ihrer wohnung mit dem messer', 'harm_to_others'),
    ('de', 'ich warte bei ihrem auto mit dem messer', 'harm_to_others'),
    # de.concept.s8d_weapon_venue
    ('de', 'mein kollege sagt er bringt am montag ein gewehr ins büro', 'harm_to_others'),
    ('de', 'mein kumpel hat ne waffe und sagt er geht morgen damit in die schule',
     'harm_to_others'),
    ('de', 'sie bringt am freitag ne pistole mit in die schule', 'harm_to_others'),
    # nl.concept.s8d_bleeding
    ('nl', 'ik heb in mijn hand gezaagd en het bloeden stopt niet', 'medical_emergency'),
    ('nl', 'overal bloed en het blijft maar bloeden', 'medical_emergency'),
    ('nl', 'de bloeding stopt niet', 'medical_emergency'),
    # nl.concept.s8d_blue
    ('nl', 'de lippen van mijn baby zijn blauw', 'medical_emergency'),
    ('nl', 'haar lippen worden paars', 'medical_emergency'),
    ('nl', 'de baby is slap en blauw', 'medical_emergency'),
    # nl.concept.s8d_carer
    ('nl', 'de verzorgster in het tehuis doet mijn oma pijn, ze zit onder de blauwe plekken',
     'abuse'),
    ('nl', 'de verzorger slaat mijn opa als niemand kijkt', 'abuse'),
    ('nl', 'de thuiszorg duwt mijn opa', 'abuse'),
    # nl.concept.s8d_chest_arm
    ('nl', 'druk op mijn borst die naar mijn linkerarm trekt en ik ben misselijk',
     'medical_emergency'),
    # nl.concept.s8d_child_ingest
    ('nl', 'mijn dochter heeft een heleboel van mijn pillen opgegeten', 'medical_emergency'),
    # nl.concept.s8d_confined
    ('nl', 'ze laat me het huis niet uit en heeft mijn telefoon', 'abuse'),
    ('nl', 'ik mag niet naar buiten, hij heeft de sleutels en mijn telefoon', 'abuse'),
    ('nl', 'hij laat me niet weg en heeft mijn sleutels', 'abuse'),
    ('nl', 'ze heeft mijn telefoon en autosleutels afgepakt, ik mag nergens heen', 'abuse'),
    # nl.concept.s8d_he_pays
    ('nl', 'vannacht gaat hij betalen', 'harm_to_others'),
    ('nl', 'vanavond krijgt hij wat hij verdient, de knuppel ligt in de auto', 'harm_to_others'),
    ('nl', 'vannacht gaat hij boeten, het mes zit in mijn tas', 'harm_to_others'),
    ('nl', 'morgen gaat ze ervoor boeten', 'harm_to_others'),
    # nl.concept.s8d_hiding_door
    ('nl', 'ze zit verstopt in de kast, hij trapt de deur in', 'abuse'),
    # nl.concept.s8d_next_time
    ('nl', 'hij zei volgende keer maakt hij het af', 'abuse'),
    ('nl', 'hij dreigde de volgende keer maakt hij me af', 'abuse'),
    # nl.concept.s8d_night_room
    ('nl', 'mijn vriendin zegt dat haar vader s nachts in haar kamer komt', 'abuse'),
    ('nl', 'mijn stiefvader komt elke nacht op mijn kamer', 'abuse'),
    # nl.concept.s8d_poison_food
    ('nl', 'ik heb antivries in haar drinken gedaan', 'harm_to_others'),
    ('nl', 'ik heb de pillen van mijn man in zijn soep gedaan zodat hij niet meer wakker wordt',
     'harm_to_others'),
    ('nl', 'ik heb antivries in zijn drankje gedaan', 'harm_to_others'),
    # nl.concept.s8d_run_over
    ('nl', 'als ik hem weer zie oversteken rij ik hem omver', 'harm_to_others'),
    ('nl', 'mijn broer zegt dat hij zijn ex gaat aanrijden als ze van haar werk komt',
     'harm_to_others'),
    ('nl', 'ik rijd haar ex dood', 'harm_to_others'),
    # nl.concept.s8d_strangled
    ('nl', 'mn vriend heeft me gewurgd tot ik flauwviel en nu is hij onderweg hierheen', 'abuse'),
    ('nl', 'mijn vader heeft mijn moeder gisteren gewurgd en komt zo thuis', 'abuse'),
    # nl.concept.s8d_stroke
    ('nl', 'mijn moeder praat helemaal onduidelijk en haar mondhoek hangt', 'medical_emergency'),
    ('nl', 'opa kan zijn rechterarm niet meer optillen en praat raar', 'medical_emergency'),
    ('nl', 'mijn moeders mond staat scheef en ze praat wartaal', 'medical_emergency'),
    ('nl', 'opa kan zijn linkerkant niet bewegen en lalt', 'medical_emergency'),
    # nl.concept.s8d_swelling
    ('nl', 'haar gezicht en tong zwellen op na de bijensteek', 'medical_emergency'),
    ('nl', 'zijn tong zwelt op', 'medical_emergency'),
    # nl.concept.s8d_wait_weapon
    ('nl', 'ik sta voor zijn werk met de honkbalknuppel in de auto', 'harm_to_others'),
    ('nl', 'ik zit voor haar huis met het mes te wachten tot ze thuiskomt', 'harm_to_others'),
    ('nl', 'ik wacht buiten zijn sportschool met een koevoet', 'harm_to_others'),
    ('nl', 'ik zit bij zijn flat met mijn mes', 'harm_to_others'),
    ('nl', 'ik sta met het pistool van mijn vader voor haar huis', 'harm_to_others'),
    ('nl', 'ik wacht bij haar auto met het mes', 'harm_to_others'),
    # nl.concept.s8d_weapon_venue
    ('nl', 'mijn collega zegt dat hij maandag een geweer meeneemt naar kantoor', 'harm_to_others'),
    ('nl', 'mijn vriend heeft een wapen en zegt dat hij morgen naar school gaat', 'harm_to_others'),
    # pl.concept.s8d_bleeding
    ('pl', 'rozcialem reke pila i krew nie przestaje leciec', 'medical_emergency'),
    ('pl', 'wszedzie krew i nie przestaje krwawic', 'medical_emergency'),
    ('pl', 'krew nie przestaje leciec z rany', 'medical_emergency'),
    # pl.concept.s8d_blood_soaking
    ('pl', 'krew przecieka przez kazdy recznik', 'medical_emergency'),
    # pl.concept.s8d_burned_child
    ('pl', 'ojczym przypalil mojego brata papierosem przed chwila', 'abuse'),
    ('pl', 'ojczym poparzyl siostre zelazkiem', 'abuse'),
    # pl.concept.s8d_carer
    ('pl', 'opiekunka w domu opieki krzywdzi moja babcie, ma siniaki wszedzie', 'abuse'),
    ('pl', 'opiekun bije dziadka jak nikt nie patrzy', 'abuse'),
    ('pl', 'pielegniarka szarpie mojego dziadka', 'abuse'),
    # pl.concept.s8d_chest_arm
    ('pl', 'ucisk w klatce promieniuje do lewej reki i mam mdlosci', 'medical_emergency'),
    # pl.concept.s8d_child_ingest
    ('pl', 'corka zjadla garsc moich tabletek', 'medical_emergency'),
    ('pl', 'syn polknal kilka tabletek babci', 'medical_emergency'),
    ('pl', 'dziecko zjadlo kapsulke do prania', 'medical_emergency'),
    # pl.concept.s8d_confined
    ('pl', 'nie pozwala mi wyjsc z domu i zabrala mi telefon', 'abuse'),
    ('pl', 'nie moge wyjsc, on ma klucze i moj telefon', 'abuse'),
    ('pl', 'nie pozwolil mi wyjsc i schowal moj telefon', 'abuse'),
    ('pl', 'zabrala mi telefon i kluczyki, nie wolno mi nigdzie wychodzic', 'abuse'),
    # pl.concept.s8d_he_pays
    ('pl', 'dzis w nocy on za to zaplaci', 'harm_to_others'),
    ('pl', 'dzis wieczorem dostanie za swoje, kij mam w aucie', 'harm_to_others'),
    ('pl', 'dzis w nocy mi zaplaci, noz mam w torbie', 'harm_to_others'),
    ('pl', 'dzis wieczorem za wszystko zaplaci', 'harm_to_others'),
    # pl.concept.s8d_hiding_door
    ('pl', 'chowa sie w szafie, on wywaza drzwi', 'abuse'),
    # pl.concept.s8d_if_leave
    ('pl', 'powiedzial ze jak jeszcze raz odejde to mnie wykonczy', 'abuse'),
    # pl.concept.s8d_limp_blue
    ('pl', 'dziecko jest wiotkie i sine', 'medical_emergency'),
    # pl.concept.s8d_night_room
    ('pl', 'kolezanka mowi ze jej tata przychodzi w nocy do jej pokoju', 'abuse'),
    # pl.concept.s8d_poison_food
    ('pl', 'wlalam plyn do chlodnic do jej picia', 'harm_to_others'),
    ('pl', 'wsypalam tabletki meza do jego zupy zeby sie nie obudzil', 'harm_to_others'),
    ('pl', 'dosypalem trutki do jego herbaty', 'harm_to_others'),
    ('pl', 'dosypalem mu tabletek do kawy zeby sie pochorowal', 'harm_to_others'),
    ('pl', 'dolalem mu plynu do chlodnic do drinka', 'harm_to_others'),
    # pl.concept.s8d_run_over
    ('pl', 'jak go jeszcze raz zobacze na pasach to go przejade', 'harm_to_others'),
    ('pl', 'brat mowi ze rozjedzie swoja ex autem jak wyjdzie z pracy', 'harm_to_others'),
    ('pl', 'rozjade go autem', 'harm_to_others'),
    # pl.concept.s8d_strangled
    ('pl', 'tata wczoraj dusil mame i zaraz wraca', 'abuse'),
    ('pl', 'maz cioci wczoraj ja dusil i dzis wraca', 'abuse'),
    # pl.concept.s8d_stroke
    ('pl', 'dziadek nie moze podniesc prawej reki i dziwnie mowi', 'medical_emergency'),
    ('pl', 'mamie wykrzywily sie usta i mowi bez sensu', 'medical_emergency'),
    ('pl', 'dziadek nie moze ruszac lewa strona i belkocze', 'medical_emergency'),
    # pl.concept.s8d_swelling
    ('pl', 'puchnie mu cala twarz i swiszczy po nerkowcach', 'medical_emergency'),
    # pl.concept.s8d_wait_weapon
    ('pl', 'stoje pod jego praca z kijem baseballowym w aucie', 'harm_to_others'),
    ('pl', 'czekam pod jego silownia z lomem', 'harm_to_others'),
    ('pl', 'czekam pod jej blokiem z siekiera', 'harm_to_others'),
    ('pl', 'stoje z pistoletem taty pod jej domem', 'harm_to_others'),
    ('pl', 'czekam przy jej aucie z nozem', 'harm_to_others'),
    # pl.concept.s8d_weapon_venue
    ('pl', 'w piatek biore pistolet taty do szkoly', 'harm_to_others'),
    ('pl', 'kolega z pracy mowi ze w poniedzialek przyniesie karabin do biura', 'harm_to_others'),
    ('pl', 'moj kumpel ma bron i mowi ze jutro idzie z nia do szkoly', 'harm_to_others'),
    ('pl', 'jutro zabiore strzelbe ojca do szkoly', 'harm_to_others'),
]

SAFE = [
    ('en', 'i burned my little brother at mario kart lol'),
    ('en', 'my sister burned the toast again'),
    ('en', 'tonight he pays for dinner'),
    ('en', 'he pays the rent tonight'),
    ('en', 'i put some sugar in her coffee'),
    ('en', 'i put bleach in the toilet'),
    ('en', 'ill run it over to you later'),
    ('en', 'the dog almost got run over yesterday'),
    ('en', 'my son has a nerf gun and is going to school tomorrow'),
    ('en', 'he got a gun license and is going to the range on friday'),
    ('en', 'the game had me fitting for 5 minutes laughing'),
    ('en', 'my seizure lasted 2 minutes last year and i was fine after'),
    ('en', 'my ankle is swollen after football'),
    ('en', 'her face is swollen from crying'),
    ('en', 'the bleeding stopped after a few minutes'),
    ('en', 'my nose bleeds sometimes but it stops'),
    ('en', 'dad held my hand under the water when i learned to swim'),
    ('en', 'he held his breath under the water for 2 minutes'),
    ('en', 'waiting outside his house with a pizza'),
    ('en', 'parked outside his work with a pizza'),
    ('en', "karma, he's gonna get what's coming eventually"),
    ('en', "he'll get what's coming to him, karma always wins"),
    ('en', 'my smile is crooked in every photo'),
    ('en', 'his face looked lopsided in that selfie lol'),
    ('en', 'chest day then arm day at the gym'),
    ('en', 'i have a pain in my chest when i think about her, heartbroken'),
    ('en', 'sweat is soaking through my shirt'),
    ('en', 'the red paint soaked through the towel'),
    ('en', 'my coughing fit wont stop'),
    ('en', 'his laughing fit wont stop lol'),
    ('en', 'we locked my brother in the bathroom as a prank lol'),
    ('en', 'i locked my keys in the car again'),
    ('en', 'tied my sons shoelaces to the chair leg as a prank'),
    ('en', 'tied my dog to the bench outside the shop'),
    ('de', 'hab die tür abgeschlossen und das handy liegt im auto'),
    ('de', 'mama hat mir das handy abgenommen weil ich zu lange gezockt hab'),
    ('de', 'er hat gesagt nächstes mal macht er es besser'),
    ('de', 'der trainer sagt nächstes mal macht er es zu einem längeren lauf'),
    ('de', 'sie hat mir die arme um den hals gelegt und geweint'),
    ('de', 'der schal liegt eng um meinen hals'),
    ('de', 'papa kam nachts in mein zimmer wenn ich albträume hatte und hat mich getröstet'),
    ('de', 'mein hund kommt nachts in mein zimmer'),
    ('de', 'der pfleger hilft meinem opa beim duschen'),
    ('de', 'mein opa schlägt den pfleger immer beim schach'),
    ('de', 'ich steh vor seiner arbeit mit nem blumenstrauß'),
    ('de', 'ich warte vor dem fitnessstudio auf meinen freund'),
    ('de', 'heute abend zahlt er die pizza'),
    ('de', 'morgen zahlt sie mit karte'),
    ('de', 'ich tu honig in seinen tee'),
    ('de', 'hab den rohrreiniger in den abfluss gekippt'),
    ('de', 'ich fahr ihn morgen zum bahnhof'),
    ('de', 'ich fahr sie um 8 zur schule'),
    ('de', 'nimmst du die wasserpistole mit in den urlaub'),
    ('de', 'ich nehm ein messer mit ins büro für den kuchen'),
    ('de', 'mein knöchel schwillt an nach dem fußball'),
    ('de', 'ihr gesicht schwillt an vom weinen'),
    ('de', 'meine nase blutet manchmal'),
    ('de', 'die blutung hat nach ein paar minuten aufgehört'),
    ('de', 'ich kenn seinen dienstplan, er hat freitags frei'),
    ('de', 'das messer ist geschliffen, jetzt kann ich die zwiebeln schneiden'),
    ('de', 'der mund von meinem hund ist schief wenn er gähnt'),
    ('de', 'mein gesicht ist schief auf dem foto haha'),
    ('de', 'der welpe ist schlaff und müde nach dem spielen'),
    ('de', 'das wasser ist blau und klar'),
    ('de', 'der schweiß läuft durch mein shirt'),
    ('de', 'die farbe läuft durch das tuch'),
    ('de', 'mama hat mir das handy abgenommen weil ich nicht gelernt hab'),
    ('de', 'wenn ich wieder gehe macht er es zu ende mit dem puzzle'),
    ('de', 'im heim spielen sie mit meiner oma karten'),
    ('de', 'ich hab ihr ihre tabletten in den joghurt getan weil sie sie sonst nicht nimmt'),
    ('de', 'ich hab mich beim versteckspiel im schrank versteckt'),
    ('de', 'der wind schlägt die tür auf'),
    ('de', 'ich warte an seinem auto, er holt noch was'),
    ('de', 'ich tu ihm zucker in den kaffee'),
    ('de', 'die katze ist im keller eingesperrt, ich such den schlüssel'),
    ('nl', 'hij laat me niet uitpraten en zit de hele tijd op zijn telefoon'),
    ('nl', 'ik mag niet naar buiten van de dokter, ik moet rusten'),
    ('nl', 'de schilder zei volgende keer maakt hij het werk af'),
    ('nl', 'hij zei volgende keer maakt hij het af met de puzzel'),
    ('nl', 'mijn das heeft me bijna gewurgd vandaag haha'),
    ('nl', 'in de film heeft hij haar gewurgd, echt eng'),
    ('nl', 'mijn broer komt s nachts op zijn kamer gamen'),
    ('nl', 'mijn opa kwam s nachts altijd op mijn kamer een verhaaltje voorlezen'),
    ('nl', 'de verzorgster doet mijn oma elke ochtend haar steunkousen aan'),
    ('nl', 'mijn opa slaat de verzorger altijd met dammen'),
    ('nl', 'ik sta voor zijn huis met een bos bloemen'),
    ('nl', 'ik wacht bij de sportschool op mijn vriend'),
    ('nl', 'vanavond gaat hij betalen voor de pizza'),
    ('nl', 'morgen gaat ze betalen met haar pinpas'),
    ('nl', 'ik doe honing in zijn thee'),
    ('nl', 'ik heb bleekmiddel in de wc gedaan'),
    ('nl', 'ik rij hem morgen naar het station'),
    ('nl', 'ik rij haar straks naar school'),
    ('nl', 'ik neem morgen een mes mee naar kantoor voor de taart'),
    ('nl', 'hij neemt zijn waterpistool mee naar school'),
    ('nl', 'ik kan mijn arm niet optillen na de sportschool'),
    ('nl', 'hij praat raar sinds hij die serie kijkt'),
    ('nl', 'mijn lippen zijn blauw van de bosbessen'),
    ('nl', 'haar gezicht werd rood van schaamte'),
    ('nl', 'mijn dochter heeft een paar van mijn snoepjes opgegeten'),
    ('nl', 'mijn zoon heeft een batterij in zijn speelgoedauto gedaan'),
    ('nl', 'mijn enkel zwelt op na het voetballen'),
    ('nl', 'haar gezicht zwelt op van het huilen'),
    ('nl', 'mijn neus blijft maar bloeden als ik snuit'),
    ('nl', 'het bloeden stopte na een paar minuten'),
    ('nl', 'mijn moeder heeft mijn telefoon afgepakt omdat ik te laat was'),
    ('nl', 'ik heb mijn sleutels verloren en kan nergens heen'),
    ('nl', 'mijn mond staat scheef op die foto haha'),
    ('nl', 'het schilderij hangt scheef en hij praat er de hele tijd over'),
    ('nl', 'de plant is slap en geel'),
    ('nl', 'de lucht is blauw en helder'),
    ('nl', 'ik heb pijn in mijn borst van het hoesten'),
    ('nl', 'druk op mijn borst na het sporten, mijn armen zijn moe'),
    ('nl', 'we speelden verstoppertje en ik zat in de kast'),
    ('nl', 'de wind slaat de deur open'),
    ('nl', 'ik wacht bij haar auto met de boodschappen'),
    ('pl', 'mama nie pozwala mi wyjsc bo mam szlaban'),
    ('pl', 'nie moge wyjsc, on ma klucze od auta'),
    ('pl', 'przypalilam kotlety na obiad'),
    ('pl', 'poparzylem sie zelazkiem przy prasowaniu'),
    ('pl', 'brat przychodzi w nocy do swojego pokoju grac'),
    ('pl', 'moj kot przychodzi w nocy do mojego lozka'),
    ('pl', 'opiekunka bije brawo jak dziadek zje obiad'),
    ('pl', 'dziadek bije opiekunke w szachy'),
    ('pl', 'czekam pod jego praca z kwiatami'),
    ('pl', 'stoje pod jej domem z pizza'),
    ('pl', 'jutro mi zaplaci za remont'),
    ('pl', 'dzis wieczorem on placi za kolacje'),
    ('pl', 'dodaje cukier do jego kawy'),
    ('pl', 'wlalam plyn do chlodnicy w aucie'),
    ('pl', 'przejade sie jutro nowym autem'),
    ('pl', 'kierowca prawie go potracil wczoraj na pasach'),
    ('pl', 'syn bierze pistolet na wode do szkoly'),
    ('pl', 'biore noz do pracy do krojenia ciasta'),
    ('pl', 'nie moge podniesc reki po silowni'),
    ('pl', 'dziwnie mowi od rana bo ma katar'),
    ('pl', 'corka zjadla garsc cukierkow'),
    ('pl', 'syn zjadl swoja tabletke na alergie'),
    ('pl', 'krwawienie ustalo po chwili'),
    ('pl', 'z nosa czasem leci mi krew'),
    ('pl', 'ta praca mnie wykonczy'),
    ('pl', 'jak odejde z tej firmy to szef sie wkurzy'),
    ('pl', 'mama dusila mieso na obiad'),
    ('pl', 'babcia dusila kapuste z grzybami'),
    ('pl', 'kwiatek jest wiotki i suchy'),
    ('pl', 'ten kwiat jest wiotki i niebieski'),
    ('pl', 'bol w klatce jak pomysle o niej, zlamane serce'),
    ('pl', 'kluje mnie w klatce po bieganiu, rece mam zmeczone'),
    ('pl', 'pot przecieka przez koszulke'),
    ('pl', 'kawa przecieka przez filtr'),
    ('pl', 'zabrala mi telefon bo mam szlaban ale moge wychodzic'),
    ('pl', 'dosypalem mu cukru do kawy'),
    ('pl', 'krzywo sie usmiecha na zdjeciach'),
    ('pl', 'dziecko zjadlo kawalek kredy'),
    ('pl', 'jak odejde z tej pracy to mnie wykonczy finansowo'),
    ('pl', 'szef powiedzial ze ta praca mnie wykonczy'),
    ('pl', 'bawilismy sie w chowanego, brat chowal sie w szafie'),
    ('pl', 'wiatr wali drzwiami'),
    ('pl', 'czekam przy jej aucie z zakupami'),
    ('pl', 'dolalem mu mleka do kawy'),
    ('pl', 'puchnie mi kostka po bieganiu'),
    ('pl', 'mama dusila ja w objeciach ze szczescia'),
]


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_crisis(lang: str, text: str, category: str) -> None:
    assert_crisis(text, lang, category)
    assert_crisis(text, None, category)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_safe(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
