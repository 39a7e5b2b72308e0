. 1e9 1 global ** 
 0x1f & z 
 lambda -= while elif ^
