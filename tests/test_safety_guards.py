"""The reply guard: directory-only numbers and links, blocks, length cap."""

from __future__ import annotations

import pytest

from safety.guards import SERIOUS, GuardReason, block_reasons, guard_reply
from safety.hotlines import Directory


@pytest.fixture(scope="module")
def directory() -> Directory:
    return Directory.load()


# ------------------------------------------------------------------------- numbers


def test_invented_number_replaced_with_country_line(directory: Directory) -> None:
    r = guard_reply("You could call the helpline at 0800 123 4567 tonight.", directory, "GB")
    assert not r.blocked
    assert r.reasons == (GuardReason.PHONE_REPLACED,)
    assert "116 123" in r.text and "0800 123 4567" not in r.text
    assert r.text.startswith("You could call the helpline at ")


def test_retired_us_number_replaced_with_988(directory: Directory) -> None:
    r = guard_reply("Please call 1-800-273-8255 right now.", directory, "us")
    assert r.text == "Please call 988 right now."
    assert GuardReason.PHONE_REPLACED in r.reasons


def test_988_outside_us_is_replaced(directory: Directory) -> None:
    r = guard_reply("You can call or text 988 any time.", directory, "GB")
    assert "988" not in r.text and "116 123" in r.text


def test_unknown_country_gets_findahelpline(directory: Directory) -> None:
    r = guard_reply("Call 555-867-5309 now.", directory, None)
    assert r.text == "Call findahelpline.com now."
    r = guard_reply("Call 988 now.", directory, "ZZ")
    assert "988" not in r.text and "findahelpline.com" in r.text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Call Samaritans free on 116 123, any time, or 999 in an emergency.", "GB"),
        ("Call or text 988, or chat at https://988lifeline.org.", "US"),
        ("Poison Help: 1-800-222-1222 (or 1 800 222 1222, or (800) 222-1222).", "US"),
        ("Ruf die TelefonSeelsorge an: 0800 111 0 111 oder 0800 1110222.", "DE"),
        ("Ruf die TelefonSeelsorge an: +49 800 111 0 111.", "DE"),
        ("Llama al 024 o al 112.", "ES"),
        ("Appelle le 3114.", "FR"),
        ("Text SHOUT to 85258.", "GB"),
        ("Samaritans: 116 123. Find more at findahelpline.com.", None),
    ],
)
def test_directory_numbers_and_links_kept(directory: Directory, text: str, country: str) -> None:
    r = guard_reply(text, directory, country)
    assert r == type(r)(text=text, blocked=False, reasons=())


def test_years_times_counts_are_not_touched(directory: Directory) -> None:
    text = "In 2024 at 10:30 you walked 5 kms and paid $12.99 (version 3.11.7) on 23/11/2026."
    assert guard_reply(text, directory, "GB").text == text


# ------------------------------------------------------------------------- links


def test_unknown_link_removed_sentence_kept(directory: Directory) -> None:
    r = guard_reply("You might read https://random-blog.example.com/cope today.", directory, "GB")
    assert r.text == "You might read today."
    assert r.reasons == (GuardReason.LINK_REMOVED,)


def test_markdown_link_keeps_label(directory: Directory) -> None:
    r = guard_reply("See [this guide](https://self-help.example.net/x).", directory, "US")
    assert r.text == "See this guide."


def test_bare_domain_removed_but_sentence_typo_kept(directory: Directory) -> None:
    r = guard_reply("I'm here.It's okay. Try calmwaves.io for tips.", directory, "US")
    assert r.text == "I'm here.It's okay. Try for tips."
    assert r.reasons == (GuardReason.LINK_REMOVED,)


def test_known_links_kept_including_subpaths(directory: Directory) -> None:
    text = "Chat: https://988lifeline.org/chat/ or www.samaritans.org/how-we-can-help."
    assert guard_reply(text, directory, "US").text == text


# ------------------------------------------------------------------------- blocks

