} "s" := "s" and 
     = else 
 try { await ; True y < 1 ~ True
