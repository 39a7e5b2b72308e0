* while 
   False
