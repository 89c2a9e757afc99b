"""Where the plugin's files are once installed (the same layout in the repo's build/)."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
UI_DIR = PLUGIN_DIR / "ui"
I18N_DIR = PLUGIN_DIR / "i18n"
ICON_DIR = PLUGIN_DIR / "resources" / "icons"
