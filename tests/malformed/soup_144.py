// := ; 3.5 break