BLOCKS = {
    GuardReason.METHOD: [
        "A lethal dose of paracetamol is around that amount.",
        "If you take 20 pills at once it would be over.",
        "The most painless way would be to sleep.",
        "People jump from a height of 30 metres.",
        "You would cut along the vein, not across.",
        "The Golden Gate Bridge is about 67 m high above the water.",
        "The tallest bridges in the city are listed here.",
        "Tie the rope to a beam and make a noose.",
        "The toxic level is 150 mg/kg for most adults.",
        "How many pills would kill someone your size?",
        "That would be enough to kill you.",
        "The quickest way to die is not something I will describe.",
        "Una dosis letal de ese medicamento es muy baja.",
        "Die tödliche Dosis liegt bei etwa zehn Gramm.",
        "Die schmerzloseste Art, um zu sterben, gibt es nicht.",
    ],
    GuardReason.HUMAN_CLAIM: [
        "I'm a real person, and I care about you.",
        "I am human too, so I understand.",
        "As a human, I know how hard this is.",
        "Don't worry, I'm not an AI.",
        "Soy una persona real y te escucho.",
        "Ich bin ein echter Mensch.",
    ],
    GuardReason.PROFESSIONAL_CLAIM: [
        "As your therapist, I think we should talk about this.",
        "I'm a licensed counselor and I hear this often.",
        "I am a psychologist, so trust me.",
        "As a doctor, I can tell you this is normal.",
        "In my professional opinion, you will be fine.",
        "Como tu terapeuta, te recomiendo descansar.",
        "Ich bin deine Therapeutin.",
    ],
    GuardReason.DIAGNOSIS: [
        "You have depression, and that's okay.",
        "You are bipolar, which explains the swings.",
        "You suffer from BPD.",
        "It sounds like you have PTSD.",
        "What you're describing sounds like an anxiety disorder.",
        "Tienes depresión.",
        "Du hast eine Depression.",
    ],
    GuardReason.MEDICATION: [
        "You should stop your sertraline for a while.",
        "You should increase your dose tonight.",
        "Try 50mg of diphenhydramine to sleep.",
        "Maybe try melatonin tonight.",
        "Stop taking your antidepressants if they make you tired.",
        "Deberías dejar tu medicación.",
        "Du solltest deine Medikamente absetzen.",
    ],
}

LOOK_ALIKES = [
    "I'm an AI, not a human or a therapist, but I'm here to listen.",
    "Talking to a therapist could help, and I can help you find one.",
    "A counsellor such as a therapist or a GP can help.",
    "Depression is common and treatable.",
    "Only a doctor can tell whether you have depression.",
    "Feeling this way doesn't mean you have depression.",
    "Please don't take more pills than prescribed.",
    "Please don't stop your medication without talking to your doctor first.",
    "It might help to ask your doctor about your medication.",
    "That sounds really hard. You deserve care as a human being.",
    "Hang in there, you're not alone.",
    "You sound depressed and exhausted, and that makes sense.",
    "It's okay to feel anxious; you have a lot going on.",
    "You've been through so much this year.",
    "We walked over the Golden Gate Bridge last summer.",
    "You can take your time. Taking a walk might help.",
    "You should start by taking a few deep breaths.",
    "Are you safe right now? Do you have a plan to hurt yourself?",
    "If you're thinking about ways to end your life, please call 988.",
    "Please keep your medication somewhere hard to reach tonight.",
    "Soy una IA, no una persona, pero estoy aquí.",
    "Ich bin kein Mensch, sondern eine KI.",
    "Ein Therapeut kann dir helfen.",
    "I'm a good listener, but I'm not a therapist.",
    "My practice of mindfulness helps me",
]


@pytest.mark.parametrize(
    ("reason", "text"), [(reason, t) for reason, texts in BLOCKS.items() for t in texts]
)
def test_blocks(directory: Directory, reason: GuardReason, text: str) -> None:
    r = guard_reply(text, directory, "US")
    assert r.blocked
    assert r.text == ""
    assert reason in r.reasons


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_not_blocked(text: str) -> None:
    assert block_reasons(text) == ()


def test_curly_apostrophe_does_not_slip_past() -> None:
    assert GuardReason.HUMAN_CLAIM in block_reasons("I\u2019m a real person.")


def test_only_method_is_serious() -> None:
    assert frozenset({GuardReason.METHOD}) == SERIOUS
    assert set(block_reasons("A lethal dose is 10 g.")) & SERIOUS


def test_blocked_result_carries_no_text(directory: Directory) -> None:
    r = guard_reply("I am a real person. Call 0800 000 0000.", directory, "GB")
    assert r.blocked and r.text == "" and r.reasons == (GuardReason.HUMAN_CLAIM,)


# ------------------------------------------------------------------------- length


def test_length_cut_at_sentence_boundary(directory: Directory) -> None:
    text = "This is one sentence. " * 40
    r = guard_reply(text, directory, "GB", max_chars=100)
    assert not r.blocked
    assert r.reasons == (GuardReason.LENGTH,)
    assert len(r.text) <= 100
    assert r.text.endswith("sentence.")


def test_short_reply_untouched(directory: Directory) -> None:
    r = guard_reply("I'm here with you.", directory, "GB", max_chars=100)
    assert r.text == "I'm here with you." and r.reasons == ()


def test_long_input_is_fast(directory: Directory) -> None:
    import time

    text = ("you should " * 2000) + ("1 2 " * 5000) + ("call " * 3000) + "a" * 50000
    start = time.perf_counter()
    guard_reply(text, directory, "US", max_chars=10**6)
    assert time.perf_counter() - start < 2.0
