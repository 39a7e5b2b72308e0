3.5 while >> -= 
     ;
