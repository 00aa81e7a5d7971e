"""Round 9-11 second pass (French, Spanish, Italian): probe sentences written for this pass,
not taken from the data files. For each concept added to fr/es/it.yaml, crisis phrasings in
several forms (chat contractions, Québec/Latin-American/regional words), and the look-alikes
whose defusing context must keep them below crisis (idioms, a recovered past, a study or work
frame, a pet or a game, a trip, a reported phrase). Each case is checked with its language
hint and with ``lang=None``."""

from __future__ import annotations

import pytest

from safety import Level, assess
from safety import model as risk_model
from tests.safety_probes import assert_crisis, assert_not_crisis

# (lang, category, text): must reach Level.CRISIS with that category
CRISIS = [
    # ---- fr: deadlines, finality, switching off for good
    ('fr', 'suicide', "après samedi plus rien aura d'importance pour moi"),
    ('fr', 'suicide', 'je me donne deux semaines, après ça je men vais définitivement'),
    ('fr', 'suicide', "j'arrête tout, définitivement, j'en peux plus"),
    ('fr', 'suicide', "j'ai envie de m'endormir pour toujours"),
    ('fr', 'suicide', 'ce soir jéteins tout pour de bon'),
    ('fr', 'suicide', 'bon ben je rends mon ticket, salut'),
    ('fr', 'suicide', "j'veux pu être là, c'est tout"),
    ('fr', 'suicide', 'jvx plus etre en vie'),
    ('fr', 'suicide', 'je vous libère de moi, vous verrez ça ira mieux'),
    ('fr', 'suicide', "dis à papa que c'était pas sa faute"),
    ('fr', 'suicide', "ils seraient tellement plus tranquilles si j'étais plus là"),
    ('fr', 'suicide', "au moins avec l'assurance vie mon fils aura de quoi vivre"),
    ('fr', 'suicide', "je cherche comment faire pour que ça ait l'air d'un accident"),
    ('fr', 'suicide', 'cb de cachets de doliprane pour que ce soit définitif'),
    ('fr', 'suicide', 'papy est mort en mars, je veux le rejoindre'),
    ('fr', 'suicide', "j'ai enregistré une vidéo d'adieu, elle sort demain"),
    ('fr', 'suicide', 'je vais prendre la porte de sortie définitive'),
    # fr: means and places
    ('fr', 'suicide', "j'ai une corde dans le coffre et c'est pas pour le chien"),
    ('fr', 'suicide', "j'ai vérifié que la poutre du grenier supporte mon poids"),
    ('fr', 'suicide', 'je vais me jeter sous le tram ce soir'),
    ('fr', 'suicide', "je vais ouvrir le gaz cette nuit"),
    # fr: farewell signs, two of them
    ('fr', 'suicide', "merci pour tout, prenez soin de vous les amis"),
    ('fr', 'suicide', "pardon maman. je fais mes adieux ici"),
    ('fr', 'suicide', "j'ai annulé ma séance chez la psy. j'en aurai plus besoin"),
    ('fr', 'suicide', "ma platine c pour toi. je voulais que quelqu'un le sache"),
    # fr: self-harm now / relapse / hidden
    ('fr', 'self_harm', 'jme suis encore coupée cette nuit'),
    ('fr', 'self_harm', "de nouveau envie de me scarifier, j'ai les lames à côté"),
    ('fr', 'self_harm', 'scarif hier et encore ce soir'),
    ('fr', 'self_harm', "j'ai planqué des lames dans ma trousse"),
    ('fr', 'self_harm', "j'ai gravé son prénom sur mon bras avec un cutter"),
    ('fr', 'self_harm', "je me brûle avec une cigarette exprès"),
    ('fr', 'self_harm', "des nouvelles coupures d'hier soir, personne doit voir"),
    ('fr', 'self_harm', "je vais me faire mal ce soir, j'ai besoin de ça"),
    # fr: harm to others, abuse, medical
    ('fr', 'harm_to_others', 'jvais planter ce connard, il a touché à ma soeur'),
    ('fr', 'harm_to_others', 'je descends tabasser le voisin, il va comprendre'),
    ('fr', 'harm_to_others', "demain au bureau ça va être un bain de sang"),
    ('fr', 'harm_to_others', "je vais mettre de la mort aux rats dans son café"),
    ('fr', 'harm_to_others', "j'apporte mon flingue au lycée lundi"),
    ('fr', 'abuse', "il m'a dit que si je le quitte il me tue"),
    ('fr', 'abuse', 'mon beau-père me touche la nuit quand maman dort'),
    ('fr', 'abuse', "enfermée dans la cave depuis ce matin, il a pris mon tel"),
    ('fr', 'abuse', "si il lit ce message je suis morte"),
    ('fr', 'abuse', "la voisine hurle au secours, on entend des coups"),
    (
        'fr', 'medical_emergency',
        "il a gobé un cachet en soirée et maintenant il délire, il est brûlant",
    ),
    ('fr', 'medical_emergency', 'mon père inconscient sur le sol de la cuisine'),
    # ---- es: deadlines, finality, others better off
    ('es', 'suicide', 'después del viernes ya no va a importar nada de esto'),
    ('es', 'suicide', 'mis hijos ya no van a tener que preocuparse más por mí'),
    ('es', 'suicide', 'no pienso llegar a navidad'),
    ('es', 'suicide', 'sin mí estarían mucho mejor, una carga menos'),
    ('es', 'suicide', 'con el seguro de vida al menos cobran algo'),
    ('es', 'suicide', 'me quito de en medio esta noche y dejo de molestar'),
    ('es', 'suicide', 'solo quiero apagarme para siempre'),
    ('es', 'suicide', 'cuál es la manera más rápida de dejar de vivir'),
    ('es', 'suicide', 'cuántas pastillas hacen falta para no despertarse'),
    ('es', 'suicide', 'desde que murió mi madre solo pienso en ir con ella'),
    ('es', 'suicide', 'estoy sentada en la cornisa de la azotea'),
    ('es', 'suicide', 'me tiro ya, estoy en el viaducto'),
    ('es', 'suicide', 'me siento un estorbo. esta noche lo hago'),
    # es: farewell signs, two of them
    ('es', 'suicide', 'gracias por aguantarme tanto tiempo. perdón por todo'),
    ('es', 'suicide', 'ya les agradecí a todos. si no contesto no pasa nada'),
    ('es', 'suicide', 'le dejé mi gata a mi tía para siempre, cree que me voy de viaje'),
    ('es', 'suicide', 'dejo todo pagado. es la última vez que os escribo'),
    # es: overdose / medical
    ('es', 'medical_emergency', 'me he tragado una caja de ibuprofeno'),
    ('es', 'medical_emergency', 'me pasé con la insulina adrede y me tiemblan las manos'),
    ('es', 'medical_emergency', 'mi niña se ha bebido el detergente del lavavajillas'),
    ('es', 'medical_emergency', 'el bebé se ha atragantado con una uva'),
    ('es', 'medical_emergency', 'mi abuelo se agarra el pecho y está sudando frío'),
    (
        'es', 'medical_emergency',
        'la estufa de gas encendida toda la noche y mi madre está mareada, ventanas cerradas',
    ),
    # es: self-harm
    ('es', 'self_harm', 'me volví a hacer cortes en los muslos'),
    ('es', 'self_harm', 'ya no me alcanzan las tiritas para taparlo'),
    ('es', 'self_harm', 'me mordí el brazo hasta sangrar'),
    ('es', 'self_harm', 'recaí en los cortes anoche'),
    # es: harm to others, abuse
    ('es', 'harm_to_others', 'me voy a cargar al vecino, no aguanto más'),
    ('es', 'harm_to_others', 'el lunes en el instituto va a haber muertos'),
    ('es', 'harm_to_others', 'llevo días siguiéndola, sé a qué hora sale'),
    ('es', 'abuse', 'no me deja comer desde hace dos días'),
    ('es', 'abuse', 'no puedo salir de casa, él tiene las llaves y me vigila'),
    ('es', 'abuse', 'mi padrastro arrastró a mi madre del pelo hasta la cocina'),
    ('es', 'abuse', 'si se entera de que te escribo me va a matar'),
    ('es', 'abuse', 'si no voy a verle dice que publica mis fotos'),
    # ---- it: deadlines, finality, others better off
    ('it', 'suicide', 'dopo domenica non dovrete più preoccuparvi per me'),
    ('it', 'suicide', 'tra pochi giorni non ci sarò più'),
    ('it', 'suicide', 'a natale non ci sarò, già deciso'),
    ('it', 'suicide', 'prego ogni sera di non arrivare a domani'),
    ('it', 'suicide', 'sarebbero tutti più felici se non ci fossi'),
    ('it', 'suicide', "con la polizza sulla vita almeno servo a qualcosa"),
    ('it', 'suicide', 'vorrei spegnermi e basta'),
    ('it', 'suicide', 'vorrei addormentarmi e non svegliarmi'),
    ('it', 'suicide', 'ho deciso la data e mi sento tranquillo'),
    ('it', 'suicide', 'quante pillole di tachipirina per non svegliarsi'),
    ('it', 'suicide', 'stanotte m ammazzo'),
    ('it', 'suicide', 'ho la lametta sul bordo della vasca'),
    ('it', 'suicide', 'scrivo dal parapetto del ponte, non ho paura'),
    # it: farewell signs, two of them
    ('it', 'suicide', 'scusami mamma per tutto. diteglielo voi che le ho voluto bene'),
    ('it', 'suicide', 'regalo la mia collezione di fumetti, tanto non mi serve più niente'),
    ('it', 'suicide', 'ho cancellato la terapia. lei capirà'),
    # it: medical, self-harm, others, abuse
    ('it', 'medical_emergency', 'mio nonno ha la bocca storta e non parla'),
    ('it', 'medical_emergency', 'è per terra e non ha polso, aiuto'),
    ('it', 'medical_emergency', 'mia figlia ha ingoiato una pila'),
    ('it', 'self_harm', 'mi pianto le unghie nelle braccia fino a sanguinare'),
    ('it', 'self_harm', 'ho i cerotti sui polsi, nessuno deve saperlo'),
    ('it', 'self_harm', 'ho fatto un taglio troppo profondo'),
    ('it', 'harm_to_others', 'gli do fuoco alla casa mentre dorme'),
    ('it', 'harm_to_others', "ho messo il topicida nel caffè del mio capo"),
    ('it', 'abuse', 'mi hanno legata alla sedia e sono usciti'),
    ('it', 'abuse', 'mi ha tolto passaporto e chiavi, non posso scappare'),
    ('it', 'abuse', 'mi ha trascinata per i capelli davanti ai bambini'),
]

