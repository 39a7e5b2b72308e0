# uncaught NameError with no similar name
print("start