# The simulated cloud and a logged-in demo folder, as the tray's tests have them.
from tests.tray.conftest import cloud, demo  # noqa: F401  (fixtures)
