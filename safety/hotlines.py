"""The verified hotline directory: loads and validates ``safety/hotlines.yaml``.

Every number shipped carries a ``source`` URL and a ``verified`` date; loading fails with one
readable error naming the file and the entry when anything is missing or wrong, so a bad edit can
never reach a person in crisis.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

import yaml

FINDAHELPLINE_URL = "https://findahelpline.com"
DEFAULT_PATH = Path(__file__).with_name("hotlines.yaml")

# ISO 3166-1 alpha-2: every officially assigned code (249), from the tz database's iso3166.tab.
_ISO_ALPHA2_TEXT = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
    BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
    EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
    HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
    LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
    NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
    SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
    TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
"""
ISO_ALPHA2 = frozenset(_ISO_ALPHA2_TEXT.split())

# International calling codes, only to derive "+CC national" variants for known_numbers().
_CALLING_CODES = {
    "US": "1", "CA": "1", "GB": "44", "IE": "353", "AU": "61", "NZ": "64", "DE": "49",
    "AT": "43", "CH": "41", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "BE": "32",
    "PT": "351", "BR": "55", "MX": "52", "IN": "91", "JP": "81", "ZA": "27",
}  # fmt: skip

# 988 is the US/Canada crisis line only; these retired numbers must never ship again.
_ONLY_US_CA = "988"
_RETIRED = {"18002738255": "retired US Lifeline number (use 988)",
            "08457909090": "retired UK Samaritans number (use 116 123)"}  # fmt: skip

_TOP_KEYS = {"international", "countries"}
_INTL_KEYS = {"name", "url", "source", "verified"}
_COUNTRY_KEYS = {"name", "emergency", "emergency_other", "emergency_source", "verified",
                 "services", "note"}  # fmt: skip
_SERVICE_KEYS = {"name", "phone", "sms", "chat_url", "web_url", "hours", "free", "languages",
                 "topics", "source", "verified", "note"}  # fmt: skip
_SMS_KEYS = {"number", "keyword"}
_ALPHA2_RE = re.compile(r"[A-Za-z]{2}")

# Opening hours (see Hours): day names, contact channels and the fields of one period.
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CHANNELS = ("phone", "sms", "chat")
_PERIOD_KEYS = {"days", "from", "to"}
_START_RE = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
_END_RE = re.compile(r"([01]\d|2[0-3]):[0-5]\d|24:00")
_HOURS_FORMS = ('24/7, unknown, a period like {days: mon-fri, from: "09:30", to: "17:00"}, '
                "a list of periods, or per-channel hours like {phone: 24/7, chat: unknown}")


class Topic(StrEnum):
    """What a service helps with."""

    SUICIDE = "suicide"
    CRISIS = "crisis"
    DOMESTIC_VIOLENCE = "domestic_violence"
    SEXUAL_ASSAULT = "sexual_assault"
    CHILDREN_YOUTH = "children_youth"
    POISON = "poison"


@dataclass(frozen=True)
class Sms:
    """A text line: send ``keyword`` (or anything, when None) to ``number``."""

    number: str
    keyword: str | None


@dataclass(frozen=True)
class DayRange:
    """Days of the week from ``first`` to ``last`` (the same day for a single day)."""

    first: str
    last: str

    def __str__(self) -> str:
        """``mon``, or ``mon-fri`` for a range."""
        return self.first if self.first == self.last else f"{self.first}-{self.last}"


@dataclass(frozen=True)
class Period:
    """Open from ``start`` to ``end`` ("HH:MM", 24-hour) on ``days`` (empty: every day)."""

    days: tuple[DayRange, ...]
    start: str
    end: str

    def __str__(self) -> str:
        """``mon-fri 09:30-17:00`` or ``daily 16:00-21:00``."""
        days = ",".join(map(str, self.days)) if self.days else "daily"
        return f"{days} {self.start}-{self.end}"


