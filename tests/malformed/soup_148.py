* class lambda or 1 
 y // . is -> self ; False 

