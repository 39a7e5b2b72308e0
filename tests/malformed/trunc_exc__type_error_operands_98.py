# uncaught TypeError from an operator shows carets under the expression
count = 5
label = "items: 