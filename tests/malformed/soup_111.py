> ( . > { ** != pass 
         
 1e9 << >> as = > def 0 for
