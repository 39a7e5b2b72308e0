: None and continue assert 
     3.5 as % ; *
