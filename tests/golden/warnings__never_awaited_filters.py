import warnings
async def c(): pass
def f():
    c()
f()
f()
warnings.simplefilter("ignore")
f()
warnings.simplefilter("always")
f()
f()
print("end")
