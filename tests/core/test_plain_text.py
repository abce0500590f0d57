"""Outside text (server replies, pasted URLs) made safe to show: generated strings."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.plain_text import ELLIPSIS, MAX_CHARS, plain_text, without_controls

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Printable text mixed with what servers and terminals make of it: escapes, markup, controls.
hostile = st.lists(st.one_of(
    st.text(max_size=40),
    st.sampled_from(["\x1b[31m", "\x1b[0m", "\x1b]0;owned\x07", "\x1b]8;;http://x\x1b\\",
                     "\x9b2J", "\x1b", "\r\n", "\n\n\n", "\t", "\x00", "\x7f", "\x85",
                     "<b>x</b>", "<a href='http://evil'>", "&amp;", "\u202e", "\u2028"]),
    st.characters(max_codepoint=0x2100)), max_size=30).map("".join)


def _is_control(char: str) -> bool:
    return char in BIDI or unicodedata.category(char) in ("Cc", "Cs")


@pytest.mark.hostile("server text shown to the user (GUI and CLI)")
@settings(max_examples=1000, deadline=None)
@given(text=hostile, limit=st.integers(min_value=1, max_value=400),
       keep_newlines=st.booleans())
def test_nothing_that_steers_a_terminal_or_a_reader_survives(text, limit, keep_newlines):
    shown = plain_text(text, limit=limit, keep_newlines=keep_newlines)
    assert len(shown) <= limit
    allowed = {"\n"} if keep_newlines else set()
    assert not any(_is_control(c) and c not in allowed for c in shown)
    assert "\n\n\n" not in shown
    # Cleaning twice changes nothing: the CLI and a label may both pass the text through.
    assert plain_text(shown, limit=limit, keep_newlines=keep_newlines) == shown


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "N", "P", "S")), max_size=MAX_CHARS))
def test_ordinary_text_is_shown_as_it_is(text):
    # Markup is ordinary text here: the label shows it, it is not turned into formatting.
    assert plain_text(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=40, alphabet=st.characters(categories=("L", "N")))
       .map(lambda chunk: chunk * (MAX_CHARS // len(chunk) + 1 + len(chunk) % 3)))
def test_long_text_is_cut_with_an_ellipsis(text):
    shown = plain_text(text)
    assert len(shown) == MAX_CHARS and shown.endswith(ELLIPSIS)
    assert text.startswith(shown[:-1])


def test_escape_sequences_go_whole_not_just_their_escape_byte():
    assert plain_text("\x1b[1;31mError\x1b[0m: \x1b]0;title\x07bad") == "Error: bad"
    assert plain_text("line one\r\nline two", keep_newlines=True) == "line one\nline two"
    assert plain_text("line one\r\nline two") == "line one line two"


@pytest.mark.hostile("terminal output stream")
@settings(max_examples=500, deadline=None)
@given(hostile)
def test_a_terminal_stream_keeps_lines_and_loses_every_control(text):
    shown = without_controls(text)
    assert not any(_is_control(c) and c not in "\n\t" for c in shown)
    assert shown.count("\n") <= text.count("\n") + text.count("\r") + text.count("\u2028")
