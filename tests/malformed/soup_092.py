global try . x def @ 
 and not _ self ; foo 
   foo >= False & await 
         ** while b'b'
