# compile() of bad source raises SyntaxError that can be caught and inspected
try:
    compile("x = (1,", "<src>", "exec")
except SyntaxError as e