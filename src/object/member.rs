//! `member_descriptor`: the descriptors `__slots__` puts in a class dict (CPython's
//! `PyMemberDescrObject` over a `T_OBJECT_EX` member, `descrobject.c`: `member_get`,
//! `member_set`, `descr_check`, `member_repr`), where slot values live, the `__slots__` half
//! of class creation (`type_new_slots`, `type_new_descriptors`), and `object.__getstate__`
//! with copyreg's `_slotnames`.
//!
//! Invariants: a member descriptor knows its slot index in the instance layout (the bases'
//! slots first, then the class's own in sorted order, as CPython's `type_new_descriptors`
//! lays them out) and its class weakly (the class dict holds the descriptor). Instances of
//! plain slotted classes keep slot values in `Payload::Slots` (`Value::Null` = unset), sized
//! by `PyType::slot_count` at creation; exceptions in `ExceptionData::slots`; instances whose
//! payload is a builtin value (`class L(list)`) keep them in the instance dict under the
//! slot's name (hidden by the `__dict__` getter).

use super::class::{type_name, type_name_of, Getter, Payload, PyType, TypeKind};
use super::function::NativeFn;
use super::str::intern;
use super::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::cell::Cell;
use std::rc::{Rc, Weak};

type Kw<'a> = &'a [(Rc<PyStr>, Value)];

/// The payload of a `member_descriptor`.
pub struct MemberDescr {
    pub name: Rc<PyStr>,
    /// Index in `Payload::Slots`.
    pub index: u32,
    /// The class whose `__slots__` declared it (`__objclass__`).
    pub owner: Weak<PyType>,
    /// The owner's name when the descriptor was made (its repr if the class is gone).
    pub owner_name: Rc<PyStr>,
}

/// A new `member_descriptor` for slot `index` of `owner`.
pub fn new_member(vm: &Vm, owner: &Rc<PyType>, name: Rc<PyStr>, index: u32) -> Value {
    super::class::Instance::native(
        vm.types.member_descriptor.clone(),
        MemberDescr {
            name,
            index,
            owner: Rc::downgrade(owner),
            owner_name: owner.name(),
        },
    )
}

/// The slot storage of a plain slotted instance: `n` unset slots.
pub fn new_slots(n: u32) -> Payload {
    Payload::Slots((0..n).map(|_| Cell::new(Value::Null)).collect())
}

/// The (name, index, owner) of `d` if it is a member descriptor.
pub fn as_member(d: &Value) -> Option<(Rc<PyStr>, u32, Option<Rc<PyType>>)> {
    super::class::with_native::<MemberDescr, _>(d, |m| (m.name.clone(), m.index, m.owner.upgrade()))
}

fn owner_name(d: &Value) -> String {
    super::class::with_native::<MemberDescr, _>(d, |m| match m.owner.upgrade() {
        Some(t) => type_name(&t),
        None => m.owner_name.as_str().to_string(),
    })
    .unwrap_or_default()
}

/// CPython's `descr_check`: `obj` must be an instance of the member's class.
fn descr_check(vm: &Vm, d: &Value, name: &PyStr, obj: &Value) -> PyResult<()> {
    let ok = match as_member(d).and_then(|(_, _, o)| o) {
        Some(owner) => vm.type_of(obj).is_subtype(&owner),
        None => false,
    };
    if ok {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        name.as_str(),
        owner_name(d),
        type_name_of(vm, obj)
    )))
}

/// The value in `obj`'s slot cells for member `d`, when `d` is a member descriptor of
/// `obj`'s class (or a base) and the slot is set: one borrow, no reference counting beyond
/// the result's.
#[inline]
pub fn slot_fast(d: &Value, obj: &Value) -> Option<Value> {
    let c = slot_cell(d, obj)?;
    // SAFETY: single-threaded; nothing writes the cell while this shared reference lives
    // (cloning a value only updates a reference count, it runs no code).
    let v = unsafe { &*c.as_ptr() };
    if v.is_null() {
        None
    } else {
        Some(v.clone())
    }
}

/// The slot cell of `obj` that member descriptor `d` names, if `d` applies to `obj` (its
/// class is `obj`'s or a base) and `obj` has slot cells.
#[inline]
fn slot_cell<'a>(d: &Value, obj: &'a Value) -> Option<&'a Cell<Value>> {
    let (Value::Instance(di), Value::Instance(oi)) = (d, obj) else {
        return None;
    };
    let (Payload::Native(b), Payload::Slots(cells)) = (&di.payload, &oi.payload) else {
        return None;
    };
    let b = b.try_borrow().ok()?;
    let m = b.downcast_ref::<MemberDescr>()?;
    // (The weak reference keeps the owner's allocation, so its address is not reused.)
    let owner = m.owner.as_ptr();
    if !std::ptr::eq(owner, Rc::as_ptr(&oi.class))
        && !oi
            .class
            .mro
            .iter()
            .any(|c| std::ptr::eq(owner, Rc::as_ptr(c)))
    {
        return None;
    }
    cells.get(m.index as usize)
}

