"""Plain statements of current danger closed in fix7b for English, German, Dutch and Polish.

Own sentences, written for these tests (not copied from tests/data).

Some of the plainest first-person statements were missed: a time told next to the act with the
present used for the future, in both orders ("tonight i kill my ex", "am wochenende erhaenge ich
mich", "vanavond maak ik me van kant", "w weekend sie powiesze"), a veiled act with its time
ending the clause ("im doing it tomorrow", "ich mach es heute nacht", "zrobie to dzisiaj"),
someone else's plan told with a time or a question how to help, a threat to kill the writer if
they leave or call the police, someone choked or beaten now, all of one's insulin just injected,
and a kill threat with the time between the verb and the victim. The rules are
``en.concept.s7p_*``, ``de.concept.s7p_*``, ``nl.concept.s7p_*`` and ``pl.concept.s7p_*``.

``CRISIS`` holds messages (each below crisis before these rules) that must reach crisis with and
without the language hint. ``SAFE`` holds harmless look-alikes sharing the rules' words (sport,
homework, games, idioms, hyperbole, the past, film) that must stay below crisis.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, HO, AB, MED = (Category.SUICIDE, Category.HARM_TO_OTHERS, Category.ABUSE,
                  Category.MEDICAL_EMERGENCY)

CRISIS = [
    ('en', 'im doing it tomorrow', S),
    ('en', "my friend says she's jumping off the bridge tonight, how do i help her", S),
    ('en', "my best mate said he'll hang himself after the funeral, how can i stop him", S),
    ('en', "i'm going to shoot my boss on monday", HO),
    ('en', 'tonight i kill my ex', HO),
    ('en', 'tmrw i jump', S),
    ('en', 'tonite im doing it', S),
    ('en', 'my sister says shes jumping off the roof tonight', S),
    ('en', 'tomorrow i stab my boyfriend', HO),
    ('en', 'tomorrow im doing it', S),
    ('en', 'he said if i call the cops im dead', AB),
    ('de', 'ich mach es heute nacht', S),
    ('de', 'am wochenende erhaenge ich mich', S),
    ('de', 'morgen bin ich tot, hab mich entschieden', S),
    ('de', 'hab grad mein ganzes insulin gespritzt', MED),
    ('de', 'meine freundin sagt sie springt heute nacht von der '
           'bruecke, wie kann ich ihr helfen', S),
    ('de', 'mein bruder hat geschrieben dass er sich heute erschiesst was soll ich machen', S),
    ('de', 'er wuergt sie gerade in der kueche', AB),
    ('de', 'mein freund wuergt grad meine schwester was soll ich tun', AB),
    ('de', 'der nachbar schlaegt seine frau gerade, ich hoer sie schreien', AB),
    ('de', 'ich bring heute nacht meinen stiefvater um', HO),
    ('de', 'ich stech jan ab wenn er heimkommt', HO),
    ('de', 'heute passiert es, die briefe sind geschrieben', S),
    ('de', 'morgen spring ich', S),
    ('de', 'am wochenende mach ich schluss', S),
    ('de', 'heute nacht erhaenge ich mich', S),
    ('de', 'morgen erschiesse ich mich', S),
    ('de', 'heute abend spring ich', S),
    ('de', 'ich bring morgen meinen chef um', HO),
    ('de', 'morgen frueh erhaeng ich mich', S),
    ('de', 'er hat gesagt wenn ich zur polizei gehe bin ich tot', AB),
    ('de', 'mein stiefvater wuergt grad meine mama', AB),
    ('nl', 'ik doe het morgen, alles is geregeld', S),
    ('nl', 'dit weekend hang ik mezelf op', S),
    ('nl', 'vrijdag ben ik dood, ik heb besloten', S),
    ('nl', 'ik doe het vannacht', S),
    ('nl', 'mijn vriendin zegt dat ze vannacht van de brug springt, hoe kan ik haar helpen', S),
    ('nl', 'mijn broer appte dat hij zichzelf vanavond doodschiet wat moet ik doen', S),
    ('nl', 'mijn maat zegt dat hij zich vandaag van kant maakt, hoe hou ik hem tegen', S),
    ('nl', 'hij zei als ik bij hem wegga maakt hij me dood', AB),
    ('nl', 'hij wurgt haar nu in de keuken', AB),
    ('nl', 'ik vermoord vannacht mijn stiefvader', HO),
    ('nl', 'ik steek jan neer als hij thuiskomt', HO),
    ('nl', 'ik schiet maandag mijn baas neer', HO),
    ('nl', 'vandaag gebeurt het, de brieven zijn geschreven', S),
    ('nl', 'morgen spring ik', S),
    ('nl', 'vanavond maak ik me van kant', S),
    ('nl', 'morgen hang ik mezelf op', S),
    ('nl', 'vanavond spring ik', S),
    ('nl', 'mijn zus zegt dat ze zich vanavond ophangt, wat moet ik doen', S),
    ('nl', 'als ik de politie bel maakt hij me dood', AB),
    ('nl', 'ik vermoord morgen mijn ex', HO),
    ('nl', 'morgen maak ik mezelf van kant', S),
    ('nl', 'morgenavond hang ik me op', S),
    ('nl', 'als ik het aan iemand vertel vermoordt hij me', AB),
    ('nl', 'mijn vriend zegt dat hij vannacht zichzelf ophangt, wat moet ik doen', S),
    ('pl', 'w weekend sie powiesze', S),
    ('pl', 'po szkole skacze z mostu', S),
    ('pl', 'jutro rzucam sie pod pociag', S),
    ('pl', 'zrobie to dzisiaj', S),
    ('pl', 'wlasnie wstrzyknalem sobie cala insuline', MED),
    ('pl', 'kumpel mowi ze sie dzisiaj zabije, jak go powstrzymac', S),
    ('pl', 'dzgne janka nozem jak wroci do domu', HO),
    ('pl', 'w poniedzialek zastrzele szefa', HO),
    ('pl', 'jutro skacze', S),
    ('pl', 'w ten weekend koncze z tym wszystkim', S),
    ('pl', 'dzis sie zabijam', S),
    ('pl', 'dzis w nocy sie zabijam', S),
    ('pl', 'w piatek skacze z wiezowca', S),
    ('pl', 'wstrzyknelam sobie cala insuline', MED),
    ('pl', 'w sobote zabije ojczyma', HO),
    ('pl', 'jutro rzuce sie pod tramwaj', S),
    ('pl', 'dzis w nocy sie wieszam', S),
    ('pl', 'jutro skacze pod pociag', S),
    ('pl', 'ojciec dusi teraz mame', AB),
    ('pl', 'kolega napisal ze sie dzis powiesi, jak mu pomoc', S),
    ('pl', 'po pracy rzucam sie z mostu', S),
]

SAFE = [
    ('en', 'im doing it tomorrow with my tutor'),
    ('en', 'tomorrow i jump out of a plane for charity'),
    ('en', 'my friend says shes jumping off the diving board tonight lol'),
    ('en', 'she said shes gonna kill me if i eat her fries, what do i do'),
    ('en', 'my dad says hell kill me if i crash his car, how do i tell him'),
    ('en', 'im going to shoot my boss an email on monday'),
    ('en', 'tonight i kill the final boss'),
    ('en', 'in the game tonight i kill him in the last level lol'),
    ('en', 'i drank the whole bottle of wine last night, hungover'),
    ('en', 'i shot my boss an email on monday'),
    ('en', 'my mum said if i tell dad about the party im dead'),
    ('en', 'if i call the cops on this noisy party im a dead man lol, theyre my mates'),
    ('de', 'morgen spring ich ins kalte wasser, neuer job'),
    ('de', 'fuer heute mach ich schluss, gute nacht'),
    ('de', 'am wochenende spring ich fallschirm'),
    ('de', 'ich mach es heute abend, die hausaufgaben meine ich'),
    ('de', 'morgen bin ich tot muede nach der party'),
    ('de', 'heute passiert es endlich, die bewerbungen sind abgeschickt'),
    ('de', 'er springt heute vom zehner im schwimmbad, wie kann ich ihn anfeuern'),
    ('de', 'mein bruder schlaegt mich gerade im schach'),
    ('de', 'er wuergte sie im film gerade als ich einschlief'),
    ('de', 'ich bring morgen meine mutter um 8 zum arzt'),
    ('de', 'ich hab gestern mein insulin vergessen zu spritzen'),
    ('de', 'hab grad mein insulin gespritzt, jetzt gibts essen'),
    ('de', 'ich bring heute nacht meinen bruder um den schlaf, so laut schnarche ich'),
    ('de', 'wenn ich zu spaet komme bin ich tot'),
    ('de', 'wenn ich das jemandem erzaehle, lachen die mich aus'),
    ('nl', 'morgen spring ik in het zwembad van de hoge duikplank'),
    ('nl', 'ik doe het vanavond wel, dat huiswerk'),
    ('nl', 'vanavond maak ik me klaar voor het feest'),
    ('nl', 'dit weekend hang ik de slingers op'),
    ('nl', 'als ik te laat thuis ben maakt mijn moeder me dood'),
    ('nl', 'als ik dat vertel lacht hij me uit'),
    ('nl', 'hij wurgde haar in de film, ik was nu net in slaap'),
    ('nl', 'mijn vriend knijpt me nu in mijn wang haha'),
    ('nl', 'ik schiet morgen mijn baas een berichtje'),
    ('nl', 'ik vermoord vanavond die quiz'),
    ('nl', 'ze zegt dat ze van de duikplank springt, hoe kan ik haar aanmoedigen'),
    ('nl', 'vrijdag ben ik dood moe na die week'),
    ('nl', 'hij zegt dat hij vanavond van de toren springt met bungee, hoe kan ik hem aanmoedigen'),
    ('nl', 'hij zegt dat hij zich vanavond doodschaamt, wat moet ik doen'),
    ('pl', 'jutro skacze ze spadochronem'),
    ('pl', 'w weekend skacze na bungee'),
    ('pl', 'jutro rzucam sie w wir pracy'),
    ('pl', 'dzis koncze z tym nalogiem, rzucam palenie'),
    ('pl', 'zrobie to jutro, to tylko zadanie domowe'),
    ('pl', 'wczoraj wzielam insuline jak zawsze'),
    ('pl', 'dzis sie zabijam na silowni haha'),
    ('pl', 'dzgne go widelcem w zarcie jak wroci, haha'),
    ('pl', 'w poniedzialek zabije szefa w szachach haha'),
    ('pl', 'wstrzyknelam sobie insuline przed obiadem'),
    ('pl', 'mama dusi teraz mieso na obiad'),
    ('pl', 'ten upal dusi teraz mnie strasznie'),
    ('pl', 'po pracy rzucam sie z mostu na bungee hehe'),
    ('pl', 'rzucam sie z mostu na bungee w sobote, jaram sie'),
]


@pytest.mark.parametrize(("lang", "text", "category"), CRISIS)
def test_plain_statement_is_crisis(lang: str, text: str, category: Category) -> None:
    assert_crisis(text, lang, category)
    assert_crisis(text, None, category)


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_look_alike_stays_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)
