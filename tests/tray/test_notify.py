from withings_gui.core.sync_result import SyncResult, SyncState
from withings_gui.tray.state import TrayState
from withings_gui.tray.notify import battery_notices, notices_for
from withings_gui.tray.status import TrayStatus


def status(state=TrayState.OK, weighed_at=1000, weight=72.4, message=""):
    return TrayStatus(state, weight, "kg", weighed_at, 900.0, message)


def test_new_weigh_in_only_when_asked_for_and_really_new():
    assert [n.title for n in notices_for(status(), status(weighed_at=2000), True)] == \
        ["New weigh-in"]
    assert notices_for(status(), status(weighed_at=2000), False) == []
    assert notices_for(status(), status(), True) == []
    assert notices_for(None, status(), True) == []  # the first sync is not news
    [notice] = notices_for(status(), status(weighed_at=2000, weight=72.35), True)
    assert notice.text == "72.35 kg"  # as Withings sent it


def test_revoked_login_asks_for_reauthorize_once():
    revoked = status(TrayState.NEEDS_REAUTH, message="Withings refused the login.")
    [notice] = notices_for(status(), revoked, False)
    assert notice.critical and "Re-authorize" in notice.text
    assert notices_for(revoked, revoked, False) == []  # not again on every background sync


def result(profile="alice", low=()):
    return SyncResult(profile, SyncState.OK, "", low_batteries=low)


def test_a_battery_turned_low_is_said_with_the_device_and_whose_it_is():
    assert battery_notices([result()], False) == []
    [notice] = battery_notices([result(low=("Body Scan",))], False)
    assert notice.title == "Withings battery low" and not notice.critical
    assert notice.text.startswith("Body Scan: its battery is low.")
    [alice, bob] = battery_notices([result(low=("Body+",)),
                                    result("bob", ("BPM Connect", "Body Scan", "Aura"))], True)
    assert alice.text.startswith("Body+ (alice): its battery is low.")
    assert bob.text.startswith("BPM Connect, Body Scan and Aura (bob): their batteries are low.")
