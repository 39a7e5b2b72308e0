
         >> / 
     with 
   match : raise self >= while ] ^
