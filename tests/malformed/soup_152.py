^ and @ ^ 
 nonlocal @ + foo * break
