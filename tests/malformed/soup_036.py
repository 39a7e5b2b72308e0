< += finally y 3.5 
         
     try async 
         and x and finally self not // while nonlocal >> 0x1f
