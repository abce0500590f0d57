"""A simulated Withings cloud (authorize page, token and data endpoints) over real HTTP."""