/// `obj.name = value` through member `d` when it names one of `obj`'s slot cells: true
/// when stored (the old value is dropped after the store).
#[inline]
pub fn slot_fast_set(d: &Value, obj: &Value, value: &Value) -> bool {
    match slot_cell(d, obj) {
        Some(c) => {
            let old = c.replace(value.clone());
            drop(old);
            true
        }
        None => false,
    }
}

/// `member_get`: the slot's value, AttributeError when unset.
pub fn member_get(vm: &mut Vm, d: &Value, obj: &Value) -> PyResult<Value> {
    if let Some(v) = slot_fast(d, obj) {
        return Ok(v);
    }
    let Some((name, index, _)) = as_member(d) else {
        return Ok(d.clone());
    };
    descr_check(vm, d, &name, obj)?;
    let found = match obj {
        Value::Instance(i) => match &i.payload {
            Payload::Slots(cells) => cells.get(index as usize).and_then(|c| {
                let v = c.replace(Value::Null);
                let out = v.clone();
                c.set(v);
                (!out.is_null()).then_some(out)
            }),
            Payload::Exception(e) => e
                .borrow()
                .slots
                .get(index as usize)
                .filter(|v| !v.is_null())
                .cloned(),
            _ => i.dict.as_ref().and_then(|dd| dd.get_str(&name)),
        },
        _ => None,
    };
    found.ok_or_else(|| {
        PyErr::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name_of(vm, obj),
            name.as_str()
        ))
    })
}

/// `member_set`: store (`Some`) or delete (`None`) the slot's value; deleting an unset slot
/// is `AttributeError: <name>`, as CPython 3.11 words it.
pub fn member_set(vm: &mut Vm, d: &Value, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some((name, index, _)) = as_member(d) else {
        return Ok(());
    };
    descr_check(vm, d, &name, obj)?;
    let Value::Instance(i) = obj else {
        return Err(PyErr::attribute_error(name.as_str().to_string()));
    };
    let old = match &i.payload {
        Payload::Slots(cells) => match cells.get(index as usize) {
            Some(c) => c.replace(value.clone().unwrap_or(Value::Null)),
            None => Value::Null,
        },
        Payload::Exception(e) => {
            let mut e = e.borrow_mut();
            let ix = index as usize;
            if e.slots.len() <= ix {
                e.slots.resize(ix + 1, Value::Null);
            }
            std::mem::replace(&mut e.slots[ix], value.clone().unwrap_or(Value::Null))
        }
        _ => match (&i.dict, &value) {
            (Some(dd), Some(v)) => dd.set_str(name.clone(), v.clone()).unwrap_or(Value::None),
            (Some(dd), None) => dd.del_str(&name).unwrap_or(Value::Null),
            (None, _) => Value::Null,
        },
    };
    let was_unset = old.is_null();
    // The replaced value goes after the store (its `__del__` runs later, from the VM).
    drop(old);
    if value.is_none() && was_unset {
        return Err(PyErr::attribute_error(name.as_str().to_string()));
    }
    Ok(())
}

fn this<'a>(a: &'a [Value], what: &str) -> PyResult<&'a Value> {
    match a.first() {
        Some(d) if as_member(d).is_some() => Ok(d),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{what}' requires a 'member_descriptor' object"
        ))),
    }
}

fn no_kwargs(name: &str, k: Kw) -> PyResult<()> {
    if k.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// `member_descriptor.__get__(obj, type=None)` (CPython's `wrap_descr_get` + `member_get`).
fn member_dunder_get(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let d = this(a, "__get__")?;
    no_kwargs("__get__", k)?;
    let n = a.len() - 1;
    if n == 0 {
        return Err(PyErr::type_error(" expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(PyErr::type_error(format!(
            " expected at most 2 arguments, got {n}"
        )));
    }
    let obj = &a[1];
    let owner = a.get(2).filter(|v| !v.is_none());
    if obj.is_none() {
        if owner.is_none() {
            return Err(PyErr::type_error("__get__(None, None) is invalid"));
        }
        return Ok(d.clone());
    }
    member_get(vm, d, obj)
}

