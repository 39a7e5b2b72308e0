# async instance, class and static methods and async __call__ produce coroutines
class Service:
    prefix = "svc"

    def __init__(self, name):
        self.name = name

    async def instance(self):
        return f"{self.prefix}:{self.name}"

    @classmethod
    async def klass(cls):
        return cls.__name__

    @staticmethod
    async def static(x):
        return x + 1

    async def __call__(self, arg):
        return f"called with {arg}"

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

s = Service("db")
print(run(s.instance()), run(Service.klass()), run(s.static(1)), run(s("x")))
print(type(s("y")).__name__)
