//! `float`: arithmetic, CPython's `repr` (shortest round-trip digits, exponent form when the
//! exponent is < -4 or >= 16: `1e+16`, `1e-05`), CPython's float hash, and `float()` parsing.
