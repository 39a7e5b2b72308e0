//! The type-attribute cache (CPython's method cache, `_PyType_Lookup` with version tags), the
//! per-instruction inline caches of LOAD_ATTR / STORE_ATTR / LOAD_METHOD (CPython 3.11's
//! specialised attribute caches, made polymorphic), and the older attribute fast paths the
//! dispatch loop falls back on for instances of plain heap classes.
//!
//! Invariants:
//! - Validity comes from one global epoch (`dict::TYPE_EPOCH`), CPython's type version tags
//!   made global: it advances on every change to a dict marked as a type dict (insertion,
//!   removal, value replacement, clear, drop) and when any `PyType` is dropped. Every entry is
//!   stamped with the epoch read after `mark_mro` marked every dict along `[type] + mro`, so
//!   while the epoch is unchanged no dict the entry looked at changed and its type pointer
//!   still names the same live type. Attribute-hook changes (`attr_hooks`) advance it too.
//! - `AttrCacheEntry` (global, direct-mapped by (type, name)) keeps its name alive (no address
//!   reuse); the found value is re-read at its index and its key re-checked by pointer.
//! - `AttrSite` ways (per instruction, keyed by the receiver's class) hold the class
//!   attribute's tag and payload *borrowed*: valid only while the way's epoch is current (the
//!   dict holding it has not changed, so it is still alive there). A way's kind was decided
//!   for the site's operation at fill time: `K_SLOW` for descriptors, hooks and builtin
//!   payloads, so only plain functions and non-descriptor values are served from cache; the
//!   instance dict is always consulted first (loads) or written (stores) through a
//!   per-way entry-index hint that is re-checked by key pointer.
//! - The fast paths never run Python code before they commit (a replaced attribute value is
//!   dropped after the store, as CPython does). Pointers in entries are identities only,
//!   never dereferenced.

use super::Vm;
use crate::bytecode::Instr;
use crate::object::class::{Instance, PyType, ATTR_HOOK_GETATTRIBUTE, ATTR_HOOK_SETATTR};
use crate::object::dict::type_epoch;
use crate::object::{BoundMethod, PyDict, PyStr, Value};
use crate::vm::fastpath::RawValue;
use std::cell::Cell;
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

#[derive(Clone)]
pub struct AttrCacheEntry {
    tp: *const PyType,
    /// Held so its address cannot be reused by another string while the entry lives.
    name: Option<Rc<PyStr>>,
    /// `dict::type_epoch()` when filled.
    epoch: u64,
    /// 0 = the type's own dict, k + 1 = `mro[k]`; `u32::MAX` = not found.
    depth: u32,
    idx: u32,
}

