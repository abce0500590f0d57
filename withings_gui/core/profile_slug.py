"""Profile slugs: what a person's name becomes in entity ids, and what a saved slug may be.

Part of the profile model (config checks saved slugs at every start); Home Assistant's entity
ids built from a slug are in ``hass/naming.py``.
"""

from __future__ import annotations

import re

from withings_gui.core.errors import Explained
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

C = "core.profile_slug"
MAX_SLUG_LENGTH = 32
# What earlier versions accepted: still read from a saved config (refusing it would stop
# every profile), while new slugs must pass ``check_slug``.
_SAVED_SLUG = re.compile(r"[a-z][a-z0-9_]*")


class ProfileNameError(Explained, ValueError):
    """A profile name that cannot become a slug; the message says how to fix it."""


def _said(source: str, **values: object) -> Message:
    return Message(C, source, values)


def slugify_profile(name: str) -> str:
    """``"Bob Smith"`` → ``"bob_smith"``; ``"Zoë"`` → ``"zoe"``. Raises ProfileNameError.

    Underscores typed by the user are kept as typed, so ``"anna_"`` is refused (HA would
    drop the ``_``) rather than quietly becoming another slug than the one written.
    """
    if not name or not name.strip():
        raise ProfileNameError(_said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "Enter the person's name, for example Alice.")))
    import unicodedata  # here: the wizard makes slugs, every start only checks them (config)

    for char in name:
        if char.isalnum() and not char.isascii() and not _latin_form(char):
            raise ProfileNameError(_said(QT_TRANSLATE_NOOP(
                "core.profile_slug", "{char} has no plain Latin spelling that Home Assistant "
                "and this app would agree on; type the name in Latin letters (for example "
                "oyvind for Øyvind)."), char=repr(char)))
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    core = re.sub(r"^\W+|\W+$", "", ascii_name)  # spaces, dots, "!" at either end
    if not core:
        raise ProfileNameError(_said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "{name} has no Latin letters or digits to build an entity id "
            "from; use a name such as alice or bob_smith."), name=repr(_shortened(name))))
    return check_slug(re.sub(r"[^a-z0-9_]+", "_", core))


def check_slug(slug: str) -> str:
    """A slug given as is (CLI ``--profile``); ProfileNameError saying why HA could not use it.

    Home Assistant turns names into entity ids with its ``slugify``; a slug is usable only
    when that leaves it unchanged (else HA's ids and ours differ), and ours must also start
    with a letter and stay short.
    """
    problem = _problem(slug)
    if problem:
        raise ProfileNameError(_said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "Profile {profile} cannot be used: {problem}."),
            profile=repr(_shortened(slug)), problem=problem))
    return slug


def is_saved_slug(slug: str) -> bool:
    """Whether a slug read from config.json has a form this app can work with."""
    return bool(_SAVED_SLUG.fullmatch(slug)) and len(slug) <= MAX_SLUG_LENGTH


def slug_problem(slug: str) -> str:
    """Why Home Assistant (or this app) cannot use ``slug`` as it is; '' when it can."""
    problem = _problem(slug)
    return problem.english() if problem else ""


def _problem(slug: str) -> Message | None:
    """``slug_problem`` as a Message for the user; None when the slug is usable."""
    if not slug:
        return _said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "it is empty; give a name in lowercase letters, for example "
            "alice or bob_smith"))
    for char in slug:
        if not char.isascii():
            forms = [c if c.isascii() else _latin_form(c) for c in slug.lower()]
            plain = "".join(forms) if all(forms) and slug.isalnum() else ""
            if plain:
                return _said(QT_TRANSLATE_NOOP(
                    "core.profile_slug", "{char} is not a plain Latin letter and Home "
                    "Assistant would rewrite it in entity ids; write it as {plain}"),
                    char=repr(char), plain=repr(plain))
            return _said(QT_TRANSLATE_NOOP(
                "core.profile_slug", "{char} is not a plain Latin letter and Home Assistant "
                "would rewrite it in entity ids; use only a–z, 0–9 and '_'"), char=repr(char))
        if char.isupper():
            return _said(QT_TRANSLATE_NOOP(
                "core.profile_slug", "use lowercase letters only ({lower} instead)"),
                lower=repr(slug.lower()))
        if not (char.isdigit() or char.islower() or char == "_"):
            return _said(QT_TRANSLATE_NOOP(
                "core.profile_slug", "{char} is not allowed; use only a–z, 0–9 and '_', for "
                "example alice or bob_smith"), char=repr(char))
    left = repr(slug.strip("_") or "nothing is left")
    if slug[0] == "_":
        return _said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "it starts with '_', which Home Assistant drops ({left})"),
            left=left)
    if slug[-1] == "_":
        return _said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "it ends with '_', which Home Assistant drops ({left})"),
            left=left)
    if not slug[0].isalpha():
        return _said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "it must start with a letter, for example alice or bob_smith"))
    if "__" in slug:
        return _said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "Home Assistant merges '__' into a single '_' ({merged})"),
            merged=repr("_".join(part for part in slug.split("_") if part)))
    if len(slug) > MAX_SLUG_LENGTH:
        return _said(QT_TRANSLATE_NOOP(
            "core.profile_slug", "it is {length} characters long; use at most {limit}"),
            length=len(slug), limit=MAX_SLUG_LENGTH)
    return None


def _latin_form(char: str) -> str:
    """``é`` → ``e``; '' for a character whose decomposed form is not Latin (ß, ø, 中)."""
    import unicodedata  # only on the way to an error message

    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode().lower()
    return plain if plain.isalnum() else ""


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text or "") <= limit else text[:limit] + "…"
