# From seed 002, "Coroutines": fetch a post with an async HTTP client. No network
# or third-party packages: httpx is replaced by an in-process fake of the same
# shape (async context manager, awaitable get, .json()) that never suspends, so
# asyncio.run completes without an event-loop round trip. The version that pauses
# with asyncio.sleep(0) is tests/pending/asyncio/seed__seed002_fetch_post.py.
import asyncio

POSTS = {1: {"id": 1, "title": "sunt aut facere repellat provident occaecati excepturi optio reprehenderit"}}


class FakeResponse:
    def __init__(self, data):
        self._data = data

    def json(self):
        return self._data


class AsyncClient:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    async def get(self, url):
        post_id = int(url.rsplit("/", 1)[1])
        return FakeResponse(POSTS[post_id])


# Fetching a post and pausing while waiting for the response
async def fetch_post(post_id):
    async with AsyncClient() as client:
        response = await client.get(
            f"https://jsonplaceholder.typicode.com/posts/{post_id}"
        )
        data = response.json()
        return data["title"]

print(asyncio.run(fetch_post(1)))
