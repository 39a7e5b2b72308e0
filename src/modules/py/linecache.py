"""coil's linecache: source lines by file name, read once and cached.

Written from the documented behaviour of CPython's linecache: getline() returns the line with
its newline, or '' when the file or line does not exist; names like '<string>' have no lines.
"""

import _coil_traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return entry[2]
    return updatecache(filename, module_globals)


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    cache.clear()


def checkcache(filename=None):
    pass


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    lines = _coil_traceback.getlines(filename)
    if not lines:
        return []
    size = 0
    for line in lines:
        size += len(line)
    cache[filename] = (size, None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    return False
