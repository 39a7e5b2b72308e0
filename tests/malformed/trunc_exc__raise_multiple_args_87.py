# uncaught exception with several args prints the args tuple
raise ValueError("bad", 42