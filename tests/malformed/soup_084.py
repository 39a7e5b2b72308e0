-= pass x yield ( 
     -= try 
   nonlocal ^ >>
