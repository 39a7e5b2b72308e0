# await in an assignment at module level: "'await' outside function"
import types
x = await types.coroutine(lambda: iter([]))()
