'a' | . 
 ... ^ pass 
 0x1f else if -= try : if = not > 1e9 ** +=
