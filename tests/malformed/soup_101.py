False - 
   - match 
 1e9 & case True != if continue b'b' yield yield 
   
 
     42 elif { as
