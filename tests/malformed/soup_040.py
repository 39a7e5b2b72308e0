_ 
     . 42 assert
