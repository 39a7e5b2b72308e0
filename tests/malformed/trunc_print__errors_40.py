# print argument errors
for kw in [{"sep