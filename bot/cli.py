"""`carebridge …`: parse arguments, load settings once, and hand off to the right module."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when needed: `safety` commands start faster without pydantic
    from bot.config import Settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="carebridge",
        description="CareBridge: a safety-first support companion (an AI, not a therapist).",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = sub.add_parser("chat", help="talk to CareBridge in this terminal",
                          description="Talk to CareBridge in this terminal.")
    chat.add_argument("--user", default="console", help="user id to chat as (default: console)")
    chat.add_argument("--country", help="ISO country code for crisis lines, e.g. GB")
    chat.add_argument("--locale", help="language, e.g. en, es, de")
    chat.add_argument("--json", action="store_true",
                      help="read one message per line on stdin, write one JSON object per reply")
    chat.add_argument("--files", type=Path, metavar="DIR",
                      help="where images and files from replies are written "
                           "(default: a new temporary folder)")

    run = sub.add_parser("run", help="run the bot on a chat platform",
                         description="Run the bot on Telegram, Discord, or both.")
    run.add_argument("platform", choices=["telegram", "discord", "all"])

    safety = sub.add_parser("safety", help="crisis detector and hotline tools",
                            description="Crisis detector and hotline directory tools.")
    ssub = safety.add_subparsers(dest="safety_command", required=True, metavar="ACTION")
    ssub.add_parser("scan", help="assess JSON lines from stdin",
                    description='Read {"text": ..., "lang": ...} lines on stdin; write '
                                '{"level": ..., "categories": [...]} lines in the same order.')
    ev = ssub.add_parser("eval", help="score the detector on the project corpus and benchmarks",
                         description="Print recall, precision and false-crisis rates.")
    ev.add_argument("--benchmarks", type=Path, default=Path("../shared/benchmarks"),
                    help="folder with the public benchmark files")
    hl = ssub.add_parser("hotlines", help="list hotline entries not verified recently",
                         description="List hotline directory entries not verified within DAYS.")
    hl.add_argument("--stale", type=int, required=True, metavar="DAYS")

    prompts = sub.add_parser("prompts", help="check, preview and version the templates",
                             description="Operators' template tools.")
    psub = prompts.add_subparsers(dest="prompts_command", required=True, metavar="ACTION")
    check = psub.add_parser("check", help="validate a template folder",
                            description="Validate a template folder; prints file:line: problem.")
    check.add_argument("dir", nargs="?", type=Path, help="folder (default: PROMPTS_DIR)")
    version = psub.add_parser("version", help="print the template set's content hash",
                              description="Print the live template set's content hash.")
    version.add_argument("dir", nargs="?", type=Path, help="folder (default: PROMPTS_DIR)")
    preview = psub.add_parser("preview", help="render one template",
                              description="Render one template with sample values.")
    preview.add_argument("name")
    preview.add_argument("--locale")
    preview.add_argument("--var", action="append", default=[], metavar="KEY=VALUE")
    preview.add_argument("--dir", type=Path, help="folder (default: PROMPTS_DIR)")

    evaluate = sub.add_parser("eval", help="run scenario conversations against the LLM",
                              description="Run YAML scenarios through the full pipeline.")
    evaluate.add_argument("files", nargs="*", type=Path,
                          help="scenario files or folders (default: the shipped scenarios/)")
    evaluate.add_argument("--json", type=Path, dest="json_path", help="write results as JSON")

    review = sub.add_parser("review", help="moderators: review flagged cases",
                            description="Review flagged cases on the command line.")
    rsub = review.add_subparsers(dest="review_command", required=True, metavar="ACTION")
    rl = rsub.add_parser("list", help="list cases", description="List cases, newest first.")
    rl.add_argument("--state", choices=["open", "claimed", "resolved"])
    rs = rsub.add_parser("show", help="show one case", description="Show one case.")
    rs.add_argument("id", type=int)
    rc = rsub.add_parser("claim", help="claim a case", description="Claim a case.")
    rc.add_argument("id", type=int)
    rc.add_argument("--as", dest="actor", required=True, help="moderator id, e.g. telegram:123")
    rr = rsub.add_parser("resolve", help="resolve a case", description="Resolve a case.")
    rr.add_argument("id", type=int)
    rr.add_argument("--note", default="")
    rr.add_argument("--as", dest="actor", default="cli", help="moderator id (default: cli)")

    report = sub.add_parser("report", help="anonymous counts for a period (SB 243)",
                            description="Crisis referrals, cases by category and state, and "
                                        "median time to claim; no personal data.")
    report.add_argument("--from", dest="since", required=True, help="YYYY-MM-DD (inclusive)")
    report.add_argument("--to", dest="until", required=True, help="YYYY-MM-DD (inclusive)")
    report.add_argument("--json", action="store_true")
    return p


# Libraries whose debug logs would carry request bodies (message text): never below WARNING.
LIBRARY_LOGGERS = ("httpx", "httpx2", "httpcore", "telegram", "discord", "openai", "aiosqlite")


def _logging(level: str, interactive: bool) -> None:
    if interactive and level == "INFO":
        level = "WARNING"  # keep the terminal readable; LOG_LEVEL=DEBUG still shows all
    logging.basicConfig(
        level=level,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    for noisy in LIBRARY_LOGGERS:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `carebridge` command."""
    args = _parser().parse_args(argv)
    if args.command == "safety":
        # The detector and the directory need no settings; skipping them starts scans faster.
        _logging("WARNING", interactive=True)
        return _guarded(lambda: _safety(args))
    from bot.config import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"carebridge: {exc}", file=sys.stderr)
        return 2
    _logging(settings.log_level, interactive=args.command in {"chat", "prompts", "review",
                                                                  "report", "eval"})
    return _guarded(lambda: _dispatch(args, settings))


