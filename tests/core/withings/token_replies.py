"""What a token endpoint may answer, for property tests: a real HTTP server on 127.0.0.1 that
answers every POST with the bytes a test chose, and hypothesis strategies for Withings-shaped
and arbitrary JSON replies."""

from __future__ import annotations

import http.server
import json
from contextlib import contextmanager
from typing import Iterator

from hypothesis import strategies as st

from tests.support.local_server import FormPostHandler, local_server
from withings_gui.core.withings.endpoints import Endpoints


class _TokenEndpoint(FormPostHandler):
    def answer(self, form: dict[str, str]) -> bytes:
        self.server.forms.append(form)
        return self.server.reply


@contextmanager
def token_endpoint() -> Iterator[tuple[http.server.ThreadingHTTPServer, Endpoints]]:
    """A server whose ``reply`` (bytes) answers every request; ``forms`` are what it got."""
    with local_server(_TokenEndpoint) as server:
        server.reply = b"{}"
        server.forms = []
        url = f"http://127.0.0.1:{server.server_address[1]}"
        yield server, Endpoints(url, url)


def reply_bytes(reply: object) -> bytes:
    return json.dumps(reply, allow_nan=False).encode()


def good_reply(access: str = "access-2", refresh: str = "refresh-2", **body: object) -> bytes:
    return reply_bytes({"status": 0, "body": {"access_token": access, "refresh_token": refresh,
                                              "expires_in": 10800, "userid": 42,
                                              "scope": "user.info", **body}})


ODD_NUMBERS = st.sampled_from([10**400, -10**400, 2**63, -2**63 - 1, 1e308, -0.0, 5e-324])
# JSON has no NaN or Infinity: numbers are finite (and may be huge).
scalars = (st.none() | st.booleans() | st.integers() | ODD_NUMBERS | st.text(max_size=12)
           | st.floats(allow_nan=False, allow_infinity=False))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                           max_leaves=12)
usable_tokens = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1,
                        max_size=60)
tokens = usable_tokens | st.text(max_size=20) | json_values
lifetimes = (st.integers(-10**6, 10**8) | st.floats(allow_nan=False, allow_infinity=False)
             | st.sampled_from(["abc", "10800", "", " 3600 ", "1e400", "nan", "-inf", [], {}])
             | json_values)
lifetime_and_user = {"expires_in": lifetimes,
                     "userid": st.integers() | st.text(max_size=12) | json_values,
                     "scope": st.text(max_size=40) | st.lists(st.text(max_size=10), max_size=4)
                     | json_values}
other_fields = {**lifetime_and_user, "csrf_token": json_values, "token_type": json_values,
                "expires_at": json_values, "error": json_values}
# Replies Withings might plausibly send (good tokens, odd lifetime and user): most are
# accepted, so what gets saved is checked too; the same without a refresh token; then
# anything in the envelope; then any JSON at all.
plausible = st.fixed_dictionaries({"status": st.just(0), "body": st.fixed_dictionaries(
    {"access_token": usable_tokens, "refresh_token": usable_tokens},
    optional=lifetime_and_user)})
no_refresh_token = st.fixed_dictionaries({"status": st.just(0), "body": st.fixed_dictionaries(
    {"access_token": usable_tokens}, optional=lifetime_and_user)})
envelopes = st.fixed_dictionaries(
    {"status": st.sampled_from([0, "0", 503, 601, 100, 401, 522]) | json_values},
    optional={"body": st.fixed_dictionaries(
        {}, optional={"access_token": tokens, "refresh_token": tokens, **other_fields})
        | json_values, "error": json_values})
replies = plausible | no_refresh_token | envelopes | json_values
