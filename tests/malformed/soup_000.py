global / del [ & yield -> ** _ from != > 1e9 lambda z 42 << 
     .
