"""PostGIS as ministries use it, on a real server (tests/helpers/postgis_server.py): every
algorithm reads its layers from PostGIS and writes its layers into it, with the results of the
same runs on files; re-runs into the same table from qgis_process; style and provenance seen
from a second QGIS profile as another database user; no password in anything the runs produce;
connection errors that say what is wrong; a dock that writes its results into PostGIS."""

import contextlib
import json
import math
import subprocess
import sys
from pathlib import Path

import postgis_server
import processing
import pytest
from bad_input_cases import TEMPORARY, VALID, In, file_value
from bad_input_files import write_all
from conftest import RecordingFeedback
from osgeo import gdal
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorLayer,
)

# The qgis_process set-up of the packaging tests: the built zip in a throw-away profile.
from test_packaged_plugin import (  # noqa: F401 (fixtures)
    QGIS_PROCESS,
    make_profile,
    plugin_zip,
    processing_profile,
    run_bounded,
)
from test_plugin_and_dock import wait_until

from i40_disparity_plugin.gis.postgis import table_reference
from i40_disparity_plugin.gui.density_bands_panel import DensityBandsPanel

SECOND_PROFILE = Path(__file__).with_name("postgis_profile.py")
CONNECTION = "Ministerium"  # the saved connection's name, as analysts pick one
COLLEAGUE, COLLEAGUE_PASSWORD = "kollegin", "Anderes-9Zy!pw"
LAYERS = ("areas", "points", "facilities", "districts", "laender")
# The corpus's use-case table as an analyst keeps one in the database: text columns alone.
USE_CASES = "use_cases"
LAYER_PARAMETERS = {"source", "vector"}
# Fields a storage adds by itself: the key ogr2ogr gives the tables it loads, the key QGIS
# gives a table it creates.
STORAGE_KEYS = {"ogc_fid", "id", "fid"}
SINKS = {"sink"}


@pytest.fixture(scope="session")
def server():
    try:
        with postgis_server.running() as running:
            yield running
    except postgis_server.ServerUnavailable as error:
        pytest.fail(f"{error}: the PostGIS tests need a real server")


@pytest.fixture(scope="session")
def database(server, tmp_path_factory):
    """The corpus's small layers as PostGIS tables (EPSG:25832, keys as text, as ogr2ogr
    loads official data), and the files they came from."""
    folder = tmp_path_factory.mktemp("files")
    write_all(folder)
    gdal.UseExceptions()
    for name in LAYERS:
        gdal.VectorTranslate(
            server.ogr_connection(),
            str(folder / f"{name}.geojson"),
            format="PostgreSQL",
            layerName=name,
            dstSRS="EPSG:25832",
            layerCreationOptions=["GEOMETRY_NAME=geom"],
        )
    gdal.VectorTranslate(
        server.ogr_connection(), str(folder / f"{USE_CASES}.csv"), format="PostgreSQL"
    )
    server.psql(
        f"CREATE ROLE {COLLEAGUE} LOGIN PASSWORD '{COLLEAGUE_PASSWORD}';"
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {COLLEAGUE};"
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {COLLEAGUE}"
    )
    return folder


