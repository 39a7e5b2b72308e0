assert 42 = 'a' async := 
   def True 3.5 < await x "s" yield -> ^ except == True
