# coil-test: args=first --flag 3
# sys.argv holds the script name as given and the remaining arguments
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[1:], int(sys.argv[3]) * 2)
