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

WITHINGS_CREDENTIAL_LENGTH = 64
_HEX = re.compile(r"^[0-9a-fA-F]+$")
MAX_URL_LENGTH = 2000
MAX_HOST_LABEL = 63   # RFC 1035: one part between dots
MAX_HOST_NAME = 253   # RFC 1035: the whole name, dots included, without a final dot
# Control, format (zero-width, bidi), surrogate, private-use and unassigned characters.
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


class InputError(ValueError):
    pass


def check_client_id(value: str) -> str:
    return _check_credential(value, "Client Id")


def check_client_secret(value: str) -> str:
    return _check_credential(value, "Consumer Secret")


def _check_credential(value: str, label: str) -> str:
    value = (value or "").strip().strip("'\"")
    if not value:
        raise InputError(f"Paste the {label} from your Withings developer app.")
    if re.search(r"\s", value):
        raise InputError(f"The {label} contains spaces or line breaks; copy it again with the "
                         "copy button on the Withings page.")
    if not _HEX.match(value):
        raise InputError(f"The {label} may only contain the letters a–f and digits; "
                         "check that you copied the right field.")
    if len(value) != WITHINGS_CREDENTIAL_LENGTH:
        raise InputError(f"A Withings {label} is {WITHINGS_CREDENTIAL_LENGTH} characters long; "
                         f"this one has {len(value)}. Copy it again, whole.")
    return value.lower()


def normalize_ha_url(value: str) -> str:
    """``"ha.local:8123/"`` → error; ``"http://ha.local:8123/"`` → ``"http://ha.local:8123"``."""
    if not (value or "").strip():
        raise InputError("Enter the address of your Home Assistant, for example "
                         "http://homeassistant.local:8123.")
    text, parts = check_web_address(value, "Home Assistant address")
    if parts.query or parts.fragment or parts.path.strip("/") or text.endswith(("?", "#")):
        raise InputError(f"Use the base address only, without a page path: "
                         f"{parts.scheme}://{parts.netloc}")
    return f"{parts.scheme}://{parts.netloc}"


def check_web_address(value: str, what: str, default_scheme: str = "") -> tuple[str, SplitResult]:
    """The text of an http(s) address and its parts; InputError saying why when it is refused.

    Shared by the HA address and the callback URL (CLI and wizard). Only whitespace at either
    end (a pasted line break) is dropped; anything else wrong is refused, never repaired, so
    what is saved is exactly what the user sees. ``default_scheme`` is put in front of a bare
    host name (the wizard's "your domain" field).
    """
    text = (value or "").strip()
    if not text:
        raise InputError(f"Enter the {what}.")
    if len(text) > MAX_URL_LENGTH:
        raise InputError(f"The {what} is {len(text)} characters long; a web address is much "
                         "shorter. Check what was pasted.")
    _refuse_hidden_characters(text, what)
    if default_scheme and "://" not in text:
        text = f"{default_scheme}://{text}"
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        raise InputError(f"{_shown(text)} is not a web address: brackets are only for a whole "
                         "IPv6 address, e.g. http://[fd00::1]:8123.") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{_shown(text)} is not a web address: it must start with http:// or "
                         "https://, for example http://homeassistant.local:8123.")
    if "@" in parts.netloc:
        raise InputError(f"Leave the user name and password out of the {what} (the part up to "
                         "'@'); the app signs in with a token or secret entered separately.")
    after_host = parts.netloc.rpartition("]")[2]  # after an IPv6 literal's "]", if any
    port_text = after_host.partition(":")[2]
    if ":" in after_host and not port_text:
        raise InputError(f"The {what} ends its host name with ':' but gives no port; give the "
                         "port (e.g. :8123) or leave the ':' out.")
    if port_text and not (port_text.isascii() and port_text.isdigit()
                          and 1 <= int(port_text) <= 65535):
        raise InputError(f"The port in {_shown(text)} is not a number from 1 to 65535.")
    problem = host_problem(parts.netloc.rpartition(":")[0] if port_text else parts.netloc)
    if problem:
        raise InputError(f"The {what} {_shown(text)} cannot work: {problem}.")
    return text, parts


def host_problem(host: str) -> str:
    """Why ``host`` (as written in a URL) cannot be a host name or IP address; '' if it can."""
    if host.startswith("["):
        literal = host[1:-1] if host.endswith("]") else ""
        if not literal or not _is_ip_address(literal) or ":" not in literal:
            return f"{_shown(host)} is not an IPv6 address"
        return ""
    if not host:
        return "it has no host name"
    name = host[:-1] if host.endswith(".") else host  # "ha.example.com." is a full DNS name
    if all(part.isascii() and part.isdigit() for part in name.split(".")):
        return "" if _is_ip_address(name) else f"{_shown(host)} is not a valid IP address"
    for char in name:
        if not (char.isalnum() or char in ".-"):
            return (f"the host name contains {_char_name(char)}, which host names cannot "
                    "have (letters, digits, '-' and '.' only)")
    labels = name.split(".")
    if any(not label for label in labels):
        return f"{_shown(host)} has an empty part between dots"
    dns_labels = []
    for label in labels:
        try:
            dns_label = label if label.isascii() else label.encode("idna").decode("ascii")
        except UnicodeError:
            return f"{_shown(label)} cannot be written as a DNS name"
        if len(dns_label) > MAX_HOST_LABEL:
            return (f"the part {_shown(label)} of the host name is {len(dns_label)} characters "
                    f"long; at most {MAX_HOST_LABEL} are allowed")
        if dns_label.startswith("-") or dns_label.endswith("-"):
            return f"the part {_shown(label)} of the host name starts or ends with '-'"
        dns_labels.append(dns_label)
    if len(".".join(dns_labels)) > MAX_HOST_NAME:
        return f"the host name is longer than {MAX_HOST_NAME} characters"
    return ""


def _is_ip_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _refuse_hidden_characters(text: str, what: str) -> None:
    for position, char in enumerate(text, start=1):
        if char.isspace() or unicodedata.category(char) in _HIDDEN_CATEGORIES:
            raise InputError(f"The {what} contains {_char_name(char)} at position {position}; "
                             "a web address has none. Type or paste it again on one line.")


def _char_name(char: str) -> str:
    if char in "\r\n":
        return "a line break"
    if char == " ":
        return "a space"
    if char.isprintable() and not char.isspace():
        return repr(char)
    return f"an invisible character (U+{ord(char):04X})"


def _shown(text: str, limit: int = 80) -> str:
    """Quoted for a message, cut short: a message must stay one readable line."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def check_ha_token(value: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InputError("Paste a long-lived access token (Home Assistant → your profile → "
                         "Security → Long-lived access tokens → Create token).")
    if re.search(r"\s", value):
        raise InputError("The access token contains spaces or line breaks; copy it again.")
    if value.count(".") != 2 or len(value) < 100:
        raise InputError("That does not look like a Home Assistant long-lived access token "
                         "(a long text with two dots); create one under your HA profile → "
                         "Security.")
    return value


def check_interval(minutes: int) -> int:
    if not MIN_INTERVAL_MINUTES <= minutes <= MAX_INTERVAL_MINUTES:
        raise InputError(f"The sync interval must be {MIN_INTERVAL_MINUTES} to "
                         f"{MAX_INTERVAL_MINUTES} minutes.")
    return minutes
