//! `\N{NAME}` lookup for string literals. Holds a generated subset of the Unicode name table
//! (`unicode_names.txt`, made with CPython's `unicodedata`: Latin, Greek, Cyrillic, general
//! punctuation, symbols, arrows, math, box drawing, shapes, dingbats, CJK punctuation,
//! fullwidth forms, common emoji, and the control-character aliases such as `LINE FEED`),
//! plus the algorithmic `CJK UNIFIED IDEOGRAPH-XXXX` names. Names outside the subset are
//! reported as "unknown Unicode character name". Lookup is case-insensitive like CPython's.

static TABLE: &str = include_str!("unicode_names.txt");

/// The character named `name`, if known.
pub fn lookup(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if (4..=5).contains(&hex.len()) {
            let v = u32::from_str_radix(hex, 16).ok()?;
            let ok = matches!(v, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBE0 | 0x30000..=0x3134A);
            return if ok { char::from_u32(v) } else { None };
        }
        return None;
    }
    for line in TABLE.lines() {
        let Some((n, code)) = line.split_once(';') else {
            continue;
        };
        if n == upper {
            return u32::from_str_radix(code, 16).ok().and_then(char::from_u32);
        }
    }
    None
}
