"""The facilitator's console: capture a group's consensus live, keyboard first."""
