"""Report writers: data in, bytes out; never opens the database.

Import the writer modules only when building a report: reportlab and openpyxl load there.
"""
