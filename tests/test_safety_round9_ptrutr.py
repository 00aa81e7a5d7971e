"""Round 9 probes for pt/ru/tr: new concept rules and context defusers (own sentences)."""

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

CRISIS = [
    # pt
    ("pt", "estou no parapeito da ponte agora, só queria falar com alguém antes", Category.SUICIDE),
    ("pt", "a lâmina tá aqui do meu lado desde a hora do almoço", Category.SELF_HARM),
    ("pt", "tô cansada de existir, não aguento esse peso", Category.SUICIDE),
    ("pt", "quero desaparecer pra sempre e ninguém vai notar", Category.SUICIDE),
    ("pt", "quantas cápsulas de paracetamol são fatais? tenho uma caixa", Category.SUICIDE),
    ("pt", "uso manga comprida no calor pra esconder os cortes do meu braço", Category.SELF_HARM),
    ("pt", "me queimei com cigarro de propósito ontem à noite", Category.SELF_HARM),
    ("pt", "vou esfaquear o meu padrasto quando ele dormir", Category.HARM_TO_OTHERS),
    ("pt", "meu avô está com a boca torta e não levanta o braço", Category.MEDICAL_EMERGENCY),
    ("pt", "meu filho engoliu um ímã da geladeira agora", Category.MEDICAL_EMERGENCY),
    ("pt", "shhh ele voltou, depois te escrevo", Category.ABUSE),
    # ru
    ("ru", "стою на мосту сейчас, вода внизу чёрная", Category.SUICIDE),
    ("ru", "хочу исчезнуть навсегда, чтобы никто не вспомнил", Category.SUICIDE),
    ("ru", "лезвие лежит рядом на кровати, смотрю на него", Category.SELF_HARM),
    ("ru", "снова сх, не выдержала", Category.SELF_HARM),
    ("ru", "подмешаю мужу отраву в суп", Category.HARM_TO_OTHERS),
    ("ru", "отчим заперл меня в кладовке", None),
    ("ru", "он ломится в дверь и кричит, я в ванной", Category.ABUSE),
    ("ru", "у сестры опухает язык после укуса осы", Category.MEDICAL_EMERGENCY),
    # tr
    ("tr", "raylardayım, tren birazdan gelir", Category.SUICIDE),
    ("tr", "ölsem kimin umurunda olur ki zaten", Category.SUICIDE),
    ("tr", "bu gece hayatımı bitireceğim, kararımı verdim", Category.SUICIDE),
    ("tr", "yeni kesiklerim var, annem görecek diye korkuyorum", Category.SELF_HARM),
    ("tr", "kafamı duvara vuruyorum durduramıyorum", Category.SELF_HARM),
    ("tr", "patronumun çayına fare zehri katacağım", Category.HARM_TO_OTHERS),
    ("tr", "babam beni odaya kilitledi, yemek yok", Category.ABUSE),
    ("tr", "amcam yerde titriyor, gözleri kaydı", Category.MEDICAL_EMERGENCY),
    # second batch: arrangements, deadlines, accident wishes, threats with means
    ("pt", "deixei uma carta pra cada um de vocês na gaveta", Category.SUICIDE),
    ("pt", "depois de sábado nada disso vai importar", Category.SUICIDE),
    ("pt", "rezo pra um caminhão me atropelar na estrada", Category.SUICIDE),
    ("pt", "me cortei de propósito com a faca de cozinha", Category.SELF_HARM),
    ("pt", "vou levar o canivete amanhã e eles vão pagar", Category.HARM_TO_OTHERS),
    ("ru", "когда вы это прочитаете, меня уже не будет", Category.SUICIDE),
    ("ru", "таблетки в тумбочке из головы не выходят", Category.SUICIDE),
    ("ru", "порезалась глубже чем обычно, не останавливается", Category.SELF_HARM),
    ("ru", "отчим снова меня избил, я у соседки", Category.ABUSE),
    ("tr", "kitaplarım kardeşime kalsın, kedim de anneme", Category.SUICIDE),
    ("tr", "bu cuma kararlıyım, geri dönüş yok", Category.SUICIDE),
    ("tr", "evini buldum, şimdi oraya gidiyorum, yoldayım", None),
    ("tr", "babam kimseye anlatırsam öldürürmüş", Category.ABUSE),
]


