"""Push: Withings notifies a webhook of the user's Home Assistant, and the tray fetches then
instead of polling. Here, without Qt: the push address, the subscriptions, the categories."""
