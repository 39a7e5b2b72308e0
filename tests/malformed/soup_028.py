= = foo 
     with ] << elif ( case
