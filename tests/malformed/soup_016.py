as 'a' != "s" 
         ^ 
     False ** = * 1e9 * | == f'{x}' class == { 
         - ... ->
