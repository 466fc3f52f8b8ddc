"""A session that fits the day: the estimate when preparing, the state of the day live."""
