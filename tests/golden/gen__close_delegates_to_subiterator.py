# yield from calls the sub-iterator's close() (when it has one) on GeneratorExit
class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        return "sub"
    def close(self):
        print("Sub.close called")

class NoClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "noclose"

def g(sub):
    try:
        yield from sub
    finally:
        print("delegator finally")

for s in (Sub(), NoClose()):
    it = g(s)
    print(next(it))
    it.close()
