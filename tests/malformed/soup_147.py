None 
 raise ->
