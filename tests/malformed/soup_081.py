[ ** [ as + ) import := False try while "s" 
   // 0 
         z < True 3.5
