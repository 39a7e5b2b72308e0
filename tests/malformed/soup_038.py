| 3.5 
 << % 0 return ... 
         { != None 
 @ case _ > 
         
   42 ** 
    
