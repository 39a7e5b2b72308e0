if [ 
 continue 
     if f'{x}' "s" 
 ~ class
