// 
         _ 1e9 & 
   + 
     3.5 del continue and ] await for *
