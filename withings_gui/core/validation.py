"""Format checks for what the user types: Withings app credentials and the HA URL.

Only formats: whether the network agrees is for ``doctor`` and the wizard's Test buttons.
Each failure says what is wrong and how to fix it.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import SplitResult, urlsplit

from withings_gui.core.config import MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES
from withings_gui.core.errors import Explained
from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

WITHINGS_CREDENTIAL_LENGTH = 64
_HEX = re.compile(r"^[0-9a-fA-F]+$")
MAX_URL_LENGTH = 2000
MAX_HOST_LABEL = 63   # RFC 1035: one part between dots
MAX_HOST_NAME = 253   # RFC 1035: the whole name, dots included, without a final dot
# Control, format (zero-width, bidi), surrogate, private-use and unassigned characters.
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


C = "core.validation"
# What a web address is for, as callers name it (the wizard passes these words)
WHATS = {"callback URL": QT_TRANSLATE_NOOP("core.validation", "callback URL"),
         "Home Assistant address": QT_TRANSLATE_NOOP("core.validation",
                                                     "Home Assistant address"),
         "address": QT_TRANSLATE_NOOP("core.validation", "address")}


class InputError(Explained, ValueError):
    """What the user typed cannot be used; the Message says why and what to do."""


def _said(source: str, **values: object) -> Message:
    return Message(C, source, values)


def check_client_id(value: str) -> str:
    return _check_credential(value, QT_TRANSLATE_NOOP("core.validation", "Client Id"))


def check_client_secret(value: str) -> str:
    return _check_credential(value, QT_TRANSLATE_NOOP("core.validation", "Consumer Secret"))


def _check_credential(value: str, label: str) -> str:
    value = (value or "").strip().strip("'\"")
    name = Message(C, label)
    if not value:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "Paste the {label} from your Withings developer app."),
            label=name))
    if re.search(r"\s", value):
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "The {label} contains spaces or line breaks; copy it again with "
            "the copy button on the Withings page."), label=name))
    if not _HEX.match(value):
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "The {label} may only contain the letters a–f and digits; check "
            "that you copied the right field."), label=name))
    if len(value) != WITHINGS_CREDENTIAL_LENGTH:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "A Withings {label} is {length} characters long; this one has "
            "{count}. Copy it again, whole."),
            label=name, length=WITHINGS_CREDENTIAL_LENGTH, count=len(value)))
    return value.lower()


def normalize_ha_url(value: str) -> str:
    """``"ha.local:8123/"`` → error;
    ``"http://ha.local:8123/"`` → ``"http://ha.local:8123"``."""
    if not (value or "").strip():
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "Enter the address of your Home Assistant, for example "
            "http://homeassistant.local:8123.")))
    text, parts = check_web_address(value, "Home Assistant address")
    if parts.query or parts.fragment or parts.path.strip("/") or text.endswith(("?", "#")):
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "Use the base address only, without a page path: {address}"),
            address=f"{parts.scheme}://{parts.netloc}"))
    return f"{parts.scheme}://{parts.netloc}"


def check_web_address(value: str, what: str, default_scheme: str = "") -> tuple[str, SplitResult]:
    """The text of an http(s) address and its parts; InputError saying why when it is refused.

    Shared by the HA address and the callback URL (CLI and wizard). Only whitespace at either
    end (a pasted line break) is dropped; anything else wrong is refused, never repaired, so
    what is saved is exactly what the user sees. ``default_scheme`` is put in front of a bare
    host name (the wizard's "your domain" field).
    """
    text = (value or "").strip()
    what = _what(what)
    if not text:
        raise InputError(_said(QT_TRANSLATE_NOOP("core.validation", "Enter the {what}."),
                               what=what))
    if len(text) > MAX_URL_LENGTH:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "The {what} is {count} characters long; a web address is much "
            "shorter. Check what was pasted."), what=what, count=len(text)))
    _refuse_hidden_characters(text, what)
    if default_scheme and "://" not in text:
        text = f"{default_scheme}://{text}"
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "{text} is not a web address: brackets are only for a whole "
            "IPv6 address, e.g. http://[fd00::1]:8123."), text=_shown(text))) from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "{text} is not a web address: it must start with http:// or "
            "https://, for example http://homeassistant.local:8123."), text=_shown(text)))
    if "@" in parts.netloc:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "Leave the user name and password out of the {what} (the part "
            "up to '@'); the app signs in with a token or secret entered separately."),
            what=what))
    after_host = parts.netloc.rpartition("]")[2]  # after an IPv6 literal's "]", if any
    port_text = after_host.partition(":")[2]
    if ":" in after_host and not port_text:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "The {what} ends its host name with ':' but gives no port; give "
            "the port (e.g. :8123) or leave the ':' out."), what=what))
    if port_text and not (port_text.isascii() and port_text.isdigit()
                          and 1 <= int(port_text) <= 65535):
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "The port in {text} is not a number from 1 to 65535."),
            text=_shown(text)))
    problem = host_problem(parts.netloc.rpartition(":")[0] if port_text else parts.netloc)
    if problem:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "The {what} {text} cannot work: {problem}."),
            what=what, text=_shown(text), problem=problem))
    return text, parts


def _what(what: str | Message) -> Message:
    if isinstance(what, Message):
        return what
    return Message(C, WHATS[what]) if what in WHATS else Message("", "{text}", {"text": what})


def host_problem(host: str) -> Message | None:
    """Why ``host`` (as written in a URL) cannot be a host name or IP address; None if it can."""
    if host.startswith("["):
        literal = host[1:-1] if host.endswith("]") else ""
        if not literal or not _is_ip_address(literal) or ":" not in literal:
            return _said(QT_TRANSLATE_NOOP("core.validation", "{host} is not an IPv6 address"),
                         host=_shown(host))
        return None
    if not host:
        return _said(QT_TRANSLATE_NOOP("core.validation", "it has no host name"))
    name = host[:-1] if host.endswith(".") else host  # "ha.example.com." is a full DNS name
    if all(part.isascii() and part.isdigit() for part in name.split(".")):
        return None if _is_ip_address(name) else _said(QT_TRANSLATE_NOOP(
            "core.validation", "{host} is not a valid IP address"), host=_shown(host))
    for char in name:
        if not (char.isalnum() or char in ".-"):
            return _said(QT_TRANSLATE_NOOP(
                "core.validation", "the host name contains {character}, which host names "
                "cannot have (letters, digits, '-' and '.' only)"), character=_char_name(char))
    labels = name.split(".")
    if any(not label for label in labels):
        return _said(QT_TRANSLATE_NOOP("core.validation",
                                       "{host} has an empty part between dots"),
                     host=_shown(host))
    dns_labels = []
    for label in labels:
        try:
            dns_label = label if label.isascii() else label.encode("idna").decode("ascii")
        except UnicodeError:
            return _said(QT_TRANSLATE_NOOP("core.validation",
                                           "{part} cannot be written as a DNS name"),
                         part=_shown(label))
        if len(dns_label) > MAX_HOST_LABEL:
            return _said(QT_TRANSLATE_NOOP(
                "core.validation", "the part {part} of the host name is {count} characters "
                "long; at most {limit} are allowed"),
                part=_shown(label), count=len(dns_label), limit=MAX_HOST_LABEL)
        if dns_label.startswith("-") or dns_label.endswith("-"):
            return _said(QT_TRANSLATE_NOOP(
                "core.validation", "the part {part} of the host name starts or ends with '-'"),
                part=_shown(label))
        dns_labels.append(dns_label)
    if len(".".join(dns_labels)) > MAX_HOST_NAME:
        return _said(QT_TRANSLATE_NOOP("core.validation",
                                       "the host name is longer than {limit} characters"),
                     limit=MAX_HOST_NAME)
    return None


def _is_ip_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _refuse_hidden_characters(text: str, what: Message) -> None:
    for position, char in enumerate(text, start=1):
        if char.isspace() or unicodedata.category(char) in _HIDDEN_CATEGORIES:
            raise InputError(_said(QT_TRANSLATE_NOOP(
                "core.validation", "The {what} contains {character} at position {position}; a "
                "web address has none. Type or paste it again on one line."),
                what=what, character=_char_name(char), position=position))


def _char_name(char: str) -> Message:
    if char in "\r\n":
        return _said(QT_TRANSLATE_NOOP("core.validation", "a line break"))
    if char == " ":
        return _said(QT_TRANSLATE_NOOP("core.validation", "a space"))
    if char.isprintable() and not char.isspace():
        return Message("", "{text}", {"text": repr(char)})
    return _said(QT_TRANSLATE_NOOP("core.validation", "an invisible character (U+{code})"),
                 code=f"{ord(char):04X}")


def _shown(text: str, limit: int = 80) -> str:
    """Quoted for a message, cut short: a message must stay one readable line."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def check_ha_token(value: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "Paste a long-lived access token (Home Assistant → your profile "
            "→ Security → Long-lived access tokens → Create token).")))
    if re.search(r"\s", value):
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "The access token contains spaces or line breaks; copy it "
            "again.")))
    if value.count(".") != 2 or len(value) < 100:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "That does not look like a Home Assistant long-lived access "
            "token (a long text with two dots); create one under your HA profile → "
            "Security.")))
    return value


def check_interval(minutes: int) -> int:
    if not MIN_INTERVAL_MINUTES <= minutes <= MAX_INTERVAL_MINUTES:
        raise InputError(_said(QT_TRANSLATE_NOOP(
            "core.validation", "The sync interval must be {lowest} to {highest} minutes."),
            lowest=MIN_INTERVAL_MINUTES, highest=MAX_INTERVAL_MINUTES))
    return minutes
