# From seed 004, "Coroutine vs Generator": a generator iterator can be traversed with a
# for-loop; each time it is resumed it runs from where it was suspended to the next yield,
# remembering its local variables and pending try-statements.
def generator_function(n):
    print("generator started")
    total = 0
    try:
        for i in range(n):
            total += i
            print("  suspending with", i)
            yield i
            print("  resumed after", i, "total so far", total)
    finally:
        print("generator finished, total", total)

for value in generator_function(3):
    print("loop body got", value)
