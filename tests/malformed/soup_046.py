. await lambda 42 elif 3.5 
 global 1 for return
