
     y or 
 "s" y def z ; ** del := else ** True = { 
 for True True elif
