# iterable unpacking after keyword unpacking in a call
f(**k, *a)
