import ** 
 class >> y self '''t''' '''t''' self
