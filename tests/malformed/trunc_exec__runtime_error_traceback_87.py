# an uncaught error inside exec'd code shows the <string> frame
exec("a = 1\nb = a / 0"