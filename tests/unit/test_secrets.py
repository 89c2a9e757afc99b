"""Passwords of connection strings never reach a text the plugin writes."""

import pytest

from i40_disparity_plugin.core.secrets import without_secrets


@pytest.mark.parametrize(
    "text, expected",
    [
        # QGIS's form, a quote inside the password escaped as QGIS writes it.
        (
            "dbname='m' host=db port=5432 user='a' password='Ge\\'heim x' sslmode=disable "
            'table="public"."plz" (geom)',
            "dbname='m' host=db port=5432 user='a' sslmode=disable table=\"public\".\"plz\" (geom)",
        ),
        ("postgis:dbname=m password=abc user=x", "postgis:dbname=m user=x"),  # unquoted
        ('PG:dbname=m PASSWORD="a b" user=x', "PG:dbname=m user=x"),  # GDAL's, any case
        ("postgresql://bob:s3cret@db.example/m", "postgresql://bob@db.example/m"),  # URL
        ("password='x' authcfg=ab12cd3", "authcfg=ab12cd3"),  # the id of the store stays
        ("Das password-Feld ist leer", "Das password-Feld ist leer"),  # no key=value: kept
        (None, None),
    ],
)
def test_passwords_are_removed(text, expected):
    assert without_secrets(text) == expected
