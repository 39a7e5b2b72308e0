except 
 lambda
