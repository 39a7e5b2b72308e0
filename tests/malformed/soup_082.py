:= += import | def import ~ await break ~ match 
 = and while 
     * x global ~ is // .
