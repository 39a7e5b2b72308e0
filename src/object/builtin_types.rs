//! The builtin type registry (`BuiltinTypes`, stored on the Vm as `vm.types`): one `Rc<PyType>`
//! per builtin type, each built from its module's `slots()` / `METHODS` / `GETSETS`, plus one
//! real class per `ExcType`, plus the native types other modules need (iterators, views,
//! descriptors). Also `Names`, the pre-interned dunder names the protocol layer looks up.
//!
//! Invariants: the registry is built once per Vm (`BuiltinTypes::new`) and never mutated
//! afterwards except through type dicts; `type_of` on an unboxed value is one `Rc` clone.
//! Types whose module does not yet export `slots()`/`METHODS`/`GETSETS` are registered with an
//! empty set and a `// wired when X lands` note: the owning helper replaces the empty set with
//! their exports (a one-line edit in `BuiltinTypes::new`).

use super::class::{Getter, PyType, TypeFlags, TypeKind, TypeSlots};
use super::descr::{self, GetSet, Setter};
use super::exception::{self, ExcType};
use super::function::NativeFn;
use super::str::intern;
use super::{PyStr, Value};
use std::rc::Rc;

macro_rules! names {
    ($( $field:ident = $s:expr ),* $(,)?) => {
        /// Pre-interned names (pointer-equal to every other interned occurrence).
        pub struct Names { $( pub $field: Rc<PyStr> ),* }
        impl Names {
            pub fn new() -> Names { Names { $( $field: intern($s) ),* } }
        }
        impl Default for Names { fn default() -> Names { Names::new() } }
    };
}

names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__", hash = "__hash__",
    eq = "__eq__", ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    bool = "__bool__", len = "__len__", iter = "__iter__", next = "__next__",
    getitem = "__getitem__", setitem = "__setitem__", delitem = "__delitem__",
    contains = "__contains__", getattr = "__getattr__", getattribute = "__getattribute__",
    setattr = "__setattr__", delattr = "__delattr__", get = "__get__", set = "__set__",
    delete = "__delete__", call = "__call__", class = "__class__", dict = "__dict__",
    name = "__name__", qualname = "__qualname__", module = "__module__", doc = "__doc__",
    index = "__index__", neg = "__neg__", pos = "__pos__", invert = "__invert__", abs = "__abs__",
    format = "__format__", set_name = "__set_name__", init_subclass = "__init_subclass__",
    classcell = "__classcell__", mro = "__mro__", bases = "__bases__", prepare = "__prepare__",
    mro_method = "mro", instancecheck = "__instancecheck__", subclasscheck = "__subclasscheck__",
    main = "__main__", builtins = "builtins", notes = "__notes__", args = "args",
    float = "__float__", int = "__int__", missing = "__missing__", reversed = "__reversed__",
    slots = "__slots__", weakref = "__weakref__", dir = "__dir__",
    enter = "__enter__", exit = "__exit__", self_ = "self", x = "x",
}

