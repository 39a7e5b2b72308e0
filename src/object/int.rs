//! `int`: arithmetic on the i64 fast path with checked operations, promotion to BigInt on
//! overflow and demotion back (`Value::from_bigint`); floor division and modulo with Python's
//! signs; pow; bit operations; CPython's integer hash (modulo 2**61 - 1, `hash(-1) == -2`);
//! parsing and repr.
