
     1e9 / for * - 
 >> >= << > z class self raise * from >> ;
