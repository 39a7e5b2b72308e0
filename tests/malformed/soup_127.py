] * yield match nonlocal ( 

