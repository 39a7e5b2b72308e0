# an else with no preceding if
x = 1
else:
    pass