@pytest.fixture(scope="session")
def saved_connection(server):
    """The server as a connection saved in this QGIS profile, user name and password with it."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    stored = {"saveUsername": True, "savePassword": True}
    metadata.saveConnection(metadata.createConnection(server.uri(), stored), CONNECTION)
    return CONNECTION


def file_parameters(algorithm, folder, out):
    return {key: file_value(value, folder, out) for key, value in VALID[algorithm].items()}


def database_parameters(algorithm, server, folder, out):
    """The algorithm's valid run with every layer read from PostGIS (the bare connection string,
    password and all) and every layer output written into it."""
    parameters = {}
    kinds = {p.name(): p.type() for p in definition_of(algorithm).parameterDefinitions()}
    for key, value in VALID[algorithm].items():
        if isinstance(value, In) and kinds[key] in LAYER_PARAMETERS:
            table = Path(value.name).stem
            value = server.uri(table, geometry=None if table == USE_CASES else "geom")
        elif value == TEMPORARY:
            value = "postgis:" + server.uri(f"{algorithm}_{key.lower()}")
        else:
            value = file_value(value, folder, out)
        parameters[key] = value
    return parameters


def definition_of(algorithm):
    return QgsApplication.processingRegistry().algorithmById(f"i40disparity:{algorithm}")


def sinks(algorithm):
    return [p.name() for p in definition_of(algorithm).parameterDefinitions() if p.type() in SINKS]


def rows(layer, names):
    values = [[feature[name] for name in names] for feature in layer.getFeatures()]
    return sorted(values, key=repr)


def assert_same_rows(expected, actual):
    assert len(expected) == len(actual)
    for want, got in zip(expected, actual):
        for a, b in zip(want, got):
            if isinstance(a, float) and isinstance(b, float):
                assert math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9), (want, got)
            else:
                assert a == b or (_is_null(a) and _is_null(b)), (want, got)


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def table_layer(server, table):
    layer = QgsVectorLayer(server.uri(table), table, "postgres")
    if not layer.isValid():
        layer = QgsVectorLayer(server.uri(table, geometry=None), table, "postgres")
    assert layer.isValid(), f"{table} was not written"
    return layer


@pytest.mark.parametrize("algorithm", sorted(VALID))
def test_postgis_run_equals_file_run(
    provider, server, database, saved_connection, tmp_path, algorithm
):
    (tmp_path / "files").mkdir()
    (tmp_path / "db").mkdir()
    file_run = file_parameters(algorithm, database, tmp_path / "files")
    parameters = database_parameters(algorithm, server, database, tmp_path / "db")
    if algorithm == "report":  # reads what densitybands wrote, in each place
        file_run["DENSITY_SUMMARY"] = density_summary(file_run["DENSITY_SUMMARY"], TEMPORARY)
        # A result names its table without the password: read again through a saved connection.
        summary = f"postgis:{saved_connection}/public.report_summary"
        parameters["DENSITY_SUMMARY"] = density_summary(parameters["DENSITY_SUMMARY"], summary)
    from_files = processing.run(algorithm_id(algorithm), file_run)
    feedback = RecordingFeedback()
    with message_log() as logged:
        from_db = processing.run(algorithm_id(algorithm), parameters, feedback=feedback)
    outputs = sinks(algorithm)
    for key, value in from_files.items():
        if key in outputs:
            names = [n for n in value.fields().names() if n not in STORAGE_KEYS]
            written = table_layer(server, f"{algorithm}_{key.lower()}")
            assert_same_rows(rows(value, names), rows(written, names))
        elif not isinstance(value, str) or not value.startswith(str(tmp_path)):
            expected = pytest.approx(value) if isinstance(value, float) else value
            assert from_db[key] == expected, key
    if algorithm == "report":  # its inputs say where each table lives, in words
        report = (tmp_path / "db" / "bericht.html").read_text(encoding="utf-8")
        assert f"table public.report_summary in database {server.database}" in report
    texts = [repr(from_db), feedback.textLog(), *logged, *outputs_text(tmp_path / "db")]
    assert_no_password(server, texts)


@contextlib.contextmanager
def message_log():
    """What QGIS and the plugin write to QGIS's message log meanwhile, as texts."""
    logged = []

    def keep(message, tag, level):
        logged.append(f"{tag}: {message}")

    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    try:
        yield logged
    finally:
        log.messageReceived.disconnect(keep)


def density_summary(areas, destination):
    parameters = {"INPUT": areas, "POPULATION_FIELD": "einwohner", "OUTPUT": TEMPORARY}
    results = processing.run("i40disparity:densitybands", {**parameters, "SUMMARY": destination})
    return results["SUMMARY"]


def algorithm_id(algorithm):
    return f"i40disparity:{algorithm}"


def outputs_text(folder):
    return [path.read_bytes().decode("latin-1") for path in folder.rglob("*") if path.is_file()]


