# From seed 002, "Generators": a generator function uses yield to produce values
# one at a time, pausing at each yield and resuming on next().

# Generating post IDs one at a time
def post_id_generator(count):
    for post_id in range(1, count + 1):
        yield post_id  # Pausing here, resuming on next()

generator = post_id_generator(3)
print(next(generator))  # 1
print(next(generator))  # 2
print(next(generator))  # 3
