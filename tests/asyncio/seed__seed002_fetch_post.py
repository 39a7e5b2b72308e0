# From seed 002, "Coroutines": the seed fetches a post over HTTP with httpx and
# nest_asyncio. No network or third-party packages here, so the HTTP client is
# replaced by a tiny in-process fake with the same shape (async context manager,
# awaitable get, .json()); the coroutine itself is as in the seed.
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
        await asyncio.sleep(0)  # pause while "waiting for the response"
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
