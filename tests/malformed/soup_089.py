!= ( del , -= // [ << 
 0x1f and del 
         >= nonlocal
