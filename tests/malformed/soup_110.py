with x 
         return = 
 yield async None !=
