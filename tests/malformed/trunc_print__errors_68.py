# print argument errors
for kw in [{"sep": 1}, {"end": []}, {"bogus"