/// Dunder names of the binary operators, indexed by `BinOpKind as usize % 13`:
/// (`__add__`, `__radd__`, `__iadd__`).
pub const BINOP_DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// Every builtin type. Fields are public so hot paths can reach a type with one field access.
pub struct BuiltinTypes {
    pub object: Rc<PyType>,
    pub type_: Rc<PyType>,
    pub none: Rc<PyType>,
    pub not_implemented: Rc<PyType>,
    pub ellipsis: Rc<PyType>,
    pub int: Rc<PyType>,
    pub bool: Rc<PyType>,
    pub float: Rc<PyType>,
    pub str: Rc<PyType>,
    pub bytes: Rc<PyType>,
    pub tuple: Rc<PyType>,
    pub list: Rc<PyType>,
    pub dict: Rc<PyType>,
    pub set: Rc<PyType>,
    pub frozenset: Rc<PyType>,
    pub range: Rc<PyType>,
    pub slice: Rc<PyType>,
    pub function: Rc<PyType>,
    pub builtin_function: Rc<PyType>,
    /// The types of slot wrappers: bound (`(1).__add__`) and unbound (`int.__add__`); same
    /// behaviour as `builtin_function`, CPython's names (`function::is_slotish`).
    pub method_wrapper: Rc<PyType>,
    pub wrapper_descriptor: Rc<PyType>,
    pub method: Rc<PyType>,
    pub module: Rc<PyType>,
    pub code: Rc<PyType>,
    pub cell: Rc<PyType>,
    // descriptors and helpers (object/descr.rs)
    pub property: Rc<PyType>,
    pub staticmethod: Rc<PyType>,
    pub classmethod: Rc<PyType>,
    pub super_: Rc<PyType>,
    pub getset_descriptor: Rc<PyType>,
    /// `__slots__` members (`object/member.rs`).
    pub member_descriptor: Rc<PyType>,
    pub mappingproxy: Rc<PyType>,
    pub traceback: Rc<PyType>,
    /// The old `__getitem__` sequence-protocol iterator (`iter(obj)` without `__iter__`).
    pub iterator: Rc<PyType>,
    // native types owned by other helpers (containers: object/iter.rs, dict.rs, set.rs, ...)
    pub list_iterator: Rc<PyType>,
    pub list_reverseiterator: Rc<PyType>,
    pub tuple_iterator: Rc<PyType>,
    pub str_iterator: Rc<PyType>,
    pub str_ascii_iterator: Rc<PyType>,
    pub bytes_iterator: Rc<PyType>,
    pub range_iterator: Rc<PyType>,
    pub dict_keys: Rc<PyType>,
    pub dict_values: Rc<PyType>,
    pub dict_items: Rc<PyType>,
    pub dict_keyiterator: Rc<PyType>,
    pub dict_valueiterator: Rc<PyType>,
    pub dict_itemiterator: Rc<PyType>,
    pub set_iterator: Rc<PyType>,
    pub enumerate: Rc<PyType>,
    pub zip: Rc<PyType>,
    pub map: Rc<PyType>,
    pub filter: Rc<PyType>,
    pub reversed: Rc<PyType>,
    pub callable_iterator: Rc<PyType>,
    /// `generator` (object/generator.rs; methods and getters in vm/gen.rs).
    pub generator: Rc<PyType>,
    /// `coroutine` (vm/coro.rs).
    pub coroutine: Rc<PyType>,
    /// `async_generator` (vm/asyncgen.rs).
    pub async_generator: Rc<PyType>,
    /// One class per `ExcType`, indexed by `kind as usize`.
    pub exceptions: Vec<Rc<PyType>>,
    pub names: Names,
    /// Interned (`__add__`, `__radd__`, `__iadd__`) names in `BINOP_DUNDERS` order.
    pub binop_names: Vec<(Rc<PyStr>, Rc<PyStr>, Rc<PyStr>)>,
    /// Type attribute lookup cache (`attr::lookup_cached`), CPython's method cache.
    pub method_cache: std::cell::RefCell<MethodCache>,
    /// Bumped on every change to a type's dict after creation; invalidates `method_cache`.
    pub type_epoch: std::cell::Cell<u64>,
}

/// Entries of the type attribute lookup cache (direct-mapped). Entries hold the type and name
/// `Rc`s so a freed type's address can never alias a live entry.
pub struct MethodCache {
    pub entries: Box<[Option<MethodCacheEntry>]>,
}

pub struct MethodCacheEntry {
    pub ty: Rc<PyType>,
    pub name: Rc<PyStr>,
    pub epoch: u64,
    pub value: Option<Value>,
}

/// Number of method cache entries (a power of two).
pub const METHOD_CACHE_SIZE: usize = 1024;

impl MethodCache {
    pub fn new() -> MethodCache {
        MethodCache {
            entries: (0..METHOD_CACHE_SIZE).map(|_| None).collect(),
        }
    }
}

impl Default for MethodCache {
    fn default() -> MethodCache {
        MethodCache::new()
    }
}

