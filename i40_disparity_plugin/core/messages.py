"""User-facing texts of the pure core, translated later at the QGIS boundary.

The core may not import Qt, yet its error messages and reasons reach German-speaking users.
Texts are therefore marked with ``QT_TRANSLATE_NOOP`` (which ``pylupdate5`` collects into the
``.ts`` file) and carried untranslated with their parameters; ``gis.i18n`` renders them in
the user's language. pylupdate5 reads only literal contexts, so every call spells out
``CONTEXT``'s value, ``"core"``.
"""

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context, text):
    """Mark ``text`` for translation without translating it (Qt's macro of the same name)."""
    return text


class CoreError(ValueError):
    """Bad input detected by the core; ``template`` is an untranslated, marked text."""

    def __init__(self, template, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))
