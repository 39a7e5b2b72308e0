# sys.exit(n) exits with status n; code after it does not run
import sys
print("before exit")
sys.exit(3)
print("never"