@pytest.mark.parametrize("lang,text,cat", CRISIS)
def test_round9_crisis(lang: str, text: str, cat: Category | None) -> None:
    for hint in (lang, None):
        assert_crisis(text, hint, cat)


NOT_CRISIS = [
    # joke / laughter markers
    ("pt", "se a professora passar mais trabalho eu me jogo da janela kkkkk"),
    ("pt", "vou me enforcar com essa fatura do cartão rsrs"),
    ("ru", "если ещё один созвон, я повешусь, хахаха"),
    ("ru", "убью брата за съеденный торт, я шучу конечно"),
    ("tr", "bu sınavdan sonra köprüden atlayacağım hahaha"),
    # past told as past / recovered
    ("pt", "faz cinco anos eu tentei me matar, hoje tô bem melhor e estudo enfermagem"),
    ("pt", "parei de me cortar e tô orgulhosa disso"),
    ("ru", "пять лет назад я думала о смерти, сейчас всё хорошо"),
    ("tr", "eskiden kendimi keserdim, şimdi çok daha iyiyim"),
    ("tr", "bazen ölmek istiyorum diyorum ama öyle bir niyetim yok"),
    # games, media, spelling, work, trips, equipment
    ("pt", "no minecraft eu pulei do prédio e morri kkk"),
    ("pt", "não vou estar aqui amanhã, volto na segunda"),
    ("ru", "в фильме героиня выпила яд и умерла, я плакала"),
    ("ru", "как пишется: повеситься или повесится?"),
    ("ru", "писала прощальное письмо коллегам, увольняюсь"),
    ("ru", "купил верёвку для турника"),
    ("tr", "oyunda köprüden atladım ve öldüm"),
    ("tr", "deprem çantasına ilaç ve su koydum"),
    ("tr", "iki saattir köprüdeyim, trafik hiç ilerlemiyor"),
    # idioms and look-alikes of the new concepts
    ("pt", "vou dar um tiro no escuro e tentar essa vaga"),
    ("pt", "meu sobrinho engoliu uma moeda, foi ao hospital e saiu tudo bem"),
    ("ru", "последнее сообщение перед отпуском, всем спасибо"),
    ("tr", "mutfak için yeni bir ekmek bıçağı aldım"),
    ("pt", "meu ex tá vindo ficar comigo hoje, vamos ver filme"),
    ("pt", "marquei a data do casamento no calendário"),
    ("ru", "раздаю старые книги, берите кому надо"),
    ("ru", "пора уходить с вечеринки, завтра рано вставать"),
    ("tr", "askere gidiyorum, hakkınızı helal edin, altı ay sonra görüşürüz"),
    ("tr", "bu son sigaram, yarından itibaren bırakıyorum"),
    # look-alikes of the new concept words (kept tight on purpose)
    ("pt", "amanhã vou furar a orelha no shopping"),
    ("pt", "o cabelo da minha irmã ficou roxo depois da tinta"),
    ("pt", "como jogar óleo de cozinha fora sem entupir a pia?"),
    ("pt", "pra me castigar minha mãe tirou meu celular a semana toda"),
    ("pt", "comprei umas marcas novas de tênis na promoção"),
    ("pt", "agora sim tô no trilho certo com a faculdade"),
    ("ru", "переборщил с солью в супе, теперь не съесть"),
    ("ru", "меня душит обида на подругу"),
    ("ru", "выбрала место для отпуска, едем в Сочи"),
    ("tr", "bu işi yarın bitireceğim, patron bekliyor"),
    ("tr", "umarım yağmur durur da pikniğe gideriz"),
    ("tr", "dün akşam 6 tane bira içtim, başım ağrıyor"),
    ("tr", "prizden fişi çekiyorum, şarj doldu"),
]


@pytest.mark.parametrize("lang,text", NOT_CRISIS)
def test_round9_not_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
