"""Round 8 concept coverage for Russian and Turkish (safety/lexicons/ru.yaml, tr.yaml).

Probe sentences written for these tests (not copied from tests/data): for each concept,
crisis phrasings in several verb forms / word orders, and look-alikes (idioms, games,
cooking, ordinary absence, negation, recovered past) that must stay below crisis."""

from __future__ import annotations

import pytest

from safety import Category, Level, assess
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                      Category.ABUSE, Category.MEDICAL_EMERGENCY)

CRISIS_RU = [
    # wish to die: want-word + infinitive, object-first order, slang, reflexive aspects
    ("хочется просто сдохнуть и чтоб всё закончилось", S),
    ("умереть хочу, честно", S),
    ("скорее бы умереть уже", S),
    ("я кончу с собой если он уйдет", S),
    ("думаю наложить на себя руки", S),
    ("хочу свести счеты с жизнью", S),
    ("всё, выпилюсь сегодня", S),
    ("роскомнадзорнусь скоро, надоело всё", S),
    ("хочу со всем этим покончить, больше не вытягиваю", S),
    ("ya bolshe ne mogu, hochu prosto ischeznut navsegda", S),
    # not wanting to live / wake up
    ("мне незачем просыпаться по утрам", S),
    ("жить надоело", S),
    ("зачем мне вообще жить", S),
    ("вот бы уснуть и не проснуться", S),
    ("каждый вечер молюсь чтобы утром не проснуться", S),
    ("засну навсегда сегодня", S),
    ("хочу чтобы меня не было", S),
    # others better off
    ("лучше бы я вообще не родилась", S),
    ("всем станет легче когда меня не станет", S),
    ("я только обуза. без меня они наконец заживут", S),
    # method questions
    ("какой самый безболезненный способ умереть", S),
    ("с какого этажа прыгать чтобы насмерть", S),
    ("сколько надо снотворного чтобы не откачали", S),
    # plan, means, places
    ("выброшусь из окна", S),
    ("сигану с моста сегодня", S),
    ("скоро пойду под поезд", S),
    ("врежусь в столб на трассе специально", S),
    ("верёвку уже купила", S),
    ("ремень уже висит", S),
    ("мне страшно но я уже на подоконнике", S),
    ("таблетки уже на столе, осталось только запить", S),
    ("у меня есть дедов пистолет и я думаю об этом постоянно", S),
    # deadline, goodbyes, arrangements (two farewells, or farewell + ideation)
    ("после пятницы уже ничего не будет иметь значения", S),
    ("спасибо тебе за всё. прощай", S),
    ("прости меня за всё. я правда пыталась", S),
    ("пароль от телефона в тумбочке, письмо для мамы там же", S),
    ("пин от карты в тетради. на всякий случай", S),
    ("сегодня ночью ухожу. насовсем. не поминайте лихом", S),
    ("спасибо за всё правда. больше никому не буду мешать", S),
    ("если провалю сессию мне конец, у меня уже есть план", S),
    # self-harm: urge now, relapse, hiding wounds, burning
    ("хочу сделать себе больно", SH),
    ("тянет порезаться снова", SH),
    ("руки чешутся взять бритву", SH),
    ("опять прижигаю руку сигаретой", SH),
    ("рецидив по селфхарму, 3 месяца насмарку", SH),
    ("ношу водолазку чтобы никто не увидел порезы", SH),
    ("как скрыть свежие порезы от мамы", SH),
    ("я расцарапала себе руки до крови", SH),
    # harm to others
    ("придушу её когда вернётся", HO),
    ("отчима завтра я зарежу", HO),
    ("клянусь, прибью этого урода", HO),
    ("соседа сверху щас прибью, достал", HO),
    ("хочу убить брата, он спит, нож рядом", HO),
    ("у меня список тех кому я отомщу", HO),
    ("я его убью, он заслужил", HO),
    # abuse
    ("муж ударил меня за то что я поздно пришла", AB),
    ("он сказал что если я расскажу маме он меня убьёт", AB),
    ("меня изнасиловали на вечеринке", AB),
    ("отчим домогается до меня", AB),
    ("парень запер меня в квартире", AB),
    ("за стеной ребенок кричит и слышны удары", AB),
    # medical
    ("сын проглотил батарейку", MED),
    ("наглоталась таблеток, мне плохо", MED),
    ("час назад выпила целый блистер феназепама", MED),
    ("у папы инсульт кажется", MED),
    ("бабушка упала и не встаёт", MED),
]

