# await at module level
await x
