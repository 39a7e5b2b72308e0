in += or try . } else "s" or raise ] 
   
 from
