return >> ( 
 [ | and >> 1 match continue match nonlocal == break except
