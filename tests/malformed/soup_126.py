0x1f break 3.5 finally -= b'b' << 
 x nonlocal := import 42 case
