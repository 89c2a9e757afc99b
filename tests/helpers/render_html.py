"""Render an HTML file to a PNG as a reader's browser shows it, with Debian's headless Chromium:
``python render_html.py page.html picture.png [width]``.

The window is tall enough for the whole report; below its end the picture stays white.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

HEIGHT = 12_000  # pixels
# Without these, Chromium tries to reach Google's services, which this closed network refuses.
QUIET = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--hide-scrollbars",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def render(html_path, png_path, width=1280):
    with tempfile.TemporaryDirectory() as profile:
        command = [
            "chromium",
            *QUIET,
            f"--user-data-dir={profile}",
            f"--window-size={width},{HEIGHT}",
            f"--screenshot={png_path}",
            Path(html_path).resolve().as_uri(),
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return result.returncode == 0 and Path(png_path).is_file()


if __name__ == "__main__":
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 1280
    sys.exit(0 if render(sys.argv[1], sys.argv[2], width) else 1)
