"""The wizard's order and remembered progress, without Qt (tested without widgets).

Progress is saved after every page so closing the wizard loses nothing: the next start
lands on the first page not yet done. It never holds a secret; those go to the keyring.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from withings_gui.core.atomic import atomic_write

PAGES = ("path", "hass", "callback", "portal", "credentials", "authorize", "profile", "finish")
PATH_KINDS = ("own_domain", "nabu_casa")
# The temporary profile the authorize page logs in under (a key in the secret store).
_PENDING_PROFILE = re.compile(r"_?[a-z0-9_]{1,40}")


@dataclass
class Progress:
    path_kind: str = "own_domain"     # or "nabu_casa"
    skip_hass: bool = False           # demo only
    contact_email: str = ""
    done: list[str] = field(default_factory=list)
    # Filled by the authorize page, used by the profile page.
    withings_userid: str = ""
    pending_profile: str = "_pending"
    # Why saved progress was set aside, for the first page to show. Deliberately without a
    # type annotation: a plain class attribute, not a dataclass field, so it is never saved.
    note = ""

    def mark_done(self, page: str) -> None:
        if page not in self.done:
            self.done.append(page)

    def resume_page(self) -> str:
        return next((page for page in PAGES if page not in self.done), PAGES[-1])

    def restart_person(self) -> None:
        """"Add another person": authorize and name the next profile."""
        self.done = [p for p in self.done if p not in ("authorize", "profile", "finish")]
        self.withings_userid = ""


def load_progress(path: Path) -> Progress:
    """The saved progress, or a fresh start; ``note`` says why when a saved file was unusable.

    The file is only a convenience, so whatever it holds never stops the wizard: a damaged
    one is set aside in favour of a fresh start (and overwritten by the next page done)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return Progress()
    except OSError as exc:
        return _fresh_start(path, f"it cannot be read: {exc.strerror}")
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        return _fresh_start(path, "it is nested too deeply")
    except ValueError:  # not UTF-8, not JSON, a number of thousands of digits
        return _fresh_start(path, "it is not valid JSON")
    if not isinstance(data, dict):
        return _fresh_start(path, "it is not a JSON object")
    values = {k: v for k, v in data.items() if k in Progress.__dataclass_fields__}
    problem = _progress_problem(values)
    if problem:
        return _fresh_start(path, problem)
    progress = Progress(**values)
    progress.done = [p for p in progress.done if p in PAGES]
    return progress


def _progress_problem(values: dict[str, Any]) -> str:
    for name, spec in Progress.__dataclass_fields__.items():
        if name not in values:
            continue
        value = values[name]
        if name == "done":
            if not (isinstance(value, list) and all(isinstance(p, str) for p in value)):
                return "its list of finished pages is not a list of page names"
        elif not isinstance(value, type(spec.default)):
            return f"{name} has a value of the wrong kind"
        elif isinstance(value, str) and not _is_plain_text(value):
            return f"{name} holds text that cannot be used"
    if values.get("path_kind", PATH_KINDS[0]) not in PATH_KINDS:
        return "its choice of callback address is unknown"
    if not _PENDING_PROFILE.fullmatch(values.get("pending_profile", "_pending")):
        return "its pending profile name is not a profile name"
    return ""


def _is_plain_text(text: str) -> bool:
    """UTF-8 storable (JSON can carry lone surrogates) and free of control characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return text.isprintable()


def _fresh_start(path: Path, why: str) -> Progress:
    progress = Progress()
    progress.note = (f"The saved setup progress ({Path(path).name}) could not be used ({why}), "
                     "so setup starts from the beginning; your settings are unchanged.")
    return progress


def save_progress(path: Path, progress: Progress) -> None:
    atomic_write(Path(path), json.dumps(asdict(progress), indent=1).encode("utf-8"))


def clear_progress(path: Path) -> None:
    Path(path).unlink(missing_ok=True)
