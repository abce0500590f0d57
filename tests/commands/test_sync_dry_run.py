import json

from withings_gui.core.catalog import MEASTYPES


def test_demo_dry_run_json_prints_weight_without_home_assistant(cli):
    result = cli.run("sync", "--once", "--demo", "--dry-run", "--json")
    report = json.loads(result.stdout)
    ids = {e["entity_id"]: e for e in report["entities"]}
    weight = ids["sensor.withings_weight_kg_alice"]
    assert weight["unit_of_measurement"] == "kg" and 30 < float(weight["state"]) < 200
    assert weight["measured_at"]
    assert report["ha_writes"] == 0 and report["withings_requests"] >= 2
    assert f"sensor.withings_{MEASTYPES[6].key}_alice" in ids


def test_sync_without_profiles_says_what_to_do(cli):
    result = cli.run("sync", "--once", check=False)
    assert result.returncode == 2 and "no profile is configured" in result.stderr


def test_unknown_profile_is_named(cli):
    cli.configure()
    result = cli.run("sync", "--once", "--profile", "bob", check=False)
    assert result.returncode == 2 and "No profile 'bob'" in result.stderr


def test_revoked_login_exits_3_with_a_reauthorize_message(cli, cloud):
    cli.configure()
    cli.login()
    cloud.faults.add("revoke", count=None)
    result = cli.run("sync", "--once", "--dry-run", "--json", check=False)
    assert result.returncode == 3
    assert json.loads(result.stdout)["profiles"][0]["state"] == "needs_reauth"


def test_bad_notified_categories_are_a_one_line_error(cli):
    cli.configure()
    for value in ("", "1,x", "2", "1;4", "44,,1"):
        result = cli.run("sync", "--once", "--notified", value, check=False)
        assert result.returncode == 2, value
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("withings-gui sync: --notified: ")


def test_a_notified_pass_reads_only_that_category(cli, cloud):
    cli.configure()
    cli.login()
    cli.sync_json("--dry-run")
    before = len(cloud.requests)
    report = cli.sync_json("--dry-run", "--profile", "alice", "--notified", "44")
    assert report["profiles"][0]["state"] == "ok"
    assert [r.action for r in cloud.requests[before:]] == ["getsummary"]
