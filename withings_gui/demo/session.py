"""Demo mode: the whole app against a simulated Withings cloud started in this process.

A demo runs in its own config folder (a fresh temporary one unless ``--config-dir`` is given)
with secrets in a 0600 file there, so it never touches the user's real settings or keyring.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from keyring.backends import fail

from withings_gui.core.config import Config, Profile
from withings_gui.core.context import AppContext
from withings_gui.core.login import begin_login, complete_login
from withings_gui.core.secrets import CLIENT_SECRET, SecretStore
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.oauth import SCOPES
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SimulatedCloud

DEMO_CALLBACK_URL = "https://homeassistant.example.com/auth/external/callback"
DEMO_PROFILE = "alice"
# A new demo weigh-in every few minutes keeps the demo tray visibly alive.
DEMO_LIVE_INTERVAL = 180


@dataclass
class DemoSession:
    ctx: AppContext
    cloud: SimulatedCloud
    _temp_dir: Path | None = None
    _owns_cloud: bool = True

    def login(self, profile: str, user_name: str = "Alice") -> None:
        """Log a profile in as a demo user, exactly as clicking Allow on the demo page."""
        userid = next(uid for uid, user in self.cloud.users.items() if user.name == user_name)
        attempt = begin_login(self.ctx, profile)
        redirect = self.cloud.authorize_headless(userid, self.ctx.config.client_id,
                                                 attempt.redirect_uri, attempt.state, SCOPES)
        complete_login(self.ctx, attempt, redirect)
        self.ctx.update_config(
            lambda config: setattr(config.profiles[profile], "withings_userid", str(userid)))

    def close(self) -> None:
        self.ctx.close()
        if self._owns_cloud:
            self.cloud.stop()
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)


def open_demo(config_dir: str | None = None, with_profile: bool = True,
              live_interval: float | None = DEMO_LIVE_INTERVAL,
              cloud: SimulatedCloud | None = None) -> DemoSession:
    """Start the simulated cloud (unless given one) and point a (fresh) config at it.

    With ``with_profile`` the demo profile ``alice`` exists; every profile is logged in.
    """
    temp_dir = None
    if config_dir is None:
        temp_dir = Path(tempfile.mkdtemp(prefix="withings-gui-demo-"))
        config_dir = str(temp_dir)
    owns_cloud = cloud is None
    if cloud is None:
        cloud = SimulatedCloud(seed=1, live_interval=live_interval)
        cloud.start()
    ctx = AppContext.open(config_dir)
    ctx.secrets = SecretStore(ctx.paths, backend=fail.Keyring())
    ctx.endpoints = Endpoints(auth_url=cloud.url, api_url=cloud.url)
    ctx.secrets.set(CLIENT_SECRET, DEMO_CLIENT_SECRET)

    def demo_settings(config: Config) -> None:
        config.demo = True
        config.client_id = config.client_id or DEMO_CLIENT_ID
        config.callback_url = config.callback_url or DEMO_CALLBACK_URL
        if with_profile:
            # Opted in to ECG results, so the demo shows them too.
            config.profiles.setdefault(DEMO_PROFILE, Profile(DEMO_PROFILE, "Alice",
                                                             read_ecg=True))

    if with_profile or ctx.config.profiles:
        ctx.update_config(demo_settings)
    else:  # a demo wizard from scratch: it saves what it sets up itself
        demo_settings(ctx.config)
    session = DemoSession(ctx, cloud, temp_dir, owns_cloud)
    # The cloud is new in every process, so saved demo tokens are never valid: log in again.
    for slug, profile in list(ctx.config.profiles.items()):
        session.login(slug, _demo_user(cloud, profile.display_name))
    return session


def _demo_user(cloud: SimulatedCloud, display_name: str) -> str:
    """The demo user whose name matches the profile's, else Alice."""
    names = {user.name for user in cloud.users.values()}
    return display_name if display_name in names else "Alice"
