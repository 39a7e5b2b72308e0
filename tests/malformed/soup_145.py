and 
   and
