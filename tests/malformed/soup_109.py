[ False lambda ] | 1 } global > 1e9 or or >>
