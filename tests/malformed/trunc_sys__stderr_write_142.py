# writing to sys.stdout and sys.stderr directly
import sys
sys.stdout.write("to stdout\n")
n = sys.stderr.write("to stderr\n")
print("returned