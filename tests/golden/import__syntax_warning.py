# compile-time SyntaxWarnings of an imported module name its file
import _imp_warn
print("done")
