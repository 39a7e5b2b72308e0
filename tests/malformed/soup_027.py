is or [ import 
         for for ( case import in 
 * & match elif + async 
 _ ~ 0 ,
