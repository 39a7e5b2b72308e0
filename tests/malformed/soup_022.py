'a' + continue 
         try in None 1 -> 
 += ** 'a' := await del
