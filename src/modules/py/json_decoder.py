"""`json.decoder`: the decoder names of coil's `json` (py/json.py)."""

from json import JSONDecoder, JSONDecodeError, _CONSTANTS
from _json import scanstring

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
