finally = 0 try await _ . 42 z { 
         with - 
   y = >= ( 
 z yield from self 1 and
