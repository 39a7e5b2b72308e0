# assignment to an operator expression
a + b = 1
