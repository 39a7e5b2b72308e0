1e9 await 
 del 
         try
