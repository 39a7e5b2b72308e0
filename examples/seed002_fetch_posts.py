# From seed 002 ("Coroutines vs Functions vs Generators"), "Coroutines": a coroutine
# pauses at `await` while it waits for I/O, so other coroutines can run meanwhile.
# The seed fetches posts over HTTP with httpx; there is no network here, so a tiny
# in-process client with the same shape (an async context manager whose awaitable
# get() returns a response with .json()) stands in for httpx.AsyncClient. The simulated
# network latency is an asyncio.sleep().
import asyncio
import time

POSTS = {
    1: "sunt aut facere repellat provident occaecati excepturi optio reprehenderit",
    2: "qui est esse",
    3: "ea molestias quasi exercitationem repellat qui ipsa sit aut",
}


class Response:
    def __init__(self, data):
        self._data = data

    def json(self):
        return self._data


class AsyncClient:
    """Just enough of httpx.AsyncClient for the seed's example."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        return False  # do not swallow exceptions

    async def get(self, url):
        post_id = int(url.rsplit("/", 1)[1])
        await asyncio.sleep(0.5)  # "waiting for the response": other coroutines run
        if post_id not in POSTS:
            raise LookupError(f"404 Not Found: {url}")
        return Response({"id": post_id, "title": POSTS[post_id]})


# Fetching a post and pausing while waiting for the response (the seed's coroutine).
async def fetch_post(post_id):
    async with AsyncClient() as client:
        response = await client.get(f"https://jsonplaceholder.typicode.com/posts/{post_id}")
        data = response.json()
        return data["title"]


# One post, as in the seed.
print(asyncio.run(fetch_post(1)))


# Three posts at once: the waits overlap, so they take about as long as one.
async def fetch_all():
    start = time.perf_counter()
    titles = await asyncio.gather(fetch_post(1), fetch_post(2), fetch_post(3))
    for title in titles:
        print("-", title)
    print(f"3 posts in {round(time.perf_counter() - start, 1)} s")

    # A failed fetch: gather() with return_exceptions=True hands the error back as a value.
    results = await asyncio.gather(fetch_post(2), fetch_post(99), return_exceptions=True)
    print(results)


asyncio.run(fetch_all())
