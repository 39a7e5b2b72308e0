0x1f } ( -= class except break - while , ~ 
 y / >= case % x not f'{x}' & as from in 
    
