# async must be followed by def, for or with
async x = 1
