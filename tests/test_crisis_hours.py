"""Opening hours in crisis replies: one short phrase per locale, from prompts/<locale>/hours.txt."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.prompts import PromptSet
from handlers.crisis import crisis_reply, hours_phrase
from safety.hotlines import ALWAYS, UNKNOWN, DayRange, Directory, Hours, Period

PROMPTS = PromptSet(Path(__file__).resolve().parent.parent / "prompts")

WEEKDAYS = Hours(periods=(Period((DayRange("mon", "fri"),), "09:30", "17:00"),))
SEVERAL = Hours(periods=(
    Period((DayRange("mon", "sat"),), "14:00", "20:00"),
    Period((DayRange("mon", "mon"), DayRange("wed", "wed"), DayRange("thu", "thu")), "10:00",
           "12:00"),
))
PER_CHANNEL = Hours(channels=(("phone", ALWAYS),
                              ("chat", Hours(periods=(Period((), "16:00", "23:00"),)))))
PARTLY_KNOWN = Hours(channels=(("phone", ALWAYS), ("chat", UNKNOWN)))


@pytest.mark.parametrize(
    ("hours", "en", "es", "de"),
    [
        (ALWAYS, "24/7", "24 horas", "rund um die Uhr"),
        (WEEKDAYS, "Mon–Fri 09:30–17:00", "de lunes a viernes de 09:30 a 17:00",
         "Mo–Fr 09:30–17:00 Uhr"),
        (SEVERAL, "Mon–Sat 14:00–20:00 and Mon, Wed, Thu 10:00–12:00",
         "de lunes a sábado de 14:00 a 20:00 y lunes, miércoles y jueves de 10:00 a 12:00",
         "Mo–Sa 14:00–20:00 Uhr und Mo, Mi, Do 10:00–12:00 Uhr"),
        (PER_CHANNEL, "phone 24/7, chat daily 16:00–23:00",
         "teléfono 24 horas; chat todos los días de 16:00 a 23:00",
         "Telefon rund um die Uhr, Chat täglich 16:00–23:00 Uhr"),
        (PARTLY_KNOWN, "phone 24/7", "teléfono 24 horas", "Telefon rund um die Uhr"),
        (UNKNOWN, "", "", ""),
    ],
)
def test_hours_phrase_per_locale(hours: Hours, en: str, es: str, de: str) -> None:
    assert [hours_phrase(PROMPTS, hours, loc) for loc in ("en", "es", "de")] == [en, es, de]


def test_unknown_locale_falls_back_to_english() -> None:
    assert hours_phrase(PROMPTS, WEEKDAYS, "fr-BE") == "Mon–Fri 09:30–17:00"


@pytest.mark.parametrize("locale", ["en", "es", "de"])
def test_unknown_hours_are_left_out_of_the_crisis_block(locale: str) -> None:
    svc = SimpleNamespace(directory=Directory.load(), prompts=PROMPTS)
    # Germany, abuse: Hilfetelefon Sexueller Missbrauch (hours unknown) and Nummer gegen Kummer.
    reply = crisis_reply(svc, locale, "DE", ("abuse",), imminent=False, full=True)  # type: ignore[arg-type]
    text = reply.text
    line = next(x for x in text.splitlines() if "Hilfetelefon Sexueller Missbrauch" in x)
    assert line.endswith(("free", "gratuito", "kostenlos")), line
    for word in ("not confirmed", "unknown", "no confirmado", "nicht bestätigt"):
        assert word not in text
    expected = {"en": "Mon–Sat 14:00–20:00", "es": "de lunes a sábado de 14:00 a 20:00",
                "de": "Mo–Sa 14:00–20:00 Uhr"}[locale]
    assert f"· {expected}" in text
