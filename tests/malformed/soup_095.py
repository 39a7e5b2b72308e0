== 42 match [ | return 
 yield for not << 
 except -= ^ def
