//! Rust-level tests of the object model through the whole pipeline: run a snippet, then read
//! `repr(result)` (or the raised exception) back through the protocol API.

use crate::object::str::intern;
use crate::object::{BuiltinFunction, NativeFn, PyDict, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<PyStr>, Value)];

fn arg(a: &[Value], i: usize) -> PyResult<&Value> {
    a.get(i)
        .ok_or_else(|| PyErr::type_error("missing argument"))
}

/// Minimal stand-ins for builtins the containers helper owns, installed only when missing, so
/// these tests exercise the protocol API on their own.
const TEST_BUILTINS: &[(&str, NativeFn)] = &[
    ("repr", |vm, a, _k: Kw| Ok(Value::Str(vm.repr(arg(a, 0)?)?))),
    ("len", |vm, a, _k| {
        Ok(Value::Int(vm.len(arg(a, 0)?)? as i64))
    }),
    ("hash", |vm, a, _k| Ok(Value::Int(vm.hash(arg(a, 0)?)?))),
    ("iter", |vm, a, _k| vm.iter(arg(a, 0)?)),
    ("next", |vm, a, _k| match vm.next(arg(a, 0)?)? {
        Some(v) => Ok(v),
        None => Err(PyErr::stop_iteration(None)),
    }),
    ("format", |vm, a, _k| {
        let spec = match a.get(1) {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        Ok(Value::Str(vm.format(arg(a, 0)?, &spec)?))
    }),
    ("isinstance", |vm, a, _k| {
        Ok(Value::Bool(crate::object::class::isinstance(
            vm,
            arg(a, 0)?,
            arg(a, 1)?,
        )?))
    }),
    ("issubclass", |vm, a, _k| {
        Ok(Value::Bool(crate::object::class::issubclass(
            vm,
            arg(a, 0)?,
            arg(a, 1)?,
        )?))
    }),
    ("hasattr", |vm, a, _k| {
        let n = crate::object::class::attr_name(vm, arg(a, 1)?)?;
        Ok(Value::Bool(vm.getattr_opt(arg(a, 0)?, &n)?.is_some()))
    }),
    ("getattr", |vm, a, _k| {
        let n = crate::object::class::attr_name(vm, arg(a, 1)?)?;
        match a.get(2) {
            Some(d) => Ok(vm.getattr_opt(arg(a, 0)?, &n)?.unwrap_or_else(|| d.clone())),
            None => vm.getattr(arg(a, 0)?, &n),
        }
    }),
    ("sum", |vm, a, _k| {
        let items = vm.collect(arg(a, 0)?)?;
        let mut acc = Value::Int(0);
        for x in items {
            acc = vm.binary_op(&acc, &x, crate::bytecode::BinOpKind::Add)?;
        }
        Ok(acc)
    }),
    ("list", |vm, a, _k| {
        Ok(Value::list(match a.first() {
            Some(v) => vm.collect(v)?,
            None => Vec::new(),
        }))
    }),
    ("bool", |vm, a, _k| {
        Ok(Value::Bool(match a.first() {
            Some(v) => vm.truthy(v)?,
            None => false,
        }))
    }),
];

fn install_test_builtins(vm: &mut Vm) {
    let b = vm.builtins.clone();
    for (name, f) in TEST_BUILTINS {
        let key = intern(name);
        let present = matches!(b.get_str(&key), Some(Value::Builtin(_)))
            || (matches!(b.get_str(&key), Some(Value::Type(ref t)) if t.slots.new.is_some()));
        if !present {
            b.set_str(
                key,
                Value::Builtin(Rc::new(BuiltinFunction {
                    name,
                    func: *f,
                    bound: None,
                    owner: "",
                })),
            );
        }
    }
}

/// Run `src` as `__main__` and return `repr(r)` of the global `r`, or `Type: message` of the
/// uncaught exception.
fn run(src: &str) -> String {
    let mut vm = Vm::new_captured();
    install_test_builtins(&mut vm);
    let code = match vm.compile_source(src, "<test>", "exec") {
        Ok(c) => c,
        Err(e) => return format!("compile error: {:?}", e),
    };
    let g = Rc::new(PyDict::new());
    g.set_str(intern("__name__"), Value::str("__main__"));
    match vm.run_code(code, g.clone()) {
        Ok(_) => {}
        Err(e) => {
            let exc = vm.materialize(&e);
            let t = vm.type_of(&exc);
            let msg = vm
                .str(&exc)
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            let name = t.name.borrow().as_str().to_string();
            return if msg.is_empty() {
                name
            } else {
                format!("{}: {}", name, msg)
            };
        }
    }
    match g.get_str(&intern("r")) {
        Some(v) => match vm.repr(&v) {
            Ok(s) => s.as_str().to_string(),
            Err(e) => {
                let exc = vm.materialize(&e);
                format!(
                    "repr failed: {:?}",
                    vm.str(&exc).map(|s| s.as_str().to_string())
                )
            }
        },
        None => "<no r>".into(),
    }
}

// Expected values below were produced by python3 3.11 (`/tmp/gen/gen.py` style: run the
// snippet, print `repr(r)` or `Type: message`).

#[test]
fn mro_diamond_is_c3() {
    assert_eq!(
        run(r###"class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
r = [k.__name__ for k in D.__mro__]
"###),
        r###"['D', 'B', 'C', 'A', 'object']"###
    );
}

#[test]
fn mro_inconsistent_message() {
    assert_eq!(
        run(r###"class O: pass
class P(O): pass
class Q(O, P): pass
"###),
        r###"TypeError: Cannot create a consistent method resolution
order (MRO) for bases O, P"###
    );
}

#[test]
fn duplicate_base_message() {
    assert_eq!(
        run(r###"class O: pass
class R(O, O): pass
"###),
        r###"TypeError: duplicate base class O"###
    );
}

#[test]
fn bool_is_not_an_acceptable_base() {
    assert_eq!(
        run(r###"class Y(bool): pass
"###),
        r###"TypeError: type 'bool' is not an acceptable base type"###
    );
}

#[test]
fn instance_dict_shadows_nondata_method() {
    assert_eq!(
        run(r###"class C:
    def m(self): return 1
c = C()
c.m = lambda: 2
r = c.m()
"###),
        r###"2"###
    );
}

#[test]
fn property_beats_instance_dict() {
    assert_eq!(
        run(r###"class C:
    @property
    def x(self): return 'prop'
c = C()
c.__dict__['x'] = 'dict'
r = c.x
"###),
        r###"'prop'"###
    );
}

#[test]
fn property_setter_and_deleter() {
    assert_eq!(
        run(r###"class C:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): self._x = 'deleted'
c = C()
c.x = 5
a = c.x
del c.x
r = (a, c._x)
"###),
        r###"(10, 'deleted')"###
    );
}

#[test]
fn property_without_setter_message() {
    assert_eq!(
        run(r###"class P:
    @property
    def x(self): return 1
P().x = 2
"###),
        r###"AttributeError: property 'x' of 'P' object has no setter"###
    );
}

#[test]
fn staticmethod_and_classmethod() {
    assert_eq!(
        run(r###"class C:
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return (cls.__name__, a)
class D(C): pass
r = (C.s(1), C().s(2), D.c(3), D().c(4))
"###),
        r###"(2, 3, ('D', 3), ('D', 4))"###
    );
}

#[test]
fn getattr_fallback_only_when_missing() {
    assert_eq!(
        run(r###"class C:
    y = 'class'
    def __getattr__(self, n): return n * 2
r = (C().ab, C().y)
"###),
        r###"('abab', 'class')"###
    );
}

#[test]
fn missing_attribute_message_instance() {
    assert_eq!(
        run(r###"class C: pass
C().nope
"###),
        r###"AttributeError: 'C' object has no attribute 'nope'"###
    );
}

#[test]
fn missing_attribute_message_type() {
    assert_eq!(
        run(r###"class C: pass
C.nope
"###),
        r###"AttributeError: type object 'C' has no attribute 'nope'"###
    );
}

#[test]
fn user_data_descriptor_get_set() {
    assert_eq!(
        run(r###"class D:
    def __get__(self, obj, owner): return ('get', obj is None, owner.__name__)
    def __set__(self, obj, v): obj.__dict__['seen'] = v
class C:
    d = D()
c = C()
c.d = 7
r = (C.d, c.d, c.seen)
"###),
        r###"(('get', True, 'C'), ('get', False, 'C'), 7)"###
    );
}

#[test]
fn set_name_called_on_class_creation() {
    assert_eq!(
        run(r###"class D:
    def __set_name__(self, owner, name): self.name = (owner.__name__, name)
class C:
    attr = D()
r = C.attr.name
"###),
        r###"('C', 'attr')"###
    );
}

#[test]
fn init_subclass_receives_kwargs() {
    assert_eq!(
        run(r###"log = []
class T:
    def __init_subclass__(cls, **kw):
        log.append((cls.__name__, kw))
class U(T, x=1): pass
r = log
"###),
        r###"[('U', {'x': 1})]"###
    );
}

#[test]
fn object_init_subclass_rejects_kwargs() {
    assert_eq!(
        run(r###"class V(x=1): pass
"###),
        r###"TypeError: V.__init_subclass__() takes no keyword arguments"###
    );
}

#[test]
fn class_takes_no_arguments() {
    assert_eq!(
        run(r###"class C: pass
C(1)
"###),
        r###"TypeError: C() takes no arguments"###
    );
}

#[test]
fn init_must_return_none() {
    assert_eq!(
        run(r###"class D:
    def __init__(self): return 1
D()
"###),
        r###"TypeError: __init__() should return None, not 'int'"###
    );
}

#[test]
fn super_zero_arg_chain() {
    assert_eq!(
        run(r###"class A:
    def f(self): return ['A']
class B(A):
    def f(self): return ['B'] + super().f()
class C(A):
    def f(self): return ['C'] + super().f()
class D(B, C):
    def f(self): return ['D'] + super().f()
r = D().f()
"###),
        r###"['D', 'B', 'C', 'A']"###
    );
}

#[test]
fn super_two_arg_and_init() {
    assert_eq!(
        run(r###"class A:
    def __init__(self, x): self.x = x
class B(A):
    def __init__(self, x):
        super(B, self).__init__(x + 1)
r = B(1).x
"###),
        r###"2"###
    );
}

#[test]
fn super_classmethod() {
    assert_eq!(
        run(r###"class A:
    @classmethod
    def make(cls): return cls.__name__
class B(A):
    @classmethod
    def make(cls): return 'B>' + super().make()
r = B.make()
"###),
        r###"'B>B'"###
    );
}

#[test]
fn eq_without_hash_is_unhashable() {
    assert_eq!(
        run(r###"class D:
    def __eq__(s, o): return True
hash(D())
"###),
        r###"TypeError: unhashable type: 'D'"###
    );
}

#[test]
fn user_hash_is_used() {
    assert_eq!(
        run(r###"class H:
    def __hash__(self): return 42
r = hash(H())
"###),
        r###"42"###
    );
}

#[test]
fn reflected_add_used_for_unknown_left() {
    assert_eq!(
        run(r###"class V:
    def __radd__(self, o): return ('radd', o)
r = 1 + V()
"###),
        r###"('radd', 1)"###
    );
}

#[test]
fn subclass_reflected_op_goes_first() {
    assert_eq!(
        run(r###"class A:
    def __add__(self, o): return 'A.add'
    def __radd__(self, o): return 'A.radd'
class B(A):
    def __radd__(self, o): return 'B.radd'
r = (A() + B(), B() + A())
"###),
        r###"('B.radd', 'A.add')"###
    );
}

#[test]
fn iadd_falls_back_to_add() {
    assert_eq!(
        run(r###"class V:
    def __init__(self, n): self.n = n
    def __add__(self, o): return V(self.n + o)
v = V(1)
v += 5
r = v.n
"###),
        r###"6"###
    );
}

#[test]
fn unsupported_operand_message() {
    assert_eq!(
        run(r###"1 + 'a'
"###),
        r###"TypeError: unsupported operand type(s) for +: 'int' and 'str'"###
    );
}

#[test]
fn unsupported_inplace_message() {
    assert_eq!(
        run(r###"x = 1
x -= 'a'
"###),
        r###"TypeError: unsupported operand type(s) for -=: 'int' and 'str'"###
    );
}

#[test]
fn unsupported_pow_message() {
    assert_eq!(
        run(r###"2 ** 'a'
"###),
        r###"TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"###
    );
}

#[test]
fn bad_unary_operand_message() {
    assert_eq!(
        run(r###"-'a'
"###),
        r###"TypeError: bad operand type for unary -: 'str'"###
    );
}

#[test]
fn lt_not_supported_message() {
    assert_eq!(
        run(r###"class C: pass
C() < C()
"###),
        r###"TypeError: '<' not supported between instances of 'C' and 'C'"###
    );
}

#[test]
fn reflected_comparison() {
    assert_eq!(
        run(r###"class C:
    def __gt__(self, o): return 'C.gt'
r = 1 < C()
"###),
        r###"'C.gt'"###
    );
}

#[test]
fn ne_defaults_to_not_eq() {
    assert_eq!(
        run(r###"class C:
    def __eq__(self, o): return True
r = (C() != C(), C() == 1)
"###),
        r###"(False, True)"###
    );
}

#[test]
fn bool_and_len_protocol() {
    assert_eq!(
        run(r###"class Z:
    def __len__(self): return 0
class T:
    def __bool__(self): return False
r = (bool(Z()), bool(T()), bool(object()))
"###),
        r###"(False, False, True)"###
    );
}

#[test]
fn bool_must_return_bool() {
    assert_eq!(
        run(r###"class G:
    def __bool__(self): return 1
bool(G())
"###),
        r###"TypeError: __bool__ should return bool, returned int"###
    );
}

#[test]
fn len_negative_message() {
    assert_eq!(
        run(r###"class E:
    def __len__(self): return -1
len(E())
"###),
        r###"ValueError: __len__() should return >= 0"###
    );
}

#[test]
fn iter_protocol_user_class() {
    assert_eq!(
        run(r###"class Count:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
r = list(Count())
"###),
        r###"[1, 2, 3]"###
    );
}

#[test]
fn old_getitem_sequence_iteration() {
    assert_eq!(
        run(r###"class N:
    def __getitem__(s, i):
        if i < 3: return i * 10
        raise IndexError
r = (list(N()), 20 in N())
"###),
        r###"([0, 10, 20], True)"###
    );
}

#[test]
fn not_iterable_message() {
    assert_eq!(
        run(r###"iter(1)
"###),
        r###"TypeError: 'int' object is not iterable"###
    );
}

#[test]
fn not_an_iterator_message() {
    assert_eq!(
        run(r###"next([])
"###),
        r###"TypeError: 'list' object is not an iterator"###
    );
}

#[test]
fn contains_argument_not_iterable() {
    assert_eq!(
        run(r###"1 in 1
"###),
        r###"TypeError: argument of type 'int' is not iterable"###
    );
}

#[test]
fn getitem_setitem_delitem_user() {
    assert_eq!(
        run(r###"class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
m = M()
m['a'] = 1
m['b'] = 2
del m['a']
r = (m['b'], list(m.d))
"###),
        r###"(2, ['b'])"###
    );
}

#[test]
fn not_subscriptable_message() {
    assert_eq!(
        run(r###"1[0]
"###),
        r###"TypeError: 'int' object is not subscriptable"###
    );
}

#[test]
fn tuple_item_assignment_message() {
    assert_eq!(
        run(r###"t = (1,)
t[0] = 2
"###),
        r###"TypeError: 'tuple' object does not support item assignment"###
    );
}

#[test]
fn type_not_subscriptable_message() {
    assert_eq!(
        run(r###"class C: pass
C[0]
"###),
        r###"TypeError: type 'C' is not subscriptable"###
    );
}

#[test]
fn class_getitem() {
    assert_eq!(
        run(r###"class C:
    def __class_getitem__(cls, item): return (cls.__name__, item)
r = C[int]
"###),
        r###"('C', <class 'int'>)"###
    );
}

#[test]
fn repr_and_str_defaults() {
    assert_eq!(
        run(r###"class C:
    def __repr__(self): return 'C!'
class S(C):
    def __str__(self): return 'S!'
r = (str(C()), repr(S()), str(S()), format(C()))
"###),
        r###"('C!', 'C!', 'S!', 'C!')"###
    );
}

#[test]
fn repr_must_return_str() {
    assert_eq!(
        run(r###"class H:
    def __repr__(s): return 1
repr(H())
"###),
        r###"TypeError: __repr__ returned non-string (type int)"###
    );
}

#[test]
fn type_reprs() {
    assert_eq!(
        run(r###"class C: pass
class M(type): pass
r = (repr(int), repr(C), repr(type(C)), repr(M), type(1), type(None), type(...), type(NotImplemented))
"###),
        r###"("<class 'int'>", "<class '__main__.C'>", "<class 'type'>", "<class '__main__.M'>", <class 'int'>, <class 'NoneType'>, <class 'ellipsis'>, <class 'NotImplementedType'>)"###
    );
}

#[test]
fn type_one_arg_and_three_arg() {
    assert_eq!(
        run(
            r###"X = type('X', (object,), {'a': 1, 'f': lambda self: self.a + 1})
r = (type(5), X.__name__, X().f(), X.__bases__)
"###
        ),
        r###"(<class 'int'>, 'X', 2, (<class 'object'>,))"###
    );
}

#[test]
fn isinstance_issubclass_tuples() {
    assert_eq!(
        run(r###"class A: pass
class B(A): pass
r = (isinstance(B(), A), isinstance(1, (str, int)), issubclass(B, (int, A)), issubclass(bool, int), isinstance(True, int))
"###),
        r###"(True, True, True, True, True)"###
    );
}

#[test]
fn metaclass_new_and_call() {
    assert_eq!(
        run(r###"class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        return ('called', cls.__name__, a)
class K(metaclass=Meta): pass
r = (K.tag, type(K).__name__, K(1, 2))
"###),
        r###"('k', 'Meta', ('called', 'K', (1, 2)))"###
    );
}

#[test]
fn class_attributes_and_dunders() {
    assert_eq!(
        run(r###"class C:
    '''doc'''
    x = 1
r = (C.__name__, C.__qualname__, C.__module__, C.__doc__, C.__bases__, C.__mro__, C.mro(), 'x' in C.__dict__)
"###),
        r###"('C', 'C', '__main__', 'doc', (<class 'object'>,), (<class '__main__.C'>, <class 'object'>), [<class '__main__.C'>, <class 'object'>], True)"###
    );
}

#[test]
fn nested_class_qualname() {
    assert_eq!(
        run(r###"class A:
    class B:
        def m(self): pass
r = (A.B.__qualname__, A.B.m.__qualname__, repr(A.B))
"###),
        r###"('A.B', 'A.B.m', "<class '__main__.A.B'>")"###
    );
}

#[test]
fn dunder_class_and_dict() {
    assert_eq!(
        run(r###"class C:
    def __init__(self): self.a = 1
c = C()
r = (c.__class__ is C, c.__dict__)
"###),
        r###"(True, {'a': 1})"###
    );
}

#[test]
fn function_attributes() {
    assert_eq!(
        run(r###"def f(a, b=2, *, c=3):
    'doc'
f.extra = 1
r = (f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__, f.__dict__)
"###),
        r###"('f', 'f', 'doc', '__main__', (2,), {'c': 3}, {'extra': 1})"###
    );
}

#[test]
fn function_name_must_be_str() {
    assert_eq!(
        run(r###"def f(): pass
f.__name__ = 1
"###),
        r###"TypeError: __name__ must be set to a string object"###
    );
}

#[test]
fn bound_method_attributes() {
    assert_eq!(
        run(r###"class C:
    def m(self): pass
c = C()
r = (c.m.__self__ is c, c.m.__func__ is C.m, c.m.__name__, c.m == c.m, C.m is C.__dict__['m'])
"###),
        r###"(True, True, 'm', True, True)"###
    );
}

#[test]
fn readonly_builtin_method_attribute() {
    assert_eq!(
        run(r###"[].append = 1
"###),
        r###"AttributeError: 'list' object attribute 'append' is read-only"###
    );
}

#[test]
fn int_has_no_attribute_setting() {
    assert_eq!(
        run(r###"(1).x = 1
"###),
        r###"AttributeError: 'int' object has no attribute 'x'"###
    );
}

#[test]
fn immutable_type_setattr() {
    assert_eq!(
        run(r###"int.x = 1
"###),
        r###"TypeError: cannot set 'x' attribute of immutable type 'int'"###
    );
}

#[test]
fn exception_str_repr() {
    assert_eq!(
        run(
            r###"r = [(str(e), repr(e)) for e in [ValueError(), ValueError('x'), ValueError('x', 1), KeyError('k'), KeyError()]]
"###
        ),
        r###"[('', 'ValueError()'), ('x', "ValueError('x')"), ("('x', 1)", "ValueError('x', 1)"), ("'k'", "KeyError('k')"), ('', 'KeyError()')]"###
    );
}

#[test]
fn oserror_errno_maps_to_subclass() {
    assert_eq!(
        run(r###"e = OSError(2, 'No such file or directory', 'x')
r = (type(e).__name__, str(e), e.args, e.errno, e.filename)
"###),
        r###"('FileNotFoundError', "[Errno 2] No such file or directory: 'x'", (2, 'No such file or directory'), 2, 'x')"###
    );
}

#[test]
fn exception_members() {
    assert_eq!(
        run(
            r###"r = (StopIteration(3).value, StopIteration().value, SystemExit().code, SystemExit(2).code, SystemExit(1, 2).code, NameError('a', name='q').name)
"###
        ),
        r###"(3, None, None, 2, (1, 2), 'q')"###
    );
}

#[test]
fn exception_kwargs_rejected() {
    assert_eq!(
        run(r###"ValueError(x=1)
"###),
        r###"TypeError: ValueError() takes no keyword arguments"###
    );
}

#[test]
fn user_exception_subclass() {
    assert_eq!(
        run(r###"class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise E('m', 2)
except Exception as e:
    r = (str(e), repr(e), e.args, e.b, isinstance(e, Exception), type(e).__mro__[1:3])
"###),
        r###"('m', "E('m')", ('m',), 2, True, (<class 'Exception'>, <class 'BaseException'>))"###
    );
}

#[test]
fn user_exception_without_init() {
    assert_eq!(
        run(r###"class F(Exception): pass
r = (repr(F('x')), str(F()), F(1, 2).args)
"###),
        r###"("F('x')", '', (1, 2))"###
    );
}

#[test]
fn add_note_and_notes() {
    assert_eq!(
        run(r###"e = ValueError(1)
e.add_note('hi')
r = (e.__notes__, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
"###),
        r###"(['hi'], None, None, False, None)"###
    );
}

#[test]
fn add_note_requires_str() {
    assert_eq!(
        run(r###"ValueError().add_note(1)
"###),
        r###"TypeError: note must be a str, not 'int'"###
    );
}

#[test]
fn raise_from_sets_cause() {
    assert_eq!(
        run(r###"try:
    try:
        raise KeyError('a')
    except KeyError as e:
        raise ValueError('b') from e
except ValueError as v:
    r = (repr(v.__cause__), v.__suppress_context__, repr(v.__context__))
"###),
        r###"("KeyError('a')", True, "KeyError('a')")"###
    );
}

#[test]
fn exception_group_basics() {
    assert_eq!(
        run(r###"eg = ExceptionGroup('m', [ValueError(1), TypeError(2)])
r = (str(eg), repr(eg), eg.message, eg.exceptions, type(BaseExceptionGroup('m', [ValueError()])).__name__)
"###),
        r###"('m (2 sub-exceptions)', "ExceptionGroup('m', [ValueError(1), TypeError(2)])", 'm', (ValueError(1), TypeError(2)), 'ExceptionGroup')"###
    );
}

#[test]
fn exception_group_split_subgroup() {
    assert_eq!(
        run(
            r###"eg = ExceptionGroup('m', [ValueError(1), TypeError(2), ExceptionGroup('n', [ValueError(3)])])
r = (repr(eg.subgroup(ValueError)), eg.split(TypeError))
"###
        ),
        r###"("ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])", (ExceptionGroup('m', [TypeError(2)]), ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])))"###
    );
}

#[test]
fn exception_group_empty_message() {
    assert_eq!(
        run(r###"ExceptionGroup('m', [])
"###),
        r###"ValueError: second argument (exceptions) must be a non-empty sequence"###
    );
}

#[test]
fn with_traceback_rejects_non_traceback() {
    assert_eq!(
        run(r###"ValueError().with_traceback(1)
"###),
        r###"TypeError: __traceback__ must be a traceback or None"###
    );
}

#[test]
fn module_attribute_error() {
    let mut vm = Vm::new_captured();
    let m = Value::Module(Rc::new(crate::object::Module::new("sys")));
    let e = vm.getattr(&m, &intern("nope")).unwrap_err();
    let exc = vm.materialize(&e);
    assert_eq!(
        vm.str(&exc).unwrap().as_str(),
        "module 'sys' has no attribute 'nope'"
    );
    assert_eq!(vm.repr(&m).unwrap().as_str(), "<module 'sys' (built-in)>");
    let name = vm.getattr(&exc, &intern("name")).unwrap();
    assert_eq!(vm.repr(&name).unwrap().as_str(), "'nope'");
}

#[test]
fn callable_instance_and_not_callable() {
    assert_eq!(
        run(r###"class C:
    def __call__(self, x): return x * 2
r = C()(21)
"###),
        r###"42"###
    );
}

#[test]
fn instance_not_callable_message() {
    assert_eq!(
        run(r###"class C: pass
C()()
"###),
        r###"TypeError: 'C' object is not callable"###
    );
}

#[test]
fn index_protocol() {
    assert_eq!(
        run(r###"class I:
    def __index__(self): return 2
r = [10, 20, 30][I()]
"###),
        r###"30"###
    );
}

#[test]
fn float_cannot_be_interpreted_as_integer() {
    assert_eq!(
        run(r###"range(1.5)
"###),
        r###"TypeError: 'float' object cannot be interpreted as an integer"###
    );
}

#[test]
fn list_subclass_behaves_like_list() {
    assert_eq!(
        run(r###"class L(list):
    def total(self): return sum(self)
l = L([1, 2])
l.append(3)
r = (l.total(), len(l), l[0], isinstance(l, list), type(l).__name__)
"###),
        r###"(6, 3, 1, True, 'L')"###
    );
}

#[test]
fn dict_subclass_with_missing() {
    assert_eq!(
        run(r###"class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
r = (d['a'], len(d))
"###),
        r###"(1, 1)"###
    );
}

#[test]
fn int_subclass_arithmetic() {
    assert_eq!(
        run(r###"class MyInt(int):
    pass
m = MyInt(5)
r = (m + 1, 1 + m, m * 2, isinstance(m, int))
"###),
        r###"(6, 6, 10, True)"###
    );
}

#[test]
fn object_setattr_and_getattribute() {
    assert_eq!(
        run(r###"class C:
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v * 10)
    def __getattribute__(self, n):
        if n == 'magic': return 'm'
        return object.__getattribute__(self, n)
c = C()
c.a = 1
r = (c.a, c.magic)
"###),
        r###"(10, 'm')"###
    );
}

#[test]
fn delattr_missing_message() {
    assert_eq!(
        run(r###"class C: pass
del C().y
"###),
        r###"AttributeError: 'C' object has no attribute 'y'"###
    );
}

#[test]
fn dunder_format_and_format_errors() {
    assert_eq!(
        run(r###"class L:
    def __format__(s, spec): return 'F' + spec
r = (format(L(), 'x'), f'{L():abc}')
"###),
        r###"('Fx', 'Fabc')"###
    );
}

#[test]
fn object_format_rejects_spec() {
    assert_eq!(
        run(r###"class C: pass
format(C(), 'x')
"###),
        r###"TypeError: unsupported format string passed to C.__format__"###
    );
}

#[test]
fn mappingproxy_repr_and_lookup() {
    assert_eq!(
        run(r###"class C:
    x = 1
r = (C.__dict__['x'], type(C.__dict__).__name__)
"###),
        r###"(1, 'mappingproxy')"###
    );
}

#[test]
fn classmethod_repr_and_staticmethod_repr() {
    assert_eq!(
        run(r###"def f(): pass
r = (repr(staticmethod(f)).startswith('<staticmethod(<function f at '), repr(classmethod(f)).startswith('<classmethod(<function f'))
"###),
        r###"(True, True)"###
    );
}

#[test]
fn builtin_reprs() {
    assert_eq!(
        run(
            r###"r = (repr(len), repr([].append).startswith('<built-in method append of list object at 0x'), repr(int.__dict__['bit_length']))
"###
        ),
        r###"('<built-in function len>', True, "<method 'bit_length' of 'int' objects>")"###
    );
}

#[test]
fn getset_descriptor_readonly() {
    assert_eq!(
        run(r###"(1).real = 2
"###),
        r###"AttributeError: attribute 'real' of 'int' objects is not writable"###
    );
}

#[test]
fn super_outside_method_message() {
    assert_eq!(
        run(r###"super()
"###),
        r###"RuntimeError: super(): no arguments"###
    );
}

#[test]
fn class_body_sees_class_scope_names() {
    assert_eq!(
        run(r###"class C:
    a = 1
    b = a + 1
    def m(self): return C.b
r = (C.b, C().m())
"###),
        r###"(2, 2)"###
    );
}

#[test]
fn hasattr_getattr_default() {
    assert_eq!(
        run(r###"class C:
    @property
    def bad(self): raise AttributeError('inner')
r = (hasattr(C(), 'bad'), getattr(C(), 'nope', 'dflt'))
"###),
        r###"(False, 'dflt')"###
    );
}

#[test]
fn suggestions_follow_cpython_levenshtein() {
    use crate::object::exception::suggest_name;
    assert_eq!(
        suggest_name(&["append", "extend", "insert"], "apend").as_deref(),
        Some("append")
    );
    assert_eq!(suggest_name(&["foo"], "completely_different"), None);
    assert_eq!(
        suggest_name(&["Print", "print"], "prnt").as_deref(),
        Some("print")
    );
    assert_eq!(suggest_name(&["value"], "Value").as_deref(), Some("value"));
}
#[test]
fn except_star_splits_group() {
    assert_eq!(
        run(r###"log = []
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        log.append(repr(e))
    except* TypeError as e:
        log.append(repr(e))
except ExceptionGroup as e:
    log.append(repr(e))
r = log
"###),
        r###"["ExceptionGroup('eg', [ValueError(1)])", "ExceptionGroup('eg', [TypeError(2)])", "ExceptionGroup('eg', [KeyError(3)])"]"###
    );
}

#[test]
fn except_star_wraps_naked_exception() {
    assert_eq!(
        run(r###"try:
    raise ValueError("naked")
except* ValueError as e:
    r = (repr(e), type(e).__name__)
"###),
        r###"("ExceptionGroup('', (ValueError('naked'),))", 'ExceptionGroup')"###
    );
}

#[test]
fn except_star_raise_in_handler_combines() {
    assert_eq!(
        run(r###"try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except BaseException as e:
    r = (type(e).__name__, repr(e.exceptions[0]), repr(e.exceptions[1]))
"###),
        r###"('ExceptionGroup', "KeyError('new')", "ExceptionGroup('eg', [TypeError(2)])")"###
    );
}

#[test]
fn except_star_rejects_exception_group_type() {
    assert_eq!(
        run(r###"try:
    raise ValueError(1)
except* ExceptionGroup:
    pass
"###),
        r###"TypeError: catching ExceptionGroup with except* is not allowed. Use except instead."###
    );
}

#[test]
fn metaclass_prepare_and_kwargs() {
    assert_eq!(
        run(r###"log = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(('prepare', name, kw))
        return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        log.append(('new', name, sorted([k for k in ns if not k.startswith('__')])))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = 1
r = (log, A.injected, type(A).__name__)
"###),
        r###"([('prepare', 'A', {'flag': True}), ('new', 'A', ['injected', 'x'])], 1, 'Meta')"###
    );
}

#[test]
fn dunder_class_cell_in_method() {
    assert_eq!(
        run(r###"class A:
    def f(self): return __class__
r = A().f() is A
"###),
        r###"True"###
    );
}

#[test]
fn slot_wrapper_reprs() {
    assert_eq!(
        run(
            r###"r = (repr(int.__add__), repr(object.__init__), repr(list.append), repr(str.__len__))
"###
        ),
        r###"("<slot wrapper '__add__' of 'int' objects>", "<slot wrapper '__init__' of 'object' objects>", "<method 'append' of 'list' objects>", "<slot wrapper '__len__' of 'str' objects>")"###
    );
}

#[test]
fn builtin_dunder_methods_callable() {
    assert_eq!(
        run(
            r###"r = (int.__add__(1, 2), (5).__mul__(3), 'a'.__add__('b'), [1].__len__(), {'a': 1}.__getitem__('a'), object.__eq__(1, 1), (1).__eq__('x'))
"###
        ),
        r###"(3, 15, 'ab', 1, 1, True, NotImplemented)"###
    );
}

#[test]
fn property_getter_copy_in_subclass() {
    assert_eq!(
        run(r###"class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class Q(P):
    @P.v.getter
    def v(self): return self._v * 10
q = Q(); q.v = 3
r = (q.v, Q.v.fset is P.v.fset)
"###),
        r###"(30, True)"###
    );
}

#[test]
fn int_and_str_subclasses() {
    assert_eq!(
        run(r###"class Num(int):
    def __repr__(self): return f"Num({int(self)})"
class Up(str):
    def shout(self): return self.upper() + '!'
r = (Num(5), Num(5) + 1, Num('7'), -Num(2), hash(Num(4)) == hash(4), Up('hi').shout(), Up('x') == 'x')
"###),
        r###"(Num(5), 6, Num(7), -2, True, 'HI!', True)"###
    );
}

#[test]
fn exception_str_override_uses_super() {
    assert_eq!(
        run(r###"class E(Exception):
    def __str__(self): return 'custom ' + super().__str__()
r = (str(E('boom', 2)), repr(E('boom')))
"###),
        r###"("custom ('boom', 2)", "E('boom')")"###
    );
}

#[test]
fn syntax_error_attributes() {
    assert_eq!(
        run(
            r###"e = SyntaxError('bad syntax', ('f.py', 3, 5, 'x = = 1', 3, 6))
r = (str(e), e.lineno, e.offset, e.text, e.filename, e.msg, e.end_offset)
"###
        ),
        r###"('bad syntax (f.py, line 3)', 3, 5, 'x = = 1', 'f.py', 'bad syntax', 6)"###
    );
}

#[test]
fn oserror_two_filenames() {
    assert_eq!(
        run(r###"r = str(OSError(2, 'n', 'a', None, 'b'))
"###),
        r###""[Errno 2] n: 'a' -> 'b'""###
    );
}

#[test]
fn exception_group_nested_base() {
    assert_eq!(
        run(
            r###"r = (type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__, ExceptionGroup.__mro__)
"###
        ),
        r###"('BaseExceptionGroup', (<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>))"###
    );
}

#[test]
fn exception_group_rejects_base_exceptions() {
    assert_eq!(
        run(r###"ExceptionGroup('m', [KeyboardInterrupt()])
"###),
        r###"TypeError: Cannot nest BaseExceptions in an ExceptionGroup"###
    );
}

#[test]
fn exception_group_traceback_is_boxed_like_cpython() {
    // Expected stderr produced by python3 3.11 running this file as `eg_tb.py`.
    let src = r###"def f():
    raise ValueError("inner v")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("from handler") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
excs.append(ExceptionGroup("nested", [KeyError("k"), ExceptionGroup("deeper", [OSError(2, "nofile")])]))
e = ValueError("noted")
e.add_note("a note")
excs.append(e)
try:
    raise ExceptionGroup("top", excs)
except ExceptionGroup as eg:
    try:
        raise RuntimeError("after") 
    except RuntimeError:
        pass
    raise ExceptionGroup("wrap", [eg, IndexError(1)])
"###;
    let (code, _out, err) = crate::run::run_source_captured("eg_tb.py", src);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        r###"  + Exception Group Traceback (most recent call last):
  |   File "eg_tb.py", line 19, in <module>
  |     raise ExceptionGroup("top", excs)
  | ExceptionGroup: top (4 sub-exceptions)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "eg_tb.py", line 11, in <module>
    |     fn()
    |   File "eg_tb.py", line 2, in f
    |     raise ValueError("inner v")
    | ValueError: inner v
    +---------------- 2 ----------------
    | Traceback (most recent call last):
    |   File "eg_tb.py", line 5, in g
    |     f()
    |   File "eg_tb.py", line 2, in f
    |     raise ValueError("inner v")
    | ValueError: inner v
    | 
    | The above exception was the direct cause of the following exception:
    | 
    | Traceback (most recent call last):
    |   File "eg_tb.py", line 11, in <module>
    |     fn()
    |   File "eg_tb.py", line 7, in g
    |     raise TypeError("from handler") from e
    | TypeError: from handler
    +---------------- 3 ----------------
    | ExceptionGroup: nested (2 sub-exceptions)
    +-+---------------- 1 ----------------
      | KeyError: 'k'
      +---------------- 2 ----------------
      | ExceptionGroup: deeper (1 sub-exception)
      +-+---------------- 1 ----------------
        | FileNotFoundError: [Errno 2] nofile
        +------------------------------------
    +---------------- 4 ----------------
    | ValueError: noted
    | a note
    +------------------------------------

During handling of the above exception, another exception occurred:

  + Exception Group Traceback (most recent call last):
  |   File "eg_tb.py", line 25, in <module>
  |     raise ExceptionGroup("wrap", [eg, IndexError(1)])
  | ExceptionGroup: wrap (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "eg_tb.py", line 19, in <module>
    |     raise ExceptionGroup("top", excs)
    | ExceptionGroup: top (4 sub-exceptions)
    +-+---------------- 1 ----------------
      | Traceback (most recent call last):
      |   File "eg_tb.py", line 11, in <module>
      |     fn()
      |   File "eg_tb.py", line 2, in f
      |     raise ValueError("inner v")
      | ValueError: inner v
      +---------------- 2 ----------------
      | Traceback (most recent call last):
      |   File "eg_tb.py", line 11, in <module>
      |     fn()
      |   File "eg_tb.py", line 7, in g
      |     raise TypeError("from handler") from e
      | TypeError: from handler
      +---------------- 3 ----------------
      | ExceptionGroup: nested (2 sub-exceptions)
      +-+---------------- 1 ----------------
        | KeyError: 'k'
        +---------------- 2 ----------------
        | ExceptionGroup: deeper (1 sub-exception)
        +-+---------------- 1 ----------------
          | FileNotFoundError: [Errno 2] nofile
          +------------------------------------
      +---------------- 4 ----------------
      | ValueError: noted
      | a note
      +------------------------------------
    +---------------- 2 ----------------
    | IndexError: 1
    +------------------------------------
"###
    );
}

#[test]
fn slots_restrict_instance_attributes() {
    // Expected stdout produced by python3 3.11.
    let (code, out, _err) = crate::run::run_source_captured(
        "slots.py",
        r###"class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.__dict__
except AttributeError as e:
    print(e)
class T(S):
    __slots__ = "c"
t = T(); t.c = 5; t.a = 2; print(t.c, t.a)
class U(S): pass
u = U(); u.z = 1; print(u.z, u.__dict__)
class V:
    __slots__ = ["x", "__dict__"]
v = V(); v.y = 2; print(v.y)
"###,
    );
    assert_eq!(code, 0);
    assert_eq!(
        out,
        r###"1
'S' object has no attribute 'c'
'S' object has no attribute 'b'
'S' object has no attribute '__dict__'
5 2
1 {'z': 1}
2
"###
    );
}
