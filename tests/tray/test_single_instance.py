"""One tray per config folder: the second launch pings the first and stands down."""

import pytest

from withings_gui.core.paths import resolve_paths
from withings_gui.tray.single_instance import SingleInstance, server_name

pytestmark = pytest.mark.gui


def test_second_claim_on_the_same_folder_pings_the_first(qtbot, tmp_path):
    paths = resolve_paths(str(tmp_path / "cfg"))
    first, second = SingleInstance(paths), SingleInstance(paths)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.claim()


def test_other_config_folders_are_other_instances(qtbot, tmp_path):
    one, two = resolve_paths(str(tmp_path / "a")), resolve_paths(str(tmp_path / "b"))
    assert server_name(one) != server_name(two)
    first, other = SingleInstance(one), SingleInstance(two)
    assert first.claim() and other.claim()


def test_a_crashed_instance_does_not_block_the_next(qtbot, tmp_path):
    paths = resolve_paths(str(tmp_path / "cfg"))
    first = SingleInstance(paths)
    assert first.claim()
    first._server.close()  # as if the process died: nobody answers on the name any more
    assert SingleInstance(paths).claim()
