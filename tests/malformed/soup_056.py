:= yield pass y in >> // | >> is class [ 
 finally ~ + False
