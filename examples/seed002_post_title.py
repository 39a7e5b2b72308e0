# From seed 002 ("Coroutines vs Functions vs Generators"), "Regular Functions":
# a regular function runs from start to finish in one go and blocks the caller
# until it returns. The scraped page ran the lines together; this is the example
# as written, plus the three properties the page lists, demonstrated.

# Returning a post title synchronously
def get_post_title(post_id):
    return f"Post number {post_id}"


title = get_post_title(1)
print(title)  # Post number 1

# Called with (); runs completely before returning control; cannot be paused.
order = []


def traced(post_id):
    order.append(f"start {post_id}")
    result = get_post_title(post_id)
    order.append(f"end {post_id}")
    return result


titles = [traced(i) for i in range(1, 4)]
print(titles)
print(order)  # every call starts and ends before the next one begins
print(type(get_post_title))
