# len/ord/chr/iteration over non-ASCII strings
s = "añb€c😀"
print(len(s), [ord(c) for c in s], s[3], s[-1], s[1:4])
print(chr(0x1F600), chr(233), ord("€"), 