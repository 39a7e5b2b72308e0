False ... % 
     
 / ^ << -> 
   <= lambda := -= assert await False f'{x}' <= in
