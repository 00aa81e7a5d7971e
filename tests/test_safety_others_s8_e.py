"""Danger at home, to others and medical emergencies, eighth pass (s8), group e: es, fr, pt, it.

Own sentences (not copied from tests/data), typed as a native speaker would (no diacritics, typos,
chat spellings), about a third told by a witness, a relative or a friend. CRISIS lists messages the
detector rated below crisis, or crisis without the right category, before the rules ``es.s8e.*`` /
``fr.s8e.*`` / ``pt.s8e.*`` / ``it.s8e.*`` were added, and that must now rate crisis in that
category with and without a language hint: abuse told without the word (hiding from someone
breaking the door, kept locked in with the phone taken, "next time he'll finish it", a child burned
with the iron, someone coming into a child's bed at night, a carer hitting a grandparent); harm to
others with intent and means but no killing word (parked outside someone's work with a knife,
"tonight he pays", poison in someone's coffee, running someone over, a gun, a day and a school);
medical emergencies told by symptom (slurred speech with a drooping mouth, a seizure that does not
stop, turning blue and not waking when shaken, a child who swallowed pills, a battery or bleach,
chest pain going to the arm with sweating, a swelling throat, bleeding that soaks towels, someone
else's overdose).
SAFE lists, per new rule, harmless look-alikes sharing its words (chores, games, pets, jokes, the
past, films, everyday aches) that must stay below crisis.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

AB, HO, ME = Category.ABUSE, Category.HARM_TO_OTHERS, Category.MEDICAL_EMERGENCY

CRISIS = [
    # ---- Spanish
    # es.s8e.anaphylaxis
    ('es', 'tengo la cara y la lengua hinchadas despues de comer marisco y me cuesta respirar', ME),
    # es.s8e.bleeding
    ('es', 'me corte con un vidrio y no para de sangrar, ya empape tres toallas', ME),
    # es.s8e.burned
    ('es', 'mi papa le quemo la mano a mi hermano con la plancha', AB),
    ('es', 'mi padrastro le quema los brazos con el cigarro a mi hermanita', AB),
    # es.s8e.child_swallowed
    ('es', 'mi hermanito se comio las pastillas de mi abuela', ME),
    ('es', 'mi sobrina se trago un iman', ME),
    # es.s8e.gun_school_day
    ('es', 'mi amigo tiene una pistola y dice que el lunes en el instituto se acaba todo', HO),
    ('es', 'tengo el arma de mi tio y el viernes en la oficina van a ver', HO),
    # es.s8e.next_time
    ('es', 'dijo que la proxima vez me remata', AB),
    ('es', 'me dijo que la proxima vez termina lo que empezo', AB),
    ('es', 'me amenazo que a la proxima me remata', AB),
    # es.s8e.pays_tonight
    ('es', 'esta noche me las paga', HO),
    ('es', 'mañana mismo me las paga', HO),
    # es.s8e.run_over
    ('es', 'mañana lo atropello con el coche cuando salga del gimnasio', HO),
    ('es', 'voy a pasarle por encima con la camioneta cuando cruce', HO),
    ('es', 'la voy a atropellar cuando salga de la escuela', HO),
    # es.s8e.seizure_long
    ('es', 'lleva 5 minutos convulsionando y no para', ME),
    ('es', 'ya van 10 minutos con convulsiones y no se le pasa', ME),
    # es.s8e.stroke_signs
    ('es', 'mi abuela habla raro, arrastra las palabras y tiene la boca torcida', ME),
    ('es', 'mi tia no le salen las palabras y tiene la cara caida', ME),
    # ---- French
    # fr.s8e.anaphylaxis
    ('fr', 'j ai le visage et la langue qui gonflent apres '
     'des fruits de mer et j ai du mal a respirer', ME),
    ('fr', 'sa langue gonfle, il suffoque', ME),
    # fr.s8e.bleeding
    ('fr', 'je me suis coupe avec du verre et '
     'ca arrete pas de saigner, trois serviettes trempees', ME),
    # fr.s8e.burned
    ('fr', 'mon pere a brule la main de mon petit frere avec le fer a repasser', AB),
    # fr.s8e.chest_arm
    ('fr', 'mon pere a tres mal a la poitrine, il sue et il a mal au bras', ME),
    # fr.s8e.child_swallowed
    ('fr', 'mon petit frere a mange les cachets de ma grand mere', ME),
    # fr.s8e.elder_carer
    ('fr', 'a l ehpad ils frappent mon grand pere, il a des bleus partout', AB),
    # fr.s8e.hitting_now
    ('fr', 'le voisin est en train de frapper son gamin la maintenant, on entend les cris', AB),
    ('fr', 'il est en train de tabasser sa femme dans l escalier', AB),
    # fr.s8e.locked_in
    ('fr', 'il me garde enfermee a la maison et je peux meme pas appeler ma mere', AB),
    ('fr', 'ma pote m a ecrit que son mec la sequestre sans telephone', AB),
    # fr.s8e.next_time
    ('fr', 'il a dit que la prochaine fois il m acheve', AB),
    ('fr', "il m'a dit que la prochaine fois il finira le travail", AB),
    ('fr', 'il m a menace que la prochaine fois il m achevera', AB),
    # fr.s8e.night_room
    ('fr', 'mon beau pere vient dans la chambre de ma petite soeur la nuit', AB),
    ('fr', 'le copain de ma mere entre dans mon lit la nuit', AB),
    ('fr', 'mon beau pere se glisse dans le lit de ma soeur toutes les nuits', AB),
    # fr.s8e.no_wake
    ('fr', 'mon grand pere se reveille pas, je le secoue et rien', ME),
    # fr.s8e.pays_today
    ('fr', 'aujourd hui ce batard paie pour ce qu il m a fait, j ai le couteau', HO),
    # fr.s8e.poison_food
    ('fr', 'je vais mettre de la mort aux rats dans le cafe de ma belle mere', HO),
    ('fr', 'j ai mis du poison dans la bouffe de mon patron', HO),
    ('fr', 'j ai verse de la mort aux rats dans le verre de mon beau pere', HO),
    # fr.s8e.run_over
    ('fr', 'je vais lui rouler dessus avec le camion quand il traverse', HO),
    # fr.s8e.waiting_weapon
    ('fr', 'je suis gare devant son taf avec le couteau', HO),
    # fr.s8e.weapon_place_day
    ('fr', 'vendredi je vais au bureau avec le fusil et ils vont voir', HO),
    ('fr', 'mon frere dit qu il va aller chez son ex avec la machette ce soir', HO),
    ('fr', 'mon pote a un pistolet et dit que lundi au college tout se termine', HO),
    # ---- Portuguese
    # pt.s8e.bleeding
    ('pt', 'me cortei com vidro e nao para de sangrar, ja encharquei tres toalhas', ME),
    # pt.s8e.blue_no_wake
    ('pt', 'o bebe ta azul e nao reage', ME),
    ('pt', 'meu avo nao acorda, to sacudindo ele e nada', ME),
    # pt.s8e.burned
    ('pt', 'meu pai queimou a mao do meu irmao com o ferro de passar', AB),
    # pt.s8e.child_swallowed
    ('pt', 'meu irmaozinho comeu os remedios da minha avo', ME),
    # pt.s8e.elder_carer
    ('pt', 'no asilo tao batendo no meu avo, ele ta cheio de roxo', AB),
    ('pt', 'o cuidador maltrata minha avo, ela ta cheia de roxo', AB),
    # pt.s8e.locked_in
    ('pt', 'minha amiga me mandou msg que o marido dela prendeu ela em casa sem celular', AB),
    # pt.s8e.next_time
    ('pt', 'ele disse que na proxima vez ele termina o servico', AB),
    ('pt', 'falou que da proxima vez acaba comigo de vez', AB),
    ('pt', 'ela falou que da proxima vez termina o servico', AB),
    # pt.s8e.night_room
    ('pt', 'meu padrasto entra no quarto da minha irma pequena de noite', AB),
    ('pt', 'o namorado da minha mae deita na minha cama de noite', AB),
    ('pt', 'meu padrasto vem na minha cama de madrugada', AB),
    # pt.s8e.overdose_other
    ('pt', 'minha namorada tomou todos os remedios da mae dela e ta muito sonolenta', ME),
    # pt.s8e.pays_tonight
    ('pt', 'hoje a noite ele me paga', HO),
    ('pt', 'hoje a noite esse desgracado me paga', HO),
    # pt.s8e.poison_food
    ('pt', 'vou colocar chumbinho no cafe da minha sogra', HO),
    ('pt', 'coloquei veneno na comida do meu chefe', HO),
    ('pt', 'botei chumbinho na comida do vizinho', HO),
    # pt.s8e.run_over
    ('pt', 'amanha eu atropelo ele com o carro quando sair da academia', HO),
    ('pt', 'amanha passo por cima dele com a caminhonete', HO),
    # pt.s8e.stroke_signs
    ('pt', 'minha avo ta falando enrolado e a boca ta torta', ME),
    # pt.s8e.touching_alone
    ('pt', 'meu tio mexe em mim quando meus pais nao tao', AB),
    # pt.s8e.waiting_weapon
    ('pt', 'to estacionado na frente do trampo dele com a faca', HO),
    ('pt', 'to de tocaia na porta da casa dele com o facao', HO),
    # pt.s8e.weapon_place_day
    ('pt', 'sexta vou no escritorio com a espingarda e eles vao ver', HO),
    ('pt', 'meu amigo tem uma arma e disse que segunda na escola acaba tudo', HO),
    # ---- Italian
    # it.s8e.anaphylaxis
    ('it', 'ho la faccia e la lingua gonfie dopo i frutti di mare e faccio fatica a respirare', ME),
    ('it', 'le si gonfia la gola e non respira', ME),
    # it.s8e.bleeding
    ('it', 'mi sono tagliato con un vetro e '
     'non smette di sanguinare, ho inzuppato tre asciugamani', ME),
    # it.s8e.burned_child
    ('it', 'mio padre ha bruciato la mano del mio fratellino col ferro da stiro', AB),
    # it.s8e.child_swallowed
    ('it', 'il mio fratellino ha mangiato le pastiglie della nonna', ME),
    # it.s8e.elder_carer
    ('it', 'nella rsa picchiano mio nonno, e pieno di lividi', AB),
    # it.s8e.hiding
    ('it', 'sta prendendo a pugni la porta del bagno e io sono nascosta qui col bambino', AB),
    ('it', 'sono nascosta nell armadio, sta spaccando tutto e mi cerca', AB),
    # it.s8e.hitting_now
    ('it', 'il vicino sta picchiando il figlio adesso, si sentono le urla', AB),
    ('it', 'sta strangolando mia madre in cucina', AB),
    # it.s8e.locked_in
    ('it', 'mi tiene chiusa in casa e non posso neanche chiamare mia madre', AB),
    ('it', 'la mia amica mi ha scritto che il marito la tiene segregata senza telefono', AB),
    # it.s8e.next_time
    ('it', 'ha detto che la prossima volta mi finisce', AB),
    ('it', 'mi ha detto che la prossima volta finisce il lavoro', AB),
    # it.s8e.night_room
    ('it', 'il compagno di mia madre si infila nel mio letto di notte', AB),
    # it.s8e.no_wake
    ('it', 'il neonato e tutto blu e non reagisce', ME),
    ('it', 'mio nonno non si sveglia, lo scuoto e niente', ME),
    ('it', 'mia nonna non si sveglia, la sto scuotendo', ME),
    # it.s8e.pays_tonight
    ('it', 'stasera me la paga', HO),
    # it.s8e.run_over
    ('it', 'gli passo sopra col furgone quando attraversa', HO),
    ('it', 'domani lo investo con la macchina', HO),
    # it.s8e.waiting_weapon
    ('it', 'sono parcheggiato davanti al suo lavoro col coltello', HO),
    ('it', 'sono appostato sotto casa sua con la spranga', HO),
    # it.s8e.weapon_place_day
    ('it', 'venerdi vado in ufficio col fucile e vedranno', HO),
    ('it', 'mio fratello dice che stasera va da la sua ex col machete', HO),
]

SAFE = [
    # ---- Spanish
    # es.s8e.next_time
    ('es', 'el delantero dijo que la proxima vez me remata el balon a la cara jaja'),
    ('es', 'la proxima vez que juguemos al fifa me remata de cabeza seguro'),
    # es.s8e.burned
    ('es', 'me queme la mano con la plancha, que torpe soy'),
    ('es', 'mi papa apago el cigarro y le quemo la camisa sin querer, se enfado'),
    # es.s8e.pays_tonight
    ('es', 'hoy me pagan por fin, esta noche cena'),
    ('es', 'hoy me las paga el, le toca invitar las cervezas'),
    # es.s8e.run_over
    ('es', 'a mi perro lo atropello un coche el año pasado'),
    ('es', 'en el juego de carreras voy a atropellar a todos los zombies'),
    # es.s8e.gun_school_day
    ('es', 'mi primo vio una pelicula de una pistola y el lunes en el instituto la comentamos'),
    ('es', 'el arma del crimen en la novela aparece el lunes en la oficina del detective'),
    # es.s8e.stroke_signs
    ('es', 'mi abuela habla raro cuando esta cansada, cosas de la edad, la boca bien'),
    ('es', 'el bebe balbucea y pone la boca torcida cuando hace caca jaja'),
    # es.s8e.seizure_long
    ('es', 'mi perro convulsiona a veces pero el veterinario dice que ya paso y no es grave'),
    ('es', 'hace 5 minutos vi un video de convulsiones en clase de biologia'),
    # es.s8e.child_swallowed
    ('es', 'mi hermanito se comio las galletas de mi abuela'),
    ('es', 'el bebe se trago una uva entera pero la escupio, todo bien'),
    # es.s8e.anaphylaxis
    ('es', 'tengo la cara hinchada de dormir, y al respirar por '
     'la nariz me cuesta un poco por la alergia de primavera'),
    ('es', 'en la clase de primeros auxilios vimos garganta hinchada y como respirar'),
    # es.s8e.bleeding
    ('es', 'me corte afeitandome y no paraba de sangrar pero con papel ya paro'),
    ('es', 'empape tres toallas secando al perro despues del baño'),
    # ---- French
    # fr.s8e.next_time
    ('fr', 'la prochaine fois je finirai le travail plus tot promis'),
    ('fr', 'mon chef a dit que la prochaine fois il '
     'finira le travail lui meme si je suis en retard'),
    # fr.s8e.night_room
    ('fr', 'mon oncle est venu dans ma chambre pour reparer le radiateur cet aprem'),
    ('fr', 'le chien de mon oncle se couche sur mon lit et ronfle'),
    # fr.s8e.hitting_now
    ('fr', 'dans le film le pere est en train de frapper son gamin, j ai du arreter de regarder'),
    ('fr', 'au match il etait en train de taper le ballon avec son fils'),
    # fr.s8e.burned
    ('fr', 'je me suis brule avec le fer a repasser ce matin, ca pique'),
    ('fr', 'il a brule la chemise avec le fer a repasser, elle est foutue'),
    # fr.s8e.elder_carer
    ('fr', 'l aide soignante tape le code de la porte pour ma grand mere'),
    ('fr', 'a l ehpad ils attachent les ballons pour l anniversaire de mamie'),
    # fr.s8e.locked_in
    ('fr', 'ma mere me laisse enfermee dehors quand j oublie mes cles lol'),
    ('fr', 'le film parle d un mec qui la sequestre, trop flippant'),
    # fr.s8e.waiting_weapon
    ('fr', 'je suis gare devant la boulangerie avec un couteau a pain tout neuf'),
    ('fr', 'je l attends devant le cine avec les billets'),
    # fr.s8e.poison_food
    ('fr', 'j ai mis du poison dans le piege a souris du garage'),
    ('fr', 'il a verse du cafe dans le verre de mon patron, quel boulet'),
    # fr.s8e.run_over
    ('fr', 'au jeu video je vais lui rouler dessus avec le camion mdr'),
    ('fr', 'le camion a failli lui rouler dessus mais il a saute, plus de peur que de mal'),
    # fr.s8e.weapon_place_day
    ('fr', 'lundi je vais au college avec le livre de maths'),
    ('fr', 'lundi au college on etudie l arme des mousquetaires, ils vont voir le musee'),
    # fr.s8e.pays_today
    ('fr', 'il va payer pour ce qu il m a fait, je vais porter plainte'),
    ('fr', 'ce soir il paie pour le resto, c est son tour'),
    # fr.s8e.no_wake
    ('fr', 'mon ado se reveille pas le matin, je le secoue et rien, la flemme incarnee'),
    ('fr', 'je le secoue pour qu il se reveille, il veut jamais aller a l ecole'),
    # fr.s8e.child_swallowed
    ('fr', 'mon petit frere a mange les bonbons de ma grand mere'),
    ('fr', 'le petit a pris des piles pour sa telecommande'),
    # fr.s8e.chest_arm
    ('fr', 'j ai mal a la poitrine apres la muscu, et aux bras aussi, courbatures'),
    ('fr', 'douleur a la poitrine dans le cours de svt avec le bras, on a fait un schema'),
    # fr.s8e.anaphylaxis
    ('fr', 'j ai les levres gonflees apres le dentiste, rien de grave'),
    ('fr', 'mon visage gonfle quand je pleure trop'),
    # fr.s8e.bleeding
    ('fr', 'j ai trempe trois serviettes en sortant de la piscine'),
    ('fr', 'mes serviettes sont trempees, ca arrete pas de pleuvoir'),
    # fr.s8e.hitting_now
    ('fr', 'il est en train de taper sa copine au ping pong'),
    # fr.s8e.locked_in
    ('fr', 'ma mere me garde enfermee a la maison pendant le confinement'),
    # fr.s8e.run_over
    ('fr', 'je vais lui rouler dessus avec le camion au mario kart'),
    # ---- Portuguese
    # pt.s8e.next_time
    ('pt', 'na proxima eu termino o servico mais cedo, prometo'),
    ('pt', 'o chefe disse que na proxima vez ele termina o servico sozinho se eu atrasar'),
    # pt.s8e.night_room
    ('pt', 'meu padrasto entra no quarto pra pegar o carregador dele'),
    ('pt', 'o cachorro do meu tio deita na minha cama de noite e ronca'),
    # pt.s8e.burned
    ('pt', 'me queimei com o ferro de passar, que raiva'),
    ('pt', 'ele queimou a camisa com o ferro de passar, perdeu a camisa'),
    # pt.s8e.elder_carer
    ('pt', 'a cuidadora amarra o tenis do meu avo toda manha'),
    ('pt', 'no asilo tao fazendo festa pro meu avo'),
    # pt.s8e.locked_in
    ('pt', 'minha mae me trancou pra fora de casa sem querer kkk'),
    ('pt', 'o filme e sobre um cara que prendeu ela em casa, muito tenso'),
    # pt.s8e.touching_alone
    ('pt', 'meu tio mexe no meu celular quando meus pais nao tao olhando pra me zoar'),
    ('pt', 'meu primo mexe em tudo quando a gente fica sozinho em casa'),
    # pt.s8e.waiting_weapon
    ('pt', 'to esperando na frente da casa dele com a pizza'),
    ('pt', 'to estacionado na frente do trabalho dele com o carro ligado'),
    # pt.s8e.pays_tonight
    ('pt', 'agora ele me paga o que deve, finalmente'),
    ('pt', 'hoje a noite ele me paga a pizza kkk'),
    # pt.s8e.poison_food
    ('pt', 'coloquei veneno no formigueiro do quintal'),
    ('pt', 'joguei agua no copo dele sem querer'),
    # pt.s8e.run_over
    ('pt', 'meu cachorro foi atropelado ontem, to arrasada'),
    ('pt', 'no gta vou atropelar ele com o carro kkkk'),
    # pt.s8e.weapon_place_day
    ('pt', 'segunda vou na escola com a mochila nova'),
    ('pt', 'o filme da arma mostra que na sexta na escola acaba tudo, ficção pesada'),
    # pt.s8e.stroke_signs
    ('pt', 'minha avo fala enrolado desde sempre por causa da dentadura'),
    ('pt', 'fiz careta com a boca torta na foto kkk'),
    # pt.s8e.blue_no_wake
    ('pt', 'meu filho ficou roxo de tanto rir'),
    ('pt', 'meu gato nem liga pro brinquedo novo, sacudi e nada'),
    # pt.s8e.child_swallowed
    ('pt', 'meu filho comeu os biscoitos da minha avo'),
    ('pt', 'a menina bebeu o suco todo'),
    # pt.s8e.overdose_other
    ('pt', 'minha amiga tomou todos os remedios certinho como o medico mandou'),
    ('pt', 'meu namorado tomou uma caixa de cerveja no churrasco'),
    # pt.s8e.bleeding
    ('pt', 'a toalha ficou encharcada de agua da piscina'),
    ('pt', 'encharquei tres toalhas depois da piscina'),
    # pt.s8e.run_over
    ('pt', 'amanha passo por cima do problema e sigo em frente'),
    # ---- Italian
    # it.s8e.hiding
    ('it', 'mio fratello prende a calci la porta quando perde a fifa, io rido'),
    ('it', 'giochiamo a nascondino, sono nascosta nell armadio e mio fratello mi cerca'),
    # it.s8e.next_time
    ('it', 'il capo ha detto che la prossima volta finisce il lavoro lui se arrivo tardi'),
    ('it', 'la prossima volta finisco il lavoro prima, giuro'),
    # it.s8e.night_room
    ('it', 'mio zio dorme nella camera degli ospiti quando arriva di notte col treno'),
    ('it', 'il cane di mio zio si infila nel mio letto di notte e russa'),
    # it.s8e.hitting_now
    ('it', 'nel film il padre sta picchiando il figlio e ho spento'),
    ('it', 'sta picchiando il pallone contro il muro da un ora, che noia'),
    # it.s8e.burned_child
    ('it', 'mi sono bruciata la mano col ferro da stiro stamattina'),
    ('it', 'mio padre ha bruciato la camicia col ferro da stiro'),
    # it.s8e.elder_carer
    ('it', 'la badante lega le scarpe di mio nonno ogni mattina'),
    ('it', 'nella rsa fanno la festa per mia nonna'),
    # it.s8e.locked_in
    ('it', 'mia madre mi tiene chiusa in casa perche ho la febbre'),
    ('it', 'il film parla di una donna segregata senza telefono, bellissimo'),
    # it.s8e.waiting_weapon
    ('it', 'sono parcheggiato davanti al suo lavoro col pranzo che ha dimenticato'),
    ('it', 'lo aspetto davanti a scuola con la merenda'),
    # it.s8e.pays_tonight
    ('it', 'stasera paga lui la pizza'),
    ('it', 'stasera me la paga la cena, ha perso la scommessa'),
    # it.s8e.run_over
    ('it', 'il camion gli e passato vicino ma non l ha preso, che spavento'),
    ('it', 'ieri un motorino l ha quasi investito sulle strisce'),
    # it.s8e.weapon_place_day
    ('it', 'lunedi vado a scuola con il libro nuovo'),
    ('it', 'venerdi vado in ufficio con il pranzo di mia madre'),
    # it.s8e.no_wake
    ('it', 'non si sveglia mai prima delle dieci, lo scuoto tutte le mattine'),
    # it.s8e.child_swallowed
    ('it', 'il mio fratellino ha mangiato le caramelle della nonna'),
    ('it', 'il piccolo ha bevuto il latte e dorme'),
    # it.s8e.anaphylaxis
    ('it', 'ho le labbra gonfie dal dentista ma respiro bene'),
    ('it', 'ho la faccia gonfia dal sonno stamattina'),
    # it.s8e.bleeding
    ('it', 'ho inzuppato tre asciugamani dopo la piscina'),
    ('it', 'mi sono tagliato facendo la barba e non smetteva di sanguinare ma ora e passato'),
    # it.s8e.no_wake
    ('it', 'il bambino era tutto blu di vernice e rideva come un matto'),
    # it.s8e.run_over
    ('it', 'voglio investire in borsa quest anno'),
    ('it', 'oggi investo i risparmi in un fondo'),
]


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_crisis_with_hint(lang: str, text: str, category: Category) -> None:
    assert_crisis(text, lang, category)


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_crisis_without_hint(lang: str, text: str, category: Category) -> None:
    assert_crisis(text, None, category)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_look_alikes_stay_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
