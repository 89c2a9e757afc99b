"""Translation at the QGIS boundary: the plugin's translator and the core's marked texts."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..core.messages import CONTEXT
from ..paths import I18N_DIR

# Held at module level: a translator that is garbage-collected silently stops translating.
_installed_translator = None


def ui_language():
    """'de' when QGIS runs in German, else 'en' (the source language of all texts)."""
    return "de" if QgsApplication.locale().lower().startswith("de") else "en"


def install_translator(language=None):
    """Install the plugin's .qm for ``language`` (default: QGIS's), if there is one; return
    whether it was."""
    global _installed_translator
    remove_translator()
    qm_file = I18N_DIR / f"i40_disparity_plugin_{language or ui_language()}.qm"
    if not qm_file.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed_translator = translator
    return True


def remove_translator():
    global _installed_translator
    if _installed_translator is not None:
        QCoreApplication.removeTranslator(_installed_translator)
        _installed_translator = None


def translate_core(text, /, **params):
    """A text marked in the core, in the user's language, with its parameters filled in.
    (``text`` is positional only: a parameter may be called ``text`` too.)"""
    return QCoreApplication.translate(CONTEXT, text).format(**params)


def core_text(item):
    """A core text in the user's language: a ``CoreError`` or a parse-report ``Note`` (both
    keep their marked template and parameters), or text quoted from a file as it is."""
    template = getattr(item, "template", None)
    return translate_core(template, **item.params) if template else str(item)
