# an imported module can `import __main__` and read the script's globals
MARK = "set by the script"
import _imp_usemain
import __main__, sys
print(__main__ is sys.modules["__main__"], __main__.MARK)
