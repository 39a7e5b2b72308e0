# errors from format specs and format conversions
for spec, value in [(