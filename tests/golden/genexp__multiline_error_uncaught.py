# an error inside a multi-line generator expression argument: the <genexpr> frame points
# at the failing line
data = [1, 2, None]
total = sum(
    v * 2
    for v in data
    if v != 0
)
