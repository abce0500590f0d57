import pytest

from withings_gui.demo.cloud import SimulatedCloud
from withings_gui.demo.session import open_demo


@pytest.fixture
def cloud():
    with SimulatedCloud(seed=1) as cloud:
        yield cloud


@pytest.fixture
def demo(tmp_path, cloud):
    session = open_demo(str(tmp_path / "cfg"), cloud=cloud)
    yield session
    session.close()
