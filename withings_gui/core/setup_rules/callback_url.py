"""The Withings callback URL: built from the user's path, checked the way Withings checks it.

Withings accepts a partner app's callback only when it is https on the default port, on a
fully qualified public name, and the host answers an HTTP HEAD with a certificate from a
public CA. Each rule is reported on its own, with what to do when it fails. This module
has the rules that need no network; ``callback_network`` has DNS, TLS and HEAD.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import SplitResult, urlsplit

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message

CALLBACK_PATH = "/auth/external/callback"
# Home Assistant's own Withings docs register this one: the login is caught in this app, so a
# public page that answers is all the callback needs (the home-network path proposes it).
HOME_NETWORK_CALLBACK = "https://my.home-assistant.io/redirect/oauth"
MAX_LENGTH = 255
# Names that only exist inside a home network (RFC 6761/6762/8375 and common router habits).
PRIVATE_SUFFIXES = (".local", ".lan", ".home", ".internal", ".localdomain", ".home.arpa",
                    ".localhost", ".intranet", ".corp", ".private", ".test", ".invalid",
                    ".example", ".arpa", ".onion", ".router", ".fritz.box")
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_HOST_CHARS = re.compile(r"^[a-z0-9._-]+$")
_TLD = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
_NABU_ID = re.compile(r"^[a-z0-9]{3,63}$")
_NABU_SUFFIX = ".ui.nabu.casa"
_FQDN_FIX = QT_TRANSLATE_NOOP(
    "core.callback_url", "Use the domain name Home Assistant is reachable at from the internet "
    "(Home Assistant Cloud, or your own domain), not an address of your home network.")


def said(source: str, **values: object) -> Message:
    """A message of this module (its source marked with QT_TRANSLATE_NOOP where written)."""
    return Message("core.callback_url", source, values)


class CallbackUrlError(ValueError):
    """Input that cannot become a callback URL; raised with a Message for the user."""


@dataclass(frozen=True)
class RuleResult:
    rule_id: str
    title: Message
    ok: bool | None  # None: not checked (an earlier rule failed, or the check was cancelled)
    message: Message
    fix: Message | None = None
    blocking: bool = True  # False: a warning that Withings itself would not refuse


def build_callback_url(kind: Literal["nabu_casa", "own_domain", "exact"], value: str) -> str:
    """The callback URL for a Nabu Casa remote URL (or bare id) or HA's external_url; with
    ``exact``, the whole URL as typed (a bare name gets https://), path and all.

    A non-default port is kept so that ``check_static`` can say why it is refused.
    """
    value = (value or "").strip()
    if not value:
        raise CallbackUrlError(said(
            QT_TRANSLATE_NOOP("core.callback_url", "Enter your Home Assistant Cloud address or "
                                                   "your own domain.")
            if kind != "exact" else
            QT_TRANSLATE_NOOP("core.callback_url", "Enter the callback URL.")))
    if kind == "exact":  # what Withings compares: never rewritten, only checked
        return value if "://" in value else f"https://{value}"
    if kind == "nabu_casa":
        return f"https://{_nabu_casa_host(value)}{CALLBACK_PATH}"
    if kind != "own_domain":
        raise CallbackUrlError(f"Unknown kind of callback URL: {kind!r}.")  # a bug: English
    parts = _split_address(value)
    host = ascii_host(parts.hostname or "")
    # Only what cannot be written as a URL is refused here; check_static explains the rest.
    if ":" in host and _is_ip(host):
        host = f"[{host}]"
    elif not _HOST_CHARS.match(host):
        raise CallbackUrlError(said(QT_TRANSLATE_NOOP(
            "core.callback_url", "{value!r} is not a web address or domain name; it looks like "
            "https://ha.example.com."), value=value))
    try:
        port = parts.port
    except ValueError:
        raise CallbackUrlError(said(QT_TRANSLATE_NOOP(
            "core.callback_url", "The port in {value!r} is not a number from 1 to 65535."),
            value=value)) from None
    return f"https://{host if port in (None, 443) else f'{host}:{port}'}{CALLBACK_PATH}"


def _nabu_casa_host(value: str) -> str:
    host = (_split_address(value).hostname or "").rstrip(".")
    remote_id = host.removesuffix(_NABU_SUFFIX)
    if not _NABU_ID.match(remote_id):
        raise CallbackUrlError(said(QT_TRANSLATE_NOOP(
            "core.callback_url", "That is not a Home Assistant Cloud address; it looks like "
            "https://abcdef1234567890.ui.nabu.casa (Home Assistant → Settings → "
            "Home Assistant Cloud → Remote control).")))
    return remote_id + _NABU_SUFFIX


def is_nabu_casa_host(host: str) -> bool:
    """True for a Home Assistant Cloud remote address, whose DNS Nabu Casa keeps."""
    return host.lower().rstrip(".").endswith(_NABU_SUFFIX)


def _split_address(value: str) -> SplitResult:
    if any(ch.isspace() for ch in value):
        raise CallbackUrlError(said(QT_TRANSLATE_NOOP(
            "core.callback_url", "{value!r} has spaces in it; a web address has none."),
            value=value))
    try:
        parts = urlsplit(value if "://" in value else f"https://{value}")
    except ValueError:
        raise CallbackUrlError(not_a_web_address(value)) from None
    if parts.scheme not in ("http", "https"):
        raise CallbackUrlError(said(QT_TRANSLATE_NOOP(
            "core.callback_url", "{value!r} is not a web address (it starts with "
            "{scheme}://, not https://)."), value=value, scheme=parts.scheme))
    return parts


def not_a_web_address(value: str) -> Message:
    return said(QT_TRANSLATE_NOOP("core.callback_url", "{value!r} is not a web address."),
                value=value)


def ascii_host(host: str) -> str:
    """The DNS (punycode) form of a host name; '' when an international name has none."""
    if host.isascii():
        return host.lower()
    try:
        return host.lower().encode("idna").decode("ascii")
    except UnicodeError:
        return ""


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def check_static(url: str, ha_path: bool = True) -> list[RuleResult]:
    """The rules that need no network: https, fqdn, port, length, userinfo, query, and with
    ``ha_path`` Home Assistant's callback path (a URL that is not HA's has any path)."""
    url = (url or "").strip()
    domain_path = f"https://<domain>{CALLBACK_PATH}"
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed "[" of an IPv6 literal
        return [RuleResult("https", said("https"), False, not_a_web_address(url),
                           said(QT_TRANSLATE_NOOP("core.callback_url", "Use {url}."),
                                url=domain_path))]
    host = parts.hostname or ""
    use = f"https://{host}{CALLBACK_PATH}" if host else domain_path
    extras = bool(parts.query or parts.fragment) or url.endswith(("?", "#"))
    use_it = said(QT_TRANSLATE_NOOP("core.callback_url", "Use {url}."), url=use)
    rules = [
        _rule("https", said("https"), parts.scheme == "https",
              said(QT_TRANSLATE_NOOP("core.callback_url", "Uses https.")),
              said(QT_TRANSLATE_NOOP("core.callback_url", "Withings only accepts https "
                                                          "callback URLs (this one is {what})."),
                   what=f"{parts.scheme}://" if parts.scheme else said(QT_TRANSLATE_NOOP(
                       "core.callback_url", "not a full web address"))),
              said(QT_TRANSLATE_NOOP(
                  "core.callback_url", "Reach Home Assistant over https: Home Assistant Cloud "
                  "(Nabu Casa), or a certificate for your domain (e.g. the Let's Encrypt "
                  "add-on)."))),
        _fqdn_rule(host),
        _port_rule(parts),
        _rule("length", said(QT_TRANSLATE_NOOP("core.callback_url", "at most 255 characters")),
              len(url) <= MAX_LENGTH,
              said(QT_TRANSLATE_NOOP("core.callback_url", "{length} characters."),
                   length=len(url)),
              said(QT_TRANSLATE_NOOP("core.callback_url", "The URL is {length} characters; "
                                                          "Withings allows {limit}."),
                   length=len(url), limit=MAX_LENGTH),
              said(QT_TRANSLATE_NOOP("core.callback_url", "Use a shorter domain name."))),
        _rule("userinfo", said(QT_TRANSLATE_NOOP("core.callback_url",
                                                 "no user name or password")),
              "@" not in parts.netloc,
              said(QT_TRANSLATE_NOOP("core.callback_url", "No user name or password.")),
              said(QT_TRANSLATE_NOOP("core.callback_url", "Remove the 'user:password@' part: "
                                     "Withings refuses credentials in the URL.")),
              use_it),
        _rule("query", said(QT_TRANSLATE_NOOP("core.callback_url", "no query or fragment")),
              not extras,
              said(QT_TRANSLATE_NOOP("core.callback_url", "No '?…' or '#…' part.")),
              said(QT_TRANSLATE_NOOP("core.callback_url", "Remove the '?…' or '#…' part: "
                                     "Withings compares the URL exactly and adds its own "
                                     "query.")),
              use_it),
    ]
    if ha_path:
        # Withings would accept another path, but Home Assistant would not see the login.
        rules.append(_rule(
            "path", said(QT_TRANSLATE_NOOP("core.callback_url",
                                           "Home Assistant's callback path")),
            parts.path == CALLBACK_PATH,
            said(QT_TRANSLATE_NOOP("core.callback_url", "Ends in {path}."), path=CALLBACK_PATH),
            said(QT_TRANSLATE_NOOP("core.callback_url", "Home Assistant receives the login at "
                                   "{path}; this URL has {this}."),
                 path=CALLBACK_PATH, this=parts.path or "/"),
            said(QT_TRANSLATE_NOOP("core.callback_url", "Use {url}, unless something other "
                                   "than Home Assistant receives the login."), url=use),
            blocking=False))
    return rules


def _rule(rule_id: str, title: Message, ok: bool, passed: Message, failed: Message,
          fix: Message, blocking: bool = True) -> RuleResult:
    return RuleResult(rule_id, title, ok, passed if ok else failed, None if ok else fix,
                      blocking)


def _fqdn_rule(host: str) -> RuleResult:
    title = said(QT_TRANSLATE_NOOP("core.callback_url", "a fully qualified domain name"))

    def fail(source: str, fix: str = _FQDN_FIX) -> RuleResult:
        return RuleResult("fqdn", title, False, said(source, host=host), said(fix))

    if not host:
        return fail(QT_TRANSLATE_NOOP("core.callback_url", "The URL has no domain name."))
    if _is_ip(host):
        return fail(QT_TRANSLATE_NOOP("core.callback_url",
                                      "{host} is an IP address; Withings needs a domain name."))
    if host.endswith("."):
        return fail(QT_TRANSLATE_NOOP("core.callback_url", "{host} ends with a dot; Withings "
                                                           "compares the URL exactly."),
                    QT_TRANSLATE_NOOP("core.callback_url", "Remove the trailing dot."))
    dns_name = ascii_host(host)
    labels = dns_name.split(".")
    if not dns_name or not all(_LABEL.match(label) for label in labels) \
            or len(dns_name) > 253:
        return fail(QT_TRANSLATE_NOOP("core.callback_url", "{host!r} is not a valid domain "
                                      "name (letters, digits and '-' between dots)."))
    if dns_name == "localhost" or dns_name.endswith(PRIVATE_SUFFIXES):
        return fail(QT_TRANSLATE_NOOP("core.callback_url", "{host} only exists on your own "
                                      "network; Withings cannot reach it."))
    if len(labels) < 2:
        return fail(QT_TRANSLATE_NOOP("core.callback_url", "{host} is not a fully qualified "
                                      "domain name (it has no dot)."))
    if not _TLD.match(labels[-1]):
        return fail(QT_TRANSLATE_NOOP("core.callback_url", "{host} is not a valid domain name "
                                      "(it does not end in a top-level domain such as .com)."))
    shown = host if host == dns_name else f"{host} ({dns_name})"
    return RuleResult("fqdn", title, True, said(QT_TRANSLATE_NOOP(
        "core.callback_url", "{host} is a fully qualified domain name."), host=shown))


def _port_rule(parts: SplitResult) -> RuleResult:
    title = said(QT_TRANSLATE_NOOP("core.callback_url", "the default https port"))
    try:
        port = parts.port
    except ValueError:
        return RuleResult("port", title, False,
                          said(QT_TRANSLATE_NOOP("core.callback_url",
                                                 "The port is not a number from 1 to 65535.")),
                          said(QT_TRANSLATE_NOOP("core.callback_url", "Remove the port.")))
    if port in (None, 443):
        return RuleResult("port", title, True,
                          said(QT_TRANSLATE_NOOP("core.callback_url", "Default port.")))
    return RuleResult("port", title, False,
                      said(QT_TRANSLATE_NOOP("core.callback_url", "Withings only accepts the "
                                             "default port (443); this URL uses {port}."),
                           port=port),
                      said(QT_TRANSLATE_NOOP("core.callback_url", "Forward port 443 of your "
                                             "router to Home Assistant and remove the port from "
                                             "the URL, or use Home Assistant Cloud (Nabu "
                                             "Casa).")))
