"""coil's `posixpath` (`os.path`): CPython's documented POSIX path semantics (join, split,
splitext, basename, dirname, normpath, abspath, relpath, ...) in Python over the native
`posix` (stat, getcwd)."""

import posix as _posix
from posix import fspath as _fspath

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "expanduser", "normpath", "abspath", "relpath", "commonpath",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _seps(p):
    return ('/', '.', '..', '') if isinstance(p, str) else (b'/', b'.', b'..', b'')


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        for b in map(_fspath, p):
            if type(b) is not type(a):
                raise TypeError("Can't mix strings and bytes in path components")
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except TypeError:
        _check_arg_types('join', a, *p)
        raise
    return path


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        elif not hasattr(type(s), '__fspath__'):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def split(p):
    """Split a pathname into (head, tail)."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname."""
    p = _fspath(p)
    sep, extsep = _seps(p)[0], _seps(p)[1]
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != extsep:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname."""
    p = _fspath(p)
    i = p.rfind(_seps(p)[0]) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname."""
    p = _fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    sep, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial = 0
    if path.startswith(sep):
        initial = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep.join(comps)
    if initial:
        path = sep * initial + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = _fspath(filename)
    path, ok = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Walk `rest` one component at a time onto the already-resolved `path`, replacing each
    # symbolic link by its resolved target; `seen` maps links being resolved to None (a loop
    # if met again) and resolved links to their result.
    sep, dot, dotdot, empty = _seps(rest)
    if rest.startswith(sep):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, name = split(path)
                if name == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        newpath = join(path, name)
        try:
            mode = _posix.lstat(newpath)[0]
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (mode & 0o170000) == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _resolve(path, _posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    sep, dot, dotdot, empty = _seps(path)
    if start is None:
        start = dot
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    sep, dot = _seps(paths[0])[0], _seps(paths[0])[1]
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    """Expand ~ and ~user constructions."""
    path = _fspath(path)
    tilde = '~' if isinstance(path, str) else b'~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    userhome = os.environ.get('HOME')
    if userhome is None:
        return path
    if isinstance(path, bytes):
        userhome = userhome.encode()
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _mode(path, follow=True):
    try:
        st = _posix.stat(path) if follow else _posix.lstat(path)
    except (OSError, ValueError):
        return None
    return st[0]


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    m = _mode(path)
    return m is not None and (m & 0o170000) == 0o100000


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    m = _mode(s)
    return m is not None and (m & 0o170000) == 0o040000


def islink(path):
    """Test whether a path is a symbolic link"""
    m = _mode(path, False)
    return m is not None and (m & 0o170000) == 0o120000


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _posix.stat(filename)[6]


def getatime(filename):
    return _posix.stat(filename)[7]


def getmtime(filename):
    return _posix.stat(filename)[8]


def getctime(filename):
    return _posix.stat(filename)[9]
