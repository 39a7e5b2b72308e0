} else : with 1 def import | import 1 
   0 yield pass 
         42 { . } "s" < x False >>
