~ 
     ^ assert - _ ^ not continue
