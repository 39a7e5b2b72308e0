# sys module attributes that are deterministic
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), sys.maxsize, sys.version_info[:2] >= (3, 11), type(sys.version).__name__)
print(sys.byteorder in ("little