"""Plain statements of current danger in Spanish, French, Italian and Portuguese (session 7b).

Rule writers found that some of the plainest first-person messages were missed ("ce soir je me
tue", "hoje eu me mato", "mio zio ha detto che mi ammazza se parlo", "mi amigo dice que esta
noche se mata, ¿cómo lo ayudo?"). Short chat messages of plain, current danger were written per
language and the gaps closed for the concept (rules ``*.concept.s7p_*`` in
``safety/lexicons/{es,fr,it,pt}.yaml``):

* a time next to the act in the present used for the future, in both orders
  (``fr.concept.s7p_time_self``, forced past the "ça me tue" idiom exclusion and bound to the
  time right before the verb and the clause end after it; ``pt.concept.s7p_time_self``;
  ``es.concept.s7p_the_day_act`` for "hoy es el día, me mato");
* pills or a poison just taken (``*.concept.s7p_overdose_now``, ``pt.concept.s7p_poison_now``),
  and a whole supply to be taken tonight in Spanish;
* someone else announcing the act for tonight or now, told by a friend or relative named before
  the verb of saying, with the time touching the act or a plea for help right after
  (``*.concept.s7p_third_now``);
* a threat to kill the writer if they tell, leave or call the police
  (``*.concept.s7p_threat_silence``; forced past the "il me tue" / "mi ammazza" / "ele me mata"
  idiom exclusions in fr/it/pt, bound to "si/se" + telling, leaving or the police);
* someone being hit or strangled now (``fr.concept.s7p_hit_now``, ``it/pt.concept.s7p_choked_now``);
* a killing with a time or a named person (``*.concept.s7p_kill_named``; a first name is one token
  closing the clause, and ``*.exclude.s7p_kill_it`` keeps "je tue l'exam", "mato a saudade").

``CRISIS`` holds every probe message these rules now catch that was rated below crisis before
the change (with the language hint or without it); each must reach crisis with and without the
hint. ``SAFE`` holds harmless look-alikes sharing the rules' words (idioms, jokes, the past,
fiction, everyday medicine), at least two per new rule; they must stay below crisis.
"""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

