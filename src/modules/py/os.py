"""coil's `os`: the documented POSIX subset of CPython's os module over the native `posix`
(modules/os.rs): file and directory operations, the environment as the `environ` mapping
(`putenv`/`unsetenv` keep the process environment in step), `makedirs`/`removedirs`/`walk`,
`stat_result`, and `os.path` (`posixpath`)."""

import sys
import posix as _posix
from posix import (getcwd, listdir, remove, unlink, mkdir, rmdir, rename, replace,
                   chdir, getpid, getppid, putenv, unsetenv, strerror, cpu_count,
                   urandom, fspath, readlink, symlink)
import posixpath as path
from _collections_abc import MutableMapping as _MutableMapping

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


class stat_result:
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
               'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __init__(self, t):
        (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid,
         self.st_gid, self.st_size, self.st_atime, self.st_mtime,
         self.st_ctime) = t
        self._tuple = tuple(t[:7]) + tuple(int(x) for x in t[7:])

    def __getitem__(self, i):
        return self._tuple[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._tuple)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._tuple == other._tuple
        return self._tuple == other

    def __repr__(self):
        parts = ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self._tuple))
        return 'os.stat_result(%s)' % parts


def stat(*args, **kwargs):
    """Perform a stat system call on the given path."""
    return stat_result(_posix.stat(*args, **kwargs))


def lstat(*args, **kwargs):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_posix.lstat(*args, **kwargs))


class DirEntry:
    """An entry of a directory listing (os.scandir)."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def _mode(self, follow_symlinks):
        try:
            if follow_symlinks:
                if self._stat is None:
                    self._stat = _posix.stat(self.path)
                return self._stat[0]
            if self._lstat is None:
                self._lstat = _posix.lstat(self.path)
            return self._lstat[0]
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and (m & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and (m & 0o170000) == 0o100000

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and (m & 0o170000) == 0o120000

    def stat(self, *, follow_symlinks=True):
        return stat_result(_posix.stat(self.path) if follow_symlinks else _posix.lstat(self.path))

    def inode(self):
        return _posix.lstat(self.path)[1]


class ScandirIterator:
    def __init__(self, top, names):
        self._top = top
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._top, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """Return an iterator of DirEntry objects for the given path."""
    if path is None:
        path = '.'
    top = fspath(path)
    return ScandirIterator(top, listdir(top))


DirEntry.__module__ = 'posix'
ScandirIterator.__module__ = 'posix'


class _Environ(_MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new


_Environ.__module__ = 'os'
stat_result.__module__ = 'os'
environ = _Environ(_posix._environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) triples."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        new_path = path.join(top, d)
        if followlinks or not path.islink(new_path):
            yield from walk(new_path, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented
