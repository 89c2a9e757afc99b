"""PostGIS tables as the algorithms read and write them.

Analysts name a table in one of these ways, as input and as output alike:
- ``postgis:<saved connection>/<schema>.<table>``: a connection saved in QGIS, by its name
  (QGIS keeps connection names as settings keys, so a name has no "/");
- ``postgis:<connection string>`` (QGIS's own output form), ``postgres://<connection string>``
  (its input form) or the bare connection string ``dbname=… table=…``.
``table_reference`` reads all of them; ``input_value``/``output_value`` give Processing the one
form it takes. The rest says what went wrong when a table cannot be reached and finishes an
output table the way a database administrator expects it.
"""

import re
import socket
from dataclasses import dataclass

from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..compat import ProviderConnectionError
from ..core.messages import QT_TRANSLATE_NOOP
from ..core.secrets import without_secrets
from .i18n import translate_core

PROVIDER = "postgres"
OUTPUT_PREFIX = "postgis:"
INPUT_PREFIX = "postgres://"
GEOMETRY_COLUMN = "geom"  # of the tables the plugin writes
DEFAULT_PORT = "5432"
CONNECT_TIMEOUT_S = 10
_CONNECTION_STRING = re.compile(r"\b(?:dbname|service)\s*=")
_OTHER_PROVIDER = re.compile(r"^[A-Za-z][\w+.-]+:")  # ogr:, spatialite:, memory: …
# libpq's message for a wrong user or password, in English or German server messages.
_LOGIN_REFUSED = re.compile(r"authenti|passw", re.IGNORECASE)
_SCHEMA_TABLE = re.compile(r'^(?:"?(?P<schema>[^".]+)"?\.)?"?(?P<table>[^"]+)"?$')

# pylupdate5 needs the context and the text's start on one line.
# fmt: off
TABLE_WORDS = QT_TRANSLATE_NOOP("core", "table {table} in database {database} on {host}")
NO_SUCH_CONNECTION = QT_TRANSLATE_NOOP("core", "There is no saved PostgreSQL connection named "
                                               "'{name}' in this QGIS profile. Saved "
                                               "connections: {names}.")
BAD_TABLE_NAME = QT_TRANSLATE_NOOP("core", "'{value}' does not name a table: write "
                                           "postgis:<connection>/<schema>.<table>.")
UNREACHABLE = QT_TRANSLATE_NOOP("core", "The database server {host}:{port} cannot be reached "
                                        "({reason}). Check the host name and port, and whether "
                                        "the server is running.")
LOGIN_FAILED = QT_TRANSLATE_NOOP("core", "The login to database {database} on {host} as "
                                         "'{user}' failed: check the user name and password "
                                         "(or the saved connection's authentication).")
REFUSED = QT_TRANSLATE_NOOP("core", "The database {database} on {host} refused the "
                                    "connection: {reason}")
NO_SUCH_TABLE = QT_TRANSLATE_NOOP("core", "The {table} does not exist (or this user may not "
                                          "read it).")
NO_SUCH_SCHEMA = QT_TRANSLATE_NOOP("core", "The database {database} on {host} has no schema "
                                           "{schema}: create it, or choose another one.")
NOT_A_LAYER = QT_TRANSLATE_NOOP("core", "The {table} exists but cannot be read as a layer: "
                                        "check its geometry column and primary key.")
# fmt: on


@dataclass
class TableReference:
    """A database table as a parameter names it: its connection details (a saved connection's
    looked up), schema, table and geometry column."""

    uri: QgsDataSourceUri

    @property
    def schema(self):
        return self.uri.schema() or "public"

    def qualified_name(self):
        return f"{self.schema}.{self.uri.table()}"

    def place(self):
        """What tells tables apart: server (or service), port, database, schema and name."""
        uri = self.uri
        server = (uri.service(), uri.host(), uri.port() or DEFAULT_PORT, uri.database())
        return (*server, self.schema, uri.table())

    def host(self):
        return self.uri.host() or self.uri.service() or "localhost"

    def database_address(self):
        """The database as one text (host or service, port, name): where the table lives."""
        return f"postgres://{self.host()}:{self.uri.port() or DEFAULT_PORT}/{self.uri.database()}"

    def words(self):
        """The table as a message names it, without any secret."""
        return translate_core(
            TABLE_WORDS, table=self.qualified_name(), database=self.uri.database(), host=self.host()
        )


class TableNameError(ValueError):
    """A table reference that names no saved connection or no table; ``str()`` says why."""


