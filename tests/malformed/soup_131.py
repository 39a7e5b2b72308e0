or or if // 
         y is -=
