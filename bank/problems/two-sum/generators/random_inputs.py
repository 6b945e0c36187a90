import sys, json, random as _r


def count_pairs(nums, t):
    n = len(nums)
    return sum(1 for i in range(n) for j in range(i + 1, n) if nums[i] + nums[j] == t)


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    LIM = 10 ** 9
    while len(out) < count:
        n = rng.randint(2, 10)
        mode = rng.randint(0, 4)
        # choose the answer pair first, then fill the rest avoiding extra pairs
        if mode == 0:
            target = rng.randint(-4, 4)
        elif mode == 1:
            target = rng.choice([-LIM, LIM, 0])
        else:
            target = rng.randint(-30, 30)
        if mode == 1:
            lo, hi = -LIM, LIM
            a = rng.choice([target // 2, target - LIM if target >= 0 else -LIM, rng.randint(max(lo, target - hi), min(hi, target - lo))])
            a = max(max(lo, target - hi), min(min(hi, target - lo), a))
            pool = [-LIM, LIM, -LIM + 1, LIM - 1, 0, 1, -1]
        else:
            a = rng.randint(-20, 20)
            pool = list(range(-8, 9))
        b = target - a
        if not (-LIM <= a <= LIM and -LIM <= b <= LIM):
            continue
        nums = [a, b]
        tries = 0
        while len(nums) < n and tries < 50:
            tries += 1
            x = rng.choice(pool) if rng.random() < 0.8 else rng.choice(nums)
            cand = nums + [x]
            if count_pairs(cand, target) == 1:
                nums = cand
        rng.shuffle(nums)
        if count_pairs(nums, target) != 1:
            continue
        out.append(json.dumps({"input": json.dumps([nums, target])}))
    print("\n".join(out))


main()
