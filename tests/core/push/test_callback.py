import logging

import pytest

from withings_gui.core.config import Config
from withings_gui.core.context import AppContext
from withings_gui.core.logs import setup_logging
from withings_gui.core.push.callback import push_base_url, push_callback_url, webhook_id_of


@pytest.mark.parametrize("callback, base", [
    ("https://abc123.ui.nabu.casa/auth/external/callback", "https://abc123.ui.nabu.casa"),
    ("https://ha.example.com/auth/external/callback", "https://ha.example.com"),
    ("https://ha.example.com:8443/auth/external/callback", "https://ha.example.com:8443"),
    ("https://my.home-assistant.io/redirect/oauth", None),  # the home-network path
    ("http://localhost", None),
    ("", None),
])
def test_push_needs_a_public_home_assistant(callback, base):
    assert push_base_url(Config(callback_url=callback)) == base


def test_the_webhook_id_is_made_once_and_kept_in_the_settings(tmp_path):
    ctx = AppContext.open(str(tmp_path / "cfg"))
    ctx.update_config(lambda c: setattr(c, "callback_url",
                                        "https://ha.example.com/auth/external/callback"))
    assert push_callback_url(ctx.config) is None  # no id yet, and no owner to save one
    url = push_callback_url(ctx.config, ctx.settings)
    webhook_id = webhook_id_of(url)
    assert url == f"https://ha.example.com/api/webhook/{webhook_id}" and len(webhook_id) == 32
    again = AppContext.open(str(tmp_path / "cfg"))
    assert again.config.push_webhook_id == webhook_id
    assert push_callback_url(again.config, again.settings) == url


def test_the_webhook_id_never_reaches_the_log(tmp_path):
    ctx = AppContext.open(str(tmp_path / "cfg"))
    ctx.update_config(lambda c: setattr(c, "callback_url",
                                        "https://ha.example.com/auth/external/callback"))
    setup_logging(ctx.paths)
    url = push_callback_url(ctx.config, ctx.settings)
    logging.getLogger("withings_gui.test").warning("posting to %s (id %s)", url,
                                                   ctx.config.push_webhook_id)
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = "".join(path.read_text() for path in ctx.paths.log_dir.glob("*.log*"))
    assert "posting to" in logged and ctx.config.push_webhook_id not in logged


@pytest.mark.parametrize("url, found", [
    ("https://h/api/webhook/abc", "abc"), ("https://h/api/webhook/abc/", "abc"),
    ("https://h/api/webhook/", None), ("https://h/api/webhooks/abc", None),
    ("https://h/x/api/webhook/abc", None), ("https://h/api/webhook/a/b", None),
    ("http://[::1", None),
])
def test_webhook_id_of(url, found):
    assert webhook_id_of(url) == found
