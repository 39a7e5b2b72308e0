# comments, blank lines and whitespace-only lines are ignored by the tokenizer
# a comment

x = 1  # trailing comment
    
	
if x:
    # comment at a deeper level

    print(