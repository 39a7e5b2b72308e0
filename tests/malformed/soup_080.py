^ ... | '''t''' _ raise 'a' async ** ... def match 42 nonlocal ^ 
     x not ->
