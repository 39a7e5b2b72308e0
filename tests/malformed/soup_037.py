match 
     global None finally nonlocal -= 
 += { finally != await 
 assert = break def 
 =
