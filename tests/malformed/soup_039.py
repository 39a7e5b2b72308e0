42 
   'a' try ** y foo x << if
