import json
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

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


def test_an_error_quoting_escape_sequences_reaches_the_terminal_without_them(cli, cloud):
    cli.configure()

    def hostile_error(url):
        state = parse_qs(urlsplit(url).query)["state"][0]
        # Withings' error text as it arrives: it may carry what a terminal would obey.
        return f"{CALLBACK}?error=%1B%5B31mserver_broke%1B%5D0%3Bowned%07&state={state}"

    code, err = _login_with_pasted(cli, hostile_error)
    assert code == 1 and "server_broke" in err
    assert "\x1b" not in err and "\x07" not in err and "[31m" not in err
