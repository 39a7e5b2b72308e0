| not _ ** -= while for pass 3.5 return * 1 return % and 
 

