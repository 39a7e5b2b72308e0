"s" % y ; // 1 * -> in 
 < 
 0 from pass pass 
     assert
