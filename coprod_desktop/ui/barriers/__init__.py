"""The barrier log: the planning use's record of what stands in the way, and who acts on it."""
