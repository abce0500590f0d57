"""What setting the app up checks and hands out, without Qt: the callback URL's rules (static
and network), and the YAML snippets to paste into Home Assistant. Used by the wizard and by
the CLI's ``configure`` and ``doctor``; nothing that runs after setup needs them."""
