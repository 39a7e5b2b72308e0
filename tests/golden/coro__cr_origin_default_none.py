# cr_origin is None unless origin tracking is enabled
import sys

async def f():
    pass

print(sys.get_coroutine_origin_tracking_depth())
c = f()
print(c.cr_origin)
c.close()
