# The interpreter's own report: a parenthesised left operand's ')' is not the operator.
def f(a):
    return (a) + ( "s" )
f(1)
