@ case None 
 continue 
   True in ~ self 0x1f { -> or { '''t''' for : assert % ]
