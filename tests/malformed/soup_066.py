<< if - '''t''' 1 case 
   False while 
     with True [ 
 42 @ //
