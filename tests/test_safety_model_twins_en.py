"""Look-alike twins of the English probes the upgraded learned layer flipped to crisis.

Own sentences, written for these tests (not copied from tests/data, never trained on). The
retrained model (``safety/model.py``) rated a few harmless look-alike probes of
``tests/test_safety_round12_en.py``, ``tests/test_safety_round9_en.py`` and
``tests/test_safety_detector.py`` as crisis; each was defused in ``safety/lexicons/en.yaml`` by
``en.exclude.r17_model_twins``, a narrow exclusion naming the defusing context: an accident
with a sharpener, a colleague covering a shift so the writer can leave early, a visit for tea,
time away from a laptop, news that will break someone's heart, tonight's outing and its end
time, a celebration's date, an app streak, a named return ("back sunday"), a birthday
remembered, an object named in a clarification ("the essay i mean").

``SAFE`` holds two more harmless twins per context, with the same defuser, which must stay
below crisis with and without the language hint. ``CRISIS`` holds two real crises per context
that share the words but lack the defuser, or carry the risk after it; each reached crisis
before the exclusion was written and must still do so.
"""

from __future__ import annotations

import pytest

from safety import Category
from tests.safety_probes import assert_crisis, assert_not_crisis

S, SH, HO, AB = Category.SUICIDE, Category.SELF_HARM, Category.HARM_TO_OTHERS, Category.ABUSE

SAFE = [
    # a sharpener broken by accident
    ("en", "the sharpener snapped in my pencil case and the blade fell out, binned it"),
    ("en", "my little brother's sharpener cracked and the blade came out, got him a new one"),
    # a colleague covers the shift so the writer can leave early
    ("en", "she said if i want to leave early she'll cover my shift, so i can make the dentist"),
    ("en", "my manager will cover the till if i leave early for parents evening"),
    # a visit for tea, coffee, lunch
    ("en", "i know where his mum lives now, popping over for coffee on sunday"),
    ("en", "found out where my nan's new flat is, heading round to hers for lunch tomorrow"),
    # away from a device
    ("en", "won't be near my phone all saturday, it's my sister's wedding"),
    ("en", "i won't be anywhere near a computer next week, no wifi where we're going"),
    # news that will break someone's heart
    ("en", "it'll break her heart when i tell her i'm not coming home for christmas"),
    ("en", "gonna break their hearts if i turn down the job offer"),
    # tonight's outing and its end time
    ("en", "not going to be around for much longer tonight, the pub shuts at 11"),
    ("en", "i'm not going to be around for much longer tonight, the gig finishes at 11"),
    # a celebration's date
    ("en", "we've finally chosen the date for our housewarming, 14th june"),
    ("en", "she already picked a date for the hen do, can't wait"),
    # an app streak
    ("en", "lost my 80 day wordle streak, down the drain"),
    ("en", "my snapchat streak with jess is gone, 300 days wasted"),
    # a named return
    ("en", "can you look after my fish while i'm away, back tuesday"),
    ("en", "mind my cat for me this weekend please, home sunday night"),
    # a birthday or an event remembered
    ("en", "thank you for being the only person who came to my recital"),
    ("en", "thanks for being the one who remembered my bday, means a lot"),
    # a clarification naming an everyday object
    ("en", "done with it by friday, the dissertation i mean"),
    ("en", "finishing it off tonight, my jigsaw i mean, 1000 pieces"),
]

CRISIS = [
    # a blade taken out on purpose
    ("en", "my sharpener broke so i got the blade out, gonna use it on my arm tonight", SH),
    ("en", "broke the sharpener on purpose to get the blade out, need to feel something", SH),
    # a shift handed over before a farewell; leaving early as a danger at home
    ("en", "he'll cover my shift tomorrow, i won't be here anymore after tonight", S),
    ("en", "if i leave early he'll find out and beat me again", AB),
    # going round with a grievance or a weapon
    ("en", "i know where she lives, going round there friday and she'll regret it", HO),
    ("en", "i know where he lives, going round for a chat with my knife tonight", HO),
    # away from everyone, affairs in order
    ("en", "i won't be anywhere near any of you after friday, i've made my peace", S),
    ("en", "i won't be around on friday. i've written my letters and i'm ready", S),
    # a threat; a heart broken by a farewell
    ("en", "i'll break his neck if he tells anyone tomorrow", HO),
    ("en", "i'll break his heart, i know. i won't be here after tomorrow", S),
    # not around much longer, with the means or a dangerous place after the outing
    ("en", "i'm not going to be around for much longer. the pills are in my bag", S),
    ("en", "tonight the party ends at 10 and then i'm driving to the cliffs", S),
    # a date picked for dying
    ("en", "i've already picked the date. sunday, when everyone's out", S),
    ("en", "picked the date, it'll be after the wedding so i don't ruin it for them", S),
    # a self-harm streak broken
    ("en", "my streak is gone, 200 days clean down the drain, cut again last night", SH),
    ("en", "200 days down the drain, i relapsed with the blade tonight", SH),
    # pets handed over with no return, or a return in doubt
    ("en", "please take care of my dogs for me. i won't be coming back", S),
    ("en", "take care of my dogs for me this weekend. if i'm not back sunday, they're yours", S),
    # thanks as a farewell
    ("en", "thanks for being the only one who ever cared. tell mum i'm sorry", S),
    ("en", "thanks for being the only one who remembered me. i won't be here for the next one",
     S),
    # the clarification names a life, or the risk follows it
    ("en", "finishing it tonight, my life i mean", S),
    ("en", "finishing it tonight, the essay i mean. then i'm taking all my pills", S),
]


@pytest.mark.parametrize(("lang", "text"), SAFE)
def test_model_twins_en_stay_below_crisis(lang: str, text: str) -> None:
    assert_not_crisis(text, lang, None)


@pytest.mark.parametrize(("lang", "text", "cat"), CRISIS)
def test_model_twins_en_crisis_still_caught(lang: str, text: str, cat: Category) -> None:
    assert_crisis(text, lang, cat)
