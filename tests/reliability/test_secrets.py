"""Known secrets go through setup, login, syncs into a real Home Assistant, doctor and failing
runs; then every place they could leak is scanned: 0 hits allowed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.cli_helpers import Cli
from withings_gui.core.context import AppContext
from withings_gui.core.secrets import CLIENT_SECRET, HA_TOKEN, HA_WEBHOOK, token_key
from withings_gui.core.withings.endpoints import Endpoints
from withings_gui.core.withings.oauth import SCOPES
from withings_gui.demo.cloud import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

pytestmark = [pytest.mark.ha, pytest.mark.keyring]

PACKAGE = Path(__file__).resolve().parents[2] / "withings_gui"
SECTION = "Secrets"
HEADER = ("check", "figure", "expected")



def login_capturing_code(cli: Cli) -> tuple[str, subprocess.CompletedProcess]:
    """``login --no-browser`` as a user does it; returns the authorization code it used."""
    proc = subprocess.Popen([sys.executable, "-m", "withings_gui", "login", "--profile", "alice",
                             "--no-browser", "-v"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli.env())
    query = parse_qs(urlsplit(proc.stdout.readline().strip()).query)
    userid = next(uid for uid, u in cli.cloud.users.items() if u.name == "Alice")
    redirect = cli.cloud.authorize_headless(userid, query["client_id"][0],
                                            query["redirect_uri"][0], query["state"][0], SCOPES)
    out, err = proc.communicate(redirect + "\n", timeout=60)
    assert proc.returncode == 0, err
    code = parse_qs(urlsplit(redirect).query)["code"][0]
    return code, subprocess.CompletedProcess(proc.args, 0, out, err)


def test_no_secret_reaches_logs_files_store_or_output(tmp_path, cloud, fresh_hass, monkeypatch,
                                                      figures):
    cli = Cli(tmp_path / "cfg", cloud)
    outputs = [cli.run("configure", "--profile", "alice", "--client-id", DEMO_CLIENT_ID,
                       "--callback-url", "https://ha.example.com/auth/external/callback",
                       "--ha-url", fresh_hass.url, "--unit", "both", "-v",
                       stdin=f"client_secret={DEMO_CLIENT_SECRET}\nha_token={fresh_hass.token}\n")]
    code, login = login_capturing_code(cli)
    outputs.append(login)
    outputs.append(cli.run("sync", "--once", "--json", "-v"))
    outputs.append(cli.run("sync", "--once", "-v"))
    outputs.append(cli.run("doctor", "--json", "-v", check=False))
    cloud.faults.add("malformed", count=1)  # an error path: its message is printed
    outputs.append(cli.run("sync", "--once", "--json", "-v", check=False))
    cloud.faults.add("revoke", count=None)  # another: Withings refuses the login
    outputs.append(cli.run("sync", "--once", "-v", check=False))

    monkeypatch.setenv("WITHINGS_GUI_API_URL", cloud.url)
    ctx = AppContext.open(str(cli.config_dir))
    try:
        assert not ctx.secrets.uses_file, "this test needs the real Secret Service"
        tokens = json.loads(ctx.secrets.get(token_key("alice")))
        webhook = json.loads(ctx.secrets.get(HA_WEBHOOK))["webhook_id"]
        secrets = {"Consumer Secret": ctx.secrets.get(CLIENT_SECRET),
                   "HA token": ctx.secrets.get(HA_TOKEN),
                   "Withings access token": tokens["access_token"],
                   "Withings refresh token": tokens["refresh_token"],
                   "HA webhook id": webhook, "authorization code": code}
    finally:
        ctx.close()
    assert secrets["Consumer Secret"] == DEMO_CLIENT_SECRET
    assert secrets["HA token"] == fresh_hass.token

    files = [p for p in cli.config_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in files) and any("sqlite" in p.name for p in files)
    places = {str(p.relative_to(cli.config_dir)): p.read_bytes() for p in files}
    for index, run in enumerate(outputs):
        places[f"output {index}"] = (run.stdout + run.stderr).encode()
    hits = [(name, place) for name, value in secrets.items() for place, data in places.items()
            if value.encode() in data]
    figures.add(SECTION, HEADER, "secret values followed (consumer secret, HA token, access "
                "and refresh token, webhook id, authorization code)", len(secrets), "6")
    figures.add(SECTION, HEADER, "places scanned: config folder files (config, logs, SQLite "
                "store and WAL, locks) and the output of 7 runs", len(places), "—")
    figures.add(SECTION, HEADER, "secrets found in any of them", len(hits), "0")
    assert hits == []


def test_tls_verification_is_never_disabled(figures):
    pattern = re.compile(r"verify\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|"
                         r"_create_unverified_context")
    found = [f"{path.relative_to(PACKAGE)}:{number}"
             for path in PACKAGE.rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    figures.add(SECTION, HEADER, "places in withings_gui that turn TLS verification off",
                len(found), "0")
    assert found == []


@pytest.mark.parametrize("url", ["http://wbsapi.withings.net", "http://10.0.0.5:8080",
                                 "http://example.com", "ftp://127.0.0.1"])
def test_plain_http_is_refused_except_to_this_machine(url, figures):
    with pytest.raises(ValueError):
        Endpoints.from_env({"WITHINGS_GUI_API_URL": url})
    figures.add(SECTION, HEADER, f"Withings endpoint override {url}", "refused", "refused")


def test_oauth_state_is_checked(tmp_path, cloud, figures):
    cli = Cli(tmp_path / "cfg", cloud)
    cli.configure()
    proc = subprocess.Popen([sys.executable, "-m", "withings_gui", "login", "--profile", "alice",
                             "--no-browser"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=cli.env())
    query = parse_qs(urlsplit(proc.stdout.readline().strip()).query)
    userid = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    redirect = cloud.authorize_headless(userid, query["client_id"][0], query["redirect_uri"][0],
                                        "forged-state", SCOPES)
    _, err = proc.communicate(redirect + "\n", timeout=60)
    figures.add(SECTION, HEADER, "login answered with another state (CSRF)",
                f"exit {proc.returncode}: {err.strip().splitlines()[-1]}", "refused")
    assert proc.returncode == 1 and "state" in err.lower()
