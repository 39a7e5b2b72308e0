% . del 
   0x1f <= in := match finally
