"""withings-gui: Withings measurements into Home Assistant, from a desktop wizard and tray."""

__version__ = "0.1.0"
