# await inside a plain def: "'await' outside async function"
def f(x):
    return await x
