"""Crisis replies: the full block with local lines, or a short reminder within one crisis."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from bot.messages import Button, Reply, ReplyKind, Target
from bot.pipeline import Services, Turn
from safety import Category
from safety.hotlines import FINDAHELPLINE_URL, Hours, Service, Topic

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

if TYPE_CHECKING:
    from bot.prompts import Prompts, PromptSet
    from handlers.review import CaseDesk

log = logging.getLogger(__name__)


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


def hours_phrase(prompts: Prompts | PromptSet, hours: Hours, locale: str | None) -> str:
    """Opening hours as a short phrase in the locale's words ("" when the hours are unknown)."""
    return prompts.render("hours", locale, hours=hours.template_vars())


def _service_vars(prompts: Prompts | PromptSet, service: Service, locale: str | None
                  ) -> dict[str, Any]:
    return {
        "name": service.name,
        "phone": service.phone,
        "sms": service.sms.number if service.sms else None,
        "sms_keyword": service.sms.keyword if service.sms else None,
        "chat_url": service.chat_url,
        "web_url": service.web_url,
        "hours": hours_phrase(prompts, service.hours, locale),
        "free": service.free,
    }


def crisis_vars(
    svc: Services, country: str | None, categories: tuple[str, ...], locale: str | None
) -> dict[str, Any]:
    """The directory facts a crisis template needs, for one country, categories and locale."""
    entry = svc.directory.country(country)
    services = svc.directory.services_for(country, topics_for(categories)) if entry else ()
    return {
        "emergency": entry.emergency if entry else None,
        "services": [_service_vars(svc.prompts, s, locale) for s in services[:MAX_SERVICES]],
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
    offer_plan: bool = False,
) -> Reply:
    """Render the crisis block (or its short reminder) with lines for the user's country."""
    facts = crisis_vars(svc, country, categories, locale)
    name = "crisis" if full else "crisis_reminder"
    text = svc.prompts.render(
        name, locale, imminent=imminent, categories=list(categories), group=group, **facts
    )
    buttons: tuple[Button, ...] = ()
    if not group:
        buttons = (Button(svc.prompts.label("human", locale), "/human"),)
        if offer_plan:
            buttons += (Button(svc.prompts.label("safety_plan", locale), "/safetyplan"),)
    tags = frozenset({"full" if full else "reminder", *(["imminent"] if imminent else [])})
    return Reply(ReplyKind.CRISIS, text, buttons=buttons, tags=tags)


async def answer_crisis(
    svc: Services,
    desk: CaseDesk,
    turn: Turn,
    categories: tuple[str, ...],
    imminent: bool,
    source: str,
    excerpt: str | None,
) -> list[Reply]:
    """Everything a crisis sets off: the event, the reply (full or reminder), the case, the alerts.

    A running flow is paused: questions about sleep or appetite can wait.
    """
    state = turn.user.crisis
    window = svc.settings.crisis_window_hours * 3600
    recent = state is not None and svc.clock() - state.last_at < window
    rank = 3 if imminent else 2
    country = turn.country
    full = not recent or state is None or rank > state.rank or country != state.country
    log.info("crisis user=%s source=%s categories=%s imminent=%s full=%s",
             turn.user.id, source, ",".join(categories), imminent, full)
    await svc.store.add_safety_event(
        turn.user.id, turn.incoming.platform, source, "crisis", categories, imminent)
    consented = (turn.user.consent == "agreed"
                 and turn.user.consent_version == svc.prompts.current.disclosure_version)
    group = not turn.incoming.private
    answer = crisis_reply(svc, turn.locale, country, categories, imminent, full, group=group,
                          offer_plan=consented)
    await svc.store.set_crisis_state(turn.user.id, rank, imminent, country, full)
    if turn.user.flow is not None:
        await svc.store.pause_flows(turn.user.id)
    svc.pacer.cancel(turn.incoming.user_key)
    turn.crisis_mode = True
    alerts = await desk.flag(
        turn, reason=source if source != "message" else "crisis",
        severity="imminent" if imminent else "high",
        category=categories[0] if categories else "suicide", excerpt=excerpt)
    private: list[Reply] = []
    if group:  # the full block, privately, as well as the short pointer
        full_block = crisis_reply(svc, turn.locale, country, categories, imminent, full=True,
                                  offer_plan=consented)
        private = [replace(full_block, target=Target.private_chat(
            turn.incoming.platform, turn.incoming.user_id))]
    return [answer, *private, *alerts]
