"""The wizard's order and remembered progress, without Qt (tested without widgets).

Progress is saved after every page so closing the wizard loses nothing: the next start
lands on the first page not yet done. It never holds a secret; those go to the keyring.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from withings_gui.core.atomic import atomic_write

PAGES = ("path", "hass", "callback", "portal", "credentials", "authorize", "profile", "finish")


@dataclass
class Progress:
    path_kind: str = "own_domain"     # or "nabu_casa"
    skip_hass: bool = False           # demo only
    contact_email: str = ""
    done: list[str] = field(default_factory=list)
    # Filled by the authorize page, used by the profile page.
    withings_userid: str = ""
    pending_profile: str = "_pending"

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
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        known = {k: v for k, v in data.items() if k in Progress.__dataclass_fields__}
        progress = Progress(**known)
        progress.done = [p for p in progress.done if p in PAGES]
        return progress
    except (OSError, ValueError, TypeError):
        return Progress()  # no or unreadable progress: start at the beginning


def save_progress(path: Path, progress: Progress) -> None:
    atomic_write(Path(path), json.dumps(asdict(progress), indent=1).encode("utf-8"))


def clear_progress(path: Path) -> None:
    Path(path).unlink(missing_ok=True)
