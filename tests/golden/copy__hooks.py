# __copy__, __deepcopy__(memo), __getstate__/__setstate__, __reduce__, memo contents
import copy


class C:
    def __copy__(self):
        print('copy hook')
        return 'C-copy'

    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__)
        return 'C-deep'


print(copy.copy(C()), copy.deepcopy(C()), copy.deepcopy([C()]))


class G:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        print('getstate')
        return {'v': self.v * 10}

    def __setstate__(self, st):
        print('setstate', st)
        self.v = st['v']


print(copy.copy(G()).v, copy.deepcopy(G()).v)


class Rd:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Rd, (self.a + 1,))


print(copy.copy(Rd(1)).a, copy.deepcopy(Rd(1)).a)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] is y[0])


class Tracks:
    def __deepcopy__(self, memo):
        print('already copied?', id(self) in memo)
        new = Tracks()
        memo[id(self)] = new
        return new


t = Tracks()
pair = copy.deepcopy([t, t])
print(pair[0] is pair[1])
