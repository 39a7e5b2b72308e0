# exceptions raised and caught inside handlers and loops keep the outer state consistent
results = []
for v in ["1", "x", "3