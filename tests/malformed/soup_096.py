and << raise match 
         nonlocal ^ 
 as elif self True break += 0 0 & continue in try 
 1
