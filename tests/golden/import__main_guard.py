# `if __name__ == "__main__":` runs in the script, not in the imported module
import _imp_helper
print("script __name__:", __name__)
if __name__ == "__main__":
    print("script main guard ran")
print(_imp_helper.__name__)
