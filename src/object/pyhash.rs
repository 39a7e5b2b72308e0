//! String and bytes hashing as CPython 3.11 does it (`Python/pyhash.c`, `_Py_HashBytes`):
//! SipHash-1-3 keyed by the process's hash secret, over the string's PEP 393 canonical
//! representation (Latin-1 bytes when every code point is below 256, else UTF-16 or UTF-32
//! little-endian code units), so that `hash()`, and with it the iteration order of sets and
//! dicts of strings, equals CPython's for the same `PYTHONHASHSEED`.
//!
//! The secret is CPython's `_Py_HashRandomization_Init`: `PYTHONHASHSEED=0` is the all-zero
//! key; `PYTHONHASHSEED=N` (1..=4294967295) fills the key with CPython's linear congruential
//! generator `lcg_urandom(N)`; unset or `random` draws the key from the OS. It is read once,
//! on the first hash, and never changes afterwards (the cached hash of every `PyStr` relies
//! on that).
//!
//! Invariants: `hash(b'') == hash('') == 0`; a result of -1 becomes -2.

use std::sync::OnceLock;

/// The SipHash key, `(k0, k1)`, from `PYTHONHASHSEED`.
fn secret() -> (u64, u64) {
    static KEY: OnceLock<(u64, u64)> = OnceLock::new();
    *KEY.get_or_init(|| {
        let mut bytes = [0u8; 16];
        match seed_from_env() {
            Some(0) => {}
            Some(seed) => lcg_fill(seed, &mut bytes),
            None => os_random(&mut bytes),
        }
        let k0 = u64::from_le_bytes(bytes[..8].try_into().unwrap_or([0; 8]));
        let k1 = u64::from_le_bytes(bytes[8..].try_into().unwrap_or([0; 8]));
        (k0, k1)
    })
}

/// `PYTHONHASHSEED` as CPython reads it: `None` for unset, empty or `random` (randomised
/// hashing); an integer in `0..=4294967295` otherwise. An invalid value is reported the way
/// CPython reports it, before anything runs (`check_hash_seed_env`).
fn seed_from_env() -> Option<u32> {
    match std::env::var("PYTHONHASHSEED") {
        Ok(s) if !s.is_empty() && s != "random" => parse_seed(&s),
        _ => None,
    }
}

/// The CPython startup check of `PYTHONHASHSEED`: `Err(message)` for a value that is neither
/// `random` nor an integer in `[0; 4294967295]` (python3 prints the message and exits 1).
pub fn check_hash_seed_env() -> Result<(), String> {
    match std::env::var("PYTHONHASHSEED") {
        Ok(s) if !s.is_empty() && s != "random" && parse_seed(&s).is_none() => Err(
            "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an \
             integer in range [0; 4294967295]\nPython runtime state: preinitialized\n"
                .to_string(),
        ),
        _ => Ok(()),
    }
}

/// The seed as C's `strtoul` reads it in CPython's `config_init_hash_seed`: leading
/// whitespace and a `+` sign allowed, nothing after the digits.
fn parse_seed(s: &str) -> Option<u32> {
    s.trim_start().parse::<u32>().ok()
}

/// CPython's `lcg_urandom`: the key bytes for a fixed seed (the MSVC `rand()` constants, the
/// byte taken from bits 16..24 of each step).
fn lcg_fill(seed: u32, out: &mut [u8]) {
    let mut x = seed;
    for b in out.iter_mut() {
        x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
        *b = (x >> 16) as u8;
    }
}

/// Key bytes from the OS (`getrandom`), falling back to the clock and pid if it fails.
fn os_random(out: &mut [u8]) {
    // SAFETY: `out` is a valid, writable buffer of `out.len()` bytes.
    let n = unsafe { libc::getrandom(out.as_mut_ptr().cast(), out.len(), 0) };
    if n == out.len() as isize {
        return;
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mix = t ^ ((std::process::id() as u64) << 32);
    for (i, b) in out.iter_mut().enumerate() {
        *b = (mix.rotate_left(8 * (i as u32 % 8)) as u8) ^ (i as u8).wrapping_mul(151);
    }
}

/// SipHash-1-3 (one compression round per word, three finalisation rounds), the function
/// CPython 3.11 uses for `Py_HASH_SIPHASH13`.
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13) ^ v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16) ^ v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21) ^ v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17) ^ v2;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v3 ^= last;
    round!();
    v0 ^= last;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

/// `_Py_HashBytes`: 0 for empty input, -1 mapped to -2.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = secret();
    match siphash13(k0, k1, data) as i64 {
        -1 => -2,
        h => h,
    }
}

/// The hash of a str given as UTF-8: its PEP 393 representation is hashed (an ASCII string's
/// bytes as they are; otherwise Latin-1, UTF-16 or UTF-32 code units by the widest character).
pub fn hash_str(s: &str, ascii: bool) -> i64 {
    if ascii {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf: Vec<u8> = Vec::with_capacity(s.len() * 2);
    if max < 0x100 {
        buf.extend(s.chars().map(|c| c as u32 as u8));
    } else if max < 0x1_0000 {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32 as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    hash_bytes(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference values from `python3` 3.11 with `PYTHONHASHSEED=0` (the all-zero key).
    #[test]
    fn siphash13_with_zero_key_matches_cpython() {
        let h = |b: &[u8]| siphash13(0, 0, b) as i64;
        assert_eq!(h(b"abc"), -4594863902769663758);
    }

    #[test]
    fn lcg_key_is_cpythons_for_seed_1() {
        let mut b = [0u8; 4];
        lcg_fill(1, &mut b);
        // x1 = 214013 + 2531011 = 2745024 -> (x >> 16) & 0xff = 41
        assert_eq!(b[0], 41);
    }
}
