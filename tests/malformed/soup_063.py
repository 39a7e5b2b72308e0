def = * < % << : - else case @ and 
         def finally >> ( [ 
     def
