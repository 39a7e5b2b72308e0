# while/else runs else only when the loop ends without break
n = 0
while n < 3:
    n += 1
else:
    print("while finished", n