/// `member_descriptor.__set__(obj, value)`.
fn member_dunder_set(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let d = this(a, "__set__")?;
    no_kwargs("__set__", k)?;
    let n = a.len() - 1;
    if n != 2 {
        return Err(PyErr::type_error(format!(" expected 2 arguments, got {n}")));
    }
    member_set(vm, d, &a[1], Some(a[2].clone()))?;
    Ok(Value::None)
}

/// `member_descriptor.__delete__(obj)`.
fn member_dunder_delete(vm: &mut Vm, a: &[Value], k: Kw) -> PyResult<Value> {
    let d = this(a, "__delete__")?;
    no_kwargs("__delete__", k)?;
    let n = a.len() - 1;
    if n != 1 {
        return Err(PyErr::type_error(format!("expected 1 argument, got {n}")));
    }
    member_set(vm, d, &a[1], None)?;
    Ok(Value::None)
}

pub const MEMBER_METHODS: &[(&str, NativeFn)] = &[
    ("__get__", member_dunder_get),
    ("__set__", member_dunder_set),
    ("__delete__", member_dunder_delete),
];

pub fn member_slots() -> super::class::TypeSlots {
    super::class::TypeSlots {
        repr: Some(|_, v| {
            let name = as_member(v).map(|m| m.0.as_str().to_string());
            Ok(format!(
                "<member '{}' of '{}' objects>",
                name.unwrap_or_default(),
                owner_name(v)
            ))
        }),
        hash: Some(|_, v| Ok(super::class::identity_hash(v))),
        ..super::class::TypeSlots::default()
    }
}

/// `__name__`, `__qualname__`, `__objclass__`, `__doc__` of member descriptors.
pub fn add_member_getsets(t: &Rc<PyType>) {
    use super::class::Getter;
    fn get(v: &Value) -> PyResult<(Rc<PyStr>, Option<Rc<PyType>>)> {
        as_member(v)
            .map(|(n, _, o)| (n, o))
            .ok_or_else(|| PyErr::type_error("descriptor requires a 'member_descriptor' object"))
    }
    let gs: Vec<(&'static str, Getter, Option<super::descr::Setter>)> = vec![
        ("__name__", |_, v| Ok(Value::Str(get(v)?.0)), None),
        (
            "__qualname__",
            |_, v| {
                let (n, o) = get(v)?;
                let q = match o {
                    Some(t) => format!("{}.{}", t.qualname.borrow().as_str(), n.as_str()),
                    None => n.as_str().to_string(),
                };
                Ok(Value::Str(super::str::intern(&q)))
            },
            None,
        ),
        (
            "__objclass__",
            |_, v| Ok(get(v)?.1.map(Value::Type).unwrap_or(Value::None)),
            None,
        ),
        ("__doc__", |_, _| Ok(Value::None), None),
    ];
    super::builtin_types::add_getsets(t, gs.into_iter());
}

/// copyreg's `_slotnames(cls)`: the `__slots__` names of `cls` and its bases (mro order,
/// declared order, private names mangled, `__dict__`/`__weakref__` left out), cached in
/// `cls.__slotnames__` as copyreg does.
pub fn slotnames(vm: &mut Vm, cls: &Rc<PyType>) -> PyResult<Vec<Value>> {
    let cache = super::str::intern("__slotnames__");
    if let Some(Value::List(l)) = cls.dict.get_str(&cache) {
        return Ok(l.to_vec());
    }
    let slots_key = super::str::intern("__slots__");
    let mut names: Vec<Value> = Vec::new();
    for c in cls.mro_with_self() {
        let Some(sv) = c.dict.get_str(&slots_key) else {
            continue;
        };
        let items = match &sv {
            Value::Str(_) => vec![sv.clone()],
            other => vm.collect(other)?,
        };
        for it in items {
            let Value::Str(n) = &it else { continue };
            let n = n.as_str();
            if n == "__dict__" || n == "__weakref__" {
                continue;
            }
            let cname = type_name(&c);
            let stripped = cname.trim_start_matches('_');
            if n.starts_with("__") && !n.ends_with("__") && !stripped.is_empty() {
                names.push(Value::Str(super::str::intern(&format!("_{stripped}{n}"))));
            } else {
                names.push(it.clone());
            }
        }
    }
    if cls.flags.heap {
        let list = Value::list(names.clone());
        let _ = super::attr::setattr(vm, &Value::Type(cls.clone()), &cache, Some(list));
    }
    Ok(names)
}

