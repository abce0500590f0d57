"""Profile slugs: what a person's name becomes in entity ids, and what a saved slug may be.

Part of the profile model (config checks saved slugs at every start); Home Assistant's entity
ids built from a slug are in ``hass/naming.py``.
"""

from __future__ import annotations

import re

MAX_SLUG_LENGTH = 32
# What earlier versions accepted: still read from a saved config (refusing it would stop
# every profile), while new slugs must pass ``check_slug``.
_SAVED_SLUG = re.compile(r"[a-z][a-z0-9_]*")


class ProfileNameError(ValueError):
    """A profile name that cannot become a slug; the message says how to fix it."""


def slugify_profile(name: str) -> str:
    """``"Bob Smith"`` → ``"bob_smith"``; ``"Zoë"`` → ``"zoe"``. Raises ProfileNameError.

    Underscores typed by the user are kept as typed, so ``"anna_"`` is refused (HA would
    drop the ``_``) rather than quietly becoming another slug than the one written.
    """
    if not name or not name.strip():
        raise ProfileNameError("Enter the person's name, for example Alice.")
    import unicodedata  # here: the wizard makes slugs, every start only checks them (config)

    for char in name:
        if char.isalnum() and not char.isascii() and not _latin_form(char):
            raise ProfileNameError(
                f"{char!r} has no plain Latin spelling that Home Assistant and this app would "
                "agree on; type the name in Latin letters (for example oyvind for Øyvind).")
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    core = re.sub(r"^\W+|\W+$", "", ascii_name)  # spaces, dots, "!" at either end
    if not core:
        raise ProfileNameError(
            f"{_shortened(name)!r} has no Latin letters or digits to build an entity id from; "
            "use a name such as alice or bob_smith.")
    return check_slug(re.sub(r"[^a-z0-9_]+", "_", core))


def check_slug(slug: str) -> str:
    """A slug given as is (CLI ``--profile``); ProfileNameError saying why HA could not use it.

    Home Assistant turns names into entity ids with its ``slugify``; a slug is usable only
    when that leaves it unchanged (else HA's ids and ours differ), and ours must also start
    with a letter and stay short.
    """
    problem = slug_problem(slug)
    if problem:
        raise ProfileNameError(f"Profile {_shortened(slug)!r} cannot be used: {problem}.")
    return slug


def is_saved_slug(slug: str) -> bool:
    """Whether a slug read from config.json has a form this app can work with."""
    return bool(_SAVED_SLUG.fullmatch(slug)) and len(slug) <= MAX_SLUG_LENGTH


def slug_problem(slug: str) -> str:
    """Why Home Assistant (or this app) cannot use ``slug`` as it is; '' when it can."""
    example = "for example alice or bob_smith"
    if not slug:
        return f"it is empty; give a name in lowercase letters, {example}"
    for char in slug:
        if not char.isascii():
            forms = [c if c.isascii() else _latin_form(c) for c in slug.lower()]
            plain = "".join(forms) if all(forms) and slug.isalnum() else ""
            return (f"{char!r} is not a plain Latin letter and Home Assistant would rewrite it "
                    f"in entity ids; write it as {plain!r}" if plain else
                    f"{char!r} is not a plain Latin letter and Home Assistant would rewrite it "
                    f"in entity ids; use only a–z, 0–9 and '_'")
        if char.isupper():
            return f"use lowercase letters only ({slug.lower()!r} instead)"
        if not (char.isdigit() or char.islower() or char == "_"):
            return f"{char!r} is not allowed; use only a–z, 0–9 and '_', {example}"
    for end, where in ((slug[0], "starts"), (slug[-1], "ends")):
        if end == "_":
            return (f"it {where} with '_', which Home Assistant drops "
                    f"({slug.strip('_') or 'nothing is left'!r})")
    if not slug[0].isalpha():
        return f"it must start with a letter, {example}"
    if "__" in slug:
        return ("Home Assistant merges '__' into a single '_' "
                f"({'_'.join(part for part in slug.split('_') if part)!r})")
    if len(slug) > MAX_SLUG_LENGTH:
        return f"it is {len(slug)} characters long; use at most {MAX_SLUG_LENGTH}"
    return ""


def _latin_form(char: str) -> str:
    """``é`` → ``e``; '' for a character whose decomposed form is not Latin (ß, ø, 中)."""
    import unicodedata  # only on the way to an error message

    plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode().lower()
    return plain if plain.isalnum() else ""


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text or "") <= limit else text[:limit] + "…"