impl Default for AttrCacheEntry {
    fn default() -> Self {
        AttrCacheEntry {
            tp: std::ptr::null(),
            name: None,
            epoch: 0,
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

/// Mark every dict along `[t] + mro` as a type dict (`PyDict::mark_type_dict`): a cache entry
/// depending on them is filled only after this, so their later changes advance the epoch.
#[inline]
fn mark_mro(t: &PyType) {
    t.dict.mark_type_dict();
    for m in &t.mro {
        m.dict.mark_type_dict();
    }
}

impl Vm {
    /// `_PyType_Lookup(t, name)` through the cache: the attribute and the depth it was found
    /// at (0 = `t` itself, k + 1 = `mro[k]`).
    #[inline]
    pub fn type_lookup(&mut self, t: &Rc<PyType>, name: &Rc<PyStr>) -> Option<(Value, usize)> {
        let tp = Rc::as_ptr(t);
        let np = Rc::as_ptr(name);
        let slot = pair_slot(tp as usize, np as usize, ATTR_CACHE_SIZE);
        let e = &self.attr_cache[slot];
        if e.tp == tp
            && e.epoch == type_epoch()
            && e.name.as_ref().is_some_and(|n| Rc::as_ptr(n) == np)
        {
            if e.depth == u32::MAX {
                return None;
            }
            let d = e.depth as usize;
            if d <= t.mro.len() {
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
        self.type_lookup_slow(t, name, slot)
    }

    #[inline(never)]
    fn type_lookup_slow(
        &mut self,
        t: &Rc<PyType>,
        name: &Rc<PyStr>,
        slot: usize,
    ) -> Option<(Value, usize)> {
        mark_mro(t);
        let epoch = type_epoch();
        for d in 0..=t.mro.len() {
            let found = dict_at(t, d).get_str_full(name);
            if let Some((idx, v, same_key)) = found {
                if same_key {
                    self.attr_cache[slot] = AttrCacheEntry {
                        tp: Rc::as_ptr(t),
                        name: Some(name.clone()),
                        epoch,
                        depth: d as u32,
                        idx: idx as u32,
                    };
                }
                return Some((v, d));
            }
        }
        self.attr_cache[slot] = AttrCacheEntry {
            tp: Rc::as_ptr(t),
            name: Some(name.clone()),
            epoch,
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

// ---------------------------------------------------------------------------------------------
// Per-site inline caches (CPython 3.11's LOAD_ATTR / STORE_ATTR / LOAD_METHOD caches, made
// polymorphic): each attribute instruction of a code object has a few ways keyed by the
// receiver's type pointer and stamped with `dict::type_epoch()`.

/// The site decides nothing: take the generic path (descriptors, hooks, builtin payloads).
const K_SLOW: u8 = 0;
/// `name` is on no dict along the type's MRO: the instance dict only.
const K_ABSENT: u8 = 1;
/// A class attribute that is no descriptor (int, str, tuple, ...): the instance dict first.
const K_PLAIN: u8 = 2;
/// A plain Python function on the class: the instance dict first, else it binds.
const K_FUNC: u8 = 3;
/// A `__slots__` member (`object/member.rs`) of a class whose instances have slot cells and
/// no `__dict__`: the value is the instance's cell `hint`.
const K_MEMBER: u8 = 4;

/// Ways per attribute site (oo_sched's `t.step()` sees four Task subclasses).
pub const IC_WAYS: usize = 4;

#[derive(Clone, Copy)]
struct IcWay {
    /// The receiver's class (an identity only, never dereferenced); null = empty way.
    tp: *const PyType,
    /// `dict::type_epoch()` at fill: while it is current, no type dict along `tp`'s MRO
    /// changed and `tp` was not freed, so `kind` and `val` still describe `tp.name`.
    epoch: u64,
    kind: u8,
    /// Instance-dict entry index where `name` was last found or stored for this type.
    hint: u32,
    /// `K_PLAIN` / `K_FUNC`: the class attribute as `fastpath::value_parts`, *borrowed* (no
    /// reference owned; alive while `epoch` is current since its dict has not changed since).
    vtag: u8,
    vbits: u64,
}

/// The fields of a cache hit the fast paths use.
#[derive(Clone, Copy)]
struct WayView {
    kind: u8,
    hint: u32,
    vtag: u8,
    vbits: u64,
}

const EMPTY_WAY: IcWay = IcWay {
    tp: std::ptr::null(),
    epoch: 0,
    kind: K_SLOW,
    hint: 0,
    vtag: 0,
    vbits: 0,
};

/// One attribute instruction's cache.
pub struct AttrSite {
    ways: [Cell<IcWay>; IC_WAYS],
    /// The way the next miss replaces (round robin).
    next: Cell<u8>,
}

impl AttrSite {
    fn new() -> AttrSite {
        AttrSite {
            ways: std::array::from_fn(|_| Cell::new(EMPTY_WAY)),
            next: Cell::new(0),
        }
    }

    /// The way for class `tp` at `epoch`, if cached: its index and a copy of the fields the
    /// fast paths read (scalar loads straight from the site: copying the whole way out of its
    /// `Cell` cost store-forwarding stalls).
    #[inline(always)]
    fn find(&self, tp: *const PyType, epoch: u64) -> Option<(usize, WayView)> {
        for (i, w) in self.ways.iter().enumerate() {
            let p = w.as_ptr();
            // SAFETY: plain scalar reads of a way (no reference to it outlives this block;
            // single-threaded `Cell`).
            unsafe {
                if (*p).tp == tp && (*p).epoch == epoch {
                    return Some((
                        i,
                        WayView {
                            kind: (*p).kind,
                            hint: (*p).hint,
                            vtag: (*p).vtag,
                            vbits: (*p).vbits,
                        },
                    ));
                }
            }
        }
        None
    }

    /// Store `w`, replacing a stale way for the same type, else the round-robin victim.
    fn insert(&self, w: IcWay) {
        let i = match self.ways.iter().position(|x| x.get().tp == w.tp) {
            Some(i) => i,
            None => {
                let i = self.next.get() as usize % IC_WAYS;
                self.next.set(((i + 1) % IC_WAYS) as u8);
                i
            }
        };
        self.ways[i].set(w);
    }

    #[inline(always)]
    fn set_hint(&self, i: usize, hint: usize) {
        let p = self.ways[i].as_ptr();
        // SAFETY: a scalar write into the way (single-threaded `Cell`, no reference held).
        unsafe {
            if (*p).hint != hint as u32 {
                (*p).hint = hint as u32;
            }
        }
    }
}

/// The inline caches of one code object (`CodeObject::ic`), built on first use: the site of
/// each attribute instruction, by instruction index.
#[derive(Default)]
pub struct CodeCaches {
    inner: std::cell::OnceCell<CodeIc>,
}

struct CodeIc {
    /// Instruction index -> index into `sites` (`u32::MAX` for other instructions).
    site_of: Box<[u32]>,
    sites: Box<[AttrSite]>,
}

impl std::fmt::Debug for CodeCaches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CodeCaches")
    }
}

impl CodeCaches {
    /// The cache of the attribute instruction at `ip` of `instrs`.
    #[inline(always)]
    pub fn site(&self, instrs: &[Instr], ip: usize) -> Option<&AttrSite> {
        let ic = self.inner.get_or_init(|| build_sites(instrs));
        let k = *ic.site_of.get(ip)?;
        ic.sites.get(k as usize)
    }

    /// Site number `s` (carried by a fused attribute instruction of `instrs`).
    #[inline(always)]
    pub fn site_at(&self, instrs: &[Instr], s: u16) -> Option<&AttrSite> {
        let ic = self.inner.get_or_init(|| build_sites(instrs));
        ic.sites.get(s as usize)
    }
}

/// Whether `i` has an inline-cache site (sites are numbered in instruction order; the
/// assembler's fused attribute forms carry the number of the site they precede).
pub fn is_attr_site(i: &Instr) -> bool {
    matches!(
        i,
        Instr::LoadAttr(_) | Instr::StoreAttr(_) | Instr::LoadMethod(_)
    )
}

#[cold]
fn build_sites(instrs: &[Instr]) -> CodeIc {
    let mut n = 0u32;
    let site_of: Box<[u32]> = instrs
        .iter()
        .map(|i| {
            if is_attr_site(i) {
                n += 1;
                n - 1
            } else {
                u32::MAX
            }
        })
        .collect();
    CodeIc {
        site_of,
        sites: (0..n).map(|_| AttrSite::new()).collect(),
    }
}

/// Which instruction a site serves (decides what its fill accepts).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SiteOp {
    Load,
    Store,
    Method,
}

/// A new reference to a way's class attribute (`K_PLAIN` / `K_FUNC`).
#[inline]
fn way_val_clone(w: &WayView) -> Value {
    let mut tmp: Vec<Value> = Vec::with_capacity(1);
    // SAFETY: the way's parts describe a live value while its epoch is current.
    unsafe { super::fastpath::push_parts_clone(&mut tmp, w.vtag, w.vbits) };
    tmp.pop().unwrap_or(Value::None)
}

impl Vm {
    /// Fill (or refresh) the way of `site` for `inst`'s class: the kind of `name` on it for
    /// the operation `op`.
    #[inline(never)]
    fn ic_fill(
        &mut self,
        site: &AttrSite,
        inst: &crate::object::class::Instance,
        name: &Rc<PyStr>,
        op: SiteOp,
    ) -> (usize, WayView) {
        let t = &inst.class;
        mark_mro(t);
        let epoch = type_epoch();
        let mut w = IcWay {
            tp: Rc::as_ptr(t),
            epoch,
            kind: K_SLOW,
            hint: 0,
            vtag: 0,
            vbits: 0,
        };
        let hooks = t.attr_hooks.get();
        let plain_class = t.flags.heap
            && hooks & ATTR_HOOK_GETATTRIBUTE == 0
            && !matches!(inst.payload, crate::object::class::Payload::Builtin(_));
        let ok = match op {
            SiteOp::Load | SiteOp::Method => plain_class,
            SiteOp::Store => {
                plain_class
                    && hooks & ATTR_HOOK_SETATTR == 0
                    && (t.slot_names.is_none() || inst.dict.is_none())
            }
        };
        if ok {
            let mut found = None;
            for d in 0..=t.mro.len() {
                let dict = dict_at(t, d);
                let keys = dict.keys.borrow();
                if let Some(i) = keys.find(name.hash(), |k| match k {
                    Value::Str(s) => Rc::ptr_eq(s, name) || s.as_str() == name.as_str(),
                    _ => false,
                }) {
                    if let Some(e) = keys.entry(i) {
                        let v: &Value = &e.value();
                        found = Some(super::fastpath::value_parts(v));
                        w.kind = match v {
                            Value::Function(_) => K_FUNC,
                            Value::Int(_)
                            | Value::Float(_)
                            | Value::Bool(_)
                            | Value::None
                            | Value::Str(_)
                            | Value::Tuple(_)
                            | Value::List(_)
                            | Value::Dict(_) => K_PLAIN,
                            // A metaclass may define `__get__`.
                            Value::Type(c) if c.meta.is_none() => K_PLAIN,
                            Value::Instance(_)
                                if inst.dict.is_none()
                                    && op != SiteOp::Method
                                    && matches!(
                                        inst.payload,
                                        crate::object::class::Payload::Slots(_)
                                    ) =>
                            {
                                match crate::object::member::member_slot_index(v, t) {
                                    Some(ix) => {
                                        w.hint = ix;
                                        K_MEMBER
                                    }
                                    None => K_SLOW,
                                }
                            }
                            _ => K_SLOW,
                        };
                    }
                    break;
                }
            }
            match found {
                Some((tag, bits)) => {
                    w.vtag = tag;
                    w.vbits = bits;
                }
                None => w.kind = K_ABSENT,
            }
        }
        site.insert(w);
        let i = site.find(w.tp, epoch).map(|(i, _)| i).unwrap_or(0);
        (
            i,
            WayView {
                kind: w.kind,
                hint: w.hint,
                vtag: w.vtag,
                vbits: w.vbits,
            },
        )
    }

    /// The way of `site` for `inst`'s class, filling it on a miss.
    #[inline(always)]
    fn ic_way(
        &mut self,
        site: &AttrSite,
        inst: &crate::object::class::Instance,
        name: &Rc<PyStr>,
        op: SiteOp,
    ) -> (usize, WayView) {
        match site.find(Rc::as_ptr(&inst.class), type_epoch()) {
            Some(hit) => hit,
            None => self.ic_fill(site, inst, name, op),
        }
    }

    /// LOAD_ATTR through the site's cache: pushes `obj.name` onto `values` and returns true,
    /// or false when the generic path must run (nothing pushed).
    #[inline(always)]
    pub(crate) fn load_attr_ic(
        &mut self,
        site: &AttrSite,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        values: &mut Vec<Value>,
    ) -> bool {
        let (i, w) = self.ic_way(site, inst, name, SiteOp::Load);
        if w.kind == K_SLOW {
            return false;
        }
        if let Some(d) = &inst.dict {
            if let Some(at) = d.push_str_hinted(name, w.hint as usize, values) {
                site.set_hint(i, at);
                return true;
            }
        }
        match w.kind {
            K_PLAIN => {
                // SAFETY: the way's parts describe a live value (its epoch is current).
                unsafe { super::fastpath::push_parts_clone(values, w.vtag, w.vbits) };
                true
            }
            K_FUNC => {
                let f = way_val_clone(&w);
                values.push(Value::BoundMethod(Rc::new(BoundMethod {
                    func: f,
                    receiver: Value::Instance(inst.clone()),
                })));
                true
            }
            // (Only for instances without a `__dict__`: nothing above ran.)
            K_MEMBER => match &inst.payload {
                crate::object::class::Payload::Slots(cells) => {
                    match cells.get(w.hint as usize) {
                        Some(c) => {
                            // SAFETY: single-threaded; the cell is not written while this
                            // shared reference lives (the clone runs no code).
                            let v = unsafe { &*c.as_ptr() };
                            if v.is_null() {
                                return false;
                            }
                            super::fastpath::push_raw(values, super::fastpath::clone_raw(v));
                            true
                        }
                        None => false,
                    }
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// STORE_ATTR on an instance without a `__dict__`: a `__slots__` member's cell.
    #[inline(never)]
    fn store_member_ic(
        &mut self,
        site: &AttrSite,
        inst: &crate::object::class::Instance,
        name: &Rc<PyStr>,
        v: Value,
    ) -> Result<(), Value> {
        let crate::object::class::Payload::Slots(cells) = &inst.payload else {
            return Err(v);
        };
        let (_, w) = self.ic_way(site, inst, name, SiteOp::Store);
        if w.kind != K_MEMBER {
            return Err(v);
        }
        match cells.get(w.hint as usize) {
            Some(c) => {
                let old = c.replace(v);
                drop(old);
                Ok(())
            }
            None => Err(v),
        }
    }

    /// STORE_ATTR through the site's cache: `Err(v)` gives the value back when the generic
    /// path must run. The replaced value is dropped here, after the store.
    #[inline(always)]
    pub(crate) fn store_attr_ic(
        &mut self,
        site: &AttrSite,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        v: Value,
    ) -> Result<(), Value> {
        let Some(d) = &inst.dict else {
            return self.store_member_ic(site, inst, name, v);
        };
        let (i, w) = self.ic_way(site, inst, name, SiteOp::Store);
        if w.kind == K_SLOW {
            return Err(v);
        }
        let at = d.set_str_hinted(name, w.hint as usize, v);
        site.set_hint(i, at);
        Ok(())
    }

    /// LOAD_FAST + LOAD_METHOD through the site's cache: `obj` is the (borrowed) local; on a
    /// hit the function and a new reference to `obj` are pushed and true is returned.
    #[inline(always)]
    pub(crate) fn load_method_ic_local(
        &mut self,
        site: &AttrSite,
        inst: &Rc<Instance>,
        name: &Rc<PyStr>,
        values: &mut Vec<Value>,
    ) -> bool {
        let (_, w) = self.ic_way(site, inst, name, SiteOp::Method);
        if w.kind != K_FUNC {
            return false;
        }
        if let Some(d) = &inst.dict {
            if d.contains_str(name) {
                return false;
            }
        }
        // SAFETY: the way's parts describe a live function (its epoch is current) and `inst`
        // is live (the caller's local); an `Rc`'s one word is its payload bits.
        unsafe {
            let obits = *(inst as *const Rc<Instance> as *const u64);
            super::fastpath::push_parts_clone(values, w.vtag, w.vbits);
            super::fastpath::push_parts_clone(values, super::fastpath::TAG_INSTANCE, obits);
        }
        true
    }

    /// LOAD_METHOD through the site's cache, on the instance at the top of `values`: when
    /// `name` is a plain function of its class that the instance dict does not shadow, the
    /// stack `[.., obj]` becomes `[.., func, obj]` and true is returned; otherwise nothing
    /// changes.
    #[inline(always)]
    pub(crate) fn load_method_ic(
        &mut self,
        site: &AttrSite,
        name: &Rc<PyStr>,
        values: &mut Vec<Value>,
    ) -> bool {
        let len = values.len();
        let Some(Value::Instance(inst)) = values.last() else {
            return false;
        };
        let (_, w) = self.ic_way(site, inst, name, SiteOp::Method);
        if w.kind != K_FUNC {
            return false;
        }
        if let Some(d) = &inst.dict {
            if d.contains_str(name) {
                return false;
            }
        }
        if len == values.capacity() {
            values.reserve(1);
        }
        // SAFETY: `len >= 1` and `len < capacity`: the receiver moves up one slot (16 opaque
        // bytes) and a new reference to the function (live: the way's epoch is current) takes
        // its place in one 16-byte store.
        unsafe {
            let p = values.as_mut_ptr();
            let recv = std::ptr::read(p.add(len - 1) as *const super::fastpath::RawValue);
            std::ptr::write(p.add(len) as *mut super::fastpath::RawValue, recv);
            *(w.vbits as *mut usize) += 1;
            super::fastpath::write_imm(p.add(len - 1), w.vtag, w.vbits);
            values.set_len(len + 1);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::object::dict::{type_epoch, PyDict};
    use crate::object::{PyStr, Value};
    use std::rc::Rc;

    /// The hinted instance-dict paths find the value by the key's pointer and by probing.
    #[test]
    fn hinted_dict_read_and_store_find_the_key() {
        let d = PyDict::new();
        let a = Rc::new(PyStr::new("a"));
        let b = Rc::new(PyStr::new("b"));
        d.set_str(a.clone(), Value::Int(1));
        d.set_str(b.clone(), Value::Str(Rc::new(PyStr::new("x"))));
        let mut vals = Vec::new();
        assert_eq!(d.push_str_hinted(&b, 1, &mut vals), Some(1));
        assert_eq!(d.push_str_hinted(&a, 1, &mut vals), Some(0));
        assert!(matches!(&vals[0], Value::Str(s) if s.as_str() == "x"));
        assert!(matches!(vals[1], Value::Int(1)));
        assert_eq!(d.set_str_hinted(&a, 0, Value::Int(5)), 0);
        assert_eq!(d.set_str_hinted(&a, 1, Value::Int(6)), 0);
        let c = Rc::new(PyStr::new("c"));
        assert_eq!(d.set_str_hinted(&c, 0, Value::None), 2);
        assert!(matches!(d.get_str(&a), Some(Value::Int(6))));
        assert!(d.contains_str(&c) && !d.contains_str(&Rc::new(PyStr::new("zz"))));
    }

    /// Only marked (type) dicts advance the epoch, on insertions and value replacements alike.
    #[test]
    fn type_dict_changes_advance_the_epoch() {
        let d = PyDict::new();
        let k = Rc::new(PyStr::new("k"));
        d.set_str(k.clone(), Value::Int(1));
        d.mark_type_dict();
        let e0 = type_epoch();
        d.set_str(k.clone(), Value::Int(2));
        assert!(type_epoch() > e0);
        let e1 = type_epoch();
        d.set_str(Rc::new(PyStr::new("j")), Value::Int(2));
        assert!(type_epoch() > e1);
    }
}
