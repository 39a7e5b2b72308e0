>> | + self 0x1f and 
   case x > << elif z self
