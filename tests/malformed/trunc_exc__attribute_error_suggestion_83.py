# uncaught AttributeError for a near-miss attribute includes a suggestion
items = [