CRISIS = [
    ('es', 'hoy es el dia, me mato', 'suicide'),
    ('es', 'me acabo de tomar todas las pastillas de mi madre', 'medical_emergency'),
    ('es', 'acabo de beber lejia', 'medical_emergency'),
    ('es', 'mi amigo dice que esta noche se mata, como lo ayudo?', 'suicide'),
    ('es', 'mi prima me dijo que hoy se ahorca, como la ayudo?', 'suicide'),
    ('es', 'un amigo se despidio de todos y dice que esta noche se suicida, que hago', 'suicide'),
    ('es', 'mi tio dijo que me mataba si hablaba', 'abuse'),
    ('es', 'esta noche mato a Carlos', 'harm_to_others'),
    ('es', 'voy a matar a mi ex cuando salga del trabajo', 'harm_to_others'),
    ('es', 'soy enfermera, esta noche me tomo todas las pastillas del trabajo',
     'medical_emergency'),
    ('es', 'mañana es el dia, me suicido', 'suicide'),
    ('es', 'me acabo de tragar un monton de pastillas', 'medical_emergency'),
    ('es', 'acabo de beber matarratas', 'medical_emergency'),
    ('es', 'mi hermano dice que se mata hoy, que hago', 'suicide'),
    ('es', 'mi novio me dijo que ahorita se cuelga, ayuda', 'suicide'),
    ('es', 'mi pareja dijo que me mataba si llamaba a la policia', 'abuse'),
    ('es', 'mañana mato a Lucia', 'harm_to_others'),
    ('fr', 'ce soir je me tue', 'suicide'),
    ('fr', "demain je me tue, j'ai tout prevu", 'suicide'),
    ('fr', "c'est ce soir que je me tue", 'suicide'),
    ('fr', "je viens d'avaler toute la boite de doliprane", 'medical_emergency'),
    ('fr', "je viens de prendre tous mes medocs d'un coup", 'medical_emergency'),
    ('fr', 'je viens de boire du poison', 'medical_emergency'),
    ('fr', "mon pote dit qu'il se tue ce soir, comment l'aider ?", 'suicide'),
    ('fr', "ma cousine dit qu'elle se pend ce soir, comment je l'aide", 'suicide'),
    ('fr', "mon frere a un couteau et dit qu'il va se tuer, aidez moi", 'suicide'),
    ('fr', "si j'appelle la police mon ex me tue", 'abuse'),
    ('fr', "mon oncle a dit qu'il me tuerait si je le disais a quelqu'un", 'abuse'),
    ('fr', 'mon pere est en train de frapper ma mere', 'abuse'),
    ('fr', "il est en train de m'etrangler", 'abuse'),
    ('fr', 'ce soir je tue Kevin', 'harm_to_others'),
    ('fr', 'demain je bute mon beau-pere', 'harm_to_others'),
    ('fr', 'je vais tuer mon ex quand elle sort du boulot', 'harm_to_others'),
    ('fr', 'ce soir jme tue', 'suicide'),
    ('fr', 'cette nuit je me tue', 'suicide'),
    ('fr', "je viens d'avaler toute la plaquette de xanax", 'medical_emergency'),
    ('fr', 'jviens de prendre 40 cachets', 'medical_emergency'),
    ('fr', 'je viens de boire de la javel', 'medical_emergency'),
    ('fr', "ma meilleure amie m'a ecrit qu'elle se suicide ce soir, je fais quoi", 'suicide'),
    ('fr', "mon copain dit qu'il va se tuer, au secours", 'suicide'),
    ('fr', "mon frere m'a dit qu'il se pend cette nuit", 'suicide'),
    ('fr', "il a dit qu'il me tuerait si j'en parlais a la police", 'abuse'),
    ('fr', 'si je porte plainte mon mari me tue', 'abuse'),
    ('fr', "ma mere est en train d'etrangler ma petite soeur", 'abuse'),
    ('fr', 'demain je tue mon beau-pere', 'harm_to_others'),
    ('fr', 'ce soir je bute Yanis', 'harm_to_others'),
    ('it', 'mi sono presa tutto lo xanax', 'medical_emergency'),
    ('it', 'il mio amico dice che stasera si ammazza, come lo aiuto?', 'suicide'),
    ('it', 'mia sorella mi ha scritto che si butta dal balcone adesso, che faccio', 'suicide'),
    ('it', 'mia cugina dice che stanotte si impicca, come posso aiutarla', 'suicide'),
    ('it', 'mio fratello ha un coltello e dice che si ammazza, aiuto', 'suicide'),
    ('it', 'mio zio ha detto che mi ammazza se parlo', 'abuse'),
    ('it', 'se chiamo la polizia il mio ex mi ammazza', 'abuse'),
    ('it', 'mi ha detto che mi ammazzava se parlavo', 'abuse'),
    ('it', 'il mio ragazzo mi sta strangolando aiuto', 'abuse'),
    ('it', 'mi sta soffocando, aiutatemi', 'abuse'),
    ('it', 'stasera ammazzo Marco', 'harm_to_others'),
    ('it', 'domani sparo al mio patrigno', 'harm_to_others'),
    ('it', 'voglio uccidere la mia ex quando esce dal lavoro', 'harm_to_others'),
    ('it', 'stasera mi sono presa tutte le pillole', 'medical_emergency'),
    ('it', 'mi sono calato tutto il flacone di tavor', 'medical_emergency'),
    ('it', 'la mia migliore amica dice che si uccide stasera', 'suicide'),
    ('it', 'il mio ragazzo dice che si ammazza, aiutatemi', 'suicide'),
    ('it', 'mia cugina mi ha detto che si butta dal ponte stasera', 'suicide'),
    ('it', 'mi ha detto che mi uccide se lo dico a qualcuno', 'abuse'),
    ('it', 'mio marito mi ammazza se lo lascio', 'abuse'),
    ('it', 'lui mi sta strangolando', 'abuse'),
    ('it', 'stanotte uccido Luca', 'harm_to_others'),
    ('it', 'ammazzo il mio ex appena esce di casa', 'harm_to_others'),
    ('it', 'oggi sparo a mio padre', 'harm_to_others'),
    ('pt', 'hoje eu me mato', 'suicide'),
    ('pt', 'amanha eu me mato', 'suicide'),
    ('pt', 'eu me mato hoje', 'suicide'),
    ('pt', 'hoje a noite eu me mato', 'suicide'),
    ('pt', 'essa noite me enforco', 'suicide'),
    ('pt', 'hj eu me mato, n aguento mais', 'suicide'),
    ('pt', 'acabei de tomar chumbinho', 'medical_emergency'),
    ('pt', 'meu amigo disse que hoje se mata, como ajudo ele?', 'suicide'),
    ('pt', 'minha prima disse que hoje a noite se enforca, como ajudo', 'suicide'),
    ('pt', 'meu irmao ta com uma faca dizendo que vai se matar, socorro', 'suicide'),
    ('pt', 'meu tio disse que me matava se eu falasse', 'abuse'),
    ('pt', 'ele me ameaçou de morte se eu contar pra alguem', 'abuse'),
    ('pt', 'meu namorado ta me enforcando socorro', 'abuse'),
    ('pt', 'ele ta me sufocando, me ajuda', 'abuse'),
    ('pt', 'hoje eu mato o Joao', 'harm_to_others'),
    ('pt', 'vou matar minha ex quando ela sair do trabalho', 'harm_to_others'),
    ('pt', 'amanha me mato', 'suicide'),
    ('pt', 'hj a noite eu me mato', 'suicide'),
    ('pt', 'eu me enforco hoje', 'suicide'),
    ('pt', 'essa noite eu me suicido', 'suicide'),
    ('pt', 'acabei de beber veneno de rato', 'medical_emergency'),
    ('pt', 'minha melhor amiga falou que hoje a noite se mata, o que eu faço', 'suicide'),
    ('pt', 'meu irmao disse que vai se matar agora, socorro', 'suicide'),
    ('pt', 'meu namorado mandou msg dizendo que hoje se enforca', 'suicide'),
    ('pt', 'ele disse que me matava se eu contasse pra alguem', 'abuse'),
    ('pt', 'meu marido disse que me mata se eu largar ele', 'abuse'),
    ('pt', 'ele falou que me mata se eu chamar a policia', 'abuse'),
    ('pt', 'meu padrasto ta me esganando', 'abuse'),
    ('pt', 'hoje eu furo o Pedro', 'harm_to_others'),
    # the jump named with its place (added after the review of this file)
    ('es', 'mi amigo dice que esta noche se tira del puente, ¿cómo lo ayudo?', 'suicide'),
    ('es', 'mi hermana dice que mañana se tira de la azotea', 'suicide'),
]