def assert_no_password(server, texts):
    dump = subprocess.run(
        [str(server.bin / "pg_dump"), "-h", server.host, "-p", str(server.port), "-U", server.user,
         server.database],
        env={"PGPASSWORD": server.password}, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    for text in (*texts, dump):
        assert server.password not in text


def test_reruns_into_the_same_table_finish_and_keep_one_style(
    server,
    database,
    processing_profile,  # noqa: F811
):
    """Three batch runs into one table through the saved connection, as a cron job would; QGIS
    3.22 would have asked in a dialog whether to overwrite the style of the first."""
    second_qgis(processing_profile, "save-connection", CONNECTION, server.uri())
    for run in range(3):
        command = [
            QGIS_PROCESS, "run", "i40disparity:densitybands", "--",
            f"INPUT=postgis:{CONNECTION}/public.areas",
            "POPULATION_FIELD=einwohner",
            f"OUTPUT=postgis:{CONNECTION}/public.bands_batch",
            f"SUMMARY=postgis:{CONNECTION}/public.summary_batch",
        ]  # fmt: skip
        done = run_bounded(command, processing_profile.environment(QT_QPA_PLATFORM="offscreen"))
        assert done.returncode == 0, f"run {run + 1}: {done.stderr}"
        assert server.password not in done.stdout + done.stderr
    assert server.psql("SELECT count(*) FROM bands_batch") == "4"
    styles = server.psql("SELECT stylename FROM layer_styles WHERE f_table_name = 'bands_batch'")
    assert styles.splitlines() == ["i40disparity"]
    assert f"postgis:{CONNECTION}/public.bands_batch" in done.stdout


def test_a_colleague_sees_style_and_provenance(
    provider,
    server,
    database,
    make_profile,  # noqa: F811
):
    processing.run(
        "i40disparity:densitybands",
        {
            "INPUT": server.uri("areas"),
            "POPULATION_FIELD": "einwohner",
            "THRESHOLDS": "150,300,500",
            "OUTPUT": "postgis:" + server.uri("bands_shared"),
        },
    )
    colleague = server.uri("bands_shared").replace(server.user, COLLEAGUE)
    colleague = colleague.replace(server.password, COLLEAGUE_PASSWORD)
    seen = second_qgis(make_profile("kollegin"), "read-table", colleague)
    assert seen["valid"]
    # From the table's comment (QGIS 3.22) or the database's layer metadata (later releases).
    described = "\n".join([seen["title"], seen["abstract"], *seen["rights"]])
    assert "Density bands of areas" in described  # what it is …
    assert "150, 300, 500" in described  # … from which parameters …
    assert "Quelle: areas" in described  # … and sources (the input's name: none known)
    assert seen["renderer"] == "categorizedSymbol"
    assert len(seen["categories"]) == 5  # four bands and "no band"


def second_qgis(profile, *arguments):
    done = subprocess.run(
        [sys.executable, str(SECOND_PROFILE), *arguments],
        env=profile.environment(QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_output_tables_are_what_a_dba_expects(provider, server, database):
    processing.run(
        "i40disparity:densitybands",
        {
            "INPUT": server.uri("areas"),
            "POPULATION_FIELD": "einwohner",
            "OUTPUT": "postgis:" + server.uri("bands_dba"),
        },
    )
    indexes = server.psql("SELECT indexdef FROM pg_indexes WHERE tablename = 'bands_dba'")
    assert "USING gist (geom)" in indexes
    types = dict(
        line.split("|")
        for line in server.psql(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'bands_dba'"
        ).splitlines()
    )
    assert types["plz"] == "text" and types["band_label"] == "text"
    # A row added later gets its key from the table.
    server.psql("INSERT INTO bands_dba (plz) VALUES ('99999')")
    assert server.psql("SELECT count(DISTINCT ogc_fid) FROM bands_dba") == "5"


def test_saved_connection_by_name_in_and_out(provider, server, database, saved_connection):
    results = processing.run(
        "i40disparity:assignpoints",
        {
            "INPUT": f"postgis:{CONNECTION}/public.points",
            "AREAS": f"postgis:{CONNECTION}/areas",
            "OUTPUT": f"postgis:{CONNECTION}/public.placed",
            "COUNTS": f"postgis:{CONNECTION}/public.placed_counts",
        },
    )
    assert results["OUTPUT"] == f"postgis:{CONNECTION}/public.placed"
    assert server.psql("SELECT count(*) FROM placed WHERE plz IS NOT NULL") == "4"


@pytest.mark.parametrize(
    "change, words",
    [
        ({"table": "no_such_table"}, ("public.no_such_table", "does not exist")),
        ({"password": "falsch"}, ("login", "failed", "'analyst'")),
        ({"port": "1"}, ("cannot be reached", "127.0.0.1:1")),
    ],
    ids=["missing table", "wrong password", "server not reached"],
)
def test_connection_errors_say_what_is_wrong(provider, server, database, change, words):
    source = server.uri(change.get("table", "areas"))
    source = source.replace(
        f"password='{server.password}'", f"password='{change.get('password', server.password)}'"
    )
    source = source.replace(f"port={server.port}", f"port={change.get('port', server.port)}")
    with message_log() as logged, pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "i40disparity:densitybands",
            {"INPUT": source, "POPULATION_FIELD": "einwohner", "OUTPUT": TEMPORARY},
        )
    message = str(raised.value)
    assert all(word in message for word in words), message
    for text in (message, *logged):
        assert "falsch" not in text and server.password not in text


def test_an_output_into_a_missing_schema_is_refused_before_the_run(provider, server, database):
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "i40disparity:densitybands",
            {
                "INPUT": server.uri("areas"),
                "POPULATION_FIELD": "einwohner",
                "OUTPUT": "postgis:" + server.uri("bands", schema="planung"),
            },
        )
    assert "no schema planung" in str(raised.value)


def test_dock_writes_into_postgis_and_shows_the_result(
    qgis_iface, qgis_new_project, provider, server, database, saved_connection
):
    areas = QgsVectorLayer(server.uri("areas"), "Gebiete", "postgres")
    QgsProject.instance().addMapLayer(areas)
    panel = DensityBandsPanel(qgis_iface)
    panel.layerCombo.setLayer(areas)
    # Between the inputs and the buttons; a schema to choose only for a database.
    layout = panel.mainLayout
    assert layout.indexOf(panel.destination) == layout.indexOf(panel.buttonLayout) - 1
    connections = panel.destination.connectionCombo
    connections.setCurrentIndex(0)
    assert connections.currentText() == "Temporary layers"
    assert not panel.destination.schemaCombo.isVisibleTo(panel)
    connections.setCurrentIndex(connections.findData(saved_connection))
    assert panel.destination.schemaCombo.isVisibleTo(panel)
    panel.runButton.click()
    wait_until(lambda: panel.run is None)

    assert "4 areas classified" in panel.statusLabel.text()
    assert panel.summaryTable.rowCount() == 4  # read back from the database
    assert server.psql("SELECT count(*) FROM density_bands_gebiete") == "4"
    bands = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.name().startswith("Density bands")
    ]
    assert [layer.providerType() for layer in bands] == ["postgres"]
    assert isinstance(bands[0].renderer(), QgsCategorizedSymbolRenderer)
    connections.setCurrentIndex(0)  # remembered: the next docks of the session write to memory
    panel.shutdown()


