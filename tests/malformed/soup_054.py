+ 
         { True for return break 1e9
