if x:

  a
    b
