# coil's own `enum`, written from the documented behaviour of CPython 3.11's module:
# EnumType (alias EnumMeta), Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag, auto, unique,
# member/nonmember, property, FlagBoundary (STRICT/CONFORM/EJECT/KEEP).
#
# The class namespace is a plain dict (coil's __prepare__ may only return a dict), so members
# are picked out of it in definition order by EnumType.__new__: auto() values are resolved
# there, in order, with _generate_next_value_.

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'member', 'nonmember', 'FlagBoundary',
    'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'verify', 'EnumCheck',
]

_builtin_property = property
import types as _types


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # coil's class namespace is a plain dict, so auto() is resolved after the body ran;
    # expressions over auto() members (WHITE = RED | GREEN) are kept and evaluated then.
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, other, self)

    def __add__(self, other):
        return _AutoExpr(lambda a, b: a + b, self, other)

    def __radd__(self, other):
        return _AutoExpr(lambda a, b: a + b, other, self)

    def __sub__(self, other):
        return _AutoExpr(lambda a, b: a - b, self, other)

    def __rsub__(self, other):
        return _AutoExpr(lambda a, b: a - b, other, self)

    def __mul__(self, other):
        return _AutoExpr(lambda a, b: a * b, self, other)

    def __rmul__(self, other):
        return _AutoExpr(lambda a, b: a * b, other, self)


class _AutoExpr(auto):
    def __init__(self, op, left, right):
        self.value = _auto_null
        self.op = op
        self.left = left
        self.right = right

    def resolve(self):
        left = self.left.resolve() if isinstance(self.left, _AutoExpr) else self.left
        right = self.right.resolve() if isinstance(self.right, _AutoExpr) else self.right
        if isinstance(left, auto):
            left = left.value
        if isinstance(right, auto):
            right = right.value
        return self.op(left, right)


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


