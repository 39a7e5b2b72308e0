, 1 / and . nonlocal <= 
         ** << - and "s" foo
