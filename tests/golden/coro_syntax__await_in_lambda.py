# await inside a lambda at module level
f = lambda x: await x
