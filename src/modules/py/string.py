# coil's own `string`, written from the documented behaviour of CPython 3.11's module: the
# constants, capwords, Template (substitute / safe_substitute / get_identifiers / is_valid)
# and Formatter.
#
# coil has no `re`, so Template scans its text by hand: a placeholder is the delimiter
# followed by the delimiter (an escape), an ASCII identifier, or a braced identifier; any
# other delimiter is invalid, reported at the line and column just after the delimiter.
# Subclasses may change `delimiter`; `idpattern` is informational only.

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter',
           'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize, and
    join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _ChainLookup:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = 2

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, text, start, end): kind is 'text', 'escaped', 'named', 'braced' or
        'invalid' (start is then the index just after the delimiter)."""
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        i = 0
        text_start = 0
        while i < n:
            if not dl or not t.startswith(delim, i):
                i += 1
                continue
            if text_start < i:
                yield 'text', t[text_start:i], text_start, i
            j = i + dl
            if t.startswith(delim, j):
                yield 'escaped', delim, i, j + dl
                i = j + dl
            elif j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                yield 'named', t[j:k], i, k
                i = k
            elif j < n and t[j] == '{' and j + 1 < n and t[j + 1] in _ID_START:
                k = j + 2
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                if k < n and t[k] == '}':
                    yield 'braced', t[j + 1:k], i, k + 1
                    i = k + 1
                else:
                    yield 'invalid', delim, j, j
                    i = j
            else:
                yield 'invalid', delim, j, j
                i = j
            text_start = i
        if text_start < n:
            yield 'text', t[text_start:], text_start, n

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        for kind, text, start, end in self._scan():
            if kind == 'text' or kind == 'escaped':
                out.append(text)
            elif kind == 'invalid':
                self._invalid(start)
            else:
                out.append('%s' % (mapping[text],))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        out = []
        t = self.template
        for kind, text, start, end in self._scan():
            if kind == 'text' or kind == 'escaped' or kind == 'invalid':
                out.append(text)
            else:
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    out.append(t[start:end])
        return ''.join(out)

    def is_valid(self):
        for kind, text, start, end in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, start, end in self._scan():
            if (kind == 'named' or kind == 'braced') and text not in ids:
                ids.append(text)
        return ids


class Formatter:
    """The str.format machinery, overridable piece by piece."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples, with the rules
        and error messages of CPython's MarkupIterator."""
        s = format_string
        n = len(s)
        i = 0
        while i < n:
            start = i
            c = ''
            markup = False
            while i < n:
                c = s[i]
                i += 1
                if c == '{' or c == '}':
                    markup = True
                    break
            at_end = i >= n
            size = i - start
            if c == '}' and (at_end or s[i] != '}'):
                raise ValueError("Single '}' encountered in format string")
            if at_end and c == '{':
                raise ValueError("Single '{' encountered in format string")
            if not at_end:
                if c == s[i]:
                    i += 1
                    markup = False
                else:
                    size -= 1
            literal = s[start:start + size]
            if not markup:
                yield literal, None, None, None
                continue
            field_name, format_spec, conversion, i = _parse_field(s, i)
            yield literal, field_name, format_spec, conversion

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _parse_field(s, i):
    """Parse a replacement field starting after its '{': (name, spec, conversion, next i)."""
    n = len(s)
    name_start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c in '}:!':
            break
    field_name = s[name_start:i - 1] if c in '}:!' else s[name_start:i]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    return field_name, '', conversion, i
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return field_name, s[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    elif c != '}':
        raise ValueError("expected '}' before end of string")
    return field_name, '', conversion, i


def _formatter_field_name_split(field_name):
    """(first, iterator of (is_attribute, key)), after CPython's FieldNameIterator."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    # The rest is parsed lazily: its errors surface only once the first part was looked up.
    return first, _field_rest(field_name, i)


def _field_rest(field_name, i):
    n = len(field_name)
    while i < n:
        c = field_name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i:j]
            if not name:
                raise ValueError('Empty attribute in format string')
            yield True, name
            i = j
        elif c == '[':
            j = i
            while j < n and field_name[j] != ']':
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            key = field_name[i:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, int(key) if key.isdigit() and key.isascii() else key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
