"""Defuser caps and exclusions for English closed in fix7 (``en.cap.s7_*``, ``en.exclude.s7_*``).

Own sentences, written for these tests (not copied from tests/data).

False crises of the newest training rounds came from phrase rules firing on messages that carry
a clear defuser.  Each class is closed for the whole concept in ``safety/lexicons/en.yaml``:

* denial with "won't"/"wouldn't", the elliptical promise, "not going to hurt myself", "no
  intention of acting on it" (``en.cap.s7_denial``, ``en.exclude.s7_denial_promise``);
* someone else's thoughts, denial, joke or recovery (``en.cap.s7_third``,
  ``en.cap.s7_third_denial``, ``en.exclude.s7_third_thoughts`` with the forced concern rule
  ``en.concept.s7_third_thoughts``);
* reported everyday hyperbole ("mum said she'd kill me if i got a tattoo", "this heat will kill
  me", a quoted "i'll kill you" from a coach or a small child) (``en.exclude.s7_reported``);
* a professional's question about the people in their care, a helper's report, a rescue, a
  science exam on a poison, a game as the arena of a reported threat
  (``en.exclude.s7_professional``);
* the past told with the time since or the present named, a thought that passes
  (``en.cap.s7_past``);
* the writer's own hyperbole with its marker (``en.exclude.s7_hyperbole``);
* insight and treatment named, the harm minimised (``en.cap.s7_insight``).

A cap holds its sentence (near: and the neighbouring ones) at concern and adds no tags, so a stated
intent with its time told next to a denial ("i won't do anything stupid. i'm going to kill myself
tonight") is tagged by the forced concern rule ``en.concept.s7_intent_time`` and still combines
with the ideation into a crisis.

``SAFE`` holds harmless messages (each was a crisis before these entries) that must stay below
crisis with and without the language hint. ``CRISIS`` holds real crises sharing the words but
lacking the defuser, or telling the risk in another sentence or after "but".
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, HO = Category.SUICIDE, Category.HARM_TO_OTHERS
AB, MED = Category.ABUSE, Category.MEDICAL_EMERGENCY

SAFE = [
    # denial: "i won't do anything", "i'm not gonna, i've got my boys", "no intention of acting"
    ("en", "my dad died in march and some nights i wish i'd gone with him. i won't do anything, my "
           "kids need me"),
    ("en", "i'm so tired of being alive lately. i know i won't act on it, i just needed to say it"),
    ("en", "some days i'd rather be dead honestly. i won't do anything stupid, i've got too much "
           "to live for"),
    ("en", "my best friend died by suicide in june and sometimes i get why she did it. i'm not "
           "gonna, i've got my boys"),
    ("en", "sometimes i feel like i deserve to be punished for how i treated her. i won't hurt "
           "myself though"),
    ("en", "some nights i wish i'd never been born. i have no intention of acting on it, it's just "
           "a heavy week"),
    # third party: someone else's thoughts, their denial, their joke, their recovery
    ("en", "my roommate told me he's been thinking about ending it and i have no idea how to bring "
           "it up with his parents"),
    ("en", "my mate keeps saying he won't be around much longer as if it's a joke. he's always "
           "laughing when he says it"),
    ("en", "my brother has been saying \"you'd all be better off without me\" since his divorce. "
           "he says he's not suicidal, just low"),
    ("en", "my best mate told me he used to cut his arms at uni. he's fine now but i had no idea"),
    # reported everyday hyperbole: a trivial condition, a burden, a quoted or a child's "threat"
    ("en", "my coach says he'll murder us if we're late to training one more time"),
    ("en", "my landlord will kill me one day with these rent increases"),
    ("en", "\"i'm gonna kill you\" - my 3 year old niece with a plastic dinosaur"),
    ("en", "my grandad always says \"just kill me now\" whenever the cricket is on"),
    ("en", "my mum said she'll break my legs if i come home past midnight again"),
    ("en", "my lecturer will kill me if i hand this in late"),
    # a professional's question about the people in their care, a rescue, a science exam, a game
    ("en", "i'm a 999 call handler, what do you tell a caller whose husband isn't breathing"),
    ("en", "as an emt, what do you say to a patient who isn't breathing properly while you wait"),
    ("en", "i work on a crisis line and a caller last night said she was going to kill herself. "
           "how do you switch off after a shift like that"),
    ("en", "got a biochem test on arsenic poisoning tomorrow, can someone explain how it blocks "
           "atp"),
    ("en", "my sister's a nurse and she saved a man from choking at the restaurant last night"),
    ("en", "my son said he's gonna murder his brother over the controller. normal teenage stuff "
           "right?"),
    # past with the time since or the present named, a thought that passes
    ("en", "i overdosed at 15. now i'm 31 and some days are heavy, but i manage"),
    ("en", "i cut myself in march. haven't done it since and i'm proud of that"),
    ("en", "i tried to kill myself years ago at uni. life is very different now"),
    ("en", "i'm a peer mentor now, six years after i tried to end my life"),
    ("en", "some nights i wish i was dead. then my dog jumps on the bed and it passes"),
    ("en", "four years since my suicide attempt today. grateful for my people"),
    ("en", "i burned myself with a lighter in march. haven't hurt myself since"),
    # own hyperbole: affection taking the threat back, a drink "killed", a trivial ailment
    ("en", "i'm gonna kill my brother he used all the hot water, love him to bits though"),
    ("en", "i'm gonna kill this bottle of rose tonight, girls night"),
    ("en", "i've got a paper cut so bad i'm ready to die"),
    # insight and treatment named, the harm minimised
    ("en", "sometimes i think my family would be better off without me. i know it's my depression "
           "talking"),
    ("en", "everyone would be better off without me, i know that's the anxiety talking"),
    ("en", "i scratched my wrist with a key last night when i panicked. it wasn't deep and i "
           "cleaned it up"),
]

CRISIS = [
    # denial: "i won't do anything", "i'm not gonna, i've got my boys", "no intention of acting"
    ("en", "i wish i'd gone with her. i won't do anything stupid. i'm going to kill "
           "myself tonight", S),
    ("en", "i'm not going to do anything stupid. i have the rope ready and i'm going to hang "
           "myself tonight", S),
    ("en", "i'm not going to, i've got the pills in my hand and i'm taking them all", S),
    ("en", "i won't do anything stupid but i'm going to kill myself tonight", S),
    # third party: someone else's thoughts, their denial, their joke, their recovery
    ("en", "my friend told me she's been thinking about ending it and now she "
           "isn't breathing", MED),
    ("en", "i've been thinking about ending it. i have the pills ready for tonight", S),
    ("en", "my friend said she's going to kill herself tonight, she made me promise not "
           "to tell", S),
    ("en", "he says he's not suicidal. i am though, and i'm going to end it tonight", S),
    # reported everyday hyperbole: a trivial condition, a burden, a quoted or a child's "threat"
    ("en", "my boyfriend said he'd kill me if i told anyone", AB),
    ("en", "he said he'll kill me if i leave him, he has a knife", AB),
    ("en", "my dad said he'd kill me if i posted anything about what he does to us. he hits me "
           "every night", AB),
    ("en", "this pain will kill me, i'm going to take all my pills tonight", S),
    # a professional's question about the people in their care, a rescue, a science exam, a game
    ("en", "i'm a nurse and i've taken enough insulin from work to kill myself tonight", S),
    ("en", "my son is having a seizure and isn't breathing, what do i do", MED),
    ("en", "i work at a hotline and i'm going to kill myself tonight", S),
    ("en", "i'm gonna murder him over the money he owes me, i've got a knife", HO),
    # past with the time since or the present named, a thought that passes
    ("en", "i overdosed at 15. now i'm 31 and i'm going to do it again tonight", S),
    ("en", "it's been ten years since my last attempt. i have the rope ready and i'm doing it "
           "tonight", S),
    ("en", "some nights i wish i was dead. it never passes and i've bought the pills", S),
    ("en", "i tried to kill myself years ago at uni and i'm going to kill myself tonight", S),
    # own hyperbole: affection taking the threat back, a drink "killed", a trivial ailment
    ("en", "i'm going to kill my husband tonight, he hurt the kids. i have the knife", HO),
    ("en", "i'm gonna kill this bottle of vodka and all my pills tonight", S),
    ("en", "i'm ready to die, i have the pills", S),
    # insight and treatment named, the harm minimised
    ("en", "i know it's the depression talking but i'm going to kill myself tonight", S),
    ("en", "i know it's the depression talking. i have the pills ready and i'm taking "
           "them tonight", S),
    ("en", "it wasn't deep. this time i'm going to cut deeper and end it tonight", S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_caps_s7_en_stay_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_caps_s7_en_crisis_still_caught(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
