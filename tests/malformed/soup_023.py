None 
 <= global / case : 

