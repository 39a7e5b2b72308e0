y raise False 
   nonlocal % match try '''t''' x raise else >= self 
        
