3.5 is return for None -> import ~
