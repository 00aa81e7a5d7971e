"""Crisis replies: the full block with local lines, or a short reminder within one crisis."""

from __future__ import annotations

from typing import Any

from bot.messages import Button, Reply, ReplyKind
from bot.pipeline import Services
from safety import Category
from safety.hotlines import FINDAHELPLINE_URL, Service, Topic

# Which services to show first for each category (general suicide/crisis lines follow).
_TOPICS: dict[Category, tuple[Topic, ...]] = {
    Category.SUICIDE: (Topic.SUICIDE, Topic.CRISIS),
    Category.SELF_HARM: (Topic.SUICIDE, Topic.CRISIS),
    Category.HARM_TO_OTHERS: (Topic.CRISIS, Topic.SUICIDE),
    Category.ABUSE: (Topic.DOMESTIC_VIOLENCE, Topic.SEXUAL_ASSAULT, Topic.CHILDREN_YOUTH,
                     Topic.CRISIS),
    Category.MEDICAL_EMERGENCY: (Topic.POISON, Topic.SUICIDE, Topic.CRISIS),
}
MAX_SERVICES = 4


def topics_for(categories: tuple[str, ...]) -> tuple[Topic, ...]:
    """The directory topics to look up for detected categories, most relevant first."""
    seen: list[Topic] = []
    for cat in categories or (Category.SUICIDE,):
        for topic in _TOPICS.get(Category(cat), (Topic.SUICIDE, Topic.CRISIS)):
            if topic not in seen:
                seen.append(topic)
    for topic in (Topic.SUICIDE, Topic.CRISIS):
        if topic not in seen:
            seen.append(topic)
    return tuple(seen)


def _service_vars(service: Service) -> dict[str, Any]:
    return {
        "name": service.name,
        "phone": service.phone,
        "sms": service.sms.number if service.sms else None,
        "sms_keyword": service.sms.keyword if service.sms else None,
        "chat_url": service.chat_url,
        "web_url": service.web_url,
        "hours": service.hours,
        "free": service.free,
    }


def crisis_vars(
    svc: Services, country: str | None, categories: tuple[str, ...]
) -> dict[str, Any]:
    """The directory facts a crisis template needs, for one country and set of categories."""
    entry = svc.directory.country(country)
    services = svc.directory.services_for(country, topics_for(categories)) if entry else ()
    return {
        "emergency": entry.emergency if entry else None,
        "services": [_service_vars(s) for s in services[:MAX_SERVICES]],
        "country_known": entry is not None,
        "country_name": entry.name if entry else None,
        "findahelpline_url": FINDAHELPLINE_URL,
    }


def crisis_reply(
    svc: Services,
    locale: str,
    country: str | None,
    categories: tuple[str, ...],
    imminent: bool,
    full: bool,
    group: bool = False,
) -> Reply:
    """Render the crisis block (or its short reminder) with lines for the user's country."""
    facts = crisis_vars(svc, country, categories)
    name = "crisis" if full else "crisis_reminder"
    text = svc.prompts.render(
        name, locale, imminent=imminent, categories=list(categories), group=group, **facts
    )
    buttons = () if group else (Button(svc.prompts.label("human", locale), "/human"),)
    tags = frozenset({"full" if full else "reminder", *(["imminent"] if imminent else [])})
    return Reply(ReplyKind.CRISIS, text, buttons=buttons, tags=tags)
