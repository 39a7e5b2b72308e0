with pass 
 == True 
     { - 
 [ ~ 
   ^ ) _ 
   nonlocal << 
 await in 

