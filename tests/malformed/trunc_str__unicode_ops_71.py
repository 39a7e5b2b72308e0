# len/ord/chr/iteration over non-ASCII strings
s = "añb€c😀"
print(len(s