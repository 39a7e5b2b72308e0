) for -= [ 
     return or
