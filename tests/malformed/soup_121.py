42 > pass 
         
 : global | 

