# From seed 000: generators mirror coroutines: a function containing `yield` is a
# generator function; calling it returns a generator object.
def get_number():
    values = range(100)

    for i in values:
        if i % 2 == 0:
            yield i

nums_ = get_number()

print(type(get_number))  # <class 'function'>
print(type(nums_))  # <class 'generator'>
print(next(nums_), next(nums_), sum(nums_))
