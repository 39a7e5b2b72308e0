... 
 y 
 42 // 
         except self in or yield lambda 'a' y with in not ( global f'{x}' import 
   

