- 
 ** 0 * 'a' - try as < y 
     as else False { or -> 
         for class
