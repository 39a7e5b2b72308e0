0 % ^ 1e9 
 finally : 
 try foo _ def 
     while from 
 await & 42 z assert 3.5 ; ,
