# a SyntaxError in an imported module names its file
print("before")
import _imp_bad_syntax
