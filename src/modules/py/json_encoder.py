"""`json.encoder`: the encoder names of coil's `json` (py/json.py)."""

from json import JSONEncoder
from _json import encode_basestring, encode_basestring_ascii

INFINITY = float('inf')
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii
