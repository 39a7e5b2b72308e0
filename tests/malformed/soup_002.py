'''t''' 
 > 1e9 } - or [ break finally ; def -> 
   ** x ) _ * as x
