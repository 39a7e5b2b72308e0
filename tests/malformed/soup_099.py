// >= and 
 from assert z elif nonlocal & { 
   if ) match 
 else else and foo 
         '''t''' lambda