NOT_CRISIS_RU = [
    "сдохнуть хочется от этой жары",
    "я чуть не умерла со смеху от этого видео",
    "хоть вешайся, опять понедельник",
    "убей не помню где ключи",
    "режусь в доту всю ночь",
    "он выпилился из чата, обиделся",
    "порезалась когда резала хлеб",
    "эта сессия меня в гроб вгонит",
    "я убью тебя в фортнайте сегодня вечером хаха",
    "прибью полку сегодня вечером",
    "не хочу жить в этом городе, хочу переехать",
    "не хочу просыпаться в 6 утра на работу",
    "никогда бы не покончила с собой",
    "раньше хотела умереть, сейчас всё хорошо",
    "в прошлом думал о суициде, но это позади",
    "спасибо за всё, отличный был вечер",
    "пароль от вайфая на холодильнике",
    "заберёшь кота на выходные? я уезжаю",
    "в пятницу меня не будет на работе",
    "верёвку купила для сушки белья",
    "сколько учить чтобы наверняка сдать",
    "ношу длинные рукава чтобы никто не видел татуировку",
    "хочу уйти из этой компании навсегда",
    "пора заканчивать этот проект",
    "сегодня всё закончу по работе и отдохну",
    "прыгну с парашютом на выходных",
    "выпил много пива вчера",
    "у мамы был инфаркт два года назад",
    "сижу на подоконнике читаю книгу",
    "передай маме что я её люблю, скоро буду дома",
    "у меня есть план на выходные, не шучу",
    "иногда кажется что всем было бы проще без меня. ничего делать не собираюсь",
]

CRISIS_TR = [
    # wish to die: many suffix forms
    ("artık gerçekten ölmek istiyorum", S),
    ("ölesim var bugün", S),
    ("geberip gitmek istiyorum şu hayattan", S),
    ("kendimi öldürcem bu gece", S),
    ("kendimi asmayı düşünüyorum", S),
    ("intihar edicem kimse durduramaz", S),
    ("intihar etmeye karar verdim", S),
    ("canıma kıymayı düşünüyorum", S),
    ("fişimi çekeceğim artık", S),
    ("sürekli intihar düşünceleri var aklımda", S),
    ("bu hayattan kurtulmak istiyorum", S),
    ("ölsem de kurtulsam", S),
    # not wanting to live / wake up
    ("keşke bir daha uyanmasam", S),
    ("her akşam sabah uyanmamak için dua ediyorum", S),
    ("yaşamaya devam etmek istemiyorum", S),
    ("yaşamak için hiçbir nedenim kalmadı", S),
    ("yaşamaktan bıktım artık", S),
    ("yaşamanın bir anlamı yok", S),
    ("bu gece rahat uyuyacağım, hem de sonsuza dek", S),
    # others better off
    ("ölsem kimse fark etmez", S),
    ("ben ölünce herkes rahatlar", S),
    ("ben olmayınca rahat bir nefes alacaklar", S),
    # method questions, means, places
    ("en acısız ölmenin yolu ne", S),
    ("kaç tane içersem uyanmam", S),
    ("köprünün kenarındayım şimdi", S),
    ("çatıdayım, aşağı bakıyorum", S),
    ("kendimi trenin önüne atacağım", S),
    ("raylara yatacağım bu gece", S),
    ("ip aldım, bu gece her şey bitsin artık", S),
    ("mutfakta bir kutu parolla oturuyorum, kaç tane gerektiğini saydım", S),
    ("nalburdan ip aldım, annemler yarın tatile gidiyor", S),
    # deadline, goodbyes, arrangements
    ("cuma gününden sonra hiçbir şeyin anlamı kalmayacak", S),
    ("dönüşü olmayan yere gidiyorum", S),
    ("kedime bakar mısın? yarın yokum", S),
    ("kartımın şifresi masadaki defterde. ne olur ne olmaz", S),
    ("her şey için teşekkürler gerçekten. artık kimseyi rahatsız etmeyeceğim", S),
    ("otoparkın çatısındayım şimdi. sadece birine yazmak istedim", S),
    ("sınıfta kalırsam benim için her şey biter, planım bile var, şaka değil", S),
    # self-harm
    ("yine kestim kollarımı", SH),
    ("sigarayla kolumu yaktım yine", SH),
    ("canımı yakmak istiyorum şu an", SH),
    ("kendimi kesesim var", SH),
    ("kendimi kesmeden duramıyorum", SH),
    ("şu an jileti almak istiyorum", SH),
    ("jilet yastığın altında duruyor", SH),
    ("uzun kollu giyiyorum kimse görmesin diye", SH),
    ("kesiklerimi annemden saklıyorum", SH),
    ("bacaklarımdaki kesikleri nasıl saklarım", SH),
    # harm to others
    ("şimdi onu gebertecem", HO),
    ("boğacağım onu yemin ederim", HO),
    ("bir daha kardeşime dokunursa onu öldürürüm", HO),
    ("okula silah getireceğim", HO),
    ("intikam listem hazır", HO),
    ("onu öldürmek istiyorum, bıçağı aldım", HO),
    # abuse
    ("sevgilim bana yine tokat attı", AB),
    ("geç kaldım diye beni dövdü", AB),
    ("partide tecavüze uğradım", AB),
    ("kimseye söylersem beni öldüreceğini söyledi", AB),
    ("babam birine anlatırsam beni öldürecekmiş", AB),
    ("yan dairede dayak sesleri ve ağlama var", AB),
    # medical
    ("oğlum düğme pil yutmuş", MED),
    ("annem kasılıyor ve cevap vermiyor", MED),
    ("bir saat önce bir şerit xanax içtim", MED),
    ("arkadaşım çok hap içti, uyandıramıyorum", MED),
]

