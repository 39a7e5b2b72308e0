return nonlocal ; 
     
 
   - > 
 + _ := async nonlocal raise continue += 
 False lambda
