"""Plain statements of current danger, seventh pass (s7), group c: Russian and Turkish.

Own sentences (not copied from tests/data), typed as a native speaker would (no diacritics, slang,
the present used for the future). CRISIS lists messages the detector missed before the rules
``ru.s7c.*`` / ``tr.s7c.*`` were added and must now rate crisis with and without a language hint:
a time next to a first-person act in either order; means at hand plus a time; someone else in
danger now, told by a friend or relative with a question how to help; a threat to kill the writer
if they tell, leave or call the police; being choked or beaten now; a plan to kill a named person.
SAFE lists, per new rule, harmless look-alikes sharing its words (idioms, jokes, the past,
fiction, everyday verbs) that must stay below crisis.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS, Category.ABUSE)

CRISIS = [
    # ---- Russian
    # ru.s7c.time_act: a time next to a first-person act, either order
    ("ru", "все, сегодня вечером я вешаюсь", S),
    ("ru", "я вешаюсь сегодня", S),
    ("ru", "седня ночью вешаюсь", S),
    ("ru", "папин пистолет у меня, сегодня застрелюсь", S),
    ("ru", "завтра утром застрелюсь из папиного ружья", S),
    ("ru", "я отравлюсь сегодня ночью", S),
    ("ru", "щас пойду и вскроюсь", S),
    ("ru", "я седня вечером повешаюсь", S),
    ("ru", "сегодня наглотаюсь колес", S),
    ("ru", "я щас спрыгну", S),
    # ru.s7c.time_cut: a time next to cutting oneself
    ("ru", "сегодня ночью опять порежусь", SH),
    ("ru", "завтра порежу себе руки", SH),
    # ru.s7c.time_gone: "не станет" with a time
    ("ru", "этой ночью меня не станет", S),
    ("ru", "завтра меня найдут мертвой", S),
    # ru.s7c.end_it_means: ending it + means ready
    ("ru", "в пятницу я покончу с этим, веревка уже есть", S),
    # ru.s7c.other_act: someone else will do it, reported
    ("ru", "парень написал мне что сейчас повесится, помогите", S),
    ("ru", "брат сказал что сегодня ночью застрелится, как ему помочь", S),
    ("ru", "подруга пишет что щас отравится, что делать??", S),
    # ru.s7c.threat_if / ru.s7c.threat_police: a threat to kill the writer if they tell/leave/call
    ("ru", "отчим сказал что убьет меня если я кому-то расскажу", AB),
    ("ru", "муж сказал убьет если уйду от него", AB),
    ("ru", "он сказал что прирежет меня если я позвоню в полицию", AB),
    ("ru", "парень сказал что убьет меня если я уйду", AB),
    ("ru", "он грозит что зарежет меня если я вызову полицию", AB),
    ("ru", "он грозит что зарежет меня", AB),
    ("ru", "отец сказал что убьет меня если я позвоню в полицию", AB),
    # ru.s7c.threat_other_now: a man threatening a relative in the house now
    ("ru", "батя орет что зарежет маму, он с ножом", AB),
    # ru.s7c.hit_now: choked or beaten now
    ("ru", "он меня сейчас душит помогите", AB),
    # ---- Turkish
    # tr.s7c.time_act: a time next to a first-person act (present continuous for the future)
    ("tr", "bu aksam kendimi asiyorum", S),
    ("tr", "bugün her şeye son veriyorum", S),
    ("tr", "yarın sabah köprüden atlıyorum", S),
    ("tr", "yarin kendimi vuruyorum", S),
    ("tr", "bu aksam hayatima son veriyorum", S),
    ("tr", "simdi kopruden atliyorum", S),
    ("tr", "bu gece intihar ediyom", S),
    # tr.s7c.die_tonight
    ("tr", "bu gece ölüyorum artık", S),
    ("tr", "yarın beni ölü bulacaklar", S),
    # tr.s7c.means_time: means at hand, then the time
    ("tr", "ipi aldım, bu gece", S),
    # tr.s7c.other_act: someone else will do it now/tonight
    ("tr", "arkadaşım bu gece kendini öldüreceğini söylüyor, ona nasıl yardım edebilirim?", S),
    ("tr", "sevgilim şimdi kendini asacağını yazdı yardım edin", S),
    ("tr", "abim bu gece kendini vuracagini soyledi ne yapmaliyim", S),
    # tr.s7c.threat_if: a threat to kill the writer if they tell, leave or call the police
    ("tr", "kocam onu terk edersem beni öldürecekmiş", AB),
    ("tr", "polisi ararsam beni bıçaklayacağını söyledi", AB),
    ("tr", "amcam anneme anlatırsam beni öldürürmüş", AB),
    ("tr", "sevgilim ayrilirsam beni oldurecekmis", AB),
    # tr.s7c.weapon_now: a relative chased with a weapon / beaten now
    ("tr", "babam bıçakla annemi kovalıyor", AB),
    ("tr", "annem su an babam tarafindan dovuluyor", AB),
    # tr.s7c.hit_now: choked or beaten now
    ("tr", "şu an beni boğuyor yardım edin", AB),
    ("tr", "simdi beni boguyor imdat", AB),
    # tr.s7c.kill_when: a plan to kill someone named
    ("tr", "Ayşeyi yarın okulda öldüreceğim", HO),
]

SAFE = [
    # ---- Russian
    # ru.s7c.time_act (+ ru.exclude.s7c_groan_cause)
    ("ru", "сегодня застрелюсь от скуки на этой паре"),
    ("ru", "завтра вешаюсь на турник в спортзале"),
    ("ru", "в прошлом году я чуть не повесился"),
    ("ru", "сегодня нажрусь с друзьями"),
    ("ru", "я щас спрыгну с дивана"),
    # ru.s7c.time_cut
    ("ru", "сегодня порежу салат и картошку"),
    ("ru", "завтра порежусь при бритье опять наверное"),
    ("ru", "сегодня режусь в доту до ночи"),
    # ru.s7c.time_gone
    ("ru", "сегодня меня не будет на работе"),
    ("ru", "завтра меня не будет дома"),
    ("ru", "завтра меня найдут в библиотеке"),
    # ru.s7c.end_it_means
    ("ru", "в пятницу я покончу с этим проектом наконец"),
    ("ru", "покончу с этим ремонтом, веревка для белья уже есть"),
    # ru.s7c.other_act
    ("ru", "брат говорит что повесится от этой физики"),
    ("ru", "подруга говорит что сегодня прыгнет с парашютом"),
    ("ru", "в сериале герой говорит что застрелится"),
    # ru.s7c.threat_if / ru.s7c.threat_police
    ("ru", "мама сказала что убьет меня если я опять получу двойку"),
    ("ru", "брат грозится что убьет меня в доте"),
    ("ru", "папа сказал что убьет меня если я еще раз позвоню в пиццерию ночью"),
    ("ru", "сосед убьет меня если я опять вызову полицию хаха"),
    # ru.s7c.threat_other_now
    ("ru", "он говорит что убьет всех в доте"),
    ("ru", "брат орет что убьет меня в фифе"),
    # ru.s7c.hit_now
    ("ru", "меня сейчас душат слезы"),
    ("ru", "меня сейчас бьет озноб"),
    # ---- Turkish
    # tr.s7c.time_act (+ tr.exclude.s7c_fresh_start)
    ("tr", "bugün her şeye son veriyorum, yarından itibaren yeni bir başlangıç"),
    ("tr", "bugün her şeye son veriyorum diyete başlıyorum"),
    ("tr", "bu akşam kendimi dışarı atıyorum, parti var"),
    ("tr", "geçen yıl bu gece kendimi asacaktım, şimdi iyiyim"),
    # tr.s7c.die_tonight
    ("tr", "bu gece uykusuzluktan ölüyorum artık"),
    ("tr", "yarın öleceğim sınav var"),
    ("tr", "bu gece ölüyorum artık gülmekten"),
    ("tr", "yarın beni evde bulacaklar"),
    ("tr", "yarın ölü gibi uyuyacağım"),
    # tr.s7c.means_time
    ("tr", "ipi aldım, bu gece çamaşırları asarız"),
    ("tr", "jileti aldim yarin sakal tirasi olcam"),
    # tr.s7c.other_act
    ("tr", "dizide kız bu gece kendini öldürecek galiba"),
    ("tr", "arkadaşım bu gece kendini dışarı atacağını söyledi"),
    ("tr", "romanda adam bu gece intihar edecek"),
    # tr.s7c.threat_if
    ("tr", "annem telefonu kırdığımı söylersem beni öldürür"),
    ("tr", "kız arkadaşım spoileri anlatırsam beni öldürür haha"),
    # tr.s7c.weapon_now
    ("tr", "babam bıçakla ekmeği kesiyor"),
    ("tr", "şu an öğretmen tarafından azarlanıyorum"),
    # tr.s7c.hit_now
    ("tr", "işim şu an beni boğuyor"),
    ("tr", "annem şu an beni boğuyor, her şeye karışıyor"),
    # tr.s7c.kill_when
    ("tr", "yarın sivrisinekleri öldüreceğim"),
    ("tr", "yarın okulda hamamböceklerini öldüreceğim"),
]


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_plain_danger_is_crisis(lang: str, text: str, category: Category) -> None:
    assert_crisis(text, lang, category)
    assert_crisis(text, None, category)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_look_alike_stays_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
