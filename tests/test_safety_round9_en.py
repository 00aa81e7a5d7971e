"""Round 9-11 second pass (English): probe sentences written for these tests (not copied from
tests/data).  CRISIS: the concepts added in en.concept.r9_* must reach crisis with the right
category.  DEFUSED: crisis-looking messages whose defusing context (a reveal, a prank, a party,
a kitchen tool, a doctor's instruction, a named return, a past told with the present) comes
elsewhere in the message must stay below crisis.  STILL_CRISIS: real crises that share words
with those defusers must stay crisis.  SAFE: look-alikes of the new concept rules."""

from __future__ import annotations

import pytest

from tests.safety_probes import assert_crisis, assert_not_crisis

CRISIS = [
    ('no actually the noose is already over the banister', 'suicide'),
    ('ok im ending it tonight, sorry for everything', 'suicide'),
    ('gonna 3nd it all after my shift', 'suicide'),
    ('no more tomorrows for me', 'suicide'),
    ("the next train's mine. bye", 'suicide'),
    ('watching my last sunset ever from the pier', 'suicide'),
    ('my family finally gets a break from me after tonight', 'suicide'),
    ('almost done being a burden to everyone', 'suicide'),
    ('3 more hours and then peace', 'suicide'),
    ('this world was never meant for me', 'suicide'),
    ("sorry mom, i can't do this anymore", 'suicide'),
    ('to whoever reads this, none of it was your fault', 'suicide'),
    ('i left a note for whoever finds me', 'suicide'),
    ('can i make it look like an accident so my wife still gets the insurance', 'suicide'),
    ('i just want one good day before i go through with it', 'suicide'),
    ('the bridge is the cleanest way out i think', 'suicide'),
    ('already feel dead, might as well make it official', 'suicide'),
    ("please feed the dog after i'm gone", 'suicide'),
    ("love you all, this isn't your fault", 'suicide'),
    ("god forgive me for what i'm going to do", 'suicide'),
    ('going for a drive with no return tonight', 'suicide'),
    ("if i vanish this weekend don't look for me", 'suicide'),
    ("one more rejection and i'm checking out", 'suicide'),
    ("i don't want to make it to 18", 'suicide'),
    ("what's the quickest way to go without pain", 'suicide'),
    ("there's nothing keeping me here anymore", 'suicide'),
    ("i won't be alive by then so it doesn't matter", 'suicide'),
    ('stopped taking my insulin on purpose', 'suicide'),
    ('swallowed the first handful, the rest are next', 'suicide'),
    ('rope in hand, in the woods', 'suicide'),
    ("heading up to the quarry tonight, don't come after me", 'suicide'),
    ('the beam is sturdy enough, i checked', 'suicide'),
    ("cvtting tonight, can't stop", 'self_harm'),
    ('wearing a jumper in july so nobody sees my wrists', 'self_harm'),
    ('the urge won again', 'self_harm'),
    ('bought a new pack of razor blades, the urge is back', 'self_harm'),
    ('how do i close a wound without going to the hospital, i did it myself', 'self_harm'),
    ('i went too deep this time', 'self_harm'),
    ('the blades are right here next to me', 'self_harm'),
    ('i reopened my scars last night', 'self_harm'),
    ('one cut is never enough', 'self_harm'),
    ('i carved his name into my thigh', 'self_harm'),
    ('i pick the scabs so they never heal', 'self_harm'),
    ('lost my 200 day streak, cut tonight', 'self_harm'),
    ('sh urges are really bad rn', 'self_harm'),
    ("i'm going to put him through the wall when he gets home", 'harm_to_others'),
    ("i'm outside her flat with a knife", 'harm_to_others'),
    ('got his address and a bat in the car', 'harm_to_others'),
    ('sat in the car with the gun, waiting for him', 'harm_to_others'),
    ("he's dead when he gets back", 'harm_to_others'),
    ('that bully is getting stabbed tomorrow', 'harm_to_others'),
    ('everyone at school is gonna pay on monday', 'harm_to_others'),
    ("she's hitting me right now", 'abuse'),
    ('my stepdad punched me again', 'abuse'),
    ("he'll kill me if he finds this chat", 'abuse'),
    ("my mum's husband keeps beating her", 'abuse'),
    ('just got raped at a party', 'abuse'),
    ("he's kicking the door down", 'abuse'),
    ('he beats me with his belt', 'abuse'),
    ("she won't let me go to the doctor for my ribs", 'abuse'),
    ('his lips are turning blue', 'medical_emergency'),
    ('my toddler swallowed some magnets', 'medical_emergency'),
    ("my son ate nana's heart pills", 'medical_emergency'),
    ("she's gone limp and floppy", 'medical_emergency'),
    ('dad is on the floor, barely breathing', 'medical_emergency'),
    ("mum's face is drooping on one side", 'medical_emergency'),
    ('my friend is convulsing on the floor', 'medical_emergency'),
]

