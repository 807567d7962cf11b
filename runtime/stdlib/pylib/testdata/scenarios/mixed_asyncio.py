import asyncio
import functools
import itertools
import json
import random
from collections import Counter, deque, defaultdict, namedtuple
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import Optional, List, Dict


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    state: State = field(default=State.IDLE, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)


Result = namedtuple('Result', 'job elapsed ok')


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        return await fn(*args, **kwargs)
    return wrapper


@asynccontextmanager
async def worker_slot(name: str, active: Counter):
    active[name] += 1
    try:
        yield name
    finally:
        active[name] -= 1


@logged
async def run_job(job: Job, rng: random.Random, active: Counter) -> Result:
    async with worker_slot(job.name, active):
        job.state = State.RUNNING
        delay = rng.uniform(0.01, 0.05)
        await asyncio.sleep(delay)
        job.state = State.DONE
        return Result(job.name, round(delay, 4), rng.random() > 0.3)


async def main():
    rng = random.Random(2024)
    jobs = [Job(rng.randint(1, 5), f"job{i}", tags=[t for t in 'abc' if rng.random() > 0.5]) for i in range(6)]
    jobs.sort()
    print(jobs[0], jobs[-1].state, State.DONE.value, list(State))
    active = Counter()
    results = await asyncio.gather(*(run_job(j, rng, active) for j in jobs))
    print(results)
    by_ok = defaultdict(list)
    for r in results:
        by_ok[r.ok].append(r.job)
    print(dict(by_ok), +active, active)
    history = deque(maxlen=3)
    for r in results:
        history.append(r.elapsed)
    print(history, sum(history) > 0)
    payload = json.dumps([asdict(j) | {'state': j.state.name} for j in jobs], indent=2, sort_keys=True)
    print(payload[:200])
    back = json.loads(payload)
    print(len(back), back[0]['name'], Counter(j['state'] for j in back))
    for key, grp in itertools.groupby(sorted(jobs, key=lambda j: j.priority), key=lambda j: j.priority):
        print(key, [j.name for j in grp])
    with suppress(KeyError):
        {}['missing']
    opt: Optional[Dict[str, int]] = None
    print(opt, Optional[Dict[str, int]])


asyncio.run(main())
