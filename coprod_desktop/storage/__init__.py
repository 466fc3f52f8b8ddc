"""The local SQLite store: engine, schema, migrations, backups and queries."""
