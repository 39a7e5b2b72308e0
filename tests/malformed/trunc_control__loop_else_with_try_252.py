# loop else interacts with try/finally and continue
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
else:
    print("loop else")
n = 0
while n < 5:
    n += 1
    try