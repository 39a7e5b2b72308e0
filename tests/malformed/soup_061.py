
     global _ ( { elif 
 yield 3.5 ( ; del := try raise match
