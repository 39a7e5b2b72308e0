"""The frame-inspection half of coil's `inspect` (`stack`, `trace`, `getframeinfo`,
`getouterframes`, `getinnerframes`, `FrameInfo`, `Traceback`), re-exported by the native
`inspect` module. Written from the documented behaviour of CPython 3.11's inspect: records are
named tuples with an extra `positions` attribute, and source context comes from linecache.
"""

import sys
import linecache
import _coil_traceback
from collections import namedtuple

Positions = namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'])
Positions.__module__ = 'dis'

_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


Traceback.__module__ = FrameInfo.__module__ = 'inspect'
Traceback.__qualname__ = Traceback.__name__ = 'Traceback'
FrameInfo.__qualname__ = FrameInfo.__name__ = 'FrameInfo'


def _is_traceback(obj):
    return type(obj).__name__ == 'traceback' and hasattr(obj, 'tb_frame')


def getframeinfo(frame, context=1):
    """A Traceback record for a frame or traceback object."""
    if _is_traceback(frame):
        positions = _coil_traceback.code_position(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _coil_traceback.code_position(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        positions = (lineno,) + tuple(positions[1:])
    lineno = positions[0]
    filename = frame.f_code.co_filename
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        source = linecache.getlines(filename)
        if source:
            start = max(0, min(start, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=Positions(*positions))


def getouterframes(frame, context=1):
    """A FrameInfo for `frame` and each of its callers, innermost first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """A FrameInfo for each traceback entry, from `tb` inwards."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return records


def trace(context=1):
    """The frames between the current handler and where the exception was raised."""
    return getinnerframes(sys.exc_info()[2], context)
