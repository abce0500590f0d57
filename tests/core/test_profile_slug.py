import json
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from withings_gui.core.profile_slug import (MAX_SLUG_LENGTH, ProfileNameError, check_slug,
                                            slug_problem, slugify_profile)


@pytest.mark.parametrize("name, slug", [
    ("Alice", "alice"), ("Bob Smith", "bob_smith"), ("  Zoë  ", "zoe"),
    ("Jean-Luc", "jean_luc"), ("ANNA 2", "anna_2"), ("Ana 🙂", "ana"),
])
def test_slugs(name, slug):
    assert slugify_profile(name) == slug


@pytest.mark.parametrize("name, message", [
    ("", "Enter the person's name"),
    ("   ", "Enter the person's name"),
    ("🙂🙂", "has no Latin letters or digits"),
    ("李雷", "no plain Latin spelling"),
    ("Øyvind", "no plain Latin spelling"),   # dropping Ø would give "yvind", HA "oyvind"
    ("Straße", "no plain Latin spelling"),   # ß: "strae" here, "strasse" in HA
    ("2nd person", "must start with a letter"),
    ("a" * 40, "40 characters long"),
    ("anna_", "ends with '_', which Home Assistant drops"),   # typed underscores stay
    ("_anna", "starts with '_'"),
    ("bob__x", "merges '__' into a single '_'"),
    ("Bob _Smith", "merges '__'"),
])
def test_bad_profile_names(name, message):
    with pytest.raises(ProfileNameError, match=message):
        slugify_profile(name)


@pytest.mark.parametrize("slug, reason", [
    ("Alice", "use lowercase letters only ('alice' instead)"),
    ("bob smith", "' ' is not allowed"),
    ("", "it is empty"),
    ("_x", "starts with '_', which Home Assistant drops ('x')"),
    ("anna_", "ends with '_', which Home Assistant drops ('anna')"),
    ("bob__x", "Home Assistant merges '__' into a single '_' ('bob_x')"),
    ("a-b", "'-' is not allowed"),
    ("zoë", "write it as 'zoe'"),
    ("øyvind", "Home Assistant would rewrite it"),
    ("x" * 33, "33 characters long; use at most 32"),
    ("2nd", "must start with a letter"),
])
def test_check_slug_rejects_with_the_reason(slug, reason):
    with pytest.raises(ProfileNameError, match="cannot be used") as caught:
        check_slug(slug)
    assert reason in str(caught.value)


# -- slugs are what Home Assistant's own slugify leaves unchanged ---------------------------

SLUG_TEXT = st.text(alphabet="ab_z09-A ëßø.", max_size=12)


@pytest.fixture(scope="module")
def ha_slugify():
    """``homeassistant.util.slugify`` of the real HA (the cached test venv), one line at a time."""
    from tests.support.hass_venv import ensure_venv

    python = ensure_venv() / "bin" / "python"
    worker = subprocess.Popen(
        [str(python), "-c", "import json, sys\nfrom homeassistant.util import slugify\n"
         "for line in sys.stdin:\n    print(json.dumps(slugify(json.loads(line))), flush=True)"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def slugify(text: str) -> str:
        worker.stdin.write(json.dumps(text) + "\n")
        worker.stdin.flush()
        return json.loads(worker.stdout.readline())
    yield slugify
    worker.stdin.close()
    worker.wait(timeout=30)
    worker.stdout.close()


@settings(max_examples=1000, deadline=None)
@given(slug=SLUG_TEXT)
def test_a_slug_is_valid_exactly_when_home_assistant_leaves_it_unchanged(ha_slugify, slug,
                                                                           figures):
    figures.held("profile slug vs HA slugify", "tests/core/test_profile_slug.py")
    ours = slug_problem(slug) == ""
    # This app adds two rules of its own: a leading letter, and a short slug.
    has = ha_slugify(slug) == slug and slug[:1].isalpha() and len(slug) <= MAX_SLUG_LENGTH
    assert ours == has, (slug, ha_slugify(slug), slug_problem(slug))


@settings(max_examples=2000, deadline=None)
@given(name=st.text(max_size=40))
def test_any_typed_name_gives_a_usable_slug_or_a_reason(name, figures):
    figures.held("profile name typed in the wizard", "tests/core/test_profile_slug.py")
    try:
        slug = slugify_profile(name)
    except ProfileNameError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert slug_problem(slug) == ""
