"""The verified hotline directory: loading, validation, lookups, staleness."""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml

from safety.hotlines import (
    DEFAULT_PATH,
    FINDAHELPLINE_URL,
    DayRange,
    Directory,
    Hours,
    Period,
    Topic,
    is_valid_country,
    run_stale,
)

REQUIRED = ("US", "CA", "GB", "IE", "AU", "NZ", "DE", "AT", "CH", "FR", "ES", "IT", "NL", "BE",
            "PT", "BR", "MX", "IN", "JP", "ZA")  # fmt: skip


@pytest.fixture(scope="module")
def directory() -> Directory:
    return Directory.load()


def _raw() -> dict:
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, raw: dict) -> Path:
    path = tmp_path / "hotlines.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_shipped_directory_loads_with_required_countries(directory: Directory) -> None:
    assert set(REQUIRED) <= set(directory.codes())
    for code in directory.codes():
        country = directory.country(code)
        assert country is not None and country.emergency
        assert country.emergency_source.startswith("https://")
        for s in country.services:
            assert s.source.startswith("https://") and isinstance(s.verified, date)
            assert s.phone or s.sms or s.chat_url


def test_gb_has_samaritans_and_no_988(directory: Directory) -> None:
    gb = directory.country("gb")
    assert gb is not None and gb.emergency == "999"
    phones = [s.phone for s in gb.services]
    assert "116 123" in phones
    assert "988" not in directory.numbers_for("GB")
    assert "08457909090" not in directory.known_numbers()


def test_us_has_988_call_and_text(directory: Directory) -> None:
    best = directory.services_for("US", [Topic.SUICIDE])[0]
    assert best.phone == "988" and best.sms is not None and best.sms.number == "988"
    assert "18002738255" not in directory.known_numbers()


def test_988_only_in_us_and_ca(directory: Directory) -> None:
    for code in directory.codes():
        assert ("988" in directory.numbers_for(code)) == (code in {"US", "CA"})


def test_unknown_country(directory: Directory) -> None:
    assert directory.country(None) is None
    assert directory.country("ZZ") is None
    assert directory.country("xx") is None
    assert directory.services_for("ZZ", [Topic.SUICIDE]) == ()
    assert directory.services_for(None, list(Topic)) == ()


def test_services_for_orders_topic_first_then_general(directory: Directory) -> None:
    services = directory.services_for("us", [Topic.POISON])
    assert services[0].name == "Poison Help"
    assert any(Topic.SUICIDE in s.topics for s in services[1:])
    assert len({s.name for s in services}) == len(services)


def test_known_numbers_cover_formats(directory: Directory) -> None:
    known = directory.known_numbers()
    assert {"116123", "988", "18002221222", "8002221222", "08001110111", "498001110111"} <= known
    assert {"024", "3114", "741741", "85258"} <= known


def test_known_links(directory: Directory) -> None:
    links = directory.known_links()
    assert FINDAHELPLINE_URL in links and "findahelpline.com" in links
    assert "988lifeline.org" in links and "samaritans.org" in links


def test_international_fallback(directory: Directory) -> None:
    assert directory.international.url == FINDAHELPLINE_URL
    assert directory.international.source.startswith("https://")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r["countries"]["GB"]["services"][0].pop("source"), "missing 'source'"),
        (lambda r: r["countries"]["GB"]["services"][0].update(verified="2026-13-45"),
         "ISO date"),
        (lambda r: r["countries"]["GB"].update(verified="yesterday"), "ISO date"),
        (lambda r: r["countries"]["GB"]["services"][0].update(phone="988"), "988"),
        (lambda r: r["countries"]["GB"]["services"][0].update(colour="red"), "unknown key"),
        (lambda r: r["countries"]["GB"]["services"][0].update(phone="08457 90 90 90"),
         "retired"),
        (lambda r: r["countries"]["US"]["services"][0].update(phone="1-800-273-8255"),
         "retired"),
        (lambda r: r["countries"]["GB"]["services"][0].update(topics=["sadness"]),
         "unknown topic"),
        (lambda r: r["countries"].update(XX=r["countries"]["GB"]), "ISO 3166-1"),
        (lambda r: r["countries"]["GB"]["services"][0].update(source="http://x.example"),
         "https"),
    ],
)
def test_broken_copy_is_rejected_naming_file_and_entry(
    tmp_path: Path, mutate: Callable[[dict], object], message: str
) -> None:
    raw = _raw()
    mutate(raw)
    path = _write(tmp_path, raw)
    with pytest.raises(ValueError) as err:
        Directory.load(path)
    text = str(err.value)
    assert str(path) in text
    assert message in text
    assert "countries." in text


