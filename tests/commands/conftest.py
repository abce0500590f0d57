import pytest

from tests.cli_helpers import Cli
from withings_gui.demo.cloud import SimulatedCloud


@pytest.fixture
def cloud():
    cloud = SimulatedCloud(seed=7, page_size=200)
    cloud.start()
    yield cloud
    cloud.stop()


@pytest.fixture
def cli(tmp_path, cloud):
    return Cli(tmp_path / "config", cloud)