def table_reference(value, geometry=True):
    """The database table ``value`` names, None for anything else (files, layers, memory).

    ``geometry``: whether an output table gets a geometry column (inputs find theirs).
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    prefix = next((p for p in (OUTPUT_PREFIX, INPUT_PREFIX) if text.startswith(p)), "")
    if not prefix and _OTHER_PROVIDER.match(text):
        return None  # ogr:dbname='x.gpkg' table=… names a GeoPackage table
    rest = text[len(prefix) :]
    if _CONNECTION_STRING.search(rest) and (prefix or "table=" in rest):
        return TableReference(QgsDataSourceUri(rest))
    if prefix != OUTPUT_PREFIX:
        return None
    name, slash, table = rest.partition("/")
    parts = _SCHEMA_TABLE.match(table.strip()) if slash else None
    if parts is None:
        raise TableNameError(translate_core(BAD_TABLE_NAME, value=text))
    connection = _saved_connection(name.strip())
    uri = QgsDataSourceUri(connection.uri())
    schema, table = parts["schema"] or "public", parts["table"]
    geometry_column = GEOMETRY_COLUMN if geometry else ""
    key = ""
    try:
        properties = connection.table(schema, table)
        geometry_column = properties.geometryColumn()
        key = ",".join(properties.primaryKeyColumns())
    except ProviderConnectionError:
        pass  # an output not written yet, or a missing input: connection_problem tells which
    uri.setDataSource(schema, table, geometry_column, "", key)
    return TableReference(uri)


def names_saved_connection(value):
    """Whether ``value`` names a table through a saved connection (``postgis:<name>/…``),
    decided from the text alone: a connection string has its keywords, a name has none."""
    if not isinstance(value, str) or not value.strip().startswith(OUTPUT_PREFIX):
        return False
    return "/" in value and not _CONNECTION_STRING.search(value)


def _saved_connection(name):
    connections = QgsProviderRegistry.instance().providerMetadata(PROVIDER).connections()
    if name not in connections:
        raise TableNameError(
            translate_core(NO_SUCH_CONNECTION, name=name, names=", ".join(sorted(connections)))
        )
    return connections[name]


def reads_table(layer, reference):
    """Whether ``layer`` shows the table ``reference`` names."""
    if layer.providerType() != PROVIDER:
        return False
    return TableReference(QgsDataSourceUri(layer.source())).place() == reference.place()


def input_value(reference):
    return INPUT_PREFIX + reference.uri.uri(False)


def output_value(reference):
    return OUTPUT_PREFIX + reference.uri.uri(False)


def connection_problem(reference, as_input):
    """Why the table cannot be used, in words a user can act on; None if nothing is wrong.
    For an input (``as_input``), ask once it has failed to load: what is left is then that
    the table is missing or is no layer."""
    uri = reference.uri
    database, host, port = uri.database(), reference.host(), uri.port() or DEFAULT_PORT
    if uri.host() and not uri.service():
        try:
            socket.create_connection((uri.host(), int(port)), timeout=CONNECT_TIMEOUT_S).close()
        except OSError as error:
            return translate_core(UNREACHABLE, host=host, port=port, reason=error.strerror or error)
    refusal = _login_refusal(reference)
    if refusal is not None and _LOGIN_REFUSED.search(refusal):
        return translate_core(LOGIN_FAILED, database=database, host=host, user=uri.username())
    if refusal is not None:
        return translate_core(REFUSED, database=database, host=host, reason=refusal)
    try:
        connection = _connection(reference)
        exists = connection.tableExists(reference.schema, uri.table())
        schema_exists = exists or reference.schema in connection.schemas()
    except ProviderConnectionError as error:
        reason = without_secrets(str(error))
        return translate_core(REFUSED, database=database, host=host, reason=reason)
    if not schema_exists:
        return translate_core(NO_SUCH_SCHEMA, schema=reference.schema, database=database, host=host)
    if not as_input:
        return None
    return translate_core(NOT_A_LAYER if exists else NO_SUCH_TABLE, table=reference.words())


def _login_refusal(reference):
    """The server's reason for refusing the login, None if it lets the user in. QGIS's own
    connection error does not say why; libpq does, through psycopg2 (which every QGIS has for
    its DB Manager)."""
    try:
        import psycopg2
    except ImportError:  # a QGIS without it: QGIS's own error then says the connection failed
        return None
    try:
        psycopg2.connect(
            reference.uri.connectionInfo(True), connect_timeout=CONNECT_TIMEOUT_S
        ).close()
    except psycopg2.Error as error:
        return without_secrets(str(error).strip())
    return None


def _connection(reference):
    """A connection to the reference's database (its user and password, no table)."""
    database = QgsDataSourceUri(reference.uri.connectionInfo(False))
    metadata = QgsProviderRegistry.instance().providerMetadata(PROVIDER)
    return metadata.createConnection(database.uri(False), {})


def finish_output_table(reference):
    """Make a table Processing wrote what a database administrator expects: a primary key that
    numbers new rows itself, a spatial (GiST) index, and text for the unbounded character
    columns (Processing's varchar). Runs as the output's user, who owns the table."""
    uri = reference.uri
    table = _qualified_identifier(reference)
    connection = _connection(reference)
    literal = _literal(table)
    columns = connection.executeSql(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attidentity, "
        "pg_get_expr(d.adbin, d.adrelid), "
        "EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary "
        "AND a.attnum = ANY (i.indkey)) "
        "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid "
        "AND d.adnum = a.attnum "
        f"WHERE a.attrelid = {literal}::regclass AND a.attnum > 0 AND NOT a.attisdropped"
    )
    for name, kind, identity, default, primary in columns:
        column = _identifier(name)
        if primary and not identity and not default and kind in ("integer", "bigint"):
            connection.executeSql(
                f"ALTER TABLE {table} ALTER COLUMN {column} ADD GENERATED BY DEFAULT AS IDENTITY"
            )
            connection.executeSql(
                f"SELECT setval(pg_get_serial_sequence({literal}, {_literal(name)}), "
                f"COALESCE((SELECT max({column}) FROM {table}), 0) + 1, false)"
            )
        if kind == "character varying":
            connection.executeSql(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE text")
        if kind.startswith("geometry") and not connection.spatialIndexExists(
            reference.schema, uri.table(), name
        ):
            connection.executeSql(f"CREATE INDEX ON {table} USING GIST ({column})")


def comment_table(reference, text):
    """Store ``text`` as the table's comment: the one description every PostgreSQL client
    shows, and the abstract QGIS gives a layer of the table on every version."""
    _connection(reference).executeSql(
        f"COMMENT ON TABLE {_qualified_identifier(reference)} IS {_literal(text)}"
    )


def _identifier(name):
    return '"' + name.replace('"', '""') + '"'


def _qualified_identifier(reference):
    return f"{_identifier(reference.schema)}.{_identifier(reference.uri.table())}"


def _literal(text):
    return "'" + text.replace("'", "''") + "'"