/// `object.__getstate__()` (CPython 3.11's `object_getstate` with `required` false): the
/// instance `__dict__` (None when missing or empty), paired with a dict of the set slots when
/// the class has `__slots__`.
pub fn object_getstate_native(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let Some(obj) = a.first() else {
        return Err(PyErr::type_error(
            "unbound method object.__getstate__() needs an argument",
        ));
    };
    if a.len() > 1 {
        return Err(PyErr::type_error(format!(
            "object.__getstate__() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    // (A slotted instance whose payload is a builtin base's keeps its slot values in a
    // hidden dict: not a `__dict__`.)
    let hidden = matches!(obj, Value::Instance(i) if i.class.slot_names.is_some());
    let state = match super::attr::instance_dict(obj, false) {
        Some(d) if !d.is_empty() && !hidden => Value::Dict(d),
        _ => Value::None,
    };
    let cls = vm.type_of(obj);
    let names = slotnames(vm, &cls)?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = super::PyDict::new();
    for n in names {
        let Value::Str(s) = &n else { continue };
        if let Some(v) = vm.getattr_opt(obj, s)? {
            slots.set_str(s.clone(), v);
        }
    }
    if slots.is_empty() {
        return Ok(state);
    }
    Ok(Value::tuple(vec![state, Value::Dict(Rc::new(slots))]))
}

/// The slot index of member descriptor `d` if it applies to instances of `t` (its class is
/// `t` or a base): what an attribute cache may read or write directly in `Payload::Slots`.
pub fn member_slot_index(d: &Value, t: &Rc<PyType>) -> Option<u32> {
    super::class::with_native::<MemberDescr, _>(d, |m| {
        let owner = m.owner.as_ptr();
        let applies = std::ptr::eq(owner, Rc::as_ptr(t))
            || t.mro.iter().any(|c| std::ptr::eq(owner, Rc::as_ptr(c)));
        applies.then_some(m.index)
    })
    .flatten()
}

// ---------------------------------------------------------------------------------------------
// Class creation (`type_new`'s `__slots__` half)

/// What `__slots__` asked of a new class (CPython's `type_new_slots` context).
pub struct SlotsSpec {
    /// The names instances may hold when they get no `__dict__` (the bases' included; see
    /// `PyType::slot_names`); None means unrestricted.
    pub slot_names: Option<Box<[Rc<PyStr>]>>,
    /// The class's own member names, mangled and sorted (their layout order).
    own: Vec<Rc<PyStr>>,
    add_dict_slot: bool,
    add_weak_slot: bool,
    has_slots: bool,
    /// A base of variable size (int, tuple, bytes, type): no nonempty `__slots__`, no
    /// `__weakref__`.
    itemsize_base: Option<Rc<PyType>>,
}

impl SlotsSpec {
    fn base_count(&self, bases: &[Rc<PyType>]) -> u32 {
        bases.iter().map(|b| b.slot_count).max().unwrap_or(0)
    }
    /// `PyType::slot_count` of the new class: its bases' layout plus its own members.
    pub fn slot_count(&self, bases: &[Rc<PyType>]) -> u32 {
        self.base_count(bases).saturating_add(self.own.len() as u32)
    }
}

/// Read `__slots__` from a new class's namespace (CPython's `type_new_slots`): the own member
/// names sorted after mangling, `'__dict__'`/`'__weakref__'` entries asking for those
/// descriptors, and CPython's errors (non-identifiers, non-str items, conflicts with class
/// variables, repeated or already present `__dict__`/`__weakref__`, nonempty slots on
/// variable-size bases). `module_given`: the namespace had its own `__module__`.
pub fn type_new_slots(
    vm: &mut Vm,
    name: &PyStr,
    dict: &super::PyDict,
    bases: &[Rc<PyType>],
    base_kind: TypeKind,
    module_given: bool,
) -> PyResult<SlotsSpec> {
    let mut own_slots: Vec<Rc<PyStr>> = Vec::new();
    let (mut add_dict_slot, mut add_weak_slot) = (false, false);
    let itemsize_base = bases
        .iter()
        .find(|b| {
            matches!(
                b.base_kind,
                TypeKind::Int | TypeKind::Bool | TypeKind::Tuple | TypeKind::Bytes | TypeKind::Type
            )
        })
        .cloned();
    let slot_names: Option<Box<[Rc<PyStr>]>> = match dict.get_str(&intern("__slots__")) {
        None => None,
        Some(sv) => {
            let items = match &sv {
                Value::Str(_) => vec![sv.clone()],
                other => vm.collect(other)?,
            };
            if let (Some(b), false) = (&itemsize_base, items.is_empty()) {
                return Err(PyErr::type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    type_name(b)
                )));
            }
            let base_has = |key: &str| {
                let k = intern(key);
                bases.iter().any(|b| {
                    b.mro_with_self()
                        .iter()
                        .any(|c| c.dict.get_str(&k).is_some())
                        || (key == "__dict__" && matches!(b.base_kind, TypeKind::Exception(_)))
                })
            };
            let mut names: Vec<Rc<PyStr>> = Vec::with_capacity(items.len());
            for it in items {
                match it {
                    Value::Str(n) => {
                        if !super::str_methods::is_identifier(n.as_str()) {
                            return Err(PyErr::type_error("__slots__ must be identifiers"));
                        }
                        if n.as_str() == "__dict__" {
                            if add_dict_slot || base_has("__dict__") {
                                return Err(PyErr::type_error(
                                    "__dict__ slot disallowed: we already got one",
                                ));
                            }
                            add_dict_slot = true;
                            continue;
                        }
                        if n.as_str() == "__weakref__" {
                            if add_weak_slot || base_has("__weakref__") {
                                return Err(PyErr::type_error(
                                    "__weakref__ slot disallowed: either we already got one, \
                                     or __itemsize__ != 0",
                                ));
                            }
                            add_weak_slot = true;
                            continue;
                        }
                        // Private names are mangled (`__x` in class C is `_C__x`), as the
                        // attribute accesses in the class body are.
                        let n = n.as_str();
                        let stripped = name.as_str().trim_start_matches('_');
                        let n = if n.starts_with("__") && !n.ends_with("__") && !stripped.is_empty()
                        {
                            intern(&format!("_{stripped}{n}"))
                        } else {
                            intern(n)
                        };
                        // (`__qualname__` left the namespace above; a `__module__` this
                        // function supplied is no class variable of the caller's.)
                        if (module_given || n.as_str() != "__module__")
                            && dict.get_str(&n).is_some()
                        {
                            return Err(PyErr::value_error(format!(
                                "'{}' in __slots__ conflicts with class variable",
                                n.as_str()
                            )));
                        }
                        names.push(n)
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "__slots__ items must be strings, not '{}'",
                            type_name_of(vm, &other)
                        )))
                    }
                }
            }
            names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
            own_slots = names.clone();
            let restricted_bases = bases
                .iter()
                .all(|b| !b.flags.heap || b.slot_names.is_some())
                && !matches!(base_kind, TypeKind::Exception(_));
            if add_dict_slot || !restricted_bases {
                None
            } else {
                for b in bases {
                    if let Some(bn) = &b.slot_names {
                        names.extend(bn.iter().cloned());
                    }
                }
                Some(names.into_boxed_slice())
            }
        }
    };
    Ok(SlotsSpec {
        slot_names,
        own: own_slots,
        add_dict_slot,
        add_weak_slot,
        has_slots: dict.get_str(&intern("__slots__")).is_some(),
        itemsize_base,
    })
}

