# mixing tabs and spaces inconsistently
if True:
        x = 1
	y = 2
