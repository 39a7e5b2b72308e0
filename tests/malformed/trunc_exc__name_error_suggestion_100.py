# uncaught NameError for a near-miss name includes a suggestion
values = [1, 2, 3]
print(len(valeus)