/// Fill a new class's dict from its `SlotsSpec` (CPython's `type_new_descriptors`): the
/// member descriptors, then the `__dict__`/`__weakref__` descriptors it adds when its bases
/// lack them (before `__doc__`, which the caller sets last).
pub fn type_new_descriptors(vm: &Vm, t: &Rc<PyType>, spec: SlotsSpec) {
    let base_slot_count = spec.base_count(&t.bases);
    for (i, n) in spec.own.into_iter().enumerate() {
        if n.as_str() == "__module__" {
            // (Only reached when `type()` supplied `__module__`: it stays the module name.)
            continue;
        }
        let m = new_member(vm, t, n.clone(), base_slot_count + i as u32);
        t.dict.set_str(n, m);
    }
    let in_mro = |key: &str| {
        let k = intern(key);
        t.mro.iter().any(|b| b.dict.get_str(&k).is_some())
    };
    let (add_dict, add_weak) = if spec.has_slots {
        (spec.add_dict_slot, spec.add_weak_slot)
    } else {
        (
            !matches!(t.base_kind, TypeKind::Exception(_)) && !in_mro("__dict__"),
            spec.itemsize_base.is_none() && !in_mro("__weakref__"),
        )
    };
    let mut gs: Vec<(&'static str, Getter, Option<super::descr::Setter>)> = Vec::new();
    let own = |key: &str| t.dict.get_str(&intern(key)).is_some();
    if add_dict && !own("__dict__") {
        gs.push((
            "__dict__",
            super::attr::dict_getset_get,
            Some(super::attr::dict_getset_set),
        ));
    }
    if add_weak && !own("__weakref__") {
        gs.push(("__weakref__", |_, _| Ok(Value::None), None));
    }
    super::builtin_types::add_getsets(t, gs.into_iter());
}
