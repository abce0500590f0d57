"""YAML the user can paste into Home Assistant's configuration.

Built as text (no YAML library at run time); every scalar that could need quoting goes
through ``_quote``, which emits a JSON string — a valid YAML double-quoted scalar.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import urlsplit

from withings_gui.core.messages import QT_TRANSLATE_NOOP, Message
from withings_gui.core.setup_rules.callback_url import (CallbackUrlError, ascii_host,
                                                       not_a_web_address)
from withings_gui.core.catalog import MEASTYPES, SensorSpec, spec_for_key
from withings_gui.core.hass.naming import entity_id, sensor_name
from withings_gui.core.profile_slug import check_slug
from withings_gui.core.units import KG_TO_LB

_UNAVAILABLE = "['unknown', 'unavailable']"
TEMPLATE_PREFIX = "template_"


def external_url_yaml(domain_url: str) -> str:
    """``homeassistant: external_url: https://<domain>`` from a domain, URL or callback URL."""
    value = (domain_url or "").strip()
    try:
        parts = urlsplit(value if "://" in value else f"https://{value}")
        port = parts.port
    except ValueError:
        raise CallbackUrlError(not_a_web_address(domain_url)) from None
    host = ascii_host(parts.hostname or "")
    if not host:
        raise CallbackUrlError(Message("core.snippets", QT_TRANSLATE_NOOP(
            "core.snippets", "{value!r} has no domain name in it."), {"value": domain_url}))
    origin = host if port in (None, 443) else f"{host}:{port}"
    return f"homeassistant:\n  external_url: https://{origin}\n"


def lb_template_yaml(profile: str, keys: Iterable[str] | None = None) -> str:
    """A ``template:`` block with a pound twin of each kg sensor of ``profile``.

    ``keys`` are catalog keys of mass sensors (``weight_kg``, ``hydration``, ...); None means
    every one. Each twin's id starts with ``template_`` (``sensor.template_withings_weight_
    lbs_alice``): every id the app itself publishes starts with ``withings_``, so pasting this
    next to the app's own lb sensors can never turn either into a ``_2`` duplicate.
    """
    check_slug(profile)
    specs = _mass_specs(keys)
    lines = ["template:", "  - sensor:"]
    for spec in specs:
        source = entity_id(spec.key, profile)
        states = f"states('{source}')"
        lines += [
            # HA derives the entity id from the name: sensor.template_withings_weight_lbs_alice
            f"      - name: {_quote(template_name(spec.lb_key, profile))}",
            f"        unique_id: {_quote(template_object_id(spec.lb_key, profile))}",
            "        unit_of_measurement: lb",
            "        device_class: weight",
            "        state_class: measurement",
            f"        icon: {_quote(spec.icon.replace('kilogram', 'pound'))}",
            f"        state: {_quote(f'{{{{ ({states} | float(0) * {KG_TO_LB}) | round(2) }}}}')}",
            f"        availability: {_quote(f'{{{{ {states} not in {_UNAVAILABLE} }}}}')}",
        ]
    return "\n".join(lines) + "\n"


def template_object_id(lb_key: str, profile: str) -> str:
    """``template_withings_weight_lbs_alice``: never an id the app publishes (``withings_…``)."""
    return f"{TEMPLATE_PREFIX}{entity_id(lb_key, profile).split('.', 1)[1]}"


def template_name(lb_key: str, profile: str) -> str:
    return f"Template Withings {sensor_name(lb_key, profile)}"


def _mass_specs(keys: Iterable[str] | None) -> list[SensorSpec]:
    if keys is None:
        return [spec for spec in MEASTYPES.values() if spec.mass]
    specs = []
    for key in keys:
        spec = spec_for_key(key)
        if spec is None or not spec.mass:
            raise ValueError(f"{key!r} is not a kg sensor; only mass sensors have a pound twin.")
        if spec not in specs:
            specs.append(spec)
    if not specs:
        raise ValueError("No kg sensors given for the pound template.")
    return specs


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
