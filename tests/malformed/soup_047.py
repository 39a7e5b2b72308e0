pass foo 
 ( ( - >> await if += elif or if >> | 
     raise
