"""Text from outside (Withings, Home Assistant, a pasted URL) made safe to show anywhere.

A server's error message may carry markup (Qt would render ``<b>`` or a link), terminal
escape sequences (the CLI would recolour or retitle the user's terminal), bidi overrides that
reorder what is read, or a whole HTML page. Both the wizard and the CLI pass such text
through ``plain_text`` first; Qt labels that show it also use the PlainText format.
"""

from __future__ import annotations

import re

MAX_CHARS = 300
# A whole message: our own words around one piece of outside text of at most MAX_CHARS.
MESSAGE_CHARS = 600
ELLIPSIS = "…"

# ESC-introduced sequences as terminals read them: CSI (ESC [ … final), OSC (ESC ] … BEL or
# ESC \), and two-character escapes. Removed whole, so no "[31m" is left behind.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]?"
                      r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
                      r"|\x1b[@-Z\\-_]?"
                      r"|\x9b[0-?]*[ -/]*[@-~]?")
# Characters that change how the rest is displayed without being seen themselves.
_BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                     "\u2066\u2067\u2068\u2069")


def plain_text(text: object, limit: int = MAX_CHARS, keep_newlines: bool = False) -> str:
    """``text`` without control characters or escape sequences, at most ``limit`` characters.

    Tabs become spaces; newlines are kept (at most two in a row) with ``keep_newlines``, else
    each run of them becomes one space. Longer text is cut and ends with an ellipsis."""
    value = text if isinstance(text, str) else str(text)
    value = _ESCAPES.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for char in value:
        if char in "\n\u2028\u2029":
            kept.append("\n" if keep_newlines else " ")
        elif char == "\t":
            kept.append(" ")
        elif _is_hidden(char):
            continue
        else:
            kept.append(char)
    value = "".join(kept)
    value = re.sub(r"\n{3,}", "\n\n", value) if keep_newlines else re.sub(r" {2,}", " ", value)
    value = value.strip()
    if len(value) > limit:
        value = value[:max(limit - len(ELLIPSIS), 0)].rstrip() + ELLIPSIS
    return value


def without_controls(text: str) -> str:
    """``text`` with escape sequences and control characters removed, newlines and tabs
    kept, nothing cut: for a terminal stream that prints whole reports line by line."""
    value = _ESCAPES.sub("", text)
    return "".join(char for char in value if char in "\n\t" or not _is_hidden(char))


def _is_hidden(char: str) -> bool:
    """A control character (Unicode category Cc), a lone surrogate (Cs) or a bidi control.
    By code point, not unicodedata: the tray prints through this and starts without it."""
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF \
        or char in _BIDI_CONTROLS
