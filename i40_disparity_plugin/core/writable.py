"""Whether a file can be written, found out before a run rather than after it."""

import errno
import os
from pathlib import Path

from .messages import QT_TRANSLATE_NOOP, CoreError

REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("core", "no permission to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("core", "no permission to write there"),
    errno.EROFS: QT_TRANSLATE_NOOP("core", "the drive is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("core", "the drive is full"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("core", "a part of the path is a file, not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("core", "a part of the path is a file, not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("core", "it is a folder"),
    # What a folder answers that takes no new files, such as /proc.
    errno.ENOENT: QT_TRANSLATE_NOOP("core", "no file can be made there"),
}


def cannot_write(path):
    """Why ``path`` cannot be written (a CoreError for the usual reasons, else the system's
    text), or None if it can. Tried by opening it for appending: a file that exists keeps its
    content, one made for the try is removed again. Missing folders are made, as the output
    needs them anyway."""
    existed = os.path.lexists(path)
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
    except OSError as error:
        if error.errno in REASONS:
            return CoreError(REASONS[error.errno])
        return error.strerror or str(error)  # a rarer one in the system's own words
    if not existed:
        os.remove(path)
    return None
