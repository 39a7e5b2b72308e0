# coil-test: args={tmpdir}
# mkdir/makedirs/rmdir/removedirs and walk (sorted).
import os
import sys

os.chdir(sys.argv[1])
os.mkdir("d")
os.makedirs("d/e/f/g")
os.makedirs("d/e/f", exist_ok=True)
os.makedirs("x/y/")
with open("d/e/file.txt", "w") as f:
    f.write("1")
print(sorted(os.listdir(".")), os.listdir("d"), sorted(os.listdir("d/e")))
print(os.path.isdir("d/e/f/g"), os.path.isfile("d/e/f/g"), os.path.isdir("d/e/file.txt"))
for top, dirs, files in sorted(os.walk("d")):
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk("x", topdown=False):
    print(top, dirs, files)
os.removedirs("d/e/f/g")
print(sorted(os.listdir(".")), sorted(os.listdir("d/e")))
os.remove("d/e/file.txt")
os.removedirs("d/e")
os.rmdir("x/y")
os.rmdir("x")
print(os.listdir("."))
