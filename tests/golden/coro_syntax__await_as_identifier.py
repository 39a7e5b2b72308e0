# await is a keyword: it cannot be assigned
await = 1
