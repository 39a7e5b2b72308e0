lambda & or 
 
     break async 1e9 ** { return >= 
 continue = in 'a' <=
