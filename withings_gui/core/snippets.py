"""YAML the user can paste into Home Assistant's configuration."""

from __future__ import annotations

from urllib.parse import urlsplit

from withings_gui.core.catalog import KG_TO_LB, MEASTYPES
from withings_gui.core.hass.naming import entity_id


def external_url_yaml(url: str) -> str:
    parts = urlsplit(url if "://" in url else f"https://{url}")
    return f"homeassistant:\n  external_url: https://{parts.netloc}\n"


def lb_template_yaml(profile: str) -> str:
    """Template sensors that mirror each kg sensor of ``profile`` in pounds.

    For users who publish kg only and still want pounds in HA, as the classic integration's
    documentation suggested; ids match the app's own lb twins.
    """
    lines = ["template:", "  - sensor:"]
    for spec in MEASTYPES.values():
        if not spec.mass:
            continue
        source = entity_id(spec.key, profile)
        object_id = f"withings_{spec.lb_key}_{profile}"
        lines += [
            f"      - name: \"Withings {spec.lb_key.replace('_', ' ')} {profile.replace('_', ' ')}\"",
            f"        unique_id: {object_id}",
            "        unit_of_measurement: lb",
            "        device_class: weight",
            "        state_class: measurement",
            f"        state: \"{{{{ (states('{source}') | float(0) * {KG_TO_LB}) | round(2) }}}}\"",
            f"        availability: \"{{{{ has_value('{source}') }}}}\"",
        ]
    return "\n".join(lines) + "\n"
