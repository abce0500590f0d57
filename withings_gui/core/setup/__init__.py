"""The setup wizard's logic without Qt: the draft it fills in, the order of its pages, and
the commit that turns the draft into settings."""