@dataclass(frozen=True)
class Hours:
    """When a service answers: 24/7, set periods, per channel, or unknown (nothing set)."""

    always: bool = False
    periods: tuple[Period, ...] = ()
    # Per-channel hours, in CHANNELS order: (("phone", Hours(always=True)), ("chat", ...)).
    channels: tuple[tuple[str, Hours], ...] = ()

    @property
    def unknown(self) -> bool:
        """True when nothing is known about when the service answers."""
        return not self.always and not self.periods and all(h.unknown for _, h in self.channels)

    def template_vars(self) -> dict[str, Any]:
        """Plain data for the ``hours`` template (prompts/<locale>/hours.txt)."""
        return {
            "known": not self.unknown,
            "always": self.always,
            "periods": [
                {"daily": not p.days, "days": [{"first": d.first, "last": d.last} for d in p.days],
                 "start": p.start, "end": p.end}
                for p in self.periods
            ],
            "channels": [{"channel": name, **h.template_vars()} for name, h in self.channels],
        }

    def __str__(self) -> str:
        """The YAML-like spec (for docs and tools, never shown to a person in crisis)."""
        if self.channels:
            return "; ".join(f"{name} {hours}" for name, hours in self.channels)
        if self.always:
            return "24/7"
        return ", ".join(map(str, self.periods)) or "unknown"


ALWAYS = Hours(always=True)
UNKNOWN = Hours()


@dataclass(frozen=True)
class Service:
    """One helpline of one country."""

    name: str
    phone: str | None
    sms: Sms | None
    chat_url: str | None
    web_url: str | None
    hours: Hours
    free: bool
    languages: tuple[str, ...]
    topics: tuple[Topic, ...]
    source: str
    verified: date


@dataclass(frozen=True)
class Country:
    """A country's emergency number and helplines."""

    code: str
    name: str
    emergency: str
    emergency_source: str
    verified: date
    services: tuple[Service, ...]
    # Further emergency numbers that reach the same services (GB: 112 besides 999).
    emergency_other: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class International:
    """The fallback directory shown when we have no line for a country."""

    name: str
    url: str
    source: str
    verified: date


def digits_of(number: str) -> str:
    """Return only the digits of ``number``."""
    return "".join(ch for ch in number if ch.isdigit())


def is_valid_country(code: str) -> bool:
    """True when ``code`` is an assigned ISO 3166-1 alpha-2 code (case-insensitive)."""
    return (
        isinstance(code, str)
        and _ALPHA2_RE.fullmatch(code) is not None
        and code.upper() in ISO_ALPHA2
    )


def _covered(days: DayRange) -> list[str]:
    """Every day a range covers, wrapping past Sunday (fri-mon: fri, sat, sun, mon)."""
    i, j = DAYS.index(days.first), DAYS.index(days.last)
    return [DAYS[(i + k) % len(DAYS)] for k in range((j - i) % len(DAYS) + 1)]


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _number_variants(code: str, number: str) -> set[str]:
    """Digit forms of one number: as written, national (0…) and international (+CC…)."""
    d = digits_of(number)
    out = {d}
    cc = _CALLING_CODES.get(code)
    if cc is None or len(d) < 7:
        return out  # short codes only work nationally, as written
    if number.strip().startswith("+") and d.startswith(cc):
        national = d[len(cc) :]
        out.add(national)
        out.add("0" + national)
    elif cc == "1" and len(d) == 11 and d.startswith("1"):
        out.add(d[1:])  # 1-800-… written without the leading 1
    elif cc == "1" and len(d) == 10:
        out.add("1" + d)
    elif d.startswith("0"):
        out.add(cc + d[1:])
    else:
        out.add(cc + d)
    return out


