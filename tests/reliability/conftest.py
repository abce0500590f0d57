"""Shared by the reliability tests (their figures go through tests/support/figures.py)."""

from __future__ import annotations

import pytest

from withings_gui.demo.cloud import SimulatedCloud


@pytest.fixture
def cloud():
    """The simulated Withings cloud on the real clock (the fault tests use a simulated one)."""
    with SimulatedCloud(seed=5) as cloud:
        yield cloud
