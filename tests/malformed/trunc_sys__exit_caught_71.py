# SystemExit can be caught and inspected
import sys
for arg in [(), (0,