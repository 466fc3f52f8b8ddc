"""Maps the top-level resources/ folder into the installed package as coprod_desktop.assets.

Everything else about the project is declared in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["coprod_desktop", "coprod_desktop.*"]),
        "coprod_desktop.assets",
    ],
    package_dir={"coprod_desktop.assets": "resources"},
    package_data={
        "coprod_desktop.assets": ["**/*"],
        "coprod_desktop.storage": [
            "migrations/*.py",
            "migrations/*.mako",
            "migrations/versions/*.py",
        ],
    },
    # The .ts catalogues are what every part of the app reads (coprod_desktop/wording/catalogue.py).
    exclude_package_data={"coprod_desktop.assets": ["__pycache__/*"]},
)
