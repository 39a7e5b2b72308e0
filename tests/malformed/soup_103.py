z False in % _ None class - % 
         / y { nonlocal < self }
