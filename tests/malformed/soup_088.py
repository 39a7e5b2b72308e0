
     ~ "s" 1 3.5 import << 
     lambda case ->
