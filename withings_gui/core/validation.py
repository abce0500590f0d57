"""Format checks for what the user types: Withings app credentials and the HA URL.

Only formats: whether the network agrees is for ``doctor`` and the wizard's Test buttons.
Each failure says what is wrong and how to fix it.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from withings_gui.core.config import MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES

WITHINGS_CREDENTIAL_LENGTH = 64
_HEX = re.compile(r"^[0-9a-fA-F]+$")
# Letters (any script: internationalised names), digits, dots, hyphens, underscores.
_HOST_NAME = re.compile(r"[\w.-]+")
MAX_URL_LENGTH = 2000


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
    value = (value or "").strip()
    if not value:
        raise InputError("Enter the address of your Home Assistant, for example "
                         "http://homeassistant.local:8123.")
    if len(value) > MAX_URL_LENGTH:
        raise InputError(f"That address is {len(value)} characters long; a Home Assistant "
                         "address is short, for example http://homeassistant.local:8123.")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{value!r} is not a web address: it must start with http:// or "
                         "https://, for example http://homeassistant.local:8123.")
    try:
        port = parts.port
    except ValueError:
        raise InputError(f"The port in {value!r} is not a number from 1 to 65535.") from None
    if not parts.hostname:
        raise InputError(f"{value!r} has no host name.")
    if not _HOST_NAME.fullmatch(parts.hostname) and not _is_ip_address(parts.hostname):
        raise InputError(f"{parts.hostname!r} is not a valid host name: use letters, digits, "
                         "dots and hyphens, without spaces.")
    if port == 0:
        raise InputError(f"The port in {value!r} is not a number from 1 to 65535.")
    if parts.username or parts.password:
        raise InputError("Leave the user name and password out of the address; the access "
                         "token is entered separately.")
    if parts.query or parts.fragment or parts.path.strip("/"):
        raise InputError(f"Use the base address only, without a page path: "
                         f"{parts.scheme}://{parts.netloc}")
    return f"{parts.scheme}://{parts.netloc}"


def _is_ip_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


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