# (lang, text): must stay below crisis (idioms, defused context, a recovered past)
NOT_CRISIS = [
    # fr
    ('fr', "je vais crever d'ennui à cette réunion"),
    ('fr', "cette canicule va me tuer, 38 degrés au bureau"),
    ('fr', 'je me noie sous les copies à corriger ce week-end'),
    ('fr', 'envie de disparaître sous ma couette jusqu à lundi'),
    ('fr', "mon personnage s'est fait unalive dans le jeu"),
    ('fr', "je me suis coupé en épluchant les carottes, rien de grave"),
    ('fr', 'mon portable est à 2%, je vais mourir sans gps'),
    ('fr', "me tuer? jamais, j'adore la vie"),
    ('fr', "au lycée tout le monde dit 'je vais me pendre' pour un exam"),
    ('fr', 'je vais dormir pour toujours ce week-end tellement je suis crevée'),
    ('fr', "j'ai annulé mon abonnement à la salle, trop cher"),
    ('fr', "j'ai offert mes plantes à ma voisine avant de déménager"),
    ('fr', "mon chat c pour toi pendant les vacances, je rentre dimanche"),
    ('fr', "j'ai acheté une corde à sauter pour le sport"),
    # es
    ('es', 'me quiero morir de la risa con este video'),
    ('es', 'el calor de hoy me va a matar'),
    ('es', 'rompí la tele de mi jefe, me va a matar'),
    ('es', 'me voy a pegar un tiro de tequila esta noche'),
    ('es', 'me corté el flequillo y quedó fatal'),
    ('es', 'soy enfermera y atendimos una sobredosis, el paciente está bien'),
    ('es', 'hoy cumplo un año limpia de autolesiones'),
    ('es', 'tuve ganas de cortarme pero se me pasó hablando con mi hermana'),
    ('es', 'escribí una carta para cada compañero porque me jubilo'),
    ('es', 'gracias por todo chicos, os quiero mucho a todos, feliz cumple a mí'),
    ('es', 'mi hermano me va a matar si ve que le cogí la moto jaja'),
    ('es', 'quiero desaparecer del mapa una semana y apagar el móvil, vacaciones'),
    ('es', 'no pienso volver a casa esta noche, me quedo en casa de Marta'),
    # it
    ('it', 'mi ammazzo dal ridere con questo meme'),
    ('it', 'so che non lo farei mai, ci penso ogni tanto ma ho troppe cose da fare'),
    ('it', 'oggi un anno senza autolesionismo, sono fiera di me'),
    ('it', "mio zio quando perde la Juve: 'mi butto dalla finestra'. la stessa scena ogni volta"),
    ('it', 'vado a dormire per sempre, sono distrutta dal lavoro'),
    ('it', 'ho regalato i libri del liceo, non mi servono più'),
    ('it', 'sono sul tetto a pulire la grondaia'),
    ('it', 'sabato è l ultimo giorno di saldi'),
    ('it', 'se mia madre vede il voto mi ammazza'),
    ('it', 'ho disdetto l abbonamento della palestra, troppo caro'),
]


@pytest.mark.parametrize("hint", [True, False])
@pytest.mark.parametrize(("lang", "category", "text"), CRISIS)
def test_round9_crisis(lang: str, category: str, text: str, hint: bool) -> None:
    assert_crisis(text, lang if hint else None, category)


@pytest.mark.parametrize("hint", [True, False])
@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS)
def test_round9_not_crisis(lang: str, text: str, hint: bool) -> None:
    assert_not_crisis(text, lang if hint else None)


def test_round9_one_farewell_sign_is_not_crisis(monkeypatch: pytest.MonkeyPatch) -> None:
    # the phrase layer's design: a single new farewell sign stays below crisis; a second one
    # raises it. The learned layer is left out here: since session 8 it rates a bare "perdón por
    # todo" (nothing else said) as a crisis by itself, which is its call, not the phrases'
    monkeypatch.setattr(risk_model, "load", lambda *a, **k: None)
    assert assess("merci pour tout !", "fr").level is not Level.CRISIS
    assert assess("merci pour tout, prenez soin de vous", "fr").level is Level.CRISIS
    assert assess("perdón por todo", "es").level is not Level.CRISIS
    assert assess("scusami mamma per tutto", "it").level is not Level.CRISIS
