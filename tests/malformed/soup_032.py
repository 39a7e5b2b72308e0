% % in > class raise 
     >> ** 42 0x1f ==
