b'b' 
 
   foo 
  
