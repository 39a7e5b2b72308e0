# input() at end of input raises EOFError; uncaught it ends the program with a traceback
print("prompting"