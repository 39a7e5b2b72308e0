z continue return del ... 42 False return nonlocal != _ is 
 [ == async b'b' import
