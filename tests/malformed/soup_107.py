y not nonlocal ^ case or lambda <= raise foo x pass import
