"""Which way the tray learns of new data, and the words that say why."""

from withings_gui.core.messages import verbatim
from withings_gui.tray.sync_mode import PushState, sync_mode


def test_live_only_when_listening_and_every_profile_is_subscribed():
    push = PushState(possible=True, listening=True, subscribed={"alice": True, "bob": True})
    assert push.live
    mode = sync_mode(push, 5)
    assert mode.live and mode.headline.english().startswith("Live")
    assert "every hour" in mode.why.english()
    push.subscribed["bob"] = False
    push.problems["bob"] = verbatim("Withings said: too many requests")
    mode = sync_mode(push, 5)
    assert not push.live and not mode.live
    assert mode.headline.english() == "Checking every 5 minutes"
    assert mode.why.english() == ("Withings notifications are not set up for bob: Withings "
                                  "said: too many requests")


def test_home_network_only_says_so():
    mode = sync_mode(PushState(home_network_only=True), 5)
    assert (mode.headline.english(), mode.why.english()) == (
        "Checking every 5 minutes", "Home Assistant is reachable only at home, so Withings "
                                    "cannot tell us about new weigh-ins.")


def test_not_live_while_connecting_nor_after_the_listener_stopped():
    assert "Connecting" in sync_mode(PushState(possible=True), 1).why.english()
    assert sync_mode(PushState(possible=True), 1).headline.english() == "Checking every minute"
    stopped = PushState(possible=True, reason=verbatim("Nothing answers at http://ha:8123."))
    assert sync_mode(stopped, 15).why.english() == ("Live updates paused: Nothing answers at "
                                          "http://ha:8123.")
    waiting = PushState(possible=True, listening=True)
    assert not waiting.live and "Setting up" in sync_mode(waiting, 5).why.english()


def test_no_home_assistant_no_push():
    assert not PushState(possible=False, listening=True, subscribed={"a": True}).live
    assert "Home Assistant set up" in sync_mode(PushState(), 5).why.english()
