!= return not 
     for <= , assert or del continue raise 1 != yield in f'{x}' nonlocal | async try ^ ( or =
