# uncaught NameError with no similar name
print("start")
print(completely_unknown_thing