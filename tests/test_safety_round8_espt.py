"""Round 8, Spanish and Portuguese: concept probes for the es/pt lexicon pass.

Each crisis probe names the concept's expected category; the look-alikes (idioms, negation,
recovered past, trips, household ropes, games, sport, cooking accidents) must stay below
crisis.  Every probe is checked with its language hint and with no hint (all lexicons run).
The sentences were written for these tests, not copied from the data files.
"""

from __future__ import annotations

import pytest

from safety import Level, assess
from safety.detector import _lexicon
from tests.safety_probes import assert_crisis, assert_not_crisis

C, N = "crisis", "below"

PROBES = [
    # ---- es: wish to die / not wanting to live
    ("es", "ya no quiero estar aquí, de verdad", C, "suicide"),
    ("es", "no quiero seguir aqui ni un dia mas", C, "suicide"),
    ("es", "preferiría estar muerta la verdad", C, "suicide"),
    ("es", "estaria mejor muerto y lo sabes", C, "suicide"),
    ("es", "me quiero ir de este mundo ya", C, "suicide"),
    ("es", "quiero dormirme y no despertar nunca", C, "suicide"),
    ("es", "quisiera dormir para siempre y ya", C, "suicide"),
    ("es", "neta ya no kiero vivir wey", C, "suicide"),
    ("es", "toy pensando en colgarme", C, "suicide"),
    ("es", "me voy a ahorcar en el garaje", C, "suicide"),
    ("es", "me voy a pegar un tiro", C, "suicide"),
    ("es", "pienso en tirarme al tren cada mañana", C, "suicide"),
    ("es", "ayer casi me tiro por la ventana", C, "suicide"),
    ("es", "estuve a punto de tirarme del puente", C, "suicide"),
    ("es", "esta noche me quito de en medio", C, "suicide"),
    ("es", "lo mejor es quitarme de en medio para siempre", C, "suicide"),
    ("es", "seria mas facil para todos si yo no estuviera", C, "suicide"),
    ("es", "todo seria más fácil si me muriera", C, "suicide"),
    ("es", "el sábado acabo con todo, ya elegí el sitio", C, "suicide"),
    ("es", "mañana lo termino todo, ya está decidido", C, "suicide"),
    ("es", "ya decidí q no llego a fin de mes", C, "suicide"),
    ("es", "llevo semanas juntando pastillas", C, "suicide"),
    ("es", "he ido guardando mis antidepresivos para cuando llegue el momento", C, "suicide"),
    ("es", "tengo las pastillas escondidas y espero a que se duerman todos", C, "suicide"),
    ("es", "cuando se vayan mis padres lo hago, tengo las pastillas guardadas", C, "suicide"),
    ("es", "me despido de todo, fue bonito mientras duró", C, "suicide"),
    ("es", "gracias por todo, fuiste la unica que me escuchó. no me busques", C, "suicide"),
    ("es", "le busqué casa a mi perro porque ya no voy a estar para cuidarlo", C, "suicide"),
    ("es", "ya no voy a estar pa verlos crecer", C, "suicide"),
    ("es", "no intentes convencerme, esta noche me mato", C, "suicide"),
    # ---- es: negatives
    ("es", "no quiero estar aqui en esta fiesta, qué aburrimiento", N, None),
    ("es", "me despido de todos hasta septiembre, me voy de intercambio", N, None),
    ("es", "gracias por todo, fue un placer trabajar con vosotros", N, None),
    ("es", "me quito de en medio para que paséis con el carrito", N, None),
    ("es", "me muero de ganas de verte", N, None),
    ("es", "mátame camión, otra vez lunes", N, None),
    ("es", "estoy muerta de sueño jajaja", N, None),
    ("es", "tengo las pastillas guardadas en el botiquín del baño", N, None),
    ("es", "voy a tirar la ropa vieja por la ventana jaja", N, None),
    ("es", "nunca me quitaria la vida, tranquila", N, None),
    ("es", "hace años quise morirme, hoy estoy bien y con terapia", N, None),
    ("es", "quiero dormir toda la mañana del domingo", N, None),
    # ---- es: self-harm
    ("es", "recaí con el sh anoche", C, "self_harm"),
    ("es", "volví a hacerme sh después de 3 meses", C, "self_harm"),
    ("es", "hoy me hice sh otra vez", C, "self_harm"),
    ("es", "le doy cabezazos a la pared hasta sangrar", C, "self_harm"),
    ("es", "me golpeo la cabeza contra la pared cuando me da la ansiedad", C, "self_harm"),
    ("es", "cómo tapo los cortes del brazo para que no los vea mi madre", C, "self_harm"),
    ("es", "como ocultar las heridas de los muslos en verano", C, "self_harm"),
    ("es", "tengo muchas ganas de cortarme ahora mismo", C, "self_harm"),
    ("es", "me rayé los brazos con la cuchilla del sacapuntas", C, "self_harm"),
    ("es", "me quemé con el mechero a propósito", C, "self_harm"),
    ("es", "me muerdo las uñas hasta sangrar cuando estudio", N, None),
    ("es", "hace dos años que no me corto, estoy orgullosa", N, None),
    ("es", "me corté con el cuchillo pelando patatas", N, None),
    # ---- es: harm to others
    ("es", "mañana lo espero a la salida con la navaja", C, "harm_to_others"),
    ("es", "lo voy a esperar afuera de su casa con el fierro", C, "harm_to_others"),
    ("es", "le abro la cabeza con un martillo si vuelve a tocar a mi hermana", C, "harm_to_others"),
    ("es", "la próxima vez que lo vea le meto el cuchillo", C, "harm_to_others"),
    ("es", "quiero hacerle daño a mi compañero de piso, me da miedo lo que pueda hacer",
     C, "harm_to_others"),
    ("es", "le voy a prender fuego a su casa con él dentro", C, "harm_to_others"),
    ("es", "te espero a la salida y lo hablamos tranquilamente", N, None),
    ("es", "le abro la cabeza al coco con el machete para sacar el agua", N, None),
    ("es", "le rompo la cara al próximo que me pise en el metro jajaja", N, None),
    # ---- es: abuse
    ("es", "un tipo me hizo cosas que no quería en la fiesta y no me acuerdo bien", C, "abuse"),
    ("es", "me drogaron la bebida y desperté sin ropa en un piso que no conozco", C, "abuse"),
    ("es", "abusaron de mi anoche al salir del bar", C, "abuse"),
    ("es", "mi padrastro me toca cuando mi madre no está", C, "abuse"),
    ("es", "el vecino le pega a su hijo todos los días, se oyen los gritos", C, "abuse"),
    ("es", "mi padre le está dando una paliza a mi hermano ahora mismo", C, "abuse"),
    ("es", "mi novio está pateando la puerta del cuarto, me encerré con mi hija", C, "abuse"),
    ("es", "me encerré en el baño porque mi marido está rompiendo todo", C, "abuse"),
    ("es", "mi madre me encierra en el cuarto sin comida", C, "abuse"),
    ("es", "mi tía me deja sin comer cuando saco malas notas", C, "abuse"),
    ("es", "mi pareja me acaba de dar una bofetada", C, "abuse"),
    ("es", "me dio un puñetazo y me sangra la nariz, está gritando afuera", C, "abuse"),
    ("es", "dice que si lo dejo me mata, y tiene una pistola", C, "abuse"),
    ("es", "el portero le pega al balón con fuerza", N, None),
    ("es", "me encerré en el baño a llorar después del examen", N, None),
    ("es", "de pequeña mi padre me pegaba, ahora estoy lejos y bien", N, None),
    # ---- es: medical
    ("es", "mi hermano se bebió un bote de lejía, está vomitando", C, "medical_emergency"),
    ("es", "mi abuela se tragó el matarratas, qué hago", C, "medical_emergency"),
    ("es", "mi hijo se tomó las pastillas de la abuela, no sé cuántas", C, "medical_emergency"),
    ("es", "el niño se bebió el cloro de la piscina", C, "medical_emergency"),
    ("es", "mi novia se desmayó y no reacciona", C, "medical_emergency"),
    # ---- pt: wish to die
    ("pt", "queria dormir e não acordar nunca mais", C, "suicide"),
    ("pt", "só queria deitar e nao acordar mais", C, "suicide"),
    ("pt", "quero desligar de vez, sumir do mapa", C, "suicide"),
    ("pt", "queria estar morta sinceramente", C, "suicide"),
    ("pt", "não quero mais estar aqui", C, "suicide"),
    ("pt", "quero ir embora desse mundo", C, "suicide"),
    ("pt", "n quero mais viver mano", C, "suicide"),
    ("pt", "tô pensando em me enforcar", C, "suicide"),
    ("pt", "vou me enforcar no quintal", C, "suicide"),
    ("pt", "vou dar um tiro na minha cabeça", C, "suicide"),
    ("pt", "vou-me atirar para a linha do comboio", C, "suicide"),
    ("pt", "apetece-me morrer, já não aguento", C, "suicide"),
    ("pt", "quero matar-me, não vejo saída", C, "suicide"),
    ("pt", "vou me jogar na frente de um ônibus", C, "suicide"),
    ("pt", "seria mais fácil pra todo mundo se eu sumisse", C, "suicide"),
    ("pt", "seria melhor se eu morresse logo", C, "suicide"),
    ("pt", "sábado eu acabo com tudo, já escolhi o lugar", C, "suicide"),
    ("pt", "tô juntando remédio faz um mês", C, "suicide"),
    ("pt", "guardei os comprimidos da minha mãe, só espero ficar sozinha em casa", C, "suicide"),
    ("pt", "obrigada por tudo, vc foi a única que se importou. não me procura mais", C, "suicide"),
    ("pt", "achei um lar pro meu gato, não vou estar mais aqui pra cuidar dele", C, "suicide"),
    ("pt", "to cansado de ser um fardo pra todo mundo, seria melhor se eu sumisse", C, "suicide"),
    ("pt", "minha amiga mandou um áudio se despedindo e agora não atende", C, "suicide"),
    ("pt", "meu irmão mandou mensagem de adeus e o celular dele tá desligado", C, "suicide"),
    ("pt", "não tenta me convencer, hoje à noite eu acabo com isso", C, "suicide"),
    # ---- pt negatives
    ("pt", "to morrendo de rir kkkk", N, None),
    ("pt", "não quero mais estar aqui nesse emprego, vou pedir demissão", N, None),
    ("pt", "obrigado por tudo galera, foi um prazer trabalhar com vcs", N, None),
    ("pt", "vou desligar o pc de vez hoje, chega de jogo", N, None),
    ("pt", "queria dormir até meio dia amanhã", N, None),
    ("pt", "nem morta eu saio com esse frio", N, None),
    ("pt", "n vou me matar, relaxa, só to triste", N, None),
    ("pt", "há dois anos pensei em me matar, hoje to bem", N, None),
    # ---- pt self-harm
    ("pt", "recaí hoje, sh de novo depois de 4 meses", C, "self_harm"),
    ("pt", "voltei a me cortar ontem", C, "self_harm"),
    ("pt", "como esconder os cortes do braço dos meus pais?", C, "self_harm"),
    ("pt", "como disfarçar os cortes na coxa na praia", C, "self_harm"),
    ("pt", "ando a magoar-me outra vez", C, "self_harm"),
    ("pt", "voltei a cortar-me esta semana", C, "self_harm"),
    ("pt", "dei murros na parede até sangrar", C, "self_harm"),
    ("pt", "to com muita vontade de me cortar agora", C, "self_harm"),
    ("pt", "me cortei fazendo a salada, nada grave", N, None),
    ("pt", "faz um ano que não me corto, to orgulhosa", N, None),
    # ---- pt harm to others
    ("pt", "amanhã eu meto a tesoura nele na saída da escola", C, "harm_to_others"),
    ("pt", "se ele encostar na minha filha eu dou um tiro nele", C, "harm_to_others"),
    ("pt", "vou tacar fogo no carro dele com ele dentro", C, "harm_to_others"),
    ("pt", "quero machucar o meu colega, to com medo do que posso fazer hoje", C, "harm_to_others"),
    ("pt", "vou esperar ele na saída com a faca", C, "harm_to_others"),
    ("pt", "vou esperar ele na saída pra conversar", N, None),
    ("pt", "taquei fogo no churrasco kkk", N, None),
    # ---- pt abuse
    ("pt", "meu marido acabou de me dar um soco na cara", C, "abuse"),
    ("pt", "meu namorado me deu um tapa e tá gritando lá fora", C, "abuse"),
    ("pt", "ele tá esmurrando a porta do quarto, me tranquei aqui com meu filho", C, "abuse"),
    ("pt", "o meu pai está a bater na minha mãe agora", C, "abuse"),
    ("pt", "a criança do lado está a levar porrada outra vez, ouço-a a gritar", C, "abuse"),
    ("pt", "ele disse que se eu contar pra alguém ele me mata", C, "abuse"),
    ("pt", "meu padrasto me tranca no quarto sem comida", C, "abuse"),
    ("pt", "um cara abusou de mim na festa, eu tava bêbada e não lembro direito", C, "abuse"),
    ("pt", "ele fez coisas comigo que eu não queria", C, "abuse"),
    ("pt", "colocaram algo na minha bebida e acordei sem roupa", C, "abuse"),
    ("pt", "meu pai me batia quando eu era criança, hoje moro longe", N, None),
    ("pt", "o time levou porrada no segundo tempo kkk", N, None),
    # ---- pt medical
    ("pt", "meu filho de 2 anos bebeu água sanitária", C, "medical_emergency"),
    ("pt", "minha avó engoliu chumbinho, o que eu faço", C, "medical_emergency"),
    ("pt", "o meu filho bebeu lixívia", C, "medical_emergency"),
    ("pt", "ela desmaiou e não acorda", C, "medical_emergency"),
    ("es", "ya me cansé de vivir así", C, "suicide"),
    ("es", "me voy a aventar del tercer piso", C, "suicide"),
    ("es", "me sigo cortando aunque le prometí a mi novia que no", C, "self_harm"),
    ("es", "mi ex me amenazó con una navaja en la calle", C, "abuse"),
    ("es", "mi novio dice que me va a matar si hablo con otro", C, "abuse"),
    ("es", "mi pareja me tiene encerrada y me quitó el celular", C, "abuse"),
    ("es", "me tomé las pastillas todas, me estoy mareando", C, "medical_emergency"),
    ("es", "compré una soga, esta noche se acaba", C, "suicide"),
    ("es", "compré una cuerda para tender la ropa en el balcón", N, None),
    ("es", "mi madre dice que me va a matar cuando vea el cuarto jajaja", N, None),
    ("pt", "cansei de viver desse jeito", C, "suicide"),
    ("pt", "continuo me cortando, ninguém percebe", C, "self_harm"),
    ("pt", "o meu companheiro bateu-me outra vez", C, "abuse"),
    ("pt", "meu pai bate na minha mãe quase todo dia", C, "abuse"),
    ("pt", "meu ex me ameaçou com uma faca", C, "abuse"),
    ("pt", "to trancada no banheiro, ele quebrou tudo na sala", C, "abuse"),
    ("pt", "tomei os comprimidos todos há meia hora", C, "medical_emergency"),
    ("pt", "comprei uma corda, hoje à noite acaba", C, "suicide"),
    ("pt", "comprei uma corda pro varal", N, None),
    ("pt", "o jogador bateu na bola com força", N, None),
    # ---- second pass: fresh phrasings per concept (abuse at home, self-harm now, plans, weapons)
    ("es", "mi esposo me agarró del cuello anoche y hoy dice que me va a matar", C, "abuse"),
    ("es", "mi papá llegó borracho y le está pegando a mi mamá, estoy escondida en el baño",
     C, "abuse"),
    ("es", "el novio de mi madre entra a mi cuarto por las noches y me toca", C, "abuse"),
    ("es", "mi padrastro me pega con el cinturón casi todos los días", C, "abuse"),
    ("es", "me violaron hace una hora y estoy sola en la calle", C, "abuse"),
    ("es", "mi marido no me deja salir de casa y me quitó las llaves", C, "abuse"),
    ("es", "anoche volví a cortarme los brazos, esta vez más hondo", C, "self_harm"),
    ("es", "tengo la cuchilla en la mano y no puedo parar de pensar en usarla", C, "self_harm"),
    ("es", "me hago cortes en las piernas para que no se vean", C, "self_harm"),
    ("es", "me estoy quemando con cigarros otra vez", C, "self_harm"),
    ("es", "ya no aguanto más, me voy a tirar a las vías esta noche", C, "suicide"),
    ("es", "no le veo sentido a seguir viviendo, ya tengo todo planeado", C, "suicide"),
    ("es", "escribí cartas para mi familia y mañana me voy para siempre", C, "suicide"),
    ("es", "mi hermana se tomó un frasco entero de pastillas y no despierta",
     C, "medical_emergency"),
    ("es", "le voy a meter un tiro a mi ex si se acerca a mis hijos", C, "harm_to_others"),
    ("es", "tengo ganas de matar a mi jefe, ya compré la pistola", C, "harm_to_others"),
    ("pt", "meu marido me deu uma surra ontem e hoje disse que vai me matar", C, "abuse"),
    ("pt", "o namorado da minha mãe entra no meu quarto de noite e me toca", C, "abuse"),
    ("pt", "meu pai chegou bêbado e tá batendo na minha mãe agora", C, "abuse"),
    ("pt", "o meu marido não me deixa sair de casa e tirou-me o telemóvel", C, "abuse"),
    ("pt", "fui estuprada ontem e não contei pra ninguém", C, "abuse"),
    ("pt", "me cortei de novo ontem, mais fundo que das outras vezes", C, "self_harm"),
    ("pt", "não aguento mais, hoje à noite vou me jogar da ponte", C, "suicide"),
    ("pt", "já tenho tudo planejado, amanhã é o dia", C, "suicide"),
    ("pt", "escrevi cartas pra minha família e amanhã vou embora pra sempre", C, "suicide"),
    ("pt", "a minha irmã tomou uma caixa inteira de comprimidos e não acorda",
     C, "medical_emergency"),
    ("pt", "se o meu ex chegar perto dos meus filhos eu mato ele, já comprei a arma",
     C, "harm_to_others"),
    ("pt", "vontade de matar meu chefe, já sei onde ele estaciona", C, "harm_to_others"),
    ("es", "me voy para siempre a Canadá, os echaré de menos", N, None),
    ("es", "me pego unas siestas que me muero", N, None),
    ("es", "mi hermano me pegó en el futbol sin querer jaja", N, None),
    ("pt", "vou embora pra sempre dessa empresa, graças a deus", N, None),
    ("pt", "tomei uma caixa inteira de bombons kkk", N, None),
    ("pt", "ele me deu um tapa nas costas de brincadeira", N, None),
]

CRISIS = [(lang, text, cat) for lang, text, level, cat in PROBES if level == C]
NOT_CRISIS = [(lang, text) for lang, text, level, _ in PROBES if level == N]


@pytest.mark.parametrize("hint", [True, False])
@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_round8_espt_crisis(lang: str, text: str, category: str, hint: bool) -> None:
    assert_crisis(text, lang if hint else None, category)


@pytest.mark.parametrize("hint", [True, False])
@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS)
def test_round8_espt_not_crisis(lang: str, text: str, hint: bool) -> None:
    assert_not_crisis(text, lang if hint else None)


def test_round8_espt_portuguese_no_is_a_preposition() -> None:
    # "no" (em + o) before a Portuguese noun does not negate what follows (pt pseudo_negation_next)
    assert assess("to no quarto e quero morrer", "pt").level is Level.CRISIS
    assert assess("no quiero morir", "es").level is not Level.CRISIS


def test_round8_espt_chat_negation_pt() -> None:
    # chat "n" = "não" is handled by a pt exclusion, not by a shared negator ("n" is "ein" in
    # German chat and "and" in English)
    assert assess("n vou me matar, relaxa", "pt").level is not Level.CRISIS
    assert "n" not in _lexicon().negators