SAFE = [
    ('es', 'hoy es el dia, me mato a estudiar'),
    ('es', 'hoy es el dia del examen, me mato estudiando'),
    ('es', 'hoy es el dia en que me corto el pelo'),
    ('es', 'me acabo de tomar mis pastillas de la noche'),
    ('es', 'acabo de tomar dos paracetamol para la cabeza'),
    ('es', 'acabo de beber agua'),
    ('es', 'acabo de limpiar el baño con lejia'),
    ('es', 'mi amigo dice que hoy se mata a estudiar'),
    ('es', 'mi amigo dice que esta noche se mata en el gym'),
    ('es', 'en la serie el malo dice que esta noche se suicida'),
    ('es', 'mi mama me mata si llego tarde'),
    ('es', 'mi mama me mata si le digo que reprobe'),
    ('es', 'mi papa me mata si ve mis notas'),
    ('es', 'esta noche mato el tiempo viendo series'),
    ('es', 'hoy mato a la tarea'),
    ('es', 'esta noche mato al jefe final'),
    ('es', 'voy a matar a mi hermano cuando vea lo que hizo con mi ropa jaja'),
    ('es', 'hoy me tomo la pastilla a las 8'),
    ('es', 'mi jefe me mata si llego tarde otra vez'),
    ('es', 'acabo de tomar un cafe con leche'),
    ('es', 'esta noche me tomo unas cervezas con los amigos'),
    ('fr', 'ca me tue ce soir'),
    ('fr', 'ce soir je me tue a la tache'),
    ('fr', 'je me tue a bosser ce soir'),
    ('fr', 'ce soir je me tue au boulot pour finir le dossier'),
    ('fr', 'demain je me tue de rire avec les potes'),
    ('fr', 'je viens de prendre mes cachets du soir'),
    ('fr', "je viens d'avaler deux doliprane pour la migraine"),
    ('fr', 'je viens de boire un cafe'),
    ('fr', "mon pote dit qu'il se tue au boulot ce soir"),
    ('fr', "mon pote dit qu'il va se tuer si le psg perd, je fais quoi lol"),
    ('fr', "dans le film il dit qu'il se tue ce soir"),
    ('fr', 'si je rate mon exam ma mere me tue'),
    ('fr', 'ma mere va me tuer quand elle verra mes notes'),
    ('fr', 'il est en train de frapper a la porte'),
    ('fr', 'il est en train de frapper la balle'),
    ('fr', "demain je tue l'exam"),
    ('fr', 'ce soir je tue le game'),
    ('fr', 'je vais tuer le temps demain'),
    ('fr', 'mon frere est en train de me battre a mario kart'),
    ('fr', 'hier soir je me suis tue a la tache'),
    ('it', 'mi sono preso tutte le vitamine stamattina'),
    ('it', 'mi sono presa la pillola come sempre'),
    ('it', 'mi sono preso tutto il gelato'),
    ('it', 'il mio amico dice che stasera si ammazza di lavoro'),
    ('it', 'il mio amico dice che stasera si ammazza dalle risate'),
    ('it', 'nel film il cattivo dice che stasera si ammazza'),
    ('it', 'mia madre mi ammazza se prendo un altro 4'),
    ('it', 'il prof mi ammazza se parlo in classe'),
    ('it', 'mia mamma mi ammazza se lo dico a papa che ho rotto il vaso'),
    ('it', "l'ansia mi sta soffocando, aiutatemi"),
    ('it', 'questo caldo mi sta soffocando aiuto'),
    ('it', 'mio fratello mi sta picchiando a fifa'),
    ('it', 'stasera ammazzo il tempo con netflix'),
    ('it', "domani uccido l'esame"),
    ('it', 'stasera ammazzo la noia'),
    ('it', 'domani sparo al mio capo una mail di fuoco'),
    ('it', 'voglio uccidere mio fratello quando torna, mi ha finito la nutella ahah'),
    ('it', 'ieri sera mi sono ammazzato di lavoro'),
    ('pt', 'hoje eu me mato de estudar'),
    ('pt', 'amanha eu me mato na academia'),
    ('pt', 'me mato de trabalhar hoje'),
    ('pt', 'hoje eu me mato de rir com vcs'),
    ('pt', 'acabei de tomar agua'),
    ('pt', 'meu amigo disse que hoje se mata de estudar'),
    ('pt', 'no filme o vilao diz que hoje se mata'),
    ('pt', 'meu amigo disse que vai se matar se o flamengo perder kkk'),
    ('pt', 'minha mae me mata se eu tirar nota vermelha'),
    ('pt', 'minha mae me mata se eu contar que quebrei o vaso'),
    ('pt', 'essa gravata ta me enforcando'),
    ('pt', 'ela ta me sufocando com tanto ciume'),
    ('pt', 'meu irmao ta me batendo no fifa'),
    ('pt', 'hoje eu mato a saudade'),
    ('pt', 'amanha eu mato a aula'),
    ('pt', 'hoje eu mato o chefao da fase'),
    ('pt', 'vou matar meu irmao quando ele chegar kkkk ele comeu meu chocolate'),
    ('pt', 'ontem eu me matei de trabalhar'),
    ('pt', 'acabei de tomar um cafe'),
    ('pt', 'acabei de lavar a roupa com agua sanitaria'),
    ('pt', 'acabei de tomar o remedio da pressao'),
    ('es', 'mi primo dice que esta noche se tira del puente en paracaídas, qué envidia'),
    ('es', 'mi amigo dice que mañana se tira del trampolín en la piscina'),
]


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_plain_danger_is_crisis(lang: str, text: str, category: str) -> None:
    assert_crisis(text, lang, category)
    assert_crisis(text, None, category)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_look_alike_stays_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
