"""Oblique suicide and self-harm statements, eighth pass (s8), group c: Russian and Turkish.

Own sentences (not copied from tests/data), typed as a native speaker would (no diacritics, typos,
slang): suicide told without death words. CRISIS lists messages the detector rated below crisis
before the rules ``ru.s8c.*`` / ``tr.s8c.*`` were added and that must now rate crisis with and
without a language hint: a suicide note's opening ("если ты это читаешь", "bunu okuyorsan") next
to being gone or dead; "tell mum I loved her" and "sorry for everything, goodbye" as the closing
line; sleeping and never waking as a wish or a plan; countdowns and last things ("ещё один день и
всё закончится", "yakinda sizin icin bir sorun olmayacagim"); arrangements (a will and letters,
debts paid so nobody is stuck with them, the note on the table); means at hand (pills hoarded, a
belt tied and tested, on the platform, the car running in a closed garage, a parent's gun loaded,
insulin); methods named without a death word (a car into a wall or a tree, into the river); the
wish not to exist or to vanish for good; a self-harm relapse told with the cut.
SAFE lists, per new rule, harmless look-alikes sharing its words (everyday absence, sleep advice,
exercise bands, decluttering, hunting, holidays, break-ups, games) that must stay below crisis,
and the arrangements that are concern alone by design (passwords left, a note on the table).
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH = Category.SUICIDE, Category.SELF_HARM

CRISIS = [
    # ---- Russian
    # ru.s8c.better_without
    ("ru", "было бы лучше если бы меня не было", S),
    # ru.s8c.countdown
    ("ru", "на следующей неделе меня здесь уже не будет", S),
    ("ru", "еще один день и все закончится", S),
    ("ru", "недолго вам осталось меня терпеть", S),
    ("ru", "до нового года я не доживу, это точно", S),
    ("ru", "скоро я вам не буду мешать", S),
    ("ru", "это мои последние часы", S),
    ("ru", "через пару дней все кончится, потерпите", S),
    ("ru", "ещё одна ночь и всё кончится", S),
    ("ru", "скоро вам не придется меня терпеть", S),
    # ru.s8c.crash_car
    ("ru", "направлю машину в столб на трассе", S),
    # ru.s8c.dissolve
    ("ru", "хочу раствориться и чтобы меня никто не помнил", S),
    # ru.s8c.insulin
    ("ru", "как сильно снизить сахар инсулином чтобы не проснуться", S),
    ("ru", "вколю себе весь инсулин сегодня", S),
    ("ru", "вколю всю ручку инсулина на ночь", S),
    ("ru", "вколю себе двойную дозу инсулина на ночь. нет, весь инсулин", S),
    ("ru", "какую дозу инсулина вколоть чтобы больше не проснуться", S),
    # ru.s8c.into_water
    ("ru", "уйду в реку и всё", S),
    # ru.s8c.ligature_tested
    ("ru", "ремень уже привязал к турнику, проверил", S),
    ("ru", "шарф привязала к трубе, проверила, выдержит", S),
    # ru.s8c.no_wake_let
    ("ru", "лягу спать и пусть я не проснусь", S),
    ("ru", "хочу заснуть и чтоб больше не просыпаться никогда", S),
    # ru.s8c.note_gone
    ("ru", "если вы читаете это значит я уже мертва", S),
    ("ru", "когда ты прочитаешь это, меня уже не будет", S),
    ("ru", "когда прочтешь это я буду уже мертв", S),
    ("ru", "если ты читаешь это, значит меня больше нет", S),
    ("ru", "если вы это читаете, я уже на том свете", S),
    ("ru", "когда вы прочитаете это я буду мертва", S),
    # ru.s8c.note_left
    ("ru", "удалила все аккаунты, записка на столе", S),
    ("ru", "записка для родителей на столе", S),
    # ru.s8c.note_not_alive
    ("ru", "к тому времени как вы это прочтете меня уже не будет в живых", S),
    ("ru", "ешли ты читаеш это меня уже нет в живых", S),
    ("ru", "когда найдете это письмо, меня уже не будет в живых", S),
    # ru.s8c.platform_step
    ("ru", "стою на платформе, жду электричку чтоб шагнуть", S),
    ("ru", "пошла на рельсы, поезд скоро", S),
    ("ru", "шагну с платформы под поезд", S),
    ("ru", "жду поезд чтобы шагнуть", S),
    ("ru", "стою на перроне, шагну когда поезд подойдет", S),
    # ru.s8c.sorry_bye
    ("ru", "извините за всё, всем пока", S),
    # ru.s8c.stop_being
    ("ru", "хочу просто перестать быть", S),
    ("ru", "хочу уже перестать быть", S),
    # ru.s8c.tell_loved
    ("ru", "передайте маме, что я ее очень любил", S),
    # ---- Turkish
    # tr.s8c.crash_car
    ("tr", "arabayla duvara surecegim", S),
    ("tr", "arabayi bilerek bir agaca carpacagim", S),
    ("tr", "arabami bir tira bindirecegim", S),
    # tr.s8c.debts_for_after
    ("tr", "borclarimi odedim ki kimse ugrasmasin", S),
    # tr.s8c.die_in_sleep
    ("tr", "keske uykumda olsem", S),
    # tr.s8c.garage
    ("tr", "garajdayim, araba calisiyor kapilar kapali", S),
    ("tr", "garajda arabanin motoru calisiyor, kapilar kapali", S),
    # tr.s8c.last_written
    ("tr", "bu son yazdigim sey. hakkinizi helal edin", S),
    # tr.s8c.ligature_tested
    ("tr", "kemeri kapiya bagladim, denedim", S),
    # tr.s8c.no_wake_will
    ("tr", "bu gece uyuyacagim ve bir daha uyanmayacagim", S),
    ("tr", "sekerimi o kadar dusurecegim ki bir daha uyanmayacagim", S),
    # tr.s8c.not_exist
    ("tr", "var olmak istemiyorum", S),
    ("tr", "hic dogmamis olmayi isterdim", S),
    ("tr", "artik var olmak istemiyorum", S),
    ("tr", "ben artik var olmak istemiyorum", S),
    ("tr", "keske hic dogmamis olmayi diliyorum", S),
    # tr.s8c.note_gone
    ("tr", "eger bunu okuyorsan ben artik yokum", S),
    ("tr", "bunu okudugunuzda ben coktan olmus olacagim", S),
    ("tr", "eger bunu okuyorsan artik hayatta degilim", S),
    ("tr", "bunu okuyosan ben coktan yokum", S),
    # tr.s8c.parent_gun
    ("tr", "babamin silahini doldurdum", S),
    ("tr", "dedemin tabancasini yanima aldim", S),
    # tr.s8c.pills_hoard
    ("tr", "haplari biriktiriyorum", S),
    # tr.s8c.platform_jump
    ("tr", "perondayim, tren gelince atlayacagim", S),
    # tr.s8c.relapse_cut
    ("tr", "yine basladim, bu gece kestim", SH),
    # tr.s8c.soon_no_problem
    ("tr", "cok yakinda sizin icin bir sorun olmayacagim", S),
    # tr.s8c.sorry_goodbye
    ("tr", "herkesten ozur dilerim, hoscakalin", S),
    # tr.s8c.tell_love
    ("tr", "anneme onu cok sevdigimi soyleyin", S),
    ("tr", "anneme onu her zaman sevdigimi soyleyin", S),
    ("tr", "herkese onlari cok sevdigimi soyleyin", S),
    # tr.s8c.vanish_forever
    ("tr", "keske sonsuza dek kaybolabilsem", S),
    ("tr", "keske sonsuza dek yok olsam", S),
    # tr.s8c.will_letters
    ("tr", "vasiyetimi yazdim, mektuplari da biraktim", S),
    ("tr", "vasiyet yazdim ve mektuplari birakiyorum", S),
    # tr.s8c.wish_vanish
    ("tr", "keske yok olsam", S),
]

SAFE = [
    # ru.s8c.note_gone / note_not_alive
    ("ru", "когда прочитаешь это, меня уже не будет дома, ключ у соседки"),
    ("ru", "если ты это читаешь, значит я уже мертва от скуки на этой лекции"),
    ("ru", "в книге герой пишет: если ты это читаешь, меня уже нет в живых"),
    ("ru", "если ты читаешь это, меня уже нет в офисе, пиши на почту"),
    # ru.s8c.platform_step
    ("ru", "стою на платформе, жду электричку, опять опаздывает"),
    ("ru", "жду поезд чтобы прыгнуть в последний вагон"),
    # ru.s8c.insulin
    ("ru", "вколю себе инсулин перед ужином"),
    ("ru", "какой сахар держать на ночь, чтобы не просыпаться от гипо"),
    ("ru", "как сделать чтобы не просыпаться ночью в туалет"),
    # ru.s8c.ligature_tested
    ("ru", "резинку привязала к турнику, проверила, держит"),
    ("ru", "ремень привязал к багажнику, проверил, держит"),
    # ru.s8c.countdown
    ("ru", "ещё один день и отпуск закончится"),
    ("ru", "недолго тебе осталось меня терпеть, в августе переезжаю"),
    ("ru", "на следующей неделе меня здесь не будет, я в отпуске"),
    # ru.s8c.stop_being
    ("ru", "хочу перестать быть удобной для всех"),
    ("ru", "хочу просто перестать быть такой наивной"),
    # ru.s8c.note_left
    ("ru", "записка на столе: купи хлеб и покорми кота"),
    ("ru", "мама оставила записку на столе, суп в холодильнике"),
    # ru.s8c.passwords_left (concern alone)
    ("ru", "оставила пароль от вайфая гостям"),
    ("ru", "оставила пароли от всех аккаунтов сестре"),
    # tr.s8c.note_gone
    ("tr", "bunu okuyorsan ben yokum, markete ciktim"),
    ("tr", "bunu okudugunda ben coktan uyumus olacagim, iyi geceler"),
    # tr.s8c.tell_love
    ("tr", "anneme onu cok sevdigimi soyleyecegim bugun"),
    ("tr", "kardesime onu sevdigimi soylemek istiyorum ama utaniyorum"),
    # tr.s8c.sorry_goodbye
    ("tr", "herkesten ozur dilerim, gruptan cikiyorum, hoscakalin"),
    ("tr", "gec kaldigim icin herkesten ozur dilerim hoscakalin yarin gorusuruz"),
    # tr.s8c.no_wake_will
    ("tr", "tatilde bir daha erken uyanmayacagim"),
    ("tr", "bir daha asla 6da uyanmayacagim"),
    # tr.s8c.soon_no_problem
    ("tr", "artik sana sorun olmayacagim, soz derslerime calisacagim"),
    ("tr", "yakinda sizin icin sorun olmayacagim cunku yurda tasiniyorum"),
    # tr.s8c.will_letters
    ("tr", "dedem vasiyetini yazdi, mektuplari da birakti"),
    ("tr", "hukuk dersinde vasiyet ornegi yazdim"),
    # tr.s8c.passwords_left (concern alone)
    ("tr", "wifi sifresini misafirlere verdim"),
    ("tr", "sifrelerimi kardesime biraktim"),
    # tr.s8c.debts_for_after
    ("tr", "kredi karti borcumu odedim ki faiz binmesin"),
    ("tr", "borclarimi odedim, artik rahatim"),
    # tr.s8c.pills_hoard
    ("tr", "ilac kutularini biriktiriyorum, geri donusum icin"),
    ("tr", "ilaclarimi biriktirip eczaneye iade ettim"),
    # tr.s8c.ligature_tested
    ("tr", "kemeri kapiya bagladim, kopek kacmasin diye"),
    ("tr", "ipi agaca bagladim, denedim, salincak saglam"),
    # tr.s8c.platform_jump
    ("tr", "perondayim, tren gelince binecegim"),
    ("tr", "perondayim, tren gelince trene atlayip geliyorum"),
    # tr.s8c.garage
    ("tr", "garajdayim, araba calisiyor, isinmasini bekliyorum"),
    ("tr", "garajda araba calisiyor, kapi acik, egzoz disari cikiyor"),
    # tr.s8c.parent_gun
    ("tr", "babamla ava gidecegiz, tufegini doldurdum"),
    ("tr", "babamin silahini gordum dolapta"),
    # tr.s8c.crash_car
    ("tr", "arabayla duvara carptim dun, hasar buyuk"),
    ("tr", "oyunda arabayla duvara surecegim bakalim ne olacak"),
    # tr.s8c.vanish_forever
    ("tr", "keske bu kitabin icinde sonsuza dek kaybolsam"),
    ("tr", "keske tatilde sonsuza dek kaybolabilsem"),
    # tr.s8c.not_exist
    ("tr", "bu ortamda var olmak istemiyorum"),
    ("tr", "o donemde dogmamis olmayi isterdim, 90lar daha guzeldi"),
    # ru.s8c.note_gone ("найдёте это")
    ("ru", "когда найдете это письмо, меня уже не будет в городе, я в командировке"),
    # ru.s8c.platform_step (tracks, from the platform)
    ("ru", "пошли на рельсы фоткаться на закате"),
    ("ru", "шагнула с платформы в вагон в последний момент"),
    # ru.s8c.insulin (the pen)
    ("ru", "вколю всю дозу инсулина перед едой, как врач сказал"),
    # ru.s8c.countdown (days, last week, not living to a date)
    ("ru", "через пару дней всё закончится с ремонтом, потерпите"),
    ("ru", "это моя последняя неделя на этой работе"),
    ("ru", "это моя последняя неделя! ура, отпуск"),
    ("ru", "это мои последние дни в Турции, завтра домой"),
    ("ru", "до зарплаты не доживу, денег ноль"),
    ("ru", "скоро я вам не буду мешать, съезжаю на съемную квартиру, переезжаю"),
    # ru.s8c.no_wake_let
    ("ru", "лягу спать и пусть меня никто не будит до обеда"),
    ("ru", "хочу заснуть и чтоб не просыпаться от соседского перфоратора"),
    # ru.s8c.tell_loved
    ("ru", "передай маме что я ее люблю"),
    ("ru", "передайте маме, что я очень любил её пирог"),
    # ru.s8c.sorry_bye
    ("ru", "извините за всё, всем пока, увидимся в понедельник на работе"),
    ("ru", "извините за опоздание, всем пока"),
    ("ru", "простите за всё, всем пока, до завтра"),
    # ru.s8c.crash_car
    ("ru", "направлю машину на мойку, потом в сервис"),
    ("ru", "чуть не въехал в столб вчера, гололед"),
    # ru.s8c.into_water
    ("ru", "летом уйду в море на полгода матросом"),
    ("ru", "вечером зайду в море искупаться"),
    # ru.s8c.dissolve
    ("ru", "хочу исчезнуть из соцсетей, чтобы меня никто не помнил по тому видео"),
    ("ru", "хочу раствориться в музыке"),
    # ru.s8c.better_without
    ("ru", "было бы лучше если бы меня не было на той вечеринке"),
    ("ru", "было бы проще если бы меня не было в этом чате"),
    # tr.s8c.last_written (concern alone)
    ("tr", "bu son yazdigim sey bu konuda, yarin devam ederiz"),
    ("tr", "bu son yazdigim sey"),
    # tr.s8c.note_on_table (concern alone)
    ("tr", "ders notlarim masanin uzerinde, al istersen"),
    ("tr", "notum masanin uzerinde, yemegi isit"),
    # tr.s8c.die_in_sleep
    ("tr", "keske uykumda olsam su an, cok yorgunum"),
    ("tr", "umarim uykumda horlamam"),
    # tr.s8c.wish_vanish
    ("tr", "keske su an yok olsam, cok utandim"),
    ("tr", "keske yok olsam diye dusundum o an, cok utanmistim"),
    # tr.s8c.relapse_cut
    ("tr", "yine basladim, sacimi kestim"),
    ("tr", "tekrar basladim resme, bugun kagit kestim"),
    # tr.s8c.will_letters (present)
    ("tr", "avukat vasiyetimi hazirladi, notlari da yazdi"),
]


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_oblique_statement_is_crisis(lang: str, text: str, category: Category) -> None:
    assert_crisis(text, lang, category)
    assert_crisis(text, None, category)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_look_alike_stays_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
