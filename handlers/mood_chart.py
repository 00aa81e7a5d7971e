"""The mood chart: a PNG drawn off-screen (matplotlib's Agg backend) and its text summary."""

from __future__ import annotations

import io
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.store import Checkin, Result

WIDTH_PX, HEIGHT_PX, DPI = 800, 400, 100
TREND_PER_WEEK = 0.5  # a slope smaller than this (mood points per week) reads as steady
TREND_MIN_DAYS = 2.0  # check-ins closer together than this say nothing about a trend
MAX_SCORES = {"phq9": 27, "gad7": 21}


@dataclass(frozen=True)
class ChartLabels:
    """The chart's words, from the user's locale."""

    title: str
    mood: str
    score: str
    phq9: str
    gad7: str


def _local(ts: float, zone: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(ts, UTC).astimezone(zone)


def trend(checkins: Sequence[Checkin]) -> str | None:
    """`up`, `down` or `steady` (least-squares slope per week); None with under 3 points or days."""
    if len(checkins) < 3 or checkins[-1].at - checkins[0].at < TREND_MIN_DAYS * 86400:
        return None
    xs = [c.at / (7 * 86400) for c in checkins]
    ys = [float(c.mood) for c in checkins]
    slope = statistics.linear_regression(xs, ys).slope
    if slope > TREND_PER_WEEK:
        return "up"
    if slope < -TREND_PER_WEEK:
        return "down"
    return "steady"


def summarise(checkins: Sequence[Checkin], results: Sequence[Result], zone: ZoneInfo
              ) -> dict[str, Any]:
    """The figures the text summary states (what a screen reader user needs from the chart)."""
    out: dict[str, Any] = {"count": len(checkins), "average": None, "lowest": None,
                           "highest": None, "latest": None, "latest_date": None,
                           "latest_feeling": None, "trend": trend(checkins),
                           "phq9": None, "gad7": None}
    if checkins:
        moods = [c.mood for c in checkins]
        out["average"] = round(statistics.fmean(moods), 1)
        out["lowest"], out["highest"] = min(moods), max(moods)
        out["latest"] = checkins[-1].mood
        out["latest_date"] = _local(checkins[-1].at, zone).strftime("%Y-%m-%d")
        out["latest_feeling"] = checkins[-1].feeling
    for name in ("phq9", "gad7"):
        mine = [r for r in results if r.instrument == name]
        if mine:
            last = mine[-1]
            out[name] = {"score": last.score, "band": last.band, "count": len(mine),
                         "date": _local(last.at, zone).strftime("%Y-%m-%d")}
    return out


def render_chart(checkins: Sequence[Checkin], results: Sequence[Result], zone: ZoneInfo,
                 labels: ChartLabels, start: datetime, end: datetime) -> bytes:
    """An 800×400 PNG: mood (0–10) over time, questionnaire scores on a second axis."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_title(labels.title)
    ax.set_ylim(-0.5, 10.5)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel(labels.mood)
    ax.grid(True, alpha=0.3)
    handles = []
    if checkins:
        xs = [_local(c.at, zone) for c in checkins]
        (line,) = ax.plot(xs, [c.mood for c in checkins], marker="o", color="#2a7ab9",
                          label=labels.mood)
        handles.append(line)
    if results:
        ax2 = ax.twinx()
        ax2.set_ylim(-1, 28)
        ax2.set_ylabel(labels.score)
        styles = {"phq9": ("s", "#c0392b", labels.phq9), "gad7": ("^", "#8e44ad", labels.gad7)}
        for name, (marker, color, text) in styles.items():
            mine = [r for r in results if r.instrument == name]
            if mine:
                (points,) = ax2.plot([_local(r.at, zone) for r in mine], [r.score for r in mine],
                                     linestyle="--", marker=marker, color=color, label=text)
                handles.append(points)
    locator = AutoDateLocator(tz=zone)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator, tz=zone))
    if start < end:
        ax.set_xlim(start, end + (end - start) * 0.03)  # room for today's points
    if handles:
        ax.legend(handles=handles, loc="upper left", fontsize="small")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    return buf.getvalue()