def test_error_names_the_service(tmp_path: Path) -> None:
    raw = _raw()
    raw["countries"]["GB"]["services"][0].pop("source")
    with pytest.raises(ValueError, match=r"countries\.GB\.services\[0\] \(Samaritans\)"):
        Directory.load(_write(tmp_path, raw))


def test_stale_listing_with_fixed_today(tmp_path: Path) -> None:
    raw = _raw()
    raw["countries"] = {"GB": raw["countries"]["GB"]}
    raw["countries"]["GB"]["verified"] = date(2026, 1, 1)
    raw["countries"]["GB"]["services"][0]["verified"] = date(2026, 1, 1)
    raw["countries"]["GB"]["services"][1]["verified"] = date(2026, 11, 1)
    d = Directory.load(_write(tmp_path, raw))
    today = date(2026, 11, 23)
    stale = d.stale(180, today)
    rows = [(c.code, s.name if s else None) for c, s in stale]
    assert rows == [("GB", None), ("GB", "Samaritans")]
    out = io.StringIO()
    assert run_stale(out, 180, today=today, directory=d) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[1].startswith("GB  Samaritans  verified 2026-01-01  https://")
    out = io.StringIO()
    assert run_stale(out, 400, today=today, directory=d) == 0
    assert out.getvalue().startswith("none stale")


def test_shipped_directory_not_stale_at_ship_date(directory: Directory) -> None:
    assert directory.stale(365, date(2026, 11, 23)) == []


@pytest.mark.parametrize(("code", "ok"), [("GB", True), ("gb", True), ("UK", False), ("XX", False),
                                          ("G1", False), ("GBR", False), ("", False)])
def test_is_valid_country(code: str, ok: bool) -> None:
    assert is_valid_country(code) is ok


# Opening hours ---------------------------------------------------------------------------------

PERIOD = {"days": "mon-fri", "from": "09:30", "to": "17:00"}


def _with_hours(tmp_path: Path, hours: object, **service: object) -> Directory:
    """Load the shipped directory with GB's Samaritans (phone only) given ``hours``."""
    raw = _raw()
    raw["countries"]["GB"]["services"][0].update(hours=hours, **service)
    return Directory.load(_write(tmp_path, raw))


@pytest.mark.parametrize(
    ("hours", "service", "spec"),
    [
        ("24/7", {}, "24/7"),
        ("unknown", {}, "unknown"),
        (PERIOD, {}, "mon-fri 09:30-17:00"),
        ({"days": "daily", "from": "16:00", "to": "21:00"}, {}, "daily 16:00-21:00"),
        ({"days": "sun", "from": "22:00", "to": "06:00"}, {}, "sun 22:00-06:00"),
        ({"days": ["mon", "wed-thu"], "from": "10:00", "to": "24:00"}, {},
         "mon,wed-thu 10:00-24:00"),
        ([PERIOD, {"days": "sat", "from": "10:00", "to": "12:00"}], {},
         "mon-fri 09:30-17:00, sat 10:00-12:00"),
        ({"phone": "24/7", "chat": {"days": "daily", "from": "16:00", "to": "23:00"}},
         {"chat_url": "https://www.samaritans.org"}, "phone 24/7; chat daily 16:00-23:00"),
        ({"phone": "24/7", "sms": [PERIOD], "chat": "unknown"},
         {"chat_url": "https://www.samaritans.org", "sms": {"number": "85258"}},
         "phone 24/7; sms mon-fri 09:30-17:00; chat unknown"),
    ],
)
def test_every_hours_form_loads(tmp_path: Path, hours: object, service: dict, spec: str) -> None:
    loaded = _with_hours(tmp_path, hours, **service).country("GB")
    assert loaded is not None
    assert str(loaded.services[0].hours) == spec


