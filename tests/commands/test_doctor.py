"""``withings-gui doctor`` run as a real process against the simulated cloud over HTTP: it
explains a measure hidden in the Withings app and weigh-ins waiting to be assigned there."""

import json

from withings_gui.core.missing_measures import Reason


def alice(cloud) -> int:
    return next(uid for uid, user in cloud.users.items() if user.name == "Alice")


def measure_checks(cli) -> list[dict]:
    result = cli.run("doctor", "--json", check=False)
    assert "Traceback" not in result.stderr
    return [c for c in json.loads(result.stdout) if c["name"] == "measures:alice"]


def test_doctor_explains_a_hidden_and_an_unassigned_measure(cli, cloud):
    cloud.hide_measure(alice(cloud), 91)  # pulse wave velocity, hidden in the app
    cloud.add_unassigned_weigh_ins(alice(cloud), 2)
    cli.configure()
    cli.login()
    cli.sync_json()

    texts = [c["message"] for c in measure_checks(cli)]
    hidden = [t for t in texts if t.startswith("Pulse wave velocity:")]
    assert len(hidden) == 1 and "hidden in the Withings app" in hidden[0]
    assert "Body Cardio" in hidden[0]
    # The demo's guests count too: every held-back weigh-in of the history waits.
    guests = sum(1 for g in cloud.measure_groups(alice(cloud)) if g["attrib"] == 1)
    waiting = [t for t in texts if "wait to be assigned" in t]
    assert len(waiting) == 1 and waiting[0].startswith(f"{guests} weigh-ins")
    assert "weight" in waiting[0] and "pulse wave velocity" not in waiting[0]
    assert not any(t.startswith("Weight:") for t in texts)


def test_assigned_weigh_ins_leave_the_list_and_doctor_says_so(cli, cloud):
    userid = alice(cloud)
    grpids = cloud.add_unassigned_weigh_ins(userid, 1)
    cli.configure()
    cli.login()
    cli.sync_json()
    assert any("wait to be assigned" in c["message"] for c in measure_checks(cli))

    # Assigned in the app: the group comes back as Alice's; so do the guests' for this test.
    for group in cloud.measure_groups(userid):
        if group["attrib"] == 1:
            group.update(attrib=0, modified=int(cloud.clock()) + 1)
    assert grpids
    cli.sync_json()
    checks = measure_checks(cli)
    assert not any("wait to be assigned" in c["message"] for c in checks)
    assert {c["ok"] for c in checks} <= {True, None}


def test_the_printed_report_names_each_reason_on_its_line(cli, cloud):
    cloud.hide_measure(alice(cloud), 91)
    cli.configure()
    cli.login()
    cli.sync_json()
    out = cli.run("doctor", check=False).stdout
    lines = [line for line in out.splitlines() if "measures:alice" in line]
    assert any("[--  ] measures:alice: Pulse wave velocity:" in line for line in lines), out
    assert any(Reason.NO_DEVICE.value not in line and "No device on this account measures"
               in line for line in lines)
