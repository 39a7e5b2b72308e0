# except Exception does not catch SystemExit; finally still runs; exit status comes from SystemExit
import sys
def main():
    try:
        sys.exit(5)
    except Exception:
        print(