else y ... not 
         > try 1e9 1e9 
     ;
