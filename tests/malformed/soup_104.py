-= // finally class % } ( z else 
     1 0 assert