DEFUSED = [
    'tied a noose-style knot in the rope for the pirate party. turns out it was the wrong '
    'knot, the flag fell down',
    "my best mate texted 'i'm done with all of you, bye'. he meant the book club, they picked "
    'another vampire novel',
    "thought my neighbour had collapsed on his lawn and wasn't moving. false alarm, he was "
    'sunbathing',
    "got the pills out and lined them up on the counter. it's my dad's dosette box for the "
    'week, he forgets otherwise',
    'i cut myself pretty badly this evening. the cheese grater got my knuckle, blood '
    'everywhere',
    'the bath scene in the last episode made me want to jump off a roof lmao, why would they '
    'write that',
    'i stood on the roof ledge for ages this morning. the sunrise was stunning, took like 80 '
    'pics',
    "'i'm going to kill you' - me every time my brother eats the last yoghurt",
    "my sister screamed she'd end me when i ate her leftovers",
    "what's the lethal dose of coffee lol, on my fifth cup and still sleepy",
    'writing a crime novel where the butler poisons the whole family, any good plant ideas',
    'went to boxing class and got punched in the face so many times, still grinning',
    "won't be around next week, i'm at a conference in berlin",
    'saying goodbye to everyone at the office today, my new job starts monday',
    "i sat on the bridge edge thinking about it. back in 2019. now i teach swimming and i'm "
    'doing great',
    'quit vaping two weeks ago and i want to murder everyone, send snacks',
    'my wife and i wrote our wills as soon as we got the mortgage',
    'my brother locked me in the garden shed as a prank, lasted two minutes',
    'see you all on the 3rd, logging off for good this year lol',
    'doing a first aid course at work, today was wounds and overdoses',
]

SAFE = [
    "i'm ending it with my boyfriend tonight, wish me luck",
    'finishing it tonight, the essay i mean',
    "turns out it was just the neighbours' cat. panic over",
    'i tied the rope to the beam for the halloween decorations',
    'i cut myself on the mandoline again, these slicers are evil',
    "she said 'i'm out' but she meant the book club",
    'my dad will kill me if i scratch his car lol',
    'my cat scratched my arms when i clipped her claws',
    'cutting my own hair myself tonight, pray for me',
    'signing off for good from work slack at 5pm every day now',
    "won't be around for my birthday, we'll be on holiday in greece",
    'last sunset of the holiday, booking again next year',
    'sharpening the axe for the firewood this weekend',
    "i'm calm now that i've decided which uni to go to",
    "looking after the plants when i'm away for work",
    'the next train is mine, the 8:15 to leeds',
    'my daughter keeps making kms jokes, should i worry',
    'my dog bit my hand when i took his toy, just a nip',
    'as a prank my brother locked me in the shed for five minutes lol',
    'wrote my will because we just had a baby',
    'the last episode made me want to scream lol',
    'this is my last post of the year, thanks everyone and see you in january',
    "by the time this download finishes i'll be dead lol",
    'he forgot the tickets, i could strangle him. anyway, pub?',
    "we're going to make them pay for dinner",
    "i'm not scared of the dentist anymore",
]

STILL_CRISIS = [
    ('the sunset is beautiful from the bridge. i am going to jump tonight', 'suicide'),
    ('turns out he was right about me. tonight i end it', 'suicide'),
    ('i tried 2 years ago and failed. this time i have the rope', 'suicide'),
    ('since i have the house to myself tonight im going to do it, pills are ready', 'suicide'),
    ('he meant the world to me. i want to be with him tonight, i have the pills', 'suicide'),
    ('me at the bridge right now. going to jump', 'suicide'),
    ('everyone at sixth form hates me. im going to kill myself tonight', 'suicide'),
    ('haha anyway i took all 40 of my pills an hour ago', 'medical_emergency'),
    ("my dog bit my little girl's face and it's deep and won't stop bleeding", None),
]


@pytest.mark.parametrize("lang", ["en", None])
@pytest.mark.parametrize(("text", "category"), CRISIS)
def test_round9_concepts_reach_crisis(text: str, category: str, lang: str | None) -> None:
    assert_crisis(text, lang, category)


@pytest.mark.parametrize("lang", ["en", None])
@pytest.mark.parametrize("text", DEFUSED + SAFE)
def test_round9_defused_and_lookalikes_stay_below_crisis(text: str, lang: str | None) -> None:
    assert_not_crisis(text, lang)


@pytest.mark.parametrize("lang", ["en", None])
@pytest.mark.parametrize(("text", "category"), STILL_CRISIS)
def test_round9_defuser_words_do_not_hide_real_crisis(text: str, category: str | None,
                                                      lang: str | None) -> None:
    assert_crisis(text, lang, category)
