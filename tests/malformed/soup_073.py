"s" <= 1e9 True finally 0x1f 
   except : except 
         += b'b' foo case lambda >= << . @ 0x1f continue ^
