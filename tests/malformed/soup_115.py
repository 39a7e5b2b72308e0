except _ - 
   -> del ) 
 // ->
