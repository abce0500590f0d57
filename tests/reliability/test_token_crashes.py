"""kill -9 during token refresh, 100 times: the saved login must work after every one.

Withings rotates the refresh token on every refresh and retires the old one once the new access
token is used; a process killed between Withings' answer and our save could log the user out.
The child renews and uses the login in a loop; it is killed at a random moment, then this
process renews the saved login and uses it.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time

from tests.cli_helpers import Cli
from withings_gui.core.context import AppContext
from withings_gui.core.secrets import token_key
from withings_gui.core.withings.api import WithingsClient
from withings_gui.core.withings.errors import AuthRevokedError
from withings_gui.core.withings.tokens import TokenManager

KILLS = 100
# Kill moments are the test's input, drawn from a fixed seed so a failure can be replayed.
KILL_WINDOW_S = (0.0, 0.25)



def check_login_still_works(config_dir) -> None:
    """Renew the saved login and use it: raises AuthRevokedError on a logout."""
    ctx = AppContext.open(str(config_dir))
    try:
        saved = json.loads(ctx.secrets.get(token_key("alice")))

        def past_expiry() -> float:  # forces the refresh this check is about
            return saved["expires_at"] + 1

        tokens = TokenManager(ctx.endpoints, ctx.config.client_id, ctx.secrets, ctx.paths,
                              "alice", clock=past_expiry)
        with WithingsClient(ctx.endpoints, tokens, clock=past_expiry) as client:
            client.get_goals()
        assert tokens.refresh_count == 1
    finally:
        ctx.close()


def saved_refresh_token(config_dir) -> str:
    ctx = AppContext.open(str(config_dir))
    try:
        return json.loads(ctx.secrets.get(token_key("alice")))["refresh_token"]
    finally:
        ctx.close()


def test_kill_9_during_refresh_never_logs_out(tmp_path, cloud, figures, monkeypatch):
    cli = Cli(tmp_path / "cfg", cloud)
    monkeypatch.setenv("WITHINGS_GUI_API_URL", cloud.url)  # for this process's checks
    monkeypatch.setenv("WITHINGS_GUI_AUTH_URL", cloud.url)
    cli.configure()
    cli.login()
    userid = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    # A slow token endpoint widens the window in which Withings has rotated but we have not
    # saved yet: the dangerous moment.
    cloud.faults.add("delay", path="/v2/oauth2", seconds=0.05, count=None)
    cloud.limiter.per_minute = 100_000
    rng = random.Random(20261202)
    logouts, unsaved_rotations, refreshes_before = 0, 0, cloud.tokens.refresh_count
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-m", "tests.reliability.refresh_loop"],
                                 env=cli.env(), stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(1, 2)):  # into the first or second round ...
            assert child.stdout.readline().strip() == "round"
        time.sleep(rng.uniform(*KILL_WINDOW_S))  # ... at a random moment of it (not a wait)
        child.kill()  # SIGKILL: no cleanup, no atexit
        child.wait(timeout=30)
        child.stdout.close()
        if cloud.tokens.newest_refresh_token(userid) != saved_refresh_token(cli.config_dir):
            unsaved_rotations += 1  # killed after Withings rotated, before the save
        try:
            check_login_still_works(cli.config_dir)
        except AuthRevokedError:
            logouts += 1
    refreshes = cloud.tokens.refresh_count - refreshes_before
    header = ("scenario", "figure", "expected")
    section = "Token rotation under kill -9"
    figures.add(section, header, "kill -9 of a process renewing and using the login",
                f"{KILLS} kills", "≥ 100")
    figures.add(section, header, "refreshes Withings performed in all", refreshes, "—")
    figures.add(section, header, "kills after Withings rotated but before the save",
                unsaved_rotations, "—")
    figures.add(section, header, "logouts (saved login refused afterwards)", logouts, "0")
    assert logouts == 0
    # The test only means something if the kills hit refreshes, some of them in flight.
    assert refreshes >= KILLS and unsaved_rotations > 0
