y match del *