NOT_CRISIS_TR = [
    "gülmekten öldüm bu videoya",
    "ölüyorum gülmekten şu an",
    "bu ders beni öldürecek",
    "valorantta yine öldüm",
    "bu maç beni bitirdi",
    "eskiden ölmek istiyordum, artık iyiyim",
    "asla intihar etmem merak etme",
    "ölmek istemiyorum, sadece yorgunum",
    "bir an önce eve gitmek istiyorum",
    "ip aldım, kamp için çadır da aldım",
    "bir kutu ilaç aldım eczaneden, grip oldum",
    "kaç tane yumurta lazım bu tarif için",
    "herkese teşekkürler, harika bir doğum günüydü",
    "yarın yokum, izinliyim",
    "şifreler defterde yazılı, wifi için",
    "borçlarımı ödedim sonunda, çok rahatladım",
    "sınavdan sonra hiçbir şeyin önemi kalmayacak, tatil başlıyor",
    "soğan doğrarken elimi kestim",
    "uzun kollu giyiyorum üşüyorum",
    "onu öldüreceğim şaka şaka",
    "oyunda onu gebertecem bu gece haha",
    "okula silah getirmek yasak",
    "intikam filmini izledim",
    "babam bana hiç vurmadı",
    "haberlerde adam komşusunu öldürmüş",
    "köprünün üstündeyim trafikte bekliyorum",
    "okulun çatısındayım manzara süper",
    "elveda eski arabam, çok yol yaptık",
    "bu işten kurtulmak istiyorum",
    "saçımı kesmek istiyorum",
    "cok su içtim bugün",
    "olsam da olmasam da fark etmez diyor arkadaşım, gülüyor",
]


@pytest.mark.parametrize(("text", "cat"), CRISIS_RU)
def test_ru_round8_crisis(text: str, cat: Category) -> None:
    assert_crisis(text, "ru", cat)


@pytest.mark.parametrize("text", NOT_CRISIS_RU)
@pytest.mark.parametrize("lang", ["ru", None])
def test_ru_round8_not_crisis(lang: str | None, text: str) -> None:
    assert_not_crisis(text, lang)


@pytest.mark.parametrize(("text", "cat"), CRISIS_TR)
def test_tr_round8_crisis(text: str, cat: Category) -> None:
    assert_crisis(text, "tr", cat)


@pytest.mark.parametrize("text", NOT_CRISIS_TR)
@pytest.mark.parametrize("lang", ["tr", None])
def test_tr_round8_not_crisis(lang: str | None, text: str) -> None:
    assert_not_crisis(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # a single ambiguous arrangement stays below concern; an explicit goodbye is concern
    ("ru", "пин от карты в тетради"),
    ("tr", "borçlarımı ödedim"),
])
def test_single_arrangement_is_not_flagged(lang: str, text: str) -> None:
    assert assess(text, lang).level is Level.NONE


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "не поминайте лихом"),
    ("tr", "herkese veda ediyorum"),
])
def test_explicit_goodbye_alone_is_concern(lang: str, text: str) -> None:
    assert assess(text, lang).level is Level.CONCERN
