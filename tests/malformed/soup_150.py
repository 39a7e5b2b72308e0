break and -> continue False for "s" != continue f'{x}' from return elif in except async 3.5 < "s" in None
