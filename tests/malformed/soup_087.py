1e9 finally from 
   = class ~ ^ if { := 1e9 
 ~ ; 

