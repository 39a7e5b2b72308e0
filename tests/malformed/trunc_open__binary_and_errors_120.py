# coil-test: args={tmpdir}
# binary mode round trip and errors for missing files and closed files
import sys
path = sys.argv[1] + 