class _Loader:
    """Validates the raw YAML, collecting the first error with the file and entry named."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, what: str) -> ValueError:
        return ValueError(f"{self.path}: {where}: {what}")

    def keys(self, where: str, raw: Any, allowed: set[str], required: Iterable[str]) -> None:
        if not isinstance(raw, dict):
            raise self.fail(where, "must be a mapping")
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise self.fail(where, f"unknown key(s) {', '.join(map(str, unknown))}")
        for key in required:
            if raw.get(key) in (None, ""):
                raise self.fail(where, f"missing '{key}'")

    def text(self, where: str, raw: dict[str, Any], key: str, optional: bool = False) -> str | None:
        value = raw.get(key)
        if value is None and optional:
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            raise self.fail(where, f"'{key}' must be quoted text, not a number")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"'{key}' must be non-empty text")
        return value.strip()

    def url(self, where: str, raw: dict[str, Any], key: str, optional: bool = False) -> str | None:
        value = self.text(where, raw, key, optional)
        if value is not None and (not value.startswith("https://") or not _host(value)):
            raise self.fail(where, f"'{key}' must be an https:// URL, got {value!r}")
        return value

    def day(self, where: str, raw: dict[str, Any], key: str = "verified") -> date:
        value = raw.get(key)
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise self.fail(where, f"'{key}' must be an ISO date (YYYY-MM-DD), got {value!r}")

    def number(self, where: str, code: str, value: str) -> str:
        d = digits_of(value)
        if not d or re.fullmatch(r"\+?[\d ()\-]+", value) is None:
            raise self.fail(where, f"bad number {value!r} (digits, spaces, - ( ) and a leading +)")
        if d == _ONLY_US_CA and code not in {"US", "CA"}:
            raise self.fail(where, "988 is only the US/Canada crisis line; never list it elsewhere")
        if d in _RETIRED:
            raise self.fail(where, f"{value} is a {_RETIRED[d]}")
        return value

    def hours(self, where: str, raw: Any, offered: tuple[str, ...]) -> Hours:
        """Parse ``hours``; ``offered`` are the channels the service lists (phone, sms, chat)."""
        if isinstance(raw, dict) and raw and set(raw) <= set(CHANNELS):
            return self.channel_hours(where, raw, offered)
        return self.plain_hours(where, raw)

    def plain_hours(self, where: str, raw: Any) -> Hours:
        if raw == "24/7":
            return ALWAYS
        if raw == "unknown":
            return UNKNOWN
        if isinstance(raw, dict):
            return Hours(periods=(self.period(where, raw),))
        if isinstance(raw, list) and raw:
            return Hours(periods=tuple(self.period(f"{where}[{i}]", p) for i, p in enumerate(raw)))
        raise self.fail(where, f"must be {_HOURS_FORMS}; got {raw!r}")

    def channel_hours(self, where: str, raw: dict[str, Any], offered: tuple[str, ...]) -> Hours:
        for name in offered:
            if name not in raw:
                raise self.fail(where, f"per-channel hours must cover {name} too (the service "
                                       f"lists a {name} contact)")
        for name in raw:
            if name not in offered:
                raise self.fail(where, f"hours for {name}, but the service lists no {name} "
                                       "contact")
        return Hours(channels=tuple((name, self.plain_hours(f"{where}.{name}", raw[name]))
                                    for name in CHANNELS if name in raw))

    def period(self, where: str, raw: Any) -> Period:
        self.keys(where, raw, _PERIOD_KEYS, sorted(_PERIOD_KEYS))
        days = self.days(where, raw["days"])
        start = self.time(where, raw, "from", _START_RE)
        end = self.time(where, raw, "to", _END_RE)
        if start == end:
            raise self.fail(where, f"'from' and 'to' are the same time ({start})")
        if not days and (start, end) == ("00:00", "24:00"):
            raise self.fail(where, "daily 00:00-24:00 is round the clock: write hours: 24/7")
        return Period(days, start, end)

    def time(self, where: str, raw: dict[str, Any], key: str, pattern: re.Pattern[str]) -> str:
        value = raw[key]
        if isinstance(value, int) and not isinstance(value, bool):
            raise self.fail(where, f"'{key}' must be a quoted time like \"16:00\" (unquoted, "
                                   "YAML reads 16:00 as a number)")
        if not isinstance(value, str) or pattern.fullmatch(value) is None:
            limit = "00:00 to 23:59" if key == "from" else "00:00 to 24:00"
            raise self.fail(where, f"'{key}' must be a 24-hour time HH:MM ({limit}), got "
                                   f"{value!r}")
        return value

    def days(self, where: str, raw: Any) -> tuple[DayRange, ...]:
        """``daily``, a day, a range (``mon-fri``) or a list of days and ranges; no overlaps."""
        if raw == "daily":
            return ()
        items = raw if isinstance(raw, list) and raw else [raw]
        ranges = tuple(self.day_range(where, item) for item in items)
        seen: list[str] = []
        for r in ranges:
            covered = _covered(r)
            twice = [d for d in covered if d in seen]
            if twice:
                raise self.fail(where, f"'days' lists {twice[0]} twice")
            seen += covered
        if len(seen) == len(DAYS):
            raise self.fail(where, "'days' covers the whole week: write days: daily")
        return ranges

    def day_range(self, where: str, raw: Any) -> DayRange:
        first, _, last = raw.partition("-") if isinstance(raw, str) else ("", "", "")
        last = last or first
        if first not in DAYS or last not in DAYS or (first == last and "-" in raw):
            raise self.fail(where, f"bad 'days' value {raw!r} (use daily, a day such as mon, a "
                                   "range such as mon-fri, or a list such as [mon, wed])")
        return DayRange(first, last)

    def service(self, where: str, code: str, raw: Any) -> Service:
        if isinstance(raw, dict) and raw.get("name"):
            where = f"{where} ({raw['name']})"
        self.keys(where, raw, _SERVICE_KEYS, ("name", "hours", "topics", "source", "verified"))
        phone = self.text(where, raw, "phone", optional=True)
        if phone is not None:
            self.number(where, code, phone)
        sms = None
        if raw.get("sms") is not None:
            self.keys(f"{where}.sms", raw["sms"], _SMS_KEYS, ("number",))
            sms_number = self.number(where, code, str(self.text(where, raw["sms"], "number")))
            sms = Sms(sms_number, self.text(where, raw["sms"], "keyword", optional=True))
        chat = self.url(where, raw, "chat_url", optional=True)
        web = self.url(where, raw, "web_url", optional=True)
        if phone is None and sms is None and chat is None:
            raise self.fail(where, "needs at least one of phone, sms, chat_url")
        offered = tuple(n for n, v in zip(CHANNELS, (phone, sms, chat), strict=True) if v)
        if not isinstance(raw.get("free"), bool):
            raise self.fail(where, "'free' must be true or false")
        langs = raw.get("languages")
        if not isinstance(langs, list) or not langs or not all(isinstance(x, str) for x in langs):
            raise self.fail(where, "'languages' must be a non-empty list of language codes")
        topics_raw = raw.get("topics")
        if not isinstance(topics_raw, list) or not topics_raw:
            raise self.fail(where, "'topics' must be a non-empty list")
        try:
            topics = tuple(Topic(t) for t in topics_raw)
        except ValueError as exc:
            raise self.fail(where, f"unknown topic in {topics_raw}: {exc}") from None
        return Service(
            name=str(self.text(where, raw, "name")),
            phone=phone,
            sms=sms,
            chat_url=chat,
            web_url=web,
            hours=self.hours(f"{where}.hours", raw["hours"], offered),
            free=raw["free"],
            languages=tuple(langs),
            topics=topics,
            source=str(self.url(where, raw, "source")),
            verified=self.day(where, raw),
        )

    def country(self, code: Any, raw: Any) -> Country:
        where = f"countries.{code}"
        if not isinstance(code, str) or code != code.upper() or not is_valid_country(code):
            raise self.fail(where, "not an upper-case ISO 3166-1 alpha-2 code")
        self.keys(where, raw, _COUNTRY_KEYS, ("name", "emergency", "emergency_source", "verified"))
        emergency = self.number(where, code, str(self.text(where, raw, "emergency")))
        other_raw = raw.get("emergency_other") or []
        if not isinstance(other_raw, list):
            raise self.fail(where, "'emergency_other' must be a list")
        other = tuple(self.number(where, code, str(x)) for x in other_raw)
        services_raw = raw.get("services") or []
        if not isinstance(services_raw, list):
            raise self.fail(where, "'services' must be a list")
        services = tuple(
            self.service(f"{where}.services[{i}]", code, s) for i, s in enumerate(services_raw)
        )
        return Country(
            code=code,
            name=str(self.text(where, raw, "name")),
            emergency=emergency,
            emergency_source=str(self.url(where, raw, "emergency_source")),
            verified=self.day(where, raw),
            services=services,
            emergency_other=other,
        )

    def load(self) -> tuple[International, dict[str, Country]]:
        try:
            raw = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise ValueError(f"{self.path}: cannot read hotline directory: {exc}") from exc
        self.keys("top level", raw, _TOP_KEYS, ("international", "countries"))
        intl_raw = raw["international"]
        self.keys("international", intl_raw, _INTL_KEYS, ("name", "url", "source", "verified"))
        intl = International(
            name=str(self.text("international", intl_raw, "name")),
            url=str(self.url("international", intl_raw, "url")),
            source=str(self.url("international", intl_raw, "source")),
            verified=self.day("international", intl_raw),
        )
        if not isinstance(raw["countries"], dict):
            raise self.fail("countries", "must be a mapping of country code to entry")
        countries = {code: self.country(code, c) for code, c in raw["countries"].items()}
        return intl, countries


class Directory:
    """The loaded, validated hotline directory."""

    def __init__(self, international: International, countries: dict[str, Country]) -> None:
        self.international = international
        self._countries = dict(countries)

    @classmethod
    def load(cls, path: Path | None = None) -> Directory:
        """Load and validate the directory (default: the shipped ``safety/hotlines.yaml``)."""
        intl, countries = _Loader(Path(path) if path else DEFAULT_PATH).load()
        return cls(intl, countries)

    def country(self, code: str | None) -> Country | None:
        """The country for an ISO alpha-2 code (any case); None when unknown."""
        if not code or not isinstance(code, str):
            return None
        return self._countries.get(code.strip().upper())

    def services_for(self, code: str | None, topics: Iterable[Topic]) -> tuple[Service, ...]:
        """Services matching any topic, in topic order, then the general suicide/crisis lines."""
        country = self.country(code)
        if country is None:
            return ()
        out: list[Service] = []
        for topic in [*topics, Topic.SUICIDE, Topic.CRISIS]:
            out.extend(s for s in country.services if topic in s.topics and s not in out)
        return tuple(out)

    def best_phone(self, code: str | None) -> str | None:
        """The phone number of the country's first suicide/crisis line, if any."""
        for service in self.services_for(code, (Topic.SUICIDE, Topic.CRISIS)):
            if service.phone:
                return service.phone
        return None

    def codes(self) -> tuple[str, ...]:
        """Country codes in the directory, sorted."""
        return tuple(sorted(self._countries))

    @functools.cache  # noqa: B019 - immutable, process-long; the guard asks for every reply
    def numbers_for(self, code: str | None) -> frozenset[str]:
        """Digit forms of every number of one country (empty when unknown)."""
        country = self.country(code)
        if country is None:
            return frozenset()
        out: set[str] = set()
        for number in (country.emergency, *country.emergency_other):
            out |= _number_variants(country.code, number)
        for s in country.services:
            if s.phone:
                out |= _number_variants(country.code, s.phone)
            if s.sms:
                out |= _number_variants(country.code, s.sms.number)
        return frozenset(out)

    @functools.cache  # noqa: B019 - immutable, process-long
    def known_numbers(self) -> frozenset[str]:
        """Digit forms of every phone, SMS and emergency number in the directory."""
        out: set[str] = set()
        for code in self._countries:
            out |= self.numbers_for(code)
        return frozenset(out)

    @functools.cache  # noqa: B019 - a directory is immutable and lives as long as the process
    def known_links(self) -> frozenset[str]:
        """Hosts and URLs of every chat, web and source link, plus findahelpline.com."""
        urls = {FINDAHELPLINE_URL, self.international.url, self.international.source}
        for c in self._countries.values():
            urls.add(c.emergency_source)
            for s in c.services:
                urls.update(u for u in (s.chat_url, s.web_url, s.source) if u)
        return frozenset(urls | {_host(u) for u in urls})

    def stale(self, days: int, today: date) -> list[tuple[Country, Service | None]]:
        """Entries verified more than ``days`` days before ``today`` (None = emergency row)."""
        out: list[tuple[Country, Service | None]] = []
        for code in self.codes():
            c = self._countries[code]
            if (today - c.verified).days > days:
                out.append((c, None))
            out.extend((c, s) for s in c.services if (today - s.verified).days > days)
        return out


def run_stale(
    out: TextIO, days: int, today: date | None = None, directory: Directory | None = None
) -> int:
    """Print one line per entry verified more than ``days`` days ago; return 0."""
    directory = directory or Directory.load()
    today = today or date.today()
    rows = directory.stale(days, today)
    for country, service in rows:
        name = service.name if service else f"emergency {country.emergency}"
        verified = service.verified if service else country.verified
        source = service.source if service else country.emergency_source
        out.write(f"{country.code}  {name}  verified {verified.isoformat()}  {source}\n")
    if not rows:
        out.write(f"none stale: every entry was verified within {days} days of {today}\n")
    return 0


if __name__ == "__main__":  # pragma: no cover - manual check: python -m safety.hotlines 180
    sys.exit(run_stale(sys.stdout, int(sys.argv[1]) if len(sys.argv) > 1 else 180))
