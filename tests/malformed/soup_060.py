finally ^ := False 
     
         _ , := except <= ] 1 ) import False 42 match raise ] self << global