def _guarded(run: Callable[[], int]) -> int:
    """Run a command; an operator sees one line for an expected failure, not a traceback."""
    try:
        return run()
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # an operator sees one line, not a traceback
        from bot.prompts import PromptError

        if isinstance(exc, PromptError):
            print(f"carebridge: the templates are not fit to use:\n{exc}", file=sys.stderr)
            return 2
        if isinstance(exc, ValueError | OSError):
            print(f"carebridge: {exc}", file=sys.stderr)
            return 2
        raise


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "chat":
        return asyncio.run(_chat(args, settings))
    if args.command == "run":
        from bot.runner import run_platforms

        return run_platforms(settings, args.platform)
    if args.command == "prompts":
        return _prompts(args, settings)
    if args.command == "eval":
        from bot.evaluation import run_eval

        return asyncio.run(run_eval(settings, args.files, sys.stdout, args.json_path))
    if args.command in {"review", "report"}:
        from bot.review_cli import run_report, run_review

        if args.command == "report":
            return asyncio.run(run_report(settings, args.since, args.until, args.json,
                                          sys.stdout))
        return asyncio.run(run_review(settings, args, sys.stdout))
    raise AssertionError(args.command)


async def _chat(args: argparse.Namespace, settings: Settings) -> int:
    from bot.adapters.console import run_console
    from bot.app import build
    from safety.hotlines import is_valid_country

    if args.country and not is_valid_country(args.country.upper()):
        print(f"carebridge: --country {args.country!r} is not an ISO 3166-1 alpha-2 code",
              file=sys.stderr)
        return 2
    app = await build(settings)
    try:
        return await run_console(app, args.user, args.country, args.locale, args.json,
                                 files=args.files)
    finally:
        await app.close()


def _safety(args: argparse.Namespace) -> int:
    if args.safety_command == "scan":
        from safety.scan import run_scan

        return run_scan(sys.stdin, sys.stdout)
    if args.safety_command == "eval":
        from safety.evaluation import run_eval as run_safety_eval

        corpus = sorted(Path(__file__).resolve().parent.parent.glob("tests/data/safety_*.jsonl"))
        return run_safety_eval(sys.stdout, args.benchmarks, corpus)
    from safety.hotlines import run_stale

    return run_stale(sys.stdout, args.stale)


def _prompts(args: argparse.Namespace, settings: Settings) -> int:
    from bot import prompts_check

    if args.prompts_command == "check":
        return prompts_check.run_check(args.dir or settings.prompts_dir, sys.stdout)
    if args.prompts_command == "version":
        return prompts_check.run_version(args.dir or settings.prompts_dir, sys.stdout)
    variables = {}
    for item in args.var:
        key, sep, value = item.partition("=")
        if not sep:
            print(f"carebridge: --var {item!r} must be KEY=VALUE", file=sys.stderr)
            return 2
        variables[key] = value
    return prompts_check.run_preview(args.dir or settings.prompts_dir, args.name, args.locale,
                                     variables, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
