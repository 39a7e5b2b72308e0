# with the recursion limit raised to 200000, a 100000-deep recursive call must not crash
import sys
sys.setrecursionlimit(200000