def test_hours_value_objects(tmp_path: Path) -> None:
    hours = _with_hours(tmp_path, [PERIOD]).country("GB").services[0].hours  # type: ignore[union-attr]
    assert hours == Hours(periods=(Period((DayRange("mon", "fri"),), "09:30", "17:00"),))
    assert not hours.always and not hours.unknown
    assert Hours(always=True).template_vars()["known"] is True
    assert Hours().unknown and Hours(channels=(("phone", Hours()),)).unknown
    assert not Hours(channels=(("phone", Hours()), ("chat", Hours(always=True)))).unknown


@pytest.mark.parametrize(
    ("hours", "service", "message"),
    [
        ("hours not confirmed", {}, ".hours: must be 24/7, unknown, a period"),
        ("Mon-Fri 09:30-17:00", {}, "got 'Mon-Fri 09:30-17:00'"),
        (None, {}, "missing 'hours'"),
        ([], {}, "must be 24/7, unknown"),
        ({"days": "mon-fri", "from": 960, "to": "17:00"}, {},
         "'from' must be a quoted time like \"16:00\""),
        ({"days": "mon-fri", "from": "9:30", "to": "17:00"}, {}, "24-hour time HH:MM"),
        ({"days": "mon-fri", "from": "09:30", "to": "25:00"}, {}, "got '25:00'"),
        ({"days": "mon-fri", "from": "24:00", "to": "08:00"}, {}, "'from' must be a 24-hour"),
        ({"days": "mon-fri", "from": "09:30"}, {}, "missing 'to'"),
        ({"days": "mon-fri", "from": "09:30", "to": "17:00", "tz": "UTC"}, {},
         "unknown key(s) tz"),
        ({"days": "Monday", "from": "09:30", "to": "17:00"}, {}, "bad 'days' value 'Monday'"),
        ({"days": "mon-mon", "from": "09:30", "to": "17:00"}, {}, "bad 'days' value 'mon-mon'"),
        ({"days": ["mon-fri", "wed"], "from": "09:30", "to": "17:00"}, {},
         "'days' lists wed twice"),
        ({"days": "mon-sun", "from": "09:30", "to": "17:00"}, {}, "write days: daily"),
        ({"days": "mon", "from": "09:30", "to": "09:30"}, {}, "the same time (09:30)"),
        ({"days": "daily", "from": "00:00", "to": "24:00"}, {}, "write hours: 24/7"),
        ({"phone": "24/7"}, {"chat_url": "https://www.samaritans.org"},
         "per-channel hours must cover chat too"),
        ({"phone": "24/7", "sms": "24/7"}, {}, "hours for sms, but the service lists no sms"),
        ({"phone": "24/7", "days": "daily"}, {}, "unknown key(s) phone"),
        ({"phone": {"phone": "24/7"}}, {}, ".hours.phone"),
    ],
)
def test_malformed_hours_are_rejected_naming_file_and_entry(
    tmp_path: Path, hours: object, service: dict, message: str
) -> None:
    with pytest.raises(ValueError) as err:
        _with_hours(tmp_path, hours, **service)
    text = str(err.value)
    assert str(tmp_path / "hotlines.yaml") in text
    assert "countries.GB.services[0] (Samaritans)" in text
    assert message in text


def test_unquoted_yaml_time_is_explained(tmp_path: Path) -> None:
    shipped = DEFAULT_PATH.read_text(encoding="utf-8")
    line = 'from: "09:30", to: "17:00"}   # NOT 24/7 (L\'Essentiel)'
    assert shipped.count(line) == 1
    text = shipped.replace(line, line.replace('"09:30"', "10:30"))
    path = tmp_path / "hotlines.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"\(SOS Viol\)\.hours: 'from' must be a quoted time"):
        Directory.load(path)


def test_shipped_hours_are_structured(directory: Directory) -> None:
    services = [s for code in directory.codes() for s in directory.country(code).services]  # type: ignore[union-attr]
    assert len(services) == 86
    assert all(isinstance(s.hours, Hours) for s in services)
    assert sum(s.hours.unknown for s in services) == 5
    assert "hours: hours not confirmed" not in DEFAULT_PATH.read_text(encoding="utf-8")
    at = directory.country("AT").services[0]  # type: ignore[union-attr]
    assert str(at.hours) == "phone 24/7; chat daily 16:00-23:00"


def test_docs_table_matches_the_directory() -> None:
    path = Path(__file__).resolve().parent.parent / "tools" / "hotlines_table.py"
    spec = importlib.util.spec_from_file_location("hotlines_table", path)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.main(["--check"]) == 0, "run: python tools/hotlines_table.py"
