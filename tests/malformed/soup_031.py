not ( 
     match False + 
         async >> : del /
