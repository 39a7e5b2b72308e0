
         0x1f = y 
     | async not else > != 
   ;
