lambda == del 0 not := ... == None await