@pytest.mark.parametrize(
    "value",
    [
        "ogr:dbname='/daten/ergebnis.gpkg' table=\"bands\" (geom)",  # a GeoPackage table
        "/daten/plz.gpkg|layername=plz",
        "C:/daten/plz.shp",
        "memory:",
        TEMPORARY,
        None,
    ],
)
def test_files_and_memory_are_no_database_tables(value):
    assert table_reference(value) is None


def test_every_way_to_name_a_postgis_table(server, saved_connection):
    uri = server.uri("areas")
    for value in (
        uri,
        f"postgres://{uri}",
        f"postgis:{uri}",
        f"postgis:{saved_connection}/public.areas",
        f"postgis:{saved_connection}/areas",
        f'postgis:{saved_connection}/"public"."areas"',
    ):
        reference = table_reference(value)
        assert (reference.uri.database(), reference.schema, reference.uri.table()) == (
            server.database,
            "public",
            "areas",
        ), value
        assert reference.uri.geometryColumn() == "geom", value


def test_an_output_onto_its_own_input_table_is_refused(provider, server, database):
    """As for files (issue 8's rule): the run would drop the table it reads."""
    with pytest.raises(QgsProcessingException) as raised:
        processing.run(
            "i40disparity:densitybands",
            {
                "INPUT": f"postgres://{server.uri('areas')}",
                "POPULATION_FIELD": "einwohner",
                "OUTPUT": "postgis:" + server.uri("areas"),
            },
        )
    assert "would overwrite" in str(raised.value)
    assert server.psql("SELECT count(*) FROM areas") == "4"


def test_the_list_of_unplaced_records_in_the_database_is_named_as_a_table(
    provider, server, database, saved_connection
):
    """Written into PostGIS and not loaded, the list is named by its table and database in
    what the placed points say (their table's comment, which QGIS 3.22 keeps too)."""
    results = processing.run(
        "i40disparity:referencefacilities",
        {
            "FACILITIES": 1,  # the centres, placed by Gemeinde key: none without Gemeinden
            "OUTPUT": f"postgis:{CONNECTION}/public.zentren",
            "UNPLACED": f"postgis:{CONNECTION}/public.zentren_nicht_verortet",
        },
    )
    assert results["NOT_PLACED"] > 0
    comment = server.psql("SELECT obj_description('public.zentren'::regclass)")
    assert "list: table public.zentren_nicht_verortet (postgres://" in comment, comment
    assert server.password not in comment
