# sys.path[0] is the script's directory, sys.path is a list users can change
import sys
print(type(sys.path).__name__)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
print(sys.path[0].startswith("/"))
