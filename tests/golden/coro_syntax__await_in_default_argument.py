# an async def default argument is evaluated in the enclosing (module) scope
async def f(a=await g()):
    pass
