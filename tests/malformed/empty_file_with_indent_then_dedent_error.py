

  
   x
