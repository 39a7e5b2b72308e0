# coil-test: args={tmpdir}
# binary mode round trip and errors for missing files and closed files
import sys
path = sys.argv[1] + "/data.bin"
with open(path, "wb") as f:
    f.write(bytes(range(250, 256)) + b"\x00abc")
with open(path, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
try:
    open(sys.argv[1] + "/missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
f = open(path, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
