//! The type-attribute cache (CPython's method cache, `_PyType_Lookup` with version tags) and
//! the attribute fast paths the dispatch loop uses for instances of plain heap classes.
//!
//! Invariants: an entry records where `name` was found along `[type] + mro` (or that it was
//! not found) together with the sum of the versions of the dicts it had to look at. Dict
//! versions only grow and change on every insertion or removal, so an unchanged sum means no
//! earlier dict gained the name and the found dict did not lose it; the key stored at `idx`
//! is re-checked by pointer before the value (read fresh) is used. Pointers are identities
//! only, never dereferenced.

use super::Vm;
use crate::object::class::{PyType, ATTR_HOOK_GETATTRIBUTE, ATTR_HOOK_SETATTR};
use crate::object::{BoundMethod, PyDict, PyStr, Value};
use crate::vm::fastpath::RawValue;
use std::rc::Rc;

pub const ATTR_CACHE_SIZE: usize = 4096;
pub const BUILTIN_METH_CACHE_SIZE: usize = 256;
/// Size of `Vm::attr_hints` (instance-dict index hints for LOAD_ATTR, by class and name).
pub const ATTR_HINT_SIZE: usize = 256;

/// The slot of a pair of addresses in a direct-mapped cache of `size` (a power of two) slots:
/// both multiplied by odd constants, the high half of the xor taken. Heap addresses share
/// their low bits (size-class alignment, types allocated page-aligned), so shifting and
/// xoring them mapped the hot (type, name) pairs of oo_sched onto a few slots that evicted
/// each other on every access.
#[inline(always)]
pub(crate) fn pair_slot(a: usize, b: usize, size: usize) -> usize {
    let h = (a as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (b as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    (h >> 32) as usize & (size - 1)
}

/// LOAD_METHOD on a builtin value (`d.get`, `lst.append`, `s.join`): the value's variant fixes
/// its type, and builtin types are immutable ("cannot set 'get' attribute of immutable type
/// 'dict'"), so the lookup result for (variant, name) never changes. `name` is kept alive by
/// the entry, so its address cannot be reused by another string while cached.
#[derive(Clone, Default)]
pub struct BuiltinMethEntry {
    tag: u8,
    name: Option<Rc<PyStr>>,
    /// The method descriptor, or `Null` for "no plain method: take the full path".
    meth: Value,
}

#[derive(Clone, Copy)]
pub struct AttrCacheEntry {
    tp: *const PyType,
    name: *const PyStr,
    vsum: u64,
    /// 0 = the type's own dict, k + 1 = `mro[k]`; `u32::MAX` = not found.
    depth: u32,
    idx: u32,
}

impl Default for AttrCacheEntry {
    fn default() -> Self {
        AttrCacheEntry {
            tp: std::ptr::null(),
            name: std::ptr::null(),
            vsum: 0,
            depth: 0,
            idx: 0,
        }
    }
}

#[inline(always)]
fn dict_at(t: &PyType, depth: usize) -> &Rc<PyDict> {
    if depth == 0 {
        &t.dict
    } else {
        &t.mro[depth - 1].dict
    }
}

#[inline(always)]
fn vsum(t: &PyType, upto: usize) -> u64 {
    let mut s = t.dict.version.get();
    for m in &t.mro[..upto.min(t.mro.len())] {
        s = s.wrapping_add(m.dict.version.get());
    }
    s
}

impl Vm {
    /// `_PyType_Lookup(t, name)` through the cache: the attribute and the depth it was found
    /// at (0 = `t` itself, k + 1 = `mro[k]`).
    #[inline]
    pub fn type_lookup(&mut self, t: &Rc<PyType>, name: &Rc<PyStr>) -> Option<(Value, usize)> {
        let tp = Rc::as_ptr(t);
        let np = Rc::as_ptr(name);
        let slot = pair_slot(tp as usize, np as usize, ATTR_CACHE_SIZE);
        let e = self.attr_cache[slot];
        if e.tp == tp && e.name == np {
            if e.depth == u32::MAX {
                if vsum(t, t.mro.len()) == e.vsum {
                    return None;
                }
            } else {
                let d = e.depth as usize;
                if d <= t.mro.len() && vsum(t, d) == e.vsum {
                    let v = dict_at(t, d).with_value_at_if_key(
                        e.idx as usize,
                        name,
                        super::eval::clone_fast,
                    );
                    if let Some(v) = v {
                        return Some((v, d));
                    }
                }
            }
        }
        self.type_lookup_slow(t, name, slot)
    }

    #[inline(never)]
    fn type_lookup_slow(
        &mut self,
        t: &Rc<PyType>,
        name: &Rc<PyStr>,
        slot: usize,
    ) -> Option<(Value, usize)> {
        for d in 0..=t.mro.len() {
            let found = dict_at(t, d).get_str_full(name);
            if let Some((idx, v, same_key)) = found {
                if same_key {
                    self.attr_cache[slot] = AttrCacheEntry {
                        tp: Rc::as_ptr(t),
                        name: Rc::as_ptr(name),
                        vsum: vsum(t, d),
                        depth: d as u32,
                        idx: idx as u32,
                    };
                }
                return Some((v, d));
            }
        }
        self.attr_cache[slot] = AttrCacheEntry {
            tp: Rc::as_ptr(t),
            name: Rc::as_ptr(name),
            vsum: vsum(t, t.mro.len()),
            depth: u32::MAX,
            idx: 0,
        };
        None
    }

    /// LOAD_ATTR fast path for an instance of a heap class with the default
    /// `__getattribute__` (the objects helper's `attr_hooks` flags): instance dict, plain functions (bound here) and plain class
    /// attributes. `None` sends the lookup to the full protocol (descriptors, `__getattr__`,
    /// errors).
    #[inline]
    pub(crate) fn load_attr_fast(&mut self, obj: &Value, name: &Rc<PyStr>) -> Option<RawValue> {
        let inst = match obj {
            Value::Instance(i) if i.class.flags.heap => i,
            _ => return None,
        };
        let t = &inst.class;
        if t.attr_hooks.get() & ATTR_HOOK_GETATTRIBUTE != 0 {
            return None;
        }
        let attr = self.type_lookup(t, name);
        match &attr {
            Some((Value::Instance(_), _)) => return None, // may be a data descriptor
            Some((Value::Builtin(_), _)) => return None,
            _ => {}
        }
        if let Some(d) = &inst.dict {
            // The index the attribute had in the last instance of this class we looked at.
            let slot = pair_slot(
                Rc::as_ptr(t) as usize,
                Rc::as_ptr(name) as usize,
                ATTR_HINT_SIZE,
            );
            if let Some((v, at)) = d.get_str_hinted(name, self.attr_hints[slot] as usize) {
                self.attr_hints[slot] = at as u32;
                return Some(v);
            }
        }
        let v = match attr {
            Some((f @ Value::Function(_), _)) => Some(Value::BoundMethod(Rc::new(BoundMethod {
                func: f,
                receiver: obj.clone(),
            }))),
            Some((
                v @ (Value::Int(_)
                | Value::Float(_)
                | Value::Bool(_)
                | Value::None
                | Value::Str(_)
                | Value::Tuple(_)
                | Value::List(_)
                | Value::Dict(_)
                | Value::Type(_)),
                _,
            )) => Some(v),
            _ => None,
        };
        v.map(|v| RawValue::new(v))
    }

    /// STORE_ATTR fast path: an instance of a heap class with a `__dict__`, the default
    /// `__setattr__`, and no descriptor for `name` on the type. Returns the value back when the
    /// full protocol is needed.
    #[inline]
    pub(crate) fn store_attr_fast(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        v: Value,
    ) -> Result<(), Value> {
        let inst = match obj {
            Value::Instance(i) if i.class.flags.heap => i,
            _ => return Err(v),
        };
        let d = match &inst.dict {
            Some(d) if inst.class.slot_names.is_none() => d,
            _ => return Err(v),
        };
        let t = inst.class.clone();
        if t.attr_hooks.get() & ATTR_HOOK_SETATTR != 0 {
            return Err(v);
        }
        match self.type_lookup(&t, name) {
            None => {}
            Some((Value::Instance(_), _)) | Some((Value::Builtin(_), _)) => return Err(v),
            Some(_) => {}
        }
        let old = d.set_str(name.clone(), v);
        drop(old);
        Ok(())
    }

    /// LOAD_METHOD's type-side lookup: the plain function (or builtin method descriptor) for
    /// `name`, if the instance dict does not shadow it and `__getattribute__` is the default.
    #[inline]
    pub(crate) fn method_lookup(&mut self, obj: &Value, name: &Rc<PyStr>) -> Option<Value> {
        let t = match obj {
            Value::Instance(inst) => {
                // objects helper: native types (super, property, ...) may customise attribute
                // access, and builtin-subclass instances bind the wrapped value: both take the
                // full path.
                if !inst.class.flags.heap
                    || matches!(inst.payload, crate::object::class::Payload::Builtin(_))
                {
                    return None;
                }
                if let Some(d) = &inst.dict {
                    if d.get_str(name).is_some() {
                        return None;
                    }
                }
                let t = inst.class.clone();
                // Only plain heap classes: native instances (super objects, ...) may have
                // their own attribute lookup, which `attr::load_method` honours.
                if !t.flags.heap || t.attr_hooks.get() & ATTR_HOOK_GETATTRIBUTE != 0 {
                    return None;
                }
                t
            }
            Value::Type(_) | Value::Module(_) => return None,
            _ => {
                return self
                    .builtin_method_ref(obj, name)
                    .map(super::eval::clone_fast)
            }
        };
        let is_instance = matches!(obj, Value::Instance(_));
        match self.type_lookup(&t, name) {
            Some((f @ Value::Function(_), _)) => Some(f),
            // Builtin method descriptors only for builtin values: an instance of a builtin
            // subclass must bind the wrapped value (the objects helper's `load_method`).
            Some((Value::Builtin(b), _)) if b.bound.is_none() && !is_instance => {
                Some(Value::Builtin(b))
            }
            _ => None,
        }
    }

    /// LOAD_METHOD's fast path for builtin values: the cached method descriptor for
    /// (`obj`'s variant, `name`), filling the cache on a miss; None for instances, types and
    /// modules, and when the name is not a plain method (the caller takes the full path).
    #[inline]
    pub(crate) fn builtin_method_ref(&mut self, obj: &Value, name: &Rc<PyStr>) -> Option<&Value> {
        if matches!(obj, Value::Instance(_) | Value::Type(_) | Value::Module(_)) {
            return None;
        }
        let tag = crate::vm::fastpath::value_tag(obj);
        let np = Rc::as_ptr(name) as usize;
        let slot = ((np >> 4) ^ (tag as usize).wrapping_mul(0x9E37)) % BUILTIN_METH_CACHE_SIZE;
        let hit = {
            let e = &self.builtin_meth_cache[slot];
            e.tag == tag
                && e.name
                    .as_ref()
                    .is_some_and(|n| Rc::as_ptr(n) as usize == np)
        };
        if !hit {
            self.builtin_method_lookup(obj, name, tag, slot);
        }
        match &self.builtin_meth_cache[slot].meth {
            Value::Null => None,
            m => Some(m),
        }
    }

    /// Fill `builtin_meth_cache[slot]` for (`obj`'s variant `tag`, `name`) (the miss path of
    /// `builtin_method_ref`).
    #[inline(never)]
    fn builtin_method_lookup(&mut self, obj: &Value, name: &Rc<PyStr>, tag: u8, slot: usize) {
        let t = self.type_of(obj);
        let found = match self.type_lookup(&t, name) {
            Some((Value::Builtin(b), _)) if b.bound.is_none() => Some(Value::Builtin(b)),
            Some((f @ Value::Function(_), _)) => Some(f),
            _ => None,
        };
        self.builtin_meth_cache[slot] = BuiltinMethEntry {
            tag,
            name: Some(name.clone()),
            meth: found.unwrap_or(Value::Null),
        };
    }
}
