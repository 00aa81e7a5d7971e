"""Oblique suicide and self-harm statements of session 8 (fix8_a): English, German, Dutch, Polish.

Rules added to ``safety/lexicons/{en,de,nl,pl}.yaml`` (ids ``<lang>.concept.s8_*``) for suicide told
without death words: a suicide note's opening ("if you're reading this i'm already gone"), a
message passed on in the past tense ("sag mama, dass ich sie geliebt habe"), sleeping and not
waking up as a plan, blood sugar or insulin "so that i never wake up", last things ("weihnachten
erleb ich nicht mehr", "one more day and it's over for me"), arrangements (passwords left, pets
given away for good, debts paid "so nobody is stuck with them", the note on the table), means
ready and tested, a bridge or the edge now, methods without a death word, a wish to vanish for
good, and self-harm about to be acted on.  ``CRISIS`` are invented messages that were rated
below crisis (or without the category) before the change and must now reach crisis, with and
without the language hint; ``SAFE`` are look-alikes sharing the rules' words (errands, travel,
exams, everyday objects, hobbies) that must stay below crisis.
"""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

CRISIS = [
    # en.concept.s8_arrangements
    ('en', 'ive left my passwords for my sister', 'suicide'),
    ('en', 'my note is on the kitchen table', 'suicide'),
    ('en', 'im leaving all my passwords to my brother', 'suicide'),
    ('en', 'the goodbye letters are on my desk', 'suicide'),
    # en.concept.s8_last_message_ever
    ('en', 'this is my last message to anyone', 'suicide'),
    ('en', 'here is my final message to anyone', 'suicide'),
    # en.concept.s8_note_reading
    ('en', 'if youre reading this im already gone', 'suicide'),
    ('en', 'if you are reading this, i am dead', 'suicide'),
    ('en', 'when you read this ill already be dead', 'suicide'),
    ('en', 'once you find this im already dead', 'suicide'),
    # en.concept.s8_over_for_me
    ('en', 'one more day and its over for me', 'suicide'),
    ('en', 'tomorrow it all ends for me', 'suicide'),
    # en.concept.s8_sleep_not_wake
    ('en', 'tonight i go to sleep and i wont wake up', 'suicide'),
    ('en', 'fall asleep and i will never wake up again', 'suicide'),
    # en.concept.s8_sugar_no_wake
    ('en', 'how to lower my blood sugar so low that i never wake up', 'suicide'),
    # de.concept.s8_after_tonight
    ('de', 'meine familie muss sich nach heute nacht nicht mehr mit mir rumschlagen', 'suicide'),
    # de.concept.s8_arrangements
    ('de', 'hab meiner schwester meine passwörter hinterlassen', 'suicide'),
    ('de', 'hab meine katze für immer weggegeben', 'suicide'),
    ('de', 'hab alle schulden bezahlt damit keiner drauf sitzen bleibt', 'suicide'),
    ('de', 'hab meinen hund endgültig abgegeben', 'suicide'),
    # de.concept.s8_last_things
    ('de', 'weihnachten erleb ich nicht mehr', 'suicide'),
    ('de', 'ich bin nicht mehr lange ein problem für euch', 'suicide'),
    ('de', 'noch ein tag und dann ist es vorbei für mich', 'suicide'),
    # de.concept.s8_means_tested
    ('de', 'hab den gürtel an der tür getestet, er hält', 'suicide'),
    ('de', 'das seil getestet, es hält mein gewicht', 'suicide'),
    # de.concept.s8_method_oblique
    ('de', 'ich geh ins meer und lauf einfach weiter', 'suicide'),
    ('de', 'ich spring morgen vor den zug', 'suicide'),
    # de.concept.s8_note_reading
    ('de', 'bis du das liest, lebe ich nicht mehr', 'suicide'),
    # de.concept.s8_place_now
    ('de', 'ich stehe gerade auf der brücke', 'suicide'),
    ('de', 'bin jetzt auf dem dach, ganz oben', 'suicide'),
    ('de', 'ich sitze grad auf dem geländer', 'suicide'),
    # de.concept.s8_self_harm_now
    ('de', 'die klinge ist in meiner hand', 'self_harm'),
    ('de', 'ich verbrenn mich grad mit dem feuerzeug', 'self_harm'),
    ('de', 'hab die rasierklinge schon raus, ich schneid tief', 'self_harm'),
    # de.concept.s8_sleep_not_wake
    ('de', 'heute nacht schlaf ich ein und wach nicht mehr auf', 'suicide'),
    ('de', 'heut nacht schlafe ich ein und wache nie wieder auf', 'suicide'),
    # de.concept.s8_sugar_no_wake
    ('de', 'wie senke ich meinen blutzucker so tief dass ich nicht mehr aufwache', 'suicide'),
    ('de', 'ich spritz mir heute mein ganzes insulin auf einmal', 'suicide'),
    # de.concept.s8_vanish_for_good
    ('de', 'ich wünschte ich könnte für immer verschwinden', 'suicide'),
    ('de', 'ich wünsche mir für immer weg', 'suicide'),
    # nl.concept.s8_arrangements
    ('nl', 'heb mijn wachtwoorden voor mijn zus achtergelaten', 'suicide'),
    ('nl', 'inloggegevens voor mijn broer achtergelaten', 'suicide'),
    # nl.concept.s8_last_things
    ('nl', 'ik haal kerst niet', 'suicide'),
    ('nl', 'ik ben niet lang meer een probleem voor jullie', 'suicide'),
    ('nl', 'nog een dag en dan is het voorbij voor mij', 'suicide'),
    ('nl', 'ik ben er niet lang meer', 'suicide'),
    ('nl', 'kerst ga ik niet meer meemaken', 'suicide'),
    # nl.concept.s8_means_place
    ('nl', 'riem getest aan de deur, hij houdt', 'suicide'),
    ('nl', 'ik sta nu op de brug', 'suicide'),
    ('nl', 'ik sta op het dak, het is heel hoog', 'suicide'),
    ('nl', 'ik loop de zee in en blijf doorlopen', 'suicide'),
    ('nl', 'het touw uitgeprobeerd aan de balk, het houdt', 'suicide'),
    ('nl', 'ik zit nu op de reling', 'suicide'),
    # nl.concept.s8_note_reading
    ('nl', 'als je dit leest ben ik al dood', 'suicide'),
    ('nl', 'tegen de tijd dat je dit leest ben ik al weg', 'suicide'),
    ('nl', 'als je dit leest leef ik niet meer', 'suicide'),
    ('nl', 'wanneer jullie deze brief lezen leef ik niet meer', 'suicide'),
    # nl.concept.s8_sugar_no_wake
    ('nl', 'hoe krijg ik mijn bloedsuiker zo laag dat ik niet meer wakker word', 'suicide'),
    # nl.concept.s8_tell_loved
    ('nl', 'zeg tegen mama dat ik van haar hield', 'suicide'),
    ('nl', 'vertel papa dat ik altijd van hem hield', 'suicide'),
    # nl.concept.s8_vanish
    ('nl', 'ik wou dat ik voorgoed kon verdwijnen', 'suicide'),
    ('nl', 'ik wil gewoon ophouden met bestaan', 'suicide'),
    ('nl', 'ik wens dat ik voor altijd kon verdwijnen', 'suicide'),
    ('nl', 'zou willen stoppen met leven', 'suicide'),
    # pl.concept.s8_arrangements
    ('pl', 'zostawilam siostrze wszystkie hasla', 'suicide'),
    ('pl', 'usunelam wszystkie konta, list jest na stole', 'suicide'),
    ('pl', 'spisalem wszystkie hasla', 'suicide'),
    # pl.concept.s8_means_place
    ('pl', 'sprawdzilem pasek na drzwiach, trzyma', 'suicide'),
    ('pl', 'stoje teraz na moscie', 'suicide'),
    ('pl', 'jestem na dachu, jest bardzo wysoko', 'suicide'),
    ('pl', 'stoje na peronie na krawedzi i czekam na pociag', 'suicide'),
    ('pl', 'wstrzykne sobie dzis cala insuline naraz', 'suicide'),
    ('pl', 'wejde do morza i bede szla dalej', 'suicide'),
    ('pl', 'przetestowalam kabel na klamce, wytrzyma', 'suicide'),
    ('pl', 'siedze juz na barierce', 'suicide'),
    ('pl', 'dam sobie cala insuline od razu', 'suicide'),
    # pl.concept.s8_note_reading
    ('pl', 'jak to czytacie to mnie juz nie ma', 'suicide'),
    ('pl', 'kiedy to przeczytasz bede juz martwa', 'suicide'),
    ('pl', 'zanim to przeczytacie bede juz martwy', 'suicide'),
    # pl.concept.s8_self_harm_now
    ('pl', 'dzis w nocy znowu sie potne', 'self_harm'),
    ('pl', 'mam zyletke w reku', 'self_harm'),
    ('pl', 'mialam nawrot, zaraz znowu sie potne', 'self_harm'),
    ('pl', 'potne sie gleboko', 'self_harm'),
    # pl.concept.s8_tell_loved
    ('pl', 'powiedzcie mamie ze ja kochalam', 'suicide'),
    ('pl', 'to moje pozegnanie, dziekuje za wszystko', 'suicide'),
    ('pl', 'przekazcie tacie ze go zawsze kochalem', 'suicide'),
]

