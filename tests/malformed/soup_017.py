elif yield for nonlocal = global if b'b' assert = 
 raise 
   1e9 < ** _ for finally False -= 
 as from
