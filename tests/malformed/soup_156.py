import class 
  
