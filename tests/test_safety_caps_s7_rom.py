"""Defuser caps of session 7 for Spanish, French, Italian and Portuguese (es, fr, it, pt).

On messages from new authors about half of the false crises came from phrase rules firing on a
message that carries a clear defuser in closed-class words. The gaps found in the lexicons'
caps and exclusions were closed for the whole concept in each language:

* ``*.cap.s7_joke``: a joke marker. Laughter closing the risk phrase ("me tiro por la ventana
  jajaja", "je vais me suicider avec cette chaleur haha", "mi impicco col filo xd"), and "es
  broma" / "je rigole" / "scherzo" / "é brincadeira" at a clause start, so that the insisting
  "no es broma", "je rigole pas", "non sto scherzando", "não tô brincando" are not matched
  (the older it/pt/fr joke caps were anchored the same way for that reason);
* ``*.cap.s7_denial``: the thought set aside ("no lo digo en serio", "je le ferais jamais",
  "non ho nessuna intenzione di farmi del male", "nunca faria isso");
* ``*.cap.s7_past``: the act dated in the past ("hace 5 años me tomé…", "ça fait 3 ans que je
  me coupe plus", "a 16 anni ho preso…", "aos 19 tomei…") or an urge not acted on ("ma non
  l'ho fatto", "mas não fiz", "et ça a passé");
* ``*.cap.s7_third``: asking how to help someone else ("comment demander à un ami s'il pense
  au suicide ?", or a passive wish quoted from someone else and then "¿debo preocuparme?", "come
  aiutarla?"); an emergency told before the question ("ha preso tutte le pastiglie e non
  risponde, devo preoccuparmi?") quotes no passive wish and keeps its crisis;
* ``*.cap.s7_reported``: an in-law's, teacher's, coach's or boss's everyday threat told as
  theirs, with a demand the writer may fail ("mi suegra me amenazó con matarme si no llevo el
  postre"); parents, step-parents and partners are never listed, and a threat made to keep a
  secret ("si se lo cuento a alguien") keeps its crisis;
* ``es/it/pt.cap.s7_professional``: a teacher or nurse asking how to explain, detect or report
  ("soy enfermera, ¿cómo explico la autolesión a los padres?", "cosa devo fare per legge?");
* ``pt.cap.s7_break``: a break, not death ("queria não existir por um tempo, sumir sem morrer");
* exclusions for harmless idioms only: ``es.exclude.s7_thing_kills`` ("el tabaco me va a
  matar"), ``*.exclude.s7_idiom`` (shame, effort, dying somewhere mundane, a fairy-tale enemy),
  ``it.exclude.s7_ellipsis_idiom`` ("non vedo l'ora di morire... di sonno").

Caps hold their own sentence only (except the professional question, which is usually its own
sentence): a risk told in another sentence or after "pero en serio" keeps its crisis.

``SAFE`` holds invented harmless messages (three per class and language), each rated crisis
before the change; they must stay below crisis with the language hint and without it.
``CRISIS`` holds two real crises per class and language that share the words but lack the
defuser, insist on seriousness, or carry the risk in another sentence; they must keep their
crisis.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB, MED = (Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS,
                      Category.ABUSE, Category.MEDICAL_EMERGENCY)

SAFE = [
    # ---- Spanish
    # a joke marker (es.cap.s7_joke)
    ('es', 'me voy a tirar por la ventana si el profe vuelve a poner examen sorpresa jajaja'),
    ('es', 'me ahorco con los auriculares xd, no encuentro el otro'),
    ('es', 'me pego un tiro, es broma obvio, solo es lunes'),
    ('es', 'me quiero morir, bromeo, solo se me quemó el arroz'),
    # a denial that sets the thought aside (es.cap.s7_denial)
    ('es', 'a veces me quiero morir pero no lo digo en serio, es el agotamiento'),
    ('es', 'pienso en matarme de vez en cuando, pero no lo haría nunca'),
    ('es', 'quisiera dormir y no despertar, aunque no tengo ninguna intención de hacerlo'),
    # the act told as past, or an urge not acted on (es.cap.s7_past)
    ('es',
     'hace 4 años me tomé todas las pastillas del botiquín, ahora estoy estudiando enfermería'),
    ('es', 'a los 17 me tomé un frasco de pastillas, hoy tengo 35 y dos hijos'),
    ('es',
     'hace seis años me tragué un bote de calmantes y me salvaron, hoy lo cuento en charlas'),
    # asking how to help someone else (es.cap.s7_third)
    ('es', 'mi amiga dijo "a veces quisiera no existir", ¿debo preocuparme?'),
    ('es', 'mi compañero de piso dice "quisiera no despertar" cuando está triste, ¿cómo le hablo?'),
    ('es', 'mi novio me escribió "a veces quisiera no existir", ¿es grave?'),
    # someone's everyday threat told as theirs (es.cap.s7_reported)
    ('es', 'mi suegra me amenazó con matarme si no llevo la tortilla a la cena'),
    ('es', 'mi cuñada me amenazó con matarme si no llevo el vino'),
    ('es', 'la profe me amenazó con matarme si no traigo el libro mañana'),
    # a professional asking how to explain or report (es.cap.s7_professional)
    ('es', 'soy enfermera escolar, ¿cómo explico la autolesión a los padres?'),
    ('es', '¿cómo hablar de la autolesión con mis alumnos de secundaria?'),
    ('es', 'soy orientadora, ¿cómo detectar la autolesión en los adolescentes?'),
    # a habit, a bill or an effort that "will kill me" (es.exclude.s7_thing_kills)
    ('es', 'el médico dice que el azúcar me va a matar si sigo así'),
    ('es', 'el entrenador me va a matar con tantas sentadillas'),
    ('es', 'la hipoteca me va a matar este mes, menos mal que viene la paga'),
    # everyday hyperbole (es.exclude.s7_idiom)
    ('es', 'qué vergüenza, me quiero morir, le di like a una foto de 2015'),
    ('es', 'me quiero morir de tanto estudiar anatomía'),
    ('es', 'mañana me suicido socialmente en la presentación del proyecto'),
    # ---- French
    # a joke marker (fr.cap.s7_joke)
    ('fr', 'je vais me suicider avec cette chaleur haha'),
    ('fr', "je veux mourir, je rigole, c'est juste la rentrée"),
    ('fr', 'je vais me jeter sous un train si le prof me colle encore hihi'),
    # a denial that sets the thought aside (fr.cap.s7_denial)
    ('fr', "des fois j'ai envie de mourir mais je le pense pas vraiment"),
    ('fr', 'je pense à me tuer parfois, mais je le ferais jamais'),
    ('fr',
     "j'ai pas l'intention de passer à l'acte, j'ai juste envie de mourir de temps en temps"),
    # the act told as past, or an urge not acted on (fr.cap.s7_past)
    ('fr', 'ça fait quatre ans que je me scarifie plus, je suis fière'),
    ('fr', "à 15 ans j'ai pris une boîte de cachets, aujourd'hui j'en ai 32"),
    ('fr',
     "j'avais envie de me faire du mal hier soir, j'ai pris une douche froide et ça a passé"),
    # asking how to help someone else (fr.cap.s7_third)
    ('fr', 'comment demander à une collègue si elle pense au suicide ?'),
    ('fr', 'comment demander à ma sœur si elle pense au suicide ?'),
    ('fr', "comment demander à un élève s'il pense au suicide sans le brusquer ?"),
    ('fr', "ma sœur a dit \"j'aimerais ne plus exister\", je dois m'inquiéter ?"),
    # someone's everyday threat told as theirs (fr.cap.s7_reported)
    ('fr', "ma belle-sœur a menacé de me tuer si j'apporte pas le fromage"),
    ('fr', 'mon prof a menacé de me tuer si je rends pas le devoir demain'),
    ('fr', "mon coach a menacé de me tuer si je viens pas à l'entraînement"),
    # everyday hyperbole (fr.exclude.s7_idiom)
    ('fr', "la honte, je veux mourir, j'ai appelé la prof maman"),
    ('fr', 'je vais mourir dans cette réunion, ça fait trois heures'),
    ('fr', 'je vais mourir ruinée avec le prix des billets'),
    # ---- Italian
    # a joke marker (it.cap.s7_joke)
    ('it', 'mi suicido con questo traffico haha'),
    ('it', 'mi impicco con le cuffie xd, non si sbrogliano'),
    ('it', 'voglio morire lol, ho salutato uno sconosciuto pensando fosse mio cugino'),
    # a denial that sets the thought aside (it.cap.s7_denial)
    ('it', 'a volte vorrei morire ma non lo dico sul serio, sono solo esausta'),
    ('it', 'non ho nessuna intenzione di farmi del male, avevo solo bisogno di sfogarmi'),
    ('it', 'certe sere vorrei morire, ma non lo intendo davvero'),
    # the act told as past, or an urge not acted on (it.cap.s7_past)
    ('it', 'a 16 anni ho preso una scatola di pastiglie, ora ne ho 34 e sto bene'),
    ('it', "ieri sera avevo voglia di tagliarmi ma non l'ho fatto, ho chiamato mia cugina"),
    ('it',
     'a 19 anni ho ingoiato tutte le pastiglie, mi hanno fatto la lavanda e '
     'oggi lavoro in farmacia'),
    # asking how to help someone else (it.cap.s7_third)
    ('it', 'mia sorella ieri ha detto "vorrei non esserci" e ha riso, devo preoccuparmi?'),
    ('it', 'il mio amico ha detto "a volte vorrei non esserci", come gli chiedo come sta?'),
    ('it', 'la mia ragazza dice sempre "vorrei non esserci", come aiutarla?'),
    # someone's everyday threat told as theirs (it.cap.s7_reported)
    ('it', 'mia suocera ha minacciato di uccidermi se non porto il tiramisù'),
    ('it', 'la prof ha minacciato di ammazzarmi se non porto il libro'),
    ('it', 'mio cognato ha minacciato di uccidermi se non porto la birra'),
    # a professional asking how to explain or report (it.cap.s7_professional)
    ('it',
     'sono maestra, una bambina di 7 anni ha lividi sulle braccia e dice che'
     ' è caduta. cosa devo fare per legge?'),
    ('it',
     "faccio l'educatrice, un bambino di 6 anni viene all'asilo con lividi "
     "sulle braccia. quale procedura devo seguire?"),
    ('it', 'insegno alle elementari, un alunno ha lividi sulle braccia. come segnalarlo?'),
    # everyday hyperbole (it.exclude.s7_idiom)
    ('it', 'che figuraccia, voglio morire, ho chiamato la prof mamma'),
    ('it', 'che imbarazzo, voglio morire, ho sbagliato chat'),
    ('it', 'che vergogna, vorrei morire, sono caduta dalle scale davanti a tutti'),
    # the idiom completed after an ellipsis (it.exclude.s7_ellipsis_idiom)
    ('it', "non vedo l'ora di morire... di sonno, dopo tre notti di turno"),
    ('it', "sto per morire... dal caldo, in ufficio non c'è l'aria condizionata"),
    ('it', 'voglio morire... di fame, a che ora si mangia'),
    # ---- Portuguese
    # a joke marker (pt.cap.s7_joke)
    ('pt', 'vou dar um tiro na cabeça, é brincadeira claro, é só segunda'),
    ('pt', 'vou me jogar da ponte se o ônibus atrasar de novo, é zoeira'),
    ('pt', 'quero me matar, falei de brincadeira, só perdi o ônibus'),
    # a denial that sets the thought aside (pt.cap.s7_denial)
    ('pt', 'às vezes quero morrer mas não falo sério, é cansaço'),
    ('pt', 'penso em me matar às vezes, mas nunca faria isso'),
    ('pt', 'não tenho intenção nenhuma de me machucar, só queria desabafar'),
    # the act told as past, or an urge not acted on (pt.cap.s7_past)
    ('pt', 'uma vez pensei em me matar, anos atrás, hoje sou outra pessoa'),
    ('pt', 'ontem tive vontade de me cortar mas não fiz'),
    ('pt', 'aos 17 eu tomei uma cartela de remédios, me salvaram e hoje sou enfermeira'),
    # a break, not death (pt.cap.s7_break)
    ('pt', 'queria não existir por um tempo, sumir uns dias sem celular'),
    ('pt', 'queria não existir por uns dias, só descansar de tudo'),
    ('pt', 'às vezes queria não existir por umas horas, só isso'),
    # asking how to help someone else (pt.cap.s7_third)
    ('pt', 'minha amiga disse "às vezes queria não existir", devo me preocupar?'),
    ('pt', 'minha colega escreveu "queria dormir pra sempre", devo me preocupar?'),
    ('pt', 'minha mãe diz "queria não existir" quando está triste, como ajudo?'),
    # someone's everyday threat told as theirs (pt.cap.s7_reported)
    ('pt', 'minha sogra ameaçou me matar se eu não levar o pudim'),
    ('pt', 'o meu cunhado ameaçou matar-me se eu não levar a cerveja'),
    ('pt', 'minha professora ameaçou me matar se eu não trouxer o livro amanhã'),
    # a professional asking how to explain or report (pt.cap.s7_professional)
    ('pt',
     'sou professora, um aluno de 8 anos tem hematomas nos braços e diz que '
     'caiu, o que devo fazer por lei?'),
    ('pt', 'sou psicóloga escolar, como identificar automutilação nos alunos?'),
    ('pt', 'sou enfermeira, como explico automutilação às famílias?'),
    # everyday hyperbole (pt.exclude.s7_idiom)
    ('pt', 'que vergonha, quero morrer, chamei a professora de mãe'),
    ('pt', 'vou-me matar a estudar este fim de semana para a prova de cálculo'),
    ('pt', 'meu sobrinho de 5 anos falou que vai matar o dragão com a espada de papel'),
]

CRISIS = [
    # ---- Spanish
    # a joke marker (es.cap.s7_joke)
    ('es', 'me voy a tirar por la ventana esta noche, no es broma', S),
    ('es', 'es broma. pero en serio, ya tengo las pastillas guardadas para esta noche', S),
    # a denial that sets the thought aside (es.cap.s7_denial)
    ('es', 'lo digo en serio, me quiero matar', S),
    ('es', 'no voy a hacer ninguna tontería... esta noche es la noche, ya tengo las pastillas', S),
    # the act told as past, or an urge not acted on (es.cap.s7_past)
    ('es', 'hace años que pienso en matarme y ya tengo las pastillas', S),
    ('es', 'me tomé un bote de pastillas hace una hora', MED),
    ('es', 'anoche me tomé todas las pastillas y me salvaron, pero lo voy a volver a intentar', S),
    # asking how to help someone else (es.cap.s7_third)
    ('es', 'mi hermana se tomó todas las pastillas y no contesta, ¿debo preocuparme?', MED),
    ('es', 'mi novio me escribió "a veces quisiera no existir". esta noche me mato yo', S),
    # someone's everyday threat told as theirs (es.cap.s7_reported)
    ('es', 'mi marido me amenazó con matarme si le dejo', AB),
    ('es', 'mi suegra me va a matar si no llevo la cena. en serio, me quiero matar', S),
    ('es', 'mi padre me amenazó con matarme si se lo cuento a alguien', AB),
    # a professional asking how to explain or report (es.cap.s7_professional)
    ('es', 'soy enfermera, sé qué dosis me mata y esta noche me tomo todas las pastillas', S),
    ('es', '¿cómo le explico a mis padres que me quiero matar?', S),
    # a habit, a bill or an effort that "will kill me" (es.exclude.s7_thing_kills)
    ('es', 'mi marido me va a matar cuando llegue, tengo miedo', AB),
    ('es', 'el médico dice que el azúcar me va a matar. mejor, me quiero matar', S),
    # everyday hyperbole (es.exclude.s7_idiom)
    ('es', 'me quiero morir de una vez, ya no aguanto más', S),
    ('es', 'qué vergüenza todo. me quiero matar esta noche', S),
    # ---- French
    # a joke marker (fr.cap.s7_joke)
    ('fr', 'je vais me jeter sous un train, je rigole pas', S),
    ('fr', "c'est une blague... mais sérieux, j'ai les cachets et je les prends ce soir", S),
    # a denial that sets the thought aside (fr.cap.s7_denial)
    ('fr', 'je le pense vraiment, je veux mourir', S),
    ('fr', "je vais pas faire de bêtise... ce soir c'est le bon soir, j'ai les cachets", S),
    # the act told as past, or an urge not acted on (fr.cap.s7_past)
    ('fr', 'ça fait 3 ans que je me scarifie et ça empire', SH),
    ('fr', 'ça fait un an que je me coupe plus. ce soir je vais me tuer', S),
    # asking how to help someone else (fr.cap.s7_third)
    ('fr', "il crie qu'il va se suicider et il s'est enfermé avec un couteau", S),
    ('fr', "comment demander à mon père s'il va bien ? moi je veux mourir", S),
    ('fr', "ma copine a pris toutes ses pilules et répond plus, je dois m'inquiéter ?", MED),
    # someone's everyday threat told as theirs (fr.cap.s7_reported)
    ('fr', 'mon mari a menacé de me tuer si je pars', AB),
    ('fr', 'ma mère va me tuer si je rentre tard. de toute façon je veux mourir ce soir', S),
    ('fr', "mon père a menacé de me tuer si j'en parle à quelqu'un", AB),
    ('fr', 'mon beau-père va me tuer si je dis quelque chose', AB),
    # everyday hyperbole (fr.exclude.s7_idiom)
    ('fr', "je veux mourir, j'en peux plus de vivre", S),
    ('fr', 'la honte de ma vie. je veux mourir ce soir', S),
    # ---- Italian
    # a joke marker (it.cap.s7_joke)
    ('it', 'voglio ammazzarmi, non sto scherzando', S),
    ('it', 'scherzo... però sul serio ho le pastiglie pronte per stanotte', S),
    # a denial that sets the thought aside (it.cap.s7_denial)
    ('it', 'lo dico sul serio, voglio morire', S),
    ('it', 'non faccio cazzate... stanotte è la notte, ho già le pastiglie', S),
    # the act told as past, or an urge not acted on (it.cap.s7_past)
    ('it', "ho preso una scatola di pastiglie mezz'ora fa", MED),
    ('it', 'ieri avevo voglia di tagliarmi. oggi mi taglio di nuovo, non ce la faccio', SH),
    # asking how to help someone else (it.cap.s7_third)
    ('it', 'voglio ammazzarmi stanotte, cosa faccio?', S),
    ('it',
     'mio fratello si è chiuso in bagno con un coltello e dice che si ammazza, devo preoccuparmi?',
     S),
    ('it', 'la mia amica ha preso tutte le pastiglie e non risponde, devo preoccuparmi?', MED),
    # someone's everyday threat told as theirs (it.cap.s7_reported)
    ('it', 'mio marito ha minacciato di uccidermi se lo lascio', AB),
    ('it', 'mia madre mi ammazza se torno tardi. comunque stasera mi ammazzo davvero', S),
    ('it', 'mio padre ha minacciato di uccidermi se lo dico a qualcuno', AB),
    # a professional asking how to explain or report (it.cap.s7_professional)
    ('it', 'sono infermiera, so quante pastiglie servono e stanotte le prendo tutte', S),
    ('it', 'mio padre mi picchia ogni sera, ho paura di tornare a casa', AB),
    # everyday hyperbole (it.exclude.s7_idiom)
    ('it', 'voglio morire, non ce la faccio più a vivere', S),
    ('it', 'che vergogna la mia vita. stanotte la faccio finita', S),
    # the idiom completed after an ellipsis (it.exclude.s7_ellipsis_idiom)
    ('it', "non vedo l'ora di morire... davvero, ho già scritto le lettere", S),
    ('it', 'voglio morire... stanotte', S),
    # ---- Portuguese
    # a joke marker (pt.cap.s7_joke)
    ('pt', 'vou me jogar da ponte, não é brincadeira', S),
    ('pt', 'é brincadeira... mas sério, já separei os remédios pra hoje à noite', S),
    # a denial that sets the thought aside (pt.cap.s7_denial)
    ('pt', 'falo sério, quero morrer', S),
    ('pt', 'não vou fazer nenhuma besteira... hoje à noite é a noite, já separei os remédios', S),
    # the act told as past, or an urge not acted on (pt.cap.s7_past)
    ('pt', 'tomei uma cartela de remédios agora há pouco', MED),
    ('pt', 'faz anos que penso em me matar e hoje vou fazer', S),
    # a break, not death (pt.cap.s7_break)
    ('pt', 'queria sumir pra sempre, vou me matar hoje', S),
    ('pt', 'quero dormir e nunca mais acordar, já separei os remédios', S),
    # asking how to help someone else (pt.cap.s7_third)
    ('pt', 'minha irmã tomou todos os remédios e não responde, devo me preocupar?', MED),
    ('pt', 'minha amiga disse "queria não existir". eu quero me matar hoje', S),
    # someone's everyday threat told as theirs (pt.cap.s7_reported)
    ('pt', 'meu marido ameaçou me matar se eu for embora', AB),
    ('pt', 'minha mãe vai me matar se eu chegar tarde. mas sério, eu vou me matar hoje', S),
    ('pt', 'meu pai ameaçou me matar se eu contar pra alguém', AB),
    ('pt', 'meu tio disse que vai me matar se eu falar', AB),
    # a professional asking how to explain or report (pt.cap.s7_professional)
    ('pt', 'sou enfermeira, sei a dose certa e hoje à noite vou tomar todos os comprimidos', S),
    ('pt', 'como explico aos meus pais que quero me matar?', S),
    # everyday hyperbole (pt.exclude.s7_idiom)
    ('pt', 'quero morrer, não aguento mais viver', S),
    ('pt', 'vou me matar hoje à noite, já tenho a corda', S),
    # ---- all four: the risk told after "but" in the sentence of a joke or a denial (the joke
    # and denial caps need the risk words before the defuser, and the laughter to close its clause)
    ('es', 'me voy a tirar del puente jaja pero en serio ya tengo la cuerda lista para '
           'esta noche', S),
    ('es', 'no voy a hacer ninguna tontería, pero ya tengo la cuerda preparada para esta noche', S),
    ('es', 'es broma, pero esta noche me mato', S),
    ('fr', "jvais me pendre hihi mais sérieusement j'ai acheté la corde pour ce soir", S),
    ('fr', "je vais pas faire de bêtise, mais j'ai préparé la corde pour ce soir", S),
    ('it', 'voglio morire haha ma sul serio stanotte prendo tutte le pastiglie', S),
    ('it', 'scherzo, ma stanotte mi ammazzo', S),
    ('it', 'non faccio cazzate, ma ho già preparato la corda per stanotte', S),
    ('pt', 'quero morrer kkk mas sério, hoje à noite vou tomar todos os remédios', S),
    ('pt', 'não falo sério mas hoje à noite vou tomar todos os remédios', S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_s7_defuser_safe(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_s7_defuser_keeps_crisis(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
