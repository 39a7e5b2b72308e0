42 } @ { async , and >> break async } >> elif "s" -= in : ( break -> raise