/// A builtin (non-heap) type: `name`, single `base`, slots, methods and getters.
/// `subclassable` is CPython's `Py_TPFLAGS_BASETYPE`.
pub fn make_builtin_type(
    name: &'static str,
    kind: TypeKind,
    base: Option<&Rc<PyType>>,
    slots: TypeSlots,
    methods: &[(&'static str, NativeFn)],
    getsets: &[(&'static str, Getter)],
    subclassable: bool,
) -> Rc<PyType> {
    let bases: Vec<Rc<PyType>> = base.into_iter().cloned().collect();
    let mro = match base {
        Some(b) => {
            let mut m = vec![b.clone()];
            m.extend(b.mro.iter().cloned());
            m
        }
        None => Vec::new(),
    };
    let t = PyType::new_raw(
        intern(name),
        kind,
        bases,
        mro,
        slots,
        TypeFlags {
            heap: false,
            basetype: subclassable,
            instance_dict: false,
        },
    );
    add_methods(&t, methods);
    add_getsets(&t, getsets.iter().map(|(n, g)| (*n, *g, None)));
    t
}

/// `__call__` of the callable builtin types (function, builtin_function_or_method, method,
/// wrapper_descriptor, method-wrapper): `f.__call__(*args, **kwargs)` is `f(*args, **kwargs)`
/// (and `collections.abc.Callable` finds it in the type's `__dict__`).
const CALL_METHODS: &[(&str, NativeFn)] = &[("__call__", call_self_native)];

/// `function.__call__` and `function.__get__(obj, type=None)` (CPython's `func_descr_get`:
/// the function itself when `obj` is None, else a bound method).
const FUNCTION_METHODS: &[(&str, NativeFn)] = &[
    ("__call__", call_self_native),
    ("__get__", function_get_native),
];

fn function_get_native(
    vm: &mut crate::vm::Vm,
    args: &[Value],
    kwargs: &[(Rc<super::PyStr>, Value)],
) -> super::PyResult<Value> {
    if !kwargs.is_empty() || args.len() < 2 || args.len() > 3 {
        return Err(super::PyErr::type_error(format!(
            "expected 1 or 2 arguments, got {}",
            args.len().saturating_sub(1) + kwargs.len()
        )));
    }
    let (f, obj) = (&args[0], &args[1]);
    if obj.is_none() {
        return Ok(f.clone());
    }
    let t = vm.type_of(obj);
    super::attr::descr_get(vm, f, Some(obj), &t)
}

fn call_self_native(
    vm: &mut crate::vm::Vm,
    args: &[Value],
    kwargs: &[(Rc<super::PyStr>, Value)],
) -> super::PyResult<Value> {
    match args.split_first() {
        Some((f, rest)) => vm.call_kw(f, rest, kwargs),
        None => Err(super::PyErr::type_error(
            "descriptor '__call__' needs an argument",
        )),
    }
}

/// A native type for other helpers (`list_iterator`, `enumerate`, `property`, ...): not
/// subclassable, instances have no `__dict__`. `base` is usually `vm.types.object`.
pub fn new_native_type(
    name: &'static str,
    base: &Rc<PyType>,
    slots: TypeSlots,
    methods: &[(&'static str, NativeFn)],
) -> Rc<PyType> {
    make_builtin_type(
        name,
        TypeKind::Native,
        Some(base),
        slots,
        methods,
        &[],
        false,
    )
}

/// Store `methods` in `t`'s dict as unbound builtin methods (`<method 'append' of 'list'
/// objects>`).
pub fn add_methods(t: &Rc<PyType>, methods: &[(&'static str, NativeFn)]) {
    let owner = t.static_name();
    for (name, f) in methods {
        let bf = super::BuiltinFunction {
            name,
            func: *f,
            bound: None,
            owner,
        };
        t.dict.set_str(intern(name), Value::Builtin(Rc::new(bf)));
    }
}

/// Store getters (and optional setters) in `t`'s dict as `getset_descriptor`-like objects.
/// The descriptor's class is patched in by `BuiltinTypes::new` (`GetSet` values are recognised
/// by payload, so the class is only cosmetic).
pub fn add_getsets<'a>(
    t: &Rc<PyType>,
    getsets: impl Iterator<Item = (&'static str, Getter, Option<Setter>)>,
) {
    for (name, get, set) in getsets {
        let gs = GetSet {
            name,
            owner: t.name(),
            get,
            set,
        };
        t.dict.set_str(intern(name), descr::getset_value(gs));
    }
}

impl BuiltinTypes {
    pub fn new() -> BuiltinTypes {
        use TypeKind as K;
        let e = TypeSlots::default();
        let object = make_builtin_type(
            "object",
            K::Object,
            None,
            super::class::object_slots(),
            super::class::OBJECT_METHODS,
            &[],
            true,
        );
        let ob = Some(&object);
        let getset_descriptor = make_builtin_type(
            "getset_descriptor",
            K::Native,
            ob,
            descr::getset_slots(),
            &[],
            &[],
            false,
        );
        descr::set_getset_type(getset_descriptor.clone());
        let type_ = make_builtin_type(
            "type",
            K::Type,
            ob,
            super::class::type_slots(),
            super::class::TYPE_METHODS,
            &[],
            true,
        );
        let none = make_builtin_type(
            "NoneType",
            K::NoneType,
            ob,
            super::class::none_slots(),
            &[],
            &[],
            false,
        );
        let not_implemented = make_builtin_type(
            "NotImplementedType",
            K::NotImplementedType,
            ob,
            super::class::notimpl_slots(),
            &[],
            &[],
            false,
        );
        let ellipsis = make_builtin_type(
            "ellipsis",
            K::Ellipsis,
            ob,
            super::class::ellipsis_slots(),
            &[],
            &[],
            false,
        );
        let int = make_builtin_type(
            "int",
            K::Int,
            ob,
            super::int_methods::slots(),
            super::int_methods::METHODS,
            super::int_methods::GETSETS,
            true,
        );
        let bool = make_builtin_type(
            "bool",
            K::Bool,
            Some(&int),
            super::int_methods::bool_slots(),
            &[],
            &[],
            false,
        );
        let float = make_builtin_type(
            "float",
            K::Float,
            ob,
            super::float::slots(),
            super::float::METHODS,
            super::float::GETSETS,
            true,
        );
        let str = make_builtin_type(
            "str",
            K::Str,
            ob,
            super::str::slots(),
            super::str_methods::METHODS,
            super::str::GETSETS,
            true,
        );
        let bytes = make_builtin_type(
            "bytes",
            K::Bytes,
            ob,
            super::bytes::slots(),
            super::bytes::METHODS,
            super::bytes::GETSETS,
            true,
        );
        let tuple = make_builtin_type(
            "tuple",
            K::Tuple,
            ob,
            super::tuple::slots(),
            super::tuple::METHODS,
            super::tuple::GETSETS,
            true,
        );
        let list = make_builtin_type(
            "list",
            K::List,
            ob,
            super::list::slots(),
            super::list::METHODS,
            super::list::GETSETS,
            true,
        );
        let dict = make_builtin_type(
            "dict",
            K::Dict,
            ob,
            super::dict::slots(),
            super::dict::METHODS,
            super::dict::GETSETS,
            true,
        );
        let set = make_builtin_type(
            "set",
            K::Set,
            ob,
            super::set_methods::set_slots(),
            super::set_methods::SET_METHODS,
            &[],
            true,
        );
        let frozenset = make_builtin_type(
            "frozenset",
            K::FrozenSet,
            ob,
            super::set_methods::frozenset_slots(),
            super::set_methods::FROZENSET_METHODS,
            &[],
            true,
        );
        let range = make_builtin_type(
            "range",
            K::Range,
            ob,
            super::range::slots(),
            super::range::METHODS,
            super::range::GETSETS,
            false,
        );
        let slice = make_builtin_type(
            "slice",
            K::Slice,
            ob,
            super::slice::slots(),
            super::slice::METHODS,
            super::slice::GETSETS,
            false,
        );
        let function = make_builtin_type(
            "function",
            K::Function,
            ob,
            super::function::function_slots(),
            FUNCTION_METHODS,
            &[],
            false,
        );
        let builtin_function = make_builtin_type(
            "builtin_function_or_method",
            K::BuiltinFunction,
            ob,
            super::function::builtin_slots(),
            CALL_METHODS,
            &[],
            false,
        );
        let method_wrapper = make_builtin_type(
            "method-wrapper",
            K::BuiltinFunction,
            ob,
            super::function::builtin_slots(),
            CALL_METHODS,
            &[],
            false,
        );
        let wrapper_descriptor = make_builtin_type(
            "wrapper_descriptor",
            K::BuiltinFunction,
            ob,
            super::function::builtin_slots(),
            CALL_METHODS,
            &[],
            false,
        );
        let method = make_builtin_type(
            "method",
            K::Method,
            ob,
            super::function::method_slots(),
            CALL_METHODS,
            &[],
            false,
        );
        let module = make_builtin_type(
            "module",
            K::Module,
            ob,
            super::module::module_slots(),
            &[],
            &[],
            true,
        );
        let code = make_builtin_type(
            "code",
            K::Code,
            ob,
            super::function::code_slots(),
            &[],
            &[],
            false,
        );
        let cell = make_builtin_type(
            "cell",
            K::Cell,
            ob,
            super::cell::cell_slots(),
            &[],
            &[],
            false,
        );

        let nat = |name: &'static str, slots: TypeSlots, methods: &[(&'static str, NativeFn)]| {
            new_native_type(name, &object, slots, methods)
        };
        let member_descriptor = nat(
            "member_descriptor",
            super::member::member_slots(),
            super::member::MEMBER_METHODS,
        );
        super::member::add_member_getsets(&member_descriptor);
        let property = make_builtin_type(
            "property",
            K::Native,
            ob,
            descr::property_slots(),
            descr::PROPERTY_METHODS,
            &[],
            true,
        );
        let staticmethod = make_builtin_type(
            "staticmethod",
            K::Native,
            ob,
            descr::staticmethod_slots(),
            descr::STATICMETHOD_METHODS,
            &[],
            true,
        );
        let classmethod = make_builtin_type(
            "classmethod",
            K::Native,
            ob,
            descr::classmethod_slots(),
            descr::CLASSMETHOD_METHODS,
            &[],
            true,
        );
        let super_ =
            make_builtin_type("super", K::Native, ob, descr::super_slots(), &[], &[], true);
        let mappingproxy = nat(
            "mappingproxy",
            descr::mappingproxy_slots(),
            descr::MAPPINGPROXY_METHODS,
        );
        let traceback = nat("traceback", super::traceback_obj::traceback_slots(), &[]);
        // Builtin iterators and dict views (containers: object/iter.rs, dict.rs). Their
        // behaviour is in their dunder METHODS and `Payload::Iter`; registering them here makes
        // `builtins::args::native_type` hand out these objects (based on `object`).
        crate::builtins::args::set_object_type(object.clone());
        let it = super::iter::METHODS;
        let reg = |name: &'static str,
                   slots: TypeSlots,
                   methods: &[(&'static str, NativeFn)],
                   subclassable: bool| {
            let t = make_builtin_type(
                name,
                K::Native,
                Some(&object),
                slots,
                methods,
                &[],
                subclassable,
            );
            crate::builtins::args::register_native_type(name, t.clone());
            t
        };
        let ctor = |f: NativeFn| TypeSlots {
            new: Some(f),
            ..TypeSlots::default()
        };
        let iterator = reg("iterator", e, it, false);
        let list_iterator = reg("list_iterator", e, it, false);
        let list_reverseiterator = reg("list_reverseiterator", e, it, false);
        let tuple_iterator = reg("tuple_iterator", e, it, false);
        let str_iterator = reg("str_iterator", e, it, false);
        let str_ascii_iterator = reg("str_ascii_iterator", e, it, false);
        let bytes_iterator = reg("bytes_iterator", e, it, false);
        let range_iterator = reg("range_iterator", e, it, false);
        // Set-like views define __eq__, so they are unhashable (`__hash__ = None`).
        let unhashable = TypeSlots {
            hash_none: true,
            ..e
        };
        let dict_keys = reg("dict_keys", unhashable, super::dict::VIEW_METHODS, false);
        let dict_values = reg("dict_values", e, super::dict::VALUES_METHODS, false);
        let dict_items = reg("dict_items", unhashable, super::dict::VIEW_METHODS, false);
        let dict_keyiterator = reg("dict_keyiterator", e, it, false);
        let dict_valueiterator = reg("dict_valueiterator", e, it, false);
        let dict_itemiterator = reg("dict_itemiterator", e, it, false);
        for n in [
            "dict_reversekeyiterator",
            "dict_reversevalueiterator",
            "dict_reverseitemiterator",
        ] {
            reg(n, e, it, false);
        }
        let set_iterator = reg("set_iterator", e, it, false);
        let enumerate = reg("enumerate", ctor(super::iter::enumerate_new), it, true);
        let zip = reg("zip", ctor(super::iter::zip_new), it, true);
        let map = reg("map", ctor(super::iter::map_new), it, true);
        let filter = reg("filter", ctor(super::iter::filter_new), it, true);
        let reversed = reg("reversed", ctor(super::iter::reversed_new), it, true);
        let callable_iterator = reg("callable_iterator", e, it, false);
        let generator = crate::vm::gen_type::make_generator_type(&object);
        let coroutine = crate::vm::coro::make_coroutine_type(&object);
        let async_generator = crate::vm::asyncgen::make_async_generator_type(&object);

        let exceptions = exception::build_exception_types(&object);

        let types = BuiltinTypes {
            object,
            type_,
            none,
            not_implemented,
            ellipsis,
            int,
            bool,
            float,
            str,
            bytes,
            tuple,
            list,
            dict,
            set,
            frozenset,
            range,
            slice,
            function,
            builtin_function,
            method_wrapper,
            wrapper_descriptor,
            method,
            module,
            code,
            cell,
            property,
            staticmethod,
            classmethod,
            super_,
            getset_descriptor,
            member_descriptor,
            mappingproxy,
            traceback,
            iterator,
            list_iterator,
            list_reverseiterator,
            tuple_iterator,
            str_iterator,
            str_ascii_iterator,
            bytes_iterator,
            range_iterator,
            dict_keys,
            dict_values,
            dict_items,
            dict_keyiterator,
            dict_valueiterator,
            dict_itemiterator,
            set_iterator,
            enumerate,
            zip,
            map,
            filter,
            reversed,
            callable_iterator,
            generator,
            coroutine,
            async_generator,
            exceptions,
            names: Names::new(),
            binop_names: BINOP_DUNDERS
                .iter()
                .map(|(a, b, c)| (intern(a), intern(b), intern(c)))
                .collect(),
            method_cache: std::cell::RefCell::new(MethodCache::new()),
            type_epoch: std::cell::Cell::new(0),
        };
        super::class::add_type_getsets(&types);
        super::function::add_function_getsets(&types);
        for (k, v) in types.builtin_function.dict.items() {
            if let Value::Str(k) = k {
                types.method_wrapper.dict.set_str(k.clone(), v.clone());
                types.wrapper_descriptor.dict.set_str(k, v);
            }
        }
        super::module::add_module_getsets(&types);
        super::cell::add_cell_getsets(&types);
        descr::add_descr_getsets(&types);
        exception::add_exception_members(&types);
        add_classmethods(&types, &types.int, super::int_methods::CLASSMETHODS);
        add_classmethods(&types, &types.float, super::float::CLASSMETHODS);
        add_classmethods(&types, &types.bytes, super::bytes::CLASSMETHODS);
        add_classmethods(&types, &types.dict, super::dict::CLASSMETHODS);
        add_staticmethods(&types, &types.str, super::str_methods::STATICMETHODS);
        // `list[int]`, ...: the builtin generic types (CPython's `Py_GenericAlias` users).
        for t in [
            &types.list,
            &types.dict,
            &types.tuple,
            &types.set,
            &types.frozenset,
            &types.enumerate,
            types.exc(ExcType::BaseExceptionGroup),
            types.exc(ExcType::ExceptionGroup),
        ] {
            add_classmethods(&types, t, super::genericalias::CLASS_GETITEM);
        }
        add_methods(&types.type_, super::genericalias::TYPE_OR_METHODS);
        // object.__init_subclass__ is a classmethod.
        add_classmethods(
            &types,
            &types.object,
            &[("__init_subclass__", OBJECT_INIT_SUBCLASS)],
        );
        super::slotwrap::add_slot_wrappers(&types);
        types
    }

    /// The class of a builtin exception kind.
    #[inline]
    pub fn exc(&self, kind: ExcType) -> &Rc<PyType> {
        &self.exceptions[kind as usize]
    }

    /// Every builtin type a builtins namespace should expose by name (`int`, `ValueError`,
    /// ...), as (name, type) pairs.
    pub fn builtin_names(&self) -> Vec<(&'static str, Rc<PyType>)> {
        let mut v: Vec<(&'static str, Rc<PyType>)> = vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("int", self.int.clone()),
            ("bool", self.bool.clone()),
            ("float", self.float.clone()),
            ("str", self.str.clone()),
            ("bytes", self.bytes.clone()),
            ("tuple", self.tuple.clone()),
            ("list", self.list.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
            ("enumerate", self.enumerate.clone()),
            ("zip", self.zip.clone()),
            ("map", self.map.clone()),
            ("filter", self.filter.clone()),
            ("reversed", self.reversed.clone()),
        ];
        for k in ExcType::ALL {
            v.push((k.name(), self.exc(*k).clone()));
        }
        v
    }
}

impl Default for BuiltinTypes {
    fn default() -> BuiltinTypes {
        BuiltinTypes::new()
    }
}

fn build_class_native(
    vm: &mut crate::vm::Vm,
    args: &[Value],
    kwargs: &[(Rc<PyStr>, Value)],
) -> super::PyResult<Value> {
    super::class::build_class(vm, args, kwargs)
}

/// Put the builtin types (`int`, `ValueError`, ...), `__build_class__` and the OSError
/// aliases (`IOError`, `EnvironmentError`) into `vm.builtins` (called by `Vm::new` before
/// `builtins::init`).
pub fn register_builtins(vm: &mut crate::vm::Vm) {
    let b = vm.builtins.clone();
    for (name, t) in vm.types.builtin_names() {
        b.set_str(intern(name), Value::Type(t));
    }
    let os = Value::Type(vm.types.exc(ExcType::OSError).clone());
    b.set_str(intern("IOError"), os.clone());
    b.set_str(intern("EnvironmentError"), os);
    b.set_str(intern("NotImplemented"), Value::NotImplemented);
    b.set_str(intern("Ellipsis"), Value::Ellipsis);
    let bc = super::BuiltinFunction {
        name: "__build_class__",
        func: build_class_native,
        bound: None,
        owner: "",
    };
    b.set_str(intern("__build_class__"), Value::Builtin(Rc::new(bc)));
}

const OBJECT_INIT_SUBCLASS: NativeFn = |vm, args, kwargs| match super::class::OBJECT_METHODS
    .iter()
    .find(|(n, _)| *n == "__init_subclass__")
{
    Some((_, f)) => f(vm, args, kwargs),
    None => Ok(Value::None),
};

fn builtin_value(t: &Rc<PyType>, name: &'static str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(super::BuiltinFunction {
        name,
        func: f,
        bound: None,
        owner: t.static_name(),
    }))
}

/// Store `methods` in `t`'s dict wrapped in `classmethod` (`int.from_bytes`): the native gets
/// the class as `args[0]`.
pub fn add_classmethods(
    types: &BuiltinTypes,
    t: &Rc<PyType>,
    methods: &[(&'static str, NativeFn)],
) {
    for (name, f) in methods {
        let cm = super::class::Instance::native(
            types.classmethod.clone(),
            descr::ClassMethod(builtin_value(t, name, *f)),
        );
        t.dict.set_str(intern(name), cm);
    }
}

/// Store `methods` in `t`'s dict wrapped in `staticmethod` (`str.maketrans`).
pub fn add_staticmethods(
    types: &BuiltinTypes,
    t: &Rc<PyType>,
    methods: &[(&'static str, NativeFn)],
) {
    for (name, f) in methods {
        let sm = super::class::Instance::native(
            types.staticmethod.clone(),
            descr::StaticMethod(builtin_value(t, name, *f)),
        );
        t.dict.set_str(intern(name), sm);
    }
}
