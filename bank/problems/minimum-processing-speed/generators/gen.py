"""Hidden tests for minimum-processing-speed."""
import json
import random

R = random.Random(1618)
N = 10 ** 5
LIM = 10 ** 9


def emit(name, jobs, hours):
    assert 1 <= len(jobs) <= N and len(jobs) <= hours <= LIM and all(1 <= x <= LIM for x in jobs)
    print(json.dumps({"name": name, "input": json.dumps([jobs, hours], separators=(",", ":")) + "\n"}))


emit("01-single-job-one-hour", [LIM], 1)                 # answer 1e9
emit("02-single-job-many-hours", [LIM], LIM)             # answer 1
emit("03-single-job-exact", [10], 3)                     # ceil: 4
emit("04-all-ones", [1] * 10, 10)
emit("05-hours-equal-n", [5, 9, 2, 9, 1], 5)             # answer = max
emit("06-one-more-hour", [5, 9, 2, 9, 1], 6)
emit("07-small-random", [R.randint(1, 50) for _ in range(20)], 57)
emit("08-medium-random", [R.randint(1, 10 ** 6) for _ in range(5000)], 123456)
big = [R.randint(LIM // 2, LIM) for _ in range(N)]
emit("09-max-hours-equal-n", big, N)                      # answer ~1e9: linear scan of speeds is hopeless
emit("10-max-large-answer", big, N + 1)
emit("11-max-all-max", [LIM] * N, LIM)
emit("12-max-random-hours", [R.randint(1, LIM) for _ in range(N)], R.randint(N, LIM))
emit("13-max-answer-one", [R.randint(1, 10000) for _ in range(N)], LIM)
