"""Hypothesis strategies for what a Home Assistant (or something posing as one) may answer."""

from __future__ import annotations

import json

from hypothesis import strategies as st

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=8)

# Shaped like HA's per-sensor result, with every field possibly of the wrong type.
errors = json_values | st.fixed_dictionaries(
    {}, optional={"code": json_values | st.sampled_from(["not_registered", "invalid_format"]),
                  "message": json_values | st.just("line one\nline two\x1b[31m")})
entries = json_values | st.fixed_dictionaries(
    {}, optional={"success": json_values | st.booleans(), "error": errors,
                  "is_disabled": json_values | st.booleans()})


def update_replies(unique_ids: list[str]):
    keys = st.sampled_from(unique_ids) | st.text(max_size=6)
    return json_values | st.dictionaries(keys, entries, max_size=3)


register_replies = json_values | st.fixed_dictionaries(
    {}, optional={"success": json_values | st.booleans()})


def bodies(values) -> st.SearchStrategy[bytes]:
    """A reply body: JSON of ``values``, or any bytes (truncated, not JSON, not UTF-8)."""
    return values.map(lambda v: json.dumps(v).encode()) | st.binary(max_size=40) \
        | values.map(lambda v: json.dumps(v).encode()[:-1])
