
         match + } // 1e9 -= : yield as ] 
         -> -
