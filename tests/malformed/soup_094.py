
     : ) or or if from global yield from else 
     . { 
        