class property:
    """Enum-aware property: on the class it looks the name up as a member."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)
        self.ownerclass = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.ownerclass = ownerclass

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name)) from None
        if self.fget is None:
            raise AttributeError('%r has no attribute %r' % (self.ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                '%r cannot set attribute %r' % (self.ownerclass, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                '%r cannot delete attribute %r' % (self.ownerclass, self.name))
        return self.fdel(instance)


class _MemberAttr(property):
    """enum.property for Enum.name / Enum.value."""

    def __init__(self, attr):
        super().__init__()
        self._attr = attr

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return super().__get__(instance, ownerclass)
        if self._attr == '_value_':
            return instance._value_
        return instance._name_


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('_')


def _is_descriptor(obj):
    if isinstance(obj, (_types.FunctionType, _builtin_property, classmethod, staticmethod,
                        _types.BuiltinFunctionType)):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')




def _power_of_two(value):
    return value > 0 and value & (value - 1) == 0


def _bits(value):
    """The single bits of a non-negative int, lowest first."""
    out = []
    while value:
        b = value & -value
        out.append(b)
        value ^= b
    return out


def _bin(num, max_bits=None):
    ceiling = 2 ** (num).bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


Enum = None
Flag = None
ReprEnum = None


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:
            # Bootstrapping Enum itself (and nothing else uses this path).
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        ignore = list(ignore)
        # Pick the members out of the namespace, in order.
        gnv = classdict.get('_generate_next_value_')
        if gnv is None:
            gnv = first_enum._generate_next_value_
        elif isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        members = []
        body = {}
        last_values = []
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                body[key] = value.value
                continue
            is_member = isinstance(value, member)
            if is_member:
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                  or _is_descriptor(value)):
                body[key] = value
                continue
            if isinstance(value, _AutoExpr):
                resolved = value.resolve()
                value.value = resolved
                value = resolved
            elif isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = gnv(key, 1, len(members), last_values[:])
                        v = v.value
                    parts.append(v)
                value = tuple(parts)
            members.append((key, value))
            last_values.append(value)
        member_names = [k for k, _ in members]
        for k in ('mro', ''):
            if k in member_names:
                raise ValueError('invalid enum member name: {0}'.format(k))
        user_new = body.pop('__new__', None)
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        if user_new is not None:
            body['_user_new_'] = user_new
            new_member, use_args = user_new, True
        else:
            new_member, use_args = metacls._find_new_(member_type, first_enum)
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if '_value_repr_' not in body:
            body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        if Flag is not None and issubclass(first_enum, Flag):
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        order = body.pop('_order_', None)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # The data type's repr/str/format must not shadow Enum's (unless defined here).
        if member_type is not object:
            for name in ('__repr__', '__str__', '__format__'):
                if name in body:
                    continue
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        break
                if klass is object or klass in member_type.__mro__:
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        # Create the members.
        for name, value in members:
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            # Flag's operators win over the data type's (int.__or__ for IntFlag).
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in body:
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
            single = 0
            mask = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                mask |= v
                if _power_of_two(v):
                    single |= v
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_singles_mask_', single)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
        # Lookups by value go through Enum.__new__ (after the members exist).
        type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if list(order) != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        if not isinstance(value, tuple):
            args = (value,)
        elif member_type is tuple:
            args = (value,)
        else:
            args = value
        if not cls._use_args_:
            m = cls._new_member_(cls)
        else:
            m = cls._new_member_(cls, *args)
        if not hasattr(m, '_value_'):
            if member_type is object:
                m._value_ = value
            else:
                try:
                    m._value_ = member_type(*args)
                except Exception:
                    m._value_ = value
        value = m._value_
        m._name_ = name
        m.__objclass__ = cls
        m.__init__(*args)
        m._sort_order_ = len(cls._member_names_)
        # An alias for an existing member?
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is None:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            m = canonical
        else:
            if Flag is None or not issubclass(cls, Flag) or _power_of_two(value) or value == 0:
                cls._member_names_.append(name)
            elif isinstance(value, int):
                # a multi-bit flag is an alias-like named composite, not iterated
                pass
            else:
                cls._member_names_.append(name)
        cls._member_map_[name] = m
        try:
            cls._value2member_map_.setdefault(value, m)
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, m)
        return m

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = ['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                 '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__']
        names += cls._member_names_
        if cls._new_member_ is not object.__new__:
            names.append('__new__')
        if cls._member_type_ is not object:
            names += dir(cls._member_type_)
        return sorted(set(names))

    def __getattr__(cls, name):
        # 3.11: a missing class attribute is looked up as a member, else AttributeError(name).
        if _is_dunder(name):
            raise AttributeError(name)
        for klass in cls.__mro__:
            member_map = klass.__dict__.get('_member_map_')
            if member_map is not None:
                try:
                    return member_map[name]
                except KeyError:
                    break
        raise AttributeError(name)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        try:
            from types import MappingProxyType
            return MappingProxyType(cls._member_map_)
        except TypeError:
            return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = bases[-1]
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            if member_name in classdict:
                raise TypeError('%r already defined as %r' % (member_name, classdict[member_name]))
            classdict[member_name] = member_value
        if module is None:
            module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base.__dict__.get('_member_names_'):
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        elif data_types:
            return data_types.pop()
        return None

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        # The value's repr: the nearest enum's, else the data type's own __repr__.
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    return base._value_repr_
                elif '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_new_(mcls, member_type, first_enum):
        for base in first_enum.__mro__:
            new = base.__dict__.get('_user_new_')
            if new is not None:
                return new, True
        if member_type is object:
            return object.__new__, False
        return member_type.__new__, True


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if Flag is not None and issubclass(cls, Flag):
                if cls._boundary_ is EJECT and isinstance(result, int):
                    return result
            ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        if self._member_type_ is not object:
            names += object.__dir__(self)
        for k in self.__dict__:
            if not k.startswith('_'):
                names.append(k)
        for cls in type(self).__mro__:
            for k, v in cls.__dict__.items():
                if cls is Enum or cls is object or k.startswith('_'):
                    continue
                if k not in self._member_map_:
                    names.append(k)
        return sorted(set(names))

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # Enum's `name` and `value`: enum.property descriptors reading the member's `_name_` /
    # `_value_` directly (one call per access instead of __get__ plus fget).
    name = _MemberAttr('_name_')
    value = _MemberAttr('_value_')


for _k, _v in (('_member_names_', []), ('_member_map_', {}), ('_value2member_map_', {}),
               ('_unhashable_values_', []), ('_member_type_', object), ('_value_repr_', None),
               ('_new_member_', object.__new__), ('_use_args_', False)):
    type.__setattr__(Enum, _k, _v)
del _k, _v


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    __str__ = int.__repr__
    __format__ = int.__format__
    _value_repr_ = int.__repr__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    __str__ = str.__str__
    __format__ = str.__format__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """Control how out of range values are handled."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = last_values[-1]
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _bits(value & cls._flag_mask_):
            m = cls._value2member_map_.get(bit)
            if m is not None:
                yield m

    @classmethod
    def _iter_member_(cls, value):
        return iter(sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_))

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]' % (
                cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or unknown:
            members = []
            combined = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined |= m._value_
            if not members:
                pseudo_member._name_ = None
            elif unknown:
                pseudo_member._name_ = '|'.join(
                    [m._name_ for m in members] + [cls._numeric_repr_(unknown)])
            else:
                pseudo_member._name_ = '|'.join([m._name_ for m in members])
        else:
            pseudo_member._name_ = None
        pseudo_member._sort_order_ = None
        cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inv = self.__class__(~self._value_)
            else:
                inv = self.__class__(self._singles_mask_ & ~self._value_)
            try:
                object.__setattr__(self, '_inverted_', inv)
            except Exception:
                return inv
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    _value_repr_ = int.__repr__
    __str__ = int.__repr__
    __format__ = int.__format__

    def __invert__(self):
        if self._inverted_ is None:
            inv = self.__class__(self._all_bits_ ^ self._value_)
            object.__setattr__(self, '_inverted_', inv)
        return self._inverted_


for _k, _v in (('_boundary_', STRICT), ('_flag_mask_', 0), ('_singles_mask_', 0),
               ('_all_bits_', 0), ('_inverted_', None)):
    type.__setattr__(Flag, _k, _v)
del _k, _v


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    import sys
    g = sys.modules[cls.__module__].__dict__
    g.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if UNIQUE in self.checks:
            unique(enumeration)
        return enumeration
