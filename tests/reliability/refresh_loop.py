"""Child of test_token_crashes: renews the Withings login and uses it, over and over, until it
is killed. Before each round its clock moves just past the saved token's expiry, so every
round is a real refresh (saved before use) followed by the first use of the new token."""

from __future__ import annotations

import sys
import time

from withings_gui.core.context import AppContext
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.tokens import TokenManager


def main() -> None:
    ctx = AppContext.open()
    offset = 0.0

    def clock() -> float:
        return time.time() + offset

    tokens = TokenManager(ctx.endpoints, ctx.config.client_id, ctx.secrets, ctx.paths, "alice",
                          clock=clock)
    client = WithingsClient(ctx.endpoints, tokens, clock=clock)
    tokens.tokens()  # opens the keyring connection, so the kills land in the refresh loop
    print("ready", flush=True)
    while True:
        offset = tokens.tokens().expires_at + 1 - time.time()
        print("round", flush=True)
        client.get_goals()


if __name__ == "__main__":
    sys.exit(main())
