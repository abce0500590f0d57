"""Messages: English for logs, rendered through any translate function, and a JSON round trip."""

from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message


def test_noop_returns_the_source():
    assert QT_TRANSLATE_NOOP("core.test", "Weight") == "Weight"


def test_english_fills_values_and_nested_messages():
    inner = Message("core.test", "Home Assistant said {status}", {"status": 401})
    outer = Message("core.test", "Sync failed: {reason}", {"reason": inner})
    assert outer.english() == "Sync failed: Home Assistant said 401"
    assert str(outer) == outer.english()


def test_render_translates_outer_and_inner_in_the_same_language():
    german = {
        "Sync failed: {reason}": "Synchronisierung fehlgeschlagen: {reason}",
        "Home Assistant said {status}": "Home Assistant antwortete {status}",
    }

    def translate(context, source):
        return german.get(source, source)

    inner = Message("core.test", "Home Assistant said {status}", {"status": 401})
    outer = Message("core.test", "Sync failed: {reason}", {"reason": inner})
    assert outer.render(translate) == (
        "Synchronisierung fehlgeschlagen: Home Assistant antwortete 401"
    )


def test_braces_in_values_are_not_read_as_placeholders():
    text = Message("core.test", "Bad value: {value}", {"value": "{name}"}).english()
    assert text == "Bad value: {name}"


@settings(deadline=None)  # a loaded machine makes the first example slow
@given(
    st.dictionaries(
        st.text(alphabet="abcdefghij_", min_size=1, max_size=8),
        st.one_of(st.integers(), st.text(max_size=20), st.none(), st.floats(allow_nan=False)),
        max_size=4,
    )
)
def test_json_round_trip(values):
    inner = Message("core.test", "inner {x}", {"x": 1})
    original = Message("core.test", "outer", {**values, "nested": inner})
    assert Message.from_json(original.to_json()) == original


def test_a_broken_translation_falls_back_to_english():
    def translate(context, source):
        return "Fehler: {grund"  # a stray brace: str.format cannot read it

    message = Message("core.test", "Failed: {reason}", {"reason": "disk full"})
    assert message.render(translate) == "Failed: disk full"


def test_a_placeholder_without_a_value_stays_written():
    assert Message("core.test", "Hello {name}", {}).english() == "Hello {name}"