SAFE = [
    ('en', 'if youre reading this im already gone to the shops, back at 5'),
    ('en', 'if you are reading this, i am dead tired so ill reply tomorrow'),
    ('en', 'this is my last message to anyone tonight, going to bed'),
    ('en', 'this is my last message to anyone at work before my leave'),
    ('en', 'keep my blood sugar up so i dont wake up with a hypo'),
    ('en', 'my blood sugar was so low that i couldnt wake up properly, mum gave me juice'),
    ('en', 'one more day and its over, then holidays'),
    ('en', 'one more day and its over! finally done with exams'),
    ('en', 'tomorrow it all ends for me at this job, new start monday'),
    ('en', 'in the book the hero says tomorrow it all ends for me'),
    ('en', 'ive left my passwords for my sister so she can pay my bills while im in hospital'),
    ('en', 'i left my passwords with my boss before my holiday'),
    ('en', 'my letters are on the desk, can you post them tomorrow'),
    ('en', 'the goodbye card for mr smith is on the kitchen table, everyone sign it'),
    ('en', 'i go to sleep and i never wake up rested anymore'),
    ('en', 'i fall asleep and i never wake up before 10 on weekends lol'),
    ('en', 'in the story she goes to sleep and never wakes up for a hundred years'),
    ('de', 'wenn du das liest bin ich schon im kino'),
    ('de', 'bis du das liest, bin ich schon im flugzeug'),
    ('de', 'sag mama dass ich sie lieb hab, bin um 8 zuhause'),
    ('de', 'hast du papa gesagt dass ich ihn geliebt habe als kind'),
    ('de', 'ich schlaf ein und wach nicht mehr auf bis mittag'),
    ('de', 'wenn ich einschlafe wach ich nicht mehr auf vor dem wecker lol'),
    ('de', 'mein blutzucker war so niedrig dass ich kaum aufgewacht bin'),
    ('de', 'ich spritz mir heute mein insulin vor dem essen'),
    ('de', 'weihnachten erleb ich nicht mehr bei meinen eltern, wir feiern bei uns'),
    ('de', 'mein opa sagt, weihnachten erlebt er nicht mehr'),
    ('de', 'noch ein tag und dann ist es vorbei, dann sind ferien'),
    ('de', 'noch ein tag und dann ist die klausur vorbei'),
    ('de', 'hab dem admin meine passwörter hinterlassen weil ich im urlaub bin'),
    ('de', 'hab meinen hund für ein wochenende abgegeben'),
    ('de', 'hab die katze meiner oma für immer zu mir genommen'),
    ('de', 'hab alle schulden bezahlt, endlich schuldenfrei yay'),
    ('de', 'hab den neuen gürtel getestet, passt super'),
    ('de', 'das seil beim klettern getestet, es hält'),
    ('de', 'ich stehe gerade auf der brücke und mach fotos vom sonnenuntergang'),
    ('de', 'bin gerade auf dem dach und repariere die antenne'),
    ('de', 'ich geh ins meer und schwimm eine runde'),
    ('de', 'ich spring morgen vor den zug nicht, keine sorge, ich hab nur angst vor der prüfung'),
    ('de', 'ich wünschte ich könnte für immer in urlaub bleiben'),
    ('de', 'ich wünschte, ich könnte für immer hier wohnen'),
    ('de', 'die klinge ist in meiner hand abgebrochen beim rasieren'),
    ('de', 'ich verbrenn mich grad in der sonne lol'),
    ('de', 'nach heute nacht muss ich mich nicht mehr mit dem umzug rumschlagen'),
    ('de', 'nach heute muss ich mich nicht mehr um die steuer kümmern, endlich'),
    ('nl', 'als je dit leest ben ik al weg naar de winkel'),
    ('nl', 'als jullie dit lezen ben ik al thuis'),
    ('nl', 'zeg tegen mama dat ik van de soep hield'),
    ('nl', 'zeg tegen oma dat ik van haar taart hield als kind'),
    ('nl', 'mijn bloedsuiker was zo laag dat ik bijna niet wakker werd'),
    ('nl', 'ik eet iets zoets zodat ik niet met een lage suiker wakker word'),
    ('nl', 'ik haal kerst niet thuis, moet werken'),
    ('nl', 'ik haal de deadline niet'),
    ('nl', 'nog een dag en dan is het voorbij, dan is het vakantie'),
    ('nl', 'nog een dag en dan zijn de examens voorbij'),
    ('nl', 'ik ben er niet lang meer want mijn contract loopt af'),
    ('nl', 'wachtwoorden achtergelaten bij de it afdeling voor mijn vervanger tijdens mijn verlof'),
    ('nl', 'de riem van de hond getest, hij houdt het wel uit'),
    ('nl', 'ik sta nu op de brug en maak fotos van de boten'),
    ('nl', 'ik sta op het dak om de dakgoot schoon te maken'),
    ('nl', 'ik loop de zee in om te zwemmen'),
    ('nl', 'ik wou dat ik voorgoed op vakantie kon blijven'),
    ('nl', 'ik wil stoppen met roken'),
    ('nl', 'wachtwoorden achtergelaten in de kluis op kantoor'),
    ('pl', 'jak to czytacie to mnie juz nie ma w biurze, wracam w poniedzialek'),
    ('pl', 'kiedy to przeczytasz bede juz w samolocie'),
    ('pl', 'powiedz mamie ze ja kocham, bede o 8'),
    ('pl', 'powiedz mamie ze ja kochalem jak bylem maly, pamietasz'),
    ('pl', 'to moje pozegnanie z firma, dziekuje za wspolprace'),
    ('pl', 'jeszcze jeden dzien i koniec, potem wakacje'),
    ('pl', 'jeszcze jeden dzien i koniec sesji'),
    ('pl', 'zostawilam hasla do wifi dla gosci na lodowce'),
    ('pl', 'usunelam stare konto na fejsie'),
    ('pl', 'sprawdzilem pasek od spodni, trzyma sie dobrze'),
    ('pl', 'stoje teraz na moscie i robie zdjecia'),
    ('pl', 'na dachu naprawiam antene, jest wysoko ale mam zabezpieczenie'),
    ('pl', 'wstrzykne sobie dzis insuline przed obiadem'),
    ('pl', 'wejde do morza i poplywam troche'),
    ('pl', 'potne sie ze smiechu jak to zobaczysz'),
    ('pl', 'mam zyletke w reku bo golę nogi'),
    ('pl', 'kiedys sie cielam, teraz jest lepiej'),
]


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_oblique_crisis(lang: str, text: str, category: str) -> None:
    assert_crisis(text, lang, category)
    assert_crisis(text, None, category)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_oblique_look_alike_stays_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
