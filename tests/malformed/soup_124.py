while 
 ] 
     import 

