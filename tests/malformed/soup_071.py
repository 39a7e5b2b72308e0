| -= 
         
 try if 3.5 != "s"
