_ except [ while 
 -> := ^ * elif 
 def 
         False await 

