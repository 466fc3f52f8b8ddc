"""CoProd Desktop: run co-production readiness workshops offline."""

__version__ = "0.1.0"
APP_NAME = "CoProd Desktop"
