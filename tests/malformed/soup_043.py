>= 
 raise 
 ^ try None 
 class import assert pass 
   ) ^ > 1e9 pass is 3.5 / _ { 0x1f <
