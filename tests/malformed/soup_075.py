& yield . return := self = 
 ~ pass
