"""The co-production readiness method in plain Python: no Qt, no SQL."""
