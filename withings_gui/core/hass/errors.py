"""Home Assistant failures, each with a message that says what to do."""

from __future__ import annotations

import socket
import ssl


class HassError(Exception):
    pass


class HassUrlError(HassError):
    pass


class HassDnsError(HassError):
    pass


class HassRefusedError(HassError):
    pass


class HassTimeoutError(HassError):
    pass


class HassTlsError(HassError):
    pass


class HassAuthError(HassError):
    pass


class NotHomeAssistantError(HassError):
    pass


class HassUnavailableError(HassError):
    pass


class RegistrationGoneError(HassError):
    """HA answered 410: the mobile_app registration was deleted; register again."""


def classify_network_error(exc: BaseException, url: str) -> HassError:
    """Turn a transport exception (requests, niquests, websocket) into a named HassError."""
    chain, seen = [], exc
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    text = " ".join(f"{type(e).__name__}: {e}" for e in chain).lower()
    if any(isinstance(e, ssl.SSLError) for e in chain) or "ssl" in text or "certificate" in text:
        reason = "the certificate is not trusted"
        if "expired" in text:
            reason = "the certificate has expired"
        elif "hostname" in text or "doesn't match" in text or "not valid for" in text:
            reason = "the certificate is for another name"
        elif "self signed" in text or "self-signed" in text:
            reason = "the certificate is self-signed"
        elif "wrong version" in text or "record layer" in text:
            reason = "the server does not speak https on that port (try http://)"
        return HassTlsError(f"Secure connection to {url} failed: {reason}. Use the address "
                            "your certificate was issued for, or http:// on your home network.")
    if any(isinstance(e, socket.gaierror) for e in chain) or "name resolution" in text \
            or "name or service not known" in text or "getaddrinfo" in text \
            or "nodename nor servname" in text or "resolve" in text:
        return HassDnsError(f"The name in {url} could not be found (DNS). Check the spelling, "
                            "or use the IP address of your Home Assistant.")
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        return HassRefusedError(f"Nothing answers at {url} (connection refused). Is Home "
                                "Assistant running, and is the port right (usually 8123)?")
    if "timed out" in text or "timeout" in text:
        return HassTimeoutError(f"{url} did not answer in time. Check the address and that "
                                "this computer can reach Home Assistant.")
    return HassUnavailableError(f"Could not connect to {url} ({type(exc).__name__}).")
