import sys
sys.excepthook = 42
[][1]
