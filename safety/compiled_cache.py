"""On-disk cache of compiled lexicons, so that a new process skips their compilation.

A compiled form is pickled under ``~/.cache/carebridge`` (or ``$CAREBRIDGE_CACHE_DIR``; an empty
value turns the cache off), in a file named by a hash of its source files and of this package's
code: any edit to a lexicon or to the compiler makes a new key.  The newest few files of each
name are kept (several checkouts may share the folder); a missing, unreadable or unwritable
cache only costs the compilation.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

__all__ = ["cached"]

CACHE_ENV = "CAREBRIDGE_CACHE_DIR"
_KEEP = 8  # cache files kept per name
_PACKAGE = Path(__file__).parent

T = TypeVar("T")


def cached(name: str, sources: Sequence[Path], build: Callable[[], T],
           valid: Callable[[object], bool]) -> T:
    """``build()``'s result for ``sources``, read from the cache when one is current.

    ``valid`` checks what was unpickled (a foreign or damaged file is rebuilt).
    """
    try:
        file = _cache_file(name, sources)
    except OSError:
        file = None
    if file is not None:
        try:
            data = _load(file)
            if valid(data):
                _settle()
                return data  # type: ignore[no-any-return]
        except Exception:  # a missing, partial or foreign cache file is only slower
            pass
    data = build()
    if file is not None:
        _store(file, data)
    _settle()
    return data


def _load(file: Path) -> object:
    """Unpickle ``file`` with the cyclic garbage collector paused."""
    # unpickling creates tens of thousands of containers; each batch would otherwise start
    # a collection that walks every object again (three times slower in total)
    enabled = gc.isenabled()
    gc.disable()
    try:
        with open(file, "rb") as fh:
            return pickle.load(fh)
    finally:
        if enabled:
            gc.enable()


def _settle() -> None:
    """Move what exists now (the compiled data included) out of the collector's sight."""
    # compiled lexicons live as long as the process: without this, every full collection
    # during message handling walks their ~100,000 objects again
    gc.freeze()


def _cache_file(name: str, sources: Sequence[Path]) -> Path | None:
    """Where the compiled form of ``sources`` is kept (None: caching is off)."""
    root = os.environ.get(CACHE_ENV)
    if root == "":
        return None
    folder = Path(root) if root else Path.home() / ".cache" / "carebridge"
    h = hashlib.sha256(f"{name}|{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    for p in [*sorted(_PACKAGE.glob("*.py")), *sources]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return folder / f"{name}-{h.hexdigest()[:40]}.pickle"


def _store(file: Path, data: object) -> None:
    """Write ``data`` to ``file`` atomically and drop all but the newest caches of its name."""
    name = file.name.rsplit("-", 1)[0]
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=f".{name}-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, file)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        files = sorted(file.parent.glob(f"{name}-*.pickle"),
                       key=lambda f: f.stat().st_mtime, reverse=True)
        for old in files[_KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        pass
