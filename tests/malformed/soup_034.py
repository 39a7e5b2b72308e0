:= break break False 
     
 for -= ... yield 42 "s" pass not 42 <= z
