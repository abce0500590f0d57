import json
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.cli_helpers import CALLBACK


def test_headless_login_saves_tokens_for_the_profile(cli, cloud):
    cli.configure()
    result = cli.login()
    authorize_url = result.stdout.splitlines()[0]
    query = parse_qs(urlsplit(authorize_url).query)
    assert authorize_url.startswith(cloud.url + "/oauth2_user/authorize2?")
    assert query["redirect_uri"] == [CALLBACK] and query["response_type"] == ["code"]
    assert query["scope"] == ["user.info,user.metrics,user.activity,user.sleepevents"]
    userid = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    assert f"Withings user {userid}" in result.stdout
    config = json.loads((cli.config_dir / "config.json").read_text())
    assert config["profiles"]["alice"]["withings_userid"] == str(userid)


def _login_with_pasted(cli, make_paste):
    proc = subprocess.Popen([sys.executable, "-m", "withings_gui", "login", "--profile", "alice",
                             "--no-browser"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=cli.env())
    url = proc.stdout.readline().strip()
    out, err = proc.communicate(make_paste(url) + "\n", timeout=60)
    return proc.returncode, err


def test_state_mismatch_is_refused(cli, cloud):
    cli.configure()
    code, err = _login_with_pasted(cli, lambda url: f"{CALLBACK}?code=abc&state=forged")
    assert code == 1 and "state" in err.lower()


def test_denied_access_is_named(cli, cloud):
    cli.configure()

    def deny(url):
        state = parse_qs(urlsplit(url).query)["state"][0]
        return f"{CALLBACK}?error=access_denied&state={state}"

    code, err = _login_with_pasted(cli, deny)
    assert code == 1 and "denied" in err.lower()


def test_empty_paste(cli, cloud):
    cli.configure()
    code, err = _login_with_pasted(cli, lambda url: "")
    assert code == 1 and "nothing was pasted" in err


@pytest.mark.hostile("server text with markup / escape sequences")
def test_an_error_quoting_escape_sequences_reaches_the_terminal_without_them(cli, cloud):
    cli.configure()

    def hostile_error(url):
        state = parse_qs(urlsplit(url).query)["state"][0]
        # Withings' error text as it arrives: it may carry what a terminal would obey.
        return f"{CALLBACK}?error=%1B%5B31mserver_broke%1B%5D0%3Bowned%07&state={state}"

    code, err = _login_with_pasted(cli, hostile_error)
    assert code == 1 and "server_broke" in err
    assert "\x1b" not in err and "\x07" not in err and "[31m" not in err


def _saved_tokens(cli) -> str | None:
    from withings_gui.core.paths import resolve_paths
    from withings_gui.core.secrets import SecretStore, token_key

    return SecretStore(resolve_paths(cli.config_dir)).get(token_key("alice"))


@pytest.mark.hostile("login --profile with another Withings account")
def test_logging_a_profile_in_with_another_account_is_refused_and_changes_nothing(cli, cloud):
    cli.configure()
    cli.login(user="Alice")
    alice = next(uid for uid, u in cloud.users.items() if u.name == "Alice")
    bob = next(uid for uid, u in cloud.users.items() if u.name == "Bob")
    config_before = (cli.config_dir / "config.json").read_text()
    tokens_before = _saved_tokens(cli)
    assert tokens_before and f'"userid": "{alice}"' in tokens_before

    result = _login_as(cli, "Bob")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [line] = [line for line in result.stderr.splitlines() if line.startswith("withings-gui login")]
    assert f"user {alice}" in line and f"Withings user {bob}" in line and "--replace" in line
    assert (cli.config_dir / "config.json").read_text() == config_before
    assert _saved_tokens(cli) == tokens_before


def test_replace_gives_the_profile_to_the_new_account(cli, cloud):
    cli.configure()
    cli.login(user="Alice")
    bob = next(uid for uid, u in cloud.users.items() if u.name == "Bob")
    result = _login_as(cli, "Bob", "--replace")
    assert result.returncode == 0, result.stderr
    config = json.loads((cli.config_dir / "config.json").read_text())
    assert config["profiles"]["alice"]["withings_userid"] == str(bob)
    assert str(bob) in _saved_tokens(cli)


def _login_as(cli, user: str, *extra: str) -> subprocess.CompletedProcess:
    from withings_gui.core.withings.oauth import SCOPES

    proc = subprocess.Popen([sys.executable, "-m", "withings_gui", "login", "--profile", "alice",
                             "--no-browser", *extra], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli.env())
    query = parse_qs(urlsplit(proc.stdout.readline().strip()).query)
    userid = next(uid for uid, u in cli.cloud.users.items() if u.name == user)
    redirect = cli.cloud.authorize_headless(userid, query["client_id"][0],
                                            query["redirect_uri"][0], query["state"][0], SCOPES)
    out, err = proc.communicate(redirect + "\n", timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
