= await ; break 
   >= 
         pass -> != "s"
