and > _ "s" nonlocal 
     'a' 0 
     in += != match import nonlocal return finally << 
 ... 
 self b'